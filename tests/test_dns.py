"""Split-horizon DNS: ExternalDNS instances, DNSEndpoint, tunnel, CoreDNS, the records artifact.
Its bad inputs, each with its exact message: ``test_bad_input_modules.py``."""
from __future__ import annotations

import copy

from homelab_constructs import (
    CiliumRelease,
    CiliumValues,
    CloudflareProvider,
    CloudflareTunnel,
    CoreDnsRelease,
    DnsEndpoint,
    DnsPublishing,
    DnsRecord,
    DnsRecords,
    ExternalDns,
    HomelabApp,
    HomelabGateway,
    Hubble,
    LoadBalancerPool,
    NamespaceIsolation,
    SelfSignedCa,
    TunnelToken,
    VaultSecretStore,
    WebhookProvider,
    adguard_home_provider,
    dns_target_annotations,
    render_dnsmasq,
    render_hosts,
    validate_app,
)
from homelab_constructs.tools.records import write_records

import cdk8s
import jsonschema
import kubernetes_validate
import pytest
import yaml
from conftest import MANAGED, ROOT, crds_dir, synth_app

DOMAIN = "example.com"
TUNNEL_ID = "6ff42ae2-765d-4adf-8112-31c55c1551ef"


def gateways(chart: cdk8s.Chart, external_annotations=None) -> tuple[HomelabGateway, HomelabGateway]:
    LoadBalancerPool(chart, "Pool", name="pool", ranges=[("10.10.30.20", "10.10.30.49")])
    ca = SelfSignedCa(chart, "Ca")
    external = HomelabGateway(
        chart, "External", name="envoy-external", namespace="network", domain=DOMAIN, cluster_issuer=ca,
        load_balancer_ip="10.10.30.26",
        annotations=dns_target_annotations(f"external.{DOMAIN}") if external_annotations is None else external_annotations)
    internal = HomelabGateway(chart, "Internal", name="envoy-internal", namespace="network", domain=DOMAIN,
                              cluster_issuer=ca, load_balancer_ip="10.10.30.25")
    return external, internal


def build(app: cdk8s.App) -> None:
    base = cdk8s.Chart(app, "base")
    external, internal = gateways(base)
    apps = [HomelabApp(base, name, name=name, namespace="apps", port=8080, gateway=on)
            for name, on in {"wiki": [external, internal], "status": [external], "grafana": [internal]}.items()]
    NamespaceIsolation(base, "Isolation", namespace="apps", apps=apps)  # synth() refuses an open routed namespace
    dns = cdk8s.Chart(app, "dns")
    # the library's presets: what these constructs wrote by default before a prop left unset wrote nothing
    ExternalDns.recommended(gateway=external, provider=CloudflareProvider()).build(dns, "Public")
    ExternalDns.recommended(gateway=internal, provider=adguard_home_provider("http://192.168.1.2:3000")).build(
        dns, "Internal")
    CloudflareTunnel.recommended(gateway=external, tunnel_id=TUNNEL_ID).build(dns, "Tunnel")
    DnsEndpoint(dns, "Nas", name="nas", namespace="network", visibility="internal",
                records=[DnsRecord(name=f"nas.{DOMAIN}", type="A", targets=("192.168.1.10",), ttl=300)])
    CoreDnsRelease.recommended(cluster_ip="10.43.0.10", forward_zones={DOMAIN: ["192.168.1.2"]}).build(dns, "CoreDns")
    DnsRecords(dns, "Records", gateways=[internal])


@pytest.fixture(scope="module")
def synth(tmp_path_factory):
    return synth_app(build, tmp_path_factory.mktemp("dns"))


def release(synth, name: str) -> dict:
    return synth.find("HelmRelease", name, "network")["spec"]["values"]


def test_snapshot(synth, snapshot):
    assert synth.text["dns"] == snapshot(name="dns")


def test_public_instance(synth):
    values = release(synth, "external-dns-public")
    assert values["provider"] == {"name": "cloudflare"}
    assert values["env"] == [{"name": "CF_API_TOKEN", "valueFrom": {"secretKeyRef": {
        "name": "cloudflare-dns-token", "key": "api-token"}}}]
    assert values["sources"] == ["crd", "gateway-httproute"]
    assert values["domainFilters"] == [DOMAIN]
    assert (values["txtOwnerId"], values["txtPrefix"]) == ("external-dns-public", "k8s.public.")
    assert values["extraArgs"] == [
        "--crd-source-apiversion=externaldns.k8s.io/v1alpha1", "--crd-source-kind=DNSEndpoint",
        "--gateway-name=envoy-external", "--gateway-namespace=network",
        "--label-filter=homelab-constructs.io/dns-visibility!=internal",
        "--cloudflare-dns-records-per-page=5000", "--cloudflare-proxied"]
    assert values["securityContext"]["readOnlyRootFilesystem"] is True
    assert values["securityContext"]["capabilities"] == {"drop": ["ALL"]}


def test_internal_instance_never_crosses_the_public_one(synth):
    public, internal = release(synth, "external-dns-public"), release(synth, "external-dns-internal")
    webhook = internal["provider"]["webhook"]
    assert internal["provider"]["name"] == "webhook"
    assert webhook["image"] == {"repository": "ghcr.io/muhlba91/external-dns-provider-adguard", "tag": "v9.0.1"}
    assert {e["name"]: e.get("value", e.get("valueFrom")) for e in webhook["env"]} == {
        "ADGUARD_URL": "http://192.168.1.2:3000", "DRY_RUN": "false",
        "ADGUARD_USER": {"secretKeyRef": {"name": "adguard-home-credentials", "key": "username"}},
        "ADGUARD_PASSWORD": {"secretKeyRef": {"name": "adguard-home-credentials", "key": "password"}}}
    assert "--gateway-name=envoy-internal" in internal["extraArgs"]
    assert "--label-filter=homelab-constructs.io/dns-visibility!=public" in internal["extraArgs"]
    for key in ("txtOwnerId", "txtPrefix"):
        assert public[key] != internal[key]
    # the one chart source serves both releases
    assert len(synth.kinds("HelmRepository")) == 2  # external-dns and coredns


def test_gateway_target_and_tunnel(synth):
    gateway = synth.find("Gateway", "envoy-external", "network")
    assert gateway["metadata"]["annotations"]["external-dns.alpha.kubernetes.io/target"] == f"external.{DOMAIN}"
    assert "external-dns.alpha.kubernetes.io/target" not in synth.find(
        "Gateway", "envoy-internal", "network")["metadata"]["annotations"]
    config = yaml.safe_load(synth.find("ConfigMap", "cloudflared", "network")["data"]["config.yaml"])
    assert config["ingress"] == [
        {"hostname": f"*.{DOMAIN}", "service": "https://cilium-gateway-envoy-external.network.svc.cluster.local:443"},
        {"service": "http_status:404"}]
    assert config["originRequest"]["originServerName"] == f"external.{DOMAIN}"
    pod = synth.find("Deployment", "cloudflared", "network")["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert {"name": "TUNNEL_TOKEN", "valueFrom": {"secretKeyRef": {"name": "cloudflared-tunnel", "key": "token"}}} \
        in container["env"]
    assert container["securityContext"] == {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                                            "capabilities": {"drop": ["ALL"]}}
    assert pod["securityContext"]["runAsNonRoot"] is True
    cname = synth.find("DNSEndpoint", "cloudflared", "network")
    assert cname["metadata"]["labels"] == {"homelab-constructs.io/dns-visibility": "public", **MANAGED}
    assert cname["spec"]["endpoints"] == [{
        "dnsName": f"external.{DOMAIN}", "recordType": "CNAME", "targets": [f"{TUNNEL_ID}.cfargotunnel.com"],
        "providerSpecific": [{"name": "external-dns.alpha.kubernetes.io/cloudflare-proxied", "value": "true"}]}]
    nas = synth.find("DNSEndpoint", "nas", "network")
    assert nas["metadata"]["labels"] == {"homelab-constructs.io/dns-visibility": "internal", **MANAGED}


def test_coredns_plugin_chain(synth):
    values = synth.find("HelmRelease", "coredns", "kube-system")["spec"]["values"]
    main, home = values["servers"]
    assert [p["name"] for p in main["plugins"]] == [
        "errors", "health", "ready", "kubernetes", "prometheus", "forward", "cache", "loop", "reload", "loadbalance"]
    assert home["zones"] == [{"zone": DOMAIN}]
    assert {"name": "forward", "parameters": ". 192.168.1.2"} in home["plugins"]
    assert values["service"] == {"name": "kube-dns", "clusterIP": "10.43.0.10"}
    assert values["securityContext"]["capabilities"] == {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]}


def test_records_artifact(synth):
    data = synth.find("ConfigMap", "dns-records", "network")["data"]
    header = "# generated by homelab-constructs from the routes; do not edit (make dns-records)\n"
    assert data["hosts"] == header + f"10.10.30.25 grafana.{DOMAIN}\n10.10.30.25 wiki.{DOMAIN}\n"
    assert data["dnsmasq.conf"] == header + (f"host-record=grafana.{DOMAIN},10.10.30.25\n"
                                             f"host-record=wiki.{DOMAIN},10.10.30.25\n")
    assert render_hosts([]) == header and render_dnsmasq([]) == header


def build_records_first(app: cdk8s.App) -> None:
    """``build`` with DnsRecords made first: before every route, and its chart before theirs."""
    dns = cdk8s.Chart(app, "dns")
    base = cdk8s.Chart(app, "base")
    external, internal = gateways(base)
    records = DnsRecords(dns, "Records", gateways=[internal])
    assert records.records == []  # no route yet
    apps = [HomelabApp(base, name, name=name, namespace="apps", port=8080, gateway=on)
            for name, on in {"wiki": [external, internal], "status": [external], "grafana": [internal]}.items()]
    NamespaceIsolation(base, "Isolation", namespace="apps", apps=apps)


def test_records_built_before_the_routes_list_every_hostname(synth, tmp_path):
    """The routes are read at synth: DnsRecords built first writes what it writes when built last."""
    first = synth_app(build_records_first, tmp_path)
    assert first.find("ConfigMap", "dns-records", "network") == synth.find("ConfigMap", "dns-records", "network")
    assert first.find("ConfigMap", "dns-records", "network")["data"]["hosts"].splitlines()[1:] == [
        f"10.10.30.25 grafana.{DOMAIN}", f"10.10.30.25 wiki.{DOMAIN}"]


def _strict(schema):
    if isinstance(schema, dict):
        if schema.get("type") == "object" and "properties" in schema and "additionalProperties" not in schema \
                and not schema.get("x-kubernetes-preserve-unknown-fields"):
            schema["additionalProperties"] = False
        for value in schema.values():
            _strict(value)
    elif isinstance(schema, list):
        for item in schema:
            _strict(item)
    return schema


def test_every_object_matches_its_schema(synth):
    wanted = {"DNSEndpoint", "HelmRelease", "HelmRepository"}
    schemas = {}
    for path in sorted(crds_dir().rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if not any(f"kind: {kind}\n" in text for kind in wanted):
            continue
        for doc in yaml.safe_load_all(text):
            if doc and doc.get("kind") == "CustomResourceDefinition" and doc["spec"]["names"]["kind"] in wanted:
                for version in doc["spec"]["versions"]:
                    schema = _strict(copy.deepcopy(version["schema"]["openAPIV3Schema"]))
                    schema.get("properties", {}).pop("status", None)
                    schemas[(f"{doc['spec']['group']}/{version['name']}", doc["spec"]["names"]["kind"])] = schema
    checked, by_crd = 0, set()
    for obj in synth.objects["dns"]:
        key = (obj["apiVersion"], obj["kind"])
        if key in schemas:
            jsonschema.Draft7Validator(schemas[key]).validate(obj)
            by_crd.add(obj["kind"])
        else:
            assert obj["kind"] in ("ConfigMap", "Deployment"), key
            kubernetes_validate.validate(obj, "1.37", strict=True)
        checked += 1
    assert checked == len(synth.objects["dns"]) == 10
    assert by_crd == wanted


# ---- credentials written by ExternalSecrets (store=...)

VAULT = "http://vault.security.svc.cluster.local:8200"


def _chart():
    return cdk8s.Chart(cdk8s.Testing.app(), "t")


def external_secrets(chart: cdk8s.Chart) -> dict[tuple[str, str], dict]:
    """The chart's ExternalSecrets by (namespace, name): {Secret key: (remote key, property)}, and the store."""
    found = {}
    for obj in cdk8s.Testing.synth(chart):
        if obj["kind"] == "ExternalSecret":
            spec = obj["spec"]
            assert spec["target"] == {"name": obj["metadata"]["name"], "creationPolicy": "Owner"}
            found[(obj["metadata"]["namespace"], obj["metadata"]["name"])] = {
                "store": spec["secretStoreRef"]["name"],
                "data": {d["secretKey"]: (d["remoteRef"]["key"], d["remoteRef"]["property"]) for d in spec["data"]}}
    return found


def test_store_writes_exactly_the_secrets_the_releases_read():
    c = _chart()
    external, internal = gateways(c)
    store = VaultSecretStore(c, "Vault", server=VAULT)
    public = ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider(), store=store)
    lan = ExternalDns(c, "Lan", gateway=internal, namespace="dns", store=store,
                      provider=adguard_home_provider("http://192.168.1.2:3000"))
    tunnel = CloudflareTunnel(c, "Tunnel", gateway=external, tunnel_id=TUNNEL_ID, store=store)
    assert external_secrets(c) == {
        ("network", "cloudflare-dns-token"): {"store": "vault", "data": {
            "api-token": ("homelab/cloudflare-dns", "api-token")}},
        ("dns", "adguard-home-credentials"): {"store": "vault", "data": {  # in the release's namespace
            "username": ("homelab/adguard-home", "username"), "password": ("homelab/adguard-home", "password")}},
        ("network", "cloudflared-tunnel"): {"store": "vault", "data": {
            "token": ("homelab/cloudflare-tunnel", "token")}},
    }
    assert public.external_secret.node.path == "t/Public/Credentials"  # construct ids: a public contract
    assert lan.external_secret.node.path == "t/Lan/Credentials"
    assert tunnel.external_secret.node.path == "t/Tunnel/Token"
    # the releases read what the ExternalSecrets write
    assert public.values["env"] == [{"name": "CF_API_TOKEN", "valueFrom": {"secretKeyRef": {
        "name": "cloudflare-dns-token", "key": "api-token"}}}]
    validate_app(c.node.root)


def test_store_with_custom_keys_and_a_store_named_by_string():
    c = _chart()
    external, internal = gateways(c)
    VaultSecretStore(c, "Vault", server=VAULT, name="openbao")
    ExternalDns(c, "Public", gateway=external, store="openbao", provider=CloudflareProvider(
        token_secret="cf", token_key="CF_TOKEN", remote_key="dns/cloudflare"))
    ExternalDns(c, "Lan", gateway=internal, store="openbao", provider=WebhookProvider(
        image="ghcr.io/example/pihole-webhook", tag="1.0", secret_name="pihole",
        secret_env={"PIHOLE_PASSWORD": "password", "PIHOLE_API_PASSWORD": "password"}, remote_key="dns/pihole"))
    CloudflareTunnel(c, "Tunnel", gateway=external, tunnel_id=TUNNEL_ID, store="openbao",
                     token=TunnelToken(secret="tunnel", key="TUNNEL_TOKEN", remote_key="dns/tunnel"))
    assert external_secrets(c) == {
        ("network", "cf"): {"store": "openbao", "data": {"CF_TOKEN": ("dns/cloudflare", "CF_TOKEN")}},
        ("network", "pihole"): {"store": "openbao", "data": {"password": ("dns/pihole", "password")}},  # once
        ("network", "tunnel"): {"store": "openbao", "data": {"TUNNEL_TOKEN": ("dns/tunnel", "TUNNEL_TOKEN")}},
    }
    validate_app(c.node.root)  # the store named by string exists


def test_without_store_or_credentials_no_external_secret():
    c = _chart()
    external, internal = gateways(c)
    store = VaultSecretStore(c, "Vault", server=VAULT)
    public = ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider())  # provided some other way
    lan = ExternalDns(c, "Lan", gateway=internal, store=store,  # reads no credentials
                      provider=WebhookProvider(image="ghcr.io/example/unbound-webhook", tag="1.0"))
    tunnel = CloudflareTunnel(c, "Tunnel", gateway=external, tunnel_id=TUNNEL_ID)
    assert external_secrets(c) == {}
    assert public.external_secret is lan.external_secret is tunnel.external_secret is None


def test_identical_secret_is_written_once():
    c = _chart()
    external, internal = gateways(c)
    store = VaultSecretStore(c, "Vault", server=VAULT)
    public = ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider(), store=store)
    lan = ExternalDns(c, "Lan", gateway=internal, visibility="internal", store=store,
                      provider=CloudflareProvider(proxied=False))
    assert lan.external_secret is public.external_secret
    assert list(external_secrets(c)) == [("network", "cloudflare-dns-token")]
    validate_app(c.node.root)


# ---- the default homelab's artifact (chart `dns`) and docs/dns (make dns-records)

def test_default_homelab_records(default_homelab):
    data = default_homelab.find("ConfigMap", "dns-records", "default")["data"]
    hosts = [line.split() for line in data["hosts"].splitlines() if not line.startswith("#")]
    routes = [r for r in default_homelab.kinds("HTTPRoute") if r["spec"]["parentRefs"][0]["sectionName"] == "https"]
    assert sorted(h for _, h in hosts) == sorted(r["spec"]["hostnames"][0] for r in routes)
    assert len(hosts) == 17 and {ip for ip, _ in hosts} == {"192.168.10.200"}  # 16 apps and the Hubble UI


def test_docs_dns_files_match_the_model(default_homelab, tmp_path):
    data = default_homelab.find("ConfigMap", "dns-records", "default")["data"]
    committed = {name: (ROOT / "docs" / "dns" / name).read_text(encoding="utf-8") for name in data}
    assert committed == data, "docs/dns is stale: run make dns-records"
    written = write_records("main:build", tmp_path)  # what make dns-records runs
    assert {p.name: p.read_text(encoding="utf-8") for p in written} == data


# ---- what is written only when set or needed

def test_visibility_label_only_where_an_instance_filters_on_it():
    """The library's label on a DNSEndpoint ties it to its instances: written when an instance of the
    other visibility filters on it (it would publish the endpoint otherwise), or when asked for."""
    c = _chart()
    external, internal = gateways(c)
    ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider(), publishing=DnsPublishing(visibility_filter=False))
    quiet = DnsEndpoint(c, "Quiet", name="quiet", namespace="network",
                        records=[DnsRecord(name=f"a.{DOMAIN}", targets=(f"b.{DOMAIN}",))])
    asked = DnsEndpoint(c, "Asked", name="asked", namespace="network", visibility_label=True,
                        records=[DnsRecord(name=f"c.{DOMAIN}", targets=(f"d.{DOMAIN}",))])
    labels = {o["metadata"]["name"]: o["metadata"].get("labels", {}) for o in cdk8s.Testing.synth(c)
              if o["kind"] == "DNSEndpoint"}
    assert labels == {"quiet": MANAGED, "asked": {"homelab-constructs.io/dns-visibility": "public", **MANAGED}}
    # an internal instance that filters on the label: now every public endpoint needs it
    ExternalDns(c, "Lan", gateway=internal, provider=adguard_home_provider("http://192.168.1.2:3000"))
    labels = {o["metadata"]["name"]: o["metadata"].get("labels", {}) for o in cdk8s.Testing.synth(c)
              if o["kind"] == "DNSEndpoint"}
    assert labels["quiet"] == {"homelab-constructs.io/dns-visibility": "public", **MANAGED}
    assert quiet.resource.kind == asked.resource.kind == "DNSEndpoint"


def test_private_record_published_in_public_dns_when_chosen():
    c = _chart()
    endpoint = DnsEndpoint(c, "Nas", name="nas", namespace="network", visibility="public",
                           records=[DnsRecord(name=f"nas.{DOMAIN}", type="A", targets=("192.168.1.10",))])
    assert endpoint.visibility == "public"


def test_a_gateway_by_name_everywhere():
    """Every prop that takes a gateway takes the name of one the app declared before."""
    c = _chart()
    external, internal = gateways(c)
    records = DnsRecords(c, "Records", gateways=["envoy-internal"])
    tunnel = CloudflareTunnel(c, "Tunnel", gateway="envoy-external", tunnel_id=TUNNEL_ID, dns_record=False)
    public = ExternalDns(c, "Public", gateway="envoy-external", provider=CloudflareProvider())
    cilium = CiliumRelease(c, "Cilium", values=CiliumValues(hubble=Hubble(ui=True)), gateway="envoy-internal")
    assert records.gateways == [internal] and public.gateway is external
    assert tunnel.origin == "https://cilium-gateway-envoy-external.network.svc.cluster.local:443"
    assert cilium.hubble_route is not None and cilium.hubble_route.gateways == [internal]
