"""The fake's vocabulary: seeded randomness, tokens, and the phrases every answer is built from."""

from __future__ import annotations

import hashlib
import json
import random
import re
from typing import Any

__all__ = [
    "ADJECTIVES",
    "NOUNS",
    "TOPICS",
    "clock",
    "count_tokens",
    "digest",
    "phrase",
    "prompt_focus",
    "seeded_random",
    "sentence",
    "title",
    "truncate_tokens",
    "verb",
    "with_article",
]

# A few words are not ASCII on purpose: streamed answers then hold multi-byte UTF-8 characters,
# and the chunk boundaries the fake chooses fall inside them (as they do on the wire).
ADJECTIVES = (
    "quiet", "bright", "rapid", "curious", "steady", "vivid", "gentle", "bold",
    "hidden", "urban", "coastal", "early", "final", "practical", "playful", "naïve",
)  # fmt: skip
NOUNS = (
    "journey", "kitchen", "workshop", "harbor", "market", "studio", "garden", "bridge",
    "experiment", "interview", "recipe", "match", "lecture", "festival", "café", "piñata",
)  # fmt: skip
_VERBS = (
    "explores", "shows", "explains", "follows", "compares", "reveals", "demonstrates",
    "captures", "walks through", "introduces", "revisits", "celebrates",
)  # fmt: skip
_PEOPLE = ("the host", "a chef", "the narrator", "the presenter", "a guide", "the team", "a student")
TOPICS = (
    "Travel", "Cooking", "Science", "Sports", "Education", "Music", "Technology", "Nature",
    "Craftsmanship", "Community", "Health", "History",
)  # fmt: skip

# Roughly what a tokenizer splits: words and single punctuation marks.
_TOKEN = re.compile(r"\w+|[^\w\s]")


def digest(value: Any, salt: str = "") -> bytes:
    """SHA-256 of ``salt`` and the canonical JSON of ``value`` (sorted keys): stable across runs."""
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((salt + canonical).encode()).digest()


def seeded_random(value: Any, salt: str = "") -> random.Random:
    """A generator seeded by ``value`` (any JSON data): the same value always gives the same draws."""
    return random.Random(int.from_bytes(digest(value, salt)[:8], "big"))


def count_tokens(text: str) -> int:
    return len(_TOKEN.findall(text))


def truncate_tokens(text: str, max_tokens: int | None) -> str:
    """``text`` cut after its ``max_tokens``-th token, as a model stops mid-output."""
    if max_tokens is None:
        return text
    for index, match in enumerate(_TOKEN.finditer(text)):
        if index + 1 == max_tokens:
            return text[: match.end()]
    return text


def phrase(rng: random.Random) -> str:
    return f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"


def with_article(words: str) -> str:
    """``words`` after "a" or "an", as it is spoken."""
    return ("an " if words[:1].lower() in "aeiou" else "a ") + words


def sentence(rng: random.Random) -> str:
    subject = rng.choice(_PEOPLE)
    return f"{subject[0].upper()}{subject[1:]} {rng.choice(_VERBS)} {with_article(phrase(rng))}."


def verb(rng: random.Random) -> str:
    return rng.choice(_VERBS)


def title(rng: random.Random) -> str:
    return " ".join(word.capitalize() for word in f"the {phrase(rng)} of the {phrase(rng)}".split())


def prompt_focus(prompt: str | None) -> str:
    """The prompt as one short line, to quote in the answer."""
    return " ".join((prompt or "").split())[:120]


def clock(seconds: float, *, millis: bool = False) -> str:
    """``seconds`` as ``hh:mm:ss`` (rounded) or ``hh:mm:ss.fff``; negative values read as zero."""
    if millis:
        total_ms = max(0, round(seconds * 1000))
        whole, ms = divmod(total_ms, 1000)
        return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}.{ms:03d}"
    whole = max(0, round(seconds))
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}"
