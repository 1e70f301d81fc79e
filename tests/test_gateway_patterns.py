"""Patterns real clusters use that the gateway constructs accept: a gateway class written by the
app, a SecurityPolicy on an app or any route, gateways given by name wherever a gateway is taken
(and a one-line error, never a Python exception, for anything else), route labels."""
from __future__ import annotations

import re

from homelab_constructs import (
    AppRoute,
    BackendRef,
    EnvoyProfile,
    HomelabApp,
    HomelabGateway,
    HomelabValidationError,
    HttpRoute,
    HttpRule,
    HttpsRedirect,
    ListenerRef,
    OidcAuth,
    SecurityPolicy,
    TcpRoute,
    TlsRoute,
    validate_app,
)

import cdk8s
import pytest

OIDC = OidcAuth(issuer="https://auth.example.com/o", client_id="app", client_secret="app-oidc")


def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def gateway(c: cdk8s.Chart, **kw: object) -> HomelabGateway:
    kw = {"name": "edge", "namespace": "network", "domain": "lab.example", "cluster_issuer": "ca", **kw}
    return HomelabGateway(c, "gw", **kw)  # type: ignore[arg-type]


def test_a_gateway_class_the_app_writes_is_accepted():
    c = chart()
    gateway(c, gateway_class="haproxy")
    cdk8s.ApiObject(c, "class", api_version="gateway.networking.k8s.io/v1", kind="GatewayClass",
                    metadata=cdk8s.ApiObjectMetadata(name="haproxy"))
    validate_app(c.node.root)


@pytest.mark.parametrize("gateway_class", ["cilium", "envoy", "istio"])
def test_known_gateway_classes_need_no_object(gateway_class):
    c = chart()
    gateway(c, gateway_class=gateway_class)
    validate_app(c.node.root)


def test_an_unknown_gateway_class_is_refused_with_the_known_ones():
    c = chart()
    gateway(c, gateway_class="haproxy")
    with pytest.raises(HomelabValidationError, match="^" + re.escape(
            "c/gw: gateway class is written by nothing in the app and is no known implementation's class (got "
            "'haproxy'); use one of: cilium, envoy, eg, istio, kgateway, nginx, traefik (their controllers create "
            "them), pass the implementation (such as an EnvoyProfile) as gateway_class") + "$"):
        validate_app(c.node.root)


def test_security_policy_on_an_app_a_route_or_a_gateway_by_name():
    c = chart()
    profile = EnvoyProfile(c, "envoy", install=False)
    edge = gateway(c, gateway_class=profile)
    app = HomelabApp(c, "wiki", name="wiki", namespace="network", port=3000, gateway=edge)
    route = HttpRoute(c, "api", name="api", namespace="network", parents=edge,
                      rules=[HttpRule(backends=(BackendRef("api", 80),))])
    on_app = SecurityPolicy(c, "app", target=app, oidc=OIDC)
    on_route = SecurityPolicy(c, "route", target=route, oidc=OIDC)
    on_gateway = SecurityPolicy(c, "gateway", target="edge", target_kind="Gateway", name="edge-auth", oidc=OIDC)
    refs = [p.resource.to_json()["spec"]["targetRefs"] for p in (on_app, on_route, on_gateway)]
    assert refs == [[{"group": "gateway.networking.k8s.io", "kind": kind, "name": name}]
                    for kind, name in (("HTTPRoute", "wiki"), ("HTTPRoute", "api"), ("Gateway", "edge"))]
    assert [p.namespace for p in (on_app, on_route, on_gateway)] == ["network"] * 3


@pytest.mark.parametrize("make, message", [
    (lambda c, g: SecurityPolicy(c, "p", target=HomelabApp(c, "a", name="db", namespace="network", port=5432),
                                 oidc=OIDC),
     "c/p: security policy target app has no route (got <HomelabApp c/a>); give the app a gateway "
     "(HomelabApp(gateway=...)), or target a route or gateway"),
    (lambda c, g: SecurityPolicy(c, "p", target="edg", target_kind="Gateway", oidc=OIDC),
     "c/p: route targets a gateway that does not exist (got 'edg'); use one of: edge (declare gateways before the "
     "routes that use them)"),
    (lambda c, g: SecurityPolicy(c, "p", target=g.listener("https"), oidc=OIDC),
     "c/p: security policy target is not a route, an app, a HomelabGateway or a name (got "
     "ListenerRef(<HomelabGateway c/gw>, 'https')); pass the AppRoute, "
     "HttpRoute, HomelabApp or HomelabGateway, or the route's name with namespace="),
])
def test_security_policy_bad_targets(make, message):
    c = chart()
    g = gateway(c)
    with pytest.raises(ValueError) as err:
        make(c, g)
    assert str(err.value) == message


def test_app_route_labels():
    c = chart()
    route = AppRoute(c, "r", name="adguard", namespace="network", gateway=gateway(c), port=3000,
                     labels={"app.kubernetes.io/name": "adguard"})
    assert route.resource.to_json()["metadata"]["labels"]["app.kubernetes.io/name"] == "adguard"
    with pytest.raises(ValueError) as err:
        AppRoute(c, "r2", name="x", namespace="network", gateway="edge", port=80, labels={"a": "b c"})
    assert str(err.value) == ("c/r2: labels['a'] is not a label value (got 'b c'); write up to 63 letters, digits, "
                              "'-', '_' or '.', starting and ending with a letter or digit")


#: every prop of the gateway constructs that takes a gateway, with a value of the wrong kind
_BAD_GATEWAYS = [None, 42, 1.5, b"edge", ["edge", 3], {"name": "edge"}, ListenerRef(7, "https"),
                 ListenerRef("nowhere", "https")]
_TAKERS = {
    "AppRoute": lambda c, g: AppRoute(c, "r", name="a", namespace="network", gateway=g, port=80),
    "HttpRoute": lambda c, g: HttpRoute(c, "r", name="a", namespace="network", parents=g,
                                        rules=[HttpRule(backends=(BackendRef("a", 80),))]),
    "TlsRoute": lambda c, g: TlsRoute(c, "r", name="a", namespace="network", parents=g, hostnames=["a.lab.example"],
                                      backends=[BackendRef("a", 443)]),
    "TcpRoute": lambda c, g: TcpRoute(c, "r", name="a", namespace="network", parents=g, backends=[BackendRef("a", 22)]),
    "HttpsRedirect": lambda c, g: HttpsRedirect(c, "r", gateways=g if isinstance(g, list) else [g]),
    "HomelabApp": lambda c, g: HomelabApp(c, "r", name="a", namespace="network", port=80, gateway=g),
    "SecurityPolicy": lambda c, g: SecurityPolicy(c, "r", target=g, target_kind="Gateway", oidc=OIDC),
}


@pytest.mark.parametrize("taker", sorted(_TAKERS))
@pytest.mark.parametrize("bad", range(len(_BAD_GATEWAYS)))
def test_a_wrong_gateway_is_one_line_never_a_python_error(taker, bad):
    c = chart()
    gateway(c, tls_passthrough_port=8443, https_redirect=False)
    if taker == "HomelabApp" and _BAD_GATEWAYS[bad] is None:
        pytest.skip("gateway=None: an app without a route")
    with pytest.raises(ValueError) as err:
        _TAKERS[taker](c, _BAD_GATEWAYS[bad])
    assert type(err.value) is ValueError and "\n" not in str(err.value) and str(err.value).startswith("c/")
    assert " (got " in str(err.value)


@pytest.mark.parametrize("taker", sorted(_TAKERS))
def test_a_gateway_name_the_app_knows_is_taken(taker):
    c = chart()
    gateway(c, tls_passthrough_port=8443, https_redirect=False)
    if taker in ("TcpRoute",):
        pytest.skip("the default listeners admit no TCPRoute")
    _TAKERS[taker](c, "edge")
