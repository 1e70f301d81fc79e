"""Pool and L2 ``serviceSelector``s against the labels of pinned Services and Gateways.

``HomelabApp(service_labels=)``, ``VpnPod(web_ui=WebUi(service_labels=))`` and
``HomelabGateway(infrastructure_labels=)`` give the LoadBalancer Services labels a pool's (or an
L2 policy's) ``service_selector`` selects; synth's manifest rules refuse a pinned address in a
pool that does not select its object, and one no L2 policy announces (when L2 is the app's only
announcement), as Cilium would leave it pending or unannounced.
"""
from __future__ import annotations

from homelab_constructs import (
    ClusterCidrs,
    HomelabApp,
    HomelabGateway,
    HomelabValidationError,
    L2Announcement,
    LoadBalancerPool,
    VpnPod,
    WebUi,
)
from homelab_constructs._selectors import selector_matches as selects
from homelab_constructs.cluster import set_cluster_cidrs
from homelab_constructs.declared import declare_external
from homelab_constructs.validation import validate_objects
from homelab_constructs.validation.crossobject import cross_object_problems
from homelab_constructs.validation.recommendations import read_waivers
from homelab_constructs.validation.references import read_external_objects

import cdk8s
import pytest
from conftest import MANAGED, crds_dir, synth_app

RANGE = [("192.168.10.200", "192.168.10.250")]
LAN = {"lb-pool": "lan"}
#: a selector of LAN, as a pool or an L2 policy writes it
SELECT_LAN = {"matchLabels": LAN}
#: what the tests' apps declare external (the gateway's issuer, the VPN pod's store)
EXTERNAL = [("cert-manager.io", "ClusterIssuer", "", "homelab-ca-issuer"),
            ("external-secrets.io", "ClusterSecretStore", "", "vault")]
POOL_FIX = "or change the pool's selector (LoadBalancerPool(service_selector=...))"
L2_FIX = "or change a policy's selector (L2Announcement(service_selector=..., load_balancer_ips=True))"


def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def gateway(c: cdk8s.Chart, id: str = "gw", **kw: object) -> HomelabGateway:
    issuer = declare_external(c, "ClusterIssuer", "homelab-ca-issuer")
    return HomelabGateway(c, id, domain="homelab.local", cluster_issuer=issuer, https_redirect=False,
                          **kw)  # type: ignore[arg-type]


def synth_error(build) -> str:
    app = cdk8s.Testing.app()
    build(cdk8s.Chart(app, "c"))
    from homelab_constructs import synth

    with pytest.raises(HomelabValidationError) as caught:
        synth(app)
    return str(caught.value)


def valid(out) -> None:
    """Every object of ``out`` passes the manifest validator: schemas, CEL rules, whole-app rules."""
    assert [str(p) for p in validate_objects(out.pairs(), crds_dir(), external=EXTERNAL).problems] == []


# ---- the props write the labels

def test_service_labels_are_written_beside_the_app_label(tmp_path):
    def build(app: cdk8s.App) -> None:
        c = cdk8s.Chart(app, "c")
        LoadBalancerPool(c, "pool", name="lan-pool", ranges=RANGE, service_selector=LAN)
        L2Announcement(c, "l2", name="lan-l2", service_selector=LAN)
        HomelabApp(c, "jf", name="jellyfin", namespace="media", port=8096, load_balancer_ip="192.168.10.210",
                   service_labels=LAN, name_label=True)

    out = synth_app(build, tmp_path)
    service = out.find("Service", "jellyfin", "media")
    assert service["metadata"]["labels"] == {"app.kubernetes.io/name": "jellyfin", "lb-pool": "lan", **MANAGED}
    valid(out)


def test_vpn_pod_labels_its_web_service(tmp_path):
    def build(app: cdk8s.App) -> None:
        c = cdk8s.Chart(app, "c")
        LoadBalancerPool(c, "pool", name="lan-pool", ranges=RANGE, service_selector=LAN)
        declare_external(c, "ClusterSecretStore", "vault")
        VpnPod(c, "qbit", store="vault", name_label=True,
               web_ui=WebUi(load_balancer_ip="192.168.10.220", service_labels=LAN))

    out = synth_app(build, tmp_path)
    service = out.find("Service", "qbit", "downloads")
    assert service["metadata"]["labels"] == {"app.kubernetes.io/name": "qbit", "lb-pool": "lan", **MANAGED}
    assert service["metadata"]["annotations"] == {"lbipam.cilium.io/ips": "192.168.10.220"}


def test_infrastructure_labels_go_to_spec_infrastructure(tmp_path):
    def build(app: cdk8s.App) -> None:
        c = cdk8s.Chart(app, "c")
        LoadBalancerPool(c, "pool", name="lan-pool", ranges=RANGE, service_selector=LAN)
        gateway(c, load_balancer_ip="192.168.10.201", infrastructure_labels=LAN)
        gateway(c, "gw2", name="labels-only", infrastructure_labels={"team": "lab"})

    out = synth_app(build, tmp_path)
    assert out.find("Gateway", "homelab-gateway")["spec"]["infrastructure"] == {
        "annotations": {"lbipam.cilium.io/ips": "192.168.10.201"}, "labels": {"lb-pool": "lan"}}
    assert out.find("Gateway", "labels-only")["spec"]["infrastructure"] == {"labels": {"team": "lab"}}
    valid(out)  # the Gateway CRD's schema and CEL rules on spec.infrastructure.labels


def test_not_given_writes_nothing():
    c = chart()
    app = HomelabApp(c, "jf", name="jellyfin", namespace="media", port=8096)
    assert app.service is not None and app.service.to_json()["metadata"]["labels"] == MANAGED  # not even the name
    assert "infrastructure" not in gateway(c).resource.to_json()["spec"]
    assert HomelabApp(c, "e", name="empty", namespace="media", port=80, service_labels={}).service_labels == {}


# (wrong types and values of the three props are rows of tests/test_bad_input_types.py)


# ---- the pool must select what is pinned in it

def test_pinned_service_outside_its_pools_selector():
    def build(c: cdk8s.Chart) -> None:
        LoadBalancerPool(c, "pool", name="lan-pool", ranges=RANGE, service_selector=LAN)
        HomelabApp(c, "jf", name="jellyfin", namespace="media", port=8096, load_balancer_ip="192.168.10.210",
                   name_label=True)

    assert synth_error(build) == (
        "c/jf/Service: metadata.annotations[lbipam.cilium.io/ips]: pinned IP lies in pool lan-pool, whose "
        "serviceSelector does not select Service media/jellyfin, so Cilium never gives it the address and it stays "
        "pending (got '192.168.10.210' with labels {'app.kubernetes.io/managed-by': 'homelab-constructs', "
        "'app.kubernetes.io/name': 'jellyfin'}; the pool selects {'matchLabels': {'lb-pool': 'lan'}}); add the "
        "labels {'lb-pool': 'lan'} to the Service (HomelabApp(service_labels=...) or "
        "VpnPod(web_ui=WebUi(service_labels=...))), "
        + POOL_FIX)


def test_pinned_gateway_outside_its_pools_selector():
    def build(c: cdk8s.Chart) -> None:
        LoadBalancerPool(c, "pool", name="lan-pool", ranges=RANGE, service_selector=LAN)
        gateway(c, load_balancer_ip="192.168.10.201", labels=LAN)  # the Gateway's own labels do not reach its Service

    assert synth_error(build) == (
        "c/gw/Resource: spec.infrastructure.annotations[lbipam.cilium.io/ips]: pinned IP lies in pool lan-pool, whose "
        "serviceSelector does not select Gateway default/homelab-gateway, so Cilium never gives it the address and it "
        "stays pending (got '192.168.10.201' with labels {}; the pool selects {'matchLabels': {'lb-pool': 'lan'}}); "
        "add the labels {'lb-pool': 'lan'} to the Gateway's spec.infrastructure.labels, which Cilium and Envoy Gateway "
        "copy onto its Service (HomelabGateway(infrastructure_labels=...)), " + POOL_FIX)


# ---- the selector rules, on manifests as `validate` reads them

def pool(selector=None, name="lan-pool") -> dict:
    spec: dict = {"blocks": [{"start": "192.168.10.200", "stop": "192.168.10.250"}]}
    if selector is not None:
        spec["serviceSelector"] = selector
    return {"apiVersion": "cilium.io/v2", "kind": "CiliumLoadBalancerIPPool", "metadata": {"name": name},
            "spec": spec}


def service(labels=None, ip="192.168.10.210", type_="LoadBalancer", name="jellyfin") -> dict:
    return {"apiVersion": "v1", "kind": "Service",
            "metadata": {"name": name, "namespace": "media", "labels": labels or {},
                         "annotations": {"lbipam.cilium.io/ips": ip}},
            "spec": {"type": type_, "ports": [{"port": 8096}]}}


def gateway_object(infra_labels=None) -> dict:
    infra: dict = {"annotations": {"lbipam.cilium.io/ips": "192.168.10.201"}}
    if infra_labels is not None:
        infra["labels"] = infra_labels
    return {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway",
            "metadata": {"name": "gw", "namespace": "default"},
            "spec": {"gatewayClassName": "cilium", "infrastructure": infra, "listeners": []}}


def l2(selector=None, name="lan-l2", load_balancer_ips=True) -> dict:
    spec: dict = {"loadBalancerIPs": load_balancer_ips}
    if selector is not None:
        spec["serviceSelector"] = selector
    return {"apiVersion": "cilium.io/v2alpha1", "kind": "CiliumL2AnnouncementPolicy", "metadata": {"name": name},
            "spec": spec}


def cross(*objects: dict) -> list[str]:
    return [str(p) for p in cross_object_problems([("f.yaml", o) for o in objects])]


def test_a_pool_without_selector_selects_everything():
    assert cross(pool(), service()) == []
    assert cross(pool({}), service()) == []


def test_match_expressions_and_cilium_service_labels():
    ns_only = {"matchExpressions": [{"key": "io.kubernetes.service.namespace", "operator": "In", "values": ["media"]}]}
    assert cross(pool(ns_only), service()) == []
    assert cross(pool({"matchLabels": {"io.kubernetes.service.name": "jellyfin"}}), service()) == []
    not_media = {"matchExpressions": [{"key": "io.kubernetes.service.namespace", "operator": "NotIn",
                                       "values": ["media"]}]}
    assert cross(pool(not_media), service({"tier": "web"})) == [
        "f.yaml: Service media/jellyfin: metadata.annotations[lbipam.cilium.io/ips]: pinned IP lies in pool lan-pool, "
        "whose serviceSelector does not select Service media/jellyfin, so Cilium never gives it the address and it "
        "stays pending (got '192.168.10.210' with labels {'tier': 'web', 'io.kubernetes.service.namespace': 'media'}; "
        "the pool selects {'matchExpressions': [{'key': 'io.kubernetes.service.namespace', 'operator': 'NotIn', "
        "'values': ['media']}]}); add labels the selector selects to the Service (HomelabApp(service_labels=...) or "
        "VpnPod(web_ui=WebUi(service_labels=...))), " + POOL_FIX]
    exists = {"matchExpressions": [{"key": "lb-pool", "operator": "Exists"}]}
    assert cross(pool(exists), service({"lb-pool": "anything"})) == []
    assert len(cross(pool(exists), service())) == 1
    absent = {"matchExpressions": [{"key": "private", "operator": "DoesNotExist"}]}
    assert cross(pool(absent), service()) == []
    assert len(cross(pool(absent), service({"private": "true"}))) == 1


def test_selects():
    assert selects(None, {}) and selects({}, {"a": "b"})
    assert selects({"matchLabels": {"a": "b"}}, {"a": "b", "c": "d"})
    assert not selects({"matchLabels": {"a": "b"}}, {"a": "c"})
    assert selects({"matchExpressions": [{"key": "a", "operator": "NotIn", "values": ["x"]}]}, {})
    assert not selects({"matchExpressions": [{"key": "a", "operator": "In", "values": ["x"]}]}, {})
    assert selects({"matchLabels": {"a": "b"}}, {}, unknown=lambda key: key == "a")


def test_a_gateway_is_matched_by_its_infrastructure_labels():
    assert cross(pool(SELECT_LAN), gateway_object(LAN)) == []
    assert len(cross(pool(SELECT_LAN), gateway_object({"lb-pool": "wan"}))) == 1
    # labels the implementation puts on the Service itself cannot be known: a requirement on them counts as met
    owning = {"matchLabels": {"io.cilium.gateway/owning-gateway": "gw", **LAN}}
    assert cross(pool(owning), gateway_object(LAN)) == []
    assert cross(pool({"matchLabels": {"io.kubernetes.service.namespace": "envoy-gateway-system"}}),
                 gateway_object()) == []


# ---- L2: when the app announces LoadBalancer IPs with L2 policies only, one must announce the pin

def test_pinned_service_announced_by_no_l2_policy(tmp_path):
    def build(c: cdk8s.Chart) -> None:
        LoadBalancerPool(c, "pool", name="lan-pool", ranges=RANGE)
        L2Announcement(c, "l2", name="lan-l2", service_selector=LAN)
        HomelabApp(c, "jf", name="jellyfin", namespace="media", port=8096, load_balancer_ip="192.168.10.210",
                   name_label=True)

    assert synth_error(build) == (
        "c/jf/Service: metadata.annotations[lbipam.cilium.io/ips]: pinned IP is announced by no L2 policy, so no node "
        "answers ARP for it on the LAN: the app announces LoadBalancer IPs with CiliumL2AnnouncementPolicies only, and "
        "none with loadBalancerIPs: true selects Service media/jellyfin (got '192.168.10.210' with labels "
        "{'app.kubernetes.io/managed-by': 'homelab-constructs', 'app.kubernetes.io/name': 'jellyfin'}; lan-l2 selects "
        "{'matchLabels': {'lb-pool': 'lan'}}); add the labels {'lb-pool': 'lan'} to the Service "
        "(HomelabApp(service_labels=...) or VpnPod(web_ui=WebUi(service_labels=...))), " + L2_FIX)

    def fixed(app: cdk8s.App) -> None:
        c = cdk8s.Chart(app, "c")
        LoadBalancerPool(c, "pool", name="lan-pool", ranges=RANGE)
        L2Announcement(c, "l2", name="lan-l2", service_selector=LAN)
        HomelabApp(c, "jf", name="jellyfin", namespace="media", port=8096, load_balancer_ip="192.168.10.210",
                   service_labels=LAN)

    valid(synth_app(fixed, tmp_path))


def test_l2_policies_that_announce_no_load_balancer_ips():
    assert cross(pool(), l2(SELECT_LAN, load_balancer_ips=False), gateway_object()) == [
        "f.yaml: Gateway default/gw: spec.infrastructure.annotations[lbipam.cilium.io/ips]: pinned IP is announced by "
        "no L2 policy, so no node answers ARP for it on the LAN: the app announces LoadBalancer IPs with "
        "CiliumL2AnnouncementPolicies only, and none with loadBalancerIPs: true selects Gateway default/gw (got "
        "'192.168.10.201' with labels {}; lan-l2 does not announce LoadBalancer IPs); add labels the selector selects "
        "to the Gateway's spec.infrastructure.labels, which Cilium and Envoy Gateway copy onto its Service "
        "(HomelabGateway(infrastructure_labels=...)), " + L2_FIX]


def test_l2_check_only_when_l2_is_the_only_announcement():
    assert cross(pool(), service()) == []  # no L2 policy: not checked
    assert cross(pool(), l2(SELECT_LAN), l2(name="all"), service()) == []  # one policy selects it
    bgp = {"apiVersion": "cilium.io/v2", "kind": "CiliumBGPAdvertisement", "metadata": {"name": "bgp"},
           "spec": {"advertisements": []}}
    assert cross(pool(), l2(SELECT_LAN), bgp, service()) == []  # BGP may announce it
    assert cross(pool(), l2(SELECT_LAN), service(type_="ClusterIP")) == []  # not a LoadBalancer
    # the pool's selector is reported first (the same labels usually fix both)
    assert [p.split(": pinned IP ")[1][:30] for p in cross(pool(SELECT_LAN), l2(SELECT_LAN), service())] == [
        "lies in pool lan-pool, whose s"]


# ---- ClusterCidrs: nodes are the nodes' own addresses, not their LAN

def test_node_overlap_says_what_nodes_means(tmp_path):
    def build(c: cdk8s.Chart) -> None:
        set_cluster_cidrs(c, ClusterCidrs(nodes=("192.168.10.0/24",)))
        LoadBalancerPool(c, "pool", name="lan-pool", ranges=RANGE)

    assert synth_error(build) == (
        "c/pool/Resource: spec.blocks: pool overlaps the cluster's node CIDR 192.168.10.0/24 (got "
        "['192.168.10.200-192.168.10.250']); move the pool outside 192.168.10.0/24, or, if 192.168.10.0/24 is the "
        "nodes' LAN rather than their own addresses, give the nodes' addresses only (each node IP as /32, or a block "
        "reserved for them): with L2 announcements the pool belongs on that LAN")

    def nodes_only(app: cdk8s.App) -> None:
        c = cdk8s.Chart(app, "c")
        set_cluster_cidrs(c, ClusterCidrs(nodes=("192.168.10.11/32", "192.168.10.12/32")))
        LoadBalancerPool(c, "pool", name="lan-pool", ranges=RANGE)

    synth_app(nodes_only, tmp_path)  # the nodes' own addresses: the pool beside them on their LAN passes


# ---- what the repository ships still passes

def test_default_homelab_and_examples_pass(synthesized):
    assert set(synthesized) >= {"default", "seed000", "seed002"}
    for name, out in synthesized.items():
        assert cross_object_problems(out.pairs(), external=read_external_objects(out.outdir),
                                     waivers=read_waivers(out.outdir)) == [], name
