"""Envoy Gateway as the homelab's gateway implementation.

:class:`EnvoyProfile` is a :class:`~homelab_constructs.gateway.gateway.GatewayImplementation`:
pass it as ``HomelabGateway(gateway_class=profile)`` and the same gateway, redirect and
``AppRoute`` API that drives Cilium's gateway drives Envoy Gateway. The profile owns:

- the install: a Flux ``OCIRepository`` + ``HelmRelease`` for the ``gateway-helm`` chart,
  with proxies deployed in each Gateway's own namespace (``deploy.type: GatewayNamespace``,
  so a gateway's proxy Deployment and Service are named after the gateway);
- the ``EnvoyProxy`` parameters (replicas, resources, ``externalTrafficPolicy``, drain
  timeout, Prometheus metrics) and the ``GatewayClass`` that points at them;
- one ``ClientTrafficPolicy`` and one ``BackendTrafficPolicy`` that select every gateway of
  the profile by the :data:`PROFILE_LABEL` label the profile puts on them (or every Gateway
  of the namespace, or named gateways: ``policy_targets``) (:mod:`.envoy_policies`);
- Lua user-agent blocking: a ConfigMap (shared, or one per gateway) with a script generated
  from a list of agents and one ``EnvoyExtensionPolicy`` per gateway (:mod:`.envoy_lua`);
- per gateway, a KEDA ``ScaledObject`` for its proxy Deployment, and optionally one for the
  controller's Deployment (:mod:`.envoy_autoscaling`);
- a ``PodMonitor`` (proxies), a ``ServiceMonitor`` (controller) and Grafana dashboards
  (:class:`GrafanaComDashboard`, :class:`GrafanaUrlDashboard`) (:mod:`.envoy_monitoring`).

This module checks the props in order and builds the pieces; each of those modules holds its
settings (as typed values or checked props) and writes its objects under the profile, so the
construct paths are the profile's.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence, Union

import constructs
from cdk8s import ApiObjectMetadata
from cdk8s_plus_27 import k8s

from imports.homelab_envoygateway.io.envoyproxy import gateway as eg
from imports.homelab_gateway.io.k8s.networking import gateway as gw

from .._base import HomelabConstruct, own
from .._names import NAMESPACE_NAME_LABEL
from .._names import PROFILE_LABEL as PROFILE_LABEL  # the label the profile puts on its gateways
from .._validation import (
    add_check,
    check_bool,
    check_choice,
    check_dns_label,
    check_gateway_duration,
    check_json_value,
    check_mapping,
    check_quantity,
    fail,
    message,
    quantity_value,
)
from ..delivery.flux import ReleaseSettings, chart_release
from ..delivery.helm import deep_merge
from ..delivery.release_settings import RECOMMENDED_CRDS
from ..monitoring.dashboards import GrafanaComDashboard, check_dashboards, check_instance_labels, grafana_dashboards
from ..monitoring.dashboards import GrafanaUrlDashboard as GrafanaUrlDashboard  # re-exported: built in platform
from .envoy_autoscaling import ProxyAutoscaling, check_scaling
from .envoy_lua import UserAgentBlocking, check_user_agent_blocking
from .envoy_monitoring import DEFAULT_ENVOY_DASHBOARDS, EnvoyDashboard, EnvoyMonitoring, check_monitoring
from .envoy_policies import (
    COMPRESSORS,
    backend_policy,
    check_backend_settings,
    check_client_settings,
    check_policy_name,
    check_targets,
    check_timeouts,
    client_policy,
)

if TYPE_CHECKING:
    from .gateway import HomelabGateway

CONTROLLER_NAME = "gateway.envoyproxy.io/gatewayclass-controller"

_LOG_LEVELS = ("trace", "debug", "info", "warn", "error", "off", "critical")
#: the Envoy Gateway controller's Deployment, as the gateway-helm chart names it
CONTROLLER_DEPLOYMENT = "envoy-gateway"
#: an image reference: [registry[:port]/]path[:tag][@sha256:digest]
_IMAGE = re.compile(r"^(?=.{1,255}$)[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]{1,5})?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*"
                    r"(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$")
#: a registry host (and path) that the chart puts in front of its images
_REGISTRY = re.compile(r"^(?=.{1,255}$)[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*$")


class EnvoyProfile(HomelabConstruct):
    """Envoy Gateway: its install, GatewayClass, EnvoyProxy, policies, autoscaling and monitoring.

    Build gateways with ``HomelabGateway(..., gateway_class=profile, namespace=profile.namespace)``;
    each attaches itself (label, Lua policy, ScaledObject). Policies attach only to gateways
    in their own namespace, so every gateway of the profile lives in ``namespace``.

    Optional settings marked "``None`` writes none" leave the field out, so Envoy Gateway's
    own default applies.

    :attr:`RECOMMENDED` (``EnvoyProfile.recommended(...)``) sets
    ``release=ReleaseSettings(crds="CreateReplace")``: the release's ``install.crds`` and
    ``upgrade.crds: CreateReplace`` (the chart's CRDs are created and replaced with it).

    :param namespace: where Envoy Gateway, its policies and the gateways live (default ``network``).
    :param name: the GatewayClass, EnvoyProxy and traffic policies' name (default ``envoy``).
    :param install: add the Flux OCIRepository and HelmRelease (default ``True``).
    :param chart_version: the ``gateway-helm`` chart version (default ``v1.9.0``, the pinned CRDs').
    :param create_namespace: add the Namespace object (default ``True``).
    :param image_registry: the chart's ``global.imageRegistry``, a mirror such as
        ``mirror.gcr.io`` (default ``None``: the chart's registries).
    :param enable_backend: the chart's ``extensionApis.enableBackend``, which enables the
        ``Backend`` kind (default ``False``).
    :param extra_values: more Helm values, merged last (over the typed ones) (default none).
    :param replicas: proxy replicas per gateway (default ``2``; must stay unset with ``autoscaling``).
    :param log_level: the proxies' ``logging.level.default``: trace, debug, info, warn, error,
        off or critical (default ``None`` writes none: Envoy Gateway's ``warn``).
    :param envoy_image: the proxy container's image, such as
        ``mirror.gcr.io/envoyproxy/envoy:v1.38.0`` (default ``None``: Envoy Gateway's own).
    :param cpu_request: proxy CPU request (default ``100m``; ``None`` writes none).
    :param memory_request: proxy memory request (default ``128Mi``; ``None`` writes none).
    :param cpu_limit: proxy CPU limit (default ``None`` writes none).
    :param memory_limit: proxy memory limit (default ``1Gi``; ``None`` writes none).
    :param external_traffic_policy: ``Local`` (default; keeps the client's source IP and
        only announces from nodes running a proxy) or ``Cluster`` (``None`` writes none).
    :param drain_timeout: how long a stopping proxy drains connections (default ``180s``;
        ``None`` writes none).
    :param metrics_compression: the compression of the proxies' ``/stats/prometheus``:
        ``Gzip`` (default), ``Brotli`` or ``Zstd`` (``None`` writes none).
    :param policy_targets: which gateways the traffic policies apply to: ``"profile"``
        (default; the gateways of this profile, by the :data:`PROFILE_LABEL` label),
        ``"every-gateway"`` (every Gateway of the namespace, ``targetSelectors`` by kind
        only), or a list of gateway names (``targetRefs``).
    :param client_policy_name: the ClientTrafficPolicy's name (default ``None``: ``name``).
    :param backend_policy_name: the BackendTrafficPolicy's name (default ``None``: ``name``).
    :param tls_min_version: the lowest TLS version clients may use, ``1.2`` (default) or
        ``1.3`` (``None`` writes none).
    :param alpn_protocols: ALPN offered to clients (default ``h2`` then ``http/1.1``; ``None``
        writes none).
    :param http3: advertise and serve HTTP/3 (QUIC) on the HTTPS listeners (default ``True``).
    :param trusted_proxy_cidrs: peers whose ``X-Forwarded-For`` is trusted, such as a
        tunnel's pod CIDR (default none: the client IP is the connection's source).
    :param http2_invalid_message: ``TerminateStream`` (default) or ``TerminateConnection``
        on an invalid HTTP/2 message (``None`` writes none).
    :param client_tcp_keepalive: TCP keepalive on client connections, with Envoy's
        defaults (``tcpKeepalive: {}``) (default ``False``).
    :param compression: response compressors in order of preference, written as the
        policy's ``compressor`` list (default Zstd, Brotli, Gzip; empty for none).
    :param backend_tcp_keepalive: TCP keepalive on backend connections (``tcpKeepalive: {}``)
        (default ``False``).
    :param retries: retries per request (default ``2``; ``0`` turns retries off).
    :param retry_on: retry triggers (default the ones safe for every method:
        ``connect-failure``, ``refused-stream``, ``reset-before-request``).
    :param retry_backoff: the retries' ``(base, max)`` back-off intervals (default
        ``("100ms", "1s")``; ``None`` writes none: Envoy's 25ms base).
    :param connect_timeout: backend TCP connect timeout (default ``10s``; ``None`` writes none).
    :param request_timeout: whole-request timeout (default ``0s``: none, for media streams
        and large uploads; ``None`` writes none: Envoy Gateway's 15s).
    :param idle_timeout: backend connection idle timeout (default ``1h``; ``None`` writes none).
    :param autoscaling: a KEDA ScaledObject per gateway (default ``None``: fixed ``replicas``).
    :param controller_autoscaling: a KEDA ScaledObject ``envoy-gateway`` for the controller's
        Deployment (``{gateway}`` in its query stands for ``envoy-gateway``) (default ``None``).
    :param user_agent_blocking: the Lua user-agent block list (default
        :class:`UserAgentBlocking` with the common AI crawlers; ``None`` blocks nothing).
    :param monitoring: ``True`` (default) for the default :class:`EnvoyMonitoring`,
        an :class:`EnvoyMonitoring`, or ``False`` for no monitors.
    :param dashboards: :class:`GrafanaComDashboard` and :class:`GrafanaUrlDashboard` to import
        (default :data:`DEFAULT_ENVOY_DASHBOARDS`; empty for none).
    :param grafana_instance_labels: labels of the Grafana instances that take the
        dashboards (default ``{"dashboards": "grafana"}``).
    :param release: :class:`~homelab_constructs.platform.ReleaseSettings` of the release: chart
        source (also an OCI mirror shared by several releases), intervals, remediation, more values
        (merged last) (default ``None``: an ``OCIRepository`` and a ``HelmRelease`` reconciled every ``1h``, no more).
    """

    RECOMMENDED = RECOMMENDED_CRDS

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        namespace: str = "network",
        name: str = "envoy",
        install: bool = True,
        chart_version: str = "v1.9.0",
        create_namespace: bool = True,
        image_registry: Optional[str] = None,
        enable_backend: bool = False,
        extra_values: Optional[Mapping[str, Any]] = None,
        replicas: Optional[int] = None,
        log_level: Optional[str] = None,
        envoy_image: Optional[str] = None,
        cpu_request: Optional[str] = "100m",
        memory_request: Optional[str] = "128Mi",
        cpu_limit: Optional[str] = None,
        memory_limit: Optional[str] = "1Gi",
        external_traffic_policy: Optional[str] = "Local",
        drain_timeout: Optional[str] = "180s",
        metrics_compression: Optional[str] = "Gzip",
        policy_targets: Union[str, Sequence[str]] = "profile",
        client_policy_name: Optional[str] = None,
        backend_policy_name: Optional[str] = None,
        tls_min_version: Optional[str] = "1.2",
        alpn_protocols: Optional[Sequence[str]] = ("h2", "http/1.1"),
        http3: bool = True,
        trusted_proxy_cidrs: Sequence[str] = (),
        http2_invalid_message: Optional[str] = "TerminateStream",
        client_tcp_keepalive: bool = False,
        compression: Sequence[str] = ("Zstd", "Brotli", "Gzip"),
        backend_tcp_keepalive: bool = False,
        retries: int = 2,
        retry_on: Sequence[str] = ("connect-failure", "refused-stream", "reset-before-request"),
        retry_backoff: Optional[tuple[str, str]] = ("100ms", "1s"),
        connect_timeout: Optional[str] = "10s",
        request_timeout: Optional[str] = "0s",
        idle_timeout: Optional[str] = "1h",
        autoscaling: Optional[ProxyAutoscaling] = None,
        controller_autoscaling: Optional[ProxyAutoscaling] = None,
        user_agent_blocking: Optional[UserAgentBlocking] = UserAgentBlocking(),  # noqa: B008  (frozen: one shared default is safe)
        monitoring: Union[bool, EnvoyMonitoring] = True,
        dashboards: Sequence[EnvoyDashboard] = DEFAULT_ENVOY_DASHBOARDS,
        grafana_instance_labels: Optional[Mapping[str, str]] = None,
        release: Optional[ReleaseSettings] = None,
    ) -> None:
        super().__init__(scope, id)
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.name = check_dns_label(self, name, "profile name")
        self.gateway_class_name = self.name
        self.gateways: list[HomelabGateway] = []

        # ---- validate everything before building anything
        self._check_switches(install=install, create_namespace=create_namespace, http3=http3,
                             enable_backend=enable_backend, client_tcp_keepalive=client_tcp_keepalive,
                             backend_tcp_keepalive=backend_tcp_keepalive)
        values = self._helm_values(image_registry, enable_backend, user_agent_blocking is not None, extra_values)
        self.replicas = check_scaling(self, replicas, autoscaling, controller_autoscaling)
        self.autoscaling = autoscaling
        self.controller_autoscaling = controller_autoscaling
        proxy = self._check_proxy(log_level, envoy_image, cpu_request, memory_request, cpu_limit, memory_limit,
                                  external_traffic_policy, drain_timeout, metrics_compression)
        self.policy_targets = check_targets(self, policy_targets)
        self.client_policy_name = check_policy_name(self, client_policy_name, self.name, "ClientTrafficPolicy name")
        self.backend_policy_name = check_policy_name(self, backend_policy_name, self.name, "BackendTrafficPolicy name")
        timeouts = check_timeouts(self, connect_timeout, request_timeout, idle_timeout)
        client = check_client_settings(self, tls_min_version, alpn_protocols, http3, trusted_proxy_cidrs,
                                       http2_invalid_message, client_tcp_keepalive)
        backend = check_backend_settings(self, compression, backend_tcp_keepalive, retries, retry_on, retry_backoff)
        self.user_agent_blocking = check_user_agent_blocking(self, user_agent_blocking)
        monitor_settings = check_monitoring(self, monitoring)
        all_dashboards = check_dashboards(self, dashboards, kinds=(GrafanaComDashboard, GrafanaUrlDashboard))
        instance_labels = check_instance_labels(self, grafana_instance_labels)

        # ---- build
        if create_namespace:
            self._namespace()
        if install:
            self._install(chart_version, values, release)
        self._proxy(**proxy)
        self._gateway_class()
        client_policy(self, self.client_policy_name, self.namespace, self.policy_targets, self.name, **client)
        backend_policy(self, self.backend_policy_name, self.namespace, self.policy_targets, self.name, **backend,
                       **timeouts)
        self.lua_config_map: Optional[str] = self._shared_lua_config_map()
        self.lua_config_maps: dict[str, str] = {}
        if controller_autoscaling is not None:
            controller_autoscaling.scaled_object(self, "Controller-ScaledObject", CONTROLLER_DEPLOYMENT, self.namespace)
        if monitor_settings is not None:
            monitor_settings.monitors(self, self.namespace)
        grafana_dashboards(self, all_dashboards, namespace=self.namespace, instance_labels=instance_labels)
        add_check(self, self._check_gateways)

    # ---- GatewayImplementation

    def attach(self, gateway: "HomelabGateway") -> None:
        """Called by :class:`HomelabGateway`: label the gateway, add its Lua policy and ScaledObject."""
        if gateway.namespace != self.namespace:
            raise fail(gateway, f"gateway of the Envoy profile {self.name} is outside its namespace {self.namespace}",
                       gateway.namespace,
                       f"put the gateway in namespace {self.namespace}: Envoy Gateway policies only attach there")
        if self.controller_autoscaling is not None and self.autoscaling is not None \
                and gateway.name == CONTROLLER_DEPLOYMENT:
            raise fail(gateway, "gateway shares its name with Envoy Gateway's controller Deployment", gateway.name,
                       "rename the gateway: both ScaledObjects would be named envoy-gateway")
        gateway.resource.metadata.add_label(PROFILE_LABEL, self.name)
        self.gateways.append(gateway)
        blocking = self.user_agent_blocking
        if blocking is not None and (blocking.gateways is None or gateway.name in blocking.gateways):
            self._lua_policy(gateway.name, blocking)
        if self.autoscaling is not None:
            self.autoscaling.scaled_object(self, f"{gateway.name}-ScaledObject", gateway.name, self.namespace)
        own(self)  # the objects just added belong to the library too

    # ---- validation pieces

    def _check_switches(self, **switches: object) -> None:
        """Check that each on/off prop is a bool, in the order given (an error names the prop)."""
        for switch_name, switch in switches.items():
            check_bool(self, switch, switch_name)

    def _helm_values(self, image_registry: object, enable_backend: bool, lua: bool,
                     extra_values: object) -> dict[str, Any]:
        values: dict[str, Any] = {"config": {"envoyGateway": {
            "provider": {"type": "Kubernetes", "kubernetes": {"deploy": {"type": "GatewayNamespace"}}},
            "extensionApis": {"enableBackend": enable_backend, "enableLua": lua},
        }}}
        if image_registry is not None:
            if not isinstance(image_registry, str) or not _REGISTRY.fullmatch(image_registry):
                raise fail(self, "image registry is not a registry host", image_registry,
                           "write a host (and optional port and path) without a scheme, such as 'mirror.gcr.io'")
            values["global"] = {"imageRegistry": image_registry}
        if extra_values is not None:
            check_mapping(self, extra_values, "extra_values", example={"deployment": {"replicas": 2}})
            deep_merge(values, check_json_value(self, extra_values, "extra_values"))  # type: ignore[arg-type]
        return values

    def _check_proxy(self, log_level: object, envoy_image: object, cpu_request: object, memory_request: object,
                     cpu_limit: object, memory_limit: object, traffic_policy: object, drain_timeout: object,
                     metrics_compression: object) -> dict[str, Any]:
        if log_level is not None:
            check_choice(self, log_level, _LOG_LEVELS, "proxy log level")
        if envoy_image is not None and (not isinstance(envoy_image, str) or not _IMAGE.fullmatch(envoy_image)):
            raise fail(self, "Envoy image is not an image reference", envoy_image,
                       "write registry/repository:tag, such as 'mirror.gcr.io/envoyproxy/envoy:v1.38.0'")
        for value, what in ((cpu_request, "CPU request"), (memory_request, "memory request"),
                            (cpu_limit, "CPU limit"), (memory_limit, "memory limit")):
            if value is not None:
                check_quantity(self, value, what)
        for request, limit, what in ((cpu_request, cpu_limit, "CPU"), (memory_request, memory_limit, "memory")):
            if request is not None and limit is not None \
                    and (quantity_value(request) or 0) > (quantity_value(limit) or 0):
                raise fail(self, f"{what} request is above its limit", {"request": request, "limit": limit},
                           f"raise the {what} limit to the request or more, or lower the request")
        if traffic_policy is not None and traffic_policy not in ("Local", "Cluster"):
            raise fail(self, "external traffic policy must be 'Local' or 'Cluster'", traffic_policy,
                       "use 'Local' to keep client source IPs")
        if drain_timeout is not None:
            check_gateway_duration(self, drain_timeout, "drain timeout")
        if metrics_compression is not None:
            check_choice(self, metrics_compression, COMPRESSORS, "metrics compression")
        return {"log_level": log_level, "image": envoy_image, "requests": {"cpu": cpu_request, "memory": memory_request},
                "limits": {"cpu": cpu_limit, "memory": memory_limit}, "traffic_policy": traffic_policy,
                "drain_timeout": drain_timeout, "metrics_compression": metrics_compression}

    def _check_gateways(self) -> list[str]:
        errors = []
        blocking = self.user_agent_blocking
        names = {g.name for g in self.gateways}
        if not self.gateways:
            errors.append(message(self, "Envoy profile has no gateway", [],
                                  "build a HomelabGateway with gateway_class=<this profile>"))
        if blocking is not None and blocking.gateways is not None:
            for name in blocking.gateways:
                if name not in names:
                    errors.append(message(self, "user-agent blocking names a gateway that does not exist", name,
                                          f"use one of: {', '.join(sorted(names)) or 'none declared'}"))
        if isinstance(self.policy_targets, tuple):
            for name in self.policy_targets:
                if name not in names:
                    errors.append(message(self, "traffic policies target a gateway that does not exist", name,
                                          f"use one of: {', '.join(sorted(names)) or 'none declared'}"))
        return errors

    # ---- building pieces

    def _namespace(self) -> None:
        """The profile's Namespace, labelled with its own name."""
        k8s.KubeNamespace(self, "Namespace", metadata=k8s.ObjectMeta(
            name=self.namespace, labels={NAMESPACE_NAME_LABEL: self.namespace}))

    def _install(self, chart_version: str, values: dict[str, Any], release: Optional[ReleaseSettings]) -> None:
        chart_release(
            self, name="envoy-gateway", namespace=self.namespace, url="oci://docker.io/envoyproxy/gateway-helm",
            version=chart_version, values=values, release=release,
        )

    def _proxy(self, log_level: Optional[str], image: Optional[str], requests: dict[str, Optional[str]],
               limits: dict[str, Optional[str]], traffic_policy: Optional[str], drain_timeout: Optional[str],
               metrics_compression: Optional[str]) -> None:
        kube = eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResources
        request_type = eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesRequests
        limit_type = eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainerResourcesLimits
        set_requests = {k: request_type.from_string(v) for k, v in requests.items() if v is not None}
        set_limits = {k: limit_type.from_string(v) for k, v in limits.items() if v is not None}
        resources = kube(requests=set_requests or None, limits=set_limits or None) \
            if set_requests or set_limits else None
        container = eg.EnvoyProxySpecProviderKubernetesEnvoyDeploymentContainer(image=image, resources=resources) \
            if image or resources else None
        deployment = eg.EnvoyProxySpecProviderKubernetesEnvoyDeployment(replicas=self.replicas, container=container) \
            if self.replicas is not None or container else None
        service = eg.EnvoyProxySpecProviderKubernetesEnvoyService(external_traffic_policy=getattr(
            eg.EnvoyProxySpecProviderKubernetesEnvoyServiceExternalTrafficPolicy, traffic_policy.upper())) \
            if traffic_policy else None
        metrics = eg.EnvoyProxySpecTelemetry(metrics=eg.EnvoyProxySpecTelemetryMetrics(
            prometheus=eg.EnvoyProxySpecTelemetryMetricsPrometheus(
                compression=eg.EnvoyProxySpecTelemetryMetricsPrometheusCompression(type=getattr(
                    eg.EnvoyProxySpecTelemetryMetricsPrometheusCompressionType, metrics_compression.upper()))))) \
            if metrics_compression else None
        eg.EnvoyProxy(
            self, "EnvoyProxy",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace),
            spec=eg.EnvoyProxySpec(
                logging=eg.EnvoyProxySpecLogging(level={"default": getattr(
                    eg.EnvoyProxySpecLoggingLevel, log_level.upper())}) if log_level else None,
                provider=eg.EnvoyProxySpecProvider(
                    type=eg.EnvoyProxySpecProviderType.KUBERNETES,
                    kubernetes=eg.EnvoyProxySpecProviderKubernetes(envoy_deployment=deployment, envoy_service=service)
                    if deployment or service else None,
                ),
                shutdown=eg.EnvoyProxySpecShutdown(drain_timeout=drain_timeout) if drain_timeout else None,
                telemetry=metrics,
            ),
        )

    def _gateway_class(self) -> None:
        """The GatewayClass :attr:`gateway_class_name`, parameterised by this profile's EnvoyProxy."""
        gw.GatewayClass(
            self, "GatewayClass",
            metadata=ApiObjectMetadata(name=self.gateway_class_name),
            spec=gw.GatewayClassSpec(
                controller_name=CONTROLLER_NAME,
                parameters_ref=gw.GatewayClassSpecParametersRef(
                    group="gateway.envoyproxy.io", kind="EnvoyProxy", name=self.name, namespace=self.namespace),
            ),
        )

    def _shared_lua_config_map(self) -> Optional[str]:
        """The Lua ConfigMap every gateway shares, written now; ``None`` without blocking or when per gateway."""
        blocking = self.user_agent_blocking
        if blocking is None or blocking.per_gateway:
            return None
        name = blocking.config_map_name or f"{self.name}-block-user-agents"
        blocking.config_map(self, "BlockUserAgents", name, self.namespace)
        return name

    def _lua_policy(self, gateway_name: str, blocking: UserAgentBlocking) -> None:
        """The gateway's Lua EnvoyExtensionPolicy, and its own ConfigMap when the profile shares none."""
        config_map = self.lua_config_map
        if config_map is None:
            config_map = blocking.gateway_config_map_name(gateway_name)
            self.lua_config_maps[gateway_name] = config_map
            blocking.config_map(self, f"{gateway_name}-BlockUserAgents-ConfigMap", config_map, self.namespace)
        blocking.extension_policy(self, gateway_name, self.namespace, config_map)
