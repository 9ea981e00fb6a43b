"""docs/hooks.py: README's benchmark section in the benchmarks page, Sphinx roles dropped."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_hooks", ROOT / "docs" / "hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hooks = _hooks()

README = """# project

## Benchmarks

Intro text.

BENCHMARK_TABLE

## Layout

| path | what |
"""

FILLED = """## Benchmarks

Intro.

# Benchmarks (full run)

## 1. Per-call cost

| call | ratio |
|---|---|
| gist | 1.02× |

```text
## not a heading
```

## Layout
"""


def test_the_section_body_up_to_the_next_section() -> None:
    body = hooks.readme_section("Benchmarks", README)
    assert body.startswith("Intro text.")
    assert "Layout" not in body
    assert "BENCHMARK_TABLE" not in body
    assert "make bench" in body  # the placeholder became a note saying how to get figures


def test_a_pasted_report_keeps_its_numbered_sections_one_level_down() -> None:
    body = hooks.readme_section("Benchmarks", FILLED)
    assert "## Benchmarks (full run)" in body
    assert "### 1. Per-call cost" in body
    assert "| gist | 1.02× |" in body
    assert "## not a heading" in body and "### not a heading" not in body  # code stays as it is
    assert "Layout" not in body


def test_a_missing_section_fails_the_build() -> None:
    with pytest.raises(ValueError, match="no '## Benchmarks' section"):
        hooks.readme_section("Benchmarks", "# project\n")


def test_pages_get_the_real_readme_section() -> None:
    page = "# Benchmarks\n\n<!-- readme-section: Benchmarks -->\n"
    filled = hooks.on_page_markdown(page)
    assert "<!-- readme-section" not in filled
    assert "make bench" in filled
    assert hooks.on_page_markdown("# Other\n") == "# Other\n"


def test_sphinx_roles_are_dropped_before_code() -> None:
    html = "then :meth:<code>wait</code> or :class:<code>Stream</code>; a :colon: stays"
    assert hooks.on_page_content(html) == "then <code>wait</code> or <code>Stream</code>; a :colon: stays"
