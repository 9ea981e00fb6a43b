"""gist()/summarize() after the sunset: the route switch, and the answers served through /analyze.

Every test runs sync and async (the ``make_runner`` fixture) against respx.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import httpx
import pytest
import respx

from twelvelabs_analyze import (
    APIResponseValidationError,
    AsyncTwelveLabs,
    ChapterResult,
    GistResult,
    HighlightResult,
    NotFoundError,
    OutputTruncatedError,
    SummaryResult,
    parse_structured_summary,
)
from twelvelabs_analyze._async._routes import endpoint_gone
from twelvelabs_analyze._emulation import plan_emulation, restricted_schema
from twelvelabs_analyze._exceptions import APIStatusError
from twelvelabs_analyze._spec import compile_schema, spec_document
from twelvelabs_analyze_api.resources import OPERATIONS

from .conftest import API_KEY, BASE_URL

VIDEO = "6298d673f1090f1100476d4c"
GONE = {"code": "not_found", "message": "No endpoint at /v1.3/summarize."}
VIDEO_MISSING = {"code": "resource_not_exist", "message": f"The video {VIDEO} does not exist."}
CHAPTERS = {
    "chapters": [
        {"start_sec": 0.0, "end_sec": 30.4, "chapter_title": "Intro", "chapter_summary": "It starts."},
        {"start_sec": 30.4, "end_sec": 61.6, "chapter_title": "Walk", "chapter_summary": "They walk."},
    ]
}


def analyze_answer(data: Any, *, finish_reason: str = "stop", warning: str | None = None) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "id": "gen-1",
        "data": data if isinstance(data, str) else json.dumps(data),
        "finish_reason": finish_reason,
        "usage": {"output_tokens": 42, "input_tokens": 7},
    }
    if warning:
        answer["error"] = {"message": warning}
    return answer


def sent(route: respx.Route, index: int = -1) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(route.calls[index].request.content)
    return body


# --------------------------------------------------------------------------- the route


def test_auto_switches_once_the_endpoint_is_gone_and_stays_switched(make_runner: Any) -> None:
    run = make_runner()
    with respx.mock(assert_all_called=False) as mock:
        legacy = mock.post(f"{BASE_URL}/summarize").respond(404, json=GONE)
        analyze = mock.post(f"{BASE_URL}/analyze").respond(200, json=analyze_answer(CHAPTERS))
        first = run("summarize", VIDEO, type="chapter")
        second = run("summarize", VIDEO, type="chapter")
        copied = run.client.with_options(timeout=5)
        third = copied.summarize(VIDEO, type="chapter")
        if run.mode == "async":
            third = asyncio.run(third)
    assert legacy.call_count == 1, "at most one wasted request per client"
    assert analyze.call_count == 3
    for result in (first, second, third):
        assert isinstance(result, ChapterResult)
    assert sent(analyze)["stream"] is False
    assert sent(analyze)["video_id"] == VIDEO


@pytest.mark.parametrize("status", [404, 410])
def test_gone_answers_switch(make_runner: Any, status: int) -> None:
    run = make_runner()
    with respx.mock(assert_all_called=False) as mock:
        mock.post(f"{BASE_URL}/gist").respond(status, json=GONE if status == 404 else None)
        mock.post(f"{BASE_URL}/analyze").respond(200, json=analyze_answer({"title": "A walk"}))
        raw = run("gist", VIDEO, types=["title"], raw=True)
    assert raw.endpoint == "POST /analyze"
    assert raw.parsed.title == "A walk"


def test_the_call_keeps_one_retry_budget_across_the_switch(make_runner: Any, sleeps: list[float]) -> None:
    """503 from /gist (a retry), 404 (gone: moved to /analyze, not a retry), 503 from /analyze:
    ``max_retries=1`` is spent, so the call ends there with every attempt counted."""
    run = make_runner(max_retries=1)
    with respx.mock(assert_all_called=False) as mock:
        legacy = mock.post(f"{BASE_URL}/gist")
        legacy.side_effect = [
            httpx.Response(503, json={"code": "busy", "message": "busy"}),
            httpx.Response(404, json=GONE),
        ]
        analyze = mock.post(f"{BASE_URL}/analyze").respond(503, json={"code": "busy", "message": "busy"})
        with pytest.raises(APIStatusError) as caught:
            run("gist", VIDEO, types=["title"])
    assert (legacy.call_count, analyze.call_count) == (2, 1)
    assert len(sleeps) == 1
    assert caught.value.status_code == 503 and caught.value.attempts == 3


def test_the_switch_itself_is_not_a_retry(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner(max_retries=0)
    with respx.mock(assert_all_called=False) as mock:
        mock.post(f"{BASE_URL}/gist").respond(404, json=GONE)
        mock.post(f"{BASE_URL}/analyze").respond(200, json=analyze_answer({"title": "A walk"}))
        raw = run("gist", VIDEO, types=["title"], raw=True)
    assert raw.parsed.title == "A walk" and raw.attempts == 2 and sleeps == []


def test_a_missing_video_is_never_taken_for_a_gone_endpoint(make_runner: Any) -> None:
    run = make_runner()
    with respx.mock(assert_all_called=False) as mock:
        legacy = mock.post(f"{BASE_URL}/summarize").respond(404, json=VIDEO_MISSING)
        analyze = mock.post(f"{BASE_URL}/analyze")
        with pytest.raises(NotFoundError, match="resource_not_exist"):
            run("summarize", VIDEO, type="summary")
        with pytest.raises(NotFoundError):
            run("summarize", VIDEO, type="summary")
    assert legacy.call_count == 2
    assert analyze.call_count == 0


@pytest.mark.parametrize(
    ("status", "body", "gone"),
    [
        (410, None, True),
        (404, GONE, True),
        (404, {"code": "endpoint_not_found", "message": "Removed."}, True),
        (404, "<html>Not Found</html>", True),
        (404, None, True),
        (404, VIDEO_MISSING, False),
        (404, {"code": "video_not_found", "message": "no such video"}, False),
        (404, {"code": "index_not_exist", "message": "no such index"}, False),
        (404, {"message": f"Video {VIDEO} was not found."}, False),
        (400, GONE, False),
        (500, None, False),
    ],
)
def test_endpoint_gone_rule(status: int, body: Any, gone: bool) -> None:
    content = json.dumps(body).encode() if isinstance(body, dict) else (body or "").encode()
    response = httpx.Response(status, content=content, request=httpx.Request("POST", f"{BASE_URL}/gist"))
    from twelvelabs_analyze._error_mapping import error_from_response

    error = error_from_response(response, None)
    assert isinstance(error, APIStatusError)
    assert endpoint_gone(error, VIDEO) is gone


def test_legacy_endpoints_false_goes_straight_to_analyze(make_runner: Any) -> None:
    run = make_runner(legacy_endpoints=False)
    with respx.mock(assert_all_called=False) as mock:
        legacy = mock.post(f"{BASE_URL}/gist")
        mock.post(f"{BASE_URL}/analyze").respond(200, json=analyze_answer({"title": "T", "topics": ["a"]}))
        result = run("gist", VIDEO, types=["title", "topic"])
    assert legacy.call_count == 0
    assert isinstance(result, GistResult)
    assert (result.title, result.topics) == ("T", ["a"])


def test_legacy_endpoints_true_never_switches(make_runner: Any) -> None:
    run = make_runner(legacy_endpoints=True)
    with respx.mock(assert_all_called=False) as mock:
        mock.post(f"{BASE_URL}/gist").respond(404, json=GONE)
        analyze = mock.post(f"{BASE_URL}/analyze")
        with pytest.raises(NotFoundError):
            run("gist", VIDEO)
    assert analyze.call_count == 0


def test_concurrent_first_calls_waste_one_request() -> None:
    async def scenario() -> tuple[int, int, list[Any]]:
        async with AsyncTwelveLabs(api_key=API_KEY, base_url=BASE_URL) as client:
            with respx.mock(assert_all_called=False) as mock:

                async def slow_gone(request: httpx.Request) -> httpx.Response:
                    await asyncio.sleep(0.05)
                    return httpx.Response(404, json=GONE)

                legacy = mock.post(f"{BASE_URL}/summarize").mock(side_effect=slow_gone)
                analyze = mock.post(f"{BASE_URL}/analyze").respond(200, json=analyze_answer(CHAPTERS))
                results = await asyncio.gather(*(client.summarize(VIDEO, type="chapter") for _ in range(8)))
                return legacy.call_count, analyze.call_count, list(results)

    legacy_calls, analyze_calls, results = asyncio.run(scenario())
    assert legacy_calls == 1
    assert analyze_calls == 8
    assert all(isinstance(r, ChapterResult) for r in results)


def test_the_route_is_logged(make_runner: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="twelvelabs_analyze")
    run = make_runner()
    with respx.mock(assert_all_called=False) as mock:
        mock.post(f"{BASE_URL}/gist").respond(404, json=GONE)
        mock.post(f"{BASE_URL}/analyze").respond(200, json=analyze_answer({"title": "T"}))
        run("gist", VIDEO, types=["title"])
    text = caplog.text
    assert "endpoint is gone" in text
    assert "gist served through POST /analyze" in text
    assert API_KEY not in text


# --------------------------------------------------------------------------- what is asked


def meta_check() -> Any:
    return compile_schema({"$ref": "#/components/schemas/SyncResponseFormatJsonSchema"})


LEGACY_CALLS = [
    ("gist", {"video_id": VIDEO, "types": ["title"]}),
    ("gist", {"video_id": VIDEO, "types": ["title", "topic", "hashtag"]}),
    ("gist", {"video_id": VIDEO, "types": ["hashtag"]}),
    ("summarize", {"video_id": VIDEO, "type": "summary"}),
    ("summarize", {"video_id": VIDEO, "type": "chapter"}),
    ("summarize", {"video_id": VIDEO, "type": "highlight"}),
    (
        "summarize",
        {
            "video_id": VIDEO,
            "type": "summary",
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "type": "object",
                    "properties": {"tags": {"type": "array", "items": {"type": "string"}}},
                },
            },
        },
    ),
]


@pytest.mark.parametrize(("name", "arguments"), LEGACY_CALLS)
def test_derived_schemas_obey_the_published_restrictions(name: str, arguments: dict[str, Any]) -> None:
    plan = plan_emulation(OPERATIONS[name], arguments)
    meta_check()(plan.schema, "response_format.json_schema")  # raises on any unsupported keyword
    # …and the whole /analyze request they make is one the spec's checker accepts.
    compile_schema({"$ref": "#/components/schemas/AnalyzeRequest"})(
        {**plan.analyze_arguments, "video_id": VIDEO, "stream": False}, ""
    )


def test_derived_schema_follows_the_legacy_result_schema() -> None:
    plan = plan_emulation(OPERATIONS["summarize"], {"video_id": VIDEO, "type": "chapter"})
    chapter = plan.schema["properties"]["chapters"]["items"]
    assert set(chapter["properties"]) == {"start_sec", "end_sec", "chapter_title", "chapter_summary"}
    assert chapter["required"] == list(chapter["properties"])
    assert set(plan.schema["properties"]) == {"chapters"}  # id, usage, summarize_type are the server's
    gist = plan_emulation(OPERATIONS["gist"], {"video_id": VIDEO, "types": ["topic", "hashtag"]})
    assert set(gist.schema["properties"]) == {"topics", "hashtags"}
    assert "topics" in gist.analyze_arguments["prompt"] and "hashtags" in gist.analyze_arguments["prompt"]


def test_a_new_field_in_the_legacy_schema_is_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    document = json.loads(json.dumps(spec_document()))
    document["components"]["schemas"]["Chapter"]["properties"]["mood"] = {"type": "string"}
    monkeypatch.setattr("twelvelabs_analyze._emulation.spec_document", lambda: document)
    plan = plan_emulation(OPERATIONS["summarize"], {"video_id": VIDEO, "type": "chapter"})
    assert "mood" in plan.schema["properties"]["chapters"]["items"]["properties"]


def test_restricted_schema_removes_what_analyze_rejects() -> None:
    schema = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "n": {"type": "number", "format": "double", "minimum": 0},
            "s": {"type": "string", "minLength": 1, "format": "uuid"},
            "a": {
                "type": "array",
                "items": {"type": "string"},
                "maxItems": 3,
                "minItems": 2,
                "uniqueItems": True,
            },
        },
    }
    out = restricted_schema(schema, spec_document())
    assert out == {
        "type": "object",
        "properties": {
            "n": {"type": "number"},
            "s": {"type": "string", "format": "uuid"},
            "a": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        },
        "required": ["n", "s", "a"],
    }
    meta_check()(out, "schema")


def test_the_request_sent_to_analyze(make_runner: Any) -> None:
    run = make_runner(legacy_endpoints=False)
    with respx.mock(assert_all_called=False) as mock:
        route = mock.post(f"{BASE_URL}/analyze").respond(200, json=analyze_answer(CHAPTERS))
        run("summarize", VIDEO, type="chapter", prompt="for kids", temperature=0.3, max_tokens=900)
    body = sent(route)
    assert body["video_id"] == VIDEO
    assert body["temperature"] == 0.3 and body["max_tokens"] == 900
    assert "chapters" in body["prompt"] and body["prompt"].endswith("Take this into account: for kids")
    assert body["response_format"]["type"] == "json_schema"
    assert "chapters" in body["response_format"]["json_schema"]["properties"]


# --------------------------------------------------------------------------- what comes back


def test_chapters_from_analyze_get_the_legacy_fields(make_runner: Any) -> None:
    run = make_runner(legacy_endpoints=False)
    with respx.mock(assert_all_called=False) as mock:
        mock.post(f"{BASE_URL}/analyze").respond(200, json=analyze_answer(CHAPTERS))
        result = run("summarize", VIDEO, type="chapter")
    assert isinstance(result, ChapterResult)
    assert result.summarize_type == "chapter"
    assert result.id == "gen-1"
    assert result.usage.output_tokens == 42
    first, second = result.chapters
    assert (first.chapter_number, first.start, first.end) == (0, 0, 30)
    assert (second.chapter_number, second.start, second.end) == (1, 30, 62)
    assert second.chapter_title == "Walk"


def test_highlights_get_no_chapter_numbers(make_runner: Any) -> None:
    run = make_runner(legacy_endpoints=False)
    highlights = {
        "highlights": [
            {"start_sec": 3.2, "end_sec": 9.7, "highlight": "Jump", "highlight_summary": "A jump."}
        ]
    }
    with respx.mock(assert_all_called=False) as mock:
        mock.post(f"{BASE_URL}/analyze").respond(200, json=analyze_answer(highlights))
        result = run("summarize", VIDEO, type="highlight")
    assert isinstance(result, HighlightResult)
    (only,) = result.highlights
    assert (only.start, only.end) == (3, 10)
    assert "chapter_number" not in only.to_dict()


def test_structured_summaries_parse_on_both_routes(make_runner: Any) -> None:
    schema = {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}}}}
    run = make_runner()
    with respx.mock(assert_all_called=False) as mock:
        mock.post(f"{BASE_URL}/summarize").respond(
            200, json={"summarize_type": "summary", "id": "s", "summary": '{"tags": ["a"]}'}
        )
        legacy = run("summarize", VIDEO, type="summary", response_format=schema)
    run = make_runner(legacy_endpoints=False)
    with respx.mock(assert_all_called=False) as mock:
        route = mock.post(f"{BASE_URL}/analyze").respond(
            200, json=analyze_answer({"summary": {"tags": ["a"]}})
        )
        emulated = run("summarize", VIDEO, type="summary", response_format=schema)
    assert isinstance(legacy, SummaryResult) and isinstance(emulated, SummaryResult)
    assert parse_structured_summary(legacy) == parse_structured_summary(emulated) == {"tags": ["a"]}
    assert sent(route)["response_format"]["json_schema"]["properties"]["summary"] == schema


def test_truncated_answers_raise_with_the_partial_text(make_runner: Any) -> None:
    run = make_runner(legacy_endpoints=False)
    partial = '{"chapters": [{"start_sec": 0, "end_sec": 3'
    warning = "output truncated: the generation reached the configured max_tokens."
    with respx.mock(assert_all_called=False) as mock:
        mock.post(f"{BASE_URL}/analyze").respond(
            200, json=analyze_answer(partial, finish_reason="length", warning=warning)
        )
        with pytest.raises(OutputTruncatedError) as caught:
            run("summarize", VIDEO, type="chapter", max_tokens=20)
    assert caught.value.partial == partial
    assert caught.value.warning == warning
    assert "max_tokens" in str(caught.value)
    assert caught.value.attempts == 1


@pytest.mark.parametrize(
    ("data", "mentions"),
    [
        (
            {"chapters": [{"start_sec": 40, "end_sec": 10, "chapter_title": "x", "chapter_summary": "y"}]},
            "goes from 40",
        ),
        (
            {"chapters": [{"start_sec": -1, "end_sec": 10, "chapter_title": "x", "chapter_summary": "y"}]},
            "goes from -1",
        ),
        (
            {"chapters": [{"start_sec": "0", "end_sec": 10, "chapter_title": "x", "chapter_summary": "y"}]},
            "start_sec",
        ),
        (
            {"chapters": [{"end_sec": 10, "chapter_title": "x", "chapter_summary": "y"}]},
            "start_sec is required",
        ),
        ({"chapters": "none"}, "chapters must be"),
        ("not json at all", "not the JSON object"),
        (["a", "list"], "not the JSON object"),
    ],
)
def test_answers_that_break_the_legacy_schema_are_errors(make_runner: Any, data: Any, mentions: str) -> None:
    run = make_runner(legacy_endpoints=False)
    with respx.mock(assert_all_called=False) as mock:
        mock.post(f"{BASE_URL}/analyze").respond(200, json=analyze_answer(data))
        with pytest.raises(APIResponseValidationError, match=mentions) as caught:
            run("summarize", VIDEO, type="chapter")
    assert not isinstance(caught.value, OutputTruncatedError)


def test_raw_responses_say_which_endpoint_answered(make_runner: Any) -> None:
    run = make_runner()
    with respx.mock(assert_all_called=False) as mock:
        mock.post(f"{BASE_URL}/summarize").respond(200, json={"summarize_type": "summary", "summary": "s"})
        raw = run("summarize", VIDEO, type="summary", raw=True)
    assert raw.endpoint == "POST /summarize"
    assert isinstance(raw.parsed, SummaryResult)
