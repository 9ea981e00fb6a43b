"""twelvelabs-analyze: a typed, retrying client for TwelveLabs' video analysis API.

>>> from twelvelabs_analyze import TwelveLabs
>>> client = TwelveLabs()                      # reads TWELVELABS_API_KEY
>>> client.analyze(video_id="6298d673f1090f1100476d4c", prompt="Three hashtags for this video").data

Every API method is generated from the spec; the result types (``AnalyzeResult``,
``GistResult``, ``ChapterResult`` …) are importable from here and load on first use, so
``import twelvelabs_analyze`` stays cheap. All request and response models are in
:mod:`twelvelabs_analyze.types`.
"""

from typing import TYPE_CHECKING, Any

from twelvelabs_analyze_api.types import UNSET, Unset

from ._constants import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_WAIT, DEFAULT_TIMEOUT
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ExpiredSignatureError,
    InternalServerError,
    InvalidSignatureError,
    MalformedEventError,
    MalformedSignatureError,
    MissingAPIKeyError,
    MissingSignatureError,
    NotFoundError,
    OutputTruncatedError,
    PermissionDeniedError,
    RateLimitError,
    StreamInterruptedError,
    StreamTimeoutError,
    TaskError,
    TaskFailedError,
    TaskTimeoutError,
    TwelveLabsError,
    UploadError,
    WebhookVerificationError,
)
from ._logs import setup_logging as _setup_logging
from ._polling import TaskProgress
from ._response import RateLimitInfo, RawResponse
from ._structured import parse_structured, parse_structured_summary
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

_setup_logging()  # TWELVELABS_LOG=debug|info

if TYPE_CHECKING:
    from twelvelabs_analyze_api import results
    from twelvelabs_analyze_api.results import *  # noqa: F403 - the result types, see __getattr__

    from ._async._client import AsyncTwelveLabs
    from ._async._pagination import AsyncPage
    from ._async._streamed_response import AsyncResponseContextManager, AsyncStreamedResponse
    from ._async._streaming import AsyncStream
    from ._batch_plan import BatchJobError, BatchJobProgress, BatchJobResult
    from ._paginator import AsyncPaginator
    from ._sync._client import TwelveLabs
    from ._sync._pagination import Page
    from ._sync._streamed_response import ResponseContextManager, StreamedResponse
    from ._sync._streaming import Stream
    from ._upload_plan import UploadProgress

# Loaded on first use, like the result types: sync code never pays for the async half, and the
# generated resources (which import this package's mechanisms) can be imported first without a cycle.
_LAZY = {
    "TwelveLabs": "twelvelabs_analyze._sync._client",
    "Page": "twelvelabs_analyze._sync._pagination",
    "Stream": "twelvelabs_analyze._sync._streaming",
    "StreamedResponse": "twelvelabs_analyze._sync._streamed_response",
    "ResponseContextManager": "twelvelabs_analyze._sync._streamed_response",
    "AsyncTwelveLabs": "twelvelabs_analyze._async._client",
    "AsyncPage": "twelvelabs_analyze._async._pagination",
    "AsyncPaginator": "twelvelabs_analyze._paginator",
    "AsyncStream": "twelvelabs_analyze._async._streaming",
    "AsyncStreamedResponse": "twelvelabs_analyze._async._streamed_response",
    "AsyncResponseContextManager": "twelvelabs_analyze._async._streamed_response",
    "UploadProgress": "twelvelabs_analyze._upload_plan",
    "BatchJobError": "twelvelabs_analyze._batch_plan",
    "BatchJobProgress": "twelvelabs_analyze._batch_plan",
    "BatchJobResult": "twelvelabs_analyze._batch_plan",
}

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_WAIT",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncResponseContextManager",
    "AsyncStream",
    "AsyncStreamedResponse",
    "AsyncTwelveLabs",
    "AuthenticationError",
    "BadRequestError",
    "BatchJobError",
    "BatchJobProgress",
    "BatchJobResult",
    "ConflictError",
    "ExpiredSignatureError",
    "InternalServerError",
    "InvalidSignatureError",
    "MalformedEventError",
    "MalformedSignatureError",
    "MissingAPIKeyError",
    "MissingSignatureError",
    "NotFoundError",
    "NotGiven",
    "OutputTruncatedError",
    "Page",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "RawResponse",
    "ResponseContextManager",
    "Stream",
    "StreamInterruptedError",
    "StreamTimeoutError",
    "StreamedResponse",
    "TaskError",
    "TaskFailedError",
    "TaskProgress",
    "TaskTimeoutError",
    "TwelveLabs",
    "TwelveLabsError",
    "Unset",
    "UploadError",
    "UploadProgress",
    "WebhookVerificationError",
    "__version__",
    "parse_structured",
    "parse_structured_summary",
]
if TYPE_CHECKING:
    __all__ += results.__all__


def __getattr__(name: str) -> Any:
    """The clients, their pages and streams, and the result types, imported the first time they are used."""
    import importlib  # noqa: PLC0415

    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    if name.startswith("_"):
        # ``from twelvelabs_analyze import _sleep`` asks here before it imports the submodule:
        # answering without loading every result model keeps that import cheap.
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from twelvelabs_analyze_api import results  # noqa: PLC0415

    if name in results.__all__:
        value = getattr(results, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    from twelvelabs_analyze_api import results  # noqa: PLC0415

    return sorted({*globals(), *results.__all__})
