"""``python -m homelab_constructs COMMAND ...``: the library's one command-line entry point.

Commands (``python -m homelab_constructs COMMAND --help`` for each):

* ``synth``        - run a cdk8s app into a staging directory, validate it, swap it into ``dist/``
* ``validate DIR`` - schemas, CEL rules and whole-app checks of a directory of manifests
* ``reachability DIR`` - who may reach whom under the synthesized CiliumNetworkPolicies
* ``records OUT``  - the router's DNS records (hosts, dnsmasq) from an app's routes
* ``diff OLD NEW``  - what a change does to the cluster, object by object (for a pull request)
"""
from __future__ import annotations

import importlib
import sys
from typing import Optional, Sequence

#: command -> (module, function): each takes ``argv`` and returns the exit code
COMMANDS = {
    "synth": ("homelab_constructs.tools.cli", "synth_main"),
    "validate": ("homelab_constructs.tools.cli", "validate_main"),
    "reachability": ("homelab_constructs.tools.reachability", "main"),
    "records": ("homelab_constructs.tools.records", "main"),
    "diff": ("homelab_constructs.tools.diff", "main"),
}


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command not in COMMANDS:
        print(f"homelab_constructs: unknown command {command!r}; use one of: {', '.join(COMMANDS)}", file=sys.stderr)
        return 2
    module, function = COMMANDS[command]
    return int(getattr(importlib.import_module(module), function)(rest) or 0)


if __name__ == "__main__":
    sys.exit(main())
