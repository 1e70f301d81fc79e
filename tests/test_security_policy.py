"""SecurityPolicy: seed 002's per-app OIDC and authentik ext-auth components, field for field,
valid against the pinned SecurityPolicy CRD (schema and CEL rules), and every bad input."""
from __future__ import annotations

import re

from homelab_constructs import (
    AppRoute,
    EnvoyProfile,
    ExternalAuth,
    HomelabGateway,
    OidcAuth,
    SecurityPolicy,
    SelfSignedCa,
    waive,
)
from homelab_constructs.validation import validate_objects

import cdk8s
import pytest
from cdk8s_plus_27 import k8s
from conftest import crds_dir, synth_app

APP = "grafana"
AUTHENTIK_HEADERS = ("set-cookie", "x-authentik-username", "x-authentik-groups", "x-authentik-email",
                     "x-authentik-name", "x-authentik-uid", "authorization")


def seed_oidc(app: str) -> OidcAuth:
    return OidcAuth(issuer=f"https://auth.cloudjur.com/oauth2/openid/{app}", client_id=app,
                    client_secret=f"{app}-oidc", redirect_url=f"https://{app}.cloudjur.com/oauth2/callback",
                    logout_path="/logout")


SEED_EXT_AUTH = ExternalAuth(service="ak-outpost-proxy-outpost-external", namespace="security", port=80,
                             path="/outpost.goauthentik.io/auth/envoy",
                             headers_to_ext_auth=("X-Forwarded-Proto", "cookie"), headers_to_backend=AUTHENTIK_HEADERS)


def build(app: cdk8s.App) -> None:
    chart = cdk8s.Chart(app, "auth")
    profile = EnvoyProfile(chart, "Envoy", install=False, dashboards=())
    gateway = HomelabGateway(chart, "gw", name="envoy-internal", namespace="network", domain="cloudjur.com",
                             gateway_class=profile, cluster_issuer=SelfSignedCa(chart, "Ca"))
    for namespace in ("observability", "docs"):
        k8s.KubeNamespace(chart, namespace, metadata=k8s.ObjectMeta(
            name=namespace, labels={"kubernetes.io/metadata.name": namespace}))
        waive(chart, "isolation", namespace=namespace, reason="policies are not what this test is about")
    grafana = AppRoute(chart, "grafana", name=APP, namespace="observability", gateway=gateway, port=3000)
    AppRoute(chart, "wiki", name="wiki", namespace="docs", gateway=gateway, port=3000)
    SecurityPolicy(chart, "Oidc", target=grafana, name="envoy-oidc", oidc=seed_oidc(APP))
    SecurityPolicy(chart, "ExtAuth", target="wiki", namespace="docs", name="ext-auth", ext_auth=SEED_EXT_AUTH)
    SecurityPolicy(chart, "GatewayAuth", target=gateway, oidc=OidcAuth(
        issuer="https://auth.cloudjur.com/oauth2/openid/lab", client_id="lab", client_secret="lab-oidc",
        scopes=("email", "groups")))


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    return synth_app(build, tmp_path_factory.mktemp("security"))


def test_objects_are_valid(lab):
    from homelab_constructs.validation.recommendations import read_waivers

    report = validate_objects(lab.pairs(), crds_dir(), waivers=read_waivers(lab.outdir))  # the waivers synth wrote
    assert [str(p) for p in report.problems] == []
    assert report.cel.evaluated > 0 and report.cel.skipped == {}


def test_seed_oidc(lab):
    policy = lab.find("SecurityPolicy", "envoy-oidc", "observability")
    assert policy["apiVersion"] == "gateway.envoyproxy.io/v1alpha1"
    assert policy["spec"] == {
        "targetRefs": [{"group": "gateway.networking.k8s.io", "kind": "HTTPRoute", "name": "grafana"}],
        "oidc": {"provider": {"issuer": "https://auth.cloudjur.com/oauth2/openid/grafana"},
                 "clientID": "grafana", "clientSecret": {"name": "grafana-oidc"},
                 "redirectURL": "https://grafana.cloudjur.com/oauth2/callback", "logoutPath": "/logout"},
    }


def test_seed_ext_auth(lab):
    spec = lab.find("SecurityPolicy", "ext-auth", "docs")["spec"]
    assert spec == {
        "targetRefs": [{"group": "gateway.networking.k8s.io", "kind": "HTTPRoute", "name": "wiki"}],
        "extAuth": {
            "failOpen": False,
            "headersToExtAuth": ["X-Forwarded-Proto", "cookie"],
            "http": {"backendRefs": [{"name": "ak-outpost-proxy-outpost-external", "namespace": "security",
                                      "port": 80}],
                     "path": "/outpost.goauthentik.io/auth/envoy",
                     "headersToBackend": list(AUTHENTIK_HEADERS)},
        },
    }


def test_gateway_target_and_scopes(lab):
    spec = lab.find("SecurityPolicy", "envoy-internal", "network")["spec"]
    assert spec["targetRefs"] == [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "envoy-internal"}]
    assert spec["oidc"]["scopes"] == ["email", "groups"]
    assert "redirectURL" not in spec["oidc"] and "logoutPath" not in spec["oidc"]


# ---- bad input

@pytest.fixture
def chart():
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def raises(msg):
    return pytest.raises(ValueError, match="^" + re.escape(msg) + "$")


def oidc(**kw):
    return OidcAuth(**{"issuer": "https://auth.example.com/o", "client_id": "app", "client_secret": "app-oidc", **kw})


def ext(**kw):
    return ExternalAuth(**{"service": "outpost", "port": 80, **kw})


BAD = [
    (dict(target=5), "c/p: security policy target is not a route, an app, a HomelabGateway or a name (got 5); "
     "pass the AppRoute, HttpRoute, HomelabApp or HomelabGateway, or the route's name with namespace="),
    (dict(target="Wiki", namespace="docs"), "c/p: security policy target HTTPRoute name is not a DNS label "
     "(got 'Wiki'); use 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit"),
    (dict(target="wiki", namespace=None), "c/p: security policy namespace is missing for a target given by name (got 'wiki'); "
     "pass namespace= (the route's or gateway's namespace)"),
    (dict(target="wiki", namespace="docs", target_kind="TLSRoute"), "c/p: security policy target kind is unknown "
     "(got 'TLSRoute'); did you mean HTTPRoute? use one of: HTTPRoute, GRPCRoute, Gateway"),
    (dict(target="wiki", namespace=["docs"]), "c/p: security policy namespace is not a DNS label (got ['docs']); "
     "use 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit"),
    (dict(target="wiki", namespace="docs", name="Auth"), "c/p: security policy name is not a DNS subdomain name "
     "(got 'Auth'); use at most 253 lowercase letters, digits, '-' or '.', each dot-separated part starting and "
     "ending with a letter or digit"),
    (dict(target="wiki", namespace="docs"), "c/p: security policy has neither oidc nor ext_auth (got None); "
     "pass oidc=OidcAuth(...), ext_auth=ExternalAuth(...) or both"),
    (dict(oidc={"issuer": "x"}), "c/p: oidc is not an OidcAuth or None (got {'issuer': 'x'}); "
     "write OidcAuth(issuer=..., client_id=..., client_secret=...)"),
    (dict(ext_auth="outpost"), "c/p: ext_auth is not an ExternalAuth or None (got 'outpost'); "
     "write ExternalAuth(service=..., port=...)"),
    (dict(oidc=oidc(issuer=None)), "c/p: OIDC issuer is not an http(s) URL (got None); "
     "write the issuer URL such as 'https://auth.example.com/oauth2/openid/app'"),
    (dict(oidc=oidc(issuer="auth.example.com")), "c/p: OIDC issuer has no scheme (got 'auth.example.com'); "
     "write it with its scheme, such as 'https://auth.example.com'"),
    (dict(oidc=oidc(client_id=3)), "c/p: OIDC client id is not a string (got 3); write a string such as 'grafana'"),
    (dict(oidc=oidc(client_id="")), "c/p: OIDC client id is blank or padded (got ''); "
     "write the client id as the provider shows it, such as 'grafana'"),
    (dict(oidc=oidc(client_secret=None)), "c/p: OIDC client secret name is not a DNS subdomain name (got None); "
     "name the Secret holding key 'client-secret', such as 'grafana-oidc'"),
    (dict(oidc=oidc(client_secret="App_Secret")), "c/p: OIDC client secret name is not a DNS subdomain name "
     "(got 'App_Secret'); name the Secret holding key 'client-secret', such as 'grafana-oidc'"),
    (dict(oidc=oidc(redirect_url=1)), "c/p: OIDC redirect URL is not an http(s) URL (got 1); "
     "write the callback URL such as 'https://app.example.com/oauth2/callback'"),
    (dict(oidc=oidc(logout_path=1)), "c/p: OIDC logout path is not an absolute path (got 1); "
     "write a path such as '/logout'"),
    (dict(oidc=oidc(logout_path="logout")), "c/p: OIDC logout path is not an absolute path (got 'logout'); "
     "write a path such as '/logout'"),
    (dict(oidc=oidc(scopes="email")), "c/p: OIDC scopes is not a list or tuple (got 'email'); "
     "write a tuple such as ('email',)"),
    (dict(oidc=oidc(scopes=("email profile",))), "c/p: OIDC scope is not a scope token (got 'email profile'); "
     "write scopes such as 'email' or 'groups'"),
    (dict(ext_auth=ext(service=None)), "c/p: external auth Service name is not a DNS label (got None); "
     "use 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit"),
    (dict(ext_auth=ext(port="80")), "c/p: external auth Service port must be an integer in 1-65535 (got '80'); "
     "use a valid TCP/UDP external auth Service port"),
    (dict(ext_auth=ext(port=0)), "c/p: external auth Service port must be an integer in 1-65535 (got 0); "
     "use a valid TCP/UDP external auth Service port"),
    (dict(ext_auth=ext(namespace="Security")), "c/p: external auth Service namespace is not a DNS label "
     "(got 'Security'); use 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit"),
    (dict(ext_auth=ext(path=5)), "c/p: external auth path is not an absolute path (got 5); "
     "write a path such as '/outpost.goauthentik.io/auth/envoy'"),
    (dict(ext_auth=ext(path="outpost.goauthentik.io/auth/envoy")), "c/p: external auth path is not an absolute path "
     "(got 'outpost.goauthentik.io/auth/envoy'); write a path such as '/outpost.goauthentik.io/auth/envoy'"),
    (dict(ext_auth=ext(headers_to_ext_auth="cookie")), "c/p: headers to the auth service is not a list or tuple "
     "(got 'cookie'); write a list such as ['cookie']"),
    (dict(ext_auth=ext(headers_to_ext_auth=("cookie", "Cookie"))), "c/p: headers to the auth service list a "
     "header twice (names ignore case) (got ['cookie', 'Cookie']); list each header once"),
    (dict(ext_auth=ext(headers_to_backend=("x authentik",))), "c/p: headers to the backend[0] is not an HTTP "
     "header name (got 'x authentik'); write a header name such as 'cookie' or 'x-authentik-username'"),
    (dict(ext_auth=ext(headers_to_backend=(None,))), "c/p: headers to the backend[0] is not an HTTP header name "
     "(got None); write a header name such as 'cookie' or 'x-authentik-username'"),
    (dict(ext_auth=ext(fail_open="false")), "c/p: external auth fail_open must be True or False (got 'false'); "
     "write False (refuse requests while the auth service is down) or True"),
]


@pytest.mark.parametrize("kw, msg", BAD, ids=[str(i) for i in range(len(BAD))])
def test_bad_input(chart, kw, msg):
    kw = {"target": "wiki", "namespace": "docs", **kw}
    with raises(msg):
        SecurityPolicy(chart, "p", **kw)


def test_namespace_differs_from_the_route(chart):
    ca = SelfSignedCa(chart, "Ca")
    gateway = HomelabGateway(chart, "gw", name="edge", namespace="network", domain="homelab.local",
                             cluster_issuer=ca)
    route = AppRoute(chart, "r", name="wiki", namespace="docs", gateway=gateway, port=3000)
    with raises("c/p: security policy namespace differs from its target's docs (got 'network'); "
                "drop namespace= or use docs: a SecurityPolicy only targets its own namespace"):
        SecurityPolicy(chart, "p", target=route, namespace="network", oidc=oidc())
