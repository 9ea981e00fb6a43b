"""Rate limiting: X-Ratelimit-* on every response, 429 with Retry-After past the limit."""

from __future__ import annotations

import math

import pytest

from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import Clock, header, post

GIST = "/v1.3/gist"
VALID = {"video_id": "v", "types": ["title"]}


def rate(response: object) -> dict[str, str | None]:
    names = ("Limit", "Remaining", "Used", "Reset")
    return {name: header(response, f"X-Ratelimit-{name}") for name in names}  # type: ignore[arg-type]


def test_every_response_carries_the_headers(clock: Clock) -> None:
    fake = FakeTwelveLabs(rate_limit=5, window_seconds=60, clock=clock)
    responses = [
        post(fake, GIST, VALID),
        post(fake, GIST, {"video_id": "v"}),  # 400
        post(fake, GIST, VALID, headers={"content-type": "application/json"}),  # 401
        post(fake, "/v1.3/other", VALID),  # 404
        post(fake, GIST, VALID, method="GET"),  # 405
    ]
    for response in responses:
        values = rate(response)
        assert values["Limit"] == "5"
        assert values["Reset"] == str(math.ceil(clock.now + 60))
    # Only authenticated requests to an endpoint count.
    assert [rate(r)["Used"] for r in responses] == ["1", "2", "2", "2", "2"]
    assert [rate(r)["Remaining"] for r in responses] == ["4", "3", "3", "3", "3"]


def test_past_the_limit_429_with_empty_body_and_retry_after(clock: Clock) -> None:
    fake = FakeTwelveLabs(rate_limit=2, window_seconds=100, clock=clock)
    assert [post(fake, GIST, VALID).status for _ in range(2)] == [200, 200]
    clock.now += 30.5
    limited = post(fake, GIST, VALID)
    assert limited.status == 429
    assert limited.body == b""
    assert header(limited, "Retry-After") == "70"  # ceil(100 - 30.5)
    assert rate(limited) == {
        "Limit": "2",
        "Remaining": "0",
        "Used": "2",
        "Reset": str(math.ceil(clock.now + 69.5)),
    }


def test_the_window_resets(clock: Clock) -> None:
    fake = FakeTwelveLabs(rate_limit=1, window_seconds=10, clock=clock)
    assert post(fake, GIST, VALID).status == 200
    assert post(fake, GIST, VALID).status == 429
    clock.now += 10
    fresh = post(fake, GIST, VALID)
    assert fresh.status == 200
    assert rate(fresh)["Used"] == "1"
    assert rate(fresh)["Reset"] == str(math.ceil(clock.now + 10))


def test_sub_second_windows(clock: Clock) -> None:
    clock.now = 1_800_000_000.25
    fake = FakeTwelveLabs(clock=clock)
    fake.set_rate_limit(limit=3, window_seconds=0.5)
    assert [post(fake, GIST, VALID).status for _ in range(4)] == [200, 200, 200, 429]
    limited = post(fake, GIST, VALID)
    assert header(limited, "Retry-After") == "1"  # ceil of 0.5 s
    assert rate(limited)["Reset"] == "1800000001"  # ceil(…000.75)
    clock.now += 0.5
    assert post(fake, GIST, VALID).status == 200


def test_set_rate_limit_starts_a_new_window(clock: Clock) -> None:
    fake = FakeTwelveLabs(rate_limit=1, window_seconds=1000, clock=clock)
    post(fake, GIST, VALID)
    assert post(fake, GIST, VALID).status == 429
    fake.set_rate_limit(limit=50, window_seconds=86400)
    response = post(fake, GIST, VALID)
    assert response.status == 200
    assert rate(response) == {
        "Limit": "50",
        "Remaining": "49",
        "Used": "1",
        "Reset": str(math.ceil(clock.now + 86400)),
    }


def test_windows_open_on_a_whole_second_so_the_reset_is_exact(clock: Clock) -> None:
    clock.now = 1_800_000_000.6
    fake = FakeTwelveLabs(rate_limit=2, window_seconds=1, clock=clock)
    assert rate(post(fake, GIST, VALID))["Reset"] == "1800000001"
    post(fake, GIST, VALID)
    assert post(fake, GIST, VALID).status == 429
    clock.now = 1_800_000_001.0  # the announced reset: a client waiting for it gets a full window
    fresh = post(fake, GIST, VALID)
    assert (fresh.status, rate(fresh)["Used"], rate(fresh)["Reset"]) == (200, "1", "1800000002")


def test_reset_clears_the_count(clock: Clock) -> None:
    fake = FakeTwelveLabs(rate_limit=1, window_seconds=1000, clock=clock)
    post(fake, GIST, VALID)
    fake.reset()
    assert post(fake, GIST, VALID).status == 200


@pytest.mark.parametrize(("limit", "window"), [(-1, 10), (1, 0), (1, -2)])
def test_bad_settings_are_rejected(limit: int, window: float) -> None:
    with pytest.raises(ValueError):
        FakeTwelveLabs().set_rate_limit(limit, window)


def test_limit_zero_rejects_everything(clock: Clock) -> None:
    fake = FakeTwelveLabs(rate_limit=0, window_seconds=5, clock=clock)
    assert post(fake, GIST, VALID).status == 429
