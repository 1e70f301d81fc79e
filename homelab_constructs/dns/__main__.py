"""``python -m homelab_constructs.dns [--app main:build] OUTDIR``: write the DNS records artifact."""
import sys

from ..tools.records import main

sys.exit(main())
