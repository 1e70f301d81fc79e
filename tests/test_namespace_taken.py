"""A ``Namespace`` construct where a release or an app takes ``namespace=``: the objects go into
that namespace, and a release that would write its own Namespace leaves it to the construct."""
from homelab_constructs import CertManagerRelease, CloudflareProvider, ExternalDns, HomelabApp, Namespace

import cdk8s


def _objects(chart: cdk8s.Chart) -> list[dict]:
    return cdk8s.Testing.synth(chart)


def test_an_app_takes_a_namespace_construct():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    media = Namespace(chart, "Media", name="media", annotations={"kustomize.toolkit.fluxcd.io/prune": "disabled"})
    app = HomelabApp(chart, "Sonarr", name="sonarr", namespace=media, port=8989)
    assert app.namespace == "media"
    service = next(o for o in _objects(chart) if o["kind"] == "Service")
    assert service["metadata"]["namespace"] == "media"


def test_a_release_given_a_namespace_construct_writes_no_namespace_of_its_own():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    ns = Namespace(chart, "CertManager", name="cert-manager", labels={"team": "platform"})
    release = CertManagerRelease(chart, "Release", namespace=ns)
    assert release.namespace == "cert-manager" and release.namespace_object is None
    namespaces = [o for o in _objects(chart) if o["kind"] == "Namespace"]
    assert [(n["metadata"]["name"], n["metadata"].get("labels")) for n in namespaces] == [
        ("cert-manager", {"team": "platform", "app.kubernetes.io/managed-by": "homelab-constructs"})]


def test_externaldns_takes_a_namespace_construct():
    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    network = Namespace(chart, "Network", name="network")
    dns = ExternalDns(chart, "Dns", provider=CloudflareProvider(), namespace=network)
    assert dns.namespace == "network"


def test_cert_manager_takes_its_dashboards_and_alerts():
    from homelab_constructs import AlertRule, GrafanaComDashboard, RuleGroup

    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    CertManagerRelease(chart, "Release", dashboards=[GrafanaComDashboard("cert-manager", 20842, 3)],
                       alerts=[RuleGroup("cert-manager", rules=[AlertRule(
                           "CertificateNotReady", "certmanager_certificate_ready_status{condition='False'} == 1",
                           for_="10m", labels={"severity": "warning"})])])
    objects = _objects(chart)
    dashboard = next(o for o in objects if o["kind"] == "GrafanaDashboard")
    assert (dashboard["metadata"]["namespace"], dashboard["spec"]["grafanaCom"]) == ("cert-manager",
                                                                                      {"id": 20842, "revision": 3})
    from homelab_constructs.validation import validate_objects

    from conftest import crds_dir

    report = validate_objects([("c.k8s.yaml", o) for o in objects], crds_dir(), cross_object=False)
    assert report.problems == [] and report.crd_objects >= 2  # against the pinned schemas
    rule = next(o for o in objects if o["kind"] == "PrometheusRule")
    assert rule["metadata"] == {"name": "cert-manager-rules", "namespace": "cert-manager",
                                "labels": {"app.kubernetes.io/managed-by": "homelab-constructs"}}
    assert rule["spec"]["groups"][0]["rules"][0]["alert"] == "CertificateNotReady"


def test_cert_manager_alerts_are_a_list():
    import pytest

    chart = cdk8s.Chart(cdk8s.Testing.app(), "c")
    with pytest.raises(ValueError, match=r"^c/Release: alerts are not a list of rule groups \(got 'cert-manager'\)"):
        CertManagerRelease(chart, "Release", alerts="cert-manager")  # type: ignore[arg-type]
