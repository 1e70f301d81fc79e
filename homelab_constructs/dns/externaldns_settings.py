"""What an :class:`~.externaldns.ExternalDns` instance is told, as a few values: what it publishes
(:class:`DnsPublishing`), how it owns its records (:class:`DnsRegistry`), when it syncs
(:class:`DnsSync`) and the chart's pod settings (:class:`ExternalDnsChart`). A field left unset
writes nothing, so the chart's default applies; :meth:`DnsSync.recommended` and
:meth:`ExternalDnsChart.recommended` are the library's presets. Each value checks itself where it
is made; the instance fills in the defaults that depend on it (its gateway's domain, its name,
its visibility) and checks what spans them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence

from .._validation import (
    FrozenDict,
    check_annotations,
    check_bool,
    check_choice,
    check_dns_label,
    check_go_duration,
    check_port,
    check_sequence,
    check_text,
    fail,
    is_dns_name,
)
from .providers import IMAGE_PART

#: every source ExternalDNS (v0.22) reads that a homelab uses
SOURCES = ("crd", "service", "ingress", "gateway-httproute", "gateway-grpcroute", "gateway-tlsroute",
           "gateway-tcproute", "gateway-udproute")
#: the sources an instance reads unless told otherwise
DEFAULT_SOURCES = ("crd", "gateway-httproute")
#: ``DnsSync.policy`` values
POLICIES = ("sync", "upsert-only", "create-only")
#: ExternalDNS' registries (``--registry``)
REGISTRIES = ("txt", "noop", "dynamodb", "aws-sd")
#: The ExternalDNS chart that ships ExternalDNS v0.22.0 (the pinned CRDs' version).
EXTERNAL_DNS_CHART_VERSION = "1.22.0"


@dataclass(frozen=True)
class DnsPublishing:
    """What the instance reads and which zones it may touch.

    :param sources: what ExternalDNS reads, from :data:`SOURCES` (default :data:`DEFAULT_SOURCES`).
    :param domain_filters: the zones this instance may touch (default none: the gateway's
        domain; without a gateway every zone the credentials reach).
    :param gateway_namespace_filter: with a gateway, add ``--gateway-namespace=<gateway's
        namespace>`` (default ``True``).
    :param visibility_filter: add ``--label-filter`` so the instance skips the ``DNSEndpoint``
        objects labelled with the other visibility (default ``True``; ``False`` publishes every
        ``DNSEndpoint``).
    """

    sources: Sequence[str] = DEFAULT_SOURCES
    domain_filters: Sequence[str] = ()
    gateway_namespace_filter: bool = True
    visibility_filter: bool = True

    def __post_init__(self) -> None:
        sources = check_sequence("DnsPublishing.sources", self.sources, "sources",
                                 lambda s, v, w: check_choice(s, v, SOURCES, w), example=list(DEFAULT_SOURCES))
        if not sources or len(set(sources)) != len(sources):
            raise fail("DnsPublishing.sources", "sources are empty or list one source twice", list(sources),
                       "list each source once, such as ['crd', 'gateway-httproute']")
        object.__setattr__(self, "sources", tuple(sources))
        domains = self.domain_filters
        if isinstance(domains, str) or not isinstance(domains, (list, tuple)):
            raise fail("DnsPublishing.domain_filters", "domain filters are not a list of zones", domains,
                       f"write a list such as {[domains] if isinstance(domains, str) else ['example.com']!r}")
        for domain in domains:
            if not is_dns_name(domain, trailing_dot=True):
                raise fail("DnsPublishing.domain_filters", "domain filter is not a DNS name", domain,
                           "use a zone such as 'example.com'")
        object.__setattr__(self, "domain_filters", tuple(domains))
        check_bool("DnsPublishing.gateway_namespace_filter", self.gateway_namespace_filter, "gateway_namespace_filter")
        check_bool("DnsPublishing.visibility_filter", self.visibility_filter, "visibility_filter")


@dataclass(frozen=True)
class DnsRegistry:
    """How the instance marks the records it owns.

    :param type: the ownership registry, from :data:`REGISTRIES` (default ``None``: the chart's,
        ``txt``).
    :param txt_owner_id: the TXT registry owner id (default ``None``: the release's name).
    :param txt_prefix: the TXT registry record prefix (default ``None``: ``k8s.<visibility>.``; a
        prefix keeps the TXT ownership records off the CNAME names, which Cloudflare requires).
    """

    type: Optional[str] = None
    txt_owner_id: Optional[str] = None
    txt_prefix: Optional[str] = None

    def __post_init__(self) -> None:
        if self.type is not None:
            check_choice("DnsRegistry.type", self.type, REGISTRIES, "registry")
        for name, what in (("txt_owner_id", "TXT owner id"), ("txt_prefix", "TXT prefix")):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not IMAGE_PART.fullmatch(value)):
                problem = "is not text" if not isinstance(value, str) else "is empty or holds whitespace"
                raise fail(f"DnsRegistry.{name}", f"{what} {problem}", value,
                           "write one word such as 'external-dns-internal' or 'k8s.internal.', or None for the default")


@dataclass(frozen=True)
class DnsSync:
    """When the instance syncs and what it may do to records; a field left ``None`` writes
    nothing. :meth:`recommended` is the library's preset.

    :param policy: ``sync`` (deletes the records it owns when routes go), ``upsert-only`` or
        ``create-only`` (default ``None``: the chart's, ``upsert-only``).
    :param interval: ExternalDNS' own full resync interval (chart value ``interval``), a Go
        duration (default ``None``: the chart's, ``1m``). Not Flux's reconcile interval.
    :param trigger_loop_on_event: ``triggerLoopOnEvent``: sync when a source object changes, not
        only every ``interval`` (default ``None``: the chart's, ``false``).
    """

    policy: Optional[str] = None
    interval: Optional[str] = None
    trigger_loop_on_event: Optional[bool] = None

    def __post_init__(self) -> None:
        if self.policy is not None:
            check_choice("DnsSync.policy", self.policy, POLICIES, "policy")
        if self.interval is not None:
            check_go_duration("DnsSync.interval", self.interval, "interval", "'1h', '30m' or '5m', or None for the "
                                                                             "chart's")
        if self.trigger_loop_on_event is not None:
            check_bool("DnsSync.trigger_loop_on_event", self.trigger_loop_on_event, "trigger_loop_on_event",
                       "write True or False, or None for the chart's")

    @classmethod
    def recommended(cls, **changes: Any) -> "DnsSync":
        """The library's sync, with ``changes`` over it. It writes exactly: ``policy: sync``,
        ``interval: 1h`` and ``triggerLoopOnEvent: true``."""
        return cls(**{"policy": "sync", "interval": "1h", "trigger_loop_on_event": True, **changes})


@dataclass(frozen=True)
class ExternalDnsChart:
    """The ``external-dns`` chart and its pod; a field left unset writes nothing.
    :meth:`recommended` is the library's preset.

    :param version: the chart version (default :data:`EXTERNAL_DNS_CHART_VERSION`).
    :param hardened: write the library's hardened security contexts: ``podSecurityContext``
        :data:`~.providers.HARDENED_POD`, ``securityContext`` (and a webhook sidecar's)
        :data:`~.providers.HARDENED_CONTAINER` (default ``False``: the chart's).
    :param service_monitor: ``serviceMonitor.enabled``: a Prometheus ServiceMonitor (needs the
        Prometheus Operator) (default ``None``: the chart's, none).
    :param pod_annotations: annotations on the ExternalDNS pod, such as Reloader's (default none).
    :param metrics_port: the metrics port of the chart's Service (``service.port``) (default
        ``None``: the chart's 7979).
    :param fullname_override: the chart's ``fullnameOverride`` (default ``None``: the release's name).
    """

    version: str = EXTERNAL_DNS_CHART_VERSION
    hardened: bool = False
    service_monitor: Optional[bool] = None
    pod_annotations: Mapping[str, str] = field(default_factory=FrozenDict)
    metrics_port: Optional[int] = None
    fullname_override: Optional[str] = None

    def __post_init__(self) -> None:
        check_text("ExternalDnsChart.version", self.version, "version", EXTERNAL_DNS_CHART_VERSION)
        if not self.version.strip() or any(c.isspace() for c in self.version):
            raise fail("ExternalDnsChart.version", "chart version is empty or holds whitespace", self.version,
                       f"pin the chart's version, such as {EXTERNAL_DNS_CHART_VERSION!r}")
        check_bool("ExternalDnsChart.hardened", self.hardened, "hardened",
                   "write True for the library's hardened security contexts, or False")
        if self.service_monitor is not None:
            check_bool("ExternalDnsChart.service_monitor", self.service_monitor, "service_monitor",
                       "write True or False, or None for the chart's")
        annotations = self.pod_annotations if self.pod_annotations is not None else {}
        object.__setattr__(self, "pod_annotations", FrozenDict(check_annotations(
            "ExternalDnsChart.pod_annotations", annotations, "pod_annotations")))
        if self.metrics_port is not None:
            check_port("ExternalDnsChart.metrics_port", self.metrics_port, "metrics port")
        if self.fullname_override is not None:
            check_dns_label("ExternalDnsChart.fullname_override", self.fullname_override, "fullname override")

    @classmethod
    def recommended(cls, **changes: Any) -> "ExternalDnsChart":
        """The library's chart settings, with ``changes`` over them. It writes exactly the hardened
        security contexts (``hardened=True``: ``podSecurityContext`` :data:`~.providers.HARDENED_POD`,
        ``securityContext`` and a webhook sidecar's :data:`~.providers.HARDENED_CONTAINER`) and
        ``serviceMonitor.enabled: true``."""
        return cls(**{"hardened": True, "service_monitor": True, **changes})
