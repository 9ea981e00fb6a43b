"""The client's methods (async), one per operation of the spec. Generated — do not edit.

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

from twelvelabs_analyze._async._resource import AsyncAPIResource
from twelvelabs_analyze._async._streamed_response import AsyncResponseContextManager
from twelvelabs_analyze._async._tasks import AsyncTaskCreation, AsyncTaskWaiting
from twelvelabs_analyze._options import call_options
from twelvelabs_analyze._paginator import AsyncPaginator
from twelvelabs_analyze._polling import Polling, TaskLookup, WaitOptions
from twelvelabs_analyze._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx
    from twelvelabs_analyze._async._pagination import AsyncPage
    from twelvelabs_analyze._async._streaming import AsyncStream
    from twelvelabs_analyze._response import RawResponse

    from .models import (
        AnalyzeResult,
        AnalyzeTask,
        AnalyzeTaskCreated,
        ChapterResult,
        GistResult,
        HighlightResult,
        SummaryResult,
    )
    from .models.analyze_post_request_body_content_application_json_schema_model_name import (
        AnalyzePostRequestBodyContentApplicationJsonSchemaModelName,
    )
    from .models.analyze_task_status import AnalyzeTaskStatus
    from .models.analyze_tasks_get_parameters_analysis_mode import (
        AnalyzeTasksGetParametersAnalysisMode,
    )
    from .models.create_async_analyze_request_analysis_mode import (
        CreateAsyncAnalyzeRequestAnalysisMode,
    )
    from .models.create_async_analyze_request_model_name import (
        CreateAsyncAnalyzeRequestModelName,
    )
    from .models.gist_type import GistType
    from .models.summarize_type import SummarizeType
    from .resources import (
        AnalyzeImageInputParam,
        AnalyzePromptV2Param,
        AsyncResponseFormatParam,
        ResponseFormatParam,
        SyncResponseFormatParam,
        VideoContextAssetIdParam,
        VideoContextBase64StringParam,
        VideoContextUrlParam,
    )
    from .results import AnalyzeStreamEvent, SummarizeResult

from .resources import (
    _ANALYZE,
    _ANALYZE_ASYNC_TASKS_CREATE,
    _ANALYZE_ASYNC_TASKS_DELETE,
    _ANALYZE_ASYNC_TASKS_LIST,
    _ANALYZE_ASYNC_TASKS_RETRIEVE,
    _ANALYZE_STREAM,
    _GIST,
    _SUMMARIZE,
)


class AsyncAnalyzeAsyncTasksResource(AsyncTaskWaiting["AnalyzeTask"], AsyncAPIResource):
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

    async def create_and_wait(
        self,
        *,
        model_name: CreateAsyncAnalyzeRequestModelName | None = None,
        custom_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
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
        return await self._create_and_wait(
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
        analysis_mode: AnalyzeTasksGetParametersAnalysisMode | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AnalyzeTask]:
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
        return AsyncPaginator(
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

    async def create(
        self,
        *,
        model_name: CreateAsyncAnalyzeRequestModelName | None = None,
        custom_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
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
        return await self._create(
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

    async def retrieve(
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
        return await self._client._request(
            _ANALYZE_ASYNC_TASKS_RETRIEVE,
            {"task_id": task_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def delete(
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
        return await self._client._request(
            _ANALYZE_ASYNC_TASKS_DELETE,
            {"task_id": task_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AsyncAnalyzeAsyncResource(AsyncAPIResource):
    """The ``client.analyze_async`` methods."""

    @cached_property
    def tasks(self) -> AsyncAnalyzeAsyncTasksResource:
        """The ``client.analyze_async.tasks`` methods."""
        return AsyncAnalyzeAsyncTasksResource(self._client)


class AsyncRootResource(AsyncAPIResource):
    """The ``client`` methods."""

    @cached_property
    def analyze_async(self) -> AsyncAnalyzeAsyncResource:
        """The ``client.analyze_async`` methods."""
        return AsyncAnalyzeAsyncResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncRootResourceWithRawResponse:
        """The same methods, returning ``RawResponse`` (status, headers, rate limits, attempts)."""
        return AsyncRootResourceWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> AsyncRootResourceWithStreamingResponse:
        """The same methods as context managers yielding the response before its body is read (``.parse()``, ``.iter_lines()``, ``.read()`` …)."""
        return AsyncRootResourceWithStreamingResponse(self._client)

    async def analyze(
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
        return await self._client._request(
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

    async def analyze_stream(
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
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[AnalyzeStreamEvent]:
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
        return await self._client._request(
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

    async def gist(
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
        return await self._client._request(
            _GIST,
            {"video_id": video_id, "types": types},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    @overload
    async def summarize(
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
    async def summarize(
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
    async def summarize(
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
    async def summarize(
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

    async def summarize(
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
        return await self._client._request(
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


class AsyncAnalyzeAsyncTasksResourceWithRawResponse(
    AsyncTaskCreation, AsyncAPIResource
):
    """The ``client.with_raw_response.analyze_async.tasks`` methods (returning RawResponse)."""

    _polling = AsyncAnalyzeAsyncTasksResource._polling

    async def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        status: AnalyzeTaskStatus | None = None,
        video_url: str | None = None,
        asset_id: str | None = None,
        video_id: str | None = None,
        analysis_mode: AnalyzeTasksGetParametersAnalysisMode | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncPage[AnalyzeTask]]:
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
        return await self._client._request(
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

    async def create(
        self,
        *,
        model_name: CreateAsyncAnalyzeRequestModelName | None = None,
        custom_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
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
        return await self._create(
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

    async def retrieve(
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
        return await self._client._request(
            _ANALYZE_ASYNC_TASKS_RETRIEVE,
            {"task_id": task_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def delete(
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
        return await self._client._request(
            _ANALYZE_ASYNC_TASKS_DELETE,
            {"task_id": task_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AsyncAnalyzeAsyncResourceWithRawResponse(AsyncAPIResource):
    """The ``client.with_raw_response.analyze_async`` methods (returning RawResponse)."""

    @cached_property
    def tasks(self) -> AsyncAnalyzeAsyncTasksResourceWithRawResponse:
        """The ``client.with_raw_response.analyze_async.tasks`` methods."""
        return AsyncAnalyzeAsyncTasksResourceWithRawResponse(self._client)


class AsyncRootResourceWithRawResponse(AsyncAPIResource):
    """The ``client.with_raw_response`` methods (returning RawResponse)."""

    @cached_property
    def analyze_async(self) -> AsyncAnalyzeAsyncResourceWithRawResponse:
        """The ``client.with_raw_response.analyze_async`` methods."""
        return AsyncAnalyzeAsyncResourceWithRawResponse(self._client)

    async def analyze(
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
        return await self._client._request(
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

    async def analyze_stream(
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
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncStream[AnalyzeStreamEvent]]:
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
        return await self._client._request(
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

    async def gist(
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
        return await self._client._request(
            _GIST,
            {"video_id": video_id, "types": types},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    @overload
    async def summarize(
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
    async def summarize(
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
    async def summarize(
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
    async def summarize(
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

    async def summarize(
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
        return await self._client._request(
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


class AsyncAnalyzeAsyncTasksResourceWithStreamingResponse(AsyncAPIResource):
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
        analysis_mode: AnalyzeTasksGetParametersAnalysisMode | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncResponseContextManager[AsyncPage[AnalyzeTask]]:
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
        return AsyncResponseContextManager(
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
        model_name: CreateAsyncAnalyzeRequestModelName | None = None,
        custom_id: str | None = None,
        video: VideoContextUrlParam
        | VideoContextAssetIdParam
        | VideoContextBase64StringParam
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
    ) -> AsyncResponseContextManager[AnalyzeTaskCreated]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[AnalyzeTask]:
        """Retrieve analysis task status and results.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``retrieve`` returns.

        Args:
            task_id: The unique identifier of the analysis task.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[None]:
        """Delete an analysis task.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``delete`` returns.

        Args:
            task_id: The unique identifier of the analyze task.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return AsyncResponseContextManager(
            self._client,
            _ANALYZE_ASYNC_TASKS_DELETE,
            {"task_id": task_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncAnalyzeAsyncResourceWithStreamingResponse(AsyncAPIResource):
    """The ``client.with_streaming_response.analyze_async`` methods (context managers of unread responses)."""

    @cached_property
    def tasks(self) -> AsyncAnalyzeAsyncTasksResourceWithStreamingResponse:
        """The ``client.with_streaming_response.analyze_async.tasks`` methods."""
        return AsyncAnalyzeAsyncTasksResourceWithStreamingResponse(self._client)


class AsyncRootResourceWithStreamingResponse(AsyncAPIResource):
    """The ``client.with_streaming_response`` methods (context managers of unread responses)."""

    @cached_property
    def analyze_async(self) -> AsyncAnalyzeAsyncResourceWithStreamingResponse:
        """The ``client.with_streaming_response.analyze_async`` methods."""
        return AsyncAnalyzeAsyncResourceWithStreamingResponse(self._client)

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
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncResponseContextManager[AnalyzeResult]:
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
        return AsyncResponseContextManager(
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
        image: Sequence[AnalyzeImageInputParam] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncResponseContextManager[AsyncStream[AnalyzeStreamEvent]]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[GistResult]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[SummaryResult]: ...

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
    ) -> AsyncResponseContextManager[ChapterResult]: ...

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
    ) -> AsyncResponseContextManager[HighlightResult]: ...

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
    ) -> AsyncResponseContextManager[SummarizeResult]: ...

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
    ) -> AsyncResponseContextManager[SummarizeResult]:
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
        return AsyncResponseContextManager(
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
    "AsyncAnalyzeAsyncResource",
    "AsyncAnalyzeAsyncResourceWithRawResponse",
    "AsyncAnalyzeAsyncResourceWithStreamingResponse",
    "AsyncAnalyzeAsyncTasksResource",
    "AsyncAnalyzeAsyncTasksResourceWithRawResponse",
    "AsyncAnalyzeAsyncTasksResourceWithStreamingResponse",
    "AsyncRootResource",
    "AsyncRootResourceWithRawResponse",
    "AsyncRootResourceWithStreamingResponse",
]
