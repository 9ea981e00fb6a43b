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
from twelvelabs_analyze._async._tasks import AsyncTaskWaiting
from twelvelabs_analyze._polling import Polling, WaitOptions

if TYPE_CHECKING:
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
        failed=frozenset(["failed"]),
        error_message=("error", "message"),
    )

    async def create_and_wait(
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
        created = await self.create(
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
        return await self.wait(created.task_id, **wait)

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
    ) -> AsyncPage[AnalyzeTask]:
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
        )  # type: ignore[no-any-return]

    async def create(
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
        return await self._client._request(
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

    async def retrieve(self, task_id: str) -> AnalyzeTask:
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
        return await self._client._request(
            _ANALYZE_ASYNC_TASKS_RETRIEVE, {"task_id": task_id}
        )  # type: ignore[no-any-return]

    async def delete(self, task_id: str) -> None:
        """Delete an analysis task.

        This method deletes an analysis task. You can only delete tasks that are not currently being processed.

        Args:
            task_id: The unique identifier of the analyze task.
        """
        return await self._client._request(
            _ANALYZE_ASYNC_TASKS_DELETE, {"task_id": task_id}
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
            },
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
            prompt_v2: A structured prompt with `<@name>` placeholders for referencing images. Requires the `model_name` parameter set to `pegasus1.5`. Mutually exclusive with the `prompt` parameter.
            temperature: Controls the randomness of the text output.
            response_format: Specifies the format of the response. When you omit this parameter, the platform returns unstructured text. Only the `json_schema` type is supported for synchronous analysis.
            max_tokens: The maximum response length, in tokens. The allowed range depends on the model: Pegasus 1.2: Min 2, Max 4,096, Default 4,096; Pegasus 1.5: Min 512, Max 98,304, Default 4,096.
            start_time: Start of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `end_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
            end_time: End of the analysis window, as an absolute timestamp in seconds, based on the video's internal metadata. Use with `start_time` to analyze only a portion of the video. Requires `model_name` set to `pegasus1.5`.
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
            },
        )  # type: ignore[no-any-return]

    async def gist(
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
        return await self._client._request(
            _GIST, {"video_id": video_id, "types": types}
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
        )  # type: ignore[no-any-return]


class AsyncAnalyzeAsyncTasksResourceWithRawResponse(AsyncAPIResource):
    """The ``client.with_raw_response.analyze_async.tasks`` methods (returning RawResponse)."""

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
    ) -> RawResponse[AsyncPage[AnalyzeTask]]:
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
        )  # type: ignore[no-any-return]

    async def create(
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
        return await self._client._request(
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

    async def retrieve(self, task_id: str) -> RawResponse[AnalyzeTask]:
        """Retrieve analysis task status and results.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``retrieve`` in ``.parsed``.

        Args:
            task_id: The unique identifier of the analysis task.
        """
        return await self._client._request(
            _ANALYZE_ASYNC_TASKS_RETRIEVE, {"task_id": task_id}, raw=True
        )  # type: ignore[no-any-return]

    async def delete(self, task_id: str) -> RawResponse[None]:
        """Delete an analysis task.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``delete`` in ``.parsed``.

        Args:
            task_id: The unique identifier of the analyze task.
        """
        return await self._client._request(
            _ANALYZE_ASYNC_TASKS_DELETE, {"task_id": task_id}, raw=True
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
            },
            raw=True,
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
    ) -> RawResponse[AsyncStream[AnalyzeStreamEvent]]:
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
            },
            raw=True,
        )  # type: ignore[no-any-return]

    async def gist(
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
        return await self._client._request(
            _GIST, {"video_id": video_id, "types": types}, raw=True
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
        )  # type: ignore[no-any-return]


__all__ = [
    "AsyncAnalyzeAsyncResource",
    "AsyncAnalyzeAsyncResourceWithRawResponse",
    "AsyncAnalyzeAsyncTasksResource",
    "AsyncAnalyzeAsyncTasksResourceWithRawResponse",
    "AsyncRootResource",
    "AsyncRootResourceWithRawResponse",
]
