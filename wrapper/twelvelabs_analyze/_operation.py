"""One operation of the spec, described as data: what a generated method hands to the client.

``generated/twelvelabs_analyze_api/resources.py`` builds one :class:`Operation` per method from
the spec (``scripts/generate_resources.py``); the client turns it and the method's arguments
into a request (``_prepare``) and a success body into a result (:class:`Result` subclasses).
Nothing in this module knows any particular operation.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, Literal

from attrs import field, frozen

__all__ = [
    "AnyOf",
    "BareValue",
    "Emulation",
    "Field",
    "Model",
    "NoContent",
    "Operation",
    "Paging",
    "Result",
    "ResultMismatch",
    "Variants",
    "resolve",
]

Parse = Callable[[Mapping[str, Any]], Any]
# A model as "package.module:Class": imported when the first answer needs it, so importing the
# client does not import every model it could return.
ModelRef = str | Parse
Location = Literal["path", "query", "body"]


def resolve(ref: ModelRef) -> Parse:
    """The ``from_dict`` a model reference stands for."""
    if not isinstance(ref, str):
        return ref
    module, _, name = ref.partition(":")
    parse: Parse = getattr(importlib.import_module(module), name).from_dict
    return parse


class ResultMismatch(ValueError):
    """A success body that is valid JSON but not what the operation documents."""


@frozen(slots=True)
class Field:
    """One keyword argument of a generated method and where it goes in the request."""

    name: str  # the Python keyword
    wire: str  # the name the API uses
    location: Location


@frozen(slots=True)
class BareValue:
    """A parameter that also accepts its inner value bare, wrapped for you.

    ``response_format={"type": "object", ...}`` (a bare JSON schema) is sent as
    ``{"type": "json_schema", "json_schema": {...}}``: a value whose ``tag`` key is not one of
    ``tags`` is taken to be bare and wrapped as ``{tag: default, into: value}``.
    """

    tag: str
    tags: frozenset[str]
    default: str
    into: str

    def wrap(self, value: object) -> object:
        if isinstance(value, Mapping) and value.get(self.tag) in self.tags:
            return value
        return {self.tag: self.default, self.into: value}


class Result:
    """How a success body becomes the method's return value."""

    def parse(self, data: Any, arguments: Mapping[str, Any]) -> Any:
        raise NotImplementedError

    @property
    def has_body(self) -> bool:
        return True


@frozen(slots=True)
class Model(Result):
    """A JSON object parsed by one generated model's ``from_dict``."""

    model: ModelRef
    _parse: Parse | None = field(default=None, init=False, eq=False, repr=False)

    def parse(self, data: Any, arguments: Mapping[str, Any]) -> Any:
        if not isinstance(data, dict):
            raise ResultMismatch(f"expected a JSON object, got {_json_type(data)}")
        parse = self._parse
        if parse is None:
            parse = resolve(self.model)
            object.__setattr__(self, "_parse", parse)
        return parse(data)


@frozen(slots=True)
class Variants(Result):
    """A JSON object whose ``discriminator`` property says which model parses it.

    ``parameter``: the request argument whose value names the variant the caller asked for
    (``summarize(type="chapter")`` must get ``summarize_type == "chapter"`` back).
    """

    discriminator: str
    models: Mapping[str, ModelRef]
    parameter: str | None = None
    _parsers: dict[str, Parse] = field(factory=dict, init=False, eq=False, repr=False)

    def parse(self, data: Any, arguments: Mapping[str, Any]) -> Any:
        if not isinstance(data, dict):
            raise ResultMismatch(f"expected a JSON object, got {_json_type(data)}")
        value = data.get(self.discriminator)
        parse = self._parsers.get(value) if isinstance(value, str) else None
        if parse is None and isinstance(value, str) and value in self.models:
            parse = self._parsers[value] = resolve(self.models[value])
        if parse is None:
            allowed = ", ".join(repr(v) for v in sorted(self.models))
            raise ResultMismatch(f"{self.discriminator} is {_short(value)}, expected one of {allowed}")
        if self.parameter is not None:
            asked = arguments.get(self.parameter)
            if isinstance(asked, str) and asked != value:
                raise ResultMismatch(
                    f"requested {self.parameter}={asked!r} but the response has "
                    f"{self.discriminator}={value!r}"
                )
        return parse(data)


@frozen(slots=True)
class AnyOf(Result):
    """A body that one of several models parses (the first that accepts it wins)."""

    candidates: tuple[ModelRef, ...]

    def parse(self, data: Any, arguments: Mapping[str, Any]) -> Any:
        if not isinstance(data, dict):
            raise ResultMismatch(f"expected a JSON object, got {_json_type(data)}")
        problems = []
        for candidate in self.candidates:
            try:
                return resolve(candidate)(data)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                problems.append(str(exc))
        raise ResultMismatch("matches none of the documented shapes: " + "; ".join(problems))


@frozen(slots=True)
class NoContent(Result):
    """A success without a documented body: the method returns ``None``."""

    def parse(self, data: Any, arguments: Mapping[str, Any]) -> None:
        return None

    @property
    def has_body(self) -> bool:
        return False


@frozen(slots=True)
class Paging:
    """A list operation that pages with a page-number query parameter.

    ``items``: the attribute of the result holding this page's items; ``total_pages``: the
    attribute path (``page_info.total_page``) saying how many pages there are.
    """

    parameter: str  # the Python keyword of the page number
    items: str
    total_pages: tuple[str, ...]
    first_page: int = 1


@frozen(slots=True)
class Emulation:
    """How a legacy operation is served through another one when its endpoint is gone (see ``_emulation``)."""

    target: str  # the name of the operation that serves it, e.g. "analyze"
    spec: Mapping[str, Any] = field(factory=dict)  # the operation's ``x-emulation`` object from the spec


@frozen(slots=True)
class Operation:
    """A spec operation as one client method sees it.

    ``fixed``: body values the method always sends (``{"stream": False}`` for ``analyze``);
    ``stream``: the success body is NDJSON, one ``result`` per line; ``body_schema``: JSON
    pointer of the request body's schema in the packaged spec; ``parameters_schema``: an
    object schema over the path and query parameters (``None`` when there are none).
    """

    name: str  # dotted client path, e.g. "analyze_async.tasks.create"
    method: str
    path: str
    fields: tuple[Field, ...]
    result: Result
    success: int = 200  # the documented success status
    body_schema: str | None = None
    parameters_schema: Mapping[str, Any] | None = None
    fixed: Mapping[str, Any] = field(factory=dict)
    bare: Mapping[str, BareValue] = field(factory=dict)  # by Python keyword
    stream: bool = False
    final_event: str | None = None  # streams: the discriminator value of the event that ends one
    paging: Paging | None = None
    emulation: Emulation | None = None
    deprecated: bool = False

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def _short(value: object) -> str:
    text = repr(value) if isinstance(value, str | None | bool) else _json_type(value)
    return text if len(text) <= 60 else text[:57] + "..."
