"""The README's "Testing your code" example runs as written."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from twelvelabs_analyze.testing import FakeTwelveLabs

README = Path(__file__).resolve().parents[2] / "README.md"


def _python_block_starting_with(marker: str) -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    return next(block for block in blocks if block.startswith(marker))


def test_testing_your_code_example_passes() -> None:
    namespace: dict[str, Any] = {}
    exec(compile(_python_block_starting_with("# your code"), "README.md", "exec"), namespace)
    fake = FakeTwelveLabs()
    with fake.client() as client:
        namespace["test_labels"](client, fake)
    namespace["test_quota_spent"](FakeTwelveLabs())
