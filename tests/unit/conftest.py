"""One table of client tests, run against both the sync and the async client."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs

BASE_URL = "https://api.test/v1.3"
API_KEY = "sk-SECRET-key-1234"


class Runner:
    """Calls a client method the same way for sync and async clients."""

    def __init__(self, mode: str, **client_kwargs: Any) -> None:
        self.mode = mode
        kwargs: dict[str, Any] = {"api_key": API_KEY, "base_url": BASE_URL, **client_kwargs}
        self.client: TwelveLabs | AsyncTwelveLabs = (TwelveLabs if mode == "sync" else AsyncTwelveLabs)(
            **kwargs
        )

    def __call__(self, method: str, *args: Any, raw: bool = False, **kwargs: Any) -> Any:
        target = self.client.with_raw_response if raw else self.client
        result = getattr(target, method)(*args, **kwargs)
        if self.mode == "async":
            return asyncio.run(result)
        return result


@pytest.fixture
def make_runner(mode: str, sleeps: list[float]) -> Iterator[Any]:
    def make(**client_kwargs: Any) -> Runner:
        return Runner(mode, **client_kwargs)

    yield make


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWELVELABS_API_KEY", raising=False)
    monkeypatch.delenv("TWELVELABS_BASE_URL", raising=False)
