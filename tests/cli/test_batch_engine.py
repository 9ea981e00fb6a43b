"""The batch engine with a scripted API: outcomes, resume, rate limits, stops."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from twelvelabs_analyze import (
    AnalyzeTask,
    AnalyzeTaskCreated,
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    GistResult,
    InternalServerError,
    NotFoundError,
    OutputTruncatedError,
    RateLimitError,
    RawResponse,
)
from twelvelabs_analyze.cli._batch import Batch, BatchReport, CallJob, StopReason, TaskJob
from twelvelabs_analyze.cli._results import ResultsFile
from twelvelabs_analyze_api.resources import AnalyzeAsyncTasksResource

from .scripted import task


class Reporter:
    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    def start(self, total: int, done_before: int, failed_before: int) -> None:
        self.events.append(("start", (total, done_before, failed_before)))

    def advance(self, ok: bool) -> None:
        self.events.append(("advance", ok))

    def paused(self, until: float) -> None:
        self.events.append(("paused", until))

    def note(self, message: str) -> None:
        self.events.append(("note", message))

    def finish(self) -> None:
        self.events.append(("finish", None))

    def named(self, name: str) -> list[Any]:
        return [value for event, value in self.events if event == name]


def success(
    video_id: str, attempts: int = 1, headers: dict[str, str] | None = None
) -> RawResponse[GistResult]:
    return RawResponse(
        parsed=GistResult(id=f"answer-{video_id}", title=f"Title of {video_id}"),
        http_response=httpx.Response(200, headers=headers or {}),
        attempts=attempts,
        elapsed=0.0,
    )


def with_attempts(error: Exception, attempts: int) -> Exception:
    error.attempts = attempts  # type: ignore[attr-defined]
    return error


def bad_request(message: str = "The video_id parameter is invalid.") -> Exception:
    body = {"code": "parameter_invalid", "message": message}
    return with_attempts(
        BadRequestError(
            f"400 parameter_invalid: {message}",
            response=httpx.Response(400, json=body),
            body=body,
            code="parameter_invalid",
            docs_url=None,
        ),
        1,
    )


def rate_limited(retry_after: float, attempts: int = 1) -> Exception:
    return with_attempts(
        RateLimitError(
            "429 Too Many Requests",
            response=httpx.Response(429),
            body=None,
            code=None,
            docs_url=None,
            retry_after=retry_after,
            reset_at=None,
            limit=None,
            remaining=0,
        ),
        attempts,
    )


Script = dict[str, list[Callable[[], Any] | Exception | RawResponse[Any]]]


class ScriptedAPI:
    """Answers each video with its next scripted outcome; a success when the script runs out."""

    def __init__(self, script: Script | None = None) -> None:
        self.script = script or {}
        self.calls: list[str] = []

    async def __call__(self, video_id: str) -> RawResponse[Any]:
        self.calls.append(video_id)
        await asyncio.sleep(0)
        outcomes = self.script.get(video_id, [])
        outcome = outcomes.pop(0) if outcomes else success(video_id)
        if isinstance(outcome, Exception):
            raise outcome
        if callable(outcome):
            outcome = await outcome()
        return outcome


def run(
    path: Path, ids: list[str], api: ScriptedAPI, reporter: Reporter | None = None, **options: Any
) -> BatchReport:
    async def go() -> BatchReport:
        with ResultsFile.open(path) as results:
            return await Batch(ids, api, results, reporter or Reporter(), **options).run()

    return asyncio.run(go())


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def by_id(path: Path) -> dict[str, dict[str, Any]]:
    records = lines(path)
    ids = [r["video_id"] for r in records]
    assert len(ids) == len(set(ids)), f"an id appears twice: {ids}"
    return {r["video_id"]: r for r in records}


def test_each_outcome_becomes_one_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    server_error = with_attempts(
        InternalServerError("500 boom", response=httpx.Response(500), body="boom", code=None, docs_url=None),
        3,
    )
    api = ScriptedAPI(
        {
            "ok": [success("ok", attempts=2)],
            "bad": [bad_request()],
            "malformed id": [ValueError("video_id must be a non-empty string without whitespace")],
            "flaky": [server_error],
        }
    )
    reporter = Reporter()
    report = run(out, ["ok", "bad", "ok", "malformed id", "flaky"], api, reporter, concurrency=2)
    assert sorted(api.calls) == ["bad", "flaky", "malformed id", "ok"]  # the repeated id runs once
    records = by_id(out)
    assert records["ok"]["ok"] is True
    assert records["ok"]["result"] == {"id": "answer-ok", "title": "Title of ok"}
    assert records["ok"]["attempts"] == 2
    assert records["bad"]["error"] == {
        "status": 400,
        "code": "parameter_invalid",
        "message": "The video_id parameter is invalid.",
    }
    assert records["malformed id"]["error"]["status"] is None
    assert records["malformed id"]["attempts"] == 0
    assert records["flaky"]["error"] == {"status": 500, "code": None, "message": "500 boom"}
    assert records["flaky"]["attempts"] == 3
    assert all(isinstance(r["elapsed_s"], float) for r in records.values())
    assert (report.total, report.succeeded, report.failed, report.not_done) == (4, 1, 3, 0)
    assert report.stop is StopReason.NONE and report.exit_code == 1
    assert sorted(reporter.named("advance")) == [False, False, False, True]
    assert reporter.named("start") == [(4, 0, 0)]


def test_all_ok_exits_zero(tmp_path: Path) -> None:
    report = run(tmp_path / "out.jsonl", ["a", "b", "c"], ScriptedAPI(), concurrency=8)
    assert report.exit_code == 0
    assert sorted(by_id(tmp_path / "out.jsonl")) == ["a", "b", "c"]


def test_resume_skips_done_ids_and_retry_failed_reruns_failures(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run(out, ["a", "b"], ScriptedAPI({"b": [bad_request()]}))

    api = ScriptedAPI()
    reporter = Reporter()
    report = run(out, ["a", "b", "c"], api, reporter)
    assert api.calls == ["c"]
    assert reporter.named("start") == [(3, 2, 1)]
    assert (report.skipped, report.failed_in_file, report.exit_code) == (2, 1, 1)

    api = ScriptedAPI()
    report = run(out, ["a", "b", "c"], api, retry_failed=True)
    assert api.calls == ["b"]
    assert report.exit_code == 0
    records = by_id(out)  # the failure line for "b" was replaced, not added to
    assert sorted(records) == ["a", "b", "c"] and all(r["ok"] for r in records.values())


def test_a_short_rate_limit_pauses_everyone_and_the_video_is_retried_not_failed(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    api = ScriptedAPI({"a": [rate_limited(retry_after=0.05, attempts=3)]})
    reporter = Reporter()
    started = time.time()
    report = run(out, ["a", "b"], api, reporter, concurrency=1, max_wait=5)
    assert api.calls == ["a", "a", "b"]
    assert report.exit_code == 0 and report.failed == 0
    assert by_id(out)["a"]["attempts"] == 4  # 3 in the rate-limited call, 1 in the successful one
    (until,) = reporter.named("paused")
    assert until >= started + 0.05


def test_a_rate_limit_past_max_wait_stops_cleanly_and_leaves_the_video_undone(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    api = ScriptedAPI({"b": [rate_limited(retry_after=3600)]})
    report = run(out, ["a", "b", "c"], api, concurrency=1, max_wait=60)
    assert api.calls == ["a", "b"]
    assert sorted(by_id(out)) == ["a"]
    assert report.stop is StopReason.RATE_LIMIT and report.exit_code == 3
    assert report.not_done == 2 and report.failed == 0
    assert report.stopped_until is not None and report.stopped_until > time.time() + 3000


def test_a_spent_quota_stops_before_sending_when_its_reset_is_too_far(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    reset = str(int(time.time()) + 7200)
    spent = {"x-ratelimit-limit": "1", "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset}
    api = ScriptedAPI({"a": [success("a", headers=spent)]})
    report = run(out, ["a", "b", "c"], api, concurrency=1, max_wait=60)
    assert api.calls == ["a"]  # no request was sent just to be told 429
    assert report.exit_code == 3 and report.stopped_until == pytest.approx(int(reset), abs=1)


def test_an_authentication_error_stops_the_batch_without_writing_a_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    unauthorized = with_attempts(
        AuthenticationError(
            "401 api_key_invalid: bad key",
            response=httpx.Response(401),
            body=None,
            code="api_key_invalid",
            docs_url=None,
        ),
        1,
    )
    api = ScriptedAPI({"a": [unauthorized]})
    report = run(out, ["a", "b", "c"], api, concurrency=1)
    assert api.calls == ["a"]
    assert out.read_text() == ""
    assert report.stop is StopReason.AUTH and report.exit_code == 1
    assert "401 api_key_invalid" in report.message


@pytest.mark.parametrize("presses", [1, 2])
def test_interrupt_finishes_or_cancels_the_videos_in_flight(tmp_path: Path, presses: int) -> None:
    out = tmp_path / "out.jsonl"

    async def go() -> tuple[BatchReport, list[str]]:
        release = asyncio.Event()
        started: list[str] = []

        async def call(video_id: str) -> RawResponse[Any]:
            started.append(video_id)
            if video_id != "v0":  # v0 answers at once (the pacer's probe), the next ones hang
                await release.wait()
            return success(video_id)

        async def three_in_flight() -> None:
            while len(started) < 4:
                await asyncio.sleep(0.001)

        with ResultsFile.open(out) as results:
            batch = Batch([f"v{n}" for n in range(10)], call, results, Reporter(), concurrency=3)
            running = asyncio.create_task(batch.run())
            await asyncio.wait_for(three_in_flight(), timeout=10)
            for _ in range(presses):
                batch.interrupt()
            release.set()
            return await running, started

    report, started = asyncio.run(go())
    assert started == ["v0", "v1", "v2", "v3"]
    assert report.stop is StopReason.INTERRUPTED and report.exit_code == 130
    finished = sorted(by_id(out))
    assert finished == (["v0", "v1", "v2", "v3"] if presses == 1 else ["v0"])


def test_exit_codes() -> None:
    def report(**changes: Any) -> BatchReport:
        fields: dict[str, Any] = {
            "total": 2, "skipped": 0, "succeeded": 2, "failed": 0, "not_done": 0, "failed_in_file": 0,
            "stop": StopReason.NONE, "message": "", "elapsed": 0.0, "stopped_until": None,
        }  # fmt: skip
        fields.update(changes)
        return BatchReport(**fields)

    assert report().exit_code == 0
    assert report(failed_in_file=1).exit_code == 1
    assert report(stop=StopReason.AUTH).exit_code == 1
    assert report(stop=StopReason.RATE_LIMIT, not_done=1).exit_code == 3
    assert report(stop=StopReason.INTERRUPTED, not_done=1).exit_code == 130


# --------------------------------------------------------------------------- analysis tasks


def raw(parsed: Any, status: int = 200) -> RawResponse[Any]:
    return RawResponse(parsed=parsed, http_response=httpx.Response(status), attempts=1, elapsed=0.0)


@dataclass
class Lost:
    """A create that makes the task on the server, whose answer is then lost (``error`` is raised)."""

    error: Exception


@dataclass
class Listing:
    """One page of ``GET /analyze/tasks`` as the engine reads it."""

    items: list[AnalyzeTask]
    more: bool = False

    def has_next_page(self) -> bool:
        return self.more


class ScriptedTasks:
    """``create``, ``retrieve`` and ``find_page`` for a TaskJob: each task goes through ``states``.

    ``creates[video_id]`` scripts the outcomes of its creates (an exception, or :class:`Lost`);
    ``tasks`` is what the server holds: every task made, with its video and custom_id.
    """

    def __init__(
        self,
        states: dict[str, list[Any]] | None = None,
        default: list[str] | None = None,
        creates: dict[str, list[Exception | Lost]] | None = None,
        lookups: list[Exception] | None = None,
        page_size: int = 2,
    ) -> None:
        self.states = states or {}
        self.default = default or ["processing", "ready"]
        self.creates = creates or {}
        self.lookups = lookups or []  # outcomes of the next list requests, before real pages
        self.page_size = page_size
        self.created: list[str] = []  # the videos of every create request
        self.custom_ids: list[str] = []  # what every create request was sent
        self.tasks: list[tuple[str, str, str]] = []  # (task_id, video_id, custom_id), oldest first
        self.polled: list[str] = []
        self.listed: list[tuple[str, int]] = []

    def make(self, video_id: str, custom_id: str) -> str:
        """A task on the server, as if an earlier run had created it."""
        made = sum(video == video_id for _, video, _ in self.tasks)
        task_id = f"task-{video_id}" + (f"-{made + 1}" if made else "")
        self.tasks.append((task_id, video_id, custom_id))
        return task_id

    async def create(self, video_id: str, custom_id: str) -> RawResponse[Any]:
        self.created.append(video_id)
        self.custom_ids.append(custom_id)
        await asyncio.sleep(0)
        outcomes = self.creates.get(video_id, [])
        outcome = outcomes.pop(0) if outcomes else None
        if isinstance(outcome, Exception):
            raise outcome
        task_id = self.make(video_id, custom_id)
        if isinstance(outcome, Lost):
            raise outcome.error
        return raw(AnalyzeTaskCreated(task_id=task_id, status="queued"), 202)

    async def find_page(self, video_id: str, page: int) -> RawResponse[Any]:
        self.listed.append((video_id, page))
        await asyncio.sleep(0)
        if self.lookups:
            raise self.lookups.pop(0)
        mine = [(t, c) for t, video, c in reversed(self.tasks) if video == video_id]  # newest first
        start = (page - 1) * self.page_size
        items = [
            AnalyzeTask.from_dict(task(t, "queued") | {"custom_id": c})
            for t, c in mine[start : start + self.page_size]
        ]
        return raw(Listing(items, more=len(mine) > start + self.page_size))

    async def retrieve(self, task_id: str) -> RawResponse[Any]:
        self.polled.append(task_id)
        await asyncio.sleep(0)
        states = self.states.setdefault(task_id, list(self.default))
        state = states.pop(0) if len(states) > 1 else states[0]
        if isinstance(state, Exception):
            raise state
        if isinstance(state, str):
            state = task(task_id, state, data=f"answer of {task_id}" if state == "ready" else None)
        return raw(AnalyzeTask.from_dict(state))

    def job(self, **changes: Any) -> TaskJob:
        options: dict[str, Any] = {
            "create": self.create,
            "retrieve": self.retrieve,
            "find_page": self.find_page,
            "polling": AnalyzeAsyncTasksResource._polling,
            "endpoint": "POST /analyze/tasks",
            "poll_interval": 0.001,
            "max_poll_interval": 0.001,
            "max_task_wait": 60.0,
        }
        options.update(changes)
        return TaskJob(**options)


def run_tasks(path: Path, ids: list[str], job: TaskJob, **options: Any) -> BatchReport:
    async def go() -> BatchReport:
        with ResultsFile.open(path) as results:
            return await Batch(ids, job, results, Reporter(), **options).run()

    return asyncio.run(go())


def test_a_task_is_recorded_when_created_then_its_final_line_supersedes_it(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    seen_on_disk: list[list[dict[str, Any]]] = []
    api = ScriptedTasks()
    job = api.job()

    async def retrieve(task_id: str) -> RawResponse[Any]:
        seen_on_disk.append(lines(out))  # what a kill -9 at this moment would leave
        return await api.retrieve(task_id)

    report = run_tasks(out, ["a", "b"], api.job(retrieve=retrieve), concurrency=1)
    assert report.exit_code == 0 and report.succeeded == 2
    first_poll = seen_on_disk[0]
    (custom_id, _) = api.custom_ids
    assert first_poll == [
        {
            "video_id": "a",
            "ok": None,
            "status": "creating",
            "endpoint": "POST /analyze/tasks",
            "custom_id": custom_id,
        },
        {
            "video_id": "a",
            "ok": None,
            "status": "created",
            "endpoint": "POST /analyze/tasks",
            "task_id": "task-a",
            "custom_id": custom_id,
            "attempts": 1,
            "elapsed_s": first_poll[1]["elapsed_s"],
        },
    ]
    records = by_id(out)  # compacted: one line per id
    assert records["a"]["ok"] is True and records["a"]["task_id"] == "task-a"
    assert records["a"]["custom_id"] == custom_id
    assert records["a"]["endpoint"] == "POST /analyze/tasks"
    assert records["a"]["result"]["result"]["data"] == "answer of task-a"
    assert records["a"]["attempts"] == 3  # create, processing, ready
    assert job.polling.done == {"ready"}


def test_a_rerun_polls_the_recorded_task_instead_of_creating_another(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(
        json.dumps(
            {
                "video_id": "a",
                "ok": None,
                "status": "created",
                "task_id": "task-old",
                "attempts": 1,
                "elapsed_s": 0.1,
            }
        )
        + "\n"
    )
    api = ScriptedTasks()
    report = run_tasks(out, ["a", "b"], api.job())
    assert report.exit_code == 0
    assert api.created == ["b"]
    assert "task-old" in api.polled
    assert by_id(out)["a"]["task_id"] == "task-old" and by_id(out)["a"]["ok"] is True


def test_a_failed_task_is_a_failure_and_retry_failed_creates_a_new_one(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    failed = task("task-a", "failed", error="The video could not be decoded.")
    api = ScriptedTasks({"task-a": [failed]})
    report = run_tasks(out, ["a"], api.job())
    assert report.exit_code == 1 and report.failed == 1
    assert by_id(out)["a"]["error"] == {
        "status": None,
        "code": "task_failed",
        "message": "task task-a failed: The video could not be decoded.",
    }
    assert by_id(out)["a"]["task_id"] == "task-a"

    again = ScriptedTasks({"task-a": ["ready"]})
    assert run_tasks(out, ["a"], again.job()).exit_code == 1  # not retried without --retry-failed
    assert again.created == []
    assert run_tasks(out, ["a"], again.job(), retry_failed=True).exit_code == 0
    assert again.created == ["a"] and by_id(out)["a"]["ok"] is True


def test_a_poll_that_fails_for_a_passing_reason_leaves_the_task_for_the_next_run(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    flaky = InternalServerError(
        "500 boom", response=httpx.Response(500), body="boom", code=None, docs_url=None
    )
    api = ScriptedTasks({"task-a": [flaky]})
    report = run_tasks(out, ["a", "b"], api.job())
    assert report.exit_code == 1 and report.not_done == 1 and report.running_tasks == 1
    assert by_id(out)["a"]["ok"] is None  # still the created line: the task may well finish
    assert by_id(out)["b"]["ok"] is True

    later = ScriptedTasks({"task-a": ["ready"]})
    assert run_tasks(out, ["a", "b"], later.job()).exit_code == 0
    assert later.created == [] and later.polled == ["task-a"]


def test_a_task_that_is_gone_is_a_failure(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    gone = NotFoundError(
        "404 resource_not_exist: no task",
        response=httpx.Response(404),
        body=None,
        code="resource_not_exist",
        docs_url=None,
    )
    report = run_tasks(out, ["a"], ScriptedTasks({"task-a": [gone]}).job())
    assert report.exit_code == 1
    assert by_id(out)["a"]["error"]["status"] == 404 and by_id(out)["a"]["task_id"] == "task-a"


def test_a_slow_task_is_left_for_the_next_run_after_max_task_wait(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    reporter = Reporter()

    async def go() -> BatchReport:
        with ResultsFile.open(out) as results:
            job = ScriptedTasks(default=["processing"]).job(poll_interval=0.01, max_task_wait=0.03)
            return await Batch(["a"], job, results, reporter).run()

    report = asyncio.run(go())
    assert report.exit_code == 1 and report.running_tasks == 1
    assert any(
        "task task-a left for the next run (still processing)" in note for note in reporter.named("note")
    )


def test_a_429_on_a_poll_pauses_everyone_and_polls_again(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    api = ScriptedTasks({"task-a": [rate_limited(retry_after=0.02), "ready"]})
    report = run_tasks(out, ["a"], api.job())
    assert report.exit_code == 0
    assert api.polled == ["task-a", "task-a"]


def test_interrupting_while_waiting_keeps_the_created_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"

    async def go() -> BatchReport:
        api = ScriptedTasks(default=["processing"])
        with ResultsFile.open(out) as results:
            batch = Batch(["a", "b", "c"], api.job(poll_interval=0.01), results, Reporter(), concurrency=3)
            running = asyncio.create_task(batch.run())

            async def all_waiting() -> None:
                while len(api.polled) < 3:
                    await asyncio.sleep(0.001)

            await asyncio.wait_for(all_waiting(), timeout=10)
            batch.interrupt()
            return await running

    report = asyncio.run(go())
    assert report.exit_code == 130 and report.not_done == 3
    assert {r["video_id"]: r["ok"] for r in lines(out)} == {"a": None, "b": None, "c": None}


def test_an_unusable_answer_is_a_failure_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"

    def strict(parsed: Any) -> dict[str, Any]:
        raise OutputTruncatedError("the structured answer was truncated", partial='{"a": ', warning=None)

    async def go() -> BatchReport:
        with ResultsFile.open(out) as results:
            return await Batch(
                ["a"], CallJob(ScriptedAPI(), "POST /analyze", strict), results, Reporter()
            ).run()

    assert asyncio.run(go()).exit_code == 1
    assert by_id(out)["a"]["error"]["message"] == "the structured answer was truncated"


# --------------------------------------------------------------------------- no task created twice


def timeout() -> Exception:
    return with_attempts(APITimeoutError("the request timed out after 5s"), 1)


def server_error() -> Exception:
    return with_attempts(
        InternalServerError("500 boom", response=httpx.Response(500), body=None, code=None, docs_url=None), 1
    )


def intent(video_id: str, custom_id: str) -> dict[str, Any]:
    """The line a run writes before it sends a create request (what a kill -9 right after it leaves)."""
    return {"video_id": video_id, "ok": None, "status": "creating", "endpoint": "POST /analyze/tasks",
            "custom_id": custom_id}  # fmt: skip


def test_the_custom_id_is_on_disk_before_the_create_request_is_sent(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    api = ScriptedTasks()
    on_disk: list[list[dict[str, Any]]] = []

    async def create(video_id: str, custom_id: str) -> RawResponse[Any]:
        on_disk.append(lines(out))  # what a kill -9 during the request would leave
        return await api.create(video_id, custom_id)

    assert run_tasks(out, ["a", "b"], api.job(create=create), concurrency=1).exit_code == 0
    assert on_disk[0] == [intent("a", api.custom_ids[0])]
    assert on_disk[1][-1] == intent("b", api.custom_ids[1])
    assert len(set(api.custom_ids)) == 2
    assert [r["custom_id"] for r in by_id(out).values()] == api.custom_ids


def test_a_rerun_finds_the_task_a_killed_run_created_instead_of_creating_another(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    api = ScriptedTasks(page_size=1)
    api.make("a", "tla-other-run")  # not ours: the same video in another batch
    task_id = api.make("a", "tla-ours")  # created, but the run died before its answer reached the file
    api.make("a", "tla-newer")
    out.write_text(json.dumps(intent("a", "tla-ours")) + "\n")
    report = run_tasks(out, ["a"], api.job())
    assert report.exit_code == 0
    assert api.created == []
    assert api.listed == [("a", 1), ("a", 2)]  # newest first: found on the second page
    assert by_id(out)["a"]["task_id"] == task_id == "task-a-2" and api.polled[-1] == task_id
    assert by_id(out)["a"]["custom_id"] == "tla-ours"


def test_a_rerun_creates_the_task_when_the_lookup_proves_it_was_never_made(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    api = ScriptedTasks(page_size=1)
    api.make("a", "tla-other")
    out.write_text(json.dumps(intent("a", "tla-ours")) + "\n")
    assert run_tasks(out, ["a"], api.job()).exit_code == 0
    assert api.listed == [("a", 1)]  # the whole list read
    assert api.custom_ids == ["tla-ours"]  # created once, under the custom_id already recorded
    assert by_id(out)["a"]["ok"] is True


def test_a_lookup_that_fails_leaves_the_video_for_the_next_run_and_creates_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    api = ScriptedTasks(lookups=[server_error()])
    task_id = api.make("a", "tla-ours")
    out.write_text(json.dumps(intent("a", "tla-ours")) + "\n")
    report = run_tasks(out, ["a", "b"], api.job())
    assert report.exit_code == 1 and report.not_done == 1 and report.running_tasks == 1
    assert api.created == ["b"]
    assert by_id(out)["a"] == intent("a", "tla-ours")

    assert run_tasks(out, ["a", "b"], api.job()).exit_code == 0
    assert api.created == ["b"] and by_id(out)["a"]["task_id"] == task_id


@pytest.mark.parametrize(
    "lost",
    [
        pytest.param(timeout, id="timeout"),
        pytest.param(lambda: with_attempts(APIConnectionError("connection lost"), 1), id="connection lost"),
        pytest.param(server_error, id="5xx"),
    ],
)
def test_a_create_with_no_known_outcome_is_looked_up_not_sent_again(
    tmp_path: Path, lost: Callable[[], Exception]
) -> None:
    out = tmp_path / "out.jsonl"
    api = ScriptedTasks(creates={"a": [Lost(lost())]})
    report = run_tasks(out, ["a"], api.job())
    assert report.exit_code == 0
    assert api.created == ["a"] and len(api.tasks) == 1
    assert api.listed == [("a", 1)]
    assert by_id(out)["a"]["task_id"] == "task-a" and by_id(out)["a"]["ok"] is True


def test_a_create_with_no_task_behind_it_fails_and_retry_failed_looks_again_first(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    api = ScriptedTasks(creates={"a": [timeout()]})  # this time the server never made it
    report = run_tasks(out, ["a"], api.job())
    assert report.exit_code == 1 and report.failed == 1
    line = by_id(out)["a"]
    (custom_id,) = api.custom_ids
    assert line["ok"] is False and line["custom_id"] == custom_id and "task_id" not in line
    assert line["error"]["message"] == "the request timed out after 5s"

    api.make("a", custom_id)  # the request was still on its way: the server made the task after all
    assert run_tasks(out, ["a"], api.job(), retry_failed=True).exit_code == 0
    assert api.created == ["a"]  # not created again
    assert by_id(out)["a"]["task_id"] == "task-a"


def test_a_refused_create_is_a_failure_without_a_lookup(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    api = ScriptedTasks(creates={"a": [bad_request()]})
    assert run_tasks(out, ["a"], api.job()).exit_code == 1
    assert api.listed == []
    assert "custom_id" not in by_id(out)["a"]  # nothing to look up: a 400 creates no task
    assert run_tasks(out, ["a"], api.job(), retry_failed=True).exit_code == 0
    assert api.listed == [] and len(api.tasks) == 1


def test_when_the_custom_id_cannot_be_written_no_create_is_sent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    api = ScriptedTasks()

    def disk_full(self: ResultsFile, record: dict[str, Any]) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ResultsFile, "append", disk_full)
    report = run_tasks(out, ["a", "b"], api.job())
    assert report.stop is StopReason.OUTPUT and report.exit_code == 1
    assert "No space left on device" in report.message
    assert api.created == []


def test_a_task_whose_id_could_not_be_written_is_found_by_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    api = ScriptedTasks()
    real_append = ResultsFile.append

    def full_after_the_intent(self: ResultsFile, record: dict[str, Any]) -> None:
        if record.get("status") == "created":  # the disk fills up between the two lines
            raise OSError(28, "No space left on device")
        real_append(self, record)

    monkeypatch.setattr(ResultsFile, "append", full_after_the_intent)
    report = run_tasks(out, ["a"], api.job())
    assert report.stop is StopReason.OUTPUT and api.created == ["a"]
    monkeypatch.undo()

    assert run_tasks(out, ["a"], api.job()).exit_code == 0  # the disk has room again
    assert api.created == ["a"] and len(api.tasks) == 1
    assert by_id(out)["a"]["task_id"] == "task-a" and by_id(out)["a"]["ok"] is True
