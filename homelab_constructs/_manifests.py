"""Reading manifest files, for the commands that work on plain manifests (``validate``, ``diff``,
``reachability``): standard library and PyYAML only, no cdk8s or jsii.

The files may be hostile (``diff`` runs in pull-request CI on a ``dist/`` a contributor wrote), so
reading one is bounded before anything is built from it: its size (:data:`MAX_FILE_BYTES`), its
documents (:data:`MAX_DOCUMENTS`), its nesting (:data:`MAX_DEPTH`) and the nodes it stands for
once every alias is expanded (:data:`MAX_NODES`: a YAML "billion laughs" of a few lines stands
for billions). A first pass over the parser's events (libyaml's C parser where present) measures
them; only a file within every bound is loaded, with the safe loader (no tag runs code).
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, NoReturn, Optional

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: the largest manifest file read (the API server takes objects of about 1.5 MiB)
MAX_FILE_BYTES = 32 * 1024 * 1024
#: the most YAML documents in one file
MAX_DOCUMENTS = 10_000
#: the deepest nesting of mappings and sequences (the library's own JSON depth bound)
MAX_DEPTH = 100
#: the most nodes one file stands for with every alias expanded
MAX_NODES = 2_000_000
#: the most manifest files in one directory tree
MAX_FILES = 10_000


def manifest_files(directory: Path, error: type[Exception] = ValueError) -> list[Path]:
    """The ``*.yaml`` files of ``directory`` and its folders (``dist/`` is written one folder per
    stage), in path order; ``error`` when there are more than :data:`MAX_FILES`."""
    files = []
    for path in Path(directory).rglob("*.yaml"):
        if path.is_file():
            files.append(path)
            if len(files) > MAX_FILES:
                raise error(f"{directory}: more than {MAX_FILES} manifest files; point the command at the bundle's folder")
    return sorted(files, key=lambda p: p.relative_to(directory).parts)


def _measure(text: str) -> Optional[str]:
    """What is too big about ``text`` (a YAML stream), or ``None``: one pass over its events."""
    sizes: dict[str, int] = {}  # anchor -> the nodes it stands for
    stack: list[list[Any]] = []  # [anchor, nodes so far] of each open mapping or sequence
    documents = 0
    total = 0
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            stack.append([event.anchor, 1])
            if len(stack) > MAX_DEPTH:
                return f"nested deeper than {MAX_DEPTH} levels"
            continue
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > MAX_DOCUMENTS:
                return f"more than {MAX_DOCUMENTS} documents"
            continue
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            anchor, size = stack.pop()
        elif isinstance(event, yaml.ScalarEvent):
            anchor, size = event.anchor, 1
        elif isinstance(event, yaml.AliasEvent):
            anchor, size = None, sizes.get(event.anchor or "", 1)
        else:
            continue
        if anchor is not None:
            sizes[anchor] = size
        if stack:
            stack[-1][1] += size
            if stack[-1][1] > MAX_NODES:
                return f"more than {MAX_NODES} nodes once its aliases are expanded"
        else:
            total += size
            if total > MAX_NODES:
                return f"more than {MAX_NODES} nodes once its aliases are expanded"
    return None


def read_documents(file: Path, error: type[Exception], loader: Any = None) -> list[Any]:
    """Every YAML document of ``file``; ``error`` (one line naming the file and where) when it
    cannot be read or parsed, or is larger than the bounds above allow. ``loader``: a safe loader
    class of PyYAML's to load with once the file is within bounds (default the C safe loader)."""
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise error(f"{file}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB; not a manifest file this command reads")
        text = file.read_text(encoding="utf-8")
        if "\0" in text:
            raise error(f"{file}: not YAML text (it holds NUL bytes)")
        too_big = _measure(text)
        if too_big is not None:
            raise error(f"{file}: refused: {too_big}")
        return list(yaml.load_all(text, Loader=loader or _LOADER))
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        raise error(f"{file}: invalid YAML: {' '.join(str(err.problem or err.context).split())}{where}") from None
    except yaml.YAMLError as err:
        raise error(f"{file}: invalid YAML: {' '.join(str(err).split())}") from None
    except UnicodeDecodeError:
        raise error(f"{file}: not UTF-8 text") from None
    except OSError as err:
        raise error(f"{file}: cannot read it ({err.strerror or err})") from None


class ManifestError(ValueError):
    """A manifest file that cannot be read as Kubernetes objects; its message is one line that
    names the file."""


def read_objects(file: Path, error: type[Exception] = ManifestError) -> list[dict]:
    """The Kubernetes objects of ``file`` (empty documents skipped), each a mapping with a
    ``kind``; ``error`` as :func:`read_documents` raises it, or when a document is something else."""
    objects = []
    for number, doc in enumerate(read_documents(file, error), 1):
        if doc is None:
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("kind"), str):
            raise error(f"{file}: document {number} is not a Kubernetes object (a mapping with a kind)")
        objects.append(doc)
    return objects


class UsageError(Exception):
    """Bad command-line usage; the command prints it as one line and exits 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser that raises :class:`UsageError` instead of printing and exiting, so
    each command words its own one-line error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)
