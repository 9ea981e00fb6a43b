"""What importing the package loads, checked in fresh interpreters (``sys.modules`` of this one
is shared by every test)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _modules_after(statement: str) -> set[str]:
    probe = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_the_client_loads_neither_the_async_half_nor_the_result_models() -> None:
    loaded = _modules_after("from twelvelabs_analyze import TwelveLabs")
    assert "twelvelabs_analyze._sync._client" in loaded
    assert not {m for m in loaded if m.startswith("twelvelabs_analyze._async")}
    assert "twelvelabs_analyze_api.results" not in loaded


def test_the_package_alone_loads_no_client() -> None:
    loaded = _modules_after("import twelvelabs_analyze")
    assert "twelvelabs_analyze._sync._client" not in loaded


@pytest.mark.parametrize(
    "first",
    [
        "twelvelabs_analyze_api.resources",
        "twelvelabs_analyze_api.async_resources",
        "twelvelabs_analyze._sync._client",
    ],
)
def test_any_module_can_be_imported_first(first: str) -> None:
    loaded = _modules_after(
        f"import {first}; from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs, GistResult"
    )
    assert first in loaded
