"""The DNS records artifact: every routed hostname -> its gateway's VIP, for a router's DNS.

Where DNS lives on the router, the router's records come from the model, so
they never drift from the routes: :class:`DnsRecords` writes them in hosts-file and dnsmasq
formats (rendered by :mod:`.render`) into a ConfigMap (``hosts``, ``dnsmasq.conf``), and the
command line (:mod:`.records_cli`, ``make dns-records``) writes the same two files for the
router. The routes are read when the app is synthesized, so :class:`DnsRecords` may be built
before or after them.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping, Optional, Sequence, Union

import constructs
from cdk8s_plus_27 import k8s

from .._base import HomelabConstruct
from .._validation import add_check, check_dns_label, check_sequence, fail, shown
from ..gateway.gateway import HomelabGateway, resolve_gateway
from .render import render_dnsmasq, render_files, render_hosts

_GATEWAY_FIX = "pass a HomelabGateway the LAN resolves, or its name"


def gateway_records(scope: constructs.Construct | str, gateways: Iterable[HomelabGateway]) -> list[tuple[str, str]]:
    """``(hostname, VIP)`` for every hostname routed on ``gateways``, sorted by hostname.

    Each gateway needs a pinned address, and a hostname may resolve to one VIP only.
    """
    owner: dict[str, HomelabGateway] = {}
    for gateway in gateways:
        if not gateway.load_balancer_ip:
            raise fail(scope, f"gateway {gateway.name} has no pinned address to publish", gateway.load_balancer_ip,
                       f"build it with load_balancer_ip='<pool IP>' so {gateway.name}'s hostnames resolve to a stable VIP")
        for hostname in gateway.hostnames:
            other = owner.get(hostname)
            if other is not None and other.load_balancer_ip != gateway.load_balancer_ip:
                raise fail(scope, f"hostname is routed on gateways {other.name} and {gateway.name} with different VIPs",
                           hostname, "list only the gateway the LAN should use")
            owner[hostname] = gateway
    return sorted(((h, str(g.load_balancer_ip)) for h, g in owner.items()),
                  key=lambda r: (r[0].split(".")[::-1], r[0]))


class _SynthTimeConfigMap(k8s.KubeConfigMap):
    """A ConfigMap whose ``data`` is produced when its manifest is (``to_json``: at synth).

    (A ``cdk8s.Lazy`` cannot stand in for ``data``: the binding type-checks it as a mapping of
    strings.) Keys set by JSON patches (the escape hatch) are kept unless ``produce`` writes them.
    """

    def __init__(self, scope: constructs.Construct, id: str, *, metadata: k8s.ObjectMeta,
                 produce: Callable[[], Mapping[str, str]]) -> None:
        super().__init__(scope, id, metadata=metadata)
        self._produce = produce

    def to_json(self) -> Any:
        manifest = super().to_json()
        data = {**(manifest.get("data") or {}), **self._produce()}
        manifest["data"] = {key: data[key] for key in sorted(data)}  # as cdk8s sorts every key
        return manifest


class DnsRecords(HomelabConstruct):
    """A ConfigMap with the records artifact of ``gateways`` (keys ``hosts`` and ``dnsmasq.conf``).

    The records are read from the gateways when the app is synthesized, so every hostname
    routed on them by then is listed, whether its route was built before or after this
    construct. The gateways' pinned addresses and the routes known so far are checked at
    once; the app-wide check refuses a hostname routed on two of them with different VIPs.

    :param gateways: the gateways whose hostnames the LAN resolves, each a
        :class:`~homelab_constructs.HomelabGateway` or the name of one declared before (each with
        a pinned address; at least one: a :class:`~homelab_constructs.Homelab` passes its gateway).
    :param name: the ConfigMap's name (default ``dns-records``).
    :param namespace: the ConfigMap's namespace (default the first gateway's).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        gateways: Sequence[Union[HomelabGateway, str]] = (),
        name: str = "dns-records",
        namespace: Optional[str] = None,
    ) -> None:
        super().__init__(scope, id)
        self._validate(gateways, name, namespace)
        _SynthTimeConfigMap(self, "Resource", metadata=k8s.ObjectMeta(name=self.name, namespace=self.namespace),
                            produce=self.files)
        add_check(self, self._check_records)

    def _validate(self, gateways: Sequence[Union[HomelabGateway, str]], name: str, namespace: Optional[str]) -> None:
        if isinstance(gateways, HomelabGateway):
            raise fail(self, "gateways is not a list or tuple", shown(gateways),
                       f"write a list such as [{gateways.name!r}] or [gateway]")
        given = check_sequence(self, gateways, "gateways", example=[gateways if isinstance(gateways, str)
                                                                    else "homelab-gateway"])
        if not given:
            raise fail(self, "records artifact has no gateway", list(given), "pass the gateways the LAN resolves")
        self.gateways = [resolve_gateway(self, g, f"gateways[{index}]", _GATEWAY_FIX) for index, g in enumerate(given)]
        self.name = check_dns_label(self, name, "ConfigMap name")
        self.namespace = check_dns_label(self, namespace if namespace is not None else self.gateways[0].namespace,
                                         "namespace")
        gateway_records(self, self.gateways)  # pinned addresses, and the routes so far: fail fast

    def _check_records(self) -> list[str]:
        """The routes as they are at synth: each hostname still resolves to one VIP."""
        try:
            gateway_records(self, self.gateways)
        except ValueError as err:
            return [str(err)]
        return []

    @property
    def records(self) -> list[tuple[str, str]]:
        """``(hostname, VIP)`` of every hostname routed on the gateways now (see :func:`gateway_records`)."""
        return gateway_records(self, self.gateways)

    @property
    def hosts(self) -> str:
        """The hosts-file text of :attr:`records`."""
        return render_hosts(self.records)

    @property
    def dnsmasq(self) -> str:
        """The dnsmasq text of :attr:`records`."""
        return render_dnsmasq(self.records)

    def files(self) -> dict[str, str]:
        """File name -> text, as the ConfigMap holds them and ``write_records`` writes them."""
        return render_files(self.records)


__all__ = ["DnsRecords", "gateway_records"]
