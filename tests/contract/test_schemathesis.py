"""Contract 1: schemathesis against the fake's ASGI app, positive and negative, all default checks.

Checks include: documented status codes, response schema and headers conformance, no 5xx,
rejection of invalid data, acceptance of valid data, 401 without the key, 405 for other
methods and rejection of unsupported content types.
"""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator, SchemaError
from schemathesis import GenerationMode
from schemathesis.core.failures import FailureGroup

from twelvelabs_analyze.testing import FakeTwelveLabs

from ._support import API_KEY, CLIENT_OPERATIONS, request_schema

MAX_EXAMPLES = 40

fake = FakeTwelveLabs(api_key=API_KEY)
schema = request_schema()
schema.app = fake  # before any operation is touched
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=MAX_EXAMPLES
)
schema.config.update(headers={"x-api-key": API_KEY})


@schema.hook("filter_case")
def only_documented_valid_requests(context: Any, case: Any) -> bool:
    """Positive cases must be valid by the spec's prose too, not only by its JSON Schema.

    Drops response formats whose ``json_schema`` is not a JSON Schema at all (the seed spec
    cannot say it).
    """
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return True
    body = case.body
    response_format = body.get("response_format") if isinstance(body, dict) else None
    if isinstance(response_format, dict):
        try:
            Draft202012Validator.check_schema(response_format.get("json_schema"))
        except SchemaError:
            return False
    return True


@schema.parametrize()
def test_fake_conforms_to_the_spec(case: Any) -> None:
    case.call_and_validate()


def test_every_operation_was_exercised_with_every_kind_of_answer() -> None:
    # Runs after the parametrized test (same module, file order): proves it was not vacuous.
    seen = {(r.path, r.status) for r in fake.requests}
    for (_, path), operation in CLIENT_OPERATIONS.items():
        for status in (200, 400, 401, 405):
            assert (path, status) in seen, (path, status)
        assert operation.response_codes >= {200, 400, 401}


class BrokenFake(FakeTwelveLabs):
    """Answers with a title that is a number, and 418 for summaries."""

    def handle(self, method: str, path: str, headers: Any, body: bytes) -> Any:
        response = super().handle(method, path, headers, body)
        if response.status == 200 and path.endswith("/gist"):
            return response._replace(body=b'{"title": 42}')
        if path.endswith("/summarize"):
            return response._replace(status=418)
        return response


@pytest.mark.parametrize(
    ("path", "body", "failure"),
    [
        ("/gist", {"video_id": "v", "types": ["title"]}, "Response violates schema"),
        ("/summarize", {"video_id": "v", "type": "summary"}, "Undocumented status code"),
    ],
)
def test_the_same_checks_catch_a_broken_fake(path: str, body: dict[str, Any], failure: str) -> None:
    broken = request_schema()
    broken.app = BrokenFake(api_key=API_KEY)
    case = broken[path]["POST"].Case(body=body, headers={"x-api-key": API_KEY}, media_type="application/json")
    with pytest.raises(FailureGroup, match=failure):
        case.call_and_validate()
