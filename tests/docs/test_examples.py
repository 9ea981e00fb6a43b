"""Every Python example in README.md and docs/ runs, as written (test_examples_typecheck: mypy).

Each ```python block is written to a file of its own, then:

* a block with ``def test_…`` functions is run by pytest in a subprocess (the package's pytest
  plugin provides ``twelvelabs_fake`` and ``twelvelabs_client``), and every test must pass;
* any other block runs as a script in a subprocess, with ``TWELVELABS_BASE_URL`` and
  ``TWELVELABS_API_KEY`` pointing at a fresh fake served on 127.0.0.1, whose tasks are done as
  soon as they are created (so ``wait`` returns at its first poll and nothing sleeps).

A block may be preceded by an HTML comment (invisible once rendered) that sets up its fake:
``<!-- example: {"legacy_endpoints": false, "calls": [{"fail_next": {"status": 503}}]} -->``
gives keyword arguments for ``FakeTwelveLabs`` and, under ``calls``, methods to call on it
before the block runs (each ``{name: keyword arguments}``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from twelvelabs_analyze.testing import FakeTwelveLabs

from ._examples import API_KEY, EXAMPLES, Example, write_all


def test_the_examples_are_found() -> None:
    # README's own (quickstart, tasks, gist/summarize, testing) and the guides'.
    assert sum(example.source.name == "README.md" for example in EXAMPLES) >= 4
    assert len({example.source for example in EXAMPLES}) >= 6


@pytest.fixture(scope="module")
def example_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("examples")
    write_all(folder)
    return folder


def _environment(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TWELVELABS_")}
    env.update(extra)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@pytest.mark.slow
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example.name)
def test_example_runs(example: Example, example_dir: Path) -> None:
    path = example_dir / f"{example.module}.py"
    if example.tests:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", path.name],
            capture_output=True,
            text=True,
            cwd=example_dir,
            env=_environment(),
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert f"{len(example.tests)} passed" in done.stdout, done.stdout
        return
    options = dict(example.fake_options)
    calls: list[dict[str, dict[str, Any]]] = options.pop("calls", [])
    fake = FakeTwelveLabs(api_key=API_KEY, task_durations=(0, 0, 0), **options)
    for call in calls:
        for method, arguments in call.items():
            getattr(fake, method)(**arguments)
    with fake.serve() as base_url:
        done = subprocess.run(
            [sys.executable, path.name],
            capture_output=True,
            text=True,
            cwd=example_dir,
            env=_environment(TWELVELABS_BASE_URL=base_url, TWELVELABS_API_KEY=API_KEY),
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, f"{example.name} failed:\n{done.stdout}\n{done.stderr}"
    if "FakeTwelveLabs(" not in example.code:  # an example with a fake of its own uses that one
        assert fake.requests, f"{example.name} sent nothing to the fake"
