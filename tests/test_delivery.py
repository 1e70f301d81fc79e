"""Apply order (homelab_constructs/delivery/stages.py): dist/ in stage folders, each object in the stage
its kind needs, the Flux Kustomizations that apply them in order, and a replay of the apply
order over the default homelab and every example: no object is applied before the CRDs of
its kind exist."""
from __future__ import annotations

import shutil

from homelab_constructs.delivery.stages import (
    BUILT_IN_GROUPS,
    STAGES,
    flux_stages,
    installed_groups,
    prerequisites,
    restage,
    split_documents,
    stage_of,
)
from homelab_constructs.validation import validate_objects

import pytest
import yaml
from conftest import EXAMPLES, Synthesized, crds_dir


def _group(obj: dict) -> str:
    return obj["apiVersion"].split("/")[0] if "/" in obj["apiVersion"] else ""


@pytest.mark.parametrize(("api_version", "kind", "stage"), [
    ("v1", "Namespace", "platform"), ("helm.toolkit.fluxcd.io/v2", "HelmRelease", "platform"),
    ("source.toolkit.fluxcd.io/v1", "OCIRepository", "platform"), ("argoproj.io/v1alpha1", "Application", "platform"),
    ("cert-manager.io/v1", "ClusterIssuer", "cluster"), ("cert-manager.io/v1", "Certificate", "cluster"),
    ("cilium.io/v2", "CiliumLoadBalancerIPPool", "cluster"), ("gateway.envoyproxy.io/v1alpha1", "EnvoyProxy", "cluster"),
    ("gateway.networking.k8s.io/v1", "Gateway", "apps"), ("gateway.networking.k8s.io/v1", "HTTPRoute", "apps"),
    ("cilium.io/v2", "CiliumNetworkPolicy", "apps"), ("v1", "Service", "apps"), ("apps/v1", "Deployment", "apps"),
    ("external-secrets.io/v1", "ExternalSecret", "apps"),
])
def test_stage_of_a_kind(api_version, kind, stage):
    assert stage_of({"apiVersion": api_version, "kind": kind}) == stage


def test_split_documents_keeps_each_document_as_written():
    text = "a: 1\nb:\n  - x\n---\nkind: B\n---\nc: '---'\n"
    assert split_documents(text) == ["a: 1\nb:\n  - x\n", "kind: B\n", "c: '---'\n"]


def _staged(app: Synthesized, tmp_path) -> dict[str, list[dict]]:
    """The app's manifests restaged in a copy: stage folder -> objects, in file order."""
    copy = tmp_path / "staged"
    shutil.copytree(app.outdir, copy)
    by_stage: dict[str, list[dict]] = {}
    for path in restage(copy):
        by_stage.setdefault(path.parent.name, []).extend(d for d in yaml.safe_load_all(path.read_text()) if d)
    assert not list(copy.glob("*.yaml"))  # nothing left outside the stage folders
    return by_stage


@pytest.mark.parametrize("name", ["default"] + EXAMPLES)
def test_restaging_loses_and_reorders_nothing(synthesized, name, tmp_path):
    app = synthesized[name]
    staged = _staged(app, tmp_path)
    assert sorted(map(repr, (o for objs in staged.values() for o in objs))) == sorted(map(repr, app.all()))
    # a chart file split across stages keeps its objects' order within each stage
    for chart, objects in app.objects.items():
        for folder in staged:
            part = tmp_path / "staged" / folder / f"{chart}.k8s.yaml"
            if part.exists():
                mine = [d for d in yaml.safe_load_all(part.read_text()) if d]
                assert mine == [o for o in objects if STAGES[stage_of(o)] == folder]


@pytest.mark.parametrize("name", ["default"] + EXAMPLES)
def test_replay_applies_no_object_before_its_crds(synthesized, name, tmp_path):
    """Apply the stages in folder order on a cluster that has only Kubernetes' groups and the
    declared prerequisites: each release makes its CRDs exist for the stages after it."""
    app = synthesized[name]
    staged = _staged(app, tmp_path)
    # what the cluster has before any of the bundle: Kubernetes' own groups and the prerequisites
    available = set(BUILT_IN_GROUPS) | set(prerequisites(app.all()))
    for folder in sorted(staged):
        objects = staged[folder]
        missing = sorted({f"{o['kind']} ({_group(o)})" for o in objects if _group(o) not in available})
        assert missing == [], f"{folder} applies objects whose CRDs do not exist yet: {missing}"
        available |= installed_groups(objects)


def test_the_releases_install_what_the_later_stages_use(synthesized):
    """The replay above is only meaningful if releases really provide groups: in the default
    homelab cert-manager's release provides cert-manager.io, which 20-cluster uses."""
    app = synthesized["default"]
    assert "cert-manager.io" in installed_groups(app.all())
    assert "cert-manager.io" not in prerequisites(app.all())
    assert {"gateway.networking.k8s.io", "external-secrets.io"} <= set(prerequisites(app.all()))


def test_flux_stages_chain_and_validate():
    text = flux_stages(["30-apps", "10-platform", "20-cluster"], path="./clusters/lab/dist", source="home-ops")
    docs = list(yaml.safe_load_all(text))
    assert [d["metadata"]["name"] for d in docs] == ["homelab-platform", "homelab-cluster", "homelab-apps"]
    assert [d["spec"].get("dependsOn") for d in docs] == [None, [{"name": "homelab-platform"}],
                                                          [{"name": "homelab-cluster"}]]
    assert docs[2]["spec"]["path"] == "./clusters/lab/dist/30-apps" and all(d["spec"]["wait"] for d in docs)
    assert docs[0]["spec"]["sourceRef"] == {"kind": "GitRepository", "name": "home-ops", "namespace": "flux-system"}
    report = validate_objects([("flux/stages.k8s.yaml", d) for d in docs], crds_dir())
    assert report.ok, report.problems


def test_the_stage_paths_do_not_follow_out(tmp_path):
    """The stage Kustomizations apply the bundle's folder in the repository (cdk8s.yaml's
    ``output``, else ``dist``), whatever ``--out`` is: a scratch build diffs clean against the
    committed one."""
    from homelab_constructs.tools.cli import repository_output

    assert repository_output(tmp_path) == "dist"
    (tmp_path / "cdk8s.yaml").write_text("language: python\napp: python main.py\noutput: ./deploy/\n", encoding="utf-8")
    assert repository_output(tmp_path) == "deploy"
    (tmp_path / "cdk8s.yaml").write_text("output: /abs/elsewhere\n", encoding="utf-8")
    assert repository_output(tmp_path) == "dist"
    (tmp_path / "cdk8s.yaml").write_text("output: [unclosed\n", encoding="utf-8")
    assert repository_output(tmp_path) == "dist"
