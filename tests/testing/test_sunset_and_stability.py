"""The sunset of ``/gist`` and ``/summarize``, missing videos on the legacy routes, and answers that
stay the same for the same video whatever else the request asks."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from twelvelabs_analyze._async._routes import endpoint_gone
from twelvelabs_analyze._error_mapping import error_from_response
from twelvelabs_analyze.testing import MISSING_VIDEO_PREFIX, FakeTwelveLabs, load_spec

from .conftest import KEY, body_of, post

GIST = "/v1.3/gist"
SUMMARIZE = "/v1.3/summarize"
ANALYZE = "/v1.3/analyze"
SPEC = load_spec()
ERROR_BODY = SPEC.validator_for({"$ref": SPEC.component_ref("ErrorBody")})


# --- the sunset ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", [GIST, SUMMARIZE])
@pytest.mark.parametrize("method", ["POST", "GET", "DELETE"])
def test_after_the_sunset_legacy_routes_answer_like_unknown_ones(path: str, method: str) -> None:
    live = FakeTwelveLabs(api_key=KEY, legacy_endpoints=False)
    body = {"video_id": "v", "types": ["title"], "type": "summary"}
    gone = post(live, path, body, method=method)
    unknown = post(live, "/v1.3/never-existed", body, method=method)
    assert gone.status == unknown.status == 404
    error = body_of(gone)
    ERROR_BODY.validate(error)
    assert (error["code"], error["message"]) == ("not_found", f"No endpoint at {path}.")
    assert error.keys() == body_of(unknown).keys()
    assert dict(gone.headers).keys() == dict(unknown.headers).keys()  # rate-limit headers too


def test_after_the_sunset_analyze_is_served_and_the_spec_is_unchanged() -> None:
    live = FakeTwelveLabs(api_key=KEY, legacy_endpoints=False)
    assert not live.legacy_endpoints and FakeTwelveLabs().legacy_endpoints
    assert post(live, ANALYZE, {"video_id": "v", "prompt": "p", "stream": False}).status == 200
    assert post(live, "/v1.3/analyze/tasks", b"", method="GET").status == 200
    assert post(live, "/v1.3/analyze", {}, method="GET").status == 405
    assert {op.operation_id for op in SPEC.operations.values() if op.deprecated} == {"gist", "summarize"}
    assert "legacy_endpoints=False" in repr(live)


def test_before_the_sunset_legacy_routes_are_served() -> None:
    fake = FakeTwelveLabs(api_key=KEY)  # legacy_endpoints=True is the default
    assert post(fake, GIST, {"video_id": "v", "types": ["title"]}).status == 200
    assert post(fake, SUMMARIZE, {"video_id": "v", "type": "chapter"}).status == 200


def client_error(fake: FakeTwelveLabs, path: str, body: dict[str, Any]) -> Any:
    """The fake's answer as the client's own error (built the way the client builds it)."""
    answer = post(fake, path, body)
    request = httpx.Request("POST", "https://api.twelvelabs.io" + path)
    return error_from_response(
        httpx.Response(answer.status, headers=answer.headers, content=answer.body, request=request), None
    )


def test_the_client_reads_the_sunset_answer_as_a_gone_endpoint() -> None:
    # The client serves gist/summarize through /analyze once their endpoint says it is gone.
    gone = client_error(
        FakeTwelveLabs(api_key=KEY, legacy_endpoints=False), GIST, {"video_id": "video-1", "types": ["title"]}
    )
    assert endpoint_gone(gone, "video-1")
    missing = client_error(FakeTwelveLabs(api_key=KEY), GIST, {"video_id": "missing-1", "types": ["title"]})
    assert not endpoint_gone(missing, "missing-1")  # a missing video is not a missing endpoint


# --- missing videos on the legacy routes ---------------------------------------------------


@pytest.mark.parametrize(("path", "body"), [(GIST, {"types": ["title"]}), (SUMMARIZE, {"type": "summary"})])
def test_legacy_routes_answer_resource_not_exist_for_missing_videos(path: str, body: dict[str, Any]) -> None:
    fake = FakeTwelveLabs(api_key=KEY)
    fake.add_missing_video("deleted-video")
    for video_id in (MISSING_VIDEO_PREFIX + "1", "deleted-video"):
        response = post(fake, path, {**body, "video_id": video_id})
        assert response.status == 404
        error = body_of(response)
        ERROR_BODY.validate(error)
        assert error["code"] == "resource_not_exist" and video_id in error["message"]
    fake.reset()  # forgets registered missing videos; the prefix convention stays
    assert post(fake, path, {**body, "video_id": "deleted-video"}).status == 200
    assert post(fake, path, {**body, "video_id": MISSING_VIDEO_PREFIX + "1"}).status == 404


# --- stable answers --------------------------------------------------------------------------


def gist(fake: FakeTwelveLabs, video_id: str, types: list[str]) -> dict[str, Any]:
    return dict(body_of(post(fake, GIST, {"video_id": video_id, "types": types})))


def test_gist_answers_are_stable_across_types(fake: FakeTwelveLabs) -> None:
    for video_id in (f"video-{n}" for n in range(20)):
        everything = gist(fake, video_id, ["title", "topic", "hashtag"])
        assert gist(fake, video_id, ["title"])["title"] == everything["title"]
        assert gist(fake, video_id, ["hashtag", "topic"])["topics"] == everything["topics"]
        assert gist(fake, video_id, ["hashtag"])["hashtags"] == everything["hashtags"]


def test_chapters_and_highlights_do_not_depend_on_the_prompt(fake: FakeTwelveLabs) -> None:
    def items(kind: str, prompt: str | None) -> list[dict[str, Any]]:
        body = {"video_id": "v7", "type": kind} | ({"prompt": prompt} if prompt else {})
        key = "chapters" if kind == "chapter" else "highlights"
        return list(body_of(post(fake, SUMMARIZE, body))[key])

    for kind in ("chapter", "highlight"):
        plain, prompted = items(kind, None), items(kind, "for new cooks")
        times = ("start", "end", "start_sec", "end_sec")
        assert [[i[t] for t in times] for i in plain] == [[i[t] for t in times] for i in prompted]
        summaries = [i.get("chapter_summary", i.get("highlight_summary")) for i in prompted]
        assert all(s.endswith('It bears on "for new cooks".') for s in summaries)


def test_the_video_reads_the_same_on_every_route(fake: FakeTwelveLabs) -> None:
    legacy = gist(fake, "v9", ["title", "topic", "hashtag"])
    chapters = body_of(post(fake, SUMMARIZE, {"video_id": "v9", "type": "chapter"}))["chapters"]
    # /analyze asked for the same things as JSON (what the client sends when it serves gist and
    # summarize through /analyze): the same title, topics, hashtags and chapters.
    schema = {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "topics": {"type": "array", "items": {"type": "string"}},
            "hashtags": {"type": "array", "items": {"type": "string"}},
            "chapters": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "chapter_number": {"type": "integer"},
                        "start_sec": {"type": "number"},
                        "end_sec": {"type": "number"},
                        "chapter_title": {"type": "string"},
                        "chapter_summary": {"type": "string"},
                    },
                    "required": [
                        "chapter_number",
                        "start_sec",
                        "end_sec",
                        "chapter_title",
                        "chapter_summary",
                    ],
                },
            },
        },
        "required": ["title", "topics", "hashtags", "chapters"],
    }
    body = {
        "video_id": "v9",
        "prompt": "Give the title, topics, hashtags and chapters",
        "stream": False,
        "response_format": {"type": "json_schema", "json_schema": schema},
    }
    data = json.loads(body_of(post(fake, ANALYZE, body))["data"])
    assert (data["title"], data["topics"], data["hashtags"]) == (
        legacy["title"],
        legacy["topics"],
        legacy["hashtags"],
    )
    assert [
        (c["chapter_number"], c["start_sec"], c["end_sec"], c["chapter_title"], c["chapter_summary"])
        for c in data["chapters"]
    ] == [
        (c["chapter_number"], c["start_sec"], c["end_sec"], c["chapter_title"], c["chapter_summary"])
        for c in chapters
    ]
    text = body_of(post(fake, ANALYZE, {"video_id": "v9", "prompt": "Title?", "stream": False}))["data"]
    assert f"Title: {legacy['title']}" in text
