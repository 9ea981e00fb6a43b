"""Argument checkers compiled from the spec's JSON Schemas, so the client's rules are the spec's rules.

``SchemaCompiler(document).compile(schema)`` returns a :class:`Checker`; ``check(value, "temperature")``
returns a plain-JSON copy of ``value`` ready for ``json.dumps(..., allow_nan=False)`` or raises
:class:`ArgumentTypeError` / :class:`ArgumentValueError`, which name the parameter path first::

    temperature must be between 0 and 1, not 1.5
    types[1] must be one of 'hashtag', 'title', 'topic', not 'titel'
    video.url is required

A check is two passes over the value:

1. **Normalization**, the same for every schema: ``dict``/``Mapping`` → ``dict``, ``list``/``tuple`` →
   ``list``, ``str``/``int``/``float`` subclasses (``StrEnum``, ``IntEnum``, hostile ones) → the exact
   built-in value, read through the base type's own slots (``str.__str__``, ``int.__index__``,
   ``float.__float__``, ``dict.items``, ``list.__iter__``) so no method a subclass overrides is ever
   called. It rejects what JSON cannot carry: other types (``TypeError``); non-string keys
   (``TypeError``); NaN and infinities, strings with unpaired surrogates, integers longer than Python
   will print (``sys.get_int_max_str_digits()``), the same key twice after normalization, nesting
   deeper than :data:`MAX_DEPTH` levels and cycles (``ValueError``, never ``RecursionError``).
2. **Validation** of that plain copy by closures compiled once per schema.

Supported keywords (anything else is a :class:`SchemaCompileError` at compile time, so a spec change
that uses a new keyword fails loudly in the tests instead of being silently ignored): ``type``
(names or a list of names), ``enum``, ``const``, ``properties``, ``required``,
``additionalProperties``, ``propertyNames``, ``dependentRequired``, ``items``, ``prefixItems``,
``minItems``, ``maxItems``, ``uniqueItems``, ``minimum``, ``maximum``, ``exclusiveMinimum``,
``exclusiveMaximum``, ``multipleOf``, ``minLength``, ``maxLength``, ``pattern``, ``allOf``,
``anyOf``, ``oneOf``, ``not``, ``if``/``then``/``else``, ``$ref`` (local JSON pointers ``#/...``
into the document; recursion works), ``$defs``, ``discriminator`` (OpenAPI), ``format`` and the
annotations (``title``, ``description``, ``default``, ``examples``, ``deprecated``, ``readOnly``,
``writeOnly``, ``$schema``, ``$id``, ``$comment``, any ``x-*``), plus three extensions:

* ``x-error-message``: the message to use when this schema object fails (innermost one wins), for
  cross-field rules that JSON Schema's own errors would describe badly.
* ``x-max-tokens: N``: a string limit counted in tokens. The client cannot tokenize, so it rejects a
  string only when it certainly has more than N tokens: more than N whitespace-separated words.
* ``x-at-least: {A: {field: B, plus: N}}``: a bound between two properties of an object. When the
  object holds numbers at both ``A`` and ``B``, ``A - N >= B`` must hold (``plus``, a non-negative
  integer, defaults to 0); otherwise (either absent or not a number) it passes, as other keywords
  check those. For the documentation's "max_segment_duration must be greater than or equal to
  min_segment_duration". The error names ``A`` as the parameter.

Deliberate differences from Draft 2020-12 (as ``jsonschema.Draft202012Validator`` implements it):

* ``integer`` accepts ``int`` only: not ``bool`` and not integral floats such as ``1.0`` (JSON
  Schema accepts them; a Python caller passing ``1.0`` for a count has made a mistake).
  ``number`` accepts ``int`` and ``float``, never ``bool``.
* ``multipleOf`` with a float on either side compares the decimal numbers that are sent (``repr``),
  so ``0.3`` is a multiple of ``0.1``; jsonschema divides binary floats.
* ``x-max-tokens`` is ours; normalization rejects what jsonschema would accept but JSON cannot send
  (see 1.). ``format`` is an annotation, as in jsonschema by default. ``$id`` does not change how
  ``$ref`` resolves: refs always resolve in the whole document.

Compiling is lazy (first use) and memoized per schema object and per ``$ref``; this module imports
only the standard library's cheapest modules at load time.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol

__all__ = [
    "MAX_DEPTH",
    "ArgumentError",
    "ArgumentTypeError",
    "ArgumentValueError",
    "Checker",
    "SchemaCompileError",
    "SchemaCompiler",
]

MAX_DEPTH = 64
"""Most levels of nested lists/dicts a value may have (the value itself, when a container, is level 1)."""

# --------------------------------------------------------------------------- public errors


class ArgumentError(Exception):
    """An argument the spec does not allow; ``path`` locates it, ``parameter`` is its top-level name."""

    path: str
    parameter: str | None

    def __init__(self, message: str, path: str = "", parameter: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.parameter = parameter

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (str(self), self.path, self.parameter))


class ArgumentTypeError(ArgumentError, TypeError):
    """Not the JSON type the spec wants, not a JSON value at all, or a missing or unknown key."""


class ArgumentValueError(ArgumentError, ValueError):
    """The right type with a value the spec does not allow."""


class SchemaCompileError(Exception):
    """The schema uses a keyword this checker does not support, or is malformed (a bug in the spec)."""


class Checker(Protocol):
    """A compiled schema: returns the normalized plain-JSON copy of ``value`` or raises ArgumentError."""

    def __call__(self, value: object, path: str) -> Any: ...


# --------------------------------------------------------------------------- internal failures

Validator = Callable[[Any], None]
Predicate = Callable[[Any], bool]  # True where the validator of the same schema passes
_Message = Callable[..., str]

_TYPE = 0  # becomes ArgumentTypeError
_VALUE = 1  # becomes ArgumentValueError
_DEPTH = 2  # too deep or a cycle: ArgumentValueError, message decided by the checker
_NOT_JSON = 3  # not a JSON value: ArgumentTypeError, message improved with the schema's expectation


class _Fail(Exception):
    """A failed check. Cheap to raise: the message is rendered only if the caller sees it.

    ``trail`` collects the path innermost-first while the failure unwinds through containers, so
    nothing on the success path ever builds a path string; ``owners`` are the containers
    (normalization only), which tells a cycle from mere depth.
    """

    def __init__(self, kind: int, message: _Message, *args: Any) -> None:
        self.kind = kind
        self.message = message
        self.args_ = args
        self.trail: list[str | int] = []
        self.owners: list[object] = []
        self.custom: str | None = None
        self.expected: str | None = None  # for type failures at the failing value itself
        self.key_hint: str | None = None  # an unknown key at the top level is itself the parameter

    def render(self, path: str) -> str:
        if self.custom is not None:
            return self.custom
        return self.message(path, *self.args_)


def _subject(path: str) -> str:
    return path or "the value"


def _join(path: str, segments: Iterable[str | int]) -> str:
    """``path`` extended by ``segments``: ``.key`` for identifiers, ``['a b']`` otherwise, ``[3]``."""
    out = path
    for segment in segments:
        if type(segment) is int:
            out += f"[{segment}]"
        elif not out:
            out = str(segment)  # a top-level key is the parameter name as the caller spelled it
        elif str(segment).isidentifier():
            out += "." + str(segment)
        else:
            out += f"[{_show(segment)}]"
    return out


# --------------------------------------------------------------------------- safe, short display

_type_name_slot = type.__dict__["__name__"].__get__  # a metaclass cannot override this one
_SHORT_INT = 10**30
_SHOW_LIMIT = 60


def _type_name(value: object) -> str:
    name: str = _type_name_slot(type(value))
    return name


def _digits(number: int) -> int:
    """Decimal digits of ``number`` without ``str()`` (which refuses more than 4300 digits)."""
    n = -number if number < 0 else number
    if n < 10:
        return 1
    estimate = int((n.bit_length() - 1) * 0.30102999566398120) + 1
    if n < 10 ** (estimate - 1):
        return estimate - 1
    if n >= 10**estimate:
        return estimate + 1
    return estimate


def _show(value: object, limit: int = _SHOW_LIMIT) -> str:
    """A short repr of a plain JSON value (or of what a schema holds); never unbounded."""
    text = _bounded_repr(value, limit)
    if text is not None:
        return text
    cls = type(value)
    if cls is str:
        string: str = value  # type: ignore[assignment]
        return f"{string[: limit - 10]!r}… ({len(string)} characters)"
    if cls is int:
        return f"an integer of {_digits(value)} digits"  # type: ignore[arg-type]
    if cls is list:
        return f"a list of {len(value)} items"  # type: ignore[arg-type]
    if cls is dict:
        keys = len(value)  # type: ignore[arg-type]
        return f"a dict with {keys} key{'' if keys == 1 else 's'}"
    return f"a {_type_name(value)}"


def _bounded_repr(value: object, budget: int) -> str | None:
    """Python's repr of a plain JSON value when it fits in ``budget`` characters, else None."""
    parts: list[str] = []
    remaining = [budget]

    def put(text: str) -> bool:
        remaining[0] -= len(text)
        parts.append(text)
        return remaining[0] >= 0

    def walk(node: Any, depth: int) -> bool:
        cls = type(node)
        if cls is str:
            return len(node) <= remaining[0] and put(repr(node))
        if cls is int:
            return -_SHORT_INT < node < _SHORT_INT and put(repr(node))
        if cls is float or cls is bool or node is None:
            return put(repr(node))
        if depth > 8:
            return False
        if cls is list:
            if not put("["):
                return False
            for index, item in enumerate(node):
                if (index and not put(", ")) or not walk(item, depth + 1):
                    return False
            return put("]")
        if cls is dict:
            if not put("{"):
                return False
            for index, (key, item) in enumerate(node.items()):
                if (index and not put(", ")) or not walk(key, depth + 1) or not put(": "):
                    return False
                if not walk(item, depth + 1):
                    return False
            return put("}")
        return False

    return "".join(parts) if walk(value, 0) else None


def _one_of_phrase(values: list[Any]) -> str:
    shown = sorted({_show(value, 40) for value in values})
    if len(shown) == 1:
        return shown[0]
    if len(shown) > 15:
        shown = [*shown[:15], f"… ({len(shown)} values)"]
    return "one of " + ", ".join(shown)


# --------------------------------------------------------------------------- messages
# Each takes the rendered path first; values are plain JSON by the time a message is rendered.


def _msg_type(path: str, expected: str, value: object) -> str:
    return f"{_subject(path)} must be {expected}, not {_type_name(value)}"


def _msg_not_json(path: str, value: object) -> str:
    return (
        f"{_subject(path)} must be a JSON value (str, int, float, bool, None, list, tuple or dict), "
        f"not {_type_name(value)}"
    )


def _msg_unreadable(path: str, value: object, exc: BaseException) -> str:
    return f"{_subject(path)} is a {_type_name(value)} whose items could not be read ({_type_name(exc)})"


def _msg_not_finite(path: str, value: float) -> str:
    return f"{_subject(path)} must be a finite number, not {value!r}"


def _msg_big_int(path: str, digits: int, limit: int) -> str:
    return f"{_subject(path)} is an integer of {digits} digits; at most {limit} digits can be sent"


def _msg_surrogate(path: str, index: int, char: str, what: str) -> str:
    return f"{_subject(path)} {what} an unpaired surrogate {char!r} at index {index}, which is not valid text"


def _msg_key_type(path: str, key: object) -> str:
    return f"{_subject(path)} has a key of type {_type_name(key)}; keys must be strings"


def _msg_duplicate_key(path: str, key: str) -> str:
    return f"{_subject(path)} has the key {_show(key)} more than once"


def _msg_too_deep(path: str) -> str:
    return f"{_subject(path)} is nested more than {MAX_DEPTH} levels deep"


def _msg_cycle(path: str, at: str) -> str:
    return f"{_subject(path)} contains itself (at {at})"


def _msg_required(path: str) -> str:
    return f"{_subject(path)} is required"


def _msg_required_with(path: str, other: str) -> str:
    return f"{_subject(path)} is required when {other} is given"


def _msg_unknown_key(path: str, key: str, allowed: tuple[str, ...]) -> str:
    listed = ", ".join(allowed[:30]) + (f", … ({len(allowed)} keys)" if len(allowed) > 30 else "")
    if not path:
        name = key if key.isidentifier() else _show(key)
        return f"{name} is not a known parameter (allowed: {listed or 'none'})"
    if not allowed:
        return f"{path} has unknown key {_show(key)} (no keys are allowed)"
    return f"{path} has unknown key {_show(key)} (allowed: {listed})"


def _msg_value(path: str, expected: str, value: object) -> str:
    return f"{_subject(path)} must be {expected}, not {_show(value)}"


def _msg_phrase(path: str, phrase: str, value: object) -> str:
    return f"{_subject(path)} {phrase}, not {_show(value)}"


def _msg_count(path: str, phrase: str, count: int) -> str:
    return f"{_subject(path)} {phrase}, not {count}"


def _msg_plain(path: str, phrase: str) -> str:
    return f"{_subject(path)} {phrase}"


def _msg_tokens(path: str, words: int, limit: int) -> str:
    return f"{_subject(path)} has {words} words; the API accepts at most {limit} tokens"


def _msg_at_least(path: str, other: str, plus: int, bound: object, value: object) -> str:
    than = f"{other} + {plus}" if plus else other
    return f"{_subject(path)} must be at least {than} ({_show(bound)}), not {_show(value)}"


def _msg_unique(path: str, item: object) -> str:
    return f"{_subject(path)} contains {_show(item)} more than once"


def _msg_key_rejected(path: str, key: str, inner: _Fail) -> str:
    return f"{_subject(path)} has key {_show(key)}, but " + inner.render("its keys")


def _msg_none_matched(path: str, failures: list[_Fail]) -> str:
    reasons = "; ".join(
        f"({number}) {failure.render(_join(path, reversed(failure.trail)))}"
        for number, failure in enumerate(failures, 1)
    )
    return f"{_subject(path)} matches none of the {len(failures)} allowed forms: {reasons}"


def _msg_many_matched(path: str, matched: list[int]) -> str:
    listed = ", ".join(str(number) for number in matched)
    return f"{_subject(path)} matches the allowed forms {listed}, but must match exactly one"


# --------------------------------------------------------------------------- normalization

_SAFE_INT = 10**640  # sys.set_int_max_str_digits cannot go below 640: anything smaller always prints
_EMPTY: tuple[()] = ()


def _plain(value: Any, depth: int) -> Any:
    """The plain JSON copy of ``value`` (see the module docstring); raises _Fail."""
    cls = type(value)
    if cls is str:
        return value if value.isascii() else _checked_text(value, "contains")
    if cls is int:
        return value if -_SAFE_INT < value < _SAFE_INT else _checked_int(value)
    if cls is float:
        if value - value == 0.0:  # false for NaN and both infinities
            return value
        raise _Fail(_VALUE, _msg_not_finite, value)
    if cls is bool or value is None:
        return value
    if cls is dict:
        return _plain_object(value.items(), depth, value)
    if cls is list or cls is tuple:
        return _plain_array(value, depth, value)
    return _plain_other(value, depth)


def _plain_other(value: object, depth: int) -> Any:
    """Subclasses and mappings, read through the base types' slots; anything else is not JSON.

    ``issubclass(type(value), ...)``, not ``isinstance``: isinstance believes a lying ``__class__``.
    """
    cls = type(value)
    if issubclass(cls, str):
        return _plain(str.__str__(value), depth)
    if issubclass(cls, int):  # bool is never subclassed, and was handled exactly
        return _plain(int.__index__(value), depth)  # type: ignore[arg-type]
    if issubclass(cls, float):
        return _plain(float.__float__(value), depth)  # type: ignore[arg-type]
    if issubclass(cls, dict):
        return _plain_object(dict.items(value), depth, value)  # type: ignore[arg-type]
    if issubclass(cls, list):
        return _plain_array(list.__iter__(value), depth, value)  # type: ignore[arg-type]
    if issubclass(cls, tuple):
        return _plain_array(tuple.__iter__(value), depth, value)  # type: ignore[arg-type]
    if issubclass(cls, Mapping):
        try:  # the mapping's own code: all it can do wrong is fail to list its items
            items = list(value.items())  # type: ignore[attr-defined]
        except Exception as exc:
            raise _Fail(_TYPE, _msg_unreadable, value, exc) from None
        return _plain_object(items, depth, value)
    raise _Fail(_NOT_JSON, _msg_not_json, value)


def _checked_text(text: str, what: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _Fail(_VALUE, _msg_surrogate, exc.start, text[exc.start], what) from None
    return text


def _checked_int(number: int) -> int:
    limit = sys.get_int_max_str_digits()
    if limit:
        digits = _digits(number)
        if digits > limit:
            raise _Fail(_VALUE, _msg_big_int, digits, limit)
    return number


def _plain_key(key: object) -> str:
    if issubclass(type(key), str):
        text = str.__str__(key)
        return text if text.isascii() else _checked_text(text, "has a key with")
    raise _Fail(_TYPE, _msg_key_type, key)


def _too_deep(owner: object) -> _Fail:
    failure = _Fail(_DEPTH, _msg_too_deep)
    failure.owners.append(owner)
    return failure


def _plain_object(items: Iterable[tuple[Any, Any]], depth: int, owner: object) -> dict[str, Any]:
    if depth >= MAX_DEPTH:
        raise _too_deep(owner)
    depth += 1
    out: dict[str, Any] = {}
    converted = False  # once a key was converted, two keys may share a text
    for key, item in items:
        if type(key) is not str:
            try:
                key = _plain_key(key)  # noqa: PLW2901 - the normalized key replaces the original
            except _Fail as failure:
                failure.owners.append(owner)
                raise
            converted = True
        elif not key.isascii():
            try:
                _checked_text(key, "has a key with")
            except _Fail as failure:
                failure.owners.append(owner)
                raise
        if converted and key in out:
            duplicate = _Fail(_VALUE, _msg_duplicate_key, key)
            duplicate.owners.append(owner)
            raise duplicate
        cls = type(item)
        if (cls is str and item.isascii()) or cls is bool or item is None:
            out[key] = item
        else:
            try:
                out[key] = _plain(item, depth)
            except _Fail as failure:
                failure.trail.append(key)
                failure.owners.append(owner)
                raise
    return out


def _plain_array(items: Iterable[Any], depth: int, owner: object) -> list[Any]:
    if depth >= MAX_DEPTH:
        raise _too_deep(owner)
    depth += 1
    out: list[Any] = []
    append = out.append
    for index, item in enumerate(items):
        cls = type(item)
        if (cls is str and item.isascii()) or cls is bool or item is None:
            append(item)
        else:
            try:
                append(_plain(item, depth))
            except _Fail as failure:
                failure.trail.append(index)
                failure.owners.append(owner)
                raise
    return out


# --------------------------------------------------------------------------- JSON equality

_BOOL_TAG = object()
_LIST_TAG = object()
_DICT_TAG = object()


def _json_key(value: Any) -> Any:
    """A hashable key under which JSON-equal plain values collide: ``1 == 1.0``, ``True != 1``."""
    cls = type(value)
    if cls is bool:
        return (_BOOL_TAG, value)
    if cls is list:
        return (_LIST_TAG, tuple(map(_json_key, value)))
    if cls is dict:
        return (_DICT_TAG, frozenset((key, _json_key(item)) for key, item in value.items()))
    return value


_JSON_FAMILY = {str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


def _family(value: object) -> str:
    cls = type(value)
    return _JSON_FAMILY.get(cls) or ("array" if cls is list else "object" if cls is dict else "other")


# --------------------------------------------------------------------------- the compiler

_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list,),
    "object": (dict,),
}
_TYPE_PHRASES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "null": "None",
    "array": "a list",
    "object": "a dict",
}
_ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "default",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$schema",
        "$id",
        "$comment",
        "format",
        "discriminator",
        "$defs",
    }
)
_KEYWORDS = _ANNOTATIONS | {
    "type",
    "enum",
    "const",
    "properties",
    "required",
    "additionalProperties",
    "propertyNames",
    "dependentRequired",
    "items",
    "prefixItems",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "if",
    "then",
    "else",
    "$ref",
    "x-error-message",
    "x-max-tokens",
    "x-at-least",
}
_UNSET: Any = object()
_MISSING: Any = object()


class _Slot:
    """One schema object, being compiled (``done`` False) or compiled; recursion goes through it."""

    __slots__ = ("call", "done", "schema", "validator")

    def __init__(self, schema: object) -> None:
        self.schema = schema  # kept alive, so no other object can take its id
        self.done = False
        self.validator: Validator | None = None
        self.call: Validator = _unfinished  # what a recursive use calls: the validator, or _accept

    def finish(self, validator: Validator | None) -> None:
        self.validator = validator
        self.call = validator if validator is not None else _accept
        self.done = True


def _unfinished(value: object) -> None:
    raise RuntimeError("a schema was used before it was compiled")  # unreachable: compile rolls back


def _accept(value: object) -> None:
    return None


def _seq(validators: list[Validator]) -> Validator | None:
    if not validators:
        return None
    if len(validators) == 1:
        return validators[0]
    if len(validators) == 2:
        first, second = validators

        def both(value: Any) -> None:
            first(value)
            second(value)

        return both
    steps = tuple(validators)

    def each(value: Any) -> None:
        for step in steps:
            step(value)

    return each


class SchemaCompiler:
    """Compiles JSON Schemas whose ``$ref`` (``#/...``) resolve in ``document``; thread-safe, memoized."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        import threading  # noqa: PLC0415 - loaded by httpx anyway; kept off this module's import path

        self._document = document
        self._lock = threading.RLock()
        # Every schema object compiled, by id: a $ref is its target object, so two spellings of one
        # pointer share a slot, and recursion (through $ref or a Python dict that contains itself)
        # goes through the slot of the object being compiled.
        self._slots: dict[int, _Slot] = {}
        self._checkers: dict[int, tuple[object, _SchemaChecker]] = {}
        # Schema objects entered since the last step into a property, item or key: meeting one of
        # them again would check the same value forever.
        self._in_place: list[int] = []

    def compile(self, schema: Mapping[str, Any] | bool) -> Checker:
        """The checker for ``schema``: the same checker for the same schema object, and for every bare
        ``{"$ref": ...}`` to the same target (so a fresh ``{"$ref": ...}`` per call costs no memory)."""
        with self._lock:
            if isinstance(schema, Mapping) and set(schema) - _ANNOTATIONS == {"$ref"}:
                schema = self.resolve(schema["$ref"])  # a document node: it stays alive, its id unique
            found = self._checkers.get(id(schema))
            if found is not None:
                return found[1]
            if not isinstance(schema, (bool, Mapping)):
                raise SchemaCompileError(f"a schema must be a mapping or a bool, not {_type_name(schema)}")
            slots = dict(self._slots)
            try:
                validator = self._validator(schema, "schema")
            except BaseException:
                # forget what this attempt compiled: parts of it may wait on slots that never finished
                self._slots, self._in_place = slots, []
                raise
            try:
                fast = self._fast(schema, 0, 0)
            except SchemaCompileError:  # unreachable for a schema that compiled; the full check remains
                fast = None
            checker = _SchemaChecker(validator, schema, self, fast if fast is not _generic_marker else None)
            self._checkers[id(schema)] = (schema, checker)  # keeps ``schema`` alive: its id stays unique
            return checker

    # ------------------------------------------------------------------ resolution

    def resolve(self, pointer: str, where: str = "schema") -> Any:
        """The document node at a local ``$ref`` such as ``#/components/schemas/GistType``."""
        if not isinstance(pointer, str) or not pointer.startswith("#"):
            raise SchemaCompileError(f"{where}: only local $ref ('#/...') is supported, not {pointer!r}")
        from urllib.parse import unquote  # noqa: PLC0415 - compile time only

        node: Any = self._document
        fragment = unquote(pointer[1:])
        if fragment and not fragment.startswith("/"):
            raise SchemaCompileError(f"{where}: $ref {pointer!r} is not a JSON pointer ('#/...')")
        for raw in fragment.split("/")[1:]:
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise SchemaCompileError(f"{where}: $ref {pointer!r} points at nothing in the document")
        return node

    def _resolved(self, schema: Any, where: str) -> Any:
        """``schema`` with ``$ref``-only wrappers and single-member ``allOf`` followed (for analysis)."""
        for _ in range(50):
            if not isinstance(schema, Mapping):
                return schema
            own = set(schema) - _ANNOTATIONS - {"x-error-message"}
            if own == {"$ref"}:
                schema = self.resolve(schema["$ref"], where)
            elif own == {"allOf"} and isinstance(schema["allOf"], list) and len(schema["allOf"]) == 1:
                schema = schema["allOf"][0]
            else:
                return schema
        return schema

    # ------------------------------------------------------------------ compiling

    def _validator(self, schema: Any, where: str) -> Validator | None:
        if schema is True:
            return None
        if schema is False:
            return _reject_all
        if not isinstance(schema, Mapping):
            raise SchemaCompileError(
                f"{where}: a schema must be an object or a bool, not {_type_name(schema)}"
            )
        key = id(schema)
        slot = self._slots.get(key)
        if slot is not None:
            if slot.done:
                return slot.validator
            if key in self._in_place:
                raise SchemaCompileError(
                    f"{where}: the schema leads back to itself without entering a property, item or key, "
                    "so checking it would never end"
                )
            pending = slot

            def recurse(value: Any) -> None:  # the slot's validator is only known once compiled
                pending.call(value)

            return recurse
        slot = self._slots[key] = _Slot(schema)
        self._in_place.append(key)
        try:
            validator = self._compile_mapping(schema, where)
        finally:
            self._in_place.pop()
        slot.finish(validator)
        return validator

    def _nested(self, schema: Any, where: str) -> Validator | None:
        """A subschema applied to a property, item or key: a ``$ref`` loop through it is fine."""
        saved, self._in_place = self._in_place, []
        try:
            return self._validator(schema, where)
        finally:
            self._in_place = saved

    def _ref(self, pointer: Any, where: str) -> Validator | None:
        return self._validator(self.resolve(pointer, where), pointer)

    def _compile_mapping(self, schema: Mapping[str, Any], where: str) -> Validator | None:
        unknown = sorted(
            key
            for key in schema
            if key not in _KEYWORDS and not (isinstance(key, str) and key.startswith("x-"))
        )
        if unknown:
            raise SchemaCompileError(f"{where}: unsupported keyword(s) {', '.join(map(repr, unknown))}")
        for name in ("$schema", "$id", "$comment", "title", "description", "format", "x-error-message"):
            if name in schema and not isinstance(schema[name], str):
                raise SchemaCompileError(f"{where}: {name} must be a string")
        if "$defs" in schema and not isinstance(schema["$defs"], Mapping):
            raise SchemaCompileError(f"{where}: $defs must be an object")
        if "discriminator" in schema:
            disc = schema["discriminator"]
            if not isinstance(disc, Mapping) or not isinstance(disc.get("propertyName"), str):
                raise SchemaCompileError(f"{where}: discriminator must be an object with a propertyName")

        enum_values = self._enum_values(schema, where)
        steps: list[Validator] = []
        typed = self._typed(schema, where, enum_values)
        if typed is not None:
            steps.append(typed)
        if enum_values is not None and not self._enum_done_by_type(schema, enum_values):
            steps.append(_enum_validator(enum_values))
        steps.extend(self._applicators(schema, where))
        rules = _at_least_rules(schema, where)
        if rules:
            steps.append(_at_least_validator(rules))
        validator = _seq(steps)
        message = schema.get("x-error-message")
        if message is not None and validator is not None:
            validator = _with_message(validator, message)
        return validator

    # ------------------------------------------------------------------ enum / const

    @staticmethod
    def _enum_values(schema: Mapping[str, Any], where: str) -> list[Any] | None:
        values: list[Any] | None = None
        if "enum" in schema:
            enum = schema["enum"]
            if not isinstance(enum, list) or not enum:
                raise SchemaCompileError(f"{where}: enum must be a non-empty list")
            values = [_schema_constant(value, where) for value in enum]
        if "const" in schema:
            const = _schema_constant(schema["const"], where)
            if values is None:
                values = [const]
            else:  # both: only values equal to the const survive
                values = [value for value in values if _json_key(value) == _json_key(const)]
        return values

    @staticmethod
    def _enum_done_by_type(schema: Mapping[str, Any], values: list[Any]) -> bool:
        """Whether the typed validator already checked a string enum (its fast path)."""
        types = _type_names(schema.get("type", _UNSET), "")
        return bool(values) and types in ([], ["string"]) and all(type(v) is str for v in values)

    # ------------------------------------------------------------------ type and per-type keywords

    def _typed(
        self, schema: Mapping[str, Any], where: str, enum_values: list[Any] | None
    ) -> Validator | None:
        names = _type_names(schema.get("type", _UNSET), where)
        allowed: frozenset[type] | None = None
        if names:
            allowed = frozenset(t for name in names for t in _PY_TYPES[name])
        if enum_values is not None:
            expected = _one_of_phrase(enum_values)
        else:
            expected = " or ".join(_TYPE_PHRASES[name] for name in names)

        if enum_values is not None and self._enum_done_by_type(schema, enum_values):
            return _string_enum_validator(
                frozenset(enum_values), expected, _string_checks(schema, where), names == ["string"]
            )

        per_type: dict[type, Validator] = {}
        string = _seq(_string_checks(schema, where))
        if string is not None:
            per_type[str] = string
        number = _seq(_number_checks(schema, where))
        if number is not None:
            per_type[int] = per_type[float] = number
        array = self._array_checks(schema, where)
        if array is not None:
            per_type[list] = array
        obj = self._object_checks(schema, where)
        if obj is not None:
            per_type[dict] = obj
        if allowed is not None:
            per_type = {cls: check for cls, check in per_type.items() if cls in allowed}
        return _typed_validator(allowed, expected, per_type)

    def _array_checks(self, schema: Mapping[str, Any], where: str) -> Validator | None:
        min_items = _count(schema, "minItems", where)
        max_items = _count(schema, "maxItems", where)
        unique = schema.get("uniqueItems", False)
        if not isinstance(unique, bool):
            raise SchemaCompileError(f"{where}: uniqueItems must be a bool")
        prefix: list[Validator | None] = []
        if "prefixItems" in schema:
            members = schema["prefixItems"]
            if not isinstance(members, list) or not members:
                raise SchemaCompileError(f"{where}: prefixItems must be a non-empty list of schemas")
            prefix = [self._nested(member, f"{where}/prefixItems/{i}") for i, member in enumerate(members)]
        items_schema = schema.get("items", True)
        if isinstance(items_schema, list):
            raise SchemaCompileError(f"{where}: items must be one schema (use prefixItems for tuples)")
        if items_schema is False:
            max_items = len(prefix) if max_items is None else min(max_items, len(prefix))
            items: Validator | None = None
        else:
            items = self._nested(items_schema, f"{where}/items")
        if not min_items and max_items is None and not unique and items is None and not any(prefix):
            return None
        return _array_validator(min_items or 0, max_items, tuple(prefix), items, unique)

    def _object_checks(self, schema: Mapping[str, Any], where: str) -> Validator | None:
        properties = schema.get("properties", {})
        if not isinstance(properties, Mapping):
            raise SchemaCompileError(f"{where}: properties must be an object")
        compiled = {name: self._nested(sub, f"{where}/properties/{name}") for name, sub in properties.items()}
        required = _strings(schema, "required", where)
        additional_schema = schema.get("additionalProperties", True)
        additional: Validator | bool | None
        if additional_schema is False:
            additional = False
        else:
            additional = self._nested(additional_schema, f"{where}/additionalProperties")
        names = self._nested(schema.get("propertyNames", True), f"{where}/propertyNames")
        dependent: list[tuple[str, tuple[str, ...]]] = []
        if "dependentRequired" in schema:
            rules = schema["dependentRequired"]
            if not isinstance(rules, Mapping):
                raise SchemaCompileError(f"{where}: dependentRequired must be an object")
            for key in rules:
                dependent.append((key, _strings(rules, key, f"{where}/dependentRequired")))
        if (
            additional is None
            and not required
            and names is None
            and not dependent
            and not any(compiled.values())
        ):
            return None
        return _object_validator(compiled, required, additional, names, tuple(dependent))

    # ------------------------------------------------------------------ applicators

    def _applicators(self, schema: Mapping[str, Any], where: str) -> list[Validator]:
        steps: list[Validator] = []
        if "$ref" in schema:
            ref = self._ref(schema["$ref"], where)
            if ref is not None:
                steps.append(ref)
        if "allOf" in schema:
            for i, member in enumerate(self._schema_list(schema, "allOf", where)):
                compiled = self._validator(member, f"{where}/allOf/{i}")
                if compiled is not None:
                    steps.append(compiled)
        for keyword, exactly_one in (("anyOf", False), ("oneOf", True)):
            if keyword in schema:
                members = self._schema_list(schema, keyword, where)
                compiled_members = [
                    self._validator(member, f"{where}/{keyword}/{i}") for i, member in enumerate(members)
                ]
                route = self._route(schema, members, where)
                tests = [self._predicate(member, 0) for member in members]
                steps.append(
                    _alternatives(
                        compiled_members,
                        exactly_one,
                        route,
                        None if None in tests else tuple(t for t in tests if t is not None),
                    )
                )
        if "not" in schema:
            negated = self._validator(schema["not"], f"{where}/not")
            culprits = self._culprits(schema["not"], where)
            steps.append(_negation(negated, culprits, schema["not"], self._predicate(schema["not"], 0)))
        for keyword in ("then", "else"):
            if keyword in schema:
                self._validator(schema[keyword], f"{where}/{keyword}")  # checked even when unused
        if "if" in schema:
            condition = self._validator(schema["if"], f"{where}/if")
            then = self._validator(schema.get("then", True), f"{where}/then")
            otherwise = self._validator(schema.get("else", True), f"{where}/else")
            if then is not None or otherwise is not None:
                steps.append(_conditional(condition, then, otherwise, self._predicate(schema["if"], 0)))
        return steps

    # ------------------------------------------------------------------ the fast path

    def _fast(self, schema: Any, depth: int, level: int) -> Fast:
        """One function that normalizes *and* validates a value of the usual shape in a single pass,
        returning the plain copy the full check would return, or :data:`_NO` for anything else.

        The full check is two passes and a chain of small closures per value (type, then length,
        then pattern …); this is one call per property of a request body. It covers exact JSON
        types (``str``/``int``/``float``/``bool``/``None``/``list``/``tuple``/``dict`` with ASCII
        ``str`` keys) under ``type``, string ``enum``/``const``, length, pattern, ``x-max-tokens``,
        bounds, ``items``, ``minItems``/``maxItems``/``uniqueItems``, ``properties``, ``required``
        and ``additionalProperties``; every other part of a schema (``oneOf``, ``not``, ``if`` …)
        runs its compiled validator on the plain copy. :data:`_NO` sends the value through the full
        check, which raises the error (or, for what the fast path does not cover, accepts it).
        ``depth`` is the normalization depth of the value (as ``_plain`` counts it); ``level``
        bounds the nesting this builder follows (recursive schemas).
        """
        resolved = self._resolved(schema, "schema")
        if level > 8 or not isinstance(resolved, Mapping):
            return self._fast_generic(schema, depth)
        own = set(resolved) - _ANNOTATIONS - {"x-error-message"}
        types = _type_names(resolved.get("type", _UNSET), "schema")
        values = self._enum_values(resolved, "schema")
        if values is not None:
            if (
                not self._enum_done_by_type(resolved, values)
                or own - {"type", "enum", "const"} - _STRING_KEYS
            ):
                return self._fast_generic(schema, depth)
            return _fast_string(resolved, frozenset(values))
        if own in ({"oneOf"}, {"anyOf"}):  # with a discriminator: the member the tag names
            (keyword,) = own
            members = self._schema_list(resolved, keyword, "schema")
            route = self._route(resolved, members, "schema")
            if route is not None:
                prop, targets = route
                fast_members = [self._fast(member, depth, level + 1) for member in members]
                return _fast_routed(prop, {key: fast_members[i] for key, i in targets.items()})
        if len(types) != 1:
            return self._fast_generic(schema, depth)
        (kind,) = types
        if kind == "string" and own <= {"type"} | _STRING_KEYS:
            return _fast_string(resolved, None)
        if kind in ("integer", "number") and own <= {"type"} | _NUMBER_KEYS:
            return _fast_number(resolved, kind == "number")
        if kind == "boolean" and own == {"type"}:
            return _fast_boolean
        if kind == "null" and own == {"type"}:
            return _fast_null
        if kind == "array" and own <= {"type", "items", "minItems", "maxItems", "uniqueItems"}:
            items = self._fast(resolved.get("items", True), depth + 1, level + 1)
            return _fast_array(
                items,
                _count(resolved, "minItems", "schema") or 0,
                _count(resolved, "maxItems", "schema"),
                resolved.get("uniqueItems", False) is True,
            )
        if kind == "object" and own <= _OBJECT_KEYS:
            properties = {
                name: self._fast(sub, depth + 1, level + 1)
                for name, sub in resolved.get("properties", {}).items()
            }
            additional_schema = resolved.get("additionalProperties", True)
            additional = (
                None if additional_schema is False else self._fast(additional_schema, depth + 1, level + 1)
            )
            # The cross-field rules (allOf, not, if …) on the plain copy: one generated test when
            # they use only what it covers, else their compiled validators.
            rest: Validator | None = None
            if own & _APPLICATORS:
                rule = _RuleWriter(self).function({k: resolved[k] for k in own & _APPLICATORS})
                rest = _seq(self._applicators(resolved, "schema")) if rule is None else _raise_unless(rule)
            return _fast_object(properties, _strings(resolved, "required", "schema"), additional, rest)
        return self._fast_generic(schema, depth)

    def _fast_generic(self, schema: Any, depth: int) -> Fast:
        """The two passes for one value: normalize (at its depth), then the compiled validator."""
        validator = self._nested(schema, "schema")
        if validator is None and depth == 0:
            return _generic_marker  # the whole value: nothing faster than the full check itself

        def generic(value: Any) -> Any:
            try:
                plain = _plain(value, depth)
                if validator is not None:
                    validator(plain)
            except (_Fail, RecursionError):
                return _NO
            return plain

        return generic

    def _predicate(self, schema: Any, depth: int) -> Predicate | None:
        """A test that returns what the compiled validator's verdict would be, without raising.

        For the schemas ``not``, ``if`` and ``oneOf``/``anyOf`` typically hold (``required``,
        ``properties`` of such schemas, string ``const``/``enum``), whose validators *fail* on the
        ordinary call (``not: {required: [video_id]}`` fails whenever video_id is absent): a raised
        and caught failure costs a microsecond or two, a test a tenth of that. ``None`` for any
        other schema, which keeps the validator. Called on compiled (so well-formed) schemas only.
        """
        if depth > 8:
            return None
        schema = self._resolved(schema, "schema")
        if schema is True:
            return _always
        if schema is False:
            return _never
        if not isinstance(schema, Mapping):
            return None
        own = set(schema) - _ANNOTATIONS - {"x-error-message"}
        types = _type_names(schema.get("type", _UNSET), "schema")
        if own - {"required", "properties", "const", "enum", "type"}:
            return None
        values = self._enum_values(schema, "schema")
        if values is not None:
            if not self._enum_done_by_type(schema, values):
                return None
            allowed = frozenset(values)
            return lambda value: type(value) is str and value in allowed
        if types not in ([], ["object"]):
            return None
        required = _strings(schema, "required", "schema")
        properties: list[tuple[str, Predicate]] = []
        for name, sub in schema.get("properties", {}).items():
            inner = self._predicate(sub, depth + 1)
            if inner is None:
                return None
            if inner is not _always:
                properties.append((name, inner))
        only_objects = bool(types)
        if not required and not properties:
            return (lambda value: type(value) is dict) if only_objects else _always
        checked = tuple(properties)

        def test(value: Any) -> bool:
            if type(value) is not dict:
                return not only_objects
            for name in required:
                if name not in value:
                    return False
            for name, sub in checked:  # noqa: SIM110 - a loop, not all(generator): half the cost
                if name in value and not sub(value[name]):
                    return False
            return True

        return test

    @staticmethod
    def _schema_list(schema: Mapping[str, Any], keyword: str, where: str) -> list[Any]:
        members = schema[keyword]
        if not isinstance(members, list) or not members:
            raise SchemaCompileError(f"{where}: {keyword} must be a non-empty list of schemas")
        return members

    def _culprits(self, negated: Any, where: str) -> tuple[str, ...]:
        """For ``not: {required: [...]}``: the keys whose presence makes the negation fail."""
        resolved = self._resolved(negated, where)
        if isinstance(resolved, Mapping) and set(resolved) - _ANNOTATIONS <= {"required", "x-error-message"}:
            return _strings(resolved, "required", where)
        return ()

    def _route(
        self, schema: Mapping[str, Any], members: list[Any], where: str
    ) -> tuple[str, dict[Any, int]] | None:
        """A discriminator: a property every member requires and pins to its own value.

        Routing on it gives exactly the verdict of trying every member (the others all fail on that
        property), and the error comes from the member the caller meant.
        """
        pinned: list[dict[str, Any]] = []
        for member in members:
            resolved = self._resolved(member, where)
            if not isinstance(resolved, Mapping):
                return None
            required = resolved.get("required", [])
            properties = resolved.get("properties", {})
            if not isinstance(required, list) or not isinstance(properties, Mapping):
                return None
            values: dict[str, Any] = {}
            for name, written in properties.items():
                if name not in required:
                    continue
                sub = self._resolved(written, where)
                if not isinstance(sub, Mapping):
                    continue
                if "const" in sub:
                    values[name] = sub["const"]
                elif isinstance(sub.get("enum"), list) and len(sub["enum"]) == 1:
                    values[name] = sub["enum"][0]
            pinned.append(values)
        candidates = [name for name in pinned[0] if all(name in values for values in pinned)]
        hinted = schema.get("discriminator", {}).get("propertyName") if "discriminator" in schema else None
        if hinted in candidates:
            candidates.remove(hinted)
            candidates.insert(0, hinted)
        for name in candidates:
            keys = [_json_key(values[name]) for values in pinned]
            try:
                if len(set(keys)) == len(keys):
                    return name, {key: index for index, key in enumerate(keys)}
            except TypeError:
                continue
        return None


def _type_names(spec: Any, where: str) -> list[str]:
    if spec is _UNSET:
        return []
    names = [spec] if isinstance(spec, str) else spec
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise SchemaCompileError(f"{where}: type must be a type name or a non-empty list of them")
    unknown = [n for n in names if n not in _PY_TYPES]
    if unknown or len(set(names)) != len(names):
        raise SchemaCompileError(f"{where}: type has unknown or repeated names {names!r}")
    return list(names)


def _schema_constant(value: Any, where: str) -> Any:
    """A value from the schema (enum, const), which must itself be plain JSON."""
    try:
        return _plain(value, 0)
    except _Fail:
        raise SchemaCompileError(f"{where}: enum/const values must be JSON values") from None


def _count(schema: Mapping[str, Any], keyword: str, where: str) -> int | None:
    value = schema.get(keyword)
    if value is None:
        return None
    if type(value) is float and value.is_integer():
        value = int(value)
    if type(value) is not int or value < 0:
        raise SchemaCompileError(f"{where}: {keyword} must be a non-negative integer")
    return value


def _bound(schema: Mapping[str, Any], keyword: str, where: str) -> int | float | None:
    value = schema.get(keyword)
    if value is None:
        return None
    if type(value) not in (int, float) or (type(value) is float and not math.isfinite(value)):
        raise SchemaCompileError(f"{where}: {keyword} must be a finite number")
    number: int | float = value
    return number


AtLeast = tuple[str, str, int]  # (property, the property it is bounded by, the least difference)


def _at_least_rules(schema: Mapping[str, Any], where: str) -> tuple[AtLeast, ...]:
    """``x-at-least`` as (A, B, N) triples: ``A - N >= B``."""
    if "x-at-least" not in schema:
        return ()
    rules = schema["x-at-least"]
    if not isinstance(rules, Mapping) or not rules:
        raise SchemaCompileError(f"{where}: x-at-least must be a non-empty object")
    out: list[AtLeast] = []
    for name, rule in rules.items():
        other: Any = rule.get("field") if isinstance(rule, Mapping) else None
        plus: Any = rule.get("plus", 0) if isinstance(rule, Mapping) else None
        if (
            type(name) is not str
            or type(other) is not str
            or other == name
            or type(plus) is not int
            or plus < 0
            or set(rule) - {"field", "plus"}
        ):
            raise SchemaCompileError(
                f"{where}: x-at-least maps a property to {{field: another property, plus: an integer >= 0}}"
            )
        out.append((name, other, plus))
    return tuple(out)


def _at_least_validator(rules: tuple[AtLeast, ...]) -> Validator:
    def check(value: Any) -> None:
        if type(value) is not dict:
            return
        for name, other, plus in rules:
            high: Any = value.get(name)
            low: Any = value.get(other)
            # Exact for int and float alike (no conversion, so no overflow); bool is not a number.
            if type(high) in _NUMBERS and type(low) in _NUMBERS and not high - plus >= low:
                failure = _Fail(_VALUE, _msg_at_least, other, plus, low + plus, high)
                failure.trail.append(name)
                raise failure

    return check


def _strings(schema: Mapping[str, Any], keyword: str, where: str) -> tuple[str, ...]:
    values = schema.get(keyword, [])
    if (
        not isinstance(values, list)
        or not all(type(v) is str for v in values)
        or len(set(values)) != len(values)
    ):
        raise SchemaCompileError(f"{where}: {keyword} must be a list of distinct strings")
    return tuple(values)


def _string_checks(schema: Mapping[str, Any], where: str) -> list[Validator]:
    checks: list[Validator] = []
    low = _count(schema, "minLength", where)
    high = _count(schema, "maxLength", where)
    if low or high is not None:
        checks.append(_length_validator(low or 0, high, "character"))
    if "pattern" in schema:
        import re  # noqa: PLC0415 - compile time only

        pattern = schema["pattern"]
        if not isinstance(pattern, str):
            raise SchemaCompileError(f"{where}: pattern must be a string")
        try:
            search = re.compile(pattern).search
        except re.error as exc:
            raise SchemaCompileError(
                f"{where}: pattern {pattern!r} is not a valid regular expression: {exc}"
            ) from None
        phrase = f"must match the pattern {_show(pattern, 80)}"

        def check_pattern(value: str) -> None:
            if search(value) is None:
                raise _Fail(_VALUE, _msg_phrase, phrase, value)

        checks.append(check_pattern)
    if "x-max-tokens" in schema:
        limit = _count(schema, "x-max-tokens", where)
        if not limit:
            raise SchemaCompileError(f"{where}: x-max-tokens must be a positive integer")

        def check_tokens(value: str) -> None:
            # Each word has a character and a separator but the last: fewer characters mean fewer words.
            if (len(value) + 1) // 2 > limit:
                words = len(value.split())
                if words > limit:
                    raise _Fail(_VALUE, _msg_tokens, words, limit)

        checks.append(check_tokens)
    return checks


def _number_checks(schema: Mapping[str, Any], where: str) -> list[Validator]:
    checks: list[Validator] = []
    minimum = _bound(schema, "minimum", where)
    exclusive_minimum = _bound(schema, "exclusiveMinimum", where)
    maximum = _bound(schema, "maximum", where)
    exclusive_maximum = _bound(schema, "exclusiveMaximum", where)
    # The stricter bound of each side wins; on a tie the exclusive one.
    low, low_open = minimum, False
    if exclusive_minimum is not None and (low is None or exclusive_minimum >= low):
        low, low_open = exclusive_minimum, True
    high, high_open = maximum, False
    if exclusive_maximum is not None and (high is None or exclusive_maximum <= high):
        high, high_open = exclusive_maximum, True
    if low is not None or high is not None:
        checks.append(_bounds_validator(low, low_open, high, high_open))
    if "multipleOf" in schema:
        step = _bound(schema, "multipleOf", where)
        if step is None or step <= 0:
            raise SchemaCompileError(f"{where}: multipleOf must be a number greater than 0")
        checks.append(_multiple_validator(step))
    return checks


# --------------------------------------------------------------------------- validator factories


def _reject_all(value: object) -> None:
    raise _Fail(_VALUE, _msg_plain, "is not allowed here")


def _with_message(validator: Validator, message: str) -> Validator:
    def check(value: Any) -> None:
        try:
            validator(value)
        except _Fail as failure:
            if failure.custom is None:
                failure.custom = message
                # A rule the spec words itself is about which values go together: a ValueError,
                # whichever keyword (required, not, oneOf …) expresses it.
                failure.kind = _VALUE
            raise

    return check


def _type_fail(expected: str, value: object) -> _Fail:
    failure = _Fail(_TYPE, _msg_type, expected, value)
    failure.expected = expected
    return failure


def _typed_validator(
    allowed: frozenset[type] | None, expected: str, per_type: dict[type, Validator]
) -> Validator | None:
    if allowed is None:
        if not per_type:
            return None
        get = per_type.get

        def check_any(value: Any) -> None:
            check = get(type(value))
            if check is not None:
                check(value)

        return check_any
    if len(allowed) == 1:
        (only,) = allowed
        inner = per_type.get(only)
        if inner is None:

            def check_type(value: Any) -> None:
                if type(value) is not only:
                    raise _type_fail(expected, value)

            return check_type

        def check_type_then(value: Any) -> None:
            if type(value) is not only:
                raise _type_fail(expected, value)
            inner(value)

        return check_type_then
    get = per_type.get

    def check_types(value: Any) -> None:
        cls = type(value)
        if cls not in allowed:
            raise _type_fail(expected, value)
        check = get(cls)
        if check is not None:
            check(value)

    return check_types


def _string_enum_validator(
    values: frozenset[str], expected: str, extra: list[Validator], string_only: bool
) -> Validator:
    more = _seq(extra)

    def check(value: Any) -> None:
        if type(value) is not str:
            if string_only:
                raise _type_fail(expected, value)
            raise _enum_fail(list(values), expected, value)
        if value not in values:
            raise _Fail(_VALUE, _msg_value, expected, value)
        if more is not None:
            more(value)

    return check


def _enum_fail(values: list[Any], expected: str, value: object) -> _Fail:
    """A value outside an enum: a type error when no allowed value has its JSON type."""
    family = _family(value)
    if all(_family(allowed) != family for allowed in values):
        return _type_fail(expected, value)
    return _Fail(_VALUE, _msg_value, expected, value)


def _enum_validator(values: list[Any]) -> Validator:
    expected = _one_of_phrase(values) if values else "nothing (no value is allowed)"
    keys = frozenset(_json_key(value) for value in values)

    def check(value: Any) -> None:
        if _json_key(value) not in keys:
            raise _enum_fail(values, expected, value)

    return check


_NOT_EMPTY = "must not be empty"


def _length_phrase(low: int, high: int | None, unit: str) -> str:
    if low == 1 and high is None:
        return _NOT_EMPTY
    if high is None:
        return f"must have at least {low} {unit}s"
    if not low:
        return f"must have at most {high} {unit}{'' if high == 1 else 's'}"
    if low == high:
        return f"must have exactly {low} {unit}{'' if low == 1 else 's'}"
    return f"must have between {low} and {high} {unit}s"


def _size_fail(phrase: str, size: int) -> _Fail:
    if phrase == _NOT_EMPTY:
        return _Fail(_VALUE, _msg_plain, phrase)
    return _Fail(_VALUE, _msg_count, phrase, size)


def _length_validator(low: int, high: int | None, unit: str) -> Validator:
    phrase = _length_phrase(low, high, unit)
    top = sys.maxsize if high is None else high

    def check(value: Any) -> None:
        size = len(value)
        if not low <= size <= top:
            raise _size_fail(phrase, size)

    return check


def _bounds_phrase(low: float | None, low_open: bool, high: float | None, high_open: bool) -> str:
    lower = None if low is None else ("greater than " if low_open else "at least ") + _show(low)
    upper = None if high is None else ("less than " if high_open else "at most ") + _show(high)
    if lower and upper:
        if not low_open and not high_open:
            return f"must be between {_show(low)} and {_show(high)}"
        return f"must be {lower} and {upper}"
    return f"must be {lower or upper}"


def _bounds_validator(low: float | None, low_open: bool, high: float | None, high_open: bool) -> Validator:
    # int/float comparisons in Python are exact, whatever the size: no conversion, no OverflowError.
    phrase = _bounds_phrase(low, low_open, high, high_open)
    if low is not None and high is not None and not low_open and not high_open:

        def check_closed(value: Any) -> None:
            if not low <= value <= high:
                raise _Fail(_VALUE, _msg_phrase, phrase, value)

        return check_closed

    def check(value: Any) -> None:
        if low is not None and (value < low or (low_open and value == low)):
            raise _Fail(_VALUE, _msg_phrase, phrase, value)
        if high is not None and (value > high or (high_open and value == high)):
            raise _Fail(_VALUE, _msg_phrase, phrase, value)

    return check


def _multiple_validator(step: float) -> Validator:
    phrase = f"must be a multiple of {_show(step)}"

    def check(value: Any) -> None:
        if type(value) is int and type(step) is int:
            if value % step:
                raise _Fail(_VALUE, _msg_phrase, phrase, value)
            return
        from fractions import Fraction  # noqa: PLC0415 - only for float multiples

        # The decimal numbers JSON carries (repr), exactly: 0.3 is a multiple of 0.1.
        quotient = Fraction(repr(value)) / Fraction(repr(step))
        if quotient.denominator != 1:
            raise _Fail(_VALUE, _msg_phrase, phrase, value)

    return check


def _array_validator(
    min_items: int,
    max_items: int | None,
    prefix: tuple[Validator | None, ...],
    items: Validator | None,
    unique: bool,
) -> Validator:
    size_phrase = _length_phrase(min_items, max_items, "item")
    top = sys.maxsize if max_items is None else max_items
    start = len(prefix)

    def check(value: list[Any]) -> None:
        size = len(value)
        if not min_items <= size <= top:
            raise _size_fail(size_phrase, size)
        for index, sub in enumerate(prefix):
            if sub is not None and index < size:
                try:
                    sub(value[index])
                except _Fail as failure:
                    failure.trail.append(index)
                    raise
        if items is not None:
            for index in range(start, size):
                try:
                    items(value[index])
                except _Fail as failure:
                    failure.trail.append(index)
                    raise
        if unique:
            seen: set[Any] = set()
            for item in value:
                key = item if type(item) is str else _json_key(item)
                if key in seen:
                    raise _Fail(_VALUE, _msg_unique, item)
                seen.add(key)

    return check


def _object_validator(
    properties: dict[str, Validator | None],
    required: tuple[str, ...],
    additional: Validator | bool | None,
    names: Validator | None,
    dependent: tuple[tuple[str, tuple[str, ...]], ...],
) -> Validator:
    allowed = tuple(properties)
    checked = tuple((name, sub) for name, sub in properties.items() if sub is not None)
    get = properties.get

    def missing(name: str) -> _Fail:
        failure = _Fail(_TYPE, _msg_required)
        failure.trail.append(name)
        return failure

    def check(value: dict[str, Any]) -> None:
        for name in required:
            if name not in value:
                raise missing(name)
        if additional is None:
            for name, sub in checked:
                item = value.get(name, _MISSING)
                if item is not _MISSING:
                    try:
                        sub(item)
                    except _Fail as failure:
                        failure.trail.append(name)
                        raise
        else:
            for key, item in value.items():
                found: Any = get(key, _MISSING)
                if found is _MISSING:
                    if additional is False:
                        unknown = _Fail(_TYPE, _msg_unknown_key, key, allowed)
                        unknown.key_hint = key
                        raise unknown
                    found = additional
                if found is not None:
                    try:
                        found(item)
                    except _Fail as failure:
                        failure.trail.append(key)
                        raise
        if names is not None:
            for key in value:
                try:
                    names(key)
                except _Fail as inner:
                    rejected = _Fail(_TYPE, _msg_key_rejected, key, inner)
                    rejected.custom = inner.custom
                    raise rejected from None
        for key, needed in dependent:
            if key in value:
                for name in needed:
                    if name not in value:
                        absent = _Fail(_TYPE, _msg_required_with, key)
                        absent.trail.append(name)
                        raise absent

    return check


# --------------------------------------------------------------------------- fast-path factories

Fast = Callable[[Any], Any]  # the plain copy of a valid value of the usual shape, or _NO
_NO: Any = object()  # "not on the fast path": the full check decides
_STRING_KEYS = frozenset({"minLength", "maxLength", "pattern", "x-max-tokens"})
_NUMBER_KEYS = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})
_APPLICATORS = frozenset({"allOf", "anyOf", "oneOf", "not", "if", "then", "else", "$ref"})
_OBJECT_KEYS = frozenset({"type", "properties", "required", "additionalProperties"}) | _APPLICATORS


def _generic_marker(value: Any) -> Any:
    return _NO


def _fast_boolean(value: Any) -> Any:
    return value if type(value) is bool else _NO


def _fast_null(value: Any) -> Any:
    return value if value is None else _NO


def _fast_string(schema: Mapping[str, Any], allowed: frozenset[str] | None) -> Fast:
    low = _count(schema, "minLength", "schema") or 0
    high = _count(schema, "maxLength", "schema")
    top = sys.maxsize if high is None else high
    search = None
    if "pattern" in schema:
        import re  # noqa: PLC0415 - compile time only

        search = re.compile(schema["pattern"]).search
    tokens = _count(schema, "x-max-tokens", "schema")

    def fast(value: Any) -> Any:
        if type(value) is not str:
            return _NO
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return _NO
        if allowed is not None and value not in allowed:
            return _NO
        if not low <= len(value) <= top:
            return _NO
        if search is not None and search(value) is None:
            return _NO
        if tokens is not None and (len(value) + 1) // 2 > tokens and len(value.split()) > tokens:
            return _NO
        return value

    return fast


def _fast_number(schema: Mapping[str, Any], floats: bool) -> Fast:
    minimum = _bound(schema, "minimum", "schema")
    exclusive_minimum = _bound(schema, "exclusiveMinimum", "schema")
    maximum = _bound(schema, "maximum", "schema")
    exclusive_maximum = _bound(schema, "exclusiveMaximum", "schema")

    def fast(value: Any) -> Any:
        cls = type(value)
        if cls is int:
            if not -_SAFE_INT < value < _SAFE_INT:
                return _NO
        elif cls is not float or not floats or value - value != 0.0:  # NaN and infinities
            return _NO
        if minimum is not None and value < minimum:
            return _NO
        if exclusive_minimum is not None and value <= exclusive_minimum:
            return _NO
        if maximum is not None and value > maximum:
            return _NO
        if exclusive_maximum is not None and value >= exclusive_maximum:
            return _NO
        return value

    return fast


def _fast_array(items: Fast, low: int, high: int | None, unique: bool) -> Fast:
    top = sys.maxsize if high is None else high

    def fast(value: Any) -> Any:
        cls = type(value)
        if cls is not list and cls is not tuple:
            return _NO
        if not low <= len(value) <= top:
            return _NO
        out: list[Any] = []
        append = out.append
        for item in value:
            plain = items(item)
            if plain is _NO:
                return _NO
            append(plain)
        if unique:
            seen: set[Any] = set()
            for item in out:
                key = item if type(item) is str else _json_key(item)
                if key in seen:
                    return _NO
                seen.add(key)
        return out

    return fast


_RULE_KEYS = (
    frozenset({"type", "enum", "const", "required", "properties"})
    | frozenset({"allOf", "anyOf", "oneOf", "not", "if", "then", "else"})
    | _STRING_KEYS
    | _NUMBER_KEYS
    | {"x-at-least"}
)
_NUMBERS = frozenset({int, float})


class _RuleWriter:
    """Writes a schema of cross-field rules (``required``, ``properties``, string ``const``/``enum``,
    bounds, string limits under ``allOf``/``anyOf``/``oneOf``/``not``/``if``) as one Python
    expression over a plain value, compiled into one function: True exactly where the compiled
    validator would pass. The spec's rules (``prompt`` and ``prompt_v2`` are mutually exclusive,
    ``max_tokens`` bounds by model …) then cost one call instead of a tree of closures. Constants
    (names, values, compiled patterns) are passed in by name, never written into the source.
    """

    def __init__(self, compiler: SchemaCompiler) -> None:
        self._compiler = compiler
        self._names: dict[str, Any] = {"_NUMBERS": _NUMBERS, "_NO": _NO}

    def function(self, schema: Any) -> Predicate | None:
        expression = self._expression(schema, "v", 0)
        if expression is None or len(expression) > 20_000:
            return None
        namespace = dict(self._names)
        exec(compile(f"def rule(v):\n    return {expression}\n", "<schema rules>", "exec"), namespace)
        rule: Predicate = namespace["rule"]
        return rule

    def _constant(self, value: Any) -> str:
        name = f"_k{len(self._names)}"
        self._names[name] = value
        return name

    def _expression(self, schema: Any, var: str, depth: int) -> str | None:
        compiler = self._compiler
        schema = compiler._resolved(schema, "schema")
        if schema is True:
            return "True"
        if schema is False:
            return "False"
        if depth > 8 or not isinstance(schema, Mapping):
            return None
        own = set(schema) - _ANNOTATIONS - {"x-error-message"}
        if own - _RULE_KEYS:
            return None
        values = compiler._enum_values(schema, "schema")
        if values is not None:
            if not compiler._enum_done_by_type(schema, values) or own - {"type", "enum", "const"}:
                return None
            return f"(type({var}) is str and {var} in {self._constant(frozenset(values))})"
        parts: list[str] = []
        types = _type_names(schema.get("type", _UNSET), "schema")
        if types:
            allowed = frozenset(t for name in types for t in _PY_TYPES[name])
            parts.append(f"type({var}) in {self._constant(allowed)}")
        if own & _STRING_KEYS:  # values are normalized: a string here is encodable
            check = self._constant(_fast_string(schema, None))
            parts.append(f"(type({var}) is not str or {check}({var}) is not _NO)")
        if own & _NUMBER_KEYS:
            parts.append(self._bounds(schema, var))
        for name, other, plus in _at_least_rules(schema, "schema"):
            high, low = f"{var}.get({self._constant(name)})", f"{var}.get({self._constant(other)})"
            parts.append(
                f"(type({var}) is not dict or type({high}) not in _NUMBERS or type({low}) not in _NUMBERS"
                f" or {high} - {plus} >= {low})"
            )
        if "required" in own or "properties" in own:
            checks = self._object(schema, var, depth)
            if checks is None:
                return None
            if checks:
                parts.append(f"(type({var}) is not dict or ({' and '.join(checks)}))")
        for member in schema.get("allOf", ()):
            inner = self._expression(member, var, depth + 1)
            if inner is None:
                return None
            parts.append(inner)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                members = [self._expression(member, var, depth + 1) for member in schema[keyword]]
                if None in members:
                    return None
                if keyword == "anyOf":
                    parts.append("(" + " or ".join(f"({m})" for m in members) + ")")
                else:
                    parts.append("((" + ") + (".join(f"{m}" for m in members) + ") == 1)")
        if "not" in schema:
            inner = self._expression(schema["not"], var, depth + 1)
            if inner is None:
                return None
            parts.append(f"(not {inner})")
        if "if" in schema:
            condition, then, otherwise = (
                self._expression(schema.get(keyword, True), var, depth + 1)
                for keyword in ("if", "then", "else")
            )
            if condition is None or then is None or otherwise is None:
                return None
            parts.append(f"(({then}) if ({condition}) else ({otherwise}))")
        if not parts:
            return "True"
        return "(" + " and ".join(parts) + ")"

    def _bounds(self, schema: Mapping[str, Any], var: str) -> str:
        bounds = []
        for keyword, operator in (
            ("minimum", ">="),
            ("exclusiveMinimum", ">"),
            ("maximum", "<="),
            ("exclusiveMaximum", "<"),
        ):
            bound = _bound(schema, keyword, "schema")
            if bound is not None:
                bounds.append(f"{var} {operator} {self._constant(bound)}")
        return f"(type({var}) not in _NUMBERS or ({' and '.join(bounds)}))"

    def _object(self, schema: Mapping[str, Any], var: str, depth: int) -> list[str] | None:
        checks = [f"{self._constant(name)} in {var}" for name in _strings(schema, "required", "schema")]
        for name, sub in schema.get("properties", {}).items():
            key = self._constant(name)
            inner = self._expression(sub, f"{var}[{key}]", depth + 1)
            if inner is None:
                return None
            if inner != "True":
                checks.append(f"({key} not in {var} or {inner})")
        return checks


def _raise_unless(rule: Predicate) -> Validator:
    def check(value: Any) -> None:
        if not rule(value):
            raise _Fail(_VALUE, _msg_plain, "breaks a rule")  # seen only as _NO: the full check reports

    return check


def _fast_routed(prop: str, members: dict[Any, Fast]) -> Fast:
    """oneOf/anyOf with a discriminator: the member the value's tag names (a string tag only)."""

    def fast(value: Any) -> Any:
        if type(value) is not dict:
            return _NO
        tag = value.get(prop)
        if type(tag) is not str:
            return _NO
        member = members.get(tag)
        return _NO if member is None else member(value)

    return fast


def _fast_object(
    properties: dict[str, Fast], required: tuple[str, ...], additional: Fast | None, rest: Validator | None
) -> Fast:
    get = properties.get

    def fast(value: Any) -> Any:
        if type(value) is not dict:
            return _NO
        out = {}
        for key, item in value.items():
            if type(key) is not str or not key.isascii():
                return _NO
            check = get(key, additional)
            if check is None:  # not a property, and additionalProperties is false
                return _NO
            plain = check(item)
            if plain is _NO:
                return _NO
            out[key] = plain
        for name in required:
            if name not in out:
                return _NO
        if rest is not None:
            try:
                rest(out)
            except (_Fail, RecursionError):
                return _NO
        return out

    return fast


def _always(value: object) -> bool:
    return True


def _never(value: object) -> bool:
    return False


def _alternatives(
    members: list[Validator | None],
    exactly_one: bool,
    route: tuple[str, dict[Any, int]] | None,
    tests: tuple[Predicate, ...] | None = None,
) -> Validator:
    """anyOf (``exactly_one`` False) or oneOf, routed by a discriminator when the members have one.

    ``tests``: a predicate per member when every member has one; the value passes when they say
    so, and only a failing value goes through the members' validators (for the error).
    """

    def evaluate(value: Any) -> None:
        failures: list[_Fail] = []
        matched: list[int] = []
        for number, member in enumerate(members, 1):
            if member is None:
                matched.append(number)
            else:
                try:
                    member(value)
                except _Fail as failure:
                    failures.append(failure)
                    continue
                matched.append(number)
            if not exactly_one:
                return
        if len(matched) == 1 or (matched and not exactly_one):
            return
        if matched:
            raise _Fail(_VALUE, _msg_many_matched, matched)
        raise _best_failure(failures, value)

    if tests is not None and route is None:

        def tested(value: Any) -> None:
            matched = 0
            for test in tests:
                if test(value):
                    if not exactly_one:
                        return
                    matched += 1
            if matched != 1:
                evaluate(value)  # raises the error the members' validators describe

        return tested
    if route is None:
        return evaluate
    prop, targets = route
    expected = _one_of_phrase([_unkey(key) for key in targets])

    def routed(value: Any) -> None:
        if type(value) is not dict:
            evaluate(value)
            return
        tag = value.get(prop, _MISSING)
        if tag is _MISSING:
            failure = _Fail(_TYPE, _msg_required)
            failure.trail.append(prop)
            raise failure
        index = targets.get(_json_key(tag))
        if index is None:
            failure = _enum_fail([_unkey(key) for key in targets], expected, tag)
            failure.trail.append(prop)
            raise failure
        member = members[index]
        if member is not None:
            member(value)

    return routed


def _unkey(key: Any) -> Any:
    """The value back from a _json_key of a scalar (discriminator values are scalars)."""
    if type(key) is tuple and key and key[0] is _BOOL_TAG:
        return key[1]
    return key


def _best_failure(failures: list[_Fail], value: object) -> _Fail:
    """What to report when no alternative matched.

    All wanted other types: one type error listing them. One alternative got past the type check:
    its error (the caller meant that one). Otherwise every alternative's reason.
    """
    shallow = [f for f in failures if f.expected is not None and not f.trail and f.custom is None]
    if len(shallow) == len(failures):
        phrases = list(dict.fromkeys(f.expected for f in shallow if f.expected is not None))
        return _type_fail(" or ".join(phrases), value)
    deep = [f for f in failures if f not in shallow]
    if len(deep) == 1:
        return deep[0]
    kind = _TYPE if all(f.kind == _TYPE for f in failures) else _VALUE
    return _Fail(kind, _msg_none_matched, failures)


def _negation(
    negated: Validator | None, culprits: tuple[str, ...], schema: Any, test: Predicate | None = None
) -> Validator:
    shown = _show(schema, 80)

    def check(value: Any) -> None:
        if test is not None:
            if not test(value):
                return
        elif negated is not None:
            try:
                negated(value)
            except _Fail:
                return
        if type(value) is dict:
            for name in culprits:
                if name in value:
                    failure = _Fail(_VALUE, _msg_plain, "is not allowed here")
                    failure.trail.append(name)
                    raise failure
        raise _Fail(_VALUE, _msg_plain, f"must not match {shown}")

    return check


def _conditional(
    condition: Validator | None,
    then: Validator | None,
    otherwise: Validator | None,
    test: Predicate | None = None,
) -> Validator:
    if test is not None:

        def tested(value: Any) -> None:
            if test(value):
                if then is not None:
                    then(value)
            elif otherwise is not None:
                otherwise(value)

        return tested

    def check(value: Any) -> None:
        if condition is not None:
            try:
                condition(value)
            except _Fail:
                if otherwise is not None:
                    otherwise(value)
                return
        if then is not None:
            then(value)

    return check


# --------------------------------------------------------------------------- the checker


class _SchemaChecker:
    """What :meth:`SchemaCompiler.compile` returns: normalize, validate, turn failures into errors."""

    __slots__ = ("_compiler", "_fast", "_validate", "schema")

    def __init__(
        self,
        validate: Validator | None,
        schema: Mapping[str, Any] | bool,
        compiler: SchemaCompiler,
        fast: Fast | None = None,
    ) -> None:
        self._validate = validate
        self.schema = schema
        self._compiler = compiler
        self._fast = fast

    def __call__(self, value: object, path: str) -> Any:
        if self._fast is not None:
            plain = self._fast(value)
            if plain is not _NO:
                return plain
        try:
            plain = _plain(value, 0)
            if self._validate is not None:
                self._validate(plain)
        except _Fail as failure:
            raise self._error(failure, path) from None
        except RecursionError:
            raise ArgumentValueError(
                f"{_subject(path)} is nested too deeply to check", path, _parameter(path, [])
            ) from None
        return plain

    def _error(self, failure: _Fail, path: str) -> ArgumentError:
        segments = failure.trail[::-1]
        full = _join(path, segments)
        message = None
        if failure.kind == _DEPTH:
            cycle = _cycle(failure)
            if cycle is not None:
                first, again = cycle
                full = _join(path, segments[:first])
                message = _msg_cycle(full, _join(path, segments[:again]) or "the value")
        elif failure.kind == _NOT_JSON and failure.custom is None:
            expected = _expected_at(self._compiler, self.schema, segments)
            if expected:
                message = _msg_type(full, expected, failure.args_[0])
        if message is None:
            message = failure.render(full)
        if not full and failure.key_hint is not None:
            full = failure.key_hint
        error_class = ArgumentTypeError if failure.kind in (_TYPE, _NOT_JSON) else ArgumentValueError
        return error_class(message, full, _parameter(path, segments) or failure.key_hint)

    def __repr__(self) -> str:
        return f"<schema checker for {_show(self.schema, 100)}>"


def _parameter(path: str, segments: list[str | int]) -> str | None:
    if path:
        for stop, char in enumerate(path):
            if char in ".[":
                return path[:stop] or None
        return path
    if segments and type(segments[0]) is str:
        return str(segments[0])
    return None


def _cycle(failure: _Fail) -> tuple[int, int] | None:
    """For a too-deep failure: (i, j) when the containers at depths i < j are one object (a cycle)."""
    owners = failure.owners[::-1]  # owners[i] sits at trail[::-1][:i]
    seen: dict[int, int] = {}
    for index, owner in enumerate(owners):
        first = seen.setdefault(id(owner), index)
        if first != index:
            return first, index
    return None


def _expected_at(compiler: SchemaCompiler, schema: Any, segments: list[str | int]) -> str | None:
    """What the schema wants at ``segments`` (a phrase such as "a string"), for a non-JSON value."""
    phrases: list[str] = []

    def walk(node: Any, rest: list[str | int], budget: list[int]) -> None:
        budget[0] -= 1
        if budget[0] < 0 or not isinstance(node, Mapping):
            return
        if "$ref" in node:
            walk(compiler.resolve(node["$ref"]), rest, budget)
        for keyword in ("allOf", "anyOf", "oneOf"):
            for member in node.get(keyword, ()):
                walk(member, rest, budget)
        if not rest:
            if "enum" in node or "const" in node:
                values = list(node.get("enum", [])) + ([node["const"]] if "const" in node else [])
                phrases.append(_one_of_phrase(values))
            elif "type" in node:
                names = [node["type"]] if isinstance(node["type"], str) else node["type"]
                phrases.append(" or ".join(_TYPE_PHRASES.get(name, name) for name in names))
            return
        head, tail = rest[0], rest[1:]
        if isinstance(head, str):
            properties = node.get("properties", {})
            if head in properties:
                walk(properties[head], tail, budget)
            elif isinstance(node.get("additionalProperties"), Mapping):
                walk(node["additionalProperties"], tail, budget)
        else:
            prefix = node.get("prefixItems", [])
            if head < len(prefix):
                walk(prefix[head], tail, budget)
            elif isinstance(node.get("items"), Mapping):
                walk(node["items"], tail, budget)

    try:
        walk(schema, segments, [200])
    except SchemaCompileError:
        return None
    unique = list(dict.fromkeys(phrases))
    return " or ".join(unique) if unique else None
