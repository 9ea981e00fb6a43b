"""A string that matches a regular expression, for JSON schemas with a ``pattern``.

Walks the pattern as Python's own parser reads it (``re._parser``; JSON Schema patterns are
ECMA-262, which agrees with Python on everything a response schema reasonably uses). Lookarounds
and conditional groups are not supported: the caller gets :class:`PatternNotSupported`.
"""

from __future__ import annotations

import importlib
import random
import re
import string
from typing import Any

__all__ = ["PatternNotSupported", "string_matching"]

# Internal, but the module every Python since 3.11 compiles patterns with; typeshed has no stubs.
_parser: Any = importlib.import_module("re._parser")

_EXTRA_REPEATS = 3  # how far past its minimum an open-ended repeat (*, +, {n,}) goes
_DIGITS = string.digits
_WORD = string.ascii_letters + string.digits + "_"
_SPACE = " "
# What `.` and negated classes draw from: printable ASCII without the line break.
_PRINTABLE = "".join(chr(code) for code in range(0x20, 0x7F))


class PatternNotSupported(ValueError):
    """The pattern uses a construct this generator does not produce strings for."""


def _category(name: str) -> str:
    if "NOT_" in name:
        excluded = set(_category(name.replace("NOT_", "")))
        return "".join(ch for ch in _PRINTABLE if ch not in excluded)
    if name.endswith("DIGIT"):
        return _DIGITS
    if name.endswith("WORD"):
        return _WORD
    if name.endswith("SPACE"):
        return _SPACE
    raise PatternNotSupported(f"unsupported character category {name}")


def _class_members(items: list[Any]) -> tuple[str, bool]:
    """The characters a ``[...]`` class names (within printable ASCII for ranges), and whether negated."""
    negated = False
    members: list[str] = []
    for op, value in items:
        name = op.name
        if name == "NEGATE":
            negated = True
        elif name == "LITERAL":
            members.append(chr(value))
        elif name == "RANGE":
            low, high = value
            members.extend(chr(code) for code in range(low, min(high, low + 0x3FF) + 1))
        elif name == "CATEGORY":
            members.extend(_category(value.name))
        else:
            raise PatternNotSupported(f"unsupported construct {name} in a character class")
    return "".join(dict.fromkeys(members)), negated


def _emit(nodes: Any, rng: random.Random, groups: dict[int, str], out: list[str]) -> None:
    for op, value in nodes:
        name = op.name
        if name == "LITERAL":
            out.append(chr(value))
        elif name == "NOT_LITERAL":
            out.append(rng.choice([ch for ch in _WORD if ord(ch) != value]))
        elif name == "ANY":
            out.append(rng.choice(_WORD))
        elif name == "IN":
            members, negated = _class_members(value)
            if negated:
                excluded = set(members)
                members = "".join(ch for ch in _PRINTABLE if ch not in excluded)
            if not members:
                raise PatternNotSupported("a character class that matches nothing")
            out.append(rng.choice(members))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = value
            top = low + _EXTRA_REPEATS if high == _parser.MAXREPEAT else high
            for _ in range(rng.randint(low, max(low, top))):
                _emit(sub, rng, groups, out)
        elif name == "SUBPATTERN":
            number, _, _, sub = value
            start = len(out)
            _emit(sub, rng, groups, out)
            if number is not None:
                groups[number] = "".join(out[start:])
        elif name == "ATOMIC_GROUP":
            _emit(value, rng, groups, out)
        elif name == "BRANCH":
            _, branches = value
            _emit(rng.choice(branches), rng, groups, out)
        elif name == "GROUPREF":
            out.append(groups.get(value, ""))
        elif name == "AT":
            continue  # anchors: the string is built whole, start to end
        else:
            raise PatternNotSupported(f"unsupported construct {name}")


def string_matching(pattern: str, rng: random.Random, *, attempts: int = 20) -> str:
    """A string ``re.search(pattern, …)`` accepts; :class:`PatternNotSupported` when none is found."""
    try:
        compiled = re.compile(pattern)
        tree = _parser.parse(pattern)
    except re.error as exc:
        raise PatternNotSupported(f"invalid pattern {pattern!r}: {exc}") from None
    for _ in range(attempts):
        out: list[str] = []
        _emit(tree, rng, {}, out)
        candidate = "".join(out)
        if compiled.search(candidate):
            return candidate
    raise PatternNotSupported(f"no string found for the pattern {pattern!r}")
