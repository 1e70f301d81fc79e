"""Apply order: the stages of a bundle, and the CRDs each stage needs to exist first.

A bundle cannot be applied in one step: a ``Certificate`` is refused until cert-manager's CRDs
exist, and those come from the cert-manager release of the same bundle. ``python -m
homelab_constructs synth`` therefore writes ``dist/`` in stages, one folder each, applied in
folder order (each object goes to the stage its kind needs; a chart's file is split when its
objects need different stages):

1. ``10-platform``: Namespaces, CRDs, the chart sources and releases (Flux ``OCIRepository``,
   ``HelmRepository``, ``HelmRelease``; Argo CD ``Application``): what installs the CRDs and
   controllers of the later stages;
2. ``20-cluster``: cluster-wide objects of those CRDs that the rest refers to: issuers,
   certificates, secret stores, LoadBalancer pools, L2/BGP, GatewayClasses, EnvoyProxy,
   NetworkAttachmentDefinitions;
3. ``30-apps``: everything else (gateways, routes, policies, workloads, ExternalSecrets, ...).

What applies the stages in order follows the app's delivery (:func:`delivery_of` reads it from
the bundle): with Flux, ``dist/flux/stages.k8s.yaml`` holds one Flux ``Kustomization`` per
stage (:func:`flux_stages`), each ``dependsOn`` the one before and waiting for its objects to
be ready (``wait: true``): point the cluster's own Kustomization at ``dist/flux`` (never at
``dist/``, which would apply every stage at once). With Argo CD, ``dist/argocd/stages.k8s.yaml``
holds one ``Application`` per stage (:func:`argocd_stages`) with sync waves 0, 1, 2, and no Flux
object is written: point one Application (the app of apps) at ``dist/argocd``.

:data:`RELEASE_CRDS` says which API groups a release of the bundle installs; every other
group a bundle uses must exist before the bundle is applied (:func:`prerequisites`): the
Gateway API CRDs, Cilium's (installed with Cilium at bootstrap), External Secrets', ...

Standard library and PyYAML only: no cdk8s or jsii.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Mapping, Optional

import yaml

#: the stages, in apply order: name -> folder
STAGES: Mapping[str, str] = {"platform": "10-platform", "cluster": "20-cluster", "apps": "30-apps"}
#: the folder of the Flux Kustomizations that apply the stages in order
FLUX_FOLDER = "flux"

_PLATFORM = {("", "Namespace"), ("apiextensions.k8s.io", "CustomResourceDefinition"),
             ("source.toolkit.fluxcd.io", "OCIRepository"), ("source.toolkit.fluxcd.io", "HelmRepository"),
             ("helm.toolkit.fluxcd.io", "HelmRelease"), ("argoproj.io", "Application"),
             ("kustomize.toolkit.fluxcd.io", "Kustomization")}
_CLUSTER = {("cert-manager.io", "ClusterIssuer"), ("cert-manager.io", "Issuer"), ("cert-manager.io", "Certificate"),
            ("external-secrets.io", "ClusterSecretStore"), ("external-secrets.io", "SecretStore"),
            ("cilium.io", "CiliumLoadBalancerIPPool"), ("cilium.io", "CiliumL2AnnouncementPolicy"),
            ("cilium.io", "CiliumBGPClusterConfig"), ("cilium.io", "CiliumBGPPeerConfig"),
            ("cilium.io", "CiliumBGPAdvertisement"), ("gateway.networking.k8s.io", "GatewayClass"),
            ("gateway.envoyproxy.io", "EnvoyProxy"), ("k8s.cni.cncf.io", "NetworkAttachmentDefinition")}

#: chart name of a release -> the API groups whose CRDs the release installs
RELEASE_CRDS: Mapping[str, frozenset[str]] = {
    "cilium": frozenset({"cilium.io"}),
    "cert-manager": frozenset({"cert-manager.io", "acme.cert-manager.io"}),
    "gateway-helm": frozenset({"gateway.envoyproxy.io", "gateway.networking.k8s.io"}),
    "multus": frozenset({"k8s.cni.cncf.io"}),
    "external-secrets": frozenset({"external-secrets.io", "generators.external-secrets.io"}),
}
#: API groups of Kubernetes itself (no CRD needed)
BUILT_IN_GROUPS: frozenset[str] = frozenset({
    "", "apps", "batch", "policy", "autoscaling", "discovery.k8s.io", "networking.k8s.io", "rbac.authorization.k8s.io",
    "storage.k8s.io", "apiextensions.k8s.io", "scheduling.k8s.io", "admissionregistration.k8s.io", "coordination.k8s.io"})


def _group_kind(obj: Mapping[str, Any]) -> tuple[str, str]:
    api_version = str(obj.get("apiVersion", ""))
    return (api_version.split("/")[0] if "/" in api_version else "", str(obj.get("kind", "")))


def stage_of(obj: Mapping[str, Any]) -> str:
    """The stage (a key of :data:`STAGES`) an object belongs to, by its API group and kind."""
    key = _group_kind(obj)
    return "platform" if key in _PLATFORM else "cluster" if key in _CLUSTER else "apps"


def release_chart(obj: Mapping[str, Any]) -> Optional[str]:
    """The chart a release object installs (Flux ``HelmRelease`` with ``chart.spec.chart`` or a
    ``chartRef``'s OCI repository name, Argo CD ``Application`` with ``source.chart`` or an
    ``oci://`` URL), or ``None`` for anything else."""
    kind, spec = obj.get("kind"), obj.get("spec") or {}
    if kind == "HelmRelease":
        chart = (spec.get("chart") or {}).get("spec", {}).get("chart")
        return chart or (spec.get("chartRef") or {}).get("name")
    if kind == "Application":
        source = spec.get("source") or {}
        return source.get("chart") or str(source.get("repoURL", "")).rstrip("/").rsplit("/", 1)[-1] or None
    if kind == "OCIRepository":
        return str(spec.get("url", "")).rstrip("/").rsplit("/", 1)[-1] or None
    return None


def installed_groups(objects: Iterable[Mapping[str, Any]]) -> set[str]:
    """The API groups whose CRDs the releases among ``objects`` install (:data:`RELEASE_CRDS`)."""
    groups: set[str] = set()
    for obj in objects:
        chart = release_chart(obj)
        if chart is not None:
            groups |= RELEASE_CRDS.get(chart, frozenset())
    return groups


def prerequisites(objects: Iterable[Mapping[str, Any]]) -> list[str]:
    """The API groups the bundle uses whose CRDs no release of the bundle installs: they must
    exist before the bundle is applied, sorted."""
    objects = list(objects)
    used = {_group_kind(o)[0] for o in objects} - BUILT_IN_GROUPS
    return sorted(used - installed_groups(objects))


def split_documents(text: str) -> list[str]:
    """The YAML documents of a manifest file as written (cdk8s separates them with ``---``
    lines), each as its own text ending in a newline."""
    docs: list[str] = []
    current: list[str] = []
    for line in text.splitlines(keepends=True):
        if line.rstrip("\r\n") == "---":
            docs.append("".join(current))
            current = []
        else:
            current.append(line)
    docs.append("".join(current))
    return [d if d.endswith("\n") else d + "\n" for d in docs if d.strip()]


def restage(directory: Path) -> list[Path]:
    """Move the ``*.yaml`` manifests at the top of ``directory`` into stage folders: each
    document goes to ``<stage folder>/<same file name>``, in its order. Returns the files written."""
    directory = Path(directory)
    written: dict[Path, list[str]] = {}
    for file in sorted(p for p in directory.glob("*.yaml") if p.is_file()):
        for doc in split_documents(file.read_text(encoding="utf-8")):
            obj = yaml.safe_load(doc) or {}
            written.setdefault(directory / STAGES[stage_of(obj)] / file.name, []).append(doc)
        file.unlink()
    for path, docs in written.items():
        path.parent.mkdir(exist_ok=True)
        path.write_text("---\n".join(docs), encoding="utf-8")
    return sorted(written)


def flux_stages(stages: Iterable[str], *, path: str = "./dist", source: str = "flux-system",
                source_namespace: str = "flux-system", interval: str = "1h") -> str:
    """The Flux ``Kustomization`` of each stage folder in ``stages`` (folder names of
    :data:`STAGES`), as YAML: ``homelab-<stage>`` in ``source_namespace``, path
    ``<path>/<folder>`` of the GitRepository ``source``, pruned, waiting for its objects
    (``wait``), each ``dependsOn`` the stage before.

    Written as plain YAML, not with :func:`~.kustomization.flux_kustomization`: the stages exist
    only after the app has written its manifests, in the ``synth`` command, which runs no jsii
    kernel. ``synth`` validates them against the pinned Kustomization CRD like every object."""
    docs, previous = [], None
    by_folder = {folder: name for name, folder in STAGES.items()}
    for folder in sorted(stages):
        name = f"homelab-{by_folder[folder]}"
        spec: dict[str, Any] = {"interval": interval, "path": f"{path.rstrip('/')}/{folder}", "prune": True,
                                "wait": True, "timeout": "10m",
                                "sourceRef": {"kind": "GitRepository", "name": source, "namespace": source_namespace}}
        if previous is not None:
            spec["dependsOn"] = [{"name": previous}]
        docs.append({"apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
                     "metadata": {"name": name, "namespace": source_namespace,
                                  "labels": {"app.kubernetes.io/managed-by": "homelab-constructs"}},
                     "spec": spec})
        previous = name
    return "---\n".join(yaml.safe_dump(d, sort_keys=False, default_flow_style=False) for d in docs)


#: the folder of the Argo CD Applications that apply the stages in order (Argo CD delivery)
ARGOCD_FOLDER = "argocd"
#: the annotation that orders an app-of-apps' children
SYNC_WAVE = "argocd.argoproj.io/sync-wave"


def delivery_of(objects: Iterable[Mapping[str, Any]]) -> Optional[Mapping[str, str]]:
    """Argo CD's settings when the bundle delivers with Argo CD (it holds ``Application``\\ s and
    no Flux ``HelmRelease``): ``namespace``, ``project`` and ``server`` of its first
    Application; ``None`` for Flux (the default)."""
    objects = list(objects)
    if any(_group_kind(o) == ("helm.toolkit.fluxcd.io", "HelmRelease") for o in objects):
        return None
    app = next((o for o in objects if _group_kind(o) == ("argoproj.io", "Application")), None)
    if app is None:
        return None
    spec = app.get("spec") or {}
    return {"namespace": str((app.get("metadata") or {}).get("namespace") or "argocd"),
            "project": str(spec.get("project") or "default"),
            "server": str((spec.get("destination") or {}).get("server") or "https://kubernetes.default.svc")}


def argocd_stages(stages: Iterable[str], *, repo_url: str, path: str = "./dist", revision: str = "HEAD",
                  namespace: str = "argocd", project: str = "default",
                  server: str = "https://kubernetes.default.svc") -> str:
    """The Argo CD ``Application`` of each stage folder in ``stages``, as YAML: ``homelab-<stage>``
    in ``namespace``, the folder ``<path>/<folder>`` of the Git repository ``repo_url`` at
    ``revision`` (recursed), synced automatically with prune and self-heal, retried until the
    CRDs of the stage before exist (``SkipDryRunOnMissingResource=true``, retries with backoff),
    and ordered by ``argocd.argoproj.io/sync-wave`` (0, 1, 2): point one Application (the app of
    apps) at the folder of these files and Argo CD syncs a stage only once the one before is
    synced and healthy (Argo CD assesses an Application's health for its parent when the
    ``argoproj.io/Application`` health check is enabled in ``argocd-cm``; see docs/delivery.md).

    Plain YAML, like :func:`flux_stages`; ``synth`` validates them against the pinned
    Application CRD like every object."""
    docs = []
    by_folder = {folder: name for name, folder in STAGES.items()}
    for wave, folder in enumerate(sorted(stages)):
        docs.append({
            "apiVersion": "argoproj.io/v1alpha1", "kind": "Application",
            "metadata": {"name": f"homelab-{by_folder[folder]}", "namespace": namespace,
                         "labels": {"app.kubernetes.io/managed-by": "homelab-constructs"},
                         "annotations": {SYNC_WAVE: str(wave)}},
            "spec": {
                "project": project,
                "source": {"repoURL": repo_url, "targetRevision": revision, "path": f"{path.rstrip('/')}/{folder}",
                           "directory": {"recurse": True}},
                "destination": {"server": server},
                "syncPolicy": {"automated": {"prune": True, "selfHeal": True},
                               "syncOptions": ["SkipDryRunOnMissingResource=true", "ServerSideApply=true"],
                               "retry": {"limit": 10, "backoff": {"duration": "10s", "factor": 2, "maxDuration": "3m"}}},
            },
        })
    return "---\n".join(yaml.safe_dump(d, sort_keys=False, default_flow_style=False) for d in docs)
