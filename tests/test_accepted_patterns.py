"""Patterns that work in a real cluster, which the whole-app checks accept (each synthesized
and valid against the pinned schemas and the whole-app rules), and what stays refused around
them:

* two writers of one Secret where one only seeds it (an ExternalSecret with ``creationPolicy:
  Orphan`` that syncs once) and cert-manager then owns it;
* a route attached to a whole Gateway (no ``sectionName``): it attaches to every listener that
  admits it, the hostname rules applying per listener;
* a Service with one unnamed port;
* a public DNS provider publishing a LAN address the user chose to publish (a waiver of the
  ``public-dns-private-address`` recommendation)."""
from __future__ import annotations

from homelab_constructs import (
    AppPort,
    BackendRef,
    Certificate,
    CloudflareProvider,
    DnsEndpoint,
    DnsRecord,
    ExternalDns,
    HomelabApp,
    HomelabGateway,
    HomelabValidationError,
    HttpRoute,
    HttpRule,
    Listener,
    SelfSignedCa,
    SyncedSecret,
    TcpRoute,
    declare_external,
    synth,
    waive,
)
from homelab_constructs.validation import validate_dir
from homelab_constructs.validation.crossobject import cross_object_problems

import cdk8s
import pytest
from conftest import crds_dir, synth_app

HOST = "*.homelab.local"


def valid(out) -> None:
    """Schemas, CEL rules and whole-app rules over what synth wrote, as ``validate`` runs them."""
    report = validate_dir(out.outdir, crds_dir())
    assert [str(p) for p in report.problems] == []


# ---- a Secret seeded by an ExternalSecret, then owned by cert-manager

def seeded_certificate(app: cdk8s.App, *, once: bool = True, creation_policy: str = "Orphan") -> None:
    c = cdk8s.Chart(app, "certs")
    ca = SelfSignedCa(c, "Ca")
    Certificate(c, "Wildcard", name="wildcard", namespace="network", issuer=ca, secret_name="wildcard-tls",
                dns_names=["*.homelab.local"])
    seed = SyncedSecret(c, "Import", name="wildcard-tls", namespace="network",
                        store=declare_external(c, "ClusterSecretStore", "bitwarden"),
                        remote_key="homelab/wildcard-tls", keys={"tls.crt": "crt", "tls.key": "key"},
                        creation_policy=creation_policy)
    if once:  # the real repository's import: created once, then left to cert-manager
        seed.api_object("ExternalSecret").add_json_patch(cdk8s.JsonPatch.add("/spec/refreshPolicy", "CreatedOnce"))


def test_a_secret_seeded_once_then_owned_by_cert_manager(tmp_path):
    out = synth_app(seeded_certificate, tmp_path)
    secret = out.find("ExternalSecret", "wildcard-tls", "network")["spec"]
    assert secret["refreshPolicy"] == "CreatedOnce" and secret["target"]["creationPolicy"] == "Orphan"
    assert out.find("Certificate", "wildcard", "network")["spec"]["secretName"] == "wildcard-tls"
    valid(out)


def test_a_refresh_interval_of_zero_seeds_too():
    es = {"apiVersion": "external-secrets.io/v1", "kind": "ExternalSecret", "metadata": {"name": "tls", "namespace": "n"},
          "spec": {"refreshInterval": "0s", "target": {"creationPolicy": "Orphan"}}}
    cert = {"apiVersion": "cert-manager.io/v1", "kind": "Certificate", "metadata": {"name": "c", "namespace": "n"},
            "spec": {"secretName": "tls", "issuerRef": {"name": "x"}}}
    assert not [p for p in cross_object_problems([("f.yaml", es), ("f.yaml", cert)]) if "written twice" in p.message]


@pytest.mark.parametrize("kw", [{"once": False}, {"creation_policy": "Owner"}], ids=["periodic", "owner"])
def test_a_secret_both_keep_writing_is_refused(tmp_path, kw):
    app = cdk8s.App(outdir=str(tmp_path))
    seeded_certificate(app, **kw)
    with pytest.raises(HomelabValidationError) as caught:
        synth(app)
    assert str(caught.value) == (
        "certs/Import/Resource: metadata.name: Secret is written twice (got network/wildcard-tls); Certificate "
        "network/wildcard (certs.k8s.yaml) writes it too; give each its own Secret (an ExternalSecret that only "
        "seeds it, with creationPolicy: Orphan and refreshPolicy: CreatedOnce, leaves it to cert-manager after the "
        "first sync)")


# ---- a route attached to a whole Gateway

def whole_gateway(app: cdk8s.App) -> None:
    c = cdk8s.Chart(app, "net")
    gateway = HomelabGateway(c, "gw", name="web", namespace="network", domain="homelab.local",
                             cluster_issuer=SelfSignedCa(c, "Ca"), https_redirect=False, listeners=[
                                 Listener("https", "HTTPS", 443, HOST, routes_from="All"),
                                 Listener("http", "HTTP", 80, HOST, routes_from="All"),
                                 Listener("ssh", "TCP", 22, routes_from="All")])
    HttpRoute(c, "wiki", name="wiki", namespace="network", parents=gateway, section=None,
              hostnames=["wiki.homelab.local"], rules=[HttpRule(backends=(BackendRef("wiki", 80),))])
    TcpRoute(c, "git", name="git", namespace="network", parents=gateway, backends=[BackendRef("git", 22)])
    waive(c, "isolation", namespace="network", reason="the test is about parentRefs")


def test_a_route_attached_to_a_whole_gateway(tmp_path):
    out = synth_app(whole_gateway, tmp_path)
    whole = {"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "web", "namespace": "network"}
    assert out.find("HTTPRoute", "wiki")["spec"]["parentRefs"] == [whole]  # no sectionName
    assert out.find("TCPRoute", "git")["spec"]["parentRefs"] == [whole]
    valid(out)


def test_a_whole_gateway_route_claims_its_hostname_on_each_listener():
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    gateway = HomelabGateway(c, "gw", name="web", domain="homelab.local", cluster_issuer="ca", https_redirect=False,
                             listeners=[Listener("https", "HTTPS", 443, HOST, routes_from="All"),
                                        Listener("http", "HTTP", 80, HOST, routes_from="All"),
                                        Listener("lan", "HTTPS", 8443, "*.lan.homelab.local", routes_from="All")])
    HttpRoute(c, "wiki", name="wiki", namespace="apps", parents=gateway, section=None, hostnames=["wiki.homelab.local"],
              rules=[HttpRule(backends=(BackendRef("wiki", 80),))])
    with pytest.raises(ValueError, match=r"hostname is already routed on gateway web \(got 'wiki.homelab.local'\); "
                                         r"c/wiki serves it"):
        HttpRoute(c, "other", name="other", namespace="apps", parents=gateway.listener("http"),
                  hostnames=["wiki.homelab.local"], rules=[HttpRule(backends=(BackendRef("other", 80),))])
    # the listener whose hostname does not take the route's is left alone (hostname rules per listener)
    HttpRoute(c, "lan", name="lan", namespace="apps", parents=gateway.listener("lan"),
              hostnames=["wiki.lan.homelab.local"], rules=[HttpRule(backends=(BackendRef("lan", 80),))])


def test_the_manifest_rule_applies_hostnames_per_listener():
    gateway = {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway", "metadata": {"name": "gw", "namespace": "n"},
               "spec": {"gatewayClassName": "cilium", "listeners": [
                   {"name": "a", "protocol": "HTTP", "port": 80, "hostname": "*.a.example"},
                   {"name": "b", "protocol": "HTTP", "port": 8080, "hostname": "*.b.example"}]}}

    def route(host):
        return {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute", "metadata": {"name": "r", "namespace": "n"},
                "spec": {"parentRefs": [{"name": "gw"}], "hostnames": [host]}}

    assert cross_object_problems([("f", gateway), ("f", route("x.b.example"))]) == []  # under listener b only
    assert [p.message for p in cross_object_problems([("f", gateway), ("f", route("x.c.example"))])] == [
        "hostname is outside every listener it attaches to on Gateway n/gw (got 'x.c.example'); use a name under "
        "*.a.example, *.b.example"]


# ---- a Service with one unnamed port

def unnamed_port(app: cdk8s.App) -> None:
    HomelabApp(cdk8s.Chart(app, "apps"), "nas", name="nas", namespace="storage", port=5000, port_name=None)


def test_a_service_with_one_unnamed_port(tmp_path):
    out = synth_app(unnamed_port, tmp_path)
    assert out.find("Service", "nas")["spec"]["ports"] == [{"port": 5000, "protocol": "TCP", "targetPort": 5000}]
    valid(out)


def test_several_ports_need_names():
    with pytest.raises(ValueError) as caught:
        HomelabApp(cdk8s.Chart(cdk8s.Testing.app(), "c"), "nas", name="nas", namespace="storage", port=5000,
                   port_name=None, extra_ports=[AppPort("ssh", 22)])
    assert str(caught.value) == (
        "c/nas: the web port has no name but the Service has more ports (got None); name it (port_name='http'): "
        "Kubernetes requires a name on every port of a Service with several")
    service = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "nas", "namespace": "storage"},
               "spec": {"ports": [{"port": 5000}, {"name": "ssh", "port": 22}, {"name": "ssh", "port": 23}]}}
    assert [str(p) for p in cross_object_problems([("f.yaml", service)])] == [
        "f.yaml: Service storage/nas: spec.ports[0].name: a Service with several ports needs a name on each (got port "
        "5000 without one); name every port, such as 'http'",
        "f.yaml: Service storage/nas: spec.ports[2].name: port name is used twice in the Service (got 'ssh'); give "
        "each port its own name"]


# ---- a public DNS provider publishing a LAN address on purpose

def published_lan_address(app: cdk8s.App) -> None:
    dns = cdk8s.Chart(app, "dns")
    gateway = HomelabGateway(dns, "Gateway", domain="example.com", load_balancer_ip="192.168.10.200",
                             cluster_issuer=declare_external(dns, "ClusterIssuer", "letsencrypt"))
    public = ExternalDns(dns, "Public", gateway=gateway, provider=CloudflareProvider())
    nas = DnsEndpoint(dns, "Nas", name="nas", namespace="network",
                      records=[DnsRecord("nas.example.com", type="A", targets=("192.168.10.5",))])
    for construct in (public, nas):
        waive(dns, "public-dns-private-address", construct=construct, reason="LAN clients resolve through Cloudflare")


def test_a_public_provider_publishing_a_lan_address(tmp_path):
    from homelab_constructs import L2Announcement, LoadBalancerPool

    def build(app: cdk8s.App) -> None:
        pools = cdk8s.Chart(app, "cilium")
        LoadBalancerPool(pools, "Pool", name="lan", cidrs=["192.168.10.192/26"])
        L2Announcement(pools, "L2", name="l2")
        published_lan_address(app)

    out = synth_app(build, tmp_path)
    assert out.find("DNSEndpoint", "nas")["spec"]["endpoints"][0]["targets"] == ["192.168.10.5"]
    assert [line for line in (tmp_path / "waivers.txt").read_text().splitlines() if not line.startswith("#")] == [
        "public-dns-private-address construct=dns/Nas: LAN clients resolve through Cloudflare",
        "public-dns-private-address construct=dns/Public: LAN clients resolve through Cloudflare"]
    valid(out)
