"""Gateway API: the homelab gateway, the HTTP→HTTPS redirect, and one HTTPRoute per app."""
from __future__ import annotations

from typing import Mapping, Optional, Protocol, Sequence, Union, cast, runtime_checkable

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_gateway.io.k8s.networking import gateway as gw

from .._base import HomelabConstruct
from .._hostnames import ROUTE_PROTOCOLS, hostname_matches
from .._names import CLUSTER_ISSUER_ANNOTATION, GATEWAY_GROUP, ISSUER_ANNOTATION, LB_IPS_ANNOTATION
from .._tree import app_registry
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
    check_sequence,
    check_text,
    claim_once,
    fail,
    is_dns_name,
    shown,
)
from ..network.lbipam import pin_ip
from ..tls.issuer import CLUSTER_ISSUER, ISSUER_KINDS, NAMESPACED_ISSUER, Issuer
from .listeners import (
    HTTP_SECTION,
    HTTPS_SECTION,
    TLS_PASSTHROUGH_SECTION,
    Listener,
    ListenerRef,
    check_hostname_pattern,
    check_listeners,
)
from .rules import BackendRef, HttpMatch, HttpRule, RequestRedirect, http_route

#: the most labels ``spec.infrastructure.labels`` takes (the Gateway CRD's ``maxProperties``)
MAX_INFRASTRUCTURE_LABELS = 8


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


def _check_domain(scope: constructs.Construct, domain: str) -> str:
    if not is_dns_name(domain):
        raise fail(scope, "domain is not a DNS name of two or more labels", domain,
                   "use lowercase labels joined by dots, such as 'homelab.local'")
    return domain


class HomelabGateway(HomelabConstruct):
    """A Gateway: by default an ``https`` listener for ``*.<domain>`` and an ``http`` listener;
    or the listeners given as data (:class:`Listener`).

    TLS terminates at the ``https`` listener with the wildcard certificate in
    ``tls_secret_name``; cert-manager issues it because of the
    ``cert-manager.io/cluster-issuer`` annotation (``cert-manager.io/issuer`` for a namespaced
    issuer; cert-manager's Gateway API support must be on).
    The default ``http`` listener only accepts routes from the gateway's own namespace, so no app
    can serve plain HTTP; with ``https_redirect`` it answers every request with a 301 to
    HTTPS.

    :param domain: the DNS domain; apps are served at ``<app>.<domain>`` (default ``home.arpa``,
        RFC 8375's domain for home networks; a :class:`~homelab_constructs.Homelab` sets its own).
    :param cluster_issuer: the cert-manager issuer that signs the wildcard certificate: the
        issuer object, such as the :class:`SelfSignedCa` (its CA ClusterIssuer) or any
        :class:`~homelab_constructs.tls.issuer.Issuer` (one of kind ``Issuer`` must live in the
        gateway's namespace); or, for now, the name of a ClusterIssuer that no construct of
        this app stands for, such as one installed by another repo (synth's manifest rules
        still look for a ClusterIssuer of that name among the app's objects); or ``None`` when
        you provide the certificate Secret yourself: no cert-manager annotation is written, and
        every terminating listener must name its Secret (``Listener(certificates=...)``, or
        ``tls_secret_name`` given explicitly) (default ``None``; a :class:`~homelab_constructs.Homelab`
        passes its CA).
    :param name: the Gateway's name (default ``homelab-gateway``).
    :param namespace: the Gateway's namespace (default ``default``).
    :param gateway_class: the GatewayClass name, or an implementation such as an
        :class:`EnvoyProfile` that provides the class and attaches its per-gateway objects
        (default ``cilium``: Cilium's built-in Gateway API support).
    :param tls_secret_name: the wildcard certificate's Secret (default ``<name>-tls``); the
        certificate of every terminating listener that names none.
    :param load_balancer_ip: pin the gateway's LoadBalancer VIP to this pool address through the
        Cilium LB-IPAM annotation on ``spec.infrastructure`` (default: any pool address); the
        same name as an app's pinned IP (:class:`~homelab_constructs.HomelabApp`).
    :param https_redirect: add the HTTP→HTTPS redirect route on the ``http`` listener
        (default ``True``; with ``listeners``, only if one is named ``http``).
    :param annotations: extra annotations on the Gateway.
    :param infrastructure_annotations: extra annotations for the generated Service.
    :param tls_passthrough_port: add a ``tls-passthrough`` listener (protocol TLS, mode
        Passthrough, routes from every namespace) on this port, for TLSRoutes to backends
        that terminate TLS themselves (default ``None``: no such listener; not with ``listeners``).
    :param tls_passthrough_hostname: the passthrough listener's hostname (default
        ``*.<domain>``); on port 443 it must differ from the ``https`` listener's.
    :param labels: labels on the Gateway (default none).
    :param infrastructure_labels: labels for the generated LoadBalancer Service, written to
        ``spec.infrastructure.labels`` (default ``None``: none; at most 8, the Gateway API's
        limit): Cilium and Envoy Gateway copy them onto the Service they create, so a pool's or
        an L2 policy's ``service_selector`` (such as ``{"lb-pool": "lan"}``) can select it. A
        pinned ``load_balancer_ip`` must lie in a pool that selects these labels (``synth()``
        checks it); the Gateway's own ``labels`` do not reach the Service.
    :param listeners: the listeners, in order, as :class:`Listener` data (default ``None``: the
        ``https`` and ``http`` listeners on ``*.<domain>`` described above, and the
        ``tls-passthrough`` one when ``tls_passthrough_port`` is set). Listeners that conflict
        under the Gateway API's rules are refused.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        domain: str = "home.arpa",
        cluster_issuer: Optional[Union[Issuer, str]] = None,
        name: str = "homelab-gateway",
        namespace: str = "default",
        gateway_class: Union[str, GatewayImplementation] = "cilium",
        tls_secret_name: Optional[str] = None,
        load_balancer_ip: Optional[str] = None,
        https_redirect: bool = True,
        annotations: Optional[Mapping[str, str]] = None,
        infrastructure_annotations: Optional[Mapping[str, str]] = None,
        tls_passthrough_port: Optional[int] = None,
        tls_passthrough_hostname: Optional[str] = None,
        labels: Optional[Mapping[str, str]] = None,
        infrastructure_labels: Optional[Mapping[str, str]] = None,
        listeners: Optional[Sequence[Listener]] = None,
    ) -> None:
        super().__init__(scope, id)
        # check the props, in the order a bad input meets them (its first error stays the same)
        self._check_identity(domain, name, namespace, gateway_class, cluster_issuer)
        annotations, infrastructure_annotations, labels = self._checked_settings(
            tls_secret_name, load_balancer_ip, tls_passthrough_hostname, https_redirect, annotations,
            infrastructure_annotations, labels)
        #: the labels written to ``spec.infrastructure.labels`` (empty: none)
        self.infrastructure_labels = self._checked_infrastructure_labels(infrastructure_labels)
        self._set_listeners(tls_secret_name, tls_passthrough_port, tls_passthrough_hostname, listeners)
        self._check_certificates(tls_secret_name)
        self._check_declared_once()
        self.load_balancer_ip = pin_ip(self, load_balancer_ip) if load_balancer_ip else None
        #: routed hostname -> the route construct that serves it (first claim)
        self.hostnames: dict[str, constructs.IConstruct] = {}
        #: (listener port, hostname) -> the route construct that serves it
        self._claims: dict[tuple[int, str], constructs.IConstruct] = {}
        # build the Gateway, register it, then what hangs off it
        self.resource = self._gateway(annotations, infrastructure_annotations, labels)
        app_gateways(self).setdefault(self.name, []).append(self)
        if https_redirect and (listeners is None or HTTP_SECTION in self.listeners_by_name):
            HttpsRedirect(self, "HttpsRedirect", gateways=[self])
        if self.implementation:
            self.implementation.attach(self)

    # -- prop checks

    def _check_identity(self, domain: str, name: str, namespace: str,
                        gateway_class: Union[str, GatewayImplementation],
                        cluster_issuer: Optional[Union[Issuer, str]]) -> None:
        """Check the domain, name, namespace, class and issuer; sets ``domain``, ``name``,
        ``namespace``, ``implementation``, ``gateway_class`` and the issuer attributes."""
        self.domain = _check_domain(self, domain)
        self.name = check_dns_label(self, name, "gateway name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.implementation = gateway_class if isinstance(gateway_class, GatewayImplementation) else None
        self.gateway_class = check_dns_label(
            self, self.implementation.gateway_class_name if self.implementation else gateway_class, "gateway class")
        #: the issuer object (``None`` when given by name or not at all), its kind and its name
        self.issuer: Optional[Issuer] = cluster_issuer if isinstance(cluster_issuer, Issuer) else None
        self.issuer_kind: Optional[str] = None
        self.issuer_name: Optional[str] = None
        if cluster_issuer is not None:
            self.issuer_kind, self.issuer_name = self._issuer(cluster_issuer)
        self.cluster_issuer = self.issuer_name  # the name, as before issuers were taken as objects

    def _issuer(self, issuer: object) -> tuple[str, str]:
        """The kind and name of the issuer given as ``cluster_issuer`` (an Issuer or a ClusterIssuer's name)."""
        if isinstance(issuer, str):
            return CLUSTER_ISSUER, check_dns_label(self, issuer, "cluster issuer")
        if not isinstance(issuer, Issuer):
            raise fail(self, "cluster issuer is not an issuer, a ClusterIssuer name or None", issuer,
                       "pass the issuer object, such as the SelfSignedCa, the name of a ClusterIssuer "
                       "installed by another repo, or None when you provide the certificate Secret yourself")
        kind = check_choice(self, issuer.issuer_kind, ISSUER_KINDS, "issuer kind")
        name = check_dns_label(self, issuer.issuer_name, "issuer name")
        if kind == NAMESPACED_ISSUER and issuer.issuer_namespace != self.namespace:
            raise fail(self, f"Issuer {name} lives outside the gateway's namespace {self.namespace}",
                       issuer.issuer_namespace,
                       f"cert-manager only uses an Issuer of the gateway's own namespace: declare it in {self.namespace}, "
                       "or use a ClusterIssuer")
        return kind, name

    def _checked_settings(
        self, tls_secret_name: Optional[str], load_balancer_ip: Optional[str],
        tls_passthrough_hostname: Optional[str], https_redirect: bool, annotations: Optional[Mapping[str, str]],
        infrastructure_annotations: Optional[Mapping[str, str]], labels: Optional[Mapping[str, str]],
    ) -> tuple[Optional[Mapping[str, str]], Optional[Mapping[str, str]], Optional[Mapping[str, str]]]:
        """Check the types of the optional settings; returns the annotations, the infrastructure
        annotations and the labels, checked (each ``None`` when not given)."""
        check_text(self, tls_secret_name, "TLS secret name", "homelab-gateway-tls", optional=True)
        check_text(self, load_balancer_ip, "load_balancer_ip", "192.168.10.200", optional=True)
        check_text(self, tls_passthrough_hostname, "TLS passthrough hostname", "*.tls.homelab.local", optional=True)
        check_bool(self, https_redirect, "https_redirect",
                   "set True to answer plain HTTP with a redirect to HTTPS (the default), or False")
        annotations = check_annotations(self, annotations) if annotations is not None else None
        infrastructure_annotations = (check_annotations(self, infrastructure_annotations, "infrastructure_annotations")
                                      if infrastructure_annotations is not None else None)
        labels = (check_mapping(self, labels, "labels", check_label_key, check_label_value, example={"team": "lab"})
                  if labels is not None else None)
        return annotations, infrastructure_annotations, labels

    def _checked_infrastructure_labels(self, labels: Optional[Mapping[str, str]]) -> dict[str, str]:
        """``infrastructure_labels`` checked: label keys and values, at most
        :data:`MAX_INFRASTRUCTURE_LABELS` (the CRD's ``maxProperties``)."""
        if labels is None:
            return {}
        checked = check_mapping(self, labels, "infrastructure_labels", check_label_key, check_label_value,
                                example={"lb-pool": "lan"})
        if len(checked) > MAX_INFRASTRUCTURE_LABELS:
            raise fail(self, f"infrastructure_labels has more than {MAX_INFRASTRUCTURE_LABELS} labels", len(checked),
                       f"keep at most {MAX_INFRASTRUCTURE_LABELS} (the Gateway API's limit on spec.infrastructure.labels): "
                       "the ones a pool's or L2 policy's service_selector needs")
        return checked

    def _set_listeners(self, tls_secret_name: Optional[str], tls_passthrough_port: Optional[int],
                       tls_passthrough_hostname: Optional[str], listeners: Optional[Sequence[Listener]]) -> None:
        """Check the certificate Secret's name and the listeners (given, or the defaults); sets
        ``tls_secret_name``, ``listener_hostname``, the ``tls_passthrough_*`` and listener attributes."""
        self.tls_secret_name = check_dns_label(self, tls_secret_name or f"{self.name}-tls", "TLS secret name")
        self.listener_hostname = f"*.{self.domain}"
        self.tls_passthrough_port = (check_port(self, tls_passthrough_port, "TLS passthrough port")
                                     if tls_passthrough_port is not None else None)
        self.tls_passthrough_hostname: Optional[str] = None
        given = (self._given_listeners(listeners, tls_passthrough_port, tls_passthrough_hostname)
                 if listeners is not None else self._default_listeners(tls_passthrough_hostname))
        #: whether the listeners are the default ones (``listeners`` not given)
        self.default_listeners = listeners is None
        #: the listeners, in order (the default ones too, as :class:`Listener` data)
        self.listeners: tuple[Listener, ...] = given
        self.listeners_by_name: dict[str, Listener] = {li.name: li for li in given}

    def _given_listeners(self, listeners: Sequence[Listener], tls_passthrough_port: Optional[int],
                         tls_passthrough_hostname: Optional[str]) -> tuple[Listener, ...]:
        """``listeners`` checked (:func:`check_listeners`); the passthrough props do not go with them."""
        if tls_passthrough_port is not None or tls_passthrough_hostname is not None:
            raise fail(self, "tls_passthrough_port/hostname given with listeners",
                       {"tls_passthrough_port": tls_passthrough_port,
                        "tls_passthrough_hostname": tls_passthrough_hostname},
                       "add Listener(name='tls-passthrough', protocol='TLS', port=443, hostname=...) to listeners "
                       "instead")
        return check_listeners(self, listeners)

    def _default_listeners(self, tls_passthrough_hostname: Optional[str]) -> tuple[Listener, ...]:
        """``https`` and ``http`` on ``*.<domain>``, and ``tls-passthrough`` when its port is set."""
        out = [Listener(HTTPS_SECTION, "HTTPS", 443, self.listener_hostname, tls_mode="Terminate", routes_from="All"),
               Listener(HTTP_SECTION, "HTTP", 80, self.listener_hostname, routes_from="Same")]
        if self.tls_passthrough_port is not None:
            self.tls_passthrough_hostname = check_hostname_pattern(
                self, tls_passthrough_hostname or self.listener_hostname, "TLS passthrough hostname")
            if self.tls_passthrough_port == 80:
                raise fail(self, "TLS passthrough listener shares port 80 with the http listener",
                           self.tls_passthrough_port, "use 443 with its own hostname, or another port such as 8443")
            if self.tls_passthrough_port == 443 and self.tls_passthrough_hostname == self.listener_hostname:
                raise fail(self, "TLS passthrough listener on port 443 has the https listener's hostname",
                           self.tls_passthrough_hostname,
                           f"give it its own hostname (such as '*.passthrough.{self.domain}') or another port such as 8443")
            out.append(Listener(TLS_PASSTHROUGH_SECTION, "TLS", self.tls_passthrough_port, self.tls_passthrough_hostname,
                                tls_mode="Passthrough", routes_from="All", route_kinds=("TLSRoute",)))
        elif tls_passthrough_hostname is not None:
            raise fail(self, "TLS passthrough hostname given without a port", tls_passthrough_hostname,
                       "set tls_passthrough_port too (443 or a port such as 8443)")
        return tuple(out)

    def _check_certificates(self, tls_secret_name: Optional[str]) -> None:
        """Each terminating listener gets a Secret: its own, the gateway's, or one cert-manager issues."""
        for li in self.listeners:
            if li.mode != "Terminate":
                continue
            if self.issuer_kind is None and not li.certificates and tls_secret_name is None:
                raise fail(self, f"listener {li.name} terminates TLS, but no certificate Secret is named and no "
                           "issuer is given to create one", self.issuer_name,
                           "name the Secret (Listener(certificates=['<secret>']) or tls_secret_name='<secret>'), "
                           "or pass cluster_issuer so cert-manager issues it")
            if self.issuer_kind is not None and not li.hostname:
                raise fail(self, f"listener {li.name} terminates TLS without a hostname, so cert-manager issues "
                           f"no certificate for it (the {self.issuer_kind} annotation would do nothing)", li.hostname,
                           "give the listener a hostname such as '*.<domain>', or pass cluster_issuer=None and "
                           "provide the certificate Secret yourself")

    def _check_declared_once(self) -> None:
        """Refuse a second gateway of this name in this namespace."""
        same = [g for g in app_gateways(self).get(self.name, []) if g.namespace == self.namespace]
        if same:
            raise fail(self, f"gateway is declared twice in namespace {self.namespace}", self.name,
                       f"{same[0].node.path} already declares it; give each gateway its own name")

    # -- build

    def _gateway(self, annotations: Optional[Mapping[str, str]], infrastructure_annotations: Optional[Mapping[str, str]],
                 labels: Optional[Mapping[str, str]]) -> gw.Gateway:
        """The Gateway: the issuer's cert-manager annotation before the others, the pinned IP on
        ``spec.infrastructure``, and one ``spec.listeners`` item per listener."""
        notes = dict(annotations or {})
        if self.issuer_kind is not None:
            issuer_annotation = CLUSTER_ISSUER_ANNOTATION if self.issuer_kind == CLUSTER_ISSUER else ISSUER_ANNOTATION
            notes = {issuer_annotation: str(self.issuer_name), **notes}
        infra = dict(infrastructure_annotations or {})
        if self.load_balancer_ip:
            infra[LB_IPS_ANNOTATION] = self.load_balancer_ip
        infra_labels = dict(self.infrastructure_labels)
        return gw.Gateway(
            self, "Resource",
            metadata=ApiObjectMetadata(
                name=self.name, namespace=self.namespace, labels=dict(labels) if labels else None,
                annotations=notes or None,
            ),
            spec=gw.GatewaySpec(
                gateway_class_name=self.gateway_class,
                infrastructure=(gw.GatewaySpecInfrastructure(annotations=infra or None, labels=infra_labels or None)
                                if infra or infra_labels else None),
                listeners=[self._listener(li) for li in self.listeners],
            ),
        )

    def _listener(self, li: Listener) -> gw.GatewaySpecListeners:
        """The listener as the Gateway's ``spec.listeners`` item."""
        tls = None
        if li.mode is not None:
            secrets = li.certificates or ((self.tls_secret_name,) if li.mode == "Terminate" else ())
            tls = gw.GatewaySpecListenersTls(
                mode=(None if li.tls_mode is None and li.protocol == "HTTPS" else
                      gw.GatewaySpecListenersTlsMode.TERMINATE if li.mode == "Terminate" else
                      gw.GatewaySpecListenersTlsMode.PASSTHROUGH),
                certificate_refs=[gw.GatewaySpecListenersTlsCertificateRefs(kind="Secret", group="", name=secret)
                                  for secret in secrets] or None)
        from_ = getattr(gw.GatewaySpecListenersAllowedRoutesNamespacesFrom, li.routes_from.upper())
        selector = (gw.GatewaySpecListenersAllowedRoutesNamespacesSelector(match_labels=dict(li.namespace_labels))
                    if li.namespace_labels else None)
        return gw.GatewaySpecListeners(
            name=li.name, protocol=li.protocol, port=li.port, hostname=li.hostname, tls=tls,
            allowed_routes=gw.GatewaySpecListenersAllowedRoutes(
                namespaces=gw.GatewaySpecListenersAllowedRoutesNamespaces(from_=from_, selector=selector),
                kinds=[gw.GatewaySpecListenersAllowedRoutesKinds(kind=k) for k in li.route_kinds] or None),
        )

    # -- for routes

    def listener(self, name: str) -> ListenerRef:
        """The listener ``name`` of this gateway, to attach routes to (``parents=[gateway.listener("https")]``)."""
        if not isinstance(name, str) or name not in self.listeners_by_name:
            raise fail(self, f"gateway {self.name} has no such listener", name,
                       f"use one of: {', '.join(self.listeners_by_name)}")
        return ListenerRef(self, name)

    def parent_ref(self, section: str) -> gw.HttpRouteSpecParentRefs:
        """An HTTPRoute ``parentRefs`` item for listener ``section`` (other kinds: :meth:`ListenerRef.parent_ref`)."""
        return gw.HttpRouteSpecParentRefs(
            group=GATEWAY_GROUP, kind="Gateway",
            name=self.name, namespace=self.namespace, section_name=section)

    def claim_hostname(self, route: constructs.Construct, hostname: str, section: str = HTTPS_SECTION) -> str:
        """Check ``hostname`` is served by listener ``section`` and no other route has it on that
        listener's port; claim it.

        With the default listeners it must be one label under the domain (the wildcard
        certificate covers exactly one); with listeners given, it must fall under the
        listener's hostname (any name, when the listener has none).
        """
        listener = self.listeners_by_name.get(section)
        if listener is None:
            raise fail(route, f"gateway {self.name} has no such listener", section,
                       f"use one of: {', '.join(self.listeners_by_name)}")
        if self.default_listeners and listener.hostname == self.listener_hostname:
            self._check_domain_label(route, hostname)
        else:
            check_hostname_pattern(route, hostname, "hostname")
            if listener.hostname and not hostname_matches(listener.hostname, hostname):
                raise fail(route, f"hostname is outside listener {section} of gateway {self.name}", hostname,
                           f"use a name under {listener.hostname}, or attach to another listener")
        key = (listener.port, hostname)
        if key in self._claims:
            raise fail(route, f"hostname is already routed on gateway {self.name}", hostname,
                       f"{self._claims[key].node.path} serves it; give each app its own hostname")
        self._claims[key] = route
        self.hostnames.setdefault(hostname, route)
        return hostname

    def _check_domain_label(self, route: constructs.Construct, hostname: str) -> None:
        if not isinstance(hostname, str) or not hostname.endswith("." + self.domain):
            raise fail(route, f"hostname is outside the gateway {self.name}'s domain {self.domain}", hostname,
                       f"use <app>.{self.domain}")
        label = hostname[: -len(self.domain) - 1]
        if not DNS_LABEL.fullmatch(label):
            raise fail(route, f"hostname must be one DNS label under {self.domain}, as the wildcard "
                       f"certificate {self.listener_hostname} covers exactly one label", hostname,
                       f"use <app>.{self.domain} with a lowercase label such as 'media'")


class HttpsRedirect(HomelabConstruct):
    """One HTTPRoute on the ``http`` listeners of ``gateways``: every request → redirect to HTTPS.

    It lives in the first gateway's namespace (the default ``http`` listeners only accept routes
    from their own namespace), named ``<first gateway>-https-redirect`` unless ``name`` is given.

    :param gateways: the gateways whose ``section`` listener redirects (one namespace).
    :param name: the HTTPRoute's name (default ``<first gateway>-https-redirect``).
    :param hostnames: the hostnames it answers (default ``None``: none, so every request on the
        listener; ExternalDNS publishes no record for it).
    :param annotations: annotations on the HTTPRoute (default none), such as
        ``external-dns.alpha.kubernetes.io/controller: none``.
    :param path_prefix: write a ``PathPrefix`` match with this path, such as ``/`` (default
        ``None``: no match block, which matches every request all the same).
    :param section: the listener it attaches to (default ``http``).
    :param status_code: the redirect's status, 301 or 302 (default 301).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        gateways: Sequence[HomelabGateway],
        name: Optional[str] = None,
        hostnames: Optional[Sequence[str]] = None,
        annotations: Optional[Mapping[str, str]] = None,
        path_prefix: Optional[str] = None,
        section: str = HTTP_SECTION,
        status_code: int = 301,
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
        self.section = check_text(self, section, "section", HTTP_SECTION)
        refs = [g.listener(self.section) for g in gateways]
        self.hostnames = (check_sequence(self, hostnames, "hostnames", lambda s, v, w: check_hostname_pattern(
            s, v, w), example=["*.homelab.local"]) if hostnames is not None else ())
        self.annotations = check_annotations(self, annotations) if annotations is not None else {}
        if path_prefix is not None and (not isinstance(path_prefix, str) or not path_prefix.startswith("/")):
            raise fail(self, "path prefix is not an absolute path", path_prefix, "write a path such as '/'")
        if isinstance(status_code, bool) or status_code not in (301, 302):
            raise fail(self, "redirect status code must be 301 or 302", status_code,
                       "use 301 (moved permanently, the default) or 302 (found)")
        self.status_code = status_code
        _claim_route(self, first.namespace, self.name)
        rule = HttpRule(matches=(HttpMatch(path=path_prefix),) if path_prefix is not None else (),
                        filters=(RequestRedirect(scheme="https", status_code=self.status_code),))
        self.resource = http_route(self, name=self.name, namespace=first.namespace, parents=refs, rules=[rule],
                                   hostnames=self.hostnames, annotations=self.annotations)


class AppRoute(HomelabConstruct):
    """An HTTPRoute for one app: ``<name>.<domain>`` on the gateways' ``https`` listener → Service.

    For several rules, matches, filters or backends, use :class:`~homelab_constructs.gateway.routes.HttpRoute`.

    :param name: the route's name and, unless ``hostname`` is given, the host label.
    :param namespace: the app's namespace (the route and its Service live there).
    :param gateway: the gateway, or several (for example an internal and an external one);
        a gateway may also be given by name (``"envoy-internal"``) once it is declared, or as
        one of its listeners (``gateway.listener("https")``).
    :param service_name: the backend Service (default ``name``).
    :param port: the Service port.
    :param hostname: full hostname (default ``<name>.<first gateway's domain>``).
    :param annotations: annotations on the HTTPRoute (default none).
    :param section: the listener of each gateway given as a gateway (not as a listener) that
        the route attaches to (default ``https``); ``None`` attaches to the whole gateway (no
        ``sectionName``: every listener that admits an HTTPRoute, its hostname under at least
        one of theirs).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        gateway: Union[HomelabGateway, str, ListenerRef, Sequence[Union[HomelabGateway, str, ListenerRef]]],
        port: int,
        service_name: Optional[str] = None,
        hostname: Optional[str] = None,
        annotations: Optional[Mapping[str, str]] = None,
        section: Optional[str] = HTTPS_SECTION,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "app name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        check_text(self, service_name, "service name", "sonarr", optional=True)
        check_text(self, hostname, "hostname", "tv.homelab.local", optional=True)
        annotations = check_annotations(self, annotations) if annotations is not None else None
        self.service_name = check_dns_label(self, service_name or name, "service name")
        self.port = check_port(self, port, "service port")
        self.parents = route_parents(self, gateway, section, "HTTPRoute")
        self.gateways = [p.gateway for p in self.parents]
        self.hostname = hostname or f"{self.name}.{self.gateways[0].domain}"
        for parent in self.parents:
            claim_route_hostname(self, parent, self.hostname, "HTTPRoute")
        _claim_route(self, self.namespace, self.name)
        self.resource = http_route(self, name=self.name, namespace=self.namespace, parents=self.parents,
                                   rules=[HttpRule(backends=(BackendRef(self.service_name, self.port),))],
                                   hostnames=[self.hostname], annotations=annotations)


def route_parents(route: constructs.Construct, gateway: object, section: object, kind: str) -> list[ListenerRef]:
    """The listeners a route of ``kind`` attaches to: each gateway (object or declared name) at
    listener ``section`` (``None``: the whole gateway, every listener that admits ``kind``, one
    at least), each :class:`ListenerRef` as given; each must admit ``kind``."""
    given = list(gateway) if isinstance(gateway, (list, tuple)) else [gateway]
    parents = []
    for g in given:
        if isinstance(g, ListenerRef):
            parents.append(g.gateway.listener(g.section) if g.section is not None else g)
            continue
        if not isinstance(g, (HomelabGateway, str)):
            raise fail(route, "gateway is not a HomelabGateway or a gateway name", shown(g), _GATEWAY_FIX)
        found = find_gateway(route, g) if isinstance(g, str) else g
        if section is None:  # the whole gateway: every listener that admits the kind
            parents.append(ListenerRef(found, None))
            continue
        check_text(route, section, "section", HTTPS_SECTION)
        if section not in found.listeners_by_name:
            raise fail(route, f"gateway {found.name} has no such listener", section,
                       f"use one of: {', '.join(found.listeners_by_name)}")
        parents.append(ListenerRef(found, str(section)))
    if not parents:
        raise fail(route, "route has no gateway", [], "pass the gateway (or gateways) that serve the app")
    keys = [(p.gateway.namespace, p.gateway.name, p.section) for p in parents]
    if len(set(keys)) < len(keys):
        raise fail(route, "route lists a gateway twice", [p.gateway.name for p in parents], "list each gateway once")
    for p in parents:
        if p.section is None:
            if not p.admitting(kind):
                raise fail(route, f"no listener of gateway {p.gateway.name} admits a {kind}",
                           [f"{li.name} {li.protocol} {li.port}" for li in p.gateway.listeners_by_name.values()],
                           f"add a listener of protocol {' or '.join(ROUTE_PROTOCOLS[kind])}, or attach to another "
                           "gateway")
            continue
        li = p.listener
        if li.protocol not in ROUTE_PROTOCOLS[kind] or (li.route_kinds and kind not in li.route_kinds):
            raise fail(route, f"listener {p.section} of gateway {p.gateway.name} does not admit a {kind}",
                       f"{li.protocol} {li.port}" + (f" kinds {list(li.route_kinds)}" if li.route_kinds else ""),
                       f"attach to a listener of protocol {' or '.join(ROUTE_PROTOCOLS[kind])}"
                       + (f" that admits {kind}" if li.route_kinds else ""))
    return parents


def claim_route_hostname(route: constructs.Construct, parent: ListenerRef, hostname: str, kind: str) -> None:
    """Claim ``hostname`` for a route of ``kind`` on ``parent``: on its listener, or, for the whole
    gateway, on each listener that admits ``kind`` and takes the hostname (a listener without a
    hostname takes any), once per port; for the whole gateway at least one must take it."""
    gateway = cast(HomelabGateway, parent.gateway)
    if parent.section is not None:
        gateway.claim_hostname(route, hostname, parent.section)
        return
    check_hostname_pattern(route, hostname, "hostname")
    admitting = parent.admitting(kind)
    taking = [li for li in admitting if not li.hostname or hostname_matches(li.hostname, hostname)]
    if not taking:
        raise fail(route, f"hostname is outside every listener of gateway {gateway.name} that admits a {kind}",
                   hostname, f"use a name under {', '.join(sorted({str(li.hostname) for li in admitting}))}, or "
                             "attach to another gateway")
    ports: set[int] = set()
    for li in taking:
        if li.port not in ports:
            ports.add(li.port)
            gateway.claim_hostname(route, hostname, li.name)


def _claim_route(route: constructs.Construct, namespace: str, name: str) -> None:
    """One HTTPRoute of a name per namespace in the app (an AppRoute's or an HttpsRedirect's)."""
    claim_once(route, "http-route", (namespace, name), f"HTTPRoute is declared twice in namespace {namespace}", name,
               "give each route its own name")
