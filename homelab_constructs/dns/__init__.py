"""Split-horizon DNS: ExternalDNS instances (Cloudflare, webhooks), DNSEndpoint records,
a Cloudflare tunnel, CoreDNS, ExternalDNS alerts, and the router records artifact (hosts, dnsmasq)."""
from .._lazy import lazy_exports
from .records import DnsRecords, gateway_records
from .records_cli import write_records
from .render import render_dnsmasq, render_hosts

# ExternalDNS, CoreDNS, the tunnel and the alerts load the CRD bindings: only when used
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    ".alerts": ["ExternalDnsAlerts"],
    ".coredns": ["COREDNS_CHART_VERSION", "CoreDnsPlugin", "CoreDnsRelease", "CoreDnsServer"],
    ".endpoint": ["DnsEndpoint", "DnsRecord"],
    ".externaldns": ["EXTERNAL_DNS_CHART_VERSION", "EXTERNAL_DNS_DASHBOARD", "SOURCES", "TARGET_ANNOTATION",
                     "VISIBILITY_LABEL", "CloudflareProvider", "ExternalDns", "WebhookProvider", "adguard_home_provider",
                     "dns_target_annotations", "gateway_target"],
    ".tunnel": ["CLOUDFLARED_DASHBOARD", "CLOUDFLARED_IMAGE", "CloudflareTunnel", "OriginRequest", "TunnelIngressRule"],
})

__all__ = [
    "CLOUDFLARED_DASHBOARD", "CLOUDFLARED_IMAGE", "COREDNS_CHART_VERSION", "CloudflareProvider", "CloudflareTunnel",
    "CoreDnsPlugin", "CoreDnsRelease", "CoreDnsServer", "DnsEndpoint", "DnsRecord", "DnsRecords",
    "EXTERNAL_DNS_CHART_VERSION", "EXTERNAL_DNS_DASHBOARD", "ExternalDns", "ExternalDnsAlerts", "OriginRequest",
    "SOURCES", "TARGET_ANNOTATION", "TunnelIngressRule", "VISIBILITY_LABEL", "WebhookProvider",
    "adguard_home_provider", "dns_target_annotations", "gateway_records", "gateway_target", "render_dnsmasq",
    "render_hosts", "write_records",
]
