"""End to end over real loopback HTTP: the client against ``FakeTwelveLabs.serve()``.

Every client operation and every error path a user meets, as a user would write the test.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from twelvelabs_analyze import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncTwelveLabs,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    TwelveLabs,
    parse_structured_summary,
)
from twelvelabs_analyze.testing import FakeTwelveLabs

KEY = "e2e-key"
SCHEMA = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "key_points": {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 4},
        "rating": {"type": "integer", "minimum": 1, "maximum": 5},
    },
    "required": ["title", "key_points", "rating"],
}


@pytest.fixture(scope="module")
def fake_api_key() -> str:
    return KEY


@pytest.fixture
def fake(served_fake: tuple[FakeTwelveLabs, str]) -> FakeTwelveLabs:
    served_fake[0].reset()
    served_fake[0].set_rate_limit(limit=100, window_seconds=3600)
    return served_fake[0]


@pytest.fixture
def base_url(served_fake: tuple[FakeTwelveLabs, str]) -> str:
    return served_fake[1]


@pytest.fixture
def client(base_url: str, fake: FakeTwelveLabs) -> Iterator[TwelveLabs]:
    with TwelveLabs(api_key=KEY, base_url=base_url, timeout=10, max_retries=2, max_retry_wait=5) as client:
        yield client


# --- every operation -------------------------------------------------------------------


def test_gist(client: TwelveLabs, fake: FakeTwelveLabs) -> None:
    result = client.gist("6298d673f1090f1100476d4c", types=["title", "topic", "hashtag"])
    assert result.title and result.topics and result.hashtags
    assert result.usage.output_tokens > 0
    request = fake.requests[-1]
    assert (request.method, request.path, request.api_key) == ("POST", "/v1.3/gist", KEY)


def test_summary_chapters_and_highlights(client: TwelveLabs) -> None:
    summary = client.summarize("v", type="summary", prompt="for beginners", temperature=0.3)
    assert "for beginners" in summary.summary
    chapters = client.summarize("v", type="chapter").chapters
    assert [c.chapter_number for c in chapters] == list(range(len(chapters)))
    assert all(a.end <= b.start for a, b in itertools.pairwise(chapters))
    highlights = client.summarize("v", type="highlight").highlights
    assert all(h.start_sec < h.end_sec for h in highlights)


def test_structured_summary_and_its_truncation(client: TwelveLabs) -> None:
    data = parse_structured_summary(client.summarize("v", type="summary", response_format=SCHEMA))
    assert set(data) >= {"title", "key_points", "rating"} and 1 <= data["rating"] <= 5
    cut = client.summarize("v", type="summary", response_format=SCHEMA, max_tokens=5)
    assert cut.usage.output_tokens == 5
    with pytest.raises(APIResponseValidationError, match="truncated"):
        parse_structured_summary(cut)


def test_raw_response_reports_rate_limit_and_attempts(client: TwelveLabs) -> None:
    raw = client.with_raw_response.gist("v", types=["title"])
    assert raw.status_code == 200 and raw.attempts == 1
    assert (raw.rate_limit.limit, raw.rate_limit.used, raw.rate_limit.remaining) == (100, 1, 99)
    assert raw.rate_limit.reset_at is not None and raw.rate_limit.reset_at > datetime.now(UTC)


def test_environment_configuration(
    monkeypatch: pytest.MonkeyPatch, base_url: str, fake: FakeTwelveLabs
) -> None:
    monkeypatch.setenv("TWELVELABS_API_KEY", KEY)
    monkeypatch.setenv("TWELVELABS_BASE_URL", base_url)
    with TwelveLabs() as client:
        assert client.gist("v", types=["topic"]).topics


# --- error paths -----------------------------------------------------------------------


def test_wrong_key_is_authentication_error(base_url: str) -> None:
    with (
        TwelveLabs(api_key="wrong", base_url=base_url) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.gist("v")
    assert (caught.value.status_code, caught.value.code) == (401, "api_key_invalid")
    assert caught.value.attempts == 1  # 401 is not retried


@pytest.mark.parametrize(
    ("bad_body", "code", "parameter"),
    [
        ({"types": ["title"]}, "parameter_not_provided", "video_id"),
        ({"video_id": "v", "types": ["poem"]}, "parameter_invalid", "types"),
        ({"video_id": "v", "types": ["title"], "lang": "en"}, "parameter_unknown", "lang"),
    ],
)
def test_each_400_code(
    client: TwelveLabs,
    fake: FakeTwelveLabs,
    base_url: str,
    bad_body: dict[str, Any],
    code: str,
    parameter: str,
) -> None:
    # The client never sends such bodies, so get the fake's real answer over the wire first…
    wire = httpx.post(f"{base_url}/gist", json=bad_body, headers={"x-api-key": KEY})
    assert wire.status_code == 400
    assert wire.json()["code"] == code and f"The {parameter} parameter" in wire.json()["message"]
    # …then show the client that exact answer.
    fake.fail_next(400, body=wire.content)
    with pytest.raises(BadRequestError) as caught:
        client.gist("v")
    error = caught.value
    assert (error.code, error.docs_url, error.body) == (code, wire.json()["docs_url"], wire.json())
    assert error.attempts == 1


def test_400_from_the_fakes_own_validation(client: TwelveLabs) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.summarize("v", type="summary", response_format={"type": "string", "pattern": "^(?=x)y$"})
    assert caught.value.code == "parameter_invalid"
    assert "response_format" in str(caught.value)


def test_wrong_path_is_not_found(base_url: str) -> None:
    wrong = base_url.replace("/v1.3", "/v9")
    with TwelveLabs(api_key=KEY, base_url=wrong) as client, pytest.raises(NotFoundError) as caught:
        client.gist("v")
    assert caught.value.code == "not_found"


def test_rate_limit_past_the_window_raises_with_reset_at(client: TwelveLabs, fake: FakeTwelveLabs) -> None:
    fake.set_rate_limit(limit=2, window_seconds=3600)
    client.gist("a")
    client.gist("b")
    with pytest.raises(RateLimitError) as caught:
        client.gist("c")  # a wait of an hour is over max_retry_wait: raised at once
    error = caught.value
    assert error.attempts == 1
    assert (error.limit, error.remaining) == (2, 0)
    assert error.reset_at is not None
    assert 3500 < (error.reset_at - datetime.now(UTC)).total_seconds() <= 3601
    assert error.retry_after is not None and error.retry_after <= 3600


def test_rate_limit_with_a_short_window_is_waited_out(client: TwelveLabs, fake: FakeTwelveLabs) -> None:
    fake.set_rate_limit(limit=1, window_seconds=0.3)
    client.gist("a")
    raw = client.with_raw_response.gist("b")  # 429, Retry-After: 1, then the new window
    assert raw.attempts == 2
    assert [r.status for r in fake.requests] == [200, 429, 200]


def test_503_is_retried_then_succeeds(client: TwelveLabs, fake: FakeTwelveLabs) -> None:
    fake.fail_next(503, times=2, headers={"Retry-After": "0"})
    raw = client.with_raw_response.summarize("v", type="chapter")
    assert raw.attempts == 3 and raw.parsed.chapters
    assert [r.status for r in fake.requests] == [503, 503, 200]


def test_5xx_until_retries_run_out(client: TwelveLabs, fake: FakeTwelveLabs) -> None:
    fake.fail_next(500, times=3, headers={"Retry-After": "0"})
    with pytest.raises(InternalServerError) as caught:
        client.gist("v")
    assert (caught.value.attempts, caught.value.code) == (3, "internal_error")


def test_timeout_via_delay(client: TwelveLabs, fake: FakeTwelveLabs) -> None:
    fake.delay_next(0.6)
    with pytest.raises(APITimeoutError) as caught:
        client.with_options(timeout=0.1, max_retries=0).gist("v")
    assert caught.value.attempts == 1
    fake.delay_next(0.6)
    raw = client.with_options(timeout=0.1, max_retries=1, max_retry_wait=1).with_raw_response.gist("v")
    assert raw.attempts == 2  # the slow attempt timed out, the retry was answered at once


def test_a_200_that_is_not_json(client: TwelveLabs, fake: FakeTwelveLabs) -> None:
    fake.fail_next(200, headers={"Content-Type": "text/html"}, body="<html>maintenance</html>")
    with pytest.raises(APIResponseValidationError) as caught:
        client.gist("v")
    assert caught.value.body == "<html>maintenance</html>"


def test_a_200_of_the_wrong_shape(client: TwelveLabs, fake: FakeTwelveLabs) -> None:
    fake.fail_next(200, body={"summarize_type": "highlight", "highlights": []})
    with pytest.raises(APIResponseValidationError):
        client.summarize("v", type="chapter")


def test_no_server_is_a_connection_error() -> None:
    fake = FakeTwelveLabs(api_key=KEY)
    with fake.serve() as gone:
        pass
    client = TwelveLabs(api_key=KEY, base_url=gone, max_retries=1, max_retry_wait=1)
    with client, pytest.raises(APIConnectionError) as caught:
        client.gist("v")
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.attempts == 2


# --- async -----------------------------------------------------------------------------


def test_async_client_end_to_end(base_url: str, fake: FakeTwelveLabs) -> None:
    async def run() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=base_url, max_retry_wait=5) as client:
            results = await asyncio.gather(*(client.summarize(f"v{n}", type="highlight") for n in range(20)))
            assert all(r.highlights for r in results)
            fake.fail_next(502, headers={"Retry-After": "0"})
            raw = await client.with_raw_response.gist("v", types=["hashtag"])
            assert raw.attempts == 2 and raw.parsed.hashtags
            with pytest.raises(AuthenticationError):
                await client.with_options(api_key="nope").gist("v")

    asyncio.run(run())
    assert len(fake.requests) == 23


# --- the pytest plugin, as a user would use it --------------------------------------------


def test_plugin_fixtures_in_process(twelvelabs_client: TwelveLabs, twelvelabs_fake: FakeTwelveLabs) -> None:
    twelvelabs_fake.fail_next(429, headers={"Retry-After": "0"})
    assert twelvelabs_client.gist("v", types=["title"]).title
    assert [r.status for r in twelvelabs_fake.requests] == [429, 200]
    assert json.loads(twelvelabs_fake.requests[-1].content) == {"video_id": "v", "types": ["title"]}
