"""Whole-app rules of LoadBalancer pools and the addresses pinned in them.

* :func:`pool_problems`: pools overlap neither each other nor the node, pod and service
  CIDRs when given;
* :func:`pinned_ip_problems`: each pinned LoadBalancer IP (``lbipam.cilium.io/ips``,
  ``spec.loadBalancerIP``, Gateway ``spec.addresses``) lies inside exactly one
  CiliumLoadBalancerIPPool, and that pool's ``serviceSelector`` selects the object (see
  :func:`selector_labels`); it is not the first or last address of a CIDR block the pool keeps
  back (``allowFirstLastIPs: No``; /31, /32, /127 and /128 blocks are always usable whole), it
  is announced when the app announces LoadBalancer IPs with CiliumL2AnnouncementPolicies only
  (no BGP objects): a policy with ``loadBalancerIPs: true`` selects it; and it is used once
  (unless the objects share a ``lbipam.cilium.io/sharing-key``).

A pool's addresses have one model, :class:`PoolAddresses`: these rules read it from the pool
objects, ``Homelab`` from its :class:`~homelab_constructs.LoadBalancerPool` constructs (the pools
lie on the LAN).
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Optional, Sequence

from .._names import LB_IPS_ANNOTATION, LB_SHARING_KEY_ANNOTATION
from .._selectors import _known, selector_matches
from ..cluster import NO_CIDRS, ClusterCidrs
from .problems import ByKind, ObjectProblem, Objects, annotations_of, name_of, namespace_of, object_problem
from .schema import describe

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


# ---- a pool's addresses: the one model, for these rules and Homelab's LAN check

@dataclass(frozen=True)
class PoolBlock:
    """One block of a LoadBalancer pool's addresses: a CIDR, or a start/stop range (both inclusive)."""

    label: str  # as written: the CIDR, or start-stop
    networks: tuple[Network, ...]  # its addresses, as networks
    cidr: Optional[Network] = None  # the block's CIDR (None for a start/stop range)

    @classmethod
    def of_cidr(cls, cidr: str) -> "PoolBlock":
        network = ipaddress.ip_network(cidr, strict=False)
        return cls(cidr, (network,), network)

    @classmethod
    def of_range(cls, start: IPAddress, stop: IPAddress) -> "PoolBlock":
        return cls(f"{start}-{stop}", tuple(ipaddress.summarize_address_range(start, stop)))


@dataclass(frozen=True)
class PoolAddresses:
    """The addresses of one LoadBalancer pool, block by block: read from a
    CiliumLoadBalancerIPPool's ``spec.blocks`` (:meth:`of_pool`, by the rules here) or from a
    :class:`~homelab_constructs.LoadBalancerPool`'s ``ranges`` (:meth:`of_ranges`, by
    ``Homelab``'s check that the pools lie on the LAN)."""

    blocks: tuple[PoolBlock, ...]

    @classmethod
    def of_pool(cls, pool: dict) -> "PoolAddresses":
        """The blocks of the pool object ``pool``; ``TypeError`` or ``ValueError`` for a block that
        is not an address range."""
        blocks = []
        for block in (pool.get("spec") or {}).get("blocks") or []:
            if "cidr" in block:
                blocks.append(PoolBlock.of_cidr(block["cidr"]))
            elif "start" in block:
                blocks.append(PoolBlock.of_range(ipaddress.ip_address(block["start"]),
                                                 ipaddress.ip_address(block.get("stop", block["start"]))))
        return cls(tuple(blocks))

    @classmethod
    def of_ranges(cls, ranges: Iterable[tuple[IPAddress, IPAddress]]) -> "PoolAddresses":
        """The blocks of ``(first, last)`` address pairs."""
        return cls(tuple(PoolBlock.of_range(first, last) for first, last in ranges))

    @property
    def labels(self) -> list[str]:
        return [b.label for b in self.blocks]

    @property
    def networks(self) -> list[Network]:
        return [n for b in self.blocks for n in b.networks]

    def overlaps(self, networks: Iterable[Network]) -> bool:
        """Whether any of the pool's addresses lies in ``networks``."""
        others = list(networks)
        return any(x.version == y.version and x.overlaps(y) for x in self.networks for y in others)  # type: ignore[arg-type]

    def outside(self, networks: Iterable[Network]) -> list[Network]:
        """The pool's networks that lie within none of ``networks``."""
        others = list(networks)
        return [n for n in self.networks if not any(n.version == o.version and n.subnet_of(o) for o in others)]  # type: ignore[arg-type]

    def holds(self, ip: IPAddress) -> bool:
        return any(n.version == ip.version and ip in n for n in self.networks)


# ---- LoadBalancer pools

def _pools(by_kind: ByKind) -> tuple[list[tuple[str, dict, PoolAddresses]], list[ObjectProblem]]:
    """The pools whose blocks parse, and a problem for each pool whose blocks do not."""
    pools, problems = [], []
    for file, pool in by_kind.get("CiliumLoadBalancerIPPool", []):
        try:
            pools.append((file, pool, PoolAddresses.of_pool(pool)))
        except (TypeError, ValueError) as err:
            problems.append(object_problem(file, pool, "spec.blocks", f"pool block is not an address range ({err}); write "
                                                                      "CIDRs or start/stop addresses"))
    return pools, problems


def pool_problems(by_kind: ByKind, cidrs: ClusterCidrs = NO_CIDRS) -> list[ObjectProblem]:
    """Malformed pools; pools that overlap another pool or the cluster's node, pod or service CIDRs."""
    pools, problems = _pools(by_kind)
    for i, (file, pool, addresses) in enumerate(pools):
        labels = addresses.labels
        for _other_file, other, other_addresses in pools[:i]:
            if addresses.overlaps(other_addresses.networks):
                problems.append(object_problem(file, pool, "spec.blocks", f"pool overlaps pool {name_of(other)} (got {labels!r} "
                                                                          f"and {other_addresses.labels!r}); give every "
                                                                          "pool its own addresses"))
        for what, ranges in (("node", cidrs.nodes), ("pod", cidrs.pods), ("service", cidrs.services)):
            for cidr in ranges:
                if addresses.overlaps([ipaddress.ip_network(cidr, strict=False)]):
                    fix = f"move the pool outside {cidr}"
                    if what == "node":
                        fix += (f", or, if {cidr} is the nodes' LAN rather than their own addresses, give the nodes' "
                                "addresses only (each node IP as /32, or a block reserved for them): with L2 "
                                "announcements the pool belongs on that LAN")
                    problems.append(object_problem(file, pool, "spec.blocks", f"pool overlaps the cluster's {what} CIDR "
                                                                              f"{cidr} (got {labels!r}); {fix}"))
    return problems


# ---- pinned LoadBalancer IPs

def _pinned_ips(obj: dict) -> list[tuple[str, str]]:
    """``(field, address)`` of each address ``obj`` pins (an address once, at its first field)."""
    spec = obj.get("spec") or {}
    infra = (spec.get("infrastructure") or {}).get("annotations") or {}
    pins: list[tuple[str, str]] = []
    for where, notes in (("metadata.annotations", annotations_of(obj)), ("spec.infrastructure.annotations", infra)):
        pins += [(f"{where}[{LB_IPS_ANNOTATION}]", ip.strip())
                 for ip in str(notes.get(LB_IPS_ANNOTATION, "")).split(",") if ip.strip()]
    if obj.get("kind") == "Service" and spec.get("loadBalancerIP"):
        pins.append(("spec.loadBalancerIP", str(spec["loadBalancerIP"])))
    if obj.get("kind") == "Gateway":
        pins += [(f"spec.addresses[{i}].value", str(a.get("value")))
                 for i, a in enumerate(spec.get("addresses") or []) if a.get("type", "IPAddress") == "IPAddress"]
    first: dict[str, str] = {}
    for where, ip in pins:
        first.setdefault(ip, where)
    return [(where, ip) for ip, where in first.items()]


def _sharing_key(obj: dict) -> Optional[str]:
    infra = ((obj.get("spec") or {}).get("infrastructure") or {}).get("annotations") or {}
    return annotations_of(obj).get(LB_SHARING_KEY_ANNOTATION) or infra.get(LB_SHARING_KEY_ANNOTATION)


# ---- which Services a pool's (or an L2 policy's) serviceSelector selects

#: the labels Cilium adds to a Service's own when it matches a pool's or an L2 policy's
#: ``serviceSelector``: the Service's namespace and name
SERVICE_NAMESPACE_LABEL = "io.kubernetes.service.namespace"
SERVICE_NAME_LABEL = "io.kubernetes.service.name"
#: labels (or prefixes, ending in ``/``) that the Gateway implementation itself may put on a
#: Gateway's Service (Cilium's ``io.cilium.gateway/owning-gateway``, Envoy Gateway's
#: ``gateway.envoyproxy.io/owning-gateway-*`` and ``app.kubernetes.io/*``), and the Service's
#: namespace and name, which the app cannot know (Envoy Gateway names the Service and puts it in
#: its own namespace): a selector's requirement on one of them counts as met
GATEWAY_SERVICE_LABELS = (SERVICE_NAMESPACE_LABEL, SERVICE_NAME_LABEL, "io.cilium.gateway/", "gateway.envoyproxy.io/",
                          "gateway.networking.k8s.io/", "app.kubernetes.io/name", "app.kubernetes.io/component",
                          "app.kubernetes.io/managed-by")
#: the kinds with which Cilium announces LoadBalancer IPs over BGP (beside L2 announcements)
BGP_KINDS = ("CiliumBGPPeeringPolicy", "CiliumBGPClusterConfig", "CiliumBGPAdvertisement")
#: the key of a requirement the app cannot know for an object (see :func:`selector_labels`)
Unknown = Callable[[str], bool]


def selector_labels(obj: dict) -> Optional[tuple[dict[str, str], Unknown]]:
    """The labels a pool's or an L2 policy's ``serviceSelector`` is matched against for the
    LoadBalancer Service ``obj`` stands for, and which keys the app cannot know; ``None`` for an
    object that is neither a Service nor a Gateway.

    A Service: its ``metadata.labels`` plus :data:`SERVICE_NAMESPACE_LABEL` and
    :data:`SERVICE_NAME_LABEL`, as Cilium matches them. A Gateway: its
    ``spec.infrastructure.labels``, which Cilium and Envoy Gateway copy onto the Service they
    create (the Gateway's own ``metadata.labels`` do not reach it); the labels the implementation
    adds itself (:data:`GATEWAY_SERVICE_LABELS`) are unknown, and a requirement on one of them
    counts as met.
    """
    kind = obj.get("kind")
    if kind == "Service":
        meta = obj.get("metadata") or {}
        return ({**(meta.get("labels") or {}), SERVICE_NAMESPACE_LABEL: namespace_of(obj), SERVICE_NAME_LABEL: name_of(obj)},
                _known)
    if kind == "Gateway":
        labels = dict(((obj.get("spec") or {}).get("infrastructure") or {}).get("labels") or {})

        def unknown(key: str) -> bool:
            return key not in labels and any(key == k or (k.endswith("/") and key.startswith(k))
                                             for k in GATEWAY_SERVICE_LABELS)
        return labels, unknown
    return None


def _missing_labels(selector: object, labels: Mapping[str, str], unknown: Unknown) -> dict[str, str]:
    """The ``matchLabels`` of ``selector`` that ``labels`` lacks (what the fix adds)."""
    wanted = (selector.get("matchLabels") or {}) if isinstance(selector, dict) else {}
    return {k: v for k, v in wanted.items() if not unknown(k) and labels.get(k) != v
            and k not in (SERVICE_NAMESPACE_LABEL, SERVICE_NAME_LABEL)}


def _shown_labels(obj: dict, labels: Mapping[str, str], selectors: Sequence[object]) -> dict[str, str]:
    """``obj``'s labels for a message: Cilium's namespace and name labels only where a selector
    names them."""
    named = set()
    for selector in selectors:
        if isinstance(selector, dict):
            named |= set(selector.get("matchLabels") or {})
            named |= {e.get("key") for e in selector.get("matchExpressions") or []}
    return {k: v for k, v in labels.items() if k not in (SERVICE_NAMESPACE_LABEL, SERVICE_NAME_LABEL) or k in named}


def _label_fix(obj: dict, missing: Mapping[str, str]) -> str:
    """How ``obj`` gets labels: ``service_labels=`` on a Service, ``infrastructure_labels=`` on a Gateway."""
    labels = f"the labels {dict(missing)!r}" if missing else "labels the selector selects"
    if obj.get("kind") == "Gateway":
        return (f"add {labels} to the Gateway's spec.infrastructure.labels, which Cilium and Envoy Gateway copy onto "
                "its Service (HomelabGateway(infrastructure_labels=...))")
    return f"add {labels} to the Service (HomelabApp(service_labels=...) or VpnPod(web_ui=WebUi(service_labels=...)))"


def _pool_selector_problem(file: str, obj: dict, where: str, raw: str, pool: dict) -> Optional[ObjectProblem]:
    """The pinned object is not selected by the one pool its address lies in."""
    found = selector_labels(obj)
    selector = (pool.get("spec") or {}).get("serviceSelector")
    if found is None or selector_matches(selector, *found):
        return None
    labels, unknown = found
    return object_problem(
        file, obj, where,
        f"pinned IP lies in pool {name_of(pool)}, whose serviceSelector does not select {describe(obj)}, so Cilium "
        f"never gives it the address and it stays pending (got {raw!r} with labels "
        f"{_shown_labels(obj, labels, [selector])!r}; the pool selects {selector!r}); "
        f"{_label_fix(obj, _missing_labels(selector, labels, unknown))}, or change the pool's selector "
        "(LoadBalancerPool(service_selector=...))")


def _l2_policies(by_kind: ByKind) -> Optional[list[dict]]:
    """The CiliumL2AnnouncementPolicies, when they are the app's only way to announce LoadBalancer
    IPs: ``None`` when the app has none, or has BGP objects (:data:`BGP_KINDS`)."""
    policies = [p for _, p in by_kind.get("CiliumL2AnnouncementPolicy", [])]
    if not policies or any(by_kind.get(kind) for kind in BGP_KINDS):
        return None
    return policies


def _l2_problem(file: str, obj: dict, where: str, raw: str, policies: Optional[list[dict]]) -> Optional[ObjectProblem]:
    """The pinned LoadBalancer (a LoadBalancer Service or a Gateway) is announced by none of the
    app's L2 policies (``policies``; ``None``: not checked)."""
    found = selector_labels(obj)
    if policies is None or found is None:
        return None
    if obj.get("kind") == "Service" and (obj.get("spec") or {}).get("type") != "LoadBalancer":
        return None
    announcing = [p for p in policies if (p.get("spec") or {}).get("loadBalancerIPs") is True]
    selectors = [(p.get("spec") or {}).get("serviceSelector") for p in announcing]
    if any(selector_matches(selector, *found) for selector in selectors):
        return None
    labels, unknown = found
    summary = "; ".join(f"{name_of(p)} selects {(p.get('spec') or {}).get('serviceSelector')!r}"
                        if p in announcing else f"{name_of(p)} does not announce LoadBalancer IPs" for p in policies)
    missing = _missing_labels(selectors[0], labels, unknown) if selectors else {}
    return object_problem(
        file, obj, where,
        f"pinned IP is announced by no L2 policy, so no node answers ARP for it on the LAN: the app announces "
        f"LoadBalancer IPs with CiliumL2AnnouncementPolicies only, and none with loadBalancerIPs: true selects "
        f"{describe(obj)} (got {raw!r} with labels {_shown_labels(obj, labels, selectors)!r}; {summary}); "
        f"{_label_fix(obj, missing)}, or change a policy's selector (L2Announcement(service_selector=..., "
        "load_balancer_ips=True))")


def kept_back_block(pool: dict, addresses: PoolAddresses, ip: IPAddress) -> Optional[Network]:
    """The CIDR block of ``pool`` whose first or last address ``ip`` is, when Cilium keeps that
    address back: ``allowFirstLastIPs: No`` (unset means Yes), a block wider than /31 (/127),
    and no other block of the pool hands ``ip`` out. ``None`` when Cilium may hand it out."""
    if (pool.get("spec") or {}).get("allowFirstLastIPs") != "No":
        return None
    hit = None
    for block in addresses.blocks:
        if not any(n.version == ip.version and ip in n for n in block.networks):
            continue
        network = block.cidr
        if network is None or network.prefixlen >= network.max_prefixlen - 1 or ip not in (network[0], network[-1]):
            return None  # a range, a /31 or /32 (/127, /128), or an inner address: handed out
        hit = network
    return hit


def pinned_ip_problems(objects: Objects, by_kind: ByKind) -> list[ObjectProblem]:
    """Pinned addresses outside every pool or inside several, kept back by their pool, in a pool
    whose ``serviceSelector`` does not select the object, announced by none of the app's L2
    policies (when they are its only announcement: :func:`_l2_policies`), or used twice."""
    pools, _malformed = _pools(by_kind)  # malformed pools are pool_problems'
    l2_policies = _l2_policies(by_kind)
    problems: list[ObjectProblem] = []
    used: dict[IPAddress, tuple[str, dict]] = {}
    for file, obj in objects:
        for where, raw in _pinned_ips(obj):
            try:
                ip = ipaddress.ip_address(raw)
            except ValueError:
                problems.append(object_problem(file, obj, where, f"pinned IP is not an IP address (got {raw!r}); write one "
                                                                 "address such as 192.168.10.200"))
                continue
            inside = [(p, addresses) for _, p, addresses in pools if addresses.holds(ip)]
            if len(inside) != 1:
                summary = "; ".join(f"{name_of(p)} ({', '.join(a.labels)})" for _, p, a in pools) or \
                    "none declared (add a CiliumLoadBalancerIPPool: LoadBalancerPool(scope, id, name=..., cidrs=[...]))"
                what = ("outside every LoadBalancer pool" if not inside else
                        f"inside {len(inside)} pools ({', '.join(name_of(p) for p, _ in inside)})")
                problems.append(object_problem(file, obj, where, f"pinned IP is {what} (got {raw!r}); pick an address inside "
                                                                 f"exactly one pool: {summary}"))
            else:
                (pool, addresses), = inside
                block = kept_back_block(pool, addresses, ip)
                if block is not None:
                    at_start = ip == block[0]
                    end = ("first" if at_start else "last") + ("" if ip.version == 6 else
                                                              " (network)" if at_start else " (broadcast)")
                    problems.append(object_problem(
                        file, obj, where,
                        f"pinned IP is the {end} address of CIDR {block} of pool {name_of(pool)}, which Cilium never hands "
                        f"out while allowFirstLastIPs is No (got {raw!r}); pin another address such as "
                        f"{block[1] if at_start else block[-2]}, or set allowFirstLastIPs: Yes on the pool "
                        "(allow_first_last_ips=True)"))
                else:
                    problem = (_pool_selector_problem(file, obj, where, raw, pool)
                               or _l2_problem(file, obj, where, raw, l2_policies))
                    if problem is not None:
                        problems.append(problem)
            if ip in used:
                first_file, first = used[ip]
                if not (_sharing_key(obj) and _sharing_key(obj) == _sharing_key(first)):
                    problems.append(object_problem(file, obj, where, f"pinned IP is used twice (got {raw!r}); {describe(first)} "
                                                                     f"({first_file}) already uses it; pick another address "
                                                                     "of the pool"))
            else:
                used[ip] = (file, obj)
    return problems
