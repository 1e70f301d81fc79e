"""Per-app registries for facts that constructs in different charts must agree on."""
from __future__ import annotations

from typing import Any, Callable, TypeVar

import constructs

T = TypeVar("T")
# Keyed by the root's jsii object reference: jsii may hand out a new Python proxy for the
# same App each time (for example one made by cdk8s.Testing.app()), so identity won't do.
_REGISTRIES: dict[str, dict[str, Any]] = {}


def jsii_ref(obj: object) -> str:
    """The jsii object reference of a construct: stable per object, whatever proxy holds it."""
    return str(obj.__jsii_ref__.ref)  # type: ignore[attr-defined]


def app_registry(scope: constructs.Construct, key: str, factory: Callable[[constructs.Construct], T]) -> T:
    """Return the registry ``key`` of the app that owns ``scope``, creating it once.

    ``factory`` gets the root construct, so it can register an app-wide check there.
    """
    ref = root_ref(scope)
    per_app = _REGISTRIES.setdefault(ref, {})
    if key not in per_app:
        per_app[key] = factory(scope.node.root)  # type: ignore[arg-type]  # the root of a tree is a Construct
    return per_app[key]


def root_ref(scope: object) -> str:
    """The jsii reference of ``scope``'s root (its app), remembered on the Python object: asking
    the kernel takes two round trips, and the library asks for every registry it touches.
    :class:`~._base.HomelabConstruct` hands its scope's answer to itself before it is built."""
    ref = getattr(scope, _ROOT_ATTRIBUTE, None)
    if ref is None:
        ref = jsii_ref(scope.node.root)  # type: ignore[attr-defined]
        try:
            setattr(scope, _ROOT_ATTRIBUTE, ref)
        except AttributeError:  # an object that takes no attributes: ask again next time
            pass
    return ref


#: where :func:`root_ref` keeps its answer on a construct
_ROOT_ATTRIBUTE = "_homelab_root_ref"
