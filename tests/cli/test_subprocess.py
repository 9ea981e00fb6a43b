"""The CLI as users run it: ``python -m twelvelabs_analyze`` in a subprocess, against a loopback fake.

Includes the crash tests: a batch killed with SIGKILL mid-run, interrupted with SIGINT, or left
with a torn last line must resume to a file holding every id exactly once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import srt

from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import run_cli, subprocess_env

pytestmark = pytest.mark.slow

VIDEO = "6298d673f1090f1100476d4c"


def write_ids(path: Path, ids: list[str]) -> Path:
    path.write_text("".join(f"{video_id}\n" for video_id in ids))
    return path


def complete_records(path: Path) -> dict[str, dict[str, Any]]:
    """The newline-terminated lines of a results file, checked to hold each id once."""
    data = path.read_text()
    complete = data[: data.rfind("\n") + 1]
    lines = [json.loads(line) for line in complete.splitlines()]
    ids = [line["video_id"] for line in lines]
    assert len(ids) == len(set(ids)), "an id appears more than once"
    return {line["video_id"]: line for line in lines}


def wait_for_lines(path: Path, count: int, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        assert process.poll() is None, "the batch ended before it could be stopped"
        time.sleep(0.005)
    raise AssertionError(f"{path} did not reach {count} lines in {timeout}s")


def settle(fake: FakeTwelveLabs, quiet: float = 0.2, timeout: float = 10) -> None:
    """Wait until the fake has received nothing new for ``quiet`` seconds."""
    deadline = time.monotonic() + timeout
    count = -1
    while time.monotonic() < deadline:
        if len(fake.requests) == count:
            return
        count = len(fake.requests)
        time.sleep(quiet)
    raise AssertionError("the fake kept receiving requests")


def start_batch(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "twelvelabs_analyze", *args],
            env=subprocess_env(env),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )


def test_import_stays_light() -> None:
    # Not click/rich: httpx itself imports them (for its own CLI) whenever they are installed.
    heavy = ("webvtt", "srt", "uvicorn", "twelvelabs_analyze.cli", "twelvelabs_analyze.testing")
    code = f"import sys, twelvelabs_analyze\nprint(sorted(m for m in {heavy!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("module", ["click", "rich"])
def test_without_the_cli_extra_the_error_names_it(module: str) -> None:
    code = f"import sys\nsys.modules[{module!r}] = None\nfrom twelvelabs_analyze.cli import main\nmain()"
    done = subprocess.run([sys.executable, "-c", code, "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert (
        done.stderr == f"error: the command-line tool needs {module}: pip install 'twelvelabs-analyze[cli]'\n"
    )


def test_gist_and_summarize_in_a_subprocess(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    with fake.client() as client:
        gist = client.gist(VIDEO).to_dict()
        chapters = client.summarize(VIDEO, type="chapter")
    done = run_cli(["gist", VIDEO, "--json"], cli_env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == gist

    done = run_cli(["summarize", VIDEO, "--type", "chapter", "--format", "srt"], cli_env)
    assert done.returncode == 0, done.stderr
    subtitles = list(srt.parse(done.stdout))
    assert [s.content for s in subtitles] == [c.chapter_title for c in chapters.chapters]  # type: ignore[union-attr]
    assert [s.start for s in subtitles] == [timedelta(seconds=c.start_sec) for c in chapters.chapters]  # type: ignore[arg-type, union-attr]


def test_a_missing_key_in_a_subprocess_is_one_line(cli_env: dict[str, str]) -> None:
    env = {k: v for k, v in cli_env.items() if k != "TWELVELABS_API_KEY"}
    done = run_cli(["summarize", VIDEO, "--type", "summary"], env)
    assert done.returncode == 2
    assert done.stderr.startswith("error: no API key: set TWELVELABS_API_KEY or pass --api-key")
    assert len(done.stderr.splitlines()) == 1


def test_version_and_help_in_a_subprocess() -> None:
    done = run_cli(["--version"], {})
    assert done.returncode == 0 and done.stdout.startswith("twelvelabs-analyze ")
    assert run_cli(["tasks", "--help"], {}).returncode == 0


# Every batch mode that one request answers; the fake answers each of them.
MODES = {
    "gist": ["--gist"],
    "summarize": ["--summarize", "--type", "chapter"],
    "analyze": ["--analyze", "--prompt", "Three hashtags for this video"],
}


@pytest.mark.parametrize("mode", list(MODES))
def test_a_batch_killed_with_sigkill_resumes_to_every_id_exactly_once(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path, mode: str
) -> None:
    ids = [f"vid-{n:03d}" for n in range(200)]
    source = write_ids(tmp_path / "ids.txt", ids)
    out = tmp_path / "out.jsonl"
    command = ["batch", str(source), "--out", str(out), *MODES[mode], "--concurrency", "4"]
    fake.delay_next(0.02, times=400)  # slow enough answers that the kill lands mid-run

    batch = start_batch(command, cli_env, tmp_path / "first.log")
    wait_for_lines(out, 20, batch)
    os.kill(batch.pid, signal.SIGKILL)
    batch.wait(timeout=10)
    assert batch.returncode == -signal.SIGKILL

    before = complete_records(out)
    assert 20 <= len(before) < len(ids), "the kill did not land mid-run"
    assert all(line["ok"] for line in before.values())

    settle(fake)  # requests the killed run had in flight are still answered: let them land first
    fake.reset()
    done = run_cli(command, cli_env)
    assert done.returncode == 0, done.stderr
    after = complete_records(out)
    assert out.read_text().endswith("\n")
    assert sorted(after) == ids
    assert all(after[video_id] == line for video_id, line in before.items())  # kept as written
    resent = [request.json["video_id"] for request in fake.requests]
    assert sorted(resent) == sorted(set(ids) - set(before))  # only what was missing, once each


def test_sigint_finishes_the_videos_in_flight_and_exits_130(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    ids = [f"vid-{n:03d}" for n in range(60)]
    source = write_ids(tmp_path / "ids.txt", ids)
    out = tmp_path / "out.jsonl"
    command = ["batch", str(source), "--out", str(out), "--gist", "--concurrency", "3"]
    fake.delay_next(0.05, times=200)

    log = tmp_path / "interrupted.log"
    batch = start_batch(command, cli_env, log)
    wait_for_lines(out, 6, batch)
    batch.send_signal(signal.SIGINT)
    assert batch.wait(timeout=20) == 130
    stderr = log.read_text()
    assert "interrupted" in stderr and "Rerun the same command to resume" in stderr
    assert out.read_text().endswith("\n")  # a clean finish leaves no torn line
    lines = complete_records(out)
    assert len(lines) < len(ids)
    assert len(lines) == len(fake.requests)  # every request that was sent got its line

    fake.reset()
    done = run_cli(command, cli_env)
    assert done.returncode == 0, done.stderr
    assert sorted(complete_records(out)) == ids


def test_a_torn_last_line_is_dropped_and_the_video_redone(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    ids = [f"vid-{n}" for n in range(8)]
    out = tmp_path / "out.jsonl"
    first = run_cli(
        ["batch", str(write_ids(tmp_path / "a.txt", ids[:5])), "--out", str(out), "--gist"], cli_env
    )
    assert first.returncode == 0, first.stderr
    with out.open("a") as results:
        results.write('{"video_id":"vid-5","ok":true,"resu')  # what a crash mid-write leaves

    fake.reset()
    done = run_cli(["batch", str(write_ids(tmp_path / "b.txt", ids)), "--out", str(out), "--gist"], cli_env)
    assert done.returncode == 0, done.stderr
    message = "dropped a torn last line (line 6, 35 bytes: the unfinished result for 'vid-5'"
    assert message in " ".join(done.stderr.split())
    assert sorted(complete_records(out)) == ids
    assert sorted(request.json["video_id"] for request in fake.requests) == ids[5:]


def test_answers_with_lone_surrogates_are_written_and_compacted(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    # JSON allows "\\ud800"; the standard library decodes it into a str that UTF-8 cannot encode.
    # orjson (the fast extra) refuses such answers, so the client runs without it here, as a user
    # without the extra does.
    env = {**cli_env, "TWELVELABS_ANALYZE_NO_ORJSON": "1"}
    source = write_ids(tmp_path / "ids.txt", ["a", "b", "c"])
    out = tmp_path / "out.jsonl"
    command = ["batch", str(source), "--out", str(out), "--gist", "--types", "title", "-c", "1"]
    fake.fail_next(200, body=b'{"id": "x", "title": "half \\ud83d of a smile"}')
    fake.fail_next(400, body=b'{"code": "busy", "message": "lone \\udfff here"}')
    first = run_cli(command, env)
    assert first.returncode == 1, first.stderr
    assert "3 videos: 2 ok, 1 failed" in first.stderr
    assert complete_records(out)["a"]["result"]["title"] == "half \ud83d of a smile"
    assert complete_records(out)["b"]["error"]["message"] == "lone \udfff here"
    assert b"\\ud83d" in out.read_bytes()  # escaped: the file stays valid UTF-8
    out.read_bytes().decode("utf-8")

    fake.fail_next(400, body=b'{"code": "busy", "message": "again \\udfff"}')
    retried = run_cli([*command, "--retry-failed"], env)  # rewrites the file
    assert retried.returncode == 1, retried.stderr
    lines = complete_records(out)
    assert list(lines) == ["a", "c", "b"]
    assert lines["a"]["result"]["title"] == "half \ud83d of a smile"
    assert lines["b"]["error"]["message"] == "again \udfff"


def test_batch_exit_codes_in_a_subprocess(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    source = write_ids(tmp_path / "ids.txt", ["a", "b", "c"])
    out = tmp_path / "out.jsonl"
    command = ["batch", str(source), "--out", str(out), "--gist", "-c", "1"]

    assert run_cli(command[:-3], cli_env).returncode == 2  # neither --gist nor --summarize
    fake.fail_next(404, body={"code": "resource_not_exist", "message": "No such video."})
    failed = run_cli(command, cli_env)
    assert failed.returncode == 1
    assert complete_records(out)["a"]["error"] == {
        "status": 404,
        "code": "resource_not_exist",
        "message": "No such video.",
    }

    fake.set_rate_limit(limit=0, window_seconds=3600)
    stopped = run_cli([*command, "--retry-failed", "--max-wait", "5"], cli_env)
    assert stopped.returncode == 3, stopped.stderr
    assert "stopped on a rate limit" in stopped.stderr

    fake.set_rate_limit(limit=10, window_seconds=3600)
    assert run_cli([*command, "--retry-failed"], cli_env).returncode == 0
    assert sorted(complete_records(out)) == ["a", "b", "c"]


def wait_for(condition: Any, process: subprocess.Popen[bytes], what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        assert process.poll() is None, f"the batch ended before {what}"
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


def test_an_async_batch_killed_while_waiting_resumes_by_polling_and_creates_no_task_twice(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    ids = [f"asset-{n:02d}" for n in range(30)]
    source = write_ids(tmp_path / "ids.txt", ids)
    out = tmp_path / "out.jsonl"
    command = ["batch", str(source), "--out", str(out), "--analyze", "--async", "--input-kind", "asset_id"]
    command += ["--prompt", "Chapters", "--poll-interval", "0.05", "--max-poll-interval", "0.05", "-c", "8"]

    def created_tasks() -> dict[str, str]:
        """The task id of every video whose "created" line is on disk (after its "creating" line)."""
        data = out.read_bytes() if out.exists() else b""
        lines = [json.loads(line) for line in data[: data.rfind(b"\n") + 1].splitlines()]
        assert all(line["ok"] is None for line in lines)
        return {line["video_id"]: line["task_id"] for line in lines if line["status"] == "created"}

    first = start_batch(command, cli_env, tmp_path / "first.log")
    wait_for(lambda: len(created_tasks()) >= 8, first, "8 tasks were recorded")
    os.kill(first.pid, signal.SIGKILL)
    first.wait(timeout=10)
    recorded = created_tasks()
    assert len(recorded) >= 8

    second = start_batch(command, cli_env, tmp_path / "second.log")
    try:
        while second.poll() is None:  # time passes for the tasks only while the second run waits
            fake.advance(60)  # type: ignore[attr-defined]
            time.sleep(0.02)
    finally:
        if second.poll() is None:
            second.kill()
    assert second.wait(timeout=30) == 0, (tmp_path / "second.log").read_text()
    final = complete_records(out)
    assert sorted(final) == ids and all(line["ok"] is True for line in final.values())
    for video_id, task_id in recorded.items():
        assert final[video_id]["task_id"] == task_id  # the recorded task, polled to its end
    creations = [
        r.json["video"]["asset_id"]
        for r in fake.requests
        if r.method == "POST" and r.path.endswith("/analyze/tasks")
    ]
    assert sorted(creations) == ids  # every video's task was created exactly once, across both runs
