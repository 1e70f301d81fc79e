"""Objects declared to live outside the app (external.py): the whole-app rules accept references to
them, in synth() and in `validate` over the written directory; undeclared ones stay errors."""
from __future__ import annotations

import re

from homelab_constructs import Certificate, HomelabGateway, HomelabValidationError, synth
from homelab_constructs.declared import ExternalObject, declare_external
from homelab_constructs.validation import validate_dir

import cdk8s
import pytest
from conftest import synth_app


def gateway(app: cdk8s.App, issuer) -> None:
    HomelabGateway(cdk8s.Chart(app, "gateway"), "Gateway", domain="cloudjur.com", cluster_issuer=issuer)


def test_external_cluster_issuer_accepted_and_written_beside_the_manifests(tmp_path):
    def build(app):
        gateway(app, declare_external(cdk8s.Chart(app, "refs"), "ClusterIssuer", "letsencrypt-production"))
    out = synth_app(build, tmp_path)
    annotations = out.kinds("Gateway")[0]["metadata"]["annotations"]
    assert annotations["cert-manager.io/cluster-issuer"] == "letsencrypt-production"
    listed = (tmp_path / "external-objects.txt").read_text().splitlines()
    assert [line for line in listed if not line.startswith("#")] == ["ClusterIssuer letsencrypt-production"]
    report = validate_dir(tmp_path)
    assert not [p for p in report.problems if "ClusterIssuer" in str(p)]
    (tmp_path / "external-objects.txt").unlink()  # without the declarations, validate refuses it
    assert any("ClusterIssuer does not exist in the app (got 'letsencrypt-production')" in str(p)
               for p in validate_dir(tmp_path).problems)


def test_undeclared_issuer_stays_an_error(tmp_path):
    app = cdk8s.App(outdir=str(tmp_path))
    gateway(app, "letsencrypt-production")
    with pytest.raises(HomelabValidationError, match=re.escape(
            "ClusterIssuer does not exist in the app (got 'letsencrypt-production'); use one of: none, or declare one "
            "installed elsewhere (declare_external(scope, 'ClusterIssuer', 'letsencrypt-production'))")):
        synth(app)


def test_external_store_secret_and_issuer_for_certificates(tmp_path):
    def build(app):
        c = cdk8s.Chart(app, "certs")
        issuer = declare_external(c, "Issuer", "local-ca", "network")
        Certificate(c, "Cert", name="web", namespace="network", issuer=issuer, dns_names=["web.example.com"])
        assert declare_external(c, "Issuer", "local-ca", "network") is issuer  # once per app
        declare_external(c, "Secret", "wildcard-tls", "default")
    out = synth_app(build, tmp_path)
    assert out.find("Certificate", "web")["spec"]["issuerRef"] == {"name": "local-ca", "kind": "Issuer"}


def test_declared_but_written_is_an_error(tmp_path):
    from homelab_constructs import SelfSignedCa

    app = cdk8s.App(outdir=str(tmp_path))
    c = cdk8s.Chart(app, "c")
    SelfSignedCa(c, "Ca")
    declare_external(c, "ClusterIssuer", "homelab-ca-issuer")
    with pytest.raises(HomelabValidationError, match=re.escape(
            "c/Ca/Issuer: metadata.name: object is declared external but the app writes it (got 'ClusterIssuer "
            "homelab-ca-issuer'); drop the declaration, or stop writing the object")):
        synth(app)


def test_two_certificates_in_one_secret_rule(tmp_path):
    """The manifest rule (a Secret written by a Certificate and by another writer), as validate sees it."""
    from homelab_constructs.validation.references import certificate_secret_problems

    cert = {"apiVersion": "cert-manager.io/v1", "kind": "Certificate",
            "metadata": {"name": "a", "namespace": "network"}, "spec": {"secretName": "tls"}}
    secret = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "tls", "namespace": "network"}}
    (problem,) = certificate_secret_problems({"Certificate": [("a.yaml", cert)], "Secret": [("b.yaml", secret)]})
    assert (problem.file, problem.path) == ("a.yaml", "spec.secretName")
    assert problem.message == ("Secret is written twice (got network/tls); Secret network/tls (b.yaml) writes it "
                               "too; give each its own Secret")


def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


DNS = "use 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit"
BAD = [
    (lambda c: ExternalObject(c, "x", kind="Certificate", name="a"),
     "c/x: external object kind is unknown (got 'Certificate'); use one of: ClusterIssuer, Issuer, ClusterSecretStore, "
     "SecretStore, Secret, Namespace"),
    (lambda c: ExternalObject(c, "x", kind=None, name="a"),
     "c/x: external object kind is unknown (got None); use one of: ClusterIssuer, Issuer, ClusterSecretStore, "
     "SecretStore, Secret, Namespace"),
    (lambda c: ExternalObject(c, "x", kind="Secret", name="a"),
     "c/x: a Secret lives in a namespace, and none is given (got None); pass the namespace it lives in, such as "
     "namespace='network'"),
    (lambda c: ExternalObject(c, "x", kind="Namespace", name="media", namespace="network"),
     "c/x: a Namespace is cluster-wide and has no namespace (got 'network'); leave namespace out (None)"),
    (lambda c: ExternalObject(c, "x", kind="Namespace", name="Media"),
     "c/x: Namespace name is not a DNS label (got 'Media'); " + DNS),
    (lambda c: ExternalObject(c, "x", kind="ClusterIssuer", name="a", namespace="network"),
     "c/x: a ClusterIssuer is cluster-wide and has no namespace (got 'network'); leave namespace out (None)"),
    (lambda c: ExternalObject(c, "x", kind="Secret", name="a", namespace=3),
     "c/x: namespace is not a string or None (got 3); write a string such as 'network', or None"),
    (lambda c: ExternalObject(c, "x", kind="Secret", name="a", namespace="Net"),
     f"c/x: namespace is not a DNS label (got 'Net'); {DNS}"),
    (lambda c: ExternalObject(c, "x", kind="ClusterSecretStore", name=["vault"]),
     "c/x: ClusterSecretStore name is not a DNS subdomain name (got ['vault']); use at most 253 lowercase letters, "
     "digits, '-' or '.', each dot-separated part starting and ending with a letter or digit"),
    (lambda c: (ExternalObject(c, "x", kind="ClusterSecretStore", name="vault"),
                ExternalObject(c, "y", kind="ClusterSecretStore", name="vault")),
     "c/y: ClusterSecretStore is declared external twice (got 'vault'); c/x declares it already; declare it once "
     "(declare_external returns the existing declaration)"),
]


@pytest.mark.parametrize("build,message", BAD, ids=[str(i) for i in range(len(BAD))])
def test_bad_input(build, message):
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        build(chart())


def test_external_objects_file_round_trip_and_errors(tmp_path):
    from homelab_constructs.validation.references import read_external_objects, write_external_objects

    keys = {("", "Secret", "network", "cloudjur-com-tls"), ("cert-manager.io", "ClusterIssuer", "", "letsencrypt")}
    write_external_objects(tmp_path, keys)
    assert read_external_objects(tmp_path) == keys
    text = (tmp_path / "external-objects.txt").read_text()
    assert text.splitlines()[-2:] == ["ClusterIssuer letsencrypt", "Secret network/cloudjur-com-tls"]
    (tmp_path / "external-objects.txt").write_text("Deployment x\n")
    with pytest.raises(ValueError, match=r"external-objects.txt:1: not '<kind> \[<namespace>/\]<name>'"):
        read_external_objects(tmp_path)
    write_external_objects(tmp_path, set())
    assert not (tmp_path / "external-objects.txt").exists()
