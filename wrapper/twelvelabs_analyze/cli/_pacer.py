"""When the batch workers may send: one gate for all of them, fed by the rate-limit headers.

Two mechanisms, so a batch spends its quota fully and almost never sees a 429:

* Pacing ahead: every answer carries ``X-Ratelimit-Remaining`` and ``X-Ratelimit-Reset``.
  A worker may send only while ``remaining`` (the lowest seen in the current window) exceeds
  the number of requests already in flight; once it is used up, all workers wait for the reset.
* Probing: while nothing is known about the current window (at the start, and after a reset),
  one request goes out alone; its answer tells how much of the window is left. Without this, the
  first wave of N workers could overrun a small quota. A server that sends no rate-limit headers
  is probed once, then never paced.
* Pausing on a 429: :meth:`Pacer.pause_until` holds every worker until the given time.

A wait longer than ``max_wait`` is not waited: the pacer closes with ``stopped_until`` set, and
the batch stops cleanly instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from datetime import datetime

__all__ = ["Pacer"]

# Sleep this much past a reset so a server that rounds its window boundary is not asked early.
RESET_MARGIN_SECONDS = 0.02


class Pacer:
    def __init__(
        self,
        *,
        max_wait: float,
        on_pause: Callable[[float], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.max_wait = max_wait
        self.paused_until = 0.0
        self.stopped_until: float | None = None  # set when a needed wait exceeded max_wait
        self._on_pause = on_pause
        self._clock = clock
        self._closed = False
        self._inflight = 0
        self._window_reset: float | None = None
        self._window_remaining = 0
        self._answered = False  # an answer arrived since the last reset (or ever, without headers)
        self._changed = asyncio.Event()

    @property
    def closed(self) -> bool:
        return self._closed

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait_for_change(self, timeout: float) -> None:
        changed = self._changed
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(changed.wait(), timeout=max(0.0, timeout))

    async def acquire(self) -> bool:
        """Wait until a request may be sent and count it in flight; ``False`` once the batch stops."""
        while not self._closed:
            now = self._clock()
            if self.paused_until > now:
                await self._wait_for_change(self.paused_until - now)
                continue
            if self._window_reset is not None and self._window_reset <= now:
                self._window_reset, self._answered = None, False  # a new window: probe it
            if not self._answered and self._inflight > 0:
                await self._wait_for_change(self.max_wait)
                continue
            if self._window_reset is not None and self._window_remaining - self._inflight <= 0:
                if self._inflight == 0:
                    self.pause_until(self._window_reset + RESET_MARGIN_SECONDS)
                else:  # an answer still in flight may tell more
                    await self._wait_for_change(self._window_reset - now)
                continue
            self._inflight += 1
            return True
        return False

    def release(self, remaining: int | None = None, reset_at: datetime | None = None) -> None:
        """A request came back; ``remaining``/``reset_at`` are its rate-limit headers, when it had them."""
        self._inflight -= 1
        self._answered = True
        if remaining is not None and reset_at is not None:
            reset = reset_at.timestamp()
            if self._window_reset is None or reset > self._window_reset:
                self._window_reset, self._window_remaining = reset, remaining
            elif reset == self._window_reset:
                self._window_remaining = min(self._window_remaining, remaining)
            # An earlier reset is an answer from a window that is over: it tells nothing now.
        self._notify()

    def pause_until(self, when: float) -> bool:
        """Hold every worker until ``when`` (epoch seconds); ``False`` (and closed) if that is past ``max_wait``."""
        if when - self._clock() > self.max_wait:
            self.stopped_until = when
            self.close()
            return False
        if when > self.paused_until:
            self.paused_until = when
            if self._on_pause is not None:
                self._on_pause(when)
        self._notify()
        return True

    async def sleep(self, seconds: float) -> bool:
        """Wait ``seconds`` (between two polls of a task); ``False`` at once when the batch stops meanwhile."""
        deadline = time.monotonic() + seconds
        while not self._closed:
            left = deadline - time.monotonic()
            if left <= 0:
                return True
            await self._wait_for_change(left)
        return False

    def close(self) -> None:
        """No more requests: every waiting and future ``acquire`` returns ``False``."""
        self._closed = True
        self._notify()
