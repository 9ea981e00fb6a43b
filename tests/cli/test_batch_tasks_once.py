"""``batch --analyze --async`` never creates a video's task twice: not after a timed-out create, not
after a ``kill -9`` between the server creating the task and its id reaching the results file.

Each task is created with a ``custom_id`` the batch wrote down first; after an unknown outcome the
batch looks the task up by it before creating another. The fake here answers creates late (and
some of them later than the client waits), so those outcomes happen often.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import pytest

from twelvelabs_analyze.testing import FakeTwelveLabs
from twelvelabs_analyze.testing._serve import serve_asgi

from .conftest import API_KEY, invoke, subprocess_env

ASYNC = ["--analyze", "--async", "--input-kind", "asset_id", "--prompt", "Chapters"]
POLLS = ["--poll-interval", "0.05", "--max-poll-interval", "0.1"]


@dataclass
class LateCreates:
    """The fake behind a front that holds back create answers: every one by ``delay`` seconds, every
    ``nth`` one by ``long_delay`` (past the client's timeout). The task exists all the while."""

    fake: FakeTwelveLabs
    delay: float
    long_delay: float
    nth: int
    creates: int = 0
    timed_out: int = 0  # creates answered ``long_delay`` late
    made: Counter[str] = field(default_factory=Counter)  # tasks the fake made, by asset id (cheap to read)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if not (
            scope["type"] == "http" and scope["method"] == "POST" and scope["path"].endswith("/analyze/tasks")
        ):
            await self.fake(scope, receive, send)
            return
        with self._lock:
            self.creates += 1
            late = self.nth > 0 and self.creates % self.nth == 0
            self.timed_out += late
        delay = self.long_delay if late else self.delay
        body = bytearray()

        async def read() -> Any:
            message = await receive()
            body.extend(message.get("body", b""))
            return message

        async def held_back(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                if message["status"] < 300:  # the task exists from here on
                    with self._lock:
                        self.made[json.loads(body)["video"]["asset_id"]] += 1
                await anyio.sleep(delay)
            await send(message)

        await self.fake(scope, read, held_back)


@contextmanager
def late_creates(
    delay: float, long_delay: float = 0.0, nth: int = 0, **fake_options: Any
) -> Iterator[tuple[LateCreates, str]]:
    fake = FakeTwelveLabs(api_key=API_KEY, **fake_options)
    front = LateCreates(fake, delay, long_delay, nth)
    with serve_asgi(front) as origin:
        yield front, origin + "/v1.3"


def env_for(base_url: str) -> dict[str, str]:
    return {"TWELVELABS_BASE_URL": base_url, "TWELVELABS_API_KEY": API_KEY, "COLUMNS": "120", "NO_COLOR": "1"}


def tasks_by_asset(fake: FakeTwelveLabs) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for task in fake.tasks:
        found.setdefault(task["video_source"]["asset_id"], []).append(task)
    return found


def final_lines(path: Path) -> dict[str, dict[str, Any]]:
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert len(lines) == len({line["video_id"] for line in lines}), "not compacted to one line per video"
    return {line["video_id"]: line for line in lines}


def assert_each_task_created_once(fake: FakeTwelveLabs, outs: dict[Path, list[str]]) -> None:
    tasks = tasks_by_asset(fake)
    twice = {asset: len(made) for asset, made in tasks.items() if len(made) > 1}
    assert twice == {}, f"tasks created more than once: {twice}"
    for out, assets in outs.items():
        lines = final_lines(out)
        assert sorted(lines) == sorted(assets)
        for asset in assets:
            (made,) = tasks[asset]
            line = lines[asset]
            assert line["ok"] is True, line
            assert (line["task_id"], line["custom_id"]) == (made["task_id"], made["custom_id"])


def write_ids(path: Path, ids: list[str]) -> Path:
    path.write_text("".join(f"{video_id}\n" for video_id in ids))
    return path


def test_timed_out_creates_are_looked_up_not_sent_again(tmp_path: Path) -> None:
    assets = [f"asset-timeout-{n}" for n in range(6)]
    source = write_ids(tmp_path / "ids.txt", assets)
    out = tmp_path / "out.jsonl"
    # Every create is answered after the client gave up on it (--max-retries 0: no blind resend).
    # The client's create looks the task up by its custom_id before raising, and the batch does
    # again on a later run: whichever finds it, none is sent twice.
    with late_creates(delay=4.0, task_durations=(0.0, 0.0, 0.05)) as (front, base_url):
        command = ["--timeout", "1.5", "--max-retries", "0", "batch", str(source), "--out", str(out), *ASYNC]
        for _ in range(3):  # a poll that times out on a loaded machine leaves its video for a rerun
            result = invoke([*command, *POLLS, "-c", "6"], env_for(base_url))
            if result.exit_code == 0:
                break
        assert result.exit_code == 0, result.stderr
        assert front.creates == len(assets)  # each sent once, none again after its timeout
        assert_each_task_created_once(front.fake, {out: assets})


# --------------------------------------------------------------------------- kill -9, again and again

KILLS = 44
LANES = 3  # killed batches running side by side, each on its own videos and results file
VIDEOS = 12  # a lane's


@dataclass
class Lane:
    """One results file and its videos."""

    number: int
    folder: Path

    @property
    def assets(self) -> list[str]:
        return [f"asset-{self.number}-{n}" for n in range(VIDEOS)]

    @property
    def out(self) -> Path:
        return self.folder / f"lane-{self.number}.jsonl"

    @property
    def log(self) -> Path:
        return self.folder / f"lane-{self.number}.log"

    def command(self) -> list[str]:
        source = write_ids(self.folder / f"lane-{self.number}.txt", self.assets)
        return [
            "--timeout", "1", "--max-retries", "0",
            "batch", str(source), "--out", str(self.out), *ASYNC, *POLLS, "--max-task-wait", "0.5", "-c", "8",
        ]  # fmt: skip

    def lines(self) -> int:
        return self.out.read_bytes().count(b"\n") if self.out.exists() else 0

    def tasks_made(self, front: LateCreates) -> int:
        return sum(front.made[asset] for asset in self.assets)

    def unrecorded_tasks(self, front: LateCreates) -> int:
        """Videos whose task exists while no line of the file has its id: the state in which the
        old batch created a second task on the next run."""
        text = self.out.read_text() if self.out.exists() else ""
        recorded = {
            record["video_id"] for record in map(json.loads, text.splitlines()) if "task_id" in record
        }
        return sum(1 for asset in self.assets if front.made[asset] and asset not in recorded)


@dataclass
class Tally:
    kills: int = 0
    runs: int = 0  # batches started, killed or not
    unrecorded: int = 0  # summed over the kills
    lanes: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_lane(self) -> int:
        with self.lock:
            self.lanes += 1
            return self.lanes - 1

    def killed(self, unrecorded: int) -> bool:
        """Count a kill; whether enough have been made."""
        with self.lock:
            self.kills += 1
            self.unrecorded += unrecorded
            return self.kills >= KILLS


# Imports the CLI once, then forks a batch for every "start" it reads: a run starts in
# milliseconds instead of an interpreter's startup (seconds on a loaded machine), so the kills come
# cheap. The child is the CLI as ``python -m twelvelabs_analyze`` runs it (``cli._app.run``), in a
# process of its own. A child is reaped only when told ("kill" or "wait"), so its pid stays its own.
LAUNCHER = """
import json, os, signal, sys
from twelvelabs_analyze.cli._app import run
import twelvelabs_analyze.cli._batch_command  # what a batch imports, before the fork

child = None
for line in sys.stdin:
    command, _, rest = line.strip().partition(" ")
    if command == "start":
        args, log = json.loads(rest)
        child = os.fork()
        if child == 0:
            os.dup2(os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND), 2)
            os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
            code = run(args)
            sys.stderr.flush()
            os._exit(code)
        print(child, flush=True)
    else:
        if command == "kill":
            os.kill(child, signal.SIGKILL)
        print(os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]), flush=True)
"""


class Launcher:
    """Batches started and killed through the launcher above."""

    def __init__(self, env: dict[str, str]) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER],
            env=subprocess_env(env),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.pid = 0

    def _say(self, line: str) -> str:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(line + "\n")
        self._process.stdin.flush()
        return self._process.stdout.readline().strip()

    def start(self, lane: Lane) -> None:
        self.pid = int(self._say("start " + json.dumps([lane.command(), str(lane.log)])))

    def running(self) -> bool:
        """Whether the batch has not ended (an ended one stays a zombie until reaped)."""
        state = Path(f"/proc/{self.pid}/stat").read_text().rpartition(")")[2].split()[0]
        return state != "Z"

    def kill(self) -> int:
        """kill -9 (a no-op for a batch that has ended), reap; the exit code (-9 when killed)."""
        return int(self._say("kill"))

    def wait(self) -> int:
        """Wait for the batch to end by itself; its exit code."""
        return int(self._say("wait"))

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=30)


def kill_again_and_again(
    seed: int, front: LateCreates, env: dict[str, str], folder: Path, tally: Tally
) -> None:
    """Start a lane's batch and kill -9 it at a random point, over and over; a lane a run finishes
    by itself is replaced by a new one, until the kills add up to KILLS."""
    rng = random.Random(seed)
    lane = Lane(tally.next_lane(), folder)
    ended = 0  # runs in a row that ended before the kill
    launcher = Launcher(env)
    try:
        while True:
            tasks, lines = lane.tasks_made(front), lane.lines()
            # Most kills go where the old batch lost tasks: right after the server made one.
            trigger = rng.choice(["task", "task", "line"] if tasks < VIDEOS else ["line"])
            launcher.start(lane)
            tally.runs += 1
            deadline = time.monotonic() + 30  # a safety net: something is always written before
            while launcher.running() and time.monotonic() < deadline:
                if (lane.tasks_made(front) > tasks) if trigger == "task" else (lane.lines() > lines):
                    break
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.02) if trigger == "task" else rng.uniform(0, 0.15))
            code = launcher.kill()
            if code != -signal.SIGKILL:  # it finished first
                assert code in (0, 1), lane.log.read_text()  # 1: tasks left running, or failures
                ended += 1
                if code == 0 or ended > 2:  # nothing left to kill it in
                    lane, ended = Lane(tally.next_lane(), folder), 0
                continue
            ended = 0
            if tally.killed(lane.unrecorded_tasks(front)):
                return
    finally:
        launcher.close()


def resume_to_the_end(lanes: list[Lane], env: dict[str, str]) -> None:
    """Rerun each lane's batch, without kills, until it is done."""
    launcher = Launcher(env)
    try:
        for lane in lanes:
            for _ in range(5):  # a run leaves tasks that outlast --max-task-wait for the next one
                launcher.start(lane)
                if launcher.wait() == 0:
                    break
            else:
                raise AssertionError(lane.log.read_text())
    finally:
        launcher.close()


@pytest.mark.slow
@pytest.mark.skipif(
    not hasattr(os, "fork") or not Path("/proc/self/stat").exists(), reason="needs fork and /proc"
)
def test_an_async_batch_killed_44_times_creates_every_task_exactly_once(tmp_path: Path) -> None:
    tally = Tally()
    # Create answers held back 0.15 s (every 7th past the client's 1 s timeout), tasks done in 0.3 s:
    # the kills land before, during and after creates, lookups, polls and final lines.
    with late_creates(delay=0.15, long_delay=1.6, nth=7, task_durations=(0.05, 0.05, 0.2)) as (
        front,
        base_url,
    ):
        env = env_for(base_url)
        with ThreadPoolExecutor(LANES) as pool:
            for running in [
                pool.submit(kill_again_and_again, seed, front, env, tmp_path, tally) for seed in range(LANES)
            ]:
                running.result()
            lanes = [Lane(number, tmp_path) for number in range(tally.lanes)]
            list(pool.map(lambda seed: resume_to_the_end(lanes[seed::LANES], env), range(LANES)))
        print(
            f"\n{tally.kills} kills in {tally.runs} runs over {len(lanes)} results files; at the kills, {tally.unrecorded} tasks "
            f"existed that their file did not record yet; {front.timed_out} of {front.creates} creates "
            "answered after the client's timeout"
        )
        assert_each_task_created_once(front.fake, {lane.out: lane.assets for lane in lanes})
        assert tally.kills >= 40
        assert tally.unrecorded > 0, "no kill landed between a task's creation and its line"
