#!/usr/bin/env python3
"""kyleseneker/homelab's networking, exactly (seed 000's real repository; facts in REAL-REPOS.md, part A).

Run from this folder (``python main.py``; ``CDK8S_OUTDIR`` picks the output directory, like any
cdk8s app). The charts follow the real repository's Argo CD apps:

- ``gateway`` (``infrastructure/gateway``): Gateway ``homelab-gateway`` (class ``cilium``, the
  ``https`` and ``http`` listeners on ``*.homelab.local``, certificate from the gateway
  annotation), the ``http-redirect`` route, the ``homelab-pool`` LoadBalancer pool (start/stop,
  nothing else) and the ``homelab-l2`` announcement policy (``loadBalancerIPs`` only);
- ``cert-manager``: the chart as an Argo CD Application (Jetstack repository v1.20.0, Gateway
  API support, CRDs) and the CA chain ``selfsigned-issuer`` → ``homelab-ca`` → ``homelab-ca-issuer``;
- ``apps-<namespace>``: one HTTPRoute per hostname, written as the app-template values and the
  standalone routes write them (route name, Service and port of the real releases); Jellyfin's
  LoadBalancer Service (the library owns it here: set ``service.main.enabled: false`` in its
  app-template values);
- ``network-policies``: seed 000's CiliumNetworkPolicies, name for name (``<ns>-default-deny``
  is ``ingressDeny`` from ``world`` only; isolation comes from the allow policies: any ingress
  rule on every pod puts them into default deny, and ``<ns>-egress`` does the same for egress);
- ``arr-vpn-downloads``: Gluetun and qBittorrent as two plain containers of one pod
  (qBittorrent after Gluetun, as app-template's ``dependsOn`` orders them), credentials as
  ``OPENVPN_USER``/``OPENVPN_PASSWORD`` from Vault key ``apps/vpn``, the ``qbit-http`` Service
  and the ``qbit`` route;
- ``external-secrets``: the ClusterSecretStore ``vault-backend`` (sync wave ``-2``).

Cilium is installed outside the cluster (``cilium install``, see :func:`cilium_install_args`),
and every release is an Argo CD Application (``set_delivery(app, "argocd")``), as in the real repo.

The reachability matrix of these policies is ``docs/reachability-seed000.md`` (kept current by
``tests/test_reachability.py``). Reviewing it shows what seed 000's rules mean in practice:
``<ns>-default-deny`` denies only the ``world`` entity, and a LAN client reaches a LoadBalancer
as ``world``, so Jellyfin's own LoadBalancer IP is closed to the LAN (only its route through
the gateway works); ``<ns>-allow-gateway`` admits the gateway on every port, not only the
apps' web ports; the VPN pod's ``arr-egress-vpn`` opens the world on every port. The default
homelab (``main.py``) keeps its stronger isolation: real default deny both ways, the gateway
on each app's port only, the LAN to LoadBalancer apps.

What the real repository has and this example leaves out, and why:

- the ApplicationSet ``cluster-apps`` and each app's ``config.yml``: the library writes one
  Application per release with its values inline, which Argo CD deploys the same way;
- the app-template Deployments of the apps (the library writes their routes, not the workloads);
- seed 000 writes no policy for ``goldilocks`` and ``argocd``: the example waives the library's
  ``isolation`` recommendation for those two namespaces with a reason (``waive``), which the
  synth summary and ``waivers.txt`` list; nothing is written into the routes.
"""
from __future__ import annotations

import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from homelab_constructs import (  # noqa: E402  (first: it quiets jsii before cdk8s starts it)
    JETSTACK_HELM_REPOSITORY,
    BackendRef,
    CertManagerRelease,
    CiliumPolicy,
    CiliumValues,
    ClaimSpec,
    HomelabApp,
    HomelabGateway,
    HttpMatch,
    HttpRoute,
    HttpRule,
    HttpsRedirect,
    L2Announcement,
    Listener,
    LoadBalancerPool,
    PolicyPeer,
    PolicyRule,
    PrivateKey,
    ProbeTiming,
    RemoteRef,
    Resources,
    SelfSignedCa,
    VaultSecretStore,
    VpnApp,
    VpnPod,
    namespace_baseline,
    set_delivery,
    waive,
)
from homelab_constructs.tools.cli import run_app  # noqa: E402

import cdk8s  # noqa: E402

DOMAIN = "homelab.local"
#: the control-plane node's address (Ansible's ``ansible_host``): Cilium's ``k8sServiceHost``
CONTROL_PLANE = "192.168.10.10"
CILIUM_VERSION = "1.19.1"
#: A.1: the five ``--set`` flags of ``cilium install`` (everything else is the chart's default)
CILIUM = CiliumValues(gateway_api=True, kube_proxy_replacement=True, l2_announcements=True,
                      k8s_service_host=CONTROL_PLANE, k8s_service_port=6443)

#: A.4: hostname label -> (namespace, route name, Service, port, standalone route). The
#: app-template routes write the backend as name and port; the standalone ones spell out
#: ``group: ''``, ``kind: Service`` and ``weight: 1``.
ROUTES: dict[str, tuple[str, str, str, int, bool]] = {
    "jellyfin": ("arr", "arr-jellyfin", "arr-jellyfin", 8096, False),
    "sonarr": ("arr", "arr-sonarr", "arr-sonarr", 8989, False),
    "radarr": ("arr", "arr-radarr", "arr-radarr", 7878, False),
    "prowlarr": ("arr", "arr-prowlarr", "arr-prowlarr", 9696, False),
    "bazarr": ("arr", "arr-bazarr", "arr-bazarr", 6767, False),
    "tdarr": ("arr", "arr-tdarr", "arr-tdarr", 8265, False),
    "home": ("arr", "homepage", "homepage", 3000, False),
    "status": ("monitoring", "uptime-kuma", "uptime-kuma", 3001, False),
    "openclaw": ("openclaw", "openclaw", "openclaw", 18789, False),
    "seerr": ("arr", "arr-seerr", "arr-seerr", 80, True),
    "auth": ("auth", "authentik", "authentik-server", 80, True),
    "vault": ("vault", "vault", "vault", 8200, True),
    "grafana": ("monitoring", "grafana", "kube-prometheus-stack-grafana", 80, True),
    "prometheus": ("monitoring", "prometheus", "kube-prometheus-stack-prometheus", 9090, True),
    "alertmanager": ("monitoring", "alertmanager", "kube-prometheus-stack-alertmanager", 9093, True),
    "goldilocks": ("goldilocks", "goldilocks", "goldilocks-dashboard", 80, True),
    "argocd": ("argocd", "argocd-server", "argocd-server", 80, True),
}
#: namespaces that seed 000 gives no policies: the isolation recommendation is waived (see the module docstring)
UNISOLATED = {"goldilocks": "seed 000 writes no policies for goldilocks",
              "argocd": "seed 000 writes no policies for argocd"}

#: A.5: the egress extras of each namespace's ``<ns>-egress`` (the facts list them without saying
#: which namespace has which; this is the example's reading)
WORLD_443 = PolicyRule(PolicyPeer.entities("world"), ports=(443,))
NFS = PolicyRule(PolicyPeer.cidrs("192.168.1.158/32"), ports=(2049,))
API_SERVER = PolicyRule(PolicyPeer.entities("kube-apiserver"))
OPENCLAW = PolicyRule(PolicyPeer.namespace("openclaw"), ports=(18789,))
#: namespace -> (allow-gateway, allow-monitoring, egress extras)
POLICIES: dict[str, tuple[bool, bool, tuple[PolicyRule, ...]]] = {
    "arr": (True, True, (WORLD_443, NFS, OPENCLAW)),
    "auth": (True, True, (WORLD_443,)),
    "backups": (False, True, (WORLD_443, NFS)),
    "external-secrets": (False, False, (WORLD_443, API_SERVER)),
    "kyverno": (False, False, (API_SERVER,)),
    "monitoring": (True, False, (API_SERVER,)),
    "openclaw": (True, True, (WORLD_443,)),
    "vault": (False, False, (API_SERVER,)),
}
#: A.5: namespaces whose ``*-allow-ingress`` lets the cluster, the API server and the host in
ALLOW_INGRESS = ("external-secrets", "kyverno", "vault")
PROMETHEUS = {"app.kubernetes.io/name": "prometheus"}
VPN_CREDENTIALS = {key: RemoteRef("apps/vpn", key, conversion_strategy="Default", decoding_strategy="None",
                                  metadata_policy="None") for key in ("OPENVPN_USER", "OPENVPN_PASSWORD")}


def cilium_install_args(command: str = "install") -> list[str]:
    """A.1: ``cilium install --version 1.19.1`` with exactly the five flags Ansible passes
    (``command="upgrade"`` for the Makefile's ``cilium-upgrade``)."""
    return shlex.split(CILIUM.cilium_install_command(CILIUM_VERSION, None, command=command))


def build(app: cdk8s.App) -> dict[str, cdk8s.Chart]:
    set_delivery(app, "argocd")  # A.0: every release is an Argo CD Application
    charts: dict[str, cdk8s.Chart] = {}

    def chart(name: str) -> cdk8s.Chart:
        if name not in charts:
            charts[name] = cdk8s.Chart(app, name)
        return charts[name]

    certs = chart("cert-manager")
    CertManagerRelease(certs, "CertManager", chart_url=JETSTACK_HELM_REPOSITORY, chart_version="v1.20.0",
                       extra_values={"startupapicheck": {"enabled": False}})
    ca = SelfSignedCa(certs, "Ca", common_name="homelab-ca", duration=None, renew_before=None,
                      private_key=PrivateKey(algorithm="ECDSA", size=256))

    gateways = chart("gateway")
    wildcard = f"*.{DOMAIN}"
    gateway = HomelabGateway(gateways, "Gateway", domain=DOMAIN, cluster_issuer=ca, https_redirect=False, listeners=[
        Listener("https", "HTTPS", 443, wildcard, tls_mode="Terminate", routes_from="All"),
        Listener("http", "HTTP", 80, wildcard, routes_from="All")])
    HttpsRedirect(gateways, "Redirect", gateways=[gateway], name="http-redirect", path_prefix="/")
    LoadBalancerPool(gateways, "Pool", name="homelab-pool", ranges=[("192.168.10.200", "192.168.10.250")],
                     allow_first_last_ips=None)
    L2Announcement(gateways, "L2", name="homelab-l2", external_ips=None)

    https = gateway.listener("https")
    for label, (namespace, name, service, port, standalone) in ROUTES.items():
        backend = BackendRef(service, port, weight=1, kind="Service", group="") if standalone else \
            BackendRef(service, port)
        HttpRoute(chart(f"apps-{namespace}"), label, name=name, namespace=namespace, parents=https,
                  hostnames=[f"{label}.{DOMAIN}"], rules=[HttpRule(matches=(HttpMatch(path="/"),), backends=(backend,))])
    for namespace, reason in UNISOLATED.items():
        waive(chart(f"apps-{namespace}"), "isolation", namespace=namespace, reason=reason)
    # A.4: Jellyfin's own LoadBalancer IP from homelab-pool (the route is above)
    HomelabApp(chart("apps-arr"), "JellyfinService", name="arr-jellyfin", namespace="arr", port=8096,
               load_balancer=True, selector={"app.kubernetes.io/name": "arr-jellyfin"})

    policies = chart("network-policies")
    for namespace, (allow_gateway, allow_monitoring, egress) in POLICIES.items():
        namespace_baseline(policies, namespace, gateway=allow_gateway,
                           monitoring_namespace="monitoring" if allow_monitoring else None, egress=egress)
    for namespace in ALLOW_INGRESS:
        CiliumPolicy(policies, f"{namespace}-allow-ingress", name=f"{namespace}-allow-ingress", namespace=namespace,
                     description=f"Allow the cluster, the API server and the host into {namespace}.",
                     ingress=[PolicyRule(PolicyPeer.entities("cluster", "kube-apiserver", "host"))])
    CiliumPolicy(policies, "arr-egress-vpn", name="arr-egress-vpn", namespace="arr",
                 description="Let the VPN pod reach the world (its tunnel) on any port.",
                 selector={"app.kubernetes.io/name": "arr-vpn-downloads"},
                 egress=[PolicyRule(PolicyPeer.entities("world"))])
    CiliumPolicy(policies, "monitoring-allow-cluster-scraping", name="monitoring-allow-cluster-scraping",
                 namespace="monitoring", description="Let the cluster reach Prometheus.", selector=PROMETHEUS,
                 ingress=[PolicyRule(PolicyPeer.entities("cluster"))])
    CiliumPolicy(policies, "monitoring-egress-prometheus", name="monitoring-egress-prometheus",
                 namespace="monitoring", description="Let Prometheus scrape the whole cluster.", selector=PROMETHEUS,
                 egress=[PolicyRule(PolicyPeer.entities("cluster"))])

    store = VaultSecretStore(chart("external-secrets"), "Vault", name="vault-backend",
                             server="http://vault.vault.svc.cluster.local:8200", path="homelab",
                             annotations={"argocd.argoproj.io/sync-wave": "-2"})
    vpn = chart("arr-vpn-downloads")
    VpnPod(
        vpn, "Vpn", name="arr-vpn-downloads", namespace="arr", store=store,
        app=VpnApp(image="lscr.io/linuxserver/qbittorrent:5.1.4", port=8080, name="qbittorrent",
                   env={"WEBUI_PORT": "8080"}, env_from_config_maps=("arr-env",), add_capabilities=("SETUID", "SETGID"),
                   run_as_user=None, run_as_non_root=False, read_only_root_filesystem=False, writable_paths=(),
                   cpu_request="100m", memory_request="256Mi", cpu_limit="200m", memory_limit="1Gi"),
        server_regions=("CA Montreal",), port_forward_only=False, vpn_type=None, timezone=None, cluster_subnets=None,
        firewall_input_ports=(8080,), gluetun_env={"DOT": "off"}, gluetun_image="qmcgaw/gluetun:v3.41.1",
        gluetun_resources=Resources(cpu_request="50m", memory_request="128Mi", cpu_limit="100m", memory_limit="256Mi"),
        gluetun_liveness_probe=ProbeTiming(initial_delay_seconds=60, period_seconds=60, timeout_seconds=5,
                                           failure_threshold=3),
        gluetun_startup_probe=ProbeTiming(period_seconds=5, failure_threshold=60),
        credentials_as="env", credentials=VPN_CREDENTIALS,
        config_claim=ClaimSpec(size="1Gi", storage_class="nfs-client"),
        gluetun_claim=ClaimSpec(size="256Mi", storage_class="nfs-client"),
        downloads_claim=ClaimSpec(existing_claim="arr-data"), downloads_path="/data",
        native_sidecar=False, pod_annotations={"backup.velero.io/backup-volumes-excludes": "data"},
        pdb_max_unavailable=1, service_port_name="qbit-http")
    HttpRoute(vpn, "qbit", name="arr-vpn-downloads", namespace="arr", parents=https, hostnames=[f"qbit.{DOMAIN}"],
              rules=[HttpRule(matches=(HttpMatch(path="/"),), backends=(BackendRef("arr-vpn-downloads", 8080),))])
    return charts


if __name__ == "__main__":
    sys.exit(run_app(build))  # honours CDK8S_OUTDIR
