"""Homelab networking constructs for cdk8s: Cilium, Gateway API, cert-manager and more.

The public API is what this module exports.
"""
from ._validation import HomelabValidationError, synth, validate_app
from .apps import APP_LABEL, HomelabApp
from .gateway import HTTP_SECTION, HTTPS_SECTION, AppRoute, HomelabGateway, HttpsRedirect
from .homelab import DEFAULT_APPS, AppSpec, CaSpec, GatewaySpec, Homelab, HomelabSpec, PoolSpec, default_spec
from .network import LB_IPS_ANNOTATION, L2Announcement, LoadBalancerPool, pin_ip
from .tls import SelfSignedCa

__all__ = [
    "APP_LABEL", "AppRoute", "AppSpec", "CaSpec", "DEFAULT_APPS", "GatewaySpec", "HTTPS_SECTION", "HTTP_SECTION",
    "Homelab", "HomelabApp", "HomelabGateway", "HomelabSpec", "HomelabValidationError", "HttpsRedirect",
    "L2Announcement", "LB_IPS_ANNOTATION", "LoadBalancerPool", "PoolSpec", "SelfSignedCa", "default_spec",
    "pin_ip", "synth", "validate_app",
]
