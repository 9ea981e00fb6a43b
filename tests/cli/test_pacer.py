"""The shared gate: spend the quota, never more, and stop rather than wait too long."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

from twelvelabs_analyze.cli._pacer import Pacer

NOW = 1_000_000.0


def at(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


def test_one_request_probes_an_unknown_window_then_without_headers_nothing_waits() -> None:
    async def scenario() -> None:
        pacer = Pacer(max_wait=10, clock=lambda: NOW)
        assert await pacer.acquire()
        second = asyncio.create_task(pacer.acquire())
        await settle()
        assert not second.done()  # the first wave waits for the probe's answer
        pacer.release()  # an answer without rate-limit headers: nothing to pace by
        await settle()
        assert second.result() is True
        assert all([await pacer.acquire() for _ in range(20)])

    asyncio.run(scenario())


def test_requests_in_flight_count_against_the_remaining_quota() -> None:
    async def scenario() -> None:
        pauses: list[float] = []
        pacer = Pacer(max_wait=10, clock=lambda: NOW, on_pause=pauses.append)
        reset = at(NOW + 3600)  # far away: waiting for it would exceed max_wait
        assert await pacer.acquire()  # the probe
        pacer.release(remaining=2, reset_at=reset)
        assert await pacer.acquire()
        assert await pacer.acquire()
        third = asyncio.create_task(pacer.acquire())
        await settle()
        assert not third.done()  # 2 left, 2 in flight
        pacer.release(remaining=1, reset_at=reset)
        await settle()
        assert not third.done()  # 1 left, 1 in flight: still nothing to spare
        pacer.release(remaining=0, reset_at=reset)
        await settle()
        # Quota spent with nothing in flight: the reset is an hour away, past max_wait.
        assert third.done() and third.result() is False
        assert pacer.closed and pacer.stopped_until is not None and pacer.stopped_until >= NOW + 3600
        assert pauses == []

    asyncio.run(scenario())


def test_an_answer_from_a_later_window_replaces_the_count_and_a_stale_one_is_ignored() -> None:
    async def scenario() -> None:
        pacer = Pacer(max_wait=10, clock=lambda: NOW)
        assert await pacer.acquire()
        pacer.release(remaining=5, reset_at=at(NOW + 5))
        for _ in range(3):
            assert await pacer.acquire()
        pacer.release(remaining=0, reset_at=at(NOW + 5))
        pacer.release(remaining=7, reset_at=at(NOW + 65))  # a new window
        pacer.release(remaining=0, reset_at=at(NOW + 5))  # late answer from the old one
        assert await pacer.acquire()

    asyncio.run(scenario())


def test_a_pause_holds_every_worker_and_is_announced_once() -> None:
    async def scenario() -> None:
        pauses: list[float] = []
        pacer = Pacer(max_wait=60, on_pause=pauses.append)  # the real clock: a short real pause
        assert await pacer.acquire()
        pacer.release()  # answered without rate-limit headers: no probing in the way
        until = time.time() + 0.05
        assert pacer.pause_until(until)
        assert pacer.pause_until(until - 0.01)  # an earlier end does not shorten the pause
        waiting = [asyncio.create_task(pacer.acquire()) for _ in range(3)]
        await settle()
        assert not any(task.done() for task in waiting)
        assert await asyncio.wait_for(asyncio.gather(*waiting), timeout=10) == [True, True, True]
        assert time.time() >= until
        assert pauses == [until]

    asyncio.run(scenario())


def test_a_pause_longer_than_max_wait_closes_the_gate() -> None:
    async def scenario() -> None:
        pacer = Pacer(max_wait=60, clock=lambda: NOW)
        waiting = asyncio.create_task(pacer.acquire())
        assert not pacer.pause_until(NOW + 61)
        await settle()
        assert waiting.result() is False
        assert pacer.stopped_until == NOW + 61
        assert await pacer.acquire() is False

    asyncio.run(scenario())


def test_close_releases_every_waiter() -> None:
    async def scenario() -> None:
        pacer = Pacer(max_wait=600, clock=lambda: NOW)
        pacer.pause_until(NOW + 300)
        waiting = [asyncio.create_task(pacer.acquire()) for _ in range(2)]
        await settle()
        pacer.close()
        await settle()
        assert [task.result() for task in waiting] == [False, False]
        assert pacer.stopped_until is None

    asyncio.run(scenario())
