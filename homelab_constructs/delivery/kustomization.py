"""A Flux ``Kustomization`` (``kustomize.toolkit.fluxcd.io/v1``): :func:`flux_kustomization`
applies a folder of a source, the building block of apply-order stages (``dependsOn``,
``healthChecks`` as :class:`HealthCheck`, ``wait``, ``postBuild.substituteFrom`` as
:class:`SubstituteFrom`). Written whatever the app's delivery: it is Flux's own object.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping, Optional, Sequence

import constructs
from cdk8s import ApiObjectMetadata

from .._base import HomelabConstruct, own
from .._validation import (
    Scope,
    check_bool,
    check_choice,
    check_dns_label,
    check_dns_subdomain,
    check_instance,
    check_labels,
    check_sequence,
    check_text,
    fail,
)
from .release_settings import check_interval

if TYPE_CHECKING:
    from imports.homelab_fluxkustomize.io.fluxcd.toolkit import kustomize as fluxkustomize

#: apiVersion of the kinds a health check usually names
_HEALTH_API = {"HelmRelease": "helm.toolkit.fluxcd.io/v2", "Kustomization": "kustomize.toolkit.fluxcd.io/v1",
               "CustomResourceDefinition": "apiextensions.k8s.io/v1", "Deployment": "apps/v1",
               "DaemonSet": "apps/v1", "StatefulSet": "apps/v1"}
_KIND = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_API_VERSION = re.compile(r"^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?$")
_SOURCE_KINDS = {"GitRepository": "GIT_REPOSITORY", "OCIRepository": "OCI_REPOSITORY", "Bucket": "BUCKET",
                 "ExternalArtifact": "EXTERNAL_ARTIFACT"}


@dataclass(frozen=True)
class HealthCheck:
    """One ``spec.healthChecks`` entry of a Flux Kustomization: the object Flux waits for.

    :param kind: the object's kind, such as ``HelmRelease`` or ``CustomResourceDefinition``.
    :param name: its name.
    :param namespace: its namespace (default ``None``: none, for cluster-scoped kinds such as CRDs).
    :param api_version: its apiVersion (default ``None``: the usual one for ``HelmRelease``,
        ``Kustomization``, ``CustomResourceDefinition``, ``Deployment``, ``DaemonSet`` and
        ``StatefulSet``; other kinds must give it).
    """

    kind: str
    name: str
    namespace: Optional[str] = None
    api_version: Optional[str] = None

    def __post_init__(self) -> None:
        at = "HealthCheck."
        if not isinstance(self.kind, str) or not _KIND.fullmatch(self.kind):
            raise fail(at + "kind", "kind is not a Kubernetes kind", self.kind,
                       "write a kind such as 'HelmRelease' or 'CustomResourceDefinition'")
        check_dns_subdomain(at + "name", self.name, "name")
        if self.namespace is not None:
            check_dns_label(at + "namespace", self.namespace, "namespace")
        if self.api_version is None and self.kind not in _HEALTH_API:
            raise fail(at + "api_version", f"api_version is needed for kind {self.kind}", None,
                       "write the object's apiVersion, such as 'apps/v1'")
        if self.api_version is not None and (not isinstance(self.api_version, str)
                                             or not _API_VERSION.fullmatch(self.api_version)):
            raise fail(at + "api_version", "api_version is not an apiVersion", self.api_version,
                       "write group/version such as 'helm.toolkit.fluxcd.io/v2', or 'v1'")

    @classmethod
    def helm_release(cls, name: str, namespace: str) -> "HealthCheck":
        """Wait for the ``HelmRelease`` ``namespace/name`` to be ready."""
        return cls("HelmRelease", name, namespace)

    @classmethod
    def crd(cls, name: str) -> "HealthCheck":
        """Wait for the CRD ``name`` (``<plural>.<group>``) to be established."""
        return cls("CustomResourceDefinition", name)


@dataclass(frozen=True)
class SubstituteFrom:
    """One ``spec.postBuild.substituteFrom`` entry: variables for ``${VAR}`` in the manifests.

    :param name: the Secret's or ConfigMap's name.
    :param kind: ``Secret`` or ``ConfigMap`` (default ``Secret``).
    :param optional: go on when it does not exist (default ``False``).
    """

    name: str
    kind: str = "Secret"
    optional: bool = False

    def __post_init__(self) -> None:
        check_dns_subdomain("SubstituteFrom.name", self.name, "name")
        check_choice("SubstituteFrom.kind", self.kind, ("Secret", "ConfigMap"), "kind")
        check_bool("SubstituteFrom.optional", self.optional, "optional")


def _depends_on(scope: Scope, value: object, what: str) -> tuple[str, Optional[str]]:
    check_text(scope, value, what, "multus")
    namespace, _, name = str(value).rpartition("/")
    check_dns_subdomain(scope, name, what)
    if namespace:
        check_dns_label(scope, namespace, f"{what} namespace")
    return name, namespace or None


def flux_kustomization(
    scope: constructs.Construct,
    *,
    name: str,
    namespace: str,
    path: str,
    id: Optional[str] = None,
    source_name: str = "flux-system",
    source_namespace: Optional[str] = "flux-system",
    source_kind: str = "GitRepository",
    interval: str = "1h",
    retry_interval: Optional[str] = None,
    timeout: Optional[str] = None,
    wait: Optional[bool] = None,
    prune: bool = True,
    target_namespace: Optional[str] = None,
    depends_on: Sequence[str] = (),
    health_checks: Sequence[HealthCheck] = (),
    substitute_from: Sequence[SubstituteFrom] = (),
    labels: Optional[Mapping[str, str]] = None,
) -> "fluxkustomize.Kustomization":
    """A Flux ``Kustomization`` ``namespace/name`` (``kustomize.toolkit.fluxcd.io/v1``) that
    applies ``path`` of a source: one apply-order stage. Written whatever the delivery (it is
    Flux's own object).

    :param path: the folder in the source, such as ``./kubernetes/apps/network/multus/app``.
    :param id: the construct id (default ``None``: ``Kustomization-<name>``).
    :param source_name: the source's name (default ``flux-system``).
    :param source_namespace: the source's namespace (default ``flux-system``; ``None``: the
        Kustomization's).
    :param source_kind: ``GitRepository``, ``OCIRepository``, ``Bucket`` or ``ExternalArtifact``
        (default ``GitRepository``).
    :param interval: how often Flux applies it again (default ``1h``).
    :param retry_interval: how soon after a failure (default ``None``: ``interval``).
    :param timeout: how long apply, health checks and wait may take (default ``None``: ``interval``).
    :param wait: wait for every applied object to be ready (default ``None``: not written,
        Flux's ``false``; ``health_checks`` are then what is waited for).
    :param prune: delete what left the source (default ``True``).
    :param target_namespace: the namespace every object is put in (default ``None``: as written).
    :param depends_on: Kustomizations applied and ready first, ``name`` or ``namespace/name``
        (default ``()``).
    :param health_checks: :class:`HealthCheck` objects Flux waits for (default ``()``).
    :param substitute_from: :class:`SubstituteFrom` variables for ``${VAR}`` (default ``()``).
    :param labels: the object's labels (default ``None``).
    """
    # imported here: the Kustomization binding is loaded only by an app that writes one
    from imports.homelab_fluxkustomize.io.fluxcd.toolkit import kustomize as fk

    check_dns_subdomain(scope, name, "Kustomization name")
    check_dns_label(scope, namespace, "namespace")
    check_text(scope, path, "path", "./kubernetes/apps/network/multus/app")
    check_dns_subdomain(scope, source_name, "source name")
    if source_namespace is not None:
        check_dns_label(scope, source_namespace, "source namespace")
    check_choice(scope, source_kind, _SOURCE_KINDS, "source kind")
    for what, value in (("interval", interval), ("retry_interval", retry_interval), ("timeout", timeout)):
        if value is not None or what == "interval":
            check_interval(scope, value, what)
    if wait is not None:
        check_bool(scope, wait, "wait", "write True or False, or None for Flux's default")
    check_bool(scope, prune, "prune")
    if target_namespace is not None:
        check_dns_label(scope, target_namespace, "target namespace")
    depends = check_sequence(scope, depends_on, "depends_on", _depends_on, example=["multus"])
    checks = check_sequence(scope, health_checks, "health_checks", _instance(HealthCheck, "HealthCheck.crd(...)"),
                            example=[HealthCheck.crd("dnsendpoints.externaldns.k8s.io")])
    substitutes = check_sequence(scope, substitute_from, "substitute_from", _instance(SubstituteFrom, "SubstituteFrom(...)"),
                                 example=[SubstituteFrom("cluster-secrets")])
    if labels is not None:
        labels = check_labels(scope, labels, "labels", "write {'app.kubernetes.io/name': 'cilium'}")
    # the object lives in a construct of its own: labelled as the library's, and reachable
    # through that construct's api_objects like every other object the library writes
    holder = HomelabConstruct(scope, id or f"Kustomization-{name}")
    kustomization = fk.Kustomization(
        holder, "Resource",
        metadata=ApiObjectMetadata(name=name, namespace=namespace, labels=labels),
        spec=fk.KustomizationSpec(
            interval=interval, retry_interval=retry_interval, timeout=timeout, wait=wait, prune=prune,
            path=path, target_namespace=target_namespace,
            source_ref=fk.KustomizationSpecSourceRef(kind=getattr(fk.KustomizationSpecSourceRefKind, _SOURCE_KINDS[source_kind]),
                                                     name=source_name, namespace=source_namespace),
            depends_on=[fk.KustomizationSpecDependsOn(name=n, namespace=ns) for n, ns in depends] or None,
            health_checks=[fk.KustomizationSpecHealthChecks(kind=c.kind, name=c.name, namespace=c.namespace,
                                                            api_version=c.api_version or _HEALTH_API[c.kind])
                           for c in checks] or None,
            post_build=fk.KustomizationSpecPostBuild(substitute_from=[
                fk.KustomizationSpecPostBuildSubstituteFrom(
                    kind=getattr(fk.KustomizationSpecPostBuildSubstituteFromKind,
                                 "SECRET" if s.kind == "Secret" else "CONFIG_MAP"),
                    name=s.name, optional=s.optional or None)
                for s in substitutes]) if substitutes else None,
        ),
    )
    own(holder)
    return kustomization


def _instance(cls: type, example: str) -> Any:
    def check(scope: Scope, value: object, what: str) -> object:
        return check_instance(scope, value, cls, what, f"build it with {example}")
    return check
