"""``Props``: a construct's keyword arguments, given now and built later.

A construct's props are defined once, by its constructor's keyword arguments (with their
defaults and ``:param:`` docs). ``HomelabApp.props(name="sonarr", port=8989, namespace="media")``
keeps those arguments for a construct that :class:`~homelab_constructs.Homelab` builds later, in
the chart it belongs to: :class:`~homelab_constructs.HomelabSpec` holds one such value per
construct, so every argument of the construct can be set from the spec, and nothing restates
its props. Type checkers check the arguments against the constructor's signature (``props`` is
typed with the constructor's own parameters); at run time a misspelt or unknown argument fails
at once, and the values are checked by the construct when it is built, with its construct path.
"""
from __future__ import annotations

import difflib
import functools
import inspect
from typing import Any, Generic, Mapping, Optional, TypeVar

import constructs

from ._deprecated import former_argument
from ._validation import FrozenDict, fail, frozen

#: the construct a Props builds (a :class:`~._base.HomelabConstruct` in the library)
C = TypeVar("C", bound=constructs.Construct)

#: the constructor's parameters that are not props
_NOT_PROPS = ("self", "scope", "id")


@functools.lru_cache(maxsize=None)
def parameters(construct: type) -> Mapping[str, inspect.Parameter]:
    """The keyword arguments of ``construct``'s constructor, by name (read once per class)."""
    return FrozenDict({name: p for name, p in inspect.signature(construct).parameters.items() if name not in _NOT_PROPS})


def keyword_problem(construct: type, kwargs: Mapping[str, Any]) -> Optional[tuple[str, object, str]]:
    """``(what, got, fix)`` for keyword arguments ``construct`` does not take (the first, with a
    "did you mean", or what replaces it when :mod:`._deprecated` names it a former argument) or
    that leave out one it needs; ``None`` when they fit."""
    params = parameters(construct)
    name = construct.__name__
    unknown = [k for k in kwargs if k not in params]
    if unknown:
        renamed = former_argument(name, unknown[0])
        if renamed:
            return f"{name} takes no argument {unknown[0]}", unknown[0], renamed
        close = difflib.get_close_matches(unknown[0], list(params), n=1)
        hint = f"did you mean {close[0]}=? " if close else ""
        return f"{name} takes no argument {unknown[0]}", unknown[0], f"{hint}see help({name}) for its keyword arguments"
    missing = [n for n, p in params.items() if p.default is p.empty and p.kind is p.KEYWORD_ONLY and n not in kwargs]
    if missing:
        return (f"{name} needs the keyword argument{'s' if len(missing) > 1 else ''} {', '.join(missing)}",
                sorted(kwargs), f"pass {', '.join(m + '=...' for m in missing)}; see help({name})")
    return None


class Props(Generic[C]):
    """The keyword arguments of one ``construct``, checked by name; see the module docstring.

    ``props.name`` reads an argument: the value given, else the constructor's default. The
    values are kept as given, but frozen (lists as tuples, dicts read-only): changing what was
    passed in changes nothing later.
    ``props.replace(port=8080)`` is a copy with some arguments changed (as
    ``dataclasses.replace``); ``props.given`` holds the arguments given, read-only.
    """

    __slots__ = ("construct", "given")

    def __init__(self, construct: type[C], given: Mapping[str, Any]) -> None:
        self.construct = construct
        self.given: Mapping[str, Any] = FrozenDict({k: frozen(v) for k, v in given.items()})

    @classmethod
    def of(cls, construct: type[C], args: tuple[Any, ...], kwargs: dict[str, Any]) -> "Props[C]":
        """``construct``'s props ``kwargs`` (``args`` must be empty: the props are keywords)."""
        at = f"{construct.__name__}.props"
        if args:
            raise fail(at, "props are keyword arguments", args,
                       f"name each one, such as {construct.__name__}.props(name=...)")
        problem = keyword_problem(construct, kwargs)
        if problem is not None:
            raise fail(at, *problem)
        return cls(construct, kwargs)

    def __getattr__(self, name: str) -> Any:
        given = object.__getattribute__(self, "given")
        if name in given:
            return given[name]
        param = parameters(object.__getattribute__(self, "construct")).get(name)
        if param is None or param.default is param.empty:
            raise AttributeError(f"{self!r} has no argument {name}")
        return param.default

    def replace(self, **changes: Any) -> "Props[C]":
        """A copy with ``changes`` (names are checked as by ``props``)."""
        return Props.of(self.construct, (), {**self.given, **changes})

    def build(self, scope: constructs.Construct, id: str, **context: Any) -> C:
        """The construct ``id`` in ``scope``: the given arguments over ``context`` (what the caller
        supplies where the props say nothing, such as a Homelab's gateway)."""
        return self.construct(scope, id, **{**context, **self.given})  # type: ignore[call-arg]

    def __setattr__(self, name: str, value: Any) -> None:
        if name in Props.__slots__ and not hasattr(self, name):  # set once, by __init__
            object.__setattr__(self, name, value)
            return
        raise AttributeError(f"props are read-only (got {name}={value!r}); write props.replace({name}=...) for a copy "
                             "with another value")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Props) and (self.construct, dict(self.given)) == (other.construct, dict(other.given))

    def __hash__(self) -> int:
        return hash((self.construct, self.given))

    def __reduce__(self) -> tuple[type, tuple[type, dict[str, Any]]]:
        return Props, (self.construct, dict(self.given))

    def __repr__(self) -> str:
        return f"{self.construct.__name__}.props({', '.join(f'{k}={v!r}' for k, v in self.given.items())})"
