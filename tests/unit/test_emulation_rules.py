"""The emulation rules (`_emulation`) one by one, on answers built directly: exact messages and bodies,
what is filled in, derived and refused.

``tests/unit/test_emulation.py`` runs the same path through the client; here each rule gets the
edge that tells a right implementation from a nearly-right one.
"""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import attrs
import pytest

from twelvelabs_analyze import (
    APIResponseValidationError,
    ChapterResult,
    GistResult,
    OutputTruncatedError,
    SummaryResult,
)
from twelvelabs_analyze._emulation import (
    _check_intervals,
    _derive_in,
    _is_unset,
    _variant_schema,
    _without,
    plan_emulation,
    restricted_schema,
)
from twelvelabs_analyze._operation import Emulation, Operation
from twelvelabs_analyze._spec import spec_document
from twelvelabs_analyze_api.models.analyze_result import AnalyzeResult
from twelvelabs_analyze_api.resources import OPERATIONS
from twelvelabs_analyze_api.types import UNSET

VIDEO = "6298d673f1090f1100476d4c"
CHAPTER = {"start_sec": 0.0, "end_sec": 30.4, "chapter_title": "Intro", "chapter_summary": "It starts."}


def answer(data: Any = None, *, finish_reason: str = "stop", warning: str | None = None, **extra: Any) -> Any:
    # `id` and `data` are required by the spec: an answer "without data" is one whose `data` is
    # UNSET, as a model built by hand can be (the emulation reads answers with getattr).
    body: dict[str, Any] = {"id": "answer-1", "finish_reason": finish_reason, "data": "", **extra}
    if data is not None:
        body["data"] = data if isinstance(data, str) else json.dumps(data)
    if warning is not None:
        body["error"] = {"message": warning}
    result = AnalyzeResult.from_dict(body)
    if data is None:
        result.data = UNSET  # type: ignore[assignment]
    return result


def chapters_call() -> Any:
    return plan_emulation(OPERATIONS["summarize"], {"video_id": VIDEO, "type": "chapter"})


def failure(call: Any, reply: Any) -> APIResponseValidationError:
    with pytest.raises(APIResponseValidationError) as caught:
        call.legacy_result(reply)
    return caught.value


# --------------------------------------------------------------------------- truncation


def test_a_truncated_answer_names_the_operation_and_quotes_the_warning() -> None:
    partial = '{"chapters": [{"start_sec": 0'
    with pytest.raises(OutputTruncatedError) as caught:
        chapters_call().legacy_result(answer(partial, finish_reason="length", warning="max_tokens reached"))
    error = caught.value
    assert str(error) == (
        "POST /summarize through /analyze: the answer was cut short at the length limit "
        "(max_tokens reached); raise max_tokens or ask for less"
    )
    assert (error.partial, error.body, error.warning) == (partial, partial, "max_tokens reached")


def test_a_truncated_answer_without_warning_or_text() -> None:
    with pytest.raises(OutputTruncatedError) as caught:
        chapters_call().legacy_result(answer(finish_reason="length"))
    error = caught.value
    assert str(error) == (
        "POST /summarize through /analyze: the answer was cut short at the length limit; "
        "raise max_tokens or ask for less"
    )
    assert (error.partial, error.body, error.warning) == ("", "", None)


def test_a_length_answer_that_is_whole_json_is_a_result() -> None:
    result = chapters_call().legacy_result(answer({"chapters": [CHAPTER]}, finish_reason="length"))
    assert isinstance(result, ChapterResult)


# --------------------------------------------------------------------------- refused answers


@pytest.mark.parametrize("data", ["not json", "[1, 2]", '"text"'])
def test_an_answer_that_is_not_an_object_keeps_its_text(data: str) -> None:
    error = failure(chapters_call(), answer(data))
    refused = "POST /summarize through /analyze: the answer is not the JSON object asked for"
    if data == "not json":  # says why the decoder refused it
        assert str(error).startswith(refused + " (")
    else:
        assert str(error) == refused
    assert error.body == data
    assert not isinstance(error, OutputTruncatedError)


def test_an_answer_without_data_has_an_empty_body() -> None:
    error = failure(chapters_call(), answer())
    assert str(error).endswith("the answer is not the JSON object asked for")
    assert error.body == ""


def test_an_answer_of_another_type_is_a_validation_error() -> None:
    # Whatever /analyze's model becomes, a missing attribute must not escape as AttributeError.
    error = failure(chapters_call(), object())
    assert str(error) == "POST /summarize through /analyze: the answer is not the JSON object asked for"
    assert error.body == ""


def test_a_schema_violation_names_the_path_from_data() -> None:
    text = json.dumps({"chapters": "none"})
    error = failure(chapters_call(), answer(text))
    assert str(error).startswith(
        "POST /summarize through /analyze: the answer does not follow the legacy schema: data.chapters "
    )
    assert error.body == text


def test_an_interval_that_runs_backwards_is_named_by_its_path() -> None:
    text = json.dumps({"chapters": [CHAPTER, {**CHAPTER, "start_sec": 40, "end_sec": 10}]})
    error = failure(chapters_call(), answer(text))
    assert str(error) == (
        "POST /summarize through /analyze: chapters[1] goes from 40 to 10 "
        "(start_sec must be >= 0 and <= end_sec)"
    )
    assert error.body == text


def test_an_empty_interval_is_allowed() -> None:
    result = chapters_call().legacy_result(answer({"chapters": [{**CHAPTER, "start_sec": 5, "end_sec": 5}]}))
    assert (result.chapters[0].start, result.chapters[0].end) == (5, 5)


def test_interval_paths_join_keys_with_dots_and_items_with_brackets() -> None:
    nested = {"a": {"b": [{"x": {"s": 3, "e": 1}}]}}
    with pytest.raises(APIResponseValidationError) as caught:
        _check_intervals(nested, [("s", "e")], "L", "the text")
    assert str(caught.value) == "L through /analyze: a.b[0].x goes from 3 to 1 (s must be >= 0 and <= e)"
    assert caught.value.body == "the text"
    with pytest.raises(APIResponseValidationError, match=r"^L through /analyze:  goes from -1 to 1 "):
        _check_intervals({"s": -1, "e": 1}, [("s", "e")], "L", "")
    _check_intervals({"s": 0, "e": 0, "t": {"s": "x", "e": 1}}, [("s", "e")], "L", "")


# --------------------------------------------------------------------------- what is filled in


def test_server_fields_come_from_the_answer_and_unset_ones_stay_out() -> None:
    call = plan_emulation(OPERATIONS["gist"], {"video_id": VIDEO, "types": ["title"]})
    with_usage = call.legacy_result(
        answer({"title": "T"}, id="gen-1", usage={"output_tokens": 3, "input_tokens": 1})
    )
    assert isinstance(with_usage, GistResult)
    assert with_usage.id == "gen-1" and with_usage.usage.output_tokens == 3
    bare = call.legacy_result(answer({"title": "T"}))  # usage UNSET: left out, not null
    assert bare.to_dict() == {"title": "T", "id": "answer-1"}


def test_an_answer_with_data_alone_is_enough() -> None:
    call = plan_emulation(OPERATIONS["gist"], {"video_id": VIDEO, "types": ["title"]})
    result = call.legacy_result(SimpleNamespace(data='{"title": "T"}'))
    assert result.to_dict() == {"title": "T"}
    result = call.legacy_result(SimpleNamespace(data='{"title": "T"}', id=None, usage=None))
    assert result.to_dict() == {"title": "T"}


def test_a_structured_summary_keeps_non_ascii_text() -> None:
    schema = {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}}}}
    call = plan_emulation(
        OPERATIONS["summarize"], {"video_id": VIDEO, "type": "summary", "response_format": schema}
    )
    result = call.legacy_result(answer({"summary": {"tags": ["café"]}}))
    assert result.summary == '{"tags": ["café"]}'


def test_a_result_the_legacy_model_refuses_is_a_validation_error() -> None:
    # The call asked for one variant but the plan produced another: the legacy parse refuses it.
    call = attrs.evolve(chapters_call(), arguments={"video_id": VIDEO, "type": "summary"})
    text = json.dumps({"chapters": [CHAPTER]})
    error = failure(call, answer(text))
    assert str(error) == (
        "POST /summarize through /analyze: the answer does not fit the legacy result: "
        "requested type='summary' but the response has summarize_type='chapter'"
    )
    assert error.body == text


def test_unset_is_recognised_by_its_type_name() -> None:
    assert _is_unset(UNSET) is True
    assert _is_unset(None) is False
    assert _is_unset("Unset") is False


def test_a_summary_gets_its_variant_tag() -> None:
    call = plan_emulation(OPERATIONS["summarize"], {"video_id": VIDEO, "type": "summary"})
    result = call.legacy_result(answer({"summary": "It is a video."}))
    assert isinstance(result, SummaryResult)
    assert result.to_dict() == {"summarize_type": "summary", "summary": "It is a video.", "id": "answer-1"}


SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "start": {"type": "integer"},
        "n": {"type": "integer"},
        "start_sec": {"type": "number"},
        "inner": {"type": "object", "properties": {"n": {"type": "integer"}}},
        "items": {"type": "array", "items": {"type": "object", "properties": {"n": {"type": "integer"}}}},
    },
}
RULES: dict[str, Any] = {"start": {"round": "start_sec"}, "n": {"position": True}}


def test_derived_fields_round_number_positions_and_keep_what_is_there() -> None:
    node: dict[str, Any] = {"start_sec": 1.6, "inner": {}, "items": [{}, {}, {"n": 9}]}
    _derive_in(node, SCHEMA, RULES, 4, spec_document())
    assert node == {
        "start_sec": 1.6,
        "start": 2,
        "n": 4,  # the position this object was given
        "inner": {"n": 0},  # an object that is not a list item is at position 0
        "items": [{"n": 0}, {"n": 1}, {"n": 9}],  # what the answer gave is kept
    }


def test_a_given_or_unknown_derived_field_does_not_stop_the_others() -> None:
    node: dict[str, Any] = {"start_sec": 2.2, "start": 7}
    _derive_in(node, SCHEMA, {"start": {"round": "start_sec"}, "n": {"position": True}}, 3, spec_document())
    assert node == {"start_sec": 2.2, "start": 7, "n": 3}
    node = {"start_sec": 2.2}
    _derive_in(node, SCHEMA, {"absent": {"position": True}, "bad": 1, "n": {"position": True}}, 5, {})
    assert node == {"start_sec": 2.2, "n": 5}
    node = {"start_sec": True}  # a boolean is not a number to round
    _derive_in(node, SCHEMA, {"start": {"round": "start_sec"}}, 0, {})
    assert node == {"start_sec": True}


# --------------------------------------------------------------------------- variants


def test_variant_schemas_are_found_through_any_of_and_const() -> None:
    first = {"properties": {"kind": {"const": "a"}}, "title": "A"}
    second = {"properties": {"kind": {"enum": ["b", "c"]}}, "title": "B"}
    assert _variant_schema({"anyOf": [first, second]}, "kind", "a", {}) == first
    assert _variant_schema({"oneOf": [first, second]}, "kind", "c", {}) == second
    with pytest.raises(ValueError, match=r"^no result variant has kind='z'$"):
        _variant_schema({"anyOf": [first, second]}, "kind", "z", {})
    # No const and no enum: no value matches (not even None).
    with pytest.raises(ValueError, match="no result variant"):
        _variant_schema({"oneOf": [{"properties": {"kind": {}}}]}, "kind", "a", {})


# --------------------------------------------------------------------------- planning


def with_spec(name: str, **changes: Any) -> Operation:
    """A copy of a spec operation whose ``x-emulation`` has ``changes`` (``None`` removes a key)."""
    operation = OPERATIONS[name]
    assert operation.emulation is not None
    spec = {k: v for k, v in {**operation.emulation.spec, **changes}.items() if v is not None}
    values = {slot: getattr(operation, slot) for slot in Operation.__slots__ if not slot.startswith("_")}
    values["emulation"] = Emulation(operation.emulation.target, spec)
    return Operation(**values)


def test_prompts_are_joined_by_blank_lines_with_the_callers_context_last() -> None:
    spec = OPERATIONS["summarize"].emulation.spec  # type: ignore[union-attr]
    call = plan_emulation(
        OPERATIONS["summarize"], {"video_id": VIDEO, "type": "summary", "prompt": "for kids"}
    )
    assert (
        call.analyze_arguments["prompt"]
        == spec["prompts"]["summary"] + "\n\nTake this into account: for kids"
    )
    gist_spec = OPERATIONS["gist"].emulation.spec  # type: ignore[union-attr]
    gist = plan_emulation(OPERATIONS["gist"], {"video_id": VIDEO, "types": ["topic", "title"]})
    assert (
        gist.analyze_arguments["prompt"]
        == gist_spec["prompts"]["topic"] + "\n\n" + gist_spec["prompts"]["title"]
    )
    assert gist.variant is None
    assert call.variant == "summary"


def test_renamed_arguments_are_sent_under_their_new_name() -> None:
    operation = with_spec("summarize", rename={"prompt": "context", "absent": "never"})
    call = plan_emulation(operation, {"video_id": VIDEO, "type": "summary", "prompt": "p"})
    assert call.analyze_arguments["context"] == "p"
    assert "never" not in call.analyze_arguments


def test_planning_refuses_what_the_spec_cannot_serve() -> None:
    with pytest.raises(ValueError, match=r"^analyze has no x-emulation in the spec$"):
        plan_emulation(OPERATIONS["analyze"], {"video_id": VIDEO, "prompt": "p"})
    operation = with_spec("gist", prompts={"topic": "Topics."})
    with pytest.raises(ValueError, match=r"^x-emulation of gist has no prompt for types=\['title'\]$"):
        plan_emulation(operation, {"video_id": VIDEO, "types": ["title"]})


# --------------------------------------------------------------------------- derived schemas


def test_fields_by_a_value_the_spec_does_not_list_add_nothing() -> None:
    operation = with_spec("gist", **{"fields-by": {"title": ["title"]}})
    call = plan_emulation(operation, {"video_id": VIDEO, "types": ["title", "topic"]})
    assert list(call.schema["properties"]) == ["title"]


def test_only_top_level_fields_are_filtered_and_server_fields_go_everywhere() -> None:
    leaf = {"type": "string"}
    schema = {
        "type": "object",
        "properties": {
            "kept": {"type": "object", "properties": {"inner": leaf, "id": leaf}},
            "listed": {
                "type": "array",
                "items": {"type": "object", "properties": {"inner": leaf, "id": leaf}},
            },
            "other": leaf,
            "id": leaf,
        },
    }
    out = _without(schema, {"id"}, {"kept", "listed"})
    assert out == {
        "type": "object",
        "properties": {
            "kept": {"type": "object", "properties": {"inner": leaf}, "required": ["inner"]},
            "listed": {
                "type": "array",
                "items": {"type": "object", "properties": {"inner": leaf}, "required": ["inner"]},
            },
        },
        "required": ["kept", "listed"],
    }
    with pytest.raises(ValueError, match=r"^the legacy result schema is not an object schema$"):
        _without(True, set(), None)


def test_restricted_schemas_by_type_list_unknown_type_and_any_of() -> None:
    assert restricted_schema(
        {"type": ["string", "null"], "format": "date", "pattern": "^a", "minLength": 1}, {}
    ) == {"type": ["string", "null"], "format": "date", "pattern": "^a"}
    assert restricted_schema({"type": "weird", "description": "d", "minimum": 1}, {}) == {
        "type": "weird",
        "description": "d",
    }
    assert restricted_schema({"description": "no type", "items": {}}, {}) == {"description": "no type"}
    assert restricted_schema({"anyOf": [{"type": "string", "minLength": 2}, {"type": "null"}]}, {}) == {
        "anyOf": [{"type": "string"}, {"type": "null"}]
    }


def test_required_is_recomputed_wherever_it_stands() -> None:
    after = {"type": "object", "properties": {"a": {}, "b": {}}, "required": ["a"], "title": "T"}
    before = {"type": "object", "required": ["a"], "properties": {"a": {}, "b": {}}, "title": "T"}
    expected = {"type": "object", "properties": {"a": {}, "b": {}}, "required": ["a", "b"], "title": "T"}
    assert restricted_schema(after, {}) == expected
    assert restricted_schema(before, {}) == expected
