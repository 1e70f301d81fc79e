"""Apps as the real homelabs deploy them (REAL-REPOS.md A.4, facts 12-13): Services with
several named ports, Service names apart from route names, selectors that match what the app's
chart labels, route-only apps whose Service is the chart's, LoadBalancer traffic policy and
annotations; each new prop's bad inputs with their exact messages."""
from __future__ import annotations

from homelab_constructs import HomelabApp, NamespaceIsolation
from homelab_constructs.apps.app import AppPort
from homelab_constructs.validation import validate_objects

import cdk8s
import pytest
from bad_input import DNS_LABEL_FIX, gw
from conftest import crds_dir


def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def synth(c: cdk8s.Chart) -> dict[tuple[str, str], dict]:
    objects = cdk8s.Testing.synth(c)
    report = validate_objects([("c.k8s.yaml", o) for o in objects], crds_dir(), cross_object=False)
    assert report.problems == []
    return {(o["kind"], o["metadata"]["name"]): o for o in objects}


def test_tdarr_service_has_two_named_ports_and_the_route_takes_the_web_one():
    c = chart()
    HomelabApp(c, "tdarr", name="arr-tdarr", namespace="arr", port=8265, gateway=gw(c),
               hostname="tdarr.homelab.local", extra_ports=[AppPort("server", 8266)])
    objects = synth(c)
    assert objects[("Service", "arr-tdarr")]["spec"]["ports"] == [
        {"name": "http", "port": 8265, "protocol": "TCP", "targetPort": 8265},
        {"name": "server", "port": 8266, "protocol": "TCP", "targetPort": 8266}]
    route = objects[("HTTPRoute", "arr-tdarr")]["spec"]
    assert route["hostnames"] == ["tdarr.homelab.local"]
    assert route["rules"][0]["backendRefs"] == [{"name": "arr-tdarr", "port": 8265}]


def test_port_name_target_port_and_protocol_of_extra_ports():
    c = chart()
    HomelabApp(c, "a", name="arr-vpn-downloads", namespace="arr", port=8080, port_name="qbit-http",
               extra_ports=[AppPort("torrent", 6881, target_port=6882, protocol="UDP")])
    assert synth(c)[("Service", "arr-vpn-downloads")]["spec"]["ports"] == [
        {"name": "qbit-http", "port": 8080, "protocol": "TCP", "targetPort": 8080},
        {"name": "torrent", "port": 6881, "protocol": "UDP", "targetPort": 6882}]


def test_route_grafana_to_the_charts_service_without_writing_it():
    c = chart()
    grafana = HomelabApp(c, "grafana", name="grafana", namespace="monitoring", port=80, target_port=3000,
                         gateway=gw(c), service_name="kube-prometheus-stack-grafana", write_service=False,
                         selector={"app.kubernetes.io/name": "grafana"})
    objects = synth(c)
    assert [k for k in objects if k[0] == "Service"] == []
    assert grafana.service is None
    route = objects[("HTTPRoute", "grafana")]["spec"]
    assert route["hostnames"] == ["grafana.homelab.local"]
    assert route["rules"][0]["backendRefs"] == [{"name": "kube-prometheus-stack-grafana", "port": 80}]
    # the pods are still known: isolation lets the gateway in to them on the container port
    NamespaceIsolation(c, "iso", namespace="monitoring", apps=[grafana])
    policies = [o for o in cdk8s.Testing.synth(c) if o["kind"] == "CiliumNetworkPolicy"]
    selected = [p for p in policies if p["spec"].get("endpointSelector", {}).get("matchLabels")
                == {"app.kubernetes.io/name": "grafana"}]
    assert selected, [p["metadata"]["name"] for p in policies]
    assert any("3000" in str(p["spec"]) for p in selected)


def test_app_template_release_route_only():
    c = chart()
    HomelabApp(c, "sonarr", name="arr-sonarr", namespace="arr", port=8989, gateway=gw(c),
               hostname="sonarr.homelab.local", write_service=False)
    route = synth(c)[("HTTPRoute", "arr-sonarr")]["spec"]
    assert route["hostnames"] == ["sonarr.homelab.local"]
    assert route["rules"][0]["backendRefs"] == [{"name": "arr-sonarr", "port": 8989}]


def test_homepage_selector_and_service_name_independent_of_the_host():
    c = chart()
    home = HomelabApp(c, "home", name="home", namespace="arr", port=3000, gateway=gw(c), service_name="homepage",
                      selector={"app.kubernetes.io/name": "homepage", "app.kubernetes.io/instance": "homepage"})
    objects = synth(c)
    service = objects[("Service", "homepage")]
    assert service["spec"]["selector"] == {"app.kubernetes.io/name": "homepage", "app.kubernetes.io/instance": "homepage"}
    assert objects[("HTTPRoute", "home")]["spec"]["rules"][0]["backendRefs"] == [{"name": "homepage", "port": 3000}]
    assert home.service_name == "homepage" and home.name == "home"


def test_jellyfin_load_balancer_with_local_traffic_and_external_dns():
    c = chart()
    HomelabApp(c, "jellyfin", name="arr-jellyfin", namespace="arr", port=8096, load_balancer=True,
               external_traffic_policy="Local",
               service_annotations={"external-dns.alpha.kubernetes.io/hostname": "jellyfin.homelab.local"})
    service = synth(c)[("Service", "arr-jellyfin")]
    assert service["spec"]["type"] == "LoadBalancer"
    assert service["spec"]["externalTrafficPolicy"] == "Local"
    assert service["metadata"]["annotations"] == {"external-dns.alpha.kubernetes.io/hostname": "jellyfin.homelab.local"}


def test_route_annotations_reach_the_route():
    c = chart()
    HomelabApp(c, "a", name="sonarr", namespace="arr", port=8989, gateway=gw(c),
               route_annotations={"external-dns.alpha.kubernetes.io/controller": "none"})
    assert synth(c)[("HTTPRoute", "sonarr")]["metadata"]["annotations"] == {
        "external-dns.alpha.kubernetes.io/controller": "none"}


def test_default_output_unchanged():
    c = chart()
    HomelabApp(c, "a", name="sonarr", namespace="media", port=8989)
    service = synth(c)[("Service", "sonarr")]
    assert service["metadata"] == {"name": "sonarr", "namespace": "media", "labels": {
        "app.kubernetes.io/name": "sonarr", "app.kubernetes.io/managed-by": "homelab-constructs"}}
    assert service["spec"] == {"type": "ClusterIP", "selector": {"app.kubernetes.io/name": "sonarr"}, "ports": [
        {"name": "http", "port": 8989, "protocol": "TCP", "targetPort": 8989}]}


def app(c, **kw):
    return HomelabApp(c, "a", **{"name": "sonarr", "namespace": "media", "port": 8989, **kw})


BAD = [
    (lambda c: app(c, service_name=1),
     "c/a: service name is not a string or None (got 1); write a string such as 'kube-prometheus-stack-grafana', or None"),
    (lambda c: app(c, service_name="Grafana"), f"c/a: service name is not a DNS label (got 'Grafana'); {DNS_LABEL_FIX}"),
    # one unnamed port is fine (port_name=None: tests/test_accepted_patterns.py); several need names
    (lambda c: app(c, port_name=None, extra_ports=[AppPort("server", 8266)]),
     "c/a: the web port has no name, which a Service with several ports needs (got None); give it one "
     "(port_name='http'), or leave extra_ports out: the API server refuses unnamed ports in a Service with several"),
    (lambda c: app(c, port_name=5), f"c/a: port name is not a DNS label (got 5); {DNS_LABEL_FIX}"),
    (lambda c: app(c, port_name="HTTP"), f"c/a: port name is not a DNS label (got 'HTTP'); {DNS_LABEL_FIX}"),
    (lambda c: app(c, extra_ports=AppPort("server", 8266)),
     "c/a: extra_ports is not a list or tuple (got AppPort(name='server', port=8266, target_port=None, protocol='TCP')); "
     "write a list such as [AppPort(name='server', port=8266, target_port=None, protocol='TCP')]"),
    (lambda c: app(c, extra_ports=[8266]),
     "c/a: extra_ports[0] is not an AppPort (got 8266); write AppPort(name='server', port=8266)"),
    (lambda c: app(c, extra_ports=[AppPort("http", 8266)]),
     "c/a: Service port name is used twice (got 'http'); give each port its own name"),
    (lambda c: app(c, extra_ports=[AppPort("server", 8989)]),
     "c/a: Service port is listed twice (got 8989); give each port its own number (per protocol)"),
    (lambda c: AppPort(1, 8266), f"AppPort.name: port name is not a DNS label (got 1); {DNS_LABEL_FIX}"),
    (lambda c: AppPort("Server", 8266), f"AppPort.name: port name is not a DNS label (got 'Server'); {DNS_LABEL_FIX}"),
    (lambda c: AppPort("server", 0),
     "AppPort.port: port must be an integer in 1-65535 (got 0); use a valid TCP/UDP port"),
    (lambda c: AppPort("server", 1, target_port="1"),
     "AppPort.target_port: target port must be an integer in 1-65535 (got '1'); use a valid TCP/UDP target port"),
    (lambda c: AppPort("server", 1, protocol=6),
     "AppPort.protocol: protocol is not a string (got 6); write a string such as 'TCP'"),
    (lambda c: AppPort("server", 1, protocol="tcp"),
     "AppPort.protocol: protocol is unknown (got 'tcp'); use one of: TCP, UDP, SCTP"),
    (lambda c: app(c, write_service="no"),
     "c/a: write_service must be True or False (got 'no'); write True to write the Service, or False when the app's "
     "chart writes it"),
    (lambda c: app(c, write_service=False, load_balancer=True),
     "c/a: Service settings given with write_service=False (got {'load_balancer': True}); set them in the app's "
     "chart, which writes the Service, or set write_service=True"),
    (lambda c: app(c, write_service=False, port_name="web"),
     "c/a: Service settings given with write_service=False (got {'port_name': 'web'}); set them in the app's "
     "chart, which writes the Service, or set write_service=True"),
    (lambda c: app(c, load_balancer=True, external_traffic_policy=1),
     "c/a: external traffic policy is not a string or None (got 1); write a string such as 'Local', or None"),
    (lambda c: app(c, load_balancer=True, external_traffic_policy="local"),
     "c/a: external traffic policy is unknown (got 'local'); did you mean Local? use one of: Cluster, Local"),
    (lambda c: app(c, external_traffic_policy="Local"),
     "c/a: external traffic policy given for a ClusterIP Service (got 'Local'); set load_balancer=True (Kubernetes "
     "refuses it on a ClusterIP Service), or drop it"),
    (lambda c: app(c, service_annotations="a=b"),
     "c/a: service annotations must be a mapping of key to string (got 'a=b'); write {'example.com/key': 'value'}"),
    (lambda c: app(c, service_annotations={"external-dns.alpha.kubernetes.io/hostname": 1}),
     "c/a: service annotations value of external-dns.alpha.kubernetes.io/hostname is not a string (got 1); quote it, "
     "such as '1'"),
    (lambda c: app(c, route_annotations={"a": "b"}),
     "c/a: route annotations given without a gateway (got {'a': 'b'}); pass gateway=<the HomelabGateway that serves "
     "it>, or drop route_annotations"),
    (lambda c: app(c, gateway=gw(c), route_annotations=["a"]),
     "c/a/Route: annotations must be a mapping of key to string (got ['a']); write {'example.com/key': 'value'}"),
]


@pytest.mark.parametrize(("build", "message"), BAD, ids=[str(i) for i in range(len(BAD))])
def test_bad_input(build, message):
    with pytest.raises(ValueError) as err:
        build(chart())
    assert str(err.value) == message
