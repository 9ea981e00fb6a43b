"""The result types: the generated attrs models under the names users see."""

from __future__ import annotations

from typing import Any

from twelvelabs_analyze_api.models import (
    GistResponse200,
    ResponseFormat,
    SummarizeChapterResult,
    SummarizeChapterResultChaptersItems,
    SummarizeHighlightResult,
    SummarizeHighlightResultHighlightsItems,
    SummarizeSummaryResult,
    TokenUsage,
)
from twelvelabs_analyze_api.models.gist_type import GIST_TYPE_VALUES, GistType
from twelvelabs_analyze_api.models.summarize_type import SUMMARIZE_TYPE_VALUES, SummarizeType
from twelvelabs_analyze_api.types import UNSET, Unset

from ._exceptions import APIResponseValidationError
from ._json import BodyDecodeError, loads

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

GistResult = GistResponse200
SummaryResult = SummarizeSummaryResult
ChapterResult = SummarizeChapterResult
HighlightResult = SummarizeHighlightResult
Chapter = SummarizeChapterResultChaptersItems
Highlight = SummarizeHighlightResultHighlightsItems
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
        return loads(text)
    except BodyDecodeError as exc:
        truncated = exc.pos is not None and exc.pos >= len(text.rstrip())
        hint = " (truncated by max_tokens?)" if truncated else ""
        raise APIResponseValidationError(f"the summary is not valid JSON{hint}: {exc}", body=text) from None
