"""Reading video ids, and the time formats people see."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from twelvelabs_analyze._durations import describe_duration
from twelvelabs_analyze.cli._input import parse_video_ids, read_video_ids
from twelvelabs_analyze.cli._timefmt import clock


def test_ids_skip_blank_lines_and_comments_and_keep_first_order() -> None:
    lines = ["# my library\n", "\n", "vid-b\n", "  vid-a  \n", "vid-b\n", "vid-c  # the long one\n", "   \n"]
    assert parse_video_ids(lines) == ["vid-b", "vid-a", "vid-c"]


def test_ids_from_a_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "ids.txt"
    path.write_bytes("\ufeffvid-1\r\nvid-2\r\n".encode())
    assert read_video_ids(str(path)) == ["vid-1", "vid-2"]


def test_ids_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("one\n#two\nthree\n"))
    assert read_video_ids("-") == ["one", "three"]


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "0:00"),
        (9.99, "0:09"),
        (61, "1:01"),
        (599.5, "9:59"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (36061, "10:01:01"),
    ],
)
def test_clock(seconds: float, shown: str) -> None:
    assert clock(seconds) == shown


@pytest.mark.parametrize("bad", [-1, float("nan"), float("inf")])
def test_clock_rejects_what_is_not_a_video_time(bad: float) -> None:
    with pytest.raises(ValueError, match="not a video time"):
        clock(bad)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "0s"), (0.2, "1s"), (42, "42s"), (185, "3m 05s"), (5 * 3600 + 12 * 60, "5h 12m")],
)
def test_duration(seconds: float, shown: str) -> None:
    assert describe_duration(seconds) == shown
