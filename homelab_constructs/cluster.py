"""The cluster's own ranges (:class:`ClusterCidrs`), which no LoadBalancer pool may overlap.

An app records them with :func:`set_cluster_cidrs` (``Homelab`` does so for
``HomelabSpec.cluster_cidrs``); :func:`~homelab_constructs.synth` hands them to the manifest
validator's pool rule, as ``python -m homelab_constructs validate --node-cidr/--pod-cidr/
--service-cidr`` does. :func:`check_cluster_cidrs` is their one check, for all three.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass

import constructs

from ._tree import app_registry
from ._validation import Scope, check_sequence, check_text, fail, shown


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
        # immutable all the way down: a list is kept as a tuple (any other type is reported by
        # check_cluster_cidrs, where the CIDRs are used)
        for part in ("nodes", "pods", "services"):
            value = getattr(self, part)
            if isinstance(value, list):
                object.__setattr__(self, part, tuple(value))


#: no cluster CIDRs given (ClusterCidrs is frozen: one shared default is safe)
NO_CIDRS = ClusterCidrs()


#: the parts of :class:`ClusterCidrs`
PARTS = ("nodes", "pods", "services")
#: the CIDR the fixes show
_EXAMPLE = "10.42.0.0/16"


def check_cluster_cidrs(scope: Scope, cidrs: object) -> ClusterCidrs:
    """``cidrs``, a :class:`ClusterCidrs` whose parts are each a tuple (or list) of networks
    (``ipaddress.ip_network``, host bits allowed); first the types of every part, then the values.

    The one check of the cluster CIDRs: for :class:`~homelab_constructs.HomelabSpec`,
    :func:`set_cluster_cidrs` and the ``validate`` command. It reports in two ways, as the
    shared checks do: on a construct (``set_cluster_cidrs``) in its own words (``cluster pods
    CIDRs are not a tuple of networks``); on a path (``HomelabSpec.cluster_cidrs``, or the
    command's name) each part by its path, as a spec field (``HomelabSpec.cluster_cidrs.pods:
    pods is not a list or tuple``). A value that is not a network reads ``cluster CIDR is not a
    network`` either way.
    """
    on_path = isinstance(scope, str)
    if not isinstance(cidrs, ClusterCidrs):
        if on_path:
            raise fail(scope, "cluster_cidrs is not a ClusterCidrs", shown(cidrs),
                       "write ClusterCidrs(nodes=(...), pods=(...), services=(...))")
        raise fail(scope, "cluster CIDRs are not a ClusterCidrs", cidrs,
                   f"pass ClusterCidrs(nodes=(...), pods=(...), services=(...)) with CIDRs such as {_EXAMPLE!r}")
    for part in PARTS:
        values = getattr(cidrs, part)
        if on_path:
            check_sequence(f"{scope}.{part}", values, part, lambda at, value, what: check_text(at, value, what, _EXAMPLE),
                           example=(_EXAMPLE,), item="CIDR")
        elif isinstance(values, str) or not isinstance(values, (tuple, list)):
            raise fail(scope, f"cluster {part} CIDRs are not a tuple of networks", values,
                       f"write a tuple such as {(values,) if isinstance(values, str) else (_EXAMPLE,)!r}")
    for part in PARTS:
        for cidr in getattr(cidrs, part):
            try:
                if not isinstance(cidr, str):
                    raise ValueError(cidr)
                ipaddress.ip_network(cidr, strict=False)
            except ValueError:
                raise fail(scope, "cluster CIDR is not a network", cidr, f"write a CIDR such as {_EXAMPLE!r}") from None
    return cidrs


def set_cluster_cidrs(scope: constructs.Construct, cidrs: ClusterCidrs) -> None:
    """Record the node, pod and service CIDRs of the cluster the app of ``scope`` runs in
    (:func:`check_cluster_cidrs` checks them): :func:`~homelab_constructs.synth` then checks
    that no LoadBalancer pool overlaps them (the manifest validator's pool rule, as
    ``validate --node-cidr/--pod-cidr/--service-cidr`` does)."""
    _recorded(scope)["cidrs"] = check_cluster_cidrs(scope, cidrs)


def _recorded(scope: constructs.Construct) -> dict[str, ClusterCidrs]:
    return app_registry(scope, "cluster-cidrs", lambda root: {})


def cluster_cidrs(scope: constructs.Construct) -> ClusterCidrs:
    """The cluster CIDRs recorded with :func:`set_cluster_cidrs` for the app of ``scope`` (none by default)."""
    return _recorded(scope).get("cidrs", NO_CIDRS)
