"""The types users see: complete for pyright, and readable in reprs.

``pyright --verifytypes`` judges the package as installed, so the wheel is built and installed
(not editable: pyright does not follow the editable install's import hook) into a fresh venv
whose only other path is this venv's site-packages, for httpx, attrs and the extras' packages.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from twelvelabs_analyze import UNSET, AnalyzeResult, GistResult, TwelveLabs

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=300, check=False, env=env
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv with the built wheel installed; returns its bin/ folder."""
    tmp = tmp_path_factory.mktemp("verifytypes")
    built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", tmp / "wheel", ROOT)
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp / "wheel").glob("twelvelabs_analyze-*.whl")
    venv = tmp / "venv"
    made = _run(sys.executable, "-m", "venv", "--without-pip", venv)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    put = _run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", wheel)
    assert put.returncode == 0, put.stderr
    # The dependencies come from this venv; a path line in a .pth does not process that folder's
    # own .pth files, so this venv's editable install stays out of the picture.
    (site_packages,) = (venv / "lib").glob("python3*/site-packages")
    (site_packages / "dependencies.pth").write_text(site.getsitepackages()[0] + "\n", encoding="utf-8")
    located = _run(
        python, "-c", "import twelvelabs_analyze, twelvelabs_analyze_api; print(twelvelabs_analyze.__file__)"
    )
    assert located.stdout.strip().startswith(str(site_packages)), located
    return venv / "bin"


@pytest.fixture(scope="module")
def report(installed: Path) -> dict[str, Any]:
    # pyright asks the first `python` on PATH for its import paths.
    env = {**os.environ, "PATH": f"{installed}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = _run(
        BIN / "pyright", "--verifytypes", "twelvelabs_analyze", "--ignoreexternal", "--outputjson", env=env
    )
    assert done.stdout, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.mark.slow
def test_pyright_verifytypes_scores_100_percent(report: dict[str, Any], installed: Path) -> None:
    completeness = report["typeCompleteness"]
    assert completeness["pyTypedPath"].startswith(str(installed.parent)), "pyright judged another copy"
    assert {"twelvelabs_analyze", "twelvelabs_analyze.testing", "twelvelabs_analyze.types"} <= {
        module["name"] for module in completeness["modules"]
    }
    problems = [
        f"{symbol['name']}: {diagnostic['message']}"
        for symbol in completeness["symbols"]
        for diagnostic in symbol["diagnostics"]
        if diagnostic["severity"] == "error"
    ]
    assert problems == []
    for counts in (completeness["exportedSymbolCounts"], completeness["otherSymbolCounts"]):
        assert counts["withAmbiguousType"] == 0
        assert counts["withUnknownType"] == 0
    assert completeness["exportedSymbolCounts"]["withKnownType"] > 100
    assert completeness["completenessScore"] == 1


def test_reprs_show_the_public_names_and_unset(twelvelabs_client: TwelveLabs) -> None:
    gist = twelvelabs_client.gist("6298d673f1090f1100476d4c", types=["title"])
    assert repr(gist).startswith("GistResult(id=")
    assert "topics=UNSET" in repr(gist)
    assert isinstance(gist, GistResult)
    answer = twelvelabs_client.analyze(video_id="6298d673f1090f1100476d4c", prompt="Describe it.")
    assert isinstance(answer, AnalyzeResult)
    assert repr(answer).startswith("AnalyzeResult(id=")
    assert "Response200" not in repr(answer) + repr(gist)
    assert repr(UNSET) == "UNSET"
    assert not UNSET


def test_a_model_built_by_hand_reads_unset() -> None:
    assert repr(GistResult(title="t")) == (
        "GistResult(id=UNSET, title='t', topics=UNSET, hashtags=UNSET, usage=UNSET, additional_properties={})"
    )
