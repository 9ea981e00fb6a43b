"""Printing what ``/analyze`` and its tasks answer: text as it streams, structured JSON, the final line.

Answers go to standard output (text as the model wrote it, JSON pretty-printed); how the answer
ended (finish reason, tokens, the API's warning) goes to standard error, so a pipe gets only
the answer.
"""

from __future__ import annotations

import json
import sys
from types import SimpleNamespace
from typing import Any, TextIO

from rich.console import Console

from twelvelabs_analyze import (
    AnalyzeResult,
    AnalyzeTask,
    OutputTruncatedError,
    Stream,
    Unset,
    parse_structured,
)
from twelvelabs_analyze._secrets import redact_in_scope

from ._errors import EXIT_FAILED, CommandError
from ._render import finish_line, usage_text

__all__ = ["print_json", "show_result", "show_stream", "show_task_answer", "structured_or_fail"]


def print_json(data: Any, out: TextIO | None = None) -> None:
    """Pretty-printed JSON: coloured on a terminal, plain in a pipe; the key masked (a failed task's
    message, or anything else the server echoed it in)."""
    out = out or sys.stdout
    text = redact_in_scope(json.dumps(data, indent=2, ensure_ascii=False))
    if out.isatty():
        Console(file=out).print_json(text)
    else:
        out.write(text + "\n")
        out.flush()


def _set(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def structured_or_fail(answer: Any, out: TextIO) -> Any:
    """The answer's JSON; when it was cut short, the partial text goes to ``out`` and the command fails."""
    try:
        return parse_structured(answer)
    except OutputTruncatedError as error:
        if error.partial:
            out.write(error.partial.rstrip("\n") + "\n")
            out.flush()
        raise CommandError(
            f"{error} (the partial answer, {len(error.partial)} characters, is above)", EXIT_FAILED
        ) from None


def show_stream(stream: Stream[Any], console: Console, *, structured: bool, as_json: bool) -> None:
    """Print a stream's text as each event arrives (flushed), or its JSON once it is complete."""
    out = sys.stdout
    live = not structured and not as_json
    with stream:
        try:
            for event in stream:
                text = getattr(event, "text", None)
                if live and isinstance(text, str) and text:
                    out.write(text)
                    out.flush()
        finally:
            if live and stream.text and not stream.text.endswith("\n"):
                out.write("\n")  # the answer's last line, or what arrived before a failure
                out.flush()
    final = stream.final
    if as_json:
        print_json({"text": stream.text, "final": final.to_dict() if final is not None else None}, out)
    elif structured:
        print_json(structured_or_fail(stream, out), out)
    metadata = _set(getattr(final, "metadata", None))
    usage = _set(getattr(metadata, "usage", None))
    console.print(
        finish_line(
            _set(getattr(final, "finish_reason", None)),
            usage_text(getattr(usage, "output_tokens", None), _set(getattr(usage, "input_tokens", None))),
            _set(getattr(_set(getattr(final, "error", None)), "message", None)),
        )
    )


def show_result(result: AnalyzeResult, console: Console, *, structured: bool, as_json: bool) -> None:
    """One non-streamed answer."""
    out = sys.stdout
    if as_json:
        print_json(result.to_dict(), out)
    elif structured:
        print_json(structured_or_fail(result, out), out)
    else:
        text = _set(result.data) or ""
        out.write(text if text.endswith("\n") or not text else text + "\n")
        out.flush()
    usage = _set(result.usage)
    console.print(
        finish_line(
            _set(result.finish_reason),
            usage_text(getattr(usage, "output_tokens", None), _set(getattr(usage, "input_tokens", None))),
            _set(getattr(_set(result.error), "message", None)),
        )
    )


def show_task_answer(task: AnalyzeTask, console: Console, *, structured: bool, as_json: bool) -> None:
    """A finished task: its result like any answer (``--json``: the whole task)."""
    out = sys.stdout
    if as_json:
        print_json(task.to_dict(), out)
        return
    result = _set(task.result)
    if result is None:
        return
    warning = _set(getattr(_set(task.error), "message", None))
    answer = SimpleNamespace(data=result.data, finish_reason=result.finish_reason, error=_set(task.error))
    if structured:
        print_json(structured_or_fail(answer, out), out)
    else:
        out.write(result.data if result.data.endswith("\n") or not result.data else result.data + "\n")
        out.flush()
    console.print(
        finish_line(
            result.finish_reason,
            usage_text(result.usage.output_tokens, _set(result.usage.input_tokens)),
            warning,
        )
    )
