"""Bad-input rows for the public names the other catalogue files leave out: each row names the
public construct or value class it exercises (``public``) and whether it gives a value of the
wrong type or a wrong value of the right type (``kind``), so that
``test_bad_input_coverage.py`` can check that every public name has both.

Each row builds into a fresh chart ``c`` of a fresh app and must raise exactly one line,
``<path>: <what is wrong> (got <value>); <how to fix>``, as a plain ValueError.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType
from typing import Optional

from homelab_constructs import (
    AcmeIssuer,
    AppPort,
    ArgoSync,
    BackendRef,
    BgpPeer,
    BgpPeering,
    Certificate,
    ChartDashboards,
    CidrRule,
    CiliumPolicy,
    CiliumRelease,
    CiliumValues,
    ClientRateLimit,
    CloudflareDns01,
    CloudflaredSettings,
    CloudflareProvider,
    ClusterCidrs,
    ConfigMapDashboard,
    CoreDnsPlugin,
    CoreDnsRelease,
    CoreDnsServer,
    DnsPublishing,
    DnsRegistry,
    DnsSync,
    EgressGrant,
    EnvoyChart,
    EnvoyMonitoring,
    EnvoyProfile,
    ExternalAuth,
    ExternalDns,
    ExternalDnsAlerts,
    ExternalIssuer,
    ExternalObject,
    ExternalPort,
    GatewayHttp01,
    GrafanaComDashboard,
    GrafanaDashboard,
    GrafanaUrlDashboard,
    GrpcRoute,
    GrpcRule,
    HeaderModifier,
    HealthCheck,
    Homelab,
    HomelabSpec,
    HttpMatch,
    HttpRoute,
    HttpRule,
    Hubble,
    LabelMatch,
    ListenerRef,
    LoadBalancing,
    MultusRelease,
    NamespaceIsolation,
    NetworkSelection,
    OidcAuth,
    PodSecurity,
    PodSelector,
    PolicyPeer,
    PolicyRule,
    PrivateKey,
    RequestRedirect,
    RoutedBackend,
    SecretStoreRef,
    SecurityPolicy,
    SelectorRequirement,
    ServiceMonitors,
    SubstituteFrom,
    TcpRoute,
    TlsRoute,
    ToApiServer,
    ToCidr,
    ToEntity,
    ToFqdn,
    ToService,
    ToWorld,
    TunnelIngress,
    TunnelIngressRule,
    UrlRewrite,
    VlanAddress,
    VlanAttachment,
    VlanRoute,
    VpnStorage,
    VpnVolume,
)
from homelab_constructs.tools.cli import error_lines

import cdk8s
import jsii
import pytest
from bad_input import Case, app, build, gw
from test_bad_input_types import ORIGIN, tunnel


@dataclass(frozen=True)
class PublicCase(Case):
    """A :class:`Case` that names the public class it exercises and the kind of mistake:
    ``"type"`` (a value of the wrong type) or ``"value"`` (the right type, a wrong value)."""

    public: str = ""
    kind: str = ""

    def __init__(self, id: str, public: str, kind: str, build, message: str, *,  # type: ignore[no-untyped-def]
                 whole_app: bool = False, manifests: bool = False) -> None:
        for name, value in (("id", id), ("build", build), ("message", message), ("whole_app", whole_app),
                            ("manifests", manifests), ("public", public), ("kind", kind)):
            object.__setattr__(self, name, value)


def iso(c: cdk8s.Chart, *to: object) -> NamespaceIsolation:
    return NamespaceIsolation(c, "iso", namespace="media", apps=[app(c)],
                              egress=[EgressGrant("media", "sonarr", tuple(to))])  # type: ignore[arg-type]


def bgp(c: cdk8s.Chart, **kw: object) -> BgpPeering:
    return BgpPeering(c, "bgp", **{"local_asn": 64514, "peers": [BgpPeer("router", "10.10.30.1", 64513)],
        **kw})  # type: ignore[arg-type]


def vlan(c: cdk8s.Chart, **kw: object) -> VlanAttachment:
    kw = {"name": "iot", "namespace": "home", "master": "enp1s0", "vlan_id": 20, "subnet": "192.168.20.0/24", **kw}
    return VlanAttachment(c, "v", **kw)  # type: ignore[arg-type]


def dash(c: cdk8s.Chart, d: object) -> GrafanaDashboard:
    return GrafanaDashboard(c, "d", namespace="monitoring", dashboard=d)  # type: ignore[arg-type]


def cilium(c: cdk8s.Chart, **kw: object) -> CiliumRelease:
    return CiliumRelease(c, "cilium", values=CiliumValues(**kw))  # type: ignore[arg-type]


CASES: list[PublicCase] = [
    PublicCase("dns-publishing-domains-type", "DnsPublishing", "type",
               lambda c: DnsPublishing(domain_filters="homelab.local"),  # type: ignore[arg-type]
               "DnsPublishing.domain_filters: domain filters are not a list of zones (got 'homelab.local'); write a "
               "list such as ['homelab.local']"),
    PublicCase("dns-registry-owner-type", "DnsRegistry", "type",
               lambda c: DnsRegistry(txt_owner_id=5),  # type: ignore[arg-type]
               "DnsRegistry.txt_owner_id: TXT owner id is not text (got 5); write one word such as "
               "'external-dns-internal' or 'k8s.internal.', or None for the default"),
    PublicCase("externaldns-arg-sets-a-prop", "ExternalDns", "value",
               lambda c: ExternalDns(c, "x", provider=CloudflareProvider(), namespace="network",
                                     extra_args=["--policy=sync"], sync=DnsSync(policy="upsert-only")),
               "c/x: extra arg sets what a prop sets (got '--policy=sync'); set DnsSync(policy=...) instead"),
    PublicCase("tunnel-ingress-origin-value", "TunnelIngress", "value",
               lambda c: TunnelIngress(origin_service="not a url"),
               "TunnelIngress.origin_service: origin service is not a host name (got 'not a url'); use the gateway "
               "Service's DNS name, such as 'envoy-external.network.svc.cluster.local'"),
    PublicCase("cloudflared-config-flag-type", "CloudflaredSettings", "type",
               lambda c: CloudflaredSettings(config_flag="--config"),  # type: ignore[arg-type]
               "CloudflaredSettings.config_flag: config_flag must be True or False (got '--config'); write True to pass "
               "--config, or False"),
    PublicCase("cloudflared-transport-value", "CloudflaredSettings", "value",
               lambda c: CloudflaredSettings(transport_protocol="udp"),
               "CloudflaredSettings.transport_protocol: transport protocol is unknown (got 'udp'); use one of: quic, "
               "http2, auto"),
    PublicCase("network-selection-ips-type", "NetworkSelection", "type",
               lambda c: NetworkSelection("iot", "home", ips="192.168.20.5/24"),  # type: ignore[arg-type]
               "NetworkSelection.ips: static IPs are not a list (got '192.168.20.5/24'); write a list such as "
               "['192.168.20.5/24']"),
    PublicCase("network-selection-mac-value", "NetworkSelection", "value",
               lambda c: NetworkSelection("iot", "home", mac="zz:zz"),
               "NetworkSelection.mac: MAC address is not a unicast address of six hex pairs (got 'zz:zz'); write one "
               "such as '02:42:c0:a8:14:0a'"),
    # the same construct id twice under one parent: the library's words before jsii's
    PublicCase("cluster-cidrs-pods-prefix", "ClusterCidrs", "value",
               lambda c: HomelabSpec(cluster_cidrs=ClusterCidrs(pods=("10.244.0.0/33",))),
               "HomelabSpec.cluster_cidrs: cluster CIDR is not a network (got '10.244.0.0/33'); write a CIDR such as "
               "'10.42.0.0/16'"),
    PublicCase("tunnel-rule-hostname-value", "TunnelIngressRule", "value",
               lambda c: tunnel(c, ingress=TunnelIngress(rules=[TunnelIngressRule("web_homelab", ORIGIN)])),
               "TunnelIngress.rules: rules[0] hostname is not a DNS name or wildcard (got 'web_homelab'); write a name "
               "such as 'example.com' or '*.example.com' (the catch-all is catch_all=)"),
    PublicCase("service-monitors-hubble-off", "ServiceMonitors", "value",
               lambda c: cilium(c, hubble=Hubble(enabled=False), service_monitors=ServiceMonitors(hubble=True)),
               "c/cilium: the Hubble ServiceMonitor needs Hubble metrics (got ()); list metrics in Hubble(metrics=...), "
               "or ServiceMonitors(hubble=False)"),
    PublicCase("construct-id-twice", "HomelabApp", "value", lambda c: (app(c, "p"), app(c, "p", name="radarr")),
               "c/p: construct id is already used under c (got 'p'); give each construct its own id "
               "(ids feed generated names)"),
    PublicCase('acme-solvers-type', 'AcmeIssuer', 'type',
               lambda c: AcmeIssuer(c, "i", name="le", solvers=CloudflareDns01(token_secret="cf")),
               "c/i: solvers is not a list or tuple (got CloudflareDns01(token_secret='cf', token_key='api-token', "
               "dns_zones=(), dns_names=())); write a list such as [CloudflareDns01(token_secret='cf', "
               "token_key='api-token', dns_zones=(), dns_names=())]"),
    PublicCase('acme-email-value', 'AcmeIssuer', 'value',
               lambda c: AcmeIssuer(c, "i", name="le", solvers=[CloudflareDns01(token_secret="cf")], email="me"),
               "c/i: email is not an email address (got 'me'); write an address such as 'admin@example.com'"),
    PublicCase('app-port-port-type', 'AppPort', 'type',
               lambda c: AppPort(name="metrics", port="9090"),
               "AppPort.port: port must be an integer in 1-65535 (got '9090'); use a valid TCP/UDP port"),
    PublicCase('app-port-name-value', 'AppPort', 'value',
               lambda c: AppPort(name="Metrics", port=9090),
               "AppPort.name: port name is not a DNS label (got 'Metrics'); use 1-63 lowercase letters, digits or "
               "'-', starting and ending with a letter or digit"),
    PublicCase('argo-sync-prune-type', 'ArgoSync', 'type',
               lambda c: ArgoSync(prune="yes"),
               "ArgoSync.prune: prune must be True or False (got 'yes'); write True or False"),
    PublicCase('bgp-peer-asn-string', 'BgpPeer', 'type',
               lambda c: bgp(c, peers=[BgpPeer("router", "10.10.30.1", "64513")]),
               "c/bgp: peer router's ASN must be an integer in 1-4294967295 (got '64513'); use a private ASN such as "
               '64512-65534 or 4200000000-4294967294'),
    PublicCase('certificate-dns-names-string', 'Certificate', 'type',
               lambda c: Certificate(c, "cert", name="web", namespace="default", issuer="ca", dns_names="web.homelab.local"),
               "c/cert: dns_names is not a list or tuple (got 'web.homelab.local'); write a list such as ['web.homelab.local']"),
    PublicCase('certificate-duration-value', 'Certificate', 'value',
               lambda c: Certificate(c, "cert", name="web", namespace="default", issuer="ca",
                   dns_names=["web.homelab.local"], duration="90d"),
               "c/cert: duration is not a Go duration (got '90d'); write hours, minutes, seconds or milliseconds such "
               "as '2160h'"),
    PublicCase('chart-dashboards-annotations-list', 'ChartDashboards', 'type',
               lambda c: cilium(c, dashboards=ChartDashboards(annotations=["grafana_folder=Cilium"])),
               "c/cilium: dashboards annotations must be a mapping of key to string (got ['grafana_folder=Cilium']); "
               "write {'example.com/key': 'value'}"),
    PublicCase('chart-dashboards-namespace-value', 'ChartDashboards', 'value',
               lambda c: cilium(c, dashboards=ChartDashboards(namespace="Monitoring")),
               "c/cilium: dashboards namespace is not a DNS label (got 'Monitoring'); use 1-63 lowercase letters, "
               "digits or '-', starting and ending with a letter or digit"),
    PublicCase('cidr-rule-cidr-type', 'CidrRule', 'type',
               lambda c: CidrRule(cidr=10),
               'CidrRule.cidr: cidr is not in network form (got 10); write the network address with its prefix '
               'length, such as 10.0.0.0/8'),
    PublicCase('cilium-policy-ingress-type', 'CiliumPolicy', 'type',
               lambda c: CiliumPolicy(c, "p", name="p", namespace="media", ingress="world"),
               "c/p: ingress is not a list or tuple (got 'world'); write a list such as "
               "[PolicyRule(PolicyPeer.entities('world'), ports=(443,))]"),
    PublicCase('cilium-policy-name-value', 'CiliumPolicy', 'value',
               lambda c: CiliumPolicy(c, "p", name="Bad_Policy", namespace="media"),
               "c/p: policy name is not a DNS subdomain name (got 'Bad_Policy'); use at most 253 lowercase letters, "
               "digits, '-' or '.', each dot-separated part starting and ending with a letter or digit"),
    PublicCase('client-rate-limit-qps-type', 'ClientRateLimit', 'type',
               lambda c: cilium(c, k8s_client_rate_limit=ClientRateLimit(qps="10", burst=20)),
               "c/cilium: client rate limit QPS must be an integer of at least 1 (got '10'); use a whole number >= 1"),
    PublicCase('client-rate-limit-qps-zero', 'ClientRateLimit', 'value',
               lambda c: cilium(c, k8s_client_rate_limit=ClientRateLimit(qps=0, burst=20)),
               'c/cilium: client rate limit QPS must be an integer of at least 1 (got 0); use a whole number >= 1'),
    PublicCase('dns01-token-secret-value', 'CloudflareDns01', 'value',
               lambda c: CloudflareDns01(token_secret="Cloudflare Token"),
               "CloudflareDns01.token_secret: token_secret is not a DNS subdomain name (got 'Cloudflare Token'); use "
               "at most 253 lowercase letters, digits, '-' or '.', each dot-separated part starting and ending with a "
               'letter or digit'),
    PublicCase('cluster-cidrs-pods-string', 'ClusterCidrs', 'type',
               lambda c: Homelab(c, "h", HomelabSpec(cluster_cidrs=ClusterCidrs(pods="10.244.0.0/16"))),
               "HomelabSpec.cluster_cidrs.pods: pods is not a list or tuple (got '10.244.0.0/16'); write a tuple such "
               "as ('10.244.0.0/16',)"),
    PublicCase('configmap-dashboard-key-type', 'ConfigMapDashboard', 'type',
               lambda c: dash(c, ConfigMapDashboard(name="nodes", config_map="dash", key=None)),
               "c/d: dashboard ConfigMap key is not a ConfigMap key (got None); use letters, digits, '-', '_' or '.', "
               "such as 'cilium-dashboard.json'"),
    PublicCase('configmap-dashboard-config-map-value', 'ConfigMapDashboard', 'value',
               lambda c: dash(c, ConfigMapDashboard(name="nodes", config_map="Dash", key="nodes.json")),
               "c/d: dashboard ConfigMap name is not a DNS subdomain name (got 'Dash'); use at most 253 lowercase "
               "letters, digits, '-' or '.', each dot-separated part starting and ending with a letter or digit"),
    PublicCase('coredns-plugin-name-type', 'CoreDnsPlugin', 'type',
               lambda c: CoreDnsRelease(c, "dns", server=CoreDnsServer(plugins=(CoreDnsPlugin(None),))),
               'c/dns: server plugins[0] name is not a CoreDNS plugin name (got None); write a plugin such as '
               "'errors', 'forward' or 'k8s_external'"),
    PublicCase('coredns-server-port-type', 'CoreDnsServer', 'type',
               lambda c: CoreDnsRelease(c, "dns", server=CoreDnsServer(plugins=(CoreDnsPlugin("errors"),), port="53")),
               "c/dns: server port must be an integer in 1-65535 (got '53'); use a valid TCP/UDP server port"),
    PublicCase('coredns-server-zone-value', 'CoreDnsServer', 'value',
               lambda c: CoreDnsRelease(c, "dns", server=CoreDnsServer(plugins=(CoreDnsPlugin("errors"),), zone="home lab")),
               "c/dns: server zone is not a DNS zone (got 'home lab'); write '.' or a zone such as 'example.com'"),
    PublicCase('envoy-chart-enable-lua-type', 'EnvoyChart', 'type',
               lambda c: EnvoyProfile(c, "envoy", chart_values=EnvoyChart(enable_lua="yes")),
               "c/envoy: enable_lua must be True or False (got 'yes'); write True or False, or None for the chart's default"),
    PublicCase('envoy-monitoring-pod-monitor-type', 'EnvoyMonitoring', 'type',
               lambda c: EnvoyProfile(c, "envoy", monitoring=EnvoyMonitoring(pod_monitor="yes")),
               "c/envoy: monitoring pod_monitor must be True or False (got 'yes'); write True or False"),
    PublicCase('envoy-monitoring-name-value', 'EnvoyMonitoring', 'value',
               lambda c: EnvoyProfile(c, "envoy", monitoring=EnvoyMonitoring(pod_monitor_name="Envoy Proxy")),
               "c/envoy: PodMonitor name is not a DNS subdomain name (got 'Envoy Proxy'); use at most 253 lowercase "
               "letters, digits, '-' or '.', each dot-separated part starting and ending with a letter or digit"),
    PublicCase('external-auth-port-type', 'ExternalAuth', 'type',
               lambda c: SecurityPolicy(c, "p", target="web", namespace="default", ext_auth=ExternalAuth(service="auth",
                   port="9000")),
               "c/p: external auth Service port must be an integer in 1-65535 (got '9000'); use a valid TCP/UDP "
               'external auth Service port'),
    PublicCase('external-auth-path-value', 'ExternalAuth', 'value',
               lambda c: SecurityPolicy(c, "p", target="web", namespace="default", ext_auth=ExternalAuth(service="auth",
                   port=9000, path="verify")),
               "c/p: external auth path is not an absolute path (got 'verify'); write a path such as "
               "'/outpost.goauthentik.io/auth/envoy'"),
    PublicCase('externaldns-alerts-stale-type', 'ExternalDnsAlerts', 'type',
               lambda c: ExternalDnsAlerts(c, "a", namespace="dns", stale_after_seconds="60"),
               "c/a: stale_after_seconds must be an integer of at least 1 (got '60'); use a whole number >= 1"),
    PublicCase('externaldns-alerts-severity-value', 'ExternalDnsAlerts', 'value',
               lambda c: ExternalDnsAlerts(c, "a", namespace="dns", severity="page"),
               "c/a: severity is unknown (got 'page'); use one of: critical, warning, info"),
    PublicCase('external-issuer-name-type', 'ExternalIssuer', 'type',
               lambda c: ExternalIssuer(c, "i", kind="ClusterIssuer", name=5),
               'c/i: ClusterIssuer name is not a DNS subdomain name (got 5); use at most 253 lowercase letters, '
               "digits, '-' or '.', each dot-separated part starting and ending with a letter or digit"),
    PublicCase('external-issuer-kind-value', 'ExternalIssuer', 'value',
               lambda c: ExternalIssuer(c, "i", kind="Issuer2", name="ca"),
               "c/i: external object kind is unknown (got 'Issuer2'); did you mean Issuer? use one of: ClusterIssuer, "
               'Issuer, ClusterSecretStore, SecretStore, Secret, Namespace'),
    PublicCase('external-object-kind-type', 'ExternalObject', 'type',
               lambda c: ExternalObject(c, "o", kind=None, name="x"),
               'c/o: external object kind is unknown (got None); use one of: ClusterIssuer, Issuer, '
               'ClusterSecretStore, SecretStore, Secret, Namespace'),
    PublicCase('external-object-name-value', 'ExternalObject', 'value',
               lambda c: ExternalObject(c, "o", kind="Secret", name="Bad Name"),
               "c/o: Secret name is not a DNS subdomain name (got 'Bad Name'); use at most 253 lowercase letters, "
               "digits, '-' or '.', each dot-separated part starting and ending with a letter or digit"),
    PublicCase('external-port-port-type', 'ExternalPort', 'type',
               lambda c: ExternalPort(port="443"),
               "ExternalPort.port: port must be an integer in 1-65535 (got '443'); use a valid TCP/UDP port"),
    PublicCase('http01-gateway-type', 'GatewayHttp01', 'type',
               lambda c: GatewayHttp01(gateway=None, namespace="default"),
               'GatewayHttp01.gateway: gateway is not a DNS label (got None); use 1-63 lowercase letters, digits or '
               "'-', starting and ending with a letter or digit"),
    PublicCase('grafana-com-dashboard-id-type', 'GrafanaComDashboard', 'type',
               lambda c: dash(c, GrafanaComDashboard(name="nodes", id="1860", revision=37)),
               "c/d: grafana.com dashboard id must be a positive integer (got '1860'); copy it from the dashboard's "
               'grafana.com page and pin the revision'),
    PublicCase('grafana-com-dashboard-revision-value', 'GrafanaComDashboard', 'value',
               lambda c: dash(c, GrafanaComDashboard(name="nodes", id=1860, revision=0)),
               "c/d: dashboard revision must be a positive integer (got 0); copy it from the dashboard's grafana.com "
               'page and pin the revision'),
    PublicCase('grafana-url-dashboard-url-type', 'GrafanaUrlDashboard', 'type',
               lambda c: dash(c, GrafanaUrlDashboard(name="nodes", url=None)),
               'c/d: dashboard URL is not an http(s) URL (got None); write a URL such as '
               "'https://grafana.com/api/dashboards/24459/revisions/3/download'"),
    PublicCase('grafana-url-dashboard-url-value', 'GrafanaUrlDashboard', 'value',
               lambda c: dash(c, GrafanaUrlDashboard(name="nodes", url="ftp://example.com/d.json")),
               "c/d: dashboard URL is not an http(s) URL (got 'ftp://example.com/d.json'); write a URL such as "
               "'https://grafana.com/api/dashboards/24459/revisions/3/download'"),
    PublicCase('grpc-route-rules-type', 'GrpcRoute', 'type',
               lambda c: GrpcRoute(c, "r", name="api", namespace="default", parents=gw(c),
                   rules=GrpcRule(backends=(BackendRef("api", 9000),))),
               "c/r: rules is not a list or tuple (got GrpcRule(backends=(BackendRef(name='api', port=9000, "
               'weight=None, namespace=None, kind=None, group=None),), service=None, method=None)); write a list such '
               "as [GrpcRule(backends=(BackendRef(name='api', port=9000, weight=None, namespace=None, kind=None, "
               'group=None),), service=None, method=None)]'),
    PublicCase('grpc-route-name-value', 'GrpcRoute', 'value',
               lambda c: GrpcRoute(c, "r", name="Api", namespace="default", parents=gw(c),
                   rules=[GrpcRule(backends=(BackendRef("api", 9000),))]),
               "c/r: route name is not a DNS label (got 'Api'); use 1-63 lowercase letters, digits or '-', starting "
               'and ending with a letter or digit'),
    PublicCase('grpc-rule-backends-empty', 'GrpcRule', 'value',
               lambda c: GrpcRule(backends=()),
               "GrpcRule.backends: rule has no backend (got []); add backends=[BackendRef('<service>', <port>)]"),
    PublicCase('header-modifier-set-list', 'HeaderModifier', 'type',
               lambda c: HeaderModifier(set=["x-a: b"]),
               "HeaderModifier.set: set is not a mapping (got ['x-a: b']); write a dict such as {'X-Forwarded-Proto': 'https'}"),
    PublicCase('header-modifier-name-value', 'HeaderModifier', 'value',
               lambda c: HeaderModifier(set={"x a": "b"}),
               "HeaderModifier.set: header name is not an HTTP header name (got 'x a'); write a header name such as "
               "'X-Forwarded-Proto'"),
    PublicCase('health-check-name-type', 'HealthCheck', 'type',
               lambda c: HealthCheck(kind="Deployment", name=5),
               'HealthCheck.name: name is not a DNS subdomain name (got 5); use at most 253 lowercase letters, '
               "digits, '-' or '.', each dot-separated part starting and ending with a letter or digit"),
    PublicCase('health-check-kind-value', 'HealthCheck', 'value',
               lambda c: HealthCheck(kind="deployment", name="web"),
               "HealthCheck.kind: kind is not a Kubernetes kind (got 'deployment'); write a kind such as "
               "'HelmRelease' or 'CustomResourceDefinition'"),
    PublicCase('http-match-path-type-value', 'HttpMatch', 'value',
               lambda c: HttpMatch(path="/", path_type="Prefix"),
               "HttpMatch.path_type: path type is unknown (got 'Prefix'); did you mean PathPrefix? use one of: "
               'PathPrefix, Exact, RegularExpression'),
    PublicCase('http-route-hostnames-string', 'HttpRoute', 'type',
               lambda c: HttpRoute(c, "r", name="web", namespace="default", parents=gw(c),
                   rules=[HttpRule(backends=(BackendRef("web", 80),))], hostnames="web.homelab.local"),
               "c/r: hostnames is not a list or tuple (got 'web.homelab.local'); write a list such as ['web.homelab.local']"),
    PublicCase('http-route-hostname-value', 'HttpRoute', 'value',
               lambda c: HttpRoute(c, "r", name="web", namespace="default", parents=gw(c),
                   rules=[HttpRule(backends=(BackendRef("web", 80),))], hostnames=["web_homelab"]),
               "c/r: hostname is outside the gateway homelab-gateway's domain homelab.local (got 'web_homelab'); use "
               '<app>.homelab.local'),
    PublicCase('http-rule-name-value', 'HttpRule', 'value',
               lambda c: HttpRule(backends=(BackendRef("web", 80),), name="Web Rule"),
               "HttpRule.name: rule name is not a DNS label (got 'Web Rule'); use 1-63 lowercase letters, digits or "
               "'-', starting and ending with a letter or digit"),
    PublicCase('hubble-relay-type', 'Hubble', 'type',
               lambda c: cilium(c, hubble=Hubble(relay="yes")),
               "c/cilium: Hubble.relay must be True or False (got 'yes'); write True or False"),
    PublicCase('hubble-metric-value', 'Hubble', 'value',
               lambda c: cilium(c, hubble=Hubble(metrics=("dns query",))),
               "c/cilium: Hubble metric is unknown (got 'dns query'); use one of dns, drop, flow, flows-to-world, "
               "http, httpV2, icmp, kafka, policy, port-distribution, tcp, options after ':' (such as 'dns:query')"),
    PublicCase('label-match-operator-value', 'LabelMatch', 'value',
               lambda c: LabelMatch(key="app", operator="in", values=("web",)),
               "LabelMatch.operator: operator is unknown (got 'in'); use one of: In, NotIn, Exists, DoesNotExist"),
    PublicCase('listener-ref-gateway-type', 'ListenerRef', 'type',
               lambda c: HttpRoute(c, "r", name="web", namespace="default", parents=ListenerRef(gateway="homelab-gateway",
                   section="https"), rules=[HttpRule(backends=(BackendRef("web", 80),))]),
               "c/r: route targets a gateway that does not exist (got 'homelab-gateway'); use one of: none declared "
               'yet (declare gateways before the routes that use them)'),
    PublicCase('listener-ref-section-value', 'ListenerRef', 'value',
               lambda c: HttpRoute(c, "r", name="web", namespace="default", parents=ListenerRef(gateway=gw(c),
                   section="HTTPS"), rules=[HttpRule(backends=(BackendRef("web", 80),))]),
               "c/gw: gateway homelab-gateway has no such listener (got 'HTTPS'); use one of: https, http"),
    PublicCase('load-balancing-topology-type', 'LoadBalancing', 'type',
               lambda c: cilium(c, load_balancing=LoadBalancing(service_topology="yes")),
               "c/cilium: LoadBalancing.service_topology must be True or False (got 'yes'); write True or False"),
    PublicCase('load-balancing-mode-value', 'LoadBalancing', 'value',
               lambda c: cilium(c, load_balancing=LoadBalancing(mode="direct")),
               "c/cilium: load-balancer mode is unknown (got 'direct'); use one of: snat, dsr, hybrid"),
    PublicCase('multus-cpu-request-type', 'MultusRelease', 'type',
               lambda c: MultusRelease(c, "m", cpu_request=0.1),
               "c/m: cpu_request is not a Kubernetes quantity (got 0.1); write a quantity such as '100m', '128Mi' or '1Gi'"),
    PublicCase('multus-bin-path-value', 'MultusRelease', 'value',
               lambda c: MultusRelease(c, "m", bin_path="opt/cni/bin"),
               "c/m: bin_path is not an absolute host path (got 'opt/cni/bin'); write the node's directory, such as "
               "'/opt/cni/bin'"),
    PublicCase('oidc-client-id-type', 'OidcAuth', 'type',
               lambda c: SecurityPolicy(c, "p", target="web", namespace="default",
                   oidc=OidcAuth(issuer="https://id.example.com", client_id=5, client_secret="oidc")),
               "c/p: OIDC client id is not a string (got 5); write a string such as 'grafana'"),
    PublicCase('oidc-issuer-value', 'OidcAuth', 'value',
               lambda c: SecurityPolicy(c, "p", target="web", namespace="default", oidc=OidcAuth(issuer="id.example.com",
                   client_id="web", client_secret="oidc")),
               "c/p: OIDC issuer has no scheme (got 'id.example.com'); write it with its scheme, such as "
               "'https://id.example.com'"),
    PublicCase('pod-security-fs-group-type', 'PodSecurity', 'type',
               lambda c: PodSecurity(fs_group="1000"),
               "PodSecurity.fs_group: fs_group is not an integer or None (got '1000'); write a whole number such as "
               '1000, or None'),
    PublicCase('pod-security-seccomp-value', 'PodSecurity', 'value',
               lambda c: PodSecurity(seccomp_profile="Strict"),
               "PodSecurity.seccomp_profile: seccomp_profile is unknown (got 'Strict'); use one of: RuntimeDefault, Unconfined"),
    PublicCase('pod-selector-label-value', 'PodSelector', 'value',
               lambda c: PodSelector(labels={"app": "a b"}),
               "PodSelector.labels['app']: value is not a label value (got 'a b'); write up to 63 letters, digits, "
               "'-', '_' or '.', starting and ending with a letter or digit"),
    PublicCase('policy-peer-kind-value', 'PolicyPeer', 'value',
               lambda c: PolicyPeer(kind="entity", values=("world",)),
               "PolicyPeer.kind: peer kind is unknown (got 'entity'); did you mean entities? use one of: entities, "
               'endpoints, cidr, cidr_set, fqdns'),
    PublicCase('policy-rule-dns-value', 'PolicyRule', 'value',
               lambda c: PolicyRule(dns=("*",)),
               "PolicyRule: rule has neither peers nor ports (got PolicyRule(peers=(), ports=(), dns=('*',))); name "
               "the peers (PolicyPeer.entities('all') for every peer) or the ports"),
    PublicCase('private-key-size-type', 'PrivateKey', 'type',
               lambda c: PrivateKey(size="4096"),
               "PrivateKey.size: size is not an integer or None (got '4096'); write the key's bits, such as 256, or None"),
    PublicCase('request-redirect-status-type', 'RequestRedirect', 'type',
               lambda c: RequestRedirect(status_code="301"),
               "RequestRedirect.status_code: redirect status code is not 301, 302, 303, 307 or 308 (got '301'); use "
               '301 (permanent) or 302 (found)'),
    PublicCase('routed-backend-route-type', 'RoutedBackend', 'type',
               lambda c: RoutedBackend(route="sonarr", pods={"app": "x"}, target_port=80),
               "RoutedBackend.route: route is not an AppRoute (got 'sonarr'); pass the AppRoute that routes to the pods"),
    PublicCase('routed-backend-port-value', 'RoutedBackend', 'value',
               lambda c: RoutedBackend(route=app(c, gateway=gw(c)).route, pods={"app": "x"}, target_port=0),
               'RoutedBackend.target_port: target port must be an integer in 1-65535 (got 0); use a valid TCP/UDP target port'),
    PublicCase('secret-store-ref-name-type', 'SecretStoreRef', 'type',
               lambda c: SecretStoreRef(name=None),
               "SecretStoreRef.name: name is not a string (got None); write a string such as 'bitwarden-fields'"),
    PublicCase('secret-store-ref-kind-value', 'SecretStoreRef', 'value',
               lambda c: SecretStoreRef(name="vault", kind="Store"),
               "SecretStoreRef.kind: secret store kind is unknown (got 'Store'); did you mean SecretStore? use one "
               'of: ClusterSecretStore, SecretStore'),
    PublicCase('security-policy-oidc-type', 'SecurityPolicy', 'type',
               lambda c: SecurityPolicy(c, "p", target="web", namespace="default", oidc={"issuer": "https://id.example.com"}),
               "c/p: oidc is not an OidcAuth or None (got {'issuer': 'https://id.example.com'}); write "
               'OidcAuth(issuer=..., client_id=..., client_secret=...)'),
    PublicCase('selector-requirement-values-string', 'SelectorRequirement', 'type',
               lambda c: bgp(c, service_expressions=[SelectorRequirement(key="a", operator="In", values="x")]),
               "c/bgp: service_expressions[0] values is not a list or tuple (got 'x'); write a list such as ['x']"),
    PublicCase('selector-requirement-operator-value', 'SelectorRequirement', 'value',
               lambda c: bgp(c, service_expressions=[SelectorRequirement(key="a", operator="in", values=("x",))]),
               "c/bgp: service_expressions[0] operator is unknown (got 'in'); use one of: In, NotIn, Exists, DoesNotExist"),
    PublicCase('service-monitors-agent-type', 'ServiceMonitors', 'type',
               lambda c: cilium(c, service_monitors=ServiceMonitors(agent="yes")),
               "c/cilium: ServiceMonitors.agent must be True or False (got 'yes'); write True or False"),
    PublicCase('substitute-from-optional-type', 'SubstituteFrom', 'type',
               lambda c: SubstituteFrom(name="vars", optional="no"),
               "SubstituteFrom.optional: optional must be True or False (got 'no'); write True or False"),
    PublicCase('substitute-from-kind-value', 'SubstituteFrom', 'value',
               lambda c: SubstituteFrom(name="vars", kind="Vault"),
               "SubstituteFrom.kind: kind is unknown (got 'Vault'); use one of: Secret, ConfigMap"),
    PublicCase('tcp-route-backends-type', 'TcpRoute', 'type',
               lambda c: TcpRoute(c, "r", name="db", namespace="default", parents=gw(c), backends=BackendRef("db", 5432)),
               "c/r: backends is not a list or tuple (got BackendRef(name='db', port=5432, weight=None, "
               "namespace=None, kind=None, group=None)); write a list such as [BackendRef(name='db', port=5432, "
               'weight=None, namespace=None, kind=None, group=None)]'),
    PublicCase('tls-route-hostnames-string', 'TlsRoute', 'type',
               lambda c: TlsRoute(c, "r", name="db", namespace="default", parents=gw(c, tls_passthrough_port=8443),
                   hostnames="db.homelab.local", backends=[BackendRef("db", 5432)]),
               "c/r: hostnames is not a list or tuple (got 'db.homelab.local'); write a list such as ['db.homelab.local']"),
    PublicCase('to-api-server-ports-int', 'ToApiServer', 'type',
               lambda c: iso(c, ToApiServer(ports=443)),
               'c/iso: egress ports must be a tuple of ports (got 443); write them as (443,) or (80, 443)'),
    PublicCase('to-api-server-port-zero', 'ToApiServer', 'value',
               lambda c: iso(c, ToApiServer(ports=(0,))),
               'c/iso: egress port must be an integer in 1-65535 (got 0); use a valid TCP/UDP egress port'),
    PublicCase('to-cidr-cidr-type', 'ToCidr', 'type',
               lambda c: iso(c, ToCidr(cidr=5)),
               'c/iso: egress CIDR is not in network form (got 5); write the network address with its prefix length'),
    PublicCase('to-cidr-cidr-value', 'ToCidr', 'value',
               lambda c: iso(c, ToCidr(cidr="10.0.0.1/8")),
               "c/iso: egress CIDR is not in network form (got '10.0.0.1/8'); write the network address with its "
               'prefix length; did you mean 10.0.0.0/8?'),
    PublicCase('to-entity-entity-type', 'ToEntity', 'type',
               lambda c: iso(c, ToEntity(entity=None)),
               'c/iso: Cilium entity is unknown (got None); use one of: all, world, cluster, host, init, ingress, '
               'unmanaged, remote-node, health, none, kube-apiserver'),
    PublicCase('to-fqdn-names-type', 'ToFqdn', 'type',
               lambda c: iso(c, ToFqdn(names=5)),
               'c/iso: FQDN intent names is not a list or tuple (got 5); write a tuple such as (5,)'),
    PublicCase('to-service-name-type', 'ToService', 'type',
               lambda c: iso(c, ToService(name=5)),
               'c/iso: egress service is not a HomelabApp or an app name (got 5); pass the app, ToService(app), or '
               "its name and namespace, ToService('sonarr', 'media')"),
    PublicCase('to-service-namespace-value', 'ToService', 'value',
               lambda c: iso(c, ToService(name="sonarr", namespace="Media")),
               "c/iso: egress service namespace is not a DNS label (got 'Media'); use 1-63 lowercase letters, digits "
               "or '-', starting and ending with a letter or digit"),
    PublicCase('to-world-ports-string', 'ToWorld', 'type',
               lambda c: iso(c, ToWorld(ports="443")),
               "c/iso: egress ports must be a tuple of ports (got '443'); write them as (443,) or (80, 443)"),
    PublicCase('to-world-protocol-value', 'ToWorld', 'value',
               lambda c: iso(c, ToWorld(ports=(443,), protocol="ICMP6")),
               "c/iso: protocol is unknown (got 'ICMP6'); use one of: TCP, UDP, SCTP, ANY"),
    PublicCase('url-rewrite-prefix-type', 'UrlRewrite', 'type',
               lambda c: UrlRewrite(path_prefix=5),
               "UrlRewrite.path_prefix: path prefix is not an absolute path (got 5); write a path such as '/' or '/api'"),
    PublicCase('url-rewrite-prefix-value', 'UrlRewrite', 'value',
               lambda c: UrlRewrite(path_prefix="api"),
               "UrlRewrite.path_prefix: path prefix is not an absolute path (got 'api'); write a path such as '/' or '/api'"),
    PublicCase('vlan-address-gateway-value', 'VlanAddress', 'value',
               lambda c: vlan(c, addresses=[VlanAddress(address="192.168.20.5/24", gateway="router")]),
               "c/v: static address gateway is not an IP address (got 'router'); write a single address such as 192.168.10.200"),
    PublicCase('vlan-route-dst-type', 'VlanRoute', 'type',
               lambda c: vlan(c, routes=[VlanRoute(dst=5)]),
               'c/v: route destination is not in network form (got 5); write the network address with its prefix '
               'length, such as 192.168.20.0/24'),
    PublicCase('vlan-route-dst-value', 'VlanRoute', 'value',
               lambda c: vlan(c, routes=[VlanRoute(dst="192.168.30.1/24")]),
               "c/v: route destination is not in network form (got '192.168.30.1/24'); write the network address with "
               'its prefix length; did you mean 192.168.30.0/24?'),
    PublicCase('vpn-storage-config-type', 'VpnStorage', 'type',
               lambda c: VpnStorage(config="config"),
               "VpnStorage.config: config is not a VpnVolume or None (got 'config'); write VpnVolume('config', "
               "'/config', ClaimSpec(...)), or None for no config volume"),
    PublicCase('vpn-storage-same-name', 'VpnStorage', 'value',
               lambda c: VpnStorage(config=VpnVolume("data", "/config"), downloads=VpnVolume("data", "/downloads")),
               "VpnStorage: two volumes have one name (got 'data'); give each volume its own name"),
    PublicCase('vpn-volume-mount-path-value', 'VpnVolume', 'value',
               lambda c: VpnVolume(name="config", mount_path="config"),
               "VpnVolume.mount_path: mount path is not an absolute path below / (got 'config'); write an absolute "
               "path such as '/data'"),
]


def raised_with(tb: Optional[TracebackType], cls: type) -> bool:
    """Whether the traceback passes through an instance of ``cls``: the constructor or check
    of the class itself (``self``), or a check of a construct given one (its locals)."""
    while tb is not None:
        if any(type(v) is cls for v in tb.tb_frame.f_locals.values()):
            return True
        tb = tb.tb_next
    return False


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: PublicCase) -> None:
    with pytest.raises(ValueError) as caught:
        build(case)
    assert type(caught.value) is ValueError, "a plain ValueError: no TypeError, KeyError or jsii error"
    assert not isinstance(caught.value, jsii.errors.JSIIError)
    assert str(caught.value) == case.message
    import homelab_constructs
    assert raised_with(caught.tb, getattr(homelab_constructs, case.public)), f"the row never builds a {case.public}"


def test_rows_are_distinct() -> None:
    assert len({c.id for c in CASES}) == len(CASES)
    assert len({c.message for c in CASES}) == len(CASES)
    assert {c.kind for c in CASES} <= {"type", "value"}


# ---- the same construct id twice under one parent

def test_a_second_child_with_the_same_id_is_refused_in_the_librarys_words() -> None:
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    ExternalObject(c, "p", kind="ClusterIssuer", name="a")
    with pytest.raises(ValueError) as caught:
        ExternalObject(c, "p", kind="ClusterIssuer", name="b")
    assert type(caught.value) is ValueError
    assert str(caught.value) == ("c/p: construct id is already used under c (got 'p'); give each construct its own id "
                                 "(ids feed generated names)")


def test_the_first_child_is_kept_when_the_second_is_refused() -> None:
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    first = ExternalObject(c, "p", kind="ClusterIssuer", name="a")
    with pytest.raises(ValueError):
        ExternalObject(c, "p", kind="ClusterIssuer", name="b")
    assert c.node.find_child("p") is first


def test_a_clash_outside_the_library_is_worded_the_same_way_by_the_cli() -> None:
    app_ = cdk8s.Testing.app()
    cdk8s.Chart(app_, "net")
    with pytest.raises(Exception) as caught:
        cdk8s.Chart(app_, "net")
    assert error_lines(caught.value) == ["error: net: construct id is already used under the app (got 'net'); "
                                         "give each construct its own id (ids feed generated names)"]
