"""Namespace isolation for :class:`~homelab_constructs.Homelab`: every app namespace, unless opted out.

:class:`IsolationSpec` (with its :class:`EgressGrant` s) is the part of ``HomelabSpec`` that
says which namespaces are isolated and what they may reach; :func:`isolate_namespaces` turns
it into one :class:`~.policies.NamespaceIsolation` per isolated namespace, passing each the
grants for its namespace, and waives the ``isolation`` recommendation, with the reason given,
for each routed namespace it leaves open (:func:`~homelab_constructs.recommendations.waive`:
nothing is written into any object; the synth summary and ``waivers.txt`` list it). The
construct lives in :mod:`.policies`; :class:`~homelab_constructs.network.intents.EgressGrant`
and the egress intents it holds (:class:`~homelab_constructs.network.intents.ToWorld`,
:class:`~homelab_constructs.network.intents.ToService`, ...) in
:mod:`~homelab_constructs.network.intents`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping, Optional, Sequence

import constructs

from .._validation import (
    DNS_LABEL,
    DNS_LABEL_FIX,
    Code,
    FrozenDict,
    Scope,
    check_bool,
    check_choice,
    check_instance,
    check_mapping,
    check_port,
    check_sequence,
    check_text,
    fail,
    first_duplicate,
)
from ..apps.app import HomelabApp
from ..network.intents import EgressGrant, ToWorld, egress_who
from ..recommendations import waive
from .policies import STANDARD_POLICIES, NamespaceIsolation

_GRANT_EXAMPLE = (EgressGrant("media", "sonarr", (ToWorld((443,)),)),)


@dataclass(frozen=True)
class IsolationSpec:
    """Namespace isolation for :class:`Homelab`: every app namespace, unless opted out.

    :param enabled: isolate the app namespaces at all (default ``True``).
    :param opt_out: namespace → reason, for namespaces left without policies (default none);
        for a namespace with routed apps this waives the ``isolation`` recommendation with the
        reason (``waive(scope, "isolation", namespace=..., reason=...)``), which the synth summary
        and ``waivers.txt`` list; nothing is written into the Namespace.
    :param lan_cidrs: networks that may reach LoadBalancer apps (default none).
    :param monitoring_namespace: where Prometheus runs (default ``monitoring``).
    :param metrics_ports: app name → the ports Prometheus scrapes (default: the app's target port).
    :param egress: intent-level egress grants,
        :class:`~homelab_constructs.network.intents.EgressGrant` s of any isolated namespace
        (default none); each namespace's :class:`~.policies.NamespaceIsolation` gets its own.
    :param policy_names: the standard policies' names (keys of :data:`STANDARD_POLICIES`, such
        as ``default-deny``), the same for every namespace; ``{namespace}`` in a name is the
        namespace: ``{"default-deny": "{namespace}-default-deny"}`` (default: the keys themselves).
    :param scrape_any_port: Prometheus may scrape every app on any port (default ``False``:
        only the metrics ports; not with ``metrics_ports``).
    """

    enabled: bool = True
    opt_out: Mapping[str, str] = field(default_factory=lambda: FrozenDict({}))
    lan_cidrs: tuple[str, ...] = ()
    monitoring_namespace: Optional[str] = "monitoring"
    metrics_ports: Mapping[str, tuple[int, ...]] = field(default_factory=lambda: FrozenDict({}))
    egress: tuple[EgressGrant, ...] = ()
    policy_names: Mapping[str, str] = field(default_factory=lambda: FrozenDict({}))
    scrape_any_port: bool = False

    def __post_init__(self) -> None:
        """Check every field's type and freeze it: lists become tuples and mappings read-only
        copies, so changing what was passed in (or a module-level spec's ``opt_out``) changes
        nothing later. The values (namespaces with apps, reasons, ...) are checked by
        :func:`isolate_namespaces`, which knows the apps."""
        check_bool("IsolationSpec.enabled", self.enabled, "enabled",
                   "set True to isolate the app namespaces, or False for none")
        opt_out = check_mapping("IsolationSpec.opt_out", self.opt_out, "opt_out", _text("media"), _text("<why>"),
                                example={"media": "<why it stays open>"}, key="namespace", item="reason")
        lan = check_sequence("IsolationSpec.lan_cidrs", self.lan_cidrs, "lan_cidrs", _text("192.168.10.0/24"),
                             example=("192.168.10.0/24",), item="LAN CIDR")
        check_text("IsolationSpec.monitoring_namespace", self.monitoring_namespace, "monitoring namespace", "monitoring",
                   optional=True)
        ports = check_mapping("IsolationSpec.metrics_ports", self.metrics_ports, "metrics_ports", _text("sonarr"),
                              lambda s, v, w: check_sequence(s, v, w, lambda s2, p, w2: check_port(s2, p, w2),
                                                             example=(9090,), item="port"),
                              example={"sonarr": (9707,)}, key="app name", item="ports")
        egress = check_sequence("IsolationSpec.egress", self.egress, "egress",
                                lambda s, g, w: check_instance(
                                    s, g, EgressGrant, w, "write EgressGrant(namespace, pods, (intents...))"),
                                example=_GRANT_EXAMPLE, item="grant")
        twice = first_duplicate((g.namespace, egress_who(g.pods)) for g in egress)
        if twice is not None:
            first, second = twice
            grant = egress[second]
            raise fail("IsolationSpec.egress", f"two grants are for the same pods, IsolationSpec.egress[{first}] and "
                       f"IsolationSpec.egress[{second}]", f"{grant.namespace}/{egress_who(grant.pods)}",
                       "put all intents for those pods in one EgressGrant (one policy is written per pods)")
        names = check_mapping("IsolationSpec.policy_names", self.policy_names, "policy_names",
                              lambda s, k, w: check_choice(s, k, STANDARD_POLICIES, "standard policy"),
                              lambda s, v, w: _policy_name(s, v),
                              example={"default-deny": "{namespace}-default-deny"}, key="standard policy",
                              item="policy name")
        check_bool("IsolationSpec.scrape_any_port", self.scrape_any_port, "scrape_any_port",
                   "write True to let Prometheus scrape any port, or False for the metrics ports only")
        if self.scrape_any_port and ports:
            raise fail("IsolationSpec.scrape_any_port", "scrape_any_port and metrics_ports are both given", ports,
                       "leave metrics_ports out to allow any port, or scrape_any_port out to allow only them")
        object.__setattr__(self, "policy_names", FrozenDict(names))
        object.__setattr__(self, "opt_out", FrozenDict(opt_out))
        object.__setattr__(self, "lan_cidrs", lan)
        object.__setattr__(self, "metrics_ports", FrozenDict(ports))
        object.__setattr__(self, "egress", egress)


def _policy_name(scope: Scope, name: object) -> str:
    """A policy name in which ``{namespace}`` stands for the namespace: a DNS label once filled in."""
    check_text(scope, name, "policy name", "{namespace}-default-deny")
    if not DNS_LABEL.fullmatch(str(name).replace("{namespace}", "media")):
        raise fail(scope, "policy name is not a DNS label once {namespace} is filled in", name,
                   "write a name such as '{namespace}-default-deny': " + DNS_LABEL_FIX)
    return str(name)


def _text(example: str) -> Callable[[Scope, object, str], object]:
    """A key or item check: a string (its value is checked where it is used)."""
    return lambda scope, value, what: check_text(scope, value, what, example)


def isolate_namespaces(
    chart: Callable[[str], constructs.Construct],
    apps: Sequence[HomelabApp],
    spec: IsolationSpec,
    namespace_scopes: Mapping[str, constructs.Construct],
) -> dict[str, NamespaceIsolation]:
    """Isolate every namespace of ``apps`` (in chart ``chart("policies-<ns>")``) unless opted out.

    For each namespace left open that has routed apps, the ``isolation`` recommendation is
    waived with its reason (the opt-out's, or ``isolation is off for the whole homelab``), by a
    waiver in ``namespace_scopes[namespace]`` (the namespace's chart; default its first app).
    """
    where = "HomelabSpec.isolation"
    check_instance(where, spec, IsolationSpec, "isolation", "pass an IsolationSpec")
    apps = check_sequence("isolate_namespaces.apps", apps, "apps", lambda s, a, w: check_instance(
        s, a, HomelabApp, w, "pass the HomelabApp objects to isolate"), example=[Code("sonarr")], item="app")
    by_namespace: dict[str, list[HomelabApp]] = {}
    for app in apps:
        by_namespace.setdefault(app.namespace, []).append(app)
    for namespace, reason in spec.opt_out.items():
        if namespace not in by_namespace:
            raise fail(where, "opt_out names a namespace without apps", namespace,
                       f"use one of: {', '.join(sorted(by_namespace))}")
        if not isinstance(reason, str) or not reason.strip():
            raise fail(where, f"opt_out of {namespace} gives no reason", reason,
                       "say why the namespace stays open; the synth summary and waivers.txt list the reason")
    isolated = [ns for ns in sorted(by_namespace) if spec.enabled and ns not in spec.opt_out]
    for grant in spec.egress:
        if grant.namespace not in isolated:
            raise fail(where, "egress grant for a namespace that is not isolated", grant.namespace,
                       f"grants only apply to isolated namespaces: {', '.join(isolated) or 'none'}")
    for name in spec.metrics_ports:
        if name not in {a.name for a in apps}:
            raise fail(where, "metrics_ports names an unknown app", name, "use the name of an app of the spec")
    result: dict[str, NamespaceIsolation] = {}
    for namespace in sorted(by_namespace):
        if namespace in isolated:
            result[namespace] = NamespaceIsolation(
                chart(f"policies-{namespace}"), "Isolation", namespace=namespace, apps=by_namespace[namespace],
                lan_cidrs=spec.lan_cidrs, monitoring_namespace=spec.monitoring_namespace,
                app_metrics_ports={a.name: spec.metrics_ports[a.name] for a in by_namespace[namespace]
                                   if a.name in spec.metrics_ports},
                egress=[g for g in spec.egress if g.namespace == namespace],
                scrape_any_port=spec.scrape_any_port,
                names={k: v.replace("{namespace}", namespace) for k, v in spec.policy_names.items()} or None)
        elif any(getattr(a, "route", None) is not None for a in by_namespace[namespace]):
            reason = spec.opt_out.get(namespace, "isolation is off for the whole homelab (IsolationSpec(enabled=False))")
            waive(namespace_scopes.get(namespace, by_namespace[namespace][0]), "isolation", namespace=namespace,
                  reason=reason)
    return result


__all__ = ["IsolationSpec", "isolate_namespaces"]
