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

Defaults: reconcile every hour; a failed install is retried 3 times; a failed upgrade is
rolled back (cleaning up what it created) and retried 3 times. :class:`ReleaseSettings`
changes any of that per release (chart source, intervals, timeout, remediation, schema
validation, uninstall history, CRD policy, extra values), and every construct that writes a
release takes one as ``release=``.

When the app delivers with Argo CD (:func:`~homelab_constructs.delivery.argocd.set_delivery`,
called before or after the releases), the same calls write one ``argoproj.io/v1alpha1``
``Application`` per release instead (no source object: the Application names the chart
itself), with the same values: a release is recorded as it was asked for, and written in the
app's form when the manifests are (a :class:`~.argocd.DeliveredRelease`).

A Flux ``Kustomization`` (an apply-order stage) is :mod:`.kustomization`'s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_fluxhelm.io.fluxcd.toolkit import helm as fluxhelm
from imports.homelab_fluxsource.io.fluxcd.toolkit import source as fluxsource

from .._tree import app_registry
from .._validation import (
    Scope,
    check_bool,
    check_choice,
    check_dns_label,
    check_go_duration,
    check_instance,
    check_int,
    check_json_value,
    check_text,
    check_url,
    fail,
)
from .argocd import AppDelivery, DeliveredRelease, argo_application, delivery, note_flux_source, write_release

if TYPE_CHECKING:
    from imports.homelab_argocd.io import argoproj as argocd

#: The layer of an OCI artifact that holds a Helm chart.
HELM_CHART_MEDIA_TYPE = "application/vnd.cncf.helm.chart.content.v1.tar+gzip"
#: Retries of a failed install or upgrade before Flux gives up until the next change.
REMEDIATION_RETRIES = 3

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_OCI_URL = re.compile(r"^oci://[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9._-]+)+$")
_OCI_URL_FIX = "write the chart's OCI address, such as 'oci://quay.io/cilium/charts/cilium'"
_CHART_URL_FIX = ("write an oci:// chart address such as 'oci://ghcr.io/home-operations/charts-mirror/external-dns', "
                  "or a Helm repository's https:// URL such as 'https://kubernetes-sigs.github.io/external-dns'")
#: a chart name as Helm takes it (``helm create`` and chart repositories: no slash, no space)
_CHART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")
_CRDS = {"Skip": (fluxhelm.HelmReleaseSpecInstallCrds.SKIP, fluxhelm.HelmReleaseSpecUpgradeCrds.SKIP),
         "Create": (fluxhelm.HelmReleaseSpecInstallCrds.CREATE, fluxhelm.HelmReleaseSpecUpgradeCrds.CREATE),
         "CreateReplace": (fluxhelm.HelmReleaseSpecInstallCrds.CREATE_REPLACE,
                           fluxhelm.HelmReleaseSpecUpgradeCrds.CREATE_REPLACE)}
_RETRIES_FIX = "write a whole number of retries such as 3, or -1 to retry forever"
_SCHEMA_FIX = "set True to skip the chart's values.schema.json on install and upgrade, or False"


def check_interval(scope: Scope, value: object, what: str = "interval") -> str:
    """A Flux interval: a Go duration as Flux's CRDs take it (:func:`check_go_duration`)."""
    return check_go_duration(scope, value, what, "'1h', '30m' or '12h'")


def check_chart_tag(scope: Scope, value: object, what: str = "chart version") -> str:
    if not isinstance(value, str) or not _TAG.fullmatch(value):
        raise fail(scope, f"{what} is not an OCI tag", value,
                   "pin the chart's exact version, such as '1.18.4' or 'v1.21.1'")
    return value


def _check_oci_url(scope: Scope, url: object) -> str:
    check_url(scope, url, "chart address", schemes=("oci",), fix=_OCI_URL_FIX)
    if not _OCI_URL.fullmatch(str(url)):  # an OCI repository: lowercase host and path
        raise fail(scope, "chart address is not an oci:// URL", url, _OCI_URL_FIX)
    return url  # type: ignore[return-value]


def _check_chart(scope: Scope, chart: object) -> str:
    if not isinstance(chart, str) or not _CHART.fullmatch(chart):
        raise fail(scope, "chart is not a chart name", chart,
                   "name the chart as its repository lists it, such as 'external-dns'")
    return chart


def _check_version(scope: Scope, version: object) -> str:
    if not isinstance(version, str) or not version.strip():
        raise fail(scope, "chart version is empty or not a string", version,
                   "pin the chart's version, such as '1.22.0' (or a semver range such as '1.22.x')")
    return version


def _check_retries(scope: Scope, value: object, what: str) -> Optional[int]:
    check_int(scope, value, what, 3, optional=True)
    if value is not None and value < -1:  # type: ignore[operator]  # an int: checked above
        raise fail(scope, f"{what} must be -1 (forever) or more", value, _RETRIES_FIX)
    return value  # type: ignore[return-value]


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


@dataclass(frozen=True)
class ReleaseSettings:
    """How one Helm release is sourced and delivered; every field left at ``None`` keeps what the
    construct writes today. Flux-only fields are noted; with Argo CD delivery the chart source,
    the values, ``crds='Skip'`` (``helm.skipCrds``) and ``disable_schema_validation``
    (``helm.skipSchemaValidation``) apply, the rest has no Argo CD equivalent and is not written.

    :param chart_url: where the chart comes from: an ``oci://`` address (an ``OCIRepository``)
        or a Helm repository's ``http(s)://`` URL (a ``HelmRepository`` plus ``chart``)
        (default ``None``: the construct's).
    :param chart: the chart's name in a Helm repository (default ``None``: the construct's,
        else the release's name); not used with an ``oci://`` address.
    :param version: the chart version (the OCI tag, or a version/semver range in a Helm
        repository) (default ``None``: the construct's).
    :param source_name: the ``OCIRepository``/``HelmRepository`` name (default ``None``: the
        release's name for OCI, the chart's name for a Helm repository). Releases in one
        namespace that give the same name, URL, version and interval share one source object.
    :param source_interval: how often Flux checks the source (default ``None``: the release's
        interval for OCI, ``12h`` for a Helm repository). Flux only.
    :param interval: how often Flux reconciles the release (default ``None``: ``1h``). Flux only.
    :param timeout: ``spec.timeout``, how long Helm actions may take (default ``None``: Flux's
        ``5m``). Flux only.
    :param install_retries: ``install.remediation.retries``; ``-1`` retries forever (default
        ``None``: 3, or none for a construct that writes no remediation). Flux only.
    :param upgrade_retries: ``upgrade.remediation.retries``; ``-1`` retries forever (default
        ``None``: as ``install_retries``). Flux only.
    :param upgrade_cleanup_on_fail: ``upgrade.cleanupOnFail`` (default ``None``: ``True`` with
        remediation, else not written). Flux only.
    :param disable_schema_validation: skip the chart's ``values.schema.json``: Flux's
        ``install`` and ``upgrade.disableSchemaValidation``, Argo CD's
        ``helm.skipSchemaValidation`` (default ``None``: not written, so validated).
    :param keep_history: ``uninstall.keepHistory`` (default ``None``: not written, Flux's
        ``false``). Flux only.
    :param crds: the CRD policy of the chart's ``crds/`` directory: ``Skip``, ``Create`` or
        ``CreateReplace`` (default ``None``: the construct's; Flux's default creates on install
        only).
    :param values: Helm values merged over the construct's (default ``{}``): mappings merge key
        by key and anything else here wins (a list or value replaces the construct's; ``None``
        removes the construct's key, so the chart's default applies). JSON values only.
    """

    chart_url: Optional[str] = None
    chart: Optional[str] = None
    version: Optional[str] = None
    source_name: Optional[str] = None
    source_interval: Optional[str] = None
    interval: Optional[str] = None
    timeout: Optional[str] = None
    install_retries: Optional[int] = None
    upgrade_retries: Optional[int] = None
    upgrade_cleanup_on_fail: Optional[bool] = None
    disable_schema_validation: Optional[bool] = None
    keep_history: Optional[bool] = None
    crds: Optional[str] = None
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        at = "ReleaseSettings."
        if check_text(at + "chart_url", self.chart_url, "chart_url", "oci://quay.io/cilium/charts/cilium",
                      optional=True) is not None:
            if not _SCHEME.match(self.chart_url):  # type: ignore[arg-type]  # a string: checked above
                raise fail(at + "chart_url", "chart address has no scheme", self.chart_url,
                           f"write 'oci://{self.chart_url}' for an OCI chart, or "
                           f"'https://{self.chart_url}' for a Helm repository")
            if self.chart_url.startswith("oci:"):  # type: ignore[union-attr]  # a string: checked above
                _check_oci_url(at + "chart_url", self.chart_url)
            else:
                check_url(at + "chart_url", self.chart_url, "chart address", fix=_CHART_URL_FIX)
        if self.chart is not None:
            _check_chart(at + "chart", self.chart)
        if self.version is not None:
            _check_version(at + "version", self.version)
            if self.is_oci:
                check_chart_tag(at + "version", self.version)
        if self.source_name is not None:
            check_dns_label(at + "source_name", self.source_name, "chart source name")
        for name in ("source_interval", "interval", "timeout"):
            if getattr(self, name) is not None:
                check_interval(at + name, getattr(self, name), name)
        _check_retries(at + "install_retries", self.install_retries, "install_retries")
        _check_retries(at + "upgrade_retries", self.upgrade_retries, "upgrade_retries")
        for name in ("upgrade_cleanup_on_fail", "disable_schema_validation", "keep_history"):
            if getattr(self, name) is not None:
                check_bool(at + name, getattr(self, name), name, "write True or False, or None for the default")
        if self.crds is not None:
            check_choice(at + "crds", self.crds, _CRDS, "CRD policy")
        if not isinstance(self.values, Mapping):
            raise fail(at + "values", "values must be a mapping of Helm values", self.values,
                       "write nested values such as {'replicaCount': 2}")
        object.__setattr__(self, "values", check_json_value(at + "values", self.values, "values"))

    @property
    def is_oci(self) -> bool:
        """Whether :attr:`chart_url` is an ``oci://`` address."""
        return bool(self.chart_url and self.chart_url.startswith("oci://"))


def check_release_settings(scope: Scope, release: object, what: str = "release") -> ReleaseSettings:
    """``release`` as :class:`ReleaseSettings` (``None``: all defaults)."""
    if release is None:
        return ReleaseSettings()
    check_instance(scope, release, ReleaseSettings, what,
                   "pass ReleaseSettings(...), such as ReleaseSettings(interval='24h'), or None")
    return release  # type: ignore[return-value]


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
    url = _check_oci_url(scope, settings.chart_url or url)
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
    remediation: bool = True,
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
    :param remediation: retry a failed install and upgrade :data:`REMEDIATION_RETRIES` times,
        and clean up after a failed upgrade (default ``True``).
    :param crds: the CRD policy of the chart's ``crds/`` directory on install and upgrade:
        ``Skip``, ``Create`` or ``CreateReplace`` (default ``None``: Flux's default, create on
        install only).
    :param release: :class:`ReleaseSettings`: the release's own settings (interval, timeout,
        retries, cleanup, schema validation, uninstall history, CRD policy, extra values) over
        these parameters (default ``None``: these parameters as they are). Its source fields
        belong to the source helpers (or :func:`chart_release`).
    """
    settings = check_release_settings(scope, release)
    check_dns_label(scope, name, "release name")
    check_dns_label(scope, namespace, "namespace")
    interval = check_interval(scope, settings.interval or interval)
    check_bool(scope, remediation, "remediation")
    if not isinstance(values, Mapping):
        raise fail(scope, "values must be a mapping of Helm values", values,
                   "write nested values such as {'replicaCount': 2}, or {} for the chart's defaults")
    plain_values = merge_values(check_json_value(scope, values, "values"), settings.values)  # type: ignore[arg-type]
    by_repository = (chart, version, helm_repository)
    if any(v is None for v in by_repository) if oci_repository is None else any(v is not None for v in by_repository):
        raise fail(scope, "release needs exactly one chart source",
                   {"oci_repository": oci_repository, "chart": chart, "version": version,
                    "helm_repository": helm_repository},
                   "pass oci_repository=<OCIRepository name>, or chart, version and helm_repository together")
    crds = settings.crds or crds
    if crds is not None:
        check_choice(scope, crds, _CRDS, "CRD policy")
    if oci_repository is not None:
        check_dns_label(scope, oci_repository, "chart source name")
    else:
        helm_repository = check_dns_label(scope, helm_repository, "chart repository name")
        chart = _check_chart(scope, chart)
        version = _check_version(scope, version)
    flux_spec = fluxhelm.HelmReleaseSpec(
        interval=interval,
        chart=_chart_spec(chart, version, helm_repository) if oci_repository is None else None,
        chart_ref=fluxhelm.HelmReleaseSpecChartRef(kind=fluxhelm.HelmReleaseSpecChartRefKind.OCI_REPOSITORY,
                                                   name=oci_repository) if oci_repository else None,
        timeout=settings.timeout,
        **_remediation(remediation, crds, settings),  # type: ignore[arg-type]
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


def _remediation(remediation: bool, crds: Optional[str], s: ReleaseSettings) -> dict[str, Any]:
    """``install``, ``upgrade`` and ``uninstall`` of the HelmRelease (each ``None`` when empty)."""
    install_crds, upgrade_crds = _CRDS[crds] if crds else (None, None)
    default = REMEDIATION_RETRIES if remediation else None
    install_retries = s.install_retries if s.install_retries is not None else default
    upgrade_retries = s.upgrade_retries if s.upgrade_retries is not None else default
    cleanup = s.upgrade_cleanup_on_fail if s.upgrade_cleanup_on_fail is not None else (True if remediation else None)
    install: dict[str, Any] = dict(crds=install_crds, disable_schema_validation=s.disable_schema_validation,
                   remediation=None if install_retries is None
                   else fluxhelm.HelmReleaseSpecInstallRemediation(retries=install_retries))
    upgrade: dict[str, Any] = dict(crds=upgrade_crds, cleanup_on_fail=cleanup,
                                   disable_schema_validation=s.disable_schema_validation,
                   remediation=None if upgrade_retries is None
                   else fluxhelm.HelmReleaseSpecUpgradeRemediation(retries=upgrade_retries))
    return {
        "install": fluxhelm.HelmReleaseSpecInstall(**install) if any(v is not None for v in install.values()) else None,
        "upgrade": fluxhelm.HelmReleaseSpecUpgrade(**upgrade) if any(v is not None for v in upgrade.values()) else None,
        "uninstall": None if s.keep_history is None else fluxhelm.HelmReleaseSpecUninstall(keep_history=s.keep_history),
    }


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
    remediation: bool = True,
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
    :param remediation: as :func:`helm_release` (default ``True``).
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
                                    interval=interval, remediation=remediation, crds=crds, release=settings)
    chart = settings.chart or chart or name
    _check_chart(scope, chart)
    repository = helm_repository(scope, name=settings.source_name or source_name or chart, namespace=namespace, url=url,
                                 interval=settings.source_interval or "12h")
    return repository, helm_release(scope, name=name, namespace=namespace, values=values, chart=chart, version=version,
                                    helm_repository=repository, interval=interval, remediation=remediation,
                                    crds=crds, release=settings)
