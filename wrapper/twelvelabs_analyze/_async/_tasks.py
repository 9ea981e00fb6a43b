"""Asynchronous tasks: ``create`` that never leaves two tasks, ``wait(task_id)``, ``create_and_wait(...)``.

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
  ``error.message``) for a failed one (``failed``, ``canceled``), and ``TaskTimeoutError`` when
  ``timeout`` seconds pass first. Any other status — one the spec does not list yet included —
  means the task is not done: polling goes on and ``on_progress`` sees the status.

Every error it raises carries the task's id (``task_id``). ``create_and_wait`` checks its wait
options before creating the task, and once the task exists says how to pick it up on any error.

It runs inline — no background thread or task — so cancelling the caller (Ctrl-C, asyncio
cancellation) stops it, and nothing keeps polling.

Creating a task is not idempotent, and the API has no idempotency key; a create whose answer is
lost (a timeout, a connection closed after sending, a 5xx) may have created the task, and
sending it again would create a second one. So ``create`` gives every task a ``custom_id``
before sending it — :func:`~twelvelabs_analyze._polling.new_custom_id` unless the caller chose one — and after
such a failure looks the task up by it in the list (narrowed to the same video URL or asset id,
newest first, at most ``MAX_LOOKUP_PAGES`` pages) before sending again, and before raising
the last error. A task found is returned as if the create had answered. A ``custom_id`` the
caller made up is not unique by the API: only a task created since the call began (by the
server's ``created_at``, allowing ``CLOCK_TOLERANCE`` seconds between the clocks) counts as
this call's. One that ``new_custom_id()`` made (the caller may make it first, to record it
before the call) is unique, and counts whenever the task was created. If the lookup itself fails, the call ends with the create's error and a note with
the custom id, rather than risk a second task. What no lookup can see is a task the server
creates only after it (an answer lost while the server was still creating): the API offers no
way to close that gap.

This is the hand-written async source; ``_sync/_tasks.py`` is generated from it.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from twelvelabs_analyze import _sleep
from twelvelabs_analyze._attempt import Attempt, logger
from twelvelabs_analyze._exceptions import (
    APIConnectionError,
    APIStatusError,
    RateLimitError,
    TaskError,
    TaskFailedError,
    TaskTimeoutError,
    TwelveLabsError,
)
from twelvelabs_analyze._options import CallOptions
from twelvelabs_analyze._polling import (
    CLOCK_TOLERANCE,
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    MAX_LOOKUP_PAGES,
    Polling,
    PollSchedule,
    TaskLookup,
    TaskProgress,
    attribute_path,
    check_wait_options,
    is_client_custom_id,
    new_custom_id,
)
from twelvelabs_analyze._response import RawResponse
from twelvelabs_analyze._secrets import redacting

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, Recovered
    from ._pagination import AsyncPage

__all__ = ["AsyncTaskCreation", "AsyncTaskWaiting"]

T = TypeVar("T")


def _may_have_created(attempt: Attempt) -> bool:
    """Whether a failed create may have created the task: no answer (the request may have
    arrived), or a 5xx (a proxy's, or a failure after the task was stored)."""
    response = attempt.response
    return response is None or response.status_code >= 500


def _unknown_outcome(error: BaseException) -> bool:
    """The same judgement from the error a create raised."""
    if isinstance(error, APIStatusError):
        return error.status_code >= 500
    return isinstance(error, APIConnectionError)


def _as_plain(value: Any) -> Any:
    """A generated model given as an argument, as its JSON (as it is sent)."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


class AsyncTaskCreation:
    """``create`` that never leaves two tasks for one call (see the module docstring)."""

    _polling: ClassVar[Polling]
    _client: AsyncAPIClient

    async def _create(
        self, arguments: dict[str, Any], *, raw: bool = False, options: CallOptions | None = None
    ) -> Any:
        polling = self._polling
        create, lookup = polling.create, polling.lookup
        assert create is not None and lookup is not None, "generated only for a namespace with a lookup"
        chosen = arguments.get(lookup.custom_id)
        custom_id = new_custom_id() if chosen is None else chosen
        arguments = {**arguments, lookup.custom_id: custom_id}
        # One the caller made up may be on earlier tasks too: only one created since now can be ours.
        unique = chosen is None or is_client_custom_id(chosen)
        since = None if unique else datetime.fromtimestamp(time.time() - CLOCK_TOLERANCE, UTC)
        unchecked: list[TwelveLabsError] = []  # a lookup that failed (its error is noted already)

        async def recover(attempt: Attempt) -> Recovered:
            if not _may_have_created(attempt):
                return None
            try:
                found = await self._lookup(
                    lookup, custom_id, attempt.prepared.arguments, since, max_pages=MAX_LOOKUP_PAGES
                )
            except TwelveLabsError as failure:
                error = attempt.error
                assert error is not None
                error.attempts = attempt.attempts
                error.add_note(
                    f"whether the task was created could not be checked ({type(failure).__name__}: "
                    f"{failure.message}); it was sent with custom_id {custom_id!r}: "
                    f"find it with client.{polling.namespace}.find_by_custom_id({custom_id!r})"
                )
                unchecked.append(error)
                raise error from None
            if found is None:
                return None
            task, listing = found
            task_id = getattr(task, polling.id_field)
            logger.info(
                "%s: attempt %d failed without an answer that says whether it created the task; "
                "task %s with custom_id %s exists: it is not created again",
                create.label,
                attempt.attempts,
                task_id,
                custom_id,
            )
            status = str(getattr(task, polling.status_field, ""))
            created = create.result.parse(
                {polling.id_field: task_id, polling.status_field: status}, attempt.prepared.arguments
            )
            return RawResponse(
                created,
                listing.http_response,
                attempt.attempts,
                time.monotonic() - attempt.started,
                create.label,
            )

        try:
            return await self._client._request(create, arguments, raw=raw, options=options, recover=recover)
        except TwelveLabsError as error:
            if _unknown_outcome(error) and error not in unchecked:
                error.add_note(
                    f"the task may have been created all the same: it was sent with custom_id {custom_id!r}; "
                    f"find it with client.{polling.namespace}.find_by_custom_id({custom_id!r})"
                )
            raise

    async def _lookup(
        self,
        lookup: TaskLookup,
        custom_id: str,
        create_arguments: Mapping[str, Any],
        created_after: datetime | None,
        *,
        max_pages: int | None = None,
    ) -> tuple[Any, RawResponse[AsyncPage[Any]]] | None:
        """The newest listed task with ``custom_id`` (created at or after ``created_after``), with
        the list's first answer; ``None`` when there is none."""
        first: RawResponse[AsyncPage[Any]] = await self._client._request(
            lookup.list, lookup.arguments(create_arguments), raw=True
        )
        last = None if max_pages is None else first.parsed.page_number + max_pages - 1
        async for page in first.parsed.iter_pages():
            for task in page.items:
                created_at = getattr(task, lookup.created_field, None)
                if (
                    created_after is not None
                    and isinstance(created_at, datetime)
                    and created_at < created_after
                ):
                    return None  # newest first: every later task is older still
                if getattr(task, lookup.custom_id, None) == custom_id and (
                    created_after is None or isinstance(created_at, datetime)
                ):
                    return task, first
            if last is not None and page.page_number >= last:
                return None
        return None


class AsyncTaskWaiting(AsyncTaskCreation, Generic[T]):
    """``wait``, ``create_and_wait`` and ``find_by_custom_id`` for a namespace whose tasks are polled until done."""

    _polling: ClassVar[Polling]
    _client: AsyncAPIClient

    async def find_by_custom_id(
        self, custom_id: str, *, video: Any = None, created_after: datetime | None = None
    ) -> T | None:
        """The newest task created with ``custom_id``, as the list shows it; ``None`` if there is none.

        ``video``: the ``video`` the task was created with; its URL or asset id narrows the list
        (a task of another video is not found). ``created_after`` (an aware datetime): only a
        task created then or later counts. Use it to pick up a task whose create may or may not
        have succeeded (a crash, a lost answer) before creating it again with the same custom id.
        """
        lookup = self._polling.lookup
        assert lookup is not None
        if not isinstance(custom_id, str):
            raise TypeError(f"custom_id must be a string, not {type(custom_id).__name__}")
        if not custom_id:
            raise ValueError("custom_id must not be empty")
        if created_after is not None and (
            not isinstance(created_after, datetime) or created_after.utcoffset() is None
        ):
            raise TypeError("created_after must be an aware datetime (with a time zone) or None")
        video = _as_plain(video)
        if video is not None and not isinstance(video, Mapping):
            raise TypeError(
                f"video must be a mapping (as given to create) or None, not {type(video).__name__}"
            )
        found = await self._lookup(
            lookup, custom_id, {"video": video} if video is not None else {}, created_after
        )
        return None if found is None else found[0]

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
                with redacting(self._client._config.api_key):  # the task may echo the key
                    failure: TaskError = TaskFailedError(
                        f"{polling.noun} {task_id} {status}"
                        + (f": {reason}" if reason else " (no reason given)"),
                        task=task,
                        reason=reason,
                    )
                del task, raw, reason  # kept out of tracebacks with locals: only the masked copies
                raise failure
            pause = schedule.after_answer(raw.rate_limit, wall=time.time())
            left = schedule.left(now)
            if left is not None:
                if left <= 0:
                    with redacting(self._client._config.api_key):
                        failure = TaskTimeoutError(
                            f"{polling.noun} {task_id} is still {status!r} after {now - schedule.started:.0f}s (timeout {timeout}s)",
                            task=task,
                        )
                    del task, raw
                    raise failure
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
