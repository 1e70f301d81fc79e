"""cert-manager as the real homelabs write it: seed 000's CA chain, seed 002's ACME issuers and
Certificate, and the cert-manager release values (REAL-REPOS.md A.3, B.8)."""
from __future__ import annotations

import re

from homelab_constructs import (
    LETSENCRYPT_STAGING,
    AcmeIssuer,
    Certificate,
    CloudflareDns01,
    GatewayHttp01,
    PrivateKey,
    SelfSignedCa,
)
from homelab_constructs.platform.certmanager import JETSTACK_HELM_REPOSITORY, CertManagerRelease

import cdk8s
import pytest
from conftest import synth_app

CF = CloudflareDns01(token_secret="cloudflare-issuer-secret", token_key="CLOUDFLARE_DNS_TOKEN",
                     dns_zones=["cloudjur.com"])


def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def seed002(app: cdk8s.App) -> None:
    c = cdk8s.Chart(app, "certificates")
    prod = AcmeIssuer(c, "Production", name="letsencrypt-production", profile="shortlived", solvers=[CF])
    AcmeIssuer(c, "Staging", name="letsencrypt-staging", server=LETSENCRYPT_STAGING, solvers=[CF])
    Certificate(c, "CloudjurCom", name="cloudjur-com", namespace="network", secret_name="cloudjur-com-tls",
                issuer=prod, usages=["digital signature"], duration="160h",
                dns_names=["cloudjur.com", "*.cloudjur.com"])
    CertManagerRelease(c, "CertManager", chart_version="v1.20.2", service_monitor=True,
                       dns01_recursive_nameservers=["1.1.1.1:53", "9.9.9.9:53"],
                       dns01_recursive_nameservers_only=True)


def test_seed002_issuers_certificate_and_release(tmp_path):
    out = synth_app(seed002, tmp_path)  # schema- and whole-app-validated
    prod = out.find("ClusterIssuer", "letsencrypt-production")["spec"]["acme"]
    assert prod["profile"] == "shortlived"
    assert prod["server"] == "https://acme-v02.api.letsencrypt.org/directory"
    assert prod["solvers"] == [{"dns01": {"cloudflare": {"apiTokenSecretRef": {
        "name": "cloudflare-issuer-secret", "key": "CLOUDFLARE_DNS_TOKEN"}}}, "selector": {"dnsZones": ["cloudjur.com"]}}]
    staging = out.find("ClusterIssuer", "letsencrypt-staging")["spec"]["acme"]
    assert staging["server"] == "https://acme-staging-v02.api.letsencrypt.org/directory" and "profile" not in staging
    assert staging["solvers"] == prod["solvers"]
    cert = out.find("Certificate", "cloudjur-com", "network")["spec"]
    assert cert == {"secretName": "cloudjur-com-tls", "issuerRef": {"name": "letsencrypt-production",
                                                                    "kind": "ClusterIssuer"},
                    "usages": ["digital signature"], "duration": "160h",
                    "dnsNames": ["cloudjur.com", "*.cloudjur.com"]}
    values = out.find("HelmRelease", "cert-manager")["spec"]["values"]
    assert values["crds"]["enabled"] is True
    assert values["dns01RecursiveNameservers"] == "1.1.1.1:53,9.9.9.9:53"
    assert values["dns01RecursiveNameserversOnly"] is True
    assert values["prometheus"]["servicemonitor"]["enabled"] is True
    assert out.find("OCIRepository", "cert-manager")["spec"]["url"] == "oci://quay.io/jetstack/charts/cert-manager"
    assert out.find("OCIRepository", "cert-manager")["spec"]["ref"]["tag"] == "v1.20.2"


def test_seed000_ca_chain_exactly():
    c = chart()
    SelfSignedCa(c, "Ca", common_name="homelab-ca")
    objs = {(o["kind"], o["metadata"]["name"]): o for o in cdk8s.Testing.synth(c)}
    assert objs[("ClusterIssuer", "selfsigned-issuer")]["spec"] == {"selfSigned": {}}
    ca = objs[("Certificate", "homelab-ca")]
    assert ca["metadata"]["namespace"] == "cert-manager"
    assert ca["spec"] == {"isCA": True, "commonName": "homelab-ca", "secretName": "homelab-ca-secret",
                          "privateKey": {"algorithm": "ECDSA", "size": 256},
                          "issuerRef": {"name": "selfsigned-issuer", "kind": "ClusterIssuer", "group": "cert-manager.io"}}
    assert objs[("ClusterIssuer", "homelab-ca-issuer")]["spec"] == {"ca": {"secretName": "homelab-ca-secret"}}


def test_ca_writes_what_is_set_and_the_preset_restores_the_old_defaults():
    c = chart()
    SelfSignedCa(c, "Ca")
    SelfSignedCa.recommended(name="lab-ca", bootstrap_issuer_name="bootstrap").build(c, "Recommended")
    cas = {o["metadata"]["name"]: o["spec"] for o in cdk8s.Testing.synth(c) if o["kind"] == "Certificate"}
    plain, recommended = cas["homelab-ca"], cas["lab-ca"]
    assert plain["privateKey"] == {"algorithm": "ECDSA", "size": 256} and plain["commonName"] == "Homelab CA"
    assert "duration" not in plain and "renewBefore" not in plain  # cert-manager's defaults
    # the preset writes exactly these keys over the plain CA's
    assert {k: v for k, v in recommended.items() if plain.get(k) != v} == {
        "duration": "87600h", "renewBefore": "720h", "secretName": "lab-ca-secret",
        "issuerRef": {"name": "bootstrap", "kind": "ClusterIssuer", "group": "cert-manager.io"},
        "privateKey": {"algorithm": "ECDSA", "size": 256, "rotationPolicy": "Always"}}
    assert sorted(SelfSignedCa.RECOMMENDED) == ["duration", "private_key", "renew_before"]


def test_ca_every_name_configurable():
    c = chart()
    SelfSignedCa(c, "Ca", name="lab-ca", secret_name="lab-ca-key", bootstrap_issuer_name="bootstrap",
                 issuer_name="lab-issuer", common_name="Lab CA")
    names = sorted((o["kind"], o["metadata"]["name"]) for o in cdk8s.Testing.synth(c))
    assert names == [("Certificate", "lab-ca"), ("ClusterIssuer", "bootstrap"), ("ClusterIssuer", "lab-issuer")]


def test_seed000_release_from_the_jetstack_helm_repository(tmp_path):
    def build(app):
        CertManagerRelease(cdk8s.Chart(app, "cm"), "CertManager", chart_url=JETSTACK_HELM_REPOSITORY,
                           chart_version="v1.20.0")
    out = synth_app(build, tmp_path)
    assert out.find("HelmRepository", "cert-manager")["spec"]["url"] == "https://charts.jetstack.io"
    spec = out.find("HelmRelease", "cert-manager")["spec"]
    assert spec["chart"]["spec"]["chart"] == "cert-manager" and spec["chart"]["spec"]["version"] == "v1.20.0"
    assert spec["values"]["crds"]["enabled"] is True and spec["values"]["config"]["enableGatewayAPI"] is True
    assert not out.kinds("OCIRepository")


def test_release_writes_what_is_set_its_preset_the_former_defaults_and_extra_values():
    c = chart()
    config = {"apiVersion": "controller.config.cert-manager.io/v1alpha1", "kind": "ControllerConfiguration",
              "enableGatewayAPI": True}
    plain = CertManagerRelease(c, "a", create_namespace=False)
    assert plain.values == {"crds": {"enabled": True}, "config": config}  # replicas, keep, prometheus: unset
    preset = CertManagerRelease.recommended(create_namespace=False).build(chart(), "p")
    assert preset.values == {"crds": {"enabled": True, "keep": True}, "replicaCount": 1,
                             "prometheus": {"enabled": True, "servicemonitor": {"enabled": False}}, "config": config}
    extra = CertManagerRelease(chart(), "b", crds=False, extra_values={"startupapicheck": {"enabled": False},
                                                                       "crds": {"keep": False}})
    assert extra.values["crds"] == {"enabled": False, "keep": False}
    assert extra.values["startupapicheck"] == {"enabled": False}


def test_namespaced_issuer_with_http01_and_certificate_in_its_namespace():
    c = chart()
    issuer = AcmeIssuer(c, "i", name="le", namespace="network", email="admin@example.com",
                        solvers=[GatewayHttp01("envoy-external", "network")])
    Certificate(c, "cert", name="web", namespace="network", issuer=issuer, dns_names=["example.com"],
                private_key=PrivateKey(algorithm="RSA", size=4096, rotation_policy="Never", encoding="PKCS8"))
    objs = {o["kind"]: o for o in cdk8s.Testing.synth(c)}
    assert objs["Issuer"]["metadata"]["namespace"] == "network"
    assert objs["Issuer"]["spec"]["acme"]["email"] == "admin@example.com"
    assert objs["Issuer"]["spec"]["acme"]["solvers"] == [{"http01": {"gatewayHTTPRoute": {"parentRefs": [
        {"name": "envoy-external", "namespace": "network", "sectionName": "http",
         "group": "gateway.networking.k8s.io", "kind": "Gateway"}]}}}]
    assert objs["Certificate"]["spec"]["issuerRef"] == {"name": "le", "kind": "Issuer"}
    assert objs["Certificate"]["spec"]["secretName"] == "web-tls"
    assert objs["Certificate"]["spec"]["privateKey"] == {"algorithm": "RSA", "size": 4096, "rotationPolicy": "Never",
                                                         "encoding": "PKCS8"}


DNS = "use 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit"
SUB = ("use at most 253 lowercase letters, digits, '-' or '.', each dot-separated part starting and ending with a "
       "letter or digit")


def cert(c, **kw):
    kw = {"name": "web", "namespace": "network", "issuer": "letsencrypt-production", "dns_names": ["example.com"], **kw}
    return Certificate(c, "cert", **kw)


def acme(c, **kw):
    return AcmeIssuer(c, "acme", **{"name": "le", "solvers": [CF], **kw})


BAD = [
    # Certificate
    (lambda c: cert(c, dns_names="example.com"),
     "c/cert: dns_names is not a list or tuple (got 'example.com'); write a list such as ['example.com']"),
    (lambda c: cert(c, dns_names=["exa mple.com"]),
     "c/cert: dns_names[0] is not a DNS name (got 'exa mple.com'); write a name such as 'example.com', or a wildcard "
     "such as '*.example.com'"),
    (lambda c: cert(c, dns_names=[]), "c/cert: certificate names nothing (got []); give dns_names such as "
                                      "['example.com', '*.example.com'], or a common_name"),
    (lambda c: cert(c, usages="digital signature"),
     "c/cert: usages is not a list or tuple (got 'digital signature'); write a list such as ['digital signature']"),
    (lambda c: cert(c, usages=["digital-signature"]),
     "c/cert: usages[0] is unknown (got 'digital-signature'); did you mean digital signature? use one of: "
     + ", ".join(["signing", "digital signature", "content commitment", "key encipherment", "key agreement",
                  "data encipherment", "cert sign", "crl sign", "encipher only", "decipher only", "any",
                  "server auth", "client auth", "code signing", "email protection", "s/mime", "ipsec end system",
                  "ipsec tunnel", "ipsec user", "timestamping", "ocsp signing", "microsoft sgc", "netscape sgc"])),
    (lambda c: cert(c, duration=160), "c/cert: duration is not a Go duration (got 160); write hours, minutes, seconds "
                                      "or milliseconds such as '2160h'"),
    (lambda c: cert(c, duration="30m"), "c/cert: duration is under cert-manager's minimum of 1h (got '30m'); give the "
                                        "certificate a longer life, such as '2160h'"),
    (lambda c: cert(c, duration="160h", renew_before="200h"),
     "c/cert: renew_before is not shorter than the duration (got '200h'); renew before the certificate expires: less "
     "than 160h (cert-manager would renew it forever)"),
    (lambda c: cert(c, renew_before="1m"), "c/cert: renew_before is under cert-manager's minimum of 5m (got '1m'); "
                                           "renew earlier, such as '720h'"),
    (lambda c: cert(c, issuer=3), "c/cert: issuer is not an issuer or a ClusterIssuer name (got 3); pass the issuer "
                                  "object (a SelfSignedCa, an AcmeIssuer, or declare_external(scope, 'ClusterIssuer', "
                                  "name) for one installed elsewhere), or the name of a ClusterIssuer"),
    (lambda c: cert(c, issuer="Lets_Encrypt"), f"c/cert: issuer name is not a DNS subdomain name (got 'Lets_Encrypt'); "
                                               f"{SUB}"),
    (lambda c: cert(c, issuer=AcmeIssuer(c, "i", name="le", namespace="other", solvers=[CF])),
     "c/cert: Issuer le lives outside namespace network (got 'other'); cert-manager only uses an Issuer of the "
     "object's own namespace: declare it in network, or use a ClusterIssuer"),
    (lambda c: cert(c, secret_name=1), "c/cert: secret name is not a string or None (got 1); write a string such as "
                                       "'example-com-tls', or None"),
    (lambda c: cert(c, secret_name="Web_TLS"), f"c/cert: secret name is not a DNS subdomain name (got 'Web_TLS'); {SUB}"),
    (lambda c: cert(c, common_name=5), "c/cert: common name is not a string or None (got 5); write a string such as "
                                       "'example.com', or None"),
    (lambda c: cert(c, common_name="x" * 65), f"c/cert: common name must be 1-64 characters (got '{'x' * 65}'); write "
                                              "a short subject such as 'example.com' (X.509 limits the CN to 64)"),
    (lambda c: cert(c, private_key={"algorithm": "RSA"}),
     "c/cert: private key is not a PrivateKey or None (got {'algorithm': 'RSA'}); pass PrivateKey(algorithm='ECDSA', "
     "size=256), or None"),
    (lambda c: PrivateKey(algorithm="EC"), "PrivateKey.algorithm: algorithm is unknown (got 'EC'); use one of: RSA, "
                                           "ECDSA, Ed25519"),
    (lambda c: PrivateKey(algorithm="ECDSA", size="256"), "PrivateKey.size: size is not an integer or None (got "
                                                          "'256'); write the key's bits, such as 256, or None"),
    (lambda c: PrivateKey(algorithm="ECDSA", size=2048), "PrivateKey.size: size is not a ECDSA key size (got 2048); "
                                                         "use one of: 256, 384, 521"),
    (lambda c: PrivateKey(rotation_policy="always"), "PrivateKey.rotation_policy: rotation policy is unknown (got "
                                                     "'always'); did you mean Always? use one of: Always, Never"),
    (lambda c: (cert(c, secret_name="shared"), Certificate(c, "other", name="other", namespace="network",
                                                           issuer="le", dns_names=["a.com"], secret_name="shared")),
     "c/other: Secret is written by two Certificates (got 'network/shared'); c/cert already writes it; give each "
     "Certificate its own name and secret_name, or build one and share its secret_name"),
    # AcmeIssuer
    (lambda c: acme(c, solvers=CF), "c/acme: solvers is not a list or tuple (got CloudflareDns01(token_secret="
                                    "'cloudflare-issuer-secret', token_key='CLOUDFLARE_DNS_TOKEN', dns_zones=("
                                    "'cloudjur.com',), dns_names=())); write a list such as [CloudflareDns01("
                                    "token_secret='cloudflare-issuer-secret', token_key='CLOUDFLARE_DNS_TOKEN', "
                                    "dns_zones=('cloudjur.com',), dns_names=())]"),
    (lambda c: acme(c, solvers=[]), "c/acme: issuer has no solvers (got []); pass solvers such as [CloudflareDns01("
                                    "token_secret='cloudflare-issuer-secret', dns_zones=['example.com'])] or "
                                    "[GatewayHttp01(gateway='homelab-gateway', namespace='default')]"),
    (lambda c: acme(c, solvers=["cloudflare"]), "c/acme: solvers[0] is not a CloudflareDns01 or GatewayHttp01 (got "
                                                "'cloudflare'); pass solvers such as [CloudflareDns01(token_secret="
                                                "'cloudflare-issuer-secret', dns_zones=['example.com'])] or "
                                                "[GatewayHttp01(gateway='homelab-gateway', namespace='default')]"),
    (lambda c: acme(c, server=1), "c/acme: server is not an https:// URL (got 1); write the ACME directory URL, such "
                                  "as LETSENCRYPT_PRODUCTION"),
    (lambda c: acme(c, server="http://acme.example.com/dir"),
     "c/acme: server is not an https:// URL (got 'http://acme.example.com/dir'); write the ACME directory URL, such "
     "as LETSENCRYPT_PRODUCTION"),
    (lambda c: acme(c, email=["a@b.c"]), "c/acme: email is not a string or None (got ['a@b.c']); write a string such "
                                         "as 'admin@example.com', or None"),
    (lambda c: acme(c, email="admin"), "c/acme: email is not an email address (got 'admin'); write an address such as "
                                       "'admin@example.com'"),
    (lambda c: acme(c, profile=True), "c/acme: profile is not a string or None (got True); write a string such as "
                                      "'shortlived', or None"),
    (lambda c: acme(c, profile="short lived"), "c/acme: profile is not an ACME profile name (got 'short lived'); name "
                                               "a profile the server lists, such as 'shortlived', 'tlsserver' or "
                                               "'classic'"),
    (lambda c: acme(c, private_key_secret=2), "c/acme: private key secret is not a string or None (got 2); write a "
                                              "string such as 'letsencrypt-production', or None"),
    (lambda c: acme(c, namespace="Net"), f"c/acme: namespace is not a DNS label (got 'Net'); {DNS}"),
    (lambda c: (acme(c), AcmeIssuer(c, "again", name="le", solvers=[CF])),
     "c/again: ClusterIssuer is declared twice (got 'le'); c/acme already declares it; give each issuer its own name"),
    (lambda c: CloudflareDns01(token_secret=None), "CloudflareDns01.token_secret: token_secret is not a string (got "
                                                   "None); write a string such as 'cloudflare-issuer-secret'"),
    (lambda c: CloudflareDns01(token_secret="cf", token_key="CF TOKEN"),
     "CloudflareDns01.token_key: token_key is not a Secret key (got 'CF TOKEN'); use letters, digits, '-', '_' or '.', "
     "such as 'CLOUDFLARE_DNS_TOKEN'"),
    (lambda c: CloudflareDns01(token_secret="cf", dns_zones="cloudjur.com"),
     "CloudflareDns01.dns_zones: dns_zones is not a list or tuple (got 'cloudjur.com'); write a tuple such as "
     "('cloudjur.com',)"),
    (lambda c: CloudflareDns01(token_secret="cf", dns_zones=["cloud jur.com"]),
     "CloudflareDns01.dns_zones[0]: zone is not a DNS name (got 'cloud jur.com'); write a zone such as 'example.com'"),
    (lambda c: GatewayHttp01(gateway="gw", namespace=None),
     f"GatewayHttp01.namespace: namespace is not a DNS label (got None); {DNS}"),
    # SelfSignedCa
    (lambda c: SelfSignedCa(c, "ca", private_key=None), "c/ca: private key is not a PrivateKey (got None); pass "
                                                        "PrivateKey(algorithm='ECDSA', size=256)"),
    (lambda c: SelfSignedCa(c, "ca", bootstrap_issuer_name="Boot"),
     f"c/ca: bootstrap issuer name is not a DNS label (got 'Boot'); {DNS}"),
    (lambda c: (SelfSignedCa(c, "ca"), acme(c, name="homelab-ca-issuer")),
     "c/acme: ClusterIssuer is declared twice (got 'homelab-ca-issuer'); c/ca already declares it; give each issuer "
     "its own name"),
    # CertManagerRelease
    (lambda c: CertManagerRelease(c, "cm", crds="yes"), "c/cm: crds must be True or False (got 'yes'); write True or "
                                                        "False"),
    (lambda c: CertManagerRelease(c, "cm", dns01_recursive_nameservers="1.1.1.1:53,9.9.9.9:53"),
     "c/cm: dns01_recursive_nameservers is not a list or tuple (got '1.1.1.1:53,9.9.9.9:53'); write a list such as "
     "['1.1.1.1:53', '9.9.9.9:53']"),
    (lambda c: CertManagerRelease(c, "cm", dns01_recursive_nameservers=["1.1.1.1"]),
     "c/cm: dns01_recursive_nameservers[0] is not a nameserver address (got '1.1.1.1'); write 'address:port' such as "
     "'1.1.1.1:53' ('[2606:4700::1111]:53'), or a DNS-over-HTTPS URL"),
    (lambda c: CertManagerRelease(c, "cm", dns01_recursive_nameservers=[]),
     "c/cm: dns01_recursive_nameservers is empty (got []); name at least one, or pass None"),
    (lambda c: CertManagerRelease(c, "cm", dns01_recursive_nameservers_only="true"),
     "c/cm: dns01_recursive_nameservers_only must be True or False (got 'true'); write True or False"),
    (lambda c: CertManagerRelease(c, "cm", dns01_recursive_nameservers_only=True),
     "c/cm: dns01_recursive_nameservers_only needs dns01_recursive_nameservers (got None); name the resolvers, such "
     "as ['1.1.1.1:53', '9.9.9.9:53']"),
    (lambda c: CertManagerRelease(c, "cm", chart_url=None),
     "c/cm: chart URL is not an oci:// or https:// URL (got None); write an oci:// address such as "
     "'oci://quay.io/jetstack/charts/cert-manager' or a Helm repository such as 'https://charts.jetstack.io'"),
    (lambda c: CertManagerRelease(c, "cm", chart_url="http://charts.jetstack.io"),
     "c/cm: chart URL is not an oci:// or https:// URL (got 'http://charts.jetstack.io'); write an oci:// address "
     "such as 'oci://quay.io/jetstack/charts/cert-manager' or a Helm repository such as 'https://charts.jetstack.io'"),
    (lambda c: CertManagerRelease(c, "cm", extra_values=[("a", 1)]),
     "c/cm: extra_values is not a mapping (got [('a', 1)]); write a dict such as {'startupapicheck': {'enabled': "
     "False}}"),
    (lambda c: CertManagerRelease(c, "cm", extra_values={"x": {1, 2}}),
     "c/cm: extra_values.x is not a JSON value (set) (got {1, 2}); write a list, such as sorted(...)"),
]


@pytest.mark.parametrize("build,message", BAD, ids=[str(i) for i in range(len(BAD))])
def test_bad_input(build, message):
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        build(chart())
