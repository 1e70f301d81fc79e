"""Whole-app rules of routes: where they attach and which hostnames they take.

:func:`route_problems`: each route's ``parentRef`` names an existing Gateway and, when it names
a listener ``sectionName`` (and ``port``), a listener of it; a parentRef without ``sectionName``
attaches to every listener of the Gateway (of that ``port``) that admits it. At least one
listener it attaches to admits routes of its kind from the route's namespace, and each route
hostname falls under the hostname of one of the admitting listeners (a listener without a
hostname takes any): the controller accepts the route on each listener on its own terms.
Whether the namespaces routes send traffic to are isolated is one of the library's
recommendations (:mod:`.recommendations`), not an error.
"""
from __future__ import annotations

from .._hostnames import ROUTE_PROTOCOLS, hostname_matches
from .._names import GATEWAY_GROUP, NAMESPACE_NAME_LABEL
from .problems import ByKind, ObjectProblem, name_of, namespace_of, object_problem

ROUTE_KINDS = {"HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute"}


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
    gateways = {(namespace_of(g), name_of(g)): g for _, g in by_kind.get("Gateway", [])}
    namespaces = {name_of(n): (n.get("metadata") or {}).get("labels") or {} for _, n in by_kind.get("Namespace", [])}
    for kind in sorted(ROUTE_KINDS):
        for file, route in by_kind.get(kind, []):
            spec = route.get("spec") or {}
            hostnames = spec.get("hostnames") or []
            for i, ref in enumerate(spec.get("parentRefs") or []):
                where = f"spec.parentRefs[{i}]"
                if ref.get("group", GATEWAY_GROUP) != GATEWAY_GROUP or ref.get("kind", "Gateway") != "Gateway":
                    continue
                key = (ref.get("namespace") or namespace_of(route), ref.get("name"))
                gateway = gateways.get(key)
                if gateway is None:
                    known = ", ".join(f"{n}/{g}" for n, g in sorted(gateways)) or "none"
                    problems.append(object_problem(file, route, f"{where}.name", "parentRef names no Gateway of the app (got "
                                                                                 f"{key[0]}/{key[1]}); use one of: {known}"))
                    continue
                listeners = (gateway.get("spec") or {}).get("listeners") or []
                section, port = ref.get("sectionName"), ref.get("port")
                chosen = [li for li in listeners if (section is None or li.get("name") == section)
                          and (port is None or li.get("port") == port)]
                if not chosen:
                    names = ", ".join(f"{li.get('name')} (port {li.get('port')})" for li in listeners)
                    got = section if port is None else f"{section or '*'}:{port}"
                    problems.append(object_problem(
                        file, route, f"{where}.sectionName" if section else f"{where}.port",
                        f"parentRef names no listener of Gateway {key[0]}/{key[1]} (got {got!r}); use one of: {names}"))
                    continue
                admitted = []
                for li in chosen:
                    allowed = (((li.get("allowedRoutes") or {}).get("namespaces") or {}).get("from")) or "Same"
                    if allowed == "Same" and namespace_of(route) != key[0]:
                        continue
                    if allowed == "Selector" and not _selects(li, namespace_of(route), namespaces):
                        continue
                    kinds = [k.get("kind") for k in (li.get("allowedRoutes") or {}).get("kinds") or []]
                    if kinds and kind not in kinds:
                        continue
                    protocol = li.get("protocol")
                    if not kinds and protocol in _KNOWN_PROTOCOLS and protocol not in ROUTE_PROTOCOLS.get(kind, ()):
                        continue
                    admitted.append(li)
                if not admitted:
                    problems.append(object_problem(
                        file, route, where,
                        f"listener {section or '*'} of Gateway {key[0]}/{key[1]} does not admit a {kind} from namespace "
                        f"{namespace_of(route)} (got allowedRoutes {[(li.get('allowedRoutes') or {}) for li in chosen]!r}); "
                        f"attach to a listener with allowedRoutes.namespaces.from: All, or move the route to {key[0]}"))
                    continue
                for j, host in enumerate(hostnames):
                    bounds = [li["hostname"] for li in admitted if li.get("hostname")]
                    if len(bounds) == len(admitted) and not any(hostname_matches(b, host) for b in bounds):
                        problems.append(object_problem(
                            file, route, f"spec.hostnames[{j}]",
                            f"hostname is outside every listener it attaches to on Gateway {key[0]}/{key[1]} "
                            f"(got {host!r}); use a name under {', '.join(sorted(set(bounds)))}"))
    return problems
