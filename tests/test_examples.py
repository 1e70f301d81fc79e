"""The examples (examples/<name>/main.py): every chart written, one snapshot per chart, and each
runs from its own folder as a user runs it, writing the same bytes as the in-process build.

Their facts are checked one by one in tests/test_seed000_facts.py and tests/test_seed002_facts.py
(what the real repositories behind the seeds contain), and every object against the pinned
schemas in tests/test_schema.py.
"""
from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import EXAMPLES, ROOT, user_env

#: the charts each example writes (one file each)
CHARTS = {
    "seed000": ["apps-argocd", "apps-arr", "apps-auth", "apps-goldilocks", "apps-monitoring", "apps-openclaw",
                "apps-vault", "arr-vpn-downloads", "cert-manager", "external-secrets", "gateway", "network-policies"],
    "seed002": ["apps", "cert-manager", "certificates", "cilium", "cloudflare-tunnel", "coredns", "envoy-gateway",
                "external-dns", "external-secrets", "external-services", "flux", "multus"],
}


def test_every_example_is_listed():
    assert EXAMPLES == sorted(CHARTS)


@pytest.mark.parametrize("example", sorted(CHARTS))
def test_every_chart_is_written(synthesized, example):
    assert sorted(synthesized[example].text) == CHARTS[example]


@pytest.mark.parametrize(("example", "chart"), [(e, c) for e in sorted(CHARTS) for c in CHARTS[e]])
def test_chart_snapshot(synthesized, example, chart, snapshot):
    assert synthesized[example].text[chart] == snapshot(name=f"{example}-{chart}")


@pytest.mark.parametrize("example", sorted(CHARTS))
def test_main_runs_from_its_folder_and_is_deterministic(synthesized, example, tmp_path):
    env = user_env(CDK8S_OUTDIR=str(tmp_path / "out"))
    env.pop("PYTHONPATH", None)
    result = subprocess.run([sys.executable, "main.py"], cwd=ROOT / "examples" / example, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # a user's shell: no jsii banner
    written = {p.name: p.read_bytes() for p in sorted((tmp_path / "out").iterdir())}
    expected = {p.name: p.read_bytes() for p in sorted(synthesized[example].outdir.iterdir())}
    assert written == expected


def test_run_app_says_what_the_props_give_up(tmp_path):
    """seed 000 runs Gluetun as a plain container (no native sidecar): run_app writes the
    manifests and says, on stdout, each recommendation the app waived and what that costs the kill switch."""
    env = user_env(CDK8S_OUTDIR=str(tmp_path / "out"))
    result = subprocess.run([sys.executable, "main.py"], cwd=ROOT / "examples" / "seed000", env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.splitlines() == [
        "waived isolation for namespace goldilocks: seed 000 writes no policies for goldilocks",
        "waived isolation for namespace argocd: seed 000 writes no policies for argocd",
        "waived isolation for namespace openclaw: seed 000's openclaw-egress selects only the Claw pods",
        "warning: arr-vpn-downloads/Vpn: native_sidecar=False: Gluetun and the app start side by side, so the app "
        "may send before Gluetun's firewall and tunnel are up (until then its traffic leaves through the pod's own "
        "interface), and no network policy tells that from tunnel traffic: both leave the same pod"]
