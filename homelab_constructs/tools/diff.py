"""What a change does to the cluster, object by object: a diff of two directories of manifests.

Users keep the synthesized ``dist/`` in git; a pull request changes it. ``git diff`` shows
lines of files, which moves, key order and indentation blur; this module shows objects::

    python -m homelab_constructs diff OLD_DIR NEW_DIR [--format markdown|text] [--old-missing-ok]

Every ``*.yaml`` file of each directory is read (multi-document, ``*List`` kinds expanded) and
each object is keyed by ``(apiVersion group, kind, namespace, name)``: the file an object sits in
does not matter, so moving an object from one chart to another is not a change (it is said as a
note: "moved from a.k8s.yaml to b.k8s.yaml"), and a new ``apiVersion`` of the same group is a
change of the field ``apiVersion``.

The report lists the objects added, removed and changed and, for a changed object, each changed
field as a path (``spec.listeners[name=https].port``, ``spec.hostnames[0]``, map keys with dots,
slashes or other punctuation quoted: ``metadata.labels["app.kubernetes.io/name"]``) with its old
and new values:

* values are shown compactly on one line (JSON: strings quoted, ``true``, ``null``); longer
  than :data:`MAX_VALUE` characters, a value is cut and says so (``(truncated, 312 chars)``),
  and a changed one is cut around where the old and new first differ;
* a multi-line string (a config file in a ConfigMap) is shown as the lines added and removed,
  at most :data:`MAX_LINES` of them;
* a list whose items all have a ``name`` (listeners, ports, containers, env) is compared by name
  (``[name=https]``): inserting one listener shows one added item, not every later index as
  changed; a new order of the same names is one ``order`` change. Other lists are compared by
  index (``[0]``).

Secrets are never printed. For ``kind: Secret`` the report says which keys of ``data`` and
``stringData`` were added, removed or changed, and which other fields changed, never a value
(nor for an added or removed Secret, which is one line). Anywhere else, the value under a key
that looks secret (it contains ``password``, ``passwd``, ``token``, ``secret`` or ``apiKey``,
ignoring case, ``-`` and ``_``), or in a list item whose ``name`` looks secret (an ``env``
entry ``DB_PASSWORD``), is shown as ``(value hidden)``/``<hidden>``; so is the rest of a line
or string after ``password=``/``token:`` and the like. This errs on the side of hiding:
``secretName`` and ``secretStoreRef`` are hidden too.

Output: Markdown (the default, for a pull-request comment) starts with a summary line of
counts, then the sections ``### Added``, ``### Removed``, ``### Changed`` (and ``### Moved``
for objects that only moved between files), one bullet ``Kind namespace/name`` per object and,
for a changed one, a nested bullet per field; an object with more than :data:`DETAILS_OVER`
field changes has them folded in a ``<details>`` block. ``--format text`` says the same in
plain indented text. The order is deterministic: kind, namespace, name (then group), and field
path within an object. An object's kind is followed by its group (``Certificate.cert-manager.io``)
only where two groups share that kind.

Exit status, like ``diff``: 0 when the cluster would see no difference (objects that only moved
between files are no difference), 1 when there are differences, 2 on bad usage or unreadable
input, with one line on stderr starting ``diff: `` (a missing directory, a file that is not
YAML or not Kubernetes objects, the same object twice in one directory). ``--old-missing-ok``
lets OLD_DIR not exist: everything is added (the first commit of a ``dist/``).

Comparing by meaning (what the cluster would see, not the bytes): the options below apply to
both directories (see :mod:`~homelab_constructs.tools.meaning` and
:mod:`~homelab_constructs.tools.reading` for each rule and its sources):

* ``--defaults``: the defaults the API server fills in are no difference (Service
  ``type: ClusterIP``, a port's ``protocol: TCP``, a route's ``backendRef`` group, kind and
  weight, ...); ``--crds DIR``: nor are the defaults of the CRD schemas in DIR (the pinned
  ``crds/``), whose ``scope: Cluster`` kinds are then known too;
* ``--unordered``: list order is no difference where the API gives it no meaning (hostnames,
  label-selector values, Cilium entities, a Service's ports, ...); it stays one elsewhere;
* ``--ignore-managed-by``: the library's ``app.kubernetes.io/managed-by`` label is none;
* ``--embedded-json``: a JSON document the API reads from a string (a NetworkAttachmentDefinition's
  CNI config) is compared as data, not as text;
* ``--hand-rendered``: an OLD_DIR file whose header says it was rendered by hand is compared on
  the fields its header names (or that it writes, when it says it writes only some);
* ``--meaning``: ``--defaults``, ``--unordered``, ``--ignore-managed-by``, ``--embedded-json`` and
  ``--hand-rendered`` together (``--crds`` names its directory itself);
* ``--namespace-from-folder N``: an object without a namespace is in the namespace named by the
  N-th folder of its path (a Flux tree); ``--default-namespace NS``: else in NS;
* ``--yaml12``: plain ``yes``/``no``/``on``/``off`` are strings, as YAML 1.2 and Flux's
  kustomize read them (not YAML 1.1's booleans, as ``kubectl`` reads them).

``--real`` compares a real repository's files (OLD_DIR, ``*.yml`` read too) with what a program
wrote (NEW_DIR), by meaning: each real object is reported matched, missing or different, with
the differing fields' values in full (objects only NEW_DIR has are not listed; exit 0 when all
matched; see :mod:`~homelab_constructs.tools.real`). ``--install-command CMD`` adds a
``cilium install`` command line to NEW_DIR as the object a repository writes it down as, and
``--show-values`` shows the values this module otherwise hides (for public files only).

This module and those it uses need only the standard library and PyYAML (no cdk8s, no jsii):
it runs on plain manifests, wherever a pull request is checked.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._manifests import Parser, UsageError
from .fields import (
    MAX_LINES,
    MAX_VALUE,
    FieldChange,
    FieldPath,
    code_span,
    describe,
    diff_objects,
    escape_markdown,
    format_path,
    looks_secret,
    plural,
)
from .meaning import Meaning, Schemas, normalize, read_crds
from .reading import InputError, Key, Manifest, load_dir, object_order, title
from .real import RealReport, compare_real, install_object, render_real_markdown, render_real_text

__all__ = [
    "DETAILS_OVER", "MAX_LINES", "MAX_VALUE", "Diff", "FieldChange", "FieldPath", "InputError", "Key", "Manifest",
    "ObjectChange", "compare", "diff_objects", "format_path", "load_dir", "looks_secret", "main", "render_markdown",
    "render_text",
]

#: an object with more field changes than this has them folded in a ``<details>`` block (Markdown)
DETAILS_OVER = 20


@dataclass(frozen=True)
class ObjectChange:
    """An object in both directories: the files it sits in and its field changes (none when it
    only moved between files)."""

    key: Key
    old_file: str
    new_file: str
    fields: tuple[FieldChange, ...]

    @property
    def moved(self) -> bool:
        return self.old_file != self.new_file


@dataclass(frozen=True)
class Diff:
    """The difference of two directories: objects added, removed, changed (fields differ) and
    moved (only the file differs), each sorted by kind, namespace, name, group."""

    added: tuple[Manifest, ...]
    removed: tuple[Manifest, ...]
    changed: tuple[ObjectChange, ...]
    moved: tuple[ObjectChange, ...]
    unchanged: int
    #: kinds that more than one group has among the compared objects: their titles name the group
    shared_kinds: frozenset[str] = frozenset()

    @property
    def differs(self) -> bool:
        """Whether the cluster would see a difference (a move between files is none)."""
        return bool(self.added or self.removed or self.changed)

    def title(self, key: Key) -> str:
        """``Kind namespace/name`` (``Kind name`` when cluster-scoped; ``Kind.group`` when the
        kind alone is ambiguous)."""
        return title(key, key[1] in self.shared_kinds)


def _fields(old: Manifest, new: Manifest, meaning: Meaning | None) -> tuple[FieldChange, ...]:
    marked = old.hand_rendered
    before, after = (old.obj, new.obj) if meaning is None else (normalize(old.obj, meaning), normalize(new.obj, meaning))
    return tuple(diff_objects(before, after, fields=marked.fields if marked else (),
                              written_only=bool(marked and marked.written_only)))


def compare(old: Mapping[Key, Manifest], new: Mapping[Key, Manifest], meaning: Meaning | None = None) -> Diff:
    """The :class:`Diff` of two directories' objects (from :func:`load_dir`); by ``meaning``
    when given (and an OLD object marked hand-rendered on the fields its header names)."""
    changed: list[ObjectChange] = []
    moved: list[ObjectChange] = []
    unchanged = 0
    for key in sorted(old.keys() & new.keys(), key=object_order):
        change = ObjectChange(key, old[key].file, new[key].file, _fields(old[key], new[key], meaning))
        if change.fields:
            changed.append(change)
        else:
            unchanged += 1
            if change.moved:
                moved.append(change)
    groups: dict[str, set[str]] = {}
    for group, kind, _, _ in old.keys() | new.keys():
        groups.setdefault(kind, set()).add(group)
    return Diff(
        added=tuple(new[k] for k in sorted(new.keys() - old.keys(), key=object_order)),
        removed=tuple(old[k] for k in sorted(old.keys() - new.keys(), key=object_order)),
        changed=tuple(changed),
        moved=tuple(moved),
        unchanged=unchanged,
        shared_kinds=frozenset(kind for kind, seen in groups.items() if len(seen) > 1),
    )


# ---- rendering


def _summary(diff: Diff) -> tuple[str, str]:
    """The summary line's lead (to be bolded in Markdown) and the rest."""
    moved = f", {len(diff.moved) + sum(1 for c in diff.changed if c.moved)} moved between files"
    moved = "" if moved.startswith(", 0 ") else moved
    if not diff.differs:
        return "No changes", f" ({plural(diff.unchanged, 'object')}{moved})"
    lead = f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed"
    return lead, f" ({diff.unchanged} unchanged{moved})"


def _moved_note(change: ObjectChange, escape: Callable[[str], str]) -> str:
    return f"moved from {escape(change.old_file)} to {escape(change.new_file)}"


def render_markdown(diff: Diff) -> str:
    """The diff as Markdown for a pull-request comment: a summary line, then ``### Added``,
    ``### Removed``, ``### Changed`` and ``### Moved`` (each only when not empty)."""
    lead, rest = _summary(diff)
    out = [f"**{lead}**{rest}"]
    for heading, manifests in (("Added", diff.added), ("Removed", diff.removed)):
        if manifests:
            out += ["", f"### {heading}", ""]
            out += [f"- {code_span(diff.title(m.key))} ({escape_markdown(m.file)})" for m in manifests]
    if diff.changed:
        out += ["", "### Changed", ""]
        for change in diff.changed:
            note = f" ({_moved_note(change, escape_markdown)})" if change.moved else ""
            out.append(f"- {code_span(diff.title(change.key))}{note}")
            fields: list[str] = []
            for field in change.fields:
                line = describe(field, code_span)
                fields.append(f"  - {line.head}")
                if line.lines:
                    runs = [len(run) for text in line.lines for run in re.findall(r"`{3,}", text)]
                    fence = "`" * max(3, max(runs, default=0) + 1)
                    fields += [f"    {fence}diff", *(f"    {text}" for text in line.lines), f"    {fence}"]
                if line.more:
                    fields.append(f"    {line.more}")
            if len(change.fields) > DETAILS_OVER:
                out += [f"  <details><summary>{len(change.fields)} field changes</summary>", "", *fields, "",
                        "  </details>", ""]
            else:
                out += fields
    if diff.moved:
        out += ["", "### Moved", ""]
        out += [f"- {code_span(diff.title(c.key))}: {_moved_note(c, escape_markdown)}" for c in diff.moved]
    while out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def render_text(diff: Diff) -> str:
    """The diff as plain indented text: the summary line, then ``Added:``, ``Removed:``,
    ``Changed:`` and ``Moved:`` (each only when not empty)."""
    lead, rest = _summary(diff)
    out = [lead + rest]
    for heading, manifests in (("Added", diff.added), ("Removed", diff.removed)):
        if manifests:
            out += ["", f"{heading}:"] + [f"  {diff.title(m.key)} ({m.file})" for m in manifests]
    if diff.changed:
        out += ["", "Changed:"]
        for change in diff.changed:
            note = f" ({_moved_note(change, str)})" if change.moved else ""
            out.append(f"  {diff.title(change.key)}{note}")
            for field in change.fields:
                line = describe(field, str)
                out.append(f"    {line.head}")
                out += [f"      {text}" for text in line.lines]
                if line.more:
                    out.append(f"      {line.more}")
    if diff.moved:
        out += ["", "Moved:"] + [f"  {diff.title(c.key)}: {_moved_note(c, str)}" for c in diff.moved]
    return "\n".join(out) + "\n"



# ---- command line

USAGE = "python -m homelab_constructs diff OLD_DIR NEW_DIR [--format markdown|text] [--old-missing-ok]"
FORMATS: dict[str, Callable[[Diff], str]] = {"markdown": render_markdown, "text": render_text}
REAL_FORMATS: dict[str, Callable[..., str]] = {"markdown": render_real_markdown, "text": render_real_text}


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m homelab_constructs diff",
                     usage="%(prog)s OLD_DIR NEW_DIR [--format markdown|text] [--old-missing-ok]\n"
                           "       [--real] [--meaning] [--defaults] [--crds DIR] [--unordered] [--ignore-managed-by]\n"
                           "       [--embedded-json] [--hand-rendered] [--namespace-from-folder N]\n"
                           "       [--default-namespace NS] [--yaml12] [--install-command CMD] [--show-values]",
                     description="What a change does to the cluster, object by object: the objects added, removed "
                                 "and changed from OLD_DIR to NEW_DIR (directories of *.yaml manifests). Exit status: "
                                 "0 no differences, 1 differences, 2 bad usage or unreadable input.")
    parser.add_argument("old", metavar="OLD_DIR", help="the manifests before (dist/ of the base branch)")
    parser.add_argument("new", metavar="NEW_DIR", help="the manifests after (dist/ of the pull request)")
    parser.add_argument("--format", default="markdown", metavar="markdown|text",
                        help="markdown (default, for a pull-request comment) or text")
    parser.add_argument("--old-missing-ok", action="store_true",
                        help="a missing OLD_DIR has no objects: everything is added (a first commit)")
    meaning = parser.add_argument_group("comparing by meaning (both directories)")
    meaning.add_argument("--defaults", action="store_true", help="the API server's well-known defaults are no difference")
    meaning.add_argument("--crds", metavar="DIR", help="nor are the defaults of the CRD schemas in DIR (e.g. crds/)")
    meaning.add_argument("--unordered", action="store_true",
                         help="list order is no difference where the API gives it no meaning")
    meaning.add_argument("--ignore-managed-by", action="store_true",
                         help="the library's app.kubernetes.io/managed-by label is no difference")
    meaning.add_argument("--embedded-json", action="store_true",
                         help="a JSON document the API reads from a string is compared as data")
    meaning.add_argument("--hand-rendered", action="store_true",
                         help="an OLD_DIR file rendered by hand is compared on the fields its header names")
    meaning.add_argument("--meaning", action="store_true", help="all five: --defaults --unordered "
                         "--ignore-managed-by --embedded-json --hand-rendered")
    meaning.add_argument("--namespace-from-folder", type=int, metavar="N",
                         help="an object without a namespace is in the one its N-th folder names (a Flux tree)")
    meaning.add_argument("--default-namespace", metavar="NS", help="else in NS")
    meaning.add_argument("--yaml12", action="store_true",
                         help="yes/no/on/off are strings, as in YAML 1.2 and Flux's kustomize")
    real = parser.add_argument_group("a real repository's files (OLD_DIR) against what a program wrote (NEW_DIR)")
    real.add_argument("--real", action="store_true", help="report each OLD_DIR object (*.yaml and *.yml) matched, "
                      "missing or different, by meaning (implies --meaning); exit 0 when all matched")
    real.add_argument("--install-command", metavar="CMD", action="append", default=[],
                      help="add this `cilium install` command line to NEW_DIR as an object")
    real.add_argument("--show-values", action="store_true",
                      help="show the values otherwise hidden as secret-looking (public files only)")
    return parser


def _write(text: str) -> None:
    """Print ``text`` as UTF-8 whatever the locale; a closed pipe (``| head``) is no error."""
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(text)
        else:
            sys.stdout.flush()
            buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")  # Python's flush at exit would fail again
        except OSError:
            pass


def _missing(directory: str) -> bool:
    try:
        return not Path(directory).exists()
    except OSError:
        return False


def _usage_problem(args: argparse.Namespace) -> str | None:
    if args.format not in FORMATS:
        return f"--format is markdown or text, not {args.format!r}"
    if args.namespace_from_folder is not None and args.namespace_from_folder < 1:
        return f"--namespace-from-folder is a folder depth, 1 or more (got {args.namespace_from_folder})"
    if args.real and args.old_missing_ok:
        return "--old-missing-ok does not go with --real (the real files must exist)"
    return None


def _with_installs(new: dict[Key, Manifest], commands: Sequence[str]) -> dict[Key, Manifest]:
    for command in commands:
        obj = install_object(command)
        metadata: Mapping[str, Any] = obj["metadata"]
        key: Key = (obj["apiVersion"].split("/", 1)[0], obj["kind"], metadata["namespace"], metadata["name"])
        if key in new:
            raise InputError(f"--install-command {command!r} is {title(key)}, already in {new[key].file}")
        new[key] = Manifest(key, obj, "(--install-command)")
    return new


def _run(args: argparse.Namespace) -> tuple[str, bool]:
    """The report and whether it shows a difference (raises :class:`InputError`)."""
    schemas = read_crds(args.crds) if args.crds else Schemas()
    every = args.meaning or args.real
    meaning = Meaning(defaults=every or args.defaults, schemas=schemas if args.crds else None,
                      unordered=every or args.unordered, managed_by=every or args.ignore_managed_by,
                      embedded=every or args.embedded_json)
    placing: dict[str, Any] = {"namespace_folder": args.namespace_from_folder, "yaml12": args.yaml12,
                               "default_namespace": args.default_namespace, "cluster_scoped": schemas.cluster_scoped}
    if args.real:
        real = load_dir(args.old, suffixes=(".yaml", ".yml"), hand_rendered=True, **placing)
        written = _with_installs(load_dir(args.new, **placing), args.install_command)
        report: RealReport = compare_real(real, written, meaning)
        return REAL_FORMATS[args.format](report, reveal=args.show_values), not report.all_matched
    hand_rendered = every or args.hand_rendered
    old = {} if args.old_missing_ok and _missing(args.old) else load_dir(args.old, hand_rendered=hand_rendered,
                                                                         **placing)
    new = _with_installs(load_dir(args.new, **placing), args.install_command)
    diff = compare(old, new, meaning if meaning else None)
    if args.show_values:
        return _revealed(diff, args.format), diff.differs
    return FORMATS[args.format](diff), diff.differs


def _revealed(diff: Diff, form: str) -> str:
    """The diff with the values hidden as secret-looking shown (a Secret's data stays hidden)."""
    shown = Diff(diff.added, diff.removed, tuple(
        ObjectChange(c.key, c.old_file, c.new_file, tuple(
            FieldChange(f.path, f.change, f.old, f.new, hidden=f.secret, secret=f.secret) for f in c.fields))
        for c in diff.changed), diff.moved, diff.unchanged, diff.shared_kinds)
    return FORMATS[form](shown)


def main(argv: Sequence[str]) -> int:
    """``python -m homelab_constructs diff OLD_DIR NEW_DIR [--format markdown|text] [--old-missing-ok]``
    (and the options comparing by meaning, see the module): print the diff; 0 no differences,
    1 differences, 2 bad usage or unreadable input."""
    try:
        args = _parser().parse_args(list(argv))
    except UsageError as err:
        print(f"diff: {err} (usage: {USAGE})", file=sys.stderr)
        return 2
    except SystemExit as done:  # --help
        return int(done.code or 0)
    problem = _usage_problem(args)
    if problem:
        print(f"diff: {problem} (usage: {USAGE})", file=sys.stderr)
        return 2
    try:
        text, differs = _run(args)
    except InputError as err:
        print(f"diff: {err}", file=sys.stderr)
        return 2
    except RecursionError:
        print("diff: a manifest nests too deeply (or refers to itself through a YAML alias) to be compared",
              file=sys.stderr)
        return 2
    _write(text)
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
