"""Every Python example in README.md and docs/ passes ``mypy --strict``, as written.

One mypy run checks all of them (each block a module of its own); each block's test fails on
its own errors, reported at their line in the Markdown file. Not part of `make
test-min-versions`: mypy is a dev tool, not in the test group.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ._examples import EXAMPLES, ROOT, Example, write_all


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """mypy --strict over every example at once: the error lines of each module."""
    folder = tmp_path_factory.mktemp("examples")
    write_all(folder)
    files = sorted(str(path) for path in folder.glob("*.py"))
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes", *files],
        capture_output=True,
        text=True,
        cwd=ROOT,  # the project's mypy settings (where the package's sources are)
        timeout=600,
        check=False,
    )
    assert done.returncode in (0, 1), done.stdout + done.stderr
    errors: dict[str, list[str]] = {}
    for line in done.stdout.splitlines():
        module = Path(line.split(":", 1)[0]).stem
        errors.setdefault(module, []).append(line)
    return errors


def _markdown_lines(example: Example, messages: list[str]) -> list[str]:
    """mypy's ``file.py:N: error`` as ``README.md:M: error`` (M is the line in the Markdown)."""
    out = []
    for message in messages:
        match = re.match(r"^[^:]+:(\d+):(.*)$", message)
        if match is None:
            out.append(message)
        else:
            out.append(f"{example.source.name}:{example.line + int(match[1]) - 1}:{match[2]}")
    return out


@pytest.mark.slow
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example.name)
def test_example_type_checks(example: Example, mypy_errors: dict[str, list[str]]) -> None:
    assert _markdown_lines(example, mypy_errors.get(example.module, [])) == []
