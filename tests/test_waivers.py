"""Waivers of the library's recommendations (recommendations.py, validation/recommendations.py):
an opt-out writes nothing into any object, is listed by run_app, the synth summary and
dist/waivers.txt, and validate honours that file; the rules themselves are split into errors and
recommendations. The bad inputs of waive() are rows of test_bad_input_waivers.py."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from homelab_constructs import (
    RECOMMENDATIONS,
    DnsEndpoint,
    DnsRecord,
    HomelabApp,
    HomelabGateway,
    HomelabValidationError,
    SelfSignedCa,
    Waiver,
    synth,
    waive,
)
from homelab_constructs.recommendations import waivers
from homelab_constructs.synthesis import checks_passed
from homelab_constructs.tools.cli import run_app
from homelab_constructs.validation import validate_dir
from homelab_constructs.validation.crossobject import cross_object_problems, error_problems
from homelab_constructs.validation.recommendations import WAIVERS_FILE, WaiverEntry, read_waivers, write_waivers

import cdk8s
import pytest
from conftest import ROOT, crds_dir, user_env

REASON = "media runs without policies until its apps are mapped"


def routed_app(app: cdk8s.App) -> None:
    """A gateway and one routed app in ``media``, a namespace no policy isolates."""
    gateway = HomelabGateway(cdk8s.Chart(app, "gateway"), "Gateway", domain="homelab.local",
                             cluster_issuer=SelfSignedCa(cdk8s.Chart(app, "certificates"), "Ca"))
    HomelabApp(cdk8s.Chart(app, "apps"), "sonarr", name="sonarr", namespace="media", port=8989, gateway=gateway)


def private_record(app: cdk8s.App) -> DnsEndpoint:
    """A public record of a LAN address, published by a public ExternalDNS instance."""
    from homelab_constructs import CloudflareProvider, ExternalDns, declare_external, dns_target_annotations

    dns = cdk8s.Chart(app, "dns")
    gateway = HomelabGateway(dns, "Gateway", domain="example.com",
                             cluster_issuer=declare_external(dns, "ClusterIssuer", "letsencrypt"),
                             annotations=dns_target_annotations("external.example.com"))
    ExternalDns(dns, "Public", gateway=gateway, provider=CloudflareProvider())
    return DnsEndpoint(dns, "Nas", name="nas", namespace="network",
                       records=[DnsRecord("nas.example.com", type="A", targets=("192.168.1.10",))])


def objects(app: cdk8s.App) -> dict[str, list]:
    """Every chart's objects, as cdk8s writes them (the app's checks answer as passed: an app
    without its waiver does not pass them)."""
    with checks_passed(app):
        return {c.node.id: c.to_json() for c in app.node.children if isinstance(c, cdk8s.Chart)}


def files(outdir: Path) -> dict[str, bytes]:
    return {p.relative_to(outdir).as_posix(): p.read_bytes() for p in sorted(outdir.rglob("*")) if p.is_file()}


# ---- the rules: errors and recommendations

def test_every_recommendation_is_named_and_scoped():
    assert {name: r.per for name, r in RECOMMENDATIONS.items()} == {
        "isolation": "namespace", "public-dns-private-address": "construct"}
    assert RECOMMENDATIONS["isolation"].waive_code("media") == (
        "waive(scope, 'isolation', namespace='media', reason='<why>')")


def test_recommendations_are_not_errors():
    route = {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute", "metadata": {"name": "a", "namespace": "media"},
             "spec": {"rules": [{"backendRefs": [{"name": "a", "port": 80}]}]}}
    assert error_problems([("f.yaml", route)]) == []
    found = cross_object_problems([("f.yaml", route)])
    assert [p.recommendation for p in found] == ["isolation"]
    assert "waive(scope, 'isolation', namespace='media', reason='<why>')" in found[0].message  # code to paste
    assert cross_object_problems([("f.yaml", route)], waivers=[WaiverEntry("isolation", "media", REASON)]) == []


# ---- a waiver writes nothing into any object

def test_a_namespace_waiver_writes_nothing(tmp_path):
    without = cdk8s.App(outdir=str(tmp_path / "without"))
    routed_app(without)
    with pytest.raises(HomelabValidationError, match="routed namespace is not isolated, as the library recommends"):
        synth(without)

    waived = cdk8s.App(outdir=str(tmp_path / "with"))
    routed_app(waived)
    waiver = waive(waived.node.find_child("apps"), "isolation", namespace="media", reason=REASON)
    assert isinstance(waiver, Waiver) and waiver.node.path == "apps/Waiver-isolation-media"
    assert objects(waived) == objects(without)  # the same objects, byte for byte as JSON
    synth(waived)
    written = files(tmp_path / "with")
    assert written.pop(WAIVERS_FILE).decode().splitlines()[-1] == f"isolation namespace=media: {REASON}"
    written.pop("prerequisites.txt")  # what synth() lists beside the manifests, waiver or not
    plain = cdk8s.App(outdir=str(tmp_path / "plain"))  # what the app writes without the waiver, unchecked
    routed_app(plain)
    plain.synth()
    assert written == files(tmp_path / "plain")
    assert "network-isolation" not in json.dumps(objects(waived))


def test_a_construct_waiver_writes_nothing(tmp_path):
    without = cdk8s.App(outdir=str(tmp_path / "without"))
    private_record(without)
    with pytest.raises(HomelabValidationError) as caught:
        synth(without)
    assert str(caught.value) == (
        "dns/Nas: public record nas.example.com points at a private address (got ['192.168.1.10']); publish private "
        "addresses with visibility='internal'; or, to keep it, waive the recommendation with a reason: "
        "waive(scope, 'public-dns-private-address', construct='dns/Nas', reason='<why>')")

    waived = cdk8s.App(outdir=str(tmp_path / "with"))
    endpoint = private_record(waived)
    waive(endpoint.node.scope, "public-dns-private-address", construct=endpoint,
          reason="LAN clients resolve the NAS through the public zone")
    assert objects(waived) == objects(without)
    synth(waived)
    assert (tmp_path / "with" / WAIVERS_FILE).read_text().splitlines()[-1] == (
        "public-dns-private-address construct=dns/Nas: LAN clients resolve the NAS through the public zone")
    # validate lists construct waivers without checking them (the constructs' checks do, at synth)
    report = validate_dir(tmp_path / "with", crds_dir())
    assert report.ok and [w.target for w in report.waivers] == ["dns/Nas"]


def test_a_waiver_by_path_covers_what_is_built_under_it(tmp_path):
    app = cdk8s.App(outdir=str(tmp_path))
    private_record(app)
    waive(app.node.find_child("dns"), "public-dns-private-address", construct="dns",
          reason="the whole DNS chart publishes LAN addresses on purpose")
    synth(app)
    assert [w.target for w in waivers(app)] == ["dns"]


# ---- listed where reviewers see it

def test_run_app_lists_each_waiver(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CDK8S_OUTDIR", str(tmp_path))

    def build(app: cdk8s.App) -> None:
        routed_app(app)
        waive(app.node.find_child("apps"), "isolation", namespace="media", reason=REASON)

    assert run_app(build) == 0
    assert capsys.readouterr().out.splitlines() == [f"waived isolation for namespace media: {REASON}"]


APP = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
sys.path.insert(0, {str(Path(__file__).parent)!r})
import cdk8s
from homelab_constructs import declare_external, waive
from homelab_constructs.tools.cli import run_app
from test_waivers import REASON, routed_app

def build(app):
    routed_app(app)
    for namespace in ("media", "cert-manager"):  # created elsewhere: this app is a fragment
        declare_external(app, "Namespace", namespace)
    waive(app.node.find_child("apps"), "isolation", namespace="media", reason=REASON)

sys.exit(run_app(build))
"""


def test_synth_summary_lists_each_waiver_once_and_validate_honours_the_file(tmp_path):
    script = tmp_path / "app.py"
    script.write_text(APP)
    dist = tmp_path / "dist"
    result = subprocess.run([sys.executable, "-m", "homelab_constructs", "synth", "--app", f"{sys.executable} {script}",
                             "--out", str(dist), "--crds", str(crds_dir())], cwd=tmp_path,
                            env=user_env(PYTHONPATH=str(ROOT)), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line for line in lines if line.startswith("synth: wrote")][0].startswith(f"synth: wrote 3 manifests to {dist}")
    assert [line for line in lines if line.startswith("waived") or line.startswith("synth: waived")] == [
        f"synth: waived isolation for namespace media: {REASON} (waivers.txt)"]  # once: not the app's line too
    assert read_waivers(dist) == (WaiverEntry("isolation", "media", REASON, "waivers.txt:4"),)

    report = validate_dir(dist, crds_dir())
    assert report.ok and report.summary().endswith("; 0 problems; 1 recommendations waived (waivers.txt)")
    (dist / WAIVERS_FILE).unlink()  # without the file, validate refuses the namespace
    report = validate_dir(dist, crds_dir())
    assert [p.recommendation for p in report.problems] == ["isolation"]
    assert report.summary().endswith("; 1 problems (1 of the library's recommendations)")


def test_validate_refuses_a_waiver_that_waives_nothing(tmp_path):
    out = tmp_path / "out"
    app = cdk8s.App(outdir=str(out))
    routed_app(app)
    waive(app.node.find_child("apps"), "isolation", namespace="media", reason=REASON)
    synth(app)
    write_waivers(out, [WaiverEntry("isolation", "media", REASON), WaiverEntry("isolation", "vault", "stale")])
    assert [str(p) for p in validate_dir(out, crds_dir()).problems] == [
        "waivers.txt:5: isolation namespace=vault: <root>: waiver of isolation waives nothing: no route sends traffic "
        "into the namespace (got 'vault'); drop the waiver"]


def test_waivers_file_round_trip_and_errors(tmp_path):
    entries = [WaiverEntry("isolation", "media", "a reason: with a colon"),
               WaiverEntry("public-dns-private-address", "dns/Nas", "on purpose")]
    write_waivers(tmp_path, entries)
    assert [(w.recommendation, w.target, w.reason) for w in read_waivers(tmp_path)] == [
        ("isolation", "media", "a reason: with a colon"), ("public-dns-private-address", "dns/Nas", "on purpose")]
    for line in ("isolated namespace=media: why", "isolation construct=apps/x: why", "isolation namespace=media:"):
        (tmp_path / WAIVERS_FILE).write_text(line + "\n")
        with pytest.raises(ValueError, match=r"waivers.txt:1: not '<recommendation> namespace=<namespace>: <reason>'"):
            read_waivers(tmp_path)
    write_waivers(tmp_path, [])
    assert not (tmp_path / WAIVERS_FILE).exists()


# ---- Homelab: IsolationSpec.opt_out and enabled=False waive the same way

def test_homelab_opt_outs_are_waivers(tmp_path):
    from homelab_constructs import Homelab, HomelabSpec, IsolationSpec

    def build(app: cdk8s.App) -> None:
        Homelab(app, "Homelab", HomelabSpec(
            apps=(HomelabApp.props(name="sonarr", port=8989, namespace="media"),
                  HomelabApp.props(name="backup", port=8080, namespace="backups", gateway=None)),  # not routed
            isolation=IsolationSpec(opt_out={"media": REASON, "backups": "nothing routes there"})))

    app = cdk8s.App(outdir=str(tmp_path))
    build(app)
    synth(app)
    # only the routed namespace has something to waive; neither Namespace carries an annotation
    assert [(w.target, w.reason, w.source) for w in waivers(app)] == [
        ("media", REASON, "apps-media/Waiver-isolation-media")]
    assert "network-isolation" not in "".join(p.read_text() for p in tmp_path.glob("*.yaml"))


def test_homelab_without_isolation_waives_every_routed_namespace(tmp_path):
    from homelab_constructs import Homelab, HomelabSpec, IsolationSpec

    app = cdk8s.App(outdir=str(tmp_path))
    Homelab(app, "Homelab", HomelabSpec(apps=(HomelabApp.props(name="sonarr", port=8989, namespace="media"),
                                              HomelabApp.props(name="home", port=3000, namespace="dashboards")),
                                        isolation=IsolationSpec(enabled=False)))
    synth(app)
    assert [w.line() for w in read_waivers(tmp_path)] == [
        "isolation namespace=dashboards: isolation is off for the whole homelab (IsolationSpec(enabled=False))",
        "isolation namespace=media: isolation is off for the whole homelab (IsolationSpec(enabled=False))"]
