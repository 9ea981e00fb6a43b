"""Fault injection, delays, recorded requests, reset and repr."""

from __future__ import annotations

import json
from typing import Any

import pytest

from twelvelabs_analyze.testing import Disconnect, FakeClock, FakeResponse, FakeTwelveLabs, Stall

from .conftest import KEY, Clock, body_of, header, post

GIST = "/v1.3/gist"
VALID = {"video_id": "v", "types": ["title"]}


def test_fail_next_serves_the_status_times_then_recovers(fake: FakeTwelveLabs) -> None:
    fake.fail_next(503, times=2)
    statuses = [post(fake, GIST, VALID).status for _ in range(3)]
    assert statuses == [503, 503, 200]


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (500, "internal_error"),
        (503, "internal_error"),
        (400, "parameter_invalid"),
        (401, "api_key_invalid"),
        (404, "not_found"),
        (409, "conflict"),
    ],
)
def test_default_injected_bodies_are_api_errors(fake: FakeTwelveLabs, status: int, code: str) -> None:
    fake.fail_next(status)
    response = post(fake, GIST, VALID)
    assert response.status == status
    body = body_of(response)
    assert body["code"] == code and body["message"] and body["docs_url"].endswith(f"#{code}")
    assert header(response, "X-Ratelimit-Limit") is not None


def test_injected_429_says_spent_and_retry_in_a_second(clock: Clock) -> None:
    fake = FakeTwelveLabs(clock=clock)
    fake.fail_next(429)
    response = post(fake, GIST, VALID)
    assert (response.status, response.body) == (429, b"")
    assert header(response, "Retry-After") == "1"
    assert header(response, "X-Ratelimit-Remaining") == "0"
    assert header(response, "X-Ratelimit-Reset") == str(int(clock.now) + 1)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"<html>oops</html>", b"<html>oops</html>"),
        ("plain", b"plain"),
        ({"odd": True}, b'{"odd": true}'),
        ([1], b"[1]"),
    ],
)
def test_injected_bodies_and_headers_are_sent_as_given(
    fake: FakeTwelveLabs, body: object, expected: bytes
) -> None:
    fake.fail_next(502, headers={"Content-Type": "text/html", "Retry-After": "0"}, body=body)  # type: ignore[arg-type]
    response = post(fake, GIST, VALID)
    assert response.body == expected
    assert header(response, "Content-Type") == "text/html"
    assert header(response, "Retry-After") == "0"


def test_injected_200_with_a_broken_body(fake: FakeTwelveLabs) -> None:
    fake.fail_next(200, body="{not json")
    response = post(fake, GIST, VALID)
    assert (response.status, response.body) == (200, b"{not json")


def test_injected_answers_do_not_count_against_the_limit(clock: Clock) -> None:
    fake = FakeTwelveLabs(rate_limit=1, window_seconds=60, clock=clock)
    fake.fail_next(500, times=3)
    assert [post(fake, GIST, VALID).status for _ in range(4)] == [500, 500, 500, 200]


def test_delays(fake: FakeTwelveLabs) -> None:
    fake.fail_next(503, delay=0.25)
    fake.delay_next(1.5)
    failed, late, normal = (post(fake, GIST, VALID) for _ in range(3))
    assert (failed.status, failed.delay) == (503, 0.25)
    assert (late.status, late.delay) == (200, 1.5)
    assert (normal.status, normal.delay) == (200, 0.0)


@pytest.mark.parametrize("times", [0, -1])
def test_times_must_be_positive(fake: FakeTwelveLabs, times: int) -> None:
    with pytest.raises(ValueError):
        fake.fail_next(500, times=times)
    with pytest.raises(ValueError):
        fake.delay_next(1, times=times)


def test_requests_are_recorded_in_order_with_their_outcome(fake: FakeTwelveLabs) -> None:
    post(fake, GIST, VALID)
    post(
        fake,
        "/v1.3/summarize",
        b"{broken",
        headers={"x-api-key": "other", "content-type": "application/json"},
    )
    fake.fail_next(500)
    post(fake, GIST, VALID, method="GET")
    first, second, third = fake.requests
    assert (first.method, first.path, first.status, first.json) == ("POST", GIST, 200, VALID)
    assert first.api_key == KEY and first.headers["content-type"] == "application/json"
    assert json.loads(first.content) == VALID
    assert (second.path, second.status, second.json, second.content) == (
        "/v1.3/summarize",
        401,
        None,
        b"{broken",
    )
    assert second.api_key == "other"
    assert (third.method, third.status) == ("GET", 500)
    assert first.time <= second.time <= third.time


def test_records_are_frozen_and_the_list_is_a_snapshot(fake: FakeTwelveLabs) -> None:
    post(fake, GIST, VALID)
    snapshot = fake.requests
    snapshot.clear()
    assert len(fake.requests) == 1
    with pytest.raises(AttributeError):
        fake.requests[0].status = 500  # type: ignore[misc]
    with pytest.raises(TypeError):
        fake.requests[0].headers["x-api-key"] = "x"  # type: ignore[index]


def test_clear_requests_and_reset(fake: FakeTwelveLabs) -> None:
    post(fake, GIST, VALID)
    fake.clear_requests()
    assert fake.requests == []
    fake.fail_next(500, times=5)
    post(fake, GIST, VALID)
    fake.reset()
    assert fake.requests == []
    assert post(fake, GIST, VALID).status == 200


def test_reprs_never_show_the_key() -> None:
    fake = FakeTwelveLabs(api_key="sk-super-secret")
    post(fake, GIST, VALID, headers={"x-api-key": "sk-super-secret", "content-type": "application/json"})
    assert "sk-super-secret" not in repr(fake)
    assert "sk-super-secret" not in repr(fake.requests)
    assert "sk-super-secret" not in str(fake.requests[0])
    assert fake.requests[0].api_key == "sk-super-secret"


# --- stream faults ------------------------------------------------------------------------

ANALYZE = "/v1.3/analyze"
STREAM = {"video_id": "v", "prompt": "Give the chapters"}


def lines_of(response: FakeResponse) -> list[bytes]:
    return response.body.splitlines()


def test_a_stream_fault_waits_for_the_next_streamed_answer(fake: FakeTwelveLabs) -> None:
    fake.fail_next_stream(after_events=2, how="disconnect")
    assert post(fake, GIST, VALID).status == 200
    assert post(fake, ANALYZE, {**STREAM, "stream": False}).status == 200  # one JSON answer: not a stream
    cut = post(fake, ANALYZE, STREAM)
    assert cut.parts is not None and isinstance(cut.parts[-1], Disconnect)
    assert len(lines_of(cut)) == 2 and cut.body.endswith(b"\n")
    whole = post(fake, ANALYZE, STREAM)
    assert whole.parts is not None and all(isinstance(p, bytes) for p in whole.parts)
    assert whole.body.startswith(cut.body) and len(lines_of(whole)) > 2


def test_a_malformed_line_follows_the_first_events(fake: FakeTwelveLabs) -> None:
    fake.fail_next_stream(after_events=3, how="malformed")
    good = lines_of(post(FakeTwelveLabs(), ANALYZE, STREAM))
    bad = lines_of(post(fake, ANALYZE, STREAM))
    assert bad[:3] == good[:3] and bad[4:] == good[3:]
    with pytest.raises(json.JSONDecodeError):
        json.loads(bad[3])


def test_a_stall_pauses_between_events(fake: FakeTwelveLabs) -> None:
    fake.fail_next_stream(after_events=1, how="stall", stall_seconds=7, times=2)
    for _ in range(2):
        response = post(fake, ANALYZE, STREAM)
        assert response.parts is not None
        stalls = [p for p in response.parts if isinstance(p, Stall)]
        assert stalls == [Stall(7.0)]
        before = b"".join(
            p for p in response.parts[: response.parts.index(stalls[0])] if isinstance(p, bytes)
        )
        assert before.count(b"\n") == 1
    assert all(isinstance(p, bytes) for p in post(fake, ANALYZE, STREAM).parts or ())


@pytest.mark.parametrize(
    "arguments",
    [{"after_events": -1}, {"how": "explode"}, {"stall_seconds": -1}, {"times": 0}],
)
def test_stream_fault_arguments_are_checked(fake: FakeTwelveLabs, arguments: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        fake.fail_next_stream(**arguments)


def test_whole_answer_faults_apply_to_analyze_too(fake: FakeTwelveLabs) -> None:
    fake.fail_next(503)
    fake.delay_next(0.5)
    failed, late = post(fake, ANALYZE, STREAM), post(fake, ANALYZE, STREAM)
    assert (failed.status, failed.parts) == (503, None)
    assert (late.status, late.delay) == (200, 0.5) and late.parts is not None


def test_injected_errors_take_the_shape_the_operation_documents(fake: FakeTwelveLabs) -> None:
    fake.fail_next(500)
    nested = body_of(post(fake, "/v1.3/analyze/tasks", {"video": {"type": "url", "url": "https://x.test/v"}}))
    assert nested == {"error": {"code": "internal_error", "message": "Injected failure: HTTP 500."}}
    fake.fail_next(500)
    flat = body_of(post(fake, ANALYZE, STREAM))
    assert flat["code"] == "internal_error" and flat["docs_url"].endswith("#internal_error")


# --- bounded records and the fake's clock --------------------------------------------------


def test_recorded_requests_are_bounded() -> None:
    fake = FakeTwelveLabs(max_recorded_requests=3)
    assert FakeTwelveLabs().max_recorded_requests == 10_000
    for video_id in "abcde":
        post(fake, GIST, {"video_id": video_id, "types": ["title"]})
    assert [r.json["video_id"] for r in fake.requests] == ["c", "d", "e"]
    assert fake.max_recorded_requests == 3
    assert FakeTwelveLabs(max_recorded_requests=0).requests == []
    with pytest.raises(ValueError):
        FakeTwelveLabs(max_recorded_requests=-1)


def test_the_fake_clock_advances_without_sleeping() -> None:
    clock = FakeClock(start=1_000.0)
    fake = FakeTwelveLabs(clock=clock, rate_limit=1, window_seconds=60)
    assert fake.clock is clock and fake.now() == 1_000.0
    assert post(fake, GIST, VALID).status == 200
    assert post(fake, GIST, VALID).status == 429
    assert fake.advance(60) == 1_060.0 == clock()
    assert post(fake, GIST, VALID).status == 200  # a new rate-limit window: the limiter reads the same clock
    with pytest.raises(ValueError):
        fake.advance(-1)
    with pytest.raises(ValueError):
        FakeClock(lambda: 0.0, start=1.0)


def test_a_plain_clock_function_still_works(clock: Clock) -> None:
    fake = FakeTwelveLabs(clock=clock)
    assert fake.now() == clock.now
    fake.advance(5)
    clock.now += 1
    assert fake.now() == clock.now + 5
    assert "offset=5s" in repr(fake.clock)


def test_a_long_running_fake_can_be_followed_without_gaps() -> None:
    fake = FakeTwelveLabs(max_recorded_requests=4)
    seen = 0
    logged: list[str] = []
    for batch in (["a", "b"], ["c", "d", "e", "f", "g", "h"], [], ["i"]):
        for video_id in batch:
            post(fake, GIST, {"video_id": video_id, "types": ["title"]})
        new, seen = fake.requests_since(seen)
        logged.extend(r.json["video_id"] for r in new)
    # What was dropped before anyone looked is gone, but nothing is repeated and the count is exact.
    assert logged == ["a", "b", "e", "f", "g", "h", "i"]
    assert seen == fake.answered == 9
    fake.clear_requests()
    assert fake.requests_since(seen) == ([], 9)
