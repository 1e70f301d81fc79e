"""BGP as seed 002 writes it (REAL-REPOS.md B.1 networking.yaml, fact 23): three objects with
their own names, the advertisement's own labels, the NotIn selector, several peers."""
from __future__ import annotations

from homelab_constructs import EVERY_SERVICE, BgpPeer, BgpPeering, BgpTimers, SelectorRequirement

import cdk8s
import pytest
from conftest import synth_app


def seed002_build(app: cdk8s.App) -> None:
    BgpPeering(cdk8s.Chart(app, "bgp"), "Bgp", local_asn=64666, peers=[BgpPeer("opnsense", "192.168.1.1", 64667)],
               cluster_config_name="l3-bgp-cluster-config", peer_config_name="l3-bgp-peer-config",
               advertisement_name="l3-bgp-advertisement", instance_name="cilium",
               advertisement_labels={"advertise": "bgp"}, node_selector={"kubernetes.io/os": "linux"},
               service_expressions=EVERY_SERVICE)


@pytest.fixture(scope="module")
def seed002(tmp_path_factory):
    return synth_app(seed002_build, tmp_path_factory.mktemp("bgp-seed002"))  # validated against the CRDs and CEL


def test_seed002_cluster_config(seed002):
    config = seed002.find("CiliumBGPClusterConfig", "l3-bgp-cluster-config")
    assert config["apiVersion"] == "cilium.io/v2"
    assert config["spec"] == {
        "nodeSelector": {"matchLabels": {"kubernetes.io/os": "linux"}},
        "bgpInstances": [{"name": "cilium", "localASN": 64666, "peers": [
            {"name": "opnsense", "peerASN": 64667, "peerAddress": "192.168.1.1",
             "peerConfigRef": {"name": "l3-bgp-peer-config"}}]}]}


def test_seed002_peer_config(seed002):
    peer = seed002.find("CiliumBGPPeerConfig", "l3-bgp-peer-config")
    assert peer["apiVersion"] == "cilium.io/v2"
    assert peer["spec"] == {"families": [{"afi": "ipv4", "safi": "unicast",
                                          "advertisements": {"matchLabels": {"advertise": "bgp"}}}]}


def test_seed002_advertisement(seed002):
    advertisement = seed002.find("CiliumBGPAdvertisement", "l3-bgp-advertisement")
    assert advertisement["apiVersion"] == "cilium.io/v2"
    assert advertisement["metadata"]["labels"]["advertise"] == "bgp"
    assert advertisement["spec"] == {"advertisements": [{
        "advertisementType": "Service", "service": {"addresses": ["LoadBalancerIP"]},
        "selector": {"matchExpressions": [{"key": "somekey", "operator": "NotIn", "values": ["never-used-value"]}]}}]}


def test_several_peers_expressions_and_addresses():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    BgpPeering(chart, "bgp", local_asn=64666,
               peers=[BgpPeer("opnsense", "192.168.1.1", 64667),
                      BgpPeer("backup", "192.168.1.2", 64668, peer_config="backup-peer-config")],
               service_selector={"bgp": "on"},
               service_expressions=[SelectorRequirement("tier", "In", ["edge"]),
                                    SelectorRequirement("internal", "DoesNotExist")],
               service_addresses=["LoadBalancerIP", "ExternalIP"])
    objects = {o["kind"]: o for o in cdk8s.Testing.synth(chart)}
    peers = objects["CiliumBGPClusterConfig"]["spec"]["bgpInstances"][0]["peers"]
    assert [(p["name"], p["peerASN"], p["peerConfigRef"]["name"]) for p in peers] == [
        ("opnsense", 64667, "bgp"), ("backup", 64668, "backup-peer-config")]
    (ad,) = objects["CiliumBGPAdvertisement"]["spec"]["advertisements"]
    assert ad["service"] == {"addresses": ["LoadBalancerIP", "ExternalIP"]}
    assert ad["selector"] == {"matchLabels": {"bgp": "on"}, "matchExpressions": [
        {"key": "tier", "operator": "In", "values": ["edge"]}, {"key": "internal", "operator": "DoesNotExist"}]}


def test_names_default_to_name():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    peering = BgpPeering(chart, "bgp", name="lab", local_asn=64666, peers=[BgpPeer("r", "10.0.0.1", 64667)])
    assert (peering.cluster_config_name, peering.peer_config_name, peering.advertisement_name,
            peering.instance_name) == ("lab",) * 4
    assert peering.advertisement_labels == {"homelab-constructs.io/bgp-advertisement": "lab"}


def _bgp(c: cdk8s.Chart, **kw: object) -> BgpPeering:
    return BgpPeering(c, "bgp", **{"local_asn": 64666, "peers": [BgpPeer("r", "10.0.0.1", 64667)], **kw})


SUBDOMAIN_FIX = ("use at most 253 lowercase letters, digits, '-' or '.', each dot-separated part starting and ending "
                 "with a letter or digit")
BAD = [
    ("cluster-config-name-type", dict(cluster_config_name=1),
     f"cluster config name is not a DNS subdomain name (got 1); {SUBDOMAIN_FIX}"),
    ("peer-config-name-value", dict(peer_config_name="L3_Peer"),
     f"peer config name is not a DNS subdomain name (got 'L3_Peer'); {SUBDOMAIN_FIX}"),
    ("advertisement-name-value", dict(advertisement_name="-ad"),
     f"advertisement name is not a DNS subdomain name (got '-ad'); {SUBDOMAIN_FIX}"),
    ("instance-name-type", dict(instance_name=["cilium"]),
     f"BGP instance name is not a DNS subdomain name (got ['cilium']); {SUBDOMAIN_FIX}"),
    ("advertisement-labels-type", dict(advertisement_labels="advertise=bgp"),
     "advertisement labels must be a non-empty mapping of label to value (got 'advertise=bgp'); label the "
     "advertisement such as {'advertise': 'bgp'}"),
    ("advertisement-labels-empty", dict(advertisement_labels={}),
     "advertisement labels must be a non-empty mapping of label to value (got {}); label the "
     "advertisement such as {'advertise': 'bgp'}"),
    ("service-expressions-type", dict(service_expressions=SelectorRequirement("a", "Exists")),
     "service_expressions is not a list or tuple (got SelectorRequirement(key='a', operator='Exists', values=())); "
     "write a list such as [SelectorRequirement(key='a', operator='Exists', values=())]"),
    ("service-expression-item", dict(service_expressions=[{"key": "a"}]),
     "service_expressions[0] is not a SelectorRequirement (got {'key': 'a'}); write "
     "SelectorRequirement('app', 'In', ['web'])"),
    ("service-expression-operator", dict(service_expressions=[SelectorRequirement("a", "NotExists")]),
     "service_expressions[0] operator is unknown (got 'NotExists'); did you mean Exists? use one of: In, NotIn, "
     "Exists, DoesNotExist"),
    ("service-expression-needs-values", dict(service_expressions=[SelectorRequirement("a", "NotIn")]),
     "service_expressions[0] operator NotIn needs values (got []); list at least one label value"),
    ("service-expression-no-values", dict(service_expressions=[SelectorRequirement("a", "Exists", ("x",))]),
     "service_expressions[0] operator Exists takes no values (got ['x']); drop the values, or use In or NotIn"),
    ("service-expression-values-type", dict(service_expressions=[SelectorRequirement("a", "In", "x")]),
     "service_expressions[0] values is not a list or tuple (got 'x'); write a list such as ['x']"),
    ("service-addresses-type", dict(service_addresses="LoadBalancerIP"),
     "service_addresses is not a list or tuple (got 'LoadBalancerIP'); write a list such as ['LoadBalancerIP']"),
    ("service-address-value", dict(service_addresses=["LoadBalancerIp"]),
     "service address is unknown (got 'LoadBalancerIp'); did you mean LoadBalancerIP? use one of: LoadBalancerIP, "
     "ClusterIP, ExternalIP"),
    ("service-addresses-twice", dict(service_addresses=["ClusterIP", "ClusterIP"]),
     "service addresses must be distinct values of LoadBalancerIP, ClusterIP, ExternalIP (got ['ClusterIP', "
     "'ClusterIP']); use ['LoadBalancerIP'] or more, each once"),
    ("expressions-without-services", dict(service_expressions=EVERY_SERVICE, advertise_load_balancer_ips=False,
                                          advertise_pod_cidr=True),
     "service selector given but LoadBalancer IPs are not advertised (got [SelectorRequirement(key='somekey', "
     "operator='NotIn', values=('never-used-value',))]); set advertise_load_balancer_ips=True, or drop "
     "service_selector"),
    ("peer-config-type", dict(peers=[BgpPeer("r", "10.0.0.1", 64667, peer_config=5)]),
     f"peer r's peer config is not a DNS subdomain name (got 5); {SUBDOMAIN_FIX}"),
    ("peer-config-value", dict(peers=[BgpPeer("r", "10.0.0.1", 64667, peer_config="Peer Config")]),
     f"peer r's peer config is not a DNS subdomain name (got 'Peer Config'); {SUBDOMAIN_FIX}"),
]


@pytest.mark.parametrize("kwargs, message", [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_input(kwargs, message):
    with pytest.raises(ValueError) as caught:
        _bgp(cdk8s.Chart(cdk8s.Testing.app(), "c"), **kwargs)
    assert str(caught.value) == f"c/bgp: {message}"


# ---- what is written only when set: graceful restart (the preset) and the timers

def _peer_spec(**kwargs) -> dict:
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    BgpPeering(chart, "bgp", local_asn=64666, peers=[BgpPeer("r", "10.0.0.1", 64667)], **kwargs)
    return next(o["spec"] for o in cdk8s.Testing.synth(chart) if o["kind"] == "CiliumBGPPeerConfig")


def test_unset_graceful_restart_and_timers_write_nothing():
    spec = _peer_spec()
    assert "gracefulRestart" not in spec and "timers" not in spec
    assert "timers" not in _peer_spec(timers=BgpTimers())  # no timer set: nothing written


def test_the_preset_writes_exactly_graceful_restart():
    assert dict(BgpPeering.RECOMMENDED) == {"graceful_restart": True}
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    BgpPeering.recommended(local_asn=64666, peers=[BgpPeer("r", "10.0.0.1", 64667)]).build(chart, "bgp")
    preset = next(o["spec"] for o in cdk8s.Testing.synth(chart) if o["kind"] == "CiliumBGPPeerConfig")
    assert {k: v for k, v in preset.items() if k not in _peer_spec()} == {
        "gracefulRestart": {"enabled": True, "restartTimeSeconds": 120}}


def test_timers_as_the_crd_names_them(tmp_path):
    assert _peer_spec(timers=BgpTimers(connect_retry_seconds=5, hold_seconds=9, keepalive_seconds=3))["timers"] == {
        "connectRetryTimeSeconds": 5, "holdTimeSeconds": 9, "keepAliveTimeSeconds": 3}
    assert _peer_spec(timers=BgpTimers(hold_seconds=240))["timers"] == {"holdTimeSeconds": 240}

    def build(app: cdk8s.App) -> None:  # valid against the pinned CRD and its CEL rule
        BgpPeering(cdk8s.Chart(app, "bgp"), "Bgp", local_asn=64666, peers=[BgpPeer("r", "10.0.0.1", 64667)],
                   timers=BgpTimers(hold_seconds=9, keepalive_seconds=3))
    synth_app(build, tmp_path)
