"""The Cloudflare tunnel, its DNSEndpoint and CoreDNS as seed 002 (chaijunkin/home-ops) runs them.
Bad inputs of every new prop, each with its exact message."""
from __future__ import annotations

from homelab_constructs import (
    CLOUDFLARED_DASHBOARD,
    CloudflaredSettings,
    CloudflareProvider,
    CloudflareTunnel,
    CoreDnsPlugin,
    CoreDnsRelease,
    CoreDnsServer,
    DnsEndpoint,
    DnsPublishing,
    DnsRecord,
    ExternalDns,
    HomelabGateway,
    OriginRequest,
    ProbeTiming,
    ReleaseSettings,
    SelfSignedCa,
    TunnelIngress,
    TunnelIngressRule,
    TunnelPods,
    TunnelToken,
    dns_target_annotations,
)

import cdk8s
import pytest
import yaml
from conftest import ROOT, synth_app

DOMAIN = "cloudjur.com"
TUNNEL_ID = "6ff42ae2-765d-4adf-8112-31c55c1551ef"
ORIGIN = "https://envoy-external.network.svc.cluster.local:443"
SEED_PLUGINS = [
    CoreDnsPlugin("errors"),
    CoreDnsPlugin("health", config_block="lameduck 5s"),
    CoreDnsPlugin("ready"),
    CoreDnsPlugin("kubernetes", "cluster.local in-addr.arpa ip6.arpa",
                  "pods verified\nfallthrough in-addr.arpa ip6.arpa"),
    CoreDnsPlugin("autopath", "@kubernetes"),
    CoreDnsPlugin("forward", ". /etc/resolv.conf"),
    CoreDnsPlugin("loop"),
    CoreDnsPlugin("reload"),
    CoreDnsPlugin("loadbalance"),
    CoreDnsPlugin("prometheus", "0.0.0.0:9153"),
    CoreDnsPlugin("log", config_block="class error"),
]


def external_gateway(c: cdk8s.Chart) -> HomelabGateway:
    return HomelabGateway(c, "External", name="envoy-external", namespace="network", domain=DOMAIN,
                          cluster_issuer=SelfSignedCa(c, "Ca"), annotations=dns_target_annotations(f"external.{DOMAIN}"))


#: the real files of the tunnel (tests/real_repos/seed002)
REAL = ROOT / "tests" / "real_repos" / "seed002" / "main" / "network" / "cloudflare-tunnel"
IMAGE = ("docker.io/cloudflare/cloudflared:2026.3.0@"
         "sha256:6b599ca3e974349ead3286d178da61d291961182ec3fe9c505e1dd02c8ac31b0")
#: the real release's probes (liveness and readiness)
PROBES = ProbeTiming(initial_delay_seconds=0, period_seconds=10, timeout_seconds=1, failure_threshold=3)


def seed002(app: cdk8s.App) -> None:
    network = cdk8s.Chart(app, "network")
    gateway = external_gateway(network)
    ExternalDns(network, "Cloudflare", gateway=gateway, provider=CloudflareProvider(),
                publishing=DnsPublishing(visibility_filter=False))
    CloudflareTunnel(
        network, "Tunnel", gateway="envoy-external", tunnel_id="${CLOUDFLARE_TUNNEL_ID}", name="cloudflare-tunnel",
        workload="app-template", config_map_name="cloudflare-tunnel-configmap",
        pods=TunnelPods(image=IMAGE, config_checksum=False, strategy="RollingUpdate",
                        annotations={"reloader.stakater.com/auto": "true"}, liveness_probe=PROBES,
                        readiness_probe=PROBES, hardened=True, run_as_user=1000, run_as_group=1000,
                        requests={"cpu": "10m", "memory": "50Mi"}, limits={"memory": "256Mi"}),
        token=TunnelToken(secret="{{ .Release.Name }}-secret", key="TUNNEL_TOKEN", env_from=True),
        cloudflared=CloudflaredSettings(post_quantum=True, transport_protocol="quic", service_monitor=True),
        dns_record_proxied=None,
        ingress=TunnelIngress(rules=[
            TunnelIngressRule(DOMAIN, ORIGIN, OriginRequest(origin_server_name=DOMAIN)),
            TunnelIngressRule(f"*.{DOMAIN}", ORIGIN, OriginRequest(origin_server_name=f"external.{DOMAIN}"))]),
        dashboards=[CLOUDFLARED_DASHBOARD],
        release=ReleaseSettings(source_name="app-template", install_retries=-1, upgrade_retries=3,
                                upgrade_cleanup_on_fail=True))
    CoreDnsRelease(
        cdk8s.Chart(app, "kube-system"), "CoreDns", replicas=1, cluster_ip="10.96.0.10",
        image_repository="mirror.gcr.io/coredns/coredns", create_service_account=True,
        service_annotations={"fix.coredns.template": "fnord"}, metrics_service=True,
        server=CoreDnsServer(plugins=SEED_PLUGINS, scheme="dns://", use_tcp=True),
        control_plane_only=True, spread_by_hostname=True)


@pytest.fixture(scope="module")
def synth(tmp_path_factory):
    return synth_app(seed002, tmp_path_factory.mktemp("seed002-tunnel"))


def real(file: str) -> dict:
    return yaml.safe_load((REAL / file).read_text(encoding="utf-8"))


def test_tunnel_config_fact_34(synth):
    config_map = synth.find("ConfigMap", "cloudflare-tunnel-configmap", "network")
    assert config_map["data"] == real("configmap-generated.yaml")["data"]  # the real file's text, exactly
    assert yaml.safe_load(config_map["data"]["config.yaml"]) == {"ingress": [
        {"hostname": DOMAIN, "service": ORIGIN, "originRequest": {"originServerName": DOMAIN}},
        {"hostname": f"*.{DOMAIN}", "service": ORIGIN, "originRequest": {"originServerName": f"external.{DOMAIN}"}},
        {"service": "http_status:404"}]}  # origin TLS checked: no noTLSVerify anywhere; every rule names its own


def test_tunnel_app_template_release(synth):
    release = synth.find("HelmRelease", "cloudflare-tunnel", "network")
    assert release["spec"]["values"] == real("helmrelease.yaml")["spec"]["values"]  # the real values, exactly
    assert release["spec"]["chartRef"] == {"kind": "OCIRepository", "name": "app-template"}
    assert not synth.kinds("Deployment")


def test_tunnel_dns_endpoint_with_a_flux_variable(synth):
    endpoint = synth.find("DNSEndpoint", "cloudflare-tunnel", "network")
    assert endpoint["apiVersion"] == "externaldns.k8s.io/v1alpha1"
    assert endpoint["spec"] == real("dnsendpoint.yaml")["spec"]
    assert set(endpoint["metadata"].get("labels", {})) <= {"app.kubernetes.io/managed-by"}  # no instance filters
    assert synth.find("GrafanaDashboard", "network-cloudflared", "network")["spec"]["grafanaCom"] == {
        "id": 17457, "revision": 6}


def test_tunnel_deployment_writes_what_is_set():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    tunnel = CloudflareTunnel(c, "Tunnel", gateway=external_gateway(c), tunnel_id=TUNNEL_ID,
                              pods=TunnelPods(replicas=1, annotations={"reloader.stakater.com/auto": "true"}),
                              cloudflared=CloudflaredSettings(post_quantum=True),
                              token=TunnelToken(env_from=True, key="TUNNEL_TOKEN"), dns_record=False)
    deployment = cdk8s.Testing.synth(c)
    deployment = next(o for o in deployment if o["kind"] == "Deployment")
    assert tunnel.deployment is not None and tunnel.release is None
    assert deployment["metadata"]["annotations"] == {"reloader.stakater.com/auto": "true"}
    assert deployment["spec"]["replicas"] == 1 and "strategy" not in deployment["spec"]
    pod = deployment["spec"]["template"]["spec"]
    assert set(pod) == {"containers", "volumes"}  # no security context, no token automount setting
    (container,) = pod["containers"]
    assert container["args"] == ["tunnel", "run"]  # cloudflared finds /etc/cloudflared/config.yaml itself
    assert container["env"] == [{"name": "NO_AUTOUPDATE", "value": "true"},
                                {"name": "TUNNEL_METRICS", "value": "0.0.0.0:8080"},
                                {"name": "TUNNEL_POST_QUANTUM", "value": "true"}]  # no transport protocol
    assert container["envFrom"] == [{"secretRef": {"name": "cloudflared-tunnel"}}]
    for key in ("securityContext", "resources", "livenessProbe", "readinessProbe"):
        assert key not in container, key


def test_tunnel_recommended_writes_exactly_its_keys():
    """The preset: what the tunnel wrote by default before a prop left unset wrote nothing."""
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    gateway = external_gateway(c)
    bare = CloudflareTunnel(c, "Bare", gateway=gateway, tunnel_id=TUNNEL_ID, dns_record=False)
    preset = CloudflareTunnel.recommended(gateway=gateway, tunnel_id=TUNNEL_ID, name="cf", dns_record=False).build(
        c, "Preset")
    assert dict(CloudflareTunnel.RECOMMENDED) == {
        "pods": TunnelPods.recommended(), "cloudflared": CloudflaredSettings.recommended(),
        "ingress": TunnelIngress.recommended()}
    assert TunnelPods.recommended() == TunnelPods(
        replicas=2, hardened=True, seccomp_profile="RuntimeDefault", automount_service_account_token=False,
        run_as_user=65532, run_as_group=65532, requests={"cpu": "10m", "memory": "64Mi"}, limits={"memory": "256Mi"},
        liveness_probe=ProbeTiming(initial_delay_seconds=10, period_seconds=10),
        readiness_probe=ProbeTiming(period_seconds=10))
    assert CloudflaredSettings.recommended() == CloudflaredSettings(transport_protocol="quic", config_flag=True)
    assert TunnelIngress.recommended() == TunnelIngress(origin_request=OriginRequest(http2_origin=True))
    objects = {o["metadata"]["name"]: o for o in cdk8s.Testing.synth(c) if o["kind"] == "Deployment"}
    pod, bare_pod = objects["cf"]["spec"]["template"]["spec"], objects["cloudflared"]["spec"]["template"]["spec"]
    assert objects["cf"]["spec"]["replicas"] == 2 and "replicas" not in objects["cloudflared"]["spec"]
    assert {k: v for k, v in pod.items() if k not in bare_pod} == {
        "automountServiceAccountToken": False,
        "securityContext": {"runAsNonRoot": True, "runAsUser": 65532, "runAsGroup": 65532,
                            "seccompProfile": {"type": "RuntimeDefault"}}}
    (container,), (bare_container,) = pod["containers"], bare_pod["containers"]
    assert {k: v for k, v in container.items() if k not in bare_container} == {
        "livenessProbe": {"httpGet": {"path": "/ready", "port": "metrics"}, "initialDelaySeconds": 10,
                          "periodSeconds": 10},
        "readinessProbe": {"httpGet": {"path": "/ready", "port": "metrics"}, "periodSeconds": 10},
        "resources": {"requests": {"cpu": "10m", "memory": "64Mi"}, "limits": {"memory": "256Mi"}},
        "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                            "capabilities": {"drop": ["ALL"]}}}
    assert container["args"] == ["tunnel", "--config", "/etc/cloudflared/config.yaml", "run"]
    assert container["env"][2:] == [{"name": "TUNNEL_TRANSPORT_PROTOCOL", "value": "quic"},
                                    bare_container["env"][2]]  # then the token
    assert preset.config["originRequest"] == {"originServerName": f"external.{DOMAIN}", "http2Origin": True}
    assert bare.config["originRequest"] == {"originServerName": f"external.{DOMAIN}"}  # what TLS to the gateway needs


def test_origin_request_keep_alive_settings():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    origin = OriginRequest(connect_timeout="10s", tls_timeout="5s", tcp_keep_alive="15s", no_happy_eyeballs=True,
                           keep_alive_connections=50, keep_alive_timeout="1m30s", http_host_header="app.cloudjur.com",
                           disable_chunked_encoding=False)
    tunnel = CloudflareTunnel(c, "Tunnel", gateway=external_gateway(c), tunnel_id=TUNNEL_ID,
                              ingress=TunnelIngress(origin_request=origin))
    assert tunnel.config["originRequest"] == {
        "connectTimeout": "10s", "tlsTimeout": "5s", "tcpKeepAlive": "15s", "noHappyEyeballs": True,
        "keepAliveConnections": 50, "keepAliveTimeout": "1m30s", "httpHostHeader": "app.cloudjur.com",
        "disableChunkedEncoding": False, "originServerName": f"external.{DOMAIN}"}


def test_coredns_values_fact_36(synth):
    values = synth.find("HelmRelease", "coredns", "kube-system")["spec"]["values"]
    assert values["fullnameOverride"] == "coredns" and values["image"] == {"repository": "mirror.gcr.io/coredns/coredns"}
    assert (values["replicaCount"], values["k8sAppLabelOverride"]) == (1, "kube-dns")
    assert values["serviceAccount"] == {"create": True}
    assert values["service"] == {"name": "kube-dns", "clusterIP": "10.96.0.10",
                                 "annotations": {"fix.coredns.template": "fnord"}}
    assert values["prometheus"] == {"service": {"enabled": True}}
    (server,) = values["servers"]
    assert server["zones"] == [{"zone": ".", "scheme": "dns://", "use_tcp": True}] and server["port"] == 53
    assert server["plugins"] == [
        {"name": "errors"}, {"name": "health", "configBlock": "lameduck 5s"}, {"name": "ready"},
        {"name": "kubernetes", "parameters": "cluster.local in-addr.arpa ip6.arpa",
         "configBlock": "pods verified\nfallthrough in-addr.arpa ip6.arpa"},
        {"name": "autopath", "parameters": "@kubernetes"}, {"name": "forward", "parameters": ". /etc/resolv.conf"},
        {"name": "loop"}, {"name": "reload"}, {"name": "loadbalance"},
        {"name": "prometheus", "parameters": "0.0.0.0:9153"}, {"name": "log", "configBlock": "class error"}]
    assert values["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"] == {
        "nodeSelectorTerms": [{"matchExpressions": [{"key": "node-role.kubernetes.io/control-plane",
                                                     "operator": "Exists"}]}]}
    assert [t["key"] for t in values["tolerations"]] == [
        "CriticalAddonsOnly", "node-role.kubernetes.io/control-plane", "node-role.kubernetes.io/master",
        "node-role.kubernetes.io/etcd"]
    assert values["topologySpreadConstraints"] == [{
        "maxSkew": 1, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "DoNotSchedule",
        "labelSelector": {"matchLabels": {"k8s-app": "kube-dns"}}}]


def test_tunnel_defaults_check_the_origin_certificate():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    gateway = external_gateway(c)
    tunnel = CloudflareTunnel(c, "Tunnel", gateway=gateway, tunnel_id=TUNNEL_ID)
    assert tunnel.config == {
        "originRequest": {"originServerName": f"external.{DOMAIN}"},  # http2Origin: the preset's
        "ingress": [{"hostname": f"*.{DOMAIN}",
                     "service": "https://cilium-gateway-envoy-external.network.svc.cluster.local:443"},
                    {"service": "http_status:404"}]}
    with_ca = CloudflareTunnel(c, "WithCa", gateway=gateway, tunnel_id=TUNNEL_ID, name="cf-ca",
                               ingress=TunnelIngress(origin_ca_config_map="gateway-ca"), dns_record=False)
    assert with_ca.config["originRequest"]["caPool"] == "/etc/cloudflared/origin-ca/ca.crt"
    skip = CloudflareTunnel(c, "Skip", gateway=gateway, tunnel_id=TUNNEL_ID, name="cf-skip", dns_record=False,
                            ingress=TunnelIngress(origin_request=OriginRequest(no_tls_verify=True, http2_origin=True)))
    assert skip.config["originRequest"] == {"noTLSVerify": True, "http2Origin": True}


def test_coredns_unset_props_write_nothing():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    values = CoreDnsRelease(c, "CoreDns").values
    for key in ("image", "serviceAccount", "affinity", "tolerations", "replicaCount", "prometheus",
                "podDisruptionBudget", "securityContext"):
        assert key not in values, key
    assert values["service"] == {"name": "kube-dns"} and values["k8sAppLabelOverride"] == "kube-dns"
    assert [p["name"] for p in values["servers"][0]["plugins"]][:3] == ["errors", "health", "ready"]


def test_coredns_recommended_writes_exactly_its_keys():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    bare = CoreDnsRelease(c, "Bare").values
    preset = CoreDnsRelease.recommended(name="coredns-2").build(c, "Preset").values
    assert {k: v for k, v in preset.items() if k not in bare} == {
        "replicaCount": 2, "prometheus": {"service": {"enabled": True}}, "podDisruptionBudget": {"maxUnavailable": 1},
        "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                            "capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]}}}


#: the template plugin's answers hold braces inside quotes; a nested block balances
TEMPLATE_BLOCK = ('match "^(?P<host>[a-z]+)[.]lab[.]$"\n'
                  'answer "{{ .Name }} 60 IN A 10.0.0.{{ .Group.host }}"\n'
                  "fallthrough")


def test_coredns_template_plugin_with_braces():
    c = cdk8s.Chart(cdk8s.Testing.app(), "t")
    plugins = [CoreDnsPlugin("errors"), CoreDnsPlugin("template", "IN A lab", TEMPLATE_BLOCK),
               CoreDnsPlugin("forward", ". /etc/resolv.conf", "policy sequential # {not a block\n"),
               CoreDnsPlugin("view", "internal", "expr incidr(client_ip(), '10.0.0.0/8')"),
               CoreDnsPlugin("acl", config_block="block type ANY {\n  net *\n}")]
    values = CoreDnsRelease(c, "CoreDns", server=CoreDnsServer(plugins=plugins)).values
    (server,) = values["servers"]
    assert server["plugins"][1] == {"name": "template", "parameters": "IN A lab", "configBlock": TEMPLATE_BLOCK}
    assert server["plugins"][4]["configBlock"] == "block type ANY {\n  net *\n}"


# ---- bad inputs of the new props

def tunnel(c, **kw):
    gateway = HomelabGateway(c, "External", name="envoy-external", namespace="network", domain=DOMAIN,
                             cluster_issuer="ca", annotations=dns_target_annotations(f"external.{DOMAIN}"))
    return CloudflareTunnel(c, "Tunnel", gateway=gateway, **{"tunnel_id": TUNNEL_ID, **kw})


def rule(c, *args, **kw):
    return tunnel(c, ingress=TunnelIngress(rules=[TunnelIngressRule(*args, **kw)]))


def record(c, **kw):
    return DnsEndpoint(c, "E", name="e", namespace="network", records=[DnsRecord(**kw)])


def core(c, **kw):
    return CoreDnsRelease(c, "CoreDns", **kw)


def server(c, **kw):
    return core(c, server=CoreDnsServer(**{"plugins": [CoreDnsPlugin("errors")], **kw}))


BAD = {
    "tunnel-id-variable": (lambda c: tunnel(c, tunnel_id="${CLOUDFLARE TUNNEL}"),
        "c/Tunnel: tunnel id is not a UUID (got '${CLOUDFLARE TUNNEL}'); copy the tunnel's id from "
        "'cloudflared tunnel list' or the Zero Trust dashboard, or write a Flux variable such as "
        "'${CLOUDFLARE_TUNNEL_ID}'"),
    "tunnel-id-type": (lambda c: tunnel(c, tunnel_id=5),
        "c/Tunnel: tunnel id is not a UUID (got 5); copy the tunnel's id from 'cloudflared tunnel list' "
        "or the Zero Trust dashboard, or write a Flux variable such as '${CLOUDFLARE_TUNNEL_ID}'"),
    "ingress-type": (lambda c: tunnel(c, ingress=TunnelIngress(rules=TunnelIngressRule("cloudjur.com", ORIGIN))),
        "TunnelIngress.rules: rules is not a list or tuple (got TunnelIngressRule(hostname='cloudjur.com', "
        "service='https://envoy-external.network.svc.cluster.local:443', origin_request=None)); write a list "
        "such as [TunnelIngressRule(hostname='cloudjur.com', "
        "service='https://envoy-external.network.svc.cluster.local:443', origin_request=None)]"),
    "ingress-item": (lambda c: tunnel(c, ingress=TunnelIngress(rules=[{"hostname": "cloudjur.com", "service": ORIGIN}])),
        "TunnelIngress.rules[0]: rules is not a TunnelIngressRule (got {'hostname': 'cloudjur.com', 'service': "
        "'https://envoy-external.network.svc.cluster.local:443'}); write TunnelIngressRule(hostname, service)"),
    "ingress-empty": (lambda c: tunnel(c, ingress=TunnelIngress(rules=[])),
        "TunnelIngress.rules: tunnel has no ingress rules (got []); pass at least one TunnelIngressRule, or "
        "None for the default"),
    "ingress-hostname": (lambda c: rule(c, "cloudjur", ORIGIN),
        "TunnelIngress.rules: rules[0] hostname is not a DNS name or wildcard (got 'cloudjur'); write a name "
        "such as 'example.com' or '*.example.com' (the catch-all is catch_all=)"),
    "ingress-hostname-type": (lambda c: rule(c, None, ORIGIN),
        "TunnelIngress.rules: rules[0] hostname is not a DNS name or wildcard (got None); write a name such as "
        "'example.com' or '*.example.com' (the catch-all is catch_all=)"),
    "ingress-service": (lambda c: rule(c, "cloudjur.com", "envoy-external:443"),
        "TunnelIngress.rules: rules[0] service is not a cloudflared service (got 'envoy-external:443'); write "
        "an origin URL such as 'https://envoy-external.network.svc.cluster.local:443', 'http_status:404' or "
        "'hello_world'"),
    "ingress-service-scheme": (lambda c: rule(c, "cloudjur.com", "ftp://nas.lan"),
        "TunnelIngress.rules: rules[0] service is not an http:// or https:// or tcp:// or ssh:// or rdp:// or "
        "smb:// URL (got 'ftp://nas.lan'); write an origin URL such as "
        "'https://envoy-external.network.svc.cluster.local:443', 'http_status:404' or 'hello_world'"),
    "ingress-service-type": (lambda c: rule(c, "cloudjur.com", 443),
        "TunnelIngress.rules: rules[0] service is not a cloudflared service (got 443); write an origin URL such "
        "as 'https://envoy-external.network.svc.cluster.local:443', 'http_status:404' or 'hello_world'"),
    "ingress-origin-type": (lambda c: rule(c, "cloudjur.com", ORIGIN, {"originServerName": "cloudjur.com"}),
        "TunnelIngress.rules: rules[0] origin_request is not an OriginRequest (got {'originServerName': "
        "'cloudjur.com'}); write OriginRequest(origin_server_name=...)"),
    "origin-server-name": (lambda c: rule(c, "cloudjur.com", ORIGIN, OriginRequest(origin_server_name="cloud jur")),
        "TunnelIngress.rules: rules[0] origin server name is not a DNS name (got 'cloud jur'); write the name "
        "on the origin's certificate, such as 'external.example.com'"),
    "origin-no-tls-verify": (lambda c: tunnel(c, ingress=TunnelIngress(origin_request=OriginRequest(no_tls_verify="yes"))),
        "TunnelIngress.origin_request: origin_request no_tls_verify must be True or False (got 'yes'); write "
        "True or False, or None to leave it out"),
    "origin-ca-pool": (lambda c: tunnel(c, ingress=TunnelIngress(origin_request=OriginRequest(ca_pool="ca.crt"))),
        "TunnelIngress.origin_request: origin_request CA pool is not an absolute file path (got 'ca.crt'); "
        "write the CA file's path in the container, such as '/etc/cloudflared/origin-ca/ca.crt'"),
    "origin-both": (lambda c: tunnel(c, ingress=TunnelIngress(origin_request=OriginRequest(no_tls_verify=True,
                                                                                           ca_pool="/ca.crt"))),
        "TunnelIngress.origin_request: origin_request both skips and checks the origin's certificate (got "
        "OriginRequest(origin_server_name=None, no_tls_verify=True, ca_pool='/ca.crt', http2_origin=None, "
        "connect_timeout=None, tls_timeout=None, tcp_keep_alive=None, no_happy_eyeballs=None, "
        "keep_alive_connections=None, keep_alive_timeout=None, http_host_header=None, "
        "disable_chunked_encoding=None)); set no_tls_verify or ca_pool, not both"),
    "origin-request-type": (lambda c: tunnel(c, ingress=TunnelIngress(origin_request={"noTLSVerify": True})),
        "TunnelIngress.origin_request: origin_request is not an OriginRequest (got {'noTLSVerify': True}); "
        "write OriginRequest(origin_server_name=...), or None for the default"),
    "origin-ca-config-map-and-skip": (lambda c: tunnel(c, ingress=TunnelIngress(origin_ca_config_map="gateway-ca",
                                                                                origin_request=OriginRequest(no_tls_verify=True))),
        "TunnelIngress.origin_ca_config_map: origin_request skips the certificate check that "
        "origin_ca_config_map is for (got 'gateway-ca'); drop no_tls_verify=True or origin_ca_config_map"),
    "catch-all-value": (lambda c: tunnel(c, ingress=TunnelIngress(catch_all="http_status:999")),
        "TunnelIngress.catch_all: catch_all is not a cloudflared service (got 'http_status:999'); write an "
        "origin URL such as 'https://envoy-external.network.svc.cluster.local:443', 'http_status:404' or "
        "'hello_world'"),
    "catch-all-type": (lambda c: tunnel(c, ingress=TunnelIngress(catch_all=404)),
        "TunnelIngress.catch_all: catch_all is not a cloudflared service (got 404); write an origin URL such as "
        "'https://envoy-external.network.svc.cluster.local:443', 'http_status:404' or 'hello_world'"),
    "post-quantum-type": (lambda c: tunnel(c, cloudflared=CloudflaredSettings(post_quantum="true")),
        "CloudflaredSettings.post_quantum: post_quantum must be True or False (got 'true'); write True or False"),
    "transport-value": (lambda c: tunnel(c, cloudflared=CloudflaredSettings(transport_protocol="udp")),
        "CloudflaredSettings.transport_protocol: transport protocol is unknown (got 'udp'); use one of: quic, "
        "http2, auto"),
    "transport-type": (lambda c: tunnel(c, cloudflared=CloudflaredSettings(transport_protocol=1)),
        "CloudflaredSettings.transport_protocol: transport protocol is unknown (got 1); use one of: quic, "
        "http2, auto"),
    "token-env-from-type": (lambda c: tunnel(c, token=TunnelToken(env_from=1)),
        "TunnelToken.env_from: env_from must be True or False (got 1); write True to read the Secret with "
        "envFrom, or False"),
    "token-env-from-key": (lambda c: tunnel(c, token=TunnelToken(env_from=True)),
        "TunnelToken.key: with env_from the token's key must be TUNNEL_TOKEN (got 'token'); set "
        "key='TUNNEL_TOKEN' (cloudflared reads that variable), or env_from=False"),
    "requests-type": (lambda c: tunnel(c, pods=TunnelPods(requests="10m")),
        "TunnelPods.requests: requests must be a mapping of resource to quantity (got '10m'); write {'cpu': "
        "'10m', 'memory': '50Mi'}, or {} for none"),
    "requests-quantity": (lambda c: tunnel(c, pods=TunnelPods(requests={"cpu": "ten"})),
        "TunnelPods.requests: requests cpu is not a Kubernetes quantity (got 'ten'); write a quantity such as "
        "'100m', '128Mi' or '1Gi'"),
    "limits-resource": (lambda c: tunnel(c, pods=TunnelPods(limits={"storage": "1Gi"})),
        "TunnelPods.limits: limits resource is unknown (got 'storage'); use one of: cpu, memory"),
    "run-as-user-type": (lambda c: tunnel(c, pods=TunnelPods(run_as_user="1000")),
        "TunnelPods.run_as_user: run_as_user must be an integer of at least 1 (got '1000'); use a whole number "
        ">= 1"),
    "run-as-group-value": (lambda c: tunnel(c, pods=TunnelPods(run_as_group=0)),
        "TunnelPods.run_as_group: run_as_group must be an integer of at least 1 (got 0); use a whole number >= "
        "1"),
    "annotations-type": (lambda c: tunnel(c, pods=TunnelPods(annotations="reloader.stakater.com/auto=true")),
        "TunnelPods.annotations: annotations must be a mapping of key to string (got "
        "'reloader.stakater.com/auto=true'); write {'example.com/key': 'value'}"),
    "annotations-key": (lambda c: tunnel(c, pods=TunnelPods(annotations={"bad key": "x"})),
        "TunnelPods.annotations: annotations key is not a label name (got 'bad key'); write a key such as "
        "'example.com/note'"),
    "dns-record-proxied-type": (lambda c: tunnel(c, dns_record_proxied="false"),
        "c/Tunnel: dns_record_proxied must be True or False (got 'false'); write True or False, or None "
        "for the ExternalDNS instance's setting"),
    "tunnel-dashboards-type": (lambda c: tunnel(c, dashboards=[17457]),
        'c/Tunnel: dashboard is not a GrafanaComDashboard (got 17457); write GrafanaComDashboard(name, '
        'grafana.com id, revision)'),
    "record-substitution-type": (lambda c: record(c, name="a.cloudjur.com", targets=("b.cloudjur.com",),
                                                  flux_substitution="yes"),
        "c/E: record a.cloudjur.com's flux_substitution must be True or False (got 'yes'); write True "
        'when the record holds Flux ${VARIABLES}, else False'),
    "record-variable-without-flag": (lambda c: record(c, name="a.cloudjur.com",
                                                      targets=("${CLOUDFLARE_TUNNEL_ID}.cfargotunnel.com",)),
        'c/E: CNAME a.cloudjur.com must point at exactly one hostname (got '
        "['${CLOUDFLARE_TUNNEL_ID}.cfargotunnel.com']); use targets=('<tunnel id>.cfargotunnel.com',) "
        'or another single name; for a Flux ${VARIABLE} set DnsRecord(flux_substitution=True)'),
    "record-variable-bad-rest": (lambda c: record(c, name="a.cloudjur.com", flux_substitution=True,
                                                  targets=("${CLOUDFLARE_TUNNEL_ID}..cfargotunnel.com",)),
        'c/E: CNAME a.cloudjur.com must point at exactly one hostname (got '
        "['${CLOUDFLARE_TUNNEL_ID}..cfargotunnel.com']); use targets=('<tunnel id>.cfargotunnel.com',) "
        'or another single name'),
    "coredns-server-type": (lambda c: core(c, server=[CoreDnsPlugin("errors")]),
        "c/CoreDns: server is not a CoreDnsServer (got [CoreDnsPlugin(name='errors', parameters=None, "
        'config_block=None)]); write CoreDnsServer(plugins=[...]), or None'),
    "coredns-plugins-type": (lambda c: server(c, plugins="errors"),
        "c/CoreDns: server plugins is not a list or tuple (got 'errors'); write a list such as "
        "['errors']"),
    "coredns-plugins-empty": (lambda c: server(c, plugins=[]),
        "c/CoreDns: server has no plugins (got []); list its plugins, such as [CoreDnsPlugin('errors'), "
        '...]'),
    "coredns-plugin-item": (lambda c: server(c, plugins=["errors"]),
        "c/CoreDns: server plugins[0] is not a CoreDnsPlugin (got 'errors'); write CoreDnsPlugin(name, "
        '...)'),
    "coredns-plugin-name": (lambda c: server(c, plugins=[CoreDnsPlugin("Errors")]),
        "c/CoreDns: server plugins[0] name is not a CoreDNS plugin name (got 'Errors'); write a plugin "
        "such as 'errors', 'forward' or 'k8s_external'"),
    "coredns-plugin-parameters": (lambda c: server(c, plugins=[CoreDnsPlugin("forward", ". { 1.1.1.1 }")]),
        "c/CoreDns: server plugins[0] parameters open or close a block (got '. { 1.1.1.1 }'); put the block's "
        "lines in config_block, such as CoreDnsPlugin('template', 'IN A example.com', 'answer \"{{ .Name }} 60 IN A "
        "10.0.0.1\"')"),
    "coredns-plugin-block-type": (lambda c: server(c, plugins=[CoreDnsPlugin("health", config_block=5)]),
        "c/CoreDns: server plugins[0] config block is empty or not text (got 5); write the words, such as "
        "'. /etc/resolv.conf' or 'lameduck 5s', or None"),
    "coredns-plugin-block-closes": (lambda c: server(c, plugins=[CoreDnsPlugin("template", "IN A lab",
                                                                               "answer x\n}\nerrors {")]),
        "c/CoreDns: server plugins[0] config block's braces do not balance (got 'answer x\\n}\\nerrors {'); close "
        "every '{' it opens and no more (braces inside quotes are text, such as answer \"{{ .Name }} 60 IN A "
        "10.0.0.1\")"),
    "coredns-plugin-block-open": (lambda c: server(c, plugins=[CoreDnsPlugin("acl", config_block="block {")]),
        "c/CoreDns: server plugins[0] config block's braces do not balance (got 'block {'); close every '{' it "
        "opens and no more (braces inside quotes are text, such as answer \"{{ .Name }} 60 IN A 10.0.0.1\")"),
    "coredns-plugin-quote-open": (lambda c: server(c, plugins=[CoreDnsPlugin("template", "IN A lab",
                                                                             'answer "{{ .Name }} 60 IN A')]),
        "c/CoreDns: server plugins[0] config block leaves a quote open (got 'answer \"{{ .Name }} 60 IN A'); close "
        "the '\"' (CoreDNS would read the rest of the Corefile as one word)"),
    "coredns-plugin-parameters-newline": (lambda c: server(c, plugins=[CoreDnsPlugin("forward", ".\n1.1.1.1")]),
        "c/CoreDns: server plugins[0] parameters hold a line break (got '.\\n1.1.1.1'); put further "
        'lines in config_block'),
    "coredns-zone": (lambda c: server(c, zone="cluster local"),
        "c/CoreDns: server zone is not a DNS zone (got 'cluster local'); write '.' or a zone such as "
        "'example.com'"),
    "coredns-port": (lambda c: server(c, port=0),
        'c/CoreDns: server port must be an integer in 1-65535 (got 0); use a valid TCP/UDP server port'),
    "coredns-scheme": (lambda c: server(c, scheme="udp://"),
        "c/CoreDns: server scheme is unknown (got 'udp://'); did you mean dns://? use one of: dns://, "
        'tls://, https://, grpc://'),
    "coredns-use-tcp": (lambda c: server(c, use_tcp="yes"),
        "c/CoreDns: server use_tcp must be True or False (got 'yes'); write True or False, or None"),
    "coredns-image-value": (lambda c: core(c, image_repository="mirror.gcr.io/coredns/coredns:1.12.0"),
        'c/CoreDns: image repository is not an image name without tag (got '
        "'mirror.gcr.io/coredns/coredns:1.12.0'); write a repository such as "
        "'mirror.gcr.io/coredns/coredns'"),
    "coredns-image-type": (lambda c: core(c, image_repository=5),
        'c/CoreDns: image repository is not an image name without tag (got 5); write a repository such '
        "as 'mirror.gcr.io/coredns/coredns'"),
    "coredns-service-name": (lambda c: core(c, service_name="kube_dns"),
        "c/CoreDns: service name is not a DNS label (got 'kube_dns'); use 1-63 lowercase letters, "
        "digits or '-', starting and ending with a letter or digit"),
    "coredns-service-annotations": (lambda c: core(c, service_annotations=["fix.coredns.template"]),
        'c/CoreDns: service_annotations must be a mapping of key to string (got '
        "['fix.coredns.template']); write {'example.com/key': 'value'}"),
    "coredns-service-annotation-value": (lambda c: core(c, service_annotations={"fix.coredns.template": 1}),
        'c/CoreDns: service_annotations value of fix.coredns.template is not a string (got 1); quote '
        "it, such as '1'"),
    "coredns-app-label": (lambda c: core(c, k8s_app_label="Kube DNS"),
        "c/CoreDns: k8s-app label is not a DNS label (got 'Kube DNS'); use 1-63 lowercase letters, "
        "digits or '-', starting and ending with a letter or digit"),
    "coredns-service-account": (lambda c: core(c, create_service_account="yes"),
        "c/CoreDns: create_service_account must be True or False (got 'yes'); write True or False, or "
        "None for the chart's"),
    "coredns-control-plane": (lambda c: core(c, control_plane_only=None),
        'c/CoreDns: control_plane_only must be True or False (got None); write True or False'),
    "coredns-spread": (lambda c: core(c, spread_by_hostname="hostname"),
        "c/CoreDns: spread_by_hostname must be True or False (got 'hostname'); write True or False"),
}


@pytest.mark.parametrize("act, expected", [pytest.param(a, e, id=k) for k, (a, e) in BAD.items()])
def test_bad_input(act, expected):
    with pytest.raises(ValueError) as err:
        act(cdk8s.Chart(cdk8s.Testing.app(), "c"))
    assert str(err.value) == expected
