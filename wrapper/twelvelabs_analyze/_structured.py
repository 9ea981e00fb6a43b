"""Structured output: the JSON an answer carries when a ``response_format`` was given.

``parse_structured(answer)`` reads ``analyze``'s result (``.data``), a finished
``analyze_stream`` (its text and final event) or a ``summarize(type="summary")`` result
(``.summary``). An answer the model cut short at its length limit (``finish_reason ==
"length"``) that does not parse raises :class:`OutputTruncatedError` with the partial text and
the API's warning; any other unparseable text raises :class:`APIResponseValidationError`.

Given a type — ``parse_structured(answer, Tags)`` — the JSON is returned as that type (see
:func:`parse_structured`); without one it is ``Any``.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, is_typeddict, overload

from ._exceptions import APIResponseValidationError, OutputTruncatedError
from ._json import BodyDecodeError, loads

__all__ = ["parse_structured", "parse_structured_summary"]

T = TypeVar("T")
_JSON_SCALARS: dict[type, tuple[type, ...]] = {float: (int, float), int: (int,), str: (str,), bool: (bool,)}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _answer_parts(answer: Any) -> tuple[str | None, str | None, str | None]:
    """``(text, finish_reason, warning)`` of an analyze result, a finished stream or a summary."""
    is_stream = hasattr(answer, "until_done")  # a stream: its text, and what its final event says
    final = getattr(answer, "final", None) if is_stream else None
    if is_stream:
        if final is None:
            raise ValueError("the stream is not finished: read it first (e.g. stream.until_done())")
        text = _text(getattr(answer, "text", None))
        source = final
    else:
        text = _text(getattr(answer, "data", None))
        if text is None:
            text = _text(getattr(answer, "summary", None))
        source = answer
    finish = _text(getattr(source, "finish_reason", None))
    warning = _text(getattr(getattr(source, "error", None), "message", None))
    return text, finish, warning


@overload
def parse_structured(answer: Any) -> Any: ...


@overload
def parse_structured(answer: Any, as_type: type[T]) -> T: ...


def parse_structured(answer: Any, as_type: type[Any] | None = None) -> Any:
    """The answer's text parsed as JSON, for calls made with a ``response_format``.

    ``answer`` is an ``analyze`` result (its ``data``), a finished ``analyze_stream`` (its text
    and final event) or a ``summarize(type="summary")`` result (its ``summary``).

    ``as_type`` makes the result that type (and its static type): a ``TypedDict`` (a JSON object
    with its required keys), a dataclass or attrs class (built from the object's keys), a class
    with ``from_dict`` (the generated models) or ``model_validate`` (pydantic), or ``dict``,
    ``list``, ``str``, ``int``, ``float``, ``bool``. The JSON is checked as far as that goes: a
    ``TypedDict``'s values are not.

    Raises:
        OutputTruncatedError: the model stopped at its length limit and the text does not parse
            (``.partial`` holds it, ``.warning`` the API's explanation).
        APIResponseValidationError: any other text that is not JSON, no text at all, or JSON
            that does not fit ``as_type`` (``.body`` keeps the text).
        ValueError: a stream that has not been read to its end.
        TypeError: an ``as_type`` of none of the kinds above.
    """
    text, finish, warning = _answer_parts(answer)
    if text is None:
        raise APIResponseValidationError("the answer has no text to parse as JSON", body="")
    try:
        value = loads(text)
    except BodyDecodeError as exc:
        cut_short = finish == "length" or (exc.pos is not None and exc.pos >= len(text.rstrip()))
        if cut_short:
            raise OutputTruncatedError(
                "the structured answer was truncated at the length limit and is not valid JSON"
                + (f" ({warning})" if warning else "")
                + "; raise max_tokens or ask for less",
                partial=text,
                warning=warning,
            ) from None
        raise APIResponseValidationError(f"the answer is not valid JSON: {exc}", body=text) from None
    if as_type is None:
        return value
    try:
        return _as_type(value, as_type)
    except _WrongType:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # pydantic's errors are ValueErrors
        detail = f"missing key {exc}" if isinstance(exc, KeyError) else str(exc)
        name = getattr(as_type, "__name__", repr(as_type))
        raise APIResponseValidationError(
            f"the answer's JSON does not fit {name}: {detail}", body=text
        ) from None


class _WrongType(TypeError):
    """``as_type`` itself is of a kind :func:`parse_structured` cannot build."""


def _as_type(value: Any, as_type: type[Any]) -> Any:
    if is_typeddict(as_type):
        _require_object(value)
        missing = sorted(set(as_type.__required_keys__) - set(value))
        if missing:
            raise ValueError(f"missing keys {missing}")
        return value
    for builder in ("from_dict", "model_validate"):
        build = getattr(as_type, builder, None)
        if callable(build):
            if builder == "from_dict":
                _require_object(value)
            return build(value)
    if dataclasses.is_dataclass(as_type) or hasattr(as_type, "__attrs_attrs__"):
        _require_object(value)
        return as_type(**value)
    if as_type in (dict, list):
        if not isinstance(value, as_type):
            raise ValueError(f"expected a JSON {'object' if as_type is dict else 'array'}")
        return value
    if as_type in _JSON_SCALARS:
        if not isinstance(value, _JSON_SCALARS[as_type]) or (as_type is not bool and isinstance(value, bool)):
            raise ValueError(f"expected {as_type.__name__}, got {type(value).__name__}")
        return as_type(value)
    raise _WrongType(
        f"as_type must be a TypedDict, dataclass, attrs class, a class with from_dict or "
        f"model_validate, or dict, list, str, int, float or bool, not {as_type!r}"
    )


def _require_object(value: Any) -> None:
    if not isinstance(value, dict):
        raise ValueError(f"expected a JSON object, got {type(value).__name__}")


@overload
def parse_structured_summary(result: Any) -> Any: ...


@overload
def parse_structured_summary(result: Any, as_type: type[T]) -> T: ...


def parse_structured_summary(result: Any, as_type: type[Any] | None = None) -> Any:
    """The summary of a ``summarize(type="summary", response_format=...)`` result, parsed as JSON.

    Works the same whether the summary came from ``/summarize`` or was served through ``/analyze``;
    ``as_type`` as for :func:`parse_structured`.
    """
    return parse_structured(result, as_type) if as_type is not None else parse_structured(result)
