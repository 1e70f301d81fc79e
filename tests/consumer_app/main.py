#!/usr/bin/env python3
"""A cdk8s app in another repo: the library's constructs beside the repo's own `cdk8s import`."""
import sys

# the library first: importing it quiets jsii before cdk8s starts it
from homelab_constructs import (
    HomelabApp,
    HomelabGateway,
    LoadBalancerPool,
    Namespace,
    NamespaceIsolation,
    SelfSignedCa,
)
from homelab_constructs.tools.cli import run_app

import cdk8s

from imports.io.k8s import externaldns  # this repo's own binding (`cdk8s import` writes imports/)


def build(app: cdk8s.App) -> None:
    LoadBalancerPool(cdk8s.Chart(app, "network"), "Pool", name="lan-pool",
                     ranges=[("192.168.1.240", "192.168.1.250")])
    certificates = cdk8s.Chart(app, "certificates")
    Namespace(certificates, "cert-manager", name="cert-manager")  # every namespace used is written or declared
    ca = SelfSignedCa(certificates, "Ca")
    gateway = HomelabGateway(cdk8s.Chart(app, "gateway"), "Gateway", domain="lab.example",
                             cluster_issuer=ca, load_balancer_ip="192.168.1.240")
    apps = cdk8s.Chart(app, "apps")
    Namespace(apps, "monitoring", name="monitoring")
    grafana = HomelabApp(apps, "grafana", name="grafana", namespace="monitoring", port=3000, gateway=gateway)
    NamespaceIsolation(apps, "Isolation", namespace="monitoring", apps=[grafana])  # default deny + allows
    externaldns.DnsEndpoint(apps, "Records", metadata=cdk8s.ApiObjectMetadata(name="lab", namespace="default"),
                            spec=externaldns.DnsEndpointSpec(endpoints=[externaldns.DnsEndpointSpecEndpoints(
                                dns_name="*.lab.example", record_type="A", targets=["192.168.1.240"])]))


# every check of the library (clear `error:` lines, exit 1), then the manifests (honours CDK8S_OUTDIR)
sys.exit(run_app(build))
