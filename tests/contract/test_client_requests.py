"""Contract 2, client → spec: valid inputs generated from the spec's request schemas go through
the client, and every request it emits (captured with respx) validates against the spec."""

from __future__ import annotations

import asyncio
import inspect
import json
from typing import Any

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, reject, settings

from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs

from ._support import API_KEY, CLIENT_OPERATIONS, SPEC, request_schema

BASE_URL = "https://api.example.test" + SPEC.server_path
SCHEMA = request_schema(only_client_operations=True)
OPERATIONS = sorted(CLIENT_OPERATIONS.values(), key=lambda op: op.operation_id)
EXAMPLES = 40


def answer(request: httpx.Request) -> httpx.Response:
    """A minimal valid answer, so the client's call completes."""
    body = json.loads(request.content)
    if "type" not in body:
        return httpx.Response(200, json={})
    content = {"summary": {"summary": ""}, "chapter": {"chapters": []}, "highlight": {"highlights": []}}
    return httpx.Response(200, json={"summarize_type": body["type"], **content[body["type"]]})


def send(client: TwelveLabs | AsyncTwelveLabs, operation_id: str, body: dict[str, Any]) -> None:
    """Call the client method named like the operation; body fields map to its keyword arguments."""
    method = getattr(client, operation_id)
    arguments = dict(body)
    video_id = arguments.pop("video_id")
    accepted = set(inspect.signature(method).parameters)
    assert set(arguments) <= accepted, f"client.{operation_id} lacks {set(arguments) - accepted}"
    try:
        result = method(video_id, **arguments)
        if inspect.isawaitable(result):
            asyncio.run(result)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        # The client is stricter than the schema in documented ways (blank ids, duplicate
        # types, empty json_schema, response_format with chapters…); those never reach the wire.
        reject()


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.operation_id)
@pytest.mark.parametrize("client_class", [TwelveLabs, AsyncTwelveLabs])
def test_emitted_requests_validate_against_the_spec(operation: Any, client_class: type[Any]) -> None:
    strategy = SCHEMA[operation.path][operation.method].as_strategy()
    client = client_class(api_key=API_KEY, base_url=BASE_URL, max_retries=0)
    sent: list[dict[str, Any]] = []

    with respx.mock(base_url=BASE_URL) as router:
        route = router.route(method=operation.method, path=operation.path).mock(side_effect=answer)

        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
        )
        @given(case=strategy)
        def check(case: Any) -> None:
            body = case.body
            route.calls.clear()
            send(client, operation.operation_id, body)
            assert route.call_count == 1
            request = route.calls.last.request
            emitted = json.loads(request.content)
            operation.request_validator.validate(emitted)
            assert emitted == body  # nothing added, dropped or changed on the way
            assert request.headers["x-api-key"] == API_KEY
            assert request.headers["content-type"] == "application/json"
            sent.append(emitted)

        check()
    # Enough of the generated inputs were valid for the client too, and they varied.
    assert len(sent) >= EXAMPLES // 2
    assert len({json.dumps(body, sort_keys=True) for body in sent}) >= EXAMPLES // 2
