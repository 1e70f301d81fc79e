"""The Flux objects the DNS releases need: one ``HelmRepository`` per chart source and
namespace, and a ``HelmRelease``.

Kept private and small on purpose: when the shared Flux helpers (``platform/flux.py``)
land, the DNS constructs switch to them and this module goes away.
"""
from __future__ import annotations

from typing import Any, Mapping

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_fluxhelm.io.fluxcd.toolkit import helm as fluxhelm
from imports.homelab_fluxsource.io.fluxcd.toolkit import source as fluxsource

from .._registry import app_registry


def helm_repository(scope: constructs.Construct, *, name: str, namespace: str, url: str) -> str:
    """A HelmRepository ``name`` in ``namespace`` for ``url``, made once per app; its name."""
    made = app_registry(scope, "dns-helm-repositories", lambda root: {})
    if (namespace, name) not in made:
        made[(namespace, name)] = fluxsource.HelmRepository(
            scope, f"HelmRepository-{name}",
            metadata=ApiObjectMetadata(name=name, namespace=namespace),
            spec=fluxsource.HelmRepositorySpec(url=url, interval="12h"),
        )
    return name


def helm_release(
    scope: constructs.Construct,
    *,
    name: str,
    namespace: str,
    chart: str,
    version: str,
    repository: str,
    values: Mapping[str, Any],
) -> fluxhelm.HelmRelease:
    """A HelmRelease of ``chart`` at ``version`` from the HelmRepository ``repository``."""
    return fluxhelm.HelmRelease(
        scope, "Release",
        metadata=ApiObjectMetadata(name=name, namespace=namespace),
        spec=fluxhelm.HelmReleaseSpec(
            interval="1h",
            chart=fluxhelm.HelmReleaseSpecChart(spec=fluxhelm.HelmReleaseSpecChartSpec(
                chart=chart, version=version,
                source_ref=fluxhelm.HelmReleaseSpecChartSpecSourceRef(
                    kind=fluxhelm.HelmReleaseSpecChartSpecSourceRefKind.HELM_REPOSITORY, name=repository),
            )),
            install=fluxhelm.HelmReleaseSpecInstall(remediation=fluxhelm.HelmReleaseSpecInstallRemediation(retries=3)),
            upgrade=fluxhelm.HelmReleaseSpecUpgrade(
                cleanup_on_fail=True, remediation=fluxhelm.HelmReleaseSpecUpgradeRemediation(retries=3)),
            values=dict(values),
        ),
    )
