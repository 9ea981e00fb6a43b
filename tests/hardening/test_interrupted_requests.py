"""Ctrl-C or a cancellation in the middle of a request leaves no key in the traceback.

The exception passes through httpx's (and httpcore's) frames, whose locals hold the request
with the key in its headers — and through the client's own (the keyword arguments of the
request). A traceback rendered with locals (``pytest --showlocals``, Sentry) must show none of
it, nor may a frame still hold a request with the key: the interrupt is injected by a transport,
by a real SIGINT while a loopback server holds the answer back, and by cancelling the task.
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.rawserver import RawServer, ReadRequest, Send, Sleep, response
from tests.unit._transport import API_KEY, BASE_URL, Both, Chunks, ndjson
from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs

from ._leaks import leaks, library_frames, places

VIDEO = "6298d673f1090f1100476d4c"
ANSWER = {"id": "g", "data": "ok", "finish_reason": "stop"}


def interrupt(request: httpx.Request) -> httpx.Response:
    raise KeyboardInterrupt


def assert_safe(error: BaseException) -> None:
    assert library_frames(error), "the traceback reaches into the library"
    assert leaks(error, API_KEY) == [], places(error)


def test_ctrl_c_inside_the_transport(mode: str) -> None:
    both = Both(mode, interrupt)  # type: ignore[arg-type]
    with pytest.raises(KeyboardInterrupt) as caught:
        both.call("analyze", video_id=VIDEO, prompt="p")
    assert_safe(caught.value)
    assert "while waiting for POST https://api.test/v1.3/analyze" in str(caught.value.__notes__)


def test_ctrl_c_while_the_body_arrives(mode: str) -> None:
    class Interrupted(Chunks):
        def __iter__(self) -> Iterator[bytes]:
            yield b'{"id": '
            raise KeyboardInterrupt

        async def __aiter__(self) -> Any:
            yield b'{"id": '
            raise KeyboardInterrupt

    both = Both(mode, lambda request: httpx.Response(200, stream=Interrupted([])))  # type: ignore[arg-type]
    with pytest.raises(KeyboardInterrupt) as caught:
        both.call("analyze", video_id=VIDEO, prompt="p", max_tokens=5)
    assert_safe(caught.value)


def test_ctrl_c_while_the_answer_is_parsed(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(*args: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr("twelvelabs_analyze._attempt.parse_success", parse)
    both = Both(mode, lambda request: httpx.Response(200, json=ANSWER))  # type: ignore[arg-type]
    with pytest.raises(KeyboardInterrupt) as caught:
        both.call("analyze", video_id=VIDEO, prompt="p")
    assert_safe(caught.value)


def test_ctrl_c_while_a_stream_opens_and_while_it_is_read(mode: str) -> None:
    with pytest.raises(KeyboardInterrupt) as opening:
        Both(mode, interrupt).collect(lambda client: client.analyze_stream(video_id=VIDEO, prompt="p"))  # type: ignore[arg-type]
    assert_safe(opening.value)
    start = {"event_type": "stream_start", "metadata": {"generation_id": "g"}}
    text = {"event_type": "text_generation", "text": "Hello"}
    body = Chunks([ndjson(start, text)], KeyboardInterrupt())  # type: ignore[arg-type]
    both = Both(mode, lambda request: httpx.Response(200, stream=body))  # type: ignore[arg-type]
    with pytest.raises(KeyboardInterrupt) as reading:
        both.collect(lambda client: client.analyze_stream(video_id=VIDEO, prompt="p"))
    assert_safe(reading.value)


def test_a_request_cancelled_inside_the_transport() -> None:
    started = asyncio.Event()

    class Waiting(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            started.set()
            await asyncio.Event().wait()  # never answers
            raise AssertionError("unreachable")

    async def scenario() -> BaseException:
        client = AsyncTwelveLabs(
            api_key=API_KEY, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=Waiting())
        )
        call = asyncio.create_task(client.analyze(video_id=VIDEO, prompt="p"))
        await started.wait()
        call.cancel()
        try:
            await call
        except asyncio.CancelledError as cancelled:
            return cancelled
        raise AssertionError("not cancelled")

    assert_safe(asyncio.run(scenario()))


def held_back(received: threading.Event, then: Any = None, start: bytes = b"") -> RawServer:
    """A loopback server that reads the request, sends ``start``, signals ``received`` (and runs
    ``then``), and sends nothing more."""

    def signal_received() -> bytes:
        received.set()
        if then is not None:
            then()
        return b""

    return RawServer([[ReadRequest(), Send(start), Send(signal_received), Sleep(30)]])


STREAM_START = ndjson({"event_type": "stream_start", "metadata": {"generation_id": "g"}})
# The head of a stream and its first event; the rest of the body never comes.
STREAM_HEAD = response(200, STREAM_START, {"Content-Type": "application/x-ndjson", "Content-Length": "1000"})


def test_a_real_ctrl_c_during_a_real_request() -> None:
    received = threading.Event()
    main = threading.get_ident()
    with held_back(received, lambda: signal.pthread_kill(main, signal.SIGINT)) as server:
        client = TwelveLabs(api_key=API_KEY, base_url=server.base_url + "/v1.3", timeout=20, max_retries=0)
        with pytest.raises(KeyboardInterrupt) as caught:
            client.analyze(video_id=VIDEO, prompt="p")
    assert received.is_set()
    assert_safe(caught.value)


def test_a_real_request_cancelled_while_the_server_holds_the_answer() -> None:
    received = threading.Event()

    async def scenario(base_url: str) -> BaseException:
        async with AsyncTwelveLabs(api_key=API_KEY, base_url=base_url, timeout=20, max_retries=0) as client:
            call = asyncio.create_task(client.analyze(video_id=VIDEO, prompt="p"))
            assert await asyncio.to_thread(received.wait, 20)
            call.cancel()
            try:
                await call
            except asyncio.CancelledError as cancelled:
                return cancelled
        raise AssertionError("not cancelled")

    with held_back(received) as server:
        error = asyncio.run(scenario(server.base_url + "/v1.3"))
    assert_safe(error)


def test_a_real_ctrl_c_while_a_real_stream_is_read() -> None:
    first_event, received = threading.Event(), threading.Event()
    main = threading.get_ident()

    def interrupt_once_read() -> None:
        # The main thread holds the GIL from the first event until it blocks reading the next:
        # the signal arrives while it waits for the body.
        if first_event.wait(20):
            signal.pthread_kill(main, signal.SIGINT)

    with held_back(received, interrupt_once_read, STREAM_HEAD) as server:
        client = TwelveLabs(api_key=API_KEY, base_url=server.base_url + "/v1.3", timeout=20, max_retries=0)
        with pytest.raises(KeyboardInterrupt) as caught:
            for _ in client.analyze_stream(video_id=VIDEO, prompt="p"):
                first_event.set()
    assert first_event.is_set()
    assert_safe(caught.value)


def test_a_real_stream_cancelled_while_it_is_read() -> None:
    async def scenario(base_url: str) -> BaseException:
        first_event = asyncio.Event()

        async def read(client: AsyncTwelveLabs) -> None:
            async for _ in await client.analyze_stream(video_id=VIDEO, prompt="p"):
                first_event.set()

        async with AsyncTwelveLabs(api_key=API_KEY, base_url=base_url, timeout=20, max_retries=0) as client:
            call = asyncio.create_task(read(client))
            await first_event.wait()
            await asyncio.sleep(0)  # the task goes back to reading
            call.cancel()
            try:
                await call
            except asyncio.CancelledError as cancelled:
                return cancelled
        raise AssertionError("not cancelled")

    with held_back(threading.Event(), start=STREAM_HEAD) as server:
        error = asyncio.run(scenario(server.base_url + "/v1.3"))
    assert_safe(error)
