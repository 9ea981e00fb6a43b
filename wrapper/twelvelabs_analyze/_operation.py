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

__all__ = [
    "AnyOf",
    "BareValue",
    "Emulation",
    "Field",
    "Model",
    "NoContent",
    "Operation",
    "Paging",
    "Reference",
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


class _Record:
    """A small immutable record with a readable repr.

    Plain classes with ``__slots__``: the generated module builds one :class:`Operation` per
    method at import time, and attrs/dataclass class creation would cost milliseconds of every
    ``import twelvelabs_analyze``.
    """

    __slots__: tuple[str, ...] = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _set(self, **values: object) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}" for name in self.__slots__ if not name.startswith("_")
        )
        return f"{type(self).__name__}({shown})"

    def __eq__(self, other: object) -> bool:
        public = [n for n in self.__slots__ if not n.startswith("_")]
        return type(other) is type(self) and all(getattr(self, n) == getattr(other, n) for n in public)

    def __hash__(self) -> int:
        return hash((type(self), *(repr(getattr(self, n)) for n in self.__slots__ if not n.startswith("_"))))


class Field(_Record):
    """One keyword argument of a generated method and where it goes in the request."""

    __slots__ = ("location", "name", "wire")
    name: str  # the Python keyword
    wire: str  # the name the API uses
    location: Location

    def __init__(self, name: str, wire: str, location: Location) -> None:
        self._set(name=name, wire=wire, location=location)


class BareValue(_Record):
    """A parameter that also accepts its inner value bare, wrapped for you.

    ``response_format={"type": "object", ...}`` (a bare JSON schema) is sent as
    ``{"type": "json_schema", "json_schema": {...}}``: a value whose ``tag`` key is not one of
    ``tags`` is taken to be bare and wrapped as ``{tag: default, into: value}``.
    """

    __slots__ = ("default", "into", "tag", "tags")
    tag: str
    tags: frozenset[str]
    default: str
    into: str

    def __init__(self, tag: str, tags: frozenset[str], default: str, into: str) -> None:
        self._set(tag=tag, tags=tags, default=default, into=into)

    def wrap(self, value: object) -> object:
        if isinstance(value, Mapping) and value.get(self.tag) in self.tags:
            return value
        return {self.tag: self.default, self.into: value}


class Reference(_Record):
    """A parameter that also takes a resource, sent as the variant that refers to it by id.

    ``video=asset`` (an ``Asset`` an upload returned) is sent as ``{"type": "asset_id",
    "asset_id": asset.id}`` (``tag``, ``value``, ``into``); an instance of one of ``classes``
    (model class names) whose ``status`` is not in ``usable`` is refused before any request.
    """

    __slots__ = ("classes", "id_key", "into", "status_key", "tag", "usable", "value")
    tag: str
    value: str
    into: str
    classes: frozenset[str]
    id_key: str  # the resource's id, by its JSON name
    status_key: str
    usable: frozenset[str]

    def __init__(
        self,
        tag: str,
        value: str,
        into: str,
        classes: frozenset[str],
        id_key: str,
        status_key: str,
        usable: frozenset[str],
    ) -> None:
        self._set(
            tag=tag,
            value=value,
            into=into,
            classes=classes,
            id_key=id_key,
            status_key=status_key,
            usable=usable,
        )

    def refers(self, value: object) -> bool:
        return type(value).__name__ in self.classes and callable(getattr(value, "to_dict", None))

    def wrap(self, resource: Any, name: str) -> dict[str, Any]:
        """The reference to ``resource`` (one of ``classes``); ``ValueError`` when it is not usable yet."""
        data = resource.to_dict()
        identity, status = data.get(self.id_key), data.get(self.status_key)
        what = type(resource).__name__
        if not isinstance(identity, str) or not identity:
            raise ValueError(f"{name}: this {what} has no {self.id_key}: it cannot be referred to")
        if status not in self.usable:
            usable = " or ".join(sorted(self.usable))
            raise ValueError(
                f"{name}: {what} {identity} is {status!r}, not {usable}: wait for it first "
                f"(e.g. client.assets.wait({identity!r})) — the API refuses it until then"
            )
        return {self.tag: self.value, self.into: identity}


class Result(_Record):
    """How a success body becomes the method's return value."""

    def parse(self, data: Any, arguments: Mapping[str, Any]) -> Any:
        """The return value for decoded body ``data`` of a call made with ``arguments``."""
        raise NotImplementedError

    @property
    def has_body(self) -> bool:
        return True


class Model(Result):
    """A JSON object parsed by one generated model's ``from_dict``."""

    __slots__ = ("_parse", "model")
    model: ModelRef
    _parse: Parse | None

    def __init__(self, model: ModelRef) -> None:
        self._set(model=model, _parse=None)

    def parse(self, data: Any, arguments: Mapping[str, Any]) -> Any:
        if not isinstance(data, dict):
            raise ResultMismatch(f"expected a JSON object, got {_json_type(data)}")
        parse = self._parse
        if parse is None:
            parse = resolve(self.model)
            object.__setattr__(self, "_parse", parse)
        return parse(data)


class Variants(Result):
    """A JSON object whose ``discriminator`` property says which model parses it.

    ``parameter``: the request argument whose value names the variant the caller asked for
    (``summarize(type="chapter")`` must get ``summarize_type == "chapter"`` back).
    """

    __slots__ = ("_parsers", "discriminator", "models", "parameter")
    discriminator: str
    models: Mapping[str, ModelRef]
    parameter: str | None
    _parsers: dict[str, Parse]

    def __init__(
        self, discriminator: str, models: Mapping[str, ModelRef], parameter: str | None = None
    ) -> None:
        self._set(discriminator=discriminator, models=models, parameter=parameter, _parsers={})

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
                    f"requested {self.parameter}={asked!r} but the response has {self.discriminator}={value!r}"
                )
        return parse(data)


class AnyOf(Result):
    """A body that one of several models parses (the first that accepts it wins)."""

    __slots__ = ("candidates",)
    candidates: tuple[ModelRef, ...]

    def __init__(self, candidates: tuple[ModelRef, ...]) -> None:
        self._set(candidates=candidates)

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


class NoContent(Result):
    """A success without a documented body: the method returns ``None``."""

    __slots__ = ()

    def parse(self, data: Any, arguments: Mapping[str, Any]) -> None:
        return None

    @property
    def has_body(self) -> bool:
        return False


class Paging(_Record):
    """A list operation that pages with a page-number query parameter.

    ``items``: the attribute of the result holding this page's items; ``total_pages``: the
    attribute path (``page_info.total_page``) saying how many pages there are; ``total_results``:
    the one saying how many items there are in all (``()``: the API does not say).
    """

    __slots__ = ("first_page", "items", "parameter", "total_pages", "total_results")
    parameter: str  # the Python keyword of the page number
    items: str
    total_pages: tuple[str, ...]
    first_page: int
    total_results: tuple[str, ...]

    def __init__(
        self,
        parameter: str,
        items: str,
        total_pages: tuple[str, ...],
        first_page: int = 1,
        total_results: tuple[str, ...] = (),
    ) -> None:
        self._set(
            parameter=parameter,
            items=items,
            total_pages=total_pages,
            first_page=first_page,
            total_results=total_results,
        )


class Emulation(_Record):
    """How a legacy operation is served through another one when its endpoint is gone (see ``_emulation``)."""

    __slots__ = ("spec", "target")
    target: str  # the name of the operation that serves it, e.g. "analyze"
    spec: Mapping[str, Any]  # the operation's ``x-emulation`` object from the spec

    def __init__(self, target: str, spec: Mapping[str, Any] | None = None) -> None:
        self._set(target=target, spec=spec or {})


class Operation(_Record):
    """A spec operation as one client method sees it.

    ``fixed``: body values the method always sends (``{"stream": False}`` for ``analyze``);
    ``stream``: the success body is NDJSON, one ``result`` per line; ``body_schema``: JSON
    pointer of the request body's schema in the packaged spec; ``form``: the body is
    multipart/form-data rather than JSON, and these wire names are its file fields
    (``format: binary``); ``parameters_schema``: an object schema over the path and query
    parameters (``None`` when there are none).
    """

    __slots__ = (
        "_label",
        "bare",
        "body_schema",
        "deprecated",
        "emulation",
        "fields",
        "final_event",
        "fixed",
        "form",
        "method",
        "name",
        "omit_none",
        "paging",
        "parameters_schema",
        "path",
        "result",
        "stream",
        "success",
    )
    name: str  # dotted client path, e.g. "analyze_async.tasks.create"
    method: str
    path: str
    fields: tuple[Field, ...]
    result: Result
    success: int  # the documented success status
    body_schema: str | None
    form: frozenset[str] | None
    parameters_schema: Mapping[str, Any] | None
    fixed: Mapping[str, Any]
    bare: Mapping[str, BareValue | Reference]  # by Python keyword: values wrapped for the caller
    stream: bool
    final_event: str | None  # streams: the discriminator value of the event that ends one
    paging: Paging | None
    emulation: Emulation | None
    deprecated: bool
    omit_none: frozenset[str]  # optional arguments for which None means "leave it out"
    _label: str

    def __init__(
        self,
        *,
        name: str,
        method: str,
        path: str,
        fields: tuple[Field, ...],
        result: Result,
        success: int = 200,
        body_schema: str | None = None,
        form: frozenset[str] | None = None,
        parameters_schema: Mapping[str, Any] | None = None,
        fixed: Mapping[str, Any] | None = None,
        bare: Mapping[str, BareValue | Reference] | None = None,
        stream: bool = False,
        final_event: str | None = None,
        paging: Paging | None = None,
        emulation: Emulation | None = None,
        deprecated: bool = False,
        omit_none: frozenset[str] = frozenset(),
    ) -> None:
        self._set(
            name=name,
            method=method,
            path=path,
            fields=fields,
            result=result,
            success=success,
            body_schema=body_schema,
            form=form,
            parameters_schema=parameters_schema,
            fixed=fixed or {},
            bare=bare or {},
            stream=stream,
            final_event=final_event,
            paging=paging,
            emulation=emulation,
            deprecated=deprecated,
            omit_none=omit_none,
            _label=f"{method} {path}",
        )

    @property
    def label(self) -> str:
        """``"POST /analyze"``: how messages and raw responses name the endpoint."""
        return self._label


def _json_type(value: object) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def _short(value: object) -> str:
    text = repr(value) if isinstance(value, str | None | bool) else _json_type(value)
    return text if len(text) <= 60 else text[:57] + "..."
