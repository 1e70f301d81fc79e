"""Whole-app checks over the synthesized objects (what the cluster will see).

The constructs check what they can while the app is built (``add_check``); these checks
run on the written manifests, so they also cover objects that other code added, and they
see every chart at once. They are the one owner of these rules: ``synth()`` runs them on
what the app wrote (reporting construct paths), ``python -m homelab_constructs validate``
on a directory (reporting files). One function per rule, composed by
:func:`cross_object_problems`:

* :func:`route_problems`: each route's ``parentRef`` names an existing Gateway, a listener
  ``sectionName`` (and ``port``) of it, and the listener admits routes from the route's
  namespace; each route hostname falls under the hostname of the listener(s) it attaches to;
* :func:`pool_problems`: pools overlap neither each other nor the node, pod and service
  CIDRs when given;
* :func:`pinned_ip_problems`: each pinned LoadBalancer IP (``lbipam.cilium.io/ips``,
  ``spec.loadBalancerIP``, Gateway ``spec.addresses``) lies inside exactly one
  CiliumLoadBalancerIPPool, and that pool's ``serviceSelector`` selects the object (see
  :func:`service_labels`); it is not the first or last address of a CIDR block the pool keeps
  back (``allowFirstLastIPs: No``; /31, /32, /127 and /128 blocks are always usable whole), it
  is announced when the app announces LoadBalancer IPs with CiliumL2AnnouncementPolicies only
  (no BGP objects): a policy with ``loadBalancerIPs: true`` selects it; and it is used once
  (unless the objects share a ``lbipam.cilium.io/sharing-key``);
* :func:`isolation_problems`: every routed namespace (a route there sends traffic to
  backends) is isolated by a default-deny policy, or its Namespace says why not
  (``homelab-constructs.io/network-isolation: disabled: <reason>``; a route into a namespace
  the homelab does not own may say it itself);
* :func:`issuer_problems`: each Certificate's issuer (and a Gateway's
  ``cert-manager.io/(cluster-)issuer``) exists;
* :func:`secret_store_problems`: each ExternalSecret's store exists;
* :func:`certificate_secret_problems`: no Secret is written by a Certificate and another writer
  (they would overwrite each other's key pair); each Gateway listener's TLS Secret is written by
  the app (a Secret, a Certificate, an ExternalSecret, or cert-manager for an annotated Gateway);
* :func:`external_problems`: no object declared external is also written by the app;
* :func:`duplicate_object_problems`: no two objects share API group, kind, namespace and name;
* and :func:`.objects.object_problems`: names, labels, annotations, data keys and sizes as the
  API server checks them for every object.

"Exists" means written by the app or declared external (``external``: the keys of
:func:`homelab_constructs.declared.declare_external`, which ``synth()`` passes and writes beside
the manifests as :data:`EXTERNAL_OBJECTS_FILE` for ``validate``).
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path
from typing import AbstractSet, Callable, Iterable, Mapping, Optional, Sequence

from .._hostnames import ROUTE_PROTOCOLS, hostname_matches
from .._names import (
    CLUSTER_ISSUER_ANNOTATION,
    GATEWAY_GROUP,
    ISOLATION_ANNOTATION,
    ISSUER_ANNOTATION,
    LB_IPS_ANNOTATION,
    LB_SHARING_KEY_ANNOTATION,
    NAMESPACE_NAME_LABEL,
)
from .._selectors import _known, selector_matches
from .schema import Problem, describe

ROUTE_KINDS = {"HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute"}

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
#: an object's identity in the cluster: (API group, kind, namespace, name); ``""`` for none
ObjectKey = tuple[str, str, str, str]
Objects = Sequence[tuple[str, dict]]
ByKind = dict[str, list[tuple[str, dict]]]


#: kinds that may be declared external: kind -> (API group, namespaced)
EXTERNAL_KINDS = {"ClusterIssuer": ("cert-manager.io", False), "Issuer": ("cert-manager.io", True),
                  "ClusterSecretStore": ("external-secrets.io", False), "SecretStore": ("external-secrets.io", True),
                  "Secret": ("", True)}
#: the file beside the manifests that lists the app's external objects (written only when there
#: are some): plain text, so that neither Flux's generated kustomization nor an Argo CD directory
#: source (both read ``*.yaml``, ``*.yml`` and ``*.json``) takes it for a manifest
EXTERNAL_OBJECTS_FILE = "external-objects.txt"
_EXTERNAL_HEADER = ("# Objects this app refers to but does not write (declare_external): installed by another repo or\n"
                    "# by hand. `python -m homelab_constructs validate` accepts references to them. One per line:\n"
                    "# <kind> [<namespace>/]<name>\n")
Keys = AbstractSet[ObjectKey]


def read_external_objects(directory: Path) -> frozenset[ObjectKey]:
    """The external objects listed in ``directory``'s :data:`EXTERNAL_OBJECTS_FILE` (none without one)."""
    path = Path(directory) / EXTERNAL_OBJECTS_FILE
    if not path.is_file():
        return frozenset()
    keys = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, ref = line.strip().partition(" ")
        namespace, _, name = ref.strip().rpartition("/")
        if kind not in EXTERNAL_KINDS or not name:
            raise ValueError(f"{path}:{number}: not '<kind> [<namespace>/]<name>' with a kind of "
                             f"{', '.join(sorted(EXTERNAL_KINDS))} (got {line!r})")
        keys.add((EXTERNAL_KINDS[kind][0], kind, namespace, name))
    return frozenset(keys)


def write_external_objects(directory: Path, keys: Iterable[ObjectKey]) -> None:
    """Write :data:`EXTERNAL_OBJECTS_FILE` in ``directory`` (sorted, so two synths write the same
    bytes); remove it when there are no keys."""
    path = Path(directory) / EXTERNAL_OBJECTS_FILE
    lines = [f"{k} {ns + '/' if ns else ''}{n}" for _, k, ns, n in sorted(keys, key=lambda key: key[1:])]
    if lines:
        path.write_text(_EXTERNAL_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    elif path.exists():
        path.unlink()


@dataclass(frozen=True)
class ClusterCidrs:
    """The cluster's own ranges, which no LoadBalancer pool may overlap (each optional).

    :param nodes: the nodes' own addresses: each node IP as a /32 (/128), such as
        ``("192.168.10.11/32", "192.168.10.12/32")``, or a block reserved for the nodes (a DHCP
        range the pool stays out of). Not the LAN the nodes sit on: with L2 announcements the
        pool must lie on that LAN (beside the nodes), so the LAN's CIDR here would refuse every
        usable pool.
    :param pods: the pod CIDRs (Cilium's cluster-pool, such as ``10.42.0.0/16``).
    :param services: the Service CIDRs (``--service-cluster-ip-range``, such as ``10.43.0.0/16``).
    """

    nodes: tuple[str, ...] = ()
    pods: tuple[str, ...] = ()
    services: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # immutable all the way down: a list is kept as a tuple (any other type is reported where
        # the CIDRs are used: HomelabSpec, set_cluster_cidrs, the validate command)
        for part in ("nodes", "pods", "services"):
            value = getattr(self, part)
            if isinstance(value, list):
                object.__setattr__(self, part, tuple(value))


@dataclass(frozen=True)
class ObjectProblem(Problem):
    """A :class:`Problem` of one object, with the object's identity (``synth()`` finds the
    construct that wrote it by this key)."""

    key: ObjectKey = ("", "", "", "")


def api_group(api_version: str) -> str:
    """``cilium.io`` of ``cilium.io/v2``; ``""`` for the core group (``v1``)."""
    group, _, _version = api_version.rpartition("/")
    return group


def object_key(obj: dict) -> ObjectKey:
    meta = obj.get("metadata") or {}
    return (api_group(str(obj.get("apiVersion", ""))), str(obj.get("kind", "")), str(meta.get("namespace") or ""),
            str(meta.get("name") or ""))


def _problem(file: str, obj: dict, path: str, message: str) -> ObjectProblem:
    return ObjectProblem(file, describe(obj), path, message, object_key(obj))


def _by_kind(objects: Objects) -> ByKind:
    by_kind: ByKind = {}
    for file, obj in objects:
        by_kind.setdefault(obj.get("kind", ""), []).append((file, obj))
    return by_kind


def _opted_out(obj: dict) -> bool:
    """The object says, with a reason, that its namespace is not isolated."""
    state = _annotations(obj).get(ISOLATION_ANNOTATION, "")
    return state.startswith("disabled:") and bool(state[len("disabled:"):].strip())


def _ns(obj: dict) -> str:
    return (obj.get("metadata") or {}).get("namespace") or "default"


def _name(obj: dict) -> str:
    return (obj.get("metadata") or {}).get("name", "")


def _annotations(obj: dict) -> dict:
    return (obj.get("metadata") or {}).get("annotations") or {}


# ---- routes: parentRefs, sections, namespaces, hostnames

_KNOWN_PROTOCOLS = {"HTTP", "HTTPS", "TLS", "TCP", "UDP"}


def _selects(listener: dict, namespace: str, namespaces: dict[str, dict]) -> bool:
    """Whether a ``from: Selector`` listener admits routes from ``namespace``: its matchLabels
    against the namespace's labels (``kubernetes.io/metadata.name`` always set). Unknown when the
    app has no Namespace object for labels other than the name, or the selector has expressions:
    then admitted."""
    selector = ((listener.get("allowedRoutes") or {}).get("namespaces") or {}).get("selector") or {}
    wanted = selector.get("matchLabels") or {}
    if selector.get("matchExpressions"):
        return True
    labels = {**namespaces.get(namespace, {}), NAMESPACE_NAME_LABEL: namespace}
    if namespace not in namespaces and set(wanted) - {NAMESPACE_NAME_LABEL}:
        return True
    return all(labels.get(k) == v for k, v in wanted.items())


def route_problems(by_kind: ByKind) -> list[ObjectProblem]:
    problems: list[ObjectProblem] = []
    gateways = {(_ns(g), _name(g)): g for _, g in by_kind.get("Gateway", [])}
    namespaces = {_name(n): (n.get("metadata") or {}).get("labels") or {} for _, n in by_kind.get("Namespace", [])}
    for kind in sorted(ROUTE_KINDS):
        for file, route in by_kind.get(kind, []):
            spec = route.get("spec") or {}
            hostnames = spec.get("hostnames") or []
            for i, ref in enumerate(spec.get("parentRefs") or []):
                where = f"spec.parentRefs[{i}]"
                if ref.get("group", GATEWAY_GROUP) != GATEWAY_GROUP or ref.get("kind", "Gateway") != "Gateway":
                    continue
                key = (ref.get("namespace") or _ns(route), ref.get("name"))
                gateway = gateways.get(key)
                if gateway is None:
                    known = ", ".join(f"{n}/{g}" for n, g in sorted(gateways)) or "none"
                    problems.append(_problem(file, route, f"{where}.name", "parentRef names no Gateway of the app (got "
                                                                           f"{key[0]}/{key[1]}); use one of: {known}"))
                    continue
                listeners = (gateway.get("spec") or {}).get("listeners") or []
                section, port = ref.get("sectionName"), ref.get("port")
                chosen = [li for li in listeners if (section is None or li.get("name") == section)
                          and (port is None or li.get("port") == port)]
                if not chosen:
                    names = ", ".join(f"{li.get('name')} (port {li.get('port')})" for li in listeners)
                    got = section if port is None else f"{section or '*'}:{port}"
                    problems.append(_problem(
                        file, route, f"{where}.sectionName" if section else f"{where}.port",
                        f"parentRef names no listener of Gateway {key[0]}/{key[1]} (got {got!r}); use one of: {names}"))
                    continue
                admitted = []
                for li in chosen:
                    allowed = (((li.get("allowedRoutes") or {}).get("namespaces") or {}).get("from")) or "Same"
                    if allowed == "Same" and _ns(route) != key[0]:
                        continue
                    if allowed == "Selector" and not _selects(li, _ns(route), namespaces):
                        continue
                    kinds = [k.get("kind") for k in (li.get("allowedRoutes") or {}).get("kinds") or []]
                    if kinds and kind not in kinds:
                        continue
                    protocol = li.get("protocol")
                    if not kinds and protocol in _KNOWN_PROTOCOLS and protocol not in ROUTE_PROTOCOLS.get(kind, ()):
                        continue
                    admitted.append(li)
                if not admitted:
                    problems.append(_problem(
                        file, route, where,
                        f"listener {section or '*'} of Gateway {key[0]}/{key[1]} does not admit a {kind} from namespace "
                        f"{_ns(route)} (got allowedRoutes {[(li.get('allowedRoutes') or {}) for li in chosen]!r}); "
                        f"attach to a listener with allowedRoutes.namespaces.from: All, or move the route to {key[0]}"))
                    continue
                for j, host in enumerate(hostnames):
                    bounds = [li["hostname"] for li in admitted if li.get("hostname")]
                    if len(bounds) == len(admitted) and not any(hostname_matches(b, host) for b in bounds):
                        problems.append(_problem(
                            file, route, f"spec.hostnames[{j}]",
                            f"hostname is outside every listener it attaches to on Gateway {key[0]}/{key[1]} "
                            f"(got {host!r}); use a name under {', '.join(sorted(set(bounds)))}"))
    return problems


# ---- LoadBalancer pools

@dataclass(frozen=True)
class _Block:
    label: str  # as written: the CIDR, or start-stop
    networks: tuple[Network, ...]
    cidr: Optional[Network]  # the block's CIDR (None for a start/stop range)


def _pool_blocks(pool: dict) -> list[_Block]:
    out = []
    for block in (pool.get("spec") or {}).get("blocks") or []:
        if "cidr" in block:
            network = ipaddress.ip_network(block["cidr"], strict=False)
            out.append(_Block(block["cidr"], (network,), network))
        elif "start" in block:
            start = ipaddress.ip_address(block["start"])
            stop = ipaddress.ip_address(block.get("stop", block["start"]))
            out.append(_Block(f"{start}-{stop}", tuple(ipaddress.summarize_address_range(start, stop)), None))
    return out


def _pools(by_kind: ByKind) -> tuple[list[tuple[str, dict, list[_Block]]], list[ObjectProblem]]:
    """The pools whose blocks parse, and a problem for each pool whose blocks do not."""
    pools, problems = [], []
    for file, pool in by_kind.get("CiliumLoadBalancerIPPool", []):
        try:
            pools.append((file, pool, _pool_blocks(pool)))
        except (TypeError, ValueError) as err:
            problems.append(_problem(file, pool, "spec.blocks", f"pool block is not an address range ({err}); write "
                                                                "CIDRs or start/stop addresses"))
    return pools, problems


def _overlaps(a: Iterable[Network], b: Iterable[Network]) -> bool:
    b = list(b)
    return any(x.version == y.version and x.overlaps(y) for x in a for y in b)  # type: ignore[arg-type]


def _networks(blocks: list[_Block]) -> list[Network]:
    return [n for b in blocks for n in b.networks]


def pool_problems(by_kind: ByKind, cidrs: ClusterCidrs = ClusterCidrs()) -> list[ObjectProblem]:
    """Malformed pools; pools that overlap another pool or the cluster's node, pod or service CIDRs."""
    pools, problems = _pools(by_kind)
    for i, (file, pool, blocks) in enumerate(pools):
        labels = [b.label for b in blocks]
        for _other_file, other, other_blocks in pools[:i]:
            if _overlaps(_networks(blocks), _networks(other_blocks)):
                problems.append(_problem(file, pool, "spec.blocks", f"pool overlaps pool {_name(other)} (got {labels!r} "
                                                                    f"and {[b.label for b in other_blocks]!r}); give "
                                                                    "every pool its own addresses"))
        for what, ranges in (("node", cidrs.nodes), ("pod", cidrs.pods), ("service", cidrs.services)):
            for cidr in ranges:
                if _overlaps(_networks(blocks), [ipaddress.ip_network(cidr, strict=False)]):
                    fix = f"move the pool outside {cidr}"
                    if what == "node":
                        fix += (f", or, if {cidr} is the nodes' LAN rather than their own addresses, give the nodes' "
                                "addresses only (each node IP as /32, or a block reserved for them): with L2 "
                                "announcements the pool belongs on that LAN")
                    problems.append(_problem(file, pool, "spec.blocks", f"pool overlaps the cluster's {what} CIDR "
                                                                        f"{cidr} (got {labels!r}); {fix}"))
    return problems


# ---- pinned LoadBalancer IPs

def _pinned_ips(obj: dict) -> list[tuple[str, str]]:
    """``(field, address)`` of each address ``obj`` pins (an address once, at its first field)."""
    spec = obj.get("spec") or {}
    infra = (spec.get("infrastructure") or {}).get("annotations") or {}
    pins: list[tuple[str, str]] = []
    for where, notes in (("metadata.annotations", _annotations(obj)), ("spec.infrastructure.annotations", infra)):
        pins += [(f"{where}[{LB_IPS_ANNOTATION}]", ip.strip())
                 for ip in str(notes.get(LB_IPS_ANNOTATION, "")).split(",") if ip.strip()]
    if obj.get("kind") == "Service" and spec.get("loadBalancerIP"):
        pins.append(("spec.loadBalancerIP", str(spec["loadBalancerIP"])))
    if obj.get("kind") == "Gateway":
        pins += [(f"spec.addresses[{i}].value", str(a.get("value")))
                 for i, a in enumerate(spec.get("addresses") or []) if a.get("type", "IPAddress") == "IPAddress"]
    first: dict[str, str] = {}
    for where, ip in pins:
        first.setdefault(ip, where)
    return [(where, ip) for ip, where in first.items()]


def _sharing_key(obj: dict) -> Optional[str]:
    infra = ((obj.get("spec") or {}).get("infrastructure") or {}).get("annotations") or {}
    return _annotations(obj).get(LB_SHARING_KEY_ANNOTATION) or infra.get(LB_SHARING_KEY_ANNOTATION)


# ---- which Services a pool's (or an L2 policy's) serviceSelector selects

#: the labels Cilium adds to a Service's own when it matches a pool's or an L2 policy's
#: ``serviceSelector``: the Service's namespace and name
SERVICE_NAMESPACE_LABEL = "io.kubernetes.service.namespace"
SERVICE_NAME_LABEL = "io.kubernetes.service.name"
#: labels (or prefixes, ending in ``/``) that the Gateway implementation itself may put on a
#: Gateway's Service (Cilium's ``io.cilium.gateway/owning-gateway``, Envoy Gateway's
#: ``gateway.envoyproxy.io/owning-gateway-*`` and ``app.kubernetes.io/*``), and the Service's
#: namespace and name, which the app cannot know (Envoy Gateway names the Service and puts it in
#: its own namespace): a selector's requirement on one of them counts as met
GATEWAY_SERVICE_LABELS = (SERVICE_NAMESPACE_LABEL, SERVICE_NAME_LABEL, "io.cilium.gateway/", "gateway.envoyproxy.io/",
                          "gateway.networking.k8s.io/", "app.kubernetes.io/name", "app.kubernetes.io/component",
                          "app.kubernetes.io/managed-by")
#: the kinds with which Cilium announces LoadBalancer IPs over BGP (beside L2 announcements)
BGP_KINDS = ("CiliumBGPPeeringPolicy", "CiliumBGPClusterConfig", "CiliumBGPAdvertisement")
#: the key of a requirement the app cannot know for an object (see :func:`selector_labels`)
Unknown = Callable[[str], bool]


def selector_labels(obj: dict) -> Optional[tuple[dict[str, str], Unknown]]:
    """The labels a pool's or an L2 policy's ``serviceSelector`` is matched against for the
    LoadBalancer Service ``obj`` stands for, and which keys the app cannot know; ``None`` for an
    object that is neither a Service nor a Gateway.

    A Service: its ``metadata.labels`` plus :data:`SERVICE_NAMESPACE_LABEL` and
    :data:`SERVICE_NAME_LABEL`, as Cilium matches them. A Gateway: its
    ``spec.infrastructure.labels``, which Cilium and Envoy Gateway copy onto the Service they
    create (the Gateway's own ``metadata.labels`` do not reach it); the labels the implementation
    adds itself (:data:`GATEWAY_SERVICE_LABELS`) are unknown, and a requirement on one of them
    counts as met.
    """
    kind = obj.get("kind")
    if kind == "Service":
        meta = obj.get("metadata") or {}
        return ({**(meta.get("labels") or {}), SERVICE_NAMESPACE_LABEL: _ns(obj), SERVICE_NAME_LABEL: _name(obj)},
                _known)
    if kind == "Gateway":
        labels = dict(((obj.get("spec") or {}).get("infrastructure") or {}).get("labels") or {})

        def unknown(key: str) -> bool:
            return key not in labels and any(key == k or (k.endswith("/") and key.startswith(k))
                                             for k in GATEWAY_SERVICE_LABELS)
        return labels, unknown
    return None


def _missing_labels(selector: object, labels: Mapping[str, str], unknown: Unknown) -> dict[str, str]:
    """The ``matchLabels`` of ``selector`` that ``labels`` lacks (what the fix adds)."""
    wanted = (selector.get("matchLabels") or {}) if isinstance(selector, dict) else {}
    return {k: v for k, v in wanted.items() if not unknown(k) and labels.get(k) != v
            and k not in (SERVICE_NAMESPACE_LABEL, SERVICE_NAME_LABEL)}


def _shown_labels(obj: dict, labels: Mapping[str, str], selectors: Sequence[object]) -> dict[str, str]:
    """``obj``'s labels for a message: Cilium's namespace and name labels only where a selector
    names them."""
    named = set()
    for selector in selectors:
        if isinstance(selector, dict):
            named |= set(selector.get("matchLabels") or {})
            named |= {e.get("key") for e in selector.get("matchExpressions") or []}
    return {k: v for k, v in labels.items() if k not in (SERVICE_NAMESPACE_LABEL, SERVICE_NAME_LABEL) or k in named}


def _label_fix(obj: dict, missing: Mapping[str, str]) -> str:
    """How ``obj`` gets labels: ``service_labels=`` on a Service, ``infrastructure_labels=`` on a Gateway."""
    labels = f"the labels {dict(missing)!r}" if missing else "labels the selector selects"
    if obj.get("kind") == "Gateway":
        return (f"add {labels} to the Gateway's spec.infrastructure.labels, which Cilium and Envoy Gateway copy onto "
                "its Service (HomelabGateway(infrastructure_labels=...))")
    return f"add {labels} to the Service (HomelabApp(service_labels=...) or VpnPod(web_ui=WebUi(service_labels=...)))"


def _pool_selector_problem(file: str, obj: dict, where: str, raw: str, pool: dict) -> Optional[ObjectProblem]:
    """The pinned object is not selected by the one pool its address lies in."""
    found = selector_labels(obj)
    selector = (pool.get("spec") or {}).get("serviceSelector")
    if found is None or selector_matches(selector, *found):
        return None
    labels, unknown = found
    return _problem(
        file, obj, where,
        f"pinned IP lies in pool {_name(pool)}, whose serviceSelector does not select {describe(obj)}, so Cilium "
        f"never gives it the address and it stays pending (got {raw!r} with labels "
        f"{_shown_labels(obj, labels, [selector])!r}; the pool selects {selector!r}); "
        f"{_label_fix(obj, _missing_labels(selector, labels, unknown))}, or change the pool's selector "
        "(LoadBalancerPool(service_selector=...))")


def _l2_policies(by_kind: ByKind) -> Optional[list[dict]]:
    """The CiliumL2AnnouncementPolicies, when they are the app's only way to announce LoadBalancer
    IPs: ``None`` when the app has none, or has BGP objects (:data:`BGP_KINDS`)."""
    policies = [p for _, p in by_kind.get("CiliumL2AnnouncementPolicy", [])]
    if not policies or any(by_kind.get(kind) for kind in BGP_KINDS):
        return None
    return policies


def _l2_problem(file: str, obj: dict, where: str, raw: str, policies: Optional[list[dict]]) -> Optional[ObjectProblem]:
    """The pinned LoadBalancer (a LoadBalancer Service or a Gateway) is announced by none of the
    app's L2 policies (``policies``; ``None``: not checked)."""
    found = selector_labels(obj)
    if policies is None or found is None:
        return None
    if obj.get("kind") == "Service" and (obj.get("spec") or {}).get("type") != "LoadBalancer":
        return None
    announcing = [p for p in policies if (p.get("spec") or {}).get("loadBalancerIPs") is True]
    selectors = [(p.get("spec") or {}).get("serviceSelector") for p in announcing]
    if any(selector_matches(selector, *found) for selector in selectors):
        return None
    labels, unknown = found
    summary = "; ".join(f"{_name(p)} selects {(p.get('spec') or {}).get('serviceSelector')!r}"
                        if p in announcing else f"{_name(p)} does not announce LoadBalancer IPs" for p in policies)
    missing = _missing_labels(selectors[0], labels, unknown) if selectors else {}
    return _problem(
        file, obj, where,
        f"pinned IP is announced by no L2 policy, so no node answers ARP for it on the LAN: the app announces "
        f"LoadBalancer IPs with CiliumL2AnnouncementPolicies only, and none with loadBalancerIPs: true selects "
        f"{describe(obj)} (got {raw!r} with labels {_shown_labels(obj, labels, selectors)!r}; {summary}); "
        f"{_label_fix(obj, missing)}, or change a policy's selector (L2Announcement(service_selector=..., "
        "load_balancer_ips=True))")


def kept_back_block(pool: dict, blocks: list[_Block], ip: IPAddress) -> Optional[Network]:
    """The CIDR block of ``pool`` whose first or last address ``ip`` is, when Cilium keeps that
    address back: ``allowFirstLastIPs: No`` (unset means Yes), a block wider than /31 (/127),
    and no other block of the pool hands ``ip`` out. ``None`` when Cilium may hand it out."""
    if (pool.get("spec") or {}).get("allowFirstLastIPs") != "No":
        return None
    hit = None
    for block in blocks:
        if not any(n.version == ip.version and ip in n for n in block.networks):
            continue
        network = block.cidr
        if network is None or network.prefixlen >= network.max_prefixlen - 1 or ip not in (network[0], network[-1]):
            return None  # a range, a /31 or /32 (/127, /128), or an inner address: handed out
        hit = network
    return hit


def pinned_ip_problems(objects: Objects, by_kind: ByKind) -> list[ObjectProblem]:
    """Pinned addresses outside every pool or inside several, kept back by their pool, in a pool
    whose ``serviceSelector`` does not select the object, announced by none of the app's L2
    policies (when they are its only announcement: :func:`_l2_policies`), or used twice."""
    pools, _malformed = _pools(by_kind)  # malformed pools are pool_problems'
    l2_policies = _l2_policies(by_kind)
    problems: list[ObjectProblem] = []
    used: dict[IPAddress, tuple[str, dict]] = {}
    for file, obj in objects:
        for where, raw in _pinned_ips(obj):
            try:
                ip = ipaddress.ip_address(raw)
            except ValueError:
                problems.append(_problem(file, obj, where, f"pinned IP is not an IP address (got {raw!r}); write one "
                                                           "address such as 192.168.10.200"))
                continue
            inside = [(p, blocks) for _, p, blocks in pools
                      if any(n.version == ip.version and ip in n for n in _networks(blocks))]
            if len(inside) != 1:
                summary = "; ".join(f"{_name(p)} ({', '.join(b.label for b in blocks)})" for _, p, blocks in pools) or \
                    "none declared (add a CiliumLoadBalancerIPPool: LoadBalancerPool(scope, id, name=..., cidrs=[...]))"
                what = ("outside every LoadBalancer pool" if not inside else
                        f"inside {len(inside)} pools ({', '.join(_name(p) for p, _ in inside)})")
                problems.append(_problem(file, obj, where, f"pinned IP is {what} (got {raw!r}); pick an address inside "
                                                           f"exactly one pool: {summary}"))
            else:
                (pool, blocks), = inside
                block = kept_back_block(pool, blocks, ip)
                if block is not None:
                    at_start = ip == block[0]
                    end = ("first" if at_start else "last") + ("" if ip.version == 6 else
                                                              " (network)" if at_start else " (broadcast)")
                    problems.append(_problem(
                        file, obj, where,
                        f"pinned IP is the {end} address of CIDR {block} of pool {_name(pool)}, which Cilium never hands "
                        f"out while allowFirstLastIPs is No (got {raw!r}); pin another address such as "
                        f"{block[1] if at_start else block[-2]}, or set allowFirstLastIPs: Yes on the pool "
                        "(allow_first_last_ips=True)"))
                else:
                    problem = (_pool_selector_problem(file, obj, where, raw, pool)
                               or _l2_problem(file, obj, where, raw, l2_policies))
                    if problem is not None:
                        problems.append(problem)
            if ip in used:
                first_file, first = used[ip]
                if not (_sharing_key(obj) and _sharing_key(obj) == _sharing_key(first)):
                    problems.append(_problem(file, obj, where, f"pinned IP is used twice (got {raw!r}); {describe(first)} "
                                                               f"({first_file}) already uses it; pick another address "
                                                               "of the pool"))
            else:
                used[ip] = (file, obj)
    return problems


# ---- every routed namespace isolated

def _default_deny(obj: dict) -> set[str]:
    """The directions (``ingress``, ``egress``) in which a policy that selects every pod of its
    namespace puts those pods into default deny. Cilium denies by default in a direction as soon
    as any policy selecting the pod has rules for it (unless ``enableDefaultDeny`` says no), so
    the directions of several policies add up: seed 000's ``-allow-internal`` (ingress rules) and
    ``-egress`` (egress rules) together isolate a namespace."""
    kind = obj.get("kind")
    if kind == "NetworkPolicy":
        spec = obj.get("spec") or {}
        if spec.get("podSelector") not in ({}, None):
            return set()
        return {t.lower() for t in spec.get("policyTypes") or []} & {"ingress", "egress"}
    directions: set[str] = set()
    if kind == "CiliumNetworkPolicy":
        for spec in [obj.get("spec")] + list(obj.get("specs") or []):
            if not spec or (spec.get("endpointSelector") or {}) != {}:
                continue
            deny = spec.get("enableDefaultDeny") or {}
            for direction in ("ingress", "egress"):
                if deny.get(direction, direction in spec or f"{direction}Deny" in spec):
                    directions.add(direction)
    return directions


def isolation_problems(by_kind: ByKind) -> list[ObjectProblem]:
    """Routed namespaces (a route there sends traffic to backends) without a default-deny policy
    or a Namespace that says, with a reason, why not."""
    routed: dict[str, tuple[str, dict]] = {}
    for kind in sorted(ROUTE_KINDS):
        for file, route in by_kind.get(kind, []):
            # a route into a namespace the homelab does not own (such as kube-system) may say
            # itself why that namespace is not isolated
            rules = (route.get("spec") or {}).get("rules") or []
            if any(rule.get("backendRefs") for rule in rules) and not _opted_out(route):
                routed.setdefault(_ns(route), (file, route))
    directions: dict[str, set[str]] = {}
    for kind in ("CiliumNetworkPolicy", "NetworkPolicy"):
        for _, policy in by_kind.get(kind, []):
            directions.setdefault(_ns(policy), set()).update(_default_deny(policy))
    denied = {ns for ns, both in directions.items() if both == {"ingress", "egress"}}
    namespaces = {_name(n): n for _, n in by_kind.get("Namespace", [])}
    problems = []
    for namespace, (file, route) in sorted(routed.items()):
        if namespace in denied or _opted_out(namespaces.get(namespace, {})):
            continue
        problems.append(_problem(
            file, route, "metadata.namespace",
            f"routed namespace is not isolated (got {namespace!r}: no default-deny policy selects all its pods); "
            f"isolate it (NamespaceIsolation(scope, id, namespace={namespace!r}, apps=[...]); with Homelab this is "
            f"the default), or opt it out with a reason (annotate its Namespace {ISOLATION_ANNOTATION}: "
            f"'disabled: <why>'; with Homelab: IsolationSpec(opt_out={{{namespace!r}: '<why>'}}))"))
    return problems


# ---- issuers and secret stores

def issuer_problems(by_kind: ByKind, external: Keys = frozenset()) -> list[ObjectProblem]:
    """Certificates and Gateways (cert-manager's annotations) naming an issuer the app neither
    has nor declares external."""
    cluster_issuers = {_name(o) for _, o in by_kind.get("ClusterIssuer", [])}
    cluster_issuers |= {n for g, k, _, n in external if (g, k) == ("cert-manager.io", "ClusterIssuer")}
    issuers = {(_ns(o), _name(o)) for _, o in by_kind.get("Issuer", [])}
    issuers |= {(ns, n) for g, k, ns, n in external if (g, k) == ("cert-manager.io", "Issuer")}
    problems = []

    def check(file: str, obj: dict, path: str, kind: str, name: str) -> None:
        if kind == "ClusterIssuer" and name not in cluster_issuers:
            problems.append(_problem(file, obj, path, f"ClusterIssuer does not exist in the app (got {name!r}); use one "
                                                      f"of: {', '.join(sorted(cluster_issuers)) or 'none'}, or "
                                                      "declare one installed elsewhere (declare_external(scope, "
                                                      f"'ClusterIssuer', {name!r}))"))
        elif kind == "Issuer" and (_ns(obj), name) not in issuers:
            local = sorted(n for ns, n in issuers if ns == _ns(obj))
            problems.append(_problem(file, obj, path, f"Issuer does not exist in namespace {_ns(obj)} (got {name!r}); "
                                                      f"use one of: {', '.join(local) or 'none'}, or a ClusterIssuer, "
                                                      "or declare one installed elsewhere (declare_external(scope, "
                                                      f"'Issuer', {name!r}, {_ns(obj)!r}))"))

    for file, cert in by_kind.get("Certificate", []):
        ref = (cert.get("spec") or {}).get("issuerRef") or {}
        if ref.get("group", "cert-manager.io") == "cert-manager.io":
            check(file, cert, "spec.issuerRef.name", ref.get("kind") or "Issuer", ref.get("name", ""))
    for file, gateway in by_kind.get("Gateway", []):
        annotations = _annotations(gateway)
        for note, kind in ((CLUSTER_ISSUER_ANNOTATION, "ClusterIssuer"), (ISSUER_ANNOTATION, "Issuer")):
            if note in annotations:
                check(file, gateway, f"metadata.annotations[{note}]", kind, annotations[note])
    return problems


def secret_store_problems(by_kind: ByKind, external: Keys = frozenset()) -> list[ObjectProblem]:
    """ExternalSecrets naming a (Cluster)SecretStore the app neither has nor declares external."""
    cluster_stores = {_name(o) for _, o in by_kind.get("ClusterSecretStore", [])}
    cluster_stores |= {n for g, k, _, n in external if (g, k) == ("external-secrets.io", "ClusterSecretStore")}
    stores = {(_ns(o), _name(o)) for _, o in by_kind.get("SecretStore", [])}
    stores |= {(ns, n) for g, k, ns, n in external if (g, k) == ("external-secrets.io", "SecretStore")}
    problems = []
    for file, secret in by_kind.get("ExternalSecret", []):
        spec = secret.get("spec") or {}
        refs = [("spec.secretStoreRef", spec.get("secretStoreRef"))]
        refs += [(f"spec.data[{i}].sourceRef.storeRef", (d.get("sourceRef") or {}).get("storeRef"))
                 for i, d in enumerate(spec.get("data") or [])]
        refs += [(f"spec.dataFrom[{i}].sourceRef.storeRef", (d.get("sourceRef") or {}).get("storeRef"))
                 for i, d in enumerate(spec.get("dataFrom") or [])]
        for path, ref in refs:
            if not ref or not ref.get("name"):
                continue
            kind = ref.get("kind") or "SecretStore"
            if kind == "ClusterSecretStore" and ref["name"] not in cluster_stores:
                problems.append(_problem(file, secret, f"{path}.name", "ClusterSecretStore does not exist in the app (got "
                                                                       f"{ref['name']!r}); use one of: "
                                                                       f"{', '.join(sorted(cluster_stores)) or 'none'}, "
                                                                       "or declare one installed elsewhere "
                                                                       "(declare_external(scope, 'ClusterSecretStore', "
                                                                       f"{ref['name']!r}))"))
            elif kind == "SecretStore" and (_ns(secret), ref["name"]) not in stores:
                local = sorted(n for ns, n in stores if ns == _ns(secret))
                problems.append(_problem(file, secret, f"{path}.name", f"SecretStore does not exist in namespace "
                                                                       f"{_ns(secret)} (got {ref['name']!r}); use one of: "
                                                                       f"{', '.join(local) or 'none'}, or a "
                                                                       "ClusterSecretStore, or declare one installed "
                                                                       "elsewhere (declare_external(scope, "
                                                                       f"'SecretStore', {ref['name']!r}, "
                                                                       f"{_ns(secret)!r}))"))
    return problems


# ---- Secrets: one writer each, and a listener's TLS Secret written by someone

def _secret_writers(by_kind: ByKind) -> list[tuple[tuple[str, str], str, str, dict]]:
    """``((namespace, name), what writes it, file, writer)`` of every Secret the app writes: Secret
    objects, Certificates (``spec.secretName``) and ExternalSecrets that create their target
    (``spec.target.name``, default the ExternalSecret's name)."""
    writers = [((_ns(o), _name(o)), "Secret", f, o) for f, o in by_kind.get("Secret", [])]
    writers += [((_ns(o), (o.get("spec") or {}).get("secretName", "")), "Certificate", f, o)
                for f, o in by_kind.get("Certificate", [])]
    for f, o in by_kind.get("ExternalSecret", []):
        target = (o.get("spec") or {}).get("target") or {}
        if target.get("creationPolicy", "Owner") in ("Owner", "Orphan"):
            writers.append(((_ns(o), target.get("name") or _name(o)), "ExternalSecret", f, o))
    return writers


def certificate_secret_problems(by_kind: ByKind, external: Keys = frozenset()) -> list[ObjectProblem]:
    """A Secret that a Certificate writes and something else writes too (they would overwrite each
    other's key pair); a Gateway listener's TLS Secret that nothing writes."""
    problems = []
    first: dict[tuple[str, str], tuple[str, str, dict]] = {}
    for key, what, file, obj in _secret_writers(by_kind):
        if key in first:
            other_what, other_file, other = first[key]
            if "Certificate" in (what, other_what):
                problems.append(_problem(file, obj, "spec.secretName" if what == "Certificate" else "metadata.name",
                                         f"Secret is written twice (got {key[0]}/{key[1]}); {describe(other)} "
                                         f"({other_file}) writes it too; give each its own Secret"))
            continue
        first[key] = (what, file, obj)
    made = set(first) | {(ns, n) for g, k, ns, n in external if (g, k) == ("", "Secret")}
    for file, gateway in by_kind.get("Gateway", []):
        notes = _annotations(gateway)
        shim = CLUSTER_ISSUER_ANNOTATION in notes or ISSUER_ANNOTATION in notes  # cert-manager writes them
        for i, listener in enumerate((gateway.get("spec") or {}).get("listeners") or []):
            for j, ref in enumerate((listener.get("tls") or {}).get("certificateRefs") or []):
                if ref.get("group", "") != "" or ref.get("kind", "Secret") != "Secret":
                    continue
                namespace = ref.get("namespace") or _ns(gateway)
                if (namespace, ref.get("name")) in made or (shim and namespace == _ns(gateway)):
                    continue
                problems.append(_problem(
                    file, gateway, f"spec.listeners[{i}].tls.certificateRefs[{j}].name",
                    f"TLS Secret is written by nothing in the app (got {namespace}/{ref.get('name')}); write it with a "
                    "Certificate (Certificate(..., secret_name=...)), annotate the Gateway with an issuer, or declare "
                    f"it (declare_external(scope, 'Secret', {ref.get('name')!r}, {namespace!r}))"))
    return problems


def external_problems(objects: Objects, external: Keys = frozenset()) -> list[ObjectProblem]:
    """Objects the app writes although it declares them external: one of the two is wrong."""
    return [_problem(file, obj, "metadata.name",
                     f"object is declared external but the app writes it (got {describe(obj)!r}); drop the "
                     "declaration, or stop writing the object")
            for file, obj in objects if object_key(obj) in external]


# ---- the same object twice

def duplicate_object_problems(objects: Objects) -> list[ObjectProblem]:
    """Objects with the API group, kind, namespace and name of an earlier one (say, from two
    charts): applied together, one would silently overwrite the other."""
    seen: dict[ObjectKey, str] = {}
    problems = []
    for file, obj in objects:
        key = object_key(obj)
        if not key[1] or not key[3]:
            continue  # no kind or no name: the schema check says so
        if key in seen:
            where = f"twice in {file}" if seen[key] == file else f"twice, in {seen[key]} and {file}"
            problems.append(_problem(file, obj, "metadata.name",
                                     f"the same object is written {where} (got {describe(obj)!r}); give one of them "
                                     "another name, or write it once"))
        else:
            seen[key] = file
    return problems


def cross_object_problems(objects: Objects, cidrs: ClusterCidrs = ClusterCidrs(),
                          external: Iterable[ObjectKey] = ()) -> list[ObjectProblem]:
    """Every whole-app problem of ``objects`` (``(file, object)`` pairs), rule by rule;
    ``external``: the keys of the objects declared external (default none)."""
    from .objects import object_problems  # names, labels and sizes: the API server's own rules

    objects = list(objects)
    by_kind = _by_kind(objects)
    outside = frozenset(external)
    return (object_problems(objects) + route_problems(by_kind) + pool_problems(by_kind, cidrs)
            + pinned_ip_problems(objects, by_kind) + isolation_problems(by_kind) + issuer_problems(by_kind, outside)
            + secret_store_problems(by_kind, outside) + certificate_secret_problems(by_kind, outside)
            + external_problems(objects, outside) + duplicate_object_problems(objects))


def parse_cidrs(values: Iterable[str]) -> tuple[str, ...]:
    """Validate CIDR strings for :class:`ClusterCidrs` (raises ValueError naming the bad one)."""
    out = []
    for v in values:
        ipaddress.ip_network(v, strict=False)
        out.append(v)
    return tuple(out)
