"""Whole-app rules of what objects name: issuers, secret stores and Secrets, which must exist in
the app or be declared external.

* :func:`issuer_problems`: each Certificate's issuer (and a Gateway's
  ``cert-manager.io/(cluster-)issuer``) exists;
* :func:`secret_store_problems`: each ExternalSecret's store exists;
* :func:`certificate_secret_problems`: no Secret is written by a Certificate and another writer
  (they would overwrite each other's key pair), except an ExternalSecret that only seeds it
  (``creationPolicy: Orphan`` with ``refreshPolicy: CreatedOnce`` or ``refreshInterval: 0``:
  it creates the Secret once, say from a backup, and cert-manager owns it from then on); each
  Gateway listener's TLS Secret is written by the app (a Secret, a Certificate, an
  ExternalSecret, or cert-manager for an annotated Gateway);
* :func:`external_problems`: no object declared external is also written by the app.

"Exists" means written by the app or declared external (``external``: the keys of
:func:`homelab_constructs.declared.declare_external`, which ``synth()`` passes and writes beside
the manifests as :data:`EXTERNAL_OBJECTS_FILE` for ``validate``, which reads them back with
:func:`read_external_objects`).
"""
from __future__ import annotations

from pathlib import Path
from typing import AbstractSet, Iterable

from .._names import CLUSTER_ISSUER_ANNOTATION, ISSUER_ANNOTATION
from .problems import ByKind, ObjectKey, ObjectProblem, Objects, annotations_of, name_of, namespace_of, object_key, object_problem
from .schema import describe

# ---- objects declared external, and the file that lists them beside the manifests

#: kinds that may be declared external: kind -> (API group, namespaced)
EXTERNAL_KINDS = {"ClusterIssuer": ("cert-manager.io", False), "Issuer": ("cert-manager.io", True),
                  "ClusterSecretStore": ("external-secrets.io", False), "SecretStore": ("external-secrets.io", True),
                  "Secret": ("", True), "Namespace": ("", False)}
#: the file beside the manifests that lists the app's external objects (written only when there
#: are some): plain text, so that neither Flux's generated kustomization nor an Argo CD directory
#: source (both read ``*.yaml``, ``*.yml`` and ``*.json``) takes it for a manifest
EXTERNAL_OBJECTS_FILE = "external-objects.txt"
_EXTERNAL_HEADER = ("# Objects this app refers to but does not write (declare_external): installed by another repo or\n"
                    "# by hand. `python -m homelab_constructs validate` accepts references to them. One per line:\n"
                    "# <kind> [<namespace>/]<name>\n")
Keys = AbstractSet[ObjectKey]


def read_external_objects(directory: Path) -> frozenset[ObjectKey]:
    """The external objects listed in ``directory``'s :data:`EXTERNAL_OBJECTS_FILE` (none without one)."""
    path = Path(directory) / EXTERNAL_OBJECTS_FILE
    if not path.is_file():
        return frozenset()
    keys = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, ref = line.strip().partition(" ")
        namespace, _, name = ref.strip().rpartition("/")
        if kind not in EXTERNAL_KINDS or not name:
            raise ValueError(f"{path}:{number}: not '<kind> [<namespace>/]<name>' with a kind of "
                             f"{', '.join(sorted(EXTERNAL_KINDS))} (got {line!r})")
        keys.add((EXTERNAL_KINDS[kind][0], kind, namespace, name))
    return frozenset(keys)


def write_external_objects(directory: Path, keys: Iterable[ObjectKey]) -> None:
    """Write :data:`EXTERNAL_OBJECTS_FILE` in ``directory`` (sorted, so two synths write the same
    bytes); remove it when there are no keys."""
    path = Path(directory) / EXTERNAL_OBJECTS_FILE
    lines = [f"{k} {ns + '/' if ns else ''}{n}" for _, k, ns, n in sorted(keys, key=lambda key: key[1:])]
    if lines:
        path.write_text(_EXTERNAL_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    elif path.exists():
        path.unlink()


# ---- issuers and secret stores

def issuer_problems(by_kind: ByKind, external: Keys = frozenset()) -> list[ObjectProblem]:
    """Certificates and Gateways (cert-manager's annotations) naming an issuer the app neither
    has nor declares external."""
    cluster_issuers = {name_of(o) for _, o in by_kind.get("ClusterIssuer", [])}
    cluster_issuers |= {n for g, k, _, n in external if (g, k) == ("cert-manager.io", "ClusterIssuer")}
    issuers = {(namespace_of(o), name_of(o)) for _, o in by_kind.get("Issuer", [])}
    issuers |= {(ns, n) for g, k, ns, n in external if (g, k) == ("cert-manager.io", "Issuer")}
    problems = []

    def check(file: str, obj: dict, path: str, kind: str, name: str) -> None:
        if kind == "ClusterIssuer" and name not in cluster_issuers:
            problems.append(object_problem(file, obj, path, f"ClusterIssuer does not exist in the app (got {name!r}); use one "
                                                            f"of: {', '.join(sorted(cluster_issuers)) or 'none'}, or "
                                                            "declare one installed elsewhere (declare_external(scope, "
                                                            f"'ClusterIssuer', {name!r}))"))
        elif kind == "Issuer" and (namespace_of(obj), name) not in issuers:
            local = sorted(n for ns, n in issuers if ns == namespace_of(obj))
            problems.append(object_problem(
                file, obj, path,
                f"Issuer does not exist in namespace {namespace_of(obj)} (got {name!r}); use one of: "
                f"{', '.join(local) or 'none'}, or a ClusterIssuer, or declare one installed elsewhere "
                f"(declare_external(scope, 'Issuer', {name!r}, {namespace_of(obj)!r}))"))

    for file, cert in by_kind.get("Certificate", []):
        ref = (cert.get("spec") or {}).get("issuerRef") or {}
        if ref.get("group", "cert-manager.io") == "cert-manager.io":
            check(file, cert, "spec.issuerRef.name", ref.get("kind") or "Issuer", ref.get("name", ""))
    for file, gateway in by_kind.get("Gateway", []):
        annotations = annotations_of(gateway)
        for note, kind in ((CLUSTER_ISSUER_ANNOTATION, "ClusterIssuer"), (ISSUER_ANNOTATION, "Issuer")):
            if note in annotations:
                check(file, gateway, f"metadata.annotations[{note}]", kind, annotations[note])
    return problems


def secret_store_problems(by_kind: ByKind, external: Keys = frozenset()) -> list[ObjectProblem]:
    """ExternalSecrets naming a (Cluster)SecretStore the app neither has nor declares external."""
    cluster_stores = {name_of(o) for _, o in by_kind.get("ClusterSecretStore", [])}
    cluster_stores |= {n for g, k, _, n in external if (g, k) == ("external-secrets.io", "ClusterSecretStore")}
    stores = {(namespace_of(o), name_of(o)) for _, o in by_kind.get("SecretStore", [])}
    stores |= {(ns, n) for g, k, ns, n in external if (g, k) == ("external-secrets.io", "SecretStore")}
    problems = []
    for file, secret in by_kind.get("ExternalSecret", []):
        spec = secret.get("spec") or {}
        refs = [("spec.secretStoreRef", spec.get("secretStoreRef"))]
        refs += [(f"spec.data[{i}].sourceRef.storeRef", (d.get("sourceRef") or {}).get("storeRef"))
                 for i, d in enumerate(spec.get("data") or [])]
        refs += [(f"spec.dataFrom[{i}].sourceRef.storeRef", (d.get("sourceRef") or {}).get("storeRef"))
                 for i, d in enumerate(spec.get("dataFrom") or [])]
        for path, ref in refs:
            if not ref or not ref.get("name"):
                continue
            kind = ref.get("kind") or "SecretStore"
            if kind == "ClusterSecretStore" and ref["name"] not in cluster_stores:
                problems.append(object_problem(
                    file, secret, f"{path}.name",
                    f"ClusterSecretStore does not exist in the app (got {ref['name']!r}); use one of: "
                    f"{', '.join(sorted(cluster_stores)) or 'none'}, or declare one installed elsewhere "
                    f"(declare_external(scope, 'ClusterSecretStore', {ref['name']!r}))"))
            elif kind == "SecretStore" and (namespace_of(secret), ref["name"]) not in stores:
                local = sorted(n for ns, n in stores if ns == namespace_of(secret))
                problems.append(object_problem(
                    file, secret, f"{path}.name",
                    f"SecretStore does not exist in namespace {namespace_of(secret)} (got {ref['name']!r}); use one of: "
                    f"{', '.join(local) or 'none'}, or a ClusterSecretStore, or declare one installed elsewhere "
                    f"(declare_external(scope, 'SecretStore', {ref['name']!r}, {namespace_of(secret)!r}))"))
    return problems


# ---- Secrets: one writer each, and a listener's TLS Secret written by someone

#: what an ExternalSecret that only seeds its Secret is called in :func:`secret_writers`
SEED = "ExternalSecret (seed)"
#: ``refreshInterval`` values that mean "never refresh" (External Secrets treats 0 as CreatedOnce)
_NO_REFRESH = {"0", "0s", "0m", "0h", "0ms"}


def seeds_only(external_secret: dict) -> bool:
    """Whether the ExternalSecret creates its Secret once and never writes it again: it leaves
    the Secret to others (``creationPolicy: Orphan``) and syncs once (``refreshPolicy:
    CreatedOnce``, or ``refreshInterval: 0``, which External Secrets reads the same way)."""
    spec = external_secret.get("spec") or {}
    target = spec.get("target") or {}
    once = spec.get("refreshPolicy") == "CreatedOnce" or str(spec.get("refreshInterval", "")) in _NO_REFRESH
    return target.get("creationPolicy") == "Orphan" and once


def secret_writers(by_kind: ByKind) -> list[tuple[tuple[str, str], str, str, dict]]:
    """``((namespace, name), what writes it, file, writer)`` of every Secret the app writes: Secret
    objects, Certificates (``spec.secretName``) and ExternalSecrets that create their target
    (``spec.target.name``, default the ExternalSecret's name; :data:`SEED` for one that only
    seeds it, :func:`seeds_only`)."""
    writers = [((namespace_of(o), name_of(o)), "Secret", f, o) for f, o in by_kind.get("Secret", [])]
    writers += [((namespace_of(o), (o.get("spec") or {}).get("secretName", "")), "Certificate", f, o)
                for f, o in by_kind.get("Certificate", [])]
    for f, o in by_kind.get("ExternalSecret", []):
        target = (o.get("spec") or {}).get("target") or {}
        if target.get("creationPolicy", "Owner") in ("Owner", "Orphan"):
            what = SEED if seeds_only(o) else "ExternalSecret"
            writers.append(((namespace_of(o), target.get("name") or name_of(o)), what, f, o))
    return writers


def certificate_secret_problems(by_kind: ByKind, external: Keys = frozenset()) -> list[ObjectProblem]:
    """A Secret that a Certificate writes and something else writes too (they would overwrite each
    other's key pair), unless the other only seeds it (:func:`seeds_only`); a Gateway listener's
    TLS Secret that nothing writes."""
    problems = []
    first: dict[tuple[str, str], tuple[str, str, dict]] = {}
    for key, what, file, obj in secret_writers(by_kind):
        if key in first:
            other_what, other_file, other = first[key]
            if "Certificate" in (what, other_what) and SEED not in (what, other_what):
                seed = (" (an ExternalSecret that only seeds it, with creationPolicy: Orphan and refreshPolicy: "
                        "CreatedOnce, leaves it to cert-manager after the first sync)"
                        if "ExternalSecret" in (what, other_what) else "")
                problems.append(object_problem(file, obj, "spec.secretName" if what == "Certificate" else "metadata.name",
                                               f"Secret is written twice (got {key[0]}/{key[1]}); {describe(other)} "
                                               f"({other_file}) writes it too; give each its own Secret{seed}"))
            if other_what == SEED and what != SEED:
                first[key] = (what, file, obj)  # the writer that owns it after the seed
            continue
        first[key] = (what, file, obj)
    made = set(first) | {(ns, n) for g, k, ns, n in external if (g, k) == ("", "Secret")}
    for file, gateway in by_kind.get("Gateway", []):
        notes = annotations_of(gateway)
        shim = CLUSTER_ISSUER_ANNOTATION in notes or ISSUER_ANNOTATION in notes  # cert-manager writes them
        for i, listener in enumerate((gateway.get("spec") or {}).get("listeners") or []):
            for j, ref in enumerate((listener.get("tls") or {}).get("certificateRefs") or []):
                if ref.get("group", "") != "" or ref.get("kind", "Secret") != "Secret":
                    continue
                namespace = ref.get("namespace") or namespace_of(gateway)
                if (namespace, ref.get("name")) in made or (shim and namespace == namespace_of(gateway)):
                    continue
                problems.append(object_problem(
                    file, gateway, f"spec.listeners[{i}].tls.certificateRefs[{j}].name",
                    f"TLS Secret is written by nothing in the app (got {namespace}/{ref.get('name')}); write it with a "
                    "Certificate (Certificate(..., secret_name=...)), annotate the Gateway with an issuer, or declare "
                    f"it (declare_external(scope, 'Secret', {ref.get('name')!r}, {namespace!r}))"))
    return problems


def external_problems(objects: Objects, external: Keys = frozenset()) -> list[ObjectProblem]:
    """Objects the app writes although it declares them external: one of the two is wrong."""
    return [object_problem(file, obj, "metadata.name",
                           f"object is declared external but the app writes it (got {describe(obj)!r}); drop the "
                           "declaration, or stop writing the object")
            for file, obj in objects if object_key(obj) in external]
