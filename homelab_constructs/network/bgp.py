"""Cilium BGP control plane (cilium.io/v2): peer the cluster with routers, advertise LoadBalancer IPs.

:class:`BgpPeering` writes the three cluster-scoped objects Cilium's BGP control plane reads:

- ``CiliumBGPClusterConfig``: one BGP instance with the local ASN and its peers, on the
  nodes the node selector picks;
- ``CiliumBGPPeerConfig``: the peers' address families, each selecting the advertisements
  labelled for this peering, and, when set, graceful restart and the BGP timers
  (:class:`BgpTimers`);
- ``CiliumBGPAdvertisement``: what is announced: the LoadBalancer IPs (or other addresses)
  of the selected Services, and optionally each node's pod CIDR.

Each object, the BGP instance and the advertisement's labels can be named on their own, as
real clusters name them (for example ``l3-bgp-cluster-config``, ``l3-bgp-peer-config``,
``l3-bgp-advertisement``, instance ``cilium``, label ``advertise: bgp``).

The agents only act on them with ``bgpControlPlane.enabled`` (``CiliumValues(bgp_control_plane=True)``):
an app with a ``CiliumRelease`` checks that.
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Any, ClassVar, Mapping, Optional, Sequence

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_cilium.io import cilium

from .._base import HomelabConstruct
from .._names import ADVERTISEMENT_LABEL
from .._selectors import OPERATORS
from .._tree import app_registry
from .._validation import (
    FrozenDict,
    Scope,
    check_bool,
    check_choice,
    check_dns_label,
    check_dns_subdomain,
    check_ip,
    check_label_key,
    check_label_value,
    check_labels,
    check_sequence,
    fail,
)

#: Cilium's timers when a peer config leaves them out (the pinned CRD's defaults), in seconds
DEFAULT_HOLD_SECONDS = 90
DEFAULT_KEEPALIVE_SECONDS = 30
#: AS_TRANS (RFC 6793): stands in for 4-byte ASNs towards old speakers, never a real ASN.
AS_TRANS = 23456
ASN_MAX = 4294967295
FAMILIES = ("ipv4", "ipv6")
#: Service addresses an advertisement may announce.
SERVICE_ADDRESSES = ("LoadBalancerIP", "ClusterIP", "ExternalIP")
#: Label selector operators (``matchExpressions``).
SELECTOR_OPERATORS = OPERATORS
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


_OPERATOR_ENUM = cilium.CiliumBgpAdvertisementSpecAdvertisementsSelectorMatchExpressionsOperator
_ADDRESS_ENUM = cilium.CiliumBgpAdvertisementSpecAdvertisementsServiceAddresses


@dataclass(frozen=True)
class BgpPeer:
    """A router the cluster's nodes peer with.

    :param name: the peer's name in the BGP instance (a DNS label).
    :param address: the router's IP address.
    :param asn: the router's AS number.
    :param peer_config: the ``CiliumBGPPeerConfig`` it uses (``peerConfigRef.name``; default
        ``None``: the peering's own).
    """

    name: str
    address: str
    asn: int
    peer_config: Optional[str] = None


@dataclass(frozen=True)
class BgpTimers:
    """The BGP timers of a peering's peers (``CiliumBGPPeerConfig`` ``spec.timers``, RFC 4271):
    each one left ``None`` is not written, and Cilium's default applies. Changing the hold or
    keepalive time resets the sessions.

    :param connect_retry_seconds: the ConnectRetryTimer, 1-2147483647 (Cilium's default 120).
    :param hold_seconds: the HoldTimer, 3-65535 (default 90).
    :param keepalive_seconds: the KeepaliveTimer, 1-65535 and at most the hold time, the
        default one when ``hold_seconds`` is ``None`` (default 30).
    """

    connect_retry_seconds: Optional[int] = None
    hold_seconds: Optional[int] = None
    keepalive_seconds: Optional[int] = None

    def __post_init__(self) -> None:
        for name, low, high in (("connect_retry_seconds", 1, 2147483647), ("hold_seconds", 3, 65535),
                                ("keepalive_seconds", 1, 65535)):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high):
                raise fail(f"BgpTimers.{name}", f"{name} must be an integer in {low}-{high} or None", value,
                           f"write whole seconds in {low}-{high}, or None for Cilium's default")
        hold = DEFAULT_HOLD_SECONDS if self.hold_seconds is None else self.hold_seconds
        keepalive = DEFAULT_KEEPALIVE_SECONDS if self.keepalive_seconds is None else self.keepalive_seconds
        if keepalive > hold:
            said = "" if self.hold_seconds is not None else " (Cilium's default)"
            got = self.keepalive_seconds if self.keepalive_seconds is not None else self.hold_seconds
            what = (f"keepalive time is above the hold time of {hold}s{said}" if self.keepalive_seconds is not None
                    else f"hold time is below the default keepalive time of {keepalive}s")
            raise fail("BgpTimers", what, got, "keep keepalive_seconds at most hold_seconds, usually a third of it "
                       "(the API server refuses a larger keepalive)")

    def spec(self) -> Optional[cilium.CiliumBgpPeerConfigSpecTimers]:
        """The ``timers`` struct (``None`` when no timer is set)."""
        if self == BgpTimers():
            return None
        return cilium.CiliumBgpPeerConfigSpecTimers(connect_retry_time_seconds=self.connect_retry_seconds,
                                                    hold_time_seconds=self.hold_seconds,
                                                    keep_alive_time_seconds=self.keepalive_seconds)


@dataclass(frozen=True)
class SelectorRequirement:
    """One ``matchExpressions`` entry of a label selector.

    :param key: the label key.
    :param operator: ``In``, ``NotIn``, ``Exists`` or ``DoesNotExist``.
    :param values: the values, required by ``In`` and ``NotIn``, refused by the others
        (default none).
    """

    key: str
    operator: str
    values: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if isinstance(self.values, list):
            object.__setattr__(self, "values", tuple(self.values))


#: The selector that picks every Service (an empty selector picks none): a ``NotIn`` on a value no Service has.
EVERY_SERVICE: tuple[SelectorRequirement, ...] = (SelectorRequirement("somekey", "NotIn", ("never-used-value",)),)


def _check_requirement(scope: Scope, req: object, what: str) -> SelectorRequirement:
    if not isinstance(req, SelectorRequirement):
        raise fail(scope, f"{what} is not a SelectorRequirement", req,
                   "write SelectorRequirement('app', 'In', ['web'])")
    check_label_key(scope, req.key, f"{what} key")
    check_choice(scope, req.operator, SELECTOR_OPERATORS, f"{what} operator")
    values = check_sequence(scope, req.values, f"{what} values", example=["web"])
    for value in values:
        check_label_value(scope, value, f"{what} value")
    if req.operator in ("In", "NotIn") and not values:
        raise fail(scope, f"{what} operator {req.operator} needs values", list(values),
                   "list at least one label value")
    if req.operator in ("Exists", "DoesNotExist") and values:
        raise fail(scope, f"{what} operator {req.operator} takes no values", list(values),
                   "drop the values, or use In or NotIn")
    return req


class BgpPeering(HomelabConstruct):
    """One BGP instance: ``CiliumBGPClusterConfig``, ``CiliumBGPPeerConfig`` and
    ``CiliumBGPAdvertisement`` (all named ``name`` unless named on their own).

    :param name: the objects' and the BGP instance's name (default ``bgp``).
    :param local_asn: the cluster's AS number.
    :param peers: the routers to peer with (at least one; names and addresses unique).
    :param node_selector: only nodes with these labels speak BGP (default ``None``: every node).
    :param advertise_load_balancer_ips: announce the selected Services' addresses (default
        ``True``; which addresses: ``service_addresses``).
    :param service_selector: only Services with these labels are announced (default ``None``:
        with no ``service_expressions`` either, every Service, through :data:`EVERY_SERVICE`).
    :param advertise_pod_cidr: announce each node's pod CIDR too, for native routing without
        direct node routes (default ``False``; Kubernetes or cluster-pool IPAM).
    :param families: address families to exchange, ``ipv4`` and/or ``ipv6`` (default ``("ipv4",)``).
    :param graceful_restart: keep routes while an agent restarts: ``True`` writes
        ``gracefulRestart`` enabled with a 120 s restart time (default ``False``: not written,
        graceful restart off, as Cilium has it).
    :param timers: the peers' BGP timers (default ``None``: not written, Cilium's defaults).
    :param cluster_config_name: the CiliumBGPClusterConfig's name (default ``name``).
    :param peer_config_name: the CiliumBGPPeerConfig's name (default ``name``).
    :param advertisement_name: the CiliumBGPAdvertisement's name (default ``name``).
    :param instance_name: the BGP instance's name (default ``name``).
    :param advertisement_labels: the advertisement's labels, which the peer config's families
        select (default ``{ADVERTISEMENT_LABEL: name}``).
    :param service_expressions: ``matchExpressions`` of the Services announced, alone or with
        ``service_selector`` (default none).
    :param service_addresses: the Service addresses announced, of ``LoadBalancerIP``,
        ``ClusterIP`` and ``ExternalIP`` (default ``("LoadBalancerIP",)``).

    :attr:`RECOMMENDED` (``BgpPeering.recommended(...)``) writes exactly the peer config's
    ``gracefulRestart: {enabled: true, restartTimeSeconds: 120}`` (``graceful_restart=True``).
    """

    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(graceful_restart=True)

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
        graceful_restart: bool = False,
        timers: Optional[BgpTimers] = None,
        cluster_config_name: Optional[str] = None,
        peer_config_name: Optional[str] = None,
        advertisement_name: Optional[str] = None,
        instance_name: Optional[str] = None,
        advertisement_labels: Optional[Mapping[str, str]] = None,
        service_expressions: Sequence[SelectorRequirement] = (),
        service_addresses: Sequence[str] = ("LoadBalancerIP",),
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "BGP peering name")
        self._check_names(cluster_config_name, peer_config_name, advertisement_name, instance_name,
                          advertisement_labels)
        self.local_asn = check_asn(self, local_asn, "local ASN")
        self.peers = self._check_peers(peers)
        self.node_selector = (check_labels(self, node_selector, "node selector", _SELECTOR_FIX)
                              if node_selector is not None else None)
        self.service_selector = (check_labels(self, service_selector, "service selector", _SELECTOR_FIX)
                                 if service_selector is not None else None)
        self.service_expressions = check_sequence(self, service_expressions, "service_expressions",
                                                  _check_requirement, example=list(EVERY_SERVICE))
        self.service_addresses = check_sequence(
            self, service_addresses, "service_addresses",
            lambda s, v, w: check_choice(s, v, SERVICE_ADDRESSES, "service address"), example=["LoadBalancerIP"])
        if not self.service_addresses or len(set(self.service_addresses)) != len(self.service_addresses):
            raise fail(self, "service addresses must be distinct values of LoadBalancerIP, ClusterIP, ExternalIP",
                       list(self.service_addresses), "use ['LoadBalancerIP'] or more, each once")
        for value, what in ((advertise_load_balancer_ips, "advertise_load_balancer_ips"),
                            (advertise_pod_cidr, "advertise_pod_cidr"), (graceful_restart, "graceful_restart")):
            check_bool(self, value, what)
        if (service_selector is not None or self.service_expressions) and not advertise_load_balancer_ips:
            raise fail(self, "service selector given but LoadBalancer IPs are not advertised",
                       service_selector if service_selector is not None else list(self.service_expressions),
                       "set advertise_load_balancer_ips=True, or drop service_selector")
        if not advertise_load_balancer_ips and not advertise_pod_cidr:
            raise fail(self, "BGP peering advertises nothing", {"advertise_load_balancer_ips": False,
                                                                 "advertise_pod_cidr": False},
                       "advertise LoadBalancer IPs, pod CIDRs or both")
        families = list(check_sequence(self, families, "address families",
                                       lambda s, v, w: check_choice(s, v, FAMILIES, "address family"),
                                       example=["ipv4"]))
        if not families or any(f not in FAMILIES for f in families) or len(set(families)) != len(families):
            raise fail(self, "address families must be distinct values of ipv4, ipv6", families,
                       "use ['ipv4'], ['ipv6'] or ['ipv4', 'ipv6']")
        self.families = families
        if timers is not None and not isinstance(timers, BgpTimers):
            raise fail(self, "timers is not a BgpTimers", timers,
                       "write BgpTimers(hold_seconds=9, keepalive_seconds=3), or None for Cilium's defaults")
        self.timers = timers
        self._build_cluster_config()
        self._build_peer_config(graceful_restart)
        self._build_advertisement(advertise_load_balancer_ips, advertise_pod_cidr)
        bgp_peerings(self).append(self)

    # ---- validate

    def _check_names(self, cluster_config_name: Optional[str], peer_config_name: Optional[str],
                     advertisement_name: Optional[str], instance_name: Optional[str],
                     advertisement_labels: Optional[Mapping[str, str]]) -> None:
        def named(value: Optional[str], what: str) -> str:
            return self.name if value is None else check_dns_subdomain(self, value, what)

        self.cluster_config_name = named(cluster_config_name, "cluster config name")
        self.peer_config_name = named(peer_config_name, "peer config name")
        self.advertisement_name = named(advertisement_name, "advertisement name")
        self.instance_name = named(instance_name, "BGP instance name")
        self.advertisement_labels = ({ADVERTISEMENT_LABEL: self.name} if advertisement_labels is None else
                                     check_labels(self, advertisement_labels, "advertisement labels",
                                                  "label the advertisement such as {'advertise': 'bgp'}"))

    def _check_peers(self, peers: Sequence[BgpPeer]) -> list[BgpPeer]:
        given = peers
        if isinstance(peers, BgpPeer):
            raise fail(self, "peers is one BgpPeer, not a list of them", peers, f"write peers=[{peers!r}]")
        peers = list(peers) if not isinstance(peers, str) and isinstance(peers, (list, tuple)) else []
        if not peers:
            raise fail(self, "BGP peering has no peer", given,
                       "pass peers=[BgpPeer(name='router', address='10.10.30.1', asn=64513)]")
        names: set[str] = set()
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
            if peer.peer_config is not None:
                check_dns_subdomain(self, peer.peer_config, f"peer {peer.name}'s peer config")
            names.add(peer.name)
            addresses[address] = peer.name
        return peers

    # ---- build

    def _build_cluster_config(self) -> None:
        cilium.CiliumBgpClusterConfig(
            self, "ClusterConfig",
            metadata=ApiObjectMetadata(name=self.cluster_config_name),
            spec=cilium.CiliumBgpClusterConfigSpec(
                node_selector=(cilium.CiliumBgpClusterConfigSpecNodeSelector(match_labels=self.node_selector)
                               if self.node_selector else None),
                bgp_instances=[cilium.CiliumBgpClusterConfigSpecBgpInstances(
                    name=self.instance_name,
                    local_asn=self.local_asn,
                    peers=[cilium.CiliumBgpClusterConfigSpecBgpInstancesPeers(
                        name=p.name, peer_address=str(ipaddress.ip_address(p.address)), peer_asn=p.asn,
                        peer_config_ref=cilium.CiliumBgpClusterConfigSpecBgpInstancesPeersPeerConfigRef(
                            name=p.peer_config or self.peer_config_name),
                    ) for p in self.peers],
                )],
            ),
        )

    def _build_peer_config(self, graceful_restart: bool) -> None:
        cilium.CiliumBgpPeerConfig(
            self, "PeerConfig",
            metadata=ApiObjectMetadata(name=self.peer_config_name),
            spec=cilium.CiliumBgpPeerConfigSpec(
                families=[cilium.CiliumBgpPeerConfigSpecFamilies(
                    afi=getattr(cilium.CiliumBgpPeerConfigSpecFamiliesAfi, f.upper()),
                    safi=cilium.CiliumBgpPeerConfigSpecFamiliesSafi.UNICAST,
                    advertisements=cilium.CiliumBgpPeerConfigSpecFamiliesAdvertisements(
                        match_labels=dict(self.advertisement_labels)),
                ) for f in self.families],
                graceful_restart=(cilium.CiliumBgpPeerConfigSpecGracefulRestart(enabled=True, restart_time_seconds=120)
                                  if graceful_restart else None),
                timers=self.timers.spec() if self.timers is not None else None,
            ),
        )

    def _build_advertisement(self, services: bool, pod_cidr: bool) -> None:
        advertisements = []
        if services:
            expressions = self.service_expressions
            if not self.service_selector and not expressions:
                expressions = EVERY_SERVICE  # an empty selector selects no Service
            selector = cilium.CiliumBgpAdvertisementSpecAdvertisementsSelector(
                match_labels=self.service_selector or None,
                match_expressions=[cilium.CiliumBgpAdvertisementSpecAdvertisementsSelectorMatchExpressions(
                    key=e.key, operator=getattr(_OPERATOR_ENUM, _enum_name(e.operator)),
                    values=list(e.values) or None) for e in expressions] or None)
            advertisements.append(cilium.CiliumBgpAdvertisementSpecAdvertisements(
                advertisement_type=cilium.CiliumBgpAdvertisementSpecAdvertisementsAdvertisementType.SERVICE,
                service=cilium.CiliumBgpAdvertisementSpecAdvertisementsService(
                    addresses=[getattr(_ADDRESS_ENUM, _enum_name(a)) for a in self.service_addresses]),
                selector=selector,
            ))
        if pod_cidr:
            advertisements.append(cilium.CiliumBgpAdvertisementSpecAdvertisements(
                advertisement_type=cilium.CiliumBgpAdvertisementSpecAdvertisementsAdvertisementType.POD_CIDR))
        cilium.CiliumBgpAdvertisement(
            self, "Advertisement",
            metadata=ApiObjectMetadata(name=self.advertisement_name, labels=dict(self.advertisement_labels)),
            spec=cilium.CiliumBgpAdvertisementSpec(advertisements=advertisements),
        )


def _enum_name(value: str) -> str:
    """``LoadBalancerIP`` -> ``LOAD_BALANCER_IP``, ``NotIn`` -> ``NOT_IN``: the binding's enum member."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", value).upper()
