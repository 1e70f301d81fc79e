"""The bad-input catalogue: one row per bad input, across every construct, with the exact
message the user sees: ``<construct path>: <what is wrong> (got <value>); <how to fix>``.

Each row builds into a fresh chart ``c`` of a fresh app. Rows marked ``whole_app`` are
caught by the checks every synth runs (``validate_app``); rows marked ``manifests`` by the
manifest validator's whole-app rules that ``synth()`` runs on what the app wrote (reported
as ``<construct path of the object>: <field>: <message>``); the others raise ValueError in
the constructor. Either way the error is a plain ValueError raised from Python: no jsii
error type and no JavaScript stack reaches the user.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from homelab_constructs import (
    AppRoute,
    BackendPolicy,
    BackendRef,
    BgpPeer,
    BgpPeering,
    CertManagerRelease,
    CiliumRelease,
    CiliumValues,
    ClientPolicy,
    CloudflareProvider,
    CloudflareTunnel,
    ClusterCidrs,
    CoreDnsRelease,
    DnsEndpoint,
    DnsRecord,
    DnsSync,
    EgressGrant,
    EnvoyChart,
    EnvoyProfile,
    ExternalDns,
    ExternalPort,
    ExternalService,
    GrafanaComDashboard,
    Homelab,
    HomelabApp,
    HomelabGateway,
    HomelabSpec,
    HomelabValidationError,
    HttpsRedirect,
    Hubble,
    IsolationSpec,
    L2Announcement,
    LoadBalancerPool,
    LoadBalancing,
    NamespaceIsolation,
    OidcAuth,
    ProxyAutoscaling,
    ProxySettings,
    ReleaseSettings,
    SecurityPolicy,
    SelfSignedCa,
    SyncedSecret,
    TcpRoute,
    TlsRoute,
    ToCidr,
    ToEntity,
    ToFqdn,
    ToService,
    ToWorld,
    TunnelPods,
    UserAgentBlocking,
    VlanAttachment,
    VlanRoute,
    dns_target_annotations,
    helm_release,
    helm_repository,
    oci_repository,
    synth,
    validate_app,
)
from homelab_constructs._validation import (
    check_choice,
    check_count,
    check_dns_subdomain,
    check_gateway_duration,
    check_go_duration,
    check_ip,
    check_label_key,
    check_label_value,
    check_labels,
    check_network,
    check_quantity,
)
from homelab_constructs.cluster import set_cluster_cidrs

import cdk8s
import jsii
import pytest
from bad_input import DNS_LABEL_FIX, Case, app, build, gw

from main import APPS as DEFAULT_APPS  # the seed data
from main import ISOLATION as DEFAULT_ISOLATION
from main import default_spec


@dataclass(frozen=True)
class LabIssuer:
    """An issuer the library does not build: the Issuer protocol (tls/issuer.py) by hand."""

    issuer_kind: str = "Issuer"
    issuer_name: str = "lab-issuer"
    issuer_namespace: Optional[str] = "default"


def pool(c, name="homelab-pool"):
    return LoadBalancerPool(c, "p", name=name, ranges=[("192.168.10.200", "192.168.10.250")])


def cidr_pool(c, **kw):
    kw.setdefault("allow_first_last_ips", False)  # keeps each CIDR's first and last address back
    return LoadBalancerPool(c, "cp", name="lan-pool", cidrs=["192.168.10.192/26"], **kw)


def vlan(c, **kw):
    kw = {"name": "iot", "namespace": "home", "master": "enp1s0", "vlan_id": 20, "subnet": "192.168.20.0/24", **kw}
    return VlanAttachment(c, "v", **kw)


def isolation(c, **kw):
    return NamespaceIsolation(c, "iso", namespace="media", apps=[app(c)], **kw)


def qbit(c):
    return app(c, "q", name="qbit", namespace="downloads", port=8080)


def secret(c, store):
    return SyncedSecret(c, "s", name="vpn", namespace="downloads", store=store, remote_key="homelab/vpn",
                        keys={"OPENVPN_USER": "username"})


def envoy(c, **kw):
    return EnvoyProfile(c, "envoy", **kw)


def external(c, **kw):
    return ExternalService(c, "e", **{"name": "nas", "namespace": "network", "addresses": ["10.10.30.10"],
                                      "ports": {"https": 443}, **kw})


def tunnel_gateway(c):
    return gw(c, annotations=dns_target_annotations("external.homelab.local"))


TUNNEL_ID = "6ff42ae2-765d-4adf-8112-31c55c1551ef"
ROUTER = BgpPeer("router", "10.10.30.1", 64513)
PRIVATE_ASN_FIX = "use a private ASN such as 64512-65534 or 4200000000-4294967294"
ISSUER_FIX = ("pass the issuer object, such as the SelfSignedCa, the name of a ClusterIssuer installed by another "
              "repo, or None when you provide the certificate Secret yourself")
STORE_FIX = ("pass store=VaultSecretStore(...), the name of a ClusterSecretStore of the app, or SecretStoreRef(name, "
             "kind) for a store the app does not write")


def bgp(c, **kw):
    kw = {"local_asn": 64514, "peers": [ROUTER], **kw}
    return BgpPeering(c, "bgp", **kw)


def flux_release(c, **kw):
    return helm_release(c, name="x", namespace="flux-system", values={}, **kw)
CASES = [
    # ---- LoadBalancerPool, L2Announcement, pinned IPs (network/lbipam.py)
    Case("pool-start-after-stop",
         lambda c: LoadBalancerPool(c, "p", name="p", ranges=[("192.168.10.250", "192.168.10.200")]),
         "c/p: range start is after its stop (got '192.168.10.250-192.168.10.200'); "
         "swap them: ('192.168.10.200', '192.168.10.250')"),
    Case("pool-bad-address",
         lambda c: LoadBalancerPool(c, "p", name="p", ranges=[("192.168.10.300", "192.168.10.310")]),
         "c/p: range start is not an IP address (got '192.168.10.300'); write a single address such as 192.168.10.200"),
    Case("pool-mixed-families",
         lambda c: LoadBalancerPool(c, "p", name="p", ranges=[("192.168.10.1", "fd00::1")]),
         "c/p: range mixes IPv4 and IPv6 (got '192.168.10.1-fd00::1'); use one address family per range"),
    Case("pool-cidr-not-network",
         lambda c: LoadBalancerPool(c, "p", name="p", cidrs=["192.168.10.5/24"]),
         "c/p: CIDR is not in network form (got '192.168.10.5/24'); write the network address with its prefix length; "
         "did you mean 192.168.10.0/24?"),
    Case("pool-empty", lambda c: LoadBalancerPool(c, "p", name="p"),
         "c/p: pool has no addresses (got {'ranges': [], 'cidrs': []}); give at least one (start, stop) range or CIDR"),
    Case("pool-name-not-dns-label",
         lambda c: LoadBalancerPool(c, "p", name="Homelab_Pool", cidrs=["192.168.10.0/24"]),
         f"c/p: pool name is not a DNS label (got 'Homelab_Pool'); {DNS_LABEL_FIX}"),
    Case("pools-overlap",
         lambda c: (pool(c, "a"), LoadBalancerPool(c, "b", name="b", cidrs=["192.168.10.240/28"])),
         "c/b/Resource: spec.blocks: pool overlaps pool a (got ['192.168.10.240/28'] and "
         "['192.168.10.200-192.168.10.250']); give every pool its own addresses", manifests=True),
    Case("pinned-ip-outside-pools",
         lambda c: (pool(c), app(c, name="jellyfin", port=8096, load_balancer_ip="192.168.10.10")),
         "c/a/Service: metadata.annotations[lbipam.cilium.io/ips]: pinned IP is outside every LoadBalancer pool (got "
         "'192.168.10.10'); pick an address inside exactly one pool: homelab-pool (192.168.10.200-192.168.10.250)",
         manifests=True),
    Case("pinned-ip-in-two-pools",
         lambda c: (pool(c, "a"), LoadBalancerPool(c, "b", name="b", cidrs=["192.168.10.240/28"]),
                    app(c, name="jellyfin", port=8096, load_balancer_ip="192.168.10.245")),
         "c/b/Resource: spec.blocks: pool overlaps pool a (got ['192.168.10.240/28'] and "
         "['192.168.10.200-192.168.10.250']); give every pool its own addresses\n"
         "c/a/Service: metadata.annotations[lbipam.cilium.io/ips]: pinned IP is inside 2 pools (a, b) (got "
         "'192.168.10.245'); pick an address inside exactly one pool: a (192.168.10.200-192.168.10.250); "
         "b (192.168.10.240/28)", manifests=True),
    Case("pinned-ip-twice",
         lambda c: (SelfSignedCa(c, "ca"), pool(c), gw(c, load_balancer_ip="192.168.10.200"),
                    app(c, name="jellyfin", port=8096, load_balancer_ip="192.168.10.200")),
         "c/a/Service: metadata.annotations[lbipam.cilium.io/ips]: pinned IP is used twice (got '192.168.10.200'); "
         "Gateway default/homelab-gateway (c.k8s.yaml) already uses it; pick another address of the pool",
         manifests=True),
    Case("pool-allow-first-last-not-bool",
         lambda c: LoadBalancerPool(c, "p", name="p", cidrs=["192.168.10.192/26"], allow_first_last_ips="yes"),
         "c/p: allow_first_last_ips is not True or False (got 'yes'); set True to hand out each CIDR's first and last "
         "address, False to keep them back, or None (the default) for Cilium's own default"),
    Case("pinned-ip-network-address",
         lambda c: (cidr_pool(c), app(c, name="jellyfin", port=8096, load_balancer_ip="192.168.10.192")),
         "c/a/Service: metadata.annotations[lbipam.cilium.io/ips]: pinned IP is the first (network) address of CIDR "
         "192.168.10.192/26 of pool lan-pool, which Cilium never hands out while allowFirstLastIPs is No (got "
         "'192.168.10.192'); pin another address such as 192.168.10.193, or set allowFirstLastIPs: Yes on the pool "
         "(allow_first_last_ips=True)", manifests=True),
    Case("pinned-ip-broadcast-address",
         lambda c: (cidr_pool(c), app(c, name="jellyfin", port=8096, load_balancer_ip="192.168.10.255")),
         "c/a/Service: metadata.annotations[lbipam.cilium.io/ips]: pinned IP is the last (broadcast) address of CIDR "
         "192.168.10.192/26 of pool lan-pool, which Cilium never hands out while allowFirstLastIPs is No (got "
         "'192.168.10.255'); pin another address such as 192.168.10.254, or set allowFirstLastIPs: Yes on the pool "
         "(allow_first_last_ips=True)", manifests=True),
    Case("pinned-ip-last-of-ipv6-cidr",
         lambda c: (LoadBalancerPool(c, "p6", name="v6-pool", cidrs=["fd00:10::/120"], allow_first_last_ips=False),
                    app(c, name="jellyfin", port=8096, load_balancer_ip="fd00:10::ff")),
         "c/a/Service: metadata.annotations[lbipam.cilium.io/ips]: pinned IP is the last address of CIDR fd00:10::/120 "
         "of pool v6-pool, which Cilium never hands out while allowFirstLastIPs is No (got 'fd00:10::ff'); pin another "
         "address such as fd00:10::fe, or set allowFirstLastIPs: Yes on the pool (allow_first_last_ips=True)",
         manifests=True),
    Case("pinned-ip-not-an-ip", lambda c: app(c, load_balancer_ip="jellyfin.lan"),
         "c/a: pinned IP is not an IP address (got 'jellyfin.lan'); write a single address such as 192.168.10.200"),
    Case("l2-bad-regex", lambda c: L2Announcement(c, "l2", name="l2", interfaces=["[eth"]),
         "c/l2: interface pattern is not a valid regular expression (unterminated character set at position 0) "
         "(got '[eth'); write a regex such as '^eth[0-9]+' or a plain name such as 'enp1s0'"),
    Case("l2-announces-nothing", lambda c: L2Announcement(c, "l2", name="l2", load_balancer_ips=False),
         "c/l2: policy announces nothing (got {'load_balancer_ips': False, 'external_ips': None}); "
         "set load_balancer_ips=True (the usual choice) or external_ips=True"),

    # ---- HomelabGateway, AppRoute, HttpsRedirect, HomelabApp (gateway/, apps/)
    Case("gateway-bad-domain",
         lambda c: HomelabGateway(c, "gw", domain="homelab", cluster_issuer="x"),
         "c/gw: domain is not a DNS name of two or more labels (got 'homelab'); "
         "use lowercase labels joined by dots, such as 'homelab.local'"),
    Case("gateway-declared-twice",
         lambda c: (gw(c), HomelabGateway(c, "gw2", domain="homelab.local", cluster_issuer="x")),
         "c/gw2: gateway is declared twice in namespace default (got 'homelab-gateway'); c/gw already declares it; "
         "give each gateway its own name"),
    Case("gateway-passthrough-on-port-80", lambda c: gw(c, tls_passthrough_port=80),
         "c/gw: TLS passthrough listener shares port 80 with the http listener (got 80); "
         "use 443 with its own hostname, or another port such as 8443"),
    Case("gateway-passthrough-hostname-without-port", lambda c: gw(c, tls_passthrough_hostname="*.tls.homelab.local"),
         "c/gw: TLS passthrough hostname given without a port (got '*.tls.homelab.local'); "
         "set tls_passthrough_port too (443 or a port such as 8443)"),
    # cluster_issuer: the issuer object (tls/issuer.py's Issuer, such as a SelfSignedCa) or a ClusterIssuer's name
    Case("gateway-issuer-type", lambda c: HomelabGateway(c, "gw", domain="homelab.local", cluster_issuer=42),
         f"c/gw: cluster issuer is not an issuer, a ClusterIssuer name or None (got 42); {ISSUER_FIX}"),
    Case("gateway-issuer-none-without-secret",
         lambda c: HomelabGateway(c, "gw", domain="homelab.local", cluster_issuer=None),
         "c/gw: listener https terminates TLS, but no certificate Secret is named and no issuer is given to create one "
         "(got None); name the Secret (Listener(certificates=['<secret>']) or tls_secret_name='<secret>'), or pass "
         "cluster_issuer so cert-manager issues it"),
    Case("gateway-issuer-certificate-name",
         lambda c: HomelabGateway(c, "gw", domain="homelab.local", cluster_issuer=["homelab-ca-issuer"]),
         "c/gw: cluster issuer is not an issuer, a ClusterIssuer name or None (got ['homelab-ca-issuer']); "
         f"{ISSUER_FIX}"),
    Case("gateway-issuer-name-value", lambda c: HomelabGateway(c, "gw", domain="homelab.local", cluster_issuer="Lab CA"),
         f"c/gw: cluster issuer is not a DNS label (got 'Lab CA'); {DNS_LABEL_FIX}"),
    Case("gateway-issuer-kind", lambda c: gw(c, cluster_issuer=LabIssuer(issuer_kind="ClusterIsuer")),
         "c/gw: issuer kind is unknown (got 'ClusterIsuer'); did you mean ClusterIssuer? use one of: ClusterIssuer, "
         "Issuer"),
    Case("gateway-issuer-kind-type", lambda c: gw(c, cluster_issuer=LabIssuer(issuer_kind=None)),
         "c/gw: issuer kind is unknown (got None); use one of: ClusterIssuer, Issuer"),
    Case("gateway-issuer-object-name", lambda c: gw(c, cluster_issuer=LabIssuer(issuer_name="Lab_Issuer")),
         f"c/gw: issuer name is not a DNS label (got 'Lab_Issuer'); {DNS_LABEL_FIX}"),
    Case("gateway-issuer-other-namespace", lambda c: gw(c, cluster_issuer=LabIssuer(issuer_namespace="cert-manager")),
         "c/gw: Issuer lab-issuer lives outside the gateway's namespace default (got 'cert-manager'); cert-manager "
         "only uses an Issuer of the gateway's own namespace: declare it in default, or use a ClusterIssuer"),
    Case("gateway-issuer-not-in-app", lambda c: gw(c, cluster_issuer=LabIssuer()),
         "c/gw/Resource: metadata.annotations[cert-manager.io/issuer]: Issuer does not exist in namespace default (got "
         "'lab-issuer'); use one of: none, or a ClusterIssuer, or declare one installed elsewhere "
         "(declare_external(scope, 'Issuer', 'lab-issuer', 'default'))", manifests=True),
    Case("route-hostname-outside-domain",
         lambda c: AppRoute(c, "r", name="sonarr", namespace="media", gateway=gw(c), port=8989,
                            hostname="sonarr.example.com"),
         "c/r: hostname is outside the gateway homelab-gateway's domain homelab.local (got 'sonarr.example.com'); "
         "use <app>.homelab.local"),
    Case("route-hostname-two-labels",
         lambda c: AppRoute(c, "r", name="sonarr", namespace="media", gateway=gw(c), port=8989,
                            hostname="a.b.homelab.local"),
         "c/r: hostname must be one DNS label under homelab.local, as the wildcard certificate *.homelab.local covers "
         "exactly one label (got 'a.b.homelab.local'); use <app>.homelab.local with a lowercase label such as 'media'"),
    Case("route-duplicate-hostname",
         lambda c: (g := gw(c), app(c, "a", name="home", namespace="dashboards", port=3000, gateway=g),
                    app(c, "b", name="homepage", namespace="dashboards", port=3000, gateway=g,
                        hostname="home.homelab.local")),
         "c/b/Route: hostname is already routed on gateway homelab-gateway (got 'home.homelab.local'); "
         "c/a/Route serves it; give each app its own hostname"),
    Case("route-unknown-gateway-name",
         lambda c: (gw(c), AppRoute(c, "r", name="sonarr", namespace="media", gateway="envoy-external", port=8989)),
         "c/r: route targets a gateway that does not exist (got 'envoy-external'); use one of: homelab-gateway "
         "(declare gateways before the routes that use them)"),
    Case("route-no-gateway",
         lambda c: AppRoute(c, "r", name="sonarr", namespace="media", gateway=[], port=8989),
         "c/r: route has no gateway (got []); pass the gateway (or gateways) that serve the app"),
    Case("route-gateway-twice",
         lambda c: (g := gw(c), AppRoute(c, "r", name="sonarr", namespace="media", gateway=[g, g], port=8989)),
         "c/r: route lists a gateway twice (got ['homelab-gateway', 'homelab-gateway']); list each gateway once"),
    Case("redirect-no-gateway", lambda c: HttpsRedirect(c, "redirect", gateways=[]),
         "c/redirect: redirect has no gateway (got []); pass the gateways whose http listener redirects"),
    Case("redirect-gateways-type", lambda c: HttpsRedirect(c, "redirect", gateways="homelab-gateway"),
         "c/redirect: redirect gateways are not a list of HomelabGateways (got 'homelab-gateway'); pass them as a list, "
         "such as gateways=[gateway]"),
    Case("redirect-gateway-by-missing-name", lambda c: (gw(c, https_redirect=False),
                                                        HttpsRedirect(c, "redirect", gateways=["homelab-gatewy"])),
         "c/redirect: route targets a gateway that does not exist (got 'homelab-gatewy'); use one of: homelab-gateway "
         "(declare gateways before the routes that use them)"),
    Case("redirect-gateway-type", lambda c: HttpsRedirect(c, "redirect", gateways=[8080]),
         "c/redirect: redirect gateway is not a HomelabGateway or a gateway name (got 8080); pass the HomelabGateway "
         "objects whose http listener redirects, or their names"),
    Case("gateway-class-unknown", lambda c: gw(c, gateway_class="traefk"),
         "c/gw: gateway class is written by nothing in the app and is no known implementation's class (got "
         "'traefk'); use one of: cilium, envoy, eg, istio, kgateway, nginx, traefik (their controllers create them), "
         "pass the implementation (such as an EnvoyProfile) as gateway_class", whole_app=True),
    Case("gateway-tls-secret-empty", lambda c: gw(c, tls_secret_name=""),
         "c/gw: TLS secret name is not a DNS label (got ''); use 1-63 lowercase letters, digits or '-', starting and "
         "ending with a letter or digit"),
    Case("gateway-passthrough-hostname-empty", lambda c: gw(c, tls_passthrough_port=8443, tls_passthrough_hostname=""),
         "c/gw: TLS passthrough hostname is not a hostname or wildcard (got ''); write a name such as "
         "'nas.homelab.local' or a wildcard such as '*.homelab.local'"),
    Case("app-gateway-type", lambda c: app(c, gateway=8443),
         "c/a/Route: gateway is not a HomelabGateway or a gateway name (got 8443); pass the HomelabGateway (or "
         "several), or the name of a gateway declared before"),
    Case("route-gateway-in-list-type",
         lambda c: AppRoute(c, "r", name="sonarr", namespace="media", gateway=[gw(c), None], port=8989),
         "c/r: gateway is not a HomelabGateway or a gateway name (got None); pass the HomelabGateway (or several), or "
         "the name of a gateway declared before"),
    Case("app-port-out-of-range", lambda c: app(c, port=70000),
         "c/a: port must be an integer in 1-65535 (got 70000); use a valid TCP/UDP port"),
    Case("app-port-as-string", lambda c: app(c, port="8989"),
         "c/a: port must be an integer in 1-65535 (got '8989'); use a valid TCP/UDP port"),
    Case("app-port-bool", lambda c: app(c, port=True),
         "c/a: port must be an integer in 1-65535 (got True); use a valid TCP/UDP port"),
    Case("app-name-uppercase", lambda c: app(c, name="Sonarr"),
         f"c/a: app name is not a DNS label (got 'Sonarr'); {DNS_LABEL_FIX}"),
    Case("app-name-too-long", lambda c: app(c, name="a" * 64),
         f"c/a: app name is not a DNS label (got '{'a' * 64}'); {DNS_LABEL_FIX}"),
    Case("app-namespace-underscore", lambda c: app(c, namespace="my_media"),
         f"c/a: namespace is not a DNS label (got 'my_media'); {DNS_LABEL_FIX}"),

    # ---- SelfSignedCa (tls/ca.py)
    Case("ca-duration-years", lambda c: SelfSignedCa(c, "ca", duration="10y"),
         "c/ca: duration is not a Go duration (got '10y'); write hours, minutes, seconds or milliseconds such as "
         "'87600h'"),
    Case("ca-renew-before", lambda c: SelfSignedCa(c, "ca", renew_before="30 days"),
         "c/ca: renew_before is not a Go duration (got '30 days'); write hours, minutes, seconds or milliseconds "
         "such as '720h'"),
    # cert-manager's webhook refuses these Certificates: refused first, with its limits
    Case("ca-duration-under-an-hour", lambda c: SelfSignedCa(c, "ca", duration="30m"),
         "c/ca: duration is under cert-manager's minimum of 1h (got '30m'); give the CA a longer life, such as "
         "'87600h' (ten years)"),
    Case("ca-renew-before-under-5m", lambda c: SelfSignedCa(c, "ca", renew_before="90s"),
         "c/ca: renew_before is under cert-manager's minimum of 5m (got '90s'); renew earlier, such as '720h' "
         "(thirty days)"),
    Case("ca-renew-before-not-shorter", lambda c: SelfSignedCa(c, "ca", duration="720h", renew_before="1000h"),
         "c/ca: renew_before is not shorter than the duration (got '1000h'); renew before the certificate expires: "
         "less than 720h (cert-manager would renew it forever)"),
    Case("ca-renew-before-default-duration", lambda c: SelfSignedCa(c, "ca", duration=None, renew_before="2200h"),
         "c/ca: renew_before is not shorter than the duration (got '2200h'); renew before the certificate expires: "
         "less than 2160h (cert-manager would renew it forever)"),
    Case("ca-empty-common-name", lambda c: SelfSignedCa(c, "ca", common_name=" "),
         "c/ca: common name is empty (got ' '); name the CA, for example 'Homelab CA'"),
    Case("ca-issuer-name-clash",
         lambda c: SelfSignedCa(c, "ca", issuer_name="selfsigned-issuer"),
         "c/ca: the CA issuer and the bootstrap issuer have the same name (got 'selfsigned-issuer'); "
         "give them different names"),

    # ---- NamespaceIsolation (network/policies.py)
    Case("isolation-app-in-other-namespace",
         lambda c: NamespaceIsolation(c, "iso", namespace="downloads", apps=[app(c)]),
         "c/iso: app sonarr lives in another namespace (got 'media'); pass only apps of namespace downloads; "
         "isolate media separately"),
    Case("isolation-unknown-entity",
         lambda c: isolation(c, egress=[EgressGrant("media", "sonarr", (ToEntity("wrld"),))]),
         "c/iso: Cilium entity is unknown (got 'wrld'); did you mean world? use one of: all, world, cluster, "
         'host, init, ingress, unmanaged, remote-node, health, none, kube-apiserver'),
    Case("isolation-fqdn-without-ports",
         lambda c: isolation(c, egress=[EgressGrant("media", "sonarr", (ToFqdn(("grafana.com",), ports=()),))]),
         "c/iso: FQDN intent has no ports (got ()); name the ports, such as (443,)"),
    Case("isolation-bad-cidr",
         lambda c: isolation(c, egress=[EgressGrant("media", "sonarr", (ToCidr("192.168.10.5/24", (2049,)),))]),
         "c/iso: egress CIDR is not in network form (got '192.168.10.5/24'); write the network address with "
         'its prefix length; did you mean 192.168.10.0/24?'),
    Case("isolation-egress-port",
         lambda c: isolation(c, egress=[EgressGrant("media", "sonarr", (ToWorld((0,)),))]),
         'c/iso: egress port must be an integer in 1-65535 (got 0); use a valid TCP/UDP egress port'),
    # ToService: the HomelabApp itself, or its name and namespace
    Case("isolation-service-type",
         lambda c: isolation(c, egress=[EgressGrant("media", "sonarr", (ToService(8080, "downloads"),))]),
         "c/iso: egress service is not a HomelabApp or an app name (got 8080); pass the app, ToService(app), or its "
         "name and namespace, ToService('sonarr', 'media')"),
    Case("isolation-service-no-namespace",
         lambda c: (qbit(c), isolation(c, egress=[EgressGrant("media", "sonarr", (ToService("qbit"),))])),
         "c/iso: egress service names an app without its namespace (got 'qbit'); pass the app itself, ToService(app), "
         "or its namespace too: ToService('qbit', '<namespace>')"),
    Case("isolation-service-app-namespace",
         lambda c: isolation(c, egress=[EgressGrant("media", "sonarr", (ToService(qbit(c), "media"),))]),
         "c/iso: egress service's namespace is not its app's, downloads (got 'media'); pass the app alone, "
         "ToService(app): it brings its namespace"),
    Case("isolation-service-name-undeclared",
         lambda c: isolation(c, egress=[EgressGrant("media", "sonarr", (ToService("qbit", "downloads"),))]),
         "c/iso: egress names a service that is not declared (got 'downloads/qbit'); declare its HomelabApp before "
         "this policy, or check the name and namespace"),
    Case("isolation-no-intents", lambda c: isolation(c, egress=[EgressGrant("media", "sonarr", ())]),
         'c/iso: egress rule sonarr-egress has no intents (got []); pass intents such as ToWorld((443,)) or '
         "ToCidr('192.168.10.5/32', (2049,))"),

    # ---- VlanAttachment (network/vlan.py)
    Case("vlan-id-reserved", lambda c: vlan(c, vlan_id=4095),
         "c/v: VLAN id must be an integer in 1-4094 (got 4095); 0 is untagged/priority-tagged and 4095 is reserved; "
         "use your switch's VLAN id, or vlan_id=None for the untagged network"),
    Case("vlan-subnet-not-network", lambda c: vlan(c, subnet="192.168.20.5/24"),
         "c/v: subnet is not in network form (got '192.168.20.5/24'); write the network address with its prefix "
         "length; did you mean 192.168.20.0/24?"),
    Case("vlan-bad-master", lambda c: vlan(c, master="enp1s0:1"),
         "c/v: master interface is not a valid Linux interface name (got 'enp1s0:1'); use 1-15 letters, "
         "digits, '_', '.' or '-' (no '/', ':' or spaces), such as 'enp1s0' or 'eth0'"),
    Case("vlan-unknown-ipam", lambda c: vlan(c, ipam="dhcpd"),
         "c/v: IPAM mode is unknown (got 'dhcpd'); did you mean dhcp? use one of: static, dhcp, whereabouts"),
    Case("vlan-mtu", lambda c: vlan(c, mtu=20), "c/v: MTU must be an integer in 68-65535 (got 20); "
                                               "use the VLAN's MTU, such as 1500 or 9000"),
    Case("vlan-default-route", lambda c: vlan(c, gateway="192.168.20.1", routes=[VlanRoute("0.0.0.0/0")]),
         "c/v: route would move the pod's default route onto the VLAN (got '0.0.0.0/0'); route only the "
         'subnets the pod must reach through this VLAN (use sbr=True for replies)'),
    Case("vlan-gateway-outside-subnet", lambda c: vlan(c, gateway="192.168.30.1"),
         "c/v: gateway is not a usable address of the subnet 192.168.20.0/24 (got '192.168.30.1'); use an "
         'address in 192.168.20.0/24 (192.168.20.1-192.168.20.254)'),
    Case("vlan-range-without-whereabouts", lambda c: vlan(c, range_start="192.168.20.100", range_end="192.168.20.50"),
         'c/v: address ranges only apply to whereabouts IPAM (this attachment uses static) (got '
         "{'range_start': '192.168.20.100', 'range_end': '192.168.20.50', 'exclude': []}); drop them, or use "
         "ipam='whereabouts'"),

    # ---- EnvoyProfile (gateway/envoy.py)
    Case("envoy-tls-1.1", lambda c: envoy(c, client_policy=ClientPolicy(tls_min_version="1.1")),
         "c/envoy: minimum TLS version must be '1.2' or '1.3' (got '1.1'); "
         "TLS 1.0 and 1.1 are broken; use '1.2' (the default) or '1.3'"),
    Case("envoy-replicas-and-autoscaling", lambda c: envoy(c, proxy=ProxySettings(replicas=2), autoscaling=ProxyAutoscaling()),
         'c/envoy: replicas and autoscaling are both set (got 2); drop replicas: KEDA owns the proxy count '
         'between min_replicas and max_replicas'),
    Case("envoy-traffic-policy", lambda c: envoy(c, proxy=ProxySettings(external_traffic_policy="local")),
         "c/envoy: external traffic policy must be 'Local' or 'Cluster' (got 'local'); use 'Local' to keep "
         'client source IPs'),
    Case("envoy-drain-timeout", lambda c: envoy(c, proxy=ProxySettings(drain_timeout="3 minutes")),
         "c/envoy: drain timeout is not an Envoy Gateway duration (got '3 minutes'); write hours, minutes, "
         "seconds or milliseconds such as '180s', '1m30s' or '500ms'"),
    Case("envoy-alpn", lambda c: envoy(c, client_policy=ClientPolicy(alpn_protocols=("h3",))),
         "c/envoy: ALPN protocols must be a non-empty list of 'h2', 'http/1.1', 'http/1.0' (got ['h3']); use "
         "['h2', 'http/1.1']"),
    Case("envoy-compression-twice", lambda c: envoy(c, backend_policy=BackendPolicy(compression=("Gzip", "Gzip"))),
         "c/envoy: compression must list distinct algorithms of Zstd, Brotli, Gzip (got ['Gzip', 'Gzip']); use"
         " ['Zstd', 'Brotli', 'Gzip'] or a subset, in order of preference"),
    Case("envoy-retry-on", lambda c: envoy(c, backend_policy=BackendPolicy(retries=2, retry_on=("5xx", "sometimes"))),
         "c/envoy: retry triggers are unknown (got ['5xx', 'sometimes']); use Envoy retry triggers "
         'such as 5xx, cancelled, connect-failure, deadline-exceeded, gateway-error, internal, refused-stream,'
         ' reset, reset-before-request, resource-exhausted, retriable-4xx, retriable-status-codes, unavailable'),
    Case("envoy-memory-quantity", lambda c: envoy(c, proxy=ProxySettings(memory_limit="1GB")),
         "c/envoy: memory limit is not a Kubernetes quantity (got '1GB'); write a quantity such as '100m', "
         "'128Mi' or '1Gi'"),
    Case("envoy-empty-user-agent", lambda c: envoy(c, user_agent_blocking=UserAgentBlocking(agents=("GPTBot", ""))),
         "c/envoy: blocked user agent must be non-blank printable ASCII (got ''); write a User-Agent substring"
         " such as 'GPTBot' (an empty one would block every client)"),
    Case("envoy-autoscaling-max-below-min",
         lambda c: envoy(c, autoscaling=ProxyAutoscaling(min_replicas=3, max_replicas=2)),
         "c/envoy: maximum proxy replicas is below the minimum (got {'min_replicas': 3, 'max_replicas': 2}); "
         'set max_replicas to 3 or more'),
    Case("envoy-gateway-outside-namespace",
         lambda c: (p := envoy(c), gw(c, gateway_class=p, namespace="default")),
         "c/gw: gateway of the Envoy profile envoy is outside its namespace network (got 'default'); put the "
         'gateway in namespace network: Envoy Gateway policies only attach there'),
    # EnvoyProfile's sections: wrong type, wrong value, what the cluster refuses
    Case("envoy-proxy-type", lambda c: envoy(c, proxy={"replicas": 2}),
         "c/envoy: proxy is not a ProxySettings or None (got {'replicas': 2}); write ProxySettings(replicas=2), or "
         "None"),
    Case("envoy-proxy-replicas-zero", lambda c: envoy(c, proxy=ProxySettings(replicas=0)),
         "c/envoy: proxy replicas must be an integer of at least 1 (got 0); use a whole number >= 1"),
    Case("envoy-chart-values-type", lambda c: envoy(c, chart_values="mirror.gcr.io"),
         "c/envoy: chart_values is not an EnvoyChart or None (got 'mirror.gcr.io'); write "
         "EnvoyChart(image_registry='mirror.gcr.io'), or None"),
    Case("envoy-chart-values-registry", lambda c: envoy(c, chart_values=EnvoyChart(image_registry="mirror.gcr.io/")),
         "c/envoy: image registry is not a registry host (got 'mirror.gcr.io/'); write a host (and optional port and "
         "path) without a scheme, such as 'mirror.gcr.io'"),
    Case("envoy-chart-values-lua-off",  # Envoy Gateway v1.9 answers 500 on every route of a disabled Lua policy
         lambda c: envoy(c, chart_values=EnvoyChart(enable_lua=False), user_agent_blocking=UserAgentBlocking()),
         "c/envoy: user-agent blocking runs Lua, which Envoy Gateway v1.9.0 turns off without enable_lua (got False); "
         "drop enable_lua=False (the profile enables Lua for its filter), or user_agent_blocking"),
    Case("envoy-release-without-install", lambda c: envoy(c, install=False, release=ReleaseSettings(version="v1.7.3")),
         "c/envoy: release or chart_values are given with install=False (got {'release': ReleaseSettings("
         "version='v1.7.3'), 'chart_values': None}); drop them (no release is written), or set install=True"),
    Case("envoy-client-policy-type", lambda c: envoy(c, client_policy=ClientPolicy.recommended),
         "c/envoy: client_policy is not a ClientPolicy or None (got <bound method ClientPolicy.recommended of <class "
         "'homelab_constructs.gateway.envoy_policies.ClientPolicy'>>); write ClientPolicy(tls_min_version='1.2'), or "
         "None"),
    Case("envoy-client-policy-cidr", lambda c: envoy(c, client_policy=ClientPolicy(trusted_proxy_cidrs=("pods",))),
         "c/envoy: trusted proxy CIDR is not in network form (got 'pods'); write the network address with its prefix "
         "length"),
    Case("envoy-backend-policy-type", lambda c: envoy(c, backend_policy="retries"),
         "c/envoy: backend_policy is not a BackendPolicy or None (got 'retries'); write BackendPolicy(retries=2), or "
         "None"),
    Case("envoy-backend-retry-on-without-retries",
         lambda c: envoy(c, backend_policy=BackendPolicy(retries=0, retry_backoff=("1s", "10s"))),
         "c/envoy: retry triggers or back-off are set without retries (got {'retries': 0, 'retry_on': [], "
         "'retry_backoff': ('1s', '10s')}); set retries=2 (or another count), or drop retry_on and retry_backoff"),
    Case("envoy-policy-target-labels-value", lambda c: envoy(c, policy_targets={"envoy-policies": "lan side"}),
         "c/envoy: policy target labels['envoy-policies'] is not a label value (got 'lan side'); write up to 63 "
         "letters, digits, '-', '_' or '.', starting and ending with a letter or digit"),
    Case("envoy-monitoring-bool", lambda c: envoy(c, monitoring=True),
         "c/envoy: monitoring is not an EnvoyMonitoring or None (got True); write EnvoyMonitoring.recommended() or "
         "EnvoyMonitoring(...), or None for no monitors"),
    Case("envoy-blocking-content-type", lambda c: envoy(c, user_agent_blocking=UserAgentBlocking(content_type="html")),
         "c/envoy: blocked response content type is not a media type (got 'html'); write a media type such as "
         "'text/plain; charset=utf-8', or None for no content-type header"),
    Case("envoy-blocking-config-map-annotations",
         lambda c: envoy(c, user_agent_blocking=UserAgentBlocking(config_map_annotations=["disabled"])),
         "c/envoy: Lua ConfigMap annotations must be a mapping of key to string (got ['disabled']); write "
         "{'example.com/key': 'value'}"),

    # ---- routes and external services (gateway/routes.py, gateway/external_service.py)
    Case("tls-route-api-version",  # a version no Gateway API release serves
         lambda c: TlsRoute(c, "r", name="nas", namespace="default", parents=gw(c, tls_passthrough_port=8443),
                            hostnames=["nas.homelab.local"], backends=[BackendRef("nas", 443)], api_version="v1beta1"),
         "c/r: route API version is unknown (got 'v1beta1'); use one of: v1, v1alpha2"),
    Case("tcp-route-whole-gateway-without-tcp",
         lambda c: TcpRoute(c, "r", name="ssh", namespace="default", parents=gw(c), backends=[BackendRef("git", 22)]),
         "c/r: no listener of gateway homelab-gateway admits a TCPRoute from namespace default (got 'https (HTTPS "
         "443, routes from All), http (HTTP 80, routes from Same)'); add a listener of protocol TCP or TLS that "
         "admits the route, or attach to another gateway"),
    Case("app-route-labels-type",
         lambda c: AppRoute(c, "r", name="sonarr", namespace="media", gateway=gw(c), port=8989, labels=["sonarr"]),
         "c/r: labels is not a mapping (got ['sonarr']); write a dict such as {'app.kubernetes.io/name': 'sonarr'}"),
    Case("app-route-hostname-empty",
         lambda c: AppRoute(c, "r", name="sonarr", namespace="media", gateway=gw(c), port=8989, hostname=""),
         "c/r: hostname is empty (got ''); write the app's hostname, such as 'sonarr.homelab.local', or leave it out "
         "for <name>.<domain>"),
    Case("external-port-target-range", lambda c: external(c, ports={"https": ExternalPort(443, target_port=70000)}),
         "ExternalPort.target_port: target_port must be an integer in 1-65535 (got 70000); use a valid TCP/UDP "
         "target_port"),
    Case("external-port-type", lambda c: external(c, ports={"https": (443, 9090)}),
         "c/e: ports['https'] must be an integer in 1-65535 (got (443, 9090)); use a valid TCP/UDP ports['https']"),
    Case("external-endpoint-families", lambda c: external(c, addresses=[("10.10.30.10", "fd00::10")]),
         "c/e: addresses[0] is not 1-100 addresses of one family (got ['10.10.30.10', 'fd00::10']); list one "
         "endpoint's IPv4 (or IPv6) addresses, such as ('10.10.30.10', '192.168.1.10')"),
    Case("external-headless-type", lambda c: external(c, headless="None"),
         "c/e: headless must be True or False (got 'None'); write True for clusterIP: None, or False"),
    Case("security-policy-app-without-route",
         lambda c: SecurityPolicy(c, "p", target=app(c), oidc=OidcAuth(
             issuer="https://auth.homelab.local/o", client_id="sonarr", client_secret="sonarr-oidc")),
         "c/p: security policy target app has no route (got <HomelabApp c/a>); give the app a gateway "
         "(HomelabApp(gateway=...)), or target a route or gateway"),

    # ---- DNS (dns/)
    Case("dns-endpoint-no-records",
         lambda c: DnsEndpoint(c, "e", name="e", namespace="network", records=[]),
         "c/e: endpoint has no records (got []); pass at least one DnsRecord"),
    Case("dns-record-bad-type",
         lambda c: DnsEndpoint(c, "e", name="e", namespace="network",
                               records=[DnsRecord("nas.example.com", type="MX", targets=("mail.example.com",))]),
         "c/e: record type is not supported (got 'MX'); use one of: A, AAAA, CNAME, TXT"),
    Case("dns-a-record-hostname",
         lambda c: DnsEndpoint(c, "e", name="e", namespace="network",
                               records=[DnsRecord("nas.example.com", type="A", targets=("nas.lan",))]),
         "c/e: A record target is not an IPv4 address (got 'nas.lan'); use an IPv4 address, or a CNAME for a "
         'hostname'),
    Case("dns-public-private-address",
         lambda c: (DnsEndpoint(c, "e", name="e", namespace="network",
                                records=[DnsRecord("nas.example.com", type="A", targets=("192.168.10.5",))]),
                    ExternalDns(c, "x", gateway=tunnel_gateway(c), provider=CloudflareProvider())),
         "c/e: public record nas.example.com points at a private address (got ['192.168.10.5']); publish "
         "private addresses with visibility='internal'; or, to keep it, waive the recommendation with a reason: "
         "waive(scope, 'public-dns-private-address', construct='c/e', reason='<why>')", whole_app=True),
    Case("dns-targets-as-string",
         lambda c: DnsEndpoint(c, "e", name="e", namespace="network",
                               records=[DnsRecord("nas.example.com", type="A", targets="203.0.113.5")]),
         "c/e: record nas.example.com needs a tuple of targets (got '203.0.113.5'); pass targets=('value',), "
         'even for a single value'),
    Case("dns-ttl", lambda c: DnsEndpoint(c, "e", name="e", namespace="network",
                                          records=[DnsRecord("nas.example.com", type="A", targets=("203.0.113.5",), ttl=0)]),
         'c/e: TTL must be an integer in 1-86400 seconds (got 0); use a TTL such as 300'),
    Case("externaldns-public-lb-address",
         lambda c: (pool(c), ExternalDns(c, "x", gateway=gw(c, load_balancer_ip="192.168.10.200"),
                                         provider=CloudflareProvider())),
         "c/x: public ExternalDNS would publish the gateway homelab-gateway's LoadBalancer address (got "
         "'192.168.10.200'); set visibility='internal' to publish this LAN address (visibility='public' publishes "
         "it as it is), or annotate the gateway with dns_target_annotations('external.<domain>') and point "
         "that name at a tunnel (CloudflareTunnel); or, to keep it, waive the recommendation with a reason: "
         "waive(scope, 'public-dns-private-address', construct='c/x', reason='<why>')", whole_app=True),
    Case("externaldns-policy",
         lambda c: ExternalDns(c, "x", gateway=tunnel_gateway(c), provider=CloudflareProvider(), sync=DnsSync(policy="create")),
         "DnsSync.policy: policy is unknown (got 'create'); did you mean create-only? use one of: sync, "
         "upsert-only, create-only"),
    Case("tunnel-id-not-uuid",
         lambda c: CloudflareTunnel(c, "t", gateway=tunnel_gateway(c), tunnel_id="my-tunnel"),
         "c/t: tunnel id is not a UUID (got 'my-tunnel'); copy the tunnel's id from 'cloudflared tunnel list' "
         "or the Zero Trust dashboard, or write a Flux variable such as '${CLOUDFLARE_TUNNEL_ID}'"),
    Case("tunnel-gateway-not-pointed",
         lambda c: CloudflareTunnel(c, "t", gateway=gw(c), tunnel_id=TUNNEL_ID),
         'c/t: gateway homelab-gateway does not point its DNS records at the tunnel (got None); build the '
         "gateway with annotations=dns_target_annotations('external.homelab.local')"),
    Case("tunnel-replicas", lambda c: CloudflareTunnel(c, "t", gateway=tunnel_gateway(c), tunnel_id=TUNNEL_ID,
                                                      pods=TunnelPods(replicas=0)),
         "TunnelPods.replicas: replicas must be a positive integer (got 0); use 2 for a highly available tunnel"),
    Case("coredns-no-upstream", lambda c: CoreDnsRelease(c, "dns", upstreams=[]),
         "c/dns: CoreDNS has no upstream (got []); forward to '/etc/resolv.conf' or DNS server addresses"),
    Case("coredns-upstream-not-ip", lambda c: CoreDnsRelease(c, "dns", upstreams=["dns.google"]),
         "c/dns: upstream DNS server is not an IP address (got 'dns.google'); write a single address such as "
         '192.168.10.200'),
    Case("coredns-cache", lambda c: CoreDnsRelease(c, "dns", cache_seconds=7200),
         'c/dns: cache TTL must be an integer in 0-3600 seconds (got 7200); use 30'),

    # ---- Cilium release, cert-manager, Flux helpers (platform/), BGP (network/bgp.py)
    Case("cilium-released-twice", lambda c: (CiliumRelease(c, "c1"), CiliumRelease(c, "c2", name="cilium-2")),
         "c/c2: Cilium is released twice in the app (got 'cilium-2'); c/c1 already installs it; keep one CiliumRelease"),
    Case("cilium-values-not-typed", lambda c: CiliumRelease(c, "cilium", values={"routingMode": "native"}),
         "c/cilium: values are not CiliumValues (got {'routingMode': 'native'}); build them with CiliumValues(...) or a "
         "profile such as CiliumValues.performance_profile(...)"),
    Case("cilium-chart-version", lambda c: CiliumRelease(c, "cilium", chart_version="1.18/4"),
         "c/cilium: chart version is not an OCI tag (got '1.18/4'); pin the chart's exact version, such as '1.18.4' "
         "or 'v1.21.1'"),
    Case("cilium-dsr-needs-native", lambda c: CiliumRelease(c, "cilium", values=CiliumValues(
        load_balancing=LoadBalancing(mode="dsr"), kube_proxy_replacement=True, k8s_service_host="127.0.0.1",
        k8s_service_port=6443)),
         "c/cilium: load-balancer mode dsr needs native routing (got 'tunnel'); set routing_mode='native' with "
         "ipv4_native_routing_cidr (DSR's IP option does not cross a tunnel), or use mode 'snat'"),
    Case("hubble-route-ui-off",
         lambda c: CiliumRelease(c, "cilium", values=CiliumValues(hubble=Hubble(ui=False)), gateway=gw(c)),
         "c/cilium: a Hubble UI route is asked for, but the Hubble UI is off (got False); set hubble=Hubble(ui=True) "
         "(with the relay), or drop gateway"),
    Case("hubble-route-hubble-off", lambda c: CiliumRelease(c, "cilium", values=CiliumValues(hubble=None),
                                                            gateway=gw(c)),
         "c/cilium: a Hubble UI route is asked for, but the Hubble UI is off (got None); set hubble=Hubble(ui=True) "
         "(with the relay), or drop gateway"),
    Case("hubble-hostname-without-gateway",
         lambda c: CiliumRelease(c, "cilium", hubble_hostname="hubble.homelab.local"),
         "c/cilium: Hubble hostname given without a gateway (got 'hubble.homelab.local'); pass gateway=<the "
         "HomelabGateway that serves it>"),
    Case("cilium-dashboard-twice", lambda c: CiliumRelease(c, "cilium", dashboards=[
        GrafanaComDashboard("cilium", 16611, 1), GrafanaComDashboard("cilium", 16612, 1)]),
         "c/cilium: dashboard name is used twice (got 'cilium'); give each dashboard its own name"),
    Case("cilium-dashboard-revision",
         lambda c: CiliumRelease(c, "cilium", dashboards=[GrafanaComDashboard("cilium", 16611, 0)]),
         "c/cilium: dashboard revision must be a positive integer (got 0); copy it from the dashboard's grafana.com "
         "page and pin the revision"),
    Case("cilium-gateway-needs-controller", lambda c: (CiliumRelease(c, "cilium"), gw(c)),
         "c/gw: gateway uses GatewayClass cilium, but the Cilium release c/cilium runs no Gateway API controller "
         "(got False); set gateway_api=True in its CiliumValues (needs kube-proxy replacement), or give the gateway "
         "another class such as an EnvoyProfile", whole_app=True),
    Case("bgp-needs-control-plane", lambda c: (bgp(c), CiliumRelease(c, "cilium")),
         "c/bgp: BGP peering needs Cilium's BGP control plane, which the Cilium release c/cilium leaves off (got "
         "False); set bgp_control_plane=True in its CiliumValues (the performance profile does)", whole_app=True),
    Case("bgp-asn-zero", lambda c: bgp(c, local_asn=0),
         f"c/bgp: local ASN must be an integer in 1-4294967295 (got 0); {PRIVATE_ASN_FIX}"),
    Case("bgp-as-trans", lambda c: bgp(c, local_asn=23456),
         f"c/bgp: local ASN is AS_TRANS, reserved for 4-byte ASN transition (RFC 6793) (got 23456); {PRIVATE_ASN_FIX}"),
    Case("bgp-peer-asn-too-big", lambda c: bgp(c, peers=[BgpPeer("router", "10.10.30.1", 4294967296)]),
         f"c/bgp: peer router's ASN must be an integer in 1-4294967295 (got 4294967296); {PRIVATE_ASN_FIX}"),
    Case("bgp-peer-address", lambda c: bgp(c, peers=[BgpPeer("router", "router.lan", 64513)]),
         "c/bgp: peer router's address is not an IP address (got 'router.lan'); write a single address such as "
         "10.10.30.1"),
    Case("bgp-peer-name", lambda c: bgp(c, peers=[BgpPeer("Router", "10.10.30.1", 64513)]),
         f"c/bgp: peer name is not a DNS label (got 'Router'); {DNS_LABEL_FIX}"),
    Case("bgp-peer-twice", lambda c: bgp(c, peers=[ROUTER, BgpPeer("router", "10.10.30.2", 64513)]),
         "c/bgp: peer name is used twice (got 'router'); give each peer its own name"),
    Case("bgp-peer-address-twice", lambda c: bgp(c, peers=[ROUTER, BgpPeer("backup", "10.10.30.1", 64515)]),
         "c/bgp: peer backup has the address of peer router (got '10.10.30.1'); list each router once"),
    Case("bgp-no-peers", lambda c: bgp(c, peers=[]),
         "c/bgp: BGP peering has no peer (got []); pass peers=[BgpPeer(name='router', address='10.10.30.1', "
         "asn=64513)]"),
    Case("bgp-advertises-nothing", lambda c: bgp(c, advertise_load_balancer_ips=False),
         "c/bgp: BGP peering advertises nothing (got {'advertise_load_balancer_ips': False, 'advertise_pod_cidr': "
         "False}); advertise LoadBalancer IPs, pod CIDRs or both"),
    Case("bgp-service-selector-unused", lambda c: bgp(c, advertise_load_balancer_ips=False, advertise_pod_cidr=True,
                                                      service_selector={"bgp": "on"}),
         "c/bgp: service selector given but LoadBalancer IPs are not advertised (got {'bgp': 'on'}); set "
         "advertise_load_balancer_ips=True, or drop service_selector"),
    Case("bgp-node-selector-value", lambda c: bgp(c, node_selector={"bgp": "yes please"}),
         "c/bgp: node selector value of bgp is not a label value (got 'yes please'); write up to 63 letters, "
         "digits, '-', '_' or '.', starting and ending with a letter or digit"),
    Case("bgp-node-selector-key", lambda c: bgp(c, node_selector={"-bgp": "on"}),
         "c/bgp: node selector key is not a label name (got '-bgp'); write a key such as 'bgp' or "
         "'example.com/bgp'"),
    Case("bgp-families", lambda c: bgp(c, families=["ipv4", "ipv4"]),
         "c/bgp: address families must be distinct values of ipv4, ipv6 (got ['ipv4', 'ipv4']); use ['ipv4'], "
         "['ipv6'] or ['ipv4', 'ipv6']"),
    Case("cert-manager-replicas", lambda c: CertManagerRelease(c, "cm", replicas=0),
         "c/cm: replicas must be a positive integer (got 0); use 1 (or 2 for a standby controller)"),
    Case("cert-manager-chart-version", lambda c: CertManagerRelease(c, "cm", chart_version=""),
         "c/cm: chart version is not an OCI tag (got ''); pin the chart's exact version, such as '1.18.4' or "
         "'v1.21.1'"),
    Case("flux-two-sources", lambda c: flux_release(c, oci_repository="x", chart="x"),
         "c: release needs exactly one chart source (got {'oci_repository': 'x', 'chart': 'x', 'version': None, "
         "'helm_repository': None}); pass oci_repository=<OCIRepository name>, or chart, version and helm_repository "
         "together"),
    Case("flux-incomplete-source", lambda c: flux_release(c, chart="x"),
         "c: release needs exactly one chart source (got {'oci_repository': None, 'chart': 'x', 'version': None, "
         "'helm_repository': None}); pass oci_repository=<OCIRepository name>, or chart, version and helm_repository "
         "together"),
    Case("flux-crd-policy", lambda c: flux_release(c, oci_repository="x", crds="Replace"),
         "c: CRD policy is unknown (got 'Replace'); did you mean CreateReplace? use one of: Skip, Create, "
         "CreateReplace"),
    Case("flux-interval", lambda c: flux_release(c, oci_repository="x", interval="1 hour"),
         "c: interval is not a Go duration (got '1 hour'); write hours, minutes, seconds or milliseconds such as "
         "'1h', '30m' or '12h'"),
    Case("flux-oci-url", lambda c: oci_repository(c, name="x", namespace="flux-system",
                                                  url="https://quay.io/cilium/charts/cilium", tag="1.18.4"),
         "c: chart address is not an oci:// URL (got 'https://quay.io/cilium/charts/cilium'); write the chart's OCI "
         "address, such as 'oci://quay.io/cilium/charts/cilium'"),
    Case("flux-repository-url-conflict", lambda c: [
        helm_repository(c, name="charts", namespace="flux-system", url=url)
        for url in ("https://a.example.com", "https://b.example.com")],
         "c: HelmRepository flux-system/charts already exists with another URL (got 'https://b.example.com'); it "
         "points at https://a.example.com; give this repository its own name"),
    Case("flux-repository-url", lambda c: helm_repository(c, name="charts", namespace="flux-system",
                                                          url="oci://ghcr.io/charts"),
         "c: chart repository is not an http(s) URL (got 'oci://ghcr.io/charts'); write the repository's URL, such "
         "as 'https://coredns.github.io/helm'"),

    # ---- the manifest rules synth() runs on what the app wrote (validation/crossobject.py)
    Case("object-written-twice",
         lambda c: [cdk8s.ApiObject(chart, "Settings", api_version="v1", kind="ConfigMap",
                                    metadata={"name": "settings", "namespace": "media"})
                    for chart in (c, cdk8s.Chart(c.node.root, "extra"))],
         "extra/Settings: metadata.name: the same object is written twice, in c.k8s.yaml and extra.k8s.yaml (got "
         "'ConfigMap media/settings'); give one of them another name, or write it once", manifests=True),
    Case("pool-overlaps-cluster-cidr",
         lambda c: (set_cluster_cidrs(c, ClusterCidrs(nodes=("192.168.10.0/24",), services=("10.43.0.0/16",))),
                    pool(c)),
         "c/p/Resource: spec.blocks: pool overlaps the cluster's node CIDR 192.168.10.0/24 (got "
         "['192.168.10.200-192.168.10.250']); move the pool outside 192.168.10.0/24, or, if 192.168.10.0/24 is the "
         "nodes' LAN rather than their own addresses, give the nodes' addresses only (each node IP as /32, or a block "
         "reserved for them): with L2 announcements the pool belongs on that LAN", manifests=True),
    Case("cluster-cidrs-not-typed", lambda c: set_cluster_cidrs(c, ("10.42.0.0/16",)),
         "c: cluster CIDRs are not a ClusterCidrs (got ('10.42.0.0/16',)); pass ClusterCidrs(nodes=(...), "
         "pods=(...), services=(...)) with CIDRs such as '10.42.0.0/16'"),
    Case("cluster-cidrs-string", lambda c: set_cluster_cidrs(c, ClusterCidrs(pods="10.42.0.0/16")),
         "c: cluster pods CIDRs are not a tuple of networks (got '10.42.0.0/16'); write a tuple such as "
         "('10.42.0.0/16',)"),
    Case("cluster-cidr-not-network", lambda c: set_cluster_cidrs(c, ClusterCidrs(services=("10.43.0.0/33",))),
         "c: cluster CIDR is not a network (got '10.43.0.0/33'); write a CIDR such as '10.42.0.0/16'"),

    # ---- the shared value checks (_validation.py), through the constructs that use them: wrong type, wrong value
    Case("go-duration-type", lambda c: SelfSignedCa(c, "ca", duration=87600),
         "c/ca: duration is not a Go duration (got 87600); write hours, minutes, seconds or milliseconds such as "
         "'87600h'"),
    Case("go-duration-days", lambda c: flux_release(c, oci_repository="x", interval="1d"),
         "c: interval is not a Go duration (got '1d'); write hours, minutes, seconds or milliseconds such as '1h', "
         "'30m' or '12h'"),
    Case("gateway-duration-type", lambda c: envoy(c, backend_policy=BackendPolicy(idle_timeout=3600)),
         "c/envoy: idle timeout is not an Envoy Gateway duration (got 3600); write hours, minutes, seconds or "
         "milliseconds such as '180s', '1m30s' or '500ms'"),
    Case("gateway-duration-fraction", lambda c: envoy(c, backend_policy=BackendPolicy(connect_timeout="1.5s")),
         "c/envoy: connect timeout is not an Envoy Gateway duration (got '1.5s'); write hours, minutes, seconds or "
         "milliseconds such as '180s', '1m30s' or '500ms'"),
    Case("quantity-type", lambda c: envoy(c, proxy=ProxySettings(cpu_request=0.1)),
         "c/envoy: CPU request is not a Kubernetes quantity (got 0.1); write a quantity such as '100m', '128Mi' or "
         "'1Gi'"),
    Case("quantity-negative", lambda c: envoy(c, proxy=ProxySettings(memory_request="-128Mi")),
         "c/envoy: memory request is negative (got '-128Mi'); write a quantity such as '100m', '128Mi' or '1Gi'"),
    Case("choice-type", lambda c: envoy(c, client_policy=ClientPolicy(http2_invalid_message=2)),
         "c/envoy: HTTP/2 invalid-message action is unknown (got 2); use one of: TerminateStream, "
         "TerminateConnection"),
    Case("choice-did-you-mean", lambda c: envoy(c, client_policy=ClientPolicy(http2_invalid_message="TerminateStreams")),
         "c/envoy: HTTP/2 invalid-message action is unknown (got 'TerminateStreams'); did you mean TerminateStream? "
         "use one of: TerminateStream, TerminateConnection"),
    Case("count-bool", lambda c: envoy(c, backend_policy=BackendPolicy(retries=True)),
         "c/envoy: retries must be an integer of at least 0 (got True); use a whole number >= 0"),
    Case("label-selector-type", lambda c: bgp(c, node_selector=["bgp=on"]),
         "c/bgp: node selector must be a non-empty mapping of label to value (got ['bgp=on']); select by labels such "
         "as {'kubernetes.io/os': 'linux'}, or pass None for all"),
    Case("label-key-type", lambda c: bgp(c, node_selector={1: "on"}),
         "c/bgp: node selector key is not a label name (got 1); write a key such as 'bgp' or 'example.com/bgp'"),
    Case("label-key-prefix", lambda c: bgp(c, node_selector={"Example.com/bgp": "on"}),
         "c/bgp: node selector key is not a label name (got 'Example.com/bgp'); write a key such as 'bgp' or "
         "'example.com/bgp'"),
    Case("label-value-type", lambda c: bgp(c, service_selector={"bgp": True}),
         "c/bgp: service selector value of bgp is not a label value (got True); write up to 63 letters, digits, "
         "'-', '_' or '.', starting and ending with a letter or digit"),
    Case("network-type",
         lambda c: isolation(c, egress=[EgressGrant("media", "sonarr", (ToCidr(3232238080, (2049,)),))]),
         "c/iso: egress CIDR is not in network form (got 3232238080); write the network address with its prefix "
         "length"),
    Case("ip-type", lambda c: app(c, load_balancer_ip=3232238280),
         "c/a: pinned IP is not an IP address (got 3232238280); write a single address such as 192.168.10.200"),
    Case("isolation-protocol-case",
         lambda c: isolation(c, egress=[EgressGrant("media", "sonarr", (ToWorld((443,), protocol="tcp"),))]),
         "c/iso: protocol is unknown (got 'tcp'); use one of: TCP, UDP, SCTP, ANY"),
    Case("dns-endpoint-visibility",
         lambda c: DnsEndpoint(c, "e", name="e", namespace="network", visibility="private",
                               records=[DnsRecord("nas.example.com", type="A", targets=("203.0.113.5",))]),
         "c/e: visibility is unknown (got 'private'); use one of: public, internal"),
    Case("secret-refresh-interval",
         lambda c: SyncedSecret(c, "s", name="vpn", namespace="downloads", store="vault", remote_key="homelab/vpn",
                                keys={"OPENVPN_USER": "username"}, refresh_interval="1d"),
         "c/s: refresh interval is not a Go duration (got '1d'); write hours, minutes, seconds or milliseconds such as "
         "'1h' or '15m'"),
    # SyncedSecret(store=...): the VaultSecretStore, or a ClusterSecretStore's name
    Case("secret-store-type", lambda c: secret(c, store=["vault"]),
         "c/s: secret store is not a VaultSecretStore, a SecretStoreRef or a ClusterSecretStore name (got ['vault']); "
         f"{STORE_FIX}"),
    Case("secret-store-missing", lambda c: secret(c, store=""),
         f"c/s: secret has no secret store (got ''); {STORE_FIX}"),
    Case("secret-store-name-value", lambda c: secret(c, store="Vault"),
         f"c/s: secret store name is not a DNS label (got 'Vault'); {DNS_LABEL_FIX}"),
    Case("cilium-api-host-type", lambda c: CiliumRelease(c, "cilium", values=CiliumValues(
        kube_proxy_replacement=True, k8s_service_host=2130706433, k8s_service_port=6443)),
         "c/cilium: API server host is not an IP address or DNS name (got 2130706433); write the address kubelets use "
         "for the API server, such as '127.0.0.1' or 'k8s.homelab.local'"),
    Case("ca-common-name-type", lambda c: SelfSignedCa(c, "ca", common_name=None),
         "c/ca: common name is empty (got None); name the CA, for example 'Homelab CA'"),
]

#: the shared checks called directly: each with a value of the wrong type and a wrong value
SHARED_CHECKS = [
    ("go-duration-type", lambda c: check_go_duration(c, ["1h"], "interval"),
     "c: interval is not a Go duration (got ['1h']); write hours, minutes, seconds or milliseconds such as '1h', "
     "'30m' or '1h30m'"),
    ("go-duration-unit", lambda c: check_go_duration(c, "1w", "interval"),
     "c: interval is not a Go duration (got '1w'); write hours, minutes, seconds or milliseconds such as '1h', "
     "'30m' or '1h30m'"),
    ("gateway-duration-type", lambda c: check_gateway_duration(c, None, "timeout"),
     "c: timeout is not an Envoy Gateway duration (got None); write hours, minutes, seconds or milliseconds such as "
     "'180s', '1m30s' or '500ms'"),
    ("gateway-duration-digits", lambda c: check_gateway_duration(c, "100000s", "timeout"),
     "c: timeout is not an Envoy Gateway duration (got '100000s'); write hours, minutes, seconds or milliseconds "
     "such as '180s', '1m30s' or '500ms'"),
    ("quantity-type", lambda c: check_quantity(c, 128, "memory limit"),
     "c: memory limit is not a Kubernetes quantity (got 128); write a quantity such as '100m', '128Mi' or '1Gi'"),
    ("quantity-bytes", lambda c: check_quantity(c, "1 Gi", "memory limit"),
     "c: memory limit is not a Kubernetes quantity (got '1 Gi'); write a quantity such as '100m', '128Mi' or '1Gi'"),
    ("dns-subdomain-type", lambda c: check_dns_subdomain(c, 7, "claim name"),
     "c: claim name is not a DNS subdomain name (got 7); use at most 253 lowercase letters, digits, '-' or '.', "
     "each dot-separated part starting and ending with a letter or digit"),
    ("dns-subdomain-dots", lambda c: check_dns_subdomain(c, "media..data", "claim name"),
     "c: claim name is not a DNS subdomain name (got 'media..data'); use at most 253 lowercase letters, digits, '-' "
     "or '.', each dot-separated part starting and ending with a letter or digit"),
    ("label-key-type", lambda c: check_label_key(c, None),
     "c: label key is not a label name (got None); write a key such as 'app' or 'example.com/app'"),
    ("label-key-two-slashes", lambda c: check_label_key(c, "a.io/b/c"),
     "c: label key is not a label name (got 'a.io/b/c'); write a key such as 'app' or 'example.com/app'"),
    ("label-value-type", lambda c: check_label_value(c, 1),
     "c: label value is not a label value (got 1); write up to 63 letters, digits, '-', '_' or '.', starting and "
     "ending with a letter or digit"),
    ("label-value-too-long", lambda c: check_label_value(c, "v" * 64),
     f"c: label value is not a label value (got '{'v' * 64}'); write up to 63 letters, digits, '-', '_' or '.', "
     "starting and ending with a letter or digit"),
    ("labels-empty", lambda c: check_labels(c, {}, "selector", "select by labels such as {'app': 'x'}"),
     "c: selector must be a non-empty mapping of label to value (got {}); select by labels such as {'app': 'x'}"),
    ("choice-type", lambda c: check_choice(c, 3, ("tcp", "udp"), "protocol"),
     "c: protocol is unknown (got 3); use one of: tcp, udp"),
    ("choice-case", lambda c: check_choice(c, "TCP", ("tcp", "udp"), "protocol"),
     "c: protocol is unknown (got 'TCP'); use one of: tcp, udp"),
    ("choice-hint", lambda c: check_choice(c, "udpp", ("tcp", "udp"), "protocol"),
     "c: protocol is unknown (got 'udpp'); did you mean udp? use one of: tcp, udp"),
    ("count-type", lambda c: check_count(c, "2", "replicas", 1),
     "c: replicas must be an integer of at least 1 (got '2'); use a whole number >= 1"),
    ("count-low", lambda c: check_count(c, 0, "replicas", 1),
     "c: replicas must be an integer of at least 1 (got 0); use a whole number >= 1"),
    ("network-type", lambda c: check_network(c, None, "CIDR"),
     "c: CIDR is not in network form (got None); write the network address with its prefix length"),
    ("network-example", lambda c: check_network(c, "lan", "CIDR", example="192.168.20.0/24"),
     "c: CIDR is not in network form (got 'lan'); write the network address with its prefix length, such as "
     "192.168.20.0/24"),
    ("ip-type", lambda c: check_ip(c, 167772161, "peer address"),
     "c: peer address is not an IP address (got 167772161); write a single address such as 192.168.10.200"),
    ("ip-value", lambda c: check_ip(c, "10.0.0.256", "peer address", "10.0.0.1"),
     "c: peer address is not an IP address (got '10.0.0.256'); write a single address such as 10.0.0.1"),
]


@pytest.mark.parametrize("check,expected", [pytest.param(f, m, id=i) for i, f, m in SHARED_CHECKS])
def test_shared_checks(check, expected):
    with pytest.raises(ValueError) as caught:
        check(cdk8s.Chart(cdk8s.Testing.app(), "c"))
    assert type(caught.value) is ValueError
    assert str(caught.value) == expected


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case):
    error_type = HomelabValidationError if case.whole_app or case.manifests else ValueError
    with pytest.raises(error_type) as caught:
        build(case)
    assert not isinstance(caught.value, jsii.errors.JSIIError)
    assert str(caught.value) == case.message


def test_whole_app_checks_run_on_every_synth():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    SyncedSecret(chart, "s", name="vpn", namespace="downloads", store="vault", remote_key="homelab/vpn",
                 keys={"OPENVPN_USER": "username"})
    with pytest.raises(Exception, match=re.escape("c/s: secret store does not exist in the app (got 'vault')")):
        cdk8s.Testing.synth(chart)


def test_manifest_rules_report_construct_paths_and_remove_what_synth_wrote():
    """synth() names the construct that wrote each object; validate names the file; a failed
    synth leaves no manifests behind."""
    from homelab_constructs.validation import cross_object_problems, load_dir

    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    pool(chart)
    app(chart, name="jellyfin", port=8096, load_balancer_ip="10.0.0.1")
    with pytest.raises(HomelabValidationError) as caught:
        synth(chart.node.root)
    assert str(caught.value) == (
        "c/a/Service: metadata.annotations[lbipam.cilium.io/ips]: pinned IP is outside every LoadBalancer pool (got "
        "'10.0.0.1'); pick an address inside exactly one pool: homelab-pool (192.168.10.200-192.168.10.250)")
    outdir = chart.node.root.outdir
    assert load_dir(outdir) == []  # removed again
    objects = [("c.k8s.yaml", o) for o in cdk8s.Testing.synth(chart)]
    assert [str(p) for p in cross_object_problems(objects)] == [
        "c.k8s.yaml: Service media/jellyfin: metadata.annotations[lbipam.cilium.io/ips]: pinned IP is outside every "
        "LoadBalancer pool (got '10.0.0.1'); pick an address inside exactly one pool: homelab-pool "
        "(192.168.10.200-192.168.10.250)"]


def test_the_same_object_from_two_charts_names_both_constructs_by_file():
    """Two ApiObjects with one identity: each problem names the one its file came from."""
    app_ = cdk8s.Testing.app()
    for chart in ("a", "b", "c"):
        cdk8s.ApiObject(cdk8s.Chart(app_, chart), "Settings", api_version="v1", kind="ConfigMap",
                        metadata={"name": "settings", "namespace": "media"})
    with pytest.raises(HomelabValidationError) as caught:
        synth(app_)
    assert str(caught.value).splitlines() == [
        "b/Settings: metadata.name: the same object is written twice, in a.k8s.yaml and b.k8s.yaml (got "
        "'ConfigMap media/settings'); give one of them another name, or write it once",
        "c/Settings: metadata.name: the same object is written twice, in a.k8s.yaml and c.k8s.yaml (got "
        "'ConfigMap media/settings'); give one of them another name, or write it once"]


def test_homelab_spec_errors_name_the_spec():
    spec = HomelabSpec(apps=(HomelabApp.props(name="sonarr", port=8989, namespace="media"),),
                       isolation=IsolationSpec(opt_out={"media": " "}))
    with pytest.raises(ValueError) as caught:
        Homelab(cdk8s.Testing.app(), "Homelab", spec)
    assert str(caught.value) == (
        "HomelabSpec.isolation: opt_out of media gives no reason (got ' '); say why the namespace stays open; "
        "the synth summary and waivers.txt list the reason")


def test_pool_overlapping_cluster_cidrs():
    spec = HomelabSpec(pools=(LoadBalancerPool.props(name="homelab-pool", ranges=(("192.168.10.200", "192.168.10.250"),)),),
                       cluster_cidrs=ClusterCidrs(nodes=("192.168.10.0/24",), services=("10.43.0.0/16",)))
    app_ = cdk8s.Testing.app()
    Homelab(app_, "Homelab", spec)
    with pytest.raises(HomelabValidationError) as caught:
        synth(app_)
    assert str(caught.value) == (
        "cilium/homelab-pool/Resource: spec.blocks: pool overlaps the cluster's node CIDR 192.168.10.0/24 (got "
        "['192.168.10.200-192.168.10.250']); move the pool outside 192.168.10.0/24, or, if 192.168.10.0/24 is the "
        "nodes' LAN rather than their own addresses, give the nodes' addresses only (each node IP as /32, or a block "
        "reserved for them): with L2 announcements the pool belongs on that LAN")
    with pytest.raises(ValueError) as caught:
        Homelab(cdk8s.Testing.app(), "Homelab", HomelabSpec(cluster_cidrs=ClusterCidrs(pods=("10.42.0.0/33",))))
    assert str(caught.value) == ("HomelabSpec.cluster_cidrs: cluster CIDR is not a network (got '10.42.0.0/33'); "
                                 "write a CIDR such as '10.42.0.0/16'")


def test_catalogue_size_and_ids():
    assert len(CASES) >= 40
    assert len({c.id for c in CASES}) == len(CASES)
    assert len({c.message for c in CASES}) == len(CASES)  # every row exercises its own message


# ---- first and last addresses of a pool's CIDR blocks (Cilium's allowFirstLastIPs)

@pytest.mark.parametrize("pool_kw,ip", [
    ({"cidrs": ["192.168.10.192/26"]}, "192.168.10.193"),  # inside the block
    ({"cidrs": ["192.168.10.192/26"], "allow_first_last_ips": True}, "192.168.10.192"),
    ({"cidrs": ["192.168.10.192/26"], "allow_first_last_ips": True}, "192.168.10.255"),
    ({"ranges": [("192.168.10.192", "192.168.10.255")]}, "192.168.10.192"),  # a range is not a CIDR block
    ({"ranges": [("192.168.10.192", "192.168.10.255")]}, "192.168.10.255"),
    ({"cidrs": ["192.168.10.200/31"]}, "192.168.10.200"),  # /31 and /32: Cilium hands out every address
    ({"cidrs": ["192.168.10.200/31"]}, "192.168.10.201"),
    ({"cidrs": ["192.168.10.210/32"]}, "192.168.10.210"),
    ({"cidrs": ["fd00:10::/127"]}, "fd00:10::1"),  # /127 and /128 likewise
    ({"cidrs": ["fd00:10::5/128"]}, "fd00:10::5"),
    # another block of the same pool hands the address out
    ({"cidrs": ["192.168.10.192/26"], "ranges": [("192.168.10.250", "192.168.10.255")]}, "192.168.10.255"),
])
def test_pinned_ips_cilium_hands_out(pool_kw, ip):
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    pool = LoadBalancerPool(chart, "p", name="p", **{"allow_first_last_ips": False, **pool_kw})
    app(chart, name="jellyfin", port=8096, load_balancer_ip=ip)
    synth(chart.node.root)  # the pinned-IP rules are the manifest validator's
    allow = pool.node.find_child("Resource").to_json()["spec"]["allowFirstLastIPs"]
    assert allow == ("Yes" if pool_kw.get("allow_first_last_ips") else "No")


def test_pool_left_unset_hands_out_first_and_last():
    """allow_first_last_ips unset writes nothing: Cilium hands out every address of a CIDR."""
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    pool = LoadBalancerPool(chart, "p", name="p", cidrs=["192.168.10.192/26"])
    app(chart, name="jellyfin", port=8096, load_balancer_ip="192.168.10.192")
    synth(chart.node.root)
    assert "allowFirstLastIPs" not in pool.node.find_child("Resource").to_json()["spec"]


# ---- settings derived from the spec's LAN follow it (Homelab)

def moved_spec(pools=None, host=None, **isolation):
    """default_spec() moved to the LAN 192.168.1.0/24 with dataclasses.replace: the pool, the
    gateway and the apps follow; the LAN CIDRs and Cilium's API server only when given."""
    spec = default_spec()
    apps = tuple(a.replace(load_balancer_ip=None) for a in DEFAULT_APPS)  # without the .201 pin
    spec = replace(spec, domain="lab.example", apps=apps, gateway=HomelabGateway.props(load_balancer_ip="192.168.1.240"),
                   pools=pools or (LoadBalancerPool.props(name="lan", ranges=(("192.168.1.240", "192.168.1.250"),)),),
                   isolation=replace(DEFAULT_ISOLATION, **isolation))
    return spec if host is None else replace(spec, cilium=spec.cilium.replace(
        values=replace(spec.cilium.values, k8s_service_host=host)))


API_SERVER_FIX = ("set it to the API server's address on the LAN (a control-plane node or its VIP), or 127.0.0.1 with "
                  "Talos' KubePrism; if the LAN moved, update HomelabSpec.isolation.lan_cidrs as well")

LAN_CASES = [
    ("defaults-kept", lambda: moved_spec(),
     "HomelabSpec.isolation.lan_cidrs: LoadBalancer pool lan (192.168.1.240-192.168.1.250) has addresses outside the "
     "LAN CIDRs, the networks allowed to reach LoadBalancer apps (got ('192.168.10.0/24',)); set them to the LAN the "
     "pool's addresses are announced on, such as ('192.168.1.0/24',), or move the pool onto the LAN; "
     "HomelabSpec.cilium.values.k8s_service_host ('192.168.10.10') lies in those LAN CIDRs too: move it with the LAN (the "
     "API server's address on the new LAN, or 127.0.0.1 with Talos' KubePrism)"),
    ("api-server-kept", lambda: moved_spec(lan_cidrs=("192.168.1.0/24",)),
     "HomelabSpec.cilium.values.k8s_service_host: API server address is neither loopback nor on the LAN CIDRs "
     f"192.168.1.0/24 of HomelabSpec.isolation.lan_cidrs (got '192.168.10.10'); {API_SERVER_FIX}"),
    ("both-off-the-lan", lambda: moved_spec(lan_cidrs=("10.0.0.0/8",)),
     "HomelabSpec.isolation.lan_cidrs: LoadBalancer pool lan (192.168.1.240-192.168.1.250) has addresses outside the "
     "LAN CIDRs, the networks allowed to reach LoadBalancer apps (got ('10.0.0.0/8',)); set them to the LAN the "
     "pool's addresses are announced on, such as ('192.168.1.0/24',), or move the pool onto the LAN\n"
     "HomelabSpec.cilium.values.k8s_service_host: API server address is neither loopback nor on the LAN CIDRs 10.0.0.0/8 "
     f"of HomelabSpec.isolation.lan_cidrs (got '192.168.10.10'); {API_SERVER_FIX}"),
    ("pool-partly-off-the-lan",
     lambda: moved_spec(lan_cidrs=("192.168.1.128/25",), host="192.168.1.130",
                        pools=(LoadBalancerPool.props(name="lan", ranges=(("192.168.1.240", "192.168.2.10"),)),)),
     "HomelabSpec.isolation.lan_cidrs: LoadBalancer pool lan (192.168.1.240-192.168.2.10) has addresses outside the "
     "LAN CIDRs, the networks allowed to reach LoadBalancer apps (got ('192.168.1.128/25',)); add the rest of the "
     "pool's LAN to them, such as '192.168.2.0/24', or keep the pool inside them"),
    ("wide-pool-off-the-lan",
     lambda: moved_spec(lan_cidrs=("10.0.0.0/24",), host="127.0.0.1",
                        pools=(LoadBalancerPool.props(name="wide", cidrs=("192.168.0.0/22",)),)),
     "HomelabSpec.isolation.lan_cidrs: LoadBalancer pool wide (192.168.0.0-192.168.3.255) has addresses outside the "
     "LAN CIDRs, the networks allowed to reach LoadBalancer apps (got ('10.0.0.0/24',)); set them to the LAN the "
     "pool's addresses are announced on, such as ('192.168.0.0/22',), or move the pool onto the LAN"),
    ("lan-cidrs-string", lambda: moved_spec(lan_cidrs="192.168.1.0/24"),
     "IsolationSpec.lan_cidrs: lan_cidrs is not a list or tuple (got '192.168.1.0/24'); write a tuple "
     "such as ('192.168.1.0/24',)"),
    ("lan-cidrs-none", lambda: moved_spec(lan_cidrs=None),
     "IsolationSpec.lan_cidrs: lan_cidrs is not a list or tuple (got None); write a tuple such as "
     "('192.168.10.0/24',)"),
    ("lan-cidr-not-network", lambda: moved_spec(lan_cidrs=("192.168.1.5/24",)),
     "HomelabSpec.isolation.lan_cidrs: LAN CIDR is not in network form (got '192.168.1.5/24'); write the network "
     "address with its prefix length; did you mean 192.168.1.0/24?"),
    ("pool-spec-allow-first-last-not-bool",
     lambda: HomelabSpec(pools=(LoadBalancerPool.props(name="p", cidrs=("192.168.10.0/24",), allow_first_last_ips="no"),)),
     "cilium/p: allow_first_last_ips is not True or False (got 'no'); set True to hand out "
     "each CIDR's first and last address, False to keep them back, or None (the default) for Cilium's own default"),
]


@pytest.mark.parametrize("spec,expected", [pytest.param(s, m, id=i) for i, s, m in LAN_CASES])
def test_homelab_lan_settings_follow_the_lan(spec, expected):
    with pytest.raises(ValueError) as caught:
        Homelab(cdk8s.Testing.app(), "Homelab", spec())
    assert not isinstance(caught.value, jsii.errors.JSIIError)
    assert str(caught.value) == expected


def test_moving_the_lan_names_both_derived_settings():
    with pytest.raises(ValueError) as caught:
        Homelab(cdk8s.Testing.app(), "Homelab", moved_spec())
    assert "HomelabSpec.isolation.lan_cidrs" in str(caught.value)
    assert "HomelabSpec.cilium.values.k8s_service_host" in str(caught.value)


@pytest.mark.parametrize("host", ["192.168.1.10", "127.0.0.1", "k8s.lab.example"])
def test_homelab_on_its_moved_lan(host):
    """The LAN CIDRs and the API server moved with the pools (or KubePrism, or a DNS name): fine."""
    spec = moved_spec(lan_cidrs=("192.168.1.0/24",), host=host)
    app_ = cdk8s.Testing.app()
    lab = Homelab(app_, "Homelab", spec)
    validate_app(app_)
    assert lab.cilium_release is not None


def test_pools_off_the_lan_without_l2_announcements():
    """Without L2 announcements (say, BGP) the pools' addresses need not lie on the LAN."""
    spec = moved_spec(lan_cidrs=("192.168.1.0/24",), host="192.168.1.10")
    bgp_pools = (LoadBalancerPool.props(name="bgp", cidrs=("10.20.0.0/24",)),)
    bgp_gateway = HomelabGateway.props(load_balancer_ip="10.20.0.10")
    Homelab(cdk8s.Testing.app(), "Homelab", replace(spec, l2=None, pools=bgp_pools, gateway=bgp_gateway))
    with pytest.raises(ValueError, match=re.escape("LoadBalancer pool bgp (10.20.0.0-10.20.0.255) has addresses outside")):
        Homelab(cdk8s.Testing.app(), "Homelab", replace(spec, pools=bgp_pools, gateway=bgp_gateway))


def test_ca_without_duration_leaves_it_to_cert_manager():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    SelfSignedCa(chart, "ca", duration=None, renew_before=None)
    (cert,) = [o for o in cdk8s.Testing.synth(chart) if o["kind"] == "Certificate"]
    assert "duration" not in cert["spec"] and "renewBefore" not in cert["spec"]
