"""What must exist before a bundle is applied, and the file that lists it beside the manifests.

Two kinds of prerequisites, each with the object that needs it:

* the API groups whose CRDs no release of the bundle installs (:func:`~.stages.prerequisites`:
  the Gateway API, External Secrets, the Prometheus and Grafana operators' ...), each with the
  first object of the group (its construct, in the file ``synth()`` writes);
* the Secrets the bundle reads but does not write (no Secret, Certificate or ExternalSecret of the
  bundle writes them, :func:`~.references.secret_writers`): an ACME issuer's Cloudflare token
  (``apiTokenSecretRef``), an OIDC client secret (a SecurityPolicy's ``oidc.clientSecret``, key
  ``client-secret``), any ``secretKeyRef`` (ExternalDNS's token, the tunnel token, in a workload
  or a release's values), ``envFrom`` and volume Secrets, a Gateway listener's TLS Secret
  declared external. Each with namespace/name, key (``*`` for every key) and the object and
  field that reads it.

``synth()`` writes them in :data:`PREREQUISITES_FILE` (plain text, like the other lists beside
the manifests: no GitOps controller takes it for a manifest); ``python -m homelab_constructs
synth`` prints them in its summary; ``validate`` reads the file (:func:`read_prerequisites`)
and reports a prerequisite the bundle needs that the file does not list, and one it lists that
the bundle no longer needs (:func:`prerequisite_problems`), so the list a reviewer reads is
the bundle's.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional

from ..validation.problems import Objects, api_group, group_by_kind, namespace_of
from ..validation.references import secret_writers
from ..validation.schema import Problem, describe
from .stages import prerequisites as crd_groups
from .stages import release_chart

#: the file beside the manifests that lists the prerequisites (written only when there are some)
PREREQUISITES_FILE = "prerequisites.txt"
_HEADER = ("# What must exist before this bundle is applied (written by synth; `python -m homelab_constructs validate`\n"
           "# checks that it is current). One per line:\n"
           "# crd <API group>: <the first object of the group> [(<construct>)]\n"
           "# secret <namespace>/<name> <key>: <the object that reads it> <field> [(<construct>)]\n")


@dataclass(frozen=True)
class Prerequisite:
    """One thing that must exist first: ``("crd", group)`` or ``("secret", "ns/name key")`` (:attr:`key`),
    and who needs it (``reader``: ``Kind ns/name`` and, for a Secret, the field)."""

    kind: str
    what: str
    reader: str
    construct: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.what)

    def line(self) -> str:
        return f"{self.kind} {self.what}: {self.reader}" + (f" ({self.construct})" if self.construct else "")


def _walk(value: Any, path: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every mapping inside ``value`` with its field path."""
    if isinstance(value, Mapping):
        yield path, value
        for key, item in value.items():
            yield from _walk(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]")


def _reads_namespace(obj: dict, cluster_resources: str) -> str:
    """The namespace in which ``obj`` (or the chart it releases) reads Secrets."""
    spec = obj.get("spec") or {}
    group, kind = api_group(str(obj.get("apiVersion", ""))), obj.get("kind")
    if (group, kind) == ("helm.toolkit.fluxcd.io", "HelmRelease"):
        return spec.get("targetNamespace") or namespace_of(obj)
    if (group, kind) == ("argoproj.io", "Application"):
        return (spec.get("destination") or {}).get("namespace") or namespace_of(obj)
    if kind == "ClusterIssuer":
        return cluster_resources  # cert-manager reads a ClusterIssuer's Secrets in its own namespace
    return namespace_of(obj)


def _secret_reads(obj: dict, cluster_resources: str) -> Iterator[tuple[str, str, str, str]]:
    """``(namespace, name, key, field)`` of each Secret ``obj`` reads."""
    namespace = _reads_namespace(obj, cluster_resources)
    for path, node in _walk(obj.get("spec") or {}, "spec"):
        for field, key_of in _SECRET_FIELDS.items():
            ref = node.get(field)
            if isinstance(ref, Mapping) and isinstance(ref.get("name" if field != "secret" else "secretName"), str):
                name = ref["name" if field != "secret" else "secretName"]
                yield namespace, name, key_of(ref), f"{path}.{field}"
    group, kind = api_group(str(obj.get("apiVersion", ""))), obj.get("kind")
    if (group, kind) == ("gateway.envoyproxy.io", "SecurityPolicy"):
        ref = ((obj.get("spec") or {}).get("oidc") or {}).get("clientSecret") or {}
        if ref.get("name"):
            yield ref.get("namespace") or namespace, ref["name"], "client-secret", "spec.oidc.clientSecret"


#: fields that name a Secret (anywhere in a spec) -> the key they read
_SECRET_FIELDS: Mapping[str, Callable[[Mapping[str, Any]], str]] = {
    "secretKeyRef": lambda ref: str(ref.get("key", "*")),
    "apiTokenSecretRef": lambda ref: str(ref.get("key", "*")),
    "tokenSecretRef": lambda ref: str(ref.get("key", "*")),  # a Vault store's token
    "secretRef": lambda ref: "*",  # envFrom: every key
    "secret": lambda ref: "*",  # a volume: every key
}


def _listener_secrets(by_kind: Mapping[str, list[tuple[str, dict]]]) -> Iterator[tuple[dict, str, str, str]]:
    for _file, gateway in by_kind.get("Gateway", []):
        for i, listener in enumerate((gateway.get("spec") or {}).get("listeners") or []):
            for j, ref in enumerate((listener.get("tls") or {}).get("certificateRefs") or []):
                if ref.get("group", "") == "" and ref.get("kind", "Secret") == "Secret" and ref.get("name"):
                    yield (gateway, ref.get("namespace") or namespace_of(gateway), ref["name"],
                           f"spec.listeners[{i}].tls.certificateRefs[{j}]")


def prerequisites_of(objects: Objects, construct: Optional[Callable[[dict], str]] = None) -> list[Prerequisite]:
    """The prerequisites of ``objects`` (``(file, object)`` pairs), CRD groups first, each once
    (with its first reader); ``construct`` names the construct that wrote an object (``synth()``)."""
    objects = list(objects)
    named = construct or (lambda obj: "")
    found: dict[tuple[str, str], Prerequisite] = {}
    groups = set(crd_groups(o for _, o in objects))
    for _, obj in objects:
        group = api_group(str(obj.get("apiVersion", "")))
        if group in groups and ("crd", group) not in found:
            found[("crd", group)] = Prerequisite("crd", group, describe(obj), named(obj))
    by_kind = group_by_kind(objects)
    written = {key for key, *_ in secret_writers(by_kind)}
    cluster_resources = next((_reads_namespace(o, "") for _, o in objects if release_chart(o) == "cert-manager"),
                             "cert-manager")
    reads = [(obj, ns, name, key, field) for _, obj in objects for ns, name, key, field in _secret_reads(obj, cluster_resources)]
    reads += [(obj, ns, name, "tls.crt, tls.key", field) for obj, ns, name, field in _listener_secrets(by_kind)]
    shim = ("cert-manager.io/cluster-issuer", "cert-manager.io/issuer")
    for obj, ns, name, key, field in reads:
        if (ns, name) in written:
            continue
        notes = (obj.get("metadata") or {}).get("annotations") or {}
        if obj.get("kind") == "Gateway" and any(n in notes for n in shim) and ns == namespace_of(obj):
            continue  # cert-manager's gateway shim writes it
        what = f"{ns}/{name} {key}"
        if ("secret", what) not in found:
            found[("secret", what)] = Prerequisite("secret", what, f"{describe(obj)} {field}", named(obj))
    return sorted(found.values(), key=lambda p: (p.kind, p.what))


def write_prerequisites(directory: Path, items: Iterable[Prerequisite]) -> None:
    """Write :data:`PREREQUISITES_FILE` in ``directory``; remove it when there are none."""
    path = Path(directory) / PREREQUISITES_FILE
    lines = [p.line() for p in sorted(items, key=lambda p: (p.kind, p.what))]
    if lines:
        path.write_text(_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    elif path.exists():
        path.unlink()


def read_prerequisites(directory: Path) -> Optional[dict[tuple[str, str], int]]:
    """The keys listed in ``directory``'s :data:`PREREQUISITES_FILE` with their line numbers
    (``None`` without a file)."""
    path = Path(directory) / PREREQUISITES_FILE
    if not path.is_file():
        return None
    keys = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, rest = line.partition(" ")
        what, sep, _reader = rest.partition(": ")
        if kind not in ("crd", "secret") or not sep or not what.strip():
            raise ValueError(f"{path}:{number}: not 'crd <group>: <reader>' or 'secret <namespace>/<name> <key>: "
                             f"<reader>' (got {line!r})")
        keys[(kind, what.strip())] = number
    return keys


def prerequisite_problems(objects: Objects, listed: Optional[Mapping[tuple[str, str], int]]) -> list[Problem]:
    """With a :data:`PREREQUISITES_FILE` (``listed``), what it lacks and what it lists in vain."""
    if listed is None:
        return []
    needed = {p.key: p for p in prerequisites_of(objects)}
    problems = [Problem(PREREQUISITES_FILE, f"{kind} {what}", "",
                        f"the bundle needs it and {PREREQUISITES_FILE} does not list it (got {p.reader}); "
                        "synthesize again (synth writes the file)")
                for (kind, what), p in needed.items() if (kind, what) not in listed]
    problems += [Problem(f"{PREREQUISITES_FILE}:{line}", f"{kind} {what}", "",
                         f"listed but the bundle does not need it (got {what!r}); synthesize again (synth writes the file)")
                 for (kind, what), line in listed.items() if (kind, what) not in needed]
    return problems


def refresh_prerequisites(directory: Path, objects: Objects) -> list[Prerequisite]:
    """Rewrite :data:`PREREQUISITES_FILE` in ``directory`` for ``objects`` (say, once ``synth``
    has added its stage objects): the lines of the prerequisites still needed are kept as they
    are (with the constructs ``synth()`` named), new ones added, stale ones dropped. Returns them."""
    path = Path(directory) / PREREQUISITES_FILE
    kept: dict[tuple[str, str], Prerequisite] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                kind, _, rest = line.partition(" ")
                what, _, reader = rest.partition(": ")
                construct = ""
                if reader.endswith(")") and " (" in reader:
                    reader, _, construct = reader[:-1].rpartition(" (")
                kept[(kind, what)] = Prerequisite(kind, what, reader, construct)
    items = [kept.get(p.key, p) for p in prerequisites_of(objects)]
    write_prerequisites(directory, items)
    return items
