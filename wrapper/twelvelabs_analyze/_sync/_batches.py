"""Whole libraries on TwelveLabs' batch engine: ``batches.run``, ``run_iter`` and ``cancel_job``.

Added to ``client.analyze_async.batches`` by ``openapi/client.yaml``. A job is any number of
analysis requests (each ``{"video": {"type": "asset_id", "asset_id": ...}, ...}`` with the
per-item overrides the API takes, or a bare asset id) with one ``analysis_mode`` and
``defaults``. ``run_iter`` yields a :class:`~twelvelabs_analyze._batch_plan.BatchJobResult` per
request as its item ends; ``run`` returns them all, in the order of the requests.

* **Splitting** — :func:`~twelvelabs_analyze._batch_plan.split`: in order, at most 1,000 requests
  and 2,000 content hours a batch (a duration from ``durations`` when known, else the 2 hours an
  analysis task allows at most).
* **custom_id** — every item has one: the caller's (checked against the documented
  ``[A-Za-z0-9_-]{1,64}`` and unique in the job, before anything is sent) or
  ``tlb-<job key>-<position>``, where the job key is a hash of the requests and settings: the
  same job gets the same ids, another job other ids. Results are mapped back by it.
* **Active limit** — at most ``max_active`` (the documented 5) of the job's batches are active;
  the next is created when one ends. A 429 to a create (another client's batches fill the
  account, or the rate limit) is not a failure: the create waits, as
  :class:`~twelvelabs_analyze._polling.PollSchedule` says after a 429, and is sent again.
* **Polling** — one :class:`~twelvelabs_analyze._polling.PollSchedule` per batch (the rules
  ``tasks.wait`` follows); ``on_progress`` gets a
  :class:`~twelvelabs_analyze._batch_plan.BatchJobProgress` after every round. Results are read
  (the JSON Lines of ``/results``) when a batch's ready or failed count grows and when it ends.
* **Expiry** — a batch expires 24 h after creation and its unfinished items are canceled: those
  items are sent again in a new batch, up to ``max_resubmits`` times (``attempts`` on the result
  says how often; ``progress.resubmitted`` counts them). An item that **failed** is never sent
  again: the API documents no per-item error code yet (``BatchItemError.code`` "omitted until
  the per-item error catalog is wired through"), and what it says about failures (a video over
  the duration limit, an unsupported format, a prompt it refuses) concerns the item itself, so
  every failure counts as permanent — resubmitting would be billed work with the same end.
  Items canceled by a cancel (``cancel_job``, or anyone's) are final too.
* **State** (``state=path``) — item ↔ custom_id ↔ asset id, and every batch: its items before
  it is created, marked "sending" before the create is sent, its id once known, the results
  handed out. Written atomically (see :class:`~twelvelabs_analyze._batch_plan.JobState`). A job
  run again with the same file goes on where it stopped: a batch that was being sent is looked
  for (the list of batches, newest first, then the custom ids of a candidate's results) before
  it is sent again, so no batch is created twice; results not yet handed out are read again
  (at least once: one handed out just before a kill may come again — keep the first by
  ``custom_id``). A create whose answer is lost in-process is looked for the same way.
* **Errors** — a create refused for a reason that will not pass by itself (400, 404 asset
  missing, 409 asset not ready) raises the client's error, with the state kept: fix and run
  again. A 504 ("split and retry" in the docs) halves the batch and goes on.

It runs inline: cancelling the caller (Ctrl-C) stops it and the batches go on; run it again to
pick them up, or ``cancel_job(state)`` to cancel them.

Generated from ``_async/_batches.py`` by scripts/unasync.py — do not edit; change the async source.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from twelvelabs_analyze import _sleep
from twelvelabs_analyze._batch_plan import (
    FINAL_ITEM,
    MAX_ACTIVE_BATCHES,
    TERMINAL_BATCH,
    BatchJobError,
    BatchJobProgress,
    BatchJobResult,
    JobState,
    PlannedBatch,
    job_items,
    job_key,
)
from twelvelabs_analyze._exceptions import APIConnectionError, APIStatusError, RateLimitError, TwelveLabsError
from twelvelabs_analyze._polling import (
    CLOCK_TOLERANCE,
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    PollSchedule,
    check_seconds,
)
from twelvelabs_analyze._response import RawResponse

if TYPE_CHECKING:
    from twelvelabs_analyze._attempt import Attempt
    from twelvelabs_analyze._operation import Operation

    from ._base_client import APIClient, Recovered

__all__ = ["BatchRunning"]

DEFAULT_MAX_RESUBMITS = 2
MODEL_NAME = "pegasus1.5"  # "Batch analysis requires Pegasus 1.5" (CreateAnalyzeBatchRequest.model_name)
GATEWAY_TIMEOUT = 504  # "504 split and retry" (the create's documented errors)


def _operation(name: str) -> Operation:
    from twelvelabs_analyze_api.resources import OPERATIONS  # noqa: PLC0415 - it imports this module

    return OPERATIONS[name]


def _as_request(request: Any, index: int) -> dict[str, Any]:
    if isinstance(request, str):
        return {"video": {"type": "asset_id", "asset_id": request}}
    to_dict = getattr(request, "to_dict", None)
    if callable(to_dict):
        request = to_dict()
    if not isinstance(request, Mapping):
        raise TypeError(f"request {index} must be a mapping or an asset id, not {type(request).__name__}")
    return dict(request)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


class BatchRunning:
    """``run``, ``run_iter`` and ``cancel_job`` (see the module docstring)."""

    _client: APIClient

    def run(
        self,
        requests: Iterable[Any],
        *,
        analysis_mode: str,
        defaults: Mapping[str, Any] | None = None,
        durations: Mapping[str, float] | None = None,
        state: str | Path | None = None,
        on_progress: Callable[[BatchJobProgress], object] | None = None,
        max_active: int = MAX_ACTIVE_BATCHES,
        max_resubmits: int = DEFAULT_MAX_RESUBMITS,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    ) -> list[BatchJobResult]:
        """Run the job to its end; one result per request, in the order of ``requests``."""
        collected: dict[int, BatchJobResult] = {}
        for result in self.run_iter(
            requests,
            analysis_mode=analysis_mode,
            defaults=defaults,
            durations=durations,
            state=state,
            on_progress=on_progress,
            max_active=max_active,
            max_resubmits=max_resubmits,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
        ):
            collected.setdefault(result.index, result)
        return [collected[index] for index in sorted(collected)]

    def run_iter(
        self,
        requests: Iterable[Any],
        *,
        analysis_mode: str,
        defaults: Mapping[str, Any] | None = None,
        durations: Mapping[str, float] | None = None,
        state: str | Path | None = None,
        on_progress: Callable[[BatchJobProgress], object] | None = None,
        max_active: int = MAX_ACTIVE_BATCHES,
        max_resubmits: int = DEFAULT_MAX_RESUBMITS,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    ) -> Generator[BatchJobResult, None, None]:
        """Run the job, yielding each request's result as its item ends (see the module docstring).

        ``requests``: asset ids, or batch items (``video``, optional ``custom_id`` and overrides);
        ``durations``: seconds by asset id, for the 2,000-hour limit; ``state``: the job's state
        file (created, or resumed when it exists; it must be this job's).
        """
        given = [_as_request(request, index) for index, request in enumerate(requests)]
        if not isinstance(analysis_mode, str) or not analysis_mode:
            raise TypeError("analysis_mode must be a non-empty string (general, time_based_metadata)")
        if (
            isinstance(max_active, bool)
            or not isinstance(max_active, int)
            or not 1 <= max_active <= MAX_ACTIVE_BATCHES
        ):
            raise ValueError(
                f"max_active must be an integer from 1 to {MAX_ACTIVE_BATCHES}, not {max_active!r}"
            )
        if isinstance(max_resubmits, bool) or not isinstance(max_resubmits, int) or max_resubmits < 0:
            raise ValueError(f"max_resubmits must be an integer >= 0, not {max_resubmits!r}")
        check_seconds("poll_interval", poll_interval, allow_zero=False)
        check_seconds("max_poll_interval", max_poll_interval, allow_zero=True)
        if on_progress is not None and not callable(on_progress):
            raise TypeError(f"on_progress must be a callable or None, not {type(on_progress).__name__}")
        defaults_plain = dict(defaults) if defaults is not None else None
        key = job_key(MODEL_NAME, analysis_mode, defaults_plain, given)
        items = job_items(given, key, durations)
        path = None if state is None else Path(state)
        job = JobState.load(path) if path is not None else None
        if job is None:
            job = JobState(key, MODEL_NAME, analysis_mode, items, path=path)
            job.plan(range(len(items)), 1, time.time())
            job.save()
        elif job.key != key:
            raise BatchJobError(
                f"state file {str(path)!r} is another job's (other requests or settings): "
                "give this job a file of its own"
            )
        run = BatchJobRun(
            self,
            job,
            given,
            defaults_plain,
            on_progress,
            max_active,
            max_resubmits,
            poll_interval,
            max_poll_interval,
        )
        for result in run.results():
            yield result

    def cancel_job(self, state: str | Path) -> list[str]:
        """Cancel the active batches of the job whose state file is ``state``; no batch is created for
        it any more (run it again to collect what finished: the rest ends ``canceled``).

        Returns the ids of the batches asked to cancel. A batch that ended meanwhile (409) is skipped.
        """
        path = Path(state)
        job = JobState.load(path)
        if job is None:
            raise BatchJobError(f"no batch job state in {str(path)!r}")
        job.canceled = True
        job.save()
        run = BatchJobRun(self, job, [], None, None, MAX_ACTIVE_BATCHES, 0, 1.0, 1.0)
        for batch in job.batches:
            if batch.batch_id is None and batch.status == "sending":
                run.adopt(batch)  # sent before a kill: cancel it too if it exists
        asked: list[str] = []
        for batch in job.active():
            assert batch.batch_id is not None
            try:
                answer = self._api().cancel(batch.batch_id)
            except APIStatusError as error:
                if error.status_code != 409:  # batch_completed | batch_canceled | batch_expired
                    raise
                continue
            batch.status = str(answer.status)
            job.save()
            asked.append(batch.batch_id)
        return asked

    def _api(self) -> Any:
        """This resource's generated methods (create, list, retrieve, cancel, results)."""
        return self


class BatchJobRun:
    """One run of a job: the loop of the module docstring over its state."""

    def __init__(
        self,
        resource: BatchRunning,
        job: JobState,
        requests: list[dict[str, Any]],
        defaults: dict[str, Any] | None,
        on_progress: Callable[[BatchJobProgress], object] | None,
        max_active: int,
        max_resubmits: int,
        poll_interval: float,
        max_poll_interval: float,
    ) -> None:
        self.resource = resource
        self.api = resource._api()
        self.client = resource._client
        self.job = job
        self.requests = requests
        self.defaults = defaults
        self.on_progress = on_progress
        self.max_active = max_active
        self.max_resubmits = max_resubmits
        self.poll_interval = poll_interval
        self.max_poll_interval = max_poll_interval
        # The loop's own clock: seconds slept so far. Polls fall due on it, so a test that makes
        # sleeping instant still sees every pause the schedules ask for.
        self.clock = 0.0
        self.schedules: dict[int, PollSchedule] = {}
        self.due: dict[int, float] = {}

    # --- the loop -----------------------------------------------------------------------------

    def results(self) -> Iterator[BatchJobResult]:
        job = self.job
        create_due = 0.0
        waiting_for_slot: PollSchedule | None = None
        for batch in job.batches:
            if batch.batch_id is None and batch.status == "sending":
                self.adopt(batch)
        while job.unfinished():
            if job.canceled:
                for result in self._withdraw():
                    yield result
            while create_due <= self.clock and not job.canceled and len(job.active()) < self.max_active:
                planned = next((b for b in job.batches if b.batch_id is None and not b.finished), None)
                if planned is None:
                    break
                try:
                    self._create(planned)
                except RateLimitError as error:
                    if waiting_for_slot is None:
                        waiting_for_slot = self._schedule()
                    # The active-batches 429 leaves the request quota as it was (remaining > 0): the
                    # quota's reset time says nothing of when a slot frees up; the schedule does.
                    told = error.retry_after if error.remaining in (None, 0) else None
                    create_due = self.clock + waiting_for_slot.after_rate_limit(told)
                    break
                waiting_for_slot = None
            for batch in list(job.batches):
                if batch.batch_id is None or batch.finished or self.due.get(id(batch), 0.0) > self.clock:
                    continue
                for result in self._poll(batch):
                    yield result
            self._report()
            if not job.unfinished():
                break
            upcoming = [
                self.due.get(id(b), 0.0) for b in job.batches if b.batch_id is not None and not b.finished
            ]
            creating = any(b.batch_id is None and not b.finished for b in job.batches) and not job.canceled
            if creating and len(job.active()) < self.max_active:
                upcoming.append(create_due)
            wake = min(upcoming, default=self.clock)
            if wake > self.clock:
                _sleep.sleep(wake - self.clock)
                self.clock = wake

    def _schedule(self) -> PollSchedule:
        return PollSchedule(self.poll_interval, self.max_poll_interval, None, now=self.clock)

    def _report(self) -> None:
        if self.on_progress is None:
            return
        counts = dict.fromkeys(("waiting", "queued", "processing", "ready", "failed", "canceled"), 0)
        created = resubmitted = 0
        for batch in self.job.batches:
            if batch.attempt > 1:
                resubmitted += len(batch.items)
            if batch.batch_id is None:
                if not batch.finished:
                    counts["waiting"] += len(batch.items)
                continue
            created += 1
            if batch.finished:
                for status in batch.delivered.values():
                    counts[status] += 1
            else:
                for name in ("queued", "processing", "ready", "failed", "canceled"):
                    counts[name] += batch.counts.get(name, 0)
        self.on_progress(
            BatchJobProgress(
                total=len(self.job.items),
                batches_active=len(self.job.active()),
                batches_created=created,
                resubmitted=resubmitted,
                **counts,
            )
        )

    def _withdraw(self) -> list[BatchJobResult]:
        """A canceled job's batches that were never created: their items end ``canceled``."""
        results = []
        for batch in self.job.batches:
            if batch.batch_id is None and not batch.finished:
                for index in batch.items:
                    results.append(self._result(batch, index, "canceled", None, None, None))
                    batch.delivered[index] = "canceled"
                batch.finished = True
        self.job.save()
        return results

    # --- creating a batch, never twice ------------------------------------------------------------

    def _create(self, batch: PlannedBatch) -> None:
        job = self.job
        batch.status = "sending"
        job.save()  # before the request: a run after a kill looks for it before sending it again
        arguments: dict[str, Any] = {
            "model_name": job.model_name,
            "analysis_mode": job.analysis_mode,
            "requests": [self._item_request(index) for index in batch.items],
            "defaults": self.defaults,
        }

        def recover(attempt: Attempt) -> Recovered:
            response = attempt.response
            if response is not None and response.status_code < 500:
                return None  # an answer that says the batch was not created
            try:
                found = self._find(batch)
            except TwelveLabsError as failure:
                error = attempt.error
                assert error is not None
                error.add_note(
                    f"whether the batch was created could not be checked ({type(failure).__name__}); "
                    "the next run of the job looks for it before sending it again"
                )
                raise error from None
            if found is None:
                return None
            listed, listing = found
            created = _operation("analyze_async.batches.create").result.parse(
                {
                    "batch_id": listed.batch_id,
                    "status": str(listed.status),
                    "total_items": listed.total_items,
                    "created_at": _iso(listed.created_at),
                    "expires_at": _iso(listed.expires_at),
                    "items": [],
                },
                arguments,
            )
            return RawResponse(created, listing.http_response, attempt.attempts, 0.0, "POST /analyze/batches")

        try:
            answer = self.client._request(
                _operation("analyze_async.batches.create"), arguments, recover=recover
            )
        except APIStatusError as error:
            if error.status_code >= 500 and not (
                error.status_code == GATEWAY_TIMEOUT and len(batch.items) > 1
            ):
                self._note(error)
                raise  # maybe created: "sending" stays, the next run looks for it first
            if error.status_code == GATEWAY_TIMEOUT:
                self._halve(batch)  # looked for and not found: not created; "split and retry"
                return
            batch.status = "planned"  # refused: not created
            job.save()
            if not isinstance(error, RateLimitError):
                self._note(error)
            raise
        except (APIConnectionError, TwelveLabsError) as error:
            self._note(error)
            raise  # "sending" stays: the next run looks for it first
        self._created(batch, str(answer.batch_id), str(answer.status))

    def _note(self, error: BaseException) -> None:
        if self.job.path is not None:
            error.add_note(
                f"the batch job's state is kept in {str(self.job.path)!r}: run the job again to go on"
            )

    def _halve(self, batch: PlannedBatch) -> None:
        middle = len(batch.items) // 2
        position = self.job.batches.index(batch)
        second = PlannedBatch(batch.items[middle:], batch.attempt, batch.planned_at)
        batch.items = batch.items[:middle]
        batch.status = "planned"
        self.job.batches.insert(position + 1, second)
        self.job.save()

    def _created(self, batch: PlannedBatch, batch_id: str, status: str) -> None:
        batch.batch_id = batch_id
        batch.status = status
        self.job.save()
        schedule = self._schedule()
        self.schedules[id(batch)] = schedule
        self.due[id(batch)] = self.clock + schedule.interval

    def _item_request(self, index: int) -> dict[str, Any]:
        item = self.job.items[index]
        request = dict(self.requests[index]) if index < len(self.requests) else {}
        request["video"] = {"type": "asset_id", "asset_id": item.asset_id}
        request["custom_id"] = item.custom_id
        return request

    def adopt(self, batch: PlannedBatch) -> None:
        """A batch marked "sending" by a run that stopped: its id if it was created, else planned again."""
        found = self._find(batch)
        if found is None:
            batch.status = "planned"
            self.job.save()
        else:
            self._created(batch, str(found[0].batch_id), str(found[0].status))

    def _find(self, batch: PlannedBatch) -> tuple[Any, RawResponse[Any]] | None:
        """The batch created from ``batch`` if it exists: listed (newest first) since it was planned,
        of its size, not one the job knows, and whose results carry exactly its custom ids."""
        known = {b.batch_id for b in self.job.batches if b.batch_id is not None}
        wanted = set(self.job.custom_ids(batch))
        since = datetime.fromtimestamp(batch.planned_at - CLOCK_TOLERANCE, UTC)
        first: RawResponse[Any] = self.client._request(_operation("analyze_async.batches.list"), {}, raw=True)
        for page in first.parsed.iter_pages():
            for listed in page.items:
                created_at = getattr(listed, "created_at", None)
                if isinstance(created_at, datetime) and created_at < since:
                    return None  # newest first: every later one is older still
                if listed.batch_id in known or listed.total_items != len(wanted):
                    continue
                if {line.custom_id for line in self._read_results(listed.batch_id)} == wanted:
                    return listed, first
        return None

    # --- following a batch ----------------------------------------------------------------------

    def _poll(self, batch: PlannedBatch) -> Iterator[BatchJobResult]:
        assert batch.batch_id is not None
        schedule = self.schedules.get(id(batch))
        if schedule is None:
            schedule = self.schedules[id(batch)] = self._schedule()
        try:
            raw: RawResponse[Any] = self.client._request(
                _operation("analyze_async.batches.retrieve"), {"batch_id": batch.batch_id}, raw=True
            )
        except RateLimitError as error:
            self.due[id(batch)] = self.clock + schedule.after_rate_limit(error.retry_after)
            return
        status = raw.parsed
        counts = {
            "queued": status.queued_items,
            "processing": status.processing_items,
            "ready": status.ready_items,
            "failed": status.failed_items,
            "canceled": status.canceled_items,
        }
        ended = str(status.status) in TERMINAL_BATCH
        grew = counts["ready"] + counts["failed"] > batch.counts.get("ready", 0) + batch.counts.get(
            "failed", 0
        )
        moved = batch.status != str(status.status)
        batch.counts = counts  # for progress only: not worth a write of its own
        batch.status = str(status.status)
        if grew or ended:
            for result in self._collect(batch, ended):
                yield result
        elif moved:
            self.job.save()
        self.due[id(batch)] = self.clock + schedule.after_answer(raw.rate_limit, wall=time.time())

    def _collect(self, batch: PlannedBatch, ended: bool) -> Iterator[BatchJobResult]:
        """Hand out the batch's items that ended since the last time; when it ended, plan the
        resubmission of items its expiry canceled and mark it finished."""
        assert batch.batch_id is not None
        position = {self.job.items[index].custom_id: index for index in batch.items}
        lines = self._read_results(batch.batch_id)
        handed: list[tuple[int, str]] = []
        again: list[int] = []
        seen: set[int] = set()
        for line in lines:
            index = position.get(str(line.custom_id))
            if index is None or index in seen:
                continue
            seen.add(index)
            status = str(line.status)
            if index in batch.delivered or status not in FINAL_ITEM:
                continue
            if status == "canceled":
                if not ended:
                    continue  # a batch still running says why at its end (expiry or cancel)
                if (
                    batch.status == "expired"
                    and batch.attempt <= self.max_resubmits
                    and not self.job.canceled
                ):
                    again.append(index)
                    continue
            data = getattr(line, "data", None)
            error = getattr(line, "error", None)
            result = self._result(batch, index, status, line.task_id, data, error)
            handed.append((index, status))
            yield result
        for index, status in handed:
            batch.delivered[index] = status
        if ended:
            missing = [index for index in batch.items if index not in seen]
            if missing:
                self.job.save()
                raise BatchJobError(
                    f"batch {batch.batch_id} ended ({batch.status}) but its results lack "
                    f"{len(missing)} of its items (custom_id {self.job.items[missing[0]].custom_id!r} …)"
                )
            if again:
                self.job.plan(again, batch.attempt + 1, time.time())
            batch.finished = True
        self.job.save()

    def _result(
        self, batch: PlannedBatch, index: int, status: str, task_id: Any, data: Any, error: Any
    ) -> BatchJobResult:
        return BatchJobResult(
            index=index,
            request=self.requests[index] if index < len(self.requests) else None,
            custom_id=self.job.items[index].custom_id,
            status=status,
            batch_id=batch.batch_id,
            task_id=None if task_id is None else str(task_id),
            data=data,
            error=error,
            attempts=batch.attempt,
        )

    def _read_results(self, batch_id: str) -> list[Any]:
        """Every line of the batch's results, typed (``results()``: a line that does not parse
        raises, naming its number — never skipped)."""
        lines: list[Any] = []
        with self.api.results(batch_id) as stream:
            for item in stream:
                lines.append(item)
        return lines
