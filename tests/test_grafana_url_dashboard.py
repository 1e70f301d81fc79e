"""GrafanaUrlDashboard lives with the other dashboards (platform/dashboards.py): one builder."""
import homelab_constructs
from homelab_constructs.monitoring import dashboards
from homelab_constructs.monitoring.dashboards import (
    GrafanaComDashboard,
    GrafanaUrlDashboard,
    check_dashboards,
    grafana_dashboards,
)

import cdk8s
import pytest

from tests.conftest import synth_app

URL = "https://grafana.com/api/dashboards/24459/revisions/3/download"


def test_one_class_behind_every_import_path():
    from homelab_constructs import GrafanaUrlDashboard as from_gateway
    from homelab_constructs.gateway.envoy import GrafanaUrlDashboard as from_envoy

    assert from_gateway is from_envoy is homelab_constructs.GrafanaUrlDashboard is dashboards.GrafanaUrlDashboard


def test_grafana_com_download_url():
    assert GrafanaUrlDashboard.grafana_com("overview", 24459, 3) == GrafanaUrlDashboard("overview", URL)


def test_url_dashboards_written_in_order(tmp_path):
    def build(app):
        chart = cdk8s.Chart(app, "c")
        items = check_dashboards(chart, [GrafanaUrlDashboard("plain", URL, None), GrafanaComDashboard("com", 1, 2),
                                         GrafanaUrlDashboard("mapped", URL, "DS_PROM")])
        grafana_dashboards(chart, items, namespace="monitoring", instance_labels={"grafana": "main"})

    objects = synth_app(build, tmp_path).kinds("GrafanaDashboard")
    assert [o["metadata"]["name"] for o in objects] == ["plain", "com", "mapped"]
    plain, com, mapped = (o["spec"] for o in objects)
    assert plain == {"allowCrossNamespaceImport": True, "instanceSelector": {"matchLabels": {"grafana": "main"}},
                     "url": URL}
    assert mapped["url"] == URL and "grafanaCom" not in mapped
    assert mapped["datasources"] == [{"datasourceName": "prometheus", "inputName": "DS_PROM"}]
    assert com["grafanaCom"] == {"id": 1, "revision": 2} and "url" not in com


@pytest.mark.parametrize("value, kinds, message", [
    ([GrafanaUrlDashboard("a", "ftp://x.example/d.json")], None,
     "dashboard URL is not an http(s) URL (got 'ftp://x.example/d.json'); write a URL such as "
     "'https://grafana.com/api/dashboards/24459/revisions/3/download'"),
    ([GrafanaUrlDashboard("a", URL, "DS PROM")], None,
     "dashboard datasource input is not an input name (got 'DS PROM'); copy it from the dashboard's JSON "
     "(__inputs), such as 'DS_PROMETHEUS', or None for none"),
    ([GrafanaUrlDashboard("a", URL), GrafanaComDashboard("a", 1, 1)], None,
     "dashboard name is used twice (got 'a'); give each dashboard its own name"),
    ([GrafanaUrlDashboard("A", URL)], None,
     "dashboard name is not a DNS label (got 'A'); use 1-63 lowercase letters, digits or '-', starting and "
     "ending with a letter or digit"),
    ([dashboards.ConfigMapDashboard("a", "cm", "a.json")], (GrafanaComDashboard, GrafanaUrlDashboard),
     "dashboard is not GrafanaComDashboard or GrafanaUrlDashboard (got ConfigMapDashboard(name='a', "
     "config_map='cm', key='a.json', input_name='DS_PROMETHEUS', datasource_name='prometheus')); write "
     "GrafanaComDashboard(name, grafana.com id, revision) or GrafanaUrlDashboard(name, url)"),
], ids=["url-scheme", "input-name", "name-twice", "name", "kind"])
def test_bad_url_dashboards(value, kinds, message):
    with pytest.raises(ValueError) as caught:
        check_dashboards(cdk8s.Chart(cdk8s.Testing.app(), "c"), value, kinds=kinds)
    assert str(caught.value) == f"c: {message}"


# ---- the standalone GrafanaDashboard: what is set, and the preset the releases write

def test_standalone_dashboard_writes_what_is_set(tmp_path):
    def build(app):
        chart = cdk8s.Chart(app, "c")
        homelab_constructs.GrafanaDashboard(chart, "Plain", namespace="monitoring",
                                            dashboard=GrafanaComDashboard("plain", 1860, None, None))
        homelab_constructs.GrafanaDashboard(
            chart, "Full", namespace="monitoring", instance_labels={"grafana": "main"},
            allow_cross_namespace_import=False,
            dashboard=dashboards.ConfigMapDashboard("full", "dashboards", "full.json", "DS_PROM", "victoria",
                                                    folder="Network", labels={"dashboards": "grafana"}))

    out = synth_app(build, tmp_path)  # valid against the pinned CRD
    plain = out.find("GrafanaDashboard", "plain", "monitoring")
    assert plain["spec"] == {"instanceSelector": {}, "grafanaCom": {"id": 1860}}  # the CRD requires the selector
    assert set(plain["metadata"]["labels"]) == {"app.kubernetes.io/managed-by"}
    full = out.find("GrafanaDashboard", "full", "monitoring")
    assert full["metadata"]["labels"]["dashboards"] == "grafana"
    assert full["spec"] == {"instanceSelector": {"matchLabels": {"grafana": "main"}}, "allowCrossNamespaceImport": False,
                            "folder": "Network", "configMapRef": {"name": "dashboards", "key": "full.json"},
                            "datasources": [{"datasourceName": "victoria", "inputName": "DS_PROM"}]}


def test_the_preset_writes_exactly_the_instance_selector_and_cross_namespace_import():
    assert dict(homelab_constructs.GrafanaDashboard.RECOMMENDED) == {
        "instance_labels": {"dashboards": "grafana"}, "allow_cross_namespace_import": True}
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    value = GrafanaUrlDashboard("u", URL, None)
    homelab_constructs.GrafanaDashboard(chart, "Plain", dashboard=value, namespace="a")
    homelab_constructs.GrafanaDashboard.recommended(dashboard=value, namespace="b").build(chart, "Preset")
    plain, preset = (o["spec"] for o in cdk8s.Testing.synth(chart))
    assert {k: v for k, v in preset.items() if plain.get(k) != v} == {
        "instanceSelector": {"matchLabels": {"dashboards": "grafana"}}, "allowCrossNamespaceImport": True}


def test_a_release_writes_its_dashboards_through_the_construct():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    (obj,) = grafana_dashboards(chart, [GrafanaComDashboard("com", 1, 2, labels={"dashboards": "grafana"})],
                                namespace="network")
    assert obj.to_json()["metadata"]["labels"]["dashboards"] == "grafana"
    assert isinstance(chart.node.find_child("Dashboard-com"), homelab_constructs.GrafanaDashboard)


def test_dashboard_values_show_what_was_written():
    assert repr(GrafanaComDashboard("a", 1, 2)) == "GrafanaComDashboard(name='a', id=1, revision=2, input_name='DS_PROMETHEUS')"
    labelled = GrafanaUrlDashboard.grafana_com("b", 3, 4, labels={"x": "y"}, folder="F")
    assert repr(labelled) == ("GrafanaUrlDashboard(name='b', url='https://grafana.com/api/dashboards/3/revisions/4/"
                              "download', input_name='DS_PROMETHEUS', folder='F', labels={'x': 'y'})")
    hash(labelled)  # frozen all the way down
