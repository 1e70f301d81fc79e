"""Whole-app rules of routes: where they attach, which hostnames they take, and that every
namespace they route into is isolated.

* :func:`route_problems`: each route's ``parentRef`` names an existing Gateway, a listener
  ``sectionName`` (and ``port``) of it, and the listener admits routes from the route's
  namespace; each route hostname falls under the hostname of the listener(s) it attaches to;
* :func:`isolation_problems`: every routed namespace (a route there sends traffic to
  backends) is isolated by a default-deny policy, or its Namespace says why not
  (``homelab-constructs.io/network-isolation: disabled: <reason>``; a route into a namespace
  the homelab does not own may say it itself).
"""
from __future__ import annotations

from .._hostnames import ROUTE_PROTOCOLS, hostname_matches
from .._names import GATEWAY_GROUP, ISOLATION_ANNOTATION, NAMESPACE_NAME_LABEL
from .problems import ByKind, ObjectProblem, annotations_of, name_of, namespace_of, object_problem

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


# ---- every routed namespace isolated

def _opted_out(obj: dict) -> bool:
    """The object says, with a reason, that its namespace is not isolated."""
    state = annotations_of(obj).get(ISOLATION_ANNOTATION, "")
    return state.startswith("disabled:") and bool(state[len("disabled:"):].strip())


def _default_deny(obj: dict) -> set[str]:
    """The directions (``ingress``, ``egress``) in which a policy that selects every pod of its
    namespace puts those pods into default deny. Cilium denies by default in a direction as soon
    as any policy selecting the pod has rules for it (unless ``enableDefaultDeny`` says no), so
    the directions of several policies add up: an ``-allow-internal`` policy (ingress rules) and
    an ``-egress`` one (egress rules) together isolate a namespace."""
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
                routed.setdefault(namespace_of(route), (file, route))
    directions: dict[str, set[str]] = {}
    for kind in ("CiliumNetworkPolicy", "NetworkPolicy"):
        for _, policy in by_kind.get(kind, []):
            directions.setdefault(namespace_of(policy), set()).update(_default_deny(policy))
    denied = {ns for ns, both in directions.items() if both == {"ingress", "egress"}}
    namespaces = {name_of(n): n for _, n in by_kind.get("Namespace", [])}
    problems = []
    for namespace, (file, route) in sorted(routed.items()):
        if namespace in denied or _opted_out(namespaces.get(namespace, {})):
            continue
        problems.append(object_problem(
            file, route, "metadata.namespace",
            f"routed namespace is not isolated (got {namespace!r}: no default-deny policy selects all its pods); "
            f"isolate it (NamespaceIsolation(scope, id, namespace={namespace!r}, apps=[...]); with Homelab this is "
            f"the default), or opt it out with a reason (annotate its Namespace {ISOLATION_ANNOTATION}: "
            f"'disabled: <why>'; with Homelab: IsolationSpec(opt_out={{{namespace!r}: '<why>'}}))"))
    return problems
