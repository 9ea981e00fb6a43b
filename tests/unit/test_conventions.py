"""Conventions users bring from openai's and anthropic's clients, each sync and async.

The escape hatch (``extra_headers``/``extra_query``/``extra_body`` on every method,
``default_headers``), per-call ``timeout``, ``httpx.Timeout``, ``with_options(http_client=…)``,
``with_streaming_response``, ``async for`` over ``list()`` without ``await``, ``close()``,
``.to_json()``, ``TWELVELABS_LOG`` and a typed ``parse_structured``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypedDict

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twelvelabs_analyze import (
    AnalyzeResult,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncTwelveLabs,
    ChapterResult,
    GistResult,
    NotFoundError,
    TwelveLabs,
    parse_structured,
)
from twelvelabs_analyze._constants import LOGGER_NAME
from twelvelabs_analyze._logs import LOG_ENV, setup_logging

from ._transport import API_KEY, BASE_URL, Both, Chunks, Script, ndjson

VIDEO = "6298d673f1090f1100476d4c"
ANSWER = {"id": "a1", "data": '{"tags": ["walk"]}', "finish_reason": "stop", "usage": {"output_tokens": 5}}
EVENTS = ndjson(
    {"event_type": "stream_start", "metadata": {"generation_id": "g1"}},
    {"event_type": "text_generation", "text": "Hello"},
    {"event_type": "stream_end", "finish_reason": "stop", "metadata": {"generation_id": "g1"}},
)
TASK = {"task_id": "t1", "custom_id": None, "status": "ready", "created_at": "2026-01-01T00:00:00Z"}


def ok(body: Any = ANSWER, **headers: str) -> httpx.Response:
    return httpx.Response(200, json=body, headers=headers)


def tasks_page(page: int, total: int) -> httpx.Response:
    return ok({"data": [{**TASK, "task_id": f"t{page}"}], "page_info": {"page": page, "total_page": total}})


def two_pages(request: httpx.Request) -> httpx.Response:
    """Page ``?page=N`` of two, one task each (``t1``, ``t2``)."""
    return tasks_page(int(request.url.params.get("page", "1")), 2)


# --------------------------------------------------------------------------- the escape hatch


def test_extra_body_is_merged_last_and_sent_as_given(mode: str) -> None:
    script = Script(ok())
    both = Both(mode, script)
    # temperature=7 would be refused as an argument: in extra_body it is not checked.
    both.call("analyze", video_id=VIDEO, prompt="p", extra_body={"future_field": 1, "temperature": 7})
    assert script.bodies()[-1] == {
        "video_id": VIDEO,
        "prompt": "p",
        "stream": False,
        "future_field": 1,
        "temperature": 7,
    }
    both.call("analyze", video_id=VIDEO, prompt="p", extra_body={"stream": "as I say", "prompt": "mine"})
    assert script.bodies()[-1] == {"video_id": VIDEO, "prompt": "mine", "stream": "as I say"}


def test_extra_query_and_extra_headers_reach_the_request(mode: str) -> None:
    script = Script(ok(TASK))
    both = Both(mode, script)
    both.call(
        "analyze_async.tasks.retrieve",
        "t1",
        extra_query={"expand": ["a", "b"], "n": 2},
        extra_headers={"X-Request-Tag": "batch-7"},
    )
    request = script.requests[-1]
    assert request.url.path == "/v1.3/analyze/tasks/t1"
    assert request.url.params.get_list("expand") == ["a", "b"]
    assert request.url.params["n"] == "2"
    assert request.headers["x-request-tag"] == "batch-7"
    assert request.headers["x-api-key"] == API_KEY


def test_extras_apply_to_every_page_of_a_list(mode: str) -> None:
    script = Script(tasks_page(1, 2), tasks_page(2, 2))
    both = Both(mode, script)
    page = both.call("analyze_async.tasks.list", extra_query={"trace": "on"}, extra_headers={"x-t": "1"})
    items = [task.task_id for task in page] if mode == "sync" else both.run(_collect(page))
    assert items == ["t1", "t2"]
    assert [r.url.params["trace"] for r in script.requests] == ["on", "on"]
    assert [r.url.params["page"] for r in script.requests[1:]] == ["2"]
    assert all(r.headers["x-t"] == "1" for r in script.requests)


async def _collect(page: Any) -> list[str]:
    return [task.task_id async for task in page]


@pytest.mark.parametrize("name", ["x-api-key", "X-API-Key", "X-Api-Key"])
def test_an_api_key_header_is_refused_and_nothing_is_sent(mode: str, name: str) -> None:
    script = Script(ok())
    both = Both(mode, script)
    with pytest.raises(ValueError, match="may not set x-api-key") as caught:
        both.call("analyze", video_id=VIDEO, prompt="p", extra_headers={name: "other-key-123"})
    assert "other-key-123" not in str(caught.value)
    assert script.requests == []
    with pytest.raises(ValueError, match="default_headers may not set x-api-key"):
        Both(mode, script, default_headers={name: "other-key-123"})
    with pytest.raises(ValueError, match="default_headers may not set x-api-key"):
        both.client.with_options(default_headers={name: "other-key-123"})


@pytest.mark.parametrize(
    ("options", "error", "text"),
    [
        ({"extra_headers": {"x-a": 1}}, TypeError, r"extra_headers\['x-a'\] must be a string"),
        ({"extra_headers": {"bad name": "v"}}, ValueError, "not a valid header name"),
        ({"extra_headers": {"x-a": "v\r\nx-api-key: k"}}, ValueError, "line break"),
        ({"extra_headers": ["x-a"]}, TypeError, "extra_headers must be a mapping"),
        ({"extra_query": {"q": {"nested": 1}}}, TypeError, r"extra_query\['q'\]"),
        ({"extra_body": {1: "x"}}, TypeError, "extra_body keys must be strings"),
        ({"extra_body": {"when": object()}}, TypeError, "extra_body must hold JSON values"),
        ({"timeout": -1}, ValueError, "timeout must be a number of seconds"),
        ({"timeout": httpx.Timeout(5, read=0)}, ValueError, r"timeout\.read must be"),
    ],
)
def test_bad_options_are_typed_errors_before_anything_is_sent(
    mode: str, options: dict[str, Any], error: type[Exception], text: str
) -> None:
    script = Script(ok())
    both = Both(mode, script)
    with pytest.raises(error, match=text):
        both.call("analyze", video_id=VIDEO, prompt="p", **options)
    assert script.requests == []


def test_default_headers_go_with_every_request_and_with_options_adds_to_them(mode: str) -> None:
    script = Script(ok(TASK))
    both = Both(mode, script, default_headers={"X-Team": "video", "user-agent": "mine/1"})
    both.call("analyze_async.tasks.retrieve", "t1")
    first = script.requests[-1]
    assert (first.headers["x-team"], first.headers["user-agent"]) == ("video", "mine/1")
    copy = both.client.with_options(default_headers={"x-run": "7"})
    both.run(copy.analyze_async.tasks.retrieve("t1", extra_headers={"X-TEAM": "audio"}))
    second = script.requests[-1]
    assert (second.headers["x-team"], second.headers["x-run"]) == ("audio", "7")
    assert second.headers.get_list("x-team") == ["audio"]  # replaced whatever the case, not doubled
    assert both.client.default_headers == {"x-team": "video", "user-agent": "mine/1"}
    assert "video" not in repr(copy._config)  # names only: values may be tokens


def test_the_extras_go_to_the_successor_of_a_retired_endpoint(mode: str) -> None:
    answer = {**ANSWER, "data": json.dumps({"title": "T", "topics": ["a"], "hashtags": ["#a"]})}
    script = Script(ok(answer))
    both = Both(mode, script, legacy_endpoints=False)
    result = both.call("gist", VIDEO, types=["title"], extra_headers={"x-t": "1"}, extra_body={"f": 2})
    assert isinstance(result, GistResult)
    request = script.requests[-1]
    assert (request.url.path, request.headers["x-t"], script.bodies()[-1]["f"]) == ("/v1.3/analyze", "1", 2)


HEADER_NAMES = st.text("abcXYZ-_0", min_size=1, max_size=10) | st.sampled_from(["x-api-key", "X-Api-KEY"])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=40, deadline=None)
@given(
    headers=st.dictionaries(
        HEADER_NAMES, st.text(st.characters(min_codepoint=32, max_codepoint=126)), max_size=3
    ),
    body=st.dictionaries(st.text(max_size=8), JSON_VALUES, max_size=3),
)
def test_fuzzed_extras_are_sent_exactly_and_the_key_stays_the_clients(
    headers: dict[str, str], body: dict[str, Any]
) -> None:
    script = Script(ok())
    client = Both("sync", script).client
    if any(name.lower() == "x-api-key" for name in headers):
        with pytest.raises(ValueError, match="may not set x-api-key"):
            client.analyze(video_id=VIDEO, prompt="p", extra_headers=headers, extra_body=body)
        assert script.requests == []
        return
    client.analyze(video_id=VIDEO, prompt="p", extra_headers=headers, extra_body=body)
    request = script.requests[-1]
    assert request.headers.get_list("x-api-key") == [API_KEY]
    for name in {name.lower() for name in headers}:
        last = [value for key, value in headers.items() if key.lower() == name][-1]
        assert request.headers.get_list(name) == [last]
    assert script.bodies()[-1] == {"video_id": VIDEO, "prompt": "p", "stream": False, **body}


# --------------------------------------------------------------------------- timeouts


def test_a_per_call_timeout_replaces_the_clients_for_that_call_only(mode: str) -> None:
    script = Script(ok())
    both = Both(mode, script, timeout=60)
    both.call("analyze", video_id=VIDEO, prompt="p", timeout=httpx.Timeout(5, connect=2))
    both.call("analyze", video_id=VIDEO, prompt="p")
    per_call, default = (r.extensions["timeout"] for r in script.requests)
    assert per_call == {"connect": 2, "read": 5, "write": 5, "pool": 5}
    assert default == {"connect": 60, "read": 60, "write": 60, "pool": 60}


@pytest.mark.parametrize(
    ("timeout", "named"),
    [
        (httpx.Timeout(5, connect=2), "timeout=5s for one attempt"),  # the attempt: the largest limit
        (7, "timeout=7s for one attempt"),
        (httpx.Timeout(5, read=None), "httpx's timeout"),  # an unlimited read leaves the attempt unbounded
    ],
)
def test_an_httpx_timeout_is_accepted_and_bounds_the_attempt_by_its_largest_limit(
    mode: str, timeout: float | httpx.Timeout, named: str
) -> None:
    script = Script(lambda request: (_ for _ in ()).throw(httpx.ReadTimeout("slow", request=request)))
    both = Both(mode, script, timeout=timeout, max_retries=0)
    assert both.client.timeout == timeout
    with pytest.raises(APITimeoutError, match=named):
        both.call("analyze", video_id=VIDEO, prompt="p")
    copy = both.client.with_options(timeout=httpx.Timeout(3))
    assert copy.timeout == httpx.Timeout(3)
    with pytest.raises(APITimeoutError, match="timeout=3s for one attempt"):
        both.run(copy.analyze(video_id=VIDEO, prompt="p"))


def test_with_options_sets_timeout_and_retries_for_the_calls_made_through_it(
    mode: str, sleeps: list[float]
) -> None:
    script = Script(httpx.Response(503, json={"code": "x", "message": "busy"}))
    both = Both(mode, script, max_retries=2)
    with pytest.raises(Exception, match="503"):
        both.run(both.client.with_options(max_retries=0, timeout=9).analyze(video_id=VIDEO, prompt="p"))
    assert len(script.requests) == 1
    assert script.requests[0].extensions["timeout"]["read"] == 9
    with pytest.raises(Exception, match="503"):
        both.call("analyze", video_id=VIDEO, prompt="p")
    assert len(script.requests) == 4  # the client itself still retries twice


# --------------------------------------------------------------------------- clients and pools


def test_with_options_http_client_sends_through_the_other_pool(mode: str) -> None:
    first, second = Script(ok()), Script(ok())
    both = Both(mode, first)
    other: Any = (
        httpx.Client(transport=httpx.MockTransport(second))
        if mode == "sync"
        else httpx.AsyncClient(transport=httpx.MockTransport(second))
    )
    copy = both.client.with_options(http_client=other)
    both.run(copy.analyze(video_id=VIDEO, prompt="p"))
    both.call("analyze", video_id=VIDEO, prompt="p")
    assert (len(first.requests), len(second.requests)) == (1, 1)
    both.run(copy.close())
    assert not other.is_closed  # the caller's to close
    wrong = httpx.AsyncClient() if mode == "sync" else httpx.Client()
    with pytest.raises(TypeError, match="http_client must be an httpx"):
        both.client.with_options(http_client=wrong)


def test_close_and_the_context_managers_close_the_pool_the_client_opened() -> None:
    with TwelveLabs(api_key=API_KEY, base_url=BASE_URL) as client:
        assert not client._http.is_closed
    assert client._http.is_closed
    other = TwelveLabs(api_key=API_KEY, base_url=BASE_URL)
    other.close()
    assert other._http.is_closed

    async def run() -> None:
        async with AsyncTwelveLabs(api_key=API_KEY, base_url=BASE_URL) as aclient:
            assert not aclient._http.is_closed
        assert aclient._http.is_closed
        for closing in ("close", "aclose"):
            client = AsyncTwelveLabs(api_key=API_KEY, base_url=BASE_URL)
            await getattr(client, closing)()
            assert client._http.is_closed

    asyncio.run(run())


# --------------------------------------------------------------------------- lists


def test_async_for_over_list_without_await() -> None:
    script = Script(two_pages)
    client = Both("async", script).client

    async def run() -> tuple[list[str], Any]:
        seen = [task.task_id async for task in client.analyze_async.tasks.list(status="ready")]
        page = await client.analyze_async.tasks.list()  # awaited: the first page, as before
        return seen, page

    seen, page = asyncio.run(run())
    assert seen == ["t1", "t2"]
    assert [task.task_id for task in page.items] == ["t1"]
    # Still a coroutine for asyncio: asyncio.run takes it.
    assert asyncio.run(client.analyze_async.tasks.list()).items[0].task_id == "t1"


def test_for_over_list_on_the_sync_client() -> None:
    script = Script(tasks_page(1, 2), tasks_page(2, 2))
    client = Both("sync", script).client
    assert [task.task_id for task in client.analyze_async.tasks.list(status="ready")] == ["t1", "t2"]


def test_a_paginator_sends_nothing_until_used() -> None:
    script = Script(tasks_page(1, 1))
    client = Both("async", script).client
    paginator = client.analyze_async.tasks.list()
    paginator.close()
    assert script.requests == []
    assert "GET /analyze/tasks" in repr(paginator)


# --------------------------------------------------------------------------- with_streaming_response


class Watched(Chunks):
    """A body that records whether anyone read it."""

    def __init__(self, data: bytes) -> None:
        super().__init__([data[: len(data) // 2], data[len(data) // 2 :]])
        self.read = False

    def __iter__(self) -> Iterator[bytes]:
        self.read = True
        return super().__iter__()

    def __aiter__(self) -> Any:
        self.read = True
        return super().__aiter__()


def _streamed(mode: str, both: Both, path: str, use: Any, *args: Any, **kwargs: Any) -> Any:
    """Enter ``client.with_streaming_response.<path>(...)`` and hand the response to ``use``."""
    target: Any = both.client.with_streaming_response
    for part in path.split("."):
        target = getattr(target, part)
    if mode == "sync":
        with target(*args, **kwargs) as response:
            return use(response)

    async def run() -> Any:
        async with target(*args, **kwargs) as response:
            value = use(response)
            return await value if asyncio.iscoroutine(value) else value

    return asyncio.run(run())


def test_streaming_response_body_is_read_only_when_asked(mode: str) -> None:
    body = Watched(json.dumps(ANSWER).encode())
    script = Script(httpx.Response(200, headers={"x-ratelimit-remaining": "9"}, stream=body))
    both = Both(mode, script)
    seen: dict[str, Any] = {}

    def use(response: Any) -> Any:
        seen["unread"] = not body.read
        seen["status"], seen["remaining"] = response.status_code, response.rate_limit.remaining
        seen["endpoint"], seen["attempts"] = response.endpoint, response.attempts
        seen["key"] = response.http_response.request.headers["x-api-key"]  # masked once it is handed out
        return response.parse()

    result = _streamed(mode, both, "analyze", use, video_id=VIDEO, prompt="p", extra_body={"f": 1})
    assert isinstance(result, AnalyzeResult)
    assert result.data == ANSWER["data"]
    assert seen == {
        "unread": True,
        "status": 200,
        "remaining": 9,
        "endpoint": "POST /analyze",
        "attempts": 1,
        "key": "***",
    }
    assert body.closed
    assert script.bodies()[-1]["f"] == 1


def test_streaming_response_lines_text_and_json(mode: str) -> None:
    script = Script(httpx.Response(200, stream=Chunks([EVENTS[:30], EVENTS[30:]])))
    both = Both(mode, script)

    def lines(response: Any) -> Any:
        if mode == "sync":
            return list(response.iter_lines())
        return _alist(response.iter_lines())

    got = _streamed(mode, both, "analyze_stream", lines, video_id=VIDEO, prompt="p")
    assert [json.loads(line)["event_type"] for line in got if line] == [
        "stream_start",
        "text_generation",
        "stream_end",
    ]
    script.answers = [ok()]
    got = _streamed(mode, both, "analyze", lambda response: response.json(), video_id=VIDEO, prompt="p")
    assert got == ANSWER


async def _alist(iterator: Any) -> list[Any]:
    return [item async for item in iterator]


def test_streaming_response_parse_of_a_stream_a_page_and_a_retired_operation(mode: str) -> None:
    script = Script(httpx.Response(200, stream=Chunks([EVENTS])))
    both = Both(mode, script)

    def events(response: Any) -> Any:
        if mode == "sync":
            return [event.event_type for event in response.parse()]

        async def read() -> list[str]:
            return [event.event_type async for event in await response.parse()]

        return read()

    kinds = _streamed(mode, both, "analyze_stream", events, video_id=VIDEO, prompt="p")
    assert kinds == ["stream_start", "text_generation", "stream_end"]

    both = Both(mode, Script(two_pages))

    def every_task(response: Any) -> Any:
        if mode == "sync":
            return [task.task_id for task in response.parse()]

        async def read() -> list[str]:
            return [task.task_id async for task in await response.parse()]

        return read()

    assert _streamed(mode, both, "analyze_async.tasks.list", every_task) == ["t1", "t2"]

    chapters = {"chapters": [{"start_sec": 0, "end_sec": 5, "chapter_title": "A", "chapter_summary": "a"}]}
    gone = httpx.Response(410, json={"code": "gone", "message": "gone"})
    both = Both(mode, Script(gone, ok({**ANSWER, "data": json.dumps(chapters)})))
    endpoints: list[str] = []

    def parsed(response: Any) -> Any:
        endpoints.append(response.endpoint)
        return response.parse()

    result = _streamed(mode, both, "summarize", parsed, VIDEO, type="chapter")
    assert isinstance(result, ChapterResult)
    assert result.chapters[0].chapter_title == "A"
    assert endpoints == ["POST /analyze"]


def test_streaming_response_raises_errors_on_entry_and_breaks_as_connection_errors(mode: str) -> None:
    script = Script(httpx.Response(404, json={"code": "resource_not_exist", "message": "no video"}))
    both = Both(mode, script)
    with pytest.raises(NotFoundError):
        _streamed(mode, both, "analyze", lambda response: None, video_id=VIDEO, prompt="p")
    script.answers = [httpx.Response(200, stream=Chunks([b'{"id": '], httpx.ReadError("reset")))]
    with pytest.raises(APIConnectionError, match="reset") as caught:
        _streamed(mode, both, "analyze", lambda response: response.read(), video_id=VIDEO, prompt="p")
    assert caught.value.attempts == 1
    script.answers = [ok()]

    def twice(response: Any) -> Any:
        if mode == "sync":
            list(response.iter_bytes())
            return response.read()

        async def read() -> bytes:
            await _alist(response.iter_bytes())
            return bytes(await response.read())

        return read()

    with pytest.raises(RuntimeError, match="cannot be read again"):
        _streamed(mode, both, "analyze", twice, video_id=VIDEO, prompt="p")


# --------------------------------------------------------------------------- results


class Tags(TypedDict):
    tags: list[str]


@dataclass
class TagsRecord:
    tags: list[str]


def test_to_json_and_typed_parse_structured(mode: str) -> None:
    both = Both(mode, Script(ok()))
    answer = both.call("analyze", video_id=VIDEO, prompt="p")
    assert json.loads(answer.to_json()) == answer.to_dict()
    assert "\n" not in answer.to_json(indent=None)
    tags: Tags = parse_structured(answer, Tags)
    assert tags == {"tags": ["walk"]}
    assert parse_structured(answer, TagsRecord) == TagsRecord(tags=["walk"])
    assert parse_structured(answer, dict) == {"tags": ["walk"]}
    with pytest.raises(
        APIResponseValidationError, match="does not fit list: expected a JSON array"
    ) as caught:
        parse_structured(answer, list)
    assert caught.value.body == ANSWER["data"]  # the text is kept

    class Other(TypedDict):
        scenes: list[str]

    with pytest.raises(APIResponseValidationError, match=r"does not fit Other: missing keys \['scenes'\]"):
        parse_structured(answer, Other)
    with pytest.raises(TypeError, match="as_type must be"):
        parse_structured(answer, set)


def test_parse_structured_builds_a_generated_model() -> None:
    answer = AnalyzeResult.from_dict(
        {**ANSWER, "data": json.dumps({"id": "x", "data": "d", "finish_reason": "stop"})}
    )
    inner = parse_structured(answer, AnalyzeResult)
    assert (inner.id, inner.data) == ("x", "d")
    with pytest.raises(APIResponseValidationError, match="does not fit AnalyzeResult"):
        parse_structured(AnalyzeResult.from_dict(ANSWER), AnalyzeResult)


# --------------------------------------------------------------------------- TWELVELABS_LOG


@pytest.fixture
def library_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger(LOGGER_NAME)
    handlers, level = list(logger.handlers), logger.level
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_twelvelabs_log_debug_prints_one_line_per_attempt(
    mode: str, library_logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_logging({LOG_ENV: "debug"})
    setup_logging({LOG_ENV: "DEBUG"})  # installed once
    both = Both(mode, Script(ok()))
    both.call("analyze", video_id=VIDEO, prompt="p")
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert "DEBUG twelvelabs_analyze: POST /analyze -> 200 attempt=1" in lines[0]
    assert API_KEY not in lines[0]


def test_twelvelabs_log_ignores_other_values_and_says_so(
    library_logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    before = list(library_logger.handlers)
    setup_logging({LOG_ENV: "loud"})
    setup_logging({})
    assert library_logger.handlers == before
    assert capsys.readouterr().err.splitlines() == [
        "twelvelabs_analyze: TWELVELABS_LOG='loud' ignored; use one of debug, info"
    ]


def test_twelvelabs_log_is_read_when_the_package_is_imported() -> None:
    code = "import logging, twelvelabs_analyze; print(logging.getLogger('twelvelabs_analyze').level)"
    env = {**os.environ, LOG_ENV: "info"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == str(logging.INFO)
