"""What the whole-app rules report, and how they read an object.

Every rule (:mod:`.crossobject` and the modules it composes, :mod:`.objects`) reports an
:class:`ObjectProblem`: a :class:`~.schema.Problem` of one object, with the object's identity
(:data:`ObjectKey`), by which :func:`~homelab_constructs.synth` finds the construct that wrote
it; and reads objects' names, namespaces and annotations the same way, here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .schema import Problem, describe

#: an object's identity in the cluster: (API group, kind, namespace, name); ``""`` for none
ObjectKey = tuple[str, str, str, str]
#: ``(file, object)`` pairs, as the rules read them
Objects = Sequence[tuple[str, dict]]
#: the objects by kind, in order (:func:`group_by_kind`)
ByKind = dict[str, list[tuple[str, dict]]]


@dataclass(frozen=True)
class ObjectProblem(Problem):
    """A :class:`Problem` of one object, with the object's identity (``synth()`` finds the
    construct that wrote it by this key) and, for a finding of one of the library's
    recommendations (:mod:`.recommendations`) rather than an error, the recommendation's name."""

    key: ObjectKey = ("", "", "", "")
    recommendation: str = ""


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


def group_by_kind(objects: Objects) -> ByKind:
    """``objects`` by kind, each kind's in their order."""
    by_kind: ByKind = {}
    for file, obj in objects:
        by_kind.setdefault(obj.get("kind", ""), []).append((file, obj))
    return by_kind


def namespace_of(obj: dict) -> str:
    """``metadata.namespace`` (``default`` when unset, as the API server applies it)."""
    return (obj.get("metadata") or {}).get("namespace") or "default"


def name_of(obj: dict) -> str:
    """``metadata.name`` (``""`` when unset)."""
    return (obj.get("metadata") or {}).get("name", "")


def annotations_of(obj: dict) -> dict:
    """``metadata.annotations`` (``{}`` when unset)."""
    return (obj.get("metadata") or {}).get("annotations") or {}
