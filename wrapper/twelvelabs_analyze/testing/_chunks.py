"""Cutting a streamed body into the chunks it is sent in, and injecting stream faults.

Real connections deliver bytes in pieces that know nothing of lines or characters; so do these.
Chunk sizes are drawn from a seeded generator (the same answer is always cut the same way), and
when the body holds a multi-byte UTF-8 character one cut is forced inside it, so a reader that
decodes chunk by chunk fails every time, not once in a while.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ._types import Disconnect, Part, Stall

__all__ = ["MALFORMED_LINE", "StreamFault", "split", "with_fault"]

MAX_CHUNK = 64  # bytes
# What a broken server might send: a line cut short, never closed.
MALFORMED_LINE = b'{"event_type": "text_generation", "text": "unterminated\n'

FaultKind = Literal["disconnect", "malformed", "stall"]


@dataclass(frozen=True)
class StreamFault:
    """Something that goes wrong after ``after_events`` whole events of the next streamed answer."""

    after_events: int
    how: FaultKind
    stall_seconds: float = 0.0


def _forced_cut(body: bytes) -> int | None:
    """A position inside the first multi-byte UTF-8 character of ``body``, if it has one."""
    for index, byte in enumerate(body):
        if byte >= 0xC0:  # a lead byte: the next byte continues the character
            return index + 1
    return None


def split(body: bytes, rng: random.Random) -> list[bytes]:
    """``body`` in chunks of 1 to ``MAX_CHUNK`` bytes, cut at arbitrary points."""
    if not body:
        return []
    cuts = set()
    position = 0
    randint = rng.randint
    while True:
        position += randint(1, MAX_CHUNK)
        if position >= len(body):
            break
        cuts.add(position)
    forced = _forced_cut(body)
    if forced is not None:
        cuts.add(forced)
    bounds = [0, *sorted(cuts), len(body)]
    return [body[a:b] for a, b in itertools.pairwise(bounds)]


def with_fault(lines: Sequence[bytes], fault: StreamFault | None, rng: random.Random) -> tuple[Part, ...]:
    """The parts of a stream of ``lines``, with ``fault`` (if any) after its ``after_events`` lines."""
    if fault is None:
        return tuple(split(b"".join(lines), rng))
    head = b"".join(lines[: fault.after_events])
    tail = b"".join(lines[fault.after_events :])
    if fault.how == "disconnect":
        return (*split(head, rng), Disconnect())
    if fault.how == "malformed":
        return tuple(split(head + MALFORMED_LINE + tail, rng))
    return (*split(head, rng), Stall(fault.stall_seconds), *split(tail, rng))
