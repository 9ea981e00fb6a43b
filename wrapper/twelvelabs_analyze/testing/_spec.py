"""The normalized OpenAPI spec, loaded once, and what the fake derives from it."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, ValidationError, validators
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._formats import FORMAT_CHECKER
from ._words import count_tokens

__all__ = ["Operation", "RequestValidator", "Spec", "build_spec", "load_spec"]

SPEC_PACKAGE = "twelvelabs_analyze_api"
SPEC_RESOURCE = "openapi.json"
# Component refs in the spec ("#/components/...") resolve against this URI.
SPEC_URI = "urn:twelvelabs-analyze:openapi"

_JSON = "application/json"
FORM_DATA = "multipart/form-data"
NDJSON = "application/x-ndjson"
# Media types framing one JSON value per line (NDJSON, JSON Lines): answered as streams.
LINE_MEDIA = (NDJSON, "application/jsonl", "application/x-jsonlines", "application/jsonlines")
_PATH_PARAMETER = re.compile(r"\{([^{}/]+)\}")


def _max_tokens(validator: Any, limit: Any, instance: Any, schema: Mapping[str, Any]) -> Any:
    """``x-max-tokens: N``: a string of at most N tokens, counted as the fake counts them."""
    if isinstance(instance, str) and isinstance(limit, int) and (tokens := count_tokens(instance)) > limit:
        yield ValidationError(f"is {tokens} tokens long, more than {limit}")


def _at_least(validator: Any, rules: Any, instance: Any, schema: Mapping[str, Any]) -> Any:
    """``x-at-least: {A: {field: B, plus: N}}``: on an object with numbers at A and B, ``A - N >= B``
    (the client's checker documents the keyword; the same arithmetic here, so both agree)."""
    if not isinstance(instance, dict) or not isinstance(rules, Mapping):
        return
    for name, rule in rules.items():
        other, plus = rule["field"], rule.get("plus", 0)
        high, low = instance.get(name), instance.get(other)
        if _is_number(high) and _is_number(low) and not high - plus >= low:
            than = f"{other} + {plus}" if plus else other
            yield ValidationError(f"{high!r} is less than {than} ({low + plus!r})", path=[name])


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# Draft 2020-12 plus the spec's token limits and cross-field bounds (see openapi/overlay.yaml):
# requests are checked with it.
RequestValidator: Any = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"x-max-tokens": _max_tokens, "x-at-least": _at_least}
)


def _object_schema(parameters: list[Mapping[str, Any]], location: str) -> dict[str, Any] | None:
    """The parameters in ``location`` (path or query) as one object schema, or None when there are none."""
    chosen = [p for p in parameters if p.get("in") == location]
    if not chosen:
        return None
    return {
        "type": "object",
        "properties": {p["name"]: _absolute_deep(p.get("schema", {})) for p in chosen},
        "required": [p["name"] for p in chosen if p.get("required")],
    }


@dataclass(frozen=True)
class Operation:
    """One documented (path, method) with what the fake needs to serve it."""

    operation_id: str
    method: str
    path: str  # e.g. "/gist" or "/analyze/tasks/{task_id}", relative to the server path
    request_schema: Mapping[str, Any] | None  # resolved request-body schema; None: no body
    request_validator: Draft202012Validator | None
    response_codes: frozenset[int]
    response_schemas: Mapping[int, Mapping[str, Any]]  # application/json, refs relative to the spec
    response_validators: Mapping[int, Draft202012Validator]
    success_status: int = 200  # the first 2xx the operation documents (202 for task creation)
    parameters: tuple[Mapping[str, Any], ...] = ()  # path and query parameters, as written
    path_pattern: re.Pattern[str] | None = None  # matches the full path; groups are path parameters
    deprecated: bool = False
    # application/x-ndjson answers: the schema each line follows.
    stream_schemas: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)
    stream_validators: Mapping[int, Draft202012Validator] = field(default_factory=dict)
    # The same, per variant when the line schema is a discriminated oneOf: (property, {value: validator}).
    stream_variants: Mapping[int, tuple[str, Mapping[str, Draft202012Validator]]] = field(
        default_factory=dict
    )
    path_validator: Draft202012Validator | None = None  # the path parameters as one object
    stream_media: Mapping[int, str] = field(default_factory=dict)  # the line-framed type of each stream
    query_validator: Draft202012Validator | None = None  # the query parameters as one object
    query_schema: Mapping[str, Any] | None = None
    request_media: str = _JSON  # the request body's media type (JSON, or form-data when the spec says so)

    @property
    def properties(self) -> frozenset[str]:
        return frozenset((self.request_schema or {}).get("properties", {}))

    @property
    def required(self) -> tuple[str, ...]:
        return tuple((self.request_schema or {}).get("required", ()))

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    def match(self, full_path: str) -> dict[str, str] | None:
        """The path parameters when ``full_path`` is this operation's path, else None."""
        if self.path_pattern is None:
            return None
        found = self.path_pattern.fullmatch(full_path)
        if found is None:
            return None
        names = _PATH_PARAMETER.findall(self.path)
        return dict(zip(names, found.groups(), strict=True))


@dataclass(frozen=True)
class Spec:
    """The spec as data plus the derived routing table."""

    document: Mapping[str, Any]
    server_path: str  # "/v1.3"
    operations: Mapping[tuple[str, str], Operation]  # (method, full path) -> operation
    registry: Registry[Any]

    def path_for(self, full_path: str) -> str | None:
        """The spec path (as written, e.g. ``/assets/{asset_id}``) that serves ``full_path``.

        The most specific one when several match: concrete paths before templated ones (OpenAPI:
        "concrete (non-templated) paths would be matched before their templated counterparts"),
        so ``/assets/multipart-uploads`` is not the asset ``multipart-uploads``.
        """
        matching = {op.path for op in self.operations.values() if op.match(full_path) is not None}
        if not matching:
            return None
        return min(matching, key=lambda path: (len(_PATH_PARAMETER.findall(path)), -len(path), path))

    def methods_for(self, full_path: str) -> list[str]:
        """The HTTP methods the spec serves on ``full_path`` (for a 405's ``Allow``)."""
        chosen = self.path_for(full_path)
        return sorted(op.method for op in self.operations.values() if op.path == chosen)

    def find(self, method: str, full_path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation serving ``method`` on ``full_path`` (templates resolved) and its path parameters."""
        exact = self.operations.get((method, full_path))
        if exact is not None:
            return exact, {}
        chosen = self.path_for(full_path)
        for (op_method, _), operation in self.operations.items():
            if (
                op_method == method
                and operation.path == chosen
                and (params := operation.match(full_path)) is not None
            ):
                return operation, params
        return None

    def validator_for(self, schema: Mapping[str, Any]) -> Draft202012Validator:
        """A validator for ``schema`` in which the spec's ``#/components/...`` refs resolve."""
        return Draft202012Validator(dict(schema), registry=self.registry)

    def component_ref(self, name: str) -> str:
        """The absolute ``$ref`` of the component schema ``name``."""
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


def _absolute_deep(schema: Any) -> Any:
    """``schema`` with every local ``$ref`` made absolute (for schemas copied out of the spec)."""
    if isinstance(schema, Mapping):
        return {
            key: SPEC_URI + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _absolute_deep(value)
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_absolute_deep(item) for item in schema]
    return schema


def _path_pattern(full_path: str) -> re.Pattern[str]:
    """``/v1.3/analyze/tasks/{task_id}`` → a pattern with one group per path parameter, in order.

    Groups are positional: parameter names such as ``index-id`` are not Python identifiers.
    """
    parts = _PATH_PARAMETER.split(full_path)
    pattern = "".join(re.escape(part) if index % 2 == 0 else "([^/]+)" for index, part in enumerate(parts))
    return re.compile(pattern)


def build_spec(document: Mapping[str, Any]) -> Spec:
    """Derive the routing table and validators from an OpenAPI 3.1 document."""
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(dict(document), default_specification=DRAFT202012)
    )
    resolver = registry.resolver(base_uri=SPEC_URI)

    def resolve(ref: str) -> Mapping[str, Any]:
        contents: Mapping[str, Any] = resolver.lookup(ref).contents
        return contents

    def variants(schema: Mapping[str, Any]) -> tuple[str, Mapping[str, Draft202012Validator]] | None:
        """A discriminated ``oneOf``'s property and one validator per value (cheaper than the oneOf)."""
        resolved = resolve(schema["$ref"]) if "$ref" in schema else schema
        discriminator = resolved.get("discriminator")
        if "oneOf" not in resolved or not isinstance(discriminator, Mapping):
            return None
        mapping = discriminator.get("mapping", {})
        validators = {
            str(value): Draft202012Validator(_absolute({"$ref": ref}), registry=registry)
            for value, ref in mapping.items()
        }
        return str(discriminator["propertyName"]), validators

    def request_validator(schema: Mapping[str, Any] | None) -> Any:
        if schema is None:
            return None
        return RequestValidator(schema, registry=registry, format_checker=FORMAT_CHECKER)

    server_path = urlsplit(document["servers"][0]["url"]).path.rstrip("/")
    operations: dict[tuple[str, str], Operation] = {}
    for path, item in document["paths"].items():
        for method, op in item.items():
            if method.startswith("x-") or not isinstance(op, Mapping) or "responses" not in op:
                continue
            request_content = op.get("requestBody", {}).get("content", {})
            request_media = (
                _JSON if _JSON in request_content or FORM_DATA not in request_content else FORM_DATA
            )
            body_schema = request_content.get(request_media, {}).get("schema")
            request_schema = None
            if body_schema is not None:
                request_schema = resolve(body_schema["$ref"]) if "$ref" in body_schema else body_schema
            response_schemas = {}
            stream_schemas = {}
            stream_media = {}
            for code, response in op["responses"].items():
                content = response.get("content", {})
                if _JSON in content:
                    response_schemas[int(code)] = content[_JSON]["schema"]
                for media in LINE_MEDIA:
                    if media in content:
                        stream_schemas[int(code)] = content[media]["schema"]
                        stream_media[int(code)] = media
                        break
            codes = frozenset(int(code) for code in op["responses"])
            parameters = [
                resolve(p["$ref"]) if "$ref" in p else p
                for p in (*item.get("parameters", ()), *op.get("parameters", ()))
            ]
            path_schema = _object_schema(parameters, "path")
            query_schema = _object_schema(parameters, "query")
            operations[(method.upper(), server_path + path)] = Operation(
                operation_id=op["operationId"],
                method=method.upper(),
                path=path,
                request_schema=request_schema,
                request_validator=request_validator(
                    None if body_schema is None else _absolute_deep(body_schema)
                ),
                response_codes=codes,
                response_schemas=response_schemas,
                response_validators={
                    code: Draft202012Validator(_absolute(schema), registry=registry)
                    for code, schema in response_schemas.items()
                },
                success_status=min((code for code in codes if 200 <= code < 300), default=200),
                parameters=tuple(parameters),
                path_pattern=_path_pattern(server_path + path),
                deprecated=bool(op.get("deprecated", False)),
                stream_schemas=stream_schemas,
                stream_media=stream_media,
                stream_validators={
                    code: Draft202012Validator(_absolute(schema), registry=registry)
                    for code, schema in stream_schemas.items()
                },
                stream_variants={
                    code: found for code, schema in stream_schemas.items() if (found := variants(schema))
                },
                path_validator=request_validator(path_schema),
                query_validator=request_validator(query_schema),
                query_schema=query_schema,
                request_media=request_media,
            )
    return Spec(document=document, server_path=server_path, operations=operations, registry=registry)


@functools.cache
def load_spec() -> Spec:
    """The spec shipped inside the generated package, parsed once per process."""
    text = (resources.files(SPEC_PACKAGE) / SPEC_RESOURCE).read_text(encoding="utf-8")
    return build_spec(json.loads(text))
