"""Namespace isolation for :class:`~homelab_constructs.Homelab`: every app namespace, unless opted out.

:class:`IsolationSpec` (with its :class:`EgressGrant` s) is the part of ``HomelabSpec`` that
says which namespaces are isolated and what they may reach; :func:`isolate_namespaces` turns
it into one :class:`~.policies.NamespaceIsolation` per isolated namespace and records each
namespace's state on its Namespace object. The construct and the egress intents it reads
(:class:`~.policies.ToWorld`, :class:`~.policies.ToService`, ...) live in :mod:`.policies`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Mapping, Optional, Sequence

import cdk8s
import constructs

from .._names import ISOLATION_ANNOTATION
from .._validation import fail
from .policies import Intent, NamespaceIsolation, Pods

if TYPE_CHECKING:  # apps.app imports network; import it lazily at run time
    from ..apps.app import HomelabApp


@dataclass(frozen=True)
class EgressGrant:
    """Intent-level egress for some pods of a namespace (used by ``HomelabSpec``).

    :param namespace: the namespace of the pods.
    :param pods: an app name in that namespace, or a label selector such as
        ``{"app.kubernetes.io/name": "qbit"}``.
    :param to: the intents.
    """

    namespace: str
    pods: Pods
    to: tuple[Intent, ...]


@dataclass(frozen=True)
class IsolationSpec:
    """Namespace isolation for :class:`Homelab`: every app namespace, unless opted out.

    :param enabled: isolate the app namespaces at all (default ``True``).
    :param opt_out: namespace → reason, for namespaces left without policies (default none);
        the reason is written on the Namespace (annotation :data:`ISOLATION_ANNOTATION`).
    :param lan_cidrs: networks that may reach LoadBalancer apps (default none).
    :param monitoring_namespace: where Prometheus runs (default ``monitoring``).
    :param metrics_ports: app name → the ports Prometheus scrapes (default: the app's target port).
    :param egress: intent-level egress grants (default none).
    """

    enabled: bool = True
    opt_out: Mapping[str, str] = field(default_factory=dict)
    lan_cidrs: tuple[str, ...] = ()
    monitoring_namespace: Optional[str] = "monitoring"
    metrics_ports: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    egress: tuple[EgressGrant, ...] = ()


def isolate_namespaces(
    chart: Callable[[str], constructs.Construct],
    apps: Sequence["HomelabApp"],
    spec: IsolationSpec,
    namespace_objects: Mapping[str, cdk8s.ApiObject],
) -> dict[str, NamespaceIsolation]:
    """Isolate every namespace of ``apps`` (in chart ``chart("policies-<ns>")``) unless opted out.

    Each Namespace object of ``namespace_objects`` gets :data:`ISOLATION_ANNOTATION`: the
    policies' chart, or ``disabled: <reason>``.
    """
    where = "HomelabSpec.isolation"
    by_namespace: dict[str, list["HomelabApp"]] = {}
    for app in apps:
        by_namespace.setdefault(app.namespace, []).append(app)
    for namespace, reason in spec.opt_out.items():
        if namespace not in by_namespace:
            raise fail(where, "opt_out names a namespace without apps", namespace,
                       f"use one of: {', '.join(sorted(by_namespace))}")
        if not isinstance(reason, str) or not reason.strip():
            raise fail(where, f"opt_out of {namespace} gives no reason", reason,
                       "say why the namespace stays open; the reason is written on the Namespace")
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
                egress=[(g.pods, g.to) for g in spec.egress if g.namespace == namespace])
            state = f"default-deny (policies-{namespace})"
        else:
            state = f"disabled: {spec.opt_out.get(namespace, 'isolation is off for the whole homelab').strip()}"
        if namespace in namespace_objects:
            namespace_objects[namespace].metadata.add_annotation(ISOLATION_ANNOTATION, state)
    return result


__all__ = ["EgressGrant", "IsolationSpec", "isolate_namespaces"]
