"""Waiting for asynchronous tasks: ``wait(task_id)`` and ``create_and_wait(...)``.

Added to a namespace's generated resource class (``client.analyze_async.tasks``) by
``openapi/client.yaml``, which also says which operation retrieves a task, which field holds its
status and which statuses end it (checked against the spec when generating). The loop:

* retrieves the task at once — a task that is already done returns (or raises) immediately, and
  ``on_progress`` is called for it too;
* otherwise pauses as :class:`~twelvelabs_analyze._polling.PollSchedule` says: ``poll_interval``
  seconds, growing by half each time up to ``max_poll_interval``; a response whose
  ``X-Ratelimit-Remaining`` is 0 pushes the next poll to the window's reset, and a 429 that the
  client did not retry waits for its ``Retry-After``; after either, never less than
  ``MIN_PAUSE_AFTER_RATE_LIMIT`` (1 s), whatever the server said;
* stops with the task when its status is a done one, raises ``TaskFailedError`` (with the task's
  ``error.message``) for a failed one, and ``TaskTimeoutError`` when ``timeout`` seconds pass first.

Every error it raises carries the task's id (``task_id``). ``create_and_wait`` checks its wait
options before creating the task, and once the task exists says how to pick it up on any error.

It runs inline — no background thread or task — so cancelling the caller (Ctrl-C, asyncio
cancellation) stops it, and nothing keeps polling.
This is the hand-written async source; ``_sync/_tasks.py`` is generated from it.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from twelvelabs_analyze import _sleep
from twelvelabs_analyze._exceptions import RateLimitError, TaskFailedError, TaskTimeoutError, TwelveLabsError
from twelvelabs_analyze._polling import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    Polling,
    PollSchedule,
    TaskProgress,
    attribute_path,
    check_wait_options,
)
from twelvelabs_analyze._response import RawResponse

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient

__all__ = ["AsyncTaskWaiting"]

T = TypeVar("T")


class AsyncTaskWaiting(Generic[T]):
    """``wait`` and ``create_and_wait`` for a namespace whose tasks are polled until done."""

    _polling: ClassVar[Polling]
    _client: AsyncAPIClient

    async def wait(
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
        (``NotFoundError`` for an unknown id …); each carries ``task_id``.
        """
        check_wait_options(
            {
                "poll_interval": poll_interval,
                "max_poll_interval": max_poll_interval,
                "timeout": timeout,
                "on_progress": on_progress,
            },
            "wait",
        )
        try:
            return await self._poll(task_id, poll_interval, max_poll_interval, timeout, on_progress)
        except TwelveLabsError as error:
            error.task_id = task_id
            raise

    async def _poll(
        self,
        task_id: str,
        poll_interval: float,
        max_poll_interval: float,
        timeout: float | None,
        on_progress: Callable[[TaskProgress[Any]], object] | None,
    ) -> T:
        polling = self._polling
        schedule = PollSchedule(poll_interval, max_poll_interval, timeout, now=time.monotonic())
        polls = 0
        while True:
            try:
                raw: RawResponse[T] = await self._client._request(
                    polling.retrieve, {polling.id_parameter: task_id}, raw=True
                )
            except RateLimitError as error:  # longer than the client's own max_retry_wait
                pause = schedule.after_rate_limit(error.retry_after)
                left = schedule.left(time.monotonic())
                if left is not None and pause > left:
                    raise
                await _sleep.async_sleep(pause)
                continue
            polls += 1
            task = raw.parsed
            status = str(getattr(task, polling.status_field, ""))
            now = time.monotonic()
            if on_progress is not None:
                on_progress(TaskProgress(task, status, now - schedule.started, polls))
            if status in polling.done:
                return task
            if status in polling.failed:
                reason = attribute_path(task, polling.error_message)
                raise TaskFailedError(
                    f"task {task_id} failed" + (f": {reason}" if reason else " (no reason given)"),
                    task=task,
                    reason=reason,
                )
            pause = schedule.after_answer(raw.rate_limit, wall=time.time())
            left = schedule.left(now)
            if left is not None:
                if left <= 0:
                    raise TaskTimeoutError(
                        f"task {task_id} is still {status!r} after {now - schedule.started:.0f}s (timeout {timeout}s)",
                        task=task,
                    )
                pause = min(pause, left)
            await _sleep.async_sleep(pause)

    async def _create_and_wait(self, arguments: dict[str, Any], wait: Mapping[str, object]) -> T:
        """``create_and_wait``: every argument checked, then the task created and waited for.

        Once the task exists, whatever ends the wait (an error, Ctrl-C, cancellation) carries the
        task's id (``task_id``) and — unless the task failed, which is final — a note saying how
        to pick it up.
        """
        options = check_wait_options(wait, "create_and_wait")
        created = await self.create(**arguments)  # type: ignore[attr-defined] # the generated create
        task_id = str(getattr(created, self._polling.id_field))
        try:
            return await self.wait(task_id, **options)
        except BaseException as error:
            if not isinstance(error, TwelveLabsError):
                with contextlib.suppress(AttributeError, TypeError):  # a built-in without __dict__
                    error.task_id = task_id  # type: ignore[attr-defined]
            if not isinstance(error, TaskFailedError):
                error.add_note(
                    f"task {task_id} was created and goes on; pick it up with "
                    f"client.{self._polling.namespace}.wait({task_id!r})"
                )
            raise
