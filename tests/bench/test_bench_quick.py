"""``scripts/bench.py --quick`` runs end to end and prints every section with its ratio columns.

Only the shape of the report is checked: timings on a shared CI box prove nothing.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RATIO = re.compile(r"^\d+\.\d\d×$")

pytestmark = pytest.mark.slow


def _table(report: str, heading: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the first markdown table after ``heading``."""
    lines = report[report.index(heading) :].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| "))
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows[0], rows[2:]  # rows[1] is the |---| rule


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> str:
    output = tmp_path_factory.mktemp("bench") / "report.md"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick", "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert output.read_text(encoding="utf-8") == done.stdout  # --output writes what is printed
    return done.stdout


def test_header_names_the_machine(report: str) -> None:
    first_lines = report.splitlines()[:4]
    assert first_lines[0].startswith("# Benchmarks")
    assert re.search(r"Machine: \d+ CPUs, CPython 3\.\d+\.\d+", first_lines[2])


def test_per_call_section_has_every_call_and_ratio(report: str) -> None:
    header, rows = _table(report, "## 1. Per-call cost")
    for column in ("generated ×raw", "ours ×raw", "stdlib json ×raw", "twelvelabs ×raw", "twelvelabs ÷ ours"):
        assert column in header
    calls = {(row[0], row[1]) for row in rows}
    assert calls == {
        (call, mode)
        for call in ("gist", "summarize, 5 chapters", "summarize, 50 chapters")
        for mode in ("sync", "async")
    }
    for row in rows:
        cells = dict(zip(header, row, strict=True))
        for column in ("generated ×raw", "ours ×raw", "stdlib json ×raw"):
            assert RATIO.match(cells[column]), (column, cells[column])
        sdk = cells["twelvelabs 1.1.0"]
        assert sdk == "skipped" or RATIO.match(cells["twelvelabs ÷ ours"]), row


def test_import_section_compares_with_httpx(report: str) -> None:
    header, rows = _table(report, "## 2. Import time")
    assert header == ["module", "cumulative import", "×httpx"]
    by_module = {row[0]: row for row in rows}
    assert by_module["`import httpx`"][2] == "1.00×"
    assert RATIO.match(by_module["`import twelvelabs_analyze`"][2])


def test_throughput_section_covers_each_concurrency(report: str) -> None:
    header, rows = _table(report, "## 3. Async throughput")
    assert header[-1] == "ours ÷ raw"
    assert [row[0] for row in rows] == ["1", "16", "64"]
    assert all(RATIO.match(row[-1]) for row in rows), rows


def test_batch_section_reports_rate_429s_and_losses(report: str) -> None:
    header, rows = _table(report, "## 4. `twelvelabs-analyze batch")
    cells = dict(zip(header, rows[0], strict=True))
    assert RATIO.match(cells["achieved ÷ allowed"]), cells
    assert cells["videos lost"] == "0"  # the fake never fails a request here, so nothing may be lost
    assert int(cells["429s"]) >= 0


def test_targets_are_judged(report: str) -> None:
    header, rows = _table(report, "## Targets")
    assert header == ["target", "measured", "verdict"]
    assert {row[2] for row in rows} <= {"met", "**not met**"}
    assert any(row[0].startswith("`import twelvelabs_analyze`") for row in rows)
