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
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, cast
from urllib.parse import urlsplit

import cdk8s
import constructs
from cdk8s_plus_27 import k8s

from ._base import MANAGED_BY, HomelabConstruct
from ._names import NAMESPACE_NAME_LABEL
from ._validation import (
    Scope,
    check_bool,
    check_instance,
    check_int,
    check_mapping,
    check_network,
    check_sequence,
    check_service_name,
    check_text,
    claim_once,
    fail,
    first_duplicate,
    set_cluster_cidrs,
)
from .apps.app import HomelabApp
from .dns.records import DnsRecords
from .gateway.gateway import GatewayImplementation, HomelabGateway
from .network.isolation_spec import IsolationSpec, isolate_namespaces
from .network.lbipam import RANGE_EXAMPLE, L2Announcement, LoadBalancerPool, check_ranges
from .network.policies import egress_who
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

    def __post_init__(self) -> None:
        check_text("PoolSpec.name", self.name, "name", "homelab-pool")
        _freeze(self, "ranges", check_ranges("PoolSpec.ranges", self.ranges, "ranges", (RANGE_EXAMPLE,), item="range"))
        _freeze(self, "cidrs", check_sequence("PoolSpec.cidrs", self.cidrs, "cidrs", _text("192.168.10.192/26"),
                                              example=("192.168.10.192/26",), item="CIDR"))
        check_bool("PoolSpec.allow_first_last_ips", self.allow_first_last_ips, "allow_first_last_ips",
                   "set True to hand out each CIDR's first and last address, or False (the default) to keep them back")


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

    def __post_init__(self) -> None:
        check_text("AppSpec.name", self.name, "name", "sonarr")
        check_service_name("AppSpec.name", self.name, "name (the app's Service name)")
        check_int("AppSpec.port", self.port, "port", 8989)
        check_text("AppSpec.namespace", self.namespace, "namespace", "media")
        check_bool("AppSpec.routed", self.routed, "routed",
                   "set True to route <name>.<domain> on the gateway, or False for no web route")
        check_text("AppSpec.hostname", self.hostname, "hostname", "tv.home.arpa", optional=True)
        check_bool("AppSpec.load_balancer", self.load_balancer, "load_balancer",
                   "set True to expose the Service from the LoadBalancer pool too, or False")
        check_text("AppSpec.load_balancer_ip", self.load_balancer_ip, "load_balancer_ip", "192.168.10.201",
                   optional=True)
        check_int("AppSpec.target_port", self.target_port, "target_port", 8080, optional=True)


@dataclass(frozen=True)
class GatewaySpec:
    name: str = "homelab-gateway"
    namespace: str = "default"
    gateway_class: str = "cilium"
    address: Optional[str] = None

    def __post_init__(self) -> None:
        check_text("GatewaySpec.name", self.name, "name", "homelab-gateway")
        check_text("GatewaySpec.namespace", self.namespace, "namespace", "default")
        if not isinstance(self.gateway_class, (str, GatewayImplementation)):
            raise fail("GatewaySpec.gateway_class", "gateway_class is not a GatewayClass name or a gateway implementation",
                       self.gateway_class, "write a GatewayClass name such as 'cilium', or pass an implementation such "
                       "as an EnvoyProfile")
        check_text("GatewaySpec.address", self.address, "address", "192.168.10.200", optional=True)


@dataclass(frozen=True)
class CaSpec:
    name: str = "homelab-ca"
    namespace: str = "cert-manager"
    bootstrap_issuer_name: str = "selfsigned-issuer"
    common_name: str = "Homelab CA"

    def __post_init__(self) -> None:
        check_text("CaSpec.name", self.name, "name", "homelab-ca")
        check_text("CaSpec.namespace", self.namespace, "namespace", "cert-manager")
        check_text("CaSpec.bootstrap_issuer_name", self.bootstrap_issuer_name, "bootstrap_issuer_name",
                   "selfsigned-issuer")
        check_text("CaSpec.common_name", self.common_name, "common_name", "Homelab CA")


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
    operator_pods: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({"app.kubernetes.io/name": "external-secrets"}))

    def __post_init__(self) -> None:
        for name, example in (("server", "http://vault.vault.svc.cluster.local:8200"), ("name", "vault"),
                              ("path", "secret"), ("version", "v2"), ("role", "external-secrets"),
                              ("operator_namespace", "external-secrets")):
            check_text(f"SecretStoreSpec.{name}", getattr(self, name), name, example)
        pods = check_mapping("SecretStoreSpec.operator_pods", self.operator_pods, "operator_pods", _text("app"),
                             _text("external-secrets"), example={"app.kubernetes.io/name": "external-secrets"},
                             key="label", item="label value")
        _freeze(self, "operator_pods", MappingProxyType(pods))


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

    def __post_init__(self) -> None:
        check_text("VpnSpec.app", self.app, "app", "qbit")
        check_text("VpnSpec.provider", self.provider, "provider", "private internet access")
        _freeze(self, "server_regions", check_sequence("VpnSpec.server_regions", self.server_regions, "server_regions",
                                                       _text("CA Montreal"), example=("CA Montreal",), item="region"))
        check_bool("VpnSpec.port_forwarding", self.port_forwarding, "port_forwarding",
                   "set True to have the provider forward a port to the pod, or False")
        check_text("VpnSpec.credentials_key", self.credentials_key, "credentials_key", "homelab/vpn")
        for volume in ("config", "downloads", "gluetun"):
            claim = getattr(self, f"{volume}_claim")
            if claim is not None:
                from .apps.vpn import ClaimSpec

                check_instance(f"VpnSpec.{volume}_claim", claim, ClaimSpec, f"{volume}_claim",
                               "write ClaimSpec(size='20Gi') for a claim the pod writes, "
                               "ClaimSpec(existing_claim='media-data') to mount one that exists, or None for an emptyDir",
                               optional=True)


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

    def __post_init__(self) -> None:
        """Check every field's type (the values are checked by the constructs they build, with
        their construct paths) and that no two entries stand for one object; keep the lists as
        tuples, so the spec is immutable all the way down."""
        check_text("HomelabSpec.domain", self.domain, "domain", "home.arpa")
        pools = check_sequence("HomelabSpec.pools", self.pools, "pools", _spec_item(PoolSpec, "PoolSpec('lan', cidrs=(...))"),
                               example=_POOLS_EXAMPLE, item="pool")
        _unique("HomelabSpec.pools", pools, "pool", "give each pool its own name: it names the pool in the cluster")
        check_text("HomelabSpec.l2_policy", self.l2_policy, "l2_policy", "homelab-l2", optional=True)
        interfaces = check_sequence("HomelabSpec.l2_interfaces", self.l2_interfaces, "l2_interfaces", _text("enp1s0"),
                                    example=("^eth[0-9]+",), item="interface pattern")
        check_instance("HomelabSpec.gateway", self.gateway, GatewaySpec, "gateway",
                       "write GatewaySpec(address=...) (or leave it out for the defaults)")
        check_instance("HomelabSpec.ca", self.ca, CaSpec, "ca", "write CaSpec(name=...) (or leave it out for the defaults)")
        apps = check_sequence("HomelabSpec.apps", self.apps, "apps", _spec_item(AppSpec, "AppSpec('sonarr', 8989, 'media')"),
                              example=_APPS_EXAMPLE, item="app")
        _unique("HomelabSpec.apps", apps, "app", "give each app its own name: Homelab.apps, its isolation and the "
                "hostname <name>.<domain> are keyed by it", lambda a: f" (namespace {a.namespace})")
        check_text("HomelabSpec.dns_records", self.dns_records, "dns_records", "dns-records", optional=True)
        check_instance("HomelabSpec.isolation", self.isolation, IsolationSpec, "isolation",
                       "write IsolationSpec(lan_cidrs=(...), opt_out={...}) (or leave it out for the defaults)")
        check_instance("HomelabSpec.cluster_cidrs", self.cluster_cidrs, ClusterCidrs, "cluster_cidrs",
                       "write ClusterCidrs(nodes=(...), pods=(...), services=(...))")
        for part in ("nodes", "pods", "services"):
            check_sequence(f"HomelabSpec.cluster_cidrs.{part}", getattr(self.cluster_cidrs, part), part,
                           _text("10.42.0.0/16"), example=("10.42.0.0/16",), item="CIDR")
        check_instance("HomelabSpec.secret_store", self.secret_store, SecretStoreSpec, "secret_store",
                       "write SecretStoreSpec(server=...), or None for no secret store", optional=True)
        check_instance("HomelabSpec.vpn", self.vpn, VpnSpec, "vpn", "write VpnSpec(app=...), or None for no VPN pod",
                       optional=True)
        if self.cilium is not None:
            from .platform.cilium_values import CiliumValues  # loaded only when a spec installs Cilium

            check_instance("HomelabSpec.cilium", self.cilium, CiliumValues, "cilium",
                           "write CiliumValues.gateway_profile(k8s_service_host=..., k8s_service_port=...), or None when "
                           "Cilium is installed some other way", optional=True)
        check_bool("HomelabSpec.cert_manager", self.cert_manager, "cert_manager",
                   "set True to install cert-manager through Flux, or False")
        self._check_vpn_grant(apps)
        _freeze(self, "pools", pools)
        _freeze(self, "l2_interfaces", interfaces)
        _freeze(self, "apps", apps)

    def _check_vpn_grant(self, apps: tuple[AppSpec, ...]) -> None:
        """The VPN pod's own egress grant comes with ``vpn``: a grant of ``isolation`` for the same
        pods would write its policy twice."""
        vpn_app = next((a for a in apps if self.vpn is not None and a.name == self.vpn.app), None)
        iso = self.isolation
        if vpn_app is None or not iso.enabled or vpn_app.namespace in iso.opt_out:
            return
        for index, grant in enumerate(iso.egress):
            if grant.namespace == vpn_app.namespace and egress_who(grant.pods) == vpn_app.name:
                raise fail(f"HomelabSpec.isolation.egress[{index}]", "egress grant is for the VPN pod, whose own grant "
                           "comes with HomelabSpec.vpn", f"{grant.namespace}/{vpn_app.name}",
                           "drop it: the VPN pod's grant already lets it reach the world on any port (through its "
                           "tunnel), and one policy is written per pods")


def _freeze(spec: object, name: str, value: object) -> None:
    """Set a field of a frozen spec to its checked, immutable form (a tuple, a read-only mapping)."""
    object.__setattr__(spec, name, value)


def _text(example: str) -> Callable[[Scope, object, str], object]:
    """An item check: a string (its value is checked by the construct that uses it)."""
    return lambda scope, value, what: check_text(scope, value, what, example)


def _spec_item(cls: type, example: str) -> Callable[[Scope, object, str], object]:
    """An item check: an instance of the spec class ``cls``; a tuple of its fields is shown as the call it means."""
    def check(scope: Scope, value: object, what: str) -> object:
        fix = (f"write {cls.__name__}({', '.join(map(repr, value))})" if isinstance(value, (tuple, list))
               else f"write {example}")
        return check_instance(scope, value, cls, what, fix)
    return check


def _unique(path: str, specs: tuple, what: str, fix: str, where: Callable[[Any], str] = lambda spec: "") -> None:
    """No two entries of ``specs`` have one name (each builds a construct, and an object, of that
    name): the error names both entries (``where`` adds what tells them apart)."""
    twice = first_duplicate(s.name for s in specs)
    if twice is None:
        return
    first, second = twice
    if specs[first] == specs[second]:
        raise fail(path, f"the same {what} is declared twice, {path}[{first}] and {path}[{second}]", specs[second],
                   "declare it once")
    raise fail(path, f"two {what}s have one name, {path}[{first}]{where(specs[first])} and "
               f"{path}[{second}]{where(specs[second])}", specs[second].name, fix)


#: what HomelabSpec's errors show as a list of pools or apps
_POOLS_EXAMPLE = (PoolSpec("homelab-pool", cidrs=("192.168.10.192/26",)),)
_APPS_EXAMPLE = (AppSpec("sonarr", 8989, "media"),)


class Homelab(HomelabConstruct):
    """Every chart of ``spec``: ``Homelab(app, "Homelab", spec)``.

    The charts are added beside this construct, in ``scope`` (the app), so each is a file
    ``<chart>.k8s.yaml`` with a stable name (``gateway``, ``apps-media``, ...; ``synth`` puts it in
    the stage folders of ``dist/``, see :mod:`homelab_constructs.delivery`), whatever
    this construct's id. The constructs are attributes (``pools``, ``ca``, ``gateway``, ``apps``,
    ``vpn``, ``isolation``, ...) and the charts ``charts[name]``, so callers can add to them or
    reference what was built.

    :param spec: the homelab (see :class:`HomelabSpec`).
    """

    def __init__(self, scope: constructs.Construct, id: str, spec: HomelabSpec) -> None:
        super().__init__(scope, id)
        if not isinstance(spec, HomelabSpec):
            raise fail(self, "spec is not a HomelabSpec", spec, "pass HomelabSpec(domain=..., pools=..., apps=...)")
        claim_once(self, "homelab", scope.node.path, "Homelab is declared twice in one app", id,
                   "build one Homelab per app and add to its charts (Homelab.charts): the charts have fixed names",
                   already="already declares the charts")
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
        cidrs = spec.isolation.lan_cidrs  # a tuple of strings (IsolationSpec checks the type)
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
            app=qbittorrent(port=a.port if a.target_port is None else a.target_port), service_port=a.port,
            load_balancer=a.load_balancer, load_balancer_ip=a.load_balancer_ip,
            gateway=self.gateway if a.routed else None,
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
