"""Split-horizon DNS: ExternalDNS instances, DNSEndpoint, tunnel, CoreDNS, the records artifact."""
from __future__ import annotations

import copy

from homelab_constructs import (
    HomelabApp,
    HomelabGateway,
    LoadBalancerPool,
    NamespaceIsolation,
    SelfSignedCa,
    VaultSecretStore,
    validate_app,
)
from homelab_constructs.dns import (
    CloudflareProvider,
    CloudflareTunnel,
    CoreDnsRelease,
    DnsEndpoint,
    DnsRecord,
    DnsRecords,
    ExternalDns,
    WebhookProvider,
    adguard_home_provider,
    dns_target_annotations,
    render_dnsmasq,
    render_hosts,
    write_records,
)

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
        address="10.10.30.26",
        annotations=dns_target_annotations(f"external.{DOMAIN}") if external_annotations is None else external_annotations)
    internal = HomelabGateway(chart, "Internal", name="envoy-internal", namespace="network", domain=DOMAIN,
                              cluster_issuer=ca, address="10.10.30.25")
    return external, internal


def build(app: cdk8s.App) -> None:
    base = cdk8s.Chart(app, "base")
    external, internal = gateways(base)
    apps = [HomelabApp(base, name, name=name, namespace="apps", port=8080, gateway=on)
            for name, on in {"wiki": [external, internal], "status": [external], "grafana": [internal]}.items()]
    NamespaceIsolation(base, "Isolation", namespace="apps", apps=apps)  # synth() refuses an open routed namespace
    dns = cdk8s.Chart(app, "dns")
    ExternalDns(dns, "Public", gateway=external, provider=CloudflareProvider())
    ExternalDns(dns, "Internal", gateway=internal, provider=adguard_home_provider("http://192.168.1.2:3000"))
    CloudflareTunnel(dns, "Tunnel", gateway=external, tunnel_id=TUNNEL_ID)
    DnsEndpoint(dns, "Nas", name="nas", namespace="network", visibility="internal",
                records=[DnsRecord(name=f"nas.{DOMAIN}", type="A", targets=("192.168.1.10",), ttl=300)])
    CoreDnsRelease(dns, "CoreDns", cluster_ip="10.43.0.10", forward_zones={DOMAIN: ["192.168.1.2"]})
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
        "--label-filter=homelab-constructs/dns-visibility!=internal",
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
    assert "--label-filter=homelab-constructs/dns-visibility!=public" in internal["extraArgs"]
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
    assert cname["metadata"]["labels"] == {"homelab-constructs/dns-visibility": "public", **MANAGED}
    assert cname["spec"]["endpoints"] == [{
        "dnsName": f"external.{DOMAIN}", "recordType": "CNAME", "targets": [f"{TUNNEL_ID}.cfargotunnel.com"],
        "providerSpecific": [{"name": "external-dns.alpha.kubernetes.io/cloudflare-proxied", "value": "true"}]}]
    nas = synth.find("DNSEndpoint", "nas", "network")
    assert nas["metadata"]["labels"] == {"homelab-constructs/dns-visibility": "internal", **MANAGED}


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
    CloudflareTunnel(c, "Tunnel", gateway=external, tunnel_id=TUNNEL_ID, store="openbao", token_secret="tunnel",
                     token_key="TUNNEL_TOKEN", token_remote_key="dns/tunnel")
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


# ---- bad inputs, each with its exact message

def _chart():
    return cdk8s.Chart(cdk8s.Testing.app(), "t")


def _public_without_target(c):
    external, _ = gateways(c, external_annotations={})
    ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider())


def _public_private_target(c):
    external, _ = gateways(c, external_annotations=dns_target_annotations("10.10.30.26"))
    ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider())


def _tunnel_without_target(c):
    _, internal = gateways(c)
    CloudflareTunnel(c, "Tunnel", gateway=internal, tunnel_id=TUNNEL_ID)


def _two_internal(c):
    external, internal = gateways(c)
    ExternalDns(c, "Lan", gateway=internal, provider=adguard_home_provider("http://192.168.1.2"))
    ExternalDns(c, "Lan2", gateway=external, provider=adguard_home_provider("http://192.168.1.3"),
                name="external-dns-two", txt_prefix="k8s.two.")
    validate_app(c.node.root)


def _shared_gateway(c):
    external, _ = gateways(c)
    ExternalDns(c, "A", gateway=external, provider=CloudflareProvider())
    ExternalDns(c, "B", gateway=external, provider=adguard_home_provider("http://192.168.1.3"))
    validate_app(c.node.root)


def _endpoint_without_instance(c):
    DnsEndpoint(c, "Nas", name="nas", namespace="network", visibility="internal",
                records=[DnsRecord(name="nas.example.com", type="A", targets=("192.168.1.10",))])
    validate_app(c.node.root)


def _records_without_address(c):
    ca = SelfSignedCa(c, "Ca")
    gw = HomelabGateway(c, "Gw", domain=DOMAIN, cluster_issuer=ca)
    DnsRecords(c, "Records", gateways=[gw])


def _second_vip_after_the_records(c):
    external, internal = gateways(c)
    DnsRecords(c, "Records", gateways=[external, internal])  # before the route: the check at synth sees it
    HomelabApp(c, "wiki", name="wiki", namespace="apps", port=80, gateway=[external, internal])
    validate_app(c.node.root)


def _store(c):
    return VaultSecretStore(c, "Vault", server=VAULT)


def _two_cloudflare_tokens(c):
    external, internal = gateways(c)
    store = _store(c)
    ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider(), store=store)
    ExternalDns(c, "Lan", gateway=internal, visibility="internal", store=store,
                provider=CloudflareProvider(remote_key="homelab/cloudflare-lan"))


def _tunnel_reuses_the_dns_token_secret(c):
    external, _ = gateways(c)
    store = _store(c)
    ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider(), store=store)
    CloudflareTunnel(c, "Tunnel", gateway=external, tunnel_id=TUNNEL_ID, store=store,
                     token_secret="cloudflare-dns-token")


def _two_adguard_logins(c):
    external, internal = gateways(c)
    ExternalDns(c, "Lan", gateway=internal, store=_store(c), provider=adguard_home_provider("http://192.168.1.2"))
    ExternalDns(c, "Lan2", gateway=external, store="other", name="external-dns-two", txt_prefix="k8s.two.",
                visibility="public", provider=adguard_home_provider("http://192.168.1.3"))


def _store_that_does_not_exist(c):
    ExternalDns(c, "Public", gateway=gateways(c)[0], provider=CloudflareProvider(), store="openbao")
    validate_app(c.node.root)


def _two_vips(c):
    external, internal = gateways(c)
    HomelabApp(c, "wiki", name="wiki", namespace="apps", port=80, gateway=[external, internal])
    DnsRecords(c, "Records", gateways=[external, internal])


BAD = [
    (_public_without_target,
     "t/Public: public ExternalDNS would publish the gateway envoy-external's LoadBalancer address (got "
     "'10.10.30.26'); annotate the gateway with dns_target_annotations('external.<domain>') and point that name at "
     "a tunnel (CloudflareTunnel)"),
    (_public_private_target,
     "t/Public: public ExternalDNS would publish the gateway envoy-external's private target (got '10.10.30.26'); "
     "use a public hostname such as the tunnel's 'external.<domain>'"),
    (_tunnel_without_target,
     "t/Tunnel: gateway envoy-internal does not point its DNS records at the tunnel (got None); build the gateway "
     "with annotations=dns_target_annotations('external.example.com')"),
    (lambda c: CloudflareTunnel(c, "Tunnel", gateway=gateways(c)[0], tunnel_id="my-tunnel"),
     "t/Tunnel: tunnel id is not a UUID (got 'my-tunnel'); copy the tunnel's id from 'cloudflared tunnel list' or "
     "the Zero Trust dashboard"),
    (_two_internal,
     "t/Lan2: ExternalDNS instances share a visibility (got 'internal'); t/Lan already has it; public and "
     "internal records must never cross: give each instance its own"),
    (_shared_gateway,
     "t/B: ExternalDNS instances share a gateway (got 'network/envoy-external'); t/A already has it; public and "
     "internal records must never cross: give each instance its own"),
    (_endpoint_without_instance,
     "t/Nas: no ExternalDNS instance publishes this endpoint's visibility (got 'internal'); add an ExternalDns with "
     "visibility='internal'"),
    (lambda c: ExternalDns(c, "Wh", gateway=gateways(c)[1],
                           provider=WebhookProvider(image="x", tag="1", secret_env={"PASS": "password"})),
     "t/Wh: webhook provider reads credentials but names no Secret (got {'PASS': 'password'}); set "
     "WebhookProvider(secret_name=...) to the Secret an ExternalSecret writes"),
    (lambda c: ExternalDns(c, "Wh", gateway=gateways(c)[1], store=_store(c), provider=WebhookProvider(
        image="x", tag="1", secret_name="pihole", secret_env={"PASS": "password"})),
     "t/Wh: webhook provider's credentials have no remote key in the secret store (got None); set "
     "WebhookProvider(remote_key=...) to their key in the store, such as 'homelab/pihole'"),
    (lambda c: ExternalDns(c, "Wh", gateway=gateways(c)[1], provider=WebhookProvider(
        image="x", tag="1", secret_name="PiHole", secret_env={"PASS": "password"})),
     "t/Wh: webhook secret name is not a DNS label (got 'PiHole'); use 1-63 lowercase letters, digits or '-', "
     "starting and ending with a letter or digit"),
    (_two_cloudflare_tokens,
     "t/Lan: Secret network/cloudflare-dns-token would be written twice with different contents (got "
     "{'remote_key': 'homelab/cloudflare-lan'}); t/Public/Credentials writes it with {'remote_key': "
     "'homelab/cloudflare-dns'}; give this one its own Secret (CloudflareProvider(token_secret=...)) or the same "
     "store, remote key and keys"),
    (_tunnel_reuses_the_dns_token_secret,
     "t/Tunnel: Secret network/cloudflare-dns-token would be written twice with different contents (got "
     "{'remote_key': 'homelab/cloudflare-tunnel', 'keys': {'token': 'token'}}); t/Public/Credentials writes it "
     "with {'remote_key': 'homelab/cloudflare-dns', 'keys': {'api-token': 'api-token'}}; give this one its own "
     "Secret (CloudflareTunnel(token_secret=...)) or the same store, remote key and keys"),
    (_two_adguard_logins,
     "t/Lan2: Secret network/adguard-home-credentials would be written twice with different contents (got "
     "{'store': 'other'}); t/Lan/Credentials writes it with {'store': 'vault'}; give this one its own Secret "
     "(WebhookProvider(secret_name=...)) or the same store, remote key and keys"),
    (lambda c: ExternalDns(c, "Public", gateway=gateways(c)[0], store=_store(c),
                           provider=CloudflareProvider(remote_key="/cloudflare/")),
     "t/Public/Credentials: remote key is not valid (got '/cloudflare/'); write the key's path under the KV mount, "
     "such as 'homelab/vpn'"),
    (lambda c: CloudflareTunnel(c, "Tunnel", gateway=gateways(c)[0], tunnel_id=TUNNEL_ID, store=_store(c),
                                token_key="tunnel token"),
     "t/Tunnel: token key is not a Secret key (got 'tunnel token'); use letters, digits, '-', '_' or '.', such as "
     "'password'"),
    (_store_that_does_not_exist,
     "t/Public/Credentials: secret store does not exist in the app (got 'openbao'); declare a VaultSecretStore "
     "named 'openbao' or use one of: none declared"),
    (lambda c: DnsEndpoint(c, "E", name="e", namespace="n",
                           records=[DnsRecord(name="nas.example.com", type="A", targets=("192.168.1.10",))]),
     "t/E: public record nas.example.com points at a private address (got ['192.168.1.10']); publish private "
     "addresses only with visibility='internal'"),
    (lambda c: DnsEndpoint(c, "E", name="e", namespace="n",
                           records=[DnsRecord(name="a.example.com", targets=("b.example.com", "c.example.com"))]),
     "t/E: CNAME a.example.com must point at exactly one hostname (got ['b.example.com', 'c.example.com']); use "
     "targets=('<tunnel id>.cfargotunnel.com',) or another single name"),
    (lambda c: DnsEndpoint(c, "E", name="e", namespace="n", visibility="internal",
                           records=[DnsRecord(name="a.example.com", type="A", targets=("nas",))]),
     "t/E: A record target is not an IPv4 address (got 'nas'); use an IPv4 address, or a CNAME for a hostname"),
    (lambda c: DnsEndpoint(c, "E", name="e", namespace="n",
                           records=[DnsRecord(name="a.example.com", type="MX", targets=("mx.example.com",))]),
     "t/E: record type is not supported (got 'MX'); use one of: A, AAAA, CNAME, TXT"),
    (_records_without_address,
     "t/Records: gateway homelab-gateway has no pinned address to publish (got None); build it with "
     "address='<pool IP>' so homelab-gateway's hostnames resolve to a stable VIP"),
    (_second_vip_after_the_records,
     "t/Records: hostname is routed on gateways envoy-external and envoy-internal with different VIPs (got "
     "'wiki.example.com'); list only the gateway the LAN should use"),
    (_two_vips,
     "t/Records: hostname is routed on gateways envoy-external and envoy-internal with different VIPs (got "
     "'wiki.example.com'); list only the gateway the LAN should use"),
    (lambda c: CoreDnsRelease(c, "Core", upstreams=["dns.google"]),
     "t/Core: upstream DNS server is not an IP address (got 'dns.google'); write a single address such as "
     "192.168.10.200"),
    (lambda c: dns_target_annotations("not a host"),
     "dns_target_annotations: DNS target is neither a hostname nor an IP address (got 'not a host'); use a hostname "
     "such as 'external.example.com' or an address such as 10.10.30.25"),
]


@pytest.mark.parametrize("act,expected", BAD, ids=[e.split(" (got")[0][:60] for _, e in BAD])
def test_bad_input(act, expected):
    with pytest.raises(ValueError) as err:
        act(_chart())
    assert str(err.value) == expected
