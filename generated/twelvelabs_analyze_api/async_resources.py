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

from twelvelabs_analyze._async._batches import AsyncBatchRunning
from twelvelabs_analyze._async._resource import AsyncAPIResource
from twelvelabs_analyze._async._streamed_response import AsyncResponseContextManager
from twelvelabs_analyze._async._tasks import AsyncTaskCreation, AsyncTaskWaiting
from twelvelabs_analyze._async._uploads import AsyncAssetUploading
from twelvelabs_analyze._options import call_options
from twelvelabs_analyze._paginator import AsyncPaginator
from twelvelabs_analyze._polling import Polling, TaskLookup, WaitOptions
from twelvelabs_analyze._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx
    from twelvelabs_analyze._async._pagination import AsyncPage
    from twelvelabs_analyze._async._streaming import AsyncStream
    from twelvelabs_analyze._response import RawResponse
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
        SummaryResult,
        Video,
        VideoVector,
    )
    from .models.analysis_mode import AnalysisMode
    from .models.analyze_task_status import AnalyzeTaskStatus
    from .models.assets_create_request_method import AssetsCreateRequestMethod
    from .models.assets_list_request_asset_types_item import (
        AssetsListRequestAssetTypesItem,
    )
    from .models.batch_status import BatchStatus
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
    from .models.summarize_type import SummarizeType
    from .resources import (
        AnalyzeImageInputParam,
        AnalyzePromptV2Param,
        AsyncResponseFormatParam,
        BatchDefaultsParam,
        BatchItemRequestParam,
        CompletedChunkParam,
        IndexesCreateRequestModelsItemParam,
        IndexesVideosListRequestDurationParam,
        IndexesVideosListRequestFpsParam,
        IndexesVideosListRequestHeightParam,
        IndexesVideosListRequestSizeParam,
        IndexesVideosListRequestWidthParam,
        ResponseFormatParam,
        SyncResponseFormatParam,
        VideoContextAssetIdParam,
        VideoContextBase64StringParam,
        VideoContextUrlParam,
    )
    from .results import AnalyzeStreamEvent, SummarizeResult

from .resources import (
    _ANALYZE,
    _ANALYZE_ASYNC_BATCHES_CANCEL,
    _ANALYZE_ASYNC_BATCHES_CREATE,
    _ANALYZE_ASYNC_BATCHES_DELETE,
    _ANALYZE_ASYNC_BATCHES_LIST,
    _ANALYZE_ASYNC_BATCHES_RESULTS_STREAM,
    _ANALYZE_ASYNC_BATCHES_RETRIEVE,
    _ANALYZE_ASYNC_TASKS_CREATE,
    _ANALYZE_ASYNC_TASKS_DELETE,
    _ANALYZE_ASYNC_TASKS_LIST,
    _ANALYZE_ASYNC_TASKS_RETRIEVE,
    _ANALYZE_STREAM,
    _ASSETS_CREATE,
    _ASSETS_DELETE,
    _ASSETS_DELETE_USER_METADATA,
    _ASSETS_LIST,
    _ASSETS_REPLACE_USER_METADATA,
    _ASSETS_RETRIEVE,
    _ASSETS_UPDATE_USER_METADATA,
    _GIST,
    _INDEXES_CREATE,
    _INDEXES_DELETE,
    _INDEXES_LIST,
    _INDEXES_RETRIEVE,
    _INDEXES_UPDATE,
    _INDEXES_VIDEOS_DELETE,
    _INDEXES_VIDEOS_LIST,
    _INDEXES_VIDEOS_RETRIEVE,
    _INDEXES_VIDEOS_UPDATE,
    _MULTIPART_UPLOAD_CREATE,
    _MULTIPART_UPLOAD_GET_ADDITIONAL_PRESIGNED_URLS,
    _MULTIPART_UPLOAD_GET_STATUS,
    _MULTIPART_UPLOAD_LIST_INCOMPLETE_UPLOADS,
    _MULTIPART_UPLOAD_REPORT_CHUNK_BATCH,
    _SUMMARIZE,
)


class AsyncAnalyzeAsyncBatchesResource(AsyncBatchRunning, AsyncAPIResource):
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
    ) -> AsyncPaginator[AnalyzeBatchStatusResponse]:
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
        return AsyncPaginator(
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

    async def create(
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
        return await self._client._request(
            _ANALYZE_ASYNC_BATCHES_CREATE,
            {
                "model_name": model_name,
                "analysis_mode": analysis_mode,
                "defaults": defaults,
                "requests": requests,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def retrieve(
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
        return await self._client._request(
            _ANALYZE_ASYNC_BATCHES_RETRIEVE,
            {"batch_id": batch_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def delete(
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
        return await self._client._request(
            _ANALYZE_ASYNC_BATCHES_DELETE,
            {"batch_id": batch_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def cancel(
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
        return await self._client._request(
            _ANALYZE_ASYNC_BATCHES_CANCEL,
            {"batch_id": batch_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def results(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncStream[BatchResultItem]:
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
        return await self._client._request(
            _ANALYZE_ASYNC_BATCHES_RESULTS_STREAM,
            {"batch_id": batch_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


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
        analysis_mode: AnalysisMode | None = None,
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
    def batches(self) -> AsyncAnalyzeAsyncBatchesResource:
        """The ``client.analyze_async.batches`` methods."""
        return AsyncAnalyzeAsyncBatchesResource(self._client)

    @cached_property
    def tasks(self) -> AsyncAnalyzeAsyncTasksResource:
        """The ``client.analyze_async.tasks`` methods."""
        return AsyncAnalyzeAsyncTasksResource(self._client)


class AsyncAssetsResource(AsyncAssetUploading["AssetDetail"], AsyncAPIResource):
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
    ) -> AsyncPaginator[AssetDetail]:
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
        return AsyncPaginator(
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

    async def create(
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
        return await self._client._request(
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

    async def retrieve(
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
        return await self._client._request(
            _ASSETS_RETRIEVE,
            {"asset_id": asset_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def delete(
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
        return await self._client._request(
            _ASSETS_DELETE,
            {"asset_id": asset_id, "force": force},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def replace_user_metadata(
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
        return await self._client._request(
            _ASSETS_REPLACE_USER_METADATA,
            {"asset_id": asset_id, "user_metadata": user_metadata},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def delete_user_metadata(
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
        return await self._client._request(
            _ASSETS_DELETE_USER_METADATA,
            {"asset_id": asset_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def update_user_metadata(
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
        return await self._client._request(
            _ASSETS_UPDATE_USER_METADATA,
            {"asset_id": asset_id, "user_metadata": user_metadata},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AsyncMultipartUploadResource(AsyncAPIResource):
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
    ) -> AsyncPaginator[IncompleteUploadSummary]:
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
        return AsyncPaginator(
            self._client,
            _MULTIPART_UPLOAD_LIST_INCOMPLETE_UPLOADS,
            {"page": page, "page_limit": page_limit},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )

    async def create(
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
        return await self._client._request(
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

    async def get_status(
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
        return await self._client._request(
            _MULTIPART_UPLOAD_GET_STATUS,
            {"upload_id": upload_id, "page": page, "page_limit": page_limit},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def report_chunk_batch(
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
        return await self._client._request(
            _MULTIPART_UPLOAD_REPORT_CHUNK_BATCH,
            {"upload_id": upload_id, "completed_chunks": completed_chunks},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def get_additional_presigned_urls(
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
        return await self._client._request(
            _MULTIPART_UPLOAD_GET_ADDITIONAL_PRESIGNED_URLS,
            {"upload_id": upload_id, "start": start, "count": count},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AsyncIndexesVideosResource(AsyncAPIResource):
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
    ) -> AsyncPaginator[VideoVector]:
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
        return AsyncPaginator(
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

    async def retrieve(
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
        return await self._client._request(
            _INDEXES_VIDEOS_RETRIEVE,
            {
                "index_id": index_id,
                "video_id": video_id,
                "embedding_option": embedding_option,
                "transcription": transcription,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def delete(
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
        return await self._client._request(
            _INDEXES_VIDEOS_DELETE,
            {"index_id": index_id, "video_id": video_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def update(
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
        return await self._client._request(
            _INDEXES_VIDEOS_UPDATE,
            {
                "index_id": index_id,
                "video_id": video_id,
                "user_metadata": user_metadata,
            },
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AsyncIndexesResource(AsyncAPIResource):
    """The ``client.indexes`` methods."""

    @cached_property
    def videos(self) -> AsyncIndexesVideosResource:
        """The ``client.indexes.videos`` methods."""
        return AsyncIndexesVideosResource(self._client)

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
    ) -> AsyncPaginator[Index]:
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
        return AsyncPaginator(
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

    async def create(
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
        return await self._client._request(
            _INDEXES_CREATE,
            {"index_name": index_name, "models": models, "addons": addons},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def retrieve(
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
        return await self._client._request(
            _INDEXES_RETRIEVE,
            {"index_id": index_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def update(
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
        return await self._client._request(
            _INDEXES_UPDATE,
            {"index_id": index_id, "index_name": index_name},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def delete(
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
        return await self._client._request(
            _INDEXES_DELETE,
            {"index_id": index_id},
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AsyncRootResource(AsyncAPIResource):
    """The ``client`` methods."""

    @cached_property
    def analyze_async(self) -> AsyncAnalyzeAsyncResource:
        """The ``client.analyze_async`` methods."""
        return AsyncAnalyzeAsyncResource(self._client)

    @cached_property
    def assets(self) -> AsyncAssetsResource:
        """The ``client.assets`` methods."""
        return AsyncAssetsResource(self._client)

    @cached_property
    def multipart_upload(self) -> AsyncMultipartUploadResource:
        """The ``client.multipart_upload`` methods."""
        return AsyncMultipartUploadResource(self._client)

    @cached_property
    def indexes(self) -> AsyncIndexesResource:
        """The ``client.indexes`` methods."""
        return AsyncIndexesResource(self._client)

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


class AsyncAnalyzeAsyncBatchesResourceWithRawResponse(AsyncAPIResource):
    """The ``client.with_raw_response.analyze_async.batches`` methods (returning RawResponse)."""

    async def list(
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
    ) -> RawResponse[AsyncPage[AnalyzeBatchStatusResponse]]:
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
        return await self._client._request(
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

    async def create(
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
        return await self._client._request(
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

    async def retrieve(
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
        return await self._client._request(
            _ANALYZE_ASYNC_BATCHES_RETRIEVE,
            {"batch_id": batch_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def delete(
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
        return await self._client._request(
            _ANALYZE_ASYNC_BATCHES_DELETE,
            {"batch_id": batch_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def cancel(
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
        return await self._client._request(
            _ANALYZE_ASYNC_BATCHES_CANCEL,
            {"batch_id": batch_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def results(
        self,
        batch_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncStream[BatchResultItem]]:
        """Retrieve batch results.

        Returns the raw response (status, headers, rate limits, attempts, the endpoint that answered) with the result of ``results`` in ``.parsed``.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return await self._client._request(
            _ANALYZE_ASYNC_BATCHES_RESULTS_STREAM,
            {"batch_id": batch_id},
            raw=True,
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
        analysis_mode: AnalysisMode | None = None,
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
    def batches(self) -> AsyncAnalyzeAsyncBatchesResourceWithRawResponse:
        """The ``client.with_raw_response.analyze_async.batches`` methods."""
        return AsyncAnalyzeAsyncBatchesResourceWithRawResponse(self._client)

    @cached_property
    def tasks(self) -> AsyncAnalyzeAsyncTasksResourceWithRawResponse:
        """The ``client.with_raw_response.analyze_async.tasks`` methods."""
        return AsyncAnalyzeAsyncTasksResourceWithRawResponse(self._client)


class AsyncAssetsResourceWithRawResponse(AsyncAPIResource):
    """The ``client.with_raw_response.assets`` methods (returning RawResponse)."""

    async def list(
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
    ) -> RawResponse[AsyncPage[AssetDetail]]:
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
        return await self._client._request(
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

    async def create(
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
        return await self._client._request(
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

    async def retrieve(
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
        return await self._client._request(
            _ASSETS_RETRIEVE,
            {"asset_id": asset_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def delete(
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
        return await self._client._request(
            _ASSETS_DELETE,
            {"asset_id": asset_id, "force": force},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def replace_user_metadata(
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
        return await self._client._request(
            _ASSETS_REPLACE_USER_METADATA,
            {"asset_id": asset_id, "user_metadata": user_metadata},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def delete_user_metadata(
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
        return await self._client._request(
            _ASSETS_DELETE_USER_METADATA,
            {"asset_id": asset_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def update_user_metadata(
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
        return await self._client._request(
            _ASSETS_UPDATE_USER_METADATA,
            {"asset_id": asset_id, "user_metadata": user_metadata},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AsyncMultipartUploadResourceWithRawResponse(AsyncAPIResource):
    """The ``client.with_raw_response.multipart_upload`` methods (returning RawResponse)."""

    async def list_incomplete_uploads(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RawResponse[AsyncPage[IncompleteUploadSummary]]:
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
        return await self._client._request(
            _MULTIPART_UPLOAD_LIST_INCOMPLETE_UPLOADS,
            {"page": page, "page_limit": page_limit},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def create(
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
        return await self._client._request(
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

    async def get_status(
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
        return await self._client._request(
            _MULTIPART_UPLOAD_GET_STATUS,
            {"upload_id": upload_id, "page": page, "page_limit": page_limit},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def report_chunk_batch(
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
        return await self._client._request(
            _MULTIPART_UPLOAD_REPORT_CHUNK_BATCH,
            {"upload_id": upload_id, "completed_chunks": completed_chunks},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def get_additional_presigned_urls(
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
        return await self._client._request(
            _MULTIPART_UPLOAD_GET_ADDITIONAL_PRESIGNED_URLS,
            {"upload_id": upload_id, "start": start, "count": count},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AsyncIndexesVideosResourceWithRawResponse(AsyncAPIResource):
    """The ``client.with_raw_response.indexes.videos`` methods (returning RawResponse)."""

    async def list(
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
    ) -> RawResponse[AsyncPage[VideoVector]]:
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
        return await self._client._request(
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

    async def retrieve(
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
        return await self._client._request(
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

    async def delete(
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
        return await self._client._request(
            _INDEXES_VIDEOS_DELETE,
            {"index_id": index_id, "video_id": video_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def update(
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
        return await self._client._request(
            _INDEXES_VIDEOS_UPDATE,
            {
                "index_id": index_id,
                "video_id": video_id,
                "user_metadata": user_metadata,
            },
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AsyncIndexesResourceWithRawResponse(AsyncAPIResource):
    """The ``client.with_raw_response.indexes`` methods (returning RawResponse)."""

    @cached_property
    def videos(self) -> AsyncIndexesVideosResourceWithRawResponse:
        """The ``client.with_raw_response.indexes.videos`` methods."""
        return AsyncIndexesVideosResourceWithRawResponse(self._client)

    async def list(
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
    ) -> RawResponse[AsyncPage[Index]]:
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
        return await self._client._request(
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

    async def create(
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
        return await self._client._request(
            _INDEXES_CREATE,
            {"index_name": index_name, "models": models, "addons": addons},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def retrieve(
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
        return await self._client._request(
            _INDEXES_RETRIEVE,
            {"index_id": index_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def update(
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
        return await self._client._request(
            _INDEXES_UPDATE,
            {"index_id": index_id, "index_name": index_name},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]

    async def delete(
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
        return await self._client._request(
            _INDEXES_DELETE,
            {"index_id": index_id},
            raw=True,
            options=call_options(extra_headers, extra_query, extra_body, timeout),
        )  # type: ignore[no-any-return]


class AsyncRootResourceWithRawResponse(AsyncAPIResource):
    """The ``client.with_raw_response`` methods (returning RawResponse)."""

    @cached_property
    def analyze_async(self) -> AsyncAnalyzeAsyncResourceWithRawResponse:
        """The ``client.with_raw_response.analyze_async`` methods."""
        return AsyncAnalyzeAsyncResourceWithRawResponse(self._client)

    @cached_property
    def assets(self) -> AsyncAssetsResourceWithRawResponse:
        """The ``client.with_raw_response.assets`` methods."""
        return AsyncAssetsResourceWithRawResponse(self._client)

    @cached_property
    def multipart_upload(self) -> AsyncMultipartUploadResourceWithRawResponse:
        """The ``client.with_raw_response.multipart_upload`` methods."""
        return AsyncMultipartUploadResourceWithRawResponse(self._client)

    @cached_property
    def indexes(self) -> AsyncIndexesResourceWithRawResponse:
        """The ``client.with_raw_response.indexes`` methods."""
        return AsyncIndexesResourceWithRawResponse(self._client)

    async def analyze(
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


class AsyncAnalyzeAsyncBatchesResourceWithStreamingResponse(AsyncAPIResource):
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
    ) -> AsyncResponseContextManager[AsyncPage[AnalyzeBatchStatusResponse]]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[CreateAnalyzeBatchResponse]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[AnalyzeBatchStatusResponse]:
        """Retrieve batch status.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``retrieve`` returns.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[None]:
        """Delete a batch.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``delete`` returns.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[AnalyzeBatchStatusResponse]:
        """Cancel a batch.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``cancel`` returns.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[AsyncStream[BatchResultItem]]:
        """Retrieve batch results.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``results`` returns.

        Args:
            batch_id: The unique identifier of the batch.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return AsyncResponseContextManager(
            self._client,
            _ANALYZE_ASYNC_BATCHES_RESULTS_STREAM,
            {"batch_id": batch_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )


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
        analysis_mode: AnalysisMode | None = None,
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
    def batches(self) -> AsyncAnalyzeAsyncBatchesResourceWithStreamingResponse:
        """The ``client.with_streaming_response.analyze_async.batches`` methods."""
        return AsyncAnalyzeAsyncBatchesResourceWithStreamingResponse(self._client)

    @cached_property
    def tasks(self) -> AsyncAnalyzeAsyncTasksResourceWithStreamingResponse:
        """The ``client.with_streaming_response.analyze_async.tasks`` methods."""
        return AsyncAnalyzeAsyncTasksResourceWithStreamingResponse(self._client)


class AsyncAssetsResourceWithStreamingResponse(AsyncAPIResource):
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
    ) -> AsyncResponseContextManager[AsyncPage[AssetDetail]]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[Asset]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[AssetDetail]:
        """Retrieve an asset.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``retrieve`` returns.

        Args:
            asset_id: The unique identifier of the asset to retrieve.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[None]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[None]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[None]:
        """Delete the user-defined metadata of an asset.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``delete_user_metadata`` returns.

        Args:
            asset_id: The unique identifier of the asset whose user-defined metadata to delete.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[None]:
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
        return AsyncResponseContextManager(
            self._client,
            _ASSETS_UPDATE_USER_METADATA,
            {"asset_id": asset_id, "user_metadata": user_metadata},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncMultipartUploadResourceWithStreamingResponse(AsyncAPIResource):
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
    ) -> AsyncResponseContextManager[AsyncPage[IncompleteUploadSummary]]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[CreateAssetUploadResponse]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[GetUploadStatusResponse]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[ReportChunkBatchResponse]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[RequestAdditionalPresignedURLsResponse]:
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
        return AsyncResponseContextManager(
            self._client,
            _MULTIPART_UPLOAD_GET_ADDITIONAL_PRESIGNED_URLS,
            {"upload_id": upload_id, "start": start, "count": count},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncIndexesVideosResourceWithStreamingResponse(AsyncAPIResource):
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
    ) -> AsyncResponseContextManager[AsyncPage[VideoVector]]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[Video]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[None]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[None]:
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
        return AsyncResponseContextManager(
            self._client,
            _INDEXES_VIDEOS_UPDATE,
            {
                "index_id": index_id,
                "video_id": video_id,
                "user_metadata": user_metadata,
            },
            call_options(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncIndexesResourceWithStreamingResponse(AsyncAPIResource):
    """The ``client.with_streaming_response.indexes`` methods (context managers of unread responses)."""

    @cached_property
    def videos(self) -> AsyncIndexesVideosResourceWithStreamingResponse:
        """The ``client.with_streaming_response.indexes.videos`` methods."""
        return AsyncIndexesVideosResourceWithStreamingResponse(self._client)

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
    ) -> AsyncResponseContextManager[AsyncPage[Index]]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[IndexCreated]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[Index]:
        """Retrieve an index.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``retrieve`` returns.

        Args:
            index_id: Unique identifier of the index to retrieve.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[None]:
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
        return AsyncResponseContextManager(
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
    ) -> AsyncResponseContextManager[None]:
        """Delete an index.

        Returns a context manager that sends the request on entry and yields the response before its body is read; ``.parse()`` gives what ``delete`` returns.

        Args:
            index_id: Unique identifier of the index to delete.
            extra_headers: Headers added to the request (all but ``x-api-key``), sent as given.
            extra_query: Query parameters added to the URL, sent as given (not checked against the spec).
            extra_body: Fields merged last into the JSON body, sent as given (not checked against the spec).
            timeout: This call's ``timeout`` (seconds or an ``httpx.Timeout``) instead of the client's.
        """
        return AsyncResponseContextManager(
            self._client,
            _INDEXES_DELETE,
            {"index_id": index_id},
            call_options(extra_headers, extra_query, extra_body, timeout),
        )


class AsyncRootResourceWithStreamingResponse(AsyncAPIResource):
    """The ``client.with_streaming_response`` methods (context managers of unread responses)."""

    @cached_property
    def analyze_async(self) -> AsyncAnalyzeAsyncResourceWithStreamingResponse:
        """The ``client.with_streaming_response.analyze_async`` methods."""
        return AsyncAnalyzeAsyncResourceWithStreamingResponse(self._client)

    @cached_property
    def assets(self) -> AsyncAssetsResourceWithStreamingResponse:
        """The ``client.with_streaming_response.assets`` methods."""
        return AsyncAssetsResourceWithStreamingResponse(self._client)

    @cached_property
    def multipart_upload(self) -> AsyncMultipartUploadResourceWithStreamingResponse:
        """The ``client.with_streaming_response.multipart_upload`` methods."""
        return AsyncMultipartUploadResourceWithStreamingResponse(self._client)

    @cached_property
    def indexes(self) -> AsyncIndexesResourceWithStreamingResponse:
        """The ``client.with_streaming_response.indexes`` methods."""
        return AsyncIndexesResourceWithStreamingResponse(self._client)

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
    "AsyncAnalyzeAsyncBatchesResource",
    "AsyncAnalyzeAsyncBatchesResourceWithRawResponse",
    "AsyncAnalyzeAsyncBatchesResourceWithStreamingResponse",
    "AsyncAnalyzeAsyncResource",
    "AsyncAnalyzeAsyncResourceWithRawResponse",
    "AsyncAnalyzeAsyncResourceWithStreamingResponse",
    "AsyncAnalyzeAsyncTasksResource",
    "AsyncAnalyzeAsyncTasksResourceWithRawResponse",
    "AsyncAnalyzeAsyncTasksResourceWithStreamingResponse",
    "AsyncAssetsResource",
    "AsyncAssetsResourceWithRawResponse",
    "AsyncAssetsResourceWithStreamingResponse",
    "AsyncIndexesResource",
    "AsyncIndexesResourceWithRawResponse",
    "AsyncIndexesResourceWithStreamingResponse",
    "AsyncIndexesVideosResource",
    "AsyncIndexesVideosResourceWithRawResponse",
    "AsyncIndexesVideosResourceWithStreamingResponse",
    "AsyncMultipartUploadResource",
    "AsyncMultipartUploadResourceWithRawResponse",
    "AsyncMultipartUploadResourceWithStreamingResponse",
    "AsyncRootResource",
    "AsyncRootResourceWithRawResponse",
    "AsyncRootResourceWithStreamingResponse",
]
