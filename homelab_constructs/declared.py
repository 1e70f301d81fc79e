"""Objects the app references but does not write: declared, so the whole-app rules accept them.

A ClusterIssuer installed by another repo, a ClusterSecretStore applied by hand, a Secret
created once with ``kubectl``, a Namespace another repo creates: the app's objects may name
them, but the whole-app rules (:mod:`.validation.references`, :mod:`.validation.namespaces`)
refuse a reference to an object the app does not have, as they should for a typo. Declare each such object once::

    issuer = declare_external(chart, "ClusterIssuer", "letsencrypt-production")
    HomelabGateway(chart, "Gateway", domain="example.com", cluster_issuer=issuer)

A declaration writes nothing to the manifests. :func:`~homelab_constructs.synth` passes the
app's declarations to the rules, and writes them beside the manifests in
:data:`~homelab_constructs.validation.references.EXTERNAL_OBJECTS_FILE` (only when there are
some), so ``python -m homelab_constructs validate dist`` accepts the same references. A
reference to an undeclared object stays an error; declaring an object the app also writes is one.

Constructs declare on the user's behalf too: a :class:`~homelab_constructs.secrets.SyncedSecret`
that reads a :class:`~homelab_constructs.secrets.SecretStoreRef` declares that store (and
withdraws the declaration when the app writes the store after all, with
:func:`withdraw_external`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import constructs

from ._base import HomelabConstruct
from ._tree import app_registry
from ._validation import check_choice, check_dns_label, check_dns_subdomain, check_text, fail
from .validation.problems import ObjectKey
from .validation.references import EXTERNAL_KINDS, read_external_objects, write_external_objects

__all__ = ["EXTERNAL_KINDS", "ExternalIssuer", "ExternalObject", "declare_external", "external_objects",
           "is_external", "read_external_objects", "sync_external_file", "withdraw_external",
           "write_external_objects"]


def _declared(scope: constructs.Construct) -> dict[ObjectKey, "ExternalObject"]:
    return app_registry(scope, "external-objects", lambda root: {})


class ExternalObject(HomelabConstruct):
    """An object of kind ``kind`` that exists in the cluster without this app writing it.

    :param kind: ``ClusterIssuer``, ``Issuer``, ``ClusterSecretStore``, ``SecretStore``, ``Secret``
        or ``Namespace`` (a namespace another repo or the cluster's bootstrap creates).
    :param name: its ``metadata.name``.
    :param namespace: its namespace: required for the namespaced kinds (``Issuer``,
        ``SecretStore``, ``Secret``), refused for the cluster-wide ones (default ``None``).

    :func:`declare_external` is the usual way in: it returns the right class (an
    :class:`ExternalIssuer` for an issuer) and the existing declaration when there is one.
    """

    def __init__(self, scope: constructs.Construct, id: str, *, kind: str, name: str,
                 namespace: Optional[str] = None) -> None:
        super().__init__(scope, id)
        self.kind = check_choice(self, kind, EXTERNAL_KINDS, "external object kind")
        group, namespaced = EXTERNAL_KINDS[self.kind]
        # a namespace's name is a DNS label (the API server's rule), every other kind's a DNS subdomain
        check_name = check_dns_label if self.kind == "Namespace" else check_dns_subdomain
        self.name = check_name(self, name, f"{self.kind} name")
        check_text(self, namespace, "namespace", "network", optional=True)
        if namespaced and namespace is None:
            raise fail(self, f"a {self.kind} lives in a namespace, and none is given", namespace,
                       "pass the namespace it lives in, such as namespace='network'")
        if not namespaced and namespace is not None:
            raise fail(self, f"a {self.kind} is cluster-wide and has no namespace", namespace,
                       "leave namespace out (None)")
        self.namespace = None if namespace is None else check_dns_label(self, namespace, "namespace")
        #: ``(API group, kind, namespace, name)``, as the whole-app rules key objects
        self.key: ObjectKey = (group, self.kind, self.namespace or "", self.name)
        declared = _declared(self)
        if self.key in declared:
            raise fail(self, f"{self.kind} is declared external twice", self._shown(),
                       f"{declared[self.key].node.path} declares it already; declare it once (declare_external "
                       "returns the existing declaration)")
        declared[self.key] = self

    def _shown(self) -> str:
        return f"{self.namespace}/{self.name}" if self.namespace else self.name


class ExternalIssuer(ExternalObject):
    """An external ``ClusterIssuer`` or ``Issuer``: an :class:`~homelab_constructs.tls.issuer.Issuer`,
    so ``HomelabGateway(cluster_issuer=...)`` and ``Certificate(issuer=...)`` take it."""

    def __init__(self, scope: constructs.Construct, id: str, *, kind: str, name: str,
                 namespace: Optional[str] = None) -> None:
        super().__init__(scope, id, kind=kind, name=name, namespace=namespace)
        if self.kind not in ("ClusterIssuer", "Issuer"):
            raise fail(self, "an ExternalIssuer is not a cert-manager issuer", self.kind,
                       "use kind 'ClusterIssuer' or 'Issuer' (ExternalObject for other kinds)")
        self.issuer_kind, self.issuer_name, self.issuer_namespace = self.kind, self.name, self.namespace


def declare_external(scope: constructs.Construct, kind: str, name: str,
                     namespace: Optional[str] = None) -> ExternalObject:
    """Declare that ``kind`` ``[namespace/]name`` exists outside the app (see the module docstring);
    return its :class:`ExternalObject` (an :class:`ExternalIssuer` for an issuer kind), the one
    already declared in the app when there is one. The construct id is
    ``External<Kind>-[<namespace>-]<name>`` under ``scope``."""
    if isinstance(kind, str) and kind in EXTERNAL_KINDS and isinstance(name, str) and \
            (namespace is None or isinstance(namespace, str)):
        existing = _declared(scope).get((EXTERNAL_KINDS[kind][0], kind, namespace or "", name))
        if existing is not None:
            return existing
    cls = ExternalIssuer if kind in ("ClusterIssuer", "Issuer") else ExternalObject
    id = "-".join(str(p) for p in (f"External{kind}", namespace, name) if p).replace("/", "_")
    return cls(scope, id, kind=kind, name=name, namespace=namespace)


def external_objects(scope: constructs.Construct) -> frozenset[ObjectKey]:
    """The keys of every object declared external in the app of ``scope``."""
    return frozenset(_declared(scope))


def is_external(scope: constructs.Construct, kind: str, name: str, namespace: Optional[str] = None) -> bool:
    """Whether ``kind`` ``[namespace/]name`` is declared external in the app of ``scope``."""
    group = EXTERNAL_KINDS.get(kind, ("", False))[0]
    return (group, kind, namespace or "", name) in _declared(scope)


def withdraw_external(declared: ExternalObject) -> None:
    """Undo the declaration ``declared`` (for a construct that declared an object on the user's
    behalf and then finds that the app writes it): the rules no longer accept it as external."""
    _declared(declared).pop(declared.key, None)
    parent = declared.node.scope
    if parent is not None:
        parent.node.try_remove_child(declared.node.id)


def sync_external_file(scope: constructs.Construct, outdir: Path) -> None:
    """Write the app's declarations beside its manifests (remove a stale file when there are none)."""
    write_external_objects(Path(outdir), external_objects(scope))
