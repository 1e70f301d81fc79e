"""ExternalDNS as seed 002 (chaijunkin/home-ops) runs it: three releases (Cloudflare, AdGuard Home,
OPNsense Unbound), the collision check between instances, the stale-sync alert and the dashboard.
Bad inputs of every new prop, each with its exact message."""
from __future__ import annotations

from homelab_constructs import (
    EXTERNAL_DNS_DASHBOARD,
    CloudflareProvider,
    DnsEndpoint,
    DnsPublishing,
    DnsRecord,
    DnsRegistry,
    DnsSync,
    ExternalDns,
    ExternalDnsAlerts,
    ExternalDnsChart,
    HomelabGateway,
    LoadBalancerPool,
    ProbeTiming,
    ReleaseSettings,
    SelfSignedCa,
    WebhookProvider,
    adguard_home_provider,
    dns_target_annotations,
    validate_app,
)
from homelab_constructs.dns.providers import HARDENED_CONTAINER, HARDENED_POD

import cdk8s
import pytest
from conftest import synth_app

DOMAIN = "cloudjur.com"
SIX_SOURCES = ["gateway-grpcroute", "gateway-httproute", "gateway-tlsroute", "gateway-udproute", "gateway-tcproute",
               "service"]
PUBLISHING = {"domain_filters": [DOMAIN], "gateway_namespace_filter": False, "visibility_filter": False}
REGISTRY = {"txt_owner_id": "default", "txt_prefix": "k8s."}
SHARED = {"sync": DnsSync(policy="sync", trigger_loop_on_event=True),
          "chart": ExternalDnsChart(service_monitor=True, pod_annotations={"reloader.stakater.com/auto": "true"})}
ADGUARD_DIGEST = "sha256:b3dfe851982b59a36bf2e15f42ca4015b7ef39ddf7a808c39a855a05a61b5892"
#: the webhooks' probes in the real files: 10 s before the first, 5 s timeout
WEBHOOK_PROBES = ProbeTiming(initial_delay_seconds=10, timeout_seconds=5)
STALE_SUMMARY = "ExternalDNS ({{ $labels.job }}) has not synced successfully in the last fifteen minutes"


def gateways(c: cdk8s.Chart) -> tuple[HomelabGateway, HomelabGateway]:
    LoadBalancerPool(c, "Pool", name="pool", ranges=[("10.10.30.20", "10.10.30.49")])
    ca = SelfSignedCa(c, "Ca")
    external = HomelabGateway(c, "External", name="envoy-external", namespace="network", domain=DOMAIN,
                              cluster_issuer=ca, load_balancer_ip="10.10.30.26",
                              annotations=dns_target_annotations(f"external.{DOMAIN}"))
    internal = HomelabGateway(c, "Internal", name="envoy-internal", namespace="network", domain=DOMAIN,
                              cluster_issuer=ca, load_balancer_ip="10.10.30.25")
    return external, internal


def seed002(c: cdk8s.Chart) -> dict[str, ExternalDns]:
    """Seed 002's three ExternalDNS releases, its alert and its dashboard, as the real files set them."""
    external, internal = gateways(c)
    cloudflare = ExternalDns(
        c, "Cloudflare", gateway=external, name="external-dns", publishing=DnsPublishing(**PUBLISHING),
        registry=DnsRegistry(**REGISTRY), **SHARED,
        provider=CloudflareProvider(token_secret="external-dns-secret", token_key="CF_API_TOKEN",
                                    zone_id_key="CF_ZONE_ID", records_per_page=1000, legacy_string=True),
        extra_args=["--cloudflare-dns-records-per-page=1000", "--cloudflare-proxied",
                    "--crd-source-apiversion=externaldns.k8s.io/v1alpha1", "--crd-source-kind=DNSEndpoint",
                    "--gateway-name=envoy-external"], dashboards=[EXTERNAL_DNS_DASHBOARD])
    adguard = ExternalDns(
        c, "AdGuardHome", gateway=external, name="external-dns-adguard-home",
        publishing=DnsPublishing(sources=SIX_SOURCES, **PUBLISHING), registry=DnsRegistry(type="txt", **REGISTRY),
        **SHARED, provider=WebhookProvider(
            image="ghcr.io/muhlba91/external-dns-provider-adguard", tag=f"v11.1.1@{ADGUARD_DIGEST}",
            secret_env={k: k for k in ("ADGUARD_URL", "ADGUARD_USER", "ADGUARD_PASSWORD")},
            env={"SERVER_HOST": "0.0.0.0"}, secret_env_first=True, read_only_root_filesystem=True,
            secret_name="external-dns-adguard-home-secret", liveness_path="/healthz", readiness_path="/healthz",
            probe_timing=WEBHOOK_PROBES))
    unbound = ExternalDns(
        c, "OpnsenseUnbound", gateway=internal, name="external-dns-opnsense-unbound",
        publishing=DnsPublishing(sources=SIX_SOURCES, **PUBLISHING), registry=DnsRegistry(type="txt", **REGISTRY),
        **SHARED, provider=WebhookProvider(
            image="ghcr.io/crutonjohn/external-dns-opnsense-webhook", tag="v1.0.0",
            env={"OPNSENSE_SKIP_TLS_VERIFY": "true"},
            secret_env={k: k for k in ("OPNSENSE_API_SECRET", "OPNSENSE_API_KEY", "OPNSENSE_HOST")},
            secret_name="external-dns-opnsense-secret", liveness_path="/healthz", readiness_path="/readyz",
            requests={"memory": "20Mi", "cpu": "10m"}, limits={"memory": "100Mi"}, read_only_root_filesystem=True,
            probe_timing=WEBHOOK_PROBES))
    ExternalDnsAlerts(c, "Alerts", namespace="network", summary=STALE_SUMMARY)
    # the tunnel's CNAME: published by the Cloudflare instance (it reads every DNSEndpoint)
    DnsEndpoint(c, "Tunnel", name="cloudflare-tunnel", namespace="network", records=[DnsRecord(
        name=f"external.{DOMAIN}", targets=("${CLOUDFLARE_TUNNEL_ID}.cfargotunnel.com",), flux_substitution=True)])
    return {"cloudflare": cloudflare, "adguard": adguard, "unbound": unbound}


@pytest.fixture(scope="module")
def synth(tmp_path_factory):
    return synth_app(lambda app: seed002(cdk8s.Chart(app, "dns")), tmp_path_factory.mktemp("seed002-dns"))


def values(synth, name: str) -> dict:
    return synth.find("HelmRelease", name, "network")["spec"]["values"]


#: what all three real releases set besides their provider
REAL_SHARED = {"triggerLoopOnEvent": True, "policy": "sync", "txtPrefix": "k8s.", "txtOwnerId": "default",
               "domainFilters": [DOMAIN], "serviceMonitor": {"enabled": True},
               "podAnnotations": {"reloader.stakater.com/auto": "true"}}


def test_cloudflare_release_fact_33(synth):
    assert values(synth, "external-dns") == {
        "fullnameOverride": "external-dns",
        "provider": "cloudflare",  # the legacy string form
        "env": [{"name": "CF_API_TOKEN", "valueFrom": {"secretKeyRef": {"name": "external-dns-secret",
                                                                         "key": "CF_API_TOKEN"}}},
                {"name": "CF_ZONE_ID", "valueFrom": {"secretKeyRef": {"name": "external-dns-secret",
                                                                       "key": "CF_ZONE_ID"}}}],
        "extraArgs": ["--cloudflare-dns-records-per-page=1000", "--cloudflare-proxied",
                      "--crd-source-apiversion=externaldns.k8s.io/v1alpha1", "--crd-source-kind=DNSEndpoint",
                      "--gateway-name=envoy-external"],
        "sources": ["crd", "gateway-httproute"], **REAL_SHARED,
    }  # no security context, registry or sync interval: the real file sets none


def test_adguard_home_release(synth):
    secret = "external-dns-adguard-home-secret"
    probe = {"httpGet": {"path": "/healthz", "port": "http-webhook"}, "initialDelaySeconds": 10, "timeoutSeconds": 5}
    assert values(synth, "external-dns-adguard-home") == {
        "fullnameOverride": "external-dns-adguard-home",
        "provider": {"name": "webhook", "webhook": {
            "image": {"repository": "ghcr.io/muhlba91/external-dns-provider-adguard",
                      "tag": f"v11.1.1@{ADGUARD_DIGEST}"},
            "env": [*({"name": k, "valueFrom": {"secretKeyRef": {"name": secret, "key": k}}}
                      for k in ("ADGUARD_URL", "ADGUARD_USER", "ADGUARD_PASSWORD")),
                    {"name": "SERVER_HOST", "value": "0.0.0.0"}],  # the secrets first, as written
            "securityContext": {"readOnlyRootFilesystem": True},
            "livenessProbe": probe, "readinessProbe": probe}},
        "extraArgs": ["--gateway-name=envoy-external"],  # the gateway given: no other flag is written
        "registry": "txt", "sources": SIX_SOURCES, **REAL_SHARED,
    }


def test_opnsense_unbound_release(synth):
    v = values(synth, "external-dns-opnsense-unbound")
    webhook = v["provider"]["webhook"]
    assert webhook["image"] == {"repository": "ghcr.io/crutonjohn/external-dns-opnsense-webhook", "tag": "v1.0.0"}
    assert [e["name"] for e in webhook["env"]] == [
        "OPNSENSE_SKIP_TLS_VERIFY", "OPNSENSE_API_SECRET", "OPNSENSE_API_KEY", "OPNSENSE_HOST"]  # as written
    env = {e["name"]: e.get("value", e.get("valueFrom")) for e in webhook["env"]}
    assert env == {"OPNSENSE_SKIP_TLS_VERIFY": "true", **{
        k: {"secretKeyRef": {"name": "external-dns-opnsense-secret", "key": k}}
        for k in ("OPNSENSE_API_SECRET", "OPNSENSE_API_KEY", "OPNSENSE_HOST")}}
    timing = {"initialDelaySeconds": 10, "timeoutSeconds": 5}
    assert webhook["livenessProbe"] == {"httpGet": {"path": "/healthz", "port": "http-webhook"}, **timing}
    assert webhook["readinessProbe"] == {"httpGet": {"path": "/readyz", "port": "http-webhook"}, **timing}
    assert webhook["resources"] == {"requests": {"memory": "20Mi", "cpu": "10m"}, "limits": {"memory": "100Mi"}}
    assert webhook["securityContext"] == {"readOnlyRootFilesystem": True}
    assert v["extraArgs"] == ["--gateway-name=envoy-internal"]
    assert v["sources"] == SIX_SOURCES and v["registry"] == "txt"
    assert "service" not in v and "podSecurityContext" not in v and "securityContext" not in v


def test_alert_and_dashboard(synth):
    rule = synth.find("PrometheusRule", "external-dns-rules", "network")
    assert rule["apiVersion"] == "monitoring.coreos.com/v1"
    (group,) = rule["spec"]["groups"]
    assert group["rules"] == [{"alert": "ExternalDNSStale",
                               "expr": "time() - external_dns_controller_last_sync_timestamp_seconds > 60\n",
                               "for": "15m", "labels": {"severity": "critical"},
                               "annotations": {"summary": STALE_SUMMARY}}]
    dashboard = synth.find("GrafanaDashboard", "network-external-dns", "network")
    assert dashboard["spec"]["grafanaCom"] == {"id": 15038, "revision": 3}


def test_unset_props_write_nothing():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    external, _ = gateways(c)
    v = ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider()).values
    for key in ("podSecurityContext", "securityContext", "serviceMonitor", "policy", "interval", "triggerLoopOnEvent",
                "registry", "podAnnotations", "service"):
        assert key not in v, key
    assert v["provider"] == {"name": "cloudflare"}
    assert v["extraArgs"][2:5] == ["--gateway-name=envoy-external", "--gateway-namespace=network",
                                   "--label-filter=homelab-constructs.io/dns-visibility!=internal"]
    webhook = ExternalDns(c, "Lan", gateway=external, provider=adguard_home_provider("http://192.168.1.2")).values
    assert "securityContext" not in webhook["provider"]["webhook"] and "livenessProbe" not in webhook["provider"]["webhook"]


def test_recommended_writes_exactly_its_keys():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    external, internal = gateways(c)
    assert dict(ExternalDns.RECOMMENDED) == {"chart": ExternalDnsChart.recommended(), "sync": DnsSync.recommended(),
                                             "release": ReleaseSettings.recommended()}
    assert ExternalDnsChart.recommended() == ExternalDnsChart(hardened=True, service_monitor=True)
    assert DnsSync.recommended() == DnsSync(policy="sync", interval="1h", trigger_loop_on_event=True)
    bare = ExternalDns(c, "Bare", gateway=internal, provider=adguard_home_provider("http://192.168.1.2")).values
    preset = ExternalDns.recommended(gateway=internal, provider=adguard_home_provider("http://192.168.1.2"),
                                     name="external-dns-lan", registry=DnsRegistry(txt_owner_id="lan")).build(c, "Preset").values
    added = {k: v for k, v in preset.items() if k not in bare}
    assert added == {"podSecurityContext": HARDENED_POD, "securityContext": HARDENED_CONTAINER,
                     "serviceMonitor": {"enabled": True}, "policy": "sync", "interval": "1h",
                     "triggerLoopOnEvent": True}
    assert preset["provider"]["webhook"]["securityContext"] == HARDENED_CONTAINER  # the sidecar too
    assert {k for k in bare if bare[k] != preset[k]} == {"fullnameOverride", "txtOwnerId", "provider"}


def test_without_a_gateway_the_instance_publishes_every_gateway():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    gateways(c)
    dns = ExternalDns(c, "Lan", provider=adguard_home_provider("http://192.168.1.2"), namespace="network",
                      publishing=DnsPublishing(visibility_filter=False, sources=["gateway-httproute"]))
    assert "extraArgs" not in dns.values and "domainFilters" not in dns.values  # every gateway, every zone
    assert dns.gateway is None
    validate_app(c.node.root)


def test_a_gateway_by_name():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    external, _ = gateways(c)
    dns = ExternalDns(c, "Public", gateway="envoy-external", provider=CloudflareProvider())
    assert dns.gateway is external and "--gateway-name=envoy-external" in dns.values["extraArgs"]


def test_a_lan_address_in_public_dns_when_chosen():
    """A Cloudflare instance publishing the internal gateway: a recommendation's finding at synth
    (visibility='internal' is the hint, a waiver keeps it), or visibility='public' given (the
    address is published as it is)."""
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    _, internal = gateways(c)
    ExternalDns(c, "Refused", gateway=internal, provider=CloudflareProvider())
    with pytest.raises(ValueError, match=r"set visibility='internal' to publish this LAN address.*waive\(scope, "
                                         r"'public-dns-private-address', construct='t/Refused'"):
        validate_app(c.node.root)
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    _, internal = gateways(c)
    lan = ExternalDns(c, "Lan", gateway=internal, provider=CloudflareProvider(), visibility="internal")
    chosen = ExternalDns(c, "Chosen", gateway=internal, provider=CloudflareProvider(), visibility="public",
                         name="external-dns-chosen", registry=DnsRegistry(txt_prefix="k8s.chosen."))
    assert (lan.visibility, chosen.visibility) == ("internal", "public")


def test_public_instance_without_a_gateway_refuses_a_lan_gateway_at_synth():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    ExternalDns(c, "Public", provider=CloudflareProvider(), namespace="network")
    gateways(c)  # declared after the instance: the check runs when the app is synthesized
    with pytest.raises(ValueError) as err:
        validate_app(c.node.root)
    assert str(err.value) == (
        "t/Public: public ExternalDNS would publish the gateway envoy-internal's LoadBalancer address (got "
        "'10.10.30.25'); set visibility='internal' to publish this LAN address (visibility='public' publishes it as "
        "it is), or annotate the gateway with dns_target_annotations('external.<domain>') and point that name at a "
        "tunnel (CloudflareTunnel)")


def test_sync_interval_is_the_charts_interval():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    external, internal = gateways(c)
    assert ExternalDns(c, "A", gateway=external, provider=CloudflareProvider(),
                       sync=DnsSync(interval="5m")).values["interval"] == "5m"
    assert ExternalDns(c, "B", gateway=internal, provider=adguard_home_provider("http://192.168.1.2"),
                       sync=DnsSync(interval="2m")).values["interval"] == "2m"


def test_extra_args_repeating_a_generated_flag_keep_the_users_place():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    external, _ = gateways(c)
    dns = ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider(proxied=False),
                      publishing=DnsPublishing(sources=["crd"]),
                      extra_args=["--gateway-name=envoy-external", "--zone-id-filter=abc"])
    assert dns.values["extraArgs"] == [
        "--crd-source-apiversion=externaldns.k8s.io/v1alpha1", "--crd-source-kind=DNSEndpoint",
        "--gateway-namespace=network", "--label-filter=homelab-constructs.io/dns-visibility!=internal",
        "--cloudflare-dns-records-per-page=5000", "--gateway-name=envoy-external", "--zone-id-filter=abc"]
    assert ExternalDns(c, "Lan", gateway=external, provider=adguard_home_provider("http://192.168.1.2"),
                       sync=DnsSync(policy="create-only")).values["policy"] == "create-only"


# ---- the collision check between instances

def test_instances_on_different_servers_share_owner_prefix_and_gateway():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    seed002(c)
    validate_app(c.node.root)  # Cloudflare and AdGuard on envoy-external, AdGuard and Unbound both internal: no error


def test_two_internal_instances_on_two_adguard_servers_are_allowed():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    external, internal = gateways(c)
    ExternalDns(c, "Lan", gateway=internal, provider=adguard_home_provider("http://192.168.1.2"))
    ExternalDns(c, "Lan2", gateway=external, provider=adguard_home_provider("http://192.168.1.3"),
                registry=DnsRegistry(txt_owner_id="x", txt_prefix="k8s.internal."),
                name="external-dns-lan")
    validate_app(c.node.root)


def test_same_owner_on_other_zones_of_one_server_is_allowed():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    external, _ = gateways(c)
    ExternalDns(c, "A", gateway=external, provider=CloudflareProvider(), registry=DnsRegistry(txt_owner_id="o"),
                publishing=DnsPublishing(domain_filters=["a.com"]))
    ExternalDns(c, "B", gateway=external, provider=CloudflareProvider(), name="external-dns-b",
                registry=DnsRegistry(txt_owner_id="o", txt_prefix="k8s.public."),
                publishing=DnsPublishing(domain_filters=["b.com"]))
    validate_app(c.node.root)


def _collide(c, zones=(DOMAIN, f"lan.{DOMAIN}")):
    external, internal = gateways(c)
    ExternalDns(c, "A", gateway=external, provider=CloudflareProvider(),
                registry=DnsRegistry(txt_owner_id="o", txt_prefix="k8s."), publishing=DnsPublishing(domain_filters=[zones[0]]))
    ExternalDns(c, "B", gateway=internal, visibility="internal", provider=CloudflareProvider(proxied=False),
                registry=DnsRegistry(txt_owner_id="o", txt_prefix="k8s."), name="external-dns-b",
                publishing=DnsPublishing(domain_filters=[zones[1]]))
    validate_app(c.node.root)


def _collide_webhooks(c):
    _, internal = gateways(c)
    for id in ("A", "B"):
        ExternalDns(c, id, gateway=internal, name=f"dns-{id.lower()}", registry=DnsRegistry(txt_owner_id="default"),
                    provider=WebhookProvider(image="ghcr.io/crutonjohn/external-dns-opnsense-webhook", tag="v1.0.0"))
    validate_app(c.node.root)


@pytest.mark.parametrize("act, expected", [
    (_collide,
     "t/B: ExternalDNS instances would own the same records (got 'cloudflare zone lan.cloudjur.com, TXT owner o, "
     "prefix k8s.'); t/A writes the same DNS server and zone with the same TXT owner id and prefix, so each would "
     "delete the other's records; give one its own txt_owner_id or txt_prefix"),
    (_collide_webhooks,
     "t/B: ExternalDNS instances would own the same records (got 'ghcr.io/crutonjohn/external-dns-opnsense-webhook "
     "zone cloudjur.com, TXT owner default, prefix k8s.internal.'); t/A writes the same DNS server and zone with "
     "the same TXT owner id and prefix, so each would delete the other's records; give one its own txt_owner_id or "
     "txt_prefix"),
])
def test_instances_that_would_own_the_same_records_are_refused(act, expected):
    with pytest.raises(ValueError) as err:
        act(cdk8s.Chart(cdk8s.Testing.app(), "t"))
    assert str(err.value) == expected


# ---- bad inputs of the new props


def cf(c, provider=None, **kw):
    return ExternalDns(c, "Dns", gateway=gateways(c)[0], provider=provider or CloudflareProvider(), **kw)


def wh(c, **kw):
    return ExternalDns(c, "Dns", gateway=gateways(c)[1], provider=WebhookProvider(image="ghcr.io/x/y", tag="v1", **kw))


def alerts(c, **kw):
    return ExternalDnsAlerts(c, "Alerts", namespace="network", **kw)


BAD = {
    "sources-type": (lambda c: cf(c, publishing=DnsPublishing(sources="crd")),
        "DnsPublishing.sources: sources is not a list or tuple (got 'crd'); write a list such as ['crd']"),
    "sources-value": (lambda c: cf(c, publishing=DnsPublishing(sources=["crd", "gateway-route"])),
        "DnsPublishing.sources[1]: sources is unknown (got 'gateway-route'); did you mean gateway-udproute? use "
        "one of: crd, service, ingress, gateway-httproute, gateway-grpcroute, gateway-tlsroute, "
        "gateway-tcproute, gateway-udproute"),
    "sources-twice": (lambda c: cf(c, publishing=DnsPublishing(sources=["crd", "crd"])),
        "DnsPublishing.sources: sources are empty or list one source twice (got ['crd', 'crd']); list each "
        "source once, such as ['crd', 'gateway-httproute']"),
    "sources-empty": (lambda c: cf(c, publishing=DnsPublishing(sources=[])),
        "DnsPublishing.sources: sources are empty or list one source twice (got []); list each source once, "
        "such as ['crd', 'gateway-httproute']"),
    "extra-args-type": (lambda c: cf(c, extra_args="--cloudflare-proxied"),
        "c/Dns: extra_args is not a list or tuple (got '--cloudflare-proxied'); write a list such as "
        "['--cloudflare-proxied']"),
    "extra-args-value": (lambda c: cf(c, extra_args=["cloudflare-proxied"]),
        "c/Dns: extra_args[0] is not a flag (got 'cloudflare-proxied'); write '--flag' or "
        "'--flag=value', such as '--cloudflare-proxied'"),
    "extra-args-prop": (lambda c: cf(c, extra_args=["--txt-owner-id=me"]),
        "c/Dns: extra arg sets what a prop sets (got '--txt-owner-id=me'); set DnsRegistry(txt_owner_id=...) "
        "instead"),
    "extra-args-contradicts": (lambda c: cf(c, extra_args=["--gateway-name=envoy-internal"]),
        "c/Dns: extra arg contradicts a flag the instance writes (got '--gateway-name=envoy-internal'); "
        "the instance writes '--gateway-name=envoy-external'; drop the arg or change the prop that "
        'writes it'),
    "extra-args-owned": (lambda c: cf(c, provider=CloudflareProvider(proxied=False), extra_args=["--cloudflare-proxied"]),
        "c/Dns: extra arg sets what a prop sets (got '--cloudflare-proxied'); set "
        'CloudflareProvider(proxied=True) instead'),
    "extra-args-twice": (lambda c: cf(c, extra_args=["--zone-id-filter=a", "--zone-id-filter=a"]),
        "c/Dns: extra arg is listed twice (got '--zone-id-filter=a'); write each flag once"),
    "gateway-namespace-filter-type": (lambda c: cf(c, publishing=DnsPublishing(gateway_namespace_filter="no")),
        "DnsPublishing.gateway_namespace_filter: gateway_namespace_filter must be True or False (got 'no'); "
        "write True or False"),
    "visibility-filter-type": (lambda c: cf(c, publishing=DnsPublishing(visibility_filter=0)),
        "DnsPublishing.visibility_filter: visibility_filter must be True or False (got 0); write True or False"),
    "registry-value": (lambda c: cf(c, registry=DnsRegistry(type="text")),
        "DnsRegistry.type: registry is unknown (got 'text'); did you mean txt? use one of: txt, noop, dynamodb, "
        "aws-sd"),
    "registry-type": (lambda c: cf(c, registry=DnsRegistry(type=1)),
        "DnsRegistry.type: registry is unknown (got 1); use one of: txt, noop, dynamodb, aws-sd"),
    "trigger-type": (lambda c: cf(c, sync=DnsSync(trigger_loop_on_event="true")),
        "DnsSync.trigger_loop_on_event: trigger_loop_on_event must be True or False (got 'true'); write True or "
        "False, or None for the chart's"),
    "pod-annotations-type": (lambda c: cf(c, chart=ExternalDnsChart(pod_annotations=["reloader.stakater.com/auto"])),
        "ExternalDnsChart.pod_annotations: pod_annotations must be a mapping of key to string (got "
        "['reloader.stakater.com/auto']); write {'example.com/key': 'value'}"),
    "pod-annotations-value": (lambda c: cf(c, chart=ExternalDnsChart(pod_annotations={"reloader.stakater.com/auto": True})),
        "ExternalDnsChart.pod_annotations: pod_annotations value of reloader.stakater.com/auto is not a string "
        "(got True); quote it, such as 'True'"),
    "metrics-port-type": (lambda c: cf(c, chart=ExternalDnsChart(metrics_port="7979")),
        "ExternalDnsChart.metrics_port: metrics port must be an integer in 1-65535 (got '7979'); use a valid "
        "TCP/UDP metrics port"),
    "metrics-port-value": (lambda c: cf(c, chart=ExternalDnsChart(metrics_port=0)),
        "ExternalDnsChart.metrics_port: metrics port must be an integer in 1-65535 (got 0); use a valid TCP/UDP "
        "metrics port"),
    "fullname-value": (lambda c: cf(c, chart=ExternalDnsChart(fullname_override="External_DNS")),
        "ExternalDnsChart.fullname_override: fullname override is not a DNS label (got 'External_DNS'); use "
        "1-63 lowercase letters, digits or '-', starting and ending with a letter or digit"),
    "fullname-type": (lambda c: cf(c, chart=ExternalDnsChart(fullname_override=5)),
        "ExternalDnsChart.fullname_override: fullname override is not a DNS label (got 5); use 1-63 lowercase "
        "letters, digits or '-', starting and ending with a letter or digit"),
    "dashboards-type": (lambda c: cf(c, dashboards="network-external-dns"),
        "c/Dns: dashboards are not a list of GrafanaComDashboards (got 'network-external-dns'); pass a list such as "
        "[GrafanaComDashboard('cilium-agent', 16611, 1)], or [] for none"),
    "dashboards-value": (lambda c: cf(c, dashboards=[("network-external-dns", 15038, 3)]),
        "c/Dns: dashboard is not a GrafanaComDashboard (got ('network-external-dns', 15038, 3)); write "
        "GrafanaComDashboard(name, grafana.com id, revision)"),
    "sync-interval-type": (lambda c: cf(c, sync=DnsSync(interval=60)),
        "DnsSync.interval: interval is not a Go duration (got 60); write hours, minutes, seconds or "
        "milliseconds such as '1h', '30m' or '5m', or None for the chart's"),
    "sync-interval-value": (lambda c: cf(c, sync=DnsSync(interval="1 minute")),
        "DnsSync.interval: interval is not a Go duration (got '1 minute'); write hours, minutes, seconds or "
        "milliseconds such as '1h', '30m' or '5m', or None for the chart's"),
    "policy-value": (lambda c: cf(c, sync=DnsSync(policy="create")),
        "DnsSync.policy: policy is unknown (got 'create'); did you mean create-only? use one of: sync, "
        "upsert-only, create-only"),
    "gateway-name-unknown": (lambda c: ExternalDns(c, "Dns", gateway="envoy-external", provider=CloudflareProvider()),
        "c/Dns: gateway names no gateway of the app (got 'envoy-external'); use one of: none declared yet (declare "
        "the gateway before this construct), or pass the HomelabGateway"),
    "gateway-type": (lambda c: ExternalDns(c, "Dns", gateway=5, provider=CloudflareProvider()),
        "c/Dns: gateway is not a HomelabGateway or a gateway's name (got 5); pass the HomelabGateway whose routes it "
        "publishes, its name, or None for every gateway's"),
    "zone-id-key-value": (lambda c: cf(c, provider=CloudflareProvider(zone_id_key="zone id")),
        "c/Dns: zone id key is not a Secret key (got 'zone id'); use letters, digits, '-', '_' or '.', "
        "such as 'password'"),
    "zone-id-key-type": (lambda c: cf(c, provider=CloudflareProvider(zone_id_key=5)),
        "c/Dns: zone id key is not a Secret key (got 5); use letters, digits, '-', '_' or '.', such as 'password'"),
    "legacy-string-type": (lambda c: cf(c, provider=CloudflareProvider(legacy_string="yes")),
        "c/Dns: legacy_string must be True or False (got 'yes'); write True for the chart's legacy "
        "'provider: cloudflare' string, or False for provider.name"),
    "liveness-path-value": (lambda c: wh(c, liveness_path="healthz"),
        "c/Dns: webhook liveness path is not an HTTP path (got 'healthz'); write a path such as "
        "'/healthz', or None for the chart's"),
    "readiness-path-type": (lambda c: wh(c, readiness_path=5),
        "c/Dns: webhook readiness path is not an HTTP path (got 5); write a path such as '/healthz', or "
        "None for the chart's"),
    "probe-port-value": (lambda c: wh(c, liveness_path="/healthz", probe_port="HTTP Webhook"),
        "c/Dns: webhook probe port name is not a DNS label (got 'HTTP Webhook'); use 1-63 lowercase "
        "letters, digits or '-', starting and ending with a letter or digit"),
    "probe-port-number": (lambda c: wh(c, liveness_path="/healthz", probe_port=0),
        'c/Dns: webhook probe port must be an integer in 1-65535 (got 0); use a valid TCP/UDP webhook probe port'),
    "requests-type": (lambda c: wh(c, requests=[("cpu", "10m")]),
        "c/Dns: webhook requests must be a mapping of resource to quantity (got [('cpu', '10m')]); "
        "write {'cpu': '10m', 'memory': '20Mi'}, or {} for none"),
    "requests-resource": (lambda c: wh(c, requests={"gpu": "1"}),
        "c/Dns: webhook requests resource is unknown (got 'gpu'); did you mean cpu? use one of: cpu, memory"),
    "limits-quantity": (lambda c: wh(c, limits={"memory": "100 MB"}),
        "c/Dns: webhook limits memory is not a Kubernetes quantity (got '100 MB'); write a quantity "
        "such as '100m', '128Mi' or '1Gi'"),
    "server-value": (lambda c: wh(c, server="my server"),
        "c/Dns: webhook server is empty or holds whitespace (got 'my server'); name the DNS server, "
        "such as its URL 'http://192.168.1.2:3000', or None for the image"),
    "server-type": (lambda c: wh(c, server=5),
        'c/Dns: webhook server is empty or holds whitespace (got 5); name the DNS server, such as its '
        "URL 'http://192.168.1.2:3000', or None for the image"),
    "alerts-stale-type": (lambda c: alerts(c, stale_after_seconds="60"),
        "c/Alerts: stale_after_seconds must be an integer of at least 1 (got '60'); use a whole number >= 1"),
    "alerts-stale-value": (lambda c: alerts(c, stale_after_seconds=0),
        'c/Alerts: stale_after_seconds must be an integer of at least 1 (got 0); use a whole number >= 1'),
    "alerts-for-value": (lambda c: alerts(c, for_duration="15 minutes"),
        "c/Alerts: for_duration is not a Go duration (got '15 minutes'); write hours, minutes, seconds "
        "or milliseconds such as '15m', '5m' or '1h'"),
    "alerts-for-type": (lambda c: alerts(c, for_duration=15),
        'c/Alerts: for_duration is not a Go duration (got 15); write hours, minutes, seconds or '
        "milliseconds such as '15m', '5m' or '1h'"),
    "alerts-severity": (lambda c: alerts(c, severity="page"),
        "c/Alerts: severity is unknown (got 'page'); use one of: critical, warning, info"),
    "alerts-labels": (lambda c: alerts(c, labels=["prometheus"]),
        "c/Alerts: labels must be a non-empty mapping of label to value (got ['prometheus']); write "
        "labels such as {'prometheus': 'main'}, or None for none"),
    "alerts-summary": (lambda c: alerts(c, summary=""),
        "c/Alerts: summary is empty or not a string (got ''); write a sentence such as 'ExternalDNS has "
        "not synced for 15 minutes', or None for none"),
    "alerts-name": (lambda c: alerts(c, name="External DNS"),
        "c/Alerts: rule name is not a DNS label (got 'External DNS'); use 1-63 lowercase letters, "
        "digits or '-', starting and ending with a letter or digit"),
}

@pytest.mark.parametrize("act, expected", [pytest.param(a, e, id=k) for k, (a, e) in BAD.items()])
def test_bad_input(act, expected):
    with pytest.raises(ValueError) as err:
        act(cdk8s.Chart(cdk8s.Testing.app(), "c"))
    assert str(err.value) == expected
