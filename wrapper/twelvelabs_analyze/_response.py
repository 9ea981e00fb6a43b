"""What a call returns besides the parsed result: status, headers, rate-limit figures."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Generic, TypeVar

import httpx
from attrs import define, frozen

from ._headers import parse_count, parse_reset_at

__all__ = ["RateLimitInfo", "RawResponse", "response_text"]

T = TypeVar("T")


def response_text(response: httpx.Response) -> str:
    """The body as text, in the charset the response declares, or UTF-8 when that cannot work.

    httpx hands any codec name from ``Content-Type: …; charset=`` to ``codecs``, so a hostile or
    broken server makes ``response.text`` raise TypeError (``rot13``), AssertionError (``base64``,
    ``zlib``) or UnicodeError (``idna``, ``utf-16`` without a BOM, ``undefined``).
    """
    try:
        return response.text
    except Exception:  # whatever the codec raised; the bytes are still there
        return response.content.decode("utf-8", errors="replace")


@frozen
class RateLimitInfo:
    """The ``X-Ratelimit-*`` headers of a response; ``None`` where the server sent none or nonsense
    (see ``_headers`` for what is believed)."""

    limit: int | None
    remaining: int | None
    used: int | None
    reset_at: datetime | None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], now: float | None = None) -> RateLimitInfo:
        """Read the figures from response headers (``now``: epoch seconds, to judge a reset time; the clock by default)."""
        return cls(
            limit=parse_count(headers, "x-ratelimit-limit"),
            remaining=parse_count(headers, "x-ratelimit-remaining"),
            used=parse_count(headers, "x-ratelimit-used"),
            reset_at=parse_reset_at(headers, now),
        )


@define
class RawResponse(Generic[T]):
    """A successful call with its HTTP details (``client.with_raw_response.…``).

    ``endpoint`` says which endpoint answered (``"POST /analyze"``): for ``gist``/``summarize``
    it is the legacy endpoint, or ``/analyze`` when the client serves them through it.
    The request kept in ``http_response`` has the API key masked.
    """

    parsed: T
    http_response: httpx.Response
    attempts: int
    elapsed: float  # seconds, all attempts and waits included
    endpoint: str = ""

    @property
    def status_code(self) -> int:
        """The HTTP status of the answer (200, 202 …)."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def rate_limit(self) -> RateLimitInfo:
        """The ``X-Ratelimit-*`` figures of this answer."""
        return RateLimitInfo.from_headers(self.http_response.headers)
