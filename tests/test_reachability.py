"""Reachability: the evaluator's Cilium semantics on small hand-written policies, then the
default homelab's policies, table-driven, and the committed matrix in docs/."""
from __future__ import annotations

import pytest

from reachability import (
    APISERVER, DOC, GATEWAY, GRAFANA_COM, KUBE_DNS, LAN, NAS, WORLD, Cluster, Outside, Pod, Unsupported,
    homelab_cases, homelab_model, ordinary_pod, render_markdown,
)

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
    expected = render_markdown(default_homelab.all())
    assert DOC.read_text(encoding="utf-8") == expected, \
        "docs/reachability.md is out of date: run `.venv/bin/python tests/reachability.py`"


def test_matrix_rows_agree_with_the_table(default_homelab, homelab):
    cases = homelab_cases(default_homelab.all())
    rows = [line for line in DOC.read_text(encoding="utf-8").splitlines()
            if line.startswith("| ") and not line.startswith("| From")]
    assert len(rows) == len(cases) == 176
    by_section = {}
    for case, row in zip(cases, rows):
        by_section.setdefault(case.section, []).append(row.split(" | ")[3])
    assert set(by_section["From the gateway"][0::2]) == {"allowed"}
    assert set(by_section["From the gateway"][1::2]) == {"denied"}
    assert by_section["From outside the cluster"].count("allowed") == 1  # the LAN to Jellyfin's LoadBalancer
