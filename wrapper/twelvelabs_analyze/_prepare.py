"""A method's arguments, checked against the spec and turned into a request — before anything is sent.

Every argument goes through the checker compiled from the operation's schemas (``_spec``), which
returns plain JSON values (a ``str`` subclass becomes a ``str``, a tuple a list) or raises
``TypeError``/``ValueError`` naming the parameter. Only then are the URL and the body built, so
an invalid call never spends quota.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from attrs import frozen

from ._operation import Operation
from ._spec import checks_for, compile_schema
from ._types import NotGiven

__all__ = ["PreparedRequest", "encode_json", "prepare"]

_JSON_HEADERS = {"content-type": "application/json"}
_PLAIN = frozenset({str, int, float, bool, list, tuple, dict})


def _encoder() -> Any:
    try:
        import orjson  # noqa: PLC0415 - optional (the fast extra)
    except ImportError:
        return lambda value: json.dumps(
            value, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        ).encode()
    return orjson.dumps


encode_json = _encoder()


@frozen(slots=True)
class PreparedRequest:
    """What one attempt sends; the same object serves every retry of a call."""

    operation: Operation
    method: str
    url: str  # absolute
    params: Mapping[str, Any] | None
    content: bytes | None
    headers: Mapping[str, str]  # what the operation adds (content type); the key is added per attempt
    arguments: Mapping[str, Any]  # the checked arguments by Python keyword (results may depend on them)


def _given(operation: Operation, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments to send: without ``NOT_GIVEN`` (and ``None`` where it means "leave it out"),
    generated models as their JSON."""
    omit_none = operation.omit_none
    given: dict[str, Any] = {}
    for name, value in arguments.items():
        if isinstance(value, NotGiven) or (value is None and name in omit_none):
            continue
        plain = type(value) in _PLAIN or not callable(getattr(type(value), "to_dict", None))
        # An attrs model of the generated layer (e.g. a ResponseFormat) is sent as its JSON.
        given[name] = value if plain else value.to_dict()
    for name, rule in operation.bare.items():
        if name in given:
            # Read the value as plain JSON first: a mapping whose .get lies must not decide.
            given[name] = rule.wrap(compile_schema(True)(given[name], name))
    return given


def prepare(operation: Operation, arguments: Mapping[str, Any], root_url: str) -> PreparedRequest:
    """Check ``arguments`` (a method's keywords, ``NOT_GIVEN`` for absent ones) and build the request."""
    given = _given(operation, arguments)
    wire: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "body": {}}
    for spec_field in operation.fields:
        if spec_field.name in given:
            wire[spec_field.location][spec_field.wire] = given[spec_field.name]
    check_parameters, check_body = checks_for(operation)
    checked: dict[str, Any] = {}
    if check_parameters is not None:
        checked.update(check_parameters({**wire["path"], **wire["query"]}, ""))
    body: dict[str, Any] | None = None
    if check_body is not None:
        body = {**check_body(wire["body"], ""), **operation.fixed}
        checked.update(body)
    path = operation.path
    for name in wire["path"]:
        path = path.replace("{" + name + "}", quote(str(checked[name]), safe=""))
    query = {name: checked[name] for name in wire["query"]} or None
    by_keyword = {f.name: checked[f.wire] for f in operation.fields if f.wire in checked}
    return PreparedRequest(
        operation=operation,
        method=operation.method,
        url=root_url + path,
        params=query,
        content=encode_json(body) if body is not None else None,
        headers=_JSON_HEADERS if body is not None else {},
        arguments=by_keyword,
    )
