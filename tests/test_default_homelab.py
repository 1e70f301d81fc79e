"""The default homelab (seed 000): a reviewed snapshot per chart and the facts that matter."""
from __future__ import annotations

import ipaddress
import re

import pytest

from main import API_SERVER as DEFAULT_API_SERVER  # the seed data
from main import APPS as DEFAULT_APPS
from main import default_spec

CHARTS = sorted(["apps-auth", "apps-dashboards", "apps-downloads", "apps-media", "apps-monitoring", "apps-openclaw",
          "apps-vault", "certificates", "cilium", "dns", "gateway", "platform", "secrets", "vpn",
          *(f"policies-{ns}" for ns in ("auth", "dashboards", "downloads", "media", "monitoring", "openclaw", "vault"))])

SEED_APPS = {  # hostname label -> port, from seed 000 and DESIGN.md
    "jellyfin": 8096, "sonarr": 8989, "radarr": 7878, "prowlarr": 9696, "bazarr": 6767, "seerr": 5055,
    "qbit": 8080, "tdarr": 8265, "home": 3000, "status": 3001, "auth": 9000, "grafana": 3000,
    "prometheus": 9090, "alertmanager": 9093, "vault": 8200, "openclaw": 18789,
}


def test_every_chart_is_written(default_homelab):
    assert sorted(default_homelab.text) == CHARTS


@pytest.mark.parametrize("chart", CHARTS)
def test_chart_snapshot(default_homelab, chart, snapshot):
    assert default_homelab.text[chart] == snapshot(name=chart)


def test_pool_and_l2(default_homelab):
    pool = default_homelab.find("CiliumLoadBalancerIPPool", "homelab-pool")
    assert pool["apiVersion"] == "cilium.io/v2"
    assert pool["spec"]["blocks"] == [{"start": "192.168.10.200", "stop": "192.168.10.250"}]
    l2 = default_homelab.find("CiliumL2AnnouncementPolicy", "homelab-l2")
    assert l2["apiVersion"] == "cilium.io/v2alpha1"
    assert l2["spec"]["loadBalancerIPs"] is True


def test_settings_derived_from_the_lan_lie_on_it(default_homelab):
    """Homelab checks that the pools and Cilium's API server lie on the LAN CIDRs; the default
    spec's do (and synthesizes as its snapshots show)."""
    spec = default_spec()
    lan = ipaddress.ip_network("192.168.10.0/24")
    assert spec.isolation.lan_cidrs == (str(lan),)
    assert spec.cilium is not None
    values = spec.cilium.values
    assert ipaddress.ip_address(values.k8s_service_host) in lan
    assert (values.k8s_service_host, values.k8s_service_port) == DEFAULT_API_SERVER
    assert all(ipaddress.ip_address(a) in lan for p in spec.pools for r in p.ranges for a in r)
    assert ipaddress.ip_address(spec.gateway.load_balancer_ip) in lan
    pool = default_homelab.find("CiliumLoadBalancerIPPool", "homelab-pool")
    assert pool["spec"]["allowFirstLastIPs"] == "No"  # a range: every address of it is handed out


def test_ca_chain(default_homelab):
    bootstrap = default_homelab.find("ClusterIssuer", "selfsigned-issuer")
    assert bootstrap["spec"] == {"selfSigned": {}}
    ca = default_homelab.find("Certificate", "homelab-ca", "cert-manager")
    assert ca["spec"]["isCA"] is True
    assert ca["spec"]["secretName"] == "homelab-ca-secret"
    assert ca["spec"]["privateKey"] == {"algorithm": "ECDSA", "size": 256, "rotationPolicy": "Always"}
    assert ca["spec"]["issuerRef"] == {"name": "selfsigned-issuer", "kind": "ClusterIssuer", "group": "cert-manager.io"}
    issuer = default_homelab.find("ClusterIssuer", "homelab-ca-issuer")
    assert issuer["spec"] == {"ca": {"secretName": "homelab-ca-secret"}}


def test_gateway(default_homelab):
    gw = default_homelab.find("Gateway", "homelab-gateway", "default")
    assert gw["metadata"]["annotations"]["cert-manager.io/cluster-issuer"] == "homelab-ca-issuer"
    assert gw["spec"]["gatewayClassName"] == "cilium"
    assert gw["spec"]["infrastructure"]["annotations"] == {"lbipam.cilium.io/ips": "192.168.10.200"}
    https, http = gw["spec"]["listeners"]
    assert (https["name"], https["port"], https["protocol"], https["hostname"]) == ("https", 443, "HTTPS", "*.homelab.local")
    assert https["tls"]["certificateRefs"] == [{"group": "", "kind": "Secret", "name": "homelab-gateway-tls"}]
    assert (http["name"], http["port"], http["protocol"]) == ("http", 80, "HTTP")
    # only the gateway's own namespace (the redirect) may attach to plain HTTP
    assert http["allowedRoutes"]["namespaces"]["from"] == "Same"


def test_https_redirect(default_homelab):
    route = default_homelab.find("HTTPRoute", "homelab-gateway-https-redirect", "default")
    assert route["spec"]["parentRefs"][0]["sectionName"] == "http"
    assert route["spec"]["rules"] == [{"filters": [{"type": "RequestRedirect",
                                                    "requestRedirect": {"scheme": "https", "statusCode": 301}}]}]


def test_every_seed_app_is_routed(default_homelab):
    routes = {r["metadata"]["name"]: r for r in default_homelab.kinds("HTTPRoute")
              if r["metadata"]["name"] != "homelab-gateway-https-redirect" and r["metadata"]["namespace"] != "kube-system"}
    spec = default_spec()
    assert spec.vpn is not None and {a.name for a in DEFAULT_APPS} | {spec.vpn.name} == set(SEED_APPS)
    assert sorted(routes) == sorted(SEED_APPS)
    for name, port in SEED_APPS.items():
        spec = routes[name]["spec"]
        assert spec["hostnames"] == [f"{name}.homelab.local"]
        assert spec["parentRefs"] == [{"group": "gateway.networking.k8s.io", "kind": "Gateway",
                                       "name": "homelab-gateway", "namespace": "default", "sectionName": "https"}]
        assert spec["rules"] == [{"backendRefs": [{"name": name, "port": port}]}]
        svc = default_homelab.find("Service", name, routes[name]["metadata"]["namespace"])
        assert svc["spec"]["ports"][0]["port"] == port
        assert svc["spec"]["selector"] == {"app.kubernetes.io/name": name}


def test_namespaces_group_apps(default_homelab):
    namespace_of = {r["metadata"]["name"]: r["metadata"]["namespace"] for r in default_homelab.kinds("Service")}
    assert {n for n, ns in namespace_of.items() if ns == "media"} == {
        "jellyfin", "sonarr", "radarr", "prowlarr", "bazarr", "seerr", "tdarr"}
    assert {n for n, ns in namespace_of.items() if ns == "monitoring"} == {"grafana", "prometheus", "alertmanager"}
    for chart in CHARTS:
        if chart.startswith("apps-"):
            assert default_homelab.find("Namespace", chart[len("apps-"):])


def test_jellyfin_is_a_pinned_load_balancer(default_homelab):
    svc = default_homelab.find("Service", "jellyfin", "media")
    assert svc["spec"]["type"] == "LoadBalancer"
    assert svc["metadata"]["annotations"] == {"lbipam.cilium.io/ips": "192.168.10.201"}
    others = [s for s in default_homelab.kinds("Service") if s["metadata"]["name"] != "jellyfin"]
    assert all(s["spec"].get("type", "ClusterIP") == "ClusterIP" for s in others)


def test_names_are_readable(default_homelab):
    hashed = re.compile(r"-[0-9a-f]{8}$")
    for obj in default_homelab.all():
        assert not hashed.search(obj["metadata"]["name"]), obj["metadata"]["name"]


def test_platform_installs_cilium_and_cert_manager(default_homelab):
    cilium = default_homelab.find("HelmRelease", "cilium", "kube-system")
    assert cilium["spec"]["chartRef"] == {"kind": "OCIRepository", "name": "cilium"}
    values = cilium["spec"]["values"]
    # seed 000: Cilium is the gateway controller, replaces kube-proxy, announces LB IPs on L2
    assert values["gatewayAPI"] == {"enabled": True}
    assert values["kubeProxyReplacement"] is True
    assert (values["k8sServiceHost"], values["k8sServicePort"]) == ("192.168.10.10", 6443)
    assert values["l2announcements"] == {"enabled": True}
    assert values["hubble"]["relay"] == {"enabled": True} and values["hubble"]["ui"] == {"enabled": True}
    assert default_homelab.find("OCIRepository", "cilium", "kube-system")["spec"]["ref"] == {"tag": "1.18.4"}
    assert {d["metadata"]["name"] for d in default_homelab.kinds("GrafanaDashboard")} == {
        "cilium-agent", "cilium-operator"}
    cert_manager = default_homelab.find("HelmRelease", "cert-manager", "cert-manager")["spec"]["values"]
    assert cert_manager["crds"] == {"enabled": True, "keep": True}
    assert cert_manager["config"]["enableGatewayAPI"] is True


def test_hubble_ui_is_routed_and_isolated(default_homelab):
    route = default_homelab.find("HTTPRoute", "hubble", "kube-system")
    assert route["spec"]["hostnames"] == ["hubble.homelab.local"]
    assert route["spec"]["rules"][0]["backendRefs"] == [{"name": "hubble-ui", "port": 80}]
    assert "annotations" not in route["metadata"]  # kube-system's isolation is waived, in waivers.txt only
    assert "isolation namespace=kube-system: kube-system holds the cluster's own components" in (
        default_homelab.outdir / "waivers.txt").read_text()
    policy = default_homelab.find("CiliumNetworkPolicy", "hubble-ui", "kube-system")["spec"]
    assert policy["endpointSelector"] == {"matchLabels": {"k8s-app": "hubble-ui"}}
    assert policy["enableDefaultDeny"] == {"ingress": True, "egress": True}
    assert policy["ingress"] == [{"fromEntities": ["ingress"],
                                  "toPorts": [{"ports": [{"port": "8081", "protocol": "TCP"}]}]}]
