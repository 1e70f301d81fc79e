"""Release settings for every Helm release (issue "Real homelabs, exactly (3 of 3)"): chart
source, intervals, remediation, schema validation, uninstall history, CRD policy and values
passthrough; one OCIRepository shared by several releases; Multus; Flux Kustomizations.

Seed 002 (chaijunkin/home-ops) is reproduced field by field; every app is synthesized through
``synth_app``, which validates each object against the pinned CRD schemas.
"""
from __future__ import annotations

from homelab_constructs import (
    HealthCheck,
    MultusRelease,
    ReleaseSettings,
    ReleaseStrategy,
    Rollback,
    SubstituteFrom,
    chart_release,
    flux_kustomization,
    helm_release,
    merge_values,
    oci_repository,
)

import cdk8s
import pytest
from conftest import synth_app

EXTERNAL_DNS_OCI = "oci://ghcr.io/home-operations/charts-mirror/external-dns"
#: seed 002's shared external-dns source: one OCIRepository, three releases
EXTERNAL_DNS = dict(chart_url=EXTERNAL_DNS_OCI, version="1.19.0", source_name="external-dns", source_interval="5m",
                    interval="24h", install_retries=3, upgrade_cleanup_on_fail=True, upgrade_retries=3,
                    keep_history=False)
DNS_LABEL_FIX = "use 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit"
SUBDOMAIN_FIX = ("use at most 253 lowercase letters, digits, '-' or '.', each dot-separated part starting and "
                 "ending with a letter or digit")
DURATION_FIX = "write hours, minutes, seconds or milliseconds such as '1h', '30m' or '12h'"
BOOL_FIX = "write True or False, or None for the default"


def chart(app: cdk8s.App, name: str = "platform") -> cdk8s.Chart:
    return cdk8s.Chart(app, name)


# ---- nothing set writes nothing: helm-controller's defaults apply

def test_no_settings_write_no_install_upgrade_rollback_or_uninstall(tmp_path):
    out = synth_app(lambda app: chart_release(chart(app), name="demo", namespace="apps",
                                              url="oci://ghcr.io/example/charts/demo", version="1.0.0",
                                              values={"a": 1}), tmp_path)
    source, release = out.find("OCIRepository", "demo"), out.find("HelmRelease", "demo")
    assert source["spec"] == {"interval": "1h", "url": "oci://ghcr.io/example/charts/demo", "ref": {"tag": "1.0.0"},
                              "layerSelector": {"mediaType": "application/vnd.cncf.helm.chart.content.v1.tar+gzip",
                                                "operation": "copy"}}
    # no remediation blocks, no cleanupOnFail, no CRD policy: what the user set, and nothing else
    assert release["spec"] == {"interval": "1h", "chartRef": {"kind": "OCIRepository", "name": "demo"},
                               "values": {"a": 1}}


def test_the_recommended_preset_writes_exactly_its_keys(tmp_path):
    preset = ReleaseSettings.recommended()
    assert preset == ReleaseSettings(install_retries=3, upgrade_retries=3, upgrade_cleanup_on_fail=True)
    out = synth_app(lambda app: chart_release(chart(app), name="demo", namespace="apps",
                                              url="oci://ghcr.io/example/charts/demo", version="1.0.0",
                                              values={}, release=preset), tmp_path)
    spec = out.find("HelmRelease", "demo")["spec"]
    assert spec == {"interval": "1h", "chartRef": {"kind": "OCIRepository", "name": "demo"}, "values": {},
                    "install": {"remediation": {"retries": 3}},
                    "upgrade": {"cleanupOnFail": True, "remediation": {"retries": 3}}}
    changed = ReleaseSettings.recommended(install_retries=-1, interval="30m")
    assert (changed.install_retries, changed.upgrade_retries, changed.interval) == (-1, 3, "30m")


def release_spec(tmp_path, settings: ReleaseSettings) -> dict:
    out = synth_app(lambda app: helm_release(chart(app), name="demo", namespace="apps", oci_repository="demo",
                                             values={}, release=settings), tmp_path)
    return out.find("HelmRelease", "demo")["spec"]


def test_install_remediation_without_upgrade_remediation_and_the_reverse(tmp_path):
    spec = release_spec(tmp_path / "a", ReleaseSettings(install_retries=-1))
    assert spec["install"] == {"remediation": {"retries": -1}} and "upgrade" not in spec
    spec = release_spec(tmp_path / "b", ReleaseSettings(upgrade_retries=2))
    assert spec["upgrade"] == {"remediation": {"retries": 2}} and "install" not in spec
    spec = release_spec(tmp_path / "c", ReleaseSettings(upgrade_cleanup_on_fail=False))
    assert spec["upgrade"] == {"cleanupOnFail": False} and "install" not in spec


def test_strategies_remediation_and_rollback_as_set(tmp_path):
    settings = ReleaseSettings(
        install_retries=3, install_remediate_last_failure=True, install_strategy=ReleaseStrategy("RemediateOnFailure"),
        upgrade_retries=2, upgrade_remediate_last_failure=False, upgrade_remediation_strategy="uninstall",
        upgrade_strategy=ReleaseStrategy("RetryOnFailure", retry_interval="2m"), upgrade_cleanup_on_fail=True,
        rollback=Rollback(cleanup_on_fail=True, disable_hooks=False, disable_wait=True, disable_wait_for_jobs=True,
                          force=False, server_side_apply="auto", timeout="10m"))
    spec = release_spec(tmp_path, settings)  # synth_app checks it against the pinned CRD and its CEL rules
    assert spec["install"] == {"remediation": {"retries": 3, "remediateLastFailure": True},
                               "strategy": {"name": "RemediateOnFailure"}}
    assert spec["upgrade"] == {"cleanupOnFail": True,
                               "remediation": {"retries": 2, "remediateLastFailure": False, "strategy": "uninstall"},
                               "strategy": {"name": "RetryOnFailure", "retryInterval": "2m"}}
    assert spec["rollback"] == {"cleanupOnFail": True, "disableHooks": False, "disableWait": True,
                                "disableWaitForJobs": True, "force": False, "serverSideApply": "auto",
                                "timeout": "10m"}


def test_a_rollback_with_nothing_set_writes_none(tmp_path):
    assert "rollback" not in release_spec(tmp_path, ReleaseSettings(rollback=Rollback()))


def test_remediate_last_failure_alone_writes_only_itself(tmp_path):
    spec = release_spec(tmp_path, ReleaseSettings(upgrade_remediate_last_failure=True))
    assert spec["upgrade"] == {"remediation": {"remediateLastFailure": True}} and "install" not in spec


# ---- seed 002 conventions

def test_seed002_cilium_release_settings(tmp_path):
    settings = ReleaseSettings(source_interval="15m", interval="1h", install_retries=-1,
                               upgrade_cleanup_on_fail=True, upgrade_retries=3)
    out = synth_app(lambda app: chart_release(chart(app), name="cilium", namespace="kube-system",
                                              url="oci://quay.io/cilium/charts/cilium", version="1.19.3",
                                                 values={"routingMode": "native"}, release=settings), tmp_path)
    source = out.find("OCIRepository", "cilium", "kube-system")
    assert (source["spec"]["url"], source["spec"]["ref"], source["spec"]["interval"]) == (
        "oci://quay.io/cilium/charts/cilium", {"tag": "1.19.3"}, "15m")
    assert source["spec"]["layerSelector"]["operation"] == "copy"
    spec = out.find("HelmRelease", "cilium", "kube-system")["spec"]
    assert spec["interval"] == "1h" and spec["chartRef"] == {"kind": "OCIRepository", "name": "cilium"}
    assert spec["install"] == {"remediation": {"retries": -1}}
    assert spec["upgrade"] == {"cleanupOnFail": True, "remediation": {"retries": 3}}


def external_dns_releases(app: cdk8s.App) -> None:
    network = chart(app, "network")
    for id, name, extra in (("cloudflare", "external-dns", {}),
                            ("adguard", "external-dns-adguard-home", {"disable_schema_validation": True}),
                            ("unbound", "external-dns-opnsense-unbound", {})):
        scope = cdk8s.Chart(network, id)
        chart_release(scope, name=name, namespace="network", url="https://kubernetes-sigs.github.io/external-dns",
                      chart="external-dns", version="1.22.0", values={"policy": "sync"},
                      release=ReleaseSettings(**EXTERNAL_DNS, **extra))  # type: ignore[arg-type]


def test_seed002_external_dns_three_releases_share_one_oci_source(tmp_path):
    out = synth_app(external_dns_releases, tmp_path)
    sources = out.kinds("OCIRepository")
    assert [(s["metadata"]["namespace"], s["metadata"]["name"]) for s in sources] == [("network", "external-dns")]
    assert (sources[0]["spec"]["url"], sources[0]["spec"]["ref"], sources[0]["spec"]["interval"]) == (
        EXTERNAL_DNS_OCI, {"tag": "1.19.0"}, "5m")
    assert out.kinds("HelmRepository") == []
    releases = {r["metadata"]["name"]: r["spec"] for r in out.kinds("HelmRelease")}
    assert sorted(releases) == ["external-dns", "external-dns-adguard-home", "external-dns-opnsense-unbound"]
    for name, spec in releases.items():
        assert spec["chartRef"] == {"kind": "OCIRepository", "name": "external-dns"}
        assert spec["interval"] == "24h" and spec["uninstall"] == {"keepHistory": False}
        schema = name == "external-dns-adguard-home" or None
        assert spec["install"].get("disableSchemaValidation") is schema
        assert spec["upgrade"].get("disableSchemaValidation") is schema
        assert spec["upgrade"]["cleanupOnFail"] is True and spec["upgrade"]["remediation"] == {"retries": 3}


def test_a_source_name_taken_with_other_settings_is_refused():
    app = cdk8s.Testing.app()
    c = chart(app)
    oci_repository(c, name="external-dns", namespace="network", url=EXTERNAL_DNS_OCI, tag="1.19.0")
    with pytest.raises(ValueError) as caught:
        oci_repository(c, name="external-dns", namespace="network", url=EXTERNAL_DNS_OCI, tag="1.20.0", id="Other")
    assert str(caught.value) == (
        "platform: OCIRepository network/external-dns already exists with other settings (got {'url': "
        f"'{EXTERNAL_DNS_OCI}', 'tag': '1.20.0', 'interval': '1h'}}); it is OCIRepository {EXTERNAL_DNS_OCI}:1.19.0 "
        "every 1h; give this source its own name (ReleaseSettings(source_name=...)) or the same settings")


def test_chart_url_moves_an_oci_release_to_a_helm_repository(tmp_path):
    settings = ReleaseSettings(chart_url="https://helm.cilium.io", version="1.19.1", timeout="10m",
                               crds="CreateReplace")
    out = synth_app(lambda app: chart_release(chart(app), name="cilium", namespace="kube-system",
                                              url="oci://quay.io/cilium/charts/cilium", version="1.19.3",
                                                 values={}, release=settings), tmp_path)
    assert out.kinds("OCIRepository") == []
    repository = out.find("HelmRepository", "cilium", "kube-system")
    assert repository["spec"] == {"url": "https://helm.cilium.io", "interval": "12h"}
    spec = out.find("HelmRelease", "cilium")["spec"]
    assert spec["chart"] == {"spec": {"chart": "cilium", "version": "1.19.1",
                                      "sourceRef": {"kind": "HelmRepository", "name": "cilium"}}}
    assert spec["timeout"] == "10m"
    assert spec["install"]["crds"] == spec["upgrade"]["crds"] == "CreateReplace"


def test_values_passthrough_merges_deeply_and_wins(tmp_path):
    settings = ReleaseSettings(values={"image": {"tag": "v0.19.0"}, "sources": ["crd"], "replicas": None})
    out = synth_app(lambda app: helm_release(
        chart(app), name="demo", namespace="apps", oci_repository="demo", release=settings,
        values={"image": {"repository": "x", "tag": "v0.18"}, "sources": ["service", "crd"], "replicas": 2}), tmp_path)
    assert out.find("HelmRelease", "demo")["spec"]["values"] == {
        "image": {"repository": "x", "tag": "v0.19.0"}, "sources": ["crd"]}  # None removed replicas


def test_merge_values_leaves_its_inputs_alone():
    base = {"a": {"b": 1}}
    assert merge_values(base, {"a": {"c": 2}}) == {"a": {"b": 1, "c": 2}} and base == {"a": {"b": 1}}
    assert merge_values(base, {"a": {"b": None}, "z": None}) == {"a": {}}


# ---- Multus

def test_seed002_multus_release(tmp_path):
    out = synth_app(lambda app: MultusRelease(chart(app, "network"), "Multus", namespace="network", cpu_request="10m",
                                              memory_limit="2048Mi"), tmp_path)
    source = out.find("OCIRepository", "multus", "network")
    assert (source["spec"]["url"], source["spec"]["ref"]) == ("oci://ghcr.io/bjw-s-labs/helm/multus", {"tag": "1.3.1"})
    release = out.find("HelmRelease", "multus", "network")
    assert release["spec"]["chartRef"] == {"kind": "OCIRepository", "name": "multus"}
    assert release["spec"]["values"] == {"cni": {"binPath": "/opt/cni/bin", "netPath": "/etc/cni/net.d"},
                                         "multus": {"resources": {"requests": {"cpu": "10m"},
                                                                  "limits": {"memory": "2048Mi"}}}}
    assert "install" not in release["spec"] and "upgrade" not in release["spec"]  # seed 002 sets no remediation


def test_multus_without_its_preset_writes_no_resources_or_remediation(tmp_path):
    spec = synth_app(lambda app: MultusRelease(chart(app), "Multus"), tmp_path).find("HelmRelease", "multus")["spec"]
    assert spec["values"] == {"cni": {"binPath": "/opt/cni/bin", "netPath": "/etc/cni/net.d"}}
    assert set(spec) == {"interval", "chartRef", "values"}


def test_multus_preset_writes_exactly_its_keys(tmp_path):
    assert dict(MultusRelease.RECOMMENDED) == {"cpu_request": "10m", "memory_limit": "2048Mi",
                                               "release": ReleaseSettings.recommended()}
    out = synth_app(lambda app: MultusRelease.recommended().build(chart(app), "Multus"), tmp_path)
    spec = out.find("HelmRelease", "multus")["spec"]
    assert spec["values"]["multus"] == {"resources": {"requests": {"cpu": "10m"}, "limits": {"memory": "2048Mi"}}}
    assert spec["install"] == {"remediation": {"retries": 3}}
    assert spec["upgrade"] == {"cleanupOnFail": True, "remediation": {"retries": 3}}


def test_the_release_constructs_presets():
    from homelab_constructs import CiliumRelease, CoreDnsRelease, EnvoyProfile, ExternalDns

    # each release construct's preset carries the recommended release settings (its other opinions
    # are tested with the construct)
    for construct in (CiliumRelease, CoreDnsRelease, ExternalDns):
        assert construct.RECOMMENDED["release"] == ReleaseSettings.recommended(), construct
    assert dict(CiliumRelease.RECOMMENDED) == {"release": ReleaseSettings.recommended()}
    # Envoy Gateway's chart CRDs are created and replaced with the release only by its preset
    assert EnvoyProfile.RECOMMENDED["release"] == ReleaseSettings(crds="CreateReplace")


def test_multus_typed_props_extra_values_and_release_values(tmp_path):
    def build(app: cdk8s.App) -> None:
        MultusRelease(chart(app), "Multus", bin_path="/var/lib/cni/bin", cpu_request=None, memory_limit="512Mi",
                      extra_values={"image": {"tag": "v4.2.3"}},
                      release=ReleaseSettings(values={"multus": {"resources": {"limits": {"memory": "1Gi"}}}},
                                              install_retries=-1))
    release = synth_app(build, tmp_path).find("HelmRelease", "multus", "kube-system")["spec"]
    assert release["values"] == {"cni": {"binPath": "/var/lib/cni/bin", "netPath": "/etc/cni/net.d"},
                                 "multus": {"resources": {"limits": {"memory": "1Gi"}}}, "image": {"tag": "v4.2.3"}}
    assert release["install"] == {"remediation": {"retries": -1}}


# ---- Flux Kustomization

def seed002_kustomizations(app: cdk8s.App) -> None:
    c = chart(app, "flux")
    flux_kustomization(c, name="cilium", namespace="kube-system", path="./kubernetes/apps/kube-system/cilium/app",
                       target_namespace="kube-system", interval="24h", retry_interval="1m", timeout="5m",
                       wait=False, prune=True, labels={"app.kubernetes.io/name": "cilium"})
    flux_kustomization(c, name="external-dns", namespace="network", path="./kubernetes/apps/network/external-dns/app",
                       target_namespace="network", wait=True,
                       health_checks=[HealthCheck.helm_release("external-dns", "network"),
                                      HealthCheck.crd("dnsendpoints.externaldns.k8s.io")])
    flux_kustomization(c, name="multus", namespace="network", path="./kubernetes/apps/network/multus/app",
                       health_checks=[HealthCheck.helm_release("multus", "kube-system"),
                                      HealthCheck.crd("network-attachment-definitions.k8s.cni.cncf.io")])
    flux_kustomization(c, name="multus-config", namespace="network", path="./kubernetes/apps/network/multus/config",
                       depends_on=["multus", "network/external-dns"])
    flux_kustomization(c, name="cloudflare-tunnel", namespace="network", interval="1h", retry_interval="2m",
                       path="./kubernetes/apps/network/cloudflare-tunnel/app",
                       substitute_from=[SubstituteFrom("cloudflare-tunnel-id-secret"),
                                        SubstituteFrom("cluster-settings", kind="ConfigMap", optional=True)])


def test_seed002_kustomizations(tmp_path):
    out = synth_app(seed002_kustomizations, tmp_path)
    cilium = out.find("Kustomization", "cilium", "kube-system")
    assert cilium["apiVersion"] == "kustomize.toolkit.fluxcd.io/v1"
    assert cilium["metadata"]["labels"]["app.kubernetes.io/name"] == "cilium"
    assert cilium["spec"] == {"interval": "24h", "path": "./kubernetes/apps/kube-system/cilium/app", "prune": True,
                              "retryInterval": "1m", "timeout": "5m", "wait": False, "targetNamespace": "kube-system",
                              "sourceRef": {"kind": "GitRepository", "name": "flux-system",
                                            "namespace": "flux-system"}}
    external = out.find("Kustomization", "external-dns")["spec"]
    assert external["wait"] is True and external["healthChecks"] == [
        {"apiVersion": "helm.toolkit.fluxcd.io/v2", "kind": "HelmRelease", "name": "external-dns",
         "namespace": "network"},
        {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
         "name": "dnsendpoints.externaldns.k8s.io"}]
    assert out.find("Kustomization", "multus")["spec"]["healthChecks"][0]["namespace"] == "kube-system"
    assert out.find("Kustomization", "multus-config")["spec"]["dependsOn"] == [
        {"name": "multus"}, {"name": "external-dns", "namespace": "network"}]
    tunnel = out.find("Kustomization", "cloudflare-tunnel")["spec"]
    assert (tunnel["interval"], tunnel["retryInterval"]) == ("1h", "2m")
    assert tunnel["postBuild"] == {"substituteFrom": [
        {"kind": "Secret", "name": "cloudflare-tunnel-id-secret"},
        {"kind": "ConfigMap", "name": "cluster-settings", "optional": True}]}


# ---- bad input: ReleaseSettings, HealthCheck, SubstituteFrom (each field: wrong type, wrong value)

SETTINGS_CASES = [
    (dict(chart_url=5), "ReleaseSettings.chart_url: chart_url is not a string or None (got 5); write a string such "
                        "as 'oci://quay.io/cilium/charts/cilium', or None"),
    (dict(chart_url="oci://Quay.io/x"), "ReleaseSettings.chart_url: chart address is not an oci:// URL (got "
     "'oci://Quay.io/x'); write the chart's OCI address, such as 'oci://quay.io/cilium/charts/cilium'"),
    (dict(chart_url="ftp://x.example/charts"), "ReleaseSettings.chart_url: chart address is not an http(s) URL (got "
     "'ftp://x.example/charts'); write an oci:// chart address such as "
     "'oci://ghcr.io/home-operations/charts-mirror/external-dns', or a Helm repository's https:// URL such as "
     "'https://kubernetes-sigs.github.io/external-dns'"),
    (dict(chart=["x"]), "ReleaseSettings.chart: chart is not a chart name (got ['x']); name the chart as its "
                        "repository lists it, such as 'external-dns'"),
    (dict(chart="a/b"), "ReleaseSettings.chart: chart is not a chart name (got 'a/b'); name the chart as its "
                        "repository lists it, such as 'external-dns'"),
    (dict(version=1.19), "ReleaseSettings.version: chart version is empty or not a string (got 1.19); pin the "
                         "chart's version, such as '1.22.0' (or a semver range such as '1.22.x')"),
    (dict(chart_url="oci://ghcr.io/x/y", version="1.0+x"), "ReleaseSettings.version: chart version is not an OCI "
     "tag (got '1.0+x'); pin the chart's exact version, such as '1.18.4' or 'v1.21.1'"),
    (dict(source_name=3), f"ReleaseSettings.source_name: chart source name is not a DNS label (got 3); {DNS_LABEL_FIX}"),
    (dict(source_name="External"), "ReleaseSettings.source_name: chart source name is not a DNS label (got "
                                   f"'External'); {DNS_LABEL_FIX}"),
    (dict(source_interval=300), "ReleaseSettings.source_interval: source_interval is not a Go duration (got 300); "
                                f"{DURATION_FIX}"),
    (dict(source_interval="5 min"), "ReleaseSettings.source_interval: source_interval is not a Go duration (got "
                                    f"'5 min'); {DURATION_FIX}"),
    (dict(interval=1), f"ReleaseSettings.interval: interval is not a Go duration (got 1); {DURATION_FIX}"),
    (dict(interval="1d"), f"ReleaseSettings.interval: interval is not a Go duration (got '1d'); {DURATION_FIX}"),
    (dict(timeout=5.0), f"ReleaseSettings.timeout: timeout is not a Go duration (got 5.0); {DURATION_FIX}"),
    (dict(timeout="5"), f"ReleaseSettings.timeout: timeout is not a Go duration (got '5'); {DURATION_FIX}"),
    (dict(install_retries="3"), "ReleaseSettings.install_retries: install_retries is not an integer or None (got "
                                "'3'); write a whole number such as 3, or None"),
    (dict(install_retries=-2), "ReleaseSettings.install_retries: install_retries must be -1 (forever) or more (got "
                               "-2); write a whole number of retries such as 3, or -1 to retry forever"),
    (dict(upgrade_retries=True), "ReleaseSettings.upgrade_retries: upgrade_retries is not an integer or None (got "
                                 "True); write a whole number such as 3, or None"),
    (dict(upgrade_retries=-5), "ReleaseSettings.upgrade_retries: upgrade_retries must be -1 (forever) or more (got "
                               "-5); write a whole number of retries such as 3, or -1 to retry forever"),
    (dict(upgrade_cleanup_on_fail="yes"), "ReleaseSettings.upgrade_cleanup_on_fail: upgrade_cleanup_on_fail must be "
                                          f"True or False (got 'yes'); {BOOL_FIX}"),
    (dict(disable_schema_validation=1), "ReleaseSettings.disable_schema_validation: disable_schema_validation must be "
                                        f"True or False (got 1); {BOOL_FIX}"),
    (dict(keep_history="false"), "ReleaseSettings.keep_history: keep_history must be True or False (got 'false'); "
                                 f"{BOOL_FIX}"),
    (dict(crds=True), "ReleaseSettings.crds: CRD policy is unknown (got True); use one of: Skip, Create, CreateReplace"),
    (dict(crds="Replace"), "ReleaseSettings.crds: CRD policy is unknown (got 'Replace'); did you mean CreateReplace? "
                           "use one of: Skip, Create, CreateReplace"),
    (dict(values=[("a", 1)]), "ReleaseSettings.values: values must be a mapping of Helm values (got [('a', 1)]); "
                              "write nested values such as {'replicaCount': 2}"),
    (dict(values={"a": {1, 2}}), "ReleaseSettings.values: values.a is not a JSON value (set) (got {1, 2}); write a "
                                 "list, such as sorted(...)"),
]


@pytest.mark.parametrize("kw,message", SETTINGS_CASES, ids=[f"{next(iter(k))}-{i}" for i, (k, _) in
                                                            enumerate(SETTINGS_CASES)])
def test_release_settings_bad_input(kw, message):
    with pytest.raises(ValueError) as caught:
        ReleaseSettings(**kw)
    assert str(caught.value) == message


@pytest.mark.parametrize("build,message", [
    (lambda: HealthCheck("helmrelease", "x"), "HealthCheck.kind: kind is not a Kubernetes kind (got 'helmrelease'); "
     "write a kind such as 'HelmRelease' or 'CustomResourceDefinition'"),
    (lambda: HealthCheck(None, "x"), "HealthCheck.kind: kind is not a Kubernetes kind (got None); "  # type: ignore[arg-type]
     "write a kind such as 'HelmRelease' or 'CustomResourceDefinition'"),
    (lambda: HealthCheck("HelmRelease", "X_y"), f"HealthCheck.name: name is not a DNS subdomain name (got 'X_y'); "
                                                f"{SUBDOMAIN_FIX}"),
    (lambda: HealthCheck("HelmRelease", "x", namespace="Kube"), "HealthCheck.namespace: namespace is not a DNS label "
                                                                f"(got 'Kube'); {DNS_LABEL_FIX}"),
    (lambda: HealthCheck("Foo", "x"), "HealthCheck.api_version: api_version is needed for kind Foo (got None); write "
                                      "the object's apiVersion, such as 'apps/v1'"),
    (lambda: HealthCheck("Foo", "x", api_version="foo/bar"), "HealthCheck.api_version: api_version is not an "
     "apiVersion (got 'foo/bar'); write group/version such as 'helm.toolkit.fluxcd.io/v2', or 'v1'"),
    (lambda: SubstituteFrom(5), f"SubstituteFrom.name: name is not a DNS subdomain name (got 5); {SUBDOMAIN_FIX}"),  # type: ignore[arg-type]
    (lambda: SubstituteFrom("x", kind="Configmap"), "SubstituteFrom.kind: kind is unknown (got 'Configmap'); did you "
                                                    "mean ConfigMap? use one of: Secret, ConfigMap"),
    (lambda: SubstituteFrom("x", optional="no"), "SubstituteFrom.optional: optional must be True or False (got "  # type: ignore[arg-type]
                                                 "'no'); write True or False"),
])
def test_kustomization_parts_bad_input(build, message):
    with pytest.raises(ValueError) as caught:
        build()
    assert str(caught.value) == message


def kustomization(c: cdk8s.Chart, **kw: object) -> None:
    flux_kustomization(c, **{"name": "multus", "namespace": "network", "path": "./app", **kw})  # type: ignore[arg-type]


@pytest.mark.parametrize("kw,message", [
    (dict(name="Multus"), "c: Kustomization name is not a DNS subdomain name (got 'Multus'); " + SUBDOMAIN_FIX),
    (dict(path=None), "c: path is not a string (got None); write a string such as "
                      "'./kubernetes/apps/network/multus/app'"),
    (dict(source_kind="Git"), "c: source kind is unknown (got 'Git'); use one of: GitRepository, OCIRepository, "
                              "Bucket, ExternalArtifact"),
    (dict(retry_interval=60), f"c: retry_interval is not a Go duration (got 60); {DURATION_FIX}"),
    (dict(timeout="5 m"), f"c: timeout is not a Go duration (got '5 m'); {DURATION_FIX}"),
    (dict(wait="false"), "c: wait must be True or False (got 'false'); write True or False, or None for Flux's default"),
    (dict(prune=None), "c: prune must be True or False (got None); write True or False"),
    (dict(target_namespace="Network"), f"c: target namespace is not a DNS label (got 'Network'); {DNS_LABEL_FIX}"),
    (dict(depends_on="multus"), "c: depends_on is not a list or tuple (got 'multus'); write a list such as "
                                "['multus']"),
    (dict(depends_on=["a/b/c"]), f"c: depends_on[0] namespace is not a DNS label (got 'a/b'); {DNS_LABEL_FIX}"),
    (dict(health_checks=HealthCheck.crd("x.y")), "c: health_checks is not a list or tuple (got HealthCheck(kind="
     "'CustomResourceDefinition', name='x.y', namespace=None, api_version=None)); write a list such as "
     "[HealthCheck(kind='CustomResourceDefinition', name='x.y', namespace=None, api_version=None)]"),
    (dict(health_checks=[("HelmRelease", "x")]), "c: health_checks[0] is not a HealthCheck (got ('HelmRelease', "
     "'x')); build it with HealthCheck.crd(...)"),
    (dict(substitute_from=["cluster-secrets"]), "c: substitute_from[0] is not a SubstituteFrom (got "
     "'cluster-secrets'); build it with SubstituteFrom(...)"),
    (dict(labels={"app": 5}), "c: labels value of app is not a label value (got 5); write up to 63 letters, digits, "
                              "'-', '_' or '.', starting and ending with a letter or digit"),
])
def test_flux_kustomization_bad_input(kw, message):
    with pytest.raises(ValueError) as caught:
        kustomization(cdk8s.Chart(cdk8s.Testing.app(), "c"), **kw)
    assert str(caught.value) == message


@pytest.mark.parametrize("kw,message", [
    (dict(chart_version=131), "c/m: chart version is not an OCI tag (got 131); pin the chart's exact version, such "
                              "as '1.18.4' or 'v1.21.1'"),
    (dict(bin_path=["/opt/cni/bin"]), "c/m: bin_path is not a string (got ['/opt/cni/bin']); write a string such as "
                                      "'/opt/cni/bin'"),
    (dict(bin_path="opt/cni/bin"), "c/m: bin_path is not an absolute host path (got 'opt/cni/bin'); write the "
                                   "node's directory, such as '/opt/cni/bin'"),
    (dict(net_path="/etc/cni/net.d/"), "c/m: net_path is not an absolute host path (got '/etc/cni/net.d/'); write "
                                       "the node's directory, such as '/etc/cni/net.d'"),
    (dict(cpu_request=10), "c/m: cpu_request is not a Kubernetes quantity (got 10); write a quantity such as '100m', '128Mi' "
                           "or '1Gi'"),
    (dict(memory_limit="2 GB"), "c/m: memory_limit is not a Kubernetes quantity (got '2 GB'); write a quantity such as '100m', "
                                "'128Mi' or '1Gi'"),
    (dict(extra_values=[1]), "c/m: extra_values must be a mapping of Helm values (got [1]); write nested values "
                             "such as {'image': {'tag': 'v4.2.3'}}, or None"),
    (dict(extra_values={"a": float("nan")}), "c/m: extra_values.a is not a finite number (got nan); JSON has no NaN "
                                             "or Infinity; write a finite number"),
    (dict(release={"interval": "1h"}), "c/m: release is not a ReleaseSettings (got {'interval': '1h'}); pass "
     "ReleaseSettings(...), such as ReleaseSettings(interval='24h'), or None"),
])
def test_multus_bad_input(kw, message):
    with pytest.raises(ValueError) as caught:
        MultusRelease(cdk8s.Chart(cdk8s.Testing.app(), "c"), "m", **kw)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_an_oci_repository_refuses_a_helm_repository_url():
    with pytest.raises(ValueError) as caught:
        oci_repository(cdk8s.Chart(cdk8s.Testing.app(), "c"), name="x", namespace="y", url="oci://ghcr.io/x/y",
                       tag="1", release=ReleaseSettings(chart_url="https://charts.example.com"))
    assert str(caught.value) == ("c: an OCIRepository needs an oci:// chart address (got 'https://charts.example.com'); "
                                 "use chart_release(...) to switch to a Helm repository, or write an oci:// address")


# ---- the constructs take release= (seed 002: ExternalDNS from the OCI mirror, one source)

def seed002_dns(app: cdk8s.App) -> None:
    from homelab_constructs import (
        CloudflareProvider,
        CoreDnsRelease,
        ExternalDns,
        HomelabGateway,
        LoadBalancerPool,
        SelfSignedCa,
        dns_target_annotations,
    )

    c = chart(app, "dns")
    LoadBalancerPool(c, "Pool", name="pool", ranges=[("10.10.30.20", "10.10.30.49")])
    ca = SelfSignedCa(c, "Ca")
    external = HomelabGateway(c, "External", name="envoy-external", namespace="network", domain="cloudjur.com",
                              cluster_issuer=ca, load_balancer_ip="10.10.30.26",
                              annotations=dns_target_annotations("external.cloudjur.com"))
    ExternalDns(c, "Cloudflare", gateway=external, provider=CloudflareProvider(), name="external-dns",
                release=ReleaseSettings(**EXTERNAL_DNS))  # type: ignore[arg-type]
    ExternalDns(c, "Second", gateway=external, provider=CloudflareProvider(proxied=False), name="external-dns-second",
                visibility="internal", release=ReleaseSettings(**EXTERNAL_DNS, disable_schema_validation=True))  # type: ignore[arg-type]
    CoreDnsRelease(c, "CoreDns", release=ReleaseSettings(chart_url="oci://ghcr.io/coredns/charts/coredns",
                                                         version="1.45.2", install_retries=-1))


def test_seed002_constructs_take_release_settings(tmp_path):
    out = synth_app(seed002_dns, tmp_path)
    sources = {(s["metadata"]["namespace"], s["metadata"]["name"]): s["spec"] for s in out.kinds("OCIRepository")}
    assert sources[("network", "external-dns")]["url"] == EXTERNAL_DNS_OCI
    assert sources[("kube-system", "coredns")]["ref"] == {"tag": "1.45.2"}
    assert len(sources) == 2 and out.kinds("HelmRepository") == []
    for name in ("external-dns", "external-dns-second"):
        spec = out.find("HelmRelease", name)["spec"]
        assert spec["chartRef"] == {"kind": "OCIRepository", "name": "external-dns"}
        assert (spec["interval"], spec["uninstall"]) == ("24h", {"keepHistory": False})
    assert out.find("HelmRelease", "external-dns-second")["spec"]["install"]["disableSchemaValidation"] is True
    coredns = out.find("HelmRelease", "coredns")["spec"]
    assert coredns["chartRef"] == {"kind": "OCIRepository", "name": "coredns"}
    assert coredns["install"]["remediation"] == {"retries": -1}


def test_envoy_gateway_crd_policy_comes_only_from_its_preset():
    from homelab_constructs import EnvoyProfile

    app = cdk8s.Testing.app()
    bare = EnvoyProfile(chart(app, "bare"), "Envoy", namespace="bare", dashboards=())
    preset = EnvoyProfile.recommended(namespace="preset", name="preset", dashboards=()).build(chart(app, "preset"), "Envoy")
    specs = [profile.api_object("HelmRelease").to_json()["spec"] for profile in (bare, preset)]
    assert "install" not in specs[0] and "upgrade" not in specs[0]
    assert specs[1]["install"] == {"crds": "CreateReplace"} and specs[1]["upgrade"] == {"crds": "CreateReplace"}
