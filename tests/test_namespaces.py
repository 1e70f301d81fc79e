"""Every namespace the bundle uses exists (homelab_constructs/validation/namespaces.py): written
as a Namespace, declared external, built into every cluster, created by a release, or the GitOps
controller's own; anything else is refused by synth() and validate, naming the object."""
from __future__ import annotations

from homelab_constructs import HomelabApp, Namespace, declare_external, synth
from homelab_constructs.declared import read_external_objects
from homelab_constructs.validation import validate_dir
from homelab_constructs.validation.namespaces import namespace_problems

import cdk8s
import pytest
from conftest import EXAMPLES, crds_dir

CHECKS_NAMESPACES = True  # conftest: this module runs the real rule

FIX = ("write it with the Namespace construct (Namespace(scope, id, name='media')), or declare it installed "
       "elsewhere (declare_external(scope, 'Namespace', 'media'))")


def _obj(kind: str, namespace: str | None, api_version: str = "v1", **spec: object) -> tuple[str, dict]:
    meta = {"name": "x"} | ({"namespace": namespace} if namespace else {})
    return ("f.yaml", {"apiVersion": api_version, "kind": kind, "metadata": meta} | ({"spec": spec} if spec else {}))


def test_an_object_in_a_namespace_nothing_creates_is_an_error():
    objects = [_obj("Service", "media"), _obj("ConfigMap", "media")]
    assert [str(p) for p in namespace_problems(objects)] == [
        "f.yaml: Service media/x: metadata.namespace: namespace does not exist: nothing in the app creates it "
        f"(as does 1 other object) (got 'media'); {FIX}"]


@pytest.mark.parametrize("namespace", ["default", "kube-system", "kube-public", "kube-node-lease"])
def test_every_cluster_has_its_own_namespaces(namespace):
    assert namespace_problems([_obj("Service", namespace)]) == []


def test_written_or_declared_namespaces_exist():
    written = [("n.yaml", {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "media"}})]
    assert namespace_problems(written + [_obj("Service", "media")]) == []
    assert namespace_problems([_obj("Service", "media")], frozenset({("", "Namespace", "", "media")})) == []
    assert namespace_problems([_obj("Service", None)]) == []  # no namespace: default


def test_a_release_that_creates_its_namespace_creates_it():
    flux = _obj("HelmRelease", "flux-system", "helm.toolkit.fluxcd.io/v2", targetNamespace="media",
                install={"createNamespace": True})
    argo = _obj("Application", "argocd", "argoproj.io/v1alpha1", destination={"namespace": "media"},
                syncPolicy={"syncOptions": ["CreateNamespace=true"]})
    for release in (flux, argo):
        assert namespace_problems([release, _obj("Service", "media")]) == []


def test_a_release_into_a_namespace_nothing_creates_is_an_error():
    flux = _obj("HelmRelease", "flux-system", "helm.toolkit.fluxcd.io/v2", targetNamespace="media")
    argo = _obj("Application", "argocd", "argoproj.io/v1alpha1", destination={"namespace": "media"})
    assert [p.path for p in namespace_problems([flux])] == ["spec.targetNamespace"]
    assert [p.path for p in namespace_problems([argo])] == ["spec.destination.namespace"]


def test_the_gitops_controllers_namespace_exists():
    """Flux's objects live in flux-system (its bootstrap creates it); Applications where Argo CD runs."""
    assert namespace_problems([_obj("Kustomization", "flux-system", "kustomize.toolkit.fluxcd.io/v1")]) == []
    assert namespace_problems([_obj("Application", "argocd", "argoproj.io/v1alpha1")]) == []
    assert [p.message.split(" (got ")[1][:9] for p in namespace_problems([_obj("Service", "flux-system")])] == [
        "'flux-sys"]


def _app(tmp_path) -> cdk8s.App:
    app = cdk8s.App(outdir=str(tmp_path / "dist"))
    HomelabApp(cdk8s.Chart(app, "apps"), "sonarr", name="sonarr", namespace="media", port=8989, gateway=None)
    return app


def test_synth_names_the_construct_and_the_namespace(tmp_path):
    with pytest.raises(ValueError) as raised:
        synth(_app(tmp_path))
    assert str(raised.value) == ("apps/sonarr/Service: metadata.namespace: namespace does not exist: nothing in the "
                                 f"app creates it (got 'media'); {FIX}")
    assert not list((tmp_path / "dist").glob("*.yaml"))  # nothing left for a GitOps controller


def test_a_namespace_construct_or_a_declaration_fixes_it(tmp_path):
    app = _app(tmp_path / "written")
    Namespace(app.node.find_child("apps"), "media", name="media")
    synth(app)
    app = _app(tmp_path / "declared")
    declare_external(app, "Namespace", "media")
    synth(app)
    dist = tmp_path / "declared" / "dist"
    assert read_external_objects(dist) == {("", "Namespace", "", "media")}
    assert "Namespace media" in (dist / "external-objects.txt").read_text().splitlines()
    assert validate_dir(dist, crds_dir()).ok
    (dist / "external-objects.txt").unlink()  # validate reads the declaration from the file
    assert [p.path for p in validate_dir(dist, crds_dir()).problems] == ["metadata.namespace"]


def test_a_namespace_is_cluster_wide():
    with pytest.raises(ValueError, match="a Namespace is cluster-wide and has no namespace"):
        declare_external(cdk8s.Chart(cdk8s.Testing.app(), "c"), "Namespace", "media", "network")


@pytest.mark.parametrize("name", ["default"] + EXAMPLES)
def test_the_default_homelab_and_every_example_create_their_namespaces(synthesized, name):
    """The session fixtures synthesize without this rule (conftest): check it here."""
    app = synthesized[name]
    assert namespace_problems(app.pairs(), read_external_objects(app.outdir)) == []
