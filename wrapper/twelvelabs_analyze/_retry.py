"""Retry policy as pure functions, shared by the sync and async clients."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY, RETRY_JITTER, RETRYABLE_STATUSES
from ._headers import server_wait

__all__ = ["backoff_delay", "plan_retry", "retry_delay", "should_retry"]


def should_retry(status: int | None) -> bool:
    """Whether a failed attempt is worth repeating; ``None`` means no response (connection error, timeout)."""
    return status is None or status in RETRYABLE_STATUSES or status >= 500


def backoff_delay(retries_done: int, rand: Callable[[], float] = random.random) -> float:
    """Exponential backoff 0.5·2ⁿ s capped at 8 s, minus up to 25 % jitter."""
    base: float = min(INITIAL_RETRY_DELAY * 2.0 ** min(retries_done, 64), MAX_RETRY_DELAY)
    return base * (1 - RETRY_JITTER * rand())


def retry_delay(
    retries_done: int,
    status: int | None,
    headers: Mapping[str, str] | None,
    now: float,
    rand: Callable[[], float] = random.random,
) -> float:
    """How long to wait before the next attempt: the server's word first, then backoff."""
    told = server_wait(status, headers, now)
    return told if told is not None else backoff_delay(retries_done, rand)


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
