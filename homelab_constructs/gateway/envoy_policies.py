"""Envoy Gateway: the profile's traffic policies. One ``ClientTrafficPolicy`` (TLS, ALPN,
HTTP/3, HTTP/2, client IP detection, keepalive) and one ``BackendTrafficPolicy`` (compression,
keepalive, retries, timeouts), on the gateways :data:`POLICY_TARGETS` or a list of names picks;
their settings checked and written here, for an :class:`~homelab_constructs.gateway.envoy.EnvoyProfile`.
"""
from __future__ import annotations

from typing import Any, Optional, Sequence, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_envoygateway.io.envoyproxy import gateway as eg

from .._names import GATEWAY_GROUP, PROFILE_LABEL
from .._validation import (
    check_choice,
    check_count,
    check_dns_label,
    check_dns_subdomain,
    check_gateway_duration,
    check_network,
    check_sequence,
    check_text,
    fail,
)

#: how the traffic policies pick their gateways (besides a list of gateway names)
POLICY_TARGETS = ("profile", "every-gateway")
#: Envoy's compressors, in the profile's order of preference (responses, and the proxies' metrics)
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


def check_policy_name(scope: constructs.Construct, name: Optional[str], profile: str, what: str) -> str:
    """Check a traffic policy's name (default: the profile's name ``profile``) and return it."""
    return check_dns_subdomain(scope, profile if name is None else name, what)


def check_targets(scope: constructs.Construct, targets: object) -> Union[str, tuple[str, ...]]:
    """The ``policy_targets`` prop checked: one of :data:`POLICY_TARGETS`, or distinct gateway names."""
    if isinstance(targets, str):
        return check_choice(scope, targets, POLICY_TARGETS, "policy targets")
    names = check_sequence(scope, targets, "policy targets", check_dns_label, example=["envoy-external"])
    if not names or len(set(names)) != len(names):
        raise fail(scope, "policy target gateways must be distinct names, at least one", list(names),
                   "list each gateway once, or use 'profile' or 'every-gateway'")
    return names


def check_timeouts(scope: constructs.Construct, connect_timeout: Optional[str], request_timeout: Optional[str],
                   idle_timeout: Optional[str]) -> dict[str, Any]:
    """Check the backend timeouts; return them as :func:`backend_policy` keywords."""
    for value, what in ((connect_timeout, "connect timeout"), (request_timeout, "request timeout"),
                        (idle_timeout, "idle timeout")):
        if value is not None:
            check_gateway_duration(scope, value, what)
    return {"connect_timeout": connect_timeout, "request_timeout": request_timeout, "idle_timeout": idle_timeout}


def check_client_settings(scope: constructs.Construct, tls_min_version: Optional[str],
                          alpn_protocols: Optional[Sequence[str]], http3: bool, trusted_proxy_cidrs: Sequence[str],
                          invalid_message: Optional[str], tcp_keepalive: bool) -> dict[str, Any]:
    """Check the client-side settings; return them as :func:`client_policy` keywords."""
    if tls_min_version is not None and (not isinstance(tls_min_version, str) or tls_min_version not in _TLS_VERSIONS):
        raise fail(scope, "minimum TLS version must be '1.2' or '1.3'", tls_min_version,
                   "TLS 1.0 and 1.1 are broken; use '1.2' (the default) or '1.3'")
    alpn = None if alpn_protocols is None else list(check_sequence(
        scope, alpn_protocols, "ALPN protocols", example=["h2", "http/1.1"]))
    if alpn is not None and (not alpn or any(p not in _ALPN for p in alpn)):
        raise fail(scope, "ALPN protocols must be a non-empty list of 'h2', 'http/1.1', 'http/1.0'", alpn,
                   "use ['h2', 'http/1.1']")
    cidrs = [check_network(scope, c, "trusted proxy CIDR")
             for c in check_sequence(scope, trusted_proxy_cidrs, "trusted proxy CIDRs", example=["10.42.0.0/16"])]
    if invalid_message is not None:
        check_choice(scope, invalid_message, _INVALID_MESSAGE, "HTTP/2 invalid-message action")
    return {"tls_min_version": tls_min_version, "alpn": alpn, "http3": http3, "cidrs": cidrs,
            "invalid_message": invalid_message, "tcp_keepalive": tcp_keepalive}


def check_backend_settings(scope: constructs.Construct, compression: Sequence[str], tcp_keepalive: bool,
                           retries: int, retry_on: Sequence[str],
                           backoff: Optional[tuple[str, str]]) -> dict[str, Any]:
    """Check compression and retries; return them as :func:`backend_policy` keywords (less the timeouts)."""
    compressors = list(check_sequence(scope, compression, "compression", example=["Zstd", "Brotli", "Gzip"]))
    if any(c not in COMPRESSORS for c in compressors) or len(set(compressors)) != len(compressors):
        raise fail(scope, "compression must list distinct algorithms of Zstd, Brotli, Gzip", compressors,
                   "use ['Zstd', 'Brotli', 'Gzip'] or a subset, in order of preference")
    check_count(scope, retries, "retries", 0)
    triggers = list(check_sequence(scope, retry_on, "retry triggers", lambda s, v, w: check_text(s, v, w, "reset"),
                                   example=["reset"]))
    unknown = [t for t in triggers if t not in _RETRY_TRIGGERS]
    if unknown or (retries and not triggers):
        raise fail(scope, "retry triggers are unknown or missing", triggers,
                   f"use Envoy retry triggers such as {', '.join(sorted(_RETRY_TRIGGERS))}")
    if backoff is not None:
        if not isinstance(backoff, (tuple, list)) or len(backoff) != 2:
            raise fail(scope, "retry back-off is not a (base, max) pair of durations", backoff,
                       "write a pair such as ('100ms', '1s'), or None for Envoy's default")
        for value, what in zip(backoff, ("retry back-off base", "retry back-off max"), strict=True):
            check_gateway_duration(scope, value, what)
    return {"compression": compressors, "tcp_keepalive": tcp_keepalive, "retries": retries,
            "retry_on": triggers, "backoff": backoff}


def _selectors(targets: Union[str, Sequence[str]], profile: str, selector_type: Any, ref_type: Any) -> dict[str, Any]:
    """``target_selectors`` or ``target_refs`` of a traffic policy, per ``targets`` (the profile's
    ``policy_targets``; ``"profile"`` selects the gateways labelled with the profile's name ``profile``)."""
    if targets == "profile":
        return {"target_selectors": [selector_type(group=GATEWAY_GROUP, kind="Gateway",
                                                   match_labels={PROFILE_LABEL: profile})]}
    if targets == "every-gateway":
        return {"target_selectors": [selector_type(group=GATEWAY_GROUP, kind="Gateway")]}
    return {"target_refs": [ref_type(group=GATEWAY_GROUP, kind="Gateway", name=n) for n in targets]}


def client_policy(scope: constructs.Construct, name: str, namespace: str, targets: Union[str, Sequence[str]],
                  profile: str, *, tls_min_version: Optional[str], alpn: Optional[list[str]], http3: bool,
                  cidrs: list[str], invalid_message: Optional[str], tcp_keepalive: bool) -> None:
    """The ``ClientTrafficPolicy`` ``name`` (construct ``ClientTrafficPolicy`` under ``scope``), from
    settings :func:`check_client_settings` checked, on the gateways ``targets`` picks."""
    tls = eg.ClientTrafficPolicySpecTls(
        min_version=_TLS_VERSIONS[tls_min_version] if tls_min_version else None, alpn_protocols=alpn) \
        if tls_min_version or alpn else None
    eg.ClientTrafficPolicy(
        scope, "ClientTrafficPolicy",
        metadata=ApiObjectMetadata(name=name, namespace=namespace),
        spec=eg.ClientTrafficPolicySpec(
            **_selectors(targets, profile, eg.ClientTrafficPolicySpecTargetSelectors, eg.ClientTrafficPolicySpecTargetRefs),
            tls=tls,
            http3={} if http3 else None,
            http2=eg.ClientTrafficPolicySpecHttp2(on_invalid_message=invalid_message) if invalid_message else None,
            client_ip_detection=(eg.ClientTrafficPolicySpecClientIpDetection(
                x_forwarded_for=eg.ClientTrafficPolicySpecClientIpDetectionXForwardedFor(trusted_cid_rs=cidrs))
                if cidrs else None),
            tcp_keepalive=eg.ClientTrafficPolicySpecTcpKeepalive() if tcp_keepalive else None,
        ),
    )


def backend_policy(scope: constructs.Construct, name: str, namespace: str, targets: Union[str, Sequence[str]],
                   profile: str, *, compression: list[str], tcp_keepalive: bool, retries: int, retry_on: list[str],
                   backoff: Optional[tuple[str, str]], connect_timeout: Optional[str],
                   request_timeout: Optional[str], idle_timeout: Optional[str]) -> None:
    """The ``BackendTrafficPolicy`` ``name`` (construct ``BackendTrafficPolicy`` under ``scope``), from
    settings :func:`check_backend_settings` and :func:`check_timeouts` checked, on the gateways
    ``targets`` picks."""
    retry = None
    if retries:
        retry = eg.BackendTrafficPolicySpecRetry(
            num_retries=retries,
            retry_on=eg.BackendTrafficPolicySpecRetryRetryOn(triggers=[_RETRY_TRIGGERS[t] for t in retry_on]),
            per_retry=eg.BackendTrafficPolicySpecRetryPerRetry(
                back_off=eg.BackendTrafficPolicySpecRetryPerRetryBackOff(
                    base_interval=backoff[0], max_interval=backoff[1])) if backoff else None,
        )
    tcp = eg.BackendTrafficPolicySpecTimeoutTcp(connect_timeout=connect_timeout) if connect_timeout else None
    http = eg.BackendTrafficPolicySpecTimeoutHttp(request_timeout=request_timeout,
                                                  connection_idle_timeout=idle_timeout) \
        if request_timeout or idle_timeout else None
    eg.BackendTrafficPolicy(
        scope, "BackendTrafficPolicy",
        metadata=ApiObjectMetadata(name=name, namespace=namespace),
        spec=eg.BackendTrafficPolicySpec(
            **_selectors(targets, profile, eg.BackendTrafficPolicySpecTargetSelectors, eg.BackendTrafficPolicySpecTargetRefs),
            compressor=[_compressor(c) for c in compression] or None,
            tcp_keepalive=eg.BackendTrafficPolicySpecTcpKeepalive() if tcp_keepalive else None,
            retry=retry,
            timeout=eg.BackendTrafficPolicySpecTimeout(tcp=tcp, http=http) if tcp or http else None,
        ),
    )


def _compressor(kind: str) -> eg.BackendTrafficPolicySpecCompressor:
    """``{type: Zstd, zstd: {}}``: the compressor with its (empty) settings object."""
    return eg.BackendTrafficPolicySpecCompressor(
        type=getattr(eg.BackendTrafficPolicySpecCompressorType, kind.upper()),
        zstd={} if kind == "Zstd" else None, brotli={} if kind == "Brotli" else None, gzip={} if kind == "Gzip" else None)
