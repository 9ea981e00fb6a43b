"""What the schema tests share: the packaged spec, its request schemas, oracles and value strategies."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Any

import jsonschema
import pytest
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from twelvelabs_analyze._schema import ArgumentError, SchemaCompiler

SPEC: dict[str, Any] = json.loads(
    (resources.files("twelvelabs_analyze_api") / "openapi.json").read_text(encoding="utf-8")
)
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def check(schema: Any, value: object, path: str = "x", document: Mapping[str, Any] | None = None) -> Any:
    """``value`` through a checker compiled from ``schema`` (refs resolve in ``document``, else in it)."""
    if document is None:
        document = schema if isinstance(schema, Mapping) else {}
    return SchemaCompiler(document).compile(schema)(value, path)


def failure(
    schema: Any, value: object, path: str = "x", document: Mapping[str, Any] | None = None
) -> ArgumentError:
    with pytest.raises(ArgumentError) as info:
        check(schema, value, path, document)
    return info.value


def request_schemas(document: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every operation's JSON body schema and its path/query parameters as one object schema."""
    for path, item in document.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            name = operation.get("operationId") or f"{method} {path}"
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None:
                yield f"{name} body", body["schema"]
            parameters = [*shared, *operation.get("parameters", [])]
            resolved = [_resolve(document, p) for p in parameters]
            located = [p for p in resolved if p.get("in") in ("path", "query")]
            if located:
                yield (
                    f"{name} parameters",
                    {
                        "type": "object",
                        "properties": {p["name"]: p.get("schema", {}) for p in located},
                        "required": [p["name"] for p in located if p.get("required")],
                        "additionalProperties": False,
                    },
                )


def _resolve(document: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def rooted(schema: Any, document: Mapping[str, Any] | None) -> Any:
    """``schema`` as a standalone JSON Schema whose ``#/components/...`` refs resolve in it."""
    if document is None or not isinstance(schema, Mapping):
        return schema
    return {**schema, **{key: value for key, value in document.items() if key in ("components", "$defs")}}


JSON_SCHEMA_SUBSET = {
    # what response_format.json_schema may use, as the API documents it: recursive, keys restricted
    "$defs": {
        "schema": {
            "type": "object",
            "propertyNames": {
                "enum": [
                    "type",
                    "description",
                    "properties",
                    "required",
                    "items",
                    "minItems",
                    "enum",
                    "pattern",
                    "minimum",
                    "anyOf",
                ]
            },
            "properties": {
                "type": {"enum": ["array", "boolean", "integer", "null", "number", "object", "string"]},
                "description": {"type": "string"},
                "properties": {"type": "object", "additionalProperties": {"$ref": "#/$defs/schema"}},
                "required": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
                "items": {"$ref": "#/$defs/schema"},
                "minItems": {"enum": [0, 1]},
                "enum": {"type": "array", "minItems": 1},
                "pattern": {"type": "string"},
                "minimum": {"type": "integer"},
                "anyOf": {"type": "array", "items": {"$ref": "#/$defs/schema"}, "minItems": 1},
            },
        }
    },
    "$ref": "#/$defs/schema",
}


# --------------------------------------------------------------------------- oracles


def _integer(checker: Any, instance: object) -> bool:
    return type(instance) is int  # the deliberate difference: no bools, no integral floats


def _max_tokens(
    validator: Any, limit: int, instance: object, schema: Any
) -> Iterator[jsonschema.ValidationError]:
    if isinstance(instance, str) and len(instance.split()) > limit:
        yield jsonschema.ValidationError(f"more than {limit} words")


def _at_least(
    validator: Any, rules: Mapping[str, Any], instance: object, schema: Any
) -> Iterator[jsonschema.ValidationError]:
    if not isinstance(instance, dict):
        return
    for name, rule in rules.items():
        high, low = instance.get(name), instance.get(rule["field"])
        numbers = all(type(v) in (int, float) for v in (high, low))
        if numbers and high - rule.get("plus", 0) < low:  # type: ignore[operator]
            yield jsonschema.ValidationError(f"{name} is less than {rule['field']}")


StrictValidator = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator,
    validators={"x-max-tokens": _max_tokens, "x-at-least": _at_least},
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _integer),
)
"""Draft 2020-12 plus the checker's documented differences and extensions: the oracle for
client-level tests."""


def jsonschema_validator(schema: Any, document: Mapping[str, Any] | None = None, strict: bool = False) -> Any:
    cls = StrictValidator if strict else Draft202012Validator
    return cls(rooted(schema, document))


# --------------------------------------------------------------------------- values


LENGTHS = ("minLength", "maxLength")
BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")


def vocabulary(schema: Any) -> tuple[list[str], list[Any]]:
    """Strings (keys, enum values, ...) and numbers (bounds and their neighbours) found in a schema."""
    strings: set[str] = set()
    numbers: set[Any] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                strings.add(key)
                if key in BOUNDS and type(value) in (int, float):
                    numbers.update({value, value - 1, value + 1})
                    if type(value) is float or value == 0:
                        numbers.update({math.nextafter(value, -math.inf), math.nextafter(value, math.inf)})
                if key in LENGTHS and type(value) is int:
                    strings.update("ab" * n for n in (value - 1, value, value + 1) if 0 <= n <= 50)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, str):
            strings.add(node)
        elif type(node) in (int, float):
            numbers.add(node)

    walk(schema)
    return sorted(strings), sorted(numbers, key=repr)


def scalars(strings: list[str] | None = None, numbers: list[Any] | None = None) -> st.SearchStrategy[Any]:
    """JSON scalars; floats never integral (integers-as-floats are a documented difference)."""
    options: list[st.SearchStrategy[Any]] = [
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.integers(min_value=-3, max_value=5),
        st.floats(allow_nan=False, allow_infinity=False).filter(lambda x: not x.is_integer()),
        st.text(max_size=6),
    ]
    if strings:
        options.append(st.sampled_from(strings))
    if numbers:
        options.append(
            st.sampled_from([n for n in numbers if not (type(n) is float and n.is_integer())] or [0])
        )
    return st.one_of(options)


def json_values(strings: list[str] | None = None, numbers: list[Any] | None = None) -> st.SearchStrategy[Any]:
    keys = st.sampled_from(strings) | st.text(max_size=4) if strings else st.text(max_size=4)
    return st.recursive(
        scalars(strings, numbers),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
        max_leaves=10,
    )


@st.composite
def mutated(
    draw: st.DrawFn,
    base: st.SearchStrategy[Any],
    replacements: st.SearchStrategy[Any],
    keys: st.SearchStrategy[str],
) -> Any:
    """A value from ``base`` with one to three random edits: near misses of valid instances.

    Besides random edits, a spot may get a piece of another valid instance (a crossover), which
    breaks cross-field rules with values of the right shape.
    """
    value = json.loads(json.dumps(draw(base)))
    for _ in range(draw(st.integers(1, 3))):
        spots = list(_spots(value, ()))
        path = draw(st.sampled_from(spots))
        node = _at(value, path)
        choice = draw(st.sampled_from(("delete", "add", "replace", "graft", "graft")))
        if choice == "graft":
            donor = json.loads(json.dumps(draw(base)))
            try:
                aligned = _at(donor, path)  # the donor's value at the same place
            except (KeyError, IndexError, TypeError):
                aligned = None
            if isinstance(node, dict) and isinstance(aligned, dict) and aligned:
                key = draw(st.sampled_from(sorted(aligned)))
                node[key] = aligned[key]  # one of the donor's keys there, with its value
                continue
            piece = _at(donor, draw(st.sampled_from(list(_spots(donor, ())))))
            if path:
                _at(value, path[:-1])[path[-1]] = piece
            else:
                value = piece
            continue
        if isinstance(node, dict) and choice == "delete" and node:
            del node[draw(st.sampled_from(sorted(node)))]
        elif isinstance(node, dict) and choice == "add":
            node[draw(keys)] = draw(replacements)
        elif isinstance(node, list) and choice == "delete" and node:
            del node[draw(st.integers(0, len(node) - 1))]
        elif isinstance(node, list) and choice == "add":
            node.append(draw(replacements))
        elif not path:
            value = draw(replacements)
        else:
            _at(value, path[:-1])[path[-1]] = draw(replacements)
    return value


def merged(base: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Two valid instances merged key by key when both are objects: near misses of cross-field rules."""

    def merge(pair: tuple[Any, Any]) -> Any:
        first, second = pair
        return {**first, **second} if isinstance(first, dict) and isinstance(second, dict) else second

    return st.tuples(base, base).map(merge)


def _spots(node: Any, path: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, item in node.items():
            yield from _spots(item, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _spots(item, (*path, index))


def _at(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


def strictly_equal(a: object, b: object) -> bool:
    """Equal as JSON with the same Python types (``1 == 1.0 == True`` does not count) and key order."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return list(a) == list(b) and all(strictly_equal(a[k], b[k]) for k in a)
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(strictly_equal(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def contains_float(value: object, integral_only: bool = False) -> bool:
    if type(value) is float:
        return value.is_integer() or not integral_only
    if isinstance(value, dict):
        return any(contains_float(v, integral_only) for v in value.values())
    if isinstance(value, list):
        return any(contains_float(v, integral_only) for v in value)
    return False


def contains_surrogate(value: object) -> bool:
    if isinstance(value, str):
        return any("\ud800" <= c <= "\udfff" for c in value)
    if isinstance(value, dict):
        return any(contains_surrogate(k) or contains_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(contains_surrogate(v) for v in value)
    return False
