"""Multus VLAN attachments: CNI config as data and pod annotations; their bad-input catalogue is
in ``test_bad_input_modules.py``."""
from __future__ import annotations

import json

from homelab_constructs import CILIUM_MULTUS_VALUES, NETWORKS_ANNOTATION, VlanAttachment, VlanRoute, networks_annotation

import cdk8s
import jsonschema
import pytest
import yaml
from conftest import crds_dir, synth_app


def build(app: cdk8s.App) -> dict:
    chart = cdk8s.Chart(app, "vlans")
    iot = VlanAttachment(chart, "Iot", name="iot", namespace="home", master="enp1s0", vlan_id=20,
                         subnet="192.168.20.0/24", gateway="192.168.20.1",
                         routes=[VlanRoute("192.168.21.0/24")], sbr=True)
    trusted = VlanAttachment(chart, "Trusted", name="trusted", namespace="home", master="enp1s0",
                             subnet="192.168.1.0/24", ipam="whereabouts", gateway="192.168.1.1",
                             range_start="192.168.1.200", range_end="192.168.1.220", exclude=["192.168.1.208/29"],
                             mtu=1500)
    lab = VlanAttachment(chart, "Lab", name="lab", namespace="home", master="eno2", vlan_id=4094,
                         subnet="10.99.0.0/24", ipam="dhcp")
    owner = cdk8s.Chart(app, "home-assistant")
    annotation = networks_annotation(
        owner,
        iot.select(owner, ips=["192.168.20.10"], mac="02:00:00:00:14:0A", interface="iot0"),
        trusted.select(owner),
        lab.select(owner, interface="lab0"),
    )
    return {"iot": iot, "trusted": trusted, "lab": lab, "annotation": annotation}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    made = {}

    def run(app):
        made.update(build(app))

    synth = synth_app(run, tmp_path_factory.mktemp("vlans"))
    return synth, made


def configs(synth) -> dict[str, dict]:
    return {o["metadata"]["name"]: json.loads(o["spec"]["config"]) for o in synth.kinds("NetworkAttachmentDefinition")}


def test_snapshot(built, snapshot):
    synth, _ = built
    assert synth.text["vlans"] == snapshot(name="vlans")


def test_config_is_serialized_once_with_sorted_keys(built):
    synth, made = built
    for obj in synth.kinds("NetworkAttachmentDefinition"):
        config = obj["spec"]["config"]
        assert config == json.dumps(json.loads(config), sort_keys=True, separators=(",", ":"))
        assert config == made[obj["metadata"]["name"]].config


def test_macvlan_bridge_on_vlan_subinterface(built):
    iot = configs(built[0])["iot"]
    macvlan, tuning, sbr = iot["plugins"]
    assert (macvlan["type"], macvlan["mode"], macvlan["master"]) == ("macvlan", "bridge", "enp1s0.20")
    assert macvlan["ipam"] == {"type": "static", "routes": [{"dst": "192.168.21.0/24", "gw": "192.168.20.1"}]}
    assert macvlan["capabilities"] == {"ips": True}  # static addresses come from the pod annotation
    assert tuning == {"type": "tuning", "capabilities": {"mac": True}}
    assert sbr == {"type": "sbr"}
    assert iot["name"] == "iot" and iot["cniVersion"] == "0.3.1"


def test_whereabouts_and_dhcp(built):
    cfg = configs(built[0])
    trusted = cfg["trusted"]["plugins"][0]
    assert trusted["master"] == "enp1s0" and trusted["mtu"] == 1500
    assert trusted["ipam"] == {"type": "whereabouts", "range": "192.168.1.0/24", "range_start": "192.168.1.200",
                               "range_end": "192.168.1.220", "exclude": ["192.168.1.208/29"],
                               "gateway": "192.168.1.1"}
    assert "capabilities" not in trusted
    lab = cfg["lab"]["plugins"][0]
    assert lab["master"] == "eno2.4094" and lab["ipam"] == {"type": "dhcp"}
    assert [p["type"] for p in cfg["lab"]["plugins"]] == ["macvlan", "tuning"]


def test_pod_annotation(built):
    _, made = built
    assert list(made["annotation"]) == [NETWORKS_ANNOTATION]
    assert json.loads(made["annotation"][NETWORKS_ANNOTATION]) == [
        {"name": "iot", "namespace": "home", "ips": ["192.168.20.10/24"], "mac": "02:00:00:00:14:0a",
         "interface": "iot0"},
        {"name": "trusted", "namespace": "home"},
        {"name": "lab", "namespace": "home", "interface": "lab0"},
    ]


def test_matches_pinned_crd(built):
    synth, _ = built
    path = next(p for p in sorted(crds_dir().rglob("*.yaml")) if "NetworkAttachmentDefinition" in p.read_text())
    crd = next(d for d in yaml.safe_load_all(path.read_text()) if d and d.get("kind") == "CustomResourceDefinition")
    schema = crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]
    for obj in synth.kinds("NetworkAttachmentDefinition"):
        jsonschema.validate(obj, schema)
        assert obj["apiVersion"] == f"{crd['spec']['group']}/{crd['spec']['versions'][0]['name']}"


def test_cilium_coupling_is_documented():
    assert CILIUM_MULTUS_VALUES == {"cni": {"exclusive": False}}
    import homelab_constructs.network.vlan as vlan

    assert "cni.exclusive: false" in vlan.__doc__
