"""Batches (``/analyze/batches``): many analysis tasks created, followed, canceled and read as one.

Every rule is TwelveLabs' (the published spec's descriptions of ``POST /analyze/batches`` and
the batch objects, and the official SDK 1.3.6's docstrings where they say more):

* a batch holds 1 to 1,000 requests (checked with the request schema, like the custom_id format)
  and at most 2,000 content hours, counted with each asset's duration → ``400``; custom ids are
  unique within the batch → ``400``; every asset exists → ``404`` and is ``ready`` → ``409``;
  an account has at most 5 active batches (``pending``, ``processing``, ``canceling``) → ``429``.
  The batch is not created when any of these fails.
* every item becomes an analysis task of the fake's :class:`TaskStore` (so ``GET
  /analyze/tasks/{id}`` shows it, with its ``batch_id``, and webhooks announce it), moving on
  the fake's clock. An item whose analysis window is longer than 2 hours fails on its own with
  ``video_duration_too_long`` (SDK 1.3.6: "The rest of the batch is still submitted").
* a batch expires 24 hours after creation: items not done by then are canceled
  (``batch_expired``) and the batch is ``expired``; otherwise it is ``completed`` once every
  item is ready or failed. Cancel (``202``) cancels the items that have not started
  (``batch_canceled``), lets the processing ones finish: ``canceling``, then ``canceled``. A
  terminal batch cannot be canceled (``409 batch_completed|batch_canceled|batch_expired``); only
  a terminal one can be deleted (``409 batch_not_terminal``), with its tasks. Batches and their
  results are gone 30 days after creation.
* results are JSON Lines, one line per item in submission order, readable while the batch runs:
  ``{task_id, custom_id, status, data}`` when ready, ``error: {code, message}`` when failed.

Assets come from an :data:`AssetLookup`: ``None`` for an asset that does not exist, else its
status and duration. The fake's :class:`AssetRegistry` looks in turn at the assets registered
with ``add`` (any status and duration, for tests), the assets uploaded to the fake (their status;
the fake's duration for that video), the fake's convention for missing videos (``missing-…``),
and takes any other id as a ready asset whose duration is the fake's for that video.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import threading
from collections import Counter, deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from jsonschema.exceptions import SchemaError

from ._analyze import SchemaNotSupported, generate
from ._errors import ApiError
from ._tasks import TaskDurations, TaskStore, _Task
from ._video import facts_for
from ._words import digest

__all__ = [
    "ACTIVE_STATUSES",
    "BATCH_EXPIRY_S",
    "BATCH_RETENTION_S",
    "MAX_ACTIVE_BATCHES",
    "MAX_BATCH_CONTENT_S",
    "MAX_ITEM_WINDOW_S",
    "AssetLookup",
    "AssetRegistry",
    "BatchAsset",
    "BatchStore",
]

MAX_BATCH_CONTENT_S = 2000 * 3600.0  # "Up to 2,000 total content hours per batch"
MAX_ACTIVE_BATCHES = 5  # "Up to 5 active batches per account"
MAX_ITEM_WINDOW_S = 2 * 3600.0  # SDK 1.3.6: "An item whose analysis window exceeds 2 hours fails"
BATCH_EXPIRY_S = 24 * 3600.0  # "Batches expire 24 hours after creation"
BATCH_RETENTION_S = 30 * 86400.0  # "You can retrieve results for 30 days after creation"
ACTIVE_STATUSES = frozenset({"pending", "processing", "canceling"})
TERMINAL_STATUSES = frozenset({"completed", "canceled", "expired"})
# The item's task fields a request sets (model_name and analysis_mode come from the batch).
_ITEM_FIELDS = (
    "response_format",
    "temperature",
    "max_tokens",
    "min_segment_duration",
    "max_segment_duration",
    "start_time",
    "end_time",
)
_ITEM_STATUS = {"queued": "queued", "pending": "queued"}  # task status → item status, if different
_TOO_LONG = "video_duration_too_long"


@dataclass(frozen=True)
class BatchAsset:
    """What a batch needs of an asset: its status (only ``ready`` assets can be analyzed) and its
    duration in seconds (``None`` when not known yet)."""

    status: str = "ready"
    duration: float | None = None


# An asset id → what a batch needs of it, or None when no such asset exists.
AssetLookup = Callable[[str], BatchAsset | None]


class AssetRegistry:
    """The assets batches know: registered ones, uploaded ones, then the fake's conventions."""

    def __init__(
        self, missing: Callable[[str], bool], uploaded: Callable[[str], str | None] | None = None
    ) -> None:
        self._missing = missing
        self._uploaded = uploaded  # an uploaded asset's status, None for an id it does not know
        self._lock = threading.Lock()
        self._assets: dict[str, BatchAsset] = {}

    def add(self, asset_id: str, asset: BatchAsset) -> None:
        with self._lock:
            self._assets[asset_id] = asset

    def clear(self) -> None:
        with self._lock:
            self._assets.clear()

    def __call__(self, asset_id: str) -> BatchAsset | None:
        with self._lock:
            known = self._assets.get(asset_id)
        if known is not None:
            return known
        status = self._uploaded(asset_id) if self._uploaded is not None else None
        if status is not None:
            return BatchAsset(status, facts_for(asset_id).duration)
        if self._missing(asset_id):
            return None
        return BatchAsset("ready", facts_for(asset_id).duration)


def _timestamp(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class _Batch:
    batch_id: str
    number: int  # creation order
    created: float
    analysis_mode: str
    model_name: str
    tasks: list[_Task]
    canceled: float | None = None  # when cancellation was asked
    _status: tuple[float, str, float | None] | None = field(default=None, repr=False)

    @property
    def expires(self) -> float:
        return self.created + BATCH_EXPIRY_S

    def item_status(self, task: _Task, now: float) -> str:
        status = task.status(now)
        return _ITEM_STATUS.get(status, status)

    def status(self, now: float) -> tuple[str, float | None]:
        """The batch status at ``now`` and, for a terminal one, when it became so."""
        done = [task.done_at <= now for task in self.tasks]
        if all(done):
            finished = max(task.done_at for task in self.tasks)
            if self.canceled is not None:
                return "canceled", max(finished, self.canceled)
            if any(task.canceled and task.cancel_code == "batch_expired" for task in self.tasks):
                return "expired", self.expires
            return "completed", finished
        if self.canceled is not None:
            return "canceling", None
        started = any(done) or any(task.status(now) == "processing" for task in self.tasks)
        return ("processing" if started else "pending"), None

    def counts(self, now: float) -> Counter[str]:
        return Counter(self.item_status(task, now) for task in self.tasks)

    def view(self, now: float) -> dict[str, Any]:
        """The batch as the API shows it (AnalyzeBatchStatusResponse)."""
        status, since = self.status(now)
        counts = self.counts(now)
        view: dict[str, Any] = {
            "batch_id": self.batch_id,
            "analysis_mode": self.analysis_mode,
            "model_name": self.model_name,
            "status": status,
            "total_items": len(self.tasks),
            "created_at": _timestamp(self.created),
            "expires_at": _timestamp(self.expires),
        }
        if since is not None:
            view[f"{status}_at"] = _timestamp(since)
        for name in ("queued", "processing", "ready", "failed", "canceled"):
            view[f"{name}_items"] = counts[name]
        return view

    def line(self, task: _Task, now: float) -> dict[str, Any]:
        """One result entry (BatchResultItem)."""
        status = self.item_status(task, now)
        entry: dict[str, Any] = {
            "task_id": task.task_id,
            "custom_id": task.request.get("custom_id"),
            "status": status,
        }
        if status == "ready":
            entry["data"] = task.result()
        elif status == "failed":
            entry["error"] = task.error()
        return entry


@dataclass(frozen=True)
class _Failure:
    message: str
    code: str | None
    custom_id: str | None  # only the next item with this custom id; None: the next item


class BatchStore:
    """Every batch of one fake, behind one lock; items live in the fake's :class:`TaskStore`."""

    def __init__(self, clock: Callable[[], float], tasks: TaskStore, assets: AssetLookup) -> None:
        self._clock = clock
        self._tasks = tasks
        self.assets = assets
        self._lock = threading.Lock()
        self._batches: dict[str, _Batch] = {}
        self._created = 0
        self._failures: deque[_Failure] = deque()

    # --- configuration --------------------------------------------------------------------

    def fail_next_item(self, message: str, *, code: str | None, custom_id: str | None) -> None:
        with self._lock:
            self._failures.append(_Failure(message, code, custom_id))

    def clear(self) -> None:
        with self._lock:
            self._batches.clear()
            self._failures.clear()
            self._created = 0

    # --- operations -----------------------------------------------------------------------

    def create(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """``POST /analyze/batches`` (the body is valid against the request schema)."""
        requests: Sequence[Mapping[str, Any]] = body["requests"]
        defaults: Mapping[str, Any] = body.get("defaults") or {}
        _check_unique(requests)
        durations = [self._asset_duration(index, request) for index, request in enumerate(requests)]
        hours = sum(durations) / 3600
        if hours > MAX_BATCH_CONTENT_S / 3600:
            raise ApiError(
                400,
                "parameter_invalid",
                f"The batch holds {hours:,.1f} content hours; a batch may hold up to 2,000.",
                details={"content_hours": round(hours, 3), "limit": 2000},
            )
        items = [_item_request(body, defaults, request) for request in requests]
        self._check_formats(items)
        now = self._clock()
        with self._lock:
            self._sweep(now)
            active = sum(1 for b in self._batches.values() if b.status(now)[0] in ACTIVE_STATUSES)
            if active >= MAX_ACTIVE_BATCHES:
                raise ApiError(
                    429,
                    "too_many_requests",
                    f"You already have {active} active batches, the most an account may have; "
                    "create this one when one of them is completed, canceled or expired.",
                    details={"active_batches": active, "limit": MAX_ACTIVE_BATCHES},
                )
            self._created += 1
            batch_id = digest({"batch": self._created}).hex()[:24]
            tasks = [
                self._create_item(batch_id, now, item, duration)
                for item, duration in zip(items, durations, strict=True)
            ]
            batch = _Batch(batch_id, self._created, now, body["analysis_mode"], body["model_name"], tasks)
            self._batches[batch_id] = batch
        view = batch.view(now)
        return {
            "batch_id": batch_id,
            "status": view["status"],
            "total_items": view["total_items"],
            "created_at": view["created_at"],
            "expires_at": view["expires_at"],
            "items": [{"task_id": t.task_id, "custom_id": t.request.get("custom_id")} for t in tasks],
        }

    def page(self, query: Mapping[str, Any]) -> dict[str, Any]:
        """``GET /analyze/batches``: newest first, filtered by ``status`` and ``analysis_mode``
        (any of the values given); ``page`` and ``page_limit`` filled in by the caller."""
        now = self._clock()
        with self._lock:
            self._sweep(now)
            batches = sorted(self._batches.values(), key=lambda b: b.number, reverse=True)
        statuses = set(query.get("status") or ())
        modes = set(query.get("analysis_mode") or ())
        chosen = [
            b
            for b in batches
            if (not statuses or b.status(now)[0] in statuses) and (not modes or b.analysis_mode in modes)
        ]
        limit = max(1, int(query["page_limit"]))
        number = max(1, int(query["page"]))
        return {
            "data": [b.view(now) for b in chosen[(number - 1) * limit : number * limit]],
            "page_info": {
                "limit_per_page": limit,
                "page": number,
                "total_page": max(1, math.ceil(len(chosen) / limit)),
                "total_results": len(chosen),
            },
        }

    def retrieve(self, batch_id: str) -> dict[str, Any]:
        now = self._clock()
        return self._get(batch_id, now).view(now)

    def cancel(self, batch_id: str) -> dict[str, Any]:
        """``POST …/cancel``: the batch as it is once cancellation was asked."""
        now = self._clock()
        batch = self._get(batch_id, now)
        with self._lock:
            status, _ = batch.status(now)
            if status in TERMINAL_STATUSES:
                raise ApiError(
                    409,
                    f"batch_{status}",
                    f"The batch {batch_id} is {status} and cannot be canceled.",
                    details={"status": status},
                )
            if batch.canceled is None:
                batch.canceled = now
                self._tasks.cancel_waiting(batch.tasks, now, "batch_canceled")
        return batch.view(now)

    def delete(self, batch_id: str) -> None:
        now = self._clock()
        batch = self._get(batch_id, now)
        with self._lock:
            status, _ = batch.status(now)
            if status not in TERMINAL_STATUSES:
                raise ApiError(
                    409,
                    "batch_not_terminal",
                    f"The batch {batch_id} is {status}; cancel it and wait until it is canceled "
                    "before deleting it.",
                    details={"status": status},
                )
            self._batches.pop(batch_id, None)
        self._tasks.discard(task.task_id for task in batch.tasks)

    def results(self, batch_id: str) -> list[dict[str, Any]]:
        """``GET …/results``: one entry per item, in submission order."""
        now = self._clock()
        batch = self._get(batch_id, now)
        return [batch.line(task, now) for task in batch.tasks]

    def snapshot(self) -> list[dict[str, Any]]:
        """Every batch as retrieve shows it, newest first."""
        now = self._clock()
        with self._lock:
            self._sweep(now)
            batches = sorted(self._batches.values(), key=lambda b: b.number, reverse=True)
        return [b.view(now) for b in batches]

    def __len__(self) -> int:
        with self._lock:
            return len(self._batches)

    # --- helpers --------------------------------------------------------------------------

    def _get(self, batch_id: str, now: float) -> _Batch:
        with self._lock:
            self._sweep(now)
            batch = self._batches.get(batch_id)
        if batch is None:
            raise ApiError(404, "resource_not_exist", f"No batch has the id {batch_id!r}.")
        return batch

    def _sweep(self, now: float) -> None:
        """Forget batches past their retention, with their tasks (lock held)."""
        gone = [b for b in self._batches.values() if now >= b.created + BATCH_RETENTION_S]
        for batch in gone:
            del self._batches[batch.batch_id]
            self._tasks.discard(task.task_id for task in batch.tasks)

    def _asset_duration(self, index: int, request: Mapping[str, Any]) -> float:
        asset_id = str(request["video"]["asset_id"])
        asset = self.assets(asset_id)
        where = {"parameter": f"requests[{index}].video.asset_id", "asset_id": asset_id}
        if asset is None:
            raise ApiError(404, "resource_not_exist", f"The asset {asset_id} does not exist.", details=where)
        if asset.status != "ready":
            raise ApiError(
                409,
                "asset_not_ready",
                f"The asset {asset_id} is {asset.status}, not ready; wait until it is ready.",
                details={**where, "status": asset.status},
            )
        return float(asset.duration or 0.0)

    def _check_formats(self, items: Sequence[Mapping[str, Any]]) -> None:
        """Refuse a response format the fake cannot answer now, not when the results are read
        (each distinct one tried once)."""
        seen: set[str] = set()
        for item in items:
            key = json.dumps(item.get("response_format"), sort_keys=True)
            if key in seen:
                continue
            seen.add(key)
            try:
                generate(item, facts_for(str(item["video"]["asset_id"])))
            except (SchemaNotSupported, SchemaError) as exc:
                message = exc.message if isinstance(exc, SchemaError) else str(exc)
                raise ApiError(
                    400, "parameter_invalid", f"The response_format parameter is invalid: {message}"
                ) from None

    def _create_item(self, batch_id: str, now: float, item: dict[str, Any], duration: float) -> _Task:
        """The task of one item (lock held)."""
        facts = facts_for(str(item["video"]["asset_id"]))
        task = self._tasks.create(
            item, facts, batch_id=batch_id, cancel_at=now + BATCH_EXPIRY_S, cancel_code="batch_expired"
        )
        start = float(item.get("start_time", 0.0))
        end = float(item.get("end_time", duration))
        if end - start > MAX_ITEM_WINDOW_S:  # fails on its own, at once
            self._tasks.update(
                task.task_id,
                durations=TaskDurations(0.0, 0.0, 0.0),
                failure="The analysis window is longer than 2 hours.",
                failure_code=_TOO_LONG,
            )
            return task
        failure = self._take_failure(item.get("custom_id"))
        if failure is not None:
            self._tasks.update(task.task_id, failure=failure.message, failure_code=failure.code)
        return task

    def _take_failure(self, custom_id: object) -> _Failure | None:
        """The first injected failure meant for this item, used up (lock held)."""
        for failure in self._failures:
            if failure.custom_id is None or failure.custom_id == custom_id:
                self._failures.remove(failure)
                return failure
        return None


def _check_unique(requests: Sequence[Mapping[str, Any]]) -> None:
    seen: dict[str, int] = {}
    for index, request in enumerate(requests):
        custom_id = request.get("custom_id")
        if not isinstance(custom_id, str):
            continue
        if custom_id in seen:
            raise ApiError(
                400,
                "parameter_invalid",
                f"The custom_id {custom_id!r} appears twice in the batch (requests[{seen[custom_id]}] "
                f"and requests[{index}]); custom ids must be unique within a batch.",
                details={"parameter": f"requests[{index}].custom_id", "custom_id": custom_id},
            )
        seen[custom_id] = index


def _item_request(
    body: Mapping[str, Any], defaults: Mapping[str, Any], request: Mapping[str, Any]
) -> dict[str, Any]:
    """The analysis task one request stands for: the batch's model and mode, the defaults, and
    the request's own fields, each replacing the default whole ("provide the full object")."""
    item: dict[str, Any] = {
        "model_name": body["model_name"],
        "analysis_mode": body["analysis_mode"],
        "video": dict(request["video"]),
    }
    if isinstance(request.get("custom_id"), str):
        item["custom_id"] = request["custom_id"]
    prompt = request.get("prompt", defaults.get("prompt"))
    if prompt is not None:
        item["prompt_v2"] = prompt  # a batch's prompt is the structured prompt of a task
    for name in _ITEM_FIELDS:
        value = request.get(name, defaults.get(name))
        if value is not None:
            item[name] = value
    return item
