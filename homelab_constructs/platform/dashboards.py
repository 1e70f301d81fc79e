"""Grafana dashboards from grafana.com, imported by the Grafana Operator (``GrafanaDashboard``,
grafana.integreatly.org/v1beta1). Shared by the Envoy profile and the Cilium release."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Optional, Sequence

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_grafana.org.integreatly import grafana

from .._validation import check_dns_label, check_labels, fail

#: Labels of the Grafana instances that take the dashboards, unless told otherwise.
DEFAULT_GRAFANA_INSTANCE_LABELS: Mapping[str, str] = {"dashboards": "grafana"}


@dataclass(frozen=True)
class GrafanaComDashboard:
    """A dashboard the Grafana Operator imports from grafana.com.

    :param name: the GrafanaDashboard's name.
    :param id: the grafana.com dashboard id.
    :param revision: the pinned revision.
    :param input_name: the dashboard's datasource input (default ``DS_PROMETHEUS``).
    """

    name: str
    id: int
    revision: int
    input_name: str = "DS_PROMETHEUS"


#: a dashboard's datasource input, as grafana.com exports name them (``DS_PROMETHEUS``)
_INPUT_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def check_dashboards(scope: constructs.Construct, dashboards: Sequence[GrafanaComDashboard]) -> None:
    """A list of :class:`GrafanaComDashboard`: each one's name is a DNS label, used once; ids
    and revisions are positive; the datasource input is a name such as ``DS_PROMETHEUS``."""
    if isinstance(dashboards, (str, GrafanaComDashboard)) or not isinstance(dashboards, (list, tuple)):
        raise fail(scope, "dashboards are not a list of GrafanaComDashboards", dashboards,
                   "pass a list such as [GrafanaComDashboard('cilium-agent', 16611, 1)], or [] for none")
    seen: set[str] = set()
    for d in dashboards:
        if not isinstance(d, GrafanaComDashboard):
            raise fail(scope, "dashboard is not a GrafanaComDashboard", d,
                       "write GrafanaComDashboard(name, grafana.com id, revision)")
        check_dns_label(scope, d.name, "dashboard name")
        if d.name in seen:
            raise fail(scope, "dashboard name is used twice", d.name, "give each dashboard its own name")
        seen.add(d.name)
        for value, what in ((d.id, "grafana.com dashboard id"), (d.revision, "dashboard revision")):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise fail(scope, f"{what} must be a positive integer", value,
                           "copy it from the dashboard's grafana.com page and pin the revision")
        if not isinstance(d.input_name, str) or not _INPUT_NAME.fullmatch(d.input_name):
            raise fail(scope, "dashboard datasource input is not an input name", d.input_name,
                       "copy it from the dashboard's JSON (__inputs), such as 'DS_PROMETHEUS'")


def check_instance_labels(scope: constructs.Construct, labels: object) -> Mapping[str, str]:
    """The labels of the Grafana instances that take the dashboards (``None``: the default,
    :data:`DEFAULT_GRAFANA_INSTANCE_LABELS`)."""
    if labels is None:
        return DEFAULT_GRAFANA_INSTANCE_LABELS
    return check_labels(scope, labels, "Grafana instance labels",
                        "select the Grafana instances by labels such as {'dashboards': 'grafana'}, or pass None for "
                        "the default")


def grafana_dashboards(
    scope: constructs.Construct,
    dashboards: Sequence[GrafanaComDashboard],
    *,
    namespace: str,
    instance_labels: Optional[Mapping[str, str]] = None,
) -> list[grafana.GrafanaDashboard]:
    """One ``GrafanaDashboard`` per dashboard (construct id ``Dashboard-<name>``) in ``namespace``,
    imported by the Grafana instances labelled ``instance_labels`` (default
    :data:`DEFAULT_GRAFANA_INSTANCE_LABELS`) from any namespace, with Prometheus as the
    dashboard's datasource input. Call :func:`check_dashboards` and :func:`check_instance_labels`
    first."""
    labels = dict(check_instance_labels(scope, instance_labels))
    return [
        grafana.GrafanaDashboard(
            scope, f"Dashboard-{d.name}",
            metadata=ApiObjectMetadata(name=d.name, namespace=namespace),
            spec=grafana.GrafanaDashboardSpec(
                instance_selector=grafana.GrafanaDashboardSpecInstanceSelector(match_labels=labels),
                allow_cross_namespace_import=True,
                grafana_com=grafana.GrafanaDashboardSpecGrafanaCom(id=d.id, revision=d.revision),
                datasources=[grafana.GrafanaDashboardSpecDatasources(
                    datasource_name="prometheus", input_name=d.input_name)],
            ),
        )
        for d in dashboards
    ]
