"""The platform as code: Flux helpers (``OCIRepository``/``HelmRepository`` + ``HelmRelease``,
``ReleaseSettings``, ``Kustomization``), Argo CD delivery (``set_delivery``), Multus,
Cilium (typed values and profiles in ``cilium_values``, the release with Hubble and dashboards in
``cilium``), cert-manager, Grafana dashboards (grafana.com, ConfigMap, URL), and Helm values as text (``helm``)."""
from .._lazy import lazy_exports

# the releases load the Flux or Grafana bindings: only when used
__getattr__, __dir__ = lazy_exports(__name__, globals(), {
    ".certmanager": ["CERT_MANAGER_CHART_URL", "CERT_MANAGER_CHART_VERSION", "CertManagerRelease"],
    ".cilium": ["CILIUM_CHART_DASHBOARDS", "CILIUM_CHART_URL", "DEFAULT_CILIUM_DASHBOARDS", "DEFAULT_HUBBLE_DASHBOARDS",
                "CiliumRelease"],
    # the typed values and the generic --set/values-file writer load no bindings
    ".cilium_values": ["CILIUM_CHART_VERSION", "HUBBLE_METRICS", "PERFORMANCE_HUBBLE_METRICS", "CiliumValues",
                       "ClientRateLimit", "Hubble", "LoadBalancing", "ServiceMonitors", "ChartDashboards",
                       "KUBEPRISM", "TALOS_AGENT_CAPABILITIES", "TALOS_CLEAN_STATE_CAPABILITIES"],
    ".helm": ["helm_set_flags", "values_yaml"],
    ".dashboards": ["DEFAULT_GRAFANA_INSTANCE_LABELS", "GrafanaComDashboard", "check_dashboards", "grafana_dashboards",
                    "ConfigMapDashboard", "GrafanaUrlDashboard"],
    ".flux": ["HELM_CHART_MEDIA_TYPE", "REMEDIATION_RETRIES", "helm_release", "helm_repository",
              "oci_repository", "ReleaseSettings", "chart_release", "merge_values", "flux_kustomization",
              "HealthCheck", "SubstituteFrom"],
    ".argocd": ["ArgoSync", "set_delivery"],
    ".multus": ["MULTUS_CHART_URL", "MULTUS_CHART_VERSION", "MultusRelease"],
})

__all__ = [
    "CERT_MANAGER_CHART_URL", "CERT_MANAGER_CHART_VERSION", "CILIUM_CHART_URL", "CILIUM_CHART_VERSION",
    "CertManagerRelease", "CiliumRelease", "CiliumValues", "ClientRateLimit", "DEFAULT_CILIUM_DASHBOARDS",
    "DEFAULT_GRAFANA_INSTANCE_LABELS", "DEFAULT_HUBBLE_DASHBOARDS", "GrafanaComDashboard", "HELM_CHART_MEDIA_TYPE",
    "HUBBLE_METRICS", "Hubble", "LoadBalancing", "PERFORMANCE_HUBBLE_METRICS", "REMEDIATION_RETRIES",
    "ServiceMonitors", "check_dashboards", "grafana_dashboards", "helm_release", "helm_repository", "helm_set_flags",
    "oci_repository", "values_yaml",
    "CILIUM_CHART_DASHBOARDS", "ChartDashboards", "ConfigMapDashboard", "GrafanaUrlDashboard", "KUBEPRISM",
    "TALOS_AGENT_CAPABILITIES", "TALOS_CLEAN_STATE_CAPABILITIES",
    "ArgoSync", "HealthCheck", "MULTUS_CHART_URL", "MULTUS_CHART_VERSION", "MultusRelease", "ReleaseSettings",
    "SubstituteFrom", "chart_release", "flux_kustomization", "merge_values", "set_delivery",
]
