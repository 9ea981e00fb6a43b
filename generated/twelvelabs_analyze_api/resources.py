"""The client's methods (sync), one per operation of the spec. Generated — do not edit.

Written by scripts/generate_resources.py from openapi/twelvelabs-analyze.yaml and
openapi/client.yaml; `make generate` rewrites it and `make check-generated` fails when it is stale.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence  # noqa: F401
from functools import cached_property
from typing import (  # noqa: F401
    TYPE_CHECKING,
    Any,
    Literal,
    Required,
    TypeAlias,
    TypedDict,
    Unpack,
    overload,
)

from twelvelabs_analyze._operation import (  # noqa: F401
    AnyOf,
    BareValue,
    Emulation,
    Field,
    Model,
    NoContent,
    Operation,
    Paging,
    Reference,
    Variants,
)
from twelvelabs_analyze._options import call_options
from twelvelabs_analyze._polling import Polling, TaskLookup, WaitOptions
from twelvelabs_analyze._sync._batches import BatchRunning
from twelvelabs_analyze._sync._resource import APIResource
from twelvelabs_analyze._sync._streamed_response import ResponseContextManager
from twelvelabs_analyze._sync._tasks import TaskCreation, TaskWaiting
from twelvelabs_analyze._sync._uploads import AssetUploading
from twelvelabs_analyze._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx
    from twelvelabs_analyze._response import RawResponse
    from twelvelabs_analyze._sync._pagination import Page
    from twelvelabs_analyze._sync._streaming import Stream
    from twelvelabs_analyze._types import FileSource

    from .models import (
        AnalyzeBatchStatusResponse,
        AnalyzeResult,
        AnalyzeTask,
        AnalyzeTaskCreated,
        Asset,
        AssetDetail,
        BatchResultItem,
        ChapterResult,
        CreateAnalyzeBatchResponse,
        CreateAssetUploadResponse,
        GetUploadStatusResponse,
        GistResult,
        HighlightResult,
        IncompleteUploadSummary,
        Index,
        IndexCreated,
        ReportChunkBatchResponse,
        RequestAdditionalPresignedURLsResponse,
        StreamEndEvent,
        StreamStartEvent,
        SummaryResult,
        TextGenerationEvent,
        Video,
        VideoVector,
    )
    from .models.analysis_mode import AnalysisMode
    from .models.analyze_task_status import AnalyzeTaskStatus
    from .models.assets_create_request_method import AssetsCreateRequestMethod
    from .models.assets_list_request_asset_types_item import (
        AssetsListRequestAssetTypesItem,
    )
    from .models.async_response_format_segment_time_format import (
        AsyncResponseFormatSegmentTimeFormat,
    )
    from .models.async_response_format_type import AsyncResponseFormatType
    from .models.batch_status import BatchStatus
    from .models.batch_video_context_type import BatchVideoContextType
    from .models.completed_chunk_proof_type import CompletedChunkProofType
    from .models.create_analyze_batch_request_model_name import (
        CreateAnalyzeBatchRequestModelName,
    )
    from .models.create_asset_upload_request_type import CreateAssetUploadRequestType
    from .models.create_async_analyze_request_analysis_mode import (
        CreateAsyncAnalyzeRequestAnalysisMode,
    )
    from .models.gist_type import GistType
    from .models.indexes_videos_retrieve_request_embedding_option_item import (
        IndexesVideosRetrieveRequestEmbeddingOptionItem,
    )
    from .models.model_name import ModelName
    from .models.response_format_type import ResponseFormatType
    from .models.segment_field_format import SegmentFieldFormat
    from .models.segment_field_items_type import SegmentFieldItemsType
    from .models.segment_field_type import SegmentFieldType
    from .models.sme_media_source_media_type import SmeMediaSourceMediaType
    from .models.summarize_type import SummarizeType
    from .models.sync_response_format_type import SyncResponseFormatType


class VideoContextUrlParam(TypedDict, total=False):
    """Provide the video via a URL."""

    type: Required[Literal["url"]]
    """Discriminator value: url"""
    url: Required[str]
    """The publicly accessible URL of the video file."""


class VideoContextAssetIdParam(TypedDict, total=False):
    """Provide the video via a unique identifier of an asset."""

    type: Required[Literal["asset_id"]]
    """Discriminator value: asset_id"""
    asset_id: Required[str]
    """The unique identifier of an asset from a direct or multipart upload. The asset status must be `ready`. Use the Retrieve an asset method to check the status."""


class VideoContextBase64StringParam(TypedDict, total=False):
    """Provide the video via base64-encoded data."""

    type: Required[Literal["base64_string"]]
    """Discriminator value: base64_string"""
    base64_string: Required[str]
    """The base64-encoded video data. The maximum size is 30MB."""


class AnalyzePromptV2Param(TypedDict, total=False):
    """A structured prompt with `<@name>` placeholders for referencing images. Not with `model_name` `pegasus1.2`, nor when `analysis_mode` is `time_based_metadata`. Mutually exclusive with the `prompt` and `image` parameters."""

    input_text: Required[str]
    """The text of the prompt. Use `<@name>` placeholders to reference images declared in `media_sources` (Example: `"Is there a <@tiger-1> in the video?"`). For Pegasus 1.5, this text counts toward the context window."""
    media_sources: Sequence[SMEMediaSourceParam]
    """Reference images for the `<@name>` placeholders in the prompt. Maximum 4 sources."""


class SMEMediaSourceParam(TypedDict, total=False):
    """A reference image that provides visual context for segment identification. Provide exactly one of `url`, `asset_id`, or `base64_string`."""

    name: Required[str]
    """A descriptive name for this media source."""
    media_type: Required[SmeMediaSourceMediaType]
    """The media type. Only `image` is available."""
    url: str
    """A publicly accessible HTTPS URL of the image."""
    asset_id: str
    """The unique identifier of an uploaded asset."""
    base64_string: str
    """Base64-encoded image data. The maximum size is 30MB."""


class SyncResponseFormatParam(TypedDict, total=False):
    """Specifies the format of the response. When you omit this parameter, the platform returns unstructured text."""

    type: Required[SyncResponseFormatType]
    """Set this parameter to "json_schema" to receive structured JSON responses."""
    json_schema: Required[Mapping[str, Any]]
    """Contains the JSON schema that defines the response structure. The schema must adhere to the JSON Schema Draft 2020-12 specification."""


class AnalyzeImageInputParam(TypedDict, total=False):
    """An image to analyze. Provide exactly one of `url`, `asset_id`, or `base64_string`. Each image can be up to 20 MB and 16,777,216 pixels (width × height); supported formats: JPEG, PNG, WebP, GIF, and BMP."""

    name: Required[str]
    """The name of this image, unique within the `image` array: letters, digits and underscores. Refer to it in the prompt as `<@name>` (every image or none)."""
    url: str
    """A publicly accessible HTTPS URL of the image. The platform rejects HTTP URLs."""
    asset_id: str
    """The unique identifier of an uploaded asset."""
    base64_string: str
    """Base64-encoded image data, at most 20 MB decoded."""


class BatchDefaultsParam(TypedDict, total=False):
    """Default values applied to every item that does not override them. Every field is optional. Items in the `requests` array override these values. To override the `prompt` or `response_format` field, provide the full object on the item. You cannot change only some of its nested fields."""

    prompt: BatchPromptParam
    """A structured prompt with `<@name>` placeholders for referencing images. Not supported when `analysis_mode` is `time_based_metadata`."""
    response_format: AsyncResponseFormatParam
    """Controls the response format. When you omit this parameter, you receive unstructured text. `json_schema`: structured JSON that conforms to your schema. `segment_definitions`: timestamped metadata with custom fields (video segmentation), with `analysis_mode` `time_based_metadata`."""
    temperature: float
    """Controls the randomness of the text output."""
    max_tokens: int
    """The maximum number of tokens to generate per item. The allowed range depends on the model and analysis mode (see the `POST` method of the `/analyze/tasks` endpoint for the per-mode table)."""
    min_segment_duration: float
    """Minimum duration for each extracted segment, in seconds. Applies only when the `analysis_mode` field is `time_based_metadata`."""
    max_segment_duration: float
    """Maximum duration for each extracted segment, in seconds. Must be greater than or equal to the `min_segment_duration` field. Applies only when the `analysis_mode` field is `time_based_metadata`."""
    start_time: float
    """Start of the analysis window, in seconds, applied to every item. Use with `end_time` to analyze only the `[start_time, end_time)` portion of each video."""
    end_time: float
    """End of the analysis window, in seconds, applied to every item. Use with `start_time` to analyze only the `[start_time, end_time)` portion of each video."""


class BatchPromptParam(TypedDict, total=False):
    """A structured prompt with `<@name>` placeholders for referencing images. Not supported when `analysis_mode` is `time_based_metadata`."""

    input_text: Required[str]
    """The text of the prompt. Use `<@name>` placeholders to reference images declared in `media_sources` (Example: `"Is there a <@tiger-1> in the video?"`). This text counts toward the context window."""
    media_sources: Sequence[SMEMediaSourceParam]
    """Reference images for the `<@name>` placeholders in the prompt. Maximum 4 sources."""


class AsyncResponseFormatParam(TypedDict, total=False):
    """Controls the response format. When you omit this parameter, you receive unstructured text. `json_schema`: structured JSON that conforms to your schema. `segment_definitions`: timestamped metadata with custom fields (video segmentation), with `analysis_mode` `time_based_metadata`."""

    type: Required[AsyncResponseFormatType]
    """The response format to use. `json_schema`: structured JSON that conforms to your schema. `segment_definitions`: timestamped metadata with custom fields, with `analysis_mode` `time_based_metadata`."""
    json_schema: Mapping[str, Any]
    """Contains the JSON schema that defines the response structure. The schema must adhere to the JSON Schema Draft 2020-12 specification."""
    segment_definitions: Sequence[SegmentDefinitionParam]
    """Define the types of segments to extract from your video. Minimum 1, maximum 20 definitions. The number of segment definitions affects billing. For details, see the Frequently asked questions page."""
    segment_time_format: AsyncResponseFormatSegmentTimeFormat
    """The output format of the automatic `start_time` and `end_time` keys of each segment: `seconds` (the default, a JSON number), `hh:mm:ss` or `hh:mm:ss.fff`. Requires the `type` parameter set to `segment_definitions`."""


class SegmentDefinitionParam(TypedDict, total=False):
    """Defines a type of segment to extract from the video."""

    id: Required[str]
    """A unique identifier for this segment definition."""
    description: Required[str]
    """Describe what this type of segment looks like in the video. The model uses this text to identify matching segments."""
    fields: Sequence[SegmentFieldParam]
    """Custom fields to extract for each segment instance."""
    media_sources: Sequence[SMEMediaSourceParam]
    """Reference images that help the model identify segments. Maximum 4 sources."""
    time_ranges: Sequence[AnalyzeTimeRangeParam]
    """Time windows that limit segment extraction to specific parts of the video. Only supported for Pegasus 1.5 with `analysis_mode` set to `time_based_metadata`."""


class SegmentFieldParam(TypedDict, total=False):
    """A custom field to extract for each segment.

    **Timestamp fields** (Pegasus 1.5 only)

    Set `type` to `timestamp` and provide a `format` to control the format of the returned value on each segment. See the `format` property for supported values.

    Each segment includes automatic `start_time` and `end_time` keys (floats in seconds) that mark the segment boundary. These names, along with `metadata`, are reserved and cannot be used for `timestamp` fields."""

    name: Required[str]
    """The name of the field."""
    type: Required[SegmentFieldType]
    """The data type of the field."""
    description: Required[str]
    """Instructions that guide the model on what this field should contain and how to extract it from the video."""
    format: SegmentFieldFormat
    """The output format for `timestamp` fields. Required when `type` is `timestamp`. Must be omitted for any other type."""
    enum: Sequence[str]
    """Allowed values for this field. Maximum 100 values. Not supported when `type` is `timestamp`."""
    items: SegmentFieldItemsParam
    """Required when `type` is `array`. Specifies the type of array elements. Not supported when `type` is `timestamp`."""


class SegmentFieldItemsParam(TypedDict, total=False):
    """Required when `type` is `array`. Specifies the type of array elements. Not supported when `type` is `timestamp`."""

    type: Required[SegmentFieldItemsType]


class AnalyzeTimeRangeParam(TypedDict, total=False):
    """A time window within the video, expressed in seconds."""

    start_time: Required[float]
    """The start of the window, as an absolute timestamp in seconds, based on the video's internal metadata. Must be less than `end_time` and within the video duration."""
    end_time: Required[float]
    """The end of the window, as an absolute timestamp in seconds, based on the video's internal metadata. Must be greater than `start_time` by at least `2` seconds and within the video duration."""


class BatchItemRequestParam(TypedDict, total=False):
    """A single analysis request inside a batch. Identify the video in the `video` field. Every other field is optional and overrides the matching field in the `defaults` object."""

    video: Required[BatchVideoContextParam]
    """Identifies the asset to analyze."""
    custom_id: str
    """An optional identifier you set per item when you create the batch. Use this field to map batch results back to records in your system, for example, to correlate each result with the source video in your database."""
    prompt: BatchPromptParam
    """A structured prompt with `<@name>` placeholders for referencing images. Not supported when `analysis_mode` is `time_based_metadata`."""
    response_format: AsyncResponseFormatParam
    """Controls the response format. When you omit this parameter, you receive unstructured text. `json_schema`: structured JSON that conforms to your schema. `segment_definitions`: timestamped metadata with custom fields (video segmentation), with `analysis_mode` `time_based_metadata`."""
    temperature: float
    """Controls the randomness of the text output."""
    max_tokens: int
    """Override the `defaults.max_tokens` value for this item."""
    min_segment_duration: float
    """Override the `defaults.min_segment_duration` value for this item."""
    max_segment_duration: float
    """Override the `defaults.max_segment_duration` value for this item."""
    start_time: float
    """Override the `defaults.start_time` value for this item."""
    end_time: float
    """Override the `defaults.end_time` value for this item."""


class BatchVideoContextParam(TypedDict, total=False):
    """Identifies the asset to analyze."""

    type: Required[BatchVideoContextType]
    """Set this field to `asset_id` to indicate that you're providing the video as an asset."""
    asset_id: Required[str]
    """The unique identifier of an asset from a direct or multipart upload. The asset status must be `ready`. Use the Retrieve an asset method to check the status."""


class CompletedChunkParam(TypedDict, total=False):
    """The ``CompletedChunk`` object, given as a dict."""

    chunk_index: Required[int]
    """The number that identifies which chunk you uploaded. When you received presigned URLs from the platform, each URL was assigned an index number. Use that same number. The chunks are numbered starting from 1."""
    proof: Required[str]
    """The ETag value you received after uploading the chunk. When you upload a chunk to a presigned URLs, the response includes an ETag. Use this value and submit it as proof of successful upload."""
    proof_type: Required[CompletedChunkProofType]
    """The verification method. Supported value: `etag`."""
    chunk_size: Required[int]
    """The number of bytes uploaded for this chunk. For all chunks except the last, this value equals `chunk_size`. For the last chunk, it may be smaller."""


class IndexesCreateRequestModelsItemParam(TypedDict, total=False):
    """The ``IndexesCreateRequestModelsItem`` object, given as a dict."""

    model_name: Required[str]
    """The name of the model. The following models are available:"""
    model_options: Required[Sequence[str]]
    """An array that specifies which modalities the platform analyzes. For the Marengo and Pegasus models, you can specify one or both of the following model options: `visual` and `audio`. For more details, see the Model options section."""


class IndexesVideosListRequestDurationParam(TypedDict, total=False):
    """The ``IndexesVideosListRequestDuration`` object, given as a dict."""

    gte: float
    lte: float


class IndexesVideosListRequestFpsParam(TypedDict, total=False):
    """The ``IndexesVideosListRequestFps`` object, given as a dict."""

    gte: float
    lte: float


class IndexesVideosListRequestWidthParam(TypedDict, total=False):
    """The ``IndexesVideosListRequestWidth`` object, given as a dict."""

    gte: int
    lte: int


class IndexesVideosListRequestHeightParam(TypedDict, total=False):
    """The ``IndexesVideosListRequestHeight`` object, given as a dict."""

    gte: int
    lte: int


class IndexesVideosListRequestSizeParam(TypedDict, total=False):
    """The ``IndexesVideosListRequestSize`` object, given as a dict."""

    gte: float
    lte: float


class ResponseFormatParam(TypedDict, total=False):
    """The ``ResponseFormat`` object, given as a dict."""

    type: Required[ResponseFormatType]
    json_schema: Required[Mapping[str, Any]]


if (
    TYPE_CHECKING
):  # unions of result models; twelvelabs_analyze exports them at run time
    AnalyzeStreamEvent: TypeAlias = (
        StreamStartEvent | TextGenerationEvent | StreamEndEvent
    )
    SummarizeResult: TypeAlias = SummaryResult | ChapterResult | HighlightResult

# --- operations: what each method hands to the client
_ANALYZE_ASYNC_BATCHES_LIST = Operation(
    name="analyze_async.batches.list",
    method="GET",
    path="/analyze/batches",
    fields=(
        Field("page", "page", "query"),
        Field("page_limit", "page_limit", "query"),
        Field("status", "status", "query"),
        Field("analysis_mode", "analysis_mode", "query"),
    ),
    result=Model("twelvelabs_analyze_api.models.batch_page:BatchPage"),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {
            "page": {"type": "integer", "default": 1},
            "page_limit": {"type": "integer", "default": 10},
            "status": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/BatchStatus"},
            },
            "analysis_mode": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/AnalysisMode"},
            },
        },
    },
    paging=Paging(
        "page",
        "data",
        ("page_info", "total_page"),
        total_results=("page_info", "total_results"),
    ),
    omit_none=frozenset(["analysis_mode", "page", "page_limit", "status"]),
)
_ANALYZE_ASYNC_BATCHES_CREATE = Operation(
    name="analyze_async.batches.create",
    method="POST",
    path="/analyze/batches",
    fields=(
        Field("model_name", "model_name", "body"),
        Field("analysis_mode", "analysis_mode", "body"),
        Field("defaults", "defaults", "body"),
        Field("requests", "requests", "body"),
    ),
    result=Model(
        "twelvelabs_analyze_api.models.create_analyze_batch_response:CreateAnalyzeBatchResponse"
    ),
    success=201,
    body_schema="#/components/schemas/CreateAnalyzeBatchRequest",
    omit_none=frozenset(["defaults"]),
)
_ANALYZE_ASYNC_BATCHES_RETRIEVE = Operation(
    name="analyze_async.batches.retrieve",
    method="GET",
    path="/analyze/batches/{batch_id}",
    fields=(Field("batch_id", "batch_id", "path"),),
    result=Model(
        "twelvelabs_analyze_api.models.analyze_batch_status_response:AnalyzeBatchStatusResponse"
    ),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {"batch_id": {"type": "string"}},
        "required": ["batch_id"],
    },
)
_ANALYZE_ASYNC_BATCHES_DELETE = Operation(
    name="analyze_async.batches.delete",
    method="DELETE",
    path="/analyze/batches/{batch_id}",
    fields=(Field("batch_id", "batch_id", "path"),),
    result=NoContent(),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {"batch_id": {"type": "string"}},
        "required": ["batch_id"],
    },
)
_ANALYZE_ASYNC_BATCHES_CANCEL = Operation(
    name="analyze_async.batches.cancel",
    method="POST",
    path="/analyze/batches/{batch_id}/cancel",
    fields=(Field("batch_id", "batch_id", "path"),),
    result=Model(
        "twelvelabs_analyze_api.models.analyze_batch_status_response:AnalyzeBatchStatusResponse"
    ),
    success=202,
    parameters_schema={
        "type": "object",
        "properties": {"batch_id": {"type": "string"}},
        "required": ["batch_id"],
    },
)
_ANALYZE_ASYNC_BATCHES_RESULTS_STREAM = Operation(
    name="analyze_async.batches.results_stream",
    method="GET",
    path="/analyze/batches/{batch_id}/results",
    fields=(Field("batch_id", "batch_id", "path"),),
    result=Model("twelvelabs_analyze_api.models.batch_result_item:BatchResultItem"),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {"batch_id": {"type": "string"}},
        "required": ["batch_id"],
    },
    stream=True,
)
_ANALYZE_ASYNC_TASKS_LIST = Operation(
    name="analyze_async.tasks.list",
    method="GET",
    path="/analyze/tasks",
    fields=(
        Field("page", "page", "query"),
        Field("page_limit", "page_limit", "query"),
        Field("status", "status", "query"),
        Field("video_url", "video_url", "query"),
        Field("asset_id", "asset_id", "query"),
        Field("video_id", "video_id", "query"),
        Field("analysis_mode", "analysis_mode", "query"),
    ),
    result=Model("twelvelabs_analyze_api.models.analyze_task_page:AnalyzeTaskPage"),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {
            "page": {"type": "integer", "default": 1, "minimum": 1},
            "page_limit": {
                "type": "integer",
                "default": 10,
                "minimum": 1,
                "maximum": 50,
            },
            "status": {"$ref": "#/components/schemas/AnalyzeTaskStatus"},
            "video_url": {"type": "string", "format": "uri"},
            "asset_id": {"type": "string"},
            "video_id": {"type": "string"},
            "analysis_mode": {"$ref": "#/components/schemas/AnalysisMode"},
        },
    },
    paging=Paging(
        "page",
        "data",
        ("page_info", "total_page"),
        total_results=("page_info", "total_results"),
    ),
    omit_none=frozenset(
        [
            "analysis_mode",
            "asset_id",
            "page",
            "page_limit",
            "status",
            "video_id",
            "video_url",
        ]
    ),
)
_ANALYZE_ASYNC_TASKS_CREATE = Operation(
    name="analyze_async.tasks.create",
    method="POST",
    path="/analyze/tasks",
    fields=(
        Field("model_name", "model_name", "body"),
        Field("custom_id", "custom_id", "body"),
        Field("video", "video", "body"),
        Field("prompt", "prompt", "body"),
        Field("prompt_v2", "prompt_v2", "body"),
        Field("analysis_mode", "analysis_mode", "body"),
        Field("temperature", "temperature", "body"),
        Field("max_tokens", "max_tokens", "body"),
        Field("response_format", "response_format", "body"),
        Field("min_segment_duration", "min_segment_duration", "body"),
        Field("max_segment_duration", "max_segment_duration", "body"),
        Field("start_time", "start_time", "body"),
        Field("end_time", "end_time", "body"),
        Field("image", "image", "body"),
    ),
    result=Model(
        "twelvelabs_analyze_api.models.analyze_task_created:AnalyzeTaskCreated"
    ),
    success=202,
    body_schema="#/components/schemas/CreateAsyncAnalyzeRequest",
    bare={
        "response_format": BareValue(
            "type",
            frozenset(["json_schema", "segment_definitions"]),
            "json_schema",
            "json_schema",
        ),
        "video": Reference(
            "type",
            "asset_id",
            "asset_id",
            frozenset(["Asset", "AssetDetail"]),
            "_id",
            "status",
            frozenset(["ready"]),
        ),
    },
    omit_none=frozenset(
        [
            "analysis_mode",
            "custom_id",
            "end_time",
            "image",
            "max_segment_duration",
            "max_tokens",
            "min_segment_duration",
            "model_name",
            "prompt",
            "prompt_v2",
            "response_format",
            "start_time",
            "temperature",
            "video",
        ]
    ),
)
_ANALYZE_ASYNC_TASKS_RETRIEVE = Operation(
    name="analyze_async.tasks.retrieve",
    method="GET",
    path="/analyze/tasks/{task_id}",
    fields=(Field("task_id", "task_id", "path"),),
    result=Model("twelvelabs_analyze_api.models.analyze_task:AnalyzeTask"),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {"task_id": {"type": "string", "minLength": 1, "pattern": "\\S"}},
        "required": ["task_id"],
    },
)
_ANALYZE_ASYNC_TASKS_DELETE = Operation(
    name="analyze_async.tasks.delete",
    method="DELETE",
    path="/analyze/tasks/{task_id}",
    fields=(Field("task_id", "task_id", "path"),),
    result=NoContent(),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {"task_id": {"type": "string", "minLength": 1, "pattern": "\\S"}},
        "required": ["task_id"],
    },
)
_ASSETS_LIST = Operation(
    name="assets.list",
    method="GET",
    path="/assets",
    fields=(
        Field("page", "page", "query"),
        Field("page_limit", "page_limit", "query"),
        Field("asset_ids", "asset_ids", "query"),
        Field("asset_types", "asset_types", "query"),
        Field("filename", "filename", "query"),
    ),
    result=Model("twelvelabs_analyze_api.models.asset_page:AssetPage"),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {
            "page": {"type": "integer", "default": 1, "minimum": 1},
            "page_limit": {
                "type": "integer",
                "default": 10,
                "minimum": 1,
                "maximum": 50,
            },
            "asset_ids": {"type": "array", "items": {"type": "string"}},
            "asset_types": {
                "type": "array",
                "items": {
                    "$ref": "#/components/schemas/AssetsListRequestAssetTypesItem"
                },
            },
            "filename": {"type": "string"},
        },
    },
    paging=Paging(
        "page",
        "data",
        ("page_info", "total_page"),
        total_results=("page_info", "total_results"),
    ),
    omit_none=frozenset(["asset_ids", "asset_types", "filename", "page", "page_limit"]),
)
_ASSETS_CREATE = Operation(
    name="assets.create",
    method="POST",
    path="/assets",
    fields=(
        Field("method", "method", "body"),
        Field("file", "file", "body"),
        Field("url", "url", "body"),
        Field("filename", "filename", "body"),
        Field("enable_hls", "enable_hls", "body"),
        Field("enable_thumbnail", "enable_thumbnail", "body"),
        Field("user_metadata", "user_metadata", "body"),
    ),
    result=Model("twelvelabs_analyze_api.models.asset:Asset"),
    success=201,
    body_schema="#/components/schemas/AssetsCreateRequest",
    form=frozenset(["file"]),
    omit_none=frozenset(
        ["enable_hls", "enable_thumbnail", "file", "filename", "url", "user_metadata"]
    ),
)
_ASSETS_RETRIEVE = Operation(
    name="assets.retrieve",
    method="GET",
    path="/assets/{asset_id}",
    fields=(Field("asset_id", "asset_id", "path"),),
    result=Model("twelvelabs_analyze_api.models.asset_detail:AssetDetail"),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {"asset_id": {"type": "string"}},
        "required": ["asset_id"],
    },
)
_ASSETS_DELETE = Operation(
    name="assets.delete",
    method="DELETE",
    path="/assets/{asset_id}",
    fields=(
        Field("asset_id", "asset_id", "path"),
        Field("force", "force", "query"),
    ),
    result=NoContent(),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {
            "asset_id": {"type": "string"},
            "force": {"type": "boolean", "default": False},
        },
        "required": ["asset_id"],
    },
    omit_none=frozenset(["force"]),
)
_ASSETS_REPLACE_USER_METADATA = Operation(
    name="assets.replace_user_metadata",
    method="PUT",
    path="/assets/{asset_id}/user-metadata",
    fields=(
        Field("asset_id", "asset_id", "path"),
        Field("user_metadata", "user_metadata", "body"),
    ),
    result=NoContent(),
    success=200,
    body_schema="#/components/schemas/AssetsReplaceUserMetadataRequest",
    parameters_schema={
        "type": "object",
        "properties": {"asset_id": {"type": "string"}},
        "required": ["asset_id"],
    },
)
_ASSETS_DELETE_USER_METADATA = Operation(
    name="assets.delete_user_metadata",
    method="DELETE",
    path="/assets/{asset_id}/user-metadata",
    fields=(Field("asset_id", "asset_id", "path"),),
    result=NoContent(),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {"asset_id": {"type": "string"}},
        "required": ["asset_id"],
    },
)
_ASSETS_UPDATE_USER_METADATA = Operation(
    name="assets.update_user_metadata",
    method="PATCH",
    path="/assets/{asset_id}/user-metadata",
    fields=(
        Field("asset_id", "asset_id", "path"),
        Field("user_metadata", "user_metadata", "body"),
    ),
    result=NoContent(),
    success=200,
    body_schema="#/components/schemas/AssetsUpdateUserMetadataRequest",
    parameters_schema={
        "type": "object",
        "properties": {"asset_id": {"type": "string"}},
        "required": ["asset_id"],
    },
)
_MULTIPART_UPLOAD_LIST_INCOMPLETE_UPLOADS = Operation(
    name="multipart_upload.list_incomplete_uploads",
    method="GET",
    path="/assets/multipart-uploads",
    fields=(
        Field("page", "page", "query"),
        Field("page_limit", "page_limit", "query"),
    ),
    result=Model(
        "twelvelabs_analyze_api.models.list_incomplete_uploads_response:ListIncompleteUploadsResponse"
    ),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {
            "page": {"type": "integer", "default": 1, "minimum": 1},
            "page_limit": {
                "type": "integer",
                "default": 10,
                "minimum": 1,
                "maximum": 50,
            },
        },
    },
    paging=Paging(
        "page",
        "data",
        ("page_info", "total_page"),
        total_results=("page_info", "total_results"),
    ),
    omit_none=frozenset(["page", "page_limit"]),
)
_MULTIPART_UPLOAD_CREATE = Operation(
    name="multipart_upload.create",
    method="POST",
    path="/assets/multipart-uploads",
    fields=(
        Field("filename", "filename", "body"),
        Field("type", "type", "body"),
        Field("total_size", "total_size", "body"),
        Field("enable_hls", "enable_hls", "body"),
        Field("enable_thumbnail", "enable_thumbnail", "body"),
        Field("user_metadata", "user_metadata", "body"),
    ),
    result=Model(
        "twelvelabs_analyze_api.models.create_asset_upload_response:CreateAssetUploadResponse"
    ),
    success=201,
    body_schema="#/components/schemas/CreateAssetUploadRequest",
    omit_none=frozenset(["enable_hls", "enable_thumbnail", "user_metadata"]),
)
_MULTIPART_UPLOAD_GET_STATUS = Operation(
    name="multipart_upload.get_status",
    method="GET",
    path="/assets/multipart-uploads/{upload_id}",
    fields=(
        Field("upload_id", "upload_id", "path"),
        Field("page", "page", "query"),
        Field("page_limit", "page_limit", "query"),
    ),
    result=Model(
        "twelvelabs_analyze_api.models.get_upload_status_response:GetUploadStatusResponse"
    ),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {
            "upload_id": {"type": "string"},
            "page": {"type": "integer", "default": 1, "minimum": 1},
            "page_limit": {
                "type": "integer",
                "default": 10,
                "minimum": 1,
                "maximum": 50,
            },
        },
        "required": ["upload_id"],
    },
    omit_none=frozenset(["page", "page_limit"]),
)
_MULTIPART_UPLOAD_REPORT_CHUNK_BATCH = Operation(
    name="multipart_upload.report_chunk_batch",
    method="POST",
    path="/assets/multipart-uploads/{upload_id}",
    fields=(
        Field("upload_id", "upload_id", "path"),
        Field("completed_chunks", "completed_chunks", "body"),
    ),
    result=Model(
        "twelvelabs_analyze_api.models.report_chunk_batch_response:ReportChunkBatchResponse"
    ),
    success=200,
    body_schema="#/components/schemas/ReportChunkBatchRequest",
    parameters_schema={
        "type": "object",
        "properties": {"upload_id": {"type": "string"}},
        "required": ["upload_id"],
    },
)
_MULTIPART_UPLOAD_GET_ADDITIONAL_PRESIGNED_URLS = Operation(
    name="multipart_upload.get_additional_presigned_urls",
    method="POST",
    path="/assets/multipart-uploads/{upload_id}/presigned-urls",
    fields=(
        Field("upload_id", "upload_id", "path"),
        Field("start", "start", "body"),
        Field("count", "count", "body"),
    ),
    result=Model(
        "twelvelabs_analyze_api.models.request_additional_presigned_ur_ls_response:RequestAdditionalPresignedURLsResponse"
    ),
    success=200,
    body_schema="#/components/schemas/RequestAdditionalPresignedURLsRequest",
    parameters_schema={
        "type": "object",
        "properties": {"upload_id": {"type": "string"}},
        "required": ["upload_id"],
    },
)
_INDEXES_VIDEOS_LIST = Operation(
    name="indexes.videos.list",
    method="GET",
    path="/indexes/{index-id}/videos",
    fields=(
        Field("index_id", "index-id", "path"),
        Field("page", "page", "query"),
        Field("page_limit", "page_limit", "query"),
        Field("sort_by", "sort_by", "query"),
        Field("sort_option", "sort_option", "query"),
        Field("filename", "filename", "query"),
        Field("duration", "duration", "query"),
        Field("fps", "fps", "query"),
        Field("width", "width", "query"),
        Field("height", "height", "query"),
        Field("size", "size", "query"),
        Field("created_at", "created_at", "query"),
        Field("updated_at", "updated_at", "query"),
        Field("user_metadata", "user_metadata", "query"),
    ),
    result=Model("twelvelabs_analyze_api.models.video_page:VideoPage"),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {
            "index-id": {"type": "string"},
            "page": {"type": "integer", "default": 1},
            "page_limit": {"type": "integer", "default": 10},
            "sort_by": {"type": "string", "default": "created_at"},
            "sort_option": {"type": "string", "default": "desc"},
            "filename": {"type": "string"},
            "duration": {
                "$ref": "#/components/schemas/IndexesVideosListRequestDuration"
            },
            "fps": {"$ref": "#/components/schemas/IndexesVideosListRequestFps"},
            "width": {"$ref": "#/components/schemas/IndexesVideosListRequestWidth"},
            "height": {"$ref": "#/components/schemas/IndexesVideosListRequestHeight"},
            "size": {"$ref": "#/components/schemas/IndexesVideosListRequestSize"},
            "created_at": {"type": "string"},
            "updated_at": {"type": "string"},
            "user_metadata": {
                "type": "object",
                "additionalProperties": {
                    "$ref": "#/components/schemas/IndexesVideosListRequestUserMetadataValue"
                },
            },
        },
        "required": ["index-id"],
    },
    paging=Paging(
        "page",
        "data",
        ("page_info", "total_page"),
        total_results=("page_info", "total_results"),
    ),
    omit_none=frozenset(
        [
            "created_at",
            "duration",
            "filename",
            "fps",
            "height",
            "page",
            "page_limit",
            "size",
            "sort_by",
            "sort_option",
            "updated_at",
            "user_metadata",
            "width",
        ]
    ),
)
_INDEXES_VIDEOS_RETRIEVE = Operation(
    name="indexes.videos.retrieve",
    method="GET",
    path="/indexes/{index-id}/videos/{video-id}",
    fields=(
        Field("index_id", "index-id", "path"),
        Field("video_id", "video-id", "path"),
        Field("embedding_option", "embedding_option", "query"),
        Field("transcription", "transcription", "query"),
    ),
    result=Model("twelvelabs_analyze_api.models.video:Video"),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {
            "index-id": {"type": "string"},
            "video-id": {"type": "string"},
            "embedding_option": {
                "type": "array",
                "items": {
                    "$ref": "#/components/schemas/IndexesVideosRetrieveRequestEmbeddingOptionItem"
                },
            },
            "transcription": {"type": "boolean"},
        },
        "required": ["index-id", "video-id"],
    },
    omit_none=frozenset(["embedding_option", "transcription"]),
)
_INDEXES_VIDEOS_DELETE = Operation(
    name="indexes.videos.delete",
    method="DELETE",
    path="/indexes/{index-id}/videos/{video-id}",
    fields=(
        Field("index_id", "index-id", "path"),
        Field("video_id", "video-id", "path"),
    ),
    result=NoContent(),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {"index-id": {"type": "string"}, "video-id": {"type": "string"}},
        "required": ["index-id", "video-id"],
    },
)
_INDEXES_VIDEOS_UPDATE = Operation(
    name="indexes.videos.update",
    method="PATCH",
    path="/indexes/{index-id}/videos/{video-id}",
    fields=(
        Field("index_id", "index-id", "path"),
        Field("video_id", "video-id", "path"),
        Field("user_metadata", "user_metadata", "body"),
    ),
    result=NoContent(),
    success=200,
    body_schema="#/components/schemas/IndexesVideosUpdateRequest",
    parameters_schema={
        "type": "object",
        "properties": {"index-id": {"type": "string"}, "video-id": {"type": "string"}},
        "required": ["index-id", "video-id"],
    },
    omit_none=frozenset(["user_metadata"]),
)
_INDEXES_LIST = Operation(
    name="indexes.list",
    method="GET",
    path="/indexes",
    fields=(
        Field("page", "page", "query"),
        Field("page_limit", "page_limit", "query"),
        Field("sort_by", "sort_by", "query"),
        Field("sort_option", "sort_option", "query"),
        Field("index_name", "index_name", "query"),
        Field("model_options", "model_options", "query"),
        Field("model_family", "model_family", "query"),
        Field("created_at", "created_at", "query"),
        Field("updated_at", "updated_at", "query"),
    ),
    result=Model("twelvelabs_analyze_api.models.index_page:IndexPage"),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {
            "page": {"type": "integer", "default": 1},
            "page_limit": {"type": "integer", "default": 10},
            "sort_by": {"type": "string", "default": "created_at"},
            "sort_option": {"type": "string", "default": "desc"},
            "index_name": {"type": "string"},
            "model_options": {"type": "string"},
            "model_family": {"type": "string"},
            "created_at": {"type": "string"},
            "updated_at": {"type": "string"},
        },
    },
    paging=Paging(
        "page",
        "data",
        ("page_info", "total_page"),
        total_results=("page_info", "total_results"),
    ),
    omit_none=frozenset(
        [
            "created_at",
            "index_name",
            "model_family",
            "model_options",
            "page",
            "page_limit",
            "sort_by",
            "sort_option",
            "updated_at",
        ]
    ),
)
_INDEXES_CREATE = Operation(
    name="indexes.create",
    method="POST",
    path="/indexes",
    fields=(
        Field("index_name", "index_name", "body"),
        Field("models", "models", "body"),
        Field("addons", "addons", "body"),
    ),
    result=Model("twelvelabs_analyze_api.models.index_created:IndexCreated"),
    success=201,
    body_schema="#/components/schemas/IndexesCreateRequest",
    omit_none=frozenset(["addons"]),
)
_INDEXES_RETRIEVE = Operation(
    name="indexes.retrieve",
    method="GET",
    path="/indexes/{index-id}",
    fields=(Field("index_id", "index-id", "path"),),
    result=Model("twelvelabs_analyze_api.models.index:Index"),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {"index-id": {"type": "string"}},
        "required": ["index-id"],
    },
)
_INDEXES_UPDATE = Operation(
    name="indexes.update",
    method="PUT",
    path="/indexes/{index-id}",
    fields=(
        Field("index_id", "index-id", "path"),
        Field("index_name", "index_name", "body"),
    ),
    result=NoContent(),
    success=200,
    body_schema="#/components/schemas/IndexesUpdateRequest",
    parameters_schema={
        "type": "object",
        "properties": {"index-id": {"type": "string"}},
        "required": ["index-id"],
    },
)
_INDEXES_DELETE = Operation(
    name="indexes.delete",
    method="DELETE",
    path="/indexes/{index-id}",
    fields=(Field("index_id", "index-id", "path"),),
    result=NoContent(),
    success=200,
    parameters_schema={
        "type": "object",
        "properties": {"index-id": {"type": "string"}},
        "required": ["index-id"],
    },
)
_ANALYZE = Operation(
    name="analyze",
    method="POST",
    path="/analyze",
    fields=(
        Field("model_name", "model_name", "body"),
        Field("video_id", "video_id", "body"),
        Field("video", "video", "body"),
        Field("prompt", "prompt", "body"),
        Field("prompt_v2", "prompt_v2", "body"),
        Field("temperature", "temperature", "body"),
        Field("response_format", "response_format", "body"),
        Field("max_tokens", "max_tokens", "body"),
        Field("start_time", "start_time", "body"),
        Field("end_time", "end_time", "body"),
        Field("image", "image", "body"),
    ),
    result=Model("twelvelabs_analyze_api.models.analyze_result:AnalyzeResult"),
    success=200,
    body_schema="#/components/schemas/AnalyzeRequest",
    fixed={"stream": False},
    bare={
        "response_format": BareValue(
            "type", frozenset(["json_schema"]), "json_schema", "json_schema"
        ),
        "video": Reference(
            "type",
            "asset_id",
            "asset_id",
            frozenset(["Asset", "AssetDetail"]),
            "_id",
            "status",
            frozenset(["ready"]),
        ),
    },
    omit_none=frozenset(
        [
            "end_time",
            "image",
            "max_tokens",
            "model_name",
            "prompt",
            "prompt_v2",
            "response_format",
            "start_time",
            "temperature",
            "video",
            "video_id",
        ]
    ),
)
_ANALYZE_STREAM = Operation(
    name="analyze_stream",
    method="POST",
    path="/analyze",
    fields=(
        Field("model_name", "model_name", "body"),
        Field("video_id", "video_id", "body"),
        Field("video", "video", "body"),
        Field("prompt", "prompt", "body"),
        Field("prompt_v2", "prompt_v2", "body"),
        Field("temperature", "temperature", "body"),
        Field("response_format", "response_format", "body"),
        Field("max_tokens", "max_tokens", "body"),
        Field("start_time", "start_time", "body"),
        Field("end_time", "end_time", "body"),
        Field("image", "image", "body"),
    ),
    result=Variants(
        "event_type",
        {
            "stream_start": "twelvelabs_analyze_api.models.stream_start_event:StreamStartEvent",
            "text_generation": "twelvelabs_analyze_api.models.text_generation_event:TextGenerationEvent",
            "stream_end": "twelvelabs_analyze_api.models.stream_end_event:StreamEndEvent",
        },
    ),
    success=200,
    body_schema="#/components/schemas/AnalyzeRequest",
    fixed={"stream": True},
    bare={
        "response_format": BareValue(
            "type", frozenset(["json_schema"]), "json_schema", "json_schema"
        ),
        "video": Reference(
            "type",
            "asset_id",
            "asset_id",
            frozenset(["Asset", "AssetDetail"]),
            "_id",
            "status",
            frozenset(["ready"]),
        ),
    },
    stream=True,
    final_event="stream_end",
    omit_none=frozenset(
        [
            "end_time",
            "image",
            "max_tokens",
            "model_name",
            "prompt",
            "prompt_v2",
            "response_format",
            "start_time",
            "temperature",
            "video",
            "video_id",
        ]
    ),
)
_GIST = Operation(
    name="gist",
    method="POST",
    path="/gist",
    fields=(
        Field("video_id", "video_id", "body"),
        Field("types", "types", "body"),
    ),
    result=Model("twelvelabs_analyze_api.models.gist_result:GistResult"),
    success=200,
    body_schema="#/components/schemas/GistRequest",
    emulation=Emulation(
        "analyze",
        {
            "operation": "analyze",
            "prompt-by": "types",
            "prompts": {
                "title": 'Give this video one title: a short phrase that names its subject, as an editor would title it. Put it in the "title" field.',
                "topic": 'List the topics this video covers, most important first: one to five short noun phrases in the "topics" field.',
                "hashtag": 'List hashtags for this video, most relevant first: three to ten single words or CamelCase phrases without the # sign, in the "hashtags" field.',
            },
            "fields-by": {
                "title": ["title"],
                "topic": ["topics"],
                "hashtag": ["hashtags"],
            },
            "server-fields": ["id", "usage"],
            "from-answer": {"id": "id", "usage": "usage"},
            "forward": ["video_id"],
        },
    ),
    deprecated=True,
)
_SUMMARIZE = Operation(
    name="summarize",
    method="POST",
    path="/summarize",
    fields=(
        Field("video_id", "video_id", "body"),
        Field("type", "type", "body"),
        Field("prompt", "prompt", "body"),
        Field("temperature", "temperature", "body"),
        Field("response_format", "response_format", "body"),
        Field("max_tokens", "max_tokens", "body"),
    ),
    result=Variants(
        "summarize_type",
        {
            "summary": "twelvelabs_analyze_api.models.summary_result:SummaryResult",
            "chapter": "twelvelabs_analyze_api.models.chapter_result:ChapterResult",
            "highlight": "twelvelabs_analyze_api.models.highlight_result:HighlightResult",
        },
        parameter="type",
    ),
    success=200,
    body_schema="#/components/schemas/SummarizeRequest",
    bare={
        "response_format": BareValue(
            "type", frozenset(["json_schema"]), "json_schema", "json_schema"
        )
    },
    emulation=Emulation(
        "analyze",
        {
            "operation": "analyze",
            "prompt-by": "type",
            "prompts": {
                "summary": 'Summarize this video in a few sentences: what happens, who takes part and how it ends. Put the summary in the "summary" field.',
                "chapter": "Divide this video into chapters: consecutive segments that do not overlap and cover the whole video, in order. For each chapter give start_sec and end_sec in seconds, a short chapter_title and a chapter_summary of one or two sentences.",
                "highlight": 'List the highlights of this video, its most important or striking moments, in order. For each give start_sec and end_sec in seconds, a short title in "highlight" and a one-sentence highlight_summary.',
            },
            "server-fields": ["id", "usage", "summarize_type"],
            "from-answer": {"id": "id", "usage": "usage"},
            "derived": {
                "start": {"round": "start_sec"},
                "end": {"round": "end_sec"},
                "chapter_number": {"position": True},
            },
            "intervals": [["start_sec", "end_sec"], ["start", "end"]],
            "forward": ["video_id", "temperature", "max_tokens"],
            "context": "prompt",
            "structured": {"parameter": "response_format", "property": "summary"},
        },
    ),
    deprecated=True,
    omit_none=frozenset(["max_tokens", "prompt", "response_format", "temperature"]),
)

# Every operation by name (e.g. the successor an emulated legacy operation is served by).
OPERATIONS: dict[str, Operation] = {
    op.name: op
    for op in (
        _ANALYZE_ASYNC_BATCHES_LIST,
        _ANALYZE_ASYNC_BATCHES_CREATE,
        _ANALYZE_ASYNC_BATCHES_RETRIEVE,
        _ANALYZE_ASYNC_BATCHES_DELETE,
        _ANALYZE_ASYNC_BATCHES_CANCEL,
        _ANALYZE_ASYNC_BATCHES_RESULTS_STREAM,
        _ANALYZE_ASYNC_TASKS_LIST,
        _ANALYZE_ASYNC_TASKS_CREATE,
        _ANALYZE_ASYNC_TASKS_RETRIEVE,
        _ANALYZE_ASYNC_TASKS_DELETE,
        _ASSETS_LIST,
        _ASSETS_CREATE,
        _ASSETS_RETRIEVE,
        _ASSETS_DELETE,
        _ASSETS_REPLACE_USER_METADATA,
        _ASSETS_DELETE_USER_METADATA,
        _ASSETS_UPDATE_USER_METADATA,
        _MULTIPART_UPLOAD_LIST_INCOMPLETE_UPLOADS,
        _MULTIPART_UPLOAD_CREATE,
        _MULTIPART_UPLOAD_GET_STATUS,
        _MULTIPART_UPLOAD_REPORT_CHUNK_BATCH,
        _MULTIPART_UPLOAD_GET_ADDITIONAL_PRESIGNED_URLS,
        _INDEXES_VIDEOS_LIST,
        _INDEXES_VIDEOS_RETRIEVE,
        _INDEXES_VIDEOS_DELETE,
        _INDEXES_VIDEOS_UPDATE,
        _INDEXES_LIST,
        _INDEXES_CREATE,
        _INDEXES_RETRIEVE,
        _INDEXES_UPDATE,
        _INDEXES_DELETE,
        _ANALYZE,
        _ANALYZE_STREAM,
        _GIST,
        _SUMMARIZE,
    )
}


class AnalyzeAsyncBatchesResource(BatchRunning, APIResource):
    """The ``client.analyze_async.batches`` methods."""

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        status: Sequence[BatchStatus] | None = None,
        analysis_mode: Sequence[AnalysisMode] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AnalyzeBatchStatusResponse]:
        """List batches.

        Use this method to list all the batch objects in your account. The response sorts batches by creation date, with the newest batch first.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            status: Filter batches by status. Provide one or more values to include batches matching any of them. To send multiple values, repeat the `status` parameter: ``` status=processing&status=canceling ``` If you omit this parameter, the response includes batches in all statuses.
            analysis_mode: Filter batches by analysis mode. Provide one or more values to include batches matching any of them. To send multiple values, repeat the `analysis_mode` parameter: ``` analysis_mode=general&analysis_mode=time_based_metadata ``` If you omit this parameter, the response includes batches in all analysis modes.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_BATCHES_LIST,
            {
                "page": page,
                "page_limit": page_limit,
                "status": status,
                "analysis_mode": analysis_mode,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def create(
        self,
        *,
        model_name: CreateAnalyzeBatchRequestModelName,
        analysis_mode: AnalysisMode,
        requests: Sequence[BatchItemRequestParam],
        defaults: BatchDefaultsParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateAnalyzeBatchResponse:
        """Create a batch.

        Use this method to submit many video analysis requests in a single call. Each request creates an analysis task. The response contains one batch identifier and one task identifier per request. Use the batch identifier to check progress and retrieve results.

        You must use Pegasus 1.5 for batch analysis. Set the `model_name` parameter to `pegasus1.5`.

        **When to use this method**:

        - Run the same model and analysis settings across many videos.
        - Track a single batch instead of many individual analysis tasks.

        **Do not use this method for**:

        - Single videos that require immediate results. Use the `POST` method of the `/analyze` endpoint instead.
        - Background processing of a single video. Use the `POST` method of the `/analyze/tasks` endpoint instead.

        **Retention and retry**:

        - Batches expire 24 hours after creation. You can retrieve results for 30 days after creation.
        - If processing does not finish for some items in time, resubmit them in a new batch.

        **Limits**:

        - Up to 1,000 requests per batch.
        - Up to 2,000 total content hours per batch.
        - Up to 5 active batches per account.

        Args:
            model_name: The video understanding model to use for every item in this batch. Batch analysis requires Pegasus 1.5.
            analysis_mode: The analysis approach for every item in this batch.
            defaults: Default values applied to every item that does not override them. Every field is optional. Items in the `requests` array override these values. To override the `prompt` or `response_format` field, provide the full object on the item. You cannot change only some of its nested fields.
            requests: The analysis requests in the batch. Provide 1 to 1,000 requests, with a combined video duration of up to 2,000 hours.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_BATCHES_CREATE,
            {
                "model_name": model_name,
                "analysis_mode": analysis_mode,
                "defaults": defaults,
                "requests": requests,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyzeBatchStatusResponse:
        """Retrieve batch status.

        Use this method to monitor a batch. The response includes the current batch status and counts for queued, processing, ready, failed, and canceled items.

        Poll this method until the batch reaches the `completed`, `canceled`, or `expired` status. To retrieve the results, call the `GET` method of the `/analyze/batches/{batch_id}/results` endpoint.

        Do not treat the `completed` status as a success signal. It means processing has finished for every item, not that every analysis succeeded. To see how many items succeeded, failed, or were canceled, check the `ready_items`, `failed_items`, and `canceled_items` fields. A batch never has the `failed` status.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_BATCHES_RETRIEVE,
            {"batch_id": batch_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def delete(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a batch.

        Use this method to delete a batch and all the tasks associated with it. You can only delete batches with status `completed`, `canceled`, or `expired`.

        Deleting a batch does not affect billing. You are billed for every completed analysis regardless of whether you delete the batch afterward.

        To stop a batch with the `pending` or `processing` status, use the `POST` method of the `/analyze/batches/{batch_id}/cancel` endpoint.

        Batches are deleted 30 days after creation.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_BATCHES_DELETE,
            {"batch_id": batch_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyzeBatchStatusResponse:
        """Cancel a batch.

        Use this method to request cancellation for a batch with the `pending` or `processing` status.

        When you invoke this method, the platform performs the following steps:

        - Cancels the items in the `queued` status.
        - Finishes the analysis for the items in the `processing` status.

        The batch status changes to `canceling` immediately, and to `canceled` after every item reaches `ready`, `failed`, or `canceled`. You are not billed for canceled or failed items.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_BATCHES_CANCEL,
            {"batch_id": batch_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def results(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[BatchResultItem]:
        """Retrieve batch results.

        Use this method to retrieve the results for each item in a batch. You can call it while the batch has the `pending` or `processing` status.

        Each result entry has a status. For details on each status, see the Item statuses section on the **The batch object** page.

        Each result entry includes a task identifier in the `task_id` field. Use this value with the `GET` method of the `/analyze/tasks/{task_id}` endpoint if you need the full analysis task response.

        You can retrieve results for 30 days after batch creation.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_BATCHES_RESULTS_STREAM,
            {"batch_id": batch_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AnalyzeAsyncTasksResource(TaskWaiting["AnalyzeTask"], APIResource):
    """The ``client.analyze_async.tasks`` methods."""

    _polling = Polling(
        retrieve=_ANALYZE_ASYNC_TASKS_RETRIEVE,
        id_parameter="task_id",
        id_field="task_id",
        status_field="status",
        done=frozenset(["ready"]),
        failed=frozenset(["canceled", "failed"]),
        error_message=("error", "message"),
        namespace="analyze_async.tasks",
        create=_ANALYZE_ASYNC_TASKS_CREATE,
        lookup=TaskLookup(
            list=_ANALYZE_ASYNC_TASKS_LIST,
            custom_id="custom_id",
            created_field="created_at",
            filters=(
                ("video_url", ("video", "url")),
                ("asset_id", ("video", "asset_id")),
            ),
            page_size=("page_limit", 50),
        ),
    )

    def create_and_wait(
        self,
        *,
        model_name: ModelName | None = None,
        custom_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | Asset
        | AssetDetail
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        analysis_mode: CreateAsyncAnalyzeRequestAnalysisMode | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
        response_format: AsyncResponseFormatParam | Mapping[str, Any] | None = None,
        min_segment_duration: float | None = None,
        max_segment_duration: float | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **wait: Unpack[WaitOptions],
    ) -> AnalyzeTask:
        """Create a task (``create``), then :meth:`wait` for it and return it done.

        Takes the arguments of ``create`` (its ``extra_*`` too) and the options of ``wait``,
        all checked before the task is created; once it exists, an error carries its ``task_id``.
        """
        return self._create_and_wait(
            {
                "model_name": model_name,
                "custom_id": custom_id,
                "video": video,
                "prompt": prompt,
                "prompt_v2": prompt_v2,
                "analysis_mode": analysis_mode,
                "temperature": temperature,
                "max_tokens": max_tokens,
                "response_format": response_format,
                "min_segment_duration": min_segment_duration,
                "max_segment_duration": max_segment_duration,
                "start_time": start_time,
                "end_time": end_time,
                "image": image,
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
            },
            wait,
        )

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        status: AnalyzeTaskStatus | None = None,
        video_url: str | None = None,
        asset_id: str | None = None,
        video_id: str | None = None,
        analysis_mode: AnalysisMode | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AnalyzeTask]:
        """List async analysis tasks.

        This method returns a list of the analysis tasks in your account. The platform returns your analysis tasks sorted by creation date, with the newest at the top of the list.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            status: Filter analysis tasks by status. Possible values: `queued`, `pending`, `processing`, `ready`, `failed`, `canceled`.
            video_url: Filter tasks by exact video source URL.
            asset_id: Filter tasks by asset ID.
            video_id: Filter tasks by video ID for pre-indexed videos (Pegasus 1.2 only). Deprecated — use `asset_id` instead.
            analysis_mode: Filter tasks by the analysis mode used when creating the task.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_TASKS_LIST,
            {
                "page": page,
                "page_limit": page_limit,
                "status": status,
                "video_url": video_url,
                "asset_id": asset_id,
                "video_id": video_id,
                "analysis_mode": analysis_mode,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def create(
        self,
        *,
        model_name: ModelName | None = None,
        custom_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | Asset
        | AssetDetail
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        analysis_mode: CreateAsyncAnalyzeRequestAnalysisMode | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
        response_format: AsyncResponseFormatParam | Mapping[str, Any] | None = None,
        min_segment_duration: float | None = None,
        max_segment_duration: float | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyzeTaskCreated:
        """Create an async analysis task.

        This method asynchronously analyzes your videos. It supports two analysis modes: general analysis (prompt-based text generation) and video segmentation with custom segment definitions. Video segmentation requires Pegasus 1.5.

        - Minimum duration: 4 seconds
        - Maximum duration: 2 hours
        - Formats: FFmpeg supported formats
        - Resolution: 360x360 to 5184x2160 pixels
        - Aspect ratio: Between 1:1 and 1:2.4, or between 2.4:1 and 1:1.

        **When to use this method**:

        - Generate custom text from your video using a prompt (general analysis)
        - Extract timestamped metadata with custom segment definitions from your video (Pegasus 1.5 only)
        - Analyze videos longer than 1 hour
        - Process videos asynchronously without blocking your application

        **Do not use this method for**:

        - Videos for which you need immediate results or real-time streaming. Use the `POST` method of the `/analyze` endpoint instead.

        Analyzing videos asynchronously requires three steps:

        1. Create an analysis task using this method. The platform returns a task ID.
        2. Poll the status of the task using the `GET` method of the `/analyze/tasks/{task_id}` endpoint. Wait until the status is `ready`.
        3. Retrieve the results from the response when the status is `ready` using the `GET` method of the `/analyze/tasks/{task_id}` endpoint.

        On the Free plan, you have a total of 600 minutes (10 hours) shared across indexing, analysis, and segmentation. For details, see the Video hours and video count limits section.

        This endpoint is rate-limited. For details, see the Rate limits page.

        Args:
            model_name: The video understanding model to use for analysis.
            custom_id: An optional identifier that you set when you create the task. Use this field to correlate tasks across responses, for example, to distinguish tasks by type or environment.
            video: An object specifying the source of the video content. Include exactly one source.
            prompt: Natural-language instructions for analyzing the video. Required for general analysis (prompt-based text generation). Not supported when `analysis_mode` is `time_based_metadata`. To include reference images in your prompt, use the `prompt_v2` parameter instead (Pegasus 1.5 only). Mutually exclusive with the `prompt_v2` parameter.
            prompt_v2: A structured prompt that uses `<@name>` placeholders to reference images. Mutually exclusive with the `prompt` and `image` parameters. The prompt text and reference images count toward the context window.
            analysis_mode: The analysis approach for this task.
            temperature: Controls the randomness of the text output.
            max_tokens: The maximum response length, in tokens: with analysis_mode `general` 512 to 98,304 (default 4,096), with `time_based_metadata` 2,048 to 98,304 (default 32,768); 2 to 4,096 with pegasus1.2. With video segmentation the task fails if the output exceeds the limit.
            response_format: Controls the response format. When you omit this parameter, you receive unstructured text. `json_schema`: structured JSON that conforms to your schema. `segment_definitions`: timestamped metadata with custom fields (video segmentation), with `analysis_mode` `time_based_metadata`.
            min_segment_duration: A bound on the duration of each extracted segment, in seconds (at least 2; the maximum must be greater than or equal to the minimum). Requires `analysis_mode` set to `time_based_metadata`. Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
            max_segment_duration: A bound on the duration of each extracted segment, in seconds (at least 2; the maximum must be greater than or equal to the minimum). Requires `analysis_mode` set to `time_based_metadata`. Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `end_time` to analyze only a portion of the video. If omitted, the video's internal start time (most videos start at 0). Must be less than `end_time` and the video duration; the window must be at least 1 second. Not with `model_name` `pegasus1.2`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `start_time` to analyze only a portion of the video. If omitted, the video's internal start time plus its duration. Must be greater than `start_time` and at most the video duration. Not with `model_name` `pegasus1.2`.
            image: One to twenty images to analyze instead of a video; each names exactly one source. Requires `model_name` set to `pegasus1.6` and a `prompt`. Mutually exclusive with `video` and `prompt_v2`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._create(
            {
                "model_name": model_name,
                "custom_id": custom_id,
                "video": video,
                "prompt": prompt,
                "prompt_v2": prompt_v2,
                "analysis_mode": analysis_mode,
                "temperature": temperature,
                "max_tokens": max_tokens,
                "response_format": response_format,
                "min_segment_duration": min_segment_duration,
                "max_segment_duration": max_segment_duration,
                "start_time": start_time,
                "end_time": end_time,
                "image": image,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def retrieve(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyzeTask:
        """Retrieve analysis task status and results.

        This method retrieves the status and results of an analysis task.

        **Task statuses**:

        - `queued`: The task is waiting to be processed.
        - `pending`: The task is queued and waiting to start.
        - `processing`: The platform is analyzing the video.
        - `ready`: Processing is complete. Results are available in the response.
        - `failed`: The task failed. No results were generated.

        Poll this method until `status` is `ready` or `failed`. When `status` is `ready`, use the results from the response.

        Args:
            task_id: The unique identifier of the analysis task.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_TASKS_RETRIEVE,
            {"task_id": task_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def delete(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an analysis task.

        This method deletes an analysis task. You can only delete tasks that are not currently being processed.

        Args:
            task_id: The unique identifier of the analyze task.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_TASKS_DELETE,
            {"task_id": task_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AnalyzeAsyncResource(APIResource):
    """The ``client.analyze_async`` methods."""

    @cached_property
    def batches(self) -> AnalyzeAsyncBatchesResource:
        """The ``client.analyze_async.batches`` methods."""
        return AnalyzeAsyncBatchesResource(self._client)

    @cached_property
    def tasks(self) -> AnalyzeAsyncTasksResource:
        """The ``client.analyze_async.tasks`` methods."""
        return AnalyzeAsyncTasksResource(self._client)


class AssetsResource(AssetUploading["AssetDetail"], APIResource):
    """The ``client.assets`` methods."""

    _polling = Polling(
        retrieve=_ASSETS_RETRIEVE,
        id_parameter="asset_id",
        id_field="asset_id",
        status_field="status",
        done=frozenset(["ready"]),
        failed=frozenset(["failed"]),
        error_message=("error", "message"),
        namespace="assets",
        noun="asset",
    )

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        asset_ids: Sequence[str] | None = None,
        asset_types: Sequence[AssetsListRequestAssetTypesItem] | None = None,
        filename: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AssetDetail]:
        """List assets.

        This method returns a list of assets in your account.

        The platform returns your assets sorted by creation date, with the newest at the top of the list.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            asset_ids: Filters the response to include only assets with the specified IDs. Provide one or more asset IDs. When you specify multiple IDs, the platform returns all matching assets.
            asset_types: Filters the response to include only assets of the specified types. Provide one or more asset types. When you specify multiple types, the platform returns all matching assets.
            filename: Filters the response to include only assets whose filename contains the specified string. The match is case-insensitive and supports partial matching.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_LIST,
            {
                "page": page,
                "page_limit": page_limit,
                "asset_ids": asset_ids,
                "asset_types": asset_types,
                "filename": filename,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def create(
        self,
        *,
        method: AssetsCreateRequestMethod,
        file: FileSource | None = None,
        url: str | None = None,
        filename: str | None = None,
        enable_hls: bool | None = None,
        enable_thumbnail: bool | None = None,
        user_metadata: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Asset:
        """Create an asset.

        This method creates an asset by uploading a file to the platform. Assets are media files that you can use in downstream workflows, including indexing, analyzing video content, and creating entities.

        The platform processes uploads asynchronously. This method returns immediately with the asset in the `processing` status, which then transitions to `ready` on success or to `failed` when the file is invalid or corrupt, typically within a few seconds to a few minutes. Poll the Retrieve an asset endpoint until the status of the asset is `ready` before you use it. This applies to every upload, including small files.

        **Supported content**: Video, audio, and images.

        **Upload methods**:

        - **Local file**: Set the `method` parameter to `direct` and use the `file` parameter to specify the file.
        - **Publicly accessible URL**: Set the `method` parameter to `url` and use the `url` parameter to specify the URL of your file.

        **Upload limits**:

        - **Video and audio, local files**: Up to 200 MB
        - **Video and audio, public URLs**: Up to 4 GB
        - **Images**: Up to 32 MB

        Asset creation does not enforce a maximum duration. Each model applies its own file size and duration limits. For details, see the requirements below.

        **Additional requirements** depend on your workflow:

        - **Search**: Marengo requirements
        - **Video analysis**: Pegasus requirements
        - **Entity search**: Marengo image requirements
        - **Create embeddings**: Marengo requirements

        This endpoint is rate-limited. For details, see the Rate limits page.

        Args:
            method: Specifies the upload method for the asset. Use `direct` to upload a local file or `url` for a publicly accessible URL.
            file: Specify this parameter to upload a file from your local file system. This parameter is required when `method` is set to `direct`.
            url: Specify this parameter to upload a file from a publicly accessible URL. This parameter is required when `method` is set to `url`.
            filename: The optional filename of the asset. If not provided, the platform will determine the filename from the file or URL.
            enable_hls: When set to `true`, the platform generates an HLS playlist and segments for streaming. Applicable to video and audio assets only.
            enable_thumbnail: When set to `true`, the platform generates thumbnail images from the uploaded content.
            user_metadata: Metadata that helps you categorize your assets. You can specify a list of keys and values. Keys must be of type `string`, and values can be of the following types: `string`, `integer`, `float`, or `boolean`. Send this value as a JSON-encoded string.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_CREATE,
            {
                "method": method,
                "file": file,
                "url": url,
                "filename": filename,
                "enable_hls": enable_hls,
                "enable_thumbnail": enable_thumbnail,
                "user_metadata": user_metadata,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def retrieve(
        self,
        asset_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AssetDetail:
        """Retrieve an asset.

        This method retrieves details about the specified asset.

        Args:
            asset_id: The unique identifier of the asset to retrieve.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_RETRIEVE,
            {"asset_id": asset_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def delete(
        self,
        asset_id: str,
        *,
        force: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an asset.

        This method deletes the specified asset. This action cannot be undone.

        By default, the platform checks whether any indexed assets reference the asset. If references exist, the platform rejects the request with a `409 Conflict` error. To skip this check and delete the asset anyway, set the `force` query parameter to `true`. The platform unlinks any entity associations.

        Before deleting, you can inspect existing references:

        - `GET` `/assets/{asset_id}/indexed-assets` returns a list of the indexed assets that will block deletion unless the `force` query parameter is set to `true`.
        - `GET` `/assets/{asset_id}/entities` returns a list of the entities whose associations the platform will unlink.

        Args:
            asset_id: The unique identifier of the asset to delete.
            force: When set to `true`, the platform deletes the asset even if indexed assets reference it. When set to `false` or omitted, the request fails with `409 Conflict` if references exist.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_DELETE,
            {"asset_id": asset_id, "force": force},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def replace_user_metadata(
        self,
        asset_id: str,
        *,
        user_metadata: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Replace the user-defined metadata of an asset.

        This method replaces the entire user-defined metadata of the specified asset. Unlike the `PATCH` method, which merges your changes with the existing metadata, this method overwrites the stored value in full:

        - A key with a value creates or replaces that key.
        - A key set to an empty string (`""`) or `null` is ignored.
        - A key you omit from the request body is removed.

        To clear all metadata, send an empty object (`{}`) in the `user_metadata` field. This produces the same result as the `DELETE` method.

        Args:
            asset_id: The unique identifier of the asset whose user-defined metadata to replace.
            user_metadata: Metadata that helps you categorize your assets. The object contains user-defined keys and values, where keys are strings and values are one of `string`, `integer`, `float`, or `boolean`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_REPLACE_USER_METADATA,
            {"asset_id": asset_id, "user_metadata": user_metadata},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def delete_user_metadata(
        self,
        asset_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete the user-defined metadata of an asset.

        This method deletes the user-defined metadata of the specified asset. To achieve the same result, you can also send an empty object (`{}`) in the `user_metadata` field of the `PUT` method.

        This action cannot be undone.

        Args:
            asset_id: The unique identifier of the asset whose user-defined metadata to delete.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_DELETE_USER_METADATA,
            {"asset_id": asset_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def update_user_metadata(
        self,
        asset_id: str,
        *,
        user_metadata: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update the user-defined metadata of an asset.

        This method updates the user-defined metadata of the specified asset. The platform merges your changes with the existing metadata:

        - A key with a value creates or replaces that key.
        - A key set to `null` deletes that key.
        - A key set to an empty string (`""`) is ignored.
        - A key you omit from the request keeps its current value.

        To replace all metadata in a single call, use the `PUT` method of the `/assets/{asset_id}/user-metadata` endpoint instead.

        Args:
            asset_id: The unique identifier of the asset whose user-defined metadata to update.
            user_metadata: Metadata that helps you categorize your assets. The object contains user-defined keys and values, where keys are strings and values are one of `string`, `integer`, `float`, or `boolean`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_UPDATE_USER_METADATA,
            {"asset_id": asset_id, "user_metadata": user_metadata},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class MultipartUploadResource(APIResource):
    """The ``client.multipart_upload`` methods."""

    def list_incomplete_uploads(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[IncompleteUploadSummary]:
        """List incomplete uploads.

        This method returns a list of all incomplete multipart upload sessions in your account.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _MULTIPART_UPLOAD_LIST_INCOMPLETE_UPLOADS,
            {"page": page, "page_limit": page_limit},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def create(
        self,
        *,
        filename: str,
        type: CreateAssetUploadRequestType,
        total_size: int,
        enable_hls: bool | None = None,
        enable_thumbnail: bool | None = None,
        user_metadata: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CreateAssetUploadResponse:
        """Create a multipart upload session.

        This method creates a multipart upload session for a local file.

        **Supported content**: Video, audio, and images.

        **Upload limits**:

        - **Video and audio**: Up to 10 GB
        - **Images**: Up to 32 MB

        **Additional requirements** depend on your workflow:

        - **Search**: Marengo requirements
        - **Video analysis**: Pegasus requirements
        - **Entity search**: Marengo image requirements
        - **Create embeddings**: Marengo requirements

        Args:
            filename: The original file name of the asset.
            type: The type of asset you want to upload.
            total_size: The total size of the file in bytes. The platform uses this value to:
            enable_hls: When set to `true`, the platform generates an HLS playlist and segments for streaming. Applicable to video and audio assets only.
            enable_thumbnail: When set to `true`, the platform generates thumbnail images from the uploaded content.
            user_metadata: Metadata that helps you categorize your assets. You can specify a list of keys and values. Keys must be of type `string`, and values can be of the following types: `string`, `integer`, `float`, or `boolean`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _MULTIPART_UPLOAD_CREATE,
            {
                "filename": filename,
                "type": type,
                "total_size": total_size,
                "enable_hls": enable_hls,
                "enable_thumbnail": enable_thumbnail,
                "user_metadata": user_metadata,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def get_status(
        self,
        upload_id: str,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GetUploadStatusResponse:
        """Retrieve the status of an upload session.

        This method provides information about an upload session, including its current status, chunk-level progress, and completion state.

        Use this method to:

        - Verify upload completion (`status` = `completed`)
        - Identify any failed chunks that require a retry
        - Monitor the upload progress by comparing `uploaded_size` with `total_size`
        - Determine if the session has expired
        - Retrieve the status information for each chunk

        After you report chunk completion, call this method to confirm the upload session reached the `completed` status. This status means the platform received the file, not that the asset is ready to use. The platform then validates the asset asynchronously. Poll the Retrieve an asset endpoint until the status of the asset is `ready` before you use it.

        Args:
            upload_id: The unique identifier of the upload session.
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _MULTIPART_UPLOAD_GET_STATUS,
            {"upload_id": upload_id, "page": page, "page_limit": page_limit},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def report_chunk_batch(
        self,
        upload_id: str,
        *,
        completed_chunks: Sequence[CompletedChunkParam],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ReportChunkBatchResponse:
        """Report uploaded chunks.

        This method reports successfully uploaded chunks to the platform. The platform finalizes the upload after you report all chunks.

        For optimal performance, report chunks in batches and in any order.

        Args:
            upload_id: The unique identifier of the upload session.
            completed_chunks: The list of chunks successfully uploaded that you're reporting to the platform. Report only after receiving an ETag.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _MULTIPART_UPLOAD_REPORT_CHUNK_BATCH,
            {"upload_id": upload_id, "completed_chunks": completed_chunks},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def get_additional_presigned_urls(
        self,
        upload_id: str,
        *,
        start: int,
        count: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RequestAdditionalPresignedURLsResponse:
        """Request presigned URLs for the remaining chunks.

        This method generates new presigned URLs for specific chunks that require uploading. Use this endpoint in the following situations:

        - Your initial URLs have expired (URLs expire after one hour).
        - The initial set of presigned URLs does not include URLs for all chunks.
        - You need to retry failed chunk uploads with new URLs.
        To specify which chunks need URLs, use the `start` and `count` parameters. For example, to generate URLs for chunks 21 to 30, use `start=21` and `count=10`.
        The response will provide new URLs, each with a fresh expiration time of one hour.

        Args:
            upload_id: The unique identifier of the upload session.
            start: The index of the first chunk number to generate URLs for. Chunks are numbered from 1.
            count: The number of presigned URLs to generate starting from the index. You can request a maximum of 50 URLs in a single API call.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _MULTIPART_UPLOAD_GET_ADDITIONAL_PRESIGNED_URLS,
            {"upload_id": upload_id, "start": start, "count": count},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class IndexesVideosResource(APIResource):
    """The ``client.indexes.videos`` methods."""

    def list(
        self,
        index_id: str,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: str | None = None,
        sort_option: str | None = None,
        filename: str | None = None,
        duration: IndexesVideosListRequestDurationParam | None = None,
        fps: IndexesVideosListRequestFpsParam | None = None,
        width: IndexesVideosListRequestWidthParam | None = None,
        height: IndexesVideosListRequestHeightParam | None = None,
        size: IndexesVideosListRequestSizeParam | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        user_metadata: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[VideoVector]:
        """List videos.

        This method will be deprecated in a future version. New implementations should use the List indexed assets method.

        This method returns a list of the videos in the specified index. By default, the platform returns your videos sorted by creation date, with the newest at the top of the list.

        Args:
            index_id: The unique identifier of the index for which the platform will retrieve the videos.
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            sort_by: The field to sort on. The following options are available:
            sort_option: The sorting direction. The following options are available:
            filename: Filter by filename.
            duration: Filter by duration in seconds. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            fps: Filter by frames per second. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            width: Filter by width in pixels. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            height: Filter by height in pixels. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            size: Filter by size in bytes. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            created_at: Filter videos by the creation date and time of their associated indexing tasks, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"). The platform returns the videos whose indexing tasks were created on the specified date at or after the given time.
            updated_at: This filter applies only to videos updated using the `PUT` method of the `/indexes/{index-id}/videos/{video-id}` endpoint. It filters videos by the last update date and time, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"). The platform returns the video indexing tasks that were last updated on the specified date at or after the given time.
            user_metadata: To enable filtering by custom fields, you must first add user-defined metadata to your video by calling the `PUT` method of the `/indexes/:index-id/videos/:video-id` endpoint.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_VIDEOS_LIST,
            {
                "index_id": index_id,
                "page": page,
                "page_limit": page_limit,
                "sort_by": sort_by,
                "sort_option": sort_option,
                "filename": filename,
                "duration": duration,
                "fps": fps,
                "width": width,
                "height": height,
                "size": size,
                "created_at": created_at,
                "updated_at": updated_at,
                "user_metadata": user_metadata,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def retrieve(
        self,
        index_id: str,
        video_id: str,
        *,
        embedding_option: Sequence[IndexesVideosRetrieveRequestEmbeddingOptionItem]
        | None = None,
        transcription: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Retrieve video information.

        This method will be deprecated in a future version. New implementations should use the Retrieve an indexed asset method.

        This method retrieves information about the specified video.

        Args:
            index_id: The unique identifier of the index to which the video has been uploaded.
            video_id: The unique identifier of the video to retrieve.
            embedding_option: Specifies which types of embeddings to retrieve. Values: `visual`, `audio`, `transcription`. For details, see the Embedding options section.
            transcription: The parameter indicates whether to retrieve a transcription of the spoken words for the indexed video.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_VIDEOS_RETRIEVE,
            {
                "index_id": index_id,
                "video_id": video_id,
                "embedding_option": embedding_option,
                "transcription": transcription,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def delete(
        self,
        index_id: str,
        video_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete video information.

        This method will be deprecated in a future version. New implementations should use the Delete an indexed asset method.

        This method deletes all the information about the specified indexed video. This action cannot be undone.

        Args:
            index_id: The unique identifier of the index to which the video has been uploaded.
            video_id: The unique identifier of the video to delete.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_VIDEOS_DELETE,
            {"index_id": index_id, "video_id": video_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def update(
        self,
        index_id: str,
        video_id: str,
        *,
        user_metadata: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Partial update video information.

        This method will be deprecated in a future version. New implementations should use the Partial update indexed asset method.

        This method updates one or more fields of the metadata of a video. Also, can delete a field by setting it to `null`.

        Args:
            index_id: The unique identifier of the index to which the video has been uploaded.
            video_id: The unique identifier of the video to update.
            user_metadata: Metadata that helps you categorize your assets. The object contains user-defined keys and values, where keys are strings and values are one of `string`, `integer`, `float`, or `boolean`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_VIDEOS_UPDATE,
            {
                "index_id": index_id,
                "video_id": video_id,
                "user_metadata": user_metadata,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class IndexesResource(APIResource):
    """The ``client.indexes`` methods."""

    @cached_property
    def videos(self) -> IndexesVideosResource:
        """The ``client.indexes.videos`` methods."""
        return IndexesVideosResource(self._client)

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: str | None = None,
        sort_option: str | None = None,
        index_name: str | None = None,
        model_options: str | None = None,
        model_family: str | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[Index]:
        """List indexes.

        This method returns a list of the indexes in your account. The platform returns indexes sorted by creation date, with the oldest indexes at the top of the list.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            sort_by: The field to sort on. The following options are available:
            sort_option: The sorting direction. The following options are available:
            index_name: Filter by the name of an index.
            model_options: Filter by the model options. When filtering by multiple model options, the values must be comma-separated.
            model_family: Filter by the model family. This parameter can take one of the following values: `marengo` or `pegasus`. You can specify a single value.
            created_at: Filter indexes by the creation date and time, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"). The platform returns the indexes that were created on the specified date at or after the given time.
            updated_at: Filter indexes by the last update date and time, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"). The platform returns the indexes that were last updated on the specified date at or after the given time.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_LIST,
            {
                "page": page,
                "page_limit": page_limit,
                "sort_by": sort_by,
                "sort_option": sort_option,
                "index_name": index_name,
                "model_options": model_options,
                "model_family": model_family,
                "created_at": created_at,
                "updated_at": updated_at,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def create(
        self,
        *,
        index_name: str,
        models: Sequence[IndexesCreateRequestModelsItemParam],
        addons: Sequence[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> IndexCreated:
        """Create an index.

        This method creates an index.

        Args:
            index_name: The name of the index. Make sure you use a succinct and descriptive name.
            models: An array that specifies the video understanding models and the model options to be enabled for this index. Models determine what tasks you can perform with your videos. Model options determine which modalities the platform analyzes.
            addons: An array specifying which add-ons should be enabled. Each entry in the array is an addon, and the following values are supported:
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_CREATE,
            {"index_name": index_name, "models": models, "addons": addons},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def retrieve(
        self,
        index_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Index:
        """Retrieve an index.

        This method retrieves details about the specified index.

        Args:
            index_id: Unique identifier of the index to retrieve.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_RETRIEVE,
            {"index_id": index_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def update(
        self,
        index_id: str,
        *,
        index_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update an index.

        This method updates the name of the specified index.

        Args:
            index_id: Unique identifier of the index to update.
            index_name: The name of the index.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_UPDATE,
            {"index_id": index_id, "index_name": index_name},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def delete(
        self,
        index_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an index.

        This method deletes the specified index and all the videos within it. This action cannot be undone.

        Args:
            index_id: Unique identifier of the index to delete.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_DELETE,
            {"index_id": index_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class RootResource(APIResource):
    """The ``client`` methods."""

    @cached_property
    def analyze_async(self) -> AnalyzeAsyncResource:
        """The ``client.analyze_async`` methods."""
        return AnalyzeAsyncResource(self._client)

    @cached_property
    def assets(self) -> AssetsResource:
        """The ``client.assets`` methods."""
        return AssetsResource(self._client)

    @cached_property
    def multipart_upload(self) -> MultipartUploadResource:
        """The ``client.multipart_upload`` methods."""
        return MultipartUploadResource(self._client)

    @cached_property
    def indexes(self) -> IndexesResource:
        """The ``client.indexes`` methods."""
        return IndexesResource(self._client)

    @cached_property
    def with_raw_response(self) -> RootResourceWithRawResponse:
        """The same methods, returning ``RawResponse`` (status, headers, rate limits, attempts)."""
        return RootResourceWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> RootResourceWithStreamingResponse:
        """The same methods as context managers yielding the response before its body is read (``.parse()``, ``.iter_lines()``, ``.read()`` …)."""
        return RootResourceWithStreamingResponse(self._client)

    def analyze(
        self,
        *,
        model_name: ModelName | None = None,
        video_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | Asset
        | AssetDetail
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        temperature: float | None = None,
        response_format: SyncResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AnalyzeResult:
        """Sync analysis.

        This method analyzes your videos and returns the results directly in the response. It generates text based on your prompts and supports both Pegasus 1.2 and Pegasus 1.5 for general analysis (prompt-based text generation).

        - Minimum duration: 4 seconds
        - Maximum duration: 1 hour
        - Formats: FFmpeg supported formats
        - Resolution: 360x360 to 5184x2160 pixels
        - Aspect ratio: Between 1:1 and 1:2.4, or between 2.4:1 and 1:1.

        **When to use this method**:

        - Analyze videos up to 1 hour
        - Retrieve immediate results without polling for task completion
        - Stream text fragments in real time for immediate processing and feedback

        **Do not use this method for**:

        - Videos longer than 1 hour. Use the `POST` method of the `/analyze/tasks` endpoint instead.
        - Video segmentation with custom segment definitions. Use the `POST` method of the `/analyze/tasks` endpoint with the `model_name` parameter set to `pegasus1.5` instead.

        On the Free plan, you have a total of 600 minutes (10 hours) shared across indexing, analysis, and segmentation. For details, see the Video hours and video count limits section.

        This endpoint is rate-limited. For details, see the Rate limits page.

        Args:
            model_name: The video understanding model to use for analysis.
            video_id: The unique identifier of the video to analyze. Use this parameter when the `model_name` parameter is `pegasus1.2`. Not supported with `pegasus1.5`.
            video: An object specifying the source of the video content. Include exactly one source.
            prompt: A text prompt that guides the model on the desired format or content. Works with both Pegasus 1.2 and Pegasus 1.5. To include reference images in your prompt, use the `prompt_v2` parameter instead (Pegasus 1.5 only). Mutually exclusive with the `prompt_v2` parameter.
            prompt_v2: A structured prompt that uses `<@name>` placeholders to reference images. Mutually exclusive with the `prompt` and `image` parameters. The prompt text and reference images count toward the context window.
            temperature: Controls the randomness of the text output.
            response_format: Specifies the format of the response. When you omit this parameter, the platform returns unstructured text. Only the `json_schema` type is supported for synchronous analysis.
            max_tokens: The maximum response length, in tokens: 512 to 98,304 with pegasus1.5 (the default) and pegasus1.6, 2 to 4,096 with pegasus1.2. Default: 4,096.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `end_time` to analyze only a portion of the video. If omitted, the video's internal start time (most videos start at 0). Must be less than `end_time` and the video duration; the window must be at least 1 second. Not with `model_name` `pegasus1.2`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `start_time` to analyze only a portion of the video. If omitted, the video's internal start time plus its duration. Must be greater than `start_time` and at most the video duration. Not with `model_name` `pegasus1.2`.
            image: One to twenty images to analyze instead of a video; each names exactly one source. Requires `model_name` set to `pegasus1.6` and a `prompt`. Mutually exclusive with `video` and `prompt_v2`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE,
            {
                "model_name": model_name,
                "video_id": video_id,
                "video": video,
                "prompt": prompt,
                "prompt_v2": prompt_v2,
                "temperature": temperature,
                "response_format": response_format,
                "max_tokens": max_tokens,
                "start_time": start_time,
                "end_time": end_time,
                "image": image,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def analyze_stream(
        self,
        *,
        model_name: ModelName | None = None,
        video_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | Asset
        | AssetDetail
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        temperature: float | None = None,
        response_format: SyncResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Stream[AnalyzeStreamEvent]:
        """Sync analysis.

        This method analyzes your videos and returns the results directly in the response. It generates text based on your prompts and supports both Pegasus 1.2 and Pegasus 1.5 for general analysis (prompt-based text generation).

        - Minimum duration: 4 seconds
        - Maximum duration: 1 hour
        - Formats: FFmpeg supported formats
        - Resolution: 360x360 to 5184x2160 pixels
        - Aspect ratio: Between 1:1 and 1:2.4, or between 2.4:1 and 1:1.

        **When to use this method**:

        - Analyze videos up to 1 hour
        - Retrieve immediate results without polling for task completion
        - Stream text fragments in real time for immediate processing and feedback

        **Do not use this method for**:

        - Videos longer than 1 hour. Use the `POST` method of the `/analyze/tasks` endpoint instead.
        - Video segmentation with custom segment definitions. Use the `POST` method of the `/analyze/tasks` endpoint with the `model_name` parameter set to `pegasus1.5` instead.

        On the Free plan, you have a total of 600 minutes (10 hours) shared across indexing, analysis, and segmentation. For details, see the Video hours and video count limits section.

        This endpoint is rate-limited. For details, see the Rate limits page.

        Args:
            model_name: The video understanding model to use for analysis.
            video_id: The unique identifier of the video to analyze. Use this parameter when the `model_name` parameter is `pegasus1.2`. Not supported with `pegasus1.5`.
            video: An object specifying the source of the video content. Include exactly one source.
            prompt: A text prompt that guides the model on the desired format or content. Works with both Pegasus 1.2 and Pegasus 1.5. To include reference images in your prompt, use the `prompt_v2` parameter instead (Pegasus 1.5 only). Mutually exclusive with the `prompt_v2` parameter.
            prompt_v2: A structured prompt that uses `<@name>` placeholders to reference images. Mutually exclusive with the `prompt` and `image` parameters. The prompt text and reference images count toward the context window.
            temperature: Controls the randomness of the text output.
            response_format: Specifies the format of the response. When you omit this parameter, the platform returns unstructured text. Only the `json_schema` type is supported for synchronous analysis.
            max_tokens: The maximum response length, in tokens: 512 to 98,304 with pegasus1.5 (the default) and pegasus1.6, 2 to 4,096 with pegasus1.2. Default: 4,096.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `end_time` to analyze only a portion of the video. If omitted, the video's internal start time (most videos start at 0). Must be less than `end_time` and the video duration; the window must be at least 1 second. Not with `model_name` `pegasus1.2`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `start_time` to analyze only a portion of the video. If omitted, the video's internal start time plus its duration. Must be greater than `start_time` and at most the video duration. Not with `model_name` `pegasus1.2`.
            image: One to twenty images to analyze instead of a video; each names exactly one source. Requires `model_name` set to `pegasus1.6` and a `prompt`. Mutually exclusive with `video` and `prompt_v2`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_STREAM,
            {
                "model_name": model_name,
                "video_id": video_id,
                "video": video,
                "prompt": prompt,
                "prompt_v2": prompt_v2,
                "temperature": temperature,
                "response_format": response_format,
                "max_tokens": max_tokens,
                "start_time": start_time,
                "end_time": end_time,
                "image": image,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def gist(
        self,
        video_id: str,
        *,
        types: Sequence[GistType] = ("title", "topic", "hashtag"),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GistResult:
        """Titles, topics, and hashtags.

        Deprecated upstream: the endpoint is retired; the client serves it through its successor when the endpoint is gone.

        This endpoint analyzes videos and generates titles, topics, and hashtags.

        This endpoint is rate-limited. For details, see the Rate limits page.

        Args:
            video_id: The unique identifier of the video to analyze.
            types: The kinds of text to generate; one or more of title, topic, hashtag.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _GIST,
            {"video_id": video_id, "types": types},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: Literal["summary"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SummaryResult: ...

    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: Literal["chapter"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChapterResult: ...

    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: Literal["highlight"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> HighlightResult: ...

    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: SummarizeType,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SummarizeResult: ...

    def summarize(
        self,
        video_id: str,
        *,
        type: SummarizeType,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SummarizeResult:
        """Summaries, chapters, or highlights.

        Deprecated upstream: the endpoint is retired; the client serves it through its successor when the endpoint is gone.

        This endpoint analyzes videos and generates summaries, chapters, or highlights. Optionally, you can provide a prompt to customize the output.

        This endpoint is rate-limited. For details, see the Rate limits page.

        Args:
            video_id: The unique identifier of the video to analyze.
            type: Whether to generate a summary, chapters or highlights.
            prompt: Context for the summarization task, such as the target audience or style (at most 2,000 tokens).
            temperature: Randomness of the text output; higher is more creative.
            response_format: Structured output: a JSON schema the summary text must follow. Valid only when type is summary.
            max_tokens: The maximum number of tokens to generate (1 to 4096).
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _SUMMARIZE,
            {
                "video_id": video_id,
                "type": type,
                "prompt": prompt,
                "temperature": temperature,
                "response_format": response_format,
                "max_tokens": max_tokens,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AnalyzeAsyncBatchesResourceWithRawResponse(APIResource):
    """The ``client.with_raw_response.analyze_async.batches`` methods (returning RawResponse)."""

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        status: Sequence[BatchStatus] | None = None,
        analysis_mode: Sequence[AnalysisMode] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Page[AnalyzeBatchStatusResponse]]:
        """List batches.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``list`` in ``.parsed``.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            status: Filter batches by status. Provide one or more values to include batches matching any of them. To send multiple values, repeat the `status` parameter: ``` status=processing&status=canceling ``` If you omit this parameter, the response includes batches in all statuses.
            analysis_mode: Filter batches by analysis mode. Provide one or more values to include batches matching any of them. To send multiple values, repeat the `analysis_mode` parameter: ``` analysis_mode=general&analysis_mode=time_based_metadata ``` If you omit this parameter, the response includes batches in all analysis modes.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_BATCHES_LIST,
            {
                "page": page,
                "page_limit": page_limit,
                "status": status,
                "analysis_mode": analysis_mode,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def create(
        self,
        *,
        model_name: CreateAnalyzeBatchRequestModelName,
        analysis_mode: AnalysisMode,
        requests: Sequence[BatchItemRequestParam],
        defaults: BatchDefaultsParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[CreateAnalyzeBatchResponse]:
        """Create a batch.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``create`` in ``.parsed``.

        Args:
            model_name: The video understanding model to use for every item in this batch. Batch analysis requires Pegasus 1.5.
            analysis_mode: The analysis approach for every item in this batch.
            defaults: Default values applied to every item that does not override them. Every field is optional. Items in the `requests` array override these values. To override the `prompt` or `response_format` field, provide the full object on the item. You cannot change only some of its nested fields.
            requests: The analysis requests in the batch. Provide 1 to 1,000 requests, with a combined video duration of up to 2,000 hours.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_BATCHES_CREATE,
            {
                "model_name": model_name,
                "analysis_mode": analysis_mode,
                "defaults": defaults,
                "requests": requests,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AnalyzeBatchStatusResponse]:
        """Retrieve batch status.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``retrieve`` in ``.parsed``.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_BATCHES_RETRIEVE,
            {"batch_id": batch_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def delete(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Delete a batch.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``delete`` in ``.parsed``.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_BATCHES_DELETE,
            {"batch_id": batch_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AnalyzeBatchStatusResponse]:
        """Cancel a batch.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``cancel`` in ``.parsed``.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_BATCHES_CANCEL,
            {"batch_id": batch_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def results(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Stream[BatchResultItem]]:
        """Retrieve batch results.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``results`` in ``.parsed``.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_BATCHES_RESULTS_STREAM,
            {"batch_id": batch_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AnalyzeAsyncTasksResourceWithRawResponse(TaskCreation, APIResource):
    """The ``client.with_raw_response.analyze_async.tasks`` methods (returning RawResponse)."""

    _polling = AnalyzeAsyncTasksResource._polling

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        status: AnalyzeTaskStatus | None = None,
        video_url: str | None = None,
        asset_id: str | None = None,
        video_id: str | None = None,
        analysis_mode: AnalysisMode | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Page[AnalyzeTask]]:
        """List async analysis tasks.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``list`` in ``.parsed``.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            status: Filter analysis tasks by status. Possible values: `queued`, `pending`, `processing`, `ready`, `failed`, `canceled`.
            video_url: Filter tasks by exact video source URL.
            asset_id: Filter tasks by asset ID.
            video_id: Filter tasks by video ID for pre-indexed videos (Pegasus 1.2 only). Deprecated — use `asset_id` instead.
            analysis_mode: Filter tasks by the analysis mode used when creating the task.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_TASKS_LIST,
            {
                "page": page,
                "page_limit": page_limit,
                "status": status,
                "video_url": video_url,
                "asset_id": asset_id,
                "video_id": video_id,
                "analysis_mode": analysis_mode,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def create(
        self,
        *,
        model_name: ModelName | None = None,
        custom_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | Asset
        | AssetDetail
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        analysis_mode: CreateAsyncAnalyzeRequestAnalysisMode | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
        response_format: AsyncResponseFormatParam | Mapping[str, Any] | None = None,
        min_segment_duration: float | None = None,
        max_segment_duration: float | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AnalyzeTaskCreated]:
        """Create an async analysis task.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``create`` in ``.parsed``.

        Args:
            model_name: The video understanding model to use for analysis.
            custom_id: An optional identifier that you set when you create the task. Use this field to correlate tasks across responses, for example, to distinguish tasks by type or environment.
            video: An object specifying the source of the video content. Include exactly one source.
            prompt: Natural-language instructions for analyzing the video. Required for general analysis (prompt-based text generation). Not supported when `analysis_mode` is `time_based_metadata`. To include reference images in your prompt, use the `prompt_v2` parameter instead (Pegasus 1.5 only). Mutually exclusive with the `prompt_v2` parameter.
            prompt_v2: A structured prompt that uses `<@name>` placeholders to reference images. Mutually exclusive with the `prompt` and `image` parameters. The prompt text and reference images count toward the context window.
            analysis_mode: The analysis approach for this task.
            temperature: Controls the randomness of the text output.
            max_tokens: The maximum response length, in tokens: with analysis_mode `general` 512 to 98,304 (default 4,096), with `time_based_metadata` 2,048 to 98,304 (default 32,768); 2 to 4,096 with pegasus1.2. With video segmentation the task fails if the output exceeds the limit.
            response_format: Controls the response format. When you omit this parameter, you receive unstructured text. `json_schema`: structured JSON that conforms to your schema. `segment_definitions`: timestamped metadata with custom fields (video segmentation), with `analysis_mode` `time_based_metadata`.
            min_segment_duration: A bound on the duration of each extracted segment, in seconds (at least 2; the maximum must be greater than or equal to the minimum). Requires `analysis_mode` set to `time_based_metadata`. Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
            max_segment_duration: A bound on the duration of each extracted segment, in seconds (at least 2; the maximum must be greater than or equal to the minimum). Requires `analysis_mode` set to `time_based_metadata`. Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `end_time` to analyze only a portion of the video. If omitted, the video's internal start time (most videos start at 0). Must be less than `end_time` and the video duration; the window must be at least 1 second. Not with `model_name` `pegasus1.2`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `start_time` to analyze only a portion of the video. If omitted, the video's internal start time plus its duration. Must be greater than `start_time` and at most the video duration. Not with `model_name` `pegasus1.2`.
            image: One to twenty images to analyze instead of a video; each names exactly one source. Requires `model_name` set to `pegasus1.6` and a `prompt`. Mutually exclusive with `video` and `prompt_v2`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._create(
            {
                "model_name": model_name,
                "custom_id": custom_id,
                "video": video,
                "prompt": prompt,
                "prompt_v2": prompt_v2,
                "analysis_mode": analysis_mode,
                "temperature": temperature,
                "max_tokens": max_tokens,
                "response_format": response_format,
                "min_segment_duration": min_segment_duration,
                "max_segment_duration": max_segment_duration,
                "start_time": start_time,
                "end_time": end_time,
                "image": image,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def retrieve(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AnalyzeTask]:
        """Retrieve analysis task status and results.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``retrieve`` in ``.parsed``.

        Args:
            task_id: The unique identifier of the analysis task.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_TASKS_RETRIEVE,
            {"task_id": task_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def delete(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Delete an analysis task.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``delete`` in ``.parsed``.

        Args:
            task_id: The unique identifier of the analyze task.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_ASYNC_TASKS_DELETE,
            {"task_id": task_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AnalyzeAsyncResourceWithRawResponse(APIResource):
    """The ``client.with_raw_response.analyze_async`` methods (returning RawResponse)."""

    @cached_property
    def batches(self) -> AnalyzeAsyncBatchesResourceWithRawResponse:
        """The ``client.with_raw_response.analyze_async.batches`` methods."""
        return AnalyzeAsyncBatchesResourceWithRawResponse(self._client)

    @cached_property
    def tasks(self) -> AnalyzeAsyncTasksResourceWithRawResponse:
        """The ``client.with_raw_response.analyze_async.tasks`` methods."""
        return AnalyzeAsyncTasksResourceWithRawResponse(self._client)


class AssetsResourceWithRawResponse(APIResource):
    """The ``client.with_raw_response.assets`` methods (returning RawResponse)."""

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        asset_ids: Sequence[str] | None = None,
        asset_types: Sequence[AssetsListRequestAssetTypesItem] | None = None,
        filename: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Page[AssetDetail]]:
        """List assets.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``list`` in ``.parsed``.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            asset_ids: Filters the response to include only assets with the specified IDs. Provide one or more asset IDs. When you specify multiple IDs, the platform returns all matching assets.
            asset_types: Filters the response to include only assets of the specified types. Provide one or more asset types. When you specify multiple types, the platform returns all matching assets.
            filename: Filters the response to include only assets whose filename contains the specified string. The match is case-insensitive and supports partial matching.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_LIST,
            {
                "page": page,
                "page_limit": page_limit,
                "asset_ids": asset_ids,
                "asset_types": asset_types,
                "filename": filename,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def create(
        self,
        *,
        method: AssetsCreateRequestMethod,
        file: FileSource | None = None,
        url: str | None = None,
        filename: str | None = None,
        enable_hls: bool | None = None,
        enable_thumbnail: bool | None = None,
        user_metadata: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Asset]:
        """Create an asset.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``create`` in ``.parsed``.

        Args:
            method: Specifies the upload method for the asset. Use `direct` to upload a local file or `url` for a publicly accessible URL.
            file: Specify this parameter to upload a file from your local file system. This parameter is required when `method` is set to `direct`.
            url: Specify this parameter to upload a file from a publicly accessible URL. This parameter is required when `method` is set to `url`.
            filename: The optional filename of the asset. If not provided, the platform will determine the filename from the file or URL.
            enable_hls: When set to `true`, the platform generates an HLS playlist and segments for streaming. Applicable to video and audio assets only.
            enable_thumbnail: When set to `true`, the platform generates thumbnail images from the uploaded content.
            user_metadata: Metadata that helps you categorize your assets. You can specify a list of keys and values. Keys must be of type `string`, and values can be of the following types: `string`, `integer`, `float`, or `boolean`. Send this value as a JSON-encoded string.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_CREATE,
            {
                "method": method,
                "file": file,
                "url": url,
                "filename": filename,
                "enable_hls": enable_hls,
                "enable_thumbnail": enable_thumbnail,
                "user_metadata": user_metadata,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def retrieve(
        self,
        asset_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AssetDetail]:
        """Retrieve an asset.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``retrieve`` in ``.parsed``.

        Args:
            asset_id: The unique identifier of the asset to retrieve.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_RETRIEVE,
            {"asset_id": asset_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def delete(
        self,
        asset_id: str,
        *,
        force: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Delete an asset.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``delete`` in ``.parsed``.

        Args:
            asset_id: The unique identifier of the asset to delete.
            force: When set to `true`, the platform deletes the asset even if indexed assets reference it. When set to `false` or omitted, the request fails with `409 Conflict` if references exist.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_DELETE,
            {"asset_id": asset_id, "force": force},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def replace_user_metadata(
        self,
        asset_id: str,
        *,
        user_metadata: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Replace the user-defined metadata of an asset.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``replace_user_metadata`` in ``.parsed``.

        Args:
            asset_id: The unique identifier of the asset whose user-defined metadata to replace.
            user_metadata: Metadata that helps you categorize your assets. The object contains user-defined keys and values, where keys are strings and values are one of `string`, `integer`, `float`, or `boolean`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_REPLACE_USER_METADATA,
            {"asset_id": asset_id, "user_metadata": user_metadata},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def delete_user_metadata(
        self,
        asset_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Delete the user-defined metadata of an asset.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``delete_user_metadata`` in ``.parsed``.

        Args:
            asset_id: The unique identifier of the asset whose user-defined metadata to delete.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_DELETE_USER_METADATA,
            {"asset_id": asset_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def update_user_metadata(
        self,
        asset_id: str,
        *,
        user_metadata: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Update the user-defined metadata of an asset.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``update_user_metadata`` in ``.parsed``.

        Args:
            asset_id: The unique identifier of the asset whose user-defined metadata to update.
            user_metadata: Metadata that helps you categorize your assets. The object contains user-defined keys and values, where keys are strings and values are one of `string`, `integer`, `float`, or `boolean`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ASSETS_UPDATE_USER_METADATA,
            {"asset_id": asset_id, "user_metadata": user_metadata},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class MultipartUploadResourceWithRawResponse(APIResource):
    """The ``client.with_raw_response.multipart_upload`` methods (returning RawResponse)."""

    def list_incomplete_uploads(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Page[IncompleteUploadSummary]]:
        """List incomplete uploads.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``list_incomplete_uploads`` in ``.parsed``.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _MULTIPART_UPLOAD_LIST_INCOMPLETE_UPLOADS,
            {"page": page, "page_limit": page_limit},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def create(
        self,
        *,
        filename: str,
        type: CreateAssetUploadRequestType,
        total_size: int,
        enable_hls: bool | None = None,
        enable_thumbnail: bool | None = None,
        user_metadata: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[CreateAssetUploadResponse]:
        """Create a multipart upload session.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``create`` in ``.parsed``.

        Args:
            filename: The original file name of the asset.
            type: The type of asset you want to upload.
            total_size: The total size of the file in bytes. The platform uses this value to:
            enable_hls: When set to `true`, the platform generates an HLS playlist and segments for streaming. Applicable to video and audio assets only.
            enable_thumbnail: When set to `true`, the platform generates thumbnail images from the uploaded content.
            user_metadata: Metadata that helps you categorize your assets. You can specify a list of keys and values. Keys must be of type `string`, and values can be of the following types: `string`, `integer`, `float`, or `boolean`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _MULTIPART_UPLOAD_CREATE,
            {
                "filename": filename,
                "type": type,
                "total_size": total_size,
                "enable_hls": enable_hls,
                "enable_thumbnail": enable_thumbnail,
                "user_metadata": user_metadata,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def get_status(
        self,
        upload_id: str,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GetUploadStatusResponse]:
        """Retrieve the status of an upload session.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``get_status`` in ``.parsed``.

        Args:
            upload_id: The unique identifier of the upload session.
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _MULTIPART_UPLOAD_GET_STATUS,
            {"upload_id": upload_id, "page": page, "page_limit": page_limit},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def report_chunk_batch(
        self,
        upload_id: str,
        *,
        completed_chunks: Sequence[CompletedChunkParam],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReportChunkBatchResponse]:
        """Report uploaded chunks.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``report_chunk_batch`` in ``.parsed``.

        Args:
            upload_id: The unique identifier of the upload session.
            completed_chunks: The list of chunks successfully uploaded that you're reporting to the platform. Report only after receiving an ETag.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _MULTIPART_UPLOAD_REPORT_CHUNK_BATCH,
            {"upload_id": upload_id, "completed_chunks": completed_chunks},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def get_additional_presigned_urls(
        self,
        upload_id: str,
        *,
        start: int,
        count: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[RequestAdditionalPresignedURLsResponse]:
        """Request presigned URLs for the remaining chunks.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``get_additional_presigned_urls`` in ``.parsed``.

        Args:
            upload_id: The unique identifier of the upload session.
            start: The index of the first chunk number to generate URLs for. Chunks are numbered from 1.
            count: The number of presigned URLs to generate starting from the index. You can request a maximum of 50 URLs in a single API call.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _MULTIPART_UPLOAD_GET_ADDITIONAL_PRESIGNED_URLS,
            {"upload_id": upload_id, "start": start, "count": count},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class IndexesVideosResourceWithRawResponse(APIResource):
    """The ``client.with_raw_response.indexes.videos`` methods (returning RawResponse)."""

    def list(
        self,
        index_id: str,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: str | None = None,
        sort_option: str | None = None,
        filename: str | None = None,
        duration: IndexesVideosListRequestDurationParam | None = None,
        fps: IndexesVideosListRequestFpsParam | None = None,
        width: IndexesVideosListRequestWidthParam | None = None,
        height: IndexesVideosListRequestHeightParam | None = None,
        size: IndexesVideosListRequestSizeParam | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        user_metadata: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Page[VideoVector]]:
        """List videos.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``list`` in ``.parsed``.

        Args:
            index_id: The unique identifier of the index for which the platform will retrieve the videos.
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            sort_by: The field to sort on. The following options are available:
            sort_option: The sorting direction. The following options are available:
            filename: Filter by filename.
            duration: Filter by duration in seconds. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            fps: Filter by frames per second. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            width: Filter by width in pixels. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            height: Filter by height in pixels. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            size: Filter by size in bytes. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            created_at: Filter videos by the creation date and time of their associated indexing tasks, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"). The platform returns the videos whose indexing tasks were created on the specified date at or after the given time.
            updated_at: This filter applies only to videos updated using the `PUT` method of the `/indexes/{index-id}/videos/{video-id}` endpoint. It filters videos by the last update date and time, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"). The platform returns the video indexing tasks that were last updated on the specified date at or after the given time.
            user_metadata: To enable filtering by custom fields, you must first add user-defined metadata to your video by calling the `PUT` method of the `/indexes/:index-id/videos/:video-id` endpoint.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_VIDEOS_LIST,
            {
                "index_id": index_id,
                "page": page,
                "page_limit": page_limit,
                "sort_by": sort_by,
                "sort_option": sort_option,
                "filename": filename,
                "duration": duration,
                "fps": fps,
                "width": width,
                "height": height,
                "size": size,
                "created_at": created_at,
                "updated_at": updated_at,
                "user_metadata": user_metadata,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def retrieve(
        self,
        index_id: str,
        video_id: str,
        *,
        embedding_option: Sequence[IndexesVideosRetrieveRequestEmbeddingOptionItem]
        | None = None,
        transcription: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Video]:
        """Retrieve video information.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``retrieve`` in ``.parsed``.

        Args:
            index_id: The unique identifier of the index to which the video has been uploaded.
            video_id: The unique identifier of the video to retrieve.
            embedding_option: Specifies which types of embeddings to retrieve. Values: `visual`, `audio`, `transcription`. For details, see the Embedding options section.
            transcription: The parameter indicates whether to retrieve a transcription of the spoken words for the indexed video.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_VIDEOS_RETRIEVE,
            {
                "index_id": index_id,
                "video_id": video_id,
                "embedding_option": embedding_option,
                "transcription": transcription,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def delete(
        self,
        index_id: str,
        video_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Delete video information.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``delete`` in ``.parsed``.

        Args:
            index_id: The unique identifier of the index to which the video has been uploaded.
            video_id: The unique identifier of the video to delete.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_VIDEOS_DELETE,
            {"index_id": index_id, "video_id": video_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def update(
        self,
        index_id: str,
        video_id: str,
        *,
        user_metadata: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Partial update video information.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``update`` in ``.parsed``.

        Args:
            index_id: The unique identifier of the index to which the video has been uploaded.
            video_id: The unique identifier of the video to update.
            user_metadata: Metadata that helps you categorize your assets. The object contains user-defined keys and values, where keys are strings and values are one of `string`, `integer`, `float`, or `boolean`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_VIDEOS_UPDATE,
            {
                "index_id": index_id,
                "video_id": video_id,
                "user_metadata": user_metadata,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class IndexesResourceWithRawResponse(APIResource):
    """The ``client.with_raw_response.indexes`` methods (returning RawResponse)."""

    @cached_property
    def videos(self) -> IndexesVideosResourceWithRawResponse:
        """The ``client.with_raw_response.indexes.videos`` methods."""
        return IndexesVideosResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: str | None = None,
        sort_option: str | None = None,
        index_name: str | None = None,
        model_options: str | None = None,
        model_family: str | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Page[Index]]:
        """List indexes.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``list`` in ``.parsed``.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            sort_by: The field to sort on. The following options are available:
            sort_option: The sorting direction. The following options are available:
            index_name: Filter by the name of an index.
            model_options: Filter by the model options. When filtering by multiple model options, the values must be comma-separated.
            model_family: Filter by the model family. This parameter can take one of the following values: `marengo` or `pegasus`. You can specify a single value.
            created_at: Filter indexes by the creation date and time, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"). The platform returns the indexes that were created on the specified date at or after the given time.
            updated_at: Filter indexes by the last update date and time, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"). The platform returns the indexes that were last updated on the specified date at or after the given time.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_LIST,
            {
                "page": page,
                "page_limit": page_limit,
                "sort_by": sort_by,
                "sort_option": sort_option,
                "index_name": index_name,
                "model_options": model_options,
                "model_family": model_family,
                "created_at": created_at,
                "updated_at": updated_at,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def create(
        self,
        *,
        index_name: str,
        models: Sequence[IndexesCreateRequestModelsItemParam],
        addons: Sequence[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[IndexCreated]:
        """Create an index.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``create`` in ``.parsed``.

        Args:
            index_name: The name of the index. Make sure you use a succinct and descriptive name.
            models: An array that specifies the video understanding models and the model options to be enabled for this index. Models determine what tasks you can perform with your videos. Model options determine which modalities the platform analyzes.
            addons: An array specifying which add-ons should be enabled. Each entry in the array is an addon, and the following values are supported:
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_CREATE,
            {"index_name": index_name, "models": models, "addons": addons},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def retrieve(
        self,
        index_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Index]:
        """Retrieve an index.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``retrieve`` in ``.parsed``.

        Args:
            index_id: Unique identifier of the index to retrieve.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_RETRIEVE,
            {"index_id": index_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def update(
        self,
        index_id: str,
        *,
        index_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Update an index.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``update`` in ``.parsed``.

        Args:
            index_id: Unique identifier of the index to update.
            index_name: The name of the index.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_UPDATE,
            {"index_id": index_id, "index_name": index_name},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def delete(
        self,
        index_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[None]:
        """Delete an index.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``delete`` in ``.parsed``.

        Args:
            index_id: Unique identifier of the index to delete.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _INDEXES_DELETE,
            {"index_id": index_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class RootResourceWithRawResponse(APIResource):
    """The ``client.with_raw_response`` methods (returning RawResponse)."""

    @cached_property
    def analyze_async(self) -> AnalyzeAsyncResourceWithRawResponse:
        """The ``client.with_raw_response.analyze_async`` methods."""
        return AnalyzeAsyncResourceWithRawResponse(self._client)

    @cached_property
    def assets(self) -> AssetsResourceWithRawResponse:
        """The ``client.with_raw_response.assets`` methods."""
        return AssetsResourceWithRawResponse(self._client)

    @cached_property
    def multipart_upload(self) -> MultipartUploadResourceWithRawResponse:
        """The ``client.with_raw_response.multipart_upload`` methods."""
        return MultipartUploadResourceWithRawResponse(self._client)

    @cached_property
    def indexes(self) -> IndexesResourceWithRawResponse:
        """The ``client.with_raw_response.indexes`` methods."""
        return IndexesResourceWithRawResponse(self._client)

    def analyze(
        self,
        *,
        model_name: ModelName | None = None,
        video_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | Asset
        | AssetDetail
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        temperature: float | None = None,
        response_format: SyncResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AnalyzeResult]:
        """Sync analysis.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``analyze`` in ``.parsed``.

        Args:
            model_name: The video understanding model to use for analysis.
            video_id: The unique identifier of the video to analyze. Use this parameter when the `model_name` parameter is `pegasus1.2`. Not supported with `pegasus1.5`.
            video: An object specifying the source of the video content. Include exactly one source.
            prompt: A text prompt that guides the model on the desired format or content. Works with both Pegasus 1.2 and Pegasus 1.5. To include reference images in your prompt, use the `prompt_v2` parameter instead (Pegasus 1.5 only). Mutually exclusive with the `prompt_v2` parameter.
            prompt_v2: A structured prompt that uses `<@name>` placeholders to reference images. Mutually exclusive with the `prompt` and `image` parameters. The prompt text and reference images count toward the context window.
            temperature: Controls the randomness of the text output.
            response_format: Specifies the format of the response. When you omit this parameter, the platform returns unstructured text. Only the `json_schema` type is supported for synchronous analysis.
            max_tokens: The maximum response length, in tokens: 512 to 98,304 with pegasus1.5 (the default) and pegasus1.6, 2 to 4,096 with pegasus1.2. Default: 4,096.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `end_time` to analyze only a portion of the video. If omitted, the video's internal start time (most videos start at 0). Must be less than `end_time` and the video duration; the window must be at least 1 second. Not with `model_name` `pegasus1.2`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `start_time` to analyze only a portion of the video. If omitted, the video's internal start time plus its duration. Must be greater than `start_time` and at most the video duration. Not with `model_name` `pegasus1.2`.
            image: One to twenty images to analyze instead of a video; each names exactly one source. Requires `model_name` set to `pegasus1.6` and a `prompt`. Mutually exclusive with `video` and `prompt_v2`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE,
            {
                "model_name": model_name,
                "video_id": video_id,
                "video": video,
                "prompt": prompt,
                "prompt_v2": prompt_v2,
                "temperature": temperature,
                "response_format": response_format,
                "max_tokens": max_tokens,
                "start_time": start_time,
                "end_time": end_time,
                "image": image,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def analyze_stream(
        self,
        *,
        model_name: ModelName | None = None,
        video_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | Asset
        | AssetDetail
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        temperature: float | None = None,
        response_format: SyncResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Stream[AnalyzeStreamEvent]]:
        """Sync analysis.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``analyze_stream`` in ``.parsed``.

        Args:
            model_name: The video understanding model to use for analysis.
            video_id: The unique identifier of the video to analyze. Use this parameter when the `model_name` parameter is `pegasus1.2`. Not supported with `pegasus1.5`.
            video: An object specifying the source of the video content. Include exactly one source.
            prompt: A text prompt that guides the model on the desired format or content. Works with both Pegasus 1.2 and Pegasus 1.5. To include reference images in your prompt, use the `prompt_v2` parameter instead (Pegasus 1.5 only). Mutually exclusive with the `prompt_v2` parameter.
            prompt_v2: A structured prompt that uses `<@name>` placeholders to reference images. Mutually exclusive with the `prompt` and `image` parameters. The prompt text and reference images count toward the context window.
            temperature: Controls the randomness of the text output.
            response_format: Specifies the format of the response. When you omit this parameter, the platform returns unstructured text. Only the `json_schema` type is supported for synchronous analysis.
            max_tokens: The maximum response length, in tokens: 512 to 98,304 with pegasus1.5 (the default) and pegasus1.6, 2 to 4,096 with pegasus1.2. Default: 4,096.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `end_time` to analyze only a portion of the video. If omitted, the video's internal start time (most videos start at 0). Must be less than `end_time` and the video duration; the window must be at least 1 second. Not with `model_name` `pegasus1.2`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `start_time` to analyze only a portion of the video. If omitted, the video's internal start time plus its duration. Must be greater than `start_time` and at most the video duration. Not with `model_name` `pegasus1.2`.
            image: One to twenty images to analyze instead of a video; each names exactly one source. Requires `model_name` set to `pegasus1.6` and a `prompt`. Mutually exclusive with `video` and `prompt_v2`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _ANALYZE_STREAM,
            {
                "model_name": model_name,
                "video_id": video_id,
                "video": video,
                "prompt": prompt,
                "prompt_v2": prompt_v2,
                "temperature": temperature,
                "response_format": response_format,
                "max_tokens": max_tokens,
                "start_time": start_time,
                "end_time": end_time,
                "image": image,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    def gist(
        self,
        video_id: str,
        *,
        types: Sequence[GistType] = ("title", "topic", "hashtag"),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[GistResult]:
        """Titles, topics, and hashtags.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``gist`` in ``.parsed``.

        Deprecated upstream: the endpoint is retired; the client serves it through its successor when the endpoint is gone.

        Args:
            video_id: The unique identifier of the video to analyze.
            types: The kinds of text to generate; one or more of title, topic, hashtag.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _GIST,
            {"video_id": video_id, "types": types},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: Literal["summary"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[SummaryResult]: ...

    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: Literal["chapter"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ChapterResult]: ...

    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: Literal["highlight"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[HighlightResult]: ...

    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: SummarizeType,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[SummarizeResult]: ...

    def summarize(
        self,
        video_id: str,
        *,
        type: SummarizeType,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[SummarizeResult]:
        """Summaries, chapters, or highlights.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``summarize`` in ``.parsed``.

        Deprecated upstream: the endpoint is retired; the client serves it through its successor when the endpoint is gone.

        Args:
            video_id: The unique identifier of the video to analyze.
            type: Whether to generate a summary, chapters or highlights.
            prompt: Context for the summarization task, such as the target audience or style (at most 2,000 tokens).
            temperature: Randomness of the text output; higher is more creative.
            response_format: Structured output: a JSON schema the summary text must follow. Valid only when type is summary.
            max_tokens: The maximum number of tokens to generate (1 to 4096).
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return self._client._request(
            _SUMMARIZE,
            {
                "video_id": video_id,
                "type": type,
                "prompt": prompt,
                "temperature": temperature,
                "response_format": response_format,
                "max_tokens": max_tokens,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AnalyzeAsyncBatchesResourceWithStreamingResponse(APIResource):
    """The ``client.with_streaming_response.analyze_async.batches`` methods (context managers of unread responses)."""

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        status: Sequence[BatchStatus] | None = None,
        analysis_mode: Sequence[AnalysisMode] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[Page[AnalyzeBatchStatusResponse]]:
        """List batches.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``list`` returns.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            status: Filter batches by status. Provide one or more values to include batches matching any of them. To send multiple values, repeat the `status` parameter: ``` status=processing&status=canceling ``` If you omit this parameter, the response includes batches in all statuses.
            analysis_mode: Filter batches by analysis mode. Provide one or more values to include batches matching any of them. To send multiple values, repeat the `analysis_mode` parameter: ``` analysis_mode=general&analysis_mode=time_based_metadata ``` If you omit this parameter, the response includes batches in all analysis modes.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ANALYZE_ASYNC_BATCHES_LIST,
            {
                "page": page,
                "page_limit": page_limit,
                "status": status,
                "analysis_mode": analysis_mode,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        *,
        model_name: CreateAnalyzeBatchRequestModelName,
        analysis_mode: AnalysisMode,
        requests: Sequence[BatchItemRequestParam],
        defaults: BatchDefaultsParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[CreateAnalyzeBatchResponse]:
        """Create a batch.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``create`` returns.

        Args:
            model_name: The video understanding model to use for every item in this batch. Batch analysis requires Pegasus 1.5.
            analysis_mode: The analysis approach for every item in this batch.
            defaults: Default values applied to every item that does not override them. Every field is optional. Items in the `requests` array override these values. To override the `prompt` or `response_format` field, provide the full object on the item. You cannot change only some of its nested fields.
            requests: The analysis requests in the batch. Provide 1 to 1,000 requests, with a combined video duration of up to 2,000 hours.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ANALYZE_ASYNC_BATCHES_CREATE,
            {
                "model_name": model_name,
                "analysis_mode": analysis_mode,
                "defaults": defaults,
                "requests": requests,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def retrieve(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[AnalyzeBatchStatusResponse]:
        """Retrieve batch status.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``retrieve`` returns.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ANALYZE_ASYNC_BATCHES_RETRIEVE,
            {"batch_id": batch_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[None]:
        """Delete a batch.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``delete`` returns.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ANALYZE_ASYNC_BATCHES_DELETE,
            {"batch_id": batch_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def cancel(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[AnalyzeBatchStatusResponse]:
        """Cancel a batch.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``cancel`` returns.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ANALYZE_ASYNC_BATCHES_CANCEL,
            {"batch_id": batch_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def results(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[Stream[BatchResultItem]]:
        """Retrieve batch results.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``results`` returns.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ANALYZE_ASYNC_BATCHES_RESULTS_STREAM,
            {"batch_id": batch_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )


class AnalyzeAsyncTasksResourceWithStreamingResponse(APIResource):
    """The ``client.with_streaming_response.analyze_async.tasks`` methods (context managers of unread responses)."""

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        status: AnalyzeTaskStatus | None = None,
        video_url: str | None = None,
        asset_id: str | None = None,
        video_id: str | None = None,
        analysis_mode: AnalysisMode | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[Page[AnalyzeTask]]:
        """List async analysis tasks.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``list`` returns.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            status: Filter analysis tasks by status. Possible values: `queued`, `pending`, `processing`, `ready`, `failed`, `canceled`.
            video_url: Filter tasks by exact video source URL.
            asset_id: Filter tasks by asset ID.
            video_id: Filter tasks by video ID for pre-indexed videos (Pegasus 1.2 only). Deprecated — use `asset_id` instead.
            analysis_mode: Filter tasks by the analysis mode used when creating the task.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ANALYZE_ASYNC_TASKS_LIST,
            {
                "page": page,
                "page_limit": page_limit,
                "status": status,
                "video_url": video_url,
                "asset_id": asset_id,
                "video_id": video_id,
                "analysis_mode": analysis_mode,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        *,
        model_name: ModelName | None = None,
        custom_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | Asset
        | AssetDetail
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        analysis_mode: CreateAsyncAnalyzeRequestAnalysisMode | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
        response_format: AsyncResponseFormatParam | Mapping[str, Any] | None = None,
        min_segment_duration: float | None = None,
        max_segment_duration: float | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[AnalyzeTaskCreated]:
        """Create an async analysis task.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``create`` returns.

        Args:
            model_name: The video understanding model to use for analysis.
            custom_id: An optional identifier that you set when you create the task. Use this field to correlate tasks across responses, for example, to distinguish tasks by type or environment.
            video: An object specifying the source of the video content. Include exactly one source.
            prompt: Natural-language instructions for analyzing the video. Required for general analysis (prompt-based text generation). Not supported when `analysis_mode` is `time_based_metadata`. To include reference images in your prompt, use the `prompt_v2` parameter instead (Pegasus 1.5 only). Mutually exclusive with the `prompt_v2` parameter.
            prompt_v2: A structured prompt that uses `<@name>` placeholders to reference images. Mutually exclusive with the `prompt` and `image` parameters. The prompt text and reference images count toward the context window.
            analysis_mode: The analysis approach for this task.
            temperature: Controls the randomness of the text output.
            max_tokens: The maximum response length, in tokens: with analysis_mode `general` 512 to 98,304 (default 4,096), with `time_based_metadata` 2,048 to 98,304 (default 32,768); 2 to 4,096 with pegasus1.2. With video segmentation the task fails if the output exceeds the limit.
            response_format: Controls the response format. When you omit this parameter, you receive unstructured text. `json_schema`: structured JSON that conforms to your schema. `segment_definitions`: timestamped metadata with custom fields (video segmentation), with `analysis_mode` `time_based_metadata`.
            min_segment_duration: A bound on the duration of each extracted segment, in seconds (at least 2; the maximum must be greater than or equal to the minimum). Requires `analysis_mode` set to `time_based_metadata`. Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
            max_segment_duration: A bound on the duration of each extracted segment, in seconds (at least 2; the maximum must be greater than or equal to the minimum). Requires `analysis_mode` set to `time_based_metadata`. Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `end_time` to analyze only a portion of the video. If omitted, the video's internal start time (most videos start at 0). Must be less than `end_time` and the video duration; the window must be at least 1 second. Not with `model_name` `pegasus1.2`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `start_time` to analyze only a portion of the video. If omitted, the video's internal start time plus its duration. Must be greater than `start_time` and at most the video duration. Not with `model_name` `pegasus1.2`.
            image: One to twenty images to analyze instead of a video; each names exactly one source. Requires `model_name` set to `pegasus1.6` and a `prompt`. Mutually exclusive with `video` and `prompt_v2`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ANALYZE_ASYNC_TASKS_CREATE,
            {
                "model_name": model_name,
                "custom_id": custom_id,
                "video": video,
                "prompt": prompt,
                "prompt_v2": prompt_v2,
                "analysis_mode": analysis_mode,
                "temperature": temperature,
                "max_tokens": max_tokens,
                "response_format": response_format,
                "min_segment_duration": min_segment_duration,
                "max_segment_duration": max_segment_duration,
                "start_time": start_time,
                "end_time": end_time,
                "image": image,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def retrieve(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[AnalyzeTask]:
        """Retrieve analysis task status and results.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``retrieve`` returns.

        Args:
            task_id: The unique identifier of the analysis task.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ANALYZE_ASYNC_TASKS_RETRIEVE,
            {"task_id": task_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        task_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[None]:
        """Delete an analysis task.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``delete`` returns.

        Args:
            task_id: The unique identifier of the analyze task.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ANALYZE_ASYNC_TASKS_DELETE,
            {"task_id": task_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )


class AnalyzeAsyncResourceWithStreamingResponse(APIResource):
    """The ``client.with_streaming_response.analyze_async`` methods (context managers of unread responses)."""

    @cached_property
    def batches(self) -> AnalyzeAsyncBatchesResourceWithStreamingResponse:
        """The ``client.with_streaming_response.analyze_async.batches`` methods."""
        return AnalyzeAsyncBatchesResourceWithStreamingResponse(self._client)

    @cached_property
    def tasks(self) -> AnalyzeAsyncTasksResourceWithStreamingResponse:
        """The ``client.with_streaming_response.analyze_async.tasks`` methods."""
        return AnalyzeAsyncTasksResourceWithStreamingResponse(self._client)


class AssetsResourceWithStreamingResponse(APIResource):
    """The ``client.with_streaming_response.assets`` methods (context managers of unread responses)."""

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        asset_ids: Sequence[str] | None = None,
        asset_types: Sequence[AssetsListRequestAssetTypesItem] | None = None,
        filename: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[Page[AssetDetail]]:
        """List assets.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``list`` returns.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            asset_ids: Filters the response to include only assets with the specified IDs. Provide one or more asset IDs. When you specify multiple IDs, the platform returns all matching assets.
            asset_types: Filters the response to include only assets of the specified types. Provide one or more asset types. When you specify multiple types, the platform returns all matching assets.
            filename: Filters the response to include only assets whose filename contains the specified string. The match is case-insensitive and supports partial matching.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ASSETS_LIST,
            {
                "page": page,
                "page_limit": page_limit,
                "asset_ids": asset_ids,
                "asset_types": asset_types,
                "filename": filename,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        *,
        method: AssetsCreateRequestMethod,
        file: FileSource | None = None,
        url: str | None = None,
        filename: str | None = None,
        enable_hls: bool | None = None,
        enable_thumbnail: bool | None = None,
        user_metadata: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[Asset]:
        """Create an asset.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``create`` returns.

        Args:
            method: Specifies the upload method for the asset. Use `direct` to upload a local file or `url` for a publicly accessible URL.
            file: Specify this parameter to upload a file from your local file system. This parameter is required when `method` is set to `direct`.
            url: Specify this parameter to upload a file from a publicly accessible URL. This parameter is required when `method` is set to `url`.
            filename: The optional filename of the asset. If not provided, the platform will determine the filename from the file or URL.
            enable_hls: When set to `true`, the platform generates an HLS playlist and segments for streaming. Applicable to video and audio assets only.
            enable_thumbnail: When set to `true`, the platform generates thumbnail images from the uploaded content.
            user_metadata: Metadata that helps you categorize your assets. You can specify a list of keys and values. Keys must be of type `string`, and values can be of the following types: `string`, `integer`, `float`, or `boolean`. Send this value as a JSON-encoded string.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ASSETS_CREATE,
            {
                "method": method,
                "file": file,
                "url": url,
                "filename": filename,
                "enable_hls": enable_hls,
                "enable_thumbnail": enable_thumbnail,
                "user_metadata": user_metadata,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def retrieve(
        self,
        asset_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[AssetDetail]:
        """Retrieve an asset.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``retrieve`` returns.

        Args:
            asset_id: The unique identifier of the asset to retrieve.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ASSETS_RETRIEVE,
            {"asset_id": asset_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        asset_id: str,
        *,
        force: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[None]:
        """Delete an asset.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``delete`` returns.

        Args:
            asset_id: The unique identifier of the asset to delete.
            force: When set to `true`, the platform deletes the asset even if indexed assets reference it. When set to `false` or omitted, the request fails with `409 Conflict` if references exist.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ASSETS_DELETE,
            {"asset_id": asset_id, "force": force},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def replace_user_metadata(
        self,
        asset_id: str,
        *,
        user_metadata: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[None]:
        """Replace the user-defined metadata of an asset.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``replace_user_metadata`` returns.

        Args:
            asset_id: The unique identifier of the asset whose user-defined metadata to replace.
            user_metadata: Metadata that helps you categorize your assets. The object contains user-defined keys and values, where keys are strings and values are one of `string`, `integer`, `float`, or `boolean`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ASSETS_REPLACE_USER_METADATA,
            {"asset_id": asset_id, "user_metadata": user_metadata},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def delete_user_metadata(
        self,
        asset_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[None]:
        """Delete the user-defined metadata of an asset.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``delete_user_metadata`` returns.

        Args:
            asset_id: The unique identifier of the asset whose user-defined metadata to delete.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ASSETS_DELETE_USER_METADATA,
            {"asset_id": asset_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def update_user_metadata(
        self,
        asset_id: str,
        *,
        user_metadata: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[None]:
        """Update the user-defined metadata of an asset.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``update_user_metadata`` returns.

        Args:
            asset_id: The unique identifier of the asset whose user-defined metadata to update.
            user_metadata: Metadata that helps you categorize your assets. The object contains user-defined keys and values, where keys are strings and values are one of `string`, `integer`, `float`, or `boolean`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ASSETS_UPDATE_USER_METADATA,
            {"asset_id": asset_id, "user_metadata": user_metadata},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )


class MultipartUploadResourceWithStreamingResponse(APIResource):
    """The ``client.with_streaming_response.multipart_upload`` methods (context managers of unread responses)."""

    def list_incomplete_uploads(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[Page[IncompleteUploadSummary]]:
        """List incomplete uploads.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``list_incomplete_uploads`` returns.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _MULTIPART_UPLOAD_LIST_INCOMPLETE_UPLOADS,
            {"page": page, "page_limit": page_limit},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        *,
        filename: str,
        type: CreateAssetUploadRequestType,
        total_size: int,
        enable_hls: bool | None = None,
        enable_thumbnail: bool | None = None,
        user_metadata: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[CreateAssetUploadResponse]:
        """Create a multipart upload session.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``create`` returns.

        Args:
            filename: The original file name of the asset.
            type: The type of asset you want to upload.
            total_size: The total size of the file in bytes. The platform uses this value to:
            enable_hls: When set to `true`, the platform generates an HLS playlist and segments for streaming. Applicable to video and audio assets only.
            enable_thumbnail: When set to `true`, the platform generates thumbnail images from the uploaded content.
            user_metadata: Metadata that helps you categorize your assets. You can specify a list of keys and values. Keys must be of type `string`, and values can be of the following types: `string`, `integer`, `float`, or `boolean`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _MULTIPART_UPLOAD_CREATE,
            {
                "filename": filename,
                "type": type,
                "total_size": total_size,
                "enable_hls": enable_hls,
                "enable_thumbnail": enable_thumbnail,
                "user_metadata": user_metadata,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def get_status(
        self,
        upload_id: str,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[GetUploadStatusResponse]:
        """Retrieve the status of an upload session.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``get_status`` returns.

        Args:
            upload_id: The unique identifier of the upload session.
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _MULTIPART_UPLOAD_GET_STATUS,
            {"upload_id": upload_id, "page": page, "page_limit": page_limit},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def report_chunk_batch(
        self,
        upload_id: str,
        *,
        completed_chunks: Sequence[CompletedChunkParam],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[ReportChunkBatchResponse]:
        """Report uploaded chunks.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``report_chunk_batch`` returns.

        Args:
            upload_id: The unique identifier of the upload session.
            completed_chunks: The list of chunks successfully uploaded that you're reporting to the platform. Report only after receiving an ETag.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _MULTIPART_UPLOAD_REPORT_CHUNK_BATCH,
            {"upload_id": upload_id, "completed_chunks": completed_chunks},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def get_additional_presigned_urls(
        self,
        upload_id: str,
        *,
        start: int,
        count: int,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[RequestAdditionalPresignedURLsResponse]:
        """Request presigned URLs for the remaining chunks.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``get_additional_presigned_urls`` returns.

        Args:
            upload_id: The unique identifier of the upload session.
            start: The index of the first chunk number to generate URLs for. Chunks are numbered from 1.
            count: The number of presigned URLs to generate starting from the index. You can request a maximum of 50 URLs in a single API call.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _MULTIPART_UPLOAD_GET_ADDITIONAL_PRESIGNED_URLS,
            {"upload_id": upload_id, "start": start, "count": count},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )


class IndexesVideosResourceWithStreamingResponse(APIResource):
    """The ``client.with_streaming_response.indexes.videos`` methods (context managers of unread responses)."""

    def list(
        self,
        index_id: str,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: str | None = None,
        sort_option: str | None = None,
        filename: str | None = None,
        duration: IndexesVideosListRequestDurationParam | None = None,
        fps: IndexesVideosListRequestFpsParam | None = None,
        width: IndexesVideosListRequestWidthParam | None = None,
        height: IndexesVideosListRequestHeightParam | None = None,
        size: IndexesVideosListRequestSizeParam | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        user_metadata: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[Page[VideoVector]]:
        """List videos.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``list`` returns.

        Args:
            index_id: The unique identifier of the index for which the platform will retrieve the videos.
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            sort_by: The field to sort on. The following options are available:
            sort_option: The sorting direction. The following options are available:
            filename: Filter by filename.
            duration: Filter by duration in seconds. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            fps: Filter by frames per second. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            width: Filter by width in pixels. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            height: Filter by height in pixels. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            size: Filter by size in bytes. Pass an object with `gte` and/or `lte` for range filtering. For exact match, set both to the same value.
            created_at: Filter videos by the creation date and time of their associated indexing tasks, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"). The platform returns the videos whose indexing tasks were created on the specified date at or after the given time.
            updated_at: This filter applies only to videos updated using the `PUT` method of the `/indexes/{index-id}/videos/{video-id}` endpoint. It filters videos by the last update date and time, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"). The platform returns the video indexing tasks that were last updated on the specified date at or after the given time.
            user_metadata: To enable filtering by custom fields, you must first add user-defined metadata to your video by calling the `PUT` method of the `/indexes/:index-id/videos/:video-id` endpoint.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _INDEXES_VIDEOS_LIST,
            {
                "index_id": index_id,
                "page": page,
                "page_limit": page_limit,
                "sort_by": sort_by,
                "sort_option": sort_option,
                "filename": filename,
                "duration": duration,
                "fps": fps,
                "width": width,
                "height": height,
                "size": size,
                "created_at": created_at,
                "updated_at": updated_at,
                "user_metadata": user_metadata,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def retrieve(
        self,
        index_id: str,
        video_id: str,
        *,
        embedding_option: Sequence[IndexesVideosRetrieveRequestEmbeddingOptionItem]
        | None = None,
        transcription: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[Video]:
        """Retrieve video information.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``retrieve`` returns.

        Args:
            index_id: The unique identifier of the index to which the video has been uploaded.
            video_id: The unique identifier of the video to retrieve.
            embedding_option: Specifies which types of embeddings to retrieve. Values: `visual`, `audio`, `transcription`. For details, see the Embedding options section.
            transcription: The parameter indicates whether to retrieve a transcription of the spoken words for the indexed video.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _INDEXES_VIDEOS_RETRIEVE,
            {
                "index_id": index_id,
                "video_id": video_id,
                "embedding_option": embedding_option,
                "transcription": transcription,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        index_id: str,
        video_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[None]:
        """Delete video information.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``delete`` returns.

        Args:
            index_id: The unique identifier of the index to which the video has been uploaded.
            video_id: The unique identifier of the video to delete.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _INDEXES_VIDEOS_DELETE,
            {"index_id": index_id, "video_id": video_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def update(
        self,
        index_id: str,
        video_id: str,
        *,
        user_metadata: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[None]:
        """Partial update video information.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``update`` returns.

        Args:
            index_id: The unique identifier of the index to which the video has been uploaded.
            video_id: The unique identifier of the video to update.
            user_metadata: Metadata that helps you categorize your assets. The object contains user-defined keys and values, where keys are strings and values are one of `string`, `integer`, `float`, or `boolean`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _INDEXES_VIDEOS_UPDATE,
            {
                "index_id": index_id,
                "video_id": video_id,
                "user_metadata": user_metadata,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )


class IndexesResourceWithStreamingResponse(APIResource):
    """The ``client.with_streaming_response.indexes`` methods (context managers of unread responses)."""

    @cached_property
    def videos(self) -> IndexesVideosResourceWithStreamingResponse:
        """The ``client.with_streaming_response.indexes.videos`` methods."""
        return IndexesVideosResourceWithStreamingResponse(self._client)

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: str | None = None,
        sort_option: str | None = None,
        index_name: str | None = None,
        model_options: str | None = None,
        model_family: str | None = None,
        created_at: str | None = None,
        updated_at: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[Page[Index]]:
        """List indexes.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``list`` returns.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            sort_by: The field to sort on. The following options are available:
            sort_option: The sorting direction. The following options are available:
            index_name: Filter by the name of an index.
            model_options: Filter by the model options. When filtering by multiple model options, the values must be comma-separated.
            model_family: Filter by the model family. This parameter can take one of the following values: `marengo` or `pegasus`. You can specify a single value.
            created_at: Filter indexes by the creation date and time, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"). The platform returns the indexes that were created on the specified date at or after the given time.
            updated_at: Filter indexes by the last update date and time, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"). The platform returns the indexes that were last updated on the specified date at or after the given time.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _INDEXES_LIST,
            {
                "page": page,
                "page_limit": page_limit,
                "sort_by": sort_by,
                "sort_option": sort_option,
                "index_name": index_name,
                "model_options": model_options,
                "model_family": model_family,
                "created_at": created_at,
                "updated_at": updated_at,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def create(
        self,
        *,
        index_name: str,
        models: Sequence[IndexesCreateRequestModelsItemParam],
        addons: Sequence[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[IndexCreated]:
        """Create an index.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``create`` returns.

        Args:
            index_name: The name of the index. Make sure you use a succinct and descriptive name.
            models: An array that specifies the video understanding models and the model options to be enabled for this index. Models determine what tasks you can perform with your videos. Model options determine which modalities the platform analyzes.
            addons: An array specifying which add-ons should be enabled. Each entry in the array is an addon, and the following values are supported:
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _INDEXES_CREATE,
            {"index_name": index_name, "models": models, "addons": addons},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def retrieve(
        self,
        index_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[Index]:
        """Retrieve an index.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``retrieve`` returns.

        Args:
            index_id: Unique identifier of the index to retrieve.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _INDEXES_RETRIEVE,
            {"index_id": index_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def update(
        self,
        index_id: str,
        *,
        index_name: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[None]:
        """Update an index.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``update`` returns.

        Args:
            index_id: Unique identifier of the index to update.
            index_name: The name of the index.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _INDEXES_UPDATE,
            {"index_id": index_id, "index_name": index_name},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def delete(
        self,
        index_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[None]:
        """Delete an index.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``delete`` returns.

        Args:
            index_id: Unique identifier of the index to delete.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _INDEXES_DELETE,
            {"index_id": index_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )


class RootResourceWithStreamingResponse(APIResource):
    """The ``client.with_streaming_response`` methods (context managers of unread responses)."""

    @cached_property
    def analyze_async(self) -> AnalyzeAsyncResourceWithStreamingResponse:
        """The ``client.with_streaming_response.analyze_async`` methods."""
        return AnalyzeAsyncResourceWithStreamingResponse(self._client)

    @cached_property
    def assets(self) -> AssetsResourceWithStreamingResponse:
        """The ``client.with_streaming_response.assets`` methods."""
        return AssetsResourceWithStreamingResponse(self._client)

    @cached_property
    def multipart_upload(self) -> MultipartUploadResourceWithStreamingResponse:
        """The ``client.with_streaming_response.multipart_upload`` methods."""
        return MultipartUploadResourceWithStreamingResponse(self._client)

    @cached_property
    def indexes(self) -> IndexesResourceWithStreamingResponse:
        """The ``client.with_streaming_response.indexes`` methods."""
        return IndexesResourceWithStreamingResponse(self._client)

    def analyze(
        self,
        *,
        model_name: ModelName | None = None,
        video_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | Asset
        | AssetDetail
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        temperature: float | None = None,
        response_format: SyncResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[AnalyzeResult]:
        """Sync analysis.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``analyze`` returns.

        Args:
            model_name: The video understanding model to use for analysis.
            video_id: The unique identifier of the video to analyze. Use this parameter when the `model_name` parameter is `pegasus1.2`. Not supported with `pegasus1.5`.
            video: An object specifying the source of the video content. Include exactly one source.
            prompt: A text prompt that guides the model on the desired format or content. Works with both Pegasus 1.2 and Pegasus 1.5. To include reference images in your prompt, use the `prompt_v2` parameter instead (Pegasus 1.5 only). Mutually exclusive with the `prompt_v2` parameter.
            prompt_v2: A structured prompt that uses `<@name>` placeholders to reference images. Mutually exclusive with the `prompt` and `image` parameters. The prompt text and reference images count toward the context window.
            temperature: Controls the randomness of the text output.
            response_format: Specifies the format of the response. When you omit this parameter, the platform returns unstructured text. Only the `json_schema` type is supported for synchronous analysis.
            max_tokens: The maximum response length, in tokens: 512 to 98,304 with pegasus1.5 (the default) and pegasus1.6, 2 to 4,096 with pegasus1.2. Default: 4,096.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `end_time` to analyze only a portion of the video. If omitted, the video's internal start time (most videos start at 0). Must be less than `end_time` and the video duration; the window must be at least 1 second. Not with `model_name` `pegasus1.2`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `start_time` to analyze only a portion of the video. If omitted, the video's internal start time plus its duration. Must be greater than `start_time` and at most the video duration. Not with `model_name` `pegasus1.2`.
            image: One to twenty images to analyze instead of a video; each names exactly one source. Requires `model_name` set to `pegasus1.6` and a `prompt`. Mutually exclusive with `video` and `prompt_v2`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ANALYZE,
            {
                "model_name": model_name,
                "video_id": video_id,
                "video": video,
                "prompt": prompt,
                "prompt_v2": prompt_v2,
                "temperature": temperature,
                "response_format": response_format,
                "max_tokens": max_tokens,
                "start_time": start_time,
                "end_time": end_time,
                "image": image,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def analyze_stream(
        self,
        *,
        model_name: ModelName | None = None,
        video_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | Asset
        | AssetDetail
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        temperature: float | None = None,
        response_format: SyncResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[Stream[AnalyzeStreamEvent]]:
        """Sync analysis.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``analyze_stream`` returns.

        Args:
            model_name: The video understanding model to use for analysis.
            video_id: The unique identifier of the video to analyze. Use this parameter when the `model_name` parameter is `pegasus1.2`. Not supported with `pegasus1.5`.
            video: An object specifying the source of the video content. Include exactly one source.
            prompt: A text prompt that guides the model on the desired format or content. Works with both Pegasus 1.2 and Pegasus 1.5. To include reference images in your prompt, use the `prompt_v2` parameter instead (Pegasus 1.5 only). Mutually exclusive with the `prompt_v2` parameter.
            prompt_v2: A structured prompt that uses `<@name>` placeholders to reference images. Mutually exclusive with the `prompt` and `image` parameters. The prompt text and reference images count toward the context window.
            temperature: Controls the randomness of the text output.
            response_format: Specifies the format of the response. When you omit this parameter, the platform returns unstructured text. Only the `json_schema` type is supported for synchronous analysis.
            max_tokens: The maximum response length, in tokens: 512 to 98,304 with pegasus1.5 (the default) and pegasus1.6, 2 to 4,096 with pegasus1.2. Default: 4,096.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `end_time` to analyze only a portion of the video. If omitted, the video's internal start time (most videos start at 0). Must be less than `end_time` and the video duration; the window must be at least 1 second. Not with `model_name` `pegasus1.2`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the internal metadata of the video. Use with `start_time` to analyze only a portion of the video. If omitted, the video's internal start time plus its duration. Must be greater than `start_time` and at most the video duration. Not with `model_name` `pegasus1.2`.
            image: One to twenty images to analyze instead of a video; each names exactly one source. Requires `model_name` set to `pegasus1.6` and a `prompt`. Mutually exclusive with `video` and `prompt_v2`.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _ANALYZE_STREAM,
            {
                "model_name": model_name,
                "video_id": video_id,
                "video": video,
                "prompt": prompt,
                "prompt_v2": prompt_v2,
                "temperature": temperature,
                "response_format": response_format,
                "max_tokens": max_tokens,
                "start_time": start_time,
                "end_time": end_time,
                "image": image,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    def gist(
        self,
        video_id: str,
        *,
        types: Sequence[GistType] = ("title", "topic", "hashtag"),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[GistResult]:
        """Titles, topics, and hashtags.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``gist`` returns.

        Deprecated upstream: the endpoint is retired; the client serves it through its successor when the endpoint is gone.

        Args:
            video_id: The unique identifier of the video to analyze.
            types: The kinds of text to generate; one or more of title, topic, hashtag.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _GIST,
            {"video_id": video_id, "types": types},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: Literal["summary"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[SummaryResult]: ...

    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: Literal["chapter"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[ChapterResult]: ...

    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: Literal["highlight"],
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[HighlightResult]: ...

    @overload
    def summarize(
        self,
        video_id: str,
        *,
        type: SummarizeType,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[SummarizeResult]: ...

    def summarize(
        self,
        video_id: str,
        *,
        type: SummarizeType,
        prompt: str | None = None,
        temperature: float | None = None,
        response_format: ResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ResponseContextManager[SummarizeResult]:
        """Summaries, chapters, or highlights.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``summarize`` returns.

        Deprecated upstream: the endpoint is retired; the client serves it through its successor when the endpoint is gone.

        Args:
            video_id: The unique identifier of the video to analyze.
            type: Whether to generate a summary, chapters or highlights.
            prompt: Context for the summarization task, such as the target audience or style (at most 2,000 tokens).
            temperature: Randomness of the text output; higher is more creative.
            response_format: Structured output: a JSON schema the summary text must follow. Valid only when type is summary.
            max_tokens: The maximum number of tokens to generate (1 to 4096).
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return ResponseContextManager(
            self._client,
            _SUMMARIZE,
            {
                "video_id": video_id,
                "type": type,
                "prompt": prompt,
                "temperature": temperature,
                "response_format": response_format,
                "max_tokens": max_tokens,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )


__all__ = [
    "AnalyzeAsyncBatchesResource",
    "AnalyzeAsyncBatchesResourceWithRawResponse",
    "AnalyzeAsyncBatchesResourceWithStreamingResponse",
    "AnalyzeAsyncResource",
    "AnalyzeAsyncResourceWithRawResponse",
    "AnalyzeAsyncResourceWithStreamingResponse",
    "AnalyzeAsyncTasksResource",
    "AnalyzeAsyncTasksResourceWithRawResponse",
    "AnalyzeAsyncTasksResourceWithStreamingResponse",
    "AnalyzeImageInputParam",
    "AnalyzePromptV2Param",
    "AnalyzeTimeRangeParam",
    "AssetsResource",
    "AssetsResourceWithRawResponse",
    "AssetsResourceWithStreamingResponse",
    "AsyncResponseFormatParam",
    "BatchDefaultsParam",
    "BatchItemRequestParam",
    "BatchPromptParam",
    "BatchVideoContextParam",
    "CompletedChunkParam",
    "IndexesCreateRequestModelsItemParam",
    "IndexesResource",
    "IndexesResourceWithRawResponse",
    "IndexesResourceWithStreamingResponse",
    "IndexesVideosListRequestDurationParam",
    "IndexesVideosListRequestFpsParam",
    "IndexesVideosListRequestHeightParam",
    "IndexesVideosListRequestSizeParam",
    "IndexesVideosListRequestWidthParam",
    "IndexesVideosResource",
    "IndexesVideosResourceWithRawResponse",
    "IndexesVideosResourceWithStreamingResponse",
    "MultipartUploadResource",
    "MultipartUploadResourceWithRawResponse",
    "MultipartUploadResourceWithStreamingResponse",
    "OPERATIONS",
    "ResponseFormatParam",
    "RootResource",
    "RootResourceWithRawResponse",
    "RootResourceWithStreamingResponse",
    "SMEMediaSourceParam",
    "SegmentDefinitionParam",
    "SegmentFieldItemsParam",
    "SegmentFieldParam",
    "SyncResponseFormatParam",
    "VideoContextAssetIdParam",
    "VideoContextBase64StringParam",
    "VideoContextUrlParam",
]
