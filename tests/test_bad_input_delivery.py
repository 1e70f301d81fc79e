# mypy: disable-error-code="arg-type, misc"
"""Bad inputs of the release settings (:class:`ReleaseSettings` with its strategies and
rollback, cert-manager's optional values) and of secrets by reference (``data_from``, refresh
policy, template metadata, :class:`PushSecret`): one row per refused value, with the exact
one-line message ``<path>: <what is wrong> (got <value>); <how to fix>``, a wrong type and a
wrong value for each new field, and the values the cluster would refuse (a ``retryInterval``
without ``RetryOnFailure``: the HelmRelease CRD's CEL rule)."""
from __future__ import annotations

import re

from homelab_constructs import (
    CertManagerRelease,
    PushRef,
    PushSecret,
    ReleaseSettings,
    ReleaseStrategy,
    RemoteExtract,
    RemoteFind,
    RemoteRef,
    Rollback,
    SecretStoreRef,
    SecretTemplate,
    SyncedSecret,
    validate_app,
)

import cdk8s
import pytest
from bad_input import Case, build


def synced(c, **kw):
    return SyncedSecret(c, "s", name="x", namespace="n", **kw)


def push(c, **kw):
    return PushSecret(c, "p", **{"name": "cloudjur-com-tls", "namespace": "network", "secret_name": "cloudjur-com-tls",
                                 "stores": [SecretStoreRef("onepassword")], "data": [PushRef("cloudjur-com-tls")], **kw})


CASES = [
    Case('release-install-last-failure-string', lambda c: ReleaseSettings(install_remediate_last_failure="yes"),
         'ReleaseSettings.install_remediate_last_failure: install_remediate_last_failure must be True or '
         "False (got 'yes'); write True or False, or None for the default"),
    Case('release-upgrade-last-failure-int', lambda c: ReleaseSettings(upgrade_remediate_last_failure=1),
         'ReleaseSettings.upgrade_remediate_last_failure: upgrade_remediate_last_failure must be True or '
         'False (got 1); write True or False, or None for the default'),
    Case('release-upgrade-remediation-strategy-type', lambda c: ReleaseSettings(upgrade_remediation_strategy=True),
         'ReleaseSettings.upgrade_remediation_strategy: upgrade_remediation_strategy is not a string (got '
         "True); write a string such as 'rollback'"),
    Case('release-upgrade-remediation-strategy-value', lambda c: ReleaseSettings(upgrade_remediation_strategy="Rollback"),
         'ReleaseSettings.upgrade_remediation_strategy: upgrade remediation strategy is unknown (got '
         "'Rollback'); did you mean rollback? use one of: rollback, uninstall"),
    Case('release-install-strategy-string', lambda c: ReleaseSettings(install_strategy="RetryOnFailure"),
         'ReleaseSettings.install_strategy: install_strategy is not a ReleaseStrategy or None (got '
         "'RetryOnFailure'); write ReleaseStrategy('RetryOnFailure', retry_interval='5m'), or None"),
    Case('release-upgrade-strategy-dict', lambda c: ReleaseSettings(upgrade_strategy={"name": "RetryOnFailure"}),
         "ReleaseSettings.upgrade_strategy: upgrade_strategy is not a ReleaseStrategy or None (got {'name': "
         "'RetryOnFailure'}); write ReleaseStrategy('RetryOnFailure', retry_interval='5m'), or None"),
    Case('release-rollback-dict', lambda c: ReleaseSettings(rollback={"cleanupOnFail": True}),
         "ReleaseSettings.rollback: rollback is not a Rollback or None (got {'cleanupOnFail': True}); write "
         'Rollback(cleanup_on_fail=True), or None'),
    Case('release-rollback-bool', lambda c: ReleaseSettings(rollback=True),
         'ReleaseSettings.rollback: rollback is not a Rollback or None (got True); write '
         'Rollback(cleanup_on_fail=True), or None'),
    Case('release-recommended-unknown-field', lambda c: ReleaseSettings.recommended(retries=3),
         "ReleaseSettings.recommended: setting is unknown (got 'retries'); did you mean upgrade_retries? use "
         'one of: chart_url, chart, version, source_name, source_interval, interval, timeout, '
         'install_retries, upgrade_retries, upgrade_cleanup_on_fail, disable_schema_validation, keep_history, '
         'crds, values, install_remediate_last_failure, install_strategy, upgrade_remediate_last_failure, '
         'upgrade_remediation_strategy, upgrade_strategy, rollback'),
    Case('strategy-name-none', lambda c: ReleaseStrategy(None),
         'ReleaseStrategy.name: strategy name is not a string (got None); write a string such as '
         "'RetryOnFailure'"),
    Case('strategy-name-value', lambda c: ReleaseStrategy("RetryOnFail"),
         "ReleaseStrategy.name: strategy name is unknown (got 'RetryOnFail'); did you mean RetryOnFailure? "
         'use one of: RemediateOnFailure, RetryOnFailure'),
    Case('strategy-retry-interval-type', lambda c: ReleaseStrategy("RetryOnFailure", retry_interval=300),
         'ReleaseStrategy.retry_interval: retry_interval is not a Go duration (got 300); write hours, '
         "minutes, seconds or milliseconds such as '1h', '30m' or '12h'"),
    Case('strategy-retry-interval-value', lambda c: ReleaseStrategy("RetryOnFailure", retry_interval="5 min"),
         "ReleaseStrategy.retry_interval: retry_interval is not a Go duration (got '5 min'); write hours, "
         "minutes, seconds or milliseconds such as '1h', '30m' or '12h'"),
    Case('strategy-retry-interval-remediate', lambda c: ReleaseStrategy("RemediateOnFailure", retry_interval="5m"),
         "ReleaseStrategy.retry_interval: retry_interval needs the RetryOnFailure strategy (got '5m'); write "
         "ReleaseStrategy('RetryOnFailure', retry_interval='5m'), or leave retry_interval unset"),
    Case('rollback-cleanup-string', lambda c: Rollback(cleanup_on_fail="true"),
         "Rollback.cleanup_on_fail: cleanup_on_fail must be True or False (got 'true'); write True or False, "
         'or None for the default'),
    Case('rollback-force-int', lambda c: Rollback(force=0),
         'Rollback.force: force must be True or False (got 0); write True or False, or None for the default'),
    Case('rollback-server-side-apply-bool', lambda c: Rollback(server_side_apply=True),
         'Rollback.server_side_apply: server_side_apply is not a string (got True); write a string such as '
         "'auto'"),
    Case('rollback-server-side-apply-value', lambda c: Rollback(server_side_apply="Enabled"),
         "Rollback.server_side_apply: server_side_apply is unknown (got 'Enabled'); did you mean enabled? use "
         'one of: enabled, disabled, auto'),
    Case('rollback-timeout-value', lambda c: Rollback(timeout="10"),
         "Rollback.timeout: timeout is not a Go duration (got '10'); write hours, minutes, seconds or "
         "milliseconds such as '1h', '30m' or '12h'"),
    Case('cert-manager-service-monitor-string', lambda c: CertManagerRelease(c, "cm", service_monitor="true"),
         "c/cm: service_monitor must be True or False (got 'true'); write True or False, or None for the "
         "chart's default"),
    Case('cert-manager-keep-crds-int', lambda c: CertManagerRelease(c, "cm", keep_crds=1),
         "c/cm: keep_crds must be True or False (got 1); write True or False, or None for the chart's default"),
    Case('cert-manager-release-dict', lambda c: CertManagerRelease(c, "cm", release={"interval": "1h"}),
         "c/cm: release is not a ReleaseSettings (got {'interval': '1h'}); pass ReleaseSettings(...), such as "
         "ReleaseSettings(interval='24h'), or None"),
    Case('extract-key-none', lambda c: RemoteExtract(None),
         "RemoteExtract.key: key is not a string (got None); write a string such as 'apps/vpn'"),
    Case('extract-key-blank', lambda c: RemoteExtract(" "),
         "RemoteExtract.key: key is blank or has spaces at either end (got ' '); write the key as the store "
         "names it, such as 'apps/vpn'"),
    Case('extract-key-slash', lambda c: RemoteExtract("apps/vpn/"),
         "RemoteExtract.key: key starts or ends with '/' or holds an empty path part (got 'apps/vpn/'); write "
         "the key's path as SyncedSecret.remote_key takes it, such as 'apps/vpn'"),
    Case('extract-property-blank', lambda c: RemoteExtract("apps/vpn", property=""),
         "RemoteExtract.property: property is blank or has spaces at either end (got ''); write the property "
         'as the store names it, or None'),
    Case('extract-version-int', lambda c: RemoteExtract("apps/vpn", version=3),
         "RemoteExtract.version: version is not a string or None (got 3); write a string such as '3', or None"),
    Case('extract-decoding-value', lambda c: RemoteExtract("apps/vpn", decoding_strategy="base64"),
         "RemoteExtract.decoding_strategy: decoding strategy is unknown (got 'base64'); did you mean Base64? "
         'use one of: Auto, Base64, Base64URL, None'),
    Case('extract-metadata-value', lambda c: RemoteExtract("apps/vpn", metadata_policy="Get"),
         "RemoteExtract.metadata_policy: metadata policy is unknown (got 'Get'); use one of: None, Fetch"),
    Case('extract-store-string', lambda c: RemoteExtract("apps/vpn", store="bitwarden-fields"),
         "RemoteExtract.store: store is not a SecretStoreRef or None (got 'bitwarden-fields'); write "
         "SecretStoreRef('bitwarden-fields'), or None for the secret's store"),
    Case('find-no-filter', lambda c: RemoteFind(),
         'RemoteFind: find names no filter (got RemoteFind(name=None, path=None, tags={}, '
         'conversion_strategy=None, decoding_strategy=None, store=None)); give name (a regular expression), '
         "path or tags, such as RemoteFind(name='^homelab-')"),
    Case('find-name-regexp', lambda c: RemoteFind(name="["),
         'RemoteFind.name: name is not a regular expression (unterminated character set at position 0) (got '
         "'['); write a regular expression such as '^homelab-'"),
    Case('find-name-list', lambda c: RemoteFind(name=["^a"]),
         "RemoteFind.name: name is not a string or None (got ['^a']); write a string such as '^homelab-', or "
         'None'),
    Case('find-path-slash', lambda c: RemoteFind(path="/homelab"),
         "RemoteFind.path: path starts or ends with '/' or holds an empty path part (got '/homelab'); write "
         "the path as SyncedSecret.remote_key takes it, such as 'homelab'"),
    Case('find-tags-list', lambda c: RemoteFind(tags=["env"]),
         "RemoteFind.tags: tags is not a mapping (got ['env']); write a dict such as {'env': 'homelab'}"),
    Case('find-tags-value', lambda c: RemoteFind(tags={"env": 1}),
         "RemoteFind.tags['env']: tag value is not a string (got 1); write a string such as 'homelab'"),
    Case('find-conversion-value', lambda c: RemoteFind(name="^a", conversion_strategy="unicode"),
         "RemoteFind.conversion_strategy: conversion strategy is unknown (got 'unicode'); did you mean "
         'Unicode? use one of: Default, Unicode'),
    Case('find-store-tuple', lambda c: RemoteFind(name="^a", store=("bitwarden", "ClusterSecretStore")),
         "RemoteFind.store: store is not a SecretStoreRef or None (got ('bitwarden', 'ClusterSecretStore')); "
         "write SecretStoreRef('bitwarden-fields'), or None for the secret's store"),
    Case('template-labels-list', lambda c: SecretTemplate(labels=["a=b"]),
         "SecretTemplate.labels: labels is not a mapping (got ['a=b']); write a dict such as "
         "{'app.kubernetes.io/name': 'vpn'}"),
    Case('template-labels-value', lambda c: SecretTemplate(labels={"a": "b c"}),
         "SecretTemplate.labels: labels value of a is not a label value (got 'b c'); write up to 63 letters, "
         "digits, '-', '_' or '.', starting and ending with a letter or digit"),
    Case('template-annotations-value', lambda c: SecretTemplate(annotations={"cert-manager.io/certificate-name": 1}),
         'SecretTemplate.annotations: annotations value of cert-manager.io/certificate-name is not a string '
         "(got 1); quote it, such as '1'"),
    Case('template-annotations-string', lambda c: SecretTemplate(annotations="a=b"),
         "SecretTemplate.annotations: annotations must be a mapping of key to string (got 'a=b'); write "
         "{'example.com/key': 'value'}"),
    Case('template-merge-policy-type', lambda c: SecretTemplate({"A": "x"}, merge_policy=1),
         "SecretTemplate.merge_policy: merge policy is not a string (got 1); write a string such as 'Merge'"),
    Case('template-merge-policy-value', lambda c: SecretTemplate({"A": "x"}, merge_policy="merge"),
         "SecretTemplate.merge_policy: merge policy is unknown (got 'merge'); did you mean Merge? use one of: "
         'Replace, Merge'),
    Case('template-nothing', lambda c: SecretTemplate(),
         'SecretTemplate.data: template renders no key (got {}); map each Secret key to a template, such as '
         "{'TOKEN': '{{ .token }}'}"),
    Case('secret-data-from-single', lambda c: synced(c, store="vault", data_from=RemoteExtract("a/b")),
         "c/s: data_from is not a list or tuple (got RemoteExtract(key='a/b', property=None, version=None, "
         'conversion_strategy=None, decoding_strategy=None, metadata_policy=None, store=None)); write a list '
         "such as [RemoteExtract(key='a/b', property=None, version=None, conversion_strategy=None, "
         'decoding_strategy=None, metadata_policy=None, store=None)]'),
    Case('secret-data-from-item', lambda c: synced(c, store="vault", data_from=[RemoteRef("a/b")]),
         "c/s: data_from[0] is not a RemoteExtract or RemoteFind (got RemoteRef(key='a/b', property=None, "
         'conversion_strategy=None, decoding_strategy=None, metadata_policy=None, store=None)); write '
         "RemoteExtract('apps/vpn') or RemoteFind(name='^homelab-')"),
    Case('secret-no-keys-no-data-from', lambda c: synced(c, store="vault"),
         'c/s: secret maps no keys (got None); map each Secret key to a property of the remote key, such as '
         "{'OPENVPN_USER': 'username'}, or give data_from=[RemoteExtract(...)]"),
    Case('secret-refresh-policy-type', lambda c: synced(c, store="vault", remote_key="a/b", keys={"K": "k"}, refresh_policy=True),
         "c/s: refresh policy is not a string or None (got True); write a string such as 'CreatedOnce', or "
         'None'),
    Case('secret-refresh-policy-value', lambda c: synced(c, store="vault", remote_key="a/b", keys={"K": "k"},
                                                                 refresh_policy="CreateOnce"),
         "c/s: refresh policy is unknown (got 'CreateOnce'); did you mean CreatedOnce? use one of: "
         'CreatedOnce, Periodic, OnChange'),
    Case('secret-data-from-without-store', lambda c: synced(c, data_from=[RemoteExtract("a/b")]),
         'c/s: secret has no secret store (got None); pass store=VaultSecretStore(...), the name of a '
         'ClusterSecretStore of the app, or SecretStoreRef(name, kind) for a store the app does not write'),
    Case('push-ref-remote-key-none', lambda c: PushRef(None),
         "PushRef.remote_key: remote_key is not a string (got None); write a string such as 'cloudjur-com-tls'"),
    Case('push-ref-remote-key-blank', lambda c: PushRef(" tls "),
         "PushRef.remote_key: remote_key is blank or has spaces at either end (got ' tls '); write the "
         "secret's name in the store, such as 'cloudjur-com-tls'"),
    Case('push-ref-secret-key-value', lambda c: PushRef("tls", secret_key="tls crt"),
         "PushRef.secret_key: secret_key is not a Secret key (got 'tls crt'); use letters, digits, '-', '_' "
         "or '.', such as 'tls.crt', or None for the whole Secret"),
    Case('push-ref-property-blank', lambda c: PushRef("tls", property=" "),
         "PushRef.property: property is blank or has spaces at either end (got ' '); name the property, such "
         "as 'tls.crt', or None for the whole value"),
    Case('push-ref-conversion-value', lambda c: PushRef("tls", conversion_strategy="Unicode"),
         "PushRef.conversion_strategy: conversion strategy is unknown (got 'Unicode'); did you mean "
         'ReverseUnicode? use one of: None, ReverseUnicode'),
    Case('push-secret-name', lambda c: push(c, name="Cloudjur"),
         "c/p: PushSecret name is not a DNS subdomain name (got 'Cloudjur'); use at most 253 lowercase "
         "letters, digits, '-' or '.', each dot-separated part starting and ending with a letter or digit"),
    Case('push-secret-secret-name', lambda c: push(c, secret_name=None),
         'c/p: secret_name is not a DNS subdomain name (got None); use at most 253 lowercase letters, digits, '
         "'-' or '.', each dot-separated part starting and ending with a letter or digit"),
    Case('push-secret-stores-string', lambda c: push(c, stores="onepassword"),
         "c/p: stores is not a list or tuple (got 'onepassword'); write a list such as ['onepassword']"),
    Case('push-secret-stores-empty', lambda c: push(c, stores=[]),
         "c/p: stores is empty (got []); name at least one store, such as [SecretStoreRef('onepassword')]"),
    Case('push-secret-store-item', lambda c: push(c, stores=[3]),
         'c/p: stores[0] is not a VaultSecretStore, a SecretStoreRef or a ClusterSecretStore name (got 3); '
         'name a VaultSecretStore(...), a ClusterSecretStore of the app, or SecretStoreRef(name, kind) for a '
         'store the app does not write'),
    Case('push-secret-data-single', lambda c: push(c, data=PushRef("tls")),
         "c/p: data is not a list or tuple (got PushRef(remote_key='tls', secret_key=None, property=None, "
         "conversion_strategy=None)); write a list such as [PushRef(remote_key='tls', secret_key=None, "
         'property=None, conversion_strategy=None)]'),
    Case('push-secret-data-empty', lambda c: push(c, data=[]),
         "c/p: data is empty (got []); say where each key goes, such as [PushRef('cloudjur-com-tls', "
         "secret_key='tls.crt')]"),
    Case('push-secret-data-item', lambda c: push(c, data=[("tls", "tls.crt")]),
         "c/p: data[0] is not a PushRef (got ('tls', 'tls.crt')); write PushRef('cloudjur-com-tls', "
         "secret_key='tls.crt')"),
    Case('push-secret-refresh-interval', lambda c: push(c, refresh_interval="1 hour"),
         "c/p: refresh interval is not a Go duration (got '1 hour'); write hours, minutes, seconds or "
         "milliseconds such as '1h' or '15m'"),
    Case('push-secret-update-policy', lambda c: push(c, update_policy="Replace-Always"),
         "c/p: update policy is unknown (got 'Replace-Always'); did you mean Replace? use one of: Replace, "
         'IfNotExists'),
    Case('push-secret-deletion-policy-type', lambda c: push(c, deletion_policy=False),
         "c/p: deletion policy is not a string (got False); write a string such as 'Delete'"),
    Case('push-secret-template-dict', lambda c: push(c, template={"type": "kubernetes.io/tls"}),
         "c/p: template is not a SecretTemplate or None (got {'type': 'kubernetes.io/tls'}); write "
         'SecretTemplate(data={\'tls.crt\': \'{{ index . "tls.crt" }}\'}), or None'),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_bad_input_raises_the_exact_message(case: Case) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(case.message)}$"):
        build(case)


def test_a_push_secret_to_a_store_the_app_does_not_have_is_refused_by_the_whole_app_checks() -> None:
    c = cdk8s.Chart(cdk8s.Testing.app(), "c")
    push(c, stores=["vault"])
    with pytest.raises(ValueError, match=re.escape(
            "c/p: secret store does not exist in the app (got 'vault'); declare a VaultSecretStore named 'vault' or use "
            "one of: none declared")):
        validate_app(c.node.root)


def test_good_inputs_pass() -> None:
    assert ReleaseStrategy("RetryOnFailure", retry_interval="5m").retry_interval == "5m"
    assert Rollback().is_empty and not Rollback(timeout="5m").is_empty
    assert RemoteFind(tags={"env": "homelab"}).tags == {"env": "homelab"}
    assert SecretTemplate(labels={"controller.cert-manager.io/fao": "true"}).data == {}
    assert RemoteRef("apps/vpn").key == RemoteExtract("apps/vpn").key == "apps/vpn"
