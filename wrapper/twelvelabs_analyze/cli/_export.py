"""Chapters and highlights as files other tools read: YouTube descriptions, WebVTT, SRT, JSON.

Each segment is reduced to a :class:`Segment` (start, end, one line of text) first, so the
writers do not care whether it came from a chapter or a highlight. WebVTT and SRT are written
by webvtt-py and srt, imported only when asked for.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from twelvelabs_analyze import UNSET, Chapter, ChapterResult, Highlight, HighlightResult, Unset

from ._timefmt import clock

__all__ = ["EXPORT_FORMATS", "Segment", "export", "segments_of", "youtube_chapters"]

EXPORT_FORMATS = ("youtube", "vtt", "srt", "json")

# YouTube ignores a chapter list whose chapters are shorter than this, so no stub "Intro" shorter
# than it is ever added.
YOUTUBE_MIN_CHAPTER_SECONDS = 10


@dataclass(frozen=True, slots=True)
class Segment:
    start: float
    end: float
    text: str


def _seconds(precise: float | Unset, whole: int | Unset) -> float | None:
    if not isinstance(precise, Unset):
        return float(precise)
    if not isinstance(whole, Unset):
        return float(whole)
    return None


def _one_line(text: str | Unset) -> str:
    # Cue files and description lines are one line each; the API's text may span several.
    return " ".join(text.split()) if not isinstance(text, Unset) else ""


def _segment(position: int, start: float | None, end: float | None, text: str) -> Segment:
    if start is None:
        raise ValueError(f"segment {position} has no start time, so it cannot be exported")
    return Segment(start=start, end=start if end is None else max(start, end), text=text)


def _chapter_segment(position: int, chapter: Chapter) -> Segment:
    title = _one_line(chapter.chapter_title) or _one_line(chapter.chapter_summary)
    if not title:
        title = f"Chapter {chapter.chapter_number if chapter.chapter_number is not UNSET else position}"
    start = _seconds(chapter.start_sec, chapter.start)
    return _segment(position, start, _seconds(chapter.end_sec, chapter.end), title)


def _highlight_segment(position: int, highlight: Highlight) -> Segment:
    text = _one_line(highlight.highlight) or _one_line(highlight.highlight_summary) or f"Highlight {position}"
    start = _seconds(highlight.start_sec, highlight.start)
    return _segment(position, start, _seconds(highlight.end_sec, highlight.end), text)


def segments_of(result: ChapterResult | HighlightResult) -> list[Segment]:
    """The result's chapters or highlights in time order."""
    if isinstance(result, ChapterResult):
        chapters = [] if isinstance(result.chapters, Unset) else result.chapters
        segments = [_chapter_segment(n, c) for n, c in enumerate(chapters, start=1)]
    else:
        highlights = [] if isinstance(result.highlights, Unset) else result.highlights
        segments = [_highlight_segment(n, h) for n, h in enumerate(highlights, start=1)]
    return sorted(segments, key=lambda segment: segment.start)


def youtube_chapters(segments: Sequence[Segment], *, from_zero: bool = True) -> str:
    """``0:00 Title`` lines for a YouTube description.

    YouTube only turns timestamps into chapters when the first is ``0:00``. When the first
    chapter starts later, an ``Intro`` line at 0:00 is added if that gap is long enough to be a
    chapter YouTube accepts (10 s); otherwise the first chapter itself is moved to 0:00.
    Highlights are not a chapter list (gaps between them), so they keep their own times
    (``from_zero=False``).
    """
    lines = [(segment.start, segment.text) for segment in segments]
    if from_zero and lines and int(lines[0][0]) > 0:
        if lines[0][0] >= YOUTUBE_MIN_CHAPTER_SECONDS:
            lines.insert(0, (0.0, "Intro"))
        else:
            lines[0] = (0.0, lines[0][1])
    return "".join(f"{clock(start)} {text}\n" for start, text in lines)


def _vtt_timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def webvtt_cues(segments: Sequence[Segment]) -> str:
    import webvtt  # noqa: PLC0415 - the cli extra; keeps `import twelvelabs_analyze` light

    captions = [
        # Cue text is markup: escape &, < and > (this also keeps a literal "-->" out of the file).
        webvtt.Caption(
            start=_vtt_timestamp(s.start), end=_vtt_timestamp(s.end), text=html.escape(s.text, quote=False)
        )
        for s in segments
    ]
    text = webvtt.WebVTT(captions=captions).content
    return text if text.endswith("\n") else text + "\n"


def srt_cues(segments: Sequence[Segment]) -> str:
    import srt  # noqa: PLC0415 - the cli extra

    subtitles = [
        srt.Subtitle(
            index=number,
            start=timedelta(seconds=s.start),
            end=timedelta(seconds=s.end),
            content=s.text,
        )
        for number, s in enumerate(segments, start=1)
    ]
    text: str = srt.compose(subtitles)
    return text


def export(result: ChapterResult | HighlightResult, fmt: str) -> str:
    """The result as text in ``fmt``; ``json`` keeps every field, the others one line per segment."""
    if fmt == "json":
        items = result.chapters if isinstance(result, ChapterResult) else result.highlights
        dicts = [] if isinstance(items, Unset) else [item.to_dict() for item in items]
        return json.dumps(dicts, indent=2, ensure_ascii=False) + "\n"
    segments = segments_of(result)
    if fmt == "youtube":
        return youtube_chapters(segments, from_zero=isinstance(result, ChapterResult))
    if fmt == "vtt":
        return webvtt_cues(segments)
    if fmt == "srt":
        return srt_cues(segments)
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
