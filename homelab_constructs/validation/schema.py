"""Schema checks for synthesized objects: core kinds and CRD kinds.

* Core kinds (``v1``, ``apps/v1``, ...) are checked against the strict JSON schemas that
  ``kubernetes-validate`` ships for :data:`KUBERNETES_VERSION` (unknown fields rejected).
* CRD kinds are checked against the pinned CRD's ``openAPIV3Schema`` for the object's
  ``apiVersion``, made strict like the API server's pruning: every ``type: object`` node
  reached through ``properties``/``items``/``additionalProperties`` that does not say
  ``x-kubernetes-preserve-unknown-fields`` gets ``additionalProperties: false``. The root
  ``metadata`` is checked against the core ``ObjectMeta`` schema, as the API server does.

Parsed CRDs and compiled validators are cached per process; the whole default homelab
validates in well under a second once the CRDs are loaded.
"""
from __future__ import annotations

import copy
import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional

#: The Kubernetes version whose core schemas are used (kubernetes-validate ships them).
KUBERNETES_VERSION = "1.37.0"
_STRUCTURAL = ("properties", "items", "additionalProperties")


@dataclass(frozen=True)
class Problem:
    """One validation failure: where (file, object, field path) and what (the message)."""

    file: str
    obj: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.obj}: {self.path or '<root>'}: {self.message}"


def describe(obj: dict) -> str:
    """``Kind namespace/name`` (``Kind name`` when cluster-scoped) for messages."""
    meta = obj.get("metadata") or {}
    name = meta.get("name", "<unnamed>")
    ns = meta.get("namespace")
    return f"{obj.get('kind', '<no kind>')} {ns + '/' if ns else ''}{name}"


def field_path(parts) -> str:
    """``spec.listeners[0].name`` from a jsonschema path deque."""
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def default_crds_dir() -> Path:
    """Where the pinned schemas come from: ``$CRDS_DIR``, else the wheel's compact set, else
    the source checkout's ``crds/`` (see :func:`.crdset.default_source`)."""
    from .crdset import default_source

    return default_source()


def _strict(schema: Any) -> Any:
    """Reject unknown fields where the API server would prune them (in place)."""
    if not isinstance(schema, dict):
        return schema
    if schema.get("x-kubernetes-int-or-string") and "type" not in schema:
        schema["type"] = ["integer", "string"]
    if schema.get("nullable") and isinstance(schema.get("type"), str):
        schema["type"] = [schema["type"], "null"]
    if schema.get("type") == "object" and "additionalProperties" not in schema \
            and not schema.get("x-kubernetes-preserve-unknown-fields"):
        schema["additionalProperties"] = False
        if schema.get("x-kubernetes-embedded-resource"):
            props = schema.setdefault("properties", {})
            for name, kind in (("apiVersion", "string"), ("kind", "string"), ("metadata", "object")):
                props.setdefault(name, {"type": kind})
    for sub in schema.get("properties", {}).values():
        _strict(sub)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            _strict(schema[key])
    return schema


def apply_defaults(schema: Any, value: Any) -> Any:
    """A copy of ``value`` with the schema's ``default``s filled in, as the API server does
    before it validates (CEL rules see defaulted fields, such as an HTTPRoute rule's ``matches``)."""
    if not isinstance(schema, dict):
        return value
    if isinstance(value, dict):
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        out = {}
        for key, sub in value.items():
            sub_schema = props.get(key, extra if isinstance(extra, dict) else None)
            out[key] = apply_defaults(sub_schema, sub)
        for key, sub_schema in props.items():
            if key not in out and isinstance(sub_schema, dict) and "default" in sub_schema:
                out[key] = apply_defaults(sub_schema, copy.deepcopy(sub_schema["default"]))
        return out
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [apply_defaults(schema["items"], v) for v in value]
    return value


@dataclass
class CrdVersion:
    group: str
    version: str
    kind: str
    served: bool
    source: Path
    raw: dict  # the pinned openAPIV3Schema as written (CEL rules are read from it)

    @functools.cached_property
    def validator(self):
        import jsonschema

        schema = _strict(copy.deepcopy(self.raw))
        props = schema.setdefault("properties", {})
        props.pop("status", None)  # written by controllers, never by us
        props["apiVersion"] = {"type": "string"}
        props["kind"] = {"type": "string"}
        props["metadata"] = {"type": "object"}  # checked against ObjectMeta separately
        schema["additionalProperties"] = False
        return jsonschema.Draft4Validator(schema)


class CrdSchemas:
    """Every CRD version of a schema set (a CRD directory or the compact set), keyed by
    ``(apiVersion, kind)``; raises :class:`.crdset.SchemaSetError` when the set is broken."""

    def __init__(self, source: Path) -> None:
        from .crdset import read

        self.dir = Path(source)
        self.versions: dict[tuple[str, str], CrdVersion] = {}
        self.kinds: set[tuple[str, str]] = set()  # (group, kind)
        for e in read(self.dir):
            self.kinds.add((e.group, e.kind))
            self.versions.setdefault((f"{e.group}/{e.version}", e.kind),
                                     CrdVersion(e.group, e.version, e.kind, e.served, Path(e.source), e.schema))

    def get(self, api_version: str, kind: str) -> Optional[CrdVersion]:
        return self.versions.get((api_version, kind))

    def has_group_kind(self, api_version: str, kind: str) -> bool:
        return (api_version.split("/")[0], kind) in self.kinds


@functools.lru_cache(maxsize=None)
def crd_schemas(crds_dir: str) -> CrdSchemas:
    """The parsed schema set of a CRD directory or compact file, loaded once per process."""
    return CrdSchemas(Path(crds_dir))


class CoreSchemas:
    """The strict core-kind schemas of kubernetes-validate, one compiled validator per kind."""

    def __init__(self, version: str = KUBERNETES_VERSION) -> None:
        import importlib.resources

        self.version = version
        self.dir = importlib.resources.files("kubernetes_validate") / "kubernetes-json-schema" / f"v{version}-local-strict"
        if not self.dir.is_dir():
            raise RuntimeError(f"kubernetes-validate has no schemas for Kubernetes {version}")
        self._validators: dict[tuple[str, str], Any] = {}

    @functools.cached_property
    def _registry(self):
        from referencing import Registry, Resource

        defs = json.loads((self.dir / "_definitions.json").read_text(encoding="utf-8"))
        return Resource.from_contents(defs) @ Registry()

    def _load(self, name: str):
        import jsonschema
        from referencing import Resource

        schema = json.loads((self.dir / name).read_text(encoding="utf-8"))
        registry = Resource.from_contents(schema) @ self._registry
        return jsonschema.Draft202012Validator(schema, registry=registry)

    def validator(self, api_version: str, kind: str):
        """The validator for a core kind, or ``None`` when Kubernetes has no such kind."""
        key = (api_version, kind)
        if key not in self._validators:
            group_version = api_version.split("/")
            if len(group_version) == 1:
                name = f"{kind.lower()}-{group_version[0]}.json"
            else:
                name = f"{kind.lower()}-{group_version[0].split('.')[0]}-{group_version[1]}.json"
            self._validators[key] = self._load(name) if (self.dir / name).is_file() else None
        return self._validators[key]

    @functools.cached_property
    def object_meta(self):
        import jsonschema

        return jsonschema.Draft202012Validator(
            {"$ref": "https://kubernetes.io/api/_definitions.json#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},
            registry=self._registry)


@functools.lru_cache(maxsize=None)
def core_schemas(version: str = KUBERNETES_VERSION) -> CoreSchemas:
    return CoreSchemas(version)


def _errors(validator, obj: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    for err in sorted(validator.iter_errors(obj), key=lambda e: (list(map(str, e.absolute_path)), e.message)):
        # report the deepest cause of anyOf/oneOf failures, which names the real field
        leaf = err
        while leaf.context:
            leaf = min(leaf.context, key=lambda e: (-len(e.absolute_path), e.message))
        path = field_path(leaf.absolute_path)
        yield (f"{prefix}.{path}" if prefix and path else prefix or path), leaf.message


def schema_problems(obj: dict, file: str, crds: Optional[CrdSchemas]) -> list[Problem]:
    """Schema problems of one object (empty when it is valid)."""
    where = describe(obj)
    api_version, kind = obj.get("apiVersion"), obj.get("kind")
    if not isinstance(api_version, str) or not isinstance(kind, str):
        return [Problem(file, where, "", "object has no apiVersion or kind")]
    core = core_schemas()
    crd = crds.get(api_version, kind) if crds else None
    if crd is not None:
        if not crd.served:
            return [Problem(file, where, "apiVersion",
                            f"{api_version} is not served by the pinned {kind} CRD ({crd.source.name})")]
        found = list(_errors(crd.validator, obj))
        found += list(_errors(core.object_meta, obj.get("metadata", {}), "metadata"))
        return [Problem(file, where, p, m) for p, m in found]
    validator = core.validator(api_version, kind)
    if validator is not None:
        return [Problem(file, where, p, m) for p, m in _errors(validator, obj)]
    if crds is None:
        return []  # a CRD kind, but no CRD directory: the caller has warned
    if crds.has_group_kind(api_version, kind):
        return [Problem(file, where, "apiVersion", f"the pinned {kind} CRD has no version {api_version.split('/')[-1]}")]
    return [Problem(file, where, "kind", f"no schema for {api_version} {kind}: not a Kubernetes {KUBERNETES_VERSION} "
                                         f"kind and no pinned CRD in {crds.dir}")]
