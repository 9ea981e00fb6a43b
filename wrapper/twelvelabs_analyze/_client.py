"""``TwelveLabs`` and ``AsyncTwelveLabs``: the same calls, one blocking and one awaitable.

Both build a :class:`~._core.Call`, then loop: send, hand the outcome to :class:`~._core.Attempt`,
sleep for as long as it says or let it raise. Everything else lives in ``_core``.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import Any, Literal, TypeVar, overload

import httpx

from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_WAIT, DEFAULT_TIMEOUT
from ._core import DEFAULT_HEADERS, Attempt, Call, ClientConfig, gist_call, summarize_call
from ._deadline import async_send, sync_http_client, sync_send
from ._models import ChapterResult, GistResult, HighlightResult, SummarizeResult, SummaryResult
from ._response import RawResponse

__all__ = ["AsyncTwelveLabs", "TwelveLabs"]

T = TypeVar("T")
_Self = TypeVar("_Self", bound="_BaseClient")
_NOT_GIVEN: Any = object()

# Patched in tests so retry sequences run instantly.
_sleep = time.sleep


async def _async_sleep(seconds: float) -> None:
    import asyncio  # noqa: PLC0415 - importing asyncio costs ~40 ms; sync users never need it

    await asyncio.sleep(seconds)


DEFAULT_GIST_TYPES = ("title", "topic", "hashtag")


class _BaseClient:
    _config: ClientConfig

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: float | None,
        max_retries: int,
        max_retry_wait: float,
        total_timeout: float | None,
    ) -> None:
        self._config = ClientConfig.resolve(
            api_key, base_url, timeout, max_retries, max_retry_wait, total_timeout
        )

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def timeout(self) -> float | None:
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def max_retry_wait(self) -> float:
        return self._config.max_retry_wait

    @property
    def total_timeout(self) -> float | None:
        return self._config.total_timeout

    def _copy_with(
        self: _Self,
        api_key: Any,
        base_url: Any,
        timeout: Any,
        max_retries: Any,
        max_retry_wait: Any,
        total_timeout: Any,
    ) -> _Self:
        changes = {
            "api_key": api_key,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "max_retry_wait": max_retry_wait,
            "total_timeout": total_timeout,
        }
        current = {name: getattr(self._config, name) for name in changes}
        merged = {name: current[name] if value is _NOT_GIVEN else value for name, value in changes.items()}
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        copy._config = ClientConfig.checked(**merged)
        copy._bind_raw()
        return copy

    def _bind_raw(self) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        c = self._config
        return (
            f"{type(self).__name__}(base_url={c.base_url!r}, timeout={c.timeout!r}, "
            f"max_retries={c.max_retries!r}, max_retry_wait={c.max_retry_wait!r}, "
            f"total_timeout={c.total_timeout!r}, api_key='***')"
        )


class TwelveLabs(_BaseClient):
    """Blocking client for ``/gist`` and ``/summarize``.

    ``api_key`` defaults to ``$TWELVELABS_API_KEY``, ``base_url`` to ``$TWELVELABS_BASE_URL`` then
    the public API. Pass ``http_client`` to use your own ``httpx.Client`` (proxies, transports in
    tests); it is then yours to close.

    ``timeout`` (seconds, or None for no limit) bounds one HTTP attempt from connecting to the last
    byte of the body; ``total_timeout`` (default None: no limit) bounds the whole call, attempts
    and retry waits together: a retry whose wait would pass it is not made and the last error is
    raised with a note. A timeout raises ``APITimeoutError`` naming the deadline that passed.
    ``max_retry_wait`` caps each wait between attempts. With your own ``http_client`` an attempt
    can overrun ``timeout`` by up to one socket read (the deadline is checked between body chunks).
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        http_client: httpx.Client | None = None,
        total_timeout: float | None = None,
    ) -> None:
        super().__init__(api_key, base_url, timeout, max_retries, max_retry_wait, total_timeout)
        self._owns_http_client = http_client is None
        self._http = http_client if http_client is not None else sync_http_client(headers=DEFAULT_HEADERS)
        self._bind_raw()

    def _bind_raw(self) -> None:
        self.with_raw_response = TwelveLabsWithRawResponse(self)

    def _send(self, call: Call[T]) -> RawResponse[T]:
        attempt = Attempt(self._config, call)
        while True:
            try:
                response = sync_send(self._http, attempt.request_kwargs(), attempt.deadline)
            except httpx.RequestError as exc:
                attempt.failed(exc)
            else:
                result = attempt.answered(response)
                if result is not None:
                    return result
            _sleep(attempt.next_wait())

    def gist(self, video_id: str, *, types: list[str] | tuple[str, ...] = DEFAULT_GIST_TYPES) -> GistResult:
        """Titles, topics and/or hashtags for a video."""
        return self._send(gist_call(video_id, types)).parsed

    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: Literal["summary"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
    ) -> SummaryResult: ...
    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: Literal["chapter"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: None = None,
        max_tokens: int | None = None,
    ) -> ChapterResult: ...
    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: Literal["highlight"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: None = None,
        max_tokens: int | None = None,
    ) -> HighlightResult: ...
    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: str,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
    ) -> SummarizeResult: ...
    def summarize(
        self,
        video_id: str,
        *,
        type: str,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
    ) -> SummarizeResult:
        """A summary, chapters or highlights, depending on ``type``.

        ``response_format`` (only with ``type="summary"``) is a JSON schema dict, or the API's
        ``{"type": "json_schema", "json_schema": {...}}``; read the result with
        :func:`parse_structured_summary`.
        """
        call = summarize_call(video_id, type, prompt, temperature, response_format, max_tokens)
        return self._send(call).parsed

    def with_options(
        self,
        *,
        api_key: str = _NOT_GIVEN,
        base_url: str = _NOT_GIVEN,
        timeout: float | None = _NOT_GIVEN,
        max_retries: int = _NOT_GIVEN,
        max_retry_wait: float = _NOT_GIVEN,
        total_timeout: float | None = _NOT_GIVEN,
    ) -> TwelveLabs:
        """A copy with other settings that shares this client's connection pool."""
        return self._copy_with(api_key, base_url, timeout, max_retries, max_retry_wait, total_timeout)

    def close(self) -> None:
        """Close the connection pool (shared with ``with_options`` copies) if this library opened it."""
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> TwelveLabs:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class TwelveLabsWithRawResponse:
    """``client.with_raw_response.gist(...)``: the same calls, returning :class:`RawResponse`."""

    def __init__(self, client: TwelveLabs) -> None:
        self._client = client

    def gist(
        self, video_id: str, *, types: list[str] | tuple[str, ...] = DEFAULT_GIST_TYPES
    ) -> RawResponse[GistResult]:
        return self._client._send(gist_call(video_id, types))

    def summarize(
        self,
        video_id: str,
        *,
        type: str,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
    ) -> RawResponse[SummarizeResult]:
        call = summarize_call(video_id, type, prompt, temperature, response_format, max_tokens)
        return self._client._send(call)


class AsyncTwelveLabs(_BaseClient):
    """Awaitable twin of :class:`TwelveLabs`; pass ``http_client=httpx.AsyncClient(...)`` to bring your own.

    ``timeout`` and ``total_timeout`` as for :class:`TwelveLabs`; here an attempt is cancelled at
    its deadline exactly, whatever the ``http_client``.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        http_client: httpx.AsyncClient | None = None,
        total_timeout: float | None = None,
    ) -> None:
        super().__init__(api_key, base_url, timeout, max_retries, max_retry_wait, total_timeout)
        self._owns_http_client = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(headers=DEFAULT_HEADERS)
        self._bind_raw()

    def _bind_raw(self) -> None:
        self.with_raw_response = AsyncTwelveLabsWithRawResponse(self)

    async def _send(self, call: Call[T]) -> RawResponse[T]:
        attempt = Attempt(self._config, call)
        while True:
            try:
                response = await async_send(self._http, attempt.request_kwargs(), attempt.deadline)
            except httpx.RequestError as exc:
                attempt.failed(exc)
            else:
                result = attempt.answered(response)
                if result is not None:
                    return result
            await _async_sleep(attempt.next_wait())

    async def gist(
        self, video_id: str, *, types: list[str] | tuple[str, ...] = DEFAULT_GIST_TYPES
    ) -> GistResult:
        """Titles, topics and/or hashtags for a video."""
        return (await self._send(gist_call(video_id, types))).parsed

    @overload
    async def summarize(
        self,
        video_id: str,
        *,
        type: Literal["summary"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
    ) -> SummaryResult: ...
    @overload
    async def summarize(
        self,
        video_id: str,
        *,
        type: Literal["chapter"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: None = None,
        max_tokens: int | None = None,
    ) -> ChapterResult: ...
    @overload
    async def summarize(
        self,
        video_id: str,
        *,
        type: Literal["highlight"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: None = None,
        max_tokens: int | None = None,
    ) -> HighlightResult: ...
    @overload
    async def summarize(
        self,
        video_id: str,
        *,
        type: str,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
    ) -> SummarizeResult: ...
    async def summarize(
        self,
        video_id: str,
        *,
        type: str,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
    ) -> SummarizeResult:
        """A summary, chapters or highlights, depending on ``type`` (see :meth:`TwelveLabs.summarize`)."""
        call = summarize_call(video_id, type, prompt, temperature, response_format, max_tokens)
        return (await self._send(call)).parsed

    def with_options(
        self,
        *,
        api_key: str = _NOT_GIVEN,
        base_url: str = _NOT_GIVEN,
        timeout: float | None = _NOT_GIVEN,
        max_retries: int = _NOT_GIVEN,
        max_retry_wait: float = _NOT_GIVEN,
        total_timeout: float | None = _NOT_GIVEN,
    ) -> AsyncTwelveLabs:
        """A copy with other settings that shares this client's connection pool."""
        return self._copy_with(api_key, base_url, timeout, max_retries, max_retry_wait, total_timeout)

    async def aclose(self) -> None:
        """Close the connection pool (shared with ``with_options`` copies) if this library opened it."""
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncTwelveLabs:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


class AsyncTwelveLabsWithRawResponse:
    """``await client.with_raw_response.gist(...)``: the same calls, returning :class:`RawResponse`."""

    def __init__(self, client: AsyncTwelveLabs) -> None:
        self._client = client

    async def gist(
        self, video_id: str, *, types: list[str] | tuple[str, ...] = DEFAULT_GIST_TYPES
    ) -> RawResponse[GistResult]:
        return await self._client._send(gist_call(video_id, types))

    async def summarize(
        self,
        video_id: str,
        *,
        type: str,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: Any = None,
        max_tokens: int | None = None,
    ) -> RawResponse[SummarizeResult]:
        call = summarize_call(video_id, type, prompt, temperature, response_format, max_tokens)
        return await self._client._send(call)
