"""Every synthesized object against the pinned schemas, CEL rules and whole-app checks.

The default homelab and every example under examples/*/main.py are synthesized once per
session and validated with homelab_constructs.validation (as ``make synth`` does); the
checks themselves are shown to fail on bad objects with exact messages.
"""
from __future__ import annotations

import copy
import io
import shutil
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

from homelab_constructs.validation import (
    ClusterCidrs,
    cross_object_problems,
    hostname_matches,
    validate_dir,
    validate_objects,
)
from homelab_constructs.validation.cel import K8S_FUNCTIONS, all_rules, rule_support, unevaluable_rules
from homelab_constructs.validation.schema import crd_schemas

import pytest
import yaml
from conftest import EXAMPLES, ROOT, crds_dir

APPS = ["default"] + EXAMPLES


def pairs(synth) -> list[tuple[str, dict]]:
    return synth.pairs()


@pytest.fixture(scope="module")
def crds():
    assert crds_dir().is_dir(), f"the pinned CRDs are missing: {crds_dir()}"  # never skipped in tests
    return crd_schemas(str(crds_dir()))


def check(objs) -> list[str]:
    """Schema and CEL problems of objects checked alone (no whole-app checks)."""
    return [str(p) for p in validate_objects(objs, crds_dir(), cross_object=False).problems]


# ---- every object of every app

#: Real findings in objects other issues own, reported to their owners; listed exactly so the
#: test fails (and this entry must go) the moment they are fixed. Never add schema errors here.
KNOWN_FINDINGS: dict[str, list[str]] = {}


@pytest.mark.parametrize("app", APPS)
def test_every_object_is_valid(synthesized, app):
    # the directory as synth wrote it: with external-objects.txt, the objects the app declares external
    report = validate_dir(synthesized[app].outdir, crds_dir())
    problems = [str(p) for p in report.problems]
    assert problems == KNOWN_FINDINGS.get(app, []), "\n".join(problems)
    assert report.objects == len(synthesized[app].all()) > 0
    assert report.core_objects + report.crd_objects == report.objects  # every object had a schema
    assert report.cel.evaluated > 100 and report.cel.skipped == {}
    print(f"{app}: {report.summary()}")


def test_examples_are_discovered():
    assert "seed002" in EXAMPLES


def test_every_pinned_rule_is_evaluable(crds):
    """The reviewed list of rules not evaluated: only transition rules (oldSelf), which the
    API server runs on update only, never on create."""
    assert all_rules(crds) >= 800
    assert [(where, rule) for where, rule, _ in unevaluable_rules(crds)] == [
        ("gateway.networking.k8s.io/v1 GatewayClass", "self == oldSelf"),
        ("gateway.networking.k8s.io/v1beta1 GatewayClass", "self == oldSelf"),
        ("grafana.integreatly.org/v1beta1 GrafanaDashboard",
         "!oldSelf.allowCrossNamespaceImport || (oldSelf.allowCrossNamespaceImport && self.allowCrossNamespaceImport)"),
        ("grafana.integreatly.org/v1beta1 GrafanaDashboard",
         "((!has(oldSelf.uid) && !has(self.uid)) || (has(oldSelf.uid) && has(self.uid)))"),
        ("grafana.integreatly.org/v1beta1 GrafanaDashboard", "self == oldSelf"),
    ]
    assert {reason for _, _, reason in unevaluable_rules(crds)} == {
        "uses oldSelf: a transition rule, evaluated only on update"}


# ---- the schema checks fail on bad objects

@pytest.fixture(scope="module")
def gateway(default_homelab):
    return default_homelab.find("Gateway", "homelab-gateway", "default")


def test_unknown_crd_field_rejected(gateway):
    bad = copy.deepcopy(gateway)
    bad["spec"]["listener"] = []
    assert check([("gateway.k8s.yaml", bad)]) == [
        "gateway.k8s.yaml: Gateway default/homelab-gateway: spec: Additional properties are not allowed "
        "('listener' was unexpected)"]


def test_snake_case_key_inside_a_list_rejected(gateway):
    bad = copy.deepcopy(gateway)
    bad["spec"]["listeners"][0]["allowed_routes"] = {}
    assert check([("gateway.k8s.yaml", bad)]) == [
        "gateway.k8s.yaml: Gateway default/homelab-gateway: spec.listeners[0]: Additional properties are not allowed "
        "('allowed_routes' was unexpected)"]


def test_crd_wrong_type(gateway):
    bad = copy.deepcopy(gateway)
    bad["spec"]["listeners"][1]["port"] = "80"
    assert check([("gateway.k8s.yaml", bad)]) == [
        "gateway.k8s.yaml: Gateway default/homelab-gateway: spec.listeners[1].port: '80' is not of type 'integer'"]


def test_crd_metadata_checked_as_object_meta(gateway):
    bad = copy.deepcopy(gateway)
    bad["metadata"]["labels"] = {"tier": 1}
    assert check([("gateway.k8s.yaml", bad)]) == [
        "gateway.k8s.yaml: Gateway default/homelab-gateway: metadata.labels.tier: 1 is not of type 'string', 'null'"]


def test_cel_rule_failure_names_the_rule_message(gateway):
    bad = copy.deepcopy(gateway)
    bad["spec"]["listeners"][1]["tls"] = copy.deepcopy(bad["spec"]["listeners"][0]["tls"])  # on the http listener
    assert check([("gateway.k8s.yaml", bad)]) == [
        "gateway.k8s.yaml: Gateway default/homelab-gateway: spec.listeners: tls must not be specified for "
        "protocols ['HTTP', 'TCP', 'UDP']"]


def test_cel_rule_with_kubernetes_function():
    route = {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "TLSRoute", "metadata": {"name": "t", "namespace": "n"},
             "spec": {"parentRefs": [{"name": "gw"}], "hostnames": ["192.168.10.5", "ok.home.arpa"],
                      "rules": [{"backendRefs": [{"name": "t", "port": 443}]}]}}
    assert check([("tls.k8s.yaml", route)]) == ["tls.k8s.yaml: TLSRoute n/t: spec.hostnames: Hostnames cannot contain an IP"]


def test_cel_sees_schema_defaults(default_homelab):
    """backendRefs[].group defaults to "" and rules[].matches to a PathPrefix match: the rules
    that read them pass only because defaults are applied first, as in the API server."""
    route = default_homelab.find("HTTPRoute", "sonarr", "media")
    assert "group" not in route["spec"]["rules"][0]["backendRefs"][0]
    assert check([("apps-media.k8s.yaml", route)]) == []
    bad = copy.deepcopy(route)
    del bad["spec"]["rules"][0]["backendRefs"][0]["port"]
    assert check([("apps-media.k8s.yaml", bad)]) == [
        "apps-media.k8s.yaml: HTTPRoute media/sonarr: spec.rules[0].backendRefs[0]: Must have port for Service reference"]


def test_unknown_core_field_rejected(default_homelab):
    svc = copy.deepcopy(default_homelab.find("Service", "sonarr", "media"))
    svc["spec"]["ports"][0]["target_port"] = 8989
    assert check([("apps-media.k8s.yaml", svc)]) == [
        "apps-media.k8s.yaml: Service media/sonarr: spec.ports[0]: Additional properties are not allowed "
        "('target_port' was unexpected)"]


def test_core_wrong_type(default_homelab):
    ns = copy.deepcopy(default_homelab.find("Namespace", "media"))
    ns["metadata"]["annotations"] = {"a": True}
    assert check([("apps-media.k8s.yaml", ns)]) == [
        "apps-media.k8s.yaml: Namespace media: metadata.annotations.a: True is not of type 'string', 'null'"]


def test_unknown_kind():
    obj = {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}}
    assert check([("x.k8s.yaml", obj)]) == [
        f"x.k8s.yaml: Widget w: kind: no schema for example.com/v1 Widget: not a Kubernetes 1.37.0 kind and no "
        f"pinned CRD in {crds_dir()}"]


def test_unknown_crd_version(gateway):
    bad = dict(gateway, apiVersion="gateway.networking.k8s.io/v2")
    assert check([("gateway.k8s.yaml", bad)]) == [
        "gateway.k8s.yaml: Gateway default/homelab-gateway: apiVersion: the pinned Gateway CRD has no version v2"]


def test_preserved_unknown_fields_are_accepted():
    release = {"apiVersion": "helm.toolkit.fluxcd.io/v2", "kind": "HelmRelease",
               "metadata": {"name": "r", "namespace": "flux-system"},
               "spec": {"interval": "1h", "chart": {"spec": {"chart": "c", "sourceRef": {"kind": "HelmRepository",
                                                                                        "name": "repo"}}},
                        "values": {"anything": {"goes": [1, "two"]}}}}
    assert check([("x.k8s.yaml", release)]) == []


def test_kubernetes_cel_functions():
    def run(rule, value):
        support = rule_support(rule)
        assert support.status == "evaluated", support.reason
        import celpy

        return support.program.evaluate({"self": celpy.json_to_cel(value)})

    assert run("isIP(self)", "10.0.0.1") and not run("isIP(self)", "host.local") and run("isIP(self)", "fe80::1")
    assert run("self.substring(2) == 'example.com'", "*.example.com")
    assert run("self.split('/')[0] == 'a'", "a/b")
    assert run("self.lowerAscii() == 'get' && self.upperAscii() == 'GET'", "Get")
    assert run("isCIDR(self)", "10.0.0.0/8") and not run("isCIDR(self)", "10.0.0.1")
    assert len(K8S_FUNCTIONS) >= 10


def test_unsupported_rule_is_listed_with_reason():
    assert rule_support("self.?spec.orValue(1) == 1").reason == (
        "uses CEL optional types (.?field, optional.*), which cel-python 0.5 does not parse")
    assert rule_support("quantity(self).isGreaterThan(quantity('1'))").reason == (
        "calls isGreaterThan, quantity, which this module does not provide")


# ---- whole-app checks over the synthesized objects

def gw_obj(listeners, ns="network", name="gw", annotations=None, infra=None):
    spec = {"gatewayClassName": "cilium", "listeners": listeners}
    if infra:
        spec["infrastructure"] = {"annotations": infra}
    meta = {"name": name, "namespace": ns}
    if annotations:
        meta["annotations"] = annotations
    return {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway", "metadata": meta, "spec": spec}


def listener(name, port, hostname="*.home.arpa", allowed="All"):
    return {"name": name, "port": port, "protocol": "HTTP", "hostname": hostname,
            "allowedRoutes": {"namespaces": {"from": allowed}}}


def route(parent, ns="media", name="app", hostnames=("app.home.arpa",), backend=True):
    rule = {"backendRefs": [{"name": name, "port": 80}]} if backend else {}
    return {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute", "metadata": {"name": name, "namespace": ns},
            "spec": {"parentRefs": [parent], "hostnames": list(hostnames), "rules": [rule]}}


def isolated(ns):
    """A default-deny policy of every pod of ``ns``: the namespace is isolated."""
    return {"apiVersion": "cilium.io/v2", "kind": "CiliumNetworkPolicy", "metadata": {"name": "default-deny", "namespace": ns},
            "spec": {"endpointSelector": {}, "enableDefaultDeny": {"ingress": True, "egress": True}}}


def pool(name, **block):
    return {"apiVersion": "cilium.io/v2", "kind": "CiliumLoadBalancerIPPool", "metadata": {"name": name},
            "spec": {"blocks": [block]}}


def cross(*objs, **kw):
    return [str(p) for p in cross_object_problems([("f.yaml", o) for o in objs], **kw)]


GW = gw_obj([listener("https", 443), listener("http", 80, allowed="Same")])


def test_cross_object_fine():
    assert cross(GW, route({"name": "gw", "namespace": "network", "sectionName": "https"}), isolated("media")) == []


def test_parent_ref_names_missing_gateway():
    assert cross(GW, isolated("media"), route({"name": "gateway", "namespace": "network"})) == [
        "f.yaml: HTTPRoute media/app: spec.parentRefs[0].name: parentRef names no Gateway of the app "
        "(got network/gateway); use one of: network/gw"]


def test_parent_ref_namespace_defaults_to_route_namespace():
    assert cross(GW, isolated("media"), route({"name": "gw"})) == [
        "f.yaml: HTTPRoute media/app: spec.parentRefs[0].name: parentRef names no Gateway of the app "
        "(got media/gw); use one of: network/gw"]


def test_parent_ref_names_missing_section():
    assert cross(GW, isolated("media"), route({"name": "gw", "namespace": "network", "sectionName": "web"})) == [
        "f.yaml: HTTPRoute media/app: spec.parentRefs[0].sectionName: parentRef names no listener of Gateway "
        "network/gw (got 'web'); use one of: https (port 443), http (port 80)"]


def test_parent_ref_port_without_listener():
    assert cross(GW, isolated("media"), route({"name": "gw", "namespace": "network", "port": 8443})) == [
        "f.yaml: HTTPRoute media/app: spec.parentRefs[0].port: parentRef names no listener of Gateway "
        "network/gw (got '*:8443'); use one of: https (port 443), http (port 80)"]


def test_listener_does_not_admit_other_namespaces():
    assert cross(GW, isolated("media"), route({"name": "gw", "namespace": "network", "sectionName": "http"})) == [
        "f.yaml: HTTPRoute media/app: spec.parentRefs[0]: listener http of Gateway network/gw does not admit a "
        "HTTPRoute from namespace media (got allowedRoutes [{'namespaces': {'from': 'Same'}}]); attach to a "
        "listener with allowedRoutes.namespaces.from: All, or move the route to network"]


def test_hostname_outside_listener():
    bad = route({"name": "gw", "namespace": "network", "sectionName": "https"}, hostnames=["app.example.com"])
    assert cross(GW, isolated("media"), bad) == [
        "f.yaml: HTTPRoute media/app: spec.hostnames[0]: hostname is outside every listener it attaches to on "
        "Gateway network/gw (got 'app.example.com'); use a name under *.home.arpa"]


@pytest.mark.parametrize("listener_host, host, ok", [
    ("*.home.arpa", "a.home.arpa", True), ("*.home.arpa", "a.b.home.arpa", True), ("*.home.arpa", "home.arpa", False),
    ("a.home.arpa", "a.home.arpa", True), ("a.home.arpa", "*.home.arpa", True), ("*.home.arpa", "*.x.home.arpa", True),
    ("*.home.arpa", "xhome.arpa", False), ("b.home.arpa", "a.home.arpa", False)])
def test_hostname_matching(listener_host, host, ok):
    assert hostname_matches(listener_host, host) is ok


def test_routed_namespace_not_isolated():
    assert cross(GW, route({"name": "gw", "namespace": "network"})) == [
        "f.yaml: HTTPRoute media/app: metadata.namespace: routed namespace is not isolated, as the library "
        "recommends (got 'media': no default-deny policy selects all its pods); isolate it (NamespaceIsolation(scope, "
        "id, namespace='media', apps=[...]); with Homelab this is the default), or waive the recommendation with a "
        "reason: waive(scope, 'isolation', namespace='media', reason='<why>') (with Homelab: "
        "IsolationSpec(opt_out={'media': '<why>'}))"]


def test_routed_namespace_isolated_by_default_deny_policy():
    policy = {"apiVersion": "cilium.io/v2", "kind": "CiliumNetworkPolicy", "metadata": {"name": "d", "namespace": "media"},
              "spec": {"endpointSelector": {}, "enableDefaultDeny": {"ingress": True, "egress": True}}}
    redirect_only = route({"name": "gw", "namespace": "network"}, ns="network", backend=False)
    assert cross(GW, policy, route({"name": "gw", "namespace": "network"}), redirect_only) == []
    allow_all = dict(policy, spec={"endpointSelector": {}, "enableDefaultDeny": {"ingress": True, "egress": False}})
    assert len(cross(GW, allow_all, route({"name": "gw", "namespace": "network"}))) == 1


def test_pinned_ip_outside_pools():
    svc = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "jf", "namespace": "media",
                                                               "annotations": {"lbipam.cilium.io/ips": "10.0.0.9"}}}
    assert cross(pool("p", start="192.168.1.10", stop="192.168.1.20"), svc) == [
        "f.yaml: Service media/jf: metadata.annotations[lbipam.cilium.io/ips]: pinned IP is outside every "
        "LoadBalancer pool (got '10.0.0.9'); pick an address inside exactly one pool: p (192.168.1.10-192.168.1.20)"]


def test_pinned_ip_used_twice_and_sharing_key():
    a = gw_obj([], infra={"lbipam.cilium.io/ips": "192.168.1.10"})
    b = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "jf", "namespace": "media"},
         "spec": {"type": "LoadBalancer", "loadBalancerIP": "192.168.1.10"}}
    assert cross(pool("p", cidr="192.168.1.0/28"), a, b) == [
        "f.yaml: Service media/jf: spec.loadBalancerIP: pinned IP is used twice (got '192.168.1.10'); Gateway "
        "network/gw (f.yaml) already uses it; pick another address of the pool"]
    shared = {"lbipam.cilium.io/ips": "192.168.1.10", "lbipam.cilium.io/sharing-key": "k"}
    a2 = gw_obj([], infra=shared)
    b2 = copy.deepcopy(b)
    b2["metadata"]["annotations"] = shared
    del b2["spec"]["loadBalancerIP"]
    assert cross(pool("p", cidr="192.168.1.0/28"), a2, b2) == []


def test_pools_overlap_each_other_and_cluster_cidrs():
    assert cross(pool("a", cidr="10.43.0.0/24"), pool("b", start="10.43.0.250", stop="10.43.1.5"),
                 cidrs=ClusterCidrs(services=("10.43.0.0/16",))) == [
        "f.yaml: CiliumLoadBalancerIPPool a: spec.blocks: pool overlaps the cluster's service CIDR 10.43.0.0/16 "
        "(got ['10.43.0.0/24']); move the pool outside 10.43.0.0/16",
        "f.yaml: CiliumLoadBalancerIPPool b: spec.blocks: pool overlaps pool a (got ['10.43.0.250-10.43.1.5'] and "
        "['10.43.0.0/24']); give every pool its own addresses",
        "f.yaml: CiliumLoadBalancerIPPool b: spec.blocks: pool overlaps the cluster's service CIDR 10.43.0.0/16 "
        "(got ['10.43.0.250-10.43.1.5']); move the pool outside 10.43.0.0/16"]


def test_pinned_ip_kept_back_by_its_pool():
    """allowFirstLastIPs: No keeps each CIDR block's first and last address back, except in /31
    and /32 blocks and where a range of the pool hands the address out; unset means Yes."""
    def svc(ip):
        return {"apiVersion": "v1", "kind": "Service", "metadata": {"name": f"s{ip.rsplit('.', 1)[1]}",
                                                                   "namespace": "media"},
                "spec": {"type": "LoadBalancer", "loadBalancerIP": ip}}

    kept = dict(pool("p", cidr="192.168.1.0/28"), spec={"allowFirstLastIPs": "No", "blocks": [
        {"cidr": "192.168.1.0/28"}, {"cidr": "192.168.1.32/31"}, {"start": "192.168.1.15", "stop": "192.168.1.16"}]})
    assert cross(kept, svc("192.168.1.0"), svc("192.168.1.15"), svc("192.168.1.32"), svc("192.168.1.33")) == [
        "f.yaml: Service media/s0: spec.loadBalancerIP: pinned IP is the first (network) address of CIDR "
        "192.168.1.0/28 of pool p, which Cilium never hands out while allowFirstLastIPs is No (got '192.168.1.0'); "
        "pin another address such as 192.168.1.1, or set allowFirstLastIPs: Yes on the pool "
        "(allow_first_last_ips=True)"]
    assert cross(pool("p", cidr="192.168.1.0/28"), svc("192.168.1.0")) == []  # unset: Yes


def test_same_object_twice():
    """Two objects with one API group, kind, namespace and name, whatever their version or file."""
    route = {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute",
             "metadata": {"name": "app", "namespace": "media"}}
    older = dict(route, apiVersion="gateway.networking.k8s.io/v1beta1")
    other_ns = dict(route, metadata={"name": "app", "namespace": "dl"})
    other_kind = dict(route, kind="GRPCRoute")
    problems = cross_object_problems([("a.yaml", route), ("b.yaml", older), ("b.yaml", other_ns),
                                      ("b.yaml", other_kind), ("b.yaml", dict(other_ns))])
    assert [str(p) for p in problems] == [
        "b.yaml: HTTPRoute media/app: metadata.name: the same object is written twice, in a.yaml and b.yaml (got "
        "'HTTPRoute media/app'); give one of them another name, or write it once",
        "b.yaml: HTTPRoute dl/app: metadata.name: the same object is written twice in b.yaml (got 'HTTPRoute "
        "dl/app'); give one of them another name, or write it once"]
    assert problems[0].key == ("gateway.networking.k8s.io", "HTTPRoute", "media", "app")


def test_certificate_issuer_missing():
    cert = {"apiVersion": "cert-manager.io/v1", "kind": "Certificate", "metadata": {"name": "c", "namespace": "n"},
            "spec": {"secretName": "s", "issuerRef": {"name": "ca", "kind": "ClusterIssuer"}}}
    issuer = {"apiVersion": "cert-manager.io/v1", "kind": "Issuer", "metadata": {"name": "local", "namespace": "n"}}
    local = dict(cert, metadata={"name": "c2", "namespace": "n"}, spec={"secretName": "s2", "issuerRef": {"name": "ca"}})
    assert cross(cert, issuer, local) == [
        "f.yaml: Certificate n/c: spec.issuerRef.name: ClusterIssuer does not exist in the app (got 'ca'); "
        "use one of: none, or declare one installed elsewhere (declare_external(scope, 'ClusterIssuer', 'ca'))",
        "f.yaml: Certificate n/c2: spec.issuerRef.name: Issuer does not exist in namespace n (got 'ca'); "
        "use one of: local, or a ClusterIssuer, or declare one installed elsewhere (declare_external(scope, 'Issuer', "
        "'ca', 'n'))"]


def test_gateway_cluster_issuer_annotation_missing():
    assert cross(gw_obj([], annotations={"cert-manager.io/cluster-issuer": "homelab-ca"})) == [
        "f.yaml: Gateway network/gw: metadata.annotations[cert-manager.io/cluster-issuer]: ClusterIssuer does not "
        "exist in the app (got 'homelab-ca'); use one of: none, or declare one installed elsewhere "
        "(declare_external(scope, 'ClusterIssuer', 'homelab-ca'))"]


def test_external_secret_store_missing():
    es = {"apiVersion": "external-secrets.io/v1", "kind": "ExternalSecret", "metadata": {"name": "vpn", "namespace": "dl"},
          "spec": {"secretStoreRef": {"name": "vault", "kind": "ClusterSecretStore"},
                   "dataFrom": [{"sourceRef": {"storeRef": {"name": "local"}}}]}}
    store = {"apiVersion": "external-secrets.io/v1", "kind": "ClusterSecretStore", "metadata": {"name": "vault"}}
    assert cross(es) == [
        "f.yaml: ExternalSecret dl/vpn: spec.secretStoreRef.name: ClusterSecretStore does not exist in the app "
        "(got 'vault'); use one of: none, or declare one installed elsewhere (declare_external(scope, "
        "'ClusterSecretStore', 'vault'))",
        "f.yaml: ExternalSecret dl/vpn: spec.dataFrom[0].sourceRef.storeRef.name: SecretStore does not exist in "
        "namespace dl (got 'local'); use one of: none, or a ClusterSecretStore, or declare one installed elsewhere "
        "(declare_external(scope, 'SecretStore', 'local', 'dl'))"]
    assert len(cross(es, store)) == 1


# ---- the CLI and make synth

def write(directory: Path, name: str, *objs) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_text(yaml.safe_dump_all(objs), encoding="utf-8")


def test_validate_cli(default_homelab, tmp_path):
    from homelab_constructs.tools.cli import validate, validate_main

    dist = tmp_path / "dist"
    shutil.copytree(default_homelab.outdir, dist)
    text = (dist / "gateway.k8s.yaml").read_text(encoding="utf-8")
    (dist / "gateway.k8s.yaml").write_text(text.replace("port: 443", "port: 0", 1), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    args = Namespace(crds=crds_dir(), node_cidr=[], pod_cidr=[], service_cidr=[])
    assert validate(dist, args, out, err) == 1
    lines = err.getvalue().splitlines()
    assert lines[0] == ("gateway.k8s.yaml: Gateway default/homelab-gateway: spec.listeners[0].port: "
                        "0 is less than the minimum of 1")
    assert lines[-1].startswith(f"validate: {len(default_homelab.all())} objects validated")
    # the default homelab waives kube-system's isolation (the Hubble UI): validate honours waivers.txt
    assert lines[-1].endswith("; 1 problems; 1 recommendations waived (waivers.txt)") and len(lines) == 2
    # the cluster's CIDRs, when given, are checked against the pools
    args.service_cidr = ["192.168.10.0/24"]
    assert validate(default_homelab.outdir, args, out, io.StringIO()) == 1
    args.service_cidr = ["10.43.0.0/16"]
    assert validate(default_homelab.outdir, args, out, io.StringIO()) == 0
    assert validate_main([str(tmp_path / "missing")]) == 2
    # a missing schema set is an error that names it, never a warning and a pass
    args.crds = tmp_path / "no-crds"
    err = io.StringIO()
    assert validate(dist, args, out, err) == 2
    assert err.getvalue() == (f"validate: no CRD schema set at {tmp_path / 'no-crds'}; point CRDS_DIR (or --crds) "
                              "at a directory of CRD files\n")


def test_synth_keeps_dist_when_manifests_are_invalid(tmp_path):
    dist = tmp_path / "dist"
    write(dist, "previous.k8s.yaml", {"kept": True})
    app = tmp_path / "app.py"
    app.write_text(
        "import cdk8s\n"
        "app = cdk8s.App()\n"
        "svc = cdk8s.ApiObject(cdk8s.Chart(app, 'bad'), 'svc', api_version='v1', kind='Service',\n"
        "                      metadata=cdk8s.ApiObjectMetadata(name='svc'))\n"
        "svc.add_json_patch(cdk8s.JsonPatch.add('/spec', {'ports': [{'port': 80, 'target_port': 8080}]}))\n"
        "app.synth()\n")
    result = subprocess.run([sys.executable, "-m", "homelab_constructs", "synth", "--app", f"{sys.executable} {app}",
                             "--out", str(dist), "--crds", str(crds_dir())], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    assert ("30-apps/bad.k8s.yaml: Service svc: spec.ports[0]: Additional properties are not allowed "
            "('target_port' was unexpected)") in result.stderr.splitlines()
    assert result.stderr.splitlines()[-1] == f"synth: the manifests are invalid (see above); {dist} was left as it was"
    assert [p.name for p in dist.iterdir()] == ["previous.k8s.yaml"]
    assert not list(tmp_path.glob(".dist-new-*"))
