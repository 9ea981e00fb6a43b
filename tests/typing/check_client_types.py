"""Checked by mypy (``make typecheck``), not run: the overloads give each summarize type its result."""

from __future__ import annotations

from typing import assert_type

from twelvelabs_analyze import (
    AsyncTwelveLabs,
    ChapterResult,
    GistResult,
    HighlightResult,
    RawResponse,
    SummarizeResult,
    SummaryResult,
    TwelveLabs,
)
from twelvelabs_analyze_api.models.summarize_type import SummarizeType


def sync_calls(client: TwelveLabs, some_type: SummarizeType) -> None:
    assert_type(client.gist("v", types=["title"]), GistResult)
    assert_type(client.summarize("v", type="summary"), SummaryResult)
    assert_type(client.summarize("v", type="chapter"), ChapterResult)
    assert_type(client.summarize("v", type="highlight"), HighlightResult)
    assert_type(client.summarize("v", type=some_type), SummarizeResult)
    assert_type(client.with_raw_response.gist("v"), RawResponse[GistResult])
    assert_type(client.with_options(timeout=5), TwelveLabs)


async def async_calls(client: AsyncTwelveLabs) -> None:
    assert_type(await client.gist("v"), GistResult)
    assert_type(await client.summarize("v", type="chapter"), ChapterResult)
    assert_type(
        await client.summarize("v", type="summary", response_format={"type": "object"}), SummaryResult
    )
    assert_type(client.with_options(max_retries=0), AsyncTwelveLabs)
