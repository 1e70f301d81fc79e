"""Homelab networking constructs for cdk8s: Cilium, Gateway API, cert-manager and more.

The public API is what this module exports.
"""
from ._validation import HomelabValidationError, synth, validate_app
from .apps import APP_LABEL, HomelabApp
from .gateway import HTTP_SECTION, HTTPS_SECTION, AppRoute, HomelabGateway, HttpsRedirect
from .gateway import (
    DEFAULT_BLOCKED_USER_AGENTS, DEFAULT_ENVOY_DASHBOARDS, TLS_PASSTHROUGH_SECTION, EnvoyProfile, GatewayImplementation,
    GrafanaComDashboard, ProxyAutoscaling, UserAgentBlocking, find_gateway, user_agent_lua,
)
from .homelab import DEFAULT_APPS, AppSpec, CaSpec, GatewaySpec, Homelab, HomelabSpec, PoolSpec, default_spec
from .network import LB_IPS_ANNOTATION, L2Announcement, LoadBalancerPool, pin_ip
from .tls import SelfSignedCa

__all__ = [
    "APP_LABEL", "AppRoute", "AppSpec", "CaSpec", "DEFAULT_APPS", "GatewaySpec", "HTTPS_SECTION", "HTTP_SECTION",
    "Homelab", "HomelabApp", "HomelabGateway", "HomelabSpec", "HomelabValidationError", "HttpsRedirect",
    "L2Announcement", "LB_IPS_ANNOTATION", "LoadBalancerPool", "PoolSpec", "SelfSignedCa", "default_spec",
    "pin_ip", "synth", "validate_app",
    # Envoy Gateway profile (issue 6)
    "DEFAULT_BLOCKED_USER_AGENTS", "DEFAULT_ENVOY_DASHBOARDS", "EnvoyProfile", "GatewayImplementation",
    "GrafanaComDashboard", "ProxyAutoscaling", "TLS_PASSTHROUGH_SECTION", "UserAgentBlocking", "find_gateway",
    "user_agent_lua",
]
