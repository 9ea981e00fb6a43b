"""``client.with_streaming_response.<method>(...)``: the response in hand before its body is read.

``async with`` the returned manager sends the request: retries and error statuses are handled as
for any call (an error raises on entry), so what it yields is a 2xx response whose body has not
been read. The body is read only when asked — ``parse()`` (what the plain method returns),
``read()``, ``text()``, ``json()``, ``iter_bytes()``, ``iter_text()``, ``iter_lines()`` — and the
connection is released on exit. Once the headers are in, only httpx's per-read timeout applies
(as for a stream); a connection that breaks while the body is read raises ``APIConnectionError``.

This is the hand-written async source; ``_sync/_streamed_response.py`` is generated from it.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from twelvelabs_analyze._error_mapping import connection_error
from twelvelabs_analyze._exceptions import TwelveLabsError
from twelvelabs_analyze._json import BodyDecodeError, loads
from twelvelabs_analyze._options import CallOptions
from twelvelabs_analyze._parsing import invalid_body, parse_success
from twelvelabs_analyze._response import RateLimitInfo, response_text

from ._pagination import AsyncPage
from ._streaming import AsyncStream

if TYPE_CHECKING:
    from twelvelabs_analyze._attempt import Attempt
    from twelvelabs_analyze._operation import Operation

    from ._base_client import AsyncAPIClient

__all__ = ["AsyncResponseContextManager", "AsyncStreamedResponse"]

T = TypeVar("T")
_UNPARSED: Any = object()


class AsyncStreamedResponse(Generic[T]):
    """A successful response whose body is read only when asked; ``parse()`` gives the method's result.

    ``attempts``, ``elapsed`` (seconds until the headers arrived) and ``endpoint`` (which endpoint
    answered) are those of ``RawResponse``.
    """

    def __init__(
        self,
        client: AsyncAPIClient,
        attempt: Attempt,
        response: httpx.Response,
    ) -> None:
        self.http_response: httpx.Response = response
        self.attempts: int = attempt.attempts
        self.elapsed: float = time.monotonic() - attempt.started
        self.endpoint: str = attempt.prepared.operation.label
        self._client = client
        self._attempt = attempt
        self._arguments: dict[str, Any] = {}  # a paged list's keywords and options, for its next pages
        self._options: CallOptions | None = None
        self._then: list[Callable[[Any], Any]] = []
        self._parsed: Any = _UNPARSED

    @property
    def status_code(self) -> int:
        """The HTTP status of the answer (200, 202 …)."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def rate_limit(self) -> RateLimitInfo:
        """The ``X-Ratelimit-*`` figures of this answer."""
        return RateLimitInfo.from_headers(self.http_response.headers)

    def paged_by(self, arguments: dict[str, Any], options: CallOptions | None) -> None:
        """A list's first page: ``parse()`` returns a page that fetches the next ones like this."""
        self._arguments = arguments
        self._options = options

    def then(self, convert: Callable[[Any], Any]) -> None:
        """Have ``parse()`` hand its result to ``convert`` (a retired operation served by its successor)."""
        self._then.append(convert)

    async def read(self) -> bytes:
        """The whole body (read once, then kept)."""
        try:
            return await self.http_response.aread()
        except httpx.RequestError as exc:
            raise self._broken(exc) from None
        except httpx.StreamError as exc:
            raise _consumed(exc) from None

    async def text(self) -> str:
        """The whole body as text, in the charset the response declares."""
        await self.read()
        return response_text(self.http_response)

    async def json(self) -> Any:
        """The whole body decoded as JSON (``APIResponseValidationError`` when it is not JSON)."""
        content = await self.read()
        try:
            return loads(content)
        except BodyDecodeError as exc:
            message = f"response to {self.endpoint} is not JSON ({exc})"
        raise invalid_body(self.http_response, message, self._client._config.api_key)

    async def parse(self) -> T:
        """What the plain method returns: the result (the body read and parsed), a stream over the
        body (``analyze_stream``) or the first page of a list. The same object when asked again."""
        if self._parsed is not _UNPARSED:
            parsed: T = self._parsed
            return parsed
        operation: Operation = self._attempt.prepared.operation
        if operation.stream:
            stream: AsyncStream[Any] = AsyncStream(
                self._attempt.prepared, self._client._config.api_key, self._attempt
            )
            stream.attach(self.http_response, self._client._reopen(self._attempt))
            result: Any = stream
        else:
            await self.read()
            result = parse_success(self.http_response, self._attempt.prepared, self._client._config.api_key)
            try:
                for convert in self._then:
                    result = convert(result)
            except TwelveLabsError as error:
                error.attempts = self.attempts
                raise
            if operation.paging is not None:
                result = AsyncPage(self._client, operation, self._arguments, result, self._options)
        self._parsed = result
        return self._parsed  # type: ignore[no-any-return]

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body as it arrives (decompressed), in chunks of ``chunk_size`` bytes if given."""
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.RequestError as exc:
            raise self._broken(exc) from None
        except httpx.StreamError as exc:
            raise _consumed(exc) from None

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as text, as it arrives."""
        try:
            async for text in self.http_response.aiter_text(chunk_size):
                yield text
        except httpx.RequestError as exc:
            raise self._broken(exc) from None
        except httpx.StreamError as exc:
            raise _consumed(exc) from None

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body line by line, as it arrives (an NDJSON stream's events, unparsed)."""
        try:
            async for line in self.http_response.aiter_lines():
                yield line
        except httpx.RequestError as exc:
            raise self._broken(exc) from None
        except httpx.StreamError as exc:
            raise _consumed(exc) from None

    async def close(self) -> None:
        """Release the connection; the part of the body not read yet is dropped."""
        await self.http_response.aclose()

    def _broken(self, exc: httpx.RequestError) -> TwelveLabsError:
        error: TwelveLabsError = connection_error(
            exc, self._attempt.where, None, self._client._config.api_key
        )
        error.attempts = self.attempts
        return error

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.endpoint} {self.status_code}>"


def _consumed(exc: httpx.StreamError) -> RuntimeError:
    """Reading a body that an ``iter_*`` already went through, or after the response was closed."""
    return RuntimeError(
        f"the body cannot be read again ({type(exc).__name__}): read() keeps it, the iter_* methods "
        "do not; and nothing can be read once the response is closed"
    )


class AsyncResponseContextManager(Generic[T]):
    """What a ``with_streaming_response`` method returns; ``async with`` it to send the request."""

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
        self._response: AsyncStreamedResponse[T] | None = None

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        response: AsyncStreamedResponse[T] = await self._client._request(
            self._operation, self._arguments, options=self._options, streaming=True
        )
        self._response = response
        return response

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._operation.label}>"
