"""TLS with cert-manager."""
from .ca import SelfSignedCa

__all__ = ["SelfSignedCa"]
