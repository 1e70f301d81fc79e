#!/usr/bin/env python3
"""Regenerate the committed CRD bindings in ``imports/`` from pinned CRD files.

Usage: ``python scripts/import_crds.py [CRD_DIR]`` (default: the repository's ``crds/``), or
``make imports CRDS=/path/to/crds``.  ``python scripts/import_crds.py --fetch DIR`` (or
``make fetch-crds``) downloads the upstream files pinned in ``cdk8s.yaml``'s
``crdSources`` into ``DIR`` with the same layout; it is the only step that uses the
network and never runs as part of a build or test.

Why a script and not a bare ``cdk8s import``:

* CRDs of one API group must be imported as *one* module, or each file's module
  overwrites the previous one.  The script joins every document of a group into one
  temporary file, with ``---`` separators (without them YAML documents merge).
* External Secrets v2.9.0 fails the jsii compile: its Keeper Security provider has a
  field ``getByTitleFallback`` ("names like getXxx conflict with Java getters").  The
  script prunes every SecretStore provider except the ones this library uses
  (``PROVIDERS_KEPT``), which removes that field and shrinks the binding from ~5 MB.
* Only each CRD's first listed version is imported (``first_version_only``): the one the
  library writes; older versions would double the classes every import pays for.
* Every module is named ``homelab_<group>`` (see ``GROUPS``).  ``imports`` is a
  namespace package, so a consumer repo's own ``imports/`` (``imports.k8s``, ...) and
  this library's bindings coexist without clashing, in Python module names and in
  jsii assembly names alike.

Nothing is fetched from the network; ``cdk8s.yaml`` lists the upstream URLs of the
same pinned files for people who want to re-import from upstream.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def child_env() -> dict[str, str]:
    """``homelab_constructs._env.child_env``, loaded by path: importing the package would load
    the very bindings this script regenerates."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_homelab_env", ROOT / "homelab_constructs" / "_env.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.child_env()

# module name -> CRD files (relative to the CRD directory).  One module per API group, and only
# the kinds the library writes: each binding class costs every process that imports the module
# (the schema checks read every pinned CRD from crds/, whatever is imported here).
GROUPS: dict[str, list[str]] = {
    "homelab_cilium": [
        "cilium/v1.18.4/v2/ciliumloadbalancerippools.yaml",
        "cilium/v1.18.4/v2/ciliumnetworkpolicies.yaml",
        "cilium/v1.18.4/v2/ciliumbgpclusterconfigs.yaml",
        "cilium/v1.18.4/v2/ciliumbgppeerconfigs.yaml",
        "cilium/v1.18.4/v2/ciliumbgpadvertisements.yaml",
        "cilium/v1.18.4/v2alpha1/ciliuml2announcementpolicies.yaml",
    ],
    "homelab_gateway": [
        "gateway-api/standard/gateway.networking.k8s.io_gatewayclasses.yaml",
        "gateway-api/standard/gateway.networking.k8s.io_gateways.yaml",
        "gateway-api/standard/gateway.networking.k8s.io_httproutes.yaml",
        "gateway-api/standard/gateway.networking.k8s.io_grpcroutes.yaml",
        "gateway-api/standard/gateway.networking.k8s.io_tlsroutes.yaml",
        "gateway-api/standard/gateway.networking.k8s.io_tcproutes.yaml",
        "gateway-api/standard/gateway.networking.k8s.io_udproutes.yaml",
        "gateway-api/standard/gateway.networking.k8s.io_referencegrants.yaml",
    ],
    "homelab_certmanager": [
        "cert-manager/cert-manager.io_clusterissuers.yaml",
        "cert-manager/cert-manager.io_issuers.yaml",
        "cert-manager/cert-manager.io_certificates.yaml",
    ],
    "homelab_envoygateway": [
        "envoy-gateway/gateway.envoyproxy.io_envoyproxies.yaml",
        "envoy-gateway/gateway.envoyproxy.io_clienttrafficpolicies.yaml",
        "envoy-gateway/gateway.envoyproxy.io_backendtrafficpolicies.yaml",
        "envoy-gateway/gateway.envoyproxy.io_envoyextensionpolicies.yaml",
        "envoy-gateway/gateway.envoyproxy.io_securitypolicies.yaml",
    ],
    "homelab_externaldns": ["external-dns/dnsendpoints.externaldns.k8s.io.yaml"],
    "homelab_multus": ["multus/networks-crd.yaml"],
    "homelab_keda": [
        "keda/keda.sh_scaledobjects.yaml",
    ],
    "homelab_fluxhelm": ["flux/helm.toolkit.fluxcd.io_helmreleases.yaml"],
    "homelab_fluxsource": [
        "flux/source.toolkit.fluxcd.io_ocirepositories.yaml",
        "flux/source.toolkit.fluxcd.io_helmrepositories.yaml",
    ],
    "homelab_fluxkustomize": ["flux/kustomize.toolkit.fluxcd.io_kustomizations.yaml"],
    "homelab_argocd": ["argo-cd/application-crd.yaml"],
    "homelab_externalsecrets": [
        "external-secrets/external-secrets.io_externalsecrets.yaml",
        "external-secrets/external-secrets.io_secretstores.yaml",
        "external-secrets/external-secrets.io_clustersecretstores.yaml",
        "external-secrets/external-secrets.io_pushsecrets.yaml",
    ],
    "homelab_grafana": ["grafana-operator/grafana.integreatly.org_grafanadashboards.yaml"],
    "homelab_monitoring": [
        "prometheus-operator/monitoring.coreos.com_servicemonitors.yaml",
        "prometheus-operator/monitoring.coreos.com_podmonitors.yaml",
        "prometheus-operator/monitoring.coreos.com_prometheusrules.yaml",
    ],
}

# External Secrets providers kept in SecretStore/ClusterSecretStore schemas.
PROVIDERS_KEPT = {"vault", "kubernetes", "fake"}


def prune_external_secrets(doc: dict) -> dict:
    """Drop unused SecretStore providers (Keeper's getByTitleFallback breaks jsii)."""
    if doc["spec"]["names"]["kind"] not in ("SecretStore", "ClusterSecretStore"):
        return doc
    for version in doc["spec"]["versions"]:
        spec = version["schema"]["openAPIV3Schema"]["properties"]["spec"]
        providers = spec["properties"]["provider"]["properties"]
        for name in sorted(providers):
            if name not in PROVIDERS_KEPT:
                del providers[name]
    return doc


def load_group(crd_dir: Path, files: list[str]) -> list[dict]:
    docs = []
    for rel in files:
        with open(crd_dir / rel, encoding="utf-8") as fh:
            docs.extend(first_version_only(d) for d in yaml.safe_load_all(fh) if d)
    return docs


def first_version_only(doc: dict) -> dict:
    """Keep only a CRD's first listed version: the one the library writes, and the one that gets
    the plain class name. The older versions (v1beta1, v2alpha1, ...) would add as many classes
    again, which every process that imports the binding pays for; the schema checks still read
    every version from ``crds/``."""
    if doc.get("kind") == "CustomResourceDefinition" and len(doc["spec"]["versions"]) > 1:
        doc["spec"]["versions"] = doc["spec"]["versions"][:1]
        doc["spec"]["versions"][0]["storage"] = True
    return doc


def fetch(target: Path) -> int:
    """Download every pinned upstream CRD file listed in cdk8s.yaml into ``target``."""
    import urllib.request

    sources = yaml.safe_load((ROOT / "cdk8s.yaml").read_text(encoding="utf-8"))["crdSources"]
    for rel, url in sources.items():
        dest = target / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        print(f"import_crds: fetching {url}", flush=True)
        with urllib.request.urlopen(url, timeout=60) as resp:  # noqa: S310 - pinned https URLs
            dest.write_bytes(resp.read())
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[1] == "--fetch":
        return fetch(Path(argv[2]).resolve())
    crd_dir = Path(argv[1] if len(argv) > 1 else ROOT / "crds").resolve()
    if not crd_dir.is_dir():
        print(f"import_crds: CRD directory {crd_dir} not found; pass it as the first argument", file=sys.stderr)
        return 2
    cdk8s = ROOT / "node_modules" / ".bin" / "cdk8s"
    out = ROOT / "imports"
    only = set(os.environ.get("ONLY", "").split()) or set(GROUPS)
    with tempfile.TemporaryDirectory() as tmp:
        specs = []
        for name, files in GROUPS.items():
            if name not in only:
                continue
            docs = load_group(crd_dir, files)
            if name == "homelab_externalsecrets":
                docs = [prune_external_secrets(d) for d in docs]
            path = Path(tmp) / f"{name}.yaml"
            path.write_text(yaml.safe_dump_all(docs, sort_keys=False), encoding="utf-8")
            specs.append(f"{name}:={path}")
        for name in only:
            shutil.rmtree(out / name, ignore_errors=True)
        env = child_env()
        for spec in specs:
            print(f"import_crds: importing {spec.split(':=')[0]}", flush=True)
            subprocess.run([str(cdk8s), "import", "--language", "python", "--output", str(out), spec],
                           check=True, cwd=tmp, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
