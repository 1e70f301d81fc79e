"""Bad input values: one row per refused value, with the exact message the user sees:
``<construct path>: <what is wrong> (got <value>); <how to fix>``, raised as a plain ValueError
in the constructor, before anything reaches the jsii kernel (the catalogue of
``test_bad_input_catalogue.py``, for the three classes of issue "Bad input and faults"):

1. **nothing kills the jsii kernel**: every free-form value that crosses to jsii (Helm values,
   ``CiliumValues.extra_values``) is JSON (:func:`check_json_value`, with the path inside the
   value), and the kernel still works after a refused NaN;
2. **no secret in the output**: every URL-shaped prop is a URL without ``user:password@``
   (:func:`check_url`), and a plain environment variable named like a secret is refused
   (:func:`check_env`): it goes by Secret reference;
3. **no silent wrong value**: a value is refused or honoured, never ignored (``target_port=0``,
   an IPv6 route through an IPv4 gateway, ``records_per_page=0``, ``interval="1 hour"``, a
   switch given as ``"false"`` (:func:`check_bool`), a VPN app's pinned LoadBalancer IP, ...).

Each new check has a row with a value of the wrong type and one with a wrong value.
"""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from homelab_constructs import (
    BgpPeer,
    BgpPeering,
    CertManagerRelease,
    CiliumRelease,
    CiliumValues,
    ClientPolicy,
    CloudflareProvider,
    CloudflareTunnel,
    ContainerSecurity,
    CoreDnsRelease,
    DnsEndpoint,
    DnsPublishing,
    DnsRecord,
    DnsRecords,
    DnsRegistry,
    DnsSync,
    EnvoyProfile,
    ExternalDns,
    ExternalDnsChart,
    Gluetun,
    GrafanaComDashboard,
    HomelabApp,
    LoadBalancerPool,
    ProxyAutoscaling,
    TunnelIngress,
    TunnelPods,
    UserAgentBlocking,
    VaultSecretStore,
    VlanAttachment,
    VlanRoute,
    VpnApp,
    VpnPod,
    VpnTunnel,
    WebhookProvider,
    WebUi,
    adguard_home_provider,
    dns_target_annotations,
    helm_release,
    helm_repository,
    oci_repository,
    synth,
)
from homelab_constructs._validation import check_annotations, check_bool, check_env, check_json_value, check_url

import cdk8s
import jsii
import pytest
from bad_input import Case, app, build, gw

ROOT = Path(__file__).resolve().parents[1]


def vlan(c, **kw):
    kw = {"name": "iot", "namespace": "home", "master": "enp1s0", "vlan_id": 20, "subnet": "192.168.20.0/24", **kw}
    return VlanAttachment(c, "v", **kw)


def release(c, **kw):
    kw = {"name": "x", "namespace": "flux-system", "values": {}, "oci_repository": "x", **kw}
    return helm_release(c, **kw)


def chart_release(c, **kw):
    kw = {"name": "x", "namespace": "flux-system", "values": {}, "chart": "x", "version": "1.0.0", "helm_repository": "x", **kw}
    return helm_release(c, **kw)


def cilium(c, **extra):
    return CiliumRelease(c, "cilium", values=CiliumValues(**extra))


def envoy(c, **kw):
    return EnvoyProfile(c, "envoy", **kw)


def webhook(c, **kw):
    kw = {"image": "ghcr.io/example/webhook", "tag": "v1", **kw}
    return ExternalDns(c, "x", gateway=gw(c), provider=WebhookProvider(**kw))


def adguard(c, url):
    return ExternalDns(c, "x", gateway=gw(c), provider=adguard_home_provider(url))


def cloudflare(c, **kw):
    return ExternalDns(c, "x", gateway=gw(c, annotations=dns_target_annotations("external.homelab.local")),
                       provider=CloudflareProvider(**kw))


def external_dns(c, **kw):
    return ExternalDns(c, "x", gateway=gw(c), provider=adguard_home_provider("http://192.168.1.2:3000"), **kw)


def vpn(c, **kw):
    return VpnPod(c, "qbit", store="vault", **kw)


def vpn_app(c, **kw):
    return vpn(c, app=VpnApp(**{"image": "ghcr.io/home-operations/sabnzbd:4.5.3", "port": 8080, "name": "sabnzbd", **kw}))


def bgp(c, **kw):
    return BgpPeering(c, "bgp", **{"local_asn": 64514, "peers": [BgpPeer("router", "10.10.30.1", 64513)], **kw})


def tunnel(c, **kw):
    return CloudflareTunnel(c, "t", gateway=gw(c, annotations=dns_target_annotations("external.homelab.local")),
                            tunnel_id="6ff42ae2-765d-4adf-8112-31c55c1551ef", **kw)


def record(c, **kw):
    return DnsEndpoint(c, "e", name="e", namespace="network", visibility="internal",
                       records=[DnsRecord(**{"name": "nas.example.com", "type": "TXT", "targets": ("hello",), **kw})])


def hubble(c, hostname):
    return CiliumRelease(c, "cilium", values=CiliumValues.gateway_profile(k8s_service_host="10.0.0.1"), gateway=gw(c),
                         hubble_hostname=hostname)


def cyclic():
    d = {}
    d["self"] = d
    return d


def prometheus(c, address):
    return envoy(c, autoscaling=ProxyAutoscaling(prometheus_address=address))


def repository(c, url):
    return helm_repository(c, name="charts", namespace="flux-system", url=url)


def oci(c, url):
    return oci_repository(c, name="x", namespace="flux-system", url=url, tag="1.0.0")


def pihole(c, **kw):
    return webhook(c, secret_name="pihole", **kw)


CASES = [
    # JSON
    Case("json-nan-in-extra-values", lambda c: cilium(c, extra_values={"hubble": {"x": float("nan")}}),
         "c/cilium: extra_values.hubble.x is not a finite number (got nan); JSON has no NaN or Infinity; write a "
         "finite number"),
    Case("json-infinity-in-a-list", lambda c: release(c, values={"tolerations": [float("inf")]}),
         "c: values.tolerations[0] is not a finite number (got inf); JSON has no NaN or Infinity; write a finite "
         "number"),
    Case("json-set", lambda c: release(c, values={"ports": {8080}}),
         "c: values.ports is not a JSON value (set) (got {8080}); write a list, such as sorted(...)"),
    Case("json-bytes", lambda c: cilium(c, extra_values={"cgroup": {"hostRoot": b"/sys/fs/cgroup"}}),
         "c/cilium: extra_values.cgroup.hostRoot is not a JSON value (bytes) (got b'/sys/fs/cgroup'); decode it to "
         "a string"),
    Case("json-object", lambda c: release(c, values={"resources": {"cpu": Decimal("0.5")}}),
         "c: values.resources.cpu is not a JSON value (Decimal) (got Decimal('0.5')); use strings, numbers, "
         "True/False, None, lists and mappings with string keys"),
    Case("json-key-not-string", lambda c: cilium(c, extra_values={"podAnnotations": {1: "x"}}),
         "c/cilium: extra_values.podAnnotations has a key that is not a string (got 1); write the key as a string, "
         "such as '1'"),
    Case("json-int-too-large", lambda c: release(c, values={"seed": 2**64}),
         "c: values.seed is too large for a JSON number (got 18446744073709551616); JSON numbers lose precision "
         "beyond ±9007199254740991; write it as a string"),
    Case("json-lone-surrogate", lambda c: release(c, values={"note": "\ud800"}),
         "c: values.note is not valid Unicode text (got '\\ud800'); remove the lone surrogate characters (such as "
         "'\\ud800')"),
    Case("json-contains-itself", lambda c: release(c, values=cyclic()),
         "c: values.self contains itself (got 'dict'); pass a tree of values without cycles"),
    Case("json-dotted-key-path", lambda c: release(c, values={"labels": {"app.kubernetes.io/part-of": float("nan")}}),
         "c: values.labels['app.kubernetes.io/part-of'] is not a finite number (got nan); JSON has no NaN or "
         "Infinity; write a finite number"),
    Case("json-password-url-in-values", lambda c: release(c, values={"args": ["--dns=https://admin:pw@dns.lan"]}),
         "c: values.args[0] holds credentials in a URL (user:password@) (got '--dns=https://***@dns.lan'); take the "
         "credentials out of the URL and pass them by Secret reference (a Secret the workload reads through "
         "secretKeyRef, such as a SyncedSecret's): manifests are not secret"),
    Case("helm-values-type", lambda c: release(c, values=None),
         "c: values must be a mapping of Helm values (got None); write nested values such as {'replicaCount': 2}, "
         "or {} for the chart's defaults"),
    Case("helm-values-list", lambda c: release(c, values=[("replicaCount", 2)]),
         "c: values must be a mapping of Helm values (got [('replicaCount', 2)]); write nested values such as "
         "{'replicaCount': 2}, or {} for the chart's defaults"),
    Case("shared-json-type", lambda c: check_json_value(c, {"x": object}, "values"),
         "c: values.x is not a JSON value (type) (got <class 'object'>); use strings, numbers, True/False, None, "
         "lists and mappings with string keys"),
    Case("shared-json-value", lambda c: check_json_value(c, [1, float("-inf")], "values"),
         "c: values[1] is not a finite number (got -inf); JSON has no NaN or Infinity; write a finite number"),

    # URL
    Case("prometheus-credentials", lambda c: prometheus(c, "http://admin:hunter2@prometheus:9090"),
         "c/envoy: Prometheus address holds credentials (user:password@) (got 'http://***@prometheus:9090'); take "
         "the credentials out of the URL and pass them by Secret reference (a Secret the workload reads through "
         "secretKeyRef, such as a SyncedSecret's): manifests are not secret"),
    Case("prometheus-port-out-of-range", lambda c: prometheus(c, "http://prometheus:70000"),
         "c/envoy: Prometheus address port must be an integer in 1-65535 (got '70000'); use a valid TCP port such "
         "as 8080, or leave it out for the scheme's default"),
    Case("prometheus-type", lambda c: prometheus(c, 9090),
         "c/envoy: Prometheus address is not an http(s) URL (got 9090); write a URL such as "
         "'http://prometheus-operated.monitoring.svc.cluster.local:9090'"),
    Case("prometheus-no-scheme", lambda c: prometheus(c, "prometheus:9090"),
         "c/envoy: Prometheus address has no scheme (got 'prometheus:9090'); write it with its scheme, such as "
         "'http://prometheus:9090'"),
    Case("webhook-url-no-scheme", lambda c: adguard(c, "192.168.1.2:3000"),
         "c/x: webhook env ADGUARD_URL has no scheme (got '192.168.1.2:3000'); write it with its scheme, such as "
         "'http://192.168.1.2:3000'"),
    Case("webhook-url-credentials", lambda c: adguard(c, "http://admin:hunter2@192.168.1.2:3000"),
         "c/x: webhook env ADGUARD_URL holds credentials (user:password@) (got 'http://***@192.168.1.2:3000'); take "
         "the credentials out of the URL and pass them by Secret reference (a Secret the workload reads through "
         "secretKeyRef, such as a SyncedSecret's): manifests are not secret"),
    Case("webhook-url-bad-host", lambda c: adguard(c, "http://adguard_home:3000"),
         "c/x: webhook env ADGUARD_URL host is not a DNS name or IP address (got 'adguard_home'); write a host name "
         "such as 'vault.vault.svc', or an address such as 192.168.1.2 ([fd00::2] for IPv6)"),
    Case("webhook-url-type", lambda c: adguard(c, None),
         "c/x: webhook env value of ADGUARD_URL is not a string (got None); write the value as a string"),
    Case("helm-repository-credentials", lambda c: repository(c, "https://user:pass@charts.example.com"),
         "c: chart repository holds credentials (user:password@) (got 'https://***@charts.example.com'); take the "
         "credentials out of the URL and pass them by Secret reference (a Secret the workload reads through "
         "secretKeyRef, such as a SyncedSecret's): manifests are not secret"),
    Case("helm-repository-port-zero", lambda c: repository(c, "https://charts.example.com:0/"),
         "c: chart repository port must be an integer in 1-65535 (got '0'); use a valid TCP port such as 8080, or "
         "leave it out for the scheme's default"),
    Case("helm-repository-type", lambda c: repository(c, None),
         "c: chart repository is not an http(s) URL (got None); write the repository's URL, such as "
         "'https://coredns.github.io/helm'"),
    Case("oci-repository-credentials", lambda c: oci(c, "oci://robot:token@ghcr.io/charts/x"),
         "c: chart address holds credentials (user:password@) (got 'oci://***@ghcr.io/charts/x'); take the "
         "credentials out of the URL and pass them by Secret reference (a Secret the workload reads through "
         "secretKeyRef, such as a SyncedSecret's): manifests are not secret"),
    Case("oci-repository-type", lambda c: oci(c, ["oci://ghcr.io/charts/x"]),
         "c: chart address is not an oci:// URL (got ['oci://ghcr.io/charts/x']); write the chart's OCI address, "
         "such as 'oci://quay.io/cilium/charts/cilium'"),
    Case("vault-credentials", lambda c: VaultSecretStore(c, "v", server="http://root:root@vault:8200"),
         "c/v: Vault server URL holds credentials (user:password@) (got 'http://***@vault:8200'); take the "
         "credentials out of the URL and pass them by Secret reference (a Secret the workload reads through "
         "secretKeyRef, such as a SyncedSecret's): manifests are not secret"),
    Case("vault-host", lambda c: VaultSecretStore(c, "v", server="http://vault_server:8200"),
         "c/v: Vault server URL host is not a DNS name or IP address (got 'vault_server'); write a host name such "
         "as 'vault.vault.svc', or an address such as 192.168.1.2 ([fd00::2] for IPv6)"),
    Case("vault-type", lambda c: VaultSecretStore(c, "v", server=8200),
         "c/v: Vault server URL is not an http(s) URL (got 8200); write http(s)://host[:port], such as "
         "'http://vault.vault.svc.cluster.local:8200'"),
    Case("shared-url-type", lambda c: check_url(c, b"http://x", "URL"),
         "c: URL is not an http(s) URL (got b'http://x'); write an http(s) URL such as 'http://host:port/path'"),
    Case("shared-url-whitespace", lambda c: check_url(c, "http://x/a b", "URL"),
         "c: URL holds whitespace or control characters (got 'http://x/a b'); write the URL on one line without "
         "spaces (percent-encode them, such as %20)"),
    Case("shared-url-no-host", lambda c: check_url(c, "https:///path", "URL"),
         "c: URL has no host (got 'https:///path'); write the host after https://, such as "
         "'https://service.namespace.svc:8080'"),
    Case("shared-url-ipv6-without-brackets", lambda c: check_url(c, "http://fd00::2:8080", "URL"),
         "c: URL host is not a DNS name or IP address (got 'fd00::2'); write a host name such as 'vault.vault.svc', "
         "or an address such as 192.168.1.2 ([fd00::2] for IPv6)"),
    Case("shared-url-user-only", lambda c: check_url(c, "https://token@git.example.com/repo", "URL"),
         "c: URL holds credentials (user:password@) (got 'https://***@git.example.com/repo'); take the credentials "
         "out of the URL and pass them by Secret reference (a Secret the workload reads through secretKeyRef, such "
         "as a SyncedSecret's): manifests are not secret"),
    Case("shared-url-scheme", lambda c: check_url(c, "ftp://files.lan", "URL"),
         "c: URL is not an http(s) URL (got 'ftp://files.lan'); write an http(s) URL such as 'http://host:port/path'"),

    # env
    Case("webhook-env-secret-name", lambda c: webhook(c, env={"PIHOLE_PASSWORD": "hunter2"}),
         "c/x: webhook env variable holds a secret as a plain value (got 'PIHOLE_PASSWORD'); pass it by Secret "
         "reference: WebhookProvider(secret_env={'<NAME>': '<key>'}, secret_name=...): the manifests are not secret"),
    Case("webhook-env-api-key", lambda c: webhook(c, env={"pihole-api-key": "abc"}),
         "c/x: webhook env variable holds a secret as a plain value (got 'pihole-api-key'); pass it by Secret "
         "reference: WebhookProvider(secret_env={'<NAME>': '<key>'}, secret_name=...): the manifests are not secret"),
    Case("webhook-env-value-type", lambda c: webhook(c, env={"DRY_RUN": False}),
         "c/x: webhook env value of DRY_RUN is not a string (got False); quote it, such as 'false'"),
    Case("webhook-env-type", lambda c: webhook(c, env=[("DRY_RUN", "false")]),
         "c/x: webhook env must be a mapping of variable name to value (got [('DRY_RUN', 'false')]); write {'NAME': "
         "'value'}, or {} for none"),
    Case("webhook-env-name", lambda c: webhook(c, env={"1DRY_RUN": "false"}),
         "c/x: webhook env name is not a valid variable name (got '1DRY_RUN'); use letters, digits, '_', '-' or "
         "'.', not starting with a digit, such as 'ADGUARD_URL'"),
    Case("webhook-env-url-credentials", lambda c: webhook(c, env={"PIHOLE_SERVER": "http://admin:pw@pihole.lan"}),
         "c/x: webhook env PIHOLE_SERVER holds credentials (user:password@) (got 'http://***@pihole.lan'); take the "
         "credentials out of the URL and pass them by Secret reference (a Secret the workload reads through "
         "secretKeyRef, such as a SyncedSecret's): manifests are not secret"),
    Case("webhook-secret-env-key", lambda c: pihole(c, secret_env={"PIHOLE_PASSWORD": "pass word"}),
         "c/x: webhook secret_env key of PIHOLE_PASSWORD is not a Secret key (got 'pass word'); use letters, "
         "digits, '-', '_' or '.', such as 'password'"),
    Case("webhook-secret-env-type", lambda c: pihole(c, secret_env=["PIHOLE_PASSWORD"]),
         "c/x: webhook secret_env must be a mapping of variable name to Secret key (got ['PIHOLE_PASSWORD']); write "
         "{'PIHOLE_PASSWORD': 'password'}, or {} for none"),
    Case("webhook-env-and-secret-env", lambda c: pihole(c, env={"PIHOLE_USER": "admin"}, secret_env={"PIHOLE_USER": "user"}),
         "c/x: webhook variable is set twice, in env and secret_env (got 'PIHOLE_USER'); keep it in secret_env only"),
    Case("webhook-image", lambda c: webhook(c, image=""),
         "c/x: webhook image is empty or holds whitespace (got ''); write the image repository and its tag, such as "
         "'ghcr.io/muhlba91/external-dns-provider-adguard' and 'v9.0.1'"),
    Case("webhook-tag-type", lambda c: webhook(c, tag=None),
         "c/x: webhook image tag is empty or holds whitespace (got None); write the image repository and its tag, "
         "such as 'ghcr.io/muhlba91/external-dns-provider-adguard' and 'v9.0.1'"),
    Case("vpn-app-env-secret-name", lambda c: vpn_app(c, env={"SABNZBD_API_KEY": "abc123"}),
         "c/qbit: app env variable holds a secret as a plain value (got 'SABNZBD_API_KEY'); pass it by Secret "
         "reference: VpnApp(secret_env={'<NAME>': '<key>'}, secret_name=...): the manifests are not secret"),
    Case("vpn-app-env-token", lambda c: vpn_app(c, env={"plex_token": "abc123"}),
         "c/qbit: app env variable holds a secret as a plain value (got 'plex_token'); pass it by Secret reference: "
         "VpnApp(secret_env={'<NAME>': '<key>'}, secret_name=...): the manifests are not secret"),
    Case("vpn-app-env-type", lambda c: vpn_app(c, env=["TZ=Etc/UTC"]),
         "c/qbit: app env must be a mapping of variable name to value (got ['TZ=Etc/UTC']); write {'NAME': "
         "'value'}, or {} for none"),
    Case("vpn-app-env-value-type", lambda c: vpn_app(c, env={"PUID": 1000}),
         "c/qbit: app env value of PUID is not a string (got 1000); quote it, such as '1000'"),
    Case("vpn-app-env-tz", lambda c: vpn_app(c, env={"TZ": "Europe/Berlin"}),
         "c/qbit: app env sets TZ, which the pod sets from its timezone (got 'Europe/Berlin'); pass "
         "VpnPod(timezone=...) instead"),
    Case("vpn-app-secret-env-without-secret", lambda c: vpn_app(c, secret_env={"SABNZBD_API_KEY": "api-key"}),
         "c/qbit: app secret_env names no Secret (got {'SABNZBD_API_KEY': 'api-key'}); set VpnApp(secret_name=...) "
         "to the Secret that holds those keys, such as one a SyncedSecret writes in the pod's namespace"),
    Case("vpn-app-secret-name-without-env", lambda c: vpn_app(c, secret_name="sabnzbd"),
         "c/qbit: app secret_name given without secret_env (got 'sabnzbd'); map variables to its keys with "
         "secret_env, or drop secret_name"),
    Case("vpn-app-secret-env-key", lambda c: vpn_app(c, secret_env={"SABNZBD_API_KEY": "api key"}, secret_name="sabnzbd"),
         "c/qbit: app secret_env key of SABNZBD_API_KEY is not a Secret key (got 'api key'); use letters, digits, "
         "'-', '_' or '.', such as 'api-key'"),
    Case("shared-env-type", lambda c: check_env(c, "A=1"),
         "c: env must be a mapping of variable name to value (got 'A=1'); write {'NAME': 'value'}, or {} for none"),
    Case("shared-env-private-key", lambda c: check_env(c, {"SSH_PRIVATE_KEY": "-----BEGIN"}),
         "c: env variable holds a secret as a plain value (got 'SSH_PRIVATE_KEY'); pass it by Secret reference "
         "(valueFrom.secretKeyRef): the manifests are not secret"),

    # bool
    Case("bool-vlan-sbr", lambda c: vlan(c, sbr="yes"),
         "c/v: sbr must be True or False (got 'yes'); write True to add source-based routing, or False"),
    Case("bool-bgp-graceful-restart", lambda c: bgp(c, graceful_restart=None),
         "c/bgp: graceful_restart must be True or False (got None); write True or False"),
    Case("bool-app-load-balancer", lambda c: app(c, load_balancer="false"),
         "c/a: load_balancer must be True or False (got 'false'); write True to expose the app as a LoadBalancer, "
         "or False"),
    Case("bool-cert-manager-gateway-api", lambda c: CertManagerRelease(c, "cm", gateway_api="true"),
         "c/cm: gateway_api must be True or False (got 'true'); write True or False"),
    Case("bool-envoy-http3", lambda c: envoy(c, client_policy=ClientPolicy(http3=1)),
         "c/envoy: client policy http3 must be True or False (got 1); write True or False"),
    Case("bool-vpn-keep-claims", lambda c: vpn(c, keep_claims="yes"),
         "c/qbit: keep_claims must be True or False (got 'yes'); write True (GitOps controllers never delete the "
         "claims) or False"),
    Case("bool-vpn-tun-device", lambda c: Gluetun(tun_device="no"),
         "Gluetun.tun_device: tun_device must be True or False (got 'no'); write True or False"),
    Case("bool-vpn-port-forwarding", lambda c: VpnTunnel(port_forwarding="off"),
         "VpnTunnel.port_forwarding: port_forwarding must be True or False (got 'off'); write True ('on'), False "
         "('off'), or None to leave it to Gluetun"),
    Case("bool-tunnel-dns-record", lambda c: tunnel(c, dns_record=0),
         "c/t: dns_record must be True or False (got 0); write True to publish the tunnel's CNAME, or False"),
    Case("bool-record-proxied", lambda c: record(c, proxied="true"),
         "c/e: record nas.example.com's proxied must be True or False (got 'true'); write True or False, or None "
         "for the ExternalDNS instance's setting"),
    Case("bool-externaldns-service-monitor", lambda c: external_dns(c, chart=ExternalDnsChart(service_monitor="yes")),
         "ExternalDnsChart.service_monitor: service_monitor must be True or False (got 'yes'); write True or "
         "False, or None for the chart's"),
    Case("bool-cloudflare-proxied", lambda c: cloudflare(c, proxied="no"),
         "c/x: proxied must be True or False (got 'no'); write True to proxy records through Cloudflare, or False"),
    Case("shared-bool-type", lambda c: check_bool(c, "True", "switch"),
         "c: switch must be True or False (got 'True'); write True or False"),
    Case("shared-bool-number", lambda c: check_bool(c, 1, "switch"),
         "c: switch must be True or False (got 1); write True or False"),

    # annotations
    Case("shared-annotations-type", lambda c: check_annotations(c, ["a=b"]),
         "c: annotations must be a mapping of key to string (got ['a=b']); write {'example.com/key': 'value'}"),
    Case("shared-annotations-key", lambda c: check_annotations(c, {"Example.com/note": "x"}),
         "c: annotations key is not a label name (got 'Example.com/note'); write a key such as 'example.com/note'"),
    Case("shared-annotations-value", lambda c: check_annotations(c, {"example.com/replicas": 2}),
         "c: annotations value of example.com/replicas is not a string (got 2); quote it, such as '2'"),

    # silent wrong values
    Case("app-target-port-zero", lambda c: app(c, target_port=0),
         "c/a: target port must be an integer in 1-65535 (got 0); use a valid TCP/UDP target port"),
    Case("app-target-port-type", lambda c: app(c, target_port="8989"),
         "c/a: target port must be an integer in 1-65535 (got '8989'); use a valid TCP/UDP target port"),
    Case("app-load-balancer-ip-empty", lambda c: app(c, load_balancer_ip=""),
         "c/a: pinned IP is not an IP address (got ''); write a single address such as 192.168.10.200"),
    Case("app-hostname-without-gateway", lambda c: app(c, hostname="sonarr.homelab.local"),
         "c/a: hostname given without a gateway (got 'sonarr.homelab.local'); pass gateway=<the HomelabGateway that "
         "serves it>, or drop hostname"),
    Case("app-selector-empty", lambda c: app(c, selector={}),
         "c/a: selector must be a non-empty mapping of label to value (got {}); select the app's pods by labels "
         "such as {'app.kubernetes.io/name': 'sonarr'}, or pass None for that default"),
    Case("app-selector-type", lambda c: app(c, selector=["app=sonarr"]),
         "c/a: selector must be a non-empty mapping of label to value (got ['app=sonarr']); select the app's pods "
         "by labels such as {'app.kubernetes.io/name': 'sonarr'}, or pass None for that default"),
    Case("vlan-ipv6-route-ipv4-gateway", lambda c: vlan(c, gateway="192.168.20.1", routes=[VlanRoute("fd00:30::/64")]),
         "c/v: IPv6 route would go through an IPv4 gateway of the subnet 192.168.20.0/24 (got 'fd00:30::/64'); "
         "route only IPv4 destinations through this attachment; put IPv6 routes on an attachment with an IPv6 subnet"),
    Case("vlan-ipv6-route-explicit-ipv4-gw", lambda c: vlan(c, routes=[VlanRoute("2001:db8::/32", gw="192.168.20.1")]),
         "c/v: IPv6 route would go through an IPv4 gateway of the subnet 192.168.20.0/24 (got '2001:db8::/32'); "
         "route only IPv4 destinations through this attachment; put IPv6 routes on an attachment with an IPv6 subnet"),
    Case("vlan-routes-type", lambda c: vlan(c, gateway="192.168.20.1", routes=VlanRoute("192.168.30.0/24")),
         "c/v: routes are not a list of VlanRoutes (got VlanRoute(dst='192.168.30.0/24', gw=None)); write a list "
         "such as [VlanRoute('192.168.30.0/24')], or () for none"),
    Case("vlan-exclude-string", lambda c: vlan(c, ipam="whereabouts", exclude="192.168.20.1/32"),
         "c/v: excluded CIDRs are not a list (got '192.168.20.1/32'); write a list such as ['192.168.20.1/32']"),
    Case("vlan-select-ips-string", lambda c: vlan(c).select(c, ips="192.168.20.10"),
         "c: static IPs are not a list (got '192.168.20.10'); write a list such as ['192.168.20.10']"),
    Case("cloudflare-records-per-page-zero", lambda c: cloudflare(c, records_per_page=0),
         "c/x: records per page must be an integer in 1-5000000 (got 0); use 5000 (the default): fewer API calls on "
         "large zones"),
    Case("cloudflare-records-per-page-type", lambda c: cloudflare(c, records_per_page="5000"),
         "c/x: records per page must be an integer in 1-5000000 (got '5000'); use 5000 (the default): fewer API "
         "calls on large zones"),
    Case("cloudflare-token-key", lambda c: cloudflare(c, token_key="api token"),
         "c/x: token key is not a Secret key (got 'api token'); use letters, digits, '-', '_' or '.', such as "
         "'password'"),
    Case("externaldns-interval", lambda c: external_dns(c, sync=DnsSync(interval="1 hour")),
         "DnsSync.interval: interval is not a Go duration (got '1 hour'); write hours, minutes, seconds or "
         "milliseconds such as '1h', '30m' or '5m', or None for the chart's"),
    Case("externaldns-interval-type", lambda c: external_dns(c, sync=DnsSync(interval=3600)),
         "DnsSync.interval: interval is not a Go duration (got 3600); write hours, minutes, seconds or "
         "milliseconds such as '1h', '30m' or '5m', or None for the chart's"),
    Case("externaldns-txt-prefix-empty", lambda c: external_dns(c, registry=DnsRegistry(txt_prefix="")),
         "DnsRegistry.txt_prefix: TXT prefix is empty or holds whitespace (got ''); write one word such as "
         "'external-dns-internal' or 'k8s.internal.', or None for the default"),
    Case("externaldns-txt-owner-type", lambda c: external_dns(c, registry=DnsRegistry(txt_owner_id=7)),
         "DnsRegistry.txt_owner_id: TXT owner id is not text (got 7); write one word such as "
         "'external-dns-internal' or 'k8s.internal.', or None for the default"),
    Case("externaldns-domain-filters-string", lambda c: external_dns(c, publishing=DnsPublishing(domain_filters="homelab.local")),
         "DnsPublishing.domain_filters: domain filters are not a list of zones (got 'homelab.local'); write a "
         "list such as ['homelab.local']"),
    Case("vpn-load-balancer-ip", lambda c: WebUi(load_balancer_ip="qbit.lan"),
         "WebUi.load_balancer_ip: pinned IP is not an IP address (got 'qbit.lan'); write a single address such as "
         "192.168.10.200"),
    Case("vpn-load-balancer-ip-type", lambda c: WebUi(load_balancer_ip=3232238280),
         "WebUi.load_balancer_ip: pinned IP is not an IP address (got 3232238280); write a single address such as "
         "192.168.10.200"),
    Case("vpn-service-port", lambda c: WebUi(port=0),
         "WebUi.port: port must be an integer in 1-65535 (got 0); use a valid TCP/UDP port"),
    Case("vpn-hostname-without-gateway", lambda c: WebUi(hostname="qbit.homelab.local"),
         "WebUi.hostname: hostname given without a gateway (got 'qbit.homelab.local'); pass gateway=<the "
         "HomelabGateway that serves it>, or drop hostname"),
    Case("vpn-app-type", lambda c: vpn(c, app="qbittorrent"),
         "c/qbit: app is not a VpnApp (got 'qbittorrent'); pass VpnApp(image=..., port=...) or qbittorrent(...), or "
         "None for qBittorrent on 8080"),
    Case("vpn-app-root-user", lambda c: vpn_app(c, security=ContainerSecurity(run_as_user=0, run_as_non_root=True)),
         "ContainerSecurity.run_as_user: run_as_user is root (0) with run_as_non_root (got 0); give a user id other "
         "than 0, such as 1000, or drop run_as_non_root: the kubelet refuses to start the container"),
    Case("vpn-app-user-type", lambda c: vpn_app(c, security=ContainerSecurity(run_as_user="1000")),
         "ContainerSecurity.run_as_user: run_as_user is not an integer or None (got '1000'); write a whole number such "
         "as 1000, or None"),
    Case("vpn-app-writable-paths-string", lambda c: vpn_app(c, writable_paths="/tmp"),
         "c/qbit: writable paths are not a list of paths (got '/tmp'); write a tuple such as ('/tmp',)"),
    Case("vpn-app-writable-path-relative", lambda c: vpn_app(c, writable_paths=("tmp",)),
         "c/qbit: writable path is not an absolute path below / (got 'tmp'); write an absolute path such as '/tmp'"),
    Case("vpn-app-writable-path-config", lambda c: vpn_app(c, writable_paths=("/config",)),
         "c/qbit: the app mounts two volumes at one path (got ['/config', '/downloads', '/config']); give each volume "
         "and writable path its own mount path"),
    Case("vpn-app-image", lambda c: vpn_app(c, image=""),
         "c/qbit: app image is empty or holds whitespace (got ''); pin an image such as "
         "'ghcr.io/home-operations/qbittorrent:5.1.2'"),
    Case("vpn-timezone", lambda c: vpn(c, timezone="Europe Berlin"),
         "c/qbit: timezone is not a tz database name (got 'Europe Berlin'); write a name such as 'Etc/UTC' or "
         "'Europe/Berlin'"),
    Case("vpn-timezone-type", lambda c: vpn(c, timezone=5),
         "c/qbit: timezone is not a tz database name (got 5); write a name such as 'Etc/UTC' or 'Europe/Berlin'"),
    Case("vpn-gluetun-image", lambda c: Gluetun(image=None),
         "Gluetun.image: image is empty or holds whitespace (got None); pin an image such as "
         "'ghcr.io/qdm12/gluetun:v3.41.0'"),
    Case("dashboards-single", lambda c: CiliumRelease(c, "cilium", dashboards=GrafanaComDashboard("cilium", 16611, 1)),
         "c/cilium: dashboards are not a list of GrafanaComDashboards (got GrafanaComDashboard(name='cilium', "
         "id=16611, revision=1, input_name='DS_PROMETHEUS')); pass a list such as "
         "[GrafanaComDashboard('cilium-agent', 16611, 1)], or [] for none"),
    Case("dashboard-type", lambda c: CiliumRelease(c, "cilium", dashboards=[("cilium", 16611, 1)]),
         "c/cilium: dashboard is not a GrafanaComDashboard (got ('cilium', 16611, 1)); write "
         "GrafanaComDashboard(name, grafana.com id, revision)"),
    Case("dashboard-input-name", lambda c: CiliumRelease(c, "cilium", dashboards=[GrafanaComDashboard("cilium", 16611, 1, "")]),
         "c/cilium: dashboard datasource input is not an input name (got ''); copy it from the dashboard's JSON "
         "(__inputs), such as 'DS_PROMETHEUS', or None for none"),
    # None is taken now (no datasource mapping written): a number is the wrong type
    Case("dashboard-input-name-type", lambda c: envoy(c, dashboards=[GrafanaComDashboard("envoy", 23239, 1, 3)]),
         "c/envoy: dashboard datasource input is not an input name (got 3); copy it from the dashboard's JSON "
         "(__inputs), such as 'DS_PROMETHEUS', or None for none"),
    Case("grafana-instance-labels-empty", lambda c: CiliumRelease(c, "cilium", grafana_instance_labels={}),
         "c/cilium: Grafana instance labels must be a non-empty mapping of label to value (got {}); select the "
         "Grafana instances by labels such as {'dashboards': 'grafana'}, or pass None for the default"),
    Case("grafana-instance-labels-type", lambda c: envoy(c, grafana_instance_labels=["dashboards=grafana"]),
         "c/envoy: Grafana instance labels must be a non-empty mapping of label to value (got "
         "['dashboards=grafana']); select the Grafana instances by labels such as {'dashboards': 'grafana'}, or "
         "pass None for the default"),
    Case("envoy-blocking-gateways-string", lambda c: envoy(c, user_agent_blocking=UserAgentBlocking(gateways="envoy-external")),
         "c/envoy: user-agent blocking gateways are not a list of gateway names (got 'envoy-external'); write a "
         "tuple such as ('envoy-external',), or None for every gateway of the profile"),
    Case("envoy-blocking-gateway-name", lambda c: envoy(c, user_agent_blocking=UserAgentBlocking(gateways=("Envoy External",))),
         "c/envoy: user-agent blocking gateway name is not a DNS label (got 'Envoy External'); use 1-63 lowercase "
         "letters, digits or '-', starting and ending with a letter or digit"),
    Case("coredns-upstreams-string", lambda c: CoreDnsRelease(c, "dns", upstreams="192.168.1.2"),
         "c/dns: upstreams are not a list (got '192.168.1.2'); write a list such as ['192.168.1.2']"),
    Case("coredns-forward-zones-type", lambda c: CoreDnsRelease(c, "dns", forward_zones=[("homelab.local", ["192.168.1.2"])]),
         "c/dns: forward zones are not a mapping of zone to DNS servers (got [('homelab.local', ['192.168.1.2'])]); "
         "write {'homelab.example.com': ['192.168.1.2']}"),
    Case("record-target-type", lambda c: record(c, targets=(5,)),
         "c/e: record nas.example.com has a target that is empty or not a string (got 5); write each target as a "
         "string, such as '203.0.113.5' or 'v=spf1 -all'"),
    Case("record-target-empty", lambda c: record(c, targets=("",)),
         "c/e: record nas.example.com has a target that is empty or not a string (got ''); write each target as a "
         "string, such as '203.0.113.5' or 'v=spf1 -all'"),
    Case("tunnel-image", lambda c: tunnel(c, pods=TunnelPods(image="")),
         "TunnelPods.image: cloudflared image is empty or holds whitespace (got ''); pin an image such as "
         "'docker.io/cloudflare/cloudflared:2025.11.1'"),
    Case("flux-chart-type", lambda c: chart_release(c, chart=5),
         "c: chart is not a chart name (got 5); name the chart as its repository lists it, such as 'external-dns'"),
    Case("flux-chart-name", lambda c: chart_release(c, chart="external dns"),
         "c: chart is not a chart name (got 'external dns'); name the chart as its repository lists it, such as "
         "'external-dns'"),
    Case("flux-chart-version-type", lambda c: chart_release(c, version=1.0),
         "c: chart version is empty or not a string (got 1.0); pin the chart's version, such as '1.22.0' (or a "
         "semver range such as '1.22.x')"),
    Case("flux-chart-version-empty", lambda c: chart_release(c, version=" "),
         "c: chart version is empty or not a string (got ' '); pin the chart's version, such as '1.22.0' (or a "
         "semver range such as '1.22.x')"),

    # a given value that a default used to replace silently ("" or [] taken as "not given")
    Case("externaldns-name-empty", lambda c: external_dns(c, name=""),
         "c/x: release name is not a DNS label (got ''); use 1-63 lowercase letters, digits or '-', starting and "
         "ending with a letter or digit"),
    Case("records-namespace-empty",
         lambda c: DnsRecords(c, "r", gateways=[gw(c, load_balancer_ip="192.168.10.200")], namespace=""),
         "c/r: namespace is not a DNS label (got ''); use 1-63 lowercase letters, digits or '-', starting and ending "
         "with a letter or digit"),
    Case("tunnel-hostname-empty", lambda c: tunnel(c, hostname=""),
         "c/t: tunnel hostname is not a name under homelab.local (got ''); use a name such as 'external.homelab.local'"),
    Case("tunnel-origin-service-empty", lambda c: tunnel(c, ingress=TunnelIngress(origin_service="")),
         "TunnelIngress.origin_service: origin service is not a host name (got ''); use the gateway Service's "
         "DNS name, such as 'envoy-external.network.svc.cluster.local'"),
    Case("tunnel-origin-ca-config-map-empty", lambda c: tunnel(c, ingress=TunnelIngress(origin_ca_config_map="")),
         "TunnelIngress.origin_ca_config_map: origin CA ConfigMap name is not a DNS label (got ''); use 1-63 "
         "lowercase letters, digits or '-', starting and ending with a letter or digit"),
    Case("external-dns-visibility-empty", lambda c: external_dns(c, visibility=""),
         "c/x: visibility is unknown (got ''); use one of: public, internal"),
    Case("cilium-hubble-hostname-empty", lambda c: hubble(c, ""),
         "c/cilium: Hubble hostname is not a DNS name (got ''); write a name such as 'hubble.homelab.local', or None "
         "for hubble.<gateway domain>"),
    Case("cilium-hubble-hostname-type", lambda c: hubble(c, 5),
         "c/cilium: Hubble hostname is not a DNS name (got 5); write a name such as 'hubble.homelab.local', or None "
         "for hubble.<gateway domain>"),
    Case("performance-extra-values-list", lambda c: CiliumRelease(c, "cilium", values=CiliumValues.performance_profile(
        native_routing_cidr="10.42.0.0/16", extra_values=[])),
         "c/cilium: extra values must be a mapping (got []); write nested Helm values, such as {'cgroup': {...}}"),
    # free text that reaches the manifests: no user:password@ URL inside it, valid Unicode
    Case("vpn-app-env-embedded-credentials", lambda c: vpn_app(c, env={"EXTRA_ARGS": "--feed=https://me:pw@indexer.example"}),
         "c/qbit: app env EXTRA_ARGS holds credentials in a URL (user:password@) (got '--feed=https://***@indexer.example'); "
         "take the credentials out of the URL and pass them by Secret reference (a Secret the workload reads through "
         "secretKeyRef, such as a SyncedSecret's): manifests are not secret"),
    Case("vpn-app-port-forward-command-credentials",
         lambda c: vpn_app(c, port_forward_command="wget http://admin:pw@127.0.0.1:8080/port/{{PORT}}"),
         "c/qbit: port-forward command holds credentials in a URL (user:password@) (got 'wget "
         "http://***@127.0.0.1:8080/port/{{PORT}}'); take the credentials out of the URL and pass them by Secret "
         "reference (a Secret the workload reads through secretKeyRef, such as a SyncedSecret's): manifests are not secret"),
    Case("vpn-app-port-forward-command-type", lambda c: vpn_app(c, port_forward_command=["wget"]),
         "c/qbit: port-forward command is empty or not a string (got ['wget']); write a shell command with {{PORT}} for "
         "the forwarded port, or None for none"),
    Case("autoscaling-query-text", lambda c: envoy(c, autoscaling=ProxyAutoscaling(query="sum(up\ud800)")),
         "c/envoy: autoscaling query is not valid Unicode text (got 'sum(up\\ud800)'); remove the lone surrogate "
         "characters (such as '\\ud800')"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_value(case):
    with pytest.raises(ValueError) as caught:
        build(case)
    assert type(caught.value) is ValueError
    assert not isinstance(caught.value, jsii.errors.JSIIError)
    assert str(caught.value) == case.message


def test_rows_are_distinct():
    assert len({c.id for c in CASES}) == len(CASES)
    assert len({c.message for c in CASES}) == len(CASES)  # every row exercises its own message


def test_no_secret_in_a_message():
    """A refused URL with credentials is shown with ``***`` for them; a secret variable by its name only."""
    for case in CASES:
        for secret in ("hunter2", "pass@", "root:root", "robot:token", "admin:pw", "abc123", "-----BEGIN"):
            assert secret not in case.message, case.id


# ---- 1. nothing kills the jsii kernel

@pytest.mark.parametrize("bad", [float("nan"), float("inf"), {1, 2}, b"bytes", object(), {3: "x"}],
                         ids=["nan", "inf", "set", "bytes", "object", "int-key"])
def test_the_kernel_survives_refused_values(bad):
    """A value the kernel could not parse is refused in Python; the same process then builds
    and synthesizes another release and an app through the same kernel."""
    with pytest.raises(ValueError, match=r"^c/cilium: extra_values\.hubble"):
        CiliumRelease(cdk8s.Chart(cdk8s.Testing.app(), "c"), "cilium",
                      values=CiliumValues(extra_values={"hubble": {"x": bad}}))
    chart = cdk8s.Chart(cdk8s.Testing.app(), "after")
    CiliumRelease(chart, "cilium", values=CiliumValues(extra_values={"cgroup": {"hostRoot": "/sys/fs/cgroup"}}))
    HomelabApp(chart, "app", name="sonarr", namespace="media", port=8989)
    kinds = [o["kind"] for o in cdk8s.Testing.synth(chart)]
    assert "HelmRelease" in kinds and "Service" in kinds


def test_a_nan_kills_no_later_call_in_a_fresh_process():
    """The first thing a fresh process does is the refused NaN: the kernel it started answers after it."""
    code = (
        "import cdk8s\n"
        "from homelab_constructs import CiliumRelease, CiliumValues\n"
        "try:\n"
        "    CiliumRelease(cdk8s.Chart(cdk8s.Testing.app(), 'c'), 'cilium',\n"
        "                  values=CiliumValues(extra_values={'x': float('nan')}))\n"
        "except ValueError as err:\n"
        "    print('refused:', err)\n"
        "chart = cdk8s.Chart(cdk8s.Testing.app(), 'd')\n"
        "CiliumRelease(chart, 'cilium')\n"
        "print('alive:', len(cdk8s.Testing.synth(chart)))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "refused: c/cilium: extra_values.x is not a finite number (got nan)" in result.stdout
    assert "alive: " in result.stdout


def test_tuples_are_written_as_lists():
    """Tuples are JSON lists (jsii itself cannot send a tuple)."""
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    helm_release(chart, name="x", namespace="flux-system", oci_repository="x",
                 values={"args": ("--a", "--b"), "nested": {"ports": (80, 443)}})
    CiliumRelease(chart, "cilium", values=CiliumValues(extra_values={"cgroup": {"paths": ("/a", "/b")}}))
    values = [o["spec"]["values"] for o in cdk8s.Testing.synth(chart) if o["kind"] == "HelmRelease"]
    assert values[0] == {"args": ["--a", "--b"], "nested": {"ports": [80, 443]}}
    assert values[1]["cgroup"] == {"paths": ["/a", "/b"]}


# ---- 2. no secret in the output: credentials go by Secret reference

def test_vpn_app_secrets_go_by_reference():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    VaultSecretStore(chart, "vault", server="http://vault.vault.svc.cluster.local:8200")
    vpn_app(chart, env={"SABNZBD_HOST": "0.0.0.0"}, secret_env={"SABNZBD_API_KEY": "api-key"}, secret_name="sabnzbd")
    deployment = next(o for o in cdk8s.Testing.synth(chart) if o["kind"] == "Deployment")
    env = deployment["spec"]["template"]["spec"]["containers"][0]["env"]
    assert {"name": "SABNZBD_HOST", "value": "0.0.0.0"} in env
    assert {"name": "SABNZBD_API_KEY", "valueFrom": {"secretKeyRef": {"key": "api-key", "name": "sabnzbd"}}} in env


@pytest.mark.parametrize("name", ["PASSWORD_FILE", "TOKEN_URL", "SECRET_NAME", "KEYS", "MONKEY", "DRY_RUN"])
def test_names_that_point_at_a_secret_are_plain(name):
    value = "http://vault.lan/token" if name.endswith("URL") else "/run/secrets/x"
    assert check_env("c", {name: value}) == {name: value}


def test_empty_secret_variables_hold_nothing():
    assert check_env("c", {"WEBUI_PASSWORD": ""}) == {"WEBUI_PASSWORD": ""}


def test_urls_that_are_fine():
    for url in ("http://vault.vault.svc.cluster.local:8200", "https://[fd00::2]:8443/ui", "HTTPS://Charts.Example.com",
                "http://192.168.1.2:3000/api?x=1#y", "https://charts.example.com:65535"):
        assert check_url("c", url, "URL") == url
    assert check_url("c", "oci://ghcr.io/org/charts/x", "chart", schemes=("oci",)) == "oci://ghcr.io/org/charts/x"
    assert check_url("c", "redis://cache.lan:6379/0", "URL", schemes=None) == "redis://cache.lan:6379/0"


# ---- 3. honoured, not ignored

def test_target_port_none_is_the_port():
    app = HomelabApp(cdk8s.Chart(cdk8s.Testing.app(), "c"), "a", name="sonarr", namespace="media", port=8989)
    assert app.target_port == 8989
    assert app.service.to_json()["spec"]["ports"][0]["targetPort"] == 8989


def test_vpn_pod_pins_its_load_balancer_ip():
    """A VPN app's pinned address is honoured on its Service, as HomelabApp honours it (pin_ip:
    checked as an address here, against the pools by synth())."""
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    LoadBalancerPool(chart, "p", name="homelab-pool", ranges=[("192.168.10.200", "192.168.10.250")])
    VaultSecretStore(chart, "vault", server="http://vault.vault.svc.cluster.local:8200")
    pod = vpn(chart, web_ui=WebUi(load_balancer_ip="192.168.10.210", port=80))
    service = pod.web.service.to_json()
    assert service["spec"]["type"] == "LoadBalancer"
    assert service["metadata"]["annotations"] == {"lbipam.cilium.io/ips": "192.168.10.210"}
    assert service["spec"]["ports"][0]["port"] == 80 and service["spec"]["ports"][0]["targetPort"] == 8080
    assert pod.web.load_balancer and pod.web.load_balancer_ip == "192.168.10.210"
    synth(chart.node.root)  # inside the pool

    outside = cdk8s.Chart(cdk8s.Testing.app(), "c")
    LoadBalancerPool(outside, "p", name="homelab-pool", ranges=[("192.168.10.200", "192.168.10.250")])
    VaultSecretStore(outside, "vault", server="http://vault.vault.svc.cluster.local:8200")
    vpn(outside, web_ui=WebUi(load_balancer_ip="192.168.10.10"))
    with pytest.raises(ValueError, match=r"^c/qbit/Web/Service: metadata\.annotations\[lbipam\.cilium\.io/ips\]: "
                                         r"pinned IP is outside every LoadBalancer pool"):
        synth(outside.node.root)


def test_vpn_pod_without_load_balancer_stays_cluster_ip():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    service = vpn(chart).web.service.to_json()
    assert service["spec"]["type"] == "ClusterIP" and "annotations" not in service["metadata"]
