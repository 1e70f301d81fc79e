"""Secret stores and ExternalSecrets as the real homelabs write them (REAL-REPOS.md A.6, B.0,
B.4): seed 000's Vault ``ClusterSecretStore`` and ``vpn-credentials``, seed 002's Bitwarden
stores (which the app does not write) and its templated tunnel token; each new prop's bad
inputs with their exact messages."""
from __future__ import annotations

import re

from homelab_constructs import HomelabValidationError, validate_app
from homelab_constructs import synth as synth_dir
from homelab_constructs.declared import declare_external, external_objects, is_external
from homelab_constructs.push_secrets import PushRef, PushSecret
from homelab_constructs.secrets import (
    RemoteExtract,
    RemoteFind,
    RemoteRef,
    SecretStoreRef,
    SecretTemplate,
    SyncedSecret,
    VaultSecretStore,
)
from homelab_constructs.validation import validate_dir, validate_objects

import cdk8s
import pytest
from conftest import crds_dir, synth_app

VAULT = "http://vault.vault.svc.cluster.local:8200"
ITEM = "cb424eb9-ca32-4608-93ef-63e28c3f531e"
TUNNEL_TOKEN = '{{ toJson (dict "a" .CLOUDFLARE_ACCOUNT_TAG "t" .CLOUDFLARE_TUNNEL_ID "s" .CLOUDFLARE_TUNNEL_SECRET) | b64enc }}'


def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.Testing.app(), "c")


def synth(c: cdk8s.Chart) -> dict[tuple[str, str], dict]:
    """The chart's objects by (kind, name), after checking each against its schema."""
    objects = cdk8s.Testing.synth(c)
    report = validate_objects([("c.k8s.yaml", o) for o in objects], crds_dir(), cross_object=False)
    assert report.problems == []
    return {(o["kind"], o["metadata"]["name"]): o for o in objects}


def seed000(c: cdk8s.Chart) -> VaultSecretStore:
    vault = VaultSecretStore(c, "Vault", name="vault-backend", server=VAULT, path="homelab", version="v2",
                             auth_mount="kubernetes", role="external-secrets", service_account="external-secrets",
                             service_account_namespace="external-secrets",
                             annotations={"argocd.argoproj.io/sync-wave": "-2"})
    keys = {k: RemoteRef("apps/vpn", k, conversion_strategy="Default", decoding_strategy="None",
                         metadata_policy="None") for k in ("OPENVPN_USER", "OPENVPN_PASSWORD")}
    SyncedSecret(c, "Vpn", name="vpn-credentials", namespace="arr", store=vault, keys=keys, refresh_interval="1h",
                 target_name="vpn-credentials")
    return vault


def seed002(c: cdk8s.Chart) -> SyncedSecret:
    fields = SecretStoreRef("bitwarden-fields", "ClusterSecretStore")
    keys = {key: RemoteRef(ITEM, prop, store=fields) for key, prop in (
        ("CLOUDFLARE_ACCOUNT_TAG", "account_id"), ("CLOUDFLARE_TUNNEL_ID", "tunnel_id"),
        ("CLOUDFLARE_TUNNEL_SECRET", "tunnel_secret"))}
    return SyncedSecret(c, "Tunnel", name="cloudflare-tunnel-secret", namespace="network", keys=keys,
                        refresh_interval=None, creation_policy=None,
                        template=SecretTemplate({"TUNNEL_TOKEN": TUNNEL_TOKEN,
                                                 "CLOUDFLARE_TUNNEL_ID": "{{ .CLOUDFLARE_TUNNEL_ID }}"}))


def test_seed000_vault_store_field_for_field():
    c = chart()
    seed000(c)
    store = synth(c)[("ClusterSecretStore", "vault-backend")]
    assert store["apiVersion"] == "external-secrets.io/v1"
    assert store["metadata"]["annotations"] == {"argocd.argoproj.io/sync-wave": "-2"}
    assert store["spec"] == {"provider": {"vault": {
        "server": VAULT, "path": "homelab", "version": "v2",
        "auth": {"kubernetes": {"mountPath": "kubernetes", "role": "external-secrets",
                                "serviceAccountRef": {"name": "external-secrets", "namespace": "external-secrets"}}}}}}


def test_seed000_vpn_credentials_field_for_field(tmp_path):
    c = chart()
    seed000(c)
    secret = synth(c)[("ExternalSecret", "vpn-credentials")]
    assert secret["apiVersion"] == "external-secrets.io/v1"
    assert secret["metadata"]["namespace"] == "arr"
    spec = secret["spec"]
    assert spec["refreshInterval"] == "1h"
    assert spec["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "vault-backend"}
    assert spec["target"] == {"name": "vpn-credentials", "creationPolicy": "Owner"}
    assert {d["secretKey"]: d["remoteRef"] for d in spec["data"]} == {
        k: {"key": "apps/vpn", "property": k, "conversionStrategy": "Default", "decodingStrategy": "None",
            "metadataPolicy": "None"} for k in ("OPENVPN_USER", "OPENVPN_PASSWORD")}
    validate_app(c.node.root)  # the store is the app's own: the whole-app checks pass


def test_seed002_tunnel_secret_reads_stores_the_app_does_not_write():
    c = chart()
    secret = seed002(c)
    validate_app(c.node.root)
    assert is_external(c, "ClusterSecretStore", "bitwarden-fields")  # RemoteRef.store declares it
    obj = synth(c)[("ExternalSecret", "cloudflare-tunnel-secret")]
    spec = obj["spec"]
    assert "secretStoreRef" not in spec and "refreshInterval" not in spec
    # no engineVersion: the template engine is the operator's default (v2), unless set
    assert spec["target"] == {"name": "cloudflare-tunnel-secret", "template": {
        "data": {"TUNNEL_TOKEN": TUNNEL_TOKEN, "CLOUDFLARE_TUNNEL_ID": "{{ .CLOUDFLARE_TUNNEL_ID }}"}}}
    assert spec["data"] == [
        {"secretKey": key, "remoteRef": {"key": ITEM, "property": prop},
         "sourceRef": {"storeRef": {"name": "bitwarden-fields", "kind": "ClusterSecretStore"}}}
        for key, prop in (("CLOUDFLARE_ACCOUNT_TAG", "account_id"), ("CLOUDFLARE_TUNNEL_ID", "tunnel_id"),
                          ("CLOUDFLARE_TUNNEL_SECRET", "tunnel_secret"))]
    assert secret.store_name is None and secret.target_name == "cloudflare-tunnel-secret"


def test_a_store_ref_of_either_kind_is_the_secret_store_ref():
    c = chart()
    SyncedSecret(c, "A", name="a", namespace="n", store=SecretStoreRef("bitwarden-login"), remote_key="item",
                 keys={"username": "username"})
    SyncedSecret(c, "B", name="b", namespace="n", store=SecretStoreRef("local", kind="SecretStore"),
                 keys={"K": RemoteRef("item")})
    objects = synth(c)
    assert objects[("ExternalSecret", "a")]["spec"]["secretStoreRef"] == {
        "kind": "ClusterSecretStore", "name": "bitwarden-login"}
    assert objects[("ExternalSecret", "a")]["spec"]["data"] == [
        {"secretKey": "username", "remoteRef": {"key": "item", "property": "username"}}]
    assert objects[("ExternalSecret", "b")]["spec"]["secretStoreRef"] == {"kind": "SecretStore", "name": "local"}
    assert objects[("ExternalSecret", "b")]["spec"]["data"] == [{"secretKey": "K", "remoteRef": {"key": "item"}}]


def test_a_store_named_by_string_is_still_checked_on_synth():
    c = chart()
    SyncedSecret(c, "s", name="x", namespace="n", store="bitwarden-fields", remote_key="a/b", keys={"K": "k"})
    with pytest.raises(Exception, match="c/s: secret store does not exist in the app \\(got 'bitwarden-fields'\\)"):
        validate_app(c.node.root)


def bitwarden_secret(scope, store) -> SyncedSecret:
    return SyncedSecret(scope, "Tunnel", name="cloudflare-tunnel-secret", namespace="network", store=store,
                        remote_key=ITEM, keys={"CLOUDFLARE_TUNNEL_ID": "tunnel_id"}, refresh_interval=None)


def test_a_store_ref_is_declared_external_and_listed_beside_the_manifests(tmp_path):
    out = synth_app(lambda app: bitwarden_secret(cdk8s.Chart(app, "c"), SecretStoreRef("bitwarden-fields")), tmp_path)
    secret = out.find("ExternalSecret", "cloudflare-tunnel-secret", "network")
    assert secret["spec"]["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "bitwarden-fields"}
    assert secret["spec"]["data"] == [{"secretKey": "CLOUDFLARE_TUNNEL_ID",
                                       "remoteRef": {"key": ITEM, "property": "tunnel_id"}}]
    listed = (tmp_path / "external-objects.txt").read_text().splitlines()
    assert [line for line in listed if not line.startswith("#")] == ["ClusterSecretStore bitwarden-fields"]
    assert not validate_dir(tmp_path).problems  # `validate dist` agrees with synth()


def test_a_plain_store_name_the_app_does_not_write_is_refused_by_synth(tmp_path):
    app = cdk8s.App(outdir=str(tmp_path))
    bitwarden_secret(cdk8s.Chart(app, "c"), "bitwarden-fields")
    with pytest.raises(HomelabValidationError, match=re.escape(
            "c/Tunnel: secret store does not exist in the app (got 'bitwarden-fields'); declare a VaultSecretStore "
            "named 'bitwarden-fields' or use one of: none declared")):
        synth_dir(app)
    assert not (tmp_path / "external-objects.txt").exists() and not list(tmp_path.glob("*.yaml"))


def test_a_namespaced_store_ref_declares_a_secret_store_in_the_secret_namespace_once(tmp_path):
    def build(app):
        c = cdk8s.Chart(app, "c")
        local = SecretStoreRef("local", kind="SecretStore")
        bitwarden_secret(c, local)
        SyncedSecret(c, "Other", name="other", namespace="network", store=None,
                     keys={"K": RemoteRef("item", store=local), "L": RemoteRef("item", store=local)})
        assert external_objects(c) == {("external-secrets.io", "SecretStore", "network", "local")}
    synth_app(build, tmp_path)
    listed = (tmp_path / "external-objects.txt").read_text().splitlines()
    assert [line for line in listed if not line.startswith("#")] == ["SecretStore network/local"]


def test_a_store_ref_to_a_store_the_app_writes_declares_nothing_in_either_order(tmp_path):
    def build(app):
        c = cdk8s.Chart(app, "c")
        SyncedSecret(c, "Before", name="before", namespace="n", store=SecretStoreRef("vault"), remote_key="a/b",
                     keys={"K": "k"})  # the store is written after the secret reads it
        VaultSecretStore(c, "Vault", server="http://vault:8200")
        SyncedSecret(c, "After", name="after", namespace="n", store=None,
                     keys={"K": RemoteRef("a/b", store=SecretStoreRef("vault"))})
        assert external_objects(c) == frozenset()
    synth_app(build, tmp_path)
    assert not (tmp_path / "external-objects.txt").exists()


def test_a_store_the_user_declared_is_left_to_the_user():
    c = chart()
    declared = declare_external(c, "ClusterSecretStore", "bitwarden-fields")
    SyncedSecret(c, "s", name="x", namespace="n", store="bitwarden-fields", remote_key="a/b", keys={"K": "k"})
    bitwarden_secret(c, SecretStoreRef("bitwarden-fields"))
    validate_app(c.node.root)  # the plain name is accepted: the store is declared
    assert declare_external(c, "ClusterSecretStore", "bitwarden-fields") is declared
    VaultSecretStore(c, "Vault", name="bitwarden-fields", server="http://vault:8200")
    assert is_external(c, "ClusterSecretStore", "bitwarden-fields")  # the user's declaration is not withdrawn


def test_defaults_unchanged():
    c = chart()
    SyncedSecret(c, "s", name="x", namespace="n", store=VaultSecretStore(c, "v", server="http://vault:8200"),
                 remote_key="a/b", keys={"K": "k"})
    objects = synth(c)
    assert "annotations" not in objects[("ClusterSecretStore", "vault")]["metadata"]
    assert objects[("ExternalSecret", "x")]["spec"] == {
        "refreshInterval": "1h", "secretStoreRef": {"kind": "ClusterSecretStore", "name": "vault"},
        "target": {"name": "x", "creationPolicy": "Owner"},
        "data": [{"secretKey": "K", "remoteRef": {"key": "a/b", "property": "k"}}]}


def test_data_from_extract_and_find_each_from_its_own_store():
    c = chart()
    bitwarden = SecretStoreRef("bitwarden-fields")
    secret = SyncedSecret(c, "s", name="app", namespace="apps", data_from=[
        RemoteExtract("apps/app", property="config", version="3", conversion_strategy="Default",
                      decoding_strategy="Base64", metadata_policy="Fetch", store=bitwarden),
        RemoteFind(name="^app-", path="apps", tags={"env": "homelab"}, conversion_strategy="Unicode",
                   decoding_strategy="Auto", store=SecretStoreRef("local", kind="SecretStore"))])
    assert secret.store_name is None and secret.keys == {}  # no store=None needed: each entry names its own
    spec = synth(c)[("ExternalSecret", "app")]["spec"]  # schema-checked
    assert "data" not in spec and "secretStoreRef" not in spec
    assert spec["dataFrom"] == [
        {"extract": {"key": "apps/app", "property": "config", "version": "3", "conversionStrategy": "Default",
                     "decodingStrategy": "Base64", "metadataPolicy": "Fetch"},
         "sourceRef": {"storeRef": {"name": "bitwarden-fields", "kind": "ClusterSecretStore"}}},
        {"find": {"name": {"regexp": "^app-"}, "path": "apps", "tags": {"env": "homelab"},
                  "conversionStrategy": "Unicode", "decodingStrategy": "Auto"},
         "sourceRef": {"storeRef": {"name": "local", "kind": "SecretStore"}}}]
    validate_app(c.node.root)  # both stores are declared external by the secret
    assert external_objects(c) == {("external-secrets.io", "ClusterSecretStore", "", "bitwarden-fields"),
                                   ("external-secrets.io", "SecretStore", "apps", "local")}


def test_keys_and_data_from_together_read_the_secret_store():
    c = chart()
    SyncedSecret(c, "s", name="app", namespace="apps", store=SecretStoreRef("vault"), remote_key="apps/app",
                 keys={"TOKEN": "token", "B64": RemoteRef("apps/app", "b64", decoding_strategy="Base64")},
                 data_from=[RemoteExtract("apps/shared")])
    spec = synth(c)[("ExternalSecret", "app")]["spec"]
    assert spec["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "vault"}
    assert spec["data"] == [{"secretKey": "B64", "remoteRef": {"key": "apps/app", "property": "b64",
                                                                "decodingStrategy": "Base64"}},
                            {"secretKey": "TOKEN", "remoteRef": {"key": "apps/app", "property": "token"}}]
    assert spec["dataFrom"] == [{"extract": {"key": "apps/shared"}}]


def test_a_seed_that_cert_manager_then_owns_writes_its_policies_and_template_metadata():
    c = chart()
    SyncedSecret(c, "Import", name="cloudjur-com-tls", namespace="network", creation_policy="Orphan",
                 refresh_policy="CreatedOnce", refresh_interval=None,
                 data_from=[RemoteExtract("cloudjur-com-tls", store=SecretStoreRef("onepassword"))],
                 template=SecretTemplate(type="kubernetes.io/tls", engine_version="v2", merge_policy="Merge",
                                         labels={"controller.cert-manager.io/fao": "true"},
                                         annotations={"cert-manager.io/certificate-name": "cloudjur-com"}))
    spec = synth(c)[("ExternalSecret", "cloudjur-com-tls")]["spec"]
    assert spec["refreshPolicy"] == "CreatedOnce" and "refreshInterval" not in spec
    assert spec["target"] == {"name": "cloudjur-com-tls", "creationPolicy": "Orphan", "template": {
        "type": "kubernetes.io/tls", "engineVersion": "v2", "mergePolicy": "Merge",
        "metadata": {"labels": {"controller.cert-manager.io/fao": "true"},
                     "annotations": {"cert-manager.io/certificate-name": "cloudjur-com"}}}}


def test_a_template_writes_only_what_is_set():
    c = chart()
    SyncedSecret(c, "s", name="x", namespace="n", store=SecretStoreRef("vault"), remote_key="a/b", keys={"K": "k"},
                 template=SecretTemplate(labels={"app": "x"}))
    assert synth(c)[("ExternalSecret", "x")]["spec"]["target"]["template"] == {"metadata": {"labels": {"app": "x"}}}


def test_an_orphan_seed_of_a_certificate_secret_is_accepted(tmp_path):
    from homelab_constructs import Certificate, SelfSignedCa

    def build(app):
        c = cdk8s.Chart(app, "c")
        Certificate(c, "Cert", name="cloudjur-com", namespace="network", secret_name="cloudjur-com-tls",
                    issuer=SelfSignedCa(c, "Ca"), dns_names=["cloudjur.com"])
        SyncedSecret(c, "Import", name="cloudjur-com-tls", namespace="network", creation_policy="Orphan",
                     refresh_policy="CreatedOnce", refresh_interval=None,
                     data_from=[RemoteExtract("cloudjur-com-tls", store=SecretStoreRef("onepassword"))])
    synth_app(build, tmp_path)


def test_a_push_secret_is_written_and_valid(tmp_path):
    def build(app):
        c = cdk8s.Chart(app, "c")
        vault = VaultSecretStore(c, "Vault", server=VAULT)
        PushSecret(c, "Push", name="cloudjur-com-tls", namespace="network", secret_name="cloudjur-com-tls",
                   stores=[SecretStoreRef("onepassword"), vault, "vault"],
                   data=[PushRef("cloudjur-com-tls", secret_key="tls.crt", property="tls.crt"),
                         PushRef("cloudjur-com-tls", secret_key="tls.key", property="tls.key",
                                 conversion_strategy="None")],
                   refresh_interval="24h", update_policy="IfNotExists", deletion_policy="Delete",
                   template=SecretTemplate(engine_version="v2", data={"tls.crt": '{{ index . "tls.crt" }}'}))
    out = synth_app(build, tmp_path)  # schema-checked against the pinned PushSecret CRD
    push = out.find("PushSecret", "cloudjur-com-tls", "network")
    assert push["apiVersion"] == "external-secrets.io/v1alpha1"
    assert push["spec"] == {
        "secretStoreRefs": [{"name": "onepassword", "kind": "ClusterSecretStore"},
                            {"name": "vault", "kind": "ClusterSecretStore"},
                            {"name": "vault", "kind": "ClusterSecretStore"}],
        "selector": {"secret": {"name": "cloudjur-com-tls"}},
        "data": [{"match": {"secretKey": "tls.crt", "remoteRef": {"remoteKey": "cloudjur-com-tls", "property": "tls.crt"}}},
                 {"match": {"secretKey": "tls.key", "remoteRef": {"remoteKey": "cloudjur-com-tls", "property": "tls.key"}},
                  "conversionStrategy": "None"}],
        "refreshInterval": "24h", "updatePolicy": "IfNotExists", "deletionPolicy": "Delete",
        "template": {"engineVersion": "v2", "data": {"tls.crt": '{{ index . "tls.crt" }}'}}}
    listed = (tmp_path / "external-objects.txt").read_text().splitlines()
    assert [line for line in listed if not line.startswith("#")] == ["ClusterSecretStore onepassword"]


def test_a_push_secret_writes_only_what_is_set():
    c = chart()
    PushSecret(c, "Push", name="p", namespace="n", secret_name="s", stores=[SecretStoreRef("local", "SecretStore")],
               data=[PushRef("remote")])
    assert synth(c)[("PushSecret", "p")]["spec"] == {
        "secretStoreRefs": [{"name": "local", "kind": "SecretStore"}], "selector": {"secret": {"name": "s"}},
        "data": [{"match": {"remoteRef": {"remoteKey": "remote"}}}]}


def secret(c, **kw):
    return SyncedSecret(c, "s", **{"name": "x", "namespace": "n", "store": "vault", "remote_key": "a/b",
                                   "keys": {"K": "k"}, **kw})


STORE_FIX = ("pass store=VaultSecretStore(...), the name of a ClusterSecretStore of the app, or SecretStoreRef(name, "
             "kind) for a store the app does not write")
SUBDOMAIN_FIX = ("use at most 253 lowercase letters, digits, '-' or '.', each dot-separated part starting and ending "
                 "with a letter or digit")

BAD = [
    (lambda c: SecretStoreRef(3), "SecretStoreRef.name: name is not a string (got 3); write a string such as "
                                  "'bitwarden-fields'"),
    (lambda c: SecretStoreRef("Bitwarden"),
     f"SecretStoreRef.name: secret store name is not a DNS subdomain name (got 'Bitwarden'); {SUBDOMAIN_FIX}"),
    (lambda c: SecretStoreRef("b", kind=None),
     "SecretStoreRef.kind: kind is not a string (got None); write a string such as 'ClusterSecretStore'"),
    (lambda c: SecretStoreRef("b", kind="ClusterStore"),
     "SecretStoreRef.kind: secret store kind is unknown (got 'ClusterStore'); did you mean ClusterSecretStore? use one "
     "of: ClusterSecretStore, SecretStore"),
    (lambda c: RemoteRef(["apps/vpn"]),
     "RemoteRef.key: key is not a string (got ['apps/vpn']); write a string such as 'apps/vpn'"),
    (lambda c: RemoteRef(" apps/vpn"),
     "RemoteRef.key: key is blank or has spaces at either end (got ' apps/vpn'); write the key as the store names it, "
     "such as 'apps/vpn'"),
    (lambda c: RemoteRef("k", property=1),
     "RemoteRef.property: property is not a string or None (got 1); write a string such as 'username', or None"),
    (lambda c: RemoteRef("k", property=""),
     "RemoteRef.property: property is blank or has spaces at either end (got ''); name the property, such as "
     "'username', or None for the whole value"),
    (lambda c: RemoteRef("k", conversion_strategy=True),
     "RemoteRef.conversion_strategy: conversion strategy is not a string or None (got True); write a string such as "
     "'Default', or None"),
    (lambda c: RemoteRef("k", conversion_strategy="default"),
     "RemoteRef.conversion_strategy: conversion strategy is unknown (got 'default'); did you mean Default? use one of: "
     "Default, Unicode"),
    (lambda c: RemoteRef("k", decoding_strategy=0),
     "RemoteRef.decoding_strategy: decoding strategy is not a string or None (got 0); write a string such as 'Auto', "
     "or None"),
    (lambda c: RemoteRef("k", decoding_strategy="Base32"),
     "RemoteRef.decoding_strategy: decoding strategy is unknown (got 'Base32'); did you mean Base64? use one of: Auto, "
     "Base64, Base64URL, None"),
    (lambda c: RemoteRef("k", metadata_policy=[]),
     "RemoteRef.metadata_policy: metadata policy is not a string or None (got []); write a string such as 'None', or "
     "None"),
    (lambda c: RemoteRef("k", metadata_policy="Get"),
     "RemoteRef.metadata_policy: metadata policy is unknown (got 'Get'); use one of: None, Fetch"),
    (lambda c: RemoteRef("k", store="bitwarden-fields"),
     "RemoteRef.store: store is not a SecretStoreRef or None (got 'bitwarden-fields'); write "
     "SecretStoreRef('bitwarden-fields'), or None for the secret's store"),
    (lambda c: SecretTemplate(data=[("A", "b")]),
     "SecretTemplate.data: data is not a mapping (got [('A', 'b')]); write a dict such as {'TOKEN': '{{ .token }}'}"),
    (lambda c: SecretTemplate(data={}),
     "SecretTemplate.data: template renders no key (got {}); map each Secret key to a template, such as "
     "{'TOKEN': '{{ .token }}'}"),
    (lambda c: SecretTemplate(data={"a b": "x"}),
     "SecretTemplate.data: Secret key is not valid (got 'a b'); use letters, digits, '-', '_' or '.', such as "
     "'OPENVPN_USER'"),
    (lambda c: SecretTemplate(data={"A": 1}),
     "SecretTemplate.data['A']: template is not a string (got 1); write a string such as '{{ .token }}'"),
    (lambda c: SecretTemplate(data={"A": "x"}, engine_version=2),
     "SecretTemplate.engine_version: engine version is not a string (got 2); write a string such as 'v2'"),
    (lambda c: SecretTemplate(data={"A": "x"}, engine_version="v1"),
     "SecretTemplate.engine_version: engine version is unknown (got 'v1'); use one of: v2"),
    (lambda c: SecretTemplate(data={"A": "x"}, type=1),
     "SecretTemplate.type: type is not a string or None (got 1); write a string such as 'Opaque', or None"),
    (lambda c: SecretTemplate(data={"A": "x"}, type="my type"),
     "SecretTemplate.type: type is empty or holds whitespace (got 'my type'); write a Secret type such as 'Opaque' or "
     "'kubernetes.io/dockerconfigjson', or None"),
    (lambda c: secret(c, creation_policy=1),
     "c/s: creation policy is not a string or None (got 1); write a string such as 'Owner', or None"),
    (lambda c: secret(c, creation_policy="owner"),
     "c/s: creation policy is unknown (got 'owner'); did you mean Owner? use one of: Owner, Orphan, Merge, None, "
     "CreateOrMerge"),
    (lambda c: secret(c, target_name=5),
     "c/s: target name is not a string or None (got 5); write a string such as 'vpn-credentials', or None"),
    (lambda c: secret(c, target_name="Vpn"), f"c/s: target name is not a DNS subdomain name (got 'Vpn'); {SUBDOMAIN_FIX}"),
    (lambda c: secret(c, template={"A": "x"}),
     "c/s: template is not a SecretTemplate (got {'A': 'x'}); write SecretTemplate(data={'TOKEN': '{{ .token }}'}), "
     "or None"),
    (lambda c: secret(c, remote_key=None),
     "c/s: secret keys name properties of no remote key (got ['K']); set remote_key='<key in the store>', or give "
     "each key a RemoteRef(key=..., property=...)"),
    (lambda c: secret(c, store=None, keys={"K": RemoteRef("k", "p")}),
     f"c/s: secret has no secret store (got None); {STORE_FIX}"),
    (lambda c: secret(c, store=3),
     "c/s: secret store is not a VaultSecretStore, a SecretStoreRef or a ClusterSecretStore name (got 3); "
     f"{STORE_FIX}"),
    (lambda c: secret(c, refresh_interval=60),
     "c/s: refresh interval is not a Go duration (got 60); write hours, minutes, seconds or milliseconds such as '1h' "
     "or '15m'"),
    (lambda c: VaultSecretStore(c, "v", server="http://vault:8200", annotations=["a"]),
     "c/v: annotations must be a mapping of key to string (got ['a']); write {'example.com/key': 'value'}"),
    (lambda c: VaultSecretStore(c, "v", server="http://vault:8200", annotations={"argocd.argoproj.io/sync-wave": -2}),
     "c/v: annotations value of argocd.argoproj.io/sync-wave is not a string (got -2); quote it, such as '-2'"),
]


@pytest.mark.parametrize(("build", "message"), BAD, ids=[m.split(":")[0] + f"-{i}" for i, (_, m) in enumerate(BAD)])
def test_bad_input(build, message):
    with pytest.raises(ValueError) as err:
        build(chart())
    assert str(err.value) == message
