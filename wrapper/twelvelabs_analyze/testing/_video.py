"""What the fake "knows" about a video: facts drawn once from its identity, shared by every route.

The title of video X is the same whether ``/gist`` is asked for the title alone or for all three
types, and ``/summarize``'s chapters, ``/analyze``'s chapter-shaped JSON and an analysis task's
segments all cut the same video the same way: every answer about a video reads these facts,
seeded by the video alone (never by the rest of the request).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._words import NOUNS, TOPICS, seeded_random, sentence, title

__all__ = [
    "MAX_DURATION_S",
    "MIN_DURATION_S",
    "MISSING_VIDEO_PREFIX",
    "Segment",
    "VideoFacts",
    "facts_for",
    "video_identity",
]

MIN_DURATION_S = 90
MAX_DURATION_S = 3600
SUMMARY_SENTENCES = 12
# The documented way to ask for a video that does not exist, usable from the command line too:
# any video id or asset id, or the file name of a video URL, that starts with this prefix.
MISSING_VIDEO_PREFIX = "missing-"


@dataclass(frozen=True)
class Segment:
    """A stretch of the video, in seconds, with what happens in it."""

    start: float
    end: float
    title: str
    summary: str


@dataclass(frozen=True)
class VideoFacts:
    """The fake's ground truth about one video."""

    identity: str
    duration: float
    title: str
    topics: tuple[str, ...]
    hashtags: tuple[str, ...]
    sentences: tuple[str, ...]  # what a summary says, most important first
    chapters: tuple[Segment, ...]  # back to back, covering the whole video
    highlights: tuple[Segment, ...]  # apart from each other, each inside its own slice of the video

    def segments(self, name: str) -> tuple[Segment, ...]:
        """Chapters for a list named like chapters (or sections, scenes, parts), else highlights."""
        lowered = name.lower()
        if any(word in lowered for word in ("chapter", "section", "scene", "part", "segment")):
            return self.chapters
        return self.highlights


def video_identity(payload: Mapping[str, Any]) -> tuple[str, str] | None:
    """``(kind, identity)`` of the video a request is about, or None when it names none.

    ``video_id`` (legacy and Pegasus 1.2) or ``video`` (``url``, ``asset_id`` or inline
    ``base64_string``, identified by its hash so the same bytes are the same video).
    """
    video_id = payload.get("video_id")
    if isinstance(video_id, str):
        return "video_id", video_id
    video = payload.get("video")
    if not isinstance(video, Mapping):
        return None
    kind = video.get("type")
    if kind in ("url", "asset_id") and isinstance(video.get(kind), str):
        return str(kind), str(video[kind])
    if kind == "base64_string" and isinstance(video.get(kind), str):
        return str(kind), "sha256:" + hashlib.sha256(str(video[kind]).encode()).hexdigest()
    return None


def looks_missing(kind: str, identity: str) -> bool:
    """The id convention for missing videos (``missing-…``; for a URL, its file name)."""
    if kind == "url":
        identity = identity.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return identity.startswith(MISSING_VIDEO_PREFIX)


def _bounds(rng: random.Random, duration: int, *, contiguous: bool) -> list[tuple[int, int]]:
    """3–8 increasing, non-overlapping whole-second (start, end) pairs inside ``duration``.

    Chapters are contiguous and cover the whole video; each highlight sits inside its own
    equal slice of the video, so highlights never touch.
    """
    count = rng.randint(3, 8)
    if contiguous:
        weights = list(itertools.accumulate(rng.uniform(0.5, 1.5) for _ in range(count)))
        bounds = [0, *(round(duration * w / weights[-1]) for w in weights)]
        return list(itertools.pairwise(bounds))
    slot = duration / count
    pairs = []
    for index in range(count):
        length = max(2, round(slot * rng.uniform(0.1, 0.4)))
        start = round(index * slot + rng.uniform(0, slot - length - 1))
        pairs.append((start, start + length))
    return pairs


def _segments(rng: random.Random, duration: int, *, contiguous: bool) -> tuple[Segment, ...]:
    segments = []
    for start, end in _bounds(rng, duration, contiguous=contiguous):
        # Fractional seconds move inwards by under 0.4 s: rounded, they give back the whole
        # seconds, and segments at least 1 s apart can never overlap either way.
        start_sec = round(start + rng.random() * 0.4, 2)
        end_sec = round(end - rng.random() * 0.4, 2)
        segments.append(Segment(start_sec, end_sec, title(rng), sentence(rng)))
    return tuple(segments)


@functools.lru_cache(maxsize=4096)
def facts_for(identity: str) -> VideoFacts:
    """The facts of the video ``identity`` (cached: a video's facts never change)."""
    rng = seeded_random({"video": identity})
    duration = rng.randint(MIN_DURATION_S, MAX_DURATION_S)
    hashtags = tuple(dict.fromkeys(rng.choice(NOUNS) for _ in range(rng.randint(2, 5))))
    return VideoFacts(
        identity=identity,
        duration=float(duration),
        title=title(rng),
        topics=tuple(rng.sample(TOPICS, rng.randint(1, 3))),
        hashtags=hashtags,
        sentences=tuple(sentence(rng) for _ in range(SUMMARY_SENTENCES)),
        chapters=_segments(rng, duration, contiguous=True),
        highlights=_segments(rng, duration, contiguous=False),
    )
