"""Multus VLAN attachments: CNI config as data, pod annotations, and the bad-input catalogue."""
from __future__ import annotations

import json

from homelab_constructs.network import (
    CILIUM_MULTUS_VALUES,
    NETWORKS_ANNOTATION,
    VlanAttachment,
    VlanRoute,
    networks_annotation,
)

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


# ---- bad inputs, each with its exact message

def attachment(chart, **overrides):
    props = dict(name="iot", namespace="home", master="enp1s0", vlan_id=20, subnet="192.168.20.0/24")
    props.update(overrides)
    return VlanAttachment(chart, "Iot", **props)


BAD_ATTACHMENTS = [
    ({"vlan_id": 0}, "t/Iot: VLAN id must be an integer in 1-4094 (got 0); 0 is untagged/priority-tagged and 4095 is "
                     "reserved; use your switch's VLAN id, or vlan_id=None for the untagged network"),
    ({"vlan_id": 4095}, "t/Iot: VLAN id must be an integer in 1-4094 (got 4095); 0 is untagged/priority-tagged and "
                        "4095 is reserved; use your switch's VLAN id, or vlan_id=None for the untagged network"),
    ({"master": "eth 0"}, "t/Iot: master interface is not a valid Linux interface name (got 'eth 0'); use 1-15 "
                          "letters, digits, '_', '.' or '-' (no '/', ':' or spaces), such as 'enp1s0' or 'eth0'"),
    ({"master": "enp0s31f6-long", "vlan_id": 100},
     "t/Iot: VLAN sub-interface name is not a valid Linux interface name (got 'enp0s31f6-long.100'); use 1-15 "
     "letters, digits, '_', '.' or '-' (no '/', ':' or spaces), such as 'enp1s0' or 'eth0'"),
    ({"subnet": "192.168.20.1/24"}, "t/Iot: subnet is not in network form (got '192.168.20.1/24'); write the "
                                    "network address with its prefix length; did you mean 192.168.20.0/24?"),
    ({"subnet": "vlan20"}, "t/Iot: subnet is not in network form (got 'vlan20'); write the network address with its "
                           "prefix length, such as 192.168.20.0/24"),
    ({"gateway": "192.168.30.1"}, "t/Iot: gateway is not a usable address of the subnet 192.168.20.0/24 (got "
                                  "'192.168.30.1'); use an address in 192.168.20.0/24 (192.168.20.1-192.168.20.254)"),
    ({"gateway": "192.168.20.1", "routes": [VlanRoute("0.0.0.0/0")]},
     "t/Iot: route would move the pod's default route onto the VLAN (got '0.0.0.0/0'); route only the subnets the "
     "pod must reach through this VLAN (use sbr=True for replies)"),
    ({"routes": [VlanRoute("10.0.0.0/8")]},
     "t/Iot: route has no gateway (got '10.0.0.0/8'); set VlanRoute(gw=...) or the attachment's gateway"),
    ({"ipam": "dhcp", "gateway": "192.168.20.1"},
     "t/Iot: DHCP IPAM takes its addresses and routes from the VLAN's DHCP server (got ['gateway']); drop these "
     "props, or use ipam='static' or 'whereabouts'"),
    ({"ipam": "host-local"}, "t/Iot: IPAM mode is unknown (got 'host-local'); use one of: static, dhcp, whereabouts"),
    ({"range_start": "192.168.20.10"},
     "t/Iot: address ranges only apply to whereabouts IPAM (this attachment uses static) (got {'range_start': "
     "'192.168.20.10', 'range_end': None, 'exclude': []}); drop them, or use ipam='whereabouts'"),
    ({"ipam": "whereabouts", "exclude": ["10.0.0.0/24"]},
     "t/Iot: excluded CIDR is outside the attachment's subnet 192.168.20.0/24 (got '10.0.0.0/24'); use a block "
     "inside 192.168.20.0/24"),
    ({"mtu": 10}, "t/Iot: MTU must be an integer in 68-65535 (got 10); use the VLAN's MTU, such as 1500 or 9000"),
]


@pytest.mark.parametrize("overrides,expected", BAD_ATTACHMENTS, ids=[str(o) for o, _ in BAD_ATTACHMENTS])
def test_bad_attachment(overrides, expected):
    chart = cdk8s.Chart(cdk8s.Testing.app(), "t")
    with pytest.raises(ValueError) as err:
        attachment(chart, **overrides)
    assert str(err.value) == expected


def _select_twice(chart):
    iot = attachment(chart)
    iot.select(cdk8s.Chart(chart, "first"), ips=["192.168.20.10"])
    iot.select(cdk8s.Chart(chart, "second"), ips=["192.168.20.10"])


def _same_vlan_other_attachment(chart):
    attachment(chart).select(cdk8s.Chart(chart, "first"), ips=["192.168.20.10"])
    other = VlanAttachment(chart, "Iot2", name="iot", namespace="other", master="enp1s0", vlan_id=20,
                           subnet="192.168.20.0/24")
    other.select(cdk8s.Chart(chart, "second"), ips=["192.168.20.10"])


def _two_interfaces_one_name(chart):
    iot = attachment(chart)
    networks_annotation(chart, iot.select(chart, ips=["192.168.20.10"], interface="net9"),
                        iot.select(chart, ips=["192.168.20.11"], interface="net9"))


BAD_SELECTIONS = [
    (lambda c: attachment(c).select(c, ips=["192.168.21.10"]),
     "t: static IP is outside the attachment iot's subnet (got '192.168.21.10'); use an address in 192.168.20.0/24 "
     "(192.168.20.1-192.168.20.254)"),
    (lambda c: attachment(c).select(c, ips=["192.168.20.255"]),
     "t: static IP is outside the attachment iot's subnet (got '192.168.20.255'); use an address in 192.168.20.0/24 "
     "(192.168.20.1-192.168.20.254)"),
    (_select_twice, "t/second: static IP is used twice on the VLAN enp1s0.20 (got '192.168.20.10'); t/first already "
                    "uses it; give each pod its own address"),
    (_same_vlan_other_attachment, "t/second: static IP is used twice on the VLAN enp1s0.20 (got '192.168.20.10'); "
                                  "t/first already uses it; give each pod its own address"),
    (lambda c: attachment(c).select(c),
     "t: attachment iot uses static IPAM but the pod gives no address (got []); pass ips=[...] with an address in "
     "192.168.20.0/24 (192.168.20.1-192.168.20.254)"),
    (lambda c: attachment(c, ipam="dhcp").select(c, ips=["192.168.20.10"]),
     "t: attachment iot assigns addresses by dhcp (got ['192.168.20.10']); drop ips, or use an attachment with "
     "ipam='static'"),
    (lambda c: attachment(c, gateway="192.168.20.1").select(c, ips=["192.168.20.1"]),
     "t: static IP is the VLAN iot's gateway (got '192.168.20.1'); use another address of the subnet"),
    (lambda c: attachment(c).select(c, ips=["192.168.20.10"], mac="01:00:5e:00:00:01"),
     "t: MAC address is not a unicast MAC (got '01:00:5e:00:00:01'); write six hex pairs joined by ':' with an even "
     "first octet, such as 02:00:00:00:00:01 (locally administered)"),
    (lambda c: attachment(c).select(c, ips=["192.168.20.10"], interface="eth0"),
     "t: pod interface name is the cluster network's (got 'eth0'); use another name such as 'iot0', or leave it to "
     "Multus (net1, net2, ...)"),
    (_two_interfaces_one_name,
     "t: pod interface name is used twice (got ['net9']); give each attachment its own interface name"),
]


@pytest.mark.parametrize("act,expected", BAD_SELECTIONS, ids=[e.split("(got")[0][3:40] for _, e in BAD_SELECTIONS])
def test_bad_selection(act, expected):
    chart = cdk8s.Chart(cdk8s.Testing.app(), "t")
    with pytest.raises(ValueError) as err:
        act(chart)
    assert str(err.value) == expected
