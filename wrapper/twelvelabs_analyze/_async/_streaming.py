"""NDJSON streams: one typed event per line, as the bytes arrive.

A stream is opened by the client (retries and error statuses are handled before the first byte),
then iterated. Lines may be split across chunks at any point; each whole line is decoded and
parsed with the operation's result (the event's discriminator picks its model). What can go
wrong while iterating, and what the caller gets:

* a line that is not JSON, not a documented event, longer than ``MAX_LINE_BYTES`` (8 MiB, refused
  before the rest of it is read) or any line after the final event → ``APIResponseValidationError``
  naming the line (never skipped);
* the connection breaks before any event arrived → the request is sent again, within the
  client's retries (nothing has been handed out, so nothing is replayed);
* it breaks after events arrived, or the body ends without the final event →
  ``StreamInterruptedError`` carrying the text received (``StreamTimeoutError`` when time ran out);
* ``total_timeout`` passes while reading → ``APITimeoutError`` (``StreamTimeoutError`` once events
  arrived): the deadline bounds every read, so a server dripping events cannot hold the call open.

A failed stream stays failed: reading it again raises the same error. Its memory is bounded by its
text, not by its events: the events are handed out and dropped unless ``keep_events()`` asked for
them, and each line is held only until it is parsed.

Use it as a context manager (or call ``close()``) to release the connection early.
This is the hand-written async source; ``_sync/_streaming.py`` is generated from it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from twelvelabs_analyze._deadline import Deadline, DeadlineExceeded, async_next_chunk
from twelvelabs_analyze._exceptions import (
    APIResponseValidationError,
    APITimeoutError,
    StreamInterruptedError,
    StreamTimeoutError,
    TwelveLabsError,
)
from twelvelabs_analyze._json import BodyDecodeError, loads
from twelvelabs_analyze._lines import BodyDecoding, LineSplitter, LineTooLong
from twelvelabs_analyze._operation import ResultMismatch
from twelvelabs_analyze._parsing import SHAPE_ERRORS, invalid_body
from twelvelabs_analyze._prepare import PreparedRequest
from twelvelabs_analyze._secrets import Secret, redact, redacting, without_inner_frames

if TYPE_CHECKING:
    from twelvelabs_analyze._attempt import Attempt

__all__ = ["AsyncStream"]

E = TypeVar("E")
_SNIPPET = 120
_TEXT_GROUP = 1024  # text pieces joined into one string: a million events are not a million strings
# A timeout this close to the call's deadline is the deadline's (clocks are read at different times).
_DEADLINE_SLACK = 0.01


class AsyncStream(Generic[E]):
    """The events of one streamed answer; ``async for event in stream``.

    ``text`` holds the text received so far and ``event_count`` counts the events; ``final`` is the
    last event once the stream is done. ``await stream.until_done()`` reads everything and returns
    the stream. Events are not kept once handed out, unless ``keep_events()`` is called first
    (then ``events`` holds them all).
    """

    def __init__(self, prepared: PreparedRequest, secret: Secret | None, attempt: Attempt) -> None:
        self._prepared = prepared
        self._secret = secret
        self._attempt = attempt
        self._response: httpx.Response | None = None
        self._reopen: Callable[[], Awaitable[httpx.Response]] | None = None
        self._consumed = False  # read to its end, final event included
        self._closed = False
        self._failure: TwelveLabsError | None = None
        self._kept: list[E] | None = None  # every event, once keep_events() asked for them
        self._count = 0
        self._last: E | None = None
        self._seen_final = False  # a line parsed as the final event (it may not be handed out yet)
        self._discriminator: str | None = getattr(prepared.operation.result, "discriminator", None)
        self._text: list[str] = []  # groups of _TEXT_GROUP pieces, joined
        self._pieces: list[str] = []  # the pieces of the group under way

    def attach(self, response: httpx.Response, reopen: Callable[[], Awaitable[httpx.Response]]) -> None:
        """Called by the client when the stream opens: the response to read and how to reopen it."""
        self._response = response
        self._reopen = reopen

    @property
    def response(self) -> httpx.Response:
        """The HTTP response the events come from (status, headers; the key is masked in its request)."""
        assert self._response is not None
        return self._response

    @property
    def text(self) -> str:
        """The text of the events received so far, joined."""
        return "".join(self._text) + "".join(self._pieces)

    @property
    def event_count(self) -> int:
        """How many events have been handed out."""
        return self._count

    @property
    def events(self) -> list[E]:
        """Every event received, in order — kept only when ``keep_events()`` was called first.

        Raises:
            AttributeError: the stream does not keep its events (the default).
        """
        if self._kept is None:
            raise AttributeError(
                "this stream does not keep its events (its memory would grow with each one): call "
                "stream.keep_events() before reading it, or use stream.text, stream.final and "
                "stream.event_count"
            )
        return self._kept

    def keep_events(self) -> AsyncStream[E]:
        """Keep every event in ``events`` (and replay them when the stream is iterated again).

        Call it before reading; returns the stream. Its memory then grows with every event
        (~250 bytes each), which is why a stream keeps only its text and final event by default.

        Raises:
            RuntimeError: events have been read already (they were not kept).
        """
        if self._kept is None:
            if self._count:
                raise RuntimeError(
                    f"keep_events() must be called before reading the stream: {self._count} events "
                    "were handed out and not kept"
                )
            self._kept = []
        return self

    @property
    def finish_reason(self) -> str | None:
        """Why the generation stopped (``"stop"``, ``"length"``), from the final event; ``None`` before."""
        reason = getattr(self.final, "finish_reason", None)
        return reason if isinstance(reason, str) else None

    @property
    def final(self) -> E | None:
        """The last event, once the stream is done (``None`` before, and when it failed)."""
        return self._last if self._consumed else None

    async def until_done(self) -> AsyncStream[E]:
        """Read the stream to its end; returns the stream (``.text``, ``.final``).

        A stream that failed raises its error again, every time.
        """
        if self._failure is not None:
            raise self._failure
        if not self._consumed:
            async for _ in self:
                pass
        return self

    async def get_final_event(self) -> E:
        """Read to the end and return the final event (e.g. with ``finish_reason`` and ``usage``)."""
        await self.until_done()
        assert self._last is not None, "a finished stream has at least its final event"
        return self._last

    async def get_text(self) -> str:
        """Read to the end and return all the text."""
        await self.until_done()
        return self.text

    async def __aiter__(self) -> AsyncIterator[E]:
        if self._failure is not None:
            raise self._failure  # a failed stream stays failed: never a partial result as a success
        if self._consumed:
            if self._kept is None:
                raise RuntimeError(
                    "this stream was read to its end and did not keep its events: call "
                    "stream.keep_events() before reading it to iterate again"
                )
            for event in self._kept:  # iterating again replays what was received, without I/O
                yield event
            return
        try:
            async for event in self._events():
                yield event
                del event  # it may echo the key: not kept here while the next one is read
        except BaseException as exc:
            if isinstance(exc, TwelveLabsError):
                self._failure = exc
            # Raised from here on: the frames below hold what was read and the request (the key).
            without_inner_frames(exc)
            raise exc  # from this frame on
        finally:
            await self.close()

    async def _events(self) -> AsyncIterator[E]:
        total = self._attempt.deadlines.total
        while True:
            lines = LineSplitter()
            decoding = BodyDecoding.of(self.response)
            chunks = self.response.aiter_raw() if decoding.raw else self.response.aiter_bytes()
            try:
                while True:
                    chunk = await async_next_chunk(chunks, total)
                    for piece in decoding.decode(chunk):  # None: the end of the body
                        events, error = self._take(lines, lines.feed(piece))
                        for event in events:
                            yield self._accept(event)
                        if error is not None:
                            # The body may echo the key: keep it out of tracebacks with locals.
                            del chunk, piece, events
                            raise error
                    if chunk is None:
                        break
                break
            except httpx.RequestError as exc:
                timed_out = self._timed_out(exc, total)
                if self._count or self._reopen is None or timed_out is not None:
                    error = self._interrupted(exc, timed_out)
                    del exc  # its text may echo the key: keep it out of tracebacks with locals
                    raise error from None
                self._attempt.failed(exc)
                await self.response.aclose()
                self._response = await self._reopen()  # raises the last error when retries are spent
        events, error = self._take(lines, lines.rest())
        for event in events:
            yield self._accept(event)
        if error is not None:
            del events
            raise error
        final = self._prepared.operation.final_event
        if final is not None and not self._seen_final:
            raise self._stopped(f"the stream ended after {self._count} events without its final event")
        self._consumed = True

    def _take(self, lines: LineSplitter, batch: list[bytes]) -> tuple[list[E], TwelveLabsError | None]:
        """The events on ``batch`` (the lines ``lines`` just split off), and the error that ends
        the stream there if one does (the events before it are still handed out)."""
        events: list[E] = []
        number = lines.count - len(batch)
        final = self._prepared.operation.final_event
        for line in batch:
            number += 1
            if not line.strip():
                continue
            if self._seen_final:
                return events, self._invalid(
                    f"{self._where(number)} follows the final event ({final}): {_snippet(line)}", line, number
                )
            event = self._parse(line, number)
            if isinstance(event, APIResponseValidationError):
                return events, event
            if final is not None and self._is_final(event, final):
                self._seen_final = True
            events.append(event)
        if lines.refused is not None:
            return events, self._too_large(lines.refused)
        return events, None

    def _accept(self, event: E) -> E:
        self._count += 1
        self._last = event
        if self._kept is not None:
            self._kept.append(event)
        text = getattr(event, "text", None)
        if isinstance(text, str):
            pieces = self._pieces
            pieces.append(text)
            if len(pieces) == _TEXT_GROUP:
                self._text.append("".join(pieces))
                pieces.clear()
        return event

    def _is_final(self, event: Any, final: str) -> bool:
        discriminator = self._discriminator
        return discriminator is not None and getattr(event, discriminator, None) == final

    def _where(self, number: int) -> str:
        return f"line {number} of the {self._prepared.operation.label} stream"

    def _parse(self, line: bytes, number: int) -> E | APIResponseValidationError:
        """The event on ``line``, or the error to raise (returned, so the caller raises it)."""
        try:
            data = loads(line)
        except BodyDecodeError:
            return self._invalid(f"{self._where(number)} is not JSON: {_snippet(line)}", line, number)
        try:
            event: E = self._prepared.operation.result.parse(data, self._prepared.arguments)
        except (*SHAPE_ERRORS, ResultMismatch) as exc:
            return self._invalid(f"{self._where(number)} is not a documented event: {exc}", line, number)
        return event

    def _too_large(self, refused: LineTooLong) -> APIResponseValidationError:
        """The error for a line over the limit; it keeps the line's beginning, never the line."""
        head = refused.beginning(lambda text: redact(text, self._secret)).encode()
        message = (
            f"{self._where(refused.number)} is too large: {refused.size:,} bytes without a newline, "
            f"more than the {refused.limit:,} a line may have; it begins {_snippet(head)}"
        )
        return self._invalid(message, head, refused.number)

    def _invalid(self, message: str, line: bytes, number: int) -> APIResponseValidationError:
        error = invalid_body(self.response, message, self._secret, content=line)
        error.attempts = self._attempt.attempts
        error.line_number = number
        return error

    def _timed_out(self, exc: httpx.RequestError, total: Deadline | None) -> Deadline | None:
        """The call's deadline when ``exc`` is its passing (not one read's ``timeout``)."""
        if isinstance(exc, DeadlineExceeded):
            return exc.deadline
        if total is not None and isinstance(exc, httpx.TimeoutException):
            return total if total.remaining() <= _DEADLINE_SLACK else None
        return None

    def _interrupted(self, exc: httpx.RequestError, deadline: Deadline | None) -> TwelveLabsError:
        """The error for a read that failed: the call's deadline passed, or the connection broke."""
        if deadline is not None:
            message = f"the stream timed out after {self._count} events: {deadline.describe()} passed"
            if not self._count:
                error: TwelveLabsError = APITimeoutError(redact(message, self._secret))
                error.attempts = self._attempt.attempts
                return error
            return self._stopped(message, timed_out=True)
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        message = f"the stream broke after {self._count} events ({detail})"
        return self._stopped(message, timed_out=isinstance(exc, httpx.TimeoutException))

    def _stopped(self, message: str, *, timed_out: bool = False) -> StreamInterruptedError:
        cls = StreamTimeoutError if timed_out else StreamInterruptedError
        with redacting(self._secret):  # the events and text are the server's: they may echo the key
            error = cls(
                redact(message, self._secret),
                events=list(self._kept or ()),
                text=self.text,
                event_count=self._count,
            )
        error.attempts = self._attempt.attempts
        return error

    async def close(self) -> None:
        """Release the connection; events not read yet are dropped."""
        if not self._closed and self._response is not None:
            self._closed = True
            await self._response.aclose()

    async def __aenter__(self) -> AsyncStream[E]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        state = (
            "failed"
            if self._failure is not None
            else "done"
            if self._consumed
            else ("closed" if self._closed else "open")
        )
        return f"<{type(self).__name__} {self._prepared.operation.label} {state}, {self._count} events>"


def _snippet(line: bytes) -> str:
    text = line[: _SNIPPET * 4].decode("utf-8", "replace").strip()
    return text if len(text) <= _SNIPPET else text[:_SNIPPET] + "…"
