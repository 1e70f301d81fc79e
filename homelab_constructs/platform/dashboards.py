"""Grafana dashboards from grafana.com, imported by the Grafana Operator (``GrafanaDashboard``,
grafana.integreatly.org/v1beta1). Shared by the Envoy profile and the Cilium release."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional, Sequence

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_grafana.org.integreatly import grafana

from .._validation import check_dns_label, fail

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


def check_dashboards(scope: constructs.Construct, dashboards: Sequence[GrafanaComDashboard]) -> None:
    """Each dashboard's name is a DNS label, used once; ids and revisions are positive."""
    seen: set[str] = set()
    for d in dashboards:
        check_dns_label(scope, d.name, "dashboard name")
        if d.name in seen:
            raise fail(scope, "dashboard name is used twice", d.name, "give each dashboard its own name")
        seen.add(d.name)
        for value, what in ((d.id, "grafana.com dashboard id"), (d.revision, "dashboard revision")):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise fail(scope, f"{what} must be a positive integer", value,
                           "copy it from the dashboard's grafana.com page and pin the revision")


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
    dashboard's datasource input. Call :func:`check_dashboards` first."""
    labels = dict(instance_labels or DEFAULT_GRAFANA_INSTANCE_LABELS)
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
