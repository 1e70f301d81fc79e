"""cert-manager installed as code: a Flux release with its CRDs and Gateway API support."""
from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING, Any, ClassVar, Mapping, Optional, Sequence, cast

import constructs
from cdk8s_plus_27 import k8s

from .._base import HomelabConstruct
from .._names import NAMESPACE_NAME_LABEL
from .._validation import FrozenDict, check_bool, check_json_value, check_mapping, check_sequence, check_url, fail
from ..delivery.flux import chart_release, check_release_identity
from ..delivery.helm import deep_merge
from ..delivery.release_settings import ReleaseSettings, check_release_settings
from ..monitoring.dashboards import Dashboard, check_dashboards, grafana_dashboards
from ..namespace import Namespace, namespace_name

#: The ``cert-manager`` chart version: the one of the pinned CRDs (``../shared/crds/cert-manager``).
CERT_MANAGER_CHART_VERSION = "v1.21.1"
#: Where the chart is published as an OCI artifact.
CERT_MANAGER_CHART_URL = "oci://quay.io/jetstack/charts/cert-manager"
#: The classic Helm repository that also publishes it (``helm repo add jetstack ...``).
JETSTACK_HELM_REPOSITORY = "https://charts.jetstack.io"
_NAMESERVER_FIX = "write 'address:port' such as '1.1.1.1:53' ('[2606:4700::1111]:53'), or a DNS-over-HTTPS URL"


def _nameserver(scope: Any, value: object, what: str) -> str:
    """A recursive nameserver as cert-manager takes it: ``ip:port``, or an ``https://`` DoH URL."""
    if isinstance(value, str) and value.startswith("https://"):
        return check_url(scope, value, what, schemes=("https",))
    host, _, port = value.rpartition(":") if isinstance(value, str) else ("", "", "")
    try:
        ipaddress.ip_address(host[1:-1] if host.startswith("[") and host.endswith("]") else host)
        ok = port.isdigit() and 1 <= int(port) <= 65535
    except ValueError:
        ok = False
    if not ok:
        raise fail(scope, f"{what} is not a nameserver address", value, _NAMESERVER_FIX)
    return value  # type: ignore[return-value]


if TYPE_CHECKING:
    from ..monitoring.prometheus_rule import PrometheusRule, RuleGroup


class CertManagerRelease(HomelabConstruct):
    """cert-manager through Flux: an ``OCIRepository`` and a ``HelmRelease`` (plus its Namespace).

    The chart installs and upgrades the CRDs (``crds.enabled``). With ``gateway_api`` the
    controller's ``ControllerConfiguration`` turns on ``enableGatewayAPI``, so a Gateway's
    ``cert-manager.io/cluster-issuer`` annotation gets its listeners' certificates; the Gateway
    API CRDs must be installed before cert-manager starts. A value left unset is not written:
    the chart's default applies.

    :attr:`RECOMMENDED` (``CertManagerRelease.recommended(...)``; what
    :class:`~homelab_constructs.Homelab` builds) writes exactly: ``crds.keep: true``
    (``keep_crds=True``), ``replicaCount: 1`` (``replicas=1``), ``prometheus: {enabled: true,
    servicemonitor: {enabled: false}}`` (``service_monitor=False``), and the release's
    ``install.remediation.retries: 3``, ``upgrade.cleanupOnFail: true`` and
    ``upgrade.remediation.retries: 3`` (``release=ReleaseSettings.recommended()``).

    :param name: the release and chart source name (default ``cert-manager``).
    :param namespace: cert-manager's namespace, also its cluster resource namespace where
        ClusterIssuers keep their secrets (default ``cert-manager``).
    :param chart_version: the chart version (default :data:`CERT_MANAGER_CHART_VERSION`).
    :param gateway_api: issue certificates for Gateways: ``config: {apiVersion:
        controller.config.cert-manager.io/v1alpha1, kind: ControllerConfiguration,
        enableGatewayAPI: true}`` (default ``True``; ``False``: no ``config``).
    :param service_monitor: a Prometheus Operator ServiceMonitor for the controller's metrics:
        ``prometheus: {enabled: true, servicemonitor: {enabled: <this>}}`` (default ``None``:
        not written, the chart's default, none).
    :param replicas: controller replicas, ``replicaCount`` (default ``None``: not written, the
        chart's 1; more run leader-elected standbys).
    :param create_namespace: add the Namespace object (default ``True``).
    :param chart_url: where the chart comes from: an ``oci://`` address (an ``OCIRepository``;
        default :data:`CERT_MANAGER_CHART_URL`) or a Helm repository's ``https://`` URL such as
        :data:`JETSTACK_HELM_REPOSITORY` (a ``HelmRepository`` named like the release).
    :param crds: the chart installs and upgrades the CRDs (``crds.enabled``; default ``True``).
    :param dashboards: Grafana dashboards of cert-manager, each a ``GrafanaDashboard`` in the
        release's namespace (default none), such as ``GrafanaComDashboard("cert-manager", 20842, 3)``.
    :param alerts: Prometheus rule groups (:class:`~homelab_constructs.RuleGroup`) for
        cert-manager, written as the PrometheusRule ``<name>-rules`` in its namespace (default none).
    :param keep_crds: ``crds.keep``: keep the CRDs when the release is removed (deleting them
        would delete every Certificate and Issuer) (default ``None``: not written, the chart
        keeps them).
    :param dns01_recursive_nameservers: the resolvers the DNS-01 self-check asks, as
        ``address:port`` or DoH URLs, such as ``["1.1.1.1:53", "9.9.9.9:53"]``
        (``dns01RecursiveNameservers``; default ``None``: the cluster's DNS).
    :param dns01_recursive_nameservers_only: ask only those resolvers, never the zone's
        authoritative servers (``dns01RecursiveNameserversOnly``; default ``False``: not written).
    :param extra_values: more chart values, merged over the typed ones (JSON values only;
        default ``None``).
    :param release: :class:`~homelab_constructs.delivery.release_settings.ReleaseSettings` of
        the release: chart source, intervals, remediation, more values (merged last) (default
        ``None``: reconciled every ``1h``, nothing else written).
    """

    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(
        keep_crds=True, replicas=1, service_monitor=False, release=ReleaseSettings.recommended())

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str = "cert-manager",
        namespace: str | Namespace = "cert-manager",
        chart_version: str = CERT_MANAGER_CHART_VERSION,
        gateway_api: bool = True,
        service_monitor: Optional[bool] = None,
        replicas: Optional[int] = None,
        create_namespace: bool = True,
        chart_url: str = CERT_MANAGER_CHART_URL,
        crds: bool = True,
        keep_crds: Optional[bool] = None,
        dns01_recursive_nameservers: Optional[Sequence[str]] = None,
        dns01_recursive_nameservers_only: bool = False,
        extra_values: Optional[Mapping[str, Any]] = None,
        release: Optional[ReleaseSettings] = None,
        dashboards: Sequence[Dashboard] = (),
        alerts: Sequence["RuleGroup"] = (),
    ) -> None:
        super().__init__(scope, id)
        if isinstance(namespace, Namespace):  # the namespace is written by that construct
            create_namespace = False
        namespace = cast(str, namespace_name(namespace))  # a Namespace stands for its name
        self.name, self.namespace = check_release_identity(self, name, namespace, chart_version)
        if replicas is not None and (isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 1):
            raise fail(self, "replicas must be a positive integer", replicas, "use 1 (or 2 for a standby controller)")
        for value, what in ((gateway_api, "gateway_api"), (create_namespace, "create_namespace"), (crds, "crds"),
                            (dns01_recursive_nameservers_only, "dns01_recursive_nameservers_only")):
            check_bool(self, value, what)
        for optional, what in ((service_monitor, "service_monitor"), (keep_crds, "keep_crds")):
            if optional is not None:
                check_bool(self, optional, what, "write True or False, or None for the chart's default")
        check_release_settings(self, release)
        check_url(self, chart_url, "chart URL", schemes=("oci", "https"),
                  fix=f"write an oci:// address such as {CERT_MANAGER_CHART_URL!r} or a Helm repository such as "
                      f"{JETSTACK_HELM_REPOSITORY!r}")
        nameservers = None if dns01_recursive_nameservers is None else check_sequence(
            self, dns01_recursive_nameservers, "dns01_recursive_nameservers", _nameserver,
            example=["1.1.1.1:53", "9.9.9.9:53"])
        if nameservers == ():
            raise fail(self, "dns01_recursive_nameservers is empty", [], "name at least one, or pass None")
        if dns01_recursive_nameservers_only and not nameservers:
            raise fail(self, "dns01_recursive_nameservers_only needs dns01_recursive_nameservers", nameservers,
                       "name the resolvers, such as ['1.1.1.1:53', '9.9.9.9:53']")
        extra = {} if extra_values is None else check_mapping(self, extra_values, "extra_values",
                                                             example={"startupapicheck": {"enabled": False}})
        check_json_value(self, extra, "extra_values")
        self.values: dict[str, Any] = {"crds": {"enabled": crds, **({} if keep_crds is None else {"keep": keep_crds})}}
        if replicas is not None:
            self.values["replicaCount"] = replicas
        if service_monitor is not None:
            self.values["prometheus"] = {"enabled": True, "servicemonitor": {"enabled": service_monitor}}
        if gateway_api:
            self.values["config"] = {
                "apiVersion": "controller.config.cert-manager.io/v1alpha1",
                "kind": "ControllerConfiguration",
                "enableGatewayAPI": True,
            }
        if nameservers:
            self.values["dns01RecursiveNameservers"] = ",".join(nameservers)
        if dns01_recursive_nameservers_only:
            self.values["dns01RecursiveNameserversOnly"] = True
        deep_merge(self.values, extra)
        check_dashboards(self, dashboards)
        #: the GrafanaDashboards of ``dashboards`` (as :class:`~homelab_constructs.GrafanaDashboard`'s preset writes them)
        self.dashboards = grafana_dashboards(self, list(dashboards), namespace=self.namespace)
        #: the PrometheusRule ``<name>-rules`` holding ``alerts`` (``None`` without alerts)
        self.alerts = self._alerts(alerts)
        self.namespace_object: Optional[k8s.KubeNamespace] = None
        if create_namespace:
            self.namespace_object = k8s.KubeNamespace(self, "Namespace", metadata=k8s.ObjectMeta(
                name=self.namespace, labels={NAMESPACE_NAME_LABEL: self.namespace}))
        # an oci:// address: an OCIRepository and spec.chartRef; a classic Helm repository (named like
        # the release): spec.chart.spec.sourceRef. release= may move either (ReleaseSettings).
        self.source, self.release = chart_release(
            self, name=self.name, namespace=self.namespace, url=chart_url, chart="cert-manager", source_name=self.name,
            version=chart_version, values=self.values, release=release)

    def _alerts(self, alerts: Sequence["RuleGroup"]) -> Optional["PrometheusRule"]:
        if isinstance(alerts, (str, bytes)) or not isinstance(alerts, (list, tuple)):
            raise fail(self, "alerts are not a list of rule groups", alerts,
                       "write a list such as [RuleGroup('cert-manager', rules=[AlertRule(...)])], or leave it out")
        if not alerts:
            return None
        # loaded on use: the Prometheus Operator binding is megabytes that most homelabs never need
        from ..monitoring.prometheus_rule import PrometheusRule

        return PrometheusRule(self, "Alerts", name=f"{self.name}-rules", namespace=self.namespace, groups=alerts)
