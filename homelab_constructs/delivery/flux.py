"""Flux helpers for Helm releases: chart sources (``OCIRepository``, ``HelmRepository``) and a
``HelmRelease``; every release of the library goes through them.

Every release of the library goes through these two steps (:func:`chart_release` does both):

1. a source: :func:`oci_repository` for a chart published to an OCI registry (one
   ``OCIRepository`` per chart, next to its release, or one shared by several releases) or
   :func:`helm_repository` for a classic ``index.yaml`` repository (one ``HelmRepository`` per
   URL and namespace, made once per app);
2. :func:`helm_release`: a ``helm.toolkit.fluxcd.io/v2`` ``HelmRelease`` that points at the
   source, ``spec.chartRef`` for an ``OCIRepository`` (``chartRef`` does not take a
   ``HelmRepository``) or ``spec.chart.spec.sourceRef`` for a ``HelmRepository``.

A release writes what is set: it is reconciled every hour, and everything else is
helm-controller's default (no remediation, CRDs created on install only) unless its
:class:`~.release_settings.ReleaseSettings` say otherwise (chart source, intervals, timeout,
remediation, strategies, rollback, schema validation, uninstall history, CRD policy, extra
values). Every construct that writes a release takes them as ``release=``;
``ReleaseSettings.recommended()`` is the library's preset for a release that heals itself.

When the app delivers with Argo CD (:func:`~homelab_constructs.delivery.argocd.set_delivery`,
called before or after the releases), the same calls write one ``argoproj.io/v1alpha1``
``Application`` per release instead (no source object: the Application names the chart
itself), with the same values: a release is recorded as it was asked for, and written in the
app's form when the manifests are (a :class:`~.argocd.DeliveredRelease`).

A Flux ``Kustomization`` (an apply-order stage) is :mod:`.kustomization`'s.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_fluxhelm.io.fluxcd.toolkit import helm as fluxhelm
from imports.homelab_fluxsource.io.fluxcd.toolkit import source as fluxsource

from .._tree import app_registry
from .._validation import Scope, check_choice, check_dns_label, check_json_value, check_text, check_url, fail
from .argocd import AppDelivery, DeliveredRelease, argo_application, delivery, note_flux_source, write_release
from .release_settings import (
    CRD_POLICIES,
    ReleaseSettings,
    check_chart,
    check_chart_tag,
    check_interval,
    check_oci_url,
    check_release_settings,
    check_version,
)

if TYPE_CHECKING:
    from imports.homelab_argocd.io import argoproj as argocd

#: The layer of an OCI artifact that holds a Helm chart.
HELM_CHART_MEDIA_TYPE = "application/vnd.cncf.helm.chart.content.v1.tar+gzip"

_CRDS = {"Skip": (fluxhelm.HelmReleaseSpecInstallCrds.SKIP, fluxhelm.HelmReleaseSpecUpgradeCrds.SKIP),
         "Create": (fluxhelm.HelmReleaseSpecInstallCrds.CREATE, fluxhelm.HelmReleaseSpecUpgradeCrds.CREATE),
         "CreateReplace": (fluxhelm.HelmReleaseSpecInstallCrds.CREATE_REPLACE,
                           fluxhelm.HelmReleaseSpecUpgradeCrds.CREATE_REPLACE)}


def merge_values(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``over`` merged in, key by key: where both hold a mapping, the two are merged
    the same way; anything else in ``over`` (a value, a list) replaces ``base``'s, and ``None``
    removes the key (manifests carry no ``null``s: the chart's default applies)."""
    out = dict(base)
    for key, value in over.items():
        old = out.get(key)
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_values(old, value) if isinstance(old, Mapping) and isinstance(value, Mapping) else value
    return out


# ---- sources

@dataclass(frozen=True)
class _Source:
    kind: str  # "OCIRepository" or "HelmRepository"
    url: str
    tag: Optional[str]
    interval: str


def _sources(scope: constructs.Construct) -> dict[tuple[str, str], _Source]:
    return app_registry(scope, "flux-chart-sources", lambda root: {})


def _claim_source(scope: constructs.Construct, namespace: str, name: str, source: _Source) -> bool:
    """Record the source ``namespace/name``; ``True`` when it is new (so it must be written),
    ``False`` when the same one is already declared; another one of that name is an error."""
    made = _sources(scope)
    old = made.get((namespace, name))
    if old is None:
        made[(namespace, name)] = source
        return True
    if old != source:
        raise fail(scope, f"{source.kind} {namespace}/{name} already exists with other settings",
                   {"url": source.url, "tag": source.tag, "interval": source.interval},
                   f"it is {old.kind} {old.url}" + (f":{old.tag}" if old.tag else "")
                   + f" every {old.interval}; give this source its own name (ReleaseSettings(source_name=...)) "
                   "or the same settings")
    return False


def check_release_identity(scope: Scope, name: object, namespace: object, chart_version: object) -> tuple[str, str]:
    """The release's name and namespace, checked as DNS labels; then the chart version is checked
    as an OCI tag (the exact version pinned)."""
    checked = (check_dns_label(scope, name, "release name"), check_dns_label(scope, namespace, "namespace"))
    check_chart_tag(scope, chart_version)
    return checked


def oci_repository(
    scope: constructs.Construct,
    *,
    name: str,
    namespace: str,
    url: str,
    tag: str,
    id: str = "ChartSource",
    interval: str = "1h",
    release: Optional[ReleaseSettings] = None,
) -> Optional[fluxsource.OciRepository]:
    """An ``OCIRepository`` ``namespace/name`` that pulls the Helm chart ``url:tag``.

    Several releases may share one: asking again for the same name, URL, tag and interval in
    the same namespace returns ``None`` (the first call wrote it); other settings under the
    same name are an error. With Argo CD delivery nothing is written (``None``): the
    Application names the chart itself; a source written before ``set_delivery(app, "argocd")``
    is taken out of the app by that call.

    :param name: the object's name; the release's ``chartRef`` names it.
    :param namespace: its namespace (the release's, so ``chartRef`` needs no namespace).
    :param url: the chart's ``oci://`` address, such as ``oci://quay.io/cilium/charts/cilium``.
    :param tag: the pinned chart version (the OCI tag).
    :param id: the construct id (default ``ChartSource``).
    :param interval: how often Flux checks the tag (default ``1h``).
    :param release: :class:`ReleaseSettings` whose ``chart_url`` (an ``oci://`` one),
        ``version``, ``source_name`` and ``source_interval`` replace ``url``, ``tag``, ``name``
        and ``interval`` when set (default ``None``).
    """
    settings = check_release_settings(scope, release)
    if settings.chart_url is not None and not settings.is_oci:
        raise fail(scope, "an OCIRepository needs an oci:// chart address", settings.chart_url,
                   "use chart_release(...) to switch to a Helm repository, or write an oci:// address")
    name = check_dns_label(scope, settings.source_name or name, "chart source name")
    check_dns_label(scope, namespace, "namespace")
    url = check_oci_url(scope, settings.chart_url or url)
    tag = check_chart_tag(scope, settings.version or tag)
    interval = check_interval(scope, settings.source_interval or interval)
    if not _claim_source(scope, namespace, name, _Source("OCIRepository", url, tag, interval)):
        return None
    if delivery(scope).argocd:
        return None
    source = fluxsource.OciRepository(
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
    note_flux_source(source)
    return source


def helm_repository(scope: constructs.Construct, *, name: str, namespace: str, url: str,
                    interval: str = "12h", release: Optional[ReleaseSettings] = None) -> str:
    """A ``HelmRepository`` ``namespace/name`` for ``url``, made once per app; returns its name.

    Releases of one chart repository in one namespace share the object; asking for the same
    name with another URL or interval is an error. With Argo CD delivery nothing is written (a
    ``HelmRepository`` written before ``set_delivery(app, "argocd")`` is taken out by that call).

    :param name: the object's name.
    :param namespace: its namespace (the releases').
    :param url: the repository's ``http(s)://`` URL (the one with ``index.yaml``).
    :param interval: how often Flux downloads the index (default ``12h``).
    :param release: :class:`ReleaseSettings` whose ``chart_url`` (an ``http(s)://`` one),
        ``source_name`` and ``source_interval`` replace ``url``, ``name`` and ``interval`` when
        set (default ``None``).
    """
    settings = check_release_settings(scope, release)
    if settings.is_oci:
        raise fail(scope, "a HelmRepository needs an http(s):// URL", settings.chart_url,
                   "use chart_release(...) or oci_repository(...) for an oci:// chart")
    name = check_dns_label(scope, settings.source_name or name, "chart repository name")
    check_dns_label(scope, namespace, "namespace")
    url = settings.chart_url or url
    check_url(scope, url, "chart repository", fix="write the repository's URL, such as 'https://coredns.github.io/helm'")
    interval = check_interval(scope, settings.source_interval or interval)
    made = _sources(scope)
    old = made.get((namespace, name))
    if old is not None and old.url != url:
        raise fail(scope, f"HelmRepository {namespace}/{name} already exists with another URL", url,
                   f"it points at {old.url}; give this repository its own name")
    if _claim_source(scope, namespace, name, _Source("HelmRepository", url, None, interval)) and \
            not delivery(scope).argocd:
        note_flux_source(fluxsource.HelmRepository(
            scope, f"HelmRepository-{name}",
            metadata=ApiObjectMetadata(name=name, namespace=namespace),
            spec=fluxsource.HelmRepositorySpec(url=url, interval=interval),
        ))
    return name


# ---- releases

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
    crds: Optional[str] = None,
    release: Optional[ReleaseSettings] = None,
) -> DeliveredRelease:
    """A ``HelmRelease`` ``namespace/name`` (``helm.toolkit.fluxcd.io/v2``) with ``values``; with
    Argo CD delivery, an ``Application`` ``name`` instead (see :mod:`.argocd`): the returned
    :class:`~.argocd.DeliveredRelease` is written in the form of the app's delivery.

    Give the chart either as ``oci_repository`` (the name of an :func:`oci_repository` in
    ``namespace``: written as ``spec.chartRef``) or as ``chart`` + ``version`` +
    ``helm_repository`` (a :func:`helm_repository`: written as ``spec.chart.spec``). Argo CD
    delivery needs the source declared in the same app (its URL goes in the Application): before
    the release, or at least before ``set_delivery(app, "argocd")`` when that comes later.

    :param values: the chart's values (free-form, as in a values file): JSON values only (no NaN,
        sets or objects; tuples are written as lists), checked with their path.
    :param id: the construct id (default ``Release``).
    :param interval: how often Flux reconciles the release (default ``1h``).
    :param crds: the CRD policy of the chart's ``crds/`` directory on install and upgrade:
        ``Skip``, ``Create`` or ``CreateReplace`` (default ``None``: not written, Flux's default
        creates them on install only).
    :param release: :class:`ReleaseSettings`: the release's own settings (interval, timeout,
        remediation, strategies, rollback, schema validation, uninstall history, CRD policy,
        extra values) over these parameters (default ``None``: nothing more is written, so
        helm-controller's defaults apply: no remediation). Its source fields belong to the
        source helpers (or :func:`chart_release`).
    """
    settings = check_release_settings(scope, release)
    check_dns_label(scope, name, "release name")
    check_dns_label(scope, namespace, "namespace")
    interval = check_interval(scope, settings.interval or interval)
    if not isinstance(values, Mapping):
        raise fail(scope, "values must be a mapping of Helm values", values,
                   "write nested values such as {'replicaCount': 2}, or {} for the chart's defaults")
    plain_values: dict[str, Any] = check_json_value(  # type: ignore[assignment]  # a mapping: checked above
        scope, merge_values(check_json_value(scope, values, "values"), settings.values), "values")  # type: ignore[arg-type]
    by_repository = (chart, version, helm_repository)
    if any(v is None for v in by_repository) if oci_repository is None else any(v is not None for v in by_repository):
        raise fail(scope, "release needs exactly one chart source",
                   {"oci_repository": oci_repository, "chart": chart, "version": version,
                    "helm_repository": helm_repository},
                   "pass oci_repository=<OCIRepository name>, or chart, version and helm_repository together")
    crds = settings.crds or crds
    if crds is not None:
        check_choice(scope, crds, CRD_POLICIES, "CRD policy")
    if oci_repository is not None:
        check_dns_label(scope, oci_repository, "chart source name")
    else:
        helm_repository = check_dns_label(scope, helm_repository, "chart repository name")
        chart = check_chart(scope, chart)
        version = check_version(scope, version)
    flux_spec = fluxhelm.HelmReleaseSpec(
        interval=interval,
        chart=_chart_spec(chart, version, helm_repository) if oci_repository is None else None,
        chart_ref=fluxhelm.HelmReleaseSpecChartRef(kind=fluxhelm.HelmReleaseSpecChartRefKind.OCI_REPOSITORY,
                                                   name=oci_repository) if oci_repository else None,
        timeout=settings.timeout,
        **_actions(crds, settings),  # type: ignore[arg-type]
        values=plain_values,  # type: ignore[arg-type]  # a mapping: checked above
    )
    return write_release(scope, id, _Release(
        scope, name, namespace, flux_spec, plain_values, oci_repository, chart, version, helm_repository,
        skip_crds=True if crds == "Skip" else None, skip_schema_validation=settings.disable_schema_validation))


def _chart_spec(chart: Optional[str], version: Optional[str], repository: Optional[str]) -> fluxhelm.HelmReleaseSpecChart:
    return fluxhelm.HelmReleaseSpecChart(spec=fluxhelm.HelmReleaseSpecChartSpec(
        chart=chart,  # type: ignore[arg-type]  # checked by the caller
        version=version,
        source_ref=fluxhelm.HelmReleaseSpecChartSpecSourceRef(
            kind=fluxhelm.HelmReleaseSpecChartSpecSourceRefKind.HELM_REPOSITORY, name=repository),  # type: ignore[arg-type]
    ))


def _actions(crds: Optional[str], s: ReleaseSettings) -> dict[str, Any]:
    """``install``, ``upgrade``, ``rollback`` and ``uninstall`` of the HelmRelease: what ``s``
    sets, each ``None`` when it sets nothing there."""
    install_crds, upgrade_crds = _CRDS[crds] if crds else (None, None)
    install_remediation: dict[str, Any] = dict(retries=s.install_retries,
                                               remediate_last_failure=s.install_remediate_last_failure)
    upgrade_remediation: dict[str, Any] = dict(
        retries=s.upgrade_retries, remediate_last_failure=s.upgrade_remediate_last_failure,
        strategy=None if s.upgrade_remediation_strategy is None
        else fluxhelm.HelmReleaseSpecUpgradeRemediationStrategy[s.upgrade_remediation_strategy.upper()])
    install: dict[str, Any] = dict(
        crds=install_crds, disable_schema_validation=s.disable_schema_validation,
        remediation=fluxhelm.HelmReleaseSpecInstallRemediation(**install_remediation) if _any(install_remediation)
        else None,
        strategy=None if s.install_strategy is None else fluxhelm.HelmReleaseSpecInstallStrategy(
            name=fluxhelm.HelmReleaseSpecInstallStrategyName[_enum(s.install_strategy.name)],
            retry_interval=s.install_strategy.retry_interval))
    upgrade: dict[str, Any] = dict(
        crds=upgrade_crds, cleanup_on_fail=s.upgrade_cleanup_on_fail,
        disable_schema_validation=s.disable_schema_validation,
        remediation=fluxhelm.HelmReleaseSpecUpgradeRemediation(**upgrade_remediation) if _any(upgrade_remediation)
        else None,
        strategy=None if s.upgrade_strategy is None else fluxhelm.HelmReleaseSpecUpgradeStrategy(
            name=fluxhelm.HelmReleaseSpecUpgradeStrategyName[_enum(s.upgrade_strategy.name)],
            retry_interval=s.upgrade_strategy.retry_interval))
    rollback = None if s.rollback is None or s.rollback.is_empty else fluxhelm.HelmReleaseSpecRollback(
        cleanup_on_fail=s.rollback.cleanup_on_fail, disable_hooks=s.rollback.disable_hooks,
        disable_wait=s.rollback.disable_wait, disable_wait_for_jobs=s.rollback.disable_wait_for_jobs,
        force=s.rollback.force, timeout=s.rollback.timeout,
        server_side_apply=None if s.rollback.server_side_apply is None
        else fluxhelm.HelmReleaseSpecRollbackServerSideApply[s.rollback.server_side_apply.upper()])
    return {
        "install": fluxhelm.HelmReleaseSpecInstall(**install) if _any(install) else None,
        "upgrade": fluxhelm.HelmReleaseSpecUpgrade(**upgrade) if _any(upgrade) else None,
        "rollback": rollback,
        "uninstall": None if s.keep_history is None else fluxhelm.HelmReleaseSpecUninstall(keep_history=s.keep_history),
    }


def _any(fields: Mapping[str, Any]) -> bool:
    return any(v is not None for v in fields.values())


def _enum(name: str) -> str:
    """``RetryOnFailure`` -> ``RETRY_ON_FAILURE``: the binding's enum member of a CRD value."""
    return "".join("_" + c if c.isupper() and i else c for i, c in enumerate(name)).upper()


@dataclass(frozen=True)
class _Release:
    """A release as :func:`helm_release` checked it: its Flux spec, and what its Argo CD
    ``Application`` is made of (:class:`~.argocd.ReleaseForms`)."""

    scope: constructs.Construct
    name: str
    namespace: str
    flux_spec: fluxhelm.HelmReleaseSpec
    values: dict[str, Any]
    oci_repository: Optional[str]
    chart: Optional[str]
    version: Optional[str]
    helm_repository: Optional[str]
    skip_crds: Optional[bool]
    skip_schema_validation: Optional[bool]
    flux_type = ("helm.toolkit.fluxcd.io/v2", "HelmRelease")

    def flux(self, scope: constructs.Construct, id: str, metadata: ApiObjectMetadata) -> fluxhelm.HelmRelease:
        return fluxhelm.HelmRelease(scope, id, metadata=metadata, spec=self.flux_spec)

    def argocd(self, scope: constructs.Construct, id: str, metadata: ApiObjectMetadata,
               delivery: AppDelivery) -> "argocd.Application":
        source = self._source()
        return argo_application(
            scope, id, metadata=metadata, delivery=delivery, name=self.name, namespace=self.namespace,
            repo_url=source.url, chart=None if self.oci_repository else self.chart,
            version=source.tag if self.oci_repository else self.version,  # type: ignore[arg-type]
            values=self.values, skip_crds=self.skip_crds, skip_schema_validation=self.skip_schema_validation)

    def check_argocd(self) -> None:
        self._source()

    def _source(self) -> _Source:
        """The declared source of the chart: the Application names its address."""
        source_name = self.oci_repository or self.helm_repository
        source = _sources(self.scope).get((self.namespace, source_name))  # type: ignore[arg-type]
        kind = "OCIRepository" if self.oci_repository else "HelmRepository"
        if source is None or source.kind != kind:
            raise fail(self.scope, f"release names {kind} {self.namespace}/{source_name}, which this app does not "
                       "declare", source_name, "with Argo CD delivery the chart's address comes from the source: "
                       "declare it first with oci_repository(...)/helm_repository(...), or use chart_release(...)")
        return source


def chart_release(
    scope: constructs.Construct,
    *,
    name: str,
    namespace: str,
    url: str,
    version: str,
    values: Mapping[str, Any],
    chart: Optional[str] = None,
    source_name: Optional[str] = None,
    interval: str = "1h",
    crds: Optional[str] = None,
    release: Optional[ReleaseSettings] = None,
) -> tuple[Optional[Union[fluxsource.OciRepository, str]], DeliveredRelease]:
    """A chart's source and the release ``namespace/name`` that installs it, whatever the source
    is: an ``oci://`` ``url`` gives an :func:`oci_repository` (named ``name``, checked every
    ``interval``) and a ``spec.chartRef``; an ``http(s)://`` one a :func:`helm_repository`
    (named ``chart``, checked every ``12h``) and a ``spec.chart.spec``. ``release``
    (:class:`ReleaseSettings`) may change the source (``chart_url``, ``chart``, ``version``,
    ``source_name``, ``source_interval``) and the release's settings. Returns the source (the
    ``OCIRepository``, ``None`` when shared or with Argo CD, or the ``HelmRepository``'s name)
    and the release (a :class:`~.argocd.DeliveredRelease`: its ``HelmRelease``, or its Argo CD
    ``Application``).

    :param chart: the chart's name in a Helm repository (default ``None``: ``name``).
    :param source_name: the source object's name (default ``None``: ``name`` for OCI, ``chart``
        for a Helm repository); ``release.source_name`` wins.
    :param interval: how often Flux reconciles the release (default ``1h``).
    :param crds: as :func:`helm_release` (default ``None``).
    :param release: :class:`ReleaseSettings` (default ``None``: all of the above as given).
    """
    settings = check_release_settings(scope, release)
    url = settings.chart_url or url
    check_text(scope, url, "chart address", "oci://quay.io/cilium/charts/cilium")
    version = settings.version or version
    if url.startswith("oci:"):
        source_interval = settings.source_interval or settings.interval or interval
        oci_name = settings.source_name or source_name or name
        source = oci_repository(scope, name=oci_name, namespace=namespace, url=url, tag=version,
                                interval=source_interval)
        return source, helm_release(scope, name=name, namespace=namespace, values=values, oci_repository=oci_name,
                                    interval=interval, crds=crds, release=settings)
    chart = settings.chart or chart or name
    check_chart(scope, chart)
    repository = helm_repository(scope, name=settings.source_name or source_name or chart, namespace=namespace, url=url,
                                 interval=settings.source_interval or "12h")
    return repository, helm_release(scope, name=name, namespace=namespace, values=values, chart=chart, version=version,
                                    helm_repository=repository, interval=interval, crds=crds,
                                    release=settings)
