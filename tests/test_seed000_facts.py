"""examples/seed000 reproduces kyleseneker/homelab (../shared/REAL-REPOS.md, part A), fact by fact.

Each test names the fact it checks (the numbered list at the end of REAL-REPOS.md, or the
section). The example's snapshots (tests/test_examples.py) keep the rest of every object
under review; these tests say which values must be exactly the real repository's.
"""
from __future__ import annotations

import pytest
from conftest import load_example

DOMAIN = "homelab.local"
GATEWAY_REF = {"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "homelab-gateway",
               "namespace": "default", "sectionName": "https"}
#: A.4: hostname label -> (namespace, route name, backend Service, port)
ROUTES = {
    "jellyfin": ("arr", "arr-jellyfin", "arr-jellyfin", 8096),
    "sonarr": ("arr", "arr-sonarr", "arr-sonarr", 8989),
    "radarr": ("arr", "arr-radarr", "arr-radarr", 7878),
    "prowlarr": ("arr", "arr-prowlarr", "arr-prowlarr", 9696),
    "bazarr": ("arr", "arr-bazarr", "arr-bazarr", 6767),
    "tdarr": ("arr", "arr-tdarr", "arr-tdarr", 8265),
    "qbit": ("arr", "arr-vpn-downloads", "arr-vpn-downloads", 8080),
    "home": ("arr", "homepage", "homepage", 3000),
    "status": ("monitoring", "uptime-kuma", "uptime-kuma", 3001),
    "openclaw": ("openclaw", "openclaw", "openclaw", 18789),
    "seerr": ("arr", "arr-seerr", "arr-seerr", 80),
    "auth": ("auth", "authentik", "authentik-server", 80),
    "vault": ("vault", "vault", "vault", 8200),
    "grafana": ("monitoring", "grafana", "kube-prometheus-stack-grafana", 80),
    "prometheus": ("monitoring", "prometheus", "kube-prometheus-stack-prometheus", 9090),
    "alertmanager": ("monitoring", "alertmanager", "kube-prometheus-stack-alertmanager", 9093),
    "goldilocks": ("goldilocks", "goldilocks", "goldilocks-dashboard", 80),
    "argocd": ("argocd", "argocd-server", "argocd-server", 80),
}
#: A.5: the namespaces with policies, and which of the per-namespace set each has
POLICY_NAMESPACES = ("arr", "auth", "backups", "external-secrets", "kyverno", "monitoring", "openclaw", "vault")
ALLOW_GATEWAY = ("arr", "auth", "monitoring", "openclaw")
ALLOW_MONITORING = ("arr", "auth", "backups", "openclaw")
ALLOW_INGRESS = ("external-secrets", "kyverno", "vault")
ALLOW_INTERNAL = ("arr", "auth", "backups", "monitoring", "openclaw")
#: the namespaces whose ``<ns>-egress`` selects every pod (openclaw's selects the Claw pods)
EGRESS_ALL = tuple(ns for ns in POLICY_NAMESPACES if ns != "openclaw")
KUBE_DNS = {"k8s:io.kubernetes.pod.namespace": "kube-system", "k8s-app": "kube-dns"}


@pytest.fixture(scope="module")
def seed000(synthesized):
    return synthesized["seed000"]


def _one(objects: list[dict], kind: str, name: str, namespace: str | None = None) -> dict:
    hits = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name
            and o["metadata"].get("namespace") == namespace]
    assert len(hits) == 1, f"expected one {kind} {namespace}/{name}, found {len(hits)}"
    return hits[0]


@pytest.fixture(scope="module")
def objects(seed000) -> list[dict]:
    return seed000.all()


def test_fact_1_2_gateway(objects):
    gateway = _one(objects, "Gateway", "homelab-gateway", "default")
    assert gateway["apiVersion"] == "gateway.networking.k8s.io/v1"
    assert gateway["spec"]["gatewayClassName"] == "cilium"
    assert gateway["metadata"]["annotations"]["cert-manager.io/cluster-issuer"] == "homelab-ca-issuer"
    # A.2: no spec.addresses, no infrastructure, no lbipam annotation: the IP comes from the pool
    assert "addresses" not in gateway["spec"] and "infrastructure" not in gateway["spec"]
    assert not any(k.startswith("lbipam.cilium.io") for k in gateway["metadata"]["annotations"])


def test_fact_3_4_listeners(objects):
    listeners = _one(objects, "Gateway", "homelab-gateway", "default")["spec"]["listeners"]
    assert [(listener["name"], listener["protocol"], listener["port"]) for listener in listeners] == [
        ("https", "HTTPS", 443), ("http", "HTTP", 80)]
    https, http = listeners
    assert https["hostname"] == http["hostname"] == f"*.{DOMAIN}"
    assert https["tls"]["mode"] == "Terminate"
    assert https["tls"]["certificateRefs"] == [{"group": "", "kind": "Secret", "name": "homelab-gateway-tls"}]
    assert https["allowedRoutes"]["namespaces"]["from"] == "All"
    assert http["allowedRoutes"]["namespaces"]["from"] == "All"


def test_fact_5_redirect(objects):
    route = _one(objects, "HTTPRoute", "http-redirect", "default")
    assert "hostnames" not in route["spec"]
    assert route["spec"]["parentRefs"] == [{"group": "gateway.networking.k8s.io", "kind": "Gateway",
                                            "name": "homelab-gateway", "sectionName": "http"}] or \
        route["spec"]["parentRefs"] == [{**GATEWAY_REF, "sectionName": "http"}]
    [rule] = route["spec"]["rules"]
    assert rule["matches"] == [{"path": {"type": "PathPrefix", "value": "/"}}]
    [redirect] = rule["filters"]
    assert redirect == {"type": "RequestRedirect", "requestRedirect": {"scheme": "https", "statusCode": 301}}


def test_fact_6_pool(objects):
    pool = _one(objects, "CiliumLoadBalancerIPPool", "homelab-pool")
    assert pool["apiVersion"] == "cilium.io/v2"
    assert pool["spec"] == {"blocks": [{"start": "192.168.10.200", "stop": "192.168.10.250"}]}


def test_fact_7_l2_policy(objects):
    policy = _one(objects, "CiliumL2AnnouncementPolicy", "homelab-l2")
    assert policy["apiVersion"] == "cilium.io/v2alpha1"
    assert policy["spec"] == {"loadBalancerIPs": True}


def test_fact_8_ca_chain(objects):
    assert _one(objects, "ClusterIssuer", "selfsigned-issuer")["spec"] == {"selfSigned": {}}
    ca = _one(objects, "Certificate", "homelab-ca", "cert-manager")["spec"]
    assert ca["isCA"] is True and ca["commonName"] == "homelab-ca" and ca["secretName"] == "homelab-ca-secret"
    assert ca["privateKey"]["algorithm"] == "ECDSA" and ca["privateKey"]["size"] == 256
    assert ca["issuerRef"] == {"name": "selfsigned-issuer", "kind": "ClusterIssuer", "group": "cert-manager.io"}
    assert "duration" not in ca  # A.3: the repository sets none
    assert _one(objects, "ClusterIssuer", "homelab-ca-issuer")["spec"] == {"ca": {"secretName": "homelab-ca-secret"}}
    # A.3: no explicit wildcard Certificate: the gateway annotation makes it
    assert [c["metadata"]["name"] for c in objects if c["kind"] == "Certificate"] == ["homelab-ca"]


def _release_values(objects: list[dict], chart: str) -> dict:
    """The values of the release of ``chart``: Argo CD Application (seed 000 delivers with Argo CD)."""
    apps = [o for o in objects if o["kind"] == "Application" and o["spec"]["source"].get("chart") == chart]
    assert len(apps) == 1, [o["metadata"]["name"] for o in objects if o["kind"] == "Application"]
    return apps[0]["spec"]["source"]


def test_fact_9_cert_manager(objects):
    source = _release_values(objects, "cert-manager")
    assert source["repoURL"] == "https://charts.jetstack.io" and source["targetRevision"] == "v1.20.0"
    values = source["helm"]["valuesObject"]
    assert values["config"]["enableGatewayAPI"] is True
    assert values["crds"]["enabled"] is True


def test_fact_10_cilium_cli():
    """A.1: exactly five ``--set`` flags (their order carries no meaning; the library sorts them)."""
    example = load_example("seed000")
    args = example.cilium_install_args()
    assert args[:4] == ["cilium", "install", "--version", "1.19.1"]
    assert args[4::2] == ["--set"] * 5
    assert sorted(args[5::2]) == sorted([
        "gatewayAPI.enabled=true", "kubeProxyReplacement=true", "l2announcements.enabled=true",
        f"k8sServiceHost={example.CONTROL_PLANE}", "k8sServicePort=6443"])
    assert example.cilium_install_args("upgrade")[:2] == ["cilium", "upgrade"]


def test_fact_10_no_cilium_release(objects):
    # A.1: Cilium is not managed in-cluster
    assert not [o for o in objects if o["kind"] in ("HelmRelease", "Application")
                and "cilium" in o["metadata"]["name"]]


@pytest.mark.parametrize("label", sorted(ROUTES))
def test_fact_11_12_routes(objects, label):
    namespace, name, service, port = ROUTES[label]
    route = _one(objects, "HTTPRoute", name, namespace)
    assert route["apiVersion"] == "gateway.networking.k8s.io/v1"
    assert route["spec"]["hostnames"] == [f"{label}.{DOMAIN}"]
    assert route["spec"]["parentRefs"] == [GATEWAY_REF]
    [rule] = route["spec"]["rules"]
    assert rule["matches"] == [{"path": {"type": "PathPrefix", "value": "/"}}]
    [backend] = rule["backendRefs"]
    assert (backend["name"], backend["port"]) == (service, port)


def test_fact_13_jellyfin_load_balancer(objects):
    service = _one(objects, "Service", "arr-jellyfin", "arr")
    assert service["spec"]["type"] == "LoadBalancer"
    assert [p["port"] for p in service["spec"]["ports"]] == [8096]


def _vpn_pod(objects: list[dict]) -> dict:
    return _one(objects, "Deployment", "arr-vpn-downloads", "arr")["spec"]["template"]


def test_fact_14_gluetun(objects):
    pod = _vpn_pod(objects)
    containers = {c["name"]: c for c in pod["spec"]["containers"]}
    gluetun = containers["gluetun"]
    assert gluetun["image"] == "qmcgaw/gluetun:v3.41.1"
    env = {e["name"]: e.get("value") for e in gluetun["env"]}
    assert {k: env[k] for k in ("VPN_SERVICE_PROVIDER", "SERVER_REGIONS", "VPN_PORT_FORWARDING",
                                "FIREWALL_INPUT_PORTS", "DOT")} == {
        "VPN_SERVICE_PROVIDER": "private internet access", "SERVER_REGIONS": "CA Montreal",
        "VPN_PORT_FORWARDING": "on", "FIREWALL_INPUT_PORTS": "8080", "DOT": "off"}
    assert gluetun["envFrom"] == [{"secretRef": {"name": "vpn-credentials"}}]
    assert gluetun["securityContext"]["capabilities"]["add"] == ["NET_ADMIN"]
    assert not gluetun["securityContext"].get("privileged")


def test_fact_15_qbittorrent_same_pod_after_gluetun(objects):
    pod = _vpn_pod(objects)
    names = [c["name"] for c in pod["spec"]["containers"]]
    assert names == ["gluetun", "qbittorrent"]  # A.6: two plain containers, qBittorrent after Gluetun
    qbit = pod["spec"]["containers"][1]
    assert qbit["image"] == "lscr.io/linuxserver/qbittorrent:5.1.4"
    assert {"name": "WEBUI_PORT", "value": "8080"} in qbit["env"]
    assert {"configMapRef": {"name": "arr-env"}} in qbit["envFrom"]
    assert qbit["securityContext"]["capabilities"] == {"drop": ["ALL"], "add": ["SETUID", "SETGID"]}
    assert {"name": "net.ipv4.conf.all.src_valid_mark", "value": "1"} in pod["spec"]["securityContext"]["sysctls"]
    assert pod["metadata"]["annotations"]["backup.velero.io/backup-volumes-excludes"] == "data"


def test_fact_15_vpn_service(objects):
    service = _one(objects, "Service", "arr-vpn-downloads", "arr")
    assert [(p["name"], p["port"]) for p in service["spec"]["ports"]] == [("qbit-http", 8080)]


def test_fact_16_vpn_credentials(objects):
    secret = _one(objects, "ExternalSecret", "vpn-credentials", "arr")
    assert secret["apiVersion"] == "external-secrets.io/v1"
    spec = secret["spec"]
    assert spec["refreshInterval"] == "1h"
    assert spec["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "vault-backend"}
    assert spec["target"]["name"] == "vpn-credentials"
    assert {d["secretKey"]: (d["remoteRef"]["key"], d["remoteRef"]["property"]) for d in spec["data"]} == {
        "OPENVPN_USER": ("apps/vpn", "OPENVPN_USER"), "OPENVPN_PASSWORD": ("apps/vpn", "OPENVPN_PASSWORD")}


def test_secret_store(objects):
    store = _one(objects, "ClusterSecretStore", "vault-backend")
    assert store["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "-2"
    vault = store["spec"]["provider"]["vault"]
    assert (vault["server"], vault["path"], vault["version"]) == (
        "http://vault.vault.svc.cluster.local:8200", "homelab", "v2")
    assert vault["auth"]["kubernetes"]["mountPath"] == "kubernetes"
    assert vault["auth"]["kubernetes"]["role"] == "external-secrets"


def _policies(objects: list[dict]) -> dict[tuple[str, str], dict]:
    return {(o["metadata"]["namespace"], o["metadata"]["name"]): o for o in objects
            if o["kind"] == "CiliumNetworkPolicy"}


def test_fact_17_every_policy_is_v2(objects):
    policies = [o for o in objects if o["kind"] == "CiliumNetworkPolicy"]
    assert policies and all(p["apiVersion"] == "cilium.io/v2" for p in policies)
    # A.5: a description only where the real file writes one (none on the shared ingress set)
    undescribed = {p["metadata"]["name"] for p in policies if "description" not in p["spec"]}
    assert undescribed == {
        *(f"{ns}-default-deny" for ns in POLICY_NAMESPACES if ns not in ("external-secrets", "kyverno")),
        *(f"{ns}-allow-gateway" for ns in ALLOW_GATEWAY), *(f"{ns}-allow-internal" for ns in ALLOW_INTERNAL),
        *(f"{ns}-allow-monitoring" for ns in ALLOW_MONITORING)}
    assert _policies(objects)[("arr", "arr-egress")]["spec"]["description"] == "Default egress rules for all arr pods"


@pytest.mark.parametrize("namespace", POLICY_NAMESPACES)
def test_fact_17_default_deny_is_world_only(objects, namespace):
    spec = _policies(objects)[(namespace, f"{namespace}-default-deny")]["spec"]
    assert spec["endpointSelector"] == {}
    assert spec["ingressDeny"] == [{"fromEntities": ["world"]}]
    assert set(spec) - {"description"} == {"endpointSelector", "ingressDeny"}


@pytest.mark.parametrize("namespace", ALLOW_INTERNAL)
def test_fact_17_allow_internal(objects, namespace):
    spec = _policies(objects)[(namespace, f"{namespace}-allow-internal")]["spec"]
    assert spec["ingress"] == [{"fromEndpoints": [{"matchLabels": {"k8s:io.kubernetes.pod.namespace": namespace}}]}]


@pytest.mark.parametrize("namespace", ALLOW_GATEWAY)
def test_fact_17_allow_gateway(objects, namespace):
    spec = _policies(objects)[(namespace, f"{namespace}-allow-gateway")]["spec"]
    assert spec["ingress"] == [{"fromEntities": ["ingress"]}]


@pytest.mark.parametrize("namespace", ALLOW_MONITORING)
def test_fact_17_allow_monitoring(objects, namespace):
    spec = _policies(objects)[(namespace, f"{namespace}-allow-monitoring")]["spec"]
    assert spec["ingress"] == [{"fromEndpoints": [{"matchLabels": {"k8s:io.kubernetes.pod.namespace": "monitoring"}}]}]


@pytest.mark.parametrize("namespace", ALLOW_INGRESS)
def test_allow_ingress_from_cluster(objects, namespace):
    spec = _policies(objects)[(namespace, f"{namespace}-allow-ingress")]["spec"]
    assert spec["ingress"] == [{"fromEntities": ["cluster", "kube-apiserver", "host"]}]


@pytest.mark.parametrize("namespace", EGRESS_ALL)
def test_fact_18_egress_allows_kube_dns(objects, namespace):
    spec = _policies(objects)[(namespace, f"{namespace}-egress")]["spec"]
    assert spec["endpointSelector"] == {}
    dns = [rule for rule in spec["egress"] if rule.get("toEndpoints") == [{"matchLabels": KUBE_DNS}]]
    assert len(dns) == 1
    assert dns[0]["toPorts"] == [{"ports": [{"port": "53", "protocol": "UDP"}, {"port": "53", "protocol": "TCP"}]}]
    same = [rule for rule in spec["egress"]
            if rule.get("toEndpoints") == [{"matchLabels": {"k8s:io.kubernetes.pod.namespace": namespace}}]]
    assert len(same) == 1 and "toPorts" not in same[0]
    assert "egressDeny" not in spec  # A.5: egress relies on Cilium's implicit deny


def test_special_policies(objects):
    policies = _policies(objects)
    vpn = policies[("arr", "arr-egress-vpn")]["spec"]
    assert vpn["endpointSelector"] == {"matchLabels": {"app.kubernetes.io/name": "arr-vpn-downloads"}}
    assert vpn["egress"] == [{"toEntities": ["world"]}]
    scraping = policies[("monitoring", "monitoring-allow-cluster-scraping")]["spec"]
    assert scraping["endpointSelector"] == {"matchLabels": {"app.kubernetes.io/name": "prometheus"}}
    assert scraping["ingress"] == [{"fromEntities": ["cluster"]}]
    prometheus = policies[("monitoring", "monitoring-egress-prometheus")]["spec"]
    assert prometheus["egress"] == [{"toEntities": ["cluster"]}]


def test_extra_egress(objects):
    """A.5's per-namespace extras: world on 443, NFS by CIDR on 2049, the API server, openclaw on 18789."""
    egress = {ns: _policies(objects)[(ns, f"{ns}-egress")]["spec"]["egress"] for ns in POLICY_NAMESPACES}
    claw = _policies(objects)[("openclaw", "openclaw-egress")]["spec"]
    assert claw["endpointSelector"] == {"matchLabels": {"app.kubernetes.io/name": "openclaw"}}
    assert claw["egress"][0]["toEndpoints"] == [{"matchLabels": KUBE_DNS}]
    everything = [rule for rules in egress.values() for rule in rules]

    def ports(rule: dict) -> set[str]:
        return {p["port"] for to in rule.get("toPorts", []) for p in to["ports"]}

    assert any(rule.get("toEntities") == ["world"] and ports(rule) == {"443"} for rule in everything)
    assert any(rule.get("toCIDR") == ["192.168.1.158/32"] and ports(rule) == {"2049"} for rule in everything)
    assert any(rule.get("toEntities") == ["kube-apiserver"] for rule in everything)
    assert any(ports(rule) == {"18789"} and rule.get("toEndpoints") == [
        {"matchLabels": {"k8s:io.kubernetes.pod.namespace": "openclaw"}}] for rule in everything)
