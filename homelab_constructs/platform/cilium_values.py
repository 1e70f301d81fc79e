"""Cilium's typed, validated Helm values: :class:`CiliumValues`, its option groups and profiles.

:class:`CiliumValues` holds every choice as a typed option (routing, kube-proxy replacement,
load balancing, L2 announcements, BGP, the Gateway API controller, Hubble, the bandwidth
manager, the datapath, Multus coexistence, monitoring) and checks the combinations Cilium
refuses or silently ignores. The same values come out three ways:

- :class:`~homelab_constructs.platform.cilium.CiliumRelease`: a Flux ``HelmRelease`` of them;
- :meth:`CiliumValues.values_yaml`: a values file for ``helm install -f``;
- :meth:`CiliumValues.set_flags` / :meth:`CiliumValues.cilium_install_command`: ``--set``
  flags for ``cilium install`` on a cluster without Flux (or to bootstrap the CNI that
  Flux itself needs; Flux then adopts the ``cilium`` release in ``kube-system``).

Two profiles bundle what real homelabs turn on, with a few additions: :meth:`CiliumValues.gateway_profile`
(Cilium as the Gateway API controller, L2 announcements; plus Hubble relay and UI)
and :meth:`CiliumValues.performance_profile` (a Talos homelab's: native routing, Maglev + DSR, netkit,
BBR, BPF masquerading, L2 + BGP, Multus, KubePrism; plus Hubble metrics and ServiceMonitors).
A homelab's exact values are plain ``CiliumValues(...)``, one option per value it sets.

Only what is set is written: every option defaults to ``None`` (or an empty group), which
writes nothing and leaves the chart's own default in place, so ``CiliumValues(gateway_api=True,
kube_proxy_replacement=True, l2_announcements=True, k8s_service_host=..., k8s_service_port=6443)``
gives exactly those five ``--set`` flags and ``CiliumValues()`` gives none. The checks of
combinations read an unset option as the chart's default (:data:`CHART_DEFAULTS`).

No CRD bindings are loaded here; the text forms come from the generic :mod:`.helm`.
"""
from __future__ import annotations

import dataclasses
import ipaddress
import re
import shlex
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence, Union

import constructs

from .._validation import (
    check_annotations,
    check_choice,
    check_count,
    check_dns_label,
    check_json_value,
    check_port,
    check_text,
    fail,
    is_dns_name,
)
from ..delivery.helm import deep_merge, helm_set_flags, leaf_paths, values_yaml

#: The ``cilium`` chart version: the one of the pinned CRDs (``../shared/crds/cilium/v1.18.4``).
CILIUM_CHART_VERSION = "1.18.4"

#: Hubble metric names Cilium 1.18 knows (each may take options after ``:``, as ``dns:query``).
HUBBLE_METRICS = frozenset({"dns", "drop", "flow", "flows-to-world", "http", "httpV2", "icmp", "kafka", "policy",
                            "port-distribution", "tcp"})
#: The Hubble metrics a performance-tuned homelab enables.
PERFORMANCE_HUBBLE_METRICS: tuple[str, ...] = ("dns:query", "drop", "tcp", "flow", "port-distribution", "icmp", "http")

ROUTING_MODES = ("tunnel", "native")
LB_ALGORITHMS = ("random", "maglev")
LB_MODES = ("snat", "dsr", "hybrid")
DATAPATH_MODES = ("veth", "netkit", "netkit-l2")
IPAM_MODES = ("cluster-pool", "kubernetes", "multi-pool")
#: Linux capabilities, as the chart's ``securityContext.capabilities`` lists name them (no ``CAP_``).
CAPABILITIES = frozenset({
    "AUDIT_CONTROL", "AUDIT_READ", "AUDIT_WRITE", "BLOCK_SUSPEND", "BPF", "CHECKPOINT_RESTORE", "CHOWN",
    "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "IPC_LOCK", "IPC_OWNER", "KILL", "LEASE",
    "LINUX_IMMUTABLE", "MAC_ADMIN", "MAC_OVERRIDE", "MKNOD", "NET_ADMIN", "NET_BIND_SERVICE", "NET_BROADCAST",
    "NET_RAW", "PERFMON", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYSLOG", "SYS_ADMIN", "SYS_BOOT", "SYS_CHROOT",
    "SYS_MODULE", "SYS_NICE", "SYS_PACCT", "SYS_PTRACE", "SYS_RAWIO", "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG",
    "WAKE_ALARM"})
#: Talos' capabilities of the agent container (``securityContext.capabilities.ciliumAgent``).
TALOS_AGENT_CAPABILITIES: tuple[str, ...] = (
    "CHOWN", "KILL", "NET_ADMIN", "NET_RAW", "IPC_LOCK", "SYS_ADMIN", "SYS_RESOURCE", "PERFMON", "BPF", "DAC_OVERRIDE",
    "FOWNER", "SETGID", "SETUID")
#: Talos' capabilities of the ``clean-cilium-state`` init container.
TALOS_CLEAN_STATE_CAPABILITIES: tuple[str, ...] = ("NET_ADMIN", "SYS_ADMIN", "SYS_RESOURCE")
#: Talos' KubePrism: the API server on every node at ``127.0.0.1:7445``.
KUBEPRISM = ("127.0.0.1", 7445)

#: What an unset option means: the chart's default, as the combination checks read it.
CHART_DEFAULTS: Mapping[str, Any] = {
    "routing_mode": "tunnel", "auto_direct_node_routes": False, "kube_proxy_replacement": False,
    "l2_announcements": False, "bgp_control_plane": False, "gateway_api": False, "bandwidth_manager": False,
    "bbr": False, "bpf_masquerade": False, "datapath_mode": "veth", "cni_exclusive": True, "envoy": True,
    "lb_algorithm": "random", "lb_mode": "snat",
}

_METRIC = re.compile(r"^([A-Za-z][A-Za-z0-9-]*)(:[^\s{}]+)?$")
_DEVICE = re.compile(r"^[A-Za-z0-9_.:+-]{1,15}$")
_CLUSTER_NAME = re.compile(r"^[a-z0-9]([-a-z0-9]{0,30}[a-z0-9])?$")
_HOST_PATH = re.compile(r"^/[^\s\x00]*$")
_CHART_VERSION = re.compile(r"^v?[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$")

Where = Union[constructs.Construct, str]


@dataclass(frozen=True)
class LoadBalancing:
    """Cilium's service load balancing (Helm ``loadBalancer``); each option unset writes nothing.

    :param algorithm: backend selection, ``random`` or ``maglev`` (consistent hashing: a
        backend keeps its flows when another node takes over the VIP) (default ``None``: the
        chart's ``random``).
    :param mode: ``snat``, ``dsr`` (direct server return: replies leave from the backend's
        node, the client IP is kept) or ``hybrid`` (DSR for TCP, SNAT for UDP) (default
        ``None``: the chart's ``snat``). ``dsr`` and ``hybrid`` need native routing and
        kube-proxy replacement.
    :param service_topology: honour Services' topology-aware routing hints
        (``loadBalancer.serviceTopology``; default ``None``: the chart's ``false``).
    """

    algorithm: Optional[str] = None
    mode: Optional[str] = None
    service_topology: Optional[bool] = None


@dataclass(frozen=True)
class Hubble:
    """Hubble, Cilium's flow observability (Helm ``hubble``); ``CiliumValues(hubble=None)`` (the
    default) writes no ``hubble`` key, leaving the chart's defaults.

    :param relay: run Hubble Relay, the cluster-wide flow API (default ``True``).
    :param ui: run the Hubble UI, Service ``hubble-ui`` port 80 (default ``True``; needs the relay).
    :param metrics: Prometheus metrics to export, such as ``("dns:query", "drop")``
        (default none; names from :data:`HUBBLE_METRICS`, options after ``:``).
    :param enabled: ``False`` turns Hubble off (writes only ``hubble.enabled: false``; the
        other options are then ignored) (default ``True``).
    """

    relay: bool = True
    ui: bool = True
    metrics: tuple[str, ...] = ()
    enabled: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.metrics, list):
            object.__setattr__(self, "metrics", tuple(self.metrics))


@dataclass(frozen=True)
class ServiceMonitors:
    """Prometheus Operator ServiceMonitors the chart creates (each needs the monitoring CRDs).

    :param agent: the Cilium agent's metrics (default ``True``).
    :param operator: the operator's metrics (default ``True``).
    :param envoy: the Cilium Envoy DaemonSet's metrics (default ``True``).
    :param hubble: Hubble's metrics and the relay's (default ``True``; needs Hubble metrics).
    """

    agent: bool = True
    operator: bool = True
    envoy: bool = True
    hubble: bool = True


@dataclass(frozen=True)
class ChartDashboards:
    """Grafana dashboard ConfigMaps the chart writes (Helm ``dashboards`` / ``operator.dashboards``):
    ``cilium-dashboard`` and ``cilium-operator-dashboard``, for Grafana's sidecar or a
    :class:`~homelab_constructs.monitoring.dashboards.ConfigMapDashboard`.

    :param annotations: annotations of the ConfigMap, such as ``{"grafana_folder": "Cilium"}``
        (default none).
    :param namespace: where the ConfigMap goes (default ``None``: the release's namespace).
    """

    annotations: Mapping[str, str] = field(default_factory=dict)
    namespace: Optional[str] = None


@dataclass(frozen=True)
class ClientRateLimit:
    """The agent's and operator's Kubernetes client rate limit (Helm ``k8sClientRateLimit``).

    L2 announcements renew one Lease per announced Service: size ``qps`` at about the number
    of announced Services divided by the lease renew deadline (5 s by default); Cilium's own
    default (5 QPS, bursts of 10) is soon exhausted.

    :param qps: sustained requests per second.
    :param burst: short bursts, at least ``qps``.
    """

    qps: int
    burst: int


@dataclass(frozen=True)
class CiliumValues:
    """Typed Cilium 1.18 Helm values; :meth:`helm_values` checks the combinations first.

    Every option left at its default (``None``, an empty tuple, ``False`` for
    ``roll_out_pods``) writes nothing: the chart's default applies (:data:`CHART_DEFAULTS`
    says which, for the checks). Set an option, even to the chart's default value, and it
    is written.

    :param routing_mode: ``tunnel`` (VXLAN between nodes) or ``native`` (the network routes pod
        addresses; needs ``ipv4_native_routing_cidr``) (default ``None``: the chart's tunnel).
    :param ipv4_native_routing_cidr: the CIDR routed without encapsulation nor masquerading,
        usually the pod CIDR (default ``None``).
    :param auto_direct_node_routes: install routes to other nodes' pod CIDRs, for nodes on one
        L2 segment (default ``None``: off; native routing only).
    :param kube_proxy_replacement: Cilium replaces kube-proxy (default ``None``: off; needs
        ``k8s_service_host`` and ``k8s_service_port``).
    :param k8s_service_host: the API server's address, reachable without kube-proxy (default
        ``None``; with Talos' KubePrism ``127.0.0.1``).
    :param k8s_service_port: the API server's port (default ``None``; KubePrism's is 7445).
    :param k8s_client_rate_limit: the Kubernetes client rate limit (default ``None``: Cilium's
        5 QPS / 10 burst; raise it for L2 announcements, see :class:`ClientRateLimit`).
    :param load_balancing: algorithm, mode and service topology (default ``None``: the chart's
        random, SNAT).
    :param l2_announcements: answer ARP for LoadBalancer IPs (default ``None``: off; needs
        kube-proxy replacement).
    :param bgp_control_plane: run the BGP control plane that ``BgpPeering`` configures
        (default ``None``: off).
    :param gateway_api: Cilium as the Gateway API controller, GatewayClass ``cilium``
        (default ``None``: off; needs kube-proxy replacement).
    :param hubble: Hubble's relay, UI and metrics (default ``None``: no ``hubble`` key, the
        chart's defaults; ``Hubble(enabled=False)`` turns it off).
    :param bandwidth_manager: EDT-based pacing and the ``kubernetes.io/egress-bandwidth``
        annotation (default ``None``: off).
    :param bbr: BBR congestion control for pods (default ``None``: off; needs the bandwidth
        manager and kernel >= 5.18).
    :param bpf_masquerade: masquerade in eBPF instead of iptables (default ``None``: off; needs
        kube-proxy replacement).
    :param datapath_mode: pod devices, ``veth``, ``netkit`` or ``netkit-l2`` (kernel >= 6.8;
        need eBPF host routing: BPF masquerading and kube-proxy replacement) (default ``None``:
        the chart's veth).
    :param devices: host devices Cilium attaches to and announces on, such as ``("eth+",)``
        (written as a list), or the chart's string form, such as ``"eth+"`` or ``"eth0 eth1"``
        (written as given) (default none: auto-detected).
    :param cni_exclusive: Cilium owns ``/etc/cni/net.d`` (default ``None``: the chart's
        ``true``; ``False`` lets Multus and other CNI configs coexist).
    :param ipam_mode: ``cluster-pool``, ``kubernetes`` (pod CIDRs from the nodes) or
        ``multi-pool`` (default ``None``: the chart's ``cluster-pool``).
    :param operator_replicas: operator replicas (default ``None``: the chart's 2; use 1 on a
        single node).
    :param service_monitors: ServiceMonitors for Prometheus, with the matching
        ``prometheus.enabled`` (default ``None``: none).
    :param roll_out_pods: shorthand that restarts the agent, operator, Envoy and Hubble pods
        when their configuration changes (default ``False``: writes nothing); for the agent
        and operator alone use ``roll_out_cilium_pods`` and ``operator_roll_out_pods``.
    :param extra_values: more Helm values, merged in (default none); a value a typed option
        already sets is refused, and so is anything that is not JSON (NaN, sets, objects, keys
        that are not strings), with its path, such as ``extra_values.hubble.x``.
    :param cluster_name: ``cluster.name``, up to 32 lowercase letters, digits and ``-``
        (default ``None``: the chart's ``default``).
    :param cluster_id: ``cluster.id``, 0-255 (default ``None``: the chart's 0).
    :param bpf_clock_probe: ``bpfClockProbe``, jiffies instead of ktime in BPF maps where the
        kernel allows (default ``None``: off).
    :param bpf_preallocate_maps: ``bpf.preallocateMaps`` (default ``None``: off).
    :param cgroup_automount: ``cgroup.automount.enabled``; ``False`` where the host mounts
        cgroup v2 itself, as Talos does (default ``None``: the chart's ``true``).
    :param cgroup_host_root: ``cgroup.hostRoot``, the host's cgroup v2 mount, such as
        ``/sys/fs/cgroup`` (default ``None``: the chart's ``/run/cilium/cgroupv2``).
    :param endpoint_routes: ``endpointRoutes.enabled``, one route per endpoint instead of one
        per node (default ``None``: off).
    :param enable_ipv4_big_tcp: ``enableIPv4BIGTCP`` (default ``None``: off).
    :param envoy: ``envoy.enabled``, the separate Cilium Envoy DaemonSet; ``False`` runs the
        proxy inside the agent (default ``None``: the chart's ``true``).
    :param kube_proxy_replacement_healthz_bind_addr: ``kubeProxyReplacementHealthzBindAddr``,
        ``host:port`` of kube-proxy's health endpoint, such as ``0.0.0.0:10256`` (default
        ``None``: off).
    :param local_redirect_policies: ``localRedirectPolicies.enabled`` (default ``None``: off).
    :param roll_out_cilium_pods: ``rollOutCiliumPods``, restart the agent when its ConfigMap
        changes (default ``None``: off).
    :param operator_roll_out_pods: ``operator.rollOutPods`` (default ``None``: off).
    :param dashboards: the agent's Grafana dashboard ConfigMap (``dashboards.enabled``) (default
        ``None``: none).
    :param operator_dashboards: the operator's (``operator.dashboards.enabled``) (default
        ``None``: none).
    :param agent_capabilities: ``securityContext.capabilities.ciliumAgent``, such as
        :data:`TALOS_AGENT_CAPABILITIES` (default ``None``: the chart's list).
    :param clean_state_capabilities: ``securityContext.capabilities.cleanCiliumState``, such
        as :data:`TALOS_CLEAN_STATE_CAPABILITIES` (default ``None``: the chart's list).
    :param socket_lb: ``socketLB.enabled``, socket-level load balancing (default ``None``:
        the chart's, on with kube-proxy replacement).
    :param socket_lb_host_namespace_only: ``socketLB.hostNamespaceOnly``, skip socket load
        balancing in pods (default ``None``: off).
    :param pmtu_discovery: ``pmtuDiscovery.enabled`` (default ``None``: off).
    """

    routing_mode: Optional[str] = None
    ipv4_native_routing_cidr: Optional[str] = None
    auto_direct_node_routes: Optional[bool] = None
    kube_proxy_replacement: Optional[bool] = None
    k8s_service_host: Optional[str] = None
    k8s_service_port: Optional[int] = None
    k8s_client_rate_limit: Optional[ClientRateLimit] = None
    load_balancing: Optional[LoadBalancing] = None
    l2_announcements: Optional[bool] = None
    bgp_control_plane: Optional[bool] = None
    gateway_api: Optional[bool] = None
    hubble: Optional[Hubble] = None
    bandwidth_manager: Optional[bool] = None
    bbr: Optional[bool] = None
    bpf_masquerade: Optional[bool] = None
    datapath_mode: Optional[str] = None
    devices: tuple[str, ...] | str = ()
    cni_exclusive: Optional[bool] = None
    ipam_mode: Optional[str] = None
    operator_replicas: Optional[int] = None
    service_monitors: Optional[ServiceMonitors] = None
    roll_out_pods: bool = False
    extra_values: Mapping[str, Any] = field(default_factory=dict)
    cluster_name: Optional[str] = None
    cluster_id: Optional[int] = None
    bpf_clock_probe: Optional[bool] = None
    bpf_preallocate_maps: Optional[bool] = None
    cgroup_automount: Optional[bool] = None
    cgroup_host_root: Optional[str] = None
    endpoint_routes: Optional[bool] = None
    enable_ipv4_big_tcp: Optional[bool] = None
    envoy: Optional[bool] = None
    kube_proxy_replacement_healthz_bind_addr: Optional[str] = None
    local_redirect_policies: Optional[bool] = None
    roll_out_cilium_pods: Optional[bool] = None
    operator_roll_out_pods: Optional[bool] = None
    dashboards: Optional[ChartDashboards] = None
    operator_dashboards: Optional[ChartDashboards] = None
    agent_capabilities: Optional[tuple[str, ...]] = None
    clean_state_capabilities: Optional[tuple[str, ...]] = None
    socket_lb: Optional[bool] = None
    socket_lb_host_namespace_only: Optional[bool] = None
    pmtu_discovery: Optional[bool] = None

    def __post_init__(self) -> None:
        for name in ("devices", "agent_capabilities", "clean_state_capabilities"):
            if isinstance(getattr(self, name), list):
                object.__setattr__(self, name, tuple(getattr(self, name)))

    def effective(self, name: str) -> Any:
        """The option ``name`` as Cilium runs it: its value, or when unset the chart's default
        (:data:`CHART_DEFAULTS`; ``lb_algorithm`` and ``lb_mode`` for :class:`LoadBalancing`'s)."""
        if name in ("lb_algorithm", "lb_mode"):
            value = getattr(self.load_balancing, name[3:], None) if isinstance(self.load_balancing,
                                                                              LoadBalancing) else None
        else:
            value = getattr(self, name)
        return CHART_DEFAULTS.get(name) if value is None else value

    # ---- profiles

    @classmethod
    def gateway_profile(cls, *, k8s_service_host: str, k8s_service_port: int = 6443,
                        k8s_client_rate_limit: Optional[ClientRateLimit] = None) -> "CiliumValues":
        """The gateway homelab's features: Cilium as the Gateway API controller (GatewayClass ``cilium``),
        kube-proxy replacement, L2 announcements of LoadBalancer IPs, plus Hubble relay and UI;
        the chart's defaults for routing (tunnel), load balancing (random, SNAT), BGP (off),
        the bandwidth manager (off), the datapath (veth, iptables masquerading) and
        ``cni.exclusive`` are written out explicitly. A ``cilium install`` homelab may set only five values:
        ``CiliumValues(gateway_api=True, kube_proxy_replacement=True, l2_announcements=True,
        k8s_service_host=..., k8s_service_port=6443)`` writes exactly those.

        :param k8s_service_host: the API server's address (kube-proxy replacement needs it).
        :param k8s_service_port: its port (default ``6443``).
        :param k8s_client_rate_limit: see :class:`ClientRateLimit` (default ``None``).
        """
        return cls(routing_mode="tunnel", kube_proxy_replacement=True, k8s_service_host=k8s_service_host,
                   k8s_service_port=k8s_service_port, k8s_client_rate_limit=k8s_client_rate_limit,
                   load_balancing=LoadBalancing("random", "snat"), l2_announcements=True, bgp_control_plane=False,
                   gateway_api=True, hubble=Hubble(relay=True, ui=True), bandwidth_manager=False,
                   bpf_masquerade=False, datapath_mode="veth", cni_exclusive=True)

    @classmethod
    def performance_profile(
        cls,
        *,
        native_routing_cidr: str,
        k8s_service_host: str = KUBEPRISM[0],
        k8s_service_port: int = KUBEPRISM[1],
        devices: Sequence[str] = ("eth+",),
        hubble_metrics: Sequence[str] = PERFORMANCE_HUBBLE_METRICS,
        gateway_api: bool = False,
        operator_replicas: Optional[int] = 1,
        k8s_client_rate_limit: Optional[ClientRateLimit] = None,
        extra_values: Optional[Mapping[str, Any]] = None,
    ) -> "CiliumValues":
        """A Talos homelab's datapath: native routing with direct node routes and Kubernetes IPAM,
        kube-proxy replacement, Maglev + DSR, netkit with BPF masquerading, the bandwidth
        manager with BBR, L2 announcements and the BGP control plane, Multus coexistence
        (``cni.exclusive: false``) and pods rolled on configuration changes; the profile adds
        Hubble relay + UI + metrics and ServiceMonitors for everything (a Talos homelab may write no
        ``hubble`` key and runs no Envoy DaemonSet). Kernel >= 6.8 on every node (netkit).
        Such a homelab's values exactly are plain ``CiliumValues(...)``, one option each (as the Talos
        example under ``examples/`` writes them).

        :param native_routing_cidr: the pod CIDR, routed natively (``ipv4NativeRoutingCIDR``;
            for example ``10.69.0.0/16``).
        :param k8s_service_host: the API server's address (default ``127.0.0.1``: Talos'
            KubePrism).
        :param k8s_service_port: its port (default ``7445``: KubePrism's).
        :param devices: host devices (default ``("eth+",)``).
        :param hubble_metrics: Hubble metrics (default :data:`PERFORMANCE_HUBBLE_METRICS`).
        :param gateway_api: also run Cilium's Gateway API controller (default ``False``: seed
            002's gateways are Envoy Gateway's).
        :param operator_replicas: operator replicas (default ``1``).
        :param k8s_client_rate_limit: see :class:`ClientRateLimit` (default ``None``).
        :param extra_values: more Helm values (default none), as :class:`CiliumValues`'.
        """
        return cls(
            routing_mode="native", ipv4_native_routing_cidr=native_routing_cidr, auto_direct_node_routes=True,
            kube_proxy_replacement=True, k8s_service_host=k8s_service_host, k8s_service_port=k8s_service_port,
            k8s_client_rate_limit=k8s_client_rate_limit,
            load_balancing=LoadBalancing(algorithm="maglev", mode="dsr"),
            l2_announcements=True, bgp_control_plane=True, gateway_api=gateway_api,
            hubble=Hubble(relay=True, ui=True, metrics=tuple(hubble_metrics)),
            bandwidth_manager=True, bbr=True, bpf_masquerade=True, datapath_mode="netkit",
            devices=tuple(devices), cni_exclusive=False, ipam_mode="kubernetes", operator_replicas=operator_replicas,
            service_monitors=ServiceMonitors(), roll_out_pods=True, extra_values={} if extra_values is None else
            dict(extra_values) if isinstance(extra_values, Mapping) else extra_values,
        )

    # ---- validation

    def validate(self, where: Where = "CiliumValues") -> None:
        """Raise ``ValueError`` (``<where>: ...``) for a value or combination Cilium refuses."""
        self._check_types(where)
        lb = self.load_balancing
        for value, choices, what in ((self.routing_mode, ROUTING_MODES, "routing mode"),
                                     (lb.algorithm if lb else None, LB_ALGORITHMS, "load-balancer algorithm"),
                                     (lb.mode if lb else None, LB_MODES, "load-balancer mode"),
                                     (self.datapath_mode, DATAPATH_MODES, "datapath mode"),
                                     (self.ipam_mode, IPAM_MODES, "IPAM mode")):
            if value is not None:
                check_choice(where, value, choices, what)
        self._check_routing(where)
        self._check_api_server(where)
        self._check_datapath(where)
        self._check_client_rate_limit(where)
        self._check_hubble(where)
        self._check_devices(where)
        self._check_node_setup(where)
        if self.operator_replicas is not None:
            check_count(where, self.operator_replicas, "operator replicas", 1)

    def _check_datapath(self, where: Where) -> None:
        """Load-balancer mode, datapath and features against kube-proxy replacement and routing."""
        kpr_fix = "set kube_proxy_replacement=True with k8s_service_host and k8s_service_port"
        kpr = self.effective("kube_proxy_replacement")
        lb_mode, datapath = self.effective("lb_mode"), self.effective("datapath_mode")
        if lb_mode in ("dsr", "hybrid"):
            if not kpr:
                raise fail(where, f"load-balancer mode {lb_mode} needs kube-proxy replacement", kpr,
                           f"{kpr_fix}, or use mode 'snat'")
            if self.effective("routing_mode") != "native":
                raise fail(where, f"load-balancer mode {lb_mode} needs native routing", self.effective("routing_mode"),
                           "set routing_mode='native' with ipv4_native_routing_cidr (DSR's IP "
                           "option does not cross a tunnel), or use mode 'snat'")
        if datapath != "veth":  # netkit needs eBPF host routing: BPF masquerading and KPR
            if not self.effective("bpf_masquerade"):
                raise fail(where, f"datapath mode {datapath} needs BPF masquerading (eBPF host routing)",
                           self.effective("bpf_masquerade"),
                           "set bpf_masquerade=True (with kube-proxy replacement), or use 'veth'")
            if not kpr:
                raise fail(where, f"datapath mode {datapath} needs kube-proxy replacement (eBPF host "
                                  "routing)", kpr, kpr_fix)
        for name, feature in (("gateway_api", "the Gateway API controller needs"),
                              ("l2_announcements", "L2 announcements need"),
                              ("bpf_masquerade", "BPF masquerading needs")):
            if self.effective(name) and not kpr:
                raise fail(where, f"{feature} kube-proxy replacement", kpr, kpr_fix)
        if self.effective("bbr") and not self.effective("bandwidth_manager"):
            raise fail(where, "BBR needs the bandwidth manager", self.effective("bandwidth_manager"),
                       "set bandwidth_manager=True, or bbr=False")

    def _check_client_rate_limit(self, where: Where) -> None:
        limit = self.k8s_client_rate_limit
        if limit is not None:
            check_count(where, limit.qps, "client rate limit QPS", 1)
            check_count(where, limit.burst, "client rate limit burst", 1)
            if limit.burst < limit.qps:
                raise fail(where, "client rate limit burst is below its QPS", limit.burst,
                           f"set burst to {limit.qps} or more")

    def _check_devices(self, where: Where) -> None:
        names = self.devices.split() if isinstance(self.devices, str) else self.devices
        if not isinstance(names, (tuple, list)) or (isinstance(self.devices, str) and not names) or \
                not all(isinstance(d, str) and _DEVICE.match(d) for d in names):
            raise fail(where, "devices must be a list of interface names or prefixes", self.devices,
                       "write names such as ['eth0'] or prefixes such as ['eth+'] (or the chart's string, 'eth+')")
        if len(set(names)) != len(names):
            raise fail(where, "a device is listed twice", list(names), "list each device once")

    def _check_types(self, where: Where) -> None:
        for name, kind in (("load_balancing", LoadBalancing), ("hubble", Hubble), ("service_monitors", ServiceMonitors),
                           ("k8s_client_rate_limit", ClientRateLimit), ("dashboards", ChartDashboards),
                           ("operator_dashboards", ChartDashboards)):
            group = getattr(self, name)
            if not isinstance(group, kind) and group is not None:
                raise fail(where, f"{name} must be a {kind.__name__}", group, f"write {name}={kind.__name__}(...) or None")
        for owner in (self, self.hubble, self.service_monitors, self.load_balancing):
            for f in dataclasses.fields(owner) if owner is not None else ():
                value = getattr(owner, f.name)
                name = f.name if owner is self else f"{type(owner).__name__}.{f.name}"
                if f.type == "bool" and not isinstance(value, bool):
                    raise fail(where, f"{name} must be True or False", value, "write True or False")
                if f.type == "Optional[bool]" and not isinstance(value, (bool, type(None))):  # None: unset
                    raise fail(where, f"{name} must be True or False", value, "write True or False")
        for name in ("routing_mode", "datapath_mode", "ipam_mode", "cluster_name", "cgroup_host_root",
                     "kube_proxy_replacement_healthz_bind_addr"):
            check_text(where, getattr(self, name), name, _EXAMPLES[name], optional=True)
        if self.load_balancing is not None:
            for name in ("algorithm", "mode"):
                check_text(where, getattr(self.load_balancing, name), f"LoadBalancing.{name}",
                           _EXAMPLES[f"lb_{name}"], optional=True)

    def _check_routing(self, where: Where) -> None:
        cidr = self.ipv4_native_routing_cidr
        if cidr is not None:
            try:
                network = ipaddress.ip_network(cidr) if isinstance(cidr, str) else None
            except ValueError:
                network = None
            if not isinstance(network, ipaddress.IPv4Network):
                raise fail(where, "native routing CIDR is not an IPv4 network", cidr,
                           "write the pod CIDR in network form, such as '10.42.0.0/16'")
        if self.routing_mode == "native" and cidr is None:
            raise fail(where, "native routing needs ipv4_native_routing_cidr", cidr,
                       "set it to the CIDR the network routes natively, usually the pod CIDR such as '10.42.0.0/16'")
        if self.auto_direct_node_routes and self.effective("routing_mode") != "native":
            raise fail(where, "auto_direct_node_routes needs native routing", self.effective("routing_mode"),
                       "set routing_mode='native', or drop auto_direct_node_routes (the tunnel reaches other nodes)")

    def _check_api_server(self, where: Where) -> None:
        host, port = self.k8s_service_host, self.k8s_service_port
        if (host is None) != (port is None):
            raise fail(where, "API server host and port go together", {"host": host, "port": port},
                       "set both k8s_service_host and k8s_service_port")
        if host is not None:
            try:
                ipaddress.ip_address(host if isinstance(host, str) else "")
            except ValueError:
                if not is_dns_name(host, min_labels=1):
                    raise fail(where, "API server host is not an IP address or DNS name", host,
                               "write the address kubelets use for the API server, such as '127.0.0.1' or "
                               "'k8s.homelab.local'") from None
            check_port(where, port, "API server port")  # type: ignore[arg-type]
        if self.kube_proxy_replacement and host is None:
            raise fail(where, "kube-proxy replacement needs the API server's host and port", None,
                       "set k8s_service_host and k8s_service_port: without kube-proxy the 'kubernetes' Service "
                       "address is not reachable before Cilium runs")
        bind = self.kube_proxy_replacement_healthz_bind_addr
        if bind is not None:
            host_part, _, port_part = bind.rpartition(":")
            try:
                ipaddress.ip_address(host_part[1:-1] if host_part.startswith("[") and host_part.endswith("]")
                                     else host_part)
                ok = port_part.isdigit() and 1 <= int(port_part) <= 65535 and not host_part.count(":") == 1
            except ValueError:
                ok = False
            if not ok:
                raise fail(where, "kube-proxy replacement healthz bind address is not host:port", bind,
                           "write an IP address and a port, such as '0.0.0.0:10256' or '[::]:10256'")

    def _check_hubble(self, where: Where) -> None:
        hubble = self.hubble
        if hubble is not None and hubble.enabled:
            if hubble.ui and not hubble.relay:
                raise fail(where, "the Hubble UI needs the Hubble relay", hubble.relay,
                           "set Hubble(relay=True), or ui=False")
            metrics = hubble.metrics
            if isinstance(metrics, str) or not isinstance(metrics, tuple):
                raise fail(where, "Hubble metrics must be a list", metrics, f"write a list such as [{metrics!r}]")
            names = []
            for metric in metrics:
                found = _METRIC.match(metric) if isinstance(metric, str) else None
                if not found or found.group(1) not in HUBBLE_METRICS:
                    raise fail(where, "Hubble metric is unknown", metric,
                               f"use one of {', '.join(sorted(HUBBLE_METRICS))}, options after ':' "
                               "(such as 'dns:query')")
                names.append(found.group(1))
            if len(set(names)) != len(names):
                raise fail(where, "a Hubble metric is listed twice", list(metrics),
                           "list each metric once, with all its options")
        monitors = self.service_monitors
        metrics_on = hubble is not None and hubble.enabled and bool(hubble.metrics)
        if monitors is not None and monitors.hubble and not metrics_on:
            raise fail(where, "the Hubble ServiceMonitor needs Hubble metrics", hubble.metrics if hubble else None,
                       "list metrics in Hubble(metrics=...), or ServiceMonitors(hubble=False)")
        if monitors is not None and monitors.envoy and self.envoy is False:
            raise fail(where, "the Envoy ServiceMonitor needs the Cilium Envoy DaemonSet", self.envoy,
                       "set ServiceMonitors(envoy=False), or drop envoy=False")

    def _check_node_setup(self, where: Where) -> None:
        """Cluster identity, cgroup, capabilities, dashboards and pod roll-outs."""
        if self.cluster_name is not None and not _CLUSTER_NAME.match(self.cluster_name):
            raise fail(where, "cluster name is not a Cilium cluster name", self.cluster_name,
                       "use up to 32 lowercase letters, digits or '-', starting and ending with a letter or digit, "
                       "such as 'main'")
        if self.cluster_id is not None and (isinstance(self.cluster_id, bool) or not isinstance(self.cluster_id, int)
                                            or not 0 <= self.cluster_id <= 255):
            raise fail(where, "cluster id must be an integer in 0-255", self.cluster_id,
                       "use 1-255, unique per cluster in a Cluster Mesh (0 means no mesh)")
        if self.cgroup_host_root is not None and not _HOST_PATH.match(self.cgroup_host_root):
            raise fail(where, "cgroup host root is not an absolute path", self.cgroup_host_root,
                       "write the host's cgroup v2 mount, such as '/sys/fs/cgroup'")
        for name in ("agent_capabilities", "clean_state_capabilities"):
            _check_capabilities(where, getattr(self, name), name)
        for name in ("dashboards", "operator_dashboards"):
            group = getattr(self, name)
            if group is not None:
                check_annotations(where, group.annotations, f"{name} annotations")
                if group.namespace is not None:
                    check_dns_label(where, group.namespace, f"{name} namespace")
        if self.roll_out_pods:
            for name in ("roll_out_cilium_pods", "operator_roll_out_pods"):
                if getattr(self, name) is not None:
                    raise fail(where, f"{name} is given with roll_out_pods=True, which already sets it",
                               getattr(self, name), f"drop {name}, or roll_out_pods (to set each pod's own)")

    # ---- output

    def helm_values(self, where: Where = "CiliumValues") -> dict[str, Any]:
        """The chart's values (validated first; keys sorted when written): only the options set."""
        self.validate(where)
        values: dict[str, Any] = {}

        def put(path: str, value: Any) -> None:
            if value is None:
                return
            *parents, leaf = path.split(".")
            node = values
            for key in parents:
                node = node.setdefault(key, {})
            node[leaf] = value

        lb = self.load_balancing or LoadBalancing()
        for path, value in (
            ("routingMode", self.routing_mode), ("kubeProxyReplacement", self.kube_proxy_replacement),
            ("loadBalancer.algorithm", lb.algorithm), ("loadBalancer.mode", lb.mode),
            ("loadBalancer.serviceTopology", lb.service_topology),
            ("l2announcements.enabled", self.l2_announcements), ("bgpControlPlane.enabled", self.bgp_control_plane),
            ("gatewayAPI.enabled", self.gateway_api), ("bandwidthManager.enabled", self.bandwidth_manager),
            ("bandwidthManager.bbr", self.bbr), ("bpf.masquerade", self.bpf_masquerade),
            ("bpf.datapathMode", self.datapath_mode), ("bpf.preallocateMaps", self.bpf_preallocate_maps),
            ("cni.exclusive", self.cni_exclusive), ("hubble", self._hubble_values()),
            ("ipv4NativeRoutingCIDR", self.ipv4_native_routing_cidr),
            ("autoDirectNodeRoutes", self.auto_direct_node_routes),
            ("k8sServiceHost", self.k8s_service_host), ("k8sServicePort", self.k8s_service_port),
            ("k8sClientRateLimit", {"qps": self.k8s_client_rate_limit.qps, "burst": self.k8s_client_rate_limit.burst}
             if self.k8s_client_rate_limit is not None else None),
            ("devices", self.devices if isinstance(self.devices, str) else list(self.devices) or None),
            ("ipam.mode", self.ipam_mode),
            ("operator.replicas", self.operator_replicas),
            ("cluster.name", self.cluster_name), ("cluster.id", self.cluster_id),
            ("bpfClockProbe", self.bpf_clock_probe), ("cgroup.automount.enabled", self.cgroup_automount),
            ("cgroup.hostRoot", self.cgroup_host_root), ("endpointRoutes.enabled", self.endpoint_routes),
            ("enableIPv4BIGTCP", self.enable_ipv4_big_tcp), ("envoy.enabled", self.envoy),
            ("kubeProxyReplacementHealthzBindAddr", self.kube_proxy_replacement_healthz_bind_addr),
            ("localRedirectPolicies.enabled", self.local_redirect_policies),
            ("rollOutCiliumPods", self.roll_out_cilium_pods), ("operator.rollOutPods", self.operator_roll_out_pods),
            ("dashboards", _dashboards_values(self.dashboards)),
            ("operator.dashboards", _dashboards_values(self.operator_dashboards)),
            ("securityContext.capabilities.ciliumAgent", _listed(self.agent_capabilities)),
            ("securityContext.capabilities.cleanCiliumState", _listed(self.clean_state_capabilities)),
            ("socketLB.enabled", self.socket_lb), ("socketLB.hostNamespaceOnly", self.socket_lb_host_namespace_only),
            ("pmtuDiscovery.enabled", self.pmtu_discovery),
        ):
            put(path, value)
        monitors = self.service_monitors
        if monitors is not None:
            if monitors.agent:
                put("prometheus", {"enabled": True, "serviceMonitor": {"enabled": True, "trustCRDsExist": True}})
            if monitors.operator:
                put("operator.prometheus", {"enabled": True, "serviceMonitor": {"enabled": True}})
            if monitors.envoy:
                put("envoy.prometheus", {"enabled": True, "serviceMonitor": {"enabled": True}})
        if self.roll_out_pods:
            put("rollOutCiliumPods", True)
            put("operator.rollOutPods", True)
            if self.envoy is not False:
                put("envoy.rollOutPods", True)
        _merge_extra(where, values, self.extra_values)
        return values

    def _hubble_values(self) -> Optional[dict[str, Any]]:
        hubble = self.hubble
        if hubble is None:
            return None
        if not hubble.enabled:
            return {"enabled": False}
        monitored = self.service_monitors is not None and self.service_monitors.hubble
        relay: dict[str, Any] = {"enabled": hubble.relay}
        ui: dict[str, Any] = {"enabled": hubble.ui}
        if self.roll_out_pods:
            if hubble.relay:
                relay["rollOutPods"] = True
            if hubble.ui:
                ui["rollOutPods"] = True
        if monitored and hubble.relay:
            relay["prometheus"] = {"enabled": True, "serviceMonitor": {"enabled": True}}
        out: dict[str, Any] = {"enabled": True, "relay": relay, "ui": ui}
        if hubble.metrics:
            out["metrics"] = {"enabled": list(hubble.metrics)}
            if monitored:
                out["metrics"]["serviceMonitor"] = {"enabled": True}
        return out

    def values_yaml(self, where: Where = "CiliumValues") -> str:
        """The values as a YAML values file (keys sorted), for ``helm install -f``."""
        return values_yaml(self.helm_values(where))

    def set_flags(self, where: Where = "CiliumValues") -> list[str]:
        """The values as ``--set key=value`` flags (see :func:`helm_set_flags`): one per value
        set, none for an option left unset."""
        return helm_set_flags(self.helm_values(where))

    def cilium_install_command(self, version: str = CILIUM_CHART_VERSION,
                               namespace: Optional[str] = "kube-system", *, command: str = "install") -> str:
        """A shell-quoted ``cilium install`` command with these values, for a cluster without Flux.

        :param version: the chart version (default :data:`CILIUM_CHART_VERSION`; a homelab may run
            ``1.19.1``).
        :param namespace: where Cilium runs (default ``kube-system``; ``None`` writes no
            ``--namespace``, the CLI's own default being ``kube-system``, as most homelabs do).
        :param command: ``install`` or ``upgrade`` (default ``install``; a Makefile's
            runs ``cilium upgrade`` with the same flags).
        """
        where = "CiliumValues.cilium_install_command"
        if not isinstance(version, str) or not _CHART_VERSION.match(version):
            raise fail(where, "chart version is not a version", version, "write a version such as '1.19.1'")
        check_choice(where, command, ("install", "upgrade"), "cilium command")
        argv = ["cilium", command, "--version", version]
        if namespace is not None:
            argv += ["--namespace", check_dns_label(where, namespace, "namespace")]
        for flag in self.set_flags():
            option, assignment = flag.split(" ", 1)
            argv += [option, assignment]
        return shlex.join(argv)


_EXAMPLES = {"routing_mode": "native", "datapath_mode": "netkit", "ipam_mode": "kubernetes", "cluster_name": "main",
             "cgroup_host_root": "/sys/fs/cgroup", "kube_proxy_replacement_healthz_bind_addr": "0.0.0.0:10256",
             "lb_algorithm": "maglev", "lb_mode": "dsr"}


def _listed(value: Optional[Sequence[str]]) -> Optional[list[str]]:
    return None if value is None else list(value)


def _dashboards_values(group: Optional[ChartDashboards]) -> Optional[dict[str, Any]]:
    if group is None:
        return None
    out: dict[str, Any] = {"enabled": True}
    if group.annotations:
        out["annotations"] = dict(group.annotations)
    if group.namespace is not None:
        out["namespace"] = group.namespace
    return out


def _check_capabilities(where: Where, value: object, what: str) -> None:
    """``None`` or a non-empty list of distinct Linux capability names without ``CAP_``."""
    if value is None:
        return
    if not isinstance(value, tuple) or not value:
        raise fail(where, f"{what} must be a non-empty list of capability names", value,
                   "write a list such as ['NET_ADMIN', 'SYS_ADMIN'], or None for the chart's list")
    for cap in value:
        if not isinstance(cap, str) or cap not in CAPABILITIES:
            hint = (f"write {cap[4:]!r} (without CAP_)" if isinstance(cap, str) and cap.startswith("CAP_")
                    and cap[4:] in CAPABILITIES else "use Linux capability names such as 'NET_ADMIN' or 'BPF'")
            raise fail(where, f"{what} has an unknown capability", cap, hint)
    if len(set(value)) != len(value):
        raise fail(where, f"{what} lists a capability twice", list(value), "list each capability once")


def _merge_extra(where: Where, values: dict[str, Any], extra: Mapping[str, Any]) -> None:
    """Merge ``extra`` into ``values``; a leaf the typed options set (or a parent of one) is refused."""
    if not isinstance(extra, Mapping):
        raise fail(where, "extra values must be a mapping", extra,
                   "write nested Helm values, such as {'cgroup': {...}}")
    extra = check_json_value(where, extra, "extra_values")  # type: ignore[assignment]  # a mapping, as plain JSON
    for path, _leaf in leaf_paths(extra):
        node: Any = values
        for i, key in enumerate(path):
            if not isinstance(key, str) or not key:
                raise fail(where, "extra value key is not a non-empty string", key, "use the chart's value names")
            if not isinstance(node, dict) or key not in node:
                break
            if i == len(path) - 1 or not isinstance(node[key], dict):
                raise fail(where, "extra value is already set by a typed option", ".".join(path),
                           "use the CiliumValues field that sets it")
            node = node[key]
    deep_merge(values, extra)


__all__ = [
    "CAPABILITIES", "CHART_DEFAULTS", "CILIUM_CHART_VERSION", "DATAPATH_MODES", "HUBBLE_METRICS", "IPAM_MODES",
    "KUBEPRISM", "LB_ALGORITHMS", "LB_MODES", "PERFORMANCE_HUBBLE_METRICS", "ROUTING_MODES",
    "TALOS_AGENT_CAPABILITIES", "TALOS_CLEAN_STATE_CAPABILITIES", "ChartDashboards", "CiliumValues",
    "ClientRateLimit", "Hubble", "LoadBalancing", "ServiceMonitors",
]
