#!/usr/bin/env python3
"""The default homelab (seed 000): ``make synth`` (or ``python main.py``) writes ``dist/``."""
import sys

from homelab_constructs import Homelab, default_spec, run_app  # first: it quiets jsii before cdk8s starts it


def build(app) -> Homelab:
    return Homelab(app, default_spec())


if __name__ == "__main__":
    sys.exit(run_app(build))
