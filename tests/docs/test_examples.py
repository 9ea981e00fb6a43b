"""Every Python example in README.md and docs/ type-checks (mypy --strict) and runs, as written.

Each ```python block is written to a file of its own, then:

* all of them are checked by one ``mypy --strict`` run, and each block's test fails on its errors;
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

import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from twelvelabs_analyze.testing import FakeTwelveLabs

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<lang>[\w+-]*)\s*$")
DIRECTIVE = re.compile(r"^\s*<!--\s*example:\s*(?P<json>\{.*\})\s*-->\s*$")
TEST_FUNCTION = re.compile(r"^def (test_\w+)\(", re.MULTILINE)
API_KEY = "docs-example-key"


@dataclass(frozen=True)
class Example:
    source: Path
    line: int  # of the first code line, 1-based
    code: str
    fake_options: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def name(self) -> str:
        return f"{self.source.relative_to(ROOT)}:{self.line}"

    @property
    def module(self) -> str:
        stem = re.sub(r"\W", "_", str(self.source.relative_to(ROOT).with_suffix("")))
        return f"example_{stem}_{self.line}"

    @property
    def tests(self) -> list[str]:
        return TEST_FUNCTION.findall(self.code)


def extract(source: Path) -> Iterator[Example]:
    """The ```python blocks of a Markdown file (indented ones too, as inside admonitions)."""
    lines = source.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        end = next(
            (j for j in range(index + 1, len(lines)) if lines[j].strip() == "```"),
            None,
        )
        assert end is not None, f"{source}:{index + 1}: unclosed code fence"
        if opening["lang"] in ("python", "py"):
            options: dict[str, Any] = {}
            before = next((lines[j] for j in range(index - 1, -1, -1) if lines[j].strip()), "")
            directive = DIRECTIVE.match(before)
            if directive is not None:
                options = json.loads(directive["json"])
            code = textwrap.dedent("\n".join(lines[index + 1 : end])) + "\n"
            yield Example(source, index + 2, code, options)
        index = end + 1


EXAMPLES = [example for source in SOURCES for example in extract(source)]


def test_the_examples_are_found() -> None:
    # README's own (quickstart, tasks, gist/summarize, testing) and the guides'.
    assert sum(example.source.name == "README.md" for example in EXAMPLES) >= 4
    assert len({example.source for example in EXAMPLES}) >= 6


@pytest.fixture(scope="session")
def example_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("examples")
    for example in EXAMPLES:
        (folder / f"{example.module}.py").write_text(example.code, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def mypy_errors(example_dir: Path) -> dict[str, list[str]]:
    """mypy --strict over every example at once: the error lines of each module."""
    files = sorted(str(path) for path in example_dir.glob("*.py"))
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


def _environment(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TWELVELABS_")}
    env.update(extra)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@pytest.mark.slow
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example.name)
def test_example_type_checks(example: Example, mypy_errors: dict[str, list[str]]) -> None:
    assert _markdown_lines(example, mypy_errors.get(example.module, [])) == []


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
