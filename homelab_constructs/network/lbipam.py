"""Cilium LB-IPAM: LoadBalancer IP pools, pinned addresses and L2 announcements."""
from __future__ import annotations

import ipaddress
import re
from typing import Any, ClassVar, Mapping, Optional, Sequence

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_cilium.io import cilium

from .._base import HomelabConstruct
from .._names import LB_IPS_ANNOTATION as LB_IPS_ANNOTATION  # the annotation pin_ip's callers write
from .._validation import (
    FrozenDict,
    Scope,
    check_bool,
    check_dns_label,
    check_ip,
    check_label_key,
    check_label_value,
    check_mapping,
    check_network,
    check_sequence,
    check_text,
    claim_once,
    fail,
)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def pin_ip(scope: constructs.Construct, ip: str) -> str:
    """``ip`` checked as an address, for ``scope`` to pin (with :data:`LB_IPS_ANNOTATION`).

    That it lies inside exactly one pool, which selects the object (its ``service_selector``), is
    not an address its pool keeps back and is pinned once are whole-app rules of the manifests: ``synth()`` checks them
    (:func:`~homelab_constructs.validation.pools.pinned_ip_problems`)."""
    return str(check_ip(scope, ip, "pinned IP"))


RANGE_EXAMPLE = ("192.168.10.200", "192.168.10.250")


def check_range(scope: Scope, value: object, what: str) -> tuple[object, object]:
    """One ``(start, stop)`` pair of a pool (its addresses are checked where the pool is built)."""
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return value[0], value[1]
    if isinstance(value, str) and value.count("-") == 1:
        hint: tuple = tuple(value.split("-"))
    else:
        hint = RANGE_EXAMPLE
    raise fail(scope, f"{what} is not a (start, stop) pair", value, f"write a pair such as {hint!r}")


def check_ranges(scope: Scope, value: object, what: str, example: list | tuple, item: Optional[str] = None) -> tuple:
    """A pool's ``ranges``: a list or tuple of ``(start, stop)`` pairs; one pair given alone (two
    addresses) is refused with the fix that wraps it, not unpacked character by character."""
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, str) and "-" not in v for v in value):
        wrapped = (tuple(value),) if isinstance(example, tuple) else [tuple(value)]
        raise fail(scope, f"{what} is one (start, stop) pair, not a list of them", value,
                   f"write {'a tuple' if isinstance(example, tuple) else 'a list'} of pairs such as {wrapped!r}")
    return check_sequence(scope, value, what, check_range, example=example, item=item)


def check_selector(scope: Scope, value: object, what: str, example: Mapping[str, str]) -> Optional[dict[str, str]]:
    """An optional Kubernetes label selector (``matchLabels``): ``None`` or a mapping of label
    keys to values; an empty one selects everything, as ``None`` does."""
    if value is None:
        return None
    return check_mapping(scope, value, what, check_label_key, check_label_value, example=example) or None


FIRST_LAST_FIX = ("set True to hand out each CIDR's first and last address, False to keep them back, or None "
                  "(the default) for Cilium's own default")


class LoadBalancerPool(HomelabConstruct):
    """A ``CiliumLoadBalancerIPPool`` (cilium.io/v2) that LoadBalancer Services draw from.

    :param name: pool name in the cluster.
    :param ranges: ``(start, stop)`` address pairs, both inclusive.
    :param cidrs: blocks in CIDR notation (``192.168.10.0/28``). At least one range or CIDR.
    :param service_selector: only Services with these labels get addresses (default: all). Label
        them with ``HomelabApp(service_labels=...)``, ``VpnPod(web_ui=WebUi(service_labels=...))`` or, for a
        Gateway's Service, ``HomelabGateway(infrastructure_labels=...)``; an address pinned in a
        pool that does not select its object is an error of ``synth()``'s manifest checks.
    :param allow_first_last_ips: whether the first (network) and last (broadcast) address of
        each ``cidrs`` block may be handed out: ``True`` writes ``allowFirstLastIPs: "Yes"``,
        ``False`` writes ``"No"`` (the safe choice for LAN ranges, which :attr:`RECOMMENDED`
        sets), ``None`` (default) writes nothing: Cilium's own default, ``Yes``. As in Cilium, it
        does not apply to ``(start, stop)`` ranges (every address of a range is handed out) nor
        to /31, /32, /127 and /128 blocks (always usable whole); pinning a kept-back address is
        an error of ``synth()``'s manifest checks.

    :attr:`RECOMMENDED` (``LoadBalancerPool.recommended(...)``, applied by ``Homelab``) writes
    exactly ``allowFirstLastIPs: "No"`` (``allow_first_last_ips=False``).
    """

    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(allow_first_last_ips=False)

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        ranges: Sequence[tuple[str, str]] = (),
        cidrs: Sequence[str] = (),
        service_selector: Optional[Mapping[str, str]] = None,
        allow_first_last_ips: Optional[bool] = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "pool name")
        if not isinstance(allow_first_last_ips, (bool, type(None))):
            raise fail(self, "allow_first_last_ips is not True or False", allow_first_last_ips, FIRST_LAST_FIX)
        #: whether Cilium hands out each CIDR's first and last address (``None``, unset, means it does)
        self.allow_first_last_ips = allow_first_last_ips is not False
        ranges = check_ranges(self, ranges, "ranges", [RANGE_EXAMPLE])
        cidrs = check_sequence(self, cidrs, "cidrs", example=["192.168.10.192/26"])
        service_selector = check_selector(self, service_selector, "service_selector", {"lb-pool": "lan"})
        if not ranges and not cidrs:
            raise fail(self, "pool has no addresses", {"ranges": list(ranges), "cidrs": list(cidrs)},
                       "give at least one (start, stop) range or CIDR")
        self.ranges: list[tuple[IPAddress, IPAddress]] = []
        #: the ``cidrs`` blocks (the first and last address of each may be kept back)
        self.cidrs: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
        blocks = []
        for start, stop in ranges:
            first, last = check_ip(self, start, "range start"), check_ip(self, stop, "range stop")
            if first.version != last.version:
                raise fail(self, "range mixes IPv4 and IPv6", f"{start}-{stop}", "use one address family per range")
            if int(first) > int(last):
                raise fail(self, "range start is after its stop", f"{start}-{stop}",
                           f"swap them: ({stop!r}, {start!r})")
            self.ranges.append((first, last))
            blocks.append(cilium.CiliumLoadBalancerIpPoolSpecBlocks(start=str(first), stop=str(last)))
        for cidr in cidrs:
            network = ipaddress.ip_network(check_network(self, cidr, "CIDR"))
            self.ranges.append((network[0], network[-1]))
            self.cidrs.append(network)
            blocks.append(cilium.CiliumLoadBalancerIpPoolSpecBlocks(cidr=str(network)))
        claim_once(self, "lb-pool", self.name, "pool is declared twice", self.name, "give each pool its own name")
        cilium.CiliumLoadBalancerIpPool(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name),
            spec=cilium.CiliumLoadBalancerIpPoolSpec(
                blocks=blocks,
                allow_first_last_i_ps=(None if allow_first_last_ips is None else
                                       cilium.CiliumLoadBalancerIpPoolSpecAllowFirstLastIPs.YES
                                       if allow_first_last_ips else cilium.CiliumLoadBalancerIpPoolSpecAllowFirstLastIPs.NO),
                service_selector=(cilium.CiliumLoadBalancerIpPoolSpecServiceSelector(match_labels=dict(service_selector))
                                  if service_selector else None),
            ),
        )

    def contains(self, ip: IPAddress) -> bool:
        return any(first.version == ip.version and int(first) <= int(ip) <= int(last) for first, last in self.ranges)

    def describe(self) -> str:
        return ", ".join(f"{first}-{last}" for first, last in self.ranges)


_INTERFACE = re.compile(r"^[A-Za-z0-9_.:@+^$*?\[\]()|\\-]{1,64}$")


class L2Announcement(HomelabConstruct):
    """A ``CiliumL2AnnouncementPolicy`` (cilium.io/v2alpha1): answer ARP/NDP for LB IPs.

    :param name: policy name.
    :param interfaces: regular expressions of the node interfaces to announce on
        (default: all interfaces).
    :param node_selector: only nodes with these labels announce (default: every node).
        Control-plane nodes are excluded by adding a ``DoesNotExist`` expression
        unless ``include_control_plane`` is true.
    :param service_selector: only Services with these labels are announced (default: all); label
        them as for :class:`LoadBalancerPool`'s ``service_selector``. When L2 policies are the app's
        only announcement (no BGP objects), a pinned LoadBalancer that no policy selects is an
        error of ``synth()``'s manifest checks.
    :param load_balancer_ips: announce ``status.loadBalancer`` IPs (default ``True``).
    :param external_ips: announce ``spec.externalIPs``: ``True`` or ``False`` is written;
        ``None`` (default) writes nothing, which Cilium reads as ``False``.
    :param include_control_plane: let control-plane nodes announce too (default ``True``,
        since most homelab clusters are one to three nodes that all run the control plane;
        nothing is written for it).

    :attr:`RECOMMENDED` (``L2Announcement.recommended(...)``, applied by ``Homelab``) writes
    exactly ``externalIPs: false`` (``external_ips=False``): the choice said in the object.
    """

    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(external_ips=False)

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        interfaces: Sequence[str] = (),
        node_selector: Optional[Mapping[str, str]] = None,
        service_selector: Optional[Mapping[str, str]] = None,
        load_balancer_ips: bool = True,
        external_ips: Optional[bool] = None,
        include_control_plane: bool = True,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "policy name")
        interfaces = check_sequence(self, interfaces, "interfaces", _check_interface, example=["^eth[0-9]+"])
        node_selector = check_selector(self, node_selector, "node_selector", {"homelab.io/l2": "true"})
        service_selector = check_selector(self, service_selector, "service_selector", {"lb-pool": "lan"})
        load_balancer_ips = check_bool(self, load_balancer_ips, "load_balancer_ips")
        if external_ips is not None:  # None: not written
            check_bool(self, external_ips, "external_ips")
        include_control_plane = check_bool(self, include_control_plane, "include_control_plane")
        for pattern in interfaces:
            try:
                re.compile(pattern)
            except re.error as err:
                raise fail(self, f"interface pattern is not a valid regular expression ({err})", pattern,
                           "write a regex such as '^eth[0-9]+' or a plain name such as 'enp1s0'") from None
            if not _INTERFACE.match(pattern):
                raise fail(self, "interface pattern has characters no interface name uses", pattern,
                           "use an interface name such as 'enp1s0' or a regex such as '^eth[0-9]+'")
        if not load_balancer_ips and not external_ips:
            raise fail(self, "policy announces nothing", {"load_balancer_ips": load_balancer_ips,
                                                          "external_ips": external_ips},
                       "set load_balancer_ips=True (the usual choice) or external_ips=True")
        claim_once(self, "l2-announcement", self.name, "L2 announcement policy is declared twice", self.name,
                   "give each policy its own name")
        expressions = None
        if not include_control_plane:
            expressions = [cilium.CiliumL2AnnouncementPolicySpecNodeSelectorMatchExpressions(
                key="node-role.kubernetes.io/control-plane",
                operator=cilium.CiliumL2AnnouncementPolicySpecNodeSelectorMatchExpressionsOperator.DOES_NOT_EXIST,
            )]
        selector = None
        if node_selector or expressions:
            selector = cilium.CiliumL2AnnouncementPolicySpecNodeSelector(
                match_labels=dict(node_selector) if node_selector else None, match_expressions=expressions)
        cilium.CiliumL2AnnouncementPolicy(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name),
            spec=cilium.CiliumL2AnnouncementPolicySpec(
                interfaces=list(interfaces) or None,
                node_selector=selector,
                service_selector=(cilium.CiliumL2AnnouncementPolicySpecServiceSelector(match_labels=dict(service_selector))
                                  if service_selector else None),
                load_balancer_i_ps=load_balancer_ips,
                external_i_ps=external_ips,
            ),
        )


def _check_interface(scope: Scope, pattern: object, what: str) -> str:
    return check_text(scope, pattern, what, "enp1s0")  # type: ignore[return-value]  # not optional
