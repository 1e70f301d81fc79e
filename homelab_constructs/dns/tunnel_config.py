"""cloudflared's configuration file: its ingress rules, how it talks to the origins
(``originRequest``), and the text of ``config.yaml`` as :class:`~.tunnel.CloudflareTunnel`
writes it into its ConfigMap."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, Optional, Sequence

import constructs
import yaml

from .._validation import (
    check_bool,
    check_count,
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

    def validate(self, scope: constructs.Construct, what: str) -> None:
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

    def validate(self, scope: constructs.Construct, what: str) -> None:
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


def check_service(scope: constructs.Construct, value: object, what: str) -> str:
    """A cloudflared ingress service: an origin URL, ``http_status:<code>`` or ``hello_world``."""
    if isinstance(value, str) and (_HTTP_STATUS.fullmatch(value) or value == "hello_world"):
        return value
    if not isinstance(value, str) or "://" not in value:
        raise fail(scope, f"{what} is not a cloudflared service", value, _SERVICE_FIX)
    return check_url(scope, value, what, schemes=_SERVICE_SCHEMES, fix=_SERVICE_FIX)


def check_rules(scope: constructs.Construct, ingress: object, default: TunnelIngressRule) -> list[TunnelIngressRule]:
    """The ingress rules, each checked (``None``: ``[default]``)."""
    rules = check_sequence(
        scope, ingress if ingress is not None else [default], "ingress",
        lambda s, v, w: check_instance(s, v, TunnelIngressRule, w, "write TunnelIngressRule(hostname, service)"),
        example=[default])
    if not rules:
        raise fail(scope, "tunnel has no ingress rules", list(rules), "pass at least one TunnelIngressRule, or None "
                                                                      "for the default")
    for index, rule in enumerate(rules):
        rule.validate(scope, f"ingress[{index}]")
    return list(rules)


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


def tunnel_config(scope: constructs.Construct, rules: Sequence[TunnelIngressRule], catch_all: object,
                  origin_request: Optional[OriginRequest], hostname: str,
                  origin_ca: Optional[tuple[str, str]]) -> dict[str, object]:
    """cloudflared's config: the tunnel-wide ``originRequest`` (``origin_request``, plus
    ``originServerName: <hostname>`` when a rule needs it and ``caPool`` with a mounted CA:
    ``origin_ca`` is its ConfigMap's name and the CA file's path) and the ingress rules ending
    with ``catch_all``."""
    check_service(scope, catch_all, "catch_all")
    if origin_request is not None:
        check_instance(scope, origin_request, OriginRequest, "origin_request",
                       "write OriginRequest(origin_server_name=...), or None for the default")
        origin_request.validate(scope, "origin_request")
    given = origin_request or OriginRequest()
    origin = given.config()
    if "originServerName" not in origin and not given.no_tls_verify and any(r.needs_server_name() for r in rules):
        origin["originServerName"] = hostname  # the name on the gateway's certificate
    if origin_ca and "caPool" not in origin:
        if given.no_tls_verify:
            raise fail(scope, "origin_request skips the certificate check that origin_ca_config_map is for",
                       origin_ca[0], "drop no_tls_verify=True or origin_ca_config_map")
        origin["caPool"] = origin_ca[1]
    config: dict[str, object] = {"originRequest": origin} if origin else {}
    config["ingress"] = [rule.config() for rule in rules] + [{"service": catch_all}]
    return config
