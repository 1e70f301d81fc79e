"""Services outside the cluster: a selector-less Service plus its EndpointSlices, so routes can
send traffic to a NAS, a hypervisor or a router by address.

Kubernetes fills no endpoints for a Service without a selector: the EndpointSlices written here
(``discovery.k8s.io/v1``, label ``kubernetes.io/service-name``) list the addresses, one slice per
address family. Routes use the Service as any other backend
(``AppRoute(service_name=svc.name, ...)``, ``TlsRoute(backends=[svc.backend()])``).
"""
from __future__ import annotations

import ipaddress
from typing import Mapping, Optional, Sequence

import constructs
from cdk8s_plus_27 import k8s

from .._base import HomelabConstruct
from .._validation import (
    check_annotations,
    check_choice,
    check_dns_label,
    check_ip,
    check_mapping,
    check_port,
    check_sequence,
    check_service_name,
    claim_once,
    fail,
)
from .rules import BackendRef

#: the label that ties an EndpointSlice to its Service
SERVICE_NAME_LABEL = "kubernetes.io/service-name"
#: who manages a hand-written EndpointSlice (the EndpointSlice controller leaves it alone)
SLICE_MANAGED_BY_LABEL = "endpointslice.kubernetes.io/managed-by"
PROTOCOLS = ("TCP", "UDP", "SCTP")
_LINK_MULTICAST = (ipaddress.ip_network("224.0.0.0/24"), ipaddress.ip_network("ff02::/16"))


class ExternalService(HomelabConstruct):
    """A Service whose endpoints are fixed addresses outside the cluster.

    :param name: the Service's name (routes name it as their backend).
    :param namespace: its namespace.
    :param addresses: the addresses behind it (IPv4 and/or IPv6; one EndpointSlice per family:
        ``<name>`` for the first family listed, ``<name>-ipv6`` for IPv6 after IPv4).
    :param ports: port name -> port, such as ``{"https": 8006}`` (the Service and the
        endpoints use the same port).
    :param protocol: ``TCP``, ``UDP`` or ``SCTP`` (default ``TCP``).
    :param annotations: annotations on the Service (default none).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        addresses: Sequence[str],
        ports: Mapping[str, int],
        protocol: str = "TCP",
        annotations: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_service_name(self, check_dns_label(self, name, "service name"), "service name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        ips = check_sequence(self, addresses, "addresses", lambda s, v, w: check_ip(s, v, w, "192.168.1.10"),
                             example=["192.168.1.10"])
        if not ips:
            raise fail(self, "external service has no address", [], "list the addresses, such as ['192.168.1.10']")
        for ip in ips:  # the API server's ValidateNonSpecialIP for endpoint addresses
            if ip.is_unspecified or ip.is_loopback or ip.is_link_local or any(ip in n for n in _LINK_MULTICAST):
                raise fail(self, "endpoint address is unspecified, loopback or link-local", str(ip),
                           "list the machine's LAN address, such as '192.168.1.10' (the API server refuses "
                           "these in an EndpointSlice)")
        if len(set(ips)) < len(ips):
            raise fail(self, "an address is listed twice", [str(ip) for ip in ips], "list each address once")
        self.addresses: tuple[ipaddress.IPv4Address | ipaddress.IPv6Address, ...] = ips
        self.ports: dict[str, int] = check_mapping(self, ports, "ports", check_dns_label, check_port,
                                                   example={"https": 443})
        if not self.ports:
            raise fail(self, "external service has no port", {}, "write ports={'https': 443}")
        self.protocol = check_choice(self, protocol, PROTOCOLS, "protocol")
        notes = check_annotations(self, annotations) if annotations is not None else {}
        claim_once(self, "service", (self.namespace, self.name), f"Service is declared twice in namespace "
                   f"{self.namespace}", self.name, "give each external service its own name")
        self.service = k8s.KubeService(
            self, "Service",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace, annotations=notes or None),
            spec=k8s.ServiceSpec(ports=[
                k8s.ServicePort(name=n, port=p, protocol=self.protocol, target_port=k8s.IntOrString.from_number(p))
                for n, p in self.ports.items()]))
        self.endpoint_slices = [self._slice(family, i) for i, family in enumerate(self._families())]

    def _families(self) -> list[int]:
        families: list[int] = []
        for ip in self.addresses:
            if ip.version not in families:
                families.append(ip.version)
        return families

    def _slice(self, family: int, index: int) -> k8s.KubeEndpointSlice:
        suffix = "" if index == 0 else f"-ipv{family}"
        return k8s.KubeEndpointSlice(
            self, f"EndpointSlice{suffix}",
            metadata=k8s.ObjectMeta(name=f"{self.name}{suffix}", namespace=self.namespace,
                                    labels={SERVICE_NAME_LABEL: self.name, SLICE_MANAGED_BY_LABEL: "homelab-constructs"}),
            address_type=f"IPv{family}",
            endpoints=[k8s.Endpoint(addresses=[str(ip)], conditions=k8s.EndpointConditions(ready=True))
                       for ip in self.addresses if ip.version == family],
            ports=[k8s.EndpointPort(name=n, port=p, protocol=self.protocol) for n, p in self.ports.items()])

    def backend(self, port: Optional[str] = None) -> BackendRef:
        """This service as a route backend, on the port named ``port`` (default: its only port)."""
        if port is None and len(self.ports) == 1:
            port = next(iter(self.ports))
        if port not in self.ports:
            raise fail(self, "external service has no such port", port, f"use one of: {', '.join(self.ports)}")
        return BackendRef(self.name, self.ports[str(port)])


__all__ = ["ExternalService"]
