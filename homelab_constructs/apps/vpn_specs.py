"""The VPN pod's value classes: a container's :class:`Resources` and :class:`ProbeTiming`, and the
pod's volumes, each a :class:`ClaimSpec` (a claim the pod writes or one that exists), more of
them as :class:`VpnVolume` s. :class:`~.vpn.VpnPod` takes them; they check themselves where they
are made (a claim, whose checks need the pod's namespace, is checked by :func:`check_claim`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional

import constructs
from cdk8s_plus_27 import k8s

from .._validation import (
    check_choice,
    check_count,
    check_dns_label,
    check_dns_subdomain,
    check_instance,
    check_int,
    check_quantity,
    check_sequence,
    check_text,
    fail,
    quantity_value,
)

#: The size of each claim the pod writes when its :class:`ClaimSpec` gives none:
#: ``config`` 1Gi (qBittorrent's settings, torrent resume data and logs: tens of MB),
#: ``downloads`` 100Gi (the payload; size it to your disk), ``gluetun`` 128Mi (Gluetun's
#: server list and forwarded-port file: a few MB).
DEFAULT_CLAIM_SIZES: Mapping[str, str] = {"config": "1Gi", "downloads": "100Gi", "gluetun": "128Mi"}
#: The access modes a claim of the pod may ask for: the app writes to every volume.
CLAIM_ACCESS_MODES = ("ReadWriteOnce", "ReadWriteOncePod", "ReadWriteMany")
#: The containers of the pod an extra volume may be mounted in.
VPN_CONTAINERS = ("app", "gluetun")


@dataclass(frozen=True)
class Resources:
    """A container's CPU and memory requests and limits; a field left ``None`` is not written.

    :param cpu_request: such as ``100m`` (default ``None``).
    :param memory_request: such as ``256Mi`` (default ``None``).
    :param cpu_limit: such as ``200m`` (default ``None``: no CPU limit).
    :param memory_limit: such as ``1Gi`` (default ``None``: no memory limit).
    """

    cpu_request: Optional[str] = None
    memory_request: Optional[str] = None
    cpu_limit: Optional[str] = None
    memory_limit: Optional[str] = None

    def __post_init__(self) -> None:
        for field_name in ("cpu_request", "memory_request", "cpu_limit", "memory_limit"):
            value = getattr(self, field_name)
            check_text(f"Resources.{field_name}", value, field_name, "100m" if "cpu" in field_name else "256Mi",
                       optional=True)
            if value is not None:
                check_quantity(f"Resources.{field_name}", value, field_name)
        for kind in ("cpu", "memory"):
            request, limit = getattr(self, f"{kind}_request"), getattr(self, f"{kind}_limit")
            if request is not None and limit is not None and (quantity_value(limit) or 0) < (quantity_value(request) or 0):
                raise fail(f"Resources.{kind}_limit", f"{kind} limit is below its request", limit,
                           f"raise the limit to at least {request} (Kubernetes refuses a limit below the request)")

    def binding(self) -> k8s.ResourceRequirements:
        """The ``resources`` of a container."""
        def amounts(**values: Optional[str]) -> Optional[dict[str, k8s.Quantity]]:
            out = {k: k8s.Quantity.from_string(v) for k, v in values.items() if v is not None}
            return out or None
        return k8s.ResourceRequirements(requests=amounts(cpu=self.cpu_request, memory=self.memory_request),
                                        limits=amounts(cpu=self.cpu_limit, memory=self.memory_limit))



@dataclass(frozen=True)
class ProbeTiming:
    """When and how often a probe runs; a field left ``None`` is not written (Kubernetes'
    defaults: no delay, every 10 s, 1 s timeout, 3 failures).

    :param initial_delay_seconds: seconds before the first probe (default ``None``; ``>= 0``).
    :param period_seconds: seconds between probes (default ``None``; ``>= 1``).
    :param timeout_seconds: seconds before a probe times out (default ``None``; ``>= 1``).
    :param failure_threshold: failures in a row that count as failed (default ``None``; ``>= 1``).
    """

    initial_delay_seconds: Optional[int] = None
    period_seconds: Optional[int] = None
    timeout_seconds: Optional[int] = None
    failure_threshold: Optional[int] = None

    def __post_init__(self) -> None:
        for field_name, minimum in (("initial_delay_seconds", 0), ("period_seconds", 1), ("timeout_seconds", 1),
                                    ("failure_threshold", 1)):
            value = getattr(self, field_name)
            check_int(f"ProbeTiming.{field_name}", value, field_name, 5, optional=True)
            if value is not None:
                check_count(f"ProbeTiming.{field_name}", value, field_name, minimum)

    def probe(self, **action: Any) -> k8s.Probe:
        """A ``k8s.Probe`` of ``action`` (``exec=...``, ``tcp_socket=...``) with these timings."""
        return k8s.Probe(initial_delay_seconds=self.initial_delay_seconds, period_seconds=self.period_seconds,
                         timeout_seconds=self.timeout_seconds, failure_threshold=self.failure_threshold, **action)



@dataclass(frozen=True)
class ClaimSpec:
    """One volume of the VPN pod: a PersistentVolumeClaim the pod writes (named
    ``<app name>-<volume>``, in the pod's namespace), or a claim that already exists.

    :param size: the storage requested, a Kubernetes quantity such as ``"20Gi"`` or
        ``"500G"`` (no ``B``) (default ``None``: the volume's size in
        :data:`DEFAULT_CLAIM_SIZES`: config ``1Gi``, downloads ``100Gi``, gluetun ``128Mi``).
    :param storage_class: the StorageClass, such as ``"local-path"`` or ``"nfs-client"``
        (default ``None``: the cluster's default StorageClass).
    :param access_modes: from :data:`CLAIM_ACCESS_MODES` (default ``("ReadWriteOnce",)``:
        one node mounts it, enough for the pod's single replica, recreated on updates).
    :param existing_claim: mount this claim of the pod's namespace instead, such as
        ``"media-data"``; no claim is written, so leave ``size``, ``storage_class`` and
        ``access_modes`` at their defaults (default ``None``: the pod writes its claim).
    """

    size: Optional[str] = None
    storage_class: Optional[str] = None
    access_modes: tuple[str, ...] = ("ReadWriteOnce",)
    existing_claim: Optional[str] = None


def check_claim(scope: constructs.Construct, volume: str, claim: object, namespace: str) -> Optional[ClaimSpec]:
    """``claim`` (a :class:`ClaimSpec` or ``None``) of ``volume``, checked."""
    if claim is None:
        return None
    if not isinstance(claim, ClaimSpec):
        example = (f"ClaimSpec(existing_claim={claim!r}) to mount that existing claim" if isinstance(claim, str)
                   else f"ClaimSpec(size={DEFAULT_CLAIM_SIZES[volume]!r}) for a claim the pod writes")
        raise fail(scope, f"{volume} claim is not a ClaimSpec", claim,
                   f"pass {example}, or None for an emptyDir (lost with the pod)")
    if claim.existing_claim is not None:
        check_dns_subdomain(scope, claim.existing_claim, f"{volume} existing claim",
                            f"name a PersistentVolumeClaim of namespace {namespace} with lowercase letters, digits, "
                            "'-' and '.', such as 'media-data'")
        settings = {key: getattr(claim, key) for key in ("size", "storage_class", "access_modes")
                    if (tuple(getattr(claim, key)) if isinstance(getattr(claim, key), list) else getattr(claim, key))
                    != getattr(ClaimSpec, key)}
        if settings:
            raise fail(scope, f"{volume} claim names an existing claim and settings for a claim to write", settings,
                       f"drop {', '.join(settings)} (the claim {claim.existing_claim} exists with its own), or drop "
                       f"existing_claim to have the pod write its claim")
        return claim
    if claim.size is not None:
        check_quantity(scope, claim.size, f"{volume} claim size",
                       "write a string such as '100Gi' or '500G': a number and a suffix Ki, Mi, Gi, Ti or k, M, G, T "
                       "(no 'B', no space)", allow_negative=True)  # refused just below, with the unit
        if (quantity_value(claim.size) or 0) < 1:
            raise fail(scope, f"{volume} claim size is less than one byte", claim.size,
                       "request the storage the volume needs, such as '100Gi' ('m' is a thousandth, 'M' a million)")
    if claim.storage_class is not None:
        check_dns_subdomain(scope, claim.storage_class, f"{volume} claim storage class",
                            "name a StorageClass with lowercase letters, digits, '-' and '.', such as 'local-path' or "
                            "'nfs-client', or None for the cluster's default StorageClass")
    modes = claim.access_modes
    if (isinstance(modes, str) or not isinstance(modes, (tuple, list)) or not modes
            or any(m not in CLAIM_ACCESS_MODES for m in modes) or len(set(modes)) != len(modes)):
        raise fail(scope, f"{volume} claim access modes are not distinct modes of {', '.join(CLAIM_ACCESS_MODES)}",
                   modes, "write a tuple such as ('ReadWriteOnce',): the app writes to the volume")
    if "ReadWriteOncePod" in modes and len(modes) > 1:
        raise fail(scope, f"{volume} claim combines ReadWriteOncePod with other access modes", modes,
                   "use ('ReadWriteOncePod',) alone: Kubernetes refuses it with any other mode")
    return claim


@dataclass(frozen=True)
class VpnVolume:
    """One more volume of the VPN pod, beside ``config``, ``downloads`` and ``gluetun``.

    :param name: the volume's name in the pod, a DNS label (the claim the pod writes is
        ``<app name>-<name>``).
    :param mount_path: where it is mounted, an absolute path.
    :param claim: the :class:`ClaimSpec`: an existing claim (``existing_claim``) or one the
        pod writes (then ``size`` is required).
    :param containers: the containers that mount it, of ``app`` and ``gluetun`` (default
        ``("app",)``).
    """

    name: str
    mount_path: str
    claim: ClaimSpec
    containers: tuple[str, ...] = ("app",)

    def __post_init__(self) -> None:
        check_dns_label("VpnVolume.name", self.name, "volume name")
        check_text("VpnVolume.mount_path", self.mount_path, "mount path", "/data")
        if not self.mount_path.startswith("/") or self.mount_path.rstrip("/") == "":
            raise fail("VpnVolume.mount_path", "mount path is not an absolute path below /", self.mount_path,
                       "write an absolute path such as '/data'")
        check_instance("VpnVolume.claim", self.claim, ClaimSpec, "claim",
                       "write ClaimSpec(existing_claim='arr-data') or ClaimSpec(size='10Gi')")
        containers = check_sequence("VpnVolume.containers", self.containers, "containers",
                                    lambda s, v, w: check_choice(s, v, VPN_CONTAINERS, w), example=("app",),
                                    item="container")
        if not containers or len(set(containers)) != len(containers):
            raise fail("VpnVolume.containers", "containers are not distinct names of app and gluetun", containers,
                       "write ('app',), ('gluetun',) or ('app', 'gluetun')")
        object.__setattr__(self, "containers", containers)
