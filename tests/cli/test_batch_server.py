"""``batch --analyze --server`` and ``batches list|show|results|cancel|delete`` against a served stand-in."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.unit.batch_server import BatchServer, serve
from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import API_KEY, invoke, subprocess_env

FAST = ["--poll-interval", "0.01", "--max-poll-interval", "0.05"]


@pytest.fixture
def batches() -> Iterator[tuple[BatchServer, dict[str, str]]]:
    server = BatchServer(item_seconds=60.0, speed=5000.0)  # a 1,000-item batch: 0.12 s
    base_url, stop = serve(server)
    try:
        yield server, {"TWELVELABS_BASE_URL": base_url, "TWELVELABS_API_KEY": API_KEY, "NO_COLOR": "1"}
    finally:
        stop()


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_server_batch_one_line_per_input_and_a_rerun_adds_nothing(
    batches: tuple[BatchServer, dict[str, str]], tmp_path: Path
) -> None:
    server, env = batches
    inputs = tmp_path / "assets.txt"
    inputs.write_text("".join(f"asset{i:05d}\n" for i in range(2500)))
    out = tmp_path / "out.jsonl"
    args = ["batch", str(inputs), "--out", str(out), "--analyze", "--server", "--prompt", "Describe", *FAST]
    result = invoke(args, env)
    assert result.exit_code == 0, result.stderr
    lines = lines_of(out)
    assert sorted(line["video_id"] for line in lines) == [f"asset{i:05d}" for i in range(2500)]
    first = lines[0]
    assert first["ok"] is True and first["endpoint"] == "POST /analyze/batches"
    assert {"batch_id", "task_id", "custom_id", "asset_id", "attempts", "elapsed_s", "result"} <= set(first)
    assert [len(server.batches[b].items) for b in server.order] == [1000, 1000, 500]
    sent = {
        item["custom_id"]: item["video"]["asset_id"] for b in server.order for item in server.batches[b].items
    }
    assert all(sent[line["custom_id"]] == line["video_id"] for line in lines)
    assert server.batches[server.order[0]].items[0].get("prompt") is None  # the prompt is a default
    again = invoke(args, env)
    assert again.exit_code == 0, again.stderr
    assert len(lines_of(out)) == 2500 and server.creates == 3  # nothing created or written twice


def test_server_batch_failed_items_exit_1(
    batches: tuple[BatchServer, dict[str, str]], tmp_path: Path
) -> None:
    server, env = batches
    inputs = tmp_path / "assets.txt"
    inputs.write_text("a1\na2\n")
    out = tmp_path / "out.jsonl"
    server.expire_after(1.0, 1.0, 1.0)  # every batch expires before its items end: canceled at last
    result = invoke(["batch", str(inputs), "--out", str(out), "--analyze", "--server", *FAST], env)
    assert result.exit_code == 1
    assert {line["error"]["code"] for line in lines_of(out)} == {"canceled"}
    assert server.creates == 3  # the first batch and two resubmissions


def test_server_batch_refuses_what_batches_do_not_take(
    batches: tuple[BatchServer, dict[str, str]], tmp_path: Path
) -> None:
    _, env = batches
    inputs = tmp_path / "assets.txt"
    inputs.write_text("a1\n")
    out = str(tmp_path / "out.jsonl")
    assert invoke(["batch", str(inputs), "--out", out, "--gist", "--server"], env).exit_code == 2
    assert (
        invoke(["batch", str(inputs), "--out", out, "--analyze", "--async", "--server"], env).exit_code == 2
    )
    assert (
        invoke(["batch", str(inputs), "--out", out, "--analyze", "--input-kind", "file"], env).exit_code == 2
    )


def test_files_and_urls_become_assets_once(tmp_path: Path) -> None:
    fake = FakeTwelveLabs(api_key=API_KEY)
    server = BatchServer(item_seconds=60.0, speed=5000.0)
    with fake.serve() as fake_url:
        base_url, stop = serve(server, forward_to=fake_url)
        try:
            video = tmp_path / "clip.mp4"
            video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 4000)
            inputs = tmp_path / "inputs.txt"
            inputs.write_text(f"{video}\nhttps://videos.test/a.mp4\nexisting-asset\n")
            out = tmp_path / "out.jsonl"
            env = {"TWELVELABS_BASE_URL": base_url, "TWELVELABS_API_KEY": API_KEY, "NO_COLOR": "1"}
            args = ["batch", str(inputs), "--out", str(out), "--analyze", "--server", *FAST]
            result = invoke(args, env)
            assert result.exit_code == 0, result.stderr
            made = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/assets")]
            assert len(made) == 2
            assert invoke(args, env).exit_code == 0
            assert len([r for r in fake.requests if r.method == "POST" and r.path.endswith("/assets")]) == 2
        finally:
            stop()
    lines = {line["video_id"]: line for line in lines_of(out)}
    assert lines["existing-asset"]["asset_id"] == "existing-asset"
    assert len(lines) == 3 and server.creates == 1


@pytest.mark.slow
def test_ctrl_c_with_on_interrupt_cancel_cancels_the_jobs_batches(tmp_path: Path) -> None:
    server = BatchServer(item_seconds=3600.0, speed=1.0)  # nothing ends while the test runs
    base_url, stop = serve(server)
    try:
        inputs = tmp_path / "assets.txt"
        inputs.write_text("".join(f"asset{i}\n" for i in range(1500)))
        out = tmp_path / "out.jsonl"
        env = {"TWELVELABS_BASE_URL": base_url, "TWELVELABS_API_KEY": API_KEY, "NO_COLOR": "1"}
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "twelvelabs_analyze",
                "batch",
                str(inputs),
                "--out",
                str(out),
                "--analyze",
                "--server",
                "--on-interrupt",
                "cancel",
                *FAST,
            ],
            env=subprocess_env(env),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(600):  # bounded: both batches created
            if server.creates == 2 or child.poll() is not None:
                break
            time.sleep(0.05)
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=60)
        assert child.returncode == 130, stderr
        assert "canceled 2 batches" in stderr
        assert {server.batches[b].status(server.now) for b in server.order} == {"canceled"}
    finally:
        stop()


def test_batches_commands(batches: tuple[BatchServer, dict[str, str]], tmp_path: Path) -> None:
    server, env = batches
    inputs = tmp_path / "assets.txt"
    inputs.write_text("a1\na2\n")
    invoke(["batch", str(inputs), "--out", str(tmp_path / "o.jsonl"), "--analyze", "--server", *FAST], env)
    batch_id = server.order[0]
    listed = invoke(["batches", "list", "--json"], env)
    assert listed.exit_code == 0 and json.loads(listed.stdout.splitlines()[0])["batch_id"] == batch_id
    shown = invoke(["batches", "show", batch_id], env)
    assert json.loads(shown.stdout)["status"] == "completed"
    results = invoke(["batches", "results", batch_id], env)
    assert [json.loads(line)["status"] for line in results.stdout.splitlines()] == ["ready", "ready"]
    assert invoke(["batches", "cancel", batch_id], env).exit_code == 1  # 409: it has ended
    assert invoke(["batches", "delete", batch_id], env).exit_code == 0
    assert invoke(["batches", "show", batch_id], env).exit_code == 1
    table = invoke(["batches", "list"], env)
    assert table.exit_code == 0 and "0 batches" in table.stdout
