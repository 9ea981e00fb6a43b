"""What the contract tests share: the spec as schemathesis sees it, and body strategies."""

from __future__ import annotations

import copy
from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis import GenerationMode

from twelvelabs_analyze.testing import load_spec

API_KEY = "test-key"
SPEC = load_spec()


def documented_facts(document: dict[str, Any]) -> dict[str, Any]:
    """The spec plus documented API facts that its schemas leave open, for generating requests.

    Request bodies are closed (``additionalProperties: false``): the API answers
    ``parameter_unknown`` to an undeclared parameter, while the spec keeps every schema open.
    A spec that already closes them is returned unchanged.
    """
    document = copy.deepcopy(document)
    schemas = document["components"]["schemas"]
    for item in document["paths"].values():
        for operation in item.values():
            ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            schemas[ref.rsplit("/", 1)[-1]].setdefault("additionalProperties", False)
    return document


def request_schema() -> Any:
    """The spec (with the documented facts) loaded by schemathesis, without an app."""
    schema = schemathesis.openapi.from_dict(documented_facts(dict(SPEC.document)))
    schema.config.generation.update(deterministic=True, database="none")
    return schema


def valid_only_with_holds(body: Any) -> bool:
    """Whether ``body`` respects the spec's "Valid only with `type: summary`" descriptions."""
    if not isinstance(body, dict):
        return True
    for operation in SPEC.operations.values():
        for name, (other, value) in operation.requires_value.items():
            if name in body and other in body and body[other] != value:
                return False
    return True


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
                    "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": copy.deepcopy(dict(SPEC.document["components"])),
    }
    wrapped = schemathesis.openapi.from_dict(document)
    return wrapped["/body"]["POST"].as_strategy(generation_mode=mode).map(lambda case: case.body)
