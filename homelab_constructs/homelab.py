"""``Homelab``: the whole networking stack composed from one typed :class:`HomelabSpec`.

Each concern lands in its own chart, so ``dist/`` has one reviewable file per concern:
``cilium`` (LB pools, L2), ``certificates`` (CA chain), ``gateway`` (Gateway, redirect),
``apps-<namespace>`` (Namespace, Services, routes), ``policies-<namespace>`` (default-deny
CiliumNetworkPolicies), ``secrets`` (the Vault ClusterSecretStore), ``vpn`` (the VPN pod with
its credentials, volume claims, Service and route), ``platform`` (Cilium and cert-manager through Flux, the
Hubble UI route) and ``dns`` (the router's records).

The spec holds each construct's own props (:class:`~homelab_constructs.Props`, from
``<Construct>.props(...)``): every keyword argument of the construct can be set from the spec,
and the construct checks the values when ``Homelab`` builds it, with its construct path.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Sequence, TypeVar
from urllib.parse import urlsplit

import cdk8s
import constructs
from cdk8s_plus_27 import k8s

from ._base import MANAGED_BY, HomelabConstruct
from ._names import NAMESPACE_NAME_LABEL
from ._props import Props, parameters
from ._validation import (
    Code,
    Scope,
    check_bool,
    check_instance,
    check_network,
    check_sequence,
    check_text,
    claim_once,
    fail,
    first_duplicate,
    shown,
)
from .apps.app import HomelabApp
from .cluster import ClusterCidrs, check_cluster_cidrs, set_cluster_cidrs
from .dns.records import DnsRecords
from .gateway.gateway import HomelabGateway
from .isolation.spec import IsolationSpec, isolate_namespaces
from .network.intents import egress_who
from .network.lbipam import L2Announcement, LoadBalancerPool
from .tls.acme import AcmeIssuer
from .tls.ca import SelfSignedCa
from .validation.pools import PoolAddresses

if TYPE_CHECKING:  # these load the Flux / External Secrets bindings: only when a spec uses them
    from .apps.vpn import VpnPod
    from .dns.externaldns import ExternalDns
    from .gateway.security import SecurityPolicy
    from .platform.certmanager import CertManagerRelease
    from .platform.cilium import CiliumRelease
    from .secrets import VaultSecretStore


#: a construct built from its props
C = TypeVar("C", bound=HomelabConstruct)

@dataclass(frozen=True)
class HomelabSpec:
    """Everything that varies between homelabs, with generic defaults (a homelab's own values,
    such as the default homelab's in ``main.py``, are given by the caller).

    Each construct is given by its props, ``<Construct>.props(...)``, with every keyword
    argument of that construct (see its ``help()``); what the homelab wires itself is said
    per field, and the props win where they set it.
    """

    #: the homelab's one DNS domain: apps are served at ``<app>.<domain>`` (default
    #: ``home.arpa``, RFC 8375's domain for home networks); the gateway's ``domain``
    domain: str = "home.arpa"
    #: the LoadBalancer pools (chart ``cilium``; default none: give the addresses the LAN sets
    #: aside for the cluster), ``LoadBalancerPool.props(name=..., ranges=...)``
    pools: Sequence[Props[LoadBalancerPool]] = ()
    #: the L2 announcement policy that answers ARP for the pools' addresses (chart ``cilium``;
    #: default ``L2Announcement.props(name="homelab-l2")``, every interface); ``None`` for none
    #: (BGP, or no LoadBalancer)
    l2: Optional[Props[L2Announcement]] = L2Announcement.props(name="homelab-l2")
    #: the gateway (chart ``gateway``; default ``HomelabGateway.props()``); its ``domain`` is
    #: :attr:`domain`, and its ``cluster_issuer`` the CA unless the props name one
    gateway: Props[HomelabGateway] = HomelabGateway.props()
    #: the self-signed CA chain (chart ``certificates``; default ``SelfSignedCa.props()``); ``None``
    #: for none, as in a homelab whose certificates all come from ACME: the gateway's props then
    #: name its issuer (``HomelabGateway.props(cluster_issuer="letsencrypt-production")``), one of
    #: :attr:`issuers` or one declared external
    ca: Optional[Props[SelfSignedCa]] = SelfSignedCa.props()
    #: ACME issuers (chart ``certificates``), ``AcmeIssuer.props(name=..., solvers=...)``; none by default
    issuers: Sequence[Props[AcmeIssuer]] = ()
    #: the apps (charts ``apps-<namespace>``), ``HomelabApp.props(name=..., port=..., namespace=...)``;
    #: each is routed on the gateway unless its props say ``gateway=None`` (or another gateway)
    apps: Sequence[Props[HomelabApp]] = ()
    #: the ConfigMap (chart ``dns``) with every hostname -> gateway VIP for the router's DNS
    #: (hosts and dnsmasq formats; default ``DnsRecords.props()``, ``dns-records``), of the
    #: gateway; ``None`` for none. Skipped when the gateway has no pinned address.
    dns_records: Optional[Props[DnsRecords]] = DnsRecords.props()
    #: default-deny CiliumNetworkPolicies per app namespace (charts ``policies-<namespace>``);
    #: opting a namespace out is explicit (``IsolationSpec(opt_out={ns: reason})``: it waives
    #: the ``isolation`` recommendation with the reason, written into no object). Its
    #: ``lan_cidrs``, when given, are the LAN: they must hold every pool's addresses (with
    #: ``l2``, which announces them there) and Cilium's ``k8s_service_host`` (when an
    #: IP address other than loopback).
    isolation: IsolationSpec = field(default_factory=IsolationSpec)
    #: the cluster's node, pod and service CIDRs (default: none given); every synth checks
    #: that no LoadBalancer pool overlaps them, and the VPN pod lets the pod and service CIDRs
    #: past its tunnel
    cluster_cidrs: ClusterCidrs = field(default_factory=ClusterCidrs)
    #: the Vault ClusterSecretStore (chart ``secrets``), ``VaultSecretStore.props(server=...)``;
    #: ``None`` (default) for none
    secret_store: Optional[Props["VaultSecretStore"]] = None
    #: the VPN pod (chart ``vpn``; default ``None``: none), ``VpnPod.props(name=..., namespace=...)``:
    #: an app of the homelab (``Homelab.apps[name]`` is its web UI), routed on the gateway unless
    #: its ``web_ui`` names another, its credentials from :attr:`secret_store` unless the props
    #: give a ``store``, Gluetun's ``cluster_subnets`` from :attr:`cluster_cidrs` unless given
    vpn: Optional[Props["VpnPod"]] = None
    #: install Cilium through Flux (chart ``platform``), ``CiliumRelease.props(values=...)``; the
    #: Hubble UI, when on, is routed on the gateway at ``hubble.<domain>``; ``None`` (default):
    #: Cilium is installed some other way
    cilium: Optional[Props["CiliumRelease"]] = None
    #: install cert-manager through Flux (chart ``platform``), ``CertManagerRelease.props()``,
    #: in the CA's namespace unless the props name one; ``None`` (default): installed some other way
    cert_manager: Optional[Props["CertManagerRelease"]] = None
    #: ExternalDNS instances (chart ``external-dns``), ``ExternalDns.props(provider=..., ...)``:
    #: each publishes the routes of its ``gateway`` (default: every gateway's); none by default
    external_dns: Sequence[Props["ExternalDns"]] = ()
    #: per-route auth (chart ``security``), ``SecurityPolicy.props(target="<app name>", oidc=...)``:
    #: a ``target`` given by name is the route of that name (an app's route is named after the
    #: app); none by default
    security_policies: Sequence[Props["SecurityPolicy"]] = ()
    #: apply each construct's recommended preset (``<Construct>.RECOMMENDED``: the library's
    #: hardening, remediation, probes and monitoring opinions, each listed where the construct
    #: documents it) under the props given here (default ``True``); ``False`` builds every
    #: construct from its props alone, so only what they set is written
    recommended: bool = True


    def __post_init__(self) -> None:
        """Check every field's type (the values are checked by the constructs they build, with
        their construct paths) and that no two entries stand for one object; keep the lists as
        tuples, so the spec is immutable all the way down."""
        check_text("HomelabSpec.domain", self.domain, "domain", "home.arpa")
        check_bool("HomelabSpec.recommended", self.recommended, "recommended",
                   "write True (apply each construct's recommended preset) or False (only what the props set)")
        pools = self._checked_pools()
        self._check_gateway_and_ca()
        apps = self._checked_apps()
        self._check_cluster()
        self._check_vpn(apps)
        self._check_platform()
        self._check_vpn_grant()
        external_dns, security_policies = self._checked_dns_and_auth()
        _freeze(self, "pools", pools)
        _freeze(self, "apps", apps)
        _freeze(self, "external_dns", external_dns)
        _freeze(self, "security_policies", security_policies)

    def _checked_pools(self) -> tuple[Props[LoadBalancerPool], ...]:
        """The pools (props of LoadBalancerPool, one name each) and the L2 policy."""
        pools = check_sequence("HomelabSpec.pools", self.pools, "pools", _props_item(LoadBalancerPool),
                               example=_POOLS_EXAMPLE, item="pool")
        _identities("HomelabSpec.pools", pools, ("name",), "homelab-pool")
        _unique("HomelabSpec.pools", pools, "pool", "give each pool its own name: it names the pool in the cluster")
        _check_props("HomelabSpec.l2", self.l2, L2Announcement, "l2", optional=True)
        return pools

    def _check_gateway_and_ca(self) -> None:
        """The gateway's props (its domain is the spec's) and the CA's."""
        _check_props("HomelabSpec.gateway", self.gateway, HomelabGateway, "gateway",
                     fix=lambda v: ("leave it out for the default gateway: a Homelab always has one (an app is left "
                                    "unrouted with HomelabApp.props(..., gateway=None))") if v is None else None)
        if "domain" in self.gateway.given:
            raise fail("HomelabSpec.gateway", "the gateway's domain is the homelab's", self.gateway.given["domain"],
                       "drop domain= from the gateway's props and set HomelabSpec.domain")
        _check_props("HomelabSpec.ca", self.ca, SelfSignedCa, "ca", optional=True)
        if self.ca is None and "cluster_issuer" not in self.gateway.given:
            raise fail("HomelabSpec.ca", "the homelab has no CA and the gateway's props name no issuer", None,
                       "name the gateway's issuer, HomelabGateway.props(cluster_issuer='letsencrypt-production') with "
                       "HomelabSpec.issuers=(AcmeIssuer.props(name='letsencrypt-production', ...),), or keep the CA")
        issuers = check_sequence("HomelabSpec.issuers", self.issuers, "issuers", _props_item(AcmeIssuer),
                                 item="issuer", example=[Code("AcmeIssuer.props(name='letsencrypt-production', "
                                                             "solvers=[CloudflareDns01(...)])")])
        _unique("HomelabSpec.issuers", issuers, "issuer", "give each issuer its own name: it names the ClusterIssuer")
        _freeze(self, "issuers", issuers)

    def _checked_apps(self) -> tuple[Props[HomelabApp], ...]:
        """The apps (props of HomelabApp, one name each, a gateway left out, named or None)."""
        apps = check_sequence("HomelabSpec.apps", self.apps, "apps", _props_item(HomelabApp),
                              example=_APPS_EXAMPLE, item="app")
        _identities("HomelabSpec.apps", apps, ("name", "namespace"), "sonarr", "media")
        _gateways_named("HomelabSpec.apps", apps)
        _unique("HomelabSpec.apps", apps, "app", "give each app its own name: Homelab.apps, its isolation and the "
                "hostname <name>.<domain> are keyed by it", lambda a: f" (namespace {a.namespace})")
        return apps

    def _check_cluster(self) -> None:
        """The records ConfigMap, the isolation and the cluster's CIDRs."""
        _check_props("HomelabSpec.dns_records", self.dns_records, DnsRecords, "dns_records", optional=True,
                     fix=lambda v: f"write DnsRecords.props(name={v!r})" if isinstance(v, str) else None)
        check_instance("HomelabSpec.isolation", self.isolation, IsolationSpec, "isolation",
                       "write IsolationSpec(lan_cidrs=(...), opt_out={...}) (or leave it out for the defaults)")
        check_cluster_cidrs("HomelabSpec.cluster_cidrs", self.cluster_cidrs)

    def _check_vpn(self, apps: tuple[Props[HomelabApp], ...]) -> None:
        """The secret store's and the VPN pod's props (the VPN pod is an app: its name is its own)."""
        if self.secret_store is not None:
            from .secrets import VaultSecretStore

            _check_props("HomelabSpec.secret_store", self.secret_store, VaultSecretStore, "secret_store")
        if self.vpn is None:
            return
        from .apps.vpn import VpnPod

        _check_props("HomelabSpec.vpn", self.vpn, VpnPod, "vpn")
        _identities("HomelabSpec.vpn", (self.vpn,), ("name", "namespace"), "qbit", "downloads", one=True)
        _gateway_named("HomelabSpec.vpn.web_ui.gateway", getattr(self.vpn.given.get("web_ui"), "gateway", None),
                       unrouted="")
        if self.vpn.name in {a.name for a in apps}:
            raise fail("HomelabSpec.vpn", "VPN pod has the name of an app of HomelabSpec.apps", self.vpn.name,
                       "give the VPN pod its own name, or drop the app: the VPN pod is an app of the homelab")

    def _checked_dns_and_auth(self) -> tuple[tuple[Props["ExternalDns"], ...], tuple[Props["SecurityPolicy"], ...]]:
        """The ExternalDNS instances' and the SecurityPolicies' props (loaded only when given)."""
        external_dns: tuple[Props["ExternalDns"], ...] = ()
        policies: tuple[Props["SecurityPolicy"], ...] = ()
        if self.external_dns != ():
            from .dns.externaldns import ExternalDns

            external_dns = check_sequence("HomelabSpec.external_dns", self.external_dns, "external_dns",
                                          _props_item(ExternalDns), item="instance",
                                          example=[Code("ExternalDns.props(provider=CloudflareProvider(), ...)")])
        if self.security_policies != ():
            from .gateway.security import SecurityPolicy

            policies = check_sequence("HomelabSpec.security_policies", self.security_policies, "security_policies",
                                      _props_item(SecurityPolicy), item="policy",
                                      example=[Code("SecurityPolicy.props(target='grafana', oidc=OidcAuth(...))")])
        return external_dns, policies

    def _check_platform(self) -> None:
        """Cilium's and cert-manager's release props (cert-manager in the CA's namespace)."""
        if self.cilium is not None:
            from .platform.cilium import CiliumRelease

            _check_props("HomelabSpec.cilium", self.cilium, CiliumRelease, "cilium", fix=_cilium_fix)
        if self.cert_manager is None:
            return
        from .platform.certmanager import CertManagerRelease

        _check_props("HomelabSpec.cert_manager", self.cert_manager, CertManagerRelease, "cert_manager",
                     fix=lambda v: ("write CertManagerRelease.props() to install cert-manager, or None"
                                    if isinstance(v, bool) else None))
        namespace = self.cert_manager.given.get("namespace")
        if namespace is not None and self.ca is not None and namespace != self.ca.namespace:
            raise fail("HomelabSpec.cert_manager", f"cert-manager would run in {namespace}, but the CA's Secret "
                       f"is in {self.ca.namespace}: a ClusterIssuer reads its Secret from cert-manager's own "
                       "namespace", namespace, f"set the CA there too (HomelabSpec.ca=SelfSignedCa.props("
                       f"namespace={namespace!r})), or drop namespace= (cert-manager goes in the CA's)")

    def _check_vpn_grant(self) -> None:
        """The VPN pod's own egress grant comes with ``vpn``: a grant of ``isolation`` for the same
        pods would write its policy twice."""
        iso = self.isolation
        if self.vpn is None or not iso.enabled or self.vpn.namespace in iso.opt_out:
            return
        for index, grant in enumerate(iso.egress):
            if grant.namespace == self.vpn.namespace and egress_who(grant.pods) == self.vpn.name:
                raise fail(f"HomelabSpec.isolation.egress[{index}]", "egress grant is for the VPN pod, whose own grant "
                           "comes with HomelabSpec.vpn", f"{grant.namespace}/{self.vpn.name}",
                           "drop it: the VPN pod's grant already lets it reach the world on any port (through its "
                           "tunnel), and one policy is written per pods")


def _freeze(spec: object, name: str, value: object) -> None:
    """Set a field of a frozen spec to its checked, immutable form (a tuple, a read-only mapping)."""
    object.__setattr__(spec, name, value)


def _check_props(scope: Scope, value: object, construct: type, what: str, *, optional: bool = False,
                 fix: Callable[[object], Optional[str]] = lambda value: None) -> object:
    """``value`` is props of ``construct`` (``construct.props(...)``; with ``optional``, or
    ``None``); ``fix`` may say how to write a value of an older form as props."""
    if (optional and value is None) or (isinstance(value, Props) and issubclass(value.construct, construct)):
        return value
    name = construct.__name__
    how = fix(value)
    if how is None and isinstance(value, Mapping) and set(value) <= set(parameters(construct)):
        how = f"write {name}.props({', '.join(f'{k}={v!r}' for k, v in value.items())})"  # the call the dict means
    raise fail(scope, f"{what} is not {name}'s props" + (" or None" if optional else ""), shown(value),
               how or f"write {name}.props(...) with {name}'s keyword arguments (see help({name}))")


def _cilium_fix(value: object) -> Optional[str]:
    """How to write Cilium's values as the release's props."""
    from .platform.cilium_values import CiliumValues

    if isinstance(value, CiliumValues):
        return "write CiliumRelease.props(values=<these CiliumValues>)"
    if isinstance(value, Mapping):
        return "write CiliumRelease.props(values=CiliumValues(...)) (see help(CiliumValues) for its fields)"
    return None


def _gateways_named(path: str, specs: tuple, *, one: bool = False) -> None:
    """An app's ``gateway`` in a spec is left out (the homelab's), ``None``, or a gateway's name:
    a gateway's props build a second gateway nowhere."""
    for index, spec in enumerate(specs):
        _gateway_named(f"{path}{'' if one else f'[{index}]'}.gateway", spec.given.get("gateway"))


def _gateway_named(path: str, gateway: object, *, unrouted: str = ", or write None for no route") -> None:
    """``gateway`` (at ``path``) is not a gateway's props (see :func:`_gateways_named`);
    ``unrouted`` ends the fix with how to write no route, if there is one."""
    if isinstance(gateway, Props) or (isinstance(gateway, (list, tuple)) and any(isinstance(g, Props) for g in gateway)):
        raise fail(path, "gateway is a gateway's props, which build no gateway here", Code(repr(gateway)),
                   "leave gateway out (routed on HomelabSpec.gateway)" + (", " if unrouted else " or ") +
                   "name a gateway declared in the app such as 'homelab-gateway'" + unrouted)


def _identities(path: str, specs: tuple, fields: tuple[str, ...], *examples: str, one: bool = False) -> None:
    """The ``fields`` that name what each of ``specs`` builds (its construct id, its namespace's
    chart) are strings: their values are the construct's to check."""
    for index, spec in enumerate(specs):
        for field_name, example in zip(fields, examples, strict=True):
            check_text(f"{path}{'' if one else f'[{index}]'}.{field_name}", getattr(spec, field_name), field_name,
                       example)


def _props_item(construct: type) -> Callable[[Scope, object, str], object]:
    """An item check: props of ``construct``."""
    return lambda scope, value, what: _check_props(scope, value, construct, what)


def _unique(path: str, specs: tuple, what: str, fix: str, where: Callable[[Any], str] = lambda spec: "") -> None:
    """No two entries of ``specs`` have one name (each builds a construct, and an object, of that
    name): the error names both entries (``where`` adds what tells them apart)."""
    twice = first_duplicate(s.name for s in specs)
    if twice is None:
        return
    first, second = twice
    if specs[first] == specs[second]:
        raise fail(path, f"the same {what} is declared twice, {path}[{first}] and {path}[{second}]",
                   Code(repr(specs[second])), "declare it once")
    raise fail(path, f"two {what}s have one name, {path}[{first}]{where(specs[first])} and "
               f"{path}[{second}]{where(specs[second])}", specs[second].name, fix)


#: what HomelabSpec's errors show as a list of pools or apps
_POOLS_EXAMPLE = [Code("LoadBalancerPool.props(name='homelab-pool', cidrs=('192.168.10.192/26',))")]
_APPS_EXAMPLE = [Code("HomelabApp.props(name='sonarr', port=8989, namespace='media')")]


class Homelab(HomelabConstruct):
    """Every chart of ``spec``: ``Homelab(app, "Homelab", spec)``.

    The charts are added beside this construct, in ``scope`` (the app), so each is a file
    ``<chart>.k8s.yaml`` with a stable name (``gateway``, ``apps-media``, ...; ``synth`` puts it in
    the stage folders of ``dist/``, see :mod:`homelab_constructs.delivery.stages`), whatever
    this construct's id. The constructs are attributes (``pools``, ``ca``, ``gateway``, ``apps``,
    ``vpn``, ``isolation``, ...) and the charts ``charts[name]``, so callers can add to them or
    reference what was built.

    :param spec: the homelab (see :class:`HomelabSpec`).
    """

    def __init__(self, scope: constructs.Construct, id: str, spec: HomelabSpec) -> None:
        super().__init__(scope, id)
        if not isinstance(scope, cdk8s.App):
            raise fail(self, "Homelab is not built in the app", shown(scope),
                       "build it in the app itself, Homelab(app, 'Homelab', spec): its charts are files of the app, "
                       "named after the charts, only when they sit in the app")
        if not isinstance(spec, HomelabSpec):
            raise fail(self, "spec is not a HomelabSpec", spec, "pass HomelabSpec(domain=..., pools=..., apps=...)")
        claim_once(self, "homelab", scope.node.path, "Homelab is declared twice in one app", id,
                   "build one Homelab per app and add to its charts (Homelab.charts): the charts have fixed names",
                   already="already declares the charts")
        app = scope
        self.spec = spec
        self.charts: dict[str, cdk8s.Chart] = {}

        cilium = self.chart(app, "cilium")
        self.pools = [self._build(p, cilium, p.name) for p in spec.pools]
        self._check_lan(spec)
        if spec.cluster_cidrs != ClusterCidrs():
            set_cluster_cidrs(cilium, spec.cluster_cidrs)  # synth() checks the pools against them
        self.l2 = self._build(spec.l2, cilium, "L2") if spec.l2 is not None else None

        self.ca = self._build(spec.ca, self.chart(app, "certificates"), "Ca") if spec.ca is not None else None
        #: the ACME issuers of the spec (chart ``certificates``)
        self.issuers = [self._build(p, self.chart(app, "certificates"), p.name) for p in spec.issuers]
        self.gateway = self._build(spec.gateway, self.chart(app, "gateway"), "Gateway", domain=spec.domain,
                                   **({"cluster_issuer": self.ca} if self.ca is not None else {}))
        # the router's records of the gateway: its routes are read at synth, so the apps may come later
        self.dns_records = (self._build(spec.dns_records, self.chart(app, "dns"), "Records", gateways=[self.gateway])
                            if spec.dns_records is not None and self.gateway.load_balancer_ip else None)

        self.secret_store = (self._build(spec.secret_store, self.chart(app, "secrets"), "Vault")
                             if spec.secret_store is not None else None)

        # the platform: Cilium (the Hubble UI routed on the gateway) and cert-manager
        self.cilium_release = self.cert_manager = None
        if spec.cilium is not None:
            hubble = getattr(spec.cilium.values, "hubble", None)  # CiliumRelease checks the values
            self.cilium_release = self._build(spec.cilium, self.chart(app, "platform"), "Cilium",
                                                    gateway=self.gateway if hubble and hubble.ui else None)
        if spec.cert_manager is not None:
            self.cert_manager = self._build(spec.cert_manager, self.chart(app, "platform"), "CertManager",
                                            **({"namespace": self.ca.namespace} if self.ca is not None else {}))

        self.apps: dict[str, HomelabApp] = {}
        for a in spec.apps:
            self.apps[a.name] = self._build(a, self.namespace_chart(app, a.namespace), a.name, gateway=self.gateway)
        self.vpn = self._build_vpn(app, spec.vpn) if spec.vpn is not None else None
        #: the ExternalDNS instances (chart ``external-dns``) and the SecurityPolicies (chart ``security``)
        self.external_dns = [self._build(p, self.chart(app, "external-dns"), f"ExternalDns{i}")
                             for i, p in enumerate(spec.external_dns)]
        self.security_policies = [self._build(p, self.chart(app, "security"), f"SecurityPolicy{i}")
                                  for i, p in enumerate(spec.security_policies)]

        # every app namespace isolated unless opted out (built after the apps it allows)
        isolation = spec.isolation
        if self.vpn is not None and self._isolated(self.vpn.namespace):
            isolation = replace(isolation, egress=(*isolation.egress, self.vpn.egress_grant()))
        self.isolation = isolate_namespaces(
            lambda name: self.chart(app, name), list(self.apps.values()), isolation,
            {ns: self.charts[f"apps-{ns}"] for ns in {a.namespace for a in self.apps.values()}})
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

        host = getattr(spec.cilium.values if spec.cilium is not None else None, "k8s_service_host", None)
        try:
            api = ipaddress.ip_address(host) if isinstance(host, str) else None
        except ValueError:
            api = None  # a DNS name: nothing to compare
        api_note = ""
        if api is not None and not api.is_loopback and on_lan(api):
            api_note = (f"; HomelabSpec.cilium.values.k8s_service_host ({host!r}) lies in those LAN CIDRs too: move it "
                        "with the LAN (the API server's address on the new LAN, or 127.0.0.1 with Talos' KubePrism)")
        problems = []
        if spec.l2 is not None:  # L2 announcements answer for the pools' addresses on the nodes' LAN
            for pool in self.pools:
                addresses = PoolAddresses.of_ranges(pool.ranges)
                outside = addresses.outside(merged)
                if not outside:
                    continue
                # the smallest /24 (IPv6: /64) or wider network that holds the addresses outside
                start = outside[0].network_address
                stop = max(b.broadcast_address for b in outside if b.version == start.version)
                network = ipaddress.ip_network(f"{start}/{24 if start.version == 4 else 64}", strict=False)
                while stop not in network:
                    network = network.supernet()
                suggestion = str(network)
                if addresses.overlaps(merged):
                    fix = f"add the rest of the pool's LAN to them, such as {suggestion!r}, or keep the pool inside them"
                else:  # the whole pool is elsewhere: the LAN CIDRs (and what followed them) are stale
                    fix = (f"set them to the LAN the pool's addresses are announced on, such as ({suggestion!r},), or "
                           f"move the pool onto the LAN{api_note}")
                problems.append(fail(
                    where, f"LoadBalancer pool {pool.name} ({pool.describe()}) has addresses outside the LAN CIDRs, "
                    "the networks allowed to reach LoadBalancer apps", tuple(cidrs), fix))
        if api is not None and not api.is_loopback and not on_lan(api):
            problems.append(fail(
                "HomelabSpec.cilium.values.k8s_service_host", "API server address is neither loopback nor on the LAN "
                f"CIDRs {', '.join(map(str, lan))} of HomelabSpec.isolation.lan_cidrs", host,
                "set it to the API server's address on the LAN (a control-plane node or its VIP), or 127.0.0.1 with "
                "Talos' KubePrism; if the LAN moved, update HomelabSpec.isolation.lan_cidrs as well"))
        if problems:
            raise ValueError("\n".join(str(p) for p in problems))

    def _isolated(self, namespace: str) -> bool:
        return self.spec.isolation.enabled and namespace not in self.spec.isolation.opt_out

    def _build_vpn(self, app: constructs.Construct, vpn: Props["VpnPod"]) -> "VpnPod":
        """The VPN pod (chart ``vpn``), an app of the homelab: its namespace chart, its web UI in
        ``apps``. Its :attr:`~homelab_constructs.VpnPod.RECOMMENDED` preset lies under the props
        (with :attr:`HomelabSpec.recommended`); Gluetun lets the spec's cluster CIDRs past the
        tunnel and the web UI is routed on the gateway, unless the props say otherwise."""
        from .apps.vpn import VpnPod
        from .apps.vpn_gluetun import DEFAULT_CLUSTER_SUBNETS, Gluetun
        from .apps.vpn_web import WebUi

        if self.secret_store is None and "store" not in vpn.given:
            raise fail("HomelabSpec.vpn", "VPN pod has no secret store for its credentials", None,
                       "set HomelabSpec.secret_store=VaultSecretStore.props(server=...) (Vault), or give the VPN pod "
                       "its store (VpnPod.props(store=SecretStoreRef(...)))")
        cidrs = self.spec.cluster_cidrs
        # the props given over the preset; the cluster CIDRs and the gateway fill in what they leave out
        preset = VpnPod.RECOMMENDED if self.spec.recommended else {}
        props = {"store": self.secret_store, **preset, **vpn.given}
        gluetun, web_ui = props.get("gluetun", Gluetun()), props.get("web_ui", WebUi())
        if isinstance(gluetun, Gluetun) and gluetun.cluster_subnets is None:
            props["gluetun"] = replace(gluetun, cluster_subnets=(*cidrs.pods, *cidrs.services)
                                       if cidrs.pods or cidrs.services else DEFAULT_CLUSTER_SUBNETS)
        if isinstance(web_ui, WebUi) and web_ui.gateway is None:
            props["web_ui"] = replace(web_ui, gateway=self.gateway)
        self.namespace_chart(app, vpn.namespace)
        pod = VpnPod(self.chart(app, "vpn"), vpn.name, **props)
        self.apps[pod.name] = pod.web
        return pod

    def _admit_secret_operator(self) -> None:
        """When Vault is an app of an isolated namespace, let the External Secrets operator in."""
        store = self.secret_store
        if store is None:
            return
        host = (urlsplit(store.server).hostname or "").split(".")  # <service>.<namespace>[.svc...]
        if len(host) < 2 or host[1] not in self.isolation:
            return
        isolation = self.isolation[host[1]]
        if host[0] in {a.name for a in isolation.apps}:
            isolation.allow_ingress(host[0], namespace=store.service_account_namespace, pods=store.operator_pods)

    def _build(self, props: Props[C], scope: constructs.Construct, id: str, **context: Any) -> C:
        """``props`` built as ``id`` in ``scope``: the props given win over ``context`` (what this
        homelab wires, such as its gateway), which wins over the construct's recommended preset
        (when :attr:`HomelabSpec.recommended`)."""
        preset = props.construct.RECOMMENDED if self.spec.recommended else {}
        return props.build(scope, id, **{**preset, **context})

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
