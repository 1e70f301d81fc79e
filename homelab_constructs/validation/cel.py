"""``x-kubernetes-validations`` CEL rules of the pinned CRDs, evaluated with cel-python.

The API server evaluates each rule of a schema node against every value present at that
node, with ``self`` bound to the value. This module does the same over a synthesized object
and the raw (pinned) ``openAPIV3Schema`` of its CRD version, with the Kubernetes CEL
extension functions the pinned rules use (:data:`K8S_FUNCTIONS`).

Rules that cannot be evaluated here are never silently passed: :func:`rule_support` says why
(transition rules that need ``oldSelf`` do not apply when an object is created; a parse
error or a function this module does not provide is listed as *skipped*), and
:func:`unevaluable_rules` lists every such rule of a CRD directory.
"""
from __future__ import annotations

import functools
import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from .schema import CrdSchemas, Problem, apply_defaults, describe

# ---- the Kubernetes CEL libraries (the part the pinned rules use, plus the common ones)


def _k8s_functions() -> dict[str, Any]:
    from celpy import celtypes as t

    def is_ip(s):
        try:
            ipaddress.ip_address(str(s))
        except ValueError:
            return t.BoolType(False)
        return t.BoolType("%" not in str(s))  # Kubernetes rejects IPv6 zones

    def is_cidr(s):
        try:
            ipaddress.ip_network(str(s), strict=False)
        except ValueError:
            return t.BoolType(False)
        return t.BoolType("/" in str(s))

    def is_url(s):
        from urllib.parse import urlsplit

        try:
            parts = urlsplit(str(s))
        except ValueError:
            return t.BoolType(False)
        return t.BoolType(bool(parts.scheme) and (bool(parts.netloc) or str(s).startswith("/")))

    def substring(s, start, end=None):
        s = str(s)
        start, end = int(start), len(s) if end is None else int(end)
        if not 0 <= start <= end <= len(s):
            raise ValueError(f"substring({start}, {end}) out of range for a string of length {len(s)}")
        return t.StringType(s[start:end])

    def split(s, sep, limit=None):
        parts = str(s).split(str(sep)) if limit is None or int(limit) < 0 else str(s).split(str(sep), max(int(limit) - 1, 0))
        return t.ListType([t.StringType(p) for p in parts]) if limit is None or int(limit) != 0 else t.ListType([])

    def join(items, sep=""):
        return t.StringType(str(sep).join(str(i) for i in items))

    def index_of(s, sub, start=0):
        if isinstance(s, list):
            return t.IntType(next((i for i, v in enumerate(s) if v == sub), -1))
        return t.IntType(str(s).find(str(sub), int(start)))

    def last_index_of(s, sub):
        if isinstance(s, list):
            return t.IntType(max((i for i, v in enumerate(s) if v == sub), default=-1))
        return t.IntType(str(s).rfind(str(sub)))

    def replace(s, old, new, n=-1):
        return t.StringType(str(s).replace(str(old), str(new), int(n)))

    def find(s, pattern):
        m = re.search(str(pattern), str(s))
        return t.StringType(m.group(0) if m else "")

    def find_all(s, pattern, n=-1):
        found = [t.StringType(m.group(0)) for m in re.finditer(str(pattern), str(s))]
        return t.ListType(found if int(n) < 0 else found[: int(n)])

    return {
        "isIP": is_ip,
        "isCIDR": is_cidr,
        "isURL": is_url,
        "lowerAscii": lambda s: t.StringType(str(s).lower()),
        "upperAscii": lambda s: t.StringType(str(s).upper()),
        "trim": lambda s: t.StringType(str(s).strip()),
        "substring": substring,
        "split": split,
        "join": join,
        "indexOf": index_of,
        "lastIndexOf": last_index_of,
        "replace": replace,
        "find": find,
        "findAll": find_all,
        "isSorted": lambda xs: t.BoolType(list(xs) == sorted(xs)),
        "sum": lambda xs: sum(xs[1:], xs[0]) if len(xs) else t.IntType(0),
        "min": lambda xs: min(xs),
        "max": lambda xs: max(xs),
    }


#: names of the Kubernetes CEL extension functions provided (see :func:`_k8s_functions`)
K8S_FUNCTIONS = ("isIP", "isCIDR", "isURL", "lowerAscii", "upperAscii", "trim", "substring", "split", "join",
                 "indexOf", "lastIndexOf", "replace", "find", "findAll", "isSorted", "sum", "min", "max")
_MACROS = {"has", "all", "exists", "exists_one", "map", "filter"}
_CALL = re.compile(r"(?<![\w'\"])\.?\s*([A-Za-z_]\w*)\s*\(")


@functools.lru_cache(maxsize=1)
def _env():
    import celpy

    return celpy.Environment()


@functools.lru_cache(maxsize=1)
def _functions():
    return _k8s_functions()


@functools.lru_cache(maxsize=None)
def _known_functions() -> frozenset[str]:
    from celpy import evaluation

    return frozenset(set(evaluation.base_functions) | _MACROS | set(K8S_FUNCTIONS))


@dataclass(frozen=True)
class Support:
    """Whether a rule can be evaluated here: ``status`` is evaluated, transition or skipped."""

    status: str
    reason: str = ""
    program: Any = field(default=None, compare=False)


def _strip_strings(rule: str) -> str:
    return re.sub(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"", "''", rule)


@functools.lru_cache(maxsize=None)
def rule_support(rule: str) -> Support:
    """Compile ``rule`` once; say whether it is evaluated, a transition rule, or skipped (why)."""
    if re.search(r"\boldSelf\b", rule):
        return Support("transition", "uses oldSelf: a transition rule, evaluated only on update")
    code = _strip_strings(rule)
    if ".?" in code or "optional." in code:
        return Support("skipped", "uses CEL optional types (.?field, optional.*), which cel-python 0.5 does not parse")
    unknown = sorted({name for name in _CALL.findall(code)} - _known_functions())
    if unknown:
        return Support("skipped", f"calls {', '.join(unknown)}, which this module does not provide")
    env = _env()
    try:
        ast = env.compile(rule)
    except Exception as err:  # noqa: BLE001 - celpy raises its own parse errors
        return Support("skipped", f"cel-python cannot parse it: {str(err).splitlines()[0]}")
    return Support("evaluated", program=env.program(ast, functions=_functions()))


def _rules(schema: Any, value: Any, path: str) -> Iterator[tuple[str, dict, Any]]:
    """(field path, rule, value) for every rule reachable from a present value."""
    if not isinstance(schema, dict):
        return
    for rule in schema.get("x-kubernetes-validations", ()):
        yield path, rule, value
    if isinstance(value, dict):
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, sub in value.items():
            if key in props:
                yield from _rules(props[key], sub, f"{path}.{key}" if path else key)
            elif isinstance(extra, dict):
                yield from _rules(extra, sub, f"{path}[{key}]")
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for i, sub in enumerate(value):
            yield from _rules(schema["items"], sub, f"{path}[{i}]")


@dataclass
class CelStats:
    """What the CEL pass did: rule evaluations by outcome, and the skipped rules with reasons."""

    evaluated: int = 0
    transition: int = 0
    skipped: dict[str, str] = field(default_factory=dict)  # rule -> reason
    skipped_evaluations: int = 0

    def merge(self, other: "CelStats") -> None:
        self.evaluated += other.evaluated
        self.transition += other.transition
        self.skipped.update(other.skipped)
        self.skipped_evaluations += other.skipped_evaluations


def _root_view(obj: dict) -> dict:
    """The root ``self`` the API server exposes: metadata is only name and generateName."""
    view = dict(obj)
    meta = obj.get("metadata") or {}
    view["metadata"] = {k: meta[k] for k in ("name", "generateName") if k in meta}
    return view


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def cel_problems(obj: dict, file: str, crds: CrdSchemas, stats: Optional[CelStats] = None) -> list[Problem]:
    """Evaluate every CEL rule that applies to ``obj``; one problem per failed rule."""
    import celpy

    stats = stats if stats is not None else CelStats()
    crd = crds.get(obj.get("apiVersion", ""), obj.get("kind", ""))
    if crd is None:
        return []
    problems = []
    for path, rule, value in _rules(crd.raw, _root_view(apply_defaults(crd.raw, obj)), ""):
        support = rule_support(rule["rule"])
        if support.status == "transition":
            stats.transition += 1
            continue
        if support.status == "skipped":
            stats.skipped[rule["rule"]] = support.reason
            stats.skipped_evaluations += 1
            continue
        stats.evaluated += 1
        where = path + (rule.get("fieldPath") or "")
        try:
            result = support.program.evaluate({"self": celpy.json_to_cel(value)})
        except Exception as err:  # noqa: BLE001 - an evaluation error fails the rule, as in the API server
            why = err.args[0] if err.args else err
            problems.append(Problem(file, describe(obj), where,
                                    f"CEL rule could not be evaluated ({why}): {_short(rule['rule'])}"))
            continue
        if not (isinstance(result, celpy.celtypes.BoolType) and bool(result)):
            message = rule.get("message") or f"failed rule: {rule['rule']}"
            problems.append(Problem(file, describe(obj), where, message))
    return problems


def unevaluable_rules(crds: CrdSchemas) -> list[tuple[str, str, str]]:
    """Every rule of the pinned CRDs that is not evaluated here: (apiVersion kind, rule, reason)."""
    out = set()

    def walk(schema: Any, name: str) -> None:
        if not isinstance(schema, dict):
            return
        for rule in schema.get("x-kubernetes-validations", ()):
            support = rule_support(rule["rule"])
            if support.status != "evaluated":
                out.add((name, rule["rule"], support.reason))
        for sub in schema.get("properties", {}).values():
            walk(sub, name)
        for key in ("items", "additionalProperties"):
            walk(schema.get(key), name)

    for (api_version, kind), version in sorted(crds.versions.items()):
        walk(version.raw, f"{api_version} {kind}")
    return sorted(out)


def all_rules(crds: CrdSchemas) -> int:
    """How many rules the pinned CRDs carry (every version, every node)."""
    count = 0

    def walk(schema: Any) -> None:
        nonlocal count
        if isinstance(schema, dict):
            count += len(schema.get("x-kubernetes-validations", ()))
            for sub in schema.get("properties", {}).values():
                walk(sub)
            walk(schema.get("items"))
            walk(schema.get("additionalProperties"))

    for version in crds.versions.values():
        walk(version.raw)
    return count
