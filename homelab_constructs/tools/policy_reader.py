"""CiliumNetworkPolicies as the reachability evaluator reads them (:mod:`.policy_verdict`
answers with them): the peers (:class:`Pod`, :class:`Outside`), label selectors with Cilium's
key sources (``k8s:``, ``any:``), and the policy fields the evaluator models, each checked once
when read (:func:`read_rules`), with the field's path. Anything else (``toServices``, HTTP
rules, node selectors, named ports, clusterwide or Kubernetes NetworkPolicies, ...) raises
:class:`Unsupported` naming the policy and the field, so the evaluator never answers silently
wrong.

Standard library only: no cdk8s or jsii.
"""
from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._selectors import OPERATORS
from .._selectors import selector_matches as _selector_matches

__all__ = [
    "CLUSTER_ENTITIES", "KNOWN_ENTITIES", "NAMESPACE_KEY", "NAMESPACE_LABELS_PREFIX", "POLICY_KINDS", "Obj",
    "Outside", "Peer", "Pod", "Rule", "Unsupported", "names_namespace", "policy_name", "read_rules",
    "selector_matches",
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


@dataclass
class Rule:
    """One spec of a policy, checked: the policy's ``namespace/name``, its namespace and the spec."""

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


def names_namespace(selector: Obj) -> bool:
    """The selector says which namespaces (by name or by namespace labels); else Cilium keeps it
    to the policy's namespace."""
    keys = [_key(k) for k in selector.get("matchLabels") or {}] + [_key(e["key"]) for e in selector.get("matchExpressions") or []]
    return any(k == NAMESPACE_KEY or k.startswith(NAMESPACE_LABELS_PREFIX) for k in keys)


# ---- what a policy may say: checked once, when it is read, with the field's path


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


def policy_name(obj: Obj) -> tuple[str, str]:
    """``(namespace, namespace/name)`` of a policy; a policy without a namespace is in ``default``."""
    meta = obj.get("metadata")
    meta = meta if isinstance(meta, Mapping) else {}
    namespace = str(meta.get("namespace") or "default")
    if obj.get("kind") == "CiliumClusterwideNetworkPolicy":
        return namespace, str(meta.get("name", "?"))
    return namespace, f"{namespace}/{meta.get('name', '?')}"


def read_rules(policies: Iterable[Obj]) -> list[Rule]:
    """Every spec of ``policies`` (CiliumNetworkPolicy objects as dicts) as a :class:`Rule`, each
    field checked; :class:`Unsupported` (naming the policy and the field) for anything not modelled."""
    rules: list[Rule] = []
    for obj in policies:
        namespace, policy = policy_name(obj)
        if obj.get("kind") != "CiliumNetworkPolicy":
            raise Unsupported(f"kind {obj.get('kind')}", policy)
        try:
            _only(obj, ("apiVersion", "kind", "metadata", "spec", "specs", "status"), "")
            specs = ([_check_spec(obj["spec"], "spec")] if obj.get("spec") else []) + [
                _check_spec(s, f"specs[{i}]") for i, s in enumerate(_list(obj.get("specs"), "specs"))]
        except Unsupported as err:
            raise Unsupported(err.what.lstrip("."), policy) from None
        rules += [Rule(policy, namespace, spec) for spec in specs]
    return rules
