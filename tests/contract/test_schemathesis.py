"""Contract 1: schemathesis against the fake's ASGI app, every operation, positive and negative.

All default checks run: documented status codes, response schema and headers conformance, no
5xx, rejection of invalid data, acceptance of valid data, 401 without the key, 405 for other
methods, rejection of unsupported content types — plus ``ndjson_events_conform``
(``schemathesis_hooks``), which validates every line of a streamed ``/analyze`` answer against
the event schema, since schemathesis itself validates JSON bodies only. Phases per operation come
from ``schemathesis.toml`` (shared with the CLI run in ``test_schemathesis_cli``).
"""

from __future__ import annotations

import json
import tomllib
from typing import Any

import pytest
from schemathesis import GenerationMode
from schemathesis.core.failures import FailureGroup

from twelvelabs_analyze.testing import FakeResponse, FakeTwelveLabs, Operation

from ._support import API_KEY, SCHEMATHESIS_CONFIG, SPEC, request_schema
from .schemathesis_hooks import ndjson_events_conform

MAX_EXAMPLES = 40

fake = FakeTwelveLabs(api_key=API_KEY, rate_limit=10**9, max_recorded_requests=10**6)
schema = request_schema()
schema.app = fake  # before any operation is touched
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=MAX_EXAMPLES
)
schema.config.update(headers={"x-api-key": API_KEY})


def _resolved(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC.document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def not_checked_yet(label: str) -> str | None:
    """Why the fake cannot be held to the spec on the operation ``label`` yet (``None``: it can).

    By what the operation needs, not by its name: the skip ends for every operation at once when
    the fake gains the behaviour.
    """
    method, _, path = label.partition(" ")
    operation = SPEC.document["paths"][path][method.lower()]
    media = set((operation.get("requestBody") or {}).get("content") or {})
    if media and "application/json" not in media:
        return f"the fake does not read {sorted(media)} request bodies yet (the upfake helper's work)"
    for parameter in operation.get("parameters") or []:
        if parameter.get("in") == "query" and _resolved(parameter.get("schema")).get("type") == "object":
            return (
                "the fake does not read object query parameters (sent exploded, the spec's default "
                "style) yet (the genfake helper's generic resources)"
            )
    return None


@schema.parametrize()
def test_fake_conforms_to_the_spec(case: Any) -> None:
    reason = not_checked_yet(case.operation.label)
    if reason is not None:
        pytest.skip(reason)
    case.call_and_validate(additional_checks=[ndjson_events_conform])


def without_coverage() -> set[str]:
    """The operations (``"POST /analyze"``) whose coverage phase ``schemathesis.toml`` turns off."""
    config = tomllib.loads(SCHEMATHESIS_CONFIG.read_text())
    return {
        entry["include-name"]
        for entry in config.get("operations", [])
        if entry.get("phases", {}).get("coverage", {}).get("enabled", True) is False
    }


def expected_statuses(operation: Operation, covered_paths: set[str]) -> set[int]:
    """What the run must have answered for ``operation``: success (unless it needs an existing id),
    its documented 400 or 404, 401, and 405 where the coverage phase tried other methods."""
    statuses = {401}
    if operation.path_validator is None:
        statuses.add(operation.success_status)
        if 400 in operation.response_codes:
            statuses.add(400)
    elif 404 in operation.response_codes:
        statuses.add(404)  # an id nobody created
    if operation.path in covered_paths:
        statuses.add(405)
    return statuses


def test_every_operation_was_exercised_with_every_kind_of_answer() -> None:
    # Runs after the parametrized test (same module, file order): proves it was not vacuous.
    seen: dict[str, set[int]] = {}
    not_allowed: set[str] = set()
    for request in fake.requests:
        for operation in SPEC.operations.values():
            if operation.match(request.path) is None:
                continue
            if request.status == 405:
                not_allowed.add(operation.path)
            elif operation.method == request.method:
                seen.setdefault(operation.label, set()).add(request.status)
    skipped = without_coverage()
    covered_paths = {op.path for op in SPEC.operations.values() if op.label not in skipped}
    for operation in SPEC.operations.values():
        if not_checked_yet(operation.label) is not None:
            continue
        answered = seen.get(operation.label, set()) | ({405} if operation.path in not_allowed else set())
        assert expected_statuses(operation, covered_paths) <= answered, (operation.label, answered)
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
