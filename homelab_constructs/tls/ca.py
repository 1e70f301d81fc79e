"""cert-manager: a self-signed CA chain that issues the homelab's certificates."""
from __future__ import annotations

from typing import Any, ClassVar, Mapping, Optional

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_certmanager.io import cert_manager as cm

from .._base import HomelabConstruct
from .._validation import FrozenDict, check_dns_label, check_instance, check_once, check_text, claim_once, fail
from .certificate import (  # noqa: F401  (the limits, re-exported where they were first defined)
    CERT_MANAGER_REGISTRY,
    DEFAULT_DURATION,
    MINIMUM_DURATION,
    MINIMUM_RENEW_BEFORE,
    PrivateKey,
    check_lifetime,
)
from .issuer import CLUSTER_ISSUER

#: the CA's key unless told otherwise: ECDSA P-256, its rotation left to cert-manager
CA_KEY = PrivateKey(algorithm="ECDSA", size=256)
#: the CA's key in :attr:`SelfSignedCa.RECOMMENDED`: ECDSA P-256, a new key on every renewal
CA_PRIVATE_KEY = PrivateKey(algorithm="ECDSA", size=256, rotation_policy="Always")


class SelfSignedCa(HomelabConstruct):
    """ClusterIssuer ``selfsigned-issuer`` → CA Certificate → ClusterIssuer ``<name>-issuer``.

    The bootstrap issuer signs only the CA certificate; everything else (the gateway's
    wildcard certificate) is issued by :attr:`issuer_name`.

    The CA stands for its CA ClusterIssuer wherever an :class:`~homelab_constructs.tls.issuer.Issuer`
    is taken: ``HomelabGateway(cluster_issuer=ca)``.

    :param name: the CA Certificate's name (default ``homelab-ca``).
    :param namespace: where the CA Certificate and its secret live; must be cert-manager's
        cluster resource namespace (default ``cert-manager``).
    :param secret_name: the CA key pair's Secret (default ``<name>-secret``).
    :param bootstrap_issuer_name: the self-signed ClusterIssuer (default ``selfsigned-issuer``).
    :param issuer_name: the CA ClusterIssuer (default ``<name>-issuer``).
    :param common_name: the CA's subject CN (default ``Homelab CA``).
    :param duration: CA lifetime, such as ``87600h`` (ten years); at least 1h, as cert-manager
        requires (default ``None``: not written, cert-manager's default of 90 days).
    :param renew_before: renew this long before expiry, such as ``720h``; at least 5m and less
        than the duration (default ``None``: not written, cert-manager renews at two thirds).
    :param private_key: the CA key (default :data:`CA_KEY`: ECDSA 256, its rotation policy not
        written: cert-manager's ``Always``).

    Every name is a prop. A chain as many homelabs write it (no duration, CN ``homelab-ca``)::

        SelfSignedCa(chart, "Ca", common_name="homelab-ca")

    :attr:`RECOMMENDED` (``SelfSignedCa.recommended(...)``, applied by ``Homelab``) writes exactly
    ``duration: 87600h`` (ten years), ``renewBefore: 720h`` (thirty days) and the key's
    ``rotationPolicy: Always`` (``private_key=CA_PRIVATE_KEY``).
    """

    RECOMMENDED: ClassVar[Mapping[str, Any]] = FrozenDict(duration="87600h", renew_before="720h",
                                                          private_key=CA_PRIVATE_KEY)

    #: :class:`~homelab_constructs.tls.issuer.Issuer`: the CA issuer is a ClusterIssuer (so it has no namespace)
    issuer_kind = CLUSTER_ISSUER
    issuer_namespace = None

    def __init__(
        self,
        scope: constructs.Construct,
        id: str,
        *,
        name: str = "homelab-ca",
        namespace: str = "cert-manager",
        secret_name: Optional[str] = None,
        bootstrap_issuer_name: str = "selfsigned-issuer",
        issuer_name: Optional[str] = None,
        common_name: str = "Homelab CA",
        duration: Optional[str] = None,
        renew_before: Optional[str] = None,
        private_key: PrivateKey = CA_KEY,
    ) -> None:
        super().__init__(scope, id)
        self.name = check_dns_label(self, name, "CA name")
        self.namespace = check_dns_label(self, namespace, "namespace")
        check_text(self, secret_name, "secret name", "homelab-ca-secret", optional=True)
        check_text(self, issuer_name, "issuer name", "homelab-ca-issuer", optional=True)
        self.secret_name = check_dns_label(self, secret_name or f"{name}-secret", "secret name")
        self.bootstrap_issuer_name = check_dns_label(self, bootstrap_issuer_name, "bootstrap issuer name")
        self.issuer_name = check_dns_label(self, issuer_name or f"{name}-issuer", "issuer name")
        if self.issuer_name == self.bootstrap_issuer_name:
            raise fail(self, "the CA issuer and the bootstrap issuer have the same name", self.issuer_name,
                       "give them different names")
        if not isinstance(common_name, str) or not common_name.strip():
            raise fail(self, "common name is empty", common_name, "name the CA, for example 'Homelab CA'")
        # cert-manager's own rules (its webhook refuses the Certificate otherwise); None leaves the
        # field to cert-manager (90 days, renewal at two thirds)
        check_lifetime(self, duration, renew_before, duration_example="'87600h'", renew_example="'720h'",
                       longer="give the CA a longer life, such as '87600h' (ten years)",
                       earlier="renew earlier, such as '720h' (thirty days)")
        self.private_key: PrivateKey = check_instance(  # type: ignore[assignment]  # checked
            self, private_key, PrivateKey, "private key", "pass PrivateKey(algorithm='ECDSA', size=256)")
        # the same CA chain twice: its ClusterIssuers (cluster-wide names), its Certificate or its Secret
        fix = ("give each SelfSignedCa its own name, bootstrap_issuer_name and issuer_name, or build one CA and pass "
               "it wherever an issuer is taken")
        claims = ((("ClusterIssuer", self.bootstrap_issuer_name), "bootstrap ClusterIssuer", self.bootstrap_issuer_name),
                  (("ClusterIssuer", self.issuer_name), "CA ClusterIssuer", self.issuer_name),
                  (("Certificate", self.namespace, self.name), "CA Certificate", f"{self.namespace}/{self.name}"),
                  (("Secret", self.namespace, self.secret_name), "CA Secret", f"{self.namespace}/{self.secret_name}"))
        for key, what, got in claims:
            check_once(self, CERT_MANAGER_REGISTRY, key, f"{what} is declared twice", got, fix)
        for key, what, got in claims:
            claim_once(self, CERT_MANAGER_REGISTRY, key, f"{what} is declared twice", got, fix)

        cm.ClusterIssuer(
            self, "Bootstrap",
            metadata=ApiObjectMetadata(name=self.bootstrap_issuer_name),
            spec=cm.ClusterIssuerSpec(self_signed=cm.ClusterIssuerSpecSelfSigned()),
        )
        cm.Certificate(
            self, "Certificate",
            metadata=ApiObjectMetadata(name=self.name, namespace=self.namespace),
            spec=cm.CertificateSpec(
                is_ca=True,
                common_name=common_name,
                secret_name=self.secret_name,
                duration=duration,
                renew_before=renew_before,
                private_key=self.private_key.spec(),
                issuer_ref=cm.CertificateSpecIssuerRef(
                    name=self.bootstrap_issuer_name, kind="ClusterIssuer", group="cert-manager.io"),
            ),
        )
        cm.ClusterIssuer(
            self, "Issuer",
            metadata=ApiObjectMetadata(name=self.issuer_name),
            spec=cm.ClusterIssuerSpec(ca=cm.ClusterIssuerSpecCa(secret_name=self.secret_name)),
        )
