"""analyze_async.tasks: create/retrieve/list/delete from the spec, paging, and wait/create_and_wait."""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

import httpx
import pytest

from twelvelabs_analyze import (
    AnalyzeTask,
    AnalyzeTaskCreated,
    AsyncTwelveLabs,
    ConflictError,
    NotFoundError,
    RateLimitError,
    TaskFailedError,
    TaskProgress,
    TaskTimeoutError,
)

from ._transport import API_KEY, BASE_URL, Both, Script

NOW = "2026-11-22T10:00:00Z"


def task(status: str, task_id: str = "t1", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"task_id": task_id, "custom_id": None, "status": status, "created_at": NOW}
    if status == "ready":
        body["result"] = {
            "generation_id": "g1",
            "data": "The whole film, summarized.",
            "finish_reason": "stop",
            "usage": {"output_tokens": 5},
        }
        body["completed_at"] = NOW
    if status == "failed":
        body["error"] = {"message": "Video duration exceeds maximum allowed duration"}
        body["completed_at"] = NOW
    return {**body, **extra}


def page(items: list[dict[str, Any]], number: int, total: int) -> dict[str, Any]:
    return {
        "data": items,
        "page_info": {"page": number, "total_page": total, "limit_per_page": 2, "total_results": 5},
    }


def ok(body: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


# --------------------------------------------------------------------------- the four operations


def test_create_retrieve_delete(mode: str) -> None:
    script = Script(ok({"task_id": "t1", "status": "queued"}, 202), ok(task("processing")), ok(None))
    both = Both(mode, script)
    created = both.call(
        "analyze_async.tasks.create", video={"type": "asset_id", "asset_id": "a1"}, prompt="Summarize"
    )
    assert isinstance(created, AnalyzeTaskCreated) and created.task_id == "t1"
    retrieved = both.call("analyze_async.tasks.retrieve", "t1")
    assert isinstance(retrieved, AnalyzeTask) and retrieved.status == "processing"
    assert both.call("analyze_async.tasks.delete", "t1") is None
    methods = [(r.method, r.url.path) for r in script.requests]
    assert methods == [
        ("POST", "/v1.3/analyze/tasks"),
        ("GET", "/v1.3/analyze/tasks/t1"),
        ("DELETE", "/v1.3/analyze/tasks/t1"),
    ]
    body = script.bodies()[0]
    assert re.fullmatch(r"tla-[0-9a-f]{32}", body.pop("custom_id")), "the client gives every task a custom_id"
    assert body == {"video": {"type": "asset_id", "asset_id": "a1"}, "prompt": "Summarize"}


def test_path_parameters_are_quoted_and_checked(mode: str) -> None:
    script = Script(ok(task("queued", task_id="a/b c")))
    both = Both(mode, script)
    both.call("analyze_async.tasks.retrieve", "a/b c")
    assert script.requests[0].url.raw_path == b"/v1.3/analyze/tasks/a%2Fb%20c"
    with pytest.raises(ValueError, match="task_id"):
        both.call("analyze_async.tasks.retrieve", "  ")
    with pytest.raises(TypeError, match="task_id"):
        both.call("analyze_async.tasks.retrieve", 5)
    assert len(script.requests) == 1


def test_documented_errors(mode: str) -> None:
    script = Script(
        httpx.Response(404, json={"error": {"code": "not_found", "message": "Task not found"}}),
        httpx.Response(409, json={"error": {"code": "conflict", "message": "Task is processing"}}),
    )
    both = Both(mode, script, max_retries=0)
    with pytest.raises(NotFoundError, match="Task not found") as missing:
        both.call("analyze_async.tasks.retrieve", "nope")
    assert missing.value.code == "not_found"
    with pytest.raises(ConflictError, match="Task is processing"):
        both.call("analyze_async.tasks.delete", "t1")


# --------------------------------------------------------------------------- paging


def test_list_pages_lazily(mode: str) -> None:
    script = Script(
        ok(page([task("ready", "t5"), task("ready", "t4")], 1, 3)),
        ok(page([task("failed", "t3"), task("ready", "t2")], 2, 3)),
        ok(page([task("queued", "t1")], 3, 3)),
    )
    both = Both(mode, script)
    first = both.call("analyze_async.tasks.list", page_limit=2, status="ready")
    assert [t.task_id for t in first.items] == ["t5", "t4"]
    assert (first.page_number, first.total_pages, first.has_next_page()) == (1, 3, True)
    assert len(script.requests) == 1, "only the first page so far"
    if mode == "sync":
        ids = [t.task_id for t in first]
    else:

        async def collect() -> list[str]:
            return [t.task_id async for t in first]

        ids = asyncio.run(collect())
    assert ids == ["t5", "t4", "t3", "t2", "t1"]
    assert [dict(r.url.params) for r in script.requests] == [
        {"page_limit": "2", "status": "ready"},
        {"page_limit": "2", "status": "ready", "page": "2"},
        {"page_limit": "2", "status": "ready", "page": "3"},
    ]


def test_list_parameters_come_from_the_spec(mode: str) -> None:
    script = Script(ok(page([], 1, 1)))
    both = Both(mode, script)
    with pytest.raises(ValueError, match="page_limit must be between 1 and 50, not 51"):
        both.call("analyze_async.tasks.list", page_limit=51)
    with pytest.raises(ValueError, match="status must be one of"):
        both.call("analyze_async.tasks.list", status="done")
    assert script.requests == []


def test_raw_list_is_a_raw_page(mode: str) -> None:
    script = Script(ok(page([task("ready")], 1, 1), **{"x-ratelimit-remaining": "3"}))
    raw = Both(mode, script).call("with_raw_response.analyze_async.tasks.list")
    assert raw.rate_limit.remaining == 3
    assert [t.task_id for t in raw.parsed.items] == ["t1"]
    assert not raw.parsed.has_next_page()


# --------------------------------------------------------------------------- wait


def test_a_task_that_is_done_returns_at_once(mode: str, sleeps: list[float]) -> None:
    script = Script(ok(task("ready")))
    seen: list[TaskProgress[Any]] = []
    done = Both(mode, script).call("analyze_async.tasks.wait", "t1", on_progress=seen.append)
    assert done.status == "ready" and done.result.data.startswith("The whole film")
    assert len(script.requests) == 1 and sleeps == []
    assert [(p.status, p.polls) for p in seen] == [("ready", 1)], "the callback fires for a done task too"


def test_wait_follows_the_statuses_with_backoff(mode: str, sleeps: list[float]) -> None:
    statuses = ["queued", "pending", "processing", "processing", "ready"]
    script = Script(*(ok(task(s)) for s in statuses))
    seen: list[str] = []
    done = Both(mode, script).call(
        "analyze_async.tasks.wait",
        "t1",
        poll_interval=2,
        max_poll_interval=5,
        on_progress=lambda p: seen.append(p.status),
    )
    assert done.status == "ready"
    assert seen == statuses
    assert sleeps == [2, 3, 4.5, 5]


def test_a_failed_task_raises_with_its_reason(mode: str, sleeps: list[float]) -> None:
    script = Script(ok(task("processing")), ok(task("failed")))
    with pytest.raises(TaskFailedError, match="Video duration exceeds") as caught:
        Both(mode, script).call("analyze_async.tasks.wait", "t1")
    assert caught.value.reason == "Video duration exceeds maximum allowed duration"
    assert caught.value.task.status == "failed"


def test_the_deadline_ends_the_wait(mode: str, sleeps: list[float], monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])

    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock[0] += seconds

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock[0] += seconds

    monkeypatch.setattr("twelvelabs_analyze._sleep.sleep", sleep)
    monkeypatch.setattr("twelvelabs_analyze._sleep.async_sleep", async_sleep)
    script = Script(ok(task("processing")))
    with pytest.raises(TaskTimeoutError, match="still 'processing'") as caught:
        Both(mode, script).call("analyze_async.tasks.wait", "t1", poll_interval=4, timeout=10)
    assert sum(sleeps) == pytest.approx(10)
    assert caught.value.task.status == "processing"


def test_polling_respects_a_spent_rate_limit(mode: str, sleeps: list[float]) -> None:
    reset = int(time.time()) + 40
    script = Script(
        ok(task("processing"), **{"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(reset)}),
        ok(task("ready")),
    )
    Both(mode, script).call("analyze_async.tasks.wait", "t1", poll_interval=2)
    assert len(sleeps) == 1 and 35 <= sleeps[0] <= 41


def test_a_long_429_while_polling_is_waited_out(mode: str, sleeps: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "120"}), ok(task("ready")))
    done = Both(mode, script, max_retry_wait=10).call("analyze_async.tasks.wait", "t1")
    assert done.status == "ready"
    assert sleeps == [120]


def test_a_429_past_the_deadline_is_raised(mode: str, sleeps: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "999"}))
    with pytest.raises(RateLimitError):
        Both(mode, script, max_retry_wait=10).call("analyze_async.tasks.wait", "t1", timeout=60)


def test_create_and_wait(mode: str, sleeps: list[float]) -> None:
    script = Script(
        ok({"task_id": "t9", "status": "queued"}, 202), ok(task("processing", "t9")), ok(task("ready", "t9"))
    )
    done = Both(mode, script).call(
        "analyze_async.tasks.create_and_wait",
        video={"type": "url", "url": "https://e.com/v.mp4"},
        prompt="p",
        poll_interval=1,
    )
    assert done.task_id == "t9" and done.status == "ready"
    assert [r.url.path for r in script.requests] == [
        "/v1.3/analyze/tasks",
        "/v1.3/analyze/tasks/t9",
        "/v1.3/analyze/tasks/t9",
    ]
    assert sleeps == [1]


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"poll_interval": -1}, ValueError),
        ({"timeout": float("nan")}, TypeError),
        ({"max_poll_interval": "5"}, TypeError),
    ],
)
def test_wait_options_are_checked_before_any_request(mode: str, options: dict[str, Any], error: type) -> None:
    script = Script(ok(task("ready")))
    with pytest.raises(error):
        Both(mode, script).call("analyze_async.tasks.wait", "t1", **options)
    assert script.requests == []


def test_cancelling_an_async_wait_stops_polling() -> None:
    polls: list[float] = []

    def answer(request: httpx.Request) -> httpx.Response:
        polls.append(time.monotonic())
        return ok(task("processing"))

    async def scenario() -> None:
        transport = httpx.MockTransport(Script(answer))
        async with AsyncTwelveLabs(
            api_key=API_KEY, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            waiting = asyncio.create_task(
                client.analyze_async.tasks.wait("t1", poll_interval=0.01, max_poll_interval=0.01)
            )
            await asyncio.sleep(0.1)
            waiting.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiting
            count = len(polls)
            await asyncio.sleep(0.1)
            assert len(polls) == count, "no polling loop left behind"

    asyncio.run(scenario())
    assert polls
