"""Keeping the API key out of messages, reprs, logs, pickles, tracebacks and files.

The key lives in a :class:`Secret` from the moment a client receives it: its repr is ``'***'``,
it refuses to be pickled, and a traceback that shows local variables shows the wrapper, never the
text. :func:`redact` removes the key from text as a whole token — a one-letter test key must not
turn ``max_tokens`` into ``max_to***ens`` — and :func:`scrub_request` / :func:`redacted_response`
take it out of the httpx objects that errors and raw responses keep.
"""

from __future__ import annotations

import re
from typing import Final, NoReturn

import httpx

from ._constants import API_KEY_HEADER

__all__ = ["REDACTED", "Secret", "redact", "redacted_response", "scrub_request"]

REDACTED: Final = "***"
# Characters a key is made of; an occurrence next to one of them is part of a longer word.
_KEY_CHARACTERS = r"A-Za-z0-9_\-"


class Secret:
    """A string that never shows itself; ``reveal()`` is the only way to the text."""

    __slots__ = ("_pattern", "_value")

    def __init__(self, value: str) -> None:
        self._value = value
        self._pattern = re.compile(
            rf"(?<![{_KEY_CHARACTERS}]){re.escape(value)}(?![{_KEY_CHARACTERS}])" if value else r"(?!)"
        )

    def reveal(self) -> str:
        """The text itself: for the request header and for looking for it in text, never for display."""
        return self._value

    def redact(self, text: str) -> str:
        """``text`` with every whole-token occurrence of the secret replaced by ``***``."""
        if not self._value or self._value not in text:  # the usual case costs one substring search
            return text
        return self._pattern.sub(REDACTED, text)

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


def scrub_request(request: httpx.Request) -> None:
    """Mask the key in a request that has been sent (its headers travel with every response)."""
    if API_KEY_HEADER in request.headers:
        request.headers[API_KEY_HEADER] = REDACTED


def redacted_response(
    response: httpx.Response, secret: Secret | None, *, content: bytes | None = None
) -> httpx.Response:
    """A copy of ``response`` safe to keep in an exception: no key in its body or request.

    The copy has the same status, headers and (redacted) body — the response's own, which must have
    been read, or ``content`` (a stream's, which cannot be read again); its request has the same
    method and URL, and its headers without the key.
    """
    request: httpx.Request | None = getattr(response, "_request", None)  # None when built without one
    if content is None:
        content = response.content
    if secret is not None and secret.reveal() and secret.reveal().encode() in content:
        content = secret.redact(content.decode("utf-8", "replace")).encode()
    copy_request = None
    if request is not None:
        headers = httpx.Headers(request.headers)
        if API_KEY_HEADER in headers:
            headers[API_KEY_HEADER] = REDACTED
        copy_request = httpx.Request(request.method, request.url, headers=headers)
    headers = httpx.Headers(response.headers)
    headers.pop("content-encoding", None)  # the copy holds decoded bytes
    headers.pop("transfer-encoding", None)
    if "content-length" in headers:
        headers["content-length"] = str(len(content))
    copy = httpx.Response(response.status_code, headers=headers, content=content, request=copy_request)
    copy.extensions.update({k: v for k, v in response.extensions.items() if k == "http_version"})
    return copy
