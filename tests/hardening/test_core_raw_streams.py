"""A raw stream (``with_raw_response.analyze_stream``) reports its attempts and elapsed time exactly.

The figures of a raw stream are taken when its first bytes arrive, not when its events are read:
a 503 then a stream is two attempts, and ``elapsed`` covers both of them and the wait between.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from tests.unit._transport import Both, Chunks, Script, ndjson
from twelvelabs_analyze import _attempt as attempt_module
from twelvelabs_analyze import _sleep as sleep_module
from twelvelabs_analyze_api.models.stream_start_event import StreamStartEvent

START = {"event_type": "stream_start", "metadata": {"generation_id": "gen-7"}}
END = {"event_type": "stream_end", "metadata": {"generation_id": "gen-7"}, "finish_reason": "stop"}


class Clock:
    """``time`` for ``_attempt`` alone: monotonic() steps by ``step`` per call, time() is real."""

    def __init__(self, step: float) -> None:
        self.now = 1000.0
        self.step = step

    def monotonic(self) -> float:
        self.now += self.step
        return self.now

    @staticmethod
    def time() -> float:
        return time.time()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_a_raw_stream_counts_the_attempts_and_the_time_before_its_first_event(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []

    async def no_async_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(sleep_module, "sleep", waits.append)
    monkeypatch.setattr(sleep_module, "async_sleep", no_async_sleep)
    monkeypatch.setattr(attempt_module, "time", Clock(step=0.25))
    script = Script(
        httpx.Response(503, headers={"retry-after": "1"}),
        httpx.Response(200, stream=Chunks([ndjson(START, END)])),
    )
    both = Both(mode, script)
    if mode == "sync":
        raw = both.client.with_raw_response.analyze_stream(video_id="v", prompt="p")
        with raw.parsed as stream:
            first = next(iter(stream))
    else:

        async def read() -> Any:
            raw = await both.client.with_raw_response.analyze_stream(video_id="v", prompt="p")
            async with raw.parsed as stream:
                async for event in stream:
                    return raw, event
            return raw, None

        raw, first = asyncio.run(read())
    assert isinstance(first, StreamStartEvent)
    assert waits == [1.0]
    # monotonic() is read when the call starts and when the stream is handed over.
    assert (raw.attempts, raw.elapsed, raw.endpoint, raw.status_code) == (2, 0.25, "POST /analyze", 200)
