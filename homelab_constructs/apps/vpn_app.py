"""The app container of the VPN pod: :class:`VpnApp`, the container that shares Gluetun's
network, and :func:`qbittorrent`, the default one. :class:`~.vpn.VpnPod` runs it beside Gluetun.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

import constructs

from .._validation import (
    FrozenDict,
    check_dns_label,
    check_dns_subdomain,
    check_env,
    check_instance,
    check_json_value,
    check_port,
    check_secret_env,
    check_sequence,
    fail,
    frozen,
)
from .vpn_specs import ContainerSecurity, ProbeTiming, Resources

#: qBittorrent's rootless image, pinned (:func:`qbittorrent`'s default).
QBITTORRENT_IMAGE = "ghcr.io/home-operations/qbittorrent:5.1.2"

#: :meth:`VpnApp.recommended`'s resources: requests 100m/256Mi, memory limit 2Gi (qBittorrent's
#: disk cache lives in it), no CPU limit
RECOMMENDED_RESOURCES = Resources(cpu_request="100m", memory_request="256Mi", memory_limit="2Gi")
#: the capabilities only Gluetun may have: they manage the pod's network (and its kill switch)
NETWORK_CAPABILITIES = ("NET_ADMIN", "NET_RAW", "SYS_ADMIN", "ALL")


def _qbittorrent_port_command(web_port: int) -> str:
    """Gluetun's port-forwarding hook: tell qBittorrent (over localhost) its new listen port."""
    return ("/bin/sh -c 'wget -O- --retry-connrefused --post-data "
            "\"json={\\\"listen_port\\\":{{PORT}},\\\"current_network_interface\\\":\\\"{{VPN_INTERFACE}}\\\"}\" "
            f"http://127.0.0.1:{web_port}/api/v2/app/setPreferences 2>&1'")


@dataclass(frozen=True)
class VpnApp:
    """The container that shares Gluetun's network (see :func:`qbittorrent`); a field left
    ``None`` (or empty) writes nothing. :meth:`recommended` is the library's preset.

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
    :param env_from_config_maps: ConfigMaps of the pod's namespace whose keys become variables
        (``envFrom``), such as ``("arr-env",)`` (default none).
    :param port_forward_command: Gluetun's ``VPN_PORT_FORWARDING_UP_COMMAND``, with
        ``{{PORT}}`` for the forwarded port (default none), written when the tunnel forwards a
        port. The manifest spells the braces through
        ``$(TEMPLATE_OPEN_BRACE)``/``$(TEMPLATE_CLOSE_BRACE)`` (see
        :func:`~.vpn._without_go_template_braces`); as in any Kubernetes env value, ``$(NAME)`` of
        an earlier variable is expanded and ``$$`` becomes ``$``.
    :param writable_paths: emptyDir mounts besides the pod's volumes, for a read-only root
        filesystem: a tuple of distinct absolute paths (default none).
    :param resources: its :class:`~.vpn_specs.Resources` (default ``None``).
    :param security: its :class:`~.vpn_specs.ContainerSecurity` (default ``None``); it may not
        add ``NET_ADMIN``, ``NET_RAW``, ``SYS_ADMIN`` or ``ALL``: only Gluetun manages the network.
    :param readiness_probe: a TCP probe of ``port`` with this :class:`~.vpn_specs.ProbeTiming`
        as readiness probe (default ``None``: none).
    :param liveness_probe: the same as liveness probe (default ``None``: none).
    """

    image: str
    port: int
    name: str = "app"
    env: Mapping[str, str] = field(default_factory=FrozenDict)
    secret_env: Mapping[str, str] = field(default_factory=FrozenDict)
    secret_name: Optional[str] = None
    env_from_config_maps: tuple[str, ...] = ()
    port_forward_command: Optional[str] = None
    writable_paths: tuple[str, ...] = ()
    resources: Optional[Resources] = None
    security: Optional[ContainerSecurity] = None
    readiness_probe: Optional[ProbeTiming] = None
    liveness_probe: Optional[ProbeTiming] = None

    def __post_init__(self) -> None:
        """Keep what was given frozen (lists as tuples, dicts read-only); :meth:`validate` checks it."""
        for field_name, kind in (("env", Mapping), ("secret_env", Mapping), ("env_from_config_maps", list),
                                 ("writable_paths", list)):
            value = getattr(self, field_name)
            if isinstance(value, kind):
                object.__setattr__(self, field_name, frozen(value))

    @classmethod
    def recommended(cls, image: str, port: int, **fields: Any) -> "VpnApp":
        """The library's app container, exactly: :meth:`~.vpn_specs.ContainerSecurity.hardened`
        (``runAsNonRoot``, user and group 1000, read-only root filesystem, no privilege
        escalation, every capability dropped), an emptyDir at ``/tmp`` (``writable_paths``),
        requests 100m CPU and 256Mi memory with a 2Gi memory limit (no CPU limit: throttling
        stalls transfers), and TCP probes of ``port``: readiness every 10 s, liveness every 30 s
        with 3 failures; ``fields`` replace or add fields."""
        return cls(**{"image": image, "port": port, "security": ContainerSecurity.hardened(),
                      "writable_paths": ("/tmp",), "resources": RECOMMENDED_RESOURCES,
                      "readiness_probe": ProbeTiming(period_seconds=10),
                      "liveness_probe": ProbeTiming(period_seconds=30, failure_threshold=3), **fields})

    def validate(self, scope: constructs.Construct) -> None:
        """Raise ``ValueError`` for a prop the pod would refuse, or that would put a secret in the manifests."""
        self._check_container(scope)
        self._check_env(scope)
        self._check_settings(scope)
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

    def _check_settings(self, scope: constructs.Construct) -> None:
        """Resources, security and probes are their value classes; no network capability is added."""
        check_instance(scope, self.resources, Resources, "app resources",
                       "write Resources(cpu_request='100m', memory_request='256Mi', ...)", optional=True)
        check_instance(scope, self.security, ContainerSecurity, "app security",
                       "write ContainerSecurity(...) or ContainerSecurity.hardened()", optional=True)
        for probe in ("readiness_probe", "liveness_probe"):
            check_instance(scope, getattr(self, probe), ProbeTiming, f"app {probe}",
                           "write ProbeTiming(period_seconds=10)", optional=True)
        for cap in self.security.add_capabilities if self.security is not None else ():
            if cap in NETWORK_CAPABILITIES:
                raise fail(scope, f"app container asks for {cap}", cap,
                           "only the Gluetun container may manage the network; drop it from add_capabilities")

    def _check_port_forward_command(self, scope: constructs.Construct) -> None:
        """The port-forward hook, if any, is a non-blank string without a ``user:password@`` URL."""
        if self.port_forward_command is not None and (not isinstance(self.port_forward_command, str)
                                                      or not self.port_forward_command.strip()):
            raise fail(scope, "port-forward command is empty or not a string", self.port_forward_command,
                       "write a shell command with {{PORT}} for the forwarded port, or None for none")
        if self.port_forward_command is not None:
            check_json_value(scope, self.port_forward_command, "port-forward command")  # no user:password@ URL

    def _check_writable_paths(self, scope: constructs.Construct) -> None:
        """The writable paths are distinct absolute paths (the pod checks them against its volumes)."""
        paths = self.writable_paths
        if isinstance(paths, str) or not isinstance(paths, (list, tuple)):
            raise fail(scope, "writable paths are not a list of paths", paths,
                       f"write a tuple such as {(paths,) if isinstance(paths, str) else ('/tmp',)!r}")
        for path in paths:
            if not isinstance(path, str) or not path.startswith("/") or path.rstrip("/") == "":
                raise fail(scope, "writable path is not an absolute path below /", path,
                           "write an absolute path such as '/tmp'")
        if len({p.rstrip("/") for p in paths}) != len(paths):
            raise fail(scope, "a writable path is listed twice", list(paths), "list each path once")



def qbittorrent(port: int = 8080, image: str = QBITTORRENT_IMAGE, *, recommended: bool = False) -> VpnApp:
    """qBittorrent (rootless image) on ``port``; Gluetun pushes each forwarded port to it.
    ``recommended=True`` adds :meth:`VpnApp.recommended`'s preset (hardening, ``/tmp``,
    resources, probes).

    The hook calls the web API from localhost: enable "Bypass authentication for clients
    on localhost" in qBittorrent once.
    """
    fields: dict[str, Any] = {"name": "qbittorrent", "env": {"QBT_WEBUI_PORT": str(port)},
                              "port_forward_command": _qbittorrent_port_command(port)}
    return VpnApp.recommended(image, port, **fields) if recommended else VpnApp(image=image, port=port, **fields)
