"""The numeric and date headers the client acts on, read safely, and the one answer to
"how long does the server ask us to wait".

Every reader returns ``None`` for anything it cannot trust and never raises: a missing header, text
that is not a plain decimal number (``inf``, ``nan``, ``1e400``, ``-3``, ``1_000``, ``٣`` …), an
HTTP date that does not parse or overflows, and values beyond these bounds:

* a wait (``Retry-After``, ``Retry-After-Ms``) longer than :data:`MAX_SERVER_WAIT` (a year);
* an ``X-Ratelimit-Reset`` more than :data:`MAX_SERVER_WAIT` away from now, in either direction
  (the API documents it as UTC epoch seconds; ``60`` would be 1970, i.e. not an epoch time);
* an ``X-Ratelimit-Limit``/``-Remaining``/``-Used`` count above :data:`MAX_COUNT`.

An HTTP date in the past means "no wait" (``0.0``), as does a reset that has just passed.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime

__all__ = [
    "MAX_COUNT",
    "MAX_SERVER_WAIT",
    "parse_count",
    "parse_reset_at",
    "parse_retry_after",
    "server_wait",
]

MAX_SERVER_WAIT = 366 * 24 * 3600.0  # seconds; a server asking for more than a year is not believed
MAX_COUNT = 10**15  # rate-limit figures above this are not believed
_MAX_NUMBER_LENGTH = 32  # characters: more than any honest number here, little work for a hostile one
_MAX_DATE_LENGTH = 64  # an IMF-fixdate is 29 characters
# ASCII digits only: float() would also take "inf", "1e400", "1_000" and non-ASCII digits.
_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+", re.ASCII)


def _decimal(text: str | None) -> float | None:
    """A non-negative plain decimal number (``7``, ``0.5``), else ``None``."""
    if text is None or len(text) > _MAX_NUMBER_LENGTH:
        return None
    text = text.strip()
    return float(text) if _DECIMAL.fullmatch(text) else None


def _wait(seconds: float | None) -> float | None:
    return seconds if seconds is not None and seconds <= MAX_SERVER_WAIT else None


def _http_date_wait(text: str, now: float) -> float | None:
    """Seconds from ``now`` until an HTTP date; 0 for a date in the past."""
    if len(text) > _MAX_DATE_LENGTH:
        return None
    from email.utils import parsedate_to_datetime  # noqa: PLC0415 - rare path; keeps import light

    try:
        when = parsedate_to_datetime(text)
        if when.tzinfo is None:  # "-0000": UTC by RFC 5322
            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - now
    except (TypeError, ValueError, IndexError, OverflowError, OSError):
        # parsedate_to_datetime raises all of these on hostile text ("+99999999999999" overflows).
        return None
    return _wait(max(0.0, seconds))


def parse_retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds to wait according to ``Retry-After-Ms``, else ``Retry-After`` (seconds or an HTTP date)."""
    millis = _decimal(headers.get("retry-after-ms"))
    if millis is not None and (wait := _wait(millis / 1000)) is not None:
        return wait
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _decimal(value)
    if seconds is not None:
        return _wait(seconds)
    return _http_date_wait(value, now)


def parse_reset_at(headers: Mapping[str, str], now: float | None = None) -> datetime | None:
    """``X-Ratelimit-Reset`` (UTC epoch seconds) as an aware datetime; ``now`` defaults to the clock."""
    seconds = _decimal(headers.get("x-ratelimit-reset"))
    if seconds is None:
        return None
    if abs(seconds - (time.time() if now is None else now)) > MAX_SERVER_WAIT:
        return None
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):  # only with an absurd ``now``
        return None


def parse_count(headers: Mapping[str, str], name: str) -> int | None:
    """An ``X-Ratelimit-*`` count (a fraction is truncated), else ``None``."""
    value = _decimal(headers.get(name))
    return int(value) if value is not None and value <= MAX_COUNT else None


def server_wait(status: int | None, headers: Mapping[str, str] | None, now: float) -> float | None:
    """How long the server asks us to wait before the next request, in seconds, or ``None``.

    In order: ``Retry-After-Ms``, ``Retry-After`` (seconds or an HTTP date) and, for a 429 only,
    the time until ``X-Ratelimit-Reset``. ``now`` is ``time.time()``. The result is within
    ``[0, MAX_SERVER_WAIT]``.
    """
    if headers is None:
        return None
    told = parse_retry_after(headers, now)
    if told is not None or status != 429:
        return told
    reset_at = parse_reset_at(headers, now)
    return None if reset_at is None else max(0.0, reset_at.timestamp() - now)
