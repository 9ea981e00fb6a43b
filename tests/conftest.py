"""Fixtures shared by the test folders: the sync/async switch, recorded sleeps, the served fake."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import twelvelabs_analyze._sleep as sleep_module
from twelvelabs_analyze.testing import FakeTwelveLabs


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run the test once with the sync client and once with the async one."""
    return str(request.param)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the client's waits (retries, polling) instead of sleeping."""
    waits: list[float] = []

    async def fake_async_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(sleep_module, "sleep", waits.append)
    monkeypatch.setattr(sleep_module, "async_sleep", fake_async_sleep)
    return waits


@pytest.fixture(scope="module")
def fake_api_key() -> str:
    """The key the served fake accepts; a folder's conftest or a module may override it."""
    return "test-key"


@pytest.fixture(scope="module")
def served_fake(fake_api_key: str) -> Iterator[tuple[FakeTwelveLabs, str]]:
    """One fake on 127.0.0.1 per test module (starting uvicorn costs ~0.2 s), with its base URL."""
    fake = FakeTwelveLabs(api_key=fake_api_key)
    with fake.serve() as base_url:
        yield fake, base_url
