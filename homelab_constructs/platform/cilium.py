"""Cilium installed as code: the :class:`CiliumRelease` construct, a Flux release of typed values.

The typed, validated Helm values (:class:`~.cilium_values.CiliumValues`, its option groups
and the seed profiles) live in :mod:`.cilium_values`, and their text forms (a values file,
``--set`` flags) in the generic :mod:`.helm`; both are re-exported here. :class:`CiliumRelease`
writes a Flux ``OCIRepository`` (the ``cilium`` chart, pinned to :data:`CILIUM_CHART_VERSION`,
the version of the pinned CRDs) and a ``HelmRelease`` in ``kube-system``, plus the Hubble UI
route and Grafana dashboards.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Mapping, Optional, Sequence, Union, cast

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_cilium.io import cilium

from .._base import HomelabConstruct
from .._tree import app_registry
from .._validation import add_check, fail, is_dns_name, message, shown
from ..delivery.flux import ReleaseSettings, chart_release, check_release_identity
from ..delivery.helm import helm_set_flags, values_yaml
from ..delivery.release_settings import RECOMMENDED_RELEASE
from ..gateway.gateway import AppRoute, app_gateways, resolve_gateway
from ..isolation.policies import proxy_labels
from ..monitoring.dashboards import (
    ConfigMapDashboard,
    Dashboard,
    GrafanaComDashboard,
    check_dashboards,
    check_instance_labels,
    grafana_dashboards,
)
from ..namespace import Namespace, namespace_name
from ..network.bgp import bgp_peerings
from ..network.policy_rules import KUBE_DNS, NAMESPACE_LABEL, PolicyRules
from ..recommendations import waive
from .cilium_values import (
    CILIUM_CHART_VERSION,
    HUBBLE_METRICS,
    PERFORMANCE_HUBBLE_METRICS,
    ChartDashboards,
    CiliumValues,
    ClientRateLimit,
    Hubble,
    LoadBalancing,
    ServiceMonitors,
)

if TYPE_CHECKING:
    from ..gateway.gateway import HomelabGateway

#: what to pass as ``CiliumRelease(gateway=...)``
_GATEWAY_FIX = "pass the HomelabGateway that serves the Hubble UI, its name, or None for no route"
#: Where the chart is published as an OCI artifact.
CILIUM_CHART_URL = "oci://quay.io/cilium/charts/cilium"

#: grafana.com dashboards of the Cilium agent and operator (Cilium v1.12+ metrics).
DEFAULT_CILIUM_DASHBOARDS: tuple[GrafanaComDashboard, ...] = (
    GrafanaComDashboard("cilium-agent", 16611, 1),
    GrafanaComDashboard("cilium-operator", 16612, 1),
)
#: The grafana.com Hubble dashboard (flows, drops, DNS, HTTP, TCP metrics).
DEFAULT_HUBBLE_DASHBOARDS: tuple[GrafanaComDashboard, ...] = (GrafanaComDashboard("hubble", 16613, 1),)
#: The dashboards the chart itself writes as ConfigMaps (``CiliumValues(dashboards=...,
#: operator_dashboards=...)``), imported as Talos/Flux homelabs do: GrafanaDashboards ``cilium`` and
#: ``cilium-operator``.
CILIUM_CHART_DASHBOARDS: tuple[ConfigMapDashboard, ...] = (
    ConfigMapDashboard("cilium", "cilium-dashboard", "cilium-dashboard.json"),
    ConfigMapDashboard("cilium-operator", "cilium-operator-dashboard", "cilium-operator-dashboard.json"),
)
#: The chart's dashboard ConfigMaps, by the CiliumValues option that writes each.
_CHART_CONFIG_MAPS = {"cilium-dashboard": "dashboards", "cilium-operator-dashboard": "operator_dashboards"}

#: The Hubble UI Service the chart creates (port 80) in the release's namespace; its pods
#: carry ``k8s-app: hubble-ui`` and serve on :data:`HUBBLE_UI_PORT`.
HUBBLE_UI_SERVICE = "hubble-ui"
HUBBLE_UI_PORT = 8081
#: Hubble Relay's gRPC port (its pods carry ``k8s-app: hubble-relay``).
HUBBLE_RELAY_PORT = 4245


@dataclass
class _Platform:
    releases: list["CiliumRelease"] = field(default_factory=list)


def _platform(scope: constructs.Construct) -> _Platform:
    def create(root: constructs.Construct) -> _Platform:
        platform = _Platform()

        def check() -> list[str]:
            errors: list[str] = []
            for release in platform.releases:
                if not release.values.bgp_control_plane:
                    for peering in bgp_peerings(root):
                        errors.append(message(
                            peering, f"BGP peering needs Cilium's BGP control plane, which the Cilium release "
                                     f"{release.node.path} leaves off", release.values.effective("bgp_control_plane"),
                            "set bgp_control_plane=True in its CiliumValues (the performance profile does)"))
                if not release.values.gateway_api:
                    for gateway in sorted((g for gs in app_gateways(root).values() for g in gs),
                                          key=lambda g: g.node.path):
                        if gateway.gateway_class == "cilium":
                            errors.append(message(
                                gateway, f"gateway uses GatewayClass cilium, but the Cilium release "
                                         f"{release.node.path} runs no Gateway API controller",
                                release.values.effective("gateway_api"),
                                "set gateway_api=True in its CiliumValues (needs kube-proxy replacement), or give "
                                "the gateway another class such as an EnvoyProfile"))
            return errors

        add_check(root, check)
        return platform

    return app_registry(scope, "cilium-platform", create)


class CiliumRelease(HomelabConstruct):
    """Cilium through Flux: an ``OCIRepository`` for the chart and a ``HelmRelease`` of ``values``.

    With ``gateway``, the Hubble UI gets an :class:`AppRoute` ``hubble.<domain>`` (Service
    ``hubble-ui`` port 80), a default-deny policy of its own pods, and a waiver of the
    ``isolation`` recommendation for the release's namespace (which holds the cluster's own
    components; the synth summary lists it, no object carries it). With monitoring on, Grafana
    dashboards of the agent, the operator and Hubble are imported from grafana.com. One Cilium
    release per app; the app-wide check refuses ``BgpPeering`` while the BGP control plane is
    off, and a ``cilium`` gateway while the Gateway API controller is off.

    :attr:`RECOMMENDED` (``CiliumRelease.recommended(...)``) sets ``release=ReleaseSettings.recommended()``:
    the release's ``install.remediation.retries: 3``, ``upgrade.cleanupOnFail: true`` and
    ``upgrade.remediation.retries: 3``.

    :param values: the typed values (default :class:`CiliumValues`: nothing written, the
        chart's defaults).
    :param name: the release, chart source and Helm release name (default ``cilium``; keep it
        to adopt a ``cilium install`` bootstrap).
    :param namespace: where Cilium runs (default ``kube-system``).
    :param chart_version: the chart version (default :data:`CILIUM_CHART_VERSION`).
    :param gateway: serve the Hubble UI on this gateway: the
        :class:`~homelab_constructs.HomelabGateway` or the name of one declared before
        (default ``None``: no route).
    :param hubble_hostname: the UI's hostname (default ``hubble.<gateway domain>``).
    :param dashboards: dashboards to import, from grafana.com (:class:`GrafanaComDashboard`) or
        from the chart's ConfigMaps (:class:`ConfigMapDashboard`, such as
        :data:`CILIUM_CHART_DASHBOARDS`, which need ``dashboards``/``operator_dashboards`` in
        the values) (default ``None``: with ``service_monitors``,
        :data:`DEFAULT_CILIUM_DASHBOARDS` plus :data:`DEFAULT_HUBBLE_DASHBOARDS` when Hubble
        exports metrics, otherwise none).
    :param grafana_instance_labels: labels of the Grafana instances that take the dashboards
        (default ``{"dashboards": "grafana"}``).
    :param release: :class:`~.flux.ReleaseSettings` of the release: chart source, intervals,
        remediation, more values (merged last) (default ``None``: an ``OCIRepository`` and a
        ``HelmRelease`` reconciled every ``1h``, nothing else written).
    """

    RECOMMENDED = RECOMMENDED_RELEASE


    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        values: CiliumValues = CiliumValues(),  # noqa: B008  (frozen: one shared default is safe)
        name: str = "cilium",
        namespace: str | Namespace = "kube-system",
        chart_version: str = CILIUM_CHART_VERSION,
        gateway: Optional[Union["HomelabGateway", str]] = None,
        hubble_hostname: Optional[str] = None,
        dashboards: Optional[Sequence[Dashboard]] = None,
        grafana_instance_labels: Optional[Mapping[str, str]] = None,
        release: Optional[ReleaseSettings] = None,
    ) -> None:
        super().__init__(scope, id)
        namespace = cast(str, namespace_name(namespace))  # a Namespace stands for its name
        found = None if gateway is None else resolve_gateway(self, gateway, "gateway", _GATEWAY_FIX)
        platform = self._validate(values, name, namespace, chart_version, found, hubble_hostname)
        self.dashboards = self._pick_dashboards(dashboards)
        check_instance_labels(self, grafana_instance_labels)
        self.source, self.release = chart_release(
            self, name=self.name, namespace=self.namespace, url=CILIUM_CHART_URL, version=chart_version,
            values=self.helm_values, release=release)
        self.hubble_route = self._route_hubble_ui(found, hubble_hostname)
        grafana_dashboards(self, self.dashboards, namespace=self.namespace, instance_labels=grafana_instance_labels)
        platform.releases.append(self)

    # -- validate

    def _validate(self, values: CiliumValues, name: str, namespace: str, chart_version: str,
                  gateway: Optional["HomelabGateway"], hubble_hostname: Optional[str]) -> _Platform:
        """Check the props before anything is built: sets ``name``, ``namespace``, ``values`` and
        ``helm_values`` (the values, validated); returns the app's Cilium registry."""
        self.name, self.namespace = check_release_identity(self, name, namespace, chart_version)
        if not isinstance(values, CiliumValues):
            raise fail(self, "values are not CiliumValues", shown(values),
                       "build them with CiliumValues(...) or a profile such as CiliumValues.performance_profile(...)")
        self.values = values
        self.helm_values = values.helm_values(self)
        platform = _platform(self)
        if platform.releases:
            raise fail(self, "Cilium is released twice in the app", self.name,
                       f"{platform.releases[0].node.path} already installs it; keep one CiliumRelease")
        hubble = values.hubble
        if gateway is not None:
            if hubble is None or not hubble.ui or not hubble.enabled:
                raise fail(self, "a Hubble UI route is asked for, but the Hubble UI is off",
                           (hubble.ui and hubble.enabled) if hubble else None,
                           "set hubble=Hubble(ui=True) (with the relay), or drop gateway")
        elif hubble_hostname is not None:
            raise fail(self, "Hubble hostname given without a gateway", hubble_hostname,
                       "pass gateway=<the HomelabGateway that serves it>")
        if hubble_hostname is not None and not is_dns_name(hubble_hostname):
            raise fail(self, "Hubble hostname is not a DNS name", hubble_hostname,
                       "write a name such as 'hubble.homelab.local', or None for hubble.<gateway domain>")
        return platform

    def _pick_dashboards(self, dashboards: Optional[Sequence[Dashboard]]) -> tuple[Dashboard, ...]:
        """The dashboards asked for, or the defaults for the values' monitoring; checked (a
        dashboard of the chart's ConfigMaps needs the values that write that ConfigMap)."""
        if dashboards is None:
            dashboards = ()
            if self.values.service_monitors is not None:
                hubble = self.values.hubble
                hubble_dashboards = DEFAULT_HUBBLE_DASHBOARDS if hubble and hubble.enabled and hubble.metrics else ()
                dashboards = DEFAULT_CILIUM_DASHBOARDS + hubble_dashboards
        check_dashboards(self, dashboards)
        for d in dashboards:
            if not isinstance(d, ConfigMapDashboard):
                continue
            option = _CHART_CONFIG_MAPS.get(d.config_map)
            if option is not None and getattr(self.values, option) is None:
                raise fail(self, f"dashboard {d.name} reads the chart's ConfigMap {d.config_map}, which the values do "
                                 "not write", d.config_map,
                           f"set {option}=ChartDashboards(...) in the CiliumValues, or drop the dashboard")
        return tuple(dashboards)

    # -- build

    def _route_hubble_ui(self, gateway: Optional["HomelabGateway"],
                         hostname: Optional[str]) -> Optional[AppRoute]:
        """The Hubble UI's route on ``gateway`` (and its isolation policy); ``None`` without a gateway."""
        if gateway is None:
            return None
        route = AppRoute(
            self, "HubbleRoute", name="hubble", namespace=self.namespace, gateway=gateway, port=80,
            service_name=HUBBLE_UI_SERVICE, hostname=hostname if hostname is not None else f"hubble.{gateway.domain}")
        waive(self, "isolation", namespace=self.namespace,
              reason=f"{self.namespace} holds the cluster's own components; the Hubble UI pods are isolated by "
                     f"policy {HUBBLE_UI_SERVICE}")
        self._isolate_hubble_ui(gateway)
        return route

    def _isolate_hubble_ui(self, gateway: "HomelabGateway") -> None:
        """Default deny for the routed Hubble UI pods: in from the gateway on the UI's port,
        out to Hubble Relay, kube-dns and the API server only."""
        r = PolicyRules("Spec")
        if gateway.gateway_class == "cilium":
            ingress = r.ingress(entities=["ingress"], ports=[HUBBLE_UI_PORT])
        else:
            ingress = r.ingress(endpoints=[{**proxy_labels(gateway), NAMESPACE_LABEL: gateway.namespace}],
                                ports=[HUBBLE_UI_PORT])
        cilium.CiliumNetworkPolicy(
            self, "HubbleUiPolicy",
            metadata=ApiObjectMetadata(name=HUBBLE_UI_SERVICE, namespace=self.namespace),
            spec=r.spec(
                description=f"Hubble UI (routed on {gateway.name}): default deny; the gateway may reach port "
                            f"{HUBBLE_UI_PORT}; it may reach Hubble Relay, kube-dns and the API server.",
                selector={"k8s-app": HUBBLE_UI_SERVICE}, default_deny=True,
                ingress=[ingress],
                egress=[r.egress(endpoints=[{"k8s-app": "hubble-relay"}], ports=[HUBBLE_RELAY_PORT]),
                        r.egress(endpoints=[KUBE_DNS], ports=[53], protocols=("UDP", "TCP")),
                        r.egress(entities=["kube-apiserver"], ports=[443, 6443])]),
        )


__all__ = [
    "CILIUM_CHART_DASHBOARDS", "CILIUM_CHART_URL", "CILIUM_CHART_VERSION", "DEFAULT_CILIUM_DASHBOARDS",
    "DEFAULT_HUBBLE_DASHBOARDS", "HUBBLE_METRICS", "PERFORMANCE_HUBBLE_METRICS", "ChartDashboards", "CiliumRelease",
    "CiliumValues", "ClientRateLimit", "ConfigMapDashboard", "Hubble", "LoadBalancing", "ServiceMonitors",
    "helm_set_flags", "values_yaml",
]
