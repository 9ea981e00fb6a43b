"""Every error a call can raise.

Hierarchy::

    TwelveLabsError
    ├── MissingAPIKeyError (also ValueError)     no key given and TWELVELABS_API_KEY unset
    ├── APIConnectionError                       the request did not get a response
    │   └── APITimeoutError                      … because it timed out
    ├── APIResponseValidationError               2xx, but the body is not the documented shape
    └── APIStatusError                           the API answered with an error status
        ├── BadRequestError                      400
        ├── AuthenticationError                  401
        ├── PermissionDeniedError                403
        ├── NotFoundError                        404
        ├── RateLimitError                       429
        └── InternalServerError                  >= 500

Input that cannot be sent (a bad ``video_id``, an unknown ``type`` …) raises ``ValueError`` or
``TypeError`` before any request. Messages never contain the API key.
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
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "TwelveLabsError",
]


class TwelveLabsError(Exception):
    """Base class of every error this library raises. ``attempts`` counts the HTTP attempts made."""

    attempts: int = 0

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class MissingAPIKeyError(TwelveLabsError, ValueError):
    """No API key was passed and the environment variable is not set."""


class APIConnectionError(TwelveLabsError):
    """The request failed before a response arrived (DNS, refused connection, reset …)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(TwelveLabsError):
    """A 2xx response whose body is not JSON or not the documented shape; ``body`` keeps the raw text."""

    def __init__(self, message: str, *, body: str, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.body = body
        self.response = response
        self.status_code = response.status_code if response is not None else None


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
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.code = code
        self.docs_url = docs_url


class BadRequestError(APIStatusError):
    """400: the request was rejected, e.g. ``parameter_invalid``."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or invalid (``api_key_invalid``)."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this resource."""


class NotFoundError(APIStatusError):
    """404: no such resource (e.g. a wrong base URL)."""


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
        self.retry_after = retry_after
        self.reset_at = reset_at
        self.limit = limit
        self.remaining = remaining


class InternalServerError(APIStatusError):
    """5xx: the API failed; retried automatically."""
