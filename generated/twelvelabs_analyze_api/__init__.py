"""A client library for accessing TwelveLabs Analyze API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
