"""What a call returns besides the parsed result: status, headers, rate-limit figures."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Generic, TypeVar

import httpx
from attrs import define, frozen

from ._retry import parse_reset_at

__all__ = ["RateLimitInfo", "RawResponse"]

T = TypeVar("T")


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return int(float(value))
    except ValueError:
        return None


@frozen
class RateLimitInfo:
    """The ``X-Ratelimit-*`` headers of a response; ``None`` where the server sent none."""

    limit: int | None
    remaining: int | None
    used: int | None
    reset_at: datetime | None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimitInfo:
        return cls(
            limit=_int_header(headers, "x-ratelimit-limit"),
            remaining=_int_header(headers, "x-ratelimit-remaining"),
            used=_int_header(headers, "x-ratelimit-used"),
            reset_at=parse_reset_at(headers),
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
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def rate_limit(self) -> RateLimitInfo:
        return RateLimitInfo.from_headers(self.http_response.headers)
