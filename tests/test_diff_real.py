"""``python -m homelab_constructs diff`` comparing by meaning, and a real repository's files
against what a program wrote (``--real``): each option on small hand-written directories (on
the command line and from Python), then the bad input, each one line on stderr and exit 2."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from homelab_constructs.tools.diff import compare, main
from homelab_constructs.tools.meaning import API_DEFAULTS, UNORDERED, Meaning, normalize, read_crds
from homelab_constructs.tools.reading import HandRendered, load_dir
from homelab_constructs.tools.real import compare_real, install_object, render_real_text

import pytest
import yaml
from conftest import ROOT, crds_dir, run_standalone, user_env

GW = "gateway.networking.k8s.io/v1"
MANAGED = {"app.kubernetes.io/managed-by": "homelab-constructs"}


def obj(kind: str, name: str, namespace: str | None = None, api_version: str = "v1", **fields: Any) -> dict:
    metadata: dict[str, Any] = {"name": name}
    if namespace:
        metadata["namespace"] = namespace
    metadata.update(fields.pop("metadata", {}))
    return {"apiVersion": api_version, "kind": kind, "metadata": metadata, **fields}


def write(root: Path, files: dict[str, list[dict] | str]) -> Path:
    """A directory of manifests: relative file path -> its objects (or its text)."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = content if isinstance(content, str) else yaml.safe_dump_all(content, sort_keys=False)
        path.write_text(text, encoding="utf-8")
    root.mkdir(parents=True, exist_ok=True)
    return root


def run(capsys, *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def same(capsys, old: Path, new: Path, *options: str) -> bool:
    """Whether ``diff OLD NEW --format text`` with ``options`` finds no difference."""
    code, out, err = run(capsys, old, new, "--format", "text", *options)
    assert err == "" and code in (0, 1), err
    return code == 0


def service(spec: dict, **metadata: Any) -> dict:
    return obj("Service", "web", "shop", spec=spec, metadata=metadata)


# ---- where an object without a namespace sits


def test_namespace_from_folder(capsys, tmp_path):
    """A Flux tree ``<cluster>/<namespace>/<app>/``: the second folder names the namespace of
    the objects without one; a cluster-scoped kind gets none; an object with one keeps it."""
    old = write(tmp_path / "old", {"main/shop/web/app.yaml": [
        obj("Service", "web", spec={"ports": [{"port": 80}]}), obj("Namespace", "shop"),
        obj("ClusterIssuer", "ca", api_version="cert-manager.io/v1"),
        obj("ConfigMap", "elsewhere", "other")]})
    new = write(tmp_path / "new", {"a.yaml": [
        obj("Service", "web", "shop", spec={"ports": [{"port": 80}]}), obj("Namespace", "shop"),
        obj("ClusterIssuer", "ca", api_version="cert-manager.io/v1"), obj("ConfigMap", "elsewhere", "other")]})
    assert same(capsys, old, new, "--namespace-from-folder", "2")
    assert run(capsys, old, new, "--format", "text")[1].splitlines()[0] == \
        "1 added, 1 removed, 0 changed (3 unchanged, 3 moved between files)"
    assert set(load_dir(old, namespace_folder=2)) == set(load_dir(new))


def test_namespace_from_folder_knows_the_crds_cluster_scoped_kinds(capsys, tmp_path):
    crd = {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
           "metadata": {"name": "widgets.example.com"},
           "spec": {"group": "example.com", "scope": "Cluster", "names": {"kind": "Widget", "plural": "widgets"},
                    "versions": [{"name": "v1", "served": True, "storage": True,
                                  "schema": {"openAPIV3Schema": {"type": "object"}}}]}}
    crds = write(tmp_path / "crds", {"widgets.yaml": [crd]})
    old = write(tmp_path / "old", {"main/shop/w.yaml": [obj("Widget", "w", api_version="example.com/v1")]})
    new = write(tmp_path / "new", {"a.yaml": [obj("Widget", "w", api_version="example.com/v1")]})
    assert not same(capsys, old, new, "--namespace-from-folder", "2")
    assert same(capsys, old, new, "--namespace-from-folder", "2", "--crds", crds)
    assert read_crds(crds).cluster_scoped == {("example.com", "Widget")}


def test_default_namespace(capsys, tmp_path):
    """Without a deep enough folder, an object takes the default namespace (``kubectl -n``)."""
    old = write(tmp_path / "old", {"app.yaml": [obj("Service", "web")], "main/deep/x/b.yaml": [obj("ConfigMap", "b")]})
    new = write(tmp_path / "new", {"a.yaml": [obj("Service", "web", "shop"), obj("ConfigMap", "b", "deep")]})
    assert same(capsys, old, new, "--namespace-from-folder", "2", "--default-namespace", "shop")
    assert not same(capsys, old, new, "--default-namespace", "shop")  # ConfigMap b is in shop, not deep
    assert set(load_dir(old, default_namespace="shop")) == {("", "Service", "shop", "web"),
                                                              ("", "ConfigMap", "shop", "b")}


# ---- defaults


def test_api_defaults_are_no_difference(capsys, tmp_path):
    old = write(tmp_path / "old", {"a.yaml": [
        service({"ports": [{"name": "http", "port": 80}], "selector": {"app": "web"}}),
        obj("HTTPRoute", "web", "shop", GW, spec={"parentRefs": [{"name": "gw", "namespace": "default"}],
                                                 "rules": [{"backendRefs": [{"name": "web", "port": 80}]}]}),
        obj("ExternalSecret", "creds", "shop", "external-secrets.io/v1",
            spec={"data": [{"secretKey": "u", "remoteRef": {"key": "k"}}]}),
        obj("CiliumNetworkPolicy", "p", "shop", "cilium.io/v2", spec={"endpointSelector": {}}),
        obj("Deployment", "d", "shop", "apps/v1", spec={"template": {"spec": {"containers": [
            {"name": "app", "image": "app:1", "livenessProbe": {"httpGet": {"port": 80}}}]}}}),
    ]})
    new = write(tmp_path / "new", {"a.yaml": [
        service({"type": "ClusterIP", "ports": [{"name": "http", "port": 80, "protocol": "TCP", "targetPort": 80}],
                 "selector": {"app": "web"}, "sessionAffinity": "None", "internalTrafficPolicy": "Cluster"}),
        obj("HTTPRoute", "web", "shop", GW, spec={
            "parentRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "gw",
                            "namespace": "default"}],
            "rules": [{"matches": [{"path": {"type": "PathPrefix", "value": "/"}}],
                       "backendRefs": [{"group": "", "kind": "Service", "name": "web", "namespace": "shop",
                                        "port": 80, "weight": 1}]}]}),
        obj("ExternalSecret", "creds", "shop", "external-secrets.io/v1", spec={
            "data": [{"secretKey": "u", "remoteRef": {"key": "k", "conversionStrategy": "Default",
                                                      "decodingStrategy": "None", "metadataPolicy": "None"}}],
            "target": {"creationPolicy": "Owner", "deletionPolicy": "Retain"}}),
        obj("CiliumNetworkPolicy", "p", "shop", "cilium.io/v2", spec={"endpointSelector": {"matchLabels": {}}}),
        obj("Deployment", "d", "shop", "apps/v1", spec={"replicas": 1, "template": {"spec": {"containers": [
            {"name": "app", "image": "app:1", "imagePullPolicy": "IfNotPresent",
             "livenessProbe": {"httpGet": {"port": 80}, "periodSeconds": 10, "timeoutSeconds": 1}}]}}}),
    ]})
    assert same(capsys, old, new, "--defaults")
    code, out, _ = run(capsys, old, new, "--format", "text")
    assert code == 1 and out.startswith("0 added, 0 removed, 5 changed")


def test_a_value_other_than_the_default_stays_a_difference(capsys, tmp_path):
    old = write(tmp_path / "old", {"a.yaml": [service({"ports": [{"port": 80}]})]})
    new = write(tmp_path / "new", {"a.yaml": [service({"type": "NodePort", "ports": [{"port": 80, "targetPort": 8080,
                                                                                        "protocol": "UDP"}]})]})
    assert run(capsys, old, new, "--format", "text", "--defaults") == (1, """\
0 added, 0 removed, 1 changed (0 unchanged)

Changed:
  Service shop/web
    spec.externalTrafficPolicy: added "Cluster"
    spec.ports[0].protocol: "TCP" → "UDP"
    spec.ports[0].targetPort: 80 → 8080
    spec.type: "ClusterIP" → "NodePort"
""", "")


def test_every_default_and_unordered_rule_names_its_source():
    assert API_DEFAULTS and all(d.source for d in API_DEFAULTS)
    assert UNORDERED and all(u.source for u in UNORDERED)


def test_crd_schema_defaults_are_no_difference(capsys, tmp_path):
    """The pinned CRDs' defaults: a TLSRoute's backendRef weight, a ScaledObject's fallback
    behavior, an EnvoyProxy's logging level; the well-known table alone does not know them."""
    old = write(tmp_path / "old", {"a.yaml": [
        obj("ScaledObject", "s", "shop", "keda.sh/v1alpha1",
            spec={"scaleTargetRef": {"name": "d"}, "fallback": {"failureThreshold": 2, "replicas": 1}}),
        obj("EnvoyProxy", "e", "shop", "gateway.envoyproxy.io/v1alpha1", spec={})]})
    new = write(tmp_path / "new", {"a.yaml": [
        obj("ScaledObject", "s", "shop", "keda.sh/v1alpha1", spec={
            "scaleTargetRef": {"name": "d"}, "fallback": {"failureThreshold": 2, "replicas": 1, "behavior": "static"}}),
        obj("EnvoyProxy", "e", "shop", "gateway.envoyproxy.io/v1alpha1", spec={"logging": {"level": {
            "default": "warn"}}})]})
    assert not same(capsys, old, new, "--defaults")
    assert same(capsys, old, new, "--crds", crds_dir())
    schemas = read_crds(crds_dir())
    filled = normalize(load_dir(old)[("keda.sh", "ScaledObject", "shop", "s")].obj, Meaning(schemas=schemas))
    assert filled["spec"]["fallback"]["behavior"] == "static"
    assert "status" not in normalize(obj("Gateway", "g", "x", GW, spec={}), Meaning(schemas=schemas))


# ---- list order


def test_order_is_no_difference_where_the_api_gives_it_none(capsys, tmp_path):
    def route(hostnames: list[str], filters: list[str]) -> dict:
        return obj("HTTPRoute", "web", "shop", GW, spec={"hostnames": hostnames, "rules": [{"filters": [
            {"type": t} for t in filters]}]})

    def policy(entities: list[str], values: list[str]) -> dict:
        return obj("CiliumNetworkPolicy", "p", "shop", "cilium.io/v2", spec={
            "endpointSelector": {"matchExpressions": [{"key": "app", "operator": "In", "values": values}]},
            "ingress": [{"fromEntities": entities}]})

    def pod(env: list[tuple[str, str]]) -> dict:
        return obj("Deployment", "d", "shop", "apps/v1", spec={"template": {"spec": {"containers": [
            {"name": "app", "env": [{"name": n, "value": v} for n, v in env]}]}}})

    old = write(tmp_path / "old", {"a.yaml": [route(["a.example", "b.example"], ["X", "Y"]),
                                              policy(["world", "cluster"], ["a", "b"]),
                                              pod([("A", "1"), ("B", "2")])]})
    new = write(tmp_path / "new", {"a.yaml": [route(["b.example", "a.example"], ["X", "Y"]),
                                              policy(["cluster", "world"], ["b", "a"]),
                                              pod([("B", "2"), ("A", "1")])]})
    assert same(capsys, old, new, "--unordered")
    assert not same(capsys, old, new)
    # a route's filters keep their order; an env that refers to itself too
    refers = write(tmp_path / "refers", {"a.yaml": [route(["a.example"], ["Y", "X"]),
                                                    pod([("B", "$(A)/x"), ("A", "1")])]})
    before = write(tmp_path / "before", {"a.yaml": [route(["a.example"], ["X", "Y"]),
                                                    pod([("A", "1"), ("B", "$(A)/x")])]})
    code, out, _ = run(capsys, before, refers, "--format", "text", "--unordered")
    assert (code, out) == (1, """\
0 added, 0 removed, 2 changed (0 unchanged)

Changed:
  Deployment shop/d
    spec.template.spec.containers[name=app].env: order ["A", "B"] → ["B", "A"]
  HTTPRoute shop/web
    spec.rules[0].filters[0].type: "X" → "Y"
    spec.rules[0].filters[1].type: "Y" → "X"
""")


# ---- the library's label


def test_the_managed_by_label_is_no_difference(capsys, tmp_path):
    old = write(tmp_path / "old", {"a.yaml": [obj("ConfigMap", "c", "shop"),
                                              obj("ConfigMap", "helm", "shop", metadata={"labels": {"team": "a"}})]})
    new = write(tmp_path / "new", {"a.yaml": [
        obj("ConfigMap", "c", "shop", metadata={"labels": dict(MANAGED)}),
        obj("ConfigMap", "helm", "shop", metadata={"labels": {"team": "a", "app.kubernetes.io/managed-by": "Helm"}})]})
    assert run(capsys, old, new, "--format", "text", "--ignore-managed-by") == (1, """\
0 added, 0 removed, 1 changed (1 unchanged)

Changed:
  ConfigMap shop/helm
    metadata.labels["app.kubernetes.io/managed-by"]: added "Helm"
""", "")
    selector = obj("Service", "s", "shop", spec={"selector": dict(MANAGED)})
    assert normalize(selector, Meaning(managed_by=True))["spec"]["selector"] == MANAGED  # only labels, not selectors


# ---- an embedded JSON document


def test_a_json_document_in_a_string_is_compared_as_data(capsys, tmp_path):
    def nad(config: str) -> dict:
        return obj("NetworkAttachmentDefinition", "iot", "net", "k8s.cni.cncf.io/v1", spec={"config": config})

    pretty = '{\n  "cniVersion": "0.3.1",\n  "plugins": [{"type": "macvlan", "master": "eth3"}]\n}\n'
    old = write(tmp_path / "old", {"a.yaml": [nad(pretty)]})
    new = write(tmp_path / "new", {"a.yaml": [nad('{"plugins":[{"master":"eth3","type":"macvlan"}],"cniVersion":"0.3.1"}')]})
    other = write(tmp_path / "other", {"a.yaml": [nad('{"plugins":[{"master":"eth4","type":"macvlan"}],'
                                                      '"cniVersion":"0.3.1"}')]})
    assert same(capsys, old, new, "--embedded-json")
    assert not same(capsys, old, new)
    assert run(capsys, old, other, "--format", "text", "--embedded-json")[1].splitlines()[3:] == [
        "  NetworkAttachmentDefinition net/iot", '    spec.config.plugins[0].master: "eth3" → "eth4"']


# ---- hand-rendered files

RENDERED_ONLY = """\
# HAND-RENDERED, not a file of the repo: what a chart would render.
# Only the fields that come from the values are written.
"""


def test_a_hand_rendered_object_is_compared_on_the_fields_it_writes(capsys, tmp_path):
    real = obj("Deployment", "d", "shop", "apps/v1", spec={"template": {"spec": {"containers": [
        {"name": "app", "image": "app:1", "env": [{"name": "A", "value": "1"}]}]}}})
    written = obj("Deployment", "d", "shop", "apps/v1", metadata={"labels": {"team": "a"}}, spec={
        "replicas": 2, "template": {"spec": {"securityContext": {"fsGroup": 1}, "containers": [
            {"name": "app", "image": "app:2", "ports": [{"containerPort": 80}],
             "env": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}]}]}}})
    old = write(tmp_path / "old", {"d.yaml": RENDERED_ONLY + yaml.safe_dump(real)})
    new = write(tmp_path / "new", {"d.yaml": [written]})
    assert run(capsys, old, new, "--format", "text", "--hand-rendered") == (1, """\
0 added, 0 removed, 1 changed (0 unchanged)

Changed:
  Deployment shop/d
    spec.template.spec.containers[name=app].env[name=B]: added {"name": "B", "value": "2"}
    spec.template.spec.containers[name=app].image: "app:1" → "app:2"
""", "")
    assert run(capsys, old, new, "--format", "text")[1].count("\n    ") == 6  # without it: every field
    assert load_dir(old, hand_rendered=True)[("apps", "Deployment", "shop", "d")].hand_rendered == \
        HandRendered(written_only=True)


def test_a_hand_rendered_header_may_name_the_fields_compared(capsys, tmp_path):
    header = "# Rendered by hand from the chart's values.\n# Compared on: spec.ports, metadata.labels\n"
    old = write(tmp_path / "old", {"s.yaml": header + yaml.safe_dump(
        service({"ports": [{"port": 80}], "selector": {"x": "1"}}, labels={"a": "1"}))})
    new = write(tmp_path / "new", {"s.yaml": [service({"ports": [{"port": 81}], "selector": {"y": "2"}},
                                                      labels={"a": "2"})]})
    assert run(capsys, old, new, "--format", "text", "--hand-rendered") == (1, """\
0 added, 0 removed, 1 changed (0 unchanged)

Changed:
  Service shop/web
    metadata.labels.a: "1" → "2"
    spec.ports[0].port: 80 → 81
""", "")


def test_a_hand_rendered_header_without_fields_compares_every_field(capsys, tmp_path):
    header = "# RENDERED by hand: the HTTPRoute a chart renders (chart-added labels left out).\n"
    old = write(tmp_path / "old", {"r.yaml": header + yaml.safe_dump(obj("ConfigMap", "c", "shop", data={"a": "1"}))})
    new = write(tmp_path / "new", {"r.yaml": [obj("ConfigMap", "c", "shop", data={"a": "1", "b": "2"})]})
    assert load_dir(old, hand_rendered=True)[("", "ConfigMap", "shop", "c")].hand_rendered == HandRendered()
    assert not same(capsys, old, new, "--hand-rendered")


def test_meaning_is_every_rule_at_once(capsys, tmp_path):
    """``--meaning``: defaults, order, the library's label, an embedded JSON document and a
    hand-rendered header together; each alone leaves the others' differences."""
    old = write(tmp_path / "old", {
        "r.yaml": [obj("HTTPRoute", "web", "shop", GW, spec={"hostnames": ["a.example", "b.example"]})],
        "n.yaml": [obj("NetworkAttachmentDefinition", "n", "shop", "k8s.cni.cncf.io/v1", spec={"config": '{"a": 1}'})],
        "d.yaml": RENDERED_ONLY + yaml.safe_dump(obj("ConfigMap", "c", "shop", data={"a": "1"}))})
    new = write(tmp_path / "new", {"a.yaml": [
        obj("HTTPRoute", "web", "shop", GW, metadata={"labels": dict(MANAGED)},
            spec={"hostnames": ["b.example", "a.example"], "rules": [{"matches": [{"path": {
                "type": "PathPrefix", "value": "/"}}]}]}),
        obj("NetworkAttachmentDefinition", "n", "shop", "k8s.cni.cncf.io/v1", spec={"config": '{"a":1}'}),
        obj("ConfigMap", "c", "shop", data={"a": "1", "b": "2"})]})
    assert same(capsys, old, new, "--meaning")
    for alone in ("--defaults", "--unordered", "--ignore-managed-by", "--embedded-json", "--hand-rendered"):
        assert not same(capsys, old, new, alone)
    assert same(capsys, old, new, "--defaults", "--unordered", "--ignore-managed-by", "--embedded-json",
                "--hand-rendered")


# ---- YAML 1.2


def test_yaml12_reads_no_as_a_string(capsys, tmp_path):
    old = write(tmp_path / "old", {"pool.yaml": "apiVersion: cilium.io/v2\nkind: CiliumLoadBalancerIPPool\n"
                                                "metadata: {name: pool}\nspec: {allowFirstLastIPs: No, disabled: false}\n"})
    new = write(tmp_path / "new", {"pool.yaml": [obj("CiliumLoadBalancerIPPool", "pool", api_version="cilium.io/v2",
                                                     spec={"allowFirstLastIPs": "No", "disabled": False})]})
    assert same(capsys, old, new, "--yaml12")
    assert run(capsys, old, new, "--format", "text")[1].splitlines()[-1] == '    spec.allowFirstLastIPs: false → "No"'


def test_an_anchor_defined_again_is_read_as_kubernetes_tools_read_it(capsys, tmp_path):
    text = ("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: &n first}\n"
            "data:\n  a: *n\n  b: &n second\n  c: *n\n")
    old = write(tmp_path / "old", {"a.yaml": text})
    new = write(tmp_path / "new", {"a.yaml": [obj("ConfigMap", "first", data={"a": "first", "b": "second",
                                                                              "c": "second"})]})
    assert same(capsys, old, new)
    assert same(capsys, old, new, "--yaml12")


# ---- a real repository's files against what a program wrote

REAL_INSTALL = """\
# PSEUDO-OBJECT: the flags of `cilium install`, as the values they mean.
apiVersion: pseudo.real-repos/v1
kind: CiliumInstall
metadata:
  name: cilium
  namespace: kube-system
spec:
  version: 1.19.1
  values:
    gatewayAPI:
      enabled: true
    k8sServiceHost: 192.168.10.50
    k8sServicePort: 6443
"""


@pytest.fixture
def repo(tmp_path: Path) -> tuple[Path, Path]:
    """Real files (``.yml`` and ``.yaml``, one hand-rendered) and a program's output with one
    object matched, one different, one missing and one only it writes."""
    real = write(tmp_path / "real", {
        "gateway/route.yml": [obj("HTTPRoute", "web", "shop", GW, spec={"hostnames": ["a.example", "b.example"]})],
        "apps/svc.yaml": RENDERED_ONLY + yaml.safe_dump(service({"ports": [{"name": "http", "port": 80}]})),
        "apps/gone.yaml": [obj("ConfigMap", "gone", "shop")],
        "cilium/install.yml": REAL_INSTALL,
    })
    written = write(tmp_path / "written", {"a.k8s.yaml": [
        obj("HTTPRoute", "web", "shop", GW, metadata={"labels": dict(MANAGED)},
            spec={"hostnames": ["b.example", "a.example"]}),
        service({"ports": [{"name": "http", "port": 8080, "protocol": "TCP"}], "selector": {"app": "web"}}),
        obj("ConfigMap", "gone", "other"),
        obj("ConfigMap", "extra", "shop")]})
    return real, written


INSTALL = "cilium install --version 1.19.1 --set gatewayAPI.enabled=true --set k8sServiceHost=192.168.10.10 " \
          "--set k8sServicePort=6443"


def test_real_reports_each_real_object_matched_missing_or_different(capsys, repo):
    assert run(capsys, *repo, "--real", "--format", "text", "--install-command", INSTALL) == (1, """\
1 of 4 real objects matched, 1 missing, 2 different

Missing (real, not written):
  ConfigMap shop/gone (apps/gone.yaml)
    written as ConfigMap other/gone instead

Different (real → written; added: only written, removed: only real):
  CiliumInstall kube-system/cilium (cilium/install.yml)
    spec.values.k8sServiceHost: "192.168.10.50" → "192.168.10.10"
  Service shop/web (apps/svc.yaml, hand-rendered, compared on the fields it writes)
    spec.ports[name=http].port: 80 → 8080
    spec.ports[name=http].targetPort: 80 → 8080

Matched:
  HTTPRoute shop/web (gateway/route.yml)
""", "")


def test_real_in_markdown_and_all_matched_exits_0(capsys, repo, tmp_path):
    real, _ = repo
    written = write(tmp_path / "same", {"a.yaml": [obj("HTTPRoute", "web", "shop", GW, spec={
        "hostnames": ["a.example", "b.example"]})]})
    only_route = write(tmp_path / "only", {"route.yml": (real / "gateway/route.yml").read_text(encoding="utf-8")})
    assert run(capsys, only_route, written, "--real") == (0, """\
**1 of 1 real object matched, 0 missing, 0 different**

### Matched

- `HTTPRoute shop/web` (route.yml)
""", "")


def test_real_from_python(repo):
    real, written = repo
    report = compare_real(load_dir(real, suffixes=(".yaml", ".yml"), hand_rendered=True), load_dir(written))
    assert [(o.real.key[1], o.status) for o in report.objects] == [
        ("CiliumInstall", "missing"), ("ConfigMap", "missing"), ("HTTPRoute", "matched"), ("Service", "different")]
    assert render_real_text(report).startswith("1 of 4 real objects matched, 2 missing, 1 different\n")
    diff = compare(load_dir(real, suffixes=(".yml",)), load_dir(written), Meaning.every())
    assert [c.key[1] for c in diff.changed] == [] and len(diff.removed) == 1


def test_show_values_shows_secret_looking_values_but_never_a_secrets_data(capsys, tmp_path):
    old = write(tmp_path / "old", {"a.yaml": [
        obj("ExternalSecret", "e", "shop", "external-secrets.io/v1", spec={"secretStoreRef": {"name": "vault"}}),
        obj("Secret", "s", "shop", data={"password": "b2xk"})]})
    new = write(tmp_path / "new", {"a.yaml": [
        obj("ExternalSecret", "e", "shop", "external-secrets.io/v1", spec={"secretStoreRef": {"name": "bitwarden"}}),
        obj("Secret", "s", "shop", data={"password": "bmV3"})]})
    hidden = run(capsys, old, new, "--format", "text")[1]
    shown = run(capsys, old, new, "--format", "text", "--show-values")[1]
    assert "bitwarden" not in hidden and '"vault" → "bitwarden"' in shown
    assert "data.password: changed (value hidden)" in shown and "bmV3" not in shown
    real = run(capsys, old, new, "--real", "--format", "text", "--show-values")[1]
    assert '"vault" → "bitwarden"' in real and "bmV3" not in real


# ---- an install command as an object


def test_install_object_reads_the_flags_as_helm_does():
    command = ["cilium", "upgrade", "--version", "1.19.1", "--namespace=cilium", "--set", "a.b=true,a.c=007",
               "--set", "n=-3", "--set", "zero=0", "--set", "list={x,y}", "--set", r"esc=a\,b", "--set", "k[1].v=1",
               "--set-string", "s=true", "--set", "nothing=null", "--set", r"dotted\.key=1"]
    assert install_object(command) == {
        "apiVersion": "pseudo.real-repos/v1", "kind": "CiliumInstall",
        "metadata": {"name": "cilium", "namespace": "cilium"},
        "spec": {"version": "1.19.1", "values": {
            "a": {"b": True, "c": "007"}, "n": -3, "zero": 0, "list": ["x", "y"], "esc": "a,b",
            "k": [None, {"v": 1}], "s": "true", "nothing": None, "dotted.key": 1}}}
    assert install_object("cilium install") == {"apiVersion": "pseudo.real-repos/v1", "kind": "CiliumInstall",
                                                "metadata": {"name": "cilium", "namespace": "kube-system"},
                                                "spec": {"values": {}}}


def test_the_library_writes_flags_that_read_back_as_its_values():
    """``CiliumValues.cilium_install_command`` and ``install_object`` agree: what the library
    writes is what the comparison reads."""
    from homelab_constructs import CiliumValues

    values = CiliumValues(gateway_api=True, kube_proxy_replacement=True, k8s_service_host="192.168.10.50",
                          k8s_service_port=6443, devices=("eth+", "eno1"))
    obj = install_object(values.cilium_install_command("1.19.1", None))
    assert obj["spec"] == {"version": "1.19.1", "values": values.helm_values()}


# ---- the standard library and PyYAML only


def test_real_needs_only_the_standard_library_and_pyyaml(repo):
    result = run_standalone("tools.diff", *map(str, repo), "--real", "--format", "text", "--crds", str(crds_dir()))
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.startswith("1 of 4 real objects matched, 2 missing, 1 different\n")


# ---- bad input: exit 2, one line on stderr, nothing on stdout

USAGE = "(usage: python -m homelab_constructs diff OLD_DIR NEW_DIR [--format markdown|text] [--old-missing-ok])"
CRD_WITHOUT_SPEC = "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: x}\n"


def bad_dirs(tmp_path: Path) -> None:
    write(tmp_path / "good", {"a.yaml": [obj("Namespace", "shop")]})
    write(tmp_path / "yaml", {"a.yml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a\n"})
    write(tmp_path / "kindless", {"sub/a.yml": "apiVersion: v1\nmetadata: {name: a}\n"})
    write(tmp_path / "crds-yaml", {"c.yaml": "kind: [\n"})
    write(tmp_path / "crds-kindless", {"c.yaml": "apiVersion: v1\n"})
    write(tmp_path / "crds-broken", {"c.yaml": CRD_WITHOUT_SPEC})


@pytest.mark.parametrize("args, message", [
    (["--real", "{tmp}/absent", "{tmp}/good"], "diff: {tmp}/absent: no such directory"),
    (["--real", "{tmp}/good", "{tmp}/absent"], "diff: {tmp}/absent: no such directory"),
    (["--real", "{tmp}/yaml", "{tmp}/good"],
     "diff: {tmp}/yaml/a.yml: invalid YAML: did not find expected ',' or '}}' (line 4, column 1)"),
    (["--real", "{tmp}/kindless", "{tmp}/good"],
     "diff: {tmp}/kindless/sub/a.yml: document 1 is not a Kubernetes object (a mapping with a kind)"),
    (["--real", "--yaml12", "{tmp}/yaml", "{tmp}/good"],
     "diff: {tmp}/yaml/a.yml: invalid YAML: did not find expected ',' or '}}' (line 4, column 1)"),
    (["--crds", "{tmp}/absent", "{tmp}/good", "{tmp}/good"], "diff: {tmp}/absent: no such directory"),
    (["--crds", "{tmp}/crds-yaml", "{tmp}/good", "{tmp}/good"],
     "diff: {tmp}/crds-yaml/c.yaml: invalid YAML: did not find expected node content (line 2, column 1)"),
    (["--crds", "{tmp}/crds-kindless", "{tmp}/good", "{tmp}/good"],
     "diff: {tmp}/crds-kindless/c.yaml: document 1 is not a Kubernetes object (a mapping with a kind)"),
    (["--crds", "{tmp}/crds-broken", "{tmp}/good", "{tmp}/good"],
     "diff: {tmp}/crds-broken/c.yaml: document 1 is a CustomResourceDefinition without 'spec'"),
    (["--namespace-from-folder", "0", "{tmp}/good", "{tmp}/good"],
     "diff: --namespace-from-folder is a folder depth, 1 or more (got 0) " + USAGE),
    (["--namespace-from-folder", "two", "{tmp}/good", "{tmp}/good"],
     "diff: argument --namespace-from-folder: invalid int value: 'two' " + USAGE),
    (["--real", "--old-missing-ok", "{tmp}/good", "{tmp}/good"],
     "diff: --old-missing-ok does not go with --real (the real files must exist) " + USAGE),
    (["--install-command", "helm install cilium cilium/cilium", "{tmp}/good", "{tmp}/good"],
     "diff: --install-command 'helm install cilium cilium/cilium': not a `cilium install` or `cilium upgrade` "
     "command"),
    (["--install-command", "cilium install --wait", "{tmp}/good", "{tmp}/good"],
     "diff: --install-command 'cilium install --wait': cannot compare the option --wait (only --version, "
     "--namespace, --set and --set-string)"),
    (["--install-command", "cilium install --set a.b", "{tmp}/good", "{tmp}/good"],
     "diff: --install-command 'cilium install --set a.b': cannot read --set a.b ('a.b' has no '=')"),
    (["--install-command", "cilium install --set l={{a,b", "{tmp}/good", "{tmp}/good"],
     "diff: --install-command 'cilium install --set l={{a,b': cannot read --set l={{a,b (a list in 'l={{a,b' has "
     "no closing '}}')"),
    (["--install-command", "cilium install --version", "{tmp}/good", "{tmp}/good"],
     "diff: --install-command 'cilium install --version': --version has no value"),
    (["--install-command", "cilium install 'x", "{tmp}/good", "{tmp}/good"],
     "diff: --install-command \"cilium install 'x\": not a command line (No closing quotation)"),
])
def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path, args, message):
    bad_dirs(tmp_path)
    code, out, err = run(capsys, *(a.format(tmp=tmp_path) for a in args))
    assert (code, out, err) == (2, "", message.format(tmp=tmp_path) + "\n")


def test_the_command_fails_without_a_traceback(tmp_path):
    bad_dirs(tmp_path)
    for real, message in [
        (tmp_path / "absent", f"diff: {tmp_path}/absent: no such directory\n"),
        (tmp_path / "yaml", f"diff: {tmp_path}/yaml/a.yml: invalid YAML: did not find expected ',' or '}}' "
                            "(line 4, column 1)\n"),
        (tmp_path / "kindless", f"diff: {tmp_path}/kindless/sub/a.yml: document 1 is not a Kubernetes object "
                                "(a mapping with a kind)\n"),
    ]:
        result = subprocess.run([sys.executable, "-m", "homelab_constructs", "diff", "--real", str(real),
                                 str(tmp_path / "good")], cwd=ROOT, env=user_env(), capture_output=True, text=True,
                                timeout=300)
        assert (result.returncode, result.stdout, result.stderr) == (2, "", message)
