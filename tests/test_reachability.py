"""Reachability: the evaluator's Cilium semantics on small hand-written policies, then the
default homelab's policies, table-driven, the committed matrix in docs/, and the command
``python -m homelab_constructs reachability``."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from homelab_constructs.tools.bundle_model import (
    APISERVER,
    GATEWAY,
    GRAFANA_COM,
    KUBE_DNS,
    LAN,
    NAS,
    WORLD,
    homelab_model,
    model,
    ordinary_pod,
)
from homelab_constructs.tools.policy_reader import Outside, Pod, Unsupported
from homelab_constructs.tools.policy_verdict import Cluster
from homelab_constructs.tools.reachability import evaluate, homelab_cases, load_manifests, render_markdown

import pytest
import yaml
from conftest import ROOT, run_standalone, user_env

DOC = ROOT / "docs" / "reachability.md"
#: how docs/reachability.md is made (after `make synth` wrote the default homelab to dist/)
DOC_COMMAND = "python -m homelab_constructs reachability dist --markdown --output docs/reachability.md"

# ---- the evaluator itself


def cnp(name, namespace, **spec):
    return {"apiVersion": "cilium.io/v2", "kind": "CiliumNetworkPolicy",
            "metadata": {"name": name, "namespace": namespace}, "spec": spec}


WEB = Pod.of("a", {"app": "web"})
DB = Pod.of("a", {"app": "db"})
OTHER = Pod.of("b", {"app": "web"})


def test_no_policy_means_open():
    assert Cluster([]).allowed(WEB, DB, 5432)


def test_selected_pod_enters_default_deny_for_the_directions_with_rules():
    only_ingress = cnp("p", "a", endpointSelector={"matchLabels": {"app": "db"}},
                       ingress=[{"fromEndpoints": [{"matchLabels": {"app": "web"}}],
                                 "toPorts": [{"ports": [{"port": "5432", "protocol": "TCP"}]}]}])
    c = Cluster([only_ingress])
    assert c.allowed(WEB, DB, 5432)
    assert not c.allowed(WEB, DB, 22)
    assert not c.allowed(WEB, DB, 5432, "UDP")
    assert c.allowed(DB, WORLD, 443)  # egress has no rules: still open
    assert c.allowed(WORLD, WEB, 80)  # web is not selected


def test_enable_default_deny_false_does_not_isolate():
    allow = cnp("p", "a", endpointSelector={"matchLabels": {"app": "db"}},
                enableDefaultDeny={"ingress": False, "egress": False},
                ingress=[{"fromEntities": ["ingress"], "toPorts": [{"ports": [{"port": "80"}]}]}])
    assert Cluster([allow]).allowed(WORLD, DB, 5432)
    deny_all = cnp("d", "a", endpointSelector={}, enableDefaultDeny={"ingress": True, "egress": True})
    c = Cluster([allow, deny_all])
    assert not c.allowed(WORLD, DB, 5432)
    assert c.allowed(GATEWAY, DB, 80)


def test_selectors_without_namespace_stay_in_the_policy_namespace():
    p = cnp("p", "a", endpointSelector={}, ingress=[{"fromEndpoints": [{"matchLabels": {"app": "web"}}]}])
    c = Cluster([p])
    assert c.allowed(WEB, DB, 1)
    assert not c.allowed(OTHER, DB, 1)
    p2 = cnp("p", "a", endpointSelector={}, ingress=[{"fromEndpoints": [{"matchLabels": {
        "app": "web", "k8s:io.kubernetes.pod.namespace": "b"}}]}])
    assert Cluster([p2]).allowed(OTHER, DB, 1)
    assert not Cluster([p2]).allowed(WEB, DB, 1)


def test_deny_wins_over_allow():
    p = cnp("p", "a", endpointSelector={}, egress=[{"toEntities": ["world"]}],
            egressDeny=[{"toCIDRSet": [{"cidr": "203.0.113.0/24"}]}])
    c = Cluster([p])
    assert c.verdict(WEB, WORLD, 443).reason == "denied by a/p (egressDeny)"
    assert c.allowed(WEB, Outside("world", ip="198.51.100.1"), 443)


def test_cidr_except_and_entities():
    p = cnp("p", "a", endpointSelector={}, egress=[{"toCIDRSet": [{"cidr": "192.168.10.0/24",
                                                                   "except": ["192.168.10.5/32"]}]}])
    c = Cluster([p])
    assert c.allowed(WEB, LAN, 80)
    assert not c.allowed(WEB, NAS, 2049)
    assert not c.allowed(WEB, DB, 80)  # CIDRs never select pods
    cluster = Cluster([cnp("p", "a", endpointSelector={}, egress=[{"toEntities": ["cluster"]}])])
    assert cluster.allowed(WEB, OTHER, 80) and cluster.allowed(WEB, APISERVER, 443)
    assert not cluster.allowed(WEB, WORLD, 443)


def test_fqdn_needs_the_dns_proxy_rule():
    fqdn = {"toFQDNs": [{"matchPattern": "*.com"}], "toPorts": [{"ports": [{"port": "443", "protocol": "TCP"}]}]}
    dns = {"toEndpoints": [{"matchLabels": {"k8s:io.kubernetes.pod.namespace": "kube-system", "k8s:k8s-app": "kube-dns"}}],
           "toPorts": [{"ports": [{"port": "53", "protocol": "ANY"}], "rules": {"dns": [{"matchPattern": "*"}]}}]}
    without = Cluster([cnp("p", "a", endpointSelector={}, egress=[fqdn])])
    assert not without.allowed(WEB, GRAFANA_COM, 443)
    with_dns = Cluster([cnp("p", "a", endpointSelector={}, egress=[fqdn, dns])])
    assert with_dns.allowed(WEB, GRAFANA_COM, 443)
    assert with_dns.allowed(WEB, KUBE_DNS, 53, "UDP")
    assert not with_dns.allowed(WEB, Outside("world", ip="1.1.1.1", fqdn="a.b.net"), 443)
    assert not with_dns.allowed(WEB, Outside("world", ip="1.1.1.1", fqdn="x.grafana.com"), 443)  # '*' is one label


def test_match_expressions():
    p = cnp("p", "a", endpointSelector={"matchExpressions": [{"key": "app", "operator": "In", "values": ["db"]}]},
            ingress=[{"fromEndpoints": [{"matchExpressions": [{"key": "app", "operator": "NotIn", "values": ["db"]}]}]}])
    c = Cluster([p])
    assert c.allowed(WEB, DB, 1)
    assert not c.allowed(Pod.of("a", {"app": "db"}, "db2"), DB, 1)


@pytest.mark.parametrize("spec", [
    {"endpointSelector": {}, "egress": [{"toServices": [{"k8sService": {"serviceName": "x", "namespace": "y"}}]}]},
    {"endpointSelector": {}, "ingress": [{"toPorts": [{"ports": [{"port": "80"}], "rules": {"http": [{}]}}]}]},
    {"nodeSelector": {}},
])
def test_unknown_fields_are_refused(spec):
    with pytest.raises(Unsupported):
        c = Cluster([cnp("p", "a", **spec)])
        c.allowed(WEB, DB, 80)


# ---- the default homelab, table-driven

@pytest.fixture(scope="module")
def homelab(default_homelab):
    apps, policies, routed = homelab_model(default_homelab.all())
    return apps, Cluster(policies), routed


def pod(homelab, name):
    return homelab[0][name][0]


def port(homelab, name):
    return homelab[0][name][1]


APPS = ["alertmanager", "auth", "bazarr", "grafana", "home", "jellyfin", "openclaw", "prometheus", "prowlarr",
        "qbit", "radarr", "seerr", "sonarr", "status", "tdarr", "vault"]


def test_model_has_every_app(homelab):
    assert sorted(homelab[0]) == APPS
    assert homelab[2] == APPS  # all routed


@pytest.mark.parametrize("app", APPS)
def test_world_to_any_app_denied(homelab, app):
    _, cluster, _ = homelab
    for p in (port(homelab, app), 22, 8080):
        assert not cluster.allowed(WORLD, pod(homelab, app), p)


@pytest.mark.parametrize("app", APPS)
def test_gateway_reaches_the_backend_port_only(homelab, app):
    _, cluster, _ = homelab
    assert cluster.allowed(GATEWAY, pod(homelab, app), port(homelab, app))
    assert not cluster.allowed(GATEWAY, pod(homelab, app), port(homelab, app) + 1)
    assert not cluster.allowed(GATEWAY, pod(homelab, app), 22)
    assert not cluster.allowed(GATEWAY, ordinary_pod(pod(homelab, app).namespace), port(homelab, app))


@pytest.mark.parametrize("app", [a for a in APPS if a not in ("grafana", "prometheus", "alertmanager")])
def test_monitoring_scrapes_metrics_port(homelab, app):
    _, cluster, _ = homelab
    assert cluster.allowed(pod(homelab, "prometheus"), pod(homelab, app), port(homelab, app))
    assert not cluster.allowed(pod(homelab, "prometheus"), pod(homelab, app), 22)
    assert not cluster.allowed(pod(homelab, "grafana"), pod(homelab, app), port(homelab, app))


@pytest.mark.parametrize("app", APPS)
def test_any_pod_reaches_kube_dns(homelab, app):
    _, cluster, _ = homelab
    for src in (pod(homelab, app), ordinary_pod(pod(homelab, app).namespace)):
        assert cluster.allowed(src, KUBE_DNS, 53, "UDP") and cluster.allowed(src, KUBE_DNS, 53, "TCP")
        assert not cluster.allowed(src, KUBE_DNS, 80)


CROSS_ALLOWED = {("sonarr", "qbit"), ("radarr", "qbit")}


@pytest.mark.parametrize("src", APPS)
def test_namespaces_are_isolated_unless_allowed(homelab, src):
    _, cluster, _ = homelab
    for dst in APPS:
        a, b = pod(homelab, src), pod(homelab, dst)
        expected = a.namespace == b.namespace or (src, dst) in CROSS_ALLOWED or (
            src == "prometheus")  # scraping on the backend port, the default metrics port
        assert cluster.allowed(a, b, port(homelab, dst)) == expected, (src, dst)


@pytest.mark.parametrize("app", [a for a in APPS if a != "qbit"])
def test_ordinary_pods_do_not_reach_the_world_on_any_port(homelab, app):
    _, cluster, _ = homelab
    for p in (80, 6881, 51413):
        assert not cluster.allowed(pod(homelab, app), WORLD, p)
        assert not cluster.allowed(pod(homelab, app), WORLD, p, "UDP")


def test_vpn_pod_reaches_the_world_on_any_port(homelab):
    _, cluster, _ = homelab
    vpn = pod(homelab, "qbit")
    for p, proto in ((51413, "TCP"), (51413, "UDP"), (1198, "UDP"), (443, "TCP")):
        assert cluster.allowed(vpn, WORLD, p, proto)
    assert not cluster.allowed(ordinary_pod("downloads"), WORLD, 443)  # nothing else in its namespace
    assert not cluster.allowed(ordinary_pod("downloads"), WORLD, 51413, "UDP")


def test_intents_of_the_default_homelab(homelab):
    _, cluster, _ = homelab
    assert cluster.allowed(pod(homelab, "sonarr"), WORLD, 443)
    assert not cluster.allowed(pod(homelab, "home"), WORLD, 443)
    assert cluster.allowed(pod(homelab, "prometheus"), APISERVER, 6443)
    assert not cluster.allowed(pod(homelab, "grafana"), APISERVER, 6443)
    assert cluster.allowed(pod(homelab, "grafana"), GRAFANA_COM, 443)
    assert not cluster.allowed(pod(homelab, "prometheus"), GRAFANA_COM, 443)
    assert cluster.allowed(LAN, pod(homelab, "jellyfin"), 8096)
    assert not cluster.allowed(LAN, pod(homelab, "sonarr"), 8989)


# ---- the matrix in docs/

def test_matrix_doc_is_current(default_homelab):
    expected = render_markdown(load_manifests(default_homelab.outdir), DOC_COMMAND)
    assert expected == render_markdown(default_homelab.all(), DOC_COMMAND)
    assert DOC.read_text(encoding="utf-8") == expected, \
        f"docs/reachability.md is out of date: synthesize the default homelab into dist/ and run `{DOC_COMMAND}`"


def test_matrix_rows_agree_with_the_table(default_homelab, homelab):
    cases = homelab_cases(default_homelab.all())
    rows = [line for line in DOC.read_text(encoding="utf-8").splitlines()
            if line.startswith("| ") and not line.startswith("| From")]
    assert len(rows) == len(cases) == 176
    by_section = {}
    for case, row in zip(cases, rows, strict=True):
        by_section.setdefault(case.section, []).append(row.split(" | ")[3])
    assert set(by_section["From the gateway"][0::2]) == {"allowed"}
    assert set(by_section["From the gateway"][1::2]) == {"denied"}
    assert by_section["From outside the cluster"].count("allowed") == 1  # the LAN to Jellyfin's LoadBalancer


# ---- what the evaluator refuses: the policy and the field, when the Cluster is built

@pytest.mark.parametrize("spec, field", [
    ({"endpointSelector": {}, "egress": [{"toServices": [{"k8sService": {"serviceName": "x", "namespace": "y"}}]}]},
     "spec.egress[0].toServices"),
    ({"endpointSelector": {}, "ingress": [{"toPorts": [{"ports": [{"port": "80"}], "rules": {"http": [{}]}}]}]},
     "spec.ingress[0].toPorts[0].rules.http"),
    ({"nodeSelector": {}}, "spec.nodeSelector"),
    ({"endpointSelector": {}, "ingress": [{"toPorts": [{"ports": [{"port": "http"}]}]}]},
     "spec.ingress[0].toPorts[0].ports[0].port = 'http' (only port numbers are modelled)"),
    ({"endpointSelector": {}, "egress": [{}, {"toEntities": ["cluster", "everywhere"]}]},
     "spec.egress[1].toEntities[1] = 'everywhere'"),
    ({"endpointSelector": {"matchExpressions": [{"key": "app", "operator": "Gt", "values": ["1"]}]}},
     "spec.endpointSelector.matchExpressions[0].operator = 'Gt'"),
    ({"endpointSelector": {}, "egress": [{"toCIDRSet": [{"cidrGroupRef": "lan"}]}]},
     "spec.egress[0].toCIDRSet[0].cidrGroupRef"),
])
def test_unsupported_names_the_policy_and_the_field(spec, field):
    with pytest.raises(Unsupported) as err:
        Cluster([cnp("p", "a", **spec)])
    assert (err.value.policy, err.value.what) == ("a/p", field)


def test_other_policy_kinds_are_refused():
    netpol = {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
              "metadata": {"name": "np", "namespace": "a"}, "spec": {"podSelector": {}}}
    with pytest.raises(Unsupported) as err:
        Cluster([netpol])
    assert (err.value.policy, err.value.what) == ("a/np", "kind NetworkPolicy")


# ---- any bundle: the questions come from what it contains

def _obj(kind, name, namespace, spec=None, api="v1", **meta):
    o = {"apiVersion": api, "kind": kind, "metadata": {"name": name, "namespace": namespace, **meta}}
    return {**o, "spec": spec} if spec is not None else o


HERE = {"k8s:io.kubernetes.pod.namespace": "shop"}
#: two apps, none of the default homelab's: shop/web behind an Envoy Gateway (named target
#: port, pod template with more labels than the selector), db/postgres without a workload
SHOP = [
    {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}},
    _obj("Deployment", "web", "shop", {"selector": {"matchLabels": {"app": "web"}}, "template": {
        "metadata": {"labels": {"app": "web", "tier": "front"}},
        "spec": {"containers": [{"name": "web", "image": "nginx", "ports": [{"name": "http", "containerPort": 8080}]}]}}},
        api="apps/v1"),
    _obj("Service", "web", "shop", {"selector": {"app": "web"}, "ports": [{"port": 80, "targetPort": "http"}]}),
    _obj("Service", "postgres", "db", {"selector": {"app": "postgres"}, "ports": [{"port": 5432}]}),
    _obj("Gateway", "public", "edge", {"gatewayClassName": "envoy", "listeners": []}, api="gateway.networking.k8s.io/v1"),
    _obj("HTTPRoute", "web", "shop", {"parentRefs": [{"name": "public", "namespace": "edge"}],
                                      "rules": [{"backendRefs": [{"name": "web", "port": 80}]}]},
         api="gateway.networking.k8s.io/v1"),
    cnp("default-deny", "shop", endpointSelector={}, enableDefaultDeny={"ingress": True, "egress": True},
        ingress=[{"fromEndpoints": [{"matchLabels": HERE}]}], egress=[{"toEndpoints": [{"matchLabels": HERE}]}]),
    cnp("allow-gateway", "shop", endpointSelector={"matchLabels": {"app": "web"}},
        ingress=[{"fromEndpoints": [{"matchLabels": {"k8s:io.kubernetes.pod.namespace": "edge",
                                                     "gateway.envoyproxy.io/owning-gateway-name": "public"}}],
                  "toPorts": [{"ports": [{"port": "8080", "protocol": "TCP"}]}]}]),
    cnp("allow-lan", "shop", endpointSelector={"matchLabels": {"app": "web"}},
        ingress=[{"fromCIDR": ["10.0.0.0/24"], "toPorts": [{"ports": [{"port": "8080"}]}]}]),
]


def test_any_bundle_gets_its_own_questions():
    m = model(SHOP)
    assert sorted(m.apps) == ["postgres", "web"]
    web, port = m.apps["web"]
    assert (web.label_map()["tier"], port) == ("front", 8080)  # template labels, named port resolved
    proxy = Pod.of("edge", {"gateway.envoyproxy.io/owning-gateway-name": "public",
                            "gateway.envoyproxy.io/owning-gateway-namespace": "edge"}, "gateway edge/public (proxy pods)")
    assert m.routes == {"web": [proxy]}
    rows = {(r.case.section, r.case.src.name, r.case.dst.name, r.case.port, r.case.protocol): r.verdict.allowed
            for r in evaluate(SHOP).rows}
    assert {s for s, *_ in rows} == {"From outside the cluster", "From the gateway", "DNS", "Between namespaces",
                                     "To the world"}  # none of the default homelab's own questions
    assert rows[("From outside the cluster", "LAN client 10.0.0.50", "shop/web", 8080, "TCP")]
    assert not rows[("From outside the cluster", "internet client 203.0.113.7", "shop/web", 8080, "TCP")]
    assert rows[("From outside the cluster", "internet client 203.0.113.7", "db/postgres", 5432, "TCP")]  # no policy
    assert rows[("From the gateway", "gateway edge/public (proxy pods)", "shop/web", 8080, "TCP")]
    assert not rows[("From the gateway", "gateway edge/public (proxy pods)", "shop/web", 22, "TCP")]
    assert not rows[("DNS", "shop/debug (no grants)", "kube-system/kube-dns", 53, "UDP")]  # this bundle allows no DNS
    assert rows[("DNS", "db/debug (no grants)", "kube-system/kube-dns", 53, "UDP")]
    assert not rows[("Between namespaces", "db/postgres", "shop/web", 8080, "TCP")]
    assert not rows[("Between namespaces", "shop/web", "db/postgres", 5432, "TCP")]
    assert len(rows) == 2 * 2 + 2 + 2 * 2 + 2 + 2  # outside (world, LAN), gateway, DNS, across, world


# ---- the command line: python -m homelab_constructs reachability

def reachability(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "homelab_constructs", "reachability", *map(str, args)],
                          cwd=ROOT, env=user_env(), capture_output=True, text=True, timeout=300)


def fails(result: subprocess.CompletedProcess, code: int, message: str) -> None:
    assert "Traceback" not in result.stderr
    assert (result.returncode, result.stderr, result.stdout) == (code, message + "\n", "")


def table_rows(text: str) -> set[str]:
    return {" ".join(line.split()) for line in text.splitlines() if line.startswith("  ")}


def test_cli_prints_the_table_of_the_default_homelab(default_homelab):
    result = reachability(default_homelab.outdir)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("176 connections under 41 policies: ")
    rows = table_rows(result.stdout)
    assert "LAN client 192.168.10.50 media/jellyfin 8096/TCP allowed ingress allowed by media/allow-lan" in rows
    assert ("internet client 203.0.113.7 media/jellyfin 8096/TCP denied ingress default deny (media/default-deny)"
            in rows)
    assert "media/prowlarr downloads/qbit 8080/TCP denied egress default deny (media/default-deny)" in rows


def test_cli_writes_the_markdown_matrix(default_homelab, tmp_path):
    out = tmp_path / "reachability.md"
    result = reachability(default_homelab.outdir, "--markdown", "--output", out)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    command = f"python -m homelab_constructs reachability {default_homelab.outdir} --markdown --output {out}"
    written = out.read_text(encoding="utf-8")
    assert written == render_markdown(default_homelab.all(), command)
    assert written.replace(command, DOC_COMMAND) == DOC.read_text(encoding="utf-8")


def test_cli_answers_for_any_bundle(tmp_path):
    (tmp_path / "shop.yaml").write_text(yaml.safe_dump_all(SHOP), encoding="utf-8")
    result = reachability(tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    rows = table_rows(result.stdout)
    assert "LAN client 10.0.0.50 shop/web 8080/TCP allowed ingress allowed by shop/allow-lan" in rows
    assert ("gateway edge/public (proxy pods) shop/web 22/TCP denied ingress default deny (shop/default-deny)"
            in rows)


def test_cli_missing_dir(tmp_path):
    fails(reachability(tmp_path / "nope"), 2, f"reachability: {tmp_path / 'nope'}: no such directory")


def test_cli_dir_without_manifests(tmp_path):
    (tmp_path / "README.md").write_text("no manifests here\n", encoding="utf-8")
    fails(reachability(tmp_path), 2, f"reachability: {tmp_path}: no *.yaml manifests")


def test_cli_unparseable_yaml(tmp_path):
    (tmp_path / "good.yaml").write_text(yaml.safe_dump_all(SHOP), encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("apiVersion: v1\nkind: [unclosed\n", encoding="utf-8")
    fails(reachability(tmp_path), 2, f"reachability: {tmp_path / 'bad.yaml'}: invalid YAML: "
                                     "did not find expected ',' or ']' (line 3, column 1)")  # libyaml's wording


def test_cli_unsupported_policy_field(tmp_path):
    policy = cnp("to-db", "shop", endpointSelector={},
                 egress=[{"toServices": [{"k8sService": {"serviceName": "db", "namespace": "shop"}}]}])
    (tmp_path / "policies.yaml").write_text(yaml.safe_dump_all(SHOP + [policy]), encoding="utf-8")
    fails(reachability(tmp_path), 1,
          "reachability: policy shop/to-db uses spec.egress[0].toServices, which the evaluator does not model")




def test_module_needs_only_the_standard_library_and_pyyaml(default_homelab):
    """What a consumer with only the wheel and PyYAML has: no cdk8s, no jsii, no package import."""
    result = run_standalone("tools.reachability", str(default_homelab.outdir), "--markdown")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines()[4:] == DOC.read_text(encoding="utf-8").splitlines()[4:]


# ---- the matrix of examples/seed000 (seed 000's real policies), reviewed

SEED000_DOC = ROOT / "docs" / "reachability-seed000.md"
SEED000_COMMAND = ("cd examples/seed000 && CDK8S_OUTDIR=/tmp/seed000 python main.py && "
                   "python -m homelab_constructs reachability /tmp/seed000 --markdown --output docs/reachability-seed000.md")


def test_seed000_matrix_doc_is_current(synthesized):
    expected = render_markdown(load_manifests(synthesized["seed000"].outdir), SEED000_COMMAND)
    assert SEED000_DOC.read_text(encoding="utf-8") == expected, \
        f"docs/reachability-seed000.md is out of date: run `{SEED000_COMMAND}`"


def test_seed000_matrix_says_what_review_found(synthesized):
    """What the review of seed 000's real policies found, kept true: its `<ns>-default-deny`
    denies the `world` entity, and LAN clients reach a LoadBalancer as `world`, so Jellyfin's
    LoadBalancer is closed to the LAN; `<ns>-allow-gateway` lets the gateway reach every port."""
    rows = {tuple(line.split(" | ")[:4]) for line in SEED000_DOC.read_text(encoding="utf-8").splitlines()
            if line.startswith("| ")}
    assert ("| LAN client 192.168.10.50", "arr/arr-jellyfin", "8096/TCP", "denied") in rows
    assert ("| gateway (Cilium ingress)", "arr/arr-jellyfin", "22/TCP", "allowed") in rows
    assert ("| arr/arr-vpn-downloads", "internet client 203.0.113.7", "443/TCP", "allowed") in rows
