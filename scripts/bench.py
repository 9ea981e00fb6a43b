"""Benchmarks: per-call cost, the live endpoints, import time, async throughput and rate-limited batches.

``python scripts/bench.py`` (``make bench``) prints one markdown report: absolute figures and,
because a shared machine is noisy, ratios to raw httpx measured side by side in the same run.
``--quick`` runs every section at tiny sizes (what the test suite does); ``--output FILE`` also
writes the report to a file; ``--profile CALL`` shows pyinstrument's call tree of one call instead.

Sections:
1. per-call cost of gist/summarize over ``httpx.MockTransport`` (no sockets): raw httpx + ``json()``,
   the generated models over raw httpx, this package's client (with orjson, and with the stdlib fallback in a
   subprocess), and ``twelvelabs==1.1.0`` (the last SDK with gist/summarize), run by the Python
   of a second venv that ``make bench`` builds (the two SDK versions cannot share one venv);
2. the live endpoint ``analyze`` (non-stream) the same way, against ``twelvelabs==1.3.6``;
3. a 2,000-event NDJSON stream from ``analyze_stream``, delivered in network-sized chunks: raw
   ``iter_lines`` + ``json.loads``, this client (sync and async) and ``twelvelabs==1.3.6``; the
   whole stream and the time to the first event; and the JSON Lines results of a 1,000-item batch
   (``analyze_async.batches.results``) the same way;
4. import time (CPU time of the statement in a fresh process): ``from twelvelabs_analyze import TwelveLabs``
   against ``import httpx, attrs`` in a clean venv holding only the built wheel and its core
   dependencies;
5. async throughput against the fake server on loopback at several concurrencies;
6. ``twelvelabs-analyze batch`` against a rate-limited fake server;
7. ``client.assets.upload`` of a sparse file (multipart, parallel parts) against the fake on loopback,
   against raw httpx PUTs of the same chunks to the same server's presigned URLs.

Per-call figures are CPU time of the measuring thread (``time.thread_time``): time the process
spends descheduled by other load on a shared machine is not counted; nothing here waits on I/O.
This script imports only the standard library and httpx at load time, so that the second venv
(httpx and the old SDK only) can run its measuring worker.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import importlib
import importlib.metadata
import importlib.util
import json
import math
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
import zipfile
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import httpx

ROOT = Path(__file__).resolve().parent.parent
NO_ORJSON_ENV = "TWELVELABS_ANALYZE_NO_ORJSON"
BASE_URL = "http://bench.invalid/v1.3"  # never resolved: every request goes to a MockTransport
API_KEY = "bench-key"
VIDEO_ID = "6298d673f1090f1100476d4c"
GIST_TYPES: list[Literal["title", "topic", "hashtag"]] = ["title", "topic", "hashtag"]
SDK_NAME = "twelvelabs"  # the official SDK: 1.3.6 in the bench group, 1.1.0 in the second venv
SDK_LIVE = "1.3.6"  # the current SDK (analyze, analyze_stream)
SDK_LEGACY = "1.1.0"  # the last SDK with gist and summarize
# The second venv, with twelvelabs==1.1.0 and this venv's httpx (``make bench`` builds it).
SDK_LEGACY_VENV = ROOT / ".venv-bench-sdk110"
PROMPT = "Summarize this video for a TV guide in three sentences, then list its main topics."
ANALYZE_VIDEO = {"type": "asset_id", "asset_id": VIDEO_ID}

SyncCall = Callable[[], Any]
AsyncCall = Callable[[], Awaitable[Any]]
Timing = dict[str, float]  # "seconds": median per call, "ratio": median of per-round ratios to raw httpx
PerCall = dict[str, dict[str, dict[str, Timing]]]  # scenario → "sync"/"async" → implementation → timing
SectionResult = tuple[list[str], dict[str, float]]  # markdown lines, ratios the targets are judged on


@dataclass(frozen=True)
class Sizes:
    """How much work each section does; ``--quick`` shrinks all of it."""

    chapters: tuple[int, ...]
    stream_events: int  # events in the analyze_stream answer, the first and last included
    batch_results: int  # result lines of batches.results
    repeats: int
    target_seconds: float  # length of one timed repetition per implementation
    min_calls: int  # calls per repetition at least (see _calibrate)
    import_runs: int
    requests: int  # async throughput: requests per run
    concurrency: tuple[int, ...]
    throughput_rounds: int
    batch_items: int
    batch_concurrency: int
    batch_limit: int  # requests allowed per window
    batch_window: float
    upload_bytes: int  # the sparse file uploaded in section 7
    upload_chunk: int


FULL = Sizes(
    chapters=(5, 2000),
    stream_events=2000,
    batch_results=1000,
    repeats=21,
    target_seconds=0.02,
    min_calls=50,
    import_runs=9,
    requests=500,
    concurrency=(1, 16, 64),
    throughput_rounds=7,
    batch_items=500,
    batch_concurrency=16,
    batch_limit=100,
    batch_window=1.0,
    upload_bytes=1024**3,
    upload_chunk=16 * 1024**2,
)
QUICK = Sizes(
    chapters=(5, 50),
    stream_events=50,
    batch_results=50,
    repeats=3,
    target_seconds=0.005,
    min_calls=1,
    import_runs=3,
    requests=64,
    concurrency=(1, 16, 64),
    throughput_rounds=1,
    batch_items=25,
    batch_concurrency=4,
    batch_limit=10,
    batch_window=0.5,
    upload_bytes=4 * 1024**2,
    upload_chunk=1024**2,
)


# --------------------------------------------------------------------------- formatting


def fmt_us(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    micros = seconds * 1e6
    return f"{micros:,.0f} µs" if micros < 1000 else f"{micros / 1000:,.2f} ms"


def fmt_ratio(value: float | None) -> str:
    return "—" if value is None or math.isnan(value) else f"{value:.2f}×"


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or denominator is None or denominator <= 0:
        return None
    return numerator / denominator


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


# --------------------------------------------------------------------------- response bodies


def gist_body() -> dict[str, Any]:
    return {
        "id": "bench-gist",
        "title": "From Consumerism to Minimalism: A Journey Toward Sustainable Living",
        "topics": ["Minimalism", "Sustainable living", "Shopping vlog lifestyle"],
        "hashtags": ["#minimalism", "#sustainability", "#declutter", "#lifestyle", "#vlog"],
        "usage": {"output_tokens": 42},
    }


def chapters_body(count: int) -> dict[str, Any]:
    return {
        "summarize_type": "chapter",
        "id": "bench-chapters",
        "chapters": [
            {
                "chapter_number": i,
                "start": i * 30,
                "end": i * 30 + 30,
                "start_sec": i * 30.0,
                "end_sec": i * 30 + 29.5,
                "chapter_title": f"Chapter {i}: the walk continues",
                "chapter_summary": f"In part {i} the host walks on and talks about what they see along the way.",
            }
            for i in range(count)
        ],
        "usage": {"output_tokens": 40 * count},
    }


# A few words per text_generation event, as the API streams them.
_TEXT = (
    "The host walks through a busy market at dawn, greets the stall owners and tastes fresh bread; "
    "later she compares prices, talks about seasonal vegetables and explains how to choose ripe fruit. "
)
_WORDS = _TEXT.split()


def analyze_body() -> dict[str, Any]:
    """A realistic non-stream answer: about 150 words of text, finish reason and usage."""
    text = " ".join(_WORDS[i % len(_WORDS)] for i in range(150))
    return {
        "id": "f2d3a0f4-7b1e-4b8e-9c55-0d2a3c4e5f60",
        "data": text,
        "finish_reason": "stop",
        "usage": {"output_tokens": 212, "input_tokens": 8950},
    }


def stream_events(count: int) -> list[dict[str, Any]]:
    """``count`` events: stream_start, text_generation events of one to four words, stream_end."""
    rng = random.Random(11)
    events: list[dict[str, Any]] = [
        {"event_type": "stream_start", "metadata": {"generation_id": "2f4e7a9c-bench"}}
    ]
    position = 0
    for _ in range(count - 2):
        size = rng.randint(1, 4)
        words = [_WORDS[(position + k) % len(_WORDS)] for k in range(size)]
        position += size
        events.append({"event_type": "text_generation", "text": " ".join(words) + " "})
    events.append(
        {
            "event_type": "stream_end",
            "finish_reason": "stop",
            "metadata": {
                "generation_id": "2f4e7a9c-bench",
                "usage": {"output_tokens": position, "input_tokens": 8950},
            },
        }
    )
    return events


def batch_results(count: int) -> list[dict[str, Any]]:
    """``count`` result lines of a finished batch: mostly ready (a paragraph of analysis each), one
    in twenty failed, as ``GET /analyze/batches/{batch_id}/results`` answers them."""
    text = " ".join(_WORDS[i % len(_WORDS)] for i in range(60))
    lines: list[dict[str, Any]] = []
    for i in range(count):
        line: dict[str, Any] = {"task_id": f"68f4ddaf8aaa60d33df{i:05d}", "custom_id": f"video-{i:05d}"}
        if i % 20 == 19:
            line |= {"status": "failed", "error": {"code": "asset_unavailable", "message": "Unreadable."}}
        else:
            line |= {
                "status": "ready",
                "data": {
                    "generation_id": f"gen-{i:05d}",
                    "data": text,
                    "finish_reason": "stop",
                    "usage": {"output_tokens": 80, "input_tokens": 1200 + i},
                },
            }
        lines.append(line)
    return lines


def network_chunks(body: bytes, seed: int = 7) -> tuple[bytes, ...]:
    """``body`` cut as a network delivers it: chunks of 40-400 bytes (a few events each), cut anywhere,
    so lines are split across chunks."""
    rng = random.Random(seed)
    chunks: list[bytes] = []
    start = 0
    while start < len(body):
        end = min(len(body), start + rng.randint(40, 400))
        chunks.append(body[start:end])
        start = end
    return tuple(chunks)


RATE_LIMIT_HEADERS = {
    "x-ratelimit-limit": "600",
    "x-ratelimit-remaining": "599",
    "x-ratelimit-used": "1",
    "x-ratelimit-reset": "1767225600",
}


class _ChunkStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body handed over in the given chunks (sync and async)."""

    def __init__(self, chunks: tuple[bytes, ...]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk


@dataclass(frozen=True)
class Scenario:
    """One API call and the canned answer every implementation receives."""

    name: str
    endpoint: str  # "gist", "summarize", "analyze", "analyze_stream" or "batch_results"
    body: bytes
    expected_items: int  # chapters or events in the answer; checked once so a broken path cannot look fast
    chunks: tuple[bytes, ...] = ()  # for a stream: the body as the network delivers it
    media: str = "application/x-ndjson"  # for a stream: its line-framed media type

    def handler(self) -> Callable[[httpx.Request], httpx.Response]:
        if self.chunks:
            chunks = self.chunks
            stream_headers = {"content-type": self.media, **RATE_LIMIT_HEADERS}

            def handle_stream(request: httpx.Request) -> httpx.Response:
                return httpx.Response(200, headers=stream_headers, stream=_ChunkStream(chunks))

            return handle_stream
        content, headers = self.body, {"content-type": "application/json", **RATE_LIMIT_HEADERS}

        def handle(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, content=content, headers=headers)

        return handle

    def async_handler(self) -> Callable[[httpx.Request], Coroutine[None, None, httpx.Response]]:
        handle = self.handler()

        async def ahandle(request: httpx.Request) -> httpx.Response:
            return handle(request)

        return ahandle


def scenarios(sizes: Sizes) -> list[Scenario]:
    """Every call the report measures: gist/summarize (section 1), analyze (2), analyze_stream (3)."""
    found = [Scenario("gist", "gist", json.dumps(gist_body()).encode(), 0)]
    for count in sizes.chapters:
        body = json.dumps(chapters_body(count)).encode()
        found.append(Scenario(f"summarize, {count} chapters", "summarize", body, count))
    found.append(Scenario("analyze", "analyze", json.dumps(analyze_body()).encode(), 0))
    events = stream_events(sizes.stream_events)
    body = b"".join(json.dumps(event).encode() + b"\n" for event in events)
    found.append(
        Scenario(
            f"analyze_stream, {len(events)} events",
            "analyze_stream",
            body,
            len(events),
            network_chunks(body),
        )
    )
    lines = batch_results(sizes.batch_results)
    body = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
    found.append(
        Scenario(
            f"batch results, {len(lines)} items",
            "batch_results",
            body,
            len(lines),
            network_chunks(body),
            "application/jsonl",
        )
    )
    return found


LEGACY_CALLS = ("gist", "summarize")
LIVE_CALLS = ("analyze",)
STREAM_CALLS = ("analyze_stream", "batch_results")
BATCH_ID = "68f4ddaf8aaa60d33df0e800"


def count_items(result: Any) -> int:
    """Chapters (or events) in a result of any implementation (dicts, attrs or pydantic models, counts)."""
    if isinstance(result, int):
        return result
    chapters = result.get("chapters") if isinstance(result, dict) else getattr(result, "chapters", None)
    return len(chapters) if isinstance(chapters, list) else 0


# --------------------------------------------------------------------------- implementations


@dataclass
class Impl:
    """One way of making the call, sync and async; ``closers`` release its clients.

    For a stream, ``sync``/``async_`` read the whole stream and return the number of events, and
    ``first_sync``/``first_async`` open it, read the first event and close it.
    """

    sync: SyncCall
    async_: AsyncCall
    closers: list[Callable[[], Any]] = field(default_factory=list)
    first_sync: SyncCall | None = None
    first_async: AsyncCall | None = None


def _payload(endpoint: str, stream: bool = False) -> dict[str, Any]:
    if endpoint == "gist":
        return {"video_id": VIDEO_ID, "types": GIST_TYPES}
    if endpoint == "summarize":
        return {"video_id": VIDEO_ID, "type": "chapter"}
    return {"video": ANALYZE_VIDEO, "prompt": PROMPT, "stream": stream}


def raw_httpx_impl(scenario: Scenario) -> Impl:
    """httpx and the standard library's json: what a hand-written client would do."""
    if scenario.endpoint == "batch_results":
        return _raw_results_impl(scenario)
    endpoint = "analyze" if scenario.endpoint == "analyze_stream" else scenario.endpoint
    url = f"{BASE_URL}/{endpoint}"
    payload = _payload(scenario.endpoint, stream=scenario.endpoint == "analyze_stream")
    headers = {"x-api-key": API_KEY}
    client = httpx.Client(transport=httpx.MockTransport(scenario.handler()))
    aclient = httpx.AsyncClient(transport=httpx.MockTransport(scenario.async_handler()))
    closers = [client.close, aclient.aclose]
    if scenario.endpoint != "analyze_stream":

        def call() -> Any:
            return client.post(url, json=payload, headers=headers).json()

        async def acall() -> Any:
            return (await aclient.post(url, json=payload, headers=headers)).json()

        return Impl(call, acall, closers)

    loads = json.loads

    def read_all() -> int:
        with client.stream("POST", url, json=payload, headers=headers) as response:
            return len([loads(line) for line in response.iter_lines() if line])

    async def aread_all() -> int:
        async with aclient.stream("POST", url, json=payload, headers=headers) as response:
            return len([loads(line) async for line in response.aiter_lines() if line])

    def first() -> Any:
        with client.stream("POST", url, json=payload, headers=headers) as response:
            return next(loads(line) for line in response.iter_lines() if line)

    async def afirst() -> Any:
        async with aclient.stream("POST", url, json=payload, headers=headers) as response:
            async for line in response.aiter_lines():
                if line:
                    return loads(line)
        return None

    return Impl(read_all, aread_all, closers, first, afirst)


def _raw_results_impl(scenario: Scenario) -> Impl:
    url = f"{BASE_URL}/analyze/batches/{BATCH_ID}/results"
    headers = {"x-api-key": API_KEY}
    client = httpx.Client(transport=httpx.MockTransport(scenario.handler()))
    aclient = httpx.AsyncClient(transport=httpx.MockTransport(scenario.async_handler()))
    loads = json.loads

    def read_all() -> int:
        with client.stream("GET", url, headers=headers) as response:
            return len([loads(line) for line in response.iter_lines() if line])

    async def aread_all() -> int:
        async with aclient.stream("GET", url, headers=headers) as response:
            return len([loads(line) async for line in response.aiter_lines() if line])

    return Impl(read_all, aread_all, [client.close, aclient.aclose])


def generated_impl(scenario: Scenario) -> Impl:
    """Raw httpx with the generated models: the request model's ``to_dict`` as the body and the
    answer's ``from_dict`` (a union's variants tried in order), what the generated openapi-python-client
    functions did before the package stopped shipping them."""
    from twelvelabs_analyze_api.models import (  # noqa: PLC0415 - not in the SDK venv
        ChapterResult,
        GistRequest,
        GistResult,
        HighlightResult,
        SummarizeRequest,
        SummaryResult,
    )

    headers = {"x-api-key": API_KEY}
    client = httpx.Client(transport=httpx.MockTransport(scenario.handler()))
    aclient = httpx.AsyncClient(transport=httpx.MockTransport(scenario.async_handler()))
    url = f"{BASE_URL}/{scenario.endpoint}"
    parse: Callable[[Any], Any]
    request: GistRequest | SummarizeRequest
    if scenario.endpoint == "gist":
        request = GistRequest(video_id=VIDEO_ID, types=["title", "topic", "hashtag"])
        parse = GistResult.from_dict
    elif scenario.endpoint == "summarize":
        request = SummarizeRequest(video_id=VIDEO_ID, type_="chapter")

        def parse(data: Any) -> Any:
            for variant in (SummaryResult, ChapterResult, HighlightResult):
                try:
                    return variant.from_dict(data)
                except (KeyError, TypeError, ValueError):
                    continue
            raise ValueError("no variant of the summarize answer matches")
    else:
        raise ValueError(f"the generated layer is measured on gist and summarize, not {scenario.endpoint}")

    def call() -> Any:
        return parse(client.post(url, json=request.to_dict(), headers=headers).json())

    async def acall() -> Any:
        return parse((await aclient.post(url, json=request.to_dict(), headers=headers)).json())

    return Impl(call, acall, [client.close, aclient.aclose])


def ours_impl(scenario: Scenario) -> Impl:
    from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs  # noqa: PLC0415 - not in the SDK venv

    client = TwelveLabs(
        api_key=API_KEY,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(scenario.handler())),
    )
    aclient = AsyncTwelveLabs(
        api_key=API_KEY,
        base_url=BASE_URL,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(scenario.async_handler())),
    )
    closers: list[Callable[[], Any]] = [client.close, aclient.aclose]
    if scenario.endpoint == "gist":

        def call() -> Any:
            return client.gist(VIDEO_ID, types=GIST_TYPES)

        async def acall() -> Any:
            return await aclient.gist(VIDEO_ID, types=GIST_TYPES)

        return Impl(call, acall, closers)
    if scenario.endpoint == "summarize":

        def call() -> Any:
            return client.summarize(VIDEO_ID, type="chapter")

        async def acall() -> Any:
            return await aclient.summarize(VIDEO_ID, type="chapter")

        return Impl(call, acall, closers)
    if scenario.endpoint == "analyze":

        def call() -> Any:
            return client.analyze(video=ANALYZE_VIDEO, prompt=PROMPT)  # type: ignore[arg-type]

        async def acall() -> Any:
            return await aclient.analyze(video=ANALYZE_VIDEO, prompt=PROMPT)  # type: ignore[arg-type]

        return Impl(call, acall, closers)
    if scenario.endpoint == "batch_results":

        def read_results() -> int:
            with client.analyze_async.batches.results(BATCH_ID) as stream:
                return sum(1 for _ in stream)

        async def aread_results() -> int:
            stream = await aclient.analyze_async.batches.results(BATCH_ID)
            async with stream:
                return len([item async for item in stream])

        return Impl(read_results, aread_results, closers)

    def read_all() -> int:
        with client.analyze_stream(video=ANALYZE_VIDEO, prompt=PROMPT) as stream:  # type: ignore[arg-type]
            return sum(1 for _ in stream)

    async def aread_all() -> int:
        stream = await aclient.analyze_stream(video=ANALYZE_VIDEO, prompt=PROMPT)  # type: ignore[arg-type]
        async with stream:
            return len([event async for event in stream])

    def first() -> Any:
        with client.analyze_stream(video=ANALYZE_VIDEO, prompt=PROMPT) as stream:  # type: ignore[arg-type]
            return next(iter(stream))

    async def afirst() -> Any:
        stream = await aclient.analyze_stream(video=ANALYZE_VIDEO, prompt=PROMPT)  # type: ignore[arg-type]
        async with stream:
            async for event in stream:
                return event
        return None

    return Impl(read_all, aread_all, closers, first, afirst)


def sdk_version() -> str | None:
    """The version of the official SDK this interpreter has, or ``None``."""
    try:
        return importlib.metadata.version(SDK_NAME)
    except importlib.metadata.PackageNotFoundError:
        return None


def sdk_impl(scenario: Scenario) -> Impl:
    """The official SDK with the same MockTransport injected through ``httpx_client=``: gist and
    summarize need ``twelvelabs==1.1.0``, analyze and analyze_stream ``twelvelabs==1.3.6``."""
    sdk: Any = importlib.import_module(SDK_NAME)
    client = sdk.TwelveLabs(
        api_key=API_KEY,
        base_url=BASE_URL,
        httpx_client=httpx.Client(transport=httpx.MockTransport(scenario.handler())),
    )
    aclient = sdk.AsyncTwelveLabs(
        api_key=API_KEY,
        base_url=BASE_URL,
        httpx_client=httpx.AsyncClient(transport=httpx.MockTransport(scenario.async_handler())),
    )
    if scenario.endpoint == "gist":

        def call() -> Any:
            return client.gist(video_id=VIDEO_ID, types=GIST_TYPES)

        async def acall() -> Any:
            return await aclient.gist(video_id=VIDEO_ID, types=GIST_TYPES)

        return Impl(call, acall)
    if scenario.endpoint == "summarize":

        def call() -> Any:
            return client.summarize(video_id=VIDEO_ID, type="chapter")

        async def acall() -> Any:
            return await aclient.summarize(video_id=VIDEO_ID, type="chapter")

        return Impl(call, acall)
    if scenario.endpoint == "analyze":

        def call() -> Any:
            return client.analyze(video=ANALYZE_VIDEO, prompt=PROMPT)

        async def acall() -> Any:
            return await aclient.analyze(video=ANALYZE_VIDEO, prompt=PROMPT)

        return Impl(call, acall)
    if scenario.endpoint == "batch_results":

        def read_results() -> int:
            return sum(1 for _ in client.analyze_async.batches.results(batch_id=BATCH_ID))

        async def aread_results() -> int:
            return len([item async for item in aclient.analyze_async.batches.results(batch_id=BATCH_ID)])

        return Impl(read_results, aread_results)

    def read_all() -> int:
        return sum(1 for _ in client.analyze_stream(video=ANALYZE_VIDEO, prompt=PROMPT))

    async def aread_all() -> int:
        return len([event async for event in aclient.analyze_stream(video=ANALYZE_VIDEO, prompt=PROMPT)])

    def first() -> Any:
        events = client.analyze_stream(video=ANALYZE_VIDEO, prompt=PROMPT)
        try:
            return next(events)
        finally:
            events.close()

    async def afirst() -> Any:
        events = aclient.analyze_stream(video=ANALYZE_VIDEO, prompt=PROMPT)
        try:
            return await events.__anext__()
        finally:
            await events.aclose()

    return Impl(read_all, aread_all, [], first, afirst)


IMPLS: dict[str, Callable[[Scenario], Impl]] = {
    "raw": raw_httpx_impl,
    "generated": generated_impl,
    "ours": ours_impl,
    "sdk": sdk_impl,
}


# --------------------------------------------------------------------------- timing

_clock = time.thread_time  # CPU time of this thread: load elsewhere on the machine is not counted
MAX_REPETITION_SECONDS = 0.25


def _calibrate(run: Callable[[int], float], target: float, min_calls: int = 1) -> int:
    """Calls per repetition so that one repetition lasts about ``target`` seconds, and makes at
    least ``min_calls`` calls where that takes under :data:`MAX_REPETITION_SECONDS`.

    The floor matters for the big answers: 2,000 typed chapters survive a few young-generation
    collections and so bring full collections (milliseconds each) far more often than 2,000 raw
    dicts (which the collector does not track). A repetition of a few calls either holds one of
    them or not, and the median of such rounds would hide it; fifty calls amortize it as a
    long-running process does.
    """
    number = 1
    while True:
        elapsed = run(number)
        if elapsed >= target / 4 or number >= 1_000_000:
            per_call = max(elapsed, 1e-9) / number
            floor = min(min_calls, int(MAX_REPETITION_SECONDS / per_call))
            return max(1, round(target / per_call), floor)
        number *= 4


def _sync_runner(call: SyncCall) -> Callable[[int], float]:
    def run(number: int) -> float:
        start = _clock()
        for _ in range(number):
            call()
        return _clock() - start

    return run


def _async_runner(call: AsyncCall, loop: asyncio.AbstractEventLoop) -> Callable[[int], float]:
    async def many(number: int) -> float:
        start = _clock()
        for _ in range(number):
            await call()
        return _clock() - start

    def run(number: int) -> float:
        return loop.run_until_complete(many(number))

    return run


def time_side_by_side(runners: dict[str, Callable[[int], float]], sizes: Sizes) -> dict[str, Timing]:
    """Median seconds per call of each runner, the median of its per-round ratio to "raw", and
    the spread of those ratios (interquartile range, to show how noisy the run was).

    Rounds run every runner once, back to back and in a rotating order, so a burst of load
    from elsewhere on the machine lands on one round's pairs, which the median then drops.
    """
    numbers = {name: _calibrate(run, sizes.target_seconds, sizes.min_calls) for name, run in runners.items()}
    names = list(runners)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(sizes.repeats):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(runners[name](numbers[name]) / numbers[name])
    found: dict[str, Timing] = {}
    for name, values in samples.items():
        ratios = [v / raw for v, raw in zip(values, samples["raw"], strict=True)]
        quartiles = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else [ratios[0]] * 3
        found[name] = {
            "seconds": statistics.median(values),
            "ratio": statistics.median(ratios),
            "spread": quartiles[2] - quartiles[0],
        }
    return found


def measure_per_call(names: Sequence[str], calls: Sequence[str], sizes: Sizes) -> PerCall:
    """scenario → mode → implementation → timing, for the scenarios of the given endpoints.

    ``names`` must include "raw". Modes are "sync" and "async", and for streams also
    "first sync"/"first async" (open, read the first event, close).
    """
    results: PerCall = {}
    loop = asyncio.new_event_loop()
    try:
        for scenario in scenarios(sizes):
            if scenario.endpoint not in calls:
                continue
            impls = {name: IMPLS[name](scenario) for name in names}
            for name, impl in impls.items():  # a wrong answer must not pass for a fast one
                got = (count_items(impl.sync()), count_items(loop.run_until_complete(impl.async_())))
                if got != (scenario.expected_items, scenario.expected_items):
                    raise RuntimeError(
                        f"{name} on {scenario.name}: {got} items, not {scenario.expected_items}"
                    )
            modes: dict[str, dict[str, Timing]] = {
                "sync": time_side_by_side({n: _sync_runner(i.sync) for n, i in impls.items()}, sizes),
                "async": time_side_by_side(
                    {n: _async_runner(i.async_, loop) for n, i in impls.items()}, sizes
                ),
            }
            if all(i.first_sync is not None and i.first_async is not None for i in impls.values()):
                modes["first sync"] = time_side_by_side(
                    {n: _sync_runner(i.first_sync) for n, i in impls.items() if i.first_sync}, sizes
                )
                modes["first async"] = time_side_by_side(
                    {n: _async_runner(i.first_async, loop) for n, i in impls.items() if i.first_async},
                    sizes,
                )
            results[scenario.name] = modes
            for impl in impls.values():
                for close in impl.closers:
                    outcome = close()
                    if asyncio.iscoroutine(outcome):
                        loop.run_until_complete(outcome)
    finally:
        loop.close()
    return results


def measure_in_subprocess(
    names: Sequence[str],
    calls: Sequence[str],
    quick: bool,
    env: dict[str, str] | None = None,
    python: str | Path = sys.executable,
) -> PerCall:
    """``measure_per_call`` in a fresh interpreter (``python``: another venv's).

    Each group of implementations gets its own process so that one's imports (the SDK brings
    pydantic and tens of thousands of objects) do not make the garbage collector slower for
    another; every group includes raw httpx so its ratios are taken within the process.
    """
    command = [str(python), str(Path(__file__).resolve()), "--per-call-worker", ",".join(names)]
    command += ["--calls", ",".join(calls)]
    if quick:
        command.append("--quick")
    done = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, **(env or {})}, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"per-call worker {names} on {calls} failed:\n{done.stderr[-3000:]}")
    results: PerCall = json.loads(done.stdout)
    return results


def legacy_sdk_python() -> Path | None:
    """The Python of the second venv (``twelvelabs==1.1.0``) when ``make bench`` has built it."""
    python = SDK_LEGACY_VENV / "bin" / "python"
    if not python.exists():
        return None
    probe = subprocess.run(
        [str(python), "-c", f"import importlib.metadata as m; print(m.version({SDK_NAME!r}))"],
        capture_output=True,
        text=True,
        check=False,
    )
    return python if probe.returncode == 0 and probe.stdout.strip() == SDK_LEGACY else None


def live_sdk_available() -> bool:
    return sdk_version() == SDK_LIVE


TIMING_NOTE = (
    " Times are CPU time of the measuring thread (`time.thread_time`: time the process spends "
    "descheduled by other load is not counted; nothing here waits on I/O), garbage collection "
    "included: a repetition makes at least 50 calls where that takes under "
    f"{MAX_REPETITION_SECONDS:g} s, so the full collections that big typed results bring are "
    "amortized as in a long-running process."
)


def _noise_note(results: Sequence[PerCall | None]) -> str:
    spreads = [
        t["spread"]
        for found in results
        if found is not None
        for modes in found.values()
        for timings in modes.values()
        for name, t in timings.items()
        if name != "raw"
    ]
    if not spreads:
        return ""
    return (
        f" Noise: the interquartile range of the per-round ratios was {statistics.median(spreads):.2f} "
        f"(median over all rows; largest {max(spreads):.2f})."
    )


# --------------------------------------------------------------------------- section 1: gist/summarize


def per_call_section(sizes: Sizes, quick: bool) -> SectionResult:
    """The markdown of section 1 and the ratios the targets are judged on."""
    main = measure_in_subprocess(["raw", "generated", "ours"], LEGACY_CALLS, quick)
    stdlib = measure_in_subprocess(["raw", "ours"], LEGACY_CALLS, quick, {NO_ORJSON_ENV: "1"})
    sdk_python = legacy_sdk_python()
    sdk = (
        measure_in_subprocess(["raw", "sdk"], LEGACY_CALLS, quick, python=sdk_python)
        if sdk_python is not None
        else None
    )
    header = [
        "call",
        "mode",
        "raw httpx + json",
        "generated",
        "generated ×raw",
        "ours",
        "ours ×raw",
        "ours, stdlib json",
        "stdlib json ×raw",
        f"twelvelabs {SDK_LEGACY}",
        "twelvelabs ×raw",
        "twelvelabs ÷ ours",
    ]
    rows: list[list[str]] = []
    ratios: dict[str, float] = {}
    for scenario, modes in main.items():
        for mode, t in modes.items():
            alt = stdlib[scenario][mode]
            sdk_t = sdk[scenario][mode]["sdk"] if sdk is not None else None
            ours_ratio, stdlib_ratio = t["ours"]["ratio"], alt["ours"]["ratio"]
            speedup = ratio(sdk_t["ratio"], ours_ratio) if sdk_t is not None else None
            rows.append(
                [
                    scenario,
                    mode,
                    fmt_us(t["raw"]["seconds"]),
                    fmt_us(t["generated"]["seconds"]),
                    fmt_ratio(t["generated"]["ratio"]),
                    fmt_us(t["ours"]["seconds"]),
                    fmt_ratio(ours_ratio),
                    fmt_us(alt["ours"]["seconds"]),
                    fmt_ratio(stdlib_ratio),
                    fmt_us(sdk_t["seconds"]) if sdk_t is not None else "skipped",
                    fmt_ratio(sdk_t["ratio"] if sdk_t is not None else None),
                    fmt_ratio(speedup),
                ]
            )
            ratios[f"ours|{scenario}|{mode}"] = ours_ratio
            ratios[f"stdlib|{scenario}|{mode}"] = stdlib_ratio
            if speedup is not None:
                ratios[f"sdk_speedup|{scenario}|{mode}"] = speedup
    lines = ["## 1. Per-call cost of gist and summarize (in-process MockTransport, median per call)", ""]
    lines += markdown_table(header, rows)
    lines += [
        "",
        "*ours* = `TwelveLabs(...).summarize()` / `.gist()` and the async client, with orjson (the `fast` "
        "extra); *stdlib json* = the same with `TWELVELABS_ANALYZE_NO_ORJSON=1`; *generated* = "
        "raw httpx with the generated models (`GistRequest.to_dict()` as the body, `GistResult.from_dict` "
        "of the answer); "
        f"*twelvelabs {SDK_LEGACY}* = the last official SDK with gist and summarize, run by the Python of "
        f"a second venv (`{SDK_LEGACY_VENV.name}`, built by `make bench` with the same httpx) because it "
        f"cannot share one with {SDK_LIVE}. Each group runs in its own process beside raw httpx; times are "
        "medians over rounds, ratios the medians of each round's ratio to raw httpx measured back to "
        "back; *twelvelabs ÷ ours* divides the two ratios." + TIMING_NOTE + _noise_note([main, stdlib, sdk]),
    ]
    if sdk is None:
        lines.append(
            f"twelvelabs {SDK_LEGACY}: skipped — the second venv `{SDK_LEGACY_VENV.name}` is missing "
            "(`make bench` builds it)."
        )
    return lines, ratios


# --------------------------------------------------------------------------- section 2: analyze


def analyze_section(sizes: Sizes, quick: bool) -> SectionResult:
    main = measure_in_subprocess(["raw", "ours"], LIVE_CALLS, quick)
    stdlib = measure_in_subprocess(["raw", "ours"], LIVE_CALLS, quick, {NO_ORJSON_ENV: "1"})
    sdk = measure_in_subprocess(["raw", "sdk"], LIVE_CALLS, quick) if live_sdk_available() else None
    header = [
        "call",
        "mode",
        "raw httpx + json",
        "ours",
        "ours ×raw",
        "ours, stdlib json",
        "stdlib json ×raw",
        f"twelvelabs {SDK_LIVE}",
        "twelvelabs ×raw",
    ]
    rows: list[list[str]] = []
    ratios: dict[str, float] = {}
    for scenario, modes in main.items():
        for mode, t in modes.items():
            alt = stdlib[scenario][mode]
            sdk_t = sdk[scenario][mode]["sdk"] if sdk is not None else None
            rows.append(
                [
                    scenario,
                    mode,
                    fmt_us(t["raw"]["seconds"]),
                    fmt_us(t["ours"]["seconds"]),
                    fmt_ratio(t["ours"]["ratio"]),
                    fmt_us(alt["ours"]["seconds"]),
                    fmt_ratio(alt["ours"]["ratio"]),
                    fmt_us(sdk_t["seconds"]) if sdk_t is not None else "skipped",
                    fmt_ratio(sdk_t["ratio"] if sdk_t is not None else None),
                ]
            )
            ratios[f"ours|{scenario}|{mode}"] = t["ours"]["ratio"]
            ratios[f"stdlib|{scenario}|{mode}"] = alt["ours"]["ratio"]
            if sdk_t is not None:
                ratios[f"sdk_live|{scenario}|{mode}"] = sdk_t["ratio"]
    lines = ["## 2. The live endpoint: `analyze` (non-stream, in-process MockTransport, median per call)", ""]
    lines += markdown_table(header, rows)
    lines += [
        "",
        f"`analyze(video={{asset_id}}, prompt=...)`: every implementation sends the same body and gets a "
        "realistic answer (about 150 words of text, finish reason, usage, rate-limit headers). *ours* "
        "checks the arguments against the spec's schema (mutually exclusive and model-dependent "
        "parameters included) before sending. "
        f"*twelvelabs {SDK_LIVE}* = the current official SDK (pydantic models)."
        + TIMING_NOTE
        + _noise_note([main, stdlib, sdk]),
    ]
    if sdk is None:
        lines.append(f"twelvelabs {SDK_LIVE}: skipped — not installed (`pip install --group bench`).")
    return lines, ratios


# --------------------------------------------------------------------------- section 3: analyze_stream


def stream_section(sizes: Sizes, quick: bool) -> SectionResult:
    main = measure_in_subprocess(["raw", "ours"], STREAM_CALLS, quick)
    sdk = measure_in_subprocess(["raw", "sdk"], STREAM_CALLS, quick) if live_sdk_available() else None
    header = [
        "measure",
        "mode",
        "raw httpx iter_lines + json.loads",
        "ours",
        "ours ×raw",
        f"twelvelabs {SDK_LIVE}",
        "twelvelabs ×raw",
    ]
    rows: list[list[str]] = []
    ratios: dict[str, float] = {}
    scenario, results_scenario = main
    titles = {
        "sync": "whole stream",
        "async": "whole stream",
        "first sync": "time to first event",
        "first async": "time to first event",
    }
    for mode, t in main[scenario].items():
        sdk_t = sdk[scenario][mode]["sdk"] if sdk is not None else None
        rows.append(
            [
                titles[mode],
                mode.removeprefix("first "),
                fmt_us(t["raw"]["seconds"]),
                fmt_us(t["ours"]["seconds"]),
                fmt_ratio(t["ours"]["ratio"]),
                fmt_us(sdk_t["seconds"]) if sdk_t is not None else "skipped",
                fmt_ratio(sdk_t["ratio"] if sdk_t is not None else None),
            ]
        )
        key = "stream" if not mode.startswith("first") else "first_event"
        ratios[f"{key}|{mode.removeprefix('first ')}"] = t["ours"]["ratio"]
        if sdk_t is not None:
            ratios[f"sdk_{key}|{mode.removeprefix('first ')}"] = sdk_t["ratio"]
    chunks = next(s for s in scenarios(sizes) if s.name == scenario).chunks
    lines = [
        f"## 3. NDJSON stream: `analyze_stream`, {scenario.split(', ')[1]} (in-process MockTransport)",
        "",
    ]
    lines += markdown_table(header, rows)
    lines += [
        "",
        f"One `stream_start`, text_generation events of one to four words and a `stream_end`, "
        f"{sum(map(len, chunks)):,} bytes delivered in {len(chunks)} chunks of 40–400 bytes cut anywhere "
        "(lines split across chunks, as a network delivers them). *raw* = `httpx.Client.stream` + "
        "`iter_lines()` + `json.loads` per line (dicts, no checks); *ours* = `client.analyze_stream(...)` "
        "iterated to the end: each line decoded, checked and parsed into its typed event, the final "
        "event required, the text collected. *Time to first event* = open the stream, read the first "
        "event, close it (the client's part only: no network here)." + TIMING_NOTE + _noise_note([main, sdk]),
    ]
    if sdk is None:
        lines.append(f"twelvelabs {SDK_LIVE}: skipped — not installed (`pip install --group bench`).")
    lines += ["", *_results_table(sizes, results_scenario, main, sdk, header, ratios)]
    return lines, ratios


def _results_table(
    sizes: Sizes,
    scenario: str,
    main: PerCall,
    sdk: PerCall | None,
    header: list[str],
    ratios: dict[str, float],
) -> list[str]:
    """Section 3's second table: a batch's JSON Lines results read whole, sync and async."""
    rows: list[list[str]] = []
    for mode, t in main[scenario].items():
        sdk_t = sdk[scenario][mode]["sdk"] if sdk is not None else None
        rows.append(
            [
                "whole body",
                mode,
                fmt_us(t["raw"]["seconds"]),
                fmt_us(t["ours"]["seconds"]),
                fmt_ratio(t["ours"]["ratio"]),
                fmt_us(sdk_t["seconds"]) if sdk_t is not None else "skipped",
                fmt_ratio(sdk_t["ratio"] if sdk_t is not None else None),
            ]
        )
        ratios[f"batch_results|{mode}"] = t["ours"]["ratio"]
    chunks = next(s for s in scenarios(sizes) if s.name == scenario).chunks
    lines = [
        f"### Batch results: `analyze_async.batches.results`, {scenario.split(', ')[1]} (JSON Lines)",
        "",
    ]
    lines += markdown_table(header, rows)
    lines += [
        "",
        f"The results of a finished batch, one in twenty failed, the others ready with a paragraph of "
        f"analysis: {sum(map(len, chunks)):,} bytes in {len(chunks)} chunks of 40–400 bytes. *raw* = "
        "`iter_lines()` + `json.loads` per line; *ours* = `client.analyze_async.batches.results(batch_id)` "
        f"iterated to the end: each line checked and parsed into a typed `BatchResultItem` (its `data` an "
        f"`AnalyzeTaskResult`), a malformed line an error naming it; *twelvelabs {SDK_LIVE}* = its "
        "`results` iterator (pydantic models; it drops lines it cannot parse).",
    ]
    return lines


# --------------------------------------------------------------------------- section 4: import time

CORE_DEPENDENCIES = ("httpx", "attrs")  # this package's runtime dependencies (pyproject.toml)


def import_env(pycache: Path) -> dict[str, str]:
    """An environment where every module imports from bytecode, as after ``pip install``.

    ``PYTHONDONTWRITEBYTECODE`` (set on some machines) would make an editable checkout compile
    its sources on every import while site-packages loads ``.pyc`` files: unfair to this
    package. The bytecode goes to a private ``PYTHONPYCACHEPREFIX``, not into the source tree.
    """
    skip = {"PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME", "PYTHONPYCACHEPREFIX", "PYTHONPATH"}
    env = {k: v for k, v in os.environ.items() if k not in skip}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


_IMPORT_PROBE = "import time; _start = time.process_time(); {statement}; print(time.process_time() - _start)"
# What a user writes: the client class itself, which the package loads on first use.
OUR_IMPORT = "from twelvelabs_analyze import TwelveLabs"


def import_seconds(python: str | Path, statement: str, env: dict[str, str]) -> float:
    """CPU seconds that an import statement takes in a fresh interpreter (after its start-up).

    CPU time of the process (``time.process_time``) rather than ``-X importtime``'s wall clock:
    on a shared machine the wall clock counts whatever else runs, and an import is CPU work (the
    files are in the page cache after the first run).
    """
    done = subprocess.run(
        [str(python), "-c", _IMPORT_PROBE.format(statement=statement)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return float(done.stdout.strip())


def _requirement_names(distribution: importlib.metadata.Distribution) -> list[str]:
    """The distributions ``distribution`` needs (no extras), for this interpreter."""
    from packaging.requirements import Requirement  # noqa: PLC0415 - the dev venv has packaging

    names = []
    for text in distribution.requires or []:
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            names.append(requirement.name)
    return names


def _copy_distributions(roots: Sequence[str], site: Path) -> list[str]:
    """Copy the installed files of ``roots`` and everything they need into ``site``: the same
    versions as this venv, without pip or the network. Returns ``name==version`` of each."""
    seen: dict[str, importlib.metadata.Distribution] = {}
    pending = list(roots)
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        distribution = importlib.metadata.distribution(name)
        seen[key] = distribution
        pending.extend(_requirement_names(distribution))
    for distribution in seen.values():
        for file in distribution.files or []:
            source = Path(str(distribution.locate_file(file)))
            if ".." in file.parts or not source.is_file() or "__pycache__" in file.parts:
                continue  # scripts outside site-packages, bytecode (compiled afresh below)
            target = site / file
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return sorted(f"{d.metadata['Name']}=={d.version}" for d in seen.values())


def _built_wheel(out: Path) -> Path | None:
    """This package's wheel, built from the checkout without network (needs hatchling: the bench group)."""
    if importlib.util.find_spec("hatchling") is None or importlib.util.find_spec("build") is None:
        return None
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    wheels = sorted(out.glob("twelvelabs_analyze-*.whl"))
    if done.returncode != 0 or not wheels:
        raise RuntimeError(f"building the wheel failed:\n{done.stdout[-1500:]}\n{done.stderr[-1500:]}")
    return wheels[-1]


def clean_venv(where: Path) -> tuple[Path, str]:
    """A venv with only this package (its built wheel) and its core dependencies; its Python and
    a description of how the package got there."""
    venv = where / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    pinned = _copy_distributions(CORE_DEPENDENCIES, site)
    wheel = _built_wheel(where / "dist")
    if wheel is not None:
        with zipfile.ZipFile(wheel) as archive:  # a pure-Python wheel installs by unpacking it
            archive.extractall(site)
        how = f"the built wheel `{wheel.name}`"
    else:  # what the wheel holds (pyproject.toml: tool.hatch.build.targets.wheel)
        shutil.copytree(ROOT / "generated" / "twelvelabs_analyze_api", site / "twelvelabs_analyze_api")
        shutil.copytree(ROOT / "wrapper" / "twelvelabs_analyze", site / "twelvelabs_analyze")
        how = "the package's files copied from the checkout (hatchling, for a wheel, is in the bench group)"
    return python, f"{how} + {', '.join(pinned)}"


def import_section(sizes: Sizes, quick: bool) -> SectionResult:
    with tempfile.TemporaryDirectory(prefix="tl-bench-import-") as tmp:
        pycache = Path(tmp) / "pycache"
        env = import_env(pycache)
        python, contents = clean_venv(Path(tmp))
        dev = Path(sys.executable)
        runs: list[tuple[str, str | Path, str]] = [
            ("clean", python, f"import {', '.join(CORE_DEPENDENCIES)}"),
            ("clean", python, "import httpx"),
            ("clean", python, OUR_IMPORT),
            ("dev", dev, "import httpx"),
            ("dev", dev, OUR_IMPORT),
        ]
        if live_sdk_available():
            runs.append(("dev", dev, f"import {SDK_NAME}"))
        # Compile every module of both venvs first (into the private prefix), as pip install does.
        site = subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for path in (site, sysconfig.get_paths()["purelib"], str(ROOT / "wrapper"), str(ROOT / "generated")):
            subprocess.run(
                [sys.executable, "-m", "compileall", "-q", "-j", "0", path],
                env=env,
                capture_output=True,
                check=False,
            )
        samples: dict[int, list[float]] = {i: [] for i in range(len(runs))}
        for _ in range(sizes.import_runs):  # interleaved, like the per-call timings
            for index, (_, interpreter, statement) in enumerate(runs):
                samples[index].append(import_seconds(interpreter, statement, env))
    medians = {i: statistics.median(v) for i, v in samples.items()}
    baselines = {"clean": medians[0], "dev": medians[3]}
    names = {"clean": "clean venv", "dev": "dev venv (all extras and tools)"}
    rows = []
    for index, (venv, _, statement) in enumerate(runs):
        baseline = "`import httpx, attrs`" if venv == "clean" else "`import httpx`"
        rows.append(
            [
                names[venv],
                f"`{statement}`",
                f"{medians[index] * 1000:.1f} ms",
                f"{fmt_ratio(ratio(medians[index], baselines[venv]))} {baseline}",
            ]
        )
    lines = [
        f"## 4. Import time (CPU time of the import statement, median of {sizes.import_runs} fresh processes)",
        "",
    ]
    lines += markdown_table(["venv", "statement", "import", "ratio"], rows)
    lines += [
        "",
        f"The clean venv holds {contents} — the core dependencies only: no click or rich, which "
        "httpx imports when they are installed (the dev venv's rows show the difference). Every module "
        "loads from bytecode compiled beforehand (a private `PYTHONPYCACHEPREFIX`), as after `pip install`; "
        "runs are interleaved.",
    ]
    if not live_sdk_available():
        lines += ["", f"`import twelvelabs`: skipped — twelvelabs {SDK_LIVE} is not installed."]
    ours = ratio(medians[2], medians[0])
    return lines, ({"import": ours} if ours is not None else {})


# --------------------------------------------------------------------------- the fake server, in its own process


class FakeServer:
    """``FakeTwelveLabs.serve()`` in a child process, so the server has a core of its own and
    its work is not counted against the client being measured. ``take_records`` returns
    (arrival time, status) of the requests since the last call."""

    def __init__(self, limit: int, window_seconds: float, chunk_size: int = 0) -> None:
        spec = f"{limit},{window_seconds}" + (f",{chunk_size}" if chunk_size else "")
        self._process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve-worker", spec],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._stdin, self._stdout = self._process.stdin, self._process.stdout
        self.base_url = self._stdout.readline().strip()
        if not self.base_url.startswith("http://127.0.0.1:"):
            self.close()
            raise RuntimeError(f"the fake server did not start (said {self.base_url!r})")

    def take_records(self) -> list[tuple[float, int]]:
        self._stdin.write("records\n")
        self._stdin.flush()
        records: list[tuple[float, int]] = [tuple(r) for r in json.loads(self._stdout.readline())]
        return records

    def close(self) -> None:
        if self._process.stdin:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def serve_worker(spec: str) -> int:
    """The child of :class:`FakeServer`: serve until stdin closes, answering "records" lines."""
    from twelvelabs_analyze.testing import FakeTwelveLabs  # noqa: PLC0415 - the testing extra

    limit, window, *chunk = spec.split(",")
    fake = FakeTwelveLabs(api_key=API_KEY, rate_limit=int(limit), window_seconds=float(window))
    if chunk:  # section 7: multipart sessions of this chunk size, assets ready at once
        fake.configure_uploads(chunk_size=int(chunk[0]), initial_urls=50, asset_processing=0)
    with fake.serve() as base_url:
        print(base_url, flush=True)
        for line in sys.stdin:
            if line.strip() == "records":
                to_epoch = time.time() - time.monotonic()  # records carry monotonic arrival times
                records = [(r.time + to_epoch, r.status) for r in fake.requests]
                fake.clear_requests()
                print(json.dumps(records), flush=True)
    return 0


def fake_server_missing() -> str | None:
    """Why sections 5 and 6 cannot run here, or ``None``."""
    for module in ("twelvelabs_analyze.testing", "uvicorn"):
        try:
            importlib.import_module(module)
        except ImportError as exc:
            return f"skipped: {module} is not importable ({exc}); install the testing extra"
    return None


# --------------------------------------------------------------------------- section 5: async throughput


async def _throughput(call: AsyncCall, requests: int, concurrency: int) -> float:
    """Requests per second for ``requests`` calls made by ``concurrency`` tasks (after a warm-up)."""
    await asyncio.gather(*(call() for _ in range(concurrency)))  # open the connections first
    remaining = requests

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return requests / (time.perf_counter() - start)


async def _raw_throughput(base_url: str, requests: int, concurrency: int) -> float:
    url, headers = f"{base_url}/gist", {"x-api-key": API_KEY}
    payload = {"video_id": VIDEO_ID, "types": GIST_TYPES}
    async with httpx.AsyncClient() as client:

        async def call() -> Any:
            response = await client.post(url, json=payload, headers=headers)
            response.raise_for_status()
            return response.json()

        return await _throughput(call, requests, concurrency)


async def _ours_throughput(base_url: str, requests: int, concurrency: int) -> float:
    from twelvelabs_analyze import AsyncTwelveLabs  # noqa: PLC0415 - not in the SDK venv

    async with AsyncTwelveLabs(api_key=API_KEY, base_url=base_url, max_retries=0) as client:

        async def call() -> Any:
            return await client.gist(VIDEO_ID, types=GIST_TYPES)

        return await _throughput(call, requests, concurrency)


def throughput_section(sizes: Sizes, quick: bool) -> SectionResult:
    title = (
        f"## 5. Async throughput against `fake.serve()` on loopback (gist, {sizes.requests} requests a run)"
    )
    missing = fake_server_missing()
    if missing:
        return [title, "", *markdown_table(["concurrency", "result"], [["—", missing]])], {}
    rows: list[list[str]] = []
    ratios: dict[str, float] = {}
    with FakeServer(limit=10**9, window_seconds=1.0) as server:
        for concurrency in sizes.concurrency:
            raw_rates: list[float] = []
            ours_rates: list[float] = []
            for round_ in range(sizes.throughput_rounds):  # alternate who goes first
                pair = [(_raw_throughput, raw_rates), (_ours_throughput, ours_rates)]
                for run, rates in pair if round_ % 2 == 0 else pair[::-1]:
                    rates.append(asyncio.run(run(server.base_url, sizes.requests, concurrency)))
                server.take_records()  # the fake keeps every request; let it forget them
            round_ratios = [o / r for o, r in zip(ours_rates, raw_rates, strict=True)]
            per_round = statistics.median(round_ratios)
            raw, ours = statistics.median(raw_rates), statistics.median(ours_rates)
            spread = f"{min(round_ratios):.2f}–{max(round_ratios):.2f}"
            rows.append([str(concurrency), f"{raw:,.0f}", f"{ours:,.0f}", fmt_ratio(per_round), spread])
            ratios[f"throughput|{concurrency}"] = per_round
    lines = [title, ""]
    header = ["concurrency", "raw httpx.AsyncClient req/s", "ours req/s", "ours ÷ raw", "rounds' range"]
    lines += markdown_table(header, rows)
    lines += [
        "",
        f"Medians of {sizes.throughput_rounds} alternating rounds; the fake runs in a child process. "
        "Both clients use httpx's default connection limits. Wall-clock rates over real sockets: of "
        "all the sections the most exposed to other load on the machine (the rounds' range shows it).",
    ]
    return lines, ratios


# --------------------------------------------------------------------------- section 6: rate-limited batch


def _windows(times: Sequence[float], window: float) -> list[int]:
    """The fake's window index of each arrival (epoch seconds).

    Like the fake: a window opens at the first request after one ends, on the whole second
    that request arrived in when the window lasts a second or more.
    """
    indexes: list[int] = []
    end: float | None = None
    for t in times:
        if end is None or t >= end:
            end = (math.floor(t) if window >= 1 else t) + window
            indexes.append(indexes[-1] + 1 if indexes else 0)
        else:
            indexes.append(indexes[-1])
    return indexes


def batch_stats(records: Sequence[tuple[float, int]], limit: int, window: float) -> dict[str, float]:
    """Achieved ÷ allowed rate, 429s, and the most 429s in one window, from the fake's records.

    The achieved rate is taken over whole windows: the successes before the last window,
    divided by the time from the first window's start to the last one's. A client that
    resumes the moment each window opens scores 1.0, however fast the server answers; it
    needs at least two windows (``nan`` otherwise).
    """
    records = sorted(records)
    indexes = _windows([t for t, _ in records], window)
    starts: dict[int, float] = {}
    ok_per_window: dict[int, int] = {}
    per_window_429: dict[int, int] = {}
    for index, (t, status) in zip(indexes, records, strict=True):
        starts.setdefault(index, math.floor(t) if window >= 1 else t)  # when the fake opened it
        if status == 200:
            ok_per_window[index] = ok_per_window.get(index, 0) + 1
        elif status == 429:
            per_window_429[index] = per_window_429.get(index, 0) + 1
    last = indexes[-1] if indexes else 0
    efficiency = float("nan")
    if last > 0:
        ok_before_last = sum(n for i, n in ok_per_window.items() if i < last)
        efficiency = (ok_before_last / (starts[last] - starts[0])) / (limit / window)
    ok_times = [t for t, status in records if status == 200]
    return {
        "efficiency": efficiency,
        "seconds": ok_times[-1] - ok_times[0] if ok_times else float("nan"),
        "ok": sum(ok_per_window.values()),
        "429s": sum(per_window_429.values()),
        "max_429_per_window": max(per_window_429.values(), default=0),
        "windows": last + 1 if indexes else 0,
    }


def batch_section(sizes: Sizes, quick: bool) -> SectionResult:
    limit, window, items = sizes.batch_limit, sizes.batch_window, sizes.batch_items
    title = (
        f"## 6. `twelvelabs-analyze batch --gist` against a rate-limited fake "
        f"({limit} requests per {window:g} s, {items} videos, concurrency {sizes.batch_concurrency})"
    )
    header = [
        "allowed rate",
        "achieved ÷ allowed",
        "first → last success",
        "requests",
        "429s",
        "most 429s in a window",
        "windows",
        "videos lost",
    ]
    missing = fake_server_missing() or (
        None
        if all(importlib.util.find_spec(name) is not None for name in ("click", "rich"))
        else "skipped: the CLI extra (click, rich) is not installed"
    )
    if missing:
        return [title, "", *markdown_table(header, [[missing] + ["—"] * (len(header) - 1)])], {}
    ids = [f"{i:024x}" for i in range(1, items + 1)]
    with tempfile.TemporaryDirectory(prefix="tl-bench-") as tmp, FakeServer(limit, window) as server:
        ids_file, out_file = Path(tmp) / "ids.txt", Path(tmp) / "results.jsonl"
        ids_file.write_text("\n".join(ids) + "\n", encoding="utf-8")
        env = {**os.environ, "TWELVELABS_BASE_URL": server.base_url, "TWELVELABS_API_KEY": API_KEY}
        command = [sys.executable, "-m", "twelvelabs_analyze", "batch", str(ids_file)]
        command += ["--out", str(out_file), "--gist", "--concurrency", str(sizes.batch_concurrency)]
        done = subprocess.run(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        records = server.take_records()
        succeeded = set()
        if out_file.exists():
            for line in out_file.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                if record.get("ok"):
                    succeeded.add(record["video_id"])
    stats = batch_stats(records, limit, window)
    lost = len(set(ids) - succeeded)
    row = [
        f"{limit / window:g} req/s",
        fmt_ratio(stats["efficiency"]),
        f"{stats['seconds']:.2f} s",
        str(len(records)),
        str(int(stats["429s"])),
        str(int(stats["max_429_per_window"])),
        str(int(stats["windows"])),
        str(lost),
    ]
    lines = [title, "", *markdown_table(header, [row]), ""]
    lines.append(
        "Achieved rate = successes before the last window ÷ time from the first window's start to the "
        "last one's (whole windows only), from the fake's own records; "
        f"the batch exited with code {done.returncode}."
    )
    if done.returncode != 0:
        lines.append(f"CLI stderr (tail): `{' '.join(done.stderr.split()[-40:])}`")
    found = {"batch_max_429": stats["max_429_per_window"], "batch_lost": float(lost)}
    if not math.isnan(stats["efficiency"]):
        found["batch_efficiency"] = stats["efficiency"]
    return lines, found


# --------------------------------------------------------------------------- report

# --------------------------------------------------------------------------- section 7: uploads


def _sparse_file(where: Path, size: int) -> Path:
    path = where / "upload.mp4"
    with path.open("wb") as file:
        file.truncate(size)
    return path


def _raw_upload(base_url: str, path: Path, size: int) -> float:
    """Seconds for raw httpx PUTs of every chunk, one after the other, to a session's presigned URLs
    (the session and its URLs are fetched before the clock starts)."""
    headers = {"x-api-key": API_KEY}
    with httpx.Client(timeout=120) as client:
        created = client.post(
            f"{base_url}/assets/multipart-uploads",
            json={"filename": path.name, "type": "video", "total_size": size},
            headers=headers,
        ).json()
        chunk, total = created["chunk_size"], created["total_chunks"]
        urls = {u["chunk_index"]: u["url"] for u in created["upload_urls"]}
        for start in range(len(urls) + 1, total + 1, 50):
            more = client.post(
                f"{base_url}/assets/multipart-uploads/{created['upload_id']}/presigned-urls",
                json={"start": start, "count": min(50, total - start + 1)},
                headers=headers,
            ).json()
            urls.update({u["chunk_index"]: u["url"] for u in more["upload_urls"]})
        buffer = bytearray(chunk)
        started = time.perf_counter()
        with path.open("rb") as file:
            for index in range(1, total + 1):
                count = file.readinto(buffer)
                client.put(urls[index], content=bytes(memoryview(buffer)[:count])).raise_for_status()
        return time.perf_counter() - started


def _ours_upload(base_url: str, path: Path) -> float:
    from twelvelabs_analyze import TwelveLabs  # noqa: PLC0415 - not in the SDK venv

    with TwelveLabs(api_key=API_KEY, base_url=base_url, timeout=120) as client:
        started = time.perf_counter()
        client.assets.upload(path, direct_limit=0, resume=False, poll_interval=0.01)
        return time.perf_counter() - started


def upload_section(sizes: Sizes, quick: bool) -> SectionResult:
    mib = sizes.upload_bytes / 1024**2
    title = f"## 7. Upload of a {mib:,.0f} MiB sparse file to `fake.serve()` on loopback (multipart)"
    missing = fake_server_missing()
    if missing:
        return [title, "", *markdown_table(["result"], [[missing]])], {}
    with tempfile.TemporaryDirectory() as where, FakeServer(10**9, 1.0, sizes.upload_chunk) as server:
        path = _sparse_file(Path(where), sizes.upload_bytes)
        raw_times: list[float] = []
        ours_times: list[float] = []
        base_url = server.base_url

        def raw_run() -> float:
            return _raw_upload(base_url, path, sizes.upload_bytes)

        def ours_run() -> float:
            return _ours_upload(base_url, path)

        pair: list[tuple[Callable[[], float], list[float]]] = [(raw_run, raw_times), (ours_run, ours_times)]
        for round_ in range(max(1, sizes.throughput_rounds // 2)):  # alternate who goes first
            for run, times in pair if round_ % 2 == 0 else pair[::-1]:
                times.append(run())
            server.take_records()
    raw, ours = statistics.median(raw_times), statistics.median(ours_times)
    share = raw / ours
    rows = [[f"{mib / raw:,.0f}", f"{mib / ours:,.0f}", fmt_ratio(share)]]
    lines = [title, ""]
    lines += markdown_table(["raw httpx PUTs MiB/s", "assets.upload MiB/s", "ours ÷ raw"], rows)
    lines += [
        "",
        f"Chunks of {sizes.upload_chunk / 1024**2:,.0f} MiB; ours: the whole call (session, 4 parts in "
        "parallel, reports, the wait for `ready`); raw: one httpx.Client PUTting the chunks in turn "
        "(URLs fetched before the clock starts). The fake runs in a child process.",
    ]
    return lines, {"upload_throughput": share}


SECTIONS: dict[str, Callable[[Sizes, bool], SectionResult]] = {
    "per-call": per_call_section,
    "analyze": analyze_section,
    "stream": stream_section,
    "import": import_section,
    "throughput": throughput_section,
    "batch": batch_section,
    "upload": upload_section,
}


def machine_line() -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"{os.cpu_count()} CPUs, {platform.python_implementation()} {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, httpx {httpx.__version__}, {now}"
    )


def profile_call(name: str, seconds: float) -> int:
    """``--profile``: pyinstrument's call tree of this package's client making one call, repeated."""
    try:
        pyinstrument: Any = importlib.import_module("pyinstrument")
    except ImportError:
        print("--profile needs pyinstrument: pip install --group bench (make bench does)", file=sys.stderr)
        return 2
    known = {s.name: s for s in scenarios(FULL)} | {s.endpoint: s for s in scenarios(FULL)}
    chosen = known.get(name)
    if chosen is None:
        print(f"--profile: unknown call {name!r}; one of {', '.join(sorted(known))}", file=sys.stderr)
        return 2
    call = ours_impl(chosen).sync
    number = _calibrate(_sync_runner(call), seconds)
    profiler = pyinstrument.Profiler(interval=0.0001)
    profiler.start()
    _sync_runner(call)(number)
    profiler.stop()
    print(f"{number} calls of: {chosen.name}")
    print(profiler.output_text(unicode=True, color=False))
    return 0


@dataclass(frozen=True)
class Target:
    text: str
    keys: tuple[str, ...]  # ratios judged together: the worst of them counts
    limit: float
    at_least: bool  # True: the measured value must be >= limit
    show: Callable[[float], str] = fmt_ratio

    def judge(self, ratios: dict[str, float]) -> list[str] | None:
        found = [ratios[k] for k in self.keys if k in ratios]
        if not found:
            return None
        worst = min(found) if self.at_least else max(found)
        met = worst >= self.limit if self.at_least else worst <= self.limit
        return [self.text, ", ".join(self.show(v) for v in found), "met" if met else "**not met**"]


def targets(sizes: Sizes) -> list[Target]:
    small, big = "summarize, 5 chapters", f"summarize, {max(sizes.chapters)} chapters"
    modes = ("sync", "async")
    return [
        Target(
            "small calls (gist; 5 chapters) ≤ 1.10× raw httpx",
            tuple(f"ours|{s}|{m}" for s in ("gist", small) for m in modes),
            1.10,
            at_least=False,
        ),
        Target(
            f"{max(sizes.chapters)} chapters ≤ 1.5× raw httpx (with orjson)",
            tuple(f"ours|{big}|{m}" for m in modes),
            1.5,
            at_least=False,
        ),
        Target(
            f"{max(sizes.chapters)} chapters ≤ 1.5× raw httpx (stdlib json; for information)",
            tuple(f"stdlib|{big}|{m}" for m in modes),
            1.5,
            at_least=False,
        ),
        Target(
            "`analyze` (non-stream) ≤ 1.10× raw httpx",
            tuple(f"ours|analyze|{m}" for m in modes),
            1.10,
            at_least=False,
        ),
        Target(
            f"`analyze_stream`, {sizes.stream_events} events ≤ 1.3× raw httpx `iter_lines` + `json.loads`",
            tuple(f"stream|{m}" for m in modes),
            1.3,
            at_least=False,
        ),
        Target(
            f"batch results, {sizes.batch_results} items ≤ 1.3× raw httpx `iter_lines` + `json.loads`",
            tuple(f"batch_results|{m}" for m in modes),
            1.3,
            at_least=False,
        ),
        Target(
            f"≥ 8× faster than twelvelabs {SDK_LEGACY} on small calls (5 chapters)",
            tuple(f"sdk_speedup|{small}|{m}" for m in modes),
            8.0,
            at_least=True,
        ),
        Target(
            "the same on gist (for information: the SDK's gist is only ~3× raw httpx)",
            tuple(f"sdk_speedup|gist|{m}" for m in modes),
            8.0,
            at_least=True,
        ),
        Target(
            f"≥ 30× faster than twelvelabs {SDK_LEGACY} on {max(sizes.chapters)} chapters",
            tuple(f"sdk_speedup|{big}|{m}" for m in modes),
            30.0,
            at_least=True,
        ),
        Target(
            "`from twelvelabs_analyze import TwelveLabs` ≤ 1.25× `import httpx, attrs` (clean venv)",
            ("import",),
            1.25,
            at_least=False,
        ),
        Target("async throughput ≥ 0.9× raw httpx at concurrency 64", ("throughput|64",), 0.9, at_least=True),
        Target("batch: ≥ 95 % of the allowed rate", ("batch_efficiency",), 0.95, True, "{:.0%}".format),
        Target("batch: at most one 429 per window", ("batch_max_429",), 1.0, False, "{:.0f}".format),
        Target("batch: no video lost", ("batch_lost",), 0.0, False, "{:.0f}".format),
        Target("upload throughput ≥ 0.8× raw httpx PUTs", ("upload_throughput",), 0.8, at_least=True),
    ]


def targets_section(sizes: Sizes, ratios: dict[str, float]) -> list[str]:
    rows = [row for target in targets(sizes) if (row := target.judge(ratios)) is not None]
    lines = ["## Targets (ratios from this run)", ""]
    return lines + markdown_table(["target", "measured", "verdict"], rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="tiny sizes: proves every section runs")
    parser.add_argument("--output", type=Path, help="also write the markdown report to this file")
    parser.add_argument(
        "--sections",
        default=",".join(SECTIONS),
        help=f"comma-separated subset of {','.join(SECTIONS)} (default: all)",
    )
    parser.add_argument(
        "--profile",
        metavar="CALL",
        help="instead of the report, profile our client on one call: gist, summarize, analyze, analyze_stream "
        'or a full name such as "summarize, 2000 chapters"',
    )
    parser.add_argument("--per-call-worker", metavar="IMPLS", help=argparse.SUPPRESS)
    parser.add_argument("--calls", default="gist,summarize", help=argparse.SUPPRESS)
    parser.add_argument("--serve-worker", metavar="LIMIT,WINDOW", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.sections.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s): {', '.join(unknown)}")
    sizes = QUICK if args.quick else FULL
    if args.profile:
        return profile_call(args.profile, 0.1 if args.quick else 1.0)
    if args.serve_worker:  # the child of FakeServer
        return serve_worker(args.serve_worker)
    if args.per_call_worker:  # the child of measure_in_subprocess
        print(json.dumps(measure_per_call(args.per_call_worker.split(","), args.calls.split(","), sizes)))
        return 0
    lines = [
        "# Benchmarks" + (" (--quick: tiny sizes, figures not meaningful)" if args.quick else ""),
        "",
        f"Machine: {machine_line()}.",
        "",
    ]
    ratios: dict[str, float] = {}
    for name, run_section in SECTIONS.items():
        if name in chosen:
            section, found = run_section(sizes, args.quick)
            lines += [*section, ""]
            ratios.update(found)
    lines += targets_section(sizes, ratios)
    report = "\n".join(lines)
    print(report)
    if args.output:
        args.output.write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
