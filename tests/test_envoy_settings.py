"""EnvoyProfile's settings that real homelabs set: seed 002's (chaijunkin/home-ops) EnvoyProxy,
traffic policies, Lua, KEDA, Helm values, monitors and dashboards, field for field, each
object valid against the pinned CRDs; and every new prop's bad input with its exact message."""
from __future__ import annotations

import re

from homelab_constructs import (
    DEFAULT_ENVOY_DASHBOARDS,
    BackendPolicy,
    ClientPolicy,
    EnvoyChart,
    EnvoyMonitoring,
    EnvoyProfile,
    GrafanaComDashboard,
    GrafanaUrlDashboard,
    HomelabGateway,
    HomelabValidationError,
    ProxyAutoscaling,
    ProxySettings,
    ReleaseSettings,
    SelfSignedCa,
    UserAgentBlocking,
    validate_app,
)
from homelab_constructs.validation import validate_objects

import cdk8s
import pytest
import yaml
from conftest import ROOT, crds_dir, synth_app
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
        namespace="network", release=ReleaseSettings(version="v1.7.3"),
        chart_values=EnvoyChart(image_registry="mirror.gcr.io", enable_backend=True),
        proxy=ProxySettings(log_level="info", replicas=1, image="mirror.gcr.io/envoyproxy/envoy:v1.38.0",
                            cpu_request="100m", memory_limit="2Gi", external_traffic_policy="Local",
                            drain_timeout="180s", metrics_compression="Zstd"),
        policy_targets="every-gateway",
        backend_policy=BackendPolicy(compression=("Zstd", "Brotli", "Gzip"), tcp_keepalive=True, retries=2,
                                     retry_on=("reset",), request_timeout="0s"),
        client_policy=ClientPolicy(trusted_proxy_cidrs=("10.69.0.0/16",), http2_invalid_message="TerminateStream",
                                   http3=True, tcp_keepalive=True, tls_min_version="1.2",
                                   alpn_protocols=("h2", "http/1.1")),
        user_agent_blocking=UserAgentBlocking(
            agents=SEED_AGENTS, status=200, body="", ignore_case=False, config_map_name="{gateway}-extensions",
            config_map_key="block-user-agents.lua", config_map_group="v1", policy_name="{gateway}",
            config_map_annotations={"kustomize.toolkit.fluxcd.io/substitute": "disabled"}),
        monitoring=EnvoyMonitoring.recommended(),
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
    profile = seed002_profile(chart, proxy=None, autoscaling=seed_scaling(2), controller_autoscaling=seed_scaling(1),
                              install=False, release=None, chart_values=None, dashboards=())
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
    assert "string.lower" not in script and "content-type" not in script
    assert re.findall(r'^    "([^"]+)"', script, re.M) == list(SEED_AGENTS)  # the agents as given, in order
    assert run_filter(script, "Mozilla/5.0 (compatible; GPTBot/1.2)") == (True, "200", "", None)
    assert run_filter(script, "mozilla/5.0 (compatible; gptbot/1.2)")[0] is False  # case-sensitive
    assert run_filter(script, "Google-Extended")[0] is True
    assert luajit21.LuaRuntime().execute("local s = ...; local f, err = loadstring(s); return err", script) is None


def test_seed_lua_is_the_real_repositorys_script(seed):
    """The script and its ConfigMap are seed 002's, byte for byte (its kustomize-generated ConfigMaps)."""
    real = list(yaml.safe_load_all((ROOT / "tests" / "real_repos" / "seed002" / "main" / "network" / "envoy-gateway"
                                    / "configmaps-generated.yaml").read_text(encoding="utf-8")))
    for expected in real:
        written = seed.find("ConfigMap", expected["metadata"]["name"], "network")
        assert written["data"] == expected["data"]
        assert written["metadata"]["annotations"] == expected["metadata"]["annotations"]


def test_helm_values(seed):
    values = seed.find("HelmRelease", "envoy-gateway", "network")["spec"]["values"]
    assert values["global"] == {"imageRegistry": "mirror.gcr.io"}
    assert values["config"]["envoyGateway"]["provider"] == {
        "type": "Kubernetes", "kubernetes": {"deploy": {"type": "GatewayNamespace"}}}
    assert values["config"]["envoyGateway"]["extensionApis"] == {"enableBackend": True}  # Lua needs no switch in v1.7
    assert seed.find("OCIRepository", "envoy-gateway", "network")["spec"]["ref"] == {"tag": "v1.7.3"}


def test_monitors(seed):
    assert seed.find("PodMonitor", "envoy-proxy", "network")["spec"] == {
        "jobLabel": "envoy-proxy", "namespaceSelector": {"matchNames": ["network"]},
        "podMetricsEndpoints": [{"port": "metrics", "path": "/stats/prometheus", "honorLabels": True}],
        "selector": {"matchLabels": {"app.kubernetes.io/component": "proxy", "app.kubernetes.io/name": "envoy"}}}
    assert seed.find("ServiceMonitor", "envoy-gateway", "network")["spec"] == {
        "endpoints": [{"port": "metrics", "path": "/metrics", "honorLabels": True}], "jobLabel": "envoy-gateway",
        "namespaceSelector": {"matchNames": ["network"]},
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
    provider = keda_seed.find("EnvoyProxy", "envoy")["spec"]["provider"]
    assert "replicas" not in provider.get("kubernetes", {}).get("envoyDeployment", {})  # KEDA owns the count


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
    prof = profile(chart, policy_targets=["envoy-external"], client_policy=ClientPolicy(name="clients"),
                   backend_policy=BackendPolicy(name="backends"), install=True,
                   release=ReleaseSettings(values={"deployment": {"replicas": 2}}),
                   proxy=ProxySettings.recommended(cpu_limit="1"))
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


def test_policies_target_each_gateway_by_name_by_default(chart):
    """No ``policy_targets``: each gateway of the profile by name, and no library label on it."""
    prof = profile(chart, client_policy=ClientPolicy(http3=True), backend_policy=BackendPolicy(tcp_keepalive=True))
    gateway(chart, prof)
    gateway(chart, prof, name="envoy-internal")
    objs = cdk8s.Testing.synth(chart)
    refs = [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": n}
            for n in ("envoy-external", "envoy-internal")]
    for kind in ("ClientTrafficPolicy", "BackendTrafficPolicy"):
        spec = next(o for o in objs if o["kind"] == kind)["spec"]
        assert spec["targetRefs"] == refs and "targetSelectors" not in spec
    for gw in (o for o in objs if o["kind"] == "Gateway"):
        assert "homelab-constructs.io/envoy-profile" not in gw["metadata"].get("labels", {})


def test_policies_select_the_users_labels_or_the_profile_label(chart):
    prof = profile(chart, policy_targets={"envoy-policies": "lan"}, client_policy=ClientPolicy(http3=True))
    HomelabGateway(chart, "g", name="envoy-external", namespace="network", domain="homelab.local",
                   cluster_issuer="ca", gateway_class=prof, labels={"envoy-policies": "lan"})
    objs = cdk8s.Testing.synth(chart)
    spec = next(o for o in objs if o["kind"] == "ClientTrafficPolicy")["spec"]
    assert spec["targetSelectors"] == [{"group": "gateway.networking.k8s.io", "kind": "Gateway",
                                        "matchLabels": {"envoy-policies": "lan"}}]
    assert next(o for o in objs if o["kind"] == "Gateway")["metadata"]["labels"] == {
        "app.kubernetes.io/managed-by": "homelab-constructs", "envoy-policies": "lan"}

    other = cdk8s.Chart(cdk8s.Testing.app(), "c")
    gateway(other, profile(other, policy_targets="profile", backend_policy=BackendPolicy(tcp_keepalive=True)))
    objs = cdk8s.Testing.synth(other)
    assert next(o for o in objs if o["kind"] == "BackendTrafficPolicy")["spec"]["targetSelectors"] == [
        {"group": "gateway.networking.k8s.io", "kind": "Gateway",
         "matchLabels": {"homelab-constructs.io/envoy-profile": "envoy"}}]
    assert next(o for o in objs if o["kind"] == "Gateway")["metadata"]["labels"][
        "homelab-constructs.io/envoy-profile"] == "envoy"


def test_unset_writes_nothing(chart):
    """A profile of defaults writes its install, an EnvoyProxy of the provider alone, its
    GatewayClass and nothing else: no policy, Lua, monitor, dashboard, label or CRD policy."""
    gateway(chart, profile(chart, install=True))
    objs = cdk8s.Testing.synth(chart)
    assert sorted(o["kind"] for o in objs) == ["EnvoyProxy", "Gateway", "GatewayClass", "HTTPRoute", "HelmRelease",
                                               "Namespace", "OCIRepository"]
    by_kind = {o["kind"]: o for o in objs}
    assert by_kind["EnvoyProxy"]["spec"] == {"provider": {"type": "Kubernetes"}}
    release = by_kind["HelmRelease"]["spec"]
    assert release["values"] == {"config": {"envoyGateway": {
        "provider": {"type": "Kubernetes", "kubernetes": {"deploy": {"type": "GatewayNamespace"}}}}}}
    assert "install" not in release and "upgrade" not in release
    assert by_kind["Gateway"]["metadata"]["labels"] == {"app.kubernetes.io/managed-by": "homelab-constructs"}
    assert set(ClientPolicy().__dict__.values()) <= {None, False, ()}


def _recommended(chart: cdk8s.Chart, **kw: object) -> dict[str, dict]:
    props = EnvoyProfile.recommended(**kw)
    gateway(chart, props.build(chart, "envoy"))
    return {o["kind"] + "/" + o["metadata"]["name"]: o for o in cdk8s.Testing.synth(chart)}


def test_the_preset_names_exactly_its_props():
    assert set(EnvoyProfile.RECOMMENDED) == {"release", "proxy", "client_policy", "backend_policy",
                                             "user_agent_blocking", "monitoring", "dashboards"}
    assert EnvoyProfile.RECOMMENDED["dashboards"] == DEFAULT_ENVOY_DASHBOARDS
    assert EnvoyProfile.RECOMMENDED["release"] == ReleaseSettings(crds="CreateReplace")


def test_the_recommended_proxy_writes_exactly_its_keys(chart):
    spec = _recommended(chart)["EnvoyProxy/envoy"]["spec"]
    assert spec == {
        "provider": {"type": "Kubernetes", "kubernetes": {
            "envoyDeployment": {"replicas": 2, "container": {"resources": {
                "requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "1Gi"}}}},
            "envoyService": {"externalTrafficPolicy": "Local"}}},
        "shutdown": {"drainTimeout": "180s"},
        "telemetry": {"metrics": {"prometheus": {"compression": {"type": "Gzip"}}}}}


def test_the_recommended_policies_write_exactly_their_keys(chart):
    objs = _recommended(chart)
    refs = [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "envoy-external"}]
    assert objs["ClientTrafficPolicy/envoy"]["spec"] == {
        "targetRefs": refs, "tls": {"minVersion": "1.2", "alpnProtocols": ["h2", "http/1.1"]}, "http3": {},
        "http2": {"onInvalidMessage": "TerminateStream"}}
    assert objs["BackendTrafficPolicy/envoy"]["spec"] == {
        "targetRefs": refs,
        "compressor": [{"type": "Zstd", "zstd": {}}, {"type": "Brotli", "brotli": {}}, {"type": "Gzip", "gzip": {}}],
        "retry": {"numRetries": 2, "retryOn": {"triggers": ["connect-failure", "refused-stream",
                                                             "reset-before-request"]},
                  "perRetry": {"backOff": {"baseInterval": "100ms", "maxInterval": "1s"}}},
        "timeout": {"tcp": {"connectTimeout": "10s"},
                    "http": {"requestTimeout": "0s", "connectionIdleTimeout": "1h"}}}


def test_the_recommended_release_blocking_and_monitors(chart):
    objs = _recommended(chart)
    release = objs["HelmRelease/envoy-gateway"]["spec"]
    assert release["install"] == {"crds": "CreateReplace"} and release["upgrade"] == {"crds": "CreateReplace"}
    assert release["values"]["config"]["envoyGateway"]["extensionApis"] == {"enableLua": True}  # chart v1.9.0
    script = objs["ConfigMap/envoy-block-user-agents"]["data"]["lua"]
    assert run_filter(script, "GPTBot/1.0") == (True, "403", "Forbidden\n", "text/plain; charset=utf-8")
    assert objs["PodMonitor/envoy-proxy"]["spec"] == {
        "jobLabel": "envoy-proxy", "namespaceSelector": {"matchNames": ["network"]},
        "podMetricsEndpoints": [{"port": "metrics", "path": "/stats/prometheus", "honorLabels": True}],
        "selector": {"matchLabels": {"app.kubernetes.io/component": "proxy", "app.kubernetes.io/name": "envoy"}}}
    assert objs["ServiceMonitor/envoy-gateway"]["spec"] == {
        "jobLabel": "envoy-gateway", "namespaceSelector": {"matchNames": ["network"]},
        "endpoints": [{"port": "metrics", "path": "/metrics", "honorLabels": True}],
        "selector": {"matchLabels": {"control-plane": "envoy-gateway"}}}
    assert sorted(k for k in objs if k.startswith("GrafanaDashboard/")) == sorted(
        f"GrafanaDashboard/{d.name}" for d in DEFAULT_ENVOY_DASHBOARDS)


def test_the_plain_monitors_write_selector_and_endpoint_only(chart):
    gateway(chart, profile(chart, monitoring=EnvoyMonitoring()))
    objs = {o["kind"]: o for o in cdk8s.Testing.synth(chart)}
    assert objs["PodMonitor"]["spec"] == {
        "podMetricsEndpoints": [{"port": "metrics", "path": "/stats/prometheus"}],
        "selector": {"matchLabels": {"app.kubernetes.io/component": "proxy", "app.kubernetes.io/name": "envoy"}}}
    assert objs["ServiceMonitor"]["spec"] == {"endpoints": [{"port": "metrics", "path": "/metrics"}],
                                              "selector": {"matchLabels": {"control-plane": "envoy-gateway"}}}


def test_the_recommended_preset_leaves_replicas_to_keda_and_no_release_without_install(chart):
    objs = _recommended(chart, autoscaling=ProxyAutoscaling(), install=False)
    assert "replicas" not in objs["EnvoyProxy/envoy"]["spec"]["provider"]["kubernetes"]["envoyDeployment"]
    assert "ScaledObject/envoy-external" in objs and "HelmRelease/envoy-gateway" not in objs


@pytest.mark.parametrize("version, blocking, enable_lua, written", [
    ("v1.9.0", True, None, {"enableLua": True}),  # the chart runs no Lua without it
    ("v1.10.1", True, None, {"enableLua": True}),
    ("v1.7.3", True, None, None),  # no switch before v1.9
    ("v1.9.0", False, None, None),  # no Lua filter
    ("v1.7.3", False, True, {"enableLua": True}),  # as set
    ("v1.9.0", False, False, {"enableLua": False}),
])
def test_lua_is_enabled_where_the_chart_needs_it(chart, version, blocking, enable_lua, written):
    gateway(chart, profile(chart, install=True, release=ReleaseSettings(version=version),
                           chart_values=EnvoyChart(enable_lua=enable_lua),
                           user_agent_blocking=UserAgentBlocking() if blocking else None))
    values = next(o for o in cdk8s.Testing.synth(chart) if o["kind"] == "HelmRelease")["spec"]["values"]
    assert values["config"]["envoyGateway"].get("extensionApis") == written


# ---- bad input: one wrong type and one wrong value per new prop

def raises(msg):
    return pytest.raises(ValueError, match="^" + re.escape(msg) + "$")


BAD = [
    (dict(proxy=ProxySettings(log_level=3)),
     "c/envoy: proxy log level is unknown (got 3); use one of: trace, debug, info, warn, error, "
     "off, critical"),
    (dict(proxy=ProxySettings(log_level="debg")), "c/envoy: proxy log level is unknown (got 'debg'); did you mean debug? "
     "use one of: trace, debug, info, warn, error, off, critical"),
    (dict(proxy=ProxySettings(image=["envoy"])), "c/envoy: Envoy image is not an image reference (got ['envoy']); write "
     "registry/repository:tag, such as 'mirror.gcr.io/envoyproxy/envoy:v1.38.0'"),
    (dict(proxy=ProxySettings(image="https://mirror.gcr.io/envoy")), "c/envoy: Envoy image is not an image reference "
     "(got 'https://mirror.gcr.io/envoy'); write registry/repository:tag, such as "
     "'mirror.gcr.io/envoyproxy/envoy:v1.38.0'"),
    (dict(proxy=ProxySettings(cpu_limit=1)), "c/envoy: CPU limit is not a Kubernetes quantity (got 1); write a quantity such as "
     "'100m', '128Mi' or '1Gi'"),
    (dict(proxy=ProxySettings(cpu_request="100m", cpu_limit="50m")),
     "c/envoy: CPU request is above its limit (got {'request': '100m', 'limit': '50m'}); "
     "raise the CPU limit to the request or more, or lower the request"),
    (dict(proxy=ProxySettings(memory_request=128)),
     "c/envoy: memory request is not a Kubernetes quantity (got 128); write a quantity "
     "such as '100m', '128Mi' or '1Gi'"),
    (dict(proxy=ProxySettings(external_traffic_policy="local")), "c/envoy: external traffic policy must be 'Local' or 'Cluster' "
     "(got 'local'); use 'Local' to keep client source IPs"),
    (dict(proxy=ProxySettings(metrics_compression=True)), "c/envoy: metrics compression is unknown (got True); use one of: Zstd, "
     "Brotli, Gzip"),
    (dict(proxy=ProxySettings(metrics_compression="zstd")),
     "c/envoy: metrics compression is unknown (got 'zstd'); did you mean Zstd? "
     "use one of: Zstd, Brotli, Gzip"),
    (dict(install=True, chart_values=EnvoyChart(image_registry=5)),
     "c/envoy: image registry is not a registry host (got 5); write a host (and optional "
     "port and path) without a scheme, such as 'mirror.gcr.io'"),
    (dict(install=True, chart_values=EnvoyChart(image_registry="https://mirror.gcr.io")),
     "c/envoy: image registry is not a registry host "
     "(got 'https://mirror.gcr.io'); write a host (and optional port and path) without a scheme, such as "
     "'mirror.gcr.io'"),
    (dict(install=True, chart_values=EnvoyChart(enable_backend="yes")), "c/envoy: enable_backend must be True or False "
     "(got 'yes'); write True or False, or None for the chart's default"),
    (dict(install=True, chart_values=EnvoyChart(enable_lua=1)), "c/envoy: enable_lua must be True or False (got 1); write "
     "True or False, or None for the chart's default"),
    (dict(install=True, chart_values={"image_registry": "mirror.gcr.io"}), "c/envoy: chart_values is not an EnvoyChart or None "
     "(got {'image_registry': 'mirror.gcr.io'}); write EnvoyChart(image_registry='mirror.gcr.io'), or None"),
    (dict(install=True, chart_values=EnvoyChart(enable_lua=False), user_agent_blocking=UserAgentBlocking()),
     "c/envoy: user-agent blocking runs Lua, which Envoy Gateway v1.9.0 turns off without enable_lua (got False); "
     "drop enable_lua=False (the profile enables Lua for its filter), or user_agent_blocking"),
    (dict(chart_values=EnvoyChart(image_registry="mirror.gcr.io")), "c/envoy: release or chart_values are given with "
     "install=False (got {'release': None, 'chart_values': EnvoyChart(image_registry='mirror.gcr.io', enable_backend=None, "
     "enable_lua=None)}); drop them (no release is written), or set install=True"),
    (dict(install=True, release="v1.7.3"), "c/envoy: release is not a ReleaseSettings (got 'v1.7.3'); pass "
     "ReleaseSettings(...), such as ReleaseSettings(interval='24h'), or None"),
    (dict(proxy={"replicas": 2}), "c/envoy: proxy is not a ProxySettings or None (got {'replicas': 2}); write "
     "ProxySettings(replicas=2), or None"),
    (dict(proxy=ProxySettings(replicas=0)), "c/envoy: proxy replicas must be an integer of at least 1 (got 0); use "
     "a whole number >= 1"),
    (dict(client_policy=True), "c/envoy: client_policy is not a ClientPolicy or None (got True); write "
     "ClientPolicy(tls_min_version='1.2'), or None"),
    (dict(backend_policy=BackendPolicy.recommended), "c/envoy: backend_policy is not a BackendPolicy or None (got "
     "<bound method BackendPolicy.recommended of <class 'homelab_constructs.gateway.envoy_policies.BackendPolicy'>>); "
     "write BackendPolicy(retries=2), or None"),
    (dict(backend_policy=BackendPolicy(retry_on=("reset",))), "c/envoy: retry triggers or back-off are set without "
     "retries (got {'retries': None, 'retry_on': ['reset'], 'retry_backoff': None}); set retries=2 (or another "
     "count), or drop retry_on and retry_backoff"),
    (dict(policy_targets={}), "c/envoy: policy target labels are empty (got {}); write the labels your gateways "
     "carry, such as {'envoy-policies': 'default'}, or None to target the profile's gateways by name"),
    (dict(policy_targets={"envoy policies": "lan"}), "c/envoy: policy target labels key is not a label name (got "
     "'envoy policies'); write a key such as 'app' or 'example.com/app'"),
    (dict(user_agent_blocking=UserAgentBlocking(content_type="")), "c/envoy: blocked response content type is not "
     "a media type (got ''); write a media type such as 'text/plain; charset=utf-8', or None for no content-type "
     "header"),
    (dict(user_agent_blocking=UserAgentBlocking(config_map_annotations={"a b": "x"})), "c/envoy: Lua ConfigMap "
     "annotations key is not a label name (got 'a b'); write a key such as 'example.com/note'"),
    (dict(policy_targets="all"), "c/envoy: policy targets is unknown (got 'all'); use one of: profile, "
     "every-gateway"),
    (dict(policy_targets=[5]), "c/envoy: policy targets[0] is not a DNS label (got 5); use 1-63 lowercase "
     "letters, digits or '-', starting and ending with a letter or digit"),
    (dict(policy_targets=[]), "c/envoy: policy target gateways must be distinct names, at least one (got []); "
     "list each gateway once, or use 'profile' or 'every-gateway'"),
    (dict(client_policy=ClientPolicy(name=1)), "c/envoy: ClientTrafficPolicy name is not a DNS subdomain name (got 1); use at "
     "most 253 lowercase letters, digits, '-' or '.', each dot-separated part starting and ending with a letter "
     "or digit"),
    (dict(backend_policy=BackendPolicy(name="Envoy")), "c/envoy: BackendTrafficPolicy name is not a DNS subdomain name "
     "(got 'Envoy'); use at most 253 lowercase letters, digits, '-' or '.', each dot-separated part starting and "
     "ending with a letter or digit"),
    (dict(client_policy=ClientPolicy(tcp_keepalive=None)), "c/envoy: client policy tcp_keepalive must be True or "
     "False (got None); write True or False"),
    (dict(backend_policy=BackendPolicy(tcp_keepalive=1)), "c/envoy: backend policy tcp_keepalive must be True or "
     "False (got 1); write True or False"),
    (dict(backend_policy=BackendPolicy(compression="Zstd")),
     "c/envoy: compression is not a list or tuple (got 'Zstd'); write a list such as "
     "['Zstd']"),
    (dict(backend_policy=BackendPolicy(retries=2, retry_backoff="100ms")),
     "c/envoy: retry back-off is not a (base, max) pair of durations (got '100ms'); "
     "write a pair such as ('100ms', '1s'), or None for Envoy's default"),
    (dict(backend_policy=BackendPolicy(retries=2, retry_backoff=("100ms", "1 s"))),
     "c/envoy: retry back-off max is not an Envoy Gateway duration "
     "(got '1 s'); write hours, minutes, seconds or milliseconds such as '180s', '1m30s' or '500ms'"),
    (dict(backend_policy=BackendPolicy(request_timeout=0)),
     "c/envoy: request timeout is not an Envoy Gateway duration (got 0); write hours, "
     "minutes, seconds or milliseconds such as '180s', '1m30s' or '500ms'"),
    (dict(client_policy=ClientPolicy(alpn_protocols="h2")),
     "c/envoy: ALPN protocols is not a list or tuple (got 'h2'); write a list such as "
     "['h2']"),
    (dict(monitoring="yes"), "c/envoy: monitoring is not an EnvoyMonitoring or None (got 'yes'); write "
     "EnvoyMonitoring.recommended() or EnvoyMonitoring(...), or None for no monitors"),
    (dict(monitoring=True), "c/envoy: monitoring is not an EnvoyMonitoring or None (got True); write "
     "EnvoyMonitoring.recommended() or EnvoyMonitoring(...), or None for no monitors"),
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
