"""Reachability verdicts: evaluate CiliumNetworkPolicies the way Cilium does.

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
understand raises :class:`~.policy_reader.Unsupported` naming the policy and the field when
the :class:`Cluster` is built (:func:`~.policy_reader.read_rules`), so it never answers
silently wrong.

Standard library only: no cdk8s or jsii.
"""
from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .policy_reader import (
    CLUSTER_ENTITIES,
    KNOWN_ENTITIES,
    Obj,
    Outside,
    Peer,
    Pod,
    Rule,
    Unsupported,
    names_namespace,
    read_rules,
    selector_matches,
)

__all__ = ["Cluster", "Verdict"]


@dataclass(frozen=True)
class Verdict:
    """Whether a connection is allowed, and why (the policy or default that decided)."""

    allowed: bool
    reason: str


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


class Cluster:
    """Every rule of ``policies`` (CiliumNetworkPolicy objects as dicts), ready to answer.

    Raises :class:`Unsupported` (naming the policy and the field) for anything it does not model.
    """

    def __init__(self, policies: Iterable[Obj]) -> None:
        self.rules: list[Rule] = read_rules(policies)

    # -- one endpoint, one direction

    def _applying(self, pod: Pod) -> list[Rule]:
        return [r for r in self.rules
                if r.namespace == pod.namespace and selector_matches(r.spec.get("endpointSelector", {}), pod.label_map())]

    def _peer_matches(self, rule: Obj, peer: Peer, ingress: bool, namespace: str) -> bool:
        side = "from" if ingress else "to"
        peer_fields = [k for k in rule if k != "toPorts"]
        if not peer_fields:
            return bool(rule.get("toPorts"))  # an L4-only rule selects every peer; an empty rule none
        for sel in rule.get(f"{side}Endpoints") or []:
            if isinstance(peer, Pod):
                if not names_namespace(sel) and peer.namespace != namespace:
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
