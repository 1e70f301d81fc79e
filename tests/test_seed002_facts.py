"""examples/seed002 reproduces chaijunkin/home-ops at b5f8d898 (../shared/REAL-REPOS.md, part B), fact by fact.

Each test names the fact (the numbered list at the end of REAL-REPOS.md) or the section it
checks. The example's snapshots keep the rest of every object under review.
"""
from __future__ import annotations

import pytest
from conftest import load_example

DOMAIN = "cloudjur.com"
NS = "network"
ALL_GATEWAYS = [{"group": "gateway.networking.k8s.io", "kind": "Gateway"}]
BLOCKED = ["Meta-ExternalAgent", "meta-webindexer", "GPTBot", "CCBot", "Google-Extended", "Bytespider", "Amazonbot",
           "Applebot-Extended"]
SIX_SOURCES = ["gateway-grpcroute", "gateway-httproute", "gateway-tlsroute", "gateway-udproute", "gateway-tcproute",
               "service"]


@pytest.fixture(scope="module")
def objects(synthesized) -> list[dict]:
    return synthesized["seed002"].all()


def _one(objects: list[dict], kind: str, name: str, namespace: str | None = None) -> dict:
    hits = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name
            and o["metadata"].get("namespace") == namespace]
    assert len(hits) == 1, f"expected one {kind} {namespace}/{name}, found {len(hits)}"
    return hits[0]


def test_fact_19_cilium_release(objects):
    source = _one(objects, "OCIRepository", "cilium", "kube-system")
    assert source["apiVersion"] == "source.toolkit.fluxcd.io/v1"
    assert source["spec"]["url"] == "oci://quay.io/cilium/charts/cilium"
    assert source["spec"]["ref"] == {"tag": "1.19.3"}
    assert source["spec"]["interval"] == "15m"
    assert source["spec"]["layerSelector"] == {
        "mediaType": "application/vnd.cncf.helm.chart.content.v1.tar+gzip", "operation": "copy"}
    release = _one(objects, "HelmRelease", "cilium", "kube-system")
    assert release["apiVersion"] == "helm.toolkit.fluxcd.io/v2"
    spec = release["spec"]
    assert spec["chartRef"] == {"kind": "OCIRepository", "name": "cilium"}
    assert spec["interval"] == "1h"
    assert spec["install"]["remediation"]["retries"] == -1
    assert spec["upgrade"]["cleanupOnFail"] is True and spec["upgrade"]["remediation"]["retries"] == 3


@pytest.fixture(scope="module")
def cilium_values(objects) -> dict:
    return _one(objects, "HelmRelease", "cilium", "kube-system")["spec"]["values"]


def test_fact_20_22_cilium_values(cilium_values):
    v = cilium_values
    assert v["kubeProxyReplacement"] is True and v["routingMode"] == "native"
    assert v["autoDirectNodeRoutes"] is True and v["ipv4NativeRoutingCIDR"] == "10.69.0.0/16"
    assert v["ipam"] == {"mode": "kubernetes"}
    assert v["loadBalancer"]["algorithm"] == "maglev" and v["loadBalancer"]["mode"] == "dsr"
    assert v["loadBalancer"]["serviceTopology"] is True
    assert v["l2announcements"] == {"enabled": True} and v["bgpControlPlane"] == {"enabled": True}
    assert v["bpf"]["datapathMode"] == "netkit" and v["bpf"]["masquerade"] is True
    assert v["bpf"]["preallocateMaps"] is True
    assert v["bandwidthManager"] == {"enabled": True, "bbr": True}
    assert v["cni"] == {"exclusive": False}
    # seed 002 writes the chart's string form, ``eth+``, and so does the example (a tuple is written as a list)
    assert v["devices"] == "eth+"
    assert v["k8sServiceHost"] == "127.0.0.1" and v["k8sServicePort"] == 7445
    assert "gatewayAPI" not in v and "hubble" not in v


def test_cilium_values_b1(cilium_values):
    """B.1's other values, as listed."""
    v = cilium_values
    assert v["cluster"] == {"id": 1, "name": "main"}
    assert v["bpfClockProbe"] is True and v["endpointRoutes"] == {"enabled": True}
    assert v["enableIPv4BIGTCP"] is True and v["envoy"] == {"enabled": False}
    assert v["cgroup"] == {"automount": {"enabled": False}, "hostRoot": "/sys/fs/cgroup"}
    assert v["kubeProxyReplacementHealthzBindAddr"] == "0.0.0.0:10256"
    assert v["localRedirectPolicies"] == {"enabled": True}
    assert v["rollOutCiliumPods"] is True
    operator = v["operator"]
    assert operator["replicas"] == 1 and operator["rollOutPods"] is True
    assert operator["prometheus"]["enabled"] is True and operator["prometheus"]["serviceMonitor"]["enabled"] is True
    assert operator["dashboards"] == {"enabled": True, "annotations": {"grafana_folder": "Cilium"}}
    assert v["prometheus"]["enabled"] is True
    assert v["prometheus"]["serviceMonitor"] == {"enabled": True, "trustCRDsExist": True}
    assert v["dashboards"] == {"enabled": True, "annotations": {"grafana_folder": "Cilium"}}
    assert v["securityContext"]["capabilities"]["ciliumAgent"] == [
        "CHOWN", "KILL", "NET_ADMIN", "NET_RAW", "IPC_LOCK", "SYS_ADMIN", "SYS_RESOURCE", "PERFMON", "BPF",
        "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID"]
    assert v["securityContext"]["capabilities"]["cleanCiliumState"] == ["NET_ADMIN", "SYS_ADMIN", "SYS_RESOURCE"]
    assert v["socketLB"] == {"enabled": True, "hostNamespaceOnly": True}
    assert v["pmtuDiscovery"] == {"enabled": True}


def test_fact_23_l2_pool_bgp(objects):
    l2 = _one(objects, "CiliumL2AnnouncementPolicy", "policy")
    assert l2["apiVersion"] == "cilium.io/v2alpha1"
    assert l2["spec"] == {"loadBalancerIPs": True, "interfaces": ["^eth.*"],
                          "nodeSelector": {"matchLabels": {"kubernetes.io/os": "linux"}}}
    pool = _one(objects, "CiliumLoadBalancerIPPool", "pool")
    assert pool["apiVersion"] == "cilium.io/v2"
    assert pool["spec"] == {"allowFirstLastIPs": "No", "blocks": [{"cidr": "10.10.30.0/24"}]}
    cluster = _one(objects, "CiliumBGPClusterConfig", "l3-bgp-cluster-config")["spec"]
    assert cluster["nodeSelector"] == {"matchLabels": {"kubernetes.io/os": "linux"}}
    assert cluster["bgpInstances"] == [{"name": "cilium", "localASN": 64666, "peers": [{
        "name": "opnsense", "peerASN": 64667, "peerAddress": "192.168.1.1",
        "peerConfigRef": {"name": "l3-bgp-peer-config"}}]}]
    peer = _one(objects, "CiliumBGPPeerConfig", "l3-bgp-peer-config")["spec"]
    assert peer["families"] == [{"afi": "ipv4", "safi": "unicast",
                                 "advertisements": {"matchLabels": {"advertise": "bgp"}}}]
    advertisement = _one(objects, "CiliumBGPAdvertisement", "l3-bgp-advertisement")
    assert advertisement["metadata"]["labels"]["advertise"] == "bgp"
    assert advertisement["spec"]["advertisements"] == [{
        "advertisementType": "Service", "service": {"addresses": ["LoadBalancerIP"]},
        "selector": {"matchExpressions": [{"key": "somekey", "operator": "NotIn", "values": ["never-used-value"]}]}}]


def test_kube_api_service(objects):
    service = _one(objects, "Service", "kube-api", "kube-system")
    assert service["spec"]["type"] == "LoadBalancer" and service["spec"]["externalTrafficPolicy"] == "Local"
    assert service["metadata"]["annotations"]["external-dns.alpha.kubernetes.io/hostname"] == f"k8s.{DOMAIN}"
    assert service["metadata"]["annotations"]["lbipam.cilium.io/ips"] == "10.10.30.30"
    assert service["spec"]["selector"] == {"k8s-app": "kube-apiserver", "tier": "control-plane"}
    assert [p["port"] for p in service["spec"]["ports"]] == [6443]


def test_fact_24_cilium_dashboards(objects):
    for name, config_map in (("cilium", "cilium-dashboard"), ("cilium-operator", "cilium-operator-dashboard")):
        spec = _one(objects, "GrafanaDashboard", name, "kube-system")["spec"]
        assert spec["configMapRef"] == {"name": config_map, "key": f"{config_map}.json"}
        assert spec["instanceSelector"] == {"matchLabels": {"dashboards": "grafana"}}
        assert spec["allowCrossNamespaceImport"] is True
        assert spec["datasources"] == [{"datasourceName": "prometheus", "inputName": "DS_PROMETHEUS"}]


def test_fact_25_gateway_class(objects):
    spec = _one(objects, "GatewayClass", "envoy")["spec"]
    assert spec["controllerName"] == "gateway.envoyproxy.io/gatewayclass-controller"
    assert spec["parametersRef"] == {"group": "gateway.envoyproxy.io", "kind": "EnvoyProxy", "name": "envoy",
                                     "namespace": NS}


def _listeners(objects: list[dict], name: str) -> dict[str, dict]:
    return {item["name"]: item for item in _one(objects, "Gateway", name, NS)["spec"]["listeners"]}


def test_fact_26_gateways(objects):
    for name, ip, target in (("envoy-external", "10.10.30.26", f"external.{DOMAIN}"),
                             ("envoy-internal", "10.10.30.25", "10.10.30.25")):
        gateway = _one(objects, "Gateway", name, NS)
        assert gateway["spec"]["gatewayClassName"] == "envoy"
        assert gateway["spec"]["infrastructure"]["annotations"]["lbipam.cilium.io/ips"] == ip
        assert gateway["metadata"]["annotations"]["external-dns.alpha.kubernetes.io/target"] == target
        assert "cert-manager.io/cluster-issuer" not in gateway["metadata"]["annotations"]
        https = _listeners(objects, name)["https"]
        assert (https["protocol"], https["port"]) == ("HTTPS", 443) and "hostname" not in https
        assert https["tls"]["certificateRefs"] == [{"kind": "Secret", "name": "cloudjur-com-tls"}] or \
            https["tls"]["certificateRefs"] == [{"group": "", "kind": "Secret", "name": "cloudjur-com-tls"}]
        assert https["allowedRoutes"]["namespaces"]["from"] == "All"
        http = _listeners(objects, name)["http"]
        assert (http["protocol"], http["port"], http["allowedRoutes"]["namespaces"]["from"]) == ("HTTP", 80, "Same")
        ssh = _listeners(objects, name)["ssh"]
        assert (ssh["protocol"], ssh["port"]) == ("TCP", 22)
        assert ssh["allowedRoutes"] == {"namespaces": {"from": "Selector", "selector": {
            "matchLabels": {"kubernetes.io/metadata.name": "dev"}}}, "kinds": [{"kind": "TCPRoute"}]} or \
            ssh["allowedRoutes"] == {"namespaces": {"from": "Selector", "selector": {
                "matchLabels": {"kubernetes.io/metadata.name": "dev"}}},
                "kinds": [{"group": "gateway.networking.k8s.io", "kind": "TCPRoute"}]}
    assert list(_listeners(objects, "envoy-external")) == ["http", "ssh", "https"]
    assert list(_listeners(objects, "envoy-internal")) == ["ssh", "http", "https", "tls-passthrough"]
    passthrough = _listeners(objects, "envoy-internal")["tls-passthrough"]
    assert (passthrough["protocol"], passthrough["port"], passthrough["hostname"]) == ("TLS", 443, f"*.{DOMAIN}")
    assert passthrough["tls"] == {"mode": "Passthrough"}
    assert passthrough["allowedRoutes"]["namespaces"]["from"] == "All"


def test_fact_27_envoy_proxy(objects):
    spec = _one(objects, "EnvoyProxy", "envoy", NS)["spec"]
    assert spec["shutdown"] == {"drainTimeout": "180s"}
    assert spec["logging"] == {"level": {"default": "info"}}
    kubernetes = spec["provider"]["kubernetes"]
    assert kubernetes["envoyService"]["externalTrafficPolicy"] == "Local"
    deployment = kubernetes["envoyDeployment"]
    assert deployment["replicas"] == 1
    assert deployment["container"]["image"] == "mirror.gcr.io/envoyproxy/envoy:v1.38.0"
    assert deployment["container"]["resources"] == {"requests": {"cpu": "100m"}, "limits": {"memory": "2Gi"}}
    assert spec["telemetry"]["metrics"]["prometheus"]["compression"] == {"type": "Zstd"}


def test_fact_28_backend_traffic_policy(objects):
    spec = _one(objects, "BackendTrafficPolicy", "envoy", NS)["spec"]
    assert spec["compressor"] == [{"type": "Zstd", "zstd": {}}, {"type": "Brotli", "brotli": {}},
                                  {"type": "Gzip", "gzip": {}}]
    assert "compression" not in spec
    assert spec["retry"]["numRetries"] == 2 and spec["retry"]["retryOn"]["triggers"] == ["reset"]
    assert spec["timeout"] == {"http": {"requestTimeout": "0s"}}
    assert spec["tcpKeepalive"] == {}
    assert spec["targetSelectors"] == ALL_GATEWAYS


def test_fact_29_client_traffic_policy(objects):
    spec = _one(objects, "ClientTrafficPolicy", "envoy", NS)["spec"]
    assert spec["clientIPDetection"]["xForwardedFor"]["trustedCIDRs"] == ["10.69.0.0/16"]
    assert spec["http2"] == {"onInvalidMessage": "TerminateStream"}
    assert spec["http3"] == {}
    assert spec["tls"]["minVersion"] == "1.2" and spec["tls"]["alpnProtocols"] == ["h2", "http/1.1"]
    assert spec["tcpKeepalive"] == {}
    assert spec["targetSelectors"] == ALL_GATEWAYS


def test_fact_30_lua_per_gateway(objects):
    from test_envoy import run_filter  # runs the script in LuaJIT the way Envoy calls it

    for gateway in ("envoy-external", "envoy-internal"):
        policy = _one(objects, "EnvoyExtensionPolicy", gateway, NS)["spec"]
        assert policy["targetRefs"] == [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": gateway}]
        assert policy["lua"] == [{"type": "ValueRef", "valueRef": {
            "name": f"{gateway}-extensions", "kind": "ConfigMap", "group": "v1"}}]
        [script] = _one(objects, "ConfigMap", f"{gateway}-extensions", NS)["data"].values()
        for agent in BLOCKED:
            responded, status, body, _ = run_filter(script, f"Mozilla/5.0 (compatible; {agent}/1.0)")
            assert (responded, status, body) == (True, "200", "")
        assert run_filter(script, "mozilla/5.0 (compatible; gptbot/1.0)")[0] is False  # case-sensitive, as seed 002
        assert run_filter(script, "Mozilla/5.0 Firefox/140.0")[0] is False


def test_fact_31_https_redirect(objects):
    route = _one(objects, "HTTPRoute", "https-redirect", NS)
    assert route["metadata"]["annotations"]["external-dns.alpha.kubernetes.io/controller"] == "none"
    refs = [(r["name"], r.get("namespace", NS), r["sectionName"]) for r in route["spec"]["parentRefs"]]
    assert refs == [("envoy-external", NS, "http"), ("envoy-internal", NS, "http")]
    assert "hostnames" not in route["spec"]
    [rule] = route["spec"]["rules"]
    assert "matches" not in rule
    assert rule["filters"] == [{"type": "RequestRedirect", "requestRedirect": {"scheme": "https", "statusCode": 301}}]


def test_fact_32_scaled_objects_expressible():
    """B.2: the ScaledObjects are not applied in the real repo; the example can write them (SCALING)."""
    example = load_example("seed002")
    objects = example.scaled_objects()
    assert sorted(o["metadata"]["name"] for o in objects) == ["envoy-external", "envoy-gateway", "envoy-internal"]
    for o in objects:
        spec = o["spec"]
        assert spec["scaleTargetRef"]["name"] == o["metadata"]["name"]
        assert spec["minReplicaCount"] == 1 and spec["cooldownPeriod"] == 5
        assert spec["maxReplicaCount"] == (1 if o["metadata"]["name"] == "envoy-gateway" else 2)
        assert spec["fallback"] == {"failureThreshold": 2, "replicas": 1}
        assert spec["advanced"]["restoreToOriginalReplicaCount"] is True
        assert spec["advanced"]["horizontalPodAutoscalerConfig"]["behavior"]["scaleDown"][
            "stabilizationWindowSeconds"] == 5
        [trigger] = spec["triggers"]
        assert trigger["type"] == "prometheus"
        assert trigger["metadata"]["query"] == '1 - min(gatus_results_endpoint_success{group="external"})'
        assert trigger["metadata"]["threshold"] == "1"


def _release(objects: list[dict], name: str) -> dict:
    return _one(objects, "HelmRelease", name, NS)["spec"]


def test_fact_33_external_dns_cloudflare(objects):
    release = _release(objects, "external-dns")
    assert release["interval"] == "24h" and release["uninstall"]["keepHistory"] is False
    v = release["values"]
    assert v["provider"] == "cloudflare" and v["fullnameOverride"] == "external-dns"
    assert v["sources"] == ["crd", "gateway-httproute"]
    assert v["extraArgs"] == ["--cloudflare-dns-records-per-page=1000", "--cloudflare-proxied",
                              "--crd-source-apiversion=externaldns.k8s.io/v1alpha1", "--crd-source-kind=DNSEndpoint",
                              "--gateway-name=envoy-external"]
    assert (v["txtPrefix"], v["txtOwnerId"], v["domainFilters"], v["policy"]) == ("k8s.", "default", [DOMAIN], "sync")
    assert v["triggerLoopOnEvent"] is True and v["serviceMonitor"]["enabled"] is True
    assert v["podAnnotations"] == {"reloader.stakater.com/auto": "true"}
    env = {e["name"]: e["valueFrom"]["secretKeyRef"] for e in v["env"]}
    assert env == {"CF_API_TOKEN": {"name": "external-dns-secret", "key": "CF_API_TOKEN"},
                   "CF_ZONE_ID": {"name": "external-dns-secret", "key": "CF_ZONE_ID"}}


def test_external_dns_webhooks(objects):
    adguard = _release(objects, "external-dns-adguard-home")
    assert adguard["install"]["disableSchemaValidation"] is True
    assert adguard["upgrade"]["disableSchemaValidation"] is True
    v = adguard["values"]
    assert v["provider"]["name"] == "webhook"
    webhook = v["provider"]["webhook"]
    assert f'{webhook["image"]["repository"]}:{webhook["image"]["tag"]}'.startswith(  # the digest follows
        "ghcr.io/muhlba91/external-dns-provider-adguard:v11.1.1@sha256:")
    assert v["sources"] == SIX_SOURCES and v["extraArgs"] == ["--gateway-name=envoy-external"]
    assert v["registry"] == "txt" and (v["txtPrefix"], v["txtOwnerId"]) == ("k8s.", "default")
    unbound = _release(objects, "external-dns-opnsense-unbound")["values"]
    webhook = unbound["provider"]["webhook"]
    assert f'{webhook["image"]["repository"]}:{webhook["image"]["tag"]}'.startswith(
        "ghcr.io/crutonjohn/external-dns-opnsense-webhook:v1.0.0@sha256:")
    assert unbound["sources"] == SIX_SOURCES and "--gateway-name=envoy-internal" in unbound["extraArgs"]
    assert webhook["resources"] == {"requests": {"memory": "20Mi", "cpu": "10m"}, "limits": {"memory": "100Mi"}}
    source = _one(objects, "OCIRepository", "external-dns", NS)["spec"]
    assert (source["url"], source["ref"]["tag"], source["interval"]) == (
        "oci://ghcr.io/home-operations/charts-mirror/external-dns", "1.19.0", "5m")
    for name in ("external-dns", "external-dns-adguard-home", "external-dns-opnsense-unbound"):
        assert _release(objects, name)["chartRef"] == {"kind": "OCIRepository", "name": "external-dns"}


def test_external_dns_stale_rule(objects):
    rule = _one(objects, "PrometheusRule", "external-dns-rules", NS)
    [group] = rule["spec"]["groups"]
    [alert] = group["rules"]
    assert alert["alert"] == "ExternalDNSStale"
    assert alert["expr"] == "time() - external_dns_controller_last_sync_timestamp_seconds > 60\n"  # a YAML block
    assert alert["for"] == "15m" and alert["labels"]["severity"] == "critical"


def test_fact_34_tunnel(objects):
    endpoint = _one(objects, "DNSEndpoint", "cloudflare-tunnel", NS)
    assert endpoint["apiVersion"] == "externaldns.k8s.io/v1alpha1"
    assert endpoint["spec"]["endpoints"] == [{"dnsName": f"external.{DOMAIN}", "recordType": "CNAME",
                                              "targets": ["${CLOUDFLARE_TUNNEL_ID}.cfargotunnel.com"]}]
    import yaml

    config_maps = [o for o in objects if o["kind"] == "ConfigMap" and "config.yaml" in o.get("data", {})]
    assert len(config_maps) == 1
    config = yaml.safe_load(config_maps[0]["data"]["config.yaml"])
    origin = f"https://envoy-external.{NS}.svc.cluster.local:443"
    assert config["ingress"] == [
        {"hostname": DOMAIN, "service": origin, "originRequest": {"originServerName": DOMAIN}},
        {"hostname": f"*.{DOMAIN}", "service": origin, "originRequest": {"originServerName": f"external.{DOMAIN}"}},
        {"service": "http_status:404"}]


def test_fact_35_nads(objects):
    import json

    nads = {o["metadata"]["name"]: json.loads(o["spec"]["config"]) for o in objects
            if o["kind"] == "NetworkAttachmentDefinition"}
    assert sorted(nads) == ["multus-iot", "multus-not", "multus-trust", "vpn"]
    for name, master, address, gateway in (("multus-iot", "eth3", "10.10.33.254/24", "10.10.33.1"),
                                           ("multus-not", "eth2", "10.10.32.254/24", "10.10.32.1"),
                                           ("multus-trust", "eth4", "10.10.10.254/24", "10.10.10.1")):
        config = nads[name]
        assert config["cniVersion"] == "0.3.1"
        macvlan, sbr = config["plugins"]
        assert (macvlan["type"], macvlan["master"], macvlan["mode"]) == ("macvlan", master, "bridge")
        assert macvlan["capabilities"] == {"ips": True}
        assert macvlan["ipam"]["type"] == "static"
        assert macvlan["ipam"]["addresses"] == [{"address": address, "gateway": gateway}]
        assert macvlan["ipam"]["routes"] == [{"dst": "0.0.0.0/0", "gw": gateway}]
        assert sbr == {"type": "sbr"}
        assert all(plugin["type"] != "vlan" and "vlan" not in plugin for plugin in config["plugins"])
    vpn = nads["vpn"]
    [macvlan] = vpn["plugins"]
    assert (macvlan["master"], macvlan["mode"], macvlan["ipam"]["type"]) == ("eth1", "bridge", "static")
    assert "addresses" not in macvlan["ipam"] and "capabilities" not in macvlan
    assert {r["gw"] for r in macvlan["ipam"]["routes"]} == {"10.10.31.1"}
    assert len(macvlan["ipam"]["routes"]) == 31


def test_multus_release(objects):
    source = _one(objects, "OCIRepository", "multus", NS)["spec"]
    assert (source["url"], source["ref"]["tag"]) == ("oci://ghcr.io/bjw-s-labs/helm/multus", "1.3.1")
    v = _release(objects, "multus")["values"]
    assert v["cni"] == {"binPath": "/opt/cni/bin", "netPath": "/etc/cni/net.d"}
    assert v["multus"]["resources"] == {"requests": {"cpu": "10m"}, "limits": {"memory": "2048Mi"}}


def test_fact_36_coredns(objects):
    v = _one(objects, "HelmRelease", "coredns", "kube-system")["spec"]["values"]
    assert v["service"]["name"] == "kube-dns" and v["service"]["clusterIP"] == "10.96.0.10"
    assert v["k8sAppLabelOverride"] == "kube-dns"
    [server] = v["servers"]
    forward = [p for p in server["plugins"] if p["name"] == "forward"]
    assert forward == [{"name": "forward", "parameters": ". /etc/resolv.conf"}]
    assert not [o for o in objects if "k8s-gateway" in o["metadata"]["name"]]


def test_b8_certificate_and_issuers(objects):
    cert = _one(objects, "Certificate", "cloudjur-com", NS)["spec"]
    assert cert["secretName"] == "cloudjur-com-tls"
    assert cert["issuerRef"] == {"name": "letsencrypt-production", "kind": "ClusterIssuer"} or \
        cert["issuerRef"] == {"name": "letsencrypt-production", "kind": "ClusterIssuer", "group": "cert-manager.io"}
    assert cert["usages"] == ["digital signature"] and cert["duration"] == "160h"
    assert cert["dnsNames"] == [DOMAIN, f"*.{DOMAIN}"]
    production = _one(objects, "ClusterIssuer", "letsencrypt-production")["spec"]["acme"]
    assert production["server"] == "https://acme-v02.api.letsencrypt.org/directory"
    assert production["profile"] == "shortlived"
    [solver] = production["solvers"]
    assert solver["dns01"]["cloudflare"]["apiTokenSecretRef"] == {"name": "cloudflare-issuer-secret",
                                                                  "key": "CLOUDFLARE_DNS_TOKEN"}
    assert solver["selector"] == {"dnsZones": [DOMAIN]}
    staging = _one(objects, "ClusterIssuer", "letsencrypt-staging")["spec"]["acme"]
    assert staging["server"] == "https://acme-staging-v02.api.letsencrypt.org/directory"
    assert "profile" not in staging and staging["solvers"] == production["solvers"]


#: B.9: name -> (kind, hostname label, listener, addresses, Service port, the machines' port)
EXTERNAL = {
    "adguard": ("HTTPRoute", "adguard", "https", ["10.10.30.1"], 3000, 3000),
    "switch": ("HTTPRoute", "switch", "https", ["192.168.1.2"], 80, 80),
    "nas": ("TLSRoute", "nas", "tls-passthrough", ["10.10.30.10", "192.168.1.10"], 443, 9090),
    "proxmox": ("TLSRoute", "pve", "tls-passthrough", None, 8006, 8006),
    "ap": ("TLSRoute", "ap", "tls-passthrough", ["192.168.1.4"], 443, 443),
}


@pytest.mark.parametrize("name", sorted(EXTERNAL))
def test_b9_external_services(objects, name):
    kind, label, section, addresses, port, target = EXTERNAL[name]
    service = _one(objects, "Service", name, NS)
    assert "selector" not in service["spec"]
    assert [p["port"] for p in service["spec"]["ports"]] == [port]
    slices = [o for o in objects if o["kind"] == "EndpointSlice"
              and o["metadata"]["labels"].get("kubernetes.io/service-name") == name]
    assert len(slices) == 1
    assert [p["port"] for p in slices[0]["ports"]] == [target]
    written = [a for e in slices[0]["endpoints"] for a in e["addresses"]]
    if addresses is not None:
        assert written == addresses
    routes = [o for o in objects if o["kind"] == kind and o["metadata"].get("namespace") == NS
              and o["spec"].get("hostnames") == [f"{label}.{DOMAIN}"]]
    assert len(routes) == 1
    route = routes[0]
    assert [(r["name"], r["sectionName"]) for r in route["spec"]["parentRefs"]] == [("envoy-internal", section)]
    [rule] = route["spec"]["rules"]
    assert [(b["name"], b["port"]) for b in rule["backendRefs"]] == [(name, port)]


def _policy_on(objects: list[dict], route: str, namespace: str) -> dict:
    hits = [o for o in objects if o["kind"] == "SecurityPolicy" and o["metadata"]["namespace"] == namespace
            and o["spec"]["targetRefs"] == [{"group": "gateway.networking.k8s.io", "kind": "HTTPRoute", "name": route}]]
    assert len(hits) == 1, hits
    return hits[0]["spec"]


def test_b2_security_policies(objects):
    """B.2's two auth components (envoy-oidc, ext-auth), each attached to an app's HTTPRoute."""
    example = load_example("seed002")
    app = example.OIDC_APP
    oidc = _policy_on(objects, app, example.OIDC_NAMESPACE)["oidc"]
    assert oidc["provider"]["issuer"] == f"https://auth.{DOMAIN}/oauth2/openid/{app}"
    assert oidc["clientID"] == app and oidc["clientSecret"]["name"] == f"{app}-oidc"
    assert oidc["redirectURL"] == f"https://{app}.{DOMAIN}/oauth2/callback" and oidc["logoutPath"] == "/logout"
    auth = _policy_on(objects, example.EXT_AUTH_APP, example.EXT_AUTH_NAMESPACE)["extAuth"]
    assert auth["failOpen"] is False and auth["headersToExtAuth"] == ["X-Forwarded-Proto", "cookie"]
    [backend] = auth["http"]["backendRefs"]
    assert (backend["name"], backend["namespace"], backend["port"]) == ("authentik-server", "security", 80)
    assert auth["http"]["path"] == "/outpost.goauthentik.io/auth/envoy"
    assert "authorization" in auth["http"]["headersToBackend"]
