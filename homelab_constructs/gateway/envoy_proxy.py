"""Envoy Gateway: the install's chart values and the proxies. :class:`EnvoyChart` is what an
:class:`~homelab_constructs.gateway.envoy.EnvoyProfile` writes into the ``gateway-helm`` chart's
values (:meth:`EnvoyChart.values`); :class:`ProxySettings` is what it writes into its ``EnvoyProxy``
(:func:`envoy_proxy`). A field left unset writes nothing, so Envoy Gateway's own default applies;
:meth:`ProxySettings.recommended` is the library's preset.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Optional

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_envoygateway.io.envoyproxy import gateway as eg

from .._validation import (
    check_bool,
    check_choice,
    check_count,
    check_gateway_duration,
    check_quantity,
    fail,
    quantity_value,
)
from .envoy_policies import COMPRESSORS

_LOG_LEVELS = ("trace", "debug", "info", "warn", "error", "off", "critical")
#: an image reference: [registry[:port]/]path[:tag][@sha256:digest]
_IMAGE = re.compile(r"^(?=.{1,255}$)[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]{1,5})?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*"
                    r"(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$")
#: a registry host (and path) that the chart puts in front of its images
_REGISTRY = re.compile(r"^(?=.{1,255}$)[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*$")
#: the first chart version that runs Lua only with ``extensionApis.enableLua``
LUA_GATE_VERSION = (1, 9)
_VERSION = re.compile(r"^v?(\d+)\.(\d+)(?:\.\d+)?$")


def lua_needs_enabling(chart_version: str) -> bool:
    """Whether Envoy Gateway ``chart_version`` turns Lua off unless ``extensionApis.enableLua``
    is set (v1.9 on; a version that is not ``[v]X.Y[.Z]`` counts as such)."""
    found = _VERSION.fullmatch(chart_version)
    return found is None or (int(found.group(1)), int(found.group(2))) >= LUA_GATE_VERSION


@dataclass(frozen=True)
class EnvoyChart:
    """The ``gateway-helm`` chart's values the profile writes besides the one it always writes
    (``config.envoyGateway.provider``: a proxy Deployment in each Gateway's own namespace). Each
    field left at ``None`` writes nothing: the chart's default applies.

    :param image_registry: ``global.imageRegistry``, a mirror in front of the chart's images
        such as ``mirror.gcr.io`` (default ``None``: the chart's registries).
    :param enable_backend: ``config.envoyGateway.extensionApis.enableBackend``, the ``Backend``
        kind (default ``None``: off).
    :param enable_lua: ``config.envoyGateway.extensionApis.enableLua`` (default ``None``:
        written ``true`` when the profile blocks user agents (a Lua filter) on chart v1.9 or
        later, which runs no Lua without it; else not written).
    """

    image_registry: Optional[str] = None
    enable_backend: Optional[bool] = None
    enable_lua: Optional[bool] = None

    def validate(self, scope: constructs.Construct) -> None:
        if self.image_registry is not None and (not isinstance(self.image_registry, str)
                                                or not _REGISTRY.fullmatch(self.image_registry)):
            raise fail(scope, "image registry is not a registry host", self.image_registry,
                       "write a host (and optional port and path) without a scheme, such as 'mirror.gcr.io'")
        for value, what in ((self.enable_backend, "enable_backend"), (self.enable_lua, "enable_lua")):
            if value is not None:
                check_bool(scope, value, what, "write True or False, or None for the chart's default")

    def values(self, *, lua: bool, chart_version: str) -> dict[str, Any]:
        """The Helm values: the provider, and what is set (``lua``: the profile runs a Lua filter)."""
        envoy_gateway: dict[str, Any] = {
            "provider": {"type": "Kubernetes", "kubernetes": {"deploy": {"type": "GatewayNamespace"}}}}
        apis: dict[str, bool] = {}
        if self.enable_backend is not None:
            apis["enableBackend"] = self.enable_backend
        enable_lua = self.enable_lua
        if enable_lua is None and lua and lua_needs_enabling(chart_version):
            enable_lua = True
        if enable_lua is not None:
            apis["enableLua"] = enable_lua
        if apis:
            envoy_gateway["extensionApis"] = apis
        values: dict[str, Any] = {"config": {"envoyGateway": envoy_gateway}}
        if self.image_registry is not None:
            values = {"global": {"imageRegistry": self.image_registry}, **values}
        return values


@dataclass(frozen=True)
class ProxySettings:
    """The ``EnvoyProxy`` the profile's GatewayClass points at: the proxies of every gateway.
    Each field left at ``None`` writes nothing, so Envoy Gateway's default applies.

    :param replicas: proxy replicas per gateway (default ``None``: Envoy Gateway's 1; must stay
        unset with the profile's ``autoscaling``).
    :param log_level: ``logging.level.default``: trace, debug, info, warn, error, off or
        critical (default ``None``: Envoy Gateway's ``warn``).
    :param image: the proxy container's image, such as ``mirror.gcr.io/envoyproxy/envoy:v1.38.0``
        (default ``None``: Envoy Gateway's own).
    :param cpu_request: proxy CPU request (default ``None``).
    :param memory_request: proxy memory request (default ``None``).
    :param cpu_limit: proxy CPU limit (default ``None``).
    :param memory_limit: proxy memory limit (default ``None``).
    :param external_traffic_policy: the proxy Service's ``externalTrafficPolicy``: ``Local``
        (keeps the client's source IP and only announces from nodes running a proxy) or
        ``Cluster`` (default ``None``: Envoy Gateway's ``Local``).
    :param drain_timeout: how long a stopping proxy drains connections (default ``None``:
        Envoy Gateway's 60s).
    :param metrics_compression: the compression of the proxies' ``/stats/prometheus``:
        ``Gzip``, ``Brotli`` or ``Zstd`` (default ``None``: none).
    """

    replicas: Optional[int] = None
    log_level: Optional[str] = None
    image: Optional[str] = None
    cpu_request: Optional[str] = None
    memory_request: Optional[str] = None
    cpu_limit: Optional[str] = None
    memory_limit: Optional[str] = None
    external_traffic_policy: Optional[str] = None
    drain_timeout: Optional[str] = None
    metrics_compression: Optional[str] = None

    @classmethod
    def recommended(cls, **changes: Any) -> "ProxySettings":
        """The library's proxies, with ``changes`` over them. It writes exactly: ``replicas: 2``,
        requests ``cpu: 100m`` and ``memory: 128Mi``, limit ``memory: 1Gi``,
        ``externalTrafficPolicy: Local``, ``shutdown.drainTimeout: 180s`` and
        ``telemetry.metrics.prometheus.compression.type: Gzip``."""
        return replace(cls(replicas=2, cpu_request="100m", memory_request="128Mi", memory_limit="1Gi",
                           external_traffic_policy="Local", drain_timeout="180s", metrics_compression="Gzip"),
                       **changes)

    def validate(self, scope: constructs.Construct) -> None:
        if self.replicas is not None:
            check_count(scope, self.replicas, "proxy replicas", 1)
        if self.log_level is not None:
            check_choice(scope, self.log_level, _LOG_LEVELS, "proxy log level")
        if self.image is not None and (not isinstance(self.image, str) or not _IMAGE.fullmatch(self.image)):
            raise fail(scope, "Envoy image is not an image reference", self.image,
                       "write registry/repository:tag, such as 'mirror.gcr.io/envoyproxy/envoy:v1.38.0'")
        for value, what in ((self.cpu_request, "CPU request"), (self.memory_request, "memory request"),
                            (self.cpu_limit, "CPU limit"), (self.memory_limit, "memory limit")):
            if value is not None:
                check_quantity(scope, value, what)
        for request, limit, what in ((self.cpu_request, self.cpu_limit, "CPU"),
                                     (self.memory_request, self.memory_limit, "memory")):
            if request is not None and limit is not None \
                    and (quantity_value(request) or 0) > (quantity_value(limit) or 0):
                raise fail(scope, f"{what} request is above its limit", {"request": request, "limit": limit},
                           f"raise the {what} limit to the request or more, or lower the request")
        if self.external_traffic_policy is not None and self.external_traffic_policy not in ("Local", "Cluster"):
            raise fail(scope, "external traffic policy must be 'Local' or 'Cluster'", self.external_traffic_policy,
                       "use 'Local' to keep client source IPs")
        if self.drain_timeout is not None:
            check_gateway_duration(scope, self.drain_timeout, "drain timeout")
        if self.metrics_compression is not None:
            check_choice(scope, self.metrics_compression, COMPRESSORS, "metrics compression")


def envoy_proxy(scope: constructs.Construct, name: str, namespace: str, proxy: ProxySettings) -> eg.EnvoyProxy:
    """The ``EnvoyProxy`` ``name`` (construct ``EnvoyProxy`` under ``scope``) from checked settings:
    ``provider.type: Kubernetes`` and what ``proxy`` sets."""
    requests = {k: eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests.from_string(v)
                for k, v in (("cpu", proxy.cpu_request), ("memory", proxy.memory_request)) if v is not None}
    limits = {k: eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits.from_string(v)
              for k, v in (("cpu", proxy.cpu_limit), ("memory", proxy.memory_limit)) if v is not None}
    resources = eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources(
        requests=requests or None, limits=limits or None) if requests or limits else None
    container = eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer(image=proxy.image, resources=resources) \
        if proxy.image or resources else None
    deployment = eg.EnvoyProxySpecProviderKubernetesEnvoyDeployment(replicas=proxy.replicas, container=container) \
        if proxy.replicas is not None or container else None
    service = eg.EnvoyProxySpecProviderKubernetesEnvoyService(external_traffic_policy=getattr(
        eg.EnvoyProxySpecProviderKubernetesEnvoyServiceExternalTrafficPolicy, proxy.external_traffic_policy.upper())) \
        if proxy.external_traffic_policy else None
    metrics = eg.EnvoyProxySpecTelemetry(metrics=eg.EnvoyProxySpecTelemetryMetrics(
        prometheus=eg.EnvoyProxySpecTelemetryMetricsPrometheus(
            compression=eg.EnvoyProxySpecTelemetryMetricsPrometheusCompression(type=getattr(
                eg.EnvoyProxySpecTelemetryMetricsPrometheusCompressionType, proxy.metrics_compression.upper()))))) \
        if proxy.metrics_compression else None
    return eg.EnvoyProxy(
        scope, "EnvoyProxy",
        metadata=ApiObjectMetadata(name=name, namespace=namespace),
        spec=eg.EnvoyProxySpec(
            logging=eg.EnvoyProxySpecLogging(level={"default": getattr(
                eg.EnvoyProxySpecLoggingLevel, proxy.log_level.upper())}) if proxy.log_level else None,
            provider=eg.EnvoyProxySpecProvider(
                type=eg.EnvoyProxySpecProviderType.KUBERNETES,
                kubernetes=eg.EnvoyProxySpecProviderKubernetes(envoy_deployment=deployment, envoy_service=service)
                if deployment or service else None,
            ),
            shutdown=eg.EnvoyProxySpecShutdown(drain_timeout=proxy.drain_timeout) if proxy.drain_timeout else None,
            telemetry=metrics,
        ),
    )
