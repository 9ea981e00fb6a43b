"""The switch from a retired endpoint to ``/analyze`` spends no retry (sync and async).

A call that finds ``/gist`` gone goes on at ``/analyze`` with the retries it has left: with
``max_retries=1``, a 503 from ``/analyze`` right after the switch is still retried once.
"""

from __future__ import annotations

import json

import httpx
import pytest

from tests.unit._transport import Both, Script
from twelvelabs_analyze import InternalServerError

VIDEO = "6298d673f1090f1100476d4c"
GONE = {"code": "not_found", "message": "No endpoint at /v1.3/gist."}
BUSY = {"code": "busy", "message": "busy"}
ANSWER = {"id": "gen-1", "data": json.dumps({"title": "A walk"}), "finish_reason": "stop"}


def paths(script: Script) -> list[str]:
    return [request.url.path.rsplit("/", 1)[-1] for request in script.requests]


def test_a_retry_is_left_after_the_switch(mode: str, sleeps: list[float]) -> None:
    script = Script(
        httpx.Response(404, json=GONE),
        httpx.Response(503, json=BUSY, headers={"retry-after": "1"}),
        httpx.Response(200, json=ANSWER),
    )
    raw = Both(mode, script, max_retries=1).call("with_raw_response.gist", VIDEO, types=["title"])
    assert raw.parsed.title == "A walk"
    assert paths(script) == ["gist", "analyze", "analyze"]
    assert (raw.attempts, raw.endpoint) == (3, "POST /analyze")
    assert sleeps == [1.0]


def test_the_retry_budget_ends_at_the_successor_too(mode: str, sleeps: list[float]) -> None:
    script = Script(
        httpx.Response(404, json=GONE),
        httpx.Response(503, json=BUSY, headers={"retry-after": "1"}),
    )
    with pytest.raises(InternalServerError) as caught:
        Both(mode, script, max_retries=1).call("gist", VIDEO, types=["title"])
    assert paths(script) == ["gist", "analyze", "analyze"]
    assert caught.value.attempts == 3
    assert sleeps == [1.0]


def test_without_retries_the_switch_still_happens(mode: str, sleeps: list[float]) -> None:
    script = Script(httpx.Response(404, json=GONE), httpx.Response(503, json=BUSY))
    with pytest.raises(InternalServerError) as caught:
        Both(mode, script, max_retries=0).call("gist", VIDEO, types=["title"])
    assert paths(script) == ["gist", "analyze"]
    assert caught.value.attempts == 2
    assert sleeps == []
