"""Reading directories of manifests to compare them, object by object: standard library and
PyYAML only (no cdk8s, no jsii), like the ``diff`` command that uses it.

Every manifest file of a directory and its folders is read (multi-document, ``*List`` kinds
expanded) and each object is keyed by ``(apiVersion group, kind, namespace, name)``
(:data:`Key`). A synthesized ``dist/`` needs nothing more; a repository's own files may need:

* ``suffixes``: which files are manifests (``.yaml`` by default; repositories also write ``.yml``);
* where an object without a namespace sits. ``namespace_folder=N`` gives it the name of the
  N-th folder of its path inside the directory (a Flux tree ``<cluster>/<namespace>/<app>/…``
  whose Kustomizations set ``targetNamespace`` to the namespace folder: N=2), else
  ``default_namespace`` (``kubectl apply -n``). A cluster-scoped kind (:data:`CLUSTER_SCOPED`,
  plus the kinds the caller adds, as the CRDs' ``scope: Cluster`` say) never gets one, as
  kustomize and the API server do. The namespace is written into the object as the cluster
  would see it, so it is no difference;
* ``hand_rendered``: a file whose header comment (its comment lines before the first document)
  says its objects were rendered by hand (:data:`HAND_RENDERED`: ``HAND-RENDERED``, ``rendered by
  hand``, ``instantiated by hand``, as a chart's or kustomize's output is written down when the
  repository holds only its inputs) marks them with a :class:`HandRendered`, which says on
  which fields they are compared: the fields a header line ``compared on: <path>, <path>``
  names; the fields the object writes when the header says it writes ``only the fields`` that
  come from its inputs (a field only the other side has is not compared: it was not rendered);
  else every field.

YAML is read as Kubernetes tools read it: an anchor may be defined again further down (the
later definition counts for the aliases after it: YAML 1.2, Go's YAML libraries). PyYAML
refuses that, so a file it refuses is read again with a loader that allows it. ``yaml12``
reads plain ``yes``/``no``/``on``/``off`` as the strings they are in YAML 1.2, as Flux's
kustomize reads a repository (``allowFirstLastIPs: No`` is ``"No"``); without it they are
YAML 1.1's booleans, as ``kubectl`` and Helm read them. Only ``true`` and ``false`` (any case
YAML allows) are booleans in YAML 1.2.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .._manifests import read_documents

__all__ = ["CLUSTER_SCOPED", "HAND_RENDERED", "HandRendered", "InputError", "Key", "Manifest", "group_of", "load_dir",
           "object_order", "read_yaml", "title"]

#: an object's identity: (apiVersion group, kind, namespace, name); "" for the core group and
#: for a cluster-scoped object's namespace
Key = tuple[str, str, str, str]

#: (group, kind) of the well-known cluster-scoped kinds (Kubernetes' own, and the CRDs of the
#: projects the library writes for): an object of one of them never takes a namespace from its
#: folder or the default. Other CRDs say their scope themselves (``spec.scope``).
CLUSTER_SCOPED: frozenset[tuple[str, str]] = frozenset({
    ("", "Namespace"), ("", "Node"), ("", "PersistentVolume"),
    ("rbac.authorization.k8s.io", "ClusterRole"), ("rbac.authorization.k8s.io", "ClusterRoleBinding"),
    ("storage.k8s.io", "StorageClass"), ("storage.k8s.io", "CSIDriver"), ("storage.k8s.io", "VolumeAttachment"),
    ("apiextensions.k8s.io", "CustomResourceDefinition"), ("apiregistration.k8s.io", "APIService"),
    ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration"),
    ("admissionregistration.k8s.io", "MutatingWebhookConfiguration"),
    ("scheduling.k8s.io", "PriorityClass"), ("networking.k8s.io", "IngressClass"),
    ("cert-manager.io", "ClusterIssuer"), ("gateway.networking.k8s.io", "GatewayClass"),
    ("external-secrets.io", "ClusterSecretStore"), ("external-secrets.io", "ClusterExternalSecret"),
    ("cilium.io", "CiliumClusterwideNetworkPolicy"), ("cilium.io", "CiliumLoadBalancerIPPool"),
    ("cilium.io", "CiliumL2AnnouncementPolicy"), ("cilium.io", "CiliumBGPClusterConfig"),
    ("cilium.io", "CiliumBGPPeerConfig"), ("cilium.io", "CiliumBGPAdvertisement"),
    ("cilium.io", "CiliumBGPNodeConfig"), ("cilium.io", "CiliumBGPNodeConfigOverride"),
    ("cilium.io", "CiliumCIDRGroup"), ("cilium.io", "CiliumNode"), ("cilium.io", "CiliumIdentity"),
})

#: the words of a header comment that say a file's objects were rendered by hand
HAND_RENDERED = re.compile(r"(?i)\b(?:hand-rendered|rendered by hand|instantiated by hand)\b")
_COMPARED_ON = re.compile(r"(?im)^#\s*compared on:\s*(.+?)\s*$")
_ONLY_WRITTEN = re.compile(r"(?i)\bonly the fields\b")


class InputError(Exception):
    """Input that cannot be compared: the message is one line naming the directory or file."""


@dataclass(frozen=True)
class HandRendered:
    """What a hand-rendered file's header says about its objects: compared on ``fields`` (paths
    as the report writes them) when it names some, else on the fields the object writes when
    ``written_only``, else on every field."""

    fields: tuple[str, ...] = ()
    written_only: bool = False

    def describe(self) -> str:
        """``hand-rendered``, with the fields it is compared on when not all of them."""
        if self.fields:
            return "hand-rendered, compared on " + ", ".join(self.fields)
        return "hand-rendered, compared on the fields it writes" if self.written_only else "hand-rendered"


@dataclass(frozen=True)
class Manifest:
    """One object of a directory: its key, the object, the file (relative path) it sits in and,
    for an object rendered by hand, what its file's header says."""

    key: Key
    obj: Mapping[str, Any]
    file: str
    hand_rendered: HandRendered | None = None


def group_of(api_version: str) -> str:
    """The API group of an ``apiVersion`` (``""`` for the core group's ``v1``)."""
    return api_version.split("/", 1)[0] if "/" in api_version else ""


def title(key: Key, with_group: bool = False) -> str:
    """``Kind namespace/name`` (``Kind name`` when cluster-scoped; ``Kind.group`` with the group)."""
    group, kind, namespace, name = key
    kind = f"{kind}.{group}" if with_group and group else kind
    return f"{kind} {namespace}/{name}" if namespace else f"{kind} {name}"


def object_order(key: Key) -> tuple[str, str, str, str]:
    """The order objects are listed in: kind, namespace, name, then group."""
    group, kind, namespace, name = key
    return (kind, namespace, name, group)


class _RedefinableAnchors(yaml.SafeLoader):
    """PyYAML's safe loader, but an anchor defined again replaces the earlier one (YAML 1.2)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if not self.check_event(yaml.AliasEvent):
            anchor = self.peek_event().anchor
            if anchor is not None:
                self.anchors.pop(anchor, None)
        return super().compose_node(parent, index)


_BOOL = "tag:yaml.org,2002:bool"


def _yaml12(base: Any) -> Any:
    """``base`` with YAML 1.2's booleans: ``true``/``false`` only (``no`` is a string)."""
    loader: Any = type(f"Yaml12{base.__name__}", (base,), {})
    loader.yaml_implicit_resolvers = {first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
                                      for first, resolvers in base.yaml_implicit_resolvers.items()}
    loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    return loader


_FAST12 = _yaml12(getattr(yaml, "CSafeLoader", yaml.SafeLoader))
_REDEFINABLE12 = _yaml12(_RedefinableAnchors)


def read_yaml(file: Path, yaml12: bool = False) -> list[Any]:
    """Every YAML document of ``file``, read within the bounds of :mod:`.._manifests` (a hostile
    file is refused whichever loader reads it); :class:`InputError` (one line naming the file and
    where) when it cannot be read or parsed. An anchor defined twice is allowed; ``yaml12``:
    YAML 1.2's booleans (see the module)."""
    try:
        return read_documents(file, InputError, loader=_FAST12 if yaml12 else None)
    except InputError as err:
        if "second occurrence" not in str(err):  # the composer's word for an anchor defined again
            raise
    return read_documents(file, InputError, loader=_REDEFINABLE12 if yaml12 else _RedefinableAnchors)


def _objects_of(doc: Any, where: str) -> list[Mapping[str, Any]]:
    if not isinstance(doc, dict) or not isinstance(doc.get("kind"), str):
        raise InputError(f"{where} is not a Kubernetes object (a mapping with a kind)")
    if doc["kind"].endswith("List") and isinstance(doc.get("items"), list):
        objects: list[Mapping[str, Any]] = []
        for i, item in enumerate(doc["items"]):
            objects += _objects_of(item, f"{where}, item {i}")
        return objects
    return [doc]


def _key_of(obj: Mapping[str, Any], where: str) -> Key:
    kind = obj["kind"]
    api_version = obj.get("apiVersion")
    if not isinstance(api_version, str) or not api_version:
        raise InputError(f"{where} ({kind}) has no apiVersion")
    metadata = obj.get("metadata")
    name = metadata.get("name") if isinstance(metadata, dict) else None
    if not isinstance(name, str) or not name:
        raise InputError(f"{where} ({kind}) has no metadata.name")
    namespace = metadata.get("namespace") if isinstance(metadata, dict) else None
    if namespace is not None and not isinstance(namespace, str):
        raise InputError(f"{where} ({kind} {name}) has a metadata.namespace that is not a string")
    return (group_of(api_version), kind, namespace or "", name)


def _header(file: Path) -> str:
    """The comment lines a file starts with (blank lines and ``---`` between them allowed)."""
    lines: list[str] = []
    for line in file.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            lines.append(stripped)
        elif stripped not in ("", "---"):
            break
    return "\n".join(lines)


def _hand_rendered(header: str) -> HandRendered | None:
    if not HAND_RENDERED.search(header):
        return None
    named = _COMPARED_ON.search(header)
    if named:
        return HandRendered(fields=tuple(p.strip() for p in named.group(1).split(",") if p.strip()))
    return HandRendered(written_only=bool(_ONLY_WRITTEN.search(header)))


def _placed(obj: Mapping[str, Any], key: Key, namespace: str | None) -> tuple[Mapping[str, Any], Key]:
    """The object (a copy) in ``namespace``, and its key."""
    metadata = {**obj["metadata"], "namespace": namespace}
    return {**obj, "metadata": metadata}, (key[0], key[1], str(namespace), key[3])


def _files(path: Path, suffixes: Iterable[str]) -> list[Path]:
    ends = tuple(suffixes)
    return sorted((p for p in path.rglob("*") if p.name.endswith(ends) and p.is_file()),
                  key=lambda p: p.relative_to(path).parts)


def load_dir(directory: str | Path, *, suffixes: Iterable[str] = (".yaml",), namespace_folder: int | None = None,
             default_namespace: str | None = None, cluster_scoped: Iterable[tuple[str, str]] = (),
             hand_rendered: bool = False, yaml12: bool = False) -> dict[Key, Manifest]:
    """Every object of the manifest files of ``directory`` and its folders, by key (the options:
    see the module).

    Raises :class:`InputError` (one line) when the directory is missing or unreadable, a file is
    not YAML, a document is not a Kubernetes object with an apiVersion and a name, or the same
    object is in the directory twice. An empty directory has no objects."""
    path = Path(directory)
    scoped = CLUSTER_SCOPED | frozenset(cluster_scoped)
    try:
        if not path.exists():
            raise InputError(f"{path}: no such directory")
        if not path.is_dir():
            raise InputError(f"{path}: not a directory")
        files = _files(path, suffixes)
    except OSError as err:
        raise InputError(f"{path}: cannot read it ({err.strerror or err})") from None
    found: dict[Key, Manifest] = {}
    for file in files:
        relative = file.relative_to(path)
        docs = read_yaml(file, yaml12)
        marked = _hand_rendered(_header(file)) if hand_rendered else None
        folders = relative.parts[:-1]
        for i, doc in enumerate(docs, start=1):
            if doc is None:
                continue
            where = f"{file}: document {i}"
            for obj in _objects_of(doc, where):
                key = _key_of(obj, where)
                if not key[2] and (key[0], key[1]) not in scoped:
                    namespace = folders[namespace_folder - 1] if namespace_folder and len(folders) >= namespace_folder \
                        else default_namespace
                    if namespace:
                        obj, key = _placed(obj, key, namespace)
                if key in found:
                    raise InputError(f"{where} is {title(key)} again (first in {found[key].file})")
                found[key] = Manifest(key, obj, relative.as_posix(), marked)
    return found
