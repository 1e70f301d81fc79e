"""cert-manager: a self-signed CA chain that issues the homelab's certificates."""
from __future__ import annotations

import constructs
from cdk8s import ApiObjectMetadata

from imports.homelab_certmanager.io import cert_manager as cm

from .._base import HomelabConstruct
from .._validation import check_dns_label, check_go_duration, check_once, check_text, claim_once, fail
from .issuer import CLUSTER_ISSUER


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
    :param duration: CA lifetime (default ``87600h``, ten years).
    :param renew_before: renew this long before expiry (default ``720h``, thirty days).
    """

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
        secret_name: str | None = None,
        bootstrap_issuer_name: str = "selfsigned-issuer",
        issuer_name: str | None = None,
        common_name: str = "Homelab CA",
        duration: str = "87600h",
        renew_before: str = "720h",
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
        check_go_duration(self, duration, "duration", "'87600h'")
        check_go_duration(self, renew_before, "renew_before", "'720h'")
        # the same CA chain twice: its ClusterIssuers (cluster-wide names), its Certificate or its Secret
        fix = ("give each SelfSignedCa its own name, bootstrap_issuer_name and issuer_name, or build one CA and pass "
               "it wherever an issuer is taken")
        claims = ((("ClusterIssuer", self.bootstrap_issuer_name), "bootstrap ClusterIssuer", self.bootstrap_issuer_name),
                  (("ClusterIssuer", self.issuer_name), "CA ClusterIssuer", self.issuer_name),
                  (("Certificate", self.namespace, self.name), "CA Certificate", f"{self.namespace}/{self.name}"),
                  (("Secret", self.namespace, self.secret_name), "CA Secret", f"{self.namespace}/{self.secret_name}"))
        for key, what, got in claims:
            check_once(self, "ca-chain", key, f"{what} is declared twice", got, fix)
        for key, what, got in claims:
            claim_once(self, "ca-chain", key, f"{what} is declared twice", got, fix)

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
                private_key=cm.CertificateSpecPrivateKey(
                    algorithm=cm.CertificateSpecPrivateKeyAlgorithm.ECDSA, size=256,
                    rotation_policy=cm.CertificateSpecPrivateKeyRotationPolicy.ALWAYS),
                issuer_ref=cm.CertificateSpecIssuerRef(
                    name=self.bootstrap_issuer_name, kind="ClusterIssuer", group="cert-manager.io"),
            ),
        )
        cm.ClusterIssuer(
            self, "Issuer",
            metadata=ApiObjectMetadata(name=self.issuer_name),
            spec=cm.ClusterIssuerSpec(ca=cm.ClusterIssuerSpecCa(secret_name=self.secret_name)),
        )
