"""What the live API has that the published spec snapshot has not (twelvelabs 1.3.6 types, issue 21).

pegasus1.6 and image inputs are accepted and sent; pegasus1.5 is the default; a ``canceled`` task
ends a wait; the fields answers gained (``batch_id``, ``error.code``, ``max_tokens: "unlimited"``,
the images a task was asked about) parse, typed.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from twelvelabs_analyze import AnalyzeTask, TaskFailedError, TaskProgress
from twelvelabs_analyze.testing import FakeTwelveLabs

from ._transport import Both, Script

NOW = "2026-11-22T10:00:00Z"
URL_VIDEO = {"type": "url", "url": "https://example.com/v.mp4"}
IMAGES = [{"name": "before", "url": "https://example.com/a.jpg"}, {"name": "after", "asset_id": "69abc"}]
ANSWER = {"id": "a1", "data": "Two photos.", "finish_reason": "stop"}


def ok(body: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


def test_pegasus16_and_images_are_sent(mode: str) -> None:
    script = Script(ok(ANSWER), ok(ANSWER), ok({"task_id": "t1", "status": "queued"}, 202))
    both = Both(mode, script)
    both.call("analyze", model_name="pegasus1.6", video=URL_VIDEO, prompt="Describe it.", max_tokens=600)
    both.call("analyze", model_name="pegasus1.6", image=IMAGES, prompt="Compare <@before> with <@after>.")
    both.call(
        "analyze_async.tasks.create",
        model_name="pegasus1.6",
        image=IMAGES[:1],
        prompt="Describe <@before>.",
        custom_id="photo-1",
    )
    assert script.bodies() == [
        {
            "model_name": "pegasus1.6",
            "video": URL_VIDEO,
            "prompt": "Describe it.",
            "max_tokens": 600,
            "stream": False,
        },
        {
            "model_name": "pegasus1.6",
            "image": IMAGES,
            "prompt": "Compare <@before> with <@after>.",
            "stream": False,
        },
        {
            "model_name": "pegasus1.6",
            "image": IMAGES[:1],
            "prompt": "Describe <@before>.",
            "custom_id": "photo-1",
        },
    ]


@pytest.mark.parametrize(
    ("method", "arguments", "error"),
    [
        ("analyze", {"image": IMAGES, "prompt": "p"}, "image requires model_name 'pegasus1.6'"),
        ("analyze", {"model_name": "pegasus1.6", "image": IMAGES}, "image requires prompt"),
        ("analyze", {"video": URL_VIDEO, "prompt": "p", "max_tokens": 100}, "(the default)"),
        ("analyze_async.tasks.create", {"model_name": "pegasus1.5", "image": IMAGES, "prompt": "p"}, "pegasus1.6"),
        ("analyze_async.tasks.create", {"prompt": "p"}, "exactly one of video and image is required"),
    ],
)  # fmt: skip
def test_image_and_model_rules_are_checked_before_sending(
    mode: str, method: str, arguments: dict[str, Any], error: str
) -> None:
    script = Script(ok(ANSWER))
    with pytest.raises(ValueError, match=re.escape(error)):
        Both(mode, script).call(method, **arguments)
    assert script.requests == []


def test_without_a_model_pegasus15s_rules_hold(mode: str) -> None:
    """pegasus1.5 is the default: what the published spec allowed only with it needs no model name."""
    script = Script(ok(ANSWER))
    both = Both(mode, script)
    both.call(
        "analyze", video=URL_VIDEO, prompt_v2={"input_text": "Is it here?"}, start_time=5, max_tokens=9000
    )
    assert "model_name" not in script.bodies()[0]


def task(status: str, **extra: Any) -> dict[str, Any]:
    return {"task_id": "t1", "custom_id": None, "status": status, "created_at": NOW, **extra}


def test_a_canceled_task_ends_the_wait_with_its_reason(mode: str, sleeps: list[float]) -> None:
    canceled = task(
        "canceled",
        completed_at=NOW,
        error={"code": "user_canceled", "message": "The task was canceled by the user."},
    )
    script = Script(ok(task("processing")), ok(canceled))
    seen: list[str] = []
    with pytest.raises(
        TaskFailedError, match=r"task t1 canceled: The task was canceled by the user\."
    ) as caught:
        Both(mode, script).call("analyze_async.tasks.wait", "t1", on_progress=lambda p: seen.append(p.status))
    assert caught.value.reason == "The task was canceled by the user."
    assert caught.value.task.error.code == "user_canceled"
    assert seen == ["processing", "canceled"] and len(script.requests) == 2


def test_the_fields_answers_gained_parse_typed(mode: str) -> None:
    body = task(
        "ready",
        batch_id="b1",
        request_params={
            "analysis_mode": "time_based_metadata",
            "max_tokens": "unlimited",
            "image": [{"name": "before", "media_type": "image", "url": "https://example.com/a.jpg"}],
            "response_format": {"type": "segment_definitions", "segment_time_format": "hh:mm:ss"},
        },
        result={"generation_id": "g", "data": "{}", "finish_reason": "stop", "usage": {"output_tokens": 1}},
        error={"code": "batch_expired", "message": "partial result"},
    )
    retrieved = Both(mode, Script(ok(body))).call("analyze_async.tasks.retrieve", "t1")
    assert isinstance(retrieved, AnalyzeTask) and retrieved.batch_id == "b1"
    assert retrieved.error.code == "batch_expired"
    params = retrieved.request_params
    assert params.max_tokens == "unlimited" and params.image[0].name == "before"
    assert params.response_format.segment_time_format == "hh:mm:ss"
    assert retrieved.additional_properties == {} and params.additional_properties == {}


def test_the_fake_takes_pegasus16_and_images() -> None:
    fake = FakeTwelveLabs()
    with fake.client() as client:
        answer = client.analyze(
            model_name="pegasus1.6", image=IMAGES, prompt="Compare <@before> with <@after>."
        )
        created = client.analyze_async.tasks.create(
            model_name="pegasus1.6", image=IMAGES, prompt="Describe them."
        )
        fake.advance(3600)
        progress: list[TaskProgress[Any]] = []
        done = client.analyze_async.tasks.wait(created.task_id, on_progress=progress.append)
    assert answer.data and done.status == "ready" and progress
    assert [r.status for r in fake.requests] == [200, 202, 200]
