"""cloudflared's configuration file: its ingress rules and how it talks to the origins
(:class:`TunnelIngress`, the construct's ``ingress``), and the text of ``config.yaml`` as
:class:`~.tunnel.CloudflareTunnel` writes it into its ConfigMap."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Optional, Sequence

import yaml

from .._validation import (
    Scope,
    check_bool,
    check_count,
    check_dns_label,
    check_go_duration,
    check_instance,
    check_sequence,
    check_url,
    fail,
    is_dns_name,
)

_HTTP_STATUS = re.compile(r"^http_status:[1-5][0-9][0-9]$")
_SERVICE_SCHEMES = ("http", "https", "tcp", "ssh", "rdp", "smb")
_SERVICE_FIX = ("write an origin URL such as 'https://envoy-external.network.svc.cluster.local:443', "
                "'http_status:404' or 'hello_world'")
#: cloudflared's keys of the :class:`OriginRequest` fields, in the order they are checked
_ORIGIN_KEYS = (
    ("origin_server_name", "originServerName"), ("no_tls_verify", "noTLSVerify"), ("ca_pool", "caPool"),
    ("http2_origin", "http2Origin"), ("connect_timeout", "connectTimeout"), ("tls_timeout", "tlsTimeout"),
    ("tcp_keep_alive", "tcpKeepAlive"), ("no_happy_eyeballs", "noHappyEyeballs"),
    ("keep_alive_connections", "keepAliveConnections"), ("keep_alive_timeout", "keepAliveTimeout"),
    ("http_host_header", "httpHostHeader"), ("disable_chunked_encoding", "disableChunkedEncoding"),
)
_DURATIONS = {"connect_timeout": "'30s'", "tls_timeout": "'10s'", "tcp_keep_alive": "'30s'",
              "keep_alive_timeout": "'1m30s'"}
_SWITCHES = ("no_tls_verify", "http2_origin", "no_happy_eyeballs", "disable_chunked_encoding")


@dataclass(frozen=True)
class OriginRequest:
    """How cloudflared talks to an origin (``originRequest``, as cloudflared documents it); a
    field left ``None`` is not written (cloudflared's default applies, given after each field).

    :param origin_server_name: the name the origin's TLS certificate is checked against
        (default ``None``: the origin URL's host).
    :param no_tls_verify: skip checking the origin's certificate (default ``None``: checked).
    :param ca_pool: a CA file (in the container) that signs the origin's certificate
        (default ``None``: the system's CAs).
    :param http2_origin: talk HTTP/2 to the origin (default ``None``: HTTP/1.1).
    :param connect_timeout: how long to wait for a connection to the origin, a Go duration
        (default ``None``: ``30s``).
    :param tls_timeout: how long to wait for the TLS handshake with the origin (default ``None``:
        ``10s``).
    :param tcp_keep_alive: the TCP keep-alive interval of origin connections (default ``None``:
        ``30s``).
    :param no_happy_eyeballs: turn off Happy Eyeballs (IPv4/IPv6 fallback) (default ``None``:
        on).
    :param keep_alive_connections: the most idle keep-alive connections to the origin, an
        integer of at least 0 (default ``None``: 100).
    :param keep_alive_timeout: how long an idle keep-alive connection stays open (default
        ``None``: ``1m30s``).
    :param http_host_header: the ``Host`` header sent to the origin (default ``None``: the
        request's).
    :param disable_chunked_encoding: turn off chunked transfer encoding (for WSGI servers)
        (default ``None``: on).
    """

    origin_server_name: Optional[str] = None
    no_tls_verify: Optional[bool] = None
    ca_pool: Optional[str] = None
    http2_origin: Optional[bool] = None
    connect_timeout: Optional[str] = None
    tls_timeout: Optional[str] = None
    tcp_keep_alive: Optional[str] = None
    no_happy_eyeballs: Optional[bool] = None
    keep_alive_connections: Optional[int] = None
    keep_alive_timeout: Optional[str] = None
    http_host_header: Optional[str] = None
    disable_chunked_encoding: Optional[bool] = None

    def validate(self, scope: Scope, what: str) -> None:
        for name in ("origin_server_name", "http_host_header"):
            value = getattr(self, name)
            if value is not None and not is_dns_name(value, min_labels=1):
                label = name.replace("_", " ")
                raise fail(scope, f"{what} {label} is not a DNS name", value,
                           "write the name on the origin's certificate, such as 'external.example.com'"
                           if name == "origin_server_name" else "write a host name such as 'app.example.com'")
        for name in _SWITCHES:
            if getattr(self, name) is not None:
                check_bool(scope, getattr(self, name), f"{what} {name}", "write True or False, or None to leave it out")
        for name, example in _DURATIONS.items():
            if getattr(self, name) is not None:
                check_go_duration(scope, getattr(self, name), f"{what} {name}", f"{example} or '1m'")
        if self.keep_alive_connections is not None:
            check_count(scope, self.keep_alive_connections, f"{what} keep_alive_connections", 0)
        if self.ca_pool is not None and (not isinstance(self.ca_pool, str) or not re.fullmatch(r"/\S+", self.ca_pool)):
            raise fail(scope, f"{what} CA pool is not an absolute file path", self.ca_pool,
                       "write the CA file's path in the container, such as '/etc/cloudflared/origin-ca/ca.crt'")
        if self.no_tls_verify and self.ca_pool is not None:
            raise fail(scope, f"{what} both skips and checks the origin's certificate", self,
                       "set no_tls_verify or ca_pool, not both")

    def config(self) -> dict[str, object]:
        return {key: getattr(self, name) for name, key in _ORIGIN_KEYS if getattr(self, name) is not None}


@dataclass(frozen=True)
class TunnelIngressRule:
    """One ingress rule of the tunnel: requests for ``hostname`` go to ``service``.

    :param hostname: a DNS name, or a wildcard such as ``*.example.com``.
    :param service: the origin: an ``http(s)://``, ``tcp://``, ``ssh://``, ``rdp://`` or
        ``smb://`` URL, ``http_status:<code>`` or ``hello_world``.
    :param origin_request: this rule's :class:`OriginRequest`, over the tunnel-wide one
        (default ``None``).
    """

    hostname: str
    service: str
    origin_request: Optional[OriginRequest] = None

    def validate(self, scope: Scope, what: str) -> None:
        host = self.hostname
        bare = host[2:] if isinstance(host, str) and host.startswith("*.") else host
        if not is_dns_name(bare):
            raise fail(scope, f"{what} hostname is not a DNS name or wildcard", host,
                       "write a name such as 'example.com' or '*.example.com' (the catch-all is catch_all=)")
        check_service(scope, self.service, f"{what} service")
        if self.origin_request is not None:
            check_instance(scope, self.origin_request, OriginRequest, f"{what} origin_request",
                           "write OriginRequest(origin_server_name=...)")
            self.origin_request.validate(scope, what)

    def config(self) -> dict[str, object]:
        rule: dict[str, object] = {"hostname": self.hostname, "service": self.service}
        origin = self.origin_request.config() if self.origin_request else {}
        if origin:
            rule["originRequest"] = origin
        return rule

    def needs_server_name(self) -> bool:
        """Whether the rule reaches an ``https://`` origin whose certificate it checks against no
        name of its own (then the tunnel-wide ``originServerName`` is what makes TLS work)."""
        origin = self.origin_request or OriginRequest()
        return self.service.startswith("https://") and origin.origin_server_name is None and not origin.no_tls_verify


def check_service(scope: Scope, value: object, what: str) -> str:
    """A cloudflared ingress service: an origin URL, ``http_status:<code>`` or ``hello_world``."""
    if isinstance(value, str) and (_HTTP_STATUS.fullmatch(value) or value == "hello_world"):
        return value
    if not isinstance(value, str) or "://" not in value:
        raise fail(scope, f"{what} is not a cloudflared service", value, _SERVICE_FIX)
    return check_url(scope, value, what, schemes=_SERVICE_SCHEMES, fix=_SERVICE_FIX)


@dataclass(frozen=True)
class TunnelIngress:
    """Where the tunnel sends requests: its ingress rules, the final catch-all, how cloudflared
    talks to the origins and which origin it reaches by default. A field left ``None`` writes
    nothing; :meth:`recommended` is the library's preset.

    :param rules: the :class:`TunnelIngressRule` s, in order (default ``None``: one rule,
        ``*.<domain>`` to the gateway's HTTPS listener at ``origin_service``).
    :param catch_all: the service of the final rule, for every other request (default
        ``http_status:404``).
    :param origin_request: the tunnel-wide :class:`OriginRequest` (default ``None``: none).
        ``originServerName: <hostname>`` is added when a rule reaches an ``https://`` origin
        without a name of its own to check the certificate against (the gateway's certificate
        is for the domain, not for its Service).
    :param origin_service: the gateway's in-cluster Service host, the default rule's origin
        (default ``None``: the Service the implementation creates:
        ``<gateway>.<namespace>.svc.cluster.local`` for Envoy Gateway,
        ``cilium-gateway-<gateway>.<namespace>.svc.cluster.local`` for Cilium).
    :param origin_ca_config_map: a ConfigMap with the gateway CA's ``ca.crt``, mounted and
        written as the tunnel-wide ``caPool`` (default ``None``: the system's CAs).
    """

    rules: Optional[Sequence[TunnelIngressRule]] = None
    catch_all: str = "http_status:404"
    origin_request: Optional[OriginRequest] = None
    origin_service: Optional[str] = None
    origin_ca_config_map: Optional[str] = None

    def __post_init__(self) -> None:
        if self.rules is not None:
            rules = check_sequence(
                "TunnelIngress.rules", self.rules, "rules",
                lambda s, v, w: check_instance(s, v, TunnelIngressRule, w, "write TunnelIngressRule(hostname, service)"),
                example=[TunnelIngressRule("*.example.com", "https://envoy-external.network.svc.cluster.local:443")])
            if not rules:
                raise fail("TunnelIngress.rules", "tunnel has no ingress rules", list(rules),
                           "pass at least one TunnelIngressRule, or None for the default")
            for index, rule in enumerate(rules):
                rule.validate("TunnelIngress.rules", f"rules[{index}]")
            object.__setattr__(self, "rules", tuple(rules))
        check_service("TunnelIngress.catch_all", self.catch_all, "catch_all")
        if self.origin_request is not None:
            check_instance("TunnelIngress.origin_request", self.origin_request, OriginRequest, "origin_request",
                           "write OriginRequest(origin_server_name=...), or None for the default")
            self.origin_request.validate("TunnelIngress.origin_request", "origin_request")
        if self.origin_service is not None and not is_dns_name(self.origin_service, trailing_dot=True):
            raise fail("TunnelIngress.origin_service", "origin service is not a host name", self.origin_service,
                       "use the gateway Service's DNS name, such as 'envoy-external.network.svc.cluster.local'")
        if self.origin_ca_config_map is not None:
            check_dns_label("TunnelIngress.origin_ca_config_map", self.origin_ca_config_map,
                            "origin CA ConfigMap name")
            if self.origin_request is not None and self.origin_request.no_tls_verify:
                raise fail("TunnelIngress.origin_ca_config_map",
                           "origin_request skips the certificate check that origin_ca_config_map is for",
                           self.origin_ca_config_map, "drop no_tls_verify=True or origin_ca_config_map")

    @classmethod
    def recommended(cls, **changes: Any) -> "TunnelIngress":
        """The library's ingress, with ``changes`` over it. It writes exactly: the tunnel-wide
        ``originRequest.http2Origin: true`` (``origin_request=OriginRequest(http2_origin=True)``)."""
        return cls(**{"origin_request": OriginRequest(http2_origin=True), **changes})


class _ConfigDumper(yaml.SafeDumper):
    """YAML as configuration files are usually written: sequences indented under their key,
    double quotes where a value needs quoting."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
        return super().increase_indent(flow, False)

    def choose_scalar_style(self) -> Any:
        style = super().choose_scalar_style()
        return '"' if style == "'" else style


def render_config(config: Mapping[str, object]) -> str:
    """The text of ``config.yaml``: a YAML document (``---``), keys sorted, lines never folded."""
    return yaml.dump(dict(config), Dumper=_ConfigDumper, sort_keys=True, explicit_start=True,
                     default_flow_style=False, width=1 << 16, allow_unicode=True)


def tunnel_config(ingress: TunnelIngress, rules: Sequence[TunnelIngressRule], hostname: str,
                  ca_file: str) -> dict[str, object]:
    """cloudflared's config: the tunnel-wide ``originRequest`` (``ingress.origin_request``, plus
    ``originServerName: <hostname>`` when a rule needs it and ``caPool: <ca_file>`` with
    ``ingress.origin_ca_config_map``) and ``rules`` ending with ``ingress.catch_all``."""
    given = ingress.origin_request or OriginRequest()
    origin = given.config()
    if "originServerName" not in origin and not given.no_tls_verify and any(r.needs_server_name() for r in rules):
        origin["originServerName"] = hostname  # the name on the gateway's certificate
    if ingress.origin_ca_config_map and "caPool" not in origin:
        origin["caPool"] = ca_file
    config: dict[str, object] = {"originRequest": origin} if origin else {}
    config["ingress"] = [rule.config() for rule in rules] + [{"service": ingress.catch_all}]
    return config
