"""Whole-app checks over the synthesized objects (what the cluster will see).

The constructs check what they can while the app is built (``add_check``); these checks
run on the written manifests, so they also cover objects that other code added, and they
see every chart at once:

* each route's ``parentRef`` names an existing Gateway, a listener ``sectionName`` (and
  ``port``) of it, and the listener admits routes from the route's namespace;
* each route hostname falls under the hostname of the listener(s) it attaches to;
* each pinned LoadBalancer IP (``lbipam.cilium.io/ips``, ``spec.loadBalancerIP``,
  Gateway ``spec.addresses``) lies inside exactly one CiliumLoadBalancerIPPool and is used
  once (unless the objects share a ``lbipam.cilium.io/sharing-key``);
* pools overlap neither each other nor the node, pod and service CIDRs when given;
* every routed namespace (a route there sends traffic to backends) is isolated by a
  default-deny policy, or its Namespace says why not (``homelab-constructs.io/network-isolation:
  disabled: <reason>``; a route into a namespace the homelab does not own may say it itself);
* each Certificate's issuer (and a Gateway's ``cert-manager.io/(cluster-)issuer``) exists;
* each ExternalSecret's store exists.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any, Iterable, Optional, Sequence

from .schema import Problem, describe

GATEWAY_GROUP = "gateway.networking.k8s.io"
ROUTE_KINDS = {"HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute"}
LBIPAM_IPS = "lbipam.cilium.io/ips"
SHARING_KEY = "lbipam.cilium.io/sharing-key"
ISOLATION_ANNOTATION = "homelab-constructs.io/network-isolation"

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class ClusterCidrs:
    """The cluster's own ranges, which no LoadBalancer pool may overlap (each optional)."""

    nodes: tuple[str, ...] = ()
    pods: tuple[str, ...] = ()
    services: tuple[str, ...] = ()


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


def hostname_matches(listener: str, host: str) -> bool:
    """Gateway API: does route hostname ``host`` intersect listener hostname ``listener``?"""
    def under(wild: str, name: str) -> bool:  # wild = "*.suffix": one or more labels before suffix
        return name.endswith(wild[1:]) and len(name) > len(wild) - 1

    if listener == host:
        return True
    if listener.startswith("*.") and not host.startswith("*."):
        return under(listener, host)
    if host.startswith("*.") and not listener.startswith("*."):
        return under(host, listener)
    if listener.startswith("*.") and host.startswith("*."):
        return host[1:].endswith(listener[1:]) or listener[1:].endswith(host[1:])
    return False


def _pool_networks(pool: dict) -> list[tuple[str, list[Network]]]:
    out = []
    for block in (pool.get("spec") or {}).get("blocks") or []:
        if "cidr" in block:
            out.append((block["cidr"], [ipaddress.ip_network(block["cidr"], strict=False)]))
        elif "start" in block:
            start = ipaddress.ip_address(block["start"])
            stop = ipaddress.ip_address(block.get("stop", block["start"]))
            out.append((f"{start}-{stop}", list(ipaddress.summarize_address_range(start, stop))))
    return out


def _overlaps(a: list[Network], b: list[Network]) -> bool:
    return any(x.version == y.version and x.overlaps(y) for x in a for y in b)


def _pinned_ips(obj: dict) -> list[str]:
    ips = []
    for notes in (_annotations(obj), ((obj.get("spec") or {}).get("infrastructure") or {}).get("annotations") or {}):
        ips += [ip.strip() for ip in str(notes.get(LBIPAM_IPS, "")).split(",") if ip.strip()]
    spec = obj.get("spec") or {}
    if obj.get("kind") == "Service" and spec.get("loadBalancerIP"):
        ips.append(spec["loadBalancerIP"])
    if obj.get("kind") == "Gateway":
        ips += [a["value"] for a in spec.get("addresses") or [] if a.get("type", "IPAddress") == "IPAddress"]
    return list(dict.fromkeys(ips))


def _sharing_key(obj: dict) -> Optional[str]:
    infra = ((obj.get("spec") or {}).get("infrastructure") or {}).get("annotations") or {}
    return _annotations(obj).get(SHARING_KEY) or infra.get(SHARING_KEY)


def _default_deny(obj: dict) -> bool:
    """A policy that selects every pod of its namespace and denies ingress and egress by default."""
    kind = obj.get("kind")
    if kind == "NetworkPolicy":
        spec = obj.get("spec") or {}
        return spec.get("podSelector") in ({}, None) and {"Ingress", "Egress"} <= set(spec.get("policyTypes") or [])
    if kind == "CiliumNetworkPolicy":
        for spec in [obj.get("spec")] + list(obj.get("specs") or []):
            if not spec or (spec.get("endpointSelector") or {}) != {}:
                continue
            deny = spec.get("enableDefaultDeny") or {}
            ingress = deny.get("ingress", "ingress" in spec or "ingressDeny" in spec)
            egress = deny.get("egress", "egress" in spec or "egressDeny" in spec)
            if ingress and egress:
                return True
    return False


def cross_object_problems(objects: Sequence[tuple[str, dict]], cidrs: ClusterCidrs = ClusterCidrs()) -> list[Problem]:
    """Every whole-app problem of ``objects`` (``(file, object)`` pairs)."""
    problems: list[Problem] = []
    by_kind: dict[str, list[tuple[str, dict]]] = {}
    for file, obj in objects:
        by_kind.setdefault(obj.get("kind", ""), []).append((file, obj))

    def add(file: str, obj: dict, path: str, message: str) -> None:
        problems.append(Problem(file, describe(obj), path, message))

    # ---- routes: parentRefs, sections, namespaces, hostnames
    gateways = {(_ns(g), _name(g)): g for _, g in by_kind.get("Gateway", [])}
    routed_namespaces: dict[str, tuple[str, dict]] = {}
    for kind in sorted(ROUTE_KINDS):
        for file, route in by_kind.get(kind, []):
            spec = route.get("spec") or {}
            # a route into a namespace the homelab does not own (such as kube-system) may say
            # itself why that namespace is not isolated
            if any(rule.get("backendRefs") for rule in spec.get("rules") or []) and not _opted_out(route):
                routed_namespaces.setdefault(_ns(route), (file, route))
            hostnames = spec.get("hostnames") or []
            for i, ref in enumerate(spec.get("parentRefs") or []):
                where = f"spec.parentRefs[{i}]"
                if ref.get("group", GATEWAY_GROUP) != GATEWAY_GROUP or ref.get("kind", "Gateway") != "Gateway":
                    continue
                key = (ref.get("namespace") or _ns(route), ref.get("name"))
                gateway = gateways.get(key)
                if gateway is None:
                    known = ", ".join(f"{n}/{g}" for n, g in sorted(gateways)) or "none"
                    add(file, route, f"{where}.name", f"parentRef names no Gateway of the app (got {key[0]}/{key[1]}); "
                                                      f"use one of: {known}")
                    continue
                listeners = (gateway.get("spec") or {}).get("listeners") or []
                section, port = ref.get("sectionName"), ref.get("port")
                chosen = [li for li in listeners if (section is None or li.get("name") == section)
                          and (port is None or li.get("port") == port)]
                if not chosen:
                    names = ", ".join(f"{li.get('name')} (port {li.get('port')})" for li in listeners)
                    got = section if port is None else f"{section or '*'}:{port}"
                    add(file, route, f"{where}.sectionName" if section else f"{where}.port",
                        f"parentRef names no listener of Gateway {key[0]}/{key[1]} (got {got!r}); use one of: {names}")
                    continue
                admitted = []
                for li in chosen:
                    allowed = (((li.get("allowedRoutes") or {}).get("namespaces") or {}).get("from")) or "Same"
                    if allowed == "Same" and _ns(route) != key[0]:
                        continue
                    kinds = [k.get("kind") for k in (li.get("allowedRoutes") or {}).get("kinds") or []]
                    if kinds and kind not in kinds:
                        continue
                    admitted.append(li)
                if not admitted:
                    add(file, route, where, f"listener {section or '*'} of Gateway {key[0]}/{key[1]} does not admit a "
                                            f"{kind} from namespace {_ns(route)} (got allowedRoutes "
                                            f"{[(li.get('allowedRoutes') or {}) for li in chosen]!r}); attach to a listener "
                                            f"with allowedRoutes.namespaces.from: All, or move the route to {key[0]}")
                    continue
                for j, host in enumerate(hostnames):
                    bounds = [li["hostname"] for li in admitted if li.get("hostname")]
                    if len(bounds) == len(admitted) and not any(hostname_matches(b, host) for b in bounds):
                        add(file, route, f"spec.hostnames[{j}]",
                            f"hostname is outside every listener it attaches to on Gateway {key[0]}/{key[1]} "
                            f"(got {host!r}); use a name under {', '.join(sorted(set(bounds)))}")

    # ---- LoadBalancer pools and pinned IPs
    pools = []
    for file, pool in by_kind.get("CiliumLoadBalancerIPPool", []):
        try:
            blocks = _pool_networks(pool)
        except ValueError as err:
            add(file, pool, "spec.blocks", f"pool block is not an address range ({err}); write CIDRs or start/stop addresses")
            continue
        pools.append((file, pool, blocks))
    for i, (file, pool, blocks) in enumerate(pools):
        nets = [n for _, ns in blocks for n in ns]
        for _other_file, other, other_blocks in pools[:i]:
            if _overlaps(nets, [n for _, ns in other_blocks for n in ns]):
                add(file, pool, "spec.blocks", f"pool overlaps pool {_name(other)} (got {[b for b, _ in blocks]!r} and "
                                               f"{[b for b, _ in other_blocks]!r}); give every pool its own addresses")
        for what, ranges in (("node", cidrs.nodes), ("pod", cidrs.pods), ("service", cidrs.services)):
            for cidr in ranges:
                if _overlaps(nets, [ipaddress.ip_network(cidr, strict=False)]):
                    add(file, pool, "spec.blocks", f"pool overlaps the cluster's {what} CIDR {cidr} (got "
                                                   f"{[b for b, _ in blocks]!r}); move the pool outside {cidr}")
    used: dict[ipaddress.IPv4Address | ipaddress.IPv6Address, tuple[str, dict]] = {}
    for file, obj in objects:
        for raw in _pinned_ips(obj):
            try:
                ip = ipaddress.ip_address(raw)
            except ValueError:
                add(file, obj, "metadata.annotations", f"pinned IP is not an IP address (got {raw!r}); write one address "
                                                       "such as 192.168.10.200")
                continue
            inside = [_name(p) for _, p, blocks in pools if any(ip in n for _, ns in blocks for n in ns)]
            if len(inside) != 1:
                summary = "; ".join(f"{_name(p)} ({', '.join(b for b, _ in blocks)})" for _, p, blocks in pools) or "none"
                what = "outside every LoadBalancer pool" if not inside else f"inside {len(inside)} pools ({', '.join(inside)})"
                add(file, obj, "metadata.annotations", f"pinned IP is {what} (got {raw!r}); pick an address inside exactly "
                                                       f"one pool: {summary}")
            if ip in used:
                first_file, first = used[ip]
                if not (_sharing_key(obj) and _sharing_key(obj) == _sharing_key(first)):
                    add(file, obj, "metadata.annotations", f"pinned IP is used twice (got {raw!r}); {describe(first)} "
                                                           f"({first_file}) already uses it; pick another address of the pool")
            else:
                used[ip] = (file, obj)

    # ---- every routed namespace isolated
    denied = {_ns(p) for kind in ("CiliumNetworkPolicy", "NetworkPolicy") for _, p in by_kind.get(kind, []) if _default_deny(p)}
    namespaces = {_name(n): n for _, n in by_kind.get("Namespace", [])}
    for namespace, (file, route) in sorted(routed_namespaces.items()):
        if namespace in denied:
            continue
        if _opted_out(namespaces.get(namespace, {})):
            continue
        add(file, route, "metadata.namespace",
            f"routed namespace is not isolated (got {namespace!r}: no default-deny policy selects all its pods); "
            f"isolate it (NamespaceIsolation(scope, id, namespace={namespace!r}, apps=[...]); with Homelab this is "
            f"the default), or opt it out with a reason (annotate its Namespace {ISOLATION_ANNOTATION}: "
            f"'disabled: <why>'; with Homelab: IsolationSpec(opt_out={{{namespace!r}: '<why>'}}))")

    # ---- issuers and secret stores
    cluster_issuers = {_name(o) for _, o in by_kind.get("ClusterIssuer", [])}
    issuers = {(_ns(o), _name(o)) for _, o in by_kind.get("Issuer", [])}

    def check_issuer(file: str, obj: dict, path: str, kind: str, name: str) -> None:
        if kind == "ClusterIssuer" and name not in cluster_issuers:
            add(file, obj, path, f"ClusterIssuer does not exist in the app (got {name!r}); use one of: "
                                 f"{', '.join(sorted(cluster_issuers)) or 'none'}")
        elif kind == "Issuer" and (_ns(obj), name) not in issuers:
            local = sorted(n for ns, n in issuers if ns == _ns(obj))
            add(file, obj, path, f"Issuer does not exist in namespace {_ns(obj)} (got {name!r}); use one of: "
                                 f"{', '.join(local) or 'none'}, or a ClusterIssuer")

    for file, cert in by_kind.get("Certificate", []):
        ref = (cert.get("spec") or {}).get("issuerRef") or {}
        if ref.get("group", "cert-manager.io") == "cert-manager.io":
            check_issuer(file, cert, "spec.issuerRef.name", ref.get("kind") or "Issuer", ref.get("name", ""))
    for file, gateway in by_kind.get("Gateway", []):
        annotations = _annotations(gateway)
        for note, kind in (("cert-manager.io/cluster-issuer", "ClusterIssuer"), ("cert-manager.io/issuer", "Issuer")):
            if note in annotations:
                check_issuer(file, gateway, f"metadata.annotations[{note}]", kind, annotations[note])

    cluster_stores = {_name(o) for _, o in by_kind.get("ClusterSecretStore", [])}
    stores = {(_ns(o), _name(o)) for _, o in by_kind.get("SecretStore", [])}
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
                add(file, secret, f"{path}.name", f"ClusterSecretStore does not exist in the app (got {ref['name']!r}); "
                                                  f"use one of: {', '.join(sorted(cluster_stores)) or 'none'}")
            elif kind == "SecretStore" and (_ns(secret), ref["name"]) not in stores:
                local = sorted(n for ns, n in stores if ns == _ns(secret))
                add(file, secret, f"{path}.name", f"SecretStore does not exist in namespace {_ns(secret)} (got "
                                                  f"{ref['name']!r}); use one of: {', '.join(local) or 'none'}, "
                                                  "or a ClusterSecretStore")
    return problems


def pool_cidr_messages(pools: Iterable[Any], cidrs: ClusterCidrs) -> list[str]:
    """Construct-time form of the pool vs cluster CIDR check, for ``add_check``: each pool
    (a :class:`LoadBalancerPool`, with ``.ranges`` and a construct path) that overlaps the
    node, pod or service CIDRs gives one ``<path>: ... (got ...); <fix>`` message."""
    messages = []
    for pool in pools:
        nets = [n for first, last in pool.ranges for n in ipaddress.summarize_address_range(first, last)]
        blocks = [f"{first}-{last}" for first, last in pool.ranges]
        for what, ranges in (("node", cidrs.nodes), ("pod", cidrs.pods), ("service", cidrs.services)):
            for cidr in ranges:
                if _overlaps(nets, [ipaddress.ip_network(cidr, strict=False)]):
                    messages.append(f"{pool.node.path}: pool overlaps the cluster's {what} CIDR {cidr} (got "
                                    f"{blocks!r}); move the pool outside {cidr}")
    return messages


def parse_cidrs(values: Iterable[str]) -> tuple[str, ...]:
    """Validate CIDR strings for :class:`ClusterCidrs` (raises ValueError naming the bad one)."""
    out = []
    for v in values:
        ipaddress.ip_network(v, strict=False)
        out.append(v)
    return tuple(out)
