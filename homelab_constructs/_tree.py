"""Per-app state, kept on the construct tree.

What constructs in different charts must agree on (the objects each one claims, the objects
declared external, the cluster's CIDRs, ...) and the app's whole-app checks belong to one app:
they live in its :class:`AppState`, a construct child of the app's root with the fixed id
:data:`STATE_ID`, made on first use. It writes nothing (cdk8s synthesizes charts, and the state
is none), it goes away with its app, and two apps in one process never share one.
"""
from __future__ import annotations

from typing import Any, Callable, Optional, TypeVar, cast

import constructs

T = TypeVar("T")

#: the id of the app's :class:`AppState`, a child of the root
STATE_ID = "homelab-constructs.state"


class AppState(constructs.Construct):
    """The state of one app (see the module docstring); :func:`app_state` finds it."""

    def __init__(self, root: constructs.Construct) -> None:
        super().__init__(root, STATE_ID)
        #: :func:`app_registry`'s registries, by key
        self.registries: dict[str, Any] = {}
        #: the whole-app checks (``_validation.add_check``), in the order they were added
        self.checks: list[Any] = []
        #: whether the checks have just passed, so they may answer from that pass
        #: (:func:`homelab_constructs.synthesis.checks_passed`)
        self.validated = False


def app_state(scope: constructs.IConstruct) -> AppState:
    """The :class:`AppState` of the app that owns ``scope``, made once."""
    state = find_state(scope)
    if state is None:
        state = AppState(scope.node.root)  # type: ignore[arg-type]  # the root of a tree is a Construct
        _remember(scope, state)
    return state


def find_state(scope: constructs.IConstruct) -> Optional[AppState]:
    """The :class:`AppState` of ``scope``'s app, ``None`` when the app has none yet.

    The answer is remembered on the Python object: asking the kernel takes a few round trips,
    and the library asks for every registry it touches (:func:`inherit_state` hands a construct
    its scope's answer before it is built). jsii keeps every construct made in Python, so the
    state found again under the root is the same Python object."""
    state = getattr(scope, _STATE_ATTRIBUTE, None)
    if state is None:
        root = scope.node.root
        state = getattr(root, _STATE_ATTRIBUTE, None)
        if state is None:
            found = root.node.try_find_child(STATE_ID)
            if not isinstance(found, AppState):
                return None
            state = found
            _remember(root, state)
        _remember(scope, state)
    return cast(AppState, state)


def inherit_state(construct: object, scope: constructs.IConstruct) -> None:
    """Give ``construct``, about to be built in ``scope``, the state of ``scope``'s app."""
    _remember(construct, app_state(scope))


def app_registry(scope: constructs.IConstruct, key: str, factory: Callable[[constructs.Construct], T]) -> T:
    """Return the registry ``key`` of the app that owns ``scope``, creating it once.

    ``factory`` gets the root construct, so it can register an app-wide check there.
    """
    registries = app_state(scope).registries
    if key not in registries:
        registries[key] = factory(scope.node.root)  # type: ignore[arg-type]  # the root of a tree is a Construct
    return cast(T, registries[key])


def _remember(obj: object, state: AppState) -> None:
    try:
        setattr(obj, _STATE_ATTRIBUTE, state)
    except AttributeError:  # an object that takes no attributes: ask again next time
        pass


#: where :func:`find_state` keeps its answer on a construct
_STATE_ATTRIBUTE = "_homelab_state"
