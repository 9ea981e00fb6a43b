"""Requests checked against the spec: body, query and path parameters, as the API reports them.

jsonschema does the checking (with the spec's ``x-max-tokens``); this module turns its first
relevant error into the API's answer: ``parameter_not_provided`` for a missing parameter,
``parameter_unknown`` for one the spec does not declare, ``parameter_invalid`` otherwise, with
the spec's own sentence (``x-error-message`` beside the failing keyword) when it has one.

A body is JSON as RFC 8259 defines it and as the client sends it (``allow_nan=False``), or 400:
no ``NaN``/``Infinity``, every number a finite double (the spec's numbers are ``format: double``;
integers too long to read at all included), text without unpaired surrogates (RFC 8259 §8.2: its
meaning is unpredictable), and at most :data:`MAX_DEPTH` levels of nesting (the client's own
limit; Python's parser would otherwise fail deep inside itself).
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl

from jsonschema.exceptions import ValidationError

from twelvelabs_analyze._schema import MAX_DEPTH  # the client's: what it refuses to send, the fake refuses

from ._errors import ApiError
from ._spec import Operation, Spec

__all__ = [
    "BODY_NOT_JSON",
    "MAX_DEPTH",
    "body_error",
    "parse_json",
    "path_error",
    "query_error",
    "query_values",
]

_JSON = "application/json"
_INTEGER = re.compile(r"-?\d+")
BODY_NOT_JSON = "The request body is not valid JSON"
_LONGEST_INTEGER = len(str(int(sys.float_info.max)))  # digits of the largest double


class _NotJson(ValueError):
    """Text that parses but is not JSON the fake accepts; the message says why."""


def _constant(name: str) -> Any:
    raise _NotJson(f"{name} is not a JSON number")


def _double(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotJson(f"the number {text[:40]}{'...' if len(text) > 40 else ''} is out of range")
    return value


def _integer(text: str) -> int:
    # Checked before int(): Python refuses to read more than 4,300 digits, and float() of a
    # longer one overflows; neither is a double.
    if len(text.lstrip("-")) > _LONGEST_INTEGER or abs(value := int(text)) > sys.float_info.max:
        raise _NotJson(f"the number {text[:40]}{'...' if len(text) > 40 else ''} is out of range")
    return value


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _NotJson(f"it has an unpaired surrogate \\u{ord(text[exc.start]):04x}") from None


def _check_values(document: Any) -> None:
    """Nesting depth and text of a parsed document, without recursion (it may be deep)."""
    pending: list[tuple[Any, int]] = [(document, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, str):
            _check_text(value)
        elif isinstance(value, dict | list):
            if depth > MAX_DEPTH:
                raise _NotJson(f"it is nested more than {MAX_DEPTH} levels deep")
            if isinstance(value, dict):
                for key, item in value.items():
                    _check_text(key)
                    pending.append((item, depth + 1))
            else:
                pending.extend((item, depth + 1) for item in value)


def _strict_loads(body: bytes) -> Any:
    try:
        document = json.loads(body, parse_constant=_constant, parse_float=_double, parse_int=_integer)
    except RecursionError:
        raise _NotJson(f"it is nested more than {MAX_DEPTH} levels deep") from None
    _check_values(document)
    return document


def media_type(headers: Mapping[str, str]) -> str | None:
    value = headers.get("content-type")
    return value.split(";", 1)[0].strip().lower() if value is not None else None


def _is_json_media_type(value: str | None) -> bool:
    return value is not None and (value == _JSON or value.endswith("+json"))


def parse_json(headers: Mapping[str, str], body: bytes) -> Any:
    """The request body as JSON; 415 for another media type, 400 for text that is not JSON."""
    kind = media_type(headers)
    if kind is None and not body.strip():
        return {}  # no body at all: reported as the first missing required parameter
    if not _is_json_media_type(kind):
        raise ApiError(
            415, "unsupported_media_type", f"The request body must be {_JSON}, not {kind or 'absent'}."
        )
    try:
        return _strict_loads(body)
    except _NotJson as exc:
        raise ApiError(400, "parameter_invalid", f"{BODY_NOT_JSON}: {exc}.") from None
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise ApiError(400, "parameter_invalid", f"{BODY_NOT_JSON}.") from None


def _parameter(path: Iterable[str | int]) -> str:
    return ".".join(str(part) for part in path)


def _error_message(error: ValidationError) -> str | None:
    """The spec's own sentence for a failed rule: ``x-error-message`` beside the failing keyword."""
    message = error.schema.get("x-error-message") if isinstance(error.schema, Mapping) else None
    return message if isinstance(message, str) else None


def _first_error(
    errors: list[ValidationError], declared: Iterable[str], given: Mapping[str, Any], what: str
) -> ApiError | None:
    # Missing parameters first, then unknown ones, then invalid values: the order the API reports them.
    for error in errors:
        if error.validator == "required" and isinstance(error.instance, dict):
            required: Any = error.validator_value
            missing = next(name for name in required if name not in error.instance)
            name = _parameter([*error.absolute_path, missing])
            if message := _error_message(error):  # a conditional requirement states its reason
                return ApiError(
                    400, "parameter_not_provided", f"The {name} parameter is required: {message}."
                )
            return ApiError(400, "parameter_not_provided", f"The {name} parameter is required.")
    # The spec keeps schemas open for forward compatibility, so "unknown" means "not declared".
    known = set(declared)
    for name in given:
        if name not in known:
            return ApiError(400, "parameter_unknown", f"The {name} parameter is unknown.")
    if errors:
        # Blame a named parameter when there is one; name the top-level parameter, as the API does.
        error = min(errors, key=lambda e: (len(e.absolute_path) == 0, list(map(str, e.absolute_path))))
        if message := _error_message(error):  # the spec's sentence, which names the parameter
            return ApiError(400, "parameter_invalid", message + ".")
        name = str(error.absolute_path[0]) if error.absolute_path else what
        return ApiError(400, "parameter_invalid", f"The {name} parameter is invalid: {error.message}")
    return None


def body_error(operation: Operation, body: Any) -> ApiError | None:
    """The 400 the API answers for ``body``, or None when it is valid."""
    if operation.request_validator is None:
        return None  # no request body documented (GET, DELETE): nothing to validate
    if not isinstance(body, dict):
        return ApiError(400, "parameter_invalid", "The request body must be a JSON object.")
    errors = list(operation.request_validator.iter_errors(body))
    return _first_error(errors, operation.properties, body, "request body")


def _scalar(text: str, schema: Mapping[str, Any]) -> Any:
    """A query string value read as the type its schema declares (left as text when it is not one)."""
    kind = schema.get("type")
    if kind == "integer" and _INTEGER.fullmatch(text):
        try:
            return _integer(text)
        except ValueError:  # past a double's range (or Python's digit limit): invalid, as text
            return text
    if kind == "number":
        try:
            return _double(text) if text.strip() else text
        except ValueError:  # not a number, or NaN/infinite: invalid, as text
            return text
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def query_values(spec: Spec, operation: Operation, query: str) -> dict[str, Any]:
    """The declared query parameters of ``query``, typed by their schemas (undeclared ones are ignored)."""
    schema = operation.query_schema
    if schema is None or not query:
        return {}
    properties: Mapping[str, Any] = schema["properties"]
    values: dict[str, list[str]] = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name in properties:
            values.setdefault(name, []).append(value)
    out: dict[str, Any] = {}
    for name, texts in values.items():
        declared = spec.resolve(properties[name])
        if declared.get("type") == "array":
            item = spec.resolve(declared.get("items", {}))
            out[name] = [_scalar(text, item) for text in texts]
        else:
            out[name] = _scalar(texts[0], declared)
    return out


def query_error(operation: Operation, values: Mapping[str, Any]) -> ApiError | None:
    if operation.query_validator is None:
        return None
    errors = list(operation.query_validator.iter_errors(dict(values)))
    return _first_error(errors, values, values, "query")


def path_error(operation: Operation, parameters: Mapping[str, str]) -> ApiError | None:
    """A path parameter its schema refuses names nothing: 404 where the operation documents it."""
    if operation.path_validator is None:
        return None
    error = next(operation.path_validator.iter_errors(dict(parameters)), None)
    if error is None:
        return None
    name = str(error.absolute_path[0]) if error.absolute_path else "path"
    if 404 in operation.response_codes:
        return ApiError(404, "resource_not_exist", f"No resource has the {name} {parameters.get(name)!r}.")
    return ApiError(400, "parameter_invalid", f"The {name} parameter is invalid: {error.message}")
