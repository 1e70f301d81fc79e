"""Envoy Gateway: the profile's traffic policies. :class:`ClientPolicy` is its
``ClientTrafficPolicy`` (TLS, ALPN, HTTP/3, HTTP/2, client IP detection, keepalive) and
:class:`BackendPolicy` its ``BackendTrafficPolicy`` (compression, keepalive, retries, timeouts),
each written for an :class:`~homelab_constructs.gateway.envoy.EnvoyProfile` on the gateways its
``policy_targets`` picks (:func:`check_targets`). A field left unset writes nothing, so Envoy
Gateway's default applies; ``recommended()`` is the library's preset of each.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Mapping, Optional, Union

import cdk8s
import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_envoygateway.io.envoyproxy import gateway as eg

from .._names import GATEWAY_GROUP, PROFILE_LABEL
from .._validation import (
    FrozenDict,
    check_bool,
    check_choice,
    check_count,
    check_dns_label,
    check_dns_subdomain,
    check_gateway_duration,
    check_label_key,
    check_label_value,
    check_mapping,
    check_network,
    check_sequence,
    check_text,
    fail,
)

#: how the traffic policies pick their gateways by keyword (besides names or labels): ``profile``,
#: the gateways labelled with :data:`PROFILE_LABEL` (which the profile then writes on them);
#: ``every-gateway``, every Gateway of the namespace
POLICY_TARGETS = ("profile", "every-gateway")
#: Envoy's compressors, in the library's order of preference (responses, and the proxies' metrics)
COMPRESSORS = ("Zstd", "Brotli", "Gzip")
_TLS_VERSIONS = {"1.2": eg.ClientTrafficPolicySpecTlsMinVersion.VALUE_1_2,
                 "1.3": eg.ClientTrafficPolicySpecTlsMinVersion.VALUE_1_3}
_ALPN = ("h2", "http/1.1", "http/1.0")


def _trigger_value(member_name: str) -> str:
    """jsii enum member name back to its wire value: ``CONNECT_HYPHEN_FAILURE`` -> ``connect-failure``."""
    name = member_name[len("VALUE_"):] if member_name.startswith("VALUE_") else member_name
    return name.replace("_HYPHEN_", "-").lower()


_RETRY_TRIGGERS = {_trigger_value(t.name): t for t in eg.BackendTrafficPolicySpecRetryRetryOnTriggers}
_INVALID_MESSAGE = ("TerminateStream", "TerminateConnection")

#: what ``policy_targets`` holds once checked: ``None`` (the profile's gateways by name), a
#: keyword of :data:`POLICY_TARGETS`, gateway names, or the labels of the gateways to select
Targets = Union[None, str, tuple[str, ...], Mapping[str, str]]


def check_targets(scope: constructs.Construct, targets: object) -> Targets:
    """The ``policy_targets`` prop checked: ``None``, one of :data:`POLICY_TARGETS`, distinct
    gateway names, or a non-empty mapping of gateway labels."""
    if targets is None:
        return None
    if isinstance(targets, str):
        return check_choice(scope, targets, POLICY_TARGETS, "policy targets")
    if isinstance(targets, Mapping):
        labels = check_mapping(scope, targets, "policy target labels", check_label_key, check_label_value,
                               example={"envoy-policies": "default"})
        if not labels:
            raise fail(scope, "policy target labels are empty", {},
                       "write the labels your gateways carry, such as {'envoy-policies': 'default'}, or None to "
                       "target the profile's gateways by name")
        return FrozenDict(labels)
    names = check_sequence(scope, targets, "policy targets", check_dns_label, example=["envoy-external"])
    if not names or len(set(names)) != len(names):
        raise fail(scope, "policy target gateways must be distinct names, at least one", list(names),
                   "list each gateway once, or use 'profile' or 'every-gateway'")
    return names


def _check_name(scope: constructs.Construct, name: object, what: str) -> None:
    if name is not None:
        check_dns_subdomain(scope, name, what)


@dataclass(frozen=True)
class ClientPolicy:
    """The profile's ``ClientTrafficPolicy``: how its gateways treat clients. Each field left
    unset writes nothing (Envoy Gateway's default).

    :param name: the policy's name (default ``None``: the profile's name).
    :param tls_min_version: the lowest TLS version clients may use, ``1.2`` or ``1.3``
        (default ``None``: Envoy's 1.2).
    :param alpn_protocols: ALPN offered to clients, of ``h2``, ``http/1.1``, ``http/1.0``
        (default ``None``: Envoy Gateway's ``h2`` then ``http/1.1``).
    :param http3: advertise and serve HTTP/3 (QUIC) on the HTTPS listeners (default ``False``:
        not written, off).
    :param trusted_proxy_cidrs: peers whose ``X-Forwarded-For`` is trusted, such as a tunnel's
        pod CIDR (default ``()``: the client IP is the connection's source).
    :param http2_invalid_message: ``TerminateStream`` or ``TerminateConnection`` on an invalid
        HTTP/2 message (default ``None``).
    :param tcp_keepalive: TCP keepalive on client connections, with Envoy's defaults
        (``tcpKeepalive: {}``) (default ``False``: not written).
    """

    name: Optional[str] = None
    tls_min_version: Optional[str] = None
    alpn_protocols: Optional[tuple[str, ...]] = None
    http3: bool = False
    trusted_proxy_cidrs: tuple[str, ...] = ()
    http2_invalid_message: Optional[str] = None
    tcp_keepalive: bool = False

    @classmethod
    def recommended(cls, **changes: Any) -> "ClientPolicy":
        """The library's client policy, with ``changes`` over it. It writes exactly
        ``tls: {minVersion: "1.2", alpnProtocols: [h2, http/1.1]}``, ``http3: {}`` and
        ``http2: {onInvalidMessage: TerminateStream}``."""
        return replace(cls(tls_min_version="1.2", alpn_protocols=("h2", "http/1.1"), http3=True,
                           http2_invalid_message="TerminateStream"), **changes)

    def validate(self, scope: constructs.Construct) -> None:
        _check_name(scope, self.name, "ClientTrafficPolicy name")
        if self.tls_min_version is not None and (not isinstance(self.tls_min_version, str)
                                                 or self.tls_min_version not in _TLS_VERSIONS):
            raise fail(scope, "minimum TLS version must be '1.2' or '1.3'", self.tls_min_version,
                       "TLS 1.0 and 1.1 are broken; use '1.2' (the default) or '1.3'")
        if self.alpn_protocols is not None:
            alpn = list(check_sequence(scope, self.alpn_protocols, "ALPN protocols", example=["h2", "http/1.1"]))
            if not alpn or any(p not in _ALPN for p in alpn):
                raise fail(scope, "ALPN protocols must be a non-empty list of 'h2', 'http/1.1', 'http/1.0'", alpn,
                           "use ['h2', 'http/1.1']")
        check_bool(scope, self.http3, "client policy http3")
        for cidr in check_sequence(scope, self.trusted_proxy_cidrs, "trusted proxy CIDRs", example=["10.42.0.0/16"]):
            check_network(scope, cidr, "trusted proxy CIDR")
        if self.http2_invalid_message is not None:
            check_choice(scope, self.http2_invalid_message, _INVALID_MESSAGE, "HTTP/2 invalid-message action")
        check_bool(scope, self.tcp_keepalive, "client policy tcp_keepalive")

    def write(self, scope: constructs.Construct, profile: str, namespace: str,
              targets: Targets) -> eg.ClientTrafficPolicy:
        """The ``ClientTrafficPolicy`` (construct ``ClientTrafficPolicy`` under ``scope``) of the
        profile named ``profile``, on the gateways ``targets`` picks."""
        tls = eg.ClientTrafficPolicySpecTls(
            min_version=_TLS_VERSIONS[self.tls_min_version] if self.tls_min_version else None,
            alpn_protocols=list(self.alpn_protocols) if self.alpn_protocols is not None else None) \
            if self.tls_min_version or self.alpn_protocols else None
        cidrs = [check_network(scope, c, "trusted proxy CIDR") for c in self.trusted_proxy_cidrs]
        return eg.ClientTrafficPolicy(
            scope, "ClientTrafficPolicy",
            metadata=ApiObjectMetadata(name=self.name or profile, namespace=namespace),
            spec=eg.ClientTrafficPolicySpec(
                **_selectors(targets, profile, eg.ClientTrafficPolicySpecTargetSelectors,
                             eg.ClientTrafficPolicySpecTargetRefs),
                tls=tls,
                http3={} if self.http3 else None,
                http2=eg.ClientTrafficPolicySpecHttp2(on_invalid_message=self.http2_invalid_message)
                if self.http2_invalid_message else None,
                client_ip_detection=(eg.ClientTrafficPolicySpecClientIpDetection(
                    x_forwarded_for=eg.ClientTrafficPolicySpecClientIpDetectionXForwardedFor(trusted_cid_rs=cidrs))
                    if cidrs else None),
                tcp_keepalive=eg.ClientTrafficPolicySpecTcpKeepalive() if self.tcp_keepalive else None,
            ),
        )


@dataclass(frozen=True)
class BackendPolicy:
    """The profile's ``BackendTrafficPolicy``: how its gateways treat backends. Each field left
    unset writes nothing (Envoy Gateway's default).

    :param name: the policy's name (default ``None``: the profile's name).
    :param compression: response compressors in order of preference, of Zstd, Brotli, Gzip,
        written as the policy's ``compressor`` list (default ``()``: none).
    :param tcp_keepalive: TCP keepalive on backend connections (``tcpKeepalive: {}``) (default
        ``False``: not written).
    :param retries: retries per request, ``retry.numRetries`` (default ``None``, or ``0``: no
        ``retry`` block, so no retries).
    :param retry_on: retry triggers, such as ``reset`` or ``connect-failure`` (default ``()``:
        Envoy Gateway's; only with ``retries``).
    :param retry_backoff: the retries' ``(base, max)`` back-off intervals (default ``None``:
        Envoy's 25ms base; only with ``retries``).
    :param connect_timeout: backend TCP connect timeout (default ``None``: Envoy Gateway's 10s).
    :param request_timeout: whole-request timeout; ``0s`` for none, for media streams and large
        uploads (default ``None``: Envoy Gateway's 15s).
    :param idle_timeout: backend connection idle timeout (default ``None``: Envoy's 1h).
    """

    name: Optional[str] = None
    compression: tuple[str, ...] = ()
    tcp_keepalive: bool = False
    retries: Optional[int] = None
    retry_on: tuple[str, ...] = ()
    retry_backoff: Optional[tuple[str, str]] = None
    connect_timeout: Optional[str] = None
    request_timeout: Optional[str] = None
    idle_timeout: Optional[str] = None

    @classmethod
    def recommended(cls, **changes: Any) -> "BackendPolicy":
        """The library's backend policy, with ``changes`` over it. It writes exactly the
        ``compressor`` list Zstd, Brotli, Gzip; ``retry`` with ``numRetries: 2``, the triggers safe
        for every method (``connect-failure``, ``refused-stream``, ``reset-before-request``) and
        a ``100ms``-``1s`` back-off; and the timeouts ``tcp.connectTimeout: 10s``,
        ``http.requestTimeout: 0s`` (none: media streams and large uploads) and
        ``http.connectionIdleTimeout: 1h``."""
        return replace(cls(compression=COMPRESSORS, retries=2,
                           retry_on=("connect-failure", "refused-stream", "reset-before-request"),
                           retry_backoff=("100ms", "1s"), connect_timeout="10s", request_timeout="0s",
                           idle_timeout="1h"), **changes)

    def validate(self, scope: constructs.Construct) -> None:
        _check_name(scope, self.name, "BackendTrafficPolicy name")
        compressors = list(check_sequence(scope, self.compression, "compression", example=["Zstd", "Brotli", "Gzip"]))
        if any(c not in COMPRESSORS for c in compressors) or len(set(compressors)) != len(compressors):
            raise fail(scope, "compression must list distinct algorithms of Zstd, Brotli, Gzip", compressors,
                       "use ['Zstd', 'Brotli', 'Gzip'] or a subset, in order of preference")
        check_bool(scope, self.tcp_keepalive, "backend policy tcp_keepalive")
        if self.retries is not None:
            check_count(scope, self.retries, "retries", 0)
        triggers = list(check_sequence(scope, self.retry_on, "retry triggers",
                                       lambda s, v, w: check_text(s, v, w, "reset"), example=["reset"]))
        unknown = [t for t in triggers if t not in _RETRY_TRIGGERS]
        if unknown:
            raise fail(scope, "retry triggers are unknown", triggers,
                       f"use Envoy retry triggers such as {', '.join(sorted(_RETRY_TRIGGERS))}")
        if self.retry_backoff is not None:
            if not isinstance(self.retry_backoff, (tuple, list)) or len(self.retry_backoff) != 2:
                raise fail(scope, "retry back-off is not a (base, max) pair of durations", self.retry_backoff,
                           "write a pair such as ('100ms', '1s'), or None for Envoy's default")
            for interval, what in zip(self.retry_backoff, ("retry back-off base", "retry back-off max"), strict=True):
                check_gateway_duration(scope, interval, what)
        if not self.retries and (triggers or self.retry_backoff is not None):
            raise fail(scope, "retry triggers or back-off are set without retries",
                       {"retries": self.retries, "retry_on": triggers, "retry_backoff": self.retry_backoff},
                       "set retries=2 (or another count), or drop retry_on and retry_backoff")
        for value, what in ((self.connect_timeout, "connect timeout"), (self.request_timeout, "request timeout"),
                            (self.idle_timeout, "idle timeout")):
            if value is not None:
                check_gateway_duration(scope, value, what)

    def write(self, scope: constructs.Construct, profile: str, namespace: str,
              targets: Targets) -> eg.BackendTrafficPolicy:
        """The ``BackendTrafficPolicy`` (construct ``BackendTrafficPolicy`` under ``scope``) of
        the profile named ``profile``, on the gateways ``targets`` picks."""
        retry = None
        if self.retries:
            backoff = self.retry_backoff
            retry = eg.BackendTrafficPolicySpecRetry(
                num_retries=self.retries,
                retry_on=eg.BackendTrafficPolicySpecRetryRetryOn(triggers=[_RETRY_TRIGGERS[t] for t in self.retry_on])
                if self.retry_on else None,
                per_retry=eg.BackendTrafficPolicySpecRetryPerRetry(
                    back_off=eg.BackendTrafficPolicySpecRetryPerRetryBackOff(
                        base_interval=backoff[0], max_interval=backoff[1])) if backoff else None,
            )
        tcp = eg.BackendTrafficPolicySpecTimeoutTcp(connect_timeout=self.connect_timeout) \
            if self.connect_timeout else None
        http = eg.BackendTrafficPolicySpecTimeoutHttp(request_timeout=self.request_timeout,
                                                      connection_idle_timeout=self.idle_timeout) \
            if self.request_timeout or self.idle_timeout else None
        return eg.BackendTrafficPolicy(
            scope, "BackendTrafficPolicy",
            metadata=ApiObjectMetadata(name=self.name or profile, namespace=namespace),
            spec=eg.BackendTrafficPolicySpec(
                **_selectors(targets, profile, eg.BackendTrafficPolicySpecTargetSelectors,
                             eg.BackendTrafficPolicySpecTargetRefs),
                compressor=[_compressor(c) for c in self.compression] or None,
                tcp_keepalive=eg.BackendTrafficPolicySpecTcpKeepalive() if self.tcp_keepalive else None,
                retry=retry,
                timeout=eg.BackendTrafficPolicySpecTimeout(tcp=tcp, http=http) if tcp or http else None,
            ),
        )


def _selectors(targets: Targets, profile: str, selector_type: Any, ref_type: Any) -> dict[str, Any]:
    """``target_selectors`` or ``target_refs`` of a traffic policy, per ``targets`` (the profile's
    ``policy_targets``; ``"profile"`` selects the gateways labelled with the profile's name
    ``profile``; ``None`` writes none here: :func:`add_target` adds each gateway as it attaches)."""
    if targets is None:
        return {}
    if targets == "profile":
        return {"target_selectors": [selector_type(group=GATEWAY_GROUP, kind="Gateway",
                                                   match_labels={PROFILE_LABEL: profile})]}
    if targets == "every-gateway":
        return {"target_selectors": [selector_type(group=GATEWAY_GROUP, kind="Gateway")]}
    if isinstance(targets, Mapping):
        return {"target_selectors": [selector_type(group=GATEWAY_GROUP, kind="Gateway", match_labels=dict(targets))]}
    return {"target_refs": [ref_type(group=GATEWAY_GROUP, kind="Gateway", name=n) for n in targets]}


def add_target(policy: cdk8s.ApiObject, gateway: str, first: bool) -> None:
    """Add the Gateway ``gateway`` to ``policy``'s ``targetRefs`` (``first``: the list's first item)."""
    ref = {"group": GATEWAY_GROUP, "kind": "Gateway", "name": gateway}
    policy.add_json_patch(cdk8s.JsonPatch.add("/spec/targetRefs", [ref]) if first
                          else cdk8s.JsonPatch.add("/spec/targetRefs/-", ref))


def _compressor(kind: str) -> eg.BackendTrafficPolicySpecCompressor:
    """``{type: Zstd, zstd: {}}``: the compressor with its (empty) settings object."""
    return eg.BackendTrafficPolicySpecCompressor(
        type=getattr(eg.BackendTrafficPolicySpecCompressorType, kind.upper()),
        zstd={} if kind == "Zstd" else None, brotli={} if kind == "Brotli" else None, gzip={} if kind == "Gzip" else None)
