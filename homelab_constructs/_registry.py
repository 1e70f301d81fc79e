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
    root = scope.node.root
    per_app = _REGISTRIES.setdefault(jsii_ref(root), {})
    if key not in per_app:
        per_app[key] = factory(root)  # type: ignore[arg-type]  # the root of a tree is a Construct
    return per_app[key]
