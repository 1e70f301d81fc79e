"""cert-manager installed as code: a Flux release with its CRDs and Gateway API support."""
from __future__ import annotations

from typing import Any, Optional

import constructs
from cdk8s_plus_27 import k8s

from .._base import HomelabConstruct
from .._names import NAMESPACE_NAME_LABEL
from .._validation import check_bool, check_dns_label, fail
from .flux import check_chart_tag, oci_helm_release

#: The ``cert-manager`` chart version: the one of the pinned CRDs (``../shared/crds/cert-manager``).
CERT_MANAGER_CHART_VERSION = "v1.21.1"
#: Where the chart is published as an OCI artifact.
CERT_MANAGER_CHART_URL = "oci://quay.io/jetstack/charts/cert-manager"


class CertManagerRelease(HomelabConstruct):
    """cert-manager through Flux: an ``OCIRepository`` and a ``HelmRelease`` (plus its Namespace).

    The chart installs and upgrades the CRDs (``crds.enabled``) and keeps them when the
    release is removed (``crds.keep``: deleting the CRDs would delete every Certificate and
    Issuer). With ``gateway_api`` the controller's ``ControllerConfiguration`` turns on
    ``enableGatewayAPI``, so a Gateway's ``cert-manager.io/cluster-issuer`` annotation gets
    its listeners' certificates; the Gateway API CRDs must be installed before cert-manager
    starts.

    :param name: the release and chart source name (default ``cert-manager``).
    :param namespace: cert-manager's namespace, also its cluster resource namespace where
        ClusterIssuers keep their secrets (default ``cert-manager``).
    :param chart_version: the chart version (default :data:`CERT_MANAGER_CHART_VERSION`).
    :param gateway_api: issue certificates for Gateways (default ``True``).
    :param service_monitor: a Prometheus Operator ServiceMonitor for the controller's metrics
        (default ``False``).
    :param replicas: controller replicas (default ``1``; more run leader-elected standbys).
    :param create_namespace: add the Namespace object (default ``True``).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str = "cert-manager",
        namespace: str = "cert-manager",
        chart_version: str = CERT_MANAGER_CHART_VERSION,
        gateway_api: bool = True,
        service_monitor: bool = False,
        replicas: int = 1,
        create_namespace: bool = True,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "release name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        check_chart_tag(self, chart_version)
        if isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 1:
            raise fail(self, "replicas must be a positive integer", replicas, "use 1 (or 2 for a standby controller)")
        for value, what in ((gateway_api, "gateway_api"), (service_monitor, "service_monitor"),
                            (create_namespace, "create_namespace")):
            check_bool(self, value, what)
        self.values: dict[str, Any] = {
            "crds": {"enabled": True, "keep": True},
            "replicaCount": replicas,
            "prometheus": {"enabled": True, "servicemonitor": {"enabled": service_monitor}},
        }
        if gateway_api:
            self.values["config"] = {
                "apiVersion": "controller.config.cert-manager.io/v1alpha1",
                "kind": "ControllerConfiguration",
                "enableGatewayAPI": True,
            }
        self.namespace_object: Optional[k8s.KubeNamespace] = None
        if create_namespace:
            self.namespace_object = k8s.KubeNamespace(self, "Namespace", metadata=k8s.ObjectMeta(
                name=self.namespace, labels={NAMESPACE_NAME_LABEL: self.namespace}))
        self.source, self.release = oci_helm_release(
            self, name=self.name, namespace=self.namespace, url=CERT_MANAGER_CHART_URL, version=chart_version,
            values=self.values)
