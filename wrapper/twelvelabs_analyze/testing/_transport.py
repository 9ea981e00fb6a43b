"""httpx transports that hand requests straight to a fake's handler: no sockets, no event loop."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import anyio
import httpx

if TYPE_CHECKING:
    from ._fake import FakeResponse, FakeTwelveLabs

__all__ = ["AsyncFakeTransport", "FakeTransport"]


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    value = timeout.get("read")
    return float(value) if value is not None else None


def _to_httpx(response: FakeResponse, request: httpx.Request) -> httpx.Response:
    return httpx.Response(response.status, headers=response.headers, content=response.body, request=request)


def _timeout_error(request: httpx.Request, timeout: float) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(f"The fake answered later than the {timeout:g} s read timeout", request=request)


class FakeTransport(httpx.BaseTransport):
    """Sync transport: a delayed answer sleeps, or raises ReadTimeout when it would outlast the timeout."""

    def __init__(self, fake: FakeTwelveLabs) -> None:
        self._fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._fake.handle(
            request.method, request.url.path, request.headers.multi_items(), request.read()
        )
        if response.delay > 0:
            timeout = _read_timeout(request)
            if timeout is not None and response.delay > timeout:
                time.sleep(timeout)
                raise _timeout_error(request, timeout)
            time.sleep(response.delay)
        return _to_httpx(response, request)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """Async twin of FakeTransport."""

    def __init__(self, fake: FakeTwelveLabs) -> None:
        self._fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        response = self._fake.handle(request.method, request.url.path, request.headers.multi_items(), body)
        if response.delay > 0:
            timeout = _read_timeout(request)
            if timeout is not None and response.delay > timeout:
                await anyio.sleep(timeout)
                raise _timeout_error(request, timeout)
            await anyio.sleep(response.delay)
        return _to_httpx(response, request)
