"""A stream's reading is bounded: in time by ``total_timeout``, in memory by its longest line and
its text (not its events); it ends at its final event, and a failed stream stays failed (issue 23,
items 2-5)."""

from __future__ import annotations

import asyncio
import gc
import json
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.rawserver import Drip, RawServer, ReadRequest, Send
from tests.unit._transport import API_KEY, Both, Script, ndjson
from twelvelabs_analyze import (
    APIResponseValidationError,
    APITimeoutError,
    AsyncTwelveLabs,
    StreamInterruptedError,
    StreamTimeoutError,
    TwelveLabs,
)
from twelvelabs_analyze._lines import MAX_LINE_BYTES

START = {"event_type": "stream_start", "metadata": {"generation_id": "gen-1"}}
END = {"event_type": "stream_end", "finish_reason": "stop", "metadata": {"generation_id": "gen-1"}}


def text_event(text: str) -> dict[str, Any]:
    return {"event_type": "text_generation", "text": text}


class Lazy(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body made as it is read (a test's own copy would hide what the client keeps); counts the
    chunks taken."""

    def __init__(self, make: Callable[[], Iterator[bytes]]) -> None:
        self.make = make
        self.taken = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.make():
            self.taken += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.make():
            self.taken += 1
            yield chunk


def answer(body: httpx.SyncByteStream, **headers: str) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "application/x-ndjson", **headers}, stream=body)


def open_stream(client: Any) -> Any:
    return client.analyze_stream(video_id="v1", prompt="Describe it")


def read_to_end(both: Both, *, keep: bool = False) -> Any:
    """Open a stream and ``until_done()`` it (sync or async); returns the stream."""
    if both.mode == "sync":
        stream = open_stream(both.client)
        return (stream.keep_events() if keep else stream).until_done()

    async def read() -> Any:
        stream = await open_stream(both.client)
        return await (stream.keep_events() if keep else stream).until_done()

    return asyncio.run(read())


# --------------------------------------------------------------------------- item 2: total_timeout

HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nConnection: close\r\n\r\n"
# The first event at once, then ~60 s of events at a byte every 20 ms (an event a second or so).
DRIPPED = ndjson(*(text_event(f"w{i} ") for i in range(60)), END)


def drip_and_read(
    mode: str, own_http_client: bool, first: bytes, body: bytes, **options: Any
) -> tuple[Any, Any, float]:
    """Read a stream that sends ``first``, then ``body`` a byte every 20 ms; (error, stream, seconds)."""
    with RawServer([[ReadRequest(), Send(HEAD + first), Drip(body, 0.02)]]) as server:
        kwargs: dict[str, Any] = {
            "api_key": API_KEY,
            "base_url": server.base_url,
            "max_retries": 0,
            **options,
        }
        seen: list[Any] = []
        started = time.monotonic()
        if mode == "sync":
            http = httpx.Client() if own_http_client else None
            with TwelveLabs(**kwargs, http_client=http) as client:
                stream = open_stream(client)
                try:
                    seen.extend(stream)
                except Exception as exc:
                    return exc, stream, time.monotonic() - started
        else:

            async def run() -> Any:
                http = httpx.AsyncClient() if own_http_client else None
                async with AsyncTwelveLabs(**kwargs, http_client=http) as client:
                    stream = await open_stream(client)
                    try:
                        async for event in stream:
                            seen.append(event)
                    except Exception as exc:
                        return exc, stream
                    return None, stream

            error, stream = asyncio.run(run())
            return error, stream, time.monotonic() - started
        return None, stream, time.monotonic() - started


@pytest.mark.parametrize("own_http_client", [False, True], ids=["library-client", "own-client"])
def test_total_timeout_ends_a_stream_that_drips_events(mode: str, own_http_client: bool) -> None:
    error, stream, took = drip_and_read(
        mode, own_http_client, ndjson(START), DRIPPED, timeout=3, total_timeout=1
    )
    # Each read is short (an event a second), so only the call's deadline can end this early.
    assert isinstance(error, StreamTimeoutError)
    assert isinstance(error, APITimeoutError) and isinstance(error, StreamInterruptedError)
    assert "the stream timed out after" in str(error) and "total_timeout=1s" in str(error)
    assert 0 < error.event_count < 62 and error.event_count == stream.event_count
    assert error.text == stream.text and error.attempts == 1
    assert took < 30, "the server drips for 60 s: the call must end long before"


def test_total_timeout_before_the_first_event_is_a_timeout_not_a_retry(mode: str) -> None:
    body = json.dumps(START).encode()  # the first line alone, never finished in time
    error, stream, took = drip_and_read(mode, False, b"", body * 10, timeout=5, total_timeout=0.5)
    assert type(error) is APITimeoutError
    assert "after 0 events" in str(error) and "total_timeout=0.5s" in str(error)
    assert stream.event_count == 0 and took < 30


# --------------------------------------------------------------------------- item 3: long lines

X_CHUNK = b"x" * 65536


def no_newline(total: int) -> Callable[[], Iterator[bytes]]:
    def make() -> Iterator[bytes]:
        yield ndjson(START) + b'{"event_type": "text_generation", "text": "'
        for _ in range(total // len(X_CHUNK)):
            yield X_CHUNK

    return make


def test_a_line_without_end_is_refused_once_it_passes_the_limit(mode: str) -> None:
    body = Lazy(no_newline(64 * 1024 * 1024))
    both = Both(mode, Script(answer(body)))
    with pytest.raises(
        APIResponseValidationError, match="line 2 of the POST /analyze stream is too large"
    ) as caught:
        read_to_end(both)
    error = caught.value
    assert f"more than the {MAX_LINE_BYTES:,} a line may have" in str(error)
    assert 'it begins {"event_type": "text_generation"' in str(error)
    # Refused as it arrived (about 8 MiB of the 64 MiB read) and kept as its first KiB only.
    assert body.taken < MAX_LINE_BYTES // len(X_CHUNK) + 4
    assert len(error.body) <= 1024 and error.response is not None and len(error.response.content) <= 1024
    assert len(str(error)) < 1000


def test_a_complete_line_over_the_limit_is_refused_after_the_lines_before_it(mode: str) -> None:
    huge = json.dumps(text_event("y" * MAX_LINE_BYTES)).encode()
    body = ndjson(START, text_event("a ")) + huge + b"\n" + ndjson(END)  # one chunk
    both = Both(mode, Script(answer(Lazy(lambda: iter([body])))))
    seen: list[Any] = []

    def collect(client: Any) -> Any:
        stream = open_stream(client)
        if mode == "sync":
            seen.extend(stream)
            return stream

        async def read() -> Any:
            async for event in await stream:
                seen.append(event)

        return read()

    with pytest.raises(APIResponseValidationError, match=r"line 3 .* is too large") as caught:
        both.run(collect(both.client))
    assert [e.event_type for e in seen] == ["stream_start", "text_generation"]
    assert len(caught.value.body) <= 1024


def test_a_gzip_bomb_is_decoded_in_pieces_and_refused_within_the_limit(mode: str) -> None:
    """64 MiB of one line, gzipped to ~64 KiB: httpx alone inflates a 64 KiB chunk at once."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    gzipped = squeeze.compress(b'{"event_type": "text_generation", "text": "')
    gzipped += squeeze.compress(b"a" * (64 * 1024 * 1024)) + squeeze.flush()
    chunks = [gzipped[i : i + 65536] for i in range(0, len(gzipped), 65536)]
    both = Both(mode, Script(answer(Lazy(lambda: iter(chunks)), **{"content-encoding": "gzip"})))
    gc.collect()
    tracemalloc.start()
    try:
        with pytest.raises(APIResponseValidationError, match=r"line 1 .* is too large"):
            read_to_end(both)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * MAX_LINE_BYTES, f"peak {peak:,} bytes"  # measured ~9 MB; 64+ MB before


def test_the_key_at_the_start_of_a_refused_line_stays_out_of_the_error(mode: str) -> None:
    def make() -> Iterator[bytes]:
        yield b"z" * 1009 + b" " + API_KEY.encode() + b" "  # the key across the 1 KiB that is kept
        for _ in range(MAX_LINE_BYTES // len(X_CHUNK) + 1):
            yield X_CHUNK

    with pytest.raises(APIResponseValidationError, match="too large") as caught:
        read_to_end(Both(mode, Script(answer(Lazy(make)))))
    error = caught.value
    assert API_KEY[:6] not in error.body and API_KEY[:6] not in str(error)
    assert error.response is not None and API_KEY[:6].encode() not in error.response.content


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "deflate-raw"])
def test_compressed_streams_read_whole_in_any_chunks(mode: str, encoding: str) -> None:
    body = ndjson(START, *(text_event(f"{i} ") for i in range(500)), END)
    wbits = {"gzip": 31, "deflate": 15, "deflate-raw": -15}[encoding]
    squeeze = zlib.compressobj(6, zlib.DEFLATED, wbits)
    packed = squeeze.compress(body) + squeeze.flush()
    chunks = [packed[i : i + 7] for i in range(0, len(packed), 7)]
    header = encoding.removesuffix("-raw")
    stream = read_to_end(
        Both(mode, Script(answer(Lazy(lambda: iter(chunks)), **{"content-encoding": header})))
    )
    assert stream.event_count == 502 and stream.text == "".join(f"{i} " for i in range(500))


# --------------------------------------------------------------------------- item 4: events not kept

LINE = json.dumps(text_event("word ")).encode() + b"\n"


def many_events(count: int) -> Callable[[], Iterator[bytes]]:
    def make() -> Iterator[bytes]:
        yield ndjson(START)
        for _ in range(count // 1000):
            yield LINE * 1000
        yield ndjson(END)

    return make


def retained_by_reading(mode: str, count: int, keep: bool) -> tuple[Any, int]:
    """A stream of ``count`` text events read to its end, and the bytes still allocated after."""
    read_to_end(Both(mode, Script(answer(Lazy(many_events(1000))))))  # imports and caches, made once
    both = Both(mode, Script(answer(Lazy(many_events(count)))))
    gc.collect()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        stream = read_to_end(both, keep=keep)
        gc.collect()
        after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return stream, after - before


def test_reading_a_stream_does_not_keep_its_events(mode: str) -> None:
    stream, retained = retained_by_reading(mode, 30_000, keep=False)
    assert stream.event_count == 30_002 and stream.text == "word " * 30_000
    assert stream.final.finish_reason == "stop"
    # The text is 150 kB; the events ~8 MB (measured: 0.18 MB retained, 7.8 MB with events).
    assert retained < 1_000_000, f"{retained:,} bytes retained"
    with pytest.raises(AttributeError, match=r"keep_events\(\)"):
        _ = stream.events
    kept, retained_with_events = retained_by_reading(mode, 30_000, keep=True)
    assert len(kept.events) == 30_002 and kept.events[-1] is kept.final
    assert retained_with_events > 4 * retained, "the measurement sees kept events"


def test_keep_events_comes_before_reading_and_replay_needs_it(mode: str) -> None:
    both = Both(mode, Script(answer(Lazy(lambda: iter([ndjson(START, text_event("a"), END)])))))
    stream = read_to_end(both)
    with pytest.raises(RuntimeError, match=r"before reading the stream: 3 events"):
        stream.keep_events()
    if mode == "sync":
        assert stream.until_done() is stream  # done: no I/O, no error
        with pytest.raises(RuntimeError, match="did not keep its events"):
            list(stream)
    else:

        async def again() -> list[Any]:
            assert await stream.until_done() is stream
            return [event async for event in stream]

        with pytest.raises(RuntimeError, match="did not keep its events"):
            asyncio.run(again())


# --------------------------------------------------------------------------- item 5: the end is the end


def test_an_event_after_the_final_one_is_an_error_and_its_text_is_not_taken(mode: str) -> None:
    body = ndjson(START, text_event("one "), END, text_event("smuggled"))
    both = Both(mode, Script(answer(Lazy(lambda: iter([body])))))
    with pytest.raises(APIResponseValidationError, match=r"line 4 .* follows the final event \(stream_end\)"):
        read_to_end(both)


def test_blank_lines_after_the_final_event_are_fine(mode: str) -> None:
    body = ndjson(START, text_event("one"), END) + b"\n \r\n\n"
    stream = read_to_end(Both(mode, Script(answer(Lazy(lambda: iter([body]))))))
    assert stream.text == "one" and stream.finish_reason == "stop"


@pytest.mark.parametrize(
    ("body", "error_type"),
    [
        (ndjson(START, text_event("partial")), StreamInterruptedError),
        (ndjson(START, text_event("partial")) + b"{oops\n", APIResponseValidationError),
        (ndjson(START, text_event("partial"), END, text_event("late")), APIResponseValidationError),
    ],
    ids=["no-final-event", "malformed-line", "after-the-final-event"],
)
def test_a_failed_stream_stays_failed(mode: str, body: bytes, error_type: type[Exception]) -> None:
    both = Both(mode, Script(answer(Lazy(lambda: iter([body])))))
    if mode == "sync":
        stream = open_stream(both.client)
        attempts: list[Callable[[], Any]] = [
            stream.get_text,
            stream.get_text,
            stream.until_done,
            lambda: list(stream),
        ]
        outcomes = []
        for attempt in attempts:
            with pytest.raises(error_type) as caught:
                attempt()
            outcomes.append(caught.value)
    else:

        async def run() -> list[Any]:
            stream = await open_stream(both.client)
            calls = [stream.get_text, stream.get_text, stream.until_done, stream.get_final_event]
            found = []
            for call in calls:
                with pytest.raises(error_type) as caught:
                    await call()
                found.append(caught.value)
            return [*found, stream]

        *outcomes, stream = asyncio.run(run())
    assert all(outcome is outcomes[0] for outcome in outcomes), "the same error every time"
    assert stream.final is None and stream.text == "partial"
    assert "failed" in repr(stream)


def test_a_response_read_already_is_streamed_from_its_content(mode: str) -> None:
    """A transport that answers with ``content=`` (respx, MockTransport) hands over a read body."""
    body = ndjson(START, text_event("read "), text_event("already"), END)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    kwargs: dict[str, Any] = {"api_key": API_KEY, "base_url": "https://api.test/v1.3"}
    if mode == "sync":
        with TwelveLabs(**kwargs, http_client=httpx.Client(transport=transport)) as client:
            assert open_stream(client).get_text() == "read already"
        return

    async def run() -> str:
        async with AsyncTwelveLabs(**kwargs, http_client=httpx.AsyncClient(transport=transport)) as client:
            return str(await (await open_stream(client)).get_text())

    assert asyncio.run(run()) == "read already"
