"""Flux helpers: chart sources (``OCIRepository``, ``HelmRepository``) and a ``HelmRelease``.

Every release of the library goes through these two steps:

1. a source: :func:`oci_repository` for a chart published to an OCI registry (one
   ``OCIRepository`` per chart, next to its release) or :func:`helm_repository` for a classic
   ``index.yaml`` repository (one ``HelmRepository`` per URL and namespace, made once per app);
2. :func:`helm_release`: a ``helm.toolkit.fluxcd.io/v2`` ``HelmRelease`` that points at the
   source, ``spec.chartRef`` for an ``OCIRepository`` (``chartRef`` does not take a
   ``HelmRepository``) or ``spec.chart.spec.sourceRef`` for a ``HelmRepository``.

Defaults: reconcile every hour; a failed install is retried 3 times; a failed upgrade is
rolled back (cleaning up what it created) and retried 3 times.
"""
from __future__ import annotations

import re
from typing import Any, Mapping, Optional

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_fluxhelm.io.fluxcd.toolkit import helm as fluxhelm
from imports.homelab_fluxsource.io.fluxcd.toolkit import source as fluxsource

from .._registry import app_registry
from .._validation import check_bool, check_choice, check_dns_label, check_go_duration, check_json_value, check_url, fail

#: The layer of an OCI artifact that holds a Helm chart.
HELM_CHART_MEDIA_TYPE = "application/vnd.cncf.helm.chart.content.v1.tar+gzip"
#: Retries of a failed install or upgrade before Flux gives up until the next change.
REMEDIATION_RETRIES = 3

_OCI_URL = re.compile(r"^oci://[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9._-]+)+$")
_OCI_URL_FIX = "write the chart's OCI address, such as 'oci://quay.io/cilium/charts/cilium'"
#: a chart name as Helm takes it (``helm create`` and chart repositories: no slash, no space)
_CHART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")
_CRDS = {"Skip": (fluxhelm.HelmReleaseSpecInstallCrds.SKIP, fluxhelm.HelmReleaseSpecUpgradeCrds.SKIP),
         "Create": (fluxhelm.HelmReleaseSpecInstallCrds.CREATE, fluxhelm.HelmReleaseSpecUpgradeCrds.CREATE),
         "CreateReplace": (fluxhelm.HelmReleaseSpecInstallCrds.CREATE_REPLACE,
                           fluxhelm.HelmReleaseSpecUpgradeCrds.CREATE_REPLACE)}


def check_interval(scope: constructs.Construct, value: object, what: str = "interval") -> str:
    """A Flux interval: a Go duration as Flux's CRDs take it (:func:`check_go_duration`)."""
    return check_go_duration(scope, value, what, "'1h', '30m' or '12h'")


def check_chart_tag(scope: constructs.Construct, value: object, what: str = "chart version") -> str:
    if not isinstance(value, str) or not _TAG.fullmatch(value):
        raise fail(scope, f"{what} is not an OCI tag", value,
                   "pin the chart's exact version, such as '1.18.4' or 'v1.21.1'")
    return value


def oci_repository(
    scope: constructs.Construct,
    *,
    name: str,
    namespace: str,
    url: str,
    tag: str,
    id: str = "ChartSource",
    interval: str = "1h",
) -> fluxsource.OciRepository:
    """An ``OCIRepository`` ``namespace/name`` that pulls the Helm chart ``url:tag``.

    :param name: the object's name; the release's ``chartRef`` names it.
    :param namespace: its namespace (the release's, so ``chartRef`` needs no namespace).
    :param url: the chart's ``oci://`` address, such as ``oci://quay.io/cilium/charts/cilium``.
    :param tag: the pinned chart version (the OCI tag).
    :param id: the construct id (default ``ChartSource``).
    :param interval: how often Flux checks the tag (default ``1h``).
    """
    check_dns_label(scope, name, "chart source name")
    check_dns_label(scope, namespace, "namespace")
    check_url(scope, url, "chart address", schemes=("oci",), fix=_OCI_URL_FIX)
    if not _OCI_URL.fullmatch(url):  # an OCI repository: lowercase host and path
        raise fail(scope, "chart address is not an oci:// URL", url, _OCI_URL_FIX)
    check_chart_tag(scope, tag)
    check_interval(scope, interval)
    return fluxsource.OciRepository(
        scope, id,
        metadata=ApiObjectMetadata(name=name, namespace=namespace),
        spec=fluxsource.OciRepositorySpec(
            interval=interval,
            url=url,
            ref=fluxsource.OciRepositorySpecRef(tag=tag),
            layer_selector=fluxsource.OciRepositorySpecLayerSelector(
                media_type=HELM_CHART_MEDIA_TYPE,
                operation=fluxsource.OciRepositorySpecLayerSelectorOperation.COPY),
        ),
    )


def helm_repository(scope: constructs.Construct, *, name: str, namespace: str, url: str,
                    interval: str = "12h") -> str:
    """A ``HelmRepository`` ``namespace/name`` for ``url``, made once per app; returns its name.

    Releases of one chart repository in one namespace share the object; asking for the same
    name with another URL is an error.

    :param name: the object's name.
    :param namespace: its namespace (the releases').
    :param url: the repository's ``http(s)://`` URL (the one with ``index.yaml``).
    :param interval: how often Flux downloads the index (default ``12h``).
    """
    check_dns_label(scope, name, "chart repository name")
    check_dns_label(scope, namespace, "namespace")
    check_url(scope, url, "chart repository", fix="write the repository's URL, such as 'https://coredns.github.io/helm'")
    check_interval(scope, interval)
    made: dict[tuple[str, str], str] = app_registry(scope, "flux-helm-repositories", lambda root: {})
    if (namespace, name) in made:
        if made[(namespace, name)] != url:
            raise fail(scope, f"HelmRepository {namespace}/{name} already exists with another URL", url,
                       f"it points at {made[(namespace, name)]}; give this repository its own name")
        return name
    fluxsource.HelmRepository(
        scope, f"HelmRepository-{name}",
        metadata=ApiObjectMetadata(name=name, namespace=namespace),
        spec=fluxsource.HelmRepositorySpec(url=url, interval=interval),
    )
    made[(namespace, name)] = url
    return name


def helm_release(
    scope: constructs.Construct,
    *,
    name: str,
    namespace: str,
    values: Mapping[str, Any],
    oci_repository: Optional[str] = None,
    chart: Optional[str] = None,
    version: Optional[str] = None,
    helm_repository: Optional[str] = None,
    id: str = "Release",
    interval: str = "1h",
    remediation: bool = True,
    crds: Optional[str] = None,
) -> fluxhelm.HelmRelease:
    """A ``HelmRelease`` ``namespace/name`` (``helm.toolkit.fluxcd.io/v2``) with ``values``.

    Give the chart either as ``oci_repository`` (the name of an :func:`oci_repository` in
    ``namespace``: written as ``spec.chartRef``) or as ``chart`` + ``version`` +
    ``helm_repository`` (a :func:`helm_repository`: written as ``spec.chart.spec``).

    :param values: the chart's values (free-form, as in a values file): JSON values only (no NaN,
        sets or objects; tuples are written as lists), checked with their path.
    :param id: the construct id (default ``Release``).
    :param interval: how often Flux reconciles the release (default ``1h``).
    :param remediation: retry a failed install and upgrade :data:`REMEDIATION_RETRIES` times,
        and clean up after a failed upgrade (default ``True``).
    :param crds: the CRD policy of the chart's ``crds/`` directory on install and upgrade:
        ``Skip``, ``Create`` or ``CreateReplace`` (default ``None``: Flux's default, create on
        install only).
    """
    check_dns_label(scope, name, "release name")
    check_dns_label(scope, namespace, "namespace")
    check_interval(scope, interval)
    check_bool(scope, remediation, "remediation")
    if not isinstance(values, Mapping):
        raise fail(scope, "values must be a mapping of Helm values", values,
                   "write nested values such as {'replicaCount': 2}, or {} for the chart's defaults")
    plain_values = check_json_value(scope, values, "values")
    by_repository = (chart, version, helm_repository)
    if any(v is None for v in by_repository) if oci_repository is None else any(v is not None for v in by_repository):
        raise fail(scope, "release needs exactly one chart source",
                   {"oci_repository": oci_repository, "chart": chart, "version": version,
                    "helm_repository": helm_repository},
                   "pass oci_repository=<OCIRepository name>, or chart, version and helm_repository together")
    if crds is not None:
        check_choice(scope, crds, _CRDS, "CRD policy")
    install_crds, upgrade_crds = _CRDS[crds] if crds else (None, None)
    chart_ref = chart_spec = None
    if oci_repository is not None:
        check_dns_label(scope, oci_repository, "chart source name")
        chart_ref = fluxhelm.HelmReleaseSpecChartRef(kind=fluxhelm.HelmReleaseSpecChartRefKind.OCI_REPOSITORY,
                                                     name=oci_repository)
    else:
        helm_repository = check_dns_label(scope, helm_repository, "chart repository name")
        if not isinstance(chart, str) or not _CHART.fullmatch(chart):
            raise fail(scope, "chart is not a chart name", chart, "name the chart as its repository lists it, such as "
                                                                   "'external-dns'")
        if not isinstance(version, str) or not version.strip():
            raise fail(scope, "chart version is empty or not a string", version,
                       "pin the chart's version, such as '1.22.0' (or a semver range such as '1.22.x')")
        chart_spec = fluxhelm.HelmReleaseSpecChart(spec=fluxhelm.HelmReleaseSpecChartSpec(
            chart=chart, version=version,
            source_ref=fluxhelm.HelmReleaseSpecChartSpecSourceRef(
                kind=fluxhelm.HelmReleaseSpecChartSpecSourceRefKind.HELM_REPOSITORY, name=helm_repository),
        ))
    install = fluxhelm.HelmReleaseSpecInstall(
        crds=install_crds,
        remediation=fluxhelm.HelmReleaseSpecInstallRemediation(retries=REMEDIATION_RETRIES) if remediation else None)
    upgrade = fluxhelm.HelmReleaseSpecUpgrade(
        crds=upgrade_crds,
        cleanup_on_fail=True if remediation else None,
        remediation=fluxhelm.HelmReleaseSpecUpgradeRemediation(retries=REMEDIATION_RETRIES) if remediation else None)
    return fluxhelm.HelmRelease(
        scope, id,
        metadata=ApiObjectMetadata(name=name, namespace=namespace),
        spec=fluxhelm.HelmReleaseSpec(
            interval=interval,
            chart=chart_spec,
            chart_ref=chart_ref,
            install=install if (remediation or crds) else None,
            upgrade=upgrade if (remediation or crds) else None,
            values=plain_values,  # type: ignore[arg-type]  # a mapping: checked above
        ),
    )


def oci_helm_release(
    scope: constructs.Construct,
    *,
    name: str,
    namespace: str,
    url: str,
    version: str,
    values: Mapping[str, Any],
    interval: str = "1h",
    remediation: bool = True,
    crds: Optional[str] = None,
) -> tuple[fluxsource.OciRepository, fluxhelm.HelmRelease]:
    """An :func:`oci_repository` ``name`` for ``url:version`` and the :func:`helm_release`
    ``name`` that installs it, both in ``namespace`` (construct ids ``ChartSource`` and
    ``Release``); the other parameters are :func:`helm_release`'s."""
    source = oci_repository(scope, name=name, namespace=namespace, url=url, tag=version, interval=interval)
    release = helm_release(scope, name=name, namespace=namespace, values=values, oci_repository=name,
                           interval=interval, remediation=remediation, crds=crds)
    return source, release
