"""Secrets pushed to a store: a :class:`PushSecret` (``external-secrets.io/v1alpha1``) copies
keys of a Kubernetes Secret of the cluster, such as the certificate cert-manager issued, into
one or more secret stores, the other way round from :class:`~homelab_constructs.secrets.SyncedSecret`.

No secret value is part of the manifest: the PushSecret names the Secret, the keys and where
each goes. The stores are taken as :class:`~homelab_constructs.secrets.SyncedSecret` takes
them (the :class:`~homelab_constructs.secrets.VaultSecretStore`, a ClusterSecretStore's name,
or a :class:`~homelab_constructs.secrets.SecretStoreRef` of a store the app does not write,
declared external). A field left unset is not written: the operator's default applies.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_externalsecrets.io import external_secrets as es

from ._base import HomelabConstruct
from ._validation import (
    DATA_KEY,
    Scope,
    add_check,
    check_choice,
    check_dns_label,
    check_dns_subdomain,
    check_go_duration,
    check_instance,
    check_json_value,
    check_sequence,
    check_text,
    fail,
)
from .secrets import (
    SecretStoreRef,
    SecretTemplate,
    Store,
    VaultSecretStore,
    declare_stores,
    store_exists,
    store_name,
)

#: ``data[].conversionStrategy`` values -> binding member
PUSH_CONVERSION_STRATEGIES = {"None": "NONE", "ReverseUnicode": "REVERSE_UNICODE"}
#: ``updatePolicy`` values -> binding member
UPDATE_POLICIES = {"Replace": "REPLACE", "IfNotExists": "IF_NOT_EXISTS"}
#: ``deletionPolicy`` values -> binding member
DELETION_POLICIES = {"Delete": "DELETE", "None": "NONE"}


@dataclass(frozen=True)
class PushRef:
    """One entry of a :class:`PushSecret` (``spec.data[]``): where a key of the Secret goes.

    :param remote_key: the secret's name in the store (``match.remoteRef.remoteKey``), such as
        ``cloudjur-com-tls``.
    :param secret_key: the key of the Secret to push (``match.secretKey``) (default ``None``:
        the whole Secret).
    :param property: the property of the remote secret to write it to (``remoteRef.property``)
        (default ``None``: the whole remote value).
    :param conversion_strategy: ``None`` or ``ReverseUnicode`` (default ``None``: not written,
        the operator's ``None``).
    """

    remote_key: str
    secret_key: Optional[str] = None
    property: Optional[str] = None
    conversion_strategy: Optional[str] = None

    def __post_init__(self) -> None:
        check_text("PushRef.remote_key", self.remote_key, "remote_key", "cloudjur-com-tls")
        if not self.remote_key.strip() or self.remote_key != self.remote_key.strip():
            raise fail("PushRef.remote_key", "remote_key is blank or has spaces at either end", self.remote_key,
                       "write the secret's name in the store, such as 'cloudjur-com-tls'")
        check_json_value("PushRef.remote_key", self.remote_key, "remote_key")
        check_text("PushRef.secret_key", self.secret_key, "secret_key", "tls.crt", optional=True)
        if self.secret_key is not None and not DATA_KEY.fullmatch(self.secret_key):
            raise fail("PushRef.secret_key", "secret_key is not a Secret key", self.secret_key,
                       "use letters, digits, '-', '_' or '.', such as 'tls.crt', or None for the whole Secret")
        check_text("PushRef.property", self.property, "property", "tls.crt", optional=True)
        if self.property is not None and (not self.property.strip() or self.property != self.property.strip()):
            raise fail("PushRef.property", "property is blank or has spaces at either end", self.property,
                       "name the property, such as 'tls.crt', or None for the whole value")
        if self.conversion_strategy is not None:
            check_text("PushRef.conversion_strategy", self.conversion_strategy, "conversion strategy", "None")
            check_choice("PushRef.conversion_strategy", self.conversion_strategy, PUSH_CONVERSION_STRATEGIES,
                         "conversion strategy")

    def binding(self) -> es.PushSecretSpecData:
        """The ``data[]`` entry as the binding's struct (the fields set)."""
        return es.PushSecretSpecData(
            match=es.PushSecretSpecDataMatch(
                secret_key=self.secret_key,
                remote_ref=es.PushSecretSpecDataMatchRemoteRef(remote_key=self.remote_key, property=self.property)),
            conversion_strategy=None if self.conversion_strategy is None else es.PushSecretSpecDataConversionStrategy[
                PUSH_CONVERSION_STRATEGIES[self.conversion_strategy]])


class PushSecret(HomelabConstruct):
    """A ``PushSecret``: the operator copies keys of the Secret ``secret_name`` (in
    ``namespace``) into each of ``stores``.

    :param name: the PushSecret's name.
    :param namespace: its namespace, the Secret's.
    :param secret_name: the Secret to push (``selector.secret.name``), such as the one a
        Certificate writes.
    :param stores: the stores to push to, at least one (``secretStoreRefs``): a
        :class:`~homelab_constructs.secrets.VaultSecretStore`, the name of a ClusterSecretStore
        the app writes or declares external (checked on synth), or a
        :class:`~homelab_constructs.secrets.SecretStoreRef` of a store the app does not write
        (declared external).
    :param data: where each key goes (:class:`PushRef`), at least one.
    :param refresh_interval: how often the operator pushes again (default ``None``: not
        written, the operator's ``1h``).
    :param update_policy: ``Replace`` or ``IfNotExists`` (push only when the remote secret does
        not exist yet) (default ``None``: not written, the operator's ``Replace``).
    :param deletion_policy: ``Delete`` (delete the remote secret with the PushSecret) or
        ``None`` (default Python ``None``: not written, the operator's ``None``).
    :param template: render what is pushed from the Secret's keys
        (:class:`~homelab_constructs.secrets.SecretTemplate`) (default ``None``: the keys as they are).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        secret_name: str,
        stores: Sequence[Store],
        data: Sequence[PushRef],
        refresh_interval: Optional[str] = None,
        update_policy: Optional[str] = None,
        deletion_policy: Optional[str] = None,
        template: Optional[SecretTemplate] = None,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_subdomain(self, name, "PushSecret name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        self.secret_name = check_dns_subdomain(self, secret_name, "secret_name")
        self.stores: tuple[Store, ...] = check_sequence(self, stores, "stores", _store,
                                                        example=[SecretStoreRef("onepassword")])  # type: ignore[assignment]
        if not self.stores:
            raise fail(self, "stores is empty", list(self.stores), "name at least one store, such as "
                       "[SecretStoreRef('onepassword')]")
        self.data: tuple[PushRef, ...] = check_sequence(self, data, "data", _push_ref,
                                                        example=[PushRef("cloudjur-com-tls", "tls.crt")])  # type: ignore[assignment]
        if not self.data:
            raise fail(self, "data is empty", list(self.data),
                       "say where each key goes, such as [PushRef('cloudjur-com-tls', secret_key='tls.crt')]")
        self.refresh_interval = None if refresh_interval is None else check_go_duration(
            self, refresh_interval, "refresh interval", "'1h' or '15m'")
        for value, choices, what in ((update_policy, UPDATE_POLICIES, "update policy"),
                                     (deletion_policy, DELETION_POLICIES, "deletion policy")):
            if value is not None:
                check_text(self, value, what, next(iter(choices)))
                check_choice(self, value, choices, what)
        check_instance(self, template, SecretTemplate, "template",
                       "write SecretTemplate(data={'tls.crt': '{{ index . \"tls.crt\" }}'}), or None", optional=True)
        self.template = template
        declare_stores(self, [s for s in self.stores if isinstance(s, SecretStoreRef)], self.namespace)
        if any(isinstance(s, str) for s in self.stores):
            add_check(self, self._stores_exist)
        self.resource = es.PushSecret(
            self, "Resource",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace),
            spec=es.PushSecretSpec(
                secret_store_refs=[_store_ref(s) for s in self.stores],
                selector=es.PushSecretSpecSelector(secret=es.PushSecretSpecSelectorSecret(name=self.secret_name)),
                data=[ref.binding() for ref in self.data],
                refresh_interval=self.refresh_interval,
                update_policy=None if update_policy is None else es.PushSecretSpecUpdatePolicy[
                    UPDATE_POLICIES[update_policy]],
                deletion_policy=None if deletion_policy is None else es.PushSecretSpecDeletionPolicy[
                    DELETION_POLICIES[deletion_policy]],
                template=None if template is None else _template(template)),
        )

    def _stores_exist(self) -> Iterable[str]:
        for store in self.stores:
            if isinstance(store, str):
                yield from store_exists(self, store)


def _store(scope: Scope, value: object, what: str) -> Store:
    if isinstance(value, (VaultSecretStore, SecretStoreRef)):
        return value
    if not isinstance(value, str) or not value:
        raise fail(scope, f"{what} is not a VaultSecretStore, a SecretStoreRef or a ClusterSecretStore name", value,
                   "name a VaultSecretStore(...), a ClusterSecretStore of the app, or SecretStoreRef(name, kind) for "
                   "a store the app does not write")
    store_name(scope, value)  # type: ignore[arg-type]  # a DNS label
    return value


def _push_ref(scope: Scope, value: object, what: str) -> PushRef:
    if not isinstance(value, PushRef):
        raise fail(scope, f"{what} is not a PushRef", value,
                   "write PushRef('cloudjur-com-tls', secret_key='tls.crt')")
    return value


def _store_ref(store: Store) -> es.PushSecretSpecSecretStoreRefs:
    kind = store.kind if isinstance(store, SecretStoreRef) else "ClusterSecretStore"
    return es.PushSecretSpecSecretStoreRefs(
        name=store.name if isinstance(store, (VaultSecretStore, SecretStoreRef)) else store,
        kind=es.PushSecretSpecSecretStoreRefsKind["CLUSTER_SECRET_STORE" if kind == "ClusterSecretStore"
                                                  else "SECRET_STORE"])


def _template(template: SecretTemplate) -> es.PushSecretSpecTemplate:
    """A :class:`SecretTemplate` as the PushSecret's ``template`` (the same fields)."""
    return template.binding(es.PushSecretSpecTemplate, es.PushSecretSpecTemplateMetadata,
                            es.PushSecretSpecTemplateEngineVersion, es.PushSecretSpecTemplateMergePolicy)
