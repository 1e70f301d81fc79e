#!/usr/bin/env python3
"""The default homelab (seed 000): ``make synth`` (or ``python main.py``) writes ``dist/``.

This file is the homelab's data: edit it, never the library. ``default_spec()`` is seed 000's
homelab (``homelab.local``, one pool, the Cilium gateway on .200, 16 apps, qBittorrent behind
Gluetun with its credentials from Vault, Cilium and cert-manager through Flux).
"""
from dataclasses import replace

# the library first: importing it quiets jsii before cdk8s starts it
from homelab_constructs import (
    AppSpec,
    EgressGrant,
    GatewaySpec,
    Homelab,
    HomelabSpec,
    IsolationSpec,
    PoolSpec,
    SecretStoreSpec,
    ToApiServer,
    ToFqdn,
    ToService,
    ToWorld,
    VpnSpec,
    exit_with,
    run_app,
)

import cdk8s

#: The LAN: the pool, the API server and the clients that reach LoadBalancer apps live here.
LAN = "192.168.10.0/24"

#: The API server (a control-plane node on the LAN): Cilium's kube-proxy replacement reaches it.
API_SERVER = ("192.168.10.10", 6443)

#: Seed 000's apps: name (host label and Service), web port, namespace.
APPS: tuple[AppSpec, ...] = (
    AppSpec("jellyfin", 8096, "media", load_balancer=True, load_balancer_ip="192.168.10.201"),
    AppSpec("sonarr", 8989, "media"),
    AppSpec("radarr", 7878, "media"),
    AppSpec("prowlarr", 9696, "media"),
    AppSpec("bazarr", 6767, "media"),
    AppSpec("seerr", 5055, "media"),
    AppSpec("tdarr", 8265, "media"),
    AppSpec("qbit", 8080, "downloads"),
    AppSpec("home", 3000, "dashboards"),
    AppSpec("status", 3001, "dashboards"),
    AppSpec("auth", 9000, "auth"),
    AppSpec("grafana", 3000, "monitoring"),
    AppSpec("prometheus", 9090, "monitoring"),
    AppSpec("alertmanager", 9093, "monitoring"),
    AppSpec("vault", 8200, "vault"),
    AppSpec("openclaw", 18789, "openclaw"),
)

#: Seed 000's isolation: the LAN reaches Jellyfin's LoadBalancer; a few apps get the egress
#: they need, said as intent (the VPN pod's grant to the world comes with the VPN pod).
ISOLATION = IsolationSpec(
    lan_cidrs=(LAN,),
    egress=(
        EgressGrant("media", "sonarr", (ToWorld((443,)), ToService("qbit", "downloads"))),
        EgressGrant("media", "radarr", (ToWorld((443,)), ToService("qbit", "downloads"))),
        EgressGrant("media", "prowlarr", (ToWorld((443,)),)),
        EgressGrant("media", "bazarr", (ToWorld((443,)),)),
        EgressGrant("media", "seerr", (ToWorld((443,)),)),
        EgressGrant("media", "jellyfin", (ToWorld((443,)),)),
        EgressGrant("monitoring", "prometheus", (ToApiServer(),)),
        EgressGrant("monitoring", "grafana", (ToFqdn(("grafana.com", "*.grafana.com")),)),
        # Kubernetes auth: Vault reviews the External Secrets operator's token with the API server
        EgressGrant("vault", "vault", (ToApiServer(),)),
    ),
)


def default_spec() -> HomelabSpec:
    """Seed 000's homelab, as a :class:`HomelabSpec`."""
    from homelab_constructs import CiliumValues, ServiceMonitors

    host, port = API_SERVER
    cilium = replace(CiliumValues.gateway_profile(k8s_service_host=host, k8s_service_port=port),
                     service_monitors=ServiceMonitors(hubble=False))
    return HomelabSpec(
        domain="homelab.local",
        pools=(PoolSpec("homelab-pool", ranges=(("192.168.10.200", "192.168.10.250"),)),),
        gateway=GatewaySpec(address="192.168.10.200"),
        apps=APPS,
        isolation=ISOLATION,
        secret_store=SecretStoreSpec(),
        vpn=VpnSpec(),
        cilium=cilium,
        cert_manager=True,
    )


def build(app: cdk8s.App) -> Homelab:
    return Homelab(app, "Homelab", default_spec())


if __name__ == "__main__":
    exit_with(run_app(build))  # exits as soon as the manifests are written
