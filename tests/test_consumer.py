"""The library as another repo sees it: a wheel with its bindings, installed into a fresh venv.

Offline and fast: the wheel is built once from a copy of the sources (``pip wheel --no-deps
--no-build-isolation --no-index``), installed into a fresh ``venv --without-pip`` with
``pip --python ... --no-index --no-deps``; a ``.pth`` file lends it the project venv's
third-party packages (cdk8s, jsii, ...), which carry no copy of this library (the project's
own editable install is a path hook that a ``.pth`` path entry does not run).  The consumer
app (``tests/consumer_app``) is copied outside the repo and has its own ``cdk8s import``
output in ``imports/`` beside the library's ``imports.homelab_<group>`` bindings.
"""
from __future__ import annotations

import ast
import email
import importlib.metadata
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, Synthesized, user_env

CONSUMER = ROOT / "tests" / "consumer_app"
SOURCES = ("pyproject.toml", "setup.py", "README.md", "homelab_constructs", "imports", "crds")


@dataclass
class Consumer:
    wheel: Path
    venv: Path
    out: Synthesized
    probe: dict
    python: Path
    env: dict[str, str]


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, capture_output=True, text=True, **kw)
    assert result.returncode == 0, f"{cmd} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result


def _clean_env(**extra: str) -> dict[str, str]:
    """A user's shell: nothing that points at the repo, its CRDs, or quiets jsii for it."""
    env = user_env(**extra)
    for key in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "CRDS_DIR"):
        env.pop(key, None)
    return env


def build_wheel(dest: Path) -> Path:
    """Build the wheel offline from a copy of the sources (an in-tree build writes build/)."""
    src = dest / "src"
    src.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=ignore)
        else:
            shutil.copy2(path, src / name)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
          "--disable-pip-version-check", "-q", "-w", str(dest / "wheel"), str(src)], env=_clean_env())
    (wheel,) = (dest / "wheel").glob("homelab_constructs-*.whl")
    return wheel


@pytest.fixture(scope="module")
def consumer(tmp_path_factory) -> Consumer:
    tmp = tmp_path_factory.mktemp("consumer")
    wheel = build_wheel(tmp / "build")

    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-index", "--no-deps",
          "--no-compile", "--disable-pip-version-check", "-q", str(wheel)], env=_clean_env())
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (site / "_project_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    app = tmp / "app"  # outside the repo: nothing of the repo is importable from here
    shutil.copytree(CONSUMER, app, ignore=shutil.ignore_patterns("__pycache__", "out"))
    env = _clean_env(CDK8S_OUTDIR=str(app / "out"))
    result = _run([str(python), "main.py"], cwd=app, env=env)
    assert result.stdout == result.stderr == "", result.stderr  # no jsii banner, no warning
    # where the consumer's interpreter finds each package (find_spec: located, not executed)
    probe = _run([str(python), "-c", "import json; from importlib.util import find_spec as f; "
                  "print(json.dumps({'library': f('homelab_constructs').origin, "
                  "'imports': list(f('imports').submodule_search_locations), "
                  "'own': f('imports.io.k8s.externaldns').origin}))"], cwd=app, env=env)
    return Consumer(wheel, venv, Synthesized(app / "out"), yaml.safe_load(probe.stdout), python, env)


def _wheel_names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as zf:
        return zf.namelist()


def test_wheel_ships_every_binding_with_its_jsii_assembly(consumer):
    names = _wheel_names(consumer.wheel)
    groups = sorted(p.name for p in (ROOT / "imports").iterdir() if p.name.startswith("homelab_"))
    assert groups, "no bindings in imports/"
    for group in groups:
        assemblies = [n for n in names if n.startswith(f"imports/{group}/") and n.endswith(".jsii.tgz")]
        assert len(assemblies) == 1, f"{group}: expected one jsii assembly in the wheel, found {assemblies}"
        assert any(n.startswith(f"imports/{group}/") and n.endswith("/__init__.py") for n in names)
    # a namespace package: a consumer's own imports/ (from `cdk8s import`) merges with it
    assert "imports/__init__.py" not in names
    assert not [n for n in names if n.startswith(("tests/", "examples/", "scripts/"))]


def test_wheel_has_every_file_of_the_library(consumer):
    """Code, jsii assemblies and any data file a module reads (package-data) all ship."""
    names = set(_wheel_names(consumer.wheel))
    tracked = {p.relative_to(ROOT).as_posix() for top in ("homelab_constructs", "imports")
               for p in (ROOT / top).rglob("*")
               if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}
    assert sorted(tracked - names) == []


def _third_party_modules() -> set[str]:
    """Top-level modules the library imports that are neither stdlib nor its own."""
    found: set[str] = set()
    for path in (ROOT / "homelab_constructs").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"homelab_constructs", "imports", "__future__"}


def _norm(dist: str) -> str:
    return re.sub(r"[-_.]+", "-", dist).lower()


def test_wheel_declares_every_runtime_dependency(consumer):
    """Every third-party module the library imports is in its dependencies or a user-facing
    extra (``validate``), never only in ``test``; the synth path needs no extra at all."""
    with zipfile.ZipFile(consumer.wheel) as zf:
        (meta,) = [n for n in zf.namelist() if n.endswith(".dist-info/METADATA")]
        requires = email.message_from_bytes(zf.read(meta)).get_all("Requires-Dist") or []
    name = lambda r: _norm(re.split(r"[ ;<>=!~\[]", r, maxsplit=1)[0])  # noqa: E731
    core = {name(r) for r in requires if "extra ==" not in r}
    user_extras = {name(r) for r in requires if "extra ==" in r and "extra == \"test\"" not in r}
    dists = importlib.metadata.packages_distributions()
    missing = {m: dists.get(m) for m in _third_party_modules()
               if not {_norm(d) for d in dists.get(m, [])} & (core | user_extras)}
    assert not missing, f"imported by homelab_constructs but not declared (dependencies or an extra): {missing}"
    assert {"cdk8s", "cdk8s-plus-27", "constructs", "jsii", "jsonschema", "pyyaml"} <= core


def test_consumer_runs_the_installed_wheel_not_the_repo(consumer):
    site = str(consumer.venv)
    assert consumer.probe["library"].startswith(site), consumer.probe
    assert str(ROOT) not in consumer.probe["library"]
    # both portions of the `imports` namespace: the app's own and the library's bindings
    own, library = consumer.probe["imports"]
    assert own.endswith("/app/imports") and library.startswith(site), consumer.probe
    assert consumer.probe["own"].startswith(own)


def test_consumer_app_synthesizes_library_and_own_constructs(consumer):
    out = consumer.out
    assert sorted(out.text) == ["apps", "certificates", "gateway", "network"]
    pool = out.find("CiliumLoadBalancerIPPool", "lan-pool")
    assert pool["spec"]["blocks"] == [{"start": "192.168.1.240", "stop": "192.168.1.250"}]
    gateway = out.find("Gateway", "homelab-gateway", "default")
    assert gateway["metadata"]["annotations"]["cert-manager.io/cluster-issuer"] == "homelab-ca-issuer"
    assert out.find("HTTPRoute", "grafana", "monitoring")["spec"]["hostnames"] == ["grafana.lab.example"]
    assert out.find("ClusterIssuer", "homelab-ca-issuer")["spec"]["ca"] == {"secretName": "homelab-ca-secret"}
    # the consumer's own binding, generated by its own `cdk8s import`
    record = out.find("DNSEndpoint", "lab", "default")
    assert record["spec"]["endpoints"] == [{"dnsName": "*.lab.example", "recordType": "A",
                                            "targets": ["192.168.1.240"]}]


def test_readme_shows_the_tested_consumer_app():
    """The README's "another repo" example is this consumer app, character for character."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Using the constructs from another repo", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert blocks, "README: no python block under 'Using the constructs from another repo'"
    body = (CONSUMER / "main.py").read_text(encoding="utf-8").split('"""', 2)[2].lstrip("\n")
    assert blocks[0] == body


def test_wheel_ships_the_compact_crd_schemas(consumer):
    with zipfile.ZipFile(consumer.wheel) as zf:
        data = zf.read("homelab_constructs/validation/crds.json.gz")
    from homelab_constructs.validation.crdset import compact_bytes

    assert data == compact_bytes(ROOT / "crds")  # generated from the repository's pinned CRDs at build time


def _validate(consumer: Consumer, directory: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(consumer.python), "-m", "homelab_constructs", "validate", str(directory)],
                          cwd=directory.parent, env=consumer.env, capture_output=True, text=True)


def test_consumer_validates_crd_kinds_with_the_shipped_schemas(consumer, tmp_path):
    """Only the wheel: `python -m homelab_constructs validate` checks CRD kinds (schema and CEL)."""
    good = _validate(consumer, consumer.out.outdir)
    assert good.returncode == 0, good.stderr
    summary = good.stdout.strip()
    assert summary.startswith(f"validate: {len(consumer.out.all())} objects validated") and "; 0 problems" in summary
    assert " 0 CRD kinds" not in summary and "CEL rules: 0 evaluated" not in summary

    bad = tmp_path / "bad"
    bad.mkdir()
    gateway = consumer.out.find("Gateway", "homelab-gateway", "default")
    gateway["spec"]["listeners"][0]["port"] = 0
    (bad / "gateway.k8s.yaml").write_text(yaml.safe_dump(gateway), encoding="utf-8")
    result = _validate(consumer, bad)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == ("gateway.k8s.yaml: Gateway default/homelab-gateway: "
                                             "spec.listeners[0].port: 0 is less than the minimum of 1")
    assert "Traceback" not in result.stderr


def test_consumer_runs_reachability_on_its_bundle(consumer):
    result = subprocess.run([str(consumer.python), "-m", "homelab_constructs", "reachability",
                             str(consumer.out.outdir)], cwd=consumer.out.outdir.parent, env=consumer.env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "isolated namespaces: monitoring" in result.stdout
    assert "Traceback" not in result.stderr
