"""twelvelabs-analyze: a typed, retrying client for TwelveLabs' /gist and /summarize endpoints.

>>> from twelvelabs_analyze import TwelveLabs
>>> client = TwelveLabs()                      # reads TWELVELABS_API_KEY
>>> client.gist("6298d673f1090f1100476d4c", types=["title", "hashtag"]).title
"""

from ._client import AsyncTwelveLabs, TwelveLabs
from ._constants import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_WAIT, DEFAULT_TIMEOUT
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TwelveLabsError,
)
from ._models import (
    UNSET,
    Chapter,
    ChapterResult,
    GistResult,
    Highlight,
    HighlightResult,
    ResponseFormat,
    SummarizeResult,
    SummaryResult,
    TokenUsage,
    Unset,
    parse_structured_summary,
)
from ._response import RateLimitInfo, RawResponse
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_WAIT",
    "DEFAULT_TIMEOUT",
    "UNSET",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncTwelveLabs",
    "AuthenticationError",
    "BadRequestError",
    "Chapter",
    "ChapterResult",
    "GistResult",
    "Highlight",
    "HighlightResult",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "RawResponse",
    "ResponseFormat",
    "SummarizeResult",
    "SummaryResult",
    "TokenUsage",
    "TwelveLabs",
    "TwelveLabsError",
    "Unset",
    "__version__",
    "parse_structured_summary",
]
