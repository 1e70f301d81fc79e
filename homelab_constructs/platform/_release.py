"""What every Helm-release construct checks first (:class:`~.cilium.CiliumRelease`,
:class:`~.certmanager.CertManagerRelease`, :class:`~.multus.MultusRelease`)."""
from __future__ import annotations

from .._validation import Scope, check_dns_label
from .flux import check_chart_tag


def check_release_identity(scope: Scope, name: object, namespace: object, chart_version: object) -> tuple[str, str]:
    """The release's name and namespace, checked as DNS labels; then the chart version is checked
    as an OCI tag (the exact version pinned)."""
    checked = (check_dns_label(scope, name, "release name"), check_dns_label(scope, namespace, "namespace"))
    check_chart_tag(scope, chart_version)
    return checked
