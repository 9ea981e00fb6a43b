"""The fake's multipart uploads, in-process with plain httpx: sessions, presigned part PUTs
(signature, expiry, single use, size, ETag), part faults, reports, status, expiry."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from twelvelabs_analyze.testing import FakeClock, FakeTwelveLabs

KEY = "test-key"
CHUNK = 10
DATA = bytes(range(256)) * 2  # 512 bytes: 52 chunks of 10, the last of 2


@pytest.fixture
def fake() -> FakeTwelveLabs:
    fake = FakeTwelveLabs(api_key=KEY, clock=FakeClock(start=1_800_000_000.0))
    fake.configure_uploads(chunk_size=CHUNK, initial_urls=4, asset_processing=5, keep_bytes=True)
    return fake


@pytest.fixture
def api(fake: FakeTwelveLabs) -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=fake.transport(), base_url=fake.base_url, headers={"x-api-key": KEY}
    ) as client:
        yield client


@pytest.fixture
def parts(fake: FakeTwelveLabs) -> Iterator[httpx.Client]:
    """The client for presigned URLs: no API key, as it should be."""
    with httpx.Client(transport=fake.transport()) as client:
        yield client


def create(api: httpx.Client, size: int = len(DATA), kind: str = "video") -> dict[str, Any]:
    answer = api.post(
        "/assets/multipart-uploads", json={"filename": "big.mp4", "type": kind, "total_size": size}
    )
    assert answer.status_code == 201, answer.text
    created: dict[str, Any] = answer.json()
    return created


def urls_for(api: httpx.Client, upload_id: str, start: int, count: int) -> dict[int, str]:
    answer = api.post(
        f"/assets/multipart-uploads/{upload_id}/presigned-urls", json={"start": start, "count": count}
    )
    assert answer.status_code == 200, answer.text
    return {u["chunk_index"]: u["url"] for u in answer.json()["upload_urls"]}


def chunk(index: int) -> bytes:
    return DATA[(index - 1) * CHUNK : index * CHUNK]


def proof(index: int, etag: str) -> dict[str, Any]:
    return {"chunk_index": index, "proof": etag, "proof_type": "etag", "chunk_size": len(chunk(index))}


def report(api: httpx.Client, upload_id: str, items: list[dict[str, Any]]) -> httpx.Response:
    return api.post(f"/assets/multipart-uploads/{upload_id}", json={"completed_chunks": items})


def test_a_whole_upload_in_any_order_with_duplicates(
    fake: FakeTwelveLabs, api: httpx.Client, parts: httpx.Client
) -> None:
    session = create(api)
    upload_id, total = session["upload_id"], session["total_chunks"]
    assert (session["chunk_size"], total) == (CHUNK, 52)
    assert [u["chunk_index"] for u in session["upload_urls"]] == [1, 2, 3, 4]  # not every chunk
    urls = {u["chunk_index"]: u["url"] for u in session["upload_urls"]}
    urls |= urls_for(api, upload_id, 5, 48)
    with pytest.raises(AssertionError):
        urls_for(api, upload_id, 1, 51)  # at most 50 a call
    etags = {}
    for index in reversed(range(1, total + 1)):
        put = parts.put(urls[index], content=chunk(index))
        assert put.status_code == 200, put.text
        etags[index] = put.headers["etag"]
        assert etags[index] == f'"{hashlib.md5(chunk(index)).hexdigest()}"'
    first = report(api, upload_id, [proof(i, etags[i]) for i in (3, 1, 2, 1)]).json()
    assert (first["processed_chunks"], first["duplicate_chunks"], first["total_completed"]) == (3, 1, 3)
    assert "url" not in first
    assert api.get(f"/assets/{session['asset_id']}").status_code == 404  # reserved, not yet available
    rest = report(api, upload_id, [proof(i, etags[i].strip('"')) for i in range(1, total + 1)]).json()
    assert (rest["processed_chunks"], rest["duplicate_chunks"], rest["total_completed"]) == (49, 3, 52)
    assert rest["url"] and rest["asset_id"] == session["asset_id"]
    status = api.get(f"/assets/multipart-uploads/{upload_id}").json()
    assert (status["status"], status["chunks_completed"], status["uploaded_size"]) == (
        "completed",
        52,
        len(DATA),
    )
    asset = api.get(f"/assets/{session['asset_id']}").json()
    assert (asset["status"], asset["method"], asset["size"]) == ("processing", "multipart", len(DATA))
    fake.advance(5)
    assert api.get(f"/assets/{session['asset_id']}").json()["status"] == "ready"
    assert fake.asset_content(session["asset_id"]) == DATA
    assert all(record.api_key is None for record in fake.presigned_requests)
    assert all(not r.path.startswith("/_presigned") for r in fake.requests)  # parts are another host's


def test_a_presigned_url_works_once_and_only_as_signed(
    fake: FakeTwelveLabs, api: httpx.Client, parts: httpx.Client
) -> None:
    session = create(api)
    url = session["upload_urls"][0]["url"]
    tampered = url.replace("/_presigned/", "/_presigned/").replace(
        f"/{session['upload_id']}/1?", f"/{session['upload_id']}/2?"
    )
    assert parts.put(tampered, content=chunk(2)).status_code == 403
    unsigned = url.split("?")[0]
    refused = parts.put(unsigned, content=chunk(1))
    assert refused.status_code == 403
    assert b"<Code>SignatureDoesNotMatch</Code>" in refused.content
    assert parts.get(url).status_code == 405
    assert parts.put(url, content=chunk(1)).status_code == 200
    again = parts.put(url, content=chunk(1))
    assert again.status_code == 403
    assert b"already been used" in again.content
    assert "X-Tl-Signature" not in repr(fake.presigned_requests)


def test_a_part_must_be_exactly_its_chunk(api: httpx.Client, parts: httpx.Client) -> None:
    session = create(api)
    urls = urls_for(api, session["upload_id"], 51, 2)
    assert parts.put(session["upload_urls"][0]["url"], content=chunk(1)[:-1]).status_code == 400
    assert parts.put(session["upload_urls"][1]["url"], content=chunk(2) + b"!").status_code == 400
    assert parts.put(urls[52], content=chunk(52)).status_code == 200  # the last: the remainder
    assert parts.put(urls[51], content=chunk(51)[:2]).status_code == 400


def test_urls_expire_after_an_hour_and_sessions_after_a_day(
    fake: FakeTwelveLabs, api: httpx.Client, parts: httpx.Client
) -> None:
    session = create(api)
    upload_id = session["upload_id"]
    fake.advance(3600)
    expired = parts.put(session["upload_urls"][0]["url"], content=chunk(1))
    assert expired.status_code == 403
    assert b"expired" in expired.content
    fresh = urls_for(api, upload_id, 1, 1)
    assert parts.put(fresh[1], content=chunk(1)).status_code == 200
    assert [u["upload_id"] for u in api.get("/assets/multipart-uploads").json()["data"]] == [upload_id]
    fake.advance(86_400)
    assert api.get(f"/assets/multipart-uploads/{upload_id}").json()["status"] == "expired"
    assert api.get("/assets/multipart-uploads").json()["data"] == []
    assert (
        api.post(
            f"/assets/multipart-uploads/{upload_id}/presigned-urls", json={"start": 1, "count": 1}
        ).status_code
        == 400
    )
    assert report(api, upload_id, []).status_code == 400


def test_reports_need_the_etag_the_size_and_an_uploaded_chunk(api: httpx.Client, parts: httpx.Client) -> None:
    session = create(api)
    upload_id = session["upload_id"]
    etag = parts.put(session["upload_urls"][0]["url"], content=chunk(1)).headers["etag"]
    for wrong, words in [
        (proof(1, '"' + "0" * 32 + '"'), "ETag"),
        ({**proof(1, etag), "chunk_size": 9}, "chunk_size"),
        (proof(2, etag), "not been uploaded"),
        (proof(53, etag), "chunk_index"),
    ]:
        answer = report(api, upload_id, [proof(1, etag), wrong])
        assert answer.status_code == 400, wrong
        assert words in answer.json()["message"]
    assert report(api, upload_id, [{**proof(1, etag), "proof_type": "md5"}]).status_code == 400
    # Nothing of a refused batch was taken.
    assert api.get(f"/assets/multipart-uploads/{upload_id}").json()["chunks_completed"] == 0
    assert report(api, upload_id, [proof(1, etag)]).json()["total_completed"] == 1


def test_status_pages_the_chunks_and_counts_failures(
    fake: FakeTwelveLabs, api: httpx.Client, parts: httpx.Client
) -> None:
    session = create(api)
    upload_id = session["upload_id"]
    urls = {u["chunk_index"]: u["url"] for u in session["upload_urls"]}
    etag = parts.put(urls[1], content=chunk(1)).headers["etag"]
    report(api, upload_id, [proof(1, etag)])
    parts.put(urls[2], content=chunk(2))  # uploaded, not reported: pending
    fake.fail_next_part(503)
    failed = parts.put(urls[3], content=chunk(3))
    assert failed.status_code == 503
    assert failed.headers["content-type"] == "application/xml"
    status = api.get(f"/assets/multipart-uploads/{upload_id}", params={"page_limit": 3}).json()
    assert [(c["index"], c["status"]) for c in status["uploaded_chunks"]] == [
        (1, "completed"),
        (2, "pending"),
        (3, "failed"),
    ]
    assert "error" in status["uploaded_chunks"][2]
    assert (status["chunks_completed"], status["chunks_failed"], status["chunks_pending"]) == (1, 1, 50)
    assert status["page_info"]["total_page"] == 18
    second = api.get(f"/assets/multipart-uploads/{upload_id}", params={"page": 2, "page_limit": 3}).json()
    assert [c["index"] for c in second["uploaded_chunks"]] == [4, 5, 6]
    assert parts.put(urls[3], content=chunk(3)).status_code == 403  # a failed PUT used its URL up
    retry = urls_for(api, upload_id, 3, 1)
    assert parts.put(retry[3], content=chunk(3)).status_code == 200
    assert api.get(f"/assets/multipart-uploads/{upload_id}").json()["chunks_failed"] == 0


def test_a_dropped_part_breaks_the_connection_and_a_stalled_one_arrives_late(
    fake: FakeTwelveLabs, api: httpx.Client, parts: httpx.Client
) -> None:
    session = create(api)
    urls = {u["chunk_index"]: u["url"] for u in session["upload_urls"]}
    fake.drop_next_part()
    with pytest.raises(httpx.RemoteProtocolError):
        parts.put(urls[1], content=chunk(1))
    fake.stall_next_part(30)
    with pytest.raises(httpx.ReadTimeout):
        parts.put(urls[2], content=chunk(2), timeout=httpx.Timeout(5, read=0.01))
    status = api.get(f"/assets/multipart-uploads/{session['upload_id']}").json()
    assert status["uploaded_chunks"][0]["status"] == "failed"  # dropped: not stored
    assert status["uploaded_size"] == CHUNK  # stalled: stored all the same
    assert [r.status for r in fake.presigned_requests] == [0, 200]


def test_upload_headers_must_reach_the_presigned_host(
    fake: FakeTwelveLabs, api: httpx.Client, parts: httpx.Client
) -> None:
    fake.configure_uploads(upload_headers={"x-amz-server-side-encryption": "AES256"})
    session = create(api)
    assert session["upload_headers"] == {"x-amz-server-side-encryption": "AES256"}
    urls = {u["chunk_index"]: u["url"] for u in session["upload_urls"]}
    assert parts.put(urls[1], content=chunk(1)).status_code == 403
    assert parts.put(urls[2], content=chunk(2), headers=session["upload_headers"]).status_code == 200


def test_create_checks_the_documented_limits(fake: FakeTwelveLabs, api: httpx.Client) -> None:
    def status(body: dict[str, Any]) -> int:
        return api.post("/assets/multipart-uploads", json=body).status_code

    base = {"filename": "a.mp4", "type": "video"}
    assert status({**base, "total_size": 0}) == 400
    assert status({**base, "total_size": 10 * 1000**3 + 1}) == 400
    assert status({**base, "type": "image", "total_size": 32 * 1000**2 + 1}) == 400
    assert status({**base, "total_size": 1, "md5": "x"}) == 400
    big = create(api, size=10 * 1000**3)  # 10 GB in 10 B chunks would be a billion: the size grows
    assert big["total_chunks"] <= 10_000
    assert big["chunk_size"] * big["total_chunks"] >= 10 * 1000**3


def test_unknown_sessions_are_404(api: httpx.Client, parts: httpx.Client) -> None:
    assert api.get("/assets/multipart-uploads/nope").status_code == 404
    assert report(api, "nope", []).status_code == 404
    answer = api.post("/assets/multipart-uploads/nope/presigned-urls", json={"start": 1, "count": 1})
    assert answer.status_code == 404


def test_another_fakes_urls_do_not_verify(api: httpx.Client) -> None:
    other = FakeTwelveLabs(api_key=KEY)
    url = create(api)["upload_urls"][0]["url"]
    with httpx.Client(transport=other.transport()) as client:
        assert client.put(url, content=chunk(1)).status_code == 403


def test_a_concrete_path_is_not_taken_for_a_template(api: httpx.Client) -> None:
    # /assets/multipart-uploads is not the asset "multipart-uploads" of /assets/{asset_id}.
    answer = api.delete("/assets/multipart-uploads")
    assert answer.status_code == 405
    assert answer.headers["allow"] == "GET, POST"
