"""What the async client's list methods return: awaited, the first page; ``async for``, every item.

``async for task in client.analyze_async.tasks.list(status="ready")`` works without ``await``, as
in openai's and anthropic's clients, and ``await client.analyze_async.tasks.list()`` still gives the
first :class:`AsyncPage`. It is a coroutine for asyncio (``asyncio.run``, ``create_task`` and
``gather`` take it): nothing is sent until it is awaited or iterated. Iterating sends its own
request, so a paginator can be iterated more than once; awaited, it is spent, like any coroutine.
The sync client's list methods return a :class:`Page` directly, which iterates the same way.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Generator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ._async._base_client import AsyncAPIClient
    from ._async._pagination import AsyncPage
    from ._operation import Operation
    from ._options import CallOptions

__all__ = ["AsyncPaginator"]

T = TypeVar("T")


class AsyncPaginator(Coroutine[Any, Any, "AsyncPage[T]"]):
    """The first page once awaited; every item of every page with ``async for``."""

    __slots__ = ("_arguments", "_client", "_coroutine", "_operation", "_options")

    def __init__(
        self,
        client: AsyncAPIClient,
        operation: Operation,
        arguments: dict[str, Any],
        options: CallOptions | None,
    ) -> None:
        self._client = client
        self._operation = operation
        self._arguments = arguments
        self._options = options
        self._coroutine: Coroutine[Any, Any, AsyncPage[T]] | None = None

    def _first_page(self) -> Coroutine[Any, Any, AsyncPage[T]]:
        page: Coroutine[Any, Any, AsyncPage[T]] = self._client._request(
            self._operation, self._arguments, options=self._options
        )
        return page

    def _awaited(self) -> Coroutine[Any, Any, AsyncPage[T]]:
        if self._coroutine is None:
            self._coroutine = self._first_page()
        return self._coroutine

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._awaited().__await__()

    def send(self, value: Any) -> Any:
        return self._awaited().send(value)

    def throw(self, *args: Any) -> Any:
        return self._awaited().throw(*args)

    def close(self) -> None:
        if self._coroutine is not None:
            self._coroutine.close()

    async def __aiter__(self) -> AsyncIterator[T]:
        page: AsyncPage[T] = await self._first_page()
        async for item in page:
            yield item

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._operation.label}>"
