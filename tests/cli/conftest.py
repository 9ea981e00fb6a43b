"""A fake API on a loopback port, and helpers to run the CLI in-process or as a subprocess."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from click.testing import CliRunner

from twelvelabs_analyze.cli._app import run
from twelvelabs_analyze.testing import FakeTwelveLabs

from .scripted import ScriptedAPI, serve_scripted

API_KEY = "cli-test-key-0123456789"


@pytest.fixture(scope="module")
def fake_api_key() -> str:
    return API_KEY


@pytest.fixture
def fake(served_fake: tuple[FakeTwelveLabs, str]) -> FakeTwelveLabs:
    """The served fake, as new: no recorded requests, no pending faults, a generous rate limit."""
    fake, _ = served_fake
    fake.reset()
    fake.set_rate_limit(limit=10_000, window_seconds=86_400)
    return fake


@pytest.fixture
def base_url(served_fake: tuple[FakeTwelveLabs, str], fake: FakeTwelveLabs) -> str:
    return served_fake[1]


@pytest.fixture
def cli_env(base_url: str) -> dict[str, str]:
    """The environment a user of the fake would set; never the real API."""
    return {"TWELVELABS_BASE_URL": base_url, "TWELVELABS_API_KEY": API_KEY, "COLUMNS": "120", "NO_COLOR": "1"}


@pytest.fixture(scope="module")
def served_scripted() -> Iterator[tuple[ScriptedAPI, str]]:
    api = ScriptedAPI()
    with serve_scripted(api) as base_url:
        yield api, base_url


@pytest.fixture
def scripted(served_scripted: tuple[ScriptedAPI, str]) -> ScriptedAPI:
    """A loopback API that answers what the test scripts, and records what it was sent."""
    api, _ = served_scripted
    api.reset()
    return api


@pytest.fixture
def scripted_env(served_scripted: tuple[ScriptedAPI, str], scripted: ScriptedAPI) -> dict[str, str]:
    return {
        "TWELVELABS_BASE_URL": served_scripted[1],
        "TWELVELABS_API_KEY": API_KEY,
        "COLUMNS": "120",
        "NO_COLOR": "1",
    }


@dataclass(frozen=True)
class Result:
    exit_code: int
    stdout: str
    stderr: str


def _runner() -> CliRunner:
    # click < 8.2 mixes stderr into stdout unless told; 8.2 dropped the switch and keeps them apart.
    if "mix_stderr" in inspect.signature(CliRunner).parameters:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    return CliRunner()


def invoke(
    args: Sequence[str], env: Mapping[str, str | None] | None = None, input: str | None = None
) -> Result:
    """Run the CLI in this process as the console script does (``run()``: one-line errors, exit codes)."""
    with _runner().isolation(input=input, env=dict(env or {})) as streams:
        code = run(list(args))
        sys.stdout.flush()
        sys.stderr.flush()
        out, err = streams[0].getvalue(), streams[1].getvalue()
    return Result(code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"))


def run_cli(
    args: Sequence[str], env: dict[str, str], timeout: float = 60, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m twelvelabs_analyze`` as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "twelvelabs_analyze", *args],
        env=subprocess_env(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **kwargs,
    )


def subprocess_env(env: dict[str, str]) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("TWELVELABS_")}
    return {**base, "PYTHONUNBUFFERED": "1", **env}
