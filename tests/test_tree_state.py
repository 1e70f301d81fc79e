"""Per-app state lives on the construct tree (``_tree.AppState``), never in a module-level dict."""
from __future__ import annotations

import importlib
import pkgutil
import re

import homelab_constructs
from homelab_constructs import HomelabApp, HomelabValidationError, synth, validate_app
from homelab_constructs._tree import STATE_ID, AppState, app_registry, app_state, find_state
from homelab_constructs._validation import add_check, claim_once
from homelab_constructs.cluster import ClusterCidrs, cluster_cidrs, set_cluster_cidrs

import cdk8s
import constructs
import pytest


def test_two_apps_in_one_process_do_not_share_registries_or_checks(tmp_path):
    one, other = cdk8s.App(outdir=str(tmp_path / "one")), cdk8s.App(outdir=str(tmp_path / "other"))
    app_registry(cdk8s.Chart(one, "c"), "test-registry", lambda root: []).append("one")
    assert app_registry(cdk8s.Chart(other, "c"), "test-registry", lambda root: []) == []

    add_check(one, lambda: ["one is wrong"])
    validate_app(other)  # the other app's check is not this one's
    with pytest.raises(HomelabValidationError, match="^one is wrong$"):
        validate_app(one)

    set_cluster_cidrs(one, ClusterCidrs(pods=("10.42.0.0/16",)))
    assert cluster_cidrs(other) == ClusterCidrs()
    claim_once(one, "test-claims", "name", "claimed twice", "name", "claim it once")
    claim_once(other, "test-claims", "name", "claimed twice", "name", "claim it once")  # the other app's own


def test_the_state_is_found_from_any_scope_of_the_tree():
    app = cdk8s.App()
    assert find_state(app) is None  # made on first use
    chart = cdk8s.Chart(app, "chart")
    deep = constructs.Construct(constructs.Construct(chart, "a"), "b")
    obj = cdk8s.ApiObject(deep, "cm", api_version="v1", kind="ConfigMap", metadata={"name": "x"})
    state = app_state(deep)
    assert isinstance(state, AppState)
    assert state.node.path == STATE_ID and state.node.scope is app
    for scope in (app, chart, deep, obj, state):
        assert app_state(scope) is state and find_state(scope) is state
    built = HomelabApp(chart, "sonarr", name="sonarr", port=8989, namespace="media")
    assert app_state(built) is state


def test_the_state_is_found_from_proxies_jsii_makes_anew():
    """An app made in JavaScript (``Testing.app()``) gets a new Python proxy each time jsii hands
    it out; the state, made in Python, is the same object every time."""
    app = cdk8s.Testing.app()
    chart = cdk8s.Chart(app, "chart")
    assert chart.node.root is not chart.node.root
    app_registry(chart, "test-registry", lambda root: []).append(1)
    assert app_registry(cdk8s.Chart(app, "other"), "test-registry", lambda root: []) == [1]


def test_the_state_writes_nothing(tmp_path):
    app = cdk8s.App(outdir=str(tmp_path))
    chart = cdk8s.Chart(app, "chart")
    cdk8s.ApiObject(chart, "cm", api_version="v1", kind="ConfigMap", metadata={"name": "x"})
    add_check(chart, lambda: [])
    assert [c.node.id for c in app.node.children] == ["chart", STATE_ID]
    synth(app)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.k8s.yaml"]


#: a jsii object reference, such as ``cdk8s.App@10003``
JSII_REF = re.compile(r"^[\w.-]+@\d+$")


def test_no_module_level_dict_is_keyed_by_an_app(tmp_path):
    """Build and synthesize apps, then look at every module of the library: no module-level
    mapping or set holds a jsii reference, as a dict keyed by the app's root would."""
    for _ in range(2):
        app = cdk8s.App(outdir=str(tmp_path))
        chart = cdk8s.Chart(app, "chart")
        HomelabApp(chart, "sonarr", name="sonarr", port=8989, namespace="media")
        set_cluster_cidrs(chart, ClusterCidrs(pods=("10.42.0.0/16",)))
        synth(app)
    offenders = []
    for info in pkgutil.walk_packages(homelab_constructs.__path__, "homelab_constructs."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (dict, set, frozenset)) and any(isinstance(k, str) and JSII_REF.match(k)
                                                                  for k in value):
                offenders.append(f"{info.name}.{name}")
    assert offenders == []
