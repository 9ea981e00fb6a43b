"""A raw stream (``with_raw_response.analyze_stream``) reports its attempts and elapsed time exactly.

The figures of a raw stream are taken when its first bytes arrive, not when its events are read:
a 503 then a stream is two attempts, and ``elapsed`` covers both of them and the wait between.
"""

from __future__ import annotations

import httpx
import pytest

from tests.unit._transport import Both, Chunks, Script, SteppingClock, ndjson
from twelvelabs_analyze import _attempt as attempt_module
from twelvelabs_analyze_api.models.stream_start_event import StreamStartEvent

START = {"event_type": "stream_start", "metadata": {"generation_id": "gen-7"}}
END = {"event_type": "stream_end", "metadata": {"generation_id": "gen-7"}, "finish_reason": "stop"}


def test_a_raw_stream_counts_the_attempts_and_the_time_before_its_first_event(
    mode: str, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attempt_module, "time", SteppingClock(step=0.25))
    script = Script(
        httpx.Response(503, headers={"retry-after": "1"}),
        httpx.Response(200, stream=Chunks([ndjson(START, END)])),
    )
    both = Both(mode, script)
    raw, first = both.first_raw_event(video_id="v", prompt="p")
    assert isinstance(first, StreamStartEvent)
    assert sleeps == [1.0]
    # monotonic() is read when the call starts and when the stream is handed over.
    assert (raw.attempts, raw.elapsed, raw.endpoint, raw.status_code) == (2, 0.25, "POST /analyze", 200)
