"""The legacy answers (``/gist``, ``/summarize``): deterministic, and stable per video.

What is about the video (its title, topics, hashtags, chapters, highlights, what a summary says)
comes from :mod:`._video`, seeded by the video alone; what follows the prompt (how long a summary
is, the sentence that answers the prompt) is seeded by the video and the prompt.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._instances import SchemaNotSupported, instance_of
from ._video import MAX_DURATION_S, VideoFacts, facts_for
from ._words import (
    count_tokens,
    digest,
    phrase,
    prompt_focus,
    seeded_random,
    truncate_tokens,
    verb,
    with_article,
)

__all__ = [
    "MAX_DURATION_S",
    "SchemaNotSupported",
    "answer_id",
    "count_tokens",
    "gist_answer",
    "instance_of",
    "seeded_random",
    "summarize_answer",
    "summary_text",
    "truncate_tokens",
]

_SHORT = frozenset({"short", "brief", "concise", "one"})
_LONG = frozenset({"detailed", "long", "thorough"})


def answer_id(body: Mapping[str, Any]) -> str:
    """The ``id`` of one answer: the same request gets the same id."""
    return digest(body, "id:").hex()[:24]


def gist_answer(body: Mapping[str, Any]) -> dict[str, Any]:
    facts = facts_for(str(body["video_id"]))
    answer: dict[str, Any] = {"id": answer_id(body)}
    texts: list[str] = []
    types = body.get("types", [])
    if "title" in types:
        answer["title"] = facts.title
        texts.append(facts.title)
    if "topic" in types:
        answer["topics"] = list(facts.topics)
        texts.extend(facts.topics)
    if "hashtag" in types:
        answer["hashtags"] = list(facts.hashtags)
        texts.extend(facts.hashtags)
    answer["usage"] = {"output_tokens": sum(count_tokens(text) for text in texts)}
    return answer


def summary_text(facts: VideoFacts, prompt: str | None) -> str:
    """A summary of the video shaped by ``prompt``: its length, and an opening that answers it."""
    rng = seeded_random({"video": facts.identity, "prompt": prompt or ""}, "summary:")
    words = set(prompt_words(prompt))
    if words & _SHORT:
        count = 2
    elif words & _LONG:
        count = 9
    else:
        count = rng.randint(3, 6)
    sentences = list(facts.sentences[:count])
    focus = prompt_focus(prompt)
    if focus:
        sentences.insert(0, f'As asked ("{focus}"), this video {verb(rng)} {with_article(phrase(rng))}.')
    return " ".join(sentences)


def prompt_words(prompt: str | None) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in (prompt or "").lower()).split()


def summarize_answer(body: Mapping[str, Any]) -> dict[str, Any]:
    facts = facts_for(str(body["video_id"]))
    kind = body["type"]
    max_tokens = body.get("max_tokens")
    prompt = body.get("prompt")
    answer: dict[str, Any] = {"summarize_type": kind, "id": answer_id(body)}
    if kind == "summary":
        response_format = body.get("response_format")
        if response_format is not None:
            rng = seeded_random({"video": facts.identity, "request": dict(body)}, "structured:")
            instance = instance_of(response_format["json_schema"], rng, facts=facts, best_effort=True)
            text = json.dumps(instance, ensure_ascii=False)
        else:
            text = summary_text(facts, prompt)
        answer["summary"] = truncate_tokens(text, max_tokens)
        tokens = count_tokens(answer["summary"])
    else:
        focus = prompt_focus(prompt)
        items: list[dict[str, Any]] = []
        budget = max_tokens
        segments = facts.chapters if kind == "chapter" else facts.highlights
        for number, segment in enumerate(segments):
            text = segment.summary + (f' It bears on "{focus}".' if focus else "")
            cost = count_tokens(segment.title) + count_tokens(text)
            if budget is not None and items and cost > budget:
                break  # out of tokens: the list simply ends early
            if budget is not None:
                budget -= cost
            times = {
                "start": round(segment.start),
                "end": round(segment.end),
                "start_sec": segment.start,
                "end_sec": segment.end,
            }
            if kind == "chapter":
                items.append(
                    {
                        "chapter_number": number,
                        **times,
                        "chapter_title": segment.title,
                        "chapter_summary": text,
                    }
                )
            else:
                items.append({**times, "highlight": segment.title, "highlight_summary": text})
        answer["chapters" if kind == "chapter" else "highlights"] = items
        tokens = sum(count_tokens(str(value)) for item in items for value in item.values())
    answer["usage"] = {"output_tokens": tokens}
    return answer
