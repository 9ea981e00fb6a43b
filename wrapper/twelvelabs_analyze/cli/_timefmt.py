"""Video times as people read them (``m:ss``) and as cue files spell them."""

from __future__ import annotations

import math

__all__ = ["clock", "duration"]


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


def duration(seconds: float) -> str:
    """A wait for humans: ``42s``, ``3m 05s``, ``5h 12m``."""
    total = math.ceil(max(0.0, seconds))
    if total < 60:
        return f"{total}s"
    if total < 3600:
        return f"{total // 60}m {total % 60:02d}s"
    return f"{total // 3600}h {total % 3600 // 60:02d}m"
