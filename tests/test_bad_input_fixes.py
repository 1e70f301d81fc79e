# mypy: disable-error-code="arg-type, misc"
"""Bad inputs that once raised TypeError/AttributeError or a message with a wrong fix: each now
raises the library's ``<path>: <what is wrong> (got <value>); <how to fix>`` ValueError."""

from __future__ import annotations

import re

from homelab_constructs import (
    BackendPolicy,
    BgpPeer,
    BgpPeering,
    ClientPolicy,
    CloudflareTunnel,
    EnvoyProfile,
    Gluetun,
    GrpcRule,
    HttpRule,
    PolicyPeer,
    PolicyRule,
    PortRule,
    ProxySettings,
    ReleaseSettings,
    RemoteRef,
    VpnCredentials,
    VpnTunnel,
)

import pytest
from bad_input import Case, build

TUNNEL_ID = "6ff42ae2-765d-4adf-8112-31c55c1551ef"
GATEWAY_FIX = "pass the external HomelabGateway the tunnel sends its traffic to, or its name"
ROUTER = BgpPeer("router", "10.10.30.1", 64513)


def bgp(c, **kw):
    return BgpPeering(c, "b", local_asn=64512, peers=[ROUTER], **kw)


CASES = [
    *(Case(f"tunnel-gateway-{bad!r}", lambda c, bad=bad: CloudflareTunnel(c, "t", gateway=bad, tunnel_id=TUNNEL_ID),
           f"c/t: gateway is not a HomelabGateway or a gateway's name (got {bad!r}); {GATEWAY_FIX}")
      for bad in (None, 42)),
    Case("tunnel-gateway-unknown-name", lambda c: CloudflareTunnel(c, "t", gateway="envoy-external", tunnel_id=TUNNEL_ID),
         "c/t: gateway names no gateway of the app (got 'envoy-external'); use one of: none declared yet (declare the "
         "gateway before this construct), or pass the HomelabGateway"),
    Case("envoy-tls-list", lambda c: EnvoyProfile(c, "e", client_policy=ClientPolicy(tls_min_version=["1.2"])),
         "c/e: minimum TLS version must be '1.2' or '1.3' (got ['1.2']); TLS 1.0 and 1.1 are broken; "
         "use '1.2' (the default) or '1.3'"),
    Case("envoy-log-level-list", lambda c: EnvoyProfile(c, "e", proxy=ProxySettings(log_level=["info"])),
         "c/e: proxy log level is unknown (got ['info']); write it as a string, 'info'; "
         "use one of: trace, debug, info, warn, error, off, critical"),
    Case("envoy-log-level-dict", lambda c: EnvoyProfile(c, "e", proxy=ProxySettings(log_level={"info": 1})),
         "c/e: proxy log level is unknown (got {'info': 1}); use one of: trace, debug, info, warn, error, off, critical"),
    Case("envoy-retry-on-list-item",
         lambda c: EnvoyProfile(c, "e", backend_policy=BackendPolicy(retries=2, retry_on=[["reset"]])),
         "c/e: retry triggers[0] is not a string (got ['reset']); write a string such as 'reset'"),
    *(Case(f"bgp-families-{bad!r}", lambda c, bad=bad: bgp(c, families=bad),
           f"c/b: address families is not a list or tuple (got {bad!r}); write a list such as ['ipv4']")
      for bad in (None, 42, True)),
    Case("bgp-families-string", lambda c: bgp(c, families="ipv6"),
         "c/b: address families is not a list or tuple (got 'ipv6'); write a list such as ['ipv6']"),
    Case("bgp-families-item", lambda c: bgp(c, families=["ipv5"]),
         "c/b: address family is unknown (got 'ipv5'); did you mean ipv6? use one of: ipv4, ipv6"),
    Case("vpn-regions-none", lambda c: VpnTunnel(server_regions=None),
         "VpnTunnel.server_regions: server_regions is not a list or tuple (got None); write a tuple such as "
         "('CA Montreal',)"),
    Case("vpn-input-ports-int", lambda c: Gluetun(firewall_input_ports=9090),
         "Gluetun.firewall_input_ports: firewall_input_ports is not a list or tuple (got 9090); write a tuple such as "
         "(9090,)"),
    Case("vpn-input-ports-string", lambda c: Gluetun(firewall_input_ports="8080"),
         "Gluetun.firewall_input_ports: firewall_input_ports is not a list or tuple (got '8080'); write a tuple such "
         "as (8080,)"),
    Case("vpn-input-port-item", lambda c: Gluetun(firewall_input_ports=[0]),
         "Gluetun.firewall_input_ports[0]: firewall input port must be an integer in 1-65535 (got 0); use a valid "
         "TCP/UDP firewall input port"),
    Case("vpn-input-ports-empty", lambda c: Gluetun(firewall_input_ports=()),
         "Gluetun.firewall_input_ports: firewall input port list is empty (got ()); open at least the app's web port, "
         "such as (8080,), or None for that port"),
    Case("vpn-subnets-int", lambda c: Gluetun(cluster_subnets=42),
         "Gluetun.cluster_subnets: cluster_subnets is not a list or tuple (got 42); write a tuple such as "
         "('10.244.0.0/16', '10.96.0.0/12')"),
    Case("vpn-subnets-string", lambda c: Gluetun(cluster_subnets="10.42.0.0/16"),
         "Gluetun.cluster_subnets: cluster_subnets is not a list or tuple (got '10.42.0.0/16'); write a tuple such as "
         "('10.42.0.0/16',)"),
    Case("vpn-subnets-empty", lambda c: Gluetun(cluster_subnets=[]),
         "Gluetun.cluster_subnets: cluster subnet list is empty (got ()); give the cluster's pod and service CIDRs, "
         "or None to write no FIREWALL_OUTBOUND_SUBNETS"),
    *(Case(f"vpn-credentials-{bad!r}", lambda c, bad=bad: VpnCredentials(variables=bad),
           f"VpnCredentials.variables: variables is not a mapping (got {bad!r}); write a dict such as "
           "{'OPENVPN_USER': 'username', 'OPENVPN_PASSWORD': 'password'}")
      for bad in ("OPENVPN_USER", 42, [("OPENVPN_USER", "username")])),
    Case("port-rule-end-below", lambda c: PortRule(8080, end_port=80),
         "PortRule.end_port: end port is below port 8080 (got 80); write the range's last port, at least 8080, "
         "or end_port=None for one port"),
    Case("http-backends-none", lambda c: HttpRule(backends=None),
         "HttpRule.backends: backends is not a list or tuple (got None); write a tuple such as (BackendRef('sonarr', 8989),)"),
    Case("http-backends-string", lambda c: HttpRule(backends="sonarr"),
         "HttpRule.backends: backends is not a list or tuple (got 'sonarr'); "
         "write a tuple such as (BackendRef('sonarr', 8989),)"),
    Case("http-matches-string", lambda c: HttpRule(matches="/"),
         "HttpRule.matches: matches is not a list or tuple (got '/'); write a tuple such as (HttpMatch(path='/'),)"),
    Case("http-filters-int", lambda c: HttpRule(filters=42),
         "HttpRule.filters: filters is not a list or tuple (got 42); "
         "write a tuple such as (RequestRedirect(scheme='https'),)"),
    Case("grpc-backends-none", lambda c: GrpcRule(backends=None),
         "GrpcRule.backends: backends is not a list or tuple (got None); write a tuple such as (BackendRef('api', 9000),)"),
    Case("policy-peers-string", lambda c: PolicyRule(peers="world"),
         "PolicyRule.peers: peers is not a list or tuple (got 'world'); "
         "write a tuple such as (PolicyPeer.entities('world'),)"),
    Case("policy-ports-string", lambda c: PolicyRule(peers=PolicyPeer.entities("world"), ports="443"),
         "PolicyRule.ports: ports is not a list or tuple (got '443'); write a tuple such as (443, PortRule(53, 'UDP'))"),
    Case("policy-ports-int", lambda c: PolicyRule(peers=PolicyPeer.entities("world"), ports=443),
         "PolicyRule.ports: ports is not a list or tuple (got 443); write a tuple such as (443,)"),
    Case("release-chart-url-no-scheme", lambda c: ReleaseSettings(chart_url="quay.io/cilium/charts/cilium"),
         "ReleaseSettings.chart_url: chart address has no scheme (got 'quay.io/cilium/charts/cilium'); "
         "write 'oci://quay.io/cilium/charts/cilium' for an OCI chart, or "
         "'https://quay.io/cilium/charts/cilium' for a Helm repository"),
    Case("remote-ref-slashes", lambda c: RemoteRef("/homelab/"),
         "RemoteRef.key: key starts or ends with '/' or holds an empty path part (got '/homelab/'); "
         "write the key's path as SyncedSecret.remote_key takes it, such as 'homelab'"),
    Case("remote-ref-empty-part", lambda c: RemoteRef("apps//vpn"),
         "RemoteRef.key: key starts or ends with '/' or holds an empty path part (got 'apps//vpn'); "
         "write the key's path as SyncedSecret.remote_key takes it, such as 'apps/vpn'"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_bad_input_raises_the_exact_message(case: Case) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(case.message)}$"):
        build(case)


def test_good_inputs_still_pass() -> None:
    assert RemoteRef("apps/vpn").key == "apps/vpn"
    assert PortRule(8080, end_port=8090).end_port == 8090
    assert ReleaseSettings(chart_url="oci://quay.io/cilium/charts/cilium").is_oci
