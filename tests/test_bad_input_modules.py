"""Bad input of the modules with their own test files, one section per module: the VPN pod and
secrets (``test_vpn.py``), VLAN attachments (``test_vlan.py``), split-horizon DNS
(``test_dns.py``) and the Cilium release (``test_platform.py``). One row per bad input, with the
exact message the user sees: ``<construct path>: <what is wrong> (got <value>); <how to fix>``.

Part of the bad-input catalogue (``test_bad_input_*.py``); the builders the module's other tests
also use are imported from its test file.
"""
from __future__ import annotations

from homelab_constructs import (
    CiliumRelease,
    CiliumValues,
    ClaimSpec,
    ClientRateLimit,
    CloudflareProvider,
    CloudflareTunnel,
    ContainerSecurity,
    CoreDnsRelease,
    DnsEndpoint,
    DnsPublishing,
    DnsRecord,
    DnsRecords,
    DnsRegistry,
    ExternalDns,
    Gluetun,
    Homelab,
    HomelabApp,
    HomelabGateway,
    HomelabSpec,
    Hubble,
    LoadBalancing,
    SelfSignedCa,
    ServiceMonitors,
    SyncedSecret,
    TunnelToken,
    VaultSecretStore,
    VlanAttachment,
    VlanRoute,
    VpnApp,
    VpnCredentials,
    VpnPod,
    VpnTunnel,
    VpnVolume,
    WebhookProvider,
    adguard_home_provider,
    dns_target_annotations,
    networks_annotation,
    validate_app,
)

import cdk8s
import pytest
from test_dns import DOMAIN, TUNNEL_ID, VAULT, _chart, gateways
from test_platform import KPR, NATIVE
from test_vpn import build_vpn

from main import APPS as DEFAULT_APPS  # the seed data

# ---- VPN pod and secrets (test_vpn.py)

QUANTITY_FIX = ("write a string such as '100Gi' or '500G': a number and a suffix Ki, Mi, Gi, Ti or k, M, G, T "
                "(no 'B', no space)")
STORAGE_CLASS_FIX = ("name a StorageClass with lowercase letters, digits, '-' and '.', such as 'local-path' or "
                     "'nfs-client', or None for the cluster's default StorageClass")
ACCESS_MODES = "ReadWriteOnce, ReadWriteOncePod, ReadWriteMany"
ACCESS_MODES_FIX = "write a tuple such as ('ReadWriteOnce',): the app writes to the volume"
EXISTING_FIX = ("name a PersistentVolumeClaim of the pod's namespace with lowercase letters, digits, '-' and '.', "
                "such as 'media-data'")

BAD_VPN = [
    ("blank-provider", lambda c: VpnTunnel(provider=""),
     "VpnTunnel.provider: VPN provider is not one Gluetun knows (got ''); use one of: airvpn, custom, "),
    ("unknown-provider", lambda c: VpnTunnel(provider="pia"),
     "VpnTunnel.provider: VPN provider is not one Gluetun knows (got 'pia'); did you mean private internet access? "
     "use one of: airvpn, custom, "),
    ("blank-region", lambda c: VpnTunnel(server_regions=(" ",)),
     "VpnTunnel.server_regions: VPN server region is blank or holds a comma (got ' '); list each region as its own "
     "string, such as ('CA Montreal', 'CA Toronto')"),
    ("comma-region", lambda c: VpnTunnel(server_regions=("CA Montreal,CA Toronto",)),
     "VpnTunnel.server_regions: VPN server region is blank or holds a comma (got 'CA Montreal,CA Toronto'); list "
     "each region as its own string, such as ('CA Montreal', 'CA Toronto')"),
    ("firewall-port", lambda c: Gluetun(firewall_input_ports=(8080, 70000)),
     "Gluetun.firewall_input_ports[1]: firewall input port must be an integer in 1-65535 (got 70000); use a valid "
     "TCP/UDP firewall input port"),
    ("firewall-misses-web", lambda c: build_vpn(c, gluetun=Gluetun(firewall_input_ports=(9000,))),
     "c/qbit: firewall input ports leave out the app's web port 8080 (got [9000]); add 8080, or the Service and "
     "route cannot reach the app"),
    ("no-store", lambda c: build_vpn(c, store=None),
     "c/qbit/Credentials: secret has no secret store (got None); pass store=VaultSecretStore(...), the name of a "
     "ClusterSecretStore of the app, or SecretStoreRef(name, kind) for a store the app does not write"),
    ("pia-wireguard", lambda c: VpnTunnel(vpn_type="wireguard"),
     "VpnTunnel.vpn_type: Gluetun has no native WireGuard for Private Internet Access (got 'wireguard'); use "
     "vpn_type='openvpn' (or None), or provider='custom' with a WireGuard configuration"),
    ("forwarding-unsupported", lambda c: VpnTunnel(provider="mullvad", port_forwarding=True),
     "VpnTunnel.port_forwarding: Gluetun cannot forward a port with provider mullvad (got True); set "
     "port_forwarding=None, or use one of: perfect privacy, private internet access, privatevpn, protonvpn"),
    ("app-net-admin", lambda c: build_vpn(c, app=VpnApp(image="x:1", port=80, security=ContainerSecurity(
        add_capabilities=("NET_ADMIN",)))),
     "c/qbit: app container asks for NET_ADMIN (got 'NET_ADMIN'); only the Gluetun container may manage the "
     "network; drop it from add_capabilities"),
    ("unknown-credential", lambda c: VpnCredentials(variables={"VPN_PASSWORD": "password"}),
     "VpnCredentials.variables: variable is not one Gluetun reads from a secret file (got 'VPN_PASSWORD'); use one "
     "of: "),
    ("subnet-not-network", lambda c: Gluetun(cluster_subnets=("10.42.0.1/16",)),
     "Gluetun.cluster_subnets[0]: cluster subnet is not in network form (got '10.42.0.1/16'); write the network "
     "address with its prefix length; did you mean 10.42.0.0/16?"),
    # the claims a volume writes or mounts: a ClaimSpec or None (an emptyDir), each value checked
    ("claim-as-string", lambda c: VpnVolume("downloads", "/downloads", "nas-downloads"),
     "VpnVolume.claim: claim is not a ClaimSpec or None (got 'nas-downloads'); write "
     "ClaimSpec(existing_claim='nas-downloads') to mount that existing claim, or None for an emptyDir"),
    ("claim-as-dict", lambda c: VpnVolume("config", "/config", {"size": "1Gi"}),
     "VpnVolume.claim: claim is not a ClaimSpec or None (got {'size': '1Gi'}); write "
     "ClaimSpec(existing_claim='arr-data') or ClaimSpec(size='10Gi'), or None for an emptyDir"),
    ("claim-size-in-gb", lambda c: ClaimSpec(size="2GB"),
     f"ClaimSpec.size: size is not a Kubernetes quantity (got '2GB'); {QUANTITY_FIX}"),
    ("claim-size-word", lambda c: ClaimSpec(size="big"),
     f"ClaimSpec.size: size is not a Kubernetes quantity (got 'big'); {QUANTITY_FIX}"),
    ("claim-size-space", lambda c: ClaimSpec(size="1 Gi"),
     f"ClaimSpec.size: size is not a Kubernetes quantity (got '1 Gi'); {QUANTITY_FIX}"),
    ("claim-size-number", lambda c: ClaimSpec(size=10),
     f"ClaimSpec.size: size is not a Kubernetes quantity (got 10); {QUANTITY_FIX}"),
    ("claim-size-negative", lambda c: ClaimSpec(size="-1Gi"),
     "ClaimSpec.size: size is less than one byte (got '-1Gi'); request the storage the volume needs, such as "
     "'100Gi' ('m' is a thousandth, 'M' a million)"),
    ("claim-size-milli", lambda c: ClaimSpec(size="500m"),
     "ClaimSpec.size: size is less than one byte (got '500m'); request the storage the volume needs, such as "
     "'100Gi' ('m' is a thousandth, 'M' a million)"),
    ("claim-storage-class", lambda c: ClaimSpec(storage_class="NFS_Client"),
     f"ClaimSpec.storage_class: storage class is not a DNS subdomain name (got 'NFS_Client'); {STORAGE_CLASS_FIX}"),
    ("claim-storage-class-empty", lambda c: ClaimSpec(storage_class=""),
     f"ClaimSpec.storage_class: storage class is not a DNS subdomain name (got ''); {STORAGE_CLASS_FIX}"),
    ("claim-storage-class-number", lambda c: ClaimSpec(storage_class=5),
     f"ClaimSpec.storage_class: storage class is not a DNS subdomain name (got 5); {STORAGE_CLASS_FIX}"),
    ("claim-access-modes-string", lambda c: ClaimSpec(access_modes="ReadWriteOnce"),
     f"ClaimSpec.access_modes: access modes are not distinct modes of {ACCESS_MODES} (got 'ReadWriteOnce'); "
     f"{ACCESS_MODES_FIX}"),
    ("claim-access-modes-read-only", lambda c: ClaimSpec(access_modes=("ReadOnlyMany",)),
     f"ClaimSpec.access_modes: access modes are not distinct modes of {ACCESS_MODES} (got ('ReadOnlyMany',)); "
     f"{ACCESS_MODES_FIX}"),
    ("claim-access-modes-empty", lambda c: ClaimSpec(access_modes=()),
     f"ClaimSpec.access_modes: access modes are not distinct modes of {ACCESS_MODES} (got ()); {ACCESS_MODES_FIX}"),
    ("claim-once-pod-combined", lambda c: ClaimSpec(access_modes=("ReadWriteOncePod", "ReadWriteOnce")),
     "ClaimSpec.access_modes: access modes combine ReadWriteOncePod with other modes (got ('ReadWriteOncePod', "
     "'ReadWriteOnce')); use ('ReadWriteOncePod',) alone: Kubernetes refuses it with any other mode"),
    ("existing-claim-name", lambda c: ClaimSpec(existing_claim="Media_Data"),
     f"ClaimSpec.existing_claim: existing claim is not a DNS subdomain name (got 'Media_Data'); {EXISTING_FIX}"),
    ("existing-claim-not-string", lambda c: ClaimSpec(existing_claim=7),
     f"ClaimSpec.existing_claim: existing claim is not a DNS subdomain name (got 7); {EXISTING_FIX}"),
    ("existing-claim-with-size", lambda c: ClaimSpec(existing_claim="media-data", size="2Ti"),
     "ClaimSpec.existing_claim: claim names an existing claim and settings for a claim to write (got {'size': "
     "'2Ti'}); drop size (the claim media-data exists with its own), or drop existing_claim to have the pod write "
     "its claim"),
    ("store-server", lambda c: VaultSecretStore(c, "v", server="vault:8200"),
     "c/v: Vault server URL has no scheme (got 'vault:8200'); write it with its scheme, such as 'http://vault:8200'"),
    ("store-version", lambda c: VaultSecretStore(c, "v", server="http://vault:8200", version="2"),
     "c/v: Vault KV version is not v1 or v2 (got '2'); use 'v2' for a KV version 2 engine (Vault's default), "
     "'v1' for version 1"),
    ("store-twice", lambda c: [VaultSecretStore(c, f"v{i}", server="http://vault:8200") for i in (1, 2)],
     "c/v2: ClusterSecretStore is declared twice (got 'vault'); c/v1 already declares it; give each store its own name"),
    ("secret-no-keys", lambda c: SyncedSecret(c, "s", name="x", namespace="n", store="vault", remote_key="a/b", keys={}),
     "c/s: secret maps no keys (got {}); map each Secret key to a property of the remote key, such as "
     "{'OPENVPN_USER': 'username'}, or give data_from=[RemoteExtract(...)]"),
    ("secret-remote-key", lambda c: SyncedSecret(c, "s", name="x", namespace="n", store="vault", remote_key="/a/",
                                                 keys={"K": "k"}),
     "c/s: remote key is not valid (got '/a/'); write the key's path under the KV mount, such as 'homelab/vpn'"),
]


@pytest.mark.parametrize("build,expected", [pytest.param(b, m, id=i) for i, b, m in BAD_VPN])
def test_bad_vpn_input(build, expected):
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    with pytest.raises(ValueError) as err:
        build(c)
    assert str(err.value).startswith(expected) if expected.endswith(" ") else str(err.value) == expected


VAULT_SERVER = "http://vault.vault.svc.cluster.local:8200"
BAD_VPN_SPECS = [
    # the VPN pod declares its own app now (VpnPod.props(name=...)): an app of that name in apps is refused
    ("vpn-named-like-an-app",
     lambda: HomelabSpec(apps=DEFAULT_APPS, secret_store=VaultSecretStore.props(server=VAULT_SERVER),
                         vpn=VpnPod.props(name="sonarr", namespace="media")),
     "HomelabSpec.vpn: VPN pod has the name of an app of HomelabSpec.apps (got 'sonarr'); give the VPN pod its own "
     "name, or drop the app: the VPN pod is an app of the homelab"),
    ("vpn-without-store", lambda: HomelabSpec(apps=DEFAULT_APPS, vpn=VpnPod.props(name="qbit", namespace="downloads")),
     "HomelabSpec.vpn: VPN pod has no secret store for its credentials (got None); set "
     "HomelabSpec.secret_store=VaultSecretStore.props(server=...) (Vault), or give the VPN pod its store "
     "(VpnPod.props(store=SecretStoreRef(...)))"),
]


@pytest.mark.parametrize("spec,expected", [pytest.param(s, m, id=i) for i, s, m in BAD_VPN_SPECS])
def test_bad_vpn_spec(spec, expected):
    with pytest.raises(ValueError) as err:
        Homelab(cdk8s.Testing.app(), "Homelab", spec())
    assert str(err.value) == expected


# ---- VLAN attachments (test_vlan.py)

def attachment(chart, **overrides):
    props = dict(name="iot", namespace="home", master="enp1s0", vlan_id=20, subnet="192.168.20.0/24")
    props.update(overrides)
    return VlanAttachment(chart, "Iot", **props)


BAD_ATTACHMENTS = [
    ({"vlan_id": 0}, "t/Iot: VLAN id must be an integer in 1-4094 (got 0); 0 is untagged/priority-tagged and 4095 is "
                     "reserved; use your switch's VLAN id, or vlan_id=None for the untagged network"),
    ({"vlan_id": 4095}, "t/Iot: VLAN id must be an integer in 1-4094 (got 4095); 0 is untagged/priority-tagged and "
                        "4095 is reserved; use your switch's VLAN id, or vlan_id=None for the untagged network"),
    ({"master": "eth 0"}, "t/Iot: master interface is not a valid Linux interface name (got 'eth 0'); use 1-15 "
                          "letters, digits, '_', '.' or '-' (no '/', ':' or spaces), such as 'enp1s0' or 'eth0'"),
    ({"master": "enp0s31f6-long", "vlan_id": 100},
     "t/Iot: VLAN sub-interface name is not a valid Linux interface name (got 'enp0s31f6-long.100'); use 1-15 "
     "letters, digits, '_', '.' or '-' (no '/', ':' or spaces), such as 'enp1s0' or 'eth0'"),
    ({"subnet": "192.168.20.1/24"}, "t/Iot: subnet is not in network form (got '192.168.20.1/24'); write the "
                                    "network address with its prefix length; did you mean 192.168.20.0/24?"),
    ({"subnet": "vlan20"}, "t/Iot: subnet is not in network form (got 'vlan20'); write the network address with its "
                           "prefix length, such as 192.168.20.0/24"),
    ({"gateway": "192.168.30.1"}, "t/Iot: gateway is not a usable address of the subnet 192.168.20.0/24 (got "
                                  "'192.168.30.1'); use an address in 192.168.20.0/24 (192.168.20.1-192.168.20.254)"),
    ({"gateway": "192.168.20.1", "routes": [VlanRoute("0.0.0.0/0")]},
     "t/Iot: route would move the pod's default route onto the VLAN (got '0.0.0.0/0'); route only the subnets the "
     "pod must reach through this VLAN (use sbr=True for replies)"),
    ({"routes": [VlanRoute("10.0.0.0/8")]},
     "t/Iot: route has no gateway (got '10.0.0.0/8'); set VlanRoute(gw=...) or the attachment's gateway"),
    ({"ipam": "dhcp", "gateway": "192.168.20.1"},
     "t/Iot: DHCP IPAM takes its addresses and routes from the VLAN's DHCP server (got ['gateway']); drop these "
     "props, or use ipam='static' or 'whereabouts'"),
    ({"ipam": "host-local"}, "t/Iot: IPAM mode is unknown (got 'host-local'); use one of: static, dhcp, whereabouts"),
    ({"range_start": "192.168.20.10"},
     "t/Iot: address ranges only apply to whereabouts IPAM (this attachment uses static) (got {'range_start': "
     "'192.168.20.10', 'range_end': None, 'exclude': []}); drop them, or use ipam='whereabouts'"),
    ({"ipam": "whereabouts", "exclude": ["10.0.0.0/24"]},
     "t/Iot: excluded CIDR is outside the attachment's subnet 192.168.20.0/24 (got '10.0.0.0/24'); use a block "
     "inside 192.168.20.0/24"),
    ({"mtu": 10}, "t/Iot: MTU must be an integer in 68-65535 (got 10); use the VLAN's MTU, such as 1500 or 9000"),
]


@pytest.mark.parametrize("overrides,expected", BAD_ATTACHMENTS, ids=[str(o) for o, _ in BAD_ATTACHMENTS])
def test_bad_attachment(overrides, expected):
    chart = cdk8s.Chart(cdk8s.Testing.app(), "t")
    with pytest.raises(ValueError) as err:
        attachment(chart, **overrides)
    assert str(err.value) == expected


def _select_twice(chart):
    iot = attachment(chart)
    iot.select(cdk8s.Chart(chart, "first"), ips=["192.168.20.10"])
    iot.select(cdk8s.Chart(chart, "second"), ips=["192.168.20.10"])


def _same_vlan_other_attachment(chart):
    attachment(chart).select(cdk8s.Chart(chart, "first"), ips=["192.168.20.10"])
    other = VlanAttachment(chart, "Iot2", name="iot", namespace="other", master="enp1s0", vlan_id=20,
                           subnet="192.168.20.0/24")
    other.select(cdk8s.Chart(chart, "second"), ips=["192.168.20.10"])


def _two_interfaces_one_name(chart):
    iot = attachment(chart)
    networks_annotation(chart, iot.select(chart, ips=["192.168.20.10"], interface="net9"),
                        iot.select(chart, ips=["192.168.20.11"], interface="net9"))


BAD_SELECTIONS = [
    (lambda c: attachment(c).select(c, ips=["192.168.21.10"]),
     "t: static IP is outside the attachment iot's subnet (got '192.168.21.10'); use an address in 192.168.20.0/24 "
     "(192.168.20.1-192.168.20.254)"),
    (lambda c: attachment(c).select(c, ips=["192.168.20.255"]),
     "t: static IP is outside the attachment iot's subnet (got '192.168.20.255'); use an address in 192.168.20.0/24 "
     "(192.168.20.1-192.168.20.254)"),
    (_select_twice, "t/second: static IP is used twice on the VLAN enp1s0.20 (got '192.168.20.10'); t/first already "
                    "uses it; give each pod its own address"),
    (_same_vlan_other_attachment, "t/second: static IP is used twice on the VLAN enp1s0.20 (got '192.168.20.10'); "
                                  "t/first already uses it; give each pod its own address"),
    (lambda c: attachment(c).select(c),
     "t: attachment iot uses static IPAM but the pod gives no address (got []); pass ips=[...] with an address in "
     "192.168.20.0/24 (192.168.20.1-192.168.20.254)"),
    (lambda c: attachment(c, ipam="dhcp").select(c, ips=["192.168.20.10"]),
     "t: attachment iot assigns addresses by dhcp (got ['192.168.20.10']); drop ips, or use an attachment with "
     "ipam='static'"),
    (lambda c: attachment(c, gateway="192.168.20.1").select(c, ips=["192.168.20.1"]),
     "t: static IP is the VLAN iot's gateway (got '192.168.20.1'); use another address of the subnet"),
    (lambda c: attachment(c).select(c, ips=["192.168.20.10"], mac="01:00:5e:00:00:01"),
     "t: MAC address is not a unicast MAC (got '01:00:5e:00:00:01'); write six hex pairs joined by ':' with an even "
     "first octet, such as 02:00:00:00:00:01 (locally administered)"),
    (lambda c: attachment(c).select(c, ips=["192.168.20.10"], interface="eth0"),
     "t: pod interface name is the cluster network's (got 'eth0'); use another name such as 'iot0', or leave it to "
     "Multus (net1, net2, ...)"),
    (_two_interfaces_one_name,
     "t: pod interface name is used twice (got ['net9']); give each attachment its own interface name"),
]


@pytest.mark.parametrize("act,expected", BAD_SELECTIONS, ids=[e.split("(got")[0][3:40] for _, e in BAD_SELECTIONS])
def test_bad_selection(act, expected):
    chart = cdk8s.Chart(cdk8s.Testing.app(), "t")
    with pytest.raises(ValueError) as err:
        act(chart)
    assert str(err.value) == expected


# ---- DNS (test_dns.py)

def _public_without_target(c):
    external, _ = gateways(c, external_annotations={})
    ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider())
    validate_app(c.node.root)  # a recommendation: reported by the app's checks, unless waived


def _public_private_target(c):
    external, _ = gateways(c, external_annotations=dns_target_annotations("10.10.30.26"))
    ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider())
    validate_app(c.node.root)


def _tunnel_without_target(c):
    _, internal = gateways(c)
    CloudflareTunnel(c, "Tunnel", gateway=internal, tunnel_id=TUNNEL_ID)


def _two_internal(c):
    """Two internal instances may exist, but not on one AdGuard server with one TXT owner and prefix."""
    external, internal = gateways(c)
    ExternalDns(c, "Lan", gateway=internal, provider=adguard_home_provider("http://192.168.1.2"),
                registry=DnsRegistry(txt_owner_id="lan"))
    ExternalDns(c, "Lan2", gateway=external, provider=adguard_home_provider("http://192.168.1.2"),
                name="external-dns-two", visibility="internal", registry=DnsRegistry(txt_owner_id="lan"))
    validate_app(c.node.root)


def _shared_gateway(c):
    """Two instances may share a gateway, but not a Cloudflare zone (overlapping filters) with one owner and prefix."""
    external, _ = gateways(c)
    ExternalDns(c, "A", gateway=external, provider=CloudflareProvider(), registry=DnsRegistry(txt_owner_id="o"))
    ExternalDns(c, "B", gateway=external, provider=CloudflareProvider(), name="external-dns-b",
                registry=DnsRegistry(txt_owner_id="o"),
                publishing=DnsPublishing(domain_filters=[f"www.{DOMAIN}"]))
    validate_app(c.node.root)


def _endpoint_without_instance(c):
    DnsEndpoint(c, "Nas", name="nas", namespace="network", visibility="internal",
                records=[DnsRecord(name="nas.example.com", type="A", targets=("192.168.1.10",))])
    validate_app(c.node.root)


def _records_without_address(c):
    ca = SelfSignedCa(c, "Ca")
    gw = HomelabGateway(c, "Gw", domain=DOMAIN, cluster_issuer=ca)
    DnsRecords(c, "Records", gateways=[gw])


def _second_vip_after_the_records(c):
    external, internal = gateways(c)
    DnsRecords(c, "Records", gateways=[external, internal])  # before the route: the check at synth sees it
    HomelabApp(c, "wiki", name="wiki", namespace="apps", port=80, gateway=[external, internal])
    validate_app(c.node.root)


def _store(c):
    return VaultSecretStore(c, "Vault", server=VAULT)


def _two_cloudflare_tokens(c):
    external, internal = gateways(c)
    store = _store(c)
    ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider(), store=store)
    ExternalDns(c, "Lan", gateway=internal, visibility="internal", store=store,
                provider=CloudflareProvider(remote_key="homelab/cloudflare-lan"))


def _tunnel_reuses_the_dns_token_secret(c):
    external, _ = gateways(c)
    store = _store(c)
    ExternalDns(c, "Public", gateway=external, provider=CloudflareProvider(), store=store)
    CloudflareTunnel(c, "Tunnel", gateway=external, tunnel_id=TUNNEL_ID, store=store,
                     token=TunnelToken(secret="cloudflare-dns-token"))


def _two_adguard_logins(c):
    external, internal = gateways(c)
    ExternalDns(c, "Lan", gateway=internal, store=_store(c), provider=adguard_home_provider("http://192.168.1.2"))
    ExternalDns(c, "Lan2", gateway=external, store="other", name="external-dns-two", registry=DnsRegistry(txt_prefix="k8s.two."),
                visibility="public", provider=adguard_home_provider("http://192.168.1.3"))


def _store_that_does_not_exist(c):
    ExternalDns(c, "Public", gateway=gateways(c)[0], provider=CloudflareProvider(), store="openbao")
    validate_app(c.node.root)


def _two_vips(c):
    external, internal = gateways(c)
    HomelabApp(c, "wiki", name="wiki", namespace="apps", port=80, gateway=[external, internal])
    DnsRecords(c, "Records", gateways=[external, internal])


#: how a recommendation's message names its opt-out (the construct path and the reason follow)
WAIVE = "; or, to keep it, waive the recommendation with a reason: waive(scope, 'public-dns-private-address', construct="

BAD_DNS = [
    (_public_without_target,
     "t/Public: public ExternalDNS would publish the gateway envoy-external's LoadBalancer address (got "
     "'10.10.30.26'); set visibility='internal' to publish this LAN address (visibility='public' publishes it as it "
     "is), or annotate the gateway with dns_target_annotations('external.<domain>') and point that name at a tunnel "
     f"(CloudflareTunnel){WAIVE}'t/Public', reason='<why>')"),
    (_public_private_target,
     "t/Public: public ExternalDNS would publish the gateway envoy-external's private target (got '10.10.30.26'); "
     "set visibility='internal' to publish this LAN address (visibility='public' publishes it as it is), or use a "
     f"public hostname such as the tunnel's 'external.<domain>'{WAIVE}'t/Public', reason='<why>')"),
    (_tunnel_without_target,
     "t/Tunnel: gateway envoy-internal does not point its DNS records at the tunnel (got None); build the gateway "
     "with annotations=dns_target_annotations('external.example.com')"),
    (lambda c: CloudflareTunnel(c, "Tunnel", gateway=gateways(c)[0], tunnel_id="my-tunnel"),
     "t/Tunnel: tunnel id is not a UUID (got 'my-tunnel'); copy the tunnel's id from 'cloudflared tunnel list' or "
     "the Zero Trust dashboard, or write a Flux variable such as '${CLOUDFLARE_TUNNEL_ID}'"),
    (_two_internal,
     "t/Lan2: ExternalDNS instances would own the same records (got 'http://192.168.1.2 zone example.com, TXT owner "
     "lan, prefix k8s.internal.'); t/Lan writes the same DNS server and zone with the same TXT owner id and prefix, "
     "so each would delete the other's records; give one its own txt_owner_id or txt_prefix"),
    (_shared_gateway,
     "t/B: ExternalDNS instances would own the same records (got 'cloudflare zone www.example.com, TXT owner o, "
     "prefix k8s.public.'); t/A writes the same DNS server and zone with the same TXT owner id and prefix, so each "
     "would delete the other's records; give one its own txt_owner_id or txt_prefix"),
    (_endpoint_without_instance,
     "t/Nas: no ExternalDNS instance publishes this endpoint's visibility (got 'internal'); add an ExternalDns with "
     "visibility='internal'"),
    (lambda c: ExternalDns(c, "Wh", gateway=gateways(c)[1],
                           provider=WebhookProvider(image="x", tag="1", secret_env={"PASS": "password"})),
     "t/Wh: webhook provider reads credentials but names no Secret (got {'PASS': 'password'}); set "
     "WebhookProvider(secret_name=...) to the Secret an ExternalSecret writes"),
    (lambda c: ExternalDns(c, "Wh", gateway=gateways(c)[1], store=_store(c), provider=WebhookProvider(
        image="x", tag="1", secret_name="pihole", secret_env={"PASS": "password"})),
     "t/Wh: webhook provider's credentials have no remote key in the secret store (got None); set "
     "WebhookProvider(remote_key=...) to their key in the store, such as 'homelab/pihole'"),
    (lambda c: ExternalDns(c, "Wh", gateway=gateways(c)[1], provider=WebhookProvider(
        image="x", tag="1", secret_name="PiHole", secret_env={"PASS": "password"})),
     "t/Wh: webhook secret name is not a DNS label (got 'PiHole'); use 1-63 lowercase letters, digits or '-', "
     "starting and ending with a letter or digit"),
    (_two_cloudflare_tokens,
     "t/Lan: Secret network/cloudflare-dns-token would be written twice with different contents (got "
     "{'remote_key': 'homelab/cloudflare-lan'}); t/Public/Credentials writes it with {'remote_key': "
     "'homelab/cloudflare-dns'}; give this one its own Secret (CloudflareProvider(token_secret=...)) or the same "
     "store, remote key and keys"),
    (_tunnel_reuses_the_dns_token_secret,
     "t/Tunnel: Secret network/cloudflare-dns-token would be written twice with different contents (got "
     "{'remote_key': 'homelab/cloudflare-tunnel', 'keys': {'token': 'token'}}); t/Public/Credentials writes it "
     "with {'remote_key': 'homelab/cloudflare-dns', 'keys': {'api-token': 'api-token'}}; give this one its own "
     "Secret (CloudflareTunnel(token=TunnelToken(secret=...))) or the same store, remote key and keys"),
    (_two_adguard_logins,
     "t/Lan2: Secret network/adguard-home-credentials would be written twice with different contents (got "
     "{'store': 'other'}); t/Lan/Credentials writes it with {'store': 'vault'}; give this one its own Secret "
     "(WebhookProvider(secret_name=...)) or the same store, remote key and keys"),
    (lambda c: ExternalDns(c, "Public", gateway=gateways(c)[0], store=_store(c),
                           provider=CloudflareProvider(remote_key="/cloudflare/")),
     "t/Public/Credentials: remote key is not valid (got '/cloudflare/'); write the key's path under the KV mount, "
     "such as 'homelab/vpn'"),
    (lambda c: CloudflareTunnel(c, "Tunnel", gateway=gateways(c)[0], tunnel_id=TUNNEL_ID, store=_store(c),
                                token=TunnelToken(key="tunnel token")),
     "TunnelToken.key: token key is not a Secret key (got 'tunnel token'); use letters, digits, '-', '_' or "
     "'.', such as 'password'"),
    (_store_that_does_not_exist,
     "t/Public/Credentials: secret store does not exist in the app (got 'openbao'); declare a VaultSecretStore "
     "named 'openbao' or use one of: none declared"),
    (lambda c: (DnsEndpoint(c, "E", name="e", namespace="n",
                            records=[DnsRecord(name="nas.example.com", type="A", targets=("192.168.1.10",))]),
                ExternalDns(c, "Public", gateway=gateways(c)[0], provider=CloudflareProvider()),
                validate_app(c.node.root)),
     "t/E: public record nas.example.com points at a private address (got ['192.168.1.10']); publish private "
     f"addresses with visibility='internal'{WAIVE}'t/E', reason='<why>')"),
    (lambda c: DnsEndpoint(c, "E", name="e", namespace="n",
                           records=[DnsRecord(name="a.example.com", targets=("b.example.com", "c.example.com"))]),
     "t/E: CNAME a.example.com must point at exactly one hostname (got ['b.example.com', 'c.example.com']); use "
     "targets=('<tunnel id>.cfargotunnel.com',) or another single name"),
    (lambda c: DnsEndpoint(c, "E", name="e", namespace="n", visibility="internal",
                           records=[DnsRecord(name="a.example.com", type="A", targets=("nas",))]),
     "t/E: A record target is not an IPv4 address (got 'nas'); use an IPv4 address, or a CNAME for a hostname"),
    (lambda c: DnsEndpoint(c, "E", name="e", namespace="n",
                           records=[DnsRecord(name="a.example.com", type="MX", targets=("mx.example.com",))]),
     "t/E: record type is not supported (got 'MX'); use one of: A, AAAA, CNAME, TXT"),
    (_records_without_address,
     "t/Records: gateway homelab-gateway has no pinned address to publish (got None); build it with "
     "load_balancer_ip='<pool IP>' so homelab-gateway's hostnames resolve to a stable VIP"),
    (_second_vip_after_the_records,
     "t/Records: hostname is routed on gateways envoy-external and envoy-internal with different VIPs (got "
     "'wiki.example.com'); list only the gateway the LAN should use"),
    (_two_vips,
     "t/Records: hostname is routed on gateways envoy-external and envoy-internal with different VIPs (got "
     "'wiki.example.com'); list only the gateway the LAN should use"),
    (lambda c: CoreDnsRelease(c, "Core", upstreams=["dns.google"]),
     "t/Core: upstream DNS server is not an IP address (got 'dns.google'); write a single address such as "
     "192.168.10.200"),
    (lambda c: dns_target_annotations("not a host"),
     "dns_target_annotations: DNS target is neither a hostname nor an IP address (got 'not a host'); use a hostname "
     "such as 'external.example.com' or an address such as 10.10.30.25"),
]


@pytest.mark.parametrize("act,expected", BAD_DNS, ids=[e.split(" (got")[0][:60] for _, e in BAD_DNS])
def test_bad_dns_input(act, expected):
    with pytest.raises(ValueError) as err:
        act(_chart())
    assert str(err.value) == expected


# ---- platform: every combination Cilium refuses (test_platform.py)

KPR_FIX = "set kube_proxy_replacement=True with k8s_service_host and k8s_service_port"
BAD_VALUES = [
    ("flag-not-a-bool", dict(kube_proxy_replacement="true"),
     "kube_proxy_replacement must be True or False (got 'true'); write True or False"),
    ("hubble-flag-not-a-bool", dict(hubble=Hubble(ui="yes")),
     "Hubble.ui must be True or False (got 'yes'); write True or False"),
    ("group-not-typed", dict(hubble={"relay": True}),
     "hubble must be a Hubble (got {'relay': True}); write hubble=Hubble(...) or None"),
    ("routing-mode", dict(routing_mode="direct"),
     "routing mode is unknown (got 'direct'); use one of: tunnel, native"),
    ("lb-algorithm", dict(load_balancing=LoadBalancing(algorithm="round-robin")),
     "load-balancer algorithm is unknown (got 'round-robin'); use one of: random, maglev"),
    ("lb-mode", dict(load_balancing=LoadBalancing(mode="dsr-geneve")),
     "load-balancer mode is unknown (got 'dsr-geneve'); use one of: snat, dsr, hybrid"),
    ("datapath-mode", dict(datapath_mode="ipvlan"),
     "datapath mode is unknown (got 'ipvlan'); use one of: veth, netkit, netkit-l2"),
    ("ipam-mode", dict(ipam_mode="eni"),
     "IPAM mode is unknown (got 'eni'); use one of: cluster-pool, kubernetes, multi-pool"),
    ("native-needs-cidr", dict(routing_mode="native"),
     "native routing needs ipv4_native_routing_cidr (got None); set it to the CIDR the network routes natively, "
     "usually the pod CIDR such as '10.42.0.0/16'"),
    ("cidr-host-bits", dict(routing_mode="native", ipv4_native_routing_cidr="10.42.0.1/16"),
     "native routing CIDR is not an IPv4 network (got '10.42.0.1/16'); write the pod CIDR in network form, "
     "such as '10.42.0.0/16'"),
    ("cidr-ipv6", dict(routing_mode="native", ipv4_native_routing_cidr="fd00::/64"),
     "native routing CIDR is not an IPv4 network (got 'fd00::/64'); write the pod CIDR in network form, "
     "such as '10.42.0.0/16'"),
    ("direct-routes-need-native", dict(auto_direct_node_routes=True),
     "auto_direct_node_routes needs native routing (got 'tunnel'); set routing_mode='native', or drop "
     "auto_direct_node_routes (the tunnel reaches other nodes)"),
    ("host-without-port", dict(k8s_service_host="127.0.0.1"),
     "API server host and port go together (got {'host': '127.0.0.1', 'port': None}); set both k8s_service_host "
     "and k8s_service_port"),
    ("host-not-a-name", dict(k8s_service_host="api server", k8s_service_port=6443),
     "API server host is not an IP address or DNS name (got 'api server'); write the address kubelets use for the "
     "API server, such as '127.0.0.1' or 'k8s.homelab.local'"),
    ("port-out-of-range", dict(k8s_service_host="127.0.0.1", k8s_service_port=70000),
     "API server port must be an integer in 1-65535 (got 70000); use a valid TCP/UDP API server port"),
    ("kpr-needs-api-server", dict(kube_proxy_replacement=True),
     "kube-proxy replacement needs the API server's host and port (got None); set k8s_service_host and "
     "k8s_service_port: without kube-proxy the 'kubernetes' Service address is not reachable before Cilium runs"),
    ("dsr-needs-kpr", dict(load_balancing=LoadBalancing(mode="dsr"), **NATIVE),
     f"load-balancer mode dsr needs kube-proxy replacement (got False); {KPR_FIX}, or use mode 'snat'"),
    ("dsr-needs-native", dict(load_balancing=LoadBalancing(mode="dsr"), **KPR),
     "load-balancer mode dsr needs native routing (got 'tunnel'); set routing_mode='native' with "
     "ipv4_native_routing_cidr (DSR's IP option does not cross a tunnel), or use mode 'snat'"),
    ("hybrid-needs-native", dict(load_balancing=LoadBalancing(mode="hybrid"), **KPR),
     "load-balancer mode hybrid needs native routing (got 'tunnel'); set routing_mode='native' with "
     "ipv4_native_routing_cidr (DSR's IP option does not cross a tunnel), or use mode 'snat'"),
    ("hybrid-needs-kpr", dict(load_balancing=LoadBalancing(mode="hybrid"), **NATIVE),
     f"load-balancer mode hybrid needs kube-proxy replacement (got False); {KPR_FIX}, or use mode 'snat'"),
    ("gateway-api-needs-kpr", dict(gateway_api=True),
     f"the Gateway API controller needs kube-proxy replacement (got False); {KPR_FIX}"),
    ("l2-needs-kpr", dict(l2_announcements=True),
     f"L2 announcements need kube-proxy replacement (got False); {KPR_FIX}"),
    ("bpf-masquerade-needs-kpr", dict(bpf_masquerade=True),
     f"BPF masquerading needs kube-proxy replacement (got False); {KPR_FIX}"),
    ("bbr-needs-bandwidth-manager", dict(bbr=True),
     "BBR needs the bandwidth manager (got False); set bandwidth_manager=True, or bbr=False"),
    ("netkit-needs-bpf-masquerade", dict(datapath_mode="netkit", **KPR),
     "datapath mode netkit needs BPF masquerading (eBPF host routing) (got False); set bpf_masquerade=True (with "
     "kube-proxy replacement), or use 'veth'"),
    ("netkit-l2-needs-kpr", dict(datapath_mode="netkit-l2", bpf_masquerade=True),
     f"datapath mode netkit-l2 needs kube-proxy replacement (eBPF host routing) (got False); {KPR_FIX}"),
    ("rate-limit-burst", dict(k8s_client_rate_limit=ClientRateLimit(qps=20, burst=10)),
     "client rate limit burst is below its QPS (got 10); set burst to 20 or more"),
    ("rate-limit-qps", dict(k8s_client_rate_limit=ClientRateLimit(qps=0, burst=10)),
     "client rate limit QPS must be an integer of at least 1 (got 0); use a whole number >= 1"),
    ("ui-needs-relay", dict(hubble=Hubble(relay=False)),
     "the Hubble UI needs the Hubble relay (got False); set Hubble(relay=True), or ui=False"),
    ("metric-unknown", dict(hubble=Hubble(metrics=("dns:query", "latency"))),
     "Hubble metric is unknown (got 'latency'); use one of dns, drop, flow, flows-to-world, http, httpV2, icmp, "
     "kafka, policy, port-distribution, tcp, options after ':' (such as 'dns:query')"),
    ("metric-twice", dict(hubble=Hubble(metrics=("dns", "dns:query"))),
     "a Hubble metric is listed twice (got ['dns', 'dns:query']); list each metric once, with all its options"),
    ("metrics-not-a-list", dict(hubble=Hubble(metrics="drop")),
     "Hubble metrics must be a list (got 'drop'); write a list such as ['drop']"),
    ("hubble-monitor-needs-metrics", dict(service_monitors=ServiceMonitors()),
     "the Hubble ServiceMonitor needs Hubble metrics (got None); list metrics in Hubble(metrics=...), or "
     "ServiceMonitors(hubble=False)"),
    ("hubble-monitor-without-hubble", dict(hubble=None, service_monitors=ServiceMonitors()),
     "the Hubble ServiceMonitor needs Hubble metrics (got None); list metrics in Hubble(metrics=...), or "
     "ServiceMonitors(hubble=False)"),
    ("devices-not-a-list", dict(devices=5),
     "devices must be a list of interface names or prefixes (got 5); write names such as ['eth0'] or "
     "prefixes such as ['eth+'] (or the chart's string, 'eth+')"),
    ("devices-empty-string", dict(devices=" "),
     "devices must be a list of interface names or prefixes (got ' '); write names such as ['eth0'] or "
     "prefixes such as ['eth+'] (or the chart's string, 'eth+')"),
    ("device-name", dict(devices=("eth 0",)),
     "devices must be a list of interface names or prefixes (got ('eth 0',)); write names such as ['eth0'] or "
     "prefixes such as ['eth+'] (or the chart's string, 'eth+')"),
    ("device-twice", dict(devices=["eth0", "eth0"]),
     "a device is listed twice (got ['eth0', 'eth0']); list each device once"),
    ("operator-replicas", dict(operator_replicas=0),
     "operator replicas must be an integer of at least 1 (got 0); use a whole number >= 1"),
    ("extra-value-collides", dict(bpf_masquerade=True, **KPR, extra_values={"bpf": {"masquerade": True}}),
     "extra value is already set by a typed option (got 'bpf.masquerade'); use the CiliumValues field that sets it"),
    ("extra-value-replaces-a-group", dict(load_balancing=LoadBalancing("maglev"), extra_values={"loadBalancer": "x"}),
     "extra value is already set by a typed option (got 'loadBalancer'); use the CiliumValues field that sets it"),
    ("extra-values-not-a-mapping", dict(extra_values=["x"]),
     "extra values must be a mapping (got ['x']); write nested Helm values, such as {'cgroup': {...}}"),
]


@pytest.mark.parametrize("kwargs, message", [c[1:] for c in BAD_VALUES], ids=[c[0] for c in BAD_VALUES])
def test_bad_values(kwargs, message):
    with pytest.raises(ValueError) as caught:
        CiliumValues(**kwargs).helm_values()
    assert str(caught.value) == f"CiliumValues: {message}"


def test_bad_values_name_the_release():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "platform")
    with pytest.raises(ValueError) as caught:
        CiliumRelease(chart, "Cilium", values=CiliumValues(bbr=True))
    assert str(caught.value) == ("platform/Cilium: BBR needs the bandwidth manager (got False); set "
                                 "bandwidth_manager=True, or bbr=False")
