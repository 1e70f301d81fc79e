"""Homelab networking constructs for cdk8s: Cilium, Gateway API, cert-manager and more.

The public API is what this module exports, listed once in :data:`API` by concept (module ->
names). ``__all__``, the loading on first use and the type stub ``__init__.pyi`` (for type
checkers; ``scripts/gen_api_stub.py`` writes it, a test keeps it current) are derived from it.
Every name is imported on first use (PEP 562): the CRD bindings behind most constructs are
megabytes of Python and a jsii assembly each, so ``import homelab_constructs`` stays cheap.
"""
from . import _env  # noqa: F401  (first: jsii's Node banner, upgrade checks, bytecode; see _env)
from ._lazy import lazy_exports

#: the public API: concept -> {module (relative to this package) -> the names it exports}
API: dict[str, dict[str, tuple[str, ...]]] = {
    "the construct model: base class, props, errors, synth and the command-line entry": {
        "._base": ("HomelabConstruct", "MANAGED_BY"),
        "._props": ("Props",),
        ".synthesis": ("HomelabValidationError", "synth", "validate_app"),
        ".tools.cli": ("exit_with", "run_app"),
        ".cluster": ("ClusterCidrs",),
        ".declared": ("ExternalIssuer", "ExternalObject", "declare_external"),
        ".recommendations": ("RECOMMENDATIONS", "Waiver", "waive"),
    },
    "namespaces": {
        ".namespace": ("Namespace",),
    },
    "the whole homelab from one spec": {
        ".homelab": ("Homelab", "HomelabSpec"),
    },
    "LoadBalancer IPs, L2 announcements, BGP": {
        ".network.lbipam": ("LB_IPS_ANNOTATION", "L2Announcement", "LoadBalancerPool", "pin_ip"),
        ".network.bgp": ("EVERY_SERVICE", "BgpPeer", "BgpPeering", "BgpTimers", "SelectorRequirement"),
    },
    "CiliumNetworkPolicies and namespace isolation": {
        ".network.cilium_policy": (
            "CidrRule", "CiliumPolicy", "LabelMatch", "PodSelector", "PolicyPeer", "PolicyRule", "PortRule",
            "namespace_baseline"
        ),
        ".network.intents": (
            "EgressGrant", "ToApiServer", "ToCidr", "ToEntity", "ToFqdn", "ToService", "ToWorld"
        ),
        ".isolation.policies": ("STANDARD_POLICIES", "NamespaceIsolation", "RoutedBackend"),
        ".isolation.spec": ("IsolationSpec",),
    },
    "Multus VLANs": {
        ".network.vlan": (
            "APP_TEMPLATE_POD_ANNOTATIONS", "CILIUM_MULTUS_VALUES", "NETWORKS_ANNOTATION", "NetworkSelection",
            "VlanAddress", "VlanAttachment", "VlanRoute", "networks_annotation", "networks_values"
        ),
    },
    "gateways, listeners and routes": {
        ".gateway.gateway": ("AppRoute", "GatewayImplementation", "HomelabGateway", "HttpsRedirect", "find_gateway"),
        ".gateway.listeners": ("HTTPS_SECTION", "HTTP_SECTION", "TLS_PASSTHROUGH_SECTION", "Listener", "ListenerRef"),
        ".gateway.rules": (
            "BackendRef", "GrpcRule", "HeaderModifier", "HttpMatch", "HttpRule", "RequestRedirect", "UrlRewrite"
        ),
        ".gateway.routes": ("GrpcRoute", "HttpRoute", "TcpRoute", "TlsRoute"),
        ".gateway.external_service": ("ExternalPort", "ExternalService"),
    },
    "Envoy Gateway: proxy profile, traffic policies, per-route auth": {
        ".gateway.envoy": ("EnvoyProfile",),
        ".gateway.envoy_proxy": ("EnvoyChart", "ProxySettings"),
        ".gateway.envoy_policies": ("POLICY_TARGETS", "BackendPolicy", "ClientPolicy"),
        ".gateway.envoy_lua": ("DEFAULT_BLOCKED_USER_AGENTS", "UserAgentBlocking", "user_agent_lua"),
        ".gateway.envoy_autoscaling": ("ProxyAutoscaling",),
        ".gateway.envoy_monitoring": ("DEFAULT_ENVOY_DASHBOARDS", "EnvoyMonitoring"),
        ".gateway.security": ("ExternalAuth", "OidcAuth", "SecurityPolicy"),
    },
    "certificates and issuers": {
        ".tls.acme": (
            "LETSENCRYPT_PRODUCTION", "LETSENCRYPT_STAGING", "AcmeIssuer", "CloudflareDns01", "GatewayHttp01"
        ),
        ".tls.ca": ("SelfSignedCa",),
        ".tls.certificate": ("Certificate", "PrivateKey"),
        ".tls.issuer": ("Issuer",),
    },
    "DNS: ExternalDNS, DNSEndpoints, the tunnel, CoreDNS, router records": {
        ".dns.externaldns": ("EXTERNAL_DNS_DASHBOARD", "ExternalDns", "dns_target_annotations"),
        ".dns.externaldns_settings": ("DnsPublishing", "DnsRegistry", "DnsSync", "ExternalDnsChart"),
        ".dns.providers": ("CloudflareProvider", "WebhookProvider", "adguard_home_provider"),
        ".dns.endpoint": ("DnsEndpoint", "DnsRecord"),
        ".dns.tunnel": ("CLOUDFLARED_DASHBOARD", "CloudflareTunnel"),
        ".dns.tunnel_config": ("OriginRequest", "TunnelIngress", "TunnelIngressRule"),
        ".dns.tunnel_settings": ("CloudflaredSettings", "TunnelToken"),
        ".dns.tunnel_workload": ("CLOUDFLARED_IMAGE", "TunnelPods"),
        ".dns.coredns": ("CoreDnsPlugin", "CoreDnsRelease", "CoreDnsServer"),
        ".dns.alerts": ("ExternalDnsAlerts",),
        ".dns.records": ("DnsRecords", "gateway_records"),
        ".dns.render": ("render_dnsmasq", "render_hosts"),
    },
    "apps and the VPN pod": {
        ".apps.app": ("APP_LABEL", "AppPort", "HomelabApp"),
        ".apps.vpn": ("VpnPod",),
        ".apps.vpn_gluetun": (
            "DEFAULT_CLUSTER_SUBNETS", "GLUETUN_IMAGE", "GLUETUN_LIVENESS_PROBE", "GLUETUN_RESOURCES",
            "GLUETUN_STARTUP_PROBE", "Gluetun", "VpnCredentials", "VpnTunnel"
        ),
        ".apps.vpn_app": ("QBITTORRENT_IMAGE", "VpnApp", "qbittorrent"),
        ".apps.vpn_specs": ("ContainerSecurity", "PodSecurity", "ProbeTiming", "Resources"),
        ".apps.vpn_storage": ("CLAIM_ACCESS_MODES", "DEFAULT_CLAIM_SIZES", "ClaimSpec", "VpnStorage", "VpnVolume"),
        ".apps.vpn_web": ("WebUi",),
        "._names": ("VPN_LABEL",),
    },
    "secrets by reference": {
        ".secrets": (
            "RemoteExtract", "RemoteFind", "RemoteRef", "SecretStoreRef", "SecretTemplate", "SyncedSecret",
            "VaultSecretStore"
        ),
        ".push_secrets": ("PushRef", "PushSecret"),
    },
    "delivery: Flux, Argo CD, Helm values": {
        ".delivery.flux": ("chart_release", "helm_release", "helm_repository", "merge_values", "oci_repository"),
        ".delivery.release_settings": ("ReleaseSettings", "ReleaseStrategy", "Rollback"),
        ".delivery.kustomization": ("HealthCheck", "SubstituteFrom", "flux_kustomization"),
        ".delivery.argocd": ("ArgoSync", "set_delivery"),
        ".delivery.helm": ("helm_set_flags", "values_yaml"),
    },
    "Grafana dashboards": {
        ".monitoring.dashboards": (
            "DEFAULT_GRAFANA_INSTANCE_LABELS", "ConfigMapDashboard", "GrafanaComDashboard", "GrafanaDashboard",
            "GrafanaUrlDashboard"
        ),
    },
    "Prometheus rules": {
        ".monitoring.prometheus_rule": ("AlertRule", "PrometheusRule", "RecordingRule", "RuleGroup"),
    },
    "platform releases: Cilium, cert-manager, Multus": {
        ".platform.cilium": (
            "CILIUM_CHART_DASHBOARDS", "DEFAULT_CILIUM_DASHBOARDS", "DEFAULT_HUBBLE_DASHBOARDS", "CiliumRelease"
        ),
        ".platform.cilium_values": (
            "CILIUM_CHART_VERSION", "KUBEPRISM", "PERFORMANCE_HUBBLE_METRICS", "TALOS_AGENT_CAPABILITIES",
            "TALOS_CLEAN_STATE_CAPABILITIES", "ChartDashboards", "CiliumValues", "ClientRateLimit", "Hubble",
            "LoadBalancing", "ServiceMonitors"
        ),
        ".platform.certmanager": ("CERT_MANAGER_CHART_VERSION", "JETSTACK_HELM_REPOSITORY", "CertManagerRelease"),
        ".platform.multus": ("MULTUS_CHART_URL", "MULTUS_CHART_VERSION", "MultusRelease"),
    },
}

__all__ = [name for modules in API.values() for names in modules.values() for name in names]
__getattr__, __dir__ = lazy_exports(__name__, globals(), {module: names for modules in API.values()
                                                          for module, names in modules.items()})
