"""Route constructs: :class:`HttpRoute` (any HTTPRoute, rule by rule), and TLSRoute, TCPRoute and
GRPCRoute constructs of the same shape (parents by gateway and listener, hostnames, backends).
Their rules and backends are data, in :mod:`.rules`.

:class:`~homelab_constructs.gateway.gateway.AppRoute` stays the one-line route of one app;
:class:`HttpRoute` is any HTTPRoute. Every route here attaches to listeners
(``gateway.listener("https")``, or a gateway with ``section``), claims its hostnames on them
(no two routes share a hostname on one port of a gateway) and is one object of its kind and
name per namespace.
"""
from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_gateway.io.k8s.networking import gateway as gw

from .._base import HomelabConstruct
from .._validation import (
    Code,
    Scope,
    check_annotations,
    check_dns_label,
    check_instance,
    check_label_key,
    check_label_value,
    check_mapping,
    check_sequence,
    check_text,
    claim_once,
    fail,
)
from .gateway import HomelabGateway, _claim_route, claim_route_hostname, route_parents
from .listeners import HTTPS_SECTION, TLS_PASSTHROUGH_SECTION, ListenerRef
from .rules import BackendRef, GrpcRule, HttpRule, http_route

Parent = Union[HomelabGateway, str, ListenerRef]


# ---- the route constructs

class _Route(HomelabConstruct):
    """What every route construct shares: name, namespace, parents, hostnames, annotations."""

    kind = ""
    default_section: Optional[str] = HTTPS_SECTION
    takes_hostnames = True

    def _common(self, name: str, namespace: str, parents: object, section: object, hostnames: object,
                annotations: object, labels: object) -> None:
        self.name = check_dns_label(self, name, "route name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.annotations = check_annotations(self, annotations) if annotations is not None else {}
        self.labels = (check_mapping(self, labels, "labels", check_label_key, check_label_value, example={"team": "lab"})
                       if labels is not None else {})
        self.parents = route_parents(self, parents, section, self.kind)
        self.hostnames: tuple[str, ...] = ()
        if self.takes_hostnames and hostnames is not None:
            self.hostnames = check_sequence(self, hostnames, "hostnames", lambda s, v, w: check_text(
                s, v, w, "nas.homelab.local"), example=["nas.homelab.local"])
        for parent in self.parents:
            for host in self.hostnames:
                claim_route_hostname(self, parent, host, self.kind)
        if self.kind == "HTTPRoute":
            _claim_route(self, self.namespace, self.name)
        else:
            claim_once(self, f"route:{self.kind}", (self.namespace, self.name),
                       f"{self.kind} is declared twice in namespace {self.namespace}", self.name,
                       "give each route its own name")

    def _metadata(self) -> ApiObjectMetadata:
        return ApiObjectMetadata(name=self.name, namespace=self.namespace,
                                 annotations=dict(self.annotations) or None, labels=dict(self.labels) or None)

    def _parent_refs(self, cls: Any) -> list:
        return [p.parent_ref(cls) for p in self.parents]

    def _check_rules(self, rules: object, rule_type: type, example: str, kind: str) -> tuple:
        """``rules``: 1 to 16 ``rule_type`` items, as the API allows (``kind``: "an HTTPRoute")."""
        checked = check_sequence(self, rules, "rules", lambda s, v, w: check_instance(
            s, v, rule_type, w, f"write {example}"), example=[Code(example)])
        if not checked or len(checked) > 16:
            raise fail(self, f"{kind} has 1 to 16 rules", len(checked), f"list between one and 16 {rule_type.__name__}s")
        return checked



def _backends(scope: Scope, value: object) -> tuple[BackendRef, ...]:
    out = check_sequence(
        scope, value, "backends", lambda s, v, w: check_instance(s, v, BackendRef, w, "write BackendRef('nas', 443)"),
        example=[Code("BackendRef('nas', 443)")])
    if not out:
        raise fail(scope, "route has no backend", [], "add backends=[BackendRef('<service>', <port>)]")
    return out


class HttpRoute(_Route):
    """Any HTTPRoute: several rules (matches, filters, weighted backends), on any listeners.

    :param name: the HTTPRoute's name.
    :param namespace: its namespace.
    :param parents: the gateways (objects or declared names) or listeners
        (``gateway.listener("https")``) it attaches to; one or a list.
    :param rules: the rules, in order (:class:`HttpRule`).
    :param hostnames: the hostnames it serves (default ``None``: none, every name of the listener).
    :param section: the listener of each gateway given as a gateway (default ``https``);
        ``None`` attaches to the whole gateway (no ``sectionName``: every listener that admits
        the route, its hostnames each under one of theirs).
    :param annotations: annotations on the route (default none).
    :param labels: labels on the route (default none).
    """

    kind = "HTTPRoute"

    def __init__(self, scope: constructs.Construct, id: str, *, name: str, namespace: str,
                 parents: Union[Parent, Sequence[Parent]], rules: Sequence[HttpRule],
                 hostnames: Optional[Sequence[str]] = None, section: Optional[str] = HTTPS_SECTION,
                 annotations: Optional[Mapping[str, str]] = None, labels: Optional[Mapping[str, str]] = None) -> None:
        super().__init__(scope, id)
        self.rules = self._check_rules(rules, HttpRule, "HttpRule(backends=[BackendRef('sonarr', 8989)])",
                                       "an HTTPRoute")
        self._common(name, namespace, parents, section, hostnames, annotations, labels)
        self.resource = http_route(self, name=self.name, namespace=self.namespace, parents=self.parents,
                                   rules=self.rules, hostnames=self.hostnames, annotations=self.annotations,
                                   labels=self.labels)


class TlsRoute(_Route):
    """A TLSRoute (``gateway.networking.k8s.io/v1``): TLS connections for ``hostnames`` (by SNI)
    on a TLS listener, passed to ``backends`` untouched.

    :param name: the TLSRoute's name.
    :param namespace: its namespace.
    :param parents: the gateways or listeners it attaches to; one or a list.
    :param hostnames: the SNI names it serves (at least one: the API requires it).
    :param backends: where the connections go (:class:`BackendRef`).
    :param section: the listener of each gateway given as a gateway (default
        ``tls-passthrough``); ``None`` attaches to the whole gateway (no ``sectionName``: every
        listener that admits the route, its hostnames each under one of theirs).
    :param annotations: annotations on the route (default none).
    :param labels: labels on the route (default none).
    """

    kind = "TLSRoute"

    def __init__(self, scope: constructs.Construct, id: str, *, name: str, namespace: str,
                 parents: Union[Parent, Sequence[Parent]], hostnames: Sequence[str], backends: Sequence[BackendRef],
                 section: Optional[str] = TLS_PASSTHROUGH_SECTION, annotations: Optional[Mapping[str, str]] = None,
                 labels: Optional[Mapping[str, str]] = None) -> None:
        super().__init__(scope, id)
        self.backends = _backends(self, backends)
        self._common(name, namespace, parents, section, hostnames, annotations, labels)
        if not self.hostnames:
            raise fail(self, "a TLSRoute needs at least one hostname", list(self.hostnames),
                       "write hostnames=['nas.homelab.local'] (the name clients send as SNI)")
        self.resource = gw.TlsRoute(self, "Resource", metadata=self._metadata(), spec=gw.TlsRouteSpec(
            parent_refs=self._parent_refs(gw.TlsRouteSpecParentRefs), hostnames=list(self.hostnames),
            rules=[gw.TlsRouteSpecRules(backend_refs=[b.struct(gw.TlsRouteSpecRulesBackendRefs)
                                                      for b in self.backends])]))


class TcpRoute(_Route):
    """A TCPRoute (``gateway.networking.k8s.io/v1``): every connection on a TCP (or terminating
    TLS) listener to ``backends``.

    :param name: the TCPRoute's name.
    :param namespace: its namespace.
    :param parents: the gateways or listeners it attaches to; one or a list.
    :param backends: where the connections go (:class:`BackendRef`).
    :param section: the listener of each gateway given as a gateway, such as ``ssh`` (default
        ``None``: the whole gateway, no ``sectionName``: every listener that admits a TCPRoute).
    :param annotations: annotations on the route (default none).
    :param labels: labels on the route (default none).
    """

    kind = "TCPRoute"
    takes_hostnames = False

    def __init__(self, scope: constructs.Construct, id: str, *, name: str, namespace: str,
                 parents: Union[Parent, Sequence[Parent]], backends: Sequence[BackendRef],
                 section: Optional[str] = None, annotations: Optional[Mapping[str, str]] = None,
                 labels: Optional[Mapping[str, str]] = None) -> None:
        super().__init__(scope, id)
        self.backends = _backends(self, backends)
        self._common(name, namespace, parents, section, None, annotations, labels)
        self.resource = gw.TcpRoute(self, "Resource", metadata=self._metadata(), spec=gw.TcpRouteSpec(
            parent_refs=self._parent_refs(gw.TcpRouteSpecParentRefs),
            rules=[gw.TcpRouteSpecRules(backend_refs=[b.struct(gw.TcpRouteSpecRulesBackendRefs)
                                                      for b in self.backends])]))


class GrpcRoute(_Route):
    """A GRPCRoute: gRPC calls for ``hostnames`` on an HTTP(S) listener, rule by rule.

    :param name: the GRPCRoute's name.
    :param namespace: its namespace.
    :param parents: the gateways or listeners it attaches to; one or a list.
    :param rules: the rules (:class:`GrpcRule`), 1 to 16.
    :param hostnames: the hostnames it serves (default ``None``: every name of the listener).
    :param section: the listener of each gateway given as a gateway (default ``https``);
        ``None`` attaches to the whole gateway (no ``sectionName``: every listener that admits
        the route, its hostnames each under one of theirs).
    :param annotations: annotations on the route (default none).
    :param labels: labels on the route (default none).
    """

    kind = "GRPCRoute"

    def __init__(self, scope: constructs.Construct, id: str, *, name: str, namespace: str,
                 parents: Union[Parent, Sequence[Parent]], rules: Sequence[GrpcRule],
                 hostnames: Optional[Sequence[str]] = None, section: Optional[str] = HTTPS_SECTION,
                 annotations: Optional[Mapping[str, str]] = None, labels: Optional[Mapping[str, str]] = None) -> None:
        super().__init__(scope, id)
        self.rules = self._check_rules(rules, GrpcRule, "GrpcRule(backends=[BackendRef('api', 9000)])", "a GRPCRoute")
        self._common(name, namespace, parents, section, hostnames, annotations, labels)
        self.resource = gw.GrpcRoute(self, "Resource", metadata=self._metadata(), spec=gw.GrpcRouteSpec(
            parent_refs=self._parent_refs(gw.GrpcRouteSpecParentRefs), hostnames=list(self.hostnames) or None,
            rules=[r.struct() for r in self.rules]))


__all__ = ["GrpcRoute", "HttpRoute", "TcpRoute", "TlsRoute"]
