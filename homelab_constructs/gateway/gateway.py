"""Gateway API: the homelab gateway, the HTTP→HTTPS redirect, and one HTTPRoute per app."""
from __future__ import annotations

from typing import Mapping, Optional, Sequence, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_gateway.io.k8s.networking import gateway as gw

from .._validation import DNS_LABEL, check_dns_label, check_port, fail
from ..network.lbipam import LB_IPS_ANNOTATION, pin_ip

HTTPS_SECTION = "https"
HTTP_SECTION = "http"


def _check_domain(scope: constructs.Construct, domain: str) -> str:
    labels = domain.split(".") if isinstance(domain, str) else []
    if len(labels) < 2 or not all(DNS_LABEL.match(label) for label in labels):
        raise fail(scope, "domain is not a DNS name of two or more labels", domain,
                   "use lowercase labels joined by dots, such as 'homelab.local'")
    return domain


class HomelabGateway(constructs.Construct):
    """A Gateway with an ``https`` listener for ``*.<domain>`` and an ``http`` listener.

    TLS terminates at the ``https`` listener with the wildcard certificate in
    ``tls_secret_name``; cert-manager issues it because of the
    ``cert-manager.io/cluster-issuer`` annotation (its Gateway API support must be on).
    The ``http`` listener only accepts routes from the gateway's own namespace, so no app
    can serve plain HTTP; with ``https_redirect`` it answers every request with a 301 to
    HTTPS.

    :param domain: the DNS domain; apps are served at ``<app>.<domain>``.
    :param cluster_issuer: the cert-manager ClusterIssuer that signs the wildcard certificate.
    :param name: the Gateway's name (default ``homelab-gateway``).
    :param namespace: the Gateway's namespace (default ``default``).
    :param gateway_class: the GatewayClass (default ``cilium``).
    :param tls_secret_name: the wildcard certificate's Secret (default ``<name>-tls``).
    :param address: pin the gateway's LoadBalancer VIP to this pool address through the
        Cilium LB-IPAM annotation on ``spec.infrastructure`` (default: any pool address).
    :param https_redirect: add the HTTP→HTTPS redirect route (default ``True``).
    :param annotations: extra annotations on the Gateway.
    :param infrastructure_annotations: extra annotations for the generated Service.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        domain: str,
        cluster_issuer: str,
        name: str = "homelab-gateway",
        namespace: str = "default",
        gateway_class: str = "cilium",
        tls_secret_name: Optional[str] = None,
        address: Optional[str] = None,
        https_redirect: bool = True,
        annotations: Optional[Mapping[str, str]] = None,
        infrastructure_annotations: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        self.domain = _check_domain(self, domain)
        self.name = check_dns_label(self, name, "gateway name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.gateway_class = check_dns_label(self, gateway_class, "gateway class")
        self.cluster_issuer = check_dns_label(self, cluster_issuer, "cluster issuer")
        self.tls_secret_name = check_dns_label(self, tls_secret_name or f"{name}-tls", "TLS secret name")
        self.listener_hostname = f"*.{domain}"
        self.address = pin_ip(self, address) if address else None
        #: hostname -> construct path of the route that serves it
        self.hostnames: dict[str, str] = {}

        infra = dict(infrastructure_annotations or {})
        if self.address:
            infra[LB_IPS_ANNOTATION] = self.address
        self.resource = gw.Gateway(
            self, "Resource",
            metadata=ApiObjectMetadata(
                name=self.name, namespace=self.namespace,
                annotations={"cert-manager.io/cluster-issuer": self.cluster_issuer, **(annotations or {})},
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
                ],
            ),
        )
        if https_redirect:
            HttpsRedirect(self, "HttpsRedirect", gateways=[self])

    def parent_ref(self, section: str) -> gw.HttpRouteSpecParentRefs:
        return gw.HttpRouteSpecParentRefs(
            group="gateway.networking.k8s.io", kind="Gateway",
            name=self.name, namespace=self.namespace, section_name=section)

    def claim_hostname(self, route: constructs.Construct, hostname: str) -> str:
        """Check ``hostname`` is served by the wildcard listener and not taken; claim it."""
        if not isinstance(hostname, str) or not hostname.endswith("." + self.domain):
            raise fail(route, f"hostname is outside the gateway {self.name}'s domain {self.domain}", hostname,
                       f"use <app>.{self.domain}")
        label = hostname[: -len(self.domain) - 1]
        if not DNS_LABEL.match(label):
            raise fail(route, f"hostname must be one DNS label under {self.domain}, as the wildcard "
                       f"certificate {self.listener_hostname} covers exactly one label", hostname,
                       f"use <app>.{self.domain} with a lowercase label such as 'media'")
        if hostname in self.hostnames:
            raise fail(route, f"hostname is already routed on gateway {self.name}", hostname,
                       f"{self.hostnames[hostname]} serves it; give each app its own hostname")
        self.hostnames[hostname] = route.node.path
        return hostname


class HttpsRedirect(constructs.Construct):
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
        if not gateways:
            raise fail(self, "redirect has no gateway", list(gateways), "pass the gateways whose http listener redirects")
        namespaces = {g.namespace for g in gateways}
        if len(namespaces) > 1:
            raise fail(self, "gateways of one redirect live in different namespaces", sorted(namespaces),
                       "use one HttpsRedirect per namespace")
        first = gateways[0]
        self.name = check_dns_label(self, name or f"{first.name}-https-redirect", "route name")
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


class AppRoute(constructs.Construct):
    """An HTTPRoute for one app: ``<name>.<domain>`` on the gateways' ``https`` listener → Service.

    :param name: the route's name and, unless ``hostname`` is given, the host label.
    :param namespace: the app's namespace (the route and its Service live there).
    :param gateway: the gateway, or several (for example an internal and an external one).
    :param service_name: the backend Service (default ``name``).
    :param port: the Service port.
    :param hostname: full hostname (default ``<name>.<first gateway's domain>``).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        gateway: Union[HomelabGateway, Sequence[HomelabGateway]],
        port: int,
        service_name: Optional[str] = None,
        hostname: Optional[str] = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "app name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.service_name = check_dns_label(self, service_name or name, "service name")
        self.port = check_port(self, port, "service port")
        self.gateways = [gateway] if isinstance(gateway, HomelabGateway) else list(gateway)
        if not self.gateways:
            raise fail(self, "route has no gateway", [], "pass the gateway (or gateways) that serve the app")
        self.hostname = hostname or f"{self.name}.{self.gateways[0].domain}"
        for parent in self.gateways:
            parent.claim_hostname(self, self.hostname)
        gw.HttpRoute(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace),
            spec=gw.HttpRouteSpec(
                parent_refs=[g.parent_ref(HTTPS_SECTION) for g in self.gateways],
                hostnames=[self.hostname],
                rules=[gw.HttpRouteSpecRules(backend_refs=[gw.HttpRouteSpecRulesBackendRefs(
                    name=self.service_name, port=self.port)])],
            ),
        )
