"""What every construct of the library shares: its public signature and its ownership label.

Subclass :class:`HomelabConstruct` instead of ``constructs.Construct``:

* ``help(HomelabGateway)`` and ``inspect.signature(HomelabGateway)`` show the constructor's
  real keyword arguments (jsii's metaclass would show ``(*args, **kwargs) -> ~M``);
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

#: the label on every object the library writes
MANAGED_BY = ("app.kubernetes.io/managed-by", "homelab-constructs")
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
