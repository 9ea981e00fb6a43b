"""Write the sync half of the client from the hand-written async half (httpcore's approach).

``wrapper/twelvelabs_analyze/_async/*.py`` is the source; ``_sync/*.py`` is generated from it by
token replacement (``async def`` → ``def``, ``await x`` → ``x``, ``AsyncStream`` → ``Stream``, …),
so the two can never drift apart. ``python scripts/unasync.py`` rewrites ``_sync/``;
``--check`` fails with a diff when it is stale (``make check-generated`` runs it in CI).

A line whose trailing comment is ``# unasync: <code>`` becomes ``<code>`` in the sync twin
(same indentation): for the few places where sync and async really differ.
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "wrapper" / "twelvelabs_analyze"
ASYNC_DIR = PACKAGE / "_async"
SYNC_DIR = PACKAGE / "_sync"

# Order matters: longer and more specific patterns first. Word boundaries keep names intact.
SUBSTITUTIONS: list[tuple[str, str]] = [
    (r"\basync def\b", "def"),
    (r"\basync for\b", "for"),
    (r"\basync with\b", "with"),
    (r"\bawait\s+", ""),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\b__anext__\b", "__next__"),
    (r"\baclose\b", "close"),
    (r"\baread\b", "read"),
    (r"\baiter_bytes\b", "iter_bytes"),
    (r"\baiter_raw\b", "iter_raw"),
    (r"\baiter_lines\b", "iter_lines"),
    (r"\baiter_text\b", "iter_text"),
    (r"\bStopAsyncIteration\b", "StopIteration"),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bAsyncIterable\b", "Iterable"),
    (r"\bAsyncGenerator\b", "Generator"),
    (r"\bAwaitable\[([\w.]+)\]", r"\1"),
    (r"\bhttpx\.AsyncClient\b", "httpx.Client"),
    (r"\bhttpx\.AsyncBaseTransport\b", "httpx.BaseTransport"),
    (r"\basync_sleep\b", "sleep"),
    (r"\basync_(send|open|http_client|next_chunk)\b", r"sync_\1"),
    (r"\basync_resources\b", "resources"),
    (r"\bAsync([A-Z]\w*)", r"\1"),
    (r"\basync_(client|mode)\b", r"\1"),
    (r"\b_async\b", "_sync"),
    (r"\basyncio_", "sync_"),
]
_COMPILED = [(re.compile(pattern), replacement) for pattern, replacement in SUBSTITUTIONS]
_OVERRIDE = re.compile(r"^(?P<indent>\s*).*#\s*unasync:\s*(?P<code>.*?)\s*$")
_SOURCE_NOTE = re.compile(
    r"This is the hand-written async source; ``_sync/(\w+\.py)`` is generated from it\."
)


def unasync_line(line: str) -> str:
    override = _OVERRIDE.match(line)
    if override:
        return f"{override.group('indent')}{override.group('code')}"
    for pattern, replacement in _COMPILED:
        line = pattern.sub(replacement, line)
    return line


def unasync_source(source: str, name: str) -> str:
    lines = [unasync_line(line) for line in source.splitlines()]
    return _SOURCE_NOTE.sub(
        f"Generated from ``_async/{name}`` by scripts/unasync.py — do not edit; change the async source.",
        "\n".join(lines) + "\n",
    )


def formatted(source: str, name: str) -> str:
    """``source`` as ``ruff format`` (the project's settings) writes it: shorter lines may rejoin."""
    ruff = str(Path(sys.executable).parent / "ruff")
    target = str(SYNC_DIR / name)
    # Imports the async code needed (Awaitable …) may be unused or out of order in the twin.
    for command in (
        [ruff, "check", "--fix-only", "--select", "I,F401", "--quiet", "--stdin-filename", target, "-"],
        [ruff, "format", "--stdin-filename", target, "-"],
    ):
        result = subprocess.run(command, input=source, capture_output=True, text=True, cwd=ROOT, check=False)
        if result.returncode != 0:
            raise SystemExit(f"unasync: {' '.join(command[:2])} failed on _sync/{name}:\n{result.stderr}")
        source = result.stdout
    return source


def expected_files(async_dir: Path = ASYNC_DIR) -> dict[str, str]:
    files: dict[str, str] = {}
    for path in sorted(async_dir.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name == "__init__.py":
            files[path.name] = (
                '"""The sync half of the client, generated from ``_async`` by scripts/unasync.py."""\n'
            )
        else:
            files[path.name] = formatted(unasync_source(text, path.name), path.name)
    return files


def write(async_dir: Path = ASYNC_DIR, sync_dir: Path = SYNC_DIR) -> None:
    sync_dir.mkdir(exist_ok=True)
    expected = expected_files(async_dir)
    for stale in sync_dir.glob("*.py"):
        if stale.name not in expected:
            stale.unlink()
    for name, text in expected.items():
        (sync_dir / name).write_text(text, encoding="utf-8")


def check(async_dir: Path = ASYNC_DIR, sync_dir: Path = SYNC_DIR) -> list[str]:
    """Unified diff lines between the committed ``_sync`` and what ``_async`` generates."""
    expected = expected_files(async_dir)
    actual = (
        {p.name: p.read_text(encoding="utf-8") for p in sync_dir.glob("*.py")} if sync_dir.is_dir() else {}
    )
    diff: list[str] = []
    for name in sorted(expected.keys() | actual.keys()):
        old = actual.get(name, "").splitlines(keepends=True)
        new = expected.get(name, "").splitlines(keepends=True)
        if old != new or (name in expected) != (name in actual):
            diff += difflib.unified_diff(old, new, f"committed/_sync/{name}", f"fresh/_sync/{name}")
    return diff


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail with a diff if _sync/ is stale")
    args = parser.parse_args(argv)
    if args.check:
        diff = check()
        if diff:
            sys.stdout.writelines(diff)
            print("unasync: _sync/ is STALE — run `make generate`")
            return 1
        print("unasync: _sync/ is up to date")
        return 0
    write()
    print(f"unasync: wrote {SYNC_DIR.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
