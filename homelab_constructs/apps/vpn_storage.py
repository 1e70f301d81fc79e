"""The VPN pod's volumes: :class:`ClaimSpec` (a PersistentVolumeClaim the pod writes, or one that
exists), :class:`VpnVolume` (one volume: its name, where it is mounted and in which containers)
and :class:`VpnStorage` (the app's ``config`` and ``downloads``, Gluetun's ``/gluetun`` and more).
Each value checks itself where it is made; :class:`~.vpn.VpnPod` checks the mount paths against
the app's writable paths.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional

from .._validation import (
    check_choice,
    check_dns_label,
    check_dns_subdomain,
    check_instance,
    check_quantity,
    check_sequence,
    check_text,
    fail,
    first_duplicate,
    quantity_value,
)

#: The size of the claim of each of :class:`VpnStorage`'s volumes when its :class:`ClaimSpec`
#: gives none: ``config`` 1Gi (qBittorrent's settings, torrent resume data and logs: tens of MB),
#: ``downloads`` 100Gi (the payload; size it to your disk), ``gluetun`` 128Mi (Gluetun's server
#: list and forwarded-port file: a few MB).
DEFAULT_CLAIM_SIZES: Mapping[str, str] = {"config": "1Gi", "downloads": "100Gi", "gluetun": "128Mi"}
#: The access modes a claim of the pod may ask for: the app writes to every volume.
CLAIM_ACCESS_MODES = ("ReadWriteOnce", "ReadWriteOncePod", "ReadWriteMany")
#: The containers of the pod a volume may be mounted in.
VPN_CONTAINERS = ("app", "gluetun")
#: The volumes the pod names itself (and ``scratch-<n>``, the app's writable paths).
POD_VOLUMES = ("credentials", "tun")

_QUANTITY_FIX = ("write a string such as '100Gi' or '500G': a number and a suffix Ki, Mi, Gi, Ti or k, M, G, T "
                 "(no 'B', no space)")


@dataclass(frozen=True)
class ClaimSpec:
    """The claim a volume of the VPN pod mounts: a PersistentVolumeClaim the pod writes (named
    ``<pod name>-<volume name>``, in the pod's namespace), or a claim that already exists.

    :param size: the storage requested, a Kubernetes quantity such as ``"20Gi"`` or
        ``"500G"`` (no ``B``) (default ``None``: the volume's size in
        :data:`DEFAULT_CLAIM_SIZES` for :class:`VpnStorage`'s ``config``, ``downloads`` and
        ``gluetun``; required for the others).
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

    def __post_init__(self) -> None:
        if isinstance(self.access_modes, list):
            object.__setattr__(self, "access_modes", tuple(self.access_modes))
        if self.existing_claim is not None:
            check_dns_subdomain("ClaimSpec.existing_claim", self.existing_claim, "existing claim",
                                "name a PersistentVolumeClaim of the pod's namespace with lowercase letters, digits, "
                                "'-' and '.', such as 'media-data'")
            settings = {key: getattr(self, key) for key in ("size", "storage_class", "access_modes")
                        if getattr(self, key) != _CLAIM_DEFAULTS[key]}
            if settings:
                raise fail("ClaimSpec.existing_claim", "claim names an existing claim and settings for a claim to write",
                           settings, f"drop {', '.join(settings)} (the claim {self.existing_claim} exists with its own), "
                           "or drop existing_claim to have the pod write its claim")
            return
        if self.size is not None:
            check_quantity("ClaimSpec.size", self.size, "size", _QUANTITY_FIX, allow_negative=True)
            if (quantity_value(self.size) or 0) < 1:  # refused here, with the unit
                raise fail("ClaimSpec.size", "size is less than one byte", self.size,
                           "request the storage the volume needs, such as '100Gi' ('m' is a thousandth, 'M' a million)")
        if self.storage_class is not None:
            check_dns_subdomain("ClaimSpec.storage_class", self.storage_class, "storage class",
                                "name a StorageClass with lowercase letters, digits, '-' and '.', such as 'local-path' "
                                "or 'nfs-client', or None for the cluster's default StorageClass")
        modes = self.access_modes
        if (not isinstance(modes, tuple) or not modes or any(m not in CLAIM_ACCESS_MODES for m in modes)
                or len(set(modes)) != len(modes)):
            raise fail("ClaimSpec.access_modes", f"access modes are not distinct modes of {', '.join(CLAIM_ACCESS_MODES)}",
                       modes, "write a tuple such as ('ReadWriteOnce',): the app writes to the volume")
        if "ReadWriteOncePod" in modes and len(modes) > 1:
            raise fail("ClaimSpec.access_modes", "access modes combine ReadWriteOncePod with other modes", modes,
                       "use ('ReadWriteOncePod',) alone: Kubernetes refuses it with any other mode")


_CLAIM_DEFAULTS = {"size": None, "storage_class": None, "access_modes": ("ReadWriteOnce",)}


@dataclass(frozen=True)
class VpnVolume:
    """One volume of the VPN pod: its name, where it is mounted and in which containers.

    :param name: the volume's name in the pod, a DNS label; a claim the pod writes is named
        ``<pod name>-<name>``.
    :param mount_path: where it is mounted, an absolute path (the same in every container).
    :param claim: the :class:`ClaimSpec`: a claim the pod writes or one that exists (default
        ``None``: an emptyDir, lost with the pod).
    :param containers: the containers that mount it, of ``app`` and ``gluetun`` (default
        ``("app",)``).
    """

    name: str
    mount_path: str
    claim: Optional[ClaimSpec] = None
    containers: tuple[str, ...] = ("app",)

    def __post_init__(self) -> None:
        check_dns_label("VpnVolume.name", self.name, "volume name")
        check_text("VpnVolume.mount_path", self.mount_path, "mount path", "/data")
        if not self.mount_path.startswith("/") or self.mount_path.rstrip("/") == "":
            raise fail("VpnVolume.mount_path", "mount path is not an absolute path below /", self.mount_path,
                       "write an absolute path such as '/data'")
        check_instance("VpnVolume.claim", self.claim, ClaimSpec, "claim",
                       f"write ClaimSpec(existing_claim={self.claim!r}) to mount that existing claim, or None for an "
                       "emptyDir" if isinstance(self.claim, str) else
                       "write ClaimSpec(existing_claim='arr-data') or ClaimSpec(size='10Gi'), or None for an emptyDir",
                       optional=True)
        containers = check_sequence("VpnVolume.containers", self.containers, "containers",
                                    lambda s, v, w: check_choice(s, v, VPN_CONTAINERS, w), example=("app",),
                                    item="container")
        if not containers or len(set(containers)) != len(containers):
            raise fail("VpnVolume.containers", "containers are not distinct names of app and gluetun", containers,
                       "write ('app',), ('gluetun',) or ('gluetun', 'app')")
        object.__setattr__(self, "containers", containers)

    @property
    def writes_claim(self) -> bool:
        """Whether the pod writes this volume's claim (not an emptyDir, not an existing claim)."""
        return self.claim is not None and self.claim.existing_claim is None


@dataclass(frozen=True)
class VpnStorage:
    """The VPN pod's volumes, each a :class:`VpnVolume`; a claim the pod writes is named
    ``<pod name>-<volume name>``, and one left without a size gets the size of its place in
    :data:`DEFAULT_CLAIM_SIZES`.

    :param config: the app's settings (default ``VpnVolume("config", "/config", ClaimSpec())``:
        the claim ``<pod name>-config`` of 1Gi in the cluster's default StorageClass, mounted in
        the app; ``None``: no such volume).
    :param downloads: the app's payload (default ``VpnVolume("downloads", "/downloads",
        ClaimSpec())``: the claim ``<pod name>-downloads`` of 100Gi; ``None``: none).
    :param gluetun: Gluetun's ``/gluetun`` (its server list; PIA keeps a forwarded port for 60 days
        with it), mounted in Gluetun at least (default ``VpnVolume("gluetun", "/gluetun",
        containers=("gluetun",))``: an emptyDir; ``ClaimSpec()`` as its claim writes
        ``<pod name>-gluetun`` of 128Mi; ``None``: no volume, Gluetun writes into its container).
    :param extra: more volumes (default none); a claim the pod writes for one needs a size.

    Each container mounts its volumes in the order of their names, as Helm renders a chart's
    persistence map (bjw-s app-template's, for one).

    An app-template release's layout (its ``persistence``), for instance: ``VpnStorage(config=VpnVolume("qbit-config", "/config",
    ClaimSpec(size="1Gi")), downloads=VpnVolume("data", "/data", ClaimSpec(existing_claim="arr-data"),
    containers=("gluetun", "app")), gluetun=VpnVolume("gluetun-config", "/gluetun", ClaimSpec(size="256Mi"),
    containers=("gluetun", "app")))``.
    """

    config: Optional[VpnVolume] = VpnVolume("config", "/config", ClaimSpec())
    downloads: Optional[VpnVolume] = VpnVolume("downloads", "/downloads", ClaimSpec())
    gluetun: Optional[VpnVolume] = VpnVolume("gluetun", "/gluetun", containers=("gluetun",))
    extra: tuple[VpnVolume, ...] = ()

    def __post_init__(self) -> None:
        for place in ("config", "downloads", "gluetun"):
            check_instance(f"VpnStorage.{place}", getattr(self, place), VpnVolume, place,
                           f"write VpnVolume({place!r}, '/{place}', ClaimSpec(...)), or None for no {place} volume",
                           optional=True)
        extra = check_sequence("VpnStorage.extra", self.extra, "extra", lambda s, v, w: check_instance(
            s, v, VpnVolume, w, "write VpnVolume(name='data', mount_path='/data', claim=ClaimSpec(...))"),
            example=(VpnVolume("data", "/data", ClaimSpec(existing_claim="arr-data")),), item="volume")
        object.__setattr__(self, "extra", extra)
        if self.gluetun is not None and "gluetun" not in self.gluetun.containers:
            raise fail("VpnStorage.gluetun", "Gluetun's volume is not mounted in the gluetun container",
                       self.gluetun.containers, "write containers=('gluetun',) or ('gluetun', 'app')")
        extras = iter(range(len(extra)))
        for slot, volume in self.volumes():
            where = f"VpnStorage.{slot}" if slot is not None else f"VpnStorage.extra[{next(extras)}]"
            if volume.name in POD_VOLUMES or volume.name.startswith("scratch-"):
                raise fail(where, "volume is named like a volume the pod writes itself", volume.name,
                           f"give it another name, such as {slot or 'data'!r}")
            if slot is None and volume.claim is not None and volume.writes_claim and volume.claim.size is None:
                raise fail(where, f"claim of volume {volume.name} has no size", volume.claim,
                           "give ClaimSpec(size='10Gi'), or ClaimSpec(existing_claim=...) for a claim that exists")
        names = [volume.name for _, volume in self.volumes()]
        twice = first_duplicate(names)
        if twice is not None:
            raise fail("VpnStorage", "two volumes have one name", names[twice[1]], "give each volume its own name")

    def volumes(self) -> list[tuple[Optional[str], VpnVolume]]:
        """Every volume with its place (``config``, ``downloads``, ``gluetun``, or ``None`` for an extra one)."""
        placed = [(place, getattr(self, place)) for place in ("config", "downloads", "gluetun")]
        return [(place, v) for place, v in placed if v is not None] + [(None, v) for v in self.extra]

    @staticmethod
    def claim_size(place: Optional[str], claim: ClaimSpec) -> str:
        """The size of a claim the pod writes: its own, or the default of its place."""
        return claim.size or DEFAULT_CLAIM_SIZES[place or ""]
