"""Gateway API hostnames and route kinds: the rules a construct checks when it builds a route
and the manifest validator (:mod:`.validation.crossobject`) checks again on what was written.

One definition each, so the two cannot drift apart. Standard library only, like
:mod:`._names`: the validator imports it without cdk8s or jsii.
"""
from __future__ import annotations

import ipaddress
from types import MappingProxyType
from typing import Mapping

#: route kind -> the listener protocols it attaches to (when the listener lists no kinds)
ROUTE_PROTOCOLS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "HTTPRoute": ("HTTP", "HTTPS"), "GRPCRoute": ("HTTP", "HTTPS"), "TLSRoute": ("TLS",),
    "TCPRoute": ("TCP", "TLS"), "UDPRoute": ("UDP",)})


def hostname_matches(listener: str, host: str) -> bool:
    """Gateway API: does route hostname ``host`` intersect listener hostname ``listener``?"""
    def under(wild: str, name: str) -> bool:  # wild = "*.suffix": one or more labels before suffix
        return name.endswith(wild[1:]) and len(name) > len(wild) - 1

    if listener == host:
        return True
    if listener.startswith("*.") and not host.startswith("*."):
        return under(listener, host)
    if host.startswith("*.") and not listener.startswith("*."):
        return under(host, listener)
    if listener.startswith("*.") and host.startswith("*."):
        return host[1:].endswith(listener[1:]) or listener[1:].endswith(host[1:])
    return False


def is_ip(text: str) -> bool:
    """Whether ``text`` is an IPv4 or IPv6 address (which a Gateway API hostname may not be)."""
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
