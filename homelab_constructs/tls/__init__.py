"""TLS with cert-manager."""
from .ca import SelfSignedCa
from .issuer import Issuer

__all__ = ["Issuer", "SelfSignedCa"]
