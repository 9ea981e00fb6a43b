"""The normalized OpenAPI spec, loaded once, and what the fake derives from it."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["Operation", "Spec", "load_spec"]

SPEC_PACKAGE = "twelvelabs_analyze_api"
SPEC_RESOURCE = "openapi.json"
# Component refs in the spec ("#/components/...") resolve against this URI.
SPEC_URI = "urn:twelvelabs-analyze:openapi"

# A request property whose description says "Valid only with `type: summary`" may only be
# sent alongside that value; the spec states it in prose because JSON Schema here cannot.
_VALID_ONLY_WITH = re.compile(r"Valid only with `(\w+): (\w+)`")


@dataclass(frozen=True)
class Operation:
    """One documented (path, method) with what the fake needs to serve it."""

    operation_id: str
    method: str
    path: str  # e.g. "/gist", relative to the server path
    request_schema: Mapping[str, Any]  # resolved request-body schema
    request_validator: Draft202012Validator
    # property -> (other property, value it must have), from the descriptions
    requires_value: Mapping[str, tuple[str, str]]
    response_codes: frozenset[int]
    response_schemas: Mapping[int, Mapping[str, Any]]  # as written, refs relative to the spec
    response_validators: Mapping[int, Draft202012Validator]

    @property
    def properties(self) -> frozenset[str]:
        return frozenset(self.request_schema.get("properties", {}))

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(self.request_schema.get("required", ()))


@dataclass(frozen=True)
class Spec:
    """The spec as data plus the derived routing table."""

    document: Mapping[str, Any]
    server_path: str  # "/v1.3"
    operations: Mapping[tuple[str, str], Operation]  # (method, full path) -> operation
    registry: Registry[Any]

    def methods_for(self, full_path: str) -> list[str]:
        return sorted(method for method, path in self.operations if path == full_path)

    def validator_for(self, schema: Mapping[str, Any]) -> Draft202012Validator:
        """A validator for ``schema`` in which the spec's ``#/components/...`` refs resolve."""
        return Draft202012Validator(dict(schema), registry=self.registry)

    def component_ref(self, name: str) -> str:
        return f"{SPEC_URI}#/components/schemas/{name}"

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """``schema`` itself, or the schema its top-level ``$ref`` into the spec points to."""
        ref = schema.get("$ref")
        if not isinstance(ref, str):
            return schema
        contents: Mapping[str, Any] = self.registry.resolver(base_uri=SPEC_URI).lookup(ref).contents
        return contents


def _absolute(schema: Mapping[str, Any]) -> dict[str, Any]:
    """``schema`` with a top-level local ``$ref`` made absolute, so it resolves outside the spec."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#"):
        return {**schema, "$ref": SPEC_URI + ref}
    return dict(schema)


def _requires_value(schema: Mapping[str, Any], resolve: Any) -> dict[str, tuple[str, str]]:
    rules = {}
    for name, prop in schema.get("properties", {}).items():
        texts = [prop.get("description", "")]
        if "$ref" in prop:
            texts.append(resolve(prop["$ref"]).get("description", ""))
        for text in texts:
            if match := _VALID_ONLY_WITH.search(text):
                rules[name] = (match.group(1), match.group(2))
    return rules


def build_spec(document: Mapping[str, Any]) -> Spec:
    """Derive the routing table and validators from an OpenAPI 3.1 document."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(dict(document), default_specification=DRAFT202012)
    )
    resolver = registry.resolver(base_uri=SPEC_URI)

    def resolve(ref: str) -> Mapping[str, Any]:
        contents: Mapping[str, Any] = resolver.lookup(ref).contents
        return contents

    server_path = urlsplit(document["servers"][0]["url"]).path.rstrip("/")
    operations: dict[tuple[str, str], Operation] = {}
    for path, item in document["paths"].items():
        for method, op in item.items():
            if method.startswith("x-") or not isinstance(op, Mapping) or "responses" not in op:
                continue
            body_schema = op["requestBody"]["content"]["application/json"]["schema"]
            request_schema = resolve(body_schema["$ref"]) if "$ref" in body_schema else body_schema
            response_schemas = {}
            for code, response in op["responses"].items():
                content = response.get("content", {}).get("application/json")
                if content is not None:
                    response_schemas[int(code)] = content["schema"]
            operations[(method.upper(), server_path + path)] = Operation(
                operation_id=op["operationId"],
                method=method.upper(),
                path=path,
                request_schema=request_schema,
                request_validator=Draft202012Validator(_absolute(body_schema), registry=registry),
                requires_value=_requires_value(request_schema, resolve),
                response_codes=frozenset(int(code) for code in op["responses"]),
                response_schemas=response_schemas,
                response_validators={
                    code: Draft202012Validator(_absolute(schema), registry=registry)
                    for code, schema in response_schemas.items()
                },
            )
    return Spec(document=document, server_path=server_path, operations=operations, registry=registry)


@functools.cache
def load_spec() -> Spec:
    """The spec shipped inside the generated package, parsed once per process."""
    text = (resources.files(SPEC_PACKAGE) / SPEC_RESOURCE).read_text(encoding="utf-8")
    return build_spec(json.loads(text))
