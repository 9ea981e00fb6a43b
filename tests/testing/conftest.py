"""Helpers for the fake's own tests: call its handler directly, no client, no sockets."""

from __future__ import annotations

import json
from typing import Any

import pytest

from twelvelabs_analyze.testing import FakeResponse, FakeTwelveLabs

KEY = "test-key"
JSON_HEADERS = {"x-api-key": KEY, "content-type": "application/json"}


class Clock:
    """A settable clock for the rate limiter."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def post(
    fake: FakeTwelveLabs,
    path: str,
    body: Any,
    headers: dict[str, str] | None = None,
    method: str = "POST",
) -> FakeResponse:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return fake.handle(method, path, JSON_HEADERS if headers is None else headers, raw)


def body_of(response: FakeResponse) -> Any:
    return json.loads(response.body)


def header(response: FakeResponse, name: str) -> str | None:
    return next((v for k, v in response.headers if k.lower() == name.lower()), None)


@pytest.fixture
def fake() -> FakeTwelveLabs:
    return FakeTwelveLabs(api_key=KEY)


@pytest.fixture
def clock() -> Clock:
    return Clock()
