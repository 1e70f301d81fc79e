"""Services outside the cluster: a selector-less Service plus its EndpointSlices, so routes can
send traffic to a NAS, a hypervisor or a router by address.

Kubernetes fills no endpoints for a Service without a selector: the EndpointSlices written here
(``discovery.k8s.io/v1``, label ``kubernetes.io/service-name``) list the addresses, one slice per
address family. Routes use the Service as any other backend
(``AppRoute(service_name=svc.name, ...)``, ``TlsRoute(backends=[svc.backend()])``).
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Mapping, Optional, Sequence, Union

import constructs
from cdk8s_plus_27 import k8s

from .._base import HomelabConstruct
from .._validation import (
    Scope,
    check_annotations,
    check_bool,
    check_choice,
    check_dns_label,
    check_ip,
    check_label_key,
    check_label_value,
    check_mapping,
    check_port,
    check_sequence,
    check_service_name,
    claim_once,
    fail,
    is_label_key,
)
from .rules import BackendRef

#: the label that ties an EndpointSlice to its Service
SERVICE_NAME_LABEL = "kubernetes.io/service-name"
PROTOCOLS = ("TCP", "UDP", "SCTP")
_LINK_MULTICAST = (ipaddress.ip_network("224.0.0.0/24"), ipaddress.ip_network("ff02::/16"))
#: the most addresses one endpoint of an EndpointSlice holds (the API's limit)
MAX_ENDPOINT_ADDRESSES = 100
_IP = Union[ipaddress.IPv4Address, ipaddress.IPv6Address]


def _app_protocol(where: str, value: object, what: str) -> None:
    if value is not None and (not isinstance(value, str) or not is_label_key(value)):
        raise fail(where, f"{what} is not a protocol name", value,
                   "write an IANA service name such as 'http', or a prefixed name such as 'kubernetes.io/h2c'")


@dataclass(frozen=True)
class ExternalPort:
    """One port of an :class:`ExternalService`, when the Service's port and the machines' differ
    or an ``appProtocol`` is set (a plain ``int`` says the same port on both).

    :param port: the Service's port: what routes name.
    :param target_port: the port the machines listen on: the Service's ``targetPort`` and the
        EndpointSlice's port (default ``None``: ``port``, and no ``targetPort`` written).
    :param app_protocol: the Service port's ``appProtocol``, such as ``http`` (default ``None``).
    :param endpoint_app_protocol: the EndpointSlice port's ``appProtocol`` (default ``None``).
    """

    port: int
    target_port: Optional[int] = None
    app_protocol: Optional[str] = None
    endpoint_app_protocol: Optional[str] = None

    def __post_init__(self) -> None:
        check_port("ExternalPort.port", self.port)
        if self.target_port is not None:
            check_port("ExternalPort.target_port", self.target_port, "target_port")
        _app_protocol("ExternalPort.app_protocol", self.app_protocol, "app protocol")
        _app_protocol("ExternalPort.endpoint_app_protocol", self.endpoint_app_protocol, "endpoint app protocol")

    @property
    def endpoint_port(self) -> int:
        """The port the endpoints listen on."""
        return self.port if self.target_port is None else self.target_port


def _port(scope: Scope, value: object, what: str) -> ExternalPort:
    if isinstance(value, ExternalPort):
        return value
    return ExternalPort(check_port(scope, value, what))


class ExternalService(HomelabConstruct):
    """A Service whose endpoints are fixed addresses outside the cluster.

    :param name: the Service's name (routes name it as their backend).
    :param namespace: its namespace.
    :param addresses: the addresses behind it (IPv4 and/or IPv6), each one endpoint, or a tuple
        of addresses of one family for one endpoint that has several (consumers may use only its
        first); one EndpointSlice per family: ``<name>`` for the first family listed,
        ``<name>-ipv6`` for IPv6 after IPv4.
    :param ports: port name -> port, such as ``{"https": 8006}`` (the Service and the endpoints
        use the same port), or :class:`ExternalPort` for a Service port that differs from the
        machines' or an ``appProtocol``.
    :param protocol: ``TCP``, ``UDP`` or ``SCTP`` on every port (default ``None``: not written,
        the API's ``TCP``).
    :param annotations: annotations on the Service (default none).
    :param labels: labels on the Service (default none).
    :param slice_labels: labels on the EndpointSlices besides ``kubernetes.io/service-name``, such
        as ``endpointslice.kubernetes.io/managed-by`` (default none).
    :param headless: a headless Service (``clusterIP: None``: DNS answers the endpoints'
        addresses) (default ``False``: a cluster IP).
    :param ready: each endpoint's ``conditions.ready`` (default ``None``: not written, which
        consumers read as ready).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        addresses: Sequence[Union[str, Sequence[str]]],
        ports: Mapping[str, Union[int, ExternalPort]],
        protocol: Optional[str] = None,
        annotations: Optional[Mapping[str, str]] = None,
        labels: Optional[Mapping[str, str]] = None,
        slice_labels: Optional[Mapping[str, str]] = None,
        headless: bool = False,
        ready: Optional[bool] = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_service_name(self, check_dns_label(self, name, "service name"), "service name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        #: the endpoints: each one's addresses (one family per endpoint)
        self.endpoints: tuple[tuple[_IP, ...], ...] = self._endpoints(addresses)
        self.addresses: tuple[_IP, ...] = tuple(ip for endpoint in self.endpoints for ip in endpoint)
        self.port_settings: dict[str, ExternalPort] = check_mapping(self, ports, "ports", check_dns_label, _port,
                                                                    example={"https": 443})
        if not self.port_settings:
            raise fail(self, "external service has no port", {}, "write ports={'https': 443}")
        #: port name -> the Service's port
        self.ports: dict[str, int] = {n: p.port for n, p in self.port_settings.items()}
        self.protocol = check_choice(self, protocol, PROTOCOLS, "protocol") if protocol is not None else None
        notes = check_annotations(self, annotations) if annotations is not None else {}
        service_labels = self._labels(labels, "labels")
        extra_slice_labels = self._labels(slice_labels, "slice_labels")
        if SERVICE_NAME_LABEL in extra_slice_labels:
            raise fail(self, f"slice_labels set {SERVICE_NAME_LABEL}, which ties the slices to the Service",
                       extra_slice_labels[SERVICE_NAME_LABEL], f"drop it: the slices carry {SERVICE_NAME_LABEL}: "
                       f"{self.name}")
        check_bool(self, headless, "headless", "write True for clusterIP: None, or False")
        if ready is not None:
            check_bool(self, ready, "ready", "write True or False, or None to leave conditions out")
        claim_once(self, "service", (self.namespace, self.name), f"Service is declared twice in namespace "
                   f"{self.namespace}", self.name, "give each external service its own name")
        self.service = k8s.KubeService(
            self, "Service",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace, annotations=notes or None,
                                    labels=service_labels or None),
            spec=k8s.ServiceSpec(cluster_ip="None" if headless else None, ports=[
                k8s.ServicePort(name=n, port=p.port, protocol=self.protocol, app_protocol=p.app_protocol,
                                target_port=k8s.IntOrString.from_number(p.target_port)
                                if p.target_port is not None else None)
                for n, p in self.port_settings.items()]))
        slice_meta = {**extra_slice_labels, SERVICE_NAME_LABEL: self.name}
        self.endpoint_slices = [self._slice(family, i, slice_meta, ready) for i, family in enumerate(self._families())]

    def _labels(self, labels: Optional[Mapping[str, str]], what: str) -> dict[str, str]:
        if labels is None:
            return {}
        return check_mapping(self, labels, what, check_label_key, check_label_value,
                             example={"app.kubernetes.io/name": self.name})

    def _endpoints(self, given: object) -> tuple[tuple[_IP, ...], ...]:
        """``addresses`` checked: each item an address, or a tuple of addresses of one family."""
        items = check_sequence(self, given, "addresses", example=["192.168.1.10"])
        if not items:
            raise fail(self, "external service has no address", [], "list the addresses, such as ['192.168.1.10']")
        endpoints = []
        for i, item in enumerate(items):
            what = f"addresses[{i}]"
            if isinstance(item, (list, tuple)):
                ips = tuple(check_ip(self, a, f"{what}[{j}]", "192.168.1.10") for j, a in enumerate(item))
                if not ips or len(ips) > MAX_ENDPOINT_ADDRESSES or len({ip.version for ip in ips}) > 1:
                    raise fail(self, f"{what} is not 1-{MAX_ENDPOINT_ADDRESSES} addresses of one family", list(item),
                               "list one endpoint's IPv4 (or IPv6) addresses, such as ('10.10.30.10', '192.168.1.10')")
            else:
                ips = (check_ip(self, item, what, "192.168.1.10"),)
            endpoints.append(ips)
        every = [ip for endpoint in endpoints for ip in endpoint]
        for ip in every:  # the API server's ValidateNonSpecialIP for endpoint addresses
            if ip.is_unspecified or ip.is_loopback or ip.is_link_local or any(ip in n for n in _LINK_MULTICAST):
                raise fail(self, "endpoint address is unspecified, loopback or link-local", str(ip),
                           "list the machine's LAN address, such as '192.168.1.10' (the API server refuses "
                           "these in an EndpointSlice)")
        if len(set(every)) < len(every):
            raise fail(self, "an address is listed twice", [str(ip) for ip in every], "list each address once")
        return tuple(endpoints)

    def _families(self) -> list[int]:
        families: list[int] = []
        for endpoint in self.endpoints:
            if endpoint[0].version not in families:
                families.append(endpoint[0].version)
        return families

    def _slice(self, family: int, index: int, labels: Mapping[str, str],
               ready: Optional[bool]) -> k8s.KubeEndpointSlice:
        suffix = "" if index == 0 else f"-ipv{family}"
        return k8s.KubeEndpointSlice(
            self, f"EndpointSlice{suffix}",
            metadata=k8s.ObjectMeta(name=f"{self.name}{suffix}", namespace=self.namespace, labels=dict(labels)),
            address_type=f"IPv{family}",
            endpoints=[k8s.Endpoint(addresses=[str(ip) for ip in endpoint],
                                    conditions=k8s.EndpointConditions(ready=ready) if ready is not None else None)
                       for endpoint in self.endpoints if endpoint[0].version == family],
            ports=[k8s.EndpointPort(name=n, port=p.endpoint_port, protocol=self.protocol,
                                    app_protocol=p.endpoint_app_protocol)
                   for n, p in self.port_settings.items()])

    def backend(self, port: Optional[str] = None) -> BackendRef:
        """This service as a route backend, on the port named ``port`` (default: its only port)."""
        if port is None and len(self.ports) == 1:
            port = next(iter(self.ports))
        if port not in self.ports:
            raise fail(self, "external service has no such port", port, f"use one of: {', '.join(self.ports)}")
        return BackendRef(self.name, self.ports[str(port)])


__all__ = ["ExternalPort", "ExternalService"]
