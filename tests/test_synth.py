"""main.py and make synth: deterministic output, atomic replacement of dist/."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_main(outdir: Path) -> dict[str, bytes]:
    env = dict(os.environ, CDK8S_OUTDIR=str(outdir))
    subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, check=True)
    return {p.name: p.read_bytes() for p in sorted(outdir.iterdir())}


def test_two_synths_are_byte_identical(tmp_path):
    first = run_main(tmp_path / "a")
    assert first and first == run_main(tmp_path / "b")


def test_failed_synth_keeps_previous_dist(tmp_path):
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "previous.k8s.yaml").write_text("kept: true\n")
    broken = tmp_path / "broken.py"
    broken.write_text(
        "import cdk8s, sys\n"
        "from homelab_constructs import HomelabApp\n"
        "app = cdk8s.App()\n"
        "HomelabApp(cdk8s.Chart(app, 'apps'), 'a', name='Bad_Name', namespace='media', port=80)\n"
    )
    result = subprocess.run([sys.executable, "scripts/synth.py", "--app", f"{sys.executable} {broken}",
                             "--out", str(dist)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode != 0
    assert "apps/a: app name is not a DNS label (got 'Bad_Name')" in result.stderr
    assert "was left as it was" in result.stderr
    assert [p.name for p in dist.iterdir()] == ["previous.k8s.yaml"]
    assert not list(tmp_path.glob(".dist-new-*"))


def test_synth_replaces_dist(tmp_path):
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "stale.k8s.yaml").write_text("stale: true\n")
    result = subprocess.run([sys.executable, "scripts/synth.py", "--out", str(dist)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in dist.iterdir())
    assert "gateway.k8s.yaml" in names and "stale.k8s.yaml" not in names
    # no Node end-of-life banner, no upgrade check noise
    assert "end-of-life" not in result.stdout + result.stderr


def test_main_reports_bad_input_without_traceback(tmp_path):
    script = tmp_path / "bad.py"
    script.write_text(
        "import sys; sys.path.insert(0, %r)\n"
        "import main, cdk8s\n"
        "from homelab_constructs import Homelab, HomelabSpec, AppSpec\n"
        "main.build = lambda app: Homelab(app, HomelabSpec(apps=(AppSpec('sonarr', 70000, 'media'),)))\n"
        "sys.exit(main.main())\n" % str(ROOT))
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
                            env=dict(os.environ, CDK8S_OUTDIR=str(tmp_path / "out")))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "error: apps-media/sonarr: port must be an integer in 1-65535 (got 70000); use a valid TCP/UDP port")
    assert "Traceback" not in result.stderr
