"""A generated model given as an argument is sent as its JSON (sync and async).

``response_format`` may be a plain dict, a bare JSON schema, or the generated model a result or
an earlier call handed out (``SyncResponseFormat``): the request carries the same JSON each time.
"""

from __future__ import annotations

import json

import httpx
import pytest

from tests.unit._transport import Both, Script
from twelvelabs_analyze_api.models.sync_response_format import SyncResponseFormat

FORMAT = {
    "type": "json_schema",
    "json_schema": {"type": "object", "properties": {"title": {"type": "string"}}},
}
ANSWER = {"id": "gen-1", "data": json.dumps({"title": "A walk"}), "finish_reason": "stop"}


@pytest.mark.parametrize(
    "response_format",
    [FORMAT, FORMAT["json_schema"], SyncResponseFormat.from_dict(FORMAT)],
    ids=["dict", "bare schema", "model"],
)
def test_a_response_format_is_sent_as_its_json(mode: str, response_format: object) -> None:
    script = Script(httpx.Response(200, json=ANSWER))
    Both(mode, script).call("analyze", video_id="v", prompt="Title?", response_format=response_format)
    (body,) = script.bodies()
    assert body == {"video_id": "v", "prompt": "Title?", "response_format": FORMAT, "stream": False}
