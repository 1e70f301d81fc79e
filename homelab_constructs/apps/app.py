"""An app's network face: its Service, optionally a LoadBalancer VIP, and its route."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional, Sequence, Union

import constructs
from cdk8s_plus_27 import k8s

from .._base import HomelabConstruct
from .._names import APP_NAME_LABEL as APP_LABEL  # every app pod carries it; Services select by it
from .._names import LB_IPS_ANNOTATION, MANAGED_BY_LABEL
from .._validation import (
    DNS_1035_FIX,
    Code,
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
)
from ..gateway.gateway import AppRoute, HomelabGateway
from ..network.lbipam import pin_ip

#: ``spec.externalTrafficPolicy`` values of a LoadBalancer Service
EXTERNAL_TRAFFIC_POLICIES = ("Cluster", "Local")
#: the protocols of a Service port
PORT_PROTOCOLS = ("TCP", "UDP", "SCTP")
#: an example of Service labels (a pool's or an L2 policy's ``service_selector`` selects by them)
SERVICE_LABELS_EXAMPLE = {"lb-pool": "lan"}


def check_service_labels(scope: Scope, labels: object, name: str) -> dict[str, str]:
    """``service_labels``: a mapping of label keys to values for the app's Service, beside the
    ``app.kubernetes.io/name`` and ``managed-by`` labels the library writes itself (so those
    two keys are refused)."""
    checked = check_mapping(scope, labels, "service_labels", check_label_key, check_label_value,
                            example=SERVICE_LABELS_EXAMPLE)
    for key in (APP_LABEL, MANAGED_BY_LABEL):
        if key in checked:
            raise fail(scope, f"service_labels sets {key}, which the library writes itself", checked[key],
                       f"drop it: the Service carries {APP_LABEL}: {name} and {MANAGED_BY_LABEL}: homelab-constructs "
                       "already (a pool's service_selector may select by them)")
    return checked


@dataclass(frozen=True)
class AppPort:
    """One more port of an app's Service, beside its web port (tdarr's server port 8266).

    :param name: the port's name, a DNS label such as ``server``.
    :param port: the Service port.
    :param target_port: the container port (default ``None``: ``port``).
    :param protocol: ``TCP``, ``UDP`` or ``SCTP`` (default ``TCP``).
    """

    name: str
    port: int
    target_port: Optional[int] = None
    protocol: str = "TCP"

    def __post_init__(self) -> None:
        check_dns_label("AppPort.name", self.name, "port name")
        check_port("AppPort.port", self.port, "port")
        if self.target_port is not None:
            check_port("AppPort.target_port", self.target_port, "target port")
        check_text("AppPort.protocol", self.protocol, "protocol", "TCP")
        check_choice("AppPort.protocol", self.protocol, PORT_PROTOCOLS, "protocol")


class HomelabApp(HomelabConstruct):
    """A Service named ``name`` selecting ``app.kubernetes.io/name=<name>`` pods, plus a route.

    The workload itself (Deployment, StatefulSet, Helm chart) is the app's own business;
    this construct owns how the network reaches it. Other constructs take the app itself where
    they need one, such as the egress intent ``ToService(app)``, and isolation policies select
    its pods by :attr:`selector` (also when the Service is the app's chart's own, see
    ``write_service``).

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
    :param port_name: the web port's name in the Service (default ``http``); ``None`` leaves
        the port unnamed, as a Service with one port may (not with ``extra_ports``: the API
        server requires a name on each port of a Service with several).
    :param extra_ports: more Service ports, each an :class:`AppPort` with its own name and
        port (default none).
    :param write_service: write the Service (default ``True``); ``False`` when the app's Helm
        chart (bjw-s app-template, ...) writes it: only the route is written, to
        ``service_name``:``port``, and ``selector``/``target_port`` still describe the pods for
        isolation. The Service props (``load_balancer``, ``extra_ports``, ...) are refused then.
    :param external_traffic_policy: the LoadBalancer's ``externalTrafficPolicy``, ``Cluster``
        or ``Local`` (default ``None``: not written, Kubernetes' ``Cluster``); needs a LoadBalancer.
    :param service_annotations: annotations on the Service, such as
        ``{"external-dns.alpha.kubernetes.io/hostname": "jellyfin.example.com"}`` (default none).
    :param service_labels: more labels on the Service, beside ``app.kubernetes.io/name: <name>``
        (default ``None``: none), such as ``{"lb-pool": "lan"}`` for a
        :class:`~homelab_constructs.network.lbipam.LoadBalancerPool` or
        :class:`~homelab_constructs.network.lbipam.L2Announcement` whose ``service_selector``
        selects by them (a pinned ``load_balancer_ip`` must lie in a pool that selects the
        Service: ``synth()`` checks it). ``app.kubernetes.io/name`` and
        ``app.kubernetes.io/managed-by`` are the library's and refused.
    :param route_annotations: annotations on the HTTPRoute (default none).
    """


    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        port: int,
        target_port: Optional[int] = None,
        gateway: Union[HomelabGateway, str, Sequence[Union[HomelabGateway, str]], None] = None,
        hostname: Optional[str] = None,
        load_balancer: bool = False,
        load_balancer_ip: Optional[str] = None,
        selector: Optional[Mapping[str, str]] = None,
        service_name: Optional[str] = None,
        port_name: Optional[str] = "http",
        extra_ports: Sequence[AppPort] = (),
        write_service: bool = True,
        external_traffic_policy: Optional[str] = None,
        service_annotations: Optional[Mapping[str, str]] = None,
        route_annotations: Optional[Mapping[str, str]] = None,
        service_labels: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
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
        self.port_name = None if port_name is None else check_dns_label(self, port_name, "port name")
        self.extra_ports = self._extra_ports(extra_ports)
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
        #: the Service's labels beside ``app.kubernetes.io/name`` (empty: none)
        self.service_labels = (check_service_labels(self, service_labels, self.name)
                               if service_labels is not None else {})
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

    def _extra_ports(self, extra_ports: object) -> tuple[AppPort, ...]:
        ports = check_sequence(self, extra_ports, "extra_ports", lambda s, p, w: check_instance(
            s, p, AppPort, w, "write AppPort(name='server', port=8266)"), example=[Code("AppPort('server', 8266)")])
        if ports and self.port_name is None:
            raise fail(self, "the web port has no name, which a Service with several ports needs",
                       self.port_name, "give it one (port_name='http'), or leave extra_ports out: the API "
                                                "server refuses unnamed ports in a Service with several")
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
            ("service_annotations", self.service_annotations), ("service_labels", self.service_labels)) if value}
        if self.port_name != "http":
            given["port_name"] = self.port_name
        if given:
            raise fail(self, "Service settings given with write_service=False", given,
                       "set them in the app's chart, which writes the Service, or set write_service=True")

    def _service(self) -> k8s.KubeService:
        annotations = dict(self.service_annotations)
        if self.load_balancer_ip:
            annotations[LB_IPS_ANNOTATION] = self.load_balancer_ip
        ports = [k8s.ServicePort(name=self.port_name, port=self.port, protocol="TCP",
                                 target_port=k8s.IntOrString.from_number(self.target_port))]
        ports += [k8s.ServicePort(name=p.name, port=p.port, protocol=p.protocol,
                                  target_port=k8s.IntOrString.from_number(p.target_port or p.port))
                  for p in self.extra_ports]
        return k8s.KubeService(
            self, "Service",
            metadata=k8s.ObjectMeta(name=self.service_name, namespace=self.namespace,
                                    labels={APP_LABEL: self.name, **self.service_labels},
                                    annotations=annotations or None),
            spec=k8s.ServiceSpec(
                type="LoadBalancer" if self.load_balancer else "ClusterIP",
                selector=self.selector,
                external_traffic_policy=self.external_traffic_policy,
                ports=ports,
            ),
        )
