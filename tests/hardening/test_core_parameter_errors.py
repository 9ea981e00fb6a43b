"""A path or query parameter that breaks the spec is named alone, before anything is sent."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.unit._transport import Both, Script


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "error", "text"),
    [
        ("analyze_async.tasks.list", (), {"page_limit": 0}, ValueError, "page_limit must be between 1 and 50, not 0"),
        ("analyze_async.tasks.list", (), {"page": "x"}, TypeError, "page must be an integer, not str"),
        ("analyze_async.tasks.list", (), {"status": "nope"}, ValueError,
         "status must be one of 'canceled', 'failed', 'pending', 'processing', 'queued', 'ready', not 'nope'"),
        ("analyze_async.tasks.retrieve", ("",), {}, ValueError, "task_id must not be empty"),
    ],
)  # fmt: skip
def test_a_bad_parameter_is_named_without_a_prefix(
    mode: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], error: type[Exception], text: str
) -> None:
    script = Script(httpx.Response(200, json={}))
    with pytest.raises(error) as caught:
        Both(mode, script).call(method, *args, **kwargs)
    assert str(caught.value) == text
    assert script.requests == []
