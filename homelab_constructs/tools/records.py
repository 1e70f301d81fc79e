"""The router's records files from the command line:

    python -m homelab_constructs records [--app main:build] OUTDIR

(``make dns-records``) builds the app, validates it and writes the files of its one
:class:`~homelab_constructs.dns.records.DnsRecords` (``hosts``, ``dnsmasq.conf``) into
``OUTDIR``: the same text as the ConfigMap the app synthesizes.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Optional, Sequence

import cdk8s
import constructs

from .._validation import message
from ..dns.records import DnsRecords
from ..synthesis import validate_app


def find_records(app: constructs.Construct) -> list[DnsRecords]:
    """Every :class:`DnsRecords` in ``app``'s tree."""
    return [c for c in app.node.find_all() if isinstance(c, DnsRecords)]


def write_records(build: str, outdir: Path) -> list[Path]:
    """Build the app ``module:function`` and write its one DnsRecords' files into ``outdir``."""
    module_name, _, function = build.partition(":")
    builder = getattr(importlib.import_module(module_name), function or "build")
    app = cdk8s.App(outdir=str(outdir / ".unused"))  # nothing is synthesized
    builder(app)
    validate_app(app)
    found = find_records(app)
    if len(found) != 1:
        raise ValueError(message(build, "app must have exactly one DnsRecords", len(found),
                                 "add DnsRecords(...) to the app, or write the files from a single one"))
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, text in found[0].files().items():
        path = outdir / filename
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m homelab_constructs records",
                                     description="Write the DNS records artifact (hosts, dnsmasq.conf).")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--app", default="main:build", help="module:function that builds the app (default main:build)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path.cwd()))
    try:
        for path in write_records(args.app, args.outdir):
            print(path)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return 0


__all__ = ["find_records", "main", "write_records"]
