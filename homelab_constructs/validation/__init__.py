"""Check synthesized manifests the way the cluster would, before they reach ``dist/``.

* :mod:`.schema` - every object against its schema: core kinds with kubernetes-validate
  (strict), CRD kinds against the pinned CRD's ``openAPIV3Schema`` with unknown fields rejected;
* :mod:`.cel` - the CRDs' ``x-kubernetes-validations`` rules, evaluated with cel-python;
* :mod:`.crossobject` - whole-app checks, one function per rule: the errors (parentRefs and
  hostnames, pools, pinned IPs, issuers, secret stores, listener Secrets, objects declared
  external, the same object twice, and :mod:`.objects`: names, labels, annotations, data keys
  and sizes as the API server checks them) and the library's recommendations
  (:mod:`.recommendations`: routed namespaces isolated), which waivers opt out of; ``synth()``
  runs them too, on what the app wrote, and reports construct paths instead of files (both
  report the :mod:`.problems` type, which names the object).

``validate_dir(path)`` runs them all over a directory of manifests and its stage folders
(``python -m homelab_constructs synth`` and ``validate`` use it), with the objects the app
declared external (``external-objects.txt``) and the recommendations it waived
(``waivers.txt``); each problem names the file, the object, the field path and the message.
These checks need the test extra's packages (jsonschema, kubernetes-validate, cel-python, PyYAML).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .._hostnames import hostname_matches
from .._manifests import ManifestError, manifest_files, read_objects
from ..cluster import NO_CIDRS, ClusterCidrs
from .cel import CelStats, cel_problems, unevaluable_rules
from .crdset import SchemaSetError
from .crossobject import cross_object_problems
from .problems import ObjectKey, ObjectProblem, group_by_kind
from .recommendations import WAIVERS_FILE, WaiverEntry, read_waivers, unused_waivers
from .references import read_external_objects
from .schema import (
    KUBERNETES_VERSION,
    CrdSchemas,
    Problem,
    core_schemas,
    crd_schemas,
    default_crds_dir,
    schema_problems,
)

__all__ = [
    "KUBERNETES_VERSION", "CelStats", "SchemaSetError", "ClusterCidrs", "CrdSchemas", "ObjectProblem", "Problem", "Report",
    "WaiverEntry", "crd_schemas",
    "cross_object_problems", "default_crds_dir", "hostname_matches", "load_dir", "unevaluable_rules",
    "validate_dir", "validate_objects",
]


@dataclass
class Report:
    """What a validation run checked and found."""

    problems: list[Problem] = field(default_factory=list)
    objects: int = 0
    core_objects: int = 0
    crd_objects: int = 0
    cel: CelStats = field(default_factory=CelStats)
    #: the recommendations the app waived (``waivers.txt``), honoured by the checks
    waivers: tuple[WaiverEntry, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        skipped = f", {self.cel.skipped_evaluations} skipped ({len(self.cel.skipped)} distinct rules)" \
            if self.cel.skipped_evaluations else ", none skipped"
        recommendations = sum(1 for p in self.problems if getattr(p, "recommendation", ""))
        of_which = f" ({recommendations} of the library's recommendations)" if recommendations else ""
        waived = f"; {len(self.waivers)} recommendations waived ({WAIVERS_FILE})" if self.waivers else ""
        return (f"{self.objects} objects validated ({self.core_objects} core kinds against Kubernetes "
                f"{KUBERNETES_VERSION}, {self.crd_objects} CRD kinds against the pinned CRDs); CEL rules: "
                f"{self.cel.evaluated} evaluated, {self.cel.transition} transition rules not applicable on create"
                f"{skipped}; {len(self.problems)} problems{of_which}{waived}")


def load_dir(directory: Path) -> list[tuple[str, dict]]:
    """``(file name, object)`` for every document of every ``*.yaml`` file, in file order, read
    within the bounds of :mod:`.._manifests` (hostile files are refused with one line naming the
    file: :class:`~.._manifests.ManifestError`)."""
    if not Path(directory).is_dir():
        raise ManifestError(f"{directory}: no such folder")
    return [(path.relative_to(directory).as_posix(), obj)
            for path in manifest_files(Path(directory), ManifestError) for obj in read_objects(path)]


def validate_objects(objects: Sequence[tuple[str, dict]], crds_dir: Optional[Path] = None,
                     cidrs: ClusterCidrs = NO_CIDRS, cross_object: bool = True,
                     external: Iterable[ObjectKey] = (), waivers: Sequence[WaiverEntry] = ()) -> Report:
    """Schema, CEL and cross-object checks of ``(file, object)`` pairs.

    :param crds_dir: the pinned CRD schemas, a directory of CRD files or a compact set
        (default: ``$CRDS_DIR``, else the wheel's compact set, else the checkout's ``crds/``).
        A missing or broken set raises :class:`SchemaSetError` naming the file.
    :param cidrs: node/pod/service CIDRs that no pool may overlap (default: none given).
    :param cross_object: run the whole-app checks too (default True; False checks each object alone).
    :param external: objects declared to live outside the app, as ``(group, kind, namespace, name)``
        (default none; :func:`validate_dir` reads them from ``external-objects.txt``).
    :param waivers: the recommendations the app waived (default none; :func:`validate_dir`
        reads them from ``waivers.txt``): their findings are not problems, and a waiver of a
        namespace that waives nothing is one.
    """
    report = Report(waivers=tuple(waivers))
    source = Path(crds_dir) if crds_dir else default_crds_dir()
    crds = crd_schemas(str(source.resolve()))
    for file, obj in objects:
        report.objects += 1
        report.problems += schema_problems(obj, file, crds)
        if crds.get(obj.get("apiVersion", ""), obj.get("kind", "")) is not None:
            report.crd_objects += 1
            report.problems += cel_problems(obj, file, crds, report.cel)
        elif core_schemas().validator(obj.get("apiVersion", ""), obj.get("kind", "")) is not None:
            report.core_objects += 1
    if cross_object:
        report.problems += cross_object_problems(objects, cidrs, external, report.waivers)
        report.problems += [Problem(waiver.source or WAIVERS_FILE, f"{waiver.recommendation} {waiver.per}={waiver.target}", "",
                                    f"{what} (got {got!r}); {fix}")
                            for waiver, what, got, fix in unused_waivers(group_by_kind(objects), report.waivers)]
    return report


def validate_dir(directory: Path, crds_dir: Optional[Path] = None, cidrs: ClusterCidrs = NO_CIDRS) -> Report:
    """:func:`validate_objects` over every manifest of ``directory``, with the objects it declares
    external and the recommendations it waives (the files ``synth()`` writes beside them)."""
    return validate_objects(load_dir(directory), crds_dir, cidrs,
                            external=read_external_objects(directory),  # declared by the app (declared.py)
                            waivers=read_waivers(directory))  # waived by the app (recommendations.py)
