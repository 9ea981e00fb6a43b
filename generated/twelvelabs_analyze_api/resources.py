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
    Variants,
)
from twelvelabs_analyze._polling import Polling, WaitOptions
from twelvelabs_analyze._sync._resource import APIResource
from twelvelabs_analyze._sync._tasks import TaskWaiting

if TYPE_CHECKING:
    from twelvelabs_analyze._response import RawResponse
    from twelvelabs_analyze._sync._pagination import Page
    from twelvelabs_analyze._sync._streaming import Stream

    from .models import (
        AnalyzeResult,
        AnalyzeTask,
        AnalyzeTaskCreated,
        ChapterResult,
        GistResult,
        HighlightResult,
        StreamEndEvent,
        StreamStartEvent,
        SummaryResult,
        TextGenerationEvent,
    )
    from .models.analyze_post_request_body_content_application_json_schema_model_name import (
        AnalyzePostRequestBodyContentApplicationJsonSchemaModelName,
    )
    from .models.analyze_task_status import AnalyzeTaskStatus
    from .models.analyze_tasks_get_parameters_analysis_mode import (
        AnalyzeTasksGetParametersAnalysisMode,
    )
    from .models.async_response_format_segment_time_format import (
        AsyncResponseFormatSegmentTimeFormat,
    )
    from .models.async_response_format_type import AsyncResponseFormatType
    from .models.create_async_analyze_request_analysis_mode import (
        CreateAsyncAnalyzeRequestAnalysisMode,
    )
    from .models.create_async_analyze_request_model_name import (
        CreateAsyncAnalyzeRequestModelName,
    )
    from .models.gist_type import GistType
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
    """A structured prompt with `<@name>` placeholders for referencing images. Requires the `model_name` parameter set to `pegasus1.5`. Not supported when the `analysis_mode` parameter is `time_based_metadata`. Mutually exclusive with the `prompt` parameter."""

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


class AsyncResponseFormatParam(TypedDict, total=False):
    """Controls the response format. When you omit this parameter, you receive unstructured text.

    - `json_schema`: Return structured JSON that conforms to your schema.
    - `segment_definitions`: Extract timestamped metadata with custom fields from your video. Requires `model_name` set to `pegasus1.5` and `analysis_mode` set to `time_based_metadata`."""

    type: Required[AsyncResponseFormatType]
    """The response format to use."""
    json_schema: Mapping[str, Any]
    """Contains the JSON schema that defines the response structure. The schema must adhere to the JSON Schema Draft 2020-12 specification."""
    segment_definitions: Sequence[SegmentDefinitionParam]
    """Define the types of segments to extract from your video. Minimum 1, maximum 20 definitions. The number of segment definitions affects billing. For details, see the Frequently asked questions page."""
    segment_time_format: AsyncResponseFormatSegmentTimeFormat
    """Set the output format for the automatic `start_time` and `end_time` keys returned on each segment. Requires the `type` parameter set to `segment_definitions` and the `model_name` parameter set to `pegasus1.5`. Omitting this parameter is equivalent to setting it to `seconds` — both return JSON numbers in seconds."""


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
            "analysis_mode": {
                "$ref": "#/components/schemas/AnalyzeTasksGetParametersAnalysisMode"
            },
        },
    },
    paging=Paging("page", "data", ("page_info", "total_page")),
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
        )
    },
    omit_none=frozenset(
        [
            "analysis_mode",
            "custom_id",
            "end_time",
            "max_segment_duration",
            "max_tokens",
            "min_segment_duration",
            "model_name",
            "prompt",
            "prompt_v2",
            "response_format",
            "start_time",
            "temperature",
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
    ),
    result=Model("twelvelabs_analyze_api.models.analyze_result:AnalyzeResult"),
    success=200,
    body_schema="#/components/schemas/AnalyzeRequest",
    fixed={"stream": False},
    bare={
        "response_format": BareValue(
            "type", frozenset(["json_schema"]), "json_schema", "json_schema"
        )
    },
    omit_none=frozenset(
        [
            "end_time",
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
        )
    },
    stream=True,
    final_event="stream_end",
    omit_none=frozenset(
        [
            "end_time",
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
        _ANALYZE_ASYNC_TASKS_LIST,
        _ANALYZE_ASYNC_TASKS_CREATE,
        _ANALYZE_ASYNC_TASKS_RETRIEVE,
        _ANALYZE_ASYNC_TASKS_DELETE,
        _ANALYZE,
        _ANALYZE_STREAM,
        _GIST,
        _SUMMARIZE,
    )
}


class AnalyzeAsyncTasksResource(TaskWaiting["AnalyzeTask"], APIResource):
    """The ``client.analyze_async.tasks`` methods."""

    _polling = Polling(
        retrieve=_ANALYZE_ASYNC_TASKS_RETRIEVE,
        id_parameter="task_id",
        id_field="task_id",
        status_field="status",
        done=frozenset(["ready"]),
        failed=frozenset(["failed"]),
        error_message=("error", "message"),
    )

    def create_and_wait(
        self,
        *,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam,
        model_name: CreateAsyncAnalyzeRequestModelName | None = None,
        custom_id: str | None = None,
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
        **wait: Unpack[WaitOptions],
    ) -> AnalyzeTask:
        """Create a task (``create``), then :meth:`wait` for it and return it done.

        Takes the arguments of ``create`` and the options of ``wait``.
        """
        created = self.create(
            model_name=model_name,
            custom_id=custom_id,
            video=video,
            prompt=prompt,
            prompt_v2=prompt_v2,
            analysis_mode=analysis_mode,
            temperature=temperature,
            max_tokens=max_tokens,
            response_format=response_format,
            min_segment_duration=min_segment_duration,
            max_segment_duration=max_segment_duration,
            start_time=start_time,
            end_time=end_time,
        )
        return self.wait(created.task_id, **wait)

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        status: AnalyzeTaskStatus | None = None,
        video_url: str | None = None,
        asset_id: str | None = None,
        video_id: str | None = None,
        analysis_mode: AnalyzeTasksGetParametersAnalysisMode | None = None,
    ) -> Page[AnalyzeTask]:
        """List async analysis tasks.

        This method returns a list of the analysis tasks in your account. The platform returns your analysis tasks sorted by creation date, with the newest at the top of the list.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            status: Filter analysis tasks by status. Possible values: `queued`, `pending`, `processing`, `ready`, `failed`.
            video_url: Filter tasks by exact video source URL.
            asset_id: Filter tasks by asset ID.
            video_id: Filter tasks by video ID for pre-indexed videos (Pegasus 1.2 only). Deprecated — use `asset_id` instead.
            analysis_mode: Filter tasks by the analysis mode used when creating the task.
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
        )  # type: ignore[no-any-return]

    def create(
        self,
        *,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam,
        model_name: CreateAsyncAnalyzeRequestModelName | None = None,
        custom_id: str | None = None,
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
            prompt_v2: A structured prompt with `<@name>` placeholders for referencing images. Requires the `model_name` parameter set to `pegasus1.5`. Mutually exclusive with the `prompt` parameter.
            analysis_mode: The analysis approach for this task.
            temperature: Controls the randomness of the text output.
            max_tokens: The maximum response length, in tokens. The allowed range depends on the model and analysis mode: Pegasus 1.2: Mode —, Min 2, Max 4,096, Default 4096; Pegasus 1.5: Mode `general`, Min 512, Max 98,304, Default 4,096; Pegasus 1.5: Mode `time_based_metadata`, Min 2,048, Max 98,304, Default 32,768.
            response_format: Controls the response format. When you omit this parameter, you receive unstructured text.
            min_segment_duration: Minimum duration for each extracted segment, in seconds. Set this value to enforce a minimum segment length. Requires `model_name` set to `pegasus1.5` and `analysis_mode` set to `time_based_metadata`. Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
            max_segment_duration: Maximum duration for each extracted segment, in seconds. Set this value to split long continuous sections into shorter segments. Must be greater than or equal to `min_segment_duration`. Requires `model_name` set to `pegasus1.5` and `analysis_mode` set to `time_based_metadata`. Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `end_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `start_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
        """
        return self._client._request(
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
            },
        )  # type: ignore[no-any-return]

    def retrieve(self, task_id: str) -> AnalyzeTask:
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
        """
        return self._client._request(
            _ANALYZE_ASYNC_TASKS_RETRIEVE, {"task_id": task_id}
        )  # type: ignore[no-any-return]

    def delete(self, task_id: str) -> None:
        """Delete an analysis task.

        This method deletes an analysis task. You can only delete tasks that are not currently being processed.

        Args:
            task_id: The unique identifier of the analyze task.
        """
        return self._client._request(_ANALYZE_ASYNC_TASKS_DELETE, {"task_id": task_id})  # type: ignore[no-any-return]


class AnalyzeAsyncResource(APIResource):
    """The ``client.analyze_async`` methods."""

    @cached_property
    def tasks(self) -> AnalyzeAsyncTasksResource:
        """The ``client.analyze_async.tasks`` methods."""
        return AnalyzeAsyncTasksResource(self._client)


class RootResource(APIResource):
    """The ``client`` methods."""

    @cached_property
    def analyze_async(self) -> AnalyzeAsyncResource:
        """The ``client.analyze_async`` methods."""
        return AnalyzeAsyncResource(self._client)

    @cached_property
    def with_raw_response(self) -> RootResourceWithRawResponse:
        """The same methods, returning ``RawResponse`` (status, headers, rate limits, attempts)."""
        return RootResourceWithRawResponse(self._client)

    def analyze(
        self,
        *,
        model_name: AnalyzePostRequestBodyContentApplicationJsonSchemaModelName
        | None = None,
        video_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        temperature: float | None = None,
        response_format: SyncResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
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
            prompt_v2: A structured prompt with `<@name>` placeholders for referencing images. Requires the `model_name` parameter set to `pegasus1.5`. Mutually exclusive with the `prompt` parameter.
            temperature: Controls the randomness of the text output.
            response_format: Specifies the format of the response. When you omit this parameter, the platform returns unstructured text. Only the `json_schema` type is supported for synchronous analysis.
            max_tokens: The maximum response length, in tokens. The allowed range depends on the model: Pegasus 1.2: Min 2, Max 4,096, Default 4,096; Pegasus 1.5: Min 512, Max 98,304, Default 4,096.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `end_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `start_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
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
            },
        )  # type: ignore[no-any-return]

    def analyze_stream(
        self,
        *,
        model_name: AnalyzePostRequestBodyContentApplicationJsonSchemaModelName
        | None = None,
        video_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        temperature: float | None = None,
        response_format: SyncResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
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
            prompt_v2: A structured prompt with `<@name>` placeholders for referencing images. Requires the `model_name` parameter set to `pegasus1.5`. Mutually exclusive with the `prompt` parameter.
            temperature: Controls the randomness of the text output.
            response_format: Specifies the format of the response. When you omit this parameter, the platform returns unstructured text. Only the `json_schema` type is supported for synchronous analysis.
            max_tokens: The maximum response length, in tokens. The allowed range depends on the model: Pegasus 1.2: Min 2, Max 4,096, Default 4,096; Pegasus 1.5: Min 512, Max 98,304, Default 4,096.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `end_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `start_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
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
            },
        )  # type: ignore[no-any-return]

    def gist(
        self,
        video_id: str,
        *,
        types: Sequence[GistType] = ("title", "topic", "hashtag"),
    ) -> GistResult:
        """Titles, topics, and hashtags.

        Deprecated upstream: the endpoint is retired; the client serves it through its successor when the endpoint is gone.

        This endpoint analyzes videos and generates titles, topics, and hashtags.

        This endpoint is rate-limited. For details, see the Rate limits page.

        Args:
            video_id: The unique identifier of the video to analyze.
            types: The kinds of text to generate; one or more of title, topic, hashtag.
        """
        return self._client._request(_GIST, {"video_id": video_id, "types": types})  # type: ignore[no-any-return]

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
        )  # type: ignore[no-any-return]


class AnalyzeAsyncTasksResourceWithRawResponse(APIResource):
    """The ``client.with_raw_response.analyze_async.tasks`` methods (returning RawResponse)."""

    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        status: AnalyzeTaskStatus | None = None,
        video_url: str | None = None,
        asset_id: str | None = None,
        video_id: str | None = None,
        analysis_mode: AnalyzeTasksGetParametersAnalysisMode | None = None,
    ) -> RawResponse[Page[AnalyzeTask]]:
        """List async analysis tasks.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``list`` in ``.parsed``.

        Args:
            page: A number that identifies the page to retrieve.
            page_limit: The number of items to return on each page.
            status: Filter analysis tasks by status. Possible values: `queued`, `pending`, `processing`, `ready`, `failed`.
            video_url: Filter tasks by exact video source URL.
            asset_id: Filter tasks by asset ID.
            video_id: Filter tasks by video ID for pre-indexed videos (Pegasus 1.2 only). Deprecated — use `asset_id` instead.
            analysis_mode: Filter tasks by the analysis mode used when creating the task.
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
        )  # type: ignore[no-any-return]

    def create(
        self,
        *,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam,
        model_name: CreateAsyncAnalyzeRequestModelName | None = None,
        custom_id: str | None = None,
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
    ) -> RawResponse[AnalyzeTaskCreated]:
        """Create an async analysis task.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``create`` in ``.parsed``.

        Args:
            model_name: The video understanding model to use for analysis.
            custom_id: An optional identifier that you set when you create the task. Use this field to correlate tasks across responses, for example, to distinguish tasks by type or environment.
            video: An object specifying the source of the video content. Include exactly one source.
            prompt: Natural-language instructions for analyzing the video. Required for general analysis (prompt-based text generation). Not supported when `analysis_mode` is `time_based_metadata`. To include reference images in your prompt, use the `prompt_v2` parameter instead (Pegasus 1.5 only). Mutually exclusive with the `prompt_v2` parameter.
            prompt_v2: A structured prompt with `<@name>` placeholders for referencing images. Requires the `model_name` parameter set to `pegasus1.5`. Mutually exclusive with the `prompt` parameter.
            analysis_mode: The analysis approach for this task.
            temperature: Controls the randomness of the text output.
            max_tokens: The maximum response length, in tokens. The allowed range depends on the model and analysis mode: Pegasus 1.2: Mode —, Min 2, Max 4,096, Default 4096; Pegasus 1.5: Mode `general`, Min 512, Max 98,304, Default 4,096; Pegasus 1.5: Mode `time_based_metadata`, Min 2,048, Max 98,304, Default 32,768.
            response_format: Controls the response format. When you omit this parameter, you receive unstructured text.
            min_segment_duration: Minimum duration for each extracted segment, in seconds. Set this value to enforce a minimum segment length. Requires `model_name` set to `pegasus1.5` and `analysis_mode` set to `time_based_metadata`. Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
            max_segment_duration: Maximum duration for each extracted segment, in seconds. Set this value to split long continuous sections into shorter segments. Must be greater than or equal to `min_segment_duration`. Requires `model_name` set to `pegasus1.5` and `analysis_mode` set to `time_based_metadata`. Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `end_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `start_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
        """
        return self._client._request(
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
            },
            raw=True,
        )  # type: ignore[no-any-return]

    def retrieve(self, task_id: str) -> RawResponse[AnalyzeTask]:
        """Retrieve analysis task status and results.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``retrieve`` in ``.parsed``.

        Args:
            task_id: The unique identifier of the analysis task.
        """
        return self._client._request(
            _ANALYZE_ASYNC_TASKS_RETRIEVE, {"task_id": task_id}, raw=True
        )  # type: ignore[no-any-return]

    def delete(self, task_id: str) -> RawResponse[None]:
        """Delete an analysis task.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``delete`` in ``.parsed``.

        Args:
            task_id: The unique identifier of the analyze task.
        """
        return self._client._request(
            _ANALYZE_ASYNC_TASKS_DELETE, {"task_id": task_id}, raw=True
        )  # type: ignore[no-any-return]


class AnalyzeAsyncResourceWithRawResponse(APIResource):
    """The ``client.with_raw_response.analyze_async`` methods (returning RawResponse)."""

    @cached_property
    def tasks(self) -> AnalyzeAsyncTasksResourceWithRawResponse:
        """The ``client.with_raw_response.analyze_async.tasks`` methods."""
        return AnalyzeAsyncTasksResourceWithRawResponse(self._client)


class RootResourceWithRawResponse(APIResource):
    """The ``client.with_raw_response`` methods (returning RawResponse)."""

    @cached_property
    def analyze_async(self) -> AnalyzeAsyncResourceWithRawResponse:
        """The ``client.with_raw_response.analyze_async`` methods."""
        return AnalyzeAsyncResourceWithRawResponse(self._client)

    def analyze(
        self,
        *,
        model_name: AnalyzePostRequestBodyContentApplicationJsonSchemaModelName
        | None = None,
        video_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        temperature: float | None = None,
        response_format: SyncResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
    ) -> RawResponse[AnalyzeResult]:
        """Sync analysis.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``analyze`` in ``.parsed``.

        Args:
            model_name: The video understanding model to use for analysis.
            video_id: The unique identifier of the video to analyze. Use this parameter when the `model_name` parameter is `pegasus1.2`. Not supported with `pegasus1.5`.
            video: An object specifying the source of the video content. Include exactly one source.
            prompt: A text prompt that guides the model on the desired format or content. Works with both Pegasus 1.2 and Pegasus 1.5. To include reference images in your prompt, use the `prompt_v2` parameter instead (Pegasus 1.5 only). Mutually exclusive with the `prompt_v2` parameter.
            prompt_v2: A structured prompt with `<@name>` placeholders for referencing images. Requires the `model_name` parameter set to `pegasus1.5`. Mutually exclusive with the `prompt` parameter.
            temperature: Controls the randomness of the text output.
            response_format: Specifies the format of the response. When you omit this parameter, the platform returns unstructured text. Only the `json_schema` type is supported for synchronous analysis.
            max_tokens: The maximum response length, in tokens. The allowed range depends on the model: Pegasus 1.2: Min 2, Max 4,096, Default 4,096; Pegasus 1.5: Min 512, Max 98,304, Default 4,096.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `end_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `start_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
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
            },
            raw=True,
        )  # type: ignore[no-any-return]

    def analyze_stream(
        self,
        *,
        model_name: AnalyzePostRequestBodyContentApplicationJsonSchemaModelName
        | None = None,
        video_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
        | None = None,
        prompt: str | None = None,
        prompt_v2: AnalyzePromptV2Param | None = None,
        temperature: float | None = None,
        response_format: SyncResponseFormatParam | Mapping[str, Any] | None = None,
        max_tokens: int | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
    ) -> RawResponse[Stream[AnalyzeStreamEvent]]:
        """Sync analysis.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``analyze_stream`` in ``.parsed``.

        Args:
            model_name: The video understanding model to use for analysis.
            video_id: The unique identifier of the video to analyze. Use this parameter when the `model_name` parameter is `pegasus1.2`. Not supported with `pegasus1.5`.
            video: An object specifying the source of the video content. Include exactly one source.
            prompt: A text prompt that guides the model on the desired format or content. Works with both Pegasus 1.2 and Pegasus 1.5. To include reference images in your prompt, use the `prompt_v2` parameter instead (Pegasus 1.5 only). Mutually exclusive with the `prompt_v2` parameter.
            prompt_v2: A structured prompt with `<@name>` placeholders for referencing images. Requires the `model_name` parameter set to `pegasus1.5`. Mutually exclusive with the `prompt` parameter.
            temperature: Controls the randomness of the text output.
            response_format: Specifies the format of the response. When you omit this parameter, the platform returns unstructured text. Only the `json_schema` type is supported for synchronous analysis.
            max_tokens: The maximum response length, in tokens. The allowed range depends on the model: Pegasus 1.2: Min 2, Max 4,096, Default 4,096; Pegasus 1.5: Min 512, Max 98,304, Default 4,096.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `end_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `start_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
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
            },
            raw=True,
        )  # type: ignore[no-any-return]

    def gist(
        self,
        video_id: str,
        *,
        types: Sequence[GistType] = ("title", "topic", "hashtag"),
    ) -> RawResponse[GistResult]:
        """Titles, topics, and hashtags.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``gist`` in ``.parsed``.

        Deprecated upstream: the endpoint is retired; the client serves it through its successor when the endpoint is gone.

        Args:
            video_id: The unique identifier of the video to analyze.
            types: The kinds of text to generate; one or more of title, topic, hashtag.
        """
        return self._client._request(
            _GIST, {"video_id": video_id, "types": types}, raw=True
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
        )  # type: ignore[no-any-return]


__all__ = [
    "AnalyzeAsyncResource",
    "AnalyzeAsyncResourceWithRawResponse",
    "AnalyzeAsyncTasksResource",
    "AnalyzeAsyncTasksResourceWithRawResponse",
    "AnalyzePromptV2Param",
    "AnalyzeTimeRangeParam",
    "AsyncResponseFormatParam",
    "OPERATIONS",
    "ResponseFormatParam",
    "RootResource",
    "RootResourceWithRawResponse",
    "SMEMediaSourceParam",
    "SegmentDefinitionParam",
    "SegmentFieldItemsParam",
    "SegmentFieldParam",
    "SyncResponseFormatParam",
    "VideoContextAssetIdParam",
    "VideoContextBase64StringParam",
    "VideoContextUrlParam",
]
