#!/usr/bin/env python3
"""Atomic ``cdk8s synth``: build into a temporary directory, validate it, then replace dist/.

``cdk8s synth`` empties its output directory before it runs the app, so a failing app
would leave no ``dist/`` at all.  This wrapper points it at a fresh directory beside
``dist/``, validates what the app wrote (schemas, CEL rules and whole-app checks, as
``scripts/validate_dist.py``) and swaps it in only when the app succeeded, wrote at least
one manifest and every object is valid; on failure the previous ``dist/`` is untouched,
the errors are printed (``<file>: <object>: <field>: <message>``) and the exit code is
non-zero. Without a CRD directory ($CRDS_DIR, else ../shared/crds) CRD kinds are not
schema-checked and a warning is printed.

Usage: ``python scripts/synth.py [--app CMD] [--out DIR] [--no-validate] [--node-cidr CIDR]...``
(``make synth``).
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
sys.path.insert(0, str(ROOT / "scripts"))

import validate_dist  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", default=None, help="app command (default: cdk8s.yaml's app)")
    parser.add_argument("--out", default="dist", help="output directory (default: dist)")
    parser.add_argument("--no-validate", action="store_true", help="skip the schema, CEL and whole-app checks")
    validate_dist.add_arguments(parser)
    args = parser.parse_args(argv)
    if args.crds is None and not validate_dist.default_crds_dir().is_dir():
        args.allow_missing_crds = True  # a consumer of the library may have no shared/: warn, don't fail

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
        if not args.no_validate and validate_dist.run(staging, args) != 0:
            print(f"synth: the manifests are invalid (see above); {out} was left as it was", file=sys.stderr)
            return 1
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
