"""JSON Lines answers (GET /analyze/batches/{batch_id}/results): a stream of typed items, one per
line, that stops with an error naming the line that is not an item (never skipping it)."""

from __future__ import annotations

import httpx
import pytest

from twelvelabs_analyze import APIResponseValidationError, TwelveLabs
from twelvelabs_analyze.testing import FakeTwelveLabs
from twelvelabs_analyze_api.models import BatchResultItem

BASE_URL = "https://api.twelvelabs.io/v1.3"


def test_the_fake_serves_results_as_typed_items() -> None:
    with FakeTwelveLabs().client(max_retries=0) as client:
        items = list(client.analyze_async.batches.results("batch-1"))
    assert items and all(isinstance(item, BatchResultItem) for item in items)


def _client(body: bytes) -> TwelveLabs:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/jsonl"}, content=body)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return TwelveLabs(api_key="k" * 20, base_url=BASE_URL, max_retries=0, http_client=http)


def test_each_line_is_one_item() -> None:
    body = (
        b'{"task_id":"t0","custom_id":"a","status":"ready"}\n'
        b'{"task_id":"t1","custom_id":"b","status":"failed","error":{"code":"x","message":"y"}}\n'
    )
    with _client(body) as client:
        items = list(client.analyze_async.batches.results("b"))
    assert [(item.task_id, item.custom_id) for item in items] == [("t0", "a"), ("t1", "b")]


def test_a_malformed_line_raises_naming_it() -> None:
    body = b'{"task_id":"t0","custom_id":"a","status":"ready"}\n{"task_id": \n'
    received: list[BatchResultItem] = []
    with _client(body) as client, pytest.raises(APIResponseValidationError, match="line 2"):
        received.extend(client.analyze_async.batches.results("b"))
    assert [item.task_id for item in received] == ["t0"]
