"""A fake API on a loopback port, and helpers to run the CLI in-process or as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from twelvelabs_analyze.cli._app import app
from twelvelabs_analyze.testing import FakeTwelveLabs

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


def invoke(args: Sequence[str], env: Mapping[str, str | None], input: str | None = None) -> Result:
    """Run the CLI in this process, as typer's runner does."""
    return CliRunner().invoke(app, list(args), env=dict(env), input=input)


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
    return {**base, **env}
