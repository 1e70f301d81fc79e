"""ExternalDNS as Flux HelmReleases: public instances (Cloudflare) and internal ones (webhooks).

Split-horizon DNS: the same hostname may resolve to the tunnel publicly and to the internal
gateway's VIP on the LAN, but the two record sets never cross. Each instance

- reads the routes of the gateway it is given (``--gateway-name``/``--gateway-namespace``), or
  of every gateway when it is given none;
- reads only the ``DNSEndpoint`` objects of its own visibility (``--label-filter`` on
  :data:`VISIBILITY_LABEL`, which :class:`~homelab_constructs.dns.DnsEndpoint` writes when an
  instance of the other visibility filters on it; the ``!=`` selector lets the unlabelled
  objects through);
- owns its records through its own TXT owner id and prefix.

Its providers are in :mod:`.providers`. Credentials stay references: each provider reads one
Secret. Given a secret store (``ExternalDns(store=...)``), the instance also writes that
Secret's ``ExternalSecret`` (:class:`~homelab_constructs.secrets.SyncedSecret`) for exactly the
keys it reads, from the provider's ``remote_key``; without one, the Secret is provided some other
way.

Any number of instances may run, several of one visibility and several on one gateway
(a homelab may publish ``envoy-external`` to Cloudflare and to AdGuard Home). The app-wide
check refuses only what really collides: two instances that write the same DNS server
(:meth:`CloudflareProvider.dns_server`, :meth:`WebhookProvider.dns_server`) in overlapping zones with
the same TXT owner id and prefix, since each would take the other's records for its own and
delete them. That a public instance publishes no private (LAN) address of its gateway (the
public gateway points at a tunnel with :func:`dns_target_annotations`; LAN addresses go to an
internal instance) is one of the library's recommendations: a homelab that publishes a LAN
address on purpose says so with ``visibility="public"`` given explicitly, or waives it for the
instance with a reason (``waive(scope, "public-dns-private-address", construct=instance, reason=...)``).
"""
from __future__ import annotations

import copy
import ipaddress
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Mapping, Optional, Sequence, Union, cast

import constructs

from .._base import HomelabConstruct
from .._names import VISIBILITY_LABEL as VISIBILITY_LABEL  # on DNSEndpoints: the instance that publishes them
from .._tree import app_registry
from .._validation import (
    FrozenDict,
    add_check,
    check_choice,
    check_dns_label,
    check_instance,
    check_sequence,
    fail,
    is_dns_name,
    message,
)
from ..delivery.flux import ReleaseSettings, chart_release
from ..delivery.release_settings import RECOMMENDED_RELEASE
from ..gateway.gateway import HomelabGateway, app_gateways, resolve_gateway
from ..monitoring.dashboards import GrafanaComDashboard, check_dashboards, grafana_dashboards
from ..namespace import Namespace, namespace_name
from ..recommendations import recommend
from .externaldns_settings import (
    DEFAULT_SOURCES as DEFAULT_SOURCES,
)
from .externaldns_settings import (
    EXTERNAL_DNS_CHART_VERSION as EXTERNAL_DNS_CHART_VERSION,
)
from .externaldns_settings import (
    POLICIES as POLICIES,
)
from .externaldns_settings import (
    REGISTRIES as REGISTRIES,
)
from .externaldns_settings import (
    SOURCES as SOURCES,
)
from .externaldns_settings import (
    DnsPublishing,
    DnsRegistry,
    DnsSync,
    ExternalDnsChart,
)
from .providers import HARDENED_CONTAINER, HARDENED_POD, CloudflareProvider, Provider, WebhookProvider

if TYPE_CHECKING:  # the External Secrets binding loads only when a store is given
    from ..secrets import Store, SyncedSecret

#: The Gateway annotation that tells ExternalDNS what its routes' records point at.
TARGET_ANNOTATION = "external-dns.alpha.kubernetes.io/target"
VISIBILITIES = ("public", "internal")
Visibility = Literal["public", "internal"]
EXTERNAL_DNS_CHART_URL = "https://kubernetes-sigs.github.io/external-dns/"
#: a command-line flag as ExternalDNS takes it: ``--flag`` or ``--flag=value``
_FLAG = re.compile(r"^--(?P<name>[a-z0-9][a-z0-9-]*)(=(?P<value>[^\n]*))?$")
#: flags the chart writes from its values: the prop to set instead
_VALUE_FLAGS = {
    "txt-owner-id": "DnsRegistry(txt_owner_id=...)", "txt-prefix": "DnsRegistry(txt_prefix=...)",
    "domain-filter": "DnsPublishing(domain_filters=...)", "policy": "DnsSync(policy=...)",
    "registry": "DnsRegistry(type=...)", "interval": "DnsSync(interval=...)", "source": "DnsPublishing(sources=...)",
    "provider": "provider=...", "events": "DnsSync(trigger_loop_on_event=...)",
    "metrics-address": "ExternalDnsChart(metrics_port=...)",
}
#: flags the instance writes from its props: the prop that writes them
_OWNED_FLAGS = {
    "crd-source-apiversion": "DnsPublishing(sources=[..., 'crd'])",
    "crd-source-kind": "DnsPublishing(sources=[..., 'crd'])",
    "gateway-name": "gateway", "cloudflare-proxied": "CloudflareProvider(proxied=True)",
    "cloudflare-dns-records-per-page": "CloudflareProvider(records_per_page=...)",
}
#: ExternalDNS' dashboard on grafana.com, under the name homelabs give it
EXTERNAL_DNS_DASHBOARD = GrafanaComDashboard("network-external-dns", 15038, 3)
_GATEWAY_FIX = "pass the HomelabGateway whose routes it publishes, its name, or None for every gateway's"


def is_private(value: str) -> bool:
    """Whether ``value`` is an IP address that must never appear in public DNS."""
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return False
    return not ip.is_global


def dns_target_annotations(target: str) -> dict[str, str]:
    """The Gateway annotation that makes ExternalDNS point its routes' records at ``target``.

    Pass it as ``HomelabGateway(annotations=...)``: for the public gateway behind a
    Cloudflare tunnel the target is the tunnel's hostname (``external.<domain>``, a CNAME
    to the tunnel, see :class:`CloudflareTunnel`); for an internal gateway it may be its VIP
    (the default without the annotation).
    """
    if not (is_dns_name(target, trailing_dot=True) or _is_ip(target)):
        raise fail("dns_target_annotations", "DNS target is neither a hostname nor an IP address", target,
                   "use a hostname such as 'external.example.com' or an address such as 10.10.30.25")
    return {TARGET_ANNOTATION: target}


def _is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return False


def gateway_target(gateway: HomelabGateway) -> Optional[str]:
    """The ExternalDNS target annotation on ``gateway``, if any."""
    annotations = gateway.resource.metadata.to_json().get("annotations") or {}
    return annotations.get(TARGET_ANNOTATION)


@dataclass
class _Dns:
    instances: list["ExternalDns"] = field(default_factory=list)
    endpoints: list[Any] = field(default_factory=list)  # DnsEndpoint

    def errors(self) -> list[str]:
        errors: list[str] = []
        for index, instance in enumerate(self.instances):
            for other in self.instances[:index]:
                shared = instance.shares_records_with(other)
                if shared is not None:
                    errors.append(message(
                        instance, "ExternalDNS instances would own the same records", shared,
                        f"{other.node.path} writes the same DNS server and zone with the same TXT owner id and "
                        "prefix, so each would delete the other's records; give one its own txt_owner_id or "
                        "txt_prefix"))
                    break
            if instance.gateway is None:  # it reads every gateway's routes, known now
                for gateway in sorted((g for gs in app_gateways(instance).values() for g in gs),
                                      key=lambda g: (g.namespace, g.name)):
                    problem = instance.private_target(gateway)
                    if problem is not None:
                        errors.append(message(instance, *problem))
                        break
        for endpoint in self.endpoints:
            visibility = endpoint.visibility  # type: ignore[attr-defined]
            if not any(i.publishes(visibility) for i in self.instances):
                errors.append(message(endpoint, "no ExternalDNS instance publishes this endpoint's visibility",
                                      visibility, f"add an ExternalDns with visibility={visibility!r}"))
        return errors

    def filters_out(self, visibility: str) -> list["ExternalDns"]:
        """The instances that skip the ``DNSEndpoint`` objects labelled ``visibility`` (and would
        publish them unlabelled): those of the other visibility that read them with a label filter."""
        return [i for i in self.instances if "crd" in i.sources and i.visibility_filter and i.visibility != visibility]


def dns_registry(scope: constructs.Construct) -> _Dns:
    def create(root: constructs.Construct) -> _Dns:
        dns = _Dns()
        add_check(root, dns.errors)
        return dns

    return app_registry(scope, "dns", create)


def _zone_overlap(a: Sequence[str], b: Sequence[str]) -> Optional[str]:
    """The first zone of ``a`` that equals, contains or sits inside one of ``b`` (no zones: every zone)."""
    if not a or not b:
        return (list(a) or list(b) or ["every zone"])[0].rstrip(".")
    for x in (z.rstrip(".") for z in a):
        for y in (z.rstrip(".") for z in b):
            if x == y or x.endswith("." + y) or y.endswith("." + x):
                return x if len(x) >= len(y) else y
    return None


def _check_flag(scope: Union[constructs.Construct, str], arg: object, what: str) -> tuple[str, str]:
    match = _FLAG.fullmatch(arg) if isinstance(arg, str) else None
    if match is None:
        raise fail(scope, f"{what} is not a flag", arg, "write '--flag' or '--flag=value', such as '--cloudflare-proxied'")
    return match["name"], match.string


def _merge_args(scope: constructs.Construct, generated: list[str], extra_args: object) -> list[str]:
    """``extra_args`` after the generated flags they do not repeat: a generated flag written the
    same way stays where the user put it; one written otherwise, or a flag a prop writes, is refused."""
    extra = check_sequence(scope, extra_args, "extra_args", _check_flag, example=["--cloudflare-proxied"])
    by_name = {_FLAG.fullmatch(g)["name"]: g for g in generated}  # type: ignore[index]
    seen: set[str] = set()
    for name, arg in extra:
        if arg in seen:
            raise fail(scope, "extra arg is listed twice", arg, "write each flag once")
        seen.add(arg)
        if name in _VALUE_FLAGS:
            raise fail(scope, "extra arg sets what a prop sets", arg, f"set {_VALUE_FLAGS[name]} instead")
        if name in by_name and by_name[name] != arg:
            raise fail(scope, "extra arg contradicts a flag the instance writes", arg,
                       f"the instance writes {by_name[name]!r}; drop the arg or change the prop that writes it")
        if name not in by_name and name in _OWNED_FLAGS:
            raise fail(scope, "extra arg sets what a prop sets", arg, f"set {_OWNED_FLAGS[name]} instead")
    return [g for g in generated if g not in seen] + [arg for _, arg in extra]


class ExternalDns(HomelabConstruct):
    """One ExternalDNS instance (Flux HelmRelease) publishing routes and ``DNSEndpoint`` objects,
    read as a few concepts, each a value with its defaults:

    * ``publishing``, :class:`~.externaldns_settings.DnsPublishing`: the sources, zones and filters;
    * ``registry``, :class:`~.externaldns_settings.DnsRegistry`: the registry, TXT owner id and prefix;
    * ``sync``, :class:`~.externaldns_settings.DnsSync`: the policy, interval and event trigger;
    * ``chart``, :class:`~.externaldns_settings.ExternalDnsChart`: the chart's version and pod
      settings (hardening, ServiceMonitor, annotations, metrics port, full name);
    * and the instance's own settings (provider, gateway, visibility, names, store, flags,
      dashboards, release).

    Sources: ``gateway-httproute`` (the routes on ``gateway``, or on every gateway without one)
    and ``crd`` (the ``DNSEndpoint`` objects of this instance's visibility) unless
    ``publishing.sources`` says otherwise. The flags the instance writes come first in
    ``extraArgs`` (the CRD source's, ``--gateway-name`` and ``--gateway-namespace`` when it names
    a gateway, the visibility filter, the provider's), then ``extra_args``; a generated flag that
    ``extra_args`` repeats word for word keeps the user's position. A prop left unset writes
    nothing: the chart's default applies.

    :attr:`RECOMMENDED` (``ExternalDns.recommended(...)``) writes exactly:
    ``chart=ExternalDnsChart.recommended()`` (the pod's and the containers' security contexts,
    :data:`~.providers.HARDENED_POD` and :data:`~.providers.HARDENED_CONTAINER`, the webhook
    sidecar's too, and ``serviceMonitor.enabled: true``), ``sync=DnsSync.recommended()``
    (``policy: sync``, ``interval: 1h``, ``triggerLoopOnEvent: true``) and
    ``release=ReleaseSettings.recommended()`` (the release's ``install.remediation.retries: 3``,
    ``upgrade.cleanupOnFail: true`` and ``upgrade.remediation.retries: 3``). A group given
    replaces the preset's whole: write ``ExternalDnsChart.recommended(version=...)`` to keep it.

    :param provider: :class:`CloudflareProvider` or a :class:`WebhookProvider` (such as
        :func:`adguard_home_provider`).
    :param gateway: the gateway whose routes this instance publishes (``--gateway-name``, and
        ``--gateway-namespace`` unless ``publishing.gateway_namespace_filter=False``): the
        :class:`~homelab_constructs.HomelabGateway` or the name of one declared before (default
        ``None``: no gateway flag, so the instance publishes every gateway's routes).
    :param visibility: ``public`` or ``internal`` (default ``None``: ``public`` for Cloudflare,
        ``internal`` for a webhook provider). Given as ``public``, the instance publishes the
        gateways' addresses as they are, LAN addresses too; left to the provider, a public
        instance refuses a gateway's private address.
    :param name: the release's name (default ``external-dns-<visibility>``).
    :param namespace: the release's namespace, which must exist (default the gateway's; needed
        without a gateway).
    :param publishing: the :class:`~.externaldns_settings.DnsPublishing` (default
        ``DnsPublishing()``: :data:`DEFAULT_SOURCES`, the gateway's domain, both filters).
    :param registry: the :class:`~.externaldns_settings.DnsRegistry` (default ``DnsRegistry()``:
        the chart's registry, owner id the release's name, prefix ``k8s.<visibility>.``).
    :param sync: the :class:`~.externaldns_settings.DnsSync` (default ``DnsSync()``: the chart's).
    :param chart: the :class:`~.externaldns_settings.ExternalDnsChart` (default
        ``ExternalDnsChart()``: :data:`EXTERNAL_DNS_CHART_VERSION`, the chart's pod).
    :param store: write the provider's Secret with an ExternalSecret (in ``namespace``, for
        exactly the keys the release reads, from the provider's ``remote_key``) from this
        secret store: a :class:`~homelab_constructs.secrets.VaultSecretStore` or the name of
        a ClusterSecretStore of the app (default ``None``: the Secret is provided some other
        way). Another DNS construct that writes the same Secret identically shares it.
    :param extra_args: more flags, each ``--flag`` or ``--flag=value`` (default none); flags a
        value sets (``--txt-owner-id``, ``--policy``, ...) are refused.
    :param dashboards: Grafana dashboards to import with this instance, such as
        :data:`EXTERNAL_DNS_DASHBOARD` (default none).
    :param release: :class:`~homelab_constructs.platform.ReleaseSettings` of the release: chart
        source (also an OCI mirror shared by several releases), intervals, remediation, more values
        (merged last) (default ``None``: the chart from the ``HelmRepository`` ``external-dns``, reconciled every ``1h``).
    """

    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(
        RECOMMENDED_RELEASE, chart=ExternalDnsChart.recommended(), sync=DnsSync.recommended())

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        provider: Provider,
        gateway: Optional[Union[HomelabGateway, str]] = None,
        visibility: Optional[Visibility] = None,
        name: Optional[str] = None,
        namespace: Optional[str | Namespace] = None,
        publishing: DnsPublishing = DnsPublishing(),  # noqa: B008  (frozen: one shared default is safe)
        registry: DnsRegistry = DnsRegistry(),  # noqa: B008  (frozen)
        sync: DnsSync = DnsSync(),  # noqa: B008  (frozen)
        chart: ExternalDnsChart = ExternalDnsChart(),  # noqa: B008  (frozen)
        store: Optional["Store"] = None,
        extra_args: Sequence[str] = (),
        dashboards: Sequence[GrafanaComDashboard] = (),
        release: Optional[ReleaseSettings] = None,
    ) -> None:
        super().__init__(scope, id)
        namespace = cast(Optional[str], namespace_name(namespace))  # a Namespace stands for its name
        self._check_provider(gateway, provider, visibility)
        self._check_names(name, namespace)
        for value, cls, what, fix in (
                (publishing, DnsPublishing, "publishing", "write DnsPublishing(sources=[...], domain_filters=[...])"),
                (registry, DnsRegistry, "registry", "write DnsRegistry(type='txt', txt_owner_id=..., txt_prefix=...)"),
                (sync, DnsSync, "sync", "write DnsSync(policy='sync', ...) or DnsSync.recommended()"),
                (chart, ExternalDnsChart, "chart", "write ExternalDnsChart(...) or ExternalDnsChart.recommended()")):
            check_instance(self, value, cls, what, fix)
        self.publishing, self.registry, self.sync, self.chart = publishing, registry, sync, chart
        #: what it reads, and whether it skips the other visibility's ``DNSEndpoint`` objects
        self.sources, self.visibility_filter = publishing.sources, publishing.visibility_filter
        #: the zones it may touch (none: every zone)
        self.domain_filters = list(publishing.domain_filters) or (
            [self.gateway.domain] if self.gateway is not None else [])
        #: the TXT owner id and prefix that mark its records
        self.txt_owner_id = registry.txt_owner_id if registry.txt_owner_id is not None else self.name
        self.txt_prefix = registry.txt_prefix if registry.txt_prefix is not None else f"k8s.{self.visibility}."
        check_dashboards(self, dashboards)
        self._check_credentials(provider, store)
        if self.gateway is not None:
            problem = self.private_target(self.gateway)
            if problem is not None:  # one of the library's recommendations: waived per construct, with a reason
                recommend(self, "public-dns-private-address", *problem)
        args = _merge_args(self, self._generated_args(publishing.gateway_namespace_filter), extra_args)
        self.values: dict[str, object] = self._chart_values(args)
        #: the ExternalSecret that writes the provider's Secret (``None`` without a store or credentials)
        self.external_secret: Optional["SyncedSecret"] = self._credentials_secret(store)
        #: the GrafanaDashboards imported with this instance
        self.dashboards = grafana_dashboards(self, list(dashboards), namespace=self.namespace)
        _, self.release = chart_release(self, name=self.name, namespace=self.namespace, url=EXTERNAL_DNS_CHART_URL,
                                        chart="external-dns", version=chart.version, values=self.values,
                                        release=release)
        dns_registry(self).instances.append(self)

    # -- validate

    def _check_provider(self, gateway: object, provider: Provider, visibility: Optional[Visibility]) -> None:
        """Check the provider, the gateway and the visibility (default by provider); sets ``visibility``,
        ``explicit_public``, ``gateway`` and ``provider``."""
        if not isinstance(provider, (CloudflareProvider, WebhookProvider)):
            raise fail(self, "provider is not a CloudflareProvider or WebhookProvider", provider,
                       "pass CloudflareProvider(...) or a WebhookProvider such as adguard_home_provider(...)")
        #: the gateway whose routes it publishes (``None``: every gateway's)
        self.gateway: Optional[HomelabGateway] = (
            None if gateway is None else resolve_gateway(self, gateway, "gateway", _GATEWAY_FIX))
        provider.validate(self)
        #: the user gave ``visibility="public"``: the gateways' addresses are published as they are
        self.explicit_public = visibility == "public"
        if visibility is None:  # by provider: Cloudflare is the public DNS, a webhook the LAN's
            visibility = "public" if isinstance(provider, CloudflareProvider) else "internal"
        check_choice(self, visibility, VISIBILITIES, "visibility")
        self.visibility: Visibility = visibility
        self.provider = provider

    def _check_names(self, name: Optional[str], namespace: Optional[str]) -> None:
        """Check the release's name and namespace (defaults from the visibility and the gateway); sets ``name``
        and ``namespace``."""
        self.name = check_dns_label(self, name if name is not None else f"external-dns-{self.visibility}",
                                    "release name")
        if namespace is None:
            if self.gateway is None:
                raise fail(self, "ExternalDNS without a gateway needs a namespace", namespace,
                           "set namespace='<the namespace of the release>', such as 'network', or name a gateway")
            namespace = self.gateway.namespace
        self.namespace = check_dns_label(self, namespace, "namespace")

    def _check_credentials(self, provider: Provider, store: Optional["Store"]) -> None:
        """Check that a webhook provider's credentials name their Secret (and, with a store, their remote key)."""
        if isinstance(provider, WebhookProvider) and provider.secret_env:
            if not provider.secret_name:
                raise fail(self, "webhook provider reads credentials but names no Secret", dict(provider.secret_env),
                           "set WebhookProvider(secret_name=...) to the Secret an ExternalSecret writes")
            check_dns_label(self, provider.secret_name, "webhook secret name")
            if store is not None and not provider.remote_key:
                raise fail(self, "webhook provider's credentials have no remote key in the secret store",
                           provider.remote_key, "set WebhookProvider(remote_key=...) to their key in the store, "
                           "such as 'homelab/pihole'")

    def _generated_args(self, gateway_namespace_filter: bool) -> list[str]:
        """The flags the instance writes: the CRD source's, the gateway and visibility filters, the provider's."""
        other = "internal" if self.visibility == "public" else "public"
        gateway = self.gateway
        return [
            *(["--crd-source-apiversion=externaldns.k8s.io/v1alpha1", "--crd-source-kind=DNSEndpoint"]
              if "crd" in self.sources else []),
            *([f"--gateway-name={gateway.name}"] if gateway is not None else []),
            *([f"--gateway-namespace={gateway.namespace}"] if gateway is not None and gateway_namespace_filter else []),
            *([f"--label-filter={VISIBILITY_LABEL}!={other}"] if self.visibility_filter else []),
            *self.provider.args(),
        ]

    def _chart_values(self, args: list[str]) -> dict[str, object]:
        """The release's chart values, leaving out what is ``None`` (the chart's default)."""
        chart, sync = self.chart, self.sync
        values: dict[str, object] = {
            "fullnameOverride": chart.fullname_override if chart.fullname_override is not None else self.name,
            **self.provider.values(chart.hardened),
            "sources": list(self.sources),
            "domainFilters": self.domain_filters or None,
            "registry": self.registry.type,
            "txtOwnerId": self.txt_owner_id,
            "txtPrefix": self.txt_prefix,
            "policy": sync.policy,
            "interval": sync.interval,
            "triggerLoopOnEvent": sync.trigger_loop_on_event,
            "extraArgs": args or None,
            "podAnnotations": dict(chart.pod_annotations) or None,
            "podSecurityContext": copy.deepcopy(HARDENED_POD) if chart.hardened else None,
            "securityContext": copy.deepcopy(HARDENED_CONTAINER) if chart.hardened else None,
            "serviceMonitor": {"enabled": chart.service_monitor} if chart.service_monitor is not None else None,
            "service": {"port": chart.metrics_port} if chart.metrics_port is not None else None,
        }
        return {k: v for k, v in values.items() if v is not None}

    def private_target(self, gateway: HomelabGateway) -> Optional[tuple[str, object, str]]:
        """``(what, got, fix)`` when this instance, public by its provider, would publish a private
        address of ``gateway`` (its LoadBalancer address without a target annotation, or a private
        target); ``None`` otherwise (an internal instance, ``visibility="public"`` given, no route source)."""
        if self.visibility != "public" or self.explicit_public or not any(s.startswith("gateway-")
                                                                           for s in self.sources):
            return None
        lan = "set visibility='internal' to publish this LAN address (visibility='public' publishes it as it is), or "
        target = gateway_target(gateway)
        if target is None and gateway.load_balancer_ip and is_private(str(gateway.load_balancer_ip)):
            return (f"public ExternalDNS would publish the gateway {gateway.name}'s LoadBalancer address",
                    gateway.load_balancer_ip, lan + "annotate the gateway with dns_target_annotations("
                    "'external.<domain>') and point that name at a tunnel (CloudflareTunnel)")
        if target is not None and is_private(target):
            return (f"public ExternalDNS would publish the gateway {gateway.name}'s private target", target,
                    lan + "use a public hostname such as the tunnel's 'external.<domain>'")
        return None

    # -- build


    def _credentials_secret(self, store: Optional["Store"]) -> Optional["SyncedSecret"]:
        """The ExternalSecret that writes the provider's Secret from ``store``; ``None`` without a store or
        credentials."""
        secret = self.provider.secret()
        if store is None or secret is None:
            return None
        secret_name, keys = secret
        from ..secrets import shared_secret

        return shared_secret(
            self, "Credentials", name=secret_name, namespace=self.namespace, store=store,
            remote_key=self.provider.remote_key, keys=keys,  # type: ignore[arg-type]  # checked by _check_credentials
            rename="CloudflareProvider(token_secret=...)" if isinstance(self.provider, CloudflareProvider)
            else "WebhookProvider(secret_name=...)")

    # -- queries

    def publishes(self, visibility: str) -> bool:
        """Whether this instance publishes the ``DNSEndpoint`` objects of ``visibility``."""
        return "crd" in self.sources and (visibility == self.visibility or not self.visibility_filter)

    def shares_records_with(self, other: "ExternalDns") -> Optional[str]:
        """What this instance and ``other`` would both own (a description), or ``None``: the same
        DNS server, overlapping zones, the same TXT owner id and prefix."""
        server = self.provider.dns_server()
        if server != other.provider.dns_server() or (self.txt_owner_id, self.txt_prefix) != (
                other.txt_owner_id, other.txt_prefix):
            return None
        zone = _zone_overlap(self.domain_filters, other.domain_filters)
        if zone is None:
            return None
        return f"{server} zone {zone}, TXT owner {self.txt_owner_id}, prefix {self.txt_prefix}"
