"""The base of every generated resource class: it holds the client its methods call."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient

__all__ = ["AsyncAPIResource"]


class AsyncAPIResource:
    """A group of methods (``client``, ``client.analyze_async.tasks`` …) bound to one client."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
