"""The library's recommendations over the whole app, and the waivers that opt out of them.

The whole-app rules are of two kinds. *Errors* (:mod:`.routes`, :mod:`.pools`,
:mod:`.references`, :mod:`.objects`, the same object twice) are what the API server, a
controller or the data plane would refuse or break: they have no opt-out. *Recommendations*
(:data:`RECOMMENDATIONS`, here) are the library's opinions: a cluster runs the app without
them, and the library refuses the app until each finding is either followed or waived, per
namespace or per construct, with a reason. A waiver writes nothing into any Kubernetes object:
the app keeps it (``waive(...)``, :mod:`homelab_constructs.recommendations`), ``synth()``
writes the app's waivers beside the manifests in :data:`WAIVERS_FILE` and lists them in its
summary, and ``python -m homelab_constructs validate`` reads that file back
(:func:`read_waivers`) and honours it.

* ``isolation`` (per namespace): every namespace a route sends traffic to is isolated by
  default-deny policies in both directions; checked here over the manifests
  (:func:`isolation_findings`, :func:`recommendation_problems`);
* ``public-dns-private-address`` (per construct): no public DNS record points at a private
  (LAN) address; checked by the DNS constructs while the app is built (they know which records
  are public), so ``validate`` lists these waivers without checking them.

A waiver that waives nothing (a namespace without a finding, a construct without one) is an
error (:func:`unused_waivers`): it would tell reviewers of an exception that does not exist.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Literal, Sequence

from .._manifests import ManifestError
from .problems import ByKind, ObjectProblem, namespace_of, object_problem
from .routes import ROUTE_KINDS

Per = Literal["namespace", "construct"]


@dataclass(frozen=True)
class Recommendation:
    """One of the library's opinions: ``name`` (what a waiver names), what it recommends
    (``summary``), and whether it is waived per namespace or per construct (``per``)."""

    name: str
    summary: str
    per: Per

    def waive_code(self, target: str) -> str:
        """The ``waive(...)`` call that opts ``target`` (a namespace, or a construct path) out."""
        return f"waive(scope, {self.name!r}, {self.per}={target!r}, reason='<why>')"


ISOLATION = Recommendation("isolation", "every namespace a route sends traffic to is isolated by default-deny "
                                        "policies (ingress and egress)", "namespace")
PUBLIC_DNS_PRIVATE_ADDRESS = Recommendation("public-dns-private-address", "no public DNS record points at a private "
                                                                          "(LAN) address", "construct")
#: the library's recommendations, by name
RECOMMENDATIONS: dict[str, Recommendation] = {r.name: r for r in (ISOLATION, PUBLIC_DNS_PRIVATE_ADDRESS)}


@dataclass(frozen=True)
class WaiverEntry:
    """One waived recommendation: for the namespace or the construct path ``target`` (a
    construct's waiver covers what is built under it too), with its ``reason``; ``source`` is
    where it was declared (the waiver's construct path, or ``waivers.txt:<line>``)."""

    recommendation: str
    target: str
    reason: str
    source: str = ""

    @property
    def per(self) -> Per:
        return RECOMMENDATIONS[self.recommendation].per

    def covers(self, recommendation: str, target: str) -> bool:
        """Whether this waiver waives ``recommendation`` for the namespace or construct path ``target``."""
        if recommendation != self.recommendation:
            return False
        return target == self.target or (self.per == "construct" and target.startswith(self.target + "/"))

    def line(self) -> str:
        """The entry as :data:`WAIVERS_FILE` lists it: ``<recommendation> <per>=<target>: <reason>``."""
        return f"{self.recommendation} {self.per}={self.target}: {self.reason}"

    def summary(self) -> str:
        """The entry as the synth summary says it."""
        return f"waived {self.recommendation} for {self.per} {self.target}: {self.reason}"


# ---- the file beside the manifests

#: the file beside the manifests that lists the app's waivers (written only when there are
#: some): plain text, so that neither Flux nor Argo CD takes it for a manifest
WAIVERS_FILE = "waivers.txt"
_WAIVERS_HEADER = ("# Recommendations this app waives (waive), each with its reason; nothing of them is written into\n"
                   "# the manifests. `python -m homelab_constructs validate` honours them. One per line:\n"
                   "# <recommendation> namespace=<namespace>: <reason>, or <recommendation> construct=<path>: <reason>\n")
_LINE = re.compile(r"^(?P<name>[a-z0-9-]+) (?P<per>namespace|construct)=(?P<target>[^:\s][^:]*?): (?P<reason>\S.*)$")


def read_waivers(directory: Path) -> tuple[WaiverEntry, ...]:
    """The waivers listed in ``directory``'s :data:`WAIVERS_FILE` (none without one); a line that
    is not a waiver of a known recommendation raises :class:`~.._manifests.ManifestError`."""
    path = Path(directory) / WAIVERS_FILE
    if not path.is_file():
        return ()
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        found = _LINE.match(line.strip())
        recommendation = RECOMMENDATIONS.get(found["name"]) if found else None
        if found is None or recommendation is None or found["per"] != recommendation.per:
            raise ManifestError(
                f"{path}:{number}: not '<recommendation> namespace=<namespace>: <reason>' or '<recommendation> "
                f"construct=<path>: <reason>' with a recommendation of {', '.join(sorted(RECOMMENDATIONS))} "
                f"({', '.join(f'{r.name} per {r.per}' for r in RECOMMENDATIONS.values())}) (got {line!r})")
        entries.append(WaiverEntry(found["name"], found["target"], found["reason"], f"{WAIVERS_FILE}:{number}"))
    return tuple(entries)


def write_waivers(directory: Path, entries: Iterable[WaiverEntry]) -> None:
    """Write :data:`WAIVERS_FILE` in ``directory`` (sorted, so two synths write the same bytes);
    remove it when there are none."""
    path = Path(directory) / WAIVERS_FILE
    lines = sorted(dict.fromkeys(e.line() for e in entries))
    if lines:
        path.write_text(_WAIVERS_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    elif path.exists():
        path.unlink()


# ---- isolation: every routed namespace isolated

def _default_deny(obj: dict) -> set[str]:
    """The directions (``ingress``, ``egress``) in which a policy that selects every pod of its
    namespace puts those pods into default deny. Cilium denies by default in a direction as soon
    as any policy selecting the pod has rules for it (unless ``enableDefaultDeny`` says no), so
    the directions of several policies add up: an ``-allow-internal`` policy (ingress rules) and
    an ``-egress`` one (egress rules) together isolate a namespace."""
    kind = obj.get("kind")
    if kind == "NetworkPolicy":
        spec = obj.get("spec") or {}
        if spec.get("podSelector") not in ({}, None):
            return set()
        return {t.lower() for t in spec.get("policyTypes") or []} & {"ingress", "egress"}
    directions: set[str] = set()
    if kind == "CiliumNetworkPolicy":
        for spec in [obj.get("spec")] + list(obj.get("specs") or []):
            if not spec or (spec.get("endpointSelector") or {}) != {}:
                continue
            deny = spec.get("enableDefaultDeny") or {}
            for direction in ("ingress", "egress"):
                if deny.get(direction, direction in spec or f"{direction}Deny" in spec):
                    directions.add(direction)
    return directions


def routed_namespaces(by_kind: ByKind) -> dict[str, tuple[str, dict]]:
    """Each namespace a route sends traffic to (a rule with ``backendRefs``), with its first such route."""
    routed: dict[str, tuple[str, dict]] = {}
    for kind in sorted(ROUTE_KINDS):
        for file, route in by_kind.get(kind, []):
            rules = (route.get("spec") or {}).get("rules") or []
            if any(isinstance(rule, dict) and rule.get("backendRefs") for rule in rules):
                routed.setdefault(namespace_of(route), (file, route))
    return routed


def isolated_namespaces(by_kind: ByKind) -> set[str]:
    """The namespaces whose every pod is in default deny for ingress and egress."""
    directions: dict[str, set[str]] = {}
    for kind in ("CiliumNetworkPolicy", "NetworkPolicy"):
        for _, policy in by_kind.get(kind, []):
            directions.setdefault(namespace_of(policy), set()).update(_default_deny(policy))
    return {ns for ns, both in directions.items() if both == {"ingress", "egress"}}


def isolation_findings(by_kind: ByKind) -> dict[str, tuple[str, dict]]:
    """The routed namespaces that no default-deny policy isolates, each with its first route."""
    isolated = isolated_namespaces(by_kind)
    return {ns: found for ns, found in sorted(routed_namespaces(by_kind).items()) if ns not in isolated}


def _isolation_problem(namespace: str, file: str, route: dict) -> ObjectProblem:
    problem = object_problem(
        file, route, "metadata.namespace",
        f"routed namespace is not isolated, as the library recommends (got {namespace!r}: no default-deny policy "
        f"selects all its pods); isolate it (NamespaceIsolation(scope, id, namespace={namespace!r}, apps=[...]); with "
        f"Homelab this is the default), or waive the recommendation with a reason: "
        f"{ISOLATION.waive_code(namespace)} (with Homelab: IsolationSpec(opt_out={{{namespace!r}: '<why>'}}))")
    return ObjectProblem(problem.file, problem.obj, problem.path, problem.message, problem.key, ISOLATION.name)


# ---- composed

def recommendation_problems(by_kind: ByKind, waivers: Sequence[WaiverEntry] = ()) -> list[ObjectProblem]:
    """Every finding of the manifest-level recommendations that no waiver covers (each problem
    names its recommendation in ``recommendation``)."""
    return [_isolation_problem(ns, file, route) for ns, (file, route) in isolation_findings(by_kind).items()
            if not any(w.covers(ISOLATION.name, ns) for w in waivers)]


def unused_waivers(by_kind: ByKind, waivers: Sequence[WaiverEntry]) -> list[tuple[WaiverEntry, str, str, str]]:
    """``(waiver, what is wrong, got, fix)`` for each namespace waiver that covers no finding of
    the manifests (construct waivers are checked where their recommendations are: in the app)."""
    findings = isolation_findings(by_kind)
    routed = routed_namespaces(by_kind)
    out = []
    for waiver in waivers:
        if waiver.recommendation != ISOLATION.name or waiver.target in findings:
            continue
        if waiver.target in routed:
            why = "namespace is isolated by default-deny policies already"
        else:
            why = "no route sends traffic into the namespace"
        others = ", ".join(sorted(ns for ns in findings if not any(w.covers(ISOLATION.name, ns) for w in waivers)))
        out.append((waiver, f"waiver of isolation waives nothing: {why}", waiver.target,
                    "drop the waiver" + (f", or waive a routed namespace that is not isolated: {others}" if others else "")))
    return out
