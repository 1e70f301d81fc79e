#!/usr/bin/env python3
"""A cdk8s app in another repo: the library's constructs beside the repo's own `cdk8s import`."""
import cdk8s

from homelab_constructs import HomelabApp, HomelabGateway, LoadBalancerPool, SelfSignedCa, synth
from imports.io.k8s import externaldns  # this repo's own binding (`cdk8s import` writes imports/)

app = cdk8s.App()  # honours CDK8S_OUTDIR
LoadBalancerPool(cdk8s.Chart(app, "network"), "Pool", name="lan-pool",
                 ranges=[("192.168.1.240", "192.168.1.250")])
ca = SelfSignedCa(cdk8s.Chart(app, "certificates"), "Ca")
gateway = HomelabGateway(cdk8s.Chart(app, "gateway"), "Gateway", domain="lab.example",
                         cluster_issuer=ca.issuer_name, address="192.168.1.240")
apps = cdk8s.Chart(app, "apps")
HomelabApp(apps, "grafana", name="grafana", namespace="monitoring", port=3000, gateway=gateway)
externaldns.DnsEndpoint(apps, "Records", metadata=cdk8s.ApiObjectMetadata(name="lab", namespace="default"),
                        spec=externaldns.DnsEndpointSpec(endpoints=[externaldns.DnsEndpointSpecEndpoints(
                            dns_name="*.lab.example", record_type="A", targets=["192.168.1.240"])]))
synth(app)  # runs the library's whole-app checks (clear errors), then writes the manifests
