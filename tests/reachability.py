"""Reachability: evaluate synthesized CiliumNetworkPolicies the way Cilium does.

``Cluster(policies).verdict(src, dst, port, protocol)`` answers "may ``src`` reach ``dst``
on ``port``": the source's egress and the destination's ingress must both allow it. Per
direction and endpoint, as Cilium computes it:

- a policy applies to a pod when it is in the policy's namespace and its
  ``endpointSelector`` matches the pod's labels (``{}`` matches every pod there);
- the pod is in default deny for a direction when any applying rule says so:
  ``enableDefaultDeny.<direction>`` if set, else "the rule has rules for that direction";
- a matching deny rule (``ingressDeny``/``egressDeny``) wins over every allow;
- otherwise a matching allow rule allows; otherwise default deny denies, and a pod that
  no rule puts in default deny is open;
- peers: ``fromEndpoints``/``toEndpoints`` (a selector without a namespace label means
  the policy's namespace), ``fromEntities``/``toEntities``, ``fromCIDR(Set)``/``toCIDR(Set)``
  (outside-cluster addresses only, ``except`` honoured), ``toFQDNs`` (only with a DNS
  proxy rule toward kube-dns, without which Cilium never learns the names' addresses);
  a rule without a peer field matches every peer; ``toPorts`` absent means every port.

Anything the evaluator does not understand (``toServices``, HTTP rules, node selectors,
...) raises :class:`Unsupported`, so it never answers silently wrong.

Run ``python tests/reachability.py`` to rewrite ``docs/reachability.md`` for the default
homelab; ``tests/test_reachability.py`` checks that the committed file is current.
"""
from __future__ import annotations

import ipaddress
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Optional, Union

NAMESPACE_KEY = "io.kubernetes.pod.namespace"
#: entities that are inside the cluster but are not pods
CLUSTER_ENTITIES = {"host", "remote-node", "ingress", "health", "init", "kube-apiserver", "unmanaged"}
KNOWN_ENTITIES = CLUSTER_ENTITIES | {"world", "cluster", "all", "none"}
_RULE_KEYS = {
    "ingress": {"fromEndpoints", "fromEntities", "fromCIDR", "fromCIDRSet", "toPorts"},
    "ingressDeny": {"fromEndpoints", "fromEntities", "fromCIDR", "fromCIDRSet", "toPorts"},
    "egress": {"toEndpoints", "toEntities", "toCIDR", "toCIDRSet", "toFQDNs", "toPorts"},
    "egressDeny": {"toEndpoints", "toEntities", "toCIDR", "toCIDRSet", "toPorts"},
}
_SPEC_KEYS = {"description", "endpointSelector", "enableDefaultDeny", *_RULE_KEYS}


class Unsupported(Exception):
    """The policies use a field this evaluator does not model."""


@dataclass(frozen=True)
class Pod:
    """A pod: namespace and labels; ``name`` is how the matrix shows it."""

    namespace: str
    labels: tuple[tuple[str, str], ...]
    name: str = ""

    @classmethod
    def of(cls, namespace: str, labels: Mapping[str, str], name: str = "") -> "Pod":
        return cls(namespace, tuple(sorted(labels.items())), name or f"{namespace}/{'/'.join(labels.values())}")

    def label_map(self) -> dict[str, str]:
        return {**dict(self.labels), NAMESPACE_KEY: self.namespace}


@dataclass(frozen=True)
class Outside:
    """A peer that is not a pod: an entity (``world``, ``ingress``, ...) with an optional IP and DNS name."""

    entity: str
    ip: Optional[str] = None
    fqdn: Optional[str] = None
    name: str = ""

    def __post_init__(self) -> None:
        if self.entity not in KNOWN_ENTITIES:
            raise Unsupported(f"unknown entity {self.entity}")


Peer = Union[Pod, Outside]


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    reason: str


@dataclass
class _Rule:
    policy: str  # namespace/name
    namespace: str
    spec: dict = field(repr=False)


def _key(k: str) -> str:
    """Drop Cilium's label source prefix: ``k8s:app`` and ``any:app`` both mean ``app``."""
    source, sep, rest = k.partition(":")
    if sep and source in ("k8s", "any"):
        return rest
    if sep and "/" not in source and "." not in source:
        raise Unsupported(f"label source {source!r} in selector key {k!r}")
    return k


def selector_matches(selector: Mapping, labels: Mapping[str, str]) -> bool:
    """A Kubernetes label selector (matchLabels + matchExpressions) against ``labels``."""
    unknown = set(selector) - {"matchLabels", "matchExpressions"}
    if unknown:
        raise Unsupported(f"selector fields {sorted(unknown)}")
    for k, v in (selector.get("matchLabels") or {}).items():
        if labels.get(_key(k)) != v:
            return False
    for expr in selector.get("matchExpressions") or []:
        key, op, values = _key(expr["key"]), expr["operator"], expr.get("values") or []
        present = key in labels
        ok = {"In": present and labels.get(key) in values, "NotIn": not present or labels[key] not in values,
              "Exists": present, "DoesNotExist": not present}.get(op)
        if ok is None:
            raise Unsupported(f"selector operator {op}")
        if not ok:
            return False
    return True


def _names_namespace(selector: Mapping) -> bool:
    return (any(_key(k) == NAMESPACE_KEY for k in selector.get("matchLabels") or {})
            or any(_key(e["key"]) == NAMESPACE_KEY for e in selector.get("matchExpressions") or []))


def _entity_matches(entity: str, peer: Peer) -> bool:
    if entity not in KNOWN_ENTITIES:
        raise Unsupported(f"entity {entity}")
    if entity == "all":
        return True
    if isinstance(peer, Pod):
        return entity == "cluster"
    return entity == peer.entity or (entity == "cluster" and peer.entity in CLUSTER_ENTITIES)


def _cidr_matches(items: Iterable[Union[str, Mapping]], peer: Peer) -> bool:
    if not isinstance(peer, Outside) or peer.ip is None or peer.entity != "world":
        return False  # CIDR selectors only select addresses outside the cluster
    ip = ipaddress.ip_address(peer.ip)
    for item in items:
        if isinstance(item, str):
            item = {"cidr": item}
        if set(item) - {"cidr", "except"}:
            raise Unsupported(f"CIDR set fields {sorted(item)}")
        if ip in ipaddress.ip_network(item["cidr"]) and not any(
                ip in ipaddress.ip_network(e) for e in item.get("except") or []):
            return True
    return False


def _fqdn_matches(items: Iterable[Mapping], peer: Peer) -> bool:
    if not isinstance(peer, Outside) or peer.fqdn is None:
        return False
    name = peer.fqdn.rstrip(".").lower()
    for item in items:
        if "matchName" in item and item["matchName"].rstrip(".").lower() == name:
            return True
        if "matchPattern" in item:
            # '*' matches within one DNS label
            pattern = re.escape(item["matchPattern"].rstrip(".").lower()).replace(r"\*", "[-a-z0-9_]*")
            if re.fullmatch(pattern, name):
                return True
    return False


def _ports_match(to_ports: Optional[list], port: int, protocol: str) -> bool:
    if not to_ports:
        return True
    for entry in to_ports:
        rules = entry.get("rules") or {}
        if set(rules) - {"dns"} or set(entry) - {"ports", "rules"}:
            raise Unsupported(f"L7 or TLS fields {sorted(set(rules) | set(entry))}")
        for p in entry.get("ports") or [{}]:
            proto = p.get("protocol", "ANY")
            first = int(p.get("port") or 0)
            last = int(p.get("endPort") or first)
            if proto in ("ANY", protocol) and (first == 0 or first <= port <= last):
                return True
    return False


class Cluster:
    """Every rule of ``policies`` (CiliumNetworkPolicy objects as dicts), ready to answer."""

    def __init__(self, policies: Iterable[Mapping]) -> None:
        self.rules: list[_Rule] = []
        for obj in policies:
            if obj.get("kind") != "CiliumNetworkPolicy":
                raise Unsupported(f"kind {obj.get('kind')}")
            meta = obj["metadata"]
            specs = ([obj["spec"]] if obj.get("spec") else []) + list(obj.get("specs") or [])
            for spec in specs:
                unknown = set(spec) - _SPEC_KEYS
                if unknown:
                    raise Unsupported(f"{meta['namespace']}/{meta['name']}: spec fields {sorted(unknown)}")
                for direction, allowed in _RULE_KEYS.items():
                    for rule in spec.get(direction) or []:
                        if set(rule) - allowed:
                            raise Unsupported(f"{meta['namespace']}/{meta['name']}: {direction} fields "
                                              f"{sorted(set(rule) - allowed)}")
                self.rules.append(_Rule(f"{meta['namespace']}/{meta['name']}", meta["namespace"], spec))

    # -- one endpoint, one direction

    def _applying(self, pod: Pod) -> list[_Rule]:
        return [r for r in self.rules
                if r.namespace == pod.namespace and selector_matches(r.spec.get("endpointSelector", {}), pod.label_map())]

    def _peer_matches(self, rule: Mapping, peer: Peer, ingress: bool, namespace: str) -> bool:
        side = "from" if ingress else "to"
        peer_fields = [k for k in rule if k != "toPorts"]
        if not peer_fields:
            return True  # an L4-only rule selects every peer
        for sel in rule.get(f"{side}Endpoints") or []:
            if isinstance(peer, Pod):
                if not _names_namespace(sel) and peer.namespace != namespace:
                    continue  # a selector without a namespace stays in the policy's namespace
                if selector_matches(sel, peer.label_map()):
                    return True
        if any(_entity_matches(e, peer) for e in rule.get(f"{side}Entities") or []):
            return True
        if _cidr_matches(list(rule.get(f"{side}CIDR") or []) + list(rule.get(f"{side}CIDRSet") or []), peer):
            return True
        return not ingress and _fqdn_matches(rule.get("toFQDNs") or [], peer)

    def _direction(self, pod: Pod, peer: Peer, port: int, protocol: str, ingress: bool) -> Verdict:
        direction = "ingress" if ingress else "egress"
        applying = self._applying(pod)
        for r in applying:
            for rule in r.spec.get(f"{direction}Deny") or []:
                if self._peer_matches(rule, peer, ingress, r.namespace) and _ports_match(rule.get("toPorts"), port, protocol):
                    return Verdict(False, f"denied by {r.policy} ({direction}Deny)")
        for r in applying:
            for rule in r.spec.get(direction) or []:
                if self._peer_matches(rule, peer, ingress, r.namespace) and _ports_match(rule.get("toPorts"), port, protocol):
                    if not ingress and rule.get("toFQDNs") and not self._dns_visible(pod):
                        continue  # Cilium never learns the names' addresses without the DNS proxy
                    return Verdict(True, f"{direction} allowed by {r.policy}")
        enforcing = [r.policy for r in applying if self._default_deny(r.spec, direction)]
        if enforcing:
            return Verdict(False, f"{direction} default deny ({enforcing[0]})")
        return Verdict(True, f"{direction} open (no policy selects it)")

    @staticmethod
    def _default_deny(spec: Mapping, direction: str) -> bool:
        explicit = (spec.get("enableDefaultDeny") or {}).get(direction)
        if explicit is not None:
            return bool(explicit)
        return bool(spec.get(direction) or spec.get(f"{direction}Deny"))

    def _dns_visible(self, pod: Pod) -> bool:
        """A DNS proxy rule (``rules.dns``) on port 53 applies to ``pod``'s egress."""
        return any(entry.get("rules", {}).get("dns") and any(str(p.get("port")) == "53" for p in entry.get("ports", []))
                   for r in self._applying(pod) for rule in r.spec.get("egress") or []
                   for entry in rule.get("toPorts") or [])

    # -- the question

    def verdict(self, src: Peer, dst: Peer, port: int, protocol: str = "TCP") -> Verdict:
        """May ``src`` open a connection to ``dst`` on ``port``/``protocol``?"""
        reasons = []
        if isinstance(src, Pod):
            out = self._direction(src, dst, port, protocol, ingress=False)
            if not out.allowed:
                return out
            reasons.append(out.reason)
        if isinstance(dst, Pod):
            into = self._direction(dst, src, port, protocol, ingress=True)
            if not into.allowed:
                return into
            reasons.append(into.reason)
        return Verdict(True, "; ".join(reasons) or "no policy involved")

    def allowed(self, src: Peer, dst: Peer, port: int, protocol: str = "TCP") -> bool:
        return self.verdict(src, dst, port, protocol).allowed


# ---- the default homelab's matrix

@dataclass(frozen=True)
class Case:
    section: str
    src: Peer
    dst: Peer
    port: int
    protocol: str = "TCP"


WORLD = Outside("world", ip="203.0.113.7", name="internet client 203.0.113.7")
LAN = Outside("world", ip="192.168.10.50", name="LAN client 192.168.10.50")
GATEWAY = Outside("ingress", name="gateway (Cilium ingress)")
APISERVER = Outside("kube-apiserver", name="kube-apiserver")
KUBE_DNS = Pod.of("kube-system", {"k8s-app": "kube-dns"}, "kube-system/kube-dns")
GRAFANA_COM = Outside("world", ip="34.120.177.193", fqdn="grafana.com", name="grafana.com")
NAS = Outside("world", ip="192.168.10.5", name="NAS 192.168.10.5")
APP_LABEL = "app.kubernetes.io/name"


def ordinary_pod(namespace: str) -> Pod:
    """A pod with no grants of its own (a debug shell, a sidecar-less job)."""
    return Pod.of(namespace, {APP_LABEL: "debug"}, f"{namespace}/debug (no grants)")


def homelab_model(objects: Iterable[Mapping]) -> tuple[dict[str, tuple[Pod, int]], list[Mapping], list[str]]:
    """From synthesized objects: app → (pod, backend port), the policies, the routed apps."""
    objects = list(objects)
    # the pods the manifests declare (a workload's template); an app whose workload comes
    # from elsewhere is modelled by its Service's selector
    templates = [(o["metadata"]["namespace"], o["spec"]["template"]["metadata"].get("labels") or {})
                 for o in objects if o["kind"] in ("Deployment", "StatefulSet", "DaemonSet")]
    apps: dict[str, tuple[Pod, int]] = {}
    for o in objects:
        if o["kind"] == "Service" and o["spec"].get("selector"):
            name, ns = o["metadata"]["name"], o["metadata"]["namespace"]
            target = o["spec"]["ports"][0].get("targetPort", o["spec"]["ports"][0]["port"])
            selector = o["spec"]["selector"]
            labels = next((t for t_ns, t in templates if t_ns == ns and selector.items() <= t.items()), selector)
            apps[name] = (Pod.of(ns, labels, f"{ns}/{name}"), int(target))
    # routes to the modelled apps (not to Services a Helm release creates, such as hubble-ui)
    routed = sorted(o["metadata"]["name"] for o in objects if o["kind"] == "HTTPRoute"
                    and any(b.get("name") in apps and o["metadata"]["namespace"] == apps[b["name"]][0].namespace
                            for rule in o["spec"].get("rules", []) for b in rule.get("backendRefs", [])))
    policies = [o for o in objects if o["kind"] == "CiliumNetworkPolicy"]
    return apps, policies, routed


def homelab_cases(objects: Iterable[Mapping]) -> list[Case]:
    """The matrix's questions for the default homelab, in a fixed order."""
    apps, _, routed = homelab_model(objects)
    prometheus = apps["prometheus"][0]
    grafana = apps["grafana"][0]
    namespaces = sorted({pod.namespace for pod, _ in apps.values()})
    cases: list[Case] = []
    for name in sorted(apps):
        pod, port = apps[name]
        cases += [Case("From outside the cluster", WORLD, pod, port),
                  Case("From outside the cluster", LAN, pod, port)]
    for name in sorted(apps):
        pod, port = apps[name]
        if name in routed:
            cases += [Case("From the gateway", GATEWAY, pod, port), Case("From the gateway", GATEWAY, pod, 22)]
    for name in sorted(apps):
        pod, port = apps[name]
        if pod.namespace != "monitoring":
            cases += [Case("Prometheus scraping", prometheus, pod, port),
                      Case("Prometheus scraping", grafana, pod, port)]
    for ns in namespaces:
        cases += [Case("DNS", ordinary_pod(ns), KUBE_DNS, 53, "UDP"), Case("DNS", ordinary_pod(ns), KUBE_DNS, 53, "TCP")]
    # across namespaces: one app of each namespace to one app of every other
    first = {ns: min((n for n, (p, _) in apps.items() if p.namespace == ns)) for ns in namespaces}
    for a in namespaces:
        for b in namespaces:
            if a != b:
                dst, port = apps[first[b]]
                cases.append(Case("Between namespaces", apps[first[a]][0], dst, port))
    cases += [Case("Between namespaces", apps[n][0], apps["qbit"][0], apps["qbit"][1])
              for n in ("sonarr", "radarr", "prowlarr")]
    cases += [Case("Within a namespace", apps["sonarr"][0], apps["radarr"][0], apps["radarr"][1]),
              Case("Within a namespace", ordinary_pod("media"), apps["sonarr"][0], 12345)]
    for name in sorted(apps):
        pod, _ = apps[name]
        cases.append(Case("To the world", pod, WORLD, 443))
    cases += [Case("To the world", apps["qbit"][0], WORLD, 51413), Case("To the world", apps["qbit"][0], WORLD, 51413, "UDP"),
              Case("To the world", ordinary_pod("downloads"), WORLD, 443),
              Case("To the world", apps["sonarr"][0], WORLD, 6881),
              Case("To the world", apps["sonarr"][0], NAS, 2049),
              Case("To the world", grafana, GRAFANA_COM, 443), Case("To the world", prometheus, GRAFANA_COM, 443),
              Case("To the kube-apiserver", prometheus, APISERVER, 6443),
              Case("To the kube-apiserver", grafana, APISERVER, 6443)]
    return cases


def _show(peer: Peer) -> str:
    return peer.name or (peer.entity if isinstance(peer, Outside) else peer.namespace)


def render_markdown(objects: Iterable[Mapping]) -> str:
    """``docs/reachability.md``: every case of :func:`homelab_cases` with its verdict and why."""
    objects = list(objects)
    _, policies, _ = homelab_model(objects)
    cluster = Cluster(policies)
    cases = homelab_cases(objects)
    isolated = sorted({p["metadata"]["namespace"] for p in policies if p["metadata"]["name"] == "default-deny"})
    opted_out = sorted((o["metadata"]["name"], o["metadata"].get("annotations", {}).get(
        "homelab-constructs.io/network-isolation", "")) for o in objects if o["kind"] == "Namespace"
        and o["metadata"]["name"] not in isolated)
    lines = [
        "# Reachability matrix (default homelab)",
        "",
        "Generated by `tests/reachability.py` from the synthesized CiliumNetworkPolicies; "
        "`make test` fails when it is out of date (rewrite it with "
        "`.venv/bin/python tests/reachability.py`).",
        "",
        "The evaluator applies the policies as Cilium does: a connection needs the source's egress "
        "and the destination's ingress; a pod selected by a policy that enables default deny drops "
        "whatever no rule allows; deny rules win over allows. Pods are modelled by their labels "
        "(the pod template of a workload the manifests declare, else the app's Service selector); "
        "`debug` is a pod with no grants of its own.",
        "",
        f"- Policies: {len(policies)} CiliumNetworkPolicies; rows: {len(cases)}.",
        f"- Isolated namespaces: {', '.join(isolated) or 'none'}.",
        "- Not isolated: " + ("; ".join(f"{n} ({why})" if why else n for n, why in opted_out) or "none") + ".",
        "- The gateway namespace `default` is not isolated: with the Cilium gateway it has no proxy pods "
        "(Envoy runs in cilium-agent and reaches apps as the `ingress` entity).",
    ]
    section = None
    for case in cases:
        if case.section != section:
            section = case.section
            lines += ["", f"## {section}", "", "| From | To | Port | Verdict | Why |", "|---|---|---|---|---|"]
        v = cluster.verdict(case.src, case.dst, case.port, case.protocol)
        lines.append(f"| {_show(case.src)} | {_show(case.dst)} | {case.port}/{case.protocol} | "
                     f"{'allowed' if v.allowed else 'denied'} | {v.reason} |")
    return "\n".join(lines) + "\n"


DOC = Path(__file__).resolve().parent.parent / "docs" / "reachability.md"


def main() -> int:
    """Synthesize the default homelab and rewrite ``docs/reachability.md``."""
    import tempfile

    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    root = DOC.parent.parent
    sys.path.insert(0, str(root))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import main as homelab_main
    from conftest import synth_app

    with tempfile.TemporaryDirectory() as out:
        synthesized = synth_app(homelab_main.build, Path(out))
        DOC.parent.mkdir(exist_ok=True)
        DOC.write_text(render_markdown(synthesized.all()), encoding="utf-8")
    print(f"wrote {DOC.relative_to(root)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
