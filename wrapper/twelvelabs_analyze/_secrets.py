"""Keeping the API key out of messages, reprs, logs, pickles, tracebacks and files.

The key lives in a :class:`Secret` from the moment a client receives it: its repr is ``'***'``,
it refuses to be pickled, and a traceback that shows local variables shows the wrapper, never the
text. :meth:`Secret.redact` removes the key from text as a whole token — a one-letter test key must
not turn ``max_tokens`` into ``max_to***ens`` — in every spelling a server could echo it in: as
sent, JSON-escaped (``\\u002d``), percent-encoded (``%2D``) or base64-encoded.

One rule covers what errors carry: a ``TwelveLabsError`` passes its message and every attribute
through :func:`redacted` for each key *in scope* (:func:`redacting`) when it is made. The client
puts its key in scope where it makes errors from what a server sent; the CLI puts its key in
scope for a whole command, so errors made by its own code (a batch's task failure) are masked too.
:func:`scrub_request` / :func:`redacted_response` take the key out of the httpx objects that errors
and raw responses keep, and :func:`without_inner_frames` out of an interrupted request's traceback.
"""

from __future__ import annotations

import base64
import copy
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Final, NoReturn

import attrs
import httpx

from ._constants import API_KEY_HEADER

__all__ = [
    "REDACTED",
    "Secret",
    "redact",
    "redact_in_scope",
    "redact_url_query",
    "redacted",
    "redacted_response",
    "redacting",
    "scrub_request",
    "secrets_in_scope",
    "without_inner_frames",
]

REDACTED: Final = "***"
# Characters a key is made of; an occurrence next to one of them is part of a longer word.
_KEY_CHARACTERS = r"A-Za-z0-9_\-"
# An escaped character next to an occurrence ends the word too (the server escaped what follows).
_HEX = "[0-9A-Fa-f]"
_AFTER = rf"(?:(?![{_KEY_CHARACTERS}])|(?=\\u{_HEX}{{4}}|%{_HEX}{{2}}))"
# Base64 of a key shorter than this is short enough to occur by chance in other text.
_MIN_BASE64_KEY = 12


def _hex_digits(number: int, width: int) -> str:
    """``number`` in hex as a pattern matching either case (``2d`` and ``2D``)."""
    return "".join(f"[{d}{d.upper()}]" if d.isalpha() else d for d in f"{number:0{width}x}")


def _spellings(character: str) -> list[tuple[str, int]]:
    """Patterns for one character of the key as sent, JSON-escaped or percent-encoded, with the
    number of characters each matches."""
    forms = [(re.escape(character), 1)]
    if ord(character) <= 0xFFFF:
        forms.append((r"\\u" + _hex_digits(ord(character), 4), 6))
    if character == "/":
        forms.append((r"\\/", 2))
    encoded = character.encode()
    forms.append(("".join("%" + _hex_digits(byte, 2) for byte in encoded), 3 * len(encoded)))
    return forms


def _token_pattern(value: str) -> str:
    """The key as a whole token, each character in any spelling.

    Every branch starts with a literal (the first character's spelling), so the regex engine
    skips to the positions that can start a match; whether the character before the match ends
    the word is looked behind once the first character is matched (``width`` back).
    """

    def started(width: int) -> str:
        return (
            rf"(?:(?<![{_KEY_CHARACTERS}].{{{width}}})"
            rf"|(?<=\\u{_HEX}{{4}}.{{{width}}})|(?<=%{_HEX}{{2}}.{{{width}}}))"
        )

    rest = "".join("(?:" + "|".join(form for form, _ in _spellings(c)) + ")" for c in value[1:])
    return "|".join(first + started(width) + rest + _AFTER for first, width in _spellings(value[0]))


def _base64_cores(value: str) -> list[str]:
    """The base64 text that only the key's bytes determine, at each of the three alignments the key
    can start at in a longer encoded text, in the standard and the URL-safe alphabet."""
    raw = value.encode()
    if len(raw) < _MIN_BASE64_KEY:
        return []
    cores: set[str] = set()
    for offset in range(3):  # key bytes preceded by 0, 1 or 2 bytes of a 3-byte group
        encoded = base64.b64encode(b"\0" * offset + raw + b"\0\0").decode()
        first = -(-8 * offset // 6)  # the first character made of key bits alone
        last = 8 * (offset + len(raw)) // 6  # one past the last one
        core = encoded[first:last]
        cores.update((core, core.translate(str.maketrans("+/", "-_"))))
    return sorted(cores)


class Secret:
    """A string that never shows itself; ``reveal()`` is the only way to the text."""

    __slots__ = ("_cores", "_pattern", "_value")

    def __init__(self, value: str) -> None:
        self._value = value
        self._cores = _base64_cores(value) if value else []
        self._pattern: re.Pattern[str] | None = None  # compiled when first needed

    def reveal(self) -> str:
        """The text itself: for the request header and for looking for it in text, never for display."""
        return self._value

    def _may_occur_in(self, text: str) -> bool:
        # One substring search per spelling: as sent, escaped (JSON or percent), base64.
        value = self._value
        return bool(value) and (
            value in text or "\\u" in text or "%" in text or any(core in text for core in self._cores)
        )

    def _compiled(self) -> re.Pattern[str]:
        if self._pattern is None:
            # A base64 spelling also takes the character it shares with what follows, and padding.
            cores = [re.escape(core) + "[A-Za-z0-9+/_-]?={0,2}" for core in self._cores]
            self._pattern = re.compile("|".join([_token_pattern(self._value), *cores]), re.DOTALL)
        return self._pattern

    def redact(self, text: str) -> str:
        """``text`` with every whole-token occurrence of the secret, in any spelling, replaced by ``***``."""
        if not self._may_occur_in(text):  # the usual case costs a few substring searches
            return text
        return self._compiled().sub(REDACTED, text)

    def redact_bytes(self, content: bytes) -> bytes:
        """``content`` (UTF-8) redacted; the same bytes when the secret is not in them."""
        text = content.decode("utf-8", "replace")
        masked = self.redact(text)
        return content if masked is text else masked.encode()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __repr__(self) -> str:
        return f"Secret('{REDACTED}')"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("an API key is never pickled; pass it again where it is needed")


def redact(text: str, secret: Secret | None) -> str:
    return secret.redact(text) if secret is not None else text


def redact_url_query(url: str) -> str:
    """``url`` with its query string masked: a presigned URL's signature is a credential.

    ``https://bucket.s3.amazonaws.com/part?X-Amz-Signature=…`` shows as
    ``https://bucket.s3.amazonaws.com/part?***``; every URL in ``text`` is masked the same way.
    """
    return _URL_QUERY.sub(lambda match: match.group(1) + "?" + REDACTED, url)


_URL_QUERY = re.compile(r"((?:https?://)?[^\s?\"'<>]*)\?[^\s\"'<>#]*")


# --------------------------------------------------------------------------- keys in scope

_in_scope: ContextVar[tuple[Secret, ...]] = ContextVar("twelvelabs_analyze_secrets", default=())


@contextmanager
def redacting(secret: Secret | None) -> Iterator[None]:
    """Errors made inside the block mask ``secret`` too (in this thread or task, and tasks started in it)."""
    if secret is None or not secret.reveal() or secret in _in_scope.get():
        yield
        return
    token = _in_scope.set((*_in_scope.get(), secret))
    try:
        yield
    finally:
        _in_scope.reset(token)


def secrets_in_scope() -> tuple[Secret, ...]:
    return _in_scope.get()


def redact_in_scope(text: str) -> str:
    """``text`` with every key in scope masked."""
    for secret in _in_scope.get():
        text = secret.redact(text)
    return text


# --------------------------------------------------------------------------- values

# Deeper values than this are left as they are: decoded bodies nest at most 512 levels (``_json``).
_MAX_DEPTH = 600


def redacted(value: Any, secret: Secret, _depth: int = 0) -> Any:
    """``value`` with ``secret`` masked in all the text it holds; ``value`` itself when there is none.

    Text, bytes, lists, tuples, dicts (keys too), httpx responses, requests and headers, and attrs
    instances (the generated models: a copy with the masked fields) are looked into; other values
    (numbers, dates, ``UNSET``) hold no text and are kept. Containers are walked with loops, not
    comprehensions, so a value nested 512 levels deep needs 512 stack frames, not twice as many.
    """
    if isinstance(value, str):
        return secret.redact(value)
    if value is None or isinstance(value, int | float) or _depth > _MAX_DEPTH:
        return value
    depth = _depth + 1
    if isinstance(value, bytes):
        return secret.redact_bytes(value)
    if isinstance(value, list | tuple):
        items: list[Any] = []
        changed = False
        for item in value:
            masked = redacted(item, secret, depth)
            changed = changed or masked is not item
            items.append(masked)
        if not changed:
            return value
        return items if isinstance(value, list) else tuple(items)
    if isinstance(value, dict):
        pairs: dict[Any, Any] = {}
        changed = False
        for key, item in value.items():
            masked_key, masked = redacted(key, secret, depth), redacted(item, secret, depth)
            changed = changed or masked_key is not key or masked is not item
            pairs[masked_key] = masked
        return pairs if changed else value
    if isinstance(value, httpx.Response):
        return _redacted_response_if_needed(value, secret)
    if isinstance(value, httpx.Request):
        return _redacted_request(value, secret)
    if isinstance(value, httpx.Headers):
        return _redacted_headers(value, secret)
    if attrs.has(type(value)):
        return _redacted_attrs(value, secret, depth)
    return value


def _redacted_attrs(value: Any, secret: Secret, depth: int) -> Any:
    changes = {}
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name, None)
        masked = redacted(current, secret, depth)
        if masked is not current:
            changes[field.name] = masked
    if not changes:
        return value
    clone = copy.copy(value)  # keeps the fields set outside __init__ (additional_properties)
    for name, masked in changes.items():
        object.__setattr__(clone, name, masked)  # frozen classes too: the clone is ours
    return clone


def _redacted_headers(headers: httpx.Headers, secret: Secret) -> httpx.Headers:
    """``headers`` with the key header masked and the key masked in every value; the same object
    when there is nothing to mask."""
    items = headers.multi_items()
    masked = [(name, secret.redact(value)) for name, value in items]
    unchanged = all(new is old for (_, new), (_, old) in zip(masked, items, strict=True))
    if unchanged and headers.get(API_KEY_HEADER, REDACTED) == REDACTED:
        return headers
    result = httpx.Headers(masked, encoding=headers.encoding)
    if API_KEY_HEADER in result:
        result[API_KEY_HEADER] = REDACTED
    return result


def _redacted_request(request: httpx.Request, secret: Secret) -> httpx.Request:
    headers = _redacted_headers(request.headers, secret)
    url = secret.redact(str(request.url))
    if headers is request.headers and url == str(request.url):
        return request
    return httpx.Request(request.method, url, headers=headers)


def _redacted_response_if_needed(response: httpx.Response, secret: Secret) -> httpx.Response:
    request: httpx.Request | None = getattr(response, "_request", None)
    content: bytes = getattr(response, "_content", b"")  # a stream not read holds nothing yet
    if (
        (request is None or _redacted_request(request, secret) is request)
        and _redacted_headers(response.headers, secret) is response.headers
        and secret.redact_bytes(content) is content
    ):
        return response
    return redacted_response(response, secret, content=content)


# --------------------------------------------------------------------------- httpx objects


def scrub_request(request: httpx.Request) -> None:
    """Mask the key in a request that has been sent (its headers travel with every response)."""
    if API_KEY_HEADER in request.headers:
        request.headers[API_KEY_HEADER] = REDACTED


def redacted_response(
    response: httpx.Response, secret: Secret | None, *, content: bytes | None = None
) -> httpx.Response:
    """A copy of ``response`` safe to keep in an exception: no key in its body, headers or request.

    The copy has the same status, headers and (redacted) body — the response's own, which must have
    been read, or ``content`` (a stream's, which cannot be read again); its request has the same
    method and URL, and its headers without the key.
    """
    request: httpx.Request | None = getattr(response, "_request", None)  # None when built without one
    if content is None:
        content = response.content
    if secret is not None:
        content = secret.redact_bytes(content)
    copy_request = None
    if request is not None:
        headers = httpx.Headers(request.headers)
        url: httpx.URL | str = request.url
        if secret is not None:
            headers = _redacted_headers(headers, secret)
            url = secret.redact(str(url))
        if API_KEY_HEADER in headers:
            headers[API_KEY_HEADER] = REDACTED
        copy_request = httpx.Request(request.method, url, headers=headers)
    headers = httpx.Headers(response.headers)
    if secret is not None:
        headers = _redacted_headers(headers, secret)
    headers.pop("content-encoding", None)  # the copy holds decoded bytes
    headers.pop("transfer-encoding", None)
    if "content-length" in headers:
        headers["content-length"] = str(len(content))
    copy_response = httpx.Response(
        response.status_code, headers=headers, content=content, request=copy_request
    )
    copy_response.extensions.update({k: v for k, v in response.extensions.items() if k == "http_version"})
    return copy_response


# --------------------------------------------------------------------------- interrupted requests


def without_inner_frames(error: BaseException) -> None:
    """Cut ``error`` off from the frames it has passed through: ``raise error`` then raises it
    again from the raising frame on.

    An exception that interrupts a request (Ctrl-C, cancellation, anything httpx does not map)
    passes through httpx's frames, whose locals hold the request with the key in its headers; a
    traceback rendered with locals (pytest ``--showlocals``, Sentry) would show them. Exceptions
    chained to it lose their frames too, and a context its raiser suppressed (``raise … from
    None``, e.g. an httpx error whose text may echo the key) is dropped.
    """
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        if current.__suppress_context__:
            current.__context__ = None
        pending += (current.__cause__, current.__context__)
