"""gist()/summarize() give the same types on both routes: a server with the legacy endpoints, and
one where they are gone (the live API since 2026-02-15), which the client serves through /analyze.

The same user-level calls run against ``FakeTwelveLabs(legacy_endpoints=True)`` and
``(legacy_endpoints=False)``, sync and async, plain and raw.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from twelvelabs_analyze import (
    AsyncTwelveLabs,
    ChapterResult,
    GistResult,
    HighlightResult,
    NotFoundError,
    SummaryResult,
    TwelveLabs,
    parse_structured_summary,
)
from twelvelabs_analyze.testing import FakeTwelveLabs

VIDEO = "6298d673f1090f1100476d4c"
SCHEMA = {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}}}}

CALLS: list[tuple[str, dict[str, Any], type]] = [
    ("gist", {"types": ["title", "topic", "hashtag"]}, GistResult),
    ("gist", {"types": ["hashtag"]}, GistResult),
    ("summarize", {"type": "summary"}, SummaryResult),
    ("summarize", {"type": "summary", "prompt": "for kids", "temperature": 0.1}, SummaryResult),
    ("summarize", {"type": "chapter"}, ChapterResult),
    ("summarize", {"type": "highlight"}, HighlightResult),
]


def call(client: TwelveLabs | AsyncTwelveLabs, method: str, raw: bool, **kwargs: Any) -> Any:
    target: Any = client.with_raw_response if raw else client
    result = getattr(target, method)(VIDEO, **kwargs)
    if isinstance(client, AsyncTwelveLabs):

        async def run() -> Any:
            async with client:
                return await result

        return asyncio.run(run())
    return result


def client_for(fake: FakeTwelveLabs, mode: str) -> TwelveLabs | AsyncTwelveLabs:
    return fake.client() if mode == "sync" else fake.async_client()


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("raw", [False, True], ids=["plain", "raw"])
@pytest.mark.parametrize(("method", "kwargs", "result_type"), CALLS)
@pytest.mark.parametrize("legacy", [True, False], ids=["legacy-endpoints", "sunset"])
def test_the_same_types_on_both_routes(
    legacy: bool, method: str, kwargs: dict[str, Any], result_type: type, raw: bool, mode: str
) -> None:
    fake = FakeTwelveLabs(legacy_endpoints=legacy)
    answer = call(client_for(fake, mode), method, raw, **kwargs)
    result = answer.parsed if raw else answer
    assert type(result) is result_type
    if raw:
        assert answer.endpoint == (f"POST /{method}" if legacy else "POST /analyze")
        assert answer.status_code == 200 and answer.rate_limit.limit is not None
    if isinstance(result, GistResult):
        asked = kwargs["types"]
        assert bool(result.title) == ("title" in asked)
        assert bool(result.hashtags) == ("hashtag" in asked)
    if isinstance(result, ChapterResult):
        assert result.chapters, "chapters"
        for number, chapter in enumerate(result.chapters):
            assert isinstance(chapter.start, int) and isinstance(chapter.end, int)
            assert 0 <= chapter.start_sec <= chapter.end_sec  # type: ignore[operator]
            if not legacy:
                assert chapter.chapter_number == number
    if isinstance(result, HighlightResult):
        assert all(h.start <= h.end for h in result.highlights)  # type: ignore[operator]
    if isinstance(result, SummaryResult):
        assert result.summary and result.summarize_type == "summary"


@pytest.mark.parametrize("legacy", [True, False], ids=["legacy-endpoints", "sunset"])
def test_structured_summaries_parse_on_both_routes(legacy: bool) -> None:
    fake = FakeTwelveLabs(legacy_endpoints=legacy)
    with fake.client() as client:
        result = client.summarize(VIDEO, type="summary", response_format=SCHEMA)
    parsed = parse_structured_summary(result)
    assert isinstance(parsed, dict) and isinstance(parsed.get("tags", []), list)


def test_the_switch_happens_once_per_client_and_its_copies() -> None:
    fake = FakeTwelveLabs(legacy_endpoints=False)
    with fake.client() as client:
        client.gist(VIDEO)
        client.summarize(VIDEO, type="chapter")
        client.with_options(timeout=5).summarize(VIDEO, type="highlight")
    paths = [r.path for r in fake.requests]
    assert paths.count("/v1.3/gist") + paths.count("/v1.3/summarize") == 1
    assert paths.count("/v1.3/analyze") == 3


def test_a_missing_video_never_switches_the_route() -> None:
    fake = FakeTwelveLabs(legacy_endpoints=True)
    with fake.client() as client:
        with pytest.raises(NotFoundError, match="resource_not_exist"):
            client.summarize("missing-video", type="chapter")
        assert isinstance(client.summarize(VIDEO, type="chapter"), ChapterResult)
    assert "/v1.3/analyze" not in [r.path for r in fake.requests]


def test_both_routes_over_loopback() -> None:
    for legacy in (True, False):
        fake = FakeTwelveLabs(legacy_endpoints=legacy)
        with fake.serve() as base_url, TwelveLabs(api_key=fake.api_key, base_url=base_url) as client:
            raw = client.with_raw_response.summarize(VIDEO, type="chapter")
        assert isinstance(raw.parsed, ChapterResult)
        assert raw.endpoint == ("POST /summarize" if legacy else "POST /analyze")
