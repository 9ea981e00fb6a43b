"""analyze and analyze_stream: sync answers, NDJSON events across any chunking, breaks, retries, raw responses."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from twelvelabs_analyze import (
    AnalyzeResult,
    APIResponseValidationError,
    OutputTruncatedError,
    RateLimitError,
    StreamEndEvent,
    StreamInterruptedError,
    StreamStartEvent,
    TextGenerationEvent,
    parse_structured,
)

from ._transport import API_KEY, Both, Chunks, Script, ndjson, split_every

START = {"event_type": "stream_start", "metadata": {"generation_id": "gen-7"}}
END = {
    "event_type": "stream_end",
    "finish_reason": "stop",
    "metadata": {"generation_id": "gen-7", "usage": {"output_tokens": 9, "input_tokens": 3}},
}
TEXTS = ["Ein ", "kurzer Überblick — ", "über das Video 🎬."]
EVENTS = [START, *({"event_type": "text_generation", "text": t} for t in TEXTS), END]
BODY = ndjson(*EVENTS)


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []

    async def async_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr("twelvelabs_analyze._sleep.sleep", waits.append)
    monkeypatch.setattr("twelvelabs_analyze._sleep.async_sleep", async_sleep)
    return waits


def stream_answer(chunks: list[bytes], error: Exception | None = None, **headers: str) -> httpx.Response:
    return httpx.Response(
        200, headers={"content-type": "application/x-ndjson", **headers}, stream=Chunks(chunks, error)
    )


def open_stream(client: Any) -> Any:
    return client.analyze_stream(video_id="v1", prompt="Describe it")


def open_keeping_events(client: Any) -> Any:
    """``open_stream`` with ``keep_events()`` called on the stream before it is read."""
    opened = open_stream(client)
    if not asyncio.iscoroutine(opened):
        return opened.keep_events()

    async def kept() -> Any:
        return (await opened).keep_events()

    return kept()


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 100_000])
def test_events_survive_any_chunking(mode: str, size: int) -> None:
    script = Script(stream_answer(split_every(BODY, size)))
    both = Both(mode, script)
    stream, events = both.collect(open_stream)
    assert [type(e) for e in events] == [StreamStartEvent, *[TextGenerationEvent] * 3, StreamEndEvent]
    assert stream.text == "".join(TEXTS)
    assert stream.final is events[-1]
    assert stream.final.finish_reason == "stop"
    assert stream.final.metadata.usage.output_tokens == 9
    assert script.bodies() == [{"video_id": "v1", "prompt": "Describe it", "stream": True}]


def test_analyze_sends_stream_false_and_parses_the_answer(mode: str) -> None:
    answer = {"id": "a1", "data": "hello", "finish_reason": "stop", "usage": {"output_tokens": 1}, "extra": 5}
    script = Script(httpx.Response(200, json=answer))
    result = Both(mode, script).call("analyze", video_id="v1", prompt="p")
    assert isinstance(result, AnalyzeResult)
    assert (result.id, result.data, result.finish_reason) == ("a1", "hello", "stop")
    assert result.additional_properties == {"extra": 5}
    assert script.bodies()[0]["stream"] is False


def test_both_forms_of_video(mode: str) -> None:
    answer = httpx.Response(200, json={"id": "a", "data": "x", "finish_reason": "stop"})
    script = Script(answer)
    both = Both(mode, script)
    both.call("analyze", video={"type": "url", "url": "https://example.com/v.mp4"}, prompt="p")
    assert script.bodies()[0]["video"] == {"type": "url", "url": "https://example.com/v.mp4"}
    with pytest.raises(ValueError, match="exactly one of video_id, video and image"):
        both.call("analyze", prompt="p")
    with pytest.raises(ValueError, match="exactly one of video_id, video and image"):
        both.call("analyze", video_id="v", video={"type": "asset_id", "asset_id": "a"}, prompt="p")
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    ("lines", "mentions"),
    [
        ([START, b"{not json", END], "line 2 of the POST /analyze stream is not JSON"),
        ([START, {"event_type": "telepathy", "text": "x"}, END], "line 2 .* is not a documented event"),
        ([START, {"event_type": "text_generation", "text": 5}, END], "line 2 .* is not a documented event"),
    ],
)
def test_a_malformed_line_is_an_error_naming_it(mode: str, lines: list[Any], mentions: str) -> None:
    body = b"".join(line + b"\n" if isinstance(line, bytes) else ndjson(line) for line in lines)
    both = Both(mode, Script(stream_answer([body])))
    with pytest.raises(APIResponseValidationError, match=mentions) as caught:
        both.collect(open_stream)
    middle = lines[1]
    assert caught.value.body == (middle.decode() if isinstance(middle, bytes) else json.dumps(middle))
    assert API_KEY not in str(caught.value.response.request.headers)


def test_a_break_after_events_keeps_what_arrived_and_is_not_replayed(mode: str) -> None:
    first_two = ndjson(START, EVENTS[1])
    script = Script(
        stream_answer([first_two, b'{"event_type": "text_'], httpx.RemoteProtocolError("peer closed"))
    )
    both = Both(mode, script)
    with pytest.raises(StreamInterruptedError, match="broke after 2 events") as caught:
        both.collect(open_keeping_events)
    assert caught.value.text == TEXTS[0]
    assert caught.value.event_count == 2
    assert [type(e) for e in caught.value.events] == [StreamStartEvent, TextGenerationEvent]
    assert len(script.requests) == 1, "a stream that yielded is never replayed"


def test_a_break_before_the_first_event_is_retried(mode: str, no_sleep: list[float]) -> None:
    script = Script(
        stream_answer([b'{"event_type": "str'], httpx.ReadError("reset")),
        stream_answer(split_every(BODY, 5)),
    )
    _stream, events = Both(mode, script).collect(open_stream)
    assert len(events) == len(EVENTS)
    assert len(script.requests) == 2
    assert len(no_sleep) == 1


def test_a_body_that_ends_without_its_final_event_is_interrupted(mode: str) -> None:
    both = Both(mode, Script(stream_answer([ndjson(START, EVENTS[1])])))
    with pytest.raises(StreamInterruptedError, match="without its final event") as caught:
        both.collect(open_stream)
    assert caught.value.text == TEXTS[0]


def test_a_429_before_the_first_byte_is_waited_out(mode: str, no_sleep: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "2"}), stream_answer([BODY]))
    _stream, events = Both(mode, script).collect(open_stream)
    assert len(events) == len(EVENTS)
    assert no_sleep == [2.0]


def test_a_429_beyond_max_retry_wait_is_raised_before_any_event(mode: str) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3600"}))
    with pytest.raises(RateLimitError) as caught:
        Both(mode, script).collect(open_stream)
    assert caught.value.retry_after == 3600


def test_raw_stream_and_context_manager_close_the_connection(mode: str) -> None:
    body = Chunks([BODY])
    script = Script(httpx.Response(200, headers={"x-ratelimit-remaining": "7"}, stream=body))
    both = Both(mode, script)
    raw, first = both.first_raw_event(video_id="v", prompt="p")
    assert isinstance(first, StreamStartEvent)
    assert raw.endpoint == "POST /analyze"
    assert raw.rate_limit.remaining == 7
    assert raw.parsed.response.is_closed
    assert "***" in raw.http_response.request.headers["x-api-key"]


def test_reading_again_replays_the_kept_events_without_io(mode: str) -> None:
    script = Script(stream_answer([BODY]))
    both = Both(mode, script)
    stream, events = both.collect(open_keeping_events)
    assert stream.events == events
    if mode == "sync":
        again = list(stream)
    else:

        async def reread() -> list[Any]:
            return [e async for e in stream]

        again = asyncio.run(reread())
    assert again == events
    assert len(script.requests) == 1


def test_structured_output_and_its_truncation(mode: str) -> None:
    whole = {"id": "a", "data": '{"tags": ["a", "b"]}', "finish_reason": "stop"}
    cut = {
        "id": "b",
        "data": '{"tags": ["a", "b',
        "finish_reason": "length",
        "error": {"message": "output truncated: the generation reached the configured max_tokens."},
    }
    schema = {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}}}}
    script = Script(httpx.Response(200, json=whole), httpx.Response(200, json=cut))
    both = Both(mode, script)
    assert parse_structured(both.call("analyze", video_id="v", prompt="p", response_format=schema)) == {
        "tags": ["a", "b"]
    }
    sent = script.bodies()[0]["response_format"]
    assert sent == {"type": "json_schema", "json_schema": schema}
    with pytest.raises(OutputTruncatedError, match="truncated") as caught:
        parse_structured(both.call("analyze", video_id="v", prompt="p", response_format=schema, max_tokens=8))
    assert caught.value.partial == cut["data"]
    assert caught.value.warning == cut["error"]["message"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("schema", "mentions"),
    [
        ({"type": "object", "additionalProperties": False}, "additionalProperties"),
        ({"type": "string", "minLength": 2}, "minLength"),
        ({"type": "array", "items": {"type": "string"}, "maxItems": 3}, "maxItems"),
        ({"type": "array", "items": {"type": "string"}, "minItems": 2}, "minItems"),
        ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, "oneOf"),
    ],
)
def test_unsupported_json_schema_keywords_are_refused_before_any_request(
    mode: str, schema: dict[str, Any], mentions: str
) -> None:
    script = Script(httpx.Response(200, json={"id": "a", "data": "{}", "finish_reason": "stop"}))
    with pytest.raises(ValueError, match=mentions):
        Both(mode, script).call("analyze", video_id="v", prompt="p", response_format=schema)
    assert script.requests == []


def test_parse_structured_reads_a_finished_stream(mode: str) -> None:
    body = ndjson(
        START,
        {"event_type": "text_generation", "text": '{"a": '},
        {"event_type": "text_generation", "text": "[1]}"},
        END,
    )
    stream, _ = Both(mode, Script(stream_answer([body]))).collect(open_stream)
    assert parse_structured(stream) == {"a": [1]}
