"""Cilium BGP control plane (cilium.io/v2): peer the cluster with routers, advertise LoadBalancer IPs.

:class:`BgpPeering` writes the three cluster-scoped objects Cilium's BGP control plane reads:

- ``CiliumBGPClusterConfig``: one BGP instance with the local ASN and its peers, on the
  nodes the node selector picks;
- ``CiliumBGPPeerConfig``: the peers' address families, each selecting the advertisements
  labelled for this peering, and graceful restart;
- ``CiliumBGPAdvertisement``: what is announced: the LoadBalancer IPs of the selected
  Services, and optionally each node's pod CIDR.

The agents only act on them with ``bgpControlPlane.enabled`` (``CiliumValues(bgp_control_plane=True)``):
an app with a ``CiliumRelease`` checks that.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Mapping, Optional, Sequence

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_cilium.io import cilium

from .._base import HomelabConstruct
from .._registry import app_registry
from .._validation import check_bool, check_dns_label, check_ip, check_labels, fail

#: The label on a peering's CiliumBGPAdvertisement; its CiliumBGPPeerConfig selects it.
ADVERTISEMENT_LABEL = "homelab-constructs/bgp-advertisement"
#: AS_TRANS (RFC 6793): stands in for 4-byte ASNs towards old speakers, never a real ASN.
AS_TRANS = 23456
ASN_MAX = 4294967295
FAMILIES = ("ipv4", "ipv6")
_SELECTOR_FIX = "select by labels such as {'kubernetes.io/os': 'linux'}, or pass None for all"


def bgp_peerings(scope: constructs.Construct) -> list["BgpPeering"]:
    """Every :class:`BgpPeering` of the app (the Cilium release checks them against its values)."""
    return app_registry(scope, "bgp-peerings", lambda root: [])


def check_asn(scope: constructs.Construct, asn: object, what: str = "ASN") -> int:
    """A 2- or 4-byte AS number: 1-4294967295, not AS_TRANS (23456)."""
    if isinstance(asn, bool) or not isinstance(asn, int) or not 1 <= asn <= ASN_MAX:
        raise fail(scope, f"{what} must be an integer in 1-{ASN_MAX}", asn,
                   "use a private ASN such as 64512-65534 or 4200000000-4294967294")
    if asn == AS_TRANS:
        raise fail(scope, f"{what} is AS_TRANS, reserved for 4-byte ASN transition (RFC 6793)", asn,
                   "use a private ASN such as 64512-65534 or 4200000000-4294967294")
    return asn


@dataclass(frozen=True)
class BgpPeer:
    """A router the cluster's nodes peer with.

    :param name: the peer's name in the BGP instance (a DNS label).
    :param address: the router's IP address.
    :param asn: the router's AS number.
    """

    name: str
    address: str
    asn: int


class BgpPeering(HomelabConstruct):
    """One BGP instance: ``CiliumBGPClusterConfig``, ``CiliumBGPPeerConfig`` and
    ``CiliumBGPAdvertisement``, all named ``name``.

    :param name: the objects' and the BGP instance's name (default ``bgp``).
    :param local_asn: the cluster's AS number.
    :param peers: the routers to peer with (at least one; names and addresses unique).
    :param node_selector: only nodes with these labels speak BGP (default ``None``: every node).
    :param advertise_load_balancer_ips: announce LoadBalancer IPs (default ``True``).
    :param service_selector: only Services with these labels are announced (default ``None``:
        every Service).
    :param advertise_pod_cidr: announce each node's pod CIDR too, for native routing without
        direct node routes (default ``False``; Kubernetes or cluster-pool IPAM).
    :param families: address families to exchange, ``ipv4`` and/or ``ipv6`` (default ``("ipv4",)``).
    :param graceful_restart: keep routes while an agent restarts (default ``True``, 120 s).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        local_asn: int,
        peers: Sequence[BgpPeer],
        name: str = "bgp",
        node_selector: Optional[Mapping[str, str]] = None,
        advertise_load_balancer_ips: bool = True,
        service_selector: Optional[Mapping[str, str]] = None,
        advertise_pod_cidr: bool = False,
        families: Sequence[str] = ("ipv4",),
        graceful_restart: bool = True,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "BGP peering name")
        self.local_asn = check_asn(self, local_asn, "local ASN")
        given = peers
        peers = list(peers) if not isinstance(peers, (str, BgpPeer)) else []
        if not peers:
            raise fail(self, "BGP peering has no peer", given,
                       "pass peers=[BgpPeer(name='router', address='10.10.30.1', asn=64513)]")
        names: dict[str, str] = {}
        addresses: dict[ipaddress.IPv4Address | ipaddress.IPv6Address, str] = {}
        for peer in peers:
            if not isinstance(peer, BgpPeer):
                raise fail(self, "peer is not a BgpPeer", peer, "write BgpPeer(name=..., address=..., asn=...)")
            check_dns_label(self, peer.name, "peer name")
            if peer.name in names:
                raise fail(self, "peer name is used twice", peer.name, "give each peer its own name")
            address = check_ip(self, peer.address, f"peer {peer.name}'s address", "10.10.30.1")
            if address in addresses:
                raise fail(self, f"peer {peer.name} has the address of peer {addresses[address]}", peer.address,
                           "list each router once")
            check_asn(self, peer.asn, f"peer {peer.name}'s ASN")
            names[peer.name] = peer.address
            addresses[address] = peer.name
        self.peers = peers
        self.node_selector = (check_labels(self, node_selector, "node selector", _SELECTOR_FIX)
                              if node_selector is not None else None)
        self.service_selector = (check_labels(self, service_selector, "service selector", _SELECTOR_FIX)
                                 if service_selector is not None else None)
        for value, what in ((advertise_load_balancer_ips, "advertise_load_balancer_ips"),
                            (advertise_pod_cidr, "advertise_pod_cidr"), (graceful_restart, "graceful_restart")):
            check_bool(self, value, what)
        if service_selector is not None and not advertise_load_balancer_ips:
            raise fail(self, "service selector given but LoadBalancer IPs are not advertised", service_selector,
                       "set advertise_load_balancer_ips=True, or drop service_selector")
        if not advertise_load_balancer_ips and not advertise_pod_cidr:
            raise fail(self, "BGP peering advertises nothing", {"advertise_load_balancer_ips": False,
                                                                 "advertise_pod_cidr": False},
                       "advertise LoadBalancer IPs, pod CIDRs or both")
        families = list(families) if not isinstance(families, str) else []
        if not families or any(f not in FAMILIES for f in families) or len(set(families)) != len(families):
            raise fail(self, "address families must be distinct values of ipv4, ipv6", families,
                       "use ['ipv4'], ['ipv6'] or ['ipv4', 'ipv6']")
        self.families = families

        selector = {ADVERTISEMENT_LABEL: self.name}
        cilium.CiliumBgpClusterConfig(
            self, "ClusterConfig",
            metadata=ApiObjectMetadata(name=self.name),
            spec=cilium.CiliumBgpClusterConfigSpec(
                node_selector=(cilium.CiliumBgpClusterConfigSpecNodeSelector(match_labels=self.node_selector)
                               if self.node_selector else None),
                bgp_instances=[cilium.CiliumBgpClusterConfigSpecBgpInstances(
                    name=self.name,
                    local_asn=self.local_asn,
                    peers=[cilium.CiliumBgpClusterConfigSpecBgpInstancesPeers(
                        name=p.name, peer_address=str(ipaddress.ip_address(p.address)), peer_asn=p.asn,
                        peer_config_ref=cilium.CiliumBgpClusterConfigSpecBgpInstancesPeersPeerConfigRef(
                            name=self.name),
                    ) for p in peers],
                )],
            ),
        )
        cilium.CiliumBgpPeerConfig(
            self, "PeerConfig",
            metadata=ApiObjectMetadata(name=self.name),
            spec=cilium.CiliumBgpPeerConfigSpec(
                families=[cilium.CiliumBgpPeerConfigSpecFamilies(
                    afi=getattr(cilium.CiliumBgpPeerConfigSpecFamiliesAfi, f.upper()),
                    safi=cilium.CiliumBgpPeerConfigSpecFamiliesSafi.UNICAST,
                    advertisements=cilium.CiliumBgpPeerConfigSpecFamiliesAdvertisements(match_labels=selector),
                ) for f in families],
                graceful_restart=(cilium.CiliumBgpPeerConfigSpecGracefulRestart(enabled=True, restart_time_seconds=120)
                                  if graceful_restart else None),
            ),
        )
        advertisements = []
        if advertise_load_balancer_ips:
            if self.service_selector:
                services = cilium.CiliumBgpAdvertisementSpecAdvertisementsSelector(match_labels=self.service_selector)
            else:  # an empty selector selects no Service: this expression selects every one
                services = cilium.CiliumBgpAdvertisementSpecAdvertisementsSelector(match_expressions=[
                    cilium.CiliumBgpAdvertisementSpecAdvertisementsSelectorMatchExpressions(
                        key="somekey",
                        operator=cilium.CiliumBgpAdvertisementSpecAdvertisementsSelectorMatchExpressionsOperator.NOT_IN,
                        values=["never-used-value"])])
            advertisements.append(cilium.CiliumBgpAdvertisementSpecAdvertisements(
                advertisement_type=cilium.CiliumBgpAdvertisementSpecAdvertisementsAdvertisementType.SERVICE,
                service=cilium.CiliumBgpAdvertisementSpecAdvertisementsService(
                    addresses=[cilium.CiliumBgpAdvertisementSpecAdvertisementsServiceAddresses.LOAD_BALANCER_IP]),
                selector=services,
            ))
        if advertise_pod_cidr:
            advertisements.append(cilium.CiliumBgpAdvertisementSpecAdvertisements(
                advertisement_type=cilium.CiliumBgpAdvertisementSpecAdvertisementsAdvertisementType.POD_CIDR))
        cilium.CiliumBgpAdvertisement(
            self, "Advertisement",
            metadata=ApiObjectMetadata(name=self.name, labels=selector),
            spec=cilium.CiliumBgpAdvertisementSpec(advertisements=advertisements),
        )
        bgp_peerings(self).append(self)
