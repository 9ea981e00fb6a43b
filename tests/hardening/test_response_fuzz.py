"""Property-based response fuzzing: whatever a server answers, a call returns a result or raises a
``TwelveLabsError``, and never sleeps longer than ``max_retry_wait`` (issue #10).

Random statuses, headers (the hostile values of items 1-2 among them) and bodies (random bytes,
JSON of random shape, deep nesting, huge integers, lone surrogates, NaN, bogus charsets and
encodings) go through ``httpx.MockTransport`` into the real clients: sync and async, ``gist`` and
``summarize``, with orjson and the standard library. ``pytest -s`` prints how many examples ran.
"""

from __future__ import annotations

import asyncio
import json
import math
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import twelvelabs_analyze._sleep as sleep_module
from twelvelabs_analyze import (
    AsyncTwelveLabs,
    RateLimitError,
    RawResponse,
    TwelveLabs,
    TwelveLabsError,
    _json,
)
from twelvelabs_analyze._headers import MAX_SERVER_WAIT

from .conftest import BACKENDS

EXAMPLES: Counter[tuple[str, str, str, str, str]] = Counter()  # (test, mode, endpoint, backend, outcome)
# Deterministic in CI (the same examples every run), no replay of local failures, no time limit per example.
FUZZ_SETTINGS: dict[str, Any] = {
    "deadline": None,
    "derandomize": True,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
KEY = "fuzz-key-0123456789"  # long: a one-letter key would be redacted out of every message

# --------------------------------------------------------------------------- strategies

_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
_any_json = st.recursive(
    _scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=25,
)
_NUMBERS = [
    "inf",
    "-inf",
    "nan",
    "1e400",
    "-3",
    "0",
    "1",
    "2.5",
    "99999999999999999999",
    "",
    "soon",
    "1_0",
    "٣",
]
_header_values = st.one_of(
    st.sampled_from(_NUMBERS),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.floats().map(repr),
    st.sampled_from(
        [
            "Mon, 01 Jan 2024 00:00:00 +99999999999999",
            "Mon, 01 Jan 2024 00:00:00 GMT",
            "Fri, 31 Dec 9999 23:59:59 GMT",
            "Mon, 01 Jan 0000 00:00:00 GMT",
            "Wed, 21 Oct 2015 07:28:00 -9999",
        ]
    ),
    st.text(st.characters(min_codepoint=32, max_codepoint=0x2FF), max_size=30),
)
_content_types = st.sampled_from(
    [
        "application/json",
        "text/html",
        "text/plain; charset=utf-8",
        *(f"text/html; charset={c}" for c in ["rot13", "base64", "hex", "zlib", "idna", "utf-16", "undefined", "bogus", "utf-7"]),
    ]
)  # fmt: skip
_headers = st.fixed_dictionaries(
    {},
    optional={
        "Retry-After": _header_values,
        "Retry-After-Ms": _header_values,
        "X-Ratelimit-Limit": _header_values,
        "X-Ratelimit-Remaining": _header_values,
        "X-Ratelimit-Used": _header_values,
        "X-Ratelimit-Reset": _header_values,
        "Content-Type": _content_types,
        "Content-Encoding": st.sampled_from(["gzip", "br", "deflate", "identity", "zstd", "x-bogus"]),
    },
)


def _gist_shaped() -> st.SearchStrategy[Any]:
    return st.fixed_dictionaries(
        {"id": _any_json},
        optional={"title": _any_json, "topics": _any_json, "hashtags": _any_json, "usage": _any_json},
    )


def _summarize_shaped() -> st.SearchStrategy[Any]:
    kinds = st.sampled_from(["summary", "chapter", "highlight", "other"]) | _any_json
    return st.fixed_dictionaries(
        {"summarize_type": kinds, "id": _any_json},
        optional={"summary": _any_json, "chapters": _any_json, "highlights": _any_json, "usage": _any_json},
    )


def _error_shaped() -> st.SearchStrategy[Any]:
    return st.fixed_dictionaries(
        {}, optional={"code": _any_json, "message": _any_json, "docs_url": _any_json}
    )


_VALID = [
    {"id": "g", "title": "t", "topics": ["a"], "hashtags": ["#b"], "usage": {"output_tokens": 3}},
    {"summarize_type": "summary", "id": "s", "summary": "A summary.", "usage": {"output_tokens": 3}},
    {"summarize_type": "chapter", "id": "c", "chapters": [{"chapter_number": 0, "start_sec": 0, "end_sec": 5, "chapter_title": "t", "chapter_summary": "s"}]},
    {"summarize_type": "highlight", "id": "h", "highlights": [{"start_sec": 0, "end_sec": 5, "highlight": "h", "highlight_summary": "s"}]},
]  # fmt: skip


def _valid_body(endpoint: str) -> bytes:
    kind = endpoint.partition(":")[2]
    return json.dumps(next(v for v in _VALID if v.get("summarize_type") == (kind or None))).encode()


_DEPTHS = [2, 511, 512, 513, 1024, 1025, 5000, 100_000]
_bodies = st.one_of(
    st.sampled_from(_VALID).map(lambda v: json.dumps(v).encode()),  # results, with hostile headers
    st.binary(max_size=300),
    _any_json.map(lambda v: json.dumps(v).encode()),
    st.one_of(_gist_shaped(), _summarize_shaped(), _error_shaped()).map(lambda v: json.dumps(v).encode()),
    st.sampled_from(_DEPTHS).map(lambda n: b"[" * n + b"]" * n),
    st.sampled_from(_DEPTHS).map(lambda n: b'{"id": ' * n + b"1" + b"}" * n),
    st.integers(min_value=300, max_value=6000).map(lambda n: b'{"id": "x", "title": ' + b"9" * n + b"}"),
    st.sampled_from(
        [
            b'{"id": "\\ud800", "title": "lone \\udfff surrogates", "topics": ["\\ud83d"]}',
            b'{"id": "\xed\xa0\x80"}',
            b'{"id": NaN, "title": Infinity}',
            b'{"summarize_type": "summary", "id": "x", "summary": "\\ud800"}',
            b'{"summarize_type": "chapter", "id": "x", "chapters": [{"chapter_number": 1e400}]}',
            b'{"summarize_type": "highlight", "id": "x", "highlights": [{"start_sec": -1e308, "end_sec": 1e308}]}',
            b"\xef\xbb\xbf{}",
            b"",
        ]
    ),
)
_statuses = st.one_of(
    st.sampled_from([200, 201, 204, 299, 400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504, 599]),
    st.integers(min_value=100, max_value=999),
)
_answers = st.lists(st.tuples(_statuses, _headers, _bodies), min_size=1, max_size=4)


# --------------------------------------------------------------------------- running one example


@contextmanager
def _recorded_sleeps() -> Iterator[list[float]]:
    waits: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        waits.append(seconds)

    saved = sleep_module.sleep, sleep_module.async_sleep
    sleep_module.sleep, sleep_module.async_sleep = waits.append, fake_async_sleep  # type: ignore[assignment]
    try:
        yield waits
    finally:
        sleep_module.sleep, sleep_module.async_sleep = saved  # type: ignore[assignment]


@contextmanager
def _json_backend(name: str) -> Iterator[None]:
    saved = _json._backend
    _json._backend = BACKENDS[name]
    try:
        yield
    finally:
        _json._backend = saved


def _transport_answers(
    answers: list[tuple[int, dict[str, str], bytes]], paths: list[str] | None = None
) -> Any:
    served = iter(answers)
    last = answers[-1]

    def answer(request: httpx.Request) -> httpx.Response:
        if paths is not None:
            paths.append(request.url.path)
        status, headers, body = next(served, last)
        return httpx.Response(status, headers={k: v.encode() for k, v in headers.items()}, content=body)

    return answer


def _call(mode: str, endpoint: str, answer: Any, options: dict[str, Any]) -> RawResponse[Any]:
    args: tuple[Any, ...] = ("video-1",)
    kwargs: dict[str, Any] = {} if endpoint == "gist" else {"type": endpoint.split(":")[1]}
    name = endpoint.split(":", maxsplit=1)[0]
    if mode == "sync":
        http = httpx.Client(transport=httpx.MockTransport(answer))
        with http, TwelveLabs(api_key=KEY, base_url="http://api.test", http_client=http, **options) as client:
            raw: RawResponse[Any] = getattr(client.with_raw_response, name)(*args, **kwargs)
            return raw

    async def run() -> RawResponse[Any]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer)) as http:
            client = AsyncTwelveLabs(api_key=KEY, base_url="http://api.test", http_client=http, **options)
            result: RawResponse[Any] = await getattr(client.with_raw_response, name)(*args, **kwargs)
            return result

    return asyncio.run(run())


@settings(max_examples=1000, **FUZZ_SETTINGS)
@given(
    answers=_answers,
    mode=st.sampled_from(["sync", "async"]),
    endpoint=st.sampled_from(["gist", "summarize:summary", "summarize:chapter", "summarize:highlight"]),
    backend=st.sampled_from(sorted(BACKENDS)),
    max_retries=st.integers(min_value=0, max_value=3),
    max_retry_wait=st.sampled_from([0.0, 0.5, 5.0, 60.0]),
    then_valid=st.none() | _headers,
)
def test_any_answer_is_a_result_or_a_twelvelabs_error(
    answers: list[tuple[int, dict[str, str], bytes]],
    mode: str,
    endpoint: str,
    backend: str,
    max_retries: int,
    max_retry_wait: float,
    then_valid: dict[str, str] | None,
) -> None:
    if then_valid is not None:  # a good answer for this endpoint (hostile headers and all) comes next
        answers = [*answers, (200, then_valid, _valid_body(endpoint))]
    options = {"max_retries": max_retries, "max_retry_wait": max_retry_wait}
    paths: list[str] = []
    with _recorded_sleeps() as waits, _json_backend(backend):
        try:
            raw = _call(mode, endpoint, _transport_answers(answers, paths), options)
        except TwelveLabsError as error:
            outcome = type(error).__name__
            str(error), repr(error)
            # A 404 from the retired endpoint moves the call to /analyze: one more attempt, no retry.
            rerouted = any(path.endswith("/analyze") for path in paths)
            assert 1 <= error.attempts <= max_retries + 1 + rerouted
            if isinstance(error, RateLimitError):
                assert error.retry_after is None or 0 <= error.retry_after <= MAX_SERVER_WAIT
        else:
            outcome = "result"
            raw.rate_limit  # noqa: B018 - item 1: reading it on a 2xx raised OverflowError
            assert 200 <= raw.status_code < 300
    EXAMPLES["any answer", mode, endpoint.partition(":")[0], backend, outcome] += 1
    assert len(waits) <= max_retries
    assert all(math.isfinite(w) and 0 <= w <= max_retry_wait for w in waits), waits


_retryable = st.tuples(st.sampled_from([408, 409, 429, 500, 502, 503, 504, 599]), _headers, _bodies)


@settings(max_examples=300, **FUZZ_SETTINGS)
@given(
    failures=st.lists(_retryable, max_size=3),
    good_headers=_headers,
    mode=st.sampled_from(["sync", "async"]),
    endpoint=st.sampled_from(["gist", "summarize:summary", "summarize:chapter", "summarize:highlight"]),
    backend=st.sampled_from(sorted(BACKENDS)),
)
def test_a_good_answer_after_retryable_failures_is_a_result(
    failures: list[tuple[int, dict[str, str], bytes]],
    good_headers: dict[str, str],
    mode: str,
    endpoint: str,
    backend: str,
) -> None:
    """Retries to spare and no cap on waits: whatever the failures said, the good answer wins."""
    good_headers.pop("Content-Encoding", None)  # an encoding the body does not have makes it bad
    answers = [*failures, (200, good_headers, _valid_body(endpoint))]
    options = {"max_retries": len(failures), "max_retry_wait": MAX_SERVER_WAIT}
    with _recorded_sleeps() as waits, _json_backend(backend):
        raw = _call(mode, endpoint, _transport_answers(answers), options)
    attempts = f"result after {len(failures)} failures"
    EXAMPLES["good answer after failures", mode, endpoint.partition(":")[0], backend, attempts] += 1
    assert raw.attempts == len(failures) + 1 and raw.status_code == 200
    raw.rate_limit  # noqa: B018
    assert len(waits) == len(failures)
    assert all(math.isfinite(w) and 0 <= w <= MAX_SERVER_WAIT for w in waits), waits


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    print(f"\n\nresponse fuzzing: {sum(EXAMPLES.values())} examples")
    for title, pick in [
        ("per test", lambda k: k[0]),
        ("per client, endpoint, JSON backend", lambda k: " ".join(k[1:4])),
        ("per outcome", lambda k: f"{k[0]}: {k[4]}"),
    ]:
        counts: Counter[str] = Counter()
        for key, count in EXAMPLES.items():
            counts[pick(key)] += count
        print(f"  {title}: " + ", ".join(f"{name} {n}" for name, n in sorted(counts.items())))
