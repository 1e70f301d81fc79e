"""Shared fixtures: one jsii process for the whole run, synthesized apps read as YAML."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import homelab_constructs  # noqa: F401,E402  (first: its _env quiets jsii and lets bytecode be cached)

import cdk8s  # noqa: E402
import pytest  # noqa: E402
import yaml  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def crds_dir() -> Path:
    """The pinned CRDs: $CRDS_DIR, else the repository's crds/."""
    return Path(os.environ.get("CRDS_DIR") or ROOT / "crds").resolve()


class Synthesized:
    """The files one app wrote: ``text[chart]`` and ``objects[chart]`` (parsed documents)."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        # flat as an app writes it, or one folder per stage as `synth` writes dist/ (a chart split
        # across stages is read back whole, its parts in stage order; the Flux stage folder is not a chart)
        self.text: dict[str, str] = {}
        for p in sorted(outdir.rglob("*.k8s.yaml"), key=lambda p: p.relative_to(outdir).parts):
            if p.parent.name != "flux" or p.parent == outdir:
                name = p.name[: -len(".k8s.yaml")]
                part = p.read_text(encoding="utf-8")
                self.text[name] = f"{self.text[name]}---\n{part}" if name in self.text else part
        self.objects = {name: [d for d in yaml.safe_load_all(t) if d] for name, t in self.text.items()}

    def all(self) -> list[dict]:
        return [o for objs in self.objects.values() for o in objs]

    def find(self, kind: str, name: str, namespace: str | None = None) -> dict:
        hits = [o for o in self.all() if o["kind"] == kind and o["metadata"]["name"] == name
                and (namespace is None or o["metadata"].get("namespace") == namespace)]
        assert len(hits) == 1, f"expected one {kind} {namespace}/{name}, found {len(hits)}"
        return hits[0]

    def kinds(self, kind: str) -> list[dict]:
        return [o for o in self.all() if o["kind"] == kind]

    def pairs(self) -> list[tuple[str, dict]]:
        """``(file name, object)`` pairs, as the manifest validator reads them."""
        return [(f"{chart}.k8s.yaml", obj) for chart, objs in self.objects.items() for obj in objs]


#: what a user's shell lacks: the variables that quiet jsii and the cdk8s CLI, or point at the repo
_SET_BY_US = ("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "CDK8S_CHECK_UPGRADE", "CDK8S_OUTDIR", "MAKEFLAGS")


def user_env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell (nothing silenced for them), plus ``extra``: what a
    subprocess of a test runs with, so the test sees what a user sees."""
    env = {k: v for k, v in os.environ.items() if k not in _SET_BY_US}
    env.update(extra)
    return env


_STANDALONE = """
import importlib.abc, importlib.util, sys, types

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {"cdk8s", "cdk8s_plus_27", "constructs", "jsii", "imports", "homelab_constructs"}:
            raise ImportError(f"refused: {name}")
        return None

sys.meta_path.insert(0, Refuse())
before = set(sys.modules)
package = sys.modules["standalone"] = types.ModuleType("standalone")  # the folder, without its __init__
package.__path__ = [sys.argv[1]]
*folders, leaf = sys.argv[2].split(".")
for depth in range(1, len(folders) + 1):  # each folder on the way, without its __init__ either
    sub = sys.modules["standalone." + ".".join(folders[:depth])] = types.ModuleType("standalone." + ".".join(folders[:depth]))
    sub.__path__ = [sys.argv[1] + "/" + "/".join(folders[:depth])]
spec = importlib.util.spec_from_file_location("standalone." + sys.argv[2], f"{sys.argv[1]}/{sys.argv[2].replace('.', '/')}.py")
module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
loaded = {m.partition(".")[0] for m in set(sys.modules) - before} - set(sys.stdlib_module_names)
pyyaml = {"yaml", "_yaml", "cython_runtime"}  # and its C extension's Cython runtime, _cython_<version>
assert {m for m in loaded if not m.startswith("_cython_")} <= {"standalone"} | pyyaml, sorted(loaded)
sys.exit(module.main(sys.argv[3:]))
"""


def run_standalone(module: str, *args: str) -> subprocess.CompletedProcess:
    """Run ``homelab_constructs/<module>.py``'s ``main(args)`` (``tools.diff``: ``tools/diff.py``)
    with cdk8s, jsii and the package's ``__init__`` refused, as a consumer with only PyYAML would:
    what the command needs beside the standard library and PyYAML fails the run."""
    return subprocess.run([sys.executable, "-c", _STANDALONE, str(ROOT / "homelab_constructs"), module, *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


#: the label the library puts on every object it writes
MANAGED = {"app.kubernetes.io/managed-by": "homelab-constructs"}

#: the examples under examples/<name>/main.py
EXAMPLES = sorted(p.parent.name for p in (ROOT / "examples").glob("*/main.py"))


def load_example(name: str):
    """The module ``examples/<name>/main.py`` (loaded once per run)."""
    module_name = f"example_{name}_main"
    if module_name not in sys.modules:
        spec = importlib.util.spec_from_file_location(module_name, ROOT / "examples" / name / "main.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules[module_name]


def synth_app(build, outdir: Path) -> Synthesized:
    """Build an app with ``build(app)`` into ``outdir``, validate and synthesize it."""
    from homelab_constructs import synth

    app = cdk8s.App(outdir=str(outdir))
    build(app)
    synth(app)
    return Synthesized(outdir)


@pytest.fixture(scope="session")
def default_homelab(tmp_path_factory) -> Synthesized:
    """The default homelab of main.py, synthesized once per test run."""
    import main

    return synth_app(main.build, tmp_path_factory.mktemp("default"))


@pytest.fixture(scope="session")
def synthesized(default_homelab, tmp_path_factory) -> dict[str, Synthesized]:
    """The default homelab and every example, each synthesized once per run: name -> Synthesized."""
    apps = {"default": default_homelab}
    for name in EXAMPLES:
        apps[name] = synth_app(load_example(name).build, tmp_path_factory.mktemp(f"example-{name}"))
    return apps



@pytest.fixture(scope="session", autouse=True)
def _fragments_assume_their_namespaces():
    """Most tests synthesize a fragment of a homelab (one gateway, one app in ``media``) to check
    another rule; a fragment does not create the namespaces it writes into, which the whole-app
    rule :func:`~homelab_constructs.validation.namespaces.namespace_problems` rightly reports of a
    whole bundle. In this process those syntheses take every namespace as existing; the rule
    runs in every subprocess (the CLI, the consumer app, the README's programs) and in the test
    modules that set ``CHECKS_NAMESPACES = True`` (tests/test_namespaces.py, which also checks
    the default homelab and every example with it)."""
    from homelab_constructs.validation import crossobject

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(crossobject, "namespace_problems", lambda objects, external=frozenset(): [])
        yield


@pytest.fixture(autouse=True)
def _namespaces_checked(request, monkeypatch):
    """The real namespace rule for a test module that sets ``CHECKS_NAMESPACES = True``."""
    if getattr(request.module, "CHECKS_NAMESPACES", False):
        from homelab_constructs.validation import crossobject, namespaces

        monkeypatch.setattr(crossobject, "namespace_problems", namespaces.namespace_problems)
