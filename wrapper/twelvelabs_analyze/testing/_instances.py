"""Instances of JSON schemas that read like answers about a video.

Used for structured answers (``response_format``) and for operations the fake has no dedicated
behaviour for. Beyond being valid (every instance is checked with jsonschema), values follow the
names they sit under and the video's facts:

* an array of objects that have a pair of times — ``start_sec``/``end_sec``, ``start``/``end``,
  ``start_time``/``end_time`` (any shared suffix) — becomes the video's chapters (a list named
  like chapters, sections, scenes, parts) or highlights: increasing, non-overlapping intervals
  inside the video, each item with that segment's title and summary;
* strings follow their property names: ``title``/``name`` → a title, ``summary``/``description``
  → sentences, ``topics``, ``hashtags``/``tags``/``keywords`` → the video's; ``pattern`` and
  ``format`` are honoured;
* ``{"type": "timestamp", "format": …}`` (the API's extension) becomes seconds or ``hh:mm:ss``
  text, and so do string times.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import random
import uuid
from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator

from ._regex import PatternNotSupported, string_matching
from ._video import Segment, VideoFacts, facts_for
from ._words import clock, phrase, sentence, title

__all__ = ["SchemaNotSupported", "instance_of", "plain_json_schema"]

# Deep enough for the spec's own answers (an analysis task nests ~10 schema steps), shallow
# enough to stop a recursive user schema early.
_MAX_DEPTH = 16
_TIME_SUFFIXES = ("", "_sec", "_secs", "_seconds", "_time", "_timestamp", "_ts")
_TITLE_WORDS = ("title", "name", "heading", "label", "headline")
_TEXT_WORDS = ("summary", "description", "text", "overview", "caption", "explanation", "reason")
_TIMESTAMP_PATTERNS = {
    "hh:mm:ss": r"^\d{2,}:\d{2}:\d{2}$",
    "hh:mm:ss.fff": r"^\d{2,}:\d{2}:\d{2}\.\d{3}$",
}


class SchemaNotSupported(ValueError):
    """The fake cannot produce an instance of the requested JSON schema."""


def plain_json_schema(schema: Any) -> Any:
    """``schema`` with the API's ``timestamp`` type spelt in JSON Schema (a number or a clock string).

    The original format is kept as ``x-timestamp`` (ignored by validators, read by the generator).
    """
    if isinstance(schema, list):
        return [plain_json_schema(item) for item in schema]
    if not isinstance(schema, Mapping):
        return schema
    out = {key: plain_json_schema(value) for key, value in schema.items()}
    if out.get("type") == "timestamp":
        fmt = str(out.pop("format", "seconds"))
        out["x-timestamp"] = fmt
        if fmt in _TIMESTAMP_PATTERNS:
            out["type"] = "string"
            out["pattern"] = _TIMESTAMP_PATTERNS[fmt]
        else:
            out["type"] = "number"
            out["minimum"] = 0
    return out


def _resolve_local(root: Mapping[str, Any], ref: str) -> Mapping[str, Any]:
    if not ref.startswith("#"):
        raise SchemaNotSupported(f"only local $ref is supported, got {ref!r}")
    node: Any = root
    for raw in filter(None, ref[1:].split("/")):
        part = raw.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or part not in node:
            raise SchemaNotSupported(f"unresolvable $ref {ref!r}")
        node = node[part]
    if not isinstance(node, Mapping):
        raise SchemaNotSupported(f"$ref {ref!r} is not a schema")
    return node


def _time_pairs(properties: Mapping[str, Any]) -> dict[str, str]:
    """``{name: "start" | "end"}`` for the properties that form start/end pairs."""
    roles: dict[str, str] = {}
    for suffix in _TIME_SUFFIXES:
        start, end = f"start{suffix}", f"end{suffix}"
        if start in properties and end in properties:
            roles[start], roles[end] = "start", "end"
    return roles


def _words_in(name: str, words: tuple[str, ...]) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in words)


class _Generator:
    def __init__(self, rng: random.Random, root: Mapping[str, Any], facts: VideoFacts) -> None:
        self.rng = rng
        self.root = root
        self.facts = facts

    def resolve(self, schema: Any, depth: int) -> Any:
        while isinstance(schema, Mapping) and "$ref" in schema:
            depth += 1
            if depth > _MAX_DEPTH:
                raise SchemaNotSupported("schema nests too deeply")
            rest = {key: value for key, value in schema.items() if key != "$ref"}
            target = _resolve_local(self.root, schema["$ref"])
            schema = {**target, **rest} if rest else target
        return schema

    def generate(
        self, schema: Any, name: str, depth: int, segment: Segment | None = None, index: int = 0
    ) -> Any:
        if depth > _MAX_DEPTH:
            raise SchemaNotSupported("schema nests too deeply")
        schema = self.resolve(schema, depth)
        if schema is True or schema == {}:
            return self.text(name, {}, segment)
        if not isinstance(schema, Mapping):
            raise SchemaNotSupported("a schema must be an object or true")
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if "enum" in schema:
            return copy.deepcopy(self.rng.choice(list(schema["enum"])))
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                options = [self.resolve(option, depth + 1) for option in schema[keyword]]
                informative = [o for o in options if not (isinstance(o, Mapping) and o.get("type") == "null")]
                rest = {key: value for key, value in schema.items() if key != keyword}
                chosen = (informative or options)[0]
                picked = {**rest, **chosen} if isinstance(chosen, Mapping) else chosen
                return self.generate(picked, name, depth + 1, segment, index)
        if "allOf" in schema:
            merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
            for part in schema["allOf"]:
                resolved = self.resolve(part, depth + 1)
                if isinstance(resolved, Mapping):
                    merged.update(resolved)
            return self.generate(merged, name, depth + 1, segment, index)
        kind = schema.get("type", "object" if "properties" in schema else "string")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object":
            return self.object(schema, name, depth, segment, index)
        if kind == "array":
            return self.array(schema, name, depth, segment)
        if kind == "string":
            return self.text(name, schema, segment)
        if kind in ("integer", "number"):
            return self.number(name, schema, segment, index, integer=kind == "integer")
        if kind == "boolean":
            return self.rng.random() < 0.5
        if kind == "null":
            return None
        raise SchemaNotSupported(f"unknown type {kind!r}")

    # --- objects and arrays ---------------------------------------------------------------

    def object(
        self, schema: Mapping[str, Any], name: str, depth: int, segment: Segment | None, index: int
    ) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        roles = {
            key: role
            for key, role in _time_pairs(properties).items()
            if _is_time_like(self.resolve(properties[key], depth + 1))
        }
        if roles and segment is None:
            segment = self.facts.highlights[0]  # one interval on its own: the video's first highlight
        result: dict[str, Any] = {}
        for key, sub in properties.items():
            if key in required or key in roles or self.rng.random() < 0.8:
                if key in roles:
                    assert segment is not None
                    seconds = segment.start if roles[key] == "start" else segment.end
                    result[key] = self.time(self.resolve(sub, depth + 1), key, seconds)
                else:
                    result[key] = self.generate(sub, key, depth + 1, segment, index)
        for key in sorted(required - set(properties)):
            result[key] = self.generate(schema.get("additionalProperties", True), key, depth + 1, segment)
        return result

    def array(self, schema: Mapping[str, Any], name: str, depth: int, segment: Segment | None) -> list[Any]:
        low = int(schema.get("minItems", 1))
        high = schema.get("maxItems")
        items = self.resolve(schema.get("items", {}), depth + 1)
        singular = name[:-1] if name.endswith("s") else name
        if isinstance(items, Mapping) and _time_pairs(items.get("properties", {})):
            segments = list(self.facts.segments(name))
            if high is not None:
                segments = segments[: int(high)]
            out = [
                self.generate(items, singular, depth + 1, seg, number) for number, seg in enumerate(segments)
            ]
            while len(out) < low:  # more items than the video has segments: plain ones after them
                out.append(self.generate(items, singular, depth + 1, segments[-1] if segments else None))
            return out
        if _words_in(name, ("topic",)) and _is_string_schema(items):
            pool: list[str] = list(self.facts.topics)
        elif _words_in(name, ("hashtag", "tag", "keyword")) and _is_string_schema(items):
            pool = list(self.facts.hashtags)
        else:
            pool = []
        if pool:
            count = max(low, min(len(pool), int(high) if high is not None else len(pool)))
            return [pool[n % len(pool)] for n in range(count)]
        count = self.rng.randint(low, max(low, int(high) if high is not None else max(low, 3)))
        return [self.generate(items, singular, depth + 1, segment, number) for number in range(count)]

    # --- scalars --------------------------------------------------------------------------

    def text(self, name: str, schema: Mapping[str, Any], segment: Segment | None) -> str:
        fmt = schema.get("x-timestamp") or schema.get("format")
        if isinstance(schema.get("pattern"), str) and fmt not in _TIMESTAMP_PATTERNS:
            try:
                return string_matching(schema["pattern"], self.rng)
            except PatternNotSupported as exc:
                raise SchemaNotSupported(str(exc)) from None
        if fmt in _TIMESTAMP_PATTERNS:
            start = segment.start if segment is not None else self.rng.uniform(0, self.facts.duration)
            return clock(start, millis=fmt == "hh:mm:ss.fff")
        if isinstance(fmt, str) and (special := self.formatted(fmt)) is not None:
            return special
        if (segment is not None and _words_in(name, _TITLE_WORDS)) or name in ("highlight", "chapter"):
            text = segment.title if segment is not None else title(self.rng)
        elif segment is not None and _words_in(name, _TEXT_WORDS):
            text = segment.summary
        elif _words_in(name, _TITLE_WORDS):
            text = self.facts.title
        elif _words_in(name, _TEXT_WORDS):
            text = " ".join(self.facts.sentences[: self.rng.randint(1, 3)])
        elif _words_in(name, ("topic",)):
            text = self.rng.choice(self.facts.topics)
        elif _words_in(name, ("hashtag", "tag", "keyword")):
            text = self.rng.choice(self.facts.hashtags)
        elif _words_in(name, ("point", "sentence", "fact", "takeaway", "note")):
            text = sentence(self.rng)
        else:
            text = phrase(self.rng)
        min_length = int(schema.get("minLength", 0))
        max_length = schema.get("maxLength")
        while len(text) < min_length:
            text += " " + phrase(self.rng)
        if max_length is not None:
            text = text[: int(max_length)]
        return text

    def formatted(self, fmt: str) -> str | None:
        rng = self.rng
        moment = dt.datetime(2024, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=rng.randint(0, 10**8))
        values = {
            "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "date-time": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "date": moment.strftime("%Y-%m-%d"),
            "time": moment.strftime("%H:%M:%SZ"),
            "email": f"{rng.choice(('ana', 'bo', 'chen', 'dee'))}@example.com",
            "uri": f"https://example.com/{rng.getrandbits(32):08x}",
            "hostname": "example.com",
            "ipv4": f"192.0.2.{rng.randint(1, 254)}",
        }
        return values.get(fmt)

    def time(self, schema: Any, name: str, seconds: float) -> Any:
        """A time in ``seconds`` written the way ``schema`` asks."""
        if not isinstance(schema, Mapping):
            return round(seconds, 2)
        kind = schema.get("type", "number")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "number")
        if kind == "string":
            fmt = schema.get("x-timestamp")
            return clock(seconds, millis=fmt != "hh:mm:ss")
        if kind == "integer":
            return _clamped(round(seconds), schema)
        return _clamped(round(seconds, 2), schema)

    def number(
        self, name: str, schema: Mapping[str, Any], segment: Segment | None, index: int, *, integer: bool
    ) -> int | float:
        if integer and segment is not None and _words_in(name, ("number", "index", "position")):
            return int(_clamped(index, schema))
        if _words_in(name, ("duration", "length_sec", "seconds")):
            duration = _clamped(round(self.facts.duration) if integer else self.facts.duration, schema)
            return int(duration) if integer else float(duration)
        low = schema.get("minimum", schema.get("exclusiveMinimum"))
        high = schema.get("maximum", schema.get("exclusiveMaximum"))
        if low is None:
            low = 0 if high is None or high >= 100 else high - 100
        if high is None:
            high = low + 100
        if integer:
            low_int = math.ceil(low) + (1 if "exclusiveMinimum" in schema and "minimum" not in schema else 0)
            high_int = math.floor(high) - (
                1 if "exclusiveMaximum" in schema and "maximum" not in schema else 0
            )
            return self.rng.randint(low_int, high_int) if low_int <= high_int else low_int
        value = round(self.rng.uniform(float(low), float(high)), 2)
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            value = (float(low) + float(high)) / 2
        return value


def _is_time_like(schema: Any) -> bool:
    """A schema a time can be written in: a number, an integer or text (a timestamp is one of those)."""
    if not isinstance(schema, Mapping):
        return schema is True
    kind = schema.get("type", "number")
    kinds = set(kind) - {"null"} if isinstance(kind, list) else {kind}
    return (
        bool(kinds)
        and kinds <= {"number", "integer", "string"}
        and "enum" not in schema
        and "const" not in schema
    )


def _is_string_schema(schema: Any) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "string" and "pattern" not in schema


def _clamped(value: int | float, schema: Mapping[str, Any]) -> Any:
    """``value`` moved inside the schema's bounds, when it has any."""
    low, high = schema.get("minimum"), schema.get("maximum")
    if isinstance(low, int | float) and value < low:
        value = low
    if isinstance(high, int | float) and value > high:
        value = high
    return int(value) if schema.get("type") == "integer" else value


def instance_of(
    schema: Any,
    rng: random.Random,
    *,
    root: Mapping[str, Any] | None = None,
    validator: Draft202012Validator | None = None,
    facts: VideoFacts | None = None,
    best_effort: bool = False,
) -> Any:
    """An instance of ``schema``, checked with jsonschema; SchemaNotSupported when none is found.

    ``best_effort``: return the generated value even when it does not satisfy ``schema`` — what a
    model does with a caller's schema that no value can satisfy (``"minimum": 5, "maximum": 1``):
    the API accepts such a schema (it follows the published restrictions) and answers anyway.

    Local ``$ref`` resolve against ``root`` (default: the schema itself); ``validator`` checks
    the result (default: one for ``schema``). An invalid schema raises jsonschema's SchemaError.
    ``facts``: the video the answer is about (default: one drawn from ``rng``).
    """
    if root is None:
        root = schema if isinstance(schema, Mapping) else {}
    if validator is None:
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
    if facts is None:
        facts = facts_for(f"random:{rng.getrandbits(64):016x}")
    instance = _Generator(rng, root, facts).generate(schema, "value", 0)
    error = next(validator.iter_errors(instance), None)
    if error is not None and not best_effort:
        raise SchemaNotSupported(f"generated value does not satisfy the schema: {error.message}")
    return instance
