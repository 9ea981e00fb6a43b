"""Contract 3, spec → client: bodies generated from every response schema are parsed by the
client without error and round-trip losslessly (``to_dict()`` equals the body, unknown fields kept)."""

from __future__ import annotations

import random
from typing import Any

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twelvelabs_analyze import APIStatusError, AuthenticationError, BadRequestError, TwelveLabs

from ._support import API_KEY, CLIENT_OPERATIONS, SPEC, body_strategy

BASE_URL = "https://api.example.test" + SPEC.server_path
UNKNOWN_FIELD = "field_from_the_future"
EXAMPLES = 40
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
ERRORS_BY_STATUS: dict[int, type[APIStatusError]] = {400: BadRequestError, 401: AuthenticationError}


def _declared_names(node: Any) -> set[str]:
    if isinstance(node, dict):
        names = set(node.get("properties", {})) if isinstance(node.get("properties"), dict) else set()
        return names.union(*(_declared_names(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_declared_names(value) for value in node))
    return set()


assert UNKNOWN_FIELD not in _declared_names(dict(SPEC.document))


def _sprinkle(node: Any, rng: random.Random) -> Any:
    """Add the unknown field to about half of the objects in a body, at any depth."""
    if isinstance(node, dict):
        out = {key: _sprinkle(value, rng) for key, value in node.items()}
        if rng.random() < 0.5:
            out[UNKNOWN_FIELD] = {"kept": [1, "two", None]}
        return out
    if isinstance(node, list):
        return [_sprinkle(item, rng) for item in node]
    return node


def with_unknown_fields(bodies: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.tuples(bodies, st.randoms(use_true_random=False)).map(lambda pair: _sprinkle(*pair))


def _success_cases() -> list[Any]:
    """One case per 200 schema, each ``oneOf`` variant on its own."""
    cases = []
    for operation in CLIENT_OPERATIONS.values():
        schema = dict(operation.response_schemas[200])
        for variant in SPEC.resolve(schema).get("oneOf", [schema]):
            name = variant.get("$ref", "").rsplit("/", 1)[-1]
            cases.append(pytest.param(operation.operation_id, variant, id=f"{operation.operation_id}-{name}"))
    return cases


def _call(client: TwelveLabs, operation_id: str, body: dict[str, Any]) -> Any:
    if operation_id == "summarize":
        return client.summarize("video", type=body.get("summarize_type", "summary"))
    return getattr(client, operation_id)("video")


@pytest.mark.parametrize(("operation_id", "schema"), _success_cases())
def test_success_bodies_round_trip(operation_id: str, schema: dict[str, Any]) -> None:
    operation = next(op for op in CLIENT_OPERATIONS.values() if op.operation_id == operation_id)
    client = TwelveLabs(api_key=API_KEY, base_url=BASE_URL, max_retries=0)
    seen_unknown = 0

    with respx.mock(base_url=BASE_URL) as router:
        route = router.post(operation.path)

        @SETTINGS
        @given(body=with_unknown_fields(body_strategy(schema)))
        def check(body: dict[str, Any]) -> None:
            nonlocal seen_unknown
            operation.response_validators[200].validate(body)  # the generator made a documented body
            route.mock(return_value=httpx.Response(200, json=body))
            result = _call(client, operation_id, body)
            assert result.to_dict() == body
            seen_unknown += UNKNOWN_FIELD in repr(result.to_dict())

        check()
    assert seen_unknown > 0  # unknown fields were really exercised


def _error_cases() -> list[tuple[str, int]]:
    return sorted(
        (operation.operation_id, status)
        for operation in CLIENT_OPERATIONS.values()
        for status in operation.response_schemas
        if status >= 400
    )


@pytest.mark.parametrize(("operation_id", "status"), _error_cases())
def test_error_bodies_become_typed_errors(operation_id: str, status: int) -> None:
    operation = next(op for op in CLIENT_OPERATIONS.values() if op.operation_id == operation_id)
    client = TwelveLabs(api_key=API_KEY, base_url=BASE_URL, max_retries=0)

    with respx.mock(base_url=BASE_URL) as router:
        route = router.post(operation.path)

        @SETTINGS
        @given(body=with_unknown_fields(body_strategy(dict(operation.response_schemas[status]))))
        def check(body: dict[str, Any]) -> None:
            route.mock(return_value=httpx.Response(status, json=body))
            with pytest.raises(ERRORS_BY_STATUS[status]) as caught:
                _call(client, operation_id, {})
            error = caught.value
            assert (error.status_code, error.body) == (status, body)
            if body["code"]:
                assert error.code == body["code"]
            if body.get("message"):
                assert body["message"] in str(error)
            if body.get("docs_url"):
                assert error.docs_url == body["docs_url"]

        check()
