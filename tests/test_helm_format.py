"""``cdk8s synth --format helm`` of the default homelab: a Helm chart directory that renders as is.

Helm is not installable from the registries these machines reach, so the chart is checked
the way ``helm template`` would read it: ``Chart.yaml`` (apiVersion v2, a valid name, a
SemVer 2 version), every file in ``templates/`` free of Go-template actions (``{{``, which
Helm would execute: a Grafana dashboard or a Lua filter must not carry them unescaped),
parsed as YAML into Kubernetes objects that are unique and, when namespaced, carry their
namespace (Helm would otherwise drop them into the release namespace). The templates are
byte-for-byte the plain ``dist/`` files, so everything the other tests check holds here too.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, crds_dir, user_env

CHART_VERSION = "0.1.0"
CHART_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")  # Helm's chart-name convention
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")
CLUSTER_SCOPED_CORE = {"Namespace", "ClusterRole", "ClusterRoleBinding", "PersistentVolume", "StorageClass",
                       "PriorityClass", "IngressClass", "CustomResourceDefinition", "ValidatingWebhookConfiguration",
                       "MutatingWebhookConfiguration", "APIService", "RuntimeClass"}


def cluster_scoped_kinds() -> set[str]:
    """The core ones above plus every pinned CRD with ``scope: Cluster``.

    Read with two anchored patterns rather than a YAML parse: 7 MB of CRDs take seconds to
    parse, and only ``spec.scope`` and ``spec.names.kind`` (both at fixed indents) matter."""
    kinds = set(CLUSTER_SCOPED_CORE)
    for path in crds_dir().rglob("*.yaml"):
        for doc in re.split(r"^---\s*$", path.read_text(encoding="utf-8"), flags=re.M):
            scope = re.findall(r"^  scope: (\w+)", doc, re.M)
            kind = re.findall(r"^  names:\n(?:    .*\n|\s*\n)*?    kind: (\w+)", doc, re.M)
            if "kind: CustomResourceDefinition" in doc:
                assert len(scope) == len(kind) == 1, f"{path}: cannot read the CRD's scope and kind"
                if scope == ["Cluster"]:
                    kinds.add(kind[0])
    assert {"ClusterIssuer", "CiliumLoadBalancerIPPool", "GatewayClass"} <= kinds
    return kinds


def helm_problems(chart: Path, cluster_scoped: set[str]) -> list[str]:
    """What would stop ``helm template``/``helm install`` from rendering ``chart`` as written."""
    problems: list[str] = []
    meta = yaml.safe_load((chart / "Chart.yaml").read_text(encoding="utf-8"))
    if meta.get("apiVersion") != "v2":
        problems.append(f"Chart.yaml: apiVersion {meta.get('apiVersion')!r} is not v2")
    if not CHART_NAME.match(str(meta.get("name", ""))):
        problems.append(f"Chart.yaml: name {meta.get('name')!r} is not a chart name")
    if not SEMVER.match(str(meta.get("version", ""))):
        problems.append(f"Chart.yaml: version {meta.get('version')!r} is not SemVer 2")
    seen: dict[tuple, str] = {}
    for path in sorted((chart / "templates").iterdir()):
        text = path.read_text(encoding="utf-8")
        if "{{" in text or "}}" in text:
            line = next(i for i, t in enumerate(text.splitlines(), 1) if "{{" in t or "}}" in t)
            problems.append(f"{path.name}:{line}: Go-template delimiters; Helm would execute them")
        for doc in yaml.safe_load_all(text):
            if not doc:
                continue
            if not {"apiVersion", "kind", "metadata"} <= doc.keys() or not doc["metadata"].get("name"):
                problems.append(f"{path.name}: a document without apiVersion/kind/metadata.name")
                continue
            kind, meta_ = doc["kind"], doc["metadata"]
            group = doc["apiVersion"].rpartition("/")[0]
            key = (group, kind, meta_.get("namespace"), meta_["name"])
            if key in seen:
                problems.append(f"{path.name}: {kind} {meta_['name']} also in {seen[key]}")
            seen[key] = path.name
            if kind not in cluster_scoped and not meta_.get("namespace"):
                problems.append(f"{path.name}: namespaced {kind} {meta_['name']} has no namespace")
    return problems


@pytest.fixture(scope="module")
def helm_run(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """`make helm`, as the README gives it, in a user's shell (nothing silenced beforehand)."""
    out = tmp_path_factory.mktemp("helm") / "chart"
    env = user_env()
    result = subprocess.run(["make", "-s", "helm", f"HELM_OUT={out}", f"HELM_VERSION={CHART_VERSION}"],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return out, result


@pytest.fixture(scope="module")
def helm_chart(helm_run) -> Path:
    return helm_run[0]


def test_helm_command_is_quiet(helm_run):
    _, result = helm_run
    text = result.stdout + result.stderr
    assert "end-of-life" not in text and "upgrade" not in text.lower() and "Traceback" not in text, text


def test_chart_layout(helm_chart):
    # the default homelab's waivers and prerequisites beside the chart's files, not in templates/ (Helm would
    # render them)
    assert sorted(p.name for p in helm_chart.iterdir()) == ["Chart.yaml", "README.md", "prerequisites.txt", "templates",
                                                             "waivers.txt"]
    meta = yaml.safe_load((helm_chart / "Chart.yaml").read_text(encoding="utf-8"))
    # named after the project, whatever the clone's folder is called
    assert meta == {"apiVersion": "v2", "name": "homelab", "version": CHART_VERSION,
                    "description": "Generated chart for homelab", "type": "application"}


def test_templates_are_the_plain_manifests(helm_chart, default_homelab):
    templates = {p.name: p.read_text(encoding="utf-8") for p in (helm_chart / "templates").iterdir()}
    assert templates == {f"{chart}.k8s.yaml": text for chart, text in default_homelab.text.items()}


def test_helm_would_render_the_chart_verbatim(helm_chart):
    assert helm_problems(helm_chart, cluster_scoped_kinds()) == []


def test_helm_problems_are_caught(tmp_path):
    """The checker itself: each problem Helm would hit is reported."""
    (tmp_path / "templates").mkdir()
    (tmp_path / "Chart.yaml").write_text("apiVersion: v1\nname: Home_Lab\nversion: '1.0'\n")
    svc = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"
    (tmp_path / "templates" / "a.k8s.yaml").write_text(
        svc + "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dash\n  namespace: m\n"
        "data:\n  d.json: '{\"legend\": \"{{instance}}\"}'\n")
    (tmp_path / "templates" / "b.k8s.yaml").write_text(svc + "---\nkind: Namespace\n")
    assert helm_problems(tmp_path, {"Namespace"}) == [
        "Chart.yaml: apiVersion 'v1' is not v2",
        "Chart.yaml: name 'Home_Lab' is not a chart name",
        "Chart.yaml: version '1.0' is not SemVer 2",
        "a.k8s.yaml:12: Go-template delimiters; Helm would execute them",
        "a.k8s.yaml: namespaced Service web has no namespace",
        "b.k8s.yaml: Service web also in a.k8s.yaml",
        "b.k8s.yaml: namespaced Service web has no namespace",
        "b.k8s.yaml: a document without apiVersion/kind/metadata.name",
    ]
