"""A real repository's files against what a program writes: each real object matched, missing
or different (standard library and PyYAML only, like the ``diff`` command that uses it).

``python -m homelab_constructs diff --real REAL_DIR WRITTEN_DIR`` reads REAL_DIR as the
reference (``*.yaml`` and ``*.yml``, hand-rendered headers honoured: see
:mod:`~homelab_constructs.tools.reading`) and compares every one of its objects with the
object of the same identity in WRITTEN_DIR, by meaning (:mod:`~homelab_constructs.tools.meaning`).
Each real object is:

* **matched**: written, and no field differs;
* **missing**: nothing with its identity is written (the report names an object of the same
  kind and name written elsewhere, when there is one);
* **different**: written, with the fields that differ (``added``: only the written object has
  it; ``removed``: only the real one; ``A → B``: real value, then written value).

Objects only WRITTEN_DIR has are not listed: a program may write more than a repository
holds (its Flux wiring, its own checks). The exit status is 0 when every real object matched.

What a repository does outside its manifests can be compared too: :func:`install_object` turns
a ``cilium install``/``cilium upgrade`` command line (``--version``, ``--namespace``, ``--set``,
``--set-string``) into the object a repository's files write it down as (kind
``CiliumInstall``, apiVersion :data:`INSTALL_API_VERSION`: ``spec.version`` and
``spec.values``, the flags' values as Helm reads them), so an install command is compared
with its real counterpart like any object (``--install-command``).
"""
from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .fields import FieldChange, Line, code_span, describe, diff_objects, escape_markdown, plural
from .meaning import Meaning, normalize
from .reading import InputError, Key, Manifest, object_order, title

__all__ = ["INSTALL_API_VERSION", "RealObject", "RealReport", "compare_real", "install_object", "render_real_markdown",
           "render_real_text"]

#: the apiVersion of an install command written down as an object (it is no Kubernetes API)
INSTALL_API_VERSION = "pseudo.real-repos/v1"
_INT = re.compile(r"-?[1-9][0-9]*\Z")


# ---- an install command as an object


def _typed(text: str, typed: bool) -> Any:
    """A ``--set`` value as Helm reads it: ``true``/``false``/``null`` and integers typed
    (``--set-string``: always the text)."""
    if not typed:
        return text
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered == "null":
        return None
    if text == "0" or (_INT.match(text) and -2**63 <= int(text) < 2**63):
        return int(text)
    return text


def _read_key(text: str, i: int) -> tuple[list[str | int], int]:
    """The key of a ``key=value`` (``a.b[0].c``, ``\\`` escaping), and where its value starts."""
    steps: list[str | int] = []
    current, pending = "", True
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            current, pending, i = current + text[i + 1], True, i + 2
        elif char == "=":
            if pending:
                steps.append(current)
            return steps, i + 1
        elif char == ".":
            if pending:
                steps.append(current)
            current, pending, i = "", True, i + 1
        elif char == "[":
            end = text.find("]", i)
            if end < 0 or not text[i + 1:end].isdigit():
                raise ValueError(f"a list index in {text!r} is not [N]")
            if pending:
                steps.append(current)
            steps.append(int(text[i + 1:end]))
            current, pending, i = "", False, end + 1
        else:
            current, pending, i = current + char, True, i + 1
    raise ValueError(f"{text!r} has no '='")


def _read_text(text: str, i: int, stops: str) -> tuple[str, int]:
    out = ""
    while i < len(text) and text[i] not in stops:
        if text[i] == "\\" and i + 1 < len(text):
            i += 1
        out += text[i]
        i += 1
    return out, i


def _put(values: dict[str, Any], steps: list[str | int], value: Any) -> None:
    node: Any = values
    for step, after in zip(steps, steps[1:] + [None], strict=True):
        fresh: Any = [] if isinstance(after, int) else {}
        if isinstance(step, int):
            if not isinstance(node, list):
                raise ValueError(f"index [{step}] of something that is not a list")
            node.extend([None] * (step + 1 - len(node)))
            if after is None:
                node[step] = value
            elif not isinstance(node[step], (dict, list)):
                node[step] = fresh
            node = node[step]
        else:
            if not isinstance(node, dict):
                raise ValueError(f"key {step!r} of something that is not a map")
            if after is None:
                node[step] = value
            elif not isinstance(node.get(step), (dict, list)):
                node[step] = fresh
            node = node[step]


def _set_flag(text: str, typed: bool, values: dict[str, Any]) -> None:
    """One ``--set`` argument (``a.b=1,c={x,y}``) into ``values``."""
    i = 0
    while i < len(text):
        steps, i = _read_key(text, i)
        if text.startswith("{", i):
            items: list[Any] = []
            i += 1
            while True:
                item, i = _read_text(text, i, ",}")
                if i >= len(text):
                    raise ValueError(f"a list in {text!r} has no closing '}}'")
                if item or text[i] == ",":
                    items.append(_typed(item, typed))
                i += 1
                if text[i - 1] == "}":
                    break
            value: Any = items
        else:
            raw, i = _read_text(text, i, ",")
            value = _typed(raw, typed)
        _put(values, steps, value)
        if i < len(text):
            if text[i] != ",":
                raise ValueError(f"{text!r} has {text[i]!r} after a value")
            i += 1


def install_object(command: str | Sequence[str]) -> dict[str, Any]:
    """The object a repository's files write a ``cilium install``/``cilium upgrade`` command as
    (see the module). Raises :class:`~homelab_constructs.tools.reading.InputError` (one line) for
    another command or an option it cannot compare (a values file, ``--helm-set``...)."""
    text = command if isinstance(command, str) else shlex.join(command)
    try:
        args = shlex.split(text) if isinstance(command, str) else list(command)
    except ValueError as err:
        raise InputError(f"--install-command {text!r}: not a command line ({err})") from None
    if args[:1] != ["cilium"] or args[1:2] not in (["install"], ["upgrade"]):
        raise InputError(f"--install-command {text!r}: not a `cilium install` or `cilium upgrade` command")
    spec: dict[str, Any] = {}
    values: dict[str, Any] = {}
    namespace = "kube-system"
    rest = args[2:]
    while rest:
        option, _, inline = rest.pop(0).partition("=")
        if option not in ("--version", "--namespace", "-n", "--set", "--set-string"):
            raise InputError(f"--install-command {text!r}: cannot compare the option {option} (only --version, "
                             "--namespace, --set and --set-string)")
        if not inline and not rest:
            raise InputError(f"--install-command {text!r}: {option} has no value")
        value = inline or rest.pop(0)
        if option == "--version":
            spec["version"] = value
        elif option in ("--namespace", "-n"):
            namespace = value
        else:
            try:
                _set_flag(value, option == "--set", values)
            except ValueError as err:
                raise InputError(f"--install-command {text!r}: cannot read {option} {value} ({err})") from None
    spec["values"] = values
    return {"apiVersion": INSTALL_API_VERSION, "kind": "CiliumInstall",
            "metadata": {"name": "cilium", "namespace": namespace}, "spec": spec}


# ---- comparing


@dataclass(frozen=True)
class RealObject:
    """One real object and what became of it: its differing ``fields`` (none: matched), or no
    ``written`` object at all (missing; ``elsewhere``: the same kind and name written under
    another namespace or group)."""

    real: Manifest
    written: Manifest | None
    fields: tuple[FieldChange, ...] = ()
    elsewhere: tuple[Key, ...] = ()

    @property
    def status(self) -> str:
        """``matched``, ``missing`` or ``different``."""
        if self.written is None:
            return "missing"
        return "different" if self.fields else "matched"


@dataclass(frozen=True)
class RealReport:
    """Every real object (sorted by kind, namespace, name, group) and what became of it."""

    objects: tuple[RealObject, ...]
    #: kinds that more than one group has among the real objects: their titles name the group
    shared_kinds: frozenset[str] = frozenset()

    def of(self, status: str) -> tuple[RealObject, ...]:
        """The objects whose status is ``status`` (``matched``, ``missing``, ``different``)."""
        return tuple(o for o in self.objects if o.status == status)

    @property
    def all_matched(self) -> bool:
        return all(o.status == "matched" for o in self.objects)

    def title(self, key: Key) -> str:
        return title(key, key[1] in self.shared_kinds)


def compare_real(real: Mapping[Key, Manifest], written: Mapping[Key, Manifest],
                 meaning: Meaning | None = None) -> RealReport:
    """Each object of ``real`` against ``written`` (both from
    :func:`~homelab_constructs.tools.reading.load_dir`), by ``meaning`` (default: every rule,
    without CRD schemas), a hand-rendered real object on the fields its header names."""
    meaning = Meaning.every() if meaning is None else meaning
    objects: list[RealObject] = []
    for key in sorted(real, key=object_order):
        manifest = real[key]
        other = written.get(key)
        if other is None:
            elsewhere = tuple(sorted((k for k in written if k[1] == key[1] and k[3] == key[3]), key=object_order))
            objects.append(RealObject(manifest, None, elsewhere=elsewhere))
            continue
        marked = manifest.hand_rendered
        fields = diff_objects(normalize(manifest.obj, meaning), normalize(other.obj, meaning),
                              fields=marked.fields if marked else (), written_only=bool(marked and marked.written_only))
        objects.append(RealObject(manifest, other, tuple(fields)))
    groups: dict[str, set[str]] = {}
    for group, kind, _, _ in real:
        groups.setdefault(kind, set()).add(group)
    return RealReport(tuple(objects), frozenset(kind for kind, seen in groups.items() if len(seen) > 1))


# ---- rendering


def _summary(report: RealReport) -> str:
    return (f"{len(report.of('matched'))} of {plural(len(report.objects), 'real object')} matched, "
            f"{len(report.of('missing'))} missing, {len(report.of('different'))} different")


def _where(item: RealObject) -> str:
    marked = item.real.hand_rendered
    return f"{item.real.file}, {marked.describe()}" if marked else item.real.file


def _sections(report: RealReport, code: Callable[[str], str], escape: Callable[[str], str], *, full: bool,
              reveal: bool) -> list[tuple[str, list[tuple[str, list[Line]]]]]:
    """(heading, [(object line, a line per detail)]) for the missing, different and matched objects."""
    def head(item: RealObject) -> str:
        return f"{code(report.title(item.real.key))} ({escape(_where(item))})"

    return [
        ("Missing (real, not written)",
         [(head(o), [Line(f"written as {code(title(k, True))} instead") for k in o.elsewhere])
          for o in report.of("missing")]),
        ("Different (real → written; added: only written, removed: only real)",
         [(head(o), [describe(change, code, full=full, reveal=reveal) for change in o.fields])
          for o in report.of("different")]),
        ("Matched", [(head(o), []) for o in report.of("matched")]),
    ]


def render_real_text(report: RealReport, *, full: bool = True, reveal: bool = False) -> str:
    """The report as plain indented text: the summary, then the missing, different and matched
    objects (values in full unless not ``full``; hidden ones shown when ``reveal``)."""
    out = [_summary(report)]
    for heading, items in _sections(report, str, str, full=full, reveal=reveal):
        if items:
            out += ["", f"{heading}:"]
            for head, lines in items:
                out.append(f"  {head}")
                for line in lines:
                    out += [f"    {line.head}", *(f"      {text}" for text in line.lines)]
                    out += [f"      {line.more}"] if line.more else []
    return "\n".join(out) + "\n"


def render_real_markdown(report: RealReport, *, full: bool = True, reveal: bool = False) -> str:
    """The report as Markdown: the summary in bold, then ``### Missing``, ``### Different`` and
    ``### Matched`` bullets, a nested bullet per differing field."""
    out = [f"**{_summary(report)}**"]
    for heading, items in _sections(report, code_span, escape_markdown, full=full, reveal=reveal):
        if items:
            out += ["", f"### {heading}", ""]
            for head, lines in items:
                out.append(f"- {head}")
                for line in lines:
                    out.append(f"  - {line.head}")
                    if line.lines:
                        out += ["    ```diff", *(f"    {text}" for text in line.lines), "    ```"]
                    out += [f"    {line.more}"] if line.more else []
    return "\n".join(out) + "\n"
