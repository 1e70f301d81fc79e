"""docs/network.md is generated from the model (``make docs``) and matches it."""
from __future__ import annotations

import importlib.util
import re

from homelab_constructs import Homelab

import cdk8s
import pytest
import yaml
from conftest import ROOT

from main import default_spec  # the seed data

_spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
gen_docs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen_docs)

DOC = ROOT / "docs" / "network.md"
NODE = re.compile(r"^\s*([A-Za-z0-9_]+)\s*(?:\(\[|\[\(|\[/|\{\{|\(\(|\[|\()")
EDGE = re.compile(r"^\s*([A-Za-z0-9_]+)\s*(?:---|-->)(?:\|[^|]*\|)?\s*([A-Za-z0-9_]+)(?:\(\([^)]*\)\))?\s*$")


@pytest.fixture(scope="module")
def page(default_homelab) -> str:
    return gen_docs.render(default_homelab.all())


def mermaid_blocks(text: str) -> list[str]:
    return re.findall(r"```mermaid\n(.*?)```", text, re.S)


def mermaid_problems(block: str) -> list[str]:
    """Structure Mermaid would choke on: unbalanced subgraphs, edges to undeclared nodes."""
    problems, nodes, depth = [], set(), 0
    lines = block.splitlines()
    if not lines or not re.match(r"^flowchart (LR|TD|TB|RL|BT)$", lines[0]):
        problems.append(f"first line is not a flowchart header: {lines[:1]}")
    for line in lines[1:]:
        if line.strip().startswith("subgraph "):
            depth += 1
            nodes.add(line.split()[1].split("[")[0])
        elif line.strip() == "end":
            depth -= 1
            if depth < 0:
                problems.append("'end' without a subgraph")
        elif EDGE.match(line):
            a, b = EDGE.match(line).groups()
            for n in (a, b):
                if n not in nodes and not re.search(rf"\b{n}\(\(", line):
                    problems.append(f"edge to undeclared node {n}: {line.strip()}")
        elif NODE.match(line):
            node = NODE.match(line).group(1)
            if node in nodes:
                problems.append(f"node declared twice: {node}")
            nodes.add(node)
        else:
            problems.append(f"unparsed line: {line.strip()}")
    if depth:
        problems.append(f"{depth} subgraph(s) not closed")
    return problems


def test_committed_page_matches_the_model(page):
    assert DOC.read_text(encoding="utf-8") == page, "docs/network.md is stale: run `make docs` and commit it"


def test_hostname_table_lists_every_routed_app_of_the_spec(page):
    spec = default_spec()
    rows = [line for line in page.split("## Hostnames", 1)[1].split("\n## ", 1)[0].splitlines()
            if line.startswith("| `")]
    # the apps as the Homelab builds them: the spec's apps and the VPN pod's web UI, each routed
    # unless its props say gateway=None
    lab = Homelab(cdk8s.Testing.app(), "Homelab", spec)
    assert set(lab.apps) == {a.name for a in spec.apps} | {spec.vpn.name}
    expected = [f"| `{a.name}.{spec.domain}` | {a.name} | {a.namespace} | {a.port} | "
                f"{spec.gateway.namespace}/{spec.gateway.name} (https) | {spec.gateway.load_balancer_ip} |"
                for a in lab.apps.values() if a.route is not None]
    # and the Hubble UI of the Cilium release (its Service comes from the chart)
    expected.append(f"| `hubble.{spec.domain}` | hubble-ui | kube-system | 80 | "
                    f"{spec.gateway.namespace}/{spec.gateway.name} (https) | {spec.gateway.load_balancer_ip} |")
    assert sorted(rows) == sorted(expected)
    assert len(rows) == 17


def test_request_path_from_client_to_every_service(page, default_homelab):
    diagram = mermaid_blocks(page)[0]
    assert 'client -->|"*.homelab.local"| dns' in diagram
    assert 'dns -->|"192.168.10.200"| vip_192_168_10_200' in diagram
    assert "vip_192_168_10_200 --> gw_default_homelab_gateway" in diagram
    assert 'gw_default_homelab_gateway -->|"http"| route_default_homelab_gateway_https_redirect' in diagram
    for route in default_homelab.kinds("HTTPRoute"):
        ns, name = route["metadata"]["namespace"], route["metadata"]["name"]
        for b in (b for r in route["spec"]["rules"] for b in r.get("backendRefs", [])):
            node = lambda *parts: re.sub(r"[^A-Za-z0-9_]", "_", "_".join(parts))  # noqa: E731 (gen_docs' ids)
            assert f"{node('route', ns, name)} --> {node('svc', ns, b['name'])}" in diagram
    # Jellyfin's own LoadBalancer VIP, straight to its Service
    assert "vip_192_168_10_201 --> svc_media_jellyfin" in diagram


def test_ca_chain(page):
    ca = mermaid_blocks(page)[1]
    for edge in ("issuer_selfsigned_issuer -->|issues| cert_cert_manager_homelab_ca",
                 "cert_cert_manager_homelab_ca -->|stored in| secret_cert_manager_homelab_ca_secret",
                 "secret_cert_manager_homelab_ca_secret -->|signs with| issuer_homelab_ca_issuer",
                 'issuer_homelab_ca_issuer -->|"issues for Gateway homelab-gateway"| tls_default_homelab_gateway_tls'):
        assert edge in ca


def test_diagrams_are_well_formed(page):
    blocks = mermaid_blocks(page)
    assert len(blocks) >= 2
    for block in blocks:
        assert mermaid_problems(block) == []


def test_mermaid_checker_catches_problems():
    assert mermaid_problems("flowchart LR\n    a[\"A\"]\n    subgraph s[\"S\"]\n    a --> b\n    a[\"again\"]\n") == [
        "edge to undeclared node b: a --> b", "node declared twice: a", "1 subgraph(s) not closed"]


VPN_OBJECTS = [
    {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "qbit", "namespace": "downloads"},
     "spec": {"template": {"spec": {"containers": [
         {"name": "gluetun", "image": "qmcgaw/gluetun:v3.40.0",
          "securityContext": {"capabilities": {"add": ["NET_ADMIN"], "drop": ["ALL"]}},
          "envFrom": [{"secretRef": {"name": "vpn-credentials"}}]},
         {"name": "qbittorrent", "image": "lscr.io/linuxserver/qbittorrent:5.1.2",
          "ports": [{"containerPort": 8080}]}]}}}},
    {"apiVersion": "external-secrets.io/v1", "kind": "ExternalSecret",
     "metadata": {"name": "vpn-credentials", "namespace": "downloads"},
     "spec": {"secretStoreRef": {"kind": "ClusterSecretStore", "name": "vault"}, "target": {"name": "vpn-credentials"}}},
]


def test_vpn_pod_section():
    """The VPN pod is drawn from the workload itself: containers, NET_ADMIN, kill switch, secret."""
    (found,) = gen_docs.vpn_pods(VPN_OBJECTS)
    diagram = gen_docs.vpn_diagram(VPN_OBJECTS, *found)
    assert mermaid_problems(diagram) == []
    assert "c_qbittorrent -->|all egress| c_gluetun" in diagram
    assert 'c_gluetun -->|"VPN tunnel only (kill switch)"| internet((Internet))' in diagram
    assert "es_downloads_vpn_credentials -->|credentials| c_gluetun" in diagram
    assert "+NET_ADMIN" in diagram
    assert "## VPN pod downloads/qbit" in gen_docs.render(VPN_OBJECTS)


def test_api_document_names_every_export():
    """The API overview stays complete: docs/api.md (generated from the API table, kept current
    by tests/test_architecture.py) names every public name, and the README's overview links it."""
    import homelab_constructs

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    overview = readme.split("## API overview", 1)[1].split("\n## ", 1)[0]
    assert "(docs/api.md)" in overview
    named = set(re.findall(r"`([A-Za-z_][A-Za-z0-9_]*)`", (ROOT / "docs" / "api.md").read_text(encoding="utf-8")))
    missing = sorted(set(homelab_constructs.__all__) - named)
    assert missing == [], f"run python scripts/gen_api_stub.py: docs/api.md misses {missing}"


def test_cilium_bootstrap_command_carries_the_release_values(page, default_homelab):
    section = page.split("## Cilium without Flux", 1)[1]
    crds, command = [block.split("```", 1)[0] for block in section.split("```sh\n")[1:3]]
    # Gateway API CRDs first: Cilium's controller only starts when they exist
    assert crds == "kubectl apply --server-side -f crds/gateway-api/standard/\n"
    assert (ROOT / "crds" / "gateway-api" / "standard").is_dir()
    assert command.startswith("cilium install --version 1.18.4 --namespace kube-system \\\n")
    assert "`helm install cilium cilium/cilium --version 1.18.4 -n kube-system -f values.yaml`" in section
    flags = dict(line.strip().rstrip(" \\").removeprefix("--set ").split("=", 1)
                 for line in command.splitlines()[1:])
    values = default_homelab.find("HelmRelease", "cilium", "kube-system")["spec"]["values"]
    assert flags["gatewayAPI.enabled"] == "true" and flags["kubeProxyReplacement"] == "true"
    assert flags["k8sServiceHost"] == values["k8sServiceHost"]
    assert not [f for f in flags if "serviceMonitor" in f]  # the CRDs do not exist yet at bootstrap
    values_file = yaml.safe_load(section.split("```yaml\n", 1)[1].split("```", 1)[0])
    # the values file says what the flags say: the release's values without the ServiceMonitors
    assert values_file == strip_service_monitors(values) and values_file != values

    def leaves(tree, prefix=""):
        for key, value in tree.items():
            if isinstance(value, dict):
                yield from leaves(value, f"{prefix}{key}.")
            else:
                yield f"{prefix}{key}", str(value).lower() if isinstance(value, bool) else str(value)
    assert dict(leaves(values_file)) == flags


def strip_service_monitors(tree):
    return {k: strip_service_monitors(v) if isinstance(v, dict) else v for k, v in tree.items() if k != "serviceMonitor"}


def test_request_path_draws_only_records_that_exist(page, default_homelab):
    """DNS leads only to addresses a record holds; Jellyfin's LoadBalancer is reached by IP."""
    diagram = page.split("## Request path", 1)[1].split("```", 2)[1]
    hosts = default_homelab.find("ConfigMap", "dns-records", "default")["data"]["hosts"]
    for ip in re.findall(r'dns -->\|"([0-9.]+)"\|', diagram):
        assert ip in hosts, ip
    assert '    client -->|"192.168.10.201 (no DNS record)"| vip_192_168_10_201' in diagram.splitlines()
