#!/usr/bin/env python3
"""Validate a directory of manifests: schemas, CEL rules and whole-app checks.

Every object is checked against its schema (core kinds: kubernetes-validate, strict; CRD
kinds: the pinned CRD's openAPIV3Schema with unknown fields rejected, and its
x-kubernetes-validations rules evaluated with cel-python), then the whole-app checks run
(parentRefs, hostnames, pinned IPs and pools, namespace isolation, issuers, secret stores).
Each problem is printed as ``<file>: <Kind namespace/name>: <field path>: <message>``;
the exit code is 1 when there is any problem, 2 on bad usage.

Usage: ``python scripts/validate_dist.py [DIR] [--crds DIR] [--node-cidr CIDR]...``
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def default_crds_dir() -> Path:
    """``$CRDS_DIR``, else ``../shared/crds`` beside the repository (as the tests)."""
    return Path(os.environ.get("CRDS_DIR") or ROOT.parent / "shared" / "crds")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--crds", type=Path, default=None,
                        help="the pinned CRDs (default: $CRDS_DIR, else ../shared/crds beside the repo)")
    parser.add_argument("--allow-missing-crds", action="store_true",
                        help="warn instead of failing when the CRD directory does not exist")
    for what in ("node", "pod", "service"):
        parser.add_argument(f"--{what}-cidr", action="append", default=[], metavar="CIDR",
                            help=f"a {what} CIDR that no LoadBalancer pool may overlap (repeatable)")


def run(directory: Path, args: argparse.Namespace, out=sys.stdout, err=sys.stderr) -> int:
    """Validate ``directory``; print the problems and a summary; return the exit code."""
    from homelab_constructs.validation import ClusterCidrs, validate_dir
    from homelab_constructs.validation.crossobject import parse_cidrs

    try:
        cidrs = ClusterCidrs(nodes=parse_cidrs(args.node_cidr), pods=parse_cidrs(args.pod_cidr),
                             services=parse_cidrs(args.service_cidr))
    except ValueError as e:
        print(f"validate: {e}; write a CIDR such as 10.42.0.0/16", file=err)
        return 2
    try:
        report = validate_dir(directory, args.crds, cidrs, require_crds=not args.allow_missing_crds)
    except FileNotFoundError as e:
        print(f"validate: {e}", file=err)
        return 2
    for warning in report.warnings:
        print(f"validate: warning: {warning}", file=err)
    for problem in report.problems:
        print(problem, file=err)
    print(f"validate: {report.summary()}", file=out if report.ok else err)
    return 0 if report.ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=Path("dist"), help="manifests (default: dist)")
    add_arguments(parser)
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        print(f"validate: {args.directory} is not a directory", file=sys.stderr)
        return 2
    return run(args.directory, args)


if __name__ == "__main__":
    sys.exit(main())
