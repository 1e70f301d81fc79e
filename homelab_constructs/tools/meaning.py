"""What an object means, for comparing two manifests by meaning rather than by their bytes
(standard library and PyYAML only, like the ``diff`` command that uses it).

Two objects that the cluster would see as the same are made equal before they are compared,
by :func:`normalize` with the :class:`Meaning` options, on both sides alike:

* ``defaults``: the defaults the API server fills in are filled in (:data:`API_DEFAULTS`, each
  with its source); ``metadata.labels``/``annotations`` that are empty are dropped (the API
  omits empty maps); a label selector's empty ``matchLabels``/``matchExpressions`` are dropped
  (an empty selector selects everything either way: a CiliumNetworkPolicy's
  ``endpointSelector: {}`` is ``{matchLabels: {}}``);
* ``schemas``: the defaults of the CRDs' OpenAPI schemas are filled in, as the API server does
  for a custom resource (a missing field whose schema has a ``default``, inside each object
  that is present, the default itself filled in turn; never under ``status``). The schemas are
  data: :func:`read_crds` reads them from a directory of CRD files (the repository's ``crds/``);
* ``unordered``: the lists whose order the API gives no meaning (:data:`UNORDERED`, each with
  its source) are sorted, so a new order is no difference. Every other list keeps its order:
  a route's rules and filters, a policy's rules, CoreDNS plugins, Envoy compressors, a pod's
  containers and mounts;
* ``managed_by``: the label ``app.kubernetes.io/managed-by: homelab-constructs`` that the
  library puts on what it writes is dropped (from ``metadata.labels`` and a pod template's). Any
  other label, annotation or field stays a difference;
* ``embedded``: a string the API reads as a JSON document (:data:`EMBEDDED_JSON`: a
  NetworkAttachmentDefinition's CNI config) is compared as the data it holds, not as text
  (indentation and key order are no difference; any value is).
"""
from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .reading import InputError, group_of, read_yaml

__all__ = ["API_DEFAULTS", "EMBEDDED_JSON", "MANAGED_BY", "UNORDERED", "ApiDefault", "Meaning", "Schemas", "Unordered",
           "normalize", "read_crds"]

#: the label the library puts on every object it writes: no difference when comparing by meaning
MANAGED_BY = ("app.kubernetes.io/managed-by", "homelab-constructs")

_CORE_DEFAULTS = "Kubernetes pkg/apis/core/v1/defaults.go"
_GATEWAY_API = "Gateway API CRD default (apis/v1 kubebuilder:default)"
_ESO = "External Secrets CRD default (v1beta1 schema; the v1 API's documented default)"
_LOCAL = "Gateway API reference types: when unspecified, the local namespace (the object's own) is inferred"

Kind = tuple[str, str]  # (group, kind); "*" matches any


@dataclass(frozen=True)
class ApiDefault:
    """A default the API server fills in: in objects of ``kinds``, at ``path`` (dotted keys,
    ``[*]`` for every item of a list), ``value`` when the field is absent from a parent that is
    present (or the value of the sibling ``same_as``; or ``value_of(parent, object)``), only
    where the parent's ``when`` key holds one of its values."""

    kinds: tuple[Kind, ...]
    path: str
    value: Any = None
    source: str = ""
    same_as: str | None = None
    when: tuple[str, tuple[Any, ...]] | None = None
    value_of: Callable[[Mapping[str, Any], Mapping[str, Any]], Any] | None = None


@dataclass(frozen=True)
class Unordered:
    """A list whose order the API gives no meaning: in objects of ``kinds``, at ``path``
    (``**.`` first: at any depth); only when ``unless`` does not hold for the list."""

    kinds: tuple[Kind, ...]
    path: str
    source: str = ""
    unless: Callable[[list[Any]], bool] | None = None


_ANY: tuple[Kind, ...] = (("*", "*"),)
_GW = "gateway.networking.k8s.io"
_ROUTES: tuple[Kind, ...] = tuple((_GW, k) for k in ("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute"))
#: the kinds with a pod template, and where its pod spec sits
_POD_SPECS: dict[Kind, str] = {
    ("", "Pod"): "spec", ("apps", "Deployment"): "spec.template.spec", ("apps", "StatefulSet"): "spec.template.spec",
    ("apps", "DaemonSet"): "spec.template.spec", ("apps", "ReplicaSet"): "spec.template.spec",
    ("batch", "Job"): "spec.template.spec", ("batch", "CronJob"): "spec.jobTemplate.spec.template.spec",
}
_SERVICE = (("", "Service"),)
_REMOTE = {"conversionStrategy": "Default", "decodingStrategy": "None", "metadataPolicy": "None"}


def _pull_policy(container: Mapping[str, Any], obj: Mapping[str, Any]) -> Any:
    """``Always`` for an image without a tag or tagged ``latest``, else ``IfNotPresent``."""
    image = str(container.get("image", ""))
    if "@" in image:
        return "IfNotPresent"
    tag = image.rsplit("/", 1)[-1].partition(":")[2]
    return "Always" if tag in ("", "latest") else "IfNotPresent"


def _local_namespace(parent: Mapping[str, Any], obj: Mapping[str, Any]) -> Any:
    """The namespace of the object a reference sits in (None when it has none)."""
    metadata = obj.get("metadata")
    return metadata.get("namespace") if isinstance(metadata, dict) else None


def _pod_defaults() -> list[ApiDefault]:
    out: list[ApiDefault] = []
    for kind, spec in _POD_SPECS.items():
        kinds = (kind,)
        out += [ApiDefault(kinds, f"{spec}.{key}", value, _CORE_DEFAULTS) for key, value in (
            ("restartPolicy", "Always"), ("dnsPolicy", "ClusterFirst"), ("terminationGracePeriodSeconds", 30),
            ("schedulerName", "default-scheduler"))]
        for containers in ("containers", "initContainers"):
            each = f"{spec}.{containers}[*]"
            out += [ApiDefault(kinds, f"{each}.terminationMessagePath", "/dev/termination-log", _CORE_DEFAULTS),
                    ApiDefault(kinds, f"{each}.terminationMessagePolicy", "File", _CORE_DEFAULTS),
                    ApiDefault(kinds, f"{each}.imagePullPolicy", source=_CORE_DEFAULTS, value_of=_pull_policy),
                    ApiDefault(kinds, f"{each}.ports[*].protocol", "TCP", _CORE_DEFAULTS)]
            for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
                out += [ApiDefault(kinds, f"{each}.{probe}.{key}", value, _CORE_DEFAULTS + " (SetDefaults_Probe)")
                        for key, value in (("timeoutSeconds", 1), ("periodSeconds", 10), ("successThreshold", 1),
                                           ("failureThreshold", 3))]
    return out


#: the well-known defaults the API server fills in (each with its source), applied in this order
API_DEFAULTS: tuple[ApiDefault, ...] = (
    ApiDefault(_SERVICE, "spec.type", "ClusterIP", _CORE_DEFAULTS + " (SetDefaults_Service)"),
    ApiDefault(_SERVICE, "spec.sessionAffinity", "None", _CORE_DEFAULTS + " (SetDefaults_Service)"),
    ApiDefault(_SERVICE, "spec.ports[*].protocol", "TCP", _CORE_DEFAULTS + " (SetDefaults_Service)"),
    ApiDefault(_SERVICE, "spec.ports[*].targetPort", source=_CORE_DEFAULTS + " (SetDefaults_Service: the port)",
               same_as="port"),
    ApiDefault(_SERVICE, "spec.internalTrafficPolicy", "Cluster", _CORE_DEFAULTS + " (SetDefaults_Service)",
               when=("type", ("ClusterIP", "NodePort", "LoadBalancer"))),
    ApiDefault(_SERVICE, "spec.externalTrafficPolicy", "Cluster", _CORE_DEFAULTS + " (SetDefaults_Service)",
               when=("type", ("NodePort", "LoadBalancer"))),
    ApiDefault(_SERVICE, "spec.allocateLoadBalancerNodePorts", True, _CORE_DEFAULTS + " (SetDefaults_Service)",
               when=("type", ("LoadBalancer",))),
    ApiDefault((("discovery.k8s.io", "EndpointSlice"),), "ports[*].protocol", "TCP",
               "Kubernetes pkg/apis/discovery/v1/defaults.go (SetDefaults_EndpointPort)"),
    ApiDefault((("discovery.k8s.io", "EndpointSlice"),), "ports[*].name", "",
               "Kubernetes pkg/apis/discovery/v1/defaults.go (SetDefaults_EndpointPort)"),
    ApiDefault((("apps", "Deployment"),), "spec.replicas", 1, "Kubernetes pkg/apis/apps/v1/defaults.go"),
    ApiDefault((("apps", "Deployment"),), "spec.revisionHistoryLimit", 10, "Kubernetes pkg/apis/apps/v1/defaults.go"),
    ApiDefault((("apps", "Deployment"),), "spec.progressDeadlineSeconds", 600,
               "Kubernetes pkg/apis/apps/v1/defaults.go"),
    ApiDefault((("apps", "Deployment"),), "spec.strategy", {"type": "RollingUpdate"},
               "Kubernetes pkg/apis/apps/v1/defaults.go"),
    ApiDefault((("apps", "Deployment"),), "spec.strategy.type", "RollingUpdate",
               "Kubernetes pkg/apis/apps/v1/defaults.go"),
    ApiDefault((("apps", "Deployment"),), "spec.strategy.rollingUpdate", {"maxSurge": "25%", "maxUnavailable": "25%"},
               "Kubernetes pkg/apis/apps/v1/defaults.go", when=("type", ("RollingUpdate",))),
    *_pod_defaults(),
    ApiDefault(_ROUTES, "spec.parentRefs[*].group", _GW, _GATEWAY_API),
    ApiDefault(_ROUTES, "spec.parentRefs[*].namespace", source=_LOCAL, value_of=_local_namespace),
    ApiDefault(_ROUTES, "spec.parentRefs[*].kind", "Gateway", _GATEWAY_API),
    ApiDefault(((_GW, "HTTPRoute"),), "spec.rules", [{"matches": [{"path": {"type": "PathPrefix", "value": "/"}}]}],
               _GATEWAY_API),
    ApiDefault(((_GW, "HTTPRoute"),), "spec.rules[*].matches", [{"path": {"type": "PathPrefix", "value": "/"}}],
               _GATEWAY_API),
    ApiDefault(((_GW, "HTTPRoute"),), "spec.rules[*].matches[*].path", {"type": "PathPrefix", "value": "/"},
               _GATEWAY_API),
    ApiDefault(((_GW, "HTTPRoute"),), "spec.rules[*].filters[*].requestRedirect.statusCode", 302, _GATEWAY_API),
    ApiDefault(_ROUTES, "spec.rules[*].backendRefs[*].group", "", _GATEWAY_API),
    ApiDefault(_ROUTES, "spec.rules[*].backendRefs[*].kind", "Service", _GATEWAY_API),
    ApiDefault(_ROUTES, "spec.rules[*].backendRefs[*].weight", 1, _GATEWAY_API),
    ApiDefault(_ROUTES, "spec.rules[*].backendRefs[*].namespace", source=_LOCAL, value_of=_local_namespace),
    ApiDefault(((_GW, "Gateway"),), "spec.listeners[*].allowedRoutes", {"namespaces": {"from": "Same"}},
               _GATEWAY_API),
    ApiDefault(((_GW, "Gateway"),), "spec.listeners[*].allowedRoutes.namespaces", {"from": "Same"}, _GATEWAY_API),
    ApiDefault(((_GW, "Gateway"),), "spec.listeners[*].tls.mode", "Terminate", _GATEWAY_API),
    ApiDefault(((_GW, "Gateway"),), "spec.listeners[*].tls.certificateRefs[*].group", "", _GATEWAY_API),
    ApiDefault(((_GW, "Gateway"),), "spec.listeners[*].tls.certificateRefs[*].kind", "Secret", _GATEWAY_API),
    ApiDefault(((_GW, "Gateway"),), "spec.listeners[*].tls.certificateRefs[*].namespace", source=_LOCAL,
               value_of=_local_namespace),
    ApiDefault(((_GW, "Gateway"),), "spec.addresses[*].type", "IPAddress", _GATEWAY_API),
    *(ApiDefault((("external-secrets.io", "ExternalSecret"),), f"spec.{where}.{key}", value, _ESO)
      for where in ("data[*].remoteRef", "dataFrom[*].extract") for key, value in _REMOTE.items()),
    ApiDefault((("external-secrets.io", "ExternalSecret"),), "spec.target", {"creationPolicy": "Owner",
                                                                              "deletionPolicy": "Retain"}, _ESO),
    ApiDefault((("external-secrets.io", "ExternalSecret"),), "spec.target.creationPolicy", "Owner", _ESO),
    ApiDefault((("external-secrets.io", "ExternalSecret"),), "spec.target.deletionPolicy", "Retain", _ESO),
)


def _has_references(env: list[Any]) -> bool:
    """Whether an ``env`` list refers to itself (``$(NAME)``): then its order has a meaning."""
    return any(isinstance(item, dict) and "$(" in str(item.get("value", "")) for item in env)


def _pod_unordered() -> list[Unordered]:
    out: list[Unordered] = []
    for kind, spec in _POD_SPECS.items():
        out.append(Unordered((kind,), f"{spec}.volumes", "Kubernetes PodSpec: volumes are looked up by name"))
        for containers in ("containers", "initContainers"):
            each = f"{spec}.{containers}[*]"
            out += [
                Unordered((kind,), f"{each}.ports", "Kubernetes Container: ports are informational, keyed by port"),
                Unordered((kind,), f"{each}.env", "Kubernetes Container: env is a map by name, ordered only for "
                          "$(VAR) references", unless=_has_references),
                Unordered((kind,), f"{each}.securityContext.capabilities.add", "Linux capabilities: a set"),
                Unordered((kind,), f"{each}.securityContext.capabilities.drop", "Linux capabilities: a set"),
            ]
    return out


#: the lists whose order the API gives no meaning (each with its source)
UNORDERED: tuple[Unordered, ...] = (
    Unordered(((_GW, "*"),), "spec.hostnames", "Gateway API: a set of names matched against the request"),
    Unordered(_ANY, "**.matchExpressions", "Kubernetes LabelSelector: the requirements are ANDed"),
    Unordered(_ANY, "**.matchExpressions[*].values", "Kubernetes LabelSelectorRequirement: a set of values"),
    Unordered((("cilium.io", "*"),), "**.fromEntities", "Cilium policy: a set of entities"),
    Unordered((("cilium.io", "*"),), "**.toEntities", "Cilium policy: a set of entities"),
    Unordered((("cilium.io", "*"),), "**.fromCIDR", "Cilium policy: a set of CIDRs"),
    Unordered((("cilium.io", "*"),), "**.toCIDR", "Cilium policy: a set of CIDRs"),
    Unordered((("cilium.io", "*"),), "**.toPorts[*].ports", "Cilium PortRule: any of the ports matches"),
    Unordered(_SERVICE, "spec.ports", "Kubernetes Service: ports are keyed by name and port"),
    Unordered(((_GW, "Gateway"),), "spec.listeners", "Gateway API: listeners are keyed by name; a request "
              "matches the most specific one whatever their order"),
    Unordered((("external-secrets.io", "ExternalSecret"),), "spec.data",
              "External Secrets: each entry maps one key of the Secret, keyed by secretKey"),
    Unordered((("discovery.k8s.io", "EndpointSlice"),), "endpoints[*].addresses",
              "Kubernetes EndpointSlice: the addresses of an endpoint are fungible"),
    *_pod_unordered(),
)


#: the string fields the API reads as a JSON document: ((group, kind), path, source)
EMBEDDED_JSON: tuple[tuple[Kind, str, str], ...] = (
    (("k8s.cni.cncf.io", "NetworkAttachmentDefinition"), "spec.config",
     "Multus NetworkAttachmentDefinition: spec.config is a JSON-formatted CNI configuration"),
)


@dataclass(frozen=True)
class Schemas:
    """CRD schemas as data: ``versions[(group, version, kind)]`` is the ``openAPIV3Schema``;
    ``cluster_scoped`` the (group, kind) pairs whose CRD says ``scope: Cluster``."""

    versions: Mapping[tuple[str, str, str], Mapping[str, Any]] = field(default_factory=dict)
    cluster_scoped: frozenset[tuple[str, str]] = frozenset()


def read_crds(path: str | Path) -> Schemas:
    """The schemas of the CustomResourceDefinitions in the ``*.yaml``/``*.yml`` files of a
    directory and its folders (or of one file); documents of other kinds are skipped.

    Raises :class:`~homelab_constructs.tools.reading.InputError` (one line) when the directory is
    missing, a file is not YAML, or a document is not a Kubernetes object or a broken CRD."""
    root = Path(path)
    if not root.exists():
        raise InputError(f"{root}: no such directory")
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml"))
    versions: dict[tuple[str, str, str], Mapping[str, Any]] = {}
    scoped: set[tuple[str, str]] = set()
    for file in files:
        for i, doc in enumerate(read_yaml(file), start=1):
            if doc is None:
                continue
            if not isinstance(doc, dict) or not isinstance(doc.get("kind"), str):
                raise InputError(f"{file}: document {i} is not a Kubernetes object (a mapping with a kind)")
            if doc["kind"] != "CustomResourceDefinition":
                continue
            try:
                spec = doc["spec"]
                group, kind = spec["group"], spec["names"]["kind"]
                for version in spec["versions"]:
                    versions[(group, version["name"], kind)] = version.get("schema", {}).get("openAPIV3Schema", {})
            except (KeyError, TypeError, AttributeError) as err:
                raise InputError(f"{file}: document {i} is a CustomResourceDefinition without {err}") from None
            if spec.get("scope") == "Cluster":
                scoped.add((group, kind))
    return Schemas(versions, frozenset(scoped))


@dataclass(frozen=True)
class Meaning:
    """What is no difference (see the module): ``defaults`` the well-known API defaults,
    ``schemas`` the CRDs' defaults, ``unordered`` list order where the API gives it none,
    ``managed_by`` the library's managed-by label, ``embedded`` the text of a JSON document
    the API reads as data."""

    defaults: bool = False
    schemas: Schemas | None = None
    unordered: bool = False
    managed_by: bool = False
    embedded: bool = False

    @classmethod
    def every(cls, schemas: Schemas | None = None) -> Meaning:
        """Every rule on (and the CRDs' defaults from ``schemas``, when given)."""
        return cls(defaults=True, schemas=schemas, unordered=True, managed_by=True, embedded=True)

    def __bool__(self) -> bool:
        return self.defaults or self.schemas is not None or self.unordered or self.managed_by or self.embedded


def _steps(path: str) -> list[str]:
    return path.replace("[*]", ".*").split(".")


def _children(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        yield from node.values()
    elif isinstance(node, list):
        yield from node


def _reach(node: Any, steps: list[str]) -> Iterator[Any]:
    """Every node at ``steps`` below ``node`` (``*``: each list item; ``**``: any depth)."""
    if not steps:
        yield node
        return
    step, rest = steps[0], steps[1:]
    if step == "**":
        yield from _reach(node, rest)
        for child in _children(node):
            yield from _reach(child, steps)
    elif step == "*":
        if isinstance(node, list):
            for item in node:
                yield from _reach(item, rest)
    elif isinstance(node, dict) and step in node:
        yield from _reach(node[step], rest)


def _applies(kinds: tuple[Kind, ...], group: str, kind: str) -> bool:
    return any(g in ("*", group) and k in ("*", kind) for g, k in kinds)


def _fill(obj: dict[str, Any], default: ApiDefault) -> None:
    *parents, last = _steps(default.path)
    for parent in list(_reach(obj, parents)):
        if not isinstance(parent, dict) or last in parent:
            continue
        if default.when is not None and parent.get(default.when[0]) not in default.when[1]:
            continue
        if default.same_as is not None:
            if default.same_as in parent:
                parent[last] = copy.deepcopy(parent[default.same_as])
        elif default.value_of is not None:
            value = default.value_of(parent, obj)
            if value is not None:
                parent[last] = value
        else:
            parent[last] = copy.deepcopy(default.value)


def _fill_schema(node: Any, schema: Mapping[str, Any]) -> None:
    """The API server's defaulting of a custom resource: a missing property with a ``default``
    inside an object that is present, then the same inside every value (defaults included)."""
    if isinstance(node, dict):
        properties = schema.get("properties") or {}
        for name, sub in properties.items():
            if not isinstance(sub, dict):
                continue
            if name not in node and "default" in sub:
                node[name] = copy.deepcopy(sub["default"])
            if name in node:
                _fill_schema(node[name], sub)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            for name, value in node.items():
                if name not in properties:
                    _fill_schema(value, extra)
    elif isinstance(node, list) and isinstance(schema.get("items"), dict):
        for item in node:
            _fill_schema(item, schema["items"])


def _drop_empty_selectors(node: Any) -> None:
    for child in _children(node):
        _drop_empty_selectors(child)
    if isinstance(node, dict):
        for key in ("matchLabels", "matchExpressions"):
            if key in node and node[key] in ({}, [], None):
                del node[key]


def _drop_managed_by(obj: dict[str, Any]) -> None:
    key, value = MANAGED_BY
    for labels in _reach(obj, ["**", "metadata", "labels"]):
        if isinstance(labels, dict) and labels.get(key) == value:
            del labels[key]


def _drop_empty_metadata(obj: dict[str, Any]) -> None:
    for metadata in _reach(obj, ["**", "metadata"]):
        if isinstance(metadata, dict):
            for key in ("labels", "annotations"):
                if key in metadata and metadata[key] in ({}, None):
                    del metadata[key]


def _sort_key(item: Any) -> str:
    return json.dumps(item, sort_keys=True, default=str)


def _sort(obj: dict[str, Any], rule: Unordered) -> None:
    *parents, last = _steps(rule.path)
    for parent in list(_reach(obj, parents)):
        if isinstance(parent, dict) and isinstance(parent.get(last), list):
            if rule.unless is None or not rule.unless(parent[last]):
                parent[last] = sorted(parent[last], key=_sort_key)


def _parse_json(obj: dict[str, Any], path: str) -> None:
    *parents, last = _steps(path)
    for parent in list(_reach(obj, parents)):
        if isinstance(parent, dict) and isinstance(parent.get(last), str):
            try:
                parent[last] = json.loads(parent[last])
            except ValueError:
                pass  # not JSON: compared as the text it is


def normalize(obj: Mapping[str, Any], meaning: Meaning) -> dict[str, Any]:
    """A copy of ``obj`` as :class:`Meaning` says the cluster sees it (see the module)."""
    out: dict[str, Any] = copy.deepcopy(dict(obj))
    if not meaning:
        return out
    api_version, kind = str(out.get("apiVersion", "")), str(out.get("kind", ""))
    group = group_of(api_version)
    if meaning.managed_by:
        _drop_managed_by(out)
    if meaning.embedded:
        for kinds, path, _ in EMBEDDED_JSON:
            if _applies((kinds,), group, kind):
                _parse_json(out, path)
    if meaning.schemas is not None:
        schema = meaning.schemas.versions.get((group, api_version.rpartition("/")[2], kind))
        if schema:
            properties = schema.get("properties") or {}
            for name, sub in properties.items():
                if name in ("metadata", "status") or not isinstance(sub, dict):
                    continue
                if name not in out and "default" in sub:
                    out[name] = copy.deepcopy(sub["default"])
                if name in out:
                    _fill_schema(out[name], sub)
    if meaning.defaults:
        for default in API_DEFAULTS:
            if _applies(default.kinds, group, kind):
                _fill(out, default)
        _drop_empty_selectors(out)
    if meaning.defaults or meaning.managed_by:
        _drop_empty_metadata(out)
    if meaning.unordered:
        for rule in UNORDERED:
            if _applies(rule.kinds, group, kind):
                _sort(out, rule)
    return out
