"""The batch output file: durable appends, torn-line repair, one line per id, nothing of a user's lost."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from twelvelabs_analyze.cli._results import (
    ResultsFile,
    ResultsFileChanged,
    ResultsFileError,
    TornLine,
    encode_record,
)


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
    assert reopened.torn_line is None


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
    complete = encode_record(ok("a")).decode()
    path.write_text(complete + encode_record(ok("b")).decode()[:25])  # killed mid-write
    with ResultsFile.open(path) as results:
        assert results.torn_line == TornLine(number=2, size=25, video_id="b")
        assert list(results.records) == ["a"]
        assert path.read_text() == complete
        results.append(ok("c"))
    assert [r["video_id"] for r in lines(path)] == ["a", "c"]


@pytest.mark.parametrize(
    "piece", ['{"vid', "{", '{"video_id":', '{"video_id":"a\\', '{"video_id":"a","ok":tr']
)
def test_any_piece_of_a_line_we_write_is_a_torn_line(tmp_path: Path, piece: str) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(piece)  # a run killed during its very first write
    with ResultsFile.open(path) as results:
        assert results.torn_line is not None and results.torn_line.number == 1
        assert results.records == {}
    assert path.read_text() == ""


def test_a_complete_last_line_without_its_newline_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(
        json.dumps(ok("a")) + "\n" + json.dumps(ok("b"))
    )  # a hand edit, or killed before the newline
    with ResultsFile.open(path) as results:
        assert results.torn_line is None
        assert list(results.records) == ["a", "b"]
        results.append(ok("c"))
    assert [r["video_id"] for r in lines(path)] == ["a", "b", "c"]


def test_an_empty_file_is_a_results_file_with_no_results(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b"")
    with ResultsFile.open(path) as results:
        assert results.records == {} and results.torn_line is None
        results.append(ok("a"))
    assert lines(path) == [ok("a")]


RESULT = json.dumps(ok("a"))


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        # Not ours at all: refused on line 1, whatever is in it.
        (b"my precious notes", "line 1 is not a result line, so this is not a results file"),
        (b"my precious notes\n", "line 1 is not a result line, so this is not a results file"),
        (b"\n", "line 1 is blank, so this is not a results file"),
        (b"   ", "line 1 is blank"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "line 1 is not a result line"),
        (bytes(range(256)), "line 1 is not a result line"),
        (b"\xef\xbb\xbf" + RESULT.encode() + b"\n", "line 1 is not a result line"),  # we never write a BOM
        ('{"video_id": "a", "ok": true}\n'.encode("utf-16"), "line 1 is not a result line"),
        (b"[" * 100_000, "line 1 is not a result line"),
        (b"[" * 100_000 + b"\n", "line 1 is not a result line"),
        # Ours, with something that is not a result after the first line.
        (f"{RESULT}\n{'[' * 100_000}\n".encode(), "line 2 is not a result line; nothing was changed"),
        (f"{RESULT}\n{'{' * 100_000}".encode(), "line 2 is not a result line"),
        (f"{RESULT}\n\n{RESULT}\n".encode(), "line 2 is blank"),
        (f"{RESULT}\n\n".encode(), "line 2 is blank"),
        (f"{RESULT}\nnot json\n{RESULT}\n".encode(), "line 2 is not a result line"),
        (f"{RESULT}\nmy notes".encode(), "line 2 is not a result line"),  # no newline, but not our line
        (f"{RESULT}\n{RESULT[:25]}\n".encode(), "line 2 is not a result line"),  # we never write that newline
        (f"{RESULT}\n".encode() + b'{"video_id": 5, "ok": true}', "line 2 is not a result line"),
        (f"{RESULT}\n".encode() + b'{"video_id": "b"}', "line 2 is not a result line"),
        (f"{RESULT}\n".encode() + b'{"video_id": "b", "ok": true, "n": ' + b"9" * 5000 + b"}\n", "line 2"),
        (f"{RESULT}\n".encode() + b'{"video_id": "\xff", "ok": true}\n', "line 2 is not a result line"),
    ],
)
def test_anything_not_written_by_us_is_refused_and_left_untouched(
    tmp_path: Path, content: bytes, complaint: str
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(ResultsFileError, match=re.escape(complaint)) as refused:
        ResultsFile.open(path)
    assert str(refused.value).startswith(f"{path}: line ")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    with ResultsFile.open(tmp_path / "other.jsonl"):
        pass  # and the refusal let go of the lock it took


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


def created(video_id: str, task_id: str = "t1") -> dict[str, Any]:
    return {
        "video_id": video_id,
        "ok": None,
        "status": "created",
        "task_id": task_id,
        "attempts": 1,
        "elapsed_s": 0,
    }


def test_a_created_task_line_is_superseded_by_its_final_line_and_never_beats_a_success(
    tmp_path: Path,
) -> None:
    path = tmp_path / "out.jsonl"
    # a: created, then done; b: failed, retried (created again), not done yet; c: done, then a stray created line.
    written = [created("a"), failed("b"), created("b", "t2"), ok("a"), ok("c"), created("c", "t3")]
    path.write_text("".join(json.dumps(r) + "\n" for r in written))
    with ResultsFile.open(path) as results:
        assert results.records == {"a": ok("a"), "b": created("b", "t2"), "c": ok("c")}
        results.append(failed("b"))
    assert lines(path) == [ok("a"), ok("c"), failed("b")]


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


SURROGATE_RECORDS = [
    failed("a") | {"error": {"status": 500, "code": None, "message": "bad \ud800 text"}},
    ok("b", title="\udfff"),
    ok("c", title="\ud83d"),  # the first half of an emoji's pair, alone
    ok("d") | {"result": {"\udc80key": ["\ud800", {"x": "\udbff\u00e9"}]}},
    ok("e", title="Café, 日本語, 😀"),  # ordinary non-ASCII: written as UTF-8, not escaped
    ok("f", title="line\u2028separators\x85\u2029"),  # what str.splitlines() would split on
]


@pytest.mark.parametrize("record", SURROGATE_RECORDS)
def test_every_record_round_trips_through_a_line(record: dict[str, Any]) -> None:
    line = encode_record(record)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    text = line.decode("utf-8")  # strict: always valid UTF-8
    assert json.loads(text) == record
    assert encode_record(json.loads(text)) == line  # rewriting (compaction) is stable


def test_ordinary_text_stays_readable_in_the_file() -> None:
    assert "日本語 😀".encode() in encode_record(ok("a", title="日本語 😀"))
    assert b"\\ud800" in encode_record(ok("a", title="\ud800"))


def test_lone_surrogates_are_written_read_back_and_compacted(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    with ResultsFile.open(path) as results:
        for record in SURROGATE_RECORDS:
            results.append(record)
    with ResultsFile.open(path) as results:
        assert list(results.records.values()) == SURROGATE_RECORDS
        results.append(ok("a", title="\ud800 retried"))  # supersedes the failure: compacted on close
    expected = [*SURROGATE_RECORDS[1:], ok("a", title="\ud800 retried")]
    assert lines(path) == expected


def test_lines_with_surrogate_escapes_written_by_hand_are_compacted(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    # json.dumps escapes them (ensure_ascii); the stdlib decoder accepts them.
    path.write_text("".join(json.dumps(r) + "\n" for r in [ok("a", "\ud800"), ok("a", "\udfff x")]))
    with ResultsFile.open(path) as results:
        assert results.records == {"a": ok("a", "\udfff x")}
    assert lines(path) == [ok("a", "\udfff x")]


# --------------------------------------------------------------------------- what is not a results file


def test_only_a_regular_file_is_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "zeros"
    link.symlink_to("/dev/zero")
    cases = [
        (Path("/dev/null"), "a character device"),
        (link, "a character device"),
        (fifo, "a named pipe (FIFO)"),  # opening it for writing would wait for a reader forever
        (tmp_path, "a directory"),
    ]
    for path, what in cases:
        with pytest.raises(ResultsFileError, match=re.escape(f"{path} is {what}, not a regular file")):
            ResultsFile.open(path)
    with ResultsFile.open(tmp_path / "new.jsonl") as results:  # a new file is fine, and nothing leaked a lock
        results.append(ok("a"))


def test_a_file_that_cannot_be_opened_for_appending_is_a_clear_error(tmp_path: Path) -> None:
    missing_directory = tmp_path / "nope" / "out.jsonl"
    with pytest.raises(ResultsFileError, match="cannot be opened for appending: No such file or directory"):
        ResultsFile.open(missing_directory)


# --------------------------------------------------------------------------- compaction is never needed


def write_lines(path: Path, records: list[dict[str, Any]]) -> bytes:
    data = "".join(json.dumps(r) + "\n" for r in records).encode()
    path.write_bytes(data)
    return data


def refuse_replace(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Make the swap of a compaction fail as it does on an append-only file; returns the attempts."""
    attempts: list[Path] = []

    def replace(self: Path, target: Any) -> Path:
        attempts.append(Path(target))
        raise PermissionError(1, "Operation not permitted", str(target))

    monkeypatch.setattr(Path, "replace", replace)
    return attempts


def test_a_failed_compaction_leaves_the_file_as_it_was_and_every_run_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.jsonl"
    attempts = refuse_replace(monkeypatch)
    written = [created("a"), ok("a"), failed("b")]
    original = write_lines(path, written)
    with ResultsFile.open(path) as results:
        assert results.records == {"a": ok("a"), "b": failed("b")}
        assert path.read_bytes() == original
        results.append(ok("b"))  # --retry-failed: supersedes the failure, only appended
    assert "not compacted (Operation not permitted); it keeps 2 superseded lines" in " ".join(results.notes)
    with ResultsFile.open(path) as results:  # the next run is not stuck on what the last one could not do
        assert results.records == {"a": ok("a"), "b": ok("b")}
        results.append(ok("c"))
    assert len(attempts) == 4  # tried on open and on close, each time
    assert lines(path) == [*written, ok("b"), ok("c")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]  # no temporary file left behind
    monkeypatch.undo()
    with ResultsFile.open(path) as results:  # once it can be, it is compacted
        assert results.records == {"a": ok("a"), "b": ok("b"), "c": ok("c")}
    assert lines(path) == [ok("a"), ok("b"), ok("c")]


def chattr(flag: str, path: Path) -> bool:
    """Set or clear a file attribute (``+a``: append-only, ``+i``: immutable); False when it cannot be."""
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", flag, str(path)], capture_output=True, check=False).returncode == 0


@pytest.mark.parametrize("how", ["append-only file", "immutable directory"])
def test_an_append_only_file_or_an_immutable_directory_still_resumes(tmp_path: Path, how: str) -> None:
    """The real thing (needs root and a filesystem with attributes; the monkeypatched test above does not)."""
    folder = tmp_path / "results"
    folder.mkdir()
    path = folder / "out.jsonl"
    path.write_bytes(b"")
    protected = path if how == "append-only file" else folder
    flag = "+a" if how == "append-only file" else "+i"
    if not chattr(flag, protected):
        pytest.skip(f"chattr {flag} is not available here (needs root and ext4/xfs/btrfs)")
    try:
        with ResultsFile.open(path) as results:
            results.append(created("a"))
            results.append(ok("a"))  # an --async task: its created line is superseded
        assert any("not compacted" in note for note in results.notes)
        with ResultsFile.open(path) as results:
            assert results.records == {"a": ok("a")}
            results.append(ok("b"))
        assert [r["video_id"] for r in lines(path)] == ["a", "a", "b"]
    finally:
        chattr(flag.replace("+", "-"), protected)
    assert sorted(p.name for p in folder.iterdir()) == ["out.jsonl"]


def test_a_compaction_never_drops_lines_added_during_the_run(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    write_lines(path, [failed("a")])
    with ResultsFile.open(path) as results:
        results.append(ok("a"))  # supersedes the failure
        with path.open("a") as by_hand:  # someone else appends meanwhile
            by_hand.write(json.dumps(ok("z")) + "\n")
        results.append(ok("b"))
    assert "lines were added by something else during this run" in " ".join(results.notes)
    assert lines(path) == [failed("a"), ok("a"), ok("z"), ok("b")]  # every line kept
    with ResultsFile.open(path) as results:  # read back, they are the next run's to compact
        assert results.records == {"a": ok("a"), "z": ok("z"), "b": ok("b")}


# --------------------------------------------------------------------------- a file changed under the run


def editor_save(path: Path, content: bytes) -> None:
    """What an editor does on save: write a new file, rename it over the old one."""
    temp = path.with_name(path.name + ".swp")
    temp.write_bytes(content)
    temp.replace(path)


CHANGES = {
    "replaced": (editor_save, "was replaced by another file"),
    "deleted": (lambda path, _: path.unlink(), "was deleted"),
    "truncated": (lambda path, content: path.write_bytes(content), "was cut short"),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_file_changed_under_the_run_stops_it_and_nothing_is_lost(tmp_path: Path, change: str) -> None:
    path = tmp_path / "out.jsonl"
    do, complaint = CHANGES[change]
    with ResultsFile.open(path) as results:
        results.append(ok("a"))
        results.append(ok("b"))
        do(path, encode_record(ok("a")))  # the user's edit drops b
        with pytest.raises(ResultsFileChanged, match=re.escape(f"{path} {complaint}")):
            results.append(ok("c"))
        results.keep(ok("d"))  # an answer still arriving
        rescued = results.rescue()
        with pytest.raises(ResultsFileChanged):
            results.close()
    assert rescued.parent == tmp_path and rescued.name.startswith("out.jsonl.rescued-")
    assert lines(rescued) == [ok("a"), ok("b"), ok("c"), ok("d")]
    edited = path.read_bytes() if path.exists() else None
    assert edited in (None, encode_record(ok("a")))  # the user's own edit is left alone
    with ResultsFile.open(rescued) as resumed:
        assert list(resumed.records) == ["a", "b", "c", "d"]


def test_a_failed_write_leaves_no_piece_of_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "out.jsonl"
    real_write = os.write

    def disk_full(fd: int, data: Any) -> int:
        real_write(fd, bytes(data)[:10])  # part of it, then no space
        raise OSError(28, "No space left on device")

    with ResultsFile.open(path) as results:
        results.append(ok("a"))
        monkeypatch.setattr(os, "write", disk_full)
        with pytest.raises(OSError, match="No space left"):
            results.append(ok("b"))
        monkeypatch.undo()
        assert lines(path) == [ok("a")]
        results.append(ok("c"))
    assert lines(path) == [ok("a"), ok("c")]
