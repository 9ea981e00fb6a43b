"""Reading the input of a batch (one video a line), and the time formats people see."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from twelvelabs_analyze._durations import describe_duration
from twelvelabs_analyze.cli._input import (
    INPUT_RULES,
    MAX_URL_LENGTH,
    MAX_VIDEO_ID_LENGTH,
    InputRule,
    VideoIdsError,
    parse_video_ids,
    read_video_ids,
)
from twelvelabs_analyze.cli._timefmt import clock

URL = INPUT_RULES["url"]


def test_ids_skip_blank_lines_and_comments_and_keep_first_order() -> None:
    lines = ["# my library\n", "\n", "vid-b\n", "  vid-a  \n", "vid-b\n", "vid-c  # the long one\n", "   \n"]
    assert parse_video_ids(lines) == ["vid-b", "vid-a", "vid-c"]


def test_a_hash_inside_an_entry_is_part_of_it_and_a_comment_follows_whitespace() -> None:
    lines = [
        "https://e.com/a.mp4#t=10\n",
        "https://e.com/a.mp4#t=20  # the second half\n",
        "https://e.com/a.mp4#t=10\t# a repeat\n",
        "  # indented comment\n",
        "#https://e.com/commented-out.mp4\n",
        "vid#1\n",
    ]
    assert parse_video_ids(lines, rule=URL) == [
        "https://e.com/a.mp4#t=10",
        "https://e.com/a.mp4#t=20",
        "vid#1",
    ]


def test_a_presigned_url_fits_the_url_rule_but_not_the_id_rule() -> None:
    signature = "X-Amz-Signature=" + "f" * 64
    presigned = "https://bucket.s3.amazonaws.com/v.mp4?X-Amz-Security-Token=" + "A" * 1800 + "&" + signature
    assert parse_video_ids([presigned], rule=URL) == [presigned]
    with pytest.raises(VideoIdsError, match=f"a video id has at most {MAX_VIDEO_ID_LENGTH}"):
        parse_video_ids([presigned])


def test_a_url_too_long_is_refused_without_showing_its_query() -> None:
    secret = "X-Amz-Signature=" + "5ec12e7" * 10
    too_long = "https://e.com/v.mp4?" + secret + "&pad=" + "p" * MAX_URL_LENGTH
    with pytest.raises(VideoIdsError) as refused:
        parse_video_ids(["https://e.com/ok.mp4", too_long], "urls.txt", URL)
    message = str(refused.value)
    assert message.startswith(f"urls.txt line 2: 'https://e.com/v.mp4?…' is {len(too_long)} characters")
    assert f"a URL has at most {MAX_URL_LENGTH}" in message
    assert "5ec12e7" not in message


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


# --------------------------------------------------------------------------- fuzzing the input parser

FUZZ = settings(max_examples=100, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])  # fmt: skip


def _is_entry_character(character: str) -> bool:
    return character.isprintable() and not character.isspace()


# What one entry can be: printable, no whitespace, not starting with the comment sign; "#", "?",
# unicode and URL punctuation inside on purpose.
entry_characters = st.one_of(
    st.sampled_from("#?&=%:/._-~+"),
    st.characters(codec="utf-8", exclude_categories=("C", "Z")).filter(_is_entry_character),
)
entries = st.text(entry_characters, min_size=1, max_size=40).filter(lambda text: not text.startswith("#"))
long_entries = st.builds(lambda head, size: head + "x" * size, entries, st.integers(200, 400))
comments = st.text(st.characters(codec="utf-8").filter(lambda c: c not in "\n\r"), max_size=20)
spaces = st.text(st.sampled_from(" \t\u3000\xa0"), max_size=3)


@st.composite
def input_files(draw: st.DrawFn) -> tuple[list[str], str]:
    """Entries, and a file holding them among comments, blank lines and repeats."""
    chosen = draw(st.lists(st.one_of(entries, long_entries), max_size=8))
    blank_or_comment = st.builds(
        lambda indent, comment: indent + comment, spaces, st.just("") | comments.map("#".__add__)
    )
    lines = []
    for entry in chosen:
        lines += draw(st.lists(blank_or_comment, max_size=2))
        after = draw(st.just("") | st.builds(lambda gap, c: gap + "#" + c, spaces.filter(bool), comments))
        lines.append(draw(spaces) + entry + after + draw(spaces))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return chosen, "".join(line + newline for line in lines)


@FUZZ
@given(input_files(), st.booleans())
@example(
    (
        ["https://e.com/a.mp4#t=10", "https://e.com/a.mp4#t=20"],
        "https://e.com/a.mp4#t=10\nhttps://e.com/a.mp4#t=20\n",
    ),
    False,
)
def test_entries_round_trip_through_a_file_exactly(written: tuple[list[str], str], bom: bool) -> None:
    chosen, text = written
    data = (codecs.BOM_UTF8 if bom else b"") + text.encode()
    expected = list(dict.fromkeys(chosen))
    rule = INPUT_RULES["base64_string"]  # the most lenient length: every drawn entry fits
    assert parse_video_ids(io.StringIO(text).readlines(), rule=rule) == expected  # lines end at \n only
    assert read_video_ids_from(data, rule) == expected


def read_video_ids_from(data: bytes, rule: InputRule) -> list[str]:
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", stdin)
        return read_video_ids("-", rule)


@FUZZ
@given(
    st.lists(st.text(st.characters(codec="utf-8"), max_size=300), max_size=6),
    st.sampled_from(sorted(INPUT_RULES)),
)
def test_any_text_is_entries_or_a_clear_refusal(lines: list[str], kind: str) -> None:
    rule = INPUT_RULES[kind]
    try:
        parsed = parse_video_ids(lines, "in.txt", rule)
    except VideoIdsError as refused:
        assert str(refused).startswith("in.txt line ")
        return
    for entry in parsed:
        assert entry and len(entry) <= rule.max_length and all(map(_is_entry_character, entry))
        assert any(entry in line for line in lines)


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_are_entries_or_a_clear_refusal(data: bytes) -> None:
    try:
        parsed = read_video_ids_from(data, URL)
    except VideoIdsError as refused:
        assert str(refused).startswith("<stdin> line ")
        return
    assert all(entry.encode() in data for entry in parsed)
