"""The VPN pod's web UI: :class:`WebUi`, its Service and route, which :class:`~.vpn.VpnPod`
writes as a :class:`~.app.HomelabApp` (the app's port behind it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence, Union

from .._validation import FrozenDict, check_bool, check_dns_label, check_ip, check_port, check_text, fail, frozen
from ..gateway.gateway import HomelabGateway
from .app import check_app_protocol, check_service_labels

#: what a web UI is routed through: a gateway, the name of one declared before, or several
Gateways = Union[HomelabGateway, str, Sequence[Union[HomelabGateway, str]], None]


@dataclass(frozen=True)
class WebUi:
    """The web UI's Service (to the app's port) and route, as :class:`~.app.HomelabApp` writes
    them; a field left unset writes nothing.

    :param gateway: route ``<pod name>.<domain>`` through this gateway (or several, or the name of
        one declared before) (default ``None``: no route; a :class:`~homelab_constructs.Homelab`
        routes it on its gateway).
    :param hostname: override the route's hostname (needs ``gateway``).
    :param port: the Service's (and the route's) port (default ``None``: the app's port).
    :param port_name: the Service port's name (default ``http``; ``None``: unnamed).
    :param app_protocol: the Service port's ``appProtocol``, such as ``http`` (default ``None``).
    :param load_balancer: expose the Service as a LoadBalancer from the Cilium pool too
        (default ``False``).
    :param load_balancer_ip: pin that LoadBalancer's address (must lie in a pool; implies
        ``load_balancer``), with :func:`~homelab_constructs.network.lbipam.pin_ip`'s rules.
    :param service_labels: labels on the Service (default none), such as ``{"lb-pool": "lan"}``
        for a pool's or an L2 policy's ``service_selector``; the pod's ``name_label`` adds
        ``app.kubernetes.io/name: <pod name>``.
    """

    gateway: Gateways = None
    hostname: Optional[str] = None
    port: Optional[int] = None
    port_name: Optional[str] = "http"
    app_protocol: Optional[str] = None
    load_balancer: bool = False
    load_balancer_ip: Optional[str] = None
    service_labels: Mapping[str, str] = field(default_factory=FrozenDict)

    def __post_init__(self) -> None:
        if isinstance(self.gateway, list):
            object.__setattr__(self, "gateway", tuple(self.gateway))
        check_text("WebUi.hostname", self.hostname, "hostname", "qbit.homelab.local", optional=True)
        if self.hostname is not None and self.gateway is None:
            raise fail("WebUi.hostname", "hostname given without a gateway", self.hostname,
                       "pass gateway=<the HomelabGateway that serves it>, or drop hostname")
        if self.port is not None:
            check_port("WebUi.port", self.port, "port")
        if self.port_name is not None:
            check_dns_label("WebUi.port_name", self.port_name, "port name")
        check_app_protocol("WebUi.app_protocol", self.app_protocol)
        check_bool("WebUi.load_balancer", self.load_balancer, "load_balancer",
                   "write True to expose the web UI as a LoadBalancer, or False")
        if self.load_balancer_ip is not None:
            check_ip("WebUi.load_balancer_ip", self.load_balancer_ip, "pinned IP")
        labels = check_service_labels("WebUi.service_labels", self.service_labels)
        object.__setattr__(self, "service_labels", frozen(labels))
