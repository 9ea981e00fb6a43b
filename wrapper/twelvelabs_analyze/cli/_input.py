"""Reading the list of video ids a batch works through."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

__all__ = ["parse_video_ids", "read_video_ids"]


def parse_video_ids(lines: Iterable[str]) -> list[str]:
    """One id a line; blank lines and ``#`` comments are skipped, repeats are kept once, in first order."""
    ids: dict[str, None] = {}
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text:
            ids.setdefault(text, None)
    return list(ids)


def read_video_ids(source: str) -> list[str]:
    """Ids from the file ``source``, or from standard input when it is ``-``."""
    if source == "-":
        return parse_video_ids(sys.stdin)
    with Path(source).open(encoding="utf-8-sig") as lines:  # -sig: files saved by Windows editors
        return parse_video_ids(lines)
