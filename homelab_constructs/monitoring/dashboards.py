"""Grafana dashboards imported by the Grafana Operator (``GrafanaDashboard``,
grafana.integreatly.org/v1beta1): from grafana.com (:class:`GrafanaComDashboard`), from a
ConfigMap key in the dashboard's namespace, such as the ones a Helm chart writes
(:class:`ConfigMapDashboard`), or downloaded from a URL (:class:`GrafanaUrlDashboard`).
The one place that builds them: shared by the Envoy profile, the Cilium release, ExternalDNS
and the Cloudflare tunnel."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Optional, Sequence, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_grafana.org.integreatly import grafana

from .._validation import (
    DATA_KEY,
    check_dns_label,
    check_dns_subdomain,
    check_instance,
    check_labels,
    check_sequence,
    check_url,
    fail,
)

#: Labels of the Grafana instances that take the dashboards, unless told otherwise.
DEFAULT_GRAFANA_INSTANCE_LABELS: Mapping[str, str] = {"dashboards": "grafana"}


@dataclass(frozen=True)
class GrafanaComDashboard:
    """A dashboard the Grafana Operator imports from grafana.com.

    :param name: the GrafanaDashboard's name.
    :param id: the grafana.com dashboard id.
    :param revision: the pinned revision.
    :param input_name: the dashboard's datasource input, mapped to the ``prometheus``
        datasource (default ``DS_PROMETHEUS``).
    """

    name: str
    id: int
    revision: int
    input_name: str = "DS_PROMETHEUS"

    #: the Grafana datasource the input is mapped to
    datasource_name = "prometheus"


@dataclass(frozen=True)
class ConfigMapDashboard:
    """A dashboard the Grafana Operator reads from a ConfigMap key (``spec.configMapRef``), in
    the GrafanaDashboard's namespace; Cilium's chart writes ``cilium-dashboard`` and
    ``cilium-operator-dashboard`` (``CiliumValues(dashboards=..., operator_dashboards=...)``).

    :param name: the GrafanaDashboard's name.
    :param config_map: the ConfigMap's name.
    :param key: the key holding the dashboard JSON, such as ``cilium-dashboard.json``.
    :param input_name: the dashboard's datasource input (default ``DS_PROMETHEUS``).
    :param datasource_name: the Grafana datasource the input is mapped to (default ``prometheus``).
    """

    name: str
    config_map: str
    key: str
    input_name: str = "DS_PROMETHEUS"
    datasource_name: str = "prometheus"


@dataclass(frozen=True)
class GrafanaUrlDashboard:
    """A dashboard the Grafana Operator downloads from a URL (``spec.url``).

    :param name: the GrafanaDashboard's name.
    :param url: where the dashboard JSON is (http or https).
    :param input_name: the dashboard's datasource input, mapped to the ``prometheus``
        datasource (default ``DS_PROMETHEUS``; ``None`` writes no datasource mapping).
    """

    name: str
    url: str
    input_name: Optional[str] = "DS_PROMETHEUS"

    #: the Grafana datasource the input is mapped to
    datasource_name = "prometheus"

    @classmethod
    def grafana_com(cls, name: str, id: int, revision: int, input_name: Optional[str] = "DS_PROMETHEUS",
                    ) -> "GrafanaUrlDashboard":
        """The download URL of grafana.com dashboard ``id`` at ``revision``
        (``https://grafana.com/api/dashboards/<id>/revisions/<revision>/download``)."""
        return cls(name, f"https://grafana.com/api/dashboards/{id}/revisions/{revision}/download", input_name)


#: a dashboard the Grafana Operator imports
Dashboard = Union[GrafanaComDashboard, ConfigMapDashboard, GrafanaUrlDashboard]
#: how each kind of dashboard is written, for the errors
_WRITE = {GrafanaComDashboard: "GrafanaComDashboard(name, grafana.com id, revision)",
          ConfigMapDashboard: "ConfigMapDashboard(name, config_map, key)",
          GrafanaUrlDashboard: "GrafanaUrlDashboard(name, url)"}


#: a dashboard's datasource input, as grafana.com exports name them (``DS_PROMETHEUS``)
_INPUT_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def check_dashboards(scope: constructs.Construct, dashboards: object, *,
                     kinds: Optional[tuple[type, ...]] = None) -> tuple[Dashboard, ...]:
    """A list of dashboards, as a tuple: each one's name is a DNS label, used once across every
    kind; ids and revisions are positive; ConfigMap names and keys are valid; URLs are http(s);
    the datasource input is a name such as ``DS_PROMETHEUS`` (or ``None`` for a URL dashboard:
    no mapping) and the datasource is named.

    :param kinds: the dashboard classes the caller takes, named in the errors (default any of
        :class:`GrafanaComDashboard`, :class:`ConfigMapDashboard` and :class:`GrafanaUrlDashboard`,
        the errors suggesting a ``GrafanaComDashboard``).
    """
    items = _check_kinds(scope, dashboards, kinds)
    seen: set[str] = set()
    for d in items:
        check_dns_label(scope, d.name, "dashboard name")
        if d.name in seen:
            raise fail(scope, "dashboard name is used twice", d.name, "give each dashboard its own name")
        seen.add(d.name)
        if isinstance(d, GrafanaComDashboard):
            for value, what in ((d.id, "grafana.com dashboard id"), (d.revision, "dashboard revision")):
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise fail(scope, f"{what} must be a positive integer", value,
                               "copy it from the dashboard's grafana.com page and pin the revision")
        elif isinstance(d, ConfigMapDashboard):
            check_dns_subdomain(scope, d.config_map, "dashboard ConfigMap name")
            if not isinstance(d.key, str) or not DATA_KEY.match(d.key):
                raise fail(scope, "dashboard ConfigMap key is not a ConfigMap key", d.key,
                           "use letters, digits, '-', '_' or '.', such as 'cilium-dashboard.json'")
        else:
            check_url(scope, d.url, "dashboard URL",
                      fix="write a URL such as 'https://grafana.com/api/dashboards/24459/revisions/3/download'")
        _check_datasource(scope, d)
    return items


def _check_kinds(scope: constructs.Construct, dashboards: object,
                 kinds: Optional[tuple[type, ...]]) -> tuple[Dashboard, ...]:
    """``dashboards`` as a tuple of instances of ``kinds`` (``None``: any kind)."""
    if kinds is not None:
        items = check_sequence(scope, dashboards, "dashboards", example=[GrafanaComDashboard("envoy", 23239, 1)])
        for d in items:
            check_instance(scope, d, kinds, "dashboard", "write " + " or ".join(_WRITE[k] for k in kinds))
        return items
    if isinstance(dashboards, (str, *_WRITE)) or not isinstance(dashboards, (list, tuple)):
        raise fail(scope, "dashboards are not a list of GrafanaComDashboards", dashboards,
                   "pass a list such as [GrafanaComDashboard('cilium-agent', 16611, 1)], or [] for none")
    for d in dashboards:
        if not isinstance(d, tuple(_WRITE)):
            raise fail(scope, "dashboard is not a GrafanaComDashboard", d,
                       "write GrafanaComDashboard(name, grafana.com id, revision)")
    return tuple(dashboards)


def _check_datasource(scope: constructs.Construct, d: Dashboard) -> None:
    """The datasource input (``None`` only for a URL dashboard) and the datasource's name."""
    if isinstance(d, GrafanaUrlDashboard) and d.input_name is None:
        return
    if not isinstance(d.input_name, str) or not _INPUT_NAME.fullmatch(d.input_name):
        none = ", or None for none" if isinstance(d, GrafanaUrlDashboard) else ""
        raise fail(scope, "dashboard datasource input is not an input name", d.input_name,
                   f"copy it from the dashboard's JSON (__inputs), such as 'DS_PROMETHEUS'{none}")
    if not isinstance(d.datasource_name, str) or not d.datasource_name.strip():
        raise fail(scope, "dashboard datasource name is not a non-empty string", d.datasource_name,
                   "name the Grafana datasource the input maps to, such as 'prometheus'")


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
    dashboards: Sequence[Dashboard],
    *,
    namespace: str,
    instance_labels: Optional[Mapping[str, str]] = None,
) -> list[grafana.GrafanaDashboard]:
    """One ``GrafanaDashboard`` per dashboard (construct id ``Dashboard-<name>``) in ``namespace``,
    imported by the Grafana instances labelled ``instance_labels`` (default
    :data:`DEFAULT_GRAFANA_INSTANCE_LABELS`) from any namespace (``allowCrossNamespaceImport``),
    from grafana.com, a ConfigMap or a URL, with the datasource input mapped to its datasource
    (none for a URL dashboard whose ``input_name`` is ``None``).
    Call :func:`check_dashboards` and :func:`check_instance_labels` first."""
    labels = dict(check_instance_labels(scope, instance_labels))
    return [
        grafana.GrafanaDashboard(
            scope, f"Dashboard-{d.name}",
            metadata=ApiObjectMetadata(name=d.name, namespace=namespace),
            spec=grafana.GrafanaDashboardSpec(
                instance_selector=grafana.GrafanaDashboardSpecInstanceSelector(match_labels=labels),
                allow_cross_namespace_import=True,
                grafana_com=(grafana.GrafanaDashboardSpecGrafanaCom(id=d.id, revision=d.revision)
                             if isinstance(d, GrafanaComDashboard) else None),
                config_map_ref=(grafana.GrafanaDashboardSpecConfigMapRef(name=d.config_map, key=d.key)
                                if isinstance(d, ConfigMapDashboard) else None),
                url=d.url if isinstance(d, GrafanaUrlDashboard) else None,
                datasources=[grafana.GrafanaDashboardSpecDatasources(
                    datasource_name=d.datasource_name, input_name=d.input_name)] if d.input_name is not None else None,
            ),
        )
        for d in dashboards
    ]
