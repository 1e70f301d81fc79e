"""Whole-app checks over the synthesized objects (what the cluster will see).

The constructs check what they can while the app is built (``add_check``); these checks
run on the written manifests, so they also cover objects that other code added, and they
see every chart at once. They are the one owner of these rules: ``synth()`` runs them on
what the app wrote (reporting construct paths), ``python -m homelab_constructs validate``
on a directory (reporting files). They are of two kinds, composed by
:func:`cross_object_problems`: the errors (:func:`error_problems`: what the API server, a
controller or the data plane would refuse or break; no opt-out) and the library's
recommendations (:func:`.recommendations.recommendation_problems`: opinions, each waived per
namespace or per construct with a reason). One function per rule, each in the module of its
concept. The errors:

* :mod:`.routes`: parentRefs, listeners and hostnames (:func:`~.routes.route_problems`);
* :mod:`.pools`: LoadBalancer pools that overlap (:func:`~.pools.pool_problems`) and the
  addresses pinned in them (:func:`~.pools.pinned_ip_problems`);
* :mod:`.references`: issuers, secret stores and Secrets that exist in the app or are declared
  external, and objects declared external that the app writes after all;
* :mod:`.namespaces`: every namespace the objects use exists (written, declared external,
  built in, or created by a release) (:func:`~.namespaces.namespace_problems`);
* :func:`duplicate_object_problems`, here: no two objects share API group, kind, namespace and name;
* and :func:`.objects.object_problems`: names, labels, annotations, data keys and sizes as the
  API server checks them for every object.

The recommendations (:mod:`.recommendations`): every routed namespace isolated by default-deny
policies (``isolation``, per namespace).
"""
from __future__ import annotations

from typing import Iterable, Sequence

from ..cluster import NO_CIDRS, ClusterCidrs
from .namespaces import namespace_problems
from .objects import object_problems
from .pools import pinned_ip_problems, pool_problems
from .problems import ObjectKey, ObjectProblem, Objects, group_by_kind, object_key, object_problem
from .recommendations import WaiverEntry, recommendation_problems
from .references import certificate_secret_problems, external_problems, issuer_problems, secret_store_problems
from .routes import route_problems
from .schema import describe

# ---- the same object twice

def duplicate_object_problems(objects: Objects) -> list[ObjectProblem]:
    """Objects with the API group, kind, namespace and name of an earlier one (say, from two
    charts): applied together, one would silently overwrite the other."""
    seen: dict[ObjectKey, str] = {}
    problems = []
    for file, obj in objects:
        key = object_key(obj)
        if not key[1] or not key[3]:
            continue  # no kind or no name: the schema check says so
        if key in seen:
            where = f"twice in {file}" if seen[key] == file else f"twice, in {seen[key]} and {file}"
            problems.append(object_problem(file, obj, "metadata.name",
                                           f"the same object is written {where} (got {describe(obj)!r}); give one of them "
                                           "another name, or write it once"))
        else:
            seen[key] = file
    return problems


def error_problems(objects: Objects, cidrs: ClusterCidrs = NO_CIDRS,
                   external: Iterable[ObjectKey] = ()) -> list[ObjectProblem]:
    """Every whole-app error of ``objects`` (``(file, object)`` pairs), rule by rule: what the
    API server, a controller or the data plane would refuse or break; ``external``: the keys of
    the objects declared external (default none)."""
    objects = list(objects)
    by_kind = group_by_kind(objects)
    outside = frozenset(external)
    return (object_problems(objects) + route_problems(by_kind) + pool_problems(by_kind, cidrs)
            + pinned_ip_problems(objects, by_kind) + issuer_problems(by_kind, outside)
            + secret_store_problems(by_kind, outside) + certificate_secret_problems(by_kind, outside)
            + external_problems(objects, outside) + namespace_problems(objects, outside)
            + duplicate_object_problems(objects))


def cross_object_problems(objects: Objects, cidrs: ClusterCidrs = NO_CIDRS, external: Iterable[ObjectKey] = (),
                          waivers: Sequence[WaiverEntry] = ()) -> list[ObjectProblem]:
    """Every whole-app problem of ``objects`` (``(file, object)`` pairs): the errors
    (:func:`error_problems`), then the findings of the recommendations that ``waivers`` do not
    waive (default none; each such problem names its recommendation)."""
    objects = list(objects)
    return error_problems(objects, cidrs, external) + recommendation_problems(group_by_kind(objects), waivers)
