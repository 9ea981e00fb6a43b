"""Where a key could show: every place a user, a log or a crash reporter sees about an exception.

:func:`leaks` lists the places an exception shows a key in — its ``str``/``repr``, its pickle,
everything it carries (walked, not just repr'd), its notes, its traceback rendered with local
variables (the chained exceptions' too), and the httpx/httpcore requests among those frames'
locals — in any spelling a server could echo the key in (:func:`found`).
"""

from __future__ import annotations

import base64
import contextlib
import pickle
import re
import traceback
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import attrs
import httpx

TESTS = str(Path(__file__).resolve().parent.parent)


def _decoded_views(text: str, *, base64_runs: bool = True) -> Iterator[str]:
    """``text`` as written, with JSON escapes decoded, percent-decoded, and every run of base64
    characters decoded at each alignment — the ways a server could spell a key it echoes."""
    yield text
    yield re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m[1], 16)), text)
    yield urllib.parse.unquote(text)
    if not base64_runs:
        return
    for run in re.findall(r"[A-Za-z0-9+/_-]{8,}", text):
        for start in range(4):
            chunk = run[start:]
            chunk = chunk[: len(chunk) // 4 * 4]
            for altchars in (b"+/", b"-_"):
                with contextlib.suppress(ValueError):
                    yield base64.b64decode(chunk, altchars=altchars).decode("latin-1")


def found(key: str, text: str, *, base64_runs: bool = True) -> bool:
    """Whether ``text`` shows ``key`` in any spelling (``base64_runs=False``: but base64, whose
    decoded noise holds a short key by chance)."""
    return any(key in view for view in _decoded_views(text, base64_runs=base64_runs))


def _carried(value: Any, depth: int = 0) -> Iterator[str]:
    """Every text ``value`` holds: strings, bytes, containers, httpx objects, attrs models."""
    if depth > 40:
        yield repr(value)
    elif isinstance(value, str):
        yield value
    elif isinstance(value, bytes):
        yield value.decode("latin-1")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _carried(key, depth + 1)
            yield from _carried(item, depth + 1)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _carried(item, depth + 1)
    elif isinstance(value, httpx.Response):
        yield repr(value.headers.raw)
        yield value.content.decode("latin-1")
        if getattr(value, "_request", None) is not None:
            yield from _carried(value.request, depth + 1)
    elif isinstance(value, httpx.Request):
        yield str(value.url)
        yield repr(value.headers.raw)
    elif isinstance(value, httpx.Headers):
        yield repr(value.raw)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _carried(getattr(value, field.name, None), depth + 1)
    else:
        yield repr(value)


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += (current.__cause__, current.__context__)


def library_frames(error: BaseException) -> list[tuple[FrameType, int]]:
    """The frames of ``error``'s traceback and of the exceptions chained to it, but the tests' own
    (whose locals hold the key on purpose)."""
    return [
        (frame, line)
        for current in _chain(error)
        for frame, line in traceback.walk_tb(current.__traceback__)
        if not frame.f_code.co_filename.startswith(TESTS)
    ]


def _requests_in(value: Any) -> Iterator[str]:
    """The headers of requests a frame's local holds (httpx's, httpcore's, or a response's)."""
    if isinstance(value, httpx.Response) and getattr(value, "_request", None) is not None:
        value = value.request
    if isinstance(value, httpx.Request):
        yield repr(value.headers.raw)
    elif type(value).__module__.startswith("httpcore") and hasattr(value, "headers"):
        yield repr(value.headers)


def places(error: BaseException) -> dict[str, str]:
    frames = library_frames(error)
    rendered = "".join(traceback.StackSummary.extract(iter(frames), capture_locals=True).format())
    found_requests = [
        text for frame, _ in frames for value in frame.f_locals.values() for text in _requests_in(value)
    ]
    return {
        "str": "".join(str(e) for e in _chain(error)),
        "repr": "".join(repr(e) for e in _chain(error)),
        "pickle": pickle.dumps(error).decode("latin-1") if _picklable(error) else "",
        "carried": "\n".join(text for e in _chain(error) for text in _carried(vars(e))),
        "args": "\n".join(text for e in _chain(error) for text in _carried(e.args)),
        "notes": repr([getattr(e, "__notes__", None) for e in _chain(error)]),
        "traceback with locals": rendered,
        "requests in frames": "\n".join(found_requests),
    }


def _picklable(error: BaseException) -> bool:
    try:
        pickle.dumps(error)
    except Exception:
        return False
    return True


def leaks(error: BaseException, key: str) -> list[str]:
    """The places ``error`` shows ``key`` in (empty: nowhere)."""
    return [place for place, text in places(error).items() if found(key, text)]
