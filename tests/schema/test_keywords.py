"""Each supported keyword: what passes, what fails, and the message it fails with."""

from __future__ import annotations

import json
import math
import pickle
from typing import Any

import pytest

from twelvelabs_analyze._schema import (
    ArgumentError,
    ArgumentTypeError,
    ArgumentValueError,
    SchemaCompileError,
    SchemaCompiler,
)

from ._support import JSON_SCHEMA_SUBSET, check, failure


def message(schema: Any, value: object, path: str = "x") -> str:
    return str(failure(schema, value, path))


# --------------------------------------------------------------------------- type


@pytest.mark.parametrize(
    ("name", "good", "bad"),
    [
        ("string", ["", "a", "ünï"], [1, 1.5, True, None, [], {}]),
        ("integer", [0, -3, 10**30], [1.0, 1.5, True, False, "1", None, [], {}]),
        ("number", [0, 1.5, -(10**30), 1e308], [True, "1", None, [], {}]),
        ("boolean", [True, False], [0, 1, "true", None, [], {}]),
        ("null", [None], [0, False, "", [], {}]),
        ("array", [[], [1, "a"], ()], ["ab", {}, None, 1]),
        ("object", [{}, {"a": 1}], [[], "a", None, 1]),
    ],
)
def test_type_names(name: str, good: list[Any], bad: list[Any]) -> None:
    for value in good:
        check({"type": name}, value)
    for value in bad:
        error = failure({"type": name}, value)
        assert isinstance(error, ArgumentTypeError), value


def test_type_messages_name_the_json_type_in_python_terms() -> None:
    assert message({"type": "string"}, 5, "video_id") == "video_id must be a string, not int"
    assert message({"type": "integer"}, 2.0, "max_tokens") == "max_tokens must be an integer, not float"
    assert message({"type": "integer"}, True, "max_tokens") == "max_tokens must be an integer, not bool"
    assert message({"type": "number"}, False, "temperature") == "temperature must be a number, not bool"
    assert message({"type": "array"}, "title", "types") == "types must be a list, not str"
    assert message({"type": "object"}, [1], "video") == "video must be a dict, not list"
    assert message({"type": ["string", "null"]}, 3, "prompt") == "prompt must be a string or None, not int"


def test_type_list_accepts_each_member() -> None:
    schema = {"type": ["integer", "string", "null"]}
    for value in (1, "a", None):
        assert check(schema, value) == value
    assert isinstance(failure(schema, 1.5), ArgumentTypeError)


def test_no_type_means_any_json_type() -> None:
    for value in (1, 1.5, "a", None, True, [1], {"a": [None]}):
        assert check({}, value) == value
        assert check(True, value) == value


# --------------------------------------------------------------------------- enum / const


def test_enum_message_lists_the_allowed_values_sorted() -> None:
    schema = {"type": "string", "enum": ["title", "topic", "hashtag"]}
    assert check(schema, "topic") == "topic"
    error = failure({"type": "array", "items": schema}, ["title", "titel"], "types")
    assert str(error) == "types[1] must be one of 'hashtag', 'title', 'topic', not 'titel'"
    assert isinstance(error, ArgumentValueError)
    assert (error.path, error.parameter) == ("types[1]", "types")


def test_enum_of_another_type_is_a_type_error() -> None:
    error = failure({"type": "string", "enum": ["a", "b"]}, 3, "kind")
    assert isinstance(error, ArgumentTypeError)
    assert str(error) == "kind must be one of 'a', 'b', not int"
    # without "type", the enum's own values say which type is wanted
    assert isinstance(failure({"enum": ["a", "b"]}, 3), ArgumentTypeError)
    assert isinstance(failure({"enum": ["a", 3]}, 4), ArgumentValueError)


def test_enum_uses_json_equality() -> None:
    schema = {"enum": [1, "1", None, [1, {"a": True}]]}
    value: object
    for value in (1, 1.0, "1", None, [1, {"a": True}], [1.0, {"a": True}]):
        check(schema, value)
    for value in (True, 2, "2", [1, {"a": 1}], [True, {"a": True}], {"a": True}):
        failure(schema, value)
    assert isinstance(failure({"enum": [0, 1]}, False), ArgumentTypeError)


def test_const() -> None:
    assert message({"const": "json_schema"}, "json", "response_format.type") == (
        "response_format.type must be 'json_schema', not 'json'"
    )
    assert check({"const": {"a": [1, 2]}}, {"a": (1, 2)}) == {"a": [1, 2]}
    failure({"const": {"a": [1, 2]}}, {"a": [2, 1]})
    failure({"const": False}, 0)
    # enum and const together: only the values both allow
    check({"enum": ["a", "b"], "const": "b"}, "b")
    failure({"enum": ["a", "b"], "const": "b"}, "a")


def test_long_enums_are_shortened_in_messages() -> None:
    schema = {"enum": [f"value{i:02}" for i in range(40)]}
    text = message(schema, "nope")
    assert "… (40 values)" in text
    assert len(text) < 400


# --------------------------------------------------------------------------- objects


VIDEO = {
    "type": "object",
    "properties": {"type": {"const": "url"}, "url": {"type": "string"}},
    "required": ["type", "url"],
    "additionalProperties": False,
}
BODY = {"type": "object", "properties": {"video": VIDEO}, "additionalProperties": False}


def test_required_and_unknown_keys_are_type_errors_naming_the_key() -> None:
    error = failure(BODY, {"video": {"type": "url"}}, "")
    assert isinstance(error, ArgumentTypeError)
    assert str(error) == "video.url is required"
    assert (error.path, error.parameter) == ("video.url", "video")
    error = failure(BODY, {"video": {"type": "url", "url": "u", "urll": "u"}}, "")
    assert str(error) == "video has unknown key 'urll' (allowed: type, url)"
    assert isinstance(error, ArgumentTypeError)
    assert (error.path, error.parameter) == ("video", "video")


def test_an_unknown_top_level_key_is_an_unknown_parameter() -> None:
    error = failure(BODY, {"vidoe": {}}, "")
    assert str(error) == "vidoe is not a known parameter (allowed: video)"
    assert (error.path, error.parameter) == ("vidoe", "vidoe")


def test_a_missing_top_level_key_is_named_alone() -> None:
    error = failure({"type": "object", "required": ["video_id"]}, {}, "")
    assert str(error) == "video_id is required"
    assert error.parameter == "video_id"


def test_additional_properties_schema() -> None:
    schema = {
        "type": "object",
        "properties": {"a": {"type": "string"}},
        "additionalProperties": {"type": "integer"},
    }
    assert check(schema, {"a": "x", "b": 1, "c": 2}) == {"a": "x", "b": 1, "c": 2}
    assert message(schema, {"a": "x", "b": "y"}) == "x.b must be an integer, not str"
    assert message({"type": "object", "additionalProperties": False}, {"a": 1}) == (
        "x has unknown key 'a' (no keys are allowed)"
    )


def test_keys_that_are_not_identifiers_are_quoted_in_paths() -> None:
    schema = {"type": "object", "additionalProperties": {"type": "integer"}}
    assert message(schema, {"my key": "v"}) == "x['my key'] must be an integer, not str"
    assert message({"type": "array", "items": schema}, [{"ok": 1}, {"1st": "v"}]) == (
        "x[1]['1st'] must be an integer, not str"
    )


def test_property_schemas_false_and_true() -> None:
    schema = {"type": "object", "properties": {"yes": True, "no": False}}
    assert check(schema, {"yes": {"any": [1]}}) == {"yes": {"any": [1]}}
    assert message(schema, {"no": 1}) == "x.no is not allowed here"


def test_property_names() -> None:
    schema = {"type": "object", "propertyNames": {"enum": ["type", "properties"]}}
    check(schema, {"type": "object"})
    error = failure(schema, {"type": "object", "minLength": 1}, "response_format.json_schema")
    assert isinstance(error, ArgumentTypeError)
    assert str(error) == (
        "response_format.json_schema has key 'minLength', but its keys must be one of 'properties', 'type', "
        "not 'minLength'"
    )
    assert "pattern '^[a-z]+$'" in message({"propertyNames": {"pattern": "^[a-z]+$"}}, {"A": 1})


def test_dependent_required() -> None:
    schema = {"type": "object", "dependentRequired": {"start": ["end"]}}
    check(schema, {})
    check(schema, {"end": 1})
    check(schema, {"start": 0, "end": 1})
    error = failure(schema, {"start": 0}, "clip")
    assert str(error) == "clip.end is required when start is given"
    assert isinstance(error, ArgumentTypeError)


def test_object_keywords_ignore_other_types() -> None:
    schema = {"properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": False}
    for value in ("s", 1, [1], None):
        check(schema, value)


# --------------------------------------------------------------------------- arrays


def test_items_min_max_messages() -> None:
    schema = {"type": "array", "items": {"type": "string"}, "minItems": 1}
    assert message(schema, [], "types") == "types must not be empty"
    assert message(schema, ["a", 2], "types") == "types[1] must be a string, not int"
    assert message({"type": "array", "minItems": 2}, [1]) == "x must have at least 2 items, not 1"
    assert message({"type": "array", "maxItems": 2}, [1, 2, 3]) == "x must have at most 2 items, not 3"
    assert message({"type": "array", "maxItems": 1}, [1, 2]) == "x must have at most 1 item, not 2"
    assert (
        message({"type": "array", "minItems": 1, "maxItems": 4}, [])
        == "x must have between 1 and 4 items, not 0"
    )
    assert message({"minItems": 2, "maxItems": 2}, [1]) == "x must have exactly 2 items, not 1"


def test_unique_items_uses_json_equality() -> None:
    schema = {"type": "array", "uniqueItems": True}
    assert message(schema, ["title", "topic", "title"], "types") == "types contains 'title' more than once"
    assert message(schema, [1, 1.0]) == "x contains 1.0 more than once"
    assert message(schema, [{"a": [1]}, {"a": [1.0]}]) == "x contains {'a': [1.0]} more than once"
    check(schema, [1, True, "1", None, 0, False, [1], [True], {"a": 1}, {"a": True}])
    check({"type": "array", "uniqueItems": False}, [1, 1])


def test_prefix_items_and_items() -> None:
    pair = {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}], "items": False}
    assert check(pair, ("a", 1)) == ["a", 1]
    check(pair, ["a"])
    assert message(pair, ["a", "b"]) == "x[1] must be an integer, not str"
    assert message(pair, ["a", 1, 2]) == "x must have at most 2 items, not 3"
    tail = {"type": "array", "prefixItems": [{"const": "head"}], "items": {"type": "number"}}
    check(tail, ["head", 1, 2.5])
    assert message(tail, ["head", 1, "2"]) == "x[2] must be a number, not str"
    assert message({"items": False}, [1]) == "x must have at most 0 items, not 1"


# --------------------------------------------------------------------------- numbers


def test_bounds_messages() -> None:
    assert message({"type": "number", "minimum": 0, "maximum": 1}, 1.5, "temperature") == (
        "temperature must be between 0 and 1, not 1.5"
    )
    assert (
        message({"type": "integer", "minimum": 1}, 0, "max_tokens") == "max_tokens must be at least 1, not 0"
    )
    assert message({"type": "integer", "maximum": 4096}, 5000, "max_tokens") == (
        "max_tokens must be at most 4096, not 5000"
    )
    assert message({"exclusiveMinimum": 0}, 0) == "x must be greater than 0, not 0"
    assert message({"exclusiveMaximum": 1}, 1.0) == "x must be less than 1, not 1.0"
    assert message({"minimum": 0, "exclusiveMaximum": 1}, 1) == "x must be at least 0 and less than 1, not 1"
    assert (
        message({"exclusiveMinimum": 0, "maximum": 1}, 0) == "x must be greater than 0 and at most 1, not 0"
    )
    assert message({"exclusiveMinimum": 0.5, "exclusiveMaximum": 1}, 0.5) == (
        "x must be greater than 0.5 and less than 1, not 0.5"
    )


def test_the_stricter_of_two_bounds_wins() -> None:
    schema = {"minimum": 0, "exclusiveMinimum": 0, "maximum": 10, "exclusiveMaximum": 5}
    failure(schema, 0)
    check(schema, 0.001)
    failure(schema, 5)
    check(schema, 4.999)
    check({"minimum": 2, "exclusiveMinimum": 1}, 2)


@pytest.mark.parametrize(("low", "high"), [(0, 1), (0.0, 1.0), (-0.5, 0.25)])
def test_inclusive_bounds_at_float_precision(low: float, high: float) -> None:
    schema = {"type": "number", "minimum": low, "maximum": high}
    for value in (low, high):
        assert check(schema, value) == value
    for value in (math.nextafter(low, -math.inf), math.nextafter(high, math.inf)):
        assert isinstance(failure(schema, value), ArgumentValueError)


def test_integer_bounds_at_the_edges() -> None:
    schema = {"type": "integer", "minimum": 1, "maximum": 4096}
    assert check(schema, 1) == 1
    assert check(schema, 4096) == 4096
    assert str(failure(schema, 0, "max_tokens")) == "max_tokens must be between 1 and 4096, not 0"
    assert str(failure(schema, 4097, "max_tokens")) == "max_tokens must be between 1 and 4096, not 4097"


def test_huge_numbers_compare_exactly() -> None:
    schema = {"type": "number", "minimum": 0, "maximum": 1}
    error = failure(schema, 10**400, "temperature")
    assert isinstance(error, ArgumentValueError)
    assert str(error) == "temperature must be between 0 and 1, not an integer of 401 digits"
    assert error.parameter == "temperature"
    failure(schema, -(10**400))
    check({"maximum": 1e308}, 10**308 - 1)  # exact: no conversion to float on the way
    failure({"maximum": 1e308}, 10**309)
    check({"exclusiveMaximum": 2**53}, 2**53 - 1)
    failure({"exclusiveMaximum": 2**53}, 2**53)
    failure({"exclusiveMinimum": 2**53 + 1}, 2**53 + 1)  # would pass if rounded to float


def test_multiple_of() -> None:
    assert message({"type": "integer", "multipleOf": 5}, 12) == "x must be a multiple of 5, not 12"
    check({"multipleOf": 5}, 10**400 * 5)
    check({"multipleOf": 0.1}, 0.3)  # decimal semantics, as sent (jsonschema says no: binary floats)
    check({"multipleOf": 0.01}, 19.99)
    failure({"multipleOf": 0.1}, 0.35)
    check({"multipleOf": 2}, 4.0)
    failure({"multipleOf": 2}, 4.5)
    check({"multipleOf": 1e-300}, 10**400)


def test_number_keywords_ignore_other_types() -> None:
    for value in ("5", None, [5], {"a": 5}, True):
        check({"minimum": 10, "multipleOf": 3}, value)


# --------------------------------------------------------------------------- strings


def test_length_counts_code_points() -> None:
    schema = {"type": "string", "minLength": 2, "maxLength": 3}
    check(schema, "😀😀😀")
    check(schema, "é́")  # two code points
    assert message(schema, "😀😀😀😀") == "x must have between 2 and 3 characters, not 4"
    assert message({"type": "string", "minLength": 1}, "", "video_id") == "video_id must not be empty"
    assert message({"maxLength": 1}, "ab") == "x must have at most 1 character, not 2"


def test_pattern_searches_anywhere() -> None:
    check({"pattern": "b"}, "abc")
    check({"pattern": "^[0-9a-f]{24}$"}, "6298d673f1090f1100476d4c")
    assert message({"pattern": "^[0-9a-f]{24}$"}, "nope", "video_id") == (
        "video_id must match the pattern '^[0-9a-f]{24}$', not 'nope'"
    )
    check({"pattern": "^a"}, 5)  # only strings


def test_max_tokens_rejects_only_certain_excess() -> None:
    schema = {"type": "string", "x-max-tokens": 2000}
    check(schema, "word " * 2000)
    check(schema, "x" * 100_000)  # one long word may still be few tokens: the server decides
    error = failure(schema, "word " * 2345, "prompt")
    assert isinstance(error, ArgumentValueError)
    assert str(error) == "prompt has 2345 words; the API accepts at most 2000 tokens"


def test_at_least_bounds_one_property_by_another() -> None:
    schema = {
        "type": "object",
        "x-at-least": {"end": {"field": "start", "plus": 4}, "high": {"field": "low"}},
    }
    for good in ({"start": 1, "end": 5}, {"low": 2.5, "high": 2.5}, {"end": 1}, {"start": 9}, {}):
        check(schema, good)
    check(schema, {"start": 1.0e308, "end": 10**400})  # no overflow: compared exactly, not converted
    check(schema, {"start": 5, "end": "3"})  # not numbers: other keywords' business
    check(schema, {"start": True, "end": 0})  # a bool is not a number
    error = failure(schema, {"start": 1.5, "end": 5}, "")
    assert isinstance(error, ArgumentValueError)
    assert (str(error), error.parameter) == ("end must be at least start + 4 (5.5), not 5", "end")
    assert str(failure(schema, {"low": 3, "high": 2}, "")) == "high must be at least low (3), not 2"
    assert str(failure(schema, {"start": 10**400, "end": 1.0}, "")).startswith(
        "end must be at least start + 4"
    )
    worded = {"allOf": [{"x-at-least": {"b": {"field": "a"}}, "x-error-message": "b must be >= a"}]}
    assert str(failure(worded, {"a": 2, "b": 1}, "")) == "b must be >= a"
    check(worded, {"a": 1, "b": 1})


def test_long_strings_are_truncated_in_messages() -> None:
    text = message({"enum": ["a"]}, "y" * 10_000)
    assert "… (10000 characters)" in text
    assert len(text) < 200


def test_format_is_an_annotation() -> None:
    check({"type": "string", "format": "uuid"}, "not a uuid")
    check({"type": "string", "format": "date-time"}, "yesterday")


# --------------------------------------------------------------------------- applicators


def test_all_of() -> None:
    schema = {"allOf": [{"type": "object", "required": ["a"]}, {"properties": {"a": {"minimum": 3}}}]}
    check(schema, {"a": 3})
    assert message(schema, {}) == "x.a is required"
    assert message(schema, {"a": 2}) == "x.a must be at least 3, not 2"


def test_any_of_merges_type_errors() -> None:
    schema = {"anyOf": [{"type": "string", "enum": ["a", "b"]}, {"type": "null"}]}
    check(schema, None)
    check(schema, "a")
    error = failure(schema, 3, "kind")
    assert isinstance(error, ArgumentTypeError)
    assert str(error) == "kind must be one of 'a', 'b' or None, not int"


def test_any_of_reports_the_alternative_of_the_right_type() -> None:
    schema = {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]}
    assert message(schema, 0, "max_tokens") == "max_tokens must be at least 1, not 0"


def test_any_of_lists_every_reason_when_several_came_close() -> None:
    schema = {"anyOf": [{"type": "string", "maxLength": 2}, {"type": "string", "pattern": "^a"}]}
    check(schema, "abc")
    check(schema, "bc")
    error = failure(schema, "bcd")
    assert isinstance(error, ArgumentValueError)
    assert str(error) == (
        "x matches none of the 2 allowed forms: (1) x must have at most 2 characters, not 3; "
        "(2) x must match the pattern '^a', not 'bcd'"
    )


def test_one_of_counts_matches() -> None:
    schema = {"oneOf": [{"type": "integer", "multipleOf": 2}, {"type": "integer", "multipleOf": 3}]}
    check(schema, 4)
    check(schema, 9)
    assert message(schema, 6) == "x matches the allowed forms 1, 2, but must match exactly one"
    assert "none of the 2 allowed forms" in message(schema, 5)
    assert message(schema, "6") == "x must be an integer, not str"  # the same wish is said once


SOURCES = {
    "oneOf": [
        {
            "type": "object",
            "properties": {"type": {"const": "url"}, "url": {"type": "string", "minLength": 1}},
            "required": ["type", "url"],
            "additionalProperties": False,
        },
        {
            "type": "object",
            "properties": {"type": {"enum": ["asset"]}, "asset_id": {"type": "string"}},
            "required": ["type", "asset_id"],
            "additionalProperties": False,
        },
    ],
    "discriminator": {"propertyName": "type"},
}


def test_one_of_routes_by_discriminator_for_the_right_message() -> None:
    check(SOURCES, {"type": "url", "url": "https://example.com/v.mp4"})
    check(SOURCES, {"type": "asset", "asset_id": "a1"})
    assert message(SOURCES, {"type": "url", "url": ""}, "video") == "video.url must not be empty"
    assert message(SOURCES, {"type": "url", "urll": "u"}, "video") == "video.url is required"
    assert (
        message(SOURCES, {"type": "asset", "asset_id": 5}, "video")
        == "video.asset_id must be a string, not int"
    )
    error = failure(SOURCES, {"type": "file"}, "video")
    assert str(error) == "video.type must be one of 'asset', 'url', not 'file'"
    assert isinstance(error, ArgumentValueError)
    error = failure(SOURCES, {"url": "u"}, "video")
    assert str(error) == "video.type is required"
    assert isinstance(error, ArgumentTypeError)
    assert isinstance(failure(SOURCES, {"type": 3}, "video"), ArgumentTypeError)
    assert message(SOURCES, "https://example.com", "video") == "video must be a dict, not str"


def test_one_of_finds_the_discriminator_without_the_openapi_hint() -> None:
    schema = {key: value for key, value in SOURCES.items() if key != "discriminator"}
    assert message(schema, {"type": "url", "url": ""}, "video") == "video.url must not be empty"


def test_discriminator_through_refs() -> None:
    document = {
        "components": {
            "schemas": {
                "Kind": {"type": "string", "enum": ["a"]},
                "A": {
                    "type": "object",
                    "properties": {"kind": {"$ref": "#/components/schemas/Kind"}, "n": {"type": "integer"}},
                    "required": ["kind"],
                },
                "B": {"type": "object", "properties": {"kind": {"const": "b"}}, "required": ["kind"]},
            }
        }
    }
    schema = {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]}
    check(schema, {"kind": "a", "n": 1}, document=document)
    assert (
        str(failure(schema, {"kind": "a", "n": "1"}, document=document)) == "x.n must be an integer, not str"
    )


def test_not() -> None:
    assert message({"not": {"type": "string"}}, "s") == "x must not match {'type': 'string'}"
    check({"not": {"type": "string"}}, 1)
    error = failure({"type": "object", "not": {"required": ["secret"]}}, {"secret": 1}, "")
    assert str(error) == "secret is not allowed here"
    assert error.parameter == "secret"
    failure({"not": {}}, 1)
    check({"not": False}, 1)


RESPONSE_FORMAT_RULE = {
    "type": "object",
    "properties": {"type": {"enum": ["summary", "chapter"]}, "response_format": {"type": "object"}},
    "required": ["type"],
    "if": {"properties": {"type": {"const": "summary"}}},
    "then": {},
    "else": {
        "not": {"required": ["response_format"]},
        "x-error-message": "response_format is only valid with type 'summary'",
    },
}


def test_if_then_else_with_its_own_message() -> None:
    check(RESPONSE_FORMAT_RULE, {"type": "summary", "response_format": {}}, "")
    check(RESPONSE_FORMAT_RULE, {"type": "chapter"}, "")
    error = failure(RESPONSE_FORMAT_RULE, {"type": "chapter", "response_format": {}}, "")
    assert str(error) == "response_format is only valid with type 'summary'"
    assert isinstance(error, ArgumentValueError)
    assert (error.path, error.parameter) == ("response_format", "response_format")


def test_if_then_without_else() -> None:
    schema = {"if": {"type": "integer"}, "then": {"minimum": 0}}
    check(schema, 1)
    check(schema, -1.5)
    failure(schema, -1)


def test_the_innermost_error_message_wins() -> None:
    schema = {
        "type": "object",
        "properties": {"a": {"type": "integer", "x-error-message": "a must be a whole number"}},
        "x-error-message": "the object is wrong",
    }
    assert message(schema, {"a": "1"}) == "a must be a whole number"
    assert message(schema, []) == "the object is wrong"


# --------------------------------------------------------------------------- $ref


TREE = {
    "$defs": {
        "node": {
            "type": "object",
            "properties": {
                "value": {"type": "integer"},
                "children": {"type": "array", "items": {"$ref": "#/$defs/node"}},
            },
            "required": ["value"],
            "additionalProperties": False,
        }
    },
    "$ref": "#/$defs/node",
}


def test_recursive_refs() -> None:
    tree = {"value": 1, "children": [{"value": 2, "children": [{"value": 3}]}]}
    assert check(TREE, tree) == tree
    assert message(TREE, {"value": 1, "children": [{"value": 2, "children": [{"value": "3"}]}]}) == (
        "x.children[0].children[0].value must be an integer, not str"
    )


def test_refs_resolve_in_the_document_with_escapes() -> None:
    document = {
        "components": {
            "schemas": {"a/b": {"type": "integer"}, "c~d": {"type": "string"}, "e f": {"type": "null"}}
        }
    }
    check({"$ref": "#/components/schemas/a~1b"}, 1, document=document)
    check({"$ref": "#/components/schemas/c~0d"}, "s", document=document)
    check({"$ref": "#/components/schemas/e%20f"}, None, document=document)
    check({"items": {"$ref": "#/components/schemas/a~1b"}}, [1], document=document)


def test_ref_with_siblings_applies_both() -> None:
    document = {"$defs": {"word": {"type": "string"}}}
    schema = {"$ref": "#/$defs/word", "maxLength": 3, "description": "ignored"}
    check(schema, "abc", document=document)
    failure(schema, "abcd", document=document)
    failure(schema, 1, document=document)


def test_two_spellings_of_one_ref_are_one_target() -> None:
    document = {
        "components": {
            "schemas": {
                "a b": {
                    "type": "object",
                    "properties": {
                        "left": {"$ref": "#/components/schemas/a%20b"},
                        "right": {"$ref": "#/components/schemas/a b"},
                    },
                }
            }
        }
    }
    schema = {"$ref": "#/components/schemas/a b"}
    check(schema, {"left": {"right": {}}}, document=document)
    assert (
        str(failure(schema, {"left": {"right": 1}}, document=document))
        == "x.left.right must be a dict, not int"
    )


def test_a_failed_compile_leaves_nothing_half_built() -> None:
    document: dict[str, Any] = {
        "$defs": {
            "node": {
                "type": "object",
                "properties": {"child": {"$ref": "#/$defs/node"}, "bad": {"unknownKeyword": 1}},
            }
        }
    }
    child = document["$defs"]["node"]["properties"]["child"]
    compiler = SchemaCompiler(document)
    with pytest.raises(SchemaCompileError, match="unknownKeyword"):
        compiler.compile({"$ref": "#/$defs/node"})
    del document["$defs"]["node"]["properties"]["bad"]  # the same objects, now fine
    check_child = compiler.compile(child)
    assert check_child({"child": {}}, "x") == {"child": {}}
    with pytest.raises(ArgumentTypeError):
        check_child({"child": 1}, "x")  # not a stale validator that accepts anything


def test_refs_are_memoized() -> None:
    document = {"$defs": {"word": {"type": "string"}}}
    compiler = SchemaCompiler(document)
    schema = {"type": "array", "items": {"$ref": "#/$defs/word"}}
    assert compiler.compile(schema) is compiler.compile(schema)
    assert compiler.compile({"$ref": "#/$defs/word"}) is compiler.compile(
        {"$ref": "#/$defs/word", "description": "d"}
    )
    assert compiler.compile({"$ref": "#/$defs/word"}) is compiler.compile(document["$defs"]["word"])
    assert compiler.compile({"$ref": "#/$defs/word", "maxLength": 1}) is not compiler.compile(
        {"$ref": "#/$defs/word"}
    )


def test_a_recursive_meta_schema_names_the_keyword_it_does_not_allow() -> None:
    # as it would sit in the spec: a component that refers to itself
    moved = json.loads(json.dumps(JSON_SCHEMA_SUBSET).replace("#/$defs/", "#/components/schemas/"))
    document = {"components": {"schemas": moved["$defs"]}}
    schema = {"$ref": "#/components/schemas/schema"}
    user: dict[str, Any] = {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "tags": {"type": "array", "items": {"type": "string", "minLength": 1}},
        },
        "required": ["title"],
    }
    error = failure(schema, user, "response_format.json_schema", document=document)
    assert isinstance(error, ArgumentTypeError)
    assert str(error).startswith(
        "response_format.json_schema.properties.tags.items has key 'minLength', but its keys must be one of "
    )
    assert (error.path, error.parameter) == (
        "response_format.json_schema.properties.tags.items",
        "response_format",
    )
    del user["properties"]["tags"]["items"]["minLength"]
    assert check(schema, user, document=document) == user
    assert "type must be one of" in str(failure(schema, {"type": "timestamp!"}, document=document))


@pytest.mark.parametrize(
    "schema",
    [
        {"$defs": {"a": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"},
        {
            "$defs": {"a": {"allOf": [{"$ref": "#/$defs/b"}]}, "b": {"anyOf": [{"$ref": "#/$defs/a"}]}},
            "$ref": "#/$defs/a",
        },
        {"$defs": {"a": {"if": {"$ref": "#/$defs/a"}}}, "$ref": "#/$defs/a"},
    ],
)
def test_ref_loops_that_never_nest_are_compile_errors(schema: dict[str, Any]) -> None:
    with pytest.raises(SchemaCompileError, match="leads back to itself"):
        SchemaCompiler(schema).compile(schema)


@pytest.mark.parametrize(
    ("ref", "match"),
    [
        ("other.json#/a", "only local"),
        ("#/$defs/missing", "points at nothing"),
        ("#anchor", "not a JSON pointer"),
    ],
)
def test_bad_refs_are_compile_errors(ref: str, match: str) -> None:
    schema = {"$defs": {"a": {}}, "$ref": ref}
    with pytest.raises(SchemaCompileError, match=match):
        SchemaCompiler(schema).compile(schema)


# --------------------------------------------------------------------------- compile errors


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "contentEncoding": "base64"},
        {"patternProperties": {"^a": {}}},
        {"properties": {"a": {"unevaluatedProperties": False}}},
        {"items": {"contains": {}}},
        {"nullable": True},
        {"anyOf": [{"type": "string"}, {"minProperties": 1}]},
    ],
)
def test_unsupported_keywords_fail_loudly(schema: dict[str, Any]) -> None:
    with pytest.raises(SchemaCompileError, match="unsupported keyword"):
        SchemaCompiler({}).compile(schema)


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "str"},
        {"type": ["string", "string"]},
        {"type": []},
        {"enum": []},
        {"enum": [{1, 2}]},
        {"const": float("nan")},
        {"minLength": -1},
        {"minItems": 1.5},
        {"maxItems": True},
        {"minimum": "0"},
        {"maximum": float("inf")},
        {"exclusiveMinimum": True},
        {"multipleOf": 0},
        {"pattern": "("},
        {"pattern": 5},
        {"required": "a"},
        {"required": ["a", "a"]},
        {"properties": []},
        {"items": [{}]},
        {"prefixItems": []},
        {"allOf": []},
        {"anyOf": {}},
        {"not": 5},
        {"uniqueItems": 1},
        {"dependentRequired": {"a": "b"}},
        {"discriminator": "type"},
        {"x-max-tokens": 0},
        {"x-at-least": {}},
        {"x-at-least": {"a": "b"}},
        {"x-at-least": {"a": {"field": "a"}}},
        {"x-at-least": {"a": {"field": "b", "plus": -1}}},
        {"x-at-least": {"a": {"field": "b", "plus": 0.5}}},
        {"x-at-least": {"a": {"field": "b", "minus": 1}}},
        {"x-error-message": 5},
        {"description": 5},
        [],
        "string",
    ],
)
def test_malformed_schemas_are_compile_errors(schema: Any) -> None:
    with pytest.raises(SchemaCompileError):
        SchemaCompiler({}).compile(schema)


def test_a_schema_object_may_contain_itself_below_a_property_or_item() -> None:
    nested_lists: dict[str, Any] = {"type": "array"}
    nested_lists["items"] = nested_lists  # a Python dict that contains itself: recursion without $ref
    assert check(nested_lists, [[], [[]]]) == [[], [[]]]
    assert str(failure(nested_lists, [[1]])) == "x[0][0] must be a list, not int"
    in_place: dict[str, Any] = {"type": "array"}
    in_place["allOf"] = [in_place]
    with pytest.raises(SchemaCompileError, match="leads back to itself"):
        SchemaCompiler({}).compile(in_place)


def test_annotations_are_accepted_and_ignored() -> None:
    schema = {
        "title": "t",
        "description": "d",
        "default": 0.2,
        "examples": [1],
        "deprecated": True,
        "readOnly": False,
        "writeOnly": False,
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:example",
        "$comment": "c",
        "x-anything": {"nested": [1]},
        "format": "double",
        "$defs": {"unused": {"type": "string"}},
    }
    for value in (1, "a", None, [1], {"a": 1}):
        check(schema, value)


# --------------------------------------------------------------------------- errors themselves


def test_errors_are_typed_pickle_and_carry_path_and_parameter() -> None:
    error = failure(
        {"type": "object", "properties": {"a": {"type": "array", "items": {"type": "string"}}}},
        {"a": ["x", 1]},
        "",
    )
    assert isinstance(error, ArgumentTypeError)
    assert isinstance(error, TypeError)
    assert isinstance(error, ArgumentError)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ArgumentTypeError
    assert (str(copy), copy.path, copy.parameter) == (str(error), "a[1]", "a")
    value_error = failure({"minimum": 1}, 0, "max_tokens")
    assert isinstance(value_error, ValueError)
    assert not isinstance(value_error, TypeError)


def test_the_callers_path_prefixes_every_message() -> None:
    schema = {"type": "object", "properties": {"b": {"type": "integer"}}}
    error = failure(schema, {"b": "1"}, "response_format.json_schema")
    assert str(error) == "response_format.json_schema.b must be an integer, not str"
    assert (error.path, error.parameter) == ("response_format.json_schema.b", "response_format")
    assert str(failure({"type": "string"}, 1, "")) == "the value must be a string, not int"
    assert failure({"type": "string"}, 1, "").parameter is None
    assert failure({"type": "string"}, 1, "types[0]").parameter == "types"


def test_errors_do_not_chain_internal_exceptions() -> None:
    error = failure({"type": "string"}, 1)
    assert error.__cause__ is None
    assert error.__suppress_context__
