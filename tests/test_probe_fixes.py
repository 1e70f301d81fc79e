"""Bad input found by a first-time user's probe: each now fails with one clear line."""
from __future__ import annotations

import io

import homelab_constructs as hc
from homelab_constructs.tools.cli import run_app

import cdk8s
import pytest


def _gateway(chart: cdk8s.Chart, **listener: object) -> hc.HomelabGateway:
    return hc.HomelabGateway(chart, "gw", name="g", namespace="network", domain="lab.example", cluster_issuer=None,
                             https_redirect=False, listeners=[hc.Listener("http", "HTTP", 80, **listener)])


def test_missing_required_prop_is_one_line() -> None:
    app = cdk8s.App()
    with pytest.raises(ValueError) as e:
        hc.HomelabApp(cdk8s.Chart(app, "apps"), "x", name="x", namespace="monitoring")  # type: ignore[call-arg]
    assert str(e.value) == ("apps/x: HomelabApp needs the keyword argument port (got ['name', 'namespace']); "
                            "pass port=...; see help(HomelabApp)")


def test_misspelt_prop_suggests_the_right_one() -> None:
    app = cdk8s.App()
    with pytest.raises(ValueError) as e:
        hc.HomelabApp(cdk8s.Chart(app, "apps"), "x", name="x", namespace="monitoring", prot=3000)  # type: ignore
    assert str(e.value) == ("apps/x: HomelabApp takes no argument prot (got 'prot'); did you mean port=? "
                            "see help(HomelabApp) for its keyword arguments")


def test_run_app_reports_a_missing_prop_without_a_stack() -> None:
    err = io.StringIO()
    code = run_app(lambda app: hc.HomelabApp(cdk8s.Chart(app, "apps"), "x", name="x", namespace="m"), err=err)
    assert code == 1
    assert err.getvalue() == ("error: apps/x: HomelabApp needs the keyword argument port (got ['name', 'namespace']);"
                              " pass port=...; see help(HomelabApp)\n")


def test_following_the_fix_works() -> None:
    app = cdk8s.App()
    made = hc.HomelabApp(cdk8s.Chart(app, "apps"), "x", name="x", namespace="monitoring", port=3000)
    assert made.node.path == "apps/x"


@pytest.mark.parametrize("address", ["127.0.0.1", "169.254.1.1", "0.0.0.0", "::1", "fe80::1", "224.0.0.5"])
def test_external_service_refuses_addresses_the_api_server_refuses(address: str) -> None:
    app = cdk8s.App()
    with pytest.raises(ValueError) as e:
        hc.ExternalService(cdk8s.Chart(app, "c"), "Nas", name="nas", namespace="network", addresses=[address],
                           ports={"https": 9090})
    assert str(e.value) == (f"c/Nas: endpoint address is unspecified, loopback or link-local (got '{address}'); "
                            "list the machine's LAN address, such as '192.168.1.10' (the API server refuses these "
                            "in an EndpointSlice)")


def test_external_service_keeps_lan_addresses() -> None:
    app = cdk8s.App()
    svc = hc.ExternalService(cdk8s.Chart(app, "c"), "Nas", name="nas", namespace="network",
                             addresses=["10.0.0.5", "224.0.1.1"], ports={"https": 9090})
    assert [str(ip) for ip in svc.addresses] == ["10.0.0.5", "224.0.1.1"]


def test_listener_hostname_is_no_ip() -> None:
    with pytest.raises(ValueError) as e:
        hc.Listener("web", "HTTP", 80, hostname="192.168.1.5")
    assert str(e.value) == ("Listener web.hostname: hostname is an IP address (got '192.168.1.5'); write a DNS name "
                            "such as 'nas.homelab.local' (Gateway API: IPs are not allowed), or leave the hostname out "
                            "to match every name")


def test_route_hostname_is_no_ip() -> None:
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "c")
    gw = _gateway(chart)
    with pytest.raises(ValueError) as e:
        hc.HttpRoute(chart, "r", name="api", namespace="network", parents=gw.listener("http"), hostnames=["10.0.0.1"],
                     rules=[hc.HttpRule(backends=(hc.BackendRef("api", 8080),))])
    assert str(e.value) == ("c/r: hostname is an IP address (got '10.0.0.1'); write a DNS name such as "
                            "'nas.homelab.local' (Gateway API: IPs are not allowed), or leave the hostname out to "
                            "match every name")


@pytest.mark.parametrize("filt", [hc.UrlRewrite(path_prefix="/"), hc.RequestRedirect(path_prefix="/new")])
def test_prefix_replacement_needs_a_path_prefix_match(filt: object) -> None:
    backends = (hc.BackendRef("api", 8080),) if isinstance(filt, hc.UrlRewrite) else ()
    with pytest.raises(ValueError) as e:
        hc.HttpRule(matches=(hc.HttpMatch(path="/v1", path_type="Exact"),), filters=(filt,),  # type: ignore[arg-type]
                    backends=backends)
    assert str(e.value) == ("HttpRule.matches: path_prefix replaces a PathPrefix match only (got HttpMatch(path='/v1', "
                            "path_type='Exact', headers={}, method=None)); match with "
                            "path_type='PathPrefix', or replace the whole path with full_path= (Gateway API: the route "
                            "is not accepted otherwise)")


def test_prefix_replacement_on_prefix_matches_is_kept() -> None:
    rule = hc.HttpRule(matches=(hc.HttpMatch(path="/v1"), hc.HttpMatch(path="/v2")),
                       filters=(hc.UrlRewrite(path_prefix="/"),), backends=(hc.BackendRef("api", 8080),))
    assert [m.path_type for m in rule.matches] == ["PathPrefix", "PathPrefix"]
    exact = hc.HttpRule(matches=(hc.HttpMatch(path="/v1", path_type="Exact"),),
                        filters=(hc.UrlRewrite(full_path="/"),), backends=(hc.BackendRef("api", 8080),))
    assert exact.matches[0].path_type == "Exact"


def test_a_declared_cluster_secret_store_is_a_store(tmp_path):
    """declare_external's object is accepted where a store is taken (the README's promise)."""
    from conftest import synth_app

    def build(app: cdk8s.App) -> None:
        c = cdk8s.Chart(app, "c")
        store = hc.declare_external(c, "ClusterSecretStore", "vault")
        hc.SyncedSecret(c, "s", name="creds", namespace="apps", store=store, remote_key="homelab/creds",
                        keys={"TOKEN": "token"})

    out = synth_app(build, tmp_path)
    assert out.find("ExternalSecret", "creds", "apps")["spec"]["secretStoreRef"] == {
        "kind": "ClusterSecretStore", "name": "vault"}


def test_a_declared_namespaced_secret_store_needs_its_kind():
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    store = hc.declare_external(c, "SecretStore", "local", "apps")
    with pytest.raises(ValueError) as error:
        hc.SyncedSecret(c, "s", name="creds", namespace="apps", store=store, remote_key="homelab/creds",
                        keys={"TOKEN": "token"})
    assert str(error.value) == ("c/s: a declared SecretStore is namespaced: the secret needs its kind too (got 'local'); "
                                "pass SecretStoreRef('local', kind='SecretStore')")
