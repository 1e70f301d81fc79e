"""NamespaceIsolation: the policies it writes (snapshot + facts), schema-valid against the
pinned Cilium CRD, the Envoy gateway path, the default homelab's wiring, and bad input."""
from __future__ import annotations

import copy
import re

from homelab_constructs import (
    EgressGrant,
    Homelab,
    HomelabApp,
    HomelabGateway,
    HomelabSpec,
    HomelabValidationError,
    IsolationSpec,
    NamespaceIsolation,
    SelfSignedCa,
    ToApiServer,
    ToCidr,
    ToEntity,
    ToFqdn,
    ToService,
    ToWorld,
    validate_app,
)

import cdk8s
import jsonschema
import pytest
import yaml
from cdk8s_plus_27 import k8s
from conftest import crds_dir, synth_app

from main import default_spec  # the seed data


def build_sample(app: cdk8s.App) -> None:
    """Two namespaces behind an Envoy gateway, every intent once, a VPN Deployment by label."""
    gateways = cdk8s.Chart(app, "gateway")
    ca = SelfSignedCa(gateways, "Ca")  # the gateway's issuer must exist in the app
    envoy = HomelabGateway(gateways, "Gw", domain="lab.example", cluster_issuer=ca, name="envoy-internal",
                           namespace="network", gateway_class="envoy")
    apps = cdk8s.Chart(app, "apps")
    files = HomelabApp(apps, "files", name="files", namespace="storage", port=80, target_port=8080, gateway=envoy)
    qbit = HomelabApp(apps, "qbit", name="qbit", namespace="downloads", port=8080, gateway=envoy)
    k8s.KubeDeployment(apps, "Vpn", metadata=k8s.ObjectMeta(name="vpn", namespace="downloads"), spec=k8s.DeploymentSpec(
        selector=k8s.LabelSelector(match_labels={"app.kubernetes.io/name": "vpn"}),
        template=k8s.PodTemplateSpec(metadata=k8s.ObjectMeta(labels={"app.kubernetes.io/name": "vpn"}),
                                     spec=k8s.PodSpec(containers=[k8s.Container(name="gluetun", image="gluetun")]))))
    NamespaceIsolation(cdk8s.Chart(app, "policies-storage"), "Isolation", namespace="storage", apps=[files],
                       app_metrics_ports={"files": (9100,)},
                       egress=[EgressGrant("storage", "files", (ToCidr("192.168.10.5/32", (2049,)), ToApiServer(),
                                                                ToFqdn(("s3.example.com", "*.backblazeb2.com")),
                                                                ToService(qbit)))])
    NamespaceIsolation(cdk8s.Chart(app, "policies-downloads"), "Isolation", namespace="downloads", apps=[qbit],
                       monitoring_namespace=None,
                       egress=[EgressGrant("downloads", {"app.kubernetes.io/name": "vpn"}, (ToWorld(),)),
                               EgressGrant("downloads", "qbit", (ToEntity("host", (9100,), "TCP"), ToWorld((53,), "UDP")))])


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return synth_app(build_sample, tmp_path_factory.mktemp("policies"))


def policy(synth, namespace, name):
    return synth.find("CiliumNetworkPolicy", name, namespace)


@pytest.mark.parametrize("chart", ["policies-storage", "policies-downloads"])
def test_snapshot(sample, chart, snapshot):
    assert sample.text[chart] == snapshot(name=chart)


def test_baseline_is_default_deny_both_ways(sample):
    base = policy(sample, "storage", "default-deny")["spec"]
    assert base["endpointSelector"] == {}
    assert base["enableDefaultDeny"] == {"ingress": True, "egress": True}
    assert base["ingress"] == [{"fromEndpoints": [{"matchLabels": {"k8s:io.kubernetes.pod.namespace": "storage"}}]}]
    dns = base["egress"][1]
    assert dns["toEndpoints"] == [{"matchLabels": {"k8s:io.kubernetes.pod.namespace": "kube-system",
                                                   "k8s:k8s-app": "kube-dns"}}]
    assert dns["toPorts"] == [{"ports": [{"port": "53", "protocol": "UDP"}]},
                              {"ports": [{"port": "53", "protocol": "TCP"}]}]


def test_only_the_baseline_turns_default_deny_on(sample):
    for p in sample.kinds("CiliumNetworkPolicy"):
        for spec in [p["spec"]] if "spec" in p else p["specs"]:
            expected = {"ingress": True, "egress": True} if p["metadata"]["name"] == "default-deny" else \
                {"ingress": False, "egress": False}
            assert spec["enableDefaultDeny"] == expected, p["metadata"]["name"]


def test_envoy_gateway_reaches_only_the_backend_port(sample):
    spec = policy(sample, "storage", "allow-gateway")["spec"]
    assert spec["endpointSelector"] == {"matchLabels": {"app.kubernetes.io/name": "files"}}
    assert spec["ingress"] == [{
        "fromEndpoints": [{"matchLabels": {
            "gateway.envoyproxy.io/owning-gateway-name": "envoy-internal",
            "gateway.envoyproxy.io/owning-gateway-namespace": "network",
            "k8s:io.kubernetes.pod.namespace": "network"}}],
        "toPorts": [{"ports": [{"port": "8080", "protocol": "TCP"}]}]}]
    # the proxies' half, in the gateway's namespace
    proxies = policy(sample, "network", "envoy-internal-to-storage")["spec"]
    assert proxies["egress"] == [{
        "toEndpoints": [{"matchLabels": {"app.kubernetes.io/name": "files",
                                         "k8s:io.kubernetes.pod.namespace": "storage"}}],
        "toPorts": [{"ports": [{"port": "8080", "protocol": "TCP"}]}]}]


def test_intents_become_rules(sample):
    egress = policy(sample, "storage", "files-egress")["spec"]["egress"]
    assert egress[0] == {"toCIDRSet": [{"cidr": "192.168.10.5/32"}],
                         "toPorts": [{"ports": [{"port": "2049", "protocol": "TCP"}]}]}
    assert egress[1]["toEntities"] == ["kube-apiserver"]
    assert egress[2]["toFQDNs"] == [{"matchName": "s3.example.com"}, {"matchPattern": "*.backblazeb2.com"}]
    assert egress[3]["toEndpoints"] == [{"matchLabels": {"app.kubernetes.io/name": "qbit",
                                                         "k8s:io.kubernetes.pod.namespace": "downloads"}}]
    # toFQDNs needs the DNS proxy rule on the same pods
    assert egress[4]["toPorts"][0]["rules"] == {"dns": [{"matchPattern": "*"}]}
    # the target's half of ToService
    target = policy(sample, "downloads", "qbit-allow-files-from-storage")["spec"]
    assert target["ingress"][0]["fromEndpoints"] == [{"matchLabels": {
        "app.kubernetes.io/name": "files", "k8s:io.kubernetes.pod.namespace": "storage"}}]
    # metrics ports per app
    scrape = policy(sample, "storage", "allow-scrape")["spec"]["ingress"][0]
    assert scrape["toPorts"] == [{"ports": [{"port": "9100", "protocol": "TCP"}]}]


def test_vpn_pod_alone_reaches_the_world_on_any_port(sample):
    vpn = policy(sample, "downloads", "vpn-egress")["spec"]
    assert vpn["endpointSelector"] == {"matchLabels": {"app.kubernetes.io/name": "vpn"}}
    assert vpn["egress"] == [{"toEntities": ["world"]}]
    world_rules = [(p["metadata"]["name"], r) for p in sample.kinds("CiliumNetworkPolicy")
                   for r in p.get("spec", {}).get("egress", []) if "world" in r.get("toEntities", [])]
    assert [name for name, r in world_rules if "toPorts" not in r] == ["vpn-egress"]


# ---- every policy matches the pinned CRD schema (unknown fields rejected)

def _strict(schema):
    if isinstance(schema, dict):
        if schema.get("type") == "object" and "properties" in schema and "additionalProperties" not in schema:
            schema["additionalProperties"] = False
        for value in schema.values():
            _strict(value)
    elif isinstance(schema, list):
        for item in schema:
            _strict(item)
    return schema


@pytest.fixture(scope="module")
def cnp_schema():
    path = crds_dir() / "cilium" / "v1.18.4" / "v2" / "ciliumnetworkpolicies.yaml"
    crd = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    (v2,) = [v for v in crd["spec"]["versions"] if v["name"] == "v2"]
    schema = _strict(copy.deepcopy(v2["schema"]["openAPIV3Schema"]))
    schema["properties"].pop("status", None)
    return schema


@pytest.mark.parametrize("which", ["sample", "default_homelab"])
def test_policies_match_the_crd(which, request, cnp_schema):
    synth = request.getfixturevalue(which)
    policies = synth.kinds("CiliumNetworkPolicy")
    assert policies
    validator = jsonschema.Draft7Validator(cnp_schema)
    for p in policies:
        errors = sorted(validator.iter_errors(p), key=str)
        assert not errors, f"{p['metadata']['name']}: {errors[0].message} at {list(errors[0].absolute_path)}"


# ---- the default homelab

def test_default_homelab_isolates_every_app_namespace(default_homelab):
    namespaces = {o["metadata"]["name"]: o for o in default_homelab.kinds("Namespace")}
    baselines = {p["metadata"]["namespace"] for p in default_homelab.kinds("CiliumNetworkPolicy")
                 if p["metadata"]["name"] == "default-deny"}
    # kube-system (the Hubble UI's route) is waived by the Cilium release: listed in waivers.txt
    routed = {r["metadata"]["namespace"] for r in default_homelab.kinds("HTTPRoute")} - {"default", "kube-system"}
    spec = default_spec()
    app_namespaces = {a.namespace for a in spec.apps} | {spec.vpn.namespace}  # the VPN pod is an app too
    assert routed <= baselines == app_namespaces == set(namespaces) - {"default", "cert-manager"}
    for ns in baselines:
        assert "annotations" not in namespaces[ns]["metadata"]  # the state is in the policies, not on the Namespace
        assert f"policies-{ns}" in default_homelab.text
    waivers = (default_homelab.outdir / "waivers.txt").read_text().splitlines()
    assert [w for w in waivers if not w.startswith("#")] == [
        "isolation namespace=kube-system: kube-system holds the cluster's own components; the Hubble UI pods are "
        "isolated by policy hubble-ui"]
    isolation = [p for p in default_homelab.kinds("CiliumNetworkPolicy")
                 if "homelab-constructs.io/isolated-namespace" in p["metadata"].get("labels", {})]
    assert len(isolation) == 40
    assert len(default_homelab.kinds("CiliumNetworkPolicy")) == 41  # and the Hubble UI's (kube-system)


def build_opt_out(app):
    Homelab(app, "Homelab", HomelabSpec(apps=(HomelabApp.props(name="sonarr", port=8989, namespace="media"),
                                              HomelabApp.props(name="vault", port=8200, namespace="vault")),
                                        isolation=IsolationSpec(opt_out={"vault": "Vault's own auth; isolated by issue 9"})))


def test_opting_out_is_explicit_and_visible(tmp_path):
    synth = synth_app(build_opt_out, tmp_path)
    assert "policies-vault" not in synth.text and "policies-media" in synth.text
    vault = synth.find("Namespace", "vault")
    assert "annotations" not in vault["metadata"]  # the opt-out is a waiver: written into no object
    assert (tmp_path / "waivers.txt").read_text().splitlines()[-1] == (
        "isolation namespace=vault: Vault's own auth; isolated by issue 9")


# ---- bad input: each message exact

@pytest.fixture
def chart():
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def raises(msg):
    return pytest.raises(ValueError, match="^" + re.escape(msg) + "$")


def media_app(chart, **kw):
    return HomelabApp(chart, "sonarr", name="sonarr", namespace="media", port=8989, **kw)


def test_port_out_of_range(chart):
    with raises("c/iso: egress port must be an integer in 1-65535 (got 70000); use a valid TCP/UDP egress port"):
        NamespaceIsolation(chart, "iso", namespace="media", apps=[media_app(chart)],
                           egress=[EgressGrant("media", "sonarr", (ToWorld((443, 70000)),))])


def test_unknown_entity(chart):
    with raises("c/iso: Cilium entity is unknown (got 'kube-api-server'); did you mean kube-apiserver? use one of: "
                "all, world, cluster, host, init, ingress, unmanaged, remote-node, health, none, kube-apiserver"):
        NamespaceIsolation(chart, "iso", namespace="media", apps=[media_app(chart)],
                           egress=[EgressGrant("media", "sonarr", (ToEntity("kube-api-server"),))])


def test_cidr_not_in_network_form(chart):
    with raises("c/iso: egress CIDR is not in network form (got '192.168.10.5/24'); "
                "write the network address with its prefix length; did you mean 192.168.10.0/24?"):
        NamespaceIsolation(chart, "iso", namespace="media", apps=[media_app(chart)],
                           egress=[EgressGrant("media", "sonarr", (ToCidr("192.168.10.5/24", (2049,)),))])


def test_selector_that_selects_no_pods(chart):
    NamespaceIsolation(chart, "iso", namespace="media", apps=[media_app(chart)],
                       egress=[EgressGrant("media", {"app.kubernetes.io/name": "sonar"}, (ToWorld((443,)),))])
    with pytest.raises(HomelabValidationError, match="^" + re.escape(
            "c/iso: egress rule sonar-egress selects no pods in namespace media "
            "(got {'app.kubernetes.io/name': 'sonar'}); match the labels of a workload there: "
            "{app.kubernetes.io/name: sonarr}") + "$"):
        validate_app(chart.node.root)


def test_unknown_app_name(chart):
    with raises("c/iso: no app of namespace media has this name (got 'radarr'); use one of: sonarr; "
                "or select the pods by label"):
        NamespaceIsolation(chart, "iso", namespace="media", apps=[media_app(chart)],
                           egress=[EgressGrant("media", "radarr", (ToWorld((443,)),))])


def test_service_not_declared(chart):
    with raises("c/iso: egress names a service that is not declared (got 'downloads/qbit'); "
                "declare its HomelabApp before this policy, or check the name and namespace"):
        NamespaceIsolation(chart, "iso", namespace="media", apps=[media_app(chart)],
                           egress=[EgressGrant("media", "sonarr", (ToService("qbit", "downloads"),))])


def test_bad_fqdn(chart):
    with raises("c/iso: FQDN is not a DNS name or pattern (got 'https://grafana.com'); "
                "write a name such as 'grafana.com' or a pattern such as '*.grafana.com'"):
        NamespaceIsolation(chart, "iso", namespace="media", apps=[media_app(chart)],
                           egress=[EgressGrant("media", "sonarr", (ToFqdn(("https://grafana.com",)),))])


def test_egress_pair_is_not_a_grant(chart):
    # the (pods, intents) pair egress= once took: the fix is the EgressGrant it means
    with raises("c/iso: egress[0] is not an EgressGrant (got ('sonarr', [ToWorld(ports=(443,), protocol='TCP')])); "
                "write EgressGrant('media', 'sonarr', (ToWorld((443,)),))"):
        NamespaceIsolation(chart, "iso", namespace="media", apps=[media_app(chart)],
                           egress=[("sonarr", [ToWorld((443,))])])


def test_egress_pair_fix_keeps_selector_and_intents(chart):
    with raises("c/iso: egress[0] is not an EgressGrant (got ({'app.kubernetes.io/name': 'sonarr'}, "
                "[ToFqdn(names=('grafana.com',), ports=(443,), protocol='TCP'), ToWorld(ports=(53,), protocol='UDP'), "
                "ToApiServer(ports=(443, 6443))])); write EgressGrant('media', {'app.kubernetes.io/name': 'sonarr'}, "
                "(ToFqdn(('grafana.com',)), ToWorld((53,), 'UDP'), ToApiServer()))"):
        NamespaceIsolation(chart, "iso", namespace="media", apps=[media_app(chart)],
                           egress=[({"app.kubernetes.io/name": "sonarr"},
                                    [ToFqdn(("grafana.com",)), ToWorld((53,), "UDP"), ToApiServer()])])


def test_egress_grant_for_another_namespace(chart):
    with raises("c/iso: egress[1] is for namespace downloads, not media (got EgressGrant(namespace='downloads', "
                "pods='sonarr', to=(ToWorld(ports=(443,), protocol='TCP'),))); pass it to the NamespaceIsolation of "
                "downloads, or grant pods of media: EgressGrant('media', 'sonarr', (ToWorld((443,)),))"):
        NamespaceIsolation(chart, "iso", namespace="media", apps=[media_app(chart)],
                           egress=[EgressGrant("media", "sonarr", (ToApiServer(),)),
                                   EgressGrant("downloads", "sonarr", (ToWorld((443,)),))])


def test_load_balancer_without_lan(chart):
    with raises("c/iso: LoadBalancer apps would be unreachable under default deny (got ['sonarr']); "
                "pass lan_cidrs, the networks that may reach them, such as ['192.168.10.0/24']"):
        NamespaceIsolation(chart, "iso", namespace="media", apps=[media_app(chart, load_balancer=True)])


def test_app_of_another_namespace(chart):
    with raises("c/iso: app sonarr lives in another namespace (got 'media'); "
                "pass only apps of namespace downloads; isolate media separately"):
        NamespaceIsolation(chart, "iso", namespace="downloads", apps=[media_app(chart)])


def test_opt_out_without_reason(tmp_path):
    with raises("HomelabSpec.isolation: opt_out of media gives no reason (got ''); "
                "say why the namespace stays open; the synth summary and waivers.txt list the reason"):
        Homelab(cdk8s.Testing.app(), "Homelab", HomelabSpec(apps=(HomelabApp.props(name="sonarr", port=8989, namespace="media"),),
                                                 isolation=IsolationSpec(opt_out={"media": ""})))


def test_grant_for_open_namespace():
    with raises("HomelabSpec.isolation: egress grant for a namespace that is not isolated (got 'media'); "
                "grants only apply to isolated namespaces: none"):
        Homelab(cdk8s.Testing.app(), "Homelab", HomelabSpec(
            apps=(HomelabApp.props(name="sonarr", port=8989, namespace="media"),),
            isolation=IsolationSpec(opt_out={"media": "testing"},
                                    egress=(EgressGrant("media", "sonarr", (ToWorld(),)),))))
