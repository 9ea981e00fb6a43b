"""The checker agrees with jsonschema's Draft 2020-12 validator, apart from its documented differences.

For every request schema in the packaged spec and for hand-written schemas that use every supported
keyword:

* instances generated from the schema (schemathesis's JSON Schema strategies; hypothesis-jsonschema
  does not work with the installed hypothesis) are accepted and come back unchanged;
* random JSON values and near misses (valid instances with a few random edits) get the same verdict.

The oracle is ``StrictValidator``: Draft 2020-12 with the checker's two rule changes spelled out
(``integer`` means ``int``; ``x-max-tokens``; ``x-at-least``). Excluded from the comparison, explicitly: floats
where the schema has ``multipleOf`` (the checker uses the decimal value that is sent, jsonschema
binary division) and strings with unpaired surrogates (never sent). ``format`` is an annotation for
both. Normalization limits (depth 64, 4300-digit integers) lie outside what is generated here.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from schemathesis.generation.jsonschema.builder import build

from twelvelabs_analyze._schema import ArgumentError, SchemaCompiler

from ._support import (
    JSON_SCHEMA_SUBSET,
    SPEC,
    contains_float,
    contains_surrogate,
    json_values,
    jsonschema_validator,
    merged,
    mutated,
    request_schemas,
    rooted,
    scalars,
    strictly_equal,
    vocabulary,
)

HAND_WRITTEN: dict[str, Any] = {
    "type list and lengths": {"type": ["string", "null"], "minLength": 2, "maxLength": 5},
    "closed number range": {"type": "number", "minimum": 0, "maximum": 1},
    "open number range": {"type": "number", "exclusiveMinimum": -1.5, "exclusiveMaximum": 2},
    "integer multiple": {"type": "integer", "multipleOf": 3, "minimum": -30, "exclusiveMaximum": 100},
    "untyped constraints": {
        "minimum": 5,
        "maxLength": 2,
        "minItems": 1,
        "required": ["a"],
        "pattern": "^[a-c]*$",
    },
    "mixed enum": {"enum": [1, "1", None, [True, "a"], {"a": 0}, 2.5, False]},
    "unique small values": {
        "type": "array",
        "uniqueItems": True,
        "items": {"enum": [0, 1, True, False, "1", [1], [True]]},
    },
    "unanchored pattern": {"type": "string", "pattern": "c[0-9]"},
    "const object": {"const": {"a": [1, 2], "b": None}},
    "closed object": {
        "type": "object",
        "properties": {"a": {"type": "integer"}, "b": {"type": "string", "pattern": "^x"}},
        "required": ["a"],
        "additionalProperties": False,
    },
    "additional properties schema": {
        "type": "object",
        "properties": {"a": {"type": "boolean"}},
        "additionalProperties": {"type": "integer", "maximum": 9},
    },
    "property names": {"type": "object", "propertyNames": {"pattern": "^[a-c]+$", "maxLength": 2}},
    "dependent required": {"type": "object", "dependentRequired": {"a": ["b", "c"], "b": ["a"]}},
    "array of enum": {
        "type": "array",
        "items": {"type": "string", "enum": ["x", "y", "z"]},
        "minItems": 1,
        "maxItems": 3,
        "uniqueItems": True,
    },
    "tuple": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}], "items": False},
    "prefix then items": {"type": "array", "prefixItems": [{"const": "head"}], "items": {"type": "number"}},
    "unique anything": {"type": "array", "uniqueItems": True, "maxItems": 4},
    "all of": {
        "allOf": [
            {"type": "object", "required": ["a"]},
            {"properties": {"a": {"type": "string", "minLength": 1}}},
        ]
    },
    "any of": {
        "anyOf": [{"type": "string", "maxLength": 3}, {"type": "integer", "minimum": 10}, {"type": "null"}]
    },
    "one of overlapping": {
        "oneOf": [{"type": "integer", "multipleOf": 2}, {"type": "integer", "multipleOf": 3}]
    },
    "one of discriminated": {
        "oneOf": [
            {
                "type": "object",
                "properties": {"kind": {"const": "a"}, "x": {"type": "integer"}},
                "required": ["kind", "x"],
                "additionalProperties": False,
            },
            {
                "type": "object",
                "properties": {"kind": {"enum": ["b"]}, "y": {"type": "string"}},
                "required": ["kind"],
            },
        ],
        "discriminator": {"propertyName": "kind"},
    },
    "one of with a shared tag": {
        "oneOf": [
            {"properties": {"k": {"const": "a"}, "n": {"type": "integer"}}, "required": ["k"]},
            {"properties": {"k": {"const": "a"}, "s": {"type": "string"}}, "required": ["k"]},
            {"properties": {"k": {"const": "b"}}, "required": ["k"]},
        ]
    },
    "any of discriminated untyped": {
        "anyOf": [
            {"properties": {"t": {"const": 1}}, "required": ["t"]},
            {"properties": {"t": {"const": True}, "v": {"type": "null"}}, "required": ["t", "v"]},
        ]
    },
    "not": {"not": {"type": "string"}},
    "not required": {"type": "object", "not": {"required": ["secret"]}},
    "if then else": {
        "type": "object",
        "properties": {"type": {"enum": ["summary", "chapter"]}, "response_format": {"type": "object"}},
        "required": ["type"],
        "if": {"properties": {"type": {"const": "summary"}}},
        "then": {"properties": {"prompt": {"type": "string"}}},
        "else": {
            "not": {"required": ["response_format"]},
            "x-error-message": "response_format is only valid with type 'summary'",
        },
    },
    "recursive tree": {
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
    },
    "json schema subset": JSON_SCHEMA_SUBSET,
    "nullable ref": {
        "$defs": {"kind": {"type": "string", "enum": ["a", "b"]}},
        "anyOf": [{"$ref": "#/$defs/kind"}, {"type": "null"}],
    },
    "bounds between fields": {
        "type": "object",
        "properties": {"low": {"type": "number"}, "high": {"type": ["number", "string"]}, "gap": {}},
        "allOf": [{"x-at-least": {"high": {"field": "low"}, "gap": {"field": "low", "plus": 2}}}],
    },
    "several types": {"type": ["array", "object", "boolean"], "maxItems": 2, "required": ["k"]},
    "true and false": {"type": "object", "properties": {"yes": True, "no": False}},
    "annotations": {
        "title": "t",
        "description": "d",
        "default": 1,
        "examples": [1],
        "deprecated": True,
        "readOnly": False,
        "writeOnly": False,
        "$comment": "c",
        "x-anything": {},
        "format": "date-time",
        "type": "string",
        "x-error-message": "not a string",
    },
}

SLOW = {"recursive tree", "json schema subset"}  # generating recursive instances takes a few seconds
CASES = [
    *[pytest.param(SPEC, schema, id=f"spec {name}") for name, schema in request_schemas(SPEC)],
    *[
        pytest.param(schema, schema, id=name, marks=[pytest.mark.slow] if name in SLOW else [])
        for name, schema in HAND_WRITTEN.items()
    ],
]
SETTINGS = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)


@cache
def _tools(
    document_json: str, schema_json: str
) -> tuple[Any, Any, Any, st.SearchStrategy[Any], st.SearchStrategy[Any]]:
    document, schema = json.loads(document_json), json.loads(schema_json)
    checker = SchemaCompiler(document).compile(schema)
    oracle = jsonschema_validator(schema, document, strict=True)
    standalone = rooted(schema, document)
    valid = build(standalone, draft=20, formats={})  # draft=20: Draft 2020-12 in schemathesis's numbering
    strings, numbers = vocabulary(standalone)
    noise = json_values(strings, numbers)
    near = mutated(valid, noise, st.sampled_from(strings) if strings else st.text(max_size=3))
    candidates = st.one_of(valid, scalars(strings, numbers), noise, near, near, merged(valid))
    return checker, oracle, standalone, valid, candidates


def tools(document: Any, schema: Any) -> tuple[Any, Any, Any, st.SearchStrategy[Any], st.SearchStrategy[Any]]:
    return _tools(json.dumps(document, sort_keys=True), json.dumps(schema, sort_keys=True))


def comparable(schema: Any, value: Any) -> bool:
    """False for values on which the checker differs from Draft 2020-12 by design (module docstring)."""
    if contains_surrogate(value):
        return False
    return not ('"multipleOf"' in json.dumps(schema) and contains_float(value))


@pytest.mark.parametrize(("document", "schema"), CASES)
@SETTINGS
@given(data=st.data())
def test_generated_instances_pass_unchanged(document: Any, schema: Any, data: st.DataObject) -> None:
    checker, oracle, standalone, valid, _ = tools(document, schema)
    instance = data.draw(valid, label="instance")
    assume(comparable(standalone, instance) and oracle.is_valid(instance))
    assert strictly_equal(checker(instance, ""), instance)


@pytest.mark.parametrize(("document", "schema"), CASES)
@SETTINGS
@given(data=st.data())
def test_verdicts_agree_with_jsonschema(document: Any, schema: Any, data: st.DataObject) -> None:
    checker, oracle, standalone, _, candidates = tools(document, schema)
    value = data.draw(candidates, label="value")
    assume(comparable(standalone, value))
    expected = oracle.is_valid(value)
    try:
        result = checker(value, "")
    except ArgumentError as error:
        assert not expected, f"rejected a valid value: {error}"
    else:
        assert expected, "accepted an invalid value: " + "; ".join(
            e.message for e in oracle.iter_errors(value)
        )
        assert strictly_equal(result, value)


def test_the_oracle_spells_out_the_documented_differences() -> None:
    schema = {"type": "integer", "x-max-tokens": 2}
    plain = jsonschema_validator(schema)
    strict = jsonschema_validator(schema, strict=True)
    assert plain.is_valid(1.0) and not strict.is_valid(1.0)
    string = {"type": "string", "x-max-tokens": 2}
    assert jsonschema_validator(string).is_valid("a b c")
    assert not jsonschema_validator(string, strict=True).is_valid("a b c")
    assert not jsonschema_validator({"multipleOf": 0.1}).is_valid(0.3)  # binary division
