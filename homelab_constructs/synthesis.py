"""Writing an app: every check of the app, then its manifests (:func:`synth`).

Two kinds of whole-app checks run here. The constructs' own (duplicate hostnames across charts,
a Cilium release without the controller a gateway needs, ...) are registered with
:func:`~._validation.add_check` while the app is built; :func:`validate_app` runs them (and every
``app.synth()`` and ``Testing.synth()`` does too). The rules that read the manifests (pinned IPs
and pools, parentRefs, issuers, secret stores, the same object twice, and the library's
recommendations such as isolated routed namespaces) have one owner,
:mod:`.validation.crossobject`, which :func:`synth` runs on what the app wrote and reports as
``<construct path>: <field>: <message>``. Either way one :class:`HomelabValidationError` lists
every problem. The recommendations the app waived (:func:`~.recommendations.waive`) are
honoured, and written beside the manifests for ``validate`` and reviewers.
"""
from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence

import cdk8s
import constructs
import yaml

from ._tree import find_state
from .cluster import NO_CIDRS, ClusterCidrs, cluster_cidrs
from .declared import external_objects, sync_external_file
from .delivery.prerequisites import prerequisites_of, write_prerequisites
from .recommendations import sync_waivers_file, waivers
from .validation.crossobject import cross_object_problems
from .validation.problems import ObjectProblem, api_group, group_by_kind, object_key
from .validation.recommendations import unused_waivers


class HomelabValidationError(ValueError):
    """Raised by :func:`synth` (and :func:`validate_app`) when whole-app checks fail; one line per problem."""


def validate_app(app: constructs.Construct) -> None:
    """Run every registered check in the tree; raise one error that lists all problems.

    For the app itself these are the checks added with :func:`~._validation.add_check`
    (validations added to nodes by other means run in ``app.synth()``); for a subtree, every
    validation of its nodes.
    """
    errors: list[str] = []
    if app.node.scope is None:
        state = find_state(app)
        for check in state.checks if state is not None else ():
            errors.extend(check.validate())
    else:
        for node in app.node.find_all():
            errors.extend(node.node.validate())
    if errors:
        raise HomelabValidationError("\n".join(dict.fromkeys(errors)))


@contextlib.contextmanager
def checks_passed(app: constructs.Construct) -> Iterator[None]:
    """Within, the whole-app checks of ``app`` (which :func:`validate_app` has just passed)
    answer from that pass: cdk8s' ``App.synth()`` validates the whole app again once per chart
    (``App._synthChart``), so every check would run (charts + 1) times: checks x charts x objects."""
    state = find_state(app)
    if state is None:  # no state, no checks
        yield
        return
    state.validated = True
    try:
        yield
    finally:
        state.validated = False


def manifest_problems(objects: Iterable[tuple[str, dict]], cidrs: Optional[ClusterCidrs] = None) -> list[str]:
    """The whole-app rules of the manifest validator (:func:`.validation.cross_object_problems`:
    parentRefs, hostnames, pools and pinned IPs, issuers, secret stores and objects written twice,
    and the recommendations, none waived) over ``(file, object)`` pairs, one ``<file>: <object>:
    <field>: <message>`` line each, as ``python -m homelab_constructs validate`` prints them."""
    return [str(p) for p in cross_object_problems(list(objects), cidrs or NO_CIDRS)]


def _chart_file(file: str, extension: str) -> str:
    """The chart part of a manifest's path as cdk8s names it: ``apps-media`` of
    ``apps-media.k8s.yaml``, ``0003-apps-media.k8s.yaml`` or ``apps-media/...`` (one folder per chart)."""
    first, _, rest = file.partition("/")
    stem = first if rest else first[: -len(extension)] if extension and first.endswith(extension) else first
    return re.sub(r"^[0-9]{4}-", "", stem)


def object_problem_lines(app: constructs.Construct, problems: Sequence[ObjectProblem]) -> list[str]:
    """``<construct path>: <field>: <message>`` for each problem of the manifest validator, the
    path being the ``ApiObject`` that wrote the object (found by API group, kind, namespace and
    name; two objects with one key are told apart by their chart's file, and two in one chart
    are named by the later one, the one that writes the object again). An object no
    ``ApiObject`` of ``app`` wrote keeps the validator's ``<file>: <Kind ns/name>`` form."""
    if not problems:  # indexing the tree asks jsii about every object: only when there is something to name
        return []
    index: dict[tuple[str, str, str, str], list[cdk8s.ApiObject]] = {}
    for node in app.node.find_all():
        if isinstance(node, cdk8s.ApiObject):
            key = (api_group(node.api_version), node.kind, node.metadata.namespace or "", node.name)
            index.setdefault(key, []).append(node)
    extension = app.output_file_extension if isinstance(app, cdk8s.App) else ".k8s.yaml"
    labels: dict[str, str] = {}

    def chart_label(obj: cdk8s.ApiObject) -> str:
        chart = cdk8s.Chart.of(obj)
        if chart.node.path not in labels:
            labels[chart.node.path] = cdk8s.Names.to_dns_label(chart)
        return labels[chart.node.path]

    lines = []
    for problem in problems:
        found = index.get(problem.key, [])
        if len(found) > 1:  # the one in the problem's chart; of several there, the last one (the second)
            found = [o for o in found if chart_label(o) == _chart_file(problem.file, extension)][-1:]
        where = found[0].node.path if len(found) == 1 else f"{problem.file}: {problem.obj}"
        lines.append(f"{where}: {problem.path or '<root>'}: {problem.message}")
    return lines


def _manifests(outdir: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in outdir.rglob("*.yaml")} if outdir.is_dir() else {}


def synth(app: cdk8s.App) -> None:
    """Run every check of the app and write its manifests; raise one
    :class:`HomelabValidationError` that lists every problem.

    The checks are the constructs' own whole-app checks (:func:`validate_app`, before anything
    is written) and the manifest validator's whole-app rules
    (:func:`.validation.cross_object_problems`, with the CIDRs of
    :func:`~.cluster.set_cluster_cidrs`, the objects declared external and the app's waivers)
    over what the app wrote, each reported as ``<construct path>: <field>: <message>`` (a
    waiver of a namespace that waives nothing as ``<waiver path>: <message>``); when those
    fail, the files this synth wrote are removed again, so an app that passes ``synth()`` is
    exactly one that passes ``python -m homelab_constructs validate``, and a failing one leaves
    no manifests for a GitOps controller to pick up. Beside the manifests it writes the objects
    declared external and the waivers (``external-objects.txt``, ``waivers.txt``), which
    ``validate`` reads (in a Helm chart's folder, not its ``templates/``), and what must exist
    before the bundle is applied (``prerequisites.txt``: the CRD groups no release installs and
    the Secrets the bundle reads but does not write, each with the construct that needs it;
    :mod:`.delivery.prerequisites`), which ``validate`` checks is current.
    """
    validate_app(app)
    outdir = Path(app.outdir)
    before = _manifests(outdir)
    with checks_passed(app):
        app.synth()
    written = sorted(p for p, mtime in _manifests(outdir).items() if before.get(p) != mtime)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    objects = [(p.relative_to(outdir).as_posix(), doc) for p in written
               for doc in yaml.load_all(p.read_text(encoding="utf-8"), Loader=loader) if doc]
    waived = waivers(app)
    problems = cross_object_problems(objects, cluster_cidrs(app), external_objects(app), waived)
    lines = object_problem_lines(app, problems)
    lines += [f"{waiver.source}: {what} (got {got!r}); {fix}"
              for waiver, what, got, fix in unused_waivers(group_by_kind(objects), waived)]
    if lines:
        for path in written:
            path.unlink()
        raise HomelabValidationError("\n".join(dict.fromkeys(lines)))
    beside = _listing_dir(outdir)
    sync_external_file(app, beside)  # so `validate <outdir>` accepts the same references
    sync_waivers_file(app, beside)  # ... and honours the same waivers
    write_prerequisites(beside, prerequisites_of(objects, _constructs(app)))  # what must exist first


def _constructs(app: constructs.Construct) -> Callable[[dict], str]:
    """The path of the ``ApiObject`` of ``app`` that wrote an object (``""`` for none). Each
    question to jsii is a round trip: the tree is indexed by name on the first question (one
    per object), and only the objects of that name are asked the rest."""
    by_name: dict[str, list[cdk8s.ApiObject]] = {}

    def path_of(obj: dict) -> str:
        if not by_name:
            for node in app.node.find_all():
                if isinstance(node, cdk8s.ApiObject):
                    by_name.setdefault(node.name, []).append(node)
        key = object_key(obj)
        for node in by_name.get(key[3], ()):
            if (api_group(node.api_version), node.kind, node.metadata.namespace or "", node.name) == key:
                return node.node.path
        return ""

    return path_of


def _listing_dir(outdir: Path) -> Path:
    """Where the lists beside the manifests go: ``outdir``, or, when ``outdir`` is the
    ``templates/`` folder of a Helm chart (``cdk8s synth --format helm``), the chart's own
    folder: Helm renders every file of ``templates/`` as a manifest."""
    if outdir.name == "templates" and (outdir.parent / "Chart.yaml").is_file():
        return outdir.parent
    return outdir
