"""Issue 19 audit: the examples of bad input that were not yet refused with a clear
``<construct path>: <what> (got <value>); <fix>`` error (or a whole-app error naming the
construct), each with its exact message."""
from __future__ import annotations

from homelab_constructs import BgpPeer, BgpPeering, ExternalService, HomelabValidationError, MultusRelease
from homelab_constructs.apps.vpn import VpnPod
from homelab_constructs.delivery.kustomization import flux_kustomization

import cdk8s
import pytest
from bad_input import Case, app, build

DNS_1035_FIX = "use 1-63 lowercase letters, digits or '-', starting with a letter and ending with a letter or digit"
ROUTER = BgpPeer(name="router", address="10.10.30.1", asn=64513)


def twice(build_one):
    """Two constructs x1 and x2 in one chart, each writing the same object."""
    return lambda c: [build_one(c, "x1"), build_one(c, "x2")]


CASES = [
    # a Service name is a DNS-1035 label: the API server refuses '1password'
    Case("app-name-starts-with-digit", lambda c: app(c, name="1password"),
         f"c/a: app name (its Service's name) is not a DNS-1035 label (got '1password'); {DNS_1035_FIX}, "
         "or pass service_name=<a Service name>"),
    Case("app-service-name-starts-with-digit", lambda c: app(c, name="op", service_name="1password"),
         f"c/a: service name is not a DNS-1035 label (got '1password'); {DNS_1035_FIX}"),
    Case("app-service-name-wrong-type", lambda c: app(c, service_name=["sonarr"]),
         "c/a: service name is not a string or None (got ['sonarr']); write a string such as "
         "'kube-prometheus-stack-grafana', or None"),
    Case("external-service-starts-with-digit",
         lambda c: ExternalService(c, "e", name="1password", namespace="auth", addresses=["192.168.1.5"],
                                   ports={"http": 80}),
         f"c/e: service name is not a DNS-1035 label (got '1password'); {DNS_1035_FIX}"),
    Case("vpn-name-starts-with-digit", lambda c: VpnPod(c, "v", store="vault", name="1qbit"),
         f"c/v: app name (its Service's name) is not a DNS-1035 label (got '1qbit'); {DNS_1035_FIX}"),
    # a single object where a list belongs
    Case("bgp-one-peer-not-a-list", lambda c: BgpPeering(c, "bgp", local_asn=64512, peers=ROUTER),
         "c/bgp: peers is one BgpPeer, not a list of them (got BgpPeer(name='router', address='10.10.30.1', "
         "asn=64513, peer_config=None)); write peers=[BgpPeer(name='router', address='10.10.30.1', asn=64513, "
         "peer_config=None)]"),
    # the same object twice in ONE chart: the whole-app error names the construct that writes it again
    Case("app-twice-in-one-chart", twice(lambda c, i: app(c, i)),
         "c/x2/Service: metadata.name: the same object is written twice in c.k8s.yaml (got 'Service media/sonarr'); "
         "give one of them another name, or write it once", manifests=True),
    Case("bgp-peering-twice-in-one-chart",
         twice(lambda c, i: BgpPeering(c, i, local_asn=64512, peers=[ROUTER])),
         "c/x2/ClusterConfig: metadata.name: the same object is written twice in c.k8s.yaml (got "
         "'CiliumBGPClusterConfig bgp'); give one of them another name, or write it once", manifests=True),
    Case("flux-kustomization-twice-in-one-chart",
         twice(lambda c, i: flux_kustomization(c, name="apps", namespace="flux-system", path="./apps", id=i)),
         "c/x2/Resource: metadata.name: the same object is written twice in c.k8s.yaml (got "
         "'Kustomization flux-system/apps'); give one of them another name, or write it once", manifests=True),
    Case("multus-twice-in-one-chart", twice(lambda c, i: MultusRelease(c, i)),
         "c/x2/Release: metadata.name: the same object is written twice in c.k8s.yaml (got "
         "'HelmRelease kube-system/multus'); give one of them another name, or write it once", manifests=True),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_refused(case: Case) -> None:
    error = HomelabValidationError if case.manifests else ValueError
    with pytest.raises(error) as caught:
        build(case)
    assert str(caught.value).splitlines()[0] == case.message


def test_a_service_name_starting_with_a_letter_is_taken() -> None:
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    assert app(chart, name="onepassword").service_name == "onepassword"
    assert app(chart, "b", name="op", service_name="op-web").service_name == "op-web"


def test_the_same_object_in_two_charts_is_still_named_by_its_file() -> None:
    root = cdk8s.Testing.app()
    first, second = cdk8s.Chart(root, "c"), cdk8s.Chart(root, "d")
    MultusRelease(first, "m")
    MultusRelease(second, "m")
    from homelab_constructs import synth
    with pytest.raises(HomelabValidationError) as caught:
        synth(root)
    assert str(caught.value).splitlines()[0] == (
        "d/m/Release: metadata.name: the same object is written twice, in c.k8s.yaml and d.k8s.yaml (got "
        "'HelmRelease kube-system/multus'); give one of them another name, or write it once")


def test_an_app_of_the_spec_named_like_1password_is_refused_with_its_path() -> None:
    from homelab_constructs import Homelab, HomelabApp, HomelabSpec

    spec = HomelabSpec(apps=(HomelabApp.props(name="1password", port=80, namespace="auth"),))
    with pytest.raises(ValueError) as error:
        Homelab(cdk8s.Testing.app(), "Homelab", spec)
    assert str(error.value) == (
        f"apps-auth/1password: app name (its Service's name) is not a DNS-1035 label (got '1password'); {DNS_1035_FIX}, "
        "or pass service_name=<a Service name>")
