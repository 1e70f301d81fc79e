"""Objects, not names: props that reference another object of the library take the object
(an issuer, an app, a gateway, a secret store); the name forms stay for what no construct of
the app stands for, and write the same manifests. The bad inputs are rows of
``test_bad_input_catalogue.py``."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from homelab_constructs import (
    EgressGrant,
    HomelabApp,
    HomelabGateway,
    HttpsRedirect,
    NamespaceIsolation,
    SelfSignedCa,
    SyncedSecret,
    ToService,
    VaultSecretStore,
    synth,
)
from homelab_constructs.tls.issuer import Issuer

import cdk8s
from cdk8s import ApiObjectMetadata

from imports.homelab_certmanager.io import cert_manager as cm

CLUSTER_ISSUER = "cert-manager.io/cluster-issuer"
ISSUER = "cert-manager.io/issuer"


def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def annotations(gateway: HomelabGateway) -> dict[str, str]:
    return gateway.api_object("Gateway").to_json()["metadata"]["annotations"]


@dataclass(frozen=True)
class LabIssuer:
    """A namespaced Issuer declared outside the library's constructs: the protocol by hand."""

    issuer_name: str = "lab-issuer"
    issuer_namespace: Optional[str] = "network"
    issuer_kind: str = "Issuer"


# ---- HomelabGateway(cluster_issuer=...)

def test_self_signed_ca_is_an_issuer():
    ca = SelfSignedCa(chart(), "ca", name="lab-ca")
    assert isinstance(ca, Issuer)
    assert (ca.issuer_kind, ca.issuer_name, ca.issuer_namespace) == ("ClusterIssuer", "lab-ca-issuer", None)
    assert not isinstance("lab-ca-issuer", Issuer)


def test_gateway_takes_the_ca_and_writes_its_cluster_issuer():
    c = chart()
    ca = SelfSignedCa(c, "ca", issuer_name="lab-issuer")
    gateway = HomelabGateway(c, "gw", domain="homelab.local", cluster_issuer=ca)
    assert annotations(gateway) == {CLUSTER_ISSUER: "lab-issuer"}
    assert gateway.issuer is ca
    assert (gateway.issuer_kind, gateway.issuer_name, gateway.cluster_issuer) == ("ClusterIssuer", "lab-issuer",
                                                                                  "lab-issuer")
    synth(c.node.root)  # the manifest rule finds the CA's ClusterIssuer


def test_the_name_form_writes_the_same_gateway():
    """A ClusterIssuer's name stays accepted (one installed by another repo): the same Gateway."""
    by_object, by_name = chart(), chart()
    HomelabGateway(by_object, "gw", domain="homelab.local", cluster_issuer=SelfSignedCa(by_object, "ca"))
    gateway = HomelabGateway(by_name, "gw", domain="homelab.local", cluster_issuer="homelab-ca-issuer")
    assert gateway.issuer is None and gateway.issuer_kind == "ClusterIssuer"
    gateways = [next(o for o in cdk8s.Testing.synth(c) if o["kind"] == "Gateway") for c in (by_object, by_name)]
    assert gateways[0] == gateways[1]


def test_a_namespaced_issuer_is_written_as_the_issuer_annotation():
    c = chart()
    cm.Issuer(c, "Issuer", metadata=ApiObjectMetadata(name="lab-issuer", namespace="network"),
              spec=cm.IssuerSpec(self_signed=cm.IssuerSpecSelfSigned()))
    gateway = HomelabGateway(c, "gw", domain="homelab.local", namespace="network", cluster_issuer=LabIssuer())
    assert annotations(gateway) == {ISSUER: "lab-issuer"}
    assert gateway.issuer_kind == "Issuer"
    synth(c.node.root)  # the Issuer of the gateway's namespace exists


def test_annotations_given_by_hand_still_win():
    gateway = HomelabGateway(chart(), "gw", domain="homelab.local", cluster_issuer="homelab-ca-issuer",
                             annotations={CLUSTER_ISSUER: "other-issuer"})
    assert annotations(gateway) == {CLUSTER_ISSUER: "other-issuer"}


# ---- ToService(app)

def _egress(target) -> list[dict]:
    c = chart()
    qbit = HomelabApp(c, "qbit", name="qbit", namespace="downloads", port=80, target_port=8080)
    sonarr = HomelabApp(c, "sonarr", name="sonarr", namespace="media", port=8989)
    NamespaceIsolation(c, "iso", namespace="media", apps=[sonarr],
                       egress=[EgressGrant("media", "sonarr", (target(qbit),))])
    return cdk8s.Testing.synth(c)


def test_to_service_takes_the_app():
    by_object = _egress(lambda qbit: ToService(qbit))
    assert by_object == _egress(lambda qbit: ToService("qbit", "downloads"))
    policy = next(o for o in by_object if o["metadata"]["name"] == "sonarr-egress")
    assert policy["spec"]["egress"][0]["toPorts"][0]["ports"] == [{"port": "8080", "protocol": "TCP"}]  # target port
    assert any(o["metadata"]["namespace"] == "downloads" for o in by_object if o["kind"] == "CiliumNetworkPolicy")


def test_to_service_of_an_app_is_the_named_intent():
    qbit = HomelabApp(chart(), "qbit", name="qbit", namespace="downloads", port=8080)
    intent = ToService(qbit)
    assert intent == ToService("qbit", "downloads") and intent.app is qbit
    assert (intent.name, intent.namespace) == ("qbit", "downloads")
    assert ToService(qbit, "downloads") == intent  # its own namespace, said again: fine
    assert ToService("qbit", "downloads").app is None


# ---- gateways and secret stores: the object or a name, the same output

def test_app_takes_the_gateway_or_its_name():
    outputs = []
    for by_name in (False, True):
        c = chart()
        gateway = HomelabGateway(c, "gw", domain="homelab.local", cluster_issuer="homelab-ca-issuer",
                                 https_redirect=False)
        HttpsRedirect(c, "redirect", gateways=(gateway,))  # a tuple is a sequence too
        HomelabApp(c, "a", name="sonarr", namespace="media", port=8989,
                   gateway="homelab-gateway" if by_name else gateway)
        outputs.append(cdk8s.Testing.synth(c))
    assert outputs[0] == outputs[1]


def test_secret_takes_the_store_or_its_name():
    outputs = []
    for by_name in (False, True):
        c = chart()
        store = VaultSecretStore(c, "vault", server="http://vault.vault.svc.cluster.local:8200")
        SyncedSecret(c, "s", name="vpn", namespace="downloads", store="vault" if by_name else store,
                     remote_key="homelab/vpn", keys={"OPENVPN_USER": "username"})
        synth(c.node.root)  # the store named by string exists
        outputs.append(cdk8s.Testing.synth(c))
    assert outputs[0] == outputs[1]
