"""Shared fixtures: one jsii process for the whole run, synthesized apps read as YAML."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
sys.dont_write_bytecode = False  # let the large bindings be cached (see Makefile)

import cdk8s  # noqa: E402
import pytest  # noqa: E402
import yaml  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def crds_dir() -> Path:
    """The pinned CRDs: $CRDS_DIR, else ../shared/crds beside the repo."""
    return Path(os.environ.get("CRDS_DIR") or ROOT.parent / "shared" / "crds").resolve()


class Synthesized:
    """The files one app wrote: ``text[chart]`` and ``objects[chart]`` (parsed documents)."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.text = {p.name[: -len(".k8s.yaml")]: p.read_text(encoding="utf-8")
                     for p in sorted(outdir.glob("*.k8s.yaml"))}
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
