"""Prometheus alerts for ExternalDNS (``PrometheusRule``, monitoring.coreos.com/v1)."""
from __future__ import annotations

from typing import Literal, Mapping, Optional

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_monitoring.com.coreos import monitoring

from .._base import HomelabConstruct
from .._validation import check_choice, check_count, check_dns_label, check_go_duration, check_labels, fail

#: the gauge every ExternalDNS controller exports: when it last synced, in Unix seconds
LAST_SYNC_METRIC = "external_dns_controller_last_sync_timestamp_seconds"
SEVERITIES = ("critical", "warning", "info")


class ExternalDnsAlerts(HomelabConstruct):
    """A ``PrometheusRule`` with the alert ``ExternalDNSStale``: an ExternalDNS instance has not
    synced for ``stale_after_seconds`` seconds, for ``for_duration`` (every instance, since
    each exports :data:`LAST_SYNC_METRIC`). The expression is written as rule files write it, a
    YAML block ending with a newline.

    :param namespace: the PrometheusRule's namespace.
    :param name: its name (default ``external-dns-rules``).
    :param stale_after_seconds: seconds since the last sync that count as stale (default ``60``).
    :param for_duration: how long the sync must stay stale before the alert fires, a Go
        duration (default ``15m``).
    :param severity: the alert's ``severity`` label: ``critical`` (default), ``warning`` or ``info``.
    :param labels: labels on the PrometheusRule, for a Prometheus whose ``ruleSelector``
        needs them (default none).
    :param summary: the alert's ``summary`` annotation (default ``None``: none).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        namespace: str,
        name: str = "external-dns-rules",
        stale_after_seconds: int = 60,
        for_duration: str = "15m",
        severity: Literal["critical", "warning", "info"] = "critical",
        labels: Optional[Mapping[str, str]] = None,
        summary: Optional[str] = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "rule name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        check_count(self, stale_after_seconds, "stale_after_seconds", 1)
        check_go_duration(self, for_duration, "for_duration", "'15m', '5m' or '1h'")
        check_choice(self, severity, SEVERITIES, "severity")
        rule_labels = None if labels is None else check_labels(
            self, labels, "labels", "write labels such as {'prometheus': 'main'}, or None for none")
        if summary is not None and (not isinstance(summary, str) or not summary.strip()):
            raise fail(self, "summary is empty or not a string", summary,
                       "write a sentence such as 'ExternalDNS has not synced for 15 minutes', or None for none")
        #: the PromQL expression of the alert
        self.expr = f"time() - {LAST_SYNC_METRIC} > {stale_after_seconds}"
        #: the PrometheusRule
        self.rule = monitoring.PrometheusRule(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace, labels=rule_labels),
            spec=monitoring.PrometheusRuleSpec(groups=[monitoring.PrometheusRuleSpecGroups(
                name="external-dns.rules",
                rules=[monitoring.PrometheusRuleSpecGroupsRules(
                    alert="ExternalDNSStale",
                    expr=monitoring.PrometheusRuleSpecGroupsRulesExpr.from_string(self.expr + "\n"),
                    for_=for_duration,
                    labels={"severity": severity},
                    annotations={"summary": summary} if summary else None,
                )],
            )]),
        )
