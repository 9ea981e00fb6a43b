"""Deterministic, plausible answers: the same request body always gives the same answer."""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator

__all__ = [
    "SchemaNotSupported",
    "count_tokens",
    "gist_answer",
    "instance_of",
    "seeded_random",
    "summarize_answer",
    "truncate_tokens",
]

_ADJECTIVES = (
    "quiet", "bright", "rapid", "curious", "steady", "vivid", "gentle", "bold",
    "hidden", "urban", "coastal", "early", "final", "practical", "playful", "careful",
)  # fmt: skip
_NOUNS = (
    "journey", "kitchen", "workshop", "harbor", "market", "studio", "garden", "bridge",
    "experiment", "interview", "recipe", "match", "lecture", "festival", "repair", "trail",
)  # fmt: skip
_VERBS = (
    "explores", "shows", "explains", "follows", "compares", "reveals", "demonstrates",
    "captures", "walks through", "introduces", "revisits", "celebrates",
)  # fmt: skip
_PEOPLE = ("the host", "a chef", "the narrator", "the presenter", "a guide", "the team", "a student")
_TOPICS = (
    "Travel", "Cooking", "Science", "Sports", "Education", "Music", "Technology", "Nature",
    "Craftsmanship", "Community", "Health", "History",
)  # fmt: skip

# Roughly what a tokenizer splits: words and single punctuation marks.
_TOKEN = re.compile(r"\w+|[^\w\s]")

MIN_DURATION_S = 90
MAX_DURATION_S = 3600


class SchemaNotSupported(ValueError):
    """The fake cannot produce an instance of the requested JSON schema."""


def seeded_random(body: Mapping[str, Any], salt: str = "") -> random.Random:
    """A generator seeded by the canonical JSON of the request body (sorted keys)."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    digest = hashlib.sha256((salt + canonical).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _answer_id(body: Mapping[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(("id:" + canonical).encode()).hexdigest()[:24]


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


def _phrase(rng: random.Random) -> str:
    return f"{rng.choice(_ADJECTIVES)} {rng.choice(_NOUNS)}"


def _sentence(rng: random.Random) -> str:
    subject = rng.choice(_PEOPLE)
    return f"{subject[0].upper()}{subject[1:]} {rng.choice(_VERBS)} a {_phrase(rng)}."


def _title(rng: random.Random) -> str:
    return " ".join(word.capitalize() for word in f"the {_phrase(rng)} of the {_phrase(rng)}".split())


def _prompt_focus(prompt: str | None) -> str:
    """The prompt as one short line, to quote in the answer."""
    return " ".join((prompt or "").split())[:120]


def gist_answer(body: Mapping[str, Any]) -> dict[str, Any]:
    rng = seeded_random(body)
    answer: dict[str, Any] = {"id": _answer_id(body)}
    texts: list[str] = []
    types = body.get("types", [])
    if "title" in types:
        answer["title"] = _title(rng)
        texts.append(answer["title"])
    if "topic" in types:
        answer["topics"] = rng.sample(_TOPICS, rng.randint(1, 3))
        texts.extend(answer["topics"])
    if "hashtag" in types:
        answer["hashtags"] = [rng.choice(_NOUNS) for _ in range(rng.randint(2, 5))]
        answer["hashtags"] = list(dict.fromkeys(answer["hashtags"]))
        texts.extend(answer["hashtags"])
    answer["usage"] = {"output_tokens": sum(count_tokens(text) for text in texts)}
    return answer


def _segments(rng: random.Random, *, contiguous: bool) -> list[tuple[int, int]]:
    """3–8 increasing, non-overlapping (start, end) second pairs inside a seeded duration.

    Chapters are contiguous and cover the whole video; each highlight sits inside its own
    equal slice of the video, so highlights never touch.
    """
    duration = rng.randint(MIN_DURATION_S, MAX_DURATION_S)
    count = rng.randint(3, 8)
    if contiguous:
        weights = list(itertools.accumulate(rng.uniform(0.5, 1.5) for _ in range(count)))
        bounds = [0, *(round(duration * w / weights[-1]) for w in weights)]
        return list(itertools.pairwise(bounds))
    slot = duration / count
    segments = []
    for index in range(count):
        length = max(2, round(slot * rng.uniform(0.1, 0.4)))
        start = round(index * slot + rng.uniform(0, slot - length - 1))
        segments.append((start, start + length))
    return segments


def _summary_text(rng: random.Random, prompt: str | None) -> str:
    words = set(_TOKEN.findall((prompt or "").lower()))
    # A prompt shapes the answer: its length, and an opening sentence that answers it.
    if words & {"short", "brief", "concise", "one"}:
        count = 2
    elif words & {"detailed", "long", "thorough"}:
        count = 9
    else:
        count = rng.randint(3, 6)
    sentences = [_sentence(rng) for _ in range(count)]
    focus = _prompt_focus(prompt)
    if focus:
        sentences.insert(0, f'As asked ("{focus}"), this video {rng.choice(_VERBS)} a {_phrase(rng)}.')
    return " ".join(sentences)


def summarize_answer(body: Mapping[str, Any]) -> dict[str, Any]:
    rng = seeded_random(body)
    kind = body["type"]
    max_tokens = body.get("max_tokens")
    answer: dict[str, Any] = {"summarize_type": kind, "id": _answer_id(body)}
    if kind == "summary":
        response_format = body.get("response_format")
        if response_format is not None:
            instance = instance_of(response_format["json_schema"], rng)
            text = json.dumps(instance, ensure_ascii=False)
        else:
            text = _summary_text(rng, body.get("prompt"))
        answer["summary"] = truncate_tokens(text, max_tokens)
        tokens = count_tokens(answer["summary"])
    else:
        focus = _prompt_focus(body.get("prompt"))
        items: list[dict[str, Any]] = []
        budget = max_tokens
        for number, (start, end) in enumerate(_segments(rng, contiguous=kind == "chapter")):
            # Fractional seconds move inwards by under 0.4 s: `start`/`end` are them rounded, and
            # segments at least 1 s apart can never overlap.
            start_sec = round(start + rng.random() * 0.4, 2)
            end_sec = round(end - rng.random() * 0.4, 2)
            title = _title(rng)
            text = _sentence(rng) + (f' It bears on "{focus}".' if focus else "")
            cost = count_tokens(title) + count_tokens(text)
            if budget is not None and items and cost > budget:
                break  # out of tokens: the list simply ends early
            if budget is not None:
                budget -= cost
            times = {"start": start, "end": end, "start_sec": start_sec, "end_sec": end_sec}
            if kind == "chapter":
                items.append(
                    {"chapter_number": number, **times, "chapter_title": title, "chapter_summary": text}
                )
            else:
                items.append({**times, "highlight": title, "highlight_summary": text})
        answer["chapters" if kind == "chapter" else "highlights"] = items
        tokens = sum(count_tokens(str(value)) for item in items for value in item.values())
    answer["usage"] = {"output_tokens": tokens}
    return answer


# --- A small JSON Schema instance generator, for structured summaries --------------------

# Deep enough for the spec's own answers (an analysis task nests ~10 schema steps), shallow
# enough to stop a recursive user schema early.
_MAX_DEPTH = 16


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


def _string_for(name: str, schema: Mapping[str, Any], rng: random.Random) -> str:
    lowered = name.lower()
    if "title" in lowered or "name" in lowered:
        text = _title(rng)
    elif any(word in lowered for word in ("summary", "description", "text", "overview")):
        text = _sentence(rng)
    else:
        text = _phrase(rng)
    min_length = int(schema.get("minLength", 0))
    max_length = schema.get("maxLength")
    while len(text) < min_length:
        text += " " + _phrase(rng)
    if max_length is not None:
        text = text[: int(max_length)]
    return text


def _number(schema: Mapping[str, Any], rng: random.Random, integer: bool) -> int | float:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    if low is None:
        low = 0 if high is None or high >= 100 else high - 100
    if high is None:
        high = low + 100
    if integer:
        low_int = int(low) + (1 if "exclusiveMinimum" in schema and "minimum" not in schema else 0)
        high_int = int(high) - (1 if "exclusiveMaximum" in schema and "maximum" not in schema else 0)
        return rng.randint(low_int, high_int) if low_int <= high_int else low_int
    return round(rng.uniform(float(low), float(high)), 2)


def _generate(schema: Any, root: Mapping[str, Any], rng: random.Random, name: str, depth: int) -> Any:
    if depth > _MAX_DEPTH:
        raise SchemaNotSupported("schema nests too deeply")
    if schema is True or schema == {}:
        return _string_for(name, {}, rng)
    if not isinstance(schema, Mapping):
        raise SchemaNotSupported("a schema must be an object or true")
    if "$ref" in schema:
        return _generate(_resolve_local(root, schema["$ref"]), root, rng, name, depth + 1)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return rng.choice(list(schema["enum"]))
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            return _generate(schema[keyword][0], root, rng, name, depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(part)
        return _generate(merged, root, rng, name, depth + 1)
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", ()))
        result = {}
        for key, sub in properties.items():
            if key in required or rng.random() < 0.8:
                result[key] = _generate(sub, root, rng, key, depth + 1)
        for key in required - set(properties):
            result[key] = _generate(schema.get("additionalProperties", True), root, rng, key, depth + 1)
        return result
    if kind == "array":
        low = int(schema.get("minItems", 1))
        high = int(schema.get("maxItems", max(low, 3)))
        count = rng.randint(low, max(low, high))
        singular = name[:-1] if name.endswith("s") else name
        return [_generate(schema.get("items", {}), root, rng, singular, depth + 1) for _ in range(count)]
    if kind == "string":
        return _string_for(name, schema, rng)
    if kind in ("integer", "number"):
        return _number(schema, rng, integer=kind == "integer")
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "null":
        return None
    raise SchemaNotSupported(f"unknown type {kind!r}")


def instance_of(
    schema: Any,
    rng: random.Random,
    *,
    root: Mapping[str, Any] | None = None,
    validator: Draft202012Validator | None = None,
) -> Any:
    """An instance of ``schema``, checked with jsonschema; SchemaNotSupported when none is found.

    Local ``$ref`` resolve against ``root`` (default: the schema itself); ``validator`` checks
    the result (default: one for ``schema``). An invalid schema raises jsonschema's SchemaError.
    """
    if root is None:
        root = schema if isinstance(schema, Mapping) else {}
    if validator is None:
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
    instance = _generate(schema, root, rng, "value", 0)
    error = next(validator.iter_errors(instance), None)
    if error is not None:
        raise SchemaNotSupported(f"generated value does not satisfy the schema: {error.message}")
    return instance
