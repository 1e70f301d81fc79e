"""What every construct of the library shares: its public signature and its ownership label.

Subclass :class:`HomelabConstruct` instead of ``constructs.Construct``:

* ``help(HomelabGateway)`` and ``inspect.signature(HomelabGateway)`` show the constructor's
  real keyword arguments (jsii's metaclass would show ``(*args, **kwargs) -> ~M``);
* every construct exposes the API objects it writes (:attr:`HomelabConstruct.api_objects`,
  :meth:`HomelabConstruct.api_object`, besides the typed attributes each construct documents),
  so a field the props do not cover can still be set with ``add_json_patch``: the escape hatch;
* every API object a construct writes carries :data:`MANAGED_BY` (``app.kubernetes.io/managed-by:
  homelab-constructs``), so users can select and prune what the library owns. The label is added
  once, when the outermost library construct being built returns (one walk of its subtree,
  whatever is nested inside); objects a construct adds later (``allow_ingress``, ...) are
  labelled by :func:`own`.
"""
from __future__ import annotations

import functools
import inspect
from typing import Any

import cdk8s
import constructs

from ._names import MANAGED_BY_LABEL

#: the label on every object the library writes
MANAGED_BY = (MANAGED_BY_LABEL, "homelab-constructs")
#: on objects that hold data (PersistentVolumeClaims): Flux and Argo CD never prune or delete them
KEEP_ON_PRUNE = {"kustomize.toolkit.fluxcd.io/prune": "disabled", "argocd.argoproj.io/sync-options": "Delete=false"}

_depth = 0  # how many library constructors are running (nested constructs)


def own(scope: constructs.IConstruct) -> None:
    """Label every API object in ``scope``'s subtree (``scope`` included) with :data:`MANAGED_BY`."""
    key, value = MANAGED_BY
    for node in scope.node.find_all():
        if isinstance(node, cdk8s.ApiObject):
            node.metadata.add_label(key, value)


class HomelabConstruct(constructs.Construct):
    """Base of the library's constructs (see the module docstring)."""

    @property
    def api_objects(self) -> list[cdk8s.ApiObject]:
        """Every API object this construct wrote (its subtree), in creation order."""
        return [node for node in self.node.find_all() if isinstance(node, cdk8s.ApiObject)]

    def api_object(self, kind: str, name: str | None = None) -> cdk8s.ApiObject:
        """The one API object of ``kind`` (and ``metadata.name`` ``name``) this construct wrote:
        the escape hatch for a field its props do not cover::

            gateway.api_object("Gateway").add_json_patch(
                cdk8s.JsonPatch.add("/spec/infrastructure", {"labels": {"team": "lab"}}))
        """
        found = [o for o in self.api_objects if o.kind == kind and (name is None or o.name == name)]
        if len(found) != 1:
            have = ", ".join(f"{o.kind} {o.name}" for o in self.api_objects) or "none"
            what = f"{kind} {name}" if name else kind
            raise ValueError(f"{self.node.path}: {'no' if not found else len(found)} API object(s) {what} in this "
                             f"construct (got {what!r}); use one of: {have}" + (", with a name" if found else ""))
        return found[0]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        init = cls.__dict__.get("__init__")
        if init is None:
            return
        signature = inspect.signature(init)
        cls.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=list(signature.parameters.values())[1:], return_annotation=inspect.Signature.empty)

        @functools.wraps(init)
        def __init__(self: constructs.Construct, *args: Any, **kw: Any) -> None:
            global _depth
            _depth += 1
            try:
                init(self, *args, **kw)
            finally:
                _depth -= 1
            if _depth == 0:
                own(self)

        cls.__init__ = __init__  # type: ignore[method-assign]
