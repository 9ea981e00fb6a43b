"""The ways in: one in-process transport for httpx's sync and async clients, and the ASGI application.

Streamed answers reach the client in the chunks the fake chose; stalls and cuts behave like a
quiet or broken socket; delays and read timeouts work as before.
"""

from __future__ import annotations

import ast
import asyncio
import json
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import httpx
import pytest

from twelvelabs_analyze.testing import Disconnect, FakeTwelveLabs, Stall
from twelvelabs_analyze.testing._transport import FakeTransport

from .conftest import KEY

VALID = {"video_id": "v", "types": ["title", "topic"]}
HEADERS = {"x-api-key": KEY}
STREAM = {"video_id": "v", "prompt": "Give the chapters"}
TESTING = Path(__file__).resolve().parents[2] / "wrapper" / "twelvelabs_analyze" / "testing"


def sync_client(fake: FakeTwelveLabs, **kwargs: Any) -> httpx.Client:
    return httpx.Client(
        transport=FakeTransport(fake.handle), base_url=fake.base_url, headers=HEADERS, **kwargs
    )


def async_client(fake: FakeTwelveLabs, **kwargs: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=FakeTransport(fake.handle), base_url=fake.base_url, headers=HEADERS, **kwargs
    )


def test_the_transport_and_the_fake_do_not_import_each_other() -> None:
    tree = ast.parse((TESTING / "_transport.py").read_text())
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "_fake" not in imported and imported & {"_types"}


def test_one_transport_serves_sync_and_async_clients(fake: FakeTwelveLabs) -> None:
    transport = FakeTransport(fake.handle)
    assert isinstance(transport, httpx.BaseTransport) and isinstance(transport, httpx.AsyncBaseTransport)
    with sync_client(fake) as client:
        response = client.post("/gist", json=VALID)
        missing = client.post("/gist", json=VALID, headers={"x-api-key": "nope"})
    assert response.status_code == 200 and response.json()["title"]
    assert response.headers["content-type"] == "application/json"
    assert missing.status_code == 401

    async def run() -> tuple[int, int]:
        async with async_client(fake) as client:
            ok = await client.post("/summarize", json={"video_id": "v", "type": "chapter"})
            bad = await client.post("/summarize", json={"video_id": "v"})
            return ok.status_code, bad.status_code

    assert asyncio.run(run()) == (200, 400)
    assert fake.base_url == "http://fake.twelvelabs.test/v1.3"


def test_query_strings_and_escaped_paths_reach_the_fake(fake: FakeTwelveLabs) -> None:
    with sync_client(fake) as client:
        assert client.get("/analyze/tasks", params={"page_limit": 51}).status_code == 400
        assert (
            client.get("/analyze/tasks", params={"page_limit": 5}).json()["page_info"]["limit_per_page"] == 5
        )
        assert client.get("/analyze/tasks/a%20b").status_code == 404
    assert [r.query for r in fake.requests] == ["page_limit=51", "page_limit=5", ""]
    assert fake.requests[-1].path == "/v1.3/analyze/tasks/a b"


def test_delays_and_read_timeouts(fake: FakeTwelveLabs) -> None:
    fake.delay_next(5)
    with sync_client(fake, timeout=0.05) as client, pytest.raises(httpx.ReadTimeout):
        client.post("/gist", json=VALID)
    fake.delay_next(0.01)
    with sync_client(fake, timeout=1) as client:
        assert client.post("/gist", json=VALID).status_code == 200

    async def run() -> None:
        fake.delay_next(5)
        async with async_client(fake, timeout=0.05) as client:
            with pytest.raises(httpx.ReadTimeout):
                await client.post("/gist", json=VALID)

    asyncio.run(run())


# --- streamed bodies --------------------------------------------------------------------


def test_a_stream_arrives_in_the_fakes_chunks_sync_and_async(fake: FakeTwelveLabs) -> None:
    expected = fake.handle(
        "POST", "/v1.3/analyze", {**HEADERS, "content-type": "application/json"}, json.dumps(STREAM).encode()
    )
    assert expected.parts is not None
    chunks = [part for part in expected.parts if isinstance(part, bytes)]
    with sync_client(fake) as client, client.stream("POST", "/analyze", json=STREAM) as response:
        assert response.headers["content-type"] == "application/x-ndjson"
        assert "content-length" not in response.headers
        assert list(response.iter_raw()) == chunks

    async def run() -> list[bytes]:
        async with async_client(fake) as client, client.stream("POST", "/analyze", json=STREAM) as response:
            return [chunk async for chunk in response.aiter_raw()]

    assert asyncio.run(run()) == chunks


def test_non_streamed_answers_are_one_body_with_a_length(fake: FakeTwelveLabs) -> None:
    with sync_client(fake) as client:
        response = client.post("/analyze", json={**STREAM, "stream": False})
    assert int(response.headers["content-length"]) == len(response.content)
    assert response.json()["data"]


@pytest.mark.parametrize("after_events", [0, 3])
def test_a_cut_stream_raises_remote_protocol_error(fake: FakeTwelveLabs, after_events: int) -> None:
    fake.fail_next_stream(after_events=after_events, how="disconnect", times=2)
    received = b""
    with (
        sync_client(fake) as client,
        client.stream("POST", "/analyze", json=STREAM) as response,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        for chunk in response.iter_raw():
            received += chunk
    # Exactly the first events (stream_start among them) arrived whole, then the connection broke.
    assert received.count(b"\n") == after_events and received.endswith(b"\n" if after_events else b"")

    async def run() -> None:
        async with async_client(fake) as client, client.stream("POST", "/analyze", json=STREAM) as response:
            with pytest.raises(httpx.RemoteProtocolError):
                async for _ in response.aiter_raw():
                    pass

    asyncio.run(run())


def test_a_stall_times_out_a_read_or_passes(fake: FakeTwelveLabs) -> None:
    fake.fail_next_stream(after_events=2, how="stall", stall_seconds=30)
    with (
        sync_client(fake, timeout=0.05) as client,
        client.stream("POST", "/analyze", json=STREAM) as response,
        pytest.raises(httpx.ReadTimeout),
    ):
        response.read()
    fake.fail_next_stream(after_events=2, how="stall", stall_seconds=0.02)
    with sync_client(fake, timeout=1) as client:
        complete = client.post("/analyze", json=STREAM)
    assert complete.content.endswith(b'"stream_end"' + complete.content.rsplit(b'"stream_end"', 1)[1])

    async def run() -> None:
        fake.fail_next_stream(after_events=2, how="stall", stall_seconds=30)
        async with (
            async_client(fake, timeout=0.05) as client,
            client.stream("POST", "/analyze", json=STREAM) as r,
        ):
            with pytest.raises(httpx.ReadTimeout):
                await r.aread()

    asyncio.run(run())


# --- the ASGI application ----------------------------------------------------------------


async def call_app(fake: FakeTwelveLabs, path: str, body: dict[str, Any]) -> list[MutableMapping[str, Any]]:
    sent: list[MutableMapping[str, Any]] = []
    inbox = iter([{"type": "http.request", "body": json.dumps(body).encode(), "more_body": False}])

    async def receive() -> MutableMapping[str, Any]:
        return next(inbox, {"type": "http.disconnect"})

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "headers": [(b"x-api-key", KEY.encode()), (b"content-type", b"application/json")],
    }
    await fake(scope, receive, send)
    return sent


def test_asgi_streams_one_body_message_per_chunk(fake: FakeTwelveLabs) -> None:
    sent = asyncio.run(call_app(fake, "/v1.3/analyze", STREAM))
    start, *bodies = sent
    assert start["type"] == "http.response.start" and start["status"] == 200
    assert b"content-length" not in dict(start["headers"])
    assert len(bodies) > 3 and all(m["more_body"] for m in bodies[:-1])
    assert bodies[-1] == {"type": "http.response.body", "body": b"", "more_body": False}
    lines = b"".join(m["body"] for m in bodies).splitlines()
    assert json.loads(lines[-1])["event_type"] == "stream_end"


def test_asgi_cut_stream_ends_without_its_last_message(fake: FakeTwelveLabs) -> None:
    fake.fail_next_stream(after_events=2)
    sent = asyncio.run(call_app(fake, "/v1.3/analyze", STREAM))
    assert all(m.get("more_body", False) for m in sent[1:])
    assert b"".join(m["body"] for m in sent[1:]).count(b"\n") == 2


def test_asgi_stall_ends_when_the_client_goes_away(fake: FakeTwelveLabs) -> None:
    fake.fail_next_stream(after_events=1, how="stall", stall_seconds=30)
    sent = asyncio.run(asyncio.wait_for(call_app(fake, "/v1.3/analyze", STREAM), timeout=5))
    assert b"".join(m["body"] for m in sent[1:]).count(b"\n") == 1


def test_asgi_app_serves_lifespan_and_plain_answers(fake: FakeTwelveLabs) -> None:
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
            listed = await client.get("/analyze/tasks?page=2", headers=HEADERS)
            assert not_allowed.headers["allow"] == "POST"
            assert int(ok.headers["content-length"]) == len(ok.content)
            assert listed.json()["page_info"]["page"] == 2
            return [ok.status_code, failed.status_code, not_allowed.status_code, listed.status_code]

    assert asyncio.run(run()) == [200, 503, 405, 200]


def test_asgi_app_reads_chunked_request_bodies(fake: FakeTwelveLabs) -> None:
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


def test_stall_and_disconnect_parts_are_public_types() -> None:
    assert Stall(1.5).seconds == 1.5 and Disconnect() == Disconnect()
