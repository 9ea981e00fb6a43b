"""batches.run against the fake's /analyze/batches (every documented rule), on an accelerated clock."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import twelvelabs_analyze._sleep as sleep_module
from twelvelabs_analyze import BatchJobProgress
from twelvelabs_analyze.testing import FakeClock, FakeTwelveLabs

ACTIVE = ("pending", "processing", "canceling")
CHILD = Path(__file__).with_name("batch_job_child.py")


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeTwelveLabs:
    """A fake whose clock stands still but for the client's sleeps (the accelerated clock)."""
    made = FakeTwelveLabs(api_key="test-key", clock=FakeClock(start=1_800_000_000.0), rate_limit=10**9)
    made.set_task_durations((10.0, 10.0, 600.0))

    async def async_sleep(seconds: float) -> None:
        made.advance(seconds)

    monkeypatch.setattr(sleep_module, "sleep", made.advance)
    monkeypatch.setattr(sleep_module, "async_sleep", async_sleep)
    return made


def test_5000_inputs_on_the_fake(fake: FakeTwelveLabs) -> None:
    client = fake.client()
    foreign = client.analyze_async.batches.create(  # another job's batch: the account's 5th slot is taken
        model_name="pegasus1.5",
        analysis_mode="general",
        requests=[{"video": {"type": "asset_id", "asset_id": "someone-else"}}],
    )
    samples: list[int] = []
    expired: list[str] = []

    def watch(progress: BatchJobProgress) -> None:
        batches = fake.batches
        samples.append(sum(1 for b in batches if b["status"] in ACTIVE))
        ours = [b for b in batches if b["batch_id"] != foreign.batch_id]
        if ours and not expired:  # the job's first batch: a third of its items would take 30 h
            first = ours[-1]
            expired.append(first["batch_id"])
            tasks = [t for t in fake.tasks if t.get("batch_id") == first["batch_id"]]
            for task in tasks[::3]:
                fake.set_task_durations((0.0, 0.0, 30 * 3600.0), task_id=task["task_id"])

    requests = [f"asset{i:05d}" for i in range(5000)]
    results = client.analyze_async.batches.run(
        requests, analysis_mode="general", on_progress=watch, max_poll_interval=600.0
    )
    ours = [b for b in fake.batches if b["batch_id"] != foreign.batch_id]
    assert (
        sorted(b["total_items"] for b in ours) == [334] + [1000] * 5
    )  # five of 1,000, then the resubmission
    assert max(samples) <= 5
    assert [r.index for r in results] == list(range(5000))  # each input exactly once
    assert {r.status for r in results} == {"ready"}
    again = [r for r in results if r.attempts == 2]
    assert len(again) == 334 and all(r.batch_id != expired[0] for r in again)
    assert next(b for b in ours if b["batch_id"] == expired[0])["status"] == "expired"
    assert results[7].data.data  # the analysis, mapped to its input
    assert results[7].custom_id in {line["custom_id"] for line in _results(client, results[7].batch_id)}


def _results(client: Any, batch_id: str | None) -> list[dict[str, Any]]:
    with client.analyze_async.batches.results(batch_id) as stream:
        return [item.to_dict() for item in stream]


def test_a_refused_asset_stops_the_job_and_keeps_its_state(fake: FakeTwelveLabs, tmp_path: Path) -> None:
    fake.add_asset("not-yet", status="processing")
    client = fake.client()
    state = tmp_path / "job.json"
    with pytest.raises(Exception, match=r"409|ready") as caught:
        client.analyze_async.batches.run(["a1", "not-yet"], analysis_mode="general", state=state)
    assert any("run the job again" in note for note in caught.value.__notes__)
    fake.add_asset("not-yet", status="ready")
    results = client.analyze_async.batches.run(["a1", "not-yet"], analysis_mode="general", state=state)
    assert [r.status for r in results] == ["ready", "ready"] and len(fake.batches) == 1


@pytest.mark.slow
def test_kill_9_at_ten_random_points_on_the_served_fake(tmp_path: Path) -> None:
    seed = random.randrange(1 << 30)
    chooser = random.Random(seed)
    started = time.monotonic()
    # Fake time runs 2,000 times faster than wall time: a batch (5.6 h) takes 10 s, so the kills
    # fall while batches are created, followed and read.
    clock = FakeClock(lambda: 1_800_000_000.0 + (time.monotonic() - started) * 2000.0)
    fake = FakeTwelveLabs(api_key="sk-test", clock=clock, rate_limit=10**9)
    fake.set_task_durations((10.0, 10.0, 20_000.0))
    state, out, count = tmp_path / "job.json", tmp_path / "results.jsonl", 4000
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    kills = 0
    with fake.serve() as base_url:
        command = [sys.executable, str(CHILD), base_url, str(state), str(out), str(count)]
        for _ in range(40):  # bounded: ten kills, then a run to the end
            child = subprocess.Popen(command, env=environment)
            try:
                child.wait(timeout=chooser.uniform(0.5, 3.0) if kills < 10 else 300)
            except subprocess.TimeoutExpired:
                child.send_signal(signal.SIGKILL)
                child.wait()
                kills += 1
                continue
            assert child.returncode == 0, f"seed {seed}"
            if kills >= 10:
                break
        batches = fake.batches
    assert kills >= 10, f"seed {seed}: the job ended before ten kills"
    lines = [json.loads(line) for line in out.read_bytes().splitlines()]
    assert sorted(line["index"] for line in lines) == list(range(count)), (
        f"seed {seed}"
    )  # none lost, none twice
    assert sum(b["total_items"] for b in batches) == count, f"seed {seed}: a batch was created twice"
