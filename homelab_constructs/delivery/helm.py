"""Helm values as text: a values file (:func:`values_yaml`) or ``--set`` flags (:func:`helm_set_flags`).

Generic: nothing here knows a chart. The typed values of a release (such as
:class:`~homelab_constructs.platform.cilium_values.CiliumValues`) build a plain mapping of
Helm values, and these functions write it out deterministically (keys sorted) for
``helm install -f``, ``helm --set`` or ``cilium install --set``. No CRD bindings are loaded.
"""
from __future__ import annotations

import re
from typing import Any, Iterator, Mapping

import yaml


def leaf_paths(value: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """``(key path, leaf)`` of every leaf of nested Helm values, keys sorted; an empty map is a leaf."""
    if isinstance(value, Mapping) and value:
        for key in sorted(value):
            yield from leaf_paths(value[key], path + (key,))
    else:
        yield path, value


def plain_values(value: Any) -> Any:
    """``value`` as plain dicts and lists (mappings copied, tuples as lists), as YAML writes them."""
    if isinstance(value, Mapping):
        return {k: plain_values(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_values(v) for v in value]
    return value


def deep_merge(into: dict[str, Any], extra: Mapping[str, Any]) -> None:
    """Merge ``extra`` into ``into`` in place: nested maps key by key, anything else replaced."""
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(into.get(key), dict):
            deep_merge(into[key], value)
        else:
            into[key] = plain_values(value)


def values_yaml(values: Mapping[str, Any]) -> str:
    """Helm values as YAML text with sorted keys (deterministic)."""
    return yaml.safe_dump(plain_values(values), sort_keys=True, default_flow_style=False, allow_unicode=True)


# ---- --set flags: Helm's strvals syntax

_KEY_SPECIALS = "\\.,=[]{}"
_VALUE_SPECIALS = "\\,{}"
_INT = re.compile(r"^[+-]?[0-9]+$")


def _escape(text: str, specials: str) -> str:
    return "".join("\\" + c if c in specials else c for c in text)


def _typed_by_helm(text: str) -> bool:
    """Would ``--set`` turn this string into a bool, null or integer (Helm's ``typedVal``)?"""
    if text.lower() in ("true", "false", "null") or text == "0":
        return True
    return bool(text) and text[0] != "0" and bool(_INT.match(text)) and -2**63 <= int(text) < 2**63


def _scalar(value: Any, key: str) -> tuple[str, bool]:
    """``(text, needs --set-string)`` for one scalar value."""
    if isinstance(value, bool):
        return ("true" if value else "false"), False
    if isinstance(value, int):
        return str(value), False
    if isinstance(value, str):
        return _escape(value, _VALUE_SPECIALS), _typed_by_helm(value)
    raise ValueError(f"{key}: cannot write {value!r} as a --set flag (got {type(value).__name__}); "
                     "use a values file (values_yaml) for floats and nulls")


def helm_set_flags(values: Mapping[str, Any]) -> list[str]:
    """Helm values as ``--set key=value`` flags (``--set-string`` where ``--set`` would turn
    a string into a number or bool), keys sorted: nested keys joined by ``.``, lists as
    ``{a,b}``, lists of maps as ``key[0].field``; ``\\``, ``,``, ``{``, ``}`` (and ``.``, ``=``,
    ``[``, ``]`` in keys) escaped with ``\\``. Empty maps and lists are left out (``--set``
    cannot write them; they mean the chart's default anyway)."""
    flags: list[str] = []

    def emit(key: str, value: Any) -> None:
        if isinstance(value, Mapping):
            for k in sorted(value):
                emit(f"{key}.{_escape(k, _KEY_SPECIALS)}" if key else _escape(k, _KEY_SPECIALS), value[k])
        elif isinstance(value, (list, tuple)):
            if not value:
                return
            if all(isinstance(v, Mapping) for v in value):
                for i, item in enumerate(value):
                    emit(f"{key}[{i}]", item)
                return
            items = [_scalar(v, key) for v in value]
            as_string = any(s for _, s in items)
            if as_string and not all(isinstance(v, str) for v in value):
                raise ValueError(f"{key}: a list mixing strings that look like numbers or bools with other "
                                 f"values cannot be written as --set flags (got {list(value)!r}); use a values file")
            flags.append(f"--set{'-string' if as_string else ''} {key}={{{','.join(t for t, _ in items)}}}")
        else:
            text, as_string = _scalar(value, key)
            flags.append(f"--set{'-string' if as_string else ''} {key}={text}")

    emit("", values)
    return flags


__all__ = ["deep_merge", "helm_set_flags", "leaf_paths", "plain_values", "values_yaml"]
