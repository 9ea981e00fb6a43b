"""The deadline mechanism, sync and async, on loopback (issue #10, item 15)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpcore
import httpx
import pytest

from tests.rawserver import Drip, RawServer, ReadRequest, Send, Sleep, response
from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs
from twelvelabs_analyze import _deadline as deadline_state
from twelvelabs_analyze import _deadline_backend as deadline_module
from twelvelabs_analyze._deadline import (
    MAX_TIMEOUT,
    CallDeadlines,
    Deadline,
    DeadlineExceeded,
    async_send,
    sync_http_client,
    sync_send,
)
from twelvelabs_analyze._deadline_backend import install_deadline_backend

BODY = b'{"id": "x", "title": "t"}' * 8
HEAD = response(200, BODY)[: -len(BODY)]


def _deadline(seconds: float, name: Any = "timeout") -> Deadline:
    return Deadline(time.monotonic() + seconds, name, seconds)


def _get(url: str, **extra: Any) -> dict[str, Any]:
    return {"method": "GET", "url": url, "timeout": httpx.Timeout(5.0), **extra}


# --------------------------------------------------------------------------- choosing deadlines


def test_an_attempt_runs_under_the_nearer_deadline() -> None:
    assert CallDeadlines(None, None).next_attempt() is None
    own = CallDeadlines(5, None).next_attempt()
    assert own is not None and own.name == "timeout" and 4.9 < own.remaining() <= 5
    total = CallDeadlines(None, 3).next_attempt()
    assert total is not None and total.name == "total_timeout"
    nearer = CallDeadlines(5, 2).next_attempt()
    assert nearer is not None and nearer.name == "total_timeout"
    attempt = CallDeadlines(1, 60).next_attempt()
    assert attempt is not None and attempt.name == "timeout"


def test_waits_and_httpx_timeouts_follow_the_total_deadline() -> None:
    default = httpx.Timeout(60)
    unlimited = CallDeadlines(60, None)
    assert unlimited.allows_wait(10**9)
    assert unlimited.http_timeout(unlimited.next_attempt(), default) is default
    call = CallDeadlines(60, 2)
    assert call.allows_wait(1.5) and not call.allows_wait(2.0)
    timeout = call.http_timeout(call.next_attempt(), default)
    assert timeout.read is not None and 1.9 < timeout.read <= 2
    assert "total_timeout=2s" in call.skipped_wait_note(3.0)
    assert "timeout=60s for one attempt" in _deadline(60).describe()


@pytest.mark.parametrize("name", ["timeout", "total_timeout"])
@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), 1e12, MAX_TIMEOUT * 2, True, "5"])
def test_timeouts_are_checked_before_any_request(name: str, bad: object) -> None:
    with pytest.raises(ValueError, match=name):
        TwelveLabs(api_key="k", **{name: bad})
    with pytest.raises(ValueError, match=name):
        TwelveLabs(api_key="k").with_options(**{name: bad})


def test_total_timeout_is_an_option() -> None:
    client = AsyncTwelveLabs(api_key="k", total_timeout=30)
    assert client.total_timeout == 30
    assert client.with_options(total_timeout=None).total_timeout is None
    assert client.with_options(timeout=5).total_timeout == 30
    assert "total_timeout=30" in repr(client)


# --------------------------------------------------------------------------- the sync network backend


def test_the_clients_own_transports_are_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    """If httpx changes the shape this relies on, this fails instead of silently losing precision."""
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    http = sync_http_client()
    pools = [http._transport._pool, *(t._pool for t in http._mounts.values())]  # type: ignore[attr-defined,union-attr]
    assert len(pools) == 2
    assert all(isinstance(pool._network_backend, deadline_module._DeadlineBackend) for pool in pools)
    assert install_deadline_backend(http) == 0  # never wrapped twice
    with TwelveLabs(api_key="k") as client:
        assert isinstance(client._http._transport._pool._network_backend, deadline_module._DeadlineBackend)  # type: ignore[attr-defined]


def test_a_passed_deadline_stops_before_connecting() -> None:
    backend = deadline_module._DeadlineBackend(httpcore.SyncBackend())
    token = deadline_state._current.set(_deadline(-1))
    try:
        with pytest.raises(httpcore.ConnectTimeout, match="deadline passed"):
            backend.connect_tcp("127.0.0.1", 9, timeout=5)
    finally:
        deadline_state._current.reset(token)


def test_a_header_drip_ends_at_the_deadline_with_the_libraries_client() -> None:
    with RawServer([[ReadRequest(), Drip(response(200, BODY), 0.05)]]) as server, sync_http_client() as http:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):  # the read given the 0.4 s left, not httpx's 5 s
            sync_send(http, _get(server.base_url), _deadline(0.4))
        assert time.monotonic() - started < 1.4
    assert deadline_state._current.get() is None


def test_a_body_drip_ends_between_chunks_with_any_client() -> None:
    """A plain ``httpx.Client`` (yours): the deadline is checked as each chunk arrives."""
    with RawServer([[ReadRequest(), Send(HEAD), Drip(BODY, 0.05)]]) as server, httpx.Client() as http:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded, match=r"timeout=0\.4s") as caught:
            sync_send(http, _get(server.base_url), _deadline(0.4))
        assert time.monotonic() - started < 1.4
        assert caught.value.request.method == "GET"


def test_a_write_to_a_server_that_never_reads_ends_at_the_deadline() -> None:
    big = b"x" * (64 * 1024 * 1024)  # far more than loopback socket buffers hold
    with RawServer([[Sleep(30)]]) as server, sync_http_client() as http:
        started = time.monotonic()
        with pytest.raises(httpx.WriteTimeout):
            sync_send(http, _get(server.base_url, method="POST", content=big), _deadline(0.5))
        assert time.monotonic() - started < 2.0


def test_a_response_in_time_is_whole_and_the_context_is_restored() -> None:
    with RawServer([[ReadRequest(), Send(HEAD), Drip(BODY[:20], 0.001), Send(BODY[20:])]]) as server:
        with sync_http_client() as http:
            answer = sync_send(http, _get(server.base_url), _deadline(5))
            assert answer.content == BODY and answer.is_closed
        with httpx.Client() as http:
            assert sync_send(http, _get(server.base_url), None).status_code == 200  # no deadline: as before
    assert deadline_state._current.get() is None


# --------------------------------------------------------------------------- async


def test_async_cancels_exactly_at_the_deadline_with_any_client() -> None:
    async def run(url: str) -> float:
        async with httpx.AsyncClient() as http:
            started = time.monotonic()
            with pytest.raises(DeadlineExceeded, match=r"total_timeout=0\.4s"):
                await async_send(http, _get(url), _deadline(0.4, "total_timeout"))
            return time.monotonic() - started

    with RawServer([[ReadRequest(), Drip(response(200, BODY), 0.05)]]) as server:
        assert 0.35 < asyncio.run(run(server.base_url)) < 1.5


def test_async_in_time_and_without_deadline() -> None:
    async def run(url: str) -> tuple[bytes, int]:
        async with httpx.AsyncClient() as http:
            answer = await async_send(http, _get(url), _deadline(5))
            plain = await async_send(http, _get(url), None)
            return answer.content, plain.status_code

    with RawServer([[ReadRequest(), Send(response(200, BODY))]]) as server:
        assert asyncio.run(run(server.base_url)) == (BODY, 200)


# --------------------------------------------------------------------------- through the clients


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_users_http_client_gets_the_attempt_deadline_too(mode: str) -> None:
    """With ``http_client=`` the body drip still ends near ``timeout`` (chunk checks / cancellation)."""
    script = [[ReadRequest(), Send(HEAD), Drip(BODY, 0.05)]]
    with RawServer(script) as server:
        started = time.monotonic()
        kwargs: dict[str, Any] = {
            "api_key": "k",
            "base_url": server.base_url,
            "timeout": 0.4,
            "max_retries": 0,
        }
        if mode == "sync":
            with pytest.raises(Exception, match=r"timeout=0\.4s") as caught:
                TwelveLabs(**kwargs, http_client=httpx.Client()).gist("v")
        else:

            async def run() -> None:
                async with httpx.AsyncClient() as http:
                    await AsyncTwelveLabs(**kwargs, http_client=http).gist("v")

            with pytest.raises(Exception, match=r"timeout=0\.4s") as caught:
                asyncio.run(run())
        assert type(caught.value).__name__ == "APITimeoutError"
        assert time.monotonic() - started < 1.5
