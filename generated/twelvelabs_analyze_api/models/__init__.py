"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .gist_request import GistRequest
from .gist_response_200 import GistResponse200
from .gist_type import GistType
from .response_format import ResponseFormat
from .response_format_json_schema import ResponseFormatJsonSchema
from .response_format_type import ResponseFormatType
from .summarize_chapter_result import SummarizeChapterResult
from .summarize_chapter_result_chapters_items import SummarizeChapterResultChaptersItems
from .summarize_chapter_result_summarize_type import SummarizeChapterResultSummarizeType
from .summarize_highlight_result import SummarizeHighlightResult
from .summarize_highlight_result_highlights_items import (
    SummarizeHighlightResultHighlightsItems,
)
from .summarize_highlight_result_summarize_type import (
    SummarizeHighlightResultSummarizeType,
)
from .summarize_request import SummarizeRequest
from .summarize_summary_result import SummarizeSummaryResult
from .summarize_summary_result_summarize_type import SummarizeSummaryResultSummarizeType
from .summarize_type import SummarizeType
from .token_usage import TokenUsage

__all__ = (
    "ErrorResponse",
    "GistRequest",
    "GistResponse200",
    "GistType",
    "ResponseFormat",
    "ResponseFormatJsonSchema",
    "ResponseFormatType",
    "SummarizeChapterResult",
    "SummarizeChapterResultChaptersItems",
    "SummarizeChapterResultSummarizeType",
    "SummarizeHighlightResult",
    "SummarizeHighlightResultHighlightsItems",
    "SummarizeHighlightResultSummarizeType",
    "SummarizeRequest",
    "SummarizeSummaryResult",
    "SummarizeSummaryResultSummarizeType",
    "SummarizeType",
    "TokenUsage",
)
