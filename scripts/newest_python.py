"""Print the newest Python this machine can run among the versions the package supports.

``make test-newest`` builds its venv with it. A ``python3.13`` on the PATH may be a pyenv shim that
fails ("command not found" unless 3.13 is the selected version), so every candidate is run, and
pyenv's own installs are looked at too. Prints nothing and exits 1 (with the reason on stderr)
when no candidate runs; ``--fallback PYTHON`` prints that one instead.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

# Newest first; the package's classifiers list 3.11 to 3.13.
CANDIDATES = ("3.13", "3.12")

Runs = Callable[[str, str], bool]


def runs(executable: str, version: str) -> bool:
    """Whether ``executable`` starts and is Python ``version``."""
    try:
        done = subprocess.run(
            [executable, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and done.stdout.strip() == version


def pyenv_pythons(version: str, root: Path | None) -> list[str]:
    """``python<version>`` of each pyenv install of that version, newest patch release first."""
    if root is None:
        return []
    installs = sorted(
        (path for path in (root / "versions").glob(f"{version}.*") if path.name.replace(".", "").isdigit()),
        key=lambda path: tuple(int(part) for part in path.name.split(".")),
        reverse=True,
    )
    return [str(path / "bin" / f"python{version}") for path in installs]


def pyenv_root() -> Path | None:
    root = os.environ.get("PYENV_ROOT")
    if root:
        return Path(root)
    default = Path.home() / ".pyenv"
    return default if default.is_dir() else None


def newest(
    candidates: Iterable[str] = CANDIDATES,
    which: Callable[[str], str | None] = shutil.which,
    root: Path | None = None,
    check: Runs = runs,
) -> str | None:
    """The first candidate version with an executable that runs: on the PATH, else from pyenv."""
    for version in candidates:
        found = which(f"python{version}")
        for executable in [*([found] if found else []), *pyenv_pythons(version, root)]:
            if check(executable, version):
                return executable
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fallback", help="print this one when no candidate runs")
    args = parser.parse_args(argv)
    found = newest(root=pyenv_root())
    if found is not None:
        print(found)
        return 0
    tried = ", ".join(f"python{version}" for version in CANDIDATES)
    if args.fallback:
        print(f"newest_python: none of {tried} runs here; using {args.fallback}", file=sys.stderr)
        print(args.fallback)
        return 0
    print(f"newest_python: none of {tried} runs here", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
