"""How cloudflared runs, as :class:`~.tunnel.CloudflareTunnel` writes it: a ``Deployment``, or
the values of bjw-s' ``app-template`` chart (a HelmRelease), from one checked description
(:class:`TunnelWorkload`). Either way the pods mount the tunnel's ConfigMap and read its token
from a Secret; what else they carry is what :class:`TunnelPods` (the construct's ``pods``)
sets: a field left unset writes nothing, :meth:`TunnelPods.recommended` is the library's preset."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Union

import constructs
from cdk8s_plus_27 import k8s

from .._names import APP_NAME_LABEL
from .._validation import (
    FrozenDict,
    check_annotations,
    check_bool,
    check_choice,
    check_count,
    check_instance,
    check_resources,
    fail,
)
from ..apps.vpn_specs import ProbeTiming

CLOUDFLARED_IMAGE = "docker.io/cloudflare/cloudflared:2025.11.1"
#: ``TunnelPods.strategy`` values
STRATEGIES = ("RollingUpdate", "Recreate")
#: ``TunnelPods.seccomp_profile`` values
SECCOMP_PROFILES = ("RuntimeDefault", "Unconfined")
_EXAMPLE_RESOURCES = {"cpu": "10m", "memory": "50Mi"}
CONFIG_DIR = "/etc/cloudflared"
CA_DIR = "/etc/cloudflared/origin-ca"
METRICS_PORT = 8080
#: the bjw-s app-template chart the tunnel's ``app-template`` workload is a release of
APP_TEMPLATE_CHART_URL = "oci://ghcr.io/bjw-s-labs/helm/app-template"
APP_TEMPLATE_CHART_VERSION = "4.6.2"
#: what ``hardened=True`` writes as the container's ``securityContext``
HARDENED_CONTAINER = {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                      "capabilities": {"drop": ["ALL"]}}
_PROBE_FIELDS = (("initial_delay_seconds", "initialDelaySeconds"), ("period_seconds", "periodSeconds"),
                 ("timeout_seconds", "timeoutSeconds"), ("failure_threshold", "failureThreshold"))


@dataclass(frozen=True)
class TunnelPods:
    """cloudflared's pods (the Deployment, or app-template's controller): how many, which image,
    how they update, their resources, probes and security. A field left ``None`` (or empty)
    writes nothing: Kubernetes', the chart's or the image's default applies.
    :meth:`recommended` is the library's preset.

    :param replicas: cloudflared replicas (default ``None``: one).
    :param image: the cloudflared image (default :data:`CLOUDFLARED_IMAGE`; app-template needs
        its tag).
    :param strategy: the update strategy, ``RollingUpdate`` or ``Recreate`` (default ``None``:
        the Deployment's, ``RollingUpdate``; app-template's, ``Recreate``).
    :param annotations: annotations on the Deployment (app-template: the controller), such as
        Reloader's (default none).
    :param config_checksum: roll the pods when the config changes, through the pod template's
        ``checksum/config`` annotation (default ``True``; ``False`` when something else rolls
        them, such as Reloader's ``reloader.stakater.com/auto`` annotation).
    :param requests: the container's resource requests, such as ``{"cpu": "10m"}`` (default none).
    :param limits: its resource limits (default none).
    :param liveness_probe: a liveness probe of ``/ready`` on the metrics port, with this
        :class:`~homelab_constructs.ProbeTiming` (default ``None``: none).
    :param readiness_probe: a readiness probe of ``/ready``, with this timing (default
        ``None``: none).
    :param hardened: the hardened security context: ``runAsNonRoot: true`` for the pod; no
        privilege escalation, a read-only root file system and every capability dropped for the
        container (default ``False``: none written).
    :param seccomp_profile: the pod's seccomp profile, ``RuntimeDefault`` or ``Unconfined``
        (default ``None``: the runtime's setting).
    :param automount_service_account_token: the pod's ``automountServiceAccountToken``
        (default ``None``: Kubernetes', mounted).
    :param run_as_user: the user id the pod runs as (default ``None``: the image's).
    :param run_as_group: its group id (default ``None``: the image's).
    """

    replicas: Optional[int] = None
    image: str = CLOUDFLARED_IMAGE
    strategy: Optional[str] = None
    annotations: Mapping[str, str] = field(default_factory=FrozenDict)
    config_checksum: bool = True
    requests: Mapping[str, str] = field(default_factory=FrozenDict)
    limits: Mapping[str, str] = field(default_factory=FrozenDict)
    liveness_probe: Optional[ProbeTiming] = None
    readiness_probe: Optional[ProbeTiming] = None
    hardened: bool = False
    seccomp_profile: Optional[str] = None
    automount_service_account_token: Optional[bool] = None
    run_as_user: Optional[int] = None
    run_as_group: Optional[int] = None

    def __post_init__(self) -> None:
        if self.replicas is not None and (isinstance(self.replicas, bool) or not isinstance(self.replicas, int)
                                          or self.replicas < 1):
            raise fail("TunnelPods.replicas", "replicas must be a positive integer", self.replicas,
                       "use 2 for a highly available tunnel")
        image = self.image
        if not isinstance(image, str) or not image.strip() or any(c.isspace() for c in image):
            raise fail("TunnelPods.image", "cloudflared image is empty or holds whitespace", image,
                       f"pin an image such as {CLOUDFLARED_IMAGE!r}")
        if self.strategy is not None:
            check_choice("TunnelPods.strategy", self.strategy, STRATEGIES, "strategy")
        object.__setattr__(self, "annotations", FrozenDict(check_annotations(
            "TunnelPods.annotations", self.annotations if self.annotations is not None else {}, "annotations")))
        check_bool("TunnelPods.config_checksum", self.config_checksum, "config_checksum",
                   "write True to roll the pods when the config changes, or False when something else rolls them")
        for name in ("requests", "limits"):
            value = getattr(self, name)
            object.__setattr__(self, name, FrozenDict(check_resources(
                f"TunnelPods.{name}", value if value is not None else {}, name, _EXAMPLE_RESOURCES)))
        for name in ("liveness_probe", "readiness_probe"):
            check_instance(f"TunnelPods.{name}", getattr(self, name), ProbeTiming, name,
                           "write ProbeTiming(period_seconds=10), or None for no probe", optional=True)
        check_bool("TunnelPods.hardened", self.hardened, "hardened",
                   "write True for the hardened security context, or False")
        if self.seccomp_profile is not None:
            check_choice("TunnelPods.seccomp_profile", self.seccomp_profile, SECCOMP_PROFILES, "seccomp profile")
        if self.automount_service_account_token is not None:
            check_bool("TunnelPods.automount_service_account_token", self.automount_service_account_token,
                       "automount_service_account_token", "write True or False, or None to leave it out")
        for name in ("run_as_user", "run_as_group"):
            if getattr(self, name) is not None:
                check_count(f"TunnelPods.{name}", getattr(self, name), name, 1)

    @classmethod
    def recommended(cls, **changes: Any) -> "TunnelPods":
        """The library's pods, with ``changes`` over them. It writes exactly: ``replicas: 2``, the
        hardened security context (``hardened=True``), ``seccompProfile: RuntimeDefault``,
        ``automountServiceAccountToken: false``, ``runAsUser``/``runAsGroup: 65532``, requests
        ``cpu: 10m`` and ``memory: 64Mi``, limit ``memory: 256Mi``, a liveness probe (10 s delay,
        every 10 s) and a readiness probe (every 10 s) on ``/ready``."""
        return cls(**{"replicas": 2, "hardened": True, "seccomp_profile": "RuntimeDefault",
                      "automount_service_account_token": False, "run_as_user": 65532, "run_as_group": 65532,
                      "requests": FrozenDict(cpu="10m", memory="64Mi"), "limits": FrozenDict(memory="256Mi"),
                      "liveness_probe": ProbeTiming(initial_delay_seconds=10, period_seconds=10),
                      "readiness_probe": ProbeTiming(period_seconds=10), **changes})


@dataclass(frozen=True)
class SecretKey:
    """An environment variable read from one key of a Secret."""

    secret: str
    key: str


@dataclass(frozen=True)
class TunnelWorkload:
    """cloudflared's pods, checked: what either form writes (``None`` and ``False``: nothing).

    ``env`` holds plain values (a ``bool`` is written ``"true"``/``"false"`` in a Deployment, as
    itself in app-template's map) and :class:`SecretKey` references; ``env_from`` names a Secret
    read whole; ``checksum`` is the config's hash for the pod template's ``checksum/config``.
    """

    name: str
    namespace: str
    image: str
    env: tuple[tuple[str, Union[str, bool, SecretKey]], ...]
    env_from: Optional[str]
    args: tuple[str, ...]
    config_map: str
    replicas: Optional[int] = None
    strategy: Optional[str] = None
    annotations: Mapping[str, str] = field(default_factory=dict)
    checksum: Optional[str] = None
    origin_ca_config_map: Optional[str] = None
    liveness: Optional[ProbeTiming] = None
    readiness: Optional[ProbeTiming] = None
    hardened: bool = False
    seccomp_profile: Optional[str] = None
    automount_service_account_token: Optional[bool] = None
    run_as_user: Optional[int] = None
    run_as_group: Optional[int] = None
    requests: Mapping[str, str] = field(default_factory=dict)
    limits: Mapping[str, str] = field(default_factory=dict)
    service_monitor: bool = False

    def pod_security(self) -> dict[str, object]:
        """The pod's ``securityContext`` (as JSON): non-root with ``hardened``, the ids and
        seccomp profile set."""
        pairs = (("runAsNonRoot", True if self.hardened else None), ("runAsUser", self.run_as_user),
                 ("runAsGroup", self.run_as_group),
                 ("seccompProfile", {"type": self.seccomp_profile} if self.seccomp_profile else None))
        return {key: value for key, value in pairs if value is not None}

    def probe(self, timing: Optional[ProbeTiming]) -> Optional[dict[str, object]]:
        """A probe of cloudflared's ``/ready`` on the metrics port with ``timing`` (``None``: none)."""
        if timing is None:
            return None
        return {"httpGet": {"path": "/ready", "port": METRICS_PORT},
                **{key: getattr(timing, name) for name, key in _PROBE_FIELDS if getattr(timing, name) is not None}}


# ---- a Deployment


def deployment(scope: constructs.Construct, w: TunnelWorkload) -> k8s.KubeDeployment:
    """The cloudflared Deployment of ``w`` (construct id ``Deployment``)."""
    labels = {APP_NAME_LABEL: w.name}
    pod_security = w.pod_security()
    seccomp = pod_security.get("seccompProfile")
    return k8s.KubeDeployment(
        scope, "Deployment",
        metadata=k8s.ObjectMeta(name=w.name, namespace=w.namespace, labels=labels,
                                annotations=dict(w.annotations) or None),
        spec=k8s.DeploymentSpec(
            replicas=w.replicas,
            strategy=k8s.DeploymentStrategy(type=w.strategy) if w.strategy else None,
            selector=k8s.LabelSelector(match_labels=labels),
            template=k8s.PodTemplateSpec(
                metadata=k8s.ObjectMeta(labels=labels, annotations={
                    # roll the pods when the ingress rules change
                    "checksum/config": w.checksum} if w.checksum else None),
                spec=k8s.PodSpec(
                    automount_service_account_token=w.automount_service_account_token,
                    security_context=k8s.PodSecurityContext(
                        run_as_non_root=pod_security.get("runAsNonRoot"),  # type: ignore[arg-type]
                        run_as_user=w.run_as_user, run_as_group=w.run_as_group,
                        seccomp_profile=k8s.SeccompProfile(type=seccomp["type"])  # type: ignore[index]
                        if seccomp else None) if pod_security else None,
                    containers=[_container(w)],
                    volumes=_volumes(w),
                ),
            ),
        ),
    )


def _container(w: TunnelWorkload) -> k8s.Container:
    """The cloudflared container: runs the tunnel from the mounted config."""
    env = [k8s.EnvVar(name=name, value_from=k8s.EnvVarSource(secret_key_ref=k8s.SecretKeySelector(
        name=value.secret, key=value.key))) if isinstance(value, SecretKey)
        else k8s.EnvVar(name=name, value=("true" if value else "false") if isinstance(value, bool) else value)
        for name, value in w.env]
    mounts = [k8s.VolumeMount(name="config", mount_path=CONFIG_DIR, read_only=True)]
    if w.origin_ca_config_map:
        mounts.append(k8s.VolumeMount(name="origin-ca", mount_path=CA_DIR, read_only=True))
    return k8s.Container(
        name="cloudflared", image=w.image, args=list(w.args), env=env,
        env_from=[k8s.EnvFromSource(secret_ref=k8s.SecretEnvSource(name=w.env_from))] if w.env_from else None,
        ports=[k8s.ContainerPort(name="metrics", container_port=METRICS_PORT)],
        liveness_probe=_probe(w.liveness), readiness_probe=_probe(w.readiness),
        resources=k8s.ResourceRequirements(requests=_quantities(w.requests), limits=_quantities(w.limits))
        if w.requests or w.limits else None,
        security_context=k8s.SecurityContext(
            allow_privilege_escalation=False, read_only_root_filesystem=True,
            capabilities=k8s.Capabilities(drop=["ALL"])) if w.hardened else None,
        volume_mounts=mounts,
    )


def _probe(timing: Optional[ProbeTiming]) -> Optional[k8s.Probe]:
    if timing is None:
        return None
    return timing.probe(http_get=k8s.HttpGetAction(path="/ready", port=k8s.IntOrString.from_string("metrics")))


def _volumes(w: TunnelWorkload) -> list[k8s.Volume]:
    volumes = [k8s.Volume(name="config", config_map=k8s.ConfigMapVolumeSource(name=w.config_map))]
    if w.origin_ca_config_map:
        volumes.append(k8s.Volume(name="origin-ca", config_map=k8s.ConfigMapVolumeSource(name=w.origin_ca_config_map)))
    return volumes


def _quantities(values: Mapping[str, str]) -> Optional[dict[str, k8s.Quantity]]:
    return {key: k8s.Quantity.from_string(value) for key, value in values.items()} or None


# ---- app-template's values


def split_image(image: str) -> Optional[tuple[str, str]]:
    """``(repository, tag)`` of ``image`` (the tag keeps a digest: ``2026.3.0@sha256:...``); ``None``
    without a tag."""
    reference, at, digest = image.partition("@")
    repository, colon, tag = reference.rpartition(":")
    if not colon or "/" in tag:
        return None
    return repository, tag + (at + digest if at else "")


def app_template_values(w: TunnelWorkload) -> dict[str, object]:
    """The app-template values of ``w``: one controller ``<name>`` with the container ``app``, the
    pod options, the ConfigMap mounted at ``/etc/cloudflared/config.yaml`` (persistence
    ``config-file``), and with ``service_monitor`` the metrics Service and its ServiceMonitor."""
    repository, tag = split_image(w.image)  # type: ignore[misc]  # the construct checked the tag
    container: dict[str, object] = {
        "image": {"repository": repository, "tag": tag},
        "env": {name: {"valueFrom": {"secretKeyRef": {"name": value.secret, "key": value.key}}}
                if isinstance(value, SecretKey) else value for name, value in w.env},
        **({"envFrom": [{"secretRef": {"name": w.env_from}}]} if w.env_from else {}),
        "args": list(w.args),
    }
    probes = {kind: {"enabled": True, "custom": True, "spec": spec}
              for kind, spec in (("liveness", w.probe(w.liveness)), ("readiness", w.probe(w.readiness))) if spec}
    if probes:
        container["probes"] = probes
    if w.hardened:
        container["securityContext"] = copy.deepcopy(HARDENED_CONTAINER)
    resources = {k: dict(v) for k, v in (("requests", w.requests), ("limits", w.limits)) if v}
    if resources:
        container["resources"] = resources
    controller: dict[str, object] = {
        **({"replicas": w.replicas} if w.replicas is not None else {}),
        **({"strategy": w.strategy} if w.strategy else {}),
        **({"annotations": dict(w.annotations)} if w.annotations else {}),
        **({"pod": {"annotations": {"checksum/config": w.checksum}}} if w.checksum else {}),
        "containers": {"app": container},
    }
    pod = {key: value for key, value in (
        ("automountServiceAccountToken", w.automount_service_account_token),
        ("securityContext", w.pod_security() or None)) if value is not None}
    persistence: dict[str, object] = {"config-file": {
        "type": "configMap", "name": w.config_map,
        "globalMounts": [{"path": f"{CONFIG_DIR}/config.yaml", "subPath": "config.yaml", "readOnly": True}]}}
    if w.origin_ca_config_map:
        persistence["origin-ca"] = {"type": "configMap", "name": w.origin_ca_config_map,
                                    "globalMounts": [{"path": CA_DIR, "readOnly": True}]}
    return {
        "controllers": {w.name: controller},
        **({"defaultPodOptions": pod} if pod else {}),
        **({"service": {"app": {"ports": {"http": {"port": METRICS_PORT}}}},
            "serviceMonitor": {"app": {"endpoints": [{"port": "http"}]}}} if w.service_monitor else {}),
        "persistence": persistence,
    }
