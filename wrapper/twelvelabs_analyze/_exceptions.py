"""Every error a call can raise.

Hierarchy::

    TwelveLabsError
    ├── MissingAPIKeyError (also ValueError)     no key given and TWELVELABS_API_KEY unset
    ├── APIConnectionError                       the request did not get a (whole) response
    │   ├── APITimeoutError                      … because an attempt or the call ran out of time
    │   └── StreamInterruptedError               … a stream broke after events arrived (.events, .text)
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
    └── TaskError                                an analysis task did not give a result
        ├── TaskFailedError                      … its status is "failed" or "canceled" (.task, .reason)
        └── TaskTimeoutError                     … it was not done before the deadline (.task)

Input that cannot be sent (a bad ``video_id``, an unknown ``type`` …) raises ``ValueError`` or
``TypeError`` naming the parameter, before any request. Messages never contain the API key, and
the responses that errors keep are redacted copies: errors can be logged, printed and pickled.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "OutputTruncatedError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamInterruptedError",
    "TaskError",
    "TaskFailedError",
    "TaskTimeoutError",
    "TwelveLabsError",
]


def _restore(cls: type[TwelveLabsError], message: str) -> TwelveLabsError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    return error


class TwelveLabsError(Exception):
    """Base class of every error this library raises. ``attempts`` counts the HTTP attempts made."""

    attempts: int = 0

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message: str = message

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
    """A stream broke after some events arrived; nothing is replayed.

    ``events`` holds every event received, ``text`` the text they carried.
    """

    def __init__(self, message: str, *, events: list[Any], text: str) -> None:
        super().__init__(message)
        self.events: list[Any] = events
        self.text: str = text


class APIResponseValidationError(TwelveLabsError):
    """A 2xx response whose body is not JSON or not the documented shape; ``body`` keeps the raw text."""

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
