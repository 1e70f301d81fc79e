"""Prometheus alerting and recording rules (``PrometheusRule``, monitoring.coreos.com/v1), as
the Prometheus Operator loads them.

:class:`PrometheusRule` writes one object of :class:`RuleGroup` s, each a list of
:class:`AlertRule` s and :class:`RecordingRule` s; the values are checked where they are made,
as Prometheus' rule loader and the pinned CRD check them, and written with the binding's
structs::

    PrometheusRule(chart, "Rules", name="external-dns-rules", namespace="network", groups=[
        RuleGroup("external-dns.rules", [AlertRule(
            "ExternalDNSStale", "time() - external_dns_controller_last_sync_timestamp_seconds > 60",
            for_="15m", labels={"severity": "critical"},
            annotations={"summary": "ExternalDNS ({{ $labels.job }}) has not synced for 15 minutes"})])])

Every optional field left unset writes nothing (Prometheus' defaults apply). The PromQL
expressions are the user's: they are written as given (a trailing newline too), not parsed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_monitoring.com.coreos import monitoring

from .._base import HomelabConstruct
from .._validation import (
    Code,
    FrozenDict,
    Scope,
    check_dns_label,
    check_dns_subdomain,
    check_instance,
    check_label_key,
    check_label_value,
    check_mapping,
    check_sequence,
    fail,
    first_duplicate,
)

#: Prometheus' duration as the CRD's pattern takes it (``for``, ``interval``, ...): ``0`` or
#: units from years to milliseconds, largest first (``1h30m``, ``15m``, ``2d``)
PROMETHEUS_DURATION = re.compile(
    r"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$")
_DURATION_FIX = "write a Prometheus duration such as '5m', '1h30m' or '2d' (units y, w, d, h, m, s, ms, largest first)"
#: the label Prometheus keeps for the metric name: a rule may not set it
METRIC_NAME_LABEL = "__name__"


def _check_duration(scope: Scope, value: object, what: str) -> Optional[str]:
    """``None`` (not written) or a non-empty Prometheus duration."""
    if value is None:
        return None
    if not isinstance(value, str) or not value or not PROMETHEUS_DURATION.fullmatch(value):
        raise fail(scope, f"{what} is not a Prometheus duration", value, _DURATION_FIX + ", or None")
    return value


def _check_expr(scope: Scope, expr: object) -> Union[str, int]:
    """A PromQL expression: a non-empty string (or a whole number, which the CRD also takes)."""
    if isinstance(expr, bool) or not isinstance(expr, (str, int)) or (isinstance(expr, str) and not expr.strip()):
        raise fail(scope, "expr is not a PromQL expression", expr, "write the expression as a string, such as 'up == 0'")
    return expr


def _check_name(scope: Scope, value: object, what: str, example: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise fail(scope, f"{what} is empty or not a string", value, f"write a name such as {example!r}")
    return value


def _label_key(scope: Scope, key: object, what: str) -> str:
    """A rule's label or annotation name: any non-empty string (Prometheus 3 takes UTF-8
    names), not ``__name__``."""
    if not isinstance(key, str) or not key or key == METRIC_NAME_LABEL:
        raise fail(scope, f"{what} is not a string, or is empty or __name__", key,
                   "write a name such as 'severity' (Prometheus keeps __name__ for the metric's name)")
    return key


def _text(scope: Scope, value: object, what: str) -> str:
    if not isinstance(value, str):
        raise fail(scope, f"{what} is not a string", value, "write the value as a string, such as 'critical'")
    return value


def _frozen_mapping(obj: object, name: str, scope: str) -> None:
    value = getattr(obj, name)
    checked = check_mapping(f"{scope}.{name}", value, name, _label_key, _text, example={"severity": "critical"},
                            key="name", item="value")
    object.__setattr__(obj, name, FrozenDict(checked))


@dataclass(frozen=True)
class AlertRule:
    """An alerting rule: ``AlertRule("HostDown", "up == 0", for_="5m", labels={"severity": "critical"})``.

    :param alert: the alert's name.
    :param expr: the PromQL expression; the alert fires for each series it returns.
    :param for_: how long the expression must hold before the alert fires (``for``; default
        ``None``: not written, at once).
    :param keep_firing_for: how long the alert keeps firing once the expression stops
        returning it (default ``None``: not written).
    :param labels: labels added to the alert, such as ``severity`` (default none).
    :param annotations: annotations of the alert, such as ``summary`` and ``description``
        (templates allowed; default none).
    """

    alert: str
    expr: Union[str, int]
    for_: Optional[str] = None
    keep_firing_for: Optional[str] = None
    labels: Mapping[str, str] = field(default=FrozenDict())
    annotations: Mapping[str, str] = field(default=FrozenDict())

    def __post_init__(self) -> None:
        _check_name("AlertRule.alert", self.alert, "alert name", "HostDown")
        _check_expr("AlertRule.expr", self.expr)
        _check_duration("AlertRule.for_", self.for_, "for_")
        _check_duration("AlertRule.keep_firing_for", self.keep_firing_for, "keep_firing_for")
        _frozen_mapping(self, "labels", "AlertRule")
        _frozen_mapping(self, "annotations", "AlertRule")

    def spec(self) -> monitoring.PrometheusRuleSpecGroupsRules:
        return monitoring.PrometheusRuleSpecGroupsRules(
            alert=self.alert, expr=_expr(self.expr), for_=self.for_, keep_firing_for=self.keep_firing_for,
            labels=dict(self.labels) or None, annotations=dict(self.annotations) or None)


@dataclass(frozen=True)
class RecordingRule:
    """A recording rule: the expression's result stored as a new series,
    ``RecordingRule("job:up:sum", "sum by (job) (up)")``.

    :param record: the name of the series written.
    :param expr: the PromQL expression.
    :param labels: labels added to the series (default none).
    """

    record: str
    expr: Union[str, int]
    labels: Mapping[str, str] = field(default=FrozenDict())

    def __post_init__(self) -> None:
        _check_name("RecordingRule.record", self.record, "record name", "job:up:sum")
        _check_expr("RecordingRule.expr", self.expr)
        _frozen_mapping(self, "labels", "RecordingRule")

    def spec(self) -> monitoring.PrometheusRuleSpecGroupsRules:
        return monitoring.PrometheusRuleSpecGroupsRules(record=self.record, expr=_expr(self.expr),
                                                        labels=dict(self.labels) or None)


#: one rule of a group
Rule = Union[AlertRule, RecordingRule]


@dataclass(frozen=True)
class RuleGroup:
    """Rules evaluated together, in order: ``RuleGroup("hosts", [AlertRule(...), ...])``.

    :param name: the group's name, once per PrometheusRule.
    :param rules: its :class:`AlertRule` s and :class:`RecordingRule` s (a list or tuple).
    :param interval: how often the group is evaluated (default ``None``: not written, the
        global evaluation interval).
    :param limit: at most this many alerts or series per rule (default ``None``: not written).
    :param query_offset: evaluate this far in the past (default ``None``: not written).
    :param labels: labels added to every rule's result (Prometheus 3; default none).
    """

    name: str
    rules: Sequence[Rule]
    interval: Optional[str] = None
    limit: Optional[int] = None
    query_offset: Optional[str] = None
    labels: Mapping[str, str] = field(default=FrozenDict())

    def __post_init__(self) -> None:
        _check_name("RuleGroup.name", self.name, "group name", "hosts.rules")
        rules = check_sequence("RuleGroup.rules", self.rules, "rules", lambda s, r, w: check_instance(
            s, r, (AlertRule, RecordingRule), w, "write AlertRule(alert, expr, ...) or RecordingRule(record, expr)"),
            example=[Code("AlertRule('HostDown', 'up == 0')")], item="rule")
        object.__setattr__(self, "rules", tuple(rules))
        _check_duration("RuleGroup.interval", self.interval, "interval")
        _check_duration("RuleGroup.query_offset", self.query_offset, "query_offset")
        if self.limit is not None and (isinstance(self.limit, bool) or not isinstance(self.limit, int) or self.limit < 0):
            raise fail("RuleGroup.limit", "limit is not a whole number of at least 0", self.limit,
                       "write how many alerts or series a rule may produce, such as 100 (0: no limit), or None")
        _frozen_mapping(self, "labels", "RuleGroup")

    def spec(self) -> monitoring.PrometheusRuleSpecGroups:
        return monitoring.PrometheusRuleSpecGroups(
            name=self.name, rules=[r.spec() for r in self.rules], interval=self.interval, limit=self.limit,
            query_offset=self.query_offset, labels=dict(self.labels) or None)


def _expr(expr: Union[str, int]) -> monitoring.PrometheusRuleSpecGroupsRulesExpr:
    return (monitoring.PrometheusRuleSpecGroupsRulesExpr.from_string(expr) if isinstance(expr, str)
            else monitoring.PrometheusRuleSpecGroupsRulesExpr.from_number(expr))


class PrometheusRule(HomelabConstruct):
    """A ``PrometheusRule`` (monitoring.coreos.com/v1): the rule groups Prometheus loads.

    :param name: the object's name.
    :param namespace: its namespace.
    :param groups: the :class:`RuleGroup` s (each name once: the API server keys them by name).
    :param labels: labels on the object, for a Prometheus whose ``ruleSelector`` needs them
        (default none).
    :param annotations: annotations on the object (default none).

    The object is :attr:`resource`.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        groups: Sequence[RuleGroup],
        labels: Optional[Mapping[str, str]] = None,
        annotations: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_subdomain(self, name, "rule name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.groups: tuple[RuleGroup, ...] = check_sequence(self, groups, "groups", lambda s, g, w: check_instance(
            s, g, RuleGroup, w, "write RuleGroup(name, [AlertRule(...), ...])"),
            example=[Code("RuleGroup('hosts', [AlertRule('HostDown', 'up == 0')])")], item="group")
        twice = first_duplicate([g.name for g in self.groups])
        if twice is not None:
            raise fail(self, f"groups[{twice[1]}]'s name is the name of groups[{twice[0]}]", self.groups[twice[1]].name,
                       "give each group of the PrometheusRule its own name (the API server keys them by name)")
        object_labels = self._checked_metadata(labels, annotations)
        #: the PrometheusRule
        self.resource = monitoring.PrometheusRule(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace, labels=object_labels[0],
                                       annotations=object_labels[1]),
            spec=monitoring.PrometheusRuleSpec(groups=[g.spec() for g in self.groups] or None))

    def _checked_metadata(self, labels: object, annotations: object) -> tuple[Optional[dict], Optional[dict]]:
        checked_labels = (check_mapping(self, labels, "labels", check_label_key, check_label_value,
                                        example={"prometheus": "main"}) if labels is not None else None)
        checked_annotations = (check_mapping(self, annotations, "annotations", check_label_key, _text,
                                             example={"example.com/owner": "lab"}) if annotations is not None else None)
        return checked_labels or None, checked_annotations or None
