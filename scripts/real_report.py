#!/usr/bin/env python3
"""Each example against the real repository it reproduces, object by object.

``examples/seed000`` reproduces kyleseneker/homelab and ``examples/seed002`` chaijunkin/home-ops;
their files are test data in ``tests/real_repos/<example>/`` (see its README). This script
synthesizes an example (and its variants) into a temporary folder and compares every real
object with what the example wrote, by meaning, through the ``diff`` machinery
(``python -m homelab_constructs diff --real``: API and CRD defaults filled in on both sides, list
order ignored where the API gives it none, the library's managed-by label ignored, a
hand-rendered object compared on the fields its header names). Each real object is matched,
missing or different (with the differing fields, values in full).

Usage::

    python scripts/real_report.py [seed000 seed002] [--format text|markdown] [--out DIR] [--write-matched]

``--out DIR`` writes ``DIR/real-report-<example>.txt`` instead of printing; ``--write-matched``
rewrites ``tests/real_repos/matched-<example>.txt``, the list of the objects that match today,
which ``tests/test_real_repos.py`` keeps matching (run it when more objects match).

What each example's comparison needs is in :data:`EXAMPLES`: the folders of its real files, the
keyword arguments its ``build`` takes for a variant (``keda-variant/``: ``build(app,
autoscaling=True)``), where a Flux tree keeps the namespace, and the function that gives its
``cilium install`` command line when it installs Cilium outside the cluster
(``cilium_install_args``: compared with ``cilium/cilium-install.yml``).

An example's deliberate departures are listed in ``examples/<example>/DEPARTURES.yaml`` (at most
:data:`MAX_DEPARTURES`): a YAML list of ``{object, field, reason}``, ``object`` the real
object as the report titles it with its group (``CiliumNetworkPolicy.cilium.io arr/arr-egress``),
``field`` a differing field's path as the report writes it (the field or a map or list that
holds it), ``reason`` why a user would choose it. An object whose every difference is listed
counts as matched.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from homelab_constructs.tools.fields import FieldChange, format_path  # noqa: E402
from homelab_constructs.tools.meaning import Meaning, Schemas, read_crds  # noqa: E402
from homelab_constructs.tools.reading import Key, Manifest, group_of, load_dir, title  # noqa: E402
from homelab_constructs.tools.real import (  # noqa: E402
    RealObject,
    RealReport,
    compare_real,
    install_object,
    render_real_markdown,
    render_real_text,
)

import yaml  # noqa: E402

REAL_REPOS = ROOT / "tests" / "real_repos"
#: an example lists at most this many deliberate departures
MAX_DEPARTURES = 3


@dataclass(frozen=True)
class Part:
    """A folder of an example's real files and how to compare it: the ``build`` keyword
    arguments of the variant it is compared with, the folder depth that names the namespace of
    an object without one (a Flux tree), and whether to read YAML as Flux does (1.2)."""

    folder: str = ""
    build_kwargs: Mapping[str, Any] = field(default_factory=dict)
    namespace_folder: int | None = None
    yaml12: bool = False


@dataclass(frozen=True)
class Example:
    """What comparing one example needs: its parts and its install-command function (if any)."""

    parts: tuple[Part, ...]
    install: str | None = None


EXAMPLES: dict[str, Example] = {
    "seed000": Example((Part(),), install="cilium_install_args"),
    "seed002": Example((Part("main", namespace_folder=1, yaml12=True),
                        Part("keda-variant", {"autoscaling": True}, namespace_folder=1, yaml12=True))),
}


@dataclass(frozen=True)
class Departure:
    object: str
    field: str
    reason: str


@dataclass(frozen=True)
class ExampleReport:
    """The reports of an example's parts, its departures and the objects that count as matched
    (identities: ``<file under tests/real_repos/<example>/>: <Kind.group namespace/name>``)."""

    name: str
    parts: tuple[tuple[Part, RealReport], ...]
    departures: tuple[Departure, ...]

    def items(self) -> list[tuple[str, RealObject]]:
        return [(identity(part, item), item) for part, report in self.parts for item in report.objects]

    def departed(self, item: RealObject) -> list[Departure]:
        names = {title(item.real.key, True), title(item.real.key)}
        return [d for d in self.departures if d.object in names]

    def accepted(self, item: RealObject) -> bool:
        """Matched, or different only in listed departures."""
        if item.status != "different":
            return item.status == "matched"
        return all(any(covers(d.field, change) for d in self.departed(item)) for change in item.fields)

    @property
    def matched(self) -> list[str]:
        return sorted(name for name, item in self.items() if self.accepted(item))

    @property
    def total(self) -> int:
        return len(self.items())

    def unused_departures(self) -> list[Departure]:
        """Departures that name no difference of the report (an object that matches, or a field
        that does not differ)."""
        used = {id(d) for _, item in self.items() for d in self.departed(item)
                if any(covers(d.field, change) for change in item.fields)}
        return [d for d in self.departures if id(d) not in used]


def identity(part: Part, item: RealObject) -> str:
    """``<file under the example's folder>: <Kind.group namespace/name>``."""
    file = f"{part.folder}/{item.real.file}" if part.folder else item.real.file
    return f"{file}: {title(item.real.key, True)}"


def covers(field_path: str, change: FieldChange) -> bool:
    """Whether a departure's field is the changed field or holds it."""
    path = format_path(change.path)
    return path == field_path or (path.startswith(field_path) and path[len(field_path)] in ".[")


def load_example(name: str) -> ModuleType:
    """``examples/<name>/main.py`` (once per process)."""
    module_name = f"example_{name}_main"
    if module_name not in sys.modules:
        spec = importlib.util.spec_from_file_location(module_name, ROOT / "examples" / name / "main.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules[module_name]


def synthesize(name: str, part: Part, outdir: Path) -> Path:
    """Build the example's ``part`` variant into ``outdir`` (checked and written as ``synth`` does)."""
    from homelab_constructs import synth  # first: it sets the jsii environment

    import cdk8s

    app = cdk8s.App(outdir=str(outdir))
    load_example(name).build(app, **part.build_kwargs)
    synth(app)
    return outdir


def read_departures(name: str) -> tuple[Departure, ...]:
    """``examples/<name>/DEPARTURES.yaml`` (none when there is no such file)."""
    path = ROOT / "examples" / name / "DEPARTURES.yaml"
    if not path.exists():
        return ()
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(entries, list) or not all(isinstance(e, dict) and set(e) == {"object", "field", "reason"}
                                                 and all(isinstance(v, str) and v.strip() for v in e.values())
                                                 for e in entries):
        raise ValueError(f"{path}: a YAML list of {{object, field, reason}}, each a non-empty string")
    return tuple(Departure(e["object"], e["field"], e["reason"]) for e in entries)


def compare_example(name: str, outdirs: Mapping[str, Path], schemas: Schemas | None = None) -> ExampleReport:
    """The report of example ``name`` whose parts were synthesized into ``outdirs`` (part folder
    -> directory); ``schemas`` the pinned CRDs' (read from ``crds/`` when not given)."""
    example = EXAMPLES[name]
    schemas = schemas or read_crds(ROOT / "crds")
    meaning = Meaning.every(schemas)
    reports = []
    for part in example.parts:
        placing: dict[str, Any] = {"namespace_folder": part.namespace_folder, "yaml12": part.yaml12,
                                   "cluster_scoped": schemas.cluster_scoped}
        real = load_dir(REAL_REPOS / name / part.folder, suffixes=(".yaml", ".yml"), hand_rendered=True, **placing)
        written: dict[Key, Manifest] = dict(load_dir(outdirs[part.folder], **placing))
        if example.install and not part.folder:
            obj = install_object(list(getattr(load_example(name), example.install)()))
            key: Key = (group_of(obj["apiVersion"]), obj["kind"], obj["metadata"]["namespace"], obj["metadata"]["name"])
            written[key] = Manifest(key, obj, f"({example.install}())")
        reports.append((part, compare_real(real, written, meaning)))
    return ExampleReport(name, tuple(reports), read_departures(name))


def render(report: ExampleReport, form: str = "text") -> str:
    """The example's report: a summary line, then each part's report (values in full)."""
    accepted = len(report.matched)
    listed = sum(1 for _, item in report.items() if item.status == "different" and report.accepted(item))
    out = [f"examples/{report.name} against tests/real_repos/{report.name}: {accepted} of {report.total} real objects "
           f"matched ({listed} with listed departures)"]
    renderer = render_real_markdown if form == "markdown" else render_real_text
    for part, part_report in report.parts:
        out += ["", f"== {part.folder or report.name}/ " + ("=" * 60)]
        out.append(renderer(part_report, reveal=True).rstrip("\n"))
    if report.departures:
        out += ["", "Departures (examples/{}/DEPARTURES.yaml):".format(report.name)]
        out += [f"  {d.object}: {d.field}: {d.reason}" for d in report.departures]
    return "\n".join(out) + "\n"


def matched_file(name: str) -> Path:
    return REAL_REPOS / f"matched-{name}.txt"


def write_matched(report: ExampleReport) -> Path:
    path = matched_file(report.name)
    header = (f"# The real objects of tests/real_repos/{report.name}/ that examples/{report.name} matches\n"
              "# (tests/test_real_repos.py keeps them matching). Rewritten by:\n"
              f"#   python scripts/real_report.py {report.name} --write-matched\n")
    path.write_text(header + "".join(line + "\n" for line in report.matched), encoding="utf-8")
    return path


def read_matched(name: str) -> list[str]:
    path = matched_file(name)
    if not path.exists():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/real_report.py", description=__doc__.splitlines()[0])
    parser.add_argument("examples", nargs="*", default=sorted(EXAMPLES), metavar="EXAMPLE",
                        help=f"which examples (default: all: {', '.join(sorted(EXAMPLES))})")
    parser.add_argument("--format", choices=("text", "markdown"), default="text")
    parser.add_argument("--out", type=Path, help="write DIR/real-report-<example>.txt instead of printing")
    parser.add_argument("--write-matched", action="store_true",
                        help="rewrite tests/real_repos/matched-<example>.txt (the test's ratchet)")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.examples) - set(EXAMPLES))
    if unknown:
        parser.error(f"no such example: {', '.join(unknown)} (choose from {', '.join(sorted(EXAMPLES))})")
    schemas = read_crds(ROOT / "crds")
    for name in args.examples:
        with tempfile.TemporaryDirectory(prefix=f"real-{name}-") as tmp:
            outdirs = {part.folder: synthesize(name, part, Path(tmp) / (part.folder or "main"))
                       for part in EXAMPLES[name].parts}
            report = compare_example(name, outdirs, schemas)
        text = render(report, args.format)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"real-report-{name}.txt").write_text(text, encoding="utf-8")
            print(f"{args.out / f'real-report-{name}.txt'}: {text.splitlines()[0]}")
        else:
            sys.stdout.write(text)
        if args.write_matched:
            print(f"{write_matched(report)}: {len(report.matched)} matched objects")
    return 0


if __name__ == "__main__":
    sys.exit(main())
