"""Reading the list of video ids a batch works through.

One id a line; ``#`` starts a comment; blank lines are skipped; repeats are kept once, in first
order. The input is UTF-8 (a leading byte-order mark, as Windows editors save it, is ignored).

What can be an id: 1 to :data:`MAX_VIDEO_ID_LENGTH` characters, every one printable and none of
them whitespace (TwelveLabs' ids are 24 hex digits). Anything else, or text that is not UTF-8,
fails the whole input with its name and line number, before any request is sent: a batch over
the wrong file must not send its contents to the API one "id" at a time.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["MAX_VIDEO_ID_LENGTH", "VideoIdsError", "parse_video_ids", "read_video_ids"]

MAX_VIDEO_ID_LENGTH = 256
# Longer lines are refused before they are read whole (a file with no newlines can be any size).
_MAX_LINE_BYTES = 64 * 1024
_SHOWN = 40  # characters of a bad id quoted in the message


class VideoIdsError(ValueError):
    """The input is not a list of video ids; the message names the source and line."""


def _shown(text: str) -> str:
    return repr(text if len(text) <= _SHOWN else text[:_SHOWN] + "…")


def _problem(video_id: str) -> str | None:
    if len(video_id) > MAX_VIDEO_ID_LENGTH:
        return (
            f"{_shown(video_id)} is {len(video_id)} characters; a video id has at most {MAX_VIDEO_ID_LENGTH}"
        )
    bad = next((c for c in video_id if c.isspace() or not c.isprintable()), None)
    if bad is not None:
        return f"{_shown(video_id)} contains {bad!r}, which a video id cannot (printable, no spaces)"
    return None


def parse_video_ids(lines: Iterable[str], source: str = "<input>") -> list[str]:
    """The ids in ``lines`` (see the module docstring); ``source`` names the input in errors."""
    ids: dict[str, None] = {}
    for number, line in enumerate(lines, start=1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        problem = _problem(text)
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


def read_video_ids(source: str) -> list[str]:
    """Ids from the file ``source``, or from standard input when it is ``-``."""
    if source == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:  # a text-only stdin (some embedders and test runners)
            return parse_video_ids(sys.stdin, "<stdin>")
        return parse_video_ids(_decoded(_limited_lines(buffer), "<stdin>"), "<stdin>")
    with Path(source).open("rb") as file:
        return parse_video_ids(_decoded(_limited_lines(file), source), source)
