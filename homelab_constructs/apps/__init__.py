"""Apps: Services, LoadBalancer VIPs and routes."""
from .app import APP_LABEL, AppPort, HomelabApp

__all__ = ["APP_LABEL", "AppPort", "HomelabApp"]
