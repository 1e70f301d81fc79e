"""Envoy Gateway: KEDA autoscaling of the proxies (and of the controller). :class:`ProxyAutoscaling`
says how; an :class:`~homelab_constructs.gateway.envoy.EnvoyProfile` writes one ``ScaledObject``
per gateway proxy Deployment (and one for the controller's) with :meth:`ProxyAutoscaling.scaled_object`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_keda.sh import keda

from .._validation import check_bool, check_count, check_instance, check_json_value, check_url, fail

#: in :attr:`ProxyAutoscaling.query`, what stands for the scaled Deployment's (the gateway's) name
_GATEWAY = "{gateway}"


@dataclass(frozen=True)
class ProxyAutoscaling:
    """A KEDA ScaledObject per gateway proxy Deployment, driven by Gatus health probes.

    KEDA sets the replica count to ``ceil(query result / threshold)`` within
    ``[min_replicas, max_replicas]``; with the default query that is the number of
    healthy Gatus endpoints in the gateway's group per ``threshold``. When Prometheus
    cannot be read ``fallback_failures`` times in a row, KEDA holds ``fallback_replicas``.
    While autoscaling is on, the profile's ``ProxySettings.replicas`` must stay unset so Envoy
    Gateway does not fight KEDA over the count.

    :param min_replicas: the fewest proxies (default ``1``; never 0: a gateway scaled to
        zero drops all traffic).
    :param max_replicas: the most proxies (default ``3``).
    :param fallback_replicas: replicas while the metric is unavailable (default ``2``).
    :param fallback_failures: failed reads before falling back (default ``3``).
    :param cooldown_seconds: seconds after the last active trigger before scaling down
        (default ``300``).
    :param polling_seconds: how often KEDA queries Prometheus (default ``30``; ``None``
        writes none: KEDA's own default, 30).
    :param prometheus_address: Prometheus' URL (default the Prometheus Operator's
        ``prometheus-operated`` Service in ``monitoring``).
    :param query: PromQL; ``{gateway}`` is replaced by the gateway's name (default the sum
        of ``gatus_results_endpoint_success`` in the Gatus group named after the gateway).
    :param threshold: the target value per replica (default ``"5"``).
    :param stabilization_seconds: the HPA scale-down stabilization window (default ``None``:
        ``cooldown_seconds``).
    :param restore_to_original: give the Deployment its original replica count back when the
        ScaledObject is deleted (``advanced.restoreToOriginalReplicaCount``; default ``False``,
        written only when ``True``).
    """

    min_replicas: int = 1
    max_replicas: int = 3
    fallback_replicas: int = 2
    fallback_failures: int = 3
    cooldown_seconds: int = 300
    polling_seconds: Optional[int] = 30
    prometheus_address: str = "http://prometheus-operated.monitoring.svc.cluster.local:9090"
    query: str = 'sum(gatus_results_endpoint_success{group="{gateway}"})'
    threshold: str = "5"
    stabilization_seconds: Optional[int] = None
    restore_to_original: bool = False

    def validate(self, scope: constructs.Construct) -> None:
        check_count(scope, self.min_replicas, "minimum proxy replicas", 1)
        check_count(scope, self.max_replicas, "maximum proxy replicas", 1)
        if self.max_replicas < self.min_replicas:
            raise fail(scope, "maximum proxy replicas is below the minimum",
                       {"min_replicas": self.min_replicas, "max_replicas": self.max_replicas},
                       f"set max_replicas to {self.min_replicas} or more")
        check_count(scope, self.fallback_replicas, "fallback replicas", 1)
        if not self.min_replicas <= self.fallback_replicas <= self.max_replicas:
            raise fail(scope, "fallback replicas lie outside the minimum and maximum", self.fallback_replicas,
                       f"pick a count in {self.min_replicas}-{self.max_replicas}")
        check_count(scope, self.fallback_failures, "fallback failure threshold", 1)
        check_count(scope, self.cooldown_seconds, "cooldown seconds", 0)
        if self.polling_seconds is not None:
            check_count(scope, self.polling_seconds, "polling seconds", 1)
        if self.stabilization_seconds is not None:
            check_count(scope, self.stabilization_seconds, "scale-down stabilization seconds", 0)
        check_bool(scope, self.restore_to_original, "restore_to_original")
        check_url(scope, self.prometheus_address, "Prometheus address",
                  fix="write a URL such as 'http://prometheus-operated.monitoring.svc.cluster.local:9090'")
        if not isinstance(self.query, str) or not self.query.strip():
            raise fail(scope, "autoscaling query is empty", self.query, "write a PromQL query")
        check_json_value(scope, self.query, "autoscaling query")
        try:
            ok = float(self.threshold) > 0
        except (TypeError, ValueError):
            ok = False
        if not isinstance(self.threshold, str) or not ok:
            raise fail(scope, "autoscaling threshold must be a positive number written as a string", self.threshold,
                       "write it such as '5'")


    def scaled_object(self, scope: constructs.Construct, id: str, target: str, namespace: str) -> None:
        """The ``ScaledObject`` ``target`` of the Deployment ``target`` (construct ``id`` under ``scope``)."""
        behavior = keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(
            scale_down=keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown(
                stabilization_window_seconds=self.cooldown_seconds if self.stabilization_seconds is None
                else self.stabilization_seconds))
        keda.ScaledObject(
            scope, id,
            metadata=ApiObjectMetadata(name=target, namespace=namespace),
            spec=keda.ScaledObjectSpec(
                scale_target_ref=keda.ScaledObjectSpecScaleTargetRef(api_version="apps/v1", kind="Deployment",
                                                                     name=target),
                min_replica_count=self.min_replicas,
                max_replica_count=self.max_replicas,
                cooldown_period=self.cooldown_seconds,
                polling_interval=self.polling_seconds,
                fallback=keda.ScaledObjectSpecFallback(failure_threshold=self.fallback_failures,
                                                       replicas=self.fallback_replicas),
                advanced=keda.ScaledObjectSpecAdvanced(
                    restore_to_original_replica_count=True if self.restore_to_original else None,
                    horizontal_pod_autoscaler_config=keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig(
                        behavior=behavior)),
                triggers=[keda.ScaledObjectSpecTriggers(
                    type="prometheus",
                    metadata={"serverAddress": self.prometheus_address,
                              "query": self.query.replace(_GATEWAY, target),
                              "threshold": self.threshold},
                )],
            ),
        )


def check_scaling(scope: constructs.Construct, replicas: Optional[int], autoscaling: Optional[ProxyAutoscaling],
                  controller_autoscaling: Optional[ProxyAutoscaling]) -> None:
    """Check both autoscalings, and that the proxies' fixed count (``replicas``) is not set with
    ``autoscaling``."""
    for what, scaling in (("autoscaling", autoscaling), ("controller_autoscaling", controller_autoscaling)):
        check_instance(scope, scaling, ProxyAutoscaling, what,
                       "write ProxyAutoscaling(min_replicas=1, max_replicas=3), or None", optional=True)
        if scaling is not None:
            scaling.validate(scope)
    if autoscaling is not None and replicas is not None:
        raise fail(scope, "replicas and autoscaling are both set", replicas,
                   "drop replicas: KEDA owns the proxy count between min_replicas and max_replicas")
