"""What a construct needs to know of a cert-manager issuer to reference it: pass the object, not its name.

:class:`Issuer` is the one protocol every issuer of the library implements (the CA issuer
of :class:`~homelab_constructs.tls.ca.SelfSignedCa` today; ACME issuers and issuers declared
as existing outside the app next), so a construct that needs an issuer
(``HomelabGateway(cluster_issuer=...)``) takes any of them, and never a name that could drift
from the object it means.
"""
from __future__ import annotations

from typing import Optional, Protocol, Union, runtime_checkable

from .._validation import Scope, check_choice, check_dns_subdomain, fail, shown

#: the kinds of cert-manager issuers: cluster-wide, and namespaced
CLUSTER_ISSUER = "ClusterIssuer"
NAMESPACED_ISSUER = "Issuer"
ISSUER_KINDS = (CLUSTER_ISSUER, NAMESPACED_ISSUER)


@runtime_checkable
class Issuer(Protocol):
    """A cert-manager issuer that constructs reference by object.

    The members carry an ``issuer_`` prefix so a construct whose own ``name`` means something
    else (``SelfSignedCa.name`` is its CA Certificate's) can implement the protocol too.

    - ``issuer_kind``: ``ClusterIssuer`` (usable from every namespace) or ``Issuer``
      (namespaced: only objects of its own namespace may use it);
    - ``issuer_name``: its ``metadata.name``;
    - ``issuer_namespace``: an ``Issuer``'s namespace; ``None`` for a ``ClusterIssuer``.
    """

    @property
    def issuer_kind(self) -> str: ...

    @property
    def issuer_name(self) -> str: ...

    @property
    def issuer_namespace(self) -> Optional[str]: ...


#: how a construct takes an issuer: the object, or the name of a ClusterIssuer (one the app writes
#: or one declared with :func:`~homelab_constructs.declared.declare_external`)
IssuerArg = Union[Issuer, str]
ISSUER_FIX = ("pass the issuer object (a SelfSignedCa, an AcmeIssuer, or declare_external(scope, 'ClusterIssuer', "
              "name) for one installed elsewhere), or the name of a ClusterIssuer")


def issuer_of(scope: Scope, issuer: object, namespace: Optional[str], what: str = "issuer") -> tuple[str, str]:
    """The ``(kind, name)`` of ``issuer`` (an :class:`Issuer`, or a ClusterIssuer's name), checked
    for an object of ``namespace``: an ``Issuer`` must live there (cert-manager uses no other)."""
    if isinstance(issuer, str):
        return CLUSTER_ISSUER, check_dns_subdomain(scope, issuer, f"{what} name")
    if not isinstance(issuer, Issuer):
        raise fail(scope, f"{what} is not an issuer or a ClusterIssuer name", shown(issuer), ISSUER_FIX)
    kind = check_choice(scope, issuer.issuer_kind, ISSUER_KINDS, f"{what} kind")
    name = check_dns_subdomain(scope, issuer.issuer_name, f"{what} name")
    if kind == NAMESPACED_ISSUER and issuer.issuer_namespace != namespace:
        raise fail(scope, f"Issuer {name} lives outside namespace {namespace}", issuer.issuer_namespace,
                   f"cert-manager only uses an Issuer of the object's own namespace: declare it in {namespace}, "
                   "or use a ClusterIssuer")
    return kind, name
