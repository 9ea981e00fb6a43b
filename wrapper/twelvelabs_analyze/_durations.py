"""How long a wait is, for people: the one formatter behind error texts and the CLI's progress."""

from __future__ import annotations

import math

__all__ = ["describe_duration"]


def describe_duration(seconds: float) -> str:
    """``42s``, ``3m 05s``, ``5h 12m``: rounded up (a wait of 0.2 s is ``1s``, never ``0s`` too early)."""
    total = math.ceil(max(0.0, seconds))
    if total < 60:
        return f"{total}s"
    if total < 3600:
        return f"{total // 60}m {total % 60:02d}s"
    return f"{total // 3600}h {total % 3600 // 60:02d}m"
