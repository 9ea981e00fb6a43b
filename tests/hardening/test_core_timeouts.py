"""What httpx is told to wait for one attempt: ``timeout``, or less when ``total_timeout`` is nearer.

Read from the request a transport receives (``extensions["timeout"]``), sync and async: the real
waits are covered by ``test_deadline.py`` (real sockets, left out of mutation runs).
"""

from __future__ import annotations

import httpx

from tests.unit._transport import Both, Script

GIST = {"id": "g1", "title": "A walk"}


def sent_timeout(mode: str, **options: float) -> dict[str, float]:
    script = Script(httpx.Response(200, json=GIST))
    Both(mode, script, **options).call("gist", video_id="v", types=["title"])
    (request,) = script.requests
    return dict(request.extensions["timeout"])


def test_an_attempt_gets_the_timeout_when_the_call_has_no_total(mode: str) -> None:
    assert sent_timeout(mode, timeout=7) == {"connect": 7, "read": 7, "write": 7, "pool": 7}


def test_an_attempt_gets_the_timeout_when_it_ends_before_the_total(mode: str) -> None:
    assert sent_timeout(mode, timeout=7, total_timeout=60) == {"connect": 7, "read": 7, "write": 7, "pool": 7}


def test_an_attempt_gets_what_is_left_of_a_nearer_total_timeout(mode: str) -> None:
    timeout = sent_timeout(mode, timeout=30, total_timeout=2)
    assert set(timeout) == {"connect", "read", "write", "pool"}
    assert len(set(timeout.values())) == 1
    assert 1.0 < timeout["read"] <= 2.0
