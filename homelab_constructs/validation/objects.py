"""What the API server checks of every object's metadata and size, checked before ``dist/``.

The schemas (:mod:`.schema`) say which fields an object has; the API server also refuses
names, labels and annotations of the wrong form and objects that are too large, whatever
wrote them (a construct, an escape hatch, another library). One rule per function, composed
by :func:`object_problems`:

* :func:`name_problems`: ``metadata.name`` is a DNS-1035 label for a Service (it starts with a
  letter: ``1password`` is refused), a DNS-1123 label for a Namespace, and a DNS-1123 subdomain
  for every other kind (custom resources included); ``metadata.namespace`` is a DNS-1123 label;
* :func:`label_problems`: label keys are ``[prefix/]name`` (prefix a DNS subdomain, name up to
  63 characters), values up to 63 characters of the label grammar; annotation keys follow the
  key grammar and all annotations together stay under 256 KiB;
* :func:`data_key_problems`: ConfigMap and Secret data keys are ``[-._a-zA-Z0-9]+`` (at most 253);
* :func:`service_port_problems`: a Service with several ports names each, once (one port may
  go unnamed);
* :func:`size_problems`: a ConfigMap's or Secret's data stays under 1 MiB, and any object under
  the API server's 1.5 MiB request limit.
"""
from __future__ import annotations

import base64
import json
from typing import Sequence

from .._validation import DATA_KEY, DNS_1035_LABEL, DNS_LABEL, DNS_SUBDOMAIN, LABEL_VALUE, is_label_key
from .problems import ObjectProblem, Objects, object_problem

#: all annotations of one object together (``TotalAnnotationSizeLimitB``)
ANNOTATIONS_LIMIT = 256 * 1024
#: a ConfigMap's or Secret's data (``MaxSecretSize``; the ConfigMap limit is the same 1 MiB)
DATA_LIMIT = 1024 * 1024
#: what one request to the API server may carry (etcd's default ``--max-request-bytes``)
OBJECT_LIMIT = 1536 * 1024

_LABEL_KEY_FIX = ("write [prefix/]name: an optional DNS subdomain prefix, then up to 63 letters, digits, '-', '_' or "
                  "'.', starting and ending with a letter or digit")


def name_problems(objects: Objects) -> list[ObjectProblem]:
    problems = []
    for file, obj in objects:
        meta = obj.get("metadata") or {}
        name, namespace, kind = meta.get("name"), meta.get("namespace"), obj.get("kind")
        if isinstance(name, str):
            if kind == "Service" and obj.get("apiVersion") == "v1" and not DNS_1035_LABEL.fullmatch(name):
                problems.append(object_problem(file, obj, "metadata.name", (
                    f"a Service name must be a DNS-1035 label (got {name!r}); use 1-63 lowercase letters, digits or "
                    "'-', starting with a letter and ending with a letter or digit")))
            elif kind == "Namespace" and obj.get("apiVersion") == "v1" and not DNS_LABEL.fullmatch(name):
                problems.append(object_problem(file, obj, "metadata.name", (
                    f"a Namespace name must be a DNS-1123 label (got {name!r}); use 1-63 lowercase letters, digits "
                    "or '-', starting and ending with a letter or digit")))
            elif not DNS_SUBDOMAIN.fullmatch(name):
                problems.append(object_problem(file, obj, "metadata.name", (
                    f"the name must be a DNS-1123 subdomain (got {name!r}); use at most 253 lowercase letters, "
                    "digits, '-' or '.', each part starting and ending with a letter or digit")))
        if isinstance(namespace, str) and not DNS_LABEL.fullmatch(namespace):
            problems.append(object_problem(file, obj, "metadata.namespace", (
                f"the namespace must be a DNS-1123 label (got {namespace!r}); use 1-63 lowercase letters, digits or "
                "'-', starting and ending with a letter or digit")))
    return problems


def label_problems(objects: Objects) -> list[ObjectProblem]:
    problems = []
    for file, obj in objects:
        meta = obj.get("metadata") or {}
        for key, value in (meta.get("labels") or {}).items():
            if not is_label_key(key):
                problems.append(object_problem(file, obj, "metadata.labels", f"label key is not a label name (got {key!r}); "
                                                                             f"{_LABEL_KEY_FIX}"))
            elif not isinstance(value, str) or len(value) > 63 or not LABEL_VALUE.fullmatch(value):
                problems.append(object_problem(file, obj, f"metadata.labels.{key}", (
                    f"label value is not a label value (got {value!r}); write up to 63 letters, digits, '-', '_' or "
                    "'.', starting and ending with a letter or digit")))
        annotations = meta.get("annotations") or {}
        for key in annotations:
            if not is_label_key(key):
                problems.append(object_problem(file, obj, "metadata.annotations",
                                               f"annotation key is not a qualified name (got {key!r}); {_LABEL_KEY_FIX}"))
        size = sum(len(str(k).encode()) + len(str(v).encode()) for k, v in annotations.items())
        if size > ANNOTATIONS_LIMIT:
            problems.append(object_problem(file, obj, "metadata.annotations", (
                f"annotations take {size} bytes, more than the API server's {ANNOTATIONS_LIMIT} (got "
                f"{sorted(annotations)!r}); move the large values into a ConfigMap")))
    return problems


def _data(obj: dict) -> Sequence[tuple[str, str, int]]:
    """``(field, key, bytes)`` of a ConfigMap's or Secret's data entries."""
    if obj.get("apiVersion") != "v1" or obj.get("kind") not in ("ConfigMap", "Secret"):
        return []
    out = []
    for field in ("data", "binaryData", "stringData"):
        for key, value in (obj.get(field) or {}).items():
            text = value if isinstance(value, str) else ""
            encoded = field == "binaryData" or (field == "data" and obj["kind"] == "Secret")
            size = len(base64.b64decode(text, validate=False)) if encoded and text else len(text.encode())
            out.append((field, key, size))
    return out


def data_key_problems(objects: Objects) -> list[ObjectProblem]:
    problems = []
    for file, obj in objects:
        for field, key, _ in _data(obj):
            if not isinstance(key, str) or not DATA_KEY.fullmatch(key):
                problems.append(object_problem(file, obj, field, (
                    f"{obj['kind']} key is not a valid key (got {key!r}); use 1-253 letters, digits, '-', '_' or '.'")))
    return problems


def service_port_problems(objects: Objects) -> list[ObjectProblem]:
    problems = []
    for file, obj in objects:
        if obj.get("apiVersion") != "v1" or obj.get("kind") != "Service":
            continue
        ports = [p for p in (obj.get("spec") or {}).get("ports") or [] if isinstance(p, dict)]
        seen: set[str] = set()
        for i, port in enumerate(ports):
            name = port.get("name")
            if len(ports) > 1 and not name:
                problems.append(object_problem(file, obj, f"spec.ports[{i}].name", (
                    f"a Service with several ports needs a name on each (got port {port.get('port')!r} without one); "
                    "name every port, such as 'http'")))
            elif name and name in seen:
                problems.append(object_problem(file, obj, f"spec.ports[{i}].name", (
                    f"port name is used twice in the Service (got {name!r}); give each port its own name")))
            if name:
                seen.add(name)
    return problems


def size_problems(objects: Objects) -> list[ObjectProblem]:
    problems = []
    for file, obj in objects:
        data = sum(size for _, _, size in _data(obj))
        if data > DATA_LIMIT:
            problems.append(object_problem(file, obj, "data", (
                f"{obj['kind']} data takes {data} bytes, more than Kubernetes' 1 MiB (got keys "
                f"{sorted(k for _, k, _ in _data(obj))!r}); split it, or mount the content from a volume")))
            continue
        size = len(json.dumps(obj, separators=(",", ":")).encode())
        if size > OBJECT_LIMIT:
            problems.append(object_problem(file, obj, "<root>", (
                f"the object takes {size} bytes, more than the API server accepts ({OBJECT_LIMIT}) (got "
                f"{obj.get('kind')} {(obj.get('metadata') or {}).get('name')!r}); split it into smaller objects")))
    return problems


def object_problems(objects: Objects) -> list[ObjectProblem]:
    """Every metadata and size problem of ``objects`` (``(file, object)`` pairs), rule by rule."""
    objects = list(objects)
    return (name_problems(objects) + label_problems(objects) + data_key_problems(objects)
            + service_port_problems(objects) + size_problems(objects))
