"""ExternalDNS' providers: Cloudflare (the public DNS) and webhook sidecars (AdGuard Home,
Pi-hole, OPNsense Unbound, ...), as values of :class:`~homelab_constructs.dns.ExternalDns`.

A provider says which DNS server an instance writes, which Secret its credentials come from
(by reference: :meth:`CloudflareProvider.secret`, :meth:`WebhookProvider.secret`) and the
chart values and flags that select it. It writes what its fields set; the library's hardened
security context for a webhook sidecar comes from ``ExternalDns(hardened=True)``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Optional, Union

import constructs

from .._validation import (
    DATA_KEY,
    Scope,
    check_bool,
    check_dns_label,
    check_env,
    check_instance,
    check_port,
    check_resources,
    check_secret_env,
    fail,
)
from ..apps.vpn_specs import ProbeTiming

#: Cloudflare's page size limits for listing DNS records (``per_page``)
CLOUDFLARE_RECORDS_PER_PAGE = (1, 5_000_000)
#: what ``ExternalDns(hardened=True)`` writes as the containers' ``securityContext`` (ExternalDNS
#: and a webhook sidecar): no privilege escalation, a read-only root file system, non-root user
#: and group 65534, every capability dropped
HARDENED_CONTAINER = {
    "allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True, "runAsNonRoot": True,
    "runAsUser": 65534, "runAsGroup": 65534, "capabilities": {"drop": ["ALL"]},
}
#: what ``ExternalDns(hardened=True)`` writes as ``podSecurityContext``: non-root, fsGroup 65534,
#: the runtime's default seccomp profile
HARDENED_POD = {"runAsNonRoot": True, "fsGroup": 65534, "seccompProfile": {"type": "RuntimeDefault"}}
_SECRET_KEY_FIX = "use letters, digits, '-', '_' or '.', such as 'password'"
#: an image repository or tag: one word, no whitespace
IMAGE_PART = re.compile(r"^[^\s]+$")
#: the chart values of a probe's timing, by :class:`ProbeTiming` field
_PROBE_FIELDS = (("initial_delay_seconds", "initialDelaySeconds"), ("period_seconds", "periodSeconds"),
                 ("timeout_seconds", "timeoutSeconds"), ("failure_threshold", "failureThreshold"))


def check_secret_key(scope: Scope, key: object, what: str) -> str:
    if not isinstance(key, str) or not DATA_KEY.fullmatch(key):
        raise fail(scope, f"{what} is not a Secret key", key, _SECRET_KEY_FIX)
    return key


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

    def values(self, hardened: bool = False) -> dict[str, object]:
        """The chart values that select the provider and read its token (``hardened``: nothing
        more, the ExternalDNS container is hardened by the instance)."""
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
    :param tag: the image tag (a digest may follow: ``v1.0.0@sha256:...``).
    :param env: plain environment variables (such as the DNS server's URL), written in the
        order given (default none).
    :param secret_env: environment variable -> key in ``secret_name``, for credentials,
        written in the order given (default none).
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
    :param probe_timing: when and how often both probes run (:class:`ProbeTiming`), written
        with their paths, or over the chart's probes without them (default ``None``: the chart's).
    :param read_only_root_filesystem: the sidecar's ``securityContext.readOnlyRootFilesystem``
        (default ``None``: not written; ``ExternalDns(hardened=True)`` writes ``True`` with the
        rest of the hardened context).
    :param secret_env_first: write the ``secret_env`` variables before the ``env`` ones
        (default ``False``: ``env`` first).
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
    probe_timing: Optional[ProbeTiming] = None
    read_only_root_filesystem: Optional[bool] = None
    secret_env_first: bool = False

    def validate(self, scope: constructs.Construct) -> None:
        """Raise ``ValueError`` for the image, or for an environment that is not plain strings or
        that holds a secret (a URL with ``user:password@``, or a variable named like a secret:
        those go in ``secret_env``)."""
        for value, what in ((self.image, "webhook image"), (self.tag, "webhook image tag")):
            if not isinstance(value, str) or not IMAGE_PART.fullmatch(value):
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
        if self.server is not None and (not isinstance(self.server, str) or not IMAGE_PART.fullmatch(self.server)):
            raise fail(scope, "webhook server is empty or holds whitespace", self.server,
                       "name the DNS server, such as its URL 'http://192.168.1.2:3000', or None for the image")
        check_instance(scope, self.probe_timing, ProbeTiming, "webhook probe_timing",
                       "write ProbeTiming(initial_delay_seconds=10, timeout_seconds=5), or None for the chart's",
                       optional=True)
        if self.read_only_root_filesystem is not None:
            check_bool(scope, self.read_only_root_filesystem, "webhook read_only_root_filesystem",
                       "write True or False, or None to leave it out")
        check_bool(scope, self.secret_env_first, "webhook secret_env_first",
                   "write True to list secret_env before env, or False")

    def dns_server(self) -> str:
        """The DNS server this provider writes, for the app-wide collision check."""
        return self.server or self.image

    def secret(self) -> Optional[tuple[str, dict[str, str]]]:
        """The Secret the sidecar reads and its keys (Secret key -> the remote key's property);
        ``None`` without credentials."""
        if not self.secret_env:
            return None
        return self.secret_name or "", {key: key for key in sorted(set(self.secret_env.values()))}

    def values(self, hardened: bool = False) -> dict[str, object]:
        """The chart values of the webhook sidecar (``hardened``: with :data:`HARDENED_CONTAINER`
        under its own ``read_only_root_filesystem``)."""
        plain: list[dict[str, object]] = [{"name": k, "value": v} for k, v in self.env.items()]
        secret: list[dict[str, object]] = [
            {"name": k, "valueFrom": {"secretKeyRef": {"name": self.secret_name, "key": key}}}
            for k, key in self.secret_env.items()]
        webhook: dict[str, object] = {
            "image": {"repository": self.image, "tag": self.tag},
            "env": secret + plain if self.secret_env_first else plain + secret,
        }
        security = {**(HARDENED_CONTAINER if hardened else {}), **(
            {"readOnlyRootFilesystem": self.read_only_root_filesystem}
            if self.read_only_root_filesystem is not None else {})}
        if security:
            webhook["securityContext"] = security
        timing = {key: getattr(self.probe_timing, name) for name, key in _PROBE_FIELDS
                  if self.probe_timing is not None and getattr(self.probe_timing, name) is not None}
        for key, path in (("livenessProbe", self.liveness_path), ("readinessProbe", self.readiness_path)):
            probe = {**({"httpGet": {"path": path, "port": self.probe_port}} if path is not None else {}), **timing}
            if probe:
                webhook[key] = probe
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
    """The AdGuard Home webhook provider (``ghcr.io/muhlba91/external-dns-provider-adguard``):
    ``ADGUARD_URL`` and ``DRY_RUN=false``, then ``ADGUARD_PASSWORD`` and ``ADGUARD_USER`` from
    ``secret_name``.

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
        secret_env={"ADGUARD_PASSWORD": password_key, "ADGUARD_USER": username_key},
        secret_name=secret_name, remote_key=remote_key, server=url,
    )


Provider = Union[CloudflareProvider, WebhookProvider]
