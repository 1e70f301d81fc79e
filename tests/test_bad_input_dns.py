"""Bad input of the split-horizon DNS constructs and of every prop that takes a gateway: the
props that became presets (the library's opinions), the tunnel's workloads and origin settings,
CoreDNS blocks, and a gateway given by name, object, listener or anything else (``ExternalDns``,
``CloudflareTunnel``, ``DnsRecords``, ``CiliumRelease``). One row per bad input, with the exact
message: ``<construct path>: <what is wrong> (got <value>); <how to fix>``.

Part of the bad-input catalogue (``test_bad_input_*.py``).
"""
from __future__ import annotations

import re

from homelab_constructs import (
    CiliumRelease,
    CiliumValues,
    CloudflaredSettings,
    CloudflareProvider,
    CloudflareTunnel,
    CoreDnsPlugin,
    CoreDnsRelease,
    CoreDnsServer,
    DnsEndpoint,
    DnsPublishing,
    DnsRecord,
    DnsRecords,
    DnsRegistry,
    DnsSync,
    ExternalDns,
    ExternalDnsChart,
    HomelabGateway,
    Hubble,
    LoadBalancerPool,
    OriginRequest,
    ProbeTiming,
    ReleaseSettings,
    TunnelIngress,
    TunnelIngressRule,
    TunnelPods,
    TunnelToken,
    WebhookProvider,
    dns_target_annotations,
)

import pytest
from bad_input import Case, build, gw

TUNNEL_ID = "6ff42ae2-765d-4adf-8112-31c55c1551ef"
DOMAIN = "homelab.local"
HUBBLE_UI = CiliumValues(hubble=Hubble(ui=True))


def external(c, **kw):
    return gw(c, annotations=dns_target_annotations(f"external.{DOMAIN}"), **kw)


def dns(c, **kw):
    if "gateway" not in kw:
        kw["gateway"] = external(c)
    return ExternalDns(c, "x", **{"provider": CloudflareProvider(), **kw})


def webhook(c, **kw):
    return ExternalDns(c, "x", gateway=gw(c), provider=WebhookProvider(image="ghcr.io/x/y", tag="v1", **kw))


def tunnel(c, **kw):
    return CloudflareTunnel(c, "t", gateway=external(c), tunnel_id=TUNNEL_ID, **kw)


def origin(c, **kw):
    return tunnel(c, ingress=TunnelIngress(origin_request=OriginRequest(**kw)))


def core(c, **kw):
    return CoreDnsRelease(c, "dns", **kw)


def endpoint(c, **kw):
    return DnsEndpoint(c, "e", name="e", namespace="network",
                       **{"records": [DnsRecord("a.homelab.local", ("b.homelab.local",))], **kw})


def pool(c):
    return LoadBalancerPool(c, "pool", name="pool", cidrs=["192.168.10.0/24"])


def twin_gateways(c):
    gw(c, namespace="a")
    HomelabGateway(c, "gw2", domain=DOMAIN, namespace="b", cluster_issuer="homelab-ca-issuer")


CASES = [
    # ExternalDns: the gateway by object or name, or none
    Case("externaldns-gateway-type", lambda c: dns(c, gateway=5),
         "c/x: gateway is not a HomelabGateway or a gateway's name (got 5); pass the HomelabGateway whose "
         "routes it publishes, its name, or None for every gateway's"),
    Case("externaldns-gateway-unknown", lambda c: dns(c, gateway="homelab-gateway"),
         "c/x: gateway names no gateway of the app (got 'homelab-gateway'); use one of: none declared yet "
         "(declare the gateway before this construct), or pass the HomelabGateway"),
    Case("externaldns-gateway-ambiguous", lambda c: (twin_gateways(c), dns(c, gateway="homelab-gateway")),
         "c/x: gateway name is ambiguous (got 'homelab-gateway'); gateways in namespaces a, b share it; "
         "pass the gateway object instead of its name"),
    Case("externaldns-gateway-listener", lambda c: dns(c, gateway=external(c).listener("https")),
         "c/x: gateway is a listener of gateway homelab-gateway, not a gateway (got 'https'); pass the "
         "whole gateway, such as 'homelab-gateway'"),
    Case("externaldns-no-gateway-no-namespace", lambda c: dns(c, gateway=None),
         "c/x: ExternalDNS without a gateway needs a namespace (got None); set namespace='<the namespace "
         "of the release>', such as 'network', or name a gateway"),
    Case("externaldns-no-gateway-public-lan", lambda c: (dns(c, gateway=None, namespace="network"), pool(c),
                                                         gw(c, load_balancer_ip="192.168.10.200")),
         "c/x: public ExternalDNS would publish the gateway homelab-gateway's LoadBalancer address (got "
         "'192.168.10.200'); set visibility='internal' to publish this LAN address (visibility='public' "
         "publishes it as it is), or annotate the gateway with "
         "dns_target_annotations('external.<domain>') and point that name at a tunnel (CloudflareTunnel)",
         whole_app=True),
    Case("externaldns-hardened-type", lambda c: dns(c, chart=ExternalDnsChart(hardened="yes")),
         "ExternalDnsChart.hardened: hardened must be True or False (got 'yes'); write True for the library's "
         "hardened security contexts, or False"),
    Case("externaldns-hardened-none", lambda c: dns(c, chart=ExternalDnsChart(hardened=None)),
         "ExternalDnsChart.hardened: hardened must be True or False (got None); write True for the library's "
         "hardened security contexts, or False"),
    Case("externaldns-policy-type", lambda c: dns(c, sync=DnsSync(policy=1)),
         "DnsSync.policy: policy is unknown (got 1); use one of: sync, upsert-only, create-only"),
    Case("externaldns-trigger-type", lambda c: dns(c, sync=DnsSync(trigger_loop_on_event=1)),
         "DnsSync.trigger_loop_on_event: trigger_loop_on_event must be True or False (got 1); write True or "
         "False, or None for the chart's"),
    Case("externaldns-service-monitor-type", lambda c: dns(c, chart=ExternalDnsChart(service_monitor="true")),
         "ExternalDnsChart.service_monitor: service_monitor must be True or False (got 'true'); write True or "
         "False, or None for the chart's"),
    Case("externaldns-gateway-name-flag-without-gateway",
         lambda c: dns(c, gateway=None, namespace="network", extra_args=["--gateway-name=homelab-gateway"]),
         "c/x: extra arg sets what a prop sets (got '--gateway-name=homelab-gateway'); set gateway instead"),
    # WebhookProvider's new fields
    Case("webhook-probe-timing-type", lambda c: webhook(c, probe_timing={"initial_delay_seconds": 10}),
         "c/x: webhook probe_timing is not a ProbeTiming or None (got {'initial_delay_seconds': 10}); "
         "write ProbeTiming(initial_delay_seconds=10, timeout_seconds=5), or None for the chart's"),
    Case("webhook-probe-timing-value", lambda c: webhook(c, probe_timing=ProbeTiming(timeout_seconds=0)),
         "ProbeTiming.timeout_seconds: timeout_seconds must be an integer of at least 1 (got 0); use a "
         "whole number >= 1"),
    Case("webhook-read-only-type", lambda c: webhook(c, read_only_root_filesystem="yes"),
         "c/x: webhook read_only_root_filesystem must be True or False (got 'yes'); write True or False, "
         "or None to leave it out"),
    Case("webhook-secret-env-first-type", lambda c: webhook(c, secret_env_first=None),
         "c/x: webhook secret_env_first must be True or False (got None); write True to list secret_env "
         "before env, or False"),
    # DnsEndpoint
    Case("endpoint-visibility-label-type", lambda c: endpoint(c, visibility_label="yes"),
         "c/e: visibility_label must be True or False (got 'yes'); write True to always label the object "
         "with its visibility, or False"),
    Case("endpoint-visibility-value", lambda c: endpoint(c, visibility="lan"),
         "c/e: visibility is unknown (got 'lan'); use one of: public, internal"),
    Case("endpoint-records-one", lambda c: endpoint(c, records=DnsRecord("a.homelab.local", ("b.homelab.local",))),
         "c/e: records are not a list of DnsRecords (got DnsRecord(name='a.homelab.local', "
         "targets=('b.homelab.local',), type='CNAME', ttl=None, proxied=None, flux_substitution=False)); "
         "write a list such as [DnsRecord(name='nas.example.com', type='A', targets=('192.168.1.10',))]"),
    Case("endpoint-record-type", lambda c: endpoint(c, records=[("a.homelab.local", "b.homelab.local")]),
         "c/e: records[0] is not a DnsRecord (got ('a.homelab.local', 'b.homelab.local')); write "
         "DnsRecord(name=..., targets=(...,), type=...)"),
    # CoreDnsRelease's opinions, now props
    Case("coredns-replicas-type", lambda c: core(c, replicas="2"),
         "c/dns: replicas must be a positive integer (got '2'); use 2 so DNS survives a node restart"),
    Case("coredns-metrics-service-type", lambda c: core(c, metrics_service="yes"),
         "c/dns: metrics_service must be True or False (got 'yes'); write True or False, or None for the "
         "chart's"),
    Case("coredns-max-unavailable-value", lambda c: core(c, max_unavailable=0),
         "c/dns: max_unavailable must be an integer of at least 1 (got 0); use a whole number >= 1"),
    Case("coredns-max-unavailable-type", lambda c: core(c, max_unavailable="1"),
         "c/dns: max_unavailable must be an integer of at least 1 (got '1'); use a whole number >= 1"),
    Case("coredns-hardened-type", lambda c: core(c, hardened=1),
         "c/dns: hardened must be True or False (got 1); write True for the library's hardened security "
         "context, or False"),
    Case("coredns-plugin-parameters-close", lambda c: core(c, server=CoreDnsServer(
        plugins=[CoreDnsPlugin("forward", ". 1.1.1.1 }")])),
         "c/dns: server plugins[0] parameters open or close a block (got '. 1.1.1.1 }'); put the block's "
         "lines in config_block, such as CoreDnsPlugin('template', 'IN A example.com', 'answer \"{{ .Name "
         "}} 60 IN A 10.0.0.1\"')"),
    Case("coredns-plugin-block-closes-early", lambda c: core(c, server=CoreDnsServer(
        plugins=[CoreDnsPlugin("template", "IN A lab", "} answer x {")])),
         "c/dns: server plugins[0] config block's braces do not balance (got '} answer x {'); close every "
         "'{' it opens and no more (braces inside quotes are text, such as answer \"{{ .Name }} 60 IN A "
         '10.0.0.1")'),
    # CloudflareTunnel: the gateway, the workload and the props that used to be opinions
    Case("tunnel-gateway-listener", lambda c: CloudflareTunnel(c, "t", gateway=external(c).listener("https"),
                                                               tunnel_id=TUNNEL_ID),
         "c/t: gateway is a listener of gateway homelab-gateway, not a gateway (got 'https'); pass the "
         "whole gateway, such as 'homelab-gateway'"),
    # each value object of the tunnel and of ExternalDNS: the construct takes only that class
    Case("tunnel-pods-type", lambda c: tunnel(c, pods={"replicas": 2}),
         "c/t: pods is not a TunnelPods (got {'replicas': 2}); write TunnelPods(replicas=2, ...) or "
         "TunnelPods.recommended(...)"),
    Case("tunnel-cloudflared-type", lambda c: tunnel(c, cloudflared="quic"),
         "c/t: cloudflared is not a CloudflaredSettings (got 'quic'); write "
         "CloudflaredSettings(transport_protocol='quic', ...)"),
    Case("tunnel-token-type", lambda c: tunnel(c, token="cloudflared-tunnel"),
         "c/t: token is not a TunnelToken (got 'cloudflared-tunnel'); write TunnelToken(secret=..., key=...)"),
    Case("tunnel-ingress-list", lambda c: tunnel(c, ingress=[TunnelIngressRule("*.homelab.local", "hello_world")]),
         "c/t: ingress is not a TunnelIngress (got [TunnelIngressRule(hostname='*.homelab.local', "
         "service='hello_world', origin_request=None)]); write TunnelIngress(rules=[TunnelIngressRule(hostname, "
         "service)], ...)"),
    Case("tunnel-token-secret-value", lambda c: TunnelToken(secret="Cloudflared Tunnel"),
         "TunnelToken.secret: token secret name is not a DNS label (got 'Cloudflared Tunnel'); use 1-63 "
         "lowercase letters, digits or '-', starting and ending with a letter or digit"),
    Case("tunnel-token-remote-key-type", lambda c: TunnelToken(remote_key=5),
         "TunnelToken.remote_key: remote_key is not a string (got 5); write a string such as "
         "'homelab/cloudflare-tunnel'"),
    Case("tunnel-ingress-origin-service-type", lambda c: TunnelIngress(origin_service=443),
         "TunnelIngress.origin_service: origin service is not a host name (got 443); use the gateway Service's "
         "DNS name, such as 'envoy-external.network.svc.cluster.local'"),
    Case("externaldns-publishing-type", lambda c: dns(c, publishing=["crd"]),
         "c/x: publishing is not a DnsPublishing (got ['crd']); write DnsPublishing(sources=[...], "
         "domain_filters=[...])"),
    Case("externaldns-registry-string", lambda c: dns(c, registry="txt"),
         "c/x: registry is not a DnsRegistry (got 'txt'); write DnsRegistry(type='txt', txt_owner_id=..., "
         "txt_prefix=...)"),
    Case("externaldns-sync-type", lambda c: dns(c, sync="1h"),
         "c/x: sync is not a DnsSync (got '1h'); write DnsSync(policy='sync', ...) or DnsSync.recommended()"),
    Case("externaldns-chart-type", lambda c: dns(c, chart={"hardened": True}),
         "c/x: chart is not an ExternalDnsChart (got {'hardened': True}); write ExternalDnsChart(...) or "
         "ExternalDnsChart.recommended()"),
    Case("externaldns-chart-version-type", lambda c: ExternalDnsChart(version=1.22),
         "ExternalDnsChart.version: version is not a string (got 1.22); write a string such as '1.22.0'"),
    Case("externaldns-chart-version-value", lambda c: ExternalDnsChart(version="1.22 .0"),
         "ExternalDnsChart.version: chart version is empty or holds whitespace (got '1.22 .0'); pin the chart's "
         "version, such as '1.22.0'"),
    Case("externaldns-registry-txt-owner-value", lambda c: DnsRegistry(txt_owner_id="my owner"),
         "DnsRegistry.txt_owner_id: TXT owner id is empty or holds whitespace (got 'my owner'); write one word "
         "such as 'external-dns-internal' or 'k8s.internal.', or None for the default"),
    Case("externaldns-publishing-domain-value", lambda c: DnsPublishing(domain_filters=["homelab local"]),
         "DnsPublishing.domain_filters: domain filter is not a DNS name (got 'homelab local'); use a zone such "
         "as 'example.com'"),
    Case("tunnel-workload-value", lambda c: tunnel(c, workload="helm"),
         "c/t: workload is unknown (got 'helm'); use one of: deployment, app-template"),
    Case("tunnel-workload-type", lambda c: tunnel(c, workload=None),
         "c/t: workload is unknown (got None); use one of: deployment, app-template"),
    Case("tunnel-release-without-app-template", lambda c: tunnel(c, release=ReleaseSettings(interval="1h")),
         "c/t: release settings are for workload='app-template' (got ReleaseSettings(interval='1h')); set "
         "workload='app-template', or drop release"),
    Case("tunnel-release-type", lambda c: tunnel(c, workload="app-template", release={"interval": "1h"}),
         "c/t: release is not a ReleaseSettings (got {'interval': '1h'}); pass ReleaseSettings(...), such "
         "as ReleaseSettings(interval='24h'), or None"),
    Case("tunnel-app-template-image-without-tag", lambda c: tunnel(c, workload="app-template",
                                                                   pods=TunnelPods(image="docker.io/cloudflare/cloudflared")),
         "c/t: app-template needs the image's tag (got 'docker.io/cloudflare/cloudflared'); write "
         "TunnelPods(image=...) with its tag, such as 'docker.io/cloudflare/cloudflared:2025.11.1'"),
    Case("tunnel-service-monitor-deployment", lambda c: tunnel(c, cloudflared=CloudflaredSettings(service_monitor=True)),
         "c/t: service_monitor is written by workload='app-template' only (got True); set "
         "workload='app-template', or drop CloudflaredSettings(service_monitor=True)"),
    Case("tunnel-service-monitor-type", lambda c: tunnel(c, workload="app-template",
                                                         cloudflared=CloudflaredSettings(service_monitor="yes")),
         "CloudflaredSettings.service_monitor: service_monitor must be True or False (got 'yes'); write True "
         "for a metrics Service and its ServiceMonitor (app-template), or False"),
    Case("tunnel-config-map-name", lambda c: tunnel(c, config_map_name="Cloudflared Config"),
         "c/t: ConfigMap name is not a DNS label (got 'Cloudflared Config'); use 1-63 lowercase letters, "
         "digits or '-', starting and ending with a letter or digit"),
    Case("tunnel-config-map-name-type", lambda c: tunnel(c, config_map_name=5),
         "c/t: ConfigMap name is not a DNS label (got 5); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    Case("tunnel-config-flag-type", lambda c: tunnel(c, cloudflared=CloudflaredSettings(config_flag="--config")),
         "CloudflaredSettings.config_flag: config_flag must be True or False (got '--config'); write True to "
         "pass --config, or False"),
    Case("tunnel-config-checksum-type", lambda c: tunnel(c, pods=TunnelPods(config_checksum=None)),
         "TunnelPods.config_checksum: config_checksum must be True or False (got None); write True to roll the "
         "pods when the config changes, or False when something else rolls them"),
    Case("tunnel-hardened-type", lambda c: tunnel(c, pods=TunnelPods(hardened="yes")),
         "TunnelPods.hardened: hardened must be True or False (got 'yes'); write True for the hardened security "
         "context, or False"),
    Case("tunnel-seccomp-value", lambda c: tunnel(c, pods=TunnelPods(seccomp_profile="Localhost")),
         "TunnelPods.seccomp_profile: seccomp profile is unknown (got 'Localhost'); use one of: RuntimeDefault, "
         "Unconfined"),
    Case("tunnel-seccomp-type", lambda c: tunnel(c, pods=TunnelPods(seccomp_profile=True)),
         "TunnelPods.seccomp_profile: seccomp profile is unknown (got True); use one of: RuntimeDefault, "
         "Unconfined"),
    Case("tunnel-automount-type", lambda c: tunnel(c, pods=TunnelPods(automount_service_account_token="false")),
         "TunnelPods.automount_service_account_token: automount_service_account_token must be True or False "
         "(got 'false'); write True or False, or None to leave it out"),
    Case("tunnel-liveness-type", lambda c: tunnel(c, pods=TunnelPods(liveness_probe={"period_seconds": 10})),
         "TunnelPods.liveness_probe: liveness_probe is not a ProbeTiming or None (got {'period_seconds': 10}); "
         "write ProbeTiming(period_seconds=10), or None for no probe"),
    Case("tunnel-readiness-type", lambda c: tunnel(c, pods=TunnelPods(readiness_probe=10)),
         "TunnelPods.readiness_probe: readiness_probe is not a ProbeTiming or None (got 10); write "
         "ProbeTiming(period_seconds=10), or None for no probe"),
    Case("tunnel-probe-value", lambda c: tunnel(c, pods=TunnelPods(readiness_probe=ProbeTiming(period_seconds=0))),
         "ProbeTiming.period_seconds: period_seconds must be an integer of at least 1 (got 0); use a "
         "whole number >= 1"),
    Case("tunnel-strategy-value", lambda c: tunnel(c, pods=TunnelPods(strategy="Rolling")),
         "TunnelPods.strategy: strategy is unknown (got 'Rolling'); did you mean RollingUpdate? use one of: "
         "RollingUpdate, Recreate"),
    Case("tunnel-strategy-type", lambda c: tunnel(c, pods=TunnelPods(strategy=1)),
         "TunnelPods.strategy: strategy is unknown (got 1); use one of: RollingUpdate, Recreate"),
    Case("tunnel-replicas-zero", lambda c: tunnel(c, pods=TunnelPods(replicas=0)),
         "TunnelPods.replicas: replicas must be a positive integer (got 0); use 2 for a highly available tunnel"),
    Case("tunnel-run-as-user-zero", lambda c: tunnel(c, pods=TunnelPods(run_as_user=0)),
         "TunnelPods.run_as_user: run_as_user must be an integer of at least 1 (got 0); use a whole number >= 1"),
    Case("tunnel-release-name-in-deployment", lambda c: tunnel(c, token=TunnelToken(secret="{{ .Release.Name }}-secret")),
         "c/t: token secret name holds Helm's {{ .Release.Name }}, which only app-template renders (got "
         "'{{ .Release.Name }}-secret'); write the Secret's name, or set workload='app-template'"),
    Case("tunnel-release-name-renders-bad", lambda c: tunnel(c, workload="app-template",
                                                             token=TunnelToken(secret="{{ .Release.Name }}_secret")),
         "TunnelToken.secret: token secret name is not a DNS label (got '{{ .Release.Name }}_secret'); use 1-63 "
         "lowercase letters, digits or '-', starting and ending with a letter or digit"),
    # OriginRequest's keep-alive and timeout settings
    Case("origin-connect-timeout-value", lambda c: origin(c, connect_timeout="30 seconds"),
         "TunnelIngress.origin_request: origin_request connect_timeout is not a Go duration (got '30 seconds'); "
         "write hours, minutes, seconds or milliseconds such as '30s' or '1m'"),
    Case("origin-connect-timeout-type", lambda c: origin(c, connect_timeout=30),
         "TunnelIngress.origin_request: origin_request connect_timeout is not a Go duration (got 30); write "
         "hours, minutes, seconds or milliseconds such as '30s' or '1m'"),
    Case("origin-tls-timeout-value", lambda c: origin(c, tls_timeout="10"),
         "TunnelIngress.origin_request: origin_request tls_timeout is not a Go duration (got '10'); write "
         "hours, minutes, seconds or milliseconds such as '10s' or '1m'"),
    Case("origin-tcp-keep-alive-value", lambda c: origin(c, tcp_keep_alive="-30s"),
         "TunnelIngress.origin_request: origin_request tcp_keep_alive is not a Go duration (got '-30s'); write "
         "hours, minutes, seconds or milliseconds such as '30s' or '1m'"),
    Case("origin-keep-alive-timeout-type", lambda c: origin(c, keep_alive_timeout=90),
         "TunnelIngress.origin_request: origin_request keep_alive_timeout is not a Go duration (got 90); write "
         "hours, minutes, seconds or milliseconds such as '1m30s' or '1m'"),
    Case("origin-keep-alive-connections-value", lambda c: origin(c, keep_alive_connections=-1),
         "TunnelIngress.origin_request: origin_request keep_alive_connections must be an integer of at least 0 "
         "(got -1); use a whole number >= 0"),
    Case("origin-keep-alive-connections-type", lambda c: origin(c, keep_alive_connections="100"),
         "TunnelIngress.origin_request: origin_request keep_alive_connections must be an integer of at least 0 "
         "(got '100'); use a whole number >= 0"),
    Case("origin-no-happy-eyeballs-type", lambda c: origin(c, no_happy_eyeballs="yes"),
         "TunnelIngress.origin_request: origin_request no_happy_eyeballs must be True or False (got 'yes'); "
         "write True or False, or None to leave it out"),
    Case("origin-disable-chunked-type", lambda c: origin(c, disable_chunked_encoding=1),
         "TunnelIngress.origin_request: origin_request disable_chunked_encoding must be True or False (got 1); "
         "write True or False, or None to leave it out"),
    Case("origin-http-host-header-value", lambda c: origin(c, http_host_header="app homelab"),
         "TunnelIngress.origin_request: origin_request http host header is not a DNS name (got 'app homelab'); "
         "write a host name such as 'app.example.com'"),
    Case("origin-http-host-header-type", lambda c: origin(c, http_host_header=443),
         "TunnelIngress.origin_request: origin_request http host header is not a DNS name (got 443); write a "
         "host name such as 'app.example.com'"),
    Case("rule-origin-keep-alive-value", lambda c: tunnel(c, ingress=TunnelIngress(rules=[TunnelIngressRule(
        "a.homelab.local", "https://a.homelab.local", OriginRequest(keep_alive_timeout="forever"))])),
         "TunnelIngress.rules: rules[0] keep_alive_timeout is not a Go duration (got 'forever'); write hours, "
         "minutes, seconds or milliseconds such as '1m30s' or '1m'"),
    # CiliumRelease(gateway=...)
    Case("cilium-gateway-unknown", lambda c: CiliumRelease(c, "cilium", values=HUBBLE_UI, gateway="homelab-gateway"),

         "c/cilium: gateway names no gateway of the app (got 'homelab-gateway'); use one of: none "
         "declared yet (declare the gateway before this construct), or pass the HomelabGateway"),
    Case("cilium-gateway-type", lambda c: CiliumRelease(c, "cilium", values=HUBBLE_UI, gateway=5),
         "c/cilium: gateway is not a HomelabGateway or a gateway's name (got 5); pass the HomelabGateway "
         "that serves the Hubble UI, its name, or None for no route"),
    Case("cilium-gateway-listener", lambda c: CiliumRelease(c, "cilium", values=HUBBLE_UI,
                                                            gateway=gw(c).listener("https")),
         "c/cilium: gateway is a listener of gateway homelab-gateway, not a gateway (got 'https'); pass "
         "the whole gateway, such as 'homelab-gateway'"),
    # DnsRecords(gateways=...)
    Case("records-gateways-string", lambda c: DnsRecords(c, "r", gateways="homelab-gateway"),
         "c/r: gateways is not a list or tuple (got 'homelab-gateway'); write a list such as "
         "['homelab-gateway']"),
    Case("records-gateways-one", lambda c: DnsRecords(c, "r", gateways=gw(c, load_balancer_ip="192.168.10.200")),
         "c/r: gateways is not a list or tuple (got <HomelabGateway c/gw>); write a list such as "
         "['homelab-gateway'] or [gateway]"),
    Case("records-gateway-unknown", lambda c: DnsRecords(c, "r", gateways=["homelab-gateway"]),
         "c/r: gateways[0] names no gateway of the app (got 'homelab-gateway'); use one of: none declared "
         "yet (declare the gateway before this construct), or pass the HomelabGateway"),
    Case("records-gateway-type", lambda c: DnsRecords(c, "r", gateways=[None]),
         "c/r: gateways[0] is not a HomelabGateway or a gateway's name (got None); pass a HomelabGateway "
         "the LAN resolves, or its name"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_bad_input_raises_the_exact_message(case: Case) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(case.message)}$"):
        build(case)
