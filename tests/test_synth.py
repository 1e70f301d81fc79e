"""main.py and ``python -m homelab_constructs synth``: deterministic output, clean errors (no
Python, jsii or Node stack), and a dist/ that survives every failure."""
from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

from homelab_constructs.tools.cli import recover, swap

import pytest
from conftest import ROOT, user_env

#: what a Node or jsii stack, a Python traceback or the jsii banner looks like
NOISE = ("Traceback", "at ChildProcess", "node:internal", "JavaScriptError", "jsii", "end-of-life", "    at ")


def run_main(outdir: Path) -> tuple[dict[str, bytes], subprocess.CompletedProcess]:
    result = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=user_env(CDK8S_OUTDIR=str(outdir)),
                            capture_output=True, text=True, check=True)
    return {p.name: p.read_bytes() for p in sorted(outdir.iterdir())}, result


def synth_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "homelab_constructs", "synth", *args], cwd=cwd,
                          env=user_env(PYTHONPATH=str(ROOT)), capture_output=True, text=True)


def test_two_synths_are_byte_identical_and_quiet(tmp_path):
    first, result = run_main(tmp_path / "a")
    assert first and first == run_main(tmp_path / "b")[0]
    # python main.py in a plain shell: no Node end-of-life banner, nothing on stderr; on stdout only
    # the one recommendation the default homelab waives (the Cilium release, for the Hubble UI's route)
    assert result.stderr == "" and result.stdout == (
        "waived isolation for namespace kube-system: kube-system holds the cluster's own components; the Hubble UI "
        "pods are isolated by policy hubble-ui\n")
    assert "waivers.txt" in first


def broken_app(tmp_path: Path, body: str) -> Path:
    app = tmp_path / "broken.py"
    app.write_text("import sys\n"
                   f"sys.path.insert(0, {str(ROOT)!r})\n"
                   "from homelab_constructs import HomelabApp, LoadBalancerPool\n"
                   "from homelab_constructs.tools.cli import run_app\n"
                   "import cdk8s\n"
                   "def build(app):\n"
                   f"    {body}\n"
                   "sys.exit(run_app(build))\n")
    return app


@pytest.mark.parametrize("body, line", [
    ("HomelabApp(cdk8s.Chart(app, 'apps'), 'a', name='Bad_Name', namespace='media', port=80)",
     "error: apps/a: app name is not a DNS label (got 'Bad_Name'); use 1-63 lowercase letters, digits or '-', "
     "starting and ending with a letter or digit"),
    # a construct-id clash: one clean line with the path and the fix (the library says it before jsii would)
    ("c = cdk8s.Chart(app, 'net'); LoadBalancerPool(c, 'Pool', name='a', cidrs=['10.9.0.0/24']); "
     "LoadBalancerPool(c, 'Pool', name='b', cidrs=['10.8.0.0/24'])",
     "error: net/Pool: construct id is already used under net (got 'Pool'); give each construct its own id "
     "(ids feed generated names)"),
])
def test_failed_synth_keeps_previous_dist_and_prints_one_clean_line(tmp_path, body, line):
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "previous.k8s.yaml").write_text("kept: true\n")
    result = synth_cli("--app", f"{sys.executable} {broken_app(tmp_path, body)}", "--out", str(dist))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [line, f"synth: failed (the app exited with 1); {dist} was left as it was"]
    assert not any(n in result.stderr + result.stdout for n in NOISE)
    assert [p.name for p in dist.iterdir()] == ["previous.k8s.yaml"]
    assert not list(tmp_path.glob(".dist-new-*"))


def test_synth_replaces_dist(tmp_path):
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "stale.k8s.yaml").write_text("stale: true\n")
    result = synth_cli("--out", str(dist))
    assert result.returncode == 0, result.stderr
    names = sorted(p.relative_to(dist).as_posix() for p in dist.rglob("*.yaml"))
    assert "30-apps/gateway.k8s.yaml" in names and "stale.k8s.yaml" not in names
    assert "flux/stages.k8s.yaml" in names  # the stage Kustomizations (tests/test_delivery.py)
    assert result.stderr == ""
    assert (f"synth: wrote 21 manifests to {dist} in stage folders (10-platform, 20-cluster, 30-apps, flux)"
            in result.stdout.splitlines())


def test_main_reports_bad_input_without_traceback(tmp_path):
    script = tmp_path / "bad.py"
    script.write_text(
        "import sys; sys.path.insert(0, %r)\n"
        "from homelab_constructs import Homelab, HomelabApp, HomelabSpec\n"
        "from homelab_constructs.tools.cli import run_app\n"
        "sys.exit(run_app(lambda app: Homelab(app, 'Homelab', HomelabSpec(\n"
        "    apps=(HomelabApp.props(name='sonarr', port=70000, namespace='media'),)))))\n"
        % str(ROOT))
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True,
                            env=user_env(CDK8S_OUTDIR=str(tmp_path / "out")))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: apps-media/sonarr: port must be an integer in 1-65535 (got 70000); use a valid TCP/UDP port"]
    assert not (tmp_path / "out").exists()


def test_a_missing_app_command_is_one_line(tmp_path):
    dist = tmp_path / "dist"
    result = synth_cli("--app", str(tmp_path / "no-such-app"), "--out", str(dist))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"synth: No such file or directory ({tmp_path / 'no-such-app'}); {dist} was left as it was"]


# ---- the swap, under faults (a run killed between any two steps)

def tree(path: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(path.iterdir())} if path.is_dir() else {}


def test_recover_restores_dist_after_a_kill_between_the_renames(tmp_path):
    out, old = tmp_path / "dist", tmp_path / ".dist-old"
    old.mkdir()
    (old / "a.k8s.yaml").write_text("previous")
    (tmp_path / ".dist-new-x1").mkdir()
    recover(out)
    assert tree(out) == {"a.k8s.yaml": "previous"}
    assert not old.exists() and not list(tmp_path.glob(".dist-new-*"))


def test_recover_drops_the_old_copy_after_a_kill_after_the_swap(tmp_path):
    out, old = tmp_path / "dist", tmp_path / ".dist-old"
    out.mkdir()
    (out / "a.k8s.yaml").write_text("new")
    old.mkdir()
    (old / "a.k8s.yaml").write_text("previous")
    recover(out)
    assert tree(out) == {"a.k8s.yaml": "new"} and not old.exists()


def test_swap_keeps_a_complete_dist_at_every_step(tmp_path, monkeypatch):
    """Kill the swap after each of its steps (a raised exception stands for the kill), then run
    recovery as the next synth does: dist/ is always either the previous or the new tree."""
    steps = 0
    real_rename = Path.rename

    def run(kill_after: int) -> dict[str, str]:
        out, staging = tmp_path / f"k{kill_after}" / "dist", tmp_path / f"k{kill_after}" / ".dist-new-1"
        out.mkdir(parents=True)
        (out / "a.k8s.yaml").write_text("previous")
        staging.mkdir()
        (staging / "a.k8s.yaml").write_text("new")
        calls = []

        def rename(self, target):
            if len(calls) == kill_after:
                raise KeyboardInterrupt
            calls.append(1)
            return real_rename(self, target)

        monkeypatch.setattr(Path, "rename", rename)
        try:
            swap(staging, out)
        except KeyboardInterrupt:
            pass
        monkeypatch.setattr(Path, "rename", real_rename)
        recover(out)
        return tree(out)

    for kill_after in range(3):
        assert run(kill_after) in ({"a.k8s.yaml": "previous"}, {"a.k8s.yaml": "new"}), kill_after
        steps += 1
    assert steps == 3


# ---- the swap under real kills (SIGKILL at each step) and concurrent runs

TINY_APP = ("from homelab_constructs import run_app\n"
            "import cdk8s, sys\n"
            "def build(app):\n"
            "    cdk8s.ApiObject(cdk8s.Chart(app, 'c'), 'cm', api_version='v1', kind='ConfigMap',\n"
            "                    metadata=cdk8s.ApiObjectMetadata(name='{name}', namespace='default'))\n"
            "sys.exit(run_app(build))\n")


def tiny_synth(tmp_path: Path, name: str, **env: str) -> subprocess.Popen:
    app = tmp_path / f"{name}.py"
    app.write_text(TINY_APP.format(name=name), encoding="utf-8")
    return subprocess.Popen([sys.executable, "-m", "homelab_constructs", "synth", "--app", f"{sys.executable} {app}",
                             "--out", str(tmp_path / "dist"), "--flat"], cwd=tmp_path, env=user_env(**env),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def configmap_of(dist: Path) -> str:
    (path,) = sorted(dist.glob("*.yaml"))  # one complete file, never a half-written tree
    return re.search(r"name: (\w+)", path.read_text()).group(1)


@pytest.mark.parametrize("step", ["before-swap", "after-exchange"])
def test_a_kill_at_any_step_of_the_swap_leaves_a_complete_dist(tmp_path, step):
    assert tiny_synth(tmp_path, "first").wait() == 0
    killed = tiny_synth(tmp_path, "second", HOMELAB_SYNTH_KILL_AT=step)
    assert killed.wait() == -signal.SIGKILL
    # right after the kill, with nothing repaired yet: dist/ is whole, old or new
    assert configmap_of(tmp_path / "dist") == ("first" if step == "before-swap" else "second")
    assert tiny_synth(tmp_path, "third").wait() == 0
    assert configmap_of(tmp_path / "dist") == "third"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".dist")) == [".dist.lock"]


def test_concurrent_synths_take_turns(tmp_path):
    runs = [tiny_synth(tmp_path, f"run{i}") for i in range(3)]
    results = [(r.wait(), r.stderr.read()) for r in runs]
    assert results == [(0, "")] * 3
    assert configmap_of(tmp_path / "dist") in {"run0", "run1", "run2"}
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".dist")) == [".dist.lock"]


def test_exchange_swaps_two_trees(tmp_path):
    from homelab_constructs.tools.cli import exchange

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x").write_text("a")
    (b / "x").write_text("b")
    assert exchange(a, b) is True
    assert ((a / "x").read_text(), (b / "x").read_text()) == ("b", "a")


def test_an_unwritable_output_folder_is_one_line(tmp_path):
    """The output folder cannot be made (its parent is a file): an OSError, even for root, is one line."""
    (tmp_path / "blocker").write_text("a file, not a folder\n")
    out = tmp_path / "blocker" / "dist"
    result = synth_cli("--app", f"{sys.executable} -c pass", "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"synth: File exists ({tmp_path / 'blocker'}); {out} was left as it was"]
    assert (tmp_path / "blocker").read_text() == "a file, not a folder\n"
