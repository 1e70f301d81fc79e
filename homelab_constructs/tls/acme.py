"""ACME issuers (Let's Encrypt and any RFC 8555 server) with DNS-01 through Cloudflare or HTTP-01
through the Gateway API.

An :class:`AcmeIssuer` is an :class:`~homelab_constructs.tls.issuer.Issuer`: pass it to
``HomelabGateway(cluster_issuer=...)`` or ``Certificate(issuer=...)``. It writes a
``ClusterIssuer``, or an ``Issuer`` when given a namespace (cert-manager's two kinds have the same
``spec.acme``; the bindings have one struct class per kind, picked by name).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional, Sequence, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_certmanager.io import cert_manager as cm

from .._base import HomelabConstruct
from .._validation import (
    DATA_KEY,
    check_dns_label,
    check_dns_subdomain,
    check_sequence,
    check_text,
    check_url,
    claim_once,
    fail,
    is_dns_name,
    shown,
)
from .certificate import CERT_MANAGER_REGISTRY
from .issuer import CLUSTER_ISSUER, NAMESPACED_ISSUER

#: Let's Encrypt's ACME directories: production (trusted) and staging (untrusted, high limits)
LETSENCRYPT_PRODUCTION = "https://acme-v02.api.letsencrypt.org/directory"
LETSENCRYPT_STAGING = "https://acme-staging-v02.api.letsencrypt.org/directory"

_PROFILE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _zone(scope: Any, value: object, what: str) -> str:
    if not is_dns_name(value, min_labels=1):
        raise fail(scope, f"{what} is not a DNS name", value, "write a zone such as 'example.com'")
    return value  # type: ignore[return-value]


def _name(scope: Any, value: object, what: str) -> str:
    name = value[2:] if isinstance(value, str) and value.startswith("*.") else value
    if not is_dns_name(name, min_labels=1):
        raise fail(scope, f"{what} is not a DNS name", value, "write a name such as 'example.com' or '*.example.com'")
    return value  # type: ignore[return-value]


def _selector(where: str, zones: object, names: object) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (check_sequence(f"{where}.dns_zones", zones, "dns_zones", _zone, example=("example.com",), item="zone"),
            check_sequence(f"{where}.dns_names", names, "dns_names", _name, example=("example.com",), item="name"))


@dataclass(frozen=True)
class CloudflareDns01:
    """A DNS-01 solver through Cloudflare, with an API token read from a Secret.

    The Secret lives in cert-manager's cluster resource namespace for a ClusterIssuer (the
    chart's namespace, ``cert-manager`` by default), in the issuer's namespace for an Issuer.
    The token needs Zone:Read and DNS:Edit.

    :param token_secret: the Secret holding the API token.
    :param token_key: the token's key in that Secret (default ``api-token``).
    :param dns_zones: use this solver only for names in these zones (``selector.dnsZones``;
        default ``()``: every name).
    :param dns_names: use it only for these exact names (``selector.dnsNames``; default ``()``).
    """

    token_secret: str
    token_key: str = "api-token"
    dns_zones: Sequence[str] = ()
    dns_names: Sequence[str] = ()

    def __post_init__(self) -> None:
        check_text("CloudflareDns01.token_secret", self.token_secret, "token_secret", "cloudflare-issuer-secret")
        check_dns_subdomain("CloudflareDns01.token_secret", self.token_secret, "token_secret")
        if not isinstance(self.token_key, str) or not DATA_KEY.fullmatch(self.token_key):
            raise fail("CloudflareDns01.token_key", "token_key is not a Secret key", self.token_key,
                       "use letters, digits, '-', '_' or '.', such as 'CLOUDFLARE_DNS_TOKEN'")
        zones, names = _selector("CloudflareDns01", self.dns_zones, self.dns_names)
        object.__setattr__(self, "dns_zones", zones)
        object.__setattr__(self, "dns_names", names)


@dataclass(frozen=True)
class GatewayHttp01:
    """An HTTP-01 solver: cert-manager answers the challenge with an HTTPRoute attached to a
    Gateway's plain-HTTP listener (``http01.gatewayHTTPRoute.parentRefs``; cert-manager's
    Gateway API support must be on).

    :param gateway: the Gateway's name.
    :param namespace: its namespace.
    :param section_name: the HTTP listener on port 80 (default ``http``).
    :param dns_zones: use this solver only for names in these zones (default ``()``: every name).
    :param dns_names: use it only for these exact names (default ``()``).
    """

    gateway: str
    namespace: str
    section_name: Optional[str] = "http"
    dns_zones: Sequence[str] = ()
    dns_names: Sequence[str] = ()

    def __post_init__(self) -> None:
        check_dns_label("GatewayHttp01.gateway", self.gateway, "gateway")
        check_dns_label("GatewayHttp01.namespace", self.namespace, "namespace")
        if self.section_name is not None:
            check_dns_label("GatewayHttp01.section_name", self.section_name, "section_name")
        zones, names = _selector("GatewayHttp01", self.dns_zones, self.dns_names)
        object.__setattr__(self, "dns_zones", zones)
        object.__setattr__(self, "dns_names", names)


Solver = Union[CloudflareDns01, GatewayHttp01]
SOLVER_FIX = ("pass solvers such as [CloudflareDns01(token_secret='cloudflare-issuer-secret', "
              "dns_zones=['example.com'])] or [GatewayHttp01(gateway='homelab-gateway', namespace='default')]")


class AcmeIssuer(HomelabConstruct):
    """A cert-manager ACME issuer: a ``ClusterIssuer`` (or an ``Issuer`` in ``namespace``).

    :param name: the issuer's name, such as ``letsencrypt-production``.
    :param solvers: how challenges are answered, tried in order (each may select zones or
        names): :class:`CloudflareDns01` and/or :class:`GatewayHttp01`; at least one.
    :param server: the ACME directory URL (default :data:`LETSENCRYPT_PRODUCTION`;
        :data:`LETSENCRYPT_STAGING` for tests, or any RFC 8555 server).
    :param email: the ACME account's contact address (default ``None``: none; Let's Encrypt no
        longer sends expiry mail, so it is optional).
    :param private_key_secret: the Secret cert-manager creates for the ACME account key
        (default: the issuer's name).
    :param profile: the ACME certificate profile, such as Let's Encrypt's ``shortlived`` (six-day
        certificates) or ``tlsserver`` (default ``None``: the server's default profile).
    :param namespace: write a namespaced ``Issuer`` there (default ``None``: a ``ClusterIssuer``).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        solvers: Sequence[Solver],
        server: str = LETSENCRYPT_PRODUCTION,
        email: Optional[str] = None,
        private_key_secret: Optional[str] = None,
        profile: Optional[str] = None,
        namespace: Optional[str] = None,
    ) -> None:
        super().__init__(scope, id)
        self._validate(name, solvers, server, email, private_key_secret, profile, namespace)
        kind = self.issuer_kind
        claim_once(self, CERT_MANAGER_REGISTRY, (kind, *((namespace,) if namespace else ()), self.name),
                   f"{kind} is declared twice", self.name, "give each issuer its own name")
        prefix = "ClusterIssuer" if kind == CLUSTER_ISSUER else "Issuer"
        acme = getattr(cm, f"{prefix}SpecAcme")(
            server=self.server,
            email=self.email,
            profile=self.profile,
            private_key_secret_ref=getattr(cm, f"{prefix}SpecAcmePrivateKeySecretRef")(name=self.private_key_secret),
            solvers=[self._solver(prefix, s) for s in self.solvers],
        )
        spec = getattr(cm, f"{prefix}Spec")(acme=acme)
        metadata = ApiObjectMetadata(name=self.name, namespace=namespace)
        self.resource = (cm.ClusterIssuer(self, "Resource", metadata=metadata, spec=spec) if kind == CLUSTER_ISSUER
                         else cm.Issuer(self, "Resource", metadata=metadata, spec=spec))

    def _validate(self, name: object, solvers: object, server: object, email: object, private_key_secret: object,
                  profile: object, namespace: object) -> None:
        self.name = check_dns_subdomain(self, name, "issuer name")
        self.solvers: tuple[Solver, ...] = check_sequence(self, solvers, "solvers", _check_solver,
                                                          example=[CloudflareDns01("cloudflare-issuer-secret")])
        if not self.solvers:
            raise fail(self, "issuer has no solvers", solvers, SOLVER_FIX)
        self.server = check_url(self, server, "server", schemes=("https",),
                                fix="write the ACME directory URL, such as LETSENCRYPT_PRODUCTION")
        self.email = check_text(self, email, "email", "admin@example.com", optional=True)
        if self.email is not None and not _EMAIL.fullmatch(self.email):
            raise fail(self, "email is not an email address", email, "write an address such as 'admin@example.com'")
        check_text(self, private_key_secret, "private key secret", "letsencrypt-production", optional=True)
        self.private_key_secret = check_dns_subdomain(self, private_key_secret or self.name, "private key secret")
        self.profile = check_text(self, profile, "profile", "shortlived", optional=True)
        if self.profile is not None and not _PROFILE.fullmatch(self.profile):
            raise fail(self, "profile is not an ACME profile name", profile,
                       "name a profile the server lists, such as 'shortlived', 'tlsserver' or 'classic'")
        check_text(self, namespace, "namespace", "network", optional=True)
        #: :class:`~homelab_constructs.tls.issuer.Issuer`: the kind, name and namespace
        self.issuer_namespace: Optional[str] = (None if namespace is None
                                                else check_dns_label(self, namespace, "namespace"))
        self.issuer_kind = CLUSTER_ISSUER if namespace is None else NAMESPACED_ISSUER
        self.issuer_name = self.name

    @staticmethod
    def _solver(prefix: str, solver: Solver) -> Any:
        solvers = f"{prefix}SpecAcmeSolvers"
        selector = None
        if solver.dns_zones or solver.dns_names:
            selector = getattr(cm, f"{solvers}Selector")(dns_zones=list(solver.dns_zones) or None,
                                                        dns_names=list(solver.dns_names) or None)
        if isinstance(solver, CloudflareDns01):
            token = getattr(cm, f"{solvers}Dns01CloudflareApiTokenSecretRef")(name=solver.token_secret,
                                                                            key=solver.token_key)
            dns01 = getattr(cm, f"{solvers}Dns01")(cloudflare=getattr(cm, f"{solvers}Dns01Cloudflare")(
                api_token_secret_ref=token))
            return getattr(cm, solvers)(dns01=dns01, selector=selector)
        parent = getattr(cm, f"{solvers}Http01GatewayHttpRouteParentRefs")(
            name=solver.gateway, namespace=solver.namespace, section_name=solver.section_name,
            group="gateway.networking.k8s.io", kind="Gateway")
        http01 = getattr(cm, f"{solvers}Http01")(
            gateway_http_route=getattr(cm, f"{solvers}Http01GatewayHttpRoute")(parent_refs=[parent]))
        return getattr(cm, solvers)(http01=http01, selector=selector)


def _check_solver(scope: Any, value: object, what: str) -> Solver:
    if not isinstance(value, (CloudflareDns01, GatewayHttp01)):
        raise fail(scope, f"{what} is not a CloudflareDns01 or GatewayHttp01", shown(value), SOLVER_FIX)
    return value


__all__ = ["LETSENCRYPT_PRODUCTION", "LETSENCRYPT_STAGING", "AcmeIssuer", "CloudflareDns01", "GatewayHttp01",
           "Solver"]
