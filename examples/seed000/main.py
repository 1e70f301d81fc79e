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
  standalone routes write them (route name, Service and port of the real releases), and the
  Services the app-template releases render (selecting app-template's pod labels; Jellyfin's a
  LoadBalancer with its own IP from ``homelab-pool``, tdarr's with its second port);
- ``network-policies``: seed 000's CiliumNetworkPolicies, rule for rule and with their own
  descriptions (``<ns>-default-deny`` is ``ingressDeny`` from ``world`` only; isolation comes
  from the allow policies: any ingress rule on every pod puts them into default deny, and
  ``<ns>-egress`` does the same for egress; ``openclaw-egress`` selects only the Claw pods);
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
- the app-template Deployments of the apps (the library writes their Services and routes, not
  the workloads the chart renders);
- seed 000 writes no policy for ``goldilocks`` and ``argocd``, and none for every pod of
  ``openclaw``: the example waives the library's ``isolation`` recommendation for those
  namespaces with a reason (``waive``), which the synth summary and ``waivers.txt`` list;
  nothing is written into the routes.
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
    AppPort,
    BackendRef,
    CertManagerRelease,
    CiliumPolicy,
    CiliumValues,
    ClaimSpec,
    ContainerSecurity,
    Gluetun,
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
    PortRule,
    ProbeTiming,
    RemoteRef,
    Resources,
    SelfSignedCa,
    VaultSecretStore,
    VpnApp,
    VpnCredentials,
    VpnPod,
    VpnStorage,
    VpnTunnel,
    VpnVolume,
    WebUi,
    declare_external,
    namespace_baseline,
    set_delivery,
    waive,
)
from homelab_constructs.tools.cli import run_app  # noqa: E402

import cdk8s  # noqa: E402

DOMAIN = "homelab.local"
#: the control-plane node's address (Ansible's ``ansible_host``): Cilium's ``k8sServiceHost``
CONTROL_PLANE = "192.168.10.50"
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
              "argocd": "seed 000 writes no policies for argocd",
              "openclaw": "seed 000's openclaw-egress selects only the Claw pods"}

#: A.5: seed 000's CiliumNetworkPolicies (``network-policies/<namespace>.yml``), rule for rule
WORLD_443 = PolicyRule(PolicyPeer.entities("world"), ports=(443,))
NFS = PolicyRule(PolicyPeer.cidrs("192.168.1.158/32"), ports=(2049,))
API_SERVER = PolicyRule(PolicyPeer.entities("kube-apiserver"))
FROM_CLUSTER = PolicyRule(PolicyPeer.entities("cluster"))
FROM_CLUSTER_API_HOST = PolicyRule(PolicyPeer.entities("cluster", "kube-apiserver", "host"))
WEBHOOK_INGRESS = "Allow ingress from cluster, API server, and host (for webhook calls)"
DENY_OUTSIDE = "Deny ingress from outside the cluster"
#: namespace -> namespace_baseline's arguments (``<ns>-egress`` says "Default egress rules for all <ns> pods")
BASELINES: dict[str, dict] = {
    "arr": dict(egress=(WORLD_443, NFS, PolicyRule(PolicyPeer.namespace("openclaw"), ports=(18789,)))),
    "auth": dict(egress=(NFS,)),
    "backups": dict(gateway=False, egress=(API_SERVER, NFS, PolicyRule(PolicyPeer.cidrs("0.0.0.0/0"), ports=(443,)))),
    "external-secrets": dict(gateway=False, internal=False, monitoring_namespace=None,
                             egress=(PolicyRule(PolicyPeer.namespace("vault"), ports=(8200,)), API_SERVER),
                             descriptions={"default-deny": DENY_OUTSIDE}),
    "kyverno": dict(gateway=False, internal=False, monitoring_namespace=None, egress=(API_SERVER,),
                    descriptions={"default-deny": DENY_OUTSIDE}),
    "monitoring": dict(monitoring_namespace=None, egress=(API_SERVER, NFS)),
    "openclaw": dict(egress=None),  # openclaw-egress selects the Claw pods: below
    "vault": dict(gateway=False, internal=False, monitoring_namespace=None, egress=(API_SERVER, WORLD_443, NFS)),
}
#: the other policies: (namespace, name, description, pods by app name or None for all, ingress, egress)
POLICIES: list[tuple[str, str, str, str | None, tuple[PolicyRule, ...], tuple[PolicyRule, ...]]] = [
    ("arr", "arr-allow-openclaw", "Allow OpenClaw to reach arr service APIs", None,
     (PolicyRule(PolicyPeer.namespace("openclaw")),), ()),
    ("arr", "arr-egress-vpn", "Allow Gluetun VPN sidecar full internet access for VPN tunnels", "arr-vpn-downloads",
     (), (PolicyRule(PolicyPeer.entities("world")),)),
    ("auth", "auth-allow-cluster", "Allow cluster traffic to Authentik (OIDC from Grafana, etc.)", None,
     (FROM_CLUSTER,), ()),
    ("external-secrets", "external-secrets-allow-ingress", WEBHOOK_INGRESS, None, (FROM_CLUSTER_API_HOST,), ()),
    ("kyverno", "kyverno-allow-ingress", WEBHOOK_INGRESS, None, (FROM_CLUSTER_API_HOST,), ()),
    ("monitoring", "monitoring-allow-cluster-scraping",
     "Allow cluster-internal traffic to Prometheus (Grafana queries, federation, etc.)", "prometheus",
     (FROM_CLUSTER,), ()),
    ("monitoring", "monitoring-egress-prometheus", "Allow Prometheus to scrape metrics from all cluster endpoints",
     "prometheus", (), (PolicyRule(PolicyPeer.entities("cluster")),)),
    ("monitoring", "monitoring-egress-grafana", "Allow Grafana to reach Authentik for OIDC authentication", "grafana",
     (), (PolicyRule(PolicyPeer.namespace("auth")),)),
    ("monitoring", "monitoring-egress-alertmanager", "Allow Alertmanager to send notifications to Slack and OpenClaw",
     "alertmanager", (), (WORLD_443, PolicyRule(PolicyPeer.namespace("openclaw"), ports=(18789,)))),
    ("monitoring", "monitoring-egress-nut-exporter", "Allow NUT exporter to reach upsd on the Proxmox host",
     "nut-exporter", (), (PolicyRule(PolicyPeer.cidrs("192.168.10.2/32"), ports=(3493,)),)),
    ("monitoring", "monitoring-egress-uptime-kuma", "Allow Uptime Kuma to health-check services across the cluster",
     "uptime-kuma", (), (PolicyRule(PolicyPeer.entities("cluster")),)),
    ("openclaw", "openclaw-alertmanager-ingress", "Allow Alertmanager webhooks to Claw", "openclaw",
     (PolicyRule(PolicyPeer.namespace("monitoring"), ports=(18789,)),), ()),
    ("openclaw", "openclaw-arr-webhook-ingress", "Allow arr service webhooks to Claw", "openclaw",
     (PolicyRule(PolicyPeer.namespace("arr"), ports=(18789,)),), ()),
    ("openclaw", "openclaw-egress", "Claw: full operational egress", "openclaw", (), (
        PolicyRule(PolicyPeer.kube_dns(), ports=(PortRule(53, "UDP"), PortRule(53, "TCP"))), WORLD_443,
        PolicyRule(PolicyPeer.entities("kube-apiserver"), ports=(6443,)),
        PolicyRule(PolicyPeer.namespace("monitoring"), ports=(9090, 9093, 3100)),
        PolicyRule(PolicyPeer.namespace("arr")))),
    ("vault", "vault-allow-ingress", "Allow cluster, API server, and ESO traffic to Vault", None,
     (FROM_CLUSTER_API_HOST,), ()),
]
VPN_CREDENTIALS = {key: RemoteRef("apps/vpn", key, conversion_strategy="Default", decoding_strategy="None",
                                  metadata_policy="None") for key in ("OPENVPN_USER", "OPENVPN_PASSWORD")}


def _described(namespace: str, baseline: dict) -> dict:
    """``namespace_baseline``'s arguments with the descriptions seed 000 writes: each
    ``<ns>-egress`` says "Default egress rules for all <ns> pods", the rest only where listed."""
    egress = {"egress": f"Default egress rules for all {namespace} pods"} if baseline.get("egress") is not None else {}
    return {**baseline, "descriptions": {**egress, **baseline.get("descriptions", {})}}


def app_template_labels(release: str) -> dict[str, str]:
    """The labels bjw-s app-template puts on the pods of a release's controller ``main`` (its
    Deployment's and its Services' selector)."""
    return {"app.kubernetes.io/controller": "main", "app.kubernetes.io/instance": release,
            "app.kubernetes.io/name": release}


def cilium_install_args(command: str = "install") -> list[str]:
    """A.1: ``cilium install --version 1.19.1`` with exactly the five flags Ansible passes
    (``command="upgrade"`` for the Makefile's ``cilium-upgrade``)."""
    return shlex.split(CILIUM.cilium_install_command(CILIUM_VERSION, None, command=command))


def build(app: cdk8s.App) -> dict[str, cdk8s.Chart]:
    set_delivery(app, "argocd")  # A.0: every release is an Argo CD Application
    # the namespaces the repository creates outside these manifests (each app's folder)
    for namespace in ("arr", "auth", "backups", "external-secrets", "goldilocks", "kyverno", "monitoring",
                      "openclaw", "vault"):
        declare_external(app, "Namespace", namespace)
    charts: dict[str, cdk8s.Chart] = {}

    def chart(name: str) -> cdk8s.Chart:
        if name not in charts:
            charts[name] = cdk8s.Chart(app, name)
        return charts[name]

    certs = chart("cert-manager")
    CertManagerRelease(certs, "CertManager", chart_url=JETSTACK_HELM_REPOSITORY, chart_version="v1.20.0",
                       extra_values={"startupapicheck": {"enabled": False}})
    ca = SelfSignedCa(certs, "Ca", common_name="homelab-ca")

    gateways = chart("gateway")
    wildcard = f"*.{DOMAIN}"
    gateway = HomelabGateway(gateways, "Gateway", domain=DOMAIN, cluster_issuer=ca, https_redirect=False, listeners=[
        Listener("https", "HTTPS", 443, wildcard, tls_mode="Terminate", routes_from="All"),
        Listener("http", "HTTP", 80, wildcard, routes_from="All")])
    HttpsRedirect(gateways, "Redirect", gateways=[gateway], name="http-redirect", path_prefix="/")
    LoadBalancerPool(gateways, "Pool", name="homelab-pool", ranges=[("192.168.10.200", "192.168.10.250")])
    L2Announcement(gateways, "L2", name="homelab-l2")

    https = gateway.listener("https")
    for label, (namespace, name, service, port, standalone) in ROUTES.items():
        backend = BackendRef(service, port, weight=1, kind="Service", group="") if standalone else \
            BackendRef(service, port)
        HttpRoute(chart(f"apps-{namespace}"), label, name=name, namespace=namespace, parents=https,
                  hostnames=[f"{label}.{DOMAIN}"], rules=[HttpRule(matches=(HttpMatch(path="/"),), backends=(backend,))])
    for namespace, reason in UNISOLATED.items():
        waive(chart(f"apps-{namespace}"), "isolation", namespace=namespace, reason=reason)
    # A.4: the app-template releases' Services, as the chart renders them (the routes are above;
    # Jellyfin's is a LoadBalancer with its own IP from homelab-pool, tdarr's has a second port)
    for label, (namespace, _route, service, port, standalone) in ROUTES.items():
        if not standalone:
            HomelabApp(chart(f"apps-{namespace}"), f"{label}-service", name=service, namespace=namespace, port=port,
                       selector=app_template_labels(service), load_balancer=label == "jellyfin",
                       extra_ports=[AppPort("server", 8266)] if label == "tdarr" else ())

    policies = chart("network-policies")
    for namespace, baseline in BASELINES.items():
        namespace_baseline(policies, namespace, **_described(namespace, baseline))
    for namespace, name, description, pods, ingress, egress in POLICIES:
        CiliumPolicy(policies, name, name=name, namespace=namespace, description=description,
                     selector={"app.kubernetes.io/name": pods} if pods else {}, ingress=ingress, egress=egress)

    store = VaultSecretStore(chart("external-secrets"), "Vault", name="vault-backend",
                             server="http://vault.vault.svc.cluster.local:8200", path="homelab",
                             annotations={"argocd.argoproj.io/sync-wave": "-2"})
    vpn = chart("arr-vpn-downloads")
    # A.6: app-template's controller "main" with gluetun first (dependsOn), its persistence
    # (globalMounts in both containers, qbit-config in qBittorrent only) and its service.main
    VpnPod(
        vpn, "Vpn", name="arr-vpn-downloads", namespace="arr", store=store,
        tunnel=VpnTunnel(provider="private internet access", server_regions=("CA Montreal",), port_forwarding=True),
        gluetun=Gluetun(
            image="qmcgaw/gluetun:v3.41.1", env={"DOT": "off"}, firewall_input_ports=(8080,),
            resources=Resources(cpu_request="50m", memory_request="128Mi", cpu_limit="100m", memory_limit="256Mi"),
            liveness_probe=ProbeTiming(initial_delay_seconds=60, period_seconds=60, timeout_seconds=5,
                                       failure_threshold=3),
            startup_probe=ProbeTiming(period_seconds=5, failure_threshold=60)),
        app=VpnApp(image="lscr.io/linuxserver/qbittorrent:5.1.4", port=8080, name="qbittorrent",
                   env={"WEBUI_PORT": "8080"}, env_from_config_maps=("arr-env",),
                   security=ContainerSecurity(allow_privilege_escalation=False, drop_capabilities=("ALL",),
                                              add_capabilities=("SETUID", "SETGID")),
                   resources=Resources(cpu_request="100m", memory_request="256Mi", cpu_limit="200m", memory_limit="1Gi")),
        credentials=VpnCredentials(variables=VPN_CREDENTIALS, mode="env"),
        storage=VpnStorage(
            config=VpnVolume("qbit-config", "/config", ClaimSpec(size="1Gi", storage_class="nfs-client")),
            downloads=VpnVolume("data", "/data", ClaimSpec(existing_claim="arr-data"), containers=("gluetun", "app")),
            gluetun=VpnVolume("gluetun-config", "/gluetun", ClaimSpec(size="256Mi", storage_class="nfs-client"),
                              containers=("gluetun", "app"))),
        web_ui=WebUi(port_name="qbit-http"), labels=app_template_labels("arr-vpn-downloads"),
        native_sidecar=False, src_valid_mark=True, pod_annotations={"backup.velero.io/backup-volumes-excludes": "data"},
        pdb_max_unavailable=1)
    HttpRoute(vpn, "qbit", name="arr-vpn-downloads", namespace="arr", parents=https, hostnames=[f"qbit.{DOMAIN}"],
              rules=[HttpRule(matches=(HttpMatch(path="/"),), backends=(BackendRef("arr-vpn-downloads", 8080),))])
    return charts


if __name__ == "__main__":
    sys.exit(run_app(build))  # honours CDK8S_OUTDIR
