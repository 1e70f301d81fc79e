"""HomelabGateway(listeners=[...]): listeners as data, the Gateway API's conflict rules, no issuer."""
from __future__ import annotations

from homelab_constructs import HomelabGateway, Listener, waive
from homelab_constructs.declared import declare_external

import cdk8s
import pytest
from conftest import synth_app

HOST = "*.homelab.local"
SSH = Listener("ssh", "TCP", 22, routes_from="Selector", namespace_labels={"kubernetes.io/metadata.name": "dev"},
               route_kinds=("TCPRoute",))
HTTP_SAME = Listener("http", "HTTP", 80, routes_from="Same")
HTTPS_SEED002 = Listener("https", "HTTPS", 443, routes_from="All", certificates=("cloudjur-com-tls",))
PASSTHROUGH = Listener("tls-passthrough", "TLS", 443, hostname="*.cloudjur.com", tls_mode="Passthrough",
                       routes_from="All")


def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def listeners(gateway: HomelabGateway) -> list[dict]:
    return gateway.resource.to_json()["spec"]["listeners"]


def seed000(c: cdk8s.Chart, **kw: object) -> HomelabGateway:
    return HomelabGateway(c, "gw", domain="homelab.local", cluster_issuer="homelab-ca-issuer", listeners=[
        Listener("https", "HTTPS", 443, HOST, tls_mode="Terminate", routes_from="All"),
        Listener("http", "HTTP", 80, HOST, routes_from="All")], **kw)  # type: ignore[arg-type]


def seed002(c: cdk8s.Chart) -> tuple[HomelabGateway, HomelabGateway]:
    common = dict(namespace="network", domain="cloudjur.com", cluster_issuer=None, gateway_class="envoy",
                  https_redirect=False)
    external = HomelabGateway(c, "ext", name="envoy-external", listeners=[HTTP_SAME, SSH, HTTPS_SEED002],
                              **common)  # type: ignore[arg-type]
    internal = HomelabGateway(c, "int", name="envoy-internal", listeners=[SSH, HTTP_SAME, HTTPS_SEED002, PASSTHROUGH],
                              **common)  # type: ignore[arg-type]
    return external, internal


def test_seed000_listeners_field_for_field():
    g = seed000(chart())
    manifest = g.resource.to_json()
    assert manifest["metadata"]["annotations"] == {"cert-manager.io/cluster-issuer": "homelab-ca-issuer"}
    assert "addresses" not in manifest["spec"] and "infrastructure" not in manifest["spec"]
    assert listeners(g) == [
        {"name": "https", "protocol": "HTTPS", "port": 443, "hostname": HOST,
         "tls": {"mode": "Terminate", "certificateRefs": [{"group": "", "kind": "Secret",
                                                           "name": "homelab-gateway-tls"}]},
         "allowedRoutes": {"namespaces": {"from": "All"}}},
        {"name": "http", "protocol": "HTTP", "port": 80, "hostname": HOST,
         "allowedRoutes": {"namespaces": {"from": "All"}}},
    ]


def test_default_listeners_are_the_same_as_before():
    c = chart()
    g = HomelabGateway(c, "gw", domain="homelab.local", cluster_issuer="ca", tls_passthrough_port=8443)
    assert [li.name for li in g.listeners] == ["https", "http", "tls-passthrough"]
    assert listeners(g)[1:] == [
        {"name": "http", "protocol": "HTTP", "port": 80, "hostname": HOST,
         "allowedRoutes": {"namespaces": {"from": "Same"}}},
        {"name": "tls-passthrough", "protocol": "TLS", "port": 8443, "hostname": HOST,
         "tls": {"mode": "Passthrough"},
         "allowedRoutes": {"namespaces": {"from": "All"}, "kinds": [{"kind": "TLSRoute"}]}},
    ]


def test_seed002_listeners_in_order(tmp_path):
    def build(app: cdk8s.App) -> None:
        c = cdk8s.Chart(app, "gateway")
        declare_external(c, "Secret", "cloudjur-com-tls", "network")
        seed002(c)

    out = synth_app(build, tmp_path)  # schema and CEL rules of the pinned Gateway CRD
    external, internal = out.find("Gateway", "envoy-external"), out.find("Gateway", "envoy-internal")
    assert "annotations" not in external["metadata"]
    ssh = {"name": "ssh", "protocol": "TCP", "port": 22, "allowedRoutes": {
        "namespaces": {"from": "Selector", "selector": {"matchLabels": {"kubernetes.io/metadata.name": "dev"}}},
        "kinds": [{"kind": "TCPRoute"}]}}
    http = {"name": "http", "protocol": "HTTP", "port": 80, "allowedRoutes": {"namespaces": {"from": "Same"}}}
    https = {"name": "https", "protocol": "HTTPS", "port": 443, "allowedRoutes": {"namespaces": {"from": "All"}},
             "tls": {"certificateRefs": [{"group": "", "kind": "Secret", "name": "cloudjur-com-tls"}]}}
    passthrough = {"name": "tls-passthrough", "protocol": "TLS", "port": 443, "hostname": "*.cloudjur.com",
                   "tls": {"mode": "Passthrough"}, "allowedRoutes": {"namespaces": {"from": "All"}}}
    assert external["spec"]["listeners"] == [http, ssh, https]
    assert internal["spec"]["listeners"] == [ssh, http, https, passthrough]
    assert out.kinds("HTTPRoute") == []  # https_redirect=False


def test_listener_refs_name_sections():
    _, internal = seed002(chart())
    ref = internal.listener("tls-passthrough")
    assert (ref.gateway, ref.section, ref.listener.mode) == (internal, "tls-passthrough", "Passthrough")
    assert internal.listeners_by_name["https"].mode == "Terminate"
    with pytest.raises(ValueError, match=r"^c/int: gateway envoy-internal has no such listener \(got 'tls'\); "
                                         r"use one of: ssh, http, https, tls-passthrough$"):
        internal.listener("tls")


def test_https_redirect_only_when_an_http_listener_exists():
    g = HomelabGateway(chart(), "gw", domain="homelab.local", cluster_issuer="ca",
                       listeners=[Listener("https", "HTTPS", 443, HOST)])
    assert g.node.try_find_child("HttpsRedirect") is None
    assert seed000(chart()).node.try_find_child("HttpsRedirect") is not None


def test_https_and_tls_on_443_with_different_hostnames_are_distinct():
    g = HomelabGateway(chart(), "gw", domain="cloudjur.com", cluster_issuer=None, tls_secret_name="lab-tls",
                       listeners=[Listener("https", "HTTPS", 443), PASSTHROUGH])
    assert [li["name"] for li in listeners(g)] == ["https", "tls-passthrough"]
    assert listeners(g)[0]["tls"] == {"certificateRefs": [{"group": "", "kind": "Secret", "name": "lab-tls"}]}


def test_no_issuer_writes_no_cert_manager_annotation():
    external, _ = seed002(chart())
    assert "annotations" not in external.resource.to_json()["metadata"]
    assert (external.issuer_kind, external.issuer_name) == (None, None)


# ---- conflicts: each refused with the Gateway API rule named

CONFLICTS = [
    ([Listener("web", "HTTP", 80), Listener("web", "HTTP", 8080)],
     "c/gw: listeners web and web conflict (got ['web HTTP 80 (no hostname)', 'web HTTP 8080 (no hostname)']); "
     "Gateway API: listener names are unique within a Gateway; change the port, protocol, hostname or name of one"),
    ([Listener("a", "HTTPS", 443, HOST), Listener("b", "HTTPS", 443, HOST)],
     "c/gw: listeners a and b conflict (got ['a HTTPS 443 *.homelab.local', 'b HTTPS 443 *.homelab.local']); "
     "Gateway API: the combination of port, protocol and hostname is unique for each listener; change the port, "
     "protocol, hostname or name of one"),
    ([Listener("http", "HTTP", 8080), Listener("https", "HTTPS", 8080, HOST)],
     "c/gw: listeners http and https conflict (got ['http HTTP 8080 (no hostname)', 'https HTTPS 8080 "
     "*.homelab.local']); Gateway API: one port serves plain HTTP or TLS, not both, so HTTP and HTTPS/TLS listeners "
     "on it are not distinct; change the port, protocol, hostname or name of one"),
    ([Listener("ssh", "TCP", 443), Listener("https", "HTTPS", 443, HOST)],
     "c/gw: listeners ssh and https conflict (got ['ssh TCP 443 (no hostname)', 'https HTTPS 443 *.homelab.local']); "
     "Gateway API: listeners that share a port with a TCP listener are not distinct; change the port, protocol, "
     "hostname or name of one"),
    ([Listener("https", "HTTPS", 443, HOST), Listener("tls", "TLS", 443, HOST)],
     "c/gw: listeners https and tls conflict (got ['https HTTPS 443 *.homelab.local', 'tls TLS 443 "
     "*.homelab.local']); Gateway API: HTTPS and TLS listeners on one port are told apart by hostname (SNI), so "
     "theirs must differ; change the port, protocol, hostname or name of one"),
]


@pytest.mark.parametrize("given,message", CONFLICTS)
def test_conflicting_listeners_are_refused(given, message):
    with pytest.raises(ValueError) as err:
        HomelabGateway(chart(), "gw", domain="homelab.local", cluster_issuer="ca", listeners=given)
    assert str(err.value) == message


def test_udp_and_tcp_share_a_port():
    g = HomelabGateway(chart(), "gw", domain="homelab.local", cluster_issuer="ca",
                       listeners=[Listener("sync-tcp", "TCP", 22000), Listener("sync-udp", "UDP", 22000)])
    assert [li["protocol"] for li in listeners(g)] == ["TCP", "UDP"]


# ---- bad input: the gateway's new props

GATEWAY_CASES = [
    (dict(listeners="https"),
     "c/gw: listeners is not a list or tuple (got 'https'); write a list such as [Listener('https', 'HTTPS', 443)]"),
    (dict(listeners=[]), "c/gw: a gateway has 1 to 64 listeners (got 0); list between one and 64 Listeners"),
    (dict(listeners=[{"name": "https"}]),
     "c/gw: listeners[0] is not a Listener (got {'name': 'https'}); write Listener(name='https', protocol='HTTPS', "
     "port=443)"),
    (dict(listeners=[HTTP_SAME], tls_passthrough_port=443),
     "c/gw: tls_passthrough_port/hostname given with listeners (got {'tls_passthrough_port': 443, "
     "'tls_passthrough_hostname': None}); add Listener(name='tls-passthrough', protocol='TLS', port=443, "
     "hostname=...) to listeners instead"),
    (dict(cluster_issuer=None),
     "c/gw: listener https terminates TLS, but no certificate Secret is named and no issuer is given to create one "
     "(got None); name the Secret (Listener(certificates=['<secret>']) or tls_secret_name='<secret>'), or pass "
     "cluster_issuer so cert-manager issues it"),
    (dict(cluster_issuer=5),
     "c/gw: cluster issuer is not an issuer, a ClusterIssuer name or None (got 5); pass the issuer object, such as "
     "the SelfSignedCa, the name of a ClusterIssuer installed by another repo, or None when you provide the "
     "certificate Secret yourself"),
    (dict(listeners=[Listener("https", "HTTPS", 443)]),
     "c/gw: listener https terminates TLS without a hostname, so cert-manager issues no certificate for it (the "
     "ClusterIssuer annotation would do nothing) (got None); give the listener a hostname such as '*.<domain>', or "
     "pass cluster_issuer=None and provide the certificate Secret yourself"),
]


@pytest.mark.parametrize("kw,message", GATEWAY_CASES)
def test_gateway_bad_input(kw, message):
    kw = {"cluster_issuer": "ca", **kw}
    with pytest.raises(ValueError) as err:
        HomelabGateway(chart(), "gw", domain="homelab.local", **kw)
    assert str(err.value) == message


LISTENER_CASES = [
    (dict(name=5), "Listener.name: listener name is not a DNS subdomain name (got 5); use 1-253 lowercase letters, "
                   "digits, '-' or '.', such as 'https' or 'tls-passthrough'"),
    (dict(name="HTTPS"), "Listener.name: listener name is not a DNS subdomain name (got 'HTTPS'); use 1-253 "
                         "lowercase letters, digits, '-' or '.', such as 'https' or 'tls-passthrough'"),
    (dict(protocol=443), "Listener web.protocol: protocol is unknown (got 443); use one of: HTTP, HTTPS, TLS, TCP, UDP"),
    (dict(protocol="https"), "Listener web.protocol: protocol is unknown (got 'https'); did you mean HTTPS? use one "
                             "of: HTTP, HTTPS, TLS, TCP, UDP"),
    (dict(port="443"), "Listener web.port: port must be an integer in 1-65535 (got '443'); use a valid TCP/UDP port"),
    (dict(port=0), "Listener web.port: port must be an integer in 1-65535 (got 0); use a valid TCP/UDP port"),
    (dict(hostname=5), "Listener web.hostname: hostname is not a string (got 5); write a string such as "
                       "'*.homelab.local'"),
    (dict(hostname="*homelab"), "Listener web.hostname: hostname is not a hostname or wildcard (got '*homelab'); "
                                "write a name such as 'nas.homelab.local' or a wildcard such as '*.homelab.local'"),
    (dict(protocol="TCP", hostname=HOST), "Listener web.hostname: a TCP listener takes no hostname (got "
                                          "'*.homelab.local'); drop it (Gateway API: hostname must not be specified "
                                          "for protocols TCP, UDP)"),
    (dict(protocol="HTTPS", tls_mode=True), "Listener web.tls_mode: TLS mode is unknown (got True); use one of: "
                                            "Terminate, Passthrough"),
    (dict(protocol="HTTPS", tls_mode="Passthrough"),
     "Listener web.tls_mode: an HTTPS listener cannot pass TLS through (got 'Passthrough'); use protocol TLS for "
     "passthrough (Gateway API: tls mode must be Terminate for protocol HTTPS)"),
    (dict(certificates=("lab-tls",)),
     "Listener web.tls_mode: a HTTP listener takes no TLS settings (got {'tls_mode': None, 'certificates': "
     "('lab-tls',)}); drop them (Gateway API: tls must not be specified for protocols HTTP, TCP, UDP), or use "
     "protocol HTTPS or TLS"),
    (dict(protocol="HTTPS", certificates="lab-tls"),
     "Listener web.certificates: certificates is not a list or tuple (got 'lab-tls'); write a tuple such as "
     "('lab-tls',)"),
    (dict(protocol="HTTPS", certificates=("Lab TLS",)),
     "Listener web.certificates[0]: certificate Secret is not a DNS subdomain name (got 'Lab TLS'); name a Secret "
     "such as 'homelab-gateway-tls'"),
    (dict(protocol="TLS", certificates=("lab-tls",)),
     "Listener web.certificates: a Passthrough listener serves no certificate (got ('lab-tls',)); drop certificates "
     "(the backend terminates TLS), or use tls_mode='Terminate'"),
    (dict(routes_from="all"), "Listener web.routes_from: routes_from is unknown (got 'all'); did you mean All? use "
                              "one of: All, Same, Selector"),
    (dict(routes_from="Selector"),
     "Listener web.namespace_labels: namespace_labels go with routes_from='Selector', and only there (got "
     "{'routes_from': 'Selector', 'namespace_labels': {}}); write routes_from='Selector' with labels such as "
     "{'kubernetes.io/metadata.name': 'dev'}, or routes_from='All'/'Same' without labels"),
    (dict(routes_from="Selector", namespace_labels=["dev"]),
     "Listener web.namespace_labels: namespace_labels is not a mapping (got ['dev']); write a dict such as "
     "{'kubernetes.io/metadata.name': 'dev'}"),
    (dict(route_kinds="HTTPRoute"), "Listener web.route_kinds: route_kinds is not a list or tuple (got 'HTTPRoute'); "
                                    "write a tuple such as ('HTTPRoute',)"),
    (dict(route_kinds=("TLSRoute",)), "Listener web.route_kinds: route kind does not attach to a HTTP listener (got "
                                      "'TLSRoute'); use one of: HTTPRoute, GRPCRoute"),
    (dict(route_kinds=("HttpRoute",)), "Listener web.route_kinds[0]: route kind is unknown (got 'HttpRoute'); did "
                                       "you mean HTTPRoute? use one of: HTTPRoute, GRPCRoute, TLSRoute, TCPRoute, "
                                       "UDPRoute"),
]


@pytest.mark.parametrize("kw,message", LISTENER_CASES)
def test_listener_bad_input(kw, message):
    with pytest.raises(ValueError) as err:
        Listener(**{"name": "web", "protocol": "HTTP", "port": 80, **kw})
    assert str(err.value) == message


def test_selector_listener_refuses_routes_from_other_namespaces(tmp_path):
    from homelab_constructs import BackendRef, HomelabValidationError, TcpRoute

    def build(app: cdk8s.App) -> None:
        c = cdk8s.Chart(app, "gateway")
        declare_external(c, "Secret", "cloudjur-com-tls", "network")
        external, _ = seed002(c)
        route = TcpRoute(c, "ssh", name="forgejo-ssh", namespace="media", parents=external.listener("ssh"),
                         backends=[BackendRef("forgejo", 22)])
        waive(c, "isolation", namespace="media", reason="test")
        assert route.parents[0].section == "ssh"

    with pytest.raises(HomelabValidationError, match=r"listener ssh of Gateway network/envoy-external does not admit "
                                                     r"a TCPRoute from namespace media"):
        synth_app(build, tmp_path)
