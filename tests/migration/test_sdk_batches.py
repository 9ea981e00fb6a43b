"""The official SDK 1.3.6, pointed at ``fake.serve()``, drives batches without error: create,
list, retrieve, results, cancel, delete (sync and async).

The SDK is not a dependency of this project (its pydantic models, its pinned httpx-sse): pip
installs ``twelvelabs==1.3.6`` with ``--target`` into the user's cache once (later runs reuse
it, offline), and the SDK runs in a subprocess with that folder on its path, so nothing of it enters
this interpreter or the venv. Without network and without the cached copy, the test is skipped.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from twelvelabs_analyze.testing import FakeTwelveLabs, TaskDurations

pytestmark = pytest.mark.slow

SDK = ("twelvelabs==1.3.6", "httpx-sse==0.4.0")  # the SDK and the one dependency the venv lacks
API_KEY = "YOUR_API_KEY"

# Run by the SDK's interpreter: argv = base URL, "sync" or "async"; prints what it saw as JSON.
SCRIPT = """
import asyncio, json, sys, time
from twelvelabs import AsyncTwelveLabs, TwelveLabs
from twelvelabs.core.api_error import ApiError

base_url, mode = sys.argv[1], sys.argv[2]
REQUESTS = [
    {"video": {"type": "asset_id", "asset_id": f"asset-{i}"}, "custom_id": f"{mode}-{i}"} for i in range(3)
]
DEFAULTS = {"prompt": {"input_text": "Summarize the video."}}


def sync_run():
    client = TwelveLabs(api_key="YOUR_API_KEY", base_url=base_url)
    batches = client.analyze_async.batches
    seen = {}
    done = batches.create(model_name="pegasus1.5", analysis_mode="general", requests=REQUESTS, defaults=DEFAULTS)
    for _ in range(400):  # tasks take 10 ms each on the fake: bounded, not timed
        status = batches.retrieve(done.batch_id).status
        if status == "completed":
            break
        time.sleep(0.025)
    seen["retrieved"] = status
    seen["results"] = [[r.custom_id, r.status, bool(r.data and r.data.data)] for r in batches.results(done.batch_id)]
    seen["listed"] = [b.batch_id for b in batches.list()].count(done.batch_id)
    batches.delete(done.batch_id)
    seen["deleted"] = [b.batch_id for b in batches.list()].count(done.batch_id) == 0
    return seen, client, done.items


async def async_run():
    client = AsyncTwelveLabs(api_key="YOUR_API_KEY", base_url=base_url)
    batches = client.analyze_async.batches
    seen = {}
    done = await batches.create(
        model_name="pegasus1.5", analysis_mode="general", requests=REQUESTS, defaults=DEFAULTS
    )
    for _ in range(400):
        status = (await batches.retrieve(done.batch_id)).status
        if status == "completed":
            break
        await asyncio.sleep(0.025)
    seen["retrieved"] = status
    seen["results"] = [
        [r.custom_id, r.status, bool(r.data and r.data.data)] async for r in batches.results(done.batch_id)
    ]
    pager = await batches.list()
    seen["listed"] = [b.batch_id async for b in pager].count(done.batch_id)
    await batches.delete(done.batch_id)
    pager = await batches.list()
    seen["deleted"] = [b.batch_id async for b in pager].count(done.batch_id) == 0
    return seen


def cancel_run():
    # A batch whose tasks wait an hour (the test set that): canceled before any starts.
    batches = TwelveLabs(api_key="YOUR_API_KEY", base_url=base_url).analyze_async.batches
    waiting = batches.create(model_name="pegasus1.5", analysis_mode="general", requests=REQUESTS)
    seen = {"queued": [r.status for r in batches.results(waiting.batch_id)]}
    seen["canceled"] = batches.cancel(waiting.batch_id).status
    try:
        batches.cancel(waiting.batch_id)
    except ApiError as error:
        seen["again"] = [error.status_code, error.body["error"]["code"]]
    batches.delete(waiting.batch_id)
    try:
        batches.retrieve(waiting.batch_id)
    except ApiError as error:
        seen["gone"] = error.status_code
    return seen


if mode == "sync":
    print(json.dumps(sync_run()[0]))
elif mode == "async":
    print(json.dumps(asyncio.run(async_run())))
else:
    print(json.dumps(cancel_run()))
"""


def sdk_cache() -> Path:
    """Where the installed SDK is kept between runs (the user's cache; pytest's own is disabled)."""
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "twelvelabs-analyze-tests" / "twelvelabs-1.3.6"


@pytest.fixture(scope="module")
def sdk_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the SDK (pip --target), made once and kept in the user's cache."""
    folder = sdk_cache()
    if not (folder / "twelvelabs" / "__init__.py").is_file():
        staging = tmp_path_factory.mktemp("sdk")
        command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(staging)]
        done = subprocess.run(
            [*command, "--disable-pip-version-check", *SDK],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if done.returncode != 0:
            said = [line for line in done.stderr.splitlines() if line.strip()]
            pytest.skip(f"the official SDK could not be installed (offline?): {said[-1] if said else '?'}")
        folder.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):  # another run may have put it there meanwhile
            staging.rename(folder)
        if not (folder / "twelvelabs" / "__init__.py").is_file():
            folder = staging
    try:
        import pydantic  # noqa: F401 - the SDK's models need it; it is not ours
    except ImportError:
        pytest.skip("the official SDK needs pydantic, which this venv lacks")
    return folder


def run_sdk(sdk_path: Path, base_url: str, mode: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(sdk_path)}
    env.pop("TWELVELABS_API_KEY", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, base_url, mode],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found: dict[str, Any] = json.loads(done.stdout)
    return found


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_the_sdk_creates_lists_retrieves_reads_and_deletes(sdk_path: Path, mode: str) -> None:
    fake = FakeTwelveLabs(api_key=API_KEY, task_durations=TaskDurations(0.0, 0.0, 0.01))
    with fake.serve() as base_url:
        seen = run_sdk(sdk_path, base_url, mode)
    assert seen == {
        "retrieved": "completed",
        "results": [[f"{mode}-{i}", "ready", True] for i in range(3)],
        "listed": 1,
        "deleted": True,
    }
    assert {r.status for r in fake.requests} <= {200, 201}, "no error answer along the way"


def test_the_sdk_cancels(sdk_path: Path) -> None:
    fake = FakeTwelveLabs(api_key=API_KEY, task_durations=TaskDurations(3600.0, 0.0, 1.0))
    with fake.serve() as base_url:
        seen = run_sdk(sdk_path, base_url, "cancel")
    assert seen == {
        "queued": ["queued"] * 3,
        "canceled": "canceled",  # every item was queued: canceled at once
        "again": [409, "batch_canceled"],
        "gone": 404,
    }
