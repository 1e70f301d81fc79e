"""Argo CD delivery: one switch for the whole app writes every Helm release as an Argo CD
``Application`` (``argoproj.io/v1alpha1``) instead of a Flux source + ``HelmRelease``.

Call :func:`set_delivery` once per app, anywhere before its manifests are written::

    app = cdk8s.App()
    set_delivery(app, "argocd", namespace="argocd", project="default")

Then every release helper of :mod:`.flux` (and so every construct that writes a release:
``CiliumRelease``, ``CertManagerRelease``, ``ExternalDns``, ...) writes an ``Application``
``<argocd namespace>/<release name>`` that installs the same chart with the same values
(``spec.source.helm.valuesObject``) into the release's namespace:

* a chart in an OCI registry is the native OCI source (Argo CD 3.1+): ``repoURL`` the
  ``oci://`` address, ``targetRevision`` the tag, ``path: .``;
* a chart in a Helm repository: ``repoURL`` the repository URL, ``chart``, ``targetRevision``.

``helm.releaseName`` is the release's name (what Flux's ``HelmRelease`` installs), so objects
the chart names after its release keep their names. Sync is :class:`ArgoSync` (automated with
prune and self-heal, retried 10 times with backoff 10s × 2 up to 3m by default). Without a call,
or with ``set_delivery(app, "flux")``, the app delivers with Flux (the default).

The choice is the app's, read when the manifests are written, so the call may come before or
after the releases: each release is one :class:`DeliveredRelease`, written as its
``HelmRelease`` or its ``Application`` by the delivery the app has then. A Flux chart source
(``OCIRepository``, ``HelmRepository``) written before ``set_delivery(app, "argocd")`` is taken
out of the app by that call (an ``Application`` names the chart itself).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping, Optional, Protocol, Sequence

import cdk8s
import constructs
from cdk8s import ApiObjectMetadata

from .._tree import app_registry
from .._validation import (
    Scope,
    check_bool,
    check_choice,
    check_dns_label,
    check_go_duration,
    check_instance,
    check_int,
    check_sequence,
    check_text,
    check_url,
    fail,
)

if TYPE_CHECKING:
    from imports.homelab_argocd.io import argoproj as argocd

#: the deliveries :func:`set_delivery` takes
DELIVERIES = ("flux", "argocd")
#: Argo CD's own name for the cluster it runs in
IN_CLUSTER = "https://kubernetes.default.svc"
#: apiVersion and kind of an Argo CD ``Application``
APPLICATION = ("argoproj.io/v1alpha1", "Application")
#: the sync options Argo CD knows (``<option>=<value>``)
SYNC_OPTIONS = ("CreateNamespace", "ServerSideApply", "ServerSideDiff", "SkipDryRunOnMissingResource", "Validate",
                "PruneLast", "PrunePropagationPolicy", "ApplyOutOfSyncOnly", "Replace", "FailOnSharedResource",
                "RespectIgnoreDifferences", "Prune", "Delete", "ClientSideApplyMigration")
_SYNC_OPTION = re.compile(r"^([A-Za-z]+)=([A-Za-z0-9-]+)$")


def _sync_option(scope: Scope, value: object, what: str) -> str:
    check_text(scope, value, what, "ServerSideApply=true")
    match = _SYNC_OPTION.fullmatch(str(value))
    if match is None:
        raise fail(scope, f"{what} is not <option>=<value>", value, "write an option such as 'CreateNamespace=true'")
    check_choice(scope, match.group(1), SYNC_OPTIONS, what, problem="names an unknown option")
    return value  # type: ignore[return-value]


@dataclass(frozen=True)
class ArgoSync:
    """How Argo CD syncs every release's ``Application`` (``spec.syncPolicy``).

    :param automated: sync on every change without a person (``automated``) (default ``True``).
    :param prune: delete what left the chart (``automated.prune``) (default ``True``).
    :param self_heal: undo changes made in the cluster (``automated.selfHeal``) (default ``True``).
    :param sync_options: ``syncOptions`` such as ``CreateNamespace=true`` (default
        ``("CreateNamespace=true", "ServerSideApply=true")``: the release's namespace is made if
        missing, and server-side apply takes CRDs too large for the last-applied annotation).
    :param retry_limit: retries of a failed sync, ``-1`` forever (default ``10``).
    :param backoff_duration: the first wait before a retry (default ``10s``).
    :param backoff_factor: what each wait is multiplied by (default ``2``).
    :param backoff_max_duration: the longest wait (default ``3m``).
    """

    automated: bool = True
    prune: bool = True
    self_heal: bool = True
    sync_options: Sequence[str] = ("CreateNamespace=true", "ServerSideApply=true")
    retry_limit: int = 10
    backoff_duration: str = "10s"
    backoff_factor: int = 2
    backoff_max_duration: str = "3m"

    def __post_init__(self) -> None:
        at = "ArgoSync."
        for name in ("automated", "prune", "self_heal"):
            check_bool(at + name, getattr(self, name), name)
        object.__setattr__(self, "sync_options", check_sequence(
            at + "sync_options", self.sync_options, "sync_options", _sync_option,
            example=("CreateNamespace=true",), item="sync option"))
        check_int(at + "retry_limit", self.retry_limit, "retry_limit", 10)
        if self.retry_limit < -1:
            raise fail(at + "retry_limit", "retry_limit must be -1 (forever) or more", self.retry_limit,
                       "write a whole number of retries such as 10, 0 for none or -1 forever")
        for name in ("backoff_duration", "backoff_max_duration"):
            check_go_duration(at + name, getattr(self, name), name, "'10s', '1m' or '3m'")
        check_int(at + "backoff_factor", self.backoff_factor, "backoff_factor", 2)
        if self.backoff_factor < 1:
            raise fail(at + "backoff_factor", "backoff_factor must be 1 or more", self.backoff_factor,
                       "write a whole number such as 2")


#: :func:`set_delivery`'s answer for Flux (the settings of a new app's delivery)
_FLUX = ("flux", "argocd", "default", IN_CLUSTER, ArgoSync())


class ReleaseForms(Protocol):
    """A release as a release helper recorded it (:func:`~.flux.helm_release`): what
    :class:`DeliveredRelease` writes it from, in the form the app's delivery asks for."""

    @property
    def name(self) -> str:
        """The release's name."""

    @property
    def namespace(self) -> str:
        """The release's namespace."""

    @property
    def flux_type(self) -> tuple[str, str]:
        """apiVersion and kind of the release's Flux form."""

    def flux(self, scope: constructs.Construct, id: str, metadata: ApiObjectMetadata) -> cdk8s.ApiObject:
        """The release's Flux form, built in ``scope`` with ``metadata``."""

    def argocd(self, scope: constructs.Construct, id: str, metadata: ApiObjectMetadata,
               delivery: "AppDelivery") -> cdk8s.ApiObject:
        """The release's Argo CD ``Application``, built in ``scope`` with ``metadata``."""

    def check_argocd(self) -> None:
        """Raise the ``fail()`` error when the release cannot be an ``Application``."""


class AppDelivery:
    """The app's delivery (a registry entry): what :func:`set_delivery` said, and what was
    written so far (the releases, and the Flux chart sources a switch to Argo CD drops)."""

    def __init__(self) -> None:
        self.kind, self.namespace, self.project, self.server, self.sync = _FLUX
        self.answer: Optional[tuple[Any, ...]] = None  # set_delivery's arguments, once it is called
        self.releases: list[tuple[constructs.Construct, ReleaseForms]] = []  # (where, what) of each release
        self.flux_sources: list[cdk8s.ApiObject] = []
        self.applications: dict[str, str] = {}  # Application name -> the path of the release that writes it
        self._scratch: Optional[cdk8s.Chart] = None

    @property
    def argocd(self) -> bool:
        return self.kind == "argocd"

    def scratch(self, scope: constructs.Construct) -> cdk8s.Chart:
        """A chart outside the app where a release's form is built to be written (with the app's
        own resolvers, if it has any)."""
        if self._scratch is None:
            built_in = (cdk8s.LazyResolver, cdk8s.ImplicitTokenResolver, cdk8s.NumberStringUnionResolver)
            resolvers = [r for r in getattr(scope.node.root, "resolvers", None) or () if not isinstance(r, built_in)]
            self._scratch = cdk8s.Chart(cdk8s.App(resolvers=resolvers), "scratch")
        return self._scratch


def delivery(scope: constructs.Construct) -> AppDelivery:
    """The delivery of ``scope``'s app (Flux unless :func:`set_delivery` says otherwise)."""
    return app_registry(scope, "release-delivery", lambda root: AppDelivery())


class DeliveredRelease(cdk8s.ApiObject):
    """One Helm release's API object, written in the form of the app's delivery when the
    manifests are written: the Flux ``HelmRelease``, or the Argo CD ``Application`` once
    :func:`set_delivery` says ``argocd`` (before or after the release was made).

    ``kind``, ``api_version`` and ``api_group`` answer for that form. The escape hatches work
    as on any object: labels and annotations (``metadata``) and ``add_json_patch`` apply to the
    form written (a patch names that form's fields). ``metadata.namespace`` is the release's
    namespace, where its ``HelmRelease`` is written; an ``Application`` is written in Argo CD's.
    """

    def __init__(self, scope: constructs.Construct, id: str, forms: ReleaseForms) -> None:
        api_version, kind = forms.flux_type
        super().__init__(scope, id, api_version=api_version, kind=kind,
                         metadata=ApiObjectMetadata(name=forms.name, namespace=forms.namespace))
        self._forms = forms
        self._patches: list[cdk8s.JsonPatch] = []

    @property
    def api_version(self) -> str:
        return APPLICATION[0] if delivery(self).argocd else self._forms.flux_type[0]

    @property
    def kind(self) -> str:
        return APPLICATION[1] if delivery(self).argocd else self._forms.flux_type[1]

    @property
    def api_group(self) -> str:
        return self.api_version.rpartition("/")[0]

    def add_json_patch(self, *ops: cdk8s.JsonPatch) -> None:
        """Apply ``ops`` to the manifest written (after the form's own fields)."""
        self._patches.extend(ops)

    def to_json(self) -> Any:
        """The manifest of the form the app's delivery asks for now: built outside the app with
        this object's metadata (labels, annotations, ...) and patches."""
        state = delivery(self)
        meta = self.metadata.to_json()
        metadata = _metadata(meta, state.namespace if state.argocd else self._forms.namespace)
        chart = state.scratch(self)
        form = (self._forms.argocd(chart, "Release", metadata, state) if state.argocd
                else self._forms.flux(chart, "Release", metadata))
        try:
            for key, value in meta.items():
                if key not in _METADATA_FIELDS:
                    form.metadata.add(key, value)
            if self._patches:
                form.add_json_patch(*self._patches)
            return form.to_json()
        finally:
            chart.node.try_remove_child("Release")


#: what :func:`_metadata` copies as typed fields (the rest is added as it is)
_METADATA_FIELDS = ("name", "namespace", "labels", "annotations", "finalizers", "ownerReferences")


def _metadata(meta: Mapping[str, Any], namespace: Optional[str]) -> ApiObjectMetadata:
    """``meta`` (an object's ``metadata.to_json()``) as the metadata of another object, in ``namespace``."""
    owners = [cdk8s.OwnerReference(api_version=r["apiVersion"], kind=r["kind"], name=r["name"], uid=r["uid"],
                                   block_owner_deletion=r.get("blockOwnerDeletion"), controller=r.get("controller"))
              for r in meta.get("ownerReferences", ())]
    return ApiObjectMetadata(name=meta.get("name"), namespace=namespace, labels=meta.get("labels"),
                             annotations=meta.get("annotations"), finalizers=meta.get("finalizers"),
                             owner_references=owners or None)


def _admit(owner: constructs.Construct, forms: ReleaseForms, namespace: str, applications: dict[str, str]) -> None:
    """Check that the release ``owner`` writes can be an ``Application`` in ``namespace``, and
    claim its name in ``applications``."""
    forms.check_argocd()
    other = applications.get(forms.name)
    if other is not None:
        raise fail(owner, f"Argo CD Application {namespace}/{forms.name} is already written by {other}", forms.name,
                   "give one of the releases another name: Applications share one namespace")
    applications[forms.name] = owner.node.path


def write_release(scope: constructs.Construct, id: str, forms: ReleaseForms) -> DeliveredRelease:
    """The :class:`DeliveredRelease` of ``forms`` in ``scope`` (called by the release helpers);
    with Argo CD delivery chosen already, checked as an ``Application`` first."""
    state = delivery(scope)
    if state.argocd:
        _admit(scope, forms, state.namespace, state.applications)
    release = DeliveredRelease(scope, id, forms)
    state.releases.append((scope, forms))
    return release


def note_flux_source(source: cdk8s.ApiObject) -> None:
    """Record a Flux chart source just written (a switch to Argo CD takes it out of the app)."""
    delivery(source).flux_sources.append(source)


def set_delivery(
    scope: constructs.Construct,
    kind: str,
    *,
    namespace: str = "argocd",
    project: str = "default",
    server: str = IN_CLUSTER,
    sync: Optional[ArgoSync] = None,
) -> None:
    """Deliver every Helm release of ``scope``'s app with ``kind``: ``flux`` (the default without
    a call: an ``OCIRepository``/``HelmRepository`` and a ``HelmRelease`` each) or ``argocd``
    (an ``Application`` each).

    Call it once per app, before or after its releases: the releases are written in the form
    the app delivers with when its manifests are written, and a switch to ``argocd`` drops the
    Flux chart sources written so far. The releases made so far are checked as Applications
    then (each chart's source declared, one name per Application). Calling it again with the
    same arguments changes nothing; with other arguments it fails: one app, one delivery.

    :param kind: ``flux`` or ``argocd``.
    :param namespace: the Applications' namespace, where Argo CD runs (default ``argocd``).
    :param project: the Argo CD project of every Application (default ``default``).
    :param server: the destination cluster's API URL (default ``https://kubernetes.default.svc``,
        the cluster Argo CD runs in).
    :param sync: the sync policy (default ``None``: :class:`ArgoSync` defaults). Argo CD only.
    """
    at: Scope = scope if scope.node.path else "set_delivery"  # the app itself has an empty path
    kind = check_choice(at, kind, DELIVERIES, "delivery")
    check_dns_label(at, namespace, "Argo CD namespace")
    check_dns_label(at, project, "Argo CD project")
    check_url(at, server, "destination server", fix=f"write the cluster's API URL, such as {IN_CLUSTER!r}")
    check_instance(at, sync, ArgoSync, "sync", "pass ArgoSync(...) or None", optional=True)
    if kind == "flux" and sync is not None:
        raise fail(at, "sync applies to Argo CD delivery only", sync, "drop sync=, or set delivery 'argocd'")
    state = delivery(scope)
    # Flux takes none of Argo CD's settings: any of them is the same answer
    answer = (kind, namespace, project, server, sync or ArgoSync()) if kind == "argocd" else _FLUX
    if state.answer is not None:
        if answer != state.answer:
            raise fail(at, f"delivery is already set to {_describe(state.answer)}", _describe(answer),
                       "call set_delivery(...) once per app")
        return
    applications: dict[str, str] = {}
    if kind == "argocd":
        for owner, forms in state.releases:  # every check first: a refused switch changes nothing
            _admit(owner, forms, namespace, applications)
    state.answer = answer
    state.kind, state.namespace, state.project, state.server, state.sync = answer
    if kind == "argocd":
        state.applications = applications
        for source in state.flux_sources:
            source.node.scope.node.try_remove_child(source.node.id)  # type: ignore[union-attr]
        state.flux_sources = []


def _describe(answer: tuple[Any, ...]) -> str:
    """A :func:`set_delivery` call's arguments, as one line."""
    kind, namespace, project, server, sync = answer
    if kind == "flux":
        return "flux"
    return (f"argocd (namespace {namespace}, project {project}, server {server}"
            + ("" if sync == ArgoSync() else f", {sync!r}") + ")")


def argo_application(
    scope: constructs.Construct,
    id: str,
    *,
    metadata: ApiObjectMetadata,
    delivery: AppDelivery,
    name: str,
    namespace: str,
    repo_url: str,
    version: str,
    values: dict[str, Any],
    chart: Optional[str] = None,
    skip_crds: Optional[bool] = None,
    skip_schema_validation: Optional[bool] = None,
) -> "argocd.Application":
    """The ``Application`` (with ``metadata``) that installs the chart at ``repo_url``
    (``oci://`` address, or a Helm repository URL with ``chart``) at ``version`` as release
    ``name`` in ``namespace``, with the app's :func:`set_delivery` settings (``delivery``).
    Built by a :class:`DeliveredRelease` when its manifest is written; the arguments are checked
    by :func:`~.flux.helm_release`."""
    # imported here: the Argo CD binding is loaded only by an app that delivers with Argo CD
    from imports.homelab_argocd.io import argoproj as argo

    sync = delivery.sync
    oci = repo_url.startswith("oci://")
    return argo.Application(
        scope, id,
        metadata=metadata,
        spec=argo.ApplicationSpec(
            project=delivery.project,
            destination=argo.ApplicationSpecDestination(server=delivery.server, namespace=namespace),
            source=argo.ApplicationSpecSource(
                repo_url=repo_url, target_revision=version, chart=None if oci else chart, path="." if oci else None,
                helm=argo.ApplicationSpecSourceHelm(release_name=name, values_object=values, skip_crds=skip_crds,
                                                    skip_schema_validation=skip_schema_validation),
            ),
            sync_policy=argo.ApplicationSpecSyncPolicy(
                automated=argo.ApplicationSpecSyncPolicyAutomated(prune=sync.prune, self_heal=sync.self_heal)
                if sync.automated else None,
                sync_options=list(sync.sync_options) or None,
                retry=argo.ApplicationSpecSyncPolicyRetry(
                    limit=sync.retry_limit,
                    backoff=argo.ApplicationSpecSyncPolicyRetryBackoff(
                        duration=sync.backoff_duration, factor=sync.backoff_factor,
                        max_duration=sync.backoff_max_duration)),
            ),
        ),
    )
