"""batches.run / run_iter / cancel_job against a stand-in server that can lose answers (the fake's batches:
tests/testing/test_batch_jobs_on_fake.py)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import twelvelabs_analyze._sleep as sleep_module
from twelvelabs_analyze import AsyncTwelveLabs, BadRequestError, BatchJobError, TwelveLabs
from twelvelabs_analyze._batch_plan import MAX_BATCH_REQUESTS, MAX_BATCH_SECONDS, BatchJobItem, split

from .batch_server import BatchServer

BASE_URL = "https://api.test/v1.3"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> BatchServer:
    """The stand-in, whose clock moves by the client's sleeps (an accelerated clock)."""
    fake = BatchServer()

    async def async_sleep(seconds: float) -> None:
        fake.advance(seconds)

    monkeypatch.setattr(sleep_module, "sleep", fake.advance)
    monkeypatch.setattr(sleep_module, "async_sleep", async_sleep)
    return fake


def run_job(mode: str, server: BatchServer, requests: list[Any], **options: Any) -> list[Any]:
    kwargs: dict[str, Any] = {"api_key": "sk-test", "base_url": BASE_URL}
    if mode == "sync":
        with TwelveLabs(
            **kwargs, http_client=httpx.Client(transport=httpx.MockTransport(server.handle))
        ) as client:
            return list(client.analyze_async.batches.run_iter(requests, analysis_mode="general", **options))

    async def main() -> list[Any]:
        transport = httpx.MockTransport(server.handle)
        async with AsyncTwelveLabs(**kwargs, http_client=httpx.AsyncClient(transport=transport)) as client:
            return [
                r
                async for r in client.analyze_async.batches.run_iter(
                    requests, analysis_mode="general", **options
                )
            ]

    return asyncio.run(main())


def assets(count: int) -> list[str]:
    return [f"asset{i:05d}" for i in range(count)]


def test_async_twin_maps_results_to_inputs(server: BatchServer) -> None:
    requests = [
        {"video": {"type": "asset_id", "asset_id": a}, "custom_id": f"mine-{n}"}
        for n, a in enumerate(assets(30))
    ]
    results = run_job("async", server, requests)
    assert sorted((r.index, r.custom_id) for r in results) == [(n, f"mine-{n}") for n in range(30)]
    assert all(r.request is requests[r.index] or r.request == requests[r.index] for r in results)


def test_failed_items_are_final_and_never_sent_again(server: BatchServer) -> None:
    requests = [{"video": {"type": "asset_id", "asset_id": "a1"}, "custom_id": "one-fail"}, "a2"]
    results = run_job("sync", server, requests)
    assert {r.custom_id: r.status for r in results}["one-fail"] == "failed"
    assert server.creates == 1


def test_resubmission_is_bounded(server: BatchServer) -> None:
    server.expire_after(30.0, 30.0, 30.0)
    results = run_job("sync", server, assets(3), max_resubmits=2)  # items take 60 s: none ends in 30 s
    assert server.creates == 3  # the first batch and two resubmissions, then the items end canceled
    assert [(r.status, r.attempts) for r in results] == [("canceled", 3)] * 3


@pytest.mark.parametrize(
    ("requests", "message"),
    [
        ([{"video": {"type": "asset_id", "asset_id": "a"}, "custom_id": "has space"}], "not 1-64"),
        ([{"video": {"type": "asset_id", "asset_id": "a"}, "custom_id": "x" * 65}], "not 1-64"),
        ([{"video": {"type": "asset_id", "asset_id": "a"}, "custom_id": "same"}] * 2, "also request 0"),
        ([{"video": {"type": "url", "url": "https://x.test/v.mp4"}}], "assets only"),
    ],
)
def test_bad_requests_refused_before_anything_is_sent(
    server: BatchServer, requests: list[Any], message: str
) -> None:
    with pytest.raises((BatchJobError, ValueError), match=message):
        run_job("sync", server, requests)
    assert server.creates == 0


def test_a_lost_create_answer_is_found_not_created_again(server: BatchServer, tmp_path: Path) -> None:
    server.lose_next_answers(1)
    results = run_job("sync", server, assets(10), state=tmp_path / "job.json")
    assert server.creates == 1
    assert sorted(r.index for r in results) == list(range(10))


def test_a_run_killed_after_sending_resumes_without_a_second_batch(
    server: BatchServer, tmp_path: Path
) -> None:
    state = tmp_path / "job.json"
    server.lose_next_answers(5)  # every attempt of the first run "loses" its answer; its lookup fails too
    original = server._list
    server._list = lambda page, limit: server._error(503, "unavailable", "down")  # type: ignore[method-assign]
    with pytest.raises(Exception, match=r"500|503"):
        run_job("sync", server, assets(10), state=state)
    assert json.loads(state.read_text())["batches"][0]["status"] == "sending"
    server._list = original  # type: ignore[method-assign]
    server.lost_answers = 0
    results = run_job("sync", server, assets(10), state=state)
    assert server.creates == 1
    assert sorted(r.index for r in results) == list(range(10))


def test_a_create_refused_keeps_the_state_and_says_so(server: BatchServer, tmp_path: Path) -> None:
    state = tmp_path / "job.json"
    server._create = lambda body: server._error(400, "invalid", "asset missing")  # type: ignore[method-assign]
    with pytest.raises(BadRequestError) as caught:
        run_job("sync", server, assets(3), state=state)
    assert any("run the job again" in note for note in caught.value.__notes__)
    assert json.loads(state.read_text())["batches"][0]["status"] == "planned"


def test_state_file_of_another_job_is_refused(server: BatchServer, tmp_path: Path) -> None:
    state = tmp_path / "job.json"
    run_job("sync", server, assets(2), state=state)
    with pytest.raises(BatchJobError, match="another job"):
        run_job("sync", server, assets(3), state=state)


def test_state_file_holds_ids_only(server: BatchServer, tmp_path: Path) -> None:
    state = tmp_path / "job.json"
    requests = [{"video": {"type": "asset_id", "asset_id": "a1"}, "prompt": {"input_text": "secret plans"}}]
    run_job("sync", server, requests, state=state)
    text = state.read_text()
    assert "secret plans" not in text and "sk-test" not in text and "http" not in text
    assert not list(tmp_path.glob(".job.json.*"))  # no temporary file left


def test_cancel_job_cancels_its_active_batches(server: BatchServer, tmp_path: Path) -> None:
    state = tmp_path / "job.json"
    kwargs: dict[str, Any] = {"api_key": "sk-test", "base_url": BASE_URL}
    with TwelveLabs(
        **kwargs, http_client=httpx.Client(transport=httpx.MockTransport(server.handle))
    ) as client:
        batches = client.analyze_async.batches
        running = batches.run_iter(assets(2500), analysis_mode="general", state=state, max_active=2)
        first = next(running)  # two batches created, the first results in
        running.close()
        assert batches.cancel_job(state) == server.order[:2]
        rest = list(batches.run_iter(assets(2500), analysis_mode="general", state=state))
    assert server.creates == 2  # the third batch is never created
    statuses = {r.index: r.status for r in [first, *rest]}
    assert len(statuses) == 2500 and statuses[2400] == "canceled"


def item_lists() -> st.SearchStrategy[list[BatchJobItem]]:
    durations = st.one_of(st.none(), st.floats(0, 30 * 3600.0), st.sampled_from([0.0, 7200.0, 3600.0 * 1999]))
    return st.lists(durations, max_size=2500).map(
        lambda seconds: [
            BatchJobItem(n, f"c{n}", f"a{n}", 7200.0 if s is None else s) for n, s in enumerate(seconds)
        ]
    )


@settings(max_examples=40, deadline=None)
@given(item_lists())
def test_split_keeps_both_limits_every_item_once_deterministic(items: list[BatchJobItem]) -> None:
    batches = split(items)
    assert [i for batch in batches for i in batch] == [item.index for item in items]
    for batch in batches:
        assert 1 <= len(batch) <= MAX_BATCH_REQUESTS
        assert sum(items[i].seconds for i in batch) <= MAX_BATCH_SECONDS
    assert split(items) == batches


def test_durations_split_by_hours(server: BatchServer) -> None:
    hours = dict.fromkeys(assets(1000), 3 * 3600.0)  # 1,000 three-hour videos: 3,000 hours
    run_job("sync", server, assets(1000), durations=hours)
    assert [len(server.batches[b].items) for b in server.order] == [666, 334]
