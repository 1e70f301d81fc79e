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

This module needs only the standard library and PyYAML (no cdk8s, no jsii): it runs on plain
manifests, wherever a pull request is checked.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

from .._manifests import Parser, UsageError, manifest_files, read_documents

__all__ = [
    "DETAILS_OVER", "MAX_LINES", "MAX_VALUE", "Diff", "FieldChange", "FieldPath", "InputError", "Key", "Manifest",
    "ObjectChange", "compare", "diff_objects", "format_path", "load_dir", "looks_secret", "main", "render_markdown",
    "render_text",
]

#: a rendered value longer than this many characters is cut, with a note
MAX_VALUE = 80
#: a multi-line string's change shows at most this many added or removed lines
MAX_LINES = 20
#: one added or removed line longer than this many characters is cut
MAX_LINE = 120
#: an object with more field changes than this has them folded in a ``<details>`` block (Markdown)
DETAILS_OVER = 20

#: what a hidden value is shown as inside a rendered value
HIDDEN = "<hidden>"
#: the arrow between an old and a new value
ARROW = "→"
#: the mark of a cut value or line
ELLIPSIS = "…"

#: an object's identity: (apiVersion group, kind, namespace, name); "" for the core group and
#: for a cluster-scoped object's namespace
Key = tuple[str, str, str, str]
#: one step of a field path: ``("key", "spec")``, ``("index", 0)`` or ``("name", "https")``
Segment = tuple[str, Union[str, int]]
#: a field's path inside an object
FieldPath = tuple[Segment, ...]

_SECRET_WORDS = ("password", "passwd", "token", "secret", "apikey")
#: ``password=...``, ``api_key: ...``, ``"token": ...`` inside a string: the value is hidden
_SECRET_ASSIGNMENT = re.compile(r"(?i)((?:password|passwd|token|secret|api[-_]?key)[\w.-]*[\"']?\s*[:=]\s*)(\S+)")
_BARE_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_BARE_NAME = re.compile(r"[A-Za-z0-9_.:/-]+\Z")
_SECRET_SECTIONS = ("data", "stringData")


class InputError(Exception):
    """Input that cannot be compared: the message is one line naming the directory or file."""


def looks_secret(key: object) -> bool:
    """Whether a map key (or a list item's name) looks like it holds a secret: it contains
    ``password``, ``passwd``, ``token``, ``secret`` or ``apiKey`` (case, ``-`` and ``_`` ignored)."""
    if not isinstance(key, str):
        return False
    folded = key.lower().replace("-", "").replace("_", "")
    return any(word in folded for word in _SECRET_WORDS)


# ---- reading


@dataclass(frozen=True)
class Manifest:
    """One object of a directory: its key, the object, and the file (name) it sits in."""

    key: Key
    obj: Mapping[str, Any]
    file: str


def _group(api_version: str) -> str:
    return api_version.split("/", 1)[0] if "/" in api_version else ""


def _objects_of(doc: Any, where: str) -> list[Mapping[str, Any]]:
    if not isinstance(doc, dict) or not isinstance(doc.get("kind"), str):
        raise InputError(f"{where} is not a Kubernetes object (a mapping with a kind)")
    if doc["kind"].endswith("List") and isinstance(doc.get("items"), list):
        objects: list[Mapping[str, Any]] = []
        for i, item in enumerate(doc["items"]):
            objects += _objects_of(item, f"{where}, item {i}")
        return objects
    return [doc]


def _key_of(obj: Mapping[str, Any], where: str) -> Key:
    kind = obj["kind"]
    api_version = obj.get("apiVersion")
    if not isinstance(api_version, str) or not api_version:
        raise InputError(f"{where} ({kind}) has no apiVersion")
    metadata = obj.get("metadata")
    name = metadata.get("name") if isinstance(metadata, dict) else None
    if not isinstance(name, str) or not name:
        raise InputError(f"{where} ({kind}) has no metadata.name")
    namespace = metadata.get("namespace") if isinstance(metadata, dict) else None
    if namespace is not None and not isinstance(namespace, str):
        raise InputError(f"{where} ({kind} {name}) has a metadata.namespace that is not a string")
    return (_group(api_version), kind, namespace or "", name)


def _read(file: Path) -> list[Any]:
    return read_documents(file, InputError)


def load_dir(directory: str | Path) -> dict[Key, Manifest]:
    """Every object of the ``*.yaml`` files of ``directory`` (not its subdirectories), by key.

    Raises :class:`InputError` (one line) when the directory is missing or unreadable, a file is
    not YAML, a document is not a Kubernetes object with an apiVersion and a name, or the same
    object is in the directory twice. An empty directory has no objects."""
    path = Path(directory)
    try:
        if not path.exists():
            raise InputError(f"{path}: no such directory")
        if not path.is_dir():
            raise InputError(f"{path}: not a directory")
        files = manifest_files(path)
    except OSError as err:
        raise InputError(f"{path}: cannot read it ({err.strerror or err})") from None
    found: dict[Key, Manifest] = {}
    for file in files:
        for i, doc in enumerate(_read(file), start=1):
            if doc is None:
                continue
            where = f"{file}: document {i}"
            for obj in _objects_of(doc, where):
                key = _key_of(obj, where)
                if key in found:
                    raise InputError(f"{where} is {_title(key)} again (first in {found[key].file})")
                found[key] = Manifest(key, obj, file.relative_to(path).as_posix())
    return found


# ---- comparing


@dataclass(frozen=True)
class FieldChange:
    """One changed field: ``change`` is ``added``, ``removed``, ``changed`` or ``order`` (a list
    compared by name whose common names are in a new order; ``old``/``new`` are the names).
    ``hidden``: the values must not be shown (a Secret, or a key that looks secret)."""

    path: FieldPath
    change: str
    old: Any = None
    new: Any = None
    hidden: bool = False


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
        return _title(key, key[1] in self.shared_kinds)


def _title(key: Key, with_group: bool = False) -> str:
    group, kind, namespace, name = key
    kind = f"{kind}.{group}" if with_group and group else kind
    return f"{kind} {namespace}/{name}" if namespace else f"{kind} {name}"


def _order(key: Key) -> tuple[str, str, str, str]:
    group, kind, namespace, name = key
    return (kind, namespace, name, group)


def _same(a: Any, b: Any) -> bool:
    """Equality that tells ``true`` from ``1`` and ``1`` from ``1.0`` (YAML does)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if type(a) is not type(b):
        return False
    return bool(a == b) or (isinstance(a, float) and a != a and b != b)  # NaN is NaN


def _names(items: list[Any]) -> list[str] | None:
    """The items' names when every item is a mapping with a distinct string ``name``."""
    names = [item.get("name") if isinstance(item, dict) else None for item in items]
    if all(isinstance(n, str) for n in names) and len(set(names)) == len(names):
        return [str(n) for n in names]
    return None


def _key_order(key: object) -> tuple[str, str]:
    """Map keys in a stable order, whatever their types (``1`` and ``"1"`` both sort)."""
    return (str(key), type(key).__name__)


def _item_secret(item: Any) -> bool:
    return isinstance(item, dict) and looks_secret(item.get("name"))


def _path_order(path: FieldPath) -> tuple[tuple[int, str, int], ...]:
    steps = {"key": 0, "index": 1, "name": 2}
    return tuple((steps[step], "", value) if isinstance(value, int) else (steps[step], value, 0)
                 for step, value in path)


def _walk_keyed(old: Mapping[Any, Any], new: Mapping[Any, Any], keys: list[Any], step: str, path: FieldPath,
                hidden: bool, out: list[FieldChange]) -> None:
    """Compare two maps (a map's keys, or a list's items by name) entry by entry, in ``keys`` order."""
    for key in keys:
        child: FieldPath = path + ((step, str(key)),)
        secret = hidden or looks_secret(key)
        if key not in old:
            out.append(FieldChange(child, "added", new=new[key], hidden=secret))
        elif key not in new:
            out.append(FieldChange(child, "removed", old=old[key], hidden=secret))
        else:
            _walk(old[key], new[key], child, secret, out)


def _walk(old: Any, new: Any, path: FieldPath, hidden: bool, out: list[FieldChange]) -> None:
    if _same(old, new):
        return
    if isinstance(old, dict) and isinstance(new, dict):
        _walk_keyed(old, new, sorted(old.keys() | new.keys(), key=_key_order), "key", path, hidden, out)
        return
    if isinstance(old, list) and isinstance(new, list):
        old_names, new_names = _names(old), _names(new)
        if old_names is not None and new_names is not None:
            old_by, new_by = dict(zip(old_names, old, strict=True)), dict(zip(new_names, new, strict=True))
            kept_old = [n for n in old_names if n in new_by]
            kept_new = [n for n in new_names if n in old_by]
            if kept_old != kept_new:
                out.append(FieldChange(path, "order", old=kept_old, new=kept_new, hidden=hidden))
            _walk_keyed(old_by, new_by, sorted(old_by.keys() | new_by.keys()), "name", path, hidden, out)
            return
        for i in range(max(len(old), len(new))):
            child = path + (("index", i),)
            if i >= len(old):
                out.append(FieldChange(child, "added", new=new[i], hidden=hidden or _item_secret(new[i])))
            elif i >= len(new):
                out.append(FieldChange(child, "removed", old=old[i], hidden=hidden or _item_secret(old[i])))
            else:
                _walk(old[i], new[i], child, hidden or _item_secret(old[i]) or _item_secret(new[i]), out)
        return
    out.append(FieldChange(path, "changed", old=old, new=new, hidden=hidden))


def diff_objects(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[FieldChange]:
    """The field changes from ``old`` to ``new`` (two versions of one object), sorted by path.

    A Secret's changes are all hidden, and its ``data``/``stringData`` are compared key by key
    (an added ``data`` map is one added field per key)."""
    changes: list[FieldChange] = []
    if old.get("kind") == "Secret" or new.get("kind") == "Secret":
        rest_old = {k: v for k, v in old.items() if k not in _SECRET_SECTIONS}
        rest_new = {k: v for k, v in new.items() if k not in _SECRET_SECTIONS}
        _walk(rest_old, rest_new, (), True, changes)
        for section in _SECRET_SECTIONS:
            old_map, new_map = old.get(section) or {}, new.get(section) or {}
            if isinstance(old_map, dict) and isinstance(new_map, dict):
                # one level only: a Secret's values are never walked into
                for key in sorted(old_map.keys() | new_map.keys(), key=_key_order):
                    path: FieldPath = (("key", section), ("key", str(key)))
                    if key not in old_map:
                        changes.append(FieldChange(path, "added", hidden=True))
                    elif key not in new_map:
                        changes.append(FieldChange(path, "removed", hidden=True))
                    elif not _same(old_map[key], new_map[key]):
                        changes.append(FieldChange(path, "changed", hidden=True))
            elif not _same(old_map, new_map):
                changes.append(FieldChange((("key", section),), "changed", hidden=True))
    else:
        _walk(dict(old), dict(new), (), False, changes)
    return sorted(changes, key=lambda c: _path_order(c.path))


def compare(old: Mapping[Key, Manifest], new: Mapping[Key, Manifest]) -> Diff:
    """The :class:`Diff` of two directories' objects (from :func:`load_dir`)."""
    changed: list[ObjectChange] = []
    moved: list[ObjectChange] = []
    unchanged = 0
    for key in sorted(old.keys() & new.keys(), key=_order):
        change = ObjectChange(key, old[key].file, new[key].file, tuple(diff_objects(old[key].obj, new[key].obj)))
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
        added=tuple(new[k] for k in sorted(new.keys() - old.keys(), key=_order)),
        removed=tuple(old[k] for k in sorted(old.keys() - new.keys(), key=_order)),
        changed=tuple(changed),
        moved=tuple(moved),
        unchanged=unchanged,
        shared_kinds=frozenset(kind for kind, seen in groups.items() if len(seen) > 1),
    )


# ---- rendering


def format_path(path: FieldPath) -> str:
    """``spec.listeners[name=https].port``, ``spec.hostnames[0]``,
    ``metadata.labels["app.kubernetes.io/name"]``: keys that are not plain words are quoted."""
    text = ""
    for step, value in path:
        if step == "index":
            text += f"[{value}]"
        elif step == "name":
            name = str(value)
            text += f"[name={name}]" if _BARE_NAME.match(name) else f"[name={json.dumps(name, ensure_ascii=False)}]"
        elif _BARE_KEY.match(str(value)):
            text += f".{value}" if text else str(value)
        else:
            text += f"[{json.dumps(str(value), ensure_ascii=False)}]"
    return text


def _redact_text(text: str) -> str:
    return _SECRET_ASSIGNMENT.sub(lambda m: m.group(1) + HIDDEN, text)


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        value = _redact_text(value)
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):  # a date, bytes: shown as their text
        return json.dumps(_redact_text(str(value)), ensure_ascii=False)


def _render(value: Any) -> str:
    """A value on one line (JSON-like), with the values under secret-looking keys hidden."""
    if isinstance(value, dict):
        hide_rest = looks_secret(value.get("name"))
        parts = []
        for key, item in value.items():
            secret = looks_secret(key) or (hide_rest and key != "name")
            parts.append(f"{_scalar(str(key))}: {HIDDEN if secret else _render(item)}")
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_render(item) for item in value) + "]"
    return _scalar(value)


def _short(text: str, limit: int) -> tuple[str, str]:
    """``text`` cut to ``limit`` characters, and the note that says so (or "")."""
    if len(text) <= limit:
        return text, ""
    return text[:limit] + ELLIPSIS, f" (truncated, {len(text)} chars)"


def _window(old: str, new: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """Two long renderings cut to :data:`MAX_VALUE` characters around where they first differ
    (a long string changed at its end shows its end), each with its note."""
    if len(old) <= MAX_VALUE and len(new) <= MAX_VALUE:
        return (old, ""), (new, "")
    same = len(os.path.commonprefix([old, new]))
    start = max(0, min(same - MAX_VALUE // 4, max(len(old), len(new)) - MAX_VALUE))

    def cut(text: str) -> tuple[str, str]:
        if len(text) <= MAX_VALUE:
            return text, ""
        part = text[start:start + MAX_VALUE]
        return ((ELLIPSIS if start else "") + part + (ELLIPSIS if start + MAX_VALUE < len(text) else ""),
                f" (truncated, {len(text)} chars)")

    return cut(old), cut(new)


def _lines_changed(old: Any, new: Any) -> list[str] | None:
    """For two strings of which one has several lines: the removed (``-``) and added (``+``)
    lines, in order; None when they are not such strings or differ in no line."""
    if not (isinstance(old, str) and isinstance(new, str) and ("\n" in old or "\n" in new)):
        return None
    a, b = old.splitlines(), new.splitlines()
    lines: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            lines += ["-" + line for line in a[i1:i2]]
        if tag in ("replace", "insert"):
            lines += ["+" + line for line in b[j1:j2]]
    return lines or None


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@dataclass(frozen=True)
class _Line:
    """One field change, ready to print: ``head`` (with ``code`` applied to path and values),
    the diff lines of a multi-line string, and a note about lines left out."""

    head: str
    lines: tuple[str, ...] = ()
    more: str = ""


def _describe(change: FieldChange, code: Callable[[str], str]) -> _Line:
    path = code(format_path(change.path)) if change.path else code("(object)")
    if change.hidden:
        verb = {"order": "order changed"}.get(change.change, change.change)
        return _Line(f"{path}: {verb} (value hidden)")

    def value(v: Any) -> str:
        text, note = _short(_render(v), MAX_VALUE)
        return code(text) + note

    if change.change == "added":
        return _Line(f"{path}: added {value(change.new)}")
    if change.change == "removed":
        return _Line(f"{path}: removed {value(change.old)}")
    if change.change == "order":
        return _Line(f"{path}: order {value(change.old)} {ARROW} {value(change.new)}")
    lines = _lines_changed(change.old, change.new)
    if lines is None:
        old, new = _render(change.old), _render(change.new)
        if old == new:  # what differs was hidden (a token=... in a string)
            return _Line(f"{path}: changed (value hidden)")
        (old, old_note), (new, new_note) = _window(old, new)
        return _Line(f"{path}: {code(old)}{old_note} {ARROW} {code(new)}{new_note}")
    added = sum(1 for line in lines if line.startswith("+"))
    removed = len(lines) - added
    counts = [_plural(added, "line") + " added"] if added else []
    if removed:
        counts.append(f"{removed} removed" if added else _plural(removed, "line") + " removed")
    shown = tuple(_short(_redact_text(line), MAX_LINE)[0] for line in lines[:MAX_LINES])
    rest = len(lines) - len(shown)
    more = f"{ELLIPSIS} {_plural(rest, 'more line')} not shown" if rest else ""
    return _Line(f"{path}: {', '.join(counts)}", shown, more)


def _summary(diff: Diff) -> tuple[str, str]:
    """The summary line's lead (to be bolded in Markdown) and the rest."""
    moved = f", {len(diff.moved) + sum(1 for c in diff.changed if c.moved)} moved between files"
    moved = "" if moved.startswith(", 0 ") else moved
    if not diff.differs:
        return "No changes", f" ({_plural(diff.unchanged, 'object')}{moved})"
    lead = f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed"
    return lead, f" ({diff.unchanged} unchanged{moved})"


def _moved_note(change: ObjectChange, escape: Callable[[str], str]) -> str:
    return f"moved from {escape(change.old_file)} to {escape(change.new_file)}"


def _code(text: str) -> str:
    """``text`` as a Markdown code span (any backticks in it kept)."""
    runs = [len(run) for run in re.findall(r"`+", text)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _escape(text: str) -> str:
    """Plain text in Markdown: the characters that would format it escaped."""
    return re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", text)


def render_markdown(diff: Diff) -> str:
    """The diff as Markdown for a pull-request comment: a summary line, then ``### Added``,
    ``### Removed``, ``### Changed`` and ``### Moved`` (each only when not empty)."""
    lead, rest = _summary(diff)
    out = [f"**{lead}**{rest}"]
    for heading, manifests in (("Added", diff.added), ("Removed", diff.removed)):
        if manifests:
            out += ["", f"### {heading}", ""]
            out += [f"- {_code(diff.title(m.key))} ({_escape(m.file)})" for m in manifests]
    if diff.changed:
        out += ["", "### Changed", ""]
        for change in diff.changed:
            note = f" ({_moved_note(change, _escape)})" if change.moved else ""
            out.append(f"- {_code(diff.title(change.key))}{note}")
            fields: list[str] = []
            for field in change.fields:
                line = _describe(field, _code)
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
        out += [f"- {_code(diff.title(c.key))}: {_moved_note(c, _escape)}" for c in diff.moved]
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
                line = _describe(field, str)
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


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m homelab_constructs diff",
                     usage="%(prog)s OLD_DIR NEW_DIR [--format markdown|text] [--old-missing-ok]",
                     description="What a change does to the cluster, object by object: the objects added, removed "
                                 "and changed from OLD_DIR to NEW_DIR (directories of *.yaml manifests). Exit status: "
                                 "0 no differences, 1 differences, 2 bad usage or unreadable input.")
    parser.add_argument("old", metavar="OLD_DIR", help="the manifests before (dist/ of the base branch)")
    parser.add_argument("new", metavar="NEW_DIR", help="the manifests after (dist/ of the pull request)")
    parser.add_argument("--format", default="markdown", metavar="markdown|text",
                        help="markdown (default, for a pull-request comment) or text")
    parser.add_argument("--old-missing-ok", action="store_true",
                        help="a missing OLD_DIR has no objects: everything is added (a first commit)")
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


def main(argv: Sequence[str]) -> int:
    """``python -m homelab_constructs diff OLD_DIR NEW_DIR [--format markdown|text] [--old-missing-ok]``:
    print the diff; 0 no differences, 1 differences, 2 bad usage or unreadable input."""
    try:
        args = _parser().parse_args(list(argv))
    except UsageError as err:
        print(f"diff: {err} (usage: {USAGE})", file=sys.stderr)
        return 2
    except SystemExit as done:  # --help
        return int(done.code or 0)
    render = FORMATS.get(args.format)
    if render is None:
        print(f"diff: --format is markdown or text, not {args.format!r} (usage: {USAGE})", file=sys.stderr)
        return 2
    try:
        old = {} if args.old_missing_ok and _missing(args.old) else load_dir(args.old)
        new = load_dir(args.new)
        diff = compare(old, new)
        text = render(diff)
    except InputError as err:
        print(f"diff: {err}", file=sys.stderr)
        return 2
    except RecursionError:
        print("diff: a manifest nests too deeply (or refers to itself through a YAML alias) to be compared",
              file=sys.stderr)
        return 2
    _write(text)
    return 1 if diff.differs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
