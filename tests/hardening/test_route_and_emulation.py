"""A retired endpoint's 404 is told from a missing video by structure, and answers served through
``/analyze`` are decoded within the JSON limits.

* A route-level 404 (``not_found``: ``No endpoint at /v1.3/gist.``) is about the route: a video
  id that happens to be part of its path (``v1``, ``3``, ``gist``) or a word of its message
  (``at``) does not make it a missing video; only a field that is the id does.
* An answer's ``data`` nested beyond the decoder's depth limit is an ``APIResponseValidationError``
  naming the limit, not a ``RecursionError``, with either JSON backend.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.unit._transport import Both, Script
from twelvelabs_analyze import APIResponseValidationError, GistResult, NotFoundError
from twelvelabs_analyze._async._routes import endpoint_gone
from twelvelabs_analyze._exceptions import APIStatusError
from twelvelabs_analyze._json import MAX_DEPTH
from twelvelabs_analyze.testing import FakeTwelveLabs

PATH_PARTS = ["v1", "3", "v1.3", "gist", "summarize", "analyze", "No", "endpoint", "at"]


@pytest.mark.parametrize("video_id", PATH_PARTS)
def test_a_video_id_inside_the_retired_path_is_not_a_missing_video(video_id: str) -> None:
    retired = FakeTwelveLabs(legacy_endpoints=False)  # type: ignore[call-arg]
    result = retired.client().with_raw_response.gist(video_id, types=["title"])
    assert isinstance(result.parsed, GistResult)
    assert result.endpoint == "POST /analyze"


def test_a_missing_video_is_still_a_missing_video() -> None:
    fake = FakeTwelveLabs()
    fake.add_missing_video("v1")
    with pytest.raises(NotFoundError, match="resource_not_exist"):
        fake.client().gist("v1", types=["title"])


def gone(body: Any) -> APIStatusError:
    response = httpx.Response(404, request=httpx.Request("POST", "https://api.test/v1.3/gist"))
    code = body.get("code") if isinstance(body, dict) else None
    return APIStatusError("x", response=response, body=body, code=code, docs_url=None)


@pytest.mark.parametrize(
    ("body", "video_id", "is_gone"),
    [
        ({"code": "not_found", "message": "No endpoint at /v1.3/gist."}, "v1", True),
        ({"code": "not_found", "message": "No endpoint at /v1.3/gist."}, "gist", True),
        ({"message": "Cannot POST /v1.3/summarize"}, "summarize", True),
        ({"message": "No route for '/v1.3/gist'"}, "v1", True),
        ({"message": "No route for https://api.test/v1.3/gist"}, "api", True),
        ("Not Found: /v1.3/analyze", "analyze", True),
        ({"detail": "gone", "path": "/v1.3/gist"}, "3", True),
        ({"code": "not_found", "message": "No endpoint at /v1.3/gist."}, "at", True),
        ({"code": "not_found", "message": "No such video", "video_id": "v1"}, "v1", False),
        ({"message": "no route"}, "no", False),  # no route-level code: a word of its own names the video
        ({"message": "Video v1 was not found."}, "v1", False),
        ({"message": "No such video: 'v1.3'."}, "v1.3", False),
        ({"detail": ["v123"]}, "v123", False),
        ({"detail": ["v1234"]}, "v123", True),  # another id
        ({"message": "video a/b is unknown"}, "a/b", False),
    ],
)
def test_only_a_body_that_names_the_video_is_a_missing_video(body: Any, video_id: str, is_gone: bool) -> None:
    assert endpoint_gone(gone(body), video_id) is is_gone


DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize(
    "data",
    [
        DEEP,
        '{"title": ' + DEEP + "}",
        '{"title": "t", "x": ' + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "}",
    ],
    ids=["deep", "deep-inside", "just-too-deep"],
)
def test_deeply_nested_answer_data_is_a_validation_error(
    mode: str, json_backend: str, sleeps: list[float], data: str
) -> None:
    answer = {"id": "g", "data": data, "finish_reason": "stop"}
    script = Script(httpx.Response(200, content=json.dumps(answer).encode()))
    with pytest.raises(APIResponseValidationError) as caught:
        Both(mode, script, legacy_endpoints=False).call("summarize", "v1", type="summary")
    assert f"nested deeper than {MAX_DEPTH} levels" in str(caught.value)
    assert caught.value.body == data
