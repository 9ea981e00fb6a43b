"""The fake's time: a base clock (wall time by default) plus however far a test has advanced it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

__all__ = ["FakeClock"]


class FakeClock:
    """Seconds since the epoch as the fake sees them: ``base()`` plus the offset ``advance`` adds.

    With the default base (``time.time``) fake time runs with wall time, so analysis tasks make
    progress on their own; ``advance(seconds)`` jumps ahead without sleeping. ``FakeClock(start=…)``
    stands still until advanced: tests then control every step.
    """

    def __init__(self, base: Callable[[], float] | None = None, *, start: float | None = None) -> None:
        if base is not None and start is not None:
            raise ValueError("give a base clock or a start time, not both")
        if start is not None:
            fixed = float(start)
            base = lambda: fixed  # noqa: E731 - a clock that stands still
        self._base: Callable[[], float] = base if base is not None else time.time
        self._offset = 0.0
        self._lock = threading.Lock()

    def __call__(self) -> float:
        return self._base() + self._offset

    def advance(self, seconds: float) -> float:
        """Move fake time forward by ``seconds`` (>= 0); returns the new time."""
        if not seconds >= 0:
            raise ValueError(f"seconds must be >= 0, not {seconds!r}")
        with self._lock:
            self._offset += seconds
        return self()

    def __repr__(self) -> str:
        return f"<FakeClock now={self():.3f} offset={self._offset:g}s>"
