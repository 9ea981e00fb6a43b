"""Checked by mypy (``make typecheck``), not run: what the generated signatures promise users.

Each ``# type: ignore[...]`` below marks a call that must NOT type-check; mypy's
``warn_unused_ignores`` (strict mode) turns any of them that stops failing into an error.
"""

from __future__ import annotations

from typing import assert_type

from twelvelabs_analyze import (
    AnalyzeResult,
    AnalyzeStreamEvent,
    AnalyzeTask,
    AnalyzeTaskCreated,
    AsyncPage,
    AsyncStream,
    AsyncTwelveLabs,
    ChapterResult,
    GistResult,
    HighlightResult,
    Page,
    RawResponse,
    Stream,
    SummarizeResult,
    SummaryResult,
    TwelveLabs,
)
from twelvelabs_analyze.types import SummarizeType


def sync_calls(client: TwelveLabs, some_type: SummarizeType) -> None:
    assert_type(client.gist("v", types=["title"]), GistResult)
    assert_type(client.gist(video_id="v"), GistResult)
    assert_type(client.summarize("v", type="summary"), SummaryResult)
    assert_type(client.summarize("v", type="chapter"), ChapterResult)
    assert_type(client.summarize("v", type="highlight"), HighlightResult)
    assert_type(client.summarize("v", type=some_type), SummarizeResult)
    assert_type(client.with_raw_response.gist("v"), RawResponse[GistResult])
    assert_type(client.with_raw_response.summarize("v", type="chapter"), RawResponse[ChapterResult])
    assert_type(client.with_options(timeout=5), TwelveLabs)
    assert_type(client.analyze(video_id="v", prompt="p"), AnalyzeResult)
    assert_type(
        client.analyze(video={"type": "url", "url": "https://e.com/v.mp4"}, prompt="p"), AnalyzeResult
    )
    assert_type(client.analyze_stream(video_id="v", prompt="p"), Stream[AnalyzeStreamEvent])
    assert_type(
        client.analyze_async.tasks.create(video={"type": "asset_id", "asset_id": "a"}), AnalyzeTaskCreated
    )
    assert_type(client.analyze_async.tasks.retrieve("t"), AnalyzeTask)
    assert_type(client.analyze_async.tasks.list(page_limit=10), Page[AnalyzeTask])
    assert_type(client.analyze_async.tasks.wait("t", timeout=60), AnalyzeTask)
    assert_type(client.with_raw_response.analyze_async.tasks.retrieve("t"), RawResponse[AnalyzeTask])


def mistakes_fail_the_type_checker(client: TwelveLabs) -> None:
    client.gist("v", types=["titel"])  # type: ignore[list-item]
    client.summarize("v", type="chapters")  # type: ignore[call-overload]
    client.with_raw_response.summarize("v", type="chapters")  # type: ignore[call-overload]
    client.analyze(video_id="v", prompt="p", temperature="hot")  # type: ignore[arg-type]
    client.analyze(video={"type": "url", "link": "x"}, prompt="p")  # type: ignore[arg-type]
    client.analyze_async.tasks.list(status="done")  # type: ignore[arg-type]


async def async_calls(client: AsyncTwelveLabs) -> None:
    assert_type(await client.gist("v"), GistResult)
    assert_type(await client.summarize("v", type="chapter"), ChapterResult)
    assert_type(
        await client.summarize("v", type="summary", response_format={"type": "object"}), SummaryResult
    )
    assert_type(await client.with_raw_response.summarize("v", type="highlight"), RawResponse[HighlightResult])
    assert_type(client.with_options(max_retries=0), AsyncTwelveLabs)
    assert_type(await client.analyze_stream(video_id="v", prompt="p"), AsyncStream[AnalyzeStreamEvent])
    assert_type(await client.analyze_async.tasks.list(), AsyncPage[AnalyzeTask])
    assert_type(
        await client.analyze_async.tasks.create_and_wait(video={"type": "asset_id", "asset_id": "a"}),
        AnalyzeTask,
    )
