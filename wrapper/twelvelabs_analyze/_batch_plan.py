"""What a batch job needs besides I/O: the limits, the splitter, the custom ids, the state file.

``batches.run`` (``_async/_batches.py``) is a loop of requests around these; everything here is
pure or touches only the local state file, and is shared by the sync and async clients.

The documented limits (``POST /analyze/batches``): 1,000 requests and 2,000 content hours per
batch, 5 active batches per account. A video whose duration is not known counts as the longest
video an analysis task accepts (2 hours: "Maximum duration: 2 hours" of ``POST /analyze/tasks``),
so a batch of 1,000 unknown videos is within 2,000 hours — the count limit alone keeps it there.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._exceptions import TwelveLabsError

__all__ = [
    "MAX_ACTIVE_BATCHES",
    "MAX_BATCH_REQUESTS",
    "MAX_BATCH_SECONDS",
    "MAX_VIDEO_SECONDS",
    "BatchJobError",
    "BatchJobItem",
    "BatchJobProgress",
    "BatchJobResult",
    "JobState",
    "PlannedBatch",
    "check_custom_id",
    "job_key",
    "split",
]

MAX_BATCH_REQUESTS = 1000
MAX_BATCH_SECONDS = 2000 * 3600.0
MAX_ACTIVE_BATCHES = 5
MAX_VIDEO_SECONDS = 2 * 3600.0  # the longest video an analysis task takes: an unknown one counts as this
CUSTOM_ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")  # CreateAnalyzeBatchRequest: items' custom_id
JOB_PREFIX = "tlb"  # + "-" + 16 hex digits of the job's key + "-" + the item's position
STATE_FORMAT = "twelvelabs-analyze batch job"
STATE_VERSION = 1
TERMINAL_BATCH = frozenset({"completed", "canceled", "expired"})  # BatchStatus values that end a batch
FINAL_ITEM = frozenset({"ready", "failed", "canceled"})  # BatchItemStatus values that end an item


class BatchJobError(TwelveLabsError):
    """A batch job cannot start or go on: its requests, limits or state file (nothing is lost)."""


def check_custom_id(custom_id: object, where: str) -> str:
    if not isinstance(custom_id, str):
        raise TypeError(f"{where}: custom_id must be a string, not {type(custom_id).__name__}")
    if CUSTOM_ID_PATTERN.fullmatch(custom_id) is None:
        raise ValueError(f"{where}: custom_id {custom_id!r} is not 1-64 letters, digits, '-' or '_'")
    return custom_id


def _plain(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def job_key(model_name: str, analysis_mode: str, defaults: Any, requests: Sequence[Mapping[str, Any]]) -> str:
    """16 hex digits that name the job: the same requests and settings give the same key."""
    digest = hashlib.sha256()
    digest.update(
        json.dumps([model_name, analysis_mode, _plain(defaults)], sort_keys=True, default=str).encode()
    )
    for request in requests:
        digest.update(b"\n" + json.dumps(request, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class BatchJobItem:
    """One request of a job: its position, its custom id, its asset and how long its video is (s)."""

    index: int
    custom_id: str
    asset_id: str
    seconds: float


def split(items: Sequence[BatchJobItem]) -> list[list[int]]:
    """The items' positions, in order, cut into batches within both documented limits.

    Greedy and in input order (so deterministic): a batch ends at 1,000 requests, or before the
    item that would take it over 2,000 hours.
    """
    batches: list[list[int]] = []
    current: list[int] = []
    seconds = 0.0
    for item in items:
        if item.seconds > MAX_BATCH_SECONDS:
            raise BatchJobError(
                f"request {item.index}: a video of {item.seconds:.0f}s is over a batch's 2,000 hours"
            )
        if current and (len(current) >= MAX_BATCH_REQUESTS or seconds + item.seconds > MAX_BATCH_SECONDS):
            batches.append(current)
            current, seconds = [], 0.0
        current.append(item.index)
        seconds += item.seconds
    if current:
        batches.append(current)
    return batches


def job_items(
    requests: Sequence[Mapping[str, Any]], key: str, durations: Mapping[str, float] | None
) -> list[BatchJobItem]:
    """Every request as an item: its asset id and custom id checked (pattern, uniqueness)."""
    items: list[BatchJobItem] = []
    seen: dict[str, int] = {}
    for index, request in enumerate(requests):
        where = f"request {index}"
        video = request.get("video") if isinstance(request, Mapping) else None
        asset_id = video.get("asset_id") if isinstance(video, Mapping) else None
        if not isinstance(asset_id, str) or not asset_id:
            raise BatchJobError(
                f"{where}: needs video={{'type': 'asset_id', 'asset_id': ...}} (batches take assets only)"
            )
        chosen = request.get("custom_id")
        custom_id = f"{JOB_PREFIX}-{key}-{index}" if chosen is None else check_custom_id(chosen, where)
        if custom_id in seen:
            raise BatchJobError(f"{where}: custom_id {custom_id!r} is also request {seen[custom_id]}'s")
        seen[custom_id] = index
        known = None if durations is None else durations.get(asset_id)
        if known is not None and (
            isinstance(known, bool) or not isinstance(known, int | float) or not known >= 0
        ):
            raise BatchJobError(
                f"{where}: the duration of asset {asset_id!r} must be seconds >= 0, not {known!r}"
            )
        items.append(
            BatchJobItem(index, custom_id, asset_id, MAX_VIDEO_SECONDS if known is None else float(known))
        )
    return items


@dataclass(frozen=True, slots=True)
class BatchJobResult:
    """The final outcome of one request of the job, mapped back to it by ``custom_id``.

    ``status``: ``ready`` (``data`` holds the analysis), ``failed`` (``error`` says why; never
    resubmitted), or ``canceled`` (the job was canceled, or its batch expired
    ``attempts`` times). ``batch_id`` is ``None`` only for a request of a canceled job that
    was never sent.
    """

    index: int  # the request's position in ``requests``
    request: Any  # the request as given
    custom_id: str
    status: str
    batch_id: str | None
    task_id: str | None
    data: Any = None  # AnalyzeTaskResult when ready
    error: Any = None  # BatchItemError when failed
    attempts: int = 1  # batches the request was sent in (more than 1 after an expiry)


@dataclass(frozen=True, slots=True)
class BatchJobProgress:
    """What ``on_progress`` receives: item counts across all the job's batches, and the batches.

    ``waiting``: items in no batch yet (planned, or queued behind the active limit);
    ``queued``/``processing``/``ready``/``failed``/``canceled``: as the batches count them (an
    item canceled by expiry and resubmitted counts once, where it is now); ``resubmitted``:
    items sent again after their batch expired.
    """

    total: int
    waiting: int
    queued: int
    processing: int
    ready: int
    failed: int
    canceled: int
    batches_active: int
    batches_created: int
    resubmitted: int

    @property
    def done(self) -> int:
        return self.ready + self.failed + self.canceled


@dataclass(slots=True)
class PlannedBatch:
    """A batch of the job: its items, and once created its id (``None``: maybe not created yet)."""

    items: list[int]
    attempt: int  # 1 for the first submission of its items, 2 for a resubmission …
    planned_at: float  # time.time() when it was recorded, before it was sent
    batch_id: str | None = None
    status: str = "planned"  # "planned" until created, then the batch's status
    finished: bool = False  # terminal, and every final result delivered
    counts: dict[str, int] = field(default_factory=dict)  # the batch's last item counts
    delivered: dict[int, str] = field(default_factory=dict)  # item -> final status, once handed out

    def to_json(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "attempt": self.attempt,
            "planned_at": self.planned_at,
            "batch_id": self.batch_id,
            "status": self.status,
            "finished": self.finished,
            "counts": self.counts,
            "delivered": self.delivered,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PlannedBatch:
        return cls(
            items=[int(i) for i in data["items"]],
            attempt=int(data["attempt"]),
            planned_at=float(data["planned_at"]),
            batch_id=data.get("batch_id"),
            status=str(data.get("status", "planned")),
            finished=bool(data.get("finished", False)),
            counts={str(k): int(v) for k, v in dict(data.get("counts") or {}).items()},
            delivered={int(k): str(v) for k, v in dict(data.get("delivered") or {}).items()},
        )


@dataclass(slots=True)
class JobState:
    """Everything a killed job needs to go on: item ↔ custom id ↔ asset, and the batches.

    Written to ``path`` atomically (a temporary file in the same folder, flushed to disk, then
    renamed over the old one) each time it changes, so the file on disk is always one whole state.
    It holds ids only: custom ids, asset ids, batch ids (no API key, no URL, no prompt).
    """

    key: str
    model_name: str
    analysis_mode: str
    items: list[BatchJobItem]
    batches: list[PlannedBatch] = field(default_factory=list)
    path: Path | None = None
    canceled: bool = False  # cancel_job ran: no batch is created any more

    def active(self) -> list[PlannedBatch]:
        return [b for b in self.batches if b.batch_id is not None and b.status not in TERMINAL_BATCH]

    def unfinished(self) -> list[PlannedBatch]:
        return [b for b in self.batches if not b.finished]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": STATE_FORMAT,
            "version": STATE_VERSION,
            "job": self.key,
            "model_name": self.model_name,
            "analysis_mode": self.analysis_mode,
            "items": [[i.custom_id, i.asset_id, i.seconds] for i in self.items],
            "batches": [b.to_json() for b in self.batches],
            "canceled": self.canceled,
        }

    def save(self) -> None:
        if self.path is not None:
            write_atomically(self.path, json.dumps(self.to_json(), separators=(",", ":")).encode())

    @classmethod
    def load(cls, path: Path) -> JobState | None:
        """The state in ``path``; ``None`` when there is no such file."""
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            raise BatchJobError(f"state file {str(path)!r} cannot be read: {error}") from None
        if not isinstance(data, dict) or data.get("format") != STATE_FORMAT:
            raise BatchJobError(f"{str(path)!r} is not a batch job's state file")
        if data.get("version") != STATE_VERSION:
            raise BatchJobError(
                f"state file {str(path)!r} has version {data.get('version')!r}, not {STATE_VERSION}"
            )
        try:
            items = [BatchJobItem(n, str(c), str(a), float(s)) for n, (c, a, s) in enumerate(data["items"])]
            batches = [PlannedBatch.from_json(b) for b in data["batches"]]
            return cls(
                str(data["job"]),
                str(data["model_name"]),
                str(data["analysis_mode"]),
                items,
                batches,
                path,
                bool(data.get("canceled", False)),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise BatchJobError(f"state file {str(path)!r} is damaged: {error!r}") from None

    def custom_ids(self, batch: PlannedBatch) -> list[str]:
        return [self.items[i].custom_id for i in batch.items]

    def plan(self, positions: Iterable[int], attempt: int, planned_at: float) -> list[PlannedBatch]:
        """New batches for ``positions`` (split within the limits), added to the state."""
        chosen = [self.items[i] for i in positions]
        planned = [PlannedBatch(items, attempt, planned_at) for items in split(chosen)]
        self.batches += planned
        return planned


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` as the whole of ``path``, or ``path`` unchanged (whatever kills the process when)."""
    folder = path.parent
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
    with contextlib.suppress(OSError):  # the rename itself on disk (not every system opens folders)
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
