"""The batch output file: durable appends, torn-line repair, one line per id."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from twelvelabs_analyze.cli._results import ResultsFile, ResultsFileError


def ok(video_id: str, title: str = "t") -> dict[str, Any]:
    return {"video_id": video_id, "ok": True, "result": {"title": title}, "attempts": 1, "elapsed_s": 0.1}


def failed(video_id: str, status: int = 400) -> dict[str, Any]:
    error = {"status": status, "code": "parameter_invalid", "message": "no"}
    return {"video_id": video_id, "ok": False, "error": error, "attempts": 1, "elapsed_s": 0.1}


def lines(path: Path) -> list[dict[str, Any]]:
    text = path.read_text()
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def test_appended_lines_are_read_back_on_reopen(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    with ResultsFile.open(path) as results:
        results.append(ok("a"))
        results.append(failed("b"))
    assert lines(path) == [ok("a"), failed("b")]
    reopened = ResultsFile.open(path)
    reopened.close()
    assert reopened.records == {"a": ok("a"), "b": failed("b")}
    assert not reopened.dropped_torn_line


def test_every_line_is_fsynced_before_append_returns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(os.fstat(fd).st_size)  # what is on disk at that moment
        real_fsync(fd)

    with ResultsFile.open(tmp_path / "out.jsonl") as results:
        monkeypatch.setattr(os, "fsync", spy)
        results.append(ok("a"))
        after_first = (tmp_path / "out.jsonl").stat().st_size
        results.append(ok("b"))
        monkeypatch.undo()
    assert synced[:2] == [after_first, (tmp_path / "out.jsonl").stat().st_size]


def test_a_last_line_without_newline_is_truncated_away(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    complete = json.dumps(ok("a")) + "\n"
    path.write_text(complete + json.dumps(ok("b"))[:25])  # killed mid-write
    with ResultsFile.open(path) as results:
        assert results.dropped_torn_line
        assert list(results.records) == ["a"]
        assert path.read_text() == complete
        results.append(ok("c"))
    assert [r["video_id"] for r in lines(path)] == ["a", "c"]


def test_an_unreadable_newline_terminated_last_line_is_dropped_too(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps(ok("a")) + "\n" + '{"video_id": "b", "ok": tr\n')
    with ResultsFile.open(path) as results:
        assert results.dropped_torn_line
        assert list(results.records) == ["a"]
    assert [r["video_id"] for r in lines(path)] == ["a"]


def test_garbage_in_the_middle_is_an_error_not_silently_dropped(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    original = json.dumps(ok("a")) + "\nnot json\n" + json.dumps(ok("b")) + "\n"
    path.write_text(original)
    with pytest.raises(ResultsFileError, match="line 2 is not a result line"):
        ResultsFile.open(path)
    assert path.read_text() == original


def test_a_retried_failure_leaves_one_line_per_id_after_close(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    with ResultsFile.open(path) as results:
        results.append(failed("a"))
        results.append(ok("b"))
    with ResultsFile.open(path) as results:
        results.append(ok("a", title="second try"))
        assert results.needs_compaction  # two lines for "a" until the file is closed
        assert sum(r["video_id"] == "a" for r in lines(path)) == 2
    assert lines(path) == [ok("b"), ok("a", title="second try")]


def test_duplicates_left_by_a_killed_retry_run_are_compacted_on_open(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    # A success beats a failure whatever the order; otherwise the later line wins.
    written = [failed("a"), ok("b"), ok("a"), failed("b"), failed("c", 500), failed("c", 404)]
    path.write_text("".join(json.dumps(r) + "\n" for r in written))
    mode = 0o640
    path.chmod(mode)
    with ResultsFile.open(path) as results:
        assert results.records == {"a": ok("a"), "b": ok("b"), "c": failed("c", 404)}
        assert not results.needs_compaction
        results.append(ok("d"))  # appends go to the new file, not the replaced one
    assert [r["video_id"] for r in lines(path)] == ["b", "a", "c", "d"]
    assert path.stat().st_mode & 0o777 == mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]  # no temporary file left


def test_a_missing_file_is_created(tmp_path: Path) -> None:
    path = tmp_path / "new.jsonl"
    with ResultsFile.open(path) as results:
        assert results.records == {}
    assert path.read_text() == ""


def test_a_second_run_on_the_same_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    with ResultsFile.open(path) as results:
        with pytest.raises(ResultsFileError, match="in use by another batch"):
            ResultsFile.open(path)
        results.append(failed("a"))
        results.append(ok("a"))
        results.compact()  # the lock moves to the new file
        with pytest.raises(ResultsFileError, match="in use by another batch"):
            ResultsFile.open(path)
    with ResultsFile.open(path) as reopened:  # released on close
        assert list(reopened.records) == ["a"]
