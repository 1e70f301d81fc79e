"""Reachability: evaluate CiliumNetworkPolicies the way Cilium does, and say who may reach whom.

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
  a selector may name whole namespaces by their labels
  (``io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name``); a rule with ports but
  no peer field matches every peer, an empty rule (``{}``) none; ``toPorts`` absent means
  every port.

Only the L3/L4 verdict is modelled: a DNS proxy rule (``rules.dns``) makes ``toFQDNs``
work and does not filter the connection to port 53. Anything else the evaluator does not
understand (``toServices``, HTTP rules, node selectors, named ports, clusterwide or
Kubernetes NetworkPolicies, ...) raises :class:`Unsupported` naming the policy and the
field when the :class:`Cluster` is built, so it never answers silently wrong.

The matrix: :func:`homelab_model` reads the apps of a bundle of manifests (each Service with
a selector, modelled by the pod template of the workload it selects, else by the selector
itself), the gateways routing to them and the policies; :func:`homelab_cases` asks the
questions any bundle raises (every app from the internet and the LAN, from its gateway,
DNS from every namespace, across namespaces, to the world), plus the default homelab's
own ones when its apps (prometheus, grafana, qbit, sonarr, ...) are there;
:func:`render_markdown` and :func:`render_table` answer them.

Command line (no cdk8s needed; only PyYAML)::

    python -m homelab_constructs reachability DIR [--markdown] [--output FILE]

reads every ``*.yaml`` of ``DIR`` (``dist/`` after a synth) and prints the matrix: a table,
or Markdown (``docs/reachability.md`` is ``reachability dist --markdown --output
docs/reachability.md``). Exit status: 0, 1 when a policy uses a field the evaluator does not
model, 2 when the manifests cannot be read.
"""
from __future__ import annotations

import argparse
import ipaddress
import re
import shlex
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._manifests import Parser, UsageError, manifest_files, read_documents
from .._names import APP_NAME_LABEL as APP_LABEL
from .._names import ENVOY_OWNING_GATEWAY_NAME, ENVOY_OWNING_GATEWAY_NAMESPACE, ISOLATION_ANNOTATION
from .._names import GATEWAY_GROUP as _GATEWAY_GROUP
from .._selectors import OPERATORS
from .._selectors import selector_matches as _selector_matches

__all__ = [
    "APISERVER", "APP_LABEL", "GATEWAY", "GRAFANA_COM", "KUBE_DNS", "LAN", "NAS", "POLICY_KINDS", "WORLD", "Case",
    "Cluster", "ManifestError", "Model", "Outside", "Peer", "Pod", "Report", "Row", "Unsupported", "Verdict",
    "evaluate", "homelab_cases", "homelab_model", "load_manifests", "main", "model", "ordinary_pod",
    "render_markdown", "render_table", "selector_matches",
]

#: A Kubernetes object as parsed from YAML.
Obj = Mapping[str, Any]

NAMESPACE_KEY = "io.kubernetes.pod.namespace"
#: Cilium's prefix for a pod's namespace's labels (``<prefix>kubernetes.io/metadata.name``)
NAMESPACE_LABELS_PREFIX = "io.cilium.k8s.namespace.labels."
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
_PROTOCOLS = ("TCP", "UDP", "SCTP", "ANY")
#: the kinds Cilium enforces; only CiliumNetworkPolicy is modelled, the others are refused
POLICY_KINDS = ("CiliumNetworkPolicy", "CiliumClusterwideNetworkPolicy", "NetworkPolicy")


class Unsupported(Exception):
    """The policies use a field this evaluator does not model.

    ``what`` names the field (``spec.egress[0].toServices``), ``policy`` the policy
    (``namespace/name``) when known.
    """

    def __init__(self, what: str, policy: str | None = None) -> None:
        super().__init__(f"{policy}: {what}" if policy else what)
        self.what = what
        self.policy = policy


class ManifestError(Exception):
    """A directory of manifests that cannot be read (missing, empty, invalid YAML, ...)."""


@dataclass(frozen=True)
class Pod:
    """A pod: namespace and labels; ``name`` is how the matrix shows it."""

    namespace: str
    labels: tuple[tuple[str, str], ...]
    name: str = ""

    @classmethod
    def of(cls, namespace: str, labels: Mapping[str, str], name: str = "") -> Pod:
        return cls(namespace, tuple(sorted(labels.items())), name or f"{namespace}/{'/'.join(labels.values())}")

    def label_map(self) -> dict[str, str]:
        """The pod's labels as Cilium selects them: its own, its namespace, and its namespace's
        ``kubernetes.io/metadata.name`` label (every namespace has it)."""
        return {**dict(self.labels), NAMESPACE_KEY: self.namespace,
                f"{NAMESPACE_LABELS_PREFIX}kubernetes.io/metadata.name": self.namespace}


@dataclass(frozen=True)
class Outside:
    """A peer that is not a pod: an entity (``world``, ``ingress``, ...) with an optional IP and DNS name."""

    entity: str
    ip: str | None = None
    fqdn: str | None = None
    name: str = ""

    def __post_init__(self) -> None:
        if self.entity not in KNOWN_ENTITIES:
            raise Unsupported(f"unknown entity {self.entity}")


Peer = Pod | Outside


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    reason: str


@dataclass
class _Rule:
    policy: str  # namespace/name
    namespace: str
    spec: Obj = field(repr=False)


def _key(k: str) -> str:
    """Drop Cilium's label source prefix: ``k8s:app`` and ``any:app`` both mean ``app``."""
    source, sep, rest = k.partition(":")
    if sep and source in ("k8s", "any"):
        return rest
    if sep and "/" not in source and "." not in source:
        raise Unsupported(f"label source {source!r} in selector key {k!r}")
    return k


def selector_matches(selector: Obj, labels: Mapping[str, str]) -> bool:
    """A Kubernetes label selector (matchLabels + matchExpressions) against ``labels``; Cilium's
    ``k8s:`` and ``any:`` key sources are read as plain keys. Fields and operators the evaluator
    does not model are refused (:class:`Unsupported`)."""
    unknown = set(selector) - {"matchLabels", "matchExpressions"}
    if unknown:
        raise Unsupported(f"selector fields {sorted(unknown)}")
    expressions = selector.get("matchExpressions") or []
    for expr in expressions:
        if expr["operator"] not in OPERATORS:
            raise Unsupported(f"selector operator {expr['operator']}")
    plain = {"matchLabels": {_key(k): v for k, v in (selector.get("matchLabels") or {}).items()},
             "matchExpressions": [{**expr, "key": _key(expr["key"])} for expr in expressions]}
    return _selector_matches(plain, labels)


def _names_namespace(selector: Obj) -> bool:
    """The selector says which namespaces (by name or by namespace labels); else Cilium keeps it
    to the policy's namespace."""
    keys = [_key(k) for k in selector.get("matchLabels") or {}] + [_key(e["key"]) for e in selector.get("matchExpressions") or []]
    return any(k == NAMESPACE_KEY or k.startswith(NAMESPACE_LABELS_PREFIX) for k in keys)


def _entity_matches(entity: str, peer: Peer) -> bool:
    if entity not in KNOWN_ENTITIES:
        raise Unsupported(f"entity {entity}")
    if entity == "all":
        return True
    if isinstance(peer, Pod):
        return entity == "cluster"
    return entity == peer.entity or (entity == "cluster" and peer.entity in CLUSTER_ENTITIES)


def _cidr_matches(items: Iterable[str | Obj], peer: Peer) -> bool:
    if not isinstance(peer, Outside) or peer.ip is None or peer.entity != "world":
        return False  # CIDR selectors only select addresses outside the cluster
    ip = ipaddress.ip_address(peer.ip)
    for item in items:
        entry: Obj = {"cidr": item} if isinstance(item, str) else item
        if set(entry) - {"cidr", "except"}:
            raise Unsupported(f"CIDR set fields {sorted(entry)}")
        if ip in ipaddress.ip_network(entry["cidr"], strict=False) and not any(
                ip in ipaddress.ip_network(e, strict=False) for e in entry.get("except") or []):
            return True
    return False


def _fqdn_matches(items: Iterable[Obj], peer: Peer) -> bool:
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


def _ports_match(to_ports: Sequence[Obj] | None, port: int, protocol: str) -> bool:
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


# ---- what a policy may say: checked once, when the Cluster is built, with the field's path


def _list(value: Any, path: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise Unsupported(f"{path} (not a list)")
    return value


def _mapping(value: Any, path: str) -> Obj:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise Unsupported(f"{path} (not a mapping)")
    return value


def _only(value: Obj, allowed: Iterable[str], path: str) -> None:
    for k in value:
        if k not in allowed:
            raise Unsupported(f"{path}.{k}")


def _check_label_key(key: Any, path: str) -> None:
    if not isinstance(key, str):
        raise Unsupported(f"{path} {key!r} (not a string)")
    try:
        _key(key)
    except Unsupported:
        raise Unsupported(f"{path} {key!r} (label source)") from None


def _check_selector(value: Any, path: str) -> None:
    selector = _mapping(value, path)
    _only(selector, ("matchLabels", "matchExpressions"), path)
    labels = _mapping(selector.get("matchLabels"), f"{path}.matchLabels")
    for k, v in labels.items():
        _check_label_key(k, f"{path}.matchLabels key")
        if not isinstance(v, str):
            raise Unsupported(f"{path}.matchLabels[{k!r}] = {v!r} (not a string)")
    for i, item in enumerate(_list(selector.get("matchExpressions"), f"{path}.matchExpressions")):
        where = f"{path}.matchExpressions[{i}]"
        expr = _mapping(item, where)
        _only(expr, ("key", "operator", "values"), where)
        _check_label_key(expr.get("key"), f"{where}.key")
        if expr.get("operator") not in OPERATORS:
            raise Unsupported(f"{where}.operator = {expr.get('operator')!r}")
        _list(expr.get("values"), f"{where}.values")


def _check_network(value: Any, path: str) -> None:
    try:
        ipaddress.ip_network(value, strict=False)
    except (TypeError, ValueError):
        raise Unsupported(f"{path} = {value!r} (not a CIDR)") from None


def _check_port(value: Any, path: str) -> None:
    text = str(value)
    if isinstance(value, bool) or not text.isdigit() or int(text) > 65535:
        raise Unsupported(f"{path} = {value!r} (only port numbers are modelled)")


def _check_to_ports(value: Any, path: str) -> None:
    for i, item in enumerate(_list(value, path)):
        where = f"{path}[{i}]"
        entry = _mapping(item, where)
        _only(entry, ("ports", "rules"), where)
        rules = _mapping(entry.get("rules"), f"{where}.rules")
        _only(rules, ("dns",), f"{where}.rules")
        for j, dns in enumerate(_list(rules.get("dns"), f"{where}.rules.dns")):
            _only(_mapping(dns, f"{where}.rules.dns[{j}]"), ("matchName", "matchPattern"), f"{where}.rules.dns[{j}]")
        for j, p in enumerate(_list(entry.get("ports"), f"{where}.ports")):
            at = f"{where}.ports[{j}]"
            port = _mapping(p, at)
            _only(port, ("port", "endPort", "protocol"), at)
            for key in ("port", "endPort"):
                if port.get(key) is not None:
                    _check_port(port[key], f"{at}.{key}")
            if port.get("protocol", "ANY") not in _PROTOCOLS:
                raise Unsupported(f"{at}.protocol = {port.get('protocol')!r}")


def _check_rule(value: Any, direction: str, path: str) -> None:
    rule = _mapping(value, path)
    _only(rule, sorted(_RULE_KEYS[direction]), path)
    side = "to" if direction.startswith("egress") else "from"
    for i, sel in enumerate(_list(rule.get(f"{side}Endpoints"), f"{path}.{side}Endpoints")):
        _check_selector(sel, f"{path}.{side}Endpoints[{i}]")
    for i, entity in enumerate(_list(rule.get(f"{side}Entities"), f"{path}.{side}Entities")):
        if entity not in KNOWN_ENTITIES:
            raise Unsupported(f"{path}.{side}Entities[{i}] = {entity!r}")
    for i, cidr in enumerate(_list(rule.get(f"{side}CIDR"), f"{path}.{side}CIDR")):
        _check_network(cidr, f"{path}.{side}CIDR[{i}]")
    for i, item in enumerate(_list(rule.get(f"{side}CIDRSet"), f"{path}.{side}CIDRSet")):
        where = f"{path}.{side}CIDRSet[{i}]"
        entry = _mapping(item, where)
        _only(entry, ("cidr", "except"), where)
        _check_network(entry.get("cidr"), f"{where}.cidr")
        for j, e in enumerate(_list(entry.get("except"), f"{where}.except")):
            _check_network(e, f"{where}.except[{j}]")
    for i, item in enumerate(_list(rule.get("toFQDNs"), f"{path}.toFQDNs")):
        where = f"{path}.toFQDNs[{i}]"
        fqdn = _mapping(item, where)
        _only(fqdn, ("matchName", "matchPattern"), where)
        if not fqdn or not all(isinstance(v, str) for v in fqdn.values()):
            raise Unsupported(f"{where} (needs a matchName or matchPattern string)")
    _check_to_ports(rule.get("toPorts"), f"{path}.toPorts")


def _check_spec(value: Any, path: str) -> Obj:
    spec = _mapping(value, path)
    _only(spec, sorted(_SPEC_KEYS), path)
    if "endpointSelector" in spec:
        _check_selector(spec["endpointSelector"], f"{path}.endpointSelector")
    deny = _mapping(spec.get("enableDefaultDeny"), f"{path}.enableDefaultDeny")
    _only(deny, ("ingress", "egress"), f"{path}.enableDefaultDeny")
    for direction in _RULE_KEYS:
        for i, rule in enumerate(_list(spec.get(direction), f"{path}.{direction}")):
            _check_rule(rule, direction, f"{path}.{direction}[{i}]")
    return spec


def _policy_name(obj: Obj) -> tuple[str, str]:
    """``(namespace, namespace/name)`` of a policy; a policy without a namespace is in ``default``."""
    meta = obj.get("metadata")
    meta = meta if isinstance(meta, Mapping) else {}
    namespace = str(meta.get("namespace") or "default")
    if obj.get("kind") == "CiliumClusterwideNetworkPolicy":
        return namespace, str(meta.get("name", "?"))
    return namespace, f"{namespace}/{meta.get('name', '?')}"


class Cluster:
    """Every rule of ``policies`` (CiliumNetworkPolicy objects as dicts), ready to answer.

    Raises :class:`Unsupported` (naming the policy and the field) for anything it does not model.
    """

    def __init__(self, policies: Iterable[Obj]) -> None:
        self.rules: list[_Rule] = []
        for obj in policies:
            namespace, policy = _policy_name(obj)
            if obj.get("kind") != "CiliumNetworkPolicy":
                raise Unsupported(f"kind {obj.get('kind')}", policy)
            try:
                _only(obj, ("apiVersion", "kind", "metadata", "spec", "specs", "status"), "")
                specs = ([_check_spec(obj["spec"], "spec")] if obj.get("spec") else []) + [
                    _check_spec(s, f"specs[{i}]") for i, s in enumerate(_list(obj.get("specs"), "specs"))]
            except Unsupported as err:
                raise Unsupported(err.what.lstrip("."), policy) from None
            self.rules += [_Rule(policy, namespace, spec) for spec in specs]

    # -- one endpoint, one direction

    def _applying(self, pod: Pod) -> list[_Rule]:
        return [r for r in self.rules
                if r.namespace == pod.namespace and selector_matches(r.spec.get("endpointSelector", {}), pod.label_map())]

    def _peer_matches(self, rule: Obj, peer: Peer, ingress: bool, namespace: str) -> bool:
        side = "from" if ingress else "to"
        peer_fields = [k for k in rule if k != "toPorts"]
        if not peer_fields:
            return bool(rule.get("toPorts"))  # an L4-only rule selects every peer; an empty rule none
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
        enforcing = self.default_deny(pod, direction)
        if enforcing:
            return Verdict(False, f"{direction} default deny ({enforcing})")
        return Verdict(True, f"{direction} open (no policy selects it)")

    def default_deny(self, pod: Pod, direction: str) -> str | None:
        """The first policy that puts ``pod`` in default deny for ``direction`` (``ingress``/``egress``)."""
        return next((r.policy for r in self._applying(pod) if self._default_deny(r.spec, direction)), None)

    @staticmethod
    def _default_deny(spec: Obj, direction: str) -> bool:
        explicit = (spec.get("enableDefaultDeny") or {}).get(direction)
        if explicit is not None:
            return bool(explicit)
        return bool(spec.get(direction) or spec.get(f"{direction}Deny"))

    def _dns_visible(self, pod: Pod) -> bool:
        """A DNS proxy rule (``rules.dns``) on port 53 applies to ``pod``'s egress."""
        return any((entry.get("rules") or {}).get("dns")
                   and any(str(p.get("port")) == "53" for p in entry.get("ports") or [])
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


# ---- a bundle of manifests: its apps, gateways and policies

WORLD = Outside("world", ip="203.0.113.7", name="internet client 203.0.113.7")
LAN = Outside("world", ip="192.168.10.50", name="LAN client 192.168.10.50")
GATEWAY = Outside("ingress", name="gateway (Cilium ingress)")
APISERVER = Outside("kube-apiserver", name="kube-apiserver")
KUBE_DNS = Pod.of("kube-system", {"k8s-app": "kube-dns"}, "kube-system/kube-dns")
GRAFANA_COM = Outside("world", ip="34.120.177.193", fqdn="grafana.com", name="grafana.com")
NAS = Outside("world", ip="192.168.10.5", name="NAS 192.168.10.5")
_WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job")
_ROUTES = ("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute")


def ordinary_pod(namespace: str) -> Pod:
    """A pod with no grants of its own (a debug shell, a sidecar-less job)."""
    return Pod.of(namespace, {APP_LABEL: "debug"}, f"{namespace}/debug (no grants)")


def _dict(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def _items(value: Any) -> list[dict[str, Any]]:
    return [dict(v) for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _labels(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in _dict(value).items()}


def _number(value: Any) -> int:
    """A port number, or 0 when ``value`` is none."""
    text = str(value)
    return int(text) if text.isdigit() and not isinstance(value, bool) else 0


def _meta(obj: Obj) -> tuple[str, str]:
    """``(namespace, name)``; an object without a namespace is in ``default``."""
    meta = _dict(obj.get("metadata"))
    return str(meta.get("namespace") or "default"), str(meta.get("name") or "")


@dataclass
class Model:
    """What a bundle of manifests says about reachability."""

    #: app (its Service's name, ``namespace/name`` when two namespaces share it) -> (pod, backend port)
    apps: dict[str, tuple[Pod, int]]
    #: every policy object Cilium enforces (only CiliumNetworkPolicy is modelled)
    policies: list[Obj]
    #: app -> the gateways whose routes reach it: Cilium's ``ingress`` entity, or a gateway's proxy pods
    routes: dict[str, list[Peer]]
    #: Namespace objects -> their isolation annotation ("" when none)
    namespaces: dict[str, str]
    #: (namespace, name, class) of every Gateway
    gateways: list[tuple[str, str, str]]
    #: the private networks the policies let in (``fromCIDR``/``fromCIDRSet``): the LAN
    lans: list[str]


def _pod_templates(objects: Sequence[Obj]) -> list[tuple[str, dict[str, str], dict[str, int]]]:
    """``(namespace, labels, {port name: container port})`` of every pod the manifests declare."""
    found = []
    for o in objects:
        kind, spec = o.get("kind"), _dict(o.get("spec"))
        if kind in _WORKLOADS:
            template = _dict(spec.get("template"))
        elif kind == "CronJob":
            template = _dict(_dict(_dict(spec.get("jobTemplate")).get("spec")).get("template"))
        elif kind == "Pod":
            template = dict(o)
        else:
            continue
        pod_spec = _dict(template.get("spec"))
        ports = {str(p["name"]): _number(p.get("containerPort"))
                 for c in _items(pod_spec.get("containers")) + _items(pod_spec.get("initContainers"))
                 for p in _items(c.get("ports")) if p.get("name")}
        found.append((_meta(o)[0], _labels(_dict(template.get("metadata")).get("labels")), ports))
    return found


def _lan_networks(policies: Sequence[Obj]) -> list[str]:
    """The private networks ingress rules name (where LAN clients come from)."""
    nets: set[ipaddress.IPv4Network | ipaddress.IPv6Network] = set()
    for p in policies:
        specs = [_dict(p.get("spec"))] + _items(p.get("specs"))
        for spec in specs:
            for rule in _items(spec.get("ingress")):
                plain = rule.get("fromCIDR")
                cidrs = (plain if isinstance(plain, list) else []) + [s.get("cidr") for s in _items(rule.get("fromCIDRSet"))]
                for cidr in cidrs:
                    try:
                        net = ipaddress.ip_network(str(cidr), strict=False)
                    except ValueError:
                        continue
                    if net.is_private and net.num_addresses > 1:
                        nets.add(net)
    return [str(n) for n in sorted(nets, key=lambda n: (n.version, n))]


def homelab_model(objects: Iterable[Obj]) -> tuple[dict[str, tuple[Pod, int]], list[Obj], list[str]]:
    """From manifests: app -> (pod, backend port), the policies, the routed apps (see :func:`model`)."""
    m = model(objects)
    return m.apps, m.policies, sorted(m.routes)


def model(objects: Iterable[Obj]) -> Model:
    """The apps, gateways and policies of a bundle of manifests (objects as dicts)."""
    objects = [o for o in objects if isinstance(o, Mapping)]
    templates = _pod_templates(objects)
    # the pods the manifests declare (a workload's template); an app whose workload comes
    # from elsewhere is modelled by its Service's selector
    services = []
    for o in objects:
        spec = _dict(o.get("spec"))
        selector, ports = _labels(spec.get("selector")), _items(spec.get("ports"))
        if o.get("kind") == "Service" and selector and ports:
            services.append((*_meta(o), selector, ports[0]))
    shared = {n for ns, n, _, _ in services if sum(1 for ns2, n2, _, _ in services if n2 == n and ns2 != ns)}
    apps: dict[str, tuple[Pod, int]] = {}
    by_service: dict[tuple[str, str], str] = {}
    for ns, name, selector, port in services:
        labels, named = next(((t, p) for t_ns, t, p in templates if t_ns == ns and selector.items() <= t.items()),
                             (selector, {}))
        # the backend port: targetPort, a named one resolved in the pod template, else the Service's port
        target = str(port.get("targetPort", port.get("port", "")))
        number = int(target) if target.isdigit() else named.get(target) or _number(port.get("port"))
        if not number:
            continue
        key = f"{ns}/{name}" if name in shared else name
        apps[key] = (Pod.of(ns, labels, f"{ns}/{name}"), number)
        by_service[(ns, name)] = key
    gateways = [(*_meta(o), str(_dict(o.get("spec")).get("gatewayClassName", "")))
                for o in objects if o.get("kind") == "Gateway"]
    classes = {(ns, name): cls for ns, name, cls in gateways}
    # routes to the modelled apps (not to Services a Helm release creates, such as hubble-ui)
    routes: dict[str, list[Peer]] = {}
    for o in objects:
        if o.get("kind") not in _ROUTES:
            continue
        ns, _ = _meta(o)
        spec = _dict(o.get("spec"))
        parents: list[Peer] = []
        for ref in _items(spec.get("parentRefs")):
            if ref.get("kind", "Gateway") != "Gateway" or ref.get("group", _GATEWAY_GROUP) != _GATEWAY_GROUP:
                continue
            gw_ns, gw_name = str(ref.get("namespace") or ns), str(ref.get("name", ""))
            if classes.get((gw_ns, gw_name), "cilium") == "cilium":
                parents.append(GATEWAY)  # the Cilium gateway's Envoy runs in cilium-agent: the ingress entity
            else:
                parents.append(Pod.of(gw_ns, {ENVOY_OWNING_GATEWAY_NAME: gw_name, ENVOY_OWNING_GATEWAY_NAMESPACE: gw_ns},
                                      f"gateway {gw_ns}/{gw_name} (proxy pods)"))
        for rule in _items(spec.get("rules")):
            for b in _items(rule.get("backendRefs")):
                if b.get("kind", "Service") != "Service" or b.get("group", "") not in ("", "core"):
                    continue
                app = by_service.get((str(b.get("namespace") or ns), str(b.get("name", ""))))
                if app is not None:
                    peers = routes.setdefault(app, [])
                    peers += [p for p in parents if p not in peers]
    policies = [o for o in objects if o.get("kind") in POLICY_KINDS]
    namespaces = {_meta(o)[1]: str(_dict(_dict(o.get("metadata")).get("annotations")).get(ISOLATION_ANNOTATION, ""))
                  for o in objects if o.get("kind") == "Namespace"}
    return Model(apps, policies, routes, namespaces, gateways, _lan_networks(policies))


# ---- the questions

@dataclass(frozen=True)
class Case:
    section: str
    src: Peer
    dst: Peer
    port: int
    protocol: str = "TCP"


def _lan_clients(lans: Sequence[str]) -> list[Outside]:
    """A client in each LAN the policies name (its 50th address when there is one), else :data:`LAN`."""
    clients = []
    for cidr in lans:
        net = ipaddress.ip_network(cidr)
        ip = str(net[50] if net.num_addresses > 51 else net[1])
        clients.append(Outside("world", ip=ip, name=f"LAN client {ip}"))
    return clients or [LAN]


def homelab_cases(objects: Iterable[Obj]) -> list[Case]:
    """The matrix's questions, in a fixed order: what any bundle raises, from what it contains,
    then the default homelab's own questions about its apps when they are there."""
    return _cases(model(objects))


def _cases(m: Model) -> list[Case]:
    apps = m.apps
    names = sorted(apps)
    namespaces = sorted({pod.namespace for pod, _ in apps.values()})

    def has(*wanted: str) -> bool:
        return all(n in apps for n in wanted)

    cases: list[Case] = []
    section = "From outside the cluster"
    lans = _lan_clients(m.lans)
    for name in names:
        pod, port = apps[name]
        cases += [Case(section, WORLD, pod, port)] + [Case(section, lan, pod, port) for lan in lans]
    for name in names:
        pod, port = apps[name]
        for gateway in m.routes.get(name, []):
            cases += [Case("From the gateway", gateway, pod, port), Case("From the gateway", gateway, pod, 22)]
    if has("prometheus"):
        prometheus = apps["prometheus"][0]
        scrapers = [prometheus] + ([apps["grafana"][0]] if has("grafana") else [])
        for name in names:
            pod, port = apps[name]
            if pod.namespace != prometheus.namespace:
                cases += [Case("Prometheus scraping", s, pod, port) for s in scrapers]
    for ns in namespaces:
        cases += [Case("DNS", ordinary_pod(ns), KUBE_DNS, 53, "UDP"), Case("DNS", ordinary_pod(ns), KUBE_DNS, 53, "TCP")]
    # across namespaces: one app of each namespace to one app of every other
    first = {ns: min(n for n, (p, _) in apps.items() if p.namespace == ns) for ns in namespaces}
    for a in namespaces:
        for b in namespaces:
            if a != b:
                dst, port = apps[first[b]]
                cases.append(Case("Between namespaces", apps[first[a]][0], dst, port))
    cases += [Case("Between namespaces", apps[n][0], apps["qbit"][0], apps["qbit"][1])
              for n in ("sonarr", "radarr", "prowlarr") if has(n, "qbit")]
    if has("sonarr", "radarr"):
        cases.append(Case("Within a namespace", apps["sonarr"][0], apps["radarr"][0], apps["radarr"][1]))
    if has("sonarr"):
        cases.append(Case("Within a namespace", ordinary_pod(apps["sonarr"][0].namespace), apps["sonarr"][0], 12345))
    for name in names:
        cases.append(Case("To the world", apps[name][0], WORLD, 443))
    if has("qbit"):
        qbit = apps["qbit"][0]
        cases += [Case("To the world", qbit, WORLD, 51413), Case("To the world", qbit, WORLD, 51413, "UDP"),
                  Case("To the world", ordinary_pod(qbit.namespace), WORLD, 443)]
    if has("sonarr"):
        cases += [Case("To the world", apps["sonarr"][0], WORLD, 6881), Case("To the world", apps["sonarr"][0], NAS, 2049)]
    cases += [Case("To the world", apps[n][0], GRAFANA_COM, 443) for n in ("grafana", "prometheus") if has(n)]
    cases += [Case("To the kube-apiserver", apps[n][0], APISERVER, 6443) for n in ("prometheus", "grafana") if has(n)]
    return cases


# ---- the answers

@dataclass(frozen=True)
class Row:
    case: Case
    verdict: Verdict


@dataclass
class Report:
    """A bundle's model, its policies ready to answer, and every case with its verdict."""

    model: Model
    cluster: Cluster
    rows: list[Row]


def _show(peer: Peer) -> str:
    return peer.name or (peer.entity if isinstance(peer, Outside) else peer.namespace)


def evaluate(objects: Iterable[Obj]) -> Report:
    """Every case of :func:`homelab_cases` with its verdict; :class:`Unsupported` as :class:`Cluster` raises it."""
    m = model(objects)
    cluster = Cluster(m.policies)
    return Report(m, cluster, [Row(c, cluster.verdict(c.src, c.dst, c.port, c.protocol)) for c in _cases(m)])


def _summary(report: Report) -> tuple[list[str], list[str], list[str]]:
    """Isolated namespaces, the others (with why), and what to know about the gateways."""
    m, cluster = report.model, report.cluster
    candidates = sorted(set(m.namespaces) | {pod.namespace for pod, _ in m.apps.values()}
                        | {_policy_name(p)[0] for p in m.policies if p.get("kind") == "CiliumNetworkPolicy"})
    isolated, others = [], []
    for ns in candidates:
        deny = [d for d in ("ingress", "egress") if cluster.default_deny(ordinary_pod(ns), d)]
        if len(deny) == 2:
            isolated.append(ns)
        elif ns in m.namespaces or any(pod.namespace == ns for pod, _ in m.apps.values()):
            why = m.namespaces.get(ns, "") or (f"default deny for {deny[0]} only" if deny else "")
            others.append(f"{ns} ({why})" if why else ns)
    gateways = []
    for ns in sorted({ns for ns, _, cls in m.gateways if cls == "cilium"} - set(isolated)):
        gateways.append(f"The gateway namespace `{ns}` is not isolated: with the Cilium gateway it has no proxy pods "
                        "(Envoy runs in cilium-agent and reaches apps as the `ingress` entity).")
    for ns, name, cls in sorted(m.gateways):
        if cls != "cilium":
            gateways.append(f"The gateway `{ns}/{name}` (class `{cls}`) is modelled as its proxy pods: the pods of `{ns}` "
                            f"labelled `{ENVOY_OWNING_GATEWAY_NAME}: {name}`.")
    return isolated, others, gateways


def render_markdown(objects: Iterable[Obj], command: str | None = None) -> str:
    """The matrix in Markdown: every case of :func:`homelab_cases` with its verdict and why.

    ``command`` is how the page was made (shown in its header).
    """
    report = evaluate(objects)
    m, rows = report.model, report.rows
    isolated, others, gateways = _summary(report)
    made_by = f"`{command}`" if command else "`homelab_constructs.tools.reachability`"
    lines = [
        "# Reachability matrix",
        "",
        (f"Generated by {made_by} from the CiliumNetworkPolicies, workloads and Services of the manifests; "
         "do not edit it by hand."),
        "",
        ("The evaluator applies the policies as Cilium does: a connection needs the source's egress "
         "and the destination's ingress; a pod selected by a policy that enables default deny drops "
         "whatever no rule allows; deny rules win over allows. Pods are modelled by their labels "
         "(the pod template of a workload the manifests declare, else the app's Service selector); "
         "`debug` is a pod with no grants of its own."),
        "",
        f"- Policies: {len(m.policies)} CiliumNetworkPolicies; rows: {len(rows)}.",
        f"- Isolated namespaces: {', '.join(isolated) or 'none'}.",
        f"- Not isolated: {'; '.join(others) or 'none'}.",
    ] + [f"- {g}" for g in gateways]
    section = None
    for row in rows:
        case, v = row.case, row.verdict
        if case.section != section:
            section = case.section
            lines += ["", f"## {section}", "", "| From | To | Port | Verdict | Why |", "|---|---|---|---|---|"]
        lines.append(f"| {_show(case.src)} | {_show(case.dst)} | {case.port}/{case.protocol} | "
                     f"{'allowed' if v.allowed else 'denied'} | {v.reason} |")
    return "\n".join(lines) + "\n"


def render_table(objects: Iterable[Obj]) -> str:
    """The matrix as a plain-text table, one block per section."""
    report = evaluate(objects)
    m, rows = report.model, report.rows
    isolated, others, _ = _summary(report)
    allowed = sum(r.verdict.allowed for r in rows)
    cells = [(_show(r.case.src), _show(r.case.dst), f"{r.case.port}/{r.case.protocol}",
              "allowed" if r.verdict.allowed else "denied", r.verdict.reason) for r in rows]
    header = ("FROM", "TO", "PORT", "VERDICT", "WHY")
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(header[:-1])]

    def line(values: Sequence[str]) -> str:
        return "  " + "  ".join([v.ljust(w) for v, w in zip(values, widths, strict=False)] + [values[-1]])

    out = [f"{len(rows)} connections under {len(m.policies)} policies: {allowed} allowed, {len(rows) - allowed} denied",
           f"isolated namespaces: {', '.join(isolated) or 'none'}",
           f"not isolated: {'; '.join(others) or 'none'}"]
    section = None
    for row, values in zip(rows, cells, strict=True):
        if row.case.section != section:
            section = row.case.section
            out += ["", section, line(header)]
        out.append(line(values))
    return "\n".join(out) + "\n"


# ---- the command line

def load_manifests(directory: str | Path) -> list[dict[str, Any]]:
    """Every object of the ``*.yaml`` files of ``directory`` (multi-document, ``*List`` kinds
    expanded). Raises :class:`ManifestError` with a one-line message."""
    path = Path(directory)
    if not path.exists():
        raise ManifestError(f"{path}: no such directory")
    if not path.is_dir():
        raise ManifestError(f"{path}: not a directory")
    files = manifest_files(path)
    if not files:
        raise ManifestError(f"{path}: no *.yaml manifests")
    objects: list[dict[str, Any]] = []
    for file in files:
        docs = read_documents(file, ManifestError)
        for i, doc in enumerate(docs, start=1):
            if doc is None:
                continue
            if not isinstance(doc, dict) or not isinstance(doc.get("kind"), str):
                raise ManifestError(f"{file}: document {i} is not a Kubernetes object (a mapping with a kind)")
            if doc["kind"].endswith("List") and isinstance(doc.get("items"), list):
                objects += [o for o in doc["items"] if isinstance(o, dict)]
            else:
                objects.append(doc)
    return objects


USAGE = "python -m homelab_constructs reachability DIR [--markdown] [--output FILE]"


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m homelab_constructs reachability", usage="%(prog)s DIR [--markdown] [--output FILE]",
                     description="Who may reach whom under the CiliumNetworkPolicies of a directory of manifests.")
    parser.add_argument("dir", metavar="DIR", help="the directory of *.yaml manifests (dist/ after a synth)")
    parser.add_argument("--markdown", action="store_true", help="print the Markdown matrix (docs/reachability.md)")
    parser.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout")
    return parser


def main(argv: list[str]) -> int:
    """``python -m homelab_constructs reachability DIR [--markdown] [--output FILE]``."""
    parser = _parser()
    try:
        args = parser.parse_args(list(argv))
    except UsageError as err:
        print(f"reachability: {err} (usage: {USAGE})", file=sys.stderr)
        return 2
    except SystemExit as done:  # --help
        return int(done.code or 0)
    try:
        objects = load_manifests(args.dir)
        if args.markdown:
            command = ["python", "-m", "homelab_constructs", "reachability", str(Path(args.dir)), "--markdown"]
            if args.output:
                command += ["--output", str(Path(args.output))]
            text = render_markdown(objects, shlex.join(command))
        else:
            text = render_table(objects)
    except ManifestError as err:
        print(f"reachability: {err}", file=sys.stderr)
        return 2
    except Unsupported as err:
        where = f"policy {err.policy} uses " if err.policy else ""
        print(f"reachability: {where}{err.what}, which the evaluator does not model", file=sys.stderr)
        return 1
    if not args.output:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as err:
        print(f"reachability: {args.output}: cannot write it ({err.strerror})", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
