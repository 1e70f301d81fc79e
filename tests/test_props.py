"""``<Construct>.props(...)``: a construct's keyword arguments, checked now and built later, as
``HomelabSpec`` holds them (homelab_constructs/_props.py)."""
from __future__ import annotations

import subprocess
from dataclasses import replace

from homelab_constructs import (
    CertManagerRelease,
    Homelab,
    HomelabApp,
    HomelabGateway,
    HomelabSpec,
    Listener,
    LoadBalancerPool,
    Props,
    SelfSignedCa,
    VaultSecretStore,
    VpnPod,
)

import cdk8s
import pytest
from conftest import ROOT

SONARR = HomelabApp.props(name="sonarr", port=8989, namespace="media")
STORE = VaultSecretStore.props(server="http://vault.vault.svc.cluster.local:8200")


def _build(**fields: object) -> Homelab:
    return Homelab(cdk8s.Testing.app(), "Homelab", HomelabSpec(**fields))  # type: ignore[arg-type]


def test_props_read_what_was_given_else_the_constructors_default():
    assert isinstance(SONARR, Props) and SONARR.construct is HomelabApp
    assert (SONARR.name, SONARR.port, SONARR.load_balancer, SONARR.port_name) == ("sonarr", 8989, False, "http")
    assert dict(SONARR.given) == {"name": "sonarr", "port": 8989, "namespace": "media"}
    assert repr(SONARR) == "HomelabApp.props(name='sonarr', port=8989, namespace='media')"
    with pytest.raises(AttributeError, match="has no argument colour"):
        SONARR.colour  # noqa: B018


def test_replace_is_a_checked_copy_and_props_compare_by_value():
    moved = SONARR.replace(port=8990)
    assert (moved.port, SONARR.port) == (8990, 8989)
    assert moved == HomelabApp.props(name="sonarr", port=8990, namespace="media") and moved != SONARR
    assert hash(moved) == hash(HomelabApp.props(name="sonarr", port=8990, namespace="media"))
    with pytest.raises(ValueError) as e:
        SONARR.replace(prot=1)
    assert str(e.value) == ("HomelabApp.props: HomelabApp takes no argument prot (got 'prot'); did you mean port=? "
                            "see help(HomelabApp) for its keyword arguments")


@pytest.mark.parametrize("call, message", [
    (lambda: HomelabApp.props(name="sonarr", prt=8989, namespace="media"),
     "HomelabApp.props: HomelabApp takes no argument prt (got 'prt'); did you mean port=? see help(HomelabApp) for "
     "its keyword arguments"),
    (lambda: HomelabApp.props(name="sonarr"),
     "HomelabApp.props: HomelabApp needs the keyword arguments namespace, port (got ['name']); pass namespace=..., "
     "port=...; see help(HomelabApp)"),
    (lambda: HomelabApp.props("sonarr", 8989, "media"),
     "HomelabApp.props: props are keyword arguments (got ('sonarr', 8989, 'media')); name each one, such as "
     "HomelabApp.props(name=...)"),
    (lambda: HomelabGateway.props(address="192.168.10.200"),
     "HomelabGateway.props: HomelabGateway takes no argument address (got 'address'); write load_balancer_ip=... (the "
     "one name for a pinned LoadBalancer IP)"),
    (lambda: SONARR.replace(routed=False),
     "HomelabApp.props: HomelabApp takes no argument routed (got 'routed'); write gateway=None for no route (in a "
     "HomelabSpec an app without gateway= is routed on its gateway)"),
    (lambda: VaultSecretStore.props(),
     "VaultSecretStore.props: VaultSecretStore needs the keyword argument server (got []); pass server=...; "
     "see help(VaultSecretStore)"),
])
def test_names_are_checked_when_the_props_are_written(call, message):
    with pytest.raises(ValueError) as e:
        call()
    assert str(e.value) == message


@pytest.mark.parametrize("fields, message", [
    ({"gateway": SelfSignedCa.props()},
     "HomelabSpec.gateway: gateway is not HomelabGateway's props (got SelfSignedCa.props()); write "
     "HomelabGateway.props(...) with HomelabGateway's keyword arguments (see help(HomelabGateway))"),
    ({"gateway": {"load_balancer_ip": "192.168.10.200"}},
     "HomelabSpec.gateway: gateway is not HomelabGateway's props (got {'load_balancer_ip': '192.168.10.200'}); write "
     "HomelabGateway.props(load_balancer_ip='192.168.10.200')"),
    ({"apps": (SONARR, ("radarr", 7878, "media"))},
     "HomelabSpec.apps[1]: app is not HomelabApp's props (got ('radarr', 7878, 'media')); write HomelabApp.props(...) "
     "with HomelabApp's keyword arguments (see help(HomelabApp))"),
    ({"apps": (SONARR, SONARR)},
     "HomelabSpec.apps: the same app is declared twice, HomelabSpec.apps[0] and HomelabSpec.apps[1] "
     "(got HomelabApp.props(name='sonarr', port=8989, namespace='media')); declare it once"),
    ({"apps": (SONARR,), "vpn": VpnPod.props(name="sonarr", namespace="media")},
     "HomelabSpec.vpn: VPN pod has the name of an app of HomelabSpec.apps (got 'sonarr'); give the VPN pod its own "
     "name, or drop the app: the VPN pod is an app of the homelab"),
    ({"pools": (LoadBalancerPool.props(name="lan", cidrs=("10.0.0.0/24",)),
                LoadBalancerPool.props(name="lan", cidrs=("10.0.1.0/24",)))},
     "HomelabSpec.pools: two pools have one name, HomelabSpec.pools[0] and HomelabSpec.pools[1] (got 'lan'); "
     "give each pool its own name: it names the pool in the cluster"),
])
def test_the_spec_refuses_what_is_not_a_constructs_props(fields, message):
    with pytest.raises(ValueError) as e:
        HomelabSpec(**fields)  # type: ignore[arg-type]
    assert str(e.value) == message


def test_values_are_checked_by_the_construct_with_its_path():
    with pytest.raises(ValueError) as e:
        _build(apps=(SONARR.replace(port="8989"),))
    assert str(e.value).startswith("apps-media/sonarr: port must be an integer in 1-65535 (got '8989')")


@pytest.mark.parametrize("fields, message", [
    ({"gateway": HomelabGateway.props(domain="lab.example")},
     "HomelabSpec.gateway: the gateway's domain is the homelab's (got 'lab.example'); drop domain= from the gateway's "
     "props and set HomelabSpec.domain"),
    ({"gateway": None},
     "HomelabSpec.gateway: gateway is not HomelabGateway's props (got None); leave it out for the default gateway: a "
     "Homelab always has one (an app is left unrouted with HomelabApp.props(..., gateway=None))"),
    ({"apps": (SONARR.replace(gateway=HomelabGateway.props(name="lan")),)},
     "HomelabSpec.apps[0].gateway: gateway is a gateway's props, which build no gateway here (got "
     "HomelabGateway.props(name='lan')); leave gateway out (routed on HomelabSpec.gateway), name a gateway declared "
     "in the app such as 'homelab-gateway', or write None for no route"),
    ({"cert_manager": CertManagerRelease.props(namespace="cm")},
     "HomelabSpec.cert_manager: cert-manager would run in cm, but the CA's Secret is in cert-manager: a ClusterIssuer "
     "reads its Secret from cert-manager's own namespace (got 'cm'); set the CA there too "
     "(HomelabSpec.ca=SelfSignedCa.props(namespace='cm')), or drop namespace= (cert-manager goes in the CA's)"),
])
def test_what_the_homelab_wires_itself_is_checked_in_the_spec(fields, message):
    with pytest.raises(ValueError) as e:
        HomelabSpec(**fields)  # type: ignore[arg-type]
    assert str(e.value) == message


def test_the_ca_and_cert_manager_may_move_together():
    lab = _build(ca=SelfSignedCa.props(namespace="cm"), cert_manager=CertManagerRelease.props(namespace="cm"))
    assert lab.ca.namespace == "cm" and lab.cert_manager is not None and lab.cert_manager.namespace == "cm"


def test_props_are_read_only():
    with pytest.raises(AttributeError) as e:
        SONARR.port = 1  # type: ignore[misc]
    assert str(e.value) == "props are read-only (got port=1); write props.replace(port=...) for a copy with another value"


@pytest.mark.parametrize("build, message", [
    (lambda app: Homelab(app, "Homelab", HomelabSpec(l2_policy=None)),  # type: ignore[call-arg]
     "error: HomelabSpec: HomelabSpec takes no argument l2_policy (got 'l2_policy'); write "
     "l2=L2Announcement.props(name=...), or l2=None for no L2 announcements"),
    (lambda app: Homelab(app, "Homelab", HomelabSpec(aps=())),  # type: ignore[call-arg]
     "error: HomelabSpec: HomelabSpec takes no argument aps (got 'aps'); did you mean apps=? see help(HomelabSpec) "
     "for its keyword arguments"),
    (lambda app: Listener(port=443),  # type: ignore[call-arg]
     "error: Listener: Listener needs the argument(s) name, protocol (got a call without them); pass name=..., "
     "protocol=...; see help(Listener)"),
    (lambda app: Homelab(cdk8s.Chart(app, "c"), "Homelab", HomelabSpec()),
     "error: c/Homelab: Homelab is not built in the app (got <Chart c>); build it in the app itself, Homelab(app, "
     "'Homelab', spec): its charts are files of the app, named after the charts, only when they sit in the app"),
    (lambda app: Homelab(app, HomelabSpec()),  # type: ignore[call-arg]
     "error: Homelab: Homelab is called with arguments it does not take (missing a required argument: 'spec') (got "
     "()); call it as Homelab(scope, 'id', spec)"),
])
def test_run_app_turns_a_call_mistake_into_one_line(build, message):
    import io

    from homelab_constructs.tools.cli import run_app

    err = io.StringIO()
    assert run_app(build, cdk8s.Testing.app(), err=err) == 1
    assert err.getvalue().splitlines() == [message]


def test_the_homelab_wires_what_the_props_leave_out_and_the_props_win():
    lab = _build(domain="lab.example",
                 apps=(SONARR, HomelabApp.props(name="db", port=5432, namespace="data", gateway=None)),
                 gateway=HomelabGateway.props(cluster_issuer="letsencrypt"))
    sonarr, db = lab.apps["sonarr"], lab.apps["db"]
    assert sonarr.route is not None and sonarr.route.gateways == [lab.gateway] and db.route is None
    assert lab.gateway.domain == "lab.example" and lab.gateway.cluster_issuer == "letsencrypt"


def test_the_vpn_pod_needs_a_store_from_the_spec_or_its_props():
    with pytest.raises(ValueError) as e:
        _build(vpn=VpnPod.props())
    assert str(e.value) == (
        "HomelabSpec.vpn: VPN pod has no secret store for its credentials (got None); set "
        "HomelabSpec.secret_store=VaultSecretStore.props(server=...) (Vault), or give the VPN pod its store "
        "(VpnPod.props(store=SecretStoreRef(...)))")
    lab = _build(vpn=VpnPod.props(), secret_store=STORE)
    assert lab.apps["qbit"] is lab.vpn.web and lab.vpn.namespace == "downloads"


def test_a_spec_derived_with_replace_is_checked_again():
    spec = HomelabSpec(apps=(SONARR,))
    with pytest.raises(ValueError, match=r"HomelabSpec.apps\[1\]: app is not HomelabApp's props"):
        replace(spec, apps=(SONARR, "radarr"))


def test_a_type_checker_checks_props_against_the_constructors_signature(tmp_path):
    """``props`` is typed with the constructor's own parameters (ParamSpec): mypy sees a wrong
    type or a misspelt name in a spec, as it would in a constructor call."""
    program = tmp_path / "spec.py"
    program.write_text("from homelab_constructs import HomelabApp, VpnPod\n"
                       "ok = HomelabApp.props(name='sonarr', port=8989, namespace='media')\n"
                       "bad_type = HomelabApp.props(name='sonarr', port='8989', namespace='media')\n"
                       "bad_name = HomelabApp.props(name='sonarr', prot=8989, namespace='media')\n"
                       "lazy = VpnPod.props(timezone=3)\n", encoding="utf-8")
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "mypy"), "--no-incremental", "--follow-imports=silent",
                             "--ignore-missing-imports", str(program)], cwd=ROOT, capture_output=True, text=True)
    lines = [line.split(": error: ", 1)[1] for line in result.stdout.splitlines() if ": error: " in line]
    assert any(line.startswith('Argument "port" to "props" of "HomelabConstruct" has incompatible type "str"')
               for line in lines), result.stdout
    assert any(line.startswith('Unexpected keyword argument "prot"') for line in lines), result.stdout
    # names the package loads on first use (VpnPod) are typed too
    assert any(line.startswith('Argument "timezone" to "props" of "HomelabConstruct" has incompatible type "int"')
               for line in lines), result.stdout
    assert all("spec.py:2:" not in line for line in result.stdout.splitlines())


def test_a_spec_copies_pickles_and_hashes_and_stays_read_only():
    """Specs are values: deepcopy and pickle give an equal spec, props hash, and a mapping given
    to props (kept as a read-only dict that shows as a plain dict) cannot be changed."""
    import copy
    import pickle

    from main import default_spec

    spec = default_spec()
    assert copy.deepcopy(spec) == spec and pickle.loads(pickle.dumps(spec)) == spec
    store = STORE.replace(operator_pods={"app": "eso"})
    assert hash(store) == hash(STORE.replace(operator_pods={"app": "eso"}))
    assert repr(store) == ("VaultSecretStore.props(server='http://vault.vault.svc.cluster.local:8200', "
                           "operator_pods={'app': 'eso'})")
    with pytest.raises(TypeError, match="read-only"):
        store.operator_pods["app"] = "other"
