"""The packaged spec's request schemas compile, and the checkers follow what the spec says."""

from __future__ import annotations

import math
from typing import Any

import pytest

from twelvelabs_analyze._schema import ArgumentTypeError, ArgumentValueError, Checker, SchemaCompiler

from ._support import SPEC, request_schemas, strictly_equal

COMPILER = SchemaCompiler(SPEC)
SCHEMAS = dict(request_schemas(SPEC))
GIST = COMPILER.compile(SCHEMAS["gist body"])
SUMMARIZE = COMPILER.compile(SCHEMAS["summarize body"])
SUMMARIZE_REQUEST = SPEC["components"]["schemas"]["SummarizeRequest"]


def test_every_request_schema_compiles() -> None:
    assert {"gist body", "summarize body"} <= set(SCHEMAS)
    for name, schema in SCHEMAS.items():
        assert callable(COMPILER.compile(schema)), name


def error_of(checker: Checker, body: dict[str, Any]) -> Exception:
    with pytest.raises((TypeError, ValueError)) as info:
        checker(body, "")
    return info.value


def summary(**fields: Any) -> dict[str, Any]:
    return {"video_id": "6298d673f1090f1100476d4c", "type": "summary", **fields}


def test_valid_bodies_come_back_unchanged() -> None:
    gist = {"video_id": "6298d673f1090f1100476d4c", "types": ["title", "topic", "hashtag"]}
    assert strictly_equal(GIST(gist, ""), gist)
    body = summary(
        prompt="For a general audience.",
        temperature=0.2,
        max_tokens=1000,
        response_format={
            "type": "json_schema",
            "json_schema": {"type": "object", "properties": {"a": {"type": "string"}}},
        },
    )
    assert strictly_equal(SUMMARIZE(body, ""), body)
    for kind in ("summary", "chapter", "highlight"):
        SUMMARIZE({"video_id": "v", "type": kind}, "")


def test_the_spec_says_it_in_the_expected_words() -> None:
    cases = [
        (
            GIST,
            {"video_id": "v", "types": ["title", "titel"]},
            ValueError,
            "types[1] must be one of 'hashtag', 'title', 'topic', not 'titel'",
        ),
        (GIST, {"video_id": "v", "types": []}, ValueError, "types must not be empty"),
        (GIST, {"video_id": 7, "types": ["title"]}, TypeError, "video_id must be a string, not int"),
        (GIST, {"types": ["title"]}, TypeError, "video_id is required"),
        (GIST, {"video_id": "v", "types": "title"}, TypeError, "types must be a list, not str"),
        (
            SUMMARIZE,
            {"video_id": "v", "type": "chapters"},
            ValueError,
            "type must be one of 'chapter', 'highlight', 'summary', not 'chapters'",
        ),
        (SUMMARIZE, summary(temperature=1.5), ValueError, "temperature must be between 0 and 1, not 1.5"),
        (SUMMARIZE, summary(temperature="hot"), TypeError, "temperature must be a number, not str"),
        (SUMMARIZE, summary(max_tokens=0), ValueError, "max_tokens must be"),
        (SUMMARIZE, summary(max_tokens=2.0), TypeError, "max_tokens must be an integer, not float"),
        (SUMMARIZE, summary(prompt=["a"]), TypeError, "prompt must be a string, not list"),
        (
            SUMMARIZE,
            summary(response_format={"type": "json_schema"}),
            TypeError,
            "response_format.json_schema is required",
        ),
        (
            SUMMARIZE,
            summary(response_format={"type": "json", "json_schema": {}}),
            ValueError,
            "response_format.type must be 'json_schema', not 'json'",
        ),
        (
            SUMMARIZE,
            summary(response_format={"type": "json_schema", "json_schema": {}, "strict": True}),
            TypeError,
            "response_format has unknown key 'strict' (allowed: type, json_schema)",
        ),
        (
            SUMMARIZE,
            summary(response_format={"type": "json_schema", "json_schema": []}),
            TypeError,
            "response_format.json_schema must be a dict, not list",
        ),
        (SUMMARIZE, summary(stream=False), TypeError, "stream is not a known parameter"),
    ]
    case: Any
    for case in cases:
        checker, body, kind, expected = case
        error = error_of(checker, body)
        assert isinstance(error, kind), (body, error)
        assert str(error).startswith(expected), (body, error)


def test_temperature_bounds_of_the_spec_at_float_precision() -> None:
    schema = SUMMARIZE_REQUEST["properties"]["temperature"]
    low, high = schema["minimum"], schema["maximum"]
    assert (low, high) == (0, 1)
    for value in (low, high, float(low), float(high), 0.5):
        SUMMARIZE(summary(temperature=value), "")
    for value in (math.nextafter(low, -math.inf), math.nextafter(high, math.inf), -1, 2, 10**400, -(10**400)):
        error = error_of(SUMMARIZE, summary(temperature=value))
        assert isinstance(error, ArgumentValueError)
        assert str(error).startswith("temperature must be between 0 and 1, not ")
        assert error.parameter == "temperature"


def test_max_tokens_bounds_of_the_spec() -> None:
    schema = SUMMARIZE_REQUEST["properties"]["max_tokens"]
    low = schema["minimum"]
    assert low == 1
    SUMMARIZE(summary(max_tokens=low), "")
    assert isinstance(error_of(SUMMARIZE, summary(max_tokens=low - 1)), ArgumentValueError)
    high = schema.get("maximum")  # 4096 per the SDK reference, once the spec says so
    if high is not None:
        SUMMARIZE(summary(max_tokens=high), "")
        error = error_of(SUMMARIZE, summary(max_tokens=high + 1))
        assert isinstance(error, ArgumentValueError)
        assert str(error) == f"max_tokens must be between {low} and {high}, not {high + 1}"
    for wrong in (True, 1.0, "1", None):
        assert isinstance(error_of(SUMMARIZE, summary(max_tokens=wrong)), ArgumentTypeError)


def test_free_form_json_schema_is_still_normalized() -> None:
    def rf(json_schema: Any) -> dict[str, Any]:
        return summary(response_format={"type": "json_schema", "json_schema": json_schema})

    normalized = SUMMARIZE(rf({"type": "object", "properties": ({"a": (1, 2)})}), "")
    assert normalized["response_format"]["json_schema"] == {"type": "object", "properties": {"a": [1, 2]}}
    for bad, kind in (
        ({1: "a"}, TypeError),
        ({"a": {1, 2}}, TypeError),
        ({"a": math.nan}, ValueError),
        ({"a": "\ud800"}, ValueError),
    ):
        error = error_of(SUMMARIZE, rf(bad))
        assert isinstance(error, kind), bad
        assert str(error).startswith("response_format.json_schema"), error
