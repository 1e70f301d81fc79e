"""Waivers of the library's recommendations: a namespace or a construct opted out, with a reason.

The whole-app checks refuse what the cluster would refuse (errors: no opt-out) and, beside
that, the library's opinions, its *recommendations* (:data:`RECOMMENDATIONS`): every routed
namespace isolated by default-deny policies (``isolation``, per namespace), no private (LAN)
address in public DNS (``public-dns-private-address``, per construct). An app that does not
follow one says so, where it is built, with a reason::

    waive(chart, "isolation", namespace="goldilocks", reason="Goldilocks runs without policies for now")
    waive(chart, "public-dns-private-address", construct=endpoint, reason="the NAS is reached on the LAN by its public name")

``construct`` is the construct (or its path, as the recommendation's message writes it); its
waiver covers what is built under it too. A waiver writes nothing into any Kubernetes object:
it is kept in the app's state on the construct tree (a :class:`Waiver` construct, which writes
nothing either). :func:`~homelab_constructs.synth` honours the app's waivers, writes them
beside the manifests in :data:`~.validation.recommendations.WAIVERS_FILE` (only when there are
some), which ``python -m homelab_constructs validate`` reads back and honours, and
:func:`~homelab_constructs.run_app` and ``python -m homelab_constructs synth`` print one line
per waiver, so reviewers see each one. A waiver that waives nothing (a namespace without a
finding, a construct without one) is refused at synth: it would tell of an exception that does
not exist. ``IsolationSpec(opt_out={namespace: reason})`` of ``Homelab`` waives ``isolation``
the same way.

Constructs check their own recommendations with :func:`recommend` (a finding at the construct,
reported at synth unless a waiver covers it); the recommendations read from the manifests are
checked by :mod:`.validation.recommendations`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

import constructs

from ._base import HomelabConstruct
from ._tree import app_registry, find_state
from ._validation import add_check, check_choice, check_dns_label, check_text, fail, message, shown
from .validation.recommendations import RECOMMENDATIONS, Recommendation, WaiverEntry, write_waivers

__all__ = ["RECOMMENDATIONS", "Recommendation", "Waiver", "WaiverEntry", "recommend", "sync_waivers_file", "waive",
           "waivers"]


@dataclass
class _Finding:
    """A construct's finding of one recommendation (:func:`recommend`)."""

    scope: constructs.Construct
    recommendation: Recommendation
    what: str
    got: object
    fix: str


@dataclass
class _Registry:
    """The app's waivers and the constructs' findings; its check reports the findings no waiver
    covers and the construct waivers that cover no finding."""

    waivers: list["Waiver"] = field(default_factory=list)
    findings: list[_Finding] = field(default_factory=list)

    def problems(self) -> list[str]:
        out = []
        for finding in self.findings:
            path = finding.scope.node.path
            if not any(w.entry.covers(finding.recommendation.name, path) for w in self.waivers):
                out.append(message(finding.scope, finding.what, finding.got,
                                   f"{finding.fix}; or, to keep it, waive the recommendation with a reason: "
                                   f"{finding.recommendation.waive_code(path)}"))
        for waiver in self.waivers:
            entry = waiver.entry
            if entry.per != "construct" or any(entry.covers(f.recommendation.name, f.scope.node.path)
                                               for f in self.findings):
                continue
            out.append(message(waiver, f"waiver of {entry.recommendation} waives nothing: no construct at or under "
                                       f"{entry.target} breaks the recommendation", entry.target,
                               "drop the waiver, or name the construct the recommendation's message names"))
        return out


_KEY = "recommendations"


def _registry(scope: constructs.Construct) -> _Registry:
    def create(root: constructs.Construct) -> _Registry:
        registry = _Registry()
        add_check(root, registry.problems)
        return registry

    return app_registry(scope, _KEY, create)


_REASON_EXAMPLE = "<why the recommendation does not apply here>"


class Waiver(HomelabConstruct):
    """A waived recommendation: ``recommendation`` does not apply to ``namespace`` (a
    recommendation per namespace) or to ``construct`` and what is built under it (one per
    construct), for ``reason``. Writes nothing; :func:`waive` is the usual way in.

    :param recommendation: the name of one of :data:`RECOMMENDATIONS`, such as ``isolation``.
    :param reason: why, in one line: listed in the synth summary and in ``waivers.txt``.
    :param namespace: the namespace, for a recommendation per namespace (default ``None``).
    :param construct: the construct, or its path (``apps/Nas``), for a recommendation per
        construct (default ``None``).
    """

    def __init__(self, scope: constructs.Construct, id: str, *, recommendation: str, reason: str,
                 namespace: Optional[str] = None, construct: Union[constructs.Construct, str, None] = None) -> None:
        super().__init__(scope, id)
        name = check_choice(self, recommendation, RECOMMENDATIONS, "recommendation")
        self.recommendation = RECOMMENDATIONS[name]
        self.reason = _check_reason(self, reason)
        self.target = _target(self, self.recommendation, namespace, construct)
        #: the waiver as the checks and ``waivers.txt`` read it
        self.entry = WaiverEntry(name, self.target, self.reason, self.node.path)
        _registry(self).waivers.append(self)


def _check_reason(scope: constructs.Construct, reason: object) -> str:
    check_text(scope, reason, "reason", _REASON_EXAMPLE)
    text = str(reason).strip()
    if not text:
        raise fail(scope, "waiver gives no reason", reason, "say in one line why the recommendation does not apply "
                                                            "here: reviewers read it in the synth summary")
    if any(c in text for c in "\n\r"):
        raise fail(scope, "reason is not one line", reason, "write the reason on one line (waivers.txt lists one "
                                                            "waiver per line)")
    return text


def _target(scope: constructs.Construct, recommendation: Recommendation, namespace: object,
            construct: object) -> str:
    """The namespace or the construct path a waiver of ``recommendation`` names."""
    name = recommendation.name
    if recommendation.per == "namespace":
        if construct is not None:
            raise fail(scope, f"{name} is waived per namespace, not per construct", shown(construct),
                       "pass namespace='<namespace>' instead of construct=")
        if namespace is None:
            raise fail(scope, f"{name} is waived per namespace, and none is given", namespace,
                       "pass namespace='<namespace>', such as namespace='media'")
        check_text(scope, namespace, "namespace", "media")
        return check_dns_label(scope, namespace, "namespace")
    if namespace is not None:
        raise fail(scope, f"{name} is waived per construct, not per namespace", namespace,
                   "pass construct=<the construct> (or its path, as the recommendation's message names it)")
    if isinstance(construct, constructs.Construct):
        if construct.node.root is not scope.node.root:
            raise fail(scope, "construct is in another app", shown(construct), "waive a construct of this app")
        return construct.node.path
    if construct is None:
        raise fail(scope, f"{name} is waived per construct, and none is given", construct,
                   "pass construct=<the construct>, or its path such as construct='dns/Nas'")
    check_text(scope, construct, "construct path", "dns/Nas")
    path = str(construct).strip("/")
    if not path or ":" in path or any(c.isspace() for c in path):
        raise fail(scope, "construct path is not a construct's path", construct,
                   "write the path the recommendation's message names, such as 'dns/Nas'")
    return path


def waive(scope: constructs.Construct, recommendation: str, *, reason: str, namespace: Optional[str] = None,
          construct: Union[constructs.Construct, str, None] = None) -> Waiver:
    """Waive ``recommendation`` for ``namespace`` or ``construct`` with ``reason`` (see the module
    docstring); returns the :class:`Waiver`, built under ``scope`` with the id
    ``Waiver-<recommendation>-<namespace or construct path>``. One scope waives one target once."""
    target = namespace if namespace is not None else (construct.node.path if isinstance(construct, constructs.Construct)
                                                     else construct)
    id = "-".join(str(p) for p in ("Waiver", recommendation, target) if p).replace("/", "_")
    existing = scope.node.try_find_child(id)
    if isinstance(existing, Waiver):
        raise fail(existing, f"{existing.recommendation.name} is waived twice here", existing.target,
                   "waive it once per scope (one reason)")
    return Waiver(scope, id, recommendation=recommendation, reason=reason, namespace=namespace, construct=construct)


def recommend(scope: constructs.Construct, recommendation: str, what: str, got: object, fix: str) -> None:
    """Record that ``scope`` does not follow ``recommendation``: unless a waiver covers ``scope``,
    the app's checks report ``<path>: <what> (got <got>); <fix>; or, to keep it, waive the
    recommendation with a reason: waive(...)``, the call written out."""
    _registry(scope).findings.append(_Finding(scope, RECOMMENDATIONS[recommendation], what, got, fix))


def waivers(scope: constructs.Construct) -> tuple[WaiverEntry, ...]:
    """Every waiver of the app of ``scope``, in the order they were made."""
    state = find_state(scope)
    registry = state.registries.get(_KEY) if state is not None else None
    return tuple(w.entry for w in registry.waivers) if isinstance(registry, _Registry) else ()


def sync_waivers_file(scope: constructs.Construct, outdir: Path) -> None:
    """Write the app's waivers beside its manifests (remove a stale file when there are none)."""
    write_waivers(Path(outdir), waivers(scope))
