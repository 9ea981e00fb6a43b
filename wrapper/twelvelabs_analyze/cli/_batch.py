"""The batch engine: N asyncio workers, one results file, a shared rate-limit gate.

Workers take video ids from a queue; each line is appended (and fsync-ed) by one writer at a
time as soon as its video completes. What can end a run early, and what the file holds then:

* a rate-limit wait longer than ``max_wait``: nothing new starts, in-flight videos finish,
  the video that hit the limit stays undone (``StopReason.RATE_LIMIT``, exit code 3);
* ``interrupt()`` (the first Ctrl-C): the same clean finish (``StopReason.INTERRUPTED``, 130);
  a second ``interrupt()`` cancels the in-flight calls too;
* a 401/403: every video would fail the same way, so the run stops without writing a line for
  it (``StopReason.AUTH``, exit code 1).

Each of them leaves a file that the next run resumes.
"""

from __future__ import annotations

import asyncio
import enum
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from twelvelabs_analyze import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    PermissionDeniedError,
    RateLimitError,
    RateLimitInfo,
    RawResponse,
    TwelveLabsError,
)

from ._pacer import Pacer
from ._results import ResultsFile

__all__ = ["Batch", "BatchReport", "BatchReporter", "StopReason", "failure_record", "success_record"]

VideoCall = Callable[[str], Awaitable[RawResponse[Any]]]

# A 429 without Retry-After or X-Ratelimit-Reset: pause this long, doubling up to the cap.
FALLBACK_PAUSE_SECONDS = 1.0
MAX_FALLBACK_PAUSE_SECONDS = 60.0


class StopReason(enum.Enum):
    NONE = "none"
    RATE_LIMIT = "rate_limit"
    INTERRUPTED = "interrupted"
    AUTH = "auth"


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
    not_done: int  # ids this run should have done and did not (stopped early)
    failed_in_file: int  # input ids whose line in the file is a failure
    stop: StopReason
    message: str  # why the run stopped early, "" when it did not
    elapsed: float
    stopped_until: float | None  # the reset that was too far away, for StopReason.RATE_LIMIT

    @property
    def exit_code(self) -> int:
        """0 every id ok, 1 some failed (or auth error), 3 stopped on a rate limit, 130 interrupted."""
        if self.stop is StopReason.RATE_LIMIT and self.not_done:
            return 3
        if self.stop is StopReason.INTERRUPTED:
            return 130
        if self.stop is StopReason.AUTH or self.failed_in_file or self.not_done:
            return 1
        return 0


def success_record(video_id: str, result: dict[str, Any], attempts: int, elapsed: float) -> dict[str, Any]:
    return {
        "video_id": video_id,
        "ok": True,
        "result": result,
        "attempts": attempts,
        "elapsed_s": round(elapsed, 3),
    }


def failure_record(video_id: str, error: Exception, attempts: int, elapsed: float) -> dict[str, Any]:
    """``error{status, code, message}``: the HTTP status and the API's own code and message when there are."""
    status = code = None
    message = str(error)
    if isinstance(error, APIStatusError):
        status, code = error.status_code, error.code
        if isinstance(error.body, dict) and isinstance(error.body.get("message"), str):
            message = error.body["message"]
    elif isinstance(error, APIResponseValidationError):
        status = error.status_code
    return {
        "video_id": video_id,
        "ok": False,
        "error": {"status": status, "code": code, "message": message},
        "attempts": attempts,
        "elapsed_s": round(elapsed, 3),
    }


def _pause_seconds(error: RateLimitError, fallback: float) -> float:
    if error.retry_after is not None:
        return error.retry_after
    if error.reset_at is not None:
        return max(0.0, error.reset_at.timestamp() - time.time())
    return fallback


class Batch:
    """One run over ``video_ids``; ``await run()`` returns the report."""

    def __init__(
        self,
        video_ids: Sequence[str],
        call: VideoCall,
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
        self._call = call
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
        self._fallback_pause = FALLBACK_PAUSE_SECONDS

    def _is_done(self, video_id: str) -> bool:
        record = self._results.records.get(video_id)
        return record is not None and (bool(record["ok"]) or not self._retry_failed)

    def interrupt(self) -> None:
        """First call: finish the videos in flight, start no more. Second call: cancel those too."""
        if self._stop is StopReason.INTERRUPTED:
            for worker in self._workers:
                worker.cancel()
            return
        if self._stop is StopReason.NONE:
            self._reporter.note("interrupted: finishing the videos in flight (Ctrl-C again to cancel them)")
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
        records = self._results.records
        failed_before = sum(1 for v in self._ids if self._is_done(v) and not records[v]["ok"])
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
        return BatchReport(
            total=len(self._ids),
            skipped=done_before,
            succeeded=self._succeeded,
            failed=self._failed,
            not_done=sum(1 for v in todo if v not in self._written),
            failed_in_file=sum(1 for v in self._ids if v in records and not records[v]["ok"]),
            stop=self._stop,
            message=self._message,
            elapsed=time.monotonic() - started,
            stopped_until=self._pacer.stopped_until,
        )

    async def _worker(self, queue: asyncio.Queue[str]) -> None:
        while not self._pacer.closed:
            try:
                video_id = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            await self._process(video_id)

    async def _process(self, video_id: str) -> None:
        attempts = 0
        busy = 0.0  # seconds in calls: client retries count, batch-wide pauses do not
        while await self._pacer.acquire():
            started = time.monotonic()
            try:
                raw = await self._call(video_id)
            except RateLimitError as error:
                attempts += error.attempts
                busy += time.monotonic() - started
                self._pacer.release(error.remaining, error.reset_at)
                if not self._pacer.pause_until(time.time() + _pause_seconds(error, self._fallback_pause)):
                    return  # the reset is too far away: the pacer has closed, the batch winds down
                self._fallback_pause = min(self._fallback_pause * 2, MAX_FALLBACK_PAUSE_SECONDS)
                continue  # the same video again once the pause is over; it has not failed
            except (AuthenticationError, PermissionDeniedError) as error:
                self._pacer.release()
                self._halt(StopReason.AUTH, str(error))
                return
            except (TwelveLabsError, ValueError, TypeError) as error:
                # ValueError/TypeError: the client refused the input (a malformed id) before sending.
                if isinstance(error, APIStatusError):  # an error answer still counts against the quota
                    info = RateLimitInfo.from_headers(error.headers)
                    self._pacer.release(info.remaining, info.reset_at)
                else:
                    self._pacer.release()
                attempts += getattr(error, "attempts", 0)
                busy += time.monotonic() - started
                await self._write(failure_record(video_id, error, attempts, busy), ok=False)
                return
            self._fallback_pause = FALLBACK_PAUSE_SECONDS
            info = raw.rate_limit
            self._pacer.release(info.remaining, info.reset_at)
            busy += time.monotonic() - started
            record = success_record(video_id, raw.parsed.to_dict(), attempts + raw.attempts, busy)
            await self._write(record, ok=True)
            return

    async def _write(self, record: dict[str, Any], *, ok: bool) -> None:
        async with self._write_lock:
            await asyncio.to_thread(self._results.append, record)
        self._written.add(record["video_id"])
        if ok:
            self._succeeded += 1
        else:
            self._failed += 1
        self._reporter.advance(ok)
