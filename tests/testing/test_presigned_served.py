"""Multipart uploads over ``fake.serve()`` with plain httpx: presigned URLs point at the served
origin, parts stream past the body limit, broken parts break the connection."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import httpx
import pytest

from twelvelabs_analyze.testing import FakeClock, FakeTwelveLabs, ServerLimits

KEY = "test-key"
MIB = 1024 * 1024


@pytest.fixture
def fake() -> FakeTwelveLabs:
    # Parts (2 MiB) are larger than any API request body may be (1 MiB): they are not read whole.
    fake = FakeTwelveLabs(
        api_key=KEY, clock=FakeClock(start=1_800_000_000.0), limits=ServerLimits(max_body_bytes=MIB)
    )
    fake.configure_uploads(chunk_size=2 * MIB, keep_bytes=True, asset_processing=0)
    return fake


@pytest.fixture
def served(fake: FakeTwelveLabs) -> Iterator[str]:
    with fake.serve() as base_url:
        yield base_url


def test_a_file_uploads_in_parts_larger_than_the_body_limit(fake: FakeTwelveLabs, served: str) -> None:
    data = hashlib.sha256(b"seed").digest() * (5 * MIB // 32 + 3)  # 5 MiB and a bit: 3 parts
    with httpx.Client(base_url=served, headers={"x-api-key": KEY}) as api, httpx.Client() as parts:
        session = api.post(
            "/assets/multipart-uploads", json={"filename": "f.mp4", "type": "video", "total_size": len(data)}
        ).json()
        origin = served.rsplit("/v1.3", 1)[0]
        assert all(u["url"].startswith(origin + "/_presigned/") for u in session["upload_urls"])
        done = []
        for url in session["upload_urls"]:
            index = url["chunk_index"]
            part = data[(index - 1) * 2 * MIB : index * 2 * MIB]
            answer = parts.put(url["url"], content=part)
            assert answer.status_code == 200, answer.text
            done.append(
                {
                    "chunk_index": index,
                    "proof": answer.headers["etag"],
                    "proof_type": "etag",
                    "chunk_size": len(part),
                }
            )
        reported = api.post(
            f"/assets/multipart-uploads/{session['upload_id']}", json={"completed_chunks": done}
        )
        assert reported.json()["total_completed"] == 3
        assert api.get(f"/assets/{session['asset_id']}").json()["status"] == "ready"
    assert fake.asset_content(session["asset_id"]) == data
    assert [r.api_key for r in fake.presigned_requests] == [None, None, None]


def test_a_part_of_the_wrong_size_is_refused_over_http(fake: FakeTwelveLabs, served: str) -> None:
    fake.configure_uploads(chunk_size=10)
    with httpx.Client(base_url=served, headers={"x-api-key": KEY}) as api, httpx.Client() as parts:
        urls = api.post(
            "/assets/multipart-uploads", json={"filename": "f.mp4", "type": "video", "total_size": 30}
        ).json()["upload_urls"]
        declared = parts.put(urls[0]["url"], content=b"x" * 11)  # Content-Length: refused on its head
        assert declared.status_code == 400
        assert b"EntityTooLarge" in declared.content
        streamed = parts.put(urls[1]["url"], content=iter([b"x" * 6, b"x" * 6]))  # chunked: refused part-way
        assert streamed.status_code == 400
        short = parts.put(urls[2]["url"], content=iter([b"x" * 4]))
        assert short.status_code == 400
        assert b"IncompleteBody" in short.content


def test_a_dropped_part_is_a_broken_connection_over_http(fake: FakeTwelveLabs, served: str) -> None:
    fake.configure_uploads(chunk_size=10)
    with httpx.Client(base_url=served, headers={"x-api-key": KEY}) as api, httpx.Client() as parts:
        urls = api.post(
            "/assets/multipart-uploads", json={"filename": "f.mp4", "type": "video", "total_size": 20}
        ).json()["upload_urls"]
        fake.drop_next_part()
        with pytest.raises(httpx.RemoteProtocolError):
            parts.put(urls[0]["url"], content=b"x" * 10)
        fake.fail_next_part(500)
        assert parts.put(urls[1]["url"], content=b"x" * 10).status_code == 500
        assert parts.put(urls[1]["url"], content=b"x" * 10).status_code == 403  # used up
