"""Apps: Services, LoadBalancer VIPs and routes."""
from .app import APP_LABEL, HomelabApp

__all__ = ["APP_LABEL", "HomelabApp"]
