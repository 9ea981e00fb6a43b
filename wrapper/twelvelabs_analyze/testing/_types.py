"""What the fake's handler returns and records; shared by the fake and its transports."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

__all__ = [
    "API_KEY_HEADER",
    "Disconnect",
    "FakeResponse",
    "Handler",
    "Part",
    "RecordedRequest",
    "Stall",
]

API_KEY_HEADER = "x-api-key"


@dataclass(frozen=True)
class Stall:
    """The body stops for ``seconds``: a read timeout shorter than that fires; after it, the rest follows."""

    seconds: float


@dataclass(frozen=True)
class Disconnect:
    """The connection is cut here: the body ends without its last chunk (always the last part)."""


Part = bytes | Stall | Disconnect


class FakeResponse(NamedTuple):
    """What the fake answers: status, headers, body bytes, and how long to wait before sending.

    ``parts`` is set for a streamed answer: the body as the chunks it is sent in (split at
    arbitrary points, inside lines and inside UTF-8 characters), with any injected stall or
    disconnect; ``body`` is then the bytes those chunks hold.
    """

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    delay: float = 0.0
    parts: tuple[Part, ...] | None = None

    @property
    def streamed(self) -> bool:
        return self.parts is not None


# (method, path with an optional "?query", headers, body) -> the answer.
Handler = Callable[[str, str, Mapping[str, str] | Iterable[tuple[str, str]], bytes], FakeResponse]


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received and the status it answered (kept in the order answered)."""

    method: str
    path: str
    headers: Mapping[str, str]  # lower-case names
    content: bytes
    json: Any  # the parsed body, or None when it was not JSON
    status: int
    time: float  # time.monotonic() on arrival
    query: str = ""  # the query string, as sent (without "?")

    @property
    def api_key(self) -> str | None:
        return self.headers.get(API_KEY_HEADER)

    def __repr__(self) -> str:
        # Never print a key: these records end up in assertion messages and CI logs.
        shown = {k: ("<redacted>" if k == API_KEY_HEADER else v) for k, v in self.headers.items()}
        target = self.path + (f"?{self.query}" if self.query else "")
        return (
            f"RecordedRequest(method={self.method!r}, path={target!r}, status={self.status}, "
            f"headers={shown!r}, json={self.json!r})"
        )
