"""The fake's batches: every documented rule of /analyze/batches, through the public client where
it sends the request (the raw handler where the client refuses it before sending)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twelvelabs_analyze import (
    BadRequestError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    TwelveLabs,
)
from twelvelabs_analyze.testing import FakeClock, FakeTwelveLabs, TaskDurations, load_spec
from twelvelabs_analyze.webhooks import verify

from .conftest import body_of, post

BATCHES = "/v1.3/analyze/batches"
SPEC = load_spec()
RESULTS = SPEC.operations[("GET", BATCHES + "/{batch_id}/results")]
RETRIEVE = SPEC.operations[("GET", BATCHES + "/{batch_id}")]
START = 1_800_000_000.0
DAY = 86_400.0
# Tasks take 1 s queued, 1 s pending, 10 s processing (fake time, which stands still unless advanced).
DURATIONS = TaskDurations(1.0, 1.0, 10.0)
PROMPT = {"input_text": "Summarize the video."}


def requests(count: int, prefix: str = "item") -> list[dict[str, Any]]:
    return [
        {"video": {"type": "asset_id", "asset_id": f"{prefix}-asset-{i}"}, "custom_id": f"{prefix}-{i}"}
        for i in range(count)
    ]


@pytest.fixture
def fake() -> FakeTwelveLabs:
    return FakeTwelveLabs(api_key="test-key", clock=FakeClock(start=START), task_durations=DURATIONS)


@pytest.fixture
def client(fake: FakeTwelveLabs) -> Iterator[TwelveLabs]:
    with fake.client(max_retries=0) as client:
        yield client


def create(client: TwelveLabs, reqs: list[dict[str, Any]], **kwargs: Any) -> Any:
    return client.analyze_async.batches.create(
        model_name="pegasus1.5",
        analysis_mode=kwargs.pop("analysis_mode", "general"),
        requests=reqs,  # type: ignore[arg-type]
        defaults=kwargs.pop("defaults", {"prompt": PROMPT}),
        **kwargs,
    )


def raw_create(fake: FakeTwelveLabs, body: dict[str, Any]) -> tuple[int, Any]:
    response = post(fake, BATCHES, body)
    return response.status, body_of(response)


def results(client: TwelveLabs, batch_id: str) -> list[Any]:
    with client.analyze_async.batches.results(batch_id) as stream:
        return list(stream)


# --------------------------------------------------------------------------- a batch's life


def test_a_batch_moves_on_the_fake_clock_and_its_results_are_readable_all_along(
    fake: FakeTwelveLabs, client: TwelveLabs
) -> None:
    created = create(client, requests(3))
    assert created.status == "pending" and created.total_items == 3
    assert [item.custom_id for item in created.items] == ["item-0", "item-1", "item-2"]
    assert (created.expires_at - created.created_at).total_seconds() == DAY
    batches = client.analyze_async.batches

    def state() -> tuple[str, int, int, int]:
        batch = batches.retrieve(created.batch_id)
        return batch.status, batch.queued_items, batch.processing_items, batch.ready_items

    assert state() == ("pending", 3, 0, 0)
    assert [line.status for line in results(client, created.batch_id)] == ["queued"] * 3
    fake.advance(2.5)
    assert state() == ("processing", 0, 3, 0)
    lines = results(client, created.batch_id)
    assert [line.status for line in lines] == ["processing"] * 3
    assert all(not line.data and not line.error for line in lines)
    fake.advance(10)
    assert state() == ("completed", 0, 0, 3)
    batch = batches.retrieve(created.batch_id)
    assert (batch.completed_at - batch.created_at).total_seconds() == 12
    lines = results(client, created.batch_id)
    assert [(line.task_id, line.custom_id) for line in lines] == [
        (item.task_id, item.custom_id) for item in created.items
    ]
    assert all(
        line.status == "ready" and line.data.data and line.data.finish_reason == "stop" for line in lines
    )
    # Each item is an analysis task, with its batch and the batch's prompt.
    task = client.analyze_async.tasks.retrieve(created.items[0].task_id)
    assert task.batch_id == created.batch_id and task.custom_id == "item-0"
    assert task.result.data == lines[0].data.data


def test_results_are_json_lines_valid_against_the_spec(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    created = create(client, requests(4))
    fake.fail_next_batch_item("The asset could not be read.", code="asset_unavailable", custom_id="item-1")
    later = create(client, requests(2, "later"))
    fake.advance(12)
    for batch_id in (created.batch_id, later.batch_id):
        response = post(fake, f"{BATCHES}/{batch_id}/results", b"", method="GET")
        assert response.status == 200
        assert dict(response.headers)["Content-Type"] == "application/jsonl"
        lines = response.body.decode().splitlines()
        assert len(lines) == 2 if batch_id == later.batch_id else 4
        for line in lines:
            RESULTS.stream_validators[200].validate(json.loads(line))


def test_an_injected_failure_fails_one_item_and_the_batch_still_completes(
    fake: FakeTwelveLabs, client: TwelveLabs
) -> None:
    fake.fail_next_batch_item("The asset could not be read.", code="asset_unavailable", custom_id="item-2")
    created = create(client, requests(4))
    fake.advance(12)
    batch = client.analyze_async.batches.retrieve(created.batch_id)
    assert (batch.status, batch.ready_items, batch.failed_items) == ("completed", 3, 1)
    failed = [line for line in results(client, created.batch_id) if line.status == "failed"]
    assert [(line.custom_id, line.error.code, line.error.message) for line in failed] == [
        ("item-2", "asset_unavailable", "The asset could not be read.")
    ]
    assert not failed[0].data
    # Without custom_id: the next items, whichever they are; used up once.
    fake.fail_next_batch_item(times=2)
    second = create(client, requests(3, "next"))
    fake.advance(12)
    statuses = [line.status for line in results(client, second.batch_id)]
    assert statuses == ["failed", "failed", "ready"]


def test_an_item_whose_window_is_longer_than_two_hours_fails_on_its_own(
    fake: FakeTwelveLabs, client: TwelveLabs
) -> None:
    fake.add_asset("long", duration=3 * 3600)
    reqs = [
        {"video": {"type": "asset_id", "asset_id": "long"}, "custom_id": "whole"},
        {"video": {"type": "asset_id", "asset_id": "long"}, "custom_id": "part", "end_time": 3600},
    ]
    created = create(client, reqs)
    fake.advance(12)
    by_id = {line.custom_id: line for line in results(client, created.batch_id)}
    assert by_id["whole"].status == "failed" and by_id["whole"].error.code == "video_duration_too_long"
    assert by_id["part"].status == "ready"


# --------------------------------------------------------------------------- what create refuses


def test_a_response_format_that_is_not_a_json_schema(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    # Valid against the request schema, but not a JSON schema (a $comment is a string): as for a task.
    odd = {"type": "json_schema", "json_schema": {"type": "object", "$comment": {}}}
    reqs = requests(2)
    reqs[1]["response_format"] = odd
    with pytest.raises(BadRequestError) as caught:
        create(client, reqs)
    assert "response_format" in caught.value.body["error"]["message"]
    assert fake.batches == [] and fake.tasks == []


def test_only_pegasus_1_5(fake: FakeTwelveLabs) -> None:
    status, body = raw_create(
        fake, {"model_name": "pegasus1.6", "analysis_mode": "general", "requests": requests(1)}
    )
    assert status == 400 and body["error"]["code"] == "parameter_invalid"
    assert "model_name" in body["error"]["message"]


@pytest.mark.parametrize("count", [0, 1001])
def test_one_to_a_thousand_requests(fake: FakeTwelveLabs, count: int) -> None:
    status, body = raw_create(
        fake, {"model_name": "pegasus1.5", "analysis_mode": "general", "requests": requests(count)}
    )
    assert status == 400 and body["error"]["code"] == "parameter_invalid"
    assert fake.batches == [] and fake.tasks == []


def test_a_thousand_requests_make_a_batch(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    created = create(client, requests(1000))
    assert created.total_items == 1000 and len(fake.tasks) == 1000
    fake.advance(12)
    lines = results(client, created.batch_id)
    assert len(lines) == 1000 and {line.status for line in lines} == {"ready"}


@pytest.mark.parametrize("custom_id", ["", "has space", "x" * 65, "naïve", "a/b"])
def test_the_custom_id_format(fake: FakeTwelveLabs, custom_id: str) -> None:
    reqs = [{"video": {"type": "asset_id", "asset_id": "a"}, "custom_id": custom_id}]
    status, body = raw_create(
        fake, {"model_name": "pegasus1.5", "analysis_mode": "general", "requests": reqs}
    )
    assert status == 400 and body["error"]["code"] == "parameter_invalid", body
    assert fake.batches == []


def test_custom_ids_are_unique_within_a_batch(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    reqs = requests(3)
    reqs[2]["custom_id"] = "item-0"
    with pytest.raises(BadRequestError) as caught:
        create(client, reqs)
    error = caught.value.body["error"]
    assert error["code"] == "parameter_invalid" and "item-0" in error["message"]
    assert error["details"] == {"parameter": "requests[2].custom_id", "custom_id": "item-0"}
    assert fake.batches == [] and fake.tasks == []
    # Items without a custom id are fine, and echo null.
    created = create(client, [{"video": {"type": "asset_id", "asset_id": "a"}}] * 2)
    assert [item.custom_id for item in created.items] == [None, None]


def test_two_thousand_content_hours_per_batch(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    for i in range(4):
        fake.add_asset(f"big-{i}", duration=500 * 3600)  # analysis windows are cut below
    reqs = [{"video": {"type": "asset_id", "asset_id": f"big-{i}"}, "end_time": 60.0} for i in range(4)]
    assert create(client, reqs).total_items == 4  # exactly 2,000 hours
    fake.add_asset("one-second", duration=1)
    with pytest.raises(BadRequestError) as caught:
        create(client, [*reqs, {"video": {"type": "asset_id", "asset_id": "one-second"}}])
    assert caught.value.body["error"]["details"] == {"content_hours": 2000.0, "limit": 2000}
    assert "2,000" in caught.value.body["error"]["message"]
    assert len(fake.batches) == 1


def test_assets_must_exist_and_be_ready(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    reqs = requests(2)
    reqs[1]["video"]["asset_id"] = "missing-clip"
    with pytest.raises(NotFoundError) as missing:
        create(client, reqs)
    assert missing.value.body["error"]["details"]["parameter"] == "requests[1].video.asset_id"
    fake.add_asset("still-processing", status="processing")
    reqs[1]["video"]["asset_id"] = "still-processing"
    with pytest.raises(ConflictError) as not_ready:
        create(client, reqs)
    assert not_ready.value.code == "asset_not_ready"
    assert not_ready.value.body["error"]["details"]["status"] == "processing"
    fake.add_asset("still-processing", status="ready")  # registering again replaces it
    assert create(client, reqs).total_items == 2
    assert len(fake.batches) == 1


def test_an_uploaded_asset_is_refused_until_it_is_ready(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    fake.configure_uploads(asset_processing=30)
    asset = client.assets.upload(b"\x00\x00\x00\x18ftypmp42" + bytes(64), filename="clip.mp4", wait=False)
    reqs = [{"video": {"type": "asset_id", "asset_id": str(asset.id)}, "custom_id": "clip"}]
    with pytest.raises(ConflictError) as caught:
        create(client, reqs)
    assert caught.value.body["error"]["details"]["status"] == "processing"
    fake.advance(30)
    assert create(client, reqs).total_items == 1


def test_the_sixth_active_batch_gets_429_until_one_is_done(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    first = [create(client, requests(1, f"b{n}")) for n in range(5)]
    with pytest.raises(RateLimitError) as caught:
        create(client, requests(1, "sixth"))
    assert caught.value.body["error"]["code"] == "too_many_requests"
    assert caught.value.body["error"]["details"] == {"active_batches": 5, "limit": 5}
    assert len(fake.batches) == 5
    client.analyze_async.batches.cancel(first[0].batch_id)  # all queued: canceled at once
    assert create(client, requests(1, "sixth")).status == "pending"
    with pytest.raises(RateLimitError):
        create(client, requests(1, "seventh"))
    fake.advance(12)  # every batch completes: none is active
    assert create(client, requests(1, "seventh")).status == "pending"


# --------------------------------------------------------------------------- expiry, cancel, delete


def test_expiry_cancels_the_unfinished_items(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    created = create(client, requests(2))
    fake.set_task_durations((1.0, 1.0, 2 * DAY), task_id=created.items[1].task_id)
    fake.advance(DAY - 1)
    batch = client.analyze_async.batches.retrieve(created.batch_id)
    assert (batch.status, batch.ready_items, batch.processing_items) == ("processing", 1, 1)
    fake.advance(1)
    batch = client.analyze_async.batches.retrieve(created.batch_id)
    assert (batch.status, batch.ready_items, batch.canceled_items) == ("expired", 1, 1)
    assert batch.expired_at == batch.expires_at
    assert [line.status for line in results(client, created.batch_id)] == ["ready", "canceled"]
    task = client.analyze_async.tasks.retrieve(created.items[1].task_id)
    assert task.status == "canceled" and task.error.code == "batch_expired"
    with pytest.raises(ConflictError) as caught:
        client.analyze_async.batches.cancel(created.batch_id)
    assert caught.value.code == "batch_expired"


def test_cancel_cancels_queued_items_and_lets_processing_ones_finish(
    fake: FakeTwelveLabs, client: TwelveLabs
) -> None:
    created = create(client, requests(3))
    started = created.items[0].task_id
    fake.set_task_durations((0.0, 0.0, 10.0), task_id=started)  # processing from the start
    fake.advance(1)
    canceling = client.analyze_async.batches.cancel(created.batch_id)
    assert (canceling.status, canceling.processing_items, canceling.canceled_items) == ("canceling", 1, 2)
    assert post(fake, f"{BATCHES}/{created.batch_id}/cancel", b"").status == 202
    fake.advance(9)
    batch = client.analyze_async.batches.retrieve(created.batch_id)
    assert (batch.status, batch.ready_items, batch.canceled_items) == ("canceled", 1, 2)
    assert (batch.canceled_at - batch.created_at).total_seconds() == 10
    assert [line.status for line in results(client, created.batch_id)] == ["ready", "canceled", "canceled"]
    assert client.analyze_async.tasks.retrieve(created.items[1].task_id).error.code == "batch_canceled"
    with pytest.raises(ConflictError) as caught:
        client.analyze_async.batches.cancel(created.batch_id)
    assert caught.value.code == "batch_canceled"


def test_a_completed_batch_cannot_be_canceled(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    created = create(client, requests(1))
    fake.advance(12)
    with pytest.raises(ConflictError) as caught:
        client.analyze_async.batches.cancel(created.batch_id)
    assert caught.value.code == "batch_completed"
    assert caught.value.body["error"]["details"] == {"status": "completed"}


def test_only_a_terminal_batch_is_deleted_with_its_tasks(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    created = create(client, requests(2))
    fake.advance(3)
    with pytest.raises(ConflictError) as caught:
        client.analyze_async.batches.delete(created.batch_id)
    assert caught.value.code == "batch_not_terminal"
    client.analyze_async.batches.cancel(created.batch_id)
    with pytest.raises(ConflictError):  # canceling: still not terminal
        client.analyze_async.batches.delete(created.batch_id)
    fake.advance(10)
    client.analyze_async.batches.delete(created.batch_id)
    assert fake.batches == [] and fake.tasks == []
    for call in (client.analyze_async.batches.retrieve, lambda b: results(client, b)):
        with pytest.raises(NotFoundError):
            call(created.batch_id)


def test_batches_are_gone_thirty_days_after_creation(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    created = create(client, requests(1))
    fake.advance(30 * DAY - 1)
    assert len(results(client, created.batch_id)) == 1
    fake.advance(1)
    with pytest.raises(NotFoundError):
        client.analyze_async.batches.retrieve(created.batch_id)
    assert fake.tasks == []


def test_list_newest_first_filtered_by_status_and_mode(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    done = create(client, requests(1, "done"))
    fake.advance(12)
    running = create(client, requests(1, "running"))
    segments = {
        "type": "segment_definitions",
        "segment_definitions": [
            {
                "id": "scenes",
                "description": "Scenes",
                "fields": [{"name": "what", "type": "string", "description": "What happens"}],
            }
        ],
    }
    timed = create(
        client,
        requests(1, "timed"),
        analysis_mode="time_based_metadata",
        defaults={"response_format": segments},
    )
    batches = client.analyze_async.batches
    assert [b.batch_id for b in batches.list()] == [timed.batch_id, running.batch_id, done.batch_id]
    assert [b.batch_id for b in batches.list(status=["completed"])] == [done.batch_id]
    assert [b.batch_id for b in batches.list(status=["pending", "completed"], analysis_mode=["general"])] == [
        running.batch_id,
        done.batch_id,
    ]
    assert [b.batch_id for b in batches.list(analysis_mode=["time_based_metadata"])] == [timed.batch_id]
    assert len(list(batches.list(page_limit=1))) == 3  # walks every page


def test_batch_items_announce_themselves_by_webhook(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    received: list[httpx.Request] = []

    def receive(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return httpx.Response(200)

    fake.add_webhook("https://receiver.test/hook", "whsec", transport=httpx.MockTransport(receive))
    fake.fail_next_batch_item(custom_id="item-1")
    created = create(client, requests(2))
    fake.advance(12)
    events = {
        (event.type, event.data["custom_id"])
        for event in (verify(r.content, r.headers, "whsec") for r in received)
    }
    assert events == {("analyze.task.ready", "item-0"), ("analyze.task.failed", "item-1")}
    task = client.analyze_async.tasks.retrieve(created.items[0].task_id)
    assert task.webhooks[0].delivered


def test_reset_forgets_batches_and_registered_assets(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    fake.add_asset("slow", status="processing")
    create(client, requests(1))
    fake.reset()
    assert fake.batches == []
    assert create(client, [{"video": {"type": "asset_id", "asset_id": "slow"}}]).total_items == 1


# --------------------------------------------------------------------------- any batch, any time


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    size=st.integers(1, 12),
    failures=st.integers(0, 3),
    slow=st.lists(st.integers(0, 11), max_size=4),
    steps=st.lists(
        st.one_of(st.floats(0, 2 * DAY), st.just("cancel")),
        min_size=1,
        max_size=6,
    ),
)
def test_counts_lines_and_status_always_agree(
    size: int, failures: int, slow: list[int], steps: list[float | str]
) -> None:
    fake = FakeTwelveLabs(api_key="test-key", clock=FakeClock(start=START), task_durations=DURATIONS)
    for _ in range(failures):
        fake.fail_next_batch_item(code="analysis_failed")
    created = body_of(
        post(
            fake,
            BATCHES,
            {"model_name": "pegasus1.5", "analysis_mode": "general", "requests": requests(size)},
        )
    )
    for index in slow:
        if index < size:
            fake.set_task_durations(
                (1.0, 1.0, DAY + index * 3600), task_id=created["items"][index]["task_id"]
            )
    for step in steps:
        if step == "cancel":
            post(fake, f"{BATCHES}/{created['batch_id']}/cancel", b"")
        else:
            assert isinstance(step, float)
            fake.advance(step)
        batch = body_of(post(fake, f"{BATCHES}/{created['batch_id']}", b"", method="GET"))
        RETRIEVE.response_validators[200].validate(batch)
        response = post(fake, f"{BATCHES}/{created['batch_id']}/results", b"", method="GET")
        lines = [json.loads(line) for line in response.body.splitlines()]
        for line in lines:
            RESULTS.stream_validators[200].validate(line)
            assert ("data" in line) == (line["status"] == "ready")
            assert ("error" in line) == (line["status"] == "failed")
        assert [line["task_id"] for line in lines] == [item["task_id"] for item in created["items"]]
        counted = {
            name: batch[f"{name}_items"] for name in ("queued", "processing", "ready", "failed", "canceled")
        }
        assert counted == {name: sum(1 for line in lines if line["status"] == name) for name in counted}
        unfinished = counted["queued"] + counted["processing"]
        if batch["status"] in ("completed", "canceled", "expired"):
            assert unfinished == 0
            assert f"{batch['status']}_at" in batch
        else:
            assert unfinished > 0
        if batch["status"] == "completed":
            assert counted["canceled"] == 0
        if fake.now() >= START + DAY:
            assert batch["status"] in ("completed", "canceled", "expired")
