"""The batch engine with a scripted API: outcomes, resume, rate limits, stops."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from twelvelabs_analyze import (
    AuthenticationError,
    BadRequestError,
    GistResult,
    InternalServerError,
    RateLimitError,
    RawResponse,
)
from twelvelabs_analyze.cli._batch import Batch, BatchReport, StopReason
from twelvelabs_analyze.cli._results import ResultsFile


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
