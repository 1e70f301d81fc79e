"""The README's commands and code blocks run as written (the consumer app's block is checked
character for character in test_consumer.py)."""
from __future__ import annotations

import filecmp
import re
import shlex
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, Synthesized, user_env

README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, re.S)


def test_quick_start_begins_with_the_two_commands():
    first = blocks(section("Quick start"), "sh")[0].splitlines()
    assert first[0].startswith("make synth ") and first[1].startswith("make test ")


def test_using_the_constructs_runs_as_written(tmp_path):
    text = section("Using the constructs")
    (program,) = blocks(text, "python")
    (command,) = blocks(text, "sh")
    (tmp_path / "my_homelab.py").write_text(program, encoding="utf-8")
    argv = shlex.split(command.strip())
    assert argv[0] == ".venv/bin/python"
    result = subprocess.run([str(ROOT / argv[0]), *argv[1:]], cwd=tmp_path, env=user_env(),
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = Synthesized(tmp_path / "dist")
    assert sorted(out.text) == ["apps", "certificates", "gateway", "network"]
    assert out.find("HTTPRoute", "grafana", "monitoring")["spec"]["hostnames"] == ["grafana.lab.example"]
    assert out.find("CiliumNetworkPolicy", "default-deny", "monitoring")


def test_the_cdk8s_import_command_writes_the_consumer_apps_binding(tmp_path):
    """`cdk8s import` of the pinned DNSEndpoint CRD (the README's command, on the local copy)."""
    command = next(line for line in blocks(section("Using the constructs from another repo"), "sh")[0].splitlines()
                   if line.startswith("cdk8s import "))
    url = command.split()[2]
    local = ROOT / "crds" / "external-dns" / Path(url).name
    assert url.endswith("/v0.22.0/config/crd/standard/" + local.name) and local.is_file()
    assert f"| `{url.split('/v0.22.0/', 1)[1]}` | `external-dns/{local.name}` |" in \
        (ROOT / "crds" / "SOURCES.md").read_text(encoding="utf-8")
    argv = [str(ROOT / "node_modules" / ".bin" / "cdk8s"), "import", str(local), *command.split()[3:]]
    result = subprocess.run(argv, cwd=tmp_path, env=user_env(), capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    compare = filecmp.dircmp(tmp_path / "imports", ROOT / "tests" / "consumer_app" / "imports",
                             ignore=["__pycache__"])

    def same(cmp: filecmp.dircmp) -> bool:
        return (not cmp.left_only and not cmp.right_only and not cmp.diff_files
                and all(same(sub) for sub in cmp.subdirs.values()))
    assert same(compare)


def test_chart_table_lists_every_chart(default_homelab):
    table = section("What the default homelab contains")
    listed = set(re.findall(r"^\| `([a-z<>-]+)` \|", table, re.M))
    charts = {("apps-<namespace>" if c.startswith("apps-") else "policies-<namespace>" if c.startswith("policies-")
               else c) for c in default_homelab.text}
    assert charts == listed


def test_readme_names_no_removed_script():
    for gone in ("scripts/synth.py", "scripts/validate_dist.py", "tests/reachability.py"):
        assert gone not in README


def test_escape_hatch_example_runs_as_written(tmp_path):
    (program,) = blocks(section("Escape hatches"), "python")
    (tmp_path / "hatch.py").write_text(program, encoding="utf-8")
    result = subprocess.run([sys.executable, "hatch.py"], cwd=tmp_path, capture_output=True, text=True,
                            env=user_env(CDK8S_OUTDIR=str(tmp_path / "dist")))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['Gateway homelab-gateway', 'HTTPRoute homelab-gateway-https-redirect']"
    gateway = Synthesized(tmp_path / "dist").find("Gateway", "homelab-gateway", "default")
    assert gateway["spec"]["infrastructure"] == {"labels": {"lab.example/team": "platform"}}


def test_saying_exactly_what_you_run_runs_as_written(tmp_path):
    """The section's blocks are one program: it runs, its manifests pass the validator (with the
    declared external objects) and say what the text says."""
    from homelab_constructs.validation import validate_dir

    program = "".join(blocks(section("Saying exactly what you run"), "python"))
    (tmp_path / "lab.py").write_text(program, encoding="utf-8")
    result = subprocess.run([sys.executable, "lab.py"], cwd=tmp_path, capture_output=True, text=True,
                            env=user_env(CDK8S_OUTDIR=str(tmp_path / "dist")))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split()[:4] == ["cilium", "install", "--version", "1.19.1"]
    assert result.stdout.count("--set ") == 5
    out = Synthesized(tmp_path / "dist")
    listeners = out.find("Gateway", "envoy-internal", "network")["spec"]["listeners"]
    assert [item["name"] for item in listeners] == ["http", "https", "tls-passthrough", "ssh"]
    assert "hostnames" not in out.find("HTTPRoute", "https-redirect", "network")["spec"]
    assert out.find("TLSRoute", "nas", "network")["spec"]["hostnames"] == ["nas.lab.example"]
    assert out.find("CiliumLoadBalancerIPPool", "pool")["spec"] == {"allowFirstLastIPs": "No",
                                                                    "blocks": [{"cidr": "10.10.30.0/24"}]}
    assert (tmp_path / "dist" / "external-objects.txt").read_text().splitlines()[-2:] == [
        "ClusterIssuer letsencrypt-production", "ClusterSecretStore bitwarden-fields"]
    assert validate_dir(tmp_path / "dist").ok


def test_one_spec_example_runs_as_written(tmp_path):
    """The spec of every construct's own props: what each prop says is what the bundle has."""
    (program,) = blocks(section("One spec for the whole homelab"), "python")
    (tmp_path / "lab.py").write_text(program, encoding="utf-8")
    result = subprocess.run([sys.executable, "lab.py"], cwd=tmp_path, capture_output=True, text=True,
                            env=user_env(CDK8S_OUTDIR=str(tmp_path / "dist")))
    assert result.returncode == 0, result.stderr
    out = Synthesized(tmp_path / "dist")
    assert out.find("CiliumL2AnnouncementPolicy", "lan-l2")["spec"]["interfaces"] == ["^eth[0-9]+"]
    gateway = out.find("Gateway", "homelab-gateway", "default")
    assert gateway["metadata"]["labels"]["lab.example/team"] == "platform"
    assert gateway["spec"]["infrastructure"]["annotations"]["lbipam.cilium.io/ips"] == "192.168.1.240"
    assert out.find("HTTPRoute", "grafana", "monitoring")["spec"]["hostnames"] == ["grafana.lab.example"]
    jellyfin = out.find("Service", "jellyfin-web", "media")
    assert jellyfin["spec"]["type"] == "LoadBalancer"
    assert out.find("Service", "postgres", "data")
    assert not [r for r in out.all() if r["kind"] == "HTTPRoute" and r["metadata"]["name"] == "postgres"]
    assert out.find("HTTPRoute", "qbit", "downloads")["spec"]["hostnames"] == ["qbit.lab.example"]
    assert out.find("ExternalSecret", "vpn-credentials", "downloads")["spec"]["secretStoreRef"]["name"] == "vault"
    source = out.find("OCIRepository", "cert-manager", "cert-manager")
    assert source["spec"]["ref"] == {"tag": "v1.21.1"}
