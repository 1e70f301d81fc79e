"""``DnsEndpoint``: extra records (externaldns.k8s.io/v1alpha1) for one ExternalDNS instance."""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional, Sequence

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_externaldns.io.k8s import externaldns

from .._base import HomelabConstruct
from .._names import VISIBILITY_LABEL
from .._validation import check_bool, check_choice, check_dns_label, check_instance, fail, is_dns_name
from ..recommendations import recommend
from .externaldns import VISIBILITIES, Visibility, dns_registry, is_private

RECORD_TYPES = ("A", "AAAA", "CNAME", "TXT")
CLOUDFLARE_PROXIED = "external-dns.alpha.kubernetes.io/cloudflare-proxied"
#: a Flux post-build substitution variable, ``${NAME}`` (Kustomization ``postBuild``)
FLUX_VARIABLE = re.compile(r"\$\{[A-Za-z_][A-Za-z0-9_]*\}")


def without_flux_variables(value: str) -> str:
    """``value`` with each ``${NAME}`` replaced by a DNS label, to check the rest of its shape."""
    return FLUX_VARIABLE.sub("flux-variable", value)


@dataclass(frozen=True)
class DnsRecord:
    """One record: ``name`` ``type`` ``targets``.

    :param name: the record's full name, such as ``external.example.com``.
    :param targets: the record's values (one hostname for a CNAME; addresses for A/AAAA).
    :param type: ``A``, ``AAAA``, ``CNAME`` (default) or ``TXT``.
    :param ttl: the TTL in seconds (default: the provider's).
    :param proxied: Cloudflare only: proxy the record (default: the instance's setting).
    :param flux_substitution: the name and targets may hold Flux post-build variables
        (``${CLOUDFLARE_TUNNEL_ID}.cfargotunnel.com``), which Flux replaces before applying;
        the rest of each value is checked as usual (default ``False``).
    """

    name: str
    targets: tuple[str, ...]
    type: str = "CNAME"
    ttl: Optional[int] = None
    proxied: Optional[bool] = None
    flux_substitution: bool = False


class _EndpointObject(externaldns.DnsEndpoint):
    """The ``DNSEndpoint`` object, whose visibility label is decided when its manifest is
    written (``to_json``: at synth), once every ExternalDNS instance of the app is known."""

    def __init__(self, scope: constructs.Construct, id: str, *, metadata: ApiObjectMetadata,
                 spec: externaldns.DnsEndpointSpec, labels: Callable[[], Mapping[str, str]]) -> None:
        super().__init__(scope, id, metadata=metadata, spec=spec)
        self._labels = labels

    def to_json(self) -> Any:
        manifest = super().to_json()
        labels = self._labels()
        if labels:
            metadata = manifest.setdefault("metadata", {})
            merged = {**(metadata.get("labels") or {}), **labels}
            metadata["labels"] = {key: merged[key] for key in sorted(merged)}  # as cdk8s sorts every key
        return manifest


class DnsEndpoint(HomelabConstruct):
    """A ``DNSEndpoint`` published by the ExternalDNS instances of ``visibility``.

    The object carries the library's label :data:`VISIBILITY_LABEL` (``<visibility>``) only when
    it is needed to keep the record sets apart: when an ExternalDNS instance of the other
    visibility reads ``DNSEndpoint`` objects with its visibility filter (``--label-filter``), which
    would publish the object unlabelled; or when ``visibility_label=True`` asks for it.

    :param name: the object's name.
    :param namespace: the object's namespace.
    :param records: the records (at least one).
    :param visibility: ``public`` (default) or ``internal``: which instance publishes them.
        That public records point at no private (LAN) address is one of the library's
        recommendations: to publish one on purpose, waive it for this endpoint with a reason
        (``waive(scope, "public-dns-private-address", construct=endpoint, reason=...)``).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        records: Sequence[DnsRecord],
        visibility: Optional[Visibility] = None,
        visibility_label: bool = False,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "endpoint name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        #: the user gave ``visibility="public"``: private targets are published as they are
        self.explicit_public = visibility == "public"
        self.visibility = check_choice(self, visibility if visibility is not None else "public", VISIBILITIES,
                                       "visibility")
        self.visibility_label = check_bool(self, visibility_label, "visibility_label",
                                           "write True to always label the object with its visibility, or False")
        if isinstance(records, (str, DnsRecord)) or not isinstance(records, (list, tuple)):
            raise fail(self, "records are not a list of DnsRecords", records,
                       "write a list such as [DnsRecord(name='nas.example.com', type='A', targets=('192.168.1.10',))]")
        if not records:
            raise fail(self, "endpoint has no records", list(records), "pass at least one DnsRecord")
        self.records = list(records)
        seen: set[tuple[str, str]] = set()
        endpoints = []
        for index, record in enumerate(self.records):
            check_instance(self, record, DnsRecord, f"records[{index}]",
                           "write DnsRecord(name=..., targets=(...,), type=...)")
            self._check(record)
            if (record.name, record.type) in seen:
                raise fail(self, f"{record.type} record is listed twice", record.name,
                           "put every target of one name into one DnsRecord")
            seen.add((record.name, record.type))
            endpoints.append(externaldns.DnsEndpointSpecEndpoints(
                dns_name=record.name, record_type=record.type, targets=list(record.targets),
                record_ttl=record.ttl,
                provider_specific=[externaldns.DnsEndpointSpecEndpointsProviderSpecific(
                    name=CLOUDFLARE_PROXIED, value="true" if record.proxied else "false")]
                if record.proxied is not None else None,
            ))
        registry = dns_registry(self)
        #: the ``DNSEndpoint`` object
        self.resource = _EndpointObject(
            self, "Resource", metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace),
            spec=externaldns.DnsEndpointSpec(endpoints=endpoints), labels=self._labels)
        registry.endpoints.append(self)

    def _labels(self) -> dict[str, str]:
        """The visibility label when it is asked for or needed (an instance of the other visibility
        filters on it), else none."""
        if self.visibility_label or dns_registry(self).filters_out(self.visibility):
            return {VISIBILITY_LABEL: self.visibility}
        return {}

    def _check(self, record: DnsRecord) -> None:
        check_bool(self, record.flux_substitution, f"record {record.name}'s flux_substitution",
                   "write True when the record holds Flux ${VARIABLES}, else False")
        shape = without_flux_variables if record.flux_substitution else (lambda value: value)
        if not isinstance(record.name, str) or not is_dns_name(shape(record.name), trailing_dot=True):
            raise fail(self, "record name is not a DNS name", record.name, "use a full name such as 'external.example.com'")
        check_choice(self, record.type, RECORD_TYPES, "record type", problem="is not supported")
        targets = record.targets
        if isinstance(targets, str) or not targets:
            raise fail(self, f"record {record.name} needs a tuple of targets", targets,
                       "pass targets=('value',), even for a single value")
        for target in targets:
            if not isinstance(target, str) or not target.strip():
                raise fail(self, f"record {record.name} has a target that is empty or not a string", target,
                           "write each target as a string, such as '203.0.113.5' or 'v=spf1 -all'")
        if record.proxied is not None:
            check_bool(self, record.proxied, f"record {record.name}'s proxied",
                       "write True or False, or None for the ExternalDNS instance's setting")
        if record.ttl is not None and (isinstance(record.ttl, bool) or not isinstance(record.ttl, int)
                                       or not 1 <= record.ttl <= 86400):
            raise fail(self, "TTL must be an integer in 1-86400 seconds", record.ttl, "use a TTL such as 300")
        if record.type == "CNAME":
            if len(targets) != 1 or not is_dns_name(shape(targets[0]), trailing_dot=True):
                raise fail(self, f"CNAME {record.name} must point at exactly one hostname", list(targets),
                           "use targets=('<tunnel id>.cfargotunnel.com',) or another single name"
                           + ("" if record.flux_substitution or "${" not in targets[0] else
                              "; for a Flux ${VARIABLE} set DnsRecord(flux_substitution=True)"))
        elif record.type in ("A", "AAAA"):
            version = 4 if record.type == "A" else 6
            for target in targets:
                if record.flux_substitution and FLUX_VARIABLE.fullmatch(target):
                    continue  # an address Flux substitutes
                try:
                    ok = ipaddress.ip_address(target).version == version
                except ValueError:
                    ok = False
                if not ok:
                    raise fail(self, f"{record.type} record target is not an IPv{version} address", target,
                               f"use an IPv{version} address, or a CNAME for a hostname")
        if self.visibility == "public" and not self.explicit_public:
            private = [t for t in targets if is_private(t)]
            if private:  # one of the library's recommendations: waived per construct, with a reason
                recommend(self, "public-dns-private-address", f"public record {record.name} points at a private "
                                                              "address", private,
                          "publish private addresses with visibility='internal'")
