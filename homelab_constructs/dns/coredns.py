"""CoreDNS as a Flux HelmRelease with the usual cluster plugin chain (optional)."""
from __future__ import annotations

from typing import Mapping, Optional, Sequence

import constructs

from .._base import HomelabConstruct
from .._validation import check_dns_label, check_ip, fail, is_dns_name
from ..platform.flux import helm_release, helm_repository

COREDNS_CHART_VERSION = "1.45.0"
COREDNS_CHART_URL = "https://coredns.github.io/helm"


def _plugin(name: str, parameters: Optional[str] = None, config_block: Optional[str] = None) -> dict[str, str]:
    plugin = {"name": name}
    if parameters:
        plugin["parameters"] = parameters
    if config_block:
        plugin["configBlock"] = config_block
    return plugin


class CoreDnsRelease(HomelabConstruct):
    """CoreDNS serving ``<cluster domain>`` from Kubernetes and forwarding the rest.

    The server block is the usual one: ``errors``, ``health`` (lameduck), ``ready``,
    ``kubernetes`` (``pods insecure``, reverse zones fall through), ``prometheus :9153``,
    ``forward``, ``cache``, ``loop``, ``reload``, ``loadbalance``. ``forward_zones`` adds a
    server block per zone, so the cluster resolves the home domain from the internal DNS
    server (split horizon) instead of the public records.

    :param name: the release's name (default ``coredns``).
    :param namespace: the release's namespace (default ``kube-system``).
    :param cluster_domain: the cluster's DNS domain (default ``cluster.local``).
    :param cluster_ip: the kube-dns Service address the kubelets use (default ``None``:
        any; set it when replacing a distribution's CoreDNS, such as k3s' ``10.43.0.10``).
    :param upstreams: where other names are forwarded (default the node's ``/etc/resolv.conf``).
    :param forward_zones: zone -> DNS servers for that zone (default none).
    :param replicas: CoreDNS replicas (default ``2``).
    :param cache_seconds: the cache's maximum TTL (default ``30``).
    :param chart_version: the ``coredns`` chart version (default :data:`COREDNS_CHART_VERSION`).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str = "coredns",
        namespace: str = "kube-system",
        cluster_domain: str = "cluster.local",
        cluster_ip: Optional[str] = None,
        upstreams: Sequence[str] = ("/etc/resolv.conf",),
        forward_zones: Optional[Mapping[str, Sequence[str]]] = None,
        replicas: int = 2,
        cache_seconds: int = 30,
        chart_version: str = COREDNS_CHART_VERSION,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "release name")
        self.namespace = check_dns_label(self, namespace, "namespace")
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
        if isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 1:
            raise fail(self, "replicas must be a positive integer", replicas, "use 2 so DNS survives a node restart")
        if isinstance(cache_seconds, bool) or not isinstance(cache_seconds, int) or not 0 <= cache_seconds <= 3600:
            raise fail(self, "cache TTL must be an integer in 0-3600 seconds", cache_seconds, "use 30")

        servers = [{
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
        }]
        if forward_zones is not None and not isinstance(forward_zones, Mapping):
            raise fail(self, "forward zones are not a mapping of zone to DNS servers", forward_zones,
                       "write {'homelab.example.com': ['192.168.1.2']}")
        for zone, servers_of_zone in sorted((forward_zones or {}).items(), key=lambda kv: str(kv[0])):
            if not is_dns_name(zone, trailing_dot=True):
                raise fail(self, "forward zone is not a DNS name", zone, "use a zone such as 'homelab.example.com'")
            if not servers_of_zone or isinstance(servers_of_zone, str):
                raise fail(self, f"forward zone {zone} needs a list of DNS servers", servers_of_zone,
                           "pass the internal DNS server's addresses, such as ['192.168.1.2']")
            for server in servers_of_zone:
                check_ip(self, server, f"DNS server of {zone}")
            servers.append({
                "zones": [{"zone": zone}],
                "port": 53,
                "plugins": [_plugin("errors"), _plugin("forward", ". " + " ".join(servers_of_zone)),
                            _plugin("cache", str(cache_seconds))],
            })
        service: dict[str, object] = {"name": "kube-dns"}
        if cluster_ip is not None:
            service["clusterIP"] = str(check_ip(self, cluster_ip, "cluster IP"))
        self.values: dict[str, object] = {
            "fullnameOverride": self.name,
            "replicaCount": replicas,
            "k8sAppLabelOverride": "kube-dns",
            "service": service,
            "servers": servers,
            "prometheus": {"service": {"enabled": True}},
            "podDisruptionBudget": {"maxUnavailable": 1},
            # port 53 needs NET_BIND_SERVICE; nothing else
            "securityContext": {
                "allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                "capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]},
            },
        }
        repository = helm_repository(self, name="coredns", namespace=self.namespace, url=COREDNS_CHART_URL)
        self.release = helm_release(self, name=self.name, namespace=self.namespace, chart="coredns",
                                    version=chart_version, helm_repository=repository, values=self.values)
