"""The tools read untrusted manifests (``diff`` runs in pull-request CI on a ``dist/`` a contributor
wrote): each hostile file is refused with one line naming it, exit code 2, no traceback, within
bounded work. The bound on time is the harness's (each run is killed after 60 s, and its address
space is capped at 2 GiB), not a timed assertion."""
import resource
import subprocess
import sys
from pathlib import Path

from homelab_constructs import _manifests

import pytest
from conftest import ROOT, user_env

CONFIGMAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n  namespace: default\ndata:\n  a: b\n"


def _bomb() -> str:
    """A YAML "billion laughs": ten lines that stand for 10^10 strings once the aliases expand."""
    lines = ["  l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 10):
        lines.append(f"  l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n" + "\n".join(lines) + "\n"


HOSTILE = {
    "alias bomb": (_bomb(), "nodes once its aliases are expanded"),
    "deep nesting": ("a: " + "[" * 5000 + "]" * 5000 + "\n", "nested deeper than 100 levels"),
    "NUL bytes": ("apiVersion: v1\x00\nkind: ConfigMap\n", "NUL bytes"),
    "unclosed bracket": ("apiVersion: v1\nkind: [ConfigMap\n", "invalid YAML"),
    "a string document": ('"just a string"\n', "not a Kubernetes object"),
    "a list document": ("- apiVersion: v1\n- kind: ConfigMap\n", "not a Kubernetes object"),
    "a Python tag": ('!!python/object/apply:os.system ["echo pwned"]\n', "invalid YAML"),
    "too many documents": ("{kind: ConfigMap}\n---\n" * (_manifests.MAX_DOCUMENTS + 1), "documents"),
}


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "homelab_constructs", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env=user_env(), preexec_fn=_limit_memory)


def _commands(good: Path, bad: Path) -> dict[str, list[str]]:
    return {"validate": ["validate", str(bad)], "diff": ["diff", str(good), str(bad)],
            "reachability": ["reachability", str(bad)]}


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    good = tmp_path_factory.mktemp("good")
    (good / "ok.yaml").write_text(CONFIGMAP)
    made = {}
    for kind, (text, _) in HOSTILE.items():
        bad = tmp_path_factory.mktemp(kind.replace(" ", "-"))
        (bad / "ok.yaml").write_text(CONFIGMAP)
        (bad / "hostile.yaml").write_bytes(text.encode("utf-8"))
        made[kind] = bad
    return good, made


@pytest.mark.parametrize("tool", ["validate", "diff", "reachability"])
@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_file_is_refused_in_one_line(folders, tool, kind):
    good, made = folders
    result = _run(*_commands(good, made[kind])[tool])
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{tool}: {made[kind] / 'hostile.yaml'}: "), lines[0]
    assert HOSTILE[kind][1] in lines[0], lines[0]
    assert "pwned" not in result.stdout


def test_a_file_larger_than_the_bound_is_not_read(tmp_path, monkeypatch):
    """The size is checked before the file is read (here with the bound lowered, so the test
    writes a small file)."""
    monkeypatch.setattr(_manifests, "MAX_FILE_BYTES", 1024)
    big = tmp_path / "big.yaml"
    big.write_text(CONFIGMAP + "#" * 2048 + "\n")
    with pytest.raises(_manifests.ManifestError, match=r"big\.yaml: larger than 0 MiB"):
        _manifests.read_objects(big)


def test_the_bounds_leave_real_manifests_alone(default_homelab):
    """The default homelab's whole bundle reads as it did (the bounds refuse only what no
    manifest of a homelab needs)."""
    files = _manifests.manifest_files(default_homelab.outdir)
    objects = [obj for path in files for obj in _manifests.read_objects(path)]
    assert len(objects) == sum(len(docs) for docs in default_homelab.objects.values())


def test_a_missing_folder_is_one_line():
    result = _run("validate", str(ROOT / "no-such-folder"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no-such-folder" in result.stderr
