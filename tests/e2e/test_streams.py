"""End to end over real loopback HTTP: the client's NDJSON streams against ``FakeTwelveLabs.serve()``.

The fake sends every stream with chunked transfer encoding, cut at arbitrary points (inside
lines, inside UTF-8 characters), and can break it: a cut connection, a malformed line, a stall,
a 429 before the first byte. Each case runs with the sync and the async client.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from twelvelabs_analyze import (
    APIResponseValidationError,
    AsyncTwelveLabs,
    NotFoundError,
    RateLimitError,
    StreamInterruptedError,
    TaskFailedError,
    TwelveLabs,
)
from twelvelabs_analyze.testing import FakeClock, FakeTwelveLabs

KEY = "e2e-stream-key"
REQUEST: dict[str, Any] = {
    "video_id": "6298d673f1090f1100476d4c",
    "prompt": "Give the title and the chapters",
}


@pytest.fixture(scope="module")
def fake_api_key() -> str:
    return KEY


@pytest.fixture
def fake(served_fake: tuple[FakeTwelveLabs, str]) -> FakeTwelveLabs:
    served_fake[0].reset()
    served_fake[0].set_rate_limit(limit=1000, window_seconds=3600)
    return served_fake[0]


@pytest.fixture
def base_url(served_fake: tuple[FakeTwelveLabs, str]) -> str:
    return served_fake[1]


Run = Callable[..., Any]


def run_sync(base_url: str, job: Callable[[Any], Any], **options: Any) -> Any:
    with TwelveLabs(api_key=KEY, base_url=base_url, **options) as client:
        return job(client)


def run_async(base_url: str, job: Callable[[Any], Any], **options: Any) -> Any:
    async def main() -> Any:
        async with AsyncTwelveLabs(api_key=KEY, base_url=base_url, **options) as client:
            return await job(client)

    return asyncio.run(main())


def read_all(client: Any) -> Any:
    """The whole stream (``.text``, ``.event_count``, ``.final``), for either client."""
    stream = client.analyze_stream(**REQUEST)
    if isinstance(client, AsyncTwelveLabs):

        async def read() -> Any:
            return await (await stream).until_done()

        return read()
    return stream.until_done()


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, base_url: str) -> Iterator[Run]:
    runner = run_sync if request.param == "sync" else run_async
    yield lambda job, **options: runner(base_url, job, **options)


def expected_lines(fake: FakeTwelveLabs) -> list[bytes]:
    answer = fake.handle(
        "POST",
        "/v1.3/analyze",
        {"x-api-key": KEY, "content-type": "application/json"},
        json.dumps(REQUEST).encode(),
    )
    fake.clear_requests()
    return answer.body.splitlines()


def test_the_wire_is_chunked_and_cut_anywhere(fake: FakeTwelveLabs, base_url: str) -> None:
    with httpx.stream("POST", f"{base_url}/analyze", json=REQUEST, headers={"x-api-key": KEY}) as response:
        assert response.headers["transfer-encoding"] == "chunked"
        assert response.headers["content-type"] == "application/x-ndjson"
        assert response.headers["x-ratelimit-used"] == "1"
        body = response.read()
    assert body.splitlines() == expected_lines(fake)
    answer = fake.handle(
        "POST",
        "/v1.3/analyze",
        {"x-api-key": KEY, "content-type": "application/json"},
        json.dumps(REQUEST).encode(),
    )
    assert answer.parts is not None and len(answer.parts) > 10  # sent as that many HTTP chunks


def test_a_stream_reads_whole_whatever_the_chunk_boundaries(fake: FakeTwelveLabs, run: Run) -> None:
    lines = expected_lines(fake)
    stream = run(read_all)
    assert stream.event_count == len(lines)
    texts = [json.loads(line).get("text", "") for line in lines]
    assert stream.text == "".join(texts) and "–" in stream.text and "“" in stream.text
    assert stream.final.finish_reason == "stop"
    assert stream.final.metadata.usage.output_tokens > 0
    single = run(lambda client: client.analyze(**REQUEST))  # the async runner awaits it
    assert single.data == stream.text


def test_a_connection_cut_mid_stream_keeps_what_arrived(fake: FakeTwelveLabs, run: Run) -> None:
    fake.fail_next_stream(after_events=5, how="disconnect")
    with pytest.raises(StreamInterruptedError) as caught:
        run(read_all, max_retries=2)
    error = caught.value
    assert error.event_count == 5 and error.attempts == 1  # events were handed out: nothing replayed
    assert error.text == "".join(json.loads(line).get("text", "") for line in expected_lines(fake)[:5])
    assert KEY not in str(error)


def test_a_cut_before_the_first_event_is_retried(fake: FakeTwelveLabs, run: Run) -> None:
    fake.fail_next_stream(after_events=0, how="disconnect")
    stream = run(read_all, max_retries=1, max_retry_wait=1)
    assert stream.final.finish_reason == "stop"
    assert [r.status for r in fake.requests] == [200, 200]


def test_a_malformed_line_is_a_validation_error_naming_the_line(fake: FakeTwelveLabs, run: Run) -> None:
    fake.fail_next_stream(after_events=4, how="malformed")
    with pytest.raises(APIResponseValidationError, match="line 5"):
        run(read_all)


def test_a_429_before_the_first_byte_is_retried(fake: FakeTwelveLabs, run: Run) -> None:
    fake.fail_next(429, headers={"Retry-After": "0"})
    stream = run(read_all, max_retries=1, max_retry_wait=1)
    assert stream.final.finish_reason == "stop"
    assert [r.status for r in fake.requests] == [429, 200]


def test_a_429_without_retries_raises_before_any_event(fake: FakeTwelveLabs, run: Run) -> None:
    fake.fail_next(429)
    with pytest.raises(RateLimitError) as caught:
        run(read_all, max_retries=0)
    assert caught.value.status_code == 429 and caught.value.remaining == 0


# The stall outlasts the client's read timeout by far (the fake stops stalling when the client
# goes away), and the timeout leaves room for a loaded machine to deliver the first events.
STALL_S = 60.0
READ_TIMEOUT_S = 1.5


def test_a_stall_is_a_read_timeout(fake: FakeTwelveLabs, run: Run) -> None:
    fake.fail_next_stream(after_events=3, how="stall", stall_seconds=STALL_S)
    with pytest.raises(StreamInterruptedError) as caught:
        run(read_all, timeout=READ_TIMEOUT_S, max_retries=0)
    assert caught.value.event_count == 3


@pytest.mark.parametrize(
    "runner",
    [
        pytest.param(run_sync, id="sync"),
        pytest.param(run_async, id="async"),
    ],
)
def test_a_stalled_stream_says_it_timed_out(fake: FakeTwelveLabs, base_url: str, runner: Run) -> None:
    fake.fail_next_stream(after_events=3, how="stall", stall_seconds=STALL_S)
    with pytest.raises(StreamInterruptedError, match=r"timed out|[Tt]imeout"):
        runner(base_url, read_all, timeout=READ_TIMEOUT_S, max_retries=0)


def test_length_truncation_arrives_in_stream_end(fake: FakeTwelveLabs, run: Run) -> None:
    def job(client: Any) -> Any:
        stream = client.analyze_stream(**REQUEST, max_tokens=7)
        if isinstance(client, AsyncTwelveLabs):

            async def read() -> Any:
                return await (await stream).until_done()

            return read()
        return stream.until_done()

    stream = run(job)
    assert stream.final.finish_reason == "length"
    assert stream.final.error.message.startswith("output truncated")
    assert stream.final.metadata.usage.output_tokens == 7


# --- the other live operations, through the real client --------------------------------------


def test_missing_video_and_the_sunset(fake: FakeTwelveLabs, base_url: str) -> None:
    with TwelveLabs(api_key=KEY, base_url=base_url, max_retries=0) as client:
        with pytest.raises(NotFoundError) as caught:
            client.analyze(video_id="missing-video", prompt="p")
        assert caught.value.code == "resource_not_exist"
    live = FakeTwelveLabs(api_key=KEY, legacy_endpoints=False)
    with (
        live.serve() as live_url,
        TwelveLabs(api_key=KEY, base_url=live_url, legacy_endpoints=True) as client,
    ):
        with pytest.raises(NotFoundError) as gone:
            client.gist("video-1", types=["title"])
        assert (gone.value.code, gone.value.body["message"]) == ("not_found", "No endpoint at /v1.3/gist.")
        assert client.analyze(video_id="video-1", prompt="Title?").data


def test_tasks_follow_fake_time_through_the_client() -> None:
    video = {"type": "url", "url": "https://cdn.example.test/match.mp4"}
    statuses: list[str] = []
    # A clock that stands still until advanced: on wall time, a slow machine's pause between two
    # polls would let a task pass "processing" unseen.
    fake = FakeTwelveLabs(api_key=KEY, clock=FakeClock(start=1_800_000_000.0))

    def progress(report: Any) -> None:
        statuses.append(report.status)
        fake.advance(0.3)  # time passes between polls, without anyone sleeping

    with fake.serve() as base_url, TwelveLabs(api_key=KEY, base_url=base_url) as client:
        task = client.analyze_async.tasks.create_and_wait(
            video=video, prompt="Who scores?", poll_interval=0.001, on_progress=progress
        )
        assert task.status == "ready" and task.result.data
        assert statuses[0] == "queued" and statuses[-1] == "ready" and "processing" in statuses
        page = client.analyze_async.tasks.list(page_limit=1)
        assert [t.task_id for t in page.items] == [task.task_id]
        fake.fail_next_task("Video duration exceeds maximum allowed duration")
        with pytest.raises(TaskFailedError) as failed:
            client.analyze_async.tasks.create_and_wait(
                video=video, prompt="p", poll_interval=0.001, on_progress=lambda _: fake.advance(1)
            )
        assert failed.value.reason == "Video duration exceeds maximum allowed duration"
        client.analyze_async.tasks.delete(task.task_id)
        with pytest.raises(NotFoundError):
            client.analyze_async.tasks.retrieve(task.task_id)
