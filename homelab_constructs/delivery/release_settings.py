"""How one Helm release is sourced and delivered: :class:`ReleaseSettings`, with its parts
:class:`ReleaseStrategy` (``install``/``upgrade.strategy``) and :class:`Rollback`
(``spec.rollback``), and the checks of the values they hold (chart addresses, versions,
intervals).

A release writes what its settings set: every field left at ``None`` writes nothing, so
helm-controller's own default applies (no remediation, CRDs created on install only, no
cleanup). The library's opinion of a safe release is the named preset
:meth:`ReleaseSettings.recommended`, which the release constructs' ``RECOMMENDED`` presets
carry. :mod:`.flux` writes the settings as a ``HelmRelease`` and its chart source; with Argo CD
delivery (:mod:`.argocd`) the fields that have an Application equivalent apply.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

from .._validation import (
    FrozenDict,
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
    frozen,
)

#: Retries of a failed install or upgrade in :meth:`ReleaseSettings.recommended`.
REMEDIATION_RETRIES = 3
#: ``install``/``upgrade.strategy.name`` values (helm-controller v1.6)
STRATEGIES = ("RemediateOnFailure", "RetryOnFailure")
#: ``upgrade.remediation.strategy`` values
UPGRADE_REMEDIATIONS = ("rollback", "uninstall")
#: ``rollback.serverSideApply`` values
SERVER_SIDE_APPLY = ("enabled", "disabled", "auto")
#: the CRD policies of a chart's ``crds/`` directory
CRD_POLICIES = ("Skip", "Create", "CreateReplace")

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_OCI_URL = re.compile(r"^oci://[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9._-]+)+$")
_OCI_URL_FIX = "write the chart's OCI address, such as 'oci://quay.io/cilium/charts/cilium'"
_CHART_URL_FIX = ("write an oci:// chart address such as 'oci://ghcr.io/home-operations/charts-mirror/external-dns', "
                  "or a Helm repository's https:// URL such as 'https://kubernetes-sigs.github.io/external-dns'")
#: a chart name as Helm takes it (``helm create`` and chart repositories: no slash, no space)
_CHART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")
_RETRIES_FIX = "write a whole number of retries such as 3, or -1 to retry forever"
_BOOL_FIX = "write True or False, or None for the default"


def check_interval(scope: Scope, value: object, what: str = "interval") -> str:
    """A Flux interval: a Go duration as Flux's CRDs take it (:func:`check_go_duration`)."""
    return check_go_duration(scope, value, what, "'1h', '30m' or '12h'")


def check_chart_tag(scope: Scope, value: object, what: str = "chart version") -> str:
    if not isinstance(value, str) or not _TAG.fullmatch(value):
        raise fail(scope, f"{what} is not an OCI tag", value,
                   "pin the chart's exact version, such as '1.18.4' or 'v1.21.1'")
    return value


def check_oci_url(scope: Scope, url: object) -> str:
    check_url(scope, url, "chart address", schemes=("oci",), fix=_OCI_URL_FIX)
    if not _OCI_URL.fullmatch(str(url)):  # an OCI repository: lowercase host and path
        raise fail(scope, "chart address is not an oci:// URL", url, _OCI_URL_FIX)
    return url  # type: ignore[return-value]


def check_chart(scope: Scope, chart: object) -> str:
    if not isinstance(chart, str) or not _CHART.fullmatch(chart):
        raise fail(scope, "chart is not a chart name", chart,
                   "name the chart as its repository lists it, such as 'external-dns'")
    return chart


def check_version(scope: Scope, version: object) -> str:
    if not isinstance(version, str) or not version.strip():
        raise fail(scope, "chart version is empty or not a string", version,
                   "pin the chart's version, such as '1.22.0' (or a semver range such as '1.22.x')")
    return version


def _check_retries(scope: Scope, value: object, what: str) -> Optional[int]:
    check_int(scope, value, what, 3, optional=True)
    if value is not None and value < -1:  # type: ignore[operator]  # an int: checked above
        raise fail(scope, f"{what} must be -1 (forever) or more", value, _RETRIES_FIX)
    return value  # type: ignore[return-value]


def _optional_bools(at: str, obj: object, names: tuple[str, ...]) -> None:
    for name in names:
        if getattr(obj, name) is not None:
            check_bool(at + name, getattr(obj, name), name, _BOOL_FIX)


@dataclass(frozen=True)
class ReleaseStrategy:
    """``install.strategy`` or ``upgrade.strategy`` of a ``HelmRelease`` (helm-controller v1.6+):
    what Flux does after a failed install or upgrade.

    :param name: ``RemediateOnFailure`` (remediate as ``install``/``upgrade.remediation`` say,
        Flux's default) or ``RetryOnFailure`` (retry the action every ``retry_interval`` without
        remediating).
    :param retry_interval: how long to wait between retries, only with ``RetryOnFailure``
        (default ``None``: not written, Flux's ``5m``).
    """

    name: str
    retry_interval: Optional[str] = None

    def __post_init__(self) -> None:
        check_text("ReleaseStrategy.name", self.name, "strategy name", "RetryOnFailure")
        check_choice("ReleaseStrategy.name", self.name, STRATEGIES, "strategy name")
        if self.retry_interval is not None:
            check_interval("ReleaseStrategy.retry_interval", self.retry_interval, "retry_interval")
            if self.name != "RetryOnFailure":  # the CRD's CEL rule
                raise fail("ReleaseStrategy.retry_interval", "retry_interval needs the RetryOnFailure strategy",
                           self.retry_interval, f"write ReleaseStrategy('RetryOnFailure', retry_interval="
                           f"{self.retry_interval!r}), or leave retry_interval unset")


@dataclass(frozen=True)
class Rollback:
    """``spec.rollback`` of a ``HelmRelease``: how Flux's helm-controller rolls back a failed
    upgrade (the upgrade remediation strategy ``rollback``, Flux's default). Every field left at
    ``None`` writes nothing; a ``Rollback()`` with nothing set writes no ``rollback`` at all.
    (The CRD's ``recreate`` is left out: helm-controller no longer acts on it.)

    :param cleanup_on_fail: ``cleanupOnFail``: delete the new resources the rollback created
        when it fails.
    :param disable_hooks: ``disableHooks``: run no hooks during the rollback.
    :param disable_wait: ``disableWait``: do not wait for the resources to be ready.
    :param disable_wait_for_jobs: ``disableWaitForJobs``: do not wait for jobs to complete.
    :param force: ``force``: replace resources that a three-way merge cannot update.
    :param server_side_apply: ``serverSideApply``: ``enabled``, ``disabled`` or ``auto``.
    :param timeout: ``timeout``: how long each Kubernetes operation of the rollback may take.
    """

    cleanup_on_fail: Optional[bool] = None
    disable_hooks: Optional[bool] = None
    disable_wait: Optional[bool] = None
    disable_wait_for_jobs: Optional[bool] = None
    force: Optional[bool] = None
    server_side_apply: Optional[str] = None
    timeout: Optional[str] = None

    def __post_init__(self) -> None:
        _optional_bools("Rollback.", self, ("cleanup_on_fail", "disable_hooks", "disable_wait",
                                            "disable_wait_for_jobs", "force"))
        if self.server_side_apply is not None:
            check_text("Rollback.server_side_apply", self.server_side_apply, "server_side_apply", "auto")
            check_choice("Rollback.server_side_apply", self.server_side_apply, SERVER_SIDE_APPLY, "server_side_apply")
        if self.timeout is not None:
            check_interval("Rollback.timeout", self.timeout, "timeout")

    @property
    def is_empty(self) -> bool:
        """Whether no field is set (nothing is written)."""
        return all(getattr(self, f.name) is None for f in dataclasses.fields(self))


@dataclass(frozen=True, repr=False)
class ReleaseSettings:
    """How one Helm release is sourced and delivered. Every field left at ``None`` writes
    nothing: the construct's chart source, and helm-controller's own defaults (no remediation,
    CRDs created on install only). :meth:`recommended` is the library's preset for a release
    that heals itself. Flux-only fields are noted; with Argo CD delivery the chart source, the
    values, ``crds='Skip'`` (``helm.skipCrds``) and ``disable_schema_validation``
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
        ``None``: not written, Flux retries no failed install). Flux only.
    :param install_remediate_last_failure: ``install.remediation.remediateLastFailure``:
        uninstall after the last failed retry too (default ``None``: not written). Flux only.
    :param install_strategy: ``install.strategy`` (:class:`ReleaseStrategy`) (default ``None``:
        not written, Flux's ``RemediateOnFailure``). Flux only.
    :param upgrade_retries: ``upgrade.remediation.retries``; ``-1`` retries forever (default
        ``None``: not written, Flux retries no failed upgrade). Flux only.
    :param upgrade_remediate_last_failure: ``upgrade.remediation.remediateLastFailure``:
        remediate after the last failed retry too (default ``None``: not written). Flux only.
    :param upgrade_remediation_strategy: ``upgrade.remediation.strategy``: ``rollback`` or
        ``uninstall`` (default ``None``: not written, Flux's ``rollback``). Flux only.
    :param upgrade_strategy: ``upgrade.strategy`` (:class:`ReleaseStrategy`) (default ``None``:
        not written, Flux's ``RemediateOnFailure``). Flux only.
    :param upgrade_cleanup_on_fail: ``upgrade.cleanupOnFail`` (default ``None``: not written).
        Flux only.
    :param rollback: ``spec.rollback`` (:class:`Rollback`), such as
        ``Rollback(cleanup_on_fail=True)`` (default ``None``: not written). Flux only.
    :param disable_schema_validation: skip the chart's ``values.schema.json``: Flux's
        ``install`` and ``upgrade.disableSchemaValidation``, Argo CD's
        ``helm.skipSchemaValidation`` (default ``None``: not written, so validated).
    :param keep_history: ``uninstall.keepHistory`` (default ``None``: not written, Flux's
        ``false``). Flux only.
    :param crds: the CRD policy of the chart's ``crds/`` directory on install and upgrade:
        ``Skip``, ``Create`` or ``CreateReplace`` (default ``None``: not written; Flux creates
        them on install only).
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
    install_remediate_last_failure: Optional[bool] = None
    install_strategy: Optional[ReleaseStrategy] = None
    upgrade_remediate_last_failure: Optional[bool] = None
    upgrade_remediation_strategy: Optional[str] = None
    upgrade_strategy: Optional[ReleaseStrategy] = None
    rollback: Optional[Rollback] = None

    @classmethod
    def recommended(cls, **changes: Any) -> "ReleaseSettings":
        """The library's preset for a release that heals itself, with ``changes`` over it (any
        field of this class). It writes exactly::

            install:
              remediation: {retries: 3}     # retry a failed install 3 times
            upgrade:
              cleanupOnFail: true           # delete what a failed upgrade created
              remediation: {retries: 3}     # roll back a failed upgrade and retry 3 times

        (``install_retries=3``, ``upgrade_retries=3``, ``upgrade_cleanup_on_fail=True``); every
        other field is unset. The release constructs' ``RECOMMENDED`` presets carry it."""
        fields = [f.name for f in dataclasses.fields(cls)]
        for name in changes:
            check_choice("ReleaseSettings.recommended", name, fields, "setting")
        preset = cls(install_retries=REMEDIATION_RETRIES, upgrade_retries=REMEDIATION_RETRIES,
                     upgrade_cleanup_on_fail=True)
        return dataclasses.replace(preset, **changes) if changes else preset

    def __repr__(self) -> str:
        """Only the fields that are set (what the settings write), as they would be passed."""
        given = [f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self)
                 if getattr(self, f.name) != (f.default if f.default is not dataclasses.MISSING else f.default_factory())]  # type: ignore[misc, operator]
        return f"ReleaseSettings({', '.join(given)})"

    def __post_init__(self) -> None:
        at = "ReleaseSettings."
        if check_text(at + "chart_url", self.chart_url, "chart_url", "oci://quay.io/cilium/charts/cilium",
                      optional=True) is not None:
            if not _SCHEME.match(self.chart_url):  # type: ignore[arg-type]  # a string: checked above
                raise fail(at + "chart_url", "chart address has no scheme", self.chart_url,
                           f"write 'oci://{self.chart_url}' for an OCI chart, or "
                           f"'https://{self.chart_url}' for a Helm repository")
            if self.chart_url.startswith("oci:"):  # type: ignore[union-attr]  # a string: checked above
                check_oci_url(at + "chart_url", self.chart_url)
            else:
                check_url(at + "chart_url", self.chart_url, "chart address", fix=_CHART_URL_FIX)
        if self.chart is not None:
            check_chart(at + "chart", self.chart)
        if self.version is not None:
            check_version(at + "version", self.version)
            if self.is_oci:
                check_chart_tag(at + "version", self.version)
        if self.source_name is not None:
            check_dns_label(at + "source_name", self.source_name, "chart source name")
        for name in ("source_interval", "interval", "timeout"):
            if getattr(self, name) is not None:
                check_interval(at + name, getattr(self, name), name)
        _check_retries(at + "install_retries", self.install_retries, "install_retries")
        _check_retries(at + "upgrade_retries", self.upgrade_retries, "upgrade_retries")
        _optional_bools(at, self, ("upgrade_cleanup_on_fail", "disable_schema_validation", "keep_history",
                                   "install_remediate_last_failure", "upgrade_remediate_last_failure"))
        if self.crds is not None:
            check_choice(at + "crds", self.crds, CRD_POLICIES, "CRD policy")
        if self.upgrade_remediation_strategy is not None:
            check_text(at + "upgrade_remediation_strategy", self.upgrade_remediation_strategy,
                       "upgrade_remediation_strategy", "rollback")
            check_choice(at + "upgrade_remediation_strategy", self.upgrade_remediation_strategy,
                         UPGRADE_REMEDIATIONS, "upgrade remediation strategy")
        for name in ("install_strategy", "upgrade_strategy"):
            check_instance(at + name, getattr(self, name), ReleaseStrategy, name,
                           "write ReleaseStrategy('RetryOnFailure', retry_interval='5m'), or None", optional=True)
        check_instance(at + "rollback", self.rollback, Rollback, "rollback",
                       "write Rollback(cleanup_on_fail=True), or None", optional=True)
        if not isinstance(self.values, Mapping):
            raise fail(at + "values", "values must be a mapping of Helm values", self.values,
                       "write nested values such as {'replicaCount': 2}")
        object.__setattr__(self, "values", frozen(check_json_value(at + "values", self.values, "values")))

    @property
    def is_oci(self) -> bool:
        """Whether :attr:`chart_url` is an ``oci://`` address."""
        return bool(self.chart_url and self.chart_url.startswith("oci://"))


#: The ``RECOMMENDED`` preset of a release construct whose one opinion is its release's
#: remediation: ``release=ReleaseSettings.recommended()`` (see :meth:`ReleaseSettings.recommended`).
RECOMMENDED_RELEASE: Mapping[str, Any] = FrozenDict(release=ReleaseSettings.recommended())
#: The ``RECOMMENDED`` preset of a release construct whose chart's CRDs are upgraded with it:
#: ``release=ReleaseSettings(crds="CreateReplace")`` (``install``/``upgrade.crds: CreateReplace``).
RECOMMENDED_CRDS: Mapping[str, Any] = FrozenDict(release=ReleaseSettings(crds="CreateReplace"))


def check_release_settings(scope: Scope, release: object, what: str = "release") -> ReleaseSettings:
    """``release`` as :class:`ReleaseSettings` (``None``: nothing set)."""
    if release is None:
        return ReleaseSettings()
    check_instance(scope, release, ReleaseSettings, what,
                   "pass ReleaseSettings(...), such as ReleaseSettings(interval='24h'), or None")
    return release  # type: ignore[return-value]
