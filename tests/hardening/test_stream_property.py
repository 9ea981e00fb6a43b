"""Streams, whatever the chunking and whatever the junk: the events before the first bad line are
handed out in order with their text, the bad line is named, and the stream stays failed.

A body is a list of lines (events, blank lines, junk) joined by ``\\n`` or ``\\r\\n``, maybe
gzip- or deflate-encoded, cut into chunks at arbitrary points; the oracle says what the client
must make of it, for the sync and the async client.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import zlib
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit._transport import Both, Chunks, Script
from twelvelabs_analyze import (
    APIResponseValidationError,
    StreamInterruptedError,
    StreamTimeoutError,
    TwelveLabsError,
)
from twelvelabs_analyze._lines import LineSplitter, LineTooLong

START = {"event_type": "stream_start", "metadata": {"generation_id": "g"}}
END = {"event_type": "stream_end", "finish_reason": "stop", "metadata": {"generation_id": "g"}}

texts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
# Lines that can never be an event: not JSON, JSON that is not an event, an event of the wrong shape.
bad_lines = st.one_of(
    st.binary(max_size=30).map(lambda b: b"#" + b.replace(b"\n", b"")),
    st.binary(min_size=1, max_size=30).filter(lambda b: b"\n" not in b and b.strip() != b""),
    st.sampled_from(
        [
            b"{}",
            b"[]",
            b"null",
            b'{"event_type": "telepathy"}',
            b'{"event_type": "text_generation", "text": 5}',
        ]
    ),
    st.just(b'{"event_type": "text_generation", "text": "cut'),
)
blanks = st.sampled_from([b"", b" ", b"\t", b"\r", b"  \x0c"])


@st.composite
def bodies(draw: st.DrawFn) -> tuple[list[bytes], dict[str, Any]]:
    """The body's lines and what reading it must give: ``events`` (text of each text event) and
    ``failure`` (``None``, ``("bad", line number)``, ``("after_end", n)`` or ``("no_end", None)``)."""
    pieces = draw(st.lists(texts, max_size=8))
    lines: list[bytes] = [json.dumps(START).encode()]
    lines += [json.dumps({"event_type": "text_generation", "text": t}).encode() for t in pieces]
    lines.append(json.dumps(END).encode())
    for _ in range(draw(st.integers(0, 3))):  # blank lines anywhere change nothing
        lines.insert(draw(st.integers(0, len(lines))), draw(blanks))
    junk = draw(st.sampled_from(["none", "bad", "after_end", "no_end"]))
    if junk == "bad":
        lines.insert(draw(st.integers(0, len(lines))), draw(bad_lines))
    elif junk == "after_end":
        late = draw(st.one_of(bad_lines, st.just(b'{"event_type": "text_generation", "text": "late"}')))
        lines.append(late)
    elif junk == "no_end":
        del lines[max(i for i, line in enumerate(lines) if b"stream_end" in line)]
    return lines, oracle(lines)


def oracle(lines: list[bytes]) -> dict[str, Any]:
    handed: list[str | None] = []
    ended = False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if ended:
            return {"events": handed, "failure": ("after_end", number)}
        try:
            event = json.loads(line.decode("utf-8"))  # strict UTF-8 (json.loads(bytes) guesses)
        except ValueError:
            return {"events": handed, "failure": ("bad", number)}
        known = isinstance(event, dict) and event.get("event_type") in {"stream_start", "stream_end"}
        text_ok = isinstance(event, dict) and isinstance(event.get("text"), str)
        if not (
            known or (isinstance(event, dict) and event.get("event_type") == "text_generation" and text_ok)
        ):
            return {"events": handed, "failure": ("bad", number)}
        handed.append(event.get("text"))
        ended = event["event_type"] == "stream_end"
    return {"events": handed, "failure": None if ended else ("no_end", None)}


@st.composite
def wires(draw: st.DrawFn, content: bytes) -> tuple[list[bytes], dict[str, str]]:
    """``content`` as sent: maybe compressed, cut into chunks anywhere (empty chunks too)."""
    encoding = draw(st.sampled_from(["identity", "gzip", "deflate", "raw-deflate"]))
    data, headers = content, {"content-type": "application/x-ndjson"}
    if encoding != "identity":
        wbits = {"gzip": 31, "deflate": 15, "raw-deflate": -15}[encoding]
        squeeze = zlib.compressobj(6, zlib.DEFLATED, wbits)
        data = squeeze.compress(content) + squeeze.flush()
        headers["content-encoding"] = "deflate" if encoding == "raw-deflate" else encoding
    cuts = sorted(draw(st.lists(st.integers(0, len(data)), max_size=12)))
    bounds = [0, *cuts, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds)], headers


def read(mode: str, chunks: list[bytes], headers: dict[str, str]) -> tuple[list[Any], Any, Any]:
    """(events handed out, the error or None, the stream); the stream is read twice when it fails."""
    both = Both(mode, Script(httpx.Response(200, headers=headers, stream=Chunks(chunks))), max_retries=0)
    seen: list[Any] = []
    if mode == "sync":
        stream = both.client.analyze_stream(video_id="v", prompt="p")
        try:
            for event in stream:
                seen.append(event)
        except TwelveLabsError as error:
            try:
                stream.get_text()
            except TwelveLabsError as again:
                assert again is error, "a failed stream raises the same error again"
            return seen, error, stream
        return seen, None, stream

    async def run() -> tuple[list[Any], Any, Any]:
        stream = await both.client.analyze_stream(video_id="v", prompt="p")
        try:
            async for event in stream:
                seen.append(event)
        except TwelveLabsError as error:
            try:
                await stream.until_done()
            except TwelveLabsError as again:
                assert again is error, "a failed stream raises the same error again"
            return seen, error, stream
        return seen, None, stream

    return asyncio.run(run())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), body=bodies(), mode=st.sampled_from(["sync", "async"]), crlf=st.booleans())
def test_any_body_in_any_chunks(
    data: st.DataObject, body: tuple[list[bytes], dict[str, Any]], mode: str, crlf: bool
) -> None:
    lines, expected = body
    content = (b"\r\n" if crlf else b"\n").join(lines) + data.draw(st.sampled_from([b"", b"\n"]))
    chunks, headers = data.draw(wires(content))
    seen, error, stream = read(mode, chunks, headers)
    assert [getattr(e, "text", None) for e in seen] == expected["events"], (
        "the events before the junk, in order"
    )
    assert stream.event_count == len(seen)
    assert stream.text == "".join(t for t in expected["events"] if t)
    failure = expected["failure"]
    if failure is None:
        assert error is None and stream.final is seen[-1] and stream.finish_reason == "stop"
        return
    kind, number = failure
    assert stream.final is None and "failed" in repr(stream)
    if kind == "no_end":
        assert type(error) is StreamInterruptedError and "without its final event" in str(error)
        assert error.text == stream.text and error.event_count == len(seen)
        return
    assert type(error) is APIResponseValidationError, error
    assert f"line {number} of the POST /analyze stream" in str(error)
    if kind == "after_end":
        assert "follows the final event (stream_end)" in str(error)
    assert not isinstance(error, StreamTimeoutError)


@settings(max_examples=300, deadline=None)
@given(
    content=st.binary(max_size=200).map(lambda b: b.replace(b"\r", b"\n")),
    cuts=st.lists(st.integers(0, 200), max_size=20),
    limit=st.integers(1, 40),
)
def test_the_splitter_hands_out_every_line_up_to_the_first_too_long(
    content: bytes, cuts: list[int], limit: int
) -> None:
    lines = content.split(b"\n")
    bounds = [0, *sorted(c for c in cuts if c <= len(content)), len(content)]
    splitter = LineSplitter(limit)
    out: list[bytes] = []
    refused: LineTooLong | None = None
    for a, b in itertools.pairwise(bounds):
        out += splitter.feed(content[a:b])
        assert len(splitter._buffer) <= limit + (b - a), "never more than the limit and one chunk"
        if splitter.refused is not None:
            refused = splitter.refused
            break
    if refused is None:
        out += splitter.rest()
    expected = lines if lines[-1] else lines[:-1]
    too_long = next((i for i, line in enumerate(expected) if len(line) > limit), None)
    if too_long is None:
        assert refused is None and out == expected and splitter.count == len(expected)
    else:
        assert refused is not None and refused.number == too_long + 1 and refused.limit == limit
        assert out == expected[:too_long] and refused.size > limit
        assert expected[too_long].startswith(refused.head)
