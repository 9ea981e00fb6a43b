"""Fixtures shared by the test folders that talk to the fake over loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from twelvelabs_analyze.testing import FakeTwelveLabs


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
