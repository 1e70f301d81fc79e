"""The pinned CRD schema set: the repository's crds/, the wheel's compact form, and every way
either can be broken (each an error that names the file, never a silent pass)."""
from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

from homelab_constructs.validation import validate_objects
from homelab_constructs.validation.crdset import (
    REQUIRED_KINDS,
    SUMS,
    SchemaSetError,
    compact_bytes,
    read,
    read_compact,
    read_dir,
    write_compact,
)

import pytest
from conftest import ROOT

CRDS = ROOT / "crds"
GATEWAYS = "gateway-api/standard/gateway.networking.k8s.io_gateways.yaml"


@pytest.fixture(scope="module")
def compact(tmp_path_factory) -> Path:
    return write_compact(CRDS, tmp_path_factory.mktemp("compact") / "crds.json.gz")


@pytest.fixture
def copy(tmp_path) -> Path:
    out = tmp_path / "crds"
    shutil.copytree(CRDS, out)
    return out


def test_the_repository_keeps_every_pinned_crd_with_its_checksum_and_source():
    listed = [line.split("  ")[1].removeprefix("./") for line in (CRDS / SUMS).read_text().splitlines()]
    files = sorted(p.relative_to(CRDS).as_posix() for p in CRDS.rglob("*.yaml"))
    assert listed == files and len(files) == 53
    sources = (CRDS / "SOURCES.md").read_text()
    assert all(f"`{name}`" in sources for name in files)  # upstream, tag, commit, license of each


def test_compact_set_holds_the_same_schemas_without_descriptions(compact):
    from_dir = {(e.group, e.version, e.kind): e for e in read_dir(CRDS)}
    from_compact = {(e.group, e.version, e.kind): e for e in read_compact(compact)}
    assert from_dir.keys() == from_compact.keys() and len(from_dir) > 60
    gateway = from_compact[("gateway.networking.k8s.io", "v1", "Gateway")]
    text = json.dumps(gateway.schema)
    assert '"description"' not in json.dumps(from_compact[("cert-manager.io", "v1", "Certificate")].schema)
    assert "x-kubernetes-validations" in text  # the CEL rules stay
    # a property *named* description is a field, not documentation: it stays
    assert "description" in from_compact[("cilium.io", "v2", "CiliumNetworkPolicy")].schema["properties"]["spec"][
        "properties"]
    assert compact.stat().st_size < 200_000 < sum(p.stat().st_size for p in CRDS.rglob("*.yaml")) / 10
    assert compact_bytes(CRDS) == compact.read_bytes()  # deterministic


def test_both_forms_validate_the_default_homelab_alike(default_homelab, compact):
    from homelab_constructs.validation.recommendations import read_waivers

    objects, waivers = default_homelab.pairs(), read_waivers(default_homelab.outdir)
    from_dir, from_compact = validate_objects(objects, CRDS, waivers=waivers), validate_objects(objects, compact,
                                                                                               waivers=waivers)
    assert from_dir.ok and from_compact.ok
    assert from_dir.summary() == from_compact.summary()
    assert from_compact.crd_objects > 60 and from_compact.cel.evaluated > 300


def test_required_kinds_cover_what_the_library_writes(synthesized):
    from homelab_constructs.delivery.stages import BUILT_IN_GROUPS

    written = {(o["apiVersion"].split("/")[0], o["kind"]) for app in synthesized.values() for o in app.all()
               if "." in o["apiVersion"].split("/")[0] and o["apiVersion"].split("/")[0] not in BUILT_IN_GROUPS}
    assert written <= REQUIRED_KINDS, written - REQUIRED_KINDS


def test_a_truncated_crd_file_is_named(copy):
    path = copy / GATEWAYS
    path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(SchemaSetError) as err:
        read(copy)
    assert str(err.value) == (f"{path}: does not match its checksum in {copy / SUMS} (changed or truncated); "
                              "restore the pinned upstream file")


def test_malformed_yaml_is_named_when_no_checksums_are_kept(copy):
    (copy / SUMS).unlink()
    path = copy / GATEWAYS
    path.write_text("spec: [unclosed\n")
    with pytest.raises(SchemaSetError, match=rf"^{path}: not readable YAML \(.*\); restore the pinned upstream file$"):
        read(copy)


def test_a_missing_or_unlisted_file_is_named(copy):
    (copy / GATEWAYS).unlink()
    with pytest.raises(SchemaSetError) as err:
        read(copy)
    assert str(err.value).startswith(f"{copy / GATEWAYS}: listed in {copy / SUMS} but missing")
    shutil.copy(CRDS / GATEWAYS, copy / GATEWAYS)
    (copy / "extra.yaml").write_text("kind: CustomResourceDefinition\n")
    with pytest.raises(SchemaSetError, match=rf"^{copy / 'extra.yaml'}: not listed in {copy / SUMS}"):
        read(copy)


def test_a_set_without_a_kind_the_library_writes_is_refused(copy):
    (copy / SUMS).unlink()
    (copy / GATEWAYS).unlink()
    with pytest.raises(SchemaSetError) as err:
        read(copy)
    assert str(err.value) == (f"{copy}: the schema set has no CRD for Gateway (gateway.networking.k8s.io); the "
                              "library writes these kinds, so add the pinned CRD files (see crds/SOURCES.md)")


@pytest.mark.parametrize("damage, why", [
    (lambda b: b[: len(b) // 2], "unreadable (EOFError"),
    (lambda b: b"not gzip at all", "unreadable (BadGzipFile"),
    (lambda b: gzip.compress(b"{}"), "unreadable (KeyError"),
    (lambda b: gzip.compress(json.dumps({**json.loads(gzip.decompress(b)), "sha256": "0" * 64}).encode()),
     "fails its format or checksum check"),
])
def test_a_damaged_compact_set_is_named(compact, tmp_path, damage, why):
    broken = tmp_path / "crds.json.gz"
    broken.write_bytes(damage(compact.read_bytes()))
    with pytest.raises(SchemaSetError) as err:
        read(broken)
    assert str(err.value).startswith(f"{broken}: the compact CRD schema set ")
    assert why in str(err.value)
    assert str(err.value).endswith("reinstall the homelab-constructs wheel (or set CRDS_DIR to a directory of CRD files)")


def test_a_verified_set_is_read_from_the_cache_the_second_time(tmp_path, monkeypatch):
    """The YAML of a verified set is parsed once and kept by the files' checksums; a broken cache
    file is read again from the YAML, and a changed file is still refused before any cache."""
    import json as _json

    from homelab_constructs.validation import crdset

    monkeypatch.setenv("HOMELAB_CONSTRUCTS_CACHE", str(tmp_path / "cache"))
    first = crdset.read_dir(ROOT / "crds")
    (cached,) = (tmp_path / "cache").glob("crds-*.json")
    assert crdset.read_dir(ROOT / "crds") == first
    cached.write_text("not json", encoding="utf-8")
    assert crdset.read_dir(ROOT / "crds") == first
    assert _json.loads(cached.read_text(encoding="utf-8"))  # rewritten whole
    monkeypatch.setenv("HOMELAB_CONSTRUCTS_CACHE", "")
    assert crdset.read_dir(ROOT / "crds") == first
    assert len(list((tmp_path / "cache").glob("crds-*.json"))) == 1
