"""The meta-schema of ``response_format.json_schema`` (SyncResponseFormatJsonSchema in the overlay):
what the published description allows passes, each restriction it states is refused with a
message naming the keyword."""

from __future__ import annotations

from typing import Any

import pytest

from .spec_support import SCHEMAS, problems, validator

META = "SyncResponseFormatJsonSchema"
# What the client's JSON-Schema-subset checker compiles (plus annotations and x-error-message).
CHECKER_KEYWORDS = {
    "type", "enum", "const", "properties", "required", "additionalProperties", "propertyNames", "items",
    "minItems", "maxItems", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
    "maxLength", "pattern", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "$ref", "$defs",
    "dependentRequired", "description", "title", "x-error-message",
}  # fmt: skip
_MAPS = {"properties", "$defs"}  # whose keys are names, not keywords


def item(**fields: Any) -> dict[str, Any]:
    return {"type": "object", "properties": fields}


# Each documented feature, used as the description says.
DOCUMENTED = {
    "object": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Video facts",
        "description": "annotations are accepted",
        "$comment": "and ignored",
        "type": "object",
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "title": {"type": "string", "pattern": "^[A-Z]"},
            "rating": {"type": "integer", "minimum": 1, "maximum": 5, "examples": [3]},
            "score": {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 100},
            "ratio": {"type": "number"},
            "safe": {"type": "boolean", "default": True},
            "nothing": {"type": "null"},
            "recorded": {"type": "string", "format": "date-time"},
            "day": {"type": "string", "format": "date"},
            "clock": {"type": "string", "format": "time"},
            "mood": {"enum": ["calm", "tense", 1, 2.5, True, None]},
            "kind": {"const": "video"},
            "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            "maybe": {"type": "array", "items": {"type": "integer"}, "minItems": 0},
            "either": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "person": {"$ref": "#/$defs/person"},
        },
        "required": ["id", "title"],
        "$defs": {"person": item(name={"type": "string"}, age={"type": "integer", "minimum": 0})},
    },
    "timestamps": {
        "type": "object",
        "properties": {
            "start": {"type": "timestamp", "format": "seconds"},
            "scenes": {
                "type": "array",
                "items": item(
                    at={"type": "timestamp", "format": "hh:mm:ss"},
                    end={"type": "timestamp", "format": "hh:mm:ss.fff"},
                ),
            },
        },
    },
    "array": {"type": "array", "items": {"type": "string"}},
    "string": {"type": "string"},
}

# Each documented restriction: (a schema breaking it, the keyword the message must name).
VIOLATIONS = {
    "minLength": ({"type": "object", "properties": {"a": {"type": "string", "minLength": 1}}}, "minLength"),
    "maxLength": ({"type": "string", "maxLength": 9}, "maxLength"),
    "additionalProperties": ({"type": "object", "additionalProperties": False}, "additionalProperties"),
    "uniqueItems": ({"type": "array", "uniqueItems": True}, "uniqueItems"),
    "maxItems": ({"type": "array", "items": {"type": "string"}, "maxItems": 3}, "maxItems"),
    "minItems>1": ({"type": "array", "minItems": 2}, "minItems"),
    "string-format": (
        {"type": "object", "properties": {"e": {"type": "string", "format": "email"}}},
        "format",
    ),
    "oneOf": ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, "oneOf"),
    "allOf": ({"allOf": [{"type": "string"}]}, "allOf"),
    "not": ({"not": {"type": "string"}}, "not"),
    "ref-outside-defs": ({"type": "object", "properties": {"a": {"$ref": "#/properties/b"}}}, "$ref"),
    "remote-ref": ({"$ref": "https://example.test/schema.json"}, "$ref"),
    "enum-of-object": ({"enum": [{"a": 1}]}, "enum"),
    "const-array": ({"const": [1, 2]}, "const"),
    "unknown-type": ({"type": "tuple"}, "type"),
    "integer-bound-on-number": ({"type": "number", "minimum": 0}, "minimum"),
    "pattern-on-integer": ({"type": "integer", "pattern": "^1"}, "pattern"),
    "properties-on-array": ({"type": "array", "properties": {}}, "properties"),
    "items-on-object": ({"type": "object", "items": {"type": "string"}}, "items"),
    "timestamp-without-format": ({"type": "object", "properties": {"t": {"type": "timestamp"}}}, "format"),
    "timestamp-bad-format": (
        {"type": "object", "properties": {"t": {"type": "timestamp", "format": "ms"}}},
        "format",
    ),
    "timestamp-at-root": ({"type": "timestamp", "format": "seconds"}, "timestamp"),
    "timestamp-nested": (
        {"type": "object", "properties": {"a": item(t={"type": "timestamp", "format": "seconds"})}},
        "timestamp",
    ),
    "timestamp-in-anyOf": (
        {"type": "object", "properties": {"t": {"anyOf": [{"type": "timestamp", "format": "seconds"}]}}},
        "timestamp",
    ),
    "timestamp-in-defs": ({"$defs": {"t": {"type": "timestamp", "format": "seconds"}}}, "timestamp"),
    "defs-not-at-top": ({"type": "object", "properties": {"a": {"$defs": {}}}}, "$defs"),
}


@pytest.mark.parametrize("schema", DOCUMENTED.values(), ids=DOCUMENTED.keys())
def test_documented_schemas_are_accepted(schema: dict[str, Any]) -> None:
    assert problems(META, schema) == []


@pytest.mark.parametrize(("schema", "keyword"), VIOLATIONS.values(), ids=VIOLATIONS.keys())
def test_each_documented_restriction_is_refused_naming_the_keyword(
    schema: dict[str, Any], keyword: str
) -> None:
    found = problems(META, schema)
    assert found, "accepted"
    assert any(keyword in message for message in found), found


def test_an_undocumented_keyword_is_refused_at_its_path() -> None:
    errors = list(
        validator(META).iter_errors(
            {"type": "object", "properties": {"n": {"type": "integer", "multipleOf": 2}}}
        )
    )
    assert [list(error.path) for error in errors] == [["properties", "n", "multipleOf"]]
    assert (
        errors[0].schema["x-error-message"]
        == "response_format.json_schema uses a keyword the platform does not support"
    )


def test_the_timestamp_message_is_the_platform_s() -> None:
    found = problems(META, VIOLATIONS["timestamp-without-format"][0])
    assert "format is required for timestamp type; allowed values: seconds, hh:mm:ss, hh:mm:ss.fff" in found


def test_async_response_format_has_the_same_restrictions() -> None:
    assert problems(
        "AsyncResponseFormatJsonSchema", {"type": "object", "additionalProperties": False}
    ) == problems(META, {"type": "object", "additionalProperties": False})
    assert problems("AsyncResponseFormatJsonSchema", DOCUMENTED["timestamps"]) == []


def _keywords(schema: Any) -> set[str]:
    if isinstance(schema, list):
        return set().union(*map(_keywords, schema)) if schema else set()
    if not isinstance(schema, dict):
        return set()
    found = set(schema)
    for key, value in schema.items():
        if key in _MAPS and isinstance(value, dict):
            found |= set().union(*map(_keywords, value.values())) if value else set()
        elif key not in {"enum", "const", "required", "x-error-message", "description"}:
            found |= _keywords(value)
    return found


def test_the_meta_schema_uses_only_what_the_client_checker_compiles() -> None:
    meta = {key: value for key, value in SCHEMAS[META].items() if key != "description"}
    assert _keywords(meta) <= CHECKER_KEYWORDS, _keywords(meta) - CHECKER_KEYWORDS
    refs = {value for key, value in _walk(meta) if key == "$ref" and isinstance(value, str)}
    assert refs and all(ref.startswith(f"#/components/schemas/{META}/$defs/") for ref in refs), refs


def _walk(node: Any) -> list[tuple[str, Any]]:
    if isinstance(node, dict):
        return [pair for key, value in node.items() for pair in [(key, value), *_walk(value)]]
    if isinstance(node, list):
        return [pair for value in node for pair in _walk(value)]
    return []
