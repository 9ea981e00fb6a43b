"""The two ways the client waits: tests replace these to run retry sequences instantly."""

from __future__ import annotations

import time

__all__ = ["async_sleep", "sleep"]


def sleep(seconds: float) -> None:
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    import anyio  # noqa: PLC0415 - sync users never pay for the event-loop libraries

    await anyio.sleep(seconds)
