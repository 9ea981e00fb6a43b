"""``analyze``: streamed text, one answer, structured output, JSON, and ``--async`` tasks.

Scripted answers (tests/cli/scripted.py) pin the exact bytes; the tests at the end run the same
commands against the fake.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import invoke, subprocess_env
from .scripted import ScriptedAPI, json_answer, ndjson_answer, serve_scripted, stream_events, task

VIDEO = "6298d673f1090f1100476d4c"
SCHEMA = {"type": "object", "properties": {"dish": {"type": "string"}}, "required": ["dish"]}


def test_the_text_is_printed_as_it_streams_and_the_finish_line_goes_to_stderr(
    scripted: ScriptedAPI, scripted_env: dict[str, str]
) -> None:
    texts = ["Héllo, ", "wör", "ld. ", "Second line\nthird"]
    scripted.on("POST", "/analyze", ndjson_answer(stream_events(texts), pieces=7))
    result = invoke(["analyze", VIDEO, "--prompt", "Say hello"], scripted_env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "".join(texts) + "\n"
    assert result.stderr == "finish_reason: stop · 12 output tokens, 30 input tokens\n"
    (request,) = scripted.requests
    assert request.json == {"video_id": VIDEO, "prompt": "Say hello", "stream": True}


def test_a_length_finish_shows_the_warning(scripted: ScriptedAPI, scripted_env: dict[str, str]) -> None:
    events = stream_events(
        ["cut sh"], finish_reason="length", warning="The maximum response length was reached."
    )
    scripted.on("POST", "/analyze", ndjson_answer(events))
    result = invoke(["analyze", VIDEO, "--prompt", "p", "--max-tokens", "2"], scripted_env)
    assert result.exit_code == 0
    assert result.stdout == "cut sh\n"
    assert (
        "finish_reason: length" in result.stderr
        and "The maximum response length was reached." in result.stderr
    )
    assert scripted.requests[0].json["max_tokens"] == 2


def test_no_stream_prints_one_answer(scripted: ScriptedAPI, scripted_env: dict[str, str]) -> None:
    body = {"id": "a1", "data": "The whole answer.", "finish_reason": "stop", "usage": {"output_tokens": 4}}
    scripted.on("POST", "/analyze", json_answer(body))
    result = invoke(["analyze", VIDEO, "--prompt", "p", "--no-stream"], scripted_env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "The whole answer.\n"
    assert result.stderr == "finish_reason: stop · 4 output tokens\n"
    assert scripted.requests[0].json["stream"] is False
    as_json = invoke(["analyze", VIDEO, "--prompt", "p", "--no-stream", "--json"], scripted_env)
    assert json.loads(as_json.stdout) == body


def test_json_of_a_stream_is_the_text_and_the_final_event(
    scripted: ScriptedAPI, scripted_env: dict[str, str]
) -> None:
    events = stream_events(["a", "b"])
    scripted.on("POST", "/analyze", ndjson_answer(events))
    result = invoke(["analyze", VIDEO, "--prompt", "p", "--json"], scripted_env)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {"text": "ab", "final": events[-1]}


@pytest.mark.parametrize("stream", [True, False])
def test_a_schema_gives_pretty_printed_json(
    scripted: ScriptedAPI, scripted_env: dict[str, str], tmp_path: Path, stream: bool
) -> None:
    answer = '{"dish": "ramen"}'
    if stream:
        scripted.on("POST", "/analyze", ndjson_answer(stream_events([answer[:5], answer[5:]])))
    else:
        scripted.on("POST", "/analyze", json_answer({"id": "a1", "data": answer, "finish_reason": "stop"}))
    path = tmp_path / "schema.json"
    path.write_text(json.dumps(SCHEMA))
    args = ["analyze", VIDEO, "--prompt", "p", "--schema", str(path), *([] if stream else ["--no-stream"])]
    result = invoke(args, scripted_env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == '{\n  "dish": "ramen"\n}\n'
    sent = scripted.requests[0].json["response_format"]
    assert sent == {"type": "json_schema", "json_schema": SCHEMA}


def test_structured_output_cut_short_fails_with_the_partial_text(
    scripted: ScriptedAPI, scripted_env: dict[str, str]
) -> None:
    events = stream_events(['{"dish": "ra'], finish_reason="length", warning="Max length reached.")
    scripted.on("POST", "/analyze", ndjson_answer(events))
    result = invoke(["analyze", VIDEO, "--prompt", "p", "--schema", json.dumps(SCHEMA)], scripted_env)
    assert result.exit_code == 1
    assert result.stdout == '{"dish": "ra\n'
    error = next(line for line in result.stderr.splitlines() if line.startswith("error: "))
    assert "truncated at the length limit" in error and "Max length reached." in error
    assert "12 characters" in error


def test_a_stream_cut_mid_answer_keeps_what_arrived_and_fails(
    scripted: ScriptedAPI, scripted_env: dict[str, str]
) -> None:
    answer = ndjson_answer(stream_events(["first part, ", "never sent"]), pieces=1)
    data = answer.chunks[0]
    cut = data.index(b"never") - 40  # inside the second text event's line
    answer.chunks, answer.close_early = [data[:cut]], True
    scripted.on("POST", "/analyze", answer)
    result = invoke(["--max-retries", "0", "analyze", VIDEO, "--prompt", "p"], scripted_env)
    assert result.exit_code == 1
    assert result.stdout == "first part, \n"
    assert result.stderr.startswith("error: the stream broke after 2 events")


def test_a_malformed_line_is_an_error_naming_it(scripted: ScriptedAPI, scripted_env: dict[str, str]) -> None:
    answer = ndjson_answer(stream_events(["ok "]))
    answer.chunks = [answer.chunks[0].replace(b'"stream_end"', b'"stream_stop"')]
    scripted.on("POST", "/analyze", answer)
    result = invoke(["analyze", VIDEO, "--prompt", "p"], scripted_env)
    assert result.exit_code == 1
    assert "line 3 of the POST /analyze stream is not a documented event" in result.stderr


def test_a_video_source_instead_of_an_id(scripted: ScriptedAPI, scripted_env: dict[str, str]) -> None:
    scripted.on("POST", "/analyze", ndjson_answer(stream_events(["x"])))
    result = invoke(["analyze", "--video-url", "https://example.com/a.mp4", "--prompt", "p"], scripted_env)
    assert result.exit_code == 0, result.stderr
    assert scripted.requests[0].json["video"] == {"type": "url", "url": "https://example.com/a.mp4"}
    assert "video_id" not in scripted.requests[0].json


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--prompt", "p"], "error: exactly one of VIDEO_ID, --video-url, --video-asset-id, "),
        ([VIDEO, "--video-url", "u", "--prompt", "p"], "error: exactly one of VIDEO_ID, --video-url"),
        ([VIDEO, "--prompt", "p", "--max-tokens", "1"], "error: --max-tokens must be between 2 and 4096"),
        ([VIDEO, "--prompt", "p", "--custom-id", "c"], "error: --custom-id does not apply to analyze"),
        (
            [VIDEO, "--prompt", "p", "--async"],
            "error: analysis tasks take a video source, not an indexed video's id",
        ),
        (
            ["--prompt", "p", "--async"],
            "error: exactly one of --video-url, --video-asset-id, --video-base64-string or --video and --image",
        ),
        (
            [VIDEO, "--model-name", "pegasus2"],
            "'pegasus2' is not one of pegasus1.2, pegasus1.5, pegasus1.6 — did you mean",
        ),
    ],
)
def test_bad_requests_are_refused_before_sending_naming_the_options(
    scripted: ScriptedAPI, scripted_env: dict[str, str], args: list[str], message: str
) -> None:
    result = invoke(["analyze", *args], scripted_env)
    assert result.exit_code == 2, result.stderr
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert scripted.requests == []


# --------------------------------------------------------------------------- --async


def script_task(scripted: ScriptedAPI, *states: dict[str, Any]) -> None:
    scripted.on("POST", "/analyze/tasks", json_answer({"task_id": "task-1", "status": "queued"}, 202))
    scripted.on("GET", "/analyze/tasks/task-1", *(json_answer(state) for state in states))


FAST_POLLS = ["--poll-interval", "0.01", "--max-poll-interval", "0.01"]


def test_async_creates_a_task_follows_it_and_prints_its_answer(
    scripted: ScriptedAPI, scripted_env: dict[str, str]
) -> None:
    script_task(
        scripted,
        task("task-1", "queued"),
        task("task-1", "processing"),
        task("task-1", "ready", data="Chapter 1. Chapter 2."),
    )
    args = ["analyze", "--video-url", "https://example.com/long.mp4", "--prompt", "Chapters", "--async"]
    result = invoke([*args, *FAST_POLLS, "--custom-id", "run-7"], scripted_env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Chapter 1. Chapter 2.\n"
    lines = result.stderr.splitlines()
    assert lines[0] == "created task task-1"
    # Not a terminal: each change of status is one line, then how long it took.
    assert lines[1:4] == ["task task-1: queued", "task task-1: processing", "task task-1: ready"]
    assert lines[4].startswith("task task-1: ready after ") and lines[4].endswith("(3 polls)")
    assert lines[5] == "finish_reason: stop · 42 output tokens, 7 input tokens"
    created = scripted.received("POST", "/analyze/tasks")[0].json
    assert created == {
        "video": {"type": "url", "url": "https://example.com/long.mp4"},
        "prompt": "Chapters",
        "custom_id": "run-7",
    }


def test_async_with_a_schema_and_json(scripted: ScriptedAPI, scripted_env: dict[str, str]) -> None:
    ready = task("task-1", "ready", data='{"dish": "soup"}', response_format={"type": "json_schema"})
    script_task(scripted, ready)
    args = ["analyze", "--video-asset-id", "as-1", "--prompt", "p", "--async", "--schema", json.dumps(SCHEMA)]
    result = invoke([*args, *FAST_POLLS], scripted_env)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {"dish": "soup"}
    as_json = invoke([*args, *FAST_POLLS, "--json"], scripted_env)
    assert json.loads(as_json.stdout)["result"]["data"] == '{"dish": "soup"}'


def test_a_failed_task_is_one_error_line(scripted: ScriptedAPI, scripted_env: dict[str, str]) -> None:
    script_task(scripted, task("task-1", "failed", error="The video could not be decoded."))
    result = invoke(["analyze", "--video-url", "u", "--prompt", "p", "--async", *FAST_POLLS], scripted_env)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "error: task task-1 failed: The video could not be decoded."


def test_a_wait_timeout_says_how_to_pick_the_task_up(
    scripted: ScriptedAPI, scripted_env: dict[str, str]
) -> None:
    script_task(scripted, task("task-1", "processing"))
    args = ["analyze", "--video-url", "u", "--prompt", "p", "--async", *FAST_POLLS, "--wait-timeout", "0.05"]
    result = invoke(args, scripted_env)
    assert result.exit_code == 1
    error = result.stderr.splitlines()[-1]
    assert error.startswith("error: task task-1 is still 'processing'")
    assert "twelvelabs-analyze tasks get task-1" in error


def test_ctrl_c_while_waiting_stops_waiting_and_says_how_to_pick_the_task_up(
    scripted: ScriptedAPI, scripted_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    script_task(scripted, task("task-1", "processing"))

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("twelvelabs_analyze._sleep.sleep", interrupted)  # Ctrl-C between two polls
    result = invoke(["analyze", "--video-url", "u", "--prompt", "p", "--async"], scripted_env)
    assert result.exit_code == 130
    error = result.stderr.splitlines()[-1]
    assert error.startswith("error: stopped waiting after ")
    assert "task task-1 goes on (processing): pick it up with: twelvelabs-analyze tasks get task-1" in error
    assert len(scripted.received("POST", "/analyze/tasks")) == 1


@pytest.mark.slow
def test_streamed_text_reaches_a_pipe_before_the_answer_is_complete(tmp_path: Path) -> None:
    # The server holds back the rest of the stream until the first text has come out of the
    # command's stdout: the command must print (and flush) each event as it arrives.
    released = threading.Event()
    api = ScriptedAPI()
    events = stream_events(["first words ", "and the rest"])
    head = json.dumps(events[0]) + "\n" + json.dumps(events[1]) + "\n"
    tail = "".join(json.dumps(e) + "\n" for e in events[2:])
    answer = ndjson_answer(events)
    answer.chunks, answer.gates = [head.encode(), tail.encode()], {1: released}
    api.on("POST", "/analyze", answer)
    with serve_scripted(api) as base_url:
        env = subprocess_env({"TWELVELABS_BASE_URL": base_url, "TWELVELABS_API_KEY": "k", "NO_COLOR": "1"})
        command = [sys.executable, "-m", "twelvelabs_analyze", "analyze", VIDEO, "--prompt", "p"]
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            assert process.stdout is not None
            first = process.stdout.read(len(b"first words "))
            assert first == b"first words "
            assert process.poll() is None  # still waiting for the rest
            released.set()
            rest, err = process.communicate(timeout=30)
        finally:
            released.set()
            if process.poll() is None:
                process.kill()
                process.wait()
    assert process.returncode == 0, err
    assert rest == b"and the rest\n"


# --------------------------------------------------------------------------- against the fake


def test_analyze_streams_the_fakes_answer(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    with fake.client() as client:
        expected = client.analyze_stream(video_id=VIDEO, prompt="What happens?").get_text()
    result = invoke(["analyze", VIDEO, "--prompt", "What happens?"], cli_env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == expected.rstrip("\n") + "\n"
    assert result.stderr.startswith("finish_reason: stop")
    no_stream = invoke(["analyze", VIDEO, "--prompt", "What happens?", "--no-stream"], cli_env)
    assert no_stream.stdout == result.stdout


def test_analyze_structured_answer_from_the_fake(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    chapter = {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "start_sec": {"type": "number"},
            "end_sec": {"type": "number"},
        },
    }
    schema = {
        "type": "object",
        "properties": {"chapters": {"type": "array", "items": chapter}},
        "required": ["chapters"],
    }
    result = invoke(["analyze", VIDEO, "--prompt", "Chapters", "--schema", json.dumps(schema)], cli_env)
    assert result.exit_code == 0, result.stderr
    chapters = json.loads(result.stdout)["chapters"]
    assert all(c["start_sec"] <= c["end_sec"] for c in chapters)
    cut = invoke(
        ["analyze", VIDEO, "--prompt", "Chapters", "--schema", json.dumps(schema), "--max-tokens", "2"],
        cli_env,
    )
    assert cut.exit_code == 1 and "truncated at the length limit" in cut.stderr


def test_async_follows_a_fake_task_over_fake_time(
    fake: FakeTwelveLabs, cli_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each pause between two polls moves the fake's clock instead of the wall clock.
    monkeypatch.setattr("twelvelabs_analyze._sleep.sleep", fake.advance)  # type: ignore[attr-defined]
    started = time.monotonic()
    args = ["analyze", "--video-url", "https://example.com/2h.mp4", "--prompt", "Chapters", "--async"]
    result = invoke(args, cli_env)
    assert result.exit_code == 0, result.stderr
    assert time.monotonic() - started < 10
    assert "task " in result.stderr and ": ready after " in result.stderr
    assert result.stdout.strip()
    statuses = [
        line.split(": ")[-1]
        for line in result.stderr.splitlines()
        if line.startswith("task ") and "after" not in line
    ]
    assert statuses[0] in ("created", "queued") and statuses[-1] == "ready"


@pytest.mark.parametrize("option", ["--poll-interval", "--max-poll-interval", "--wait-timeout"])
def test_wait_options_are_checked_by_the_clients_rule_under_their_names(
    scripted: ScriptedAPI, scripted_env: dict[str, str], option: str
) -> None:
    result = invoke(["analyze", "--video-url", "u", "--prompt", "p", "--async", option, "-1"], scripted_env)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {option} must be a finite number of seconds >= 0")
    assert scripted.requests == []


@pytest.mark.slow
def test_a_real_ctrl_c_while_waiting_exits_130_with_the_task_id() -> None:
    api = ScriptedAPI()
    api.on("POST", "/analyze/tasks", json_answer({"task_id": "task-9", "status": "queued"}, 202))
    api.on("GET", "/analyze/tasks/task-9", json_answer(task("task-9", "processing")))
    with serve_scripted(api) as base_url:
        env = subprocess_env({"TWELVELABS_BASE_URL": base_url, "TWELVELABS_API_KEY": "k", "NO_COLOR": "1"})
        command = [sys.executable, "-m", "twelvelabs_analyze", "analyze", "--video-url", "u", "--prompt", "p"]
        command += ["--async", "--poll-interval", "0.05", "--max-poll-interval", "0.05"]
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            assert process.stderr is not None
            seen = [process.stderr.readline() for _ in range(3)]
            assert seen[-1].strip() == "task task-9: processing", seen
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=20)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert process.returncode == 130, err
    assert out == ""
    assert "twelvelabs-analyze tasks get task-9" in err.splitlines()[-1]
