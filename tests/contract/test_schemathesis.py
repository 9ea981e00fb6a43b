"""Contract 1: schemathesis against the fake's ASGI app, every operation, positive and negative.

All default checks run: documented status codes, response schema and headers conformance, no
5xx, rejection of invalid data, acceptance of valid data, 401 without the key, 405 for other
methods, rejection of unsupported content types — plus ``ndjson_events_conform``
(``schemathesis_hooks``), which validates every line of a streamed ``/analyze`` answer against
the event schema, since schemathesis itself validates JSON bodies only. The coverage phase runs
here (its ~20,000 edge cases are too many for the loopback CLI run in ``test_schemathesis_cli``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from schemathesis import GenerationMode
from schemathesis.core.failures import FailureGroup

from twelvelabs_analyze.testing import FakeResponse, FakeTwelveLabs

from ._support import API_KEY, SPEC, request_schema
from .schemathesis_hooks import ndjson_events_conform

MAX_EXAMPLES = 40

fake = FakeTwelveLabs(api_key=API_KEY, rate_limit=10**9, max_recorded_requests=10**6)
schema = request_schema()
schema.app = fake  # before any operation is touched
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=MAX_EXAMPLES
)
schema.config.update(headers={"x-api-key": API_KEY})


@schema.parametrize()
def test_fake_conforms_to_the_spec(case: Any) -> None:
    case.call_and_validate(additional_checks=[ndjson_events_conform])


def expected_statuses(path: str, method: str) -> set[int]:
    """What a run must have seen for an operation: success, 401, 405, and its documented 400/404."""
    operation = SPEC.operations[(method, path)]
    statuses = {operation.success_status, 401, 405}
    if 400 in operation.response_codes:
        statuses.add(400)
    if 404 in operation.response_codes and operation.path_validator is not None:
        statuses.add(404)  # an unknown id
    return statuses


def test_every_operation_was_exercised_with_every_kind_of_answer() -> None:
    # Runs after the parametrized test (same module, file order): proves it was not vacuous.
    seen: dict[tuple[str, str], set[int]] = {}
    for request in fake.requests:
        found = SPEC.find(request.method, request.path)
        key = (found[0].method, SPEC.server_path + found[0].path) if found else ("", request.path)
        seen.setdefault(key, set()).add(request.status)
    # 405s are recorded under the method that was tried: count them for the path.
    by_path = {path: statuses for (method, path), statuses in seen.items() if method == ""}
    for method, path in SPEC.operations:
        statuses = seen.get((method, path), set()) | by_path.get(path, set())
        for (other, other_path), other_statuses in seen.items():
            if other_path == path and other != method and 405 in other_statuses:
                statuses.add(405)
        assert expected_statuses(path, method) <= statuses, (method, path, statuses)
    streamed = [r for r in fake.requests if r.path.endswith("/analyze") and r.status == 200]
    assert any(isinstance(r.json, dict) and r.json.get("stream", True) is not False for r in streamed)


class BrokenFake(FakeTwelveLabs):
    """Answers wrongly in the ways the checks must catch."""

    def handle(self, method: str, path: str, headers: Any, body: bytes) -> FakeResponse:
        response = super().handle(method, path, headers, body)
        if response.status == 200 and path.endswith("/gist"):
            return response._replace(body=b'{"title": 42}')
        if path.endswith("/summarize"):
            return response._replace(status=418)
        if response.status == 404 and "/analyze/tasks/" in path:  # the flat shape, not {error: {...}}
            return response._replace(body=b'{"code": "resource_not_exist", "message": "no such task"}')
        if response.streamed:
            lines = response.body.split(b"\n")
            lines[1] = json.dumps({"event_type": "text_generation", "text": 42}).encode()
            broken = b"\n".join(lines)
            return response._replace(body=broken, parts=(broken,))
        return response


@pytest.mark.parametrize(
    ("method", "path", "body", "failure"),
    [
        ("POST", "/gist", {"video_id": "v", "types": ["title"]}, "Response violates schema"),
        ("POST", "/summarize", {"video_id": "v", "type": "summary"}, "Undocumented status code"),
        ("GET", "/analyze/tasks/{task_id}", None, "Response violates schema"),
        ("POST", "/analyze", {"video_id": "v", "prompt": "p"}, "line 2 violates the event schema"),
    ],
)
def test_the_same_checks_catch_a_broken_fake(
    method: str, path: str, body: dict[str, Any] | None, failure: str
) -> None:
    broken = request_schema()
    broken.app = BrokenFake(api_key=API_KEY)
    operation = broken[path][method]
    kwargs: dict[str, Any] = {"headers": {"x-api-key": API_KEY}}
    if body is not None:
        kwargs.update(body=body, media_type="application/json")
    if "{task_id}" in path:
        kwargs["path_parameters"] = {"task_id": "no-such-task"}
    case = operation.Case(**kwargs)
    with pytest.raises(FailureGroup, match=failure):
        case.call_and_validate(additional_checks=[ndjson_events_conform])
