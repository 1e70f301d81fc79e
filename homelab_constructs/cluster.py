"""The cluster's own ranges (:class:`ClusterCidrs`), which no LoadBalancer pool may overlap.

An app records them with :func:`set_cluster_cidrs` (``Homelab`` does so for
``HomelabSpec.cluster_cidrs``); :func:`~homelab_constructs.synth` hands them to the manifest
validator's pool rule, as ``python -m homelab_constructs validate --node-cidr/--pod-cidr/
--service-cidr`` does.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Iterable

import constructs

from ._tree import app_registry
from ._validation import fail


@dataclass(frozen=True)
class ClusterCidrs:
    """The cluster's own ranges, which no LoadBalancer pool may overlap (each optional).

    :param nodes: the nodes' own addresses: each node IP as a /32 (/128), such as
        ``("192.168.10.11/32", "192.168.10.12/32")``, or a block reserved for the nodes (a DHCP
        range the pool stays out of). Not the LAN the nodes sit on: with L2 announcements the
        pool must lie on that LAN (beside the nodes), so the LAN's CIDR here would refuse every
        usable pool.
    :param pods: the pod CIDRs (Cilium's cluster-pool, such as ``10.42.0.0/16``).
    :param services: the Service CIDRs (``--service-cluster-ip-range``, such as ``10.43.0.0/16``).
    """

    nodes: tuple[str, ...] = ()
    pods: tuple[str, ...] = ()
    services: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # immutable all the way down: a list is kept as a tuple (any other type is reported where
        # the CIDRs are used: HomelabSpec, set_cluster_cidrs, the validate command)
        for part in ("nodes", "pods", "services"):
            value = getattr(self, part)
            if isinstance(value, list):
                object.__setattr__(self, part, tuple(value))


#: no cluster CIDRs given (ClusterCidrs is frozen: one shared default is safe)
NO_CIDRS = ClusterCidrs()


def set_cluster_cidrs(scope: constructs.Construct, cidrs: ClusterCidrs) -> None:
    """Record the node, pod and service CIDRs of the cluster the app of ``scope`` runs in:
    :func:`~homelab_constructs.synth` then checks that no LoadBalancer pool overlaps them (the
    manifest validator's pool rule, as ``validate --node-cidr/--pod-cidr/--service-cidr`` does)."""
    if not isinstance(cidrs, ClusterCidrs):
        raise fail(scope, "cluster CIDRs are not a ClusterCidrs", cidrs,
                   "pass ClusterCidrs(nodes=(...), pods=(...), services=(...)) with CIDRs such as '10.42.0.0/16'")
    for part in ("nodes", "pods", "services"):
        values = getattr(cidrs, part)
        if isinstance(values, str) or not isinstance(values, (tuple, list)):
            raise fail(scope, f"cluster {part} CIDRs are not a tuple of networks", values,
                       f"write a tuple such as {(values,) if isinstance(values, str) else ('10.42.0.0/16',)!r}")
        for cidr in values:
            try:
                if not isinstance(cidr, str):
                    raise ValueError(cidr)
                ipaddress.ip_network(cidr, strict=False)
            except ValueError:
                raise fail(scope, "cluster CIDR is not a network", cidr, "write a CIDR such as '10.42.0.0/16'") from None
    _recorded(scope)["cidrs"] = cidrs


def _recorded(scope: constructs.Construct) -> dict[str, ClusterCidrs]:
    return app_registry(scope, "cluster-cidrs", lambda root: {})


def cluster_cidrs(scope: constructs.Construct) -> ClusterCidrs:
    """The cluster CIDRs recorded with :func:`set_cluster_cidrs` for the app of ``scope`` (none by default)."""
    return _recorded(scope).get("cidrs", NO_CIDRS)


def parse_cidrs(values: Iterable[str]) -> tuple[str, ...]:
    """Validate CIDR strings for :class:`ClusterCidrs` (raises ValueError naming the bad one)."""
    out = []
    for v in values:
        ipaddress.ip_network(v, strict=False)
        out.append(v)
    return tuple(out)
