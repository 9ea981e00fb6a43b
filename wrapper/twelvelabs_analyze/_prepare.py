"""A method's arguments, checked against the spec and turned into a request — before anything is sent.

Every argument goes through the checker compiled from the operation's schemas (``_spec``), which
returns plain JSON values (a ``str`` subclass becomes a ``str``, a tuple a list) or raises
``TypeError``/``ValueError`` naming the parameter. Only then are the URL and the body built, so
an invalid call never spends quota.

What an operation's description implies (which keyword goes where, the checkers, the headers) is
worked out once per operation, on its first call (:class:`_Plan`); a call then only walks its
arguments.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ._form import FILE_PLACEHOLDER, FileArgument, FormBody, check_file, form_text
from ._operation import BareValue, Operation, Reference
from ._options import CallOptions
from ._spec import Check, checks_for, compile_schema
from ._types import NOT_GIVEN

__all__ = ["PreparedRequest", "encode_json", "prepare"]

_JSON_HEADERS: Mapping[str, str] = {"content-type": "application/json"}
_NO_HEADERS: Mapping[str, str] = {}
_PLAIN = frozenset({str, int, float, bool, list, tuple, dict, type(None)})


def _stdlib_encode(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def _encoder() -> Any:
    try:
        import orjson  # noqa: PLC0415 - optional (the fast extra)
    except ImportError:
        return _stdlib_encode
    fast = orjson.dumps

    def encode(value: Any) -> bytes:
        try:
            return fast(value)
        except TypeError:  # integers beyond 64 bits: valid JSON that the standard library writes
            return _stdlib_encode(value)

    return encode


encode_json = _encoder()


class PreparedRequest:
    """What one attempt sends; the same object serves every retry of a call.

    A plain class with slots (one is made per call): ``url`` is absolute, ``headers`` what the
    operation adds (the content type; the key is added per attempt), ``arguments`` the checked
    arguments by Python keyword (results may depend on them; a file argument as it was given).
    The body is ``content`` (JSON), or ``form`` (multipart/form-data, its parts made per attempt).
    """

    __slots__ = ("arguments", "content", "form", "headers", "method", "operation", "options", "params", "url")

    def __init__(
        self,
        operation: Operation,
        method: str,
        url: str,
        params: Mapping[str, Any] | None,
        content: bytes | None,
        headers: Mapping[str, str],
        arguments: Mapping[str, Any],
        options: CallOptions | None = None,
        form: FormBody | None = None,
    ) -> None:
        self.operation: Operation = operation
        self.method: str = method
        self.url: str = url
        self.params: Mapping[str, Any] | None = params
        self.content: bytes | None = content
        self.headers: Mapping[str, str] = headers
        self.arguments: Mapping[str, Any] = arguments
        self.options: CallOptions | None = options  # the call's extra_*, already merged in
        self.form: FormBody | None = form

    @property
    def replayable(self) -> bool:
        """Whether another attempt can send the same body (a file that cannot seek, once read, cannot)."""
        return self.form is None or self.form.replayable

    def __repr__(self) -> str:
        if self.form is not None:
            return f"PreparedRequest({self.method} {self.url}, params={self.params!r}, form-data {self.form.files!r})"
        return f"PreparedRequest({self.method} {self.url}, params={self.params!r}, {len(self.content or b'')} bytes)"


def _as_json(value: Any) -> Any:
    """A value to send: a generated attrs model (e.g. a ResponseFormat) as its JSON, anything else as is."""
    if type(value) in _PLAIN or not callable(getattr(type(value), "to_dict", None)):
        return value
    return value.to_dict()


def _from_object(rule: BareValue | Reference | None, value: Any, name: str) -> Any:
    """A non-JSON argument as it is sent: a resource as the reference to it, a model as its JSON."""
    if isinstance(rule, Reference) and rule.refers(value):
        return rule.wrap(value, name)
    return _as_json(value)


class _Plan:
    """What ``prepare`` needs of one operation, derived once."""

    __slots__ = (
        "bare",
        "body_fields",
        "check_body",
        "check_parameters",
        "fixed",
        "form",
        "names",
        "omit_none",
        "operation",
        "parameter_fields",
        "same_names",
    )

    def __init__(self, operation: Operation) -> None:
        self.operation = operation  # keeps it alive: plans are found by id()
        self.body_fields = tuple((f.name, f.wire) for f in operation.fields if f.location == "body")
        self.parameter_fields = tuple(
            (f.name, f.wire, f.location) for f in operation.fields if f.location != "body"
        )
        self.omit_none = operation.omit_none
        self.bare: Mapping[str, BareValue | Reference] = operation.bare
        self.fixed = operation.fixed
        self.form: frozenset[str] | None = operation.form  # the file fields of a form-data body
        self.check_parameters: Check | None
        self.check_body: Check | None
        self.check_parameters, self.check_body = checks_for(operation)
        # Python keyword by wire name, in field order (the order ``arguments`` lists them in).
        self.names = tuple((f.wire, f.name) for f in operation.fields)
        # The usual case: body fields only, each keyword its wire name: the checked body is the
        # arguments by keyword as it is.
        self.same_names = (
            self.form is None
            and not self.parameter_fields
            and all(name == wire for name, wire in self.body_fields)
            and not set(self.fixed) & {wire for _, wire in self.body_fields}
        )


_plans: dict[int, _Plan] = {}
_lock = threading.Lock()


def _plan(operation: Operation) -> _Plan:
    plan = _plans.get(id(operation))
    if plan is None or plan.operation is not operation:
        with _lock:
            plan = _plans[id(operation)] = _Plan(operation)
    return plan


def _given(plan: _Plan, name: str, value: Any) -> bool:
    """Whether an argument is sent: not ``NOT_GIVEN``, and not ``None`` where that means "leave it out"."""
    return value is not NOT_GIVEN and (value is not None or name not in plan.omit_none)


def _wrap_bare(plan: _Plan, name: str, value: Any) -> Any:
    rule = plan.bare[name]
    if isinstance(rule, Reference):  # a plain value (not the resource) is sent as it is
        return value
    # Read the value as plain JSON first: a mapping whose .get lies must not decide.
    return rule.wrap(compile_schema(True)(value, name))


# RFC 3986 removes these segments from a path (httpx does, and so do servers and proxies), so an
# id of ".." would turn GET /analyze/tasks/{task_id} into GET /analyze: no id may be one of them.
_DOT_SEGMENTS = frozenset({".", ".."})


def _path_segment(wire: str, value: Any) -> str:
    text = str(value)
    if text in _DOT_SEGMENTS:
        from ._schema import ArgumentValueError  # noqa: PLC0415 - error path; the checkers load lazily

        raise ArgumentValueError(
            f"{wire} must not be {text!r}: as a URL path segment it would address another resource",
            wire,
            wire,
        )
    return quote(text, safe="")


def prepare(
    operation: Operation, arguments: Mapping[str, Any], root_url: str, options: CallOptions | None = None
) -> PreparedRequest:
    """Check ``arguments`` (a method's keywords, ``NOT_GIVEN`` for absent ones) and build the request.

    ``options``: the call's ``extra_*``, merged last into what the checked arguments built.
    """
    plan = _plan(operation)
    get = arguments.get
    bare = plan.bare
    path_values: dict[str, Any] = {}
    query: dict[str, Any] | None = None
    checked: dict[str, Any] = {}
    if plan.parameter_fields:
        wire_parameters: dict[str, Any] = {}
        for name, wire, _ in plan.parameter_fields:
            value = get(name, NOT_GIVEN)
            if _given(plan, name, value):
                value = _as_json(value)
                wire_parameters[wire] = _wrap_bare(plan, name, value) if name in bare else value
        if plan.check_parameters is not None:
            checked = plan.check_parameters(wire_parameters, "")
        for _, wire, location in plan.parameter_fields:
            if wire in wire_parameters:
                if location == "path":
                    path_values[wire] = checked[wire]
                else:
                    query = _add_query(query, wire, checked[wire])
    body: dict[str, Any] | None = None
    form: FormBody | None = None
    if plan.check_body is not None:
        wire_body: dict[str, Any] = {}
        omit_none = plan.omit_none
        for name, wire in plan.body_fields:
            value = get(name, NOT_GIVEN)
            if value is NOT_GIVEN or (value is None and name in omit_none):
                continue
            if type(value) not in _PLAIN:
                value = _from_object(bare.get(name), value, name)
            wire_body[wire] = _wrap_bare(plan, name, value) if name in bare else value
        files = _take_files(wire_body, plan.form) if plan.form is not None else None
        checked_body = plan.check_body(wire_body, "")
        body = {**checked_body, **plan.fixed} if plan.fixed else checked_body
        if plan.same_names:
            by_keyword: Mapping[str, Any] = checked_body if not plan.fixed else dict(checked_body)
            if options is not None:
                return _with_extras(operation, root_url + operation.path, None, body, by_keyword, options)
            return PreparedRequest(
                operation,
                operation.method,
                root_url + operation.path,
                None,
                encode_json(body),
                _JSON_HEADERS,
                by_keyword,
            )
        if files is not None:
            form, body = _form(body, files)
        checked.update(body)
    path = operation.path
    for wire, value in path_values.items():
        path = path.replace("{" + wire + "}", _path_segment(wire, value))
    by_name = {name: checked[wire] for wire, name in plan.names if wire in checked}
    if form is not None:
        return _with_form(operation, root_url + path, query, form, by_name, options)
    if options is not None:
        return _with_extras(operation, root_url + path, query, body, by_name, options)
    return PreparedRequest(
        operation,
        operation.method,
        root_url + path,
        query,
        encode_json(body) if body is not None else None,
        _JSON_HEADERS if body is not None else _NO_HEADERS,
        by_name,
    )


def _add_query(query: dict[str, Any] | None, wire: str, value: Any) -> dict[str, Any]:
    """``query`` (made when ``None``) with a checked parameter added as the spec encodes it."""
    query = {} if query is None else query
    if isinstance(value, dict):
        # An object: OpenAPI's default for query parameters (style form, explode) sends each of its
        # properties as a parameter of its own (the spec's example: user_metadata ?category=...).
        query.update(value)
    else:
        query[wire] = value
    return query


def _take_files(
    wire_body: dict[str, Any], file_fields: frozenset[str]
) -> dict[str, tuple[Any, FileArgument]]:
    """The file arguments of a form body, checked, each as given and as a ``FileArgument``; in the
    body, placeholders take their place (the checker sees that the field is given)."""
    files = {}
    for wire in [wire for wire in wire_body if wire in file_fields]:
        value = wire_body[wire]
        files[wire] = (value, check_file(value, wire))
        wire_body[wire] = FILE_PLACEHOLDER
    return files


def _form(
    body: dict[str, Any], files: Mapping[str, tuple[Any, FileArgument]]
) -> tuple[FormBody, dict[str, Any]]:
    """The form of a checked body whose file fields hold placeholders, and the body with the files as given."""
    texts = [(wire, text) for wire, value in body.items() if wire not in files for text in form_text(value)]
    form = FormBody(texts, [file for _, file in files.values()])
    return form, {**body, **{wire: given for wire, (given, _) in files.items()}}


def _with_form(
    operation: Operation,
    url: str,
    query: dict[str, Any] | None,
    form: FormBody,
    arguments: Mapping[str, Any],
    options: CallOptions | None,
) -> PreparedRequest:
    """A form-data request, the call's extras merged last (``extra_body`` as more form fields)."""
    headers: Mapping[str, str] = _NO_HEADERS  # httpx writes the multipart content type and its boundary
    if options is not None:
        if options.query is not None:
            query = {**(query or {}), **options.query}
        if options.body is not None:
            form.add(options.body)
        if options.headers:
            headers = dict(options.headers)
    return PreparedRequest(operation, operation.method, url, query, None, headers, arguments, options, form)


def _with_extras(
    operation: Operation,
    url: str,
    query: dict[str, Any] | None,
    body: dict[str, Any] | None,
    arguments: Mapping[str, Any],
    options: CallOptions,
) -> PreparedRequest:
    """The request with the call's extras merged last, as given; ``arguments`` stay the checked ones."""
    if options.query is not None:
        query = {**(query or {}), **options.query}
    if options.body is not None:
        body = {**(body or {}), **options.body}
    content = None
    if body is not None:
        try:
            content = encode_json(body)
        except (TypeError, ValueError) as exc:  # only extra_body can hold what JSON cannot
            raise TypeError(f"extra_body must hold JSON values only: {exc}") from None
    headers: Mapping[str, str] = _JSON_HEADERS if body is not None else _NO_HEADERS
    if options.headers:
        headers = {**headers, **options.headers}
    return PreparedRequest(operation, operation.method, url, query, content, headers, arguments, options)
