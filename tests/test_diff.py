"""``python -m homelab_constructs diff OLD_DIR NEW_DIR``: what a change does to the cluster, object
by object. Small hand-written directories first (added, removed, changed, lists matched by name,
Secrets, moves, truncation, exit codes, bad input), then two versions of the default homelab."""
from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from homelab_constructs import Homelab, HomelabApp
from homelab_constructs.tools.diff import MAX_LINES, FieldPath, format_path, main

import pytest
import yaml
from conftest import ROOT, run_standalone, synth_app, user_env

GATEWAY_API = "gateway.networking.k8s.io/v1"
HELM = "helm.toolkit.fluxcd.io/v2"


def obj(kind: str, name: str, namespace: str | None = None, api_version: str = "v1", **fields: Any) -> dict:
    metadata: dict[str, Any] = {"name": name}
    if namespace:
        metadata["namespace"] = namespace
    metadata.update(fields.pop("metadata", {}))
    return {"apiVersion": api_version, "kind": kind, "metadata": metadata, **fields}


def write(root: Path, files: dict[str, list[dict]]) -> Path:
    """A directory of manifests: file name -> its objects (one multi-document file each)."""
    root.mkdir(parents=True, exist_ok=True)
    for name, objects in files.items():
        (root / name).write_text(yaml.safe_dump_all(objects, sort_keys=False), encoding="utf-8")
    return root


def run(capsys, *args: str | Path) -> tuple[int, str, str]:
    """``main(args)`` in this process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def cli(*args: str | Path) -> subprocess.CompletedProcess:
    """The command as a user runs it."""
    return subprocess.run([sys.executable, "-m", "homelab_constructs", "diff", *map(str, args)],
                          cwd=ROOT, env=user_env(), capture_output=True, text=True, timeout=300)


def service(name: str, namespace: str, port: int = 80, **labels: str) -> dict:
    return obj("Service", name, namespace, metadata={"labels": {"app.kubernetes.io/name": name, **labels}},
               spec={"ports": [{"name": "http", "port": port, "protocol": "TCP"}],
                     "selector": {"app.kubernetes.io/name": name}, "type": "ClusterIP"})


def gateway(listeners: list[tuple[str, int]], addresses: list[str]) -> dict:
    return obj("Gateway", "gw", "default", GATEWAY_API,
               spec={"addresses": [{"value": a} for a in addresses], "gatewayClassName": "cilium",
                     "listeners": [{"name": n, "port": p, "protocol": "HTTPS"} for n, p in listeners]})


# ---- added, removed, changed


@pytest.fixture
def shop(tmp_path: Path) -> tuple[Path, Path]:
    old = write(tmp_path / "old", {
        "shop.k8s.yaml": [obj("Namespace", "shop"), service("web", "shop"), obj("ConfigMap", "legacy", "shop",
                                                                                 data={"mode": "old"})],
    })
    new = write(tmp_path / "new", {
        "shop.k8s.yaml": [obj("Namespace", "shop"), service("web", "shop", port=8080, tier="front"),
                          obj("ConfigMap", "settings", "shop", data={"mode": "new"})],
        "cache.k8s.yaml": [service("cache", "shop")],
    })
    return old, new


def test_added_removed_changed_in_markdown(capsys, shop):
    assert run(capsys, *shop) == (1, """\
**2 added, 1 removed, 1 changed** (1 unchanged)

### Added

- `ConfigMap shop/settings` (shop.k8s.yaml)
- `Service shop/cache` (cache.k8s.yaml)

### Removed

- `ConfigMap shop/legacy` (shop.k8s.yaml)

### Changed

- `Service shop/web`
  - `metadata.labels.tier`: added `"front"`
  - `spec.ports[name=http].port`: `80` → `8080`
""", "")


def test_added_removed_changed_in_text(capsys, shop):
    assert run(capsys, *shop, "--format", "text") == (1, """\
2 added, 1 removed, 1 changed (1 unchanged)

Added:
  ConfigMap shop/settings (shop.k8s.yaml)
  Service shop/cache (cache.k8s.yaml)

Removed:
  ConfigMap shop/legacy (shop.k8s.yaml)

Changed:
  Service shop/web
    metadata.labels.tier: added "front"
    spec.ports[name=http].port: 80 → 8080
""", "")


def test_keys_with_dots_or_slashes_are_quoted(capsys, tmp_path):
    old = write(tmp_path / "old", {"a.yaml": [obj("Namespace", "shop", metadata={"labels": {
        "app.kubernetes.io/name": "shop", "team": "a", "odd key": "x"}})]})
    new = write(tmp_path / "new", {"a.yaml": [obj("Namespace", "shop", metadata={"labels": {
        "app.kubernetes.io/name": "store", "team": "b", "odd key": "y"}})]})
    assert run(capsys, old, new, "--format", "text") == (1, """\
0 added, 0 removed, 1 changed (0 unchanged)

Changed:
  Namespace shop
    metadata.labels["app.kubernetes.io/name"]: "shop" → "store"
    metadata.labels["odd key"]: "x" → "y"
    metadata.labels.team: "a" → "b"
""", "")


@pytest.mark.parametrize("path, text", [
    ((("key", "spec"), ("key", "listeners"), ("index", 0), ("key", "port")), "spec.listeners[0].port"),
    ((("key", "spec"), ("key", "listeners"), ("name", "https"), ("key", "port")), "spec.listeners[name=https].port"),
    ((("key", "metadata"), ("key", "labels"), ("key", "app.kubernetes.io/name")),
     'metadata.labels["app.kubernetes.io/name"]'),
    ((("key", "data"), ("key", "dnsmasq.conf")), 'data["dnsmasq.conf"]'),
    ((("key", "spec"), ("key", "ports"), ("name", "my port"), ("key", "port")), 'spec.ports[name="my port"].port'),
    ((("key", "x-y_z"), ("key", "8080"), ("key", "")), 'x-y_z["8080"][""]'),
])
def test_format_path(path: FieldPath, text: str):
    assert format_path(path) == text


# ---- lists


def test_lists_of_named_items_are_compared_by_name(capsys, tmp_path):
    """One listener inserted before https: one item added, https's own change, nothing shifted;
    the addresses (items without a name) are compared by index."""
    old = write(tmp_path / "old", {"gw.k8s.yaml": [
        gateway([("http", 80), ("https", 443), ("tls", 6443)], ["192.168.10.200"])]})
    new = write(tmp_path / "new", {"gw.k8s.yaml": [
        gateway([("http", 80), ("admin", 9000), ("https", 8443), ("tls", 6443)], ["192.168.10.200", "192.168.10.201"])]})
    code, out, err = run(capsys, old, new)
    assert (code, out, err) == (1, """\
**0 added, 0 removed, 1 changed** (0 unchanged)

### Changed

- `Gateway default/gw`
  - `spec.addresses[1]`: added `{"value": "192.168.10.201"}`
  - `spec.listeners[name=admin]`: added `{"name": "admin", "port": 9000, "protocol": "HTTPS"}`
  - `spec.listeners[name=https].port`: `443` → `8443`
""", "")
    assert "listeners[" + "2" not in out and "tls" not in out


def test_a_new_order_of_named_items_is_one_change(capsys, tmp_path):
    ports = [{"name": "http", "port": 80}, {"name": "https", "port": 443}]
    old = write(tmp_path / "old", {"a.yaml": [obj("Service", "web", "shop", spec={"ports": ports})]})
    new = write(tmp_path / "new", {"a.yaml": [obj("Service", "web", "shop", spec={"ports": ports[::-1]})]})
    assert run(capsys, old, new, "--format", "text") == (1, """\
0 added, 0 removed, 1 changed (0 unchanged)

Changed:
  Service shop/web
    spec.ports: order ["http", "https"] → ["https", "http"]
""", "")


def test_other_lists_are_compared_by_index(capsys, tmp_path):
    route = obj("HTTPRoute", "web", "shop", GATEWAY_API, spec={"hostnames": ["a.example", "b.example"]})
    old = write(tmp_path / "old", {"a.yaml": [route]})
    new = write(tmp_path / "new", {"a.yaml": [{**route, "spec": {"hostnames": ["c.example"]}}]})
    assert run(capsys, old, new, "--format", "text") == (1, """\
0 added, 0 removed, 1 changed (0 unchanged)

Changed:
  HTTPRoute shop/web
    spec.hostnames[0]: "a.example" → "c.example"
    spec.hostnames[1]: removed "b.example"
""", "")


# ---- secrets

#: every secret value the next test writes (and their base64 forms): none may be printed
SECRET_VALUES = ("aHVudGVyMg==", "c3dvcmRmaXNo", "YWRtaW4=", "dG9rZW4=", "bmV3LXNlY3JldA==", "plain-text-secret",
                 "hunter2", "swordfish", "s3cr3t-old", "s3cr3t-new", "abc123", "xyz789", "K3y-value", "tok-value",
                 "db-pass-old", "db-pass-new", "opaque-value")


@pytest.fixture
def secrets(tmp_path: Path) -> tuple[Path, Path]:
    def deployment(env: list[dict], args: list[str]) -> dict:
        return obj("Deployment", "app", "shop", "apps/v1", spec={"template": {"spec": {"containers": [
            {"name": "app", "image": "app:1", "args": args, "env": env}]}}})

    old = write(tmp_path / "old", {"a.k8s.yaml": [
        obj("Secret", "creds", "shop", type="Opaque", data={"password": "aHVudGVyMg==", "user": "YWRtaW4="},
            stringData={"note": "plain-text-secret"}),
        obj("Secret", "gone", "shop", data={"key": "opaque-value"}),
        deployment([{"name": "DB_PASSWORD", "value": "db-pass-old"}, {"name": "TZ", "value": "UTC"}],
                   ["--token=abc123", "--v=1"]),
        obj("HelmRelease", "app", "shop", HELM, spec={"values": {"auth": {"password": "s3cr3t-old"}}}),
        obj("ConfigMap", "conf", "shop", data={"app.ini": "[db]\nhost = db\npassword = hunter2\n"}),
    ]})
    new = write(tmp_path / "new", {"a.k8s.yaml": [
        obj("Secret", "creds", "shop", type="kubernetes.io/basic-auth",
            data={"password": "c3dvcmRmaXNo", "token": "dG9rZW4="}, stringData={"note": "swordfish"}),
        obj("Secret", "fresh", "shop", data={"key": "bmV3LXNlY3JldA=="}),
        deployment([{"name": "DB_PASSWORD", "value": "db-pass-new"}, {"name": "API_TOKEN", "value": "tok-value"},
                    {"name": "TZ", "value": "CET"}], ["--token=xyz789", "--v=2"]),
        obj("HelmRelease", "app", "shop", HELM, spec={"values": {"auth": {"password": "s3cr3t-new", "user": "app"},
                                                              "extra": {"apiKey": "K3y-value", "replicas": 2}}}),
        obj("ConfigMap", "conf", "shop", data={"app.ini": "[db]\nhost = db2\npassword = swordfish\n"}),
    ]})
    return old, new


def test_secret_values_are_never_printed(capsys, secrets):
    code, out, err = run(capsys, *secrets)
    assert (code, out, err) == (1, """\
**1 added, 1 removed, 4 changed** (0 unchanged)

### Added

- `Secret shop/fresh` (a.k8s.yaml)

### Removed

- `Secret shop/gone` (a.k8s.yaml)

### Changed

- `ConfigMap shop/conf`
  - `data["app.ini"]`: 2 lines added, 2 removed
    ```diff
    -host = db
    -password = <hidden>
    +host = db2
    +password = <hidden>
    ```
- `Deployment shop/app`
  - `spec.template.spec.containers[name=app].args[0]`: changed (value hidden)
  - `spec.template.spec.containers[name=app].args[1]`: `"--v=1"` → `"--v=2"`
  - `spec.template.spec.containers[name=app].env[name=API_TOKEN]`: added (value hidden)
  - `spec.template.spec.containers[name=app].env[name=DB_PASSWORD].value`: changed (value hidden)
  - `spec.template.spec.containers[name=app].env[name=TZ].value`: `"UTC"` → `"CET"`
- `HelmRelease shop/app`
  - `spec.values.auth.password`: changed (value hidden)
  - `spec.values.auth.user`: added `"app"`
  - `spec.values.extra`: added `{"apiKey": <hidden>, "replicas": 2}`
- `Secret shop/creds`
  - `data.password`: changed (value hidden)
  - `data.token`: added (value hidden)
  - `data.user`: removed (value hidden)
  - `stringData.note`: changed (value hidden)
  - `type`: changed (value hidden)
""", "")
    text = run(capsys, *secrets, "--format", "text")[1]
    for value in SECRET_VALUES:
        assert value not in out and value not in text, value


# ---- moves


def test_an_object_moved_between_files_is_a_note_not_a_change(capsys, tmp_path):
    old = write(tmp_path / "old", {"apps-shop.k8s.yaml": [service("web", "shop"), service("api", "shop")]})
    new = write(tmp_path / "new", {"apps-shop.k8s.yaml": [service("api", "shop")],
                                   "apps-web.k8s.yaml": [service("web", "shop")]})
    assert run(capsys, old, new) == (0, """\
**No changes** (2 objects, 1 moved between files)

### Moved

- `Service shop/web`: moved from apps-shop.k8s.yaml to apps-web.k8s.yaml
""", "")
    assert run(capsys, old, new, "--format", "text") == (0, """\
No changes (2 objects, 1 moved between files)

Moved:
  Service shop/web: moved from apps-shop.k8s.yaml to apps-web.k8s.yaml
""", "")


def test_a_moved_and_changed_object_says_so_in_its_bullet(capsys, tmp_path):
    old = write(tmp_path / "old", {"apps-shop.k8s.yaml": [service("web", "shop")]})
    new = write(tmp_path / "new", {"apps-web.k8s.yaml": [service("web", "shop", port=81)]})
    assert run(capsys, old, new) == (1, """\
**0 added, 0 removed, 1 changed** (0 unchanged, 1 moved between files)

### Changed

- `Service shop/web` (moved from apps-shop.k8s.yaml to apps-web.k8s.yaml)
  - `spec.ports[name=http].port`: `80` → `81`
""", "")


# ---- long values, many changes


def test_long_values_are_truncated_with_a_note(capsys, tmp_path):
    long_old = "a" * 100 + "-old-" + "z" * 100
    lines = [f"line {i}" for i in range(MAX_LINES + 5)]
    old = write(tmp_path / "old", {"a.yaml": [obj("ConfigMap", "big", "x", data={
        "note": long_old, "conf": "\n".join(lines) + "\n"})]})
    new = write(tmp_path / "new", {"a.yaml": [obj("ConfigMap", "big", "x", data={
        "note": long_old.replace("-old-", "-new-"), "conf": "\n".join(lines[:1] + lines[3:]) + "\n",
        "blob": {f"key{i}": i for i in range(30)}})]})
    shown = "\n".join(f"      -line {i}" for i in range(1, 3))
    assert run(capsys, old, new, "--format", "text") == (1, f"""\
0 added, 0 removed, 1 changed (0 unchanged)

Changed:
  ConfigMap x/big
    data.blob: added {{"key0": 0, "key1": 1, "key2": 2, "key3": 3, "key4": 4, "key5": 5, "key6": 6, "k… (truncated, \
370 chars)
    data.conf: 2 lines removed
{shown}
    data.note: …{"a" * 19}-old-{"z" * 56}… (truncated, 207 chars) → …{"a" * 19}-new-{"z" * 56}… (truncated, 207 chars)
""", "")
    many = "\n".join(f"x{i}" for i in range(MAX_LINES + 5))
    old = write(tmp_path / "old2", {"a.yaml": [obj("ConfigMap", "big", "x", data={"conf": "start\n"})]})
    new = write(tmp_path / "new2", {"a.yaml": [obj("ConfigMap", "big", "x", data={"conf": f"start\n{many}\n"})]})
    out = run(capsys, old, new, "--format", "text")[1]
    assert out.splitlines()[4:] == [
        f"    data.conf: {MAX_LINES + 5} lines added",
        *(f"      +x{i}" for i in range(MAX_LINES)),
        "      … 5 more lines not shown",
    ]


def labels(value: str, count: int) -> dict:
    return obj("Namespace", "shop", metadata={"labels": {f"k{i:02}": value for i in range(count)}})


def test_more_than_twenty_field_changes_fold_into_details(capsys, tmp_path):
    old = write(tmp_path / "old", {"a.yaml": [labels("a", 21), service("web", "shop")]})
    new = write(tmp_path / "new", {"a.yaml": [labels("b", 21), service("web", "shop", port=81)]})
    fields = "\n".join(f'  - `metadata.labels.k{i:02}`: `"a"` → `"b"`' for i in range(21))
    assert run(capsys, old, new) == (1, f"""\
**0 added, 0 removed, 2 changed** (0 unchanged)

### Changed

- `Namespace shop`
  <details><summary>21 field changes</summary>

{fields}

  </details>

- `Service shop/web`
  - `spec.ports[name=http].port`: `80` → `81`
""", "")


def test_twenty_field_changes_stay_open(capsys, tmp_path):
    old = write(tmp_path / "old", {"a.yaml": [labels("a", 20)]})
    new = write(tmp_path / "new", {"a.yaml": [labels("b", 20)]})
    code, out, _ = run(capsys, old, new)
    assert code == 1 and "<details>" not in out and out.count("\n  - `metadata.labels.") == 20


# ---- exit codes


def test_identical_directories_exit_0(capsys, shop):
    old, _ = shop
    assert run(capsys, old, old) == (0, "**No changes** (3 objects)\n", "")
    assert run(capsys, old, old, "--format", "text") == (0, "No changes (3 objects)\n", "")


def test_a_missing_old_dir_may_mean_everything_is_added(capsys, tmp_path, shop):
    _, new = shop
    assert run(capsys, tmp_path / "absent", new, "--old-missing-ok", "--format", "text") == (1, """\
4 added, 0 removed, 0 changed (0 unchanged)

Added:
  ConfigMap shop/settings (shop.k8s.yaml)
  Namespace shop (shop.k8s.yaml)
  Service shop/cache (cache.k8s.yaml)
  Service shop/web (shop.k8s.yaml)
""", "")


def test_help_exits_0(capsys):
    code, out, err = run(capsys, "--help")
    assert (code, err) == (0, "")
    assert out.startswith("usage: python -m homelab_constructs diff OLD_DIR NEW_DIR [--format markdown|text] "
                          "[--old-missing-ok]\n")


def test_empty_directories_have_no_objects(capsys, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert run(capsys, tmp_path / "a", tmp_path / "b") == (0, "**No changes** (0 objects)\n", "")


def test_the_same_kind_in_two_groups_names_the_group(capsys, tmp_path):
    old = write(tmp_path / "old", {"a.yaml": [obj("Certificate", "ca", "x", "cert-manager.io/v1")]})
    new = write(tmp_path / "new", {"a.yaml": [obj("Certificate", "ca", "x", "cert-manager.io/v1"),
                                              obj("Certificate", "ca", "x", "example.com/v1")]})
    assert run(capsys, old, new, "--format", "text") == (1, """\
1 added, 0 removed, 0 changed (1 unchanged)

Added:
  Certificate.example.com x/ca (a.yaml)
""", "")


def test_a_new_api_version_of_the_same_group_is_a_field_change(capsys, tmp_path):
    old = write(tmp_path / "old", {"a.yaml": [obj("HTTPRoute", "web", "shop", "gateway.networking.k8s.io/v1beta1")]})
    new = write(tmp_path / "new", {"a.yaml": [obj("HTTPRoute", "web", "shop", GATEWAY_API)]})
    assert run(capsys, old, new, "--format", "text") == (1, """\
0 added, 0 removed, 1 changed (0 unchanged)

Changed:
  HTTPRoute shop/web
    apiVersion: "gateway.networking.k8s.io/v1beta1" → "gateway.networking.k8s.io/v1"
""", "")


# ---- bad input: exit 2, one line on stderr, nothing on stdout


USAGE = "(usage: python -m homelab_constructs diff OLD_DIR NEW_DIR [--format markdown|text] [--old-missing-ok])"


def bad_dirs(tmp_path: Path) -> dict[str, Path]:
    """Directories with one broken file each, named by what is wrong."""
    good = [obj("Namespace", "shop")]
    contents = {
        "yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a\n",
        "scalar": "just a string\n",
        "kindless": "apiVersion: v1\nmetadata: {name: a}\n",
        "nameless": "apiVersion: v1\nkind: ConfigMap\nmetadata: {namespace: x}\n",
        "versionless": "kind: ConfigMap\nmetadata: {name: a}\n",
        "twice": yaml.safe_dump_all(good + good),
    }
    dirs = {}
    for what, text in contents.items():
        dirs[what] = tmp_path / what
        dirs[what].mkdir()
        (dirs[what] / "a.k8s.yaml").write_text(text, encoding="utf-8")
    dirs["binary"] = tmp_path / "binary"
    dirs["binary"].mkdir()
    (dirs["binary"] / "a.k8s.yaml").write_bytes(b"\xff\xfe\x00")
    return dirs


@pytest.mark.parametrize("args, message", [
    (["{tmp}/absent", "{good}"], "diff: {tmp}/absent: no such directory"),
    (["{good}", "{tmp}/absent", "--old-missing-ok"], "diff: {tmp}/absent: no such directory"),
    (["{good}/a.k8s.yaml", "{good}"], "diff: {good}/a.k8s.yaml: not a directory"),
    (["{good}", "{tmp}/yaml"], "diff: {tmp}/yaml/a.k8s.yaml: invalid YAML: did not find expected ',' or '}}' "
                               "(line 4, column 1)"),
    (["{tmp}/scalar", "{good}"], "diff: {tmp}/scalar/a.k8s.yaml: document 1 is not a Kubernetes object "
                                 "(a mapping with a kind)"),
    (["{tmp}/kindless", "{good}"], "diff: {tmp}/kindless/a.k8s.yaml: document 1 is not a Kubernetes object "
                                   "(a mapping with a kind)"),
    (["{tmp}/nameless", "{good}"], "diff: {tmp}/nameless/a.k8s.yaml: document 1 (ConfigMap) has no metadata.name"),
    (["{tmp}/versionless", "{good}"], "diff: {tmp}/versionless/a.k8s.yaml: document 1 (ConfigMap) has no apiVersion"),
    (["{good}", "{tmp}/twice"], "diff: {tmp}/twice/a.k8s.yaml: document 2 is Namespace shop again "
                                "(first in a.k8s.yaml)"),
    (["{tmp}/binary", "{good}"], "diff: {tmp}/binary/a.k8s.yaml: not UTF-8 text"),
    (["{good}", "{good}", "--format", "html"], "diff: --format is markdown or text, not 'html' " + USAGE),
    (["{good}"], "diff: the following arguments are required: NEW_DIR " + USAGE),
    (["{good}", "{good}", "--color"], "diff: unrecognized arguments: --color " + USAGE),
])
def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path, args, message):
    bad_dirs(tmp_path)
    good = write(tmp_path / "good", {"a.k8s.yaml": [obj("Namespace", "shop")]})
    code, out, err = run(capsys, *(a.format(tmp=tmp_path, good=good) for a in args))
    assert (code, out, err) == (2, "", message.format(tmp=tmp_path, good=good) + "\n")


def test_the_command_fails_without_a_traceback(tmp_path):
    dirs = bad_dirs(tmp_path)
    for args, message in [
        ((dirs["yaml"], dirs["twice"]),
         f"diff: {dirs['yaml']}/a.k8s.yaml: invalid YAML: did not find expected ',' or '}}' (line 4, column 1)\n"),
        ((tmp_path / "absent", dirs["twice"]), f"diff: {tmp_path}/absent: no such directory\n"),
    ]:
        result = cli(*args)
        assert "Traceback" not in result.stderr
        assert (result.returncode, result.stdout, result.stderr) == (2, "", message)




def test_module_needs_only_the_standard_library_and_pyyaml(shop):
    """It runs on plain manifests: no cdk8s, no jsii, no package import."""
    result = run_standalone("tools.diff", *map(str, shop), "--format", "text")
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.startswith("2 added, 1 removed, 1 changed (1 unchanged)\n")


# ---- end to end: the default homelab and the same with one more app


@pytest.fixture(scope="module")
def with_wiki(tmp_path_factory):
    """The default homelab plus the app wiki (port 3000) in a new namespace docs."""
    import main as default_app

    spec = default_app.default_spec()
    new_spec = replace(spec, apps=spec.apps + (HomelabApp.props(name="wiki", port=3000, namespace="docs"),))
    return synth_app(lambda app: Homelab(app, "Homelab", new_spec), tmp_path_factory.mktemp("with-wiki"))


def test_a_new_app_in_the_default_homelab(default_homelab, with_wiki):
    result = cli(default_homelab.outdir, with_wiki.outdir)
    unchanged = len(default_homelab.all()) - 1  # every object but the DNS records
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout == f"""\
**7 added, 0 removed, 1 changed** ({unchanged} unchanged)

### Added

- `CiliumNetworkPolicy docs/allow-gateway` (policies-docs.k8s.yaml)
- `CiliumNetworkPolicy docs/allow-scrape` (policies-docs.k8s.yaml)
- `CiliumNetworkPolicy docs/default-deny` (policies-docs.k8s.yaml)
- `CiliumNetworkPolicy monitoring/scrape-docs` (policies-docs.k8s.yaml)
- `HTTPRoute docs/wiki` (apps-docs.k8s.yaml)
- `Namespace docs` (apps-docs.k8s.yaml)
- `Service docs/wiki` (apps-docs.k8s.yaml)

### Changed

- `ConfigMap default/dns-records`
  - `data["dnsmasq.conf"]`: 1 line added
    ```diff
    +host-record=wiki.homelab.local,192.168.10.200
    ```
  - `data.hosts`: 1 line added
    ```diff
    +192.168.10.200 wiki.homelab.local
    ```
"""


def test_the_default_homelab_against_itself(default_homelab):
    result = cli(default_homelab.outdir, default_homelab.outdir, "--format", "text")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"No changes ({len(default_homelab.all())} objects)\n"
