"""Gateway API constructs."""
from .gateway import HTTP_SECTION, HTTPS_SECTION, AppRoute, HomelabGateway, HttpsRedirect

__all__ = ["HTTP_SECTION", "HTTPS_SECTION", "AppRoute", "HomelabGateway", "HttpsRedirect"]
