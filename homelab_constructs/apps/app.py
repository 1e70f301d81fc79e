"""An app's network face: its Service, optionally a LoadBalancer VIP, and its route."""
from __future__ import annotations

from typing import Mapping, Optional, Sequence, Union

import constructs
from cdk8s_plus_27 import k8s

from .._base import HomelabConstruct
from .._names import APP_NAME_LABEL as APP_LABEL  # every app pod carries it; Services select by it
from .._names import LB_IPS_ANNOTATION
from .._validation import check_bool, check_dns_label, check_labels, check_port, fail
from ..gateway.gateway import AppRoute, HomelabGateway
from ..network.lbipam import pin_ip


class HomelabApp(HomelabConstruct):
    """A Service named ``name`` selecting ``app.kubernetes.io/name=<name>`` pods, plus a route.

    The workload itself (Deployment, StatefulSet, Helm chart) is the app's own business;
    this construct owns how the network reaches it. Other constructs take the app itself where
    they need one, such as the egress intent ``ToService(app)``.

    :param name: the app's name: Service name, pod label and default host label.
    :param namespace: the app's namespace.
    :param port: the Service port (the app's web port).
    :param target_port: the container port (default ``None``: ``port``; ``0`` is no port and refused).
    :param gateway: route ``<name>.<domain>`` through this gateway (or several): the
        :class:`HomelabGateway`, or the name of one declared before; ``None`` for an app with
        no web route.
    :param hostname: override the route's hostname (needs ``gateway``).
    :param load_balancer: expose the Service as a LoadBalancer from the Cilium pool too
        (default ``False``).
    :param load_balancer_ip: pin the LoadBalancer's address (must lie in a pool).
    :param selector: pod labels to select, a non-empty mapping (default ``None``:
        ``{app.kubernetes.io/name: name}``).
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
        load_balancer = self.load_balancer

        self.service = k8s.KubeService(
            self, "Service",
            metadata=k8s.ObjectMeta(
                name=self.name, namespace=self.namespace, labels={APP_LABEL: self.name},
                annotations={LB_IPS_ANNOTATION: self.load_balancer_ip} if self.load_balancer_ip else None,
            ),
            spec=k8s.ServiceSpec(
                type="LoadBalancer" if load_balancer else "ClusterIP",
                selector=self.selector,
                ports=[k8s.ServicePort(name="http", port=self.port, protocol="TCP",
                                       target_port=k8s.IntOrString.from_number(self.target_port))],
            ),
        )
        self.route: Optional[AppRoute] = None
        if gateway is not None:
            self.route = AppRoute(self, "Route", name=self.name, namespace=self.namespace, gateway=gateway,
                                  service_name=self.name, port=self.port, hostname=hostname)
