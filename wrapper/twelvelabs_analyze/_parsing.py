"""Success bodies as results: decode once, parse with the operation's result, fail as a typed error."""

from __future__ import annotations

from typing import Any

import httpx

from ._exceptions import APIResponseValidationError
from ._json import BodyDecodeError, loads
from ._operation import ResultMismatch
from ._prepare import PreparedRequest
from ._response import response_text
from ._secrets import Secret, redact, redacted_response

__all__ = ["invalid_body", "parse_success"]

# What a generated from_dict raises for a body of the wrong shape.
SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, ResultMismatch)


def invalid_body(
    response: httpx.Response, message: str, secret: Secret | None, *, content: bytes | None = None
) -> APIResponseValidationError:
    """``APIResponseValidationError`` keeping a redacted copy of the response (``content``: a stream's part)."""
    kept = redacted_response(response, secret, content=content)
    return APIResponseValidationError(redact(message, secret), body=response_text(kept), response=kept)


def parse_success(response: httpx.Response, prepared: PreparedRequest, secret: Secret | None) -> Any:
    """The result of a read 2xx response, or ``APIResponseValidationError`` keeping the body."""
    result = prepared.operation.result
    if not result.has_body:
        return None
    try:
        data = loads(response.content)
    except BodyDecodeError as exc:
        from ._error_mapping import snippet  # noqa: PLC0415 - error path only

        raise invalid_body(
            response,
            f"{response.status_code} response to {prepared.operation.label} is not JSON ({exc}): "
            f"{snippet(response)}",
            secret,
        ) from None
    try:
        return result.parse(data, prepared.arguments)
    except SHAPE_ERRORS as exc:
        detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
    # Raised out here, without the decoded body among this frame's locals: a body can echo the
    # key, and tracebacks rendered with locals (pytest --showlocals, Sentry) would show it.
    del data
    raise invalid_body(
        response, f"response to {prepared.operation.label} is not the documented shape: {detail}", secret
    )
