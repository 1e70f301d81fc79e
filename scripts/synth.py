#!/usr/bin/env python3
"""Atomic ``cdk8s synth``: build into a temporary directory, check it, then replace dist/.

``cdk8s synth`` empties its output directory before it runs the app, so a failing app
would leave no ``dist/`` at all.  This wrapper points it at a fresh directory beside
``dist/`` and swaps it in only when the app succeeded and wrote at least one manifest;
on failure the previous ``dist/`` is untouched, the error is printed and the exit code
is non-zero.

Usage: ``python scripts/synth.py [--app CMD] [--out DIR]`` (``make synth``).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", default=None, help="app command (default: cdk8s.yaml's app)")
    parser.add_argument("--out", default="dist", help="output directory (default: dist)")
    args = parser.parse_args(argv)

    out = Path(args.out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-new-", dir=out.parent))
    env = dict(os.environ, CDK8S_CHECK_UPGRADE="false", JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20")
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    cmd = [str(ROOT / "node_modules" / ".bin" / "cdk8s"), "synth", "--output", str(staging)]
    if args.app:
        cmd += ["--app", args.app]
    try:
        result = subprocess.run(cmd, cwd=ROOT, env=env)
        manifests = sorted(staging.glob("*.yaml"))
        if result.returncode != 0 or not manifests:
            why = f"exit code {result.returncode}" if result.returncode else "no manifests written"
            print(f"synth: failed ({why}); {out} was left as it was", file=sys.stderr)
            return result.returncode or 1
        old = out.with_name(f".{out.name}-old")
        shutil.rmtree(old, ignore_errors=True)
        if out.exists():
            out.rename(old)
        staging.rename(out)
        shutil.rmtree(old, ignore_errors=True)
        print(f"synth: wrote {len(manifests)} manifests to {out}")
        return 0
    finally:
        shutil.rmtree(staging, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
