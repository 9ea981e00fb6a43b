"""What the contract tests share: the spec as schemathesis sees it, and body strategies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis import GenerationMode

from twelvelabs_analyze.testing import load_spec

API_KEY = "test-key"
# Per-operation phases shared with the CLI run (see the file).
SCHEMATHESIS_CONFIG = Path(__file__).with_name("schemathesis.toml")
SPEC = load_spec()
# The client contracts (requests and responses through the client's legacy methods) cover these;
# the schemathesis contract covers every operation of the spec.
CLIENT_OPERATION_IDS = ("gist", "summarize")
CLIENT_OPERATIONS = {
    key: op for key, op in SPEC.operations.items() if op.operation_id in CLIENT_OPERATION_IDS
}


INT64 = (-(2**63), 2**63 - 1)


def within_int64(node: Any) -> Any:
    """A copy of a schema whose integers stay within 64 bits.

    With the ``fast`` extra the client decodes JSON with orjson, which reads wider integers as
    floats (a documented orjson limit, noted in the README); no value this API sends comes close.
    """
    if isinstance(node, dict):
        out = {key: within_int64(value) for key, value in node.items()}
        if out.get("type") == "integer":
            out.setdefault("minimum", INT64[0])
            out.setdefault("maximum", INT64[1])
        return out
    if isinstance(node, list):
        return [within_int64(item) for item in node]
    return node


def request_schema(*, only_client_operations: bool = False) -> Any:
    """The spec loaded by schemathesis with ``schemathesis.toml``, without an app (every operation,
    or ``CLIENT_OPERATIONS``)."""
    config = schemathesis.Config.from_path(SCHEMATHESIS_CONFIG)
    schema = schemathesis.openapi.from_dict(dict(SPEC.document), config=config)
    if only_client_operations:
        schema = schema.include(operation_id=list(CLIENT_OPERATION_IDS))
    schema.config.generation.update(deterministic=True, database="none")
    return schema


def body_strategy(
    schema: dict[str, Any], mode: GenerationMode = GenerationMode.POSITIVE
) -> st.SearchStrategy[Any]:
    """Bodies valid for ``schema`` (refs into the spec's components allowed), via schemathesis.

    hypothesis-jsonschema cannot be used directly with the current hypothesis, so the schema is
    wrapped as the request body of a made-up operation.
    """
    document = {
        "openapi": "3.1.0",
        "info": {"title": "bodies", "version": "1"},
        "paths": {
            "/body": {
                "post": {
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": within_int64(schema)}},
                    },
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": within_int64(dict(SPEC.document["components"])),
    }
    wrapped = schemathesis.openapi.from_dict(document)
    return wrapped["/body"]["POST"].as_strategy(generation_mode=mode).map(lambda case: clamp_int64(case.body))


def clamp_int64(node: Any) -> Any:
    """``node`` with every integer clamped into 64 bits: :func:`within_int64` bounds the integers a
    schema names, this bounds those drawn for schemaless places (``additionalProperties``)."""
    if isinstance(node, dict):
        return {key: clamp_int64(value) for key, value in node.items()}
    if isinstance(node, list):
        return [clamp_int64(item) for item in node]
    if isinstance(node, int) and not isinstance(node, bool):
        return min(max(node, INT64[0]), INT64[1])
    return node
