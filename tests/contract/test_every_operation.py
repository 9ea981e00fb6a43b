"""Contracts over every generated method (analyze, analyze_stream, the tasks, gist, summarize):

* client → spec: requests drawn from the spec are sent by the method exactly — same body (the
  stream toggle set as the method promises), same path and query — and validate against the spec;
* spec → client: success bodies drawn from the spec, with fields unknown to the spec sprinkled at
  any depth, are parsed and round-trip losslessly (``to_dict()``), NDJSON events included.

Nothing here is written per operation: the table is ``OPERATIONS``, generated from the spec.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs
from twelvelabs_analyze._operation import Operation, Variants
from twelvelabs_analyze._polling import is_client_custom_id
from twelvelabs_analyze_api.resources import OPERATIONS

from ._support import API_KEY, SPEC, body_strategy, request_schema
from .test_client_responses import UNKNOWN_FIELD, with_unknown_fields

BASE_URL = "https://api.example.test" + SPEC.server_path
SCHEMA = request_schema()
EXAMPLES = 12
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
JSON = "application/json"
NDJSON = "application/x-ndjson"
LINE_MEDIA = (NDJSON, "application/jsonl")  # one JSON value per line


def _success_schema(operation: Operation) -> dict[str, Any] | None:
    response = SPEC.document["paths"][operation.path][operation.method.lower()]["responses"][
        str(operation.success)
    ]
    content = response.get("content") or {}
    lines = next((media for media in LINE_MEDIA if media in content), NDJSON)
    media = content.get(lines if operation.stream else JSON)
    return dict(media["schema"]) if media else None


def _body_validator(operation: Operation) -> Draft202012Validator:
    assert operation.body_schema is not None
    return SPEC.validator_for({"$ref": SPEC.component_ref(operation.body_schema.rsplit("/", 1)[-1])})


def _arguments(operation: Operation, case: Any) -> tuple[list[Any], dict[str, Any]]:
    """The method's arguments for a request case: path parameters positional, the rest by keyword."""
    by_wire = {(f.location, f.wire): f.name for f in operation.fields}
    positional = [case.path_parameters[f.wire] for f in operation.fields if f.location == "path"]
    keywords: dict[str, Any] = {}
    for location, values in (
        ("query", case.query or {}),
        ("body", case.body if isinstance(case.body, dict) else {}),
    ):
        for wire, value in values.items():
            if location == "query" and (location, wire) not in by_wire:
                # A property of an object parameter, exploded (OpenAPI's default query style):
                # put back into the first object that may hold it (the wire form is the same).
                holder = _object_holding(operation, wire)
                if holder is not None:
                    keywords.setdefault(by_wire[("query", holder)], {})[wire] = value
                continue
            if (location, wire) not in by_wire:  # the stream toggle: the method sets it
                continue
            if location == "body" and wire in (operation.form or ()) and isinstance(value, str):
                # a form's file field carries content; a str would be a path
                keywords[by_wire[(location, wire)]] = value.encode()
                continue
            keywords[by_wire[(location, wire)]] = value
    return positional, keywords


def _object_holding(operation: Operation, key: str) -> str | None:
    """The first object query parameter whose schema has property ``key`` (else one open to any key)."""
    objects = []
    for wire, declared in ((operation.parameters_schema or {}).get("properties") or {}).items():
        schema = declared
        while "$ref" in schema:
            schema = _resolve(schema["$ref"])
        if schema.get("type") == "object":
            objects.append((wire, schema))
    named = [wire for wire, schema in objects if key in (schema.get("properties") or {})]
    open_ = [wire for wire, schema in objects if schema.get("additionalProperties") not in (None, False)]
    return (named or open_ or [None])[0]


def _resolve(pointer: str) -> Any:
    node: Any = SPEC.document
    for part in pointer.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _method(client: TwelveLabs | AsyncTwelveLabs, operation: Operation) -> Any:
    """The client method of a table entry; a method that only streams is listed as ``<name>_stream``."""
    *namespaces, name = operation.name.split(".")
    target: Any = client
    for part in namespaces:
        target = getattr(target, part)
    if operation.stream and not hasattr(target, name):
        name = name.removesuffix("_stream")
    return getattr(target, name)


def _answer(operation: Operation, body: Any) -> httpx.Response:
    if operation.stream:
        return httpx.Response(200, content=b"".join(json.dumps(e).encode() + b"\n" for e in body))
    if body is None:
        return httpx.Response(operation.success)
    return httpx.Response(operation.success, json=body)


def _run(
    client: TwelveLabs | AsyncTwelveLabs, operation: Operation, args: list[Any], kwargs: dict[str, Any]
) -> Any:
    """Call the method and read what it returns (a stream to its end, a page's first page)."""
    method = _method(client, operation)
    if isinstance(client, AsyncTwelveLabs):

        async def run() -> Any:
            result = await method(*args, **kwargs)
            return [event async for event in result] if operation.stream else result

        return asyncio.run(run())
    result = method(*args, **kwargs)
    return list(result) if operation.stream else result


def _variant_strategies(operation: Operation, schema: dict[str, Any]) -> dict[str, st.SearchStrategy[Any]]:
    """Each variant of a discriminated answer by its discriminator value, unknown fields sprinkled in."""
    result = operation.result
    assert isinstance(result, Variants)
    by_value: dict[str, st.SearchStrategy[Any]] = {}
    for variant in SPEC.resolve(schema)["oneOf"]:
        name = variant["$ref"].rsplit("/", 1)[-1]
        value = next(
            v for v, ref in result.models.items() if isinstance(ref, str) and ref.endswith(":" + name)
        )
        by_value[value] = with_unknown_fields(body_strategy(variant))
    return by_value


def _answers(operation: Operation) -> Callable[[dict[str, Any]], st.SearchStrategy[Any]]:
    """The success answers the spec allows for a call with these arguments.

    A stream is some events of any kind and then the final one (a stream is only whole with it);
    a discriminated answer whose variant the caller chose (``summarize(type=...)``) is drawn from
    that variant, since the client rightly refuses any other.
    """
    schema = _success_schema(operation)
    if schema is None:
        return lambda _: st.none()
    result = operation.result
    if not isinstance(result, Variants):
        plain = with_unknown_fields(body_strategy(schema))
        if operation.stream:  # JSON Lines of one kind: some items, perhaps none
            items = st.lists(plain, max_size=4)
            return lambda _: items
        return lambda _: plain
    by_value = _variant_strategies(operation, schema)
    if operation.stream:
        final = operation.final_event
        middle = st.one_of(*(s for v, s in by_value.items() if v != final))
        events = st.tuples(st.lists(middle, max_size=4), by_value[final] if final else middle)
        whole = events.map(lambda pair: [*pair[0], pair[1]])
        return lambda _: whole
    any_variant = st.one_of(*by_value.values())
    chosen_by = result.parameter
    if chosen_by is None:
        return lambda _: any_variant
    return lambda arguments: by_value.get(arguments.get(chosen_by), any_variant)


CASES = [pytest.param(op, id=op.name) for op in OPERATIONS.values()]


@pytest.mark.parametrize("client_class", [TwelveLabs, AsyncTwelveLabs], ids=["sync", "async"])
@pytest.mark.parametrize("operation", CASES)
def test_every_method_sends_spec_requests_and_reads_spec_answers(
    operation: Operation, client_class: type[Any]
) -> None:
    schema = _success_schema(operation)
    answers = _answers(operation)
    requests = SCHEMA[operation.path][operation.method].as_strategy()
    seen = {"sent": 0, "unknown": 0}

    @SETTINGS
    @given(case=requests, data=st.data())
    def check(case: Any, data: st.DataObject) -> None:
        args, kwargs = _arguments(operation, case)
        body = data.draw(answers(kwargs), label="answer")
        sent: list[httpx.Request] = []
        keys: list[str] = []

        def handler(request: httpx.Request) -> httpx.Response:
            request.read()
            sent.append(request)
            keys.append(request.headers["x-api-key"])  # before the client masks it in what it keeps
            return _answer(operation, body)

        transport = httpx.MockTransport(handler)
        http = (
            httpx.Client(transport=transport)
            if client_class is TwelveLabs
            else httpx.AsyncClient(transport=transport)
        )
        client = client_class(
            api_key=API_KEY, base_url=BASE_URL, max_retries=0, legacy_endpoints=True, http_client=http
        )
        try:
            result = _run(client, operation, args, kwargs)
        except (TypeError, ValueError):
            assert not sent, "a refused call reached the network"
            reject()  # the client is stricter than the schema in documented ways (blank ids …)
        (request,) = sent
        # client → spec
        assert request.method == operation.method
        assert request.url.path == SPEC.server_path + case.formatted_path
        assert sorted(request.url.params.multi_items()) == _query_items(case.query or {})
        if isinstance(case.body, dict) and operation.form is not None:
            assert _form_fields(request) == _expected_form(operation, case.body)
        elif isinstance(case.body, dict):
            emitted = json.loads(request.content)
            expected = {k: v for k, v in case.body.items() if k not in operation.fixed}
            if operation.name == "analyze_async.tasks.create" and "custom_id" not in expected:
                # The client gives every task a custom_id (to find it when an answer is lost).
                assert is_client_custom_id(emitted.pop("custom_id"))
            assert emitted == {**expected, **operation.fixed}
            _body_validator(operation).validate(emitted)
        assert keys == [API_KEY]
        seen["sent"] += 1
        # spec → client
        if body is None:
            assert result is None
        elif operation.stream:
            assert canonical([event.to_dict() for event in result]) == canonical(body)
        else:
            parsed = result.result if operation.paging is not None else result
            assert canonical(parsed.to_dict()) == canonical(body)
        seen["unknown"] += UNKNOWN_FIELD in json.dumps(body)

    check()
    assert seen["sent"] >= EXAMPLES // 3, seen
    if schema is not None:
        assert seen["unknown"] > 0, "unknown fields were exercised"


_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


def canonical(node: Any) -> Any:
    """``node`` with RFC 3339 timestamps as datetimes: ``Z`` and ``+00:00`` are the same instant
    (the models parse ``date-time`` fields and write them back in Python's ISO format)."""
    if isinstance(node, dict):
        return {key: canonical(value) for key, value in node.items()}
    if isinstance(node, list):
        return [canonical(item) for item in node]
    if isinstance(node, str) and _TIMESTAMP.match(node):
        try:
            return datetime.fromisoformat(node)
        except ValueError:
            return node
    return node


def _form_fields(request: httpx.Request) -> list[tuple[str, bytes]]:
    """``(name, content)`` of each part of a multipart/form-data request, sorted."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    delimiter = b"--" + content_type.partition("boundary=")[2].encode()
    parts = []
    for chunk in request.content.split(delimiter)[1:-1]:
        head, _, content = chunk[2:-2].partition(b"\r\n\r\n")
        name = head.split(b'name="', 1)[1].split(b'"', 1)[0].decode()
        parts.append((name, content))
    return sorted(parts)


def _expected_form(operation: Operation, body: dict[str, Any]) -> list[tuple[str, bytes]]:
    """The parts a form body makes as OpenAPI encodes one: a file field its content, a string as it
    is, an array one part per item, anything else its JSON text."""
    parts = []
    for wire, value in body.items():
        if wire in (operation.form or ()):
            parts.append((wire, value if isinstance(value, bytes) else str(value).encode()))
            continue
        for item in value if isinstance(value, list) else [value]:
            text = item if isinstance(item, str) else json.dumps(item, separators=(",", ":"))
            parts.append((wire, text.encode()))
    return sorted(parts)


def _query_items(query: dict[str, Any]) -> list[tuple[str, str]]:
    """The query as the spec encodes it (OpenAPI's default, style ``form`` with ``explode``): an
    array repeats its parameter once per item, so an empty one sends nothing; an object sends
    each of its properties as a parameter."""
    flat = [
        pair
        for name, value in query.items()
        for pair in (value.items() if isinstance(value, dict) else [(name, value)])
    ]
    return sorted(
        (name, _query_text(item))
        for name, value in flat
        for item in (value if isinstance(value, list) else [value])
    )


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
