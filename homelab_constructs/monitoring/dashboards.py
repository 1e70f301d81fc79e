"""Grafana dashboards imported by the Grafana Operator (``GrafanaDashboard``,
grafana.integreatly.org/v1beta1): from grafana.com (:class:`GrafanaComDashboard`), from a
ConfigMap key in the dashboard's namespace, such as the ones a Helm chart writes
(:class:`ConfigMapDashboard`), or downloaded from a URL (:class:`GrafanaUrlDashboard`).

A dashboard value says what the dashboard is (its source, datasource input, folder and
labels); :class:`GrafanaDashboard` writes one, standing alone or for a release: the Envoy
profile, the Cilium release, ExternalDNS and the Cloudflare tunnel take dashboard values and
write them through :func:`grafana_dashboards`, the one place that builds them."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, Mapping, Optional, Sequence, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_grafana.org.integreatly import grafana

from .._base import HomelabConstruct
from .._validation import (
    DATA_KEY,
    FrozenDict,
    check_bool,
    check_dns_label,
    check_dns_subdomain,
    check_instance,
    check_labels,
    check_sequence,
    check_url,
    fail,
)

#: Labels of the Grafana instances that take the dashboards, unless told otherwise.
DEFAULT_GRAFANA_INSTANCE_LABELS: Mapping[str, str] = FrozenDict({"dashboards": "grafana"})


class _Shown:
    """The repr of a dashboard value: its source fields, then the optional ones that are set
    (so a dashboard reads as it was written)."""

    _OPTIONAL: ClassVar[tuple[str, ...]] = ("datasource_name", "folder", "labels")
    labels: Mapping[str, str]

    def __repr__(self) -> str:
        parts = [f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self)  # type: ignore[arg-type]
                 if f.name not in self._OPTIONAL or getattr(self, f.name) != f.default]
        return f"{type(self).__name__}({', '.join(parts)})"

    def __post_init__(self) -> None:
        labels = self.labels
        if isinstance(labels, Mapping) and not isinstance(labels, FrozenDict):
            object.__setattr__(self, "labels", FrozenDict(labels))  # frozen all the way down


@dataclass(frozen=True, repr=False)
class GrafanaComDashboard(_Shown):
    """A dashboard the Grafana Operator imports from grafana.com.

    :param name: the GrafanaDashboard's name.
    :param id: the grafana.com dashboard id.
    :param revision: the pinned revision (``None``: not written, the latest).
    :param input_name: the dashboard's datasource input, mapped to ``datasource_name``
        (default ``DS_PROMETHEUS``; ``None`` writes no datasource mapping).
    :param datasource_name: the Grafana datasource the input is mapped to (default ``prometheus``).
    :param folder: the Grafana folder (``spec.folder``; default ``None``: not written).
    :param labels: labels on the GrafanaDashboard (default none), such as the
        ``dashboards: grafana`` label many repositories put there.
    """

    name: str
    id: int
    revision: Optional[int]
    input_name: Optional[str] = "DS_PROMETHEUS"
    datasource_name: str = "prometheus"
    folder: Optional[str] = None
    labels: Mapping[str, str] = field(default=FrozenDict())


@dataclass(frozen=True, repr=False)
class ConfigMapDashboard(_Shown):
    """A dashboard the Grafana Operator reads from a ConfigMap key (``spec.configMapRef``), in
    the GrafanaDashboard's namespace; Cilium's chart writes ``cilium-dashboard`` and
    ``cilium-operator-dashboard`` (``CiliumValues(dashboards=..., operator_dashboards=...)``).

    :param name: the GrafanaDashboard's name.
    :param config_map: the ConfigMap's name.
    :param key: the key holding the dashboard JSON, such as ``cilium-dashboard.json``.
    :param input_name: the dashboard's datasource input (default ``DS_PROMETHEUS``; ``None``
        writes no datasource mapping).
    :param datasource_name: the Grafana datasource the input is mapped to (default ``prometheus``).
    :param folder: the Grafana folder (default ``None``: not written).
    :param labels: labels on the GrafanaDashboard (default none).
    """

    name: str
    config_map: str
    key: str
    input_name: Optional[str] = "DS_PROMETHEUS"
    datasource_name: str = "prometheus"
    folder: Optional[str] = None
    labels: Mapping[str, str] = field(default=FrozenDict())

    _OPTIONAL: ClassVar[tuple[str, ...]] = ("folder", "labels")  # its datasource name was always shown


@dataclass(frozen=True, repr=False)
class GrafanaUrlDashboard(_Shown):
    """A dashboard the Grafana Operator downloads from a URL (``spec.url``).

    :param name: the GrafanaDashboard's name.
    :param url: where the dashboard JSON is (http or https).
    :param input_name: the dashboard's datasource input, mapped to ``datasource_name``
        (default ``DS_PROMETHEUS``; ``None`` writes no datasource mapping).
    :param datasource_name: the Grafana datasource the input is mapped to (default ``prometheus``).
    :param folder: the Grafana folder (default ``None``: not written).
    :param labels: labels on the GrafanaDashboard (default none).
    """

    name: str
    url: str
    input_name: Optional[str] = "DS_PROMETHEUS"
    datasource_name: str = "prometheus"
    folder: Optional[str] = None
    labels: Mapping[str, str] = field(default=FrozenDict())

    @classmethod
    def grafana_com(cls, name: str, id: int, revision: int, input_name: Optional[str] = "DS_PROMETHEUS",
                    **more: Any) -> "GrafanaUrlDashboard":
        """The download URL of grafana.com dashboard ``id`` at ``revision``
        (``https://grafana.com/api/dashboards/<id>/revisions/<revision>/download``); ``more``:
        the other fields (``folder``, ``labels``, ``datasource_name``)."""
        return cls(name, f"https://grafana.com/api/dashboards/{id}/revisions/{revision}/download", input_name, **more)


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
    kind; ids and revisions are positive (a revision may be ``None``: the latest); ConfigMap
    names and keys are valid; URLs are http(s); the datasource input is a name such as
    ``DS_PROMETHEUS`` (or ``None``: no mapping) and the datasource is named; the folder is a
    non-empty string or ``None``; the labels are Kubernetes labels.

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
                if value is None and what == "dashboard revision":
                    continue  # not written: the latest revision
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
        if d.folder is not None and (not isinstance(d.folder, str) or not d.folder.strip()):
            raise fail(scope, f"dashboard {d.name}'s folder is not a non-empty string", d.folder,
                       "name the Grafana folder, such as 'Network', or None for Grafana's default")
        if not isinstance(d.labels, Mapping):
            raise fail(scope, f"dashboard {d.name}'s labels are not a mapping", d.labels,
                       "write labels such as {'dashboards': 'grafana'}, or leave them out")
        if d.labels:
            check_labels(scope, d.labels, f"dashboard {d.name}'s labels", "write labels such as {'dashboards': 'grafana'}")
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
    """The datasource input (``None``: no mapping) and the datasource's name."""
    if d.input_name is None:
        return
    if not isinstance(d.input_name, str) or not _INPUT_NAME.fullmatch(d.input_name):
        raise fail(scope, "dashboard datasource input is not an input name", d.input_name,
                   "copy it from the dashboard's JSON (__inputs), such as 'DS_PROMETHEUS', or None for none")
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


class GrafanaDashboard(HomelabConstruct):
    """One ``GrafanaDashboard`` (grafana.integreatly.org/v1beta1) the Grafana Operator imports:
    ``dashboard`` says what it is (grafana.com id and revision, a URL or a ConfigMap key; its
    datasource mapping, folder and labels), the props say where it lives and which Grafana
    instances take it::

        GrafanaDashboard(chart, "NodeExporter", namespace="monitoring",
                         dashboard=GrafanaComDashboard("node-exporter", 1860, 37, folder="Nodes"),
                         instance_labels={"dashboards": "grafana"})

    :param dashboard: a :class:`GrafanaComDashboard`, :class:`GrafanaUrlDashboard` or
        :class:`ConfigMapDashboard` (its name is the object's).
    :param namespace: the GrafanaDashboard's namespace.
    :param instance_labels: ``instanceSelector.matchLabels``: the labels of the Grafana
        instances that import it (default ``None``: an empty selector, which the CRD requires,
        selecting every instance).
    :param allow_cross_namespace_import: ``allowCrossNamespaceImport``: let Grafana instances
        of other namespaces import it (default ``None``: not written, the operator's ``false``).

    :attr:`RECOMMENDED` (``GrafanaDashboard.recommended(...)``; what the release constructs
    write for their dashboards) writes exactly ``instanceSelector.matchLabels: {dashboards:
    grafana}`` (``instance_labels=DEFAULT_GRAFANA_INSTANCE_LABELS``) and
    ``allowCrossNamespaceImport: true``. The object is :attr:`resource`.
    """

    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(instance_labels=DEFAULT_GRAFANA_INSTANCE_LABELS,
                                                          allow_cross_namespace_import=True)

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        dashboard: Dashboard,
        namespace: str,
        instance_labels: Optional[Mapping[str, str]] = None,
        allow_cross_namespace_import: Optional[bool] = None,
    ) -> None:
        super().__init__(scope, id)
        check_instance(self, dashboard, tuple(_WRITE), "dashboard", "write " + " or ".join(_WRITE.values()))
        (self.dashboard,) = check_dashboards(self, (dashboard,))
        self.namespace = check_dns_label(self, namespace, "namespace")
        labels = (check_labels(self, instance_labels, "Grafana instance labels",
                               "select the Grafana instances by labels such as {'dashboards': 'grafana'}, or pass "
                               "None for every instance")
                  if instance_labels is not None else None)
        if allow_cross_namespace_import is not None:
            check_bool(self, allow_cross_namespace_import, "allow_cross_namespace_import",
                       "write True, False, or None for the operator's default")
        d = self.dashboard
        #: the GrafanaDashboard
        self.resource = grafana.GrafanaDashboard(
            self, "Resource",
            metadata=ApiObjectMetadata(name=d.name, namespace=self.namespace, labels=dict(d.labels) or None),
            spec=grafana.GrafanaDashboardSpec(
                instance_selector=grafana.GrafanaDashboardSpecInstanceSelector(match_labels=labels),
                allow_cross_namespace_import=allow_cross_namespace_import,
                folder=d.folder,
                grafana_com=(grafana.GrafanaDashboardSpecGrafanaCom(id=d.id, revision=d.revision)
                             if isinstance(d, GrafanaComDashboard) else None),
                config_map_ref=(grafana.GrafanaDashboardSpecConfigMapRef(name=d.config_map, key=d.key)
                                if isinstance(d, ConfigMapDashboard) else None),
                url=d.url if isinstance(d, GrafanaUrlDashboard) else None,
                datasources=[grafana.GrafanaDashboardSpecDatasources(
                    datasource_name=d.datasource_name, input_name=d.input_name)] if d.input_name is not None else None,
            ),
        )


def grafana_dashboards(
    scope: constructs.Construct,
    dashboards: Sequence[Dashboard],
    *,
    namespace: str,
    instance_labels: Optional[Mapping[str, str]] = None,
) -> list[grafana.GrafanaDashboard]:
    """One :class:`GrafanaDashboard` per dashboard (construct id ``Dashboard-<name>``) in
    ``namespace``, as :attr:`GrafanaDashboard.RECOMMENDED` writes it: imported by the Grafana
    instances labelled ``instance_labels`` (default :data:`DEFAULT_GRAFANA_INSTANCE_LABELS`)
    from any namespace (``allowCrossNamespaceImport``). Returns the objects.
    Call :func:`check_dashboards` and :func:`check_instance_labels` first."""
    labels = check_instance_labels(scope, instance_labels)
    return [GrafanaDashboard(scope, f"Dashboard-{d.name}", dashboard=d, namespace=namespace, instance_labels=labels,
                             allow_cross_namespace_import=True).resource
            for d in dashboards]
