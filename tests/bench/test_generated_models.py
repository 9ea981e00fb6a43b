"""The fast ``from_dict``/``to_dict`` that openapi/templates/model.py.jinja generates.

The stock template's contract holds (round trip, unknown keys kept, UNSET for absent fields,
objects equal to ones built with ``__init__``); on top, values of the wrong JSON type raise
``TypeError`` naming the field.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import attrs
import pytest

from twelvelabs_analyze_api.models import (
    Chapter,
    ChapterResult,
    GistResult,
    SummarizeRequest,
    TokenUsage,
)
from twelvelabs_analyze_api.types import UNSET

CHAPTER: dict[str, Any] = {
    "chapter_number": 1,
    "start": 0,
    "end": 30,
    "start_sec": 0.0,
    "end_sec": 29.5,
    "chapter_title": "Intro",
    "chapter_summary": "The host says hello.",
}


def test_from_dict_builds_what_init_builds() -> None:
    built = Chapter(**CHAPTER)
    parsed = Chapter.from_dict(CHAPTER)
    assert parsed == built
    assert parsed.additional_properties == {}
    assert attrs.evolve(parsed, chapter_title="Start").chapter_title == "Start"


def test_absent_optional_fields_are_unset() -> None:
    chapter = Chapter.from_dict({"chapter_title": "Only a title"})
    assert chapter.start is UNSET
    assert chapter.chapter_summary is UNSET
    assert chapter.to_dict() == {"chapter_title": "Only a title"}


@pytest.mark.parametrize(
    "body",
    [
        {**CHAPTER, "confidence": 0.9},  # every known key and one unknown
        {"start": 1, "confidence": 0.9},  # the unknown key makes up for absent known ones in the count
        {"confidence": 0.9, "speaker": {"name": "A"}},  # only unknown keys
    ],
    ids=["all-known-plus-one", "some-known-plus-one", "only-unknown"],
)
def test_unknown_keys_are_kept_and_emitted(body: dict[str, Any]) -> None:
    chapter = Chapter.from_dict(body)
    unknown = {k: v for k, v in body.items() if k not in CHAPTER}
    assert chapter.additional_properties == unknown
    assert chapter.to_dict() == body


def test_nested_round_trip_with_unknown_keys_at_every_level() -> None:
    body = {
        "summarize_type": "chapter",
        "id": "c1",
        "chapters": [CHAPTER, {**CHAPTER, "chapter_number": 2, "mood": "calm"}],
        "usage": {"output_tokens": 12, "input_tokens": 3},
        "model": "pegasus",
    }
    result = ChapterResult.from_dict(body)
    assert isinstance(result.chapters, list)
    assert all(isinstance(c, Chapter) for c in result.chapters)
    assert isinstance(result.usage, TokenUsage)
    assert result.to_dict() == body


def test_the_source_is_neither_changed_nor_shared() -> None:
    body = {"id": "g", "title": "T", "topics": ["a"], "extra": 1}
    snapshot = {**body, "topics": ["a"]}
    gist = GistResult.from_dict(body)
    gist.additional_properties["added"] = True
    out = gist.to_dict()
    assert isinstance(out["topics"], list)
    out["topics"].append("b")  # to_dict hands out its own lists
    assert body == snapshot
    assert gist.topics == ["a"]


def test_any_mapping_is_accepted() -> None:
    assert Chapter.from_dict(MappingProxyType(CHAPTER)).to_dict() == CHAPTER


@pytest.mark.parametrize(
    ("model", "body", "message"),
    [
        (GistResult, {"title": 5}, "GistResult.title: expected str, got int"),
        (GistResult, {"topics": "walking"}, "GistResult.topics: expected list[str], got str"),
        (GistResult, {"hashtags": ["#a", None]}, "expected list[str], got a list holding NoneType"),
        (GistResult, {"usage": 12}, "TokenUsage must be built from a mapping, not int"),
        (GistResult, ["not", "a", "mapping"], "GistResult must be built from a mapping, not list"),
        (Chapter, {**CHAPTER, "start": "0"}, "start: expected int, got str"),
        (Chapter, {**CHAPTER, "start": 1.5}, "start: expected int, got float"),
        (
            Chapter,
            {**CHAPTER, "end_sec": "9"},
            "end_sec: expected float, got str",
        ),
        (
            ChapterResult,
            {"summarize_type": "chapter", "chapters": [CHAPTER, "oops"]},
            "Chapter must be built from a mapping, not str",
        ),
        (ChapterResult, {"summarize_type": "summary"}, "Unexpected value 'summary'"),
        (
            SummarizeRequest,
            {"video_id": 7, "type": "chapter"},
            "SummarizeRequest.video_id: expected str, got int",
        ),
    ],
)
def test_values_of_the_wrong_type_raise_type_error(model: Any, body: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message.replace("[", r"\[").replace("]", r"\]")):
        model.from_dict(body)


def test_missing_required_field_raises_key_error() -> None:
    with pytest.raises(KeyError, match="summarize_type"):
        ChapterResult.from_dict({"chapters": []})


def test_numbers_follow_json_schema() -> None:
    # JSON Schema counts 30.0 as an integer and any integer as a number.
    chapter = Chapter.from_dict({"end": 30.0, "end_sec": 30})
    assert chapter.to_dict() == {"end": 30.0, "end_sec": 30}
