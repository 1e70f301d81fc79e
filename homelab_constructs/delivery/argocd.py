"""Argo CD delivery: one switch for the whole app writes every Helm release as an Argo CD
``Application`` (``argoproj.io/v1alpha1``) instead of a Flux source + ``HelmRelease``.

Call :func:`set_delivery` once, right after making the app and before any release::

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
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Optional, Sequence

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


class _Delivery:
    """The app's delivery (a registry entry): what :func:`set_delivery` said, and where releases
    were already written (so a late switch is refused)."""

    def __init__(self) -> None:
        self.kind = "flux"
        self.namespace = "argocd"
        self.project = "default"
        self.server = IN_CLUSTER
        self.sync = ArgoSync()
        self.releases: list[str] = []  # construct paths of the releases written so far
        self.applications: dict[str, str] = {}  # Application name -> construct path

    @property
    def argocd(self) -> bool:
        return self.kind == "argocd"


def delivery(scope: constructs.Construct) -> _Delivery:
    """The delivery of ``scope``'s app (Flux unless :func:`set_delivery` said otherwise)."""
    return app_registry(scope, "release-delivery", lambda root: _Delivery())


def note_release(scope: constructs.Construct) -> None:
    """Record that ``scope`` writes a release (called by the release helpers)."""
    delivery(scope).releases.append(scope.node.path)


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
    (an ``Application`` each). Call it before any release is made.

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
    if state.releases:
        raise fail(at, f"releases are already written for {state.kind}", state.releases[0],
                   "call set_delivery(...) right after making the app, before any release")
    state.kind, state.namespace, state.project, state.server = kind, namespace, project, server
    state.sync = sync or ArgoSync()


def argo_application(
    scope: constructs.Construct,
    id: str,
    *,
    name: str,
    namespace: str,
    repo_url: str,
    version: str,
    values: dict[str, Any],
    chart: Optional[str] = None,
    skip_crds: Optional[bool] = None,
    skip_schema_validation: Optional[bool] = None,
) -> "argocd.Application":
    """The ``Application`` that installs the chart at ``repo_url`` (``oci://`` address, or a Helm
    repository URL with ``chart``) at ``version`` as release ``name`` in ``namespace``, with the
    app's :func:`set_delivery` settings. Called by :func:`~.flux.helm_release`: its arguments are
    checked there."""
    from imports.homelab_argocd.io import argoproj as argo

    state = delivery(scope)
    other = state.applications.get(name)
    if other is not None:
        raise fail(scope, f"Argo CD Application {state.namespace}/{name} is already written by {other}", name,
                   "give one of the releases another name: Applications share one namespace")
    state.applications[name] = scope.node.path
    sync = state.sync
    oci = repo_url.startswith("oci://")
    return argo.Application(
        scope, id,
        metadata=ApiObjectMetadata(name=name, namespace=state.namespace),
        spec=argo.ApplicationSpec(
            project=state.project,
            destination=argo.ApplicationSpecDestination(server=state.server, namespace=namespace),
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
