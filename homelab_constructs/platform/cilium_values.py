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

Two profiles reproduce the seeds: :meth:`CiliumValues.gateway_profile` (seed 000: Cilium as
the Gateway API controller, L2 announcements, Hubble relay and UI) and
:meth:`CiliumValues.performance_profile` (seed 002: native routing, Maglev + DSR, netkit,
BBR, BPF masquerading, L2 + BGP, Multus, Hubble metrics and ServiceMonitors).

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

from .._validation import check_choice, check_count, check_json_value, check_port, fail, is_dns_name
from .helm import deep_merge, helm_set_flags, leaf_paths, values_yaml

#: The ``cilium`` chart version: the one of the pinned CRDs (``../shared/crds/cilium/v1.18.4``).
CILIUM_CHART_VERSION = "1.18.4"

#: Hubble metric names Cilium 1.18 knows (each may take options after ``:``, as ``dns:query``).
HUBBLE_METRICS = frozenset({"dns", "drop", "flow", "flows-to-world", "http", "httpV2", "icmp", "kafka", "policy",
                            "port-distribution", "tcp"})
#: Seed 002's Hubble metrics.
PERFORMANCE_HUBBLE_METRICS: tuple[str, ...] = ("dns:query", "drop", "tcp", "flow", "port-distribution", "icmp", "http")

ROUTING_MODES = ("tunnel", "native")
LB_ALGORITHMS = ("random", "maglev")
LB_MODES = ("snat", "dsr", "hybrid")
DATAPATH_MODES = ("veth", "netkit", "netkit-l2")
IPAM_MODES = ("cluster-pool", "kubernetes", "multi-pool")

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
        already sets is refused, and so is anything that is not JSON (NaN, sets, objects, keys
        that are not strings), with its path, such as ``extra_values.hubble.x``.
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
            service_monitors=ServiceMonitors(), roll_out_pods=True, extra_values={} if extra_values is None else
            dict(extra_values) if isinstance(extra_values, Mapping) else extra_values,
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
        self._check_datapath(where)
        self._check_client_rate_limit(where)
        self._check_hubble(where)
        self._check_devices(where)
        if self.operator_replicas is not None:
            check_count(where, self.operator_replicas, "operator replicas", 1)

    def _check_datapath(self, where: Union[constructs.Construct, str]) -> None:
        """Load-balancer mode, datapath and features against kube-proxy replacement and routing."""
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

    def _check_client_rate_limit(self, where: Union[constructs.Construct, str]) -> None:
        limit = self.k8s_client_rate_limit
        if limit is not None:
            check_count(where, limit.qps, "client rate limit QPS", 1)
            check_count(where, limit.burst, "client rate limit burst", 1)
            if limit.burst < limit.qps:
                raise fail(where, "client rate limit burst is below its QPS", limit.burst,
                           f"set burst to {limit.qps} or more")

    def _check_devices(self, where: Union[constructs.Construct, str]) -> None:
        if isinstance(self.devices, str) or not all(isinstance(d, str) and _DEVICE.match(d) for d in self.devices):
            raise fail(where, "devices must be a list of interface names or prefixes", self.devices,
                       "write names such as ['eth0'] or prefixes such as ['eth+']")
        if len(set(self.devices)) != len(self.devices):
            raise fail(where, "a device is listed twice", list(self.devices), "list each device once")

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



def _merge_extra(where: Union[constructs.Construct, str], values: dict[str, Any], extra: Mapping[str, Any]) -> None:
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
    "CILIUM_CHART_VERSION", "DATAPATH_MODES", "HUBBLE_METRICS", "IPAM_MODES", "LB_ALGORITHMS", "LB_MODES",
    "PERFORMANCE_HUBBLE_METRICS", "ROUTING_MODES", "CiliumValues", "ClientRateLimit", "Hubble", "LoadBalancing",
    "ServiceMonitors",
]
