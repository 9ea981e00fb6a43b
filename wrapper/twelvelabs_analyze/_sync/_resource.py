"""The base of every generated resource class: it holds the client its methods call."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base_client import APIClient

__all__ = ["APIResource"]


class APIResource:
    """A group of methods (``client``, ``client.analyze_async.tasks`` …) bound to one client."""

    _client: APIClient

    def __init__(self, client: APIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
