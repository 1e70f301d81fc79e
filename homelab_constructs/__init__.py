"""Homelab networking constructs for cdk8s: Cilium, Gateway API, cert-manager and more.

The public API is what this module exports.
"""
from . import _env  # noqa: F401  (first: jsii's Node banner, upgrade checks, bytecode; see _env)
from ._base import MANAGED_BY, HomelabConstruct
from ._lazy import lazy_exports
from ._validation import HomelabValidationError, synth, validate_app
from .apps import APP_LABEL, HomelabApp
from .cli import exit_with, run_app
from .dns import DnsRecords, gateway_records, render_dnsmasq, render_hosts
from .gateway import (
    HTTP_SECTION,
    HTTPS_SECTION,
    TLS_PASSTHROUGH_SECTION,
    AppRoute,
    GatewayImplementation,
    HomelabGateway,
    HttpsRedirect,
    find_gateway,
)
from .homelab import (
    AppSpec,
    CaSpec,
    GatewaySpec,
    Homelab,
    HomelabSpec,
    PoolSpec,
    SecretStoreSpec,
    VpnSpec,
)
from .network import (
    ISOLATION_ANNOTATION,
    LB_IPS_ANNOTATION,
    EgressGrant,
    IsolationSpec,
    L2Announcement,
    LoadBalancerPool,
    NamespaceIsolation,
    ToApiServer,
    ToCidr,
    ToEntity,
    ToFqdn,
    ToService,
    ToWorld,
    pin_ip,
)
from .tls import Issuer, SelfSignedCa
from .validation import ClusterCidrs

__all__ = [
    "APP_LABEL", "AppRoute", "AppSpec", "CaSpec", "GatewaySpec", "HTTPS_SECTION", "HTTP_SECTION",
    "Homelab", "HomelabApp", "HomelabGateway", "HomelabSpec", "HomelabValidationError", "HttpsRedirect",
    "L2Announcement", "LB_IPS_ANNOTATION", "LoadBalancerPool", "PoolSpec", "SelfSignedCa",
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
    "CLAIM_ACCESS_MODES", "ClaimSpec", "DEFAULT_CLAIM_SIZES", "GLUETUN_IMAGE", "QBITTORRENT_IMAGE", "SecretStoreSpec",
    "SyncedSecret", "VPN_LABEL", "VaultSecretStore", "VpnApp",
    "VpnPod", "VpnSpec", "qbittorrent",
    # the platform as code: Flux, Cilium, cert-manager, BGP (issue 5)
    "BgpPeer", "BgpPeering", "CERT_MANAGER_CHART_VERSION", "CILIUM_CHART_VERSION", "CertManagerRelease",
    "CiliumRelease", "CiliumValues", "ClientRateLimit", "DEFAULT_CILIUM_DASHBOARDS",
    "DEFAULT_HUBBLE_DASHBOARDS", "Hubble", "LoadBalancing", "PERFORMANCE_HUBBLE_METRICS", "ServiceMonitors",
    "helm_release", "helm_repository", "helm_set_flags", "oci_helm_release", "oci_repository", "values_yaml",
]

# What loads CRD bindings nobody may use (Envoy Gateway, Flux, KEDA, Grafana, Prometheus,
# ExternalDNS, Multus, External Secrets) is imported on first use: `import homelab_constructs` stays cheap.
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    ".dns": ["CloudflareProvider", "CloudflareTunnel", "CoreDnsRelease", "DnsEndpoint", "DnsRecord", "ExternalDns",
             "WebhookProvider", "adguard_home_provider", "dns_target_annotations"],
    ".gateway": ["DEFAULT_BLOCKED_USER_AGENTS", "DEFAULT_ENVOY_DASHBOARDS", "EnvoyProfile", "ProxyAutoscaling",
                 "UserAgentBlocking", "user_agent_lua"],
    ".platform": ["CERT_MANAGER_CHART_VERSION", "CILIUM_CHART_VERSION", "CertManagerRelease", "CiliumRelease",
                  "CiliumValues", "ClientRateLimit", "DEFAULT_CILIUM_DASHBOARDS", "DEFAULT_HUBBLE_DASHBOARDS",
                  "GrafanaComDashboard", "Hubble", "LoadBalancing", "PERFORMANCE_HUBBLE_METRICS", "ServiceMonitors",
                  "helm_release", "helm_repository", "helm_set_flags", "oci_helm_release", "oci_repository",
                  "values_yaml"],
    ".apps.vpn": ["CLAIM_ACCESS_MODES", "ClaimSpec", "DEFAULT_CLAIM_SIZES", "GLUETUN_IMAGE", "QBITTORRENT_IMAGE",
                  "VPN_LABEL", "VpnApp", "VpnPod", "qbittorrent"],
    ".secrets": ["SyncedSecret", "VaultSecretStore"],
    ".network": ["BgpPeer", "BgpPeering", "CILIUM_MULTUS_VALUES", "NETWORKS_ANNOTATION", "NetworkSelection",
                 "VlanAttachment", "VlanRoute",
                 "networks_annotation"],
})
