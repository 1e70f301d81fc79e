"""ExternalService: a selector-less Service plus EndpointSlices, used by routes (seed 002's B.9)."""
from __future__ import annotations

from homelab_constructs import (
    AppRoute,
    ExternalPort,
    ExternalService,
    HomelabGateway,
    Listener,
    TlsRoute,
    waive,
)
from homelab_constructs.declared import declare_external

import cdk8s
import pytest
import yaml
from conftest import ROOT, synth_app

NS = "network"


def seed002_external_services(c: cdk8s.Chart) -> dict[str, ExternalService]:
    declare_external(c, "Secret", "cloudjur-com-tls", NS)
    internal = HomelabGateway(c, "int", name="envoy-internal", namespace=NS, domain="cloudjur.com", cluster_issuer=None,
                              gateway_class="envoy", https_redirect=False, listeners=[
        Listener("http", "HTTP", 80), Listener("https", "HTTPS", 443, routes_from="All",
                                               certificates=("cloudjur-com-tls",)),
        Listener("tls-passthrough", "TLS", 443, hostname="*.cloudjur.com", tls_mode="Passthrough", routes_from="All")])
    app = {"app.kubernetes.io/name": "nas", "app.kubernetes.io/instance": "nas"}
    svc = {n: ExternalService(c, n, name=n, namespace=NS, addresses=a, ports=p) for n, a, p in (
        ("switch", ["192.168.1.2"], {"http": 80}), ("proxmox", ["10.10.30.2"], {"https": 8006}),
        ("ap", ["192.168.1.4"], {"https": 443}))}
    svc["adguard"] = ExternalService(
        c, "adguard", name="adguard", namespace=NS, addresses=["10.10.30.1"], protocol="TCP", headless=True,
        labels={"app.kubernetes.io/name": "adguard", "app.kubernetes.io/instance": "adguard"},
        ports={"http": ExternalPort(3000, target_port=3000, endpoint_app_protocol="http")})
    svc["nas"] = ExternalService(
        c, "nas", name="nas", namespace=NS, addresses=[("10.10.30.10", "192.168.1.10")], labels=app,
        slice_labels={**app, "endpointslice.kubernetes.io/managed-by": "nas"}, ready=True,
        ports={"https": ExternalPort(443, target_port=9090)})
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
    real = {(o["kind"], o["metadata"]["name"]): o for f in ("adguard.yaml", "nas.yaml") for o in yaml.safe_load_all(
        (ROOT / "tests" / "real_repos" / "seed002" / "main" / "network" / "external-services" / f).read_text())}
    for kind, name in (("Service", "adguard"), ("EndpointSlice", "adguard"), ("Service", "nas"),
                       ("EndpointSlice", "nas")):  # seed 002's objects, field for field
        written, expected = out.find(kind, name, NS), real[kind, name]
        labels = {k: v for k, v in written["metadata"]["labels"].items() if k != "app.kubernetes.io/managed-by"}
        assert labels == expected["metadata"]["labels"]
        body = {k: v for k, v in expected.items() if k not in ("apiVersion", "kind", "metadata")}
        mine = {k: v for k, v in written.items() if k not in ("apiVersion", "kind", "metadata")}
        if kind == "Service":
            body["spec"] = {k: v for k, v in body["spec"].items() if k != "type"}  # ClusterIP: the API's default
            for port in body["spec"]["ports"] + mine["spec"]["ports"]:
                port.setdefault("protocol", "TCP")  # the API's default, which the real ones write out
        assert mine == body
    assert "selector" not in out.find("Service", "nas", NS)["spec"]
    expected = {"switch": ("192.168.1.2", 80), "proxmox": ("10.10.30.2", 8006), "ap": ("192.168.1.4", 443)}
    for name, (ip, port) in expected.items():
        s = out.find("EndpointSlice", name, NS)
        assert s["endpoints"] == [{"addresses": [ip]}] and s["ports"] == [{"name": s["ports"][0]["name"], "port": port}]
        assert s["metadata"]["labels"] == {"kubernetes.io/service-name": name,
                                           "app.kubernetes.io/managed-by": "homelab-constructs"}
        assert out.find("Service", name, NS)["spec"]["ports"] == [{"name": s["ports"][0]["name"], "port": port}]
    adguard = out.find("HTTPRoute", "adguard", NS)
    assert adguard["spec"]["hostnames"] == ["adguard.cloudjur.com"]
    assert adguard["spec"]["parentRefs"][0]["sectionName"] == "https"
    assert adguard["spec"]["rules"] == [{"backendRefs": [{"name": "adguard", "port": 3000}]}]
    for name, host, port in (("nas", "nas", 443), ("proxmox", "pve", 8006), ("ap", "ap", 443)):
        route = out.find("TLSRoute", name, NS)
        assert route["spec"]["hostnames"] == [f"{host}.cloudjur.com"]
        assert route["spec"]["parentRefs"][0]["sectionName"] == "tls-passthrough"
        assert route["spec"]["rules"] == [{"backendRefs": [{"name": name, "port": port}]}]  # the Service's port


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
    (dict(addresses=[("10.0.0.1", "fd00::1")]), "c/e: addresses[0] is not 1-100 addresses of one family (got "
     "['10.0.0.1', 'fd00::1']); list one endpoint's IPv4 (or IPv6) addresses, such as ('10.10.30.10', "
     "'192.168.1.10')"),
    (dict(addresses=[()]), "c/e: addresses[0] is not 1-100 addresses of one family (got []); list one endpoint's "
     "IPv4 (or IPv6) addresses, such as ('10.10.30.10', '192.168.1.10')"),
    (dict(addresses=[("10.0.0.1", "nas")]), "c/e: addresses[0][1] is not an IP address (got 'nas'); write a single "
     "address such as 192.168.1.10"),
    (dict(addresses=[("10.0.0.1", "10.0.0.2"), "10.0.0.2"]), "c/e: an address is listed twice (got ['10.0.0.1', "
     "'10.0.0.2', '10.0.0.2']); list each address once"),
    (dict(addresses=[("10.0.0.1", "127.0.0.1")]), "c/e: endpoint address is unspecified, loopback or link-local "
     "(got '127.0.0.1'); list the machine's LAN address, such as '192.168.1.10' (the API server refuses these in an "
     "EndpointSlice)"),
    (dict(ports={"https": "443"}), "c/e: ports['https'] must be an integer in 1-65535 (got '443'); use a valid "
     "TCP/UDP ports['https']"),
    (dict(labels=["nas"]), "c/e: labels is not a mapping (got ['nas']); write a dict such as "
     "{'app.kubernetes.io/name': 'nas'}"),
    (dict(labels={"app.kubernetes.io/name": "NAS box"}), "c/e: labels['app.kubernetes.io/name'] is not a label value "
     "(got 'NAS box'); write up to 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"),
    (dict(slice_labels={"kubernetes.io/service-name": "other"}), "c/e: slice_labels set kubernetes.io/service-name, "
     "which ties the slices to the Service (got 'other'); drop it: the slices carry kubernetes.io/service-name: nas"),
    (dict(slice_labels={"a b": "x"}), "c/e: slice_labels key is not a label name (got 'a b'); write a key such as "
     "'app' or 'example.com/app'"),
    (dict(headless="yes"), "c/e: headless must be True or False (got 'yes'); write True for clusterIP: None, or "
     "False"),
    (dict(ready=1), "c/e: ready must be True or False (got 1); write True or False, or None to leave conditions out"),
]


DATA_CASES = [
    (lambda: ExternalPort("443"), "ExternalPort.port: port must be an integer in 1-65535 (got '443'); use a valid "
     "TCP/UDP port"),
    (lambda: ExternalPort(443, target_port=0), "ExternalPort.target_port: target_port must be an integer in 1-65535 "
     "(got 0); use a valid TCP/UDP target_port"),
    (lambda: ExternalPort(443, app_protocol="HTTP 2"), "ExternalPort.app_protocol: app protocol is not a protocol "
     "name (got 'HTTP 2'); write an IANA service name such as 'http', or a prefixed name such as 'kubernetes.io/h2c'"),
    (lambda: ExternalPort(443, endpoint_app_protocol=2), "ExternalPort.endpoint_app_protocol: endpoint app protocol "
     "is not a protocol name (got 2); write an IANA service name such as 'http', or a prefixed name such as "
     "'kubernetes.io/h2c'"),
]


@pytest.mark.parametrize("make,message", DATA_CASES)
def test_external_port_bad_input(make, message):
    with pytest.raises(ValueError) as err:
        make()
    assert str(err.value) == message


def test_unset_writes_nothing():
    """No protocol, targetPort, appProtocol, conditions, clusterIP or managed-by label unless set."""
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    svc = ExternalService(c, "nas", name="nas", namespace=NS, addresses=["10.0.0.1"], ports={"https": 443})
    assert svc.service.to_json()["spec"] == {"ports": [{"name": "https", "port": 443}]}
    (slice_,) = [s.to_json() for s in svc.endpoint_slices]
    assert slice_["endpoints"] == [{"addresses": ["10.0.0.1"]}] and slice_["ports"] == [{"name": "https", "port": 443}]
    assert slice_["metadata"]["labels"] == {"kubernetes.io/service-name": "nas",
                                            "app.kubernetes.io/managed-by": "homelab-constructs"}


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
