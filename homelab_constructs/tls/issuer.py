"""What a construct needs to know of a cert-manager issuer to reference it: pass the object, not its name.

:class:`Issuer` is the one protocol every issuer of the library implements (the CA issuer
of :class:`~homelab_constructs.tls.ca.SelfSignedCa` today; ACME issuers and issuers declared
as existing outside the app next), so a construct that needs an issuer
(``HomelabGateway(cluster_issuer=...)``) takes any of them, and never a name that could drift
from the object it means.
"""
from __future__ import annotations

from typing import Optional, Protocol, runtime_checkable

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
