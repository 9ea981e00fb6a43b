"""Whether the ``testing`` extra (the fake API) is installed, asked without importing it."""

from __future__ import annotations

import importlib.util

__all__ = ["TESTING_EXTRA_HINT", "missing_testing_extra", "require_testing_extra"]

TESTING_EXTRA_HINT = "pip install 'twelvelabs-analyze[testing]'"
# The distributions of the testing extra, by the module each installs (see pyproject.toml).
_TESTING_MODULES = ("jsonschema", "referencing", "uvicorn")


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a parent package that is missing, or a module set to None
        return False


def missing_testing_extra() -> str | None:
    """The first module of the testing extra that is not installed, or ``None``."""
    return next((module for module in _TESTING_MODULES if not _installed(module)), None)


def require_testing_extra(command: str) -> None:
    from ._errors import CommandError  # noqa: PLC0415 - _errors asks this module too

    missing = missing_testing_extra()
    if missing is not None:
        raise CommandError(
            f"'{command}' runs the fake TwelveLabs API, which needs the testing extra ({missing} is missing): "
            f"{TESTING_EXTRA_HINT}"
        )
