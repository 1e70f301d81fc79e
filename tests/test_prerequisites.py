"""What must exist first (homelab_constructs/delivery/prerequisites.py): the CRD groups no release
installs and the Secrets the bundle reads but does not write, written by synth() in
prerequisites.txt with the construct that needs each, printed by `synth`, checked by `validate`."""
from __future__ import annotations

import argparse
import io

from homelab_constructs import (
    AcmeIssuer,
    CloudflareDns01,
    OidcAuth,
    SecurityPolicy,
    synth,
)
from homelab_constructs.delivery.prerequisites import (
    PREREQUISITES_FILE,
    prerequisite_problems,
    prerequisites_of,
    read_prerequisites,
)
from homelab_constructs.tools.cli import validate

import cdk8s
from conftest import crds_dir


def _secret(ns: str, name: str, key: str) -> dict:
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d", "namespace": ns},
            "spec": {"template": {"spec": {"containers": [{"name": "c", "env": [
                {"name": "T", "valueFrom": {"secretKeyRef": {"name": name, "key": key}}}]}]}}}}


def test_a_secret_read_and_not_written_is_a_prerequisite():
    objects = [("f.yaml", _secret("network", "token", "TOKEN"))]
    (item,) = prerequisites_of(objects)
    assert item.line() == ("secret network/token TOKEN: Deployment network/d "
                           "spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef")
    written = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "token", "namespace": "network"}}
    assert prerequisites_of(objects + [("s.yaml", written)]) == []


def test_a_release_reads_its_values_secrets_in_its_target_namespace():
    release = {"apiVersion": "helm.toolkit.fluxcd.io/v2", "kind": "HelmRelease",
               "metadata": {"name": "external-dns", "namespace": "flux-system"},
               "spec": {"targetNamespace": "network", "values": {"env": [
                   {"name": "CF_API_TOKEN", "valueFrom": {"secretKeyRef": {"name": "cf", "key": "api-token"}}}]}}}
    assert [p.what for p in prerequisites_of([("f.yaml", release)]) if p.kind == "secret"] == ["network/cf api-token"]


def _app(tmp_path) -> cdk8s.App:
    app = cdk8s.App(outdir=str(tmp_path / "dist"))
    chart = cdk8s.Chart(app, "tls")
    AcmeIssuer(chart, "Acme", name="letsencrypt", email="me@lab.example",
               solvers=[CloudflareDns01(token_secret="cloudflare-token", token_key="api-token")])
    SecurityPolicy(chart, "Oidc", target="grafana", namespace="default", name="grafana-oidc", oidc=OidcAuth(
        issuer="https://auth.lab.example/oauth2/openid/grafana", client_id="grafana", client_secret="grafana-oidc"))
    return app


def test_synth_writes_each_prerequisite_with_its_construct(tmp_path):
    synth(_app(tmp_path))
    lines = (tmp_path / "dist" / PREREQUISITES_FILE).read_text().splitlines()
    body = [line for line in lines if not line.startswith("#")]
    assert "crd gateway.envoyproxy.io: SecurityPolicy default/grafana-oidc (tls/Oidc/Resource)" in body
    assert any(line.startswith("secret cert-manager/cloudflare-token api-token: ClusterIssuer letsencrypt "
                               "spec.acme.solvers[0].dns01.cloudflare.apiTokenSecretRef (tls/Acme/") for line in body)
    assert any(line.startswith("secret default/grafana-oidc client-secret: SecurityPolicy default/grafana-oidc "
                               "spec.oidc.clientSecret (tls/Oidc/") for line in body)


def _validate(directory) -> tuple[int, str]:
    args = argparse.Namespace(node_cidr=[], pod_cidr=[], service_cidr=[], crds=crds_dir())
    err = io.StringIO()
    return validate(directory, args, out=io.StringIO(), err=err), err.getvalue()


def test_validate_reads_the_file_and_says_when_it_is_stale(tmp_path):
    synth(_app(tmp_path))
    dist = tmp_path / "dist"
    assert _validate(dist) == (0, "")
    path = dist / PREREQUISITES_FILE
    text = path.read_text()
    path.write_text(text.replace("secret default/grafana-oidc", "secret default/other"))
    code, err = _validate(dist)
    assert code == 1
    assert "secret default/grafana-oidc client-secret: <root>: the bundle needs it and prerequisites.txt does not list it" in err
    assert "secret default/other client-secret: <root>: listed but the bundle does not need it" in err
    path.write_text("crd\n")
    assert _validate(dist)[0] == 2
    path.unlink()  # no file: nothing to check against
    assert _validate(dist)[0] == 0 and read_prerequisites(dist) is None
    assert prerequisite_problems([], None) == []


def test_the_default_homelabs_prerequisites(default_homelab):
    items = prerequisites_of(default_homelab.pairs())
    groups = [p.what for p in items if p.kind == "crd"]
    assert {"gateway.networking.k8s.io", "external-secrets.io"} <= set(groups)
    assert "cert-manager.io" not in groups  # its release installs it
