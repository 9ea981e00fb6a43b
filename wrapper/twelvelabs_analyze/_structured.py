"""Structured output: the JSON an answer carries when a ``response_format`` was given.

``parse_structured(answer)`` reads ``analyze``'s result (``.data``), a finished
``analyze_stream`` (its text and final event) or a ``summarize(type="summary")`` result
(``.summary``). An answer the model cut short at its length limit (``finish_reason ==
"length"``) that does not parse raises :class:`OutputTruncatedError` with the partial text and
the API's warning; any other unparseable text raises :class:`APIResponseValidationError`.
"""

from __future__ import annotations

from typing import Any

from ._exceptions import APIResponseValidationError, OutputTruncatedError
from ._json import BodyDecodeError, loads

__all__ = ["parse_structured", "parse_structured_summary"]


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


def parse_structured(answer: Any) -> Any:
    """The answer's text parsed as JSON, for calls made with a ``response_format``.

    ``answer`` is an ``analyze`` result (its ``data``), a finished ``analyze_stream`` (its text
    and final event) or a ``summarize(type="summary")`` result (its ``summary``).

    Raises:
        OutputTruncatedError: the model stopped at its length limit and the text does not parse
            (``.partial`` holds it, ``.warning`` the API's explanation).
        APIResponseValidationError: any other text that is not JSON, or no text at all.
        ValueError: a stream that has not been read to its end.
    """
    text, finish, warning = _answer_parts(answer)
    if text is None:
        raise APIResponseValidationError("the answer has no text to parse as JSON", body="")
    try:
        return loads(text)
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


def parse_structured_summary(result: Any) -> Any:
    """The summary of a ``summarize(type="summary", response_format=...)`` result, parsed as JSON.

    Works the same whether the summary came from ``/summarize`` or was served through ``/analyze``.
    """
    return parse_structured(result)
