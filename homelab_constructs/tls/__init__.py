"""TLS with cert-manager: CA chains, ACME issuers and Certificates."""
from .acme import LETSENCRYPT_PRODUCTION, LETSENCRYPT_STAGING, AcmeIssuer, CloudflareDns01, GatewayHttp01
from .ca import SelfSignedCa
from .certificate import USAGES, Certificate, PrivateKey
from .issuer import Issuer

__all__ = ["LETSENCRYPT_PRODUCTION", "LETSENCRYPT_STAGING", "USAGES", "AcmeIssuer", "Certificate", "CloudflareDns01",
           "GatewayHttp01", "Issuer", "PrivateKey", "SelfSignedCa"]
