"""Multus VLAN attachments: macvlan ``NetworkAttachmentDefinition`` s and pod network selections.

A :class:`VlanAttachment` puts pods on a LAN segment next to the cluster network: a macvlan
interface in bridge mode on a host interface (``enp1s0``) or on its VLAN sub-interface
(``enp1s0.20``, which the host must already have, for example from netplan or systemd-networkd).
The pod keeps Cilium's ``eth0`` and its default route; the attachment adds ``net1`` and
friends. :meth:`VlanAttachment.select` and :func:`networks_annotation` attach a pod;
:func:`networks_values` attaches the pods another chart renders (app-template's, for example)
through that chart's values.

Multus and Cilium: Multus must be the node's primary CNI config and delegate to Cilium,
so Cilium must not claim ``/etc/cni/net.d`` for itself. Set the Cilium Helm values in
:data:`CILIUM_MULTUS_VALUES` (``cni.exclusive: false``); with the default ``true`` Cilium
renames Multus' config away and every attachment silently stops working.
"""
from __future__ import annotations

import ipaddress
import json
import re
from dataclasses import dataclass
from typing import Literal, Mapping, Optional, Sequence

import constructs
import jsonschema
from cdk8s import ApiObjectMetadata

from imports.homelab_multus.io.cncf.cni import k8s as multus

from .._base import HomelabConstruct
from .._tree import app_registry
from .._validation import check_bool, check_choice, check_dns_label, check_ip, check_network, fail

#: The pod annotation Multus reads: a JSON list of network selections.
NETWORKS_ANNOTATION = "k8s.v1.cni.cncf.io/networks"
#: Where app-template (bjw-s) reads the annotations of every controller's pods.
APP_TEMPLATE_POD_ANNOTATIONS = "defaultPodOptions.annotations"
_VALUES_PATH = re.compile(r"^[^.\s]+(\.[^.\s]+)*$")
#: The Cilium Helm values Multus needs: Cilium must leave other CNI configs in place.
CILIUM_MULTUS_VALUES: Mapping[str, object] = {"cni": {"exclusive": False}}
IPAM_MODES = ("static", "dhcp", "whereabouts")
IpamMode = Literal["static", "dhcp", "whereabouts"]
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Linux interface names: at most 15 bytes (IFNAMSIZ - 1), no '/', ':' or whitespace.
_IFNAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$")
_MAC = re.compile(r"^[0-9a-f]{2}(:[0-9a-f]{2}){5}$")

_ROUTE = {"type": "object", "required": ["dst"], "additionalProperties": False,
          "properties": {"dst": {"type": "string"}, "gw": {"type": "string"}}}
_ADDRESS = {"type": "object", "required": ["address"], "additionalProperties": False,
            "properties": {"address": {"type": "string"}, "gateway": {"type": "string"}}}
#: The CNI configuration this module writes, as a JSON Schema: checked before serializing.
CNI_CONFIG_SCHEMA: Mapping[str, object] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["cniVersion", "name", "plugins"],
    "additionalProperties": False,
    "properties": {
        "cniVersion": {"enum": ["0.3.1", "0.4.0", "1.0.0"]},
        "name": {"type": "string", "pattern": r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},
        "plugins": {
            "type": "array", "minItems": 1,
            "prefixItems": [{
                "type": "object",
                "required": ["type", "master", "mode", "ipam"],
                "additionalProperties": False,
                "properties": {
                    "type": {"const": "macvlan"},
                    "master": {"type": "string", "pattern": _IFNAME.pattern},
                    "mode": {"const": "bridge"},
                    "mtu": {"type": "integer", "minimum": 68, "maximum": 65535},
                    "capabilities": {"type": "object", "additionalProperties": {"type": "boolean"}},
                    "ipam": {
                        "type": "object", "required": ["type"],
                        "properties": {
                            "type": {"enum": list(IPAM_MODES)},
                            "routes": {"type": "array", "items": _ROUTE},
                            "addresses": {"type": "array", "items": _ADDRESS},
                            "range": {"type": "string"},
                            "range_start": {"type": "string"},
                            "range_end": {"type": "string"},
                            "gateway": {"type": "string"},
                            "exclude": {"type": "array", "items": {"type": "string"}},
                        },
                        "additionalProperties": False,
                    },
                },
            }],
            "items": {
                "type": "object", "required": ["type"],
                "properties": {"type": {"enum": ["tuning", "sbr"]},
                               "capabilities": {"type": "object", "additionalProperties": {"type": "boolean"}}},
                "additionalProperties": False,
            },
        },
    },
}


def check_interface_name(scope: constructs.Construct, name: object, what: str = "interface name") -> str:
    """A Linux interface name: 1-15 characters of letters, digits, ``_``, ``.`` and ``-``."""
    if not isinstance(name, str) or not _IFNAME.match(name):
        raise fail(scope, f"{what} is not a valid Linux interface name", name,
                   "use 1-15 letters, digits, '_', '.' or '-' (no '/', ':' or spaces), such as 'enp1s0' or 'eth0'")
    return name


@dataclass(frozen=True)
class VlanAddress:
    """A static address every pod of the attachment gets (static IPAM's ``addresses``).

    :param address: the address with the subnet's prefix length, such as ``10.10.33.254/24``.
    :param gateway: the router for this address (default ``None``: none written).
    """

    address: str
    gateway: Optional[str] = None


@dataclass(frozen=True)
class VlanRoute:
    """A route the pod sends through the attachment: ``dst`` (CIDR) via ``gw`` (default: the
    attachment's gateway)."""

    dst: str
    gw: Optional[str] = None


@dataclass
class _Segment:
    """Addresses and MACs taken on one L2 segment (a master interface), app-wide."""

    ips: dict[IPAddress, str]
    macs: dict[str, str]


def _segment(scope: constructs.Construct, master: str) -> _Segment:
    segments: dict[str, _Segment] = app_registry(scope, "vlan-segments", lambda root: {})
    return segments.setdefault(master, _Segment({}, {}))


class VlanAttachment(HomelabConstruct):
    """A ``NetworkAttachmentDefinition`` (k8s.cni.cncf.io/v1): macvlan in bridge mode on a VLAN.

    The CNI configuration is built as data (a ``macvlan`` plugin, by default a ``tuning``
    plugin that lets a pod pick its MAC, and optionally ``sbr``), checked against
    :data:`CNI_CONFIG_SCHEMA` and serialized once, with sorted keys, into ``spec.config``.
    Attachments on NICs the hypervisor tags (untagged masters, the host NIC tags; static addresses; a default
    route with ``sbr``; no ``tuning``) are ``vlan_id=None, addresses=[VlanAddress(...)],
    routes=[VlanRoute('0.0.0.0/0')], sbr=True, tuning=False``.

    :param name: the attachment's name; pods select it as ``<namespace>/<name>``.
    :param namespace: the attachment's namespace (pods of other namespaces may still use it).
    :param master: the host interface, such as ``enp1s0`` (must exist on every node that
        runs an attached pod).
    :param subnet: the VLAN's subnet in CIDR form, such as ``192.168.20.0/24``.
    :param vlan_id: the 802.1Q VLAN id, 1-4094: macvlan then sits on the host's
        ``<master>.<vlan_id>`` sub-interface (default ``None``: untagged, on ``master`` itself).
    :param ipam: ``static`` (default; each pod gives its address through :meth:`select`),
        ``dhcp`` (the VLAN's DHCP server; needs the CNI ``dhcp`` daemon on every node) or
        ``whereabouts`` (cluster-wide allocation from the subnet).
    :param gateway: the VLAN's router, inside ``subnet`` (default none); routes without
        their own ``gw`` go through it.
    :param routes: subnets the pod reaches through this VLAN (default none: only the
        VLAN's own subnet). A default route (``0.0.0.0/0``) needs ``sbr=True``, which moves the
        attachment's routes into a table of its own: the pod's main default route stays on the
        cluster network and only traffic from the attachment's address uses it.
    :param range_start: first address whereabouts hands out (default: the subnet's first).
    :param range_end: last address whereabouts hands out (default: the subnet's last).
    :param exclude: CIDRs whereabouts never hands out, such as the router and DHCP pool
        (default none).
    :param mtu: the interface MTU (default: the master's).
    :param sbr: add the source-based-routing plugin, so traffic from this interface's
        address leaves through it (default ``False``).
    :param addresses: static addresses every attached pod gets, with their gateway (default
        none; static IPAM only).
    :param tuning: add the ``tuning`` plugin with the ``mac`` capability, so a pod may pick
        its MAC (default ``True``).
    :param ips_capability: the macvlan plugin's ``capabilities: {ips: true}``, so pods give
        their addresses in the network selection (default ``None``: on with static IPAM;
        ``False`` writes no capabilities, as a VPN egress attachment often is).
    :param cni_version: the CNI spec version (default ``0.3.1``, which every plugin here
        supports).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        master: str,
        subnet: str,
        vlan_id: Optional[int] = None,
        ipam: IpamMode = "static",
        gateway: Optional[str] = None,
        routes: Sequence[VlanRoute] = (),
        range_start: Optional[str] = None,
        range_end: Optional[str] = None,
        exclude: Sequence[str] = (),
        mtu: Optional[int] = None,
        sbr: bool = False,
        cni_version: str = "0.3.1",
        addresses: Sequence[VlanAddress] = (),
        tuning: bool = True,
        ips_capability: Optional[bool] = None,
    ) -> None:
        super().__init__(scope, id)
        # check the props, in the order a bad input meets them (its first error stays the same)
        self.name = check_dns_label(self, name, "attachment name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.master, self.vlan_id = self._checked_master(master, vlan_id)
        self.ipam = check_choice(self, ipam, IPAM_MODES, "IPAM mode")
        self.subnet = self._network(subnet, "subnet")
        self.gateway = self._host(gateway, "gateway") if gateway is not None else None
        self._check_switches(mtu, sbr, tuning, ips_capability, ipam)
        address_list = self._addresses(addresses, ipam)
        route_list, whereabouts = self._checked_routes_and_range(ipam, gateway, routes, range_start, range_end,
                                                                 exclude)
        # build the CNI configuration as data, check it against the schema, then write it
        ipam_config = self._ipam_config(ipam, address_list, route_list, whereabouts)
        self.cni_config: dict[str, object] = {"cniVersion": cni_version, "name": self.name,
                                              "plugins": self._plugins(ipam_config, mtu, ips_capability, tuning)}
        self._check_schema()
        self.config = json.dumps(self.cni_config, sort_keys=True, separators=(",", ":"))
        multus.NetworkAttachmentDefinition(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace),
            spec=multus.NetworkAttachmentDefinitionSpec(config=self.config),
        )

    # ---- prop checks

    def _checked_master(self, master: str, vlan_id: Optional[int]) -> tuple[str, Optional[int]]:
        """The interface macvlan sits on (``<master>.<vlan_id>`` with a VLAN id in 1-4094) and the id."""
        check_interface_name(self, master, "master interface")
        if vlan_id is not None:
            if isinstance(vlan_id, bool) or not isinstance(vlan_id, int) or not 1 <= vlan_id <= 4094:
                raise fail(self, "VLAN id must be an integer in 1-4094", vlan_id,
                           "0 is untagged/priority-tagged and 4095 is reserved; use your switch's VLAN id, "
                           "or vlan_id=None for the untagged network")
            master = check_interface_name(self, f"{master}.{vlan_id}", "VLAN sub-interface name")
        return master, vlan_id

    def _check_switches(self, mtu: Optional[int], sbr: bool, tuning: bool, ips_capability: Optional[bool],
                        ipam: str) -> None:
        """Check the MTU and the plugin switches; sets ``sbr``."""
        if mtu is not None and (isinstance(mtu, bool) or not isinstance(mtu, int) or not 68 <= mtu <= 65535):
            raise fail(self, "MTU must be an integer in 68-65535", mtu, "use the VLAN's MTU, such as 1500 or 9000")
        self.sbr = check_bool(self, sbr, "sbr", "write True to add source-based routing, or False")
        check_bool(self, tuning, "tuning", "write True to add the tuning plugin (pods may pick a MAC), or False")
        if ips_capability is not None:
            check_bool(self, ips_capability, "ips_capability", "write True or False, or None for on with static IPAM")
            if ips_capability and ipam != "static":
                raise fail(self, f"the ips capability only applies to static IPAM (this attachment uses {ipam})",
                           ips_capability, "drop ips_capability, or use ipam='static'")

    def _network(self, value: object, what: str, inside: bool = False) -> Network:
        network = ipaddress.ip_network(check_network(self, value, what, example="192.168.20.0/24"))
        if inside and not (network.version == self.subnet.version and network.subnet_of(self.subnet)):  # type: ignore[arg-type]
            raise fail(self, f"{what} is outside the attachment's subnet {self.subnet}", value,
                       f"use a block inside {self.subnet}")
        return network

    def _host(self, value: object, what: str) -> IPAddress:
        ip = check_ip(self, value, what)
        if not self.usable(ip):
            raise fail(self, f"{what} is not a usable address of the subnet {self.subnet}", value,
                       f"use an address in {self.describe_hosts()}")
        return ip

    def _addresses(self, addresses: Sequence[VlanAddress], ipam: str) -> list[dict[str, str]]:
        """Static IPAM's ``addresses``: each inside the subnet, with its prefix, once."""
        if isinstance(addresses, VlanAddress) or not isinstance(addresses, (list, tuple)) or \
                not all(isinstance(a, VlanAddress) for a in addresses):
            raise fail(self, "addresses are not a list of VlanAddresses", addresses,
                       "write a list such as [VlanAddress('10.10.33.254/24', gateway='10.10.33.1')], or () for none")
        if addresses and ipam != "static":
            raise fail(self, f"static addresses only apply to static IPAM (this attachment uses {ipam})",
                       [a.address for a in addresses], "drop addresses, or use ipam='static'")
        out: list[dict[str, str]] = []
        for a in addresses:
            try:
                iface = ipaddress.ip_interface(a.address) if isinstance(a.address, str) and "/" in a.address else None
            except ValueError:
                iface = None
            if iface is None:
                raise fail(self, "static address is not an address with a prefix length", a.address,
                           f"write it as <address>/<prefix>, such as '{self.subnet[-2]}/{self.subnet.prefixlen}'")
            if iface.network != self.subnet:
                raise fail(self, f"static address is not in the attachment's subnet {self.subnet}", a.address,
                           f"use an address in {self.describe_hosts()} with /{self.subnet.prefixlen}")
            self._host(str(iface.ip), "static address")
            entry = {"address": str(iface)}
            if a.gateway is not None:
                entry["gateway"] = str(self._host(a.gateway, "static address gateway"))
            if entry["address"] in (e["address"] for e in out):
                raise fail(self, "static address is listed twice", a.address, "list each address once")
            out.append(entry)
        return out

    def _route(self, route: VlanRoute) -> dict[str, str]:
        dst = self._network(route.dst, "route destination")
        if dst.prefixlen == 0 and not self.sbr:
            raise fail(self, "route would move the pod's default route onto the VLAN", route.dst,
                       "route only the subnets the pod must reach through this VLAN (use sbr=True for replies)")
        if dst.version != self.subnet.version:  # the gateway lies in the subnet: one family
            raise fail(self, f"IPv{dst.version} route would go through an IPv{self.subnet.version} gateway of the "
                             f"subnet {self.subnet}", route.dst,
                       f"route only IPv{self.subnet.version} destinations through this attachment; put IPv{dst.version} "
                       f"routes on an attachment with an IPv{dst.version} subnet")
        gw = route.gw if route.gw is not None else (str(self.gateway) if self.gateway is not None else None)
        if gw is None:
            raise fail(self, "route has no gateway", route.dst, "set VlanRoute(gw=...) or the attachment's gateway")
        return {"dst": str(dst), "gw": str(self._host(gw, "route gateway"))}

    def _checked_routes_and_range(self, ipam: str, gateway: Optional[str], routes: Sequence[VlanRoute],
                                  range_start: Optional[str], range_end: Optional[str],
                                  exclude: Sequence[str]) -> tuple[list[dict[str, str]], dict[str, object]]:
        """The routes, checked, and whereabouts' range settings (the only IPAM with a range; DHCP
        takes neither routes nor a range)."""
        if isinstance(routes, VlanRoute) or not isinstance(routes, (list, tuple)) or \
                not all(isinstance(r, VlanRoute) for r in routes):
            raise fail(self, "routes are not a list of VlanRoutes", routes,
                       "write a list such as [VlanRoute('192.168.30.0/24')], or () for none")
        if isinstance(exclude, str) or not isinstance(exclude, (list, tuple)):
            raise fail(self, "excluded CIDRs are not a list", exclude,
                       f"write a list such as {[exclude] if isinstance(exclude, str) else ['192.168.20.1/32']!r}")
        if ipam == "dhcp":
            given = {k: v for k, v in {"gateway": gateway, "routes": list(routes), "range_start": range_start,
                                       "range_end": range_end, "exclude": list(exclude)}.items() if v}
            if given:
                raise fail(self, "DHCP IPAM takes its addresses and routes from the VLAN's DHCP server",
                           sorted(given), "drop these props, or use ipam='static' or 'whereabouts'")
        route_list = [self._route(r) for r in routes]
        if ipam == "whereabouts":
            return route_list, self._whereabouts_range(range_start, range_end, exclude)
        if range_start is not None or range_end is not None or exclude:
            raise fail(self, f"address ranges only apply to whereabouts IPAM (this attachment uses {ipam})",
                       {"range_start": range_start, "range_end": range_end, "exclude": list(exclude)},
                       "drop them, or use ipam='whereabouts'")
        return route_list, {}

    def _whereabouts_range(self, range_start: Optional[str], range_end: Optional[str],
                           exclude: Sequence[str]) -> dict[str, object]:
        """Whereabouts' ``range`` (the subnet), its bounds and exclusions inside it, and the gateway."""
        out: dict[str, object] = {"range": str(self.subnet)}
        if range_start is not None:
            out["range_start"] = str(self._host(range_start, "range start"))
        if range_end is not None:
            out["range_end"] = str(self._host(range_end, "range end"))
        if range_start is not None and range_end is not None and \
                int(ipaddress.ip_address(range_start)) > int(ipaddress.ip_address(range_end)):
            raise fail(self, "range start is after its end", f"{range_start}-{range_end}", "swap them")
        if exclude:
            out["exclude"] = [str(self._network(c, "excluded CIDR", inside=True)) for c in exclude]
        if self.gateway is not None:
            out["gateway"] = str(self.gateway)
        return out

    # ---- CNI configuration

    def _ipam_config(self, ipam: str, address_list: list[dict[str, str]], route_list: list[dict[str, str]],
                     whereabouts: dict[str, object]) -> dict[str, object]:
        """The ``ipam`` section: its type, static addresses, routes and whereabouts' range."""
        ipam_config: dict[str, object] = {"type": ipam}
        if address_list:
            ipam_config["addresses"] = address_list
        if route_list:
            ipam_config["routes"] = route_list
        ipam_config.update(whereabouts)
        return ipam_config

    def _plugins(self, ipam_config: dict[str, object], mtu: Optional[int], ips_capability: Optional[bool],
                 tuning: bool) -> list[dict[str, object]]:
        """The plugin chain: ``macvlan`` in bridge mode, then ``tuning`` and ``sbr`` when asked for."""
        macvlan: dict[str, object] = {"type": "macvlan", "master": self.master, "mode": "bridge", "ipam": ipam_config}
        if mtu is not None:
            macvlan["mtu"] = mtu
        if ips_capability if ips_capability is not None else self.ipam == "static":
            macvlan["capabilities"] = {"ips": True}
        plugins: list[dict[str, object]] = [macvlan]
        if tuning:
            plugins.append({"type": "tuning", "capabilities": {"mac": True}})
        if self.sbr:
            plugins.append({"type": "sbr"})
        return plugins

    def _check_schema(self) -> None:
        """The CNI configuration matches :data:`CNI_CONFIG_SCHEMA`."""
        try:
            jsonschema.validate(self.cni_config, CNI_CONFIG_SCHEMA)
        except jsonschema.ValidationError as err:
            where = "/".join(str(p) for p in err.absolute_path) or "(root)"
            raise fail(self, f"CNI config is invalid at {where}: {err.message}", err.instance,
                       "fix the attachment's props") from None

    # ---- addresses

    def usable(self, ip: IPAddress) -> bool:
        """Whether ``ip`` is a host address of the subnet (not its network or broadcast address)."""
        if ip.version != self.subnet.version or ip not in self.subnet:
            return False
        if self.subnet.version == 4 and self.subnet.prefixlen < 31:
            return ip not in (self.subnet.network_address, self.subnet.broadcast_address)
        return True

    def describe_hosts(self) -> str:
        hosts = list(self.subnet.hosts()) if self.subnet.num_addresses <= 4 else None
        if hosts is not None:
            return f"{self.subnet} ({', '.join(map(str, hosts))})"
        first = self.subnet.network_address + (1 if self.subnet.version == 4 and self.subnet.prefixlen < 31 else 0)
        last = self.subnet.broadcast_address - (1 if self.subnet.version == 4 and self.subnet.prefixlen < 31 else 0)
        return f"{self.subnet} ({first}-{last})"

    def select(
        self,
        owner: constructs.Construct,
        *,
        ips: Sequence[str] = (),
        mac: Optional[str] = None,
        interface: Optional[str] = None,
    ) -> "NetworkSelection":
        """One pod's use of this attachment, for :func:`networks_annotation`.

        Static addresses and MACs are claimed on the VLAN (app-wide: the same address or
        MAC twice on one VLAN is an error, whichever attachment or namespace claims it). A
        pod with a static address must run as one replica with the ``Recreate`` strategy,
        or two pods would hold the address during a rollout.

        :param owner: the construct of the pod's workload (named in errors).
        :param ips: the pod's addresses on the VLAN; required with static IPAM, refused
            otherwise (default none).
        :param mac: the interface's MAC address, such as ``02:42:c0:a8:14:0a`` (default:
            random; pin it when the router keys DHCP leases or firewall rules on it).
        :param interface: the interface name in the pod (default: Multus' ``net1``, ``net2``, ...).
        """
        if isinstance(ips, str) or not isinstance(ips, (list, tuple)):
            raise fail(owner, "static IPs are not a list", ips,
                       f"write a list such as {[ips] if isinstance(ips, str) else ['192.168.20.10']!r}")
        if self.ipam == "static" and not ips:
            raise fail(owner, f"attachment {self.name} uses static IPAM but the pod gives no address", list(ips),
                       f"pass ips=[...] with an address in {self.describe_hosts()}")
        if self.ipam != "static" and ips:
            raise fail(owner, f"attachment {self.name} assigns addresses by {self.ipam}", list(ips),
                       "drop ips, or use an attachment with ipam='static'")
        segment = _segment(self, self.master)
        addresses = []
        for value in ips:
            ip = check_ip(owner, value, f"static IP on {self.name}")
            if not self.usable(ip):
                raise fail(owner, f"static IP is outside the attachment {self.name}'s subnet", value,
                           f"use an address in {self.describe_hosts()}")
            if self.gateway is not None and ip == self.gateway:
                raise fail(owner, f"static IP is the VLAN {self.name}'s gateway", value,
                           "use another address of the subnet")
            if ip in segment.ips:
                raise fail(owner, f"static IP is used twice on the VLAN {self.master}", value,
                           f"{segment.ips[ip]} already uses it; give each pod its own address")
            segment.ips[ip] = owner.node.path
            addresses.append(f"{ip}/{self.subnet.prefixlen}")
        if mac is not None:
            normal = mac.lower() if isinstance(mac, str) else mac
            if not isinstance(normal, str) or not _MAC.match(normal) or int(normal[:2], 16) & 1:
                raise fail(owner, "MAC address is not a unicast MAC", mac,
                           "write six hex pairs joined by ':' with an even first octet, "
                           "such as 02:00:00:00:00:01 (locally administered)")
            if normal in segment.macs:
                raise fail(owner, f"MAC address is used twice on the VLAN {self.master}", mac,
                           f"{segment.macs[normal]} already uses it; give each pod its own MAC")
            segment.macs[normal] = owner.node.path
            mac = normal
        if interface is not None:
            check_interface_name(owner, interface, "pod interface name")
            if interface == "eth0":
                raise fail(owner, "pod interface name is the cluster network's", interface,
                           "use another name such as 'iot0', or leave it to Multus (net1, net2, ...)")
        return NetworkSelection(self.name, self.namespace, tuple(addresses), mac, interface)


@dataclass(frozen=True)
class NetworkSelection:
    """One entry of a pod's ``k8s.v1.cni.cncf.io/networks`` annotation."""

    name: str
    namespace: str
    ips: tuple[str, ...] = ()
    mac: Optional[str] = None
    interface: Optional[str] = None

    def __post_init__(self) -> None:
        """Check what Multus reads (:meth:`VlanAttachment.select` builds checked ones; one built
        by hand is checked here, so the annotation never carries what Multus refuses)."""
        at = "NetworkSelection"
        check_dns_label(f"{at}.name", self.name, "attachment name")
        check_dns_label(f"{at}.namespace", self.namespace, "namespace")
        if isinstance(self.ips, str) or not isinstance(self.ips, (tuple, list)):
            raise fail(f"{at}.ips", "static IPs are not a list", self.ips,
                       f"write a list such as {[self.ips] if isinstance(self.ips, str) else ['192.168.20.10/24']!r}")
        for ip in self.ips:
            try:
                if not isinstance(ip, str):
                    raise ValueError(ip)
                ipaddress.ip_interface(ip)
            except ValueError:
                raise fail(f"{at}.ips", "static IP is not an address with its prefix length", ip,
                           "write an address such as '192.168.20.10/24'") from None
        object.__setattr__(self, "ips", tuple(self.ips))
        if self.mac is not None and (not isinstance(self.mac, str) or not _MAC.match(self.mac.lower())
                                     or int(self.mac[:2], 16) & 1):
            raise fail(f"{at}.mac", "MAC address is not a unicast address of six hex pairs", self.mac,
                       "write one such as '02:42:c0:a8:14:0a'")
        if self.interface is not None:
            check_interface_name(f"{at}.interface", self.interface)  # type: ignore[arg-type]

    def to_json(self) -> dict[str, object]:
        entry: dict[str, object] = {"name": self.name, "namespace": self.namespace}
        if self.ips:
            entry["ips"] = list(self.ips)
        if self.mac:
            entry["mac"] = self.mac
        if self.interface:
            entry["interface"] = self.interface
        return entry


def networks_annotation(owner: constructs.Construct, *selections: NetworkSelection) -> dict[str, str]:
    """The pod annotation that attaches ``selections`` (in interface order); put it on the
    pod template's metadata.

    :param owner: the workload's construct (named in errors).
    """
    if not selections:
        raise fail(owner, "pod selects no network", [], "pass at least one VlanAttachment.select(...)")
    names = [s.interface for s in selections if s.interface]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise fail(owner, "pod interface name is used twice", twice, "give each attachment its own interface name")
    return {NETWORKS_ANNOTATION: json.dumps([s.to_json() for s in selections], sort_keys=True)}


def networks_values(owner: constructs.Construct, *selections: NetworkSelection,
                    at: str = APP_TEMPLATE_POD_ANNOTATIONS) -> dict[str, object]:
    """The Helm values fragment that puts :func:`networks_annotation` on the pods another chart
    renders: merge it into that release's values (app-template, or any chart that takes pod
    annotations)::

        values = networks_values(pod, iot.select(pod, ips=["10.10.33.250"]))
        # {"defaultPodOptions": {"annotations": {"k8s.v1.cni.cncf.io/networks": "[{...}]"}}}

    :param owner: the release's construct (named in errors).
    :param at: the dotted values path where the chart reads its pods' annotations (default
        ``defaultPodOptions.annotations``, app-template's for every controller;
        ``controllers.<name>.pod.annotations`` for one app-template controller,
        ``podAnnotations`` for the many charts that use that key).
    """
    if not isinstance(at, str) or not _VALUES_PATH.match(at):
        raise fail(owner, "values path is not a dotted path of keys", at,
                   f"write the path where the chart reads pod annotations, such as {APP_TEMPLATE_POD_ANNOTATIONS!r} "
                   "or 'podAnnotations'")
    fragment: dict[str, object] = dict(networks_annotation(owner, *selections))
    for key in reversed(at.split(".")):
        fragment = {key: fragment}
    return fragment
