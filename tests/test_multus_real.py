"""Multus NADs as seed 002 writes them (REAL-REPOS.md B.5, fact 35): untagged masters (the
host NIC tags), macvlan bridge, static IPAM with or without addresses, a default route with
``sbr``, 31 routes covering public IPv4, no ``tuning`` plugin."""
from __future__ import annotations

import ipaddress
import json

from homelab_constructs import (
    APP_TEMPLATE_POD_ANNOTATIONS,
    NETWORKS_ANNOTATION,
    VlanAttachment,
    VlanRoute,
    networks_annotation,
    networks_values,
)
from homelab_constructs.network.vlan import VlanAddress

import cdk8s
import pytest
from conftest import synth_app

#: seed 002's trusted VLANs: (NAD, master, address, gateway)
ROUTED = (("multus-iot", "eth3", "10.10.33.254/24", "10.10.33.1"),
          ("multus-not", "eth2", "10.10.32.254/24", "10.10.32.1"),
          ("multus-trust", "eth4", "10.10.10.254/24", "10.10.10.1"))


def public_ipv4() -> list[str]:
    """Every IPv4 address but RFC 1918's: the vpn NAD's 31 routes."""
    nets = [ipaddress.ip_network("0.0.0.0/0")]
    for private in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"):
        block = ipaddress.ip_network(private)
        nets = [part for n in nets for part in (n.address_exclude(block) if block.subnet_of(n) else [n])]
    return [str(n) for n in sorted(nets)]


def build(app: cdk8s.App) -> dict:
    chart = cdk8s.Chart(app, "multus")
    made = {}
    for name, master, address, gateway in ROUTED:
        subnet = str(ipaddress.ip_interface(address).network)
        made[name] = VlanAttachment(chart, name, name=name, namespace="network", master=master, subnet=subnet,
                                    gateway=gateway, addresses=[VlanAddress(address, gateway=gateway)],
                                    routes=[VlanRoute("0.0.0.0/0")], sbr=True, tuning=False)
    made["vpn"] = VlanAttachment(chart, "vpn", name="vpn", namespace="network", master="eth1", subnet="10.10.31.0/24",
                                 gateway="10.10.31.1", routes=[VlanRoute(r) for r in public_ipv4()], tuning=False,
                                 ips_capability=False)
    owner = cdk8s.Chart(app, "home-assistant")
    made["annotation"] = networks_annotation(owner, *(made[name].select(owner, ips=[ip]) for name, ip in (
        ("multus-not", "10.10.32.250"), ("multus-iot", "10.10.33.250"), ("multus-trust", "10.10.10.250"))))
    # B.5: sabnzbd, an app-template release, on the vpn NAD (its pods rendered by that chart)
    sabnzbd = cdk8s.Chart(app, "sabnzbd")
    made["values"] = networks_values(sabnzbd, made["vpn"].select(sabnzbd, ips=["10.10.31.11"]))
    made["controller"] = networks_values(sabnzbd, made["vpn"].select(sabnzbd, ips=["10.10.31.12"]),
                                         at="controllers.sabnzbd.pod.annotations")
    return made


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    made: dict = {}
    synth = synth_app(lambda app: made.update(build(app)), tmp_path_factory.mktemp("multus-seed002"))
    return synth, made


def config(synth, name: str) -> dict:
    nad = synth.find("NetworkAttachmentDefinition", name, "network")
    assert nad["apiVersion"] == "k8s.cni.cncf.io/v1"
    return json.loads(nad["spec"]["config"])


@pytest.mark.parametrize("name, master, address, gateway", ROUTED)
def test_routed_nads(built, name, master, address, gateway):
    cfg = config(built[0], name)
    assert cfg == {"cniVersion": "0.3.1", "name": name, "plugins": [
        {"type": "macvlan", "master": master, "mode": "bridge", "capabilities": {"ips": True},
         "ipam": {"type": "static", "addresses": [{"address": address, "gateway": gateway}],
                  "routes": [{"dst": "0.0.0.0/0", "gw": gateway}]}},
        {"type": "sbr"}]}
    assert "." not in cfg["plugins"][0]["master"] and "vlan" not in [p["type"] for p in cfg["plugins"]]  # untagged


def test_vpn_nad(built):
    cfg = config(built[0], "vpn")
    routes = [{"dst": r, "gw": "10.10.31.1"} for r in public_ipv4()]
    assert len(routes) == 31 and routes[0]["dst"] == "0.0.0.0/5" and routes[-1]["dst"] == "224.0.0.0/3"
    assert cfg == {"cniVersion": "0.3.1", "name": "vpn", "plugins": [
        {"type": "macvlan", "master": "eth1", "mode": "bridge", "ipam": {"type": "static", "routes": routes}}]}


def test_pod_annotation_unchanged(built):
    assert json.loads(built[1]["annotation"][NETWORKS_ANNOTATION]) == [
        {"name": "multus-not", "namespace": "network", "ips": ["10.10.32.250/24"]},
        {"name": "multus-iot", "namespace": "network", "ips": ["10.10.33.250/24"]},
        {"name": "multus-trust", "namespace": "network", "ips": ["10.10.10.250/24"]}]


def test_values_fragment_for_a_chart_that_renders_the_pod(built):
    """B.5: the networks annotation delivered as app-template values (every pod, or one controller's)."""
    values = built[1]["values"]
    assert APP_TEMPLATE_POD_ANNOTATIONS == "defaultPodOptions.annotations"
    assert list(values) == ["defaultPodOptions"] and list(values["defaultPodOptions"]) == ["annotations"]
    assert json.loads(values["defaultPodOptions"]["annotations"][NETWORKS_ANNOTATION]) == [
        {"name": "vpn", "namespace": "network", "ips": ["10.10.31.11/24"]}]
    controller = built[1]["controller"]["controllers"]["sabnzbd"]["pod"]["annotations"]
    assert json.loads(controller[NETWORKS_ANNOTATION])[0]["ips"] == ["10.10.31.12/24"]


def test_values_fragment_at_pod_annotations():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    dhcp = VlanAttachment(chart, "iot", name="iot", namespace="home", master="enp1s0", subnet="192.168.20.0/24",
                          ipam="dhcp")
    assert networks_values(chart, dhcp.select(chart), at="podAnnotations") == {
        "podAnnotations": {NETWORKS_ANNOTATION: '[{"name": "iot", "namespace": "home"}]'}}


def test_defaults_unchanged():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    v = VlanAttachment(chart, "v", name="v", namespace="home", master="enp1s0", subnet="192.168.20.0/24")
    assert [p["type"] for p in v.cni_config["plugins"]] == ["macvlan", "tuning"]  # type: ignore[index]
    assert v.cni_config["plugins"][0]["capabilities"] == {"ips": True}  # type: ignore[index]


def _vlan(c: cdk8s.Chart, **kw: object) -> VlanAttachment:
    return VlanAttachment(c, "v", **{"name": "v", "namespace": "network", "master": "eth3",
                                     "subnet": "10.10.33.0/24", "gateway": "10.10.33.1", **kw})


BAD = [
    ("default-route-without-sbr", dict(routes=[VlanRoute("0.0.0.0/0")]),
     "route would move the pod's default route onto the VLAN (got '0.0.0.0/0'); route only the subnets the pod "
     "must reach through this VLAN (use sbr=True for replies)"),
    ("addresses-type", dict(addresses="10.10.33.254/24"),
     "addresses are not a list of VlanAddresses (got '10.10.33.254/24'); write a list such as "
     "[VlanAddress('10.10.33.254/24', gateway='10.10.33.1')], or () for none"),
    ("address-no-prefix", dict(addresses=[VlanAddress("10.10.33.254")]),
     "static address is not an address with a prefix length (got '10.10.33.254'); write it as <address>/<prefix>, "
     "such as '10.10.33.254/24'"),
    ("address-type", dict(addresses=[VlanAddress(254)]),  # type: ignore[arg-type]
     "static address is not an address with a prefix length (got 254); write it as <address>/<prefix>, "
     "such as '10.10.33.254/24'"),
    ("address-other-subnet", dict(addresses=[VlanAddress("10.10.32.254/24")]),
     "static address is not in the attachment's subnet 10.10.33.0/24 (got '10.10.32.254/24'); use an address in "
     "10.10.33.0/24 (10.10.33.1-10.10.33.254) with /24"),
    ("address-network", dict(addresses=[VlanAddress("10.10.33.0/24")]),
     "static address is not a usable address of the subnet 10.10.33.0/24 (got '10.10.33.0'); use an address in "
     "10.10.33.0/24 (10.10.33.1-10.10.33.254)"),
    ("address-gateway", dict(addresses=[VlanAddress("10.10.33.254/24", gateway="10.10.34.1")]),
     "static address gateway is not a usable address of the subnet 10.10.33.0/24 (got '10.10.34.1'); use an "
     "address in 10.10.33.0/24 (10.10.33.1-10.10.33.254)"),
    ("address-twice", dict(addresses=[VlanAddress("10.10.33.254/24"), VlanAddress("10.10.33.254/24")]),
     "static address is listed twice (got '10.10.33.254/24'); list each address once"),
    ("addresses-with-dhcp", dict(ipam="dhcp", gateway=None, addresses=[VlanAddress("10.10.33.254/24")]),
     "static addresses only apply to static IPAM (this attachment uses dhcp) (got ['10.10.33.254/24']); drop "
     "addresses, or use ipam='static'"),
    ("tuning-type", dict(tuning="no"),
     "tuning must be True or False (got 'no'); write True to add the tuning plugin (pods may pick a MAC), or False"),
    ("ips-capability-type", dict(ips_capability="yes"),
     "ips_capability must be True or False (got 'yes'); write True or False, or None for on with static IPAM"),
    ("ips-capability-whereabouts", dict(ipam="whereabouts", ips_capability=True),
     "the ips capability only applies to static IPAM (this attachment uses whereabouts) (got True); drop "
     "ips_capability, or use ipam='static'"),
]


@pytest.mark.parametrize("kwargs, message", [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_input(kwargs, message):
    with pytest.raises(ValueError) as caught:
        _vlan(cdk8s.Chart(cdk8s.Testing.app(), "c"), **kwargs)
    assert str(caught.value) == f"c/v: {message}"
