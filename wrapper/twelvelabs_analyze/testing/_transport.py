"""One httpx transport, sync and async, that hands requests to a handler: no sockets, no event loop.

Like ``httpx.MockTransport`` it takes a callable; a streamed answer's body is an
``httpx.Response`` stream that yields the handler's chunks one by one (so chunk boundaries reach
the client exactly as chosen), stalls like a quiet socket and breaks like a cut connection.
A delay or stall longer than the request's read timeout raises ``httpx.ReadTimeout`` after
waiting that timeout, as a socket read would.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import anyio
import httpx

from ._types import FakeResponse, Handler, Part, Stall

__all__ = ["FakeTransport"]


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    value = timeout.get("read")
    return float(value) if value is not None else None


def _timeout_error(request: httpx.Request, timeout: float) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(f"The fake sent nothing for the {timeout:g} s read timeout", request=request)


def _cut_error(request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(
        "peer closed connection without sending complete message body (incomplete chunked read)",
        request=request,
    )


def _wait(seconds: float, request: httpx.Request) -> float:
    """How long to sleep for a pause of ``seconds``; raises after the read timeout when that is shorter."""
    timeout = _read_timeout(request)
    if timeout is not None and seconds > timeout:
        time.sleep(timeout)
        raise _timeout_error(request, timeout)
    return seconds


async def _async_wait(seconds: float, request: httpx.Request) -> None:
    timeout = _read_timeout(request)
    if timeout is not None and seconds > timeout:
        await anyio.sleep(timeout)
        raise _timeout_error(request, timeout)
    await anyio.sleep(seconds)


class _PartStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body sent as the handler's parts (chunks, stalls, a cut)."""

    def __init__(self, parts: tuple[Part, ...], request: httpx.Request) -> None:
        self._parts = parts
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for part in self._parts:
            if isinstance(part, bytes):
                yield part
            elif isinstance(part, Stall):
                time.sleep(_wait(part.seconds, self._request))
            else:
                raise _cut_error(self._request)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self._parts:
            if isinstance(part, bytes):
                yield part
            elif isinstance(part, Stall):
                await _async_wait(part.seconds, self._request)
            else:
                raise _cut_error(self._request)


def _to_httpx(response: FakeResponse, request: httpx.Request) -> httpx.Response:
    if response.parts is None:
        return httpx.Response(
            response.status, headers=response.headers, content=response.body, request=request
        )
    return httpx.Response(
        response.status,
        headers=response.headers,
        stream=_PartStream(response.parts, request),
        request=request,
    )


class FakeTransport(httpx.AsyncBaseTransport, httpx.BaseTransport):
    """Serves ``httpx.Client`` and ``httpx.AsyncClient`` alike from ``handler(method, target, headers, body)``."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler

    @staticmethod
    def _target(request: httpx.Request) -> str:
        return request.url.raw_path.decode("ascii")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._handler(
            request.method, self._target(request), request.headers.multi_items(), request.read()
        )
        if response.delay > 0:
            time.sleep(_wait(response.delay, request))
        return _to_httpx(response, request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        response = self._handler(request.method, self._target(request), request.headers.multi_items(), body)
        if response.delay > 0:
            await _async_wait(response.delay, request)
        return _to_httpx(response, request)
