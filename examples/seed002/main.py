#!/usr/bin/env python3
"""chaijunkin/home-ops's networking, exactly (seed 002's real repository at b5f8d898; facts in
REAL-REPOS.md, part B).

Run from this folder (``python main.py``; ``CDK8S_OUTDIR`` picks the output directory, like any
cdk8s app). ``build(app)`` returns a :class:`Seed002` with the charts and the main constructs.
The charts follow the real repository's folders:

- ``cilium`` (``kube-system/cilium``): the Flux OCIRepository and HelmRelease with seed 002's
  values (native routing, KubePrism, Maglev + DSR, netkit, BBR, L2 + BGP, Multus coexistence,
  Talos' cgroup and capability lists; no Hubble and no Gateway API keys), the L2 policy, the
  ``/24`` pool, the BGP cluster config / peer config / advertisement, the ``kube-api``
  LoadBalancer Service and the chart's two dashboards;
- ``cert-manager`` and ``certificates``: the release (DNS-01 recursive nameservers), the Let's
  Encrypt issuers (Cloudflare DNS-01, the ``shortlived`` profile in production) and the
  ``cloudjur-com`` Certificate that both gateways serve;
- ``envoy-gateway``: Envoy Gateway (mirror registry, one proxy Deployment per Gateway in
  ``network``), EnvoyProxy ``envoy``, GatewayClass ``envoy``, the gateways ``envoy-external`` and
  ``envoy-internal`` with their listeners, the ``https-redirect`` route, the traffic policies
  on every Gateway, the Lua user-agent blocking per gateway, the monitors and dashboards;
- ``external-dns``: the Cloudflare, AdGuard Home and OPNsense Unbound instances (one shared
  OCIRepository), their ExternalSecrets (Bitwarden fields and logins), the ``ExternalDNSStale``
  rule and the dashboard;
- ``cloudflare-tunnel``: cloudflared as an app-template release with the apex and wildcard
  rules in its ConfigMap, the tunnel CNAME (a Flux substitution variable) and the token
  templated from three Bitwarden fields;
- ``external-services``: Services with EndpointSlices for AdGuard, the switch, the NAS,
  Proxmox and the access point, and their HTTP and TLS-passthrough routes;
- ``multus``: the release and the four NetworkAttachmentDefinitions on untagged NICs;
- ``coredns``: CoreDNS as the cluster DNS (``kube-dns``, ``10.96.0.10``);
- ``external-secrets``: the ``external-secrets-to-bw-cli`` CiliumNetworkPolicy;
- ``apps``: echo-server's three routes (as app-template renders them) and the auth components
  (``ext-auth`` on ``echo-server-ext-auth``, ``envoy-oidc`` instantiated for ``echo-server``);
- ``flux``: the Flux Kustomizations of these folders (intervals, waits, health checks,
  ``dependsOn``, ``substituteFrom``).

What the real repository has and this example leaves out, and why:

- ``scaledobject.yaml`` is commented out of its kustomization: :func:`scaled_objects` builds
  the three ScaledObjects on demand instead of writing them to ``dist/``;
- the apps' own app-template releases (the example writes echo-server's routes, not the
  workload); the Proxmox address is not in the facts (``10.10.30.2`` here);
- the NAS's TLSRoute is ``v1`` where the repository's is ``v1alpha2`` (``DEPARTURES.yaml``);
- the Bitwarden ClusterSecretStores are installed elsewhere: declared with ``SecretStoreRef``.
"""
from __future__ import annotations

import dataclasses
import ipaddress
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from homelab_constructs import (  # noqa: E402  (first: it quiets jsii before cdk8s starts it)
    CILIUM_CHART_DASHBOARDS,
    CLOUDFLARED_DASHBOARD,
    EVERY_SERVICE,
    EXTERNAL_DNS_DASHBOARD,
    LETSENCRYPT_STAGING,
    TALOS_AGENT_CAPABILITIES,
    TALOS_CLEAN_STATE_CAPABILITIES,
    AcmeIssuer,
    AppRoute,
    BackendPolicy,
    BackendRef,
    BgpPeer,
    BgpPeering,
    Certificate,
    CertManagerRelease,
    ChartDashboards,
    CiliumPolicy,
    CiliumRelease,
    CiliumValues,
    ClientPolicy,
    CloudflareDns01,
    CloudflaredSettings,
    CloudflareProvider,
    CloudflareTunnel,
    CoreDnsPlugin,
    CoreDnsRelease,
    CoreDnsServer,
    DnsPublishing,
    DnsRegistry,
    DnsSync,
    EnvoyChart,
    EnvoyMonitoring,
    EnvoyProfile,
    ExternalAuth,
    ExternalDns,
    ExternalDnsAlerts,
    ExternalDnsChart,
    ExternalPort,
    ExternalService,
    GrafanaComDashboard,
    GrafanaUrlDashboard,
    HealthCheck,
    HomelabApp,
    HomelabGateway,
    HttpRoute,
    HttpRule,
    HttpsRedirect,
    L2Announcement,
    Listener,
    LoadBalancerPool,
    LoadBalancing,
    MultusRelease,
    Namespace,
    OidcAuth,
    OriginRequest,
    PolicyPeer,
    PolicyRule,
    PortRule,
    ProbeTiming,
    ProxyAutoscaling,
    ProxySettings,
    ReleaseSettings,
    RemoteRef,
    SecretStoreRef,
    SecretTemplate,
    SecurityPolicy,
    ServiceMonitors,
    SubstituteFrom,
    SyncedSecret,
    TlsRoute,
    TunnelIngress,
    TunnelIngressRule,
    TunnelPods,
    TunnelToken,
    UserAgentBlocking,
    VlanAddress,
    VlanAttachment,
    VlanRoute,
    WebhookProvider,
    declare_external,
    flux_kustomization,
    waive,
)
from homelab_constructs.tools.cli import run_app  # noqa: E402

import cdk8s  # noqa: E402

DOMAIN = "cloudjur.com"
NETWORK = "network"
EXTERNAL = "envoy-external"
INTERNAL = "envoy-internal"
#: B.1: the pod CIDR, routed natively; the gateways trust X-Forwarded-For from it
POD_CIDR = "10.69.0.0/16"
PROMETHEUS = "http://prometheus-operated.observability.svc.cluster.local:9090"
#: B.0: the release conventions (upgrade: clean up and retry 3 times)
CONVENTIONS: dict[str, Any] = dict(upgrade_cleanup_on_fail=True, upgrade_retries=3)
#: B.2: the user agents the Lua filter answers with an empty 200
BLOCKED_AGENTS = ("Meta-ExternalAgent", "meta-webindexer", "GPTBot", "CCBot", "Google-Extended", "Bytespider",
                  "Amazonbot", "Applebot-Extended")
#: the label seed 002 puts on its own GrafanaDashboards (the Grafana instance selects the same label)
GRAFANA = {"dashboards": "grafana"}
#: B.3: the six sources of the two internal ExternalDNS instances
SIX_SOURCES = ("gateway-grpcroute", "gateway-httproute", "gateway-tlsroute", "gateway-udproute", "gateway-tcproute",
               "service")
#: Reloader's annotation: roll the pods when their ConfigMaps or Secrets change
RELOADER = {"reloader.stakater.com/auto": "true"}
#: B.3: the webhooks' probes: 10 s before the first, 5 s timeout
WEBHOOK_PROBES = ProbeTiming(initial_delay_seconds=10, timeout_seconds=5)
#: B.3, B.4: the Bitwarden items holding the Cloudflare, AdGuard Home and OPNsense credentials
CLOUDFLARE_ITEM = "cb424eb9-ca32-4608-93ef-63e28c3f531e"
ADGUARD_ITEM = "e6da6d48-7d36-4ac5-943d-f60bed85cd65"
OPNSENSE_ITEM = "ecec2bfa-7f56-469d-96eb-d28e99d845b5"
#: B.3: the OCI chart all three ExternalDNS releases share (one OCIRepository)
EXTERNAL_DNS_CHART = ReleaseSettings(
    chart_url="oci://ghcr.io/home-operations/charts-mirror/external-dns", version="1.19.0",
    source_name="external-dns", source_interval="5m", install_retries=3, **CONVENTIONS)
#: B.9: external service -> (hostname label, addresses, port name, port, route kind); adguard and nas are
#: written field for field in :func:`_external_services`
EXTERNAL_SERVICES = {
    "switch": ("switch", ("192.168.1.2",), "http", 80, "HTTPRoute"),
    "proxmox": ("pve", ("10.10.30.2",), "https", 8006, "TLSRoute"),
    "ap": ("ap", ("192.168.1.4",), "https", 443, "TLSRoute"),
}
#: B.9: adguard's route annotations (its homepage entry)
ADGUARD_HOMEPAGE = {
    "gethomepage.dev/enabled": "true",
    "gethomepage.dev/icon": "https://raw.githubusercontent.com/chaijunkin/dashboard-icons/main/png/adguard-home.png",
    "gethomepage.dev/name": "Adguard", "gethomepage.dev/group": "Network Infrastructure",
    "gethomepage.dev/description": "DNS Adblocker", "gethomepage.dev/widget.type": "adguard",
    "gethomepage.dev/widget.url": f"https://adguard.{DOMAIN}",
    "gethomepage.dev/widget.username": "{{HOMEPAGE_VAR_ADGUARD_USERNAME}}",
    "gethomepage.dev/widget.password": "{{HOMEPAGE_VAR_ADGUARD_PASSWORD}}"}
#: B.5: the NADs with a static address: name -> (master NIC, address, router)
MULTUS_NADS = {"multus-iot": ("eth3", "10.10.33.254/24", "10.10.33.1"),
               "multus-not": ("eth2", "10.10.32.254/24", "10.10.32.1"),
               "multus-trust": ("eth4", "10.10.10.254/24", "10.10.10.1")}
#: B.2: the route the envoy-oidc component targets (APP=echo-server) and the one ext-auth protects
OIDC_APP, OIDC_NAMESPACE = "echo-server", NETWORK
EXT_AUTH_APP, EXT_AUTH_NAMESPACE = "echo-server-ext-auth", NETWORK
#: B.2: echo-server's three app-template routes: name suffix -> (gateway, homepage name)
ECHO_ROUTES = {"int": (INTERNAL, "Echo Server Internal"), "ext": (EXTERNAL, "Echo Server External"),
               "ext-auth": (EXTERNAL, "Echo Server External Auth")}
#: the headers the authentik outpost returns to the app (ext-auth component)
AUTHENTIK_HEADERS = ("Set-Cookie", "X-authentik-username", "X-authentik-groups", "X-authentik-email",
                     "X-authentik-name", "X-authentik-uid", "authorization")


def public_ipv4() -> list[str]:
    """B.5: the ``vpn`` NAD's routes: all of IPv4 except the RFC 1918 blocks (31 networks)."""
    rest = [ipaddress.IPv4Network("0.0.0.0/0")]
    for private in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"):
        block = ipaddress.IPv4Network(private)
        rest = [part for net in rest for part in (net.address_exclude(block) if block.subnet_of(net) else [net])]
    return [str(net) for net in sorted(rest)]


#: B.1: seed 002's Cilium values, every one of them (nothing else is written)
CILIUM = CiliumValues(
    cluster_id=1, cluster_name="main", auto_direct_node_routes=True, bandwidth_manager=True, bbr=True,
    bpf_clock_probe=True, bgp_control_plane=True, datapath_mode="netkit", bpf_masquerade=True,
    bpf_preallocate_maps=True, cni_exclusive=False, cgroup_automount=False, cgroup_host_root="/sys/fs/cgroup",
    devices="eth+", endpoint_routes=True, enable_ipv4_big_tcp=True, envoy=False, ipam_mode="kubernetes",
    ipv4_native_routing_cidr=POD_CIDR, k8s_service_host="127.0.0.1", k8s_service_port=7445,
    kube_proxy_replacement=True, kube_proxy_replacement_healthz_bind_addr="0.0.0.0:10256", l2_announcements=True,
    load_balancing=LoadBalancing("maglev", "dsr", service_topology=True), local_redirect_policies=True,
    operator_replicas=1, operator_roll_out_pods=True, roll_out_cilium_pods=True, routing_mode="native",
    service_monitors=ServiceMonitors(agent=True, operator=True, envoy=False, hubble=False),
    dashboards=ChartDashboards(annotations={"grafana_folder": "Cilium"}),
    operator_dashboards=ChartDashboards(annotations={"grafana_folder": "Cilium"}),
    agent_capabilities=TALOS_AGENT_CAPABILITIES, clean_state_capabilities=TALOS_CLEAN_STATE_CAPABILITIES,
    socket_lb=True, socket_lb_host_namespace_only=True, pmtu_discovery=True)


def _gatus(group: str, internal: bool) -> str:
    """B.2: the gatus endpoint annotation of a gateway (a ``|-`` block: no final newline)."""
    if internal:
        return "\n".join([f"group: {group}", "guarded: true", "ui:", "  hide-hostname: true", "  hide-url: true"])
    return "\n".join(["client:", "  dns-resolver: tcp://1.1.1.1:53", f"group: {group}"])


def _scaling(max_replicas: int) -> ProxyAutoscaling:
    """B.2's ScaledObject settings (the real repository does not apply them)."""
    return ProxyAutoscaling(min_replicas=1, max_replicas=max_replicas, cooldown_seconds=5, fallback_failures=2,
                            fallback_replicas=1, restore_to_original=True, stabilization_seconds=5,
                            polling_seconds=None, prometheus_address=PROMETHEUS,
                            query='1 - min(gatus_results_endpoint_success{group="external"})', threshold="1")


@dataclass
class Seed002:
    """What :func:`build` made: the charts by name and the main constructs."""

    charts: dict[str, cdk8s.Chart] = field(default_factory=dict)
    envoy: EnvoyProfile | None = None
    cilium: CiliumRelease | None = None
    gateways: dict[str, HomelabGateway] = field(default_factory=dict)

    def chart(self, app: cdk8s.App, name: str) -> cdk8s.Chart:
        if name not in self.charts:
            self.charts[name] = cdk8s.Chart(app, name)
        return self.charts[name]


def build(app: cdk8s.App, *, autoscaling: bool = False) -> Seed002:
    """Seed 002's networking in ``app`` (``autoscaling``: write the ScaledObjects too)."""
    lab = Seed002()
    _cilium(lab, app)
    certificate = _certificates(lab, app)
    _envoy(lab, app, certificate.secret_name, autoscaling)
    _dns(lab, app)
    _external_services(lab, app)
    _multus(lab, app)
    _apps(lab, app)
    _flux(lab, app)
    return lab


def _cilium(lab: Seed002, app: cdk8s.App) -> None:
    chart = lab.chart(app, "cilium")
    lab.cilium = CiliumRelease(chart, "Cilium", values=CILIUM, chart_version="1.19.3",
                               dashboards=CILIUM_CHART_DASHBOARDS,
                               release=ReleaseSettings(source_interval="15m", interval="1h", install_retries=-1,
                                                       **CONVENTIONS))
    L2Announcement(chart, "L2", name="policy", interfaces=["^eth.*"], node_selector={"kubernetes.io/os": "linux"})
    LoadBalancerPool(chart, "Pool", name="pool", cidrs=["10.10.30.0/24"], allow_first_last_ips=False)
    BgpPeering(chart, "Bgp", local_asn=64666, peers=[BgpPeer("opnsense", "192.168.1.1", 64667)],
               cluster_config_name="l3-bgp-cluster-config", peer_config_name="l3-bgp-peer-config",
               advertisement_name="l3-bgp-advertisement", instance_name="cilium",
               advertisement_labels={"advertise": "bgp"}, node_selector={"kubernetes.io/os": "linux"},
               service_expressions=EVERY_SERVICE)
    HomelabApp(chart, "KubeApi", name="kube-api", namespace="kube-system", port=6443, port_name=None,
               load_balancer_ip="10.10.30.30", external_traffic_policy="Local",
               selector={"k8s-app": "kube-apiserver", "tier": "control-plane"},
               service_annotations={"external-dns.alpha.kubernetes.io/hostname": f"k8s.{DOMAIN}"})


def _certificates(lab: Seed002, app: cdk8s.App) -> Certificate:
    CertManagerRelease(lab.chart(app, "cert-manager"), "CertManager", chart_version="v1.20.2", service_monitor=True,
                       dns01_recursive_nameservers=["1.1.1.1:53", "9.9.9.9:53"], dns01_recursive_nameservers_only=True,
                       release=ReleaseSettings.recommended())
    chart = lab.chart(app, "certificates")
    cloudflare = CloudflareDns01(token_secret="cloudflare-issuer-secret", token_key="CLOUDFLARE_DNS_TOKEN",
                                 dns_zones=[DOMAIN])
    production = AcmeIssuer(chart, "Production", name="letsencrypt-production", profile="shortlived",
                            solvers=[cloudflare])
    AcmeIssuer(chart, "Staging", name="letsencrypt-staging", server=LETSENCRYPT_STAGING, solvers=[cloudflare])
    return Certificate(chart, "CloudjurCom", name="cloudjur-com", namespace=NETWORK, secret_name="cloudjur-com-tls",
                       issuer=production, usages=["digital signature"], duration="160h",
                       dns_names=[DOMAIN, f"*.{DOMAIN}"])


def _envoy(lab: Seed002, app: cdk8s.App, tls_secret: str, autoscaling: bool) -> None:
    chart = lab.chart(app, "envoy-gateway")
    Namespace(chart, "Namespace", name=NETWORK,
              annotations={"kustomize.toolkit.fluxcd.io/prune": "disabled", "volsync.backube/privileged-movers": "true"})
    # seed 002 isolates no namespace (B.7): the library's isolation recommendation is waived, with the reason
    waive(chart, "isolation", namespace=NETWORK, reason="seed 002 runs no default-deny policies")
    lab.envoy = EnvoyProfile(
        chart, "Envoy", namespace=NETWORK, create_namespace=False,
        release=ReleaseSettings(chart_url="oci://mirror.gcr.io/envoyproxy/gateway-helm", version="v1.7.3",
                                source_interval="15m"),
        chart_values=EnvoyChart(image_registry="mirror.gcr.io", enable_backend=True),
        proxy=ProxySettings(replicas=None if autoscaling else 1, log_level="info",
                            image="mirror.gcr.io/envoyproxy/envoy:v1.38.0", cpu_request="100m", memory_limit="2Gi",
                            external_traffic_policy="Local", drain_timeout="180s", metrics_compression="Zstd"),
        policy_targets="every-gateway",
        client_policy=ClientPolicy(tls_min_version="1.2", alpn_protocols=("h2", "http/1.1"), http3=True,
                                   trusted_proxy_cidrs=(POD_CIDR,), http2_invalid_message="TerminateStream",
                                   tcp_keepalive=True),
        backend_policy=BackendPolicy(compression=("Zstd", "Brotli", "Gzip"), tcp_keepalive=True, retries=2,
                                     retry_on=("reset",), request_timeout="0s"),
        user_agent_blocking=UserAgentBlocking(agents=BLOCKED_AGENTS, status=200, body="", ignore_case=False,
                                              config_map_name="{gateway}-extensions",
                                              config_map_key="block-user-agents.lua", config_map_group="v1",
                                              policy_name="{gateway}",
                                              config_map_annotations={"kustomize.toolkit.fluxcd.io/substitute": "disabled"}),
        monitoring=EnvoyMonitoring.recommended(),
        dashboards=[GrafanaComDashboard("network-envoy", 23239, 1, "DS_AFRANET_PROMETHEUS", labels=GRAFANA),
                    GrafanaUrlDashboard.grafana_com("network-envoy-overview", 24459, 3, labels=GRAFANA),
                    GrafanaUrlDashboard.grafana_com("network-envoy-upstream", 24457, 4, labels=GRAFANA),
                    GrafanaUrlDashboard.grafana_com("network-envoy-downstream", 24458, 3, labels=GRAFANA)],
        autoscaling=_scaling(2) if autoscaling else None,
        controller_autoscaling=_scaling(1) if autoscaling else None)

    ssh = Listener("ssh", "TCP", 22, routes_from="Selector", namespace_labels={"kubernetes.io/metadata.name": "dev"},
                   route_kinds=("TCPRoute",))
    http = Listener("http", "HTTP", 80, routes_from="Same")
    https = Listener("https", "HTTPS", 443, routes_from="All", certificates=(tls_secret,))
    passthrough = Listener("tls-passthrough", "TLS", 443, hostname=f"*.{DOMAIN}", tls_mode="Passthrough",
                           routes_from="All")
    for name, listeners, target, ip in ((EXTERNAL, [http, ssh, https], f"external.{DOMAIN}", "10.10.30.26"),
                                        (INTERNAL, [ssh, http, https, passthrough], "10.10.30.25", "10.10.30.25")):
        internal = name == INTERNAL
        lab.gateways[name] = HomelabGateway(
            chart, name, name=name, namespace=NETWORK, domain=DOMAIN, gateway_class=lab.envoy, cluster_issuer=None,
            https_redirect=False, listeners=listeners, load_balancer_ip=ip,
            annotations={"external-dns.alpha.kubernetes.io/target": target,
                         "gatus.home-operations.com/endpoint": _gatus("internal" if internal else "external", internal)},
            infrastructure_annotations={
                "external-dns.alpha.kubernetes.io/hostname": f"{'internal' if internal else 'external'}.{DOMAIN}"})
    HttpsRedirect(chart, "HttpsRedirect", gateways=[lab.gateways[EXTERNAL], lab.gateways[INTERNAL]],
                  name="https-redirect", annotations={"external-dns.alpha.kubernetes.io/controller": "none"})


def _dns(lab: Seed002, app: cdk8s.App) -> None:
    external, internal = lab.gateways[EXTERNAL], lab.gateways[INTERNAL]
    shared: dict[str, Any] = dict(
        registry=DnsRegistry(txt_owner_id="default", txt_prefix="k8s."),
        sync=DnsSync(policy="sync", trigger_loop_on_event=True),
        chart=ExternalDnsChart(service_monitor=True, pod_annotations=RELOADER))
    publishing: dict[str, Any] = dict(domain_filters=[DOMAIN], gateway_namespace_filter=False, visibility_filter=False)
    six_sources = DnsPublishing(sources=SIX_SOURCES, **publishing)
    dns = lab.chart(app, "external-dns")
    ExternalDns(
        dns, "Cloudflare", gateway=external, name="external-dns", publishing=DnsPublishing(**publishing), **shared,
        provider=CloudflareProvider(token_secret="external-dns-secret", token_key="CF_API_TOKEN",
                                    zone_id_key="CF_ZONE_ID", records_per_page=1000, legacy_string=True),
        extra_args=["--cloudflare-dns-records-per-page=1000", "--cloudflare-proxied",
                    "--crd-source-apiversion=externaldns.k8s.io/v1alpha1", "--crd-source-kind=DNSEndpoint",
                    "--gateway-name=envoy-external"],
        dashboards=[dataclasses.replace(EXTERNAL_DNS_DASHBOARD, labels=GRAFANA)],
        release=dataclasses.replace(EXTERNAL_DNS_CHART, interval="24h", keep_history=False))
    webhooks = dataclasses.replace(EXTERNAL_DNS_CHART, install_retries=-1, disable_schema_validation=True)
    txt = dict(shared, registry=DnsRegistry(type="txt", txt_owner_id="default", txt_prefix="k8s."))
    ExternalDns(
        dns, "AdGuardHome", gateway=external, name="external-dns-adguard-home", publishing=six_sources,
        **txt, provider=WebhookProvider(
            image="ghcr.io/muhlba91/external-dns-provider-adguard",
            tag="v11.1.1@sha256:b3dfe851982b59a36bf2e15f42ca4015b7ef39ddf7a808c39a855a05a61b5892",
            secret_env={k: k for k in ("ADGUARD_URL", "ADGUARD_USER", "ADGUARD_PASSWORD")},
            env={"SERVER_HOST": "0.0.0.0"}, secret_env_first=True, secret_name="external-dns-adguard-home-secret",
            read_only_root_filesystem=True, liveness_path="/healthz", readiness_path="/healthz",
            probe_timing=WEBHOOK_PROBES),
        release=webhooks)
    ExternalDns(
        dns, "OpnsenseUnbound", gateway=internal, name="external-dns-opnsense-unbound", publishing=six_sources,
        **txt, provider=WebhookProvider(
            image="ghcr.io/crutonjohn/external-dns-opnsense-webhook",
            tag="v1.0.0@sha256:0bf02fe18db4fe3a86fe5f561313ee434a203f4dcee7d19e770f67df854f3cff",
            env={"OPNSENSE_SKIP_TLS_VERIFY": "true"},
            secret_env={k: k for k in ("OPNSENSE_API_SECRET", "OPNSENSE_API_KEY", "OPNSENSE_HOST")},
            secret_name="external-dns-opnsense-secret", read_only_root_filesystem=True, liveness_path="/healthz",
            readiness_path="/readyz", probe_timing=WEBHOOK_PROBES, requests={"memory": "20Mi", "cpu": "10m"},
            limits={"memory": "100Mi"}),
        # the chart has no `metrics` value: written through the values passthrough, as the real file writes it
        release=dataclasses.replace(webhooks, values={"metrics": {"enabled": True, "port": 7979}}))
    ExternalDnsAlerts(dns, "Alerts", namespace=NETWORK,
                      summary="ExternalDNS ({{ $labels.job }}) has not synced successfully in the last fifteen "
                              "minutes")
    fields, login = SecretStoreRef("bitwarden-fields"), SecretStoreRef("bitwarden-login")
    for id, secret, item, keys, extra in (
            ("CloudflareSecret", "external-dns-secret", CLOUDFLARE_ITEM,
             {"CF_API_TOKEN": ("api_token", fields), "CF_ZONE_ID": ("zone_id", fields)}, {}),
            ("AdGuardHomeSecret", "external-dns-adguard-home-secret", ADGUARD_ITEM,
             {"ADGUARD_URL": ("ADGUARD_URL", fields), "ADGUARD_USER": ("username", login),
              "ADGUARD_PASSWORD": ("password", login)}, {}),
            ("OpnsenseSecret", "external-dns-opnsense-secret", OPNSENSE_ITEM,
             {"OPNSENSE_API_SECRET": ("api_secret", fields), "OPNSENSE_API_KEY": ("api_key", fields)},
             {"OPNSENSE_HOST": "https://gateway.cloudjur.com"})):
        SyncedSecret(dns, id, name=secret, namespace=NETWORK, store=None, creation_policy=None,
                     keys={key: RemoteRef(item, prop, store=store) for key, (prop, store) in keys.items()},
                     template=SecretTemplate({**{key: f"{{{{ .{key} }}}}" for key in keys}, **extra}))

    tunnel = lab.chart(app, "cloudflare-tunnel")
    SyncedSecret(tunnel, "TunnelSecret", name="cloudflare-tunnel-secret", namespace=NETWORK, store=None,
                 refresh_interval=None, creation_policy=None,
                 keys={key: RemoteRef(CLOUDFLARE_ITEM, prop, store=fields) for key, prop in (
                     ("CLOUDFLARE_ACCOUNT_TAG", "account_id"), ("CLOUDFLARE_TUNNEL_ID", "tunnel_id"),
                     ("CLOUDFLARE_TUNNEL_SECRET", "tunnel_secret"))},
                 template=SecretTemplate({
                     "TUNNEL_TOKEN": '{{ toJson (dict "a" .CLOUDFLARE_ACCOUNT_TAG "t" .CLOUDFLARE_TUNNEL_ID "s" '
                                     '.CLOUDFLARE_TUNNEL_SECRET) | b64enc }}\n',
                     "CLOUDFLARE_TUNNEL_ID": "{{ .CLOUDFLARE_TUNNEL_ID }}"}))
    origin = f"https://{EXTERNAL}.{NETWORK}.svc.cluster.local:443"
    probes = ProbeTiming(initial_delay_seconds=0, period_seconds=10, timeout_seconds=1, failure_threshold=3)
    CloudflareTunnel(
        tunnel, "Tunnel", gateway=external, tunnel_id="${CLOUDFLARE_TUNNEL_ID}", name="cloudflare-tunnel",
        workload="app-template", config_map_name="cloudflare-tunnel-configmap",
        token=TunnelToken(secret="{{ .Release.Name }}-secret", key="TUNNEL_TOKEN", env_from=True),
        pods=TunnelPods(
            image="docker.io/cloudflare/cloudflared:2026.3.0"
                  "@sha256:6b599ca3e974349ead3286d178da61d291961182ec3fe9c505e1dd02c8ac31b0",
            strategy="RollingUpdate", annotations=RELOADER, config_checksum=False, liveness_probe=probes,
            readiness_probe=probes, hardened=True, run_as_user=1000, run_as_group=1000,
            requests={"cpu": "10m", "memory": "50Mi"}, limits={"memory": "256Mi"}),
        cloudflared=CloudflaredSettings(post_quantum=True, transport_protocol="quic", service_monitor=True),
        dns_record_proxied=None,
        ingress=TunnelIngress(rules=[
            TunnelIngressRule(DOMAIN, origin, OriginRequest(origin_server_name=DOMAIN)),
            TunnelIngressRule(f"*.{DOMAIN}", origin, OriginRequest(origin_server_name=f"external.{DOMAIN}"))]),
        dashboards=[dataclasses.replace(CLOUDFLARED_DASHBOARD, labels=GRAFANA)],
        release=ReleaseSettings(source_name="app-template", install_retries=-1, **CONVENTIONS))

    plugin = CoreDnsPlugin
    CoreDnsRelease(
        lab.chart(app, "coredns"), "CoreDns", replicas=1, cluster_ip="10.96.0.10",
        image_repository="mirror.gcr.io/coredns/coredns", create_service_account=True,
        service_annotations={"fix.coredns.template": "fnord"}, control_plane_only=True, spread_by_hostname=True,
        release=ReleaseSettings.recommended(chart_url="oci://ghcr.io/coredns/charts/coredns", version="1.45.2"),
        server=CoreDnsServer(scheme="dns://", use_tcp=True, plugins=[
            plugin("errors"), plugin("health", config_block="lameduck 5s"), plugin("ready"),
            plugin("kubernetes", "cluster.local in-addr.arpa ip6.arpa",
                   "pods verified\nfallthrough in-addr.arpa ip6.arpa"),
            plugin("autopath", "@kubernetes"), plugin("forward", ". /etc/resolv.conf"), plugin("loop"),
            plugin("reload"), plugin("loadbalance"), plugin("prometheus", "0.0.0.0:9153"),
            plugin("log", config_block="class error")]), metrics_service=True)


def _external_services(lab: Seed002, app: cdk8s.App) -> None:
    chart = lab.chart(app, "external-services")
    internal = lab.gateways[INTERNAL]
    labels = {name: {"app.kubernetes.io/name": name, "app.kubernetes.io/instance": name} for name in ("adguard", "nas")}
    ExternalService(chart, "adguard", name="adguard", namespace=NETWORK, addresses=["10.10.30.1"], protocol="TCP",
                    headless=True, labels=labels["adguard"],
                    ports={"http": ExternalPort(3000, target_port=3000, endpoint_app_protocol="http")})
    AppRoute(chart, "adguard-route", name="adguard", namespace=NETWORK, gateway=internal.listener("https"),
             service_name="adguard", port=3000, hostname=f"adguard.{DOMAIN}", labels=labels["adguard"],
             annotations=ADGUARD_HOMEPAGE)
    nas = ExternalService(chart, "nas", name="nas", namespace=NETWORK, addresses=[("10.10.30.10", "192.168.1.10")],
                          labels=labels["nas"], ready=True, ports={"https": ExternalPort(443, target_port=9090)},
                          slice_labels={**labels["nas"], "endpointslice.kubernetes.io/managed-by": "nas"})
    # the repository's TLSRoute is v1alpha2 (api_version="v1alpha2"); the pinned Gateway API serves v1 (DEPARTURES.yaml)
    TlsRoute(chart, "nas-route", name="nas", namespace=NETWORK, parents=internal.listener("tls-passthrough"),
             hostnames=[f"nas.{DOMAIN}"], backends=[nas.backend()], labels=labels["nas"])
    for name, (label, addresses, port_name, port, kind) in EXTERNAL_SERVICES.items():
        service = ExternalService(chart, name, name=name, namespace=NETWORK, addresses=addresses,
                                  ports={port_name: port})
        hostname = f"{label}.{DOMAIN}"
        if kind == "HTTPRoute":
            AppRoute(chart, f"{name}-route", name=name, namespace=NETWORK, gateway=internal.listener("https"),
                     service_name=name, port=port, hostname=hostname)
        else:
            TlsRoute(chart, f"{name}-route", name=name, namespace=NETWORK,
                     parents=internal.listener("tls-passthrough"), hostnames=[hostname], backends=[service.backend()])


def _multus(lab: Seed002, app: cdk8s.App) -> None:
    chart = lab.chart(app, "multus")
    MultusRelease(chart, "Multus", namespace=NETWORK, cpu_request="10m", memory_limit="2048Mi",
                  release=ReleaseSettings(source_interval="15m"))
    for name, (master, address, router) in MULTUS_NADS.items():
        VlanAttachment(chart, name, name=name, namespace=NETWORK, master=master,
                       subnet=str(ipaddress.ip_interface(address).network), gateway=router,
                       addresses=[VlanAddress(address, gateway=router)], routes=[VlanRoute("0.0.0.0/0")], sbr=True,
                       tuning=False)
    VlanAttachment(chart, "vpn", name="vpn", namespace=NETWORK, master="eth1", subnet="10.10.31.0/24",
                   gateway="10.10.31.1", routes=[VlanRoute(net) for net in public_ipv4()], tuning=False,
                   ips_capability=False)


def _apps(lab: Seed002, app: cdk8s.App) -> None:
    """B.2's echo-server routes and auth components, and B.7's one applied CiliumNetworkPolicy."""
    chart = lab.chart(app, "apps")
    routes = {}
    for suffix, (gateway, title) in ECHO_ROUTES.items():
        name = f"echo-server-{suffix}"
        routes[name] = HttpRoute(
            chart, name, name=name, namespace=NETWORK, parents=lab.gateways[gateway].listener("https"),
            hostnames=[f"{name}.{DOMAIN}"], rules=[HttpRule(backends=(BackendRef("echo-server", 8080, namespace=NETWORK),))],
            annotations={"gethomepage.dev/enabled": "true", "gethomepage.dev/group": "Management Tools",
                         "gethomepage.dev/name": title, "gethomepage.dev/description": f"HTTP & HTTPS {title}",
                         "gethomepage.dev/icon": "https://raw.githubusercontent.com/chaijunkin/dashboard-icons/main/png/"
                                                 "web-check.png"})
    SecurityPolicy(chart, "Oidc", target=OIDC_APP, namespace=OIDC_NAMESPACE, name=f"{OIDC_APP}-oidc", oidc=OidcAuth(
        issuer=f"https://auth.{DOMAIN}/oauth2/openid/{OIDC_APP}", client_id=OIDC_APP,
        client_secret=f"{OIDC_APP}-oidc", redirect_url=f"https://{OIDC_APP}.{DOMAIN}/oauth2/callback",
        logout_path="/logout"))
    SecurityPolicy(chart, "ExtAuth", target=routes[EXT_AUTH_APP], name="echo-server",
                   ext_auth=ExternalAuth(
                       service="authentik-server", namespace="security", port=80,
                       path="/outpost.goauthentik.io/auth/envoy", headers_to_ext_auth=("X-Forwarded-Proto", "cookie"),
                       headers_to_backend=AUTHENTIK_HEADERS))
    declare_external(app, "Namespace", "external-secrets")  # the repository's External Secrets install creates it
    CiliumPolicy(
        lab.chart(app, "external-secrets"), "BitwardenCli", name="external-secrets-to-bw-cli",
        namespace="external-secrets", selector={"app.kubernetes.io/name": "bitwarden"},
        ingress=[PolicyRule(PolicyPeer.pods({"app.kubernetes.io/name": "external-secrets"}))],
        egress=[PolicyRule(PolicyPeer.entities("world")),
                PolicyRule(PolicyPeer.kube_dns(), ports=(PortRule(53, "ANY"),), dns=("*",)),
                PolicyRule(PolicyPeer.fqdns(f"vw.{DOMAIN}", "*.bitwarden.com"))])


def _flux(lab: Seed002, app: cdk8s.App) -> None:
    """B.1-B.5: the Flux Kustomizations of these folders."""
    chart = lab.chart(app, "flux")
    apps = "./kubernetes/apps"
    flux_kustomization(chart, name="cilium", namespace="kube-system", path=f"{apps}/kube-system/cilium/app",
                       target_namespace="kube-system", interval="24h", retry_interval="1m", timeout="5m", wait=False,
                       labels={"app.kubernetes.io/name": "cilium"})
    flux_kustomization(chart, name="envoy-gateway", namespace=NETWORK, path=f"{apps}/network/envoy-gateway/app",
                       target_namespace=NETWORK, interval="1h", timeout="5m", wait=False)
    flux_kustomization(chart, name="external-dns", namespace=NETWORK, path=f"{apps}/network/external-dns/app",
                       target_namespace=NETWORK, wait=True,
                       health_checks=[HealthCheck.helm_release("external-dns", NETWORK),
                                      HealthCheck.crd("dnsendpoints.externaldns.k8s.io")])
    flux_kustomization(chart, name="cloudflare-tunnel", namespace=NETWORK,
                       path=f"{apps}/network/cloudflare-tunnel/app", target_namespace=NETWORK, interval="1h",
                       retry_interval="2m", substitute_from=[SubstituteFrom("cloudflare-tunnel-id-secret")])
    flux_kustomization(chart, name="multus", namespace=NETWORK, path=f"{apps}/network/multus/app",
                       target_namespace=NETWORK,
                       health_checks=[HealthCheck.helm_release("multus", "kube-system"),
                                      HealthCheck.crd("network-attachment-definitions.k8s.cni.cncf.io")])
    flux_kustomization(chart, name="multus-config", namespace=NETWORK, path=f"{apps}/network/multus/config",
                       target_namespace=NETWORK, depends_on=["multus"])


def scaled_objects() -> list[dict]:
    """B.2's three ScaledObjects (``scaledobject.yaml``, not applied in the real repository),
    built in an app of their own so that ``dist/`` leaves them out as the real repo does."""
    app = cdk8s.App(outdir=str(Path("/nonexistent")))
    lab = build(app, autoscaling=True)
    return [obj for obj in lab.charts["envoy-gateway"].to_json() if obj["kind"] == "ScaledObject"]


if __name__ == "__main__":
    sys.exit(run_app(build))  # honours CDK8S_OUTDIR
