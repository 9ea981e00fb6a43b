"""Deadlines for a call: one per attempt (``timeout``) and optionally one for the whole call
(``total_timeout``).

httpx's ``timeout`` bounds each socket operation, not an attempt: a server dripping a byte a second
keeps every read short and an attempt alive for as long as it likes. Here:

* ``timeout`` — seconds for one attempt: connect, send, response headers and the whole body;
* ``total_timeout`` — seconds for the call: every attempt and every retry wait. A retry whose wait
  would not end before it is not made; the last error is raised with a note saying so.

How each client enforces them:

* **async** — the attempt runs inside ``asyncio.timeout``: exact, whatever the transport.
* **sync, with the HTTP client the library creates** (:func:`sync_http_client`) — the connection
  pool's network backend is wrapped so that every connect, TLS handshake, read and write waits at
  most until the deadline, held in a context variable for the attempt. A blocking read cannot be
  interrupted from outside, so this is how a blocking attempt ends on time.
* **sync, with your own** ``http_client`` — the request's httpx timeout is the time left when the
  attempt starts (so each read waits at most that long) and the deadline is checked between body
  chunks: an attempt can overrun its deadline by up to one read timeout.

A stream's body is read after its attempt: ``timeout`` bounds each read of it, ``total_timeout``
the whole of it, read chunk by chunk with :func:`sync_next_chunk` / :func:`async_next_chunk`
(the same mechanisms: the context variable or a check between chunks for sync, ``asyncio.timeout``
for async). A server dripping an event a second cannot keep a call going past ``total_timeout``.

Either way a passed deadline is an ``httpx.TimeoutException`` (:class:`DeadlineExceeded` or the
``ReadTimeout``/``ConnectTimeout``/… of the operation cut short), which the client raises as
``APITimeoutError`` naming the deadline (:meth:`Deadline.describe`).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from contextvars import ContextVar
from typing import Any, Literal

import httpx

__all__ = [
    "MAX_TIMEOUT",
    "CallDeadlines",
    "Deadline",
    "DeadlineExceeded",
    "async_http_client",
    "async_next_chunk",
    "async_open",
    "async_send",
    "check_timeout",
    "sync_http_client",
    "sync_next_chunk",
    "sync_open",
    "sync_send",
]

MAX_TIMEOUT = 1e7  # seconds (~116 days); sockets refuse timeouts much beyond ~1e9 with OverflowError


def check_timeout(name: str, value: object) -> None:
    """``ValueError`` naming the parameter unless ``value`` is None or a number of seconds in (0, MAX_TIMEOUT]."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= MAX_TIMEOUT:
        raise ValueError(
            f"{name} must be a number of seconds in (0, {MAX_TIMEOUT:g}] or None (no limit), not {value!r}"
        )


class Deadline:
    """A point on the monotonic clock, and which setting put it there."""

    __slots__ = ("at", "name", "seconds")

    def __init__(self, at: float, name: Literal["timeout", "total_timeout"], seconds: float) -> None:
        self.at: float = at
        self.name: Literal["timeout", "total_timeout"] = name
        self.seconds: float = seconds

    def remaining(self) -> float:
        """Seconds left (negative once passed)."""
        return self.at - time.monotonic()

    def describe(self) -> str:
        """The setting behind this deadline, for error messages."""
        if self.name == "timeout":
            return f"timeout={self.seconds:g}s for one attempt (connect, send, headers and body)"
        return f"total_timeout={self.seconds:g}s for the call (all attempts and retry waits)"

    def __repr__(self) -> str:
        return f"Deadline({self.name}={self.seconds:g}s, {self.remaining():.3f}s left)"


# The deadline of the attempt running in this thread/task; read by the sync network backend.
_current: ContextVar[Deadline | None] = ContextVar("twelvelabs_analyze_deadline", default=None)


class DeadlineExceeded(httpx.TimeoutException):
    """An attempt passed its deadline (raised where httpx itself has no timeout to raise)."""

    def __init__(self, deadline: Deadline, request: httpx.Request | None = None) -> None:
        super().__init__(f"the deadline passed: {deadline.describe()}", request=request)
        self.deadline: Deadline = deadline


class CallDeadlines:
    """The deadlines of one call, from the moment it starts."""

    __slots__ = ("timeout", "total")

    def __init__(self, timeout: float | None, total_timeout: float | None) -> None:
        self.timeout: float | None = timeout
        self.total: Deadline | None = (
            None
            if total_timeout is None
            else Deadline(time.monotonic() + total_timeout, "total_timeout", total_timeout)
        )

    def next_attempt(self) -> Deadline | None:
        """The deadline of an attempt starting now: its own or the call's, whichever comes first."""
        if self.timeout is None:
            return self.total
        own = Deadline(time.monotonic() + self.timeout, "timeout", self.timeout)
        return self.total if self.total is not None and self.total.at <= own.at else own

    def allows_wait(self, seconds: float) -> bool:
        """Whether time would be left for an attempt after waiting ``seconds``."""
        return self.total is None or time.monotonic() + seconds < self.total.at

    def skipped_wait_note(self, seconds: float) -> str:
        """The note on an error raised because a retry wait would pass the total deadline."""
        left = max(0.0, self.total.remaining()) if self.total is not None else 0.0
        limit = self.total.describe() if self.total is not None else "the call's deadline"
        return f"not retried: waiting {seconds:.2f}s would pass {limit} ({left:.2f}s left)"

    def http_timeout(self, deadline: Deadline | None, default: httpx.Timeout) -> httpx.Timeout:
        """httpx's per-operation timeout for an attempt: ``default`` unless the total deadline is nearer."""
        if deadline is None or deadline.name == "timeout":
            return default
        return httpx.Timeout(max(deadline.remaining(), 0.001))


# --------------------------------------------------------------------------- sending one attempt


def sync_send(http: httpx.Client, request: dict[str, Any], deadline: Deadline | None) -> httpx.Response:
    """``http.request(**request)``, read in full, ending by ``deadline`` (see the module notes)."""
    if deadline is None:
        return http.request(**request)
    token = _current.set(deadline)
    try:
        response = http.send(http.build_request(**request), stream=True)
        try:
            if isinstance(response.stream, httpx.SyncByteStream):
                response.stream = _ChunkDeadline(response.stream, deadline, response.request)
            response.read()
        except BaseException:
            response.close()
            raise
        return response
    finally:
        _current.reset(token)


async def async_send(
    http: httpx.AsyncClient, request: dict[str, Any], deadline: Deadline | None
) -> httpx.Response:
    """``await http.request(**request)``, cancelled at ``deadline``."""
    if deadline is None:
        return await http.request(**request)
    import asyncio  # noqa: PLC0415 - the async client already imports it; sync users never need it

    try:
        async with asyncio.timeout(deadline.remaining()):
            return await http.request(**request)
    except TimeoutError:
        raise DeadlineExceeded(deadline) from None


def sync_open(http: httpx.Client, request: dict[str, Any], deadline: Deadline | None) -> httpx.Response:
    """Send and return the response with its body unread (a stream), the headers arriving by ``deadline``.

    A stream's body may take longer than one attempt's ``timeout``: after the headers, only
    httpx's per-read timeout applies (each wait for the next chunk).
    """
    if deadline is None:
        return http.send(http.build_request(**request), stream=True)
    token = _current.set(deadline)
    try:
        return http.send(http.build_request(**request), stream=True)
    finally:
        _current.reset(token)


async def async_open(
    http: httpx.AsyncClient, request: dict[str, Any], deadline: Deadline | None
) -> httpx.Response:
    """As :func:`sync_open`: the response with its body unread, the headers arriving by ``deadline``."""
    if deadline is None:
        return await http.send(http.build_request(**request), stream=True)
    import asyncio  # noqa: PLC0415

    try:
        async with asyncio.timeout(deadline.remaining()):
            return await http.send(http.build_request(**request), stream=True)
    except TimeoutError:
        raise DeadlineExceeded(deadline) from None


def sync_next_chunk(chunks: Iterator[bytes], deadline: Deadline | None) -> bytes | None:
    """The next chunk of a streamed body (``None`` at its end), arriving by ``deadline``.

    With the library's HTTP client the read itself ends at the deadline; with yours the deadline
    is checked when the chunk arrives (a read can overrun it by up to one read timeout).
    """
    if deadline is None:
        return next(chunks, None)
    if time.monotonic() >= deadline.at:
        raise DeadlineExceeded(deadline)
    token = _current.set(deadline)  # set and reset around the read alone: never across a yield
    try:
        chunk = next(chunks, None)
    finally:
        _current.reset(token)
    if chunk is not None and time.monotonic() > deadline.at:
        raise DeadlineExceeded(deadline)
    return chunk


async def async_next_chunk(chunks: AsyncIterator[bytes], deadline: Deadline | None) -> bytes | None:
    """As :func:`sync_next_chunk`: the read is cancelled at ``deadline``."""
    if deadline is None:
        return await anext(chunks, None)
    import asyncio  # noqa: PLC0415

    left = deadline.remaining()
    if left <= 0:
        raise DeadlineExceeded(deadline)
    scope = asyncio.timeout(left)
    try:
        async with scope:
            return await anext(chunks, None)
    except TimeoutError:
        if scope.expired():
            raise DeadlineExceeded(deadline) from None
        raise


def async_http_client(**kwargs: Any) -> httpx.AsyncClient:
    """``httpx.AsyncClient(**kwargs)``: async attempts are cancelled at their deadline, whatever the backend."""
    return httpx.AsyncClient(**kwargs)


class _ChunkDeadline(httpx.SyncByteStream):
    """A response body that stops with :class:`DeadlineExceeded` once the deadline has passed."""

    def __init__(self, inner: httpx.SyncByteStream, deadline: Deadline, request: httpx.Request) -> None:
        self._inner = inner
        self._deadline = deadline
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        at = self._deadline.at
        for chunk in self._inner:
            if time.monotonic() > at:
                raise DeadlineExceeded(self._deadline, self._request)
            yield chunk

    def close(self) -> None:
        self._inner.close()


# --------------------------------------------------------------------------- the sync network backend


def sync_http_client(**kwargs: Any) -> httpx.Client:
    """``httpx.Client(**kwargs)`` whose connections end every socket operation by the deadline."""
    from ._deadline_backend import install_deadline_backend  # noqa: PLC0415 - imports httpcore

    client = httpx.Client(**kwargs)
    install_deadline_backend(client)
    return client


def time_left(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` shortened to the deadline of the attempt under way; ``error`` when it has passed."""
    deadline = _current.get()
    if deadline is None:
        return timeout
    left = deadline.at - time.monotonic()
    if left <= 0:
        raise error(f"the deadline passed: {deadline.describe()}")
    return left if timeout is None or left < timeout else timeout
