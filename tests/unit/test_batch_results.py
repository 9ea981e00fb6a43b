"""``analyze_async.batches.results(batch_id)``: the JSON Lines body as typed ``BatchResultItem``s,
as the bytes arrive, whatever the chunking; a line that is not a result is an error naming its
line number, never skipped (the official SDK 1.3.6 drops such lines silently)."""

from __future__ import annotations

import asyncio
import gc
import itertools
import json
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit._transport import Both, Chunks, Script
from twelvelabs_analyze import APIResponseValidationError, TwelveLabsError
from twelvelabs_analyze.types import AnalyzeTaskResult, BatchItemError, BatchResultItem

JSONL = {"content-type": "application/jsonl"}
READY = {
    "task_id": "t0",
    "custom_id": "summary-001",
    "status": "ready",
    "data": {
        "generation_id": "g0",
        "data": "This video covers the keynote launch...",
        "finish_reason": "stop",
        "usage": {"output_tokens": 150, "input_tokens": 45},
    },
}
FAILED = {
    "task_id": "t1",
    "custom_id": "summary-002",
    "status": "failed",
    "error": {"code": "asset_unavailable", "message": "The asset could not be read."},
}
QUEUED = {"task_id": "t2", "custom_id": None, "status": "queued"}


def read(mode: str, chunks: list[bytes]) -> tuple[list[Any], TwelveLabsError | None]:
    """The items handed out and the error that ended the stream (None when it ended well)."""
    both = Both(mode, Script(httpx.Response(200, headers=JSONL, stream=Chunks(chunks))), max_retries=0)
    seen: list[Any] = []

    def factory(client: Any) -> Any:
        return client.analyze_async.batches.results("b1")

    if mode == "sync":
        stream = factory(both.client)
        try:
            seen.extend(stream)
        except TwelveLabsError as error:
            return seen, error
        return seen, None

    async def run() -> tuple[list[Any], TwelveLabsError | None]:
        stream = await factory(both.client)
        try:
            async for item in stream:
                seen.append(item)
        except TwelveLabsError as error:
            return seen, error
        return seen, None

    return asyncio.run(run())


def lines(*items: dict[str, Any] | bytes) -> bytes:
    return b"".join((i if isinstance(i, bytes) else json.dumps(i).encode()) + b"\n" for i in items)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_each_line_is_a_typed_result(mode: str) -> None:
    items, error = read(mode, [lines(READY, FAILED, QUEUED)])
    assert error is None
    assert all(isinstance(item, BatchResultItem) for item in items)
    ready, failed, queued = items
    assert isinstance(ready.data, AnalyzeTaskResult) and ready.data.usage.output_tokens == 150
    assert isinstance(failed.error, BatchItemError) and failed.error.code == "asset_unavailable"
    assert (queued.custom_id, queued.status) == (None, "queued")


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("bad", "says"),
    [
        (b'{"task_id": "t9", "status": "ready", "data": {"generation_id": "g"', "is not JSON"),
        (b"<html>oops</html>", "is not JSON"),
        (b'{"custom_id": "x", "status": "ready"}', "is not a documented event"),
        (b'{"task_id": "t9", "custom_id": "x", "status": "ready", "data": {"data": 5}}', "documented"),
    ],
)
def test_a_malformed_line_is_an_error_naming_its_number(mode: str, bad: bytes, says: str) -> None:
    items, error = read(mode, [lines(READY, b"", FAILED, bad, QUEUED)])
    assert [item.task_id for item in items] == ["t0", "t1"], "the lines before it, never the ones after"
    assert type(error) is APIResponseValidationError
    assert error.line_number == 4
    assert "line 4 of the GET /analyze/batches/{batch_id}/results stream" in str(error)
    assert says in str(error)


results = st.fixed_dictionaries(
    {
        "task_id": st.text("0123456789abcdef", min_size=1, max_size=24),
        "custom_id": st.one_of(st.none(), st.text("ab-_09", min_size=1, max_size=8)),
    }
).flatmap(
    lambda base: st.sampled_from([READY, FAILED, QUEUED, {"status": "canceled"}]).map(
        lambda kind: {**kind, **base}
    )
)
bad_lines = st.one_of(
    st.binary(min_size=1, max_size=20).filter(lambda b: b"\n" not in b and b.strip() != b""),
    st.sampled_from([b"{}", b"[]", b"null", b'{"task_id": 5}', b'{"task_id": "t", "status": "ready"']),
)


@settings(max_examples=100, deadline=None)
@given(
    data=st.data(),
    items=st.lists(results, max_size=12),
    mode=st.sampled_from(["sync", "async"]),
    crlf=st.booleans(),
)
def test_any_body_in_any_chunks(
    data: st.DataObject, items: list[dict[str, Any]], mode: str, crlf: bool
) -> None:
    body = [json.dumps(item).encode() for item in items]
    for _ in range(data.draw(st.integers(0, 2))):  # blank lines change nothing
        body.insert(data.draw(st.integers(0, len(body))), b"")
    bad_at: int | None = None
    if data.draw(st.booleans()):
        bad_at = data.draw(st.integers(0, len(body)))
        body.insert(bad_at, data.draw(bad_lines))
    content = (b"\r\n" if crlf else b"\n").join(body) + data.draw(st.sampled_from([b"", b"\n"]))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(content)), max_size=10)))
    chunks = [content[a:b] for a, b in itertools.pairwise([0, *cuts, len(content)])]
    seen, error = read(mode, chunks)
    before = [json.loads(line) for line in body[:bad_at] if line.strip()]
    if bad_at is None:
        assert error is None
    else:
        assert isinstance(error, APIResponseValidationError), "never skipped"
        assert error.line_number == bad_at + 1
    assert [(item.task_id, item.custom_id, item.status) for item in seen] == [
        (item["task_id"], item["custom_id"], item["status"]) for item in before
    ]


class _Generated(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A long body made as it is read, so the test itself holds none of it."""

    def __init__(self, count: int) -> None:
        self.count = count

    def _chunks(self) -> Iterator[bytes]:
        for start in range(0, self.count, 50):
            yield b"".join(
                json.dumps({**READY, "task_id": f"t{i}", "custom_id": f"c{i}"}).encode() + b"\n"
                for i in range(start, min(start + 50, self.count))
            )

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            yield chunk


def test_memory_does_not_grow_with_the_number_of_results() -> None:
    """20,000 results (~5 MB of JSON Lines) are read holding a few at a time."""
    both = Both("sync", Script(httpx.Response(200, headers=JSONL, stream=_Generated(20_000))), max_retries=0)
    stream = both.client.analyze_async.batches.results("b1")
    gc.collect()
    tracemalloc.start()
    try:
        count = 0
        for item in stream:
            count += 1
            del item
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 20_000
    assert peak < 1_000_000, f"{peak:,} bytes at the peak: the results were kept"
    with pytest.raises(AttributeError):
        stream.events  # noqa: B018 - not kept unless asked
