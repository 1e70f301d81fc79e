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
from typing import Any, Callable, ClassVar, Concatenate, Mapping, ParamSpec, TypeVar

import cdk8s
import constructs

from ._names import MANAGED_BY_LABEL
from ._props import Props, keyword_problem
from ._tree import inherit_state
from ._validation import FrozenDict, fail

#: the label on every object the library writes
MANAGED_BY = (MANAGED_BY_LABEL, "homelab-constructs")
#: on objects that hold data (PersistentVolumeClaims): Flux and Argo CD never prune or delete them
KEEP_ON_PRUNE = {"kustomize.toolkit.fluxcd.io/prune": "disabled", "argocd.argoproj.io/sync-options": "Delete=false"}

P = ParamSpec("P")
C = TypeVar("C", bound="HomelabConstruct")

_depth = 0  # how many library constructors are running (nested constructs)


def warnings_of(scope: constructs.IConstruct) -> list[str]:
    """``<construct path>: <sentence>`` for every warning of the constructs in ``scope``'s subtree."""
    return [f"{node.node.path}: {text}" for node in scope.node.find_all() if isinstance(node, HomelabConstruct)
            for text in node.warnings]


def own(scope: constructs.IConstruct) -> None:
    """Label every API object in ``scope``'s subtree (``scope`` included) with :data:`MANAGED_BY`."""
    key, value = MANAGED_BY
    for node in scope.node.find_all():
        if isinstance(node, cdk8s.ApiObject):
            node.metadata.add_label(key, value)


class HomelabConstruct(constructs.Construct):
    """Base of the library's constructs (see the module docstring)."""

    #: The construct's recommended preset: the props the library's opinions set (hardening,
    #: remediation, probes, monitoring objects), each documented where the construct documents
    #: it. A prop left unset writes nothing (the upstream default applies); the preset is applied
    #: by name, with :meth:`recommended`, and :class:`~homelab_constructs.Homelab` applies it to
    #: every construct it builds. Empty for a construct without opinions.
    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict()

    @classmethod
    def recommended(cls: Callable[Concatenate[constructs.Construct, str, P], C], *args: P.args,
                    **kwargs: P.kwargs) -> Props[C]:
        """This construct's props with its :attr:`RECOMMENDED` preset under the ones given (what
        is given wins): ``SelfSignedCa.recommended(common_name="Lab CA").build(chart, "Ca")``."""
        return Props.of(cls, args, {**cls.RECOMMENDED, **kwargs})  # type: ignore[arg-type, attr-defined]

    @classmethod
    def props(cls: Callable[Concatenate[constructs.Construct, str, P], C], *args: P.args,
              **kwargs: P.kwargs) -> Props[C]:
        """This construct's keyword arguments, to build it later (:class:`~homelab_constructs.Props`):
        what :class:`~homelab_constructs.HomelabSpec` takes for each construct a ``Homelab`` builds,
        such as ``HomelabApp.props(name="sonarr", port=8989, namespace="media")``. The names are
        checked now, the values when the construct is built."""
        return Props.of(cls, args, kwargs)  # type: ignore[arg-type]

    @property
    def warnings(self) -> tuple[str, ...]:
        """What this construct's props give up of a safe default, one sentence each (default none);
        :func:`~homelab_constructs.tools.cli.run_app` prints them as ``warning: <path>: <sentence>``
        lines once the manifests are written. Constructs with something to say override it."""
        return ()

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
            scope = args[0] if args else kw.get("scope")
            if isinstance(scope, constructs.Construct):  # a bad scope is the constructor's to refuse
                _check_free_id(scope, args[1] if len(args) > 1 else kw.get("id"))
                inherit_state(self, scope)  # its app's, known before jsii builds it
            try:
                signature.bind(self, *args, **kw)
            except TypeError as e:  # a missing or misspelt prop: one clear line, not Python's stack
                raise _call_error(cls, args, kw, e) from None
            _depth += 1
            try:
                init(self, *args, **kw)
            finally:
                _depth -= 1
            if _depth == 0:
                own(self)

        cls.__init__ = __init__  # type: ignore[method-assign]


def _check_free_id(scope: constructs.Construct, id: object) -> None:
    """Refuse a second child ``id`` under ``scope`` in the library's words, before jsii's
    ``There is already a Construct with name ...`` (tools/cli.py words that one the same way for
    constructs outside the library)."""
    if isinstance(id, str) and scope.node.try_find_child(id) is not None:
        parent = scope.node.path
        raise fail(f"{parent}/{id}".lstrip("/"), f"construct id is already used under {parent or 'the app'}", id,
                   "give each construct its own id (ids feed generated names)")


def _call_error(cls: type, args: tuple[Any, ...], kw: dict[str, Any], error: TypeError) -> ValueError:
    """The ``fail()`` line for a constructor call whose arguments do not fit its signature."""
    scope = args[0] if args else kw.get("scope")
    id = args[1] if len(args) > 1 else kw.get("id")
    at = (f"{scope.node.path}/{id}".lstrip("/") if isinstance(scope, constructs.Construct) and isinstance(id, str)
          else cls.__name__)
    problem = keyword_problem(cls, {k: v for k, v in kw.items() if k not in ("scope", "id")})
    if problem is not None:
        return fail(at, *problem)
    return fail(at, f"{cls.__name__} is called with arguments it does not take ({error})", args[2:],
                f"call it as {cls.__name__}{_call_shape(cls)}")


def _call_shape(cls: type) -> str:
    """``(scope, 'id', *, name=..., ...)``: how ``cls`` is called, its required arguments named."""
    params = inspect.signature(cls).parameters.values()
    parts: list[str] = []
    for p in params:
        if p.kind is p.KEYWORD_ONLY and "*" not in parts:
            parts.append("*")
        if p.default is p.empty:
            parts.append("'id'" if p.name == "id" else f"{p.name}=..." if p.kind is p.KEYWORD_ONLY else p.name)
    if any(p.default is not p.empty for p in params):
        parts.append("...")
    return f"({', '.join(parts)})"
