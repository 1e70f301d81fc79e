"""Reading manifest files, for the commands that work on plain manifests (``diff``,
``reachability``): standard library and PyYAML only, no cdk8s or jsii."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, NoReturn

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def manifest_files(directory: Path) -> list[Path]:
    """The ``*.yaml`` files of ``directory`` and its folders (``dist/`` is written one folder per
    stage), in path order."""
    return sorted((p for p in Path(directory).rglob("*.yaml") if p.is_file()),
                  key=lambda p: p.relative_to(directory).parts)


def read_documents(file: Path, error: type[Exception]) -> list[Any]:
    """Every YAML document of ``file``; ``error`` (one line naming the file and where) when it
    cannot be read or parsed."""
    try:
        return list(yaml.load_all(file.read_text(encoding="utf-8"), Loader=_LOADER))
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


class UsageError(Exception):
    """Bad command-line usage; the command prints it as one line and exits 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser that raises :class:`UsageError` instead of printing and exiting, so
    each command words its own one-line error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)
