"""Exports are checked by reading them back with the same libraries other tools use."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
import srt
import webvtt

from twelvelabs_analyze import ChapterResult, HighlightResult
from twelvelabs_analyze.cli._export import export

TRICKY_TITLE = "Q&A <live> --> [draft]"


def chapters(*items: dict[str, Any]) -> ChapterResult:
    return ChapterResult.from_dict({"summarize_type": "chapter", "chapters": list(items)})


def highlights(*items: dict[str, Any]) -> HighlightResult:
    return HighlightResult.from_dict({"summarize_type": "highlight", "highlights": list(items)})


SAMPLE = chapters(
    {
        "chapter_number": 1,
        "start": 0,
        "end": 95,
        "start_sec": 0.4,
        "end_sec": 95.25,
        "chapter_title": "Opening",
    },
    {
        "chapter_number": 2,
        "start": 95,
        "end": 3725,
        "chapter_title": TRICKY_TITLE,
        "chapter_summary": "Talk.",
    },
    {
        "chapter_number": 3,
        "start_sec": 3725.5,
        "end_sec": 3800.0,
        "chapter_title": "Two\nlines  of title",
    },
)


def test_youtube_lines_start_at_zero_and_use_hours_past_an_hour() -> None:
    assert export(SAMPLE, "youtube").splitlines() == [
        "0:00 Opening",
        f"1:35 {TRICKY_TITLE}",
        "1:02:05 Two lines of title",
    ]


def test_youtube_adds_an_intro_when_the_first_chapter_starts_late() -> None:
    late = chapters(
        {"start": 42, "end": 80, "chapter_title": "Main"}, {"start": 80, "end": 200, "chapter_title": "End"}
    )
    assert export(late, "youtube").splitlines() == ["0:00 Intro", "0:42 Main", "1:20 End"]


def test_youtube_moves_a_first_chapter_that_starts_just_after_zero() -> None:
    # An "Intro" shorter than YouTube's 10 s minimum would make YouTube ignore the whole list.
    early = chapters(
        {"start": 4, "end": 80, "chapter_title": "Main"}, {"start": 80, "end": 200, "chapter_title": "End"}
    )
    assert export(early, "youtube").splitlines() == ["0:00 Main", "1:20 End"]


def test_youtube_highlights_keep_their_own_times_in_order() -> None:
    result = highlights(
        {"start": 300, "end": 320, "highlight": "Later"},
        {"start_sec": 12.7, "end_sec": 30, "highlight": "Goal"},
    )
    assert export(result, "youtube").splitlines() == ["0:12 Goal", "5:00 Later"]


def test_webvtt_reads_back_with_webvtt_py() -> None:
    captions = webvtt.from_string(export(SAMPLE, "vtt")).captions
    assert [(c.start, c.end) for c in captions] == [
        ("00:00:00.400", "00:01:35.250"),
        ("00:01:35.000", "01:02:05.000"),
        ("01:02:05.500", "01:03:20.000"),
    ]
    assert [c.raw_text for c in captions] == [
        "Opening",
        "Q&amp;A &lt;live&gt; --&gt; [draft]",
        "Two lines of title",
    ]


def test_srt_reads_back_with_srt() -> None:
    subtitles = list(srt.parse(export(SAMPLE, "srt")))
    assert [s.index for s in subtitles] == [1, 2, 3]
    assert [(s.start, s.end) for s in subtitles] == [
        (timedelta(seconds=0.4), timedelta(seconds=95.25)),
        (timedelta(seconds=95), timedelta(seconds=3725)),
        (timedelta(seconds=3725.5), timedelta(seconds=3800)),
    ]
    assert subtitles[1].content == TRICKY_TITLE


def test_highlight_cues_carry_the_highlight_text() -> None:
    result = highlights(
        {"start_sec": 1.5, "end_sec": 4.25, "highlight": "Goal!", "highlight_summary": "A goal."}
    )
    (caption,) = webvtt.from_string(export(result, "vtt")).captions
    assert (caption.start, caption.end, caption.text) == ("00:00:01.500", "00:00:04.250", "Goal!")
    (subtitle,) = srt.parse(export(result, "srt"))
    assert subtitle.content == "Goal!"


def test_json_keeps_every_field() -> None:
    data = json.loads(export(SAMPLE, "json"))
    assert data == [item.to_dict() for item in SAMPLE.chapters]  # type: ignore[union-attr]
    assert data[2]["chapter_title"] == "Two\nlines  of title"


def test_a_segment_without_a_start_cannot_be_exported() -> None:
    with pytest.raises(ValueError, match="segment 1 has no start time"):
        export(chapters({"chapter_title": "Untimed"}), "srt")


def test_no_chapters_export_as_empty_files() -> None:
    empty = ChapterResult.from_dict({"summarize_type": "chapter", "chapters": []})
    assert export(empty, "youtube") == ""
    assert webvtt.from_string(export(empty, "vtt")).captions == []
    assert json.loads(export(empty, "json")) == []


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export(SAMPLE, "docx")
