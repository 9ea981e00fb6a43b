"""The arithmetic behind the batch section of ``scripts/bench.py``."""

from __future__ import annotations

import math

import pytest

import bench


def test_windows_open_at_the_first_request_after_one_ends() -> None:
    assert bench._windows([0.0, 0.4, 0.99, 1.0, 1.5, 2.2, 3.1, 3.3], 1.0) == [0, 0, 0, 1, 1, 2, 3, 3]
    # Windows of a second or more open on the whole second the request arrived in.
    assert bench._windows([0.5, 1.2, 2.0, 2.9], 2.0) == [0, 0, 1, 1]
    assert bench._windows([0.25, 0.5, 0.74, 0.75], 0.5) == [0, 0, 0, 1]
    assert bench._windows([], 1.0) == []


def test_a_batch_that_resumes_as_each_window_opens_scores_one() -> None:
    # 2 requests/second; each window is filled at its start, answers take a while to come back.
    records = [(t, 200) for t in (0.0, 0.3, 1.0, 1.3, 2.0, 2.3)]
    stats = bench.batch_stats(records, limit=2, window=1.0)
    assert stats["efficiency"] == pytest.approx(1.0)
    assert (stats["429s"], stats["max_429_per_window"], stats["windows"], stats["ok"]) == (0, 0, 3, 6)


def test_resuming_half_a_window_late_costs_a_third() -> None:
    records = [(t, 200) for t in (0.0, 0.0, 1.5, 1.5, 3.0, 3.0)]
    stats = bench.batch_stats(records, limit=2, window=1.0)
    assert stats["efficiency"] == pytest.approx(2 / 3)


def test_one_window_gives_no_rate() -> None:
    assert math.isnan(bench.batch_stats([(0.0, 200), (0.1, 200)], limit=2, window=1.0)["efficiency"])


def test_429s_are_counted_per_window() -> None:
    records = [(0.0, 200), (0.1, 200), (0.2, 429), (0.3, 429), (1.2, 200), (1.3, 429)]
    stats = bench.batch_stats(records, limit=2, window=1.0)
    assert (stats["429s"], stats["max_429_per_window"], stats["ok"]) == (3, 2, 3)


def test_markdown_table_and_formats() -> None:
    assert bench.markdown_table(["a", "b"], [["1", "2"]]) == ["| a | b |", "|---|---|", "| 1 | 2 |"]
    assert bench.fmt_us(0.000123) == "123 µs"
    assert bench.fmt_us(0.00345) == "3.45 ms"
    assert bench.fmt_ratio(1.234) == "1.23×"
    assert bench.fmt_ratio(None) == "—"


def test_targets_take_the_worst_ratio() -> None:
    ratios = {"ours|gist|sync": 1.05, "ours|gist|async": 1.2}
    small = bench.targets(bench.FULL)[0]
    assert small.judge(ratios) == [small.text, "1.05×, 1.20×", "**not met**"]
    assert small.judge({"ours|gist|sync": 1.05}) == [small.text, "1.05×", "met"]
    assert small.judge({}) is None


def test_chapter_bodies_are_what_the_models_parse() -> None:
    from twelvelabs_analyze_api.models import ChapterResult, GistResult

    body = bench.chapters_body(3)
    assert ChapterResult.from_dict(body).to_dict() == body
    assert GistResult.from_dict(bench.gist_body()).to_dict() == bench.gist_body()
