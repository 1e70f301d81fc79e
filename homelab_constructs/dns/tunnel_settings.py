"""What cloudflared is told besides its ingress rules, as :class:`~.tunnel.CloudflareTunnel`
takes it: how it runs the tunnel (:class:`CloudflaredSettings`, the construct's ``cloudflared``)
and where its token comes from (:class:`TunnelToken`, the construct's ``token``). A field left
unset writes nothing; :meth:`CloudflaredSettings.recommended` is the library's preset. Each value
checks itself where it is made; the construct checks what spans them and the workload (a token
Secret named with Helm's ``{{ .Release.Name }}``, the ServiceMonitor, both app-template only).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from .._validation import DNS_LABEL, DNS_LABEL_FIX, check_bool, check_choice, check_text, fail
from .providers import check_secret_key

#: ``CloudflaredSettings.transport_protocol`` values (``TUNNEL_TRANSPORT_PROTOCOL``)
TRANSPORT_PROTOCOLS = ("quic", "http2", "auto")
#: the variable cloudflared reads its token from
TOKEN_VARIABLE = "TUNNEL_TOKEN"
#: Helm's release name, which app-template renders in its values (``{{ .Release.Name }}-secret``)
RELEASE_NAME = re.compile(r"\{\{\s*\.Release\.Name\s*\}\}")


@dataclass(frozen=True)
class CloudflaredSettings:
    """How cloudflared runs the tunnel; a field left unset writes nothing, so cloudflared's
    default applies. :meth:`recommended` is the library's preset. What cloudflared always gets:
    ``NO_AUTOUPDATE=true``, ``TUNNEL_METRICS`` (the metrics and ``/ready`` port, 8080) and
    ``tunnel run``.

    :param transport_protocol: ``quic``, ``http2`` or ``auto`` (``TUNNEL_TRANSPORT_PROTOCOL``)
        (default ``None``: cloudflared's, ``auto``).
    :param post_quantum: post-quantum key agreement (``TUNNEL_POST_QUANTUM``) (default ``False``).
    :param config_flag: pass ``--config /etc/cloudflared/config.yaml`` (default ``False``:
        cloudflared finds it there itself).
    :param service_monitor: with ``workload="app-template"``, a metrics Service (port ``http``,
        8080) and a Prometheus ServiceMonitor of it (default ``False``).
    """

    transport_protocol: Optional[str] = None
    post_quantum: bool = False
    config_flag: bool = False
    service_monitor: bool = False

    def __post_init__(self) -> None:
        if self.transport_protocol is not None:
            check_choice("CloudflaredSettings.transport_protocol", self.transport_protocol, TRANSPORT_PROTOCOLS,
                         "transport protocol")
        check_bool("CloudflaredSettings.post_quantum", self.post_quantum, "post_quantum")
        check_bool("CloudflaredSettings.config_flag", self.config_flag, "config_flag",
                   "write True to pass --config, or False")
        check_bool("CloudflaredSettings.service_monitor", self.service_monitor, "service_monitor",
                   "write True for a metrics Service and its ServiceMonitor (app-template), or False")

    @classmethod
    def recommended(cls, **changes: Any) -> "CloudflaredSettings":
        """The library's cloudflared, with ``changes`` over it. It writes exactly:
        ``TUNNEL_TRANSPORT_PROTOCOL=quic`` and ``--config /etc/cloudflared/config.yaml``."""
        return cls(**{"transport_protocol": "quic", "config_flag": True, **changes})


@dataclass(frozen=True)
class TunnelToken:
    """The tunnel token: a Secret by reference, written by an ExternalSecret (the construct's
    with its ``store``, otherwise one provided some other way).

    :param secret: the Secret with the token (default ``cloudflared-tunnel``); with
        ``workload="app-template"`` it may hold Helm's ``{{ .Release.Name }}``, which the chart
        renders as the tunnel's ``name``.
    :param key: the token's key in that Secret (default ``token``).
    :param env_from: read every key of ``secret`` as environment (``envFrom``), the token under
        ``TUNNEL_TOKEN`` (``key`` must be that), instead of one ``secretKeyRef`` (default ``False``).
    :param remote_key: the key in the construct's store holding the token, as its property
        ``key``; used only with a store (default ``homelab/cloudflare-tunnel``).
    """

    secret: str = "cloudflared-tunnel"
    key: str = "token"
    env_from: bool = False
    remote_key: str = "homelab/cloudflare-tunnel"

    def __post_init__(self) -> None:
        secret = self.secret
        if not isinstance(secret, str) or not DNS_LABEL.fullmatch(RELEASE_NAME.sub("x", secret)):
            raise fail("TunnelToken.secret", "token secret name is not a DNS label", secret, DNS_LABEL_FIX)
        check_secret_key("TunnelToken.key", self.key, "token key")
        check_bool("TunnelToken.env_from", self.env_from, "env_from",
                   "write True to read the Secret with envFrom, or False")
        if self.env_from and self.key != TOKEN_VARIABLE:
            raise fail("TunnelToken.key", "with env_from the token's key must be TUNNEL_TOKEN", self.key,
                       "set key='TUNNEL_TOKEN' (cloudflared reads that variable), or env_from=False")
        check_text("TunnelToken.remote_key", self.remote_key, "remote_key", "homelab/cloudflare-tunnel")

    @property
    def templated(self) -> bool:
        """Whether :attr:`secret` holds Helm's ``{{ .Release.Name }}``."""
        return bool(RELEASE_NAME.search(self.secret))
