"""The API's errors: one exception inside the fake, and the body each operation documents for it.

The analyze endpoints document ``{code, message}`` (the fake adds the ``docs_url`` the API's
error pages have); the task and batch endpoints document ``{error: {code, message, details}}`` (``details`` only
when the error has some). Which one an answer
gets is read from the operation's response schema for that status, so a spec that changes the
shape changes the fake with it. A status the operation does not document gets the shape of its
other errors; routes the spec does not describe get the first.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._spec import Operation, Spec

__all__ = ["DEFAULT_CODES", "DOCS_ORIGIN", "ApiError", "error_body"]

DOCS_ORIGIN = "https://docs.twelvelabs.io"

# What an error says when nothing more specific applies (injected failures, for instance).
DEFAULT_CODES = {
    400: "parameter_invalid",
    401: "api_key_invalid",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "request_timeout",
    409: "conflict",
    415: "unsupported_media_type",
    422: "parameter_invalid",
}


def default_code(status: int) -> str:
    return DEFAULT_CODES.get(status, "internal_error" if status >= 500 else "request_failed")


class ApiError(Exception):
    """An error answer: status, the API's code and message, extra headers (``Allow``…) and
    ``details`` (for the wrapped shape)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})
        self.details = dict(details) if details else None


def _is_nested(spec: Spec, operation: Operation | None, status: int) -> bool:
    if operation is None:
        return False
    if status not in operation.response_schemas:  # undocumented (413, 408): as its other errors
        status = min((code for code in operation.response_schemas if code >= 400), default=status)
        if status not in operation.response_schemas:
            return False
    schema = spec.resolve(operation.response_schemas[status])
    properties = schema.get("properties", {})
    return "error" in properties and "code" not in properties


def error_body(
    spec: Spec,
    operation: Operation | None,
    status: int,
    code: str,
    message: str,
    details: Mapping[str, Any] | None = None,
) -> bytes:
    """The JSON body of an error answer, in the shape ``operation`` documents for ``status``."""
    if _is_nested(spec, operation, status):
        error: dict[str, Any] = {"code": code, "message": message}
        if details:
            error["details"] = dict(details)
        return json.dumps({"error": error}).encode()
    docs_url = f"{DOCS_ORIGIN}{spec.server_path}/api-reference/error-codes#{code}"
    return json.dumps({"code": code, "message": message, "docs_url": docs_url}).encode()
