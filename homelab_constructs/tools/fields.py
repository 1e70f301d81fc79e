"""One object against another, field by field: the changed fields as paths, and each change
described on one line (standard library only).

A field's path is a tuple of steps (:data:`FieldPath`), written ``spec.listeners[name=https].port``,
``spec.hostnames[0]`` or ``metadata.labels["app.kubernetes.io/name"]`` (:func:`format_path`).
A list whose items all have a distinct ``name`` is compared by name, other lists by index.
Values under keys that look secret (:func:`looks_secret`), and every value of a Secret, are
hidden unless the caller asks to see them (``reveal``: a public repository's files, which hold
no secret values). See :mod:`homelab_constructs.tools.diff` for how the command uses them.
"""
from __future__ import annotations

import difflib
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Union

__all__ = ["ARROW", "ELLIPSIS", "HIDDEN", "MAX_LINE", "MAX_LINES", "MAX_VALUE", "FieldChange", "FieldPath", "Line",
           "code_span", "describe", "diff_objects", "escape_markdown", "format_path", "looks_secret", "plural",
           "within"]

#: a rendered value longer than this many characters is cut, with a note
MAX_VALUE = 80
#: a multi-line string's change shows at most this many added or removed lines
MAX_LINES = 20
#: one added or removed line longer than this many characters is cut
MAX_LINE = 120

#: what a hidden value is shown as inside a rendered value
HIDDEN = "<hidden>"
#: the arrow between an old and a new value
ARROW = "→"
#: the mark of a cut value or line
ELLIPSIS = "…"

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


def looks_secret(key: object) -> bool:
    """Whether a map key (or a list item's name) looks like it holds a secret: it contains
    ``password``, ``passwd``, ``token``, ``secret`` or ``apiKey`` (case, ``-`` and ``_`` ignored)."""
    if not isinstance(key, str):
        return False
    folded = key.lower().replace("-", "").replace("_", "")
    return any(word in folded for word in _SECRET_WORDS)


@dataclass(frozen=True)
class FieldChange:
    """One changed field: ``change`` is ``added``, ``removed``, ``changed`` or ``order`` (a list
    compared by name whose common names are in a new order; ``old``/``new`` are the names).
    ``hidden``: the values are not shown unless asked (a Secret, or a key that looks secret);
    ``secret``: a value of a Secret's ``data`` or ``stringData``, never shown (nor kept)."""

    path: FieldPath
    change: str
    old: Any = None
    new: Any = None
    hidden: bool = False
    secret: bool = False

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


def diff_objects(old: Mapping[str, Any], new: Mapping[str, Any], *, fields: Sequence[str] = (),
                 written_only: bool = False) -> list[FieldChange]:
    """The field changes from ``old`` to ``new`` (two versions of one object), sorted by path.

    A Secret's changes are all hidden, and its ``data``/``stringData`` are compared key by key
    (an added ``data`` map is one added field per key).

    ``old`` may be a partial rendering (a chart's output written down by hand): ``fields``
    compares only those fields (paths as :func:`format_path` writes them); ``written_only``
    only the fields ``old`` writes (a map key only ``new`` has is no difference)."""
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
                        changes.append(FieldChange(path, "added", hidden=True, secret=True))
                    elif key not in new_map:
                        changes.append(FieldChange(path, "removed", hidden=True, secret=True))
                    elif not _same(old_map[key], new_map[key]):
                        changes.append(FieldChange(path, "changed", hidden=True, secret=True))
            elif not _same(old_map, new_map):
                changes.append(FieldChange((("key", section),), "changed", hidden=True, secret=True))
    else:
        _walk(dict(old), dict(new), (), False, changes)
    if fields:
        changes = [c for c in changes if any(within(c.path, f) for f in fields)]
    elif written_only:
        # a key only ``new`` has was not written in ``old``: not compared (an added list item is)
        changes = [c for c in changes if not (c.change == "added" and c.path and c.path[-1][0] == "key")]
    return sorted(changes, key=lambda c: _path_order(c.path))


def within(path: FieldPath, field: str) -> bool:
    """Whether the field at ``path`` is ``field`` (a path as :func:`format_path` writes it), lies
    inside it, or holds it: a change there changes ``field``."""
    text = format_path(path)
    if not text or text == field:
        return True
    inner, outer = (text, field) if len(text) > len(field) else (field, text)
    return inner.startswith(outer) and inner[len(outer)] in ".["


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


def _redact_text(text: str, reveal: bool = False) -> str:
    return text if reveal else _SECRET_ASSIGNMENT.sub(lambda m: m.group(1) + HIDDEN, text)


def _scalar(value: Any, reveal: bool = False) -> str:
    if isinstance(value, str):
        value = _redact_text(value, reveal)
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):  # a date, bytes: shown as their text
        return json.dumps(_redact_text(str(value), reveal), ensure_ascii=False)


def _render(value: Any, reveal: bool = False) -> str:
    """A value on one line (JSON-like), with the values under secret-looking keys hidden
    (unless ``reveal``)."""
    if isinstance(value, dict):
        hide_rest = not reveal and looks_secret(value.get("name"))
        parts = []
        for key, item in value.items():
            secret = not reveal and (looks_secret(key) or (hide_rest and key != "name"))
            parts.append(f"{_scalar(str(key))}: {HIDDEN if secret else _render(item, reveal)}")
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_render(item, reveal) for item in value) + "]"
    return _scalar(value, reveal)


def _short(text: str, limit: int | None) -> tuple[str, str]:
    """``text`` cut to ``limit`` characters (None: never), and the note that says so (or "")."""
    if limit is None or len(text) <= limit:
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


def plural(n: int, word: str) -> str:
    """``1 object``, ``2 objects``."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@dataclass(frozen=True)
class Line:
    """One field change, ready to print: ``head`` (with ``code`` applied to path and values),
    the diff lines of a multi-line string, and a note about lines left out."""

    head: str
    lines: tuple[str, ...] = ()
    more: str = ""


def describe(change: FieldChange, code: Callable[[str], str], *, full: bool = False, reveal: bool = False) -> Line:
    """One field change on one line (and the changed lines of a multi-line string). Long values
    and many lines are cut (:data:`MAX_VALUE`, :data:`MAX_LINES`, :data:`MAX_LINE`) unless
    ``full``; hidden values are not shown unless ``reveal`` (a Secret's data never is)."""
    path = code(format_path(change.path)) if change.path else code("(object)")
    if change.secret or (change.hidden and not reveal):
        verb = {"order": "order changed"}.get(change.change, change.change)
        return Line(f"{path}: {verb} (value hidden)")

    def value(v: Any) -> str:
        text, note = _short(_render(v, reveal), None if full else MAX_VALUE)
        return code(text) + note

    if change.change == "added":
        return Line(f"{path}: added {value(change.new)}")
    if change.change == "removed":
        return Line(f"{path}: removed {value(change.old)}")
    if change.change == "order":
        return Line(f"{path}: order {value(change.old)} {ARROW} {value(change.new)}")
    lines = _lines_changed(change.old, change.new)
    if lines is None:
        old, new = _render(change.old, reveal), _render(change.new, reveal)
        if old == new:  # what differs was hidden (a token=... in a string)
            return Line(f"{path}: changed (value hidden)")
        (old, old_note), (new, new_note) = ((old, ""), (new, "")) if full else _window(old, new)
        return Line(f"{path}: {code(old)}{old_note} {ARROW} {code(new)}{new_note}")
    added = sum(1 for line in lines if line.startswith("+"))
    removed = len(lines) - added
    counts = [plural(added, "line") + " added"] if added else []
    if removed:
        counts.append(f"{removed} removed" if added else plural(removed, "line") + " removed")
    shown = tuple(_short(_redact_text(line, reveal), None if full else MAX_LINE)[0]
                  for line in (lines if full else lines[:MAX_LINES]))
    rest = len(lines) - len(shown)
    more = f"{ELLIPSIS} {plural(rest, 'more line')} not shown" if rest else ""
    return Line(f"{path}: {', '.join(counts)}", shown, more)


def code_span(text: str) -> str:
    """``text`` as a Markdown code span (any backticks in it kept)."""
    runs = [len(run) for run in re.findall(r"`+", text)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def escape_markdown(text: str) -> str:
    """Plain text in Markdown: the characters that would format it escaped."""
    return re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", text)
