"""The client refuses before sending what the fake would answer 400 to, and says why the same way.

The documented bounds between two fields (``x-at-least`` in openapi/overlay.yaml) and values JSON
cannot carry (NaN, the infinities, unpaired surrogates): a ValueError naming the parameters from
the client, nothing sent; the same body sent anyway is a 400 from the fake.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import body_of, post

SEGMENTS = {
    "type": "segment_definitions",
    "segment_definitions": [
        {"id": "m", "description": "m", "fields": [{"name": "s", "type": "string", "description": "s"}]}
    ],
}
TIME_BASED: dict[str, Any] = {
    "video": {"type": "url", "url": "https://example.com/v.mp4"},
    "model_name": "pegasus1.5",
    "analysis_mode": "time_based_metadata",
    "response_format": SEGMENTS,
}


def ranged(start: float, end: float) -> dict[str, Any]:
    definition = {
        **SEGMENTS["segment_definitions"][0],
        "time_ranges": [{"start_time": start, "end_time": end}],
    }
    return {**TIME_BASED, "response_format": {**SEGMENTS, "segment_definitions": [definition]}}


# (route, the request, the fields the message names, the same request just within the rule)
BROKEN = [
    (
        "tasks",
        {**TIME_BASED, "min_segment_duration": 10, "max_segment_duration": 9.5},
        ("max_segment_duration", "min_segment_duration"),
        {**TIME_BASED, "min_segment_duration": 10, "max_segment_duration": 10},
    ),
    (
        "tasks",
        {**TIME_BASED, "start_time": 30, "end_time": 20},
        ("end_time", "start_time"),
        {**TIME_BASED, "start_time": 30, "end_time": 34},
    ),
    (
        "tasks",
        {**TIME_BASED, "start_time": 30, "end_time": 33.5},  # after start_time, but under 4 s
        ("end_time", "start_time"),
        {**TIME_BASED, "start_time": 29.5, "end_time": 33.5},
    ),
    (
        "analyze",
        {"video_id": None, "video": TIME_BASED["video"], "model_name": "pegasus1.5", "prompt": "p",
         "start_time": 8, "end_time": 8},
        ("end_time", "start_time"),
        {"video": TIME_BASED["video"], "model_name": "pegasus1.5", "prompt": "p", "start_time": 8, "end_time": 12},
    ),
    ("tasks", ranged(50, 51.5), ("end_time", "start_time"), ranged(50, 52)),  # at least 2 s
]  # fmt: skip


def _without_none(body: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if value is not None}


def _call(fake: FakeTwelveLabs, route: str, body: dict[str, Any]) -> Any:
    client = fake.client(max_retries=0)
    if route == "tasks":
        return client.analyze_async.tasks.create(**_without_none(body))
    return client.analyze(**_without_none(body))


@pytest.mark.parametrize(("route", "body", "fields", "within"), BROKEN)
def test_a_documented_bound_between_fields_is_checked_by_both(
    fake: FakeTwelveLabs, route: str, body: dict[str, Any], fields: tuple[str, str], within: dict[str, Any]
) -> None:
    with pytest.raises(ValueError) as refused:
        _call(fake, route, body)
    assert all(field in str(refused.value) for field in fields), refused.value
    # The parameter blamed: the later field, or the top-level one that holds it.
    assert getattr(refused.value, "parameter", None) in (fields[0], "response_format")
    assert fake.requests == []  # refused before sending
    path = "/v1.3/analyze/tasks" if route == "tasks" else "/v1.3/analyze"
    answer = post(fake, path, _without_none(body))
    assert answer.status == 400
    error = body_of(answer).get("error", body_of(answer))
    assert error["code"] == "parameter_invalid"
    assert all(field in error["message"] for field in fields), error
    assert error["message"].rstrip(".") == str(refused.value)  # the spec's one sentence, both sides
    _call(fake, route, within)  # the boundary itself is allowed


@pytest.mark.parametrize(
    ("arguments", "parameter"),
    [
        ({"temperature": float("nan")}, "temperature"),
        ({"temperature": float("inf")}, "temperature"),
        ({"prompt": "fine \ud800 not"}, "prompt"),
        ({"response_format": {"type": "json_schema", "json_schema": {"\udfff": 1}}}, "response_format"),
    ],
)
def test_what_json_cannot_carry_is_refused_before_sending(
    fake: FakeTwelveLabs, arguments: dict[str, Any], parameter: str
) -> None:
    client = fake.client(max_retries=0)
    with pytest.raises(ValueError, match=parameter):
        client.analyze(video_id="v1", **{"prompt": "p", **arguments})
    assert fake.requests == []
    raw = json.dumps({"video_id": "v1", "prompt": "p", **arguments}, allow_nan=True).encode()
    answer = post(fake, "/v1.3/analyze", raw)  # sent anyway, as another client could
    assert answer.status == 400
    assert body_of(answer)["message"].startswith("The request body is not valid JSON")
