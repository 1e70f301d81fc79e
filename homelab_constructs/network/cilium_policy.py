"""CiliumNetworkPolicy rules as data: one ``cilium.io/v2`` CiliumNetworkPolicy exactly as the user says.

:class:`~homelab_constructs.isolation.policies.NamespaceIsolation` is the safe default: true
default deny and intent-level allows. :class:`CiliumPolicy` is for everything else a real
homelab runs: its rules are small frozen values, checked where they are made and written
with the imported Cilium binding structs::

    CiliumPolicy(chart, "ArrEgress", name="arr-egress", namespace="arr", description="...",
                 egress=[PolicyRule(PolicyPeer.kube_dns(), ports=(PortRule(53, "UDP"), PortRule(53, "TCP"))),
                         PolicyRule(PolicyPeer.namespace("arr")),
                         PolicyRule(PolicyPeer.entities("world"), ports=(443,))])

- :class:`PolicyPeer`: entities (validated against the pinned CRD's enum), pods by labels
  and expressions (any namespace, or the whole of one), CIDRs (``toCIDR``), CIDR sets
  (``except``, ``cidrGroupRef``), FQDNs (``matchName``; a ``*`` makes a ``matchPattern``);
- :class:`PortRule`: a port (or range) with its protocol; no ports means any port;
- :class:`PolicyRule`: peers (OR-ed, as in Cilium), ports, and DNS proxy patterns
  (``rules.dns``; ``toFQDNs`` needs one on the kube-dns port).

:func:`namespace_baseline` writes a per-namespace baseline (``<ns>-default-deny``,
``-allow-gateway``, ``-allow-internal``, ``-allow-monitoring``, ``-egress``) from a few arguments.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_cilium.io import cilium

from .._base import HomelabConstruct
from .._validation import (
    Code,
    FrozenDict,
    Scope,
    check_bool,
    check_choice,
    check_dns_label,
    check_dns_subdomain,
    check_instance,
    check_label_key,
    check_label_value,
    check_mapping,
    check_network,
    check_port,
    check_sequence,
    check_text,
    claim_once,
    fail,
)
from .policy_rules import ENTITIES, FQDN_NAME, FQDN_PATTERN, NAMESPACE_LABEL, PROTOCOLS

#: label selector operators (the CRD's enum)
OPERATORS = ("In", "NotIn", "Exists", "DoesNotExist")
#: Cilium label sources a selector key may start with (``k8s:app``)
LABEL_SOURCES = ("k8s", "any")
#: kube-dns by its plain ``k8s-app`` label (without the ``k8s:`` source of :data:`~.policy_rules.KUBE_DNS`)
KUBE_DNS_LABELS = FrozenDict({NAMESPACE_LABEL: "kube-system", "k8s-app": "kube-dns"})
_KEY_FIX = "write a label key such as 'app.kubernetes.io/name' or 'k8s:io.kubernetes.pod.namespace'"


def check_selector_key(scope: Scope, key: object, what: str) -> str:
    """A label key, optionally with a Cilium source prefix (``k8s:``, ``any:``)."""
    source, sep, rest = key.partition(":") if isinstance(key, str) else ("", "", key)
    if sep and source not in LABEL_SOURCES:
        raise fail(scope, f"{what} has an unknown label source", key, f"use {' or '.join(s + ':' for s in LABEL_SOURCES)}"
                   " or none")
    check_label_key(scope, rest if sep else key, what, _KEY_FIX)
    return key  # type: ignore[return-value]


def check_selector_labels(scope: Scope, labels: object, what: str) -> dict[str, str]:
    """A ``matchLabels`` mapping (may be empty): label keys (Cilium sources allowed) to label values."""
    return check_mapping(scope, labels, what, lambda s, k, w: check_selector_key(s, k, w),
                         lambda s, v, w: check_label_value(s, v, w),
                         example={"app.kubernetes.io/name": "velero"}, key="label key", item="value")


def _frozen_seq(obj: object, name: str, scope: str, check: Any, example: tuple, item: str) -> tuple:
    value = getattr(obj, name)
    checked = check_sequence(f"{scope}.{name}", value, name, check, example=example, item=item)
    object.__setattr__(obj, name, checked)
    return checked


@dataclass(frozen=True)
class LabelMatch:
    """One ``matchExpressions`` requirement: ``LabelMatch("app", "In", ("sonarr", "radarr"))``.

    :param key: the label key (a ``k8s:`` source prefix is allowed).
    :param operator: ``In``, ``NotIn``, ``Exists`` or ``DoesNotExist``.
    :param values: the values (default ``()``; required for ``In``/``NotIn``, refused otherwise).
    """

    key: str
    operator: str
    values: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_selector_key("LabelMatch.key", self.key, "key")
        check_choice("LabelMatch.operator", self.operator, OPERATORS, "operator")
        values = _frozen_seq(self, "values", "LabelMatch", lambda s, v, w: check_label_value(s, v, w), ("sonarr",),
                             "value")
        if self.operator in ("In", "NotIn") and not values:
            raise fail("LabelMatch.values", f"operator {self.operator} needs values", values, "name at least one value")
        if self.operator in ("Exists", "DoesNotExist") and values:
            raise fail("LabelMatch.values", f"operator {self.operator} takes no values", values, "leave values out")


@dataclass(frozen=True)
class PodSelector:
    """Pods by labels and expressions (both empty: every pod of the policy's namespace).

    :param labels: ``matchLabels`` (default none); ``k8s:io.kubernetes.pod.namespace`` selects
        another namespace.
    :param expressions: ``matchExpressions`` (default none).
    """

    labels: Mapping[str, str] = field(default_factory=lambda: FrozenDict({}))
    expressions: tuple[LabelMatch, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", FrozenDict(check_selector_labels("PodSelector.labels", self.labels,
                                                                                  "labels")))
        _frozen_seq(self, "expressions", "PodSelector", lambda s, e, w: check_instance(
            s, e, LabelMatch, w, "write LabelMatch(key, operator, values)"), (Code("LabelMatch('app', 'Exists')"),), "expression")

    def build(self, cls: Any, expression_cls: Any, operator_enum: Any) -> Any:
        return cls(match_labels=dict(self.labels) or None,
                   match_expressions=[expression_cls(key=e.key, operator=operator_enum[_member(e.operator)],
                                                     values=list(e.values) or None) for e in self.expressions] or None)


PEER_KINDS = ("entities", "endpoints", "cidr", "cidr_set", "fqdns")


@dataclass(frozen=True)
class CidrRule:
    """One ``toCIDRSet``/``fromCIDRSet`` entry: a CIDR with exceptions, or a CiliumCIDRGroup by name."""

    cidr: Optional[str] = None
    except_: tuple[str, ...] = ()
    group: Optional[str] = None

    def __post_init__(self) -> None:
        if (self.cidr is None) == (self.group is None):
            raise fail("CidrRule", "needs exactly one of cidr and group", (self.cidr, self.group),
                       "write CidrRule('10.0.0.0/8') or CidrRule(group='internet')")
        if self.cidr is not None:
            check_network("CidrRule.cidr", self.cidr, "cidr", "10.0.0.0/8")
        else:
            check_dns_subdomain("CidrRule.group", self.group, "CiliumCIDRGroup name")
        excepted = _frozen_seq(self, "except_", "CidrRule", lambda s, c, w: check_network(s, c, w), ("10.0.5.0/24",),
                               "CIDR")
        if excepted and self.cidr is None:
            raise fail("CidrRule.except_", "exceptions need a cidr, not a group", excepted,
                       "Cilium does not support except with cidrGroupRef; use a cidr")


@dataclass(frozen=True)
class PolicyPeer:
    """Whom a rule allows or denies. Build it with a class method:
    :meth:`entities`, :meth:`pods`, :meth:`namespace`, :meth:`kube_dns`, :meth:`cidrs`,
    :meth:`cidr_set`, :meth:`fqdns`.

    :param kind: one of :data:`PEER_KINDS`.
    :param values: entity names, :class:`PodSelector` s, CIDRs, :class:`CidrRule` s or DNS names.
    """

    kind: str
    values: tuple[Any, ...]

    def __post_init__(self) -> None:
        check_choice("PolicyPeer.kind", self.kind, PEER_KINDS, "peer kind")
        check, item = {
            "entities": (lambda s, v, w: check_choice(s, v, ENTITIES, "Cilium entity"), "entity"),
            "endpoints": (lambda s, v, w: check_instance(s, v, PodSelector, w, "write PodSelector(labels=...)"),
                          "selector"),
            "cidr": (lambda s, v, w: check_network(s, v, w, "192.168.1.158/32"), "CIDR"),
            "cidr_set": (lambda s, v, w: check_instance(s, v, CidrRule, w, "write CidrRule('10.0.0.0/8')"), "CIDR rule"),
            "fqdns": (_check_fqdn, "FQDN"),
        }[self.kind]
        values = _frozen_seq(self, "values", "PolicyPeer", check, _EXAMPLES[self.kind], item)
        if not values:
            raise fail("PolicyPeer.values", f"{self.kind} peer names nothing", values,
                       f"name at least one, such as {_EXAMPLES[self.kind]!r}")

    @classmethod
    def entities(cls, *names: str) -> "PolicyPeer":
        """Cilium entities: ``world``, ``cluster``, ``host``, ``remote-node``, ``kube-apiserver``, ``ingress``, ``all``, ..."""
        return cls("entities", names)

    @classmethod
    def pods(cls, labels: Optional[Mapping[str, str]] = None, *, namespace: Optional[str] = None,
             expressions: Sequence[LabelMatch] = ()) -> "PolicyPeer":
        """Pods by labels (any workload's, declared or not, such as Velero's); ``namespace``:
        in that namespace (default the policy's); no labels and no expressions: every pod there."""
        labels = check_selector_labels("PolicyPeer.pods", {} if labels is None else labels, "labels")
        if namespace is not None:
            labels[NAMESPACE_LABEL] = check_dns_label("PolicyPeer.pods", namespace, "namespace")
        frozen = tuple(expressions) if isinstance(expressions, list) else expressions
        return cls("endpoints", (PodSelector(labels, frozen),))  # type: ignore[arg-type]  # PodSelector checks it

    @classmethod
    def namespace(cls, name: str) -> "PolicyPeer":
        """Every pod of namespace ``name`` (``k8s:io.kubernetes.pod.namespace: <name>``)."""
        return cls.pods(namespace=name)

    @classmethod
    def kube_dns(cls) -> "PolicyPeer":
        """The kube-dns pods: ``k8s:io.kubernetes.pod.namespace: kube-system`` and ``k8s-app: kube-dns``."""
        return cls("endpoints", (PodSelector(KUBE_DNS_LABELS),))

    @classmethod
    def cidrs(cls, *cidrs: str) -> "PolicyPeer":
        """Networks outside the cluster as a plain ``toCIDR``/``fromCIDR`` list."""
        return cls("cidr", cidrs)

    @classmethod
    def cidr_set(cls, *rules: Union[str, CidrRule]) -> "PolicyPeer":
        """``toCIDRSet``/``fromCIDRSet``: CIDRs (a string) or :class:`CidrRule` s (exceptions, CIDR groups)."""
        return cls("cidr_set", tuple(CidrRule(r) if isinstance(r, str) else r for r in rules))

    @classmethod
    def fqdns(cls, *names: str) -> "PolicyPeer":
        """DNS names (egress only): ``vw.cloudjur.com`` is a ``matchName``, ``*.bitwarden.com`` a ``matchPattern``."""
        return cls("fqdns", names)


_EXAMPLES: dict[str, tuple] = {"entities": ("world",), "endpoints": (Code("PodSelector(labels={'app': 'sonarr'})"),),
                               "cidr": ("192.168.1.158/32",),
                               "cidr_set": (Code("CidrRule('10.0.0.0/8')"),), "fqdns": ("vw.cloudjur.com",)}


def _check_fqdn(scope: Scope, name: object, what: str) -> str:
    if not isinstance(name, str) or not (FQDN_PATTERN if "*" in name else FQDN_NAME).match(name):
        raise fail(scope, "FQDN is not a DNS name or pattern", name,
                   "write a name such as 'vw.cloudjur.com' or a pattern such as '*.bitwarden.com'")
    return name


@dataclass(frozen=True)
class PortRule:
    """A destination port (or range) with its protocol: ``PortRule(53, "UDP")``.

    :param port: the port.
    :param protocol: ``TCP``, ``UDP``, ``SCTP`` or ``ANY`` (default ``TCP``).
    :param end_port: the last port of a range (default ``None``: one port).
    """

    port: int
    protocol: str = "TCP"
    end_port: Optional[int] = None

    def __post_init__(self) -> None:
        check_port("PortRule.port", self.port, "port")
        check_choice("PortRule.protocol", self.protocol, PROTOCOLS, "protocol")
        if self.end_port is not None:
            check_port("PortRule.end_port", self.end_port, "end port")
            if self.end_port < self.port:
                raise fail("PortRule.end_port", f"end port is below port {self.port}", self.end_port,
                           f"write the range's last port, at least {self.port}, or end_port=None for one port")


@dataclass(frozen=True)
class PolicyRule:
    """One rule of ``ingress``, ``egress``, ``ingressDeny`` or ``egressDeny``.

    :param peers: the peers (one :class:`PolicyPeer` or several; any of them matches);
        default ``()``: every peer (then ``ports`` must say which ports).
    :param ports: ports as numbers (TCP) or :class:`PortRule` s (default ``()``: any port).
    :param dns: DNS proxy patterns for these ports (``rules.dns``), such as ``("*",)`` on the
        kube-dns port, which ``toFQDNs`` needs (default none; egress only, needs ports).
    """

    peers: Union[PolicyPeer, tuple[PolicyPeer, ...]] = ()
    ports: tuple[Union[int, PortRule], ...] = ()
    dns: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if isinstance(self.peers, PolicyPeer):
            object.__setattr__(self, "peers", (self.peers,))
        peers = _frozen_seq(self, "peers", "PolicyRule", lambda s, p, w: check_instance(
            s, p, PolicyPeer, w, "build peers with PolicyPeer.entities(...), PolicyPeer.pods(...), ..."),
            (Code("PolicyPeer.entities('world')"),), "peer")
        ports = _frozen_seq(self, "ports", "PolicyRule", _check_port_rule, (443, Code("PortRule(53, 'UDP')")), "port")
        object.__setattr__(self, "ports", tuple(p if isinstance(p, PortRule) else PortRule(p) for p in ports))
        dns = _frozen_seq(self, "dns", "PolicyRule", _check_fqdn, ("*",), "DNS pattern")
        if not peers and not ports:
            raise fail("PolicyRule", "rule has neither peers nor ports", self,
                       "name the peers (PolicyPeer.entities('all') for every peer) or the ports")
        if dns and not ports:
            raise fail("PolicyRule.dns", "DNS rules need ports", dns, "add the kube-dns port: ports=(PortRule(53, 'ANY'),)")


def _check_port_rule(scope: Scope, port: object, what: str) -> Union[int, PortRule]:
    if isinstance(port, PortRule):
        return port
    return check_port(scope, port, what)


def _member(value: str) -> str:
    """The binding's enum member name: ``kube-apiserver`` is ``KUBE_HYPHEN_APISERVER``, ``NotIn`` ``NOT_IN``."""
    return {"NotIn": "NOT_IN", "DoesNotExist": "DOES_NOT_EXIST"}.get(value, value.upper().replace("-", "_HYPHEN_"))


DIRECTIONS = {"ingress": ("Ingress", "from"), "egress": ("Egress", "to"),
              "ingress_deny": ("IngressDeny", "from"), "egress_deny": ("EgressDeny", "to")}


def _c(name: str) -> Any:
    return getattr(cilium, f"CiliumNetworkPolicySpec{name}")


def _build_rule(rule: PolicyRule, direction: str) -> Any:
    """The binding struct of one rule (its direction already checked)."""
    kind, side = DIRECTIONS[direction]
    args: dict[str, Any] = {}
    peers: tuple[PolicyPeer, ...] = rule.peers  # type: ignore[assignment]  # a tuple after __post_init__
    ports: tuple[PortRule, ...] = rule.ports  # type: ignore[assignment]  # PortRules after __post_init__
    for peer in peers:
        if peer.kind == "entities":
            enum = _c(f"{kind}{side.title()}Entities")
            args.setdefault(f"{side}_entities", []).extend(enum[_member(e)] for e in peer.values)
        elif peer.kind == "endpoints":
            prefix = f"{kind}{side.title()}Endpoints"
            args.setdefault(f"{side}_endpoints", []).extend(
                s.build(_c(prefix), _c(f"{prefix}MatchExpressions"), _c(f"{prefix}MatchExpressionsOperator"))
                for s in peer.values)
        elif peer.kind == "cidr":
            args.setdefault(f"{side}_cidr", []).extend(peer.values)
        elif peer.kind == "cidr_set":
            cls = _c(f"{kind}{side.title()}CidrSet")
            args.setdefault(f"{side}_cidr_set", []).extend(
                cls(cidr=r.cidr, except_=list(r.except_) or None, cidr_group_ref=r.group) for r in peer.values)
        else:
            args.setdefault("to_fqd_ns", []).extend(
                _c("EgressToFqdNs")(match_pattern=n) if "*" in n else _c("EgressToFqdNs")(match_name=n)
                for n in peer.values)
    if ports:
        built = [_c(f"{kind}ToPortsPorts")(port=str(p.port), end_port=p.end_port,
                                          protocol=_c(f"{kind}ToPortsPortsProtocol")[p.protocol]) for p in ports]
        rules = (_c("EgressToPortsRules")(dns=[_c("EgressToPortsRulesDns")(match_pattern=d) if "*" in d else
                                               _c("EgressToPortsRulesDns")(match_name=d) for d in rule.dns])
                 if rule.dns else None)
        args["to_ports"] = [_c(f"{kind}ToPorts")(ports=built, rules=rules) if rules else _c(f"{kind}ToPorts")(ports=built)]
    return _c(kind)(**args)


def _check_rules(scope: constructs.Construct, rules: object, direction: str) -> tuple[PolicyRule, ...]:
    checked = check_sequence(scope, rules, direction, lambda s, r, w: check_instance(
        s, r, PolicyRule, w, "write PolicyRule(PolicyPeer..., ports=(...))"),
        example=[Code("PolicyRule(PolicyPeer.entities('world'), ports=(443,))")])
    for i, rule in enumerate(checked):
        for peer in rule.peers:
            if peer.kind == "fqdns" and direction != "egress":
                raise fail(scope, f"{direction}[{i}] has an FQDN peer", list(peer.values),
                           "FQDN peers exist only in egress rules")
        if rule.dns and direction != "egress":
            raise fail(scope, f"{direction}[{i}] has DNS rules", list(rule.dns), "DNS proxy rules exist only in egress rules")
    return checked


class CiliumPolicy(HomelabConstruct):
    """One ``cilium.io/v2`` CiliumNetworkPolicy, exactly as given.

    :param name: the policy's name.
    :param namespace: its namespace.
    :param description: ``spec.description`` (default none).
    :param selector: the pods it applies to: a ``matchLabels`` mapping or a :class:`PodSelector`
        (default ``{}``: every pod of the namespace).
    :param ingress: allow rules for incoming connections (default none).
    :param egress: allow rules for outgoing connections (default none).
    :param ingress_deny: deny rules for incoming connections; they win over every allow (default none).
    :param egress_deny: deny rules for outgoing connections (default none).
    :param default_deny_ingress: ``enableDefaultDeny.ingress`` (default ``None``: not written;
        Cilium then turns default deny on for a direction that has rules).
    :param default_deny_egress: ``enableDefaultDeny.egress`` (default ``None``, as above).
    :param labels: labels on the policy object (default none).

    The object is :attr:`policy` (and in :attr:`api_objects`).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        description: Optional[str] = None,
        selector: Union[Mapping[str, str], PodSelector] = FrozenDict({}),
        ingress: Sequence[PolicyRule] = (),
        egress: Sequence[PolicyRule] = (),
        ingress_deny: Sequence[PolicyRule] = (),
        egress_deny: Sequence[PolicyRule] = (),
        default_deny_ingress: Optional[bool] = None,
        default_deny_egress: Optional[bool] = None,
        labels: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_subdomain(self, name, "policy name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        check_text(self, description, "description", "Deny ingress from the world", optional=True)
        if not isinstance(selector, PodSelector):
            selector = PodSelector(check_selector_labels(self, selector, "selector"))
        rules = {d: _check_rules(self, value, d) for d, value in
                 (("ingress", ingress), ("egress", egress), ("ingress_deny", ingress_deny), ("egress_deny", egress_deny))}
        deny = {d: check_bool(self, v, f"default_deny_{d}", "write True, False, or None for Cilium's default")
                if v is not None else None for d, v in (("ingress", default_deny_ingress), ("egress", default_deny_egress))}
        object_labels = (check_mapping(self, labels, "labels", lambda s, k, w: check_label_key(s, k, w),
                                       lambda s, v, w: check_label_value(s, v, w), example={"team": "lab"})
                         if labels is not None else None)
        claim_once(self, "cilium-network-policy", (self.namespace, self.name),
                   f"CiliumNetworkPolicy is declared twice in namespace {self.namespace}", self.name,
                   "give each policy its own name")
        self.selector = selector
        self.rules = rules
        built: dict[str, Any] = {d: [_build_rule(r, d) for r in rs] or None for d, rs in rules.items()}
        self.policy = cilium.CiliumNetworkPolicy(
            self, "Resource", metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace, labels=object_labels),
            spec=cilium.CiliumNetworkPolicySpec(
                description=description,
                endpoint_selector=selector.build(_c("EndpointSelector"), _c("EndpointSelectorMatchExpressions"),
                                                 _c("EndpointSelectorMatchExpressionsOperator")),
                enable_default_deny=(_c("EnableDefaultDeny")(**{k: v for k, v in deny.items() if v is not None})
                                     if any(v is not None for v in deny.values()) else None),
                **built))


def namespace_baseline(
    scope: constructs.Construct,
    namespace: str,
    *,
    gateway: bool = True,
    internal: bool = True,
    monitoring_namespace: Optional[str] = "monitoring",
    egress: Optional[Sequence[PolicyRule]] = (),
    descriptions: Optional[Mapping[str, str]] = None,
) -> dict[str, CiliumPolicy]:
    """A per-namespace baseline, each a :class:`CiliumPolicy` named ``<namespace>-<what>``:

    - ``default-deny``: every pod; ``ingressDeny`` from the ``world`` entity;
    - ``allow-gateway`` (when ``gateway``): ingress from the ``ingress`` entity (Cilium's gateway);
    - ``allow-internal`` (when ``internal``): ingress from the namespace's own pods;
    - ``allow-monitoring`` (when ``monitoring_namespace``): ingress from every pod there, any port;
    - ``egress`` (unless ``egress`` is ``None``): kube-dns on 53/UDP and 53/TCP, the namespace's
      own pods, then ``egress``.

    :param gateway: write ``allow-gateway`` (default ``True``).
    :param internal: write ``allow-internal`` (default ``True``).
    :param monitoring_namespace: the namespace allowed in by ``allow-monitoring`` (default
        ``monitoring``; ``None``: no such policy).
    :param egress: extra egress rules of ``<namespace>-egress`` (default none); ``None`` writes no
        ``<namespace>-egress`` (write the namespace's egress with :class:`CiliumPolicy`).
    :param descriptions: ``<what>`` (``default-deny``, ``allow-gateway``, ...) → ``spec.description``
        (default none: a policy without one writes no description).
    :returns: ``<what>`` → the policy. Each construct's id is ``<namespace>-<what>``.
    """
    where = f"{scope.node.path}/namespace_baseline"
    namespace = check_dns_label(where, namespace, "namespace")
    check_bool(where, gateway, "gateway")
    check_bool(where, internal, "internal")
    if monitoring_namespace is not None:
        check_dns_label(where, monitoring_namespace, "monitoring namespace")
    said = (check_mapping(where, descriptions, "descriptions",
                          lambda s, k, w: check_choice(s, k, BASELINE_POLICIES, "baseline policy"),
                          lambda s, v, w: check_text(s, v, w, "Deny ingress from the world"),
                          example={"default-deny": "Deny ingress from the world"}, key="baseline policy",
                          item="description")
            if descriptions is not None else {})
    extra = (check_sequence(where, egress, "egress", lambda s, r, w: check_instance(
        s, r, PolicyRule, w, "write PolicyRule(PolicyPeer..., ports=(...))"),
        example=[Code("PolicyRule(PolicyPeer.entities('world'), ports=(443,))")]) if egress is not None else None)
    here = PolicyPeer.namespace(namespace)
    wanted: dict[str, dict[str, Any]] = {
        "default-deny": dict(ingress_deny=[PolicyRule(PolicyPeer.entities("world"))]),
        "allow-gateway": dict(ingress=[PolicyRule(PolicyPeer.entities("ingress"))]),
        "allow-internal": dict(ingress=[PolicyRule(here)]),
        "allow-monitoring": dict(ingress=[PolicyRule(PolicyPeer.namespace(monitoring_namespace or "monitoring"))]),
        "egress": dict(egress=[PolicyRule(PolicyPeer.kube_dns(), ports=(PortRule(53, "UDP"), PortRule(53, "TCP"))),
                               PolicyRule(here), *(extra or ())]),
    }
    for what, written in (("allow-gateway", gateway), ("allow-internal", internal),
                          ("allow-monitoring", monitoring_namespace is not None), ("egress", extra is not None)):
        if not written:
            del wanted[what]
    unused = sorted(set(said) - set(wanted))
    if unused:
        raise fail(where, "descriptions name policies this baseline does not write", unused,
                   f"describe only {', '.join(wanted)}")
    return {what: CiliumPolicy(scope, f"{namespace}-{what}", name=f"{namespace}-{what}", namespace=namespace,
                               description=said.get(what), **kw)
            for what, kw in wanted.items()}


#: the policies :func:`namespace_baseline` can write
BASELINE_POLICIES = ("default-deny", "allow-gateway", "allow-internal", "allow-monitoring", "egress")

__all__ = ["BASELINE_POLICIES", "CidrRule", "CiliumPolicy", "KUBE_DNS_LABELS", "LabelMatch", "OPERATORS", "PEER_KINDS",
           "PodSelector", "PolicyPeer", "PolicyRule", "PortRule", "namespace_baseline"]
