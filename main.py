#!/usr/bin/env python3
"""The default homelab (seed 000): ``cdk8s synth`` or ``python main.py`` writes ``dist/``."""
import sys

# These machines set PYTHONDONTWRITEBYTECODE=1, and `cdk8s synth` runs this file directly:
# without cached bytecode the CRD bindings recompile on every run (about 2 s). The bytecode
# of this checkout is ours to cache.
sys.dont_write_bytecode = False

import cdk8s  # noqa: E402

from homelab_constructs import Homelab, default_spec, synth  # noqa: E402


def build(app: cdk8s.App) -> Homelab:
    return Homelab(app, default_spec())


def main() -> int:
    app = cdk8s.App()  # honours CDK8S_OUTDIR
    try:
        build(app)
        synth(app)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
