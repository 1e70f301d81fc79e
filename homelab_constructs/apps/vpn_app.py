"""The app container of the VPN pod: :class:`VpnApp`, the container that shares Gluetun's
network, and :func:`qbittorrent`, the default one. :class:`~.vpn.VpnPod` runs it beside Gluetun.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional

import constructs

from .._validation import (
    check_bool,
    check_count,
    check_dns_label,
    check_dns_subdomain,
    check_env,
    check_json_value,
    check_port,
    check_secret_env,
    check_sequence,
    fail,
)
from .vpn_specs import Resources

#: qBittorrent's rootless image, pinned (:func:`qbittorrent`'s default).
QBITTORRENT_IMAGE = "ghcr.io/home-operations/qbittorrent:5.1.2"


def _qbittorrent_port_command(web_port: int) -> str:
    """Gluetun's port-forwarding hook: tell qBittorrent (over localhost) its new listen port."""
    return ("/bin/sh -c 'wget -O- --retry-connrefused --post-data "
            "\"json={\\\"listen_port\\\":{{PORT}},\\\"current_network_interface\\\":\\\"{{VPN_INTERFACE}}\\\"}\" "
            f"http://127.0.0.1:{web_port}/api/v2/app/setPreferences 2>&1'")


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
        :func:`~.vpn._without_go_template_braces`); as in any Kubernetes env value, ``$(NAME)`` of
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

