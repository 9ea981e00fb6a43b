"""Waiting for a task: a floor under every pause, options checked before the first request,
and the task's id on every error once the task exists.

Sleeps are recorded (``sleeps``), never slept: a rate is counted in requests per recorded second.
"""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from tests.unit._transport import Both, Script
from twelvelabs_analyze import (
    InternalServerError,
    RateLimitError,
    TaskFailedError,
    TaskTimeoutError,
)
from twelvelabs_analyze._polling import MIN_PAUSE_AFTER_RATE_LIMIT, PollSchedule

NOW = "2026-11-22T10:00:00Z"
VIDEO = {"type": "url", "url": "https://e.com/v.mp4"}


def task(status: str, task_id: str = "t1") -> dict[str, Any]:
    body: dict[str, Any] = {"task_id": task_id, "custom_id": None, "status": status, "created_at": NOW}
    if status == "ready":
        body["result"] = {
            "generation_id": "g",
            "data": "Done.",
            "finish_reason": "stop",
            "usage": {"output_tokens": 2},
        }
    if status == "failed":
        body["error"] = {"message": "Video too long"}
    return body


def ok(body: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


FAST = {"poll_interval": 0.01, "max_poll_interval": 0.01}


# --------------------------------------------------------------------------- the floor (item 6)


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "0"},
        {"Retry-After-Ms": "1"},
        {"X-Ratelimit-Reset": str(int(time.time()) - 5), "X-Ratelimit-Remaining": "0"},
        {},
    ],
    ids=["retry-after-0", "retry-after-ms-1", "reset-past", "no-wait-named"],
)
def test_a_429_that_asks_for_no_wait_is_not_hammered(
    mode: str, sleeps: list[float], headers: dict[str, str]
) -> None:
    script = Script(*[httpx.Response(429, headers=headers)] * 6, ok(task("ready")))
    done = Both(mode, script, max_retries=0).call("analyze_async.tasks.wait", "t1", **FAST)
    assert done.status == "ready"
    assert len(script.requests) == 7
    assert sleeps == [MIN_PAUSE_AFTER_RATE_LIMIT] * 6


def test_with_the_clients_own_retries_a_poll_is_at_most_three_requests_a_second(
    mode: str, sleeps: list[float]
) -> None:
    script = Script(*[httpx.Response(429, headers={"Retry-After": "0"})] * 30, ok(task("ready")))
    Both(mode, script).call("analyze_async.tasks.wait", "t1", **FAST)  # max_retries=2: 3 requests a poll
    assert len(script.requests) == 31
    assert len(script.requests) / sum(sleeps) <= 3 / MIN_PAUSE_AFTER_RATE_LIMIT + 1


def test_a_spent_quota_whose_reset_is_past_still_waits_the_floor(mode: str, sleeps: list[float]) -> None:
    spent = {"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(int(time.time()) - 3)}
    script = Script(
        ok(task("processing"), 200, **spent), ok(task("processing"), 200, **spent), ok(task("ready"))
    )
    Both(mode, script).call("analyze_async.tasks.wait", "t1", **FAST)
    assert sleeps == [MIN_PAUSE_AFTER_RATE_LIMIT] * 2


def test_without_a_rate_limit_signal_the_callers_interval_is_kept(mode: str, sleeps: list[float]) -> None:
    script = Script(ok(task("processing")), ok(task("processing")), ok(task("ready")))
    Both(mode, script).call("analyze_async.tasks.wait", "t1", **FAST)
    assert sleeps == [0.01, 0.01]


def test_a_named_wait_longer_than_the_floor_is_honoured_and_the_interval_backs_off() -> None:
    schedule = PollSchedule(0.01, 60, None, now=0.0)
    assert schedule.after_rate_limit(5.0) == 5.0
    pauses = [schedule.after_rate_limit(0.0) for _ in range(14)]
    assert pauses[0] == MIN_PAUSE_AFTER_RATE_LIMIT
    assert pauses == sorted(pauses) and pauses[-1] > MIN_PAUSE_AFTER_RATE_LIMIT  # grows like the polls do


def test_a_429_past_the_deadline_is_raised_with_the_task_id(mode: str, sleeps: list[float]) -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "999"}))
    with pytest.raises(RateLimitError) as caught:
        Both(mode, script, max_retry_wait=10).call("analyze_async.tasks.wait", "t1", timeout=60)
    assert caught.value.task_id == "t1"


# --------------------------------------------------------------------------- options first (item 8)

BAD_OPTIONS = [
    ({"poll_interval": -1}, ValueError, "poll_interval must be a finite number of seconds > 0, not -1"),
    ({"timeout": "soon"}, TypeError, "timeout must be a number of seconds, not str"),
    (
        {"max_poll_interval": float("nan")},
        TypeError,
        "max_poll_interval must be a number of seconds, not float",
    ),
    ({"on_progress": 5}, TypeError, "on_progress must be a callable or None, not int"),
    (
        {"pol_interval": 1},
        TypeError,
        "create_and_wait() got an unexpected keyword argument 'pol_interval' (did you mean 'poll_interval'?)",
    ),
    ({"colour": "red"}, TypeError, "create_and_wait() got an unexpected keyword argument 'colour'"),
]


@pytest.mark.parametrize(("options", "error", "text"), BAD_OPTIONS)
def test_create_and_wait_checks_every_option_before_creating(
    mode: str, options: dict[str, Any], error: type[Exception], text: str
) -> None:
    script = Script(ok({"task_id": "t9", "status": "queued"}, 202), ok(task("ready", "t9")))
    with pytest.raises(error) as caught:
        Both(mode, script).call("analyze_async.tasks.create_and_wait", video=VIDEO, prompt="p", **options)
    assert str(caught.value) == text
    assert script.requests == [], "nothing created"


def test_create_and_wait_checks_the_create_arguments_before_creating(mode: str) -> None:
    script = Script(ok({"task_id": "t9", "status": "queued"}, 202))
    with pytest.raises(ValueError, match="temperature"):
        Both(mode, script).call("analyze_async.tasks.create_and_wait", video=VIDEO, prompt="p", temperature=7)
    assert script.requests == []


def test_wait_refuses_an_on_progress_that_cannot_be_called(mode: str) -> None:
    script = Script(ok(task("ready")))
    with pytest.raises(TypeError, match="on_progress must be a callable or None, not int"):
        Both(mode, script).call("analyze_async.tasks.wait", "t1", on_progress=5)
    assert script.requests == []


# --------------------------------------------------------------------------- the id after creation (item 9)


def _created_then(*answers: httpx.Response) -> Script:
    return Script(ok({"task_id": "t9", "status": "queued"}, 202), *answers)


def test_polling_that_fails_after_creation_names_the_task(mode: str, sleeps: list[float]) -> None:
    script = _created_then(httpx.Response(500, json={"error": {"message": "boom"}}))
    with pytest.raises(InternalServerError) as caught:
        Both(mode, script).call("analyze_async.tasks.create_and_wait", video=VIDEO, prompt="p")
    assert len(script.requests) == 4  # the create, then 3 attempts of the first poll
    assert caught.value.task_id == "t9"
    assert caught.value.__notes__ == [
        "task t9 was created and goes on; pick it up with client.analyze_async.tasks.wait('t9')"
    ]


def test_a_timeout_after_creation_names_the_task(
    mode: str, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    script = _created_then(ok(task("processing", "t9")))
    with pytest.raises(TaskTimeoutError) as caught:
        Both(mode, script).call("analyze_async.tasks.create_and_wait", video=VIDEO, prompt="p", timeout=0)
    assert caught.value.task_id == "t9"
    assert "client.analyze_async.tasks.wait('t9')" in caught.value.__notes__[0]


def test_a_failed_task_names_itself_without_a_pick_up_hint(mode: str, sleeps: list[float]) -> None:
    script = _created_then(ok(task("failed", "t9")))
    with pytest.raises(TaskFailedError) as caught:
        Both(mode, script).call("analyze_async.tasks.create_and_wait", video=VIDEO, prompt="p")
    assert caught.value.task_id == "t9"
    assert not getattr(caught.value, "__notes__", None), "a failed task is over: nothing to pick up"


def test_an_interrupt_while_waiting_says_the_task_goes_on(mode: str, sleeps: list[float]) -> None:
    script = _created_then(ok(task("processing", "t9")))

    def interrupt(progress: Any) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as caught:
        Both(mode, script).call(
            "analyze_async.tasks.create_and_wait", video=VIDEO, prompt="p", on_progress=interrupt
        )
    assert caught.value.__notes__ == [
        "task t9 was created and goes on; pick it up with client.analyze_async.tasks.wait('t9')"
    ]
