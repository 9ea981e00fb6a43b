"""Analysis tasks (``/analyze/tasks``): created, moved along by fake time, listed, retrieved, deleted.

A task is ``queued``, then ``pending``, then ``processing``, then ``ready`` (or ``failed`` when
a failure was injected for it), each step lasting as long as its :class:`TaskDurations` say,
measured on the fake's clock. A task of a batch (``_batches.py``) may also be ``canceled``: at
the time its batch was canceled (when it had not started) or expired, if it was not done by then. Nothing runs in the background: a task's status is computed from
the clock whenever it is read, so ``fake.advance(seconds)`` moves every task at once.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._analyze import Generation, generate
from ._errors import ApiError
from ._video import VideoFacts
from ._words import digest

__all__ = ["DEFAULT_TASK_DURATIONS", "TaskDurations", "TaskStore", "with_durations"]

DEFAULT_FAILURE = "The video could not be analyzed."
LIST_TEXT_LIMIT = 30  # the list shows prompts cut to this many characters (the spec's words)
# twelvelabs 1.3.6 types, AnalyzeTaskError.code: "`user_canceled`, `batch_canceled`, `batch_expired` …"
CANCEL_MESSAGES = {
    "batch_canceled": "The task was canceled with its batch before it started.",
    "batch_expired": "The task was canceled: its batch expired before it finished.",
}


@dataclass(frozen=True)
class TaskDurations:
    """Seconds a task spends queued, pending and processing (on the fake's clock) before it is done."""

    queued: float = 0.25
    pending: float = 0.25
    processing: float = 1.5

    def __post_init__(self) -> None:
        for name in ("queued", "pending", "processing"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and math.isfinite(value) and value >= 0):
                raise ValueError(f"{name} must be a finite number of seconds >= 0, not {value!r}")

    @property
    def total(self) -> float:
        return self.queued + self.pending + self.processing


# Short, so that someone watching `mock-server` sees a task move through every status.
DEFAULT_TASK_DURATIONS = TaskDurations()


def _timestamp(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class _Task:
    task_id: str
    number: int  # creation order: the newest task has the highest
    created: float  # fake time
    durations: TaskDurations
    request: dict[str, Any]
    facts: VideoFacts
    failure: str | None = None
    failure_code: str | None = None
    batch_id: str | None = None
    # When it is canceled unless done by then (its batch's expiry or cancellation), and why.
    cancel_at: float | None = None
    cancel_code: str | None = None
    announced: bool = False  # its webhook event was taken (TaskStore.take_finished)
    _generation: Generation | None = field(default=None, repr=False)

    @property
    def canceled(self) -> bool:
        """Whether it is (or will be) canceled: not done by the time it is canceled at."""
        return self.cancel_at is not None and self.created + self.durations.total > self.cancel_at

    @property
    def done_at(self) -> float:
        """When it is ready, failed or canceled (fake time)."""
        done = self.created + self.durations.total
        return min(done, self.cancel_at) if self.cancel_at is not None else done

    def status(self, now: float) -> str:
        if self.canceled and now >= self.done_at:
            return "canceled"
        elapsed = now - self.created
        durations = self.durations
        if elapsed < durations.queued:
            return "queued"
        if elapsed < durations.queued + durations.pending:
            return "pending"
        if elapsed < durations.total:
            return "processing"
        return "failed" if self.failure is not None else "ready"

    def generation(self) -> Generation:
        if self._generation is None:
            self._generation = generate(self.request, self.facts)
        return self._generation

    @property
    def analysis_mode(self) -> str:
        return str(self.request.get("analysis_mode", "general"))

    def video_source(self, done: bool) -> dict[str, Any] | None:
        video = self.request.get("video")
        if not isinstance(video, Mapping):
            return None
        kind = str(video.get("type"))
        source: dict[str, Any] = {"type": kind}
        if kind in ("url", "asset_id"):
            source[kind] = video.get(kind)
        if done:  # "present on a best-effort basis once the video has been processed"
            source["system_metadata"] = {"duration": self.facts.duration}
        return source

    def request_params(self, listing: bool) -> dict[str, Any]:
        request = self.request
        params: dict[str, Any] = {"analysis_mode": self.analysis_mode}
        if isinstance(request.get("prompt"), str):
            prompt = request["prompt"]
            params["prompt"] = prompt[:LIST_TEXT_LIMIT] if listing else prompt
        if isinstance(request.get("prompt_v2"), Mapping):
            structured = dict(request["prompt_v2"])
            if listing:
                structured["input_text"] = str(structured.get("input_text", ""))[:LIST_TEXT_LIMIT]
            structured["media_sources"] = [_source_view(s) for s in structured.get("media_sources", ())]
            params["prompt_v2"] = structured
        if isinstance(request.get("response_format"), Mapping):
            params["response_format"] = _response_format_view(request["response_format"], listing)
        for name in (
            "temperature",
            "max_tokens",
            "min_segment_duration",
            "max_segment_duration",
            "start_time",
            "end_time",
        ):
            if name in request:
                params[name] = request[name]
        return params

    def error(self) -> dict[str, Any]:
        """Why it failed or was canceled: ``{code, message}`` (``code`` only when there is one)."""
        if self.failure is None or self.canceled:
            code = self.cancel_code or "batch_canceled"
            return {"code": code, "message": CANCEL_MESSAGES.get(code, "The task was canceled.")}
        found: dict[str, Any] = {"message": self.failure}
        if self.failure_code is not None:
            found["code"] = self.failure_code
        return found

    def result(self) -> dict[str, Any]:
        """The analysis of a ready task (the spec's AnalyzeTaskResult)."""
        generation = self.generation()
        return {
            "generation_id": generation.generation_id,
            "data": generation.data,
            "finish_reason": generation.finish_reason,
            "usage": generation.usage(),
        }

    def view(self, now: float, *, listing: bool = False) -> dict[str, Any]:
        """The task as the API shows it (``listing``: in a list, with the list's abridgements)."""
        status = self.status(now)
        done = status in ("ready", "failed")
        task: dict[str, Any] = {
            "task_id": self.task_id,
            "custom_id": self.request.get("custom_id"),
            "status": status,
            "created_at": _timestamp(self.created),
            "request_params": self.request_params(listing),
        }
        if self.batch_id is not None:
            task["batch_id"] = self.batch_id
        source = self.video_source(done)
        if source is not None:
            task["video_source"] = source
        if done:
            task["completed_at"] = _timestamp(self.created + self.durations.total)
        if status in ("failed", "canceled"):
            task["error"] = self.error()
        elif status == "ready":
            generation = self.generation()
            task["result"] = self.result()
            if generation.warning is not None:
                task["error"] = {"message": generation.warning}
        return task


def _source_view(source: Any) -> Any:
    """A media source without its inline bytes (the API echoes URLs and asset ids, not data)."""
    if not isinstance(source, Mapping):
        return source
    return {key: value for key, value in source.items() if key != "base64_string"}


def _response_format_view(response_format: Mapping[str, Any], listing: bool) -> dict[str, Any]:
    view = dict(response_format)
    if listing:
        view.pop("json_schema", None)  # "List: omitted"
        definitions = view.get("segment_definitions")
        if isinstance(definitions, list):
            view["segment_definitions"] = definitions[:1]  # "List: returns only the first element"
    if isinstance(view.get("segment_definitions"), list):
        view["segment_definitions"] = [
            {**d, "media_sources": [_source_view(s) for s in d.get("media_sources", ())]}
            if isinstance(d, Mapping) and "media_sources" in d
            else d
            for d in view["segment_definitions"]
        ]
    return view


class TaskStore:
    """Every task of one fake, behind one lock."""

    def __init__(self, clock: Callable[[], float], durations: TaskDurations = DEFAULT_TASK_DURATIONS) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._tasks: dict[str, _Task] = {}
        self._created = 0
        self.durations = durations
        self._next: list[tuple[TaskDurations | None, str | None]] = []  # per-task settings for the next tasks

    def configure_next(self, *, durations: TaskDurations | None = None, failure: str | None = None) -> None:
        with self._lock:
            self._next.append((durations, failure))

    def create(
        self,
        request: Mapping[str, Any],
        facts: VideoFacts,
        generation: Generation | None = None,
        *,
        batch_id: str | None = None,
        cancel_at: float | None = None,
        cancel_code: str | None = None,
    ) -> _Task:
        with self._lock:
            durations, failure = self._next.pop(0) if self._next else (None, None)
            self._created += 1
            number = self._created
            task = _Task(
                task_id=digest({"task": number}).hex()[:24],
                number=number,
                created=self._clock(),
                durations=durations or self.durations,
                request=dict(request),
                facts=facts,
                failure=failure,
                batch_id=batch_id,
                cancel_at=cancel_at,
                cancel_code=cancel_code,
                _generation=generation,
            )
            self._tasks[task.task_id] = task
        return task

    def retrieve(self, task_id: str) -> dict[str, Any]:
        with self._lock:
            task = self._tasks.get(task_id)
        if task is None:
            raise _not_found(task_id)
        return task.view(self._clock())

    def delete(self, task_id: str) -> None:
        with self._lock:
            task = self._tasks.get(task_id)
            if task is None:
                raise _not_found(task_id)
            if task.status(self._clock()) == "processing":
                raise ApiError(
                    409,
                    "conflict",
                    f"The analysis task {task_id} is being processed and cannot be deleted; "
                    "delete it once it is ready or failed.",
                )
            del self._tasks[task_id]

    def update(
        self,
        task_id: str,
        *,
        durations: TaskDurations | None = None,
        failure: str | None = None,
        failure_code: str | None = None,
    ) -> None:
        """Re-time one task (from its creation) or make it fail; KeyError for an unknown id."""
        with self._lock:
            task = self._tasks[task_id]
            if durations is not None:
                task.durations = durations
            if failure is not None:
                task.failure = failure
                task.failure_code = failure_code

    def cancel_waiting(self, tasks: Iterable[_Task], now: float, code: str) -> None:
        """Cancel, as of ``now``, those of ``tasks`` that have not started processing (a batch's
        cancellation: "Cancels the items in the `queued` status")."""
        with self._lock:
            for task in tasks:
                if task.status(now) in ("queued", "pending"):
                    task.cancel_at = now
                    task.cancel_code = code

    def discard(self, task_ids: Iterable[str]) -> None:
        """Forget these tasks (a deleted batch's), whatever their status; unknown ids are ignored."""
        with self._lock:
            for task_id in task_ids:
                self._tasks.pop(task_id, None)

    def page(self, query: Mapping[str, Any]) -> dict[str, Any]:
        """One page of the tasks, newest first, filtered as ``query`` says (``page`` and
        ``page_limit`` included: the caller fills in the spec's defaults)."""
        now = self._clock()
        with self._lock:
            tasks = sorted(self._tasks.values(), key=lambda t: t.number, reverse=True)
        chosen = [task for task in tasks if _matches(task, query, now)]
        limit = int(query["page_limit"])
        number = int(query["page"])
        total_pages = max(1, math.ceil(len(chosen) / limit))
        items = chosen[(number - 1) * limit : number * limit]
        return {
            "data": [task.view(now, listing=True) for task in items],
            "page_info": {
                "limit_per_page": limit,
                "page": number,
                "total_page": total_pages,
                "total_results": len(chosen),
            },
        }

    def take_finished(self, now: float) -> list[tuple[str, str, str | None]]:
        """``(task_id, status, custom_id)`` of the tasks ready or failed by ``now`` that were not
        taken before, oldest first: each task once (its webhook event)."""
        with self._lock:
            done = [
                task
                for task in self._tasks.values()
                if not task.announced and task.status(now) in ("ready", "failed")
            ]
            for task in done:
                task.announced = True
        done.sort(key=lambda task: (task.created + task.durations.total, task.number))
        return [(task.task_id, task.status(now), task.request.get("custom_id")) for task in done]

    def snapshot(self) -> list[dict[str, Any]]:
        """Every task as retrieve would show it, newest first."""
        now = self._clock()
        with self._lock:
            tasks = sorted(self._tasks.values(), key=lambda t: t.number, reverse=True)
        return [task.view(now) for task in tasks]

    def clear(self) -> None:
        with self._lock:
            self._tasks.clear()
            self._next.clear()
            self._created = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._tasks)


def _matches(task: _Task, query: Mapping[str, Any], now: float) -> bool:
    video = task.request.get("video")
    video = video if isinstance(video, Mapping) else {}
    wanted = {
        "status": task.status(now),
        "analysis_mode": task.analysis_mode,
        "asset_id": video.get("asset_id"),
        # Deprecated for asset_id: a pre-indexed video's id and its asset id are the same id.
        "video_id": video.get("asset_id"),
        "video_url": video.get("url"),
    }
    return all(query[name] == value for name, value in wanted.items() if name in query)


def _not_found(task_id: str) -> ApiError:
    return ApiError(404, "resource_not_exist", f"No analysis task has the id {task_id!r}.")


def with_durations(durations: TaskDurations | tuple[float, float, float]) -> TaskDurations:
    """``durations`` as TaskDurations (a tuple reads as queued, pending, processing)."""
    return durations if isinstance(durations, TaskDurations) else TaskDurations(*durations)
