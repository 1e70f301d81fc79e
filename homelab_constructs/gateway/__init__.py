"""Gateway API constructs: the gateway (Cilium or Envoy Gateway behind one API), redirect, routes."""
from .._lazy import lazy_exports
from .external import ExternalService
from .gateway import (
    HTTP_SECTION,
    HTTPS_SECTION,
    TLS_PASSTHROUGH_SECTION,
    AppRoute,
    GatewayImplementation,
    HomelabGateway,
    HttpsRedirect,
    Listener,
    ListenerRef,
    find_gateway,
)
from .routes import (
    BackendRef,
    GrpcRoute,
    GrpcRule,
    HeaderModifier,
    HttpMatch,
    HttpRoute,
    HttpRule,
    RequestRedirect,
    TcpRoute,
    TlsRoute,
    UrlRewrite,
)

__all__ = [
    "DEFAULT_BLOCKED_USER_AGENTS", "DEFAULT_ENVOY_DASHBOARDS", "HTTP_SECTION", "HTTPS_SECTION", "PROFILE_LABEL",
    "TLS_PASSTHROUGH_SECTION", "AppRoute", "EnvoyProfile", "GatewayImplementation", "GrafanaComDashboard",
    "HomelabGateway", "HttpsRedirect", "ProxyAutoscaling", "UserAgentBlocking", "find_gateway", "user_agent_lua",
    "Listener", "ListenerRef", "BackendRef", "GrpcRoute", "GrpcRule", "HeaderModifier", "HttpMatch", "HttpRoute",
    "HttpRule", "RequestRedirect", "TcpRoute", "TlsRoute", "UrlRewrite", "ExternalService",
    "EnvoyMonitoring", "GrafanaUrlDashboard", "POLICY_TARGETS", "SecurityPolicy", "OidcAuth", "ExternalAuth",
]

# the Envoy Gateway profile loads six CRD bindings: only when used
__getattr__, __dir__ = lazy_exports(__name__, globals(), {".envoy": [
    "DEFAULT_BLOCKED_USER_AGENTS", "DEFAULT_ENVOY_DASHBOARDS", "PROFILE_LABEL", "EnvoyProfile", "GrafanaComDashboard",
    "ProxyAutoscaling", "UserAgentBlocking", "user_agent_lua", "EnvoyMonitoring", "POLICY_TARGETS"],
    "..platform.dashboards": ["GrafanaUrlDashboard"],
    ".security": ["SecurityPolicy", "OidcAuth", "ExternalAuth"]})
