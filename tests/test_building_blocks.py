"""The building blocks real repositories write as they are: a Namespace with its own labels and
annotations, and PrometheusRules of alerting and recording rules. Each writes what is set and
nothing more, and what it writes is valid against the schemas (``synth``)."""
from __future__ import annotations

from homelab_constructs import AlertRule, Namespace, PrometheusRule, RecordingRule, RuleGroup

import cdk8s
import pytest
from conftest import synth_app

#: seed 002's network namespace (network/namespace.yaml)
NETWORK_ANNOTATIONS = {"kustomize.toolkit.fluxcd.io/prune": "disabled", "volsync.backube/privileged-movers": "true"}
SUMMARY = "ExternalDNS ({{ $labels.job }}) has not synced successfully in the last fifteen minutes"


def build(app: cdk8s.App) -> None:
    chart = cdk8s.Chart(app, "c")
    Namespace(chart, "Network", name="network", annotations=NETWORK_ANNOTATIONS)
    Namespace(chart, "Plain", name="plain")
    Namespace(chart, "Labelled", name="dev", labels={"kubernetes.io/metadata.name": "dev", "team": "lab"})
    # seed 002's external-dns-rules, as its file writes them (the expression a block with its newline)
    PrometheusRule(chart, "ExternalDnsRules", name="external-dns-rules", namespace="network", groups=[
        RuleGroup("external-dns.rules", [AlertRule(
            "ExternalDNSStale", "time() - external_dns_controller_last_sync_timestamp_seconds > 60\n", for_="15m",
            annotations={"summary": SUMMARY}, labels={"severity": "critical"})])])
    PrometheusRule(chart, "Everything", name="everything", namespace="monitoring", labels={"prometheus": "main"},
                   annotations={"example.com/owner": "lab"}, groups=[
                       RuleGroup("records", [RecordingRule("job:up:sum", "sum by (job) (up)", labels={"team": "lab"})],
                                 interval="30s", limit=100, query_offset="1m", labels={"cluster": "lab"}),
                       RuleGroup("alerts", (AlertRule("Down", "up == 0", keep_firing_for="5m"),
                                            AlertRule("Always", 1)))])


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return synth_app(build, tmp_path_factory.mktemp("building-blocks"))


def _own(obj: dict) -> dict:
    """The object without the library's ownership label."""
    meta = {k: v for k, v in obj["metadata"].items() if k != "labels"}
    labels = {k: v for k, v in (obj["metadata"].get("labels") or {}).items() if k != "app.kubernetes.io/managed-by"}
    return {**obj, "metadata": {**meta, **({"labels": labels} if labels else {})}}


def test_namespace_writes_its_labels_and_annotations(out):
    assert _own(out.find("Namespace", "network")) == {
        "apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "network", "annotations": NETWORK_ANNOTATIONS}}
    assert _own(out.find("Namespace", "plain")) == {"apiVersion": "v1", "kind": "Namespace",
                                                    "metadata": {"name": "plain"}}
    assert out.find("Namespace", "dev")["metadata"]["labels"]["team"] == "lab"


def test_namespace_is_its_object():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    ns = Namespace(chart, "Ns", name="media")
    assert ns.resource.kind == "Namespace" and ns.api_object("Namespace").name == "media"
    assert dict(Namespace.RECOMMENDED) == {}  # no opinions: nothing to apply


def test_seed002_alert_rule_exactly(out):
    rule = out.find("PrometheusRule", "external-dns-rules", "network")
    assert rule["apiVersion"] == "monitoring.coreos.com/v1"
    assert rule["spec"] == {"groups": [{"name": "external-dns.rules", "rules": [{
        "alert": "ExternalDNSStale", "expr": "time() - external_dns_controller_last_sync_timestamp_seconds > 60\n",
        "for": "15m", "annotations": {"summary": SUMMARY}, "labels": {"severity": "critical"}}]}]}


def test_every_field_of_groups_and_rules(out):
    rule = out.find("PrometheusRule", "everything", "monitoring")
    assert rule["metadata"]["labels"]["prometheus"] == "main"
    assert rule["metadata"]["annotations"] == {"example.com/owner": "lab"}
    records, alerts = rule["spec"]["groups"]
    assert records == {"name": "records", "interval": "30s", "limit": 100, "query_offset": "1m",
                       "labels": {"cluster": "lab"},
                       "rules": [{"record": "job:up:sum", "expr": "sum by (job) (up)", "labels": {"team": "lab"}}]}
    assert alerts == {"name": "alerts", "rules": [{"alert": "Down", "expr": "up == 0", "keep_firing_for": "5m"},
                                                  {"alert": "Always", "expr": 1}]}


def test_rule_values_are_frozen():
    group = RuleGroup("g", [AlertRule("A", "up == 0", labels={"severity": "warning"})])
    assert isinstance(group.rules, tuple)
    hash(group)
    with pytest.raises(TypeError):
        group.rules[0].labels["severity"] = "critical"  # type: ignore[index]
