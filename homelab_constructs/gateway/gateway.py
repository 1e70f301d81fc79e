"""Gateway API: the homelab gateway, the HTTP→HTTPS redirect, and one HTTPRoute per app."""
from __future__ import annotations

from typing import Mapping, Optional, Protocol, Sequence, Union, runtime_checkable

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_gateway.io.k8s.networking import gateway as gw

from .._base import HomelabConstruct
from .._names import CLUSTER_ISSUER_ANNOTATION, GATEWAY_GROUP, ISSUER_ANNOTATION, LB_IPS_ANNOTATION
from .._registry import app_registry
from .._validation import (
    DNS_LABEL,
    check_annotations,
    check_bool,
    check_choice,
    check_dns_label,
    check_label_key,
    check_label_value,
    check_mapping,
    check_port,
    check_text,
    claim_once,
    fail,
    is_dns_name,
)
from ..network.lbipam import pin_ip
from ..tls.issuer import CLUSTER_ISSUER, ISSUER_KINDS, NAMESPACED_ISSUER, Issuer

HTTPS_SECTION = "https"
HTTP_SECTION = "http"
TLS_PASSTHROUGH_SECTION = "tls-passthrough"


@runtime_checkable
class GatewayImplementation(Protocol):
    """What a gateway implementation (for example :class:`EnvoyProfile`) offers a gateway.

    Pass one as ``HomelabGateway(gateway_class=...)`` instead of a class name: the gateway
    uses its ``gateway_class_name`` and calls ``attach(gateway)`` once it is built, so the
    implementation can add its per-gateway objects (policies, autoscalers, labels).
    """

    gateway_class_name: str

    def attach(self, gateway: "HomelabGateway") -> None: ...


def app_gateways(scope: constructs.Construct) -> dict[str, list["HomelabGateway"]]:
    """Every HomelabGateway of the app, by name (names may repeat across namespaces)."""
    return app_registry(scope, "gateways", lambda root: {})


def find_gateway(scope: constructs.Construct, name: str) -> "HomelabGateway":
    """The app's gateway called ``name``; a clear error if there is none (or several)."""
    found = app_gateways(scope).get(name, [])
    if len(found) == 1:
        return found[0]
    if found:
        raise fail(scope, "gateway name is ambiguous", name,
                   f"gateways in namespaces {', '.join(sorted(g.namespace for g in found))} share it; "
                   "pass the gateway object instead of its name")
    known = ", ".join(sorted(app_gateways(scope))) or "none declared yet"
    raise fail(scope, "route targets a gateway that does not exist", name,
               f"use one of: {known} (declare gateways before the routes that use them)")


#: what to pass where a gateway is wanted (AppRoute, HomelabApp)
_GATEWAY_FIX = "pass the HomelabGateway (or several), or the name of a gateway declared before"


def _gateways(scope: constructs.Construct, gateway: object) -> list["HomelabGateway"]:
    """``gateway`` (a HomelabGateway, a declared gateway's name, or a list or tuple of them) as gateways."""
    given = list(gateway) if isinstance(gateway, (list, tuple)) else [gateway]
    gateways = []
    for g in given:
        if not isinstance(g, (HomelabGateway, str)):
            raise fail(scope, "gateway is not a HomelabGateway or a gateway name", g, _GATEWAY_FIX)
        gateways.append(find_gateway(scope, g) if isinstance(g, str) else g)
    return gateways


def _check_hostname_pattern(scope: constructs.Construct, hostname: str, what: str) -> str:
    name = hostname[2:] if isinstance(hostname, str) and hostname.startswith("*.") else hostname
    if not is_dns_name(name):
        raise fail(scope, f"{what} is not a hostname or wildcard", hostname,
                   "write a name such as 'nas.homelab.local' or a wildcard such as '*.homelab.local'")
    return hostname


def _check_domain(scope: constructs.Construct, domain: str) -> str:
    if not is_dns_name(domain):
        raise fail(scope, "domain is not a DNS name of two or more labels", domain,
                   "use lowercase labels joined by dots, such as 'homelab.local'")
    return domain


class HomelabGateway(HomelabConstruct):
    """A Gateway with an ``https`` listener for ``*.<domain>`` and an ``http`` listener.

    TLS terminates at the ``https`` listener with the wildcard certificate in
    ``tls_secret_name``; cert-manager issues it because of the
    ``cert-manager.io/cluster-issuer`` annotation (``cert-manager.io/issuer`` for a namespaced
    issuer; cert-manager's Gateway API support must be on).
    The ``http`` listener only accepts routes from the gateway's own namespace, so no app
    can serve plain HTTP; with ``https_redirect`` it answers every request with a 301 to
    HTTPS.

    :param domain: the DNS domain; apps are served at ``<app>.<domain>``.
    :param cluster_issuer: the cert-manager issuer that signs the wildcard certificate: the
        issuer object, such as the :class:`SelfSignedCa` (its CA ClusterIssuer) or any
        :class:`~homelab_constructs.tls.issuer.Issuer` (one of kind ``Issuer`` must live in the
        gateway's namespace); or, for now, the name of a ClusterIssuer that no construct of
        this app stands for, such as one installed by another repo (synth's manifest rules
        still look for a ClusterIssuer of that name among the app's objects).
    :param name: the Gateway's name (default ``homelab-gateway``).
    :param namespace: the Gateway's namespace (default ``default``).
    :param gateway_class: the GatewayClass name, or an implementation such as an
        :class:`EnvoyProfile` that provides the class and attaches its per-gateway objects
        (default ``cilium``: Cilium's built-in Gateway API support).
    :param tls_secret_name: the wildcard certificate's Secret (default ``<name>-tls``).
    :param address: pin the gateway's LoadBalancer VIP to this pool address through the
        Cilium LB-IPAM annotation on ``spec.infrastructure`` (default: any pool address).
    :param https_redirect: add the HTTP→HTTPS redirect route (default ``True``).
    :param annotations: extra annotations on the Gateway.
    :param infrastructure_annotations: extra annotations for the generated Service.
    :param tls_passthrough_port: add a ``tls-passthrough`` listener (protocol TLS, mode
        Passthrough, routes from every namespace) on this port, for TLSRoutes to backends
        that terminate TLS themselves (default ``None``: no such listener).
    :param tls_passthrough_hostname: the passthrough listener's hostname (default
        ``*.<domain>``); on port 443 it must differ from the ``https`` listener's.
    :param labels: labels on the Gateway (default none).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        domain: str,
        cluster_issuer: Union[Issuer, str],
        name: str = "homelab-gateway",
        namespace: str = "default",
        gateway_class: Union[str, GatewayImplementation] = "cilium",
        tls_secret_name: Optional[str] = None,
        address: Optional[str] = None,
        https_redirect: bool = True,
        annotations: Optional[Mapping[str, str]] = None,
        infrastructure_annotations: Optional[Mapping[str, str]] = None,
        tls_passthrough_port: Optional[int] = None,
        tls_passthrough_hostname: Optional[str] = None,
        labels: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        self.domain = _check_domain(self, domain)
        self.name = check_dns_label(self, name, "gateway name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.implementation = gateway_class if isinstance(gateway_class, GatewayImplementation) else None
        self.gateway_class = check_dns_label(
            self, self.implementation.gateway_class_name if self.implementation else gateway_class, "gateway class")
        #: the issuer object (``None`` when given by name), its kind and its name
        self.issuer: Optional[Issuer] = cluster_issuer if isinstance(cluster_issuer, Issuer) else None
        self.issuer_kind, self.issuer_name = self._issuer(cluster_issuer)
        self.cluster_issuer = self.issuer_name  # the name, as before issuers were taken as objects
        check_text(self, tls_secret_name, "TLS secret name", "homelab-gateway-tls", optional=True)
        check_text(self, address, "address", "192.168.10.200", optional=True)
        check_text(self, tls_passthrough_hostname, "TLS passthrough hostname", "*.tls.homelab.local", optional=True)
        check_bool(self, https_redirect, "https_redirect",
                   "set True to answer plain HTTP with a redirect to HTTPS (the default), or False")
        annotations = check_annotations(self, annotations) if annotations is not None else None
        infrastructure_annotations = (check_annotations(self, infrastructure_annotations, "infrastructure_annotations")
                                      if infrastructure_annotations is not None else None)
        labels = (check_mapping(self, labels, "labels", check_label_key, check_label_value, example={"team": "lab"})
                  if labels is not None else None)
        self.tls_secret_name = check_dns_label(self, tls_secret_name or f"{name}-tls", "TLS secret name")
        self.listener_hostname = f"*.{domain}"
        self.tls_passthrough_port = (check_port(self, tls_passthrough_port, "TLS passthrough port")
                                     if tls_passthrough_port is not None else None)
        self.tls_passthrough_hostname = None
        if self.tls_passthrough_port is not None:
            self.tls_passthrough_hostname = _check_hostname_pattern(
                self, tls_passthrough_hostname or self.listener_hostname, "TLS passthrough hostname")
            if self.tls_passthrough_port == 80:
                raise fail(self, "TLS passthrough listener shares port 80 with the http listener",
                           self.tls_passthrough_port, "use 443 with its own hostname, or another port such as 8443")
            if self.tls_passthrough_port == 443 and self.tls_passthrough_hostname == self.listener_hostname:
                raise fail(self, "TLS passthrough listener on port 443 has the https listener's hostname",
                           self.tls_passthrough_hostname,
                           f"give it its own hostname (such as '*.passthrough.{domain}') or another port such as 8443")
        elif tls_passthrough_hostname is not None:
            raise fail(self, "TLS passthrough hostname given without a port", tls_passthrough_hostname,
                       "set tls_passthrough_port too (443 or a port such as 8443)")
        same = [g for g in app_gateways(self).get(self.name, []) if g.namespace == self.namespace]
        if same:
            raise fail(self, f"gateway is declared twice in namespace {self.namespace}", self.name,
                       f"{same[0].node.path} already declares it; give each gateway its own name")
        self.address = pin_ip(self, address) if address else None
        #: hostname -> construct path of the route that serves it
        #: routed hostname -> the route construct that serves it
        self.hostnames: dict[str, constructs.IConstruct] = {}

        issuer_annotation = CLUSTER_ISSUER_ANNOTATION if self.issuer_kind == CLUSTER_ISSUER else ISSUER_ANNOTATION
        infra = dict(infrastructure_annotations or {})
        if self.address:
            infra[LB_IPS_ANNOTATION] = self.address
        self.resource = gw.Gateway(
            self, "Resource",
            metadata=ApiObjectMetadata(
                name=self.name, namespace=self.namespace, labels=dict(labels) if labels else None,
                annotations={issuer_annotation: self.issuer_name, **(annotations or {})},
            ),
            spec=gw.GatewaySpec(
                gateway_class_name=self.gateway_class,
                infrastructure=gw.GatewaySpecInfrastructure(annotations=infra) if infra else None,
                listeners=[
                    gw.GatewaySpecListeners(
                        name=HTTPS_SECTION, protocol="HTTPS", port=443, hostname=self.listener_hostname,
                        tls=gw.GatewaySpecListenersTls(
                            mode=gw.GatewaySpecListenersTlsMode.TERMINATE,
                            certificate_refs=[gw.GatewaySpecListenersTlsCertificateRefs(
                                kind="Secret", group="", name=self.tls_secret_name)],
                        ),
                        allowed_routes=gw.GatewaySpecListenersAllowedRoutes(
                            namespaces=gw.GatewaySpecListenersAllowedRoutesNamespaces(
                                from_=gw.GatewaySpecListenersAllowedRoutesNamespacesFrom.ALL)),
                    ),
                    gw.GatewaySpecListeners(
                        name=HTTP_SECTION, protocol="HTTP", port=80, hostname=self.listener_hostname,
                        allowed_routes=gw.GatewaySpecListenersAllowedRoutes(
                            namespaces=gw.GatewaySpecListenersAllowedRoutesNamespaces(
                                from_=gw.GatewaySpecListenersAllowedRoutesNamespacesFrom.SAME)),
                    ),
                    *self._passthrough_listeners(),
                ],
            ),
        )
        app_gateways(self).setdefault(self.name, []).append(self)
        if https_redirect:
            HttpsRedirect(self, "HttpsRedirect", gateways=[self])
        if self.implementation:
            self.implementation.attach(self)

    def _issuer(self, issuer: object) -> tuple[str, str]:
        """The kind and name of the issuer given as ``cluster_issuer`` (an Issuer or a ClusterIssuer's name)."""
        if isinstance(issuer, str):
            return CLUSTER_ISSUER, check_dns_label(self, issuer, "cluster issuer")
        if not isinstance(issuer, Issuer):
            raise fail(self, "cluster issuer is not an issuer or a ClusterIssuer name", issuer,
                       "pass the issuer object, such as the SelfSignedCa, or the name of a ClusterIssuer "
                       "installed by another repo")
        kind = check_choice(self, issuer.issuer_kind, ISSUER_KINDS, "issuer kind")
        name = check_dns_label(self, issuer.issuer_name, "issuer name")
        if kind == NAMESPACED_ISSUER and issuer.issuer_namespace != self.namespace:
            raise fail(self, f"Issuer {name} lives outside the gateway's namespace {self.namespace}",
                       issuer.issuer_namespace,
                       f"cert-manager only uses an Issuer of the gateway's own namespace: declare it in {self.namespace}, "
                       "or use a ClusterIssuer")
        return kind, name

    def _passthrough_listeners(self) -> list[gw.GatewaySpecListeners]:
        if self.tls_passthrough_port is None:
            return []
        return [gw.GatewaySpecListeners(
            name=TLS_PASSTHROUGH_SECTION, protocol="TLS", port=self.tls_passthrough_port,
            hostname=self.tls_passthrough_hostname,
            tls=gw.GatewaySpecListenersTls(mode=gw.GatewaySpecListenersTlsMode.PASSTHROUGH),
            allowed_routes=gw.GatewaySpecListenersAllowedRoutes(
                namespaces=gw.GatewaySpecListenersAllowedRoutesNamespaces(
                    from_=gw.GatewaySpecListenersAllowedRoutesNamespacesFrom.ALL),
                kinds=[gw.GatewaySpecListenersAllowedRoutesKinds(kind="TLSRoute")]),
        )]

    def parent_ref(self, section: str) -> gw.HttpRouteSpecParentRefs:
        return gw.HttpRouteSpecParentRefs(
            group=GATEWAY_GROUP, kind="Gateway",
            name=self.name, namespace=self.namespace, section_name=section)

    def claim_hostname(self, route: constructs.Construct, hostname: str) -> str:
        """Check ``hostname`` is served by the wildcard listener and not taken; claim it."""
        if not isinstance(hostname, str) or not hostname.endswith("." + self.domain):
            raise fail(route, f"hostname is outside the gateway {self.name}'s domain {self.domain}", hostname,
                       f"use <app>.{self.domain}")
        label = hostname[: -len(self.domain) - 1]
        if not DNS_LABEL.fullmatch(label):
            raise fail(route, f"hostname must be one DNS label under {self.domain}, as the wildcard "
                       f"certificate {self.listener_hostname} covers exactly one label", hostname,
                       f"use <app>.{self.domain} with a lowercase label such as 'media'")
        if hostname in self.hostnames:
            raise fail(route, f"hostname is already routed on gateway {self.name}", hostname,
                       f"{self.hostnames[hostname].node.path} serves it; give each app its own hostname")
        self.hostnames[hostname] = route
        return hostname


class HttpsRedirect(HomelabConstruct):
    """One HTTPRoute on the ``http`` listeners of ``gateways``: every request → 301 to HTTPS.

    It lives in the first gateway's namespace (the ``http`` listeners only accept routes
    from their own namespace), named ``<first gateway>-https-redirect`` unless ``name`` is given.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        gateways: Sequence[HomelabGateway],
        name: Optional[str] = None,
    ) -> None:
        super().__init__(scope, id)
        if not isinstance(gateways, (list, tuple)):
            raise fail(self, "redirect gateways are not a list of HomelabGateways", gateways,
                       "pass them as a list, such as gateways=[gateway]")
        if not gateways:
            raise fail(self, "redirect has no gateway", list(gateways), "pass the gateways whose http listener redirects")
        for g in gateways:
            if not isinstance(g, HomelabGateway):
                raise fail(self, "redirect gateway is not a HomelabGateway", g,
                           "pass the HomelabGateway objects whose http listener redirects")
        namespaces = {g.namespace for g in gateways}
        if len(namespaces) > 1:
            raise fail(self, "gateways of one redirect live in different namespaces", sorted(namespaces),
                       "use one HttpsRedirect per namespace")
        first = gateways[0]
        check_text(self, name, "route name", "homelab-gateway-https-redirect", optional=True)
        self.name = check_dns_label(self, name or f"{first.name}-https-redirect", "route name")
        _claim_route(self, first.namespace, self.name)
        gw.HttpRoute(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name, namespace=first.namespace),
            spec=gw.HttpRouteSpec(
                parent_refs=[g.parent_ref(HTTP_SECTION) for g in gateways],
                hostnames=sorted({g.listener_hostname for g in gateways}),
                rules=[gw.HttpRouteSpecRules(filters=[gw.HttpRouteSpecRulesFilters(
                    type=gw.HttpRouteSpecRulesFiltersType.REQUEST_REDIRECT,
                    request_redirect=gw.HttpRouteSpecRulesFiltersRequestRedirect(
                        scheme=gw.HttpRouteSpecRulesFiltersRequestRedirectScheme.HTTPS,
                        status_code=gw.HttpRouteSpecRulesFiltersRequestRedirectStatusCode.VALUE_301),
                )])],
            ),
        )


class AppRoute(HomelabConstruct):
    """An HTTPRoute for one app: ``<name>.<domain>`` on the gateways' ``https`` listener → Service.

    :param name: the route's name and, unless ``hostname`` is given, the host label.
    :param namespace: the app's namespace (the route and its Service live there).
    :param gateway: the gateway, or several (for example an internal and an external one);
        a gateway may also be given by name (``"envoy-internal"``) once it is declared.
    :param service_name: the backend Service (default ``name``).
    :param port: the Service port.
    :param hostname: full hostname (default ``<name>.<first gateway's domain>``).
    :param annotations: annotations on the HTTPRoute (default none).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        gateway: Union[HomelabGateway, str, Sequence[Union[HomelabGateway, str]]],
        port: int,
        service_name: Optional[str] = None,
        hostname: Optional[str] = None,
        annotations: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "app name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        check_text(self, service_name, "service name", "sonarr", optional=True)
        check_text(self, hostname, "hostname", "tv.homelab.local", optional=True)
        annotations = check_annotations(self, annotations) if annotations is not None else None
        self.service_name = check_dns_label(self, service_name or name, "service name")
        self.port = check_port(self, port, "service port")
        self.gateways = _gateways(self, gateway)
        if not self.gateways:
            raise fail(self, "route has no gateway", [], "pass the gateway (or gateways) that serve the app")
        if len({(g.namespace, g.name) for g in self.gateways}) < len(self.gateways):
            raise fail(self, "route lists a gateway twice", [g.name for g in self.gateways],
                       "list each gateway once")
        self.hostname = hostname or f"{self.name}.{self.gateways[0].domain}"
        for parent in self.gateways:
            parent.claim_hostname(self, self.hostname)
        _claim_route(self, self.namespace, self.name)
        gw.HttpRoute(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace,
                                       annotations=dict(annotations) if annotations else None),
            spec=gw.HttpRouteSpec(
                parent_refs=[g.parent_ref(HTTPS_SECTION) for g in self.gateways],
                hostnames=[self.hostname],
                rules=[gw.HttpRouteSpecRules(backend_refs=[gw.HttpRouteSpecRulesBackendRefs(
                    name=self.service_name, port=self.port)])],
            ),
        )


def _claim_route(route: constructs.Construct, namespace: str, name: str) -> None:
    """One HTTPRoute of a name per namespace in the app (an AppRoute's or an HttpsRedirect's)."""
    claim_once(route, "http-route", (namespace, name), f"HTTPRoute is declared twice in namespace {namespace}", name,
               "give each route its own name")
