"""Shapes the newer operations bring, through the public client: path parameters whose names are
not Python identifiers (``{index-id}``), successes without a body, and both error-body shapes.

The operations come from the generated ``OPERATIONS`` table, chosen by what they are, not by name.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from twelvelabs_analyze import ConflictError
from twelvelabs_analyze._operation import NoContent, Operation
from twelvelabs_analyze._spec import spec_document
from twelvelabs_analyze_api.resources import OPERATIONS

from ._transport import BASE_URL, Both, Script

# A value that every reserved URL character would misplace if it were not encoded.
AWKWARD_ID = "a b/c?d#e%f"


def _required_beyond_path(operation: Operation) -> set[str]:
    required = set((operation.parameters_schema or {}).get("required") or ())
    required -= {f.wire for f in operation.fields if f.location == "path"}
    if operation.body_schema:
        node: Any = spec_document()
        for part in operation.body_schema.removeprefix("#/").split("/"):
            node = node[part]
        required |= set(node.get("required") or ())
    return required


def _callable_with_ids_alone() -> Iterator[Operation]:
    """Operations with path parameters that need no other argument."""
    for operation in OPERATIONS.values():
        has_ids = any(f.location == "path" for f in operation.fields)
        if operation.emulation is None and has_ids and not _required_beyond_path(operation):
            yield operation


HYPHENATED = [
    op
    for op in _callable_with_ids_alone()
    if any(f.location == "path" and not f.wire.isidentifier() for f in op.fields)
]
NO_BODY = [op for op in _callable_with_ids_alone() if isinstance(op.result, NoContent)]


def test_the_selection_has_such_operations() -> None:
    assert HYPHENATED, "no path parameter with a hyphen any more: this file tests nothing"
    assert NO_BODY


def _method(client: Any, operation: Operation) -> Any:
    target = client
    for part in operation.name.split("."):
        target = getattr(target, part)
    return target


def _call(client: Both, operation: Operation) -> tuple[Any, dict[str, str]]:
    """Calls the operation with every path parameter set to ``AWKWARD_ID`` plus its own name."""
    values = {f.name: f"{AWKWARD_ID}-{f.wire}" for f in operation.fields if f.location == "path"}
    return client.run(_method(client.client, operation)(**values)), values


def _expected_path(operation: Operation) -> str:
    path = operation.path
    for f in operation.fields:
        if f.location == "path":
            path = path.replace("{" + f.wire + "}", quote(f"{AWKWARD_ID}-{f.wire}", safe=""))
    return httpx.URL(BASE_URL).raw_path.decode() + path


@pytest.mark.parametrize("operation", HYPHENATED, ids=lambda op: op.name)
def test_a_hyphenated_path_parameter_is_a_python_keyword_and_an_encoded_segment(
    mode: str, operation: Operation
) -> None:
    names = [f.name for f in operation.fields if f.location == "path"]
    assert all(name.isidentifier() for name in names)
    assert set(names) <= set(inspect.signature(_method(Both(mode, Script()).client, operation)).parameters)
    script = Script(httpx.Response(operation.success))  # an empty body: success or a mismatch, either way
    client = Both(mode, script, max_retries=0)
    try:
        _call(client, operation)
    except Exception as error:  # a documented body missing: the URL is what is checked here
        assert "documented" in str(error) or "JSON" in str(error), error
    [request] = script.requests
    assert request.url.raw_path.decode() == _expected_path(operation)


@pytest.mark.parametrize("status", [204, 200, 202])
@pytest.mark.parametrize("operation", NO_BODY, ids=lambda op: op.name)
def test_a_success_without_a_body_returns_none(mode: str, operation: Operation, status: int) -> None:
    script = Script(httpx.Response(status))
    result, _ = _call(Both(mode, script, max_retries=0), operation)
    assert result is None
    assert len(script.requests) == 1


# Both shapes the API uses for one error: flat (assets, analyze) and wrapped (batches).
FLAT = {"code": "batch_completed", "message": "The batch has already completed."}
WRAPPED = {"error": {**FLAT, "details": {"status": "completed"}}}
DOCUMENTS_409 = [
    op
    for op in _callable_with_ids_alone()
    if "409" in spec_document()["paths"][op.path][op.method.lower()]["responses"]
]


@pytest.mark.parametrize("body", [FLAT, WRAPPED], ids=["flat", "wrapped"])
@pytest.mark.parametrize("operation", DOCUMENTS_409, ids=lambda op: op.name)
def test_both_error_body_shapes_map_to_the_same_error(
    mode: str, operation: Operation, body: dict[str, Any]
) -> None:
    script = Script(httpx.Response(409, json=body))
    with pytest.raises(ConflictError) as raised:
        _call(Both(mode, script, max_retries=0), operation)
    error = raised.value
    assert (error.status_code, error.code) == (409, "batch_completed")
    assert str(error) == "409 batch_completed: The batch has already completed."
    assert error.body == body  # the details stay with the error


def test_a_wrapped_error_names_a_batches_operation() -> None:
    assert any(op.name.startswith("analyze_async.batches.") for op in DOCUMENTS_409)


def _object_query_operations() -> Iterator[tuple[Operation, str]]:
    """Operations with an object query parameter, and its wire name."""
    document = spec_document()
    for operation in OPERATIONS.values():
        properties = (operation.parameters_schema or {}).get("properties") or {}
        for f in operation.fields:
            schema = properties.get(f.wire) or {}
            while "$ref" in schema:
                node: Any = document
                for part in schema["$ref"].removeprefix("#/").split("/"):
                    node = node[part]
                schema = node
            if f.location == "query" and schema.get("type") == "object":
                yield operation, f.wire


OBJECT_QUERIES = list(_object_query_operations())


@pytest.mark.parametrize(("operation", "wire"), OBJECT_QUERIES, ids=lambda x: getattr(x, "name", x))
def test_an_object_query_parameter_sends_each_property_as_a_parameter(
    mode: str, operation: Operation, wire: str
) -> None:
    # OpenAPI's default for the query (style form, explode), as the spec's own example shows:
    # user_metadata {"category": "recentlyAdded"} is ?category=recentlyAdded.
    assert not _required_beyond_path(operation)
    script = Script(httpx.Response(400, json={"code": "parameter_invalid", "message": "no"}))
    client = Both(mode, script, max_retries=0)
    name = next(f.name for f in operation.fields if f.wire == wire)
    ids = {f.name: "id-1" for f in operation.fields if f.location == "path"}
    value: dict[str, Any] = {"gte": 2, "lte": 3} if wire != "user_metadata" else {"category": "x", "n": 2}
    with pytest.raises(Exception, match="parameter_invalid"):
        client.run(_method(client.client, operation)(**ids, **{name: value}))
    [request] = script.requests
    assert sorted(request.url.params.multi_items()) == sorted((k, str(v)) for k, v in value.items())
