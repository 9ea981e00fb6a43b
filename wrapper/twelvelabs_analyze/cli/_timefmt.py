"""Video times as people read them (``m:ss``) and as cue files spell them (waits: ``_durations``)."""

from __future__ import annotations

import math

__all__ = ["clock"]


def _whole_seconds(seconds: float) -> int:
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"not a video time: {seconds!r}")
    return int(seconds)  # floor: a chapter starting at 59.9 s is still in the first minute


def clock(seconds: float) -> str:
    """``m:ss`` below an hour, ``h:mm:ss`` from there on (the style YouTube uses)."""
    total = _whole_seconds(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
