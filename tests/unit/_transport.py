"""A scripted httpx transport for client tests: answers in order, bodies in chosen chunks, breaks on cue.

One class serves both the sync and the async client (as ``httpx.MockTransport`` does), so a test
table runs unchanged in both modes through :class:`Both`.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any

import httpx

from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs

BASE_URL = "https://api.test/v1.3"
API_KEY = "tlk_SECRET_abc123"


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body delivered as ``chunks``, then ``error`` raised (a connection that breaks) if given."""

    def __init__(self, chunks: Sequence[bytes], error: Exception | None = None) -> None:
        self.chunks = list(chunks)
        self.error = error
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.error is not None:
            raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def ndjson(*events: dict[str, Any]) -> bytes:
    return b"".join(json.dumps(event).encode() + b"\n" for event in events)


def split_every(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


Answer = httpx.Response | Callable[[httpx.Request], httpx.Response]


class Script:
    """Answers requests in order (the last one repeats) and records them."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.responses: list[httpx.Response] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        response = answer(request) if callable(answer) else answer
        # A fresh response per request (the same object cannot be sent twice).
        copy = httpx.Response(
            response.status_code, headers=response.headers, stream=response.stream, request=request
        )
        self.responses.append(copy)
        return copy

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


class Both:
    """A sync or async client on a :class:`Script`; ``call(...)`` runs a method the same way in both."""

    def __init__(self, mode: str, script: Script, **options: Any) -> None:
        self.mode = mode
        transport = httpx.MockTransport(script)
        kwargs = {"api_key": API_KEY, "base_url": BASE_URL, "max_retry_wait": 10, **options}
        if mode == "sync":
            self.client: Any = TwelveLabs(http_client=httpx.Client(transport=transport), **kwargs)
        else:
            self.client = AsyncTwelveLabs(http_client=httpx.AsyncClient(transport=transport), **kwargs)

    def run(self, awaitable_or_value: Any) -> Any:
        if self.mode == "async":
            return asyncio.run(_awaited(awaitable_or_value))
        return awaitable_or_value

    def call(self, path: str, *args: Any, **kwargs: Any) -> Any:
        """``call("analyze_async.tasks.retrieve", "t1")`` on the client, awaited when async."""
        target: Any = self.client
        for part in path.split("."):
            target = getattr(target, part)
        return self.run(target(*args, **kwargs))

    def first_raw_event(self, **arguments: Any) -> tuple[Any, Any]:
        """``with_raw_response.analyze_stream(**arguments)``: the raw response and its first event
        (``None`` for an empty stream), read inside the stream's context manager."""
        if self.mode == "sync":
            raw = self.client.with_raw_response.analyze_stream(**arguments)
            with raw.parsed as stream:
                return raw, next(iter(stream), None)

        async def read() -> tuple[Any, Any]:
            raw = await self.client.with_raw_response.analyze_stream(**arguments)
            async with raw.parsed as stream:
                async for event in stream:
                    return raw, event
            return raw, None

        return asyncio.run(read())

    def collect(self, stream_factory: Callable[[Any], Any]) -> Any:
        """Open a stream with ``stream_factory(client)`` and read all its events (sync or async)."""
        if self.mode == "sync":
            stream = stream_factory(self.client)
            return stream, list(stream)

        async def read() -> Any:
            stream = await stream_factory(self.client)
            return stream, [event async for event in stream]

        return asyncio.run(read())


async def _awaited(value: Any) -> Any:
    return await value if asyncio.iscoroutine(value) else value


class SteppingClock:
    """``time`` for ``_attempt`` alone: monotonic() steps by ``step`` per call, time() is real."""

    def __init__(self, step: float) -> None:
        self.now = 1000.0
        self.step = step

    def monotonic(self) -> float:
        self.now += self.step
        return self.now

    @staticmethod
    def time() -> float:
        return time.time()
