"""Fixtures of the hardening tests: both JSON backends, recorded sleeps."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from twelvelabs_analyze import _json

BACKENDS = {"json": _json.STDLIB}
_orjson = _json._orjson()
if _orjson is not None:
    BACKENDS["orjson"] = _orjson


@pytest.fixture(params=sorted(BACKENDS))
def json_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run the test once with orjson and once with the standard library."""
    name = str(request.param)
    monkeypatch.setattr(_json, "_backend", BACKENDS[name])
    yield name
