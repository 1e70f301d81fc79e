#!/usr/bin/env python3
"""Security scan of the synthesized manifests with checkov's Kubernetes checks (offline).

Scans ``dist/`` and every example (``examples/*/main.py``, synthesized into a temporary
directory), then compares each failed check with the reviewed waivers in
``audit-waivers.yaml`` (finding id, app, object, reason). Exit code 0 only when every
finding is waived and every waiver still matches a finding (a stale waiver is an error,
so the list never outlives what it excuses).

Usage: ``python scripts/audit.py [--checkov PATH] [--waivers FILE] [--no-examples]`` (``make audit``).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from homelab_constructs._env import child_env  # noqa: E402


def scan(checkov: str, directory: Path) -> list[dict]:
    """checkov's failed Kubernetes checks for the manifests of ``directory``."""
    result = subprocess.run(
        [checkov, "-d", str(directory), "--framework", "kubernetes", "--quiet", "--compact", "-o", "json",
         "--skip-download"], capture_output=True, text=True,
        env=dict(os.environ, BC_SKIP_MAPPING="TRUE", CHECKOV_RUN_SCA_PACKAGE_SCAN_V2="false"))
    if result.returncode not in (0, 1) or not result.stdout.strip():
        raise SystemExit(f"audit: checkov failed on {directory} (exit {result.returncode}): {result.stderr.strip()}")
    reports = json.loads(result.stdout)
    reports = reports if isinstance(reports, list) else [reports]
    failed = []
    for report in reports:
        failed += (report.get("results") or {}).get("failed_checks") or []
    return failed


def synth_example(main: Path, outdir: Path) -> None:
    env = child_env(CDK8S_OUTDIR=str(outdir))
    subprocess.run([sys.executable, "main.py"], cwd=main.parent, env=env, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkov", default="checkov", help="the checkov executable")
    parser.add_argument("--waivers", type=Path, default=ROOT / "audit-waivers.yaml")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-examples", action="store_true", help="scan dist/ only")
    args = parser.parse_args(argv)

    if not args.dist.is_dir():
        print(f"audit: {args.dist} does not exist; run make synth first", file=sys.stderr)
        return 2
    waivers = (yaml.safe_load(args.waivers.read_text(encoding="utf-8")) or {}).get("waivers") or []
    for w in waivers:
        if not all(isinstance(w.get(k), str) and w[k].strip() for k in ("check", "app", "object", "reason")):
            print(f"audit: waiver needs check, app, object and a reason: {w}", file=sys.stderr)
            return 2
    waived = {(w["app"], w["check"], w["object"]): w for w in waivers}

    findings: list[tuple[str, dict]] = [("dist", f) for f in scan(args.checkov, args.dist)]
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_examples:
            for main_py in sorted(ROOT.glob("examples/*/main.py")):
                out = Path(tmp) / main_py.parent.name
                synth_example(main_py, out)
                findings += [(f"examples/{main_py.parent.name}", f) for f in scan(args.checkov, out)]

    used, open_findings = set(), []
    for app, f in findings:
        key = (app, f["check_id"], f["resource"])
        if key in waived:
            used.add(key)
            print(f"waived  {app}{f['file_path']}: {f['resource']}: {f['check_id']} {f['check_name']}")
        else:
            open_findings.append((app, f))
    for app, f in open_findings:
        print(f"FINDING {app}{f['file_path']}: {f['resource']}: {f['check_id']} {f['check_name']}", file=sys.stderr)
    stale = [w for key, w in waived.items() if key not in used]
    for w in stale:
        print(f"STALE   waiver {w['app']}: {w['object']}: {w['check']} matches no finding; remove it", file=sys.stderr)
    print(f"audit: {len(findings)} findings: {len(used)} waived (audit-waivers.yaml), {len(open_findings)} open; "
          f"{len(stale)} stale waivers", file=sys.stderr if open_findings or stale else sys.stdout)
    return 1 if open_findings or stale else 0


if __name__ == "__main__":
    sys.exit(main())
