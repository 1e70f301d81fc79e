"""Route rules as data: backends (:class:`BackendRef`, every route kind's), HTTPRoute matches
and filters, :class:`HttpRule` and :class:`GrpcRule`; and :func:`http_route`, the one place
that writes an HTTPRoute object (:class:`~homelab_constructs.gateway.routes.HttpRoute`,
:class:`~homelab_constructs.gateway.gateway.AppRoute` and
:class:`~homelab_constructs.gateway.gateway.HttpsRedirect` all write theirs with it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_gateway.io.k8s.networking import gateway as gw

from .._validation import (
    Code,
    FrozenDict,
    Scope,
    check_choice,
    check_dns_label,
    check_dns_subdomain,
    check_instance,
    check_int,
    check_mapping,
    check_port,
    check_sequence,
    check_text,
    fail,
)
from .listeners import ListenerRef

PATH_TYPES = ("PathPrefix", "Exact", "RegularExpression")
METHODS = ("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH")
REDIRECT_CODES = (301, 302, 303, 307, 308)
_HEADER_FIX = "write a header name such as 'X-Forwarded-Proto'"
_HEADER_NAME = re.compile(r"^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$")


def _freeze(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


def _header(scope: Scope, name: object, what: str) -> str:
    if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name) or len(name) > 256:
        raise fail(scope, f"{what} is not an HTTP header name", name, _HEADER_FIX)
    return name


def _text_value(scope: Scope, value: object, what: str) -> str:
    return check_text(scope, value, what, "value")  # type: ignore[return-value]


def _path(scope: Scope, value: object, what: str, optional: bool = True) -> Optional[str]:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.startswith("/"):
        raise fail(scope, f"{what} is not an absolute path", value, "write a path such as '/' or '/api'")
    return value


def _headers(scope: Scope, value: object, what: str) -> Mapping[str, str]:
    return FrozenDict(check_mapping(scope, value, what, _header, _text_value,
                                          example={"X-Forwarded-Proto": "https"}, key="header name", item="value"))

# ---- backends, matches, filters

@dataclass(frozen=True)
class BackendRef:
    """One backend of a rule: a Service (or another kind) and its port.

    :param name: the backend's name (a Service, or an :class:`ExternalService`'s).
    :param port: its port (required for a Service).
    :param weight: its share of the rule's traffic (default ``None``: not written, 1).
    :param namespace: its namespace (default ``None``: the route's; another one needs a
        ReferenceGrant there).
    :param kind: its kind, written only when given (default ``None``: ``Service``).
    :param group: its API group, written only when given (default ``None``: ``""``, the core group).
    """

    name: str
    port: Optional[int] = None
    weight: Optional[int] = None
    namespace: Optional[str] = None
    kind: Optional[str] = None
    group: Optional[str] = None

    def __post_init__(self) -> None:
        check_dns_subdomain("BackendRef.name", self.name, "backend name",
                            "name a Service such as 'sonarr' (lowercase letters, digits, '-' or '.')")
        where = f"BackendRef {self.name}"
        if self.port is not None:
            check_port(f"{where}.port", self.port)
        elif self.kind in (None, "Service"):
            raise fail(f"{where}.port", "a Service backend needs a port", None, "write port=<the Service port>")
        if self.weight is not None and (check_int(f"{where}.weight", self.weight, "weight", 1) < 0  # type: ignore[operator]
                                        or self.weight > 1_000_000):
            raise fail(f"{where}.weight", "weight must be in 0-1000000", self.weight, "use a share such as 1 or 90")
        if self.namespace is not None:
            check_dns_label(f"{where}.namespace", self.namespace, "namespace")
        if self.kind is not None:
            check_text(f"{where}.kind", self.kind, "kind", "Service")
            if not self.kind[:1].isalpha() or not self.kind.replace("-", "").isalnum() or len(self.kind) > 63:
                raise fail(f"{where}.kind", "kind is not a Kubernetes kind", self.kind, "write a kind such as 'Service'")
        if self.group is not None and self.group != "":
            check_dns_subdomain(f"{where}.group", self.group, "group", "write an API group such as "
                                "'gateway.envoyproxy.io', or '' for the core group")

    def struct(self, cls: Any) -> Any:
        """This backend as the route kind's backendRefs struct ``cls``."""
        return cls(name=self.name, port=self.port, weight=self.weight, namespace=self.namespace, kind=self.kind,
                   group=self.group)


@dataclass(frozen=True)
class HttpMatch:
    """One HTTPRoute match (its conditions all hold).

    :param path: the path to match (default ``None``: any path).
    :param path_type: ``PathPrefix``, ``Exact`` or ``RegularExpression`` (default ``PathPrefix``).
    :param headers: headers that must have exactly these values (default none).
    :param method: the HTTP method (default ``None``: any).
    """

    path: Optional[str] = None
    path_type: str = "PathPrefix"
    headers: Mapping[str, str] = field(default_factory=dict)
    method: Optional[str] = None

    def __post_init__(self) -> None:
        check_choice("HttpMatch.path_type", self.path_type, PATH_TYPES, "path type")
        if self.path_type != "RegularExpression":
            _path("HttpMatch.path", self.path, "path")
        elif self.path is not None:
            check_text("HttpMatch.path", self.path, "path", "^/api/v[0-9]+")
        _freeze(self, "headers", _headers("HttpMatch.headers", self.headers, "headers"))
        if self.method is not None:
            check_choice("HttpMatch.method", self.method, METHODS, "method",
                         aliases={m.lower(): m for m in METHODS})

    def struct(self) -> gw.HttpRouteSpecRulesMatches:
        path = (gw.HttpRouteSpecRulesMatchesPath(
            type=getattr(gw.HttpRouteSpecRulesMatchesPathType, _enum(self.path_type)), value=self.path)
            if self.path is not None else None)
        headers = [gw.HttpRouteSpecRulesMatchesHeaders(name=k, value=v) for k, v in self.headers.items()] or None
        method = getattr(gw.HttpRouteSpecRulesMatchesMethod, self.method) if self.method else None
        return gw.HttpRouteSpecRulesMatches(path=path, headers=headers, method=method)


def _enum(value: str) -> str:
    """``PathPrefix`` -> ``PATH_PREFIX``: the bindings' enum member name."""
    return "".join("_" + c if c.isupper() and i else c for i, c in enumerate(value)).upper()


@dataclass(frozen=True)
class RequestRedirect:
    """A ``RequestRedirect`` filter: answer with a redirect instead of forwarding.

    :param scheme: ``https`` or ``http`` (default ``None``: the request's).
    :param hostname: the host to redirect to (default ``None``: the request's).
    :param port: the port (default ``None``: by scheme).
    :param status_code: 301, 302, 303, 307 or 308 (default 302, the API's default, written out).
    :param path_prefix: replace the matched prefix with this (default ``None``: keep the path).
    :param full_path: replace the whole path with this (default ``None``).
    """

    scheme: Optional[str] = None
    hostname: Optional[str] = None
    port: Optional[int] = None
    status_code: int = 302
    path_prefix: Optional[str] = None
    full_path: Optional[str] = None

    def __post_init__(self) -> None:
        if self.scheme is not None:
            check_choice("RequestRedirect.scheme", self.scheme, ("https", "http"), "scheme",
                         aliases={"https": "https", "http": "http"})
        if self.hostname is not None:
            check_dns_subdomain("RequestRedirect.hostname", self.hostname, "hostname", "write a name such as 'a.lab.local'")
        if self.port is not None:
            check_port("RequestRedirect.port", self.port)
        if isinstance(self.status_code, bool) or self.status_code not in REDIRECT_CODES:
            raise fail("RequestRedirect.status_code", "redirect status code is not 301, 302, 303, 307 or 308",
                       self.status_code, "use 301 (permanent) or 302 (found)")
        _path("RequestRedirect.path_prefix", self.path_prefix, "path prefix")
        _path("RequestRedirect.full_path", self.full_path, "full path")
        _one_path("RequestRedirect", self.path_prefix, self.full_path)

    def struct(self) -> gw.HttpRouteSpecRulesFilters:
        path = _rewrite_path(gw.HttpRouteSpecRulesFiltersRequestRedirectPath,
                             gw.HttpRouteSpecRulesFiltersRequestRedirectPathType, self.path_prefix, self.full_path)
        return gw.HttpRouteSpecRulesFilters(
            type=gw.HttpRouteSpecRulesFiltersType.REQUEST_REDIRECT,
            request_redirect=gw.HttpRouteSpecRulesFiltersRequestRedirect(
                scheme=getattr(gw.HttpRouteSpecRulesFiltersRequestRedirectScheme, self.scheme.upper())
                if self.scheme else None,
                hostname=self.hostname, port=self.port, path=path,
                status_code=getattr(gw.HttpRouteSpecRulesFiltersRequestRedirectStatusCode, f"VALUE_{self.status_code}")))


def _one_path(where: str, prefix: Optional[str], full: Optional[str]) -> None:
    if prefix is not None and full is not None:
        raise fail(f"{where}.path_prefix", "path_prefix and full_path are both given", [prefix, full],
                   "give one: path_prefix replaces the matched prefix, full_path the whole path")


def _rewrite_path(cls: Any, types: Any, prefix: Optional[str], full: Optional[str]) -> Any:
    if prefix is not None:
        return cls(type=types.REPLACE_PREFIX_MATCH, replace_prefix_match=prefix)
    if full is not None:
        return cls(type=types.REPLACE_FULL_PATH, replace_full_path=full)
    return None


@dataclass(frozen=True)
class HeaderModifier:
    """A ``RequestHeaderModifier`` filter: set, add or remove request headers before forwarding.

    :param set: headers to set (replacing any value) (default none).
    :param add: headers to add (default none).
    :param remove: header names to remove (default none).
    """

    set: Mapping[str, str] = field(default_factory=dict)
    add: Mapping[str, str] = field(default_factory=dict)
    remove: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _freeze(self, "set", _headers("HeaderModifier.set", self.set, "set"))
        _freeze(self, "add", _headers("HeaderModifier.add", self.add, "add"))
        _freeze(self, "remove", check_sequence("HeaderModifier.remove", self.remove, "remove", _header,
                                               example=("X-Powered-By",), item="header name"))
        if not (self.set or self.add or self.remove):
            raise fail("HeaderModifier", "header modifier changes nothing", {}, "give set, add or remove")

    def struct(self) -> gw.HttpRouteSpecRulesFilters:
        return gw.HttpRouteSpecRulesFilters(
            type=gw.HttpRouteSpecRulesFiltersType.REQUEST_HEADER_MODIFIER,
            request_header_modifier=gw.HttpRouteSpecRulesFiltersRequestHeaderModifier(
                set=[gw.HttpRouteSpecRulesFiltersRequestHeaderModifierSet(name=k, value=v)
                     for k, v in self.set.items()] or None,
                add=[gw.HttpRouteSpecRulesFiltersRequestHeaderModifierAdd(name=k, value=v)
                     for k, v in self.add.items()] or None,
                remove=list(self.remove) or None))


@dataclass(frozen=True)
class UrlRewrite:
    """A ``URLRewrite`` filter: rewrite the host and/or path before forwarding.

    :param hostname: the Host header to send (default ``None``: unchanged).
    :param path_prefix: replace the matched prefix with this (default ``None``).
    :param full_path: replace the whole path with this (default ``None``).
    """

    hostname: Optional[str] = None
    path_prefix: Optional[str] = None
    full_path: Optional[str] = None

    def __post_init__(self) -> None:
        if self.hostname is not None:
            check_dns_subdomain("UrlRewrite.hostname", self.hostname, "hostname", "write a name such as 'a.lab.local'")
        _path("UrlRewrite.path_prefix", self.path_prefix, "path prefix")
        _path("UrlRewrite.full_path", self.full_path, "full path")
        _one_path("UrlRewrite", self.path_prefix, self.full_path)
        if self.hostname is None and self.path_prefix is None and self.full_path is None:
            raise fail("UrlRewrite", "URL rewrite changes nothing", {}, "give hostname, path_prefix or full_path")

    def struct(self) -> gw.HttpRouteSpecRulesFilters:
        return gw.HttpRouteSpecRulesFilters(
            type=gw.HttpRouteSpecRulesFiltersType.URL_REWRITE,
            url_rewrite=gw.HttpRouteSpecRulesFiltersUrlRewrite(
                hostname=self.hostname,
                path=_rewrite_path(gw.HttpRouteSpecRulesFiltersUrlRewritePath,
                                   gw.HttpRouteSpecRulesFiltersUrlRewritePathType, self.path_prefix, self.full_path)))


HttpFilter = Union[RequestRedirect, HeaderModifier, UrlRewrite]
_FILTERS = (RequestRedirect, HeaderModifier, UrlRewrite)


def _items(where: str, value: object, what: str, cls: Any, example: str, item: str) -> tuple:
    return check_sequence(where, value, what, lambda s, v, w: check_instance(s, v, cls, w, f"write {example}"),
                          example=(Code(example),), item=item)


@dataclass(frozen=True)
class HttpRule:
    """One HTTPRoute rule: requests that match any of ``matches`` go through ``filters`` to ``backends``.

    :param backends: where the requests go (default ``()``: none, for a rule that only redirects).
    :param matches: the matches (default ``()``: every request, as ``PathPrefix /``).
    :param filters: :class:`RequestRedirect`, :class:`HeaderModifier` or :class:`UrlRewrite`
        (default none).
    :param name: the rule's name (default ``None``).
    """

    backends: tuple[BackendRef, ...] = ()
    matches: tuple[HttpMatch, ...] = ()
    filters: tuple[HttpFilter, ...] = ()
    name: Optional[str] = None

    def __post_init__(self) -> None:
        _freeze(self, "backends", _items("HttpRule.backends", self.backends, "backends", BackendRef,
                                         "BackendRef('sonarr', 8989)", "backend"))
        _freeze(self, "matches", _items("HttpRule.matches", self.matches, "matches", HttpMatch,
                                        "HttpMatch(path='/')", "match"))
        _freeze(self, "filters", _items("HttpRule.filters", self.filters, "filters", _FILTERS,
                                        "RequestRedirect(scheme='https')", "filter"))
        if self.name is not None:
            check_dns_label("HttpRule.name", self.name, "rule name")
        redirects = [f for f in self.filters if isinstance(f, RequestRedirect)]
        if redirects and any(isinstance(f, UrlRewrite) for f in self.filters):
            raise fail("HttpRule.filters", "a rule cannot both redirect and rewrite", list(self.filters),
                       "keep RequestRedirect or UrlRewrite (Gateway API: they may not be used together)")
        if len(redirects) > 1 or sum(isinstance(f, UrlRewrite) for f in self.filters) > 1 \
                or sum(isinstance(f, HeaderModifier) for f in self.filters) > 1:
            raise fail("HttpRule.filters", "a filter type is listed twice", list(self.filters),
                       "merge them into one filter of each type")
        rewrites_prefix = any(getattr(f, "path_prefix", None) is not None for f in self.filters
                              if isinstance(f, (UrlRewrite, RequestRedirect)))
        not_prefix = [m for m in self.matches if m.path is not None and m.path_type != "PathPrefix"]
        if rewrites_prefix and not_prefix:
            raise fail("HttpRule.matches", "path_prefix replaces a PathPrefix match only", not_prefix[0],
                       "match with path_type='PathPrefix', or replace the whole path with full_path= "
                       "(Gateway API: the route is not accepted otherwise)")
        if redirects and self.backends:
            raise fail("HttpRule.backends", "a redirecting rule forwards nowhere", list(self.backends),
                       "drop the backends, or the RequestRedirect")
        if not redirects and not self.backends:
            raise fail("HttpRule.backends", "rule has no backend and does not redirect", [],
                       "add backends=[BackendRef('<service>', <port>)] or a RequestRedirect filter")

    def struct(self) -> gw.HttpRouteSpecRules:
        return gw.HttpRouteSpecRules(
            name=self.name,
            matches=[m.struct() for m in self.matches] or None,
            filters=[f.struct() for f in self.filters] or None,
            backend_refs=[b.struct(gw.HttpRouteSpecRulesBackendRefs) for b in self.backends] or None)


@dataclass(frozen=True)
class GrpcRule:
    """One GRPCRoute rule: calls to ``service``/``method`` (exact; ``None`` for any) go to ``backends``."""

    backends: tuple[BackendRef, ...]
    service: Optional[str] = None
    method: Optional[str] = None

    def __post_init__(self) -> None:
        _freeze(self, "backends", _items("GrpcRule.backends", self.backends, "backends", BackendRef,
                                         "BackendRef('api', 9000)", "backend"))
        if not self.backends:
            raise fail("GrpcRule.backends", "rule has no backend", [], "add backends=[BackendRef('<service>', <port>)]")
        check_text("GrpcRule.service", self.service, "service", "foo.v1.Greeter", optional=True)
        check_text("GrpcRule.method", self.method, "method", "SayHello", optional=True)

    def struct(self) -> gw.GrpcRouteSpecRules:
        match = None
        if self.service or self.method:
            match = [gw.GrpcRouteSpecRulesMatches(method=gw.GrpcRouteSpecRulesMatchesMethod(
                service=self.service, method=self.method))]
        return gw.GrpcRouteSpecRules(matches=match,
                                     backend_refs=[b.struct(gw.GrpcRouteSpecRulesBackendRefs) for b in self.backends])


# ---- the HTTPRoute object

def http_route(scope: constructs.Construct, *, name: str, namespace: str, parents: Sequence[ListenerRef],
               rules: Sequence[HttpRule], hostnames: Sequence[str] = (),
               annotations: Optional[Mapping[str, str]] = None,
               labels: Optional[Mapping[str, str]] = None) -> gw.HttpRoute:
    """The HTTPRoute ``Resource`` of the route construct ``scope``, from props already checked:
    ``parentRefs`` from ``parents``, ``hostnames`` (left out when empty), one ``rules`` item per
    :class:`HttpRule`, and the annotations and labels (each left out when empty)."""
    return gw.HttpRoute(
        scope, "Resource",
        metadata=ApiObjectMetadata(name=name, namespace=namespace, annotations=dict(annotations or {}) or None,
                                   labels=dict(labels or {}) or None),
        spec=gw.HttpRouteSpec(
            parent_refs=[p.parent_ref(gw.HttpRouteSpecParentRefs) for p in parents],
            hostnames=list(hostnames) or None,
            rules=[r.struct() for r in rules]))


__all__ = ["BackendRef", "GrpcRule", "HeaderModifier", "HttpMatch", "HttpRule", "RequestRedirect", "UrlRewrite",
           "http_route"]
