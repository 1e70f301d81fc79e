#!/usr/bin/env python3
"""The default homelab (seed 000): ``cdk8s synth`` or ``python main.py`` writes ``dist/``."""
import sys

import cdk8s

from homelab_constructs import Homelab, default_spec, synth


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
