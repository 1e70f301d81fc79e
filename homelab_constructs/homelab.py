"""``Homelab``: the whole networking stack composed from one typed :class:`HomelabSpec`.

Each concern lands in its own chart, so ``dist/`` has one reviewable file per concern:
``cilium`` (LB pools, L2), ``certificates`` (CA chain), ``gateway`` (Gateway, redirect),
``apps-<namespace>`` (Namespace, Services, routes) and ``policies-<namespace>`` (default-deny
CiliumNetworkPolicies).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import cdk8s
import constructs
from cdk8s_plus_27 import k8s

from .apps.app import HomelabApp
from .dns.records import DnsRecords
from .gateway.gateway import HomelabGateway
from .network.lbipam import L2Announcement, LoadBalancerPool
from .network.policies import EgressGrant, IsolationSpec, ToApiServer, ToFqdn, ToService, ToWorld, isolate_namespaces
from .tls.ca import SelfSignedCa
from ._validation import add_check, fail
from .validation.crossobject import ClusterCidrs, parse_cidrs, pool_cidr_messages


@dataclass(frozen=True)
class PoolSpec:
    """One LoadBalancer pool: inclusive ``(start, stop)`` ranges and/or CIDRs."""

    name: str
    ranges: tuple[tuple[str, str], ...] = ()
    cidrs: tuple[str, ...] = ()


@dataclass(frozen=True)
class AppSpec:
    """One app: its name (host label and Service name), web port and namespace."""

    name: str
    port: int
    namespace: str
    routed: bool = True
    hostname: Optional[str] = None
    load_balancer: bool = False
    load_balancer_ip: Optional[str] = None
    target_port: Optional[int] = None


@dataclass(frozen=True)
class GatewaySpec:
    name: str = "homelab-gateway"
    namespace: str = "default"
    gateway_class: str = "cilium"
    address: Optional[str] = None


@dataclass(frozen=True)
class CaSpec:
    name: str = "homelab-ca"
    namespace: str = "cert-manager"
    bootstrap_issuer_name: str = "selfsigned-issuer"
    common_name: str = "Homelab CA"


@dataclass(frozen=True)
class HomelabSpec:
    """Everything that varies between homelabs; every field has the seed's default."""

    domain: str = "homelab.local"
    pools: tuple[PoolSpec, ...] = (PoolSpec("homelab-pool", ranges=(("192.168.10.200", "192.168.10.250"),)),)
    l2_policy: Optional[str] = "homelab-l2"
    l2_interfaces: tuple[str, ...] = ()
    gateway: GatewaySpec = field(default_factory=GatewaySpec)
    ca: CaSpec = field(default_factory=CaSpec)
    apps: tuple[AppSpec, ...] = ()
    #: the ConfigMap (chart ``dns``) with every hostname -> gateway VIP for the router's DNS
    #: (hosts and dnsmasq formats); ``None`` for none. Skipped when the gateway has no pinned address.
    dns_records: Optional[str] = "dns-records"
    #: default-deny CiliumNetworkPolicies per app namespace (charts ``policies-<namespace>``);
    #: opting a namespace out is explicit (``IsolationSpec(opt_out={ns: reason})``).
    isolation: IsolationSpec = field(default_factory=IsolationSpec)
    #: the cluster's node, pod and service CIDRs (default: none given); every synth checks
    #: that no LoadBalancer pool overlaps them
    cluster_cidrs: ClusterCidrs = field(default_factory=ClusterCidrs)


#: Seed 000's apps: (name, port, namespace).
DEFAULT_APPS: tuple[AppSpec, ...] = (
    AppSpec("jellyfin", 8096, "media", load_balancer=True, load_balancer_ip="192.168.10.201"),
    AppSpec("sonarr", 8989, "media"),
    AppSpec("radarr", 7878, "media"),
    AppSpec("prowlarr", 9696, "media"),
    AppSpec("bazarr", 6767, "media"),
    AppSpec("seerr", 5055, "media"),
    AppSpec("tdarr", 8265, "media"),
    AppSpec("qbit", 8080, "downloads"),
    AppSpec("home", 3000, "dashboards"),
    AppSpec("status", 3001, "dashboards"),
    AppSpec("auth", 9000, "auth"),
    AppSpec("grafana", 3000, "monitoring"),
    AppSpec("prometheus", 9090, "monitoring"),
    AppSpec("alertmanager", 9093, "monitoring"),
    AppSpec("vault", 8200, "vault"),
    AppSpec("openclaw", 18789, "openclaw"),
)


#: Seed 000's isolation: the LAN reaches Jellyfin's LoadBalancer; only the VPN pod reaches
#: the world on any port; a few apps get the egress they need, said as intent.
DEFAULT_ISOLATION = IsolationSpec(
    lan_cidrs=("192.168.10.0/24",),
    egress=(
        # the VPN pod (Gluetun + qBittorrent): by label until the VPN construct exists
        EgressGrant("downloads", {"app.kubernetes.io/name": "qbit"}, (ToWorld(),)),
        EgressGrant("media", "sonarr", (ToWorld((443,)), ToService("qbit", "downloads"))),
        EgressGrant("media", "radarr", (ToWorld((443,)), ToService("qbit", "downloads"))),
        EgressGrant("media", "prowlarr", (ToWorld((443,)),)),
        EgressGrant("media", "bazarr", (ToWorld((443,)),)),
        EgressGrant("media", "seerr", (ToWorld((443,)),)),
        EgressGrant("media", "jellyfin", (ToWorld((443,)),)),
        EgressGrant("monitoring", "prometheus", (ToApiServer(),)),
        EgressGrant("monitoring", "grafana", (ToFqdn(("grafana.com", "*.grafana.com")),)),
    ),
)


def default_spec() -> HomelabSpec:
    """Seed 000's homelab: ``homelab.local``, one pool, the Cilium gateway on .200, 16 apps."""
    return HomelabSpec(gateway=GatewaySpec(address="192.168.10.200"), apps=DEFAULT_APPS, isolation=DEFAULT_ISOLATION)


class Homelab:
    """Build every chart of ``spec`` into ``app``.

    The constructs are attributes (``pools``, ``ca``, ``gateway``, ``apps``) so callers
    can add to the charts (``charts[name]``) or reference what was built.
    """

    def __init__(self, app: cdk8s.App, spec: HomelabSpec) -> None:
        self.spec = spec
        self.charts: dict[str, cdk8s.Chart] = {}

        cilium = self.chart(app, "cilium")
        self.pools = [LoadBalancerPool(cilium, p.name, name=p.name, ranges=p.ranges, cidrs=p.cidrs) for p in spec.pools]
        if spec.cluster_cidrs != ClusterCidrs():
            for cidr in spec.cluster_cidrs.nodes + spec.cluster_cidrs.pods + spec.cluster_cidrs.services:
                try:
                    parse_cidrs([cidr])
                except ValueError:
                    raise fail("HomelabSpec.cluster_cidrs", "cluster CIDR is not a network", cidr,
                               "write a CIDR such as '10.42.0.0/16'") from None
            add_check(cilium, lambda: pool_cidr_messages(self.pools, spec.cluster_cidrs))
        self.l2 = (L2Announcement(cilium, "L2", name=spec.l2_policy, interfaces=spec.l2_interfaces)
                   if spec.l2_policy else None)

        self.ca = SelfSignedCa(self.chart(app, "certificates"), "Ca", name=spec.ca.name, namespace=spec.ca.namespace,
                               bootstrap_issuer_name=spec.ca.bootstrap_issuer_name, common_name=spec.ca.common_name)

        g = spec.gateway
        self.gateway = HomelabGateway(
            self.chart(app, "gateway"), "Gateway", domain=spec.domain, name=g.name, namespace=g.namespace,
            gateway_class=g.gateway_class, cluster_issuer=self.ca.issuer_name, address=g.address)

        self.apps: dict[str, HomelabApp] = {}
        for a in spec.apps:
            chart = self.namespace_chart(app, a.namespace)
            self.apps[a.name] = HomelabApp(
                chart, a.name, name=a.name, namespace=a.namespace, port=a.port, target_port=a.target_port,
                gateway=self.gateway if a.routed else None, hostname=a.hostname,
                load_balancer=a.load_balancer, load_balancer_ip=a.load_balancer_ip)

        # every app namespace isolated unless opted out (built after the apps it allows)
        self.isolation = isolate_namespaces(
            lambda name: self.chart(app, name), list(self.apps.values()), spec.isolation,
            {ns: self.charts[f"apps-{ns}"].node.find_child("Namespace") for ns in {a.namespace for a in spec.apps}})

        # built after every route: the artifact lists each routed hostname
        self.dns_records = (DnsRecords(self.chart(app, "dns"), "Records", gateways=[self.gateway], name=spec.dns_records)
                            if spec.dns_records and self.gateway.address else None)

    def chart(self, app: constructs.Construct, name: str) -> cdk8s.Chart:
        if name not in self.charts:
            self.charts[name] = cdk8s.Chart(app, name)
        return self.charts[name]

    def namespace_chart(self, app: constructs.Construct, namespace: str) -> cdk8s.Chart:
        """The ``apps-<namespace>`` chart, created with its Namespace object on first use."""
        name = f"apps-{namespace}"
        if name not in self.charts:
            chart = self.chart(app, name)
            k8s.KubeNamespace(chart, "Namespace", metadata=k8s.ObjectMeta(
                name=namespace, labels={"kubernetes.io/metadata.name": namespace}))
        return self.charts[name]
