"""multipart/form-data request bodies (RFC 7578) as the fake reads them, checked against the spec.

The parser is strict and small on purpose: a body that is not well-formed form-data (no
boundary, an unterminated part, a part without ``Content-Disposition: form-data; name=…``, a
field given twice, more than :data:`MAX_PARTS` parts, header text that is not UTF-8) is ``400
parameter_invalid``, never an exception. Fields the schema declares as ``format: binary`` stay
bytes (a :class:`FormFile`, with the part's file name and type); the others are UTF-8 text, read
as the type their schema declares (``"true"`` is a boolean where a boolean is wanted), and the
whole is validated like a JSON body: missing, unknown and invalid parameters get the same
answers. The body is already bounded by :class:`ServerLimits` ``max_body_bytes`` when it gets
here; parsing copies each file once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import Message
from email.utils import collapse_rfc2231_value
from typing import Any

from ._errors import ApiError
from ._spec import FORM_DATA, Operation
from ._validation import body_error, media_type, parse_json

__all__ = ["MAX_PARTS", "FormFile", "parse_form", "request_payload"]

MAX_PARTS = 64  # far more than any documented form; a body of thousands of tiny parts is refused
_MAX_BOUNDARY = 70  # RFC 2046 §5.1.1
# RFC 2046 bchars; a boundary does not end with a space.
_BOUNDARY = re.compile(r"[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]")
_CRLF = b"\r\n"
_INTEGER = re.compile(r"-?\d{1,18}")


@dataclass(frozen=True)
class FormFile:
    """A form field sent as bytes (a ``format: binary`` field): its data, file name and type."""

    data: bytes = field(repr=False)
    filename: str | None = None
    content_type: str | None = None

    def __repr__(self) -> str:
        return (
            f"FormFile(filename={self.filename!r}, content_type={self.content_type!r}, size={len(self.data)})"
        )


def _invalid(why: str) -> ApiError:
    return ApiError(400, "parameter_invalid", f"The request body is not valid multipart/form-data: {why}.")


def _param(header: str, value: str, name: str) -> str | None:
    """Parameter ``name`` of a header value (quoting and RFC 2231 encodings undone)."""
    message = Message()
    message[header] = value
    found = message.get_param(name, header=header)
    if found is None or isinstance(found, str):
        return found
    return collapse_rfc2231_value(found)


def _boundary(headers: Mapping[str, str]) -> bytes:
    value = headers.get("content-type", "")
    boundary = _param("content-type", value, "boundary")
    if not boundary:
        raise _invalid("the Content-Type has no boundary")
    if len(boundary) > _MAX_BOUNDARY or not _BOUNDARY.fullmatch(boundary):
        raise _invalid("the boundary is not one RFC 2046 allows")
    return boundary.encode("ascii")


def _part_headers(head: bytes) -> dict[str, str]:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        raise _invalid("a part's headers are not UTF-8 text") from None
    headers: dict[str, str] = {}
    for line in text.split("\r\n") if text else ():
        name, colon, value = line.partition(":")
        if not colon or not name.strip() or name != name.strip():
            raise _invalid("a part has a malformed header line")
        headers[name.lower()] = value.strip()
    return headers


def _parts(body: bytes, boundary: bytes) -> list[tuple[dict[str, str], bytes]]:
    """The parts between the delimiters, each as (headers, content)."""
    dash = b"--" + boundary
    delimiter = _CRLF + dash
    view = memoryview(body)
    if body.startswith(dash):
        position = len(dash)
    else:  # a preamble before the first delimiter is allowed, and ignored
        found = body.find(delimiter)
        if found < 0:
            raise _invalid("the boundary does not occur in the body")
        position = found + len(delimiter)
    parts: list[tuple[dict[str, str], bytes]] = []
    while True:
        if body.startswith(b"--", position):  # the close delimiter; an epilogue may follow
            return parts
        # Transport padding (spaces and tabs) may follow a delimiter (RFC 2046 §5.1.1).
        while body[position : position + 1] in (b" ", b"\t"):
            position += 1
        if not body.startswith(_CRLF, position):
            raise _invalid("a delimiter is not followed by a line break")
        start = position + 2
        end = body.find(delimiter, start)
        if end < 0:
            raise _invalid("the last part is not closed by the boundary")
        if len(parts) == MAX_PARTS:
            raise _invalid(f"it has more than {MAX_PARTS} parts")
        if body.startswith(_CRLF, start):  # a part without headers
            head_end, content_start = start, start + 2
        else:
            head_end = body.find(_CRLF + _CRLF, start, end)
            if head_end < 0:
                raise _invalid("a part's headers are not followed by an empty line")
            content_start = head_end + 4
        parts.append((_part_headers(body[start:head_end]), bytes(view[content_start:end])))
        position = end + len(delimiter)


def _typed(text: str, schema: Mapping[str, Any]) -> Any:
    """A text field read as the type its schema declares (left as text when it is not one)."""
    kind = schema.get("type")
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    if kind == "integer" and _INTEGER.fullmatch(text):
        return int(text)
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            return text
    return text


def _is_binary(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") == "string" and schema.get("format") == "binary"


def parse_form(headers: Mapping[str, str], body: bytes, schema: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a form-data body: ``format: binary`` ones as :class:`FormFile`, the others
    as text read as their declared type. Raises ApiError 400 for a body that is not form-data."""
    properties: Mapping[str, Any] = schema.get("properties", {})
    fields: dict[str, Any] = {}
    for part_headers, content in _parts(body, _boundary(headers)):
        disposition = part_headers.get("content-disposition")
        if disposition is None or disposition.split(";", 1)[0].strip().lower() != "form-data":
            raise _invalid("a part has no Content-Disposition: form-data")
        name = _param("content-disposition", disposition, "name")
        if not name:
            raise _invalid("a part has no field name")
        if name in fields:
            raise ApiError(400, "parameter_invalid", f"The {name} parameter is given more than once.")
        encoding = part_headers.get("content-transfer-encoding", "binary").lower()
        if encoding not in ("binary", "8bit", "7bit"):
            raise _invalid(
                f"the {name} part has a Content-Transfer-Encoding ({encoding[:20]}) other than binary"
            )
        declared: Mapping[str, Any] = properties.get(name, {})
        if _is_binary(declared):
            filename = _param("content-disposition", disposition, "filename")
            fields[name] = FormFile(content, filename, part_headers.get("content-type"))
            continue
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            raise ApiError(400, "parameter_invalid", f"The {name} parameter is not UTF-8 text.") from None
        fields[name] = _typed(text, declared)
    return fields


def request_payload(operation: Operation, headers: Mapping[str, str], body: bytes) -> Any:
    """The request body as the operation's behaviour gets it, validated against the spec.

    JSON, or form-data when the spec documents that; raises ApiError 400/415 as the API answers.
    """
    if operation.request_schema is None:
        return {}
    if operation.request_media != FORM_DATA:
        payload = parse_json(headers, body)
        checked = payload
    else:
        kind = media_type(headers)
        if kind is None and not body.strip():
            payload = {}  # no body at all: reported as the first missing required parameter
        elif kind != FORM_DATA:
            raise ApiError(
                415,
                "unsupported_media_type",
                f"The request body must be {FORM_DATA}, not {kind or 'absent'}.",
            )
        else:
            payload = parse_form(headers, body, operation.request_schema)
        # A file stands in as text for the schema check ("type: string, format: binary").
        checked = {name: "" if isinstance(value, FormFile) else value for name, value in payload.items()}
    if error := body_error(operation, checked):
        raise error
    return payload
