"""A bundle of manifests as the reachability matrix sees it (:func:`model`): its apps (each
Service with a selector, modelled by the pod template of the workload it selects, else by the
selector itself), the gateways routing to them, the namespaces, the policies and the LANs
those let in; and the fixed peers the matrix asks about (:data:`WORLD`, :data:`LAN`,
:data:`GATEWAY`, ...).

Standard library only: no cdk8s or jsii.
"""
from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._names import APP_NAME_LABEL as APP_LABEL
from .._names import ENVOY_OWNING_GATEWAY_NAME, ENVOY_OWNING_GATEWAY_NAMESPACE
from .._names import GATEWAY_GROUP as _GATEWAY_GROUP
from .policy_reader import POLICY_KINDS, Obj, Outside, Peer, Pod

__all__ = [
    "APISERVER", "APP_LABEL", "GATEWAY", "GRAFANA_COM", "KUBE_DNS", "LAN", "NAS", "WORLD", "Model", "homelab_model",
    "model", "ordinary_pod",
]

WORLD = Outside("world", ip="203.0.113.7", name="internet client 203.0.113.7")
LAN = Outside("world", ip="192.168.10.50", name="LAN client 192.168.10.50")
GATEWAY = Outside("ingress", name="gateway (Cilium ingress)")
APISERVER = Outside("kube-apiserver", name="kube-apiserver")
KUBE_DNS = Pod.of("kube-system", {"k8s-app": "kube-dns"}, "kube-system/kube-dns")
GRAFANA_COM = Outside("world", ip="34.120.177.193", fqdn="grafana.com", name="grafana.com")
NAS = Outside("world", ip="192.168.10.5", name="NAS 192.168.10.5")
_WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job")
_ROUTES = ("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute")


def ordinary_pod(namespace: str) -> Pod:
    """A pod with no grants of its own (a debug shell, a sidecar-less job)."""
    return Pod.of(namespace, {APP_LABEL: "debug"}, f"{namespace}/debug (no grants)")


def _dict(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def _items(value: Any) -> list[dict[str, Any]]:
    return [dict(v) for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _labels(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in _dict(value).items()}


def _number(value: Any) -> int:
    """A port number, or 0 when ``value`` is none."""
    text = str(value)
    return int(text) if text.isdigit() and not isinstance(value, bool) else 0


def _meta(obj: Obj) -> tuple[str, str]:
    """``(namespace, name)``; an object without a namespace is in ``default``."""
    meta = _dict(obj.get("metadata"))
    return str(meta.get("namespace") or "default"), str(meta.get("name") or "")


@dataclass
class Model:
    """What a bundle of manifests says about reachability."""

    #: app (its Service's name, ``namespace/name`` when two namespaces share it) -> (pod, backend port)
    apps: dict[str, tuple[Pod, int]]
    #: every policy object Cilium enforces (only CiliumNetworkPolicy is modelled)
    policies: list[Obj]
    #: app -> the gateways whose routes reach it: Cilium's ``ingress`` entity, or a gateway's proxy pods
    routes: dict[str, list[Peer]]
    #: Namespace objects -> why they are not isolated ("": the manifests do not say; an app's
    #: waivers of the isolation recommendation are listed in ``waivers.txt``, not in its objects)
    namespaces: dict[str, str]
    #: (namespace, name, class) of every Gateway
    gateways: list[tuple[str, str, str]]
    #: the private networks the policies let in (``fromCIDR``/``fromCIDRSet``): the LAN
    lans: list[str]


def _pod_templates(objects: Sequence[Obj]) -> list[tuple[str, dict[str, str], dict[str, int]]]:
    """``(namespace, labels, {port name: container port})`` of every pod the manifests declare."""
    found = []
    for o in objects:
        kind, spec = o.get("kind"), _dict(o.get("spec"))
        if kind in _WORKLOADS:
            template = _dict(spec.get("template"))
        elif kind == "CronJob":
            template = _dict(_dict(_dict(spec.get("jobTemplate")).get("spec")).get("template"))
        elif kind == "Pod":
            template = dict(o)
        else:
            continue
        pod_spec = _dict(template.get("spec"))
        ports = {str(p["name"]): _number(p.get("containerPort"))
                 for c in _items(pod_spec.get("containers")) + _items(pod_spec.get("initContainers"))
                 for p in _items(c.get("ports")) if p.get("name")}
        found.append((_meta(o)[0], _labels(_dict(template.get("metadata")).get("labels")), ports))
    return found


def _lan_networks(policies: Sequence[Obj]) -> list[str]:
    """The private networks ingress rules name (where LAN clients come from)."""
    nets: set[ipaddress.IPv4Network | ipaddress.IPv6Network] = set()
    for p in policies:
        specs = [_dict(p.get("spec"))] + _items(p.get("specs"))
        for spec in specs:
            for rule in _items(spec.get("ingress")):
                plain = rule.get("fromCIDR")
                cidrs = (plain if isinstance(plain, list) else []) + [s.get("cidr") for s in _items(rule.get("fromCIDRSet"))]
                for cidr in cidrs:
                    try:
                        net = ipaddress.ip_network(str(cidr), strict=False)
                    except ValueError:
                        continue
                    if net.is_private and net.num_addresses > 1:
                        nets.add(net)
    return [str(n) for n in sorted(nets, key=lambda n: (n.version, n))]


def homelab_model(objects: Iterable[Obj]) -> tuple[dict[str, tuple[Pod, int]], list[Obj], list[str]]:
    """From manifests: app -> (pod, backend port), the policies, the routed apps (see :func:`model`)."""
    m = model(objects)
    return m.apps, m.policies, sorted(m.routes)


def model(objects: Iterable[Obj]) -> Model:
    """The apps, gateways and policies of a bundle of manifests (objects as dicts)."""
    objects = [o for o in objects if isinstance(o, Mapping)]
    templates = _pod_templates(objects)
    # the pods the manifests declare (a workload's template); an app whose workload comes
    # from elsewhere is modelled by its Service's selector
    services = []
    for o in objects:
        spec = _dict(o.get("spec"))
        selector, ports = _labels(spec.get("selector")), _items(spec.get("ports"))
        if o.get("kind") == "Service" and selector and ports:
            services.append((*_meta(o), selector, ports[0]))
    shared = {n for ns, n, _, _ in services if sum(1 for ns2, n2, _, _ in services if n2 == n and ns2 != ns)}
    apps: dict[str, tuple[Pod, int]] = {}
    by_service: dict[tuple[str, str], str] = {}
    for ns, name, selector, port in services:
        labels, named = next(((t, p) for t_ns, t, p in templates if t_ns == ns and selector.items() <= t.items()),
                             (selector, {}))
        # the backend port: targetPort, a named one resolved in the pod template, else the Service's port
        target = str(port.get("targetPort", port.get("port", "")))
        number = int(target) if target.isdigit() else named.get(target) or _number(port.get("port"))
        if not number:
            continue
        key = f"{ns}/{name}" if name in shared else name
        apps[key] = (Pod.of(ns, labels, f"{ns}/{name}"), number)
        by_service[(ns, name)] = key
    gateways = [(*_meta(o), str(_dict(o.get("spec")).get("gatewayClassName", "")))
                for o in objects if o.get("kind") == "Gateway"]
    classes = {(ns, name): cls for ns, name, cls in gateways}
    # routes to the modelled apps (not to Services a Helm release creates, such as hubble-ui)
    routes: dict[str, list[Peer]] = {}
    for o in objects:
        if o.get("kind") not in _ROUTES:
            continue
        ns, _ = _meta(o)
        spec = _dict(o.get("spec"))
        parents: list[Peer] = []
        for ref in _items(spec.get("parentRefs")):
            if ref.get("kind", "Gateway") != "Gateway" or ref.get("group", _GATEWAY_GROUP) != _GATEWAY_GROUP:
                continue
            gw_ns, gw_name = str(ref.get("namespace") or ns), str(ref.get("name", ""))
            if classes.get((gw_ns, gw_name), "cilium") == "cilium":
                parents.append(GATEWAY)  # the Cilium gateway's Envoy runs in cilium-agent: the ingress entity
            else:
                parents.append(Pod.of(gw_ns, {ENVOY_OWNING_GATEWAY_NAME: gw_name, ENVOY_OWNING_GATEWAY_NAMESPACE: gw_ns},
                                      f"gateway {gw_ns}/{gw_name} (proxy pods)"))
        for rule in _items(spec.get("rules")):
            for b in _items(rule.get("backendRefs")):
                if b.get("kind", "Service") != "Service" or b.get("group", "") not in ("", "core"):
                    continue
                app = by_service.get((str(b.get("namespace") or ns), str(b.get("name", ""))))
                if app is not None:
                    peers = routes.setdefault(app, [])
                    peers += [p for p in parents if p not in peers]
    policies = [o for o in objects if o.get("kind") in POLICY_KINDS]
    namespaces = {_meta(o)[1]: "" for o in objects if o.get("kind") == "Namespace"}
    return Model(apps, policies, routes, namespaces, gateways, _lan_networks(policies))
