"""What one call may add to what the spec describes: the escape hatch, and its own timeout.

Every generated method takes ``extra_headers``, ``extra_query`` and ``extra_body`` (the way to use
an API feature before the spec has it) and ``timeout``. The extras are merged last into the
request the checked arguments built and sent as given — never checked against the spec — except
that the API key stays the client's: an ``x-api-key`` header is refused here, as in the client's
``default_headers``. Header values are never quoted in messages (they may hold tokens).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from ._constants import API_KEY_HEADER
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

__all__ = ["Body", "CallOptions", "Headers", "Query", "call_options", "check_headers"]

Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]

# RFC 9110 field names (tokens) and values (no CR, LF or NUL): httpx would fail later, untyped.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BAD_VALUE = re.compile(r"[\r\n\x00]")
_QUERY_SCALARS = (str, int, float, bool, type(None))


class CallOptions:
    """The options of one call; ``None`` in place of one of these means "none given"."""

    __slots__ = ("body", "headers", "query", "timeout")

    def __init__(
        self,
        headers: Mapping[str, str] | None,
        query: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
        timeout: float | httpx.Timeout | NotGiven | None,
    ) -> None:
        self.headers: Mapping[str, str] | None = headers
        self.query: Mapping[str, Any] | None = query
        self.body: Mapping[str, Any] | None = body
        self.timeout: float | httpx.Timeout | NotGiven | None = timeout

    def extras(self) -> CallOptions | None:
        """These options without the timeout (applied by then), or ``None`` when nothing else is left."""
        if self.headers is None and self.query is None and self.body is None:
            return None
        return CallOptions(self.headers, self.query, self.body, NOT_GIVEN)

    def __repr__(self) -> str:  # header values stay out (they may hold tokens)
        headers = sorted(self.headers) if self.headers is not None else None
        query = sorted(self.query) if self.query is not None else None
        body = sorted(self.body) if self.body is not None else None
        return f"CallOptions(headers={headers}, query={query}, body={body}, timeout={self.timeout!r})"


def call_options(
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
    timeout: float | httpx.Timeout | NotGiven | None,
) -> CallOptions | None:
    """The checked options of a call, or ``None`` when it has none (the usual case, at no cost)."""
    if extra_headers is None and extra_query is None and extra_body is None and timeout is NOT_GIVEN:
        return None
    headers = None if extra_headers is None else check_headers("extra_headers", extra_headers)
    query = None if extra_query is None else _check_query(extra_query)
    body = None if extra_body is None else _check_keys("extra_body", extra_body)
    if not isinstance(timeout, NotGiven):
        from ._config import check_timeout_setting  # noqa: PLC0415 - only for a call that sets one

        check_timeout_setting("timeout", timeout)
    return CallOptions(headers, query, body, timeout)


def check_headers(name: str, headers: object) -> dict[str, str]:
    """``headers`` as a dict with lower-case names (so that a later one replaces an earlier one
    whatever its case), or ``TypeError``/``ValueError`` naming the header (never its value)."""
    checked = _check_keys(name, headers)
    for key, value in checked.items():
        if not _TOKEN.fullmatch(key):
            raise ValueError(f"{name}: {key!r} is not a valid header name")
        if key.lower() == API_KEY_HEADER:
            raise ValueError(
                f"{name} may not set {API_KEY_HEADER}: the client sends its own key "
                "(pass api_key= to the client or to with_options)"
            )
        if not isinstance(value, str):
            raise TypeError(f"{name}[{key!r}] must be a string, not {type(value).__name__}")
        if _BAD_VALUE.search(value):
            raise ValueError(f"{name}[{key!r}] holds a line break or NUL, which a header cannot carry")
    return {key.lower(): value for key, value in checked.items()}


def _check_keys(name: str, value: object) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping, not {type(value).__name__}")
    checked = dict(value)
    for key in checked:
        if not isinstance(key, str):
            raise TypeError(f"{name} keys must be strings, not {type(key).__name__}")
    return checked


def _check_query(query: object) -> dict[str, Any]:
    checked = _check_keys("extra_query", query)
    for key, value in checked.items():
        values = value if isinstance(value, Sequence) and not isinstance(value, str) else (value,)
        if not all(isinstance(item, _QUERY_SCALARS) for item in values):
            raise TypeError(
                f"extra_query[{key!r}] must be a string, number, bool or None, or a list of them, "
                f"not {type(value).__name__}"
            )
    return checked
