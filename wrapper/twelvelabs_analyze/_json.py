"""The one JSON decode path for every body the client reads, with orjson when installed (the
``fast`` extra) and the standard library otherwise.

:func:`loads` returns the decoded value or raises :class:`BodyDecodeError`, nothing else, and both
backends apply the same limits:

* at most :data:`MAX_BODY_BYTES` (64 MiB; the largest real answers are well under 1 MiB);
* at most :data:`MAX_DEPTH` (512) nested arrays/objects, counting the outermost as 1. orjson alone
  stops at 1024 and the standard library at the interpreter's recursion limit minus the caller's
  stack depth (``RecursionError``); deeply nested values would also break ``json.dumps``/``repr``
  of the result later, so the limit leaves room for those;
* strict UTF-8 input: no byte-order mark, no UTF-16/32, no encoded surrogates (orjson's rules;
  ``json.loads(bytes)`` would guess an encoding);
* no ``NaN``/``Infinity``/``-Infinity`` literals (not JSON; the standard library accepts them).

Every decoder failure maps to :class:`BodyDecodeError`: syntax errors, invalid UTF-8, the
standard library's refusal of integers over 4300 digits (``ValueError``), depth.

What still differs between backends is the *value* of some numbers and strings, not whether
decoding succeeds for ordinary bodies: orjson returns integers beyond 64 bits as floats and refuses
numbers that overflow a double (``1e400``, integers of 309+ digits) where the standard library
returns ``int``/``inf``; orjson refuses escaped lone surrogates (``"\\ud800"``) that the standard
library keeps in the ``str``.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import threading
from collections.abc import Callable, Iterable
from itertools import chain
from typing import Any, NamedTuple, NoReturn

__all__ = ["MAX_BODY_BYTES", "MAX_DEPTH", "STDLIB", "Backend", "BodyDecodeError", "loads"]

MAX_BODY_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 512
# Nesting deeper than MAX_DEPTH takes MAX_DEPTH + 1 opening brackets and as many closing ones, one
# byte (or character) each: a shorter document (a stream's line, most answers) needs no depth walk.
_SHORTEST_TOO_DEEP = 2 * (MAX_DEPTH + 1)


class BodyDecodeError(ValueError):
    """A body that :func:`loads` refuses: not JSON, too large or nested too deeply.

    ``pos`` is the character offset of a syntax error when the decoder reports one.
    """

    def __init__(self, message: str, pos: int | None = None) -> None:
        super().__init__(message)
        self.pos = pos


class Backend(NamedTuple):
    """A decoder that raises ``ValueError`` (or ``RecursionError``) on failure."""

    name: str
    decode: Callable[[bytes | str], Any]


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


_STDLIB_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def _stdlib_decode(content: bytes | str) -> Any:
    text = content.decode() if isinstance(content, bytes) else content  # strict UTF-8, BOM kept (refused)
    return _STDLIB_DECODER.decode(text)


STDLIB = Backend("json", _stdlib_decode)


def _orjson() -> Backend | None:
    try:
        orjson = importlib.import_module("orjson")
    except ImportError:
        return None
    return Backend("orjson", orjson.loads)


def _pick() -> Backend:
    if os.environ.get("TWELVELABS_ANALYZE_NO_ORJSON"):  # lets benchmarks and tests measure the fallback
        return STDLIB
    return _orjson() or STDLIB


_backend = _pick()  # tests swap it to run both backends


def loads(content: bytes | str) -> Any:
    """Decode one JSON document within the limits above, or raise :class:`BodyDecodeError`."""
    if len(content) > MAX_BODY_BYTES:
        raise BodyDecodeError(
            f"the body has {len(content):,} bytes, more than the {MAX_BODY_BYTES:,} decoded"
        )
    try:
        data = _backend.decode(content)
    except ValueError as exc:  # json.JSONDecodeError, orjson.JSONDecodeError, UnicodeDecodeError, digits
        raise _decode_error(exc) from None
    except RecursionError:
        data = _decode_on_a_fresh_stack(content)
    if len(content) >= _SHORTEST_TOO_DEEP and _nested_deeper_than(data, MAX_DEPTH):
        raise BodyDecodeError(f"JSON nested deeper than {MAX_DEPTH} levels")
    return data


def _decode_error(exc: ValueError) -> BodyDecodeError:
    if isinstance(exc, json.JSONDecodeError):  # orjson's error is a subclass
        # orjson stops at 1024: "depth limit exceeded" (newer), "recursion depth exceeded" (3.10)
        if "depth" in exc.msg:
            return BodyDecodeError(f"JSON nested deeper than {MAX_DEPTH} levels")
        return BodyDecodeError(f"{exc.msg} (character {exc.pos})", exc.pos)
    return BodyDecodeError(str(exc))


def _decode_on_a_fresh_stack(content: bytes | str) -> Any:
    """The standard library recursed past the interpreter's limit: retry where the stack is empty.

    The body may be nested only a little (the caller was deep in its own stack) or far too much;
    a new thread tells the two apart without touching the process-wide recursion limit.
    """
    outcome: list[tuple[bool, Any]] = []

    def decode() -> None:
        try:
            outcome.append((True, _backend.decode(content)))
        except BaseException as exc:  # handed back to the calling thread below
            outcome.append((False, exc))

    thread = threading.Thread(target=decode, name="twelvelabs-analyze-json", daemon=True)
    thread.start()
    thread.join()
    ok, value = outcome[0]
    if ok:
        return value
    if isinstance(value, RecursionError):
        raise BodyDecodeError(f"JSON nested deeper than {MAX_DEPTH} levels") from None
    if isinstance(value, ValueError):
        raise _decode_error(value) from None
    raise value


_is_tracked = gc.is_tracked


def _nested_deeper_than(data: Any, limit: int) -> bool:
    """Whether arrays/objects nest more than ``limit`` levels, exactly and without visiting leaves.

    Walking every value of a large body would cost ~70 % of decoding it. This walk relies on a
    CPython invariant instead: a dict is untracked by the garbage collector while it holds no
    tracked object (``gc.is_tracked({"a": 1})`` is False), and lists are always tracked. So an
    untracked object has no container inside, and only tracked containers need opening: a body of
    2000 flat chapter objects costs one C-level pass over the chapter list (~15 µs).
    """
    level: Iterable[Any] = (data,)
    for _ in range(limit):  # iteration i looks at the objects i + 1 levels down
        parents = list(filter(_is_tracked, level))  # the only containers that may hold containers
        if not parents:
            return False
        if len(parents) == 1:  # the usual case (one list of chapters…): no chain overhead per item
            level = parents[0].values() if type(parents[0]) is dict else parents[0]
        else:
            level = chain.from_iterable(p.values() if type(p) is dict else p for p in parents)
    return any(type(child) is dict or type(child) is list for child in level)
