"""Bad input, the three classes of the issue "Bad input and faults", one row per input with the
exact message the user sees (``<construct path or spec path>: <what is wrong> (got <value>);
<how to fix>``), as in ``test_bad_input_catalogue.py``:

1. types at the boundary: a string where a list belongs (it would be read character by
   character), ``None``, a set, a mapping, a tuple of the wrong shape or a single object are
   refused by the shared checks of ``_validation`` (``check_sequence``, ``check_mapping``,
   ``check_text``, ``check_int``, ``check_instance``, ``check_bool``) with the index or key of a
   bad item; specs check their fields in ``__post_init__`` with spec paths
   (``HomelabSpec.apps[0]``, ``IsolationSpec.opt_out``); a construct's props
   (``HomelabApp.props(...)``) check their keyword names at once, and the values are checked by
   the constructs the ``Homelab`` builds, with their construct paths (those rows build it);
2. specs are immutable all the way down (tests below the table);
3. the same object twice is refused where both places are known, naming both: two entries of a
   spec list (``HomelabSpec.apps[0] and HomelabSpec.apps[2]``), or two constructs of one app
   (``c/p already declares it``).

Each check has a wrong-type row and a wrong-value row. Rows build into a fresh chart ``c`` of a
fresh app; a spec row that builds the ``Homelab`` uses ``lab(c, ...)``.
"""
from __future__ import annotations

import dataclasses
from dataclasses import replace
from types import MappingProxyType

from homelab_constructs import (
    AppRoute,
    ArgoSync,
    BackendRef,
    CertManagerRelease,
    CidrRule,
    CiliumRelease,
    CiliumValues,
    ClaimSpec,
    CloudflareDns01,
    ClusterCidrs,
    DnsRecords,
    EgressGrant,
    GatewayHttp01,
    GrpcRule,
    Homelab,
    HomelabApp,
    HomelabGateway,
    HomelabSpec,
    HttpMatch,
    HttpRule,
    HttpsRedirect,
    IsolationSpec,
    L2Announcement,
    LabelMatch,
    Listener,
    LoadBalancerPool,
    NamespaceIsolation,
    PodSelector,
    PolicyPeer,
    PolicyRule,
    PortRule,
    PrivateKey,
    ProbeTiming,
    Props,
    ReleaseSettings,
    RemoteRef,
    RequestRedirect,
    Resources,
    SecretTemplate,
    SelfSignedCa,
    SyncedSecret,
    ToApiServer,
    ToCidr,
    ToEntity,
    ToFqdn,
    ToService,
    ToWorld,
    TunnelIngress,
    TunnelIngressRule,
    VaultSecretStore,
    VlanAddress,
    VlanAttachment,
    VpnCredentials,
    VpnPod,
    VpnStorage,
    VpnTunnel,
    VpnVolume,
    WebUi,
)
from homelab_constructs._props import parameters
from homelab_constructs._validation import (
    FrozenDict,
    check_instance,
    check_int,
    check_mapping,
    check_sequence,
    check_text,
    claim_once,
    first_duplicate,
)
from homelab_constructs.isolation.spec import isolate_namespaces

import cdk8s
import jsii
import pytest
from bad_input import Case, app, gw
from test_tunnel_real import DOMAIN as TUNNEL_DOMAIN
from test_tunnel_real import ORIGIN, tunnel

from main import ISOLATION as DEFAULT_ISOLATION
from main import default_spec


def iso(c, **kw):
    return NamespaceIsolation(c, "iso", namespace="media", apps=[app(c)], **kw)


def pool(c, id="p", name="p", **kw):
    return LoadBalancerPool(c, id, name=name, **kw)


def route(c, **kw):
    return AppRoute(c, "r", **{"name": "sonarr", "namespace": "media", "gateway": gw(c), "port": 8989, **kw})


def lab(c, **kw):
    """The Homelab of ``HomelabSpec(**kw)``, in the app of ``c``."""
    return Homelab(c.node.root, "Homelab", HomelabSpec(**kw))


SONARR = HomelabApp.props(name="sonarr", port=8989, namespace="media")
LAN_POOL = LoadBalancerPool.props(name="lan", cidrs=("192.168.10.0/24",))
VAULT = "http://vault.vault.svc.cluster.local:8200"


def store(**kw):
    """The Vault store's props, with ``kw``."""
    return VaultSecretStore.props(**{"server": VAULT, **kw})


def vpn(**kw):
    """The VPN pod's props (qBittorrent in ``downloads``), with ``kw``."""
    return VpnPod.props(**{"name": "qbit", "namespace": "downloads", **kw})


def vpn_lab(c, **kw):
    kw = {"secret_store": store(), "vpn": vpn(), **kw}
    return lab(c, **kw)


CASES: list[Case] = [
    # ---- the shared checks (_validation.py), on a construct (c) and on a spec path
    Case("seq-string", lambda c: check_sequence(c, "eth0", "interfaces", example=["enp1s0"]),
         "c: interfaces is not a list or tuple (got 'eth0'); write a list such as ['eth0']"),
    Case("seq-none", lambda c: check_sequence(c, None, "interfaces", example=["enp1s0"]),
         "c: interfaces is not a list or tuple (got None); write a list such as ['enp1s0']"),
    Case("seq-set", lambda c: check_sequence(c, {443, 80}, "ports", example=[443]),
         "c: ports is a set, which has no order (got {80, 443}); write a list such as [80, 443]"),
    Case("seq-mapping", lambda c: check_sequence(c, {"sonarr": 8989}, "apps", example=("sonarr",)),
         "c: apps is not a list or tuple (got {'sonarr': 8989}); write a tuple such as ('sonarr',)"),
    Case("seq-range", lambda c: check_sequence(c, range(3), "ports", example=[443]),
         "c: ports is not a list or tuple (got range(0, 3)); write a list such as [443]"),
    Case("seq-single-object", lambda c: check_sequence("Spec.ports", 443, "ports", example=(80,)),
         "Spec.ports: ports is not a list or tuple (got 443); write a tuple such as (443,)"),
    Case("seq-item-type",
         lambda c: check_sequence(c, ["a", 5], "names", lambda s, v, w: check_text(s, v, w, "a"), example=["a"]),
         "c: names[1] is not a string (got 5); write a string such as 'a'"),
    Case("seq-item-spec-path",
         lambda c: check_sequence("Spec.names", ("a", 5), "names", lambda s, v, w: check_text(s, v, w, "a"),
                                  example=("a",), item="name"),
         "Spec.names[1]: name is not a string (got 5); write a string such as 'a'"),
    Case("map-pairs", lambda c: check_mapping(c, [("app", "sonarr")], "labels", example={"app": "sonarr"}),
         "c: labels is not a mapping (got [('app', 'sonarr')]); write a dict such as {'app': 'sonarr'}"),
    Case("map-set", lambda c: check_mapping(c, {"media"}, "opt_out", example={"media": "why"}),
         "c: opt_out is a set, not a mapping (got {'media'}); write a dict such as {'media': 'why'}"),
    Case("map-none", lambda c: check_mapping("Spec.labels", None, "labels", example={"app": "sonarr"}),
         "Spec.labels: labels is not a mapping (got None); write a dict such as {'app': 'sonarr'}"),
    Case("map-key",
         lambda c: check_mapping(c, {5: "x"}, "labels", lambda s, v, w: check_text(s, v, w, "app"), example={"app": "sonarr"}),
         "c: labels key is not a string (got 5); write a string such as 'app'"),
    Case("map-value",
         lambda c: check_mapping(c, {"app": 5}, "labels", None, lambda s, v, w: check_text(s, v, w, "sonarr"),
                                 example={"app": "sonarr"}),
         "c: labels['app'] is not a string (got 5); write a string such as 'sonarr'"),
    Case("map-spec-key",
         lambda c: check_mapping("Spec.opt_out", {5: "x"}, "opt_out", lambda s, v, w: check_text(s, v, w, "media"),
                                 example={"media": "why"}, key="namespace"),
         "Spec.opt_out: namespace is not a string (got 5); write a string such as 'media'"),
    Case("map-spec-value",
         lambda c: check_mapping("Spec.opt_out", {"media": 5}, "opt_out", None,
                                 lambda s, v, w: check_text(s, v, w, "why"), example={"media": "why"}, item="reason"),
         "Spec.opt_out['media']: reason is not a string (got 5); write a string such as 'why'"),
    Case("text-type", lambda c: check_text(c, b"sonarr", "name", "sonarr"),
         "c: name is not a string (got b'sonarr'); write a string such as 'sonarr'"),
    Case("text-optional", lambda c: check_text(c, 0, "hostname", "tv.homelab.local", optional=True),
         "c: hostname is not a string or None (got 0); write a string such as 'tv.homelab.local', or None"),
    Case("int-bool", lambda c: check_int(c, True, "port", 8989),
         "c: port is not an integer (got True); write a whole number such as 8989"),
    Case("int-string", lambda c: check_int(c, "8989", "port", 8989, optional=True),
         "c: port is not an integer or None (got '8989'); write a whole number such as 8989, or None"),
    Case("instance-type",
         lambda c: check_instance(c, ("media", "sonarr", ()), EgressGrant, "grant", "write EgressGrant('media', 'sonarr', "
                                  "(ToWorld(),))"),
         "c: grant is not an EgressGrant (got ('media', 'sonarr', ())); write EgressGrant('media', 'sonarr', (ToWorld(),))"),
    Case("instance-construct",
         lambda c: check_instance(c, app(c), EgressGrant, "grant", "write EgressGrant('media', 'sonarr', (ToWorld(),))"),
         "c: grant is not an EgressGrant (got <HomelabApp c/a>); write EgressGrant('media', 'sonarr', (ToWorld(),))"),
    Case("instance-optional",
         lambda c: check_instance("Spec.isolation", "media", IsolationSpec, "isolation", "write IsolationSpec(), or None",
                                  optional=True),
         "Spec.isolation: isolation is not an IsolationSpec or None (got 'media'); write IsolationSpec(), or None"),

    # ---- LoadBalancerPool, L2Announcement (network/lbipam.py)
    Case("pool-cidrs-string", lambda c: pool(c, cidrs="192.168.10.0/24"),
         "c/p: cidrs is not a list or tuple (got '192.168.10.0/24'); write a list such as ['192.168.10.0/24']"),
    Case("pool-cidrs-none", lambda c: pool(c, cidrs=None),
         "c/p: cidrs is not a list or tuple (got None); write a list such as ['192.168.10.192/26']"),
    Case("pool-cidrs-set", lambda c: pool(c, cidrs={"192.168.10.0/24"}),
         "c/p: cidrs is a set, which has no order (got {'192.168.10.0/24'}); write a list such as ['192.168.10.0/24']"),
    Case("pool-cidrs-item", lambda c: pool(c, cidrs=["192.168.10.0/24", 5]),
         "c/p: CIDR is not in network form (got 5); write the network address with its prefix length"),
    Case("pool-ranges-string-item", lambda c: pool(c, ranges=["192.168.10.200-192.168.10.250"]),
         "c/p: ranges[0] is not a (start, stop) pair (got '192.168.10.200-192.168.10.250'); write a pair such as "
         "('192.168.10.200', '192.168.10.250')"),
    Case("pool-ranges-one-pair", lambda c: pool(c, ranges=("192.168.10.200", "192.168.10.250")),
         "c/p: ranges is one (start, stop) pair, not a list of them (got ('192.168.10.200', '192.168.10.250')); write a "
         "list of pairs such as [('192.168.10.200', '192.168.10.250')]"),
    Case("pool-ranges-short-pair", lambda c: pool(c, ranges=[("192.168.10.200",)]),
         "c/p: ranges[0] is not a (start, stop) pair (got ('192.168.10.200',)); write a pair such as ('192.168.10.200', "
         "'192.168.10.250')"),
    Case("pool-ranges-none", lambda c: pool(c, ranges=None),
         "c/p: ranges is not a list or tuple (got None); write a list such as [('192.168.10.200', '192.168.10.250')]"),
    Case("pool-ranges-item-value", lambda c: pool(c, ranges=[("192.168.10.200", 250)]),
         "c/p: range stop is not an IP address (got 250); write a single address such as 192.168.10.200"),
    Case("pool-selector-type", lambda c: pool(c, cidrs=["192.168.10.0/24"], service_selector="lan"),
         "c/p: service_selector is not a mapping (got 'lan'); write a dict such as {'lb-pool': 'lan'}"),
    Case("pool-selector-key", lambda c: pool(c, cidrs=["192.168.10.0/24"], service_selector={"lb pool": "lan"}),
         "c/p: service_selector key is not a label name (got 'lb pool'); write a key such as 'app' or 'example.com/app'"),
    Case("pool-selector-value", lambda c: pool(c, cidrs=["192.168.10.0/24"], service_selector={"lb-pool": 1}),
         "c/p: service_selector['lb-pool'] is not a label value (got 1); write up to 63 letters, digits, '-', '_' or '.', "
         "starting and ending with a letter or digit"),
    Case("pool-twice",
         lambda c: (pool(c, name="lan", cidrs=["192.168.10.0/25"]), pool(c, "q", name="lan", cidrs=["192.168.10.128/25"])),
         "c/q: pool is declared twice (got 'lan'); c/p already declares it; give each pool its own name"),
    Case("l2-interfaces-string", lambda c: L2Announcement(c, "l2", name="l2", interfaces="eth0"),
         "c/l2: interfaces is not a list or tuple (got 'eth0'); write a list such as ['eth0']"),
    Case("l2-interfaces-item-type", lambda c: L2Announcement(c, "l2", name="l2", interfaces=["eth0", None]),
         "c/l2: interfaces[1] is not a string (got None); write a string such as 'enp1s0'"),
    Case("l2-interfaces-item-value", lambda c: L2Announcement(c, "l2", name="l2", interfaces=["eth 0"]),
         "c/l2: interface pattern has characters no interface name uses (got 'eth 0'); use an interface name such as "
         "'enp1s0' or a regex such as '^eth[0-9]+'"),
    Case("l2-node-selector-type", lambda c: L2Announcement(c, "l2", name="l2", node_selector=["homelab.io/l2"]),
         "c/l2: node_selector is not a mapping (got ['homelab.io/l2']); write a dict such as {'homelab.io/l2': 'true'}"),
    Case("l2-node-selector-value", lambda c: L2Announcement(c, "l2", name="l2", node_selector={"zone": "rack 1"}),
         "c/l2: node_selector['zone'] is not a label value (got 'rack 1'); write up to 63 letters, digits, '-', '_' or "
         "'.', starting and ending with a letter or digit"),
    Case("l2-service-selector-type", lambda c: L2Announcement(c, "l2", name="l2", service_selector="lan"),
         "c/l2: service_selector is not a mapping (got 'lan'); write a dict such as {'lb-pool': 'lan'}"),
    Case("l2-service-selector-key", lambda c: L2Announcement(c, "l2", name="l2", service_selector={"/lan": "yes"}),
         "c/l2: service_selector key is not a label name (got '/lan'); write a key such as 'app' or 'example.com/app'"),
    Case("l2-external-ips-type", lambda c: L2Announcement(c, "l2", name="l2", external_ips="yes"),
         "c/l2: external_ips must be True or False (got 'yes'); write True or False"),
    Case("l2-load-balancer-ips-none", lambda c: L2Announcement(c, "l2", name="l2", load_balancer_ips=None),
         "c/l2: load_balancer_ips must be True or False (got None); write True or False"),
    Case("l2-control-plane-int", lambda c: L2Announcement(c, "l2", name="l2", include_control_plane=1),
         "c/l2: include_control_plane must be True or False (got 1); write True or False"),
    Case("l2-twice", lambda c: (L2Announcement(c, "l2", name="homelab-l2"), L2Announcement(c, "l2b", name="homelab-l2")),
         "c/l2b: L2 announcement policy is declared twice (got 'homelab-l2'); c/l2 already declares it; give each policy "
         "its own name"),

    # ---- NamespaceIsolation and the intents (network/policies.py)
    Case("iso-apps-single", lambda c: NamespaceIsolation(c, "iso", namespace="media", apps=app(c)),
         "c/iso: apps is not a list or tuple (got <HomelabApp c/a>); write a list such as [<HomelabApp c/a>]"),
    Case("iso-apps-item-type", lambda c: NamespaceIsolation(c, "iso", namespace="media", apps=["sonarr"]),
         "c/iso: apps[0] is not a HomelabApp (got 'sonarr'); pass the HomelabApp objects of the namespace"),
    Case("iso-apps-twice", lambda c: (a := app(c), NamespaceIsolation(c, "iso", namespace="media", apps=[a, a])),
         "c/iso: app is listed twice, as apps[0] and apps[1] (got 'sonarr'); list each app of the namespace once"),
    Case("iso-apps-one-name-twice",
         lambda c: NamespaceIsolation(c, "iso", namespace="media", apps=[app(c), app(c, "b", port=8990)]),
         "c/iso: two apps have one name, apps[0] (c/a) and apps[1] (c/b) (got 'sonarr'); give each app of the namespace "
         "its own name"),
    Case("iso-lan-cidrs-string", lambda c: iso(c, lan_cidrs="192.168.10.0/24"),
         "c/iso: lan_cidrs is not a list or tuple (got '192.168.10.0/24'); write a list such as ['192.168.10.0/24']"),
    Case("iso-lan-cidrs-item", lambda c: iso(c, lan_cidrs=["192.168.10.1/24"]),
         "c/iso: LAN CIDR is not in network form (got '192.168.10.1/24'); write the network address with its prefix "
         "length; did you mean 192.168.10.0/24?"),
    Case("iso-egress-not-pairs", lambda c: iso(c, egress=("sonarr", [ToWorld()])),
         "c/iso: egress[0] is not an EgressGrant (got 'sonarr'); write EgressGrant('media', 'sonarr', (ToWorld((443,)),))"),
    Case("iso-egress-single", lambda c: iso(c, egress=EgressGrant("media", "sonarr", (ToWorld(),))),
         "c/iso: egress is not a list or tuple (got EgressGrant(namespace='media', pods='sonarr', to=(ToWorld(ports=(), "
         "protocol='TCP'),))); write a list such as [EgressGrant(namespace='media', pods='sonarr', to=(ToWorld(ports=(), "
         "protocol='TCP'),))]"),
    Case("iso-egress-pair-shape", lambda c: iso(c, egress=[["sonarr"]]),
         "c/iso: egress[0] is not an EgressGrant (got ['sonarr']); write EgressGrant('media', 'sonarr', (ToWorld((443,)),))"),
    # a (pods, intents) pair, as egress= once took: the fix is the EgressGrant it means, as given
    Case("iso-egress-pair", lambda c: iso(c, egress=[("sonarr", [ToWorld((443,))])]),
         "c/iso: egress[0] is not an EgressGrant (got ('sonarr', [ToWorld(ports=(443,), protocol='TCP')])); "
         "write EgressGrant('media', 'sonarr', (ToWorld((443,)),))"),
    Case("iso-egress-pair-pods-type", lambda c: iso(c, egress=[(5, [ToWorld()])]),
         "c/iso: egress[0] is not an EgressGrant (got (5, [ToWorld(ports=(), protocol='TCP')])); "
         "write EgressGrant('media', 5, (ToWorld(),))"),
    Case("iso-egress-pair-intents-single", lambda c: iso(c, egress=[("sonarr", ToWorld())]),
         "c/iso: egress[0] is not an EgressGrant (got ('sonarr', ToWorld(ports=(), protocol='TCP'))); "
         "write EgressGrant('media', 'sonarr', (ToWorld(),))"),
    # a grant's own pods and intents: EgressGrant checks them (grant-pods-type, grant-to-item-type below)
    Case("iso-egress-other-namespace", lambda c: iso(c, egress=[EgressGrant("downloads", "sonarr", (ToWorld((443,)),))]),
         "c/iso: egress[0] is for namespace downloads, not media (got EgressGrant(namespace='downloads', pods='sonarr', "
         "to=(ToWorld(ports=(443,), protocol='TCP'),))); pass it to the NamespaceIsolation of downloads, or grant pods "
         "of media: EgressGrant('media', 'sonarr', (ToWorld((443,)),))"),
    Case("iso-egress-twice",
         lambda c: iso(c, egress=[EgressGrant("media", "sonarr", (ToWorld((443,)),)),
                                  EgressGrant("media", {"app.kubernetes.io/name": "sonarr"}, (ToApiServer(),))]),
         "c/iso: egress[0] and egress[1] are for the same pods (got 'sonarr'); put all intents for those pods in one "
         "EgressGrant: one policy is written per pods"),
    Case("isolate-apps-type", lambda c: isolate_namespaces(lambda name: c, "sonarr", IsolationSpec(), {}),
         "isolate_namespaces.apps: apps is not a list or tuple (got 'sonarr'); write a list such as [sonarr]"),
    Case("isolate-apps-item", lambda c: isolate_namespaces(lambda name: c, ["sonarr"], IsolationSpec(), {}),
         "isolate_namespaces.apps[0]: app is not a HomelabApp (got 'sonarr'); pass the HomelabApp objects to isolate"),
    Case("isolate-spec-type", lambda c: isolate_namespaces(lambda name: c, [], {"enabled": True}, {}),
         "HomelabSpec.isolation: isolation is not an IsolationSpec (got {'enabled': True}); pass an IsolationSpec"),
    Case("iso-metrics-pairs", lambda c: iso(c, app_metrics_ports=[("sonarr", (9707,))]),
         "c/iso: app_metrics_ports is not a mapping (got [('sonarr', (9707,))]); write a dict such as {'sonarr': [9707]}"),
    Case("iso-metrics-key", lambda c: iso(c, app_metrics_ports={5: (9707,)}),
         "c/iso: app_metrics_ports key is not a string (got 5); write a string such as 'sonarr'"),
    Case("iso-metrics-ports-type", lambda c: iso(c, app_metrics_ports={"sonarr": 9707}),
         "c/iso: metrics ports of sonarr must be a tuple of ports (got 9707); write them as (443,) or (80, 443)"),
    Case("iso-metrics-ports-value", lambda c: iso(c, app_metrics_ports={"sonarr": (0,)}),
         "c/iso: metrics port of sonarr must be an integer in 1-65535 (got 0); use a valid TCP/UDP metrics port of sonarr"),
    Case("iso-namespace-twice",
         lambda c: (a := app(c), NamespaceIsolation(c, "iso", namespace="media", apps=[a]),
                    NamespaceIsolation(c, "iso2", namespace="media")),
         "c/iso2: namespace is isolated twice (got 'media'); c/iso already isolates it; give one NamespaceIsolation all "
         "of the namespace's apps and egress"),
    Case("iso-egress-name-type", lambda c: iso(c).allow_egress("sonarr", ToWorld(), name=5),
         "c/iso: policy name is not a string or None (got 5); write a string such as 'sonarr-egress', or None"),
    Case("iso-egress-name-value", lambda c: iso(c).allow_egress("sonarr", ToWorld(), name="Sonarr_Egress"),
         "c/iso: policy name is not a DNS label (got 'Sonarr_Egress'); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    Case("iso-ingress-app-type", lambda c: iso(c).allow_ingress(5, namespace="external-secrets", pods={"app": "eso"}),
         "c/iso: app is not a string (got 5); write a string such as 'vault'"),
    Case("iso-ingress-app-value", lambda c: iso(c).allow_ingress("radarr", namespace="external-secrets", pods={"app": "eso"}),
         "c/iso: no app of namespace media has this name (got 'radarr'); use one of: sonarr; or select the pods by label"),
    Case("fqdn-names-none", lambda c: iso(c, egress=[EgressGrant("media", "sonarr", (ToFqdn(None),))]),
         "c/iso: FQDN intent names is not a list or tuple (got None); write a tuple such as ('grafana.com', "
         "'*.grafana.com')"),
    Case("fqdn-names-set", lambda c: iso(c, egress=[EgressGrant("media", "sonarr", (ToFqdn({"grafana.com"}),))]),
         "c/iso: FQDN intent names is a set, which has no order (got {'grafana.com'}); write a tuple such as "
         "('grafana.com',)"),
    Case("fqdn-names-value", lambda c: iso(c, egress=[EgressGrant("media", "sonarr", (ToFqdn(("grafana com",)),))]),
         "c/iso: FQDN is not a DNS name or pattern (got 'grafana com'); write a name such as 'grafana.com' or a pattern "
         "such as '*.grafana.com'"),
    Case("service-namespace-type", lambda c: iso(c, egress=[EgressGrant("media", "sonarr", (ToService("qbit", 5),))]),
         "c/iso: egress service namespace is not a DNS label (got 5); use 1-63 lowercase letters, digits or '-', starting "
         "and ending with a letter or digit"),
    Case("service-namespace-value", lambda c: iso(c, egress=[EgressGrant("media", "sonarr", (ToService("qbit", "Downloads"),))]),
         "c/iso: egress service namespace is not a DNS label (got 'Downloads'); use 1-63 lowercase letters, digits or "
         "'-', starting and ending with a letter or digit"),
    Case("world-ports-type", lambda c: iso(c, egress=[EgressGrant("media", "sonarr", (ToWorld(443),))]),
         "c/iso: egress ports must be a tuple of ports (got 443); write them as (443,) or (80, 443)"),
    Case("world-ports-value", lambda c: iso(c, egress=[EgressGrant("media", "sonarr", (ToWorld((443, 70000)),))]),
         "c/iso: egress port must be an integer in 1-65535 (got 70000); use a valid TCP/UDP egress port"),

    # ---- SelfSignedCa (tls/ca.py)
    Case("ca-secret-name-type", lambda c: SelfSignedCa(c, "ca", secret_name=0),
         "c/ca: secret name is not a string or None (got 0); write a string such as 'homelab-ca-secret', or None"),
    Case("ca-secret-name-value", lambda c: SelfSignedCa(c, "ca", secret_name="CA_Secret"),
         "c/ca: secret name is not a DNS label (got 'CA_Secret'); use 1-63 lowercase letters, digits or '-', starting and "
         "ending with a letter or digit"),
    Case("ca-issuer-name-type", lambda c: SelfSignedCa(c, "ca", issuer_name=["ca-issuer"]),
         "c/ca: issuer name is not a string or None (got ['ca-issuer']); write a string such as 'homelab-ca-issuer', or "
         "None"),
    Case("ca-issuer-name-value", lambda c: SelfSignedCa(c, "ca", issuer_name="CA Issuer"),
         "c/ca: issuer name is not a DNS label (got 'CA Issuer'); use 1-63 lowercase letters, digits or '-', starting and "
         "ending with a letter or digit"),
    Case("ca-twice", lambda c: (SelfSignedCa(c, "ca"), SelfSignedCa(c, "ca2")),
         "c/ca2: bootstrap ClusterIssuer is declared twice (got 'selfsigned-issuer'); c/ca already declares it; give each "
         "SelfSignedCa its own name, bootstrap_issuer_name and issuer_name, or build one CA and pass it wherever an "
         "issuer is taken"),
    Case("ca-issuer-twice", lambda c: (SelfSignedCa(c, "ca"), SelfSignedCa(c, "ca2", bootstrap_issuer_name="bootstrap-2")),
         "c/ca2: CA ClusterIssuer is declared twice (got 'homelab-ca-issuer'); c/ca already declares it; give each "
         "SelfSignedCa its own name, bootstrap_issuer_name and issuer_name, or build one CA and pass it wherever an "
         "issuer is taken"),
    Case("ca-issuer-as-bootstrap",
         lambda c: (SelfSignedCa(c, "ca"), SelfSignedCa(c, "ca2", name="lab-ca", bootstrap_issuer_name="homelab-ca-issuer")),
         "c/ca2: bootstrap ClusterIssuer is declared twice (got 'homelab-ca-issuer'); c/ca already declares it; give each "
         "SelfSignedCa its own name, bootstrap_issuer_name and issuer_name, or build one CA and pass it wherever an "
         "issuer is taken"),
    Case("ca-certificate-twice",
         lambda c: (SelfSignedCa(c, "ca"), SelfSignedCa(c, "ca2", bootstrap_issuer_name="bootstrap-2", issuer_name="issuer-2")),
         "c/ca2: CA Certificate is declared twice (got 'cert-manager/homelab-ca'); c/ca already declares it; give each "
         "SelfSignedCa its own name, bootstrap_issuer_name and issuer_name, or build one CA and pass it wherever an "
         "issuer is taken"),
    Case("ca-secret-twice",
         lambda c: (SelfSignedCa(c, "ca"), SelfSignedCa(c, "ca2", name="lab-ca", bootstrap_issuer_name="bootstrap-2",
                                                        secret_name="homelab-ca-secret")),
         "c/ca2: CA Secret is declared twice (got 'cert-manager/homelab-ca-secret'); c/ca already declares it; give each "
         "SelfSignedCa its own name, bootstrap_issuer_name and issuer_name, or build one CA and pass it wherever an "
         "issuer is taken"),

    # ---- HomelabGateway, AppRoute, HttpsRedirect (gateway/gateway.py)
    Case("gateway-annotations-pairs", lambda c: gw(c, annotations=[("example.com/note", "lab")]),
         "c/gw: annotations must be a mapping of key to string (got [('example.com/note', 'lab')]); write "
         "{'example.com/key': 'value'}"),
    Case("gateway-annotations-value", lambda c: gw(c, annotations={"example.com/note": 5}),
         "c/gw: annotations value of example.com/note is not a string (got 5); quote it, such as '5'"),
    Case("gateway-infra-annotations-type", lambda c: gw(c, infrastructure_annotations="lbipam.cilium.io/ips"),
         "c/gw: infrastructure_annotations must be a mapping of key to string (got 'lbipam.cilium.io/ips'); write "
         "{'example.com/key': 'value'}"),
    Case("gateway-infra-annotations-key", lambda c: gw(c, infrastructure_annotations={"bad key": "x"}),
         "c/gw: infrastructure_annotations key is not a label name (got 'bad key'); write a key such as 'example.com/note'"),
    Case("gateway-labels-type", lambda c: gw(c, labels="team"),
         "c/gw: labels is not a mapping (got 'team'); write a dict such as {'team': 'lab'}"),
    Case("gateway-labels-value", lambda c: gw(c, labels={"team": "home lab"}),
         "c/gw: labels['team'] is not a label value (got 'home lab'); write up to 63 letters, digits, '-', '_' or '.', "
         "starting and ending with a letter or digit"),
    Case("gateway-redirect-string", lambda c: gw(c, https_redirect="no"),
         "c/gw: https_redirect must be True or False (got 'no'); set True to answer plain HTTP with a redirect to HTTPS "
         "(the default), or False"),
    Case("gateway-redirect-none", lambda c: gw(c, https_redirect=None),
         "c/gw: https_redirect must be True or False (got None); set True to answer plain HTTP with a redirect to HTTPS "
         "(the default), or False"),
    Case("gateway-tls-secret-type", lambda c: gw(c, tls_secret_name=0),
         "c/gw: TLS secret name is not a string or None (got 0); write a string such as 'homelab-gateway-tls', or None"),
    Case("gateway-tls-secret-value", lambda c: gw(c, tls_secret_name="Gateway_TLS"),
         "c/gw: TLS secret name is not a DNS label (got 'Gateway_TLS'); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    Case("gateway-load-balancer-ip-type", lambda c: gw(c, load_balancer_ip=3232238280),
         "c/gw: load_balancer_ip is not a string or None (got 3232238280); write a string such as '192.168.10.200', "
         "or None"),
    Case("gateway-load-balancer-ip-value", lambda c: gw(c, load_balancer_ip="192.168.10.300"),
         "c/gw: pinned IP is not an IP address (got '192.168.10.300'); write a single address such as 192.168.10.200"),
    Case("gateway-passthrough-hostname-type", lambda c: gw(c, tls_passthrough_port=8443, tls_passthrough_hostname=5),
         "c/gw: TLS passthrough hostname is not a string or None (got 5); write a string such as '*.tls.homelab.local', "
         "or None"),
    Case("gateway-passthrough-hostname-value", lambda c: gw(c, tls_passthrough_port=8443, tls_passthrough_hostname="tls"),
         "c/gw: TLS passthrough hostname is not a hostname or wildcard (got 'tls'); write a name such as "
         "'nas.homelab.local' or a wildcard such as '*.homelab.local'"),
    Case("route-annotations-type", lambda c: route(c, annotations="note"),
         "c/r: annotations must be a mapping of key to string (got 'note'); write {'example.com/key': 'value'}"),
    Case("route-annotations-key", lambda c: route(c, annotations={"a/b/c": "x"}),
         "c/r: annotations key is not a label name (got 'a/b/c'); write a key such as 'example.com/note'"),
    Case("route-service-name-type", lambda c: route(c, service_name=5),
         "c/r: service name is not a string or None (got 5); write a string such as 'sonarr', or None"),
    Case("route-service-name-value", lambda c: route(c, service_name="Sonarr"),
         "c/r: service name is not a DNS label (got 'Sonarr'); use 1-63 lowercase letters, digits or '-', starting and "
         "ending with a letter or digit"),
    Case("route-hostname-type", lambda c: route(c, hostname=["sonarr.homelab.local"]),
         "c/r: hostname is not a string or None (got ['sonarr.homelab.local']); write a string such as "
         "'tv.homelab.local', or None"),
    Case("route-twice",
         lambda c: (g := gw(c), AppRoute(c, "r", name="sonarr", namespace="media", gateway=g, port=8989),
                    AppRoute(c, "r2", name="sonarr", namespace="media", gateway=g, port=8989, hostname="tv.homelab.local")),
         "c/r2: HTTPRoute is declared twice in namespace media (got 'sonarr'); c/r already declares it; give each route "
         "its own name"),
    Case("redirect-name-type", lambda c: HttpsRedirect(c, "redirect", gateways=[gw(c, https_redirect=False)], name=5),
         "c/redirect: route name is not a string or None (got 5); write a string such as "
         "'homelab-gateway-https-redirect', or None"),
    Case("redirect-name-value", lambda c: HttpsRedirect(c, "redirect", gateways=[gw(c, https_redirect=False)], name="Redirect"),
         "c/redirect: route name is not a DNS label (got 'Redirect'); use 1-63 lowercase letters, digits or '-', starting "
         "and ending with a letter or digit"),
    Case("redirect-twice", lambda c: (gw(c), HttpsRedirect(c, "redirect", gateways=[c.node.find_child("gw")])),
         "c/redirect: HTTPRoute is declared twice in namespace default (got 'homelab-gateway-https-redirect'); "
         "c/gw/HttpsRedirect already declares it; give each route its own name"),

    # ---- the constructs' props in a HomelabSpec (homelab.py): LoadBalancerPool, HomelabApp, HomelabGateway,
    # SelfSignedCa, VaultSecretStore, VpnPod; the keyword names checked by .props(...) at once (_props.py), the
    # values by the constructs the Homelab builds, with their construct paths
    Case("props-positional", lambda c: HomelabApp.props("sonarr", 8989, "media"),
         "HomelabApp.props: props are keyword arguments (got ('sonarr', 8989, 'media')); name each one, such as "
         "HomelabApp.props(name=...)"),
    Case("props-unknown-argument", lambda c: HomelabApp.props(nme="sonarr", port=8989, namespace="media"),
         "HomelabApp.props: HomelabApp takes no argument nme (got 'nme'); did you mean name=? see help(HomelabApp) for "
         "its keyword arguments"),
    Case("props-missing-arguments", lambda c: HomelabApp.props(name="sonarr"),
         "HomelabApp.props: HomelabApp needs the keyword arguments namespace, port (got ['name']); pass namespace=..., "
         "port=...; see help(HomelabApp)"),
    Case("poolspec-name-type", lambda c: lab(c, pools=(LoadBalancerPool.props(name=5, cidrs=("192.168.10.0/24",)),)),
         "HomelabSpec.pools[0].name: name is not a string (got 5); write a string such as 'homelab-pool'"),
    Case("poolspec-name-value", lambda c: lab(c, pools=(LoadBalancerPool.props(name="LAN", cidrs=("192.168.10.0/24",)),)),
         "cilium/LAN: pool name is not a DNS label (got 'LAN'); use 1-63 lowercase letters, digits or '-', starting and "
         "ending with a letter or digit"),
    Case("poolspec-ranges-string-item",
         lambda c: lab(c, pools=(LoadBalancerPool.props(name="lan", ranges=["192.168.10.200-192.168.10.250"]),)),
         "cilium/lan: ranges[0] is not a (start, stop) pair (got '192.168.10.200-192.168.10.250'); write a pair such as "
         "('192.168.10.200', '192.168.10.250')"),
    Case("poolspec-ranges-one-pair",
         lambda c: lab(c, pools=(LoadBalancerPool.props(name="lan", ranges=("192.168.10.200", "192.168.10.250")),)),
         "cilium/lan: ranges is one (start, stop) pair, not a list of them (got ('192.168.10.200', '192.168.10.250')); "
         "write a list of pairs such as [('192.168.10.200', '192.168.10.250')]"),
    Case("poolspec-ranges-value",
         lambda c: lab(c, pools=(LoadBalancerPool.props(name="lan", ranges=(("192.168.10.250", "192.168.10.200"),)),)),
         "cilium/lan: range start is after its stop (got '192.168.10.250-192.168.10.200'); swap them: ('192.168.10.200', "
         "'192.168.10.250')"),
    Case("poolspec-cidrs-string", lambda c: lab(c, pools=(LoadBalancerPool.props(name="lan", cidrs="192.168.10.0/24"),)),
         "cilium/lan: cidrs is not a list or tuple (got '192.168.10.0/24'); write a list such as ['192.168.10.0/24']"),
    Case("poolspec-cidrs-item-type", lambda c: lab(c, pools=(LoadBalancerPool.props(name="lan", cidrs=(None,)),)),
         "cilium/lan: CIDR is not in network form (got None); write the network address with its prefix length"),
    Case("poolspec-cidrs-value", lambda c: lab(c, pools=(LoadBalancerPool.props(name="lan", cidrs=("192.168.10.5/24",)),)),
         "cilium/lan: CIDR is not in network form (got '192.168.10.5/24'); write the network address with its prefix "
         "length; did you mean 192.168.10.0/24?"),
    # None is now taken (LoadBalancerPool leaves allowFirstLastIPs unset): a string is the wrong type
    Case("poolspec-first-last-string",
         lambda c: lab(c, pools=(LoadBalancerPool.props(name="lan", cidrs=("192.168.10.0/24",), allow_first_last_ips="no"),)),
         "cilium/lan: allow_first_last_ips is not True or False (got 'no'); set True to hand out each CIDR's first and "
         "last address, False to keep them back, or None (the default) for Cilium's own default"),
    Case("appspec-name-type", lambda c: lab(c, apps=(HomelabApp.props(name=None, port=8989, namespace="media"),)),
         "HomelabSpec.apps[0].name: name is not a string (got None); write a string such as 'sonarr'"),
    Case("appspec-name-value", lambda c: lab(c, apps=(HomelabApp.props(name="Sonarr", port=8989, namespace="media"),)),
         "apps-media/Sonarr: app name is not a DNS label (got 'Sonarr'); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    Case("appspec-port-type", lambda c: lab(c, apps=(HomelabApp.props(name="sonarr", port="8989", namespace="media"),)),
         "apps-media/sonarr: port must be an integer in 1-65535 (got '8989'); use a valid TCP/UDP port"),
    Case("appspec-port-bool", lambda c: lab(c, apps=(HomelabApp.props(name="sonarr", port=True, namespace="media"),)),
         "apps-media/sonarr: port must be an integer in 1-65535 (got True); use a valid TCP/UDP port"),
    Case("appspec-port-value", lambda c: lab(c, apps=(HomelabApp.props(name="sonarr", port=0, namespace="media"),)),
         "apps-media/sonarr: port must be an integer in 1-65535 (got 0); use a valid TCP/UDP port"),
    Case("appspec-namespace-type", lambda c: lab(c, apps=(HomelabApp.props(name="sonarr", port=8989, namespace=("media",)),)),
         "HomelabSpec.apps[0].namespace: namespace is not a string (got ('media',)); write a string such as 'media'"),
    Case("appspec-namespace-value", lambda c: lab(c, apps=(HomelabApp.props(name="sonarr", port=8989, namespace="Media"),)),
         "apps-Media/sonarr: namespace is not a DNS label (got 'Media'); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    # routed= is gone: an app of a Homelab is routed on its gateway unless its props say gateway=None
    Case("appspec-gateway-type", lambda c: lab(c, apps=(SONARR.replace(gateway=True),)),
         "apps-media/sonarr/Route: gateway is not a HomelabGateway or a gateway name (got True); pass the HomelabGateway "
         "(or several), or the name of a gateway declared before"),
    Case("appspec-gateway-false", lambda c: lab(c, apps=(SONARR.replace(gateway=False),)),
         "apps-media/sonarr/Route: gateway is not a HomelabGateway or a gateway name (got False); pass the HomelabGateway "
         "(or several), or the name of a gateway declared before"),
    Case("appspec-gateway-value", lambda c: lab(c, apps=(SONARR.replace(gateway="no"),)),
         "apps-media/sonarr/Route: route targets a gateway that does not exist (got 'no'); use one of: homelab-gateway "
         "(declare gateways before the routes that use them)"),
    Case("appspec-hostname-type", lambda c: lab(c, apps=(SONARR.replace(hostname=5),)),
         "apps-media/sonarr/Route: hostname is not a string or None (got 5); write a string such as 'tv.homelab.local', "
         "or None"),
    Case("appspec-hostname-value", lambda c: lab(c, apps=(SONARR.replace(hostname="sonarr.example.com"),)),
         "apps-media/sonarr/Route: hostname is outside the gateway homelab-gateway's domain home.arpa (got "
         "'sonarr.example.com'); use <app>.home.arpa"),
    Case("appspec-hostname-unrouted", lambda c: lab(c, apps=(SONARR.replace(gateway=None, hostname="tv.home.arpa"),)),
         "apps-media/sonarr: hostname given without a gateway (got 'tv.home.arpa'); pass gateway=<the HomelabGateway that "
         "serves it>, or drop hostname"),
    Case("appspec-load-balancer-int", lambda c: lab(c, apps=(SONARR.replace(load_balancer=1),)),
         "apps-media/sonarr: load_balancer must be True or False (got 1); write True to expose the app as a "
         "LoadBalancer, or False"),
    Case("appspec-load-balancer-string", lambda c: lab(c, apps=(SONARR.replace(load_balancer="yes"),)),
         "apps-media/sonarr: load_balancer must be True or False (got 'yes'); write True to expose the app as a "
         "LoadBalancer, or False"),
    Case("appspec-lb-ip-type", lambda c: lab(c, apps=(SONARR.replace(load_balancer_ip=3232238281),)),
         "apps-media/sonarr: pinned IP is not an IP address (got 3232238281); write a single address such as "
         "192.168.10.200"),
    Case("appspec-lb-ip-value", lambda c: lab(c, apps=(SONARR.replace(load_balancer_ip="192.168.10.300"),)),
         "apps-media/sonarr: pinned IP is not an IP address (got '192.168.10.300'); write a single address such as "
         "192.168.10.200"),
    Case("appspec-target-port-type", lambda c: lab(c, apps=(SONARR.replace(target_port="http"),)),
         "apps-media/sonarr: target port must be an integer in 1-65535 (got 'http'); use a valid TCP/UDP target port"),
    Case("appspec-target-port-value", lambda c: lab(c, apps=(SONARR.replace(target_port=70000),)),
         "apps-media/sonarr: target port must be an integer in 1-65535 (got 70000); use a valid TCP/UDP target port"),
    Case("gatewayspec-name-type", lambda c: lab(c, gateway=HomelabGateway.props(name=5)),
         "gateway/Gateway: gateway name is not a DNS label (got 5); use 1-63 lowercase letters, digits or '-', starting "
         "and ending with a letter or digit"),
    Case("gatewayspec-name-value", lambda c: lab(c, gateway=HomelabGateway.props(name="Gateway")),
         "gateway/Gateway: gateway name is not a DNS label (got 'Gateway'); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    Case("gatewayspec-namespace-type", lambda c: lab(c, gateway=HomelabGateway.props(namespace=None)),
         "gateway/Gateway: namespace is not a DNS label (got None); use 1-63 lowercase letters, digits or '-', starting "
         "and ending with a letter or digit"),
    Case("gatewayspec-namespace-value", lambda c: lab(c, gateway=HomelabGateway.props(namespace="Default")),
         "gateway/Gateway: namespace is not a DNS label (got 'Default'); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    Case("gatewayspec-class-type", lambda c: lab(c, gateway=HomelabGateway.props(gateway_class=5)),
         "gateway/Gateway: gateway class is not a DNS label (got 5); use 1-63 lowercase letters, digits or '-', starting "
         "and ending with a letter or digit"),
    Case("gatewayspec-class-value", lambda c: lab(c, gateway=HomelabGateway.props(gateway_class="Cilium")),
         "gateway/Gateway: gateway class is not a DNS label (got 'Cilium'); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    Case("gatewayspec-load-balancer-ip-type",
         lambda c: lab(c, gateway=HomelabGateway.props(load_balancer_ip=("192.168.10.200",))),
         "gateway/Gateway: load_balancer_ip is not a string or None (got ('192.168.10.200',)); write a string such as "
         "'192.168.10.200', or None"),
    Case("gatewayspec-load-balancer-ip-value", lambda c: lab(c, gateway=HomelabGateway.props(load_balancer_ip="192.168.10.300")),
         "gateway/Gateway: pinned IP is not an IP address (got '192.168.10.300'); write a single address such as "
         "192.168.10.200"),
    Case("gatewayspec-domain", lambda c: lab(c, gateway=HomelabGateway.props(domain="homelab.local")),
         "HomelabSpec.gateway: the gateway's domain is the homelab's (got 'homelab.local'); drop domain= from the "
         "gateway's props and set HomelabSpec.domain"),
    Case("caspec-name-type", lambda c: lab(c, ca=SelfSignedCa.props(name=5)),
         "certificates/Ca: CA name is not a DNS label (got 5); use 1-63 lowercase letters, digits or '-', starting and "
         "ending with a letter or digit"),
    Case("caspec-name-value", lambda c: lab(c, ca=SelfSignedCa.props(name="Homelab CA")),
         "certificates/Ca: CA name is not a DNS label (got 'Homelab CA'); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    Case("caspec-namespace-type", lambda c: lab(c, ca=SelfSignedCa.props(namespace=None)),
         "certificates/Ca: namespace is not a DNS label (got None); use 1-63 lowercase letters, digits or '-', starting "
         "and ending with a letter or digit"),
    Case("caspec-namespace-value", lambda c: lab(c, ca=SelfSignedCa.props(namespace="Cert-Manager")),
         "certificates/Ca: namespace is not a DNS label (got 'Cert-Manager'); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    Case("caspec-bootstrap-type", lambda c: lab(c, ca=SelfSignedCa.props(bootstrap_issuer_name=1)),
         "certificates/Ca: bootstrap issuer name is not a DNS label (got 1); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    Case("caspec-bootstrap-value", lambda c: lab(c, ca=SelfSignedCa.props(bootstrap_issuer_name="homelab-ca-issuer")),
         "certificates/Ca: the CA issuer and the bootstrap issuer have the same name (got 'homelab-ca-issuer'); give them "
         "different names"),
    Case("caspec-common-name-type", lambda c: lab(c, ca=SelfSignedCa.props(common_name=None)),
         "certificates/Ca: common name is empty (got None); name the CA, for example 'Homelab CA'"),
    Case("caspec-common-name-value", lambda c: lab(c, ca=SelfSignedCa.props(common_name=" ")),
         "certificates/Ca: common name is empty (got ' '); name the CA, for example 'Homelab CA'"),
    Case("store-server-missing", lambda c: lab(c, secret_store=VaultSecretStore.props()),
         "VaultSecretStore.props: VaultSecretStore needs the keyword argument server (got []); pass server=...; see "
         "help(VaultSecretStore)"),
    Case("store-server-type", lambda c: lab(c, secret_store=VaultSecretStore.props(server=None)),
         "secrets/Vault: Vault server URL is not an http(s) URL (got None); write http(s)://host[:port], such as "
         "'http://vault.vault.svc.cluster.local:8200'"),
    Case("store-name-type", lambda c: lab(c, secret_store=store(name=5)),
         "secrets/Vault: secret store name is not a DNS label (got 5); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    Case("store-name-value", lambda c: lab(c, secret_store=store(name="Vault")),
         "secrets/Vault: secret store name is not a DNS label (got 'Vault'); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    Case("store-path-type", lambda c: lab(c, secret_store=store(path=None)),
         "secrets/Vault: Vault KV mount path is not valid (got None); write the mount without slashes at either end, "
         "such as 'secret' or 'kv/homelab'"),
    Case("store-version-type", lambda c: lab(c, secret_store=store(version=2)),
         "secrets/Vault: Vault KV version is not v1 or v2 (got 2); use 'v2' for a KV version 2 engine (Vault's default), "
         "'v1' for version 1"),
    Case("store-role-type", lambda c: lab(c, secret_store=store(role=5)),
         "secrets/Vault: Vault role is not valid (got 5); name the Kubernetes auth role, such as 'external-secrets'"),
    # SecretStoreSpec.operator_namespace is VaultSecretStore's service_account_namespace
    Case("store-operator-namespace-renamed", lambda c: lab(c, secret_store=store(operator_namespace="external-secrets")),
         "VaultSecretStore.props: VaultSecretStore takes no argument operator_namespace (got 'operator_namespace'); did "
         "you mean service_account_namespace=? see help(VaultSecretStore) for its keyword arguments"),
    Case("store-service-account-namespace-type", lambda c: lab(c, secret_store=store(service_account_namespace=None)),
         "secrets/Vault: service account namespace is not a DNS label (got None); use 1-63 lowercase letters, digits or "
         "'-', starting and ending with a letter or digit"),
    Case("store-operator-pods-type", lambda c: lab(c, secret_store=store(operator_pods=["external-secrets"])),
         "secrets/Vault: operator_pods must be a non-empty mapping of label to value (got ('external-secrets',)); write "
         "{'app.kubernetes.io/name': 'external-secrets'}"),
    Case("store-operator-pods-value", lambda c: lab(c, secret_store=store(operator_pods={"app.kubernetes.io/name": 5})),
         "secrets/Vault: operator_pods value of app.kubernetes.io/name is not a label value (got 5); write up to 63 "
         "letters, digits, '-', '_' or '.', starting and ending with a letter or digit"),
    # VpnSpec.app named an app of HomelabSpec.apps: the VPN pod is now that app, its name its own
    Case("vpnspec-name-type", lambda c: vpn_lab(c, vpn=vpn(name=None)),
         "HomelabSpec.vpn.name: name is not a string (got None); write a string such as 'qbit'"),
    Case("vpnspec-name-value", lambda c: vpn_lab(c, vpn=vpn(name="Qbit")),
         "vpn/Qbit: app name is not a DNS label (got 'Qbit'); use 1-63 lowercase letters, digits or '-', starting and "
         "ending with a letter or digit"),
    Case("vpnspec-name-of-an-app", lambda c: vpn_lab(c, apps=(HomelabApp.props(name="qbit", port=8080, namespace="downloads"),)),
         "HomelabSpec.vpn: VPN pod has the name of an app of HomelabSpec.apps (got 'qbit'); give the VPN pod its own "
         "name, or drop the app: the VPN pod is an app of the homelab"),
    Case("vpnspec-no-store", lambda c: lab(c, vpn=vpn()),
         "HomelabSpec.vpn: VPN pod has no secret store for its credentials (got None); set "
         "HomelabSpec.secret_store=VaultSecretStore.props(server=...) (Vault), or give the VPN pod its store "
         "(VpnPod.props(store=SecretStoreRef(...)))"),
    Case("vpnspec-provider-type", lambda c: vpn_lab(c, vpn=vpn(tunnel=VpnTunnel(provider=5))),
         "VpnTunnel.provider: VPN provider is not one Gluetun knows (got 5); use one of: airvpn, custom, cyberghost, "
         "expressvpn, fastestvpn, giganews, hidemyass, ipvanish, ivpn, mullvad, nordvpn, perfect privacy, privado, "
         "private internet access, privatevpn, protonvpn, purevpn, slickvpn, surfshark, torguard, vpn secure, vpn "
         "unlimited, vyprvpn, wevpn, windscribe"),
    Case("vpnspec-provider-value", lambda c: vpn_lab(c, vpn=vpn(tunnel=VpnTunnel(provider="pia"))),
         "VpnTunnel.provider: VPN provider is not one Gluetun knows (got 'pia'); did you mean private internet access? "
         "use one of: airvpn, custom, cyberghost, expressvpn, fastestvpn, giganews, hidemyass, ipvanish, ivpn, mullvad, "
         "nordvpn, perfect privacy, privado, private internet access, privatevpn, protonvpn, purevpn, slickvpn, "
         "surfshark, torguard, vpn secure, vpn unlimited, vyprvpn, wevpn, windscribe"),
    Case("vpnspec-regions-item-type", lambda c: vpn_lab(c, vpn=vpn(tunnel=VpnTunnel(server_regions=("CA Montreal", 5)))),
         "VpnTunnel.server_regions: VPN server region is blank or holds a comma (got 5); list each region as its own "
         "string, such as ('CA Montreal', 'CA Toronto')"),
    Case("vpnspec-regions-value", lambda c: vpn_lab(c, vpn=vpn(tunnel=VpnTunnel(
        server_regions=("CA Montreal,CA Toronto",)))),
         "VpnTunnel.server_regions: VPN server region is blank or holds a comma (got 'CA Montreal,CA Toronto'); list "
         "each region as its own string, such as ('CA Montreal', 'CA Toronto')"),
    Case("vpnspec-port-forwarding-type", lambda c: vpn_lab(c, vpn=vpn(tunnel=VpnTunnel(port_forwarding="true"))),
         "VpnTunnel.port_forwarding: port_forwarding must be True or False (got 'true'); write True ('on'), False "
         "('off'), or None to leave it to Gluetun"),
    Case("vpnspec-credentials-type", lambda c: vpn_lab(c, vpn=vpn(credentials=VpnCredentials(key=None))),
         "VpnCredentials.key: variables are properties of key, which is None (got ['OPENVPN_PASSWORD', "
         "'OPENVPN_USER']); set key to the store key that holds them, such as 'homelab/vpn', or give each one its own "
         "RemoteRef(key=..., property=...)"),
    Case("vpnspec-claim-type", lambda c: vpn_lab(c, vpn=vpn(storage=VpnStorage(config="media-data"))),
         "VpnStorage.config: config is not a VpnVolume or None (got 'media-data'); write VpnVolume('config', "
         "'/config', ClaimSpec(...)), or None for no config volume"),
    Case("vpnspec-gluetun-type", lambda c: vpn_lab(c, vpn=vpn(gluetun={"image": "qmcgaw/gluetun"})),
         "vpn/qbit: gluetun is not a Gluetun (got {'image': 'qmcgaw/gluetun'}); write Gluetun(...) or "
         "Gluetun.recommended(...)"),
    Case("vpnspec-web-ui-type", lambda c: vpn_lab(c, vpn=vpn(web_ui="qbit")),
         "vpn/qbit: web_ui is not a WebUi (got 'qbit'); write WebUi(gateway=..., port_name=...)"),
    Case("vpnspec-web-ui-gateway-props", lambda c: vpn_lab(c, vpn=vpn(web_ui=WebUi(gateway=HomelabGateway.props()))),
         "HomelabSpec.vpn.web_ui.gateway: gateway is a gateway's props, which build no gateway here (got "
         "HomelabGateway.props()); leave gateway out (routed on HomelabSpec.gateway) or name a gateway declared in the "
         "app such as 'homelab-gateway'"),

    # ---- IsolationSpec (network/isolation_spec.py), EgressGrant (network/policies.py)
    Case("isospec-opt-out-set", lambda c: IsolationSpec(opt_out={"media"}),
         "IsolationSpec.opt_out: opt_out is a set, not a mapping (got {'media'}); write a dict such as {'media': '<why it "
         "stays open>'}"),
    Case("isospec-opt-out-none", lambda c: IsolationSpec(opt_out=None),
         "IsolationSpec.opt_out: opt_out is not a mapping (got None); write a dict such as {'media': '<why it stays "
         "open>'}"),
    Case("isospec-opt-out-key", lambda c: IsolationSpec(opt_out={5: "legacy"}),
         "IsolationSpec.opt_out: namespace is not a string (got 5); write a string such as 'media'"),
    Case("isospec-opt-out-reason-type", lambda c: IsolationSpec(opt_out={"media": 5}),
         "IsolationSpec.opt_out['media']: reason is not a string (got 5); write a string such as '<why>'"),
    Case("isospec-opt-out-value", lambda c: lab(c, apps=(SONARR,), isolation=IsolationSpec(opt_out={"tv": "legacy"})),
         "HomelabSpec.isolation: opt_out names a namespace without apps (got 'tv'); use one of: media"),
    Case("isospec-enabled-type", lambda c: IsolationSpec(enabled="no"),
         "IsolationSpec.enabled: enabled must be True or False (got 'no'); set True to isolate the app namespaces, or "
         "False for none"),
    Case("isospec-monitoring-type", lambda c: IsolationSpec(monitoring_namespace=5),
         "IsolationSpec.monitoring_namespace: monitoring namespace is not a string or None (got 5); write a string such "
         "as 'monitoring', or None"),
    Case("isospec-monitoring-value",
         lambda c: lab(c, apps=(SONARR,), isolation=IsolationSpec(monitoring_namespace="Monitoring")),
         "policies-media/Isolation: monitoring namespace is not a DNS label (got 'Monitoring'); use 1-63 lowercase "
         "letters, digits or '-', starting and ending with a letter or digit"),
    Case("isospec-lan-cidrs-item-type", lambda c: IsolationSpec(lan_cidrs=(5,)),
         "IsolationSpec.lan_cidrs[0]: LAN CIDR is not a string (got 5); write a string such as '192.168.10.0/24'"),
    Case("isospec-lan-cidrs-value", lambda c: lab(c, apps=(SONARR,), isolation=IsolationSpec(lan_cidrs=("192.168.10.1/24",))),
         "HomelabSpec.isolation.lan_cidrs: LAN CIDR is not in network form (got '192.168.10.1/24'); write the network "
         "address with its prefix length; did you mean 192.168.10.0/24?"),
    Case("isospec-metrics-pairs", lambda c: IsolationSpec(metrics_ports=(("grafana", (3000,)),)),
         "IsolationSpec.metrics_ports: metrics_ports is not a mapping (got (('grafana', (3000,)),)); write a dict such as "
         "{'sonarr': (9707,)}"),
    Case("isospec-metrics-ports-type", lambda c: IsolationSpec(metrics_ports={"grafana": 3000}),
         "IsolationSpec.metrics_ports['grafana']: ports is not a list or tuple (got 3000); write a tuple such as (3000,)"),
    Case("isospec-metrics-port-value", lambda c: IsolationSpec(metrics_ports={"grafana": (0,)}),
         "IsolationSpec.metrics_ports['grafana'][0]: port must be an integer in 1-65535 (got 0); use a valid TCP/UDP port"),
    Case("isospec-metrics-key-type", lambda c: IsolationSpec(metrics_ports={None: (3000,)}),
         "IsolationSpec.metrics_ports: app name is not a string (got None); write a string such as 'sonarr'"),
    Case("isospec-metrics-unknown-app",
         lambda c: lab(c, apps=(SONARR,), isolation=IsolationSpec(metrics_ports={"grafana": (3000,)})),
         "HomelabSpec.isolation: metrics_ports names an unknown app (got 'grafana'); use the name of an app of the spec"),
    Case("isospec-egress-single", lambda c: IsolationSpec(egress=EgressGrant("media", "sonarr", (ToWorld(),))),
         "IsolationSpec.egress: egress is not a list or tuple (got EgressGrant(namespace='media', pods='sonarr', "
         "to=(ToWorld(ports=(), protocol='TCP'),))); write a tuple such as (EgressGrant(namespace='media', pods='sonarr', "
         "to=(ToWorld(ports=(), protocol='TCP'),)),)"),
    Case("isospec-egress-item-type", lambda c: IsolationSpec(egress=(("media", "sonarr", (ToWorld(),)),)),
         "IsolationSpec.egress[0]: grant is not an EgressGrant (got ('media', 'sonarr', (ToWorld(ports=(), "
         "protocol='TCP'),))); write EgressGrant(namespace, pods, (intents...))"),
    Case("isospec-egress-twice",
         lambda c: IsolationSpec(egress=(EgressGrant("media", "sonarr", (ToWorld((443,)),)),
                                         EgressGrant("media", "radarr", (ToWorld(),)),
                                         EgressGrant("media", "sonarr", (ToApiServer(),)))),
         "IsolationSpec.egress: two grants are for the same pods, IsolationSpec.egress[0] and IsolationSpec.egress[2] "
         "(got 'media/sonarr'); put all intents for those pods in one EgressGrant (one policy is written per pods)"),
    Case("isospec-egress-twice-by-selector",
         lambda c: IsolationSpec(egress=(EgressGrant("media", {"app.kubernetes.io/name": "sonarr"}, (ToWorld((443,)),)),
                                         EgressGrant("media", "sonarr", (ToApiServer(),)))),
         "IsolationSpec.egress: two grants are for the same pods, IsolationSpec.egress[0] and IsolationSpec.egress[1] "
         "(got 'media/sonarr'); put all intents for those pods in one EgressGrant (one policy is written per pods)"),
    Case("grant-namespace-type", lambda c: EgressGrant(None, "sonarr", (ToWorld(),)),
         "EgressGrant.namespace: namespace is not a string (got None); write a string such as 'media'"),
    Case("grant-namespace-value",
         lambda c: lab(c, apps=(SONARR,), isolation=IsolationSpec(egress=(EgressGrant("tv", "sonarr", (ToWorld(),)),))),
         "HomelabSpec.isolation: egress grant for a namespace that is not isolated (got 'tv'); grants only apply to "
         "isolated namespaces: media"),
    Case("grant-pods-type", lambda c: EgressGrant("media", 5, (ToWorld(),)),
         "EgressGrant.pods: pods is not an app name or a label selector (got 5); name an app of the namespace, such as "
         "'sonarr', or select pods by labels such as {'app.kubernetes.io/name': 'qbit'}"),
    Case("grant-pods-empty", lambda c: EgressGrant("media", {}, (ToWorld(),)),
         "EgressGrant.pods: pods is not an app name or a label selector (got {}); name an app of the namespace, such as "
         "'sonarr', or select pods by labels such as {'app.kubernetes.io/name': 'qbit'}"),
    Case("grant-pods-value",
         lambda c: lab(c, apps=(SONARR,), isolation=IsolationSpec(egress=(EgressGrant("media", "radarr", (ToWorld(),)),))),
         "policies-media/Isolation: no app of namespace media has this name (got 'radarr'); use one of: sonarr; or select "
         "the pods by label"),
    Case("grant-to-single", lambda c: EgressGrant("media", "sonarr", ToWorld()),
         "EgressGrant.to: to is not a list or tuple (got ToWorld(ports=(), protocol='TCP')); write a tuple such as "
         "(ToWorld(ports=(), protocol='TCP'),)"),
    Case("grant-to-item-type", lambda c: EgressGrant("media", "sonarr", ("world",)),
         "EgressGrant.to[0]: intent is not ToWorld, ToEntity, ToApiServer, ToCidr, ToService or ToFqdn (got 'world'); use "
         "ToWorld, ToEntity, ToApiServer, ToCidr, ToService or ToFqdn"),
    Case("grant-to-value",
         lambda c: lab(c, apps=(SONARR,), isolation=IsolationSpec(egress=(EgressGrant("media", "sonarr", (ToEntity("wrld"),)),))),
         "policies-media/Isolation: Cilium entity is unknown (got 'wrld'); did you mean world? use one of: all, world, "
         "cluster, host, init, ingress, unmanaged, remote-node, health, none, kube-apiserver"),

    # ---- HomelabSpec (homelab.py)
    Case("spec-domain-type", lambda c: HomelabSpec(domain=None),
         "HomelabSpec.domain: domain is not a string (got None); write a string such as 'home.arpa'"),
    Case("spec-domain-value", lambda c: lab(c, domain="homelab"),
         "gateway/Gateway: domain is not a DNS name of two or more labels (got 'homelab'); use lowercase labels joined by "
         "dots, such as 'homelab.local'"),
    Case("spec-pools-single", lambda c: HomelabSpec(pools=LAN_POOL),
         "HomelabSpec.pools: pools is not a list or tuple (got LoadBalancerPool.props(name='lan', "
         "cidrs=('192.168.10.0/24',))); write a list such as [LoadBalancerPool.props(name='lan', "
         "cidrs=('192.168.10.0/24',))]"),
    Case("spec-pools-item-tuple", lambda c: HomelabSpec(pools=(("lan", (), ("192.168.10.0/24",)),)),
         "HomelabSpec.pools[0]: pool is not LoadBalancerPool's props (got ('lan', (), ('192.168.10.0/24',))); write "
         "LoadBalancerPool.props(...) with LoadBalancerPool's keyword arguments (see help(LoadBalancerPool))"),
    Case("spec-pools-item-mapping", lambda c: HomelabSpec(pools=({"name": "lan", "cidrs": ("192.168.10.0/24",)},)),
         "HomelabSpec.pools[0]: pool is not LoadBalancerPool's props (got {'name': 'lan', 'cidrs': "
         "('192.168.10.0/24',)}); write LoadBalancerPool.props(name='lan', cidrs=('192.168.10.0/24',))"),
    Case("spec-pools-item-other-props", lambda c: HomelabSpec(pools=(SONARR,)),
         "HomelabSpec.pools[0]: pool is not LoadBalancerPool's props (got HomelabApp.props(name='sonarr', port=8989, "
         "namespace='media')); write LoadBalancerPool.props(...) with LoadBalancerPool's keyword arguments (see "
         "help(LoadBalancerPool))"),
    Case("spec-pools-one-name",
         lambda c: HomelabSpec(pools=(LoadBalancerPool.props(name="lan", cidrs=("192.168.10.0/25",)),
                                      LoadBalancerPool.props(name="lan", cidrs=("192.168.10.128/25",)))),
         "HomelabSpec.pools: two pools have one name, HomelabSpec.pools[0] and HomelabSpec.pools[1] (got 'lan'); give "
         "each pool its own name: it names the pool in the cluster"),
    Case("spec-pools-same-twice", lambda c: HomelabSpec(pools=(LAN_POOL, LAN_POOL.replace())),
         "HomelabSpec.pools: the same pool is declared twice, HomelabSpec.pools[0] and HomelabSpec.pools[1] (got "
         "LoadBalancerPool.props(name='lan', cidrs=('192.168.10.0/24',))); declare it once"),
    # l2_policy and l2_interfaces are L2Announcement's name and interfaces, in HomelabSpec.l2
    Case("spec-l2-type", lambda c: HomelabSpec(l2="homelab-l2"),
         "HomelabSpec.l2: l2 is not L2Announcement's props or None (got 'homelab-l2'); write L2Announcement.props(...) "
         "with L2Announcement's keyword arguments (see help(L2Announcement))"),
    Case("spec-l2-name-type", lambda c: lab(c, l2=L2Announcement.props(name=5)),
         "cilium/L2: policy name is not a DNS label (got 5); use 1-63 lowercase letters, digits or '-', starting and "
         "ending with a letter or digit"),
    Case("spec-l2-name-value", lambda c: lab(c, l2=L2Announcement.props(name="L2")),
         "cilium/L2: policy name is not a DNS label (got 'L2'); use 1-63 lowercase letters, digits or '-', starting and "
         "ending with a letter or digit"),
    Case("spec-l2-interfaces-string", lambda c: lab(c, l2=L2Announcement.props(name="homelab-l2", interfaces="eth0")),
         "cilium/L2: interfaces is not a list or tuple (got 'eth0'); write a list such as ['eth0']"),
    Case("spec-l2-interfaces-item-type", lambda c: lab(c, l2=L2Announcement.props(name="homelab-l2", interfaces=(5,))),
         "cilium/L2: interfaces[0] is not a string (got 5); write a string such as 'enp1s0'"),
    Case("spec-l2-interfaces-value", lambda c: lab(c, l2=L2Announcement.props(name="homelab-l2", interfaces=("eth 0",))),
         "cilium/L2: interface pattern has characters no interface name uses (got 'eth 0'); use an interface name such as "
         "'enp1s0' or a regex such as '^eth[0-9]+'"),
    Case("spec-gateway-type", lambda c: HomelabSpec(gateway="homelab-gateway"),
         "HomelabSpec.gateway: gateway is not HomelabGateway's props (got 'homelab-gateway'); write "
         "HomelabGateway.props(...) with HomelabGateway's keyword arguments (see help(HomelabGateway))"),
    Case("spec-gateway-mapping", lambda c: HomelabSpec(gateway={"load_balancer_ip": "192.168.10.200"}),
         "HomelabSpec.gateway: gateway is not HomelabGateway's props (got {'load_balancer_ip': '192.168.10.200'}); write "
         "HomelabGateway.props(load_balancer_ip='192.168.10.200')"),
    Case("spec-gateway-construct", lambda c: HomelabSpec(gateway=gw(c)),
         "HomelabSpec.gateway: gateway is not HomelabGateway's props (got <HomelabGateway c/gw>); write "
         "HomelabGateway.props(...) with HomelabGateway's keyword arguments (see help(HomelabGateway))"),
    # ca=None is an ACME-only homelab (tests/test_homelab_spec_dns_auth.py): a name is not the CA's props
    Case("spec-ca-type", lambda c: HomelabSpec(ca="homelab-ca"),  # type: ignore[arg-type]
         "HomelabSpec.ca: ca is not SelfSignedCa's props or None (got 'homelab-ca'); write SelfSignedCa.props(...) "
         "with SelfSignedCa's keyword arguments (see help(SelfSignedCa))"),
    Case("spec-apps-tuples", lambda c: HomelabSpec(apps=(("sonarr", 8989, "media"),)),
         "HomelabSpec.apps[0]: app is not HomelabApp's props (got ('sonarr', 8989, 'media')); write HomelabApp.props(...) "
         "with HomelabApp's keyword arguments (see help(HomelabApp))"),
    Case("spec-apps-single", lambda c: HomelabSpec(apps=SONARR),
         "HomelabSpec.apps: apps is not a list or tuple (got HomelabApp.props(name='sonarr', port=8989, "
         "namespace='media')); write a list such as [HomelabApp.props(name='sonarr', port=8989, namespace='media')]"),
    Case("spec-apps-none", lambda c: HomelabSpec(apps=None),
         "HomelabSpec.apps: apps is not a list or tuple (got None); write a list such as [HomelabApp.props(name='sonarr', "
         "port=8989, namespace='media')]"),
    Case("spec-apps-same-twice",
         lambda c: HomelabSpec(apps=(SONARR, HomelabApp.props(name="radarr", port=7878, namespace="media"), SONARR)),
         "HomelabSpec.apps: the same app is declared twice, HomelabSpec.apps[0] and HomelabSpec.apps[2] (got "
         "HomelabApp.props(name='sonarr', port=8989, namespace='media')); declare it once"),
    Case("spec-apps-one-name-two-namespaces",
         lambda c: HomelabSpec(apps=(SONARR, HomelabApp.props(name="radarr", port=7878, namespace="media"),
                                     HomelabApp.props(name="sonarr", port=8989, namespace="tv", gateway=None))),
         "HomelabSpec.apps: two apps have one name, HomelabSpec.apps[0] (namespace media) and HomelabSpec.apps[2] "
         "(namespace tv) (got 'sonarr'); give each app its own name: Homelab.apps, its isolation and the hostname "
         "<name>.<domain> are keyed by it"),
    Case("spec-dns-records-type", lambda c: HomelabSpec(dns_records=False),
         "HomelabSpec.dns_records: dns_records is not DnsRecords's props or None (got False); write DnsRecords.props(...) "
         "with DnsRecords's keyword arguments (see help(DnsRecords))"),
    Case("spec-dns-records-string", lambda c: HomelabSpec(dns_records="dns-records"),
         "HomelabSpec.dns_records: dns_records is not DnsRecords's props or None (got 'dns-records'); write "
         "DnsRecords.props(name='dns-records')"),
    Case("spec-dns-records-value",
         lambda c: lab(c, gateway=HomelabGateway.props(load_balancer_ip="192.168.10.200"),
                       dns_records=DnsRecords.props(name="DNS Records")),
         "dns/Records: ConfigMap name is not a DNS label (got 'DNS Records'); use 1-63 lowercase letters, digits or '-', "
         "starting and ending with a letter or digit"),
    Case("spec-isolation-type", lambda c: HomelabSpec(isolation={"enabled": False}),
         "HomelabSpec.isolation: isolation is not an IsolationSpec (got {'enabled': False}); write "
         "IsolationSpec(lan_cidrs=(...), opt_out={...}) (or leave it out for the defaults)"),
    Case("spec-cluster-cidrs-type", lambda c: HomelabSpec(cluster_cidrs=("10.42.0.0/16",)),
         "HomelabSpec.cluster_cidrs: cluster_cidrs is not a ClusterCidrs (got ('10.42.0.0/16',)); write "
         "ClusterCidrs(nodes=(...), pods=(...), services=(...))"),
    Case("spec-cluster-cidrs-string", lambda c: HomelabSpec(cluster_cidrs=ClusterCidrs(pods="10.42.0.0/16")),
         "HomelabSpec.cluster_cidrs.pods: pods is not a list or tuple (got '10.42.0.0/16'); write a tuple such as "
         "('10.42.0.0/16',)"),
    Case("spec-cluster-cidrs-item-type", lambda c: HomelabSpec(cluster_cidrs=ClusterCidrs(services=(5,))),
         "HomelabSpec.cluster_cidrs.services[0]: CIDR is not a string (got 5); write a string such as '10.42.0.0/16'"),
    Case("spec-cluster-cidrs-value", lambda c: lab(c, cluster_cidrs=ClusterCidrs(nodes=("192.168.10.0/33",))),
         "HomelabSpec.cluster_cidrs: cluster CIDR is not a network (got '192.168.10.0/33'); write a CIDR such as "
         "'10.42.0.0/16'"),
    Case("spec-secret-store-type", lambda c: HomelabSpec(secret_store="vault"),
         "HomelabSpec.secret_store: secret_store is not VaultSecretStore's props (got 'vault'); write "
         "VaultSecretStore.props(...) with VaultSecretStore's keyword arguments (see help(VaultSecretStore))"),
    Case("spec-vpn-type", lambda c: HomelabSpec(vpn=True),
         "HomelabSpec.vpn: vpn is not VpnPod's props (got True); write VpnPod.props(...) with VpnPod's keyword arguments "
         "(see help(VpnPod))"),
    Case("spec-cilium-type", lambda c: HomelabSpec(cilium={"k8s_service_host": "192.168.10.10"}),
         "HomelabSpec.cilium: cilium is not CiliumRelease's props (got {'k8s_service_host': '192.168.10.10'}); write "
         "CiliumRelease.props(values=CiliumValues(...)) (see help(CiliumValues) for its fields)"),
    Case("spec-cilium-values", lambda c: HomelabSpec(cilium=CiliumValues()),
         f"HomelabSpec.cilium: cilium is not CiliumRelease's props (got {CiliumValues()!r}); write "
         "CiliumRelease.props(values=<these CiliumValues>)"),
    Case("spec-cilium-values-mapping", lambda c: lab(c, cilium=CiliumRelease.props(values={"k8s_service_host": "192.168.10.10"})),
         "platform/Cilium: values are not CiliumValues (got {'k8s_service_host': '192.168.10.10'}); build them with "
         "CiliumValues(...) or a profile such as CiliumValues.performance_profile(...)"),
    Case("spec-cert-manager-type", lambda c: HomelabSpec(cert_manager="yes"),
         "HomelabSpec.cert_manager: cert_manager is not CertManagerRelease's props (got 'yes'); write "
         "CertManagerRelease.props(...) with CertManagerRelease's keyword arguments (see help(CertManagerRelease))"),
    Case("spec-cert-manager-true", lambda c: HomelabSpec(cert_manager=True),
         "HomelabSpec.cert_manager: cert_manager is not CertManagerRelease's props (got True); write "
         "CertManagerRelease.props() to install cert-manager, or None"),
    Case("spec-vpn-grant-twice",
         lambda c: vpn_lab(c, isolation=IsolationSpec(egress=(EgressGrant("downloads", "qbit", (ToWorld((443,)),)),))),
         "HomelabSpec.isolation.egress[0]: egress grant is for the VPN pod, whose own grant comes with HomelabSpec.vpn "
         "(got 'downloads/qbit'); drop it: the VPN pod's grant already lets it reach the world on any port (through its "
         "tunnel), and one policy is written per pods"),
    Case("homelab-twice", lambda c: (lab(c), Homelab(c.node.root, "Homelab2", HomelabSpec())),
         "Homelab2: Homelab is declared twice in one app (got 'Homelab2'); Homelab already declares the charts; build one "
         "Homelab per app and add to its charts (Homelab.charts): the charts have fixed names"),
    Case("homelab-spec-type", lambda c: Homelab(c.node.root, "Homelab", {"domain": "home.arpa"}),
         "Homelab: spec is not a HomelabSpec (got {'domain': 'home.arpa'}); pass HomelabSpec(domain=..., pools=..., "
         "apps=...)"),
]


# ---- the dataclasses and props of the real-homelab issues (listeners and routes, policy rules, releases,
# secrets, the VPN pod, certificates, the tunnel, VLAN addresses): the rows the new modules' own test files
# (test_gateway_listeners.py, test_routes.py, test_policy_rules.py, ...) leave out, one wrong type and one
# wrong value each, first a string where a list belongs, None where a value is required, a wrong-shaped tuple

BACKEND = BackendRef("sonarr", 8989)
WORLD = PolicyPeer("entities", ("world",))


def vlan(c, *addresses):
    return VlanAttachment(c, "v", name="v", namespace="network", master="eth1", subnet="10.10.33.0/24",
                          gateway="10.10.33.1", addresses=list(addresses), tuning=False)


def secret(c, **kw):
    return SyncedSecret(c, "s", **{"name": "x", "namespace": "n", "store": "vault", "remote_key": "a/b",
                                   "keys": {"K": "k"}, **kw})


CASES += [
    Case("listener-certificates-string", lambda c: Listener("https", "HTTPS", 443, certificates="homelab-tls"),
         "Listener https.certificates: certificates is not a list or tuple (got 'homelab-tls'); write a tuple such as "
         "('homelab-tls',)"),
    Case("listener-certificate-item-type", lambda c: Listener("https", "HTTPS", 443, certificates=[5]),
         'Listener https.certificates[0]: certificate Secret is not a DNS subdomain name (got 5); name a Secret such as '
         "'homelab-gateway-tls'"),
    Case("listener-route-kinds-string", lambda c: Listener("tcp", "TCP", 5432, route_kinds="TCPRoute"),
         "Listener tcp.route_kinds: route_kinds is not a list or tuple (got 'TCPRoute'); write a tuple such as "
         "('TCPRoute',)"),
    Case("listener-route-kind-value", lambda c: Listener("tcp", "TCP", 5432, route_kinds=["TcpRoute"]),
         "Listener tcp.route_kinds[0]: route kind is unknown (got 'TcpRoute'); did you mean TLSRoute? use one of: "
         'HTTPRoute, GRPCRoute, TLSRoute, TCPRoute, UDPRoute'),
    Case("listener-name-none", lambda c: Listener(None, "HTTPS", 443),
         "Listener.name: listener name is not a DNS subdomain name (got None); use 1-253 lowercase letters, digits, '-' or"
         " '.', such as 'https' or 'tls-passthrough'"),
    Case("listener-port-none", lambda c: Listener("https", "HTTPS", None),
         'Listener https.port: port must be an integer in 1-65535 (got None); use a valid TCP/UDP port'),
    Case("listener-namespace-labels-list",
         lambda c: Listener("https", "HTTPS", 443, routes_from="Selector", namespace_labels=["a=b"]),
         "Listener https.namespace_labels: namespace_labels is not a mapping (got ['a=b']); write a dict such as "
         "{'kubernetes.io/metadata.name': 'dev'}"),
    Case("listener-hostname-type", lambda c: Listener("https", "HTTPS", 443, hostname=["a.example.com"]),
         "Listener https.hostname: hostname is not a string (got ['a.example.com']); write a string such as "
         "'*.homelab.local'"),
    Case("listener-tls-mode-case", lambda c: Listener("https", "HTTPS", 443, tls_mode="terminate"),
         "Listener https.tls_mode: TLS mode is unknown (got 'terminate'); did you mean Terminate? use one of: Terminate, "
         'Passthrough'),
    Case("http-rule-backend-tuple", lambda c: HttpRule(backends=[("sonarr", 8989)]),
         "HttpRule.backends[0]: backend is not a BackendRef (got ('sonarr', 8989)); write BackendRef('sonarr', 8989)"),
    Case("http-rule-match-dict", lambda c: HttpRule(backends=[BACKEND], matches=[{"path": "/"}]),
         "HttpRule.matches[0]: match is not a HttpMatch (got {'path': '/'}); write HttpMatch(path='/')"),
    Case("http-rule-filters-single", lambda c: HttpRule(backends=[BACKEND], filters=RequestRedirect(scheme="https")),
         "HttpRule.filters: filters is not a list or tuple (got RequestRedirect(scheme='https', hostname=None, port=None, "
         "status_code=302, path_prefix=None, full_path=None)); write a tuple such as (RequestRedirect(scheme='https', "
         'hostname=None, port=None, status_code=302, path_prefix=None, full_path=None),)'),
    Case("http-rule-name-value", lambda c: HttpRule(backends=[BACKEND], name="API"),
         "HttpRule.name: rule name is not a DNS label (got 'API'); use 1-63 lowercase letters, digits or '-', starting and"
         ' ending with a letter or digit'),
    Case("http-match-headers-list", lambda c: HttpMatch(path="/", headers=["x-a"]),
         "HttpMatch.headers: headers is not a mapping (got ['x-a']); write a dict such as {'X-Forwarded-Proto': 'https'}"),
    Case("backend-name-none", lambda c: BackendRef(None, 80),
         "BackendRef.name: backend name is not a DNS subdomain name (got None); name a Service such as 'sonarr' (lowercase"
         " letters, digits, '-' or '.')"),
    Case("backend-group-value", lambda c: BackendRef("sonarr", 8989, group="Gateway_IO"),
         "BackendRef sonarr.group: group is not a DNS subdomain name (got 'Gateway_IO'); write an API group such as "
         "'gateway.envoyproxy.io', or '' for the core group"),
    Case("grpc-rule-backend-tuple", lambda c: GrpcRule(backends=[("api", 9000)]),
         "GrpcRule.backends[0]: backend is not a BackendRef (got ('api', 9000)); write BackendRef('api', 9000)"),
    Case("grpc-rule-method-type", lambda c: GrpcRule(backends=[BACKEND], method=5),
         "GrpcRule.method: method is not a string or None (got 5); write a string such as 'SayHello', or None"),
    Case("request-redirect-full-path", lambda c: RequestRedirect(full_path="api"),
         "RequestRedirect.full_path: full path is not an absolute path (got 'api'); write a path such as '/' or '/api'"),
    Case("policy-rule-peer-tuple", lambda c: PolicyRule(peers=[("entities", ("world",))]),
         "PolicyRule.peers[0]: peer is not a PolicyPeer (got ('entities', ('world',))); build peers with "
         'PolicyPeer.entities(...), PolicyPeer.pods(...), ...'),
    Case("policy-rule-dns-string", lambda c: PolicyRule(peers=[WORLD], dns="*.example.com"),
         "PolicyRule.dns: dns is not a list or tuple (got '*.example.com'); write a tuple such as ('*.example.com',)"),
    Case("policy-peer-values-none", lambda c: PolicyPeer("entities", None),
         "PolicyPeer.values: values is not a list or tuple (got None); write a tuple such as ('world',)"),
    Case("policy-peer-kind-none", lambda c: PolicyPeer(None, ("world",)),
         'PolicyPeer.kind: peer kind is unknown (got None); use one of: entities, endpoints, cidr, cidr_set, fqdns'),
    Case("port-rule-port-none", lambda c: PortRule(None),
         'PortRule.port: port must be an integer in 1-65535 (got None); use a valid TCP/UDP port'),
    Case("port-rule-protocol", lambda c: PortRule(53, protocol="dns"),
         "PortRule.protocol: protocol is unknown (got 'dns'); use one of: TCP, UDP, SCTP, ANY"),
    Case("cidr-rule-not-network", lambda c: CidrRule(cidr="10.0.0.1/8"),
         "CidrRule.cidr: cidr is not in network form (got '10.0.0.1/8'); write the network address with its prefix length;"
         ' did you mean 10.0.0.0/8?'),
    Case("label-match-values-string", lambda c: LabelMatch("app", "In", "web"),
         "LabelMatch.values: values is not a list or tuple (got 'web'); write a tuple such as ('web',)"),
    Case("pod-selector-labels-list", lambda c: PodSelector(labels=["app=web"]),
         "PodSelector.labels: labels is not a mapping (got ['app=web']); write a dict such as {'app.kubernetes.io/name': "
         "'velero'}"),
    Case("release-settings-values-string", lambda c: ReleaseSettings(values="replicaCount: 2"),
         "ReleaseSettings.values: values must be a mapping of Helm values (got 'replicaCount: 2'); write nested values "
         "such as {'replicaCount': 2}"),
    Case("release-settings-crds-case", lambda c: ReleaseSettings(crds="create"),
         "ReleaseSettings.crds: CRD policy is unknown (got 'create'); did you mean Create? use one of: Skip, Create, "
         'CreateReplace'),
    Case("release-settings-version-empty", lambda c: ReleaseSettings(version=""),
         "ReleaseSettings.version: chart version is empty or not a string (got ''); pin the chart's version, such as "
         "'1.22.0' (or a semver range such as '1.22.x')"),
    Case("argo-sync-retry-below-forever", lambda c: ArgoSync(retry_limit=-2),
         'ArgoSync.retry_limit: retry_limit must be -1 (forever) or more (got -2); write a whole number of retries such as'
         ' 10, 0 for none or -1 forever'),
    Case("remote-ref-store-string", lambda c: RemoteRef("homelab/x", store="bitwarden"),
         "RemoteRef.store: store is not a SecretStoreRef or None (got 'bitwarden'); write "
         "SecretStoreRef('bitwarden-fields'), or None for the secret's store"),
    Case("secret-keys-tuple", lambda c: secret(c, keys={"K": ("homelab/x", "prop")}),
         "c/s: Secret key K names no property of the remote key (got ('homelab/x', 'prop')); name the property, such as "
         "'username', or pass RemoteRef(key=..., property=...)"),
    Case("secret-template-data-string", lambda c: SecretTemplate("{{ .token }}"),
         "SecretTemplate.data: data is not a mapping (got '{{ .token }}'); write a dict such as {'TOKEN': '{{ .token }}'}"),
    Case("secret-template-data-none", lambda c: SecretTemplate(None),
         "SecretTemplate.data: data is not a mapping (got None); write a dict such as {'TOKEN': '{{ .token }}'}"),
    Case("resources-cpu-number", lambda c: Resources(cpu_request=0.5),
         "Resources.cpu_request: cpu_request is not a string or None (got 0.5); write a string such as '100m', or None"),
    Case("resources-memory-space", lambda c: Resources(memory_limit="1 Gi"),
         "Resources.memory_limit: memory_limit is not a Kubernetes quantity (got '1 Gi'); write a quantity such as '100m',"
         " '128Mi' or '1Gi'"),
    Case("probe-timing-string", lambda c: ProbeTiming(period_seconds="10s"),
         "ProbeTiming.period_seconds: period_seconds is not an integer or None (got '10s'); write a whole number such as "
         '5, or None'),
    Case("vpn-volume-containers-string", lambda c: VpnVolume("data", "/data", ClaimSpec(size="1Gi"), containers="app"),
         "VpnVolume.containers: containers is not a list or tuple (got 'app'); write a tuple such as ('app',)"),
    Case("private-key-rsa-size", lambda c: PrivateKey(algorithm="RSA", size=1024),
         'PrivateKey.size: size is not a RSA key size (got 1024); use one of: 2048, 4096, 8192'),
    Case("private-key-encoding", lambda c: PrivateKey(encoding="PEM"),
         "PrivateKey.encoding: encoding is unknown (got 'PEM'); use one of: PKCS1, PKCS8"),
    Case("dns01-zones-string", lambda c: CloudflareDns01("cloudflare-token", dns_zones="example.com"),
         "CloudflareDns01.dns_zones: dns_zones is not a list or tuple (got 'example.com'); write a tuple such as "
         "('example.com',)"),
    Case("http01-section-value", lambda c: GatewayHttp01("envoy-external", "network", section_name="HTTP"),
         "GatewayHttp01.section_name: section_name is not a DNS label (got 'HTTP'); use 1-63 lowercase letters, digits or "
         "'-', starting and ending with a letter or digit"),
    Case("tunnel-rule-service-none", lambda c: tunnel(c, ingress=TunnelIngress(rules=[TunnelIngressRule(TUNNEL_DOMAIN, None)])),
         "TunnelIngress.rules: rules[0] service is not a cloudflared service (got None); write an origin URL "
         "such as 'https://envoy-external.network.svc.cluster.local:443', 'http_status:404' or 'hello_world'"),
    Case("tunnel-rule-tuple", lambda c: tunnel(c, ingress=TunnelIngress(rules=[(TUNNEL_DOMAIN, ORIGIN)])),
         "TunnelIngress.rules[0]: rules is not a TunnelIngressRule (got ('cloudjur.com', "
         "'https://envoy-external.network.svc.cluster.local:443')); write TunnelIngressRule(hostname, service)"),
    Case("tunnel-rule-origin-dict",
         lambda c: tunnel(c, ingress=TunnelIngress(rules=[TunnelIngressRule(TUNNEL_DOMAIN, ORIGIN, {"no_tls_verify": True})])),
         "TunnelIngress.rules: rules[0] origin_request is not an OriginRequest (got {'no_tls_verify': True}); "
         "write OriginRequest(origin_server_name=...)"),
    Case("vlan-address-none", lambda c: vlan(c, VlanAddress(None)),
         'c/v: static address is not an address with a prefix length (got None); write it as <address>/<prefix>, such as '
         "'10.10.33.254/24'"),
    # ---- labels for a pool's or L2 policy's service_selector (network/lbipam.py)
    Case("app-service-labels-type", lambda c: app(c, "jf", name="jellyfin", port=8096, service_labels="lb-pool=lan"),
         "c/jf: service_labels is not a mapping (got 'lb-pool=lan'); write a dict such as {'lb-pool': 'lan'}"),
    Case("app-service-labels-value", lambda c: app(c, "jf", name="jellyfin", port=8096,
                                                   service_labels={"lb-pool": "l a n"}),
         "c/jf: service_labels['lb-pool'] is not a label value (got 'l a n'); write up to 63 letters, digits, '-', "
         "'_' or '.', starting and ending with a letter or digit"),
    Case("app-service-labels-library-label", lambda c: app(c, "jf", name="jellyfin", port=8096,
                                                           service_labels={"app.kubernetes.io/managed-by": "me"}),
         "c/jf: service_labels sets app.kubernetes.io/managed-by, which the library writes itself (got 'me'); drop it: "
         "every object the library writes carries app.kubernetes.io/managed-by: homelab-constructs already (a pool's "
         "service_selector may select by it)"),
    Case("app-service-labels-name-label", lambda c: app(c, "jf", name="jellyfin", port=8096, name_label=True,
                                                        service_labels={"app.kubernetes.io/name": "media"}),
         "c/jf: service_labels sets app.kubernetes.io/name, which name_label writes (got 'media'); drop it (the Service "
         "carries app.kubernetes.io/name: jellyfin), or set name_label=False to write your own"),
    Case("app-service-labels-no-service", lambda c: app(c, "jf", name="jellyfin", port=8096, write_service=False,
                                                        service_labels={"lb-pool": "lan"}),
         "c/jf: Service settings given with write_service=False (got {'service_labels': {'lb-pool': 'lan'}}); set "
         "them in the app's chart, which writes the Service, or set write_service=True"),
    Case("vpn-service-labels-type", lambda c: WebUi(service_labels=["lb-pool", "lan"]),
         "WebUi.service_labels: service_labels is not a mapping (got ['lb-pool', 'lan']); write a dict such as "
         "{'lb-pool': 'lan'}"),
    Case("vpn-service-labels-key", lambda c: WebUi(service_labels={"lb pool": "lan"}),
         "WebUi.service_labels: key is not a label name (got 'lb pool'); write a key such as 'app' or "
         "'example.com/app'"),
    Case("gateway-infrastructure-labels-type", lambda c: gw(c, infrastructure_labels=("lb-pool", "lan")),
         "c/gw: infrastructure_labels is not a mapping (got ('lb-pool', 'lan')); write a dict such as "
         "{'lb-pool': 'lan'}"),
    Case("gateway-infrastructure-labels-value", lambda c: gw(c, infrastructure_labels={"lb-pool": 5}),
         "c/gw: infrastructure_labels['lb-pool'] is not a label value (got 5); write up to 63 letters, digits, '-', "
         "'_' or '.', starting and ending with a letter or digit"),
    Case("gateway-infrastructure-labels-count", lambda c: gw(c, infrastructure_labels={f"l{i}": "x" for i in range(9)}),
         "c/gw: infrastructure_labels has more than 8 labels (got 9); keep at most 8 (the Gateway API's limit on "
         "spec.infrastructure.labels): the ones a pool's or L2 policy's service_selector needs"),
    Case("vlan-address-tuple", lambda c: vlan(c, ("10.10.33.254/24", "10.10.33.1")),
         "c/v: addresses are not a list of VlanAddresses (got [('10.10.33.254/24', '10.10.33.1')]); write a list such as "
         "[VlanAddress('10.10.33.254/24', gateway='10.10.33.1')], or () for none"),
    Case("vlan-address-gateway-type", lambda c: vlan(c, VlanAddress("10.10.33.254/24", gateway=1)),
         'c/v: static address gateway is not an IP address (got 1); write a single address such as 192.168.10.200'),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case):
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    with pytest.raises(ValueError) as caught:
        case.build(chart)
    assert type(caught.value) is ValueError, "a plain ValueError: no TypeError, KeyError or jsii error"
    assert not isinstance(caught.value, jsii.errors.JSIIError)
    assert str(caught.value) == case.message


def test_table():
    assert len({c.id for c in CASES}) == len(CASES)
    assert len({c.message for c in CASES}) == len(CASES)  # every row exercises its own message


# ---- 2. specs are immutable all the way down

def mutable_parts(value: object, path: str) -> list[str]:
    """The paths of every list, dict or set inside ``value`` (through dataclasses, tuples, mappings and props:
    every argument of a construct's props, given or its constructor's default)."""
    if isinstance(value, (MappingProxyType, FrozenDict)):
        return [p for k, v in value.items() for p in mutable_parts(v, f"{path}[{k!r}]")]
    if isinstance(value, (list, dict, set, bytearray)):
        return [path]
    if isinstance(value, (tuple, frozenset)):
        return [p for i, v in enumerate(value) for p in mutable_parts(v, f"{path}[{i}]")]
    if isinstance(value, Props):
        return [p for name in parameters(value.construct) for p in mutable_parts(getattr(value, name), f"{path}.{name}")]
    if hasattr(value, "__dataclass_fields__"):
        return [p for f in dataclasses.fields(value) for p in mutable_parts(getattr(value, f.name), f"{path}.{f.name}")]
    return []


def fields(value: object) -> list[str]:
    """The names of a spec's fields, or of the arguments of a construct's props."""
    return list(parameters(value.construct)) if isinstance(value, Props) else [f.name for f in dataclasses.fields(value)]


def spec_id(spec: object) -> str:
    return f"{spec.construct.__name__}.props" if isinstance(spec, Props) else type(spec).__name__


SPEC_DEFAULTS = [HomelabSpec(), IsolationSpec(), store(), VpnPod.props(), HomelabGateway.props(), SelfSignedCa.props(),
                 ClusterCidrs(), LoadBalancerPool.props(name="lan"), SONARR, L2Announcement.props(name="homelab-l2"),
                 DnsRecords.props(), CertManagerRelease.props(), EgressGrant("media", "sonarr", ()), ToWorld(),
                 ToApiServer(), ToFqdn(())]


@pytest.mark.parametrize("spec", SPEC_DEFAULTS, ids=[spec_id(s) for s in SPEC_DEFAULTS])
def test_defaults_hold_nothing_mutable(spec):
    assert mutable_parts(spec, spec_id(spec)) == []


def test_seed_spec_holds_nothing_mutable():
    # CiliumValues (platform/cilium_values.py) keeps its free-form extra_values as given: it is
    # checked and copied by CiliumRelease, outside the specs of homelab.py and isolation_spec.py
    assert mutable_parts(default_spec(), "default_spec()") == ["default_spec().cilium.values.extra_values"]
    assert mutable_parts(DEFAULT_ISOLATION, "main.ISOLATION") == []


MAKERS = {"IsolationSpec": IsolationSpec, "VaultSecretStore.props": store, "VpnPod.props": VpnPod.props,
          "HomelabSpec": HomelabSpec}


@pytest.mark.parametrize("make", MAKERS.values(), ids=MAKERS.keys())
def test_two_specs_never_share_a_mutable_default(make):
    one, other = make(), make()
    for name in fields(one):
        a, b = getattr(one, name), getattr(other, name)
        assert not (a is b and isinstance(a, (list, dict, set))), name
    assert mutable_parts(one, spec_id(one)) == []


def test_changing_the_dict_passed_in_changes_nothing():
    opt_out = {"vault": "Vault's own auth"}
    metrics = {"grafana": [3000]}
    spec = IsolationSpec(opt_out=opt_out, metrics_ports=metrics)
    opt_out["media"] = "oops"
    metrics["grafana"].append(3001)
    metrics["prometheus"] = [9090]
    assert dict(spec.opt_out) == {"vault": "Vault's own auth"}
    assert dict(spec.metrics_ports) == {"grafana": (3000,)}
    with pytest.raises(TypeError):
        spec.opt_out["media"] = "oops"  # type: ignore[index]  # read-only
    with pytest.raises(TypeError):
        DEFAULT_ISOLATION.opt_out["media"] = "oops"  # type: ignore[index]  # a module-level spec too

    pods = {"app.kubernetes.io/name": "vpn"}
    grant = EgressGrant("downloads", pods, [ToWorld()])
    pods["app.kubernetes.io/name"] = "other"
    assert dict(grant.pods) == {"app.kubernetes.io/name": "vpn"} and grant.to == (ToWorld(),)


#: Props keep the values given as they are (``Props.given`` is a read-only view of a shallow copy):
#: a list or dict given to ``<Construct>.props(...)`` stays mutable inside the HomelabSpec, and changing
#: it afterwards changes the spec (the old spec dataclasses kept tuples and read-only copies)

def test_changing_the_dict_passed_to_props_changes_nothing():
    labels = {"app.kubernetes.io/name": "external-secrets"}
    secret_store = store(operator_pods=labels)
    labels["app.kubernetes.io/name"] = "other"
    assert dict(secret_store.operator_pods) == {"app.kubernetes.io/name": "external-secrets"}


def test_lists_given_are_kept_as_tuples():
    apps = [SONARR]
    pools = [LAN_POOL]
    spec = HomelabSpec(apps=apps, pools=pools, cluster_cidrs=ClusterCidrs(pods=["10.42.0.0/16"]))
    apps.append(HomelabApp.props(name="radarr", port=7878, namespace="media"))
    pools.append(LoadBalancerPool.props(name="wan", cidrs=("10.0.0.0/8",)))
    assert spec.apps == (SONARR,) and spec.pools == (LAN_POOL,)
    assert spec.cluster_cidrs.pods == ("10.42.0.0/16",)
    assert ToWorld([443]).ports == (443,) and ToFqdn(["grafana.com"]).names == ("grafana.com",)
    assert mutable_parts(spec, "spec") == []


def test_lists_given_to_props_are_kept_as_tuples():
    cidrs = ["192.168.10.0/24"]
    spec = HomelabSpec(pools=[LoadBalancerPool.props(name="lan", ranges=[["192.168.10.200", "192.168.10.250"]],
                                                     cidrs=cidrs)],
                       l2=L2Announcement.props(name="homelab-l2", interfaces=["enp1s0"]),
                       vpn=vpn(tunnel=VpnTunnel(server_regions=["CA Montreal"])))
    cidrs.append("10.0.0.0/8")
    assert spec.pools[0].ranges == (("192.168.10.200", "192.168.10.250"),) and spec.pools[0].cidrs == ("192.168.10.0/24",)
    assert spec.l2 is not None and spec.l2.interfaces == ("enp1s0",)
    assert spec.vpn is not None and spec.vpn.tunnel.server_regions == ("CA Montreal",)
    assert mutable_parts(spec, "spec") == []


def test_replace_checks_again():
    # props.replace checks the names again, at once
    with pytest.raises(ValueError, match=r"^HomelabApp\.props: HomelabApp takes no argument prt \(got 'prt'\); "
                                         r"did you mean port=\?"):
        SONARR.replace(prt=8989)
    # dataclasses.replace runs HomelabSpec's checks again
    with pytest.raises(ValueError, match=r"^HomelabSpec\.apps\[0\]: app is not HomelabApp's props \(got 'sonarr'\)"):
        replace(HomelabSpec(apps=(SONARR,)), apps=("sonarr",))
    # and the value replaced is checked by the construct when the Homelab builds it
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    with pytest.raises(ValueError, match=r"^apps-media/sonarr: port must be an integer in 1-65535 \(got '8989'\)"):
        lab(c, apps=(SONARR.replace(port="8989"),))


def test_lists_and_tuples_build_the_same_objects():
    outputs = []
    for seq in (list, tuple):
        c = cdk8s.Chart(cdk8s.Testing.app(), "c")
        pool(c, ranges=seq([seq(["192.168.10.200", "192.168.10.250"])]), cidrs=seq(["192.168.20.0/24"]))
        L2Announcement(c, "l2", name="l2", interfaces=seq(["^eth[0-9]+"]))
        NamespaceIsolation(c, "iso", namespace="media", apps=seq([app(c)]), lan_cidrs=seq(["192.168.10.0/24"]),
                           egress=seq([EgressGrant("media", "sonarr", seq([ToWorld(seq([443])), ToCidr("192.168.10.5/32")]))]))
        outputs.append(cdk8s.Testing.synth(c))
    assert outputs[0] == outputs[1]


# ---- 3. the same object twice: helpers

def test_first_duplicate():
    assert first_duplicate(["a", "b", "c"]) is None
    assert first_duplicate(["a", "b", "a", "b"]) == (0, 2)


def test_claiming_again_from_the_same_construct_is_fine():
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    claim_once(c, "thing", "x", "thing is declared twice", "x", "declare it once")
    claim_once(c, "thing", "x", "thing is declared twice", "x", "declare it once")
    other = cdk8s.Chart(c.node.root, "d")
    with pytest.raises(ValueError, match=r"^d: thing is declared twice \(got 'x'\); c already declares it; declare it once$"):
        claim_once(other, "thing", "x", "thing is declared twice", "x", "declare it once")


def test_a_failed_ca_claims_nothing():
    """A CA refused for one of its names leaves the others free for the next one."""
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    SelfSignedCa(c, "ca")
    with pytest.raises(ValueError, match="CA Certificate is declared twice"):
        SelfSignedCa(c, "ca2", bootstrap_issuer_name="bootstrap-2", issuer_name="issuer-2")
    SelfSignedCa(c, "ca3", name="lab-ca", bootstrap_issuer_name="bootstrap-2", issuer_name="issuer-2")


def test_same_names_in_two_apps_are_fine():
    """The registries are per app: two apps may each have a pool, a CA and an isolation of one name."""
    for _ in range(2):
        c = cdk8s.Chart(cdk8s.Testing.app(), "c")
        pool(c, name="lan", cidrs=["192.168.10.0/24"])
        SelfSignedCa(c, "ca")
        iso(c)
