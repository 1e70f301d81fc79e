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

This module holds the pod (:class:`VpnPod`, Gluetun and its defaults); the app container
(:class:`~.vpn_app.VpnApp`, :func:`~.vpn_app.qbittorrent`) lives in :mod:`.vpn_app`, the
resources, probe timings and volumes it takes (:class:`~.vpn_specs.Resources`,
:class:`~.vpn_specs.ProbeTiming`, :class:`~.vpn_specs.ClaimSpec`, :class:`~.vpn_specs.VpnVolume`)
in :mod:`.vpn_specs`.
"""
from __future__ import annotations

import re
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
    check_dns_label,
    check_env,
    check_instance,
    check_int,
    check_mapping,
    check_network,
    check_port,
    check_quantity,
    check_sequence,
    check_service_name,
    check_text,
    fail,
)
from ..gateway.gateway import HomelabGateway
from ..network.intents import EgressGrant, ToWorld
from ..network.lbipam import pin_ip
from ..secrets import RemoteRef, Store, SyncedSecret
from .app import APP_LABEL, HomelabApp, check_service_labels
from .vpn_app import VpnApp, qbittorrent
from .vpn_specs import DEFAULT_CLAIM_SIZES, ClaimSpec, ProbeTiming, Resources, VpnVolume, check_claim

#: Gluetun's image, pinned.
GLUETUN_IMAGE = "ghcr.io/qdm12/gluetun:v3.41.0"
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
#: How Gluetun gets its credentials: as files (``/run/secrets/...``) or as variables (``envFrom``).
CREDENTIAL_MODES = ("files", "env")
#: Gluetun's resources when none are given: requests 10m/64Mi, memory limit 256Mi.
GLUETUN_RESOURCES = Resources(cpu_request="10m", memory_request="64Mi", memory_limit="256Mi")
#: Gluetun's probes when none are given (its healthcheck as both)
GLUETUN_STARTUP_PROBE = ProbeTiming(period_seconds=5, timeout_seconds=5, failure_threshold=60)
GLUETUN_LIVENESS_PROBE = ProbeTiming(period_seconds=30, timeout_seconds=5, failure_threshold=3)


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
        config_claim: Optional[ClaimSpec] = ClaimSpec(),  # noqa: B008  (frozen: one shared default is safe)
        downloads_claim: Optional[ClaimSpec] = ClaimSpec(),  # noqa: B008  (frozen)
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
        spec = check_claim(self, volume, claim, self.namespace)
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
