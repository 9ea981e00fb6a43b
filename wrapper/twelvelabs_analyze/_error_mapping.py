"""Failed attempts as exceptions: error statuses and transport failures mapped onto the hierarchy.

Everything kept in an exception is safe to log, print and pickle: the response is a redacted copy
(no key in its request headers or body, in any spelling) and messages never quote the key.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import UTC
from typing import Any

import httpx

from ._deadline import Deadline
from ._durations import describe_duration
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from ._headers import server_wait
from ._json import BodyDecodeError, loads
from ._response import RateLimitInfo, response_text
from ._secrets import Secret, redact, redacted_response

__all__ = ["connection_error", "error_from_response", "error_text_fields", "snippet"]

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
}
SNIPPET_LENGTH = 200


def snippet(response: httpx.Response) -> str:
    """A short, single-line view of a body that is not the API's JSON, for messages."""
    text = response_text(response)[: SNIPPET_LENGTH * 8].strip()  # a huge body must not cost a full split
    if not text:
        return ""
    if "html" in response.headers.get("content-type", "") or text.startswith("<"):
        return "(an HTML error page)"
    line = " ".join(text.split())
    return line if len(line) <= SNIPPET_LENGTH else line[:SNIPPET_LENGTH] + "…"


def _text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) and value else None


def error_text_fields(body: Any) -> tuple[str | None, str | None, str | None]:
    """``(code, message, docs_url)`` of an error body: ``{code, message, docs_url}`` or ``{error: {...}}``.

    The analyze endpoints document the first shape, the task endpoints the second; both occur.
    """
    if not isinstance(body, Mapping):
        return None, None, None
    nested = body.get("error")
    if isinstance(nested, Mapping) and not _text(body, "code"):
        body = nested
    return _text(body, "code"), _text(body, "message"), _text(body, "docs_url")


def error_from_response(
    response: httpx.Response, secret: Secret | None, now: float | None = None
) -> APIStatusError:
    """The ``APIStatusError`` subclass for a non-2xx response whose body has been read."""
    kept = redacted_response(response, secret)
    status = kept.status_code
    body: Any = None
    if kept.content:
        try:
            body = loads(kept.content)  # masked as text: JSON escapes cannot spell the key unseen
        except BodyDecodeError:
            body = response_text(kept)
    code, message, docs_url = error_text_fields(body)
    if code and message:
        text = f"{status} {code}: {message}"
    elif message or code:
        text = f"{status}: {message or code}"
    else:
        shown = snippet(kept) if not isinstance(body, Mapping) else ""
        text = f"{status} {kept.reason_phrase or 'error'}" + (f": {shown}" if shown else "")
    text = redact(text, secret)
    common: dict[str, Any] = {"response": kept, "body": body, "code": code, "docs_url": docs_url}
    if status == 429:
        now = time.time() if now is None else now
        info = RateLimitInfo.from_headers(kept.headers, now)
        retry_after = server_wait(status, kept.headers, now)
        if info.reset_at is not None:
            text += f" (rate limit resets at {info.reset_at.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC"
            text += f", in {describe_duration(retry_after)})" if retry_after is not None else ")"
        elif retry_after is not None:
            text += f" (retry after {describe_duration(retry_after)})"
        return RateLimitError(
            text,
            **common,
            retry_after=retry_after,
            reset_at=info.reset_at,
            limit=info.limit,
            remaining=info.remaining,
        )
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(text, **common)


def connection_error(
    exc: httpx.RequestError, where: str, deadline: Deadline | None, secret: Secret | None
) -> APIConnectionError:
    """A transport failure as ``APIConnectionError``/``APITimeoutError``; the httpx request is not kept.

    ``deadline`` is the one the attempt ran under: a timeout names it.
    """
    if isinstance(exc, httpx.TimeoutException):
        limit = deadline.describe() if deadline is not None else "httpx's timeout"
        text = f"request timed out: no complete response within {limit} ({type(exc).__name__}): {where}"
        return APITimeoutError(redact(text, secret))
    detail = str(exc) or type(exc).__name__
    return APIConnectionError(redact(f"connection error: {detail} ({type(exc).__name__}): {where}", secret))
