"""Homelab networking constructs for cdk8s: Cilium, Gateway API, cert-manager and more.

The public API is what this module exports.
"""
from typing import TYPE_CHECKING

from . import _env  # noqa: F401  (first: jsii's Node banner, upgrade checks, bytecode; see _env)
from ._base import MANAGED_BY, HomelabConstruct
from ._lazy import lazy_exports
from ._props import Props
from ._validation import HomelabValidationError, synth, validate_app
from .apps import APP_LABEL, AppPort, HomelabApp
from .cli import exit_with, run_app
from .dns import DnsRecords, gateway_records, render_dnsmasq, render_hosts
from .external import ExternalIssuer, ExternalObject, declare_external
from .gateway import (
    HTTP_SECTION,
    HTTPS_SECTION,
    TLS_PASSTHROUGH_SECTION,
    AppRoute,
    BackendRef,
    ExternalService,
    GatewayImplementation,
    GrpcRoute,
    GrpcRule,
    HeaderModifier,
    HomelabGateway,
    HttpMatch,
    HttpRoute,
    HttpRule,
    HttpsRedirect,
    Listener,
    ListenerRef,
    RequestRedirect,
    TcpRoute,
    TlsRoute,
    UrlRewrite,
    find_gateway,
)
from .homelab import Homelab, HomelabSpec
from .network import (
    ISOLATION_ANNOTATION,
    LB_IPS_ANNOTATION,
    STANDARD_POLICIES,
    CidrRule,
    CiliumPolicy,
    EgressGrant,
    IsolationSpec,
    L2Announcement,
    LabelMatch,
    LoadBalancerPool,
    NamespaceIsolation,
    PodSelector,
    PolicyPeer,
    PolicyRule,
    PortRule,
    RoutedBackend,
    ToApiServer,
    ToCidr,
    ToEntity,
    ToFqdn,
    ToService,
    ToWorld,
    namespace_baseline,
    pin_ip,
)
from .tls import (
    LETSENCRYPT_PRODUCTION,
    LETSENCRYPT_STAGING,
    AcmeIssuer,
    Certificate,
    CloudflareDns01,
    GatewayHttp01,
    Issuer,
    PrivateKey,
    SelfSignedCa,
)
from .validation import ClusterCidrs

__all__ = [
    "APP_LABEL", "AppRoute", "HTTPS_SECTION", "HTTP_SECTION", "Props",
    "Homelab", "HomelabApp", "HomelabGateway", "HomelabSpec", "HomelabValidationError", "HttpsRedirect",
    "L2Announcement", "LB_IPS_ANNOTATION", "LoadBalancerPool", "SelfSignedCa",
    "pin_ip", "synth", "validate_app", "run_app", "exit_with", "MANAGED_BY", "HomelabConstruct", "Issuer",
    # safety net (issue 8): manifests are checked by homelab_constructs.validation
    "ClusterCidrs",
    # Envoy Gateway profile (issue 6)
    "DEFAULT_BLOCKED_USER_AGENTS", "DEFAULT_ENVOY_DASHBOARDS", "EnvoyProfile", "GatewayImplementation",
    "GrafanaComDashboard", "ProxyAutoscaling", "TLS_PASSTHROUGH_SECTION", "UserAgentBlocking", "find_gateway",
    "user_agent_lua",
    # split-horizon DNS and Multus VLANs (issue 7)
    "CILIUM_MULTUS_VALUES", "CloudflareProvider", "CloudflareTunnel", "CoreDnsRelease", "DnsEndpoint", "DnsRecord",
    "DnsRecords", "ExternalDns", "NETWORKS_ANNOTATION", "NetworkSelection", "VlanAttachment", "VlanRoute",
    "WebhookProvider", "adguard_home_provider", "dns_target_annotations", "gateway_records", "networks_annotation",
    "render_dnsmasq", "render_hosts",
    # namespace isolation (issue 3)
    "EgressGrant", "ISOLATION_ANNOTATION", "IsolationSpec", "NamespaceIsolation", "ToApiServer", "ToCidr", "ToEntity",
    "ToFqdn", "ToService", "ToWorld",
    # VPN pod and secrets by reference (issue 4)
    "CLAIM_ACCESS_MODES", "ClaimSpec", "DEFAULT_CLAIM_SIZES", "GLUETUN_IMAGE", "QBITTORRENT_IMAGE",
    "SyncedSecret", "VPN_LABEL", "VaultSecretStore", "VpnApp",
    "VpnPod", "qbittorrent",
    # the platform as code: Flux, Cilium, cert-manager, BGP (issue 5)
    "BgpPeer", "BgpPeering", "CERT_MANAGER_CHART_VERSION", "CILIUM_CHART_VERSION", "CertManagerRelease",
    "CiliumRelease", "CiliumValues", "ClientRateLimit", "DEFAULT_CILIUM_DASHBOARDS",
    "DEFAULT_HUBBLE_DASHBOARDS", "Hubble", "LoadBalancing", "PERFORMANCE_HUBBLE_METRICS", "ServiceMonitors",
    "helm_release", "helm_repository", "helm_set_flags", "oci_repository", "values_yaml",
    # real homelabs, exactly (issues 15-17): listeners and routes as data, services outside the cluster
    "BackendRef", "ExternalService", "GrpcRoute", "GrpcRule", "HeaderModifier", "HttpMatch", "HttpRoute", "HttpRule",
    "Listener", "ListenerRef", "RequestRedirect", "TcpRoute", "TlsRoute", "UrlRewrite",
    # ACME, certificates, objects that live outside the app
    "AcmeIssuer", "Certificate", "CloudflareDns01", "ExternalIssuer", "ExternalObject", "GatewayHttp01",
    "JETSTACK_HELM_REPOSITORY", "LETSENCRYPT_PRODUCTION", "LETSENCRYPT_STAGING", "PrivateKey", "declare_external",
    # Envoy Gateway settings and per-route auth
    "EnvoyMonitoring", "ExternalAuth", "GrafanaUrlDashboard", "OidcAuth", "POLICY_TARGETS", "SecurityPolicy",
    # CiliumNetworkPolicies as data
    "CidrRule", "CiliumPolicy", "LabelMatch", "PodSelector", "PolicyPeer", "PolicyRule", "PortRule", "RoutedBackend",
    "STANDARD_POLICIES", "namespace_baseline",
    # ExternalDNS, tunnel, CoreDNS
    "CLOUDFLARED_DASHBOARD", "CoreDnsPlugin", "CoreDnsServer", "EXTERNAL_DNS_DASHBOARD", "ExternalDnsAlerts",
    "OriginRequest", "TunnelIngressRule",
    # releases (Flux or Argo CD), Multus, Cilium values, BGP, VLANs
    "ArgoSync", "CILIUM_CHART_DASHBOARDS", "ChartDashboards", "ConfigMapDashboard", "EVERY_SERVICE", "HealthCheck",
    "KUBEPRISM", "MULTUS_CHART_URL", "MULTUS_CHART_VERSION", "MultusRelease", "ReleaseSettings", "SelectorRequirement",
    "SubstituteFrom", "TALOS_AGENT_CAPABILITIES", "TALOS_CLEAN_STATE_CAPABILITIES", "VlanAddress", "chart_release",
    "flux_kustomization", "merge_values", "set_delivery",
    # apps, the VPN pod, secret stores
    "AppPort", "GLUETUN_LIVENESS_PROBE", "GLUETUN_RESOURCES", "GLUETUN_STARTUP_PROBE", "ProbeTiming", "RemoteRef",
    "Resources", "SecretStoreRef", "SecretTemplate", "VpnVolume",
]

# What loads CRD bindings nobody may use (Envoy Gateway, Flux, KEDA, Grafana, Prometheus,
# ExternalDNS, Multus, External Secrets) is imported on first use: `import homelab_constructs` stays cheap.
if TYPE_CHECKING:  # type checkers see the lazy names' real types (at run time they load on first use)
    from ._names import (
        VPN_LABEL,
    )
    from .apps.vpn import (
        CLAIM_ACCESS_MODES,
        DEFAULT_CLAIM_SIZES,
        GLUETUN_IMAGE,
        GLUETUN_LIVENESS_PROBE,
        GLUETUN_RESOURCES,
        GLUETUN_STARTUP_PROBE,
        QBITTORRENT_IMAGE,
        ClaimSpec,
        ProbeTiming,
        Resources,
        VpnApp,
        VpnPod,
        VpnVolume,
        qbittorrent,
    )
    from .dns.alerts import (
        ExternalDnsAlerts,
    )
    from .dns.coredns import (
        CoreDnsPlugin,
        CoreDnsRelease,
        CoreDnsServer,
    )
    from .dns.endpoint import (
        DnsEndpoint,
        DnsRecord,
    )
    from .dns.externaldns import (
        EXTERNAL_DNS_DASHBOARD,
        CloudflareProvider,
        ExternalDns,
        WebhookProvider,
        adguard_home_provider,
        dns_target_annotations,
    )
    from .dns.tunnel import (
        CLOUDFLARED_DASHBOARD,
        CloudflareTunnel,
        OriginRequest,
        TunnelIngressRule,
    )
    from .gateway.envoy import (
        DEFAULT_BLOCKED_USER_AGENTS,
        DEFAULT_ENVOY_DASHBOARDS,
        POLICY_TARGETS,
        EnvoyMonitoring,
        EnvoyProfile,
        ProxyAutoscaling,
        UserAgentBlocking,
        user_agent_lua,
    )
    from .gateway.security import (
        ExternalAuth,
        OidcAuth,
        SecurityPolicy,
    )
    from .network.bgp import (
        EVERY_SERVICE,
        BgpPeer,
        BgpPeering,
        SelectorRequirement,
    )
    from .network.vlan import (
        CILIUM_MULTUS_VALUES,
        NETWORKS_ANNOTATION,
        NetworkSelection,
        VlanAddress,
        VlanAttachment,
        VlanRoute,
        networks_annotation,
    )
    from .platform.argocd import (
        ArgoSync,
        set_delivery,
    )
    from .platform.certmanager import (
        CERT_MANAGER_CHART_VERSION,
        JETSTACK_HELM_REPOSITORY,
        CertManagerRelease,
    )
    from .platform.cilium import (
        CILIUM_CHART_DASHBOARDS,
        DEFAULT_CILIUM_DASHBOARDS,
        DEFAULT_HUBBLE_DASHBOARDS,
        CiliumRelease,
    )
    from .platform.cilium_values import (
        CILIUM_CHART_VERSION,
        KUBEPRISM,
        PERFORMANCE_HUBBLE_METRICS,
        TALOS_AGENT_CAPABILITIES,
        TALOS_CLEAN_STATE_CAPABILITIES,
        ChartDashboards,
        CiliumValues,
        ClientRateLimit,
        Hubble,
        LoadBalancing,
        ServiceMonitors,
    )
    from .platform.dashboards import (
        ConfigMapDashboard,
        GrafanaComDashboard,
        GrafanaUrlDashboard,
    )
    from .platform.flux import (
        HealthCheck,
        ReleaseSettings,
        SubstituteFrom,
        chart_release,
        flux_kustomization,
        helm_release,
        helm_repository,
        merge_values,
        oci_repository,
    )
    from .platform.helm import (
        helm_set_flags,
        values_yaml,
    )
    from .platform.multus import (
        MULTUS_CHART_URL,
        MULTUS_CHART_VERSION,
        MultusRelease,
    )
    from .secrets import (
        RemoteRef,
        SecretStoreRef,
        SecretTemplate,
        SyncedSecret,
        VaultSecretStore,
    )

__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    ".dns": ["CloudflareProvider", "CloudflareTunnel", "CoreDnsRelease", "DnsEndpoint", "DnsRecord", "ExternalDns",
             "WebhookProvider", "adguard_home_provider", "dns_target_annotations", "CLOUDFLARED_DASHBOARD",
             "CoreDnsPlugin", "CoreDnsServer", "EXTERNAL_DNS_DASHBOARD", "ExternalDnsAlerts", "OriginRequest",
             "TunnelIngressRule"],
    ".gateway": ["DEFAULT_BLOCKED_USER_AGENTS", "DEFAULT_ENVOY_DASHBOARDS", "EnvoyProfile", "ProxyAutoscaling",
                 "UserAgentBlocking", "user_agent_lua", "EnvoyMonitoring", "ExternalAuth",
                 "OidcAuth", "POLICY_TARGETS", "SecurityPolicy"],
    ".platform": ["CERT_MANAGER_CHART_VERSION", "CILIUM_CHART_VERSION", "CertManagerRelease", "CiliumRelease",
                  "CiliumValues", "ClientRateLimit", "DEFAULT_CILIUM_DASHBOARDS", "DEFAULT_HUBBLE_DASHBOARDS",
                  "GrafanaComDashboard", "GrafanaUrlDashboard", "Hubble", "LoadBalancing", "PERFORMANCE_HUBBLE_METRICS",
                  "ServiceMonitors",
                  "helm_release", "helm_repository", "helm_set_flags", "oci_repository",
                  "values_yaml", "ArgoSync", "CILIUM_CHART_DASHBOARDS", "ChartDashboards", "ConfigMapDashboard",
                  "HealthCheck", "KUBEPRISM", "MULTUS_CHART_URL", "MULTUS_CHART_VERSION", "MultusRelease",
                  "ReleaseSettings", "SubstituteFrom", "TALOS_AGENT_CAPABILITIES", "TALOS_CLEAN_STATE_CAPABILITIES",
                  "chart_release", "flux_kustomization", "merge_values", "set_delivery"],
    ".platform.certmanager": ["JETSTACK_HELM_REPOSITORY"],
    ".apps.vpn": ["CLAIM_ACCESS_MODES", "ClaimSpec", "DEFAULT_CLAIM_SIZES", "GLUETUN_IMAGE", "QBITTORRENT_IMAGE",
                  "VPN_LABEL", "VpnApp", "VpnPod", "qbittorrent", "GLUETUN_LIVENESS_PROBE", "GLUETUN_RESOURCES",
                  "GLUETUN_STARTUP_PROBE", "ProbeTiming", "Resources", "VpnVolume"],
    ".secrets": ["SyncedSecret", "VaultSecretStore", "RemoteRef", "SecretStoreRef", "SecretTemplate"],
    ".network": ["BgpPeer", "BgpPeering", "CILIUM_MULTUS_VALUES", "NETWORKS_ANNOTATION", "NetworkSelection",
                 "VlanAttachment", "VlanRoute", "networks_annotation", "EVERY_SERVICE", "SelectorRequirement",
                 "VlanAddress"],
})
