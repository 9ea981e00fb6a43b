"""Values that lie, and strategies of (value, what it really holds) pairs: shared by the schema tests.

Each hostile class overrides every method a subclass can to lie about its contents; ``true`` (or,
for containers, what CPython really stores) is what a normalizer must find. A pair's second item is
the plain JSON the value really holds, or ``Invalid(error class)`` when it cannot be sent as JSON.
"""

from __future__ import annotations

import enum
import math
import types
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, SupportsIndex

from hypothesis import strategies as st

from twelvelabs_analyze._schema import ArgumentTypeError, ArgumentValueError


class HostileStr(str):
    """A str whose overridable methods all lie; ``true`` is what it really holds."""

    true: str

    def __new__(cls, text: str) -> HostileStr:
        self = super().__new__(cls, text)
        self.true = text
        return self

    def __str__(self) -> str:
        return "LIE"

    __repr__ = __str__

    def __eq__(self, other: object) -> bool:
        return True

    def __ne__(self, other: object) -> bool:
        return False

    def __hash__(self) -> int:
        return 0

    def __len__(self) -> int:
        return 0

    def __iter__(self) -> Iterator[str]:
        return iter("LIE")

    def __getitem__(self, index: Any) -> str:
        return "L"

    def __contains__(self, item: object) -> bool:
        return True

    def strip(self, chars: str | None = None) -> str:
        return ""

    def isascii(self) -> bool:
        return True

    def encode(self, encoding: str = "utf-8", errors: str = "strict") -> bytes:
        return b""

    def split(self, sep: str | None = None, maxsplit: SupportsIndex = -1) -> list[str]:
        return []


class HostileInt(int):
    true: int

    def __new__(cls, number: int) -> HostileInt:
        self = super().__new__(cls, number)
        self.true = number
        return self

    def __index__(self) -> int:
        return 7

    def __int__(self) -> int:
        return 7

    def __eq__(self, other: object) -> bool:
        return True

    def __lt__(self, other: object) -> bool:
        return False

    __gt__ = __le__ = __ge__ = __lt__

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "LIE"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return False

    def bit_length(self) -> int:
        return 0


class HostileFloat(float):
    true: float

    def __new__(cls, number: float) -> HostileFloat:
        self = super().__new__(cls, number)
        self.true = number
        return self

    def __float__(self) -> float:
        return 0.5

    def __repr__(self) -> str:
        return "LIE"

    def __eq__(self, other: object) -> bool:
        return True

    def __sub__(self, other: object) -> float:
        return 0.0

    def __hash__(self) -> int:
        return 0

    def is_integer(self) -> bool:
        return True


class HostileList(list[Any]):
    def __iter__(self) -> Iterator[Any]:
        return iter(["LIE"])

    def __len__(self) -> int:
        return 0

    def __getitem__(self, index: Any) -> Any:
        return "LIE"

    def copy(self) -> list[Any]:
        return []


class HostileTuple(tuple[Any, ...]):
    def __iter__(self) -> Iterator[Any]:
        return iter(["LIE"])

    def __len__(self) -> int:
        return 0

    def __getitem__(self, index: Any) -> Any:
        return "LIE"


class HostileDict(dict[Any, Any]):
    def items(self) -> Any:
        return [("LIE", "LIE")]

    def keys(self) -> Any:
        return ["LIE"]

    def values(self) -> Any:
        return ["LIE"]

    def __iter__(self) -> Iterator[Any]:
        return iter(["LIE"])

    def __getitem__(self, key: Any) -> Any:
        return "LIE"

    def get(self, key: Any, default: Any = None) -> Any:
        return "LIE"

    def __len__(self) -> int:
        return 0

    def __contains__(self, key: object) -> bool:
        return False


class Color(enum.StrEnum):
    RED = "red"


class Size(enum.IntEnum):
    LARGE = 3


class Invalid:
    """The error a value must cause."""

    def __init__(self, error: type[Exception]) -> None:
        self.error = error


def _first_invalid(items: list[Any]) -> Invalid | None:
    return next((item for item in items if isinstance(item, Invalid)), None)


def _scalars(sendable_only: bool = False) -> st.SearchStrategy[tuple[Any, Any]]:
    text = st.text(max_size=5)
    finite = st.floats(allow_nan=False, allow_infinity=False)
    integers = st.integers(min_value=-(2**80), max_value=2**80)
    sendable = st.one_of(
        st.tuples(st.none(), st.none()),
        st.booleans().map(lambda b: (b, b)),
        integers.map(lambda i: (i, i)),
        finite.map(lambda f: (f, f)),
        text.map(lambda s: (s, s)),
        text.map(lambda s: (HostileStr(s), s)),
        integers.map(lambda i: (HostileInt(i), i)),
        finite.map(lambda f: (HostileFloat(f), f)),
        st.sampled_from([Color.RED, Size.LARGE]).map(lambda e: (e, e.value)),
    )
    if sendable_only:
        return sendable
    return st.one_of(
        sendable,
        st.sampled_from([math.nan, math.inf, -math.inf]).map(lambda f: (f, Invalid(ArgumentValueError))),
        st.sampled_from(["\ud800", "a\udbff", HostileStr("\udfff")]).map(
            lambda s: (s, Invalid(ArgumentValueError))
        ),
        st.just(4400).map(lambda digits: (10**digits, Invalid(ArgumentValueError))),
        st.sampled_from([b"b", {1}, object(), 1j, Decimal(1)]).map(lambda v: (v, Invalid(ArgumentTypeError))),
    )


def _containers(
    children: st.SearchStrategy[tuple[Any, Any]], sendable_only: bool = False
) -> st.SearchStrategy[tuple[Any, Any]]:
    pairs = st.lists(children, max_size=4)

    def sequence(kind: Any) -> Any:
        def build(items: list[tuple[Any, Any]]) -> tuple[Any, Any]:
            expected = [want for _, want in items]
            return kind([value for value, _ in items]), _first_invalid(expected) or expected

        return build

    keys = st.one_of(
        st.text(max_size=3).map(lambda s: (s, s)),
        st.text(max_size=3).map(lambda s: (HostileStr(s), s)),
        *(
            []
            if sendable_only
            else [st.sampled_from([1, None, (1,)]).map(lambda k: (k, Invalid(ArgumentTypeError)))]
        ),
    )

    def mapping(kind: Any) -> Any:
        def build(entries: list[tuple[tuple[Any, Any], tuple[Any, Any]]]) -> tuple[Any, Any]:
            value = kind({key: item for (key, _), (item, _) in entries})
            truth = {id(key): want for (key, want), _ in entries}
            wanted = {id(item): want for _, (item, want) in entries}
            expected: dict[str, Any] = {}
            # what CPython really stored (HostileStr keys all hash alike and claim equality)
            for key, item in dict.items(value) if isinstance(value, dict) else dict(value).items():
                text, want = truth[id(key)], wanted[id(item)]
                if isinstance(text, Invalid):
                    return value, text
                if text in expected:
                    return value, Invalid(ArgumentValueError)
                if isinstance(want, Invalid):
                    return value, want
                expected[text] = want
            return value, expected

        return build

    entries = st.lists(st.tuples(keys, children), max_size=4)
    return st.one_of(
        pairs.map(sequence(list)),
        pairs.map(sequence(tuple)),
        pairs.map(sequence(HostileList)),
        pairs.map(sequence(HostileTuple)),
        entries.map(mapping(dict)),
        entries.map(mapping(HostileDict)),
        entries.map(mapping(types.MappingProxyType)),
    )


PYTHON_VALUES = st.recursive(_scalars(), _containers, max_leaves=12)
SENDABLE_VALUES = st.recursive(
    _scalars(sendable_only=True), lambda inner: _containers(inner, sendable_only=True), max_leaves=12
)
"""Values that hold plain JSON (often behind lies): what a valid argument may contain."""


def object_pairs(
    children: st.SearchStrategy[tuple[Any, Any]], max_size: int = 4
) -> st.SearchStrategy[tuple[Any, Any]]:
    """(dict, what it really holds) with plain string keys: JSON objects whose values may lie."""

    def build(entries: dict[str, tuple[Any, Any]]) -> tuple[Any, Any]:
        value = {key: item for key, (item, _) in entries.items()}
        truths = [want for _, want in entries.values()]
        return value, _first_invalid(truths) or {key: want for key, (_, want) in entries.items()}

    return st.dictionaries(st.text(max_size=4), children, max_size=max_size).map(build)
