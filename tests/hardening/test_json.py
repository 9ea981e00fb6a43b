"""The one JSON decode path: same limits and one error type with orjson and the standard library
(issue #10, items 3-4)."""

from __future__ import annotations

import json
import sys
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twelvelabs_analyze import (
    APIResponseValidationError,
    InternalServerError,
    RateLimitError,
    SummaryResult,
    TwelveLabs,
    _json,
    parse_structured_summary,
)
from twelvelabs_analyze._json import MAX_BODY_BYTES, MAX_DEPTH, BodyDecodeError, loads

from .conftest import BACKENDS


def nested(depth: int, inner: bytes = b"") -> bytes:
    return b"[" * depth + inner + b"]" * depth


def nested_objects(depth: int) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


GOOD = [
    (b'{"id": "x", "title": "t", "n": [1, 2.5, -3, true, false, null]}', {"id": "x", "title": "t", "n": [1, 2.5, -3, True, False, None]}),
    (b" \n[] ", []),
    (b'"caf\xc3\xa9 \\u00e9 \\ud83d\\ude00"', "café é 😀"),
    (b'{"a": 1, "a": 2}', {"a": 2}),
    (nested(MAX_DEPTH), None),
    (nested(MAX_DEPTH - 1, b'{"a": 1}'), None),  # an object as the deepest level
    (nested_objects(MAX_DEPTH - 1), None),
    (b"9" * 18, 999_999_999_999_999_999),
]  # fmt: skip

BAD = [
    b"",
    b"   ",
    b"{",
    b'{"a": 1',  # truncated
    b"[1, 2,]",
    b"1 2",
    b"<html><body>502 Bad Gateway</body></html>",
    b"\xff\xfe[\x00]\x00",  # UTF-16: json.loads(bytes) would guess the encoding
    b"\xef\xbb\xbf{}",  # byte-order mark
    b'"\xed\xa0\x80"',  # an encoded surrogate
    b'["\xff"]',  # not UTF-8
    b'"a\x00b"',  # control character in a string
    b"NaN",
    b"[Infinity]",
    b"-Infinity",
    b"1" * 4301,  # ValueError: Exceeds the limit (4300 digits) with the standard library
    b'{"n": ' + b"1" * 5000 + b"}",
    b"-" + b"9" * 4400,
    nested(MAX_DEPTH + 1),
    nested(MAX_DEPTH, b'{"a": 1}'),  # depth 513 through an untracked dict at the bottom
    nested_objects(MAX_DEPTH + 1),
    nested(1024),
    nested(1025),  # orjson's own limit
    b"[" * 100_000 + b"]" * 100_000,  # RecursionError with the standard library
    b"[" * 100_000,
    b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
]


@pytest.mark.parametrize(("body", "expected"), GOOD, ids=range(len(GOOD)))
def test_good_bodies_decode_the_same(json_backend: str, body: bytes, expected: Any) -> None:
    value = loads(body)
    assert value == (expected if expected is not None else json.loads(body))
    assert loads(body.decode()) == value  # str input (the structured summary) too


@pytest.mark.parametrize("body", BAD, ids=lambda b: repr(b[:24]) + f"…{len(b)}")
def test_bad_bodies_raise_one_error_type(json_backend: str, body: bytes) -> None:
    with pytest.raises(BodyDecodeError):
        loads(body)


@pytest.mark.parametrize("body", [nested(MAX_DEPTH + 1), nested(1025), b"[" * 100_000 + b"]" * 100_000])
def test_depth_is_reported_as_depth(json_backend: str, body: bytes) -> None:
    with pytest.raises(BodyDecodeError, match=f"nested deeper than {MAX_DEPTH} levels"):
        loads(body)


def test_syntax_errors_carry_a_position(json_backend: str) -> None:
    with pytest.raises(BodyDecodeError) as caught:
        loads('{"tags": ["a", "b')
    pos = caught.value.pos
    assert pos is not None and 10 <= pos <= 17  # orjson: where the text ends; json: where "b starts
    assert f"(character {pos})" in str(caught.value)


def test_size_limit(json_backend: str) -> None:
    loads(b" " * 1000 + b"1")
    with pytest.raises(BodyDecodeError, match="more than the 67,108,864 decoded"):
        loads(b" " * MAX_BODY_BYTES + b"1")


def test_a_deep_caller_stack_still_decodes_512_levels() -> None:
    """With the standard library the depth it can decode shrinks as the caller's stack grows; a
    fresh thread makes the limit independent of where ``loads`` is called from."""
    _json_backend = _json._backend
    try:
        _json._backend = _json.STDLIB
        limit = sys.getrecursionlimit()

        def at_depth(frames: int, body: bytes) -> Any:
            return loads(body) if frames == 0 else at_depth(frames - 1, body)

        frames = limit - MAX_DEPTH // 2  # too deep for MAX_DEPTH levels in this thread
        assert at_depth(frames, nested(MAX_DEPTH)) == json.loads(nested(MAX_DEPTH))
        with pytest.raises(BodyDecodeError, match="nested deeper"):
            at_depth(frames, nested(MAX_DEPTH + 1))
        with pytest.raises(BodyDecodeError, match="Expecting"):
            at_depth(frames, nested(MAX_DEPTH - 10)[:-1])
    finally:
        _json._backend = _json_backend


def test_the_env_variable_picks_the_standard_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWELVELABS_ANALYZE_NO_ORJSON", "1")
    assert _json._pick() is _json.STDLIB
    monkeypatch.delenv("TWELVELABS_ANALYZE_NO_ORJSON")
    assert _json._pick().name == ("orjson" if "orjson" in BACKENDS else "json")


# --------------------------------------------------------------------------- the depth walk


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=3), children, max_size=4)
    ),
    max_leaves=40,
)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(value=_json_values, limit=st.integers(min_value=0, max_value=8))
def test_the_depth_walk_is_exact(value: Any, limit: int) -> None:
    """The walk skips untracked dicts; compare it with a plain recursive count on decoded values."""
    text = json.dumps(value)
    for backend in BACKENDS.values():
        decoded = backend.decode(text.encode())
        assert _json._nested_deeper_than(decoded, limit) == (_depth(decoded) > limit)


# --------------------------------------------------------------------------- through the client


def _client(status: int, body: bytes, headers: dict[str, str] | None = None) -> TwelveLabs:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return TwelveLabs(api_key="k", base_url="http://api.test", http_client=http, max_retries=0)


@pytest.mark.parametrize(
    "body", [b"1" * 4301, nested(100_000), b'{"id": "v", "title": ' + b"9" * 5000 + b"}"]
)
def test_a_2xx_body_that_cannot_be_decoded_is_a_validation_error(json_backend: str, body: bytes) -> None:
    with pytest.raises(APIResponseValidationError, match="is not JSON") as caught:
        _client(200, body).gist("v")
    assert caught.value.body == body.decode()


@pytest.mark.parametrize("body", [b"1" * 4301, nested(100_000), b"NaN"])
@pytest.mark.parametrize(("status", "error"), [(429, RateLimitError), (500, InternalServerError)])
def test_an_error_body_that_cannot_be_decoded_is_kept_as_text(
    json_backend: str, body: bytes, status: int, error: type[Exception]
) -> None:
    with pytest.raises(error) as caught:
        _client(status, body).gist("v")
    assert caught.value.body == body.decode()  # type: ignore[attr-defined]


@pytest.mark.parametrize("summary", ["1" * 4301, "[" * 5000 + "]" * 5000, "NaN", '{"a": [1'])
def test_a_structured_summary_that_cannot_be_decoded(json_backend: str, summary: str) -> None:
    result = SummaryResult.from_dict({"summarize_type": "summary", "summary": summary})
    with pytest.raises(APIResponseValidationError, match="not valid JSON") as caught:
        parse_structured_summary(result)
    assert caught.value.body == summary
    assert ("truncated" in str(caught.value)) == (summary == '{"a": [1')


@pytest.mark.parametrize("value", [2**64, -(2**63) - 1, 10**40])
def test_integers_beyond_64_bits_are_sent_exactly(value: int) -> None:
    """orjson refuses to write them (``TypeError``); the body is still the JSON the caller gave."""
    from twelvelabs_analyze._prepare import encode_json

    body = {"response_format": {"type": "json_schema", "json_schema": {"maximum": value}}, "t": "é"}
    assert json.loads(encode_json(body)) == body
