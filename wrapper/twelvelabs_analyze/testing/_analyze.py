"""``/analyze`` and analysis tasks: the generated output, its truncation, and the NDJSON events.

One :class:`Generation` per request, the same whether it is streamed, answered as one JSON
object or produced by an analysis task: text that follows the prompt (or JSON valid against the
requested schema), cut at ``max_tokens`` with ``finish_reason: length`` and the API's warning.
"""

from __future__ import annotations

import json
import random
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator

from ._content import prompt_words, summary_text
from ._instances import SchemaNotSupported, instance_of, plain_json_schema
from ._video import Segment, VideoFacts
from ._words import (
    clock,
    count_tokens,
    digest,
    phrase,
    prompt_focus,
    seeded_random,
    sentence,
    truncate_tokens,
    with_article,
)

__all__ = [
    "DEFAULT_MAX_TOKENS",
    "LENGTH_WARNING",
    "Generation",
    "SchemaNotSupported",
    "generate",
    "stream_lines",
]

DEFAULT_MAX_TOKENS = 4096  # both models' documented default
# The API's documented warning when the output reached max_tokens (AnalyzeTaskError.message).
LENGTH_WARNING = (
    "output truncated: the generation reached the configured max_tokens. The partial output is "
    "returned; raise max_tokens (up to 98304) if you need a longer response."
)
MAX_WORDS = 200_000  # "write N words": more than any max_tokens allows, bounded all the same
_COUNT = re.compile(r"(\d[\d,]*)\s*(words?|tokens?|sentences?)\b")
_SHORT = frozenset({"short", "brief", "concise"})
_LONG = frozenset({"detailed", "long", "thorough"})
# Prompt words → the part of the answer they ask for, in the order the prompt names them.
_SECTIONS = {
    "title": "title", "titles": "title", "headline": "title",
    "topic": "topics", "topics": "topics",
    "hashtag": "hashtags", "hashtags": "hashtags", "keywords": "hashtags", "tags": "hashtags",
    "chapter": "chapters", "chapters": "chapters", "sections": "chapters",
    "highlight": "highlights", "highlights": "highlights", "moments": "highlights",
    "summary": "summary", "summarize": "summary", "describe": "summary", "description": "summary",
}  # fmt: skip
_SEGMENT_TIME_FORMATS = ("seconds", "hh:mm:ss", "hh:mm:ss.fff")


@dataclass(frozen=True)
class Generation:
    """The output of one analysis, as every route reports it."""

    generation_id: str
    data: str  # what was generated (cut short when finish_reason is "length")
    finish_reason: str  # "stop" | "length"
    output_tokens: int
    input_tokens: int

    @property
    def warning(self) -> str | None:
        return LENGTH_WARNING if self.finish_reason == "length" else None

    def usage(self) -> dict[str, int]:
        return {"output_tokens": self.output_tokens, "input_tokens": self.input_tokens}


def prompt_text(payload: Mapping[str, Any]) -> str | None:
    prompt = payload.get("prompt")
    if isinstance(prompt, str):
        return prompt
    structured = payload.get("prompt_v2")
    if isinstance(structured, Mapping) and isinstance(structured.get("input_text"), str):
        return str(structured["input_text"])
    return None


# Request fields that do not change what is generated: how it is delivered, cut or labelled.
_NOT_CONTENT = frozenset({"stream", "max_tokens", "video", "video_id", "custom_id"})
# Documented defaults: sending one is the same request as leaving it out.
_DEFAULTS = {"model_name": "pegasus1.2", "temperature": 0.2, "analysis_mode": "general"}


def _seed(payload: Mapping[str, Any], facts: VideoFacts) -> dict[str, Any]:
    """What an answer depends on: the video and the request, but not how it is delivered or cut.

    So ``/analyze`` streamed or not, with or without ``max_tokens``, and an analysis task with the
    same video and prompt all generate the same text.
    """
    kept = {
        key: value
        for key, value in payload.items()
        if key not in _NOT_CONTENT and not (key in _DEFAULTS and _DEFAULTS[key] == value)
    }
    return {"video": facts.identity, "request": kept}


def generate(payload: Mapping[str, Any], facts: VideoFacts) -> Generation:
    """The analysis of ``facts``'s video that ``payload`` asks for.

    Raises :class:`SchemaNotSupported` (or jsonschema's ``SchemaError``) for a response format
    the fake cannot satisfy.
    """
    seed = _seed(payload, facts)
    rng = seeded_random(seed, "analyze:")
    prompt = prompt_text(payload)
    response_format = payload.get("response_format")
    kind = response_format.get("type") if isinstance(response_format, Mapping) else None
    if kind == "segment_definitions":
        assert isinstance(response_format, Mapping)
        full = _segments_data(response_format, payload, facts)
    elif kind == "json_schema":
        assert isinstance(response_format, Mapping)
        schema = plain_json_schema(response_format.get("json_schema", {}))
        Draft202012Validator.check_schema(schema)
        full = json.dumps(instance_of(schema, rng, facts=facts, best_effort=True), ensure_ascii=False)
    else:
        full = analysis_text(facts, prompt, rng)
    max_tokens = payload.get("max_tokens")
    limit = max_tokens if isinstance(max_tokens, int) else DEFAULT_MAX_TOKENS
    data = truncate_tokens(full, limit)
    output_tokens = count_tokens(data)
    return Generation(
        generation_id=str(uuid.UUID(bytes=digest(seed, "generation:")[:16], version=4)),
        data=data,
        finish_reason="length" if data != full else "stop",
        output_tokens=output_tokens,
        input_tokens=count_tokens(prompt or "") + round(facts.duration),
    )


# --- text that follows the prompt -------------------------------------------------------------


def _requested_count(prompt: str | None) -> tuple[int, str] | None:
    found = _COUNT.search((prompt or "").lower())
    if found is None:
        return None
    number = min(int(found.group(1).replace(",", "")), MAX_WORDS)
    return number, found.group(2).rstrip("s")


def _summary(facts: VideoFacts, prompt: str | None, rng: random.Random) -> str:
    asked = _requested_count(prompt)
    words = set(prompt_words(prompt))
    if asked is None and not words & (_SHORT | _LONG):
        return summary_text(facts, None)
    if asked is None:
        count = 2 if words & _SHORT else 9
        return " ".join(facts.sentences[:count])
    number, unit = asked
    sentences = list(facts.sentences)
    if unit == "sentence":
        while len(sentences) < number:
            sentences.append(sentence(rng))
        return " ".join(sentences[: max(number, 1)])
    out: list[str] = []
    total = 0
    while total < number:  # whole sentences until the answer has the words (or tokens) asked for
        line = sentences[len(out)] if len(out) < len(sentences) else sentence(rng)
        out.append(line)
        total += len(line.split()) if unit == "word" else count_tokens(line)
    return " ".join(out)


def _segment_lines(segments: tuple[Segment, ...]) -> str:
    return "\n".join(f"{clock(seg.start)}–{clock(seg.end)} {seg.title}: {seg.summary}" for seg in segments)


def analysis_text(facts: VideoFacts, prompt: str | None, rng: random.Random) -> str:
    """What the model "says" about the video: the parts the prompt names, in its order."""
    sections = list(dict.fromkeys(_SECTIONS[w] for w in prompt_words(prompt) if w in _SECTIONS))
    if not sections:
        sections = ["summary"]
    parts: list[str] = []
    focus = prompt_focus(prompt)
    if focus:
        parts.append(f"As asked (“{focus}”), this video is about {with_article(phrase(rng))}.")
    for section in sections:
        if section == "title":
            parts.append(f"Title: {facts.title}")
        elif section == "topics":
            parts.append("Topics: " + ", ".join(facts.topics))
        elif section == "hashtags":
            parts.append(" ".join("#" + tag for tag in facts.hashtags))
        elif section == "chapters":
            parts.append(_segment_lines(facts.chapters))
        elif section == "highlights":
            parts.append(_segment_lines(facts.highlights))
        else:
            parts.append(_summary(facts, prompt, rng))
    return "\n\n".join(parts)


# --- time-based metadata (analysis tasks with segment definitions) ----------------------------


def _time(seconds: float, fmt: str) -> Any:
    if fmt == "hh:mm:ss":
        return clock(seconds)
    if fmt == "hh:mm:ss.fff":
        return clock(seconds, millis=True)
    return round(seconds, 2)


def _field_value(field: Mapping[str, Any], start: float, end: float, rng: random.Random) -> Any:
    kind = field.get("type")
    if field.get("enum"):
        return rng.choice(list(field["enum"]))
    if kind == "timestamp":
        return _time(rng.uniform(start, end), str(field.get("format", "seconds")))
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "integer":
        return rng.randint(0, 10)
    if kind == "number":
        return round(rng.uniform(0, 1), 2)
    if kind == "array":
        item = {"type": (field.get("items") or {}).get("type", "string"), "name": field.get("name", "")}
        return [_field_value(item, start, end, rng) for _ in range(rng.randint(1, 3))]
    name = str(field.get("name", "")).lower()
    return sentence(rng) if "description" in name or "summary" in name else phrase(rng)


def _windows(
    definition: Mapping[str, Any], payload: Mapping[str, Any], duration: float
) -> list[tuple[float, float]]:
    """The analysis windows, cut to the video: the docs say a window lies "within the video
    duration"; the fake cannot know the duration a caller assumed, so it analyses the part that
    exists (a window outside the video finds no segment)."""
    ranges = definition.get("time_ranges")
    if ranges:
        windows = [(float(r["start_time"]), float(r["end_time"])) for r in ranges]
    else:
        windows = [(float(payload.get("start_time", 0.0)), float(payload.get("end_time", duration)))]
    return [(min(max(low, 0.0), duration), min(max(high, 0.0), duration)) for low, high in windows]


def _segments_data(response_format: Mapping[str, Any], payload: Mapping[str, Any], facts: VideoFacts) -> str:
    """JSON text keyed by segment definition id, each a list of ``{start_time, end_time, metadata}``."""
    fmt = str(response_format.get("segment_time_format", "seconds"))
    if fmt not in _SEGMENT_TIME_FORMATS:
        fmt = "seconds"
    out: dict[str, list[dict[str, Any]]] = {}
    for definition in response_format.get("segment_definitions", ()):
        rng = seeded_random({"video": facts.identity, "definition": definition}, "segments:")
        found: list[dict[str, Any]] = []
        for low, high in _windows(definition, payload, facts.duration):
            if high <= low:
                continue
            # The video's highlights that fall in the window; a window without one gets a segment of its own.
            inside = [(s.start, s.end) for s in facts.highlights if low <= s.start and s.end <= high]
            if not inside:
                length = (high - low) * rng.uniform(0.3, 0.8)
                start = low + rng.uniform(0, high - low - length)
                inside = [(round(start, 2), round(start + length, 2))]
            for start, end in inside:
                metadata = {
                    str(f["name"]): _field_value(f, start, end, rng)
                    for f in definition.get("fields", ())
                    if isinstance(f, Mapping) and "name" in f
                }
                found.append(
                    {"start_time": _time(start, fmt), "end_time": _time(end, fmt), "metadata": metadata}
                )
        out[str(definition.get("id", ""))] = found
    return json.dumps(out, ensure_ascii=False)


# --- NDJSON -----------------------------------------------------------------------------------


def stream_lines(generation: Generation, rng: random.Random) -> list[bytes]:
    """The answer as NDJSON lines: ``stream_start``, the text in fragments split anywhere, ``stream_end``.

    Fragments are 1 to 16 characters, cut without regard for words (as the API's are).
    """
    dumps = json.dumps
    lines = [
        dumps(
            {"event_type": "stream_start", "metadata": {"generation_id": generation.generation_id}},
            ensure_ascii=False,
        )
    ]
    text = generation.data
    position = 0
    randint = rng.randint
    while position < len(text):
        step = randint(1, 16)
        lines.append(
            dumps(
                {"event_type": "text_generation", "text": text[position : position + step]},
                ensure_ascii=False,
            )
        )
        position += step
    end: dict[str, Any] = {
        "event_type": "stream_end",
        "finish_reason": generation.finish_reason,
        "metadata": {"generation_id": generation.generation_id, "usage": generation.usage()},
    }
    if generation.warning is not None:
        end["error"] = {"message": generation.warning}
    lines.append(dumps(end, ensure_ascii=False))
    return [(line + "\n").encode() for line in lines]
