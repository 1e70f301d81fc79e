"""ExternalService: a selector-less Service plus EndpointSlices, used by routes (seed 002's B.9)."""
from __future__ import annotations

from homelab_constructs import AppRoute, ExternalService, HomelabGateway, Listener, TlsRoute, waive
from homelab_constructs.declared import declare_external

import cdk8s
import pytest
from conftest import synth_app

NS = "network"


def seed002_external_services(c: cdk8s.Chart) -> dict[str, ExternalService]:
    declare_external(c, "Secret", "cloudjur-com-tls", NS)
    internal = HomelabGateway(c, "int", name="envoy-internal", namespace=NS, domain="cloudjur.com", cluster_issuer=None,
                              gateway_class="envoy", https_redirect=False, listeners=[
        Listener("http", "HTTP", 80), Listener("https", "HTTPS", 443, routes_from="All",
                                               certificates=("cloudjur-com-tls",)),
        Listener("tls-passthrough", "TLS", 443, hostname="*.cloudjur.com", tls_mode="Passthrough", routes_from="All")])
    svc = {n: ExternalService(c, n, name=n, namespace=NS, addresses=a, ports=p) for n, a, p in (
        ("adguard", ["10.10.30.1"], {"http": 3000}), ("switch", ["192.168.1.2"], {"http": 80}),
        ("nas", ["10.10.30.10", "192.168.1.10"], {"https": 9090}), ("proxmox", ["10.10.30.2"], {"https": 8006}),
        ("ap", ["192.168.1.4"], {"https": 443}))}
    for name, host in (("adguard", "adguard"), ("switch", "switch")):
        AppRoute(c, f"{name}-route", name=name, namespace=NS, gateway=internal.listener("https"),
                 service_name=svc[name].name, port=svc[name].ports["http"], hostname=f"{host}.cloudjur.com")
    for name, host in (("nas", "nas"), ("proxmox", "pve"), ("ap", "ap")):
        TlsRoute(c, f"{name}-route", name=name, namespace=NS, parents=internal.listener("tls-passthrough"),
                 hostnames=[f"{host}.cloudjur.com"], backends=[svc[name].backend()])
    return svc


def test_seed002_external_services(tmp_path):
    def build(app: cdk8s.App) -> None:
        c = cdk8s.Chart(app, "external-services")
        cdk8s.ApiObject(c, "ns", api_version="v1", kind="Namespace", metadata=cdk8s.ApiObjectMetadata(name=NS))
        waive(c, "isolation", namespace=NS, reason="seed 002 runs no default-deny policies")
        seed002_external_services(c)

    out = synth_app(build, tmp_path)  # core kinds and the pinned Gateway API CRDs, whole-app rules
    nas = out.find("Service", "nas", NS)
    assert "selector" not in nas["spec"]
    assert nas["spec"]["ports"] == [{"name": "https", "port": 9090, "protocol": "TCP", "targetPort": 9090}]
    slice_ = out.find("EndpointSlice", "nas", NS)
    assert slice_["apiVersion"] == "discovery.k8s.io/v1" and slice_["addressType"] == "IPv4"
    assert slice_["metadata"]["labels"]["kubernetes.io/service-name"] == "nas"
    assert [e["addresses"] for e in slice_["endpoints"]] == [["10.10.30.10"], ["192.168.1.10"]]
    assert slice_["ports"] == [{"name": "https", "port": 9090, "protocol": "TCP"}]
    expected = {"adguard": ("10.10.30.1", 3000), "switch": ("192.168.1.2", 80), "proxmox": ("10.10.30.2", 8006),
                "ap": ("192.168.1.4", 443)}
    for name, (ip, port) in expected.items():
        s = out.find("EndpointSlice", name, NS)
        assert (s["endpoints"][0]["addresses"], s["ports"][0]["port"]) == ([ip], port)
    adguard = out.find("HTTPRoute", "adguard", NS)
    assert adguard["spec"]["hostnames"] == ["adguard.cloudjur.com"]
    assert adguard["spec"]["parentRefs"][0]["sectionName"] == "https"
    assert adguard["spec"]["rules"] == [{"backendRefs": [{"name": "adguard", "port": 3000}]}]
    for name, host, port in (("nas", "nas", 9090), ("proxmox", "pve", 8006), ("ap", "ap", 443)):
        route = out.find("TLSRoute", name, NS)
        assert route["spec"]["hostnames"] == [f"{host}.cloudjur.com"]
        assert route["spec"]["parentRefs"][0]["sectionName"] == "tls-passthrough"
        assert route["spec"]["rules"] == [{"backendRefs": [{"name": name, "port": port}]}]


def test_dual_stack_writes_one_slice_per_family():
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    svc = ExternalService(c, "nas", name="nas", namespace=NS, addresses=["10.10.30.10", "fd00::10"],
                          ports={"https": 9090, "ssh": 22})
    slices = [s.to_json() for s in svc.endpoint_slices]
    assert [(s["metadata"]["name"], s["addressType"], s["endpoints"][0]["addresses"]) for s in slices] == [
        ("nas", "IPv4", ["10.10.30.10"]), ("nas-ipv6", "IPv6", ["fd00::10"])]
    assert svc.backend("ssh").port == 22
    with pytest.raises(ValueError) as err:
        svc.backend()
    assert str(err.value) == "c/nas: external service has no such port (got None); use one of: https, ssh"


CASES = [
    (dict(addresses="10.0.0.1"), "c/e: addresses is not a list or tuple (got '10.0.0.1'); write a list such as "
                                 "['10.0.0.1']"),
    (dict(addresses=["nas.lan"]), "c/e: addresses[0] is not an IP address (got 'nas.lan'); write a single address "
                                  "such as 192.168.1.10"),
    (dict(addresses=[]), "c/e: external service has no address (got []); list the addresses, such as ['192.168.1.10']"),
    (dict(addresses=["10.0.0.1", "10.0.0.1"]), "c/e: an address is listed twice (got ['10.0.0.1', '10.0.0.1']); "
                                               "list each address once"),
    (dict(ports=[443]), "c/e: ports is not a mapping (got [443]); write a dict such as {'https': 443}"),
    (dict(ports={}), "c/e: external service has no port (got {}); write ports={'https': 443}"),
    (dict(ports={"https": 0}), "c/e: ports['https'] must be an integer in 1-65535 (got 0); use a valid TCP/UDP "
                               "ports['https']"),
    (dict(ports={"HTTPS": 443}), "c/e: ports key is not a DNS label (got 'HTTPS'); use 1-63 lowercase letters, "
                                 "digits or '-', starting and ending with a letter or digit"),
    (dict(protocol="tcp"), "c/e: protocol is unknown (got 'tcp'); use one of: TCP, UDP, SCTP"),
    (dict(name="NAS"), "c/e: service name is not a DNS label (got 'NAS'); use 1-63 lowercase letters, digits or '-', "
                       "starting and ending with a letter or digit"),
    (dict(annotations="x"), "c/e: annotations must be a mapping of key to string (got 'x'); write "
                            "{'example.com/key': 'value'}"),
]


@pytest.mark.parametrize("kw,message", CASES)
def test_external_service_bad_input(kw, message):
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    with pytest.raises(ValueError) as err:
        ExternalService(c, "e", **{"name": "nas", "namespace": NS, "addresses": ["10.0.0.1"], "ports": {"https": 443},
                                   **kw})
    assert str(err.value) == message


def test_external_service_declared_twice():
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    ExternalService(c, "a", name="nas", namespace=NS, addresses=["10.0.0.1"], ports={"https": 443})
    with pytest.raises(ValueError) as err:
        ExternalService(c, "b", name="nas", namespace=NS, addresses=["10.0.0.2"], ports={"https": 443})
    assert str(err.value) == ("c/b: Service is declared twice in namespace network (got 'nas'); c/a already declares "
                              "it; give each external service its own name")
