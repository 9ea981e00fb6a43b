"""The three ways in: the sync and async in-process transports, and the ASGI application."""

from __future__ import annotations

import asyncio
from collections.abc import MutableMapping
from typing import Any

import httpx
import pytest

from twelvelabs_analyze.testing import FakeTwelveLabs
from twelvelabs_analyze.testing._transport import FakeTransport

from .conftest import KEY

VALID = {"video_id": "v", "types": ["title", "topic"]}
HEADERS = {"x-api-key": KEY}


def test_sync_transport(fake: FakeTwelveLabs) -> None:
    with httpx.Client(transport=FakeTransport(fake.handle), base_url=fake.base_url) as client:
        response = client.post("/gist", json=VALID, headers=HEADERS)
        missing = client.post("/gist", json=VALID)
    assert response.status_code == 200 and response.json()["title"]
    assert response.headers["content-type"] == "application/json"
    assert missing.status_code == 401
    assert fake.base_url == "http://fake.twelvelabs.test/v1.3"


def test_sync_transport_times_out_like_a_socket(fake: FakeTwelveLabs) -> None:
    fake.delay_next(5)
    with (
        httpx.Client(transport=FakeTransport(fake.handle), base_url=fake.base_url, timeout=0.05) as client,
        pytest.raises(httpx.ReadTimeout),
    ):
        client.post("/gist", json=VALID, headers=HEADERS)
    fake.delay_next(0.01)
    with httpx.Client(transport=FakeTransport(fake.handle), base_url=fake.base_url, timeout=1) as client:
        assert client.post("/gist", json=VALID, headers=HEADERS).status_code == 200


def test_async_transport(fake: FakeTwelveLabs) -> None:
    async def run() -> tuple[int, int]:
        async with httpx.AsyncClient(
            transport=FakeTransport(fake.handle), base_url=fake.base_url, timeout=0.05
        ) as client:
            ok = await client.post("/summarize", json={"video_id": "v", "type": "chapter"}, headers=HEADERS)
            fake.delay_next(5)
            with pytest.raises(httpx.ReadTimeout):
                await client.post("/gist", json=VALID, headers=HEADERS)
            bad = await client.post("/summarize", json={"video_id": "v"}, headers=HEADERS)
            return ok.status_code, bad.status_code

    assert asyncio.run(run()) == (200, 400)


def test_asgi_app_serves_http_and_lifespan(fake: FakeTwelveLabs) -> None:
    async def run() -> list[int]:
        messages: list[MutableMapping[str, Any]] = []
        inbox = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

        async def receive() -> MutableMapping[str, Any]:
            return next(inbox)

        async def send(message: MutableMapping[str, Any]) -> None:
            messages.append(message)

        await fake({"type": "lifespan"}, receive, send)
        assert [m["type"] for m in messages] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]

        transport = httpx.ASGITransport(app=fake)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver/v1.3") as client:
            ok = await client.post("/gist", json=VALID, headers=HEADERS)
            fake.fail_next(503, delay=0.01)
            failed = await client.post("/gist", json=VALID, headers=HEADERS)
            not_allowed = await client.get("/gist", headers=HEADERS)
            assert not_allowed.headers["allow"] == "POST"
            assert int(ok.headers["content-length"]) == len(ok.content)
            return [ok.status_code, failed.status_code, not_allowed.status_code]

    assert asyncio.run(run()) == [200, 503, 405]


def test_asgi_app_reads_chunked_bodies(fake: FakeTwelveLabs) -> None:
    async def run() -> int:
        chunks = iter([b'{"video_id": "v", ', b'"types": ["title"]}'])

        async def receive() -> MutableMapping[str, Any]:
            chunk = next(chunks)
            return {"type": "http.request", "body": chunk, "more_body": chunk.startswith(b'{"video')}

        sent: list[MutableMapping[str, Any]] = []

        async def send(message: MutableMapping[str, Any]) -> None:
            sent.append(message)

        scope = {
            "type": "http",
            "method": "POST",
            "path": "/v1.3/gist",
            "headers": [(b"x-api-key", KEY.encode()), (b"content-type", b"application/json")],
        }
        await fake(scope, receive, send)
        return int(sent[0]["status"])

    assert asyncio.run(run()) == 200
