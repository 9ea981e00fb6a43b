"""NDJSON streams: one typed event per line, as the bytes arrive.

A stream is opened by the client (retries and error statuses are handled before the first byte),
then iterated. Lines may be split across chunks at any point; each whole line is decoded and
parsed with the operation's result (the event's discriminator picks its model). What can go
wrong while iterating, and what the caller gets:

* a line that is not JSON, or not a documented event → ``APIResponseValidationError`` naming the
  line (never skipped);
* the connection breaks before any event arrived → the request is sent again, within the
  client's retries (nothing has been handed out, so nothing is replayed);
* it breaks after events arrived, or the body ends without the final event →
  ``StreamInterruptedError`` carrying the events and the text received.

Use it as a context manager (or call ``close()``) to release the connection early.
Generated from ``_async/_streaming.py`` by scripts/unasync.py — do not edit; change the async source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from twelvelabs_analyze._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    StreamInterruptedError,
    TwelveLabsError,
)
from twelvelabs_analyze._json import BodyDecodeError, loads
from twelvelabs_analyze._lines import LineSplitter
from twelvelabs_analyze._operation import ResultMismatch
from twelvelabs_analyze._parsing import SHAPE_ERRORS, invalid_body
from twelvelabs_analyze._prepare import PreparedRequest
from twelvelabs_analyze._secrets import Secret, redact, redacting, without_inner_frames

if TYPE_CHECKING:
    from twelvelabs_analyze._attempt import Attempt

__all__ = ["Stream"]

E = TypeVar("E")
_SNIPPET = 120


class Stream(Generic[E]):
    """The events of one streamed answer; ``for event in stream``.

    ``events`` and ``text`` hold what has arrived so far; ``final`` is the last event once the
    stream is done. ``stream.until_done()`` reads everything and returns the stream.
    """

    def __init__(self, prepared: PreparedRequest, secret: Secret | None, attempt: Attempt) -> None:
        self._prepared = prepared
        self._secret = secret
        self._attempt = attempt
        self._response: httpx.Response | None = None
        self._reopen: Callable[[], httpx.Response] | None = None
        self._consumed = False
        self._closed = False
        self.events: list[E] = []
        self._text: list[str] = []

    def attach(self, response: httpx.Response, reopen: Callable[[], httpx.Response]) -> None:
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
        return "".join(self._text)

    @property
    def finish_reason(self) -> str | None:
        """Why the generation stopped (``"stop"``, ``"length"``), from the final event; ``None`` before."""
        reason = getattr(self.final, "finish_reason", None)
        return reason if isinstance(reason, str) else None

    @property
    def final(self) -> E | None:
        """The last event, once the stream is done (``None`` before)."""
        return self.events[-1] if self._consumed and self.events else None

    def until_done(self) -> Stream[E]:
        """Read the stream to its end; returns the stream (``.text``, ``.final``, ``.events``)."""
        for _ in self:
            pass
        return self

    def get_final_event(self) -> E:
        """Read to the end and return the final event (e.g. with ``finish_reason`` and ``usage``)."""
        self.until_done()
        assert self.events, "a finished stream has at least its final event"
        return self.events[-1]

    def get_text(self) -> str:
        """Read to the end and return all the text."""
        self.until_done()
        return self.text

    def __iter__(self) -> Iterator[E]:
        if self._consumed:
            for event in self.events:  # iterating again replays what was received, without I/O
                yield event
            return
        try:
            for event in self._events():
                yield event
                del event  # it may echo the key: not kept here while the next one is read
        except BaseException as exc:
            # Raised from here on: the frames below hold what was read and the request (the key).
            without_inner_frames(exc)
            raise exc  # from this frame on
        finally:
            self.close()

    def _events(self) -> Iterator[E]:
        operation = self._prepared.operation
        final = operation.final_event
        lines = LineSplitter()
        while True:
            try:
                for chunk in self.response.iter_bytes():
                    batch = lines.feed(chunk)
                    first = lines.count - len(batch) + 1
                    for offset, line in enumerate(batch):
                        if line.strip():
                            event = self._parse(line, first + offset)
                            if isinstance(event, APIResponseValidationError):
                                # The body may echo the key: keep it out of tracebacks with locals.
                                del chunk, line, batch
                                raise event
                            yield self._accept(event)
                break
            except httpx.RequestError as exc:
                if self.events or self._reopen is None:
                    message = self._broken(exc)
                    del exc  # its text may echo the key: keep it out of tracebacks with locals
                    raise self._interrupted(message) from None
                self._attempt.failed(exc)
                self.response.close()
                self._response = self._reopen()  # raises the last error when retries are spent
                lines = LineSplitter()
        rest = lines.rest()
        if rest.strip():
            event = self._parse(rest, lines.count)
            if isinstance(event, APIResponseValidationError):
                del rest
                raise event
            yield self._accept(event)
        self._consumed = True
        if final is not None and not self._is_final(self.events[-1] if self.events else None, final):
            raise self._interrupted(
                f"the stream ended after {len(self.events)} events without its final event"
            )

    def _accept(self, event: E) -> E:
        self.events.append(event)
        text = getattr(event, "text", None)
        if isinstance(text, str):
            self._text.append(text)
        return event

    def _is_final(self, event: Any, final: str) -> bool:
        discriminator = getattr(self._prepared.operation.result, "discriminator", None)
        return (
            event is not None and discriminator is not None and getattr(event, discriminator, None) == final
        )

    def _parse(self, line: bytes, number: int) -> E | APIResponseValidationError:
        """The event on ``line``, or the error to raise (returned, so the caller raises it)."""
        where = f"line {number} of the {self._prepared.operation.label} stream"
        try:
            data = loads(line)
        except BodyDecodeError:
            return self._invalid(f"{where} is not JSON: {_snippet(line)}", line)
        try:
            event: E = self._prepared.operation.result.parse(data, self._prepared.arguments)
        except (*SHAPE_ERRORS, ResultMismatch) as exc:
            return self._invalid(f"{where} is not a documented event: {exc}", line)
        return event

    def _invalid(self, message: str, line: bytes) -> APIResponseValidationError:
        error = invalid_body(self.response, message, self._secret, content=line)
        error.attempts = self._attempt.attempts
        return error

    def _broken(self, exc: Exception) -> str:
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return redact(f"the stream broke after {len(self.events)} events ({detail})", self._secret)

    def _interrupted(self, message: str) -> TwelveLabsError:
        with redacting(self._secret):  # the events and text are the server's: they may echo the key
            error: APIConnectionError = StreamInterruptedError(
                message, events=list(self.events), text=self.text
            )
        error.attempts = self._attempt.attempts
        return error

    def close(self) -> None:
        """Release the connection; events not read yet are dropped."""
        if not self._closed and self._response is not None:
            self._closed = True
            self._response.close()

    def __enter__(self) -> Stream[E]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "done" if self._consumed else ("closed" if self._closed else "open")
        return f"<{type(self).__name__} {self._prepared.operation.label} {state}, {len(self.events)} events>"


def _snippet(line: bytes) -> str:
    text = line.decode("utf-8", "replace").strip()
    return text if len(text) <= _SNIPPET else text[:_SNIPPET] + "…"
