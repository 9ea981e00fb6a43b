"""A 3 GB sparse file through the served fake, in a subprocess: peak RSS stays within concurrency × chunk + 64 MB."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from twelvelabs_analyze.testing import FakeTwelveLabs

SIZE = 3 * 1024**3
CHUNK = 16 * 1024 * 1024
CONCURRENCY = 4
HEADROOM = 64 * 1024 * 1024

# Runs in a fresh interpreter so its peak RSS (ru_maxrss) is the upload's alone.
SCRIPT = textwrap.dedent(
    """
    import json, resource, sys
    from twelvelabs_analyze import TwelveLabs
    base_url, key, path, concurrency = sys.argv[1:5]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    client = TwelveLabs(api_key=key, base_url=base_url, timeout=120)
    asset = client.assets.upload(path, concurrency=int(concurrency), resume=False, poll_interval=0.05)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"before": before, "peak": peak, "status": asset.status}))
    """
)


@pytest.mark.slow
def test_three_gigabytes_stay_within_the_memory_bound(tmp_path: Path) -> None:
    path = tmp_path / "big.mp4"
    with path.open("wb") as file:
        file.truncate(SIZE)  # sparse: no disk used
    fake = FakeTwelveLabs()
    fake.configure_uploads(chunk_size=CHUNK, asset_processing=0)
    with fake.serve() as base_url:
        result = subprocess.run(
            [sys.executable, "-c", SCRIPT, base_url, fake.api_key, str(path), str(CONCURRENCY)],
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"peak RSS growth {(figures['peak'] - figures['before']) / 2**20:.0f} MiB")  # shown with -s
    assert figures["status"] == "ready"
    assert figures["peak"] - figures["before"] <= CONCURRENCY * CHUNK + HEADROOM, figures
    (session,) = fake.uploads
    assert session["status"] == "completed"
