"""JSON decoding: orjson when installed (the ``fast`` extra), the standard library otherwise."""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Callable
from typing import Any

__all__ = ["JSONDecodeError", "loads"]


def _pick() -> tuple[Callable[[bytes], Any], tuple[type[Exception], ...]]:
    if not os.environ.get("TWELVELABS_ANALYZE_NO_ORJSON"):  # lets benchmarks measure the fallback
        try:
            orjson = importlib.import_module("orjson")
        except ImportError:
            pass
        else:
            return orjson.loads, (orjson.JSONDecodeError, UnicodeDecodeError)
    return json.loads, (json.JSONDecodeError, UnicodeDecodeError)


loads, JSONDecodeError = _pick()
