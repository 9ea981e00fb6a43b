"""Normalization: every accepted value comes back as exact plain JSON; everything else is a typed error.

The hostile classes below lie in every method a subclass can override; the checker must read the
values they really hold. The property test builds each value together with the plain JSON it really
holds (or the error it must cause), from that knowledge rather than from the checker's own rules.
"""

from __future__ import annotations

import datetime
import inspect
import json
import math
import subprocess
import sys
import types
from collections import OrderedDict, defaultdict
from collections.abc import Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from twelvelabs_analyze._schema import MAX_DEPTH, ArgumentTypeError, ArgumentValueError, _digits

from ._hostile import (
    PYTHON_VALUES,
    Color,
    HostileDict,
    HostileFloat,
    HostileInt,
    HostileList,
    HostileStr,
    HostileTuple,
    Invalid,
    Size,
)
from ._support import check, failure, json_values, strictly_equal

FREE: dict[str, Any] = {}  # a schema that allows any JSON value: only normalization is at work


class ReadOnlyMapping(Mapping[str, Any]):
    """A Mapping that is not a dict."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


class BrokenMapping(ReadOnlyMapping):
    def __iter__(self) -> Iterator[str]:
        raise RuntimeError("cannot list")


class LyingMeta(type):
    @property
    def __name__(cls) -> str:  # type: ignore[override]
        raise RuntimeError("a metaclass that lies about names")


class Opaque(metaclass=LyingMeta):
    pass


class PretendsToBeStr:
    """isinstance(x, str) is True for this one, but it is no str."""

    @property  # type: ignore[misc]
    def __class__(self) -> type:
        return str


# --------------------------------------------------------------------------- examples


def test_plain_json_is_copied_unchanged() -> None:
    value = {"a": [1, 2.5, "x", None, True, {"b": []}], "c": {}}
    result = check(FREE, value)
    assert strictly_equal(result, value)
    assert result is not value
    assert result["a"] is not value["a"]


def test_tuples_and_mappings_become_lists_and_dicts() -> None:
    value = (1, (2, 3), types.MappingProxyType({"a": ReadOnlyMapping({"b": (4,)})}))
    result = check(FREE, value)
    assert strictly_equal(result, [1, [2, 3], {"a": {"b": [4]}}])
    assert strictly_equal(check(FREE, OrderedDict(b=1, a=2)), {"b": 1, "a": 2})
    counts: defaultdict[str, int] = defaultdict(int, {"a": 1})
    assert strictly_equal(check(FREE, counts), {"a": 1})


def test_enum_members_become_their_values() -> None:
    assert strictly_equal(check(FREE, [Color.RED, Size.LARGE]), ["red", 3])
    assert strictly_equal(check({"type": "string", "enum": ["red"]}, Color.RED), "red")
    assert strictly_equal(check({"type": "integer", "maximum": 3}, Size.LARGE), 3)


def test_hostile_subclasses_give_up_what_they_really_hold() -> None:
    value = HostileDict(
        {
            HostileStr("key"): HostileList([HostileStr("text"), HostileInt(42), HostileFloat(0.25)]),
            "t": HostileTuple((HostileInt(-1),)),
        }
    )
    result = check(FREE, value)
    assert strictly_equal(result, {"key": ["text", 42, 0.25], "t": [-1]})
    assert json.dumps(result, allow_nan=False) == '{"key": ["text", 42, 0.25], "t": [-1]}'


def test_hostile_scalars_meet_the_schema_by_what_they_hold() -> None:
    assert check({"type": "string", "enum": ["title"]}, HostileStr("title")) == "title"
    error = failure({"type": "string", "enum": ["title"]}, HostileStr("titel"))
    assert str(error) == "x must be 'title', not 'titel'"
    assert check({"type": "string", "minLength": 3}, HostileStr("abc")) == "abc"
    failure({"type": "string", "minLength": 1}, HostileStr(""))
    assert check({"type": "integer", "minimum": 1}, HostileInt(5)) == 5
    assert str(failure({"type": "integer", "minimum": 1}, HostileInt(0), "max_tokens")) == (
        "max_tokens must be at least 1, not 0"
    )
    assert check({"type": "number", "maximum": 1}, HostileFloat(0.5)) == 0.5
    failure({"type": "number", "maximum": 1}, HostileFloat(1.5))
    types_schema = {"type": "array", "items": {"enum": ["a", "b"]}, "uniqueItems": True}
    assert check(types_schema, HostileList(["a", "b"])) == ["a", "b"]
    assert "more than once" in str(failure(types_schema, HostileList([HostileStr("a"), "a"])))


def test_the_hostile_values_themselves_still_hold_the_truth() -> None:
    # guards the test classes: CPython stores the real text and number behind the lies
    assert str.__str__(HostileStr("abc")) == "abc"
    assert int.__index__(HostileInt(42)) == 42
    assert float.__float__(HostileFloat(0.25)) == 0.25
    assert list(dict.items(HostileDict({"a": 1}))) == [("a", 1)]


def test_keys_with_the_same_text_after_normalization_are_rejected() -> None:
    for value in ({HostileStr("a"): 1, "a": 2}, {"a": 1, HostileStr("a"): 2}):
        error = failure(FREE, value)
        assert isinstance(error, ArgumentValueError)
        assert str(error) == "x has the key 'a' more than once"


@pytest.mark.parametrize("key", [1, 1.5, None, True, (1, 2), b"a", Color.RED.value.encode()])
def test_keys_must_be_strings(key: object) -> None:
    error = failure(FREE, {"ok": {key: 1}}, "response_format")
    assert isinstance(error, ArgumentTypeError)
    assert str(error) == f"response_format.ok has a key of type {type(key).__name__}; keys must be strings"


@pytest.mark.parametrize(
    "value",
    [
        {1, 2},
        frozenset(),
        b"bytes",
        bytearray(b"x"),
        memoryview(b"x"),
        object(),
        1j,
        Decimal("1.5"),
        Fraction(1, 3),
        datetime.date(2026, 1, 1),
        range(3),
        iter(()),
        (item for item in [1]),
        print,
        Opaque(),
        PretendsToBeStr(),
    ],
    ids=lambda value: type.__dict__["__name__"].__get__(type(value)),  # pytest believes the lying class
)
def test_values_json_cannot_carry_are_type_errors(value: object) -> None:
    error = failure(FREE, {"a": [value]}, "response_format")
    assert isinstance(error, ArgumentTypeError)
    assert str(error) == (
        "response_format.a[0] must be a JSON value (str, int, float, bool, None, list, tuple or dict), "
        f"not {type.__dict__['__name__'].__get__(type(value))}"
    )
    assert (error.path, error.parameter) == ("response_format.a[0]", "response_format")


def test_a_mapping_that_cannot_list_its_items_is_a_type_error() -> None:
    error = failure(FREE, {"a": BrokenMapping({})}, "response_format")
    assert isinstance(error, ArgumentTypeError)
    assert str(error) == "response_format.a is a BrokenMapping whose items could not be read (RuntimeError)"


def test_non_json_values_where_the_schema_wants_a_type_say_which() -> None:
    schema = {
        "type": "object",
        "properties": {
            "video_id": {"type": "string"},
            "types": {"type": "array", "items": {"$ref": "#/$defs/kind"}},
            "when": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        "$defs": {"kind": {"type": "string", "enum": ["title", "topic"]}},
    }
    assert str(failure(schema, {"video_id": b"abc"}, "")) == "video_id must be a string, not bytes"
    assert str(failure(schema, {"types": {"title"}}, "")) == "types must be a list, not set"
    assert (
        str(failure(schema, {"types": [b"title"]}, ""))
        == "types[0] must be one of 'title', 'topic', not bytes"
    )
    assert (
        str(failure(schema, {"when": datetime.date(2026, 1, 1)}, ""))
        == "when must be a string or None, not date"
    )


@pytest.mark.parametrize(
    "number", [math.nan, math.inf, -math.inf, HostileFloat(math.nan), HostileFloat(math.inf)]
)
def test_nan_and_infinities_are_value_errors(number: float) -> None:
    error = failure({"type": "number", "minimum": 0, "maximum": 1}, number, "temperature")
    assert isinstance(error, ArgumentValueError)
    assert str(error).startswith("temperature must be a finite number, not ")
    assert isinstance(failure(FREE, {"deep": [[number]]}), ArgumentValueError)


def test_integers_too_long_to_print_are_value_errors_that_never_print_them() -> None:
    assert check(FREE, 10**4299) == 10**4299
    error = failure(FREE, [10**5000], "response_format")
    assert isinstance(error, ArgumentValueError)
    assert str(error) == "response_format[0] is an integer of 5001 digits; at most 4300 digits can be sent"
    assert str(failure(FREE, -(10**5000))).startswith("x is an integer of 5001 digits")
    previous = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # no limit: then any integer can be sent
    try:
        assert check(FREE, 10**5000) == 10**5000
    finally:
        sys.set_int_max_str_digits(previous)


def test_digit_counts_are_exact() -> None:
    previous = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        for exponent in [*range(40), 300, 1000, 4299, 4300, 4301, 10_000]:
            for number in (10**exponent - 1, 10**exponent, 10**exponent + 1, 2**exponent):
                if number:
                    assert _digits(number) == len(str(number)), number
                    assert _digits(-number) == len(str(number)), -number
    finally:
        sys.set_int_max_str_digits(previous)


@pytest.mark.parametrize(
    ("text", "index"), [("\ud800", 0), ("ab\udfff", 2), ("é\ud83d\ude00", 1), (HostileStr("x\udc00"), 1)]
)
def test_unpaired_surrogates_are_value_errors(text: str, index: int) -> None:
    error = failure({"type": "string"}, text, "prompt")
    assert isinstance(error, ArgumentValueError)
    assert str(error).startswith("prompt contains an unpaired surrogate '\\u")
    assert f"at index {index}" in str(error)
    key_error = failure(FREE, {text: 1}, "response_format")
    assert str(key_error).startswith("response_format has a key with an unpaired surrogate")


def test_text_outside_ascii_is_fine() -> None:
    for text in ("é", "日本語", "😀", "\u2028", "\x00"):
        assert check({"type": "string"}, text) == text
        assert check(FREE, {text: text}) == {text: text}


def test_cycles_are_value_errors_naming_where_the_value_contains_itself() -> None:
    loop: list[Any] = []
    loop.append(loop)
    error = failure(FREE, loop, "x")
    assert isinstance(error, ArgumentValueError)
    assert (str(error), error.path) == ("x contains itself (at x[0])", "x")

    schema: dict[str, Any] = {"type": "object"}
    schema["properties"] = {"child": schema}
    error = failure(FREE, {"type": "json_schema", "json_schema": schema}, "response_format")
    assert (
        str(error)
        == "response_format.json_schema contains itself (at response_format.json_schema.properties.child)"
    )
    assert (error.path, error.parameter) == ("response_format.json_schema", "response_format")

    outer: dict[str, Any] = {"list": []}
    outer["list"].append((1, outer))
    assert str(failure(FREE, outer, "")) == "the value contains itself (at list[0][1])"


def test_shared_values_that_are_not_cycles_are_fine() -> None:
    shared = [1, {"a": 2}]
    assert check(FREE, {"a": shared, "b": [shared, shared]}) == {"a": shared, "b": [shared, shared]}


def nested(levels: int) -> Any:
    value: Any = "leaf"
    for _ in range(levels):
        value = [value]
    return value


def test_nesting_is_limited() -> None:
    assert check(FREE, nested(MAX_DEPTH)) == nested(MAX_DEPTH)
    error = failure(FREE, {"a": nested(MAX_DEPTH)}, "response_format")
    assert isinstance(error, ArgumentValueError)
    assert (
        str(error)
        == f"response_format.a{'[0]' * (MAX_DEPTH - 1)} is nested more than {MAX_DEPTH} levels deep"
    )
    failure(FREE, nested(100_000))  # stops at the limit: no RecursionError


def test_no_recursion_error_escapes_even_with_little_stack_left() -> None:
    schema = {
        "$defs": {"n": {"anyOf": [{"type": "array", "items": {"$ref": "#/$defs/n"}}, {"type": "string"}]}},
        "$ref": "#/$defs/n",
    }
    value = nested(MAX_DEPTH)
    assert check(schema, value) == value
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 40)
    try:
        error = failure(schema, value, "response_format")
    finally:
        sys.setrecursionlimit(previous)
    assert isinstance(error, ArgumentValueError)
    assert str(error) == "response_format is nested too deeply to check"


def test_the_module_imports_nothing_heavy() -> None:
    """Loading _schema adds no module beyond the cheap ones it names (typing, collections.abc, math)."""
    code = (
        "import sys, importlib.util, math, typing, collections.abc\n"
        "before = set(sys.modules)\n"
        "spec = importlib.util.spec_from_file_location('_schema_alone', sys.argv[1])\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(module)\n"
        "print(' '.join(sorted(set(sys.modules) - before)))\n"
    )
    from twelvelabs_analyze import _schema

    out = subprocess.run(
        [sys.executable, "-c", code, str(_schema.__file__)], capture_output=True, text=True, check=True
    ).stdout.split()
    assert set(out) <= {"__future__"}  # no re, fractions, threading, json, urllib: those load when compiling


# --------------------------------------------------------------------------- property test


@settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(PYTHON_VALUES)
def test_normalization_matches_what_values_really_hold(pair: tuple[Any, Any]) -> None:
    value, expected = pair
    if isinstance(expected, Invalid):
        with pytest.raises(expected.error):
            check(FREE, value)
        return
    result = check(FREE, value)
    assert strictly_equal(result, expected)
    json.dumps(result, allow_nan=False, ensure_ascii=False).encode("utf-8")  # ready to send


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(json_values())
def test_normalization_is_identity_on_plain_json(value: Any) -> None:
    assert strictly_equal(check(FREE, value), value)
