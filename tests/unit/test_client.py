"""The client against respx: status mapping, retries, validation, parsing, secrets, options."""

from __future__ import annotations

import json
import logging
import re
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
import respx

from twelvelabs_analyze import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ChapterResult,
    ConflictError,
    GistResult,
    HighlightResult,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    OutputTruncatedError,
    PermissionDeniedError,
    RateLimitError,
    SummaryResult,
    TwelveLabs,
    TwelveLabsError,
    parse_structured_summary,
)
from twelvelabs_analyze._operation import Variants
from twelvelabs_analyze._spec import enum_values
from twelvelabs_analyze_api.resources import OPERATIONS

from .conftest import API_KEY, BASE_URL

GIST_BODY = {
    "id": "g1",
    "title": "A walk",
    "topics": ["walking"],
    "hashtags": ["#walk"],
    "usage": {"output_tokens": 9},
}
CHAPTERS_BODY = {
    "summarize_type": "chapter",
    "id": "s1",
    "chapters": [
        {
            "chapter_number": 0,
            "start": 0,
            "end": 30,
            "start_sec": 0.0,
            "end_sec": 30.5,
            "chapter_title": "Intro",
        },
        {
            "chapter_number": 1,
            "start": 31,
            "end": 60,
            "start_sec": 31.0,
            "end_sec": 60.0,
            "chapter_title": "Walk",
        },
    ],
    "usage": {"output_tokens": 20},
}
ERROR_BODY = {
    "code": "parameter_invalid",
    "message": "The video_id parameter is invalid.",
    "docs_url": "https://d/x",
}
HTML_BODY = "<html><body><h1>502 Bad Gateway</h1></body></html>"


def gist_route(mock: respx.MockRouter) -> respx.Route:
    return mock.post(f"{BASE_URL}/gist")


def summarize_route(mock: respx.MockRouter) -> respx.Route:
    return mock.post(f"{BASE_URL}/summarize")


# --------------------------------------------------------------------------- success


def test_gist_sends_the_documented_request_and_parses(make_runner: Any) -> None:
    run = make_runner()
    with respx.mock() as mock:
        route = gist_route(mock).respond(200, json=GIST_BODY)
        result = run("gist", "vid-1", types=["title", "hashtag"])
    assert isinstance(result, GistResult)
    assert (result.title, result.topics, result.hashtags, result.usage.output_tokens) == (
        "A walk",
        ["walking"],
        ["#walk"],
        9,
    )
    request = route.calls.last.request
    assert json.loads(request.content) == {"video_id": "vid-1", "types": ["title", "hashtag"]}
    assert request.headers["x-api-key"] == API_KEY
    assert request.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("summarize_type", "body", "model"),
    [
        ("summary", {"summarize_type": "summary", "summary": "text"}, SummaryResult),
        ("chapter", CHAPTERS_BODY, ChapterResult),
        (
            "highlight",
            {"summarize_type": "highlight", "highlights": [{"start": 1, "end": 2, "highlight": "h"}]},
            HighlightResult,
        ),
    ],
)
def test_summarize_returns_the_model_of_the_requested_type(
    make_runner: Any, summarize_type: str, body: dict[str, Any], model: type
) -> None:
    run = make_runner()
    with respx.mock() as mock:
        route = summarize_route(mock).respond(200, json=body)
        result = run(
            "summarize", video_id="v", type=summarize_type, prompt="for kids", temperature=0.5, max_tokens=100
        )
    assert isinstance(result, model)
    assert result.to_dict() == body
    sent = json.loads(route.calls.last.request.content)
    assert sent == {
        "video_id": "v",
        "type": summarize_type,
        "prompt": "for kids",
        "temperature": 0.5,
        "max_tokens": 100,
    }


def test_unknown_fields_are_preserved(make_runner: Any) -> None:
    run = make_runner()
    body = {**CHAPTERS_BODY, "new_top_level": {"x": 1}}
    body["chapters"] = [{**CHAPTERS_BODY["chapters"][0], "confidence": 0.9}]
    with respx.mock() as mock:
        summarize_route(mock).respond(200, json=body)
        result = run("summarize", "v", type="chapter")
    assert result.additional_properties == {"new_top_level": {"x": 1}}
    assert result.chapters[0].additional_properties == {"confidence": 0.9}
    assert result.to_dict() == body


def test_raw_response_exposes_status_headers_and_rate_limit(make_runner: Any) -> None:
    run = make_runner()
    reset = int(time.time()) + 100
    headers = {
        "X-Ratelimit-Limit": "50",
        "X-Ratelimit-Remaining": "49",
        "X-Ratelimit-Used": "1",
        "X-Ratelimit-Reset": str(reset),
    }
    with respx.mock() as mock:
        gist_route(mock).respond(200, json=GIST_BODY, headers=headers)
        raw = run("gist", "v", types=["title"], raw=True)
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-limit"] == "50"
    assert (raw.rate_limit.limit, raw.rate_limit.remaining, raw.rate_limit.used) == (50, 49, 1)
    assert raw.rate_limit.reset_at == datetime.fromtimestamp(reset, tz=UTC)
    assert raw.parsed.title == "A walk"
    assert raw.attempts == 1
    assert raw.elapsed >= 0


def test_summarize_type_must_be_keyword_and_video_id_may_be_keyword(make_runner: Any) -> None:
    run = make_runner()
    with respx.mock() as mock:
        gist_route(mock).respond(200, json=GIST_BODY)
        assert run("gist", video_id="v", types=("title",)).title == "A walk"


# --------------------------------------------------------------------------- status → exception


STATUS_TABLE = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, APIStatusError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
]


@pytest.mark.parametrize(("status", "error_type"), STATUS_TABLE)
@pytest.mark.parametrize("body_kind", ["json", "empty", "html"])
def test_status_maps_to_exception(make_runner: Any, status: int, error_type: type, body_kind: str) -> None:
    # legacy_endpoints=True: the mapping alone (a bare 404 on /gist would otherwise mean "gone").
    run = make_runner(max_retries=0, legacy_endpoints=True)
    response = {
        "json": httpx.Response(status, json=ERROR_BODY),
        "empty": httpx.Response(status),
        "html": httpx.Response(status, text=HTML_BODY, headers={"content-type": "text/html"}),
    }[body_kind]
    with respx.mock() as mock:
        gist_route(mock).mock(return_value=response)
        with pytest.raises(error_type) as caught:
            run("gist", "v", types=["title"])
    error = caught.value
    assert type(error) is error_type
    assert isinstance(error, APIStatusError)
    assert error.status_code == status
    assert error.attempts == 1
    assert error.response.status_code == status
    if body_kind == "json":
        assert (error.code, error.docs_url, error.body) == ("parameter_invalid", "https://d/x", ERROR_BODY)
        assert str(error).startswith(f"{status} parameter_invalid: The video_id parameter is invalid.")
    else:
        assert error.code is None
        assert str(error).startswith(f"{status} ")
        assert "<html>" not in str(error)
    if body_kind == "html":
        assert error.body == HTML_BODY
        assert "HTML error page" in str(error)


def test_error_message_reads_like_the_api(make_runner: Any) -> None:
    run = make_runner()
    with respx.mock() as mock:
        gist_route(mock).respond(400, json=ERROR_BODY)
        with pytest.raises(BadRequestError) as caught:
            run("gist", "v", types=["title"])
    assert str(caught.value) == "400 parameter_invalid: The video_id parameter is invalid."
    assert caught.value.message == "400 parameter_invalid: The video_id parameter is invalid."


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        b'{"summarize_type": "summary"}',
        b'{"summarize_type": "bogus"}',
        b'{"chapters": 5}',
        b"{}",
    ],
)
def test_bad_2xx_bodies_raise_response_validation_error(make_runner: Any, body: bytes) -> None:
    run = make_runner()
    with respx.mock() as mock:
        summarize_route(mock).respond(200, content=body)
        with pytest.raises(APIResponseValidationError) as caught:
            run("summarize", "v", type="chapter")
    assert caught.value.body == body.decode()
    assert caught.value.attempts == 1
    assert caught.value.status_code == 200


def test_gist_body_of_wrong_shape(make_runner: Any) -> None:
    run = make_runner()
    with respx.mock() as mock:
        gist_route(mock).respond(200, json={"usage": "lots"})
        with pytest.raises(APIResponseValidationError, match="not the documented shape"):
            run("gist", "v")


# --------------------------------------------------------------------------- retries


def test_503_then_success_is_retried(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner()
    with respx.mock() as mock:
        route = gist_route(mock)
        route.side_effect = [httpx.Response(503), httpx.Response(200, json=GIST_BODY)]
        raw = run("gist", "v", raw=True)
    assert raw.attempts == 2
    assert route.call_count == 2
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.5


def test_connection_error_then_success(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner()
    with respx.mock() as mock:
        route = gist_route(mock)
        route.side_effect = [httpx.ConnectError("refused"), httpx.Response(200, json=GIST_BODY)]
        assert run("gist", "v").title == "A walk"
    assert route.call_count == 2 and len(sleeps) == 1


def test_429_with_retry_after_waits_that_long(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner()
    with respx.mock() as mock:
        route = gist_route(mock)
        route.side_effect = [
            httpx.Response(429, headers={"Retry-After": "3"}),
            httpx.Response(200, json=GIST_BODY),
        ]
        raw = run("gist", "v", raw=True)
    assert sleeps == [3.0]
    assert raw.attempts == 2


def test_429_with_near_reset_waits_until_reset(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner()
    reset = int(time.time()) + 5
    with respx.mock() as mock:
        route = gist_route(mock)
        route.side_effect = [
            httpx.Response(429, headers={"X-Ratelimit-Reset": str(reset)}),
            httpx.Response(200, json=GIST_BODY),
        ]
        run("gist", "v")
    assert len(sleeps) == 1 and 3 <= sleeps[0] <= 5


def test_429_with_far_reset_raises_at_once(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner(max_retries=5, max_retry_wait=60)
    reset = int(time.time()) + 6 * 3600
    headers = {
        "X-Ratelimit-Limit": "50",
        "X-Ratelimit-Remaining": "0",
        "X-Ratelimit-Used": "50",
        "X-Ratelimit-Reset": str(reset),
    }
    with respx.mock() as mock:
        route = gist_route(mock).respond(429, headers=headers)
        with pytest.raises(RateLimitError) as caught:
            run("gist", "v")
    error = caught.value
    assert route.call_count == 1 and sleeps == []
    assert error.attempts == 1
    assert error.reset_at == datetime.fromtimestamp(reset, tz=UTC)
    assert error.retry_after is not None and 6 * 3600 - 5 <= error.retry_after <= 6 * 3600
    assert (error.limit, error.remaining) == (50, 0)
    assert "rate limit resets at" in str(error)


def test_retries_exhausted_raise_the_last_error(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner(max_retries=2)
    with respx.mock() as mock:
        route = gist_route(mock).respond(503, json={"code": "unavailable", "message": "try later"})
        with pytest.raises(InternalServerError) as caught:
            run("gist", "v")
    assert route.call_count == 3
    assert caught.value.attempts == 3
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0


def test_timeouts_are_retried_then_raised(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner(max_retries=1)
    with respx.mock() as mock:
        route = gist_route(mock).mock(side_effect=httpx.ReadTimeout("slow"))
        with pytest.raises(APITimeoutError) as caught:
            run("gist", "v")
    assert isinstance(caught.value, APIConnectionError)
    assert route.call_count == 2 and caught.value.attempts == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(make_runner: Any, sleeps: list[float], status: int) -> None:
    # legacy_endpoints=True: with "auto", a 404 that does not name the video reroutes to /analyze.
    run = make_runner(max_retries=3, legacy_endpoints=True)
    with respx.mock() as mock:
        route = gist_route(mock).respond(status, json=ERROR_BODY)
        with pytest.raises(APIStatusError):
            run("gist", "v")
    assert route.call_count == 1 and sleeps == []


def test_bad_2xx_is_not_retried(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner(max_retries=3)
    with respx.mock() as mock:
        route = gist_route(mock).respond(200, content=b"oops")
        with pytest.raises(APIResponseValidationError):
            run("gist", "v")
    assert route.call_count == 1


def test_retry_attempts_are_logged_at_debug(make_runner: Any, caplog: pytest.LogCaptureFixture) -> None:
    run = make_runner()
    caplog.set_level(logging.DEBUG, logger="twelvelabs_analyze")
    with respx.mock() as mock:
        gist_route(mock).side_effect = [httpx.Response(503), httpx.Response(200, json=GIST_BODY)]
        run("gist", "v")
    lines = [r.getMessage() for r in caplog.records if r.name == "twelvelabs_analyze"]
    assert len(lines) == 2
    assert "POST /gist -> 503 attempt=1 wait=" in lines[0] and "elapsed=" in lines[0]
    assert "POST /gist -> 200 attempt=2 wait=none" in lines[1]


# --------------------------------------------------------------------------- validation, before any request

INVALID_CALLS: list[tuple[str, dict[str, Any], type[Exception], str]] = [
    ("gist", {"video_id": ""}, ValueError, "video_id"),
    ("gist", {"video_id": "   "}, ValueError, "video_id"),
    ("gist", {"video_id": 42}, TypeError, "video_id"),
    ("gist", {"video_id": None}, TypeError, "video_id"),
    ("gist", {"video_id": "v", "types": "title"}, TypeError, "types must be a list, not str"),
    ("gist", {"video_id": "v", "types": []}, ValueError, "types must not be empty"),
    (
        "gist",
        {"video_id": "v", "types": ["title", "summary"]},
        ValueError,
        "types[1] must be one of 'hashtag', 'title', 'topic', not 'summary'",
    ),
    ("gist", {"video_id": "v", "types": ["title", "title"]}, ValueError, "more than once"),
    ("gist", {"video_id": "v", "types": {"title"}}, TypeError, "types must be a list, not set"),
    ("summarize", {"video_id": "v", "type": "chapters"}, ValueError, "'chapter', 'highlight', 'summary'"),
    ("summarize", {"video_id": "v", "type": None}, TypeError, "type must be one of"),
    ("summarize", {"video_id": "", "type": "summary"}, ValueError, "video_id"),
    ("summarize", {"video_id": "v", "type": "summary", "temperature": 1.5}, ValueError, "temperature"),
    ("summarize", {"video_id": "v", "type": "summary", "temperature": -0.1}, ValueError, "temperature"),
    (
        "summarize",
        {"video_id": "v", "type": "summary", "temperature": float("nan")},
        ValueError,
        "temperature",
    ),
    ("summarize", {"video_id": "v", "type": "summary", "temperature": "0.5"}, TypeError, "temperature"),
    ("summarize", {"video_id": "v", "type": "summary", "temperature": True}, TypeError, "temperature"),
    ("summarize", {"video_id": "v", "type": "summary", "max_tokens": 0}, ValueError, "max_tokens"),
    ("summarize", {"video_id": "v", "type": "summary", "max_tokens": 10.5}, TypeError, "max_tokens"),
    ("summarize", {"video_id": "v", "type": "summary", "max_tokens": True}, TypeError, "max_tokens"),
    ("summarize", {"video_id": "v", "type": "summary", "prompt": 5}, TypeError, "prompt"),
    (
        "summarize",
        {"video_id": "v", "type": "chapter", "response_format": {"type": "object"}},
        ValueError,
        "response_format is only valid with type 'summary'",
    ),
    (
        "summarize",
        {"video_id": "v", "type": "summary", "response_format": "json"},
        TypeError,
        "response_format",
    ),
    (
        "summarize",
        {"video_id": "v", "type": "summary", "response_format": {"type": "json_schema", "json_schema": "x"}},
        TypeError,
        "response_format.json_schema must be a dict, not str",
    ),
    (
        "summarize",
        {
            "video_id": "v",
            "type": "summary",
            "response_format": {"type": "json_schema", "json_schema": {"type": "object"}, "x": 1},
        },
        TypeError,
        "response_format has unknown key 'x' (allowed: type, json_schema)",
    ),
]


@pytest.mark.parametrize(("method", "kwargs", "error", "mentions"), INVALID_CALLS)
def test_invalid_input_is_rejected_before_any_request(
    make_runner: Any, method: str, kwargs: dict[str, Any], error: type[Exception], mentions: str
) -> None:
    run = make_runner()
    with respx.mock(assert_all_called=False) as mock:
        route = mock.post(url__startswith=BASE_URL)
        with pytest.raises(error, match=re.escape(mentions)):
            run(method, **kwargs)
    assert route.call_count == 0


def test_invalid_input_is_not_a_twelvelabs_error(make_runner: Any) -> None:
    run = make_runner()
    with pytest.raises(ValueError) as caught:
        run("gist", "")
    assert not isinstance(caught.value, TwelveLabsError)


@pytest.mark.parametrize(
    "response_format",
    [
        {"type": "object", "properties": {"tags": {"type": "array"}}},
        {"type": "json_schema", "json_schema": {"type": "object", "properties": {"tags": {"type": "array"}}}},
    ],
)
def test_response_format_accepts_bare_schema_or_api_object(
    make_runner: Any, response_format: dict[str, Any]
) -> None:
    run = make_runner()
    with respx.mock() as mock:
        route = summarize_route(mock).respond(
            200, json={"summarize_type": "summary", "summary": '{"tags": ["a"]}'}
        )
        result = run("summarize", "v", type="summary", response_format=response_format)
    sent = json.loads(route.calls.last.request.content)
    assert sent["response_format"] == {
        "type": "json_schema",
        "json_schema": {"type": "object", "properties": {"tags": {"type": "array"}}},
    }
    assert parse_structured_summary(result) == {"tags": ["a"]}


def test_parse_structured_summary_reports_truncated_json() -> None:
    result = SummaryResult.from_dict({"summarize_type": "summary", "summary": '{"tags": ["a", "b'})
    with pytest.raises(OutputTruncatedError, match="truncated") as caught:
        parse_structured_summary(result)
    assert caught.value.body == caught.value.partial == '{"tags": ["a", "b'
    with pytest.raises(APIResponseValidationError, match="no text"):
        parse_structured_summary(object())  # nothing that carries text


def test_every_summarize_type_of_the_spec_has_a_result_model() -> None:
    result = OPERATIONS["summarize"].result
    assert isinstance(result, Variants)
    assert set(result.models) == set(enum_values("#/components/schemas/SummarizeType"))


# --------------------------------------------------------------------------- secrets


def test_key_absent_from_reprs_errors_and_logs(make_runner: Any, caplog: pytest.LogCaptureFixture) -> None:
    run = make_runner(max_retries=1)
    caplog.set_level(logging.DEBUG)
    assert API_KEY not in repr(run.client)
    assert API_KEY not in repr(run.client.with_options(timeout=3))
    raised: list[BaseException] = []
    with respx.mock() as mock:
        route = gist_route(mock)
        route.side_effect = [
            httpx.ConnectError(f"failed for key {API_KEY}"),
            httpx.Response(
                401, json={"code": "api_key_invalid", "message": f"The key {API_KEY} is invalid."}
            ),
        ]
        with pytest.raises(AuthenticationError) as caught:
            run("gist", "v")
        raised.append(caught.value)
        route.side_effect = [httpx.ConnectError(f"failed for key {API_KEY}")] * 2
        with pytest.raises(APIConnectionError) as caught_conn:
            run("gist", "v")
        raised.append(caught_conn.value)
        route.side_effect = [httpx.Response(200, text=f"oops {API_KEY}")]
        with pytest.raises(APIResponseValidationError) as caught_body:
            run("gist", "v")
        raised.append(caught_body.value)
    for error in raised:
        assert API_KEY not in str(error) and API_KEY not in repr(error)
        assert (error.__cause__ is None and error.__context__ is None) or API_KEY not in repr(
            error.__context__
        )
    assert "***" in str(raised[0])
    assert all(API_KEY not in record.getMessage() for record in caplog.records)


def test_missing_key_names_the_variable(mode: str) -> None:
    from .conftest import Runner

    with pytest.raises(MissingAPIKeyError, match="TWELVELABS_API_KEY"):
        Runner(mode, api_key=None)


# --------------------------------------------------------------------------- environment, options, lifecycle


def test_environment_fallbacks_and_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWELVELABS_API_KEY", "from-env")
    monkeypatch.setenv("TWELVELABS_BASE_URL", "http://env.test/v1.3")
    env_client = TwelveLabs()
    assert env_client._config.api_key.reveal() == "from-env"
    assert env_client.base_url == "http://env.test/v1.3"
    explicit = TwelveLabs(api_key="explicit", base_url="http://explicit.test/v1.3")
    assert explicit._config.api_key.reveal() == "explicit"
    assert explicit.base_url == "http://explicit.test/v1.3"
    monkeypatch.delenv("TWELVELABS_BASE_URL")
    assert TwelveLabs().base_url == "https://api.twelvelabs.io/v1.3"
    with respx.mock() as mock:
        route = mock.post("http://explicit.test/v1.3/gist").respond(200, json=GIST_BODY)
        explicit.gist("v")
    assert route.calls.last.request.headers["x-api-key"] == "explicit"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"timeout": 0},
        {"timeout": -1},
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"max_retry_wait": -1},
        {"base_url": "ftp://x"},
    ],
)
def test_bad_client_settings_are_rejected(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        TwelveLabs(api_key="k", **kwargs)


def test_with_options_shares_the_pool_and_changes_only_what_is_given(make_runner: Any) -> None:
    run = make_runner()
    client = run.client
    fast = client.with_options(timeout=5, max_retries=0)
    assert fast._http is client._http
    assert (fast.timeout, fast.max_retries, fast.max_retry_wait) == (5, 0, client.max_retry_wait)
    assert (client.timeout, client.max_retries) == (60.0, 2)
    assert fast.with_raw_response._client is fast
    with respx.mock() as mock:
        route = gist_route(mock).respond(503)
        with pytest.raises(InternalServerError):
            run.client = fast
            run("gist", "v")
    assert route.call_count == 1
    with pytest.raises(ValueError):
        client.with_options(max_retries=-1)


def test_per_call_timeout_comes_from_options() -> None:
    client = TwelveLabs(api_key="k", base_url=BASE_URL).with_options(timeout=1.5)
    with respx.mock() as mock:
        route = gist_route(mock).respond(200, json=GIST_BODY)
        client.gist("v")
    assert route.calls.last.request.extensions["timeout"]["read"] == 1.5


def test_context_manager_closes_the_pool() -> None:
    with TwelveLabs(api_key="k") as client:
        http = client._http
        assert not http.is_closed
    assert http.is_closed


def test_async_context_manager_closes_the_pool() -> None:
    import asyncio

    from twelvelabs_analyze import AsyncTwelveLabs

    async def main() -> httpx.AsyncClient:
        async with AsyncTwelveLabs(api_key="k") as client:
            return client._http

    assert asyncio.run(main()).is_closed


def test_a_client_passed_in_is_left_open() -> None:
    http = httpx.Client()
    with TwelveLabs(api_key="k", http_client=http):
        pass
    assert not http.is_closed
    http.close()


# --------------------------------------------------------------------------- Retry-After parsing


def _http_date(seconds_from_now: float, now: float) -> str:
    return format_datetime(
        datetime.fromtimestamp(now, tz=UTC) + timedelta(seconds=seconds_from_now), usegmt=True
    )


NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": "0.5"}, 0.5),
        ({"retry-after": " 7 "}, 7.0),
        ({"retry-after": "-3"}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": _http_date(30, NOW)}, 30.0),
        ({"retry-after": _http_date(-30, NOW)}, 0.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5),
        ({"retry-after-ms": "x", "retry-after": "9"}, 9.0),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    from twelvelabs_analyze._headers import parse_retry_after

    assert parse_retry_after(httpx.Headers(headers), NOW) == expected


def test_retry_delay_prefers_server_then_reset_then_backoff() -> None:
    from twelvelabs_analyze._retry import plan_retry, retry_delay

    no_jitter = lambda: 0.0  # noqa: E731
    assert (
        retry_delay(0, 429, httpx.Headers({"retry-after": "4", "x-ratelimit-reset": str(NOW + 99)}), NOW) == 4
    )
    assert retry_delay(0, 429, httpx.Headers({"x-ratelimit-reset": str(NOW + 99)}), NOW) == 99
    assert retry_delay(0, 503, httpx.Headers({"x-ratelimit-reset": str(NOW + 99)}), NOW, no_jitter) == 0.5
    assert [retry_delay(n, None, None, NOW, no_jitter) for n in range(6)] == [0.5, 1, 2, 4, 8, 8]
    assert 0.375 <= retry_delay(0, None, None, NOW, lambda: 1.0) <= 0.5
    assert plan_retry(0, 2, 60, 429, httpx.Headers({"retry-after": "61"}), NOW) is None
    assert plan_retry(0, 2, 60, 429, httpx.Headers({"retry-after": "60"}), NOW) == 60
    assert plan_retry(2, 2, 60, 503, None, NOW) is None
    assert plan_retry(0, 2, 60, 400, None, NOW) is None
    assert plan_retry(0, 2, 60, 408, None, NOW, no_jitter) == 0.5
    assert plan_retry(0, 2, 60, 409, None, NOW, no_jitter) == 0.5
