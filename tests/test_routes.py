"""Routes as data: HttpsRedirect's new props, AppRoute on any listener, HttpRoute rules,
TlsRoute / TcpRoute / GrpcRoute, and hostname claims across kinds."""
from __future__ import annotations

from homelab_constructs import (
    AppRoute,
    BackendRef,
    GrpcRoute,
    GrpcRule,
    HeaderModifier,
    HomelabGateway,
    HttpMatch,
    HttpRoute,
    HttpRule,
    HttpsRedirect,
    Listener,
    ListenerRef,
    RequestRedirect,
    TcpRoute,
    TlsRoute,
    UrlRewrite,
    waive,
)

import cdk8s
import pytest
from conftest import synth_app

HOST = "*.homelab.local"


def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def gateway(c: cdk8s.Chart, id: str = "gw", **kw: object) -> HomelabGateway:
    kw.setdefault("cluster_issuer", "ca")
    return HomelabGateway(c, id, domain="homelab.local", **kw)  # type: ignore[arg-type]


def web_gateway(c: cdk8s.Chart) -> HomelabGateway:
    """A gateway with two listeners, both under *.homelab.local: HTTPS and HTTP."""
    return gateway(c, "web", name="web", https_redirect=False, listeners=[
        Listener("https", "HTTPS", 443, HOST), Listener("http", "HTTP", 80, HOST)])


def seed000_gateway(c: cdk8s.Chart) -> HomelabGateway:
    return gateway(c, https_redirect=False, cluster_issuer="homelab-ca-issuer", listeners=[
        Listener("https", "HTTPS", 443, HOST, tls_mode="Terminate", routes_from="All"),
        Listener("http", "HTTP", 80, HOST, routes_from="All")])


def spec(construct) -> dict:
    return construct.resource.to_json()["spec"]


# ---- HttpsRedirect

def test_default_redirect_has_no_hostnames():
    g = gateway(chart())
    route = g.node.find_child("HttpsRedirect")
    assert "hostnames" not in spec(route)
    assert spec(route)["rules"] == [{"filters": [{"type": "RequestRedirect",
                                                  "requestRedirect": {"scheme": "https", "statusCode": 301}}]}]


def test_seed000_http_redirect():
    c = chart()
    route = HttpsRedirect(c, "redirect", gateways=[seed000_gateway(c)], name="http-redirect", path_prefix="/")
    manifest = route.resource.to_json()
    assert (manifest["metadata"]["name"], manifest["metadata"]["namespace"]) == ("http-redirect", "default")
    assert manifest["spec"] == {
        "parentRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "homelab-gateway",
                        "namespace": "default", "sectionName": "http"}],
        "rules": [{"matches": [{"path": {"type": "PathPrefix", "value": "/"}}],
                   "filters": [{"type": "RequestRedirect", "requestRedirect": {"scheme": "https", "statusCode": 301}}]}],
    }


def test_seed002_https_redirect_on_both_gateways():
    c = chart()
    gws = [gateway(c, n, name=n, namespace="network", https_redirect=False) for n in ("envoy-external", "envoy-internal")]
    route = HttpsRedirect(c, "redirect", gateways=gws, name="https-redirect",
                          annotations={"external-dns.alpha.kubernetes.io/controller": "none"})
    manifest = route.resource.to_json()
    assert manifest["metadata"]["annotations"] == {"external-dns.alpha.kubernetes.io/controller": "none"}
    assert [(p["name"], p["sectionName"]) for p in manifest["spec"]["parentRefs"]] == [
        ("envoy-external", "http"), ("envoy-internal", "http")]
    assert "matches" not in manifest["spec"]["rules"][0] and "hostnames" not in manifest["spec"]


def test_redirect_hostnames_section_and_302():
    c = chart()
    g = gateway(c, https_redirect=False, listeners=[Listener("https", "HTTPS", 443, HOST),
                                                    Listener("plain", "HTTP", 8080, HOST)])
    route = HttpsRedirect(c, "redirect", gateways=[g], hostnames=["a.homelab.local"], section="plain", status_code=302)
    assert spec(route)["hostnames"] == ["a.homelab.local"]
    assert spec(route)["parentRefs"][0]["sectionName"] == "plain"
    assert spec(route)["rules"][0]["filters"][0]["requestRedirect"]["statusCode"] == 302


REDIRECT_CASES = [
    (dict(hostnames="a.homelab.local"), "c/redirect: hostnames is not a list or tuple (got 'a.homelab.local'); write "
                                        "a list such as ['a.homelab.local']"),
    (dict(hostnames=["a..local"]), "c/redirect: hostnames[0] is not a hostname or wildcard (got 'a..local'); write a "
                                   "name such as 'nas.homelab.local' or a wildcard such as '*.homelab.local'"),
    (dict(annotations=["a"]), "c/redirect: annotations must be a mapping of key to string (got ['a']); write "
                              "{'example.com/key': 'value'}"),
    (dict(path_prefix=5), "c/redirect: path prefix is not an absolute path (got 5); write a path such as '/'"),
    (dict(path_prefix="api"), "c/redirect: path prefix is not an absolute path (got 'api'); write a path such as '/'"),
    (dict(section=5), "c/redirect: section is not a string (got 5); write a string such as 'http'"),
    (dict(section="web"), "c/gw: gateway homelab-gateway has no such listener (got 'web'); use one of: https, http"),
    (dict(status_code="301"), "c/redirect: redirect status code must be 301 or 302 (got '301'); use 301 (moved "
                              "permanently, the default) or 302 (found)"),
    (dict(status_code=308), "c/redirect: redirect status code must be 301 or 302 (got 308); use 301 (moved "
                            "permanently, the default) or 302 (found)"),
]


@pytest.mark.parametrize("kw,message", REDIRECT_CASES)
def test_redirect_bad_input(kw, message):
    c = chart()
    g = gateway(c, https_redirect=False)
    with pytest.raises(ValueError) as err:
        HttpsRedirect(c, "redirect", gateways=[g], **kw)
    assert str(err.value) == message


# ---- AppRoute: name apart from the Service, any listener

def test_app_route_name_service_and_hostname_apart():
    c = chart()
    route = AppRoute(c, "grafana", name="grafana", namespace="monitoring", gateway=gateway(c),
                     service_name="kube-prometheus-stack-grafana", port=80, hostname="grafana.homelab.local")
    manifest = route.resource.to_json()
    assert manifest["metadata"]["name"] == "grafana"
    assert manifest["spec"]["rules"] == [{"backendRefs": [{"name": "kube-prometheus-stack-grafana", "port": 80}]}]
    assert manifest["spec"]["hostnames"] == ["grafana.homelab.local"]


def test_app_route_on_a_listener_and_section():
    c = chart()
    g = gateway(c, cluster_issuer=None, tls_secret_name="lab-tls", name="envoy-internal",
                listeners=[Listener("websecure", "HTTPS", 443), Listener("http", "HTTP", 80)])
    a = AppRoute(c, "a", name="a", namespace="apps", gateway=g.listener("websecure"), port=80,
                 hostname="deep.name.example.org")  # no listener hostname: any name
    b = AppRoute(c, "b", name="b", namespace="apps", gateway="envoy-internal", section="websecure", port=80)
    assert [spec(r)["parentRefs"][0]["sectionName"] for r in (a, b)] == ["websecure", "websecure"]
    assert spec(b)["hostnames"] == ["b.homelab.local"]


def test_app_route_section_errors():
    c = chart()
    g = gateway(c)
    with pytest.raises(ValueError) as err:
        AppRoute(c, "r", name="a", namespace="apps", gateway=g, port=80, section=443)
    assert str(err.value) == "c/r: section is not a string (got 443); write a string such as 'https'"
    with pytest.raises(ValueError) as err:
        AppRoute(c, "r2", name="a", namespace="apps", gateway=g, port=80, section="websecure")
    assert str(err.value) == ("c/r2: gateway homelab-gateway has no such listener (got 'websecure'); use one of: "
                              "https, http")


# ---- HttpRoute rules as data

def test_http_route_rules_matches_filters_backends():
    c = chart()
    g = seed000_gateway(c)
    route = HttpRoute(c, "r", name="grafana", namespace="monitoring", parents=[g.listener("https")],
                      hostnames=["grafana.homelab.local"], annotations={"gethomepage.dev/enabled": "true"}, rules=[
        HttpRule(matches=(HttpMatch(path="/api", headers={"X-Env": "lab"}, method="GET"),),
                 filters=(HeaderModifier(set={"X-Forwarded-Proto": "https"}, remove=("X-Powered-By",)),
                          UrlRewrite(path_prefix="/")),
                 backends=(BackendRef("api", 8080, weight=90), BackendRef("api-canary", 8080, weight=10))),
        HttpRule(matches=(HttpMatch(path="/old", path_type="Exact"),),
                 filters=(RequestRedirect(scheme="https", hostname="new.homelab.local", status_code=301,
                                          full_path="/"),)),
        HttpRule(backends=(BackendRef("kube-prometheus-stack-grafana", 80, weight=1, kind="Service", group="",
                                      namespace="monitoring"),), name="rest"),
    ])
    manifest = route.resource.to_json()
    assert manifest["metadata"]["annotations"] == {"gethomepage.dev/enabled": "true"}
    first, second, third = manifest["spec"]["rules"]
    assert first == {
        "matches": [{"path": {"type": "PathPrefix", "value": "/api"}, "headers": [{"name": "X-Env", "value": "lab"}],
                     "method": "GET"}],
        "filters": [{"type": "RequestHeaderModifier", "requestHeaderModifier": {
                        "set": [{"name": "X-Forwarded-Proto", "value": "https"}], "remove": ["X-Powered-By"]}},
                    {"type": "URLRewrite", "urlRewrite": {"path": {"type": "ReplacePrefixMatch",
                                                                   "replacePrefixMatch": "/"}}}],
        "backendRefs": [{"name": "api", "port": 8080, "weight": 90}, {"name": "api-canary", "port": 8080, "weight": 10}],
    }
    assert second == {"matches": [{"path": {"type": "Exact", "value": "/old"}}], "filters": [{
        "type": "RequestRedirect", "requestRedirect": {"scheme": "https", "hostname": "new.homelab.local",
                                                       "statusCode": 301, "path": {"type": "ReplaceFullPath",
                                                                                   "replaceFullPath": "/"}}}]}
    assert third == {"name": "rest", "backendRefs": [{"name": "kube-prometheus-stack-grafana", "port": 80,
                                                      "weight": 1, "kind": "Service", "group": "",
                                                      "namespace": "monitoring"}]}


# ---- TLSRoute, TCPRoute, GRPCRoute

def passthrough_gateway(c: cdk8s.Chart) -> HomelabGateway:
    return gateway(c, name="envoy-internal", namespace="network", cluster_issuer=None, tls_secret_name="lab-tls",
                   https_redirect=False, listeners=[
                       Listener("ssh", "TCP", 22, routes_from="All"), Listener("http", "HTTP", 80),
                       Listener("https", "HTTPS", 443, routes_from="All"),
                       Listener("tls-passthrough", "TLS", 443, hostname=HOST, routes_from="All")])


def test_tls_tcp_grpc_routes_synthesize(tmp_path):
    from homelab_constructs.declared import declare_external

    def build(app: cdk8s.App) -> None:
        c = cdk8s.Chart(app, "routes")
        declare_external(c, "Secret", "lab-tls", "network")
        g = passthrough_gateway(c)
        TlsRoute(c, "nas", name="nas", namespace="network", parents=g, hostnames=["nas.homelab.local"],
                 backends=[BackendRef("nas", 9090)])
        TcpRoute(c, "ssh", name="git-ssh", namespace="network", parents=g.listener("ssh"),
                 backends=[BackendRef("git", 22)])
        GrpcRoute(c, "grpc", name="api", namespace="network", parents=g, hostnames=["api.homelab.local"],
                  rules=[GrpcRule(backends=(BackendRef("api", 9000),), service="lab.v1.Api", method="Get")])
        waive(c, "isolation", namespace="network", reason="test")

    out = synth_app(build, tmp_path)  # pinned CRD schemas (TLSRoute/TCPRoute v1) and whole-app rules
    tls = out.find("TLSRoute", "nas")
    assert tls["apiVersion"] == "gateway.networking.k8s.io/v1"
    assert tls["spec"] == {"parentRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway",
                                           "name": "envoy-internal", "namespace": "network",
                                           "sectionName": "tls-passthrough"}],
                           "hostnames": ["nas.homelab.local"], "rules": [{"backendRefs": [{"name": "nas", "port": 9090}]}]}
    tcp = out.find("TCPRoute", "git-ssh")
    assert tcp["apiVersion"] == "gateway.networking.k8s.io/v1"
    assert tcp["spec"]["parentRefs"][0]["sectionName"] == "ssh" and "hostnames" not in tcp["spec"]
    grpc = out.find("GRPCRoute", "api")
    assert grpc["spec"]["rules"] == [{"matches": [{"method": {"service": "lab.v1.Api", "method": "Get"}}],
                                      "backendRefs": [{"name": "api", "port": 9000}]}]


def test_routes_attach_to_a_whole_gateway(tmp_path):
    """``section=None`` (a TCPRoute's default): no ``sectionName``, the route attaches to every
    listener that admits it; the whole-app rules accept it."""
    from homelab_constructs.declared import declare_external

    def build(app: cdk8s.App) -> None:
        c = cdk8s.Chart(app, "routes")
        waive(c, "isolation", namespace="network", reason="test")
        declare_external(c, "Secret", "lab-tls", "network")
        g = passthrough_gateway(c)
        TcpRoute(c, "ssh", name="git-ssh", namespace="network", parents=g, backends=[BackendRef("git", 22)])
        app_route = AppRoute(c, "app", name="wiki", namespace="network", gateway=g, section=None, port=3000)
        assert [(p.section, p.attached) for p in app_route.parents] == [(None, ("http", "https"))]
        assert set(g.hostnames) == {"wiki.homelab.local"}
        HttpRoute(c, "http", name="api", namespace="network", parents="envoy-internal", section=None,
                  rules=[HttpRule(backends=(BackendRef("api", 80),))], hostnames=["api.homelab.local"])

    out = synth_app(build, tmp_path)
    for kind, name in (("TCPRoute", "git-ssh"), ("HTTPRoute", "wiki"), ("HTTPRoute", "api")):
        assert out.find(kind, name, "network")["spec"]["parentRefs"] == [
            {"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "envoy-internal",
             "namespace": "network"}]


def test_tls_and_tcp_routes_under_v1alpha2():
    """``api_version="v1alpha2"`` for a cluster whose Gateway API is older: the same fields, valid
    against the pinned CRD's v1alpha2 schema (which today's Gateway API no longer serves, so the
    whole-app schema check, which checks against what the pinned CRDs serve, refuses it)."""
    from homelab_constructs.validation.schema import crd_schemas

    from conftest import crds_dir

    c = chart()
    g = passthrough_gateway(c)
    tls = TlsRoute(c, "tls", name="nas", namespace="network", parents=g, hostnames=["nas.homelab.local"],
                   backends=[BackendRef("nas", 443)], labels={"app.kubernetes.io/name": "nas"}, api_version="v1alpha2")
    tcp = TcpRoute(c, "tcp", name="ssh", namespace="network", parents=g.listener("ssh"),
                   backends=[BackendRef("git", 22)], api_version="v1alpha2")
    schemas = crd_schemas(str(crds_dir()))
    for route, v1 in ((tls, TlsRoute(c, "tls1", name="nas1", namespace="network", parents=g,
                                     hostnames=["nas1.homelab.local"], backends=[BackendRef("nas", 443)])),
                      (tcp, TcpRoute(c, "tcp1", name="ssh1", namespace="network", parents=g.listener("ssh"),
                                     backends=[BackendRef("git", 22)]))):
        written, reference = route.resource.to_json(), v1.resource.to_json()
        assert written["apiVersion"] == "gateway.networking.k8s.io/v1alpha2"
        assert reference["apiVersion"] == "gateway.networking.k8s.io/v1"
        assert written["kind"] == reference["kind"] and written["spec"]["rules"] == reference["spec"]["rules"]
        crd = schemas.get(written["apiVersion"], written["kind"])
        assert crd is not None and not crd.served
        assert list(crd.validator.iter_errors(written)) == []
    assert tls.resource.to_json()["metadata"]["labels"]["app.kubernetes.io/name"] == "nas"


def test_hostname_claims_cover_every_kind():
    c = chart()
    g = passthrough_gateway(c)
    AppRoute(c, "app", name="nas", namespace="network", gateway=g, port=80, hostname="nas.homelab.local")
    with pytest.raises(ValueError) as err:
        TlsRoute(c, "tls", name="nas", namespace="network", parents=g, hostnames=["nas.homelab.local"],
                 backends=[BackendRef("nas", 9090)])
    assert str(err.value) == ("c/tls: hostname is already routed on gateway envoy-internal (got 'nas.homelab.local'); "
                              "c/app serves it; give each app its own hostname")
    # another port: another listener, no clash
    g2 = gateway(c, "gw2", name="other", https_redirect=False, listeners=[
        Listener("https", "HTTPS", 443, HOST), Listener("alt", "HTTPS", 8443, HOST)])
    AppRoute(c, "a1", name="a1", namespace="x", gateway=g2, port=80, hostname="same.homelab.local")
    AppRoute(c, "a2", name="a2", namespace="x", gateway=g2, section="alt", port=80, hostname="same.homelab.local")
    assert list(g2.hostnames) == ["same.homelab.local"]


ROUTE_CASES = [
    (lambda c, g: TlsRoute(c, "r", name="nas", namespace="network", parents=g.listener("https"),
                           hostnames=["nas.homelab.local"], backends=[BackendRef("nas", 443)]),
     "c/r: listener https of gateway envoy-internal does not admit a TLSRoute (got 'HTTPS 443'); attach to a "
     "listener of protocol TLS"),
    (lambda c, g: TlsRoute(c, "r", name="nas", namespace="network", parents=g, hostnames=[],
                           backends=[BackendRef("nas", 443)]),
     "c/r: a TLSRoute needs at least one hostname (got []); write hostnames=['nas.homelab.local'] (the name clients "
     "send as SNI)"),
    (lambda c, g: TlsRoute(c, "r", name="nas", namespace="network", parents=g, hostnames="nas.homelab.local",
                           backends=[BackendRef("nas", 443)]),
     "c/r: hostnames is not a list or tuple (got 'nas.homelab.local'); write a list such as ['nas.homelab.local']"),
    (lambda c, g: TlsRoute(c, "r", name="nas", namespace="network", parents=g, hostnames=["nas.example.com"],
                           backends=[BackendRef("nas", 443)]),
     "c/r: hostname is outside listener tls-passthrough of gateway envoy-internal (got 'nas.example.com'); use a "
     "name under *.homelab.local, or attach to another listener"),
    (lambda c, g: GrpcRoute(c, "r", name="api", namespace="apps", section=None, parents=gateway(
        c, "web", name="web", namespace="network", https_redirect=False, cluster_issuer=None, listeners=[
            Listener("https", "HTTPS", 443, HOST, routes_from="All", certificates=("lab-tls",)),
            Listener("http", "HTTP", 80, HOST, routes_from="All")]),
        rules=[GrpcRule(backends=(BackendRef("api", 9000),))], hostnames=["api.other.example"]),
     "c/r: hostname is outside every listener of gateway web the route attaches to (got 'api.other.example'); use a "
     "name under *.homelab.local, or attach to another gateway"),
    (lambda c, g: TcpRoute(c, "r", name="ssh", namespace="network", parents=gateway(
        c, "web", name="web", namespace="network", listeners=[Listener("http", "HTTP", 80)], https_redirect=False),
        backends=[BackendRef("git", 22)]),
     "c/r: no listener of gateway web admits a TCPRoute from namespace network (got 'http (HTTP 80, routes from "
     "Same)'); add a listener of protocol TCP or TLS that admits the route, or attach to another gateway"),
    (lambda c, g: HttpRoute(c, "r", name="a", namespace="apps", parents=gateway(
        c, "web", name="web", namespace="network", listeners=[Listener("http", "HTTP", 80)], https_redirect=False),
        section=None, rules=[HttpRule(backends=(BackendRef("a", 80),))]),
     "c/r: no listener of gateway web admits a HTTPRoute from namespace apps (got 'http (HTTP 80, routes from "
     "Same)'); add a listener of protocol HTTP or HTTPS that admits the route, or attach to another gateway"),
    (lambda c, g: TlsRoute(c, "r", name="nas", namespace="network", parents=g, hostnames=["nas.homelab.local"],
                           backends=[BackendRef("nas", 443)], api_version="v1alpha3"),
     "c/r: route API version is unknown (got 'v1alpha3'); did you mean v1alpha2? use one of: v1, v1alpha2"),
    (lambda c, g: TcpRoute(c, "r", name="ssh", namespace="network", parents=g, backends=[BackendRef("git", 22)],
                           api_version=2),
     "c/r: route API version is unknown (got 2); use one of: v1, v1alpha2"),
    (lambda c, g: AppRoute(c, "r", name="nas", namespace="network", gateway=g, port=80, hostname=""),
     "c/r: hostname is empty (got ''); write the app's hostname, such as 'nas.homelab.local', or leave it out for "
     "<name>.<domain>"),
    (lambda c, g: AppRoute(c, "r", name="nas", namespace="network", gateway=g, port=80, service_name=""),
     "c/r: service name is not a DNS label (got ''); use 1-63 lowercase letters, digits or '-', starting and ending "
     "with a letter or digit"),
    (lambda c, g: HttpsRedirect(c, "r", gateways=["envoy-internl"]),
     "c/r: route targets a gateway that does not exist (got 'envoy-internl'); use one of: envoy-internal (declare "
     "gateways before the routes that use them)"),
    (lambda c, g: HttpsRedirect(c, "r", gateways=[g], name=""),
     "c/r: route name is not a DNS label (got ''); use 1-63 lowercase letters, digits or '-', starting and ending "
     "with a letter or digit"),
    (lambda c, g: AppRoute(c, "r", name="nas", namespace="network", port=80,
                           gateway=ListenerRef("envoy-internl", "https")),
     "c/r: route targets a gateway that does not exist (got 'envoy-internl'); use one of: envoy-internal (declare "
     "gateways before the routes that use them)"),
    (lambda c, g: AppRoute(c, "r", name="nas", namespace="network", port=80, gateway=ListenerRef(42, "https")),
     "c/r: gateway is not a HomelabGateway or a gateway name (got 42); pass the HomelabGateway (or several), or the "
     "name of a gateway declared before"),
    (lambda c, g: TcpRoute(c, "r", name="ssh", namespace="network", parents=g.listener("ssh"), backends=[]),
     "c/r: route has no backend (got []); add backends=[BackendRef('<service>', <port>)]"),
    (lambda c, g: TcpRoute(c, "r", name="ssh", namespace="network", parents=g.listener("ssh"),
                           backends=BackendRef("git", 22)),
     "c/r: backends is not a list or tuple (got BackendRef(name='git', port=22, weight=None, namespace=None, "
     "kind=None, group=None)); write a list such as [BackendRef(name='git', port=22, weight=None, namespace=None, "
     "kind=None, group=None)]"),
    (lambda c, g: HttpRoute(c, "r", name="a", namespace="network", parents=g, rules=[]),
     "c/r: an HTTPRoute has 1 to 16 rules (got 0); list between one and 16 HttpRules"),
    (lambda c, g: HttpRoute(c, "r", name="a", namespace="network", parents=g, rules=[{"backends": []}]),
     "c/r: rules[0] is not a HttpRule (got {'backends': []}); write HttpRule(backends=[BackendRef('sonarr', 8989)])"),
    (lambda c, g: HttpRoute(c, "r", name="A", namespace="network", parents=g,
                            rules=[HttpRule(backends=(BackendRef("a", 80),))]),
     "c/r: route name is not a DNS label (got 'A'); use 1-63 lowercase letters, digits or '-', starting and ending "
     "with a letter or digit"),
    (lambda c, g: GrpcRoute(c, "r", name="a", namespace="network", parents=g, rules="x"),
     "c/r: rules is not a list or tuple (got 'x'); write a list such as [GrpcRule(backends=[BackendRef('api', 9000)])]"),
    (lambda c, g: (TcpRoute(c, "r", name="ssh", namespace="network", parents=g.listener("ssh"),
                            backends=[BackendRef("git", 22)]),
                   TcpRoute(c, "r2", name="ssh", namespace="network", parents=g.listener("ssh"),
                            backends=[BackendRef("git", 22)])),
     "c/r2: TCPRoute is declared twice in namespace network (got 'ssh'); c/r already declares it; give each route "
     "its own name"),
]


@pytest.mark.parametrize("make,message", ROUTE_CASES)
def test_route_bad_input(make, message):
    c = chart()
    g = passthrough_gateway(c)
    with pytest.raises(ValueError) as err:
        make(c, g)
    assert str(err.value) == message


DATA_CASES = [
    (lambda: BackendRef(5, 80), "BackendRef.name: backend name is not a DNS subdomain name (got 5); name a Service "
                                "such as 'sonarr' (lowercase letters, digits, '-' or '.')"),
    (lambda: BackendRef("a"), "BackendRef a.port: a Service backend needs a port (got None); write port=<the Service "
                              "port>"),
    (lambda: BackendRef("a", "80"), "BackendRef a.port: port must be an integer in 1-65535 (got '80'); use a valid "
                                    "TCP/UDP port"),
    (lambda: BackendRef("a", 80, weight="1"), "BackendRef a.weight: weight is not an integer (got '1'); write a whole "
                                              "number such as 1"),
    (lambda: BackendRef("a", 80, weight=-1), "BackendRef a.weight: weight must be in 0-1000000 (got -1); use a share "
                                             "such as 1 or 90"),
    (lambda: BackendRef("a", 80, namespace="Media"), "BackendRef a.namespace: namespace is not a DNS label (got "
                                                     "'Media'); use 1-63 lowercase letters, digits or '-', starting "
                                                     "and ending with a letter or digit"),
    (lambda: HttpMatch(path="api"), "HttpMatch.path: path is not an absolute path (got 'api'); write a path such as "
                                    "'/' or '/api'"),
    (lambda: HttpMatch(path_type="Prefix"), "HttpMatch.path_type: path type is unknown (got 'Prefix'); did you mean "
                                            "PathPrefix? use one of: PathPrefix, Exact, RegularExpression"),
    (lambda: HttpMatch(method="get"), "HttpMatch.method: method is unknown (got 'get'); did you mean GET? use one "
                                      "of: GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH"),
    (lambda: HttpMatch(headers=[("X", "1")]), "HttpMatch.headers: headers is not a mapping (got [('X', '1')]); write "
                                              "a dict such as {'X-Forwarded-Proto': 'https'}"),
    (lambda: HttpMatch(headers={"X Env": "1"}), "HttpMatch.headers: header name is not an HTTP header name (got "
                                                "'X Env'); write a header name such as 'X-Forwarded-Proto'"),
    (lambda: RequestRedirect(scheme="HTTPS"), "RequestRedirect.scheme: scheme is unknown (got 'HTTPS'); did you mean "
                                              "https? use one of: https, http"),
    (lambda: RequestRedirect(status_code=300), "RequestRedirect.status_code: redirect status code is not 301, 302, "
                                               "303, 307 or 308 (got 300); use 301 (permanent) or 302 (found)"),
    (lambda: RequestRedirect(path_prefix="/a", full_path="/b"),
     "RequestRedirect.path_prefix: path_prefix and full_path are both given (got ['/a', '/b']); give one: "
     "path_prefix replaces the matched prefix, full_path the whole path"),
    (lambda: HeaderModifier(), "HeaderModifier: header modifier changes nothing (got {}); give set, add or remove"),
    (lambda: HeaderModifier(remove="X-Powered-By"), "HeaderModifier.remove: remove is not a list or tuple (got "
                                                    "'X-Powered-By'); write a tuple such as ('X-Powered-By',)"),
    (lambda: UrlRewrite(), "UrlRewrite: URL rewrite changes nothing (got {}); give hostname, path_prefix or full_path"),
    (lambda: UrlRewrite(hostname="A_B"), "UrlRewrite.hostname: hostname is not a DNS subdomain name (got 'A_B'); "
                                         "write a name such as 'a.lab.local'"),
    (lambda: HttpRule(), "HttpRule.backends: rule has no backend and does not redirect (got []); add "
                         "backends=[BackendRef('<service>', <port>)] or a RequestRedirect filter"),
    (lambda: HttpRule(backends=BackendRef("a", 80)),
     "HttpRule.backends: backends is not a list or tuple (got BackendRef(name='a', port=80, weight=None, "
     "namespace=None, kind=None, group=None)); write a tuple such as (BackendRef(name='a', port=80, weight=None, "
     "namespace=None, kind=None, group=None),)"),
    (lambda: HttpRule(filters=("redirect",)), "HttpRule.filters[0]: filter is not RequestRedirect, HeaderModifier "
                                              "or UrlRewrite (got 'redirect'); write RequestRedirect(scheme='https')"),
    (lambda: HttpRule(filters=(RequestRedirect(scheme="https"), UrlRewrite(path_prefix="/"))),
     "HttpRule.filters: a rule cannot both redirect and rewrite (got [RequestRedirect(scheme='https', hostname=None, "
     "port=None, status_code=302, path_prefix=None, full_path=None), UrlRewrite(hostname=None, path_prefix='/', "
     "full_path=None)]); keep RequestRedirect or UrlRewrite (Gateway API: they may not be used together)"),
    (lambda: HttpRule(backends=(BackendRef("a", 80),), filters=(RequestRedirect(scheme="https"),)),
     "HttpRule.backends: a redirecting rule forwards nowhere (got [BackendRef(name='a', port=80, weight=None, "
     "namespace=None, kind=None, group=None)]); drop the backends, or the RequestRedirect"),
    (lambda: GrpcRule(backends=()), "GrpcRule.backends: rule has no backend (got []); add "
                                    "backends=[BackendRef('<service>', <port>)]"),
    (lambda: GrpcRule(backends=(BackendRef("a", 80),), service=5), "GrpcRule.service: service is not a string or "
                                                                   "None (got 5); write a string such as "
                                                                   "'foo.v1.Greeter', or None"),
]


@pytest.mark.parametrize("make,message", DATA_CASES)
def test_route_data_bad_input(make, message):
    with pytest.raises(ValueError) as err:
        make()
    assert str(err.value) == message
