"""The pinned CRD schema set: read from a CRD directory or from the compact file in the wheel.

Two forms of one set of schemas:

* a **CRD directory** (the repository's ``crds/``, or ``$CRDS_DIR``): upstream YAML files,
  byte for byte, with a ``SHA256SUMS`` file that lists every one of them;
* the **compact set** (``homelab_constructs/validation/crds.json.gz``), written from that
  directory when the wheel is built (``setup.py``): every version's ``openAPIV3Schema`` with
  its CEL rules, descriptions dropped, gzip-compressed JSON (about 0.4 MB for 7.8 MB of YAML).

Neither is trusted blindly. A directory is checked against its ``SHA256SUMS`` (a file that is
missing, changed or truncated is named); a compact set must decompress, parse, carry the
format version and match the checksum of its own payload. Both must hold every kind the
library writes (:data:`REQUIRED_KINDS`). Any failure raises :class:`SchemaSetError`, whose
message names the file and the fix: a broken schema set never passes silently.

This module needs only the standard library and PyYAML, so ``setup.py`` can load it by path
at build time without importing the library (and starting jsii).
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

FORMAT = 1
SUMS = "SHA256SUMS"
#: where the wheel carries the compact set (next to this module)
COMPACT_NAME = "crds.json.gz"

#: (group, kind) of every CRD kind the library's constructs write: a schema set without one
#: of them cannot check what the library synthesizes.
REQUIRED_KINDS: frozenset[tuple[str, str]] = frozenset({
    ("cilium.io", "CiliumLoadBalancerIPPool"), ("cilium.io", "CiliumL2AnnouncementPolicy"),
    ("cilium.io", "CiliumNetworkPolicy"), ("cilium.io", "CiliumBGPClusterConfig"),
    ("cilium.io", "CiliumBGPPeerConfig"), ("cilium.io", "CiliumBGPAdvertisement"),
    ("gateway.networking.k8s.io", "Gateway"), ("gateway.networking.k8s.io", "HTTPRoute"),
    ("gateway.networking.k8s.io", "GatewayClass"), ("gateway.networking.k8s.io", "TLSRoute"),
    ("gateway.networking.k8s.io", "TCPRoute"), ("gateway.networking.k8s.io", "GRPCRoute"),
    ("gateway.envoyproxy.io", "SecurityPolicy"), ("cert-manager.io", "Issuer"),
    ("cert-manager.io", "Certificate"), ("cert-manager.io", "ClusterIssuer"),
    ("gateway.envoyproxy.io", "EnvoyProxy"), ("gateway.envoyproxy.io", "ClientTrafficPolicy"),
    ("gateway.envoyproxy.io", "BackendTrafficPolicy"), ("gateway.envoyproxy.io", "EnvoyExtensionPolicy"),
    ("externaldns.k8s.io", "DNSEndpoint"), ("k8s.cni.cncf.io", "NetworkAttachmentDefinition"),
    ("keda.sh", "ScaledObject"), ("helm.toolkit.fluxcd.io", "HelmRelease"),
    ("source.toolkit.fluxcd.io", "HelmRepository"), ("source.toolkit.fluxcd.io", "OCIRepository"),
    ("external-secrets.io", "ClusterSecretStore"), ("external-secrets.io", "ExternalSecret"),
    ("grafana.integreatly.org", "GrafanaDashboard"), ("monitoring.coreos.com", "ServiceMonitor"),
    ("monitoring.coreos.com", "PodMonitor"), ("monitoring.coreos.com", "PrometheusRule"),
    ("kustomize.toolkit.fluxcd.io", "Kustomization"), ("argoproj.io", "Application"),
})


class SchemaSetError(ValueError):
    """The pinned CRD schemas are missing, incomplete or unreadable."""


@dataclass(frozen=True)
class CrdEntry:
    """One version of one CRD: where it came from and its schema (CEL rules included)."""

    group: str
    kind: str
    version: str
    served: bool
    source: str  # the CRD file, relative to the set's directory
    schema: dict


def repository_crds_dir() -> Path:
    """``crds/`` of the source checkout this module sits in (may not exist in a wheel install)."""
    return Path(__file__).resolve().parents[2] / "crds"


def default_source() -> Path:
    """Where the pinned schemas are read from: ``$CRDS_DIR`` if set, else the compact set in
    the installed package, else the source checkout's ``crds/``."""
    env = os.environ.get("CRDS_DIR")
    if env:
        return Path(env).resolve()
    compact = Path(__file__).resolve().parent / COMPACT_NAME
    if compact.is_file():
        return compact
    repo = repository_crds_dir()
    if repo.is_dir():
        return repo
    raise SchemaSetError(
        f"no pinned CRD schemas: neither {compact} (the wheel's compact set) nor {repo} exists; "
        "reinstall the homelab-constructs wheel, or set CRDS_DIR to a directory of CRD files")


def _strip(schema: Any) -> Any:
    """The schema without its ``description`` texts (property names are kept, whatever they are)."""
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "description" and isinstance(value, str):
            continue
        if key in ("properties", "patternProperties", "definitions") and isinstance(value, dict):
            out[key] = {name: _strip(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not"):
            out[key] = _strip(value)
        elif key in ("allOf", "anyOf", "oneOf") and isinstance(value, list):
            out[key] = [_strip(sub) for sub in value]
        else:
            out[key] = value
    return out


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_sums(directory: Path) -> Optional[dict[str, str]]:
    path = directory / SUMS
    if not path.is_file():
        return None
    sums: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name:
            raise SchemaSetError(f"{path}:{n}: not a `sha256sum` line (got {line!r}); regenerate it with "
                                 f"`(cd {directory} && find . -name '*.yaml' | sort | xargs sha256sum > {SUMS})`")
        sums[name.removeprefix("./")] = digest
    return sums


def _entries(docs: Iterable[Any], source: str) -> list[CrdEntry]:
    out = []
    for doc in docs:
        if not isinstance(doc, dict) or doc.get("kind") != "CustomResourceDefinition":
            continue
        try:
            spec = doc["spec"]
            for v in spec["versions"]:
                out.append(CrdEntry(spec["group"], spec["names"]["kind"], v["name"], bool(v.get("served", True)),
                                    source, v["schema"]["openAPIV3Schema"]))
        except (KeyError, TypeError) as e:
            raise SchemaSetError(f"{source}: a CustomResourceDefinition without {e} (no group, kind, versions "
                                 "or openAPIV3Schema); restore the upstream file") from None
    return out


def read_dir(directory: Path) -> list[CrdEntry]:
    """Every CRD version of the YAML files under ``directory``, checked against its SHA256SUMS."""
    import yaml

    directory = Path(directory)
    if not directory.is_dir():
        raise SchemaSetError(f"no CRD directory at {directory}; set CRDS_DIR to a directory of CRD files")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    sums = _read_sums(directory)
    files = sorted(p for p in directory.rglob("*.yaml"))
    if sums is not None:
        listed = {directory / name for name in sums}
        for path in sorted(listed - set(files)):
            raise SchemaSetError(f"{path}: listed in {directory / SUMS} but missing; restore it from "
                                 "../shared/crds or upstream (see SOURCES.md)")
    contents: list[tuple[Path, str, bytes]] = []
    for path in files:
        rel = path.relative_to(directory).as_posix()
        data = path.read_bytes()
        digest = _sha256(data)
        if sums is not None:
            if rel not in sums:
                raise SchemaSetError(f"{path}: not listed in {directory / SUMS}; add its checksum "
                                     f"(`sha256sum {rel} >> {SUMS}` in {directory}) or remove the file")
            if digest != sums[rel]:
                raise SchemaSetError(f"{path}: does not match its checksum in {directory / SUMS} "
                                     "(changed or truncated); restore the pinned upstream file")
        contents.append((path, rel, data))
    # the files are verified; their parsed form is cached by their checksums (YAML is slow to read)
    key = _sha256("\n".join(f"{FORMAT} {rel} {_sha256(data)}" for _, rel, data in contents).encode())
    entries = _cached(key)
    if entries is None:
        entries = []
        for path, rel, data in contents:
            try:
                docs = list(yaml.load_all(data.decode("utf-8"), Loader=loader))
            except (yaml.YAMLError, UnicodeDecodeError) as e:
                raise SchemaSetError(f"{path}: not readable YAML ({str(e).splitlines()[0]}); restore the pinned "
                                     "upstream file") from None
            entries += _entries(docs, rel)
        _cache(key, entries)
    _require_kinds(entries, str(directory))
    return entries


def cache_dir() -> Optional[Path]:
    """Where parsed CRD sets are kept between runs: ``$HOMELAB_CONSTRUCTS_CACHE``, else
    ``$XDG_CACHE_HOME/homelab-constructs``, else ``~/.cache/homelab-constructs``; ``None`` when
    ``HOMELAB_CONSTRUCTS_CACHE`` is empty (no cache)."""
    explicit = os.environ.get("HOMELAB_CONSTRUCTS_CACHE")
    if explicit is not None:
        return Path(explicit) if explicit else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "homelab-constructs"


def _cached(key: str) -> Optional[list[CrdEntry]]:
    """The entries cached under ``key`` (the checksum of the verified files), or ``None``: a
    missing, unreadable or malformed cache file is read again from the YAML."""
    where = cache_dir()
    if where is None:
        return None
    try:
        rows = json.loads((where / f"crds-{key}.json").read_bytes())
        return [CrdEntry(g, k, v, bool(served), src, schema) for g, k, v, served, src, schema in rows]
    except (OSError, ValueError, TypeError):
        return None


def _cache(key: str, entries: list[CrdEntry]) -> None:
    """Keep ``entries`` under ``key`` (atomically; a cache that cannot be written is skipped)."""
    where = cache_dir()
    if where is None:
        return
    try:
        where.mkdir(parents=True, exist_ok=True)
        tmp = where / f".crds-{key}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps([[e.group, e.kind, e.version, e.served, e.source, e.schema] for e in entries]),
                       encoding="utf-8")
        os.replace(tmp, where / f"crds-{key}.json")
    except OSError:
        pass


def _require_kinds(entries: list[CrdEntry], where: str) -> None:
    missing = REQUIRED_KINDS - {(e.group, e.kind) for e in entries}
    if missing:
        names = ", ".join(f"{kind} ({group})" for group, kind in sorted(missing))
        raise SchemaSetError(f"{where}: the schema set has no CRD for {names}; the library writes these kinds, "
                             "so add the pinned CRD files (see crds/SOURCES.md)")


def compact_bytes(directory: Path) -> bytes:
    """The compact set (gzip JSON) of a CRD directory; deterministic for the same files."""
    entries = read_dir(directory)
    payload = json.dumps([[e.group, e.kind, e.version, e.served, e.source, _strip(e.schema)] for e in entries],
                         sort_keys=True, separators=(",", ":"))
    doc = {"format": FORMAT, "sha256": _sha256(payload.encode()), "entries": payload}
    return gzip.compress(json.dumps(doc, sort_keys=True).encode(), compresslevel=9, mtime=0)


def write_compact(directory: Path, out: Path) -> Path:
    """Write :func:`compact_bytes` of ``directory`` to ``out``."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(compact_bytes(directory))
    return out


def read_compact(path: Path) -> list[CrdEntry]:
    """The entries of a compact set, checked (format, checksum, required kinds)."""
    path = Path(path)
    fix = "reinstall the homelab-constructs wheel (or set CRDS_DIR to a directory of CRD files)"
    try:
        doc = json.loads(gzip.decompress(path.read_bytes()))
        payload = doc["entries"]
        ok = doc.get("format") == FORMAT and doc.get("sha256") == _sha256(payload.encode())
    except FileNotFoundError:
        raise SchemaSetError(f"{path}: the compact CRD schema set is missing; {fix}") from None
    except (OSError, EOFError, zlib.error, ValueError, KeyError, TypeError, AttributeError) as e:
        raise SchemaSetError(f"{path}: the compact CRD schema set is unreadable ({type(e).__name__}: {e}); "
                             f"{fix}") from None
    if not ok:
        raise SchemaSetError(f"{path}: the compact CRD schema set fails its format or checksum check; {fix}")
    entries = [CrdEntry(g, k, v, served, src, schema) for g, k, v, served, src, schema in json.loads(payload)]
    _require_kinds(entries, str(path))
    return entries


def read(source: Path) -> list[CrdEntry]:
    """The entries of a CRD directory or of a compact set (by what ``source`` is)."""
    source = Path(source)
    if not source.exists():
        raise SchemaSetError(f"no CRD schema set at {source}; point CRDS_DIR (or --crds) at a directory of CRD files")
    if source.is_dir():
        return read_dir(source)
    if source.name.endswith(".json.gz"):
        return read_compact(source)
    raise SchemaSetError(f"{source}: not a CRD directory nor a compact schema set (*.json.gz); "
                         "point CRDS_DIR at a directory of CRD files")
