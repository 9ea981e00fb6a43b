"""Fuzzing the fake's form-data parser (POST /assets) and its presigned PUT endpoint: whatever
arrives gets a documented answer, never a 500, and well-formed input round-trips exactly."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twelvelabs_analyze.testing import FakeClock, FakeTwelveLabs

KEY = "test-key"
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
BOUNDARY = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
FORM = {"x-api-key": KEY, "content-type": f"multipart/form-data; boundary={BOUNDARY}"}
FIELD_NAMES = [
    "method",
    "file",
    "url",
    "filename",
    "enable_hls",
    "enable_thumbnail",
    "user_metadata",
    "other",
]


def new_fake() -> FakeTwelveLabs:
    fake = FakeTwelveLabs(api_key=KEY, clock=FakeClock(start=1_800_000_000.0))
    fake.configure_uploads(keep_bytes=True, chunk_size=8, initial_urls=4)
    return fake


def part(name: str, content: bytes, filename: str | None = None) -> bytes:
    disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
    return f"--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n\r\n".encode() + content + b"\r\n"


def form(*parts: bytes) -> bytes:
    return b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


def assert_documented(status: int, body: bytes) -> dict[str, Any]:
    assert status in (201, 400, 415), body[:300]
    answer: dict[str, Any] = json.loads(body)
    if status != 201:
        assert isinstance(answer["code"], str) and isinstance(answer["message"], str)
    return answer


scalars = st.one_of(
    st.text(max_size=20),
    st.integers(-(2**53), 2**53),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
)
# Text a quoted header parameter can carry as it is (no quotes, backslashes or line breaks).
names = st.text(
    st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters='"\\'), min_size=1, max_size=30
)


@SETTINGS
@given(
    data=st.binary(max_size=300),
    metadata=st.dictionaries(st.text(max_size=10), scalars, max_size=4),
    filename=names,
    hls=st.booleans(),
)
def test_a_well_formed_form_round_trips(
    data: bytes, metadata: dict[str, Any], filename: str, hls: bool
) -> None:
    fake = new_fake()
    body = form(
        part("method", b"direct"),
        part("user_metadata", json.dumps(metadata).encode()),
        part("enable_hls", b"true" if hls else b"false"),
        part("file", data, filename),
    )
    response = fake.handle("POST", "/v1.3/assets", FORM, body)
    answer = assert_documented(response.status, response.body)
    assert response.status == 201, answer
    assert answer["filename"] == filename
    assert answer["user_metadata"] == metadata
    assert fake.asset_content(answer["_id"]) == data


@SETTINGS
@given(
    fields=st.lists(
        st.tuples(st.sampled_from(FIELD_NAMES), st.binary(max_size=40), st.none() | names), max_size=6
    ),
    cut=st.integers(0, 400),
    junk=st.binary(max_size=20),
    header=st.sampled_from(
        [FORM["content-type"], "multipart/form-data", "multipart/form-data; boundary=", "text/plain", None]
    ),
)
def test_any_body_gets_a_documented_answer(
    fields: list[tuple[str, bytes, str | None]], cut: int, junk: bytes, header: str | None
) -> None:
    body = form(*(part(name, content, filename) for name, content, filename in fields))
    body = body[:cut] + junk + body[cut:]  # damaged anywhere, or not at all (cut past the end)
    headers = {"x-api-key": KEY} | ({"content-type": header} if header else {})
    response = new_fake().handle("POST", "/v1.3/assets", headers, body)
    assert_documented(response.status, response.body)


@SETTINGS
@given(raw=st.binary(max_size=500))
def test_random_bytes_get_a_documented_answer(raw: bytes) -> None:
    response = new_fake().handle("POST", "/v1.3/assets", FORM, raw)
    assert response.status == 400
    assert_documented(response.status, response.body)


@SETTINGS
@given(
    method=st.sampled_from(["PUT", "PUT", "PUT", "POST", "GET", "DELETE"]),
    position=st.integers(0, 300),
    replacement=st.text(max_size=3),
    body=st.binary(max_size=20),
    with_key=st.booleans(),
)
def test_the_presigned_endpoint_accepts_only_what_it_signed(
    method: str, position: int, replacement: str, body: bytes, with_key: bool
) -> None:
    fake = new_fake()
    created = fake.handle(
        "POST",
        "/v1.3/assets/multipart-uploads",
        {"x-api-key": KEY, "content-type": "application/json"},
        json.dumps({"filename": "f.mp4", "type": "video", "total_size": 20}).encode(),
    )
    url: str = json.loads(created.body)["upload_urls"][0]["url"]
    target = url.split("fake.twelvelabs.test", 1)[1]
    damaged = target[:position] + replacement + target[position + len(replacement) :]
    headers = {"x-api-key": KEY} if with_key else {}
    response = fake.handle(method, damaged, headers, body)
    if not damaged.split("?")[0].startswith("/_presigned/"):  # no longer a presigned URL: an API path
        assert response.status in (401, 404, 405)
        return
    assert response.status in (200, 400, 403, 404, 405), response
    if response.status == 200:
        assert (method, damaged, len(body)) == ("PUT", target, 8)
    else:
        assert response.body.startswith(b"<?xml")
    assert [r.api_key for r in fake.presigned_requests] == ([KEY] if with_key else [None])
    assert len(fake.requests) == 1  # the create; the PUT went to the "other host"
