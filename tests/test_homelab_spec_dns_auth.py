"""A HomelabSpec holds ExternalDNS instances and per-route auth like the rest of the homelab:
each is its construct's props, built in its chart with the homelab's presets."""
from homelab_constructs import (
    ExternalDns,
    Homelab,
    HomelabApp,
    HomelabGateway,
    HomelabSpec,
    IsolationSpec,
    OidcAuth,
    SecurityPolicy,
    adguard_home_provider,
)

import cdk8s
import pytest

APPS = (HomelabApp.props(name="grafana", port=3000, namespace="monitoring"),)
OIDC = OidcAuth(issuer="https://auth.homelab.local/oauth2/openid/grafana", client_id="grafana",
                client_secret="grafana-oidc")


def _lab(**kw) -> Homelab:
    spec = HomelabSpec(domain="homelab.local", apps=APPS, gateway=HomelabGateway.props(gateway_class="envoy"),
                       isolation=IsolationSpec(enabled=False), **kw)
    return Homelab(cdk8s.Testing.app(), "Homelab", spec)


def test_external_dns_and_security_policies_are_built_from_the_spec():
    lab = _lab(external_dns=(ExternalDns.props(provider=adguard_home_provider("http://192.168.1.2"),
                                               namespace="network", name="external-dns-lan"),),
               security_policies=(SecurityPolicy.props(target="grafana", namespace="monitoring", oidc=OIDC),))
    (dns,) = lab.external_dns
    (policy,) = lab.security_policies
    assert dns.node.path == "external-dns/ExternalDns0" and dns.namespace == "network"
    assert policy.node.path == "security/SecurityPolicy0"
    objects = {o["kind"]: o for o in cdk8s.Testing.synth(lab.charts["security"])}
    assert objects["SecurityPolicy"]["spec"]["targetRefs"][0]["name"] == "grafana"
    assert HomelabSpec().external_dns == () and HomelabSpec().security_policies == ()  # none by default


def test_the_spec_refuses_what_is_not_their_props():
    with pytest.raises(ValueError, match=r"^HomelabSpec.external_dns"):
        HomelabSpec(external_dns=("cloudflare",))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^HomelabSpec.security_policies"):
        HomelabSpec(security_policies=SecurityPolicy.props(target="grafana", oidc=OIDC))  # type: ignore[arg-type]


def test_an_acme_only_homelab_has_no_self_signed_ca(tmp_path):
    from homelab_constructs import AcmeIssuer, CloudflareDns01, synth

    issuer = AcmeIssuer.props(name="letsencrypt-production", email="admin@homelab.local",
                              solvers=[CloudflareDns01(token_secret="cloudflare-token", dns_zones=("homelab.local",))])
    spec = HomelabSpec(domain="homelab.local", apps=APPS, ca=None, issuers=(issuer,),
                       gateway=HomelabGateway.props(cluster_issuer="letsencrypt-production"),
                       isolation=IsolationSpec(enabled=False))
    app = cdk8s.App(outdir=str(tmp_path))
    lab = Homelab(app, "Homelab", spec)
    synth(app)  # every whole-app check passes: the gateway's issuer is the spec's
    assert lab.ca is None and [i.name for i in lab.issuers] == ["letsencrypt-production"]
    kinds = [(o["kind"], o["metadata"]["name"]) for o in cdk8s.Testing.synth(lab.charts["certificates"])]
    assert kinds == [("ClusterIssuer", "letsencrypt-production")]
    gateway = next(o for o in cdk8s.Testing.synth(lab.charts["gateway"]) if o["kind"] == "Gateway")
    assert gateway["metadata"]["annotations"]["cert-manager.io/cluster-issuer"] == "letsencrypt-production"


def test_without_a_ca_the_gateway_names_its_issuer():
    with pytest.raises(ValueError, match=r"^HomelabSpec.ca: the homelab has no CA and the gateway's props name no "
                                         r"issuer \(got None\); name the gateway's issuer"):
        HomelabSpec(ca=None)
