"""Per-route (or per-gateway) authentication with Envoy Gateway's ``SecurityPolicy``.

:class:`SecurityPolicy` attaches to one HTTPRoute or GRPCRoute (a route construct, an app's
route, or a route name) or one Gateway (a :class:`~.gateway.HomelabGateway` or a name) and puts OpenID Connect
(:class:`OidcAuth`), external authorization (:class:`ExternalAuth`, such as an authentik
outpost's ``/outpost.goauthentik.io/auth/envoy``) or both in front of it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_envoygateway.io.envoyproxy import gateway as eg

from .._base import HomelabConstruct
from .._names import GATEWAY_GROUP
from .._validation import (
    check_bool,
    check_choice,
    check_dns_label,
    check_dns_subdomain,
    check_instance,
    check_port,
    check_sequence,
    check_text,
    check_url,
    fail,
    shown,
)
from .gateway import AppRoute, HomelabGateway, find_gateway
from .routes import GrpcRoute, HttpRoute

#: an HTTP header name (RFC 9110 token)
_HEADER = re.compile(r"^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$")
_TARGET_KINDS = ("HTTPRoute", "GRPCRoute", "Gateway")


def _header(scope: Union[constructs.Construct, str], value: object, what: str) -> str:
    if not isinstance(value, str) or not _HEADER.fullmatch(value):
        raise fail(scope, f"{what} is not an HTTP header name", value,
                   "write a header name such as 'cookie' or 'x-authentik-username'")
    return value


def _headers(scope: constructs.Construct, value: object, what: str) -> list[str]:
    names = list(check_sequence(scope, value, what, _header, example=["cookie"]))
    lowered = [n.lower() for n in names]
    if len(set(lowered)) != len(lowered):
        raise fail(scope, f"{what} list a header twice (names ignore case)", names, "list each header once")
    return names


@dataclass(frozen=True)
class OidcAuth:
    """Sign in with OpenID Connect before the route is reached.

    :param issuer: the provider's issuer URL, such as
        ``https://auth.example.com/oauth2/openid/<app>``.
    :param client_id: the OAuth client id.
    :param client_secret: the name of the Secret (key ``client-secret``) with the client
        secret, in the policy's namespace.
    :param redirect_url: where the provider sends the browser back (default ``None``: Envoy
        Gateway's ``%REQ(x-forwarded-proto)%://%REQ(:authority)%/oauth2/callback``).
    :param logout_path: the path that signs the user out (default ``None``: ``/logout``
        as Envoy Gateway has it).
    :param scopes: OAuth scopes besides ``openid`` (default ``None``: Envoy Gateway's
        ``openid``, ``email``, ``profile``).
    """

    issuer: str
    client_id: str
    client_secret: str
    redirect_url: Optional[str] = None
    logout_path: Optional[str] = None
    scopes: Optional[tuple[str, ...]] = None

    def validate(self, scope: constructs.Construct) -> None:
        check_url(scope, self.issuer, "OIDC issuer", schemes=("https", "http"),
                  fix="write the issuer URL such as 'https://auth.example.com/oauth2/openid/app'")
        text = check_text(scope, self.client_id, "OIDC client id", "grafana")
        if not text or not text.strip() or text != text.strip():
            raise fail(scope, "OIDC client id is blank or padded", self.client_id,
                       "write the client id as the provider shows it, such as 'grafana'")
        check_dns_subdomain(scope, self.client_secret, "OIDC client secret name",
                            "name the Secret holding key 'client-secret', such as 'grafana-oidc'")
        if self.redirect_url is not None:
            check_url(scope, self.redirect_url, "OIDC redirect URL", schemes=("https", "http"),
                      fix="write the callback URL such as 'https://app.example.com/oauth2/callback'")
        if self.logout_path is not None and (not isinstance(self.logout_path, str)
                                             or not self.logout_path.startswith("/") or " " in self.logout_path):
            raise fail(scope, "OIDC logout path is not an absolute path", self.logout_path,
                       "write a path such as '/logout'")
        if self.scopes is not None:
            scopes = check_sequence(scope, self.scopes, "OIDC scopes", example=("email", "profile"))
            for one in scopes:
                if not isinstance(one, str) or not one or any(c.isspace() or c == '"' or c == "\\" for c in one):
                    raise fail(scope, "OIDC scope is not a scope token", one, "write scopes such as 'email' or 'groups'")

    def build(self) -> eg.SecurityPolicySpecOidc:
        return eg.SecurityPolicySpecOidc(
            provider=eg.SecurityPolicySpecOidcProvider(issuer=self.issuer),
            client_id=self.client_id,
            client_secret=eg.SecurityPolicySpecOidcClientSecret(name=self.client_secret),
            redirect_url=self.redirect_url,
            logout_path=self.logout_path,
            scopes=list(self.scopes) if self.scopes is not None else None,
        )


@dataclass(frozen=True)
class ExternalAuth:
    """Ask an HTTP authorization service about every request (Envoy's ext_authz), such as an
    authentik outpost (``path="/outpost.goauthentik.io/auth/envoy"``).

    A Service in another namespace needs a ReferenceGrant there that lets SecurityPolicies of
    the policy's namespace use it (Gateway API ``ReferenceGrant``).

    :param service: the authorization Service's name.
    :param port: its port.
    :param namespace: its namespace (default ``None``: the policy's).
    :param path: the path prefix of the check requests (default ``None``: the request's own path).
    :param headers_to_ext_auth: request headers sent to the service (default ``()``: Envoy
        Gateway's defaults, Host, Method, Path, Content-Length, Authorization).
    :param headers_to_backend: headers of the service's answer copied onto the request to
        the app (default ``()``: none).
    :param fail_open: let requests through when the service cannot be reached (default
        ``False``: they are refused; ``True`` opens the app to anyone while the service is down).
    """

    service: str
    port: int
    namespace: Optional[str] = None
    path: Optional[str] = None
    headers_to_ext_auth: tuple[str, ...] = ()
    headers_to_backend: tuple[str, ...] = ()
    fail_open: bool = False

    def validate(self, scope: constructs.Construct) -> None:
        check_dns_label(scope, self.service, "external auth Service name")
        check_port(scope, self.port, "external auth Service port")
        if self.namespace is not None:
            check_dns_label(scope, self.namespace, "external auth Service namespace")
        if self.path is not None and (not isinstance(self.path, str) or not self.path.startswith("/")
                                      or any(c.isspace() for c in self.path)):
            raise fail(scope, "external auth path is not an absolute path", self.path,
                       "write a path such as '/outpost.goauthentik.io/auth/envoy'")
        _headers(scope, self.headers_to_ext_auth, "headers to the auth service")
        _headers(scope, self.headers_to_backend, "headers to the backend")
        check_bool(scope, self.fail_open, "external auth fail_open",
                   "write False (refuse requests while the auth service is down) or True")

    def build(self) -> eg.SecurityPolicySpecExtAuth:
        return eg.SecurityPolicySpecExtAuth(
            fail_open=self.fail_open,
            headers_to_ext_auth=list(self.headers_to_ext_auth) or None,
            http=eg.SecurityPolicySpecExtAuthHttp(
                backend_refs=[eg.SecurityPolicySpecExtAuthHttpBackendRefs(
                    name=self.service, namespace=self.namespace, port=self.port)],
                path=self.path,
                headers_to_backend=list(self.headers_to_backend) or None,
            ),
        )


class SecurityPolicy(HomelabConstruct):
    """An Envoy Gateway ``SecurityPolicy`` (gateway.envoyproxy.io/v1alpha1) on one route or gateway.

    :param target: what to protect: an :class:`AppRoute`, an
        :class:`~homelab_constructs.gateway.routes.HttpRoute` or ``GrpcRoute``, a
        :class:`~homelab_constructs.HomelabApp` (its route), a :class:`HomelabGateway`, or a
        name (``target_kind`` says what it names; ``namespace`` is required, except for a gateway
        of the app, whose namespace is its own).
    :param target_kind: ``HTTPRoute`` (default), ``GRPCRoute`` or ``Gateway``, for a target given by name.
    :param namespace: the policy's namespace, which is the target's (default ``None``: the
        target object's namespace).
    :param name: the policy's name (default ``None``: the target's name).
    :param oidc: OpenID Connect sign-in (default ``None``).
    :param ext_auth: external authorization (default ``None``). At least one of the two.

    The written object is :attr:`resource`.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        target: Union[AppRoute, HttpRoute, GrpcRoute, HomelabGateway, str, Any],
        target_kind: str = "HTTPRoute",
        namespace: Optional[str] = None,
        name: Optional[str] = None,
        oidc: Optional[OidcAuth] = None,
        ext_auth: Optional[ExternalAuth] = None,
    ) -> None:
        super().__init__(scope, id)
        kind, target_name, target_namespace = self._target(target, target_kind)
        if kind == "Gateway" and target_namespace is None and namespace is None:
            target_namespace = find_gateway(self, target_name).namespace  # a gateway of the app, by name
        if namespace is None:
            if target_namespace is None:
                raise fail(self, "security policy namespace is missing for a target given by name", target,
                           "pass namespace= (the route's or gateway's namespace)")
            namespace = target_namespace
        self.namespace = check_dns_label(self, namespace, "security policy namespace")
        if target_namespace is not None and target_namespace != self.namespace:
            raise fail(self, f"security policy namespace differs from its target's {target_namespace}", namespace,
                       f"drop namespace= or use {target_namespace}: a SecurityPolicy only targets its own namespace")
        self.name = check_dns_subdomain(self, target_name if name is None else name, "security policy name")
        check_instance(self, oidc, OidcAuth, "oidc", "write OidcAuth(issuer=..., client_id=..., client_secret=...)",
                       optional=True)
        check_instance(self, ext_auth, ExternalAuth, "ext_auth", "write ExternalAuth(service=..., port=...)",
                       optional=True)
        if oidc is None and ext_auth is None:
            raise fail(self, "security policy has neither oidc nor ext_auth", None,
                       "pass oidc=OidcAuth(...), ext_auth=ExternalAuth(...) or both")
        if oidc is not None:
            oidc.validate(self)
        if ext_auth is not None:
            ext_auth.validate(self)

        self.resource = eg.SecurityPolicy(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace),
            spec=eg.SecurityPolicySpec(
                target_refs=[eg.SecurityPolicySpecTargetRefs(group=GATEWAY_GROUP, kind=kind, name=target_name)],
                oidc=oidc.build() if oidc is not None else None,
                ext_auth=ext_auth.build() if ext_auth is not None else None,
            ),
        )

    def _target(self, target: object, target_kind: object) -> tuple[str, str, Optional[str]]:
        """``(kind, name, namespace or None)`` of the target."""
        if isinstance(target, constructs.Construct) and hasattr(target, "route"):  # an app (HomelabApp): its route
            route = target.route
            if not isinstance(route, AppRoute):
                raise fail(self, "security policy target app has no route", shown(target),
                           "give the app a gateway (HomelabApp(gateway=...)), or target a route or gateway")
            target = route
        if isinstance(target, (AppRoute, HttpRoute)):
            return "HTTPRoute", target.name, target.namespace
        if isinstance(target, GrpcRoute):
            return "GRPCRoute", target.name, target.namespace
        if isinstance(target, HomelabGateway):
            return "Gateway", target.name, target.namespace
        if not isinstance(target, str):
            raise fail(self, "security policy target is not a route, an app, a HomelabGateway or a name", shown(target),
                       "pass the AppRoute, HttpRoute, HomelabApp or HomelabGateway, or the route's name with namespace=")
        kind = check_choice(self, target_kind, _TARGET_KINDS, "security policy target kind")
        return kind, check_dns_label(self, target, f"security policy target {kind} name"), None
