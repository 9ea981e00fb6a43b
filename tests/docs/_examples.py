"""The Python examples of README.md and docs/: found, written to files, set up (see test_examples)."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


def write_all(folder: Path) -> None:
    """Each example as ``<module>.py`` in ``folder``."""
    for example in EXAMPLES:
        (folder / f"{example.module}.py").write_text(example.code, encoding="utf-8")
