"""Secrets by reference: a Vault-backed ``ClusterSecretStore`` and the ``ExternalSecret`` s that read it.

No secret value is ever part of a synthesized manifest: :class:`SyncedSecret` writes an
ExternalSecret (external-secrets.io/v1) that tells the External Secrets operator which
Vault key to copy into which Kubernetes Secret, and :class:`VaultSecretStore` writes the
``ClusterSecretStore`` that tells it how to reach Vault (Kubernetes auth: the operator's
service account token is exchanged for a Vault token of ``role``).
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping, Optional, Union

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_externalsecrets.io import external_secrets as es

from ._base import HomelabConstruct
from ._registry import app_registry
from ._validation import add_check, check_dns_label, check_go_duration, check_url, fail, message

_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$")
_VAULT_PATH = re.compile(r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$")
_VAULT_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")
_SECRET_KEY = re.compile(r"^[-._a-zA-Z0-9]+$")
KV_VERSIONS = ("v1", "v2")


def _stores(scope: constructs.Construct) -> dict[str, "VaultSecretStore"]:
    """The app's ClusterSecretStores by name."""
    return app_registry(scope, "cluster-secret-stores", lambda root: {})


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
    :param service_account_namespace: its namespace (default ``external-secrets``).
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
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "secret store name")
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

        es.ClusterSecretStore(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name),
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


#: a secret store, as the constructs that read one take it: the object, or a ClusterSecretStore's name
Store = Union[VaultSecretStore, str]
STORE_FIX = "pass store=VaultSecretStore(...) or the name of a ClusterSecretStore of the app"


def store_name(scope: constructs.Construct, store: object) -> str:
    """The ClusterSecretStore name ``store`` stands for: a :class:`VaultSecretStore`'s, or the
    name itself; anything else (``None``, ``""``, another type) is refused."""
    if isinstance(store, VaultSecretStore):
        return store.name
    if store is None or store == "":
        raise fail(scope, "secret has no secret store", store, STORE_FIX)
    if not isinstance(store, str):
        raise fail(scope, "secret store is not a VaultSecretStore or a ClusterSecretStore name", store, STORE_FIX)
    return check_dns_label(scope, store, "secret store name")


class SyncedSecret(HomelabConstruct):
    """A Kubernetes Secret kept in sync from a secret store by an ``ExternalSecret``.

    :param name: the ExternalSecret's and the Secret's name.
    :param namespace: their namespace (the pods that use the Secret live there).
    :param store: the :class:`VaultSecretStore`; or, where the object is not at hand, the name
        of a ClusterSecretStore declared in the same app (checked on synth).
    :param remote_key: the key in the store, such as ``homelab/vpn`` (under the KV mount).
    :param keys: Secret key → property of the remote key, such as
        ``{"OPENVPN_USER": "username"}``; at least one.
    :param refresh_interval: how often the operator re-reads the store (default ``1h``).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        store: Optional[Store],
        remote_key: str,
        keys: Mapping[str, str],
        refresh_interval: str = "1h",
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "secret name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.store_name = store_name(self, store)
        self.remote_key = _check(self, _VAULT_PATH, remote_key, "remote key",
                                 "write the key's path under the KV mount, such as 'homelab/vpn'")
        if not isinstance(keys, Mapping) or not keys:
            raise fail(self, "secret maps no keys", keys,
                       "map each Secret key to a property of the remote key, such as {'OPENVPN_USER': 'username'}")
        for key, prop in keys.items():
            _check(self, _SECRET_KEY, key, "Secret key", "use letters, digits, '-', '_' or '.', such as 'OPENVPN_USER'")
            if not isinstance(prop, str) or not prop.strip():
                raise fail(self, f"Secret key {key} names no property of the remote key", prop,
                           "name the property, such as 'username'")
        self.keys = dict(keys)
        self.refresh_interval = check_go_duration(self, refresh_interval, "refresh interval", "'1h' or '15m'")
        written = _written(self)
        if (self.namespace, self.name) in written:
            raise fail(self, f"Secret {self.namespace}/{self.name} is written by two ExternalSecrets", self.name,
                       f"{written[(self.namespace, self.name)].node.path} writes it already; give this one its "
                       "own name, or share that one (shared_secret)")
        written[(self.namespace, self.name)] = self
        if not isinstance(store, VaultSecretStore):
            add_check(self, self._store_exists)

        es.ExternalSecret(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace),
            spec=es.ExternalSecretSpec(
                refresh_interval=self.refresh_interval,
                secret_store_ref=es.ExternalSecretSpecSecretStoreRef(
                    kind=es.ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name=self.store_name),
                target=es.ExternalSecretSpecTarget(
                    name=self.name, creation_policy=es.ExternalSecretSpecTargetCreationPolicy.OWNER),
                data=[es.ExternalSecretSpecData(
                    secret_key=key,
                    remote_ref=es.ExternalSecretSpecDataRemoteRef(key=self.remote_key, property=prop))
                    for key, prop in sorted(self.keys.items())],
            ),
        )

    def _store_exists(self) -> Iterable[str]:
        stores = _stores(self)
        if self.store_name not in stores:
            yield message(self, "secret store does not exist in the app", self.store_name,
                          f"declare a VaultSecretStore named {self.store_name!r} or use one of: "
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
