"""Analysis tasks: created, moved along by fake time, listed, retrieved, deleted, failed on request."""

from __future__ import annotations

import json
from typing import Any

import pytest

from twelvelabs_analyze.testing import FakeClock, FakeTwelveLabs, TaskDurations, load_spec
from twelvelabs_analyze.testing._analyze import LENGTH_WARNING

from .conftest import body_of, header, post

TASKS = "/v1.3/analyze/tasks"
SPEC = load_spec()
CREATE = SPEC.operations[("POST", TASKS)]
LIST = SPEC.operations[("GET", TASKS)]
RETRIEVE = SPEC.operations[("GET", TASKS + "/{task_id}")]
DELETE = SPEC.operations[("DELETE", TASKS + "/{task_id}")]
START = 1_800_000_000.0
URL = {"type": "url", "url": "https://cdn.example.test/videos/kitchen.mp4"}
REQUEST = {"video": URL, "prompt": "What is cooked?"}


@pytest.fixture
def fake() -> FakeTwelveLabs:
    # Time stands still unless a test advances it.
    return FakeTwelveLabs(api_key="test-key", clock=FakeClock(start=START))


def create(fake: FakeTwelveLabs, body: dict[str, Any] | None = None) -> str:
    response = post(fake, TASKS, body or REQUEST)
    assert response.status == 202, response.body
    created = body_of(response)
    CREATE.response_validators[202].validate(created)
    assert created["status"] == "queued"
    return str(created["task_id"])


def retrieve(fake: FakeTwelveLabs, task_id: str) -> dict[str, Any]:
    response = post(fake, f"{TASKS}/{task_id}", b"", method="GET")
    assert response.status == 200, response.body
    task: dict[str, Any] = body_of(response)
    RETRIEVE.response_validators[200].validate(task)
    return task


def listing(fake: FakeTwelveLabs, query: str = "") -> dict[str, Any]:
    response = post(fake, f"{TASKS}?{query}" if query else TASKS, b"", method="GET")
    assert response.status == 200, response.body
    page: dict[str, Any] = body_of(response)
    LIST.response_validators[200].validate(page)
    return page


def delete(fake: FakeTwelveLabs, task_id: str) -> Any:
    return post(fake, f"{TASKS}/{task_id}", b"", method="DELETE")


def test_a_task_moves_through_its_statuses_on_fake_time(fake: FakeTwelveLabs) -> None:
    task_id = create(fake)
    durations = TaskDurations()
    seen = []
    for step in (
        0.0,
        durations.queued,
        durations.pending,
        durations.processing / 2,
        durations.processing / 2,
    ):
        fake.advance(step)
        seen.append(retrieve(fake, task_id)["status"])
    assert seen == ["queued", "pending", "processing", "processing", "ready"]
    task = retrieve(fake, task_id)
    assert task["created_at"] == "2027-01-15T08:00:00Z"
    assert task["completed_at"] == "2027-01-15T08:00:02Z"
    assert task["custom_id"] is None
    assert task["video_source"]["type"] == "url" and task["video_source"]["url"] == URL["url"]
    assert task["video_source"]["system_metadata"]["duration"] > 0
    assert task["request_params"] == {"analysis_mode": "general", "prompt": REQUEST["prompt"]}
    result = task["result"]
    assert result["finish_reason"] == "stop" and "error" not in task
    # The same analysis /analyze gives for the same video and prompt.
    direct = body_of(post(fake, "/v1.3/analyze", {**REQUEST, "model_name": "pegasus1.2", "stream": False}))
    assert direct["data"] == result["data"] and direct["usage"] == result["usage"]


def test_durations_per_fake_and_per_task(fake: FakeTwelveLabs) -> None:
    fake.set_task_durations((0, 0, 10))
    slow = create(fake)
    assert retrieve(fake, slow)["status"] == "processing"
    fake.set_task_durations(TaskDurations(0, 0, 0))
    instant = create(fake)
    assert retrieve(fake, instant)["status"] == "ready"
    fake.set_task_durations((0, 0, 1), task_id=slow)  # re-timed from its creation
    fake.advance(1)
    assert retrieve(fake, slow)["status"] == "ready"
    with pytest.raises(KeyError):
        fake.set_task_durations((0, 0, 0), task_id="unknown")
    with pytest.raises(ValueError):
        TaskDurations(-1)
    assert FakeTwelveLabs(task_durations=(1, 2, 3)).tasks == []


def test_real_time_by_default_with_short_durations() -> None:
    fake = FakeTwelveLabs()
    task_id = create(fake)
    assert retrieve(fake, task_id)["status"] in ("queued", "pending")
    fake.advance(TaskDurations().total)
    assert retrieve(fake, task_id)["status"] == "ready"
    assert TaskDurations().total <= 5  # someone watching mock-server sees every status


def test_injected_failures(fake: FakeTwelveLabs) -> None:
    fake.fail_next_task("Video duration exceeds maximum allowed duration")
    failing = create(fake)
    fine = create(fake)
    doomed = create(fake)
    fake.fail_task(doomed)
    with pytest.raises(KeyError):
        fake.fail_task("unknown")
    assert retrieve(fake, failing)["status"] == "queued"  # it fails when processing ends
    fake.advance(60)
    failed = retrieve(fake, failing)
    assert failed["status"] == "failed"
    assert failed["error"] == {"message": "Video duration exceeds maximum allowed duration"}
    assert "result" not in failed and failed["completed_at"]
    assert retrieve(fake, fine)["status"] == "ready"
    assert retrieve(fake, doomed)["error"]["message"] == "The video could not be analyzed."


def test_results_follow_the_response_format(fake: FakeTwelveLabs) -> None:
    schema = {
        "type": "object",
        "properties": {"title": {"type": "string"}, "topics": {"type": "array", "items": {"type": "string"}}},
        "required": ["title", "topics"],
    }
    structured = create(fake, {**REQUEST, "response_format": {"type": "json_schema", "json_schema": schema}})
    segments = create(
        fake,
        {
            "video": URL,
            "model_name": "pegasus1.5",
            "analysis_mode": "time_based_metadata",
            "response_format": {
                "type": "segment_definitions",
                "segment_time_format": "hh:mm:ss",
                "segment_definitions": [
                    {
                        "id": "goals",
                        "description": "A goal is scored",
                        "fields": [
                            {
                                "name": "team",
                                "type": "string",
                                "description": "who",
                                "enum": ["home", "away"],
                            },
                            {"name": "replayed", "type": "boolean", "description": "shown again"},
                            {
                                "name": "moment",
                                "type": "timestamp",
                                "format": "seconds",
                                "description": "when",
                            },
                        ],
                    },
                    {
                        "id": "fouls",
                        "description": "A foul",
                        "time_ranges": [{"start_time": 10, "end_time": 40}],
                    },
                ],
            },
        },
    )
    cut = create(
        fake, {**REQUEST, "model_name": "pegasus1.2", "prompt": "A detailed summary", "max_tokens": 5}
    )
    fake.advance(60)
    data = json.loads(retrieve(fake, structured)["result"]["data"])
    assert set(data) == {"title", "topics"} and data["topics"]
    timed = json.loads(retrieve(fake, segments)["result"]["data"])
    assert set(timed) == {"goals", "fouls"}
    for segment in timed["goals"]:
        assert segment["start_time"] < segment["end_time"] and len(segment["start_time"]) == 8
        assert segment["metadata"]["team"] in ("home", "away")
        assert isinstance(segment["metadata"]["replayed"], bool)
        assert isinstance(segment["metadata"]["moment"], float | int)
    assert all("00:00:10" <= s["start_time"] < s["end_time"] <= "00:00:40" for s in timed["fouls"])
    truncated = retrieve(fake, cut)
    assert truncated["status"] == "ready" and truncated["result"]["finish_reason"] == "length"
    assert truncated["error"] == {"message": LENGTH_WARNING}


def test_list_pages_newest_first_with_consistent_page_info(fake: FakeTwelveLabs) -> None:
    ids = [create(fake, {**REQUEST, "custom_id": f"job-{n}"}) for n in range(7)]
    first = listing(fake, "page_limit=3")
    assert [t["task_id"] for t in first["data"]] == ids[::-1][:3]
    assert first["page_info"] == {"limit_per_page": 3, "page": 1, "total_page": 3, "total_results": 7}
    third = listing(fake, "page_limit=3&page=3")
    assert [t["task_id"] for t in third["data"]] == [ids[0]]
    beyond = listing(fake, "page_limit=3&page=4")
    assert beyond["data"] == [] and beyond["page_info"]["total_results"] == 7
    default = listing(fake)
    assert default["page_info"]["limit_per_page"] == 10 and len(default["data"]) == 7
    assert listing(fake, "page_limit=50")["page_info"]["total_page"] == 1
    assert listing(fake, "status=failed")["page_info"] == {
        "limit_per_page": 10,
        "page": 1,
        "total_page": 1,
        "total_results": 0,
    }


def test_list_filters(fake: FakeTwelveLabs) -> None:
    asset = {"type": "asset_id", "asset_id": "asset-7"}
    by_url = create(fake)
    by_asset = create(fake, {"video": asset, "prompt": "p"})
    fake.set_task_durations((0, 0, 0))
    done = create(fake, {"video": asset, "prompt": "p"})
    ids = lambda query: [t["task_id"] for t in listing(fake, query)["data"]]  # noqa: E731
    assert ids("asset_id=asset-7") == [done, by_asset]
    assert ids("video_id=asset-7") == [done, by_asset]
    assert ids("video_url=https%3A%2F%2Fcdn.example.test%2Fvideos%2Fkitchen.mp4") == [by_url]
    assert ids("status=ready") == [done]
    assert ids("status=queued&asset_id=asset-7") == [by_asset]
    assert ids("analysis_mode=general") == [done, by_asset, by_url]
    assert ids("analysis_mode=time_based_metadata") == []


def test_the_list_abridges_prompts_and_schemas(fake: FakeTwelveLabs) -> None:
    prompt = "Describe every ingredient and every step of the recipe"
    schema = {"type": "object", "properties": {"title": {"type": "string"}}}
    task_id = create(
        fake, {**REQUEST, "prompt": prompt, "response_format": {"type": "json_schema", "json_schema": schema}}
    )
    listed = listing(fake)["data"][0]["request_params"]
    assert listed["prompt"] == prompt[:30]
    assert listed["response_format"] == {"type": "json_schema"}
    full = retrieve(fake, task_id)["request_params"]
    assert full["prompt"] == prompt and full["response_format"]["json_schema"] == schema


def test_delete(fake: FakeTwelveLabs) -> None:
    task_id = create(fake)
    assert delete(fake, task_id).status == 200  # queued: not being processed yet
    missing = delete(fake, task_id)
    assert missing.status == 404
    DELETE.response_validators[404].validate(body_of(missing))
    assert body_of(missing)["error"]["code"] == "resource_not_exist"
    assert post(fake, f"{TASKS}/{task_id}", b"", method="GET").status == 404
    busy = create(fake)
    fake.advance(TaskDurations().queued + TaskDurations().pending)
    assert retrieve(fake, busy)["status"] == "processing"
    conflict = delete(fake, busy)
    assert conflict.status == 409
    DELETE.response_validators[409].validate(body_of(conflict))
    assert "being processed" in body_of(conflict)["error"]["message"]
    fake.advance(60)
    deleted = delete(fake, busy)
    assert (deleted.status, deleted.body) == (200, b"")
    assert header(deleted, "X-Ratelimit-Remaining") is not None
    assert listing(fake)["data"] == []


@pytest.mark.parametrize(
    ("query", "parameter"),
    [("page=0", "page"), ("page_limit=51", "page_limit"), ("page=two", "page"), ("status=done", "status")],
)
def test_bad_list_queries_are_400(fake: FakeTwelveLabs, query: str, parameter: str) -> None:
    response = post(fake, f"{TASKS}?{query}", b"", method="GET")
    assert response.status == 400
    error = body_of(response)
    LIST.response_validators[400].validate(error)
    assert error["code"] == "parameter_invalid" and f"The {parameter} parameter" in error["message"]


def test_unknown_and_blank_task_ids_are_404(fake: FakeTwelveLabs) -> None:
    for task_id in ("no-such-task", "%20"):
        for method in ("GET", "DELETE"):
            response = post(fake, f"{TASKS}/{task_id}", b"", method=method)
            assert response.status == 404
            RETRIEVE.response_validators[404].validate(body_of(response))


def test_creation_validates_and_refuses_missing_videos(fake: FakeTwelveLabs) -> None:
    invalid = post(fake, TASKS, {"video": URL})
    assert invalid.status == 400
    CREATE.response_validators[400].validate(body_of(invalid))
    assert body_of(invalid)["error"]["message"] == (
        "general analysis (the default analysis_mode) requires prompt or prompt_v2."
    )
    for video in (
        {"type": "asset_id", "asset_id": "missing-asset"},
        {"type": "url", "url": "https://x.test/missing-a.mp4"},
    ):
        refused = post(fake, TASKS, {"video": video, "prompt": "p"})
        assert refused.status == 400
        assert body_of(refused)["error"]["code"] == "resource_not_exist"
    assert fake.tasks == []


def test_tasks_snapshot_and_reset(fake: FakeTwelveLabs) -> None:
    first, second = create(fake), create(fake)
    assert [t["task_id"] for t in fake.tasks] == [second, first]
    fake.reset()
    assert fake.tasks == [] and listing(fake)["data"] == []
    assert create(fake) == first  # ids are deterministic per fake
