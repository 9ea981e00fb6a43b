"""Loopback fault matrix: the real ``TwelveLabs`` and ``AsyncTwelveLabs`` against a raw-socket
server that misbehaves in scripted ways (issue #10, item 15 and the rest).

Each row asserts the outcome (a result or the exact error class), the number of attempts and an
upper bound on the elapsed time: generous, since these are behaviours, not speed targets.
``pytest -s`` prints the table.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest

import twelvelabs_analyze._retry as retry_module
from tests.rawserver import Close, Drip, RawServer, ReadRequest, Send, Sleep, closed_port, response
from twelvelabs_analyze import (
    APIConnectionError,
    APITimeoutError,
    AsyncTwelveLabs,
    InternalServerError,
    TwelveLabs,
    TwelveLabsError,
)

GIST = json.dumps({"id": "gist-1", "title": "A title", "topics": ["t"], "hashtags": ["#h"]}).encode()
OK = [ReadRequest(), Send(response(200, GIST))]
NEVER = [ReadRequest(), Sleep(60)]
HEAD = response(200, GIST)[: -len(GIST)]  # status line and headers (Content-Length included) only


def _reset_in_a_second() -> bytes:
    return response(429, b"", {"X-Ratelimit-Reset": str(int(time.time()) + 1), "X-Ratelimit-Remaining": "0"})


@dataclass(frozen=True)
class Row:
    name: str
    scripts: Sequence[Sequence[Any]] | None  # None: nothing listens (connection refused)
    expect: type[TwelveLabsError] | None  # None: a result
    attempts: int
    within: float  # seconds, an upper bound
    options: dict[str, Any] = field(default_factory=dict)
    message: str = ""  # a fragment the error message (or its notes) must contain
    at_least: float = 0.0  # seconds the row must take (a server-requested wait was honoured)


ROWS = [
    Row("refused connection", None, APIConnectionError, 2, 3),
    Row("never answers (timeout)", [NEVER], APITimeoutError, 2, 4, {"timeout": 0.4}, "timeout=0.4s"),
    Row(
        "closes mid-headers",
        [[ReadRequest(), Send(b"HTTP/1.1 200 OK\r\nContent-Ty"), Close()]],
        APIConnectionError,
        2,
        3,
    ),
    Row(
        "truncated chunked body",
        [[ReadRequest(), Send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + GIST[:20]), Close()]],
        APIConnectionError,
        2,
        3,
    ),
    Row(
        "short body (Content-Length too big)",
        [[ReadRequest(), Send(response(200, GIST, {"Content-Length": str(len(GIST) + 50)})), Close()]],
        APIConnectionError,
        2,
        3,
    ),
    Row("500 then 200", [[ReadRequest(), Send(response(500, b'{"code": "internal_error"}'))], OK], None, 2, 3),
    Row(
        "429 + Retry-After: 1 then 200",
        [[ReadRequest(), Send(response(429, b"{}", {"Retry-After": "1"}))], OK],
        None,
        2,
        4,
        at_least=0.9,
    ),
    Row(
        "429, empty body + X-Ratelimit-Reset then 200",
        [[ReadRequest(), Send(_reset_in_a_second)], OK],
        None,
        2,
        4,
    ),
    Row(
        "HTML 502 then 200",
        [[ReadRequest(), Send(response(502, b"<html><h1>502 Bad Gateway</h1></html>", {"Content-Type": "text/html"}))], OK],
        None,
        2,
        3,
    ),
    Row(
        "body dripped 1 B/50 ms vs timeout=0.5",
        [[ReadRequest(), Send(HEAD), Drip(GIST, 0.05)]],
        APITimeoutError,
        1,
        2.5,
        {"timeout": 0.5, "max_retries": 0},
        "timeout=0.5s",
    ),
    Row(
        "headers dripped 1 B/50 ms vs timeout=0.5",
        [[ReadRequest(), Drip(response(200, GIST), 0.05)]],
        APITimeoutError,
        1,
        2.5,
        {"timeout": 0.5, "max_retries": 0},
        "timeout=0.5s",
    ),
    Row(
        "body dripped 1 B/2 ms, done in time",
        [[ReadRequest(), Send(HEAD), Drip(GIST, 0.002)]],
        None,
        1,
        5,
        {"timeout": 5},
    ),
    Row(
        "total_timeout=1.8 skips a 1 s retry wait",
        [[ReadRequest(), Send(response(503, b"{}", {"Retry-After": "1"}))]],
        InternalServerError,
        2,
        3,
        {"timeout": 5, "total_timeout": 1.8, "max_retries": 5},
        "would pass total_timeout=1.8s",
        at_least=0.9,
    ),
    Row(
        "total_timeout=0.8 cuts a hung attempt",
        [NEVER],
        APITimeoutError,
        1,
        2.5,
        {"timeout": 10, "total_timeout": 0.8, "max_retries": 3},
        "total_timeout=0.8s",
    ),
]  # fmt: skip

TABLE: list[tuple[str, str, str, int, float]] = []


@pytest.fixture(scope="module", autouse=True)
def _print_table() -> Iterator[None]:
    yield
    if TABLE:
        width = max(len(row[0]) for row in TABLE)
        print(f"\n\n| {'row':{width}} | client | {'outcome':24} | attempts | elapsed |")
        print(f"|{'-' * (width + 2)}|--------|{'-' * 26}|---------:|--------:|")
        for name, mode, outcome, attempts, elapsed in TABLE:
            print(f"| {name:{width}} | {mode:6} | {outcome:24} | {attempts:8} | {elapsed:6.2f}s |")


@pytest.fixture(autouse=True)
def _short_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backoff of 50 ms instead of 500 ms: the rows stay short, the waits stay real."""
    monkeypatch.setattr(retry_module, "INITIAL_RETRY_DELAY", 0.05)


def _call(mode: str, base_url: str, options: dict[str, Any]) -> Any:
    kwargs: dict[str, Any] = {"api_key": "k", "base_url": base_url, "max_retries": 1, **options}
    if mode == "sync":
        with TwelveLabs(**kwargs) as client:
            return client.with_raw_response.gist("v")

    async def run() -> Any:
        async with AsyncTwelveLabs(**kwargs) as client:
            return await client.with_raw_response.gist("v")

    return asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("row", ROWS, ids=[row.name for row in ROWS])
def test_fault(row: Row, mode: str) -> None:
    def play(base_url: str, connections: Callable[[], int]) -> None:
        started = time.monotonic()
        error: TwelveLabsError | None = None
        try:
            raw = _call(mode, base_url, row.options)
        except TwelveLabsError as exc:
            error = exc
        elapsed = time.monotonic() - started
        attempts = error.attempts if error is not None else raw.attempts
        outcome = type(error).__name__ if error is not None else "result"
        TABLE.append((row.name, mode, outcome, attempts, elapsed))

        if row.expect is None:
            assert error is None, f"{type(error).__name__}: {error}"
            assert raw.parsed.title == "A title"
        else:
            assert type(error) is row.expect, f"{type(error).__name__}: {error}"
            text = " ".join([str(error), *getattr(error, "__notes__", [])])
            assert row.message in text
        assert attempts == row.attempts
        if row.scripts is not None:
            assert connections() == row.attempts
        assert row.at_least <= elapsed < row.within

    if row.scripts is None:
        play(f"http://127.0.0.1:{closed_port()}", lambda: 0)
        return
    with RawServer(row.scripts) as server:
        play(server.base_url, lambda: server.connections)
