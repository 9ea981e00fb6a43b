"""The generated package imports, is typed, and its models round-trip sample bodies."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest

from twelvelabs_analyze_api.models import (
    ChapterResult,
    GistRequest,
    GistResult,
    HighlightResult,
    SummarizeRequest,
    SummaryResult,
)

SAMPLES: list[tuple[type[Any], dict[str, Any]]] = [
    (GistRequest, {"video_id": "6298d673f1090f1100476d4c", "types": ["title", "topic"]}),
    (
        GistResult,
        {
            "id": "g1",
            "title": "A walk",
            "topics": ["walking"],
            "hashtags": ["#walk"],
            "usage": {"output_tokens": 12},
            "future_field": {"kept": True},
        },
    ),
    (
        SummarizeRequest,
        {
            "video_id": "v",
            "type": "summary",
            "prompt": "short",
            "temperature": 0.2,
            "max_tokens": 100,
            "response_format": {"type": "json_schema", "json_schema": {"type": "object"}},
        },
    ),
    (
        SummaryResult,
        {"summarize_type": "summary", "id": "s", "summary": "text", "usage": {"output_tokens": 3}},
    ),
    (
        ChapterResult,
        {
            "summarize_type": "chapter",
            "id": "c",
            "chapters": [
                {
                    "chapter_number": 0,
                    "start": 0,
                    "end": 10,
                    "start_sec": 0.0,
                    "end_sec": 10.5,
                    "chapter_title": "Intro",
                    "chapter_summary": "Hello",
                }
            ],
        },
    ),
    (
        HighlightResult,
        {
            "summarize_type": "highlight",
            "highlights": [
                {
                    "start": 1,
                    "end": 2,
                    "start_sec": 1.0,
                    "end_sec": 2.0,
                    "highlight": "h",
                    "highlight_summary": "s",
                }
            ],
        },
    ),
]


@pytest.mark.parametrize(("model", "body"), SAMPLES, ids=[m.__name__ for m, _ in SAMPLES])
def test_models_round_trip(model: type[Any], body: dict[str, Any]) -> None:
    assert model.from_dict(body).to_dict() == body


def test_wrong_summarize_type_is_rejected() -> None:
    with pytest.raises(TypeError):
        ChapterResult.from_dict({"summarize_type": "summary"})


def test_package_ships_py_typed() -> None:
    assert resources.files("twelvelabs_analyze_api").joinpath("py.typed").is_file()
