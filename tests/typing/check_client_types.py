"""Checked by mypy (``make typecheck``), not run: what the generated signatures promise users.

Each ``# type: ignore[...]`` below marks a call that must NOT type-check; mypy's
``warn_unused_ignores`` (strict mode) turns any of them that stops failing into an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict, assert_type

import httpx

from twelvelabs_analyze import (
    AnalyzeResult,
    AnalyzeStreamEvent,
    AnalyzeTask,
    AnalyzeTaskCreated,
    AssetDetail,
    AsyncPage,
    AsyncPaginator,
    AsyncResponseContextManager,
    AsyncStream,
    AsyncStreamedResponse,
    AsyncTwelveLabs,
    ChapterResult,
    GistResult,
    HighlightResult,
    Page,
    RawResponse,
    ResponseContextManager,
    Stream,
    StreamedResponse,
    SummarizeResult,
    SummaryResult,
    TwelveLabs,
    parse_structured,
)
from twelvelabs_analyze.types import (
    AnalyzeTaskStatus,
    FileSource,
    FinishReason,
    SummarizeType,
    VideoContextUrlParam,
)


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


def file_arguments(client: TwelveLabs, source: FileSource) -> None:
    # A form-data file field takes a path, bytes or a binary file; not text, not a number.
    client.assets.create(method="direct", file="clip.mp4")
    client.assets.create(method="direct", file=Path("clip.mp4"))
    client.assets.create(method="direct", file=b"...")
    with Path("clip.mp4").open("rb") as binary:
        client.assets.create(method="direct", file=binary)
    client.assets.create(method="direct", file=source)
    with Path("notes.txt").open() as text:
        client.assets.create(method="direct", file=text)  # type: ignore[arg-type]
    client.assets.create(method="direct", file=12)  # type: ignore[arg-type]


class Tags(TypedDict):
    tags: list[str]


@dataclass
class Scene:
    title: str


def sync_conventions(client: TwelveLabs, answer: AnalyzeResult) -> None:
    assert_type(
        client.analyze(
            video_id="v",
            prompt="p",
            extra_body={"future_field": 1},
            extra_query={"trace": "yes"},
            extra_headers={"x-request-tag": "a"},
            timeout=httpx.Timeout(30, connect=5),
        ),
        AnalyzeResult,
    )
    assert_type(client.analyze_async.tasks.retrieve("t", timeout=5), AnalyzeTask)
    assert_type(client.with_options(timeout=httpx.Timeout(10), default_headers={"x-team": "a"}), TwelveLabs)
    assert_type(client.with_options(http_client=httpx.Client()), TwelveLabs)
    assert_type(client.with_streaming_response.analyze(video_id="v"), ResponseContextManager[AnalyzeResult])
    with client.with_streaming_response.summarize("v", type="chapter") as response:
        assert_type(response, StreamedResponse[ChapterResult])
        assert_type(response.parse(), ChapterResult)
    with client.with_streaming_response.analyze_stream(video_id="v") as response:
        assert_type(response.parse(), Stream[AnalyzeStreamEvent])
        for line in response.iter_lines():
            assert_type(line, str)
    with client.with_streaming_response.analyze_async.tasks.list() as pages:
        assert_type(pages.parse(), Page[AnalyzeTask])
    for task in client.analyze_async.tasks.list():
        assert_type(task, AnalyzeTask)
    assert_type(answer.to_json(), str)
    assert_type(parse_structured(answer), Any)
    assert_type(parse_structured(answer, Tags), Tags)
    assert_type(parse_structured(answer, Scene), Scene)
    assert_type(parse_structured(answer, list), list[Any])
    client.close()


async def async_conventions(client: AsyncTwelveLabs) -> None:
    assert_type(client.analyze_async.tasks.list(), AsyncPaginator[AnalyzeTask])
    async for task in client.analyze_async.tasks.list(status="ready"):
        assert_type(task, AnalyzeTask)
    assert_type(await client.analyze(video_id="v", extra_body={"future_field": 1}, timeout=5), AnalyzeResult)
    assert_type(client.with_options(http_client=httpx.AsyncClient()), AsyncTwelveLabs)
    assert_type(client.with_streaming_response.gist("v"), AsyncResponseContextManager[GistResult])
    async with client.with_streaming_response.analyze(video_id="v") as response:
        assert_type(response, AsyncStreamedResponse[AnalyzeResult])
        assert_type(await response.parse(), AnalyzeResult)
        assert_type(await response.read(), bytes)
    await client.close()
    await client.aclose()


def the_live_api(client: TwelveLabs, task: AnalyzeTask, answer: AnalyzeResult) -> None:
    """twelvelabs 1.3.6: pegasus1.6 and images are accepted; answers' enums are open."""
    video: VideoContextUrlParam = {"type": "url", "url": "https://e.com/v.mp4"}
    assert_type(client.analyze(model_name="pegasus1.6", video=video, prompt="p"), AnalyzeResult)
    assert_type(
        client.analyze_async.tasks.create(
            model_name="pegasus1.6", image=[{"name": "a", "url": "https://e.com/a.png"}], prompt="p"
        ),
        AnalyzeTaskCreated,
    )
    assert_type(task.status, AnalyzeTaskStatus | str)  # "canceled", or a status added later
    assert_type(answer.finish_reason, FinishReason | str)
    known: AnalyzeTaskStatus = "canceled"
    assert known in ("ready", "failed", "canceled")


def mistakes_fail_the_type_checker(client: TwelveLabs) -> None:
    client.gist("v", types=["titel"])  # type: ignore[list-item]
    client.summarize("v", type="chapters")  # type: ignore[call-overload]
    client.with_raw_response.summarize("v", type="chapters")  # type: ignore[call-overload]
    client.analyze(video_id="v", prompt="p", temperature="hot")  # type: ignore[arg-type]
    client.analyze(video={"type": "url", "link": "x"}, prompt="p")  # type: ignore[arg-type]
    client.analyze_async.tasks.list(status="done")  # type: ignore[arg-type]
    client.analyze(video_id="v", extra_headers={"x-a": 1})  # type: ignore[dict-item]
    client.analyze(video_id="v", timeout="soon")  # type: ignore[arg-type]
    client.with_options(http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    client.analyze(model_name="pegasus9", video_id="v", prompt="p")  # type: ignore[arg-type]
    client.analyze(image=[{"url": "https://e.com/a.png"}], prompt="p")  # type: ignore[typeddict-item]


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


def uploads(client: TwelveLabs, path: Path) -> None:
    asset = client.assets.upload(path, on_progress=lambda progress: print(progress.bytes_sent))
    assert_type(asset, AssetDetail)
    assert_type(client.analyze(video=asset, prompt="p"), AnalyzeResult)
    client.analyze_async.tasks.create(video=asset)
    client.analyze_stream(video=asset, prompt="p")
    client.assets.upload(b"...", filename="a.mp4", concurrency="4")  # type: ignore[arg-type]


async def async_uploads(client: AsyncTwelveLabs) -> None:
    asset = await client.assets.upload("clip.mp4", wait=False)
    assert_type(asset, AssetDetail)
    assert_type(await client.assets.wait(asset.id if isinstance(asset.id, str) else ""), AssetDetail)
    await client.analyze(video=asset, prompt="p")
