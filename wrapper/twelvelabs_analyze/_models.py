"""The result types: the generated attrs models under the names users see."""

from __future__ import annotations

import json
from typing import Any

from twelvelabs_analyze_api.models import (
    Chapter,
    ChapterResult,
    GistResult,
    Highlight,
    HighlightResult,
    ResponseFormat,
    SummaryResult,
    TokenUsage,
)
from twelvelabs_analyze_api.models.gist_type import GIST_TYPE_VALUES, GistType
from twelvelabs_analyze_api.models.summarize_type import SUMMARIZE_TYPE_VALUES, SummarizeType
from twelvelabs_analyze_api.types import UNSET, Unset

from ._exceptions import APIResponseValidationError

__all__ = [
    "GIST_TYPE_VALUES",
    "SUMMARIZE_TYPE_VALUES",
    "UNSET",
    "Chapter",
    "ChapterResult",
    "GistResult",
    "GistType",
    "Highlight",
    "HighlightResult",
    "ResponseFormat",
    "SummarizeResult",
    "SummarizeType",
    "SummaryResult",
    "TokenUsage",
    "Unset",
    "parse_structured_summary",
]

SummarizeResult = SummaryResult | ChapterResult | HighlightResult

# Which generated model parses the answer to each requested `type` (tests check it covers the spec's enum).
RESULT_BY_TYPE: dict[str, type[SummaryResult] | type[ChapterResult] | type[HighlightResult]] = {
    "summary": SummaryResult,
    "chapter": ChapterResult,
    "highlight": HighlightResult,
}


def parse_structured_summary(result: SummaryResult) -> Any:
    """The summary of a ``response_format`` request, parsed as JSON.

    Raises ``APIResponseValidationError`` (keeping the text in ``.body``) when the summary is
    missing or not valid JSON — for example when ``max_tokens`` cut it short.
    """
    text = result.summary
    if isinstance(text, Unset):
        raise APIResponseValidationError("the response has no summary to parse as JSON", body="")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        hint = " (truncated by max_tokens?)" if exc.pos >= len(text.rstrip()) else ""
        raise APIResponseValidationError(
            f"the summary is not valid JSON{hint}: {exc.msg} at character {exc.pos}", body=text
        ) from None
