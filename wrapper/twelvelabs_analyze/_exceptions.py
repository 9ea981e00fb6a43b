"""Every error a call can raise.

Hierarchy::

    TwelveLabsError
    ├── MissingAPIKeyError (also ValueError)     no key given and TWELVELABS_API_KEY unset
    ├── APIConnectionError                       the request did not get a (whole) response
    │   ├── APITimeoutError                      … because an attempt or the call ran out of time
    │   └── StreamInterruptedError               … a stream broke after events arrived (.text, .event_count)
    │       └── StreamTimeoutError               … ran out of time (also an APITimeoutError)
    ├── APIResponseValidationError               2xx, but the body is not the documented shape
    │   └── OutputTruncatedError                 finish_reason "length": the output was cut short
    ├── APIStatusError                           the API answered with an error status
    │   ├── BadRequestError                      400
    │   ├── AuthenticationError                  401
    │   ├── PermissionDeniedError                403
    │   ├── NotFoundError                        404
    │   ├── ConflictError                        409
    │   ├── RateLimitError                       429
    │   └── InternalServerError                  >= 500
    ├── UploadError                              an upload did not finish (.upload_id, .asset_id, .chunk_index)
    ├── TaskError                                an analysis task did not give a result
    │   ├── TaskFailedError                      … its status is "failed" or "canceled" (.task, .reason)
    │   └── TaskTimeoutError                     … it was not done before the deadline (.task)
    └── WebhookVerificationError                 a webhook delivery to refuse (twelvelabs_analyze.webhooks)
        ├── MissingSignatureError                … it has no TL-Signature header
        ├── MalformedSignatureError              … its TL-Signature header cannot be read
        ├── InvalidSignatureError                … no signature matches: forged, altered or another secret
        ├── ExpiredSignatureError                … signed too long ago, or too far ahead (.timestamp, .age)
        └── MalformedEventError                  … genuine, but the body is not an event (.body)

Input that cannot be sent (a bad ``video_id``, an unknown ``type`` …) raises ``ValueError`` or
``TypeError`` naming the parameter, before any request. Nothing an error carries contains the API
key — its message, notes and every attribute (a task, stream events, a body, a redacted copy of
the response) are masked when the error is made — so errors can be logged, printed and pickled.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx

from ._secrets import redacted, secrets_in_scope

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ExpiredSignatureError",
    "InternalServerError",
    "InvalidSignatureError",
    "MalformedEventError",
    "MalformedSignatureError",
    "MissingAPIKeyError",
    "MissingSignatureError",
    "NotFoundError",
    "OutputTruncatedError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamInterruptedError",
    "StreamTimeoutError",
    "TaskError",
    "TaskFailedError",
    "TaskTimeoutError",
    "TwelveLabsError",
    "UploadError",
    "WebhookVerificationError",
]


def _masked(value: Any) -> Any:
    """``value`` with every key in scope masked (see ``_secrets``); the same object when there is none."""
    for secret in secrets_in_scope():
        value = redacted(value, secret)
    return value


def _restore(cls: type[TwelveLabsError], message: str) -> TwelveLabsError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    return error


class TwelveLabsError(Exception):
    """Base class of every error this library raises. ``attempts`` counts the HTTP attempts made.

    ``task_id`` is the analysis task the error concerns, once one exists (``tasks.wait``,
    ``tasks.create_and_wait``); ``None`` otherwise.
    """

    attempts: int = 0
    task_id: str | None = None

    def __init__(self, message: str) -> None:
        message = _masked(message)
        super().__init__(message)
        self.message: str = message

    # One rule for everything an error carries, whichever subclass or code sets it.
    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, _masked(value))

    def add_note(self, note: str, /) -> None:
        super().add_note(_masked(note))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors cannot be rebuilt from ``args``: restore the state instead.
        return (_restore, (type(self), self.message), dict(self.__dict__))


class MissingAPIKeyError(TwelveLabsError, ValueError):
    """No API key was passed and the environment variable is not set."""


class APIConnectionError(TwelveLabsError):
    """The request failed before a whole response arrived (DNS, refused connection, reset …)."""


class APITimeoutError(APIConnectionError):
    """An attempt (``timeout``) or the whole call (``total_timeout``) ran out of time."""


class StreamInterruptedError(APIConnectionError):
    """A stream broke after some events arrived, or ended without its final event; nothing is replayed.

    ``text`` is the text the events carried, ``event_count`` how many arrived; ``events`` holds
    them when the stream kept them (``stream.keep_events()``), else it is empty.
    """

    def __init__(self, message: str, *, events: list[Any], text: str, event_count: int | None = None) -> None:
        super().__init__(message)
        self.events: list[Any] = events
        self.text: str = text
        self.event_count: int = len(events) if event_count is None else event_count


class StreamTimeoutError(StreamInterruptedError, APITimeoutError):
    """A stream ran out of time after events arrived: a read waited longer than ``timeout``, or
    the call passed ``total_timeout``. Both a :class:`StreamInterruptedError` (``.text``,
    ``.event_count``) and an :class:`APITimeoutError`."""


class APIResponseValidationError(TwelveLabsError):
    """A 2xx response whose body is not JSON or not the documented shape; ``body`` keeps the raw text.

    ``line_number`` is the line of a line-framed answer (a stream, JSON Lines results) that was
    refused, counted from 1; ``None`` for a whole-body answer.
    """

    line_number: int | None = None

    def __init__(self, message: str, *, body: str, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.body: str = body
        self.response: httpx.Response | None = response
        self.status_code: int | None = response.status_code if response is not None else None


class OutputTruncatedError(APIResponseValidationError):
    """The model stopped at its length limit (``finish_reason == "length"``) and the output is unusable.

    ``partial`` is the text that did arrive, ``warning`` the API's explanation (``error.message``).
    """

    def __init__(
        self,
        message: str,
        *,
        partial: str,
        warning: str | None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message, body=partial, response=response)
        self.partial: str = partial
        self.warning: str | None = warning


class APIStatusError(TwelveLabsError):
    """The API answered with a non-2xx status.

    ``code``/``message``/``docs_url`` come from the API's JSON error body when there is one;
    ``body`` is the parsed JSON (or the raw text when the body is not JSON).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        code: str | None,
        docs_url: str | None,
    ) -> None:
        super().__init__(message)
        self.response: httpx.Response = response
        self.status_code: int = response.status_code
        self.headers: httpx.Headers = response.headers
        self.body: Any = body
        self.code: str | None = code
        self.docs_url: str | None = docs_url


class BadRequestError(APIStatusError):
    """400: the request was rejected, e.g. ``parameter_invalid``."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or invalid (``api_key_invalid``)."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this resource."""


class NotFoundError(APIStatusError):
    """404: no such resource (a video, a task) — or no such endpoint (a wrong base URL)."""


class ConflictError(APIStatusError):
    """409: the resource is in a state that forbids this (e.g. deleting a task that is processing)."""


class RateLimitError(APIStatusError):
    """429: too many requests.

    ``retry_after`` is how many seconds to wait (from ``Retry-After`` or ``X-Ratelimit-Reset``),
    ``reset_at`` when the window resets (aware UTC datetime), ``limit``/``remaining`` the
    ``X-Ratelimit-*`` figures; each is ``None`` when the server did not say.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        code: str | None,
        docs_url: str | None,
        retry_after: float | None,
        reset_at: datetime | None,
        limit: int | None,
        remaining: int | None,
    ) -> None:
        super().__init__(message, response=response, body=body, code=code, docs_url=docs_url)
        self.retry_after: float | None = retry_after
        self.reset_at: datetime | None = reset_at
        self.limit: int | None = limit
        self.remaining: int | None = remaining


class InternalServerError(APIStatusError):
    """5xx: the API failed; retried automatically."""


class UploadError(TwelveLabsError):
    """An upload did not finish: a part was refused past the retry budget, the session failed or expired,
    the API's answers contradict each other. ``upload_id``/``asset_id``: the session's (``None`` before
    one exists); ``chunk_index``: the part concerned (1-based, or ``None``). Presigned URLs show with
    their query string masked. ``upload(..., resume=True)`` picks the session up where it stopped.
    """

    def __init__(
        self,
        message: str,
        *,
        upload_id: str | None = None,
        asset_id: str | None = None,
        chunk_index: int | None = None,
    ) -> None:
        super().__init__(message)
        self.upload_id: str | None = upload_id
        self.asset_id: str | None = asset_id
        self.chunk_index: int | None = chunk_index


class TaskError(TwelveLabsError):
    """An analysis task did not give a result; ``task`` is its last known state."""

    def __init__(self, message: str, *, task: Any) -> None:
        super().__init__(message)
        self.task: Any = task


class TaskFailedError(TaskError):
    """The task ended without a result (status ``failed`` or ``canceled``); ``reason`` is the API's ``error.message`` (or ``None``)."""

    def __init__(self, message: str, *, task: Any, reason: str | None) -> None:
        super().__init__(message, task=task)
        self.reason: str | None = reason


class TaskTimeoutError(TaskError):
    """The task was not ready or failed before the deadline given to ``wait``; it may still finish."""


class WebhookVerificationError(TwelveLabsError):
    """A webhook delivery that :func:`twelvelabs_analyze.webhooks.verify` refuses: do not act on it.

    Messages never contain the secret, and say nothing about what the right signature would be.
    """


class MissingSignatureError(WebhookVerificationError):
    """The request has no ``TL-Signature`` header (not sent by TwelveLabs, or the header was dropped)."""


class MalformedSignatureError(WebhookVerificationError):
    """The ``TL-Signature`` header is not ``t=<unix seconds>,v1=<hex>``: no (or two) ``t``, no ``v1``."""


class InvalidSignatureError(WebhookVerificationError):
    """No ``v1`` signature matches: forged, a body changed on the way (parsed and re-serialized
    counts), or signed with another secret."""


class ExpiredSignatureError(WebhookVerificationError):
    """The signature is genuine but its timestamp is outside the tolerance: older (a replayed or
    long-delayed delivery) or further in the future (a clock far off).

    ``timestamp`` is the header's ``t`` (Unix seconds), ``age`` how old it was when checked (seconds;
    negative when in the future), ``tolerance`` the allowance it exceeded.
    """

    def __init__(self, message: str, *, timestamp: int, age: float, tolerance: float) -> None:
        super().__init__(message)
        self.timestamp: int = timestamp
        self.age: float = age
        self.tolerance: float = tolerance


class MalformedEventError(WebhookVerificationError):
    """The signature is genuine but the body is not a TwelveLabs event (not JSON, no ``type`` …).

    ``body`` keeps the raw bytes that were signed.
    """

    def __init__(self, message: str, *, body: bytes) -> None:
        super().__init__(message)
        self.body: bytes = body
