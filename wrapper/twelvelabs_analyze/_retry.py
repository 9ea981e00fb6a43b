"""Retry policy as pure functions, shared by the sync and async clients."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY, RETRY_JITTER, RETRYABLE_STATUSES

__all__ = ["parse_reset_at", "parse_retry_after", "plan_retry", "retry_delay", "should_retry"]


def should_retry(status: int | None) -> bool:
    """Whether a failed attempt is worth repeating; ``None`` means no response (connection error, timeout)."""
    return status is None or status in RETRYABLE_STATUSES or status >= 500


def _non_negative_float(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def parse_retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds to wait according to ``Retry-After-Ms`` or ``Retry-After`` (seconds or an HTTP date)."""
    millis = _non_negative_float(headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000
    value = headers.get("retry-after")
    seconds = _non_negative_float(value)
    if seconds is not None or value is None:
        return seconds
    from email.utils import parsedate_to_datetime  # noqa: PLC0415 - rare path; keeps import light

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def parse_reset_at(headers: Mapping[str, str]) -> datetime | None:
    """``X-Ratelimit-Reset`` (UTC epoch seconds) as an aware datetime."""
    seconds = _non_negative_float(headers.get("x-ratelimit-reset"))
    if seconds is None:
        return None
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def backoff_delay(retries_done: int, rand: Callable[[], float] = random.random) -> float:
    """Exponential backoff 0.5·2ⁿ s capped at 8 s, minus up to 25 % jitter."""
    base: float = min(INITIAL_RETRY_DELAY * 2.0**retries_done, MAX_RETRY_DELAY)
    return base * (1 - RETRY_JITTER * rand())


def retry_delay(
    retries_done: int,
    status: int | None,
    headers: Mapping[str, str] | None,
    now: float,
    rand: Callable[[], float] = random.random,
) -> float:
    """How long to wait before the next attempt: the server's word first, then backoff."""
    if headers is not None:
        told = parse_retry_after(headers, now)
        if told is not None:
            return told
        if status == 429:
            reset_at = parse_reset_at(headers)
            if reset_at is not None:
                return max(0.0, reset_at.timestamp() - now)
    return backoff_delay(retries_done, rand)


def plan_retry(
    retries_done: int,
    max_retries: int,
    max_retry_wait: float,
    status: int | None,
    headers: Mapping[str, str] | None,
    now: float,
    rand: Callable[[], float] = random.random,
) -> float | None:
    """Seconds to wait before retrying, or ``None`` when the error should be raised now.

    Raised now: a non-retryable status, retries exhausted, or a required wait longer than
    ``max_retry_wait`` (a daily rate-limit window must not block a call for hours).
    """
    if retries_done >= max_retries or not should_retry(status):
        return None
    wait = retry_delay(retries_done, status, headers, now, rand)
    return wait if wait <= max_retry_wait else None
