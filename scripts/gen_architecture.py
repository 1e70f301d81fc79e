"""The library's layers, read from its own imports: ``docs/architecture.md`` and the rules it keeps.

Each module of ``homelab_constructs`` belongs to one layer of :data:`LAYERS` (bottom first). An
import may point down or across a layer; one that points up is a *back-up* import (at most
:data:`MAX_BACK_UP` are allowed). The module-level imports form no cycle, and an import written
inside a function (to load a CRD binding only when it is used) would form none either if it were
written at the top: no import is placed in a function to dodge a cycle.

    python scripts/gen_architecture.py          # rewrite docs/architecture.md
    python scripts/gen_architecture.py --check  # exit 1 when it is not current or a rule is broken

``tests/test_architecture.py`` runs the checks one by one.
"""
from __future__ import annotations

import argparse
import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "homelab_constructs"
DOC = ROOT / "docs" / "architecture.md"

#: the layers, bottom first: (name, what it holds, the modules or folders in it (relative to the package))
LAYERS: list[tuple[str, str, tuple[str, ...]]] = [
    ("foundation", "value checks, names, per-app state in the construct tree, the construct base class",
     ("_env", "_names", "_selectors", "_lazy", "_deprecated", "_validation", "_tree", "_props", "_base",
      "_manifests", "_hostnames", "cluster")),
    ("manifest validator", "the cluster's rules over synthesized manifests (schemas, CEL, whole-app rules)",
     ("validation/",)),
    ("building blocks", "constructs that need no gateway or app: pools, BGP, VLANs, policies as data, "
     "certificates, secrets, declared objects, waived recommendations, namespaces, Flux/Argo CD/Helm delivery, "
     "dashboards and rules",
     ("declared", "recommendations", "namespace", "network/", "tls/", "secrets", "push_secrets", "delivery/",
      "monitoring/")),
    ("gateway", "Gateway API: gateways, listeners, routes, Envoy Gateway, per-route auth", ("gateway/",)),
    ("apps and DNS", "apps, the VPN pod, ExternalDNS, DNS endpoints, the tunnel, CoreDNS, records",
     ("apps/", "dns/")),
    ("isolation", "default-deny per namespace with the allows its apps and routes need", ("isolation/",)),
    ("platform releases", "Cilium, cert-manager and Multus as releases", ("platform/",)),
    ("the whole homelab", "Homelab and HomelabSpec", ("homelab",)),
    ("entry points", "synth with its checks, the command-line tools, the public API",
     ("synthesis", "tools/", "__init__", "__main__")),
]
#: the most imports that may point up a layer
MAX_BACK_UP = 2
#: the most lines a module may have
MAX_LINES = 800
#: words that tell a module's history instead of its purpose
HISTORY = re.compile(r"\b(issues? [0-9]+|seed ?00[0-9])\b", re.IGNORECASE)


@dataclass
class Module:
    name: str  # dotted, relative to the package: "gateway.routes", "__init__", "apps" (a package's __init__)
    path: Path
    lines: int
    summary: str
    imports: set[str] = field(default_factory=set)  # module level (TYPE_CHECKING blocks included)
    deferred: dict[str, int] = field(default_factory=dict)  # imported inside a function -> line


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def layer_of(module: str) -> int:
    """The index in :data:`LAYERS` of ``module`` (``gateway.routes``, ``_base``, ...)."""
    path = module.replace(".", "/")
    for index, (_name, _what, members) in enumerate(LAYERS):
        for member in members:
            if path == member or (member.endswith("/") and (path + "/").startswith(member)):
                return index
    raise LookupError(f"homelab_constructs.{module} is in no layer of scripts/gen_architecture.py LAYERS")


def _resolve(module: str, is_package: bool, level: int, target: str | None, names: list[str],
             known: set[str]) -> list[str]:
    """The library modules one ``from ... import ...`` names (relative or ``homelab_constructs.``)."""
    if level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        if module == "__init__":
            base = []
        base = base[: len(base) - (level - 1)] if level > 1 else base
        dotted = ".".join(base + ([target] if target else []))
    elif target and (target == "homelab_constructs" or target.startswith("homelab_constructs.")):
        dotted = target.removeprefix("homelab_constructs").lstrip(".")
    else:
        return []
    found = []
    for name in names:  # `from . import _env`: a module imported by name
        sub = f"{dotted}.{name}" if dotted else name
        if sub in known:
            found.append(sub)
    if not found and dotted in known:
        found.append(dotted)
    return found


def read_modules() -> dict[str, Module]:
    paths = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
    modules: dict[str, Module] = {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        doc = ast.get_docstring(tree) or ""
        summary = doc.strip().split("\n\n")[0].replace("\n", " ")
        modules[_module_name(path)] = Module(_module_name(path), path, text.count("\n"), summary)
    known = set(modules) | {"__init__"}
    for module in modules.values():
        _read_imports(module, ast.parse(module.path.read_text(encoding="utf-8")), False, known)
    return modules


def _read_imports(module: Module, node: ast.AST, in_function: bool, known: set[str]) -> None:
    """Add the library modules that ``node``'s imports name to ``module`` (deferred when in a function)."""
    is_package = module.path.name == "__init__.py"
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ImportFrom):
            targets = _resolve(module.name, is_package, child.level, child.module, [a.name for a in child.names], known)
        elif isinstance(child, ast.Import):
            targets = [t for a in child.names for t in _resolve(module.name, False, 0, a.name, [], known)]
        else:
            nested = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            _read_imports(module, child, nested, known)
            continue
        for target in targets:
            if target != module.name:
                if in_function:
                    module.deferred.setdefault(target, child.lineno)
                else:
                    module.imports.add(target)


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for v in sorted(edges):
        if v not in index:
            strong(v)
    return found


def back_up_imports(modules: dict[str, Module]) -> list[tuple[str, str]]:
    """``(importer, imported)`` for every module-level import that points up a layer."""
    return sorted((m.name, t) for m in modules.values() for t in m.imports if layer_of(t) > layer_of(m.name))


def problems(modules: dict[str, Module]) -> list[str]:
    """Every broken rule, one line each (empty when the house is in order)."""
    found: list[str] = []
    for module in modules.values():
        try:
            layer_of(module.name)
        except LookupError as e:
            found.append(str(e))
    if found:
        return found
    edges = {m.name: set(m.imports) for m in modules.values()}
    for cycle in cycles(edges):
        found.append(f"import cycle: {' -> '.join(cycle)}")
    with_deferred = {m.name: set(m.imports) | set(m.deferred) for m in modules.values()}
    for cycle in cycles(with_deferred):
        if cycle not in cycles(edges):
            found.append(f"an import inside a function dodges the cycle {' -> '.join(cycle)}")
    up = back_up_imports(modules)
    if len(up) > MAX_BACK_UP:
        found.append(f"{len(up)} imports point up a layer (at most {MAX_BACK_UP}): "
                     + ", ".join(f"{a} -> {b}" for a, b in up))
    for module in modules.values():
        for target, line in sorted(module.deferred.items()):
            if layer_of(target) > layer_of(module.name):
                found.append(f"homelab_constructs/{module.path.relative_to(PACKAGE)}:{line}: an import inside a function "
                             f"points up a layer ({module.name} -> {target})")
        if module.lines > MAX_LINES:
            found.append(f"homelab_constructs/{module.path.relative_to(PACKAGE)} has {module.lines} lines "
                         f"(at most {MAX_LINES})")
        for number, text in enumerate(module.path.read_text(encoding="utf-8").splitlines(), 1):
            if HISTORY.search(text):
                found.append(f"homelab_constructs/{module.path.relative_to(PACKAGE)}:{number}: history in library "
                             f"code ({HISTORY.search(text).group(0)!r}): say what the code does, not when it came")
    return found


def document(modules: dict[str, Module]) -> str:
    """``docs/architecture.md``: the layers, what each module is for, and the arrows between layers."""
    lines = ["# Architecture", "",
             "Generated by `python scripts/gen_architecture.py` from the code's own imports; "
             "`tests/test_architecture.py` fails when it is not current or when a rule below is broken.", "",
             "Rules: imports point down the layers (or across one); at most "
             f"{MAX_BACK_UP} point up; the module-level imports form no cycle; an import inside a function "
             "only defers loading a CRD binding (it would form no cycle at the top either); no module is over "
             f"{MAX_LINES} lines; the public API is the one `API` table of `homelab_constructs/__init__.py`.", "",
             "```mermaid", "flowchart TD"]
    arrows: set[tuple[int, int]] = set()
    for module in modules.values():
        for target in module.imports | set(module.deferred):
            a, b = layer_of(module.name), layer_of(target)
            if a != b:
                arrows.add((a, b))
    for index in reversed(range(len(LAYERS))):
        lines.append(f'    L{index}["{LAYERS[index][0]}"]')
    for a, b in sorted(arrows, reverse=True):
        lines.append(f"    L{a} {'-->' if a > b else '-.->|back up|'} L{b}")
    lines += ["```", ""]
    for index in reversed(range(len(LAYERS))):
        name, what, _members = LAYERS[index]
        lines += [f"## {len(LAYERS) - index}. {name}", "", what[0].upper() + what[1:] + ".", "",
                  "| module | what it is for |", "|---|---|"]
        for module in sorted((m for m in modules.values() if layer_of(m.name) == index), key=lambda m: m.name):
            shown = "homelab_constructs/" + module.path.relative_to(PACKAGE).as_posix()
            lines.append(f"| `{shown}` | {module.summary.replace('|', '/')} |")
        lines.append("")
    up = back_up_imports(modules)
    lines += ["## Imports that point up a layer", ""]
    lines += [f"- `{a}` -> `{b}`" for a, b in up] or ["None."]
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the document is not current or a rule is broken")
    args = parser.parse_args(argv)
    modules = read_modules()
    broken = problems(modules)
    text = document(modules) if not any("in no layer" in p for p in broken) else ""
    if args.check:
        stale = not DOC.is_file() or DOC.read_text(encoding="utf-8") != text
        for line in broken + ([f"{DOC.relative_to(ROOT)} is not current: run python scripts/gen_architecture.py"]
                              if stale else []):
            print(line, file=sys.stderr)
        return 1 if broken or stale else 0
    if text:
        DOC.write_text(text, encoding="utf-8")
    for line in broken:
        print(line, file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
