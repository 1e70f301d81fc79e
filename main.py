#!/usr/bin/env python3
"""The default homelab (seed 000): ``make synth`` (or ``python main.py``) writes ``dist/``.

This file is the homelab's data: edit it, never the library. ``default_spec()`` is seed 000's
homelab (``homelab.local``, one pool, the Cilium gateway on .200, 16 apps, qBittorrent behind
Gluetun with its credentials from Vault, Cilium and cert-manager through Flux).
"""
from dataclasses import replace

# the library first: importing it quiets jsii before cdk8s starts it
from homelab_constructs import (
    EgressGrant,
    Homelab,
    HomelabApp,
    HomelabGateway,
    HomelabSpec,
    IsolationSpec,
    LoadBalancerPool,
    Props,
    ToApiServer,
    ToFqdn,
    ToService,
    ToWorld,
    exit_with,
    run_app,
)

import cdk8s

#: The LAN: the pool, the API server and the clients that reach LoadBalancer apps live here.
LAN = "192.168.10.0/24"

#: The API server (a control-plane node on the LAN): Cilium's kube-proxy replacement reaches it.
API_SERVER = ("192.168.10.10", 6443)

#: Seed 000's apps: name (host label and Service), web port, namespace (qBittorrent, in
#: ``downloads``, is the VPN pod: see ``default_spec``).
APPS: tuple[Props[HomelabApp], ...] = (
    HomelabApp.props(name="jellyfin", port=8096, namespace="media", load_balancer=True, load_balancer_ip="192.168.10.201"),
    HomelabApp.props(name="sonarr", port=8989, namespace="media"),
    HomelabApp.props(name="radarr", port=7878, namespace="media"),
    HomelabApp.props(name="prowlarr", port=9696, namespace="media"),
    HomelabApp.props(name="bazarr", port=6767, namespace="media"),
    HomelabApp.props(name="seerr", port=5055, namespace="media"),
    HomelabApp.props(name="tdarr", port=8265, namespace="media"),
    HomelabApp.props(name="home", port=3000, namespace="dashboards"),
    HomelabApp.props(name="status", port=3001, namespace="dashboards"),
    HomelabApp.props(name="auth", port=9000, namespace="auth"),
    HomelabApp.props(name="grafana", port=3000, namespace="monitoring"),
    HomelabApp.props(name="prometheus", port=9090, namespace="monitoring"),
    HomelabApp.props(name="alertmanager", port=9093, namespace="monitoring"),
    HomelabApp.props(name="vault", port=8200, namespace="vault"),
    HomelabApp.props(name="openclaw", port=18789, namespace="openclaw"),
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
    from homelab_constructs import (
        CertManagerRelease,
        CiliumRelease,
        CiliumValues,
        ServiceMonitors,
        VaultSecretStore,
        VpnPod,
    )

    host, port = API_SERVER
    cilium = replace(CiliumValues.gateway_profile(k8s_service_host=host, k8s_service_port=port),
                     service_monitors=ServiceMonitors(hubble=False))
    return HomelabSpec(
        domain="homelab.local",
        pools=(LoadBalancerPool.props(name="homelab-pool", ranges=(("192.168.10.200", "192.168.10.250"),)),),
        gateway=HomelabGateway.props(load_balancer_ip="192.168.10.200"),
        apps=APPS,
        isolation=ISOLATION,
        secret_store=VaultSecretStore.props(server="http://vault.vault.svc.cluster.local:8200"),
        vpn=VpnPod.props(name="qbit", namespace="downloads", server_regions=("CA Montreal",)),
        cilium=CiliumRelease.recommended(values=cilium),
        cert_manager=CertManagerRelease.recommended(),
    )


def build(app: cdk8s.App) -> Homelab:
    return Homelab(app, "Homelab", default_spec())


if __name__ == "__main__":
    exit_with(run_app(build))  # exits as soon as the manifests are written
