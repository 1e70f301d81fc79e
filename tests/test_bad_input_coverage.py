"""The bad-input catalogue covers every public construct and value class with at least one
wrong-type row and one wrong-value row.

A row says which public name it exercises: the rows of ``test_bad_input_public.py`` carry it
(``PublicCase.public`` and ``.kind``), and :data:`CREDITED` names it for rows of the other
catalogue files (row id -> (public name, kind)). ``"type"``: a value of the wrong type (``None``
for a string, a string for a list, a dict for a dataclass); ``"value"``: the right type, a wrong
value. Each credited row must exist and, when run, raise through an instance of the class it is
credited to, so the link is checked rather than guessed from source text.
"""
from __future__ import annotations

import dataclasses
import importlib
import inspect
from typing import Callable

import homelab_constructs
from homelab_constructs import HomelabConstruct

import cdk8s
import pytest
import test_bad_input_public as public
from bad_input import build

#: public classes that take no bad-input rows, with the reason
EXCLUDED = {
    "HomelabConstruct": "the base class: users subclass it, its checks are exercised by every construct's rows",
    "Props": "built by <Construct>.props(...) and checked when built: the construct's rows cover it",
    "HomelabValidationError": "an exception the library raises, not an input",
    "GatewayImplementation": "a protocol (the interface gateway implementations satisfy), never constructed",
    "Issuer": "a protocol (what Certificate accepts as its issuer), never constructed",
}

#: (public name, kind) without a row yet, with the reason: each one is a finding to fix, not a
#: waiver (the test fails once a row lands, so the entry is dropped then)
GAPS: dict[tuple[str, str], str] = {}

#: rows of the other catalogue files that already exercise a public name: "<file>::<row id>"
#: (file: test_bad_input_<file>.py) -> (public name, kind)
CREDITED: dict[str, tuple[str, str]] = {
    "dns::externaldns-publishing-domain-value": ("DnsPublishing", "value"),
    "dns::externaldns-registry-txt-owner-value": ("DnsRegistry", "value"),
    "dns::externaldns-policy-type": ("DnsSync", "type"),
    "dns::externaldns-chart-version-type": ("ExternalDnsChart", "type"),
    "dns::externaldns-chart-version-value": ("ExternalDnsChart", "value"),
    "dns::tunnel-ingress-origin-service-type": ("TunnelIngress", "type"),
    "dns::tunnel-token-remote-key-type": ("TunnelToken", "type"),
    "dns::tunnel-token-secret-value": ("TunnelToken", "value"),
    "dns::tunnel-hardened-type": ("TunnelPods", "type"),
    "dns::tunnel-strategy-value": ("TunnelPods", "value"),
    "building_blocks::alert-expr-bool": ("AlertRule", "type"),
    "building_blocks::alert-for": ("AlertRule", "value"),
    "catalogue::app-gateway-type": ("AppRoute", "type"),
    "catalogue::route-unknown-gateway-name": ("AppRoute", "value"),
    "types::argo-sync-retry-below-forever": ("ArgoSync", "value"),
    "catalogue::gateway-duration-type": ("BackendPolicy", "type"),
    "catalogue::envoy-retry-on": ("BackendPolicy", "value"),
    "types::backend-name-none": ("BackendRef", "type"),
    "types::backend-group-value": ("BackendRef", "value"),
    "catalogue::bgp-peer-address": ("BgpPeer", "value"),
    "fixes::bgp-families-True": ("BgpPeering", "type"),
    "catalogue::bgp-asn-zero": ("BgpPeering", "value"),
    "building_blocks::bgp-hold-type": ("BgpTimers", "type"),
    "building_blocks::bgp-hold-below-three": ("BgpTimers", "value"),
    "delivery::cert-manager-release-dict": ("CertManagerRelease", "type"),
    "catalogue::cert-manager-replicas": ("CertManagerRelease", "value"),
    "types::cidr-rule-not-network": ("CidrRule", "value"),
    "catalogue::cilium-values-not-typed": ("CiliumRelease", "type"),
    "catalogue::cilium-chart-version": ("CiliumRelease", "value"),
    "catalogue::cilium-api-host-type": ("CiliumValues", "type"),
    "catalogue::cilium-dsr-needs-native": ("CiliumValues", "value"),
    "modules::claim-size-number": ("ClaimSpec", "type"),
    "modules::claim-size-negative": ("ClaimSpec", "value"),
    "values::bool-envoy-http3": ("ClientPolicy", "type"),
    "catalogue::envoy-tls-1.1": ("ClientPolicy", "value"),
    "types::dns01-zones-string": ("CloudflareDns01", "type"),
    "values::cloudflare-records-per-page-type": ("CloudflareProvider", "type"),
    "values::cloudflare-records-per-page-zero": ("CloudflareProvider", "value"),
    "dns::tunnel-release-type": ("CloudflareTunnel", "type"),
    "catalogue::tunnel-id-not-uuid": ("CloudflareTunnel", "value"),
    "values::vpn-app-user-type": ("ContainerSecurity", "type"),
    "values::vpn-app-root-user": ("ContainerSecurity", "value"),
    "dns::coredns-plugin-parameters-close": ("CoreDnsPlugin", "value"),
    "dns::coredns-replicas-type": ("CoreDnsRelease", "type"),
    "catalogue::coredns-upstream-not-ip": ("CoreDnsRelease", "value"),
    "dns::endpoint-record-type": ("DnsEndpoint", "type"),
    "catalogue::dns-endpoint-no-records": ("DnsEndpoint", "value"),
    "values::record-target-type": ("DnsRecord", "type"),
    "catalogue::dns-record-bad-type": ("DnsRecord", "value"),
    "dns::records-gateways-string": ("DnsRecords", "type"),
    "dns::records-gateway-unknown": ("DnsRecords", "value"),
    "types::grant-namespace-type": ("EgressGrant", "type"),
    "types::grant-pods-empty": ("EgressGrant", "value"),
    "catalogue::envoy-chart-values-registry": ("EnvoyChart", "value"),
    "catalogue::envoy-proxy-type": ("EnvoyProfile", "type"),
    "catalogue::envoy-replicas-and-autoscaling": ("EnvoyProfile", "value"),
    "dns::externaldns-gateway-type": ("ExternalDns", "type"),
    "catalogue::externaldns-policy": ("DnsSync", "value"),
    "catalogue::external-port-target-range": ("ExternalPort", "value"),
    "catalogue::external-headless-type": ("ExternalService", "type"),
    "catalogue::external-endpoint-families": ("ExternalService", "value"),
    "types::http01-section-value": ("GatewayHttp01", "value"),
    "fixes::vpn-input-ports-int": ("Gluetun", "type"),
    "fixes::vpn-input-ports-empty": ("Gluetun", "value"),
    "building_blocks::dashboard-value-type": ("GrafanaDashboard", "type"),
    "building_blocks::dashboard-namespace": ("GrafanaDashboard", "value"),
    "fixes::grpc-backends-none": ("GrpcRule", "type"),
    "types::homelab-spec-type": ("Homelab", "type"),
    "types::isospec-opt-out-value": ("Homelab", "value"),
    "catalogue::app-port-as-string": ("HomelabApp", "type"),
    "catalogue::app-port-out-of-range": ("HomelabApp", "value"),
    "catalogue::gateway-issuer-type": ("HomelabGateway", "type"),
    "catalogue::gateway-bad-domain": ("HomelabGateway", "value"),
    "types::poolspec-name-type": ("HomelabSpec", "type"),
    "types::gatewayspec-domain": ("HomelabSpec", "value"),
    "types::http-match-headers-list": ("HttpMatch", "type"),
    "fixes::http-backends-none": ("HttpRule", "type"),
    "catalogue::redirect-gateway-type": ("HttpsRedirect", "type"),
    "catalogue::redirect-no-gateway": ("HttpsRedirect", "value"),
    "types::isospec-opt-out-none": ("IsolationSpec", "type"),
    "types::isospec-egress-twice": ("IsolationSpec", "value"),
    "types::l2-interfaces-string": ("L2Announcement", "type"),
    "catalogue::l2-bad-regex": ("L2Announcement", "value"),
    "types::label-match-values-string": ("LabelMatch", "type"),
    "types::listener-certificates-string": ("Listener", "type"),
    "types::listener-route-kind-value": ("Listener", "value"),
    "types::pool-cidrs-none": ("LoadBalancerPool", "type"),
    "catalogue::pool-start-after-stop": ("LoadBalancerPool", "value"),
    "building_blocks::namespace-name-type": ("Namespace", "type"),
    "building_blocks::namespace-name-value": ("Namespace", "value"),
    "catalogue::isolation-service-type": ("NamespaceIsolation", "type"),
    "catalogue::isolation-app-in-other-namespace": ("NamespaceIsolation", "value"),
    "dns::origin-connect-timeout-type": ("OriginRequest", "type"),
    "dns::origin-connect-timeout-value": ("OriginRequest", "value"),
    "types::pod-selector-labels-list": ("PodSelector", "type"),
    "types::policy-peer-values-none": ("PolicyPeer", "type"),
    "fixes::policy-peers-string": ("PolicyRule", "type"),
    "types::port-rule-port-none": ("PortRule", "type"),
    "fixes::port-rule-end-below": ("PortRule", "value"),
    "types::private-key-encoding": ("PrivateKey", "value"),
    "types::probe-timing-string": ("ProbeTiming", "type"),
    "dns::webhook-probe-timing-value": ("ProbeTiming", "value"),
    "building_blocks::rule-group-item": ("PrometheusRule", "type"),
    "building_blocks::rule-name": ("PrometheusRule", "value"),
    "values::prometheus-type": ("ProxyAutoscaling", "type"),
    "catalogue::envoy-autoscaling-max-below-min": ("ProxyAutoscaling", "value"),
    "catalogue::quantity-type": ("ProxySettings", "type"),
    "catalogue::envoy-traffic-policy": ("ProxySettings", "value"),
    "delivery::push-ref-remote-key-none": ("PushRef", "type"),
    "delivery::push-ref-remote-key-blank": ("PushRef", "value"),
    "delivery::push-secret-stores-string": ("PushSecret", "type"),
    "delivery::push-secret-name": ("PushSecret", "value"),
    "building_blocks::record-expr": ("RecordingRule", "type"),
    "building_blocks::record-name": ("RecordingRule", "value"),
    "delivery::release-upgrade-remediation-strategy-type": ("ReleaseSettings", "type"),
    "delivery::release-upgrade-remediation-strategy-value": ("ReleaseSettings", "value"),
    "delivery::strategy-name-none": ("ReleaseStrategy", "type"),
    "delivery::strategy-name-value": ("ReleaseStrategy", "value"),
    "delivery::extract-key-none": ("RemoteExtract", "type"),
    "delivery::extract-key-blank": ("RemoteExtract", "value"),
    "delivery::find-name-list": ("RemoteFind", "type"),
    "delivery::find-name-regexp": ("RemoteFind", "value"),
    "types::remote-ref-store-string": ("RemoteRef", "type"),
    "fixes::remote-ref-slashes": ("RemoteRef", "value"),
    "types::request-redirect-full-path": ("RequestRedirect", "value"),
    "types::resources-cpu-number": ("Resources", "type"),
    "types::resources-memory-space": ("Resources", "value"),
    "delivery::rollback-force-int": ("Rollback", "type"),
    "delivery::rollback-server-side-apply-value": ("Rollback", "value"),
    "building_blocks::group-limit-type": ("RuleGroup", "type"),
    "building_blocks::group-interval": ("RuleGroup", "value"),
    "delivery::template-labels-list": ("SecretTemplate", "type"),
    "delivery::template-labels-value": ("SecretTemplate", "value"),
    "catalogue::security-policy-app-without-route": ("SecurityPolicy", "value"),
    "catalogue::go-duration-type": ("SelfSignedCa", "type"),
    "catalogue::ca-duration-years": ("SelfSignedCa", "value"),
    "catalogue::secret-store-type": ("SyncedSecret", "type"),
    "catalogue::secret-refresh-interval": ("SyncedSecret", "value"),
    "catalogue::tcp-route-whole-gateway-without-tcp": ("TcpRoute", "value"),
    "catalogue::tls-route-api-version": ("TlsRoute", "value"),
    "catalogue::isolation-unknown-entity": ("ToEntity", "value"),
    "catalogue::isolation-fqdn-without-ports": ("ToFqdn", "value"),
    "types::tunnel-rule-service-none": ("TunnelIngressRule", "type"),
    "catalogue::envoy-blocking-config-map-annotations": ("UserAgentBlocking", "type"),
    "catalogue::envoy-empty-user-agent": ("UserAgentBlocking", "value"),
    "types::store-name-type": ("VaultSecretStore", "type"),
    "types::store-name-value": ("VaultSecretStore", "value"),
    "types::vlan-address-none": ("VlanAddress", "type"),
    "types::vlan-address-tuple": ("VlanAttachment", "type"),
    "catalogue::vlan-id-reserved": ("VlanAttachment", "value"),
    "values::vpn-app-env-type": ("VpnApp", "type"),
    "values::vpn-app-env-secret-name": ("VpnApp", "value"),
    "fixes::vpn-credentials-42": ("VpnCredentials", "type"),
    "modules::unknown-credential": ("VpnCredentials", "value"),
    "types::vpnspec-gluetun-type": ("VpnPod", "type"),
    "types::vpnspec-name-value": ("VpnPod", "value"),
    "types::vpnspec-provider-type": ("VpnTunnel", "type"),
    "types::vpnspec-provider-value": ("VpnTunnel", "value"),
    "modules::claim-as-dict": ("VpnVolume", "type"),
    "waivers::waive-reason-type": ("Waiver", "type"),
    "waivers::waive-recommendation-unknown": ("Waiver", "value"),
    "types::vpn-service-labels-type": ("WebUi", "type"),
    "values::vpn-load-balancer-ip": ("WebUi", "value"),
    "values::webhook-env-type": ("WebhookProvider", "type"),
    "values::webhook-url-no-scheme": ("WebhookProvider", "value"),
}

#: the catalogue files whose ``CASES`` are :class:`bad_input.Case` rows
CASE_FILES = ("building_blocks", "catalogue", "delivery", "dns", "fixes", "types", "values", "waivers")


def public_classes() -> dict[str, type]:
    """Every class of ``homelab_constructs.__all__`` that takes rows: constructs and value classes."""
    found = {}
    for name in homelab_constructs.__all__:
        obj = getattr(homelab_constructs, name)
        if inspect.isclass(obj) and name not in EXCLUDED:
            found[name] = obj
    return found


def catalogue_rows() -> dict[str, Callable[[], object]]:
    """``"<file>::<row id>"`` -> a call that builds the row, for every row :data:`CREDITED` may name."""
    rows: dict[str, Callable[[], object]] = {}
    for file in CASE_FILES:
        for case in importlib.import_module(f"test_bad_input_{file}").CASES:
            rows[f"{file}::{case.id}"] = lambda case=case: build(case)
    for id, make, _ in importlib.import_module("test_bad_input_modules").BAD_VPN:  # (id, build(chart), message)
        rows[f"modules::{id}"] = lambda make=make: make(cdk8s.Chart(cdk8s.Testing.app(), "c"))
    return rows


def test_every_public_class_is_a_construct_a_value_class_or_excluded_with_a_reason():
    for name, cls in public_classes().items():
        assert issubclass(cls, HomelabConstruct) or dataclasses.is_dataclass(cls), (
            f"{name} is neither a construct nor a dataclass: give it rows, or add it to EXCLUDED with a reason")
    for name in EXCLUDED:
        assert name in homelab_constructs.__all__, f"EXCLUDED names {name}, which is not public (any more)"


def test_every_public_name_has_a_wrong_type_and_a_wrong_value_row():
    covered = set(CREDITED.values()) | {(case.public, case.kind) for case in public.CASES}
    assert not covered & set(GAPS), f"rows landed for {sorted(covered & set(GAPS))}: drop them from GAPS"
    missing = [f"{name} ({kind})" for name in public_classes() for kind in ("type", "value")
               if (name, kind) not in covered | set(GAPS)]
    assert not missing, ("public names without a bad-input row of that kind (add a PublicCase to "
                         f"test_bad_input_public.py): {', '.join(missing)}")


def test_rows_name_public_classes_and_kinds():
    names = public_classes()
    for row, (name, kind) in [*CREDITED.items(), *((c.id, (c.public, c.kind)) for c in public.CASES)]:
        assert name in names, f"{row} is credited to {name}, which is not a public class with rows"
        assert kind in ("type", "value"), f"{row}: kind is 'type' or 'value', not {kind!r}"


_ROWS: dict[str, Callable[[], object]] = {}


@pytest.mark.parametrize("row", sorted(CREDITED))
def test_credited_rows_exist_and_raise_through_their_class(row):
    if not _ROWS:
        _ROWS.update(catalogue_rows())
    assert row in _ROWS, f"no catalogue row {row} (renamed or removed?): update CREDITED"
    name, _ = CREDITED[row]
    with pytest.raises(ValueError) as caught:
        _ROWS[row]()
    assert public.raised_with(caught.tb, getattr(homelab_constructs, name)), f"{row} never builds a {name}"
