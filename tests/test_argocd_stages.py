"""Argo CD delivery as complete as Flux's: with set_delivery(app, "argocd") `synth` writes one
Application per stage with sync waves (dist/argocd/stages.k8s.yaml) and no Flux object, lists
Argo CD's CRDs among the prerequisites, and a replay of the waves applies no object before its CRDs."""
from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from homelab_constructs.delivery.prerequisites import prerequisites_of
from homelab_constructs.delivery.stages import (
    ARGOCD_FOLDER,
    BUILT_IN_GROUPS,
    FLUX_FOLDER,
    SYNC_WAVE,
    argocd_stages,
    delivery_of,
    installed_groups,
    prerequisites,
)
from homelab_constructs.tools.cli import _stage
from homelab_constructs.validation import load_dir, validate_objects

import yaml
from conftest import crds_dir


def _group(obj: dict) -> str:
    return obj["apiVersion"].split("/")[0] if "/" in obj["apiVersion"] else ""


def test_argocd_stages_are_ordered_by_sync_waves_and_validate():
    text = argocd_stages(["30-apps", "10-platform", "20-cluster"], repo_url="https://github.com/me/lab.git",
                         path="clusters/lab/dist", revision="main", namespace="gitops", project="lab")
    docs = list(yaml.safe_load_all(text))
    assert [d["metadata"]["name"] for d in docs] == ["homelab-platform", "homelab-cluster", "homelab-apps"]
    assert [d["metadata"]["annotations"][SYNC_WAVE] for d in docs] == ["0", "1", "2"]
    assert {d["metadata"]["namespace"] for d in docs} == {"gitops"} and {d["spec"]["project"] for d in docs} == {"lab"}
    assert docs[2]["spec"]["source"] == {"repoURL": "https://github.com/me/lab.git", "targetRevision": "main",
                                         "path": "clusters/lab/dist/30-apps", "directory": {"recurse": True}}
    assert all("SkipDryRunOnMissingResource=true" in d["spec"]["syncPolicy"]["syncOptions"] for d in docs)
    report = validate_objects([("argocd/stages.k8s.yaml", d) for d in docs], crds_dir())
    assert report.ok, report.problems


def test_the_delivery_is_read_from_the_bundle(synthesized):
    assert delivery_of(synthesized["default"].all()) is None  # Flux
    assert delivery_of(synthesized["seed000"].all()) == {"namespace": "argocd", "project": "default",
                                                         "server": "https://kubernetes.default.svc"}


def _staged(synthesized, name: str, tmp_path: Path) -> Path:
    copy = tmp_path / name
    shutil.copytree(synthesized[name].outdir, copy)
    args = argparse.Namespace(flux_path=None, out=Path("dist"), flux_source="flux-system",
                              repo_url="https://github.com/me/lab.git", revision="HEAD")
    _stage(copy, args)
    return copy


def test_argocd_delivery_writes_stage_applications_and_no_flux_objects(synthesized, tmp_path):
    staged = _staged(synthesized, "seed000", tmp_path)
    assert not (staged / FLUX_FOLDER).exists() and (staged / ARGOCD_FOLDER / "stages.k8s.yaml").is_file()
    objects = load_dir(staged)
    assert not [o for _, o in objects if _group(o).endswith(".toolkit.fluxcd.io")]
    # Argo CD's own CRDs must exist first, and no Flux ones
    crds = {p.what for p in prerequisites_of(objects) if p.kind == "crd"}
    assert "argoproj.io" in crds and not any(g.endswith("fluxcd.io") for g in crds)
    assert validate_objects(objects, crds_dir(), cross_object=False).ok


def test_flux_delivery_writes_no_argocd_stages(synthesized, tmp_path):
    staged = _staged(synthesized, "default", tmp_path)
    assert (staged / FLUX_FOLDER / "stages.k8s.yaml").is_file() and not (staged / ARGOCD_FOLDER).exists()


def test_replay_of_the_waves_applies_no_object_before_its_crds(synthesized, tmp_path):
    """The root Application syncs the stage Applications wave by wave, each once the one before
    is healthy: on a cluster with only Kubernetes' groups and the prerequisites, every object of
    a wave's folder has its CRDs by then."""
    staged = _staged(synthesized, "seed000", tmp_path)
    stages = list(yaml.safe_load_all((staged / ARGOCD_FOLDER / "stages.k8s.yaml").read_text()))
    everything = [o for _, o in load_dir(staged)]
    available = set(BUILT_IN_GROUPS) | set(prerequisites(everything))
    assert "argoproj.io" in available  # Argo CD itself runs before the bundle
    waves = sorted(stages, key=lambda d: int(d["metadata"]["annotations"][SYNC_WAVE]))
    assert [int(d["metadata"]["annotations"][SYNC_WAVE]) for d in waves] == list(range(len(waves)))
    for app in waves:
        folder = staged / Path(app["spec"]["source"]["path"]).name
        objects = [o for p in sorted(folder.rglob("*.yaml")) for o in yaml.safe_load_all(p.read_text()) if o]
        missing = sorted({f"{o['kind']} ({_group(o)})" for o in objects if _group(o) not in available})
        assert missing == [], f"{folder.name} applies objects whose CRDs do not exist yet: {missing}"
        available |= installed_groups(objects)
