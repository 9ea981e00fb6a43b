"""The checkers' fast path (``SchemaCompiler._fast``, one pass for values of the usual shape) gives
exactly what the full two-pass check gives: the same plain copy, or the same error.

Drawn from the same strategies as tests/schema/test_agreement.py (instances generated from every
request schema of the spec and from the hand-written ones, near misses, noise), plus values the
fast path must hand over to the full check (subclasses, tuples, mappings, huge or non-finite
numbers, non-ASCII text and keys).
"""

from __future__ import annotations

import enum
import math
from collections import OrderedDict
from typing import Any

import pytest

# The value strategies are tests/schema's, built on the spec group's schemathesis and hypothesis.
pytest.importorskip("schemathesis")

from hypothesis import given
from hypothesis import strategies as st

from tests.schema._support import strictly_equal
from tests.schema.test_agreement import CASES, SETTINGS, tools
from twelvelabs_analyze._schema import ArgumentError, SchemaCompiler, _SchemaChecker


def _full(checker: _SchemaChecker) -> _SchemaChecker:
    """The same checker without its fast path."""
    return _SchemaChecker(checker._validate, checker.schema, checker._compiler, None)


def _outcome(checker: Any, value: object) -> tuple[str, Any]:
    try:
        return "ok", checker(value, "x")
    except ArgumentError as error:
        return type(error).__name__, (str(error), error.path, error.parameter)


def _same(checker: _SchemaChecker, value: object) -> None:
    fast, full = _outcome(checker, value), _outcome(_full(checker), value)
    assert fast[0] == full[0], (value, fast, full)
    if fast[0] == "ok":
        assert strictly_equal(fast[1], full[1]), (value, fast, full)
        assert type(fast[1]) is type(full[1])
    else:
        assert fast[1] == full[1]


@pytest.mark.parametrize(("document", "schema"), CASES)
@SETTINGS
@given(data=st.data())
def test_the_fast_path_agrees_with_the_full_check(document: Any, schema: Any, data: st.DataObject) -> None:
    checker, _, _, _, candidates = tools(document, schema)
    _same(checker, data.draw(candidates, label="value"))


class Tag(enum.StrEnum):
    TITLE = "title"


class Count(enum.IntEnum):
    TWO = 2


ANALYZE = {"$ref": "#/components/schemas/AnalyzeRequest"}
GIST = {"$ref": "#/components/schemas/GistRequest"}
ODD_VALUES = [
    {"video_id": "v1", "types": ("title", "topic")},  # a tuple: the fast path copies it to a list
    {"video_id": "v1", "types": [Tag.TITLE]},  # a str subclass: the full check reads it
    {"video_id": "v1", "types": ["title", "title"]},  # not unique
    {"video_id": "v1", "types": []},
    {"video_id": " ", "types": ["title"]},  # the pattern \\S
    {"video_id": "vidéo", "types": ["title"]},  # non-ASCII text
    {"video_id": "v\ud800", "types": ["title"]},  # an unpaired surrogate
    {"vidéo_id": "v1", "types": ["title"]},  # a non-ASCII unknown key
    OrderedDict(video_id="v1", types=["title"]),  # a dict subclass
    {"video_id": "v1", "types": ["title"], "extra": 1},
    {"video_id": "v1"},
    {"video": {"type": "asset_id", "asset_id": "a1"}, "prompt": "Hi"},
    {"video": {"type": "url", "url": "https://example.com/v.mp4"}, "prompt": "Hi", "temperature": 0.5},
    {"video": {"type": "asset_id"}, "prompt": "Hi"},  # the member's required key missing
    {"video": {"type": "nope", "asset_id": "a1"}, "prompt": "Hi"},
    {"video": {"type": 1, "asset_id": "a1"}, "prompt": "Hi"},
    {"video": ["asset_id"], "prompt": "Hi"},
    {"video_id": "v1", "video": {"type": "asset_id", "asset_id": "a1"}},  # both: oneOf fails
    {"video_id": "v1", "prompt": "Hi", "temperature": math.nan},
    {"video_id": "v1", "prompt": "Hi", "temperature": math.inf},
    {"video_id": "v1", "prompt": "Hi", "temperature": True},
    {"video_id": "v1", "prompt": "Hi", "temperature": 1},
    {"video_id": "v1", "prompt": "Hi", "temperature": 1.5},
    {"video_id": "v1", "prompt": "Hi", "max_tokens": Count.TWO},
    {"video_id": "v1", "prompt": "Hi", "max_tokens": 10**700},
    {"video_id": "v1", "prompt": "Hi", "max_tokens": 1},
    {"video_id": "v1", "prompt": "Hi", "max_tokens": 2.0},
    {"video_id": "v1", "prompt": "word " * 2001},  # over x-max-tokens with pegasus1.2
    {"model_name": "pegasus1.5", "video_id": "v1", "prompt": "Hi"},
    {"model_name": "pegasus1.5", "video": {"type": "asset_id", "asset_id": "a1"}, "max_tokens": 600},
    {"video_id": "v1", "prompt": "Hi", "prompt_v2": {"input_text": "x"}},
    {"video_id": "v1", "response_format": {"type": "json_schema", "json_schema": {"type": "object"}}},
    {"video_id": "v1", "response_format": {"type": "json_schema", "json_schema": {"a": [[[[1]]]]}}},
    {1: "v1"},
    ["v1"],
    None,
]


@pytest.mark.parametrize("value", ODD_VALUES, ids=range(len(ODD_VALUES)))
@pytest.mark.parametrize("schema", [GIST, ANALYZE], ids=["gist", "analyze"])
def test_odd_values_get_the_full_checks_answer(schema: Any, value: object) -> None:
    from twelvelabs_analyze._spec import spec_document

    checker = SchemaCompiler(spec_document()).compile(schema)
    assert isinstance(checker, _SchemaChecker) and checker._fast is not None
    _same(checker, value)


def test_a_cycle_and_deep_nesting_inside_a_free_form_value() -> None:
    from twelvelabs_analyze._spec import spec_document

    checker = SchemaCompiler(spec_document()).compile(ANALYZE)
    assert isinstance(checker, _SchemaChecker)
    cyclic: list[Any] = []
    cyclic.append(cyclic)
    deep: Any = "x"
    for _ in range(70):
        deep = [deep]
    for inner in (cyclic, deep):
        value = {"video_id": "v1", "response_format": {"type": "json_schema", "json_schema": {"a": inner}}}
        _same(checker, value)


def test_every_combination_of_analyzes_cross_field_rules() -> None:
    """The rules compiled into one expression (_RuleWriter) against the validators, exhaustively
    over the arguments they relate: model, video source, prompts, max_tokens, the time window."""
    import itertools

    from twelvelabs_analyze._spec import spec_document

    checker = SchemaCompiler(spec_document()).compile(ANALYZE)
    assert isinstance(checker, _SchemaChecker)
    absent = object()
    grid: dict[str, list[Any]] = {
        "model_name": [absent, "pegasus1.2", "pegasus1.5"],
        "video_id": [absent, "v1"],
        "video": [absent, {"type": "asset_id", "asset_id": "a1"}],
        "prompt": [absent, "Hi", "word " * 2001],
        "prompt_v2": [absent, {"input_text": "Is there a <@cat>?"}],
        "max_tokens": [absent, 1, 2, 600, 4096, 5000, 98304, 98305],
        "start_time": [absent, 1.5],
        "end_time": [absent, 9, 5.5, 5],  # 4 s after start_time, exactly and not quite
    }
    for combination in itertools.product(*grid.values()):
        value = {k: v for k, v in zip(grid, combination, strict=True) if v is not absent}
        _same(checker, value)
