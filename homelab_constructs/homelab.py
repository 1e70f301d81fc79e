"""``Homelab``: the whole networking stack composed from one typed :class:`HomelabSpec`.

Each concern lands in its own chart, so ``dist/`` has one reviewable file per concern:
``cilium`` (LB pools, L2), ``certificates`` (CA chain), ``gateway`` (Gateway, redirect),
``apps-<namespace>`` (Namespace, Services, routes), ``policies-<namespace>`` (default-deny
CiliumNetworkPolicies), ``secrets`` (the Vault ClusterSecretStore), ``vpn`` (the VPN pod with
its credentials, volume claims, Service and route), ``platform`` (Cilium and cert-manager through Flux, the
Hubble UI route) and ``dns`` (the router's records).
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Mapping, Optional, cast
from urllib.parse import urlsplit

import cdk8s
import constructs
from cdk8s_plus_27 import k8s

from ._base import MANAGED_BY, HomelabConstruct
from ._names import NAMESPACE_NAME_LABEL
from ._validation import check_network, fail, set_cluster_cidrs
from .apps.app import HomelabApp
from .dns.records import DnsRecords
from .gateway.gateway import HomelabGateway
from .network.isolation_spec import IsolationSpec, isolate_namespaces
from .network.lbipam import L2Announcement, LoadBalancerPool
from .tls.ca import SelfSignedCa
from .validation.crossobject import ClusterCidrs, parse_cidrs

if TYPE_CHECKING:  # the platform loads the Flux bindings: only when a spec installs it
    from .apps.vpn import ClaimSpec
    from .platform.cilium_values import CiliumValues


@dataclass(frozen=True)
class PoolSpec:
    """One LoadBalancer pool: inclusive ``(start, stop)`` ranges and/or CIDRs.

    ``allow_first_last_ips`` lets Cilium hand out the first (network) and last (broadcast)
    address of each CIDR block (default ``False``; see :class:`LoadBalancerPool`).
    """

    name: str
    ranges: tuple[tuple[str, str], ...] = ()
    cidrs: tuple[str, ...] = ()
    allow_first_last_ips: bool = False


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
class SecretStoreSpec:
    """The Vault ClusterSecretStore the homelab's ExternalSecrets read (see :class:`VaultSecretStore`)."""

    server: str = "http://vault.vault.svc.cluster.local:8200"
    name: str = "vault"
    path: str = "secret"
    version: str = "v2"
    role: str = "external-secrets"
    #: where the External Secrets operator runs, and its pods' labels: when Vault is an app
    #: of an isolated namespace, the operator is let in on Vault's port
    operator_namespace: str = "external-secrets"
    operator_pods: Mapping[str, str] = field(default_factory=lambda: {"app.kubernetes.io/name": "external-secrets"})


def _claim_spec() -> "ClaimSpec":
    from .apps.vpn import ClaimSpec  # the VPN pod's module loads the External Secrets bindings

    return ClaimSpec()


@dataclass(frozen=True)
class VpnSpec:
    """Turn the app ``app`` (an :class:`AppSpec` of the spec, qBittorrent) into the VPN pod.

    The app's name, port, namespace and route come from its AppSpec; see :class:`VpnPod`
    for the rest. The pod's credentials come from the spec's ``secret_store``.

    The volumes are :class:`~homelab_constructs.apps.vpn.ClaimSpec` values (``None``: an
    emptyDir): ``config_claim`` (default ``ClaimSpec()``: the claim ``<app>-config`` of
    1Gi is written), ``downloads_claim`` (default ``ClaimSpec()``: ``<app>-downloads`` of
    100Gi), ``gluetun_claim`` (default ``None``); both written claims use the cluster's
    default StorageClass. ``ClaimSpec(existing_claim="media-data")`` mounts a claim that
    exists instead.
    """

    app: str = "qbit"
    provider: str = "private internet access"
    server_regions: tuple[str, ...] = ("CA Montreal",)
    port_forwarding: bool = True
    credentials_key: str = "homelab/vpn"
    config_claim: Optional["ClaimSpec"] = field(default_factory=_claim_spec)
    downloads_claim: Optional["ClaimSpec"] = field(default_factory=_claim_spec)
    gluetun_claim: Optional["ClaimSpec"] = None


@dataclass(frozen=True)
class HomelabSpec:
    """Everything that varies between homelabs, with generic defaults (a homelab's own values,
    such as seed 000's in ``main.py``, are given by the caller).

    ``domain`` defaults to ``home.arpa`` (RFC 8375, the domain reserved for home networks);
    ``pools`` to none: give the LoadBalancer pools the LAN sets aside for the cluster.
    """

    domain: str = "home.arpa"
    pools: tuple[PoolSpec, ...] = ()
    l2_policy: Optional[str] = "homelab-l2"
    l2_interfaces: tuple[str, ...] = ()
    gateway: GatewaySpec = field(default_factory=GatewaySpec)
    ca: CaSpec = field(default_factory=CaSpec)
    apps: tuple[AppSpec, ...] = ()
    #: the ConfigMap (chart ``dns``) with every hostname -> gateway VIP for the router's DNS
    #: (hosts and dnsmasq formats); ``None`` for none. Skipped when the gateway has no pinned address.
    dns_records: Optional[str] = "dns-records"
    #: default-deny CiliumNetworkPolicies per app namespace (charts ``policies-<namespace>``);
    #: opting a namespace out is explicit (``IsolationSpec(opt_out={ns: reason})``). Its
    #: ``lan_cidrs``, when given, are the LAN: they must hold every pool's addresses (with
    #: ``l2_policy``, which announces them there) and Cilium's ``k8s_service_host`` (when an
    #: IP address other than loopback).
    isolation: IsolationSpec = field(default_factory=IsolationSpec)
    #: the cluster's node, pod and service CIDRs (default: none given); every synth checks
    #: that no LoadBalancer pool overlaps them
    cluster_cidrs: ClusterCidrs = field(default_factory=ClusterCidrs)
    #: the Vault ClusterSecretStore (chart ``secrets``); ``None`` for none
    secret_store: Optional[SecretStoreSpec] = None
    #: the VPN pod (chart ``vpn``); ``None`` for none. Needs ``secret_store``.
    vpn: Optional[VpnSpec] = None
    #: install Cilium through Flux with these values (chart ``platform``; the Hubble UI, when
    #: on, is routed at ``hubble.<domain>``); ``None``: Cilium is installed some other way
    cilium: Optional["CiliumValues"] = None
    #: install cert-manager through Flux (chart ``platform``), with its Gateway API support
    cert_manager: bool = False


class Homelab(HomelabConstruct):
    """Every chart of ``spec``: ``Homelab(app, "Homelab", spec)``.

    The charts are added beside this construct, in ``scope`` (the app), so each is a file
    ``dist/<chart>.k8s.yaml`` with a stable name (``gateway``, ``apps-media``, ...), whatever
    this construct's id. The constructs are attributes (``pools``, ``ca``, ``gateway``, ``apps``,
    ``vpn``, ``isolation``, ...) and the charts ``charts[name]``, so callers can add to them or
    reference what was built.

    :param spec: the homelab (see :class:`HomelabSpec`).
    """

    def __init__(self, scope: constructs.Construct, id: str, spec: HomelabSpec) -> None:
        super().__init__(scope, id)
        if not isinstance(spec, HomelabSpec):
            raise fail(self, "spec is not a HomelabSpec", spec, "pass HomelabSpec(domain=..., pools=..., apps=...)")
        app = scope
        self.spec = spec
        self.charts: dict[str, cdk8s.Chart] = {}

        cilium = self.chart(app, "cilium")
        self.pools = [LoadBalancerPool(cilium, p.name, name=p.name, ranges=p.ranges, cidrs=p.cidrs,
                                       allow_first_last_ips=p.allow_first_last_ips) for p in spec.pools]
        self._check_lan(spec)
        if spec.cluster_cidrs != ClusterCidrs():
            for cidr in spec.cluster_cidrs.nodes + spec.cluster_cidrs.pods + spec.cluster_cidrs.services:
                try:
                    parse_cidrs([cidr])
                except ValueError:
                    raise fail("HomelabSpec.cluster_cidrs", "cluster CIDR is not a network", cidr,
                               "write a CIDR such as '10.42.0.0/16'") from None
            set_cluster_cidrs(cilium, spec.cluster_cidrs)  # synth() checks the pools against them
        self.l2 = (L2Announcement(cilium, "L2", name=spec.l2_policy, interfaces=spec.l2_interfaces)
                   if spec.l2_policy else None)

        self.ca = SelfSignedCa(self.chart(app, "certificates"), "Ca", name=spec.ca.name, namespace=spec.ca.namespace,
                               bootstrap_issuer_name=spec.ca.bootstrap_issuer_name, common_name=spec.ca.common_name)

        g = spec.gateway
        self.gateway = HomelabGateway(
            self.chart(app, "gateway"), "Gateway", domain=spec.domain, name=g.name, namespace=g.namespace,
            gateway_class=g.gateway_class, cluster_issuer=self.ca, address=g.address)
        # the router's records of the gateway: its routes are read at synth, so the apps may come later
        self.dns_records = (DnsRecords(self.chart(app, "dns"), "Records", gateways=[self.gateway], name=spec.dns_records)
                            if spec.dns_records and self.gateway.address else None)

        self.secret_store = None
        if spec.secret_store is not None:
            from .secrets import VaultSecretStore

            st = spec.secret_store
            self.secret_store = VaultSecretStore(self.chart(app, "secrets"), "Vault", server=st.server, name=st.name,
                                                 path=st.path, version=st.version, role=st.role)

        vpn_spec = self._vpn_app(spec)
        self.vpn = None
        # the platform: Cilium (the Hubble UI routed on the gateway) and cert-manager
        self.cilium_release = self.cert_manager = None
        if spec.cilium is not None:
            from .platform.cilium import CiliumRelease

            hubble = spec.cilium.hubble
            self.cilium_release = CiliumRelease(self.chart(app, "platform"), "Cilium", values=spec.cilium,
                                                gateway=self.gateway if hubble and hubble.ui else None)
        if spec.cert_manager:
            from .platform.certmanager import CertManagerRelease

            self.cert_manager = CertManagerRelease(self.chart(app, "platform"), "CertManager",
                                                   namespace=spec.ca.namespace)

        self.apps: dict[str, HomelabApp] = {}
        for a in spec.apps:
            chart = self.namespace_chart(app, a.namespace)
            if vpn_spec is not None and a.name == vpn_spec.app:
                self.vpn = self._build_vpn(self.chart(app, "vpn"), a, vpn_spec)
                self.apps[a.name] = self.vpn.web
                continue
            self.apps[a.name] = HomelabApp(
                chart, a.name, name=a.name, namespace=a.namespace, port=a.port, target_port=a.target_port,
                gateway=self.gateway if a.routed else None, hostname=a.hostname,
                load_balancer=a.load_balancer, load_balancer_ip=a.load_balancer_ip)

        # every app namespace isolated unless opted out (built after the apps it allows)
        isolation = spec.isolation
        if self.vpn is not None and self._isolated(self.vpn.namespace):
            isolation = replace(isolation, egress=(*isolation.egress, self.vpn.egress_grant()))
        self.isolation = isolate_namespaces(
            lambda name: self.chart(app, name), list(self.apps.values()), isolation,
            {ns: cast(cdk8s.ApiObject, self.charts[f"apps-{ns}"].node.find_child("Namespace"))
             for ns in {a.namespace for a in spec.apps}})
        self._admit_secret_operator()

    def _check_lan(self, spec: HomelabSpec) -> None:
        """Settings that name the LAN follow it: with ``isolation.lan_cidrs`` given, the pools
        (when L2 announcements answer for their addresses on the nodes' LAN) and Cilium's
        ``k8s_service_host`` (when an IP address other than loopback, such as KubePrism's
        127.0.0.1) lie inside them.

        A spec derived from another (``dataclasses.replace(spec, pools=...)``) that moves its pools
        to another LAN but keeps those two would let the old network reach LoadBalancer apps and
        point Cilium at an API server that is not there.
        """
        where = "HomelabSpec.isolation.lan_cidrs"
        cidrs = spec.isolation.lan_cidrs
        if isinstance(cidrs, str) or not isinstance(cidrs, (tuple, list)):
            raise fail(where, "LAN CIDRs are not a tuple of networks", cidrs,
                       f"write a tuple such as {(cidrs,) if isinstance(cidrs, str) else ('192.168.10.0/24',)!r}")
        lan = [ipaddress.ip_network(check_network(where, c, "LAN CIDR")) for c in cidrs]
        if not lan:
            return
        merged = list(ipaddress.collapse_addresses([n for n in lan if n.version == 4])) + list(
            ipaddress.collapse_addresses([n for n in lan if n.version == 6]))

        def on_lan(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
            return any(ip in n for n in merged)

        host = getattr(spec.cilium, "k8s_service_host", None)  # CiliumRelease checks the values' type
        try:
            api = ipaddress.ip_address(host) if isinstance(host, str) else None
        except ValueError:
            api = None  # a DNS name: nothing to compare
        api_note = ""
        if api is not None and not api.is_loopback and on_lan(api):
            api_note = (f"; HomelabSpec.cilium.k8s_service_host ({host!r}) lies in those LAN CIDRs too: move it "
                        "with the LAN (the API server's address on the new LAN, or 127.0.0.1 with Talos' KubePrism)")
        problems = []
        if spec.l2_policy:  # L2 announcements answer for the pools' addresses on the nodes' LAN
            for pool in self.pools:
                blocks = [block for first, last in pool.ranges for block in ipaddress.summarize_address_range(first, last)]
                outside = [b for b in blocks if not any(b.version == n.version and b.subnet_of(n) for n in merged)]  # type: ignore[arg-type]
                if not outside:
                    continue
                # the smallest /24 (IPv6: /64) or wider network that holds the addresses outside
                start = outside[0].network_address
                stop = max(b.broadcast_address for b in outside if b.version == start.version)
                network = ipaddress.ip_network(f"{start}/{24 if start.version == 4 else 64}", strict=False)
                while stop not in network:
                    network = network.supernet()
                suggestion = str(network)
                if any(b.version == n.version and b.overlaps(n) for b in blocks for n in merged):
                    fix = f"add the rest of the pool's LAN to them, such as {suggestion!r}, or keep the pool inside them"
                else:  # the whole pool is elsewhere: the LAN CIDRs (and what followed them) are stale
                    fix = (f"set them to the LAN the pool's addresses are announced on, such as ({suggestion!r},), or "
                           f"move the pool onto the LAN{api_note}")
                problems.append(fail(
                    where, f"LoadBalancer pool {pool.name} ({pool.describe()}) has addresses outside the LAN CIDRs, "
                    "the networks allowed to reach LoadBalancer apps", tuple(cidrs), fix))
        if api is not None and not api.is_loopback and not on_lan(api):
            problems.append(fail(
                "HomelabSpec.cilium.k8s_service_host", "API server address is neither loopback nor on the LAN "
                f"CIDRs {', '.join(map(str, lan))} of HomelabSpec.isolation.lan_cidrs", host,
                "set it to the API server's address on the LAN (a control-plane node or its VIP), or 127.0.0.1 with "
                "Talos' KubePrism; if the LAN moved, update HomelabSpec.isolation.lan_cidrs as well"))
        if problems:
            raise ValueError("\n".join(str(p) for p in problems))

    def _isolated(self, namespace: str) -> bool:
        return self.spec.isolation.enabled and namespace not in self.spec.isolation.opt_out

    def _vpn_app(self, spec: HomelabSpec) -> Optional[VpnSpec]:
        if spec.vpn is None:
            return None
        if spec.vpn.app not in {a.name for a in spec.apps}:
            raise fail("HomelabSpec.vpn", "VPN pod names an app the spec does not have", spec.vpn.app,
                       f"use one of: {', '.join(sorted(a.name for a in spec.apps)) or 'none (add an AppSpec)'}")
        if spec.secret_store is None:
            raise fail("HomelabSpec.vpn", "VPN pod has no secret store for its credentials", None,
                       "set HomelabSpec.secret_store=SecretStoreSpec(server=...) (Vault)")
        return spec.vpn

    def _build_vpn(self, chart: cdk8s.Chart, a: AppSpec, v: VpnSpec):
        from .apps.vpn import DEFAULT_CLUSTER_SUBNETS, VpnPod, qbittorrent

        cidrs = self.spec.cluster_cidrs
        return VpnPod(
            chart, a.name, name=a.name, namespace=a.namespace, store=self.secret_store,
            app=qbittorrent(port=a.target_port or a.port), gateway=self.gateway if a.routed else None,
            hostname=a.hostname, provider=v.provider, server_regions=v.server_regions,
            port_forwarding=v.port_forwarding, credentials_key=v.credentials_key,
            config_claim=v.config_claim, downloads_claim=v.downloads_claim, gluetun_claim=v.gluetun_claim,
            cluster_subnets=(*cidrs.pods, *cidrs.services) if cidrs.pods or cidrs.services else DEFAULT_CLUSTER_SUBNETS)

    def _admit_secret_operator(self) -> None:
        """When Vault is an app of an isolated namespace, let the External Secrets operator in."""
        st = self.spec.secret_store
        if st is None:
            return
        host = (urlsplit(st.server).hostname or "").split(".")  # <service>.<namespace>[.svc...]
        if len(host) < 2 or host[1] not in self.isolation:
            return
        isolation = self.isolation[host[1]]
        if host[0] in {a.name for a in isolation.apps}:
            isolation.allow_ingress(host[0], namespace=st.operator_namespace, pods=st.operator_pods)

    def chart(self, app: constructs.Construct, name: str) -> cdk8s.Chart:
        """The chart ``name`` in ``app`` (this construct's scope), created on first use; its
        objects carry :data:`MANAGED_BY` from the chart (one label, no walk over the objects)."""
        if name not in self.charts:
            self.charts[name] = cdk8s.Chart(app, name, labels=dict([MANAGED_BY]))
        return self.charts[name]

    def namespace_chart(self, app: constructs.Construct, namespace: str) -> cdk8s.Chart:
        """The ``apps-<namespace>`` chart, created with its Namespace object on first use."""
        name = f"apps-{namespace}"
        if name not in self.charts:
            chart = self.chart(app, name)
            k8s.KubeNamespace(chart, "Namespace", metadata=k8s.ObjectMeta(
                name=namespace, labels={NAMESPACE_NAME_LABEL: namespace}))
        return self.charts[name]
