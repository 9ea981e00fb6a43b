"""uvicorn's HTTP/1.1 protocol with the bounds uvicorn lacks: a request-head timeout and a
connection cap enforced when a connection is accepted.

uvicorn (0.30 to 0.55 at least) closes a kept-alive connection after ``timeout_keep_alive`` only
once an answer was sent, and every byte received restarts that timer; a connection that never
completes a request head is held forever. Its ``limit_concurrency`` is checked when a request
head arrives, so connections that never send one are not counted against it either. Here:

* each connection must complete a request head within ``header_timeout`` of being opened (or of
  the previous answer); later bytes do not restart the clock;
* past ``max_connections``, a new connection closes the oldest one still waiting for a head; when
  none is waiting (every connection is busy with a request), the new one gets 503 and is closed.

Imported only when serving (uvicorn is an optional dependency).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["GuardedH11Protocol", "Refusal", "quiet_accept_errors"]

logger = logging.getLogger("uvicorn.error")

# (status, code, message) -> the JSON body of an answer sent outside any request (408, 503).
Refusal = Callable[[int, str, str], bytes]

_REASONS = {408: "Request Timeout", 503: "Service Unavailable"}
ACCEPT_ERROR_REPORT_EVERY_S = 10.0


def raw_answer(refusal: Refusal, status: int, code: str, message: str) -> bytes:
    """A whole HTTP/1.1 answer that closes the connection."""
    body = refusal(status, code, message)
    head = (
        f"HTTP/1.1 {status} {_REASONS[status]}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode("latin-1") + body


class GuardedH11Protocol(H11Protocol):
    """One connection; see the module docstring. The settings come from ``configure``."""

    header_timeout: float = 10.0
    max_connections: int = 512
    refusal: Refusal = staticmethod(lambda status, code, message: b"{}")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_timer: asyncio.TimerHandle | None = None
        self.waiting_since: float | None = None  # monotonic time a head has been awaited since
        self._head_bytes = 0  # bytes of the awaited head received so far
        self._cycle_seen: object = None

    @classmethod
    def configure(
        cls, *, header_timeout: float, max_connections: int, refusal: Refusal
    ) -> type[GuardedH11Protocol]:
        """A subclass with these settings (one per server, so two servers never share them)."""
        return type(
            cls.__name__,
            (cls,),
            {
                "header_timeout": header_timeout,
                "max_connections": max_connections,
                "refusal": staticmethod(refusal),
            },
        )

    # --- the request-head deadline ------------------------------------------------------------

    def _await_head(self) -> None:
        self._stop_waiting()
        self.waiting_since = time.monotonic()
        self._head_bytes = 0
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_timed_out)

    def _stop_waiting(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        self.waiting_since = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing():
            return
        if self._head_bytes and self.conn.their_state is h11.IDLE:
            message = f"The request head did not arrive within {self.header_timeout:g} s."
            self.transport.write(raw_answer(self.refusal, 408, "request_timeout", message))
        self.transport.close()

    # --- uvicorn's protocol, with the deadline and the cap -----------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections and not self._evict_one():
            message = "The fake has as many connections open as it accepts; try again shortly."
            transport.write(raw_answer(self.refusal, 503, "service_unavailable", message))
            transport.close()
            return
        self._await_head()

    def _evict_one(self) -> bool:
        """Close the connection that has waited longest for a request head; False when none waits."""
        waiting = [
            (connection.waiting_since, connection)
            for connection in self.connections
            if isinstance(connection, GuardedH11Protocol)
            and connection is not self
            and connection.waiting_since is not None
        ]
        if not waiting:
            return False
        _, oldest = min(waiting, key=lambda pair: pair[0])
        oldest._stop_waiting()
        oldest.transport.close()
        return True

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_waiting()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self.waiting_since is not None:
            self._head_bytes += len(data)
        super().data_received(data)

    def handle_events(self) -> None:
        super().handle_events()
        if self.cycle is not self._cycle_seen:  # a request head arrived: its deadline is met
            self._cycle_seen = self.cycle
            self._stop_waiting()

    def on_response_complete(self) -> None:
        # Armed first: uvicorn then handles a pipelined request, which meets the deadline at once.
        if not self.transport.is_closing():
            self._await_head()
        super().on_response_complete()


class _AcceptErrors:
    """An event loop's exception handler that reports running out of file descriptors (or buffers)
    while accepting once per ``ACCEPT_ERROR_REPORT_EVERY_S``, not once per failed ``accept()``.

    asyncio retries a failed accept up to ``backlog`` times in a row and logs each failure with
    its traceback: with the descriptors exhausted that is millions of lines a minute.
    """

    def __init__(self) -> None:
        self.last_report = float("-inf")
        self.unreported = 0

    def __call__(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        if context.get("message") != "socket.accept() out of system resource":
            loop.default_exception_handler(context)
            return
        self.unreported += 1
        now = time.monotonic()
        if now - self.last_report >= ACCEPT_ERROR_REPORT_EVERY_S:
            logger.warning(
                "the fake's server cannot accept connections: %s (%d times); retrying",
                context.get("exception"),
                self.unreported,
            )
            self.last_report, self.unreported = now, 0


def quiet_accept_errors() -> None:
    """Install :class:`_AcceptErrors` on the running loop."""
    asyncio.get_running_loop().set_exception_handler(_AcceptErrors())
