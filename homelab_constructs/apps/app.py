"""An app's network face: its Service, optionally a LoadBalancer VIP, and its route."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Mapping, Optional, Sequence, Union, cast

import constructs
from cdk8s_plus_27 import k8s

from .._base import HomelabConstruct
from .._names import APP_NAME_LABEL as APP_LABEL  # every app pod carries it; Services select by it
from .._names import LB_IPS_ANNOTATION, MANAGED_BY_LABEL
from .._validation import (
    DNS_1035_FIX,
    Code,
    FrozenDict,
    Scope,
    check_annotations,
    check_bool,
    check_choice,
    check_dns_label,
    check_instance,
    check_label_key,
    check_label_value,
    check_labels,
    check_mapping,
    check_port,
    check_sequence,
    check_service_name,
    check_text,
    fail,
    first_duplicate,
    is_label_key,
)
from ..gateway.gateway import AppRoute, HomelabGateway
from ..namespace import Namespace, namespace_name
from ..network.lbipam import pin_ip

#: ``spec.externalTrafficPolicy`` values of a LoadBalancer Service
EXTERNAL_TRAFFIC_POLICIES = ("Cluster", "Local")
#: the protocols of a Service port
PORT_PROTOCOLS = ("TCP", "UDP", "SCTP")
#: an example of Service labels (a pool's or an L2 policy's ``service_selector`` selects by them)
SERVICE_LABELS_EXAMPLE = {"lb-pool": "lan"}


def check_service_labels(scope: Scope, labels: object) -> dict[str, str]:
    """``service_labels``: a mapping of label keys to values for a Service, beside the
    ``managed-by`` label every object of the library carries (so that key is refused)."""
    checked = check_mapping(scope, labels, "service_labels", check_label_key, check_label_value,
                            example=SERVICE_LABELS_EXAMPLE)
    if MANAGED_BY_LABEL in checked:
        raise fail(scope, f"service_labels sets {MANAGED_BY_LABEL}, which the library writes itself",
                   checked[MANAGED_BY_LABEL], f"drop it: every object the library writes carries {MANAGED_BY_LABEL}: "
                   "homelab-constructs already (a pool's service_selector may select by it)")
    return checked


def check_app_protocol(scope: Scope, value: object, what: str = "app protocol") -> Optional[str]:
    """A Service port's ``appProtocol`` (or ``None``): an IANA service name such as ``http``,
    or a prefixed name such as ``kubernetes.io/h2c`` (the API server takes a qualified name)."""
    if value is None:
        return None
    if not isinstance(value, str) or not is_label_key(value):
        raise fail(scope, f"{what} is not an IANA service name or a prefixed name", value,
                   "write a name such as 'http', 'https' or 'kubernetes.io/h2c'")
    return value


@dataclass(frozen=True)
class AppPort:
    """One more port of an app's Service, beside its web port (tdarr's server port 8266).

    :param name: the port's name, a DNS label such as ``server``.
    :param port: the Service port.
    :param target_port: the container port (default ``None``: ``port``).
    :param protocol: ``TCP``, ``UDP`` or ``SCTP`` (default ``TCP``).
    :param app_protocol: the port's ``appProtocol``, such as ``http`` or ``kubernetes.io/h2c``
        (default ``None``: not written).
    """

    name: str
    port: int
    target_port: Optional[int] = None
    protocol: str = "TCP"
    app_protocol: Optional[str] = None

    def __post_init__(self) -> None:
        check_dns_label("AppPort.name", self.name, "port name")
        check_port("AppPort.port", self.port, "port")
        if self.target_port is not None:
            check_port("AppPort.target_port", self.target_port, "target port")
        check_text("AppPort.protocol", self.protocol, "protocol", "TCP")
        check_choice("AppPort.protocol", self.protocol, PORT_PROTOCOLS, "protocol")
        check_app_protocol("AppPort.app_protocol", self.app_protocol)


class HomelabApp(HomelabConstruct):
    """A Service named ``name`` selecting ``app.kubernetes.io/name=<name>`` pods, plus a route.

    The workload itself (Deployment, StatefulSet, Helm chart) is the app's own business;
    this construct owns how the network reaches it. Other constructs take the app itself where
    they need one, such as the egress intent ``ToService(app)``, and isolation policies select
    its pods by :attr:`selector` (also when the Service is the app's chart's own, see
    ``write_service``).

    The Service carries only the labels the props give (``service_labels``, and
    ``app.kubernetes.io/name: <name>`` with ``name_label``). :attr:`RECOMMENDED` is the
    library's preset, exactly ``name_label=True``: the Service labelled
    ``app.kubernetes.io/name: <name>``. An app-template Service (bjw-s) is written as the chart
    writes it with ``selector`` set to the chart's three labels (``app.kubernetes.io/controller:
    main``, ``app.kubernetes.io/instance`` and ``app.kubernetes.io/name``: the release name).

    :param name: the app's name: Service name (unless ``service_name``; so a DNS-1035 label,
        starting with a letter), route name, pod label and default host label.
    :param namespace: the app's namespace.
    :param port: the Service port the route sends to (the app's web port).
    :param target_port: the container port (default ``None``: ``port``; ``0`` is no port and refused).
    :param gateway: route ``<name>.<domain>`` through this gateway (or several): the
        :class:`HomelabGateway`, or the name of one declared before; ``None`` for an app with
        no web route.
    :param hostname: override the route's hostname (needs ``gateway``).
    :param load_balancer: expose the Service as a LoadBalancer from the Cilium pool too
        (default ``False``).
    :param load_balancer_ip: pin the LoadBalancer's address (must lie in a pool).
    :param selector: pod labels to select, a non-empty mapping, as the app's own chart labels
        its pods (default ``None``: ``{app.kubernetes.io/name: name}``).
    :param service_name: the Service's name, the route's backend (default ``None``: ``name``),
        such as ``kube-prometheus-stack-grafana`` for the route ``grafana``.
    :param port_name: the web port's name in the Service (default ``http``; ``None``: a port
        without a name, which Kubernetes takes when it is the Service's only port).
    :param app_protocol: the web port's ``appProtocol``, such as ``http`` or
        ``kubernetes.io/h2c`` (default ``None``: not written).
    :param extra_ports: more Service ports, each an :class:`AppPort` with its own name and
        port (default none).
    :param headless: a headless Service (``clusterIP: None``): DNS answers with the pods'
        addresses, no virtual IP (default ``False``); not with ``load_balancer``.
    :param write_service: write the Service (default ``True``); ``False`` when the app's Helm
        chart (bjw-s app-template, ...) writes it: only the route is written, to
        ``service_name``:``port``, and ``selector``/``target_port`` still describe the pods for
        isolation. The Service props (``load_balancer``, ``extra_ports``, ...) are refused then.
    :param external_traffic_policy: the LoadBalancer's ``externalTrafficPolicy``, ``Cluster``
        or ``Local`` (default ``None``: not written, Kubernetes' ``Cluster``); needs a LoadBalancer.
    :param service_annotations: annotations on the Service, such as
        ``{"external-dns.alpha.kubernetes.io/hostname": "jellyfin.example.com"}`` (default none).
    :param service_labels: labels on the Service (default ``None``: none), such as
        ``{"lb-pool": "lan"}`` for a
        :class:`~homelab_constructs.network.lbipam.LoadBalancerPool` or
        :class:`~homelab_constructs.network.lbipam.L2Announcement` whose ``service_selector``
        selects by them (a pinned ``load_balancer_ip`` must lie in a pool that selects the
        Service: ``synth()`` checks it). ``app.kubernetes.io/managed-by`` is the library's and
        refused, ``app.kubernetes.io/name`` too with ``name_label``.
    :param name_label: label the Service ``app.kubernetes.io/name: <name>`` (default ``False``;
        with ``write_service=False`` there is no Service, so nothing).
    :param route_annotations: annotations on the HTTPRoute (default none).
    """

    #: the library's preset (see the class docstring): the Service labelled with the app's name
    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(name_label=True)

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str | Namespace,
        port: int,
        target_port: Optional[int] = None,
        gateway: Union[HomelabGateway, str, Sequence[Union[HomelabGateway, str]], None] = None,
        hostname: Optional[str] = None,
        load_balancer: bool = False,
        load_balancer_ip: Optional[str] = None,
        selector: Optional[Mapping[str, str]] = None,
        service_name: Optional[str] = None,
        port_name: Optional[str] = "http",
        app_protocol: Optional[str] = None,
        extra_ports: Sequence[AppPort] = (),
        headless: bool = False,
        write_service: bool = True,
        external_traffic_policy: Optional[str] = None,
        service_annotations: Optional[Mapping[str, str]] = None,
        route_annotations: Optional[Mapping[str, str]] = None,
        service_labels: Optional[Mapping[str, str]] = None,
        name_label: bool = False,
    ) -> None:
        super().__init__(scope, id)
        namespace = cast(str, namespace_name(namespace))  # a Namespace stands for its name
        self.name = check_dns_label(self, name, "app name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.port = check_port(self, port, "port")
        self.target_port = self.port if target_port is None else check_port(self, target_port, "target port")
        self.selector = ({APP_LABEL: self.name} if selector is None else
                         check_labels(self, selector, "selector", "select the app's pods by labels such as "
                                      f"{{'{APP_LABEL}': '{self.name}'}}, or pass None for that default"))
        self.load_balancer_ip = pin_ip(self, load_balancer_ip) if load_balancer_ip is not None else None
        check_bool(self, load_balancer, "load_balancer", "write True to expose the app as a LoadBalancer, or False")
        if hostname is not None and gateway is None:
            raise fail(self, "hostname given without a gateway", hostname,
                       "pass gateway=<the HomelabGateway that serves it>, or drop hostname")
        #: whether the Service is a LoadBalancer (pinned or from the pool)
        self.load_balancer = load_balancer or self.load_balancer_ip is not None
        check_text(self, service_name, "service name", "kube-prometheus-stack-grafana", optional=True)
        #: the Service's name (the route's backend)
        self.service_name = (check_service_name(self, self.name, "app name (its Service's name)", DNS_1035_FIX + (
            ", or pass service_name=<a Service name>")) if service_name is None
            else check_service_name(self, check_dns_label(self, service_name, "service name"), "service name"))
        #: the web port's name (``None``: unnamed, the Service's only port)
        self.port_name = None if port_name is None else check_dns_label(self, port_name, "port name")
        self.app_protocol = check_app_protocol(self, app_protocol)
        self.extra_ports = self._extra_ports(extra_ports)
        self.headless = check_bool(self, headless, "headless",
                                   "write True for a headless Service (clusterIP: None), or False")
        if self.headless and self.load_balancer:
            raise fail(self, "headless Service asked to be a LoadBalancer", self.load_balancer_ip or True,
                       "drop headless or load_balancer: Kubernetes refuses clusterIP None on a LoadBalancer Service")
        self.write_service = check_bool(self, write_service, "write_service",
                                        "write True to write the Service, or False when the app's chart writes it")
        check_text(self, external_traffic_policy, "external traffic policy", "Local", optional=True)
        if external_traffic_policy is not None:
            check_choice(self, external_traffic_policy, EXTERNAL_TRAFFIC_POLICIES, "external traffic policy")
            if not self.load_balancer:
                raise fail(self, "external traffic policy given for a ClusterIP Service", external_traffic_policy,
                           "set load_balancer=True (Kubernetes refuses it on a ClusterIP Service), or drop it")
        self.external_traffic_policy = external_traffic_policy
        self.service_annotations = (check_annotations(self, service_annotations, "service annotations")
                                    if service_annotations is not None else {})
        self.name_label = check_bool(self, name_label, "name_label",
                                     f"write True to label the Service {APP_LABEL}: <name>, or False")
        #: the Service's labels (empty: none)
        self.service_labels = self._service_labels(service_labels)
        if not self.write_service:
            self._refuse_service_props()
        #: the Service (``None`` with ``write_service=False``)
        self.service: Optional[k8s.KubeService] = self._service() if self.write_service else None
        self.route: Optional[AppRoute] = None
        if gateway is not None:
            self.route = AppRoute(self, "Route", name=self.name, namespace=self.namespace, gateway=gateway,
                                  service_name=self.service_name, port=self.port, hostname=hostname,
                                  annotations=route_annotations)
        elif route_annotations is not None:
            raise fail(self, "route annotations given without a gateway", route_annotations,
                       "pass gateway=<the HomelabGateway that serves it>, or drop route_annotations")

    def _service_labels(self, service_labels: object) -> dict[str, str]:
        """The Service's labels: ``service_labels``, and the name label with ``name_label``."""
        given = check_service_labels(self, service_labels) if service_labels is not None else {}
        if not self.write_service:
            return given  # no Service: nothing to label (refused below when given)
        if self.name_label and APP_LABEL in given:
            raise fail(self, f"service_labels sets {APP_LABEL}, which name_label writes", given[APP_LABEL],
                       f"drop it (the Service carries {APP_LABEL}: {self.name}), or set name_label=False to write "
                       "your own")
        return {APP_LABEL: self.name, **given} if self.name_label else given

    def _extra_ports(self, extra_ports: object) -> tuple[AppPort, ...]:
        ports = check_sequence(self, extra_ports, "extra_ports", lambda s, p, w: check_instance(
            s, p, AppPort, w, "write AppPort(name='server', port=8266)"), example=[Code("AppPort('server', 8266)")])
        if ports and self.port_name is None:
            raise fail(self, "the web port has no name but the Service has more ports", None,
                       "name it (port_name='http'): Kubernetes requires a name on every port of a Service with several")
        names = [self.port_name, *(p.name for p in ports)]
        twice = first_duplicate(names)
        if twice is not None:
            raise fail(self, "Service port name is used twice", names[twice[1]], "give each port its own name")
        numbers = [(self.port, "TCP"), *((p.port, p.protocol) for p in ports)]
        twice = first_duplicate(numbers)
        if twice is not None:
            raise fail(self, "Service port is listed twice", numbers[twice[1]][0],
                       "give each port its own number (per protocol)")
        return ports

    def _refuse_service_props(self) -> None:
        given: dict[str, object] = {key: value for key, value in (
            ("load_balancer", self.load_balancer), ("extra_ports", list(self.extra_ports)),
            ("service_annotations", self.service_annotations), ("service_labels", self.service_labels),
            ("app_protocol", self.app_protocol), ("headless", self.headless)) if value}
        if self.port_name != "http":
            given["port_name"] = self.port_name
        if given:
            raise fail(self, "Service settings given with write_service=False", given,
                       "set them in the app's chart, which writes the Service, or set write_service=True")

    def _service(self) -> k8s.KubeService:
        annotations = dict(self.service_annotations)
        if self.load_balancer_ip:
            annotations[LB_IPS_ANNOTATION] = self.load_balancer_ip
        ports = [k8s.ServicePort(name=self.port_name, port=self.port, protocol="TCP", app_protocol=self.app_protocol,
                                 target_port=k8s.IntOrString.from_number(self.target_port))]
        ports += [k8s.ServicePort(name=p.name, port=p.port, protocol=p.protocol, app_protocol=p.app_protocol,
                                  target_port=k8s.IntOrString.from_number(p.target_port or p.port))
                  for p in self.extra_ports]
        return k8s.KubeService(
            self, "Service",
            metadata=k8s.ObjectMeta(name=self.service_name, namespace=self.namespace,
                                    labels=dict(self.service_labels) or None,
                                    annotations=annotations or None),
            spec=k8s.ServiceSpec(
                type="LoadBalancer" if self.load_balancer else "ClusterIP",
                cluster_ip="None" if self.headless else None,
                selector=self.selector,
                external_traffic_policy=self.external_traffic_policy,
                ports=ports,
            ),
        )
