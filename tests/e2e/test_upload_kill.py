"""Uploads killed with SIGKILL at random points, then resumed: each chunk is sent at most twice, one ready asset."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs
from twelvelabs_analyze.testing import FakeTwelveLabs

CHUNK = 64 * 1024
CHUNKS = 24
ROUNDS = 10

# The upload to kill: paced by its progress callback so the test can stop it between any two parts.
SCRIPT = textwrap.dedent(
    """
    import sys, time
    from twelvelabs_analyze import TwelveLabs
    base_url, key, path, state = sys.argv[1:5]
    client = TwelveLabs(api_key=key, base_url=base_url)
    client.assets.upload(path, concurrency=2, direct_limit=0, state_dir=state,
                         on_progress=lambda event: time.sleep(0.02), poll_interval=0.05)
    """
)


def _sent(fake: FakeTwelveLabs) -> int:
    return sum(1 for r in fake.presigned_requests if r.status == 200)


@pytest.mark.slow
def test_killed_uploads_resume(mode: str, tmp_path: Path) -> None:
    rng = random.Random(19)
    for round_number in range(ROUNDS):
        path = tmp_path / f"clip{round_number}.mp4"
        path.write_bytes(os.urandom(CHUNK * CHUNKS - 1000))
        state = tmp_path / f"state{round_number}"
        fake = FakeTwelveLabs()
        fake.configure_uploads(chunk_size=CHUNK, asset_processing=0, keep_bytes=True, initial_urls=5)
        kill_after = rng.randrange(0, CHUNKS - 2)  # parts in before the kill (0: right after create)
        with fake.serve() as base_url:
            process = subprocess.Popen(
                [sys.executable, "-c", SCRIPT, base_url, fake.api_key, str(path), str(state)],
                env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + 60
            while (not fake.uploads or _sent(fake) < kill_after) and time.monotonic() < deadline:
                time.sleep(0.002)
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            recorded = any(state.glob("*.json"))  # killed after the session was recorded: it goes on
            client: TwelveLabs | AsyncTwelveLabs = (TwelveLabs if mode == "sync" else AsyncTwelveLabs)(
                api_key=fake.api_key, base_url=base_url
            )
            result = client.assets.upload(path, direct_limit=0, state_dir=state, poll_interval=0.05)
            asset = asyncio.run(result) if isinstance(client, AsyncTwelveLabs) else result  # type: ignore[arg-type]
        assert asset.status == "ready"
        assert fake.asset_content(asset.id) == path.read_bytes()
        assert [a["status"] for a in fake.assets] == ["ready"], round_number
        counts: dict[tuple[str, int | None], int] = {}
        for request in fake.presigned_requests:
            if request.status == 200:
                key = (request.upload_id, request.chunk_index)
                counts[key] = counts.get(key, 0) + 1
        finished = [s for s in fake.uploads if s["status"] == "completed"]
        assert len(finished) == 1
        assert max(counts.values()) <= 2, (round_number, kill_after, counts)
        if recorded:
            assert len(fake.uploads) == 1, round_number  # resumed, not started over
