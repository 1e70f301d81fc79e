"""Split-horizon DNS: ExternalDNS instances (Cloudflare, webhooks), DNSEndpoint records, a Cloudflare tunnel,
CoreDNS, ExternalDNS alerts, and the router records artifact (hosts, dnsmasq)."""
