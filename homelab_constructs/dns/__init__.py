"""Split-horizon DNS: ExternalDNS (public Cloudflare, internal webhook), DNSEndpoint records,
a Cloudflare tunnel, CoreDNS, and the router records artifact (hosts, dnsmasq)."""
from .._lazy import lazy_exports
from .records import DnsRecords, gateway_records
from .records_cli import write_records
from .render import render_dnsmasq, render_hosts

# ExternalDNS, CoreDNS and the tunnel load the Flux and ExternalDNS bindings: only when used
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    ".coredns": ["COREDNS_CHART_VERSION", "CoreDnsRelease"],
    ".endpoint": ["DnsEndpoint", "DnsRecord"],
    ".externaldns": ["EXTERNAL_DNS_CHART_VERSION", "TARGET_ANNOTATION", "VISIBILITY_LABEL", "CloudflareProvider",
                     "ExternalDns", "WebhookProvider", "adguard_home_provider", "dns_target_annotations",
                     "gateway_target"],
    ".tunnel": ["CLOUDFLARED_IMAGE", "CloudflareTunnel"],
})

__all__ = [
    "CLOUDFLARED_IMAGE", "COREDNS_CHART_VERSION", "CloudflareProvider", "CloudflareTunnel", "CoreDnsRelease",
    "DnsEndpoint", "DnsRecord", "DnsRecords", "EXTERNAL_DNS_CHART_VERSION", "ExternalDns", "TARGET_ANNOTATION",
    "VISIBILITY_LABEL", "WebhookProvider", "adguard_home_provider", "dns_target_annotations", "gateway_records",
    "gateway_target", "render_dnsmasq", "render_hosts", "write_records",
]
