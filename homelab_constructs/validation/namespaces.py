"""Whole-app rule: every namespace the bundle uses exists.

An object in a namespace that does not exist is refused by the API server ("namespace not
found"), and so is the first apply of a bundle that uses one nothing creates. A namespace
exists when:

* the bundle writes its ``Namespace`` (the :class:`~homelab_constructs.namespace.Namespace`
  construct);
* it is declared installed elsewhere (``declare_external(scope, "Namespace", name)``);
* every cluster has it (:data:`BUILT_IN_NAMESPACES`);
* the GitOps controller that applies the bundle runs in it: ``flux-system`` when the bundle
  holds Flux objects (``*.toolkit.fluxcd.io``: Flux's bootstrap creates it), and the namespace
  of each Argo CD ``Application`` (Argo CD reconciles Applications only where it runs);
* a release of the bundle creates it: a Flux ``HelmRelease`` with ``spec.install.createNamespace:
  true`` (its ``spec.targetNamespace``, else its own namespace), an Argo CD ``Application`` with
  the sync option ``CreateNamespace=true`` (its ``spec.destination.namespace``).

The namespaces used are each object's ``metadata.namespace`` and the namespace each release
installs into (a ``HelmRelease``'s ``spec.targetNamespace``, an ``Application``'s
``spec.destination.namespace``).
"""
from __future__ import annotations

from typing import Iterator

from .problems import ObjectProblem, Objects, object_problem
from .references import Keys

#: namespaces every Kubernetes cluster has
BUILT_IN_NAMESPACES = frozenset({"default", "kube-system", "kube-public", "kube-node-lease"})
#: the namespace Flux's bootstrap creates and runs in, and the suffix of Flux's API groups
FLUX_NAMESPACE, FLUX_GROUP_SUFFIX = "flux-system", ".toolkit.fluxcd.io"


def _release_namespace(obj: dict) -> tuple[str, str, bool]:
    """``(field, namespace, created)`` of the namespace a release object installs into
    (``("", "", False)`` for any other object)."""
    spec = obj.get("spec") or {}
    kind = obj.get("kind")
    group = str(obj.get("apiVersion", "")).partition("/")[0]
    if kind == "HelmRelease" and group == "helm.toolkit.fluxcd.io":
        target = spec.get("targetNamespace")
        namespace = target or (obj.get("metadata") or {}).get("namespace") or ""
        created = bool((spec.get("install") or {}).get("createNamespace"))
        return ("spec.targetNamespace" if target else "metadata.namespace", namespace, created)
    if kind == "Application" and group == "argoproj.io":
        namespace = (spec.get("destination") or {}).get("namespace") or ""
        created = "CreateNamespace=true" in ((spec.get("syncPolicy") or {}).get("syncOptions") or ())
        return ("spec.destination.namespace", namespace, created)
    return ("", "", False)


def _used(obj: dict) -> Iterator[tuple[str, str]]:
    """``(field, namespace)`` of each namespace ``obj`` uses."""
    namespace = (obj.get("metadata") or {}).get("namespace")
    if namespace:
        yield "metadata.namespace", str(namespace)
    field, target, _created = _release_namespace(obj)
    if field and target and field != "metadata.namespace":
        yield field, target


def created_namespaces(objects: Objects, external: Keys = frozenset()) -> set[str]:
    """The namespaces that exist for ``objects``: written, declared external, built in, or
    created by a release (see the module docstring)."""
    names = set(BUILT_IN_NAMESPACES)
    names |= {str((o.get("metadata") or {}).get("name", "")) for _, o in objects
              if o.get("kind") == "Namespace" and o.get("apiVersion") == "v1"}
    names |= {n for g, k, _, n in external if (g, k) == ("", "Namespace")}
    for _, obj in objects:
        group = str(obj.get("apiVersion", "")).partition("/")[0]
        if group.endswith(FLUX_GROUP_SUFFIX):
            names.add(FLUX_NAMESPACE)
        elif group == "argoproj.io" and obj.get("kind") == "Application":
            names.add(str((obj.get("metadata") or {}).get("namespace") or "default"))
    for _, obj in objects:
        _field, namespace, created = _release_namespace(obj)
        if created and namespace:
            names.add(namespace)
    return names


def namespace_problems(objects: Objects, external: Keys = frozenset()) -> list[ObjectProblem]:
    """Objects in (or releases into) a namespace that nothing in the bundle creates: one problem
    per such namespace, on the first object that uses it (the count of the others said)."""
    created = created_namespaces(objects, external)
    first: dict[str, tuple[str, dict, str]] = {}
    count: dict[str, int] = {}
    for file, obj in objects:
        for field, namespace in _used(obj):
            if namespace not in created:
                first.setdefault(namespace, (file, obj, field))
                count[namespace] = count.get(namespace, 0) + 1
    problems = []
    for namespace, (file, obj, field) in first.items():
        more = count[namespace] - 1
        others = f" (as do {more} other objects)" if more > 1 else " (as does 1 other object)" if more else ""
        problems.append(object_problem(
            file, obj, field,
            f"namespace does not exist: nothing in the app creates it{others} (got {namespace!r}); write it with "
            f"the Namespace construct (Namespace(scope, id, name={namespace!r})), or declare it installed "
            f"elsewhere (declare_external(scope, 'Namespace', {namespace!r}))"))
    return problems
