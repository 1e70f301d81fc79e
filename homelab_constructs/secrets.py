"""Secrets by reference: a Vault-backed ``ClusterSecretStore`` and the ``ExternalSecret`` s that read it.

No secret value is ever part of a synthesized manifest: :class:`SyncedSecret` writes an
ExternalSecret (external-secrets.io/v1) that tells the External Secrets operator which
remote key to copy into which Kubernetes Secret, and :class:`VaultSecretStore` writes the
``ClusterSecretStore`` that tells it how to reach Vault (Kubernetes auth: the operator's
service account token is exchanged for a Vault token of ``role``).

A :class:`SyncedSecret` reads any store: the :class:`VaultSecretStore` object, the name of a
ClusterSecretStore this app writes or declares external (checked on synth), or a
:class:`SecretStoreRef` (name and kind) for a store the app does not write, such as the Bitwarden
stores a platform repository installs: the secret declares it external
(:func:`~homelab_constructs.declared.declare_external`), so ``synth()`` and ``validate``
accept it and list it in ``external-objects.txt``. Each key may come from its own
:class:`RemoteRef` (key, property, strategies, its own store); whole keys of the store come in
through ``data_from`` (:class:`RemoteExtract`, every property of one key, and
:class:`RemoteFind`, every key whose name, path or tags match); a :class:`SecretTemplate`
renders the Secret's values and metadata from the fetched ones. A field left unset is not
written: the operator's default applies.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional, Sequence, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_externalsecrets.io import external_secrets as es

from ._base import HomelabConstruct
from ._tree import app_registry
from ._validation import (
    DATA_KEY,
    FrozenDict,
    Scope,
    add_check,
    check_annotations,
    check_choice,
    check_dns_label,
    check_dns_subdomain,
    check_go_duration,
    check_json_value,
    check_labels,
    check_mapping,
    check_sequence,
    check_text,
    check_url,
    fail,
    message,
)
from .declared import ExternalObject, declare_external, is_external, withdraw_external

_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$")
_VAULT_PATH = re.compile(r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$")
_VAULT_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")
KV_VERSIONS = ("v1", "v2")
#: the kinds of store an ExternalSecret may read
STORE_KINDS = ("ClusterSecretStore", "SecretStore")
#: ``remoteRef.conversionStrategy`` values -> binding member
CONVERSION_STRATEGIES = {"Default": "DEFAULT", "Unicode": "UNICODE"}
#: ``remoteRef.decodingStrategy`` values -> binding member
DECODING_STRATEGIES = {"Auto": "AUTO", "Base64": "BASE64", "Base64URL": "BASE64_URL", "None": "NONE"}
#: ``remoteRef.metadataPolicy`` values -> binding member
METADATA_POLICIES = {"None": "NONE", "Fetch": "FETCH"}
#: ``target.creationPolicy`` values -> binding member
CREATION_POLICIES = {"Owner": "OWNER", "Orphan": "ORPHAN", "Merge": "MERGE", "None": "NONE",
                     "CreateOrMerge": "CREATE_OR_MERGE"}
#: ``target.template.engineVersion`` values (the v1 API has only v2)
TEMPLATE_ENGINES = ("v2",)
#: ``target.template.mergePolicy`` values
TEMPLATE_MERGE_POLICIES = ("Replace", "Merge")
#: ``spec.refreshPolicy`` values -> binding member
REFRESH_POLICIES = {"CreatedOnce": "CREATED_ONCE", "Periodic": "PERIODIC", "OnChange": "ON_CHANGE"}


def _stores(scope: constructs.Construct) -> dict[str, "VaultSecretStore"]:
    """The app's ClusterSecretStores by name."""
    return app_registry(scope, "cluster-secret-stores", lambda root: {})


def _declared_refs(scope: constructs.Construct) -> dict[tuple[str, str, str, str], ExternalObject]:
    """The stores a :class:`SecretStoreRef` declared external (not the user): withdrawn when the
    app writes the store after all."""
    return app_registry(scope, "store-ref-externals", lambda root: {})


def _written(scope: constructs.Construct) -> dict[tuple[str, str], "SyncedSecret"]:
    """The app's SyncedSecrets by the Secret they write, ``(namespace, name)``."""
    return app_registry(scope, "synced-secrets", lambda root: {})


def _check(scope: constructs.Construct, pattern: re.Pattern, value: object, what: str, fix: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise fail(scope, f"{what} is not valid", value, fix)
    return value


class VaultSecretStore(HomelabConstruct):
    """A ``ClusterSecretStore`` that reads a Vault KV engine with Kubernetes auth.

    Vault needs, once: the KV engine at ``path``, the Kubernetes auth method at
    ``auth_mount`` (configured with the cluster's API server), and a role ``role`` bound to
    the ``service_account`` in ``service_account_namespace`` with a policy that may read
    the keys the ExternalSecrets name.

    :param server: Vault's URL, such as ``http://vault.vault.svc.cluster.local:8200``.
    :param name: the ClusterSecretStore's name (default ``vault``).
    :param path: the KV engine's mount path (default ``secret``).
    :param version: the KV engine's version, ``v1`` or ``v2`` (default ``v2``).
    :param role: the Vault role of the Kubernetes auth method (default ``external-secrets``).
    :param auth_mount: where the Kubernetes auth method is mounted (default ``kubernetes``).
    :param service_account: the operator's service account whose token logs in (default
        ``external-secrets``).
    :param service_account_namespace: its namespace, where the operator runs (default ``external-secrets``).
    :param annotations: annotations on the ClusterSecretStore, such as Argo CD's
        ``{"argocd.argoproj.io/sync-wave": "-2"}`` (default none).
    :param operator_pods: the labels of the operator's pods, which call Vault with that token
        (default ``{"app.kubernetes.io/name": "external-secrets"}``, the chart's); nothing of the
        store is written from them: when Vault is an app of an isolated namespace of a
        :class:`~homelab_constructs.Homelab`, those pods (in ``service_account_namespace``) are
        let in on Vault's port.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        server: str,
        name: str = "vault",
        path: str = "secret",
        version: str = "v2",
        role: str = "external-secrets",
        auth_mount: str = "kubernetes",
        service_account: str = "external-secrets",
        service_account_namespace: str = "external-secrets",
        annotations: Optional[Mapping[str, str]] = None,
        operator_pods: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "secret store name")
        self.annotations = check_annotations(self, annotations) if annotations is not None else {}
        self.operator_pods: dict[str, str] = (check_labels(self, operator_pods, "operator_pods",
                                                           "write {'app.kubernetes.io/name': 'external-secrets'}")
                                              if operator_pods is not None else {"app.kubernetes.io/name": "external-secrets"})
        fix = "write http(s)://host[:port], such as 'http://vault.vault.svc.cluster.local:8200'"
        check_url(self, server, "Vault server URL", fix=fix)  # scheme, host, port; no credentials
        self.server = _check(self, _URL, server, "Vault server URL", fix)  # and no path: the KV mount is `path`
        self.path = _check(self, _VAULT_PATH, path, "Vault KV mount path",
                           "write the mount without slashes at either end, such as 'secret' or 'kv/homelab'")
        if version not in KV_VERSIONS:
            raise fail(self, "Vault KV version is not v1 or v2", version,
                       "use 'v2' for a KV version 2 engine (Vault's default), 'v1' for version 1")
        self.version = version
        self.role = _check(self, _VAULT_NAME, role, "Vault role",
                           "name the Kubernetes auth role, such as 'external-secrets'")
        self.auth_mount = _check(self, _VAULT_PATH, auth_mount, "Vault auth mount path",
                                 "write the mount without slashes at either end, such as 'kubernetes'")
        self.service_account = check_dns_label(self, service_account, "service account")
        self.service_account_namespace = check_dns_label(self, service_account_namespace, "service account namespace")
        stores = _stores(self)
        if self.name in stores:
            raise fail(self, "ClusterSecretStore is declared twice", self.name,
                       f"{stores[self.name].node.path} already declares it; give each store its own name")
        stores[self.name] = self
        declared = _declared_refs(self).pop(("external-secrets.io", "ClusterSecretStore", "", self.name), None)
        if declared is not None:  # a SecretStoreRef named this store before it was written
            withdraw_external(declared)

        es.ClusterSecretStore(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name, annotations=dict(self.annotations) or None),
            spec=es.ClusterSecretStoreSpec(provider=es.ClusterSecretStoreSpecProvider(
                vault=es.ClusterSecretStoreSpecProviderVault(
                    server=self.server,
                    path=self.path,
                    version=es.ClusterSecretStoreSpecProviderVaultVersion[self.version.upper()],
                    auth=es.ClusterSecretStoreSpecProviderVaultAuth(
                        kubernetes=es.ClusterSecretStoreSpecProviderVaultAuthKubernetes(
                            mount_path=self.auth_mount, role=self.role,
                            service_account_ref=es.ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(
                                name=self.service_account, namespace=self.service_account_namespace),
                        )),
                ))),
        )


@dataclass(frozen=True)
class SecretStoreRef:
    """A secret store by name and kind, such as the Bitwarden ClusterSecretStore
    ``bitwarden-fields`` a platform repository installs.

    A :class:`SyncedSecret` that reads it (as its store or a :attr:`RemoteRef.store`) declares
    the store external (:func:`~homelab_constructs.declared.declare_external`; a
    ``SecretStore`` in the secret's namespace), so the whole-app rules accept it, unless the app
    writes it (a :class:`VaultSecretStore` of that name). A plain store name is checked instead:
    the app must write it or declare it.

    :param name: the store's name.
    :param kind: ``ClusterSecretStore`` or ``SecretStore`` (one of the ExternalSecret's
        namespace) (default ``ClusterSecretStore``).
    """

    name: str
    kind: str = "ClusterSecretStore"

    def __post_init__(self) -> None:
        check_text("SecretStoreRef.name", self.name, "name", "bitwarden-fields")
        check_dns_subdomain("SecretStoreRef.name", self.name, "secret store name")
        check_text("SecretStoreRef.kind", self.kind, "kind", "ClusterSecretStore")
        check_choice("SecretStoreRef.kind", self.kind, STORE_KINDS, "secret store kind")


def _optional_choice(path: str, value: object, choices: Mapping[str, str], what: str) -> None:
    if value is not None:
        check_text(path, value, what, next(iter(choices)), optional=True)
        check_choice(path, value, choices, what)


@dataclass(frozen=True)
class RemoteRef:
    """Where one key of a :class:`SyncedSecret` comes from (``spec.data[].remoteRef``).

    :param key: the key in the store (a Vault path under the KV mount such as ``apps/vpn``,
        a Bitwarden item id, ...).
    :param property: the property of that key (default ``None``: the whole value).
    :param conversion_strategy: ``Default`` or ``Unicode`` (default ``None``: not written; the
        operator's default is ``Default``).
    :param decoding_strategy: ``Auto``, ``Base64``, ``Base64URL`` or ``None`` (default ``None``:
        not written; the operator's default is ``None``).
    :param metadata_policy: ``None`` or ``Fetch`` (default ``None``: not written).
    :param store: read this key from its own store (``sourceRef.storeRef``) instead of the
        secret's (default ``None``: the secret's store).
    """

    key: str
    property: Optional[str] = None
    conversion_strategy: Optional[str] = None
    decoding_strategy: Optional[str] = None
    metadata_policy: Optional[str] = None
    store: Optional[SecretStoreRef] = None

    def __post_init__(self) -> None:
        _check_key("RemoteRef.key", self.key, "apps/vpn")
        check_text("RemoteRef.property", self.property, "property", "username", optional=True)
        if self.property is not None and (not self.property.strip() or self.property != self.property.strip()):
            raise fail("RemoteRef.property", "property is blank or has spaces at either end", self.property,
                       "name the property, such as 'username', or None for the whole value")
        _optional_choice("RemoteRef.conversion_strategy", self.conversion_strategy, CONVERSION_STRATEGIES,
                         "conversion strategy")
        _optional_choice("RemoteRef.decoding_strategy", self.decoding_strategy, DECODING_STRATEGIES,
                         "decoding strategy")
        _optional_choice("RemoteRef.metadata_policy", self.metadata_policy, METADATA_POLICIES, "metadata policy")
        _check_store("RemoteRef.store", self.store)

    def binding(self) -> es.ExternalSecretSpecDataRemoteRef:
        """The ``remoteRef`` as the binding's struct (the fields set, in the CRD's spelling)."""
        return es.ExternalSecretSpecDataRemoteRef(
            key=self.key, property=self.property,
            conversion_strategy=es.ExternalSecretSpecDataRemoteRefConversionStrategy[
                CONVERSION_STRATEGIES[self.conversion_strategy]] if self.conversion_strategy else None,
            decoding_strategy=es.ExternalSecretSpecDataRemoteRefDecodingStrategy[
                DECODING_STRATEGIES[self.decoding_strategy]] if self.decoding_strategy else None,
            metadata_policy=es.ExternalSecretSpecDataRemoteRefMetadataPolicy[
                METADATA_POLICIES[self.metadata_policy]] if self.metadata_policy else None)


def _check_key(at: str, value: object, example: str, what: str = "key") -> str:
    """A key (or path) in the store: a string without blanks at either end, and no empty path part."""
    key = str(check_text(at, value, what, example))
    if not key.strip() or key != key.strip():
        raise fail(at, f"{what} is blank or has spaces at either end", key,
                   f"write the {what} as the store names it, such as {example!r}")
    if key.startswith("/") or key.endswith("/") or "//" in key:
        shape = "key's path" if what == "key" else what
        raise fail(at, f"{what} starts or ends with '/' or holds an empty path part", key,
                   f"write the {shape} as SyncedSecret.remote_key takes it, such as "
                   f"{'/'.join(part for part in key.split('/') if part) or example!r}")
    check_json_value(at, key, what)
    return key


def _check_store(at: str, store: object) -> None:
    if store is not None and not isinstance(store, SecretStoreRef):
        raise fail(at, "store is not a SecretStoreRef or None", store,
                   "write SecretStoreRef('bitwarden-fields'), or None for the secret's store")


def _enum(binding: type, choices: Mapping[str, str], value: Optional[str]) -> object:
    """The binding's enum member of a CRD value, or ``None``."""
    return None if value is None else binding[choices[value]]  # type: ignore[index]


@dataclass(frozen=True)
class RemoteExtract:
    """``spec.dataFrom[].extract``: every property of one key in the store becomes a key of the
    Secret (a Vault secret's fields, a Bitwarden item's fields, a JSON value's keys).

    :param key: the key in the store, such as ``apps/vpn``.
    :param property: take the properties of this property of the key (default ``None``: of
        the whole value).
    :param version: the key's version (default ``None``: the latest).
    :param conversion_strategy: ``Default`` or ``Unicode`` (default ``None``: not written).
    :param decoding_strategy: ``Auto``, ``Base64``, ``Base64URL`` or ``None``: how each value
        is decoded (default ``None``: not written, the operator's ``None``).
    :param metadata_policy: ``None`` or ``Fetch`` (default ``None``: not written).
    :param store: read it from this store (``sourceRef.storeRef``) instead of the secret's
        (default ``None``: the secret's store).
    """

    key: str
    property: Optional[str] = None
    version: Optional[str] = None
    conversion_strategy: Optional[str] = None
    decoding_strategy: Optional[str] = None
    metadata_policy: Optional[str] = None
    store: Optional["SecretStoreRef"] = None

    def __post_init__(self) -> None:
        _check_key("RemoteExtract.key", self.key, "apps/vpn")
        for name in ("property", "version"):
            value = getattr(self, name)
            check_text(f"RemoteExtract.{name}", value, name, "config" if name == "property" else "3", optional=True)
            if value is not None and (not value.strip() or value != value.strip()):
                raise fail(f"RemoteExtract.{name}", f"{name} is blank or has spaces at either end", value,
                           f"write the {name} as the store names it, or None")
        _optional_choice("RemoteExtract.conversion_strategy", self.conversion_strategy, CONVERSION_STRATEGIES,
                         "conversion strategy")
        _optional_choice("RemoteExtract.decoding_strategy", self.decoding_strategy, DECODING_STRATEGIES,
                         "decoding strategy")
        _optional_choice("RemoteExtract.metadata_policy", self.metadata_policy, METADATA_POLICIES, "metadata policy")
        _check_store("RemoteExtract.store", self.store)

    def binding(self) -> es.ExternalSecretSpecDataFromExtract:
        """The ``extract`` as the binding's struct (the fields set)."""
        return es.ExternalSecretSpecDataFromExtract(
            key=self.key, property=self.property, version=self.version,
            conversion_strategy=_enum(es.ExternalSecretSpecDataFromExtractConversionStrategy, CONVERSION_STRATEGIES,
                                      self.conversion_strategy),  # type: ignore[arg-type]
            decoding_strategy=_enum(es.ExternalSecretSpecDataFromExtractDecodingStrategy, DECODING_STRATEGIES,
                                    self.decoding_strategy),  # type: ignore[arg-type]
            metadata_policy=_enum(es.ExternalSecretSpecDataFromExtractMetadataPolicy, METADATA_POLICIES,
                                  self.metadata_policy))  # type: ignore[arg-type]


@dataclass(frozen=True)
class RemoteFind:
    """``spec.dataFrom[].find``: every key of the store that matches becomes a key of the
    Secret. Give at least one filter.

    :param name: a regular expression the key's name matches (``name.regexp``), such as
        ``^homelab-`` (default ``None``).
    :param path: look only under this path of the store (default ``None``: everywhere).
    :param tags: tags the key carries, all of them (default none).
    :param conversion_strategy: ``Default`` or ``Unicode`` (default ``None``: not written).
    :param decoding_strategy: ``Auto``, ``Base64``, ``Base64URL`` or ``None`` (default
        ``None``: not written, the operator's ``None``).
    :param store: search this store (``sourceRef.storeRef``) instead of the secret's (default
        ``None``: the secret's store).
    """

    name: Optional[str] = None
    path: Optional[str] = None
    tags: Mapping[str, str] = FrozenDict()
    conversion_strategy: Optional[str] = None
    decoding_strategy: Optional[str] = None
    store: Optional["SecretStoreRef"] = None

    def __post_init__(self) -> None:
        check_text("RemoteFind.name", self.name, "name", "^homelab-", optional=True)
        if self.name is not None:
            try:
                re.compile(self.name)
            except re.error as e:
                raise fail("RemoteFind.name", f"name is not a regular expression ({e})", self.name,
                           "write a regular expression such as '^homelab-'") from None
        if self.path is not None:
            _check_key("RemoteFind.path", self.path, "homelab", "path")
        tags = check_mapping("RemoteFind.tags", self.tags, "tags", _tag_text, _tag_text, example={"env": "homelab"},
                             key="tag", item="tag value")
        object.__setattr__(self, "tags", FrozenDict(tags))
        if self.name is None and self.path is None and not tags:
            raise fail("RemoteFind", "find names no filter", self,
                       "give name (a regular expression), path or tags, such as RemoteFind(name='^homelab-')")
        _optional_choice("RemoteFind.conversion_strategy", self.conversion_strategy, CONVERSION_STRATEGIES,
                         "conversion strategy")
        _optional_choice("RemoteFind.decoding_strategy", self.decoding_strategy, DECODING_STRATEGIES,
                         "decoding strategy")
        _check_store("RemoteFind.store", self.store)

    def binding(self) -> es.ExternalSecretSpecDataFromFind:
        """The ``find`` as the binding's struct (the fields set)."""
        return es.ExternalSecretSpecDataFromFind(
            name=None if self.name is None else es.ExternalSecretSpecDataFromFindName(regexp=self.name),
            path=self.path, tags=dict(self.tags) or None,
            conversion_strategy=_enum(es.ExternalSecretSpecDataFromFindConversionStrategy, CONVERSION_STRATEGIES,
                                      self.conversion_strategy),  # type: ignore[arg-type]
            decoding_strategy=_enum(es.ExternalSecretSpecDataFromFindDecodingStrategy, DECODING_STRATEGIES,
                                    self.decoding_strategy))  # type: ignore[arg-type]


def _tag_text(scope: Scope, value: object, what: str) -> str:
    check_text(scope, value, what, "homelab")
    check_json_value(scope, value, what)
    return value  # type: ignore[return-value]


@dataclass(frozen=True)
class SecretTemplate:
    """``target.template`` of a :class:`SyncedSecret`: the Secret's values rendered from the
    fetched keys (Go templates with Sprig functions, such as
    ``{{ toJson (dict "a" .ACCOUNT "t" .TUNNEL_ID "s" .SECRET) | b64enc }}``) and its metadata.
    Each field left unset is not written (the operator's default applies); give at least one.

    Note: the values hold ``{{ ... }}``; ``cdk8s synth --format helm`` would hand them to Helm.

    :param data: Secret key -> template (default none: the Secret holds the keys as fetched).
    :param engine_version: ``engineVersion``, the template engine: ``v2``, the only one of the
        v1 API (default ``None``: not written, the operator's ``v2``).
    :param type: the Secret's type, such as ``kubernetes.io/dockerconfigjson`` (default
        ``None``: ``Opaque``).
    :param labels: the Secret's labels (``metadata.labels``), such as the
        ``controller.cert-manager.io/fao: "true"`` of a Secret cert-manager takes over (default
        none).
    :param annotations: the Secret's annotations (``metadata.annotations``), such as
        ``cert-manager.io/certificate-name`` (default none).
    :param merge_policy: ``mergePolicy``: ``Replace`` or ``Merge`` (keep the fetched keys the
        templates do not render) (default ``None``: not written, the operator's ``Replace``).
    """

    data: Mapping[str, str] = FrozenDict()
    engine_version: Optional[str] = None
    type: Optional[str] = None
    labels: Mapping[str, str] = FrozenDict()
    annotations: Mapping[str, str] = FrozenDict()
    merge_policy: Optional[str] = None

    def __post_init__(self) -> None:
        data = check_mapping("SecretTemplate.data", self.data, "data", _secret_key, _template_text,
                             example={"TOKEN": "{{ .token }}"}, key="Secret key", item="template")
        object.__setattr__(self, "data", FrozenDict(data))
        if self.engine_version is not None:
            check_text("SecretTemplate.engine_version", self.engine_version, "engine version", "v2")
            check_choice("SecretTemplate.engine_version", self.engine_version, TEMPLATE_ENGINES, "engine version")
        check_text("SecretTemplate.type", self.type, "type", "Opaque", optional=True)
        if self.type is not None and (not self.type or any(c.isspace() for c in self.type)):
            raise fail("SecretTemplate.type", "type is empty or holds whitespace", self.type,
                       "write a Secret type such as 'Opaque' or 'kubernetes.io/dockerconfigjson', or None")
        check_mapping("SecretTemplate.labels", self.labels, "labels", example={"app.kubernetes.io/name": "vpn"})
        if self.labels:
            object.__setattr__(self, "labels", FrozenDict(check_labels(
                "SecretTemplate.labels", self.labels, "labels", "write {'app.kubernetes.io/name': 'vpn'}")))
        object.__setattr__(self, "annotations", FrozenDict(check_annotations(
            "SecretTemplate.annotations", self.annotations)))
        if self.merge_policy is not None:
            check_text("SecretTemplate.merge_policy", self.merge_policy, "merge policy", "Merge")
            check_choice("SecretTemplate.merge_policy", self.merge_policy, TEMPLATE_MERGE_POLICIES, "merge policy")
        if not (data or self.type or self.labels or self.annotations or self.merge_policy or self.engine_version):
            raise fail("SecretTemplate.data", "template renders no key", dict(data),
                       "map each Secret key to a template, such as {'TOKEN': '{{ .token }}'}")

    def binding(self, struct: Any = None, metadata_struct: Any = None, engine_versions: Any = None,
                merge_policies: Any = None) -> Any:
        """The ``template`` as the binding's struct (the fields set): an ExternalSecret's
        ``target.template`` by default, or another kind's same-shaped template (a PushSecret's)
        given its struct, metadata struct and the two enums."""
        struct = struct or es.ExternalSecretSpecTargetTemplate
        metadata_struct = metadata_struct or es.ExternalSecretSpecTargetTemplateMetadata
        engine_versions = engine_versions or es.ExternalSecretSpecTargetTemplateEngineVersion
        merge_policies = merge_policies or es.ExternalSecretSpecTargetTemplateMergePolicy
        metadata = None if not (self.labels or self.annotations) else metadata_struct(
            labels=dict(self.labels) or None, annotations=dict(self.annotations) or None)
        return struct(
            data=dict(self.data) or None, type=self.type, metadata=metadata,
            engine_version=None if self.engine_version is None else engine_versions[self.engine_version.upper()],
            merge_policy=None if self.merge_policy is None else merge_policies[self.merge_policy.upper()])


def _secret_key(scope: Scope, key: object, what: str) -> str:
    if not isinstance(key, str) or not DATA_KEY.fullmatch(key):
        raise fail(scope, f"{what} is not valid", key, "use letters, digits, '-', '_' or '.', such as 'OPENVPN_USER'")
    return key


def _template_text(scope: Scope, value: object, what: str) -> str:
    check_text(scope, value, what, "{{ .token }}")
    check_json_value(scope, value, what)
    return value  # type: ignore[return-value]


#: a secret store, as the constructs that read one take it: the object, a ClusterSecretStore's
#: name (of this app or declared external, checked on synth), or a :class:`SecretStoreRef` (a store
#: the app does not write, declared external by the secret)
Store = Union[VaultSecretStore, SecretStoreRef, str]
STORE_FIX = ("pass store=VaultSecretStore(...), the name of a ClusterSecretStore of the app, or "
             "SecretStoreRef(name, kind) for a store the app does not write")


def store_name(scope: constructs.Construct, store: object) -> str:
    """The store name ``store`` stands for: a :class:`VaultSecretStore`'s or a
    :class:`SecretStoreRef`'s, or the name itself; anything else (``None``, ``""``, another
    type) is refused."""
    if isinstance(store, (VaultSecretStore, SecretStoreRef)):
        return store.name
    if isinstance(store, ExternalObject) and store.kind in ("ClusterSecretStore", "SecretStore"):
        if store.kind == "SecretStore":
            raise fail(scope, "a declared SecretStore is namespaced: the secret needs its kind too", store.name,
                       f"pass SecretStoreRef({store.name!r}, kind='SecretStore')")
        return store.name  # declared external: the whole-app checks accept it
    if store is None or store == "":
        raise fail(scope, "secret has no secret store", store, STORE_FIX)
    if not isinstance(store, str):
        raise fail(scope, "secret store is not a VaultSecretStore, a SecretStoreRef or a ClusterSecretStore name",
                   store, STORE_FIX)
    return check_dns_label(scope, store, "secret store name")


def _store_ref(ref: SecretStoreRef) -> tuple[str, es.ExternalSecretSpecSecretStoreRefKind]:
    kind = "CLUSTER_SECRET_STORE" if ref.kind == "ClusterSecretStore" else "SECRET_STORE"
    return ref.name, es.ExternalSecretSpecSecretStoreRefKind[kind]


#: a ``dataFrom`` entry of a :class:`SyncedSecret`
DataFrom = Union[RemoteExtract, RemoteFind]


class SyncedSecret(HomelabConstruct):
    """A Kubernetes Secret kept in sync from a secret store by an ``ExternalSecret``. Every
    optional field left unset is not written (the operator's default applies), except the two
    that are written by default as noted.

    :param name: the ExternalSecret's name, and the Secret's unless ``target_name`` is given.
    :param namespace: their namespace (the pods that use the Secret live there).
    :param store: the :class:`VaultSecretStore`; the name of a ClusterSecretStore the app writes
        or declares external (checked on synth); or a :class:`SecretStoreRef` (name and kind) of a
        store the app does not write, which the secret declares external (as it does a
        :attr:`RemoteRef.store`) (default ``None``: only when every key and ``data_from`` entry
        names its own store).
    :param keys: Secret key -> a property of ``remote_key`` (a string, such as
        ``{"OPENVPN_USER": "username"}``) or a :class:`RemoteRef` (``spec.data``) (default none;
        ``keys`` or ``data_from`` holds at least one).
    :param remote_key: the key in the store that string values of ``keys`` are properties of,
        such as ``homelab/vpn`` (default ``None``: every value of ``keys`` is a :class:`RemoteRef`).
    :param data_from: whole keys of the store (``spec.dataFrom``): :class:`RemoteExtract` and
        :class:`RemoteFind` entries, in order (default none).
    :param refresh_interval: how often the operator re-reads the store (default ``1h``;
        ``None``: not written, the operator's default).
    :param refresh_policy: ``refreshPolicy``: ``CreatedOnce`` (write the Secret once, never
        update it: a seed another writer then owns), ``Periodic`` or ``OnChange`` (default
        ``None``: not written, the operator's ``Periodic``).
    :param target_name: the Secret's name (default ``None``: ``name``).
    :param creation_policy: ``target.creationPolicy``: ``Owner``, ``Orphan``, ``Merge``,
        ``None`` or ``CreateOrMerge`` (default ``Owner``; Python ``None``: not written, the
        operator's default, ``Owner``).
    :param template: render the Secret's values and metadata from the fetched keys (default
        ``None``: the Secret holds the keys as fetched).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        store: Optional[Store] = None,
        keys: Optional[Mapping[str, Union[str, RemoteRef]]] = None,
        remote_key: Optional[str] = None,
        data_from: Sequence[DataFrom] = (),
        refresh_interval: Optional[str] = "1h",
        refresh_policy: Optional[str] = None,
        target_name: Optional[str] = None,
        creation_policy: Optional[str] = "Owner",
        template: Optional[SecretTemplate] = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "secret name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.data_from: tuple[DataFrom, ...] = check_sequence(
            self, data_from, "data_from", _data_from, example=[RemoteExtract("apps/vpn")])  # type: ignore[assignment]
        self.keys = self._keys(keys)
        self.remote_key = None if remote_key is None else _check(
            self, _VAULT_PATH, remote_key, "remote key", "write the key's path under the KV mount, such as 'homelab/vpn'")
        strings = sorted(k for k, v in self.keys.items() if isinstance(v, str))
        if strings and self.remote_key is None:
            raise fail(self, "secret keys name properties of no remote key", strings,
                       "set remote_key='<key in the store>', or give each key a RemoteRef(key=..., property=...)")
        sources = [*self.keys.values(), *self.data_from]
        if store is None and all(isinstance(v, (RemoteRef, RemoteExtract, RemoteFind)) and v.store is not None
                                 for v in sources):
            self.store_name: Optional[str] = None
        else:
            self.store_name = store_name(self, store)
        #: the store, as given (``None``: every key names its own)
        self.store = store
        self.refresh_interval = None if refresh_interval is None else check_go_duration(
            self, refresh_interval, "refresh interval", "'1h' or '15m'")
        check_text(self, refresh_policy, "refresh policy", "CreatedOnce", optional=True)
        self.refresh_policy = None if refresh_policy is None else check_choice(
            self, refresh_policy, REFRESH_POLICIES, "refresh policy")
        check_text(self, target_name, "target name", "vpn-credentials", optional=True)
        self.target_name = self.name if target_name is None else check_dns_subdomain(self, target_name, "target name")
        check_text(self, creation_policy, "creation policy", "Owner", optional=True)
        self.creation_policy = None if creation_policy is None else check_choice(
            self, creation_policy, CREATION_POLICIES, "creation policy")
        if template is not None and not isinstance(template, SecretTemplate):
            raise fail(self, "template is not a SecretTemplate", template,
                       "write SecretTemplate(data={'TOKEN': '{{ .token }}'}), or None")
        self.template = template
        written = _written(self)
        if (self.namespace, self.target_name) in written:
            raise fail(self, f"Secret {self.namespace}/{self.target_name} is written by two ExternalSecrets",
                       self.target_name,
                       f"{written[(self.namespace, self.target_name)].node.path} writes it already; give this one its "
                       "own name, or share that one (shared_secret)")
        written[(self.namespace, self.target_name)] = self
        if isinstance(store, str):
            add_check(self, self._store_exists)
        self._declare_stores(store)
        self.resource = es.ExternalSecret(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace),
            spec=es.ExternalSecretSpec(
                refresh_interval=self.refresh_interval,
                refresh_policy=_enum(es.ExternalSecretSpecRefreshPolicy, REFRESH_POLICIES,
                                     self.refresh_policy),  # type: ignore[arg-type]
                secret_store_ref=self._secret_store_ref(store),
                target=es.ExternalSecretSpecTarget(
                    name=self.target_name,
                    creation_policy=es.ExternalSecretSpecTargetCreationPolicy[CREATION_POLICIES[self.creation_policy]]
                    if self.creation_policy else None,
                    template=None if template is None else template.binding()),
                data=[self._data(key, ref) for key, ref in sorted(self.keys.items())] or None,
                data_from=[self._data_from(entry) for entry in self.data_from] or None,
            ),
        )

    def _keys(self, keys: object) -> dict[str, Union[str, RemoteRef]]:
        if keys is None and self.data_from:
            return {}
        if not isinstance(keys, Mapping) or not keys:
            raise fail(self, "secret maps no keys", keys,
                       "map each Secret key to a property of the remote key, such as {'OPENVPN_USER': 'username'}, "
                       "or give data_from=[RemoteExtract(...)]")
        for key, prop in keys.items():
            _check(self, DATA_KEY, key, "Secret key", "use letters, digits, '-', '_' or '.', such as 'OPENVPN_USER'")
            if isinstance(prop, RemoteRef):
                continue
            if not isinstance(prop, str) or not prop.strip():
                raise fail(self, f"Secret key {key} names no property of the remote key", prop,
                           "name the property, such as 'username', or pass RemoteRef(key=..., property=...)")
        return dict(keys)

    def _secret_store_ref(self, store: object) -> Optional[es.ExternalSecretSpecSecretStoreRef]:
        if self.store_name is None:
            return None
        ref = store if isinstance(store, SecretStoreRef) else SecretStoreRef(self.store_name)
        name, kind = _store_ref(ref)
        return es.ExternalSecretSpecSecretStoreRef(kind=kind, name=name)

    def _data(self, key: str, ref: Union[str, RemoteRef]) -> es.ExternalSecretSpecData:
        if isinstance(ref, str):
            return es.ExternalSecretSpecData(secret_key=key, remote_ref=es.ExternalSecretSpecDataRemoteRef(
                key=self.remote_key or "", property=ref))
        source = None
        if ref.store is not None:
            kind = "CLUSTER_SECRET_STORE" if ref.store.kind == "ClusterSecretStore" else "SECRET_STORE"
            source = es.ExternalSecretSpecDataSourceRef(store_ref=es.ExternalSecretSpecDataSourceRefStoreRef(
                name=ref.store.name, kind=es.ExternalSecretSpecDataSourceRefStoreRefKind[kind]))
        return es.ExternalSecretSpecData(secret_key=key, remote_ref=ref.binding(), source_ref=source)

    @staticmethod
    def _data_from(entry: DataFrom) -> es.ExternalSecretSpecDataFrom:
        source = None
        if entry.store is not None:
            kind = "CLUSTER_SECRET_STORE" if entry.store.kind == "ClusterSecretStore" else "SECRET_STORE"
            source = es.ExternalSecretSpecDataFromSourceRef(store_ref=es.ExternalSecretSpecDataFromSourceRefStoreRef(
                name=entry.store.name, kind=es.ExternalSecretSpecDataFromSourceRefStoreRefKind[kind]))
        if isinstance(entry, RemoteExtract):
            return es.ExternalSecretSpecDataFrom(extract=entry.binding(), source_ref=source)
        return es.ExternalSecretSpecDataFrom(find=entry.binding(), source_ref=source)

    def _declare_stores(self, store: object) -> None:
        """Declare each :class:`SecretStoreRef` store external, unless the app writes it or it is
        declared already."""
        refs = [store] if isinstance(store, SecretStoreRef) else []
        refs += [ref.store for ref in (*self.keys.values(), *self.data_from)
                 if isinstance(ref, (RemoteRef, RemoteExtract, RemoteFind)) and ref.store is not None]
        declare_stores(self, refs, self.namespace)

    def _store_exists(self) -> Iterable[str]:
        """A store named by a plain string: the app writes it or declares it external."""
        yield from store_exists(self, self.store_name)


def _data_from(scope: Scope, value: object, what: str) -> DataFrom:
    if not isinstance(value, (RemoteExtract, RemoteFind)):
        raise fail(scope, f"{what} is not a RemoteExtract or RemoteFind", value,
                   "write RemoteExtract('apps/vpn') or RemoteFind(name='^homelab-')")
    return value


def declare_stores(scope: constructs.Construct, refs: Iterable[SecretStoreRef], namespace: str) -> None:
    """Declare each store of ``refs`` external (a ``SecretStore`` in ``namespace``), unless the
    app writes it or it is declared already."""
    for ref in refs:
        ns = namespace if ref.kind == "SecretStore" else None
        if (ref.kind == "ClusterSecretStore" and ref.name in _stores(scope)) or is_external(scope, ref.kind, ref.name, ns):
            continue
        declared = declare_external(scope, ref.kind, ref.name, ns)
        _declared_refs(scope)[declared.key] = declared


def store_exists(scope: constructs.Construct, name: Optional[str]) -> Iterable[str]:
    """A store named by a plain string: the app writes it or declares it external."""
    stores = _stores(scope)
    if name not in stores and not is_external(scope, "ClusterSecretStore", name or ""):
        yield message(scope, "secret store does not exist in the app", name,
                      f"declare a VaultSecretStore named {name!r} or use one of: "
                      + (", ".join(sorted(stores)) or "none declared"))


def shared_secret(
    owner: constructs.Construct,
    id: str,
    *,
    name: str,
    namespace: str,
    store: Store,
    remote_key: str,
    keys: Mapping[str, str],
    rename: str,
) -> SyncedSecret:
    """The :class:`SyncedSecret` that writes Secret ``namespace/name`` for ``owner``, once per app.

    A second construct that needs the same Secret from the same store, remote key and keys
    shares the first one's ExternalSecret; with other contents it is refused (two
    ExternalSecrets would fight over one Secret). ``rename`` tells the user how to give
    ``owner`` a Secret of its own, such as ``CloudflareProvider(token_secret=...)``.
    """
    existing = _written(owner).get((namespace, name))
    if existing is None:
        return SyncedSecret(owner, id, name=name, namespace=namespace, store=store, remote_key=remote_key, keys=keys)
    wanted = {"store": store_name(owner, store), "remote_key": remote_key, "keys": dict(sorted(keys.items()))}
    has = {"store": existing.store_name, "remote_key": existing.remote_key, "keys": dict(sorted(existing.keys.items()))}
    differ = [part for part in wanted if wanted[part] != has[part]]
    if differ:
        theirs = {part: has[part] for part in differ}
        raise fail(owner, f"Secret {namespace}/{name} would be written twice with different contents",
                   {part: wanted[part] for part in differ},
                   f"{existing.node.path} writes it with {theirs!r}; give this one its own Secret ({rename}) "
                   "or the same store, remote key and keys")
    return existing
