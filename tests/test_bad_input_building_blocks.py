"""Bad input of the building blocks real repositories write (the catalogue's rows for them): a
Namespace, PrometheusRules and their groups and rules, the standalone GrafanaDashboard and the
dashboard values, BGP timers, a Multus networks values fragment, and namespace_baseline's
switches. One row per refused value, with the exact one-line message
``<construct path>: <what is wrong> (got <value>); <how to fix>``: a value of the wrong type, a
wrong value, and what the API server (or Prometheus, Cilium, the operator) would refuse."""
from __future__ import annotations

from homelab_constructs import (
    AlertRule,
    BgpPeer,
    BgpPeering,
    BgpTimers,
    GrafanaComDashboard,
    GrafanaDashboard,
    GrafanaUrlDashboard,
    Namespace,
    PrometheusRule,
    RecordingRule,
    RuleGroup,
    VlanAttachment,
    namespace_baseline,
    networks_values,
)

import cdk8s
import pytest
from bad_input import DNS_LABEL_FIX, Case, build

DURATION_FIX = ("write a Prometheus duration such as '5m', '1h30m' or '2d' (units y, w, d, h, m, s, ms, largest "
                "first), or None")
LABEL_NAME_FIX = "write a name such as 'severity' (Prometheus keeps __name__ for the metric's name)"
DASHBOARD = GrafanaComDashboard("nodes", 1860, 37)
URL = "https://grafana.com/api/dashboards/24459/revisions/3/download"


def rule(c: cdk8s.Chart, **kw: object) -> PrometheusRule:
    kw = {"name": "r", "namespace": "monitoring", "groups": [RuleGroup("g", [AlertRule("A", "up == 0")])], **kw}
    return PrometheusRule(c, "r", **kw)  # type: ignore[arg-type]


def dashboard(c: cdk8s.Chart, **kw: object) -> GrafanaDashboard:
    return GrafanaDashboard(c, "d", **{"dashboard": DASHBOARD, "namespace": "monitoring", **kw})  # type: ignore[arg-type]


def selection(c: cdk8s.Chart):
    dhcp = VlanAttachment(c, "iot", name="iot", namespace="home", master="enp1s0", subnet="192.168.20.0/24",
                          ipam="dhcp")
    return dhcp.select(c)


CASES = [
    # ---- Namespace (namespace.py)
    Case("namespace-name-type", lambda c: Namespace(c, "ns", name=None),  # type: ignore[arg-type]
         f"c/ns: namespace name is not a DNS label (got None); {DNS_LABEL_FIX}"),
    Case("namespace-name-value", lambda c: Namespace(c, "ns", name="Media"),
         f"c/ns: namespace name is not a DNS label (got 'Media'); {DNS_LABEL_FIX}"),
    Case("namespace-labels-type", lambda c: Namespace(c, "ns", name="media", labels=["team=lab"]),  # type: ignore[arg-type]
         "c/ns: labels is not a mapping (got ['team=lab']); write a dict such as {'team': 'lab'}"),
    Case("namespace-label-value", lambda c: Namespace(c, "ns", name="media", labels={"team": "a lab"}),
         "c/ns: labels['team'] is not a label value (got 'a lab'); write up to 63 letters, digits, '-', '_' or '.', "
         "starting and ending with a letter or digit"),
    Case("namespace-metadata-name-label", lambda c: Namespace(c, "ns", name="media",
                                                              labels={"kubernetes.io/metadata.name": "other"}),
         "c/ns: label kubernetes.io/metadata.name is not the namespace's name media (got 'other'); drop the label "
         "(the API server sets it to 'media') or write 'media'"),
    Case("namespace-annotation-key", lambda c: Namespace(c, "ns", name="media", annotations={"prune me": "x"}),
         "c/ns: annotations key is not a label name (got 'prune me'); write a key such as 'app' or "
         "'example.com/app'"),
    Case("namespace-annotation-value", lambda c: Namespace(c, "ns", name="media", annotations={"a.io/b": True}),  # type: ignore[dict-item]
         "c/ns: annotations['a.io/b'] is not a string (got True); write the value as a string, such as 'disabled' or "
         "'true'"),
    Case("namespace-twice", lambda c: (Namespace(c, "a", name="media"), Namespace(c, "b", name="media")),
         "c/b: Namespace is declared twice (got 'media'); c/a already declares it; declare each namespace once, "
         "with all its labels and annotations"),

    # ---- PrometheusRule and its groups and rules (monitoring/prometheus_rule.py)
    Case("rule-name", lambda c: rule(c, name="Rules"),
         "c/r: rule name is not a DNS subdomain name (got 'Rules'); use at most 253 lowercase letters, digits, '-' or "
         "'.', each dot-separated part starting and ending with a letter or digit"),
    Case("rule-groups-type", lambda c: rule(c, groups=RuleGroup("g", [])),
         "c/r: groups is not a list or tuple (got RuleGroup(name='g', rules=(), interval=None, limit=None, "
         "query_offset=None, labels={})); write a list such as [RuleGroup(name='g', rules=(), interval=None, "
         "limit=None, query_offset=None, labels={})]"),
    Case("rule-group-item", lambda c: rule(c, groups=[{"name": "g"}]),
         "c/r: groups[0] is not a RuleGroup (got {'name': 'g'}); write RuleGroup(name, [AlertRule(...), ...])"),
    Case("rule-group-twice", lambda c: rule(c, groups=[RuleGroup("g", []), RuleGroup("h", []), RuleGroup("g", [])]),
         "c/r: groups[2]'s name is the name of groups[0] (got 'g'); give each group of the PrometheusRule its own "
         "name (the API server keys them by name)"),
    Case("rule-labels", lambda c: rule(c, labels={"prometheus": "main rules"}),
         "c/r: labels['prometheus'] is not a label value (got 'main rules'); write up to 63 letters, digits, '-', '_' "
         "or '.', starting and ending with a letter or digit"),
    Case("rule-annotation-value", lambda c: rule(c, annotations={"a.io/b": 1}),
         "c/r: annotations['a.io/b'] is not a string (got 1); write the value as a string, such as 'critical'"),
    Case("group-name", lambda c: RuleGroup("", []),
         "RuleGroup.name: group name is empty or not a string (got ''); write a name such as 'hosts.rules'"),
    Case("group-rules-type", lambda c: RuleGroup("g", AlertRule("A", "up == 0")),  # type: ignore[arg-type]
         "RuleGroup.rules: rules is not a list or tuple (got AlertRule(alert='A', expr='up == 0', for_=None, "
         "keep_firing_for=None, labels={}, annotations={})); write a list such as [AlertRule(alert='A', "
         "expr='up == 0', for_=None, keep_firing_for=None, labels={}, annotations={})]"),
    Case("group-rule-item", lambda c: RuleGroup("g", [{"alert": "A"}]),  # type: ignore[list-item]
         "RuleGroup.rules[0]: rule is not AlertRule or RecordingRule (got {'alert': 'A'}); write "
         "AlertRule(alert, expr, ...) or RecordingRule(record, expr)"),
    Case("group-interval", lambda c: RuleGroup("g", [], interval="1 minute"),
         f"RuleGroup.interval: interval is not a Prometheus duration (got '1 minute'); {DURATION_FIX}"),
    Case("group-query-offset-order", lambda c: RuleGroup("g", [], query_offset="30s1m"),
         f"RuleGroup.query_offset: query_offset is not a Prometheus duration (got '30s1m'); {DURATION_FIX}"),
    Case("group-limit-negative", lambda c: RuleGroup("g", [], limit=-1),
         "RuleGroup.limit: limit is not a whole number of at least 0 (got -1); write how many alerts or series a rule "
         "may produce, such as 100 (0: no limit), or None"),
    Case("group-limit-type", lambda c: RuleGroup("g", [], limit=True),
         "RuleGroup.limit: limit is not a whole number of at least 0 (got True); write how many alerts or series a "
         "rule may produce, such as 100 (0: no limit), or None"),
    Case("group-label-name", lambda c: RuleGroup("g", [], labels={"__name__": "x"}),
         f"RuleGroup.labels: name is not a string, or is empty or __name__ (got '__name__'); {LABEL_NAME_FIX}"),
    Case("alert-name", lambda c: AlertRule(None, "up == 0"),  # type: ignore[arg-type]
         "AlertRule.alert: alert name is empty or not a string (got None); write a name such as 'HostDown'"),
    Case("alert-expr-empty", lambda c: AlertRule("A", "  "),
         "AlertRule.expr: expr is not a PromQL expression (got '  '); write the expression as a string, such as "
         "'up == 0'"),
    Case("alert-expr-bool", lambda c: AlertRule("A", True),
         "AlertRule.expr: expr is not a PromQL expression (got True); write the expression as a string, such as "
         "'up == 0'"),
    Case("alert-for", lambda c: AlertRule("A", "up == 0", for_="15 minutes"),
         f"AlertRule.for_: for_ is not a Prometheus duration (got '15 minutes'); {DURATION_FIX}"),
    Case("alert-for-type", lambda c: AlertRule("A", "up == 0", for_=900),  # type: ignore[arg-type]
         f"AlertRule.for_: for_ is not a Prometheus duration (got 900); {DURATION_FIX}"),
    Case("alert-keep-firing-empty", lambda c: AlertRule("A", "up == 0", keep_firing_for=""),
         f"AlertRule.keep_firing_for: keep_firing_for is not a Prometheus duration (got ''); {DURATION_FIX}"),
    Case("alert-labels-type", lambda c: AlertRule("A", "up == 0", labels=["severity=critical"]),  # type: ignore[arg-type]
         "AlertRule.labels: labels is not a mapping (got ['severity=critical']); write a dict such as "
         "{'severity': 'critical'}"),
    Case("alert-label-value", lambda c: AlertRule("A", "up == 0", labels={"severity": 2}),  # type: ignore[dict-item]
         "AlertRule.labels['severity']: value is not a string (got 2); write the value as a string, such as "
         "'critical'"),
    Case("alert-annotation-name", lambda c: AlertRule("A", "up == 0", annotations={"": "x"}),
         f"AlertRule.annotations: name is not a string, or is empty or __name__ (got ''); {LABEL_NAME_FIX}"),
    Case("record-name", lambda c: RecordingRule("", "sum(up)"),
         "RecordingRule.record: record name is empty or not a string (got ''); write a name such as 'job:up:sum'"),
    Case("record-expr", lambda c: RecordingRule("job:up:sum", None),  # type: ignore[arg-type]
         "RecordingRule.expr: expr is not a PromQL expression (got None); write the expression as a string, such as "
         "'up == 0'"),

    # ---- GrafanaDashboard and the dashboard values (monitoring/dashboards.py)
    Case("dashboard-value-type", lambda c: dashboard(c, dashboard={"id": 1860}),
         "c/d: dashboard is not GrafanaComDashboard, ConfigMapDashboard or GrafanaUrlDashboard (got {'id': 1860}); "
         "write GrafanaComDashboard(name, grafana.com id, revision) or ConfigMapDashboard(name, config_map, key) or "
         "GrafanaUrlDashboard(name, url)"),
    Case("dashboard-namespace", lambda c: dashboard(c, namespace="Monitoring"),
         f"c/d: namespace is not a DNS label (got 'Monitoring'); {DNS_LABEL_FIX}"),
    Case("dashboard-instance-labels-empty", lambda c: dashboard(c, instance_labels={}),
         "c/d: Grafana instance labels must be a non-empty mapping of label to value (got {}); select the Grafana "
         "instances by labels such as {'dashboards': 'grafana'}, or pass None for every instance"),
    Case("dashboard-instance-labels-type", lambda c: dashboard(c, instance_labels="dashboards=grafana"),
         "c/d: Grafana instance labels must be a non-empty mapping of label to value (got 'dashboards=grafana'); "
         "select the Grafana instances by labels such as {'dashboards': 'grafana'}, or pass None for every instance"),
    Case("dashboard-cross-namespace", lambda c: dashboard(c, allow_cross_namespace_import="yes"),
         "c/d: allow_cross_namespace_import must be True or False (got 'yes'); write True, False, or None for the "
         "operator's default"),
    Case("dashboard-folder-empty", lambda c: dashboard(c, dashboard=GrafanaComDashboard("n", 1, 2, folder=" ")),
         "c/d: dashboard n's folder is not a non-empty string (got ' '); name the Grafana folder, such as 'Network', "
         "or None for Grafana's default"),
    Case("dashboard-folder-type", lambda c: dashboard(c, dashboard=GrafanaUrlDashboard("n", URL, folder=3)),
         "c/d: dashboard n's folder is not a non-empty string (got 3); name the Grafana folder, such as 'Network', or "
         "None for Grafana's default"),
    Case("dashboard-labels-type", lambda c: dashboard(c, dashboard=GrafanaComDashboard("n", 1, 2, labels="grafana")),
         "c/d: dashboard n's labels are not a mapping (got 'grafana'); write labels such as {'dashboards': "
         "'grafana'}, or leave them out"),
    Case("dashboard-label-value", lambda c: dashboard(c, dashboard=GrafanaComDashboard(
        "n", 1, 2, labels={"dashboards": "the grafana"})),
         "c/d: dashboard n's labels value of dashboards is not a label value (got 'the grafana'); write up to 63 "
         "letters, digits, '-', '_' or '.', starting and ending with a letter or digit"),
    Case("dashboard-revision-type", lambda c: dashboard(c, dashboard=GrafanaComDashboard("n", 1, "latest")),
         "c/d: dashboard revision must be a positive integer (got 'latest'); copy it from the dashboard's grafana.com "
         "page and pin the revision"),
    Case("dashboard-datasource-name", lambda c: dashboard(c, dashboard=GrafanaUrlDashboard("n", URL,
                                                                                           datasource_name="")),
         "c/d: dashboard datasource name is not a non-empty string (got ''); name the Grafana datasource the input "
         "maps to, such as 'prometheus'"),

    # ---- BgpTimers (network/bgp.py)
    Case("bgp-timers-type", lambda c: BgpPeering(c, "bgp", local_asn=64666, peers=[BgpPeer("r", "10.0.0.1", 64667)],
                                                 timers={"hold_seconds": 9}),  # type: ignore[arg-type]
         "c/bgp: timers is not a BgpTimers (got {'hold_seconds': 9}); write BgpTimers(hold_seconds=9, "
         "keepalive_seconds=3), or None for Cilium's defaults"),
    Case("bgp-hold-type", lambda c: BgpTimers(hold_seconds="90"),  # type: ignore[arg-type]
         "BgpTimers.hold_seconds: hold_seconds must be an integer in 3-65535 or None (got '90'); write whole seconds "
         "in 3-65535, or None for Cilium's default"),
    Case("bgp-hold-below-three", lambda c: BgpTimers(hold_seconds=2),
         "BgpTimers.hold_seconds: hold_seconds must be an integer in 3-65535 or None (got 2); write whole seconds in "
         "3-65535, or None for Cilium's default"),
    Case("bgp-keepalive-type", lambda c: BgpTimers(keepalive_seconds=True),
         "BgpTimers.keepalive_seconds: keepalive_seconds must be an integer in 1-65535 or None (got True); write whole "
         "seconds in 1-65535, or None for Cilium's default"),
    Case("bgp-connect-retry-zero", lambda c: BgpTimers(connect_retry_seconds=0),
         "BgpTimers.connect_retry_seconds: connect_retry_seconds must be an integer in 1-2147483647 or None (got 0); "
         "write whole seconds in 1-2147483647, or None for Cilium's default"),
    Case("bgp-keepalive-above-hold", lambda c: BgpTimers(hold_seconds=9, keepalive_seconds=10),
         "BgpTimers: keepalive time is above the hold time of 9s (got 10); keep keepalive_seconds at most "
         "hold_seconds, usually a third of it (the API server refuses a larger keepalive)"),
    Case("bgp-keepalive-above-default-hold", lambda c: BgpTimers(keepalive_seconds=120),
         "BgpTimers: keepalive time is above the hold time of 90s (Cilium's default) (got 120); keep "
         "keepalive_seconds at most hold_seconds, usually a third of it (the API server refuses a larger keepalive)"),
    Case("bgp-hold-below-default-keepalive", lambda c: BgpTimers(hold_seconds=9),
         "BgpTimers: hold time is below the default keepalive time of 30s (got 9); keep keepalive_seconds at most "
         "hold_seconds, usually a third of it (the API server refuses a larger keepalive)"),

    # ---- networks_values (network/vlan.py)
    Case("networks-values-path", lambda c: networks_values(c, selection(c), at="pod annotations"),
         "c: values path is not a dotted path of keys (got 'pod annotations'); write the path where the chart reads "
         "pod annotations, such as 'defaultPodOptions.annotations' or 'podAnnotations'"),
    Case("networks-values-path-type", lambda c: networks_values(c, selection(c), at=None),  # type: ignore[arg-type]
         "c: values path is not a dotted path of keys (got None); write the path where the chart reads pod "
         "annotations, such as 'defaultPodOptions.annotations' or 'podAnnotations'"),
    Case("networks-values-empty-key", lambda c: networks_values(c, selection(c), at="controllers..pod"),
         "c: values path is not a dotted path of keys (got 'controllers..pod'); write the path where the chart reads "
         "pod annotations, such as 'defaultPodOptions.annotations' or 'podAnnotations'"),
    Case("networks-values-nothing", lambda c: networks_values(c),
         "c: pod selects no network (got []); pass at least one VlanAttachment.select(...)"),

    # ---- namespace_baseline's switches (network/cilium_policy.py)
    Case("baseline-internal", lambda c: namespace_baseline(c, "arr", internal="no"),  # type: ignore[arg-type]
         "c/namespace_baseline: internal must be True or False (got 'no'); write True or False"),
    Case("baseline-description-unwritten", lambda c: namespace_baseline(
        c, "vault", internal=False, egress=None, descriptions={"allow-internal": "x", "egress": "y"}),
         "c/namespace_baseline: descriptions name policies this baseline does not write (got ['allow-internal', "
         "'egress']); describe only default-deny, allow-gateway, allow-monitoring"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case):
    with pytest.raises(ValueError) as caught:
        build(case)
    assert str(caught.value) == case.message


def test_rows_are_distinct():
    assert len({c.id for c in CASES}) == len(CASES)
    assert len({c.message for c in CASES}) == len(CASES)
