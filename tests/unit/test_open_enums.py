"""Answers keep enum values the spec does not list yet; requests are still checked strictly (issue 21).

A paid-for answer carrying ``finish_reason: "content_filter"`` or a task status added after our
snapshot of the spec is parsed with the value kept (typed ``TheEnum | str``), and a task in an
unknown status is neither done nor failed: ``wait`` keeps polling and reports the status.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Iterator
from importlib import resources
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from twelvelabs_analyze import TaskProgress, TaskTimeoutError
from twelvelabs_analyze.testing._instances import instance_of
from twelvelabs_analyze_api import models

from ._transport import Both, Script, ndjson

SPEC: dict[str, Any] = json.loads(
    resources.files("twelvelabs_analyze_api").joinpath("openapi.json").read_text()
)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
PREFIX = "#/components/schemas/"
NOW = "2026-11-22T10:00:00Z"


# --------------------------------------------------------------------------- the spec's answers


def _components_in(node: Any, found: set[str]) -> None:
    """Every component schema ``node`` refers to, directly or through other components."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(PREFIX) and "/" not in ref.removeprefix(PREFIX):
            name = ref.removeprefix(PREFIX)
            if name not in found:
                found.add(name)
                _components_in(SCHEMAS[name], found)
        for key, value in node.items():
            if key != "$defs":
                _components_in(value, found)
    elif isinstance(node, list):
        for item in node:
            _components_in(item, found)


def _answer_components() -> set[str]:
    found: set[str] = set()
    for item in SPEC["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                _components_in(operation.get("responses"), found)
    return found


def _class_name(component: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", component) if part)


def _resolve(schema: Any) -> Any:
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        schema = SCHEMAS[schema["$ref"].removeprefix(PREFIX)]
    return schema


def _valid(schema: Any, value: Any) -> bool:
    return Draft202012Validator({**schema, "components": SPEC["components"]}).is_valid(value)


Path = tuple[str | int, ...]


def enum_slots(schema: Any, value: Any, path: Path = ()) -> Iterator[tuple[Path, list[Any]]]:
    """Where ``value`` (valid for ``schema``) holds a value of an enum of two or more values.

    An enum of one value is a tag naming the model (a discriminator): not an open set of states.
    """
    schema = _resolve(schema)
    if not isinstance(schema, dict):
        return
    enum = schema.get("enum")
    if isinstance(enum, list) and len(enum) > 1 and isinstance(value, str):
        yield path, enum
    for part in schema.get("allOf") or []:
        yield from enum_slots(part, value, path)
    for keyword in ("oneOf", "anyOf"):
        for variant in schema.get(keyword) or []:
            if _valid(variant, value):
                yield from enum_slots(variant, value, path)
                break
    if isinstance(value, dict):
        for name, sub in (schema.get("properties") or {}).items():
            if name in value:
                yield from enum_slots(sub, value[name], (*path, name))
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            yield from enum_slots(schema["items"], item, (*path, index))


def _get(value: Any, path: Path) -> Any:
    for step in path:
        value = value[step]
    return value


def _set(value: Any, path: Path, new: Any) -> None:
    _get(value, path[:-1])[path[-1]] = new


def _instance(component: str, seed: int) -> Any:
    root = {"$ref": PREFIX + component, "components": SPEC["components"]}
    return instance_of(root, random.Random(seed), root=root)


def _models_with_enums() -> dict[str, list[int]]:
    """Answer models whose instances hold an open enum value, with seeds that produce one."""
    found: dict[str, list[int]] = {}
    for component in sorted(_answer_components()):
        schema = SCHEMAS[component]
        if "properties" not in schema or not hasattr(models, _class_name(component)):
            continue  # unions (their variants are components too) and plain values
        seeds = [seed for seed in range(12) if any(enum_slots(schema, _instance(component, seed)))]
        if seeds:
            found[component] = seeds
    return found


MODELS_WITH_ENUMS = _models_with_enums()


def test_the_fuzz_covers_the_answers_that_have_enums() -> None:
    assert {"AnalyzeResult", "AnalyzeTask", "AnalyzeTaskCreated", "AnalyzeTaskPage", "StreamEndEvent"} <= set(
        MODELS_WITH_ENUMS
    )


_unknown = st.text(st.characters(codec="utf-8"), min_size=1, max_size=24)


@given(data=st.data())
@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
def test_every_answer_model_keeps_enum_values_the_spec_does_not_list(data: st.DataObject) -> None:
    component = data.draw(st.sampled_from(sorted(MODELS_WITH_ENUMS)), label="model")
    seed = data.draw(st.sampled_from(MODELS_WITH_ENUMS[component]), label="seed")
    body = _instance(component, seed)
    slots = list(enum_slots(SCHEMAS[component], body))
    chosen = data.draw(st.lists(st.sampled_from(slots), min_size=1, unique_by=lambda s: s[0]), label="slots")
    replaced = []
    for path, values in chosen:
        unknown = data.draw(_unknown.filter(lambda v, known=values: v not in known), label=str(path))
        _set(body, path, unknown)
        replaced.append((path, unknown))
    parsed = getattr(models, _class_name(component)).from_dict(body)
    as_data = parsed.to_dict()
    for path, unknown in replaced:
        assert _get(as_data, path) == unknown, path


@pytest.mark.parametrize(
    ("model", "body", "error"),
    [
        (models.AnalyzeTask, {"task_id": "t", "custom_id": None, "status": 5, "created_at": NOW}, "status"),
        (models.AnalyzeResult, {"id": "a", "data": "x", "finish_reason": ["stop"]}, "finish_reason"),
        (models.StreamStartEvent, {"event_type": "stream_begin"}, "stream_begin"),
    ],
)
def test_a_value_of_the_wrong_type_or_an_unknown_tag_still_fails(
    model: Any, body: dict[str, Any], error: str
) -> None:
    """Open means any string, not anything: and a tag names the model, so an unknown one is not this model."""
    with pytest.raises(TypeError, match=error):
        model.from_dict(body)


# --------------------------------------------------------------------------- through the client


def ok(body: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


def task(status: str, **extra: Any) -> dict[str, Any]:
    return {"task_id": "t1", "custom_id": None, "status": status, "created_at": NOW, **extra}


def test_an_answer_with_an_unknown_finish_reason_is_returned(mode: str) -> None:
    answer = {
        "id": "a1",
        "data": "Partly shown.",
        "finish_reason": "content_filter",
        "usage": {"output_tokens": 3},
    }
    result = Both(mode, Script(ok(answer))).call(
        "analyze", video={"type": "url", "url": "https://example.com/v.mp4"}, prompt="Describe it."
    )
    assert result.finish_reason == "content_filter" and result.data == "Partly shown."


def test_a_stream_ending_with_an_unknown_finish_reason_is_read(mode: str) -> None:
    body = ndjson(
        {"event_type": "stream_start", "metadata": {"generation_id": "g1"}},
        {"event_type": "text_generation", "text": "Partly"},
        {"event_type": "stream_end", "finish_reason": "content_filter", "metadata": {"generation_id": "g1"}},
    )
    script = Script(httpx.Response(200, content=body, headers={"content-type": "application/x-ndjson"}))
    stream, events = Both(mode, script).collect(
        lambda client: client.analyze_stream(
            video={"type": "url", "url": "https://example.com/v.mp4"}, prompt="Go"
        )
    )
    assert len(events) == 3 and stream.finish_reason == "content_filter" and stream.text == "Partly"


def test_a_task_in_an_unknown_status_is_retrieved_and_waited_on(mode: str, sleeps: list[float]) -> None:
    result = {"generation_id": "g1", "data": "Done.", "finish_reason": "stop", "usage": {"output_tokens": 2}}
    statuses = ["queued", "throttled", "throttled", "ready"]
    script = Script(*(ok(task(s, **({"result": result} if s == "ready" else {}))) for s in statuses))
    both = Both(mode, script)
    seen: list[TaskProgress[Any]] = []
    done = both.call("analyze_async.tasks.wait", "t1", poll_interval=2, on_progress=seen.append)
    assert done.status == "ready" and done.result.data == "Done."
    assert [p.status for p in seen] == statuses, "the unknown status is reported, not misread"
    assert len(sleeps) == 3
    retrieved = both.call("analyze_async.tasks.retrieve", "t1")
    assert retrieved.status == "ready"


def test_a_task_stuck_in_an_unknown_status_times_out_naming_it(
    mode: str, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])

    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock[0] += seconds

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock[0] += seconds

    monkeypatch.setattr("twelvelabs_analyze._sleep.sleep", sleep)
    monkeypatch.setattr("twelvelabs_analyze._sleep.async_sleep", async_sleep)
    with pytest.raises(TaskTimeoutError, match="still 'paused'") as caught:
        Both(mode, Script(ok(task("paused")))).call(
            "analyze_async.tasks.wait", "t1", poll_interval=4, timeout=10
        )
    assert caught.value.task.status == "paused"
    assert sum(sleeps) == pytest.approx(10)


def test_a_listed_task_in_an_unknown_status_is_kept(mode: str) -> None:
    page = {
        "data": [
            task("throttled"),
            task(
                "ready",
                result={
                    "generation_id": "g",
                    "data": "x",
                    "finish_reason": "stop",
                    "usage": {"output_tokens": 1},
                },
            ),
        ],
        "page_info": {"page": 1, "total_page": 1, "limit_per_page": 10, "total_results": 2},
    }
    both = Both(mode, Script(ok(page)))
    listed = both.call("analyze_async.tasks.list")
    if mode == "sync":
        statuses = [t.status for t in listed]
    else:

        async def collect() -> list[str]:
            return [t.status async for t in listed]

        statuses = both.run(collect())
    assert statuses == ["throttled", "ready"]


@pytest.mark.parametrize(
    ("method", "arguments", "error"),
    [
        ("analyze", {"model_name": "pegasus9", "video": {"type": "url", "url": "https://e.com/v.mp4"}, "prompt": "x"}, "model_name"),
        ("analyze_async.tasks.list", {"status": "throttled"}, "status"),
    ],
)  # fmt: skip
def test_requests_are_still_checked_strictly(
    mode: str, method: str, arguments: dict[str, Any], error: str
) -> None:
    script = Script(ok({}))
    with pytest.raises(ValueError, match=error):
        Both(mode, script).call(method, **arguments)
    assert script.requests == []


def test_gist_through_analyze_keeps_an_answer_with_an_unknown_finish_reason(mode: str) -> None:
    """The emulation branches on finish_reason "length" only: another value with a usable answer is used."""
    answer = {"id": "a1", "data": '{"title": "A walk"}', "finish_reason": "content_filter"}
    script = Script(ok(answer))
    result = Both(mode, script, legacy_endpoints=False).call(
        "gist", "6298d673f1090f1100476d4c", types=["title"]
    )
    assert result.title == "A walk" and script.requests[0].url.path.endswith("/analyze")


def test_gist_through_analyze_with_an_unknown_finish_reason_and_no_json_keeps_the_text(mode: str) -> None:
    from twelvelabs_analyze import APIResponseValidationError

    answer = {"id": "a1", "data": "[filtered]", "finish_reason": "content_filter"}
    with pytest.raises(APIResponseValidationError, match="not the JSON object asked for") as caught:
        Both(mode, Script(ok(answer)), legacy_endpoints=False).call("gist", "6298d673f1090f1100476d4c")
    assert caught.value.body == "[filtered]"
