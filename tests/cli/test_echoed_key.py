"""A server that echoes the key in what it answers: nothing the CLI writes about a failure shows it.

The scripted API echoes the key (as sent, JSON-escaped, percent-encoded, base64-encoded) in a
failed task's message, in an answer cut short and its warning, in an answer served through
``/analyze`` for ``gist``. Neither stdout, stderr (``--verbose`` tracebacks included) nor a
batch's results file may show it; each shows ``***`` where the server put it.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from tests.hardening._leaks import found

from .conftest import API_KEY, Result, invoke
from .scripted import Answer, ScriptedAPI, json_answer, ndjson_answer, stream_events, task

VIDEO = "6298d673f1090f1100476d4c"
ESCAPED = API_KEY.replace("-", "\\u002d")
ECHO = " / ".join(
    [
        API_KEY,
        ESCAPED,
        "".join(f"%{b:02X}" for b in API_KEY.encode()),
        base64.b64encode(API_KEY.encode()).decode(),
    ]
)
MASKED = " / ".join(["***"] * 4)
FAST_POLLS = ["--poll-interval", "0.01", "--max-poll-interval", "0.01"]
SCHEMA = json.dumps({"type": "object", "properties": {"dish": {"type": "string"}}})


def raw_answer(body: Any, status: int = 200) -> Answer:
    """``body`` as JSON, with the escaped spelling written in raw (json.dumps would escape it)."""
    text = json.dumps(body).replace(json.dumps(ESCAPED)[1:-1], ESCAPED)
    return Answer(status, (text.encode(),), {"content-type": "application/json"})


def failed_task(task_id: str) -> Answer:
    return raw_answer(task(task_id, "failed", error=f"could not decode ({ECHO})"))


def assert_no_key(result: Result, *files: Path) -> None:
    for place, text in {"stdout": result.stdout, "stderr": result.stderr}.items():
        assert not found(API_KEY, text), f"the key shows on {place}: {text}"
    for path in files:
        assert not found(API_KEY, path.read_text()), f"the key shows in {path.name}"


@pytest.mark.parametrize("verbose", [[], ["--verbose"]], ids=["plain", "verbose"])
def test_a_failed_task_while_analyze_waits(
    scripted: ScriptedAPI, scripted_env: dict[str, str], verbose: list[str]
) -> None:
    scripted.on("POST", "/analyze/tasks", json_answer({"task_id": "task-1", "status": "queued"}, 202))
    scripted.on("GET", "/analyze/tasks/task-1", failed_task("task-1"))
    args = [*verbose, "analyze", "--video-url", "u", "--prompt", "p", "--async", *FAST_POLLS]
    result = invoke(args, scripted_env)
    assert result.exit_code == 1
    assert_no_key(result)
    assert f"error: task task-1 failed: could not decode ({MASKED})" in result.stderr


def test_tasks_wait_and_get_on_a_failed_task(scripted: ScriptedAPI, scripted_env: dict[str, str]) -> None:
    scripted.on("GET", "/analyze/tasks/task-1", failed_task("task-1"))
    waited = invoke(["tasks", "wait", "task-1", *FAST_POLLS], scripted_env)
    assert waited.exit_code == 1
    assert_no_key(waited)
    assert waited.stderr.splitlines()[-1] == f"error: task task-1 failed: could not decode ({MASKED})"
    for args in (["tasks", "get", "task-1"], ["tasks", "get", "task-1", "--json"]):
        shown = invoke(args, scripted_env)
        assert shown.exit_code == 0
        assert_no_key(shown)
        assert "could not decode" in shown.stdout
    listing = {
        "data": [task("task-1", "failed", error=f"could not decode ({ECHO})")],
        "page_info": {"page": 1},
    }
    scripted.on("GET", "/analyze/tasks", raw_answer(listing))
    listed = invoke(["tasks", "list", "--json", "--limit", "1"], scripted_env)
    assert listed.exit_code == 0, listed.stderr
    assert_no_key(listed)
    assert json.loads(listed.stdout)["error"]["message"] == f"could not decode ({MASKED})"


def cut_short(data: str) -> dict[str, Any]:
    return {"id": "a1", "data": data, "finish_reason": "length", "error": {"message": f"Stopped: {ECHO}."}}


@pytest.mark.parametrize("verbose", [[], ["--verbose"]], ids=["plain", "verbose"])
def test_gist_through_analyze_cut_short(
    scripted: ScriptedAPI, scripted_env: dict[str, str], verbose: list[str]
) -> None:
    scripted.on("POST", "/analyze", raw_answer(cut_short('{"title": "A ' + ECHO)))
    result = invoke([*verbose, "gist", VIDEO, "--types", "title"], scripted_env)  # /gist: 404, gone
    assert result.exit_code == 1
    assert_no_key(result)
    assert f"(Stopped: {MASKED}.)" in result.stderr


def test_analyze_with_a_schema_cut_short(scripted: ScriptedAPI, scripted_env: dict[str, str]) -> None:
    events = stream_events(['{"dish": "ra ', ECHO], finish_reason="length", warning=f"Stopped: {ECHO}.")
    scripted.on("POST", "/analyze", ndjson_answer(events))
    result = invoke(["analyze", VIDEO, "--prompt", "p", "--schema", SCHEMA], scripted_env)
    assert result.exit_code == 1
    assert_no_key(result)
    assert result.stdout == '{"dish": "ra ' + MASKED + "\n"  # the partial answer, masked


def batch(scripted_env: dict[str, str], tmp_path: Path, ids: list[str], *options: str) -> tuple[Result, Path]:
    source = tmp_path / "ids.txt"
    source.write_text("".join(f"{video_id}\n" for video_id in ids))
    out = tmp_path / "out.jsonl"
    result = invoke(["batch", str(source), "--out", str(out), *options], scripted_env)
    return result, out


def test_a_batch_of_tasks_records_a_failure_without_the_key(
    scripted: ScriptedAPI, scripted_env: dict[str, str], tmp_path: Path
) -> None:
    scripted.on("POST", "/analyze/tasks", json_answer({"task_id": "task-u", "status": "queued"}, 202))
    scripted.on("GET", "/analyze/tasks/task-u", failed_task("task-u"))
    result, out = batch(
        scripted_env, tmp_path, ["https://e.com/u.mp4"], "--analyze", "--async", "--input-kind", "url",
        "--prompt", "p", "--poll-interval", "0.01",
    )  # fmt: skip
    assert result.exit_code == 1
    assert_no_key(result, out)
    assert MASKED in out.read_text()


@pytest.mark.parametrize(
    "options",
    [["--analyze", "--prompt", "p", "--schema", SCHEMA], ["--gist", "--types", "title"]],
    ids=["analyze-schema", "gist-through-analyze"],
)
def test_a_batch_records_an_answer_cut_short_without_the_key(
    scripted: ScriptedAPI, scripted_env: dict[str, str], tmp_path: Path, options: list[str]
) -> None:
    scripted.on("POST", "/analyze", raw_answer(cut_short('{"dish": "' + ECHO)))
    result, out = batch(scripted_env, tmp_path, ["a"], *options)
    assert result.exit_code == 1
    assert_no_key(result, out)
    assert MASKED in out.read_text()
