"""CiliumNetworkPolicy rules as data (CiliumPolicy, namespace_baseline): seed 000's and seed
002's policies field for field, valid against the pinned CRD and read by the reachability
evaluator; NamespaceIsolation's user-chosen names, scraping by the scraper pods only, routed
backends no app declares, LoadBalancer apps without a LAN allow; bad input, each message exact."""
from __future__ import annotations

import re

from homelab_constructs import (
    AppRoute,
    CidrRule,
    CiliumPolicy,
    EgressGrant,
    HomelabApp,
    HomelabGateway,
    IsolationSpec,
    LabelMatch,
    NamespaceIsolation,
    PodSelector,
    PolicyPeer,
    PolicyRule,
    PortRule,
    RoutedBackend,
    SelfSignedCa,
    ToService,
    namespace_baseline,
)
from homelab_constructs.tools.bundle_model import GATEWAY, KUBE_DNS, WORLD
from homelab_constructs.tools.policy_reader import Outside, Pod, Unsupported
from homelab_constructs.tools.policy_verdict import Cluster
from homelab_constructs.validation import validate_objects

import cdk8s
import pytest
from conftest import crds_dir, synth_app

NS = "k8s:io.kubernetes.pod.namespace"
VPN = {"app.kubernetes.io/name": "arr-vpn-downloads"}
WORLD_443 = PolicyRule(PolicyPeer.entities("world"), ports=(443,))


# ---- seed 000 (kyleseneker/homelab, A.5) and seed 002 (chaijunkin/home-ops, B.7)

def build_seed_policies(app: cdk8s.App) -> None:
    chart = cdk8s.Chart(app, "network-policies")
    namespace_baseline(chart, "arr", egress=[
        WORLD_443,
        PolicyRule(PolicyPeer.cidrs("192.168.1.158/32"), ports=(2049,)),
        PolicyRule(PolicyPeer.pods({"app.kubernetes.io/name": "openclaw"}, namespace="openclaw"), ports=(18789,))])
    namespace_baseline(chart, "monitoring", monitoring_namespace=None,
                       egress=[PolicyRule(PolicyPeer.entities("kube-apiserver"))],
                       descriptions={"default-deny": "Deny world ingress to monitoring."})
    namespace_baseline(chart, "vault", gateway=False, monitoring_namespace=None)
    CiliumPolicy(chart, "ArrVpn", name="arr-egress-vpn", namespace="arr", selector=VPN,
                 description="The VPN pod reaches the world on any port.",
                 egress=[PolicyRule(PolicyPeer.entities("world"))])
    CiliumPolicy(chart, "Scraping", name="monitoring-allow-cluster-scraping", namespace="monitoring",
                 selector={"app.kubernetes.io/name": "prometheus"},
                 ingress=[PolicyRule(PolicyPeer.entities("cluster"))])
    CiliumPolicy(chart, "PromEgress", name="monitoring-egress-prometheus", namespace="monitoring",
                 selector={"app.kubernetes.io/name": "prometheus"},
                 egress=[PolicyRule(PolicyPeer.entities("cluster"))])
    CiliumPolicy(chart, "VaultIngress", name="vault-allow-ingress", namespace="vault",
                 ingress=[PolicyRule(PolicyPeer.entities("cluster", "kube-apiserver", "host"))])
    CiliumPolicy(chart, "Velero", name="backups-allow-velero", namespace="backups",
                 selector=PodSelector({"app.kubernetes.io/name": "velero"},
                                      (LabelMatch("app.kubernetes.io/component", "NotIn", ("restic",)),)),
                 ingress_deny=[PolicyRule(PolicyPeer.cidr_set(CidrRule("10.0.0.0/8", except_=("10.69.0.0/16",))))],
                 egress_deny=[PolicyRule(PolicyPeer.cidr_set(CidrRule(group="internet")),
                                         ports=(PortRule(6000, "TCP", end_port=6100),))],
                 default_deny_ingress=False, default_deny_egress=False)
    # seed 002: External Secrets -> the Bitwarden CLI
    CiliumPolicy(cdk8s.Chart(app, "external-secrets"), "BwCli", name="external-secrets-to-bw-cli",
                 namespace="external-secrets", selector={"app.kubernetes.io/name": "bitwarden"},
                 ingress=[PolicyRule(PolicyPeer.pods({"app.kubernetes.io/name": "external-secrets"}))],
                 egress=[PolicyRule(PolicyPeer.entities("world")),
                         PolicyRule(PolicyPeer.kube_dns(), ports=(PortRule(53, "ANY"),), dns=("*",)),
                         PolicyRule(PolicyPeer.fqdns("vw.cloudjur.com", "*.bitwarden.com"))])


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    return synth_app(build_seed_policies, tmp_path_factory.mktemp("policy-rules"))


def spec(synth, namespace, name):
    policy = synth.find("CiliumNetworkPolicy", name, namespace)
    assert policy["apiVersion"] == "cilium.io/v2"
    return policy["spec"]


def test_seed000_namespace_set(seeds):
    assert spec(seeds, "arr", "arr-default-deny") == {  # no description given: none written
        "endpointSelector": {}, "ingressDeny": [{"fromEntities": ["world"]}]}
    assert spec(seeds, "arr", "arr-allow-gateway")["ingress"] == [{"fromEntities": ["ingress"]}]
    assert spec(seeds, "arr", "arr-allow-internal")["ingress"] == [{"fromEndpoints": [{"matchLabels": {NS: "arr"}}]}]
    assert spec(seeds, "arr", "arr-allow-monitoring")["ingress"] == [
        {"fromEndpoints": [{"matchLabels": {NS: "monitoring"}}]}]
    egress = spec(seeds, "arr", "arr-egress")
    assert egress["endpointSelector"] == {} and "enableDefaultDeny" not in egress
    assert egress["egress"] == [
        {"toEndpoints": [{"matchLabels": {NS: "kube-system", "k8s-app": "kube-dns"}}],
         "toPorts": [{"ports": [{"port": "53", "protocol": "UDP"}, {"port": "53", "protocol": "TCP"}]}]},
        {"toEndpoints": [{"matchLabels": {NS: "arr"}}]},
        {"toEntities": ["world"], "toPorts": [{"ports": [{"port": "443", "protocol": "TCP"}]}]},
        {"toCIDR": ["192.168.1.158/32"], "toPorts": [{"ports": [{"port": "2049", "protocol": "TCP"}]}]},
        {"toEndpoints": [{"matchLabels": {"app.kubernetes.io/name": "openclaw", NS: "openclaw"}}],
         "toPorts": [{"ports": [{"port": "18789", "protocol": "TCP"}]}]}]
    assert spec(seeds, "monitoring", "monitoring-egress")["egress"][2] == {"toEntities": ["kube-apiserver"]}
    assert spec(seeds, "monitoring", "monitoring-default-deny")["description"] == "Deny world ingress to monitoring."
    names = {(p["metadata"]["namespace"], p["metadata"]["name"]) for p in seeds.kinds("CiliumNetworkPolicy")}
    assert ("vault", "vault-allow-gateway") not in names and ("vault", "vault-allow-monitoring") not in names
    assert ("monitoring", "monitoring-allow-monitoring") not in names


def test_seed000_special_cases(seeds):
    assert spec(seeds, "arr", "arr-egress-vpn") == {
        "description": "The VPN pod reaches the world on any port.",
        "endpointSelector": {"matchLabels": VPN}, "egress": [{"toEntities": ["world"]}]}
    assert spec(seeds, "monitoring", "monitoring-allow-cluster-scraping")["ingress"] == [{"fromEntities": ["cluster"]}]
    assert spec(seeds, "monitoring", "monitoring-egress-prometheus")["egress"] == [{"toEntities": ["cluster"]}]
    assert spec(seeds, "vault", "vault-allow-ingress")["ingress"] == [
        {"fromEntities": ["cluster", "kube-apiserver", "host"]}]


def test_selectors_cidr_sets_ranges_and_default_deny(seeds):
    velero = spec(seeds, "backups", "backups-allow-velero")
    assert velero["endpointSelector"] == {
        "matchLabels": {"app.kubernetes.io/name": "velero"},
        "matchExpressions": [{"key": "app.kubernetes.io/component", "operator": "NotIn", "values": ["restic"]}]}
    assert velero["ingressDeny"] == [{"fromCIDRSet": [{"cidr": "10.0.0.0/8", "except": ["10.69.0.0/16"]}]}]
    assert velero["egressDeny"] == [{"toCIDRSet": [{"cidrGroupRef": "internet"}],
                                     "toPorts": [{"ports": [{"port": "6000", "endPort": 6100, "protocol": "TCP"}]}]}]
    assert velero["enableDefaultDeny"] == {"ingress": False, "egress": False}


def test_seed002_bitwarden_cli(seeds):
    assert spec(seeds, "external-secrets", "external-secrets-to-bw-cli") == {
        "endpointSelector": {"matchLabels": {"app.kubernetes.io/name": "bitwarden"}},
        "ingress": [{"fromEndpoints": [{"matchLabels": {"app.kubernetes.io/name": "external-secrets"}}]}],
        "egress": [
            {"toEntities": ["world"]},
            {"toEndpoints": [{"matchLabels": {NS: "kube-system", "k8s-app": "kube-dns"}}],
             "toPorts": [{"ports": [{"port": "53", "protocol": "ANY"}], "rules": {"dns": [{"matchPattern": "*"}]}}]},
            {"toFQDNs": [{"matchName": "vw.cloudjur.com"}, {"matchPattern": "*.bitwarden.com"}]}]}


@pytest.mark.parametrize("which", ["seeds", "isolated"])
def test_every_policy_matches_the_crd_strictly(which, request):
    """The library's own validator: the pinned CRD's schema with unknown fields rejected, and its CEL rules."""
    out = request.getfixturevalue(which)
    policies = [(f, o) for f, o in out.pairs() if o["kind"] == "CiliumNetworkPolicy"]
    assert policies
    report = validate_objects(policies, crds_dir(), cross_object=False)
    assert report.crd_objects == len(policies) and [str(p) for p in report.problems] == []


# ---- what the rules mean, read by the reachability evaluator

ARR_APP = Pod.of("arr", {"app.kubernetes.io/name": "sonarr"}, "arr/sonarr")
ARR_VPN = Pod.of("arr", VPN, "arr/vpn")
PROMETHEUS = Pod.of("monitoring", {"app.kubernetes.io/name": "prometheus"}, "prometheus")
GRAFANA = Pod.of("monitoring", {"app.kubernetes.io/name": "grafana"}, "grafana")
OPENCLAW = Pod.of("openclaw", {"app.kubernetes.io/name": "openclaw"}, "openclaw")
NFS = Outside("world", ip="192.168.1.158", name="nfs")


def test_seed_rules_as_the_evaluator_reads_them(seeds):
    policies = seeds.kinds("CiliumNetworkPolicy")
    # a CIDR group's addresses live in another object: the evaluator says so instead of guessing
    with pytest.raises(Unsupported, match="cidrGroupRef"):
        Cluster(policies)
    c = Cluster([p for p in policies if p["metadata"]["name"] != "backups-allow-velero"])
    assert c.verdict(WORLD, ARR_APP, 8989).reason == "denied by arr/arr-default-deny (ingressDeny)"
    assert c.allowed(GATEWAY, ARR_APP, 8989) and c.allowed(PROMETHEUS, ARR_APP, 8989)
    # arr lets the whole monitoring namespace in; Grafana's own egress (monitoring-egress) stops it
    assert c.verdict(GRAFANA, ARR_APP, 8989).reason == "egress default deny (monitoring/monitoring-egress)"
    assert c.allowed(ARR_APP, KUBE_DNS, 53, "UDP") and not c.allowed(ARR_APP, KUBE_DNS, 80)
    assert c.allowed(ARR_APP, WORLD, 443) and not c.allowed(ARR_APP, WORLD, 80)
    assert c.allowed(ARR_APP, NFS, 2049) and not c.allowed(ARR_APP, NFS, 22)
    assert c.allowed(ARR_APP, OPENCLAW, 18789) and not c.allowed(ARR_APP, OPENCLAW, 22)
    assert c.allowed(ARR_VPN, WORLD, 51413)
    bw = Pod.of("external-secrets", {"app.kubernetes.io/name": "bitwarden"}, "bw")
    eso = Pod.of("external-secrets", {"app.kubernetes.io/name": "external-secrets"}, "eso")
    assert c.allowed(eso, bw, 8087) and not c.allowed(Pod.of("external-secrets", {"app": "x"}), bw, 8087)
    assert c.allowed(bw, Outside("world", ip="1.2.3.4", fqdn="api.bitwarden.com"), 443)


def test_evaluator_empty_rule_and_namespace_label_selectors():
    def cnp(name, namespace, **spec):
        return {"apiVersion": "cilium.io/v2", "kind": "CiliumNetworkPolicy",
                "metadata": {"name": name, "namespace": namespace}, "spec": spec}

    empty = Cluster([cnp("deny", "arr", endpointSelector={}, ingress=[{}])])
    assert not empty.allowed(GRAFANA, ARR_APP, 8989)  # ingress: [{}] allows nothing
    by_labels = Cluster([cnp("p", "arr", endpointSelector={}, ingress=[{"fromEndpoints": [{"matchLabels": {
        "io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name": "monitoring"}}]}])])
    assert by_labels.allowed(GRAFANA, ARR_APP, 1) and not by_labels.allowed(OPENCLAW, ARR_APP, 1)


# ---- NamespaceIsolation: names, scraping, routed backends, LoadBalancers without a LAN allow

def build_isolated(app: cdk8s.App) -> None:
    gateways = cdk8s.Chart(app, "gateway")
    gw = HomelabGateway(gateways, "Gw", domain="lab.example", cluster_issuer=SelfSignedCa(gateways, "Ca"))
    apps = cdk8s.Chart(app, "apps")
    sonarr = HomelabApp(apps, "sonarr", name="sonarr", namespace="media", port=8989, gateway=gw)
    jellyfin = HomelabApp(apps, "jellyfin", name="jellyfin", namespace="media", port=8096, load_balancer=True)
    grafana = HomelabApp(apps, "grafana", name="grafana", namespace="monitoring", port=3000)
    prometheus = HomelabApp(apps, "prometheus", name="prometheus", namespace="monitoring", port=9090)
    qbit = HomelabApp(apps, "qbit", name="qbit", namespace="downloads", port=8080)
    helm_grafana = AppRoute(apps, "HelmGrafana", name="dashboards", namespace="monitoring", gateway=gw,
                            service_name="kube-prometheus-stack-grafana", port=80)
    NamespaceIsolation(cdk8s.Chart(app, "policies-media"), "Isolation", namespace="media", apps=[sonarr, jellyfin],
                       allow_lan=False, scrape_any_port=True,
                       names={"default-deny": "media-default-deny", "allow-scrape": "media-allow-monitoring",
                              "scrape-egress": "prometheus-scrapes-media"},
                       descriptions={"default-deny": "Nothing in or out of media unless allowed."},
                       egress=[EgressGrant("media", "sonarr", (
                           ToService(qbit), ToService(prometheus, policy_name="prometheus-from-sonarr",
                                                      description="Sonarr pushes to Prometheus.")))])
    NamespaceIsolation(cdk8s.Chart(app, "policies-monitoring"), "Isolation", namespace="monitoring",
                       apps=[grafana, prometheus],
                       routed=[RoutedBackend(helm_grafana, {"app.kubernetes.io/name": "grafana",
                                                            "app.kubernetes.io/instance": "kube-prometheus-stack"}, 3000)])
    NamespaceIsolation(cdk8s.Chart(app, "policies-downloads"), "Isolation", namespace="downloads", apps=[qbit])


@pytest.fixture(scope="module")
def isolated(tmp_path_factory):
    return synth_app(build_isolated, tmp_path_factory.mktemp("isolated"))


def test_user_names_and_descriptions(isolated):
    base = spec(isolated, "media", "media-default-deny")
    assert base["description"] == "Nothing in or out of media unless allowed."
    assert base["enableDefaultDeny"] == {"ingress": True, "egress": True}
    names = {(p["metadata"]["namespace"], p["metadata"]["name"]) for p in isolated.kinds("CiliumNetworkPolicy")}
    assert {("media", "media-allow-monitoring"), ("monitoring", "prometheus-scrapes-media"),
            ("monitoring", "default-deny"), ("downloads", "default-deny")} <= names
    # the target's half of ToService: a readable default, or the user's name and description
    assert ("downloads", "qbit-allow-sonarr-from-media") in names
    assert spec(isolated, "monitoring", "prometheus-from-sonarr")["description"] == "Sonarr pushes to Prometheus."


def test_load_balancer_without_lan_allow(isolated):
    names = {p["metadata"]["name"] for p in isolated.kinds("CiliumNetworkPolicy")}
    assert "allow-lan" not in names
    assert not any("fromCIDRSet" in r for p in isolated.kinds("CiliumNetworkPolicy")
                   for r in (p.get("spec") or {}).get("ingress", []))


def test_routed_backend_no_app_declares(isolated):
    gateway = spec(isolated, "monitoring", "allow-gateway")
    assert gateway["endpointSelector"] == {"matchLabels": {"app.kubernetes.io/name": "grafana",
                                                           "app.kubernetes.io/instance": "kube-prometheus-stack"}}
    assert gateway["ingress"] == [{"fromEntities": ["ingress"], "toPorts": [{"ports": [{"port": "3000", "protocol": "TCP"}]}]}]
    helm_grafana = Pod.of("monitoring", {"app.kubernetes.io/name": "grafana",
                                         "app.kubernetes.io/instance": "kube-prometheus-stack"})
    c = Cluster(isolated.kinds("CiliumNetworkPolicy"))
    assert c.allowed(GATEWAY, helm_grafana, 3000) and not c.allowed(GATEWAY, helm_grafana, 22)


def test_only_the_scraper_pods_scrape(isolated):
    """Scraping opens the Prometheus pods' path to the apps, on any port here
    (scrape_any_port), and nothing for the rest of the monitoring namespace."""
    sonarr = Pod.of("media", {"app.kubernetes.io/name": "sonarr"}, "sonarr")
    c = Cluster(isolated.kinds("CiliumNetworkPolicy"))
    assert c.allowed(PROMETHEUS, sonarr, 8989) and c.allowed(PROMETHEUS, sonarr, 9707)
    assert not c.allowed(GRAFANA, sonarr, 8989) and not c.allowed(GRAFANA, sonarr, 9707)
    assert not c.allowed(Pod.of("monitoring", {"app.kubernetes.io/name": "alertmanager"}), sonarr, 8989)
    scrape = spec(isolated, "monitoring", "prometheus-scrapes-media")
    assert scrape["endpointSelector"] == {"matchLabels": {"app.kubernetes.io/name": "prometheus"}}
    assert all("toPorts" not in rule for rule in scrape["egress"])


def raises(msg):
    return pytest.raises(ValueError, match="^" + re.escape(msg) + "$")


@pytest.fixture
def chart():
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def test_a_namespace_wide_scraper_is_refused(chart):
    """Before: the scraper {namespace: monitoring} selected every pod there for the egress half,
    so Grafana could reach every app's metrics port."""
    sonarr = HomelabApp(chart, "sonarr", name="sonarr", namespace="media", port=8989)
    with raises("c/iso: scraper selector names a namespace (got {'k8s:io.kubernetes.pod.namespace': 'monitoring'}); "
                "select the scraper pods by their own labels, such as {'app.kubernetes.io/name': 'prometheus'}; their "
                "namespace is monitoring_namespace (a whole namespace would let every pod there scrape)"):
        NamespaceIsolation(chart, "iso", namespace="media", apps=[sonarr], scraper={NS: "monitoring"})


def test_isolation_spec_names_every_namespace(tmp_path):
    from homelab_constructs import Homelab, HomelabSpec

    def build(app):
        Homelab(app, "Homelab", HomelabSpec(apps=(HomelabApp.props(name="sonarr", port=8989, namespace="media"),
                                                  HomelabApp.props(name="prometheus", port=9090, namespace="monitoring")),
                                            isolation=IsolationSpec(policy_names={"default-deny": "{namespace}-default-deny"},
                                                                    scrape_any_port=True)))
    synth = synth_app(build, tmp_path)
    assert spec(synth, "media", "media-default-deny")["endpointSelector"] == {}
    assert spec(synth, "monitoring", "monitoring-default-deny")["enableDefaultDeny"] == {"ingress": True, "egress": True}
    assert "toPorts" not in spec(synth, "media", "allow-scrape")["ingress"][0]


# ---- bad input: each new prop, wrong type and wrong value, message exact

ENTITY_LIST = "all, world, cluster, host, init, ingress, unmanaged, remote-node, health, none, kube-apiserver"
PEER = PolicyPeer.entities("world")


@pytest.mark.parametrize("make, message", [
    (lambda: PolicyPeer.entities("wrld"), "PolicyPeer.values[0]: Cilium entity is unknown (got 'wrld'); did you mean "
     f"world? use one of: {ENTITY_LIST}"),
    (lambda: PolicyPeer.entities(), "PolicyPeer.values: entities peer names nothing (got ()); name at least one, "
     "such as ('world',)"),
    (lambda: PolicyPeer("entities", "world"), "PolicyPeer.values: values is not a list or tuple (got 'world'); "
     "write a tuple such as ('world',)"),
    (lambda: PolicyPeer("pods", ()), "PolicyPeer.kind: peer kind is unknown (got 'pods'); use one of: entities, "
     "endpoints, cidr, cidr_set, fqdns"),
    (lambda: PolicyPeer.pods("app"), "PolicyPeer.pods: labels is not a mapping (got 'app'); write a dict such as "
     "{'app.kubernetes.io/name': 'velero'}"),
    (lambda: PolicyPeer.pods({"app": 1}), "PolicyPeer.pods['app']: value is not a label value (got 1); write up to 63 "
     "letters, digits, '-', '_' or '.', starting and ending with a letter or digit"),
    (lambda: PolicyPeer.pods({"bad:app": "x"}), "PolicyPeer.pods: label key has an unknown label source (got 'bad:app'); "
     "use k8s: or any: or none"),
    (lambda: PolicyPeer.namespace("Arr"), "PolicyPeer.pods: namespace is not a DNS label (got 'Arr'); use 1-63 "
     "lowercase letters, digits or '-', starting and ending with a letter or digit"),
    (lambda: PolicyPeer.cidrs("192.168.1.158/24"), "PolicyPeer.values[0]: CIDR is not in network form (got "
     "'192.168.1.158/24'); write the network address with its prefix length; did you mean 192.168.1.0/24?"),
    (lambda: PolicyPeer.cidrs(["10.0.0.0/8"]), "PolicyPeer.values[0]: CIDR is not in network form (got ['10.0.0.0/8']); "
     "write the network address with its prefix length, such as 192.168.1.158/32"),
    (lambda: PolicyPeer.fqdns("https://x.com"), "PolicyPeer.values[0]: FQDN is not a DNS name or pattern (got "
     "'https://x.com'); write a name such as 'vw.cloudjur.com' or a pattern such as '*.bitwarden.com'"),
    (lambda: PolicyPeer.cidr_set(3), "PolicyPeer.values[0]: CIDR rule is not a CidrRule (got 3); write "
     "CidrRule('10.0.0.0/8')"),
    (lambda: CidrRule(), "CidrRule: needs exactly one of cidr and group (got (None, None)); write CidrRule('10.0.0.0/8') "
     "or CidrRule(group='internet')"),
    (lambda: CidrRule(group="internet", except_=("10.0.0.0/8",)), "CidrRule.except_: exceptions need a cidr, not a "
     "group (got ('10.0.0.0/8',)); Cilium does not support except with cidrGroupRef; use a cidr"),
    (lambda: CidrRule("10.0.0.0/8", except_="10.1.0.0/16"), "CidrRule.except_: except_ is not a list or tuple (got "
     "'10.1.0.0/16'); write a tuple such as ('10.1.0.0/16',)"),
    (lambda: PortRule("53"), "PortRule.port: port must be an integer in 1-65535 (got '53'); use a valid TCP/UDP port"),
    (lambda: PortRule(70000), "PortRule.port: port must be an integer in 1-65535 (got 70000); use a valid TCP/UDP port"),
    (lambda: PortRule(53, "udp"), "PortRule.protocol: protocol is unknown (got 'udp'); use one of: TCP, UDP, SCTP, ANY"),
    (lambda: PortRule(1000, end_port=10), "PortRule.end_port: end port is below port 1000 (got 10); write the range's "
     "last port, at least 1000, or end_port=None for one port"),
    (lambda: PortRule(1000, end_port="2000"), "PortRule.end_port: end port must be an integer in 1-65535 (got '2000'); "
     "use a valid TCP/UDP end port"),
    (lambda: PolicyRule(), "PolicyRule: rule has neither peers nor ports (got PolicyRule(peers=(), ports=(), dns=())); "
     "name the peers (PolicyPeer.entities('all') for every peer) or the ports"),
    (lambda: PolicyRule("world"), "PolicyRule.peers: peers is not a list or tuple (got 'world'); write a tuple such as "
     "(PolicyPeer.entities('world'),)"),
    (lambda: PolicyRule(["world"]), "PolicyRule.peers[0]: peer is not a PolicyPeer (got 'world'); build peers with "
     "PolicyPeer.entities(...), PolicyPeer.pods(...), ..."),
    (lambda: PolicyRule(PEER, ports=443), "PolicyRule.ports: ports is not a list or tuple (got 443); write a tuple such "
     "as (443,)"),
    (lambda: PolicyRule(PEER, ports=(0,)), "PolicyRule.ports[0]: port must be an integer in 1-65535 (got 0); use a valid "
     "TCP/UDP port"),
    (lambda: PolicyRule(PEER, dns=("*",)), "PolicyRule.dns: DNS rules need ports (got ('*',)); add the kube-dns port: "
     "ports=(PortRule(53, 'ANY'),)"),
    (lambda: PolicyRule(PEER, ports=(53,), dns="*"), "PolicyRule.dns: dns is not a list or tuple (got '*'); write a "
     "tuple such as ('*',)"),
    (lambda: LabelMatch("app", "In"), "LabelMatch.values: operator In needs values (got ()); name at least one value"),
    (lambda: LabelMatch("app", "Exist"), "LabelMatch.operator: operator is unknown (got 'Exist'); did you mean Exists? "
     "use one of: In, NotIn, Exists, DoesNotExist"),
    (lambda: LabelMatch("app", "Exists", ("x",)), "LabelMatch.values: operator Exists takes no values (got ('x',)); "
     "leave values out"),
    (lambda: LabelMatch(3, "Exists"), "LabelMatch.key: key is not a label name (got 3); write a label key such as "
     "'app.kubernetes.io/name' or 'k8s:io.kubernetes.pod.namespace'"),
    (lambda: PodSelector(expressions=[("app", "In")]), "PodSelector.expressions[0]: expression is not a LabelMatch (got "
     "('app', 'In')); write LabelMatch(key, operator, values)"),
    (lambda: PodSelector(labels=["app"]), "PodSelector.labels: labels is not a mapping (got ['app']); write a dict such "
     "as {'app.kubernetes.io/name': 'velero'}"),
    (lambda: RoutedBackend("x", {"app": "g"}, 3000), "RoutedBackend.route: route is not an AppRoute (got 'x'); pass the "
     "AppRoute that routes to the pods"),
    (lambda: IsolationSpec(policy_names={"deny": "x"}), "IsolationSpec.policy_names: standard policy is unknown (got "
     "'deny'); use one of: default-deny, allow-gateway, allow-lan, allow-scrape, scrape-egress"),
    (lambda: IsolationSpec(policy_names=["x"]), "IsolationSpec.policy_names: policy_names is not a mapping (got ['x']); "
     "write a dict such as {'default-deny': '{namespace}-default-deny'}"),
    (lambda: IsolationSpec(policy_names={"default-deny": "{namespace}_deny"}), "IsolationSpec.policy_names['default-"
     "deny']: policy name is not a DNS label once {namespace} is filled in (got '{namespace}_deny'); write a name such "
     "as '{namespace}-default-deny': use 1-63 lowercase letters, digits or '-', starting and ending with a letter or "
     "digit"),
    (lambda: IsolationSpec(scrape_any_port="yes"), "IsolationSpec.scrape_any_port: scrape_any_port must be True or False "
     "(got 'yes'); write True to let Prometheus scrape any port, or False for the metrics ports only"),
    (lambda: IsolationSpec(scrape_any_port=True, metrics_ports={"sonarr": (9707,)}), "IsolationSpec.scrape_any_port: "
     "scrape_any_port and metrics_ports are both given (got {'sonarr': (9707,)}); leave metrics_ports out to allow any "
     "port, or scrape_any_port out to allow only them"),
])
def test_bad_values(make, message):
    with raises(message):
        make()


def policy(chart, **kw):
    return CiliumPolicy(chart, "p", **{"name": "x", "namespace": "arr", **kw})


@pytest.mark.parametrize("make, message", [
    (lambda c: policy(c, name="Bad_Name"), "c/p: policy name is not a DNS subdomain name (got 'Bad_Name'); use at most "
     "253 lowercase letters, digits, '-' or '.', each dot-separated part starting and ending with a letter or digit"),
    (lambda c: policy(c, namespace=None), "c/p: namespace is not a DNS label (got None); use 1-63 lowercase letters, "
     "digits or '-', starting and ending with a letter or digit"),
    (lambda c: policy(c, description=3), "c/p: description is not a string or None (got 3); write a string such as "
     "'Deny ingress from the world', or None"),
    (lambda c: policy(c, selector="app"), "c/p: selector is not a mapping (got 'app'); write a dict such as "
     "{'app.kubernetes.io/name': 'velero'}"),
    (lambda c: policy(c, selector={"app": "Not Valid"}), "c/p: selector['app'] is not a label value (got 'Not Valid'); "
     "write up to 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"),
    (lambda c: policy(c, ingress=PolicyRule(PEER)), "c/p: ingress is not a list or tuple (got PolicyRule(peers="
     "(PolicyPeer(kind='entities', values=('world',)),), ports=(), dns=())); write a list such as [PolicyRule(peers="
     "(PolicyPeer(kind='entities', values=('world',)),), ports=(), dns=())]"),
    (lambda c: policy(c, egress=[PEER]), "c/p: egress[0] is not a PolicyRule (got PolicyPeer(kind='entities', values="
     "('world',))); write PolicyRule(PolicyPeer..., ports=(...))"),
    (lambda c: policy(c, ingress=[PolicyRule(PolicyPeer.fqdns("a.com"))]), "c/p: ingress[0] has an FQDN peer (got "
     "['a.com']); FQDN peers exist only in egress rules"),
    (lambda c: policy(c, egress_deny=[PolicyRule(PolicyPeer.kube_dns(), ports=(53,), dns=("*",))]), "c/p: "
     "egress_deny[0] has DNS rules (got ['*']); DNS proxy rules exist only in egress rules"),
    (lambda c: policy(c, ingress_deny=None), "c/p: ingress_deny is not a list or tuple (got None); write a list such as "
     "[PolicyRule(PolicyPeer.entities('world'), ports=(443,))]"),
    (lambda c: policy(c, default_deny_ingress="yes"), "c/p: default_deny_ingress must be True or False (got 'yes'); "
     "write True, False, or None for Cilium's default"),
    (lambda c: policy(c, default_deny_egress=0), "c/p: default_deny_egress must be True or False (got 0); write True, "
     "False, or None for Cilium's default"),
    (lambda c: policy(c, labels={"team": 3}), "c/p: labels['team'] is not a label value (got 3); write up to 63 letters, "
     "digits, '-', '_' or '.', starting and ending with a letter or digit"),
    (lambda c: (policy(c), CiliumPolicy(c, "q", name="x", namespace="arr")), "c/q: CiliumNetworkPolicy is declared twice "
     "in namespace arr (got 'x'); c/p already declares it; give each policy its own name"),
    (lambda c: namespace_baseline(c, "arr", descriptions={"deny": "x"}), "c/namespace_baseline: baseline policy is "
     "unknown (got 'deny'); use one of: default-deny, allow-gateway, allow-internal, allow-monitoring, egress"),
    (lambda c: namespace_baseline(c, "arr", descriptions={"egress": 3}), "c/namespace_baseline['egress']: description "
     "is not a string (got 3); write a string such as 'Deny ingress from the world'"),
    (lambda c: namespace_baseline(c, "arr", egress=WORLD_443), "c/namespace_baseline: egress is not a list or tuple (got "
     "PolicyRule(peers=(PolicyPeer(kind='entities', values=('world',)),), ports=(PortRule(port=443, protocol='TCP', "
     "end_port=None),), dns=())); write a list such as [PolicyRule(peers=(PolicyPeer(kind='entities', values=('world',"
     ")),), ports=(PortRule(port=443, protocol='TCP', end_port=None),), dns=())]"),
    (lambda c: namespace_baseline(c, "arr", gateway="no"), "c/namespace_baseline: gateway must be True or False (got "
     "'no'); write True or False"),
    (lambda c: namespace_baseline(c, "arr", monitoring_namespace="Mon"), "c/namespace_baseline: monitoring namespace is "
     "not a DNS label (got 'Mon'); use 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit"),
])
def test_bad_policy_props(chart, make, message):
    with raises(message):
        make(chart)


def isolation(chart, **kw):
    sonarr = HomelabApp(chart, "sonarr", name="sonarr", namespace="media", port=8989)
    return NamespaceIsolation(chart, "iso", namespace="media", apps=[sonarr], **kw)


@pytest.mark.parametrize("kw, message", [
    (dict(scrape_any_port="yes"), "c/iso: scrape_any_port must be True or False (got 'yes'); write True or False"),
    (dict(scrape_any_port=True, metrics_ports=(9090,)), "c/iso: scrape_any_port and metrics ports are both given (got "
     "(9090,)); leave the metrics ports out to allow any port, or scrape_any_port out to allow only them"),
    (dict(allow_lan=1), "c/iso: allow_lan must be True or False (got 1); write True or False"),
    (dict(names=["x"]), "c/iso: names is not a mapping (got ['x']); write a dict such as {'default-deny': "
     "'media-default-deny'}"),
    (dict(names={"deny": "x"}), "c/iso: names key is unknown (got 'deny'); use one of: default-deny, allow-gateway, "
     "allow-lan, allow-scrape, scrape-egress"),
    (dict(names={"default-deny": "X"}), "c/iso: names['default-deny'] is not a DNS label (got 'X'); use 1-63 lowercase "
     "letters, digits or '-', starting and ending with a letter or digit"),
    (dict(descriptions="x"), "c/iso: descriptions is not a mapping (got 'x'); write a dict such as {'default-deny': "
     "'Deny everything by default.'}"),
    (dict(descriptions={"default-deny": 3}), "c/iso: descriptions['default-deny'] is not a string (got 3); write a "
     "string such as 'Deny everything by default.'"),
    (dict(routed="x"), "c/iso: routed is not a list or tuple (got 'x'); write a list such as "
     "[RoutedBackend(route, pods={'app.kubernetes.io/name': 'grafana'}, target_port=3000)]"),
    (dict(routed=["x"]), "c/iso: routed[0] is not a RoutedBackend (got 'x'); write RoutedBackend(route, pods, "
     "target_port)"),
    (dict(egress=[EgressGrant("media", "sonarr", (ToService("qbit", "media", policy_name=3),))]),
     "c/iso: egress service policy name is not a string or None (got 3); write a string such as "
     "'qbit-allow-sonarr-from-media', or None"),
])
def test_bad_isolation_props(chart, kw, message):
    with raises(message):
        isolation(chart, **kw)


def test_bad_routed_backend_values(chart):
    gw = HomelabGateway(chart, "gw", domain="lab.example", cluster_issuer="homelab-ca-issuer")
    route = AppRoute(chart, "r", name="dashboards", namespace="monitoring", gateway=gw, port=80)
    with raises("RoutedBackend.target_port: target port must be an integer in 1-65535 (got 0); use a valid TCP/UDP "
                "target port"):
        RoutedBackend(route, {"app": "grafana"}, 0)
    with raises("RoutedBackend.pods: pods must be a non-empty mapping of label to value (got {}); select the backend "
                "pods by labels such as {'app.kubernetes.io/name': 'grafana'}"):
        RoutedBackend(route, {}, 3000)
    with raises("c/iso: routed backend dashboards lives in another namespace (got 'monitoring'); pass only routes of "
                "namespace media"):
        isolation(chart, routed=[RoutedBackend(route, {"app": "grafana"}, 3000)])


def test_isolation_rule_adds_directions_of_several_policies():
    """Seed 000 isolates a namespace with two policies: ingress rules in one, egress rules in
    another; the whole-app rule counts the namespace isolated, and not with either alone."""
    from homelab_constructs.validation import ClusterCidrs, cross_object_problems

    route = {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute",
             "metadata": {"name": "sonarr", "namespace": "arr"},
             "spec": {"rules": [{"backendRefs": [{"name": "sonarr", "port": 8989}]}]}}

    def cnp(name: str, **spec) -> dict:
        return {"apiVersion": "cilium.io/v2", "kind": "CiliumNetworkPolicy",
                "metadata": {"name": name, "namespace": "arr"}, "spec": {"endpointSelector": {}, **spec}}

    ingress = cnp("arr-allow-internal", ingress=[{"fromEndpoints": [{}]}])
    egress = cnp("arr-egress", egress=[{"toEntities": ["world"]}])

    def isolation(*objects: dict) -> list[str]:
        return [str(p) for p in cross_object_problems([("x.yaml", o) for o in objects], ClusterCidrs())
                if "routed namespace is not isolated" in str(p)]

    assert isolation(route, ingress, egress) == []
    assert len(isolation(route, ingress)) == 1
    assert len(isolation(route, egress)) == 1
    assert len(isolation(route, cnp("off", ingress=[{}], egress=[{}], enableDefaultDeny={"ingress": False}))) == 1


def test_baseline_writes_only_what_is_asked_and_no_description_unless_given(chart):
    written = namespace_baseline(chart, "vault", gateway=False, internal=False, monitoring_namespace=None, egress=None,
                                 descriptions={"default-deny": "Deny ingress from outside the cluster"})
    assert list(written) == ["default-deny"]
    full = namespace_baseline(chart, "arr")
    assert list(full) == ["default-deny", "allow-gateway", "allow-internal", "allow-monitoring", "egress"]
    specs = {o["metadata"]["name"]: o["spec"] for o in cdk8s.Testing.synth(chart)}
    assert specs["vault-default-deny"]["description"] == "Deny ingress from outside the cluster"
    assert not any("description" in spec for name, spec in specs.items() if name.startswith("arr-"))
