"""mkdocs hooks: README sections in pages, and Sphinx roles in docstrings shown as code.

A page holding ``<!-- readme-section: Benchmarks -->`` gets the body of README's
``## Benchmarks`` section there, its headings one level down. The section ends at the next
``## `` heading that is not a numbered one (``## 1. Per-call cost`` belongs to a pasted report).
README's ``BENCHMARK_TABLE`` placeholder, while it is still there, becomes a note.

The package's docstrings are written for Python's ``help()`` and editors, some with Sphinx roles
(``:meth:`wait```); in the rendered reference the role's name is dropped and the code kept.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

README = Path(__file__).resolve().parent.parent / "README.md"
MARKER = re.compile(r"^<!-- readme-section: (?P<title>[^>]+?) -->$", re.MULTILINE)
PLACEHOLDER = "BENCHMARK_TABLE"
SPHINX_ROLE = re.compile(r":(?:class|meth|func|attr|data|exc|mod|obj):(?=<code>)")
NOT_YET = (
    '!!! note "No figures yet"\n'
    "    README.md does not hold a benchmark run yet: run `make bench` to produce one."
)


def readme_section(title: str, readme: str) -> str:
    """The body of README's ``## <title>`` section, headings demoted; ValueError if there is none."""
    lines = readme.splitlines()
    try:
        start = lines.index(f"## {title}") + 1
    except ValueError:
        raise ValueError(f"README.md has no '## {title}' section") from None
    body: list[str] = []
    fenced = False
    for line in lines[start:]:
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and re.match(r"^## (?!\d)", line):
            break
        shown = "#" + line if not fenced and line.startswith("#") else line
        body.append(NOT_YET if shown.strip() == PLACEHOLDER else shown)
    return "\n".join(body).strip() + "\n"


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Fill every readme-section marker of a page."""
    if not MARKER.search(markdown):
        return markdown
    readme = README.read_text(encoding="utf-8")
    return MARKER.sub(lambda match: readme_section(match["title"], readme), markdown)


def on_page_content(html: str, **_: Any) -> str:
    """Drop Sphinx role names before inline code in the rendered docstrings."""
    return SPHINX_ROLE.sub("", html)
