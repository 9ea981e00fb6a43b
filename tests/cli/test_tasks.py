"""``tasks list|get|wait|delete`` against scripted answers, and against the fake."""

from __future__ import annotations

import json
from typing import Any

import pytest

from twelvelabs_analyze._polling import MIN_PAUSE_AFTER_RATE_LIMIT
from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import invoke
from .scripted import ScriptedAPI, json_answer, task

FAST_POLLS = ["--poll-interval", "0.01", "--max-poll-interval", "0.01"]


def page(tasks: list[dict[str, Any]], number: int, total_pages: int, total: int) -> dict[str, Any]:
    info = {"page": number, "total_page": total_pages, "limit_per_page": len(tasks), "total_results": total}
    return {"data": tasks, "page_info": info}


def pages_of(count: int, per_page: int) -> list[dict[str, Any]]:
    all_tasks = [
        task(f"t{n:02d}", "ready" if n % 2 else "processing", url=f"https://e.com/{n}.mp4")
        for n in range(count)
    ]
    chunks = [all_tasks[i : i + per_page] for i in range(0, count, per_page)]
    return [page(chunk, n + 1, len(chunks), count) for n, chunk in enumerate(chunks)]


def test_list_is_a_table_fetching_only_the_pages_it_shows(
    scripted: ScriptedAPI, scripted_env: dict[str, str]
) -> None:
    scripted.on("GET", "/analyze/tasks", *(json_answer(p) for p in pages_of(9, 3)))
    result = invoke(["tasks", "list", "--limit", "4", "--status", "ready"], scripted_env)
    assert result.exit_code == 0, result.stderr
    header = next(line for line in result.stdout.splitlines() if "Task" in line)
    assert all(word in header for word in ("Task", "Status", "Created", "Video", "Custom id"))
    for n in range(4):
        assert f"t{n:02d}" in result.stdout and f"https://e.com/{n}.mp4" in result.stdout
    assert "t04" not in result.stdout
    assert "4 of 9 tasks (--limit 0 lists them all)" in result.stdout
    requests = scripted.received("GET", "/analyze/tasks")
    assert len(requests) == 2  # pages 1 and 2, not 3
    assert requests[0].query == {"status": ["ready"]}
    assert requests[1].query == {"status": ["ready"], "page": ["2"]}


def test_list_json_is_one_task_a_line_for_every_page(
    scripted: ScriptedAPI, scripted_env: dict[str, str]
) -> None:
    pages = pages_of(5, 2)
    scripted.on("GET", "/analyze/tasks", *(json_answer(p) for p in pages))
    result = invoke(["tasks", "list", "--limit", "0", "--json", "--page-limit", "2"], scripted_env)
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["task_id"] for line in lines] == [f"t{n:02d}" for n in range(5)]
    assert len(scripted.received("GET", "/analyze/tasks")) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--page-limit", "51"], "error: --page-limit must be between 1 and 50, not 51"),
        (["--status", "done"], "'done' is not one of queued, pending, processing, ready, failed"),
        (["--limit", "-1"], "--limit"),
    ],
)
def test_list_options_are_checked_before_sending(
    scripted: ScriptedAPI, scripted_env: dict[str, str], args: list[str], message: str
) -> None:
    result = invoke(["tasks", "list", *args], scripted_env)
    assert result.exit_code == 2
    assert message in result.stderr
    assert scripted.requests == []


def test_get_shows_the_task_and_its_answer(scripted: ScriptedAPI, scripted_env: dict[str, str]) -> None:
    body = task("t1", "ready", data="The answer.", url="https://e.com/a.mp4")
    scripted.on("GET", "/analyze/tasks/t1", json_answer(body))
    result = invoke(["tasks", "get", "t1"], scripted_env)
    assert result.exit_code == 0, result.stderr
    assert (
        "Task · t1" in result.stdout and "ready" in result.stdout and "https://e.com/a.mp4" in result.stdout
    )
    assert result.stdout.rstrip().endswith("The answer.")
    assert result.stderr == "finish_reason: stop · 42 output tokens, 7 input tokens\n"
    as_json = invoke(["tasks", "get", "t1", "--json"], scripted_env)
    assert json.loads(as_json.stdout) == body


def test_get_of_a_structured_task_pretty_prints_its_json(
    scripted: ScriptedAPI, scripted_env: dict[str, str]
) -> None:
    body = task(
        "t1", "ready", data='{"a": [1, 2]}', response_format={"type": "json_schema", "json_schema": {}}
    )
    scripted.on("GET", "/analyze/tasks/t1", json_answer(body))
    result = invoke(["tasks", "get", "t1"], scripted_env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith('{\n  "a": [\n    1,\n    2\n  ]\n}\n')


def test_get_of_a_running_task_shows_its_status_only(
    scripted: ScriptedAPI, scripted_env: dict[str, str]
) -> None:
    scripted.on("GET", "/analyze/tasks/t1", json_answer(task("t1", "processing")))
    result = invoke(["tasks", "get", "t1"], scripted_env)
    assert result.exit_code == 0
    assert "processing" in result.stdout and result.stderr == ""


def test_get_of_an_unknown_task(scripted: ScriptedAPI, scripted_env: dict[str, str]) -> None:
    body = {"error": {"code": "resource_not_exist", "message": "No task with id nope."}}
    scripted.on("GET", "/analyze/tasks/nope", json_answer(body, 404))
    result = invoke(["tasks", "get", "nope"], scripted_env)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: 404") and "No task with id nope." in result.stderr
    assert "did you mean" not in result.stderr


def test_wait_follows_until_ready(scripted: ScriptedAPI, scripted_env: dict[str, str]) -> None:
    states = [task("t1", "pending"), task("t1", "processing"), task("t1", "ready", data="Done.")]
    scripted.on("GET", "/analyze/tasks/t1", *(json_answer(s) for s in states))
    result = invoke(["tasks", "wait", "t1", *FAST_POLLS], scripted_env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Done.\n"
    assert "task t1: pending\ntask t1: processing\ntask t1: ready\n" in result.stderr


def test_delete(scripted: ScriptedAPI, scripted_env: dict[str, str]) -> None:
    scripted.on("DELETE", "/analyze/tasks/t1", json_answer(None))
    result = invoke(["tasks", "delete", "t1"], scripted_env)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "deleted task t1\n"


def test_delete_while_processing_is_refused_by_the_api(
    scripted: ScriptedAPI, scripted_env: dict[str, str]
) -> None:
    body = {"error": {"code": "conflict", "message": "The task is processing and cannot be deleted."}}
    scripted.on("DELETE", "/analyze/tasks/t1", json_answer(body, 409))
    result = invoke(["--max-retries", "0", "tasks", "delete", "t1"], scripted_env)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: 409") and "cannot be deleted" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_tasks_against_the_fake(
    fake: FakeTwelveLabs, cli_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with fake.client() as client:
        created = [
            client.analyze_async.tasks.create(
                video={"type": "url", "url": f"https://e.com/{n}.mp4"}, prompt="p"
            )
            for n in range(3)
        ]
    listed = invoke(["tasks", "list", "--json"], cli_env)
    assert listed.exit_code == 0, listed.stderr
    ids = [json.loads(line)["task_id"] for line in listed.stdout.splitlines()]
    assert ids == [t.task_id for t in reversed(created)]  # newest first

    busy = created[0].task_id
    fake.advance(1)  # type: ignore[attr-defined]
    monkeypatch.setattr("twelvelabs_analyze._sleep.sleep", fake.advance)  # type: ignore[attr-defined]
    waited = invoke(["tasks", "wait", busy], cli_env)
    assert waited.exit_code == 0, waited.stderr
    assert waited.stdout.strip()
    assert invoke(["tasks", "delete", busy], cli_env).exit_code == 0
    gone = invoke(["tasks", "get", busy], cli_env)
    assert gone.exit_code == 1 and gone.stderr.startswith("error: 404")


@pytest.mark.parametrize("command", ["get", "wait", "delete"])
def test_a_dot_segment_task_id_is_refused_before_sending(
    command: str, scripted: ScriptedAPI, scripted_env: dict[str, str]
) -> None:
    result = invoke(["tasks", command, ".."], scripted_env)
    assert result.exit_code == 2, result.stderr
    assert "task_id must not be '..'" in result.stderr
    assert scripted.requests == []


def test_wait_does_not_hammer_a_429_that_names_no_wait(
    scripted: ScriptedAPI, scripted_env: dict[str, str], sleeps: list[float]
) -> None:
    limited = json_answer({"message": "slow down"}, 429, {"retry-after": "0"})
    scripted.on(
        "GET", "/analyze/tasks/t1", limited, limited, limited, json_answer(task("t1", "ready", data="Done."))
    )
    result = invoke(["--max-retries", "0", "tasks", "wait", "t1", *FAST_POLLS], scripted_env)
    assert result.exit_code == 0, result.stderr
    assert len(scripted.received("GET", "/analyze/tasks/t1")) == 4
    assert sleeps == [MIN_PAUSE_AFTER_RATE_LIMIT] * 3, "the library's floor, whatever --poll-interval says"
