"""The fake's 200 answers: spec-valid, deterministic, and shaped by the request."""

from __future__ import annotations

import itertools
import json
import random
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from twelvelabs_analyze.testing import FakeTwelveLabs, load_spec
from twelvelabs_analyze.testing._content import (
    MAX_DURATION_S,
    SchemaNotSupported,
    count_tokens,
    instance_of,
    truncate_tokens,
)

from .conftest import body_of, post

SPEC = load_spec()
GIST_200 = SPEC.operations[("POST", "/v1.3/gist")].response_validators[200]
SUMMARIZE_200 = SPEC.operations[("POST", "/v1.3/summarize")].response_validators[200]
GIST_TYPES = [["title"], ["topic"], ["hashtag"], ["title", "topic", "hashtag"], ["hashtag", "title"]]
VIDEO_IDS = [f"video-{n}" for n in range(40)]


def answer(fake: FakeTwelveLabs, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = post(fake, path, body)
    assert response.status == 200, response.body
    result: dict[str, Any] = body_of(response)
    return result


@pytest.mark.parametrize("types", GIST_TYPES)
def test_gist_answers_are_spec_valid_and_hold_what_was_asked(fake: FakeTwelveLabs, types: list[str]) -> None:
    for video_id in VIDEO_IDS:
        result = answer(fake, "/v1.3/gist", {"video_id": video_id, "types": types})
        GIST_200.validate(result)
        assert ("title" in result) == ("title" in types)
        assert ("topics" in result) == ("topic" in types)
        assert ("hashtags" in result) == ("hashtag" in types)
        assert (
            result.get("title", "x")
            and all(result.get("topics", ["x"]))
            and all(result.get("hashtags", ["x"]))
        )
        assert result["usage"]["output_tokens"] > 0
        assert len(result["id"]) == 24 and int(result["id"], 16) >= 0


def test_same_request_same_answer_and_different_request_different_answer(fake: FakeTwelveLabs) -> None:
    request = {"video_id": "v1", "type": "chapter", "prompt": "for cooks"}
    first = answer(fake, "/v1.3/summarize", request)
    # Key order does not matter: the seed is the canonical JSON of the body.
    again = answer(fake, "/v1.3/summarize", dict(reversed(list(request.items()))))
    assert again == first
    assert answer(FakeTwelveLabs(), "/v1.3/summarize", request) == first  # not per-instance state
    assert answer(fake, "/v1.3/summarize", {**request, "video_id": "v2"}) != first
    assert answer(fake, "/v1.3/summarize", {**request, "prompt": "for kids"}) != first


@pytest.mark.parametrize("kind", ["chapter", "highlight"])
def test_segments_increase_do_not_overlap_and_fit_the_video(fake: FakeTwelveLabs, kind: str) -> None:
    for video_id in VIDEO_IDS:
        result = answer(fake, "/v1.3/summarize", {"video_id": video_id, "type": kind})
        SUMMARIZE_200.validate(result)
        assert result["summarize_type"] == kind
        items = result["chapters" if kind == "chapter" else "highlights"]
        assert 3 <= len(items) <= 8
        previous_end, previous_end_sec = 0, 0.0
        for number, item in enumerate(items):
            assert previous_end <= item["start"] < item["end"] <= MAX_DURATION_S
            assert previous_end_sec <= item["start_sec"] < item["end_sec"]
            assert round(item["start_sec"]) == item["start"] and round(item["end_sec"]) == item["end"]
            previous_end, previous_end_sec = item["end"], item["end_sec"]
            if kind == "chapter":
                assert item["chapter_number"] == number
                assert item["chapter_title"] and item["chapter_summary"]
            else:
                assert item["highlight"] and item["highlight_summary"]
        if kind == "chapter":  # chapters cover the whole video, back to back
            assert items[0]["start"] == 0
            assert all(a["end"] == b["start"] for a, b in itertools.pairwise(items))
        text = sum(count_tokens(str(v)) for item in items for v in item.values())
        assert result["usage"]["output_tokens"] == text


def test_summaries_follow_the_prompt(fake: FakeTwelveLabs) -> None:
    plain = answer(fake, "/v1.3/summarize", {"video_id": "v", "type": "summary"})["summary"]
    prompted = answer(
        fake, "/v1.3/summarize", {"video_id": "v", "type": "summary", "prompt": "for new  cooks"}
    )
    assert '"for new cooks"' in prompted["summary"] and "cooks" not in plain
    short = answer(fake, "/v1.3/summarize", {"video_id": "v", "type": "summary", "prompt": "short please"})
    detailed = answer(
        fake, "/v1.3/summarize", {"video_id": "v", "type": "summary", "prompt": "detailed please"}
    )
    assert short["summary"].count(".") < detailed["summary"].count(".")
    chapters = answer(fake, "/v1.3/summarize", {"video_id": "v", "type": "chapter", "prompt": "safety tips"})
    assert all("safety tips" in c["chapter_summary"] for c in chapters["chapters"])


@pytest.mark.parametrize("max_tokens", [1, 5, 12, 40])
def test_max_tokens_truncates_the_summary(fake: FakeTwelveLabs, max_tokens: int) -> None:
    full = answer(fake, "/v1.3/summarize", {"video_id": "v", "type": "summary", "prompt": "detailed"})
    cut = answer(
        fake,
        "/v1.3/summarize",
        {"video_id": "v", "type": "summary", "prompt": "detailed", "max_tokens": max_tokens},
    )
    assert cut["usage"]["output_tokens"] == count_tokens(cut["summary"]) == max_tokens
    assert full["usage"]["output_tokens"] == count_tokens(full["summary"]) > max_tokens


def test_max_tokens_shortens_chapter_lists(fake: FakeTwelveLabs) -> None:
    full = answer(fake, "/v1.3/summarize", {"video_id": "v", "type": "chapter"})
    cut = answer(fake, "/v1.3/summarize", {"video_id": "v", "type": "chapter", "max_tokens": 15})
    assert 1 <= len(cut["chapters"]) < len(full["chapters"])


STRUCTURED = {
    "type": "object",
    "properties": {
        "title": {"type": "string", "maxLength": 60},
        "key_points": {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 4},
        "rating": {"type": "integer", "minimum": 1, "maximum": 5},
        "confidence": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
        "audience": {"enum": ["kids", "adults"]},
        "kind": {"const": "video"},
        "explicit": {"type": "boolean"},
        "note": {"type": ["string", "null"]},
        "segments": {"type": "array", "items": {"$ref": "#/$defs/segment"}},
    },
    "required": ["title", "key_points", "rating", "confidence", "audience", "kind", "explicit", "segments"],
    "$defs": {
        "segment": {
            "type": "object",
            "properties": {
                "start": {"type": "integer", "minimum": 0},
                "label": {"type": "string", "minLength": 3},
            },
            "required": ["start", "label"],
        }
    },
}


def test_structured_summaries_validate_against_the_requested_schema(fake: FakeTwelveLabs) -> None:
    for video_id in VIDEO_IDS:
        request = {
            "video_id": video_id,
            "type": "summary",
            "response_format": {"type": "json_schema", "json_schema": STRUCTURED},
        }
        result = answer(fake, "/v1.3/summarize", request)
        SUMMARIZE_200.validate(result)
        Draft202012Validator(STRUCTURED).validate(json.loads(result["summary"]))


def test_structured_summaries_cut_by_max_tokens_are_truncated_json(fake: FakeTwelveLabs) -> None:
    request = {
        "video_id": "v",
        "type": "summary",
        "max_tokens": 6,
        "response_format": {"type": "json_schema", "json_schema": STRUCTURED},
    }
    summary = answer(fake, "/v1.3/summarize", request)["summary"]
    assert count_tokens(summary) == 6
    with pytest.raises(json.JSONDecodeError):
        json.loads(summary)


@pytest.mark.parametrize(
    "schema",
    [
        True,
        {},
        {"type": "string", "minLength": 50},
        {"type": "array", "items": {"type": "integer", "maximum": -5}, "minItems": 3},
        {"type": "number", "minimum": 2.5, "maximum": 2.5},
        {"anyOf": [{"type": "null"}, {"type": "string"}]},
        {"allOf": [{"type": "object"}, {"required": ["a"], "properties": {"a": {"type": "boolean"}}}]},
        {"type": "object", "required": ["free"], "additionalProperties": {"type": "integer"}},
    ],
)
def test_instance_generator_covers_common_keywords(schema: Any) -> None:
    for seed in range(20):
        Draft202012Validator(schema).validate(instance_of(schema, random.Random(seed)))


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "pattern": "(?<=a)b"},  # a lookbehind: no string is built for it
        {"$ref": "other.json"},
        {"type": "integer", "minimum": 5, "maximum": 1},
    ],
)
def test_instance_generator_says_when_it_cannot(schema: Any) -> None:
    with pytest.raises(SchemaNotSupported):
        instance_of(schema, random.Random(0))


def test_truncate_tokens_keeps_whole_tokens() -> None:
    assert truncate_tokens('{"a": [1, 2]}', 5) == '{"a":'
    assert truncate_tokens("one two three", 2) == "one two"
    assert truncate_tokens("one two", 10) == "one two"
    assert truncate_tokens("one two", None) == "one two"
