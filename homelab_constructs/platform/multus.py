"""Multus installed as code: the bjw-s ``multus`` chart as a Flux release (or an Argo CD
Application, see :mod:`.argocd`), so :class:`~homelab_constructs.network.VlanAttachment`'s
NetworkAttachmentDefinitions have a meta-plugin to run them."""
from __future__ import annotations

from typing import Any, ClassVar, Mapping, Optional, cast

import constructs

from .._base import HomelabConstruct
from .._validation import FrozenDict, check_json_value, check_quantity, check_text, fail
from ..delivery.flux import chart_release, check_release_identity, merge_values
from ..delivery.release_settings import ReleaseSettings, check_release_settings
from ..namespace import Namespace, namespace_name

#: Where the bjw-s ``multus`` chart is published as an OCI artifact.
MULTUS_CHART_URL = "oci://ghcr.io/bjw-s-labs/helm/multus"
#: The chart version.
MULTUS_CHART_VERSION = "1.3.1"


def _host_path(scope: constructs.Construct, value: object, what: str, example: str) -> str:
    path = str(check_text(scope, value, what, example))
    if not path.startswith("/") or "//" in path or path.rstrip("/") != path or any(
            part in (".", "..") for part in path.split("/")):
        raise fail(scope, f"{what} is not an absolute host path", value, f"write the node's directory, such as {example!r}")
    return path


class MultusRelease(HomelabConstruct):
    """The Multus meta-plugin, installed from the bjw-s ``multus`` chart: an ``OCIRepository``
    and a ``HelmRelease`` ``namespace/name`` (construct ids ``ChartSource`` and ``Release``).

    The chart runs Multus as a DaemonSet that copies its binary to ``bin_path`` and writes its
    config to ``net_path`` on every node: both must be the directories the node's container
    runtime reads CNI plugins and configs from (Talos and most distributions: the defaults).
    Resources left unset are not written (the chart's defaults apply).

    :attr:`RECOMMENDED` (``MultusRelease.recommended(...)``) writes exactly: ``multus.resources:
    {requests: {cpu: 10m}, limits: {memory: 2048Mi}}`` (``cpu_request="10m"``,
    ``memory_limit="2048Mi"``), and the release's ``install.remediation.retries: 3``,
    ``upgrade.cleanupOnFail: true`` and ``upgrade.remediation.retries: 3``
    (``release=ReleaseSettings.recommended()``).

    :param name: the release and chart source name (default ``multus``).
    :param namespace: the release's namespace (default ``kube-system``).
    :param chart_version: the chart version (default :data:`MULTUS_CHART_VERSION`).
    :param bin_path: the node's CNI binary directory (``cni.binPath``; default ``/opt/cni/bin``).
    :param net_path: the node's CNI config directory (``cni.netPath``; default ``/etc/cni/net.d``).
    :param cpu_request: the Multus container's CPU request (``multus.resources.requests.cpu``;
        default ``None``: not written).
    :param memory_limit: its memory limit (``multus.resources.limits.memory``; default
        ``None``: not written).
    :param extra_values: more chart values, merged over the typed ones (JSON values only; a
        mapping merges key by key, anything else here wins) (default ``None``).
    :param release: :class:`~homelab_constructs.delivery.release_settings.ReleaseSettings` of
        the release: chart source, intervals, remediation, more values (merged last) (default
        ``None``: reconciled every ``1h``, nothing else written).

    Attributes: ``values`` (the chart values written), ``source`` (the ``OCIRepository``, or
    ``None`` with Argo CD delivery or a shared source) and ``release`` (the ``HelmRelease`` or
    ``Application``).
    """

    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(
        cpu_request="10m", memory_limit="2048Mi", release=ReleaseSettings.recommended())

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str = "multus",
        namespace: str | Namespace = "kube-system",
        chart_version: str = MULTUS_CHART_VERSION,
        bin_path: str = "/opt/cni/bin",
        net_path: str = "/etc/cni/net.d",
        cpu_request: Optional[str] = None,
        memory_limit: Optional[str] = None,
        extra_values: Optional[Mapping[str, Any]] = None,
        release: Optional[ReleaseSettings] = None,
    ) -> None:
        super().__init__(scope, id)
        namespace = cast(str, namespace_name(namespace))  # a Namespace stands for its name
        self.name, self.namespace = check_release_identity(self, name, namespace, chart_version)
        _host_path(self, bin_path, "bin_path", "/opt/cni/bin")
        _host_path(self, net_path, "net_path", "/etc/cni/net.d")
        if cpu_request is not None:
            check_quantity(self, cpu_request, "cpu_request")
        if memory_limit is not None:
            check_quantity(self, memory_limit, "memory_limit")
        if extra_values is not None and not isinstance(extra_values, Mapping):
            raise fail(self, "extra_values must be a mapping of Helm values", extra_values,
                       "write nested values such as {'image': {'tag': 'v4.2.3'}}, or None")
        check_release_settings(self, release)
        resources: dict[str, Any] = {}
        if cpu_request is not None:
            resources["requests"] = {"cpu": cpu_request}
        if memory_limit is not None:
            resources["limits"] = {"memory": memory_limit}
        values: dict[str, Any] = {"cni": {"binPath": bin_path, "netPath": net_path}}
        if resources:
            values["multus"] = {"resources": resources}
        #: the chart values written (before ``release.values``, which the release merges last)
        self.values = merge_values(values, check_json_value(self, extra_values or {}, "extra_values"))  # type: ignore[arg-type]
        self.source, self.release = chart_release(
            self, name=self.name, namespace=self.namespace, url=MULTUS_CHART_URL, version=chart_version,
            values=self.values, release=release)
