"""Envoy Gateway as the homelab's gateway implementation.

:class:`EnvoyProfile` is a :class:`~homelab_constructs.gateway.gateway.GatewayImplementation`:
pass it as ``HomelabGateway(gateway_class=profile)`` and the same gateway, redirect and
``AppRoute`` API that drives Cilium's gateway drives Envoy Gateway. The profile owns:

- the install: a Flux ``OCIRepository`` + ``HelmRelease`` for the ``gateway-helm`` chart,
  with proxies deployed in each Gateway's own namespace (``deploy.type: GatewayNamespace``,
  so a gateway's proxy Deployment and Service are named after the gateway), and the chart
  values of :class:`EnvoyChart` (:mod:`.envoy_proxy`);
- the ``EnvoyProxy`` (:class:`ProxySettings`: replicas, resources, ``externalTrafficPolicy``,
  drain timeout, Prometheus metrics) and the ``GatewayClass`` that points at it;
- a ``ClientTrafficPolicy`` (:class:`ClientPolicy`) and a ``BackendTrafficPolicy``
  (:class:`BackendPolicy`) on the gateways ``policy_targets`` picks (:mod:`.envoy_policies`);
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

from typing import TYPE_CHECKING, Any, ClassVar, Mapping, Optional, Sequence, Union, cast

import cdk8s
import constructs
from cdk8s import ApiObjectMetadata
from cdk8s_plus_27 import k8s

from imports.homelab_gateway.io.k8s.networking import gateway as gw

from .._base import HomelabConstruct, own
from .._names import NAMESPACE_NAME_LABEL
from .._names import PROFILE_LABEL as PROFILE_LABEL  # the label policy_targets="profile" puts on the gateways
from .._props import Props
from .._validation import (
    FrozenDict,
    add_check,
    check_bool,
    check_dns_label,
    check_instance,
    check_json_value,
    fail,
    message,
)
from ..delivery.flux import ReleaseSettings, chart_release, check_release_settings
from ..monitoring.dashboards import GrafanaComDashboard, check_dashboards, check_instance_labels, grafana_dashboards
from ..monitoring.dashboards import GrafanaUrlDashboard as GrafanaUrlDashboard  # re-exported: built in platform
from ..namespace import Namespace, namespace_name
from .envoy_autoscaling import ProxyAutoscaling, check_scaling
from .envoy_lua import UserAgentBlocking, check_user_agent_blocking
from .envoy_monitoring import DEFAULT_ENVOY_DASHBOARDS, EnvoyDashboard, EnvoyMonitoring, check_monitoring
from .envoy_policies import BackendPolicy, ClientPolicy, add_target, check_targets
from .envoy_proxy import EnvoyChart, ProxySettings, envoy_proxy, lua_needs_enabling

if TYPE_CHECKING:
    from .gateway import HomelabGateway

CONTROLLER_NAME = "gateway.envoyproxy.io/gatewayclass-controller"
#: the Envoy Gateway controller's Deployment, as the gateway-helm chart names it
CONTROLLER_DEPLOYMENT = "envoy-gateway"
#: the ``gateway-helm`` chart version the profile installs unless ``release.version`` says
#: otherwise (the pinned CRDs')
CHART_VERSION = "v1.9.0"
CHART_URL = "oci://docker.io/envoyproxy/gateway-helm"


class EnvoyProfile(HomelabConstruct):
    """Envoy Gateway: its install, GatewayClass, EnvoyProxy, policies, autoscaling and monitoring.

    Build gateways with ``HomelabGateway(..., gateway_class=profile, namespace=profile.namespace)``;
    each attaches itself (policy targets, Lua policy, ScaledObject). Policies attach only to
    gateways in their own namespace, so every gateway of the profile lives in ``namespace``.

    What the profile always writes: the install (with ``install``), an ``EnvoyProxy`` with
    ``provider.type: Kubernetes`` and the ``GatewayClass`` that points at it. Everything else is
    written only when its prop is set; a prop left unset leaves Envoy Gateway's default.

    :attr:`RECOMMENDED` (``EnvoyProfile.recommended(...)``) is the library's preset. It sets
    exactly: ``release=ReleaseSettings(crds="CreateReplace")`` (the chart's CRDs created and
    replaced on install and upgrade), ``proxy=ProxySettings.recommended()``,
    ``client_policy=ClientPolicy.recommended()``, ``backend_policy=BackendPolicy.recommended()``,
    ``user_agent_blocking=UserAgentBlocking.recommended()``,
    ``monitoring=EnvoyMonitoring.recommended()`` and ``dashboards=DEFAULT_ENVOY_DASHBOARDS``
    (each value object's ``recommended()`` documents what it writes). With ``autoscaling`` given
    (and no ``proxy``), the preset's proxies leave ``replicas`` to KEDA; with ``install=False``
    the preset writes no ``release``.

    :attr:`RECOMMENDED` (``EnvoyProfile.recommended(...)``) sets
    ``release=ReleaseSettings(crds="CreateReplace")``: the release's ``install.crds`` and
    ``upgrade.crds: CreateReplace`` (the chart's CRDs are created and replaced with it).

    :param namespace: where Envoy Gateway, its policies and the gateways live (default ``network``).
    :param name: the GatewayClass, EnvoyProxy and traffic policies' name (default ``envoy``).
    :param install: add the Flux OCIRepository and HelmRelease (default ``True``).
    :param create_namespace: add the Namespace object (default ``True``).
    :param release: :class:`~homelab_constructs.ReleaseSettings` of the release: chart source
        (``chart_url``, also an OCI mirror shared by several releases), ``version`` (default
        :data:`CHART_VERSION`), intervals, remediation, CRD policy, more ``values`` (merged last)
        (default ``None``: an ``OCIRepository`` and a ``HelmRelease`` reconciled every ``1h``,
        no remediation and Flux's CRD policy). Only with ``install``.
    :param chart_values: :class:`EnvoyChart`, the chart's values: image registry, the ``Backend``
        and Lua extension APIs (default ``None``: none but the provider). Only with ``install``.
    :param proxy: :class:`ProxySettings` of the ``EnvoyProxy`` (default ``None``: none).
    :param policy_targets: which gateways the traffic policies apply to: ``None`` (default; each
        gateway of this profile by name, ``targetRefs``), a list of gateway names
        (``targetRefs``), the labels the gateways carry (``targetSelectors``, such as
        ``{"envoy-policies": "default"}``: put them on the gateways with ``labels``),
        ``"every-gateway"`` (every Gateway of the namespace, ``targetSelectors`` by kind only)
        or ``"profile"`` (the profile labels its gateways with :data:`PROFILE_LABEL` and selects
        them by it).
    :param client_policy: :class:`ClientPolicy`, the ``ClientTrafficPolicy`` (default ``None``:
        none is written).
    :param backend_policy: :class:`BackendPolicy`, the ``BackendTrafficPolicy`` (default
        ``None``: none is written).
    :param autoscaling: a KEDA ScaledObject per gateway (default ``None``: fixed replicas).
    :param controller_autoscaling: a KEDA ScaledObject ``envoy-gateway`` for the controller's
        Deployment (``{gateway}`` in its query stands for ``envoy-gateway``) (default ``None``).
    :param user_agent_blocking: the Lua user-agent block list (default ``None``: blocks nothing;
        :meth:`UserAgentBlocking.recommended` blocks the common AI crawlers).
    :param monitoring: :class:`EnvoyMonitoring`, the PodMonitor and ServiceMonitor (default
        ``None``: none; they need the Prometheus Operator).
    :param dashboards: :class:`GrafanaComDashboard` and :class:`GrafanaUrlDashboard` to import
        (default none; :data:`DEFAULT_ENVOY_DASHBOARDS` are the preset's).
    :param grafana_instance_labels: labels of the Grafana instances that take the
        dashboards (default ``{"dashboards": "grafana"}``).
    """

    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(
        release=ReleaseSettings(crds="CreateReplace"),
        proxy=ProxySettings.recommended(),
        client_policy=ClientPolicy.recommended(),
        backend_policy=BackendPolicy.recommended(),
        user_agent_blocking=UserAgentBlocking.recommended(),
        monitoring=EnvoyMonitoring.recommended(),
        dashboards=DEFAULT_ENVOY_DASHBOARDS,
    )

    @classmethod
    def recommended(cls, *args: Any, **kwargs: Any) -> Props["EnvoyProfile"]:  # type: ignore[override]
        """The profile's props with :attr:`RECOMMENDED` under the ones given; with ``autoscaling``
        given and no ``proxy``, the preset's proxies leave ``replicas`` to KEDA, and with
        ``install=False`` the preset's ``release`` is left out."""
        preset = dict(cls.RECOMMENDED)
        if kwargs.get("autoscaling") is not None:
            preset["proxy"] = ProxySettings.recommended(replicas=None)
        if kwargs.get("install") is False:
            del preset["release"]
        return Props.of(cls, args, {**preset, **kwargs})

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        namespace: str | Namespace = "network",
        name: str = "envoy",
        install: bool = True,
        create_namespace: bool = True,
        release: Optional[ReleaseSettings] = None,
        chart_values: Optional[EnvoyChart] = None,
        proxy: Optional[ProxySettings] = None,
        policy_targets: Union[None, str, Sequence[str], Mapping[str, str]] = None,
        client_policy: Optional[ClientPolicy] = None,
        backend_policy: Optional[BackendPolicy] = None,
        autoscaling: Optional[ProxyAutoscaling] = None,
        controller_autoscaling: Optional[ProxyAutoscaling] = None,
        user_agent_blocking: Optional[UserAgentBlocking] = None,
        monitoring: Optional[EnvoyMonitoring] = None,
        dashboards: Sequence[EnvoyDashboard] = (),
        grafana_instance_labels: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        if isinstance(namespace, Namespace):  # the namespace is written by that construct
            create_namespace = False
        namespace = cast(str, namespace_name(namespace))  # a Namespace stands for its name
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.name = check_dns_label(self, name, "profile name")
        self.gateway_class_name = self.name
        self.gateways: list[HomelabGateway] = []

        # ---- validate everything before building anything
        check_bool(self, install, "install")
        check_bool(self, create_namespace, "create_namespace")
        settings = self._check_install(install, release, chart_values)
        proxy_settings = self._check_value(proxy, ProxySettings, "proxy", "ProxySettings(replicas=2)")
        check_scaling(self, proxy_settings.replicas if proxy_settings else None, autoscaling, controller_autoscaling)
        self.autoscaling = autoscaling
        self.controller_autoscaling = controller_autoscaling
        self.policy_targets = check_targets(self, policy_targets)
        client = self._check_value(client_policy, ClientPolicy, "client_policy", "ClientPolicy(tls_min_version='1.2')")
        backend = self._check_value(backend_policy, BackendPolicy, "backend_policy", "BackendPolicy(retries=2)")
        self.user_agent_blocking = check_user_agent_blocking(self, user_agent_blocking)
        monitor_settings = check_monitoring(self, monitoring)
        all_dashboards = check_dashboards(self, dashboards, kinds=(GrafanaComDashboard, GrafanaUrlDashboard))
        instance_labels = check_instance_labels(self, grafana_instance_labels)
        values = self._helm_values(settings, chart_values) if settings is not None else {}

        # ---- build
        if create_namespace:
            self._namespace()
        if settings is not None:
            self._install(values, settings)
        envoy_proxy(self, self.name, self.namespace, proxy_settings or ProxySettings())
        self._gateway_class()
        #: the traffic policies written (a ``ClientTrafficPolicy``, a ``BackendTrafficPolicy``)
        self.policies: list[cdk8s.ApiObject] = [
            policy.write(self, self.name, self.namespace, self.policy_targets)
            for policy in (client, backend) if policy is not None]
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
        """Called by :class:`HomelabGateway`: target the gateway (by name, or by label with
        ``policy_targets="profile"``), add its Lua policy and ScaledObject."""
        if gateway.namespace != self.namespace:
            raise fail(gateway, f"gateway of the Envoy profile {self.name} is outside its namespace {self.namespace}",
                       gateway.namespace,
                       f"put the gateway in namespace {self.namespace}: Envoy Gateway policies only attach there")
        if self.controller_autoscaling is not None and self.autoscaling is not None \
                and gateway.name == CONTROLLER_DEPLOYMENT:
            raise fail(gateway, "gateway shares its name with Envoy Gateway's controller Deployment", gateway.name,
                       "rename the gateway: both ScaledObjects would be named envoy-gateway")
        if self.policy_targets == "profile":
            gateway.resource.metadata.add_label(PROFILE_LABEL, self.name)
        elif self.policy_targets is None:
            for policy in self.policies:
                add_target(policy, gateway.name, first=not self.gateways)
        self.gateways.append(gateway)
        blocking = self.user_agent_blocking
        if blocking is not None and (blocking.gateways is None or gateway.name in blocking.gateways):
            self._lua_policy(gateway.name, blocking)
        if self.autoscaling is not None:
            self.autoscaling.scaled_object(self, f"{gateway.name}-ScaledObject", gateway.name, self.namespace)
        own(self)  # the objects just added belong to the library too

    # ---- validation pieces

    def _check_value(self, value: object, cls: type, what: str, example: str) -> Any:
        """An optional value object prop: ``None``, or a ``cls`` that checks itself."""
        check_instance(self, value, cls, what, f"write {example}, or None", optional=True)
        if value is not None:
            value.validate(self)  # type: ignore[attr-defined]
        return value

    def _check_install(self, install: bool, release: object, chart_values: object) -> Optional[ReleaseSettings]:
        """The release settings with ``install`` (``None`` without); the release and chart
        settings only go with it."""
        if not install:
            if release is not None or chart_values is not None:
                raise fail(self, "release or chart_values are given with install=False",
                           {"release": release, "chart_values": chart_values},
                           "drop them (no release is written), or set install=True")
            return None
        settings = check_release_settings(self, release)
        self._check_value(chart_values, EnvoyChart, "chart_values", "EnvoyChart(image_registry='mirror.gcr.io')")
        return settings

    def _helm_values(self, release: ReleaseSettings, chart: Optional[EnvoyChart]) -> dict[str, Any]:
        values = (chart or EnvoyChart()).values(lua=self.user_agent_blocking is not None,
                                                chart_version=release.version or CHART_VERSION)
        check_json_value(self, values, "values")
        if chart is not None and chart.enable_lua is False and self.user_agent_blocking is not None \
                and lua_needs_enabling(release.version or CHART_VERSION):
            raise fail(self, f"user-agent blocking runs Lua, which Envoy Gateway {release.version or CHART_VERSION} "
                       "turns off without enable_lua", chart.enable_lua,
                       "drop enable_lua=False (the profile enables Lua for its filter), or user_agent_blocking")
        return values

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

    def _install(self, values: dict[str, Any], release: ReleaseSettings) -> None:
        # the release settings' CRD policy and remediation only (the recommended preset's CreateReplace)
        chart_release(
            self, name="envoy-gateway", namespace=self.namespace, url=CHART_URL, version=CHART_VERSION,
            values=values, release=release,
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
