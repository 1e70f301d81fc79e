"""Exports loaded on first use (PEP 562), so ``import homelab_constructs`` stays cheap.

Each CRD binding is megabytes of generated Python plus a jsii assembly that the node
process must load; importing the Envoy Gateway profile alone costs a quarter of a second.
A package lists its heavy submodules here, and they are imported only when a name from
them is first used (``from homelab_constructs import EnvoyProfile`` works as before).
"""
from __future__ import annotations

import importlib
from typing import Any, Callable, Mapping, Sequence


def lazy_exports(package: str, namespace: dict[str, Any],
                 modules: Mapping[str, Sequence[str]]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: ``modules`` maps a relative submodule
    (``".envoy"``) to the names it exports; each is imported on first access and cached in
    ``namespace`` (the package's ``globals()``)."""
    where = {name: module for module, names in modules.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(where))

    return __getattr__, __dir__
