"""Gateway listeners as data: :class:`Listener` (what a Gateway's ``spec.listeners`` item says),
:class:`ListenerRef` (one listener of one gateway, what a route attaches to), the Gateway API's
rules for one listener and between the listeners of one gateway, and the hostname patterns
listeners and routes take.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Protocol

import constructs

from .._hostnames import ROUTE_PROTOCOLS, is_ip
from .._names import GATEWAY_GROUP
from .._validation import (
    Code,
    FrozenDict,
    Scope,
    check_choice,
    check_dns_subdomain,
    check_instance,
    check_label_key,
    check_label_value,
    check_mapping,
    check_port,
    check_sequence,
    check_text,
    fail,
    is_dns_name,
)

#: the default listeners' names: what a route's ``section`` names
HTTPS_SECTION = "https"
HTTP_SECTION = "http"
TLS_PASSTHROUGH_SECTION = "tls-passthrough"


def check_hostname_pattern(scope: Scope, hostname: object, what: str) -> str:
    """``hostname`` as a listener or route hostname: a DNS name or a ``*.`` wildcard, not an IP."""
    name = hostname[2:] if isinstance(hostname, str) and hostname.startswith("*.") else hostname
    if not is_dns_name(name):
        raise fail(scope, f"{what} is not a hostname or wildcard", hostname,
                   "write a name such as 'nas.homelab.local' or a wildcard such as '*.homelab.local'")
    if is_ip(str(hostname)):  # is_dns_name takes '192.168.1.5'
        raise fail(scope, f"{what} is an IP address", hostname,
                   "write a DNS name such as 'nas.homelab.local' (Gateway API: IPs are not allowed), "
                   "or leave the hostname out to match every name")
    return str(hostname)


#: listener protocols (Gateway API core and extended)
PROTOCOLS = ("HTTP", "HTTPS", "TLS", "TCP", "UDP")
#: listener TLS modes
TLS_MODES = ("Terminate", "Passthrough")
#: where a listener accepts routes from
ROUTE_NAMESPACES = ("All", "Same", "Selector")
_NO_TLS = ("HTTP", "TCP", "UDP")
_SECTION_FIX = "use 1-253 lowercase letters, digits, '-' or '.', such as 'https' or 'tls-passthrough'"


def _freeze(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


@dataclass(frozen=True)
class Listener:
    """One Gateway listener, as data: what :class:`HomelabGateway` ``listeners=[...]`` writes.

    :param name: the listener's name: what a route's ``sectionName`` names.
    :param protocol: ``HTTP``, ``HTTPS``, ``TLS``, ``TCP`` or ``UDP``.
    :param port: the port it listens on.
    :param hostname: the hostname (or ``*.`` wildcard) it serves (default ``None``: no
        hostname, so every name, the apex included, is served; TCP and UDP take none).
    :param tls_mode: ``Terminate`` or ``Passthrough`` (default ``None``: by protocol; HTTPS
        terminates, with the field left out as Terminate is the API's default; TLS passes
        through, written, as the API requires a mode for TLS).
    :param certificates: names of the Secrets (in the gateway's namespace) a terminating
        listener serves (default ``()``: the gateway's ``tls_secret_name``).
    :param routes_from: which namespaces may attach routes: ``All``, ``Same`` or ``Selector``
        (default ``Same``, the API's default, written out).
    :param namespace_labels: with ``routes_from="Selector"``, the labels a namespace must have
        (``matchLabels``; ``kubernetes.io/metadata.name`` selects one namespace by name).
    :param route_kinds: the route kinds it admits (default ``()``: the API picks by protocol).
    """

    name: str
    protocol: str
    port: int
    hostname: Optional[str] = None
    tls_mode: Optional[str] = None
    certificates: tuple[str, ...] = ()
    routes_from: str = "Same"
    namespace_labels: Mapping[str, str] = field(default_factory=dict)
    route_kinds: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_dns_subdomain("Listener.name", self.name, "listener name", _SECTION_FIX)
        where = f"Listener {self.name}"
        check_choice(f"{where}.protocol", self.protocol, PROTOCOLS, "protocol", aliases={p.lower(): p for p in PROTOCOLS})
        check_port(f"{where}.port", self.port)
        if self.hostname is not None:
            check_hostname_pattern(f"{where}.hostname", check_text(f"{where}.hostname", self.hostname, "hostname",
                                                                      "*.homelab.local"), "hostname")
            if self.protocol in ("TCP", "UDP"):
                raise fail(f"{where}.hostname", f"a {self.protocol} listener takes no hostname", self.hostname,
                           "drop it (Gateway API: hostname must not be specified for protocols TCP, UDP)")
        if self.tls_mode is not None:
            check_choice(f"{where}.tls_mode", self.tls_mode, TLS_MODES, "TLS mode")
        _freeze(self, "certificates", check_sequence(
            f"{where}.certificates", self.certificates, "certificates",
            lambda s, v, w: check_dns_subdomain(s, v, w, "name a Secret such as 'homelab-gateway-tls'"),
            example=("homelab-gateway-tls",), item="certificate Secret"))
        check_choice(f"{where}.routes_from", self.routes_from, ROUTE_NAMESPACES, "routes_from")
        _freeze(self, "namespace_labels", FrozenDict(check_mapping(
            f"{where}.namespace_labels", self.namespace_labels, "namespace_labels", check_label_key,
            check_label_value, example={"kubernetes.io/metadata.name": "dev"}, key="label key", item="label value")))
        _freeze(self, "route_kinds", check_sequence(
            f"{where}.route_kinds", self.route_kinds, "route_kinds",
            lambda s, v, w: check_choice(s, v, ROUTE_PROTOCOLS, w), example=("TCPRoute",), item="route kind"))
        self._check_rules(where)

    def _check_rules(self, where: str) -> None:
        """What the Gateway CRD's rules (and the controllers) refuse in one listener."""
        if self.protocol in _NO_TLS and (self.tls_mode is not None or self.certificates):
            raise fail(f"{where}.tls_mode", f"a {self.protocol} listener takes no TLS settings",
                       {"tls_mode": self.tls_mode, "certificates": self.certificates},
                       "drop them (Gateway API: tls must not be specified for protocols HTTP, TCP, UDP), "
                       "or use protocol HTTPS or TLS")
        if self.protocol == "HTTPS" and self.tls_mode == "Passthrough":
            raise fail(f"{where}.tls_mode", "an HTTPS listener cannot pass TLS through", self.tls_mode,
                       "use protocol TLS for passthrough (Gateway API: tls mode must be Terminate for protocol HTTPS)")
        if self.mode == "Passthrough" and self.certificates:
            raise fail(f"{where}.certificates", "a Passthrough listener serves no certificate", self.certificates,
                       "drop certificates (the backend terminates TLS), or use tls_mode='Terminate'")
        if (self.routes_from == "Selector") != bool(self.namespace_labels):
            raise fail(f"{where}.namespace_labels", "namespace_labels go with routes_from='Selector', and only there",
                       {"routes_from": self.routes_from, "namespace_labels": dict(self.namespace_labels)},
                       "write routes_from='Selector' with labels such as {'kubernetes.io/metadata.name': 'dev'}, "
                       "or routes_from='All'/'Same' without labels")
        wrong = [k for k in self.route_kinds if self.protocol not in ROUTE_PROTOCOLS[k]]
        if wrong:
            fits = [k for k, protocols in ROUTE_PROTOCOLS.items() if self.protocol in protocols]
            raise fail(f"{where}.route_kinds", f"route kind does not attach to a {self.protocol} listener", wrong[0],
                       f"use one of: {', '.join(fits)}")
        if len(set(self.route_kinds)) < len(self.route_kinds):
            raise fail(f"{where}.route_kinds", "route kind is listed twice", list(self.route_kinds),
                       "list each kind once")

    @property
    def mode(self) -> Optional[str]:
        """The TLS mode in effect: the one given, else Terminate for HTTPS, Passthrough for TLS."""
        if self.protocol not in ("HTTPS", "TLS"):
            return None
        return self.tls_mode or ("Terminate" if self.protocol == "HTTPS" else "Passthrough")


class ListenerOwner(Protocol):
    """What a :class:`ListenerRef` needs of its gateway (a
    :class:`~homelab_constructs.gateway.gateway.HomelabGateway`, which builds on this module)."""

    name: str
    namespace: str
    domain: str
    listeners_by_name: dict[str, Listener]

    def listener(self, name: str) -> "ListenerRef": ...

    def claim_hostname(self, route: constructs.Construct, hostname: str, section: str = ...) -> str: ...


@dataclass(frozen=True)
class ListenerRef:
    """One listener of one gateway: what a route attaches to (``gateway.listener("https")``);
    ``section=None`` stands for the whole gateway (a parentRef without ``sectionName``: the route
    attaches to every listener that admits it)."""

    gateway: ListenerOwner
    section: Optional[str]

    @property
    def listener(self) -> Listener:
        """The one listener (``KeyError`` for the whole gateway: see :meth:`admitting`)."""
        return self.gateway.listeners_by_name[self.section]  # type: ignore[index]

    def admitting(self, kind: str) -> list[Listener]:
        """The listeners of this reference that admit a route of ``kind`` (protocol and route
        kinds): the one listener, or those of the whole gateway."""
        chosen = [self.listener] if self.section is not None else list(self.gateway.listeners_by_name.values())
        return [li for li in chosen if li.protocol in ROUTE_PROTOCOLS[kind]
                and (not li.route_kinds or kind in li.route_kinds)]

    def parent_ref(self, struct: Any) -> Any:
        """The route's ``parentRefs`` item, built with the route kind's struct class ``struct``."""
        g = self.gateway
        return struct(group=GATEWAY_GROUP, kind="Gateway", name=g.name, namespace=g.namespace,
                      section_name=self.section)


def _same_host(a: Listener, b: Listener) -> bool:
    return (a.hostname or "") == (b.hostname or "")


def _listener_conflict(a: Listener, b: Listener) -> Optional[str]:
    """Why listeners ``a`` and ``b`` of one gateway conflict (the Gateway API rule), or ``None``."""
    if a.name == b.name:
        return "listener names are unique within a Gateway"
    if a.port != b.port:
        return None
    if a.protocol == b.protocol and _same_host(a, b):
        return "the combination of port, protocol and hostname is unique for each listener"
    kinds = {a.protocol, b.protocol}
    if "TCP" in kinds and kinds & {"HTTP", "HTTPS", "TLS"}:
        return "listeners that share a port with a TCP listener are not distinct"
    if "HTTP" in kinds and kinds & {"HTTPS", "TLS"}:
        return "one port serves plain HTTP or TLS, not both, so HTTP and HTTPS/TLS listeners on it are not distinct"
    if kinds == {"HTTPS", "TLS"} and _same_host(a, b):
        return "HTTPS and TLS listeners on one port are told apart by hostname (SNI), so theirs must differ"
    return None


def check_listeners(scope: constructs.Construct, listeners: object) -> tuple[Listener, ...]:
    """``listeners`` as a tuple of :class:`Listener`, refusing any two that conflict."""
    given = check_sequence(scope, listeners, "listeners", lambda s, v, w: check_instance(
        s, v, Listener, w, "write Listener(name='https', protocol='HTTPS', port=443)"),
        example=[Code("Listener('https', 'HTTPS', 443)")])
    if not given or len(given) > 64:
        raise fail(scope, "a gateway has 1 to 64 listeners", len(given), "list between one and 64 Listeners")
    for i, a in enumerate(given):
        for b in given[:i]:
            rule = _listener_conflict(a, b)
            if rule:
                raise fail(scope, f"listeners {b.name} and {a.name} conflict",
                           [f"{li.name} {li.protocol} {li.port} {li.hostname or '(no hostname)'}" for li in (b, a)],
                           f"Gateway API: {rule}; change the port, protocol, hostname or name of one")
    return given  # type: ignore[return-value]
