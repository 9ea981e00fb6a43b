"""fake.serve(): a real uvicorn server on loopback, started and stopped cleanly, safe under load."""

from __future__ import annotations

import asyncio
import socket
import sys
from collections import Counter
from urllib.parse import urlsplit

import httpx
import pytest

from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import KEY

HEADERS = {"x-api-key": KEY}


def test_serve_yields_a_loopback_base_url_and_releases_the_port(fake: FakeTwelveLabs) -> None:
    with fake.serve() as base_url:
        url = urlsplit(base_url)
        assert (url.scheme, url.hostname, url.path) == ("http", "127.0.0.1", "/v1.3")
        assert url.port is not None and url.port > 0
        response = httpx.post(f"{base_url}/gist", json={"video_id": "v", "types": ["title"]}, headers=HEADERS)
        assert response.status_code == 200
        assert response.headers["x-ratelimit-used"] == "1"
        assert httpx.get(f"{base_url}/gist", headers=HEADERS).status_code == 405
        assert httpx.post(f"{url.scheme}://{url.netloc}/elsewhere", headers=HEADERS).status_code == 404
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        assert probe.connect_ex(("127.0.0.1", url.port)) != 0  # nobody listens any more
    assert [r.status for r in fake.requests] == [200, 405, 404]


def test_serve_twice_in_a_row_and_on_a_chosen_port(fake: FakeTwelveLabs) -> None:
    with fake.serve() as first:
        port = urlsplit(first).port
    assert port is not None
    with fake.serve(port=port) as second:  # the port really was released
        assert urlsplit(second).port == port
        assert httpx.post(f"{second}/gist", json={}, headers=HEADERS).status_code == 400


def test_serve_reports_a_port_in_use(fake: FakeTwelveLabs) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(OSError), fake.serve(port=taken.getsockname()[1]):
            pass


def test_serve_without_uvicorn_names_the_extra(fake: FakeTwelveLabs, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    with pytest.raises(ImportError, match=r"pip install 'twelvelabs-analyze\[testing\]'"), fake.serve():
        pass


def test_delayed_answers_over_http(fake: FakeTwelveLabs) -> None:
    fake.delay_next(0.4)  # the server waits for it on exit, so keep it short
    with fake.serve() as base_url, pytest.raises(httpx.ReadTimeout):
        httpx.post(
            f"{base_url}/gist", json={"video_id": "v", "types": ["title"]}, headers=HEADERS, timeout=0.1
        )


@pytest.mark.slow
def test_hundreds_of_concurrent_requests() -> None:
    fake = FakeTwelveLabs(rate_limit=250, window_seconds=3600)
    total = 300

    async def hammer(base_url: str) -> list[httpx.Response]:
        limits = httpx.Limits(max_connections=total)
        async with httpx.AsyncClient(base_url=base_url, headers=HEADERS, limits=limits, timeout=30) as client:
            requests = [
                client.post(
                    "/summarize",
                    json={"video_id": f"v{n}", "type": ("summary", "chapter", "highlight")[n % 3]},
                )
                if n % 2
                else client.post("/gist", json={"video_id": f"v{n}", "types": ["title", "hashtag"]})
                for n in range(total)
            ]
            return list(await asyncio.gather(*requests))

    with fake.serve() as base_url:
        responses = asyncio.run(hammer(base_url))
    statuses = Counter(r.status_code for r in responses)
    # Exactly the limit got through: the counter is not racy under concurrency.
    assert statuses == {200: 250, 429: 50}
    used = sorted(int(r.headers["x-ratelimit-used"]) for r in responses if r.status_code == 200)
    assert used == list(range(1, 251))
    assert len(fake.requests) == total
    for response in responses:
        if response.status_code == 200:
            operation = fake.spec.operations[("POST", response.request.url.path)]
            operation.response_validators[200].validate(response.json())
