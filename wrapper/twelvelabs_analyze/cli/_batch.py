"""The batch engine: N asyncio workers, one results file, a shared rate-limit gate.

Workers take video ids from a queue and run a job for each: a :class:`CallJob` (one request:
gist, summarize, analyze) or a :class:`TaskJob` (an analysis task: create it, then poll it until
it is done). Every request goes through the :class:`~._pacer.Pacer`, polls included. Each line is
appended (and fsync-ed) by one writer at a time as soon as it is known.

A task job gives every task it creates a ``custom_id`` of its own and writes it down (``"ok":
null, "status": "creating", "custom_id": …``, fsync-ed) *before* the create request is sent. When
the outcome is unknown — a timeout, a connection lost, a 5xx, or a run killed before the answer
reached the file — it looks the task up by that ``custom_id`` (listing the video's tasks) before
creating another, on the spot or in the next run; a lookup that fails leaves the video for the
next run rather than risk a second task. Once created, the task's id is written (``"status":
"created"``) before the job starts waiting: a later run polls that task. The final line (``ok``
true or false) supersedes both; the file is compacted to one line per id. Only a task that is
known to be over ends its video: a poll that fails for a passing reason (a connection error, a
5xx) leaves the video for the next run.

What can end a run early, and what the file holds then:

* a rate-limit wait longer than ``max_wait``: nothing new starts, in-flight requests finish,
  the video that hit the limit stays undone (``StopReason.RATE_LIMIT``, exit code 3);
* ``interrupt()`` (the first Ctrl-C): the same clean finish (``StopReason.INTERRUPTED``, 130) —
  a task being created is recorded, a task being waited for stays recorded as created; a second
  ``interrupt()`` cancels the in-flight requests too;
* a 401/403: every video would fail the same way, so the run stops without writing a line for
  it (``StopReason.AUTH``, exit code 1);
* the results file cannot be written, or was replaced, deleted or cut short under the run
  (``StopReason.OUTPUT``, exit code 1): nothing new starts, and no request is sent that the file
  has not recorded; the answers still arriving are held (:meth:`ResultsFile.keep`) for the
  command to save elsewhere.

Each of them leaves a file that the next run resumes.
"""

from __future__ import annotations

import asyncio
import enum
import functools
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from twelvelabs_analyze import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RateLimitInfo,
    RawResponse,
    TaskFailedError,
    TwelveLabsError,
)
from twelvelabs_analyze._polling import BACKOFF_FACTOR, Polling, attribute_path, new_custom_id
from twelvelabs_analyze._retry import backoff_delay

from ._pacer import Pacer
from ._results import ResultsFile, ResultsFileChanged, ResultsFileError

__all__ = [
    "Batch",
    "BatchReport",
    "BatchReporter",
    "CallJob",
    "StopReason",
    "TaskJob",
    "failure_record",
    "new_custom_id",
    "success_record",
]

VideoCall = Callable[[str], Awaitable[RawResponse[Any]]]
# create(video_id, custom_id)
TaskCreate = Callable[[str, str], Awaitable[RawResponse[Any]]]
# find_page(video_id, page): a page of the tasks that may be the video's, with ``items`` and ``has_next_page()``
TaskPage = Callable[[str, int], Awaitable[RawResponse[Any]]]
# What a finished answer becomes in the file; raises (a TwelveLabsError) when the answer is unusable.
ResultOf = Callable[[Any], dict[str, Any]]
Written = Literal["ok", "failed", "created"]
# A lookup by custom_id reads at most this many pages (newest first; 50 tasks a page at most).
MAX_LOOKUP_PAGES = 200


def _as_dict(parsed: Any) -> dict[str, Any]:
    result: dict[str, Any] = parsed.to_dict()
    return result


@dataclass(frozen=True)
class CallJob:
    """One request per video; ``endpoint`` names it when the answer does not say which endpoint answered."""

    call: VideoCall
    endpoint: str = ""
    result: ResultOf = _as_dict


@dataclass(frozen=True)
class TaskJob:
    """An analysis task per video: ``create(video_id, custom_id)``, then ``retrieve(task_id)`` until it is over.

    ``find_page(video_id, page)`` lists the tasks that may be the video's (filtered by the video
    where the API can), for looking a task up by its ``custom_id`` after an unknown outcome.
    """

    create: TaskCreate
    retrieve: VideoCall
    find_page: TaskPage
    polling: Polling  # the client's rules: which field holds the id and the status, which statuses end it
    endpoint: str
    poll_interval: float
    max_poll_interval: float
    max_task_wait: float  # seconds one run waits for a task before leaving it for the next run
    result: ResultOf = _as_dict


class StopReason(enum.Enum):
    NONE = "none"
    RATE_LIMIT = "rate_limit"
    INTERRUPTED = "interrupted"
    AUTH = "auth"
    OUTPUT = "output"  # the results file could not be written, or changed under the run


class BatchReporter(Protocol):
    """What the progress display is told; every method is called from the event loop."""

    def start(self, total: int, done_before: int, failed_before: int) -> None: ...
    def advance(self, ok: bool) -> None: ...
    def paused(self, until: float) -> None: ...
    def note(self, message: str) -> None: ...
    def finish(self) -> None: ...


@dataclass(frozen=True, slots=True)
class BatchReport:
    total: int  # distinct ids in the input
    skipped: int  # already in the file and not rerun
    succeeded: int  # this run
    failed: int  # this run
    not_done: int  # ids this run should have done and did not (stopped early, tasks still running)
    failed_in_file: int  # input ids whose line in the file is a failure
    stop: StopReason
    message: str  # why the run stopped early, "" when it did not
    elapsed: float
    stopped_until: float | None  # the reset that was too far away, for StopReason.RATE_LIMIT
    running_tasks: int = 0  # input ids whose line is a created task, not finished yet

    @property
    def exit_code(self) -> int:
        """0 every id ok, 1 some failed (or auth or results-file error, or tasks left running), 3 rate limit, 130 interrupted."""
        if self.stop is StopReason.RATE_LIMIT and self.not_done:
            return 3
        if self.stop is StopReason.INTERRUPTED:
            return 130
        if self.stop in (StopReason.AUTH, StopReason.OUTPUT) or self.failed_in_file or self.not_done:
            return 1
        return 0


def _task_ids(task_id: str | None, custom_id: str | None) -> dict[str, Any]:
    ids: dict[str, Any] = {}
    if task_id is not None:
        ids["task_id"] = task_id
    if custom_id is not None:
        ids["custom_id"] = custom_id
    return ids


def success_record(
    video_id: str,
    result: dict[str, Any],
    attempts: int,
    elapsed: float,
    endpoint: str = "",
    task_id: str | None = None,
    custom_id: str | None = None,
) -> dict[str, Any]:
    record: dict[str, Any] = {"video_id": video_id, "ok": True}
    if endpoint:
        record["endpoint"] = endpoint
    record |= _task_ids(task_id, custom_id)
    record |= {"result": result, "attempts": attempts, "elapsed_s": round(elapsed, 3)}
    return record


def intent_record(video_id: str, custom_id: str, endpoint: str) -> dict[str, Any]:
    """A task about to be created with ``custom_id``: written before the request, so it can be looked up."""
    return {
        "video_id": video_id,
        "ok": None,
        "status": "creating",
        "endpoint": endpoint,
        "custom_id": custom_id,
    }


def created_record(
    video_id: str, task_id: str, attempts: int, elapsed: float, endpoint: str, custom_id: str | None = None
) -> dict[str, Any]:
    """A task that exists and is not over: ``ok`` is null, neither a success nor a failure yet."""
    return {
        "video_id": video_id,
        "ok": None,
        "status": "created",
        "endpoint": endpoint,
        **_task_ids(task_id, custom_id),
        "attempts": attempts,
        "elapsed_s": round(elapsed, 3),
    }


def failure_record(
    video_id: str,
    error: Exception,
    attempts: int,
    elapsed: float,
    task_id: str | None = None,
    custom_id: str | None = None,
) -> dict[str, Any]:
    """``error{status, code, message}``: the HTTP status and the API's own code and message when there are.

    ``custom_id`` without ``task_id``: a create whose outcome is unknown (no task was found by it
    at the time); ``--retry-failed`` looks it up again before creating another.
    """
    status = code = None
    message = str(error)
    if isinstance(error, APIStatusError):
        status, code = error.status_code, error.code
        if isinstance(error.body, dict) and isinstance(error.body.get("message"), str):
            message = error.body["message"]
    elif isinstance(error, APIResponseValidationError):
        status = error.status_code
    elif isinstance(error, TaskFailedError):
        code = "task_failed"
    record: dict[str, Any] = {"video_id": video_id, "ok": False}
    record |= _task_ids(task_id, custom_id)
    record |= {
        "error": {"status": status, "code": code, "message": message},
        "attempts": attempts,
        "elapsed_s": round(elapsed, 3),
    }
    return record


@dataclass
class _Tally:
    """One video's attempts and the seconds spent in its calls (batch-wide pauses excluded)."""

    attempts: int = 0
    busy: float = 0.0

    def add(self, attempts: int, started: float) -> None:
        self.attempts += attempts
        self.busy += time.monotonic() - started


@dataclass
class _Stopped:
    """The batch stopped before the request was answered (or sent)."""


@dataclass
class _Failed:
    error: Exception


@dataclass
class _NotFound:
    """A lookup read the whole list of tasks and none had the custom_id."""


Outcome = RawResponse[Any] | _Failed | _Stopped


class Batch:
    """One run over ``video_ids``; ``await run()`` returns the report.

    ``job``: a :class:`CallJob`, a :class:`TaskJob`, or a bare ``call(video_id)`` (a ``CallJob``).
    """

    def __init__(
        self,
        video_ids: Sequence[str],
        job: CallJob | TaskJob | VideoCall,
        results: ResultsFile,
        reporter: BatchReporter,
        *,
        concurrency: int = 4,
        max_wait: float = 900.0,
        retry_failed: bool = False,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self._ids = list(dict.fromkeys(video_ids))
        self._job = job if isinstance(job, CallJob | TaskJob) else CallJob(job)
        self._results = results
        self._reporter = reporter
        self._concurrency = concurrency
        self._retry_failed = retry_failed
        self._pacer = Pacer(max_wait=max_wait, on_pause=reporter.paused)
        self._write_lock = asyncio.Lock()
        self._stop = StopReason.NONE
        self._message = ""
        self._workers: list[asyncio.Task[None]] = []
        self._succeeded = self._failed = 0
        self._written: set[str] = set()
        self._unanswered_429s = 0  # 429s in a row that named no wait: the backoff grows with them

    def _record(self, video_id: str) -> dict[str, Any] | None:
        return self._results.records.get(video_id)

    def _is_done(self, video_id: str) -> bool:
        record = self._record(video_id)
        if record is None or record["ok"] is None:  # a created task is polled, never created again
            return False
        return bool(record["ok"]) or not self._retry_failed

    def _failed_line(self, video_id: str) -> bool:
        record = self._record(video_id)
        return record is not None and record["ok"] is False

    def interrupt(self) -> None:
        """First call: finish the requests in flight, start no more. Second call: cancel those too."""
        if self._stop is StopReason.INTERRUPTED:
            for worker in self._workers:
                worker.cancel()
            return
        if self._stop is StopReason.NONE:
            self._reporter.note("interrupted: finishing the requests in flight (Ctrl-C again to cancel them)")
        self._halt(StopReason.INTERRUPTED, "interrupted")

    def _halt(self, reason: StopReason, message: str) -> None:
        if self._stop is StopReason.NONE:
            self._stop, self._message = reason, message
        self._pacer.close()

    async def run(self) -> BatchReport:
        started = time.monotonic()
        todo = [video_id for video_id in self._ids if not self._is_done(video_id)]
        queue: asyncio.Queue[str] = asyncio.Queue()
        for video_id in todo:
            queue.put_nowait(video_id)
        done_before = len(self._ids) - len(todo)
        failed_before = sum(1 for v in self._ids if self._is_done(v) and self._failed_line(v))
        self._reporter.start(len(self._ids), done_before, failed_before)
        try:
            self._workers = [
                asyncio.create_task(self._worker(queue)) for _ in range(min(self._concurrency, len(todo)))
            ]
            await asyncio.gather(*self._workers, return_exceptions=True)
            for worker in self._workers:  # a bug in a worker must not pass silently
                error = None if worker.cancelled() else worker.exception()
                if error is not None:
                    raise error
            if self._pacer.stopped_until is not None and self._stop is StopReason.NONE:
                self._stop = StopReason.RATE_LIMIT
        finally:
            self._reporter.finish()
        records = self._results.records
        return BatchReport(
            total=len(self._ids),
            skipped=done_before,
            succeeded=self._succeeded,
            failed=self._failed,
            not_done=sum(1 for v in todo if v not in self._written),
            failed_in_file=sum(1 for v in self._ids if self._failed_line(v)),
            stop=self._stop,
            message=self._message,
            elapsed=time.monotonic() - started,
            stopped_until=self._pacer.stopped_until,
            running_tasks=sum(1 for v in self._ids if v in records and records[v]["ok"] is None),
        )

    async def _worker(self, queue: asyncio.Queue[str]) -> None:
        while not self._pacer.closed:
            try:
                video_id = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            if isinstance(self._job, TaskJob):
                await self._follow_task(self._job, video_id)
            else:
                await self._call(self._job, video_id)

    # --- one request through the pacer -----------------------------------------------------

    def _rate_limit_pause(self, error: RateLimitError) -> float:
        """What the server asked for; without a word from it, the client's own backoff, growing.

        ``retry_after`` is the client's reading of the answer's headers (``_headers.server_wait``,
        the one place that decides how long a server asks us to wait), taken when it arrived.
        """
        if error.retry_after is not None:
            return error.retry_after
        self._unanswered_429s += 1
        return backoff_delay(self._unanswered_429s - 1)

    async def _send(self, request: Callable[[], Awaitable[RawResponse[Any]]], tally: _Tally) -> Outcome:
        """Send when the pacer allows, until answered; a 429 pauses every worker, then this one sends again."""
        while await self._pacer.acquire():
            started = time.monotonic()
            try:
                raw = await request()
            except RateLimitError as error:
                tally.add(error.attempts, started)
                self._pacer.release(error.remaining, error.reset_at)
                if not self._pacer.pause_until(time.time() + self._rate_limit_pause(error)):
                    return _Stopped()  # the reset is too far away: the pacer has closed, the batch winds down
                continue  # the same request again once the pause is over; it has not failed
            except (AuthenticationError, PermissionDeniedError) as error:
                self._pacer.release()
                self._halt(StopReason.AUTH, str(error))
                return _Stopped()
            except (TwelveLabsError, ValueError, TypeError) as error:
                # ValueError/TypeError: the client refused the input (a malformed id) before sending.
                if isinstance(error, APIStatusError):  # an error answer still counts against the quota
                    info = RateLimitInfo.from_headers(error.headers)
                    self._pacer.release(info.remaining, info.reset_at)
                else:
                    self._pacer.release()
                tally.add(getattr(error, "attempts", 0), started)
                return _Failed(error)
            self._unanswered_429s = 0
            info = raw.rate_limit
            self._pacer.release(info.remaining, info.reset_at)
            tally.add(raw.attempts, started)
            return raw
        return _Stopped()

    # --- the two kinds of job ---------------------------------------------------------------

    async def _call(self, job: CallJob, video_id: str) -> None:
        tally = _Tally()
        outcome = await self._send(lambda: job.call(video_id), tally)
        if isinstance(outcome, _Stopped):
            return
        if isinstance(outcome, _Failed):
            await self._write(failure_record(video_id, outcome.error, tally.attempts, tally.busy), "failed")
            return
        try:
            result = job.result(outcome.parsed)
        except TwelveLabsError as error:  # an answer that cannot be used (structured output cut short)
            await self._write(failure_record(video_id, error, tally.attempts, tally.busy), "failed")
            return
        endpoint = outcome.endpoint or job.endpoint
        await self._write(success_record(video_id, result, tally.attempts, tally.busy, endpoint), "ok")

    async def _follow_task(self, job: TaskJob, video_id: str) -> None:
        tally = _Tally()
        record = self._record(video_id)
        task_id = record.get("task_id") if record is not None and record["ok"] is None else None
        custom_id = record.get("custom_id") if record is not None else None
        if isinstance(task_id, str):
            await self._poll(job, video_id, task_id, custom_id if isinstance(custom_id, str) else None, tally)
            return
        if record is not None and isinstance(custom_id, str) and record.get("task_id") is None:
            # An earlier create with this custom_id had no known outcome: look before creating again.
            found = await self._find(job, video_id, custom_id, tally)
            if isinstance(found, str):
                if await self._adopt(job, video_id, found, custom_id, tally):
                    await self._poll(job, video_id, found, custom_id, tally)
                return
            if not isinstance(found, _NotFound):  # the lookup failed or the batch is stopping
                return
        else:
            custom_id = new_custom_id()
        created = await self._create(job, video_id, custom_id, tally)
        if created is not None:
            await self._poll(job, video_id, created, custom_id, tally)

    async def _create(self, job: TaskJob, video_id: str, custom_id: str, tally: _Tally) -> str | None:
        """Create the video's task, recorded first; its id, or None when the video ends here for this run."""
        if not await self._write(intent_record(video_id, custom_id, job.endpoint), "created"):
            return None  # not on disk, so not sent: a task nobody could find must not exist
        created = await self._send(lambda: job.create(video_id, custom_id), tally)
        if isinstance(created, _Stopped):
            return None  # the next run looks it up by its custom_id
        if isinstance(created, _Failed):
            error = created.error
            if not _may_have_created(error):  # the API refused it: there is no task
                await self._write(failure_record(video_id, error, tally.attempts, tally.busy), "failed")
                return None
            found = await self._find(job, video_id, custom_id, tally)
            if isinstance(found, str):
                return found if await self._adopt(job, video_id, found, custom_id, tally) else None
            if isinstance(found, _NotFound):
                line = failure_record(video_id, error, tally.attempts, tally.busy, custom_id=custom_id)
                await self._write(line, "failed")
            return None
        task_id = str(getattr(created.parsed, job.polling.id_field))
        line = created_record(
            video_id, task_id, tally.attempts, tally.busy, created.endpoint or job.endpoint, custom_id
        )
        return task_id if await self._write(line, "created") else None

    async def _adopt(self, job: TaskJob, video_id: str, task_id: str, custom_id: str, tally: _Tally) -> bool:
        """Record a task found by its custom_id as this video's task."""
        self._reporter.note(f"{video_id}: found task {task_id}, created earlier; not creating another")
        line = created_record(video_id, task_id, tally.attempts, tally.busy, job.endpoint, custom_id)
        return await self._write(line, "created")

    async def _find(
        self, job: TaskJob, video_id: str, custom_id: str, tally: _Tally
    ) -> str | _NotFound | _Failed | _Stopped:
        """The id of the video's task created with ``custom_id``, looked up in the API's list of tasks.

        ``_NotFound`` only when the whole list was read (up to :data:`MAX_LOOKUP_PAGES` pages,
        newest first, so far more than the tasks made since) and no task had it.
        """
        for number in range(1, MAX_LOOKUP_PAGES + 1):
            page = await self._send(functools.partial(job.find_page, video_id, number), tally)
            if isinstance(page, _Stopped):
                return page
            if isinstance(page, _Failed):
                self._reporter.note(
                    f"{video_id}: could not look up the task it may have created ({page.error}); "
                    "left for the next run"
                )
                return page
            listing = page.parsed
            for task in getattr(listing, "items", None) or ():
                if getattr(task, "custom_id", None) == custom_id:
                    return str(getattr(task, job.polling.id_field))
            if not listing.has_next_page():
                break
        return _NotFound()

    async def _poll(
        self, job: TaskJob, video_id: str, task_id: str, custom_id: str | None, tally: _Tally
    ) -> None:
        polling = job.polling
        interval = job.poll_interval
        give_up = time.monotonic() + job.max_task_wait
        ids = {"task_id": task_id, "custom_id": custom_id}
        while True:
            outcome = await self._send(lambda: job.retrieve(task_id), tally)
            if isinstance(outcome, _Stopped):
                return  # recorded as created: the next run polls it
            if isinstance(outcome, _Failed):
                if isinstance(outcome.error, NotFoundError):  # the task is gone: it will not finish
                    line = failure_record(video_id, outcome.error, tally.attempts, tally.busy, **ids)
                    await self._write(line, "failed")
                else:
                    self._leave_running(video_id, task_id, f"polling failed: {outcome.error}")
                return
            task = outcome.parsed
            status = str(getattr(task, polling.status_field, ""))
            if status in polling.failed:
                reason = attribute_path(task, polling.error_message)
                error = TaskFailedError(
                    f"task {task_id} {status}: {reason or 'no reason given'}", task=task, reason=reason
                )
                await self._write(
                    failure_record(video_id, error, tally.attempts, tally.busy, **ids), "failed"
                )
                return
            if status in polling.done:
                try:
                    result = job.result(task)
                except TwelveLabsError as error:
                    line = failure_record(video_id, error, tally.attempts, tally.busy, **ids)
                    await self._write(line, "failed")
                    return
                line = success_record(video_id, result, tally.attempts, tally.busy, job.endpoint, **ids)
                await self._write(line, "ok")
                return
            if time.monotonic() + interval > give_up:
                self._leave_running(video_id, task_id, f"still {status}")
                return
            if not await self._pacer.sleep(interval):
                return  # the batch is stopping; the task stays recorded as created
            interval = min(interval * BACKOFF_FACTOR, max(job.max_poll_interval, job.poll_interval))

    def _leave_running(self, video_id: str, task_id: str, why: str) -> None:
        self._reporter.note(f"{video_id}: task {task_id} left for the next run ({why})")

    async def _write(self, record: dict[str, Any], written: Written) -> bool:
        """Append the line; False when it is not in the file (the batch then stops: see StopReason.OUTPUT)."""
        async with self._write_lock:
            if self._stop is StopReason.OUTPUT:  # the file is not ours any more: hold it for the rescue
                self._results.keep(record)
                return False
            try:
                await asyncio.to_thread(self._results.append, record)
            except ResultsFileChanged as error:
                self._halt(StopReason.OUTPUT, str(error))
                self._reporter.note(f"{error}: stopping")
                return False
            except (OSError, ResultsFileError) as error:
                self._results.keep(record)
                self._halt(StopReason.OUTPUT, f"could not write to {self._results.path}: {error}")
                self._reporter.note(f"could not write to {self._results.path}: {error}; stopping")
                return False
        if written == "created":
            return True
        self._written.add(record["video_id"])
        if written == "ok":
            self._succeeded += 1
        else:
            self._failed += 1
        self._reporter.advance(written == "ok")
        return True


def _may_have_created(error: Exception) -> bool:
    """Whether a create that failed with ``error`` may still have made the task on the server."""
    if isinstance(error, APIStatusError):  # a 4xx is a refusal; a 5xx may come from a proxy after the fact
        return error.status_code >= 500
    if isinstance(error, ValueError | TypeError):  # refused by the client before sending
        return False
    # No answer (a timeout, a connection lost), or an answer that could not be read.
    return isinstance(error, TwelveLabsError)
