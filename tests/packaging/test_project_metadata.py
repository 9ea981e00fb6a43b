"""pyproject.toml says what the package is today, and CI runs what the classifiers claim."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

import newest_python

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_description_names_the_live_endpoint() -> None:
    description = PROJECT["description"]
    assert "/analyze" in description
    assert "for TwelveLabs' /gist and /summarize" not in description  # retired on 2026-02-15


def test_ci_tries_every_python_the_classifiers_claim_beyond_the_floor() -> None:
    claimed = {
        match[1]
        for classifier in PROJECT["classifiers"]
        if (match := re.fullmatch(r"Programming Language :: Python :: (3\.\d+)", classifier))
    }
    floor = PROJECT["requires-python"].removeprefix(">=")
    assert claimed - {floor} == set(newest_python.CANDIDATES)


def test_the_newest_python_that_runs_wins(tmp_path: Path) -> None:
    for version in ("3.12.1", "3.13.0", "3.13.2"):
        (tmp_path / "versions" / version / "bin").mkdir(parents=True)
    on_path = {"python3.13": "/shims/python3.13", "python3.12": "/shims/python3.12"}
    working = {"/shims/python3.12", str(tmp_path / "versions/3.13.0/bin/python3.13")}

    def check(executable: str, version: str) -> bool:
        return executable in working

    # The python3.13 shim fails; pyenv's 3.13.2 does too; its 3.13.0 runs: newer than any 3.12.
    found = newest_python.newest(which=on_path.get, root=tmp_path, check=check)
    assert found == str(tmp_path / "versions/3.13.0/bin/python3.13")
    working.discard(found)
    assert newest_python.newest(which=on_path.get, root=tmp_path, check=check) == "/shims/python3.12"
    assert newest_python.newest(which=lambda name: None, root=None, check=check) is None


def test_the_fallback_is_printed_and_said(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(newest_python, "newest", lambda **_: None)
    assert newest_python.main(["--fallback", "python3"]) == 0
    out, err = capsys.readouterr()
    assert out == "python3\n"
    assert "none of python3.13, python3.12 runs here; using python3" in err
    assert newest_python.main([]) == 1


def test_a_real_candidate_is_checked_by_running_it() -> None:
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert newest_python.runs(sys.executable, version)
    assert not newest_python.runs(sys.executable, "2.7")
    assert not newest_python.runs("/nonexistent/python", version)
