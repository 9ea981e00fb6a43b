"""A fixed-window rate limiter that speaks the API's X-Ratelimit-* headers."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable

__all__ = ["RateLimiter"]


class RateLimiter:
    """``limit`` requests per ``window_seconds``; a window opens at the first request after a reset.

    ``X-Ratelimit-Reset`` is an integer header, so windows of a second or more open on a whole
    second (the one the request arrived in): the announced reset is then exact and a client
    that waits for it loses nothing. Sub-second windows open at the request itself and their
    reset is rounded up.
    """

    def __init__(self, limit: int, window_seconds: float, clock: Callable[[], float]) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._limit = 0
        self._window_seconds = 1.0
        self._window_start = 0.0
        self._used = 0
        self.configure(limit, window_seconds)

    def configure(self, limit: int, window_seconds: float) -> None:
        """Set the limit and start a fresh window."""
        if limit < 0:
            raise ValueError("limit must be >= 0")
        if not window_seconds > 0:
            raise ValueError("window_seconds must be > 0")
        with self._lock:
            self._limit = limit
            self._window_seconds = float(window_seconds)
            self._window_start = self._aligned(self._clock())
            self._used = 0

    @property
    def limit(self) -> int:
        return self._limit

    @property
    def window_seconds(self) -> float:
        return self._window_seconds

    def _aligned(self, now: float) -> float:
        return math.floor(now) if self._window_seconds >= 1 else now

    def _roll(self, now: float) -> None:
        if now >= self._window_start + self._window_seconds:
            self._window_start = self._aligned(now)
            self._used = 0

    def _headers(self, now: float) -> dict[str, str]:
        reset_at = self._window_start + self._window_seconds
        return {
            "X-Ratelimit-Limit": str(self._limit),
            "X-Ratelimit-Remaining": str(max(self._limit - self._used, 0)),
            "X-Ratelimit-Used": str(self._used),
            "X-Ratelimit-Reset": str(math.ceil(reset_at)),
        }

    def peek(self) -> dict[str, str]:
        """The headers for a response that does not count against the limit."""
        with self._lock:
            now = self._clock()
            self._roll(now)
            return self._headers(now)

    def acquire(self) -> tuple[bool, dict[str, str]]:
        """Count one request; ``(False, headers with Retry-After)`` once the window is spent."""
        with self._lock:
            now = self._clock()
            self._roll(now)
            if self._used >= self._limit:
                headers = self._headers(now)
                wait = self._window_start + self._window_seconds - now
                headers["Retry-After"] = str(max(1, math.ceil(wait)))
                return False, headers
            self._used += 1
            return True, self._headers(now)

    def exhaust_for(self, seconds: float) -> dict[str, str]:
        """Headers of a 429 that says "spent, resets in ``seconds``" (for injected 429s)."""
        now = self._clock()
        return {
            "X-Ratelimit-Limit": str(self._limit),
            "X-Ratelimit-Remaining": "0",
            "X-Ratelimit-Used": str(self._limit),
            "X-Ratelimit-Reset": str(math.ceil(now + seconds)),
            "Retry-After": str(max(0, math.ceil(seconds))),
        }

    def reset(self) -> None:
        self.configure(self._limit, self._window_seconds)
