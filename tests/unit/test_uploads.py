"""client.assets.upload: multipart in parallel, fresh URLs, retries, resume, secrets kept out — sync and async."""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs, UploadError, UploadProgress

from .upload_fake import BUCKET, Crash, UploadFake

API_KEY = "tlk_UPLOADKEY_7f3a9c"
BASE_URL = "https://api.test/v1.3"


def make_client(mode: str, fake: UploadFake, **kwargs: Any) -> TwelveLabs | AsyncTwelveLabs:
    transport = httpx.MockTransport(fake)
    if mode == "sync":
        return TwelveLabs(
            api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client(transport=transport), **kwargs
        )
    return AsyncTwelveLabs(
        api_key=API_KEY, base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport), **kwargs
    )


def upload(client: TwelveLabs | AsyncTwelveLabs, source: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("poll_interval", 0.01)
    kwargs.setdefault("direct_limit", 0)  # these files are small: the multipart flow is what is tested
    result = client.assets.upload(source, **kwargs)
    return asyncio.run(result) if isinstance(client, AsyncTwelveLabs) else result


@pytest.fixture
def video(tmp_path: Path) -> Path:
    path = tmp_path / "clip.mp4"
    path.write_bytes(bytes(range(256)) * 37 + b"tail")  # 9476 bytes: 10 chunks of 1000, the last short
    return path


def test_parallel_parts_reassemble_the_file(
    mode: str, sleeps: list[float], video: Path, tmp_path: Path
) -> None:
    fake = UploadFake(initial_urls=4)
    events: list[UploadProgress] = []
    asset = upload(
        make_client(mode, fake),
        video,
        concurrency=3,
        on_progress=events.append,
        state_dir=tmp_path / "state",
        user_metadata={"team": "a"},
    )
    assert asset.status == "ready"
    (upload_id,) = fake.sessions
    assert fake.data(upload_id) == video.read_bytes()
    assert asset.id == fake.sessions[upload_id]["asset_id"]
    assert fake.sessions[upload_id]["request"]["user_metadata"] == {"team": "a"}
    assert fake.sessions[upload_id]["request"]["enable_hls"] is False  # sent explicitly
    # One progress event per part, bytes growing to the total.
    assert [e.event for e in events] == ["part"] * 10
    assert sorted(e.bytes_sent for e in events)[-1] == video.stat().st_size
    assert all(e.total_bytes == video.stat().st_size for e in events)
    # Chunks beyond the first four needed more URLs; each URL went to one PUT.
    assert any(r.url.path.endswith("/presigned-urls") for r in fake.api_requests)
    assert len(fake.puts) == 10
    assert not list((tmp_path / "state").glob("*.json"))  # the record goes once the asset is ready


def test_presigned_host_gets_exactly_the_upload_headers(mode: str, sleeps: list[float], video: Path) -> None:
    fake = UploadFake(upload_headers={"content-type": "video/mp4", "x-amz-meta-origin": "test"})
    upload(make_client(mode, fake, default_headers={"x-team": "t"}), video, resume=False)
    for _, headers in fake.puts:
        assert set(headers) == {"host", "content-length", "content-type", "x-amz-meta-origin"}
        assert headers["content-type"] == "video/mp4"
    assert all("x-api-key" in r.headers for r in fake.api_requests)  # (masked once sent)


def test_failed_stalled_and_refused_parts_are_retried_on_fresh_urls(
    mode: str, sleeps: list[float], video: Path
) -> None:
    fake = UploadFake()

    def fault(index: int, attempt: int) -> int | BaseException | None:
        if attempt == 1 and index == 2:
            return 500
        if attempt == 1 and index == 5:
            return httpx.ReadTimeout("stalled")  # a part that never finishes: the read timeout ends it
        if attempt == 1 and index == 7:
            return 403  # an expired URL
        return None

    fake.fault = fault
    fake.report_faults = [503]  # a 5xx on a report: the client's retry sends it again
    asset = upload(make_client(mode, fake), video, resume=False)
    assert asset.status == "ready"
    (upload_id,) = fake.sessions
    assert fake.data(upload_id) == video.read_bytes()
    # Every retry used a URL of its own: the fake refuses a used one (403), and none was refused.
    assert sorted(index for index, _ in fake.puts) == sorted([*range(1, 11), 2, 5, 7])
    assert fake.attempts[2] == fake.attempts[5] == fake.attempts[7] == 2


def test_expired_urls_are_never_sent(mode: str, sleeps: list[float], video: Path) -> None:
    fake = UploadFake(url_lifetime=60.0)  # within the safety margin: every URL counts as expired
    with pytest.raises(UploadError, match="no usable URL for chunk 1") as caught:
        upload(make_client(mode, fake), video, resume=False)
    assert fake.puts == []
    assert caught.value.chunk_index == 1


def test_urls_about_to_expire_are_replaced_by_fresh_ones(mode: str, sleeps: list[float], video: Path) -> None:
    fake = UploadFake(initial_urls=10)
    fake.initial_lifetime = 30.0  # the create answer's URLs expire within the safety margin
    asset = upload(make_client(mode, fake), video, resume=False)
    assert asset.status == "ready"
    assert len(fake.puts) == 10  # none sent on a URL about to expire, none refused
    assert sum(r.url.path.endswith("/presigned-urls") for r in fake.api_requests) >= 1


def test_a_part_failing_past_the_budget_raises_without_secrets(
    mode: str, sleeps: list[float], video: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fake = UploadFake()
    fake.fault = lambda index, attempt: 500 if index == 3 else None
    caplog.set_level(logging.DEBUG)
    with pytest.raises(UploadError) as caught:
        upload(make_client(mode, fake, max_retries=2), video, state_dir=tmp_path / "state")
    error = caught.value
    assert fake.attempts[3] == 3  # the first try and max_retries=2
    assert error.chunk_index == 3
    assert error.upload_id in fake.sessions
    assert "?***" in error.message
    shown = [str(error), repr(error), *getattr(error, "__notes__", []), caplog.text]
    shown.append(pickle.loads(pickle.dumps(error)).message)
    shown += [p.read_text() for p in (tmp_path / "state").glob("*.json")]
    assert (tmp_path / "state").glob("*.json")
    for text in shown:
        assert "X-Sig" not in text
        assert API_KEY not in text
    assert all("x-api-key" not in headers for _, headers in fake.puts)


def test_httpx_log_lines_show_presigned_urls_masked(
    mode: str, sleeps: list[float], video: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    upload(make_client(mode, UploadFake()), video, resume=False)
    puts = [r.getMessage() for r in caplog.records if "PUT" in r.getMessage()]
    assert puts
    assert all(BUCKET in line and "?***" in line and "X-Sig" not in line for line in puts)


def test_interrupted_upload_resumes_sending_only_the_rest(
    mode: str, sleeps: list[float], video: Path, tmp_path: Path
) -> None:
    fake = UploadFake()
    fake.fault = lambda index, attempt: Crash() if index == 6 else None
    state = tmp_path / "state"
    with pytest.raises(Crash):
        upload(make_client(mode, fake), video, concurrency=1, state_dir=state)
    (record,) = state.glob("*.json")
    saved = json.loads(record.read_text())
    assert set(saved) >= {"file", "upload_id", "asset_id", "chunk_size"}
    assert "X-Sig" not in record.read_text()
    assert API_KEY not in record.read_text()
    fake.fault = None
    events: list[UploadProgress] = []
    asset = upload(make_client(mode, fake), video, concurrency=2, state_dir=state, on_progress=events.append)
    assert asset.status == "ready"
    assert len(fake.sessions) == 1  # the same session went on
    (upload_id,) = fake.sessions
    assert fake.data(upload_id) == video.read_bytes()
    assert events[0].event == "resumed"
    assert max(fake.sent.values()) == 1  # chunks 1-5 were reported before the crash: none went twice
    assert not list(state.glob("*.json"))


def test_edited_file_is_uploaded_afresh(mode: str, sleeps: list[float], video: Path, tmp_path: Path) -> None:
    fake = UploadFake()
    fake.fault = lambda index, attempt: Crash() if index == 4 else None
    state = tmp_path / "state"
    with pytest.raises(Crash):
        upload(make_client(mode, fake), video, concurrency=1, state_dir=state)
    fake.fault = None
    data = bytearray(video.read_bytes())
    data[5000] ^= 0xFF  # same size; the sampled blocks or the mtime tell
    video.write_bytes(bytes(data))
    events: list[UploadProgress] = []
    upload(make_client(mode, fake), video, state_dir=state, on_progress=events.append)
    assert len(fake.sessions) == 2
    assert events[0].event == "restarted"
    assert "changed" in events[0].message
    newest = list(fake.sessions)[-1]
    assert fake.data(newest) == bytes(data)


def test_expired_session_starts_over_saying_so(
    mode: str, sleeps: list[float], video: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fake = UploadFake()
    fake.fault = lambda index, attempt: Crash() if index == 4 else None
    state = tmp_path / "state"
    with pytest.raises(Crash):
        upload(make_client(mode, fake), video, concurrency=1, state_dir=state)
    fake.fault = None
    fake.expire(next(iter(fake.sessions)))
    asset = upload(make_client(mode, fake), video, state_dir=state)
    assert asset.status == "ready"
    assert len(fake.sessions) == 2
    assert "expired: starting a new one" in caplog.text


def test_wait_false_returns_the_processing_asset(mode: str, sleeps: list[float], video: Path) -> None:
    fake = UploadFake(polls_until_ready=5)
    asset = upload(make_client(mode, fake), video, wait=False, resume=False)
    assert asset.status == "processing"


def test_bytes_need_a_filename(mode: str, sleeps: list[float]) -> None:
    fake = UploadFake()
    with pytest.raises(ValueError, match="filename is required"):
        upload(make_client(mode, fake), b"abc")
    assert fake.api_requests == []
    asset = upload(make_client(mode, fake), b"abc" * 700, filename="a.mp3")
    assert asset.status == "ready"
    assert next(iter(fake.sessions.values()))["request"]["type"] == "audio"


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"concurrency": 0}, ValueError),
        ({"concurrency": 1.5}, TypeError),
        ({"direct_limit": -1}, ValueError),
        ({"poll_interval": 0}, ValueError),
        ({"on_progress": 3}, TypeError),
    ],
)
def test_bad_options_are_refused_before_any_request(
    mode: str, video: Path, arguments: dict[str, Any], error: type[Exception]
) -> None:
    fake = UploadFake()
    with pytest.raises(error):
        upload(make_client(mode, fake), video, **arguments)
    assert fake.api_requests == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    chunk_size=st.integers(min_value=1, max_value=64),
    size=st.one_of(st.integers(min_value=1, max_value=400), st.sampled_from([1, 63, 64, 65, 128, 129])),
    concurrency=st.integers(min_value=1, max_value=4),
)
def test_any_size_against_any_chunk_size(
    sleeps: list[float], chunk_size: int, size: int, concurrency: int
) -> None:
    fake = UploadFake(chunk_size=chunk_size, initial_urls=3)
    data = bytes((i * 7 + size) % 251 for i in range(size))
    asset = upload(make_client("sync", fake), data, filename="x.mp4", concurrency=concurrency)
    assert asset.status == "ready"
    (upload_id,) = fake.sessions
    assert fake.data(upload_id) == data
    assert fake.sessions[upload_id]["total_chunks"] == -(-size // chunk_size)


# --------------------------------------------------------------------------- an asset as video=


@pytest.mark.parametrize("model", ["Asset", "AssetDetail"])
def test_a_ready_asset_is_sent_by_its_id(mode: str, model: str) -> None:
    from twelvelabs_analyze import types

    sent: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"id": "g1", "data": "ok", "finish_reason": "stop"})

    fake = UploadFake()
    client = make_client(mode, fake)
    client._http._transport = httpx.MockTransport(answer)  # type: ignore[union-attr]
    asset = getattr(types, model).from_dict({"_id": "as1", "status": "ready", "filename": "a.mp4"})
    result = client.analyze(video=asset, prompt="Describe")
    if isinstance(client, AsyncTwelveLabs):
        result = asyncio.run(result)  # type: ignore[arg-type]
    assert sent[0]["video"] == {"type": "asset_id", "asset_id": "as1"}


def test_an_asset_not_ready_is_refused_before_any_request(mode: str) -> None:
    from twelvelabs_analyze.types import Asset

    fake = UploadFake()
    client = make_client(mode, fake)
    processing = Asset.from_dict({"_id": "as2", "status": "processing"})
    with pytest.raises(ValueError, match=r"video: Asset as2 is 'processing', not ready"):
        result = client.analyze_async.tasks.create(video=processing)
        if isinstance(client, AsyncTwelveLabs):
            asyncio.run(result)  # type: ignore[arg-type]
    assert fake.api_requests == []
