"""ExternalDNS as Flux HelmReleases: a public instance (Cloudflare) and an internal one (webhook).

Split-horizon DNS: the same hostname may resolve to the tunnel publicly and to the internal
gateway's VIP on the LAN, but the two record sets never cross. Each instance

- reads only the routes attached to its own gateway (``--gateway-name``/``--gateway-namespace``);
- reads only the ``DNSEndpoint`` objects of its own visibility (:data:`VISIBILITY_LABEL`,
  set by :class:`~homelab_constructs.dns.DnsEndpoint`; the ``!=`` selector lets the
  unlabelled routes through);
- owns its records through its own TXT owner id and prefix.

Credentials stay references: each provider reads one Secret. Given a secret store
(``ExternalDns(store=...)``), the instance also writes that Secret's ``ExternalSecret``
(:class:`~homelab_constructs.secrets.SyncedSecret`) for exactly the keys it reads, from the
provider's ``remote_key``; without one, the Secret is provided some other way.

Any number of instances may run, several of one visibility and several on one gateway
(a homelab may publish ``envoy-external`` to Cloudflare and to AdGuard Home). The app-wide
check refuses only what really collides: two instances that write the same DNS server
(:meth:`CloudflareProvider.dns_server`, :meth:`WebhookProvider.dns_server`) in overlapping zones with
the same TXT owner id and prefix, since each would take the other's records for its own and
delete them. That a public instance publishes no private (LAN) address of its gateway (the
public gateway points at a tunnel with :func:`dns_target_annotations`; LAN addresses go to an
internal instance) is one of the library's recommendations: a homelab that publishes a LAN
address on purpose waives it for the instance, with a reason
(``waive(scope, "public-dns-private-address", construct=instance, reason=...)``).
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Mapping, Optional, Sequence, Union

import constructs

from .._base import HomelabConstruct
from .._names import VISIBILITY_LABEL as VISIBILITY_LABEL  # on DNSEndpoints: the instance that publishes them
from .._tree import app_registry
from .._validation import (
    DATA_KEY,
    add_check,
    check_annotations,
    check_bool,
    check_choice,
    check_dns_label,
    check_env,
    check_go_duration,
    check_instance,
    check_port,
    check_resources,
    check_secret_env,
    check_sequence,
    fail,
    is_dns_name,
    message,
)
from ..delivery.flux import ReleaseSettings, chart_release
from ..gateway.gateway import HomelabGateway
from ..monitoring.dashboards import GrafanaComDashboard, check_dashboards, grafana_dashboards
from ..recommendations import recommend

if TYPE_CHECKING:  # the External Secrets binding loads only when a store is given
    from ..secrets import Store, SyncedSecret

#: The Gateway annotation that tells ExternalDNS what its routes' records point at.
TARGET_ANNOTATION = "external-dns.alpha.kubernetes.io/target"
VISIBILITIES = ("public", "internal")
Visibility = Literal["public", "internal"]
#: The ExternalDNS chart that ships ExternalDNS v0.22.0 (the pinned CRDs' version).
EXTERNAL_DNS_CHART_VERSION = "1.22.0"
EXTERNAL_DNS_CHART_URL = "https://kubernetes-sigs.github.io/external-dns/"

_SECURITY_CONTEXT = {
    "allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True, "runAsNonRoot": True,
    "runAsUser": 65534, "runAsGroup": 65534, "capabilities": {"drop": ["ALL"]},
}
_POD_SECURITY_CONTEXT = {"runAsNonRoot": True, "fsGroup": 65534, "seccompProfile": {"type": "RuntimeDefault"}}
#: Cloudflare's page size limits for listing DNS records (``per_page``)
CLOUDFLARE_RECORDS_PER_PAGE = (1, 5_000_000)
_SECRET_KEY_FIX = "use letters, digits, '-', '_' or '.', such as 'password'"
#: an image repository or tag: one word, no whitespace
_IMAGE_PART = re.compile(r"^[^\s]+$")
#: every source ExternalDNS (v0.22) reads that a homelab uses
SOURCES = ("crd", "service", "ingress", "gateway-httproute", "gateway-grpcroute", "gateway-tlsroute",
           "gateway-tcproute", "gateway-udproute")
#: the sources an instance reads unless told otherwise
DEFAULT_SOURCES = ("crd", "gateway-httproute")
POLICIES = ("sync", "upsert-only", "create-only")
#: ExternalDNS' registries (``--registry``)
REGISTRIES = ("txt", "noop", "dynamodb", "aws-sd")
#: a command-line flag as ExternalDNS takes it: ``--flag`` or ``--flag=value``
_FLAG = re.compile(r"^--(?P<name>[a-z0-9][a-z0-9-]*)(=(?P<value>[^\n]*))?$")
#: flags the chart writes from its values: the prop to set instead
_VALUE_FLAGS = {
    "txt-owner-id": "txt_owner_id", "txt-prefix": "txt_prefix", "domain-filter": "domain_filters",
    "policy": "policy", "registry": "registry", "interval": "sync_interval", "source": "sources",
    "provider": "provider", "events": "trigger_loop_on_event", "metrics-address": "metrics_port",
}
#: flags the instance writes from its props: the prop that writes them
_OWNED_FLAGS = {
    "crd-source-apiversion": "sources=[..., 'crd']", "crd-source-kind": "sources=[..., 'crd']",
    "gateway-name": "gateway", "cloudflare-proxied": "CloudflareProvider(proxied=True)",
    "cloudflare-dns-records-per-page": "CloudflareProvider(records_per_page=...)",
}
#: ExternalDNS' dashboard on grafana.com, under the name homelabs give it
EXTERNAL_DNS_DASHBOARD = GrafanaComDashboard("network-external-dns", 15038, 3)


def check_secret_key(scope: constructs.Construct, key: object, what: str) -> str:
    if not isinstance(key, str) or not DATA_KEY.fullmatch(key):
        raise fail(scope, f"{what} is not a Secret key", key, _SECRET_KEY_FIX)
    return key


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


@dataclass(frozen=True)
class CloudflareProvider:
    """ExternalDNS' Cloudflare provider; the API token comes from a Secret by reference.

    :param token_secret: the Secret holding the API token (written by an ExternalSecret;
        default ``cloudflare-dns-token``). The token needs Zone:Read and DNS:Edit.
    :param token_key: the key of the token in that Secret (default ``api-token``).
    :param proxied: publish records proxied through Cloudflare (default ``True``).
    :param records_per_page: page size of Cloudflare's record listing (default ``5000``,
        fewer API calls and no rate limits on large zones).
    :param remote_key: the key in the secret store holding the token, as its property
        ``token_key``; used only when the instance has a store (``ExternalDns(store=...)``)
        (default ``homelab/cloudflare-dns``).
    :param zone_id_key: the key of the zone id in ``token_secret``, read as ``CF_ZONE_ID``
        (default ``None``: not read).
    :param legacy_string: write the chart's legacy ``provider: cloudflare`` string instead of
        ``provider: {name: cloudflare}`` (default ``False``); both select the same provider.
    """

    token_secret: str = "cloudflare-dns-token"
    token_key: str = "api-token"
    proxied: bool = True
    records_per_page: int = 5000
    remote_key: str = "homelab/cloudflare-dns"
    zone_id_key: Optional[str] = None
    legacy_string: bool = False

    def secret(self) -> tuple[str, dict[str, str]]:
        """The Secret the release reads and its keys (Secret key -> the remote key's property)."""
        keys = [self.token_key] + ([self.zone_id_key] if self.zone_id_key else [])
        return self.token_secret, {key: key for key in keys}

    def dns_server(self) -> str:
        """The DNS server this provider writes, for the app-wide collision check: Cloudflare
        (a zone is one zone there, whatever the token)."""
        return "cloudflare"

    def validate(self, scope: constructs.Construct) -> None:
        """Raise ``ValueError`` for a prop Cloudflare or ExternalDNS would refuse or ignore."""
        check_dns_label(scope, self.token_secret, "token secret name")
        check_secret_key(scope, self.token_key, "token key")
        check_bool(scope, self.proxied, "proxied", "write True to proxy records through Cloudflare, or False")
        if self.zone_id_key is not None:
            check_secret_key(scope, self.zone_id_key, "zone id key")
        check_bool(scope, self.legacy_string, "legacy_string",
                   "write True for the chart's legacy 'provider: cloudflare' string, or False for provider.name")
        low, high = CLOUDFLARE_RECORDS_PER_PAGE
        value = self.records_per_page
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise fail(scope, f"records per page must be an integer in {low}-{high}", value,
                       "use 5000 (the default): fewer API calls on large zones")

    def values(self) -> dict[str, object]:
        env = [{"name": "CF_API_TOKEN", "valueFrom": {"secretKeyRef": {"name": self.token_secret, "key": self.token_key}}}]
        if self.zone_id_key:
            env.append({"name": "CF_ZONE_ID",
                        "valueFrom": {"secretKeyRef": {"name": self.token_secret, "key": self.zone_id_key}}})
        return {"provider": "cloudflare" if self.legacy_string else {"name": "cloudflare"}, "env": env}

    def args(self) -> list[str]:
        args = [f"--cloudflare-dns-records-per-page={self.records_per_page}"]
        if self.proxied:
            args.append("--cloudflare-proxied")
        return args


@dataclass(frozen=True)
class WebhookProvider:
    """An ExternalDNS webhook provider running as a sidecar (AdGuard Home, Pi-hole, Unbound, ...).

    :param image: the provider image repository.
    :param tag: the image tag.
    :param env: plain environment variables (such as the DNS server's URL) (default none).
    :param secret_env: environment variable -> key in ``secret_name``, for credentials
        (default none).
    :param secret_name: the Secret holding the credentials (written by an ExternalSecret;
        required when ``secret_env`` is given) (default ``None``).
    :param remote_key: the key in the secret store holding the credentials, one property
        per key of ``secret_env`` (same names); required when the instance has a store
        (``ExternalDns(store=...)``) and ``secret_env`` is given (default ``None``).
    :param liveness_path: the HTTP path of the sidecar's liveness probe (default ``None``:
        the chart's, ``/healthz``).
    :param readiness_path: the HTTP path of its readiness probe (default ``None``: the
        chart's, ``/readyz``).
    :param probe_port: the port (name or number) both probes use when a path is given
        (default ``http-webhook``, the chart's name for the webhook port).
    :param requests: the sidecar's resource requests, ``cpu``/``memory`` -> quantity
        (default none).
    :param limits: its resource limits (default none).
    :param server: names the DNS server this provider writes, for the app-wide collision
        check (default ``None``: the image repository, so two instances of one webhook image
        are taken to write one server unless their ``server`` differs).
    """

    image: str
    tag: str
    env: Mapping[str, str] = field(default_factory=dict)
    secret_env: Mapping[str, str] = field(default_factory=dict)
    secret_name: Optional[str] = None
    remote_key: Optional[str] = None
    liveness_path: Optional[str] = None
    readiness_path: Optional[str] = None
    probe_port: Union[str, int] = "http-webhook"
    requests: Mapping[str, str] = field(default_factory=dict)
    limits: Mapping[str, str] = field(default_factory=dict)
    server: Optional[str] = None

    def validate(self, scope: constructs.Construct) -> None:
        """Raise ``ValueError`` for the image, or for an environment that is not plain strings or
        that holds a secret (a URL with ``user:password@``, or a variable named like a secret:
        those go in ``secret_env``)."""
        for value, what in ((self.image, "webhook image"), (self.tag, "webhook image tag")):
            if not isinstance(value, str) or not _IMAGE_PART.fullmatch(value):
                raise fail(scope, f"{what} is empty or holds whitespace", value,
                           "write the image repository and its tag, such as "
                           "'ghcr.io/muhlba91/external-dns-provider-adguard' and 'v9.0.1'")
        env = check_env(scope, self.env, "webhook env",
                        "pass it by Secret reference: WebhookProvider(secret_env={'<NAME>': '<key>'}, secret_name=...)")
        check_secret_env(scope, self.secret_env, "webhook", env, example={"PIHOLE_PASSWORD": "password"},
                         name_example="PIHOLE_PASSWORD")
        for path, what in ((self.liveness_path, "webhook liveness path"), (self.readiness_path, "webhook readiness path")):
            if path is not None and (not isinstance(path, str) or not re.fullmatch(r"/[^\s?#]*", path)):
                raise fail(scope, f"{what} is not an HTTP path", path, "write a path such as '/healthz', or None "
                                                                       "for the chart's")
        port = self.probe_port
        if isinstance(port, str):
            check_dns_label(scope, port, "webhook probe port name")
        else:
            check_port(scope, port, "webhook probe port")
        for resources, what in ((self.requests, "webhook requests"), (self.limits, "webhook limits")):
            check_resources(scope, resources, what, {"cpu": "10m", "memory": "20Mi"})
        if self.server is not None and (not isinstance(self.server, str) or not _IMAGE_PART.fullmatch(self.server)):
            raise fail(scope, "webhook server is empty or holds whitespace", self.server,
                       "name the DNS server, such as its URL 'http://192.168.1.2:3000', or None for the image")

    def dns_server(self) -> str:
        """The DNS server this provider writes, for the app-wide collision check."""
        return self.server or self.image

    def secret(self) -> Optional[tuple[str, dict[str, str]]]:
        """The Secret the sidecar reads and its keys (Secret key -> the remote key's property);
        ``None`` without credentials."""
        if not self.secret_env:
            return None
        return self.secret_name or "", {key: key for key in sorted(set(self.secret_env.values()))}

    def values(self) -> dict[str, object]:
        env: list[dict[str, object]] = [{"name": k, "value": v} for k, v in sorted(self.env.items())]
        env += [{"name": k, "valueFrom": {"secretKeyRef": {"name": self.secret_name, "key": key}}}
                for k, key in sorted(self.secret_env.items())]
        webhook: dict[str, object] = {
            "image": {"repository": self.image, "tag": self.tag},
            "env": env,
            "securityContext": dict(_SECURITY_CONTEXT),
        }
        for key, path in (("livenessProbe", self.liveness_path), ("readinessProbe", self.readiness_path)):
            if path is not None:
                webhook[key] = {"httpGet": {"path": path, "port": self.probe_port}}
        resources = {k: dict(v) for k, v in (("requests", self.requests), ("limits", self.limits)) if v}
        if resources:
            webhook["resources"] = resources
        return {"provider": {"name": "webhook", "webhook": webhook}}

    def args(self) -> list[str]:
        return []


def adguard_home_provider(
    url: str,
    *,
    secret_name: str = "adguard-home-credentials",
    username_key: str = "username",
    password_key: str = "password",
    tag: str = "v9.0.1",
    remote_key: str = "homelab/adguard-home",
) -> WebhookProvider:
    """The AdGuard Home webhook provider (``ghcr.io/muhlba91/external-dns-provider-adguard``).

    :param url: AdGuard Home's URL, such as ``http://192.168.1.2:3000``.
    :param secret_name: the Secret with the AdGuard login (default ``adguard-home-credentials``).
    :param username_key: the Secret key of the user name (default ``username``).
    :param password_key: the Secret key of the password (default ``password``).
    :param tag: the provider image tag (default ``v9.0.1``).
    :param remote_key: the key in the secret store with the login, as the properties
        ``username_key`` and ``password_key``; used only when the instance has a store
        (``ExternalDns(store=...)``) (default ``homelab/adguard-home``).
    """
    return WebhookProvider(
        image="ghcr.io/muhlba91/external-dns-provider-adguard", tag=tag,
        env={"ADGUARD_URL": url, "DRY_RUN": "false"},
        secret_env={"ADGUARD_USER": username_key, "ADGUARD_PASSWORD": password_key},
        secret_name=secret_name, remote_key=remote_key, server=url,
    )


Provider = Union[CloudflareProvider, WebhookProvider]


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
        for endpoint in self.endpoints:
            visibility = endpoint.visibility  # type: ignore[attr-defined]
            if not any(i.publishes(visibility) for i in self.instances):
                errors.append(message(endpoint, "no ExternalDNS instance publishes this endpoint's visibility",
                                      visibility, f"add an ExternalDns with visibility={visibility!r}"))
        return errors


def dns_registry(scope: constructs.Construct) -> _Dns:
    def create(root: constructs.Construct) -> _Dns:
        dns = _Dns()
        add_check(root, dns.errors)
        return dns

    return app_registry(scope, "dns", create)


def _zone_overlap(a: Sequence[str], b: Sequence[str]) -> Optional[str]:
    """The first zone of ``a`` that equals, contains or sits inside one of ``b``."""
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
            raise fail(scope, "extra arg sets what a prop sets", arg, f"set {_VALUE_FLAGS[name]}= instead")
        if name in by_name and by_name[name] != arg:
            raise fail(scope, "extra arg contradicts a flag the instance writes", arg,
                       f"the instance writes {by_name[name]!r}; drop the arg or change the prop that writes it")
        if name not in by_name and name in _OWNED_FLAGS:
            raise fail(scope, "extra arg sets what a prop sets", arg, f"set {_OWNED_FLAGS[name]} instead")
    return [g for g in generated if g not in seen] + [arg for _, arg in extra]


class ExternalDns(HomelabConstruct):
    """One ExternalDNS instance (Flux HelmRelease) publishing one gateway's routes.

    Sources: ``gateway-httproute`` (the routes on ``gateway``) and ``crd`` (the
    ``DNSEndpoint`` objects labelled with this instance's visibility) unless ``sources``
    says otherwise. The flags the instance writes come first in ``extraArgs`` (the CRD
    source's, ``--gateway-name``, the filters, the provider's), then ``extra_args``; a
    generated flag that ``extra_args`` repeats word for word keeps the user's position.

    :param gateway: the gateway whose routes this instance publishes (``--gateway-name``).
    :param provider: :class:`CloudflareProvider` or a :class:`WebhookProvider` (such as
        :func:`adguard_home_provider`).
    :param visibility: ``public`` or ``internal`` (default: ``public`` for Cloudflare,
        ``internal`` for a webhook provider).
    :param name: the release's name (default ``external-dns-<visibility>``).
    :param namespace: the release's namespace, which must exist (default the gateway's).
    :param domain_filters: the zones this instance may touch (default the gateway's domain).
    :param txt_owner_id: the TXT registry owner id (default the release's name).
    :param txt_prefix: the TXT registry record prefix (default ``k8s.<visibility>.``; a
        prefix keeps the TXT ownership records off the CNAME names, which Cloudflare requires).
    :param policy: ``sync`` (default; deletes the records it owns when routes go),
        ``upsert-only`` or ``create-only``.
    :param sync_interval: ExternalDNS' own full resync interval (chart value ``interval``), a
        Go duration, or ``None`` for the chart's (default ``1h``; events trigger runs in
        between). Not Flux's reconcile interval.
    :param interval: former name of ``sync_interval``, kept working (default ``None``).
    :param service_monitor: add a Prometheus ServiceMonitor (default ``True``).
    :param chart_version: the ``external-dns`` chart version (default :data:`EXTERNAL_DNS_CHART_VERSION`).
    :param store: write the provider's Secret with an ExternalSecret (in ``namespace``, for
        exactly the keys the release reads, from the provider's ``remote_key``) from this
        secret store: a :class:`~homelab_constructs.secrets.VaultSecretStore` or the name of
        a ClusterSecretStore of the app (default ``None``: the Secret is provided some other
        way). Another DNS construct that writes the same Secret identically shares it.
    :param sources: what ExternalDNS reads, from :data:`SOURCES` (default :data:`DEFAULT_SOURCES`).
    :param extra_args: more flags, each ``--flag`` or ``--flag=value`` (default none); flags a
        prop sets (``--txt-owner-id``, ``--policy``, ...) are refused.
    :param gateway_namespace_filter: add ``--gateway-namespace=<gateway's namespace>``
        (default ``True``).
    :param visibility_filter: add ``--label-filter`` so the instance skips the objects
        labelled with the other visibility (default ``True``; ``False`` publishes every
        ``DNSEndpoint``).
    :param registry: the ownership registry, from :data:`REGISTRIES`, or ``None`` for the
        chart's (default ``txt``).
    :param trigger_loop_on_event: sync when a source object changes, not only every
        ``sync_interval`` (default ``True``).
    :param pod_annotations: annotations on the ExternalDNS pod, such as Reloader's
        (default none).
    :param metrics_port: the metrics port of the chart's Service (``service.port``), or
        ``None`` for the chart's 7979 (default ``None``).
    :param fullname_override: the chart's ``fullnameOverride`` (default the release's name).
    :param dashboards: Grafana dashboards to import with this instance, such as
        :data:`EXTERNAL_DNS_DASHBOARD` (default none).
    :param release: :class:`~homelab_constructs.platform.ReleaseSettings` of the release: chart
        source (also an OCI mirror shared by several releases), intervals, remediation, more values
        (merged last) (default ``None``: the chart from the ``HelmRepository`` ``external-dns``, reconciled every ``1h``).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        gateway: HomelabGateway,
        provider: Provider,
        visibility: Optional[Visibility] = None,
        name: Optional[str] = None,
        namespace: Optional[str] = None,
        domain_filters: Sequence[str] = (),
        txt_owner_id: Optional[str] = None,
        txt_prefix: Optional[str] = None,
        policy: Literal["sync", "upsert-only", "create-only"] = "sync",
        sync_interval: Optional[str] = "1h",
        interval: Optional[str] = None,
        service_monitor: bool = True,
        chart_version: str = EXTERNAL_DNS_CHART_VERSION,
        store: Optional["Store"] = None,
        sources: Sequence[str] = DEFAULT_SOURCES,
        extra_args: Sequence[str] = (),
        gateway_namespace_filter: bool = True,
        visibility_filter: bool = True,
        registry: Optional[str] = "txt",
        trigger_loop_on_event: bool = True,
        pod_annotations: Optional[Mapping[str, str]] = None,
        metrics_port: Optional[int] = None,
        fullname_override: Optional[str] = None,
        dashboards: Sequence[GrafanaComDashboard] = (),
        release: Optional[ReleaseSettings] = None,
    ) -> None:
        super().__init__(scope, id)
        self._check_provider(gateway, provider, visibility)
        self._check_names(name, namespace)
        self._check_records(domain_filters, txt_owner_id, txt_prefix)
        check_choice(self, policy, POLICIES, "policy")
        sync_interval = self._check_sync_interval(sync_interval, interval)
        check_bool(self, service_monitor, "service_monitor")
        self._check_sources(sources, gateway_namespace_filter, visibility_filter)
        annotations, fullname = self._check_chart_options(registry, trigger_loop_on_event, pod_annotations,
                                                          metrics_port, fullname_override)
        check_dashboards(self, dashboards)
        self._check_credentials(provider, store)
        self._check_public_target(gateway)
        args = _merge_args(self, self._generated_args(gateway_namespace_filter), extra_args)
        self.values: dict[str, object] = self._chart_values(
            fullname, args, annotations, registry=registry, policy=policy, sync_interval=sync_interval,
            trigger_loop_on_event=trigger_loop_on_event, service_monitor=service_monitor, metrics_port=metrics_port)
        #: the ExternalSecret that writes the provider's Secret (``None`` without a store or credentials)
        self.external_secret: Optional["SyncedSecret"] = self._credentials_secret(store)
        #: the GrafanaDashboards imported with this instance
        self.dashboards = grafana_dashboards(self, list(dashboards), namespace=self.namespace)
        _, self.release = chart_release(self, name=self.name, namespace=self.namespace, url=EXTERNAL_DNS_CHART_URL,
                                        chart="external-dns", version=chart_version, values=self.values,
                                        release=release)
        dns_registry(self).instances.append(self)

    # -- validate

    def _check_provider(self, gateway: HomelabGateway, provider: Provider, visibility: Optional[Visibility]) -> None:
        """Check the provider, the gateway and the visibility (default by provider); sets ``visibility``,
        ``gateway`` and ``provider``."""
        if not isinstance(provider, (CloudflareProvider, WebhookProvider)):
            raise fail(self, "provider is not a CloudflareProvider or WebhookProvider", provider,
                       "pass CloudflareProvider(...) or a WebhookProvider such as adguard_home_provider(...)")
        check_instance(self, gateway, HomelabGateway, "gateway", "pass the HomelabGateway whose routes it publishes")
        provider.validate(self)
        if visibility is None:  # by provider: Cloudflare is the public DNS, a webhook the LAN's
            visibility = "public" if isinstance(provider, CloudflareProvider) else "internal"
        check_choice(self, visibility, VISIBILITIES, "visibility")
        self.visibility: Visibility = visibility
        self.gateway = gateway
        self.provider = provider

    def _check_names(self, name: Optional[str], namespace: Optional[str]) -> None:
        """Check the release's name and namespace (defaults from the visibility and the gateway); sets
        ``name`` and ``namespace``."""
        self.name = check_dns_label(self, name if name is not None else f"external-dns-{self.visibility}",
                                    "release name")
        self.namespace = check_dns_label(self, namespace if namespace is not None else self.gateway.namespace,
                                         "namespace")

    def _check_records(self, domain_filters: Sequence[str], txt_owner_id: Optional[str],
                       txt_prefix: Optional[str]) -> None:
        """Check the records the instance owns: its zones, TXT owner id and prefix; sets ``domain_filters``,
        ``txt_owner_id`` and ``txt_prefix``."""
        if isinstance(domain_filters, str) or not isinstance(domain_filters, (list, tuple)):
            raise fail(self, "domain filters are not a list of zones", domain_filters,
                       f"write a list such as {[domain_filters] if isinstance(domain_filters, str) else ['example.com']!r}")
        self.domain_filters = list(domain_filters) or [self.gateway.domain]
        for domain in self.domain_filters:
            if not is_dns_name(domain, trailing_dot=True):
                raise fail(self, "domain filter is not a DNS name", domain, "use a zone such as 'example.com'")
        for value, what in ((txt_owner_id, "TXT owner id"), (txt_prefix, "TXT prefix")):
            if value is not None and (not isinstance(value, str) or not _IMAGE_PART.fullmatch(value)):
                raise fail(self, f"{what} is empty or holds whitespace", value,
                           "write one word such as 'external-dns-internal' or 'k8s.internal.', or None for the default")
        self.txt_owner_id = txt_owner_id if txt_owner_id is not None else self.name
        self.txt_prefix = txt_prefix if txt_prefix is not None else f"k8s.{self.visibility}."

    def _check_sync_interval(self, sync_interval: Optional[str], interval: Optional[str]) -> Optional[str]:
        """The checked resync interval: ``sync_interval``, or ``interval`` (its former name) when given."""
        if interval is not None:
            check_go_duration(self, interval, "interval", "'1h', '30m' or '5m'")
            if sync_interval not in ("1h", interval):
                raise fail(self, "interval and sync_interval disagree", {"interval": interval,
                                                                          "sync_interval": sync_interval},
                           "set sync_interval only (interval is its former name)")
            sync_interval = interval
        if sync_interval is not None:
            check_go_duration(self, sync_interval, "sync_interval", "'1h', '30m' or '5m', or None for the chart's")
        return sync_interval

    def _check_sources(self, sources: Sequence[str], gateway_namespace_filter: bool, visibility_filter: bool) -> None:
        """Check what the instance reads: its sources and filters; sets ``sources`` and ``visibility_filter``."""
        self.sources = check_sequence(self, sources, "sources", lambda s, v, w: check_choice(s, v, SOURCES, w),
                                      example=list(DEFAULT_SOURCES))
        if not self.sources or len(set(self.sources)) != len(self.sources):
            raise fail(self, "sources are empty or list one source twice", list(self.sources),
                       "list each source once, such as ['crd', 'gateway-httproute']")
        check_bool(self, gateway_namespace_filter, "gateway_namespace_filter")
        self.visibility_filter = check_bool(self, visibility_filter, "visibility_filter")

    def _check_chart_options(self, registry: Optional[str], trigger_loop_on_event: bool,
                             pod_annotations: Optional[Mapping[str, str]], metrics_port: Optional[int],
                             fullname_override: Optional[str]) -> tuple[dict[str, str], str]:
        """Check the registry, event trigger, pod annotations, metrics port and full name; returns the
        pod annotations and the chart's full name."""
        if registry is not None:
            check_choice(self, registry, REGISTRIES, "registry")
        check_bool(self, trigger_loop_on_event, "trigger_loop_on_event")
        annotations = check_annotations(self, pod_annotations if pod_annotations is not None else {}, "pod_annotations")
        if metrics_port is not None:
            check_port(self, metrics_port, "metrics port")
        fullname = check_dns_label(self, fullname_override if fullname_override is not None else self.name,
                                   "fullname override")
        return annotations, fullname

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

    def _check_public_target(self, gateway: HomelabGateway) -> None:
        """Record, as a finding of the ``public-dns-private-address`` recommendation, that a public
        instance would publish a private address of ``gateway`` (nothing for an internal one)."""
        if self.visibility != "public":
            return
        target = gateway_target(gateway)
        if target is None and gateway.load_balancer_ip and is_private(gateway.load_balancer_ip):
            recommend(self, "public-dns-private-address",
                      f"public ExternalDNS would publish the gateway {gateway.name}'s LoadBalancer address",
                      gateway.load_balancer_ip, "annotate the gateway with dns_target_annotations('external.<domain>') "
                      "and point that name at a tunnel (CloudflareTunnel), or publish LAN addresses with an ExternalDns "
                      "of visibility='internal'")
        if target is not None and is_private(target):
            recommend(self, "public-dns-private-address",
                      f"public ExternalDNS would publish the gateway {gateway.name}'s private target", target,
                      "use a public hostname such as the tunnel's 'external.<domain>', or publish LAN addresses with an "
                      "ExternalDns of visibility='internal'")

    # -- build

    def _generated_args(self, gateway_namespace_filter: bool) -> list[str]:
        """The flags the instance writes: the CRD source's, the gateway and visibility filters, the provider's."""
        other = "internal" if self.visibility == "public" else "public"
        return [
            *(["--crd-source-apiversion=externaldns.k8s.io/v1alpha1", "--crd-source-kind=DNSEndpoint"]
              if "crd" in self.sources else []),
            f"--gateway-name={self.gateway.name}",
            *([f"--gateway-namespace={self.gateway.namespace}"] if gateway_namespace_filter else []),
            *([f"--label-filter={VISIBILITY_LABEL}!={other}"] if self.visibility_filter else []),
            *self.provider.args(),
        ]

    def _chart_values(self, fullname: str, args: list[str], annotations: dict[str, str], *, registry: Optional[str],
                      policy: str, sync_interval: Optional[str], trigger_loop_on_event: bool, service_monitor: bool,
                      metrics_port: Optional[int]) -> dict[str, object]:
        """The release's chart values, leaving out what is ``None`` (the chart's default)."""
        values: dict[str, object] = {
            "fullnameOverride": fullname,
            **self.provider.values(),
            "sources": list(self.sources),
            "domainFilters": self.domain_filters,
            "registry": registry,
            "txtOwnerId": self.txt_owner_id,
            "txtPrefix": self.txt_prefix,
            "policy": policy,
            "interval": sync_interval,
            "triggerLoopOnEvent": trigger_loop_on_event,
            "extraArgs": args,
            "podAnnotations": annotations or None,
            "podSecurityContext": dict(_POD_SECURITY_CONTEXT),
            "securityContext": dict(_SECURITY_CONTEXT),
            "serviceMonitor": {"enabled": service_monitor},
            "service": {"port": metrics_port} if metrics_port is not None else None,
        }
        return {k: v for k, v in values.items() if v is not None}

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
