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
        sdk = cells["twelvelabs 1.1.0"]  # from the second venv, when make bench has built it
        assert sdk == "skipped" or RATIO.match(cells["twelvelabs ÷ ours"]), row


def test_analyze_section_compares_ours_and_the_sdk_with_raw_httpx(report: str) -> None:
    header, rows = _table(report, "## 2. The live endpoint: `analyze`")
    assert [(row[0], row[1]) for row in rows] == [("analyze", "sync"), ("analyze", "async")]
    for row in rows:
        cells = dict(zip(header, row, strict=True))
        assert RATIO.match(cells["ours ×raw"]) and RATIO.match(cells["stdlib json ×raw"]), row
        assert cells["twelvelabs 1.3.6"] == "skipped" or RATIO.match(cells["twelvelabs ×raw"]), row


def test_stream_section_has_the_whole_stream_and_the_first_event(report: str) -> None:
    header, rows = _table(report, "## 3. NDJSON stream")
    assert "50 events" in report[report.index("## 3. NDJSON stream") :].splitlines()[0]
    assert [(row[0], row[1]) for row in rows] == [
        ("whole stream", "sync"),
        ("whole stream", "async"),
        ("time to first event", "sync"),
        ("time to first event", "async"),
    ]
    for row in rows:
        cells = dict(zip(header, row, strict=True))
        assert RATIO.match(cells["ours ×raw"]), row
        assert cells["twelvelabs 1.3.6"] == "skipped" or RATIO.match(cells["twelvelabs ×raw"]), row


def test_stream_section_has_the_batch_results(report: str) -> None:
    heading = "### Batch results: `analyze_async.batches.results`, 50 items (JSON Lines)"
    header, rows = _table(report, heading)
    assert [(row[0], row[1]) for row in rows] == [("whole body", "sync"), ("whole body", "async")]
    for row in rows:
        cells = dict(zip(header, row, strict=True))
        assert RATIO.match(cells["ours ×raw"]), row
        assert cells["twelvelabs 1.3.6"] == "skipped" or RATIO.match(cells["twelvelabs ×raw"]), row


def test_import_section_measures_a_clean_venv(report: str) -> None:
    header, rows = _table(report, "## 4. Import time")
    assert header == ["venv", "statement", "import", "ratio"]
    by_statement = {(row[0], row[1]): row for row in rows}
    assert by_statement[("clean venv", "`import httpx, attrs`")][3] == "1.00× `import httpx, attrs`"
    ours = by_statement[("clean venv", "`from twelvelabs_analyze import TwelveLabs`")][3]
    assert RATIO.match(ours.split()[0]), ours
    section = report[report.index("## 4. Import time") :]
    assert "no click or rich" in section
    clean_venv = section[section.index("The clean venv holds") :].split("—")[0]
    assert "httpx==" in clean_venv and "attrs==" in clean_venv
    assert "click" not in clean_venv and "rich" not in clean_venv and "orjson" not in clean_venv


def test_throughput_section_covers_each_concurrency(report: str) -> None:
    header, rows = _table(report, "## 5. Async throughput")
    assert header[-2:] == ["ours ÷ raw", "rounds' range"]
    assert [row[0] for row in rows] == ["1", "16", "64"]
    assert all(RATIO.match(row[-2]) for row in rows), rows


def test_batch_section_reports_rate_429s_and_losses(report: str) -> None:
    header, rows = _table(report, "## 6. `twelvelabs-analyze batch")
    cells = dict(zip(header, rows[0], strict=True))
    assert RATIO.match(cells["achieved ÷ allowed"]), cells
    assert cells["videos lost"] == "0"  # the fake never fails a request here, so nothing may be lost
    assert int(cells["429s"]) >= 0


def test_targets_are_judged(report: str) -> None:
    header, rows = _table(report, "## Targets")
    assert header == ["target", "measured", "verdict"]
    assert {row[2] for row in rows} <= {"met", "**not met**"}
    judged = [row[0] for row in rows]
    assert any(text.startswith("`from twelvelabs_analyze import TwelveLabs`") for text in judged)
    assert any(text.startswith("`analyze` (non-stream)") for text in judged)
    assert any(text.startswith("`analyze_stream`, 50 events") for text in judged)
    assert any(text.startswith("batch results, 50 items") for text in judged)
