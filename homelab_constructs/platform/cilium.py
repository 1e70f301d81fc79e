"""Cilium installed as code: typed, validated Helm values and a Flux release.

:class:`CiliumValues` holds every choice as a typed option (routing, kube-proxy replacement,
load balancing, L2 announcements, BGP, the Gateway API controller, Hubble, the bandwidth
manager, the datapath, Multus coexistence, monitoring) and checks the combinations Cilium
refuses or silently ignores. The same values come out three ways:

- :class:`CiliumRelease`: a Flux ``OCIRepository`` (the ``cilium`` chart, pinned to
  :data:`CILIUM_CHART_VERSION`, the version of the pinned CRDs) and a ``HelmRelease`` in
  ``kube-system``, plus the Hubble UI route and Grafana dashboards;
- :meth:`CiliumValues.values_yaml`: a values file for ``helm install -f``;
- :meth:`CiliumValues.set_flags` / :meth:`CiliumValues.cilium_install_command`: ``--set``
  flags for ``cilium install`` on a cluster without Flux (or to bootstrap the CNI that
  Flux itself needs; Flux then adopts the ``cilium`` release in ``kube-system``).

Two profiles reproduce the seeds: :meth:`CiliumValues.gateway_profile` (seed 000: Cilium as
the Gateway API controller, L2 announcements, Hubble relay and UI) and
:meth:`CiliumValues.performance_profile` (seed 002: native routing, Maglev + DSR, netkit,
BBR, BPF masquerading, L2 + BGP, Multus, Hubble metrics and ServiceMonitors).
"""
from __future__ import annotations

import dataclasses
import ipaddress
import re
import shlex
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Optional, Sequence, Union

import constructs
import yaml
from cdk8s import ApiObjectMetadata

from imports.homelab_cilium.io import cilium

from .._base import HomelabConstruct
from .._names import ISOLATION_ANNOTATION
from .._registry import app_registry
from .._validation import add_check, check_choice, check_count, check_dns_label, check_port, fail, is_dns_name, message
from ..gateway.gateway import AppRoute, app_gateways
from ..network.bgp import bgp_peerings
from ..network.policies import KUBE_DNS, NAMESPACE_LABEL, PolicyRules, proxy_labels
from .dashboards import GrafanaComDashboard, check_dashboards, grafana_dashboards
from .flux import check_chart_tag, oci_helm_release

if TYPE_CHECKING:
    from ..gateway.gateway import HomelabGateway

#: The ``cilium`` chart version: the one of the pinned CRDs (``../shared/crds/cilium/v1.18.4``).
CILIUM_CHART_VERSION = "1.18.4"
#: Where the chart is published as an OCI artifact.
CILIUM_CHART_URL = "oci://quay.io/cilium/charts/cilium"

#: Hubble metric names Cilium 1.18 knows (each may take options after ``:``, as ``dns:query``).
HUBBLE_METRICS = frozenset({"dns", "drop", "flow", "flows-to-world", "http", "httpV2", "icmp", "kafka", "policy",
                            "port-distribution", "tcp"})
#: Seed 002's Hubble metrics.
PERFORMANCE_HUBBLE_METRICS: tuple[str, ...] = ("dns:query", "drop", "tcp", "flow", "port-distribution", "icmp", "http")

#: grafana.com dashboards of the Cilium agent and operator (Cilium v1.12+ metrics).
DEFAULT_CILIUM_DASHBOARDS: tuple[GrafanaComDashboard, ...] = (
    GrafanaComDashboard("cilium-agent", 16611, 1),
    GrafanaComDashboard("cilium-operator", 16612, 1),
)
#: The grafana.com Hubble dashboard (flows, drops, DNS, HTTP, TCP metrics).
DEFAULT_HUBBLE_DASHBOARDS: tuple[GrafanaComDashboard, ...] = (GrafanaComDashboard("hubble", 16613, 1),)

ROUTING_MODES = ("tunnel", "native")
LB_ALGORITHMS = ("random", "maglev")
LB_MODES = ("snat", "dsr", "hybrid")
DATAPATH_MODES = ("veth", "netkit", "netkit-l2")
IPAM_MODES = ("cluster-pool", "kubernetes", "multi-pool")
#: The Hubble UI Service the chart creates (port 80) in the release's namespace; its pods
#: carry ``k8s-app: hubble-ui`` and serve on :data:`HUBBLE_UI_PORT`.
HUBBLE_UI_SERVICE = "hubble-ui"
HUBBLE_UI_PORT = 8081
#: Hubble Relay's gRPC port (its pods carry ``k8s-app: hubble-relay``).
HUBBLE_RELAY_PORT = 4245

_METRIC = re.compile(r"^([A-Za-z][A-Za-z0-9-]*)(:[^\s{}]+)?$")
_DEVICE = re.compile(r"^[A-Za-z0-9_.:+-]{1,15}$")


@dataclass(frozen=True)
class LoadBalancing:
    """Cilium's service load balancing (Helm ``loadBalancer``).

    :param algorithm: backend selection, ``random`` (default) or ``maglev`` (consistent
        hashing: a backend keeps its flows when another node takes over the VIP).
    :param mode: ``snat`` (default), ``dsr`` (direct server return: replies leave from the
        backend's node, the client IP is kept) or ``hybrid`` (DSR for TCP, SNAT for UDP).
        ``dsr`` and ``hybrid`` need native routing and kube-proxy replacement.
    """

    algorithm: str = "random"
    mode: str = "snat"


@dataclass(frozen=True)
class Hubble:
    """Hubble, Cilium's flow observability (Helm ``hubble``); ``CiliumValues(hubble=None)`` turns it off.

    :param relay: run Hubble Relay, the cluster-wide flow API (default ``True``).
    :param ui: run the Hubble UI, Service ``hubble-ui`` port 80 (default ``True``; needs the relay).
    :param metrics: Prometheus metrics to export, such as ``("dns:query", "drop")``
        (default none; names from :data:`HUBBLE_METRICS`, options after ``:``).
    """

    relay: bool = True
    ui: bool = True
    metrics: tuple[str, ...] = ()

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

    :param routing_mode: ``tunnel`` (default; VXLAN between nodes) or ``native`` (the network
        routes pod addresses; needs ``ipv4_native_routing_cidr``).
    :param ipv4_native_routing_cidr: the CIDR routed without encapsulation nor masquerading,
        usually the pod CIDR (default ``None``).
    :param auto_direct_node_routes: install routes to other nodes' pod CIDRs, for nodes on one
        L2 segment (default ``False``; native routing only).
    :param kube_proxy_replacement: Cilium replaces kube-proxy (default ``False``; needs
        ``k8s_service_host`` and ``k8s_service_port``).
    :param k8s_service_host: the API server's address, reachable without kube-proxy (default
        ``None``; with Talos' KubePrism ``127.0.0.1``).
    :param k8s_service_port: the API server's port (default ``None``).
    :param k8s_client_rate_limit: the Kubernetes client rate limit (default ``None``: Cilium's
        5 QPS / 10 burst; raise it for L2 announcements, see :class:`ClientRateLimit`).
    :param load_balancing: algorithm and mode (default :class:`LoadBalancing`: random, SNAT).
    :param l2_announcements: answer ARP for LoadBalancer IPs (default ``False``; needs
        kube-proxy replacement).
    :param bgp_control_plane: run the BGP control plane that ``BgpPeering`` configures
        (default ``False``).
    :param gateway_api: Cilium as the Gateway API controller, GatewayClass ``cilium``
        (default ``False``; needs kube-proxy replacement).
    :param hubble: Hubble's relay, UI and metrics (default :class:`Hubble`: relay and UI, no
        metrics; ``None`` turns Hubble off).
    :param bandwidth_manager: EDT-based pacing and the ``kubernetes.io/egress-bandwidth``
        annotation (default ``False``).
    :param bbr: BBR congestion control for pods (default ``False``; needs the bandwidth
        manager and kernel >= 5.18).
    :param bpf_masquerade: masquerade in eBPF instead of iptables (default ``False``; needs
        kube-proxy replacement).
    :param datapath_mode: pod devices, ``veth`` (default), ``netkit`` or ``netkit-l2``
        (kernel >= 6.8; need eBPF host routing: BPF masquerading and kube-proxy replacement).
    :param devices: host devices Cilium attaches to and announces on, such as ``("eth+",)``
        (default none: auto-detected).
    :param cni_exclusive: Cilium owns ``/etc/cni/net.d`` (default ``True``; ``False`` lets
        Multus and other CNI configs coexist).
    :param ipam_mode: ``cluster-pool``, ``kubernetes`` (pod CIDRs from the nodes) or
        ``multi-pool`` (default ``None``: the chart's ``cluster-pool``).
    :param operator_replicas: operator replicas (default ``None``: the chart's 2; use 1 on a
        single node).
    :param service_monitors: ServiceMonitors for Prometheus (default ``None``: none).
    :param roll_out_pods: restart the agent, operator, Envoy and Hubble pods when their
        configuration changes (default ``False``).
    :param extra_values: more Helm values, merged in (default none); a value a typed option
        already sets is refused.
    """

    routing_mode: str = "tunnel"
    ipv4_native_routing_cidr: Optional[str] = None
    auto_direct_node_routes: bool = False
    kube_proxy_replacement: bool = False
    k8s_service_host: Optional[str] = None
    k8s_service_port: Optional[int] = None
    k8s_client_rate_limit: Optional[ClientRateLimit] = None
    load_balancing: LoadBalancing = LoadBalancing()
    l2_announcements: bool = False
    bgp_control_plane: bool = False
    gateway_api: bool = False
    hubble: Optional[Hubble] = Hubble()
    bandwidth_manager: bool = False
    bbr: bool = False
    bpf_masquerade: bool = False
    datapath_mode: str = "veth"
    devices: tuple[str, ...] = ()
    cni_exclusive: bool = True
    ipam_mode: Optional[str] = None
    operator_replicas: Optional[int] = None
    service_monitors: Optional[ServiceMonitors] = None
    roll_out_pods: bool = False
    extra_values: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if isinstance(self.devices, list):
            object.__setattr__(self, "devices", tuple(self.devices))

    # ---- profiles

    @classmethod
    def gateway_profile(cls, *, k8s_service_host: str, k8s_service_port: int = 6443,
                        k8s_client_rate_limit: Optional[ClientRateLimit] = None) -> "CiliumValues":
        """Seed 000: Cilium as the Gateway API controller (GatewayClass ``cilium``), kube-proxy
        replacement, L2 announcements of LoadBalancer IPs, Hubble relay and UI.

        :param k8s_service_host: the API server's address (kube-proxy replacement needs it).
        :param k8s_service_port: its port (default ``6443``).
        :param k8s_client_rate_limit: see :class:`ClientRateLimit` (default ``None``).
        """
        return cls(kube_proxy_replacement=True, k8s_service_host=k8s_service_host, k8s_service_port=k8s_service_port,
                   k8s_client_rate_limit=k8s_client_rate_limit, gateway_api=True, l2_announcements=True,
                   hubble=Hubble(relay=True, ui=True))

    @classmethod
    def performance_profile(
        cls,
        *,
        native_routing_cidr: str,
        k8s_service_host: str = "127.0.0.1",
        k8s_service_port: int = 6444,
        devices: Sequence[str] = ("eth+",),
        hubble_metrics: Sequence[str] = PERFORMANCE_HUBBLE_METRICS,
        gateway_api: bool = False,
        operator_replicas: Optional[int] = 1,
        k8s_client_rate_limit: Optional[ClientRateLimit] = None,
        extra_values: Optional[Mapping[str, Any]] = None,
    ) -> "CiliumValues":
        """Seed 002: native routing with direct node routes and Kubernetes IPAM, kube-proxy
        replacement, Maglev + DSR, netkit with BPF masquerading, the bandwidth manager with
        BBR, L2 announcements and the BGP control plane, Multus coexistence
        (``cni.exclusive: false``), Hubble relay + UI + metrics, ServiceMonitors for everything,
        and pods rolled on configuration changes. Kernel >= 6.8 on every node (netkit).

        :param native_routing_cidr: the pod CIDR, routed natively (``ipv4NativeRoutingCIDR``).
        :param k8s_service_host: the API server's address (default ``127.0.0.1``, seed 002's).
        :param k8s_service_port: its port (default ``6444``, seed 002's).
        :param devices: host devices (default ``("eth+",)``).
        :param hubble_metrics: Hubble metrics (default :data:`PERFORMANCE_HUBBLE_METRICS`).
        :param gateway_api: also run Cilium's Gateway API controller (default ``False``: seed
            002's gateways are Envoy Gateway's).
        :param operator_replicas: operator replicas (default ``1``, seed 002's).
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
            service_monitors=ServiceMonitors(), roll_out_pods=True, extra_values=dict(extra_values or {}),
        )

    # ---- validation

    def validate(self, where: Union[constructs.Construct, str] = "CiliumValues") -> None:
        """Raise ``ValueError`` (``<where>: ...``) for a value or combination Cilium refuses."""
        self._check_types(where)
        check_choice(where, self.routing_mode, ROUTING_MODES, "routing mode")
        check_choice(where, self.load_balancing.algorithm, LB_ALGORITHMS, "load-balancer algorithm")
        check_choice(where, self.load_balancing.mode, LB_MODES, "load-balancer mode")
        check_choice(where, self.datapath_mode, DATAPATH_MODES, "datapath mode")
        if self.ipam_mode is not None:
            check_choice(where, self.ipam_mode, IPAM_MODES, "IPAM mode")
        self._check_routing(where)
        self._check_api_server(where)
        kpr_fix = "set kube_proxy_replacement=True with k8s_service_host and k8s_service_port"
        if self.load_balancing.mode in ("dsr", "hybrid"):
            if not self.kube_proxy_replacement:
                raise fail(where, f"load-balancer mode {self.load_balancing.mode} needs kube-proxy replacement",
                           self.kube_proxy_replacement, f"{kpr_fix}, or use mode 'snat'")
            if self.routing_mode != "native":
                raise fail(where, f"load-balancer mode {self.load_balancing.mode} needs native routing",
                           self.routing_mode, "set routing_mode='native' with ipv4_native_routing_cidr (DSR's IP "
                           "option does not cross a tunnel), or use mode 'snat'")
        if self.datapath_mode != "veth":  # netkit needs eBPF host routing: BPF masquerading and KPR
            if not self.bpf_masquerade:
                raise fail(where, f"datapath mode {self.datapath_mode} needs BPF masquerading (eBPF host routing)",
                           self.bpf_masquerade, "set bpf_masquerade=True (with kube-proxy replacement), or use 'veth'")
            if not self.kube_proxy_replacement:
                raise fail(where, f"datapath mode {self.datapath_mode} needs kube-proxy replacement (eBPF host "
                                  "routing)", self.kube_proxy_replacement, kpr_fix)
        for on, feature in ((self.gateway_api, "the Gateway API controller needs"),
                            (self.l2_announcements, "L2 announcements need"),
                            (self.bpf_masquerade, "BPF masquerading needs")):
            if on and not self.kube_proxy_replacement:
                raise fail(where, f"{feature} kube-proxy replacement", self.kube_proxy_replacement, kpr_fix)
        if self.bbr and not self.bandwidth_manager:
            raise fail(where, "BBR needs the bandwidth manager", self.bandwidth_manager,
                       "set bandwidth_manager=True, or bbr=False")
        if self.k8s_client_rate_limit is not None:
            limit = self.k8s_client_rate_limit
            check_count(where, limit.qps, "client rate limit QPS", 1)
            check_count(where, limit.burst, "client rate limit burst", 1)
            if limit.burst < limit.qps:
                raise fail(where, "client rate limit burst is below its QPS", limit.burst,
                           f"set burst to {limit.qps} or more")
        self._check_hubble(where)
        if isinstance(self.devices, str) or not all(isinstance(d, str) and _DEVICE.match(d) for d in self.devices):
            raise fail(where, "devices must be a list of interface names or prefixes", self.devices,
                       "write names such as ['eth0'] or prefixes such as ['eth+']")
        if len(set(self.devices)) != len(self.devices):
            raise fail(where, "a device is listed twice", list(self.devices), "list each device once")
        if self.operator_replicas is not None:
            check_count(where, self.operator_replicas, "operator replicas", 1)

    def _check_types(self, where: Union[constructs.Construct, str]) -> None:
        for name, kind, optional in (("load_balancing", LoadBalancing, False), ("hubble", Hubble, True),
                                     ("service_monitors", ServiceMonitors, True),
                                     ("k8s_client_rate_limit", ClientRateLimit, True)):
            group = getattr(self, name)
            if not isinstance(group, kind) and not (optional and group is None):
                raise fail(where, f"{name} must be a {kind.__name__}", group,
                           f"write {name}={kind.__name__}(...){' or None' if optional else ''}")
        for owner in (self, self.hubble, self.service_monitors):
            for f in dataclasses.fields(owner) if owner is not None else ():
                value = getattr(owner, f.name)
                if f.type == "bool" and not isinstance(value, bool):
                    name = f.name if owner is self else f"{type(owner).__name__}.{f.name}"
                    raise fail(where, f"{name} must be True or False", value, "write True or False")

    def _check_routing(self, where: Union[constructs.Construct, str]) -> None:
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
        if self.auto_direct_node_routes and self.routing_mode != "native":
            raise fail(where, "auto_direct_node_routes needs native routing", self.routing_mode,
                       "set routing_mode='native', or drop auto_direct_node_routes (the tunnel reaches other nodes)")

    def _check_api_server(self, where: Union[constructs.Construct, str]) -> None:
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

    def _check_hubble(self, where: Union[constructs.Construct, str]) -> None:
        hubble = self.hubble
        if hubble is not None:
            if hubble.ui and not hubble.relay:
                raise fail(where, "the Hubble UI needs the Hubble relay", hubble.relay,
                           "set Hubble(relay=True), or ui=False")
            metrics = hubble.metrics
            if isinstance(metrics, str):
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
        if monitors is not None and monitors.hubble and (hubble is None or not hubble.metrics):
            raise fail(where, "the Hubble ServiceMonitor needs Hubble metrics", hubble.metrics if hubble else None,
                       "list metrics in Hubble(metrics=...), or ServiceMonitors(hubble=False)")

    # ---- output

    def helm_values(self, where: Union[constructs.Construct, str] = "CiliumValues") -> dict[str, Any]:
        """The chart's values (validated first; keys sorted when written)."""
        self.validate(where)
        lb = self.load_balancing
        values: dict[str, Any] = {
            "routingMode": self.routing_mode,
            "kubeProxyReplacement": self.kube_proxy_replacement,
            "loadBalancer": {"algorithm": lb.algorithm, "mode": lb.mode},
            "l2announcements": {"enabled": self.l2_announcements},
            "bgpControlPlane": {"enabled": self.bgp_control_plane},
            "gatewayAPI": {"enabled": self.gateway_api},
            "bandwidthManager": {"enabled": self.bandwidth_manager},
            "bpf": {"masquerade": self.bpf_masquerade, "datapathMode": self.datapath_mode},
            "cni": {"exclusive": self.cni_exclusive},
            "hubble": self._hubble_values(),
        }
        if self.bandwidth_manager:
            values["bandwidthManager"]["bbr"] = self.bbr
        if self.ipv4_native_routing_cidr is not None:
            values["ipv4NativeRoutingCIDR"] = self.ipv4_native_routing_cidr
        if self.auto_direct_node_routes:
            values["autoDirectNodeRoutes"] = True
        if self.k8s_service_host is not None:
            values["k8sServiceHost"] = self.k8s_service_host
            values["k8sServicePort"] = self.k8s_service_port
        if self.k8s_client_rate_limit is not None:
            values["k8sClientRateLimit"] = {"qps": self.k8s_client_rate_limit.qps,
                                            "burst": self.k8s_client_rate_limit.burst}
        if self.devices:
            values["devices"] = list(self.devices)
        if self.ipam_mode is not None:
            values["ipam"] = {"mode": self.ipam_mode}
        operator: dict[str, Any] = {}
        envoy: dict[str, Any] = {}
        if self.operator_replicas is not None:
            operator["replicas"] = self.operator_replicas
        monitors = self.service_monitors
        if monitors is not None:
            if monitors.agent:
                values["prometheus"] = {"enabled": True,
                                        "serviceMonitor": {"enabled": True, "trustCRDsExist": True}}
            if monitors.operator:
                operator["prometheus"] = {"enabled": True, "serviceMonitor": {"enabled": True}}
            if monitors.envoy:
                envoy["prometheus"] = {"enabled": True, "serviceMonitor": {"enabled": True}}
        if self.roll_out_pods:
            values["rollOutCiliumPods"] = True
            operator["rollOutPods"] = True
            envoy["rollOutPods"] = True
        if operator:
            values["operator"] = operator
        if envoy:
            values["envoy"] = envoy
        _merge_extra(where, values, self.extra_values)
        return values

    def _hubble_values(self) -> dict[str, Any]:
        hubble = self.hubble
        if hubble is None:
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

    def values_yaml(self, where: Union[constructs.Construct, str] = "CiliumValues") -> str:
        """The values as a YAML values file (keys sorted), for ``helm install -f``."""
        return values_yaml(self.helm_values(where))

    def set_flags(self, where: Union[constructs.Construct, str] = "CiliumValues") -> list[str]:
        """The values as ``--set key=value`` flags (see :func:`helm_set_flags`)."""
        return helm_set_flags(self.helm_values(where))

    def cilium_install_command(self, version: str = CILIUM_CHART_VERSION, namespace: str = "kube-system") -> str:
        """A shell-quoted ``cilium install`` command with these values, for a cluster without Flux.

        :param version: the chart version (default :data:`CILIUM_CHART_VERSION`).
        :param namespace: where Cilium runs (default ``kube-system``).
        """
        argv = ["cilium", "install", "--version", version, "--namespace", namespace]
        for flag in self.set_flags():
            option, assignment = flag.split(" ", 1)
            argv += [option, assignment]
        return shlex.join(argv)


# --------------------------------------------------------------------------------------
# values files and --set flags
# --------------------------------------------------------------------------------------

def _leaves(value: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    if isinstance(value, Mapping) and value:
        for key in sorted(value):
            yield from _leaves(value[key], path + (key,))
    else:
        yield path, value


def _merge_extra(where: Union[constructs.Construct, str], values: dict[str, Any], extra: Mapping[str, Any]) -> None:
    """Merge ``extra`` into ``values``; a leaf the typed options set (or a parent of one) is refused."""
    if not isinstance(extra, Mapping):
        raise fail(where, "extra values must be a mapping", extra,
                   "write nested Helm values, such as {'cgroup': {...}}")
    for path, _leaf in _leaves(extra):
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
    _deep_merge(values, extra)


def _deep_merge(into: dict[str, Any], extra: Mapping[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(into.get(key), dict):
            _deep_merge(into[key], value)
        else:
            into[key] = _plain(value)


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def values_yaml(values: Mapping[str, Any]) -> str:
    """Helm values as YAML text with sorted keys (deterministic)."""
    return yaml.safe_dump(_plain(values), sort_keys=True, default_flow_style=False, allow_unicode=True)


_KEY_SPECIALS = "\\.,=[]{}"
_VALUE_SPECIALS = "\\,{}"
_INT = re.compile(r"^[+-]?[0-9]+$")


def _escape(text: str, specials: str) -> str:
    return "".join("\\" + c if c in specials else c for c in text)


def _typed_by_helm(text: str) -> bool:
    """Would ``--set`` turn this string into a bool, null or integer (Helm's ``typedVal``)?"""
    if text.lower() in ("true", "false", "null") or text == "0":
        return True
    return bool(text) and text[0] != "0" and bool(_INT.match(text)) and -2**63 <= int(text) < 2**63


def _scalar(value: Any, key: str) -> tuple[str, bool]:
    """``(text, needs --set-string)`` for one scalar value."""
    if isinstance(value, bool):
        return ("true" if value else "false"), False
    if isinstance(value, int):
        return str(value), False
    if isinstance(value, str):
        return _escape(value, _VALUE_SPECIALS), _typed_by_helm(value)
    raise ValueError(f"{key}: cannot write {value!r} as a --set flag (got {type(value).__name__}); "
                     "use a values file (values_yaml) for floats and nulls")


def helm_set_flags(values: Mapping[str, Any]) -> list[str]:
    """Helm values as ``--set key=value`` flags (``--set-string`` where ``--set`` would turn
    a string into a number or bool), keys sorted: nested keys joined by ``.``, lists as
    ``{a,b}``, lists of maps as ``key[0].field``; ``\\``, ``,``, ``{``, ``}`` (and ``.``, ``=``,
    ``[``, ``]`` in keys) escaped with ``\\``. Empty maps and lists are left out (``--set``
    cannot write them; they mean the chart's default anyway)."""
    flags: list[str] = []

    def emit(key: str, value: Any) -> None:
        if isinstance(value, Mapping):
            for k in sorted(value):
                emit(f"{key}.{_escape(k, _KEY_SPECIALS)}" if key else _escape(k, _KEY_SPECIALS), value[k])
        elif isinstance(value, (list, tuple)):
            if not value:
                return
            if all(isinstance(v, Mapping) for v in value):
                for i, item in enumerate(value):
                    emit(f"{key}[{i}]", item)
                return
            items = [_scalar(v, key) for v in value]
            as_string = any(s for _, s in items)
            if as_string and not all(isinstance(v, str) for v in value):
                raise ValueError(f"{key}: a list mixing strings that look like numbers or bools with other "
                                 f"values cannot be written as --set flags (got {list(value)!r}); use a values file")
            flags.append(f"--set{'-string' if as_string else ''} {key}={{{','.join(t for t, _ in items)}}}")
        else:
            text, as_string = _scalar(value, key)
            flags.append(f"--set{'-string' if as_string else ''} {key}={text}")

    emit("", values)
    return flags


# --------------------------------------------------------------------------------------
# The release
# --------------------------------------------------------------------------------------

@dataclass
class _Platform:
    releases: list["CiliumRelease"] = field(default_factory=list)


def _platform(scope: constructs.Construct) -> _Platform:
    def create(root: constructs.Construct) -> _Platform:
        platform = _Platform()

        def check() -> list[str]:
            errors: list[str] = []
            for release in platform.releases:
                if not release.values.bgp_control_plane:
                    for peering in bgp_peerings(root):
                        errors.append(message(
                            peering, f"BGP peering needs Cilium's BGP control plane, which the Cilium release "
                                     f"{release.node.path} leaves off", release.values.bgp_control_plane,
                            "set bgp_control_plane=True in its CiliumValues (the performance profile does)"))
                if not release.values.gateway_api:
                    for gateway in sorted((g for gs in app_gateways(root).values() for g in gs),
                                          key=lambda g: g.node.path):
                        if gateway.gateway_class == "cilium":
                            errors.append(message(
                                gateway, f"gateway uses GatewayClass cilium, but the Cilium release "
                                         f"{release.node.path} runs no Gateway API controller",
                                release.values.gateway_api,
                                "set gateway_api=True in its CiliumValues (needs kube-proxy replacement), or give "
                                "the gateway another class such as an EnvoyProfile"))
            return errors

        add_check(root, check)
        return platform

    return app_registry(scope, "cilium-platform", create)


class CiliumRelease(HomelabConstruct):
    """Cilium through Flux: an ``OCIRepository`` for the chart and a ``HelmRelease`` of ``values``.

    With ``gateway``, the Hubble UI gets an :class:`AppRoute` ``hubble.<domain>`` (Service
    ``hubble-ui`` port 80). With monitoring on, Grafana dashboards of the agent, the operator
    and Hubble are imported from grafana.com. One Cilium release per app; the app-wide check
    refuses ``BgpPeering`` while the BGP control plane is off, and a ``cilium`` gateway while
    the Gateway API controller is off.

    :param values: the typed values (default :class:`CiliumValues`: the chart's defaults with
        Hubble relay and UI).
    :param name: the release, chart source and Helm release name (default ``cilium``; keep it
        to adopt a ``cilium install`` bootstrap).
    :param namespace: where Cilium runs (default ``kube-system``).
    :param chart_version: the chart version (default :data:`CILIUM_CHART_VERSION`).
    :param gateway: serve the Hubble UI on this gateway (default ``None``: no route).
    :param hubble_hostname: the UI's hostname (default ``hubble.<gateway domain>``).
    :param dashboards: grafana.com dashboards to import (default ``None``: with
        ``service_monitors``, :data:`DEFAULT_CILIUM_DASHBOARDS` plus
        :data:`DEFAULT_HUBBLE_DASHBOARDS` when Hubble exports metrics, otherwise none).
    :param grafana_instance_labels: labels of the Grafana instances that take the dashboards
        (default ``{"dashboards": "grafana"}``).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        values: CiliumValues = CiliumValues(),
        name: str = "cilium",
        namespace: str = "kube-system",
        chart_version: str = CILIUM_CHART_VERSION,
        gateway: Optional["HomelabGateway"] = None,
        hubble_hostname: Optional[str] = None,
        dashboards: Optional[Sequence[GrafanaComDashboard]] = None,
        grafana_instance_labels: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "release name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        check_chart_tag(self, chart_version)
        if not isinstance(values, CiliumValues):
            raise fail(self, "values must be CiliumValues", type(values).__name__,
                       "build them with CiliumValues(...) or a profile such as CiliumValues.performance_profile(...)")
        self.values = values
        self.helm_values = values.helm_values(self)
        platform = _platform(self)
        if platform.releases:
            raise fail(self, "Cilium is released twice in the app", self.name,
                       f"{platform.releases[0].node.path} already installs it; keep one CiliumRelease")
        hubble = values.hubble
        if gateway is not None:
            if hubble is None or not hubble.ui:
                raise fail(self, "a Hubble UI route is asked for, but the Hubble UI is off",
                           hubble.ui if hubble else None,
                           "set hubble=Hubble(ui=True) (with the relay), or drop gateway")
        elif hubble_hostname is not None:
            raise fail(self, "Hubble hostname given without a gateway", hubble_hostname,
                       "pass gateway=<the HomelabGateway that serves it>")
        if dashboards is None:
            dashboards = ()
            if values.service_monitors is not None:
                hubble_dashboards = DEFAULT_HUBBLE_DASHBOARDS if hubble and hubble.metrics else ()
                dashboards = DEFAULT_CILIUM_DASHBOARDS + hubble_dashboards
        self.dashboards = tuple(dashboards)
        check_dashboards(self, self.dashboards)

        self.source, self.release = oci_helm_release(
            self, name=self.name, namespace=self.namespace, url=CILIUM_CHART_URL, version=chart_version,
            values=self.helm_values)
        self.hubble_route: Optional[AppRoute] = None
        if gateway is not None:
            self.hubble_route = AppRoute(
                self, "HubbleRoute", name="hubble", namespace=self.namespace, gateway=gateway, port=80,
                service_name=HUBBLE_UI_SERVICE, hostname=hubble_hostname or f"hubble.{gateway.domain}",
                annotations={ISOLATION_ANNOTATION: f"disabled: {self.namespace} holds the cluster's own components; "
                                                   f"the Hubble UI pods are isolated by policy {HUBBLE_UI_SERVICE}"})
            self._isolate_hubble_ui(gateway)
        grafana_dashboards(self, self.dashboards, namespace=self.namespace, instance_labels=grafana_instance_labels)
        platform.releases.append(self)


    def _isolate_hubble_ui(self, gateway: "HomelabGateway") -> None:
        """Default deny for the routed Hubble UI pods: in from the gateway on the UI's port,
        out to Hubble Relay, kube-dns and the API server only."""
        r = PolicyRules("Spec")
        if gateway.gateway_class == "cilium":
            ingress = r.ingress(entities=["ingress"], ports=[HUBBLE_UI_PORT])
        else:
            ingress = r.ingress(endpoints=[{**proxy_labels(gateway), NAMESPACE_LABEL: gateway.namespace}],
                                ports=[HUBBLE_UI_PORT])
        cilium.CiliumNetworkPolicy(
            self, "HubbleUiPolicy",
            metadata=ApiObjectMetadata(name=HUBBLE_UI_SERVICE, namespace=self.namespace),
            spec=r.spec(
                description=f"Hubble UI (routed on {gateway.name}): default deny; the gateway may reach port "
                            f"{HUBBLE_UI_PORT}; it may reach Hubble Relay, kube-dns and the API server.",
                selector={"k8s-app": HUBBLE_UI_SERVICE}, default_deny=True,
                ingress=[ingress],
                egress=[r.egress(endpoints=[{"k8s-app": "hubble-relay"}], ports=[HUBBLE_RELAY_PORT]),
                        r.egress(endpoints=[KUBE_DNS], ports=[53], protocols=("UDP", "TCP")),
                        r.egress(entities=["kube-apiserver"], ports=[443, 6443])]),
        )


__all__ = [
    "CILIUM_CHART_URL", "CILIUM_CHART_VERSION", "DEFAULT_CILIUM_DASHBOARDS", "DEFAULT_HUBBLE_DASHBOARDS",
    "HUBBLE_METRICS", "PERFORMANCE_HUBBLE_METRICS", "CiliumRelease", "CiliumValues", "ClientRateLimit", "Hubble",
    "LoadBalancing", "ServiceMonitors", "helm_set_flags", "values_yaml",
]
