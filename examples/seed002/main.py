#!/usr/bin/env python3
"""Seed 002's style of homelab: Envoy Gateway with an external and an internal gateway.

Run from this folder (``python main.py``; ``CDK8S_OUTDIR`` picks the output directory, like
any cdk8s app). ``build(app)`` returns a :class:`Seed002` whose ``charts`` and constructs
other examples and tests can extend (split DNS, Multus VLANs, ...).

- ``cilium``: the LoadBalancer pool and L2 announcements;
- ``certificates``: the CA chain whose issuer signs each gateway's wildcard certificate;
- ``envoy-gateway``: Envoy Gateway (Flux release, GatewayClass ``envoy``, EnvoyProxy,
  client/backend traffic policies, Lua AI-crawler blocking, KEDA autoscaling, monitoring);
- ``gateway``: ``envoy-external`` and ``envoy-internal`` on pinned pool IPs, one HTTPS
  redirect on both HTTP listeners;
- ``apps-<namespace>``: each app's Service and route on the external gateway, the
  internal one, or both; Home Assistant's pod also sits on the IoT and trusted VLANs;
- ``secrets``: the ``ClusterSecretStore`` ``vault`` (Vault KV v2, Kubernetes auth) that every
  ExternalSecret reads;
- ``dns``: split-horizon DNS: ExternalDNS for Cloudflare (the external gateway's routes,
  pointed at the tunnel) and for AdGuard Home (the internal gateway's routes, at its VIP),
  the Cloudflare tunnel, and CoreDNS forwarding the home domain to AdGuard Home; the
  Cloudflare API token, the AdGuard Home login and the tunnel token are ExternalSecrets
  from ``vault`` (``homelab/cloudflare-dns``, ``homelab/adguard-home``,
  ``homelab/cloudflare-tunnel``), never values;
- ``vlans``: Multus macvlan attachments for the IoT and trusted VLANs (Cilium must run
  with ``cni.exclusive: false``, see ``CILIUM_MULTUS_VALUES``);
- ``platform``: Cilium with the performance profile (native routing, kube-proxy replacement,
  Maglev + DSR, netkit, BBR, BPF masquerading, L2 + BGP, Multus coexistence, Hubble metrics,
  ServiceMonitors and dashboards; Talos' cgroup and capability settings) and cert-manager
  with Gateway API support, both as Flux releases;
- ``bgp``: BGP peering of every node (ASN 64514) with the router (10.10.30.1, ASN 64513),
  announcing the LoadBalancer IPs.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from homelab_constructs import (  # noqa: E402  (first: it quiets jsii before cdk8s starts it)
    ISOLATION_ANNOTATION,
    CloudflareProvider,
    CloudflareTunnel,
    CoreDnsRelease,
    EnvoyProfile,
    ExternalDns,
    HomelabApp,
    HomelabGateway,
    HttpsRedirect,
    L2Announcement,
    LoadBalancerPool,
    ProxyAutoscaling,
    SelfSignedCa,
    VaultSecretStore,
    VlanAttachment,
    VlanRoute,
    adguard_home_provider,
    dns_target_annotations,
    networks_annotation,
)
from homelab_constructs.cli import run_app  # noqa: E402
from homelab_constructs.network import BgpPeer, BgpPeering  # noqa: E402
from homelab_constructs.platform import CertManagerRelease, CiliumRelease, CiliumValues  # noqa: E402

import cdk8s  # noqa: E402
from cdk8s_plus_27 import k8s  # noqa: E402

DOMAIN = "homelab.example.com"
POOL = ("10.10.30.20", "10.10.30.49")
NETWORK_NAMESPACE = "network"
EXTERNAL = "envoy-external"
INTERNAL = "envoy-internal"
GATEWAY_IPS = {EXTERNAL: "10.10.30.26", INTERNAL: "10.10.30.25"}
#: Pods whose X-Forwarded-For the gateways trust (the cluster's pod CIDR: cloudflared).
POD_CIDR = "10.42.0.0/16"
PROMETHEUS = "http://prometheus-operated.observability.svc.cluster.local:9090"
#: Public records point at the tunnel: ``external.<domain>`` CNAME ``<tunnel id>.cfargotunnel.com``.
TUNNEL_HOST = f"external.{DOMAIN}"
TUNNEL_ID = "6ff42ae2-765d-4adf-8112-31c55c1551ef"
ADGUARD_HOME = "192.168.1.2"
#: Vault, where the External Secrets operator reads every credential.
VAULT = "http://vault.security.svc.cluster.local:8200"
#: VLAN name -> (VLAN id, subnet, router, Home Assistant's address there).
VLANS = {"iot": (20, "192.168.20.0/24", "192.168.20.1", "192.168.20.10"),
         "trusted": (10, "192.168.10.0/24", "192.168.10.1", "192.168.10.10")}
#: BGP: the cluster's ASN, and the router it peers with (address, ASN).
CLUSTER_ASN = 64514
ROUTER = ("10.10.30.1", 64513)
#: Talos mounts the cgroup2 hierarchy itself and grants no SYS_MODULE: Cilium is told so.
TALOS_CILIUM_VALUES = {
    "cgroup": {"automount": {"enabled": False}, "hostRoot": "/sys/fs/cgroup"},
    "securityContext": {"capabilities": {
        "ciliumAgent": ["CHOWN", "KILL", "NET_ADMIN", "NET_RAW", "IPC_LOCK", "SYS_ADMIN", "SYS_RESOURCE",
                        "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID"],
        "cleanCiliumState": ["NET_ADMIN", "SYS_ADMIN", "SYS_RESOURCE"],
    }},
}


@dataclass(frozen=True)
class App:
    """One app: name (host label and Service), port, namespace and the gateways that serve it."""

    name: str
    port: int
    namespace: str
    gateways: tuple[str, ...]


APPS: tuple[App, ...] = (
    App("status", 8080, "observability", (EXTERNAL,)),
    App("grafana", 3000, "observability", (INTERNAL,)),
    App("jellyfin", 8096, "media", (EXTERNAL, INTERNAL)),
    App("seerr", 5055, "media", (EXTERNAL,)),
    App("sonarr", 8989, "media", (INTERNAL,)),
    App("radarr", 7878, "media", (INTERNAL,)),
    App("home-assistant", 8123, "home", (INTERNAL,)),
    App("wiki", 3000, "docs", (EXTERNAL, INTERNAL)),
)


@dataclass
class Seed002:
    """What :func:`build` made: the charts by name and the main constructs."""

    charts: dict[str, cdk8s.Chart] = field(default_factory=dict)
    envoy: EnvoyProfile | None = None
    cilium: CiliumRelease | None = None
    secret_store: VaultSecretStore | None = None
    gateways: dict[str, HomelabGateway] = field(default_factory=dict)
    apps: dict[str, HomelabApp] = field(default_factory=dict)

    def chart(self, app: cdk8s.App, name: str) -> cdk8s.Chart:
        if name not in self.charts:
            self.charts[name] = cdk8s.Chart(app, name)
        return self.charts[name]


def build(app: cdk8s.App) -> Seed002:
    lab = Seed002()

    cilium = lab.chart(app, "cilium")
    LoadBalancerPool(cilium, "Pool", name="homelab-pool", ranges=[POOL])
    L2Announcement(cilium, "L2", name="homelab-l2")

    ca = SelfSignedCa(lab.chart(app, "certificates"), "Ca")

    lab.envoy = EnvoyProfile(
        lab.chart(app, "envoy-gateway"), "Envoy",
        namespace=NETWORK_NAMESPACE,
        trusted_proxy_cidrs=[POD_CIDR],
        autoscaling=ProxyAutoscaling(min_replicas=1, max_replicas=3, fallback_replicas=2,
                                     prometheus_address=PROMETHEUS),
    )

    gateways = lab.chart(app, "gateway")
    for name, ip in GATEWAY_IPS.items():
        lab.gateways[name] = HomelabGateway(
            gateways, name, name=name, namespace=NETWORK_NAMESPACE, domain=DOMAIN, gateway_class=lab.envoy,
            cluster_issuer=ca, address=ip, https_redirect=False,
            tls_passthrough_port=8443 if name == INTERNAL else None,
            annotations=dns_target_annotations(TUNNEL_HOST) if name == EXTERNAL else None)
    HttpsRedirect(gateways, "HttpsRedirect", gateways=list(lab.gateways.values()), name="https-redirect")

    for a in APPS:
        chart_name = f"apps-{a.namespace}"
        if chart_name not in lab.charts:
            # seed 002 isolates no app namespace (its one CiliumNetworkPolicy lets External Secrets
            # reach the Bitwarden CLI): said on the Namespace, so the whole-app check accepts it
            k8s.KubeNamespace(lab.chart(app, chart_name), "Namespace", metadata=k8s.ObjectMeta(
                name=a.namespace, labels={"kubernetes.io/metadata.name": a.namespace},
                annotations={ISOLATION_ANNOTATION: "disabled: seed 002 runs no default-deny policies"}))
        lab.apps[a.name] = HomelabApp(lab.charts[chart_name], a.name, name=a.name, namespace=a.namespace,
                                      port=a.port, gateway=[lab.gateways[g] for g in a.gateways])

    lab.secret_store = store = VaultSecretStore(lab.chart(app, "secrets"), "Vault", server=VAULT)

    dns = lab.chart(app, "dns")
    ExternalDns(dns, "Public", gateway=lab.gateways[EXTERNAL], provider=CloudflareProvider(), store=store)
    ExternalDns(dns, "Internal", gateway=lab.gateways[INTERNAL],
                provider=adguard_home_provider(f"http://{ADGUARD_HOME}:3000"), store=store)
    CloudflareTunnel(dns, "Tunnel", gateway=lab.gateways[EXTERNAL], tunnel_id=TUNNEL_ID, store=store)
    CoreDnsRelease(dns, "CoreDns", forward_zones={DOMAIN: [ADGUARD_HOME]})

    vlans = lab.chart(app, "vlans")
    attachments = {name: VlanAttachment(vlans, name, name=name, namespace="home", master="enp1s0", vlan_id=vid,
                                        subnet=subnet, gateway=router, sbr=True,
                                        routes=[VlanRoute("192.168.30.0/24")] if name == "iot" else ())
                   for name, (vid, subnet, router, _) in VLANS.items()}
    home_assistant(lab.charts["apps-home"], networks_annotation(
        lab.charts["apps-home"], *(attachments[name].select(lab.charts["apps-home"], ips=[VLANS[name][3]],
                                                            interface=f"{name}0") for name in VLANS)))

    platform = lab.chart(app, "platform")
    lab.cilium = CiliumRelease(platform, "Cilium", values=CiliumValues.performance_profile(
        native_routing_cidr=POD_CIDR, extra_values=TALOS_CILIUM_VALUES))
    CertManagerRelease(platform, "CertManager", service_monitor=True)
    BgpPeering(lab.chart(app, "bgp"), "Bgp", name="homelab-bgp", local_asn=CLUSTER_ASN,
               peers=[BgpPeer(name="router", address=ROUTER[0], asn=ROUTER[1])])
    return lab


def home_assistant(chart: cdk8s.Chart, annotations: dict[str, str]) -> None:
    """Home Assistant's workload: one pod (static VLAN addresses), non-root, read-only root FS."""
    labels = {"app.kubernetes.io/name": "home-assistant"}
    k8s.KubeDeployment(chart, "HomeAssistant", metadata=k8s.ObjectMeta(name="home-assistant", namespace="home"),
                       spec=k8s.DeploymentSpec(
        replicas=1, strategy=k8s.DeploymentStrategy(type="Recreate"),  # two pods may not share the static IPs
        selector=k8s.LabelSelector(match_labels=labels),
        template=k8s.PodTemplateSpec(
            metadata=k8s.ObjectMeta(labels=labels, annotations=annotations),
            spec=k8s.PodSpec(
                automount_service_account_token=False,
                security_context=k8s.PodSecurityContext(run_as_non_root=True, run_as_user=1000, run_as_group=1000,
                                                        fs_group=1000,
                                                        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault")),
                containers=[k8s.Container(
                    name="home-assistant", image="ghcr.io/home-operations/home-assistant:2025.11.1",
                    ports=[k8s.ContainerPort(name="http", container_port=8123)],
                    readiness_probe=k8s.Probe(tcp_socket=k8s.TcpSocketAction(port=k8s.IntOrString.from_number(8123)),
                                              period_seconds=10),
                    liveness_probe=k8s.Probe(tcp_socket=k8s.TcpSocketAction(port=k8s.IntOrString.from_number(8123)),
                                             initial_delay_seconds=60, period_seconds=30),
                    resources=k8s.ResourceRequirements(
                        requests={"cpu": k8s.Quantity.from_string("100m"), "memory": k8s.Quantity.from_string("512Mi")},
                        limits={"memory": k8s.Quantity.from_string("2Gi")}),
                    security_context=k8s.SecurityContext(allow_privilege_escalation=False,
                                                         read_only_root_filesystem=True,
                                                         capabilities=k8s.Capabilities(drop=["ALL"])),
                    volume_mounts=[k8s.VolumeMount(name="config", mount_path="/config"),
                                   k8s.VolumeMount(name="tmp", mount_path="/tmp")],
                )],
                volumes=[k8s.Volume(name="config", persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(
                             claim_name="home-assistant-config")),
                         k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource())],
            ),
        ),
    ))


if __name__ == "__main__":
    sys.exit(run_app(build))  # honours CDK8S_OUTDIR
