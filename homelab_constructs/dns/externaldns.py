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

The app-wide check refuses a second instance of one visibility, two instances on one
gateway, shared TXT owners or prefixes, and a public instance that would publish a
private LoadBalancer address (the public gateway needs :func:`dns_target_annotations`
pointing at the tunnel).
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Mapping, Optional, Sequence, Union

import constructs

from .._base import HomelabConstruct
from .._names import VISIBILITY_LABEL as VISIBILITY_LABEL  # on DNSEndpoints: the instance that publishes them
from .._registry import app_registry
from .._validation import (
    ENV_NAME,
    add_check,
    check_bool,
    check_choice,
    check_dns_label,
    check_env,
    check_go_duration,
    fail,
    is_dns_name,
    message,
)
from ..gateway.gateway import HomelabGateway
from ..platform.flux import helm_release, helm_repository

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
#: a key of a Secret (``data`` keys)
_SECRET_KEY = re.compile(r"^[-._a-zA-Z0-9]+$")
_SECRET_KEY_FIX = "use letters, digits, '-', '_' or '.', such as 'password'"
#: an image repository or tag: one word, no whitespace
_IMAGE_PART = re.compile(r"^[^\s]+$")


def check_secret_key(scope: constructs.Construct, key: object, what: str) -> str:
    if not isinstance(key, str) or not _SECRET_KEY.fullmatch(key):
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
    """

    token_secret: str = "cloudflare-dns-token"
    token_key: str = "api-token"
    proxied: bool = True
    records_per_page: int = 5000
    remote_key: str = "homelab/cloudflare-dns"

    def secret(self) -> tuple[str, dict[str, str]]:
        """The Secret the release reads and its keys (Secret key -> the remote key's property)."""
        return self.token_secret, {self.token_key: self.token_key}

    def validate(self, scope: constructs.Construct) -> None:
        """Raise ``ValueError`` for a prop Cloudflare or ExternalDNS would refuse or ignore."""
        check_dns_label(scope, self.token_secret, "token secret name")
        check_secret_key(scope, self.token_key, "token key")
        check_bool(scope, self.proxied, "proxied", "write True to proxy records through Cloudflare, or False")
        low, high = CLOUDFLARE_RECORDS_PER_PAGE
        value = self.records_per_page
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise fail(scope, f"records per page must be an integer in {low}-{high}", value,
                       "use 5000 (the default): fewer API calls on large zones")

    def values(self) -> dict[str, object]:
        return {
            "provider": {"name": "cloudflare"},
            "env": [{"name": "CF_API_TOKEN",
                     "valueFrom": {"secretKeyRef": {"name": self.token_secret, "key": self.token_key}}}],
        }

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
    """

    image: str
    tag: str
    env: Mapping[str, str] = field(default_factory=dict)
    secret_env: Mapping[str, str] = field(default_factory=dict)
    secret_name: Optional[str] = None
    remote_key: Optional[str] = None

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
        if not isinstance(self.secret_env, Mapping):
            raise fail(scope, "webhook secret_env must be a mapping of variable name to Secret key", self.secret_env,
                       "write {'PIHOLE_PASSWORD': 'password'}, or {} for none")
        for name, key in self.secret_env.items():
            if not isinstance(name, str) or not ENV_NAME.fullmatch(name):
                raise fail(scope, "webhook secret_env name is not a valid variable name", name,
                           "use letters, digits, '_', '-' or '.', not starting with a digit, such as 'PIHOLE_PASSWORD'")
            check_secret_key(scope, key, f"webhook secret_env key of {name}")
            if name in env:
                raise fail(scope, "webhook variable is set twice, in env and secret_env", name,
                           "keep it in secret_env only")

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
        return {"provider": {"name": "webhook", "webhook": {
            "image": {"repository": self.image, "tag": self.tag},
            "env": env,
            "securityContext": dict(_SECURITY_CONTEXT),
        }}}

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
        secret_name=secret_name, remote_key=remote_key,
    )


Provider = Union[CloudflareProvider, WebhookProvider]


@dataclass
class _Dns:
    instances: list["ExternalDns"] = field(default_factory=list)
    endpoints: list[Any] = field(default_factory=list)  # DnsEndpoint

    def errors(self) -> list[str]:
        errors: list[str] = []
        seen: dict[str, dict[object, "ExternalDns"]] = {"visibility": {}, "gateway": {}, "owner": {}, "prefix": {}}
        for instance in self.instances:
            keys = {"visibility": instance.visibility,
                    "gateway": (instance.gateway.namespace, instance.gateway.name),
                    "owner": instance.txt_owner_id, "prefix": instance.txt_prefix}
            for what, key in keys.items():
                other = seen[what].get(key)
                if other is not None:
                    shown = f"{key[0]}/{key[1]}" if isinstance(key, tuple) else key
                    errors.append(message(instance, f"ExternalDNS instances share a {what}", shown,
                                          f"{other.node.path} already has it; public and internal records "
                                          "must never cross: give each instance its own"))
                else:
                    seen[what][key] = instance
        for endpoint in self.endpoints:
            if endpoint.visibility not in seen["visibility"]:  # type: ignore[attr-defined]
                errors.append(message(endpoint, "no ExternalDNS instance publishes this endpoint's visibility",
                                      endpoint.visibility,  # type: ignore[attr-defined]
                                      f"add an ExternalDns with visibility={endpoint.visibility!r}"))  # type: ignore[attr-defined]
        return errors


def dns_registry(scope: constructs.Construct) -> _Dns:
    def create(root: constructs.Construct) -> _Dns:
        dns = _Dns()
        add_check(root, dns.errors)
        return dns

    return app_registry(scope, "dns", create)


class ExternalDns(HomelabConstruct):
    """One ExternalDNS instance (Flux HelmRelease) publishing one gateway's routes.

    Sources: ``gateway-httproute`` (the routes on ``gateway``) and ``crd`` (the
    ``DNSEndpoint`` objects labelled with this instance's visibility).

    :param gateway: the gateway whose routes this instance publishes.
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
    :param policy: ``sync`` (default; deletes the records it owns when routes go) or ``upsert-only``.
    :param interval: full resync interval, a Go duration (default ``1h``; events trigger runs in between).
    :param service_monitor: add a Prometheus ServiceMonitor (default ``True``).
    :param chart_version: the ``external-dns`` chart version (default :data:`EXTERNAL_DNS_CHART_VERSION`).
    :param store: write the provider's Secret with an ExternalSecret (in ``namespace``, for
        exactly the keys the release reads, from the provider's ``remote_key``) from this
        secret store: a :class:`~homelab_constructs.secrets.VaultSecretStore` or the name of
        a ClusterSecretStore of the app (default ``None``: the Secret is provided some other
        way). Another DNS construct that writes the same Secret identically shares it.
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
        policy: Literal["sync", "upsert-only"] = "sync",
        interval: str = "1h",
        service_monitor: bool = True,
        chart_version: str = EXTERNAL_DNS_CHART_VERSION,
        store: Optional["Store"] = None,
    ) -> None:
        super().__init__(scope, id)
        if not isinstance(provider, (CloudflareProvider, WebhookProvider)):
            raise fail(self, "provider is not a CloudflareProvider or WebhookProvider", provider,
                       "pass CloudflareProvider(...) or a WebhookProvider such as adguard_home_provider(...)")
        provider.validate(self)
        visibility = visibility or ("public" if isinstance(provider, CloudflareProvider) else "internal")
        check_choice(self, visibility, VISIBILITIES, "visibility")
        self.visibility: Visibility = visibility
        self.gateway = gateway
        self.provider = provider
        self.name = check_dns_label(self, name if name is not None else f"external-dns-{visibility}", "release name")
        self.namespace = check_dns_label(self, namespace if namespace is not None else gateway.namespace, "namespace")
        if isinstance(domain_filters, str) or not isinstance(domain_filters, (list, tuple)):
            raise fail(self, "domain filters are not a list of zones", domain_filters,
                       f"write a list such as {[domain_filters] if isinstance(domain_filters, str) else ['example.com']!r}")
        self.domain_filters = list(domain_filters) or [gateway.domain]
        for domain in self.domain_filters:
            if not is_dns_name(domain, trailing_dot=True):
                raise fail(self, "domain filter is not a DNS name", domain, "use a zone such as 'example.com'")
        for value, what in ((txt_owner_id, "TXT owner id"), (txt_prefix, "TXT prefix")):
            if value is not None and (not isinstance(value, str) or not _IMAGE_PART.fullmatch(value)):
                raise fail(self, f"{what} is empty or holds whitespace", value,
                           "write one word such as 'external-dns-internal' or 'k8s.internal.', or None for the default")
        self.txt_owner_id = txt_owner_id if txt_owner_id is not None else self.name
        self.txt_prefix = txt_prefix if txt_prefix is not None else f"k8s.{visibility}."
        check_choice(self, policy, ("sync", "upsert-only"), "policy")
        check_go_duration(self, interval, "interval", "'1h', '30m' or '5m'")
        check_bool(self, service_monitor, "service_monitor")
        if isinstance(provider, WebhookProvider) and provider.secret_env:
            if not provider.secret_name:
                raise fail(self, "webhook provider reads credentials but names no Secret", dict(provider.secret_env),
                           "set WebhookProvider(secret_name=...) to the Secret an ExternalSecret writes")
            check_dns_label(self, provider.secret_name, "webhook secret name")
            if store is not None and not provider.remote_key:
                raise fail(self, "webhook provider's credentials have no remote key in the secret store",
                           provider.remote_key, "set WebhookProvider(remote_key=...) to their key in the store, "
                           "such as 'homelab/pihole'")
        if visibility == "public":
            target = gateway_target(gateway)
            if target is None and gateway.address:
                raise fail(self, f"public ExternalDNS would publish the gateway {gateway.name}'s LoadBalancer address",
                           gateway.address, "annotate the gateway with dns_target_annotations('external.<domain>') "
                           "and point that name at a tunnel (CloudflareTunnel)")
            if target is not None and is_private(target):
                raise fail(self, f"public ExternalDNS would publish the gateway {gateway.name}'s private target",
                           target, "use a public hostname such as the tunnel's 'external.<domain>'")
        other = "internal" if visibility == "public" else "public"
        args = [
            "--crd-source-apiversion=externaldns.k8s.io/v1alpha1",
            "--crd-source-kind=DNSEndpoint",
            f"--gateway-name={gateway.name}",
            f"--gateway-namespace={gateway.namespace}",
            f"--label-filter={VISIBILITY_LABEL}!={other}",
            *provider.args(),
        ]
        self.values: dict[str, object] = {
            "fullnameOverride": self.name,
            **provider.values(),
            "sources": ["crd", "gateway-httproute"],
            "domainFilters": self.domain_filters,
            "registry": "txt",
            "txtOwnerId": self.txt_owner_id,
            "txtPrefix": self.txt_prefix,
            "policy": policy,
            "interval": interval,
            "triggerLoopOnEvent": True,
            "extraArgs": args,
            "podSecurityContext": dict(_POD_SECURITY_CONTEXT),
            "securityContext": dict(_SECURITY_CONTEXT),
            "serviceMonitor": {"enabled": service_monitor},
        }
        #: the ExternalSecret that writes the provider's Secret (``None`` without a store or credentials)
        self.external_secret: Optional["SyncedSecret"] = None
        secret = provider.secret()
        if store is not None and secret is not None:
            secret_name, keys = secret
            from ..secrets import shared_secret

            self.external_secret = shared_secret(
                self, "Credentials", name=secret_name, namespace=self.namespace, store=store,
                remote_key=provider.remote_key, keys=keys,  # type: ignore[arg-type]  # checked above
                rename="CloudflareProvider(token_secret=...)" if isinstance(provider, CloudflareProvider)
                else "WebhookProvider(secret_name=...)")
        repository = helm_repository(self, name="external-dns", namespace=self.namespace, url=EXTERNAL_DNS_CHART_URL)
        self.release = helm_release(self, name=self.name, namespace=self.namespace, chart="external-dns",
                                    version=chart_version, helm_repository=repository, values=self.values)
        dns_registry(self).instances.append(self)
