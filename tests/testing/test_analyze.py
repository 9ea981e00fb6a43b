"""``/analyze``: one JSON answer or an NDJSON stream, text that follows the prompt, JSON that follows
the schema, truncation at ``max_tokens``, and the API's answers to bad input and missing videos."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from twelvelabs_analyze.testing import FakeResponse, FakeTwelveLabs, load_spec
from twelvelabs_analyze.testing._analyze import LENGTH_WARNING
from twelvelabs_analyze.testing._video import MAX_DURATION_S
from twelvelabs_analyze.testing._words import count_tokens

from .conftest import body_of, header, post

ANALYZE = "/v1.3/analyze"
SPEC = load_spec()
OPERATION = SPEC.operations[("POST", ANALYZE)]
RESULT_200 = OPERATION.response_validators[200]
EVENT_200 = OPERATION.stream_validators[200]
ERROR_400 = OPERATION.response_validators[400]
ERROR_404 = OPERATION.response_validators[404]
VIDEO_IDS = [f"video-{n}" for n in range(25)]
RATE_HEADERS = ("X-Ratelimit-Limit", "X-Ratelimit-Remaining", "X-Ratelimit-Used", "X-Ratelimit-Reset")


def answer(fake: FakeTwelveLabs, body: dict[str, Any]) -> dict[str, Any]:
    response = post(fake, ANALYZE, {**body, "stream": False})
    assert response.status == 200, response.body
    assert header(response, "Content-Type") == "application/json"
    result: dict[str, Any] = body_of(response)
    RESULT_200.validate(result)
    return result


def events(response: FakeResponse) -> list[dict[str, Any]]:
    assert response.status == 200, response.body
    assert header(response, "Content-Type") == "application/x-ndjson"
    assert response.body.endswith(b"\n")
    parsed = [json.loads(line) for line in response.body.splitlines()]
    for event in parsed:
        EVENT_200.validate(event)
    return parsed


def stream(fake: FakeTwelveLabs, body: dict[str, Any]) -> list[dict[str, Any]]:
    return events(post(fake, ANALYZE, body))


def text_of(stream_events: list[dict[str, Any]]) -> str:
    return "".join(e["text"] for e in stream_events if e["event_type"] == "text_generation")


# --- one answer, or a stream of the same answer --------------------------------------------


def test_stream_is_the_default_and_carries_the_same_answer(fake: FakeTwelveLabs) -> None:
    request = {"video_id": "v1", "prompt": "What happens in this video?"}
    streamed = stream(fake, request)  # no "stream" key: the API streams
    assert stream(fake, {**request, "stream": True}) == streamed
    single = answer(fake, request)
    start, *texts, end = streamed
    assert start == {"event_type": "stream_start", "metadata": {"generation_id": single["id"]}}
    assert all(e["event_type"] == "text_generation" for e in texts) and len(texts) > 5
    assert text_of(streamed) == single["data"]
    assert end == {
        "event_type": "stream_end",
        "finish_reason": "stop",
        "metadata": {"generation_id": single["id"], "usage": single["usage"]},
    }
    assert single["finish_reason"] == "stop" and "error" not in single
    assert single["usage"]["output_tokens"] == count_tokens(single["data"])
    assert single["usage"]["input_tokens"] > count_tokens(request["prompt"])


def test_text_events_split_the_answer_anywhere(fake: FakeTwelveLabs) -> None:
    texts = [e["text"] for e in stream(fake, {"video_id": "v1", "prompt": "detailed"})[1:-1]]
    mid_word = [a for a, b in itertools.pairwise(texts) if a[-1:].isalnum() and b[:1].isalnum()]
    assert mid_word, "fragments should end inside words, as the API's do"
    assert min(map(len, texts)) >= 1 and max(map(len, texts)) <= 16


def test_streamed_chunks_cut_lines_and_utf8_characters(fake: FakeTwelveLabs) -> None:
    response = post(fake, ANALYZE, {"video_id": "v1", "prompt": "Give the chapters"})
    assert response.parts is not None and all(isinstance(p, bytes) for p in response.parts)
    chunks = [p for p in response.parts if isinstance(p, bytes)]
    assert b"".join(chunks) == response.body and len(chunks) > 3
    assert any(not chunk.endswith(b"\n") for chunk in chunks[:-1]), "no chunk ends inside a line"
    # A chunk that ends in the middle of a multi-byte character: the next starts with a continuation byte.
    assert any(0x80 <= nxt[0] < 0xC0 for nxt in chunks[1:]), "no chunk boundary inside a UTF-8 character"
    with pytest.raises(UnicodeDecodeError):
        for chunk in chunks:
            chunk.decode()
    assert response.body.decode()  # the body as a whole is valid UTF-8


def test_the_same_request_is_cut_the_same_way(fake: FakeTwelveLabs) -> None:
    request = {"video_id": "v1", "prompt": "summary"}
    assert post(fake, ANALYZE, request).parts == post(FakeTwelveLabs(), ANALYZE, request).parts


def test_a_long_answer_streams_thousands_of_events(fake: FakeTwelveLabs) -> None:
    streamed = stream(fake, {"video_id": "v1", "prompt": "Describe it in 4000 words", "max_tokens": 4096})
    assert len(streamed) > 2000
    assert streamed[-1]["metadata"]["usage"]["output_tokens"] == 4096
    assert streamed[-1]["finish_reason"] == "length"


# --- what the text says -------------------------------------------------------------------


def test_answers_are_deterministic_and_follow_the_request(fake: FakeTwelveLabs) -> None:
    request = {"video_id": "v1", "prompt": "Summarize the video"}
    first = answer(fake, request)
    assert answer(FakeTwelveLabs(), dict(reversed(list(request.items())))) == first
    assert answer(fake, {**request, "video_id": "v2"})["data"] != first["data"]
    assert answer(fake, {**request, "prompt": "Summarize it for kids"})["data"] != first["data"]
    assert answer(fake, {**request, "temperature": 0.9})["data"] != first["data"]


def test_the_prompt_shapes_the_text(fake: FakeTwelveLabs) -> None:
    data = answer(fake, {"video_id": "v1", "prompt": "Give me a title, then hashtags, then the chapters"})[
        "data"
    ]
    title_at, hashtags_at = data.index("Title: "), data.index("#")
    chapter_lines = [line for line in data.splitlines() if "–" in line and line[:2].isdigit()]
    assert title_at < hashtags_at < data.index(chapter_lines[0])
    assert len(chapter_lines) >= 3
    assert "“Give me a title, then hashtags, then the chapters”" in data
    short = answer(fake, {"video_id": "v1", "prompt": "A short summary"})["data"]
    detailed = answer(fake, {"video_id": "v1", "prompt": "A detailed summary"})["data"]
    assert short.count(".") < detailed.count(".")
    words = answer(fake, {"video_id": "v1", "prompt": "Summarize in 300 words"})["data"]
    assert 300 <= len(words.split()) < 340


def test_max_tokens_cuts_the_answer_with_the_documented_warning(fake: FakeTwelveLabs) -> None:
    request = {"video_id": "v1", "prompt": "A detailed summary"}
    full = answer(fake, request)
    cut = answer(fake, {**request, "max_tokens": 12})
    assert full["data"].startswith(cut["data"]) and cut["data"] != full["data"]
    assert cut["usage"]["output_tokens"] == count_tokens(cut["data"]) == 12
    assert cut["finish_reason"] == "length"
    assert cut["error"] == {"message": LENGTH_WARNING}
    assert cut["id"] == full["id"]  # the same generation, only cut shorter
    end = stream(fake, {**request, "max_tokens": 12})[-1]
    assert (end["finish_reason"], end["error"], end["metadata"]["usage"]["output_tokens"]) == (
        "length",
        {"message": LENGTH_WARNING},
        12,
    )
    enough = answer(fake, {**request, "max_tokens": full["usage"]["output_tokens"]})
    assert (enough["finish_reason"], enough["data"]) == ("stop", full["data"])


# --- structured answers -------------------------------------------------------------------

CHAPTERS = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "chapters": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "start_sec": {"type": "number"},
                    "end_sec": {"type": "number"},
                    "title": {"type": "string"},
                    "summary": {"type": "string"},
                },
                "required": ["start_sec", "end_sec", "title", "summary"],
            },
        },
        "highlights": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "start": {"type": "integer"},
                    "end": {"type": "integer"},
                    "label": {"type": "string"},
                },
                "required": ["start", "end", "label"],
            },
        },
        "hashtags": {"type": "array", "items": {"type": "string"}},
        "rating": {"type": "integer", "minimum": 1, "maximum": 5},
    },
    "required": ["title", "chapters", "highlights", "hashtags", "rating"],
}


def structured(fake: FakeTwelveLabs, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    video = {"video": extra.pop("video")} if "video" in extra else {"video_id": extra.pop("video_id", "v1")}
    body = {**video, "prompt": "Structure it", **extra}
    return answer(fake, {**body, "response_format": {"type": "json_schema", "json_schema": schema}})


def assert_intervals(items: list[dict[str, Any]], start: str, end: str, *, contiguous: bool) -> None:
    assert len(items) >= 3
    previous_end = 0.0
    for item in items:
        assert previous_end <= item[start] < item[end] <= MAX_DURATION_S
        previous_end = item[end]
    if contiguous:
        assert all(round(a[end]) == round(b[start]) for a, b in itertools.pairwise(items))


def test_structured_answers_are_valid_and_read_like_chapters(fake: FakeTwelveLabs) -> None:
    for video_id in VIDEO_IDS:
        result = structured(fake, CHAPTERS, video_id=video_id)
        data = json.loads(result["data"])
        Draft202012Validator(CHAPTERS).validate(data)
        assert_intervals(data["chapters"], "start_sec", "end_sec", contiguous=True)
        assert_intervals(data["highlights"], "start", "end", contiguous=False)
        assert all(isinstance(h["start"], int) for h in data["highlights"])
        titles = [c["title"] for c in data["chapters"]]
        assert len(set(titles)) == len(titles) and all(t.istitle() for t in titles)
        assert all(c["summary"].endswith(".") for c in data["chapters"])
        assert data["title"] != titles[0]  # the video's title, not a chapter's


def test_timestamp_types_become_seconds_or_clock_text(fake: FakeTwelveLabs) -> None:
    schema = {
        "type": "object",
        "properties": {
            "moments": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "start_time": {"type": "timestamp", "format": "hh:mm:ss"},
                        "end_time": {"type": "timestamp", "format": "hh:mm:ss.fff"},
                    },
                },
            },
            "peak": {"type": "timestamp", "format": "seconds"},
        },
        "required": ["moments", "peak"],
    }
    data = json.loads(
        structured(fake, schema, model_name="pegasus1.5", video={"type": "asset_id", "asset_id": "a1"})[
            "data"
        ]
    )
    assert isinstance(data["peak"], float | int) and data["peak"] >= 0
    for moment in data["moments"]:
        assert len(moment["start_time"]) == 8 and moment["start_time"][2] == ":"
        assert len(moment["end_time"]) == 12 and moment["end_time"][8] == "."
        assert moment["start_time"] < moment["end_time"]


def test_structured_answers_honour_pattern_format_enum_and_refs(fake: FakeTwelveLabs) -> None:
    schema = {
        "type": "object",
        "properties": {
            "code": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}$"},
            "id": {"type": "string", "format": "uuid"},
            "when": {"type": "string", "format": "date-time"},
            "mood": {"enum": ["calm", "tense"]},
            "kind": {"const": "video"},
            "note": {"anyOf": [{"type": "null"}, {"type": "string"}]},
            "people": {"type": "array", "items": {"$ref": "#/$defs/person"}, "minItems": 1},
        },
        "required": ["code", "id", "when", "mood", "kind", "note", "people"],
        "$defs": {
            "person": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
        },
    }
    for video_id in VIDEO_IDS[:10]:
        data = json.loads(structured(fake, schema, video_id=video_id)["data"])
        Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(data)
        assert isinstance(data["note"], str)


def test_structured_answers_cut_by_max_tokens_are_truncated_json(fake: FakeTwelveLabs) -> None:
    result = structured(fake, CHAPTERS, max_tokens=20)
    assert (result["finish_reason"], result["usage"]["output_tokens"]) == ("length", 20)
    with pytest.raises(json.JSONDecodeError):
        json.loads(result["data"])


# --- bad input, missing videos, headers -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        ({"prompt": "p"}, "parameter_invalid", "exactly one of video_id, video and image is required."),
        (
            {"video_id": "v", "video": {"type": "asset_id", "asset_id": "a"}, "prompt": "p"},
            "parameter_invalid",
            "exactly one of video_id, video and image is required.",
        ),
        (
            {"video_id": "v", "prompt": "p", "max_tokens": 1},
            "parameter_invalid",
            "max_tokens must be between 2 and 4096 with model_name 'pegasus1.2' (the default with video_id).",
        ),
        (
            {"model_name": "pegasus1.5", "video": {"type": "asset_id", "asset_id": "a"}, "max_tokens": 100},
            "parameter_invalid",
            "max_tokens must be between 512 and 98304 with model_name 'pegasus1.5' (the default) or 'pegasus1.6'.",
        ),
        (
            {"video_id": "v", "prompt": "word " * 2001},
            "parameter_invalid",
            "prompt must be at most 2,000 tokens with model_name 'pegasus1.2' (the default with video_id).",
        ),
        (
            {
                "video_id": "v",
                "prompt": "p",
                "response_format": {"type": "json_schema", "json_schema": {"type": "string", "minLength": 2}},
            },
            "parameter_invalid",
            "minLength is not supported in response_format.json_schema (strings take pattern and format).",
        ),
        ({"video_id": "v", "prompt": "p", "stream": "yes"}, "parameter_invalid", None),
        ({"video_id": "v", "prompt": "p", "language": "en"}, "parameter_unknown", None),
    ],
)
def test_bad_input_is_a_documented_400(
    fake: FakeTwelveLabs, body: dict[str, Any], code: str, message: str | None
) -> None:
    response = post(fake, ANALYZE, body)
    assert response.status == 400, response.body
    error = body_of(response)
    ERROR_400.validate(error)
    assert error["code"] == code
    if message is not None:
        assert error["message"] == message


def test_prompt_token_limit_counts_tokens_not_characters(fake: FakeTwelveLabs) -> None:
    # 2,000 tokens of long words pass; one token more does not.
    assert (
        post(fake, ANALYZE, {"video_id": "v", "prompt": " ".join(["extraordinarily"] * 2000)}).status == 200
    )
    assert (
        post(fake, ANALYZE, {"video_id": "v", "prompt": " ".join(["extraordinarily"] * 2000) + "!"}).status
        == 400
    )


@pytest.mark.parametrize(
    ("video", "registered"),
    [
        ({"video_id": "missing-video"}, None),
        ({"video_id": "gone"}, "gone"),
        ({"model_name": "pegasus1.5", "video": {"type": "asset_id", "asset_id": "missing-asset"}}, None),
        (
            {
                "model_name": "pegasus1.5",
                "video": {"type": "url", "url": "https://x.test/v/missing-clip.mp4?s=1"},
            },
            None,
        ),
        (
            {"model_name": "pegasus1.5", "video": {"type": "url", "url": "https://x.test/a.mp4"}},
            "https://x.test/a.mp4",
        ),
    ],
)
def test_missing_videos_are_resource_not_exist(
    fake: FakeTwelveLabs, video: dict[str, Any], registered: str | None
) -> None:
    if registered is not None:
        assert post(fake, ANALYZE, {**video, "prompt": "p", "stream": False}).status == 200
        fake.add_missing_video(registered)
    for stream_flag in (True, False):
        response = post(fake, ANALYZE, {**video, "prompt": "p", "stream": stream_flag})
        assert response.status == 404
        error = body_of(response)
        ERROR_404.validate(error)
        assert error["code"] == "resource_not_exist"
        identity = video.get("video_id") or video["video"].get("asset_id") or video["video"]["url"]
        assert identity in error["message"]  # names the video: not mistaken for a missing route
    assert (
        post(fake, ANALYZE, {"video_id": "missing", "prompt": "p"}).status == 200
    )  # the prefix has its dash


def test_every_answer_carries_the_rate_limit_headers(fake: FakeTwelveLabs) -> None:
    answers = [
        post(fake, ANALYZE, {"video_id": "v", "prompt": "p"}),
        post(fake, ANALYZE, {"video_id": "v", "prompt": "p", "stream": False}),
        post(fake, ANALYZE, {"prompt": "p"}),
        post(fake, ANALYZE, {"video_id": "missing-v", "prompt": "p"}),
    ]
    assert [a.status for a in answers] == [200, 200, 400, 404]
    for response in answers:
        assert all(header(response, name) is not None for name in RATE_HEADERS)
    assert [header(a, "X-Ratelimit-Used") for a in answers] == ["1", "2", "3", "4"]


def test_start_and_end_that_are_not_times_are_left_alone(fake: FakeTwelveLabs) -> None:
    schema = {
        "type": "object",
        "properties": {
            "flags": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"start": {"type": "boolean"}, "end": {"enum": ["soon", "late"]}},
                    "required": ["start", "end"],
                },
            }
        },
        "required": ["flags"],
    }
    data = json.loads(structured(fake, schema)["data"])
    Draft202012Validator(schema).validate(data)
