"""Cilium, cert-manager and BGP as code (issue 5): Flux releases with typed values.

Two apps are built once for the module: seed 000's gateway profile (with the Hubble UI route
and cert-manager) and seed 002's performance profile (with BGP). Their charts are
snapshotted and every object is checked against the pinned CRD schemas and CEL rules; the
values themselves are checked as a values file and as ``--set`` flags parsed back the way
Helm parses them.
"""
from __future__ import annotations

import re
import shlex
from typing import Any

from homelab_constructs import (
    CERT_MANAGER_CHART_VERSION,
    CILIUM_CHART_VERSION,
    DEFAULT_CILIUM_DASHBOARDS,
    DEFAULT_HUBBLE_DASHBOARDS,
    PERFORMANCE_HUBBLE_METRICS,
    BgpPeer,
    BgpPeering,
    CertManagerRelease,
    CiliumRelease,
    CiliumValues,
    GrafanaComDashboard,
    HomelabGateway,
    HomelabValidationError,
    Hubble,
    L2Announcement,
    LoadBalancerPool,
    LoadBalancing,
    ReleaseSettings,
    SelfSignedCa,
    helm_release,
    helm_repository,
    validate_app,
)
from homelab_constructs.delivery.helm import helm_set_flags
from homelab_constructs.validation import validate_objects

import cdk8s
import pytest
import yaml
from conftest import crds_dir, synth_app

POD_CIDR = "10.42.0.0/16"


def gateway_lab_build(app: cdk8s.App) -> None:
    cilium = cdk8s.Chart(app, "cilium")
    LoadBalancerPool(cilium, "Pool", name="homelab-pool", ranges=[("192.168.10.200", "192.168.10.250")])
    L2Announcement(cilium, "L2", name="homelab-l2")
    ca = SelfSignedCa(cdk8s.Chart(app, "certificates"), "Ca")
    gateway = HomelabGateway(cdk8s.Chart(app, "gateway"), "Gateway", domain="homelab.local",
                             cluster_issuer=ca, load_balancer_ip="192.168.10.200")
    platform = cdk8s.Chart(app, "platform")
    # the recommended presets (what Homelab builds): today's releases, remediation included
    CiliumRelease.recommended(values=CiliumValues.gateway_profile(k8s_service_host="192.168.10.10"),
                              gateway=gateway).build(platform, "Cilium")
    CertManagerRelease.recommended().build(platform, "CertManager")


def performance_lab_build(app: cdk8s.App) -> None:
    CiliumRelease(cdk8s.Chart(app, "platform"), "Cilium",
                  values=CiliumValues.performance_profile(native_routing_cidr=POD_CIDR))
    BgpPeering.recommended(  # the preset: graceful restart
        local_asn=4200000001, peers=[BgpPeer("router", "10.10.30.1", 64513), BgpPeer("backup", "fd00::1", 64515)],
        node_selector={"bgp": "on"}, service_selector={"homelab.example/announce": "bgp"},
        advertise_pod_cidr=True, families=("ipv4", "ipv6")).build(cdk8s.Chart(app, "bgp"), "Bgp")


@pytest.fixture(scope="module")
def gateway_lab(tmp_path_factory):
    return synth_app(gateway_lab_build, tmp_path_factory.mktemp("gateway-profile"))


@pytest.fixture(scope="module")
def performance_lab(tmp_path_factory):
    return synth_app(performance_lab_build, tmp_path_factory.mktemp("performance-profile"))


def pairs(synth) -> list[tuple[str, dict]]:
    return synth.pairs()


# ---- snapshots (reviewed)

def test_gateway_profile_snapshot(gateway_lab, snapshot):
    assert gateway_lab.text["platform"] == snapshot(name="gateway-profile-platform")


def test_performance_profile_snapshot(performance_lab, snapshot):
    assert performance_lab.text["platform"] == snapshot(name="performance-profile-platform")
    assert performance_lab.text["bgp"] == snapshot(name="performance-profile-bgp")


# ---- every object against the pinned CRDs and CEL rules

def test_gateway_lab_objects_are_valid(gateway_lab):
    from homelab_constructs.validation.recommendations import read_waivers

    # kube-system carries no default deny: the release waives it (waivers.txt), and the UI's pods are isolated
    report = validate_objects(pairs(gateway_lab), crds_dir(), waivers=read_waivers(gateway_lab.outdir))
    assert [str(p) for p in report.problems] == []
    assert report.core_objects + report.crd_objects == report.objects == len(gateway_lab.all())
    assert report.cel.skipped == {}


def test_performance_lab_objects_are_valid(performance_lab):
    report = validate_objects(pairs(performance_lab), crds_dir())
    assert [str(p) for p in report.problems] == []
    assert report.crd_objects == report.objects == len(performance_lab.all())
    assert report.cel.evaluated > 0 and report.cel.skipped == {}


# ---- the Flux release

def test_cilium_chart_source_and_release(performance_lab):
    source = performance_lab.find("OCIRepository", "cilium", "kube-system")["spec"]
    assert source == {"interval": "1h", "url": "oci://quay.io/cilium/charts/cilium", "ref": {"tag": "1.18.4"},
                      "layerSelector": {"mediaType": "application/vnd.cncf.helm.chart.content.v1.tar+gzip",
                                        "operation": "copy"}}
    assert CILIUM_CHART_VERSION == "1.18.4"
    release = performance_lab.find("HelmRelease", "cilium", "kube-system")
    assert release["apiVersion"] == "helm.toolkit.fluxcd.io/v2"
    spec = release["spec"]
    assert spec["chartRef"] == {"kind": "OCIRepository", "name": "cilium"} and "chart" not in spec
    assert spec["interval"] == "1h"
    # built without its preset: no remediation, helm-controller's defaults apply
    assert "install" not in spec and "upgrade" not in spec and "rollback" not in spec


def test_the_recommended_cilium_release_heals_itself(gateway_lab):
    spec = gateway_lab.find("HelmRelease", "cilium", "kube-system")["spec"]
    assert spec["install"] == {"remediation": {"retries": 3}}
    assert spec["upgrade"] == {"cleanupOnFail": True, "remediation": {"retries": 3}}


def test_helm_repository_release_uses_chart_spec(tmp_path):
    app = cdk8s.Testing.app()
    chart = cdk8s.Chart(app, "c")
    repo = helm_repository(chart, name="example", namespace="flux-system", url="https://charts.example.com")
    assert helm_repository(chart, name="example", namespace="flux-system", url="https://charts.example.com") == repo
    helm_release(chart, name="thing", namespace="flux-system", chart="thing", version="1.2.3", helm_repository=repo,
                 values={"replicaCount": 2})
    objects = cdk8s.Testing.synth(chart)
    assert [o["kind"] for o in objects] == ["HelmRepository", "HelmRelease"]  # one repository, made once
    spec = objects[1]["spec"]
    assert spec["chart"] == {"spec": {"chart": "thing", "version": "1.2.3",
                                      "sourceRef": {"kind": "HelmRepository", "name": "example"}}}
    assert "chartRef" not in spec
    assert "install" not in spec and "upgrade" not in spec  # nothing set: helm-controller's defaults
    assert objects[0]["spec"] == {"url": "https://charts.example.com", "interval": "12h"}


# ---- seed 002's settings, one by one

def test_performance_profile_values(performance_lab):
    values = performance_lab.find("HelmRelease", "cilium", "kube-system")["spec"]["values"]
    assert values["routingMode"] == "native"
    assert values["ipv4NativeRoutingCIDR"] == POD_CIDR and values["autoDirectNodeRoutes"] is True
    assert values["ipam"] == {"mode": "kubernetes"}
    assert values["kubeProxyReplacement"] is True
    assert (values["k8sServiceHost"], values["k8sServicePort"]) == ("127.0.0.1", 7445)  # Talos KubePrism
    assert values["loadBalancer"] == {"algorithm": "maglev", "mode": "dsr"}
    assert values["bpf"] == {"datapathMode": "netkit", "masquerade": True}
    assert values["bandwidthManager"] == {"enabled": True, "bbr": True}
    assert values["l2announcements"] == {"enabled": True}
    assert values["bgpControlPlane"] == {"enabled": True}
    assert values["gatewayAPI"] == {"enabled": False}
    assert values["cni"] == {"exclusive": False}
    assert values["devices"] == ["eth+"]
    assert values["rollOutCiliumPods"] is True
    assert values["operator"]["replicas"] == 1 and values["operator"]["rollOutPods"] is True
    hubble = values["hubble"]
    assert hubble["enabled"] and hubble["relay"]["enabled"] and hubble["ui"]["enabled"]
    assert hubble["metrics"]["enabled"] == list(PERFORMANCE_HUBBLE_METRICS) == [
        "dns:query", "drop", "tcp", "flow", "port-distribution", "icmp", "http"]
    # ServiceMonitors: agent, operator, Hubble (metrics and relay) and Envoy
    assert values["prometheus"]["serviceMonitor"] == {"enabled": True, "trustCRDsExist": True}
    assert values["operator"]["prometheus"]["serviceMonitor"] == {"enabled": True}
    assert hubble["metrics"]["serviceMonitor"] == {"enabled": True}
    assert hubble["relay"]["prometheus"]["serviceMonitor"] == {"enabled": True}
    assert values["envoy"]["prometheus"]["serviceMonitor"] == {"enabled": True}


def test_gateway_profile_values(gateway_lab):
    values = gateway_lab.find("HelmRelease", "cilium", "kube-system")["spec"]["values"]
    assert values["gatewayAPI"] == {"enabled": True}
    assert values["kubeProxyReplacement"] is True
    assert (values["k8sServiceHost"], values["k8sServicePort"]) == ("192.168.10.10", 6443)
    assert values["l2announcements"] == {"enabled": True}
    assert values["hubble"] == {"enabled": True, "relay": {"enabled": True}, "ui": {"enabled": True}}
    assert values["routingMode"] == "tunnel" and values["bgpControlPlane"] == {"enabled": False}
    assert "prometheus" not in values and "rollOutCiliumPods" not in values


def test_hubble_ui_route(gateway_lab):
    route = gateway_lab.find("HTTPRoute", "hubble", "kube-system")["spec"]
    assert route["hostnames"] == ["hubble.homelab.local"]
    assert route["rules"] == [{"backendRefs": [{"name": "hubble-ui", "port": 80}]}]
    assert [(p["name"], p["sectionName"]) for p in route["parentRefs"]] == [("homelab-gateway", "https")]


# ---- dashboards

def test_dashboards(performance_lab, gateway_lab):
    dashboards = {d["metadata"]["name"]: d["spec"] for d in performance_lab.kinds("GrafanaDashboard")}
    assert {n: (d["grafanaCom"]["id"], d["grafanaCom"]["revision"]) for n, d in dashboards.items()} == {
        "cilium-agent": (16611, 1), "cilium-operator": (16612, 1), "hubble": (16613, 1)}
    assert [d.name for d in DEFAULT_CILIUM_DASHBOARDS + DEFAULT_HUBBLE_DASHBOARDS] == list(dashboards)
    assert all(d["instanceSelector"] == {"matchLabels": {"dashboards": "grafana"}} and d["allowCrossNamespaceImport"]
               for d in dashboards.values())
    assert gateway_lab.kinds("GrafanaDashboard") == []  # no ServiceMonitors, no dashboards


def test_envoy_profile_uses_the_shared_dashboards():
    from homelab_constructs.gateway import envoy
    from homelab_constructs.monitoring import dashboards

    assert envoy.GrafanaComDashboard is dashboards.GrafanaComDashboard is GrafanaComDashboard
    assert not hasattr(envoy, "grafana") and not hasattr(envoy, "fluxhelm")  # one place builds them


def test_explicit_dashboards():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    CiliumRelease(chart, "cilium", dashboards=[GrafanaComDashboard("my-cilium", 21431, 2)],
                  grafana_instance_labels={"grafana": "main"})
    (dashboard,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "GrafanaDashboard"]
    assert dashboard["spec"]["grafanaCom"] == {"id": 21431, "revision": 2}
    assert dashboard["spec"]["instanceSelector"] == {"matchLabels": {"grafana": "main"}}


# ---- cert-manager

def test_cert_manager_release(gateway_lab):
    assert gateway_lab.find("Namespace", "cert-manager")
    source = gateway_lab.find("OCIRepository", "cert-manager", "cert-manager")["spec"]
    assert (source["url"], source["ref"]) == ("oci://quay.io/jetstack/charts/cert-manager", {"tag": "v1.21.1"})
    assert CERT_MANAGER_CHART_VERSION == "v1.21.1"
    spec = gateway_lab.find("HelmRelease", "cert-manager", "cert-manager")["spec"]
    assert spec["chartRef"] == {"kind": "OCIRepository", "name": "cert-manager"}
    assert spec["install"] == {"remediation": {"retries": 3}}
    assert spec["values"] == {
        "crds": {"enabled": True, "keep": True},
        "config": {"apiVersion": "controller.config.cert-manager.io/v1alpha1", "kind": "ControllerConfiguration",
                   "enableGatewayAPI": True},
        "prometheus": {"enabled": True, "servicemonitor": {"enabled": False}},
        "replicaCount": 1,
    }


def test_cert_manager_without_its_preset_writes_what_is_set():
    release = CertManagerRelease(cdk8s.Chart(cdk8s.Testing.app(), "c"), "cm")
    assert release.values == {"crds": {"enabled": True}, "config": {
        "apiVersion": "controller.config.cert-manager.io/v1alpha1", "kind": "ControllerConfiguration",
        "enableGatewayAPI": True}}
    spec = cdk8s.Testing.synth(release.node.scope)[-1]["spec"]
    assert set(spec) == {"interval", "chartRef", "values"}


def test_cert_manager_preset_writes_exactly_its_keys():
    assert dict(CertManagerRelease.RECOMMENDED) == {"keep_crds": True, "replicas": 1, "service_monitor": False,
                                                    "release": ReleaseSettings.recommended()}
    bare = CertManagerRelease(cdk8s.Chart(cdk8s.Testing.app(), "c"), "cm")
    preset = CertManagerRelease.recommended().build(cdk8s.Chart(cdk8s.Testing.app(), "c"), "cm")
    added = {k: v for k, v in preset.values.items() if bare.values.get(k) != v}
    assert added == {"crds": {"enabled": True, "keep": True}, "replicaCount": 1,
                     "prometheus": {"enabled": True, "servicemonitor": {"enabled": False}}}


def test_cert_manager_options():
    release = CertManagerRelease(cdk8s.Chart(cdk8s.Testing.app(), "c"), "cm", gateway_api=False,
                                 service_monitor=True, replicas=2, create_namespace=False)
    assert "config" not in release.values
    assert release.values["prometheus"]["servicemonitor"] == {"enabled": True}
    assert release.values["replicaCount"] == 2 and release.namespace_object is None


# ---- BGP

def test_bgp_objects(performance_lab):
    config = performance_lab.find("CiliumBGPClusterConfig", "bgp")
    assert config["apiVersion"] == "cilium.io/v2" and "namespace" not in config["metadata"]
    assert config["spec"]["nodeSelector"] == {"matchLabels": {"bgp": "on"}}
    (instance,) = config["spec"]["bgpInstances"]
    assert instance["localASN"] == 4200000001
    assert instance["peers"] == [
        {"name": "router", "peerAddress": "10.10.30.1", "peerASN": 64513, "peerConfigRef": {"name": "bgp"}},
        {"name": "backup", "peerAddress": "fd00::1", "peerASN": 64515, "peerConfigRef": {"name": "bgp"}}]
    peer = performance_lab.find("CiliumBGPPeerConfig", "bgp")["spec"]
    selector = {"matchLabels": {"homelab-constructs.io/bgp-advertisement": "bgp"}}
    assert peer["families"] == [{"afi": "ipv4", "safi": "unicast", "advertisements": selector},
                                {"afi": "ipv6", "safi": "unicast", "advertisements": selector}]
    assert peer["gracefulRestart"] == {"enabled": True, "restartTimeSeconds": 120}
    advertisement = performance_lab.find("CiliumBGPAdvertisement", "bgp")
    assert selector["matchLabels"].items() <= advertisement["metadata"]["labels"].items()  # the peer selects it
    assert advertisement["spec"]["advertisements"] == [
        {"advertisementType": "Service", "service": {"addresses": ["LoadBalancerIP"]},
         "selector": {"matchLabels": {"homelab.example/announce": "bgp"}}},
        {"advertisementType": "PodCIDR"}]


def test_bgp_defaults_select_every_node_and_service():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    BgpPeering(chart, "bgp", local_asn=64514, peers=[BgpPeer("router", "10.10.30.1", 64513)])
    objects = {o["kind"]: o for o in cdk8s.Testing.synth(chart)}
    assert "nodeSelector" not in objects["CiliumBGPClusterConfig"]["spec"]
    assert objects["CiliumBGPAdvertisement"]["spec"]["advertisements"] == [
        {"advertisementType": "Service", "service": {"addresses": ["LoadBalancerIP"]},
         "selector": {"matchExpressions": [{"key": "somekey", "operator": "NotIn", "values": ["never-used-value"]}]}}]


def test_bgp_needs_the_control_plane_only_with_a_cilium_release():
    app = cdk8s.Testing.app()
    chart = cdk8s.Chart(app, "c")
    BgpPeering(chart, "bgp", local_asn=64514, peers=[BgpPeer("router", "10.10.30.1", 64513)])
    validate_app(app)  # no CiliumRelease in the app: Cilium is installed elsewhere
    CiliumRelease(chart, "cilium", values=CiliumValues())
    with pytest.raises(HomelabValidationError) as caught:
        validate_app(app)
    assert str(caught.value) == (
        "c/bgp: BGP peering needs Cilium's BGP control plane, which the Cilium release c/cilium leaves off "
        "(got False); set bgp_control_plane=True in its CiliumValues (the performance profile does)")


def test_cilium_gateway_needs_the_gateway_api_controller():
    app = cdk8s.Testing.app()
    chart = cdk8s.Chart(app, "c")
    CiliumRelease(chart, "cilium")
    HomelabGateway(chart, "gw", domain="homelab.local", cluster_issuer="homelab-ca-issuer")
    with pytest.raises(HomelabValidationError) as caught:
        validate_app(app)
    assert str(caught.value) == (
        "c/gw: gateway uses GatewayClass cilium, but the Cilium release c/cilium runs no Gateway API controller "
        "(got False); set gateway_api=True in its CiliumValues (needs kube-proxy replacement), or give the gateway "
        "another class such as an EnvoyProfile")


# ---- the combinations Cilium allows (the ones it refuses: test_bad_input_modules.py)

KPR = dict(kube_proxy_replacement=True, k8s_service_host="127.0.0.1", k8s_service_port=6444)
NATIVE = dict(routing_mode="native", ipv4_native_routing_cidr=POD_CIDR)


def test_profiles_and_allowed_combinations_are_valid():
    CiliumValues().validate()
    CiliumValues.gateway_profile(k8s_service_host="k8s.homelab.local").validate()
    CiliumValues.performance_profile(native_routing_cidr=POD_CIDR).validate()
    # what the rules do not forbid: native routing without KPR, hybrid with KPR, netkit-l2, a CIDR with tunnels
    CiliumValues(**NATIVE).validate()
    CiliumValues(load_balancing=LoadBalancing("maglev", "hybrid"), **NATIVE, **KPR).validate()
    CiliumValues(datapath_mode="netkit-l2", bpf_masquerade=True, **KPR).validate()
    CiliumValues(ipv4_native_routing_cidr=POD_CIDR).validate()


# ---- the same values as a values file and as --set flags

def _unescape_split(text: str, separators: str, limit: int = -1) -> list[tuple[str, bool]]:
    """Split at unescaped separators; each part is (unescaped text, started with an unescaped '{')."""
    parts: list[list[Any]] = [[[], None]]
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            if parts[-1][1] is None:
                parts[-1][1] = False
            parts[-1][0].append(text[i + 1])
            i += 2
            continue
        if c in separators and (limit < 0 or len(parts) <= limit):
            parts.append([[], None])
        else:
            if parts[-1][1] is None:
                parts[-1][1] = c == "{"
            parts[-1][0].append(c)
        i += 1
    return [("".join(chars), bool(brace)) for chars, brace in parts]


def _typed(text: str, as_string: bool) -> Any:
    """Helm's strvals typedVal."""
    if as_string:
        return text
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    if text.lower() == "null":
        return None
    if text == "0":
        return 0
    if text and text[0] != "0" and re.fullmatch(r"[+-]?[0-9]+", text):
        return int(text)
    return text


def parse_set_flags(flags: list[str]) -> dict[str, Any]:
    """``--set``/``--set-string`` flags back into nested values, the way Helm's strvals does."""
    out: dict[str, Any] = {}
    for flag in flags:
        option, assignment = flag.split(" ", 1)
        assert option in ("--set", "--set-string")
        as_string = option == "--set-string"
        # the key ends at the first unescaped '='
        i, key_raw = 0, ""
        while assignment[i] != "=":
            key_raw += assignment[i:i + 2] if assignment[i] == "\\" else assignment[i]
            i += 2 if assignment[i] == "\\" else 1
        raw_value = assignment[i + 1:]
        if raw_value.startswith("{"):
            assert raw_value.endswith("}") and not raw_value.endswith("\\}")
            value: Any = [_typed(t, as_string) for t, _ in _unescape_split(raw_value[1:-1], ",")]
        else:
            value = _typed(_unescape_split(raw_value, "")[0][0], as_string)
        node: Any = out
        path: list[Any] = []
        for segment, _ in _unescape_split(key_raw, "."):
            index = re.fullmatch(r"(.*)\[(\d+)\]", segment)
            path += [index.group(1), int(index.group(2))] if index else [segment]
        for step, nxt in zip(path, path[1:], strict=False):
            if isinstance(step, int):
                while len(node) <= step:
                    node.append({})
                node = node[step]
            else:
                node = node.setdefault(step, [] if isinstance(nxt, int) else {})
        node[path[-1]] = value
    return out


TRICKY_EXTRA = {
    "podAnnotations": {"example.com/team": "media,downloads", "note": "{not a list}", "path": "a\\b"},
    "cluster": {"name": "home", "id": 1},
    "extraArgs": ["--foo=true", "x,y"],
    "strings": {"port": "6443", "flag": "true", "zero": "0", "octal": "0755", "empty": ""},
    "tolerations": [{"operator": "Exists"}, {"key": "node.kubernetes.io/role", "effect": "NoSchedule"}],
}
VALUE_SETS = {
    "default": CiliumValues(),
    "gateway-profile": CiliumValues.gateway_profile(k8s_service_host="192.168.10.10"),
    "performance-profile": CiliumValues.performance_profile(native_routing_cidr=POD_CIDR),
    "escaping": CiliumValues(extra_values=TRICKY_EXTRA, hubble=Hubble(metrics=(
        "httpV2:exemplars=true;labelsContext=source_ip,source_namespace", "drop"))),
}


@pytest.mark.parametrize("name", sorted(VALUE_SETS))
def test_set_flags_parse_back_to_the_values(name):
    values = VALUE_SETS[name]
    flags = values.set_flags()
    assert all(re.match(r"^--set(-string)? \S", f) for f in flags)
    assert flags == values.set_flags()  # deterministic
    assert parse_set_flags(flags) == values.helm_values()


@pytest.mark.parametrize("name", sorted(VALUE_SETS))
def test_values_file_is_the_values_with_sorted_keys(name):
    text = VALUE_SETS[name].values_yaml()
    assert yaml.safe_load(text) == VALUE_SETS[name].helm_values()
    assert text == VALUE_SETS[name].values_yaml()  # deterministic
    top = [line.split(":")[0] for line in text.splitlines() if line and not line[0].isspace() and line[0] != "-"]
    assert top == sorted(top)


def test_set_flags_escape_lists_and_strings():
    flags = VALUE_SETS["escaping"].set_flags()
    assert "--set hubble.metrics.enabled={httpV2:exemplars=true;labelsContext=source_ip\\,source_namespace,drop}" \
        in flags
    assert "--set podAnnotations.example\\.com/team=media\\,downloads" in flags
    assert "--set podAnnotations.note=\\{not a list\\}" in flags
    assert "--set-string strings.port=6443" in flags and "--set-string strings.flag=true" in flags
    assert "--set strings.octal=0755" in flags  # Helm keeps a leading zero as a string
    assert "--set tolerations[1].key=node.kubernetes.io/role" in flags
    assert "--set hubble.metrics.enabled={dns:query,drop,tcp,flow,port-distribution,icmp,http}" in \
        VALUE_SETS["performance-profile"].set_flags()


def test_set_flags_refuse_floats():
    with pytest.raises(ValueError) as caught:
        helm_set_flags({"a": {"ratio": 0.5}})
    assert str(caught.value) == ("a.ratio: cannot write 0.5 as a --set flag (got float); use a values file "
                                 "(values_yaml) for floats and nulls")


def test_cilium_install_command():
    values = VALUE_SETS["performance-profile"]
    argv = shlex.split(values.cilium_install_command())
    assert argv[:6] == ["cilium", "install", "--version", "1.18.4", "--namespace", "kube-system"]
    assert [" ".join(argv[i:i + 2]) for i in range(6, len(argv), 2)] == values.set_flags()


# ---- the release's own checks

def test_release_without_route_or_dashboards():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    release = CiliumRelease(chart, "cilium")
    assert release.hubble_route is None and release.dashboards == ()
    assert [o["kind"] for o in cdk8s.Testing.synth(chart)] == ["OCIRepository", "HelmRelease"]


def test_a_route_into_an_unisolated_namespace_needs_a_waiver(gateway_lab):
    from homelab_constructs.validation import WaiverEntry, cross_object_problems

    objects = pairs(gateway_lab)
    assert [str(p) for p in cross_object_problems(objects)] == [
        "platform.k8s.yaml: HTTPRoute kube-system/hubble: metadata.namespace: routed namespace is not isolated, as the "
        "library recommends (got 'kube-system': no default-deny policy selects all its pods); isolate it "
        "(NamespaceIsolation(scope, id, namespace='kube-system', apps=[...]); with Homelab this is the default), or "
        "waive the recommendation with a reason: waive(scope, 'isolation', namespace='kube-system', reason='<why>') "
        "(with Homelab: IsolationSpec(opt_out={'kube-system': '<why>'}))"]
    # the release's own waiver (what synth() passes, and validate reads from waivers.txt)
    assert cross_object_problems(objects, waivers=[WaiverEntry("isolation", "kube-system", "the cluster's own")]) == []


def test_hubble_ui_policy_on_an_envoy_gateway():
    from homelab_constructs import EnvoyProfile, HomelabGateway

    app = cdk8s.Testing.app()
    chart = cdk8s.Chart(app, "c")
    envoy = EnvoyProfile(chart, "envoy")
    gateway = HomelabGateway(chart, "gw", name="envoy-internal", namespace="network", domain="lab.example",
                             cluster_issuer="ca", gateway_class=envoy)
    release = CiliumRelease(chart, "cilium", values=CiliumValues.gateway_profile(k8s_service_host="10.0.0.1"),
                            gateway=gateway)
    policy = release.node.find_child("HubbleUiPolicy").to_json()["spec"]
    assert policy["ingress"][0]["fromEndpoints"] == [{"matchLabels": {
        "gateway.envoyproxy.io/owning-gateway-name": "envoy-internal",
        "gateway.envoyproxy.io/owning-gateway-namespace": "network",
        "k8s:io.kubernetes.pod.namespace": "network"}}]
