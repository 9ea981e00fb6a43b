"""The ``twelvelabs-analyze`` command-line tool; needs the ``cli`` extra (click, rich, webvtt-py, srt).

Nothing here is imported by ``import twelvelabs_analyze``.
"""

from __future__ import annotations

import sys

__all__ = ["main"]

_CLI_DEPENDENCIES = frozenset({"click", "rich", "webvtt", "srt"})


def main() -> None:
    """Entry point of the ``twelvelabs-analyze`` script and of ``python -m twelvelabs_analyze``."""
    try:
        from ._app import run  # noqa: PLC0415
    except ModuleNotFoundError as missing:
        package = (missing.name or "").partition(".")[0]
        if package not in _CLI_DEPENDENCIES:
            raise
        sys.stderr.write(
            f"error: the command-line tool needs {package}: pip install 'twelvelabs-analyze[cli]'\n"
        )
        raise SystemExit(1) from None
    raise SystemExit(run())
