"""CoreDNS as a Flux HelmRelease with the usual cluster plugin chain (optional)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, Mapping, Optional, Sequence, cast

import constructs

from .._base import HomelabConstruct
from .._validation import (
    FrozenDict,
    check_annotations,
    check_bool,
    check_choice,
    check_count,
    check_dns_label,
    check_instance,
    check_ip,
    check_port,
    check_sequence,
    fail,
    is_dns_name,
)
from ..delivery.flux import ReleaseSettings, chart_release
from ..delivery.release_settings import RECOMMENDED_RELEASE
from ..namespace import Namespace, namespace_name

COREDNS_CHART_VERSION = "1.45.0"
COREDNS_CHART_URL = "https://coredns.github.io/helm"
#: a CoreDNS plugin's name (``errors``, ``kubernetes``, ``k8s_external``, ...)
_PLUGIN_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
#: the control-plane node label CoreDNS is often pinned to
CONTROL_PLANE_LABEL = "node-role.kubernetes.io/control-plane"
#: the taints a control-plane node may carry
_CONTROL_PLANE_TOLERATIONS = ("CriticalAddonsOnly", CONTROL_PLANE_LABEL, "node-role.kubernetes.io/master",
                              "node-role.kubernetes.io/etcd")


def _tokens(text: str) -> Optional[list[str]]:
    """The unquoted words of Corefile text as CoreDNS' Caddyfile lexer reads them (a quoted word
    and a ``#`` comment are left out: their braces are text); ``None`` when a quote is not closed."""
    words: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
        elif text[i] == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text[i] == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            if i >= n:
                return None
            i += 1
        else:
            start = i
            while i < n and not text[i].isspace() and text[i] != "#":  # '#' starts a comment, even in a word
                i += 1
            words.append(text[start:i])
    return words


def _plugin(name: str, parameters: Optional[str] = None, config_block: Optional[str] = None) -> dict[str, str]:
    plugin = {"name": name}
    if parameters:
        plugin["parameters"] = parameters
    if config_block:
        plugin["configBlock"] = config_block
    return plugin


def _balanced(words: Sequence[str]) -> bool:
    """Whether the ``{``/``}`` words open and close blocks in order, every one closed."""
    depth = 0
    for word in words:
        depth += 1 if word == "{" else -1 if word == "}" else 0
        if depth < 0:
            return False
    return depth == 0


@dataclass(frozen=True)
class CoreDnsPlugin:
    """One plugin line of a CoreDNS server block: ``name parameters { config_block }``.

    :param name: the plugin, such as ``forward``.
    :param parameters: its arguments on the same line, such as ``. /etc/resolv.conf``
        (default none).
    :param config_block: the lines inside its braces, such as ``lameduck 5s`` (default none).
    """

    name: str
    parameters: Optional[str] = None
    config_block: Optional[str] = None

    def validate(self, scope: constructs.Construct, what: str) -> None:
        """Raise ``ValueError`` for what CoreDNS would read otherwise: a name that is no plugin's,
        parameters that open or close a block, a config block whose braces do not balance (braces
        inside quotes are text, as the ``template`` plugin's answers write them), a quote left open."""
        if not isinstance(self.name, str) or not _PLUGIN_NAME.fullmatch(self.name):
            raise fail(scope, f"{what} name is not a CoreDNS plugin name", self.name,
                       "write a plugin such as 'errors', 'forward' or 'k8s_external'")
        for value, part in ((self.parameters, "parameters"), (self.config_block, "config block")):
            if value is None:
                continue
            if not isinstance(value, str) or not value.strip():
                raise fail(scope, f"{what} {part} is empty or not text", value,
                           "write the words, such as '. /etc/resolv.conf' or 'lameduck 5s', or None")
            words = _tokens(value)
            if words is None:
                raise fail(scope, f"{what} {part} leaves a quote open", value,
                           "close the '\"' (CoreDNS would read the rest of the Corefile as one word)")
            if part == "parameters" and ("{" in words or "}" in words):
                raise fail(scope, f"{what} parameters open or close a block", value,
                           "put the block's lines in config_block, such as CoreDnsPlugin('template', 'IN A "
                           "example.com', 'answer \"{{ .Name }} 60 IN A 10.0.0.1\"')")
            if part == "config block" and not _balanced(words):
                raise fail(scope, f"{what} config block's braces do not balance", value,
                           "close every '{' it opens and no more (braces inside quotes are text, such as "
                           "answer \"{{ .Name }} 60 IN A 10.0.0.1\")")
        if self.parameters is not None and "\n" in self.parameters:
            raise fail(scope, f"{what} parameters hold a line break", self.parameters,
                       "put further lines in config_block")

    def values(self) -> dict[str, str]:
        return _plugin(self.name, self.parameters, self.config_block)


@dataclass(frozen=True)
class CoreDnsServer:
    """One CoreDNS server block (the chart's ``servers`` entry).

    :param plugins: the plugins, in order.
    :param zone: the zone it serves (default ``.``, every name).
    :param port: the port (default ``53``).
    :param scheme: ``dns://``, ``tls://``, ``https://`` or ``grpc://``, or ``None`` for the
        chart's (default ``None``).
    :param use_tcp: also serve the zone over TCP on the Service, or ``None`` for the chart's
        (default ``None``).
    """

    plugins: Sequence[CoreDnsPlugin]
    zone: str = "."
    port: int = 53
    scheme: Optional[Literal["dns://", "tls://", "https://", "grpc://"]] = None
    use_tcp: Optional[bool] = None

    def __post_init__(self) -> None:
        if isinstance(self.plugins, list):
            object.__setattr__(self, "plugins", tuple(self.plugins))

    def values(self, scope: constructs.Construct, what: str) -> dict[str, object]:
        plugins = check_sequence(scope, self.plugins, f"{what} plugins", example=[CoreDnsPlugin("errors")])
        if not plugins:
            raise fail(scope, f"{what} has no plugins", list(plugins), "list its plugins, such as [CoreDnsPlugin('errors'), ...]")
        for index, plugin in enumerate(plugins):
            check_instance(scope, plugin, CoreDnsPlugin, f"{what} plugins[{index}]", "write CoreDnsPlugin(name, ...)")
            plugin.validate(scope, f"{what} plugins[{index}]")
        if self.zone != "." and not is_dns_name(self.zone, min_labels=1, trailing_dot=True):
            raise fail(scope, f"{what} zone is not a DNS zone", self.zone, "write '.' or a zone such as 'example.com'")
        check_port(scope, self.port, f"{what} port")
        zone: dict[str, object] = {"zone": self.zone}
        if self.scheme is not None:
            zone["scheme"] = check_choice(scope, self.scheme, ("dns://", "tls://", "https://", "grpc://"),
                                          f"{what} scheme")
        if self.use_tcp is not None:
            zone["use_tcp"] = check_bool(scope, self.use_tcp, f"{what} use_tcp", "write True or False, or None")
        return {"zones": [zone], "port": self.port, "plugins": [p.values() for p in plugins]}


class CoreDnsRelease(HomelabConstruct):
    """CoreDNS serving ``<cluster domain>`` from Kubernetes and forwarding the rest.

    The server block is the usual one: ``errors``, ``health`` (lameduck), ``ready``,
    ``kubernetes`` (``pods insecure``, reverse zones fall through), ``prometheus :9153``,
    ``forward``, ``cache``, ``loop``, ``reload``, ``loadbalance``. ``forward_zones`` adds a
    server block per zone, so the cluster resolves the home domain from the internal DNS
    server (split horizon) instead of the public records. A prop left unset writes nothing: the
    chart's default applies.

    :attr:`RECOMMENDED` (``CoreDnsRelease.recommended(...)``) writes: ``replicas=2``
    (``replicaCount: 2``), ``metrics_service=True`` (``prometheus.service.enabled: true``),
    ``max_unavailable=1`` (``podDisruptionBudget.maxUnavailable: 1``) and ``hardened=True``
    (``securityContext``: no privilege escalation, a read-only root file system, every capability
    dropped but ``NET_BIND_SERVICE``).

    :attr:`RECOMMENDED` (``CoreDnsRelease.recommended(...)``) sets ``release=ReleaseSettings.recommended()``:
    the release's ``install.remediation.retries: 3``, ``upgrade.cleanupOnFail: true`` and
    ``upgrade.remediation.retries: 3``.

    :param name: the release's name (default ``coredns``).
    :param namespace: the release's namespace (default ``kube-system``).
    :param cluster_domain: the cluster's DNS domain (default ``cluster.local``).
    :param cluster_ip: the kube-dns Service address the kubelets use (default ``None``:
        any; set it when replacing a distribution's CoreDNS, such as k3s' ``10.43.0.10``).
    :param upstreams: where other names are forwarded (default the node's ``/etc/resolv.conf``).
    :param forward_zones: zone -> DNS servers for that zone (default none).
    :param replicas: CoreDNS replicas (default ``None``: the chart's, 1).
    :param cache_seconds: the cache's maximum TTL (default ``30``).
    :param chart_version: the ``coredns`` chart version (default :data:`COREDNS_CHART_VERSION`).
    :param server: the main server block, replacing the usual one (then ``upstreams``,
        ``cluster_domain`` and ``cache_seconds`` are not used by it) (default ``None``).
    :param image_repository: the CoreDNS image repository, such as a mirror (default
        ``None``: the chart's).
    :param service_name: the DNS Service's name (default ``kube-dns``).
    :param service_annotations: annotations on that Service (default none).
    :param k8s_app_label: the pods' and Service's ``k8s-app`` label (``k8sAppLabelOverride``)
        (default ``kube-dns``, what kubelets' network policies usually select).
    :param create_service_account: the chart's ``serviceAccount.create``, or ``None`` for the
        chart's (default ``None``).
    :param control_plane_only: run on control-plane nodes only: a required node affinity on
        :data:`CONTROL_PLANE_LABEL` and tolerations for the control-plane taints
        (``CriticalAddonsOnly``, control-plane, master, etcd) (default ``False``).
    :param spread_by_hostname: spread the replicas over nodes (a topology spread constraint
        on ``kubernetes.io/hostname``, maxSkew 1, ``DoNotSchedule``) (default ``False``).
    :param metrics_service: ``prometheus.service.enabled``: a Service for the metrics port
        (default ``None``: the chart's, none).
    :param max_unavailable: a PodDisruptionBudget with this ``maxUnavailable`` (default
        ``None``: none).
    :param hardened: write the library's hardened container ``securityContext`` (default
        ``False``: the chart's).
    :param release: :class:`~homelab_constructs.platform.ReleaseSettings` of the release: chart
        source (also an OCI mirror shared by several releases), intervals, remediation, more values
        (merged last) (default ``None``: the chart from the ``HelmRepository`` ``coredns``, reconciled every ``1h``).
    """

    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(
        RECOMMENDED_RELEASE, replicas=2, metrics_service=True, max_unavailable=1, hardened=True)

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str = "coredns",
        namespace: str | Namespace = "kube-system",
        cluster_domain: str = "cluster.local",
        cluster_ip: Optional[str] = None,
        upstreams: Sequence[str] = ("/etc/resolv.conf",),
        forward_zones: Optional[Mapping[str, Sequence[str]]] = None,
        replicas: Optional[int] = None,
        cache_seconds: int = 30,
        chart_version: str = COREDNS_CHART_VERSION,
        server: Optional[CoreDnsServer] = None,
        image_repository: Optional[str] = None,
        service_name: str = "kube-dns",
        service_annotations: Optional[Mapping[str, str]] = None,
        k8s_app_label: str = "kube-dns",
        create_service_account: Optional[bool] = None,
        control_plane_only: bool = False,
        spread_by_hostname: bool = False,
        release: Optional[ReleaseSettings] = None,
        metrics_service: Optional[bool] = None,
        max_unavailable: Optional[int] = None,
        hardened: bool = False,
    ) -> None:
        super().__init__(scope, id)
        namespace = cast(str, namespace_name(namespace))  # a Namespace stands for its name
        self.name = check_dns_label(self, name, "release name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self._check_settings(cluster_domain, upstreams, replicas, cache_seconds)
        servers = [self._main_server(server, cluster_domain, upstreams, cache_seconds),
                   *self._forward_zone_servers(forward_zones, cache_seconds)]
        service = self._service_values(service_name, cluster_ip, service_annotations)
        check_dns_label(self, k8s_app_label, "k8s-app label")
        opinions = self._check_opinions(metrics_service, max_unavailable, hardened)
        self.values: dict[str, object] = self._helm_values(
            replicas, servers, service, k8s_app_label, image_repository, create_service_account,
            control_plane_only, spread_by_hostname, opinions)
        _, self.release = chart_release(self, name=self.name, namespace=self.namespace, url=COREDNS_CHART_URL,
                                        chart="coredns", version=chart_version, values=self.values, release=release)

    def _check_settings(self, cluster_domain: str, upstreams: Sequence[str], replicas: Optional[int],
                        cache_seconds: int) -> None:
        """Check the cluster domain, the upstreams, the replica count and the cache TTL."""
        if not is_dns_name(cluster_domain, trailing_dot=True):
            raise fail(self, "cluster domain is not a DNS name", cluster_domain, "use the cluster's domain, 'cluster.local'")
        if isinstance(upstreams, str) or not isinstance(upstreams, (list, tuple)):
            raise fail(self, "upstreams are not a list", upstreams,
                       f"write a list such as {[upstreams] if isinstance(upstreams, str) else ['/etc/resolv.conf']!r}")
        if not upstreams:
            raise fail(self, "CoreDNS has no upstream", list(upstreams), "forward to '/etc/resolv.conf' or DNS server addresses")
        for upstream in upstreams:
            if upstream != "/etc/resolv.conf":
                check_ip(self, upstream, "upstream DNS server")
        if replicas is not None and (isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 1):
            raise fail(self, "replicas must be a positive integer", replicas, "use 2 so DNS survives a node restart")
        if isinstance(cache_seconds, bool) or not isinstance(cache_seconds, int) or not 0 <= cache_seconds <= 3600:
            raise fail(self, "cache TTL must be an integer in 0-3600 seconds", cache_seconds, "use 30")

    def _main_server(self, server: Optional[CoreDnsServer], cluster_domain: str, upstreams: Sequence[str],
                     cache_seconds: int) -> dict[str, object]:
        """The main server block: ``server``'s (checked), or the usual cluster one."""
        if server is not None:
            check_instance(self, server, CoreDnsServer, "server", "write CoreDnsServer(plugins=[...]), or None")
            return server.values(self, "server")
        return {
            "zones": [{"zone": "."}],
            "port": 53,
            "plugins": [
                _plugin("errors"),
                _plugin("health", config_block="lameduck 5s"),
                _plugin("ready"),
                _plugin("kubernetes", f"{cluster_domain} in-addr.arpa ip6.arpa",
                        "pods insecure\nfallthrough in-addr.arpa ip6.arpa\nttl 30"),
                _plugin("prometheus", "0.0.0.0:9153"),
                _plugin("forward", ". " + " ".join(upstreams)),
                _plugin("cache", str(cache_seconds)),
                _plugin("loop"),
                _plugin("reload"),
                _plugin("loadbalance"),
            ],
        }

    def _forward_zone_servers(self, forward_zones: Optional[Mapping[str, Sequence[str]]],
                              cache_seconds: int) -> list[dict[str, object]]:
        """One server block per forward zone (checked, in zone order), forwarding it to its DNS servers."""
        if forward_zones is not None and not isinstance(forward_zones, Mapping):
            raise fail(self, "forward zones are not a mapping of zone to DNS servers", forward_zones,
                       "write {'homelab.example.com': ['192.168.1.2']}")
        servers: list[dict[str, object]] = []
        for zone, servers_of_zone in sorted((forward_zones or {}).items(), key=lambda kv: str(kv[0])):
            if not is_dns_name(zone, trailing_dot=True):
                raise fail(self, "forward zone is not a DNS name", zone, "use a zone such as 'homelab.example.com'")
            if not servers_of_zone or isinstance(servers_of_zone, str):
                raise fail(self, f"forward zone {zone} needs a list of DNS servers", servers_of_zone,
                           "pass the internal DNS server's addresses, such as ['192.168.1.2']")
            for address in servers_of_zone:
                check_ip(self, address, f"DNS server of {zone}")
            servers.append({
                "zones": [{"zone": zone}],
                "port": 53,
                "plugins": [_plugin("errors"), _plugin("forward", ". " + " ".join(servers_of_zone)),
                            _plugin("cache", str(cache_seconds))],
            })
        return servers

    def _service_values(self, service_name: str, cluster_ip: Optional[str],
                        service_annotations: Optional[Mapping[str, str]]) -> dict[str, object]:
        """The chart's ``service`` values: the DNS Service's name, cluster IP and annotations, checked."""
        service: dict[str, object] = {"name": check_dns_label(self, service_name, "service name")}
        if cluster_ip is not None:
            service["clusterIP"] = str(check_ip(self, cluster_ip, "cluster IP"))
        annotations = check_annotations(self, service_annotations if service_annotations is not None else {},
                                        "service_annotations")
        if annotations:
            service["annotations"] = annotations
        return service

    def _check_opinions(self, metrics_service: Optional[bool], max_unavailable: Optional[int],
                        hardened: bool) -> dict[str, object]:
        """Check the metrics Service, disruption budget and hardening props; returns their values."""
        values: dict[str, object] = {}
        if metrics_service is not None:
            values["prometheus"] = {"service": {"enabled": check_bool(
                self, metrics_service, "metrics_service", "write True or False, or None for the chart's")}}
        if max_unavailable is not None:
            values["podDisruptionBudget"] = {"maxUnavailable": check_count(self, max_unavailable, "max_unavailable", 1)}
        if check_bool(self, hardened, "hardened", "write True for the library's hardened security context, or False"):
            values["securityContext"] = {  # port 53 needs NET_BIND_SERVICE; nothing else
                "allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                "capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]},
            }
        return values

    def _helm_values(self, replicas: Optional[int], servers: list[dict[str, object]], service: dict[str, object],
                     k8s_app_label: str, image_repository: Optional[str], create_service_account: Optional[bool],
                     control_plane_only: bool, spread_by_hostname: bool,
                     opinions: dict[str, object]) -> dict[str, object]:
        """The release's values (checking the image, service account and scheduling props on the way)."""
        return {
            "fullnameOverride": self.name,
            **self._image(image_repository),
            **({"replicaCount": replicas} if replicas is not None else {}),
            "k8sAppLabelOverride": k8s_app_label,
            **self._service_account(create_service_account),
            "service": service,
            "servers": servers,
            **opinions,
            **self._scheduling(control_plane_only, spread_by_hostname, k8s_app_label),
        }

    def _image(self, repository: Optional[str]) -> dict[str, object]:
        if repository is None:
            return {}
        if not isinstance(repository, str) or not re.fullmatch(r"[a-z0-9][a-z0-9._/:-]*", repository) \
                or repository.rsplit("/", 1)[-1].count(":"):
            raise fail(self, "image repository is not an image name without tag", repository,
                       "write a repository such as 'mirror.gcr.io/coredns/coredns'")
        return {"image": {"repository": repository}}

    def _service_account(self, create: Optional[bool]) -> dict[str, object]:
        if create is None:
            return {}
        return {"serviceAccount": {"create": check_bool(self, create, "create_service_account",
                                                        "write True or False, or None for the chart's")}}

    def _scheduling(self, control_plane_only: object, spread_by_hostname: object, app_label: str) -> dict[str, object]:
        scheduling: dict[str, object] = {}
        if check_bool(self, control_plane_only, "control_plane_only"):
            scheduling["affinity"] = {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {
                "nodeSelectorTerms": [{"matchExpressions": [{"key": CONTROL_PLANE_LABEL, "operator": "Exists"}]}]}}}
            scheduling["tolerations"] = [{"key": key, "operator": "Exists"} for key in _CONTROL_PLANE_TOLERATIONS[:1]] + [
                {"key": key, "operator": "Exists", "effect": "NoSchedule"} for key in _CONTROL_PLANE_TOLERATIONS[1:]]
        if check_bool(self, spread_by_hostname, "spread_by_hostname"):
            scheduling["topologySpreadConstraints"] = [{
                "maxSkew": 1, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "DoNotSchedule",
                "labelSelector": {"matchLabels": {"k8s-app": app_label}}}]
        return scheduling
