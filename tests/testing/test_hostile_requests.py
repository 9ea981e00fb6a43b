"""Whatever a client sends, the fake answers it, never with a 500 and never with an exception.

Deep nesting, lone surrogates, NaN and Infinity, numbers no double holds, wrong types, bytes that
are not JSON at all, hostile query strings and path parameters — each a 4xx in the documented
error shape. Valid requests with one part replaced reach deep into the fake (windows of time,
segment definitions, JSON schemas), and created tasks are read back once done. Hypothesis runs
derandomized (the same examples every run).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twelvelabs_analyze.testing import FakeResponse, FakeTwelveLabs, load_spec

from .conftest import JSON_HEADERS, KEY, body_of, post

SPEC = load_spec()
SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SEGMENTS = {
    "type": "segment_definitions",
    "segment_time_format": "hh:mm:ss.fff",
    "segment_definitions": [
        {
            "id": "moments",
            "description": "moments",
            "fields": [{"name": "at", "type": "timestamp", "format": "hh:mm:ss", "description": "when"}],
        }
    ],
}
TIME_BASED = {
    "video": {"type": "url", "url": "https://example.com/v.mp4"},
    "model_name": "pegasus1.5",
    "analysis_mode": "time_based_metadata",
    "response_format": SEGMENTS,
}
VALID_BODIES: dict[str, list[dict[str, Any]]] = {
    "/gist": [{"video_id": "v1", "types": ["title", "topic"]}],
    "/summarize": [{"video_id": "v1", "type": "chapter", "temperature": 0.5}],
    "/analyze": [
        {"video_id": "v1", "prompt": "Summarize", "stream": False, "temperature": 0.2, "max_tokens": 100},
        {"video": {"type": "asset_id", "asset_id": "a1"}, "model_name": "pegasus1.5", "prompt": "Hi",
         "start_time": 10, "end_time": 20},
        {"video_id": "v1", "prompt": "Give a title", "response_format": {
            "type": "json_schema", "json_schema": {"type": "object", "properties": {"title": {"type": "string"}}}}},
    ],
    "/analyze/tasks": [
        {**TIME_BASED, "min_segment_duration": 2, "max_segment_duration": 30, "start_time": 0, "end_time": 60},
        {**TIME_BASED, "response_format": {**SEGMENTS, "segment_definitions": [
            {**SEGMENTS["segment_definitions"][0], "time_ranges": [{"start_time": 5, "end_time": 50}]}]}},
        {"video": {"type": "url", "url": "https://example.com/v.mp4"}, "prompt": "Describe", "custom_id": "c-1"},
    ],
}  # fmt: skip


def _property_names(node: Any, found: set[str]) -> set[str]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "properties" and isinstance(value, Mapping):
                found.update(value)
            _property_names(value, found)
    elif isinstance(node, list):
        for item in node:
            _property_names(item, found)
    return found


NAMES = sorted(_property_names(SPEC.document["components"], set()))

surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
texts = st.text(st.one_of(st.characters(), surrogates), max_size=12)
numbers = st.one_of(
    st.sampled_from([1e308, -1e308, 1.7976931348623157e308, 5e-324, -0.0, 2**63, -(2**64) - 1]),
    st.sampled_from([10**308, -(10**309), 10**400]),  # within and past a double's range
    st.floats(),  # NaN and the infinities included: sent as the literals NaN, Infinity, -Infinity
    st.integers(),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, texts, st.sampled_from(NAMES))
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(NAMES), texts), inner, max_size=4),
    ),
    max_leaves=10,
)


def _deep(depth: int, kind: str) -> str:
    return "[" * depth + "]" * depth if kind == "list" else '{"a":' * depth + "1" + "}" * depth


deep_texts = st.builds(_deep, st.integers(60, 5000), st.sampled_from(["list", "object"]))


@st.composite
def replaced(draw: st.DrawFn, base: Any) -> Any:
    """``base`` with one value somewhere inside it (or one new key) replaced by a hostile one."""
    if not isinstance(base, dict | list) or not base or draw(st.integers(0, 3)) == 0:
        return draw(values)
    copy: Any = json.loads(json.dumps(base))
    if isinstance(copy, dict):
        key = draw(st.sampled_from([*copy, *NAMES]))
        copy[key] = draw(replaced(copy[key])) if key in copy else draw(values)
    else:
        index = draw(st.integers(0, len(copy) - 1))
        copy[index] = draw(replaced(copy[index]))
    return copy


def encode(value: Any, ascii_only: bool) -> bytes:
    text = json.dumps(value, allow_nan=True, ensure_ascii=ascii_only)
    return text.encode("utf-8", "surrogatepass")  # lone surrogates as invalid UTF-8 when not escaped


@st.composite
def bodies(draw: st.DrawFn, path: str) -> bytes:
    kind = draw(st.sampled_from(["mutated", "mutated", "mutated", "value", "deep", "digits", "bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=64))
    if kind == "digits":  # more digits than Python reads (4,300): sent as text, no int holds it
        name = draw(st.sampled_from(NAMES))
        return f'{{"video_id": "v1", "{name}": -{"9" * draw(st.integers(300, 6000))}}}'.encode()
    if kind == "deep":
        inner = draw(deep_texts)
        return (inner if draw(st.booleans()) else '{"video_id": "v", "prompt": ' + inner + "}").encode()
    if kind == "value":
        return encode(draw(values), draw(st.booleans()))
    base = draw(st.sampled_from(VALID_BODIES.get(path, [{}])))
    return encode(draw(replaced(base)), draw(st.booleans()))


path_parts = st.one_of(st.just("task-1"), texts.map(lambda t: quote(t.encode("utf-8", "surrogatepass"))))
queries = st.one_of(
    st.just(""),
    st.lists(
        st.tuples(
            st.sampled_from(["page", "page_limit", "status", "video_id", "asset_id", "analysis_mode", "x"]),
            st.one_of(st.sampled_from(["1e999", "NaN", "-Infinity", "9" * 5000, "0", "-1", "2"]), texts),
        ),
        max_size=3,
    ).map(lambda pairs: "&".join(f"{k}={quote(v.encode('utf-8', 'surrogatepass'))}" for k, v in pairs)),
)

ROUTES = sorted((op.method, op.path) for op in SPEC.operations.values())


def assert_answered(response: FakeResponse) -> None:
    """A 2xx, or a 4xx whose body is the API's error in one of the documented shapes."""
    assert response.status < 500, response.body[:500]
    if response.status >= 400 and response.body:
        body = body_of(response)
        error = body.get("error", body)
        assert isinstance(error.get("code"), str) and isinstance(error.get("message"), str), body


@pytest.mark.parametrize(("method", "path"), ROUTES, ids=[f"{m} {p}" for m, p in ROUTES])
@SETTINGS
@given(data=st.data())
def test_no_request_gets_a_500(method: str, path: str, data: st.DataObject) -> None:
    fake = FakeTwelveLabs(api_key=KEY, rate_limit=10**9)
    target = SPEC.server_path + path.replace("{task_id}", data.draw(path_parts, label="task_id"))
    query = data.draw(queries, label="query") if method == "GET" else ""
    body = data.draw(bodies(path), label="body") if method == "POST" else b""
    response = fake.handle(method, target + (f"?{query}" if query else ""), JSON_HEADERS, body)
    assert_answered(response)
    if response.status == 202:  # a task: it must also be readable, and listable, once done
        task_id = body_of(response)["task_id"]
        fake.advance(3600)
        for answer in (
            fake.handle("GET", f"{SPEC.server_path}/analyze/tasks/{task_id}", JSON_HEADERS, b""),
            fake.handle("GET", f"{SPEC.server_path}/analyze/tasks", JSON_HEADERS, b""),
        ):
            assert answer.status == 200, answer.body[:500]


def through_the_asgi_app(fake: FakeTwelveLabs, path: str, body: bytes) -> FakeResponse:
    """POST ``body`` through the fake's ASGI application (as schemathesis and serve() reach it)."""

    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=fake)
        async with httpx.AsyncClient(transport=transport, base_url=fake.base_url) as client:
            return await client.post(path, content=body, headers=JSON_HEADERS)

    response = anyio.run(send)
    return FakeResponse(response.status_code, list(response.headers.items()), response.content)


@settings(SETTINGS, max_examples=40)
@given(path=st.sampled_from(sorted(VALID_BODIES)), data=st.data())
def test_no_request_gets_a_500_through_the_asgi_app(path: str, data: st.DataObject) -> None:
    fake = FakeTwelveLabs(api_key=KEY, rate_limit=10**9)
    assert_answered(through_the_asgi_app(fake, path, data.draw(bodies(path), label="body")))


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b'{"video_id": "v1", "prompt": "\\ud800"}', "unpaired surrogate \\ud800"),
        ('{"video_id": "v1", "prompt": "\ud800"}'.encode("utf-8", "surrogatepass"), "not valid JSON"),
        (b'{"video_id": "v1", "prompt": "p", "temperature": NaN}', "NaN is not a JSON number"),
        (b'{"video_id": "v1", "prompt": "p", "temperature": -Infinity}', "-Infinity is not a JSON number"),
        (b'{"video_id": "v1", "prompt": "p", "temperature": 1e400}', "the number 1e400 is out of range"),
        (b'{"video_id": "v1", "prompt": "p", "max_tokens": 1' + b"0" * 400 + b"}", "is out of range"),
        (b'{"video_id": "v1", "prompt": "p", "max_tokens": 1' + b"0" * 5000 + b"}", "is out of range"),
        (b"[" * 100_000 + b"]" * 100_000, "nested more than 64 levels deep"),
        (b'{"video_id": "v1", "prompt": ' + b"[" * 64 + b"]" * 64 + b"}", "nested more than 64 levels deep"),
    ],
)
@pytest.mark.parametrize("asgi", [False, True], ids=["handle", "asgi"])
def test_hostile_json_is_a_400_that_says_why(fake: FakeTwelveLabs, raw: bytes, says: str, asgi: bool) -> None:
    response = through_the_asgi_app(fake, "/analyze", raw) if asgi else post(fake, "/v1.3/analyze", raw)
    assert response.status == 400
    assert body_of(response)["code"] == "parameter_invalid"
    assert body_of(response)["message"].startswith("The request body is not valid JSON")
    assert says in body_of(response)["message"]


def test_nesting_up_to_the_limit_is_read(fake: FakeTwelveLabs) -> None:
    nested: Any = "x"
    for _ in range(62):  # the body and the prompt's value make 64 levels
        nested = [nested]
    response = post(fake, "/v1.3/analyze", {"video_id": "v1", "prompt": nested})
    assert response.status == 400
    assert "The prompt parameter is invalid" in body_of(response)["message"]  # a list, not a string


@pytest.mark.parametrize(
    "window", [{"start_time": 1e308, "end_time": 1.7e308}, {"start_time": -1.7e308, "end_time": 1.7e308}]
)
def test_huge_analysis_windows_are_analysed_where_the_video_is(
    fake: FakeTwelveLabs, window: dict[str, float]
) -> None:
    """What made the contract test flaky: times past any video overflowed the fake's clock."""
    client = fake.client(max_retries=0)
    task = client.analyze_async.tasks.create(**TIME_BASED, **window)
    fake.advance(3600)
    done = client.analyze_async.tasks.retrieve(task.task_id)
    segments = json.loads(done.result.data)["moments"]  # type: ignore[union-attr]
    duration = fake.tasks[0]["video_source"]["system_metadata"]["duration"]
    assert all("00:00:00.000" <= s["start_time"] < s["end_time"] for s in segments)
    if window["start_time"] > duration:
        assert segments == []  # the window lies past the end of the video
    else:
        assert segments


def test_an_unexpected_failure_is_the_documented_500_not_an_exception(
    fake: FakeTwelveLabs, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any) -> Any:
        raise OverflowError("a bug")

    monkeypatch.setattr(fake, "_respond", broken)
    response = post(fake, "/v1.3/analyze/tasks", {})
    assert response.status == 500
    assert body_of(response) == {
        "error": {"code": "internal_error", "message": "The fake failed to answer this request."}
    }
