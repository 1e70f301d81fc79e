"""The VPN downloads pod: Gluetun and an app (qBittorrent by default) in one network namespace.

Containers of a pod share one network namespace, so everything the app sends leaves
through the interfaces and firewall that Gluetun set up. The kill switch is enforced
three times over:

1. **Gluetun's firewall.** Gluetun sets the pod's iptables policy to drop, then allows out
   only the tunnel interface, the VPN server's address and port, and the cluster's pod and
   service networks (``FIREWALL_OUTBOUND_SUBNETS``); in, only the app's web port
   (``FIREWALL_INPUT_PORTS``). When the tunnel drops, the rules stay: nothing leaves
   outside it. The rules live in the pod's network namespace, so they outlive a restart of
   the Gluetun container.
2. **Start order.** Gluetun runs as a native sidecar (an init container with
   ``restartPolicy: Always``) whose startup probe is Gluetun's own healthcheck; the kubelet
   starts the app only after that probe passes, so the app never runs before the tunnel
   and the firewall are up.
3. **Cilium.** The namespace is default-deny; only this pod (selected by
   :data:`VPN_LABEL`) may reach the ``world`` entity (see :meth:`VpnPod.egress_grant`).

Gluetun alone gets ``NET_ADMIN``; the app drops every capability and escalates no privilege,
and by default runs as non-root with a read-only root filesystem (images that start as root
and drop privileges themselves, such as linuxserver.io's, turn those two off with
:class:`VpnApp`'s ``run_as_non_root``/``read_only_root_filesystem``). Credentials come from an
ExternalSecret (:class:`~homelab_constructs.secrets.SyncedSecret`); no secret value is
ever part of the manifests; by default not of Gluetun's environment either: it reads them as
files (``/run/secrets/openvpn_user``, ...; ``credentials_as="env"`` loads them with ``envFrom``).

Where a user turns part of the kill switch off (``native_sidecar=False``, Gluetun's
``FIREWALL=off``), :attr:`VpnPod.kill_switch_warnings` says which part and what it costs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence, Union

import constructs
from cdk8s_plus_27 import k8s

from .._base import KEEP_ON_PRUNE, HomelabConstruct
from .._names import VPN_LABEL
from .._validation import (
    ENV_NAME,
    Code,
    check_annotations,
    check_bool,
    check_choice,
    check_count,
    check_dns_label,
    check_dns_subdomain,
    check_env,
    check_instance,
    check_int,
    check_json_value,
    check_mapping,
    check_network,
    check_port,
    check_quantity,
    check_secret_env,
    check_sequence,
    check_service_name,
    check_text,
    fail,
    quantity_value,
)
from ..gateway.gateway import HomelabGateway
from ..network.intents import EgressGrant, ToWorld
from ..network.lbipam import pin_ip
from ..secrets import RemoteRef, Store, SyncedSecret
from .app import APP_LABEL, HomelabApp, check_service_labels

GLUETUN_IMAGE = "ghcr.io/qdm12/gluetun:v3.41.0"
QBITTORRENT_IMAGE = "ghcr.io/home-operations/qbittorrent:5.1.2"
#: kubeadm's and Talos' default pod and service networks.
DEFAULT_CLUSTER_SUBNETS = ("10.244.0.0/16", "10.96.0.0/12")
#: Gluetun's ``VPN_SERVICE_PROVIDER`` values (its provider list).
PROVIDERS = (
    "airvpn", "custom", "cyberghost", "expressvpn", "fastestvpn", "giganews", "hidemyass", "ipvanish", "ivpn",
    "mullvad", "nordvpn", "perfect privacy", "privado", "private internet access", "privatevpn", "protonvpn",
    "purevpn", "slickvpn", "surfshark", "torguard", "vpn secure", "vpn unlimited", "vyprvpn", "wevpn", "windscribe",
)
#: Providers whose port forwarding Gluetun drives natively.
PORT_FORWARDING_PROVIDERS = ("perfect privacy", "private internet access", "privatevpn", "protonvpn")
#: The credentials Gluetun reads from files (``/run/secrets/<name in lower case>``), so no
#: secret is ever in its environment.
SECRET_FILES = (
    "HTTPPROXY_PASSWORD", "HTTPPROXY_USER", "OPENVPN_CLIENTCRT", "OPENVPN_CLIENTKEY", "OPENVPN_ENCRYPTED_KEY",
    "OPENVPN_KEY_PASSPHRASE", "OPENVPN_PASSWORD", "OPENVPN_USER", "SHADOWSOCKS_PASSWORD", "WIREGUARD_ADDRESSES",
    "WIREGUARD_CONF", "WIREGUARD_PRESHARED_KEY", "WIREGUARD_PRIVATE_KEY",
)
#: Gluetun's healthcheck: exits 0 once the tunnel is up and its health target answers.
HEALTHCHECK = ["/gluetun-entrypoint", "healthcheck"]
#: Gluetun's Kubernetes advice: an unclean exit leaves the WireGuard ip rules behind, and
#: the next start then fails with "file exists"; delete them when the container starts.
STALE_RULES_CLEANUP = ["/bin/sh", "-c", "(ip rule del table 51820; ip -6 rule del table 51820) || true"]
_CAPABILITY = "ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
#: a tz database name (``Etc/UTC``, ``America/Argentina/Buenos_Aires``, ``UTC``)
_TIMEZONE = re.compile(r"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$")
#: The size of each claim the pod writes when its :class:`ClaimSpec` gives none:
#: ``config`` 1Gi (qBittorrent's settings, torrent resume data and logs: tens of MB),
#: ``downloads`` 100Gi (the payload; size it to your disk), ``gluetun`` 128Mi (Gluetun's
#: server list and forwarded-port file: a few MB).
DEFAULT_CLAIM_SIZES: Mapping[str, str] = {"config": "1Gi", "downloads": "100Gi", "gluetun": "128Mi"}
#: The access modes a claim of the pod may ask for: the app writes to every volume.
CLAIM_ACCESS_MODES = ("ReadWriteOnce", "ReadWriteOncePod", "ReadWriteMany")
#: How Gluetun gets its credentials: as files (``/run/secrets/...``) or as variables (``envFrom``).
CREDENTIAL_MODES = ("files", "env")
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


#: Gluetun's resources when none are given: requests 10m/64Mi, memory limit 256Mi.
GLUETUN_RESOURCES = Resources(cpu_request="10m", memory_request="64Mi", memory_limit="256Mi")


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


#: Gluetun's probes when none are given (its healthcheck as both)
GLUETUN_STARTUP_PROBE = ProbeTiming(period_seconds=5, timeout_seconds=5, failure_threshold=60)
GLUETUN_LIVENESS_PROBE = ProbeTiming(period_seconds=30, timeout_seconds=5, failure_threshold=3)


def _qbittorrent_port_command(web_port: int) -> str:
    """Gluetun's port-forwarding hook: tell qBittorrent (over localhost) its new listen port."""
    return ("/bin/sh -c 'wget -O- --retry-connrefused --post-data "
            "\"json={\\\"listen_port\\\":{{PORT}},\\\"current_network_interface\\\":\\\"{{VPN_INTERFACE}}\\\"}\" "
            f"http://127.0.0.1:{web_port}/api/v2/app/setPreferences 2>&1'")


def _without_go_template_braces(command: str) -> dict[str, str]:
    """``VPN_PORT_FORWARDING_UP_COMMAND`` with Gluetun's ``{{PORT}}`` placeholders spelled
    through Kubernetes' ``$(VAR)`` expansion of earlier variables, so the manifest holds no
    ``{{``: ``cdk8s synth --format helm`` copies manifests into a chart's templates, where
    Helm would execute ``{{PORT}}``. The kubelet hands Gluetun the command with ``{{PORT}}``."""
    if "{{" not in command and "}}" not in command:
        return {"VPN_PORT_FORWARDING_UP_COMMAND": command}
    spelled = command.replace("{{", "$(TEMPLATE_OPEN_BRACE)$(TEMPLATE_OPEN_BRACE)").replace(
        "}}", "$(TEMPLATE_CLOSE_BRACE)$(TEMPLATE_CLOSE_BRACE)")
    return {"TEMPLATE_OPEN_BRACE": "{", "TEMPLATE_CLOSE_BRACE": "}", "VPN_PORT_FORWARDING_UP_COMMAND": spelled}


@dataclass(frozen=True)
class VpnApp:
    """The container that shares Gluetun's network (see :func:`qbittorrent`).

    :param image: the image, pinned.
    :param port: its web UI port (the Service's, the route's and Gluetun's input port).
    :param name: the container's name (default ``app``).
    :param env: plain environment variables (default none): strings, none named like a secret
        (``*_PASSWORD``, ``*_TOKEN``, ``*_API_KEY``, ...: those go in ``secret_env``), no URL with
        ``user:password@``, and not ``TZ`` (the pod's ``timezone``).
    :param secret_env: environment variables read from the Secret ``secret_name``: variable ->
        key in that Secret (default none).
    :param secret_name: the Secret with the app's own credentials, such as one a
        :class:`~homelab_constructs.secrets.SyncedSecret` writes in the pod's namespace (default
        ``None``; required with ``secret_env``).
    :param add_capabilities: capabilities added back after dropping ALL (default none).
    :param run_as_user: the non-root user (and group) it runs as (default ``1000``; not ``0``).
    :param port_forward_command: Gluetun's ``VPN_PORT_FORWARDING_UP_COMMAND``, with
        ``{{PORT}}`` for the forwarded port (default none). The manifest spells the braces
        through ``$(TEMPLATE_OPEN_BRACE)``/``$(TEMPLATE_CLOSE_BRACE)`` (see
        :func:`_without_go_template_braces`); as in any Kubernetes env value, ``$(NAME)`` of
        an earlier variable is expanded and ``$$`` becomes ``$``.
    :param writable_paths: emptyDir mounts besides the config and downloads volumes, for a
        read-only root filesystem: a tuple of distinct absolute paths (default ``("/tmp",)``).
    :param cpu_request: CPU request (default ``100m``).
    :param memory_request: memory request (default ``256Mi``).
    :param memory_limit: memory limit (default ``2Gi``; qBittorrent's disk cache lives in it).
    :param cpu_limit: CPU limit (default ``None``: none; throttling stalls transfers).
    :param env_from_config_maps: ConfigMaps of the pod's namespace whose keys become variables
        (``envFrom``), such as ``("arr-env",)`` (default none).
    :param run_as_non_root: set ``runAsNonRoot: true`` (default ``True``); ``False`` writes
        nothing, for images that start as root and drop privileges (linuxserver.io's).
    :param read_only_root_filesystem: set ``readOnlyRootFilesystem: true`` (default ``True``);
        ``False`` writes nothing.
    :param run_as_user: ``None`` writes no ``runAsUser``/``runAsGroup``/``fsGroup`` (the image's
        user). With ``run_as_non_root`` it may not be ``0``.
    """

    image: str
    port: int
    name: str = "app"
    env: Mapping[str, str] = field(default_factory=dict)
    add_capabilities: tuple[str, ...] = ()
    run_as_user: Optional[int] = 1000
    port_forward_command: Optional[str] = None
    writable_paths: tuple[str, ...] = ("/tmp",)
    cpu_request: str = "100m"
    memory_request: str = "256Mi"
    memory_limit: str = "2Gi"
    secret_env: Mapping[str, str] = field(default_factory=dict)
    secret_name: Optional[str] = None
    cpu_limit: Optional[str] = None
    env_from_config_maps: tuple[str, ...] = ()
    run_as_non_root: bool = True
    read_only_root_filesystem: bool = True

    def validate(self, scope: constructs.Construct) -> None:
        """Raise ``ValueError`` for a prop the pod would refuse, or that would put a secret in the manifests."""
        self._check_container(scope)
        self._check_env(scope)
        self._check_security(scope)
        check_sequence(scope, self.env_from_config_maps, "app env_from_config_maps",
                       lambda s, v, w: check_dns_subdomain(s, v, w), example=["arr-env"])
        self._check_port_forward_command(scope)
        self._check_writable_paths(scope)

    def _check_container(self, scope: constructs.Construct) -> None:
        """The port, the container's name (not Gluetun's) and a pinned image without whitespace."""
        check_port(scope, self.port, "app port")
        check_dns_label(scope, self.name, "app container name")
        if self.name == "gluetun":
            raise fail(scope, "app container is named like the VPN container", self.name,
                       "give the app container another name, such as 'app'")
        if not isinstance(self.image, str) or not self.image.strip() or any(c.isspace() for c in self.image):
            raise fail(scope, "app image is empty or holds whitespace", self.image,
                       f"pin an image such as {QBITTORRENT_IMAGE!r}")

    def _check_env(self, scope: constructs.Construct) -> None:
        """Plain variables hold no secret and no ``TZ``; secret variables name their Secret."""
        env = check_env(scope, self.env, "app env",
                        "pass it by Secret reference: VpnApp(secret_env={'<NAME>': '<key>'}, secret_name=...)")
        if "TZ" in env:
            raise fail(scope, "app env sets TZ, which the pod sets from its timezone", env["TZ"],
                       "pass VpnPod(timezone=...) instead")
        check_secret_env(scope, self.secret_env, "app", env, example={"SABNZBD_API_KEY": "api-key"},
                         name_example="API_KEY", reserved=("TZ",))
        if self.secret_env and self.secret_name is None:
            raise fail(scope, "app secret_env names no Secret", dict(self.secret_env),
                       "set VpnApp(secret_name=...) to the Secret that holds those keys, such as one a SyncedSecret "
                       "writes in the pod's namespace")
        if self.secret_env or self.secret_name is not None:
            if not self.secret_env:
                raise fail(scope, "app secret_name given without secret_env", self.secret_name,
                           "map variables to its keys with secret_env, or drop secret_name")
            check_dns_label(scope, self.secret_name, "app secret name")

    def _check_security(self, scope: constructs.Construct) -> None:
        """The two security switches are booleans; the user is non-root when ``run_as_non_root``."""
        check_bool(scope, self.run_as_non_root, "app run_as_non_root",
                   "write True (the default) or False for an image that starts as root and drops privileges")
        check_bool(scope, self.read_only_root_filesystem, "app read_only_root_filesystem",
                   "write True (the default) or False for an image that writes outside its volumes")
        if self.run_as_user is not None:  # with runAsNonRoot the container runs as non-root
            check_count(scope, self.run_as_user, "app user id", 1 if self.run_as_non_root else 0)

    def _check_port_forward_command(self, scope: constructs.Construct) -> None:
        """The port-forward hook, if any, is a non-blank string without a ``user:password@`` URL."""
        if self.port_forward_command is not None and (not isinstance(self.port_forward_command, str)
                                                      or not self.port_forward_command.strip()):
            raise fail(scope, "port-forward command is empty or not a string", self.port_forward_command,
                       "write a shell command with {{PORT}} for the forwarded port, or None for none")
        if self.port_forward_command is not None:
            check_json_value(scope, self.port_forward_command, "port-forward command")  # no user:password@ URL

    def _check_writable_paths(self, scope: constructs.Construct) -> None:
        """The writable paths are distinct absolute paths, none of them a volume's."""
        paths = self.writable_paths
        if isinstance(paths, str) or not isinstance(paths, (list, tuple)):
            raise fail(scope, "writable paths are not a list of paths", paths,
                       f"write a tuple such as {(paths,) if isinstance(paths, str) else ('/tmp',)!r}")
        for path in paths:
            if not isinstance(path, str) or not path.startswith("/") or path.rstrip("/") in ("", "/config",
                                                                                           "/downloads"):
                raise fail(scope, "writable path is not an absolute path of its own", path,
                           "write an absolute path such as '/tmp' (not '/', '/config' or '/downloads': those are "
                           "mounted already)")
        if len({p.rstrip("/") for p in paths}) != len(paths):
            raise fail(scope, "a writable path is listed twice", list(paths), "list each path once")

    def resources(self) -> Resources:
        """Its requests and limits as one :class:`Resources`."""
        return Resources(cpu_request=self.cpu_request, memory_request=self.memory_request, cpu_limit=self.cpu_limit,
                         memory_limit=self.memory_limit)


def qbittorrent(port: int = 8080, image: str = QBITTORRENT_IMAGE) -> VpnApp:
    """qBittorrent (rootless image) on ``port``; Gluetun pushes each forwarded port to it.

    The hook calls the web API from localhost: enable "Bypass authentication for clients
    on localhost" in qBittorrent once.
    """
    return VpnApp(image=image, port=port, name="qbittorrent", env={"QBT_WEBUI_PORT": str(port)},
                  port_forward_command=_qbittorrent_port_command(port))


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


def _check_claim(scope: constructs.Construct, volume: str, claim: object, namespace: str) -> Optional[ClaimSpec]:
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


class _SidecarDeployment(k8s.KubeDeployment):
    """A Deployment whose init containers are native sidecars (``restartPolicy: Always``,
    Kubernetes >= 1.29): the app starts once the sidecar's startup probe passes, and the
    sidecar keeps running beside it.

    The one place the library writes a field its bindings lack: cdk8s-plus-27's
    ``k8s.Container`` predates ``restartPolicy`` (Kubernetes 1.28), and ``KubeDeployment``'s
    ``toJson`` filters the object through the typed props after applying JSON patches, so a
    patch is dropped too. ``to_json`` adds the field to the finished manifest instead; every
    other field goes through the typed structs. A newer binding (cdk8s-plus-29+, or
    ``cdk8s import k8s`` of 1.29+, which needs the network) would make this class unnecessary.
    """

    def to_json(self) -> Any:
        obj = super().to_json()
        for container in obj["spec"]["template"]["spec"].get("initContainers", []):
            container["restartPolicy"] = "Always"
        return obj


class VpnPod(HomelabConstruct):
    """A Deployment (one replica, ``Recreate``) whose pod runs Gluetun and an app, plus its
    credentials, the PersistentVolumeClaims it mounts (unless they exist already), Service and route.

    :param name: the app's name: Deployment, Service (so a DNS-1035 label), route host label
        (default ``qbit``).
    :param namespace: the namespace (default ``downloads``).
    :param store: the secret store the credentials come from (a
        :class:`~homelab_constructs.secrets.VaultSecretStore`, a ClusterSecretStore's name, or a
        :class:`~homelab_constructs.secrets.SecretStoreRef`) (default ``None``: every credential
        names its own store, as a :class:`~homelab_constructs.secrets.RemoteRef`; a
        :class:`~homelab_constructs.Homelab` passes its ``secret_store``).
    :param app: the app container (default :func:`qbittorrent` on 8080).
    :param gateway: route ``<name>.<domain>`` to the web UI through this gateway (or
        several) (default ``None``: no route).
    :param hostname: override the route's hostname.
    :param provider: Gluetun's ``VPN_SERVICE_PROVIDER`` (default ``private internet access``).
    :param vpn_type: ``openvpn`` or ``wireguard`` (default ``openvpn``; PIA has no native
        WireGuard; ``None``: no ``VPN_TYPE``, Gluetun's default ``openvpn``).
    :param server_regions: ``SERVER_REGIONS``, at least one (default ``("CA Montreal",)``).
    :param port_forwarding: ask the provider for a forwarded port (default ``True``; only for
        :data:`PORT_FORWARDING_PROVIDERS`).
    :param port_forward_only: ``PORT_FORWARD_ONLY`` (only servers that forward a port)
        (default ``None``: ``on`` for Private Internet Access with port forwarding, else not
        written; ``False``: not written).
    :param firewall_input_ports: ports open on the pod's interface (default the app's port).
    :param cluster_subnets: the cluster's pod and service networks, reachable outside the
        tunnel: cluster DNS and in-cluster services (default :data:`DEFAULT_CLUSTER_SUBNETS`;
        ``None``: no ``FIREWALL_OUTBOUND_SUBNETS``, the pod reaches nothing outside the tunnel).
        With Cilium's socket load balancing a Service address becomes a pod address before
        the packet exists, so give both.
    :param gluetun_env: more Gluetun variables, such as ``{"DOT": "off"}`` (default none); not
        those the other props write, nor credentials (``credentials``). ``FIREWALL: "off"`` is
        taken, and reported in :attr:`kill_switch_warnings`.
    :param credentials_secret: the Secret (and ExternalSecret) with the credentials (default
        ``vpn-credentials``).
    :param credentials_key: the key in the store that string values of ``credentials`` are
        properties of (default ``homelab/vpn``).
    :param credentials: Gluetun variable → property of ``credentials_key``, or a
        :class:`~homelab_constructs.secrets.RemoteRef` (default ``OPENVPN_USER`` ← ``username``,
        ``OPENVPN_PASSWORD`` ← ``password``; for WireGuard ``{"WIREGUARD_PRIVATE_KEY": "private_key"}``).
    :param credentials_as: ``files`` (default): each variable (one of :data:`SECRET_FILES`) is
        read from ``/run/secrets/<variable in lower case>``; ``env``: the Secret's keys become
        Gluetun's variables (``envFrom.secretRef``).
    :param config_claim: the app's ``/config``: a :class:`ClaimSpec` (default ``ClaimSpec()``:
        the pod writes the PersistentVolumeClaim ``<name>-config`` of ``1Gi`` in the cluster's
        default StorageClass; ``ClaimSpec(existing_claim=...)`` mounts one that exists;
        ``None``: an emptyDir, lost with the pod).
    :param downloads_claim: ``/downloads``, the same way (default ``ClaimSpec()``: the claim
        ``<name>-downloads`` of ``100Gi``; ``None``: an emptyDir).
    :param gluetun_claim: Gluetun's ``/gluetun`` (server list, and PIA keeps a forwarded port
        for 60 days with it), the same way (default ``None``: an emptyDir; ``ClaimSpec()``
        writes ``<name>-gluetun`` of ``128Mi``).
    :param config_path: where the app mounts ``config`` (default ``/config``).
    :param downloads_path: where the app mounts ``downloads`` (default ``/downloads``).
    :param extra_volumes: more volumes, each a :class:`VpnVolume` (default none).
    :param gluetun_image: the Gluetun image, pinned (default :data:`GLUETUN_IMAGE`).
    :param gluetun_resources: Gluetun's :class:`Resources` (default :data:`GLUETUN_RESOURCES`).
    :param gluetun_startup_probe: the timing of Gluetun's healthcheck as startup probe
        (default :data:`GLUETUN_STARTUP_PROBE`: every 5 s, 5 s timeout, 60 failures).
    :param gluetun_liveness_probe: the same as liveness probe (default
        :data:`GLUETUN_LIVENESS_PROBE`: every 30 s, 5 s timeout, 3 failures).
    :param tun_device: mount the node's ``/dev/net/tun`` into Gluetun, for runtimes that do
        not let a container create it (default ``False``).
    :param src_valid_mark: set the sysctl ``net.ipv4.conf.all.src_valid_mark=1`` (default
        ``True``; WireGuard's routing needs it; the kubelet must allow it with
        ``--allowed-unsafe-sysctls=net.ipv4.conf.all.src_valid_mark``).
    :param timezone: ``TZ`` of both containers (default ``Etc/UTC``; ``None``: no ``TZ``).
    :param native_sidecar: run Gluetun as a native sidecar, so the app starts only once the
        tunnel is up (default ``True``; Kubernetes >= 1.29); ``False``: two plain containers,
        Gluetun first (app-template's ``dependsOn``), for older clusters: the app may start
        before the tunnel, which :attr:`kill_switch_warnings` reports.
    :param pod_annotations: annotations on the pod template, such as
        ``{"backup.velero.io/backup-volumes-excludes": "data"}`` (default none).
    :param pdb_max_unavailable: write a PodDisruptionBudget ``<name>`` with this
        ``maxUnavailable`` (default ``None``: none; at least 1: with one replica 0 blocks every drain).
    :param service_port: the Service's (and the route's) port (default ``None``: the app's port).
    :param service_port_name: the Service port's name (default ``http``).
    :param load_balancer: expose the web UI's Service as a LoadBalancer from the Cilium pool too
        (default ``False``), as :class:`~homelab_constructs.apps.app.HomelabApp` does.
    :param load_balancer_ip: pin that LoadBalancer's address (must lie in a pool; implies
        ``load_balancer``), with :func:`~homelab_constructs.network.lbipam.pin_ip`'s rules.
    :param service_labels: more labels on the web UI's Service (default ``None``: none), such as
        ``{"lb-pool": "lan"}`` for a pool's or an L2 policy's ``service_selector``, as
        :class:`~homelab_constructs.apps.app.HomelabApp`'s ``service_labels``.

    :attr kill_switch_warnings: one sentence per part of the kill switch the props turned off
        (empty by default); they are the construct's :attr:`warnings`, which ``run_app`` prints.
    """

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(self.kill_switch_warnings)

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        store: Optional[Store] = None,
        name: str = "qbit",
        namespace: str = "downloads",
        app: Optional[VpnApp] = None,
        gateway: Union[HomelabGateway, Sequence[HomelabGateway], None] = None,
        hostname: Optional[str] = None,
        provider: Optional[str] = "private internet access",
        vpn_type: Optional[str] = "openvpn",
        server_regions: Sequence[str] = ("CA Montreal",),
        port_forwarding: bool = True,
        port_forward_only: Optional[bool] = None,
        firewall_input_ports: Optional[Sequence[int]] = None,
        cluster_subnets: Optional[Sequence[str]] = DEFAULT_CLUSTER_SUBNETS,
        gluetun_env: Optional[Mapping[str, str]] = None,
        credentials_secret: str = "vpn-credentials",
        credentials_key: str = "homelab/vpn",
        credentials: Optional[Mapping[str, Union[str, RemoteRef]]] = None,
        credentials_as: str = "files",
        config_claim: Optional[ClaimSpec] = ClaimSpec(),
        downloads_claim: Optional[ClaimSpec] = ClaimSpec(),
        gluetun_claim: Optional[ClaimSpec] = None,
        config_path: str = "/config",
        downloads_path: str = "/downloads",
        extra_volumes: Sequence[VpnVolume] = (),
        gluetun_image: str = GLUETUN_IMAGE,
        gluetun_resources: Resources = GLUETUN_RESOURCES,
        gluetun_startup_probe: ProbeTiming = GLUETUN_STARTUP_PROBE,
        gluetun_liveness_probe: ProbeTiming = GLUETUN_LIVENESS_PROBE,
        tun_device: bool = False,
        src_valid_mark: bool = True,
        timezone: Optional[str] = "Etc/UTC",
        native_sidecar: bool = True,
        pod_annotations: Optional[Mapping[str, str]] = None,
        pdb_max_unavailable: Optional[int] = None,
        service_port: Optional[int] = None,
        service_port_name: str = "http",
        load_balancer: bool = False,
        load_balancer_ip: Optional[str] = None,
        service_labels: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        # check the props, in the order a bad input meets them (its first error stays the same)
        self.name = check_service_name(self, check_dns_label(self, name, "app name"), "app name (its Service's name)")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.app = self._checked_app(app)
        self.provider = self._checked_provider(provider, vpn_type)
        self._check_app_quantities()
        self._check_tunnel(vpn_type, server_regions, port_forwarding, port_forward_only, tun_device, src_valid_mark)
        self._check_image_and_timezone(gluetun_image, timezone)
        self._check_firewall(firewall_input_ports, cluster_subnets)
        self._check_pod_props(gluetun_resources, gluetun_startup_probe, gluetun_liveness_probe, native_sidecar,
                              pod_annotations, pdb_max_unavailable, credentials_as)
        #: Gluetun's variables besides the ones the typed props write
        self.gluetun_env = self._check_gluetun_env(gluetun_env)
        #: one sentence per part of the kill switch the props turned off (empty by default)
        self.kill_switch_warnings = self._kill_switch_warnings()
        load_balancer_ip = self._check_web_props(service_port, service_port_name, load_balancer, load_balancer_ip,
                                                 gateway, hostname)
        #: the web UI's Service labels beside ``app.kubernetes.io/name`` (``None``: none)
        self.service_labels = (check_service_labels(self, service_labels, self.name)
                               if service_labels is not None else None)
        # build: the credentials, the claims, the pod, its disruption budget and its web UI
        self.credentials = self._credentials(store, credentials_secret, credentials_key, credentials)
        self.labels = {APP_LABEL: self.name, VPN_LABEL: "gluetun"}
        self._volumes_and_claims(config_claim, downloads_claim, gluetun_claim, config_path, downloads_path,
                                 extra_volumes)
        self.deployment = self._deployment(gluetun_image, tun_device, src_valid_mark)
        #: the PodDisruptionBudget (``None`` unless ``pdb_max_unavailable``)
        self.disruption_budget = self._budget(pdb_max_unavailable) if pdb_max_unavailable is not None else None
        #: the web UI's Service and route
        self.web = self._web_ui(gateway, hostname, load_balancer, load_balancer_ip)

    def egress_grant(self) -> EgressGrant:
        """The namespace-isolation grant: this pod, and no other of its namespace, reaches the world."""
        return EgressGrant(self.namespace, dict(self.labels), (ToWorld(),))

    # ---- checks

    def _checked_app(self, app: Optional[VpnApp]) -> VpnApp:
        """The app container (default qBittorrent), validated; it adds back no network capability."""
        if app is not None and not isinstance(app, VpnApp):
            raise fail(self, "app is not a VpnApp", app, "pass VpnApp(image=..., port=...) or qbittorrent(...), or None "
                                                        "for qBittorrent on 8080")
        app = app if app is not None else qbittorrent()
        app.validate(self)
        for cap in app.add_capabilities:
            if not isinstance(cap, str) or not cap or any(c not in _CAPABILITY for c in cap) or cap == "ALL":
                raise fail(self, "capability to add back is not one capability name", cap,
                           "name one capability without the CAP_ prefix, such as 'CHOWN'")
            if cap in ("NET_ADMIN", "SYS_ADMIN", "NET_RAW"):
                raise fail(self, f"app container asks for {cap}", cap,
                           "only the Gluetun container may manage the network; drop it from add_capabilities")
        return app

    def _checked_provider(self, provider: Optional[str], vpn_type: Optional[str]) -> str:
        """The provider, one Gluetun knows; ``vpn_type`` must be one of its types (their
        combination is checked by :meth:`_check_tunnel`)."""
        if provider is None or not str(provider).strip():
            raise fail(self, "VPN has no provider", provider,
                       "name Gluetun's VPN_SERVICE_PROVIDER, such as 'private internet access' or 'mullvad'")
        check_choice(self, provider, PROVIDERS, "VPN provider", problem="is not one Gluetun knows",
                     aliases={"pia": "private internet access", "proton": "protonvpn"})
        if vpn_type is not None:
            check_choice(self, vpn_type, ("openvpn", "wireguard"), "VPN type")
        return provider

    def _check_app_quantities(self) -> None:
        """The app's CPU and memory requests and limits are Kubernetes quantities."""
        for what, value in (("app CPU request", self.app.cpu_request), ("app memory request", self.app.memory_request),
                            ("app memory limit", self.app.memory_limit)):
            check_quantity(self, value, what)
        if self.app.cpu_limit is not None:
            check_quantity(self, self.app.cpu_limit, "app CPU limit")

    def _check_tunnel(self, vpn_type: Optional[str], server_regions: Sequence[str], port_forwarding: bool,
                      port_forward_only: Optional[bool], tun_device: bool, src_valid_mark: bool) -> None:
        """Check the tunnel's props; sets ``vpn_type``, ``server_regions``, ``port_forwarding`` and
        ``port_forward_only``."""
        if vpn_type == "wireguard" and self.provider == "private internet access":
            raise fail(self, "Gluetun has no native WireGuard for Private Internet Access", vpn_type,
                       "use vpn_type='openvpn' (the default), or provider='custom' with a WireGuard configuration")
        self.vpn_type = vpn_type
        self.server_regions = self._checked_regions(server_regions)
        for switch, switch_name in ((port_forwarding, "port_forwarding"), (tun_device, "tun_device"),
                                    (src_valid_mark, "src_valid_mark")):
            check_bool(self, switch, switch_name)
        if port_forwarding and self.provider not in PORT_FORWARDING_PROVIDERS:
            raise fail(self, f"Gluetun cannot forward a port with provider {self.provider}", port_forwarding,
                       f"set port_forwarding=False, or use one of: {', '.join(PORT_FORWARDING_PROVIDERS)}")
        self.port_forwarding = port_forwarding
        if port_forward_only is not None:
            check_bool(self, port_forward_only, "port_forward_only",
                       "write True, False, or None for 'on' with Private Internet Access and port forwarding")
        self.port_forward_only = (port_forwarding and self.provider == "private internet access"
                                  if port_forward_only is None else port_forward_only)

    def _checked_regions(self, server_regions: Sequence[str]) -> list[str]:
        """``SERVER_REGIONS`` as a list: at least one region, none blank or holding a comma."""
        regions = [server_regions] if isinstance(server_regions, str) else list(check_sequence(
            self, server_regions, "server_regions", example=["CA Montreal"]))
        if not regions:
            raise fail(self, "VPN server region list is empty", list(server_regions),
                       "name at least one region, such as ('CA Montreal',)")
        for region in regions:
            if not isinstance(region, str) or not region.strip() or "," in region:
                raise fail(self, "VPN server region is blank or holds a comma", region,
                           "list each region as its own string, such as ('CA Montreal', 'CA Toronto')")
        return regions

    def _check_image_and_timezone(self, gluetun_image: str, timezone: Optional[str]) -> None:
        """Check the Gluetun image and the timezone; sets ``timezone``."""
        if not isinstance(gluetun_image, str) or not gluetun_image.strip() or any(c.isspace() for c in gluetun_image):
            raise fail(self, "Gluetun image is empty or holds whitespace", gluetun_image,
                       f"pin an image such as {GLUETUN_IMAGE!r}")
        if timezone is not None and (not isinstance(timezone, str) or not _TIMEZONE.fullmatch(timezone)):
            raise fail(self, "timezone is not a tz database name", timezone,
                       "write a name such as 'Etc/UTC' or 'Europe/Berlin'")
        self.timezone = timezone

    def _check_firewall(self, firewall_input_ports: Optional[Sequence[int]],
                        cluster_subnets: Optional[Sequence[str]]) -> None:
        """Check Gluetun's firewall openings; sets ``firewall_input_ports`` (sorted, with the app's
        port) and ``cluster_subnets``."""
        inputs = [self.app.port] if firewall_input_ports is None else list(check_sequence(
            self, firewall_input_ports, "firewall_input_ports", lambda s, v, w: check_port(s, v, "firewall input port"),
            example=[self.app.port]))
        if not inputs:
            raise fail(self, "firewall input port list is empty", inputs,
                       f"open at least the app's web port, such as ({self.app.port},)")
        self.firewall_input_ports = sorted({check_port(self, p, "firewall input port") for p in inputs})
        if self.app.port not in self.firewall_input_ports:
            raise fail(self, f"firewall input ports leave out the app's web port {self.app.port}",
                       self.firewall_input_ports, f"add {self.app.port}, or the Service and route cannot reach the app")
        self.cluster_subnets = (None if cluster_subnets is None else list(check_sequence(
            self, cluster_subnets, "cluster_subnets", lambda s, v, w: check_network(s, v, "cluster subnet"),
            example=list(DEFAULT_CLUSTER_SUBNETS))))
        if self.cluster_subnets is not None and not self.cluster_subnets:
            raise fail(self, "cluster subnet list is empty", list(cluster_subnets or ()),
                       "give the cluster's pod and service CIDRs, or cluster DNS stops resolving")

    def _check_pod_props(self, resources: Resources, startup: ProbeTiming, liveness: ProbeTiming,
                         native_sidecar: bool, pod_annotations: Optional[Mapping[str, str]],
                         pdb_max_unavailable: Optional[int], credentials_as: str) -> None:
        check_instance(self, resources, Resources, "gluetun_resources",
                                                "write Resources(cpu_request='50m', memory_request='128Mi', ...)")
        for what, timing in (("gluetun_startup_probe", startup), ("gluetun_liveness_probe", liveness)):
            check_instance(self, timing, ProbeTiming, what, "write ProbeTiming(period_seconds=5, failure_threshold=60)")
        self.gluetun_resources, self.gluetun_startup_probe, self.gluetun_liveness_probe = resources, startup, liveness
        self.native_sidecar = check_bool(self, native_sidecar, "native_sidecar",
                                         "write True (Gluetun as a native sidecar, Kubernetes >= 1.29) or False "
                                         "(two plain containers, Gluetun first)")
        self.pod_annotations = (check_annotations(self, pod_annotations, "pod annotations")
                                if pod_annotations is not None else {})
        if pdb_max_unavailable is not None:
            check_int(self, pdb_max_unavailable, "pdb_max_unavailable", 1, optional=True)
            if pdb_max_unavailable < 1:
                raise fail(self, "pdb_max_unavailable must be at least 1", pdb_max_unavailable,
                           "write 1: the pod has one replica, so 0 would block every node drain")
        check_text(self, credentials_as, "credentials_as", "files")
        self.credentials_as = check_choice(self, credentials_as, CREDENTIAL_MODES, "credentials_as")

    def _check_web_props(self, service_port: Optional[int], service_port_name: str, load_balancer: bool,
                         load_balancer_ip: Optional[str],
                         gateway: Union[HomelabGateway, Sequence[HomelabGateway], None],
                         hostname: Optional[str]) -> Optional[str]:
        """Check the web UI's Service and route props before anything is built (HomelabApp takes
        them as they are); sets ``service_port`` and ``service_port_name``, returns the pinned IP."""
        self.service_port = self.app.port if service_port is None else check_port(self, service_port, "service port")
        self.service_port_name = check_dns_label(self, service_port_name, "service port name")
        check_bool(self, load_balancer, "load_balancer", "write True to expose the web UI as a LoadBalancer, or False")
        load_balancer_ip = pin_ip(self, load_balancer_ip) if load_balancer_ip is not None else None
        if hostname is not None and gateway is None:
            raise fail(self, "hostname given without a gateway", hostname,
                       "pass gateway=<the HomelabGateway that serves it>, or drop hostname")
        return load_balancer_ip

    def _built_gluetun_env(self) -> dict[str, str]:
        env = {"VPN_SERVICE_PROVIDER": self.provider}
        if self.vpn_type is not None:
            env["VPN_TYPE"] = self.vpn_type
        env.update({
            "SERVER_REGIONS": ",".join(self.server_regions),
            "VPN_PORT_FORWARDING": "on" if self.port_forwarding else "off",
            "FIREWALL_INPUT_PORTS": ",".join(map(str, self.firewall_input_ports)),
        })
        if self.cluster_subnets is not None:
            env["FIREWALL_OUTBOUND_SUBNETS"] = ",".join(self.cluster_subnets)
        if self.timezone is not None:
            env["TZ"] = self.timezone
        if self.port_forward_only:
            env["PORT_FORWARD_ONLY"] = "on"  # only servers that can forward a port
        if self.port_forwarding and self.app.port_forward_command:
            env.update(_without_go_template_braces(self.app.port_forward_command))
        return env

    #: Gluetun variables the typed props own (set them there)
    _OWNED_ENV = {"VPN_SERVICE_PROVIDER": "provider", "VPN_TYPE": "vpn_type", "SERVER_REGIONS": "server_regions",
                  "VPN_PORT_FORWARDING": "port_forwarding", "FIREWALL_INPUT_PORTS": "firewall_input_ports",
                  "FIREWALL_OUTBOUND_SUBNETS": "cluster_subnets", "TZ": "timezone",
                  "PORT_FORWARD_ONLY": "port_forward_only",
                  "VPN_PORT_FORWARDING_UP_COMMAND": "VpnApp(port_forward_command=...)"}

    def _check_gluetun_env(self, gluetun_env: object) -> dict[str, str]:
        if gluetun_env is None:
            return {}
        env = check_env(self, gluetun_env, "gluetun env", "pass it in credentials, read from the Secret")
        for variable in env:
            if variable in self._OWNED_ENV or variable.startswith("TEMPLATE_"):
                raise fail(self, "gluetun env sets a variable a prop writes", variable,
                           f"set it with {self._OWNED_ENV.get(variable, 'VpnApp(port_forward_command=...)')}")
            if variable in SECRET_FILES:
                raise fail(self, "gluetun env sets a credential", variable,
                           "pass it in credentials, read from the Secret")
        return env

    def _kill_switch_warnings(self) -> tuple[str, ...]:
        warnings = []
        if not self.native_sidecar:
            warnings.append("native_sidecar=False: Gluetun and the app start side by side, so the app may send "
                            "before Gluetun's firewall and tunnel are up (until then its traffic leaves through the "
                            "pod's own interface), and no network policy tells that from tunnel traffic: both leave the "
                            "same pod")
        if self.gluetun_env.get("FIREWALL", "").lower() in ("off", "no", "false", "0", "disable", "disabled"):
            warnings.append("gluetun env FIREWALL=off: Gluetun sets no firewall, so when the tunnel drops the app's "
                            "traffic leaves outside it, and no network policy tells that from tunnel traffic: both "
                            "leave the same pod")
        return tuple(warnings)

    def _credentials(self, store: Optional[Store], secret: str, key: str,
                     credentials: Optional[Mapping[str, Union[str, RemoteRef]]]) -> SyncedSecret:
        creds = (check_mapping(self, credentials, "credentials", example={"OPENVPN_USER": "username",
                                                                          "OPENVPN_PASSWORD": "password"})
                 if credentials is not None else {"OPENVPN_USER": "username", "OPENVPN_PASSWORD": "password"})
        for variable in creds:
            if self.credentials_as == "files" and variable not in SECRET_FILES:
                raise fail(self, "credential is not one Gluetun reads from a secret file", variable,
                           f"use one of: {', '.join(SECRET_FILES)}, or credentials_as='env'")
            if not isinstance(variable, str) or not ENV_NAME.fullmatch(variable):
                raise fail(self, "credential is not a valid variable name", variable,
                           "use letters, digits, '_', '-' or '.', not starting with a digit, such as 'OPENVPN_USER'")
        check_text(self, key, "credentials_key", "homelab/vpn", optional=True)
        by_key = sorted(v for v, ref in creds.items() if isinstance(ref, str))
        if key is None and by_key:
            raise fail(self, "credentials are properties of credentials_key, which is None", by_key,
                       "set credentials_key to the store key that holds them, such as 'homelab/vpn', or give each "
                       "one its own RemoteRef(key=..., property=...)")
        return SyncedSecret(self, "Credentials", name=secret, namespace=self.namespace,
                            store=store, remote_key=key, keys=creds)

    # ---- pieces

    def _volumes_and_claims(self, config_claim: Optional[ClaimSpec], downloads_claim: Optional[ClaimSpec],
                            gluetun_claim: Optional[ClaimSpec], config_path: str, downloads_path: str,
                            extra_volumes: Sequence[VpnVolume]) -> None:
        """Check the volumes and the app's mount paths, then write the claims the pod writes itself."""
        #: volume -> the claim it mounts (``None``: an emptyDir)
        self.claims: dict[str, Optional[str]] = {}
        #: volume -> the PersistentVolumeClaim this pod writes (not for existing claims)
        self.volume_claims: dict[str, k8s.KubePersistentVolumeClaim] = {}
        self.extra_volumes: tuple[VpnVolume, ...] = check_sequence(
            self, extra_volumes, "extra_volumes", lambda s, v, w: check_instance(
                s, v, VpnVolume, w, "write VpnVolume(name='data', mount_path='/data', claim=ClaimSpec(...))"),
            example=[Code("VpnVolume('data', '/data', ClaimSpec(existing_claim='arr-data'))")])
        #: the app's mount paths by volume
        self.mount_paths: dict[str, str] = {"config": config_path, "downloads": downloads_path}
        self._check_mount_paths()
        specs = [("config", config_claim), ("downloads", downloads_claim), ("gluetun", gluetun_claim)]
        specs += [(extra.name, extra.claim) for extra in self.extra_volumes]
        for volume, claim in specs:
            self._add_volume_claim(volume, claim)

    def _check_mount_paths(self) -> None:
        """The app's mount paths are absolute, each its own; extra volumes have names of their own."""
        for volume, path in self.mount_paths.items():
            if not isinstance(path, str) or not path.startswith("/") or path.rstrip("/") == "":
                raise fail(self, f"{volume} path is not an absolute path below /", path,
                           f"write an absolute path such as '/{volume}'")
        builtin = {"config", "downloads", "gluetun", "credentials", "tun"}
        paths = [*self.mount_paths.values(), *self.app.writable_paths]
        for extra in self.extra_volumes:
            if extra.name in builtin or extra.name.startswith("scratch-"):
                raise fail(self, "extra volume is named like a volume of the pod", extra.name,
                           "give it another name, such as 'data'")
            builtin.add(extra.name)
            if "app" in extra.containers:
                paths.append(extra.mount_path)
        if len({p.rstrip("/") for p in paths}) != len(paths):
            raise fail(self, "the app mounts two volumes at one path", paths,
                       "give config_path, downloads_path, writable paths and extra volumes each their own path")

    def _add_volume_claim(self, volume: str, claim: Optional[ClaimSpec]) -> None:
        """Record the claim ``volume`` mounts (``None``: an emptyDir), writing it when the pod owns it."""
        spec = _check_claim(self, volume, claim, self.namespace)
        if spec is None:
            self.claims[volume] = None
        elif spec.existing_claim is not None:
            self.claims[volume] = spec.existing_claim
        else:
            if spec.size is None and volume not in DEFAULT_CLAIM_SIZES:
                raise fail(self, f"{volume} claim has no size", spec,
                           "give ClaimSpec(size='10Gi'), or ClaimSpec(existing_claim=...) for a claim that exists")
            self.claims[volume] = f"{self.name}-{volume}"
            self.volume_claims[volume] = self._claim(volume, spec)

    def _claim(self, volume: str, spec: ClaimSpec) -> k8s.KubePersistentVolumeClaim:
        construct_id = f"{volume.capitalize()}Claim" if volume in DEFAULT_CLAIM_SIZES else f"Claim-{volume}"
        return k8s.KubePersistentVolumeClaim(
            self, construct_id,
            # the data outlives the pod: GitOps controllers never delete the claim on their own
            metadata=k8s.ObjectMeta(name=f"{self.name}-{volume}", namespace=self.namespace,
                                    labels={APP_LABEL: self.name}, annotations=KEEP_ON_PRUNE),
            spec=k8s.PersistentVolumeClaimSpec(
                access_modes=list(spec.access_modes),
                storage_class_name=spec.storage_class,
                resources=k8s.ResourceRequirements(
                    requests={"storage": k8s.Quantity.from_string(spec.size or DEFAULT_CLAIM_SIZES[volume])}),
            ),
        )

    def _gluetun_env(self) -> list[k8s.EnvVar]:
        env = {**self._built_gluetun_env(), **self.gluetun_env}
        return [k8s.EnvVar(name=k, value=v) for k, v in env.items()]

    def _gluetun(self, image: str, mounts: list[k8s.VolumeMount]) -> k8s.Container:
        healthcheck = k8s.ExecAction(command=HEALTHCHECK)
        return k8s.Container(
            name="gluetun", image=image,
            env=self._gluetun_env(),
            env_from=[k8s.EnvFromSource(secret_ref=k8s.SecretEnvSource(name=self.credentials.target_name))]
            if self.credentials_as == "env" else None,
            security_context=k8s.SecurityContext(
                allow_privilege_escalation=False,
                capabilities=k8s.Capabilities(add=["NET_ADMIN"])),
            lifecycle=k8s.Lifecycle(post_start=k8s.LifecycleHandler(
                exec=k8s.ExecAction(command=STALE_RULES_CLEANUP))),
            startup_probe=self.gluetun_startup_probe.probe(exec=healthcheck),
            liveness_probe=self.gluetun_liveness_probe.probe(exec=healthcheck),
            resources=self.gluetun_resources.binding(),
            volume_mounts=mounts,
        )

    def _app_container(self, mounts: list[k8s.VolumeMount]) -> k8s.Container:
        app = self.app
        tz = [k8s.EnvVar(name="TZ", value=self.timezone)] if self.timezone is not None else []
        return k8s.Container(
            name=app.name, image=app.image,
            env=tz + [k8s.EnvVar(name=k, value=v) for k, v in sorted(app.env.items())]
            + [k8s.EnvVar(name=k, value_from=k8s.EnvVarSource(secret_key_ref=k8s.SecretKeySelector(
                name=app.secret_name or "", key=key))) for k, key in sorted(app.secret_env.items())] or None,
            env_from=[k8s.EnvFromSource(config_map_ref=k8s.ConfigMapEnvSource(name=m))
                      for m in app.env_from_config_maps] or None,
            ports=[k8s.ContainerPort(name="http", container_port=app.port, protocol="TCP")],
            security_context=k8s.SecurityContext(
                run_as_non_root=True if app.run_as_non_root else None,
                run_as_user=app.run_as_user, run_as_group=app.run_as_user,
                allow_privilege_escalation=False,
                read_only_root_filesystem=True if app.read_only_root_filesystem else None,
                capabilities=k8s.Capabilities(drop=["ALL"], add=list(app.add_capabilities) or None)),
            readiness_probe=k8s.Probe(tcp_socket=k8s.TcpSocketAction(port=k8s.IntOrString.from_number(app.port)),
                                      period_seconds=10),
            liveness_probe=k8s.Probe(tcp_socket=k8s.TcpSocketAction(port=k8s.IntOrString.from_number(app.port)),
                                     period_seconds=30, failure_threshold=3),
            resources=app.resources().binding(),
            volume_mounts=mounts,
        )

    def _deployment(self, gluetun_image: str, tun_device: bool, src_valid_mark: bool) -> k8s.KubeDeployment:
        """The Deployment: one replica, recreated, of the pod of Gluetun and the app."""
        volumes, mounts, gluetun_mounts = self._pod_volumes(tun_device)
        gluetun = self._gluetun(gluetun_image, gluetun_mounts)
        app_container = self._app_container(mounts)
        cls = _SidecarDeployment if self.native_sidecar else k8s.KubeDeployment
        return cls(
            self, "Deployment",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace, labels=dict(self.labels)),
            spec=k8s.DeploymentSpec(
                replicas=1,
                # one pod at a time: two tunnels would fight over the forwarded port and the ip rules
                strategy=k8s.DeploymentStrategy(type="Recreate"),
                selector=k8s.LabelSelector(match_labels=dict(self.labels)),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=dict(self.labels), annotations=dict(self.pod_annotations) or None),
                    spec=self._pod_spec(gluetun, app_container, volumes, src_valid_mark),
                ),
            ),
        )

    def _pod_spec(self, gluetun: k8s.Container, app_container: k8s.Container, volumes: list[k8s.Volume],
                  src_valid_mark: bool) -> k8s.PodSpec:
        """The pod: Gluetun before the app, a restricted security context, no API token."""
        run_as = self.app.run_as_user
        return k8s.PodSpec(
            automount_service_account_token=False,  # neither container talks to the API server
            security_context=k8s.PodSecurityContext(
                fs_group=run_as, fs_group_change_policy="OnRootMismatch" if run_as is not None else None,
                seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
                sysctls=[k8s.Sysctl(name="net.ipv4.conf.all.src_valid_mark", value="1")]
                if src_valid_mark else None),
            # a native sidecar, or (plain containers) Gluetun first, as app-template's dependsOn
            init_containers=[gluetun] if self.native_sidecar else None,
            containers=[app_container] if self.native_sidecar else [gluetun, app_container],
            volumes=volumes,
        )

    def _pod_volumes(self, tun_device: bool) -> tuple[list[k8s.Volume], list[k8s.VolumeMount], list[k8s.VolumeMount]]:
        """The pod's volumes, the app's mounts and Gluetun's mounts."""
        volumes = [self._volume("config"), self._volume("downloads"), self._volume("gluetun")]
        mounts = [k8s.VolumeMount(name="config", mount_path=self.mount_paths["config"]),
                  k8s.VolumeMount(name="downloads", mount_path=self.mount_paths["downloads"])]
        for i, path in enumerate(self.app.writable_paths):
            volumes.append(k8s.Volume(name=f"scratch-{i}", empty_dir=k8s.EmptyDirVolumeSource()))
            mounts.append(k8s.VolumeMount(name=f"scratch-{i}", mount_path=path))
        gluetun_mounts = [k8s.VolumeMount(name="gluetun", mount_path="/gluetun")]
        if self.credentials_as == "files":
            gluetun_mounts.append(k8s.VolumeMount(name="credentials", mount_path="/run/secrets", read_only=True))
            volumes.append(k8s.Volume(name="credentials", secret=k8s.SecretVolumeSource(
                secret_name=self.credentials.target_name, default_mode=0o400,
                items=[k8s.KeyToPath(key=key, path=key.lower()) for key in sorted(self.credentials.keys)])))
        if tun_device:
            volumes.append(k8s.Volume(name="tun", host_path=k8s.HostPathVolumeSource(path="/dev/net/tun",
                                                                                   type="CharDevice")))
            gluetun_mounts.append(k8s.VolumeMount(name="tun", mount_path="/dev/net/tun"))
        for extra in self.extra_volumes:
            volumes.append(self._volume(extra.name))
            mount = k8s.VolumeMount(name=extra.name, mount_path=extra.mount_path)
            if "app" in extra.containers:
                mounts.append(mount)
            if "gluetun" in extra.containers:
                gluetun_mounts.append(mount)
        return volumes, mounts, gluetun_mounts

    def _budget(self, max_unavailable: int) -> k8s.KubePodDisruptionBudget:
        return k8s.KubePodDisruptionBudget(
            self, "DisruptionBudget",
            metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace, labels={APP_LABEL: self.name}),
            spec=k8s.PodDisruptionBudgetSpec(max_unavailable=k8s.IntOrString.from_number(max_unavailable),
                                             selector=k8s.LabelSelector(match_labels=dict(self.labels))))

    def _volume(self, name: str) -> k8s.Volume:
        claim = self.claims[name]
        if claim:
            return k8s.Volume(name=name, persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name=claim))
        return k8s.Volume(name=name, empty_dir=k8s.EmptyDirVolumeSource())

    def _web_ui(self, gateway: Union[HomelabGateway, Sequence[HomelabGateway], None], hostname: Optional[str],
                load_balancer: bool, load_balancer_ip: Optional[str]) -> HomelabApp:
        """The web UI's Service (to the app's port) and, with a gateway, its route."""
        return HomelabApp(self, "Web", name=self.name, namespace=self.namespace,
                          port=self.service_port, port_name=self.service_port_name,
                          target_port=self.app.port, gateway=gateway, hostname=hostname,
                          load_balancer=load_balancer, load_balancer_ip=load_balancer_ip,
                          service_labels=self.service_labels)
