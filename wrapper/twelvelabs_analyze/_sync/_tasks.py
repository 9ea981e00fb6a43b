"""Waiting for asynchronous tasks: ``wait(task_id)`` and ``create_and_wait(...)``.

Added to a namespace's generated resource class (``client.analyze_async.tasks``) by
``openapi/client.yaml``, which also says which operation retrieves a task, which field holds its
status and which statuses end it (checked against the spec when generating). The loop:

* retrieves the task at once — a task that is already done returns (or raises) immediately, and
  ``on_progress`` is called for it too;
* otherwise sleeps ``poll_interval`` seconds, growing by half each time up to
  ``max_poll_interval``; a response whose ``X-Ratelimit-Remaining`` is 0 pushes the next poll to
  the window's reset, and a 429 that the client did not retry waits for its ``Retry-After``;
* stops with the task when its status is a done one, raises ``TaskFailedError`` (with the task's
  ``error.message``) for a failed one (``failed``, ``canceled``), and ``TaskTimeoutError`` when
  ``timeout`` seconds pass first. Any other status — one the spec does not list yet included —
  means the task is not done: polling goes on and ``on_progress`` sees the status.

It runs inline — no background thread or task — so cancelling the caller (Ctrl-C, asyncio
cancellation) stops it, and nothing keeps polling.
Generated from ``_async/_tasks.py`` by scripts/unasync.py — do not edit; change the async source.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from twelvelabs_analyze import _sleep
from twelvelabs_analyze._exceptions import RateLimitError, TaskFailedError, TaskTimeoutError
from twelvelabs_analyze._polling import (
    BACKOFF_FACTOR,
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Polling,
    TaskProgress,
    attribute_path,
    check_seconds,
)
from twelvelabs_analyze._response import RawResponse

if TYPE_CHECKING:
    from ._base_client import APIClient

__all__ = ["TaskWaiting"]

T = TypeVar("T")


class TaskWaiting(Generic[T]):
    """``wait`` and ``create_and_wait`` for a namespace whose tasks are polled until done."""

    _polling: ClassVar[Polling]
    _client: APIClient

    def wait(
        self,
        task_id: str,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: Callable[[TaskProgress[Any]], object] | None = None,
    ) -> T:
        """Poll the task until it is done and return it; see the module docstring for the rules.

        Raises ``TaskFailedError`` when it failed, ``TaskTimeoutError`` when ``timeout`` seconds
        passed first (the task goes on; wait again to pick it up), and the client's errors
        (``NotFoundError`` for an unknown id …).
        """
        check_seconds("poll_interval", poll_interval, allow_zero=False)  # 0 would poll without pause
        check_seconds("max_poll_interval", max_poll_interval, allow_zero=True)
        if timeout is not None:
            check_seconds("timeout", timeout, allow_zero=True)
        polling = self._polling
        started = time.monotonic()
        deadline = None if timeout is None else started + timeout
        interval = poll_interval
        polls = 0
        while True:
            try:
                raw: RawResponse[T] = self._client._request(
                    polling.retrieve, {polling.id_parameter: task_id}, raw=True
                )
            except RateLimitError as error:  # longer than the client's own max_retry_wait
                pause = error.retry_after if error.retry_after is not None else interval
                if deadline is not None and time.monotonic() + pause > deadline:
                    raise
                _sleep.sleep(pause)
                continue
            polls += 1
            task = raw.parsed
            status = str(getattr(task, polling.status_field, ""))
            if on_progress is not None:
                on_progress(TaskProgress(task, status, time.monotonic() - started, polls))
            if status in polling.done:
                return task
            if status in polling.failed:
                reason = attribute_path(task, polling.error_message)
                raise TaskFailedError(
                    f"task {task_id} {status}" + (f": {reason}" if reason else " (no reason given)"),
                    task=task,
                    reason=reason,
                )
            pause = interval
            info = raw.rate_limit
            if info.remaining == 0 and info.reset_at is not None:
                pause = max(pause, info.reset_at.timestamp() - time.time())
            now = time.monotonic()
            if deadline is not None:
                if now >= deadline:
                    raise TaskTimeoutError(
                        f"task {task_id} is still {status!r} after {now - started:.0f}s (timeout {timeout}s)",
                        task=task,
                    )
                pause = min(pause, deadline - now)
            _sleep.sleep(pause)
            interval = min(interval * BACKOFF_FACTOR, max(max_poll_interval, poll_interval))
