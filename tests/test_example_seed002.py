"""examples/seed002: Envoy Gateway with envoy-external / envoy-internal, one snapshot per chart.

The example is built once per module in this process (``build`` from its main.py) and once
more as a program run from its own folder with ``CDK8S_OUTDIR``; both must write the same
bytes. Every object is checked against the pinned schemas (CRD kinds with unknown fields
rejected and their CEL rules evaluated where cel-python can; core kinds with
kubernetes-validate).
"""
from __future__ import annotations

import copy
import subprocess
import sys

from homelab_constructs import DEFAULT_BLOCKED_USER_AGENTS, user_agent_lua

import celpy
import kubernetes_validate
import pytest
import yaml
from conftest import MANAGED, ROOT, crds_dir, load_example, user_env

EXAMPLE = ROOT / "examples" / "seed002" / "main.py"
CHARTS = ["apps-docs", "apps-home", "apps-media", "apps-observability", "bgp", "certificates", "cilium", "dns",
          "envoy-gateway", "gateway", "platform", "secrets", "vlans"]
GATEWAY_IPS = {"envoy-external": "10.10.30.26", "envoy-internal": "10.10.30.25"}
PROFILE_LABEL = "homelab-constructs/envoy-profile"


@pytest.fixture(scope="module")
def example():
    return load_example("seed002")


@pytest.fixture(scope="module")
def seed002(synthesized):
    return synthesized["seed002"]


def test_every_chart_is_written(seed002):
    assert sorted(seed002.text) == CHARTS


@pytest.mark.parametrize("chart", CHARTS)
def test_chart_snapshot(seed002, chart, snapshot):
    assert seed002.text[chart] == snapshot(name=chart)


def test_main_runs_from_its_folder_and_is_deterministic(seed002, tmp_path):
    env = user_env(CDK8S_OUTDIR=str(tmp_path / "out"))
    env.pop("PYTHONPATH", None)
    result = subprocess.run([sys.executable, "main.py"], cwd=EXAMPLE.parent, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # a user's shell: no jsii banner
    written = {p.name: p.read_bytes() for p in sorted((tmp_path / "out").iterdir())}
    assert written == {p.name: p.read_bytes() for p in sorted(seed002.outdir.glob("*.k8s.yaml"))}


# ---- facts that matter

def test_gateways_on_pinned_pool_ips(seed002):
    pool = seed002.find("CiliumLoadBalancerIPPool", "homelab-pool")
    assert pool["spec"]["blocks"] == [{"start": "10.10.30.20", "stop": "10.10.30.49"}]
    for name, ip in GATEWAY_IPS.items():
        g = seed002.find("Gateway", name, "network")
        assert g["spec"]["gatewayClassName"] == "envoy"
        assert g["spec"]["infrastructure"]["annotations"] == {"lbipam.cilium.io/ips": ip}
        assert g["metadata"]["labels"] == {PROFILE_LABEL: "envoy", **MANAGED}
        listeners = {listener["name"]: listener for listener in g["spec"]["listeners"]}
        assert listeners["https"]["tls"]["mode"] == "Terminate"
        assert listeners["https"]["tls"]["certificateRefs"] == [{"group": "", "kind": "Secret", "name": f"{name}-tls"}]
        assert listeners["http"]["allowedRoutes"]["namespaces"]["from"] == "Same"
    internal = {listener["name"]: listener for listener in seed002.find("Gateway", "envoy-internal")["spec"]["listeners"]}
    assert internal["tls-passthrough"]["protocol"] == "TLS"
    assert internal["tls-passthrough"]["port"] == 8443
    assert internal["tls-passthrough"]["tls"] == {"mode": "Passthrough"}


def test_gateway_class_points_at_envoy_proxy(seed002):
    cls = seed002.find("GatewayClass", "envoy")
    assert cls["spec"]["controllerName"] == "gateway.envoyproxy.io/gatewayclass-controller"
    assert cls["spec"]["parametersRef"] == {"group": "gateway.envoyproxy.io", "kind": "EnvoyProxy", "name": "envoy",
                                            "namespace": "network"}
    proxy = seed002.find("EnvoyProxy", "envoy", "network")["spec"]
    deployment = proxy["provider"]["kubernetes"]["envoyDeployment"]
    assert "replicas" not in deployment  # KEDA owns the count; Envoy Gateway must not reset it
    assert deployment["container"]["resources"] == {"requests": {"cpu": "100m", "memory": "128Mi"},
                                                    "limits": {"memory": "1Gi"}}
    assert proxy["provider"]["kubernetes"]["envoyService"] == {"externalTrafficPolicy": "Local"}
    assert proxy["shutdown"] == {"drainTimeout": "180s"}
    assert "prometheus" in proxy["telemetry"]["metrics"]


def test_release_deploys_proxies_in_gateway_namespace(seed002):
    release = seed002.find("HelmRelease", "envoy-gateway", "network")
    assert release["spec"]["chartRef"] == {"kind": "OCIRepository", "name": "envoy-gateway"}
    config = release["spec"]["values"]["config"]["envoyGateway"]
    assert config["provider"]["kubernetes"]["deploy"] == {"type": "GatewayNamespace"}
    assert config["extensionApis"]["enableLua"] is True
    source = seed002.find("OCIRepository", "envoy-gateway", "network")
    assert source["spec"]["ref"] == {"tag": "v1.9.0"}


def test_traffic_policies_select_every_envoy_gateway(seed002):
    selector = [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "matchLabels": {PROFILE_LABEL: "envoy"}}]
    client = seed002.find("ClientTrafficPolicy", "envoy", "network")["spec"]
    backend = seed002.find("BackendTrafficPolicy", "envoy", "network")["spec"]
    assert client["targetSelectors"] == selector and backend["targetSelectors"] == selector
    envoy_gateways = [g for g in seed002.kinds("Gateway") if g["spec"]["gatewayClassName"] == "envoy"]
    assert sorted(g["metadata"]["name"] for g in envoy_gateways) == sorted(GATEWAY_IPS)
    assert all(g["metadata"]["namespace"] == "network" and g["metadata"]["labels"][PROFILE_LABEL] == "envoy"
               for g in envoy_gateways)
    assert client["tls"] == {"minVersion": "1.2", "alpnProtocols": ["h2", "http/1.1"]}
    assert client["http3"] == {}
    assert client["http2"] == {"onInvalidMessage": "TerminateStream"}
    assert client["clientIPDetection"] == {"xForwardedFor": {"trustedCIDRs": ["10.42.0.0/16"]}}
    assert [c["type"] for c in backend["compression"]] == ["Zstd", "Brotli", "Gzip"]
    assert backend["retry"]["numRetries"] == 2
    assert backend["timeout"]["tcp"] == {"connectTimeout": "10s"}


def test_lua_blocking_per_gateway(seed002):
    config_map = seed002.find("ConfigMap", "envoy-block-user-agents", "network")
    assert config_map["data"] == {"lua": user_agent_lua(DEFAULT_BLOCKED_USER_AGENTS)}
    for name in GATEWAY_IPS:
        policy = seed002.find("EnvoyExtensionPolicy", f"{name}-block-user-agents", "network")["spec"]
        assert policy["targetRefs"] == [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": name}]
        assert policy["lua"] == [{"type": "ValueRef", "valueRef": {"group": "", "kind": "ConfigMap",
                                                                   "name": "envoy-block-user-agents"}}]


def test_keda_scales_each_proxy_deployment(seed002):
    scaled = seed002.kinds("ScaledObject")
    assert sorted(s["metadata"]["name"] for s in scaled) == sorted(GATEWAY_IPS)
    for s in scaled:
        spec = s["spec"]
        assert spec["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": s["metadata"]["name"]}
        assert (spec["minReplicaCount"], spec["maxReplicaCount"]) == (1, 3)
        assert spec["fallback"] == {"failureThreshold": 3, "replicas": 2}
        assert spec["cooldownPeriod"] == 300
        (trigger,) = spec["triggers"]
        assert trigger["type"] == "prometheus"
        assert trigger["metadata"]["query"] == f'sum(gatus_results_endpoint_success{{group="{s["metadata"]["name"]}"}})'
        assert trigger["metadata"]["serverAddress"] == "http://prometheus-operated.observability.svc.cluster.local:9090"


def test_monitoring(seed002):
    pod = seed002.find("PodMonitor", "envoy-proxy", "network")["spec"]
    assert pod["podMetricsEndpoints"] == [{"port": "metrics", "path": "/stats/prometheus", "honorLabels": True}]
    assert seed002.find("ServiceMonitor", "envoy-gateway", "network")["spec"]["selector"] == {
        "matchLabels": {"control-plane": "envoy-gateway"}}
    assert len([d for d in seed002.kinds("GrafanaDashboard") if d["metadata"]["namespace"] == "network"]) == 4


def test_one_redirect_on_both_http_listeners(seed002):
    redirects = [r for r in seed002.kinds("HTTPRoute") if r["metadata"]["namespace"] == "network"]
    assert [r["metadata"]["name"] for r in redirects] == ["https-redirect"]
    assert [(p["name"], p["sectionName"]) for p in redirects[0]["spec"]["parentRefs"]] == [
        ("envoy-external", "http"), ("envoy-internal", "http")]


def test_apps_route_to_their_gateways(example, seed002):
    routes = {r["metadata"]["name"]: r for r in seed002.kinds("HTTPRoute") if r["metadata"]["name"] != "https-redirect"}
    assert sorted(routes) == sorted(a.name for a in example.APPS)
    for app in example.APPS:
        spec = routes[app.name]["spec"]
        assert routes[app.name]["metadata"]["namespace"] == app.namespace
        assert spec["hostnames"] == [f"{app.name}.homelab.example.com"]
        assert [(p["name"], p["namespace"], p["sectionName"]) for p in spec["parentRefs"]] == [
            (g, "network", "https") for g in app.gateways]
    kinds = {a.gateways for a in example.APPS}
    assert {("envoy-external",), ("envoy-internal",), ("envoy-external", "envoy-internal")} <= kinds


# ---- every object against the pinned schemas

def _strict(schema: dict) -> dict:
    """Reject unknown fields like the API server does (unless the schema preserves them)."""
    if isinstance(schema, dict):
        if schema.get("type") == "object" and "properties" in schema and "additionalProperties" not in schema \
                and not schema.get("x-kubernetes-preserve-unknown-fields"):
            schema["additionalProperties"] = False
        for value in schema.values():
            if isinstance(value, (dict, list)):
                _strict(value)
    elif isinstance(schema, list):
        for item in schema:
            _strict(item)
    return schema


@pytest.fixture(scope="module")
def crd_schemas() -> dict[tuple[str, str], dict]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    schemas = {}
    for path in sorted(crds_dir().rglob("*.yaml")):
        for doc in yaml.load_all(path.read_text(encoding="utf-8"), Loader=loader):
            if doc and doc.get("kind") == "CustomResourceDefinition":
                for version in doc["spec"]["versions"]:
                    schema = _strict(copy.deepcopy(version["schema"]["openAPIV3Schema"]))
                    schema.get("properties", {}).pop("status", None)
                    # the API server always accepts these, even when a minimal schema (Multus) omits them
                    for field, kind in (("apiVersion", "string"), ("kind", "string"), ("metadata", "object")):
                        schema.setdefault("properties", {}).setdefault(field, {"type": kind})
                    schemas[(f"{doc['spec']['group']}/{version['name']}", doc["spec"]["names"]["kind"])] = schema
    return schemas


def _cel_rules(schema: dict, value: object, path: str):
    """Yield (path, rule, value) for every x-kubernetes-validations rule reachable in ``value``."""
    if not isinstance(schema, dict):
        return
    for rule in schema.get("x-kubernetes-validations", []):
        yield path, rule["rule"], value
    if isinstance(value, dict):
        for key, sub in value.items():
            if key in schema.get("properties", {}):
                yield from _cel_rules(schema["properties"][key], sub, f"{path}.{key}")
    elif isinstance(value, list) and "items" in schema:
        for i, sub in enumerate(value):
            yield from _cel_rules(schema["items"], sub, f"{path}[{i}]")


def test_every_object_matches_its_schema(seed002, crd_schemas):
    import jsonschema

    env = celpy.Environment()
    evaluated = 0
    for obj in seed002.all():
        where = f"{obj['kind']} {obj['metadata'].get('namespace', '')}/{obj['metadata']['name']}"
        key = (obj["apiVersion"], obj["kind"])
        if key not in crd_schemas:
            kubernetes_validate.validate(obj, "1.37", strict=True)
            continue
        errors = sorted(jsonschema.Draft7Validator(crd_schemas[key]).iter_errors(obj), key=str)
        assert not errors, f"{where}: {errors[0].message} at {list(errors[0].absolute_path)}"
        for path, rule, value in _cel_rules(crd_schemas[key], obj, ""):
            if "oldSelf" in rule:
                continue  # transition rules need the previous object
            try:
                result = env.program(env.compile(rule)).evaluate({"self": celpy.json_to_cel(value)})
            except Exception:  # noqa: BLE001 - a CEL feature cel-python lacks; the schema check still ran
                continue
            if isinstance(result, celpy.celtypes.BoolType):
                assert bool(result), f"{where}{path}: CEL rule failed: {rule}"
                evaluated += 1
    assert evaluated >= 20  # the Envoy policies' targetRef/targetSelectors rules and friends really ran


# ---- split-horizon DNS and Multus VLANs (issue 7)

def test_split_horizon_dns(seed002):
    external = seed002.find("Gateway", "envoy-external", "network")
    assert external["metadata"]["annotations"]["external-dns.alpha.kubernetes.io/target"] == \
        "external.homelab.example.com"
    args = {name: seed002.find("HelmRelease", name, "network")["spec"]["values"]["extraArgs"]
            for name in ("external-dns-public", "external-dns-internal")}
    assert "--gateway-name=envoy-external" in args["external-dns-public"]
    assert "--gateway-name=envoy-internal" in args["external-dns-internal"]
    config = yaml.safe_load(seed002.find("ConfigMap", "cloudflared", "network")["data"]["config.yaml"])
    assert config["ingress"][0] == {"hostname": "*.homelab.example.com",
                                    "service": "https://envoy-external.network.svc.cluster.local:443"}
    cname = seed002.find("DNSEndpoint", "cloudflared", "network")["spec"]["endpoints"][0]
    assert (cname["dnsName"], cname["recordType"]) == ("external.homelab.example.com", "CNAME")


def _secret_refs(obj: dict):
    """Every (Secret name, key) an object's pods or Helm values read through secretKeyRef."""
    if isinstance(obj, dict):
        ref = obj.get("secretKeyRef")
        if isinstance(ref, dict):
            yield ref["name"], ref["key"]
        for value in obj.values():
            yield from _secret_refs(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _secret_refs(value)


def test_dns_credentials_come_from_external_secrets(seed002):
    consumed = {(name, key) for kind in ("HelmRelease", "Deployment") for obj in seed002.kinds(kind)
                if obj["metadata"].get("namespace") == "network" for name, key in _secret_refs(obj["spec"])}
    assert consumed == {("cloudflare-dns-token", "api-token"), ("adguard-home-credentials", "username"),
                        ("adguard-home-credentials", "password"), ("cloudflared-tunnel", "token")}
    stores = {s["metadata"]["name"] for s in seed002.kinds("ClusterSecretStore")}
    assert stores == {"vault"}
    assert seed002.find("ClusterSecretStore", "vault")["spec"]["provider"]["vault"]["server"] == \
        "http://vault.security.svc.cluster.local:8200"
    written: dict[tuple[str, str], list[str]] = {}
    remote = {}
    for es in seed002.kinds("ExternalSecret"):
        spec = es["spec"]
        assert spec["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "vault"}
        assert spec["secretStoreRef"]["name"] in stores
        assert spec["target"] == {"name": es["metadata"]["name"], "creationPolicy": "Owner"}
        for item in spec["data"]:
            written.setdefault((es["metadata"]["name"], item["secretKey"]), []).append(es["metadata"]["namespace"])
            remote[es["metadata"]["name"], item["secretKey"]] = (item["remoteRef"]["key"], item["remoteRef"]["property"])
    # each consumed Secret key is written by exactly one ExternalSecret, in the consumers' namespace, and no more
    assert written == {ref: ["network"] for ref in consumed}
    assert remote == {
        ("cloudflare-dns-token", "api-token"): ("homelab/cloudflare-dns", "api-token"),
        ("adguard-home-credentials", "username"): ("homelab/adguard-home", "username"),
        ("adguard-home-credentials", "password"): ("homelab/adguard-home", "password"),
        ("cloudflared-tunnel", "token"): ("homelab/cloudflare-tunnel", "token")}
    # secrets only by reference: no Secret object, no literal credential anywhere in dist/
    assert seed002.kinds("Secret") == []
    for obj in seed002.all():
        for env in _env_vars(obj):
            if env["name"] in ("CF_API_TOKEN", "ADGUARD_USER", "ADGUARD_PASSWORD", "TUNNEL_TOKEN"):
                assert "value" not in env and "secretKeyRef" in env["valueFrom"], env


def _env_vars(obj):
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key == "env" and isinstance(value, list):
                yield from (e for e in value if isinstance(e, dict) and "name" in e)
            yield from _env_vars(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _env_vars(value)


def test_home_assistant_on_iot_and_trusted_vlans(seed002):
    import json

    configs = {n["metadata"]["name"]: json.loads(n["spec"]["config"])
               for n in seed002.kinds("NetworkAttachmentDefinition")}
    assert {name: c["plugins"][0]["master"] for name, c in configs.items()} == {
        "iot": "enp1s0.20", "trusted": "enp1s0.10"}
    pod = seed002.find("Deployment", "home-assistant", "home")["spec"]
    assert pod["strategy"] == {"type": "Recreate"} and pod["replicas"] == 1
    assert json.loads(pod["template"]["metadata"]["annotations"]["k8s.v1.cni.cncf.io/networks"]) == [
        {"name": "iot", "namespace": "home", "ips": ["192.168.20.10/24"], "interface": "iot0"},
        {"name": "trusted", "namespace": "home", "ips": ["192.168.10.10/24"], "interface": "trusted0"}]


# ---- Cilium, cert-manager and BGP as code (issue 5)

def test_cilium_release_is_the_performance_profile(seed002):
    source = seed002.find("OCIRepository", "cilium", "kube-system")["spec"]
    assert (source["url"], source["ref"]) == ("oci://quay.io/cilium/charts/cilium", {"tag": "1.18.4"})
    release = seed002.find("HelmRelease", "cilium", "kube-system")["spec"]
    assert release["chartRef"] == {"kind": "OCIRepository", "name": "cilium"}
    values = release["values"]
    assert (values["routingMode"], values["ipv4NativeRoutingCIDR"], values["autoDirectNodeRoutes"]) == (
        "native", "10.42.0.0/16", True)
    assert (values["kubeProxyReplacement"], values["k8sServiceHost"], values["k8sServicePort"]) == (
        True, "127.0.0.1", 6444)
    assert values["loadBalancer"] == {"algorithm": "maglev", "mode": "dsr"}
    assert values["bpf"] == {"datapathMode": "netkit", "masquerade": True}
    assert values["bandwidthManager"] == {"enabled": True, "bbr": True}
    assert values["l2announcements"] == {"enabled": True} and values["bgpControlPlane"] == {"enabled": True}
    assert values["cni"] == {"exclusive": False}  # Multus (the vlans chart) needs it
    assert values["devices"] == ["eth+"] and values["rollOutCiliumPods"] is True
    assert values["gatewayAPI"] == {"enabled": False}  # the gateways are Envoy's
    assert values["hubble"]["metrics"]["enabled"] == ["dns:query", "drop", "tcp", "flow", "port-distribution",
                                                       "icmp", "http"]
    assert values["cgroup"] == {"automount": {"enabled": False}, "hostRoot": "/sys/fs/cgroup"}  # Talos
    assert "SYS_MODULE" not in values["securityContext"]["capabilities"]["ciliumAgent"]
    assert sorted(d["metadata"]["name"] for d in seed002.kinds("GrafanaDashboard")
                  if d["metadata"]["namespace"] == "kube-system") == ["cilium-agent", "cilium-operator", "hubble"]


def test_cert_manager_release(seed002):
    assert seed002.find("Namespace", "cert-manager")
    release = seed002.find("HelmRelease", "cert-manager", "cert-manager")["spec"]
    assert release["values"]["crds"] == {"enabled": True, "keep": True}
    assert release["values"]["config"]["enableGatewayAPI"] is True
    assert seed002.find("OCIRepository", "cert-manager", "cert-manager")["spec"]["ref"] == {"tag": "v1.21.1"}


def test_bgp_peering_with_the_router(seed002):
    instance, = seed002.find("CiliumBGPClusterConfig", "homelab-bgp")["spec"]["bgpInstances"]
    assert instance["localASN"] == 64514
    assert instance["peers"] == [{"name": "router", "peerAddress": "10.10.30.1", "peerASN": 64513,
                                  "peerConfigRef": {"name": "homelab-bgp"}}]
    advertisement = seed002.find("CiliumBGPAdvertisement", "homelab-bgp")
    assert advertisement["spec"]["advertisements"][0]["service"] == {"addresses": ["LoadBalancerIP"]}
