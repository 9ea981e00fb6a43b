"""The fake's assets: POST /assets (form-data, direct and url), processing → ready/failed on fake
time, retrieve, list, delete (409 when referenced), and form-data validation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from twelvelabs_analyze import NotFoundError
from twelvelabs_analyze.testing import FakeClock, FakeTwelveLabs

KEY = "test-key"
START = 1_800_000_000.0


@pytest.fixture
def fake() -> FakeTwelveLabs:
    fake = FakeTwelveLabs(api_key=KEY, clock=FakeClock(start=START))
    fake.configure_uploads(asset_processing=5)
    return fake


@pytest.fixture
def api(fake: FakeTwelveLabs) -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=fake.transport(), base_url=fake.base_url, headers={"x-api-key": KEY}
    ) as client:
        yield client


def upload(api: httpx.Client, data: bytes = b"\x00video bytes", **fields: Any) -> httpx.Response:
    form = {
        "method": "direct",
        **{k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in fields.items()},
    }
    return api.post("/assets", data=form, files={"file": ("clip.mp4", data, "video/mp4")})


def test_a_direct_upload_is_processing_then_ready_on_fake_time(
    fake: FakeTwelveLabs, api: httpx.Client
) -> None:
    created = upload(api, enable_hls=True, user_metadata='{"team": "a", "n": 2}')
    assert created.status_code == 201
    asset = created.json()
    assert asset["status"] == "processing"
    assert asset["method"] == "direct"
    assert asset["filename"] == "clip.mp4"
    assert asset["user_metadata"] == {"team": "a", "n": 2}
    assert api.get(f"/assets/{asset['_id']}").json()["status"] == "processing"
    fake.advance(5)
    shown = api.get(f"/assets/{asset['_id']}").json()
    assert shown["status"] == "ready"
    assert shown["size"] == len(b"\x00video bytes")
    assert shown["hls"]["status"] == "ready"
    assert fake.asset_status(asset["_id"]) == "ready"


def test_kept_bytes_are_the_file_sent(fake: FakeTwelveLabs, api: httpx.Client) -> None:
    data = bytes(range(256)) * 3
    without = upload(api, data).json()["_id"]
    fake.configure_uploads(keep_bytes=True)
    kept = upload(api, data).json()["_id"]
    assert fake.asset_content(without) is None
    assert fake.asset_content(kept) == data


def test_an_injected_failure_fails_the_asset_when_processing_ends(
    fake: FakeTwelveLabs, api: httpx.Client
) -> None:
    fake.fail_next_asset("corrupt file")
    failing = upload(api).json()["_id"]
    fine = upload(api).json()["_id"]
    fake.advance(5)
    shown = api.get(f"/assets/{failing}").json()
    assert (shown["status"], shown["error"]) == ("failed", {"message": "corrupt file"})
    assert api.get(f"/assets/{fine}").json()["status"] == "ready"


def test_a_url_asset_and_a_missing_url(fake: FakeTwelveLabs, api: httpx.Client) -> None:
    good = api.post(
        "/assets",
        content=form_body({"method": "url", "url": "https://e.com/v/talk.mp4"}),
        headers=FORM_HEADERS,
    ).json()
    gone = api.post(
        "/assets",
        content=form_body({"method": "url", "url": "https://e.com/missing-talk.mp4"}),
        headers=FORM_HEADERS,
    ).json()
    assert (good["method"], good["filename"]) == ("url", "talk.mp4")
    fake.advance(5)
    assert api.get(f"/assets/{good['_id']}").json()["status"] == "ready"
    assert api.get(f"/assets/{gone['_id']}").json()["status"] == "failed"


def test_list_pages_newest_first_and_filters(fake: FakeTwelveLabs, api: httpx.Client) -> None:
    ids = [upload(api).json()["_id"] for _ in range(3)]
    image = api.post(
        "/assets", data={"method": "direct"}, files={"file": ("cover.png", b"\x89PNG", "image/png")}
    ).json()["_id"]
    page = api.get("/assets", params={"page_limit": 2}).json()
    assert [a["_id"] for a in page["data"]] == [image, ids[2]]
    assert page["page_info"] == {"limit_per_page": 2, "page": 1, "total_page": 2, "total_results": 4}
    assert [a["_id"] for a in api.get("/assets", params={"asset_types": "image"}).json()["data"]] == [image]
    chosen = api.get("/assets", params=[("asset_ids", ids[0]), ("asset_ids", ids[1])]).json()["data"]
    assert {a["_id"] for a in chosen} == set(ids[:2])
    assert len(api.get("/assets", params={"filename": "COVER"}).json()["data"]) == 1
    assert api.get("/assets", params={"page_limit": 51}).status_code == 400


def test_delete_refuses_a_referenced_asset_unless_forced(fake: FakeTwelveLabs, api: httpx.Client) -> None:
    plain, referenced = upload(api).json()["_id"], upload(api).json()["_id"]
    fake.reference_asset(referenced)
    assert api.delete(f"/assets/{plain}").status_code == 200
    assert api.get(f"/assets/{plain}").status_code == 404
    conflict = api.delete(f"/assets/{referenced}")
    assert conflict.status_code == 409
    assert conflict.json()["code"] == "conflict"
    assert api.delete(f"/assets/{referenced}", params={"force": "true"}).status_code == 200
    assert api.delete(f"/assets/{referenced}").status_code == 404


def test_an_unknown_asset_is_404_in_the_flat_shape(api: httpx.Client) -> None:
    answer = api.get("/assets/0123456789abcdef01234567")
    assert answer.status_code == 404
    assert answer.json()["code"] == "resource_not_exist"


def test_analyze_refuses_an_asset_that_is_not_ready(fake: FakeTwelveLabs, api: httpx.Client) -> None:
    asset = upload(api).json()["_id"]
    request = {"video": {"type": "asset_id", "asset_id": asset}, "prompt": "Describe it.", "stream": False}
    refused = api.post("/analyze", json=request)
    assert refused.status_code == 400
    assert "processing" in refused.json()["message"]
    fake.advance(5)
    assert api.post("/analyze", json=request).status_code == 200


BOUNDARY = "fake-test-boundary"
FORM_HEADERS = {"content-type": f"multipart/form-data; boundary={BOUNDARY}"}


def form_body(fields: dict[str, str | tuple[str, bytes]]) -> bytes:
    """multipart/form-data of text fields and (file name, bytes) files, as browsers send it."""
    out = b""
    for name, value in fields.items():
        if isinstance(value, tuple):
            head = f'Content-Disposition: form-data; name="{name}"; filename="{value[0]}"\r\n'
            head += "Content-Type: application/octet-stream\r\n"
            content = value[1]
        else:
            head, content = f'Content-Disposition: form-data; name="{name}"\r\n', value.encode()
        out += f"--{BOUNDARY}\r\n{head}\r\n".encode() + content + b"\r\n"
    return out + f"--{BOUNDARY}--\r\n".encode()


FILE = ("a.mp4", b"x")


@pytest.mark.parametrize(
    ("fields", "code", "words"),
    [
        ({"file": FILE}, "parameter_not_provided", "method"),
        ({"method": "direct"}, "parameter_not_provided", "file"),
        ({"method": "url"}, "parameter_not_provided", "url"),
        ({"method": "upload", "file": FILE}, "parameter_invalid", "method"),
        ({"method": "direct", "enable_hls": "yes", "file": FILE}, "parameter_invalid", "enable_hls"),
        ({"method": "direct", "colour": "red", "file": FILE}, "parameter_unknown", "colour"),
        ({"method": "direct", "user_metadata": "[1]", "file": FILE}, "parameter_invalid", "user_metadata"),
        ({"method": "direct", "user_metadata": "{bad", "file": FILE}, "parameter_invalid", "user_metadata"),
    ],
)
def test_form_fields_are_validated_like_json_bodies(
    api: httpx.Client, fields: dict[str, str | tuple[str, bytes]], code: str, words: str
) -> None:
    answer = api.post("/assets", content=form_body(fields), headers=FORM_HEADERS)
    assert answer.status_code == 400, answer.text
    assert answer.json()["code"] == code
    assert words in answer.json()["message"]


def test_a_hand_written_form_with_text_booleans_is_accepted(api: httpx.Client) -> None:
    fields: dict[str, str | tuple[str, bytes]] = {
        "method": "direct",
        "enable_thumbnail": "true",
        "filename": "named.mp4",
        "file": ("ignored.mp4", b"abc"),
    }
    answer = api.post("/assets", content=form_body(fields), headers=FORM_HEADERS)
    assert answer.status_code == 201, answer.text
    assert answer.json()["filename"] == "named.mp4"


def test_a_json_body_is_415_and_broken_form_data_is_400(api: httpx.Client) -> None:
    assert api.post("/assets", json={"method": "url", "url": "https://e.com/a.mp4"}).status_code == 415
    assert api.post("/assets", data={"method": "url", "url": "https://e.com/a.mp4"}).status_code == 415
    broken = api.post(
        "/assets",
        content=b"--b\r\nno headers end",
        headers={"content-type": "multipart/form-data; boundary=b"},
    )
    assert broken.status_code == 400
    assert "multipart/form-data" in broken.json()["message"]
    twice = (
        b'--b\r\nContent-Disposition: form-data; name="method"\r\n\r\nurl\r\n'
        b'--b\r\nContent-Disposition: form-data; name="method"\r\n\r\nurl\r\n--b--\r\n'
    )
    answer = api.post("/assets", content=twice, headers={"content-type": "multipart/form-data; boundary=b"})
    assert answer.status_code == 400
    assert "more than once" in answer.json()["message"]


def test_a_direct_file_over_the_documented_limit_is_refused(
    api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from twelvelabs_analyze.testing import _assets  # the 200 MB limit, scaled down for the test

    monkeypatch.setattr(_assets, "DIRECT_UPLOAD_LIMIT", 10)
    assert upload(api, b"0123456789").status_code == 201
    refused = upload(api, b"0123456789a")
    assert refused.status_code == 400
    assert "multipart upload" in refused.json()["message"]


def test_reset_forgets_assets(fake: FakeTwelveLabs, api: httpx.Client) -> None:
    asset = upload(api).json()["_id"]
    assert [a["_id"] for a in fake.assets] == [asset]
    fake.reset()
    assert fake.assets == []
    assert api.get(f"/assets/{asset}").status_code == 404


def test_an_empty_file_or_an_unusable_url_is_a_failed_asset(fake: FakeTwelveLabs, api: httpx.Client) -> None:
    empty = upload(api, b"").json()["_id"]
    ftp = api.post(
        "/assets", content=form_body({"method": "url", "url": "ftp://e.com/a.mp4"}), headers=FORM_HEADERS
    ).json()["_id"]
    fake.advance(5)
    assert api.get(f"/assets/{empty}").json()["error"] == {"message": "The file is empty."}
    assert api.get(f"/assets/{ftp}").json()["status"] == "failed"


def test_user_metadata_is_replaced_by_put_merged_by_patch_and_deleted(fake: FakeTwelveLabs) -> None:
    with fake.client(max_retries=0) as client:
        asset = client.assets.create(method="direct", file=b"\x00video", user_metadata='{"team": "a"}')
        client.assets.update_user_metadata(asset.id, user_metadata={"n": 2})
        assert client.assets.retrieve(asset.id).user_metadata.to_dict() == {"team": "a", "n": 2}
        client.assets.replace_user_metadata(asset.id, user_metadata={"only": True})
        assert client.assets.retrieve(asset.id).user_metadata.to_dict() == {"only": True}
        client.assets.delete_user_metadata(asset.id)
        assert client.assets.retrieve(asset.id).user_metadata.to_dict() == {}
        with pytest.raises(NotFoundError):
            client.assets.update_user_metadata("0" * 24, user_metadata={"n": 1})
        with pytest.raises(ValueError, match="strings, numbers or booleans"):  # refused before sending
            client.assets.replace_user_metadata(asset.id, user_metadata={"nested": {"a": 1}})
    refused = fake.handle(
        "PUT",
        f"/v1.3/assets/{asset.id}/user-metadata",
        {"x-api-key": KEY, "content-type": "application/json"},
        b'{"user_metadata": {"nested": {"a": 1}}}',
    )
    assert refused.status == 400
