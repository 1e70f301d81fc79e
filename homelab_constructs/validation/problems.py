"""What the whole-app rules report, and how they name an object.

:mod:`.crossobject` and :mod:`.objects` both report an :class:`ObjectProblem`: a
:class:`~.schema.Problem` of one object, with the object's identity (:data:`ObjectKey`), by which
:func:`~homelab_constructs.synth` finds the construct that wrote it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .schema import Problem, describe

#: an object's identity in the cluster: (API group, kind, namespace, name); ``""`` for none
ObjectKey = tuple[str, str, str, str]
#: ``(file, object)`` pairs, as the rules read them
Objects = Sequence[tuple[str, dict]]


@dataclass(frozen=True)
class ObjectProblem(Problem):
    """A :class:`Problem` of one object, with the object's identity (``synth()`` finds the
    construct that wrote it by this key)."""

    key: ObjectKey = ("", "", "", "")


def api_group(api_version: str) -> str:
    """``cilium.io`` of ``cilium.io/v2``; ``""`` for the core group (``v1``)."""
    group, _, _version = api_version.rpartition("/")
    return group


def object_key(obj: dict) -> ObjectKey:
    """``obj``'s :data:`ObjectKey`."""
    meta = obj.get("metadata") or {}
    return (api_group(str(obj.get("apiVersion", ""))), str(obj.get("kind", "")), str(meta.get("namespace") or ""),
            str(meta.get("name") or ""))


def object_problem(file: str, obj: dict, path: str, message: str) -> ObjectProblem:
    """The problem ``message`` at field ``path`` of ``obj`` (read from ``file``)."""
    return ObjectProblem(file, describe(obj), path, message, object_key(obj))
