"""EnvoyProfile's settings that real homelabs set: seed 002's (chaijunkin/home-ops) EnvoyProxy,
traffic policies, Lua, KEDA, Helm values, monitors and dashboards, field for field, each
object valid against the pinned CRDs; and every new prop's bad input with its exact message."""
from __future__ import annotations

import re

from homelab_constructs import (
    EnvoyMonitoring,
    EnvoyProfile,
    GrafanaComDashboard,
    GrafanaUrlDashboard,
    HomelabGateway,
    ProxyAutoscaling,
    SelfSignedCa,
    UserAgentBlocking,
)
from homelab_constructs.validation import validate_objects

import cdk8s
import pytest
from conftest import crds_dir, synth_app
from lupa import luajit21
from test_envoy import run_filter

SEED_AGENTS = ("Meta-ExternalAgent", "meta-webindexer", "GPTBot", "CCBot", "Google-Extended", "Bytespider",
               "Amazonbot", "Applebot-Extended")
QUERY = '1 - min(gatus_results_endpoint_success{group="external"})'
PROMETHEUS = "http://prometheus-operated.observability.svc.cluster.local:9090"


def seed_scaling(max_replicas: int) -> ProxyAutoscaling:
    return ProxyAutoscaling(min_replicas=1, max_replicas=max_replicas, cooldown_seconds=5, fallback_failures=2,
                            fallback_replicas=1, restore_to_original=True, stabilization_seconds=5,
                            polling_seconds=None, prometheus_address=PROMETHEUS, query=QUERY, threshold="1")


def seed002_profile(chart: cdk8s.Chart, **kw: object) -> EnvoyProfile:
    settings = dict(
        namespace="network", chart_version="v1.7.3", image_registry="mirror.gcr.io", enable_backend=True,
        log_level="info", replicas=1, envoy_image="mirror.gcr.io/envoyproxy/envoy:v1.38.0",
        cpu_request="100m", memory_request=None, memory_limit="2Gi", external_traffic_policy="Local",
        drain_timeout="180s", metrics_compression="Zstd",
        policy_targets="every-gateway",
        compression=["Zstd", "Brotli", "Gzip"], backend_tcp_keepalive=True, retries=2, retry_on=["reset"],
        retry_backoff=None, connect_timeout=None, request_timeout="0s", idle_timeout=None,
        trusted_proxy_cidrs=["10.69.0.0/16"], http2_invalid_message="TerminateStream", http3=True,
        client_tcp_keepalive=True, tls_min_version="1.2", alpn_protocols=["h2", "http/1.1"],
        user_agent_blocking=UserAgentBlocking(
            agents=SEED_AGENTS, status=200, body="", ignore_case=False, config_map_name="{gateway}-extensions",
            config_map_key="block-user-agents.lua", config_map_group="v1", policy_name="{gateway}"),
        monitoring=EnvoyMonitoring(service_job_label=None, service_namespace_selector=False),
        dashboards=[GrafanaComDashboard("network-envoy", 23239, 1, "DS_AFRANET_PROMETHEUS"),
                    GrafanaUrlDashboard.grafana_com("network-envoy-overview", 24459, 3),
                    GrafanaUrlDashboard.grafana_com("network-envoy-upstream", 24457, 4),
                    GrafanaUrlDashboard.grafana_com("network-envoy-downstream", 24458, 3)],
    )
    settings.update(kw)
    return EnvoyProfile(chart, "Envoy", **settings)  # type: ignore[arg-type]


def seed002(app: cdk8s.App) -> None:
    chart = cdk8s.Chart(app, "envoy")
    profile = seed002_profile(chart)
    ca = SelfSignedCa(chart, "Ca")
    for name in ("envoy-external", "envoy-internal"):
        HomelabGateway(chart, name, name=name, namespace="network", domain="cloudjur.com", gateway_class=profile,
                       cluster_issuer=ca, https_redirect=False)


def seed002_keda(app: cdk8s.App) -> None:
    """The ScaledObjects seed 002 keeps (not applied there): expressible all the same."""
    chart = cdk8s.Chart(app, "keda")
    profile = seed002_profile(chart, replicas=None, autoscaling=seed_scaling(2),
                              controller_autoscaling=seed_scaling(1), install=False, dashboards=())
    ca = SelfSignedCa(chart, "Ca")
    for name in ("envoy-internal", "envoy-external"):
        HomelabGateway(chart, name, name=name, namespace="network", domain="cloudjur.com", gateway_class=profile,
                       cluster_issuer=ca, https_redirect=False)


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    return synth_app(seed002, tmp_path_factory.mktemp("seed002-envoy"))


@pytest.fixture(scope="module")
def keda_seed(tmp_path_factory):
    return synth_app(seed002_keda, tmp_path_factory.mktemp("seed002-keda"))


def test_every_object_is_valid(seed, keda_seed):
    for lab in (seed, keda_seed):
        report = validate_objects(lab.pairs(), crds_dir())
        assert [str(p) for p in report.problems] == []
        assert report.cel.evaluated > 0 and report.cel.skipped == {}


def test_envoy_proxy(seed):
    spec = seed.find("EnvoyProxy", "envoy", "network")["spec"]
    assert spec == {
        "logging": {"level": {"default": "info"}},
        "provider": {"type": "Kubernetes", "kubernetes": {
            "envoyDeployment": {"replicas": 1, "container": {
                "image": "mirror.gcr.io/envoyproxy/envoy:v1.38.0",
                "resources": {"requests": {"cpu": "100m"}, "limits": {"memory": "2Gi"}}}},
            "envoyService": {"externalTrafficPolicy": "Local"}}},
        "shutdown": {"drainTimeout": "180s"},
        "telemetry": {"metrics": {"prometheus": {"compression": {"type": "Zstd"}}}},
    }


def test_gateway_class(seed):
    spec = seed.find("GatewayClass", "envoy")["spec"]
    assert spec == {"controllerName": "gateway.envoyproxy.io/gatewayclass-controller",
                    "parametersRef": {"group": "gateway.envoyproxy.io", "kind": "EnvoyProxy", "name": "envoy",
                                      "namespace": "network"}}


def test_backend_traffic_policy(seed):
    spec = seed.find("BackendTrafficPolicy", "envoy", "network")["spec"]
    assert spec == {
        "compressor": [{"type": "Zstd", "zstd": {}}, {"type": "Brotli", "brotli": {}}, {"type": "Gzip", "gzip": {}}],
        "retry": {"numRetries": 2, "retryOn": {"triggers": ["reset"]}},
        "targetSelectors": [{"group": "gateway.networking.k8s.io", "kind": "Gateway"}],
        "tcpKeepalive": {},
        "timeout": {"http": {"requestTimeout": "0s"}},
    }


def test_client_traffic_policy(seed):
    spec = seed.find("ClientTrafficPolicy", "envoy", "network")["spec"]
    assert spec == {
        "clientIPDetection": {"xForwardedFor": {"trustedCIDRs": ["10.69.0.0/16"]}},
        "http2": {"onInvalidMessage": "TerminateStream"},
        "http3": {},
        "targetSelectors": [{"group": "gateway.networking.k8s.io", "kind": "Gateway"}],
        "tcpKeepalive": {},
        "tls": {"minVersion": "1.2", "alpnProtocols": ["h2", "http/1.1"]},
    }


def test_lua_config_map_and_policy_per_gateway(seed):
    for name in ("envoy-external", "envoy-internal"):
        data = seed.find("ConfigMap", f"{name}-extensions", "network")["data"]
        assert list(data) == ["block-user-agents.lua"]
        assert seed.find("EnvoyExtensionPolicy", name, "network")["spec"] == {
            "targetRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": name}],
            "lua": [{"type": "ValueRef", "valueRef": {"name": f"{name}-extensions", "kind": "ConfigMap",
                                                      "group": "v1"}}]}
    assert not [o for o in seed.kinds("ConfigMap") if o["metadata"]["name"] == "envoy-block-user-agents"]


def test_seed_lua_is_case_sensitive_with_empty_200(seed):
    script = seed.find("ConfigMap", "envoy-external-extensions")["data"]["block-user-agents.lua"]
    assert "string.find(ua, agent, 1, true)" in script and "string.lower" not in script
    assert re.findall(r'^  "([^"]+)"', script, re.M) == list(SEED_AGENTS)  # the agents as given, in order
    assert run_filter(script, "Mozilla/5.0 (compatible; GPTBot/1.2)")[:3] == (True, "200", "")
    assert run_filter(script, "mozilla/5.0 (compatible; gptbot/1.2)")[0] is False  # case-sensitive
    assert run_filter(script, "Google-Extended")[0] is True
    assert luajit21.LuaRuntime().execute("local s = ...; local f, err = loadstring(s); return err", script) is None


def test_helm_values(seed):
    values = seed.find("HelmRelease", "envoy-gateway", "network")["spec"]["values"]
    assert values["global"] == {"imageRegistry": "mirror.gcr.io"}
    assert values["config"]["envoyGateway"]["provider"] == {
        "type": "Kubernetes", "kubernetes": {"deploy": {"type": "GatewayNamespace"}}}
    assert values["config"]["envoyGateway"]["extensionApis"]["enableBackend"] is True
    assert seed.find("OCIRepository", "envoy-gateway", "network")["spec"]["ref"] == {"tag": "v1.7.3"}


def test_monitors(seed):
    assert seed.find("PodMonitor", "envoy-proxy", "network")["spec"] == {
        "jobLabel": "envoy-proxy", "namespaceSelector": {"matchNames": ["network"]},
        "podMetricsEndpoints": [{"port": "metrics", "path": "/stats/prometheus", "honorLabels": True}],
        "selector": {"matchLabels": {"app.kubernetes.io/component": "proxy", "app.kubernetes.io/name": "envoy"}}}
    assert seed.find("ServiceMonitor", "envoy-gateway", "network")["spec"] == {
        "endpoints": [{"port": "metrics", "path": "/metrics", "honorLabels": True}],
        "selector": {"matchLabels": {"control-plane": "envoy-gateway"}}}


def test_dashboards(seed):
    first = seed.find("GrafanaDashboard", "network-envoy", "network")["spec"]
    assert first["grafanaCom"] == {"id": 23239, "revision": 1}
    assert first["datasources"] == [{"datasourceName": "prometheus", "inputName": "DS_AFRANET_PROMETHEUS"}]
    for name, id, rev in (("overview", 24459, 3), ("upstream", 24457, 4), ("downstream", 24458, 3)):
        spec = seed.find("GrafanaDashboard", f"network-envoy-{name}", "network")["spec"]
        assert spec["url"] == f"https://grafana.com/api/dashboards/{id}/revisions/{rev}/download"
        assert "grafanaCom" not in spec


def test_scaled_objects(keda_seed):
    for name, max_replicas in (("envoy-gateway", 1), ("envoy-internal", 2), ("envoy-external", 2)):
        spec = keda_seed.find("ScaledObject", name, "network")["spec"]
        assert spec == {
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": name},
            "minReplicaCount": 1, "maxReplicaCount": max_replicas, "cooldownPeriod": 5,
            "fallback": {"failureThreshold": 2, "replicas": 1},
            "advanced": {"restoreToOriginalReplicaCount": True, "horizontalPodAutoscalerConfig": {
                "behavior": {"scaleDown": {"stabilizationWindowSeconds": 5}}}},
            "triggers": [{"type": "prometheus", "metadata": {
                "serverAddress": PROMETHEUS, "query": QUERY, "threshold": "1"}}],
        }
    proxy = keda_seed.find("EnvoyProxy", "envoy")["spec"]["provider"]["kubernetes"]["envoyDeployment"]
    assert "replicas" not in proxy  # KEDA owns the count


# ---- other shapes

@pytest.fixture
def chart():
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def profile(chart, **kw):
    kw.setdefault("install", False)
    kw.setdefault("dashboards", ())
    return EnvoyProfile(chart, "envoy", **kw)


def gateway(chart, prof, name="envoy-external"):
    return HomelabGateway(chart, name, name=name, namespace="network", domain="homelab.local", cluster_issuer="ca",
                          gateway_class=prof)


def test_policies_target_named_gateways_and_names(chart):
    prof = profile(chart, policy_targets=["envoy-external"], client_policy_name="clients",
                   backend_policy_name="backends", extra_values={"deployment": {"replicas": 2}}, install=True,
                   cpu_limit="1", user_agent_blocking=None, monitoring=False)
    gateway(chart, prof)
    objs = cdk8s.Testing.synth(chart)
    by_kind = {o["kind"]: o for o in objs}
    ref = [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "envoy-external"}]
    assert by_kind["ClientTrafficPolicy"]["metadata"]["name"] == "clients"
    assert by_kind["ClientTrafficPolicy"]["spec"]["targetRefs"] == ref
    assert by_kind["BackendTrafficPolicy"]["metadata"]["name"] == "backends"
    assert by_kind["BackendTrafficPolicy"]["spec"]["targetRefs"] == ref
    assert by_kind["HelmRelease"]["spec"]["values"]["deployment"] == {"replicas": 2}
    assert "global" not in by_kind["HelmRelease"]["spec"]["values"]
    resources = by_kind["EnvoyProxy"]["spec"]["provider"]["kubernetes"]["envoyDeployment"]["container"]["resources"]
    assert resources == {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "1", "memory": "1Gi"}}
    assert not [o for o in objs if o["kind"] in ("PodMonitor", "ServiceMonitor", "ConfigMap")]


def test_defaults_still_write_the_safe_settings(chart):
    gateway(chart, profile(chart))
    objs = {o["kind"]: o for o in cdk8s.Testing.synth(chart)}
    backend = objs["BackendTrafficPolicy"]["spec"]
    assert backend["retry"]["perRetry"] == {"backOff": {"baseInterval": "100ms", "maxInterval": "1s"}}
    assert backend["timeout"] == {"tcp": {"connectTimeout": "10s"},
                                  "http": {"requestTimeout": "0s", "connectionIdleTimeout": "1h"}}
    assert "compression" not in backend and len(backend["compressor"]) == 3
    assert backend["targetSelectors"][0]["matchLabels"] == {"homelab-constructs.io/envoy-profile": "envoy"}
    assert objs["EnvoyProxy"]["spec"]["telemetry"]["metrics"]["prometheus"]["compression"] == {"type": "Gzip"}
    assert "logging" not in objs["EnvoyProxy"]["spec"]


def test_nothing_optional_written(chart):
    gateway(chart, profile(chart, cpu_request=None, memory_request=None, memory_limit=None,
                           external_traffic_policy=None, drain_timeout=None, metrics_compression=None,
                           tls_min_version=None, alpn_protocols=None, http3=False, http2_invalid_message=None,
                           compression=[], retries=0, connect_timeout=None, request_timeout=None, idle_timeout=None,
                           user_agent_blocking=None, monitoring=False))
    objs = {o["kind"]: o for o in cdk8s.Testing.synth(chart)}
    assert objs["EnvoyProxy"]["spec"] == {"provider": {"type": "Kubernetes",
                                                       "kubernetes": {"envoyDeployment": {"replicas": 2}}}}
    assert set(objs["ClientTrafficPolicy"]["spec"]) == {"targetSelectors"}
    assert set(objs["BackendTrafficPolicy"]["spec"]) == {"targetSelectors"}


# ---- bad input: one wrong type and one wrong value per new prop

def raises(msg):
    return pytest.raises(ValueError, match="^" + re.escape(msg) + "$")


BAD = [
    (dict(log_level=3), "c/envoy: proxy log level is unknown (got 3); use one of: trace, debug, info, warn, error, "
     "off, critical"),
    (dict(log_level="debg"), "c/envoy: proxy log level is unknown (got 'debg'); did you mean debug? "
     "use one of: trace, debug, info, warn, error, off, critical"),
    (dict(envoy_image=["envoy"]), "c/envoy: Envoy image is not an image reference (got ['envoy']); write "
     "registry/repository:tag, such as 'mirror.gcr.io/envoyproxy/envoy:v1.38.0'"),
    (dict(envoy_image="https://mirror.gcr.io/envoy"), "c/envoy: Envoy image is not an image reference "
     "(got 'https://mirror.gcr.io/envoy'); write registry/repository:tag, such as "
     "'mirror.gcr.io/envoyproxy/envoy:v1.38.0'"),
    (dict(cpu_limit=1), "c/envoy: CPU limit is not a Kubernetes quantity (got 1); write a quantity such as "
     "'100m', '128Mi' or '1Gi'"),
    (dict(cpu_limit="50m"), "c/envoy: CPU request is above its limit (got {'request': '100m', 'limit': '50m'}); "
     "raise the CPU limit to the request or more, or lower the request"),
    (dict(memory_request=128), "c/envoy: memory request is not a Kubernetes quantity (got 128); write a quantity "
     "such as '100m', '128Mi' or '1Gi'"),
    (dict(external_traffic_policy="local"), "c/envoy: external traffic policy must be 'Local' or 'Cluster' "
     "(got 'local'); use 'Local' to keep client source IPs"),
    (dict(metrics_compression=True), "c/envoy: metrics compression is unknown (got True); use one of: Zstd, "
     "Brotli, Gzip"),
    (dict(metrics_compression="zstd"), "c/envoy: metrics compression is unknown (got 'zstd'); did you mean Zstd? "
     "use one of: Zstd, Brotli, Gzip"),
    (dict(image_registry=5), "c/envoy: image registry is not a registry host (got 5); write a host (and optional "
     "port and path) without a scheme, such as 'mirror.gcr.io'"),
    (dict(image_registry="https://mirror.gcr.io"), "c/envoy: image registry is not a registry host "
     "(got 'https://mirror.gcr.io'); write a host (and optional port and path) without a scheme, such as "
     "'mirror.gcr.io'"),
    (dict(enable_backend="yes"), "c/envoy: enable_backend must be True or False (got 'yes'); write True or False"),
    (dict(extra_values=[("a", 1)]), "c/envoy: extra_values is not a mapping (got [('a', 1)]); write a dict such "
     "as {'deployment': {'replicas': 2}}"),
    (dict(policy_targets="all"), "c/envoy: policy targets is unknown (got 'all'); use one of: profile, "
     "every-gateway"),
    (dict(policy_targets=[5]), "c/envoy: policy targets[0] is not a DNS label (got 5); use 1-63 lowercase "
     "letters, digits or '-', starting and ending with a letter or digit"),
    (dict(policy_targets=[]), "c/envoy: policy target gateways must be distinct names, at least one (got []); "
     "list each gateway once, or use 'profile' or 'every-gateway'"),
    (dict(client_policy_name=1), "c/envoy: ClientTrafficPolicy name is not a DNS subdomain name (got 1); use at "
     "most 253 lowercase letters, digits, '-' or '.', each dot-separated part starting and ending with a letter "
     "or digit"),
    (dict(backend_policy_name="Envoy"), "c/envoy: BackendTrafficPolicy name is not a DNS subdomain name "
     "(got 'Envoy'); use at most 253 lowercase letters, digits, '-' or '.', each dot-separated part starting and "
     "ending with a letter or digit"),
    (dict(client_tcp_keepalive=None), "c/envoy: client_tcp_keepalive must be True or False (got None); write True "
     "or False"),
    (dict(backend_tcp_keepalive=1), "c/envoy: backend_tcp_keepalive must be True or False (got 1); write True "
     "or False"),
    (dict(compression="Zstd"), "c/envoy: compression is not a list or tuple (got 'Zstd'); write a list such as "
     "['Zstd']"),
    (dict(retry_backoff="100ms"), "c/envoy: retry back-off is not a (base, max) pair of durations (got '100ms'); "
     "write a pair such as ('100ms', '1s'), or None for Envoy's default"),
    (dict(retry_backoff=("100ms", "1 s")), "c/envoy: retry back-off max is not an Envoy Gateway duration "
     "(got '1 s'); write hours, minutes, seconds or milliseconds such as '180s', '1m30s' or '500ms'"),
    (dict(request_timeout=0), "c/envoy: request timeout is not an Envoy Gateway duration (got 0); write hours, "
     "minutes, seconds or milliseconds such as '180s', '1m30s' or '500ms'"),
    (dict(alpn_protocols="h2"), "c/envoy: ALPN protocols is not a list or tuple (got 'h2'); write a list such as "
     "['h2']"),
    (dict(monitoring="yes"), "c/envoy: monitoring is not an EnvoyMonitoring (got 'yes'); write True, False or "
     "EnvoyMonitoring(...)"),
    (dict(monitoring=EnvoyMonitoring(pod_job_label="a b")), "c/envoy: PodMonitor job label is not a label name "
     "(got 'a b'); write a label name such as 'envoy-proxy', or None for none"),
    (dict(monitoring=EnvoyMonitoring(honor_labels="true")), "c/envoy: monitoring honor_labels must be True or "
     "False (got 'true'); write True or False"),
    (dict(monitoring=EnvoyMonitoring(proxy_labels={})), "c/envoy: proxy pod labels must be a non-empty mapping of "
     "label to value (got {}); write the proxy pods' labels, such as {'app.kubernetes.io/name': 'envoy'}"),
    (dict(monitoring=EnvoyMonitoring(port="http-metrics-port-1")), "c/envoy: monitoring port is not a port name "
     "(got 'http-metrics-port-1'); write the container/Service port's name, such as 'metrics'"),
    (dict(dashboards=GrafanaUrlDashboard("a", "https://x.example/d.json")), "c/envoy: dashboards is not a list or "
     "tuple (got GrafanaUrlDashboard(name='a', url='https://x.example/d.json', input_name='DS_PROMETHEUS')); "
     "write a list such as [GrafanaUrlDashboard(name='a', url='https://x.example/d.json', "
     "input_name='DS_PROMETHEUS')]"),
    (dict(dashboards=[GrafanaUrlDashboard("a", "ftp://x.example/d.json")]), "c/envoy: dashboard URL is not an "
     "http(s) URL (got 'ftp://x.example/d.json'); write a URL such as "
     "'https://grafana.com/api/dashboards/24459/revisions/3/download'"),
    (dict(dashboards=[GrafanaComDashboard("a", 1, 1), GrafanaUrlDashboard("a", "https://x.example/d.json")]),
     "c/envoy: dashboard name is used twice (got 'a'); give each dashboard its own name"),
    (dict(dashboards=["network-envoy"]), "c/envoy: dashboard is not GrafanaComDashboard or GrafanaUrlDashboard "
     "(got 'network-envoy'); write GrafanaComDashboard(name, grafana.com id, revision) or "
     "GrafanaUrlDashboard(name, url)"),
    (dict(user_agent_blocking=UserAgentBlocking(ignore_case="no")), "c/envoy: user-agent blocking ignore_case must "
     "be True or False (got 'no'); write True or False"),
    (dict(user_agent_blocking=UserAgentBlocking(agents=("GPTBot", "GPTBot"), ignore_case=False)),
     "c/envoy: user agent is listed twice (got 'GPTBot'); it repeats 'GPTBot'; list it once"),
    (dict(user_agent_blocking=UserAgentBlocking(agents="GPTBot")), "c/envoy: user-agent block list is not a list "
     "or tuple (got 'GPTBot'); write a tuple such as ('GPTBot',)"),
    (dict(user_agent_blocking=UserAgentBlocking(config_map_name=7)), "c/envoy: Lua ConfigMap name is not a string "
     "(got 7); write a name such as '{gateway}-extensions'; {gateway} stands for each gateway's name"),
    (dict(user_agent_blocking=UserAgentBlocking(config_map_name="{gatway}-lua")), "c/envoy: Lua ConfigMap name is "
     "not a DNS subdomain name once {gateway} is filled in (got '{gatway}-lua'); write a name such as "
     "'{gateway}-extensions': lowercase letters, digits, '-' or '.'"),
    (dict(user_agent_blocking=UserAgentBlocking(policy_name="envoy")), "c/envoy: Lua EnvoyExtensionPolicy name is "
     "not a string with {gateway} in it (got 'envoy'); write a name such as '{gateway}'; {gateway} stands for "
     "each gateway's name"),
    (dict(user_agent_blocking=UserAgentBlocking(config_map_key="a/b")), "c/envoy: Lua ConfigMap key is not a "
     "ConfigMap key (got 'a/b'); use letters, digits, '-', '_' or '.', such as 'lua' or 'block-user-agents.lua'"),
    (dict(user_agent_blocking=UserAgentBlocking(config_map_group="core")), "c/envoy: Lua ConfigMap group is "
     "unknown (got 'core'); use one of: , v1"),
    (dict(user_agent_blocking="GPTBot"), "c/envoy: user_agent_blocking is not a UserAgentBlocking (got 'GPTBot'); "
     "write UserAgentBlocking(agents=(...)), or None to block nothing"),
    (dict(autoscaling=ProxyAutoscaling(restore_to_original=1)), "c/envoy: restore_to_original must be True or "
     "False (got 1); write True or False"),
    (dict(autoscaling=ProxyAutoscaling(stabilization_seconds=-1)), "c/envoy: scale-down stabilization seconds must "
     "be an integer of at least 0 (got -1); use a whole number >= 0"),
    (dict(autoscaling=ProxyAutoscaling(polling_seconds="30")), "c/envoy: polling seconds must be an integer of "
     "at least 1 (got '30'); use a whole number >= 1"),
    (dict(controller_autoscaling=3), "c/envoy: controller_autoscaling is not a ProxyAutoscaling or None (got 3); write "
     "ProxyAutoscaling(min_replicas=1, max_replicas=3), or None"),
    (dict(controller_autoscaling=ProxyAutoscaling(min_replicas=2, max_replicas=1)), "c/envoy: maximum proxy "
     "replicas is below the minimum (got {'min_replicas': 2, 'max_replicas': 1}); set max_replicas to 2 or more"),
]


@pytest.mark.parametrize("kw, msg", BAD, ids=[f"{next(iter(kw))}-{i}" for i, (kw, _) in enumerate(BAD)])
def test_bad_settings(chart, kw, msg):
    with raises(msg):
        profile(chart, **kw)


def test_policy_targets_a_missing_gateway(chart):
    from homelab_constructs import HomelabValidationError, validate_app

    gateway(chart, profile(chart, policy_targets=["envoy-externl"]))
    with pytest.raises(HomelabValidationError, match="^" + re.escape(
            "c/envoy: traffic policies target a gateway that does not exist (got 'envoy-externl'); "
            "use one of: envoy-external") + "$"):
        validate_app(chart.node.root)


def test_gateway_named_like_the_controller(chart):
    prof = profile(chart, autoscaling=ProxyAutoscaling(), controller_autoscaling=ProxyAutoscaling())
    with raises("c/envoy-gateway: gateway shares its name with Envoy Gateway's controller Deployment "
                "(got 'envoy-gateway'); rename the gateway: both ScaledObjects would be named envoy-gateway"):
        gateway(chart, prof, name="envoy-gateway")
