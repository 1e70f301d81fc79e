"""Flux or Argo CD, one switch for the whole app (issue "From dist/ to a running cluster"):
the same app synthesized both ways writes the same chart values, and both validate against
the pinned CRDs (Flux helm/source controllers, Argo CD v3.5.1 Application)."""
from __future__ import annotations

from homelab_constructs import (
    ArgoSync,
    CertManagerRelease,
    CiliumRelease,
    CiliumValues,
    MultusRelease,
    ReleaseSettings,
    chart_release,
    helm_release,
    helm_repository,
    set_delivery,
)

import cdk8s
import pytest
from conftest import synth_app

RELEASES = ("cilium", "cert-manager", "multus", "coredns")


def platform(app: cdk8s.App) -> None:
    c = cdk8s.Chart(app, "platform")
    CiliumRelease(c, "Cilium", values=CiliumValues.gateway_profile(k8s_service_host="192.168.10.10"),
                  release=ReleaseSettings(interval="1h", source_interval="15m", install_retries=-1))
    CertManagerRelease(c, "CertManager", release=ReleaseSettings(crds="Skip", values={"replicaCount": 2}))
    MultusRelease(c, "Multus", namespace="network")
    chart_release(c, name="coredns", namespace="kube-system", url="https://coredns.github.io/helm", chart="coredns",
                  version="1.45.2", values={"replicaCount": 1, "service": {"clusterIP": "10.96.0.10"}},
                  release=ReleaseSettings(disable_schema_validation=True))


def argocd(app: cdk8s.App) -> None:
    set_delivery(app, "argocd", namespace="argocd", project="homelab")
    platform(app)


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    return (synth_app(platform, tmp_path_factory.mktemp("flux")),
            synth_app(argocd, tmp_path_factory.mktemp("argocd")))


def test_the_default_is_flux(both):
    flux, _ = both
    assert flux.kinds("Application") == []
    assert sorted(r["metadata"]["name"] for r in flux.kinds("HelmRelease")) == sorted(RELEASES)


def test_argocd_writes_one_application_per_release_and_no_flux_objects(both):
    _, argo = both
    assert {o["kind"] for o in argo.all()} & {"HelmRelease", "OCIRepository", "HelmRepository"} == set()
    apps = argo.kinds("Application")
    assert sorted(a["metadata"]["name"] for a in apps) == sorted(RELEASES)
    for a in apps:
        assert a["apiVersion"] == "argoproj.io/v1alpha1" and a["metadata"]["namespace"] == "argocd"
        assert a["spec"]["project"] == "homelab"
        assert a["spec"]["source"]["helm"]["releaseName"] == a["metadata"]["name"]


def test_both_deliveries_write_the_same_values_into_the_same_namespace(both):
    flux, argo = both
    for name in RELEASES:
        release = flux.find("HelmRelease", name)
        app = argo.find("Application", name)
        assert app["spec"]["source"]["helm"]["valuesObject"] == release["spec"]["values"], name
        assert app["spec"]["destination"] == {"namespace": release["metadata"]["namespace"],
                                              "server": "https://kubernetes.default.svc"}
    assert argo.find("Application", "cert-manager")["spec"]["source"]["helm"]["valuesObject"]["replicaCount"] == 2


def test_oci_charts_use_argocd_native_oci_source(both):
    flux, argo = both
    for name in ("cilium", "cert-manager", "multus"):
        oci = flux.find("OCIRepository", name)["spec"]
        source = argo.find("Application", name)["spec"]["source"]
        assert (source["repoURL"], source["targetRevision"], source["path"]) == (oci["url"], oci["ref"]["tag"], ".")
        assert "chart" not in source


def test_helm_repository_charts_name_the_chart(both):
    flux, argo = both
    spec = flux.find("HelmRelease", "coredns")["spec"]["chart"]["spec"]
    source = argo.find("Application", "coredns")["spec"]["source"]
    assert (source["repoURL"], source["chart"], source["targetRevision"]) == (
        "https://coredns.github.io/helm", spec["chart"], spec["version"])
    assert source["helm"]["skipSchemaValidation"] is True
    assert spec["chart"] == "coredns" and spec["version"] == "1.45.2"


def test_settings_that_have_an_argocd_equivalent_are_written(both):
    flux, argo = both
    assert flux.find("HelmRelease", "cert-manager")["spec"]["install"]["crds"] == "Skip"
    assert argo.find("Application", "cert-manager")["spec"]["source"]["helm"]["skipCrds"] is True


def test_seed000_sync_policy_is_the_default(both):
    _, argo = both
    assert argo.find("Application", "multus")["spec"]["syncPolicy"] == {
        "automated": {"prune": True, "selfHeal": True},
        "syncOptions": ["CreateNamespace=true", "ServerSideApply=true"],
        "retry": {"limit": 10, "backoff": {"duration": "10s", "factor": 2, "maxDuration": "3m"}},
    }


def test_sync_policy_is_configurable(tmp_path):
    def build(app: cdk8s.App) -> None:
        set_delivery(app, "argocd", sync=ArgoSync(automated=False, sync_options=["ServerSideApply=true"],
                                                  retry_limit=-1, backoff_duration="5s", backoff_factor=3,
                                                  backoff_max_duration="10m"),
                     server="https://10.0.0.1:6443")
        MultusRelease(cdk8s.Chart(app, "platform"), "Multus")
    spec = synth_app(build, tmp_path).find("Application", "multus")["spec"]
    assert spec["syncPolicy"] == {"syncOptions": ["ServerSideApply=true"],
                                  "retry": {"limit": -1, "backoff": {"duration": "5s", "factor": 3,
                                                                     "maxDuration": "10m"}}}
    assert spec["destination"]["server"] == "https://10.0.0.1:6443"


def test_a_low_level_release_with_its_helm_repository(tmp_path):
    def build(app: cdk8s.App) -> None:
        set_delivery(app, "argocd")
        c = cdk8s.Chart(app, "apps")
        repo = helm_repository(c, name="bjw-s", namespace="media", url="https://bjw-s-labs.github.io/helm-charts")
        helm_release(c, name="jellyfin", namespace="media", chart="app-template", version="4.6.2",
                     helm_repository=repo, values={"service": {"main": {"type": "LoadBalancer"}}})
    out = synth_app(build, tmp_path)
    assert out.kinds("HelmRepository") == []
    source = out.find("Application", "jellyfin")["spec"]["source"]
    assert (source["repoURL"], source["chart"], source["targetRevision"]) == (
        "https://bjw-s-labs.github.io/helm-charts", "app-template", "4.6.2")


# ---- bad input

def fresh() -> cdk8s.App:
    return cdk8s.Testing.app()


@pytest.mark.parametrize("kw,message", [
    (dict(kind="argo"), "set_delivery: delivery is unknown (got 'argo'); did you mean argocd? use one of: flux, argocd"),
    (dict(kind=None), "set_delivery: delivery is unknown (got None); use one of: flux, argocd"),
    (dict(kind="argocd", namespace="Argo CD"), "set_delivery: Argo CD namespace is not a DNS label (got 'Argo CD'); use 1-63 "
     "lowercase letters, digits or '-', starting and ending with a letter or digit"),
    (dict(kind="argocd", project=1), "set_delivery: Argo CD project is not a DNS label (got 1); use 1-63 lowercase letters, "
                                     "digits or '-', starting and ending with a letter or digit"),
    (dict(kind="argocd", server="ftp://10.0.0.1:6443"), "set_delivery: destination server is not an http(s) URL (got "
     "'ftp://10.0.0.1:6443'); write the cluster's API URL, such as 'https://kubernetes.default.svc'"),
    (dict(kind="argocd", server=5), "set_delivery: destination server is not an http(s) URL (got 5); write the "
                                    "cluster's API URL, such as 'https://kubernetes.default.svc'"),
    (dict(kind="argocd", sync={"prune": True}), "set_delivery: sync is not an ArgoSync or None (got {'prune': True}); pass "
                                                "ArgoSync(...) or None"),
    (dict(kind="flux", sync=ArgoSync()), "set_delivery: sync applies to Argo CD delivery only (got ArgoSync(automated=True, "
     "prune=True, self_heal=True, sync_options=('CreateNamespace=true', 'ServerSideApply=true'), retry_limit=10, "
     "backoff_duration='10s', backoff_factor=2, backoff_max_duration='3m')); drop sync=, or set delivery 'argocd'"),
])
def test_set_delivery_bad_input(kw, message):
    app = fresh()
    with pytest.raises(ValueError) as caught:
        set_delivery(app, **kw)
    assert str(caught.value) == message


def test_set_delivery_after_the_releases_writes_the_same_manifests(both, tmp_path):
    """The delivery is the app's, read when the manifests are written: the releases made before
    the call are Applications too, and their Flux chart sources are gone."""
    _, before = both

    def late(app: cdk8s.App) -> None:
        platform(app)
        set_delivery(app, "argocd", namespace="argocd", project="homelab")

    after = synth_app(late, tmp_path)
    assert after.text == before.text


def test_a_release_object_follows_the_delivery_with_its_escape_hatches(tmp_path):
    releases = []

    def build(app: cdk8s.App) -> None:
        multus = MultusRelease(cdk8s.Chart(app, "c"), "m")
        assert (multus.release.kind, multus.release.api_version) == ("HelmRelease", "helm.toolkit.fluxcd.io/v2")
        multus.release.metadata.add_annotation("team", "lab")
        multus.release.add_json_patch(cdk8s.JsonPatch.add("/spec/revisionHistoryLimit", 3))
        set_delivery(app, "argocd")
        assert multus.api_object("Application") is multus.release
        assert (multus.release.kind, multus.release.api_version, multus.release.api_group) == (
            "Application", "argoproj.io/v1alpha1", "argoproj.io")
        releases.append(multus)

    out = synth_app(build, tmp_path)
    app = out.find("Application", "multus", "argocd")
    assert app["metadata"]["annotations"] == {"team": "lab"}
    assert app["metadata"]["labels"] == {"app.kubernetes.io/managed-by": "homelab-constructs"}
    assert app["spec"]["revisionHistoryLimit"] == 3
    assert out.kinds("OCIRepository") == [] and [o.kind for o in releases[0].api_objects] == ["Application"]


def test_set_delivery_twice_with_other_arguments_is_refused():
    app = fresh()
    set_delivery(app, "argocd", project="homelab")
    set_delivery(app, "argocd", project="homelab")  # the same answer again: nothing changes
    with pytest.raises(ValueError) as caught:
        set_delivery(app, "flux")
    assert str(caught.value) == (
        "set_delivery: delivery is already set to argocd (namespace argocd, project homelab, server "
        "https://kubernetes.default.svc) (got 'flux'); call set_delivery(...) once per app")
    other = fresh()
    set_delivery(other, "flux")
    with pytest.raises(ValueError) as caught:
        set_delivery(other, "argocd", sync=ArgoSync(retry_limit=3))
    assert str(caught.value) == (
        "set_delivery: delivery is already set to flux (got \"argocd (namespace argocd, project default, server "
        "https://kubernetes.default.svc, ArgoSync(automated=True, prune=True, self_heal=True, sync_options=("
        "'CreateNamespace=true', 'ServerSideApply=true'), retry_limit=3, backoff_duration='10s', "
        "backoff_factor=2, backoff_max_duration='3m'))\"); call set_delivery(...) once per app")


def test_a_late_switch_checks_the_releases_and_is_all_or_nothing(tmp_path):
    app = cdk8s.App(outdir=str(tmp_path))
    MultusRelease(cdk8s.Chart(app, "a"), "m")
    MultusRelease(cdk8s.Chart(app, "b"), "m", namespace="network")
    with pytest.raises(ValueError) as caught:
        set_delivery(app, "argocd")
    assert str(caught.value) == ("b/m: Argo CD Application argocd/multus is already written by a/m (got 'multus'); "
                                 "give one of the releases another name: Applications share one namespace")
    assert [o["kind"] for o in cdk8s.Testing.synth(app.node.find_child("a"))] == ["OCIRepository", "HelmRelease"]
    lone = fresh()
    helm_release(cdk8s.Chart(lone, "c"), name="x", namespace="y", oci_repository="x", values={})
    with pytest.raises(ValueError) as caught:
        set_delivery(lone, "argocd")
    assert str(caught.value).startswith("c: release names OCIRepository y/x, which this app does not declare")


def test_two_releases_of_one_name_clash_as_applications():
    app = fresh()
    set_delivery(app, "argocd")
    MultusRelease(cdk8s.Chart(app, "a"), "m")
    with pytest.raises(ValueError) as caught:
        MultusRelease(cdk8s.Chart(app, "b"), "m", namespace="network")
    assert str(caught.value) == ("b/m: Argo CD Application argocd/multus is already written by a/m (got 'multus'); "
                                 "give one of the releases another name: Applications share one namespace")


def test_argocd_needs_the_source_declared():
    app = fresh()
    set_delivery(app, "argocd")
    with pytest.raises(ValueError) as caught:
        helm_release(cdk8s.Chart(app, "c"), name="x", namespace="y", oci_repository="x", values={})
    assert str(caught.value) == (
        "c: release names OCIRepository y/x, which this app does not declare (got 'x'); with Argo CD delivery the "
        "chart's address comes from the source: declare it first with oci_repository(...)/helm_repository(...), "
        "or use chart_release(...)")


@pytest.mark.parametrize("kw,message", [
    (dict(automated="yes"), "ArgoSync.automated: automated must be True or False (got 'yes'); write True or False"),
    (dict(prune=None), "ArgoSync.prune: prune must be True or False (got None); write True or False"),
    (dict(self_heal=0), "ArgoSync.self_heal: self_heal must be True or False (got 0); write True or False"),
    (dict(sync_options="CreateNamespace=true"), "ArgoSync.sync_options: sync_options is not a list or tuple (got "
     "'CreateNamespace=true'); write a tuple such as ('CreateNamespace=true',)"),
    (dict(sync_options=["CreateNamespace"]), "ArgoSync.sync_options[0]: sync option is not <option>=<value> (got "
     "'CreateNamespace'); write an option such as 'CreateNamespace=true'"),
    (dict(sync_options=["CreateNamespaces=true"]), "ArgoSync.sync_options[0]: sync option names an unknown option "
     "(got 'CreateNamespaces'); did you mean CreateNamespace? use one of: CreateNamespace, ServerSideApply, "
     "ServerSideDiff, SkipDryRunOnMissingResource, Validate, PruneLast, PrunePropagationPolicy, ApplyOutOfSyncOnly, "
     "Replace, FailOnSharedResource, RespectIgnoreDifferences, Prune, Delete, ClientSideApplyMigration"),
    (dict(retry_limit="10"), "ArgoSync.retry_limit: retry_limit is not an integer (got '10'); write a whole number "
                             "such as 10"),
    (dict(retry_limit=-3), "ArgoSync.retry_limit: retry_limit must be -1 (forever) or more (got -3); write a whole "
                           "number of retries such as 10, 0 for none or -1 forever"),
    (dict(backoff_duration=10), "ArgoSync.backoff_duration: backoff_duration is not a Go duration (got 10); write "
                                "hours, minutes, seconds or milliseconds such as '10s', '1m' or '3m'"),
    (dict(backoff_max_duration="3 minutes"), "ArgoSync.backoff_max_duration: backoff_max_duration is not a Go "
     "duration (got '3 minutes'); write hours, minutes, seconds or milliseconds such as '10s', '1m' or '3m'"),
    (dict(backoff_factor=1.5), "ArgoSync.backoff_factor: backoff_factor is not an integer (got 1.5); write a whole "
                               "number such as 2"),
    (dict(backoff_factor=0), "ArgoSync.backoff_factor: backoff_factor must be 1 or more (got 0); write a whole "
                             "number such as 2"),
])
def test_argo_sync_bad_input(kw, message):
    with pytest.raises(ValueError) as caught:
        ArgoSync(**kw)
    assert str(caught.value) == message


def test_the_default_homelab_both_ways(default_homelab, tmp_path):
    """main.py's homelab (Flux by default) with one switch: every release an Application with
    the same chart values, nothing else changed, and valid against the pinned CRDs."""
    from homelab_constructs.validation import validate_dir

    import main

    def build(app: cdk8s.App) -> None:
        set_delivery(app, "argocd")
        main.build(app)

    argo = synth_app(build, tmp_path)
    flux_values = {r["metadata"]["name"]: r["spec"]["values"] for r in default_homelab.kinds("HelmRelease")}
    argo_values = {a["spec"]["source"]["helm"]["releaseName"]: a["spec"]["source"]["helm"]["valuesObject"]
                   for a in argo.kinds("Application")}
    assert flux_values and argo_values == flux_values
    assert not [o for o in argo.all() if o["apiVersion"].split("/")[0].endswith("toolkit.fluxcd.io")]
    rest = sorted((o["kind"], o["metadata"]["name"]) for o in argo.all() if o["kind"] != "Application")
    assert rest == sorted((o["kind"], o["metadata"]["name"]) for o in default_homelab.all()
                          if not o["apiVersion"].split("/")[0].endswith("toolkit.fluxcd.io"))
    assert validate_dir(tmp_path).ok
