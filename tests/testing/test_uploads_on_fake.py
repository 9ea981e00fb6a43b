"""client.assets.upload against the fake: direct and multipart, broken parts, a failed asset, loopback."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from twelvelabs_analyze import AsyncTwelveLabs, TaskFailedError, TwelveLabs
from twelvelabs_analyze.testing import FakeTwelveLabs

KIB = 1024


def run(client: TwelveLabs | AsyncTwelveLabs, source: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("poll_interval", 0.01)
    result = client.assets.upload(source, **kwargs)
    return asyncio.run(result) if isinstance(client, AsyncTwelveLabs) else result


def fake_with_small_chunks(**settings: Any) -> FakeTwelveLabs:
    fake = FakeTwelveLabs()
    fake.configure_uploads(
        chunk_size=64 * KIB, initial_urls=2, asset_processing=0, keep_bytes=True, **settings
    )
    return fake


@pytest.fixture
def clip(tmp_path: Path) -> Path:
    path = tmp_path / "clip.mp4"
    path.write_bytes(bytes(range(251)) * 2000)  # 502,000 bytes: 8 chunks of 64 KiB
    return path


def client_for(fake: FakeTwelveLabs, mode: str, **kwargs: Any) -> TwelveLabs | AsyncTwelveLabs:
    return fake.client(**kwargs) if mode == "sync" else fake.async_client(**kwargs)


def test_small_file_goes_direct(mode: str, sleeps: list[float], clip: Path) -> None:
    fake = fake_with_small_chunks()
    asset = run(client_for(fake, mode), clip, user_metadata={"k": 1})
    assert asset.status == "ready"
    assert fake.uploads == []  # no multipart session
    assert fake.asset_content(asset.id) == clip.read_bytes()


def test_multipart_through_the_fake(mode: str, sleeps: list[float], clip: Path, tmp_path: Path) -> None:
    fake = fake_with_small_chunks(upload_headers={"x-amz-server-side-encryption": "AES256"})
    asset = run(client_for(fake, mode), clip, direct_limit=0, concurrency=3, state_dir=tmp_path)
    assert asset.status == "ready"
    assert fake.asset_content(asset.id) == clip.read_bytes()
    parts = fake.presigned_requests
    assert len(parts) == 8
    assert all(part.api_key is None and part.status == 200 for part in parts)
    assert all(part.headers.get("x-amz-server-side-encryption") == "AES256" for part in parts)


def test_broken_parts_are_survived(mode: str, sleeps: list[float], clip: Path) -> None:
    fake = fake_with_small_chunks()
    fake.fail_next_part(500)
    fake.drop_next_part()
    fake.fail_next_part(403)
    asset = run(client_for(fake, mode, max_retries=3), clip, direct_limit=0, concurrency=2, resume=False)
    assert asset.status == "ready"
    assert fake.asset_content(asset.id) == clip.read_bytes()
    assert [p.status for p in fake.presigned_requests].count(200) == 8


def test_stalled_part_is_sent_again_on_a_fresh_url(mode: str, sleeps: list[float], clip: Path) -> None:
    fake = fake_with_small_chunks()
    fake.stall_next_part(5.0)
    with fake.serve() as base_url:
        client: TwelveLabs | AsyncTwelveLabs = (TwelveLabs if mode == "sync" else AsyncTwelveLabs)(
            api_key=fake.api_key, base_url=base_url, timeout=0.5
        )
        asset = run(client, clip, direct_limit=0, concurrency=2, resume=False)
    assert asset.status == "ready"
    assert fake.asset_content(asset.id) == clip.read_bytes()


def test_failed_asset_raises_with_its_reason(mode: str, sleeps: list[float], clip: Path) -> None:
    fake = fake_with_small_chunks()
    fake.fail_next_asset("unsupported codec")
    with pytest.raises(TaskFailedError, match="unsupported codec") as caught:
        run(client_for(fake, mode), clip, direct_limit=0, resume=False)
    assert caught.value.message.startswith("asset ")


def test_an_empty_file_is_refused_before_any_request(mode: str, sleeps: list[float]) -> None:
    fake = fake_with_small_chunks()
    with pytest.raises(ValueError, match=r"empty\.mp4 is empty"):
        run(client_for(fake, mode), b"", filename="empty.mp4")
    assert fake.requests == []


def test_a_file_just_over_the_documented_direct_limit_goes_in_parts(tmp_path: Path) -> None:
    # "Video and audio, local files: Up to 200 MB" (POST /assets), read as 200,000,000 bytes
    # (the stricter reading, which the fake enforces): one byte more goes through multipart.
    fake = FakeTwelveLabs()
    fake.configure_uploads(chunk_size=32 * KIB * KIB, asset_processing=0)
    path = tmp_path / "clip.mp4"
    with path.open("wb") as sparse:
        sparse.truncate(200 * 1000 * 1000 + 1)
    with fake.client() as client:
        asset = run(client, path, resume=False)
    assert asset.status == "ready" and len(fake.uploads) == 1
    assert not [r for r in fake.requests if r.method == "POST" and r.path == "/v1.3/assets"]
