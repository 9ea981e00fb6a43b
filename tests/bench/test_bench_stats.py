"""The arithmetic behind the batch section of ``scripts/bench.py``."""

from __future__ import annotations

import json
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


def test_stream_bodies_are_what_the_models_parse_and_chunks_cut_lines() -> None:
    from twelvelabs_analyze_api.models import AnalyzeResult

    events = bench.stream_events(10)
    assert [e["event_type"] for e in (events[0], events[-1])] == ["stream_start", "stream_end"]
    assert {e["event_type"] for e in events[1:-1]} == {"text_generation"}
    assert all(1 <= len(e["text"].split()) <= 4 for e in events[1:-1])
    body = b"".join(json.dumps(e).encode() + b"\n" for e in events)
    chunks = bench.network_chunks(body)
    assert b"".join(chunks) == body
    assert all(len(chunk) <= 400 for chunk in chunks)
    assert any(not chunk.endswith(b"\n") for chunk in chunks[:-1])  # lines are split across chunks
    assert AnalyzeResult.from_dict(bench.analyze_body()).to_dict() == bench.analyze_body()


def test_the_stream_scenario_is_read_whole_and_to_its_first_event() -> None:
    quick = {s.endpoint: s for s in bench.scenarios(bench.QUICK)}
    assert set(quick) == {"gist", "summarize", "analyze", "analyze_stream", "batch_results"}
    stream = quick["analyze_stream"]
    impl = bench.ours_impl(stream)
    try:
        assert impl.sync() == stream.expected_items == 50
        assert impl.first_sync is not None
        assert impl.first_sync().event_type == "stream_start"
    finally:
        impl.closers[0]()
