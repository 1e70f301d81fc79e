"""Envoy Gateway: monitoring. :class:`EnvoyMonitoring` is the Prometheus Operator monitors of an
:class:`~homelab_constructs.gateway.envoy.EnvoyProfile` (a PodMonitor for the proxies, a
ServiceMonitor for the controller), which it writes with :meth:`EnvoyMonitoring.monitors`;
:data:`DEFAULT_ENVOY_DASHBOARDS` is the Grafana dashboards of the profile's recommended preset.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Mapping, Optional, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_monitoring.com.coreos import monitoring

from .._names import APP_NAME_LABEL
from .._validation import check_bool, check_dns_subdomain, check_instance, check_label_key, check_labels, fail
from ..monitoring.dashboards import GrafanaComDashboard, GrafanaUrlDashboard

#: The Envoy dashboards of the profile's recommended preset (Envoy proxy, Envoy Gateway overview, upstream, downstream).
DEFAULT_ENVOY_DASHBOARDS: tuple[GrafanaComDashboard, ...] = (
    GrafanaComDashboard("envoy-proxy", 23239, 1, "DS_AFRANET_PROMETHEUS"),
    GrafanaComDashboard("envoy-overview", 24459, 3),
    GrafanaComDashboard("envoy-upstream", 24457, 4),
    GrafanaComDashboard("envoy-downstream", 24458, 3),
)

#: the dashboards the profile takes
EnvoyDashboard = Union[GrafanaComDashboard, GrafanaUrlDashboard]


#: the labels of Envoy Gateway's proxy pods, and of its controller's Service
PROXY_POD_LABELS: Mapping[str, str] = {"app.kubernetes.io/component": "proxy", APP_NAME_LABEL: "envoy"}
CONTROLLER_SERVICE_LABELS: Mapping[str, str] = {"control-plane": "envoy-gateway"}


@dataclass(frozen=True)
class EnvoyMonitoring:
    """The Prometheus Operator monitors of the profile: a PodMonitor for the proxies
    (``/stats/prometheus``) and a ServiceMonitor for the controller (``/metrics``). A field left
    at its default writes nothing beyond what each monitor needs (its selector and endpoint);
    :meth:`recommended` is the library's preset.

    :param pod_monitor: write the PodMonitor (default ``True``).
    :param pod_monitor_name: its name (default ``envoy-proxy``).
    :param pod_job_label: its ``jobLabel`` (default ``None``: none).
    :param pod_namespace_selector: write a ``namespaceSelector`` of the profile's namespace
        (default ``False``: none, which is the monitor's own namespace all the same).
    :param proxy_labels: the proxy pods' labels (default :data:`PROXY_POD_LABELS`).
    :param service_monitor: write the ServiceMonitor (default ``True``).
    :param service_monitor_name: its name (default ``envoy-gateway``).
    :param service_job_label: its ``jobLabel`` (default ``None``: none).
    :param service_namespace_selector: write a ``namespaceSelector`` of the profile's namespace
        (default ``False``: none).
    :param controller_labels: the controller Service's labels (default :data:`CONTROLLER_SERVICE_LABELS`).
    :param port: the scraped port's name on both (default ``metrics``).
    :param honor_labels: keep the scraped series' own labels on conflict, ``honorLabels: true``
        (default ``False``: not written, Prometheus' default).
    """

    pod_monitor: bool = True
    pod_monitor_name: str = "envoy-proxy"
    pod_job_label: Optional[str] = None
    pod_namespace_selector: bool = False
    proxy_labels: Mapping[str, str] = field(default_factory=lambda: dict(PROXY_POD_LABELS))
    service_monitor: bool = True
    service_monitor_name: str = "envoy-gateway"
    service_job_label: Optional[str] = None
    service_namespace_selector: bool = False
    controller_labels: Mapping[str, str] = field(default_factory=lambda: dict(CONTROLLER_SERVICE_LABELS))
    port: str = "metrics"
    honor_labels: bool = False

    @classmethod
    def recommended(cls, **changes: Any) -> "EnvoyMonitoring":
        """Both monitors as the library writes them, with ``changes`` over them: besides each
        monitor's selector and endpoint, exactly ``jobLabel`` (``envoy-proxy``, ``envoy-gateway``),
        a ``namespaceSelector`` of the profile's namespace, and ``honorLabels: true`` on each endpoint."""
        return replace(cls(pod_job_label="envoy-proxy", pod_namespace_selector=True, service_job_label="envoy-gateway",
                           service_namespace_selector=True, honor_labels=True), **changes)

    def validate(self, scope: constructs.Construct) -> None:
        for value, what in ((self.pod_monitor, "pod_monitor"), (self.pod_namespace_selector, "pod_namespace_selector"),
                            (self.service_monitor, "service_monitor"),
                            (self.service_namespace_selector, "service_namespace_selector"),
                            (self.honor_labels, "honor_labels")):
            check_bool(scope, value, f"monitoring {what}")
        check_dns_subdomain(scope, self.pod_monitor_name, "PodMonitor name")
        check_dns_subdomain(scope, self.service_monitor_name, "ServiceMonitor name")
        for label, what in ((self.pod_job_label, "PodMonitor job label"),
                            (self.service_job_label, "ServiceMonitor job label")):
            if label is not None:
                check_label_key(scope, label, what, "write a label name such as 'envoy-proxy', or None for none")
        check_labels(scope, self.proxy_labels, "proxy pod labels",
                     "write the proxy pods' labels, such as {'app.kubernetes.io/name': 'envoy'}")
        check_labels(scope, self.controller_labels, "controller Service labels",
                     "write the controller Service's labels, such as {'control-plane': 'envoy-gateway'}")
        if not isinstance(self.port, str) or not _PORT_NAME.fullmatch(self.port):
            raise fail(scope, "monitoring port is not a port name", self.port,
                       "write the container/Service port's name, such as 'metrics'")

    def monitors(self, scope: constructs.Construct, namespace: str) -> None:
        """The PodMonitor and the ServiceMonitor (each when on) in ``namespace``, under ``scope``."""
        if self.pod_monitor:
            _monitor(
                scope, namespace, monitoring.PodMonitor, monitoring.PodMonitorSpec,
                monitoring.PodMonitorSpecNamespaceSelector, monitoring.PodMonitorSpecSelector, self.pod_monitor_name,
                self.pod_job_label, self.pod_namespace_selector, self.proxy_labels,
                pod_metrics_endpoints=[monitoring.PodMonitorSpecPodMetricsEndpoints(
                    port=self.port, path="/stats/prometheus", honor_labels=self.honor_labels or None)])
        if self.service_monitor:
            _monitor(
                scope, namespace, monitoring.ServiceMonitor, monitoring.ServiceMonitorSpec,
                monitoring.ServiceMonitorSpecNamespaceSelector, monitoring.ServiceMonitorSpecSelector,
                self.service_monitor_name, self.service_job_label, self.service_namespace_selector,
                self.controller_labels, endpoints=[monitoring.ServiceMonitorSpecEndpoints(
                    port=self.port, path="/metrics", honor_labels=self.honor_labels or None)])


_PORT_NAME = re.compile(r"^(?=.{1,15}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$")


def _monitor(scope: constructs.Construct, namespace: str, kind: Any, spec: Any, namespace_selector: Any,
             selector: Any, name: str, job_label: Optional[str], namespaced: bool, labels: Mapping[str, str],
             **endpoints: Any) -> None:
    """A PodMonitor or ServiceMonitor (``kind`` and its spec's binding classes; construct id under
    ``scope``: the kind's name) selecting ``labels``, in ``namespace`` only when ``namespaced``."""
    kind(scope, kind.__name__, metadata=ApiObjectMetadata(name=name, namespace=namespace), spec=spec(
        job_label=job_label,
        namespace_selector=namespace_selector(match_names=[namespace]) if namespaced else None,
        selector=selector(match_labels=dict(labels)), **endpoints))


def check_monitoring(scope: constructs.Construct, given: object) -> Optional[EnvoyMonitoring]:
    """The profile's ``monitoring`` prop checked: ``None`` for no monitors, or an :class:`EnvoyMonitoring`."""
    check_instance(scope, given, EnvoyMonitoring, "monitoring",
                   "write EnvoyMonitoring.recommended() or EnvoyMonitoring(...), or None for no monitors", optional=True)
    if given is not None:
        assert isinstance(given, EnvoyMonitoring)
        given.validate(scope)
    return given  # type: ignore[return-value]
