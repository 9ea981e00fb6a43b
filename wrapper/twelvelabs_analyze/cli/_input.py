"""Reading the list of videos a batch works through: one a line.

``#`` starts a comment at the start of a line or after whitespace, never inside an entry, so a
URL keeps its ``#fragment`` (``…/a.mp4#t=10`` and ``…/a.mp4#t=20`` are two videos). Blank lines
are skipped; repeats are kept once, in first order. The input is UTF-8 (a leading byte-order
mark, as Windows editors save it, is ignored).

What an entry can be: every character printable and none of them whitespace, and at most as long
as its kind allows (:data:`INPUT_RULES`): 256 characters for an id (TwelveLabs' ids are 24 hex
digits), 8 KiB for a URL (a presigned URL runs to a few KiB). Anything else, or text that is not
UTF-8, fails the whole input with its name and line number, before any request is sent: a batch
over the wrong file must not send its contents to the API one "id" at a time. A URL is quoted in
those messages without its query (a presigned URL's signature is a secret).
"""

from __future__ import annotations

import codecs
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "INPUT_RULES",
    "MAX_URL_LENGTH",
    "MAX_VIDEO_ID_LENGTH",
    "VIDEO_ID",
    "InputRule",
    "VideoIdsError",
    "entry_of",
    "parse_video_ids",
    "read_video_ids",
]

MAX_VIDEO_ID_LENGTH = 256
# HTTP servers commonly refuse longer URLs; presigned ones (S3 with a session token) stay well under.
MAX_URL_LENGTH = 8192
# Longer lines are refused before they are read whole (a file with no newlines can be any size).
_MAX_LINE_BYTES = 64 * 1024
_SHOWN = 40  # characters of a bad entry quoted in the message
# A comment: "#" at the start of a line or after whitespace (an entry has no whitespace in it).
_COMMENT = re.compile(r"(?:^|\s)#")


@dataclass(frozen=True, slots=True)
class InputRule:
    """What one input line is called in messages, and how long it may be."""

    noun: str
    max_length: int


VIDEO_ID = InputRule("a video id", MAX_VIDEO_ID_LENGTH)
# By --input-kind; a kind not listed here is held to the rule of an id.
INPUT_RULES = {
    "video_id": VIDEO_ID,
    "asset_id": InputRule("an asset id", MAX_VIDEO_ID_LENGTH),
    "url": InputRule("a URL", MAX_URL_LENGTH),
    "base64_string": InputRule("a base64 video", _MAX_LINE_BYTES),
}


class VideoIdsError(ValueError):
    """The input is not a list of videos; the message names the source and line."""


def _shown(text: str) -> str:
    head, query, _ = text.partition("?")
    shown = head + ("?…" if query else "")
    return repr(shown if len(shown) <= _SHOWN else shown[:_SHOWN] + "…")


def _problem(entry: str, rule: InputRule) -> str | None:
    if len(entry) > rule.max_length:
        return f"{_shown(entry)} is {len(entry)} characters; {rule.noun} has at most {rule.max_length}"
    bad = next((c for c in entry if c.isspace() or not c.isprintable()), None)
    if bad is not None:
        return f"{_shown(entry)} contains {bad!r}, which {rule.noun} cannot (printable, no spaces)"
    return None


def entry_of(line: str) -> str:
    """The entry on ``line``: without its comment and the whitespace around it ("" when none)."""
    return _COMMENT.split(line, maxsplit=1)[0].strip()


def parse_video_ids(lines: Iterable[str], source: str = "<input>", rule: InputRule = VIDEO_ID) -> list[str]:
    """The entries in ``lines`` (see the module docstring); ``source`` names the input in errors."""
    ids: dict[str, None] = {}
    for number, line in enumerate(lines, start=1):
        text = entry_of(line)
        if not text:
            continue
        problem = _problem(text, rule)
        if problem is not None:
            raise VideoIdsError(f"{source} line {number}: {problem}")
        ids.setdefault(text, None)
    return list(ids)


def _decoded(raw_lines: Iterable[bytes], source: str) -> Iterator[str]:
    for number, raw in enumerate(raw_lines, start=1):
        if len(raw) >= _MAX_LINE_BYTES and not raw.endswith(b"\n"):
            raise VideoIdsError(
                f"{source} line {number} is longer than {_MAX_LINE_BYTES} bytes: not a list of video ids"
            )
        text = raw[len(codecs.BOM_UTF8) :] if number == 1 and raw.startswith(codecs.BOM_UTF8) else raw
        try:
            yield text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise VideoIdsError(
                f"{source} line {number} is not UTF-8 text (byte {text[error.start]:#04x} at column "
                f"{error.start + 1}): not a list of video ids"
            ) from None


def _limited_lines(stream: BinaryIO) -> Iterator[bytes]:
    while line := stream.readline(_MAX_LINE_BYTES):
        yield line


def read_video_ids(source: str, rule: InputRule = VIDEO_ID) -> list[str]:
    """Entries from the file ``source``, or from standard input when it is ``-``."""
    if source == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # a text-only stdin (some embedders and test runners)
            return parse_video_ids(sys.stdin, "<stdin>", rule)
        return parse_video_ids(_decoded(_limited_lines(buffer), "<stdin>"), "<stdin>", rule)
    with Path(source).open("rb") as file:
        return parse_video_ids(_decoded(_limited_lines(file), source), source, rule)
