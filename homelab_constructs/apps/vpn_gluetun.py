"""What Gluetun is told: the tunnel (:class:`VpnTunnel`: provider, type, regions, port
forwarding), the container (:class:`Gluetun`: image, variables, firewall openings, resources,
probes, security) and the credentials (:class:`VpnCredentials`: the Secret, where its values
come from, files or variables). A field left unset writes nothing, so Gluetun's own default
applies; :meth:`Gluetun.recommended` is the library's preset. Each value checks itself where it
is made; :class:`~.vpn.VpnPod` checks what spans them (the app's port among the firewall's
input ports, the port-forwarding hook).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Union

from .._validation import (
    ENV_NAME,
    FrozenDict,
    check_bool,
    check_choice,
    check_env,
    check_instance,
    check_mapping,
    check_network,
    check_port,
    check_sequence,
    check_text,
    fail,
)
from ..secrets import RemoteRef
from .vpn_specs import ContainerSecurity, ProbeTiming, Resources

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
#: Gluetun's provider when ``VPN_SERVICE_PROVIDER`` is not set.
GLUETUN_DEFAULT_PROVIDER = "private internet access"
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
#: How Gluetun gets its credentials: as files (``/run/secrets/...``) or as variables (``envFrom``).
CREDENTIAL_MODES = ("files", "env")
#: :meth:`Gluetun.recommended`'s resources: requests 10m/64Mi, memory limit 256Mi.
GLUETUN_RESOURCES = Resources(cpu_request="10m", memory_request="64Mi", memory_limit="256Mi")
#: :meth:`Gluetun.recommended`'s probes (its healthcheck as both)
GLUETUN_STARTUP_PROBE = ProbeTiming(period_seconds=5, timeout_seconds=5, failure_threshold=60)
GLUETUN_LIVENESS_PROBE = ProbeTiming(period_seconds=30, timeout_seconds=5, failure_threshold=3)
#: Gluetun variables the typed fields own, and where to set each
OWNED_ENV: Mapping[str, str] = FrozenDict({
    "VPN_SERVICE_PROVIDER": "VpnTunnel(provider=...)", "VPN_TYPE": "VpnTunnel(vpn_type=...)",
    "SERVER_REGIONS": "VpnTunnel(server_regions=...)", "VPN_PORT_FORWARDING": "VpnTunnel(port_forwarding=...)",
    "PORT_FORWARD_ONLY": "VpnTunnel(port_forward_only=...)", "FIREWALL_INPUT_PORTS": "Gluetun(firewall_input_ports=...)",
    "FIREWALL_OUTBOUND_SUBNETS": "Gluetun(cluster_subnets=...)", "TZ": "VpnPod(timezone=...)",
    "VPN_PORT_FORWARDING_UP_COMMAND": "VpnApp(port_forward_command=...)",
})
#: the default credentials: OpenVPN's user and password, properties of the credentials' key
DEFAULT_CREDENTIALS: Mapping[str, str] = FrozenDict({"OPENVPN_USER": "username", "OPENVPN_PASSWORD": "password"})


def _switch(path: str, value: object, what: str) -> Optional[bool]:
    """``None`` (not written), ``True`` (``on``) or ``False`` (``off``)."""
    if value is not None:
        check_bool(path, value, what, "write True ('on'), False ('off'), or None to leave it to Gluetun")
    return value  # type: ignore[return-value]


@dataclass(frozen=True)
class VpnTunnel:
    """The tunnel Gluetun opens; a field left ``None`` (or empty) is not written, so Gluetun's
    default applies.

    :param provider: ``VPN_SERVICE_PROVIDER``, one of :data:`PROVIDERS` (default ``None``:
        Gluetun's default, Private Internet Access).
    :param vpn_type: ``VPN_TYPE``, ``openvpn`` or ``wireguard`` (default ``None``: Gluetun's
        ``openvpn``); Private Internet Access has no native WireGuard.
    :param server_regions: ``SERVER_REGIONS``, such as ``("CA Montreal",)`` (default none: any).
    :param port_forwarding: ``VPN_PORT_FORWARDING`` (``True``: ``on``, ``False``: ``off``; default
        ``None``: Gluetun's ``off``); ``True`` only for :data:`PORT_FORWARDING_PROVIDERS`. The
        app's ``port_forward_command`` runs when a port is forwarded.
    :param port_forward_only: ``PORT_FORWARD_ONLY``, only servers that forward a port (``True``:
        ``on``, ``False``: ``off``; default ``None``).
    """

    provider: Optional[str] = None
    vpn_type: Optional[str] = None
    server_regions: tuple[str, ...] = ()
    port_forwarding: Optional[bool] = None
    port_forward_only: Optional[bool] = None

    def __post_init__(self) -> None:
        if self.provider is not None:
            check_choice("VpnTunnel.provider", self.provider, PROVIDERS, "VPN provider", problem="is not one Gluetun knows",
                         aliases={"pia": "private internet access", "proton": "protonvpn"})
        if self.vpn_type is not None:
            check_choice("VpnTunnel.vpn_type", self.vpn_type, ("openvpn", "wireguard"), "VPN type")
        if self.vpn_type == "wireguard" and self.provider_or_default == "private internet access":
            raise fail("VpnTunnel.vpn_type", "Gluetun has no native WireGuard for Private Internet Access", self.vpn_type,
                       "use vpn_type='openvpn' (or None), or provider='custom' with a WireGuard configuration")
        regions = self.server_regions
        regions = (regions,) if isinstance(regions, str) else check_sequence(
            "VpnTunnel.server_regions", regions, "server_regions", example=("CA Montreal",))
        for region in regions:
            if not isinstance(region, str) or not region.strip() or "," in region:
                raise fail("VpnTunnel.server_regions", "VPN server region is blank or holds a comma", region,
                           "list each region as its own string, such as ('CA Montreal', 'CA Toronto')")
        object.__setattr__(self, "server_regions", regions)
        _switch("VpnTunnel.port_forwarding", self.port_forwarding, "port_forwarding")
        _switch("VpnTunnel.port_forward_only", self.port_forward_only, "port_forward_only")
        if self.port_forwarding and self.provider_or_default not in PORT_FORWARDING_PROVIDERS:
            raise fail("VpnTunnel.port_forwarding", f"Gluetun cannot forward a port with provider {self.provider_or_default}",
                       self.port_forwarding, f"set port_forwarding=None, or use one of: {', '.join(PORT_FORWARDING_PROVIDERS)}")

    @property
    def provider_or_default(self) -> str:
        """The provider Gluetun uses: :attr:`provider`, else its default."""
        return self.provider or GLUETUN_DEFAULT_PROVIDER

    def env(self) -> dict[str, str]:
        """The variables it writes, in Gluetun's order."""
        env: dict[str, str] = {}
        if self.provider is not None:
            env["VPN_SERVICE_PROVIDER"] = self.provider
        if self.vpn_type is not None:
            env["VPN_TYPE"] = self.vpn_type
        if self.server_regions:
            env["SERVER_REGIONS"] = ",".join(self.server_regions)
        if self.port_forwarding is not None:
            env["VPN_PORT_FORWARDING"] = "on" if self.port_forwarding else "off"
        return env


@dataclass(frozen=True)
class Gluetun:
    """The Gluetun container; a field left ``None`` (or empty) is not written. It always gets
    ``NET_ADMIN`` (it sets up the tunnel and the firewall) and its ``FIREWALL_INPUT_PORTS``.
    :meth:`recommended` is the library's preset.

    :param image: the image, pinned (default :data:`GLUETUN_IMAGE`).
    :param env: more variables, such as ``{"DOT": "off"}`` (default none); not those a typed field
        writes (:data:`OWNED_ENV`), nor credentials (:class:`VpnCredentials`). ``FIREWALL: "off"``
        is taken, and reported in :attr:`~.vpn.VpnPod.kill_switch_warnings`.
    :param firewall_input_ports: ``FIREWALL_INPUT_PORTS``, the ports open on the pod's interface
        (default ``None``: the app's port, without which the Service cannot reach it).
    :param cluster_subnets: ``FIREWALL_OUTBOUND_SUBNETS``, the cluster's pod and service networks,
        reachable outside the tunnel: cluster DNS and in-cluster services (default ``None``: not
        written, the pod reaches nothing outside the tunnel; :data:`DEFAULT_CLUSTER_SUBNETS` are
        kubeadm's). With Cilium's socket load balancing a Service address becomes a pod address
        before the packet exists, so give both.
    :param resources: its :class:`Resources` (default ``None``).
    :param startup_probe: the timing of Gluetun's healthcheck as startup probe (default ``None``:
        no probe; with a native sidecar the app then starts as soon as Gluetun's container runs,
        which :attr:`~.vpn.VpnPod.kill_switch_warnings` reports).
    :param liveness_probe: the same as liveness probe (default ``None``).
    :param security: its :class:`ContainerSecurity`, beside ``NET_ADMIN`` (default ``None``).
    :param clean_stale_rules: a ``postStart`` hook that deletes WireGuard's ip rules left by an
        unclean exit (:data:`STALE_RULES_CLEANUP`, Gluetun's Kubernetes advice) (default ``False``).
    :param tun_device: mount the node's ``/dev/net/tun``, for runtimes that do not let a
        container create it (default ``False``).
    """

    image: str = GLUETUN_IMAGE
    env: Mapping[str, str] = field(default_factory=FrozenDict)
    firewall_input_ports: Optional[tuple[int, ...]] = None
    cluster_subnets: Optional[tuple[str, ...]] = None
    resources: Optional[Resources] = None
    startup_probe: Optional[ProbeTiming] = None
    liveness_probe: Optional[ProbeTiming] = None
    security: Optional[ContainerSecurity] = None
    clean_stale_rules: bool = False
    tun_device: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.image, str) or not self.image.strip() or any(c.isspace() for c in self.image):
            raise fail("Gluetun.image", "image is empty or holds whitespace", self.image,
                       f"pin an image such as {GLUETUN_IMAGE!r}")
        env = check_env("Gluetun.env", self.env, "env", "pass it in VpnCredentials, read from the Secret")
        for variable in env:
            if variable in OWNED_ENV or variable.startswith("TEMPLATE_"):
                raise fail("Gluetun.env", "env sets a variable a typed field writes", variable,
                           f"set it with {OWNED_ENV.get(variable, 'VpnApp(port_forward_command=...)')}")
            if variable in SECRET_FILES:
                raise fail("Gluetun.env", "env sets a credential", variable,
                           "pass it in VpnCredentials(variables=...), read from the Secret")
        object.__setattr__(self, "env", FrozenDict(env))
        if self.firewall_input_ports is not None:
            ports = check_sequence("Gluetun.firewall_input_ports", self.firewall_input_ports, "firewall_input_ports",
                                   lambda s, v, w: check_port(s, v, "firewall input port"), example=(8080,),
                                   item="port")
            if not ports:
                raise fail("Gluetun.firewall_input_ports", "firewall input port list is empty", ports,
                           "open at least the app's web port, such as (8080,), or None for that port")
            object.__setattr__(self, "firewall_input_ports", ports)
        if self.cluster_subnets is not None:
            subnets = check_sequence("Gluetun.cluster_subnets", self.cluster_subnets, "cluster_subnets",
                                     lambda s, v, w: check_network(s, v, "cluster subnet"),
                                     example=DEFAULT_CLUSTER_SUBNETS, item="subnet")
            if not subnets:
                raise fail("Gluetun.cluster_subnets", "cluster subnet list is empty", subnets,
                           "give the cluster's pod and service CIDRs, or None to write no FIREWALL_OUTBOUND_SUBNETS")
            object.__setattr__(self, "cluster_subnets", subnets)
        check_instance("Gluetun.resources", self.resources, Resources, "resources",
                       "write Resources(cpu_request='50m', memory_request='128Mi', ...)", optional=True)
        for probe in ("startup_probe", "liveness_probe"):
            check_instance(f"Gluetun.{probe}", getattr(self, probe), ProbeTiming, probe,
                           "write ProbeTiming(period_seconds=5, failure_threshold=60)", optional=True)
        check_instance("Gluetun.security", self.security, ContainerSecurity, "security",
                       "write ContainerSecurity(allow_privilege_escalation=False)", optional=True)
        check_bool("Gluetun.clean_stale_rules", self.clean_stale_rules, "clean_stale_rules")
        check_bool("Gluetun.tun_device", self.tun_device, "tun_device")

    @classmethod
    def recommended(cls, **changes: Any) -> "Gluetun":
        """The library's Gluetun, exactly: resources :data:`GLUETUN_RESOURCES` (requests 10m/64Mi,
        memory limit 256Mi), its healthcheck as startup probe (:data:`GLUETUN_STARTUP_PROBE`: every
        5 s, 5 s timeout, 60 failures) and as liveness probe (:data:`GLUETUN_LIVENESS_PROBE`: every
        30 s, 5 s timeout, 3 failures), ``allowPrivilegeEscalation: false`` and the stale-rules
        ``postStart`` hook; ``changes`` replace fields, such as ``image=...``."""
        return cls(**{"resources": GLUETUN_RESOURCES, "startup_probe": GLUETUN_STARTUP_PROBE,
                      "liveness_probe": GLUETUN_LIVENESS_PROBE,
                      "security": ContainerSecurity(allow_privilege_escalation=False), "clean_stale_rules": True,
                      **changes})


@dataclass(frozen=True)
class VpnCredentials:
    """Gluetun's credentials: an ExternalSecret writes the Secret ``secret`` from the pod's
    secret store; no secret value is ever part of the manifests.

    :param secret: the Secret (and ExternalSecret) (default ``vpn-credentials``).
    :param key: the key in the store that string values of ``variables`` are properties of
        (default ``homelab/vpn``; ``None`` when every value is a
        :class:`~homelab_constructs.secrets.RemoteRef`).
    :param variables: Gluetun variable → property of ``key``, or a
        :class:`~homelab_constructs.secrets.RemoteRef` (default ``OPENVPN_USER`` ← ``username``,
        ``OPENVPN_PASSWORD`` ← ``password``; for WireGuard ``{"WIREGUARD_PRIVATE_KEY": "private_key"}``).
    :param mode: ``files`` (default): each variable (one of :data:`SECRET_FILES`) is read from
        ``/run/secrets/<variable in lower case>``, never from Gluetun's environment; ``env``: the
        Secret's keys become Gluetun's variables (``envFrom.secretRef``).
    """

    secret: str = "vpn-credentials"
    key: Optional[str] = "homelab/vpn"
    variables: Mapping[str, Union[str, RemoteRef]] = field(default_factory=lambda: DEFAULT_CREDENTIALS)
    mode: str = "files"

    def __post_init__(self) -> None:
        check_text("VpnCredentials.secret", self.secret, "secret", "vpn-credentials")
        check_text("VpnCredentials.key", self.key, "key", "homelab/vpn", optional=True)
        check_text("VpnCredentials.mode", self.mode, "mode", "files")
        check_choice("VpnCredentials.mode", self.mode, CREDENTIAL_MODES, "mode")
        variables = check_mapping("VpnCredentials.variables", self.variables, "variables",
                                  example={"OPENVPN_USER": "username", "OPENVPN_PASSWORD": "password"},
                                  key="variable", item="source")
        for variable in variables:
            if not isinstance(variable, str) or not ENV_NAME.fullmatch(variable):
                raise fail("VpnCredentials.variables", "variable is not a valid variable name", variable,
                           "use letters, digits, '_', '-' or '.', not starting with a digit, such as 'OPENVPN_USER'")
            if self.mode == "files" and variable not in SECRET_FILES:
                raise fail("VpnCredentials.variables", "variable is not one Gluetun reads from a secret file", variable,
                           f"use one of: {', '.join(SECRET_FILES)}, or mode='env'")
        by_key = sorted(v for v, ref in variables.items() if isinstance(ref, str))
        if self.key is None and by_key:
            raise fail("VpnCredentials.key", "variables are properties of key, which is None", by_key,
                       "set key to the store key that holds them, such as 'homelab/vpn', or give each one its own "
                       "RemoteRef(key=..., property=...)")
        object.__setattr__(self, "variables", FrozenDict(variables))
