"""What every construct shares: its real signature, and the ownership label on what it writes."""
from __future__ import annotations

import inspect
import pydoc

import homelab_constructs
from homelab_constructs import HomelabApp, HomelabConstruct, HomelabGateway, LoadBalancerPool, NamespaceIsolation

import cdk8s
import pytest
from conftest import MANAGED

CONSTRUCTS = sorted(name for name in homelab_constructs.__all__
                    if isinstance(getattr(homelab_constructs, name), type)
                    and issubclass(getattr(homelab_constructs, name), cdk8s.Chart.__mro__[1])  # constructs.Construct
                    and name != "HomelabConstruct")


def test_every_exported_construct_is_a_homelab_construct():
    assert len(CONSTRUCTS) >= 20
    assert [n for n in CONSTRUCTS if not issubclass(getattr(homelab_constructs, n), HomelabConstruct)] == []


@pytest.mark.parametrize("name", CONSTRUCTS)
def test_signature_shows_the_real_keyword_arguments(name):
    cls = getattr(homelab_constructs, name)
    params = inspect.signature(cls).parameters
    assert list(params)[:2] == ["scope", "id"], params
    assert "args" not in params and "kwargs" not in params
    assert "(*args, **kwargs)" not in pydoc.render_doc(cls)


def test_help_of_the_gateway_lists_its_props():
    text = pydoc.render_doc(HomelabGateway)
    assert ("HomelabGateway(scope: 'constructs.Construct', id: 'str', *, domain: 'str' = 'home.arpa', "
            "cluster_issuer: 'Optional[Union[Issuer, str]]' = None") in text


@pytest.mark.parametrize("app", ["default", "seed000", "seed002"])
def test_every_object_the_library_writes_carries_the_label(synthesized, app):
    unlabelled = [f"{o['kind']} {o['metadata'].get('namespace', '')}/{o['metadata']['name']}"
                  for o in synthesized[app].all()
                  if (o["metadata"].get("labels") or {}).get("app.kubernetes.io/managed-by") != "homelab-constructs"]
    assert unlabelled == []


def test_objects_added_after_construction_are_labelled_too():
    app = cdk8s.Testing.app()
    chart = cdk8s.Chart(app, "c")
    LoadBalancerPool(chart, "Pool", name="lan", cidrs=["10.0.0.0/24"])
    vault = HomelabApp(chart, "vault", name="vault", namespace="vault", port=8200)
    iso = NamespaceIsolation(chart, "Iso", namespace="vault", apps=[vault])
    before = len(cdk8s.Testing.synth(chart))
    iso.allow_ingress("vault", namespace="external-secrets", pods={"app": "eso"})  # after construction
    objects = cdk8s.Testing.synth(chart)
    assert len(objects) > before
    assert all(o["metadata"]["labels"].items() >= MANAGED.items() for o in objects)
    # a user's own object in the same chart is not the library's
    cdk8s.ApiObject(chart, "Mine", api_version="v1", kind="ConfigMap", metadata={"name": "mine"})
    mine = [o for o in cdk8s.Testing.synth(chart) if o["metadata"]["name"] == "mine"][0]
    assert "labels" not in mine["metadata"]


@pytest.mark.parametrize("app", ["default", "seed000", "seed002"])
def test_every_written_object_is_reachable_through_its_construct(app):
    """The escape hatch: each object a library construct wrote is in some construct's api_objects."""
    from conftest import load_example

    import main

    the_app = cdk8s.Testing.app()
    (main.build if app == "default" else load_example(app).build)(the_app)
    owners = [n for n in the_app.node.find_all() if isinstance(n, HomelabConstruct)]
    reachable = {(o.kind, o.metadata.namespace, o.name) for c in owners for o in c.api_objects}
    written = {(o.kind, o.metadata.namespace, o.name) for o in the_app.node.find_all()
               if isinstance(o, cdk8s.ApiObject)
               and (o.metadata.get_label("app.kubernetes.io/managed-by") == "homelab-constructs")}
    assert written and written - reachable <= {("Namespace", None, n) for n in
                                               ("auth", "dashboards", "downloads", "media", "monitoring", "openclaw",
                                                "vault")}  # the Homelab's own Namespaces: charts[...]


def test_api_object_names_what_exists():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    pool = LoadBalancerPool(chart, "Pool", name="lan", cidrs=["10.0.0.0/24"])
    assert pool.api_object("CiliumLoadBalancerIPPool").name == "lan"
    with pytest.raises(ValueError) as err:
        pool.api_object("Service")
    assert str(err.value) == ("c/Pool: no API object(s) Service in this construct (got 'Service'); "
                              "use one of: CiliumLoadBalancerIPPool lan")
