"""All the data models used in requests and responses; each is imported on first use."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .analyze_post_request_body_content_application_json_schema_model_name import (
        AnalyzePostRequestBodyContentApplicationJsonSchemaModelName,
    )
    from .analyze_prompt_v2 import AnalyzePromptV2
    from .analyze_request import AnalyzeRequest
    from .analyze_result import AnalyzeResult
    from .analyze_task import AnalyzeTask
    from .analyze_task_created import AnalyzeTaskCreated
    from .analyze_task_error import AnalyzeTaskError
    from .analyze_task_page import AnalyzeTaskPage
    from .analyze_task_response_request_params import AnalyzeTaskResponseRequestParams
    from .analyze_task_response_request_params_analysis_mode import (
        AnalyzeTaskResponseRequestParamsAnalysisMode,
    )
    from .analyze_task_response_request_params_prompt_v2 import (
        AnalyzeTaskResponseRequestParamsPromptV2,
    )
    from .analyze_task_response_request_params_prompt_v2_media_sources_items import (
        AnalyzeTaskResponseRequestParamsPromptV2MediaSourcesItems,
    )
    from .analyze_task_response_request_params_response_format import (
        AnalyzeTaskResponseRequestParamsResponseFormat,
    )
    from .analyze_task_response_request_params_response_format_json_schema import (
        AnalyzeTaskResponseRequestParamsResponseFormatJsonSchema,
    )
    from .analyze_task_response_request_params_response_format_segment_definitions_items import (
        AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems,
    )
    from .analyze_task_response_request_params_response_format_segment_definitions_items_fields_items import (
        AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItems,
    )
    from .analyze_task_response_request_params_response_format_segment_definitions_items_fields_items_items import (
        AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItems,
    )
    from .analyze_task_response_request_params_response_format_segment_definitions_items_media_sources_items import (
        AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsMediaSourcesItems,
    )
    from .analyze_task_response_request_params_response_format_type import (
        AnalyzeTaskResponseRequestParamsResponseFormatType,
    )
    from .analyze_task_response_video_source import AnalyzeTaskResponseVideoSource
    from .analyze_task_response_video_source_system_metadata import (
        AnalyzeTaskResponseVideoSourceSystemMetadata,
    )
    from .analyze_task_response_video_source_type import (
        AnalyzeTaskResponseVideoSourceType,
    )
    from .analyze_task_result import AnalyzeTaskResult
    from .analyze_task_result_usage import AnalyzeTaskResultUsage
    from .analyze_task_status import AnalyzeTaskStatus
    from .analyze_task_webhook_info import AnalyzeTaskWebhookInfo
    from .analyze_tasks_get_parameters_analysis_mode import (
        AnalyzeTasksGetParametersAnalysisMode,
    )
    from .analyze_time_range import AnalyzeTimeRange
    from .async_response_format import AsyncResponseFormat
    from .async_response_format_segment_time_format import (
        AsyncResponseFormatSegmentTimeFormat,
    )
    from .async_response_format_type import AsyncResponseFormatType
    from .chapter import Chapter
    from .chapter_result import ChapterResult
    from .create_async_analyze_request import CreateAsyncAnalyzeRequest
    from .create_async_analyze_request_analysis_mode import (
        CreateAsyncAnalyzeRequestAnalysisMode,
    )
    from .create_async_analyze_request_model_name import (
        CreateAsyncAnalyzeRequestModelName,
    )
    from .error_body import ErrorBody
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .error_response_error_details import ErrorResponseErrorDetails
    from .finish_reason import FinishReason
    from .generate_text_representation_request_bad_request_error import (
        GenerateTextRepresentationRequestBadRequestError,
    )
    from .generate_text_representation_request_not_found_error import (
        GenerateTextRepresentationRequestNotFoundError,
    )
    from .gist_request import GistRequest
    from .gist_result import GistResult
    from .gist_type import GistType
    from .highlight import Highlight
    from .highlight_result import HighlightResult
    from .list_async_analysis_tasks_request_bad_request_error import (
        ListAsyncAnalysisTasksRequestBadRequestError,
    )
    from .page_info import PageInfo
    from .response_format import ResponseFormat
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_type import ResponseFormatType
    from .segment_definition import SegmentDefinition
    from .segment_field import SegmentField
    from .segment_field_format import SegmentFieldFormat
    from .segment_field_items import SegmentFieldItems
    from .segment_field_items_type import SegmentFieldItemsType
    from .segment_field_type import SegmentFieldType
    from .sme_media_source import SMEMediaSource
    from .sme_media_source_media_type import SmeMediaSourceMediaType
    from .stream_end_event import StreamEndEvent
    from .stream_end_response_event_type import StreamEndResponseEventType
    from .stream_end_response_metadata import StreamEndResponseMetadata
    from .stream_start_event import StreamStartEvent
    from .stream_start_response_event_type import StreamStartResponseEventType
    from .stream_start_response_metadata import StreamStartResponseMetadata
    from .stream_text_response_event_type import StreamTextResponseEventType
    from .summarize_chapter_result_summarize_type import (
        SummarizeChapterResultSummarizeType,
    )
    from .summarize_highlight_result_summarize_type import (
        SummarizeHighlightResultSummarizeType,
    )
    from .summarize_request import SummarizeRequest
    from .summarize_summary_result_summarize_type import (
        SummarizeSummaryResultSummarizeType,
    )
    from .summarize_type import SummarizeType
    from .summary_result import SummaryResult
    from .sync_response_format import SyncResponseFormat
    from .sync_response_format_json_schema import SyncResponseFormatJsonSchema
    from .sync_response_format_type import SyncResponseFormatType
    from .text_generation_event import TextGenerationEvent
    from .token_usage import TokenUsage
    from .video_context_asset_id import VideoContextAssetId
    from .video_context_asset_id_type import VideoContextAssetIdType
    from .video_context_base_64_string import VideoContextBase64String
    from .video_context_base_64_string_type import VideoContextBase64StringType
    from .video_context_url import VideoContextUrl
    from .video_context_url_type import VideoContextUrlType

_MODULE_OF = {
    "AnalyzePostRequestBodyContentApplicationJsonSchemaModelName": ".analyze_post_request_body_content_application_json_schema_model_name",
    "AnalyzePromptV2": ".analyze_prompt_v2",
    "AnalyzeRequest": ".analyze_request",
    "AnalyzeResult": ".analyze_result",
    "AnalyzeTask": ".analyze_task",
    "AnalyzeTaskCreated": ".analyze_task_created",
    "AnalyzeTaskError": ".analyze_task_error",
    "AnalyzeTaskPage": ".analyze_task_page",
    "AnalyzeTaskResponseRequestParams": ".analyze_task_response_request_params",
    "AnalyzeTaskResponseRequestParamsAnalysisMode": ".analyze_task_response_request_params_analysis_mode",
    "AnalyzeTaskResponseRequestParamsPromptV2": ".analyze_task_response_request_params_prompt_v2",
    "AnalyzeTaskResponseRequestParamsPromptV2MediaSourcesItems": ".analyze_task_response_request_params_prompt_v2_media_sources_items",
    "AnalyzeTaskResponseRequestParamsResponseFormat": ".analyze_task_response_request_params_response_format",
    "AnalyzeTaskResponseRequestParamsResponseFormatJsonSchema": ".analyze_task_response_request_params_response_format_json_schema",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems": ".analyze_task_response_request_params_response_format_segment_definitions_items",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItems": ".analyze_task_response_request_params_response_format_segment_definitions_items_fields_items",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItems": ".analyze_task_response_request_params_response_format_segment_definitions_items_fields_items_items",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsMediaSourcesItems": ".analyze_task_response_request_params_response_format_segment_definitions_items_media_sources_items",
    "AnalyzeTaskResponseRequestParamsResponseFormatType": ".analyze_task_response_request_params_response_format_type",
    "AnalyzeTaskResponseVideoSource": ".analyze_task_response_video_source",
    "AnalyzeTaskResponseVideoSourceSystemMetadata": ".analyze_task_response_video_source_system_metadata",
    "AnalyzeTaskResponseVideoSourceType": ".analyze_task_response_video_source_type",
    "AnalyzeTaskResult": ".analyze_task_result",
    "AnalyzeTaskResultUsage": ".analyze_task_result_usage",
    "AnalyzeTaskStatus": ".analyze_task_status",
    "AnalyzeTaskWebhookInfo": ".analyze_task_webhook_info",
    "AnalyzeTasksGetParametersAnalysisMode": ".analyze_tasks_get_parameters_analysis_mode",
    "AnalyzeTimeRange": ".analyze_time_range",
    "AsyncResponseFormat": ".async_response_format",
    "AsyncResponseFormatSegmentTimeFormat": ".async_response_format_segment_time_format",
    "AsyncResponseFormatType": ".async_response_format_type",
    "Chapter": ".chapter",
    "ChapterResult": ".chapter_result",
    "CreateAsyncAnalyzeRequest": ".create_async_analyze_request",
    "CreateAsyncAnalyzeRequestAnalysisMode": ".create_async_analyze_request_analysis_mode",
    "CreateAsyncAnalyzeRequestModelName": ".create_async_analyze_request_model_name",
    "ErrorBody": ".error_body",
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorDetails": ".error_response_error_details",
    "FinishReason": ".finish_reason",
    "GenerateTextRepresentationRequestBadRequestError": ".generate_text_representation_request_bad_request_error",
    "GenerateTextRepresentationRequestNotFoundError": ".generate_text_representation_request_not_found_error",
    "GistRequest": ".gist_request",
    "GistResult": ".gist_result",
    "GistType": ".gist_type",
    "Highlight": ".highlight",
    "HighlightResult": ".highlight_result",
    "ListAsyncAnalysisTasksRequestBadRequestError": ".list_async_analysis_tasks_request_bad_request_error",
    "PageInfo": ".page_info",
    "ResponseFormat": ".response_format",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatType": ".response_format_type",
    "SegmentDefinition": ".segment_definition",
    "SegmentField": ".segment_field",
    "SegmentFieldFormat": ".segment_field_format",
    "SegmentFieldItems": ".segment_field_items",
    "SegmentFieldItemsType": ".segment_field_items_type",
    "SegmentFieldType": ".segment_field_type",
    "SMEMediaSource": ".sme_media_source",
    "SmeMediaSourceMediaType": ".sme_media_source_media_type",
    "StreamEndEvent": ".stream_end_event",
    "StreamEndResponseEventType": ".stream_end_response_event_type",
    "StreamEndResponseMetadata": ".stream_end_response_metadata",
    "StreamStartEvent": ".stream_start_event",
    "StreamStartResponseEventType": ".stream_start_response_event_type",
    "StreamStartResponseMetadata": ".stream_start_response_metadata",
    "StreamTextResponseEventType": ".stream_text_response_event_type",
    "SummarizeChapterResultSummarizeType": ".summarize_chapter_result_summarize_type",
    "SummarizeHighlightResultSummarizeType": ".summarize_highlight_result_summarize_type",
    "SummarizeRequest": ".summarize_request",
    "SummarizeSummaryResultSummarizeType": ".summarize_summary_result_summarize_type",
    "SummarizeType": ".summarize_type",
    "SummaryResult": ".summary_result",
    "SyncResponseFormat": ".sync_response_format",
    "SyncResponseFormatJsonSchema": ".sync_response_format_json_schema",
    "SyncResponseFormatType": ".sync_response_format_type",
    "TextGenerationEvent": ".text_generation_event",
    "TokenUsage": ".token_usage",
    "VideoContextAssetId": ".video_context_asset_id",
    "VideoContextAssetIdType": ".video_context_asset_id_type",
    "VideoContextBase64String": ".video_context_base_64_string",
    "VideoContextBase64StringType": ".video_context_base_64_string_type",
    "VideoContextUrl": ".video_context_url",
    "VideoContextUrlType": ".video_context_url_type",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AnalyzePostRequestBodyContentApplicationJsonSchemaModelName",
    "AnalyzePromptV2",
    "AnalyzeRequest",
    "AnalyzeResult",
    "AnalyzeTask",
    "AnalyzeTaskCreated",
    "AnalyzeTaskError",
    "AnalyzeTaskPage",
    "AnalyzeTaskResponseRequestParams",
    "AnalyzeTaskResponseRequestParamsAnalysisMode",
    "AnalyzeTaskResponseRequestParamsPromptV2",
    "AnalyzeTaskResponseRequestParamsPromptV2MediaSourcesItems",
    "AnalyzeTaskResponseRequestParamsResponseFormat",
    "AnalyzeTaskResponseRequestParamsResponseFormatJsonSchema",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItems",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItems",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsMediaSourcesItems",
    "AnalyzeTaskResponseRequestParamsResponseFormatType",
    "AnalyzeTaskResponseVideoSource",
    "AnalyzeTaskResponseVideoSourceSystemMetadata",
    "AnalyzeTaskResponseVideoSourceType",
    "AnalyzeTaskResult",
    "AnalyzeTaskResultUsage",
    "AnalyzeTasksGetParametersAnalysisMode",
    "AnalyzeTaskStatus",
    "AnalyzeTaskWebhookInfo",
    "AnalyzeTimeRange",
    "AsyncResponseFormat",
    "AsyncResponseFormatSegmentTimeFormat",
    "AsyncResponseFormatType",
    "Chapter",
    "ChapterResult",
    "CreateAsyncAnalyzeRequest",
    "CreateAsyncAnalyzeRequestAnalysisMode",
    "CreateAsyncAnalyzeRequestModelName",
    "ErrorBody",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorDetails",
    "FinishReason",
    "GenerateTextRepresentationRequestBadRequestError",
    "GenerateTextRepresentationRequestNotFoundError",
    "GistRequest",
    "GistResult",
    "GistType",
    "Highlight",
    "HighlightResult",
    "ListAsyncAnalysisTasksRequestBadRequestError",
    "PageInfo",
    "ResponseFormat",
    "ResponseFormatJsonSchema",
    "ResponseFormatType",
    "SegmentDefinition",
    "SegmentField",
    "SegmentFieldFormat",
    "SegmentFieldItems",
    "SegmentFieldItemsType",
    "SegmentFieldType",
    "SMEMediaSource",
    "SmeMediaSourceMediaType",
    "StreamEndEvent",
    "StreamEndResponseEventType",
    "StreamEndResponseMetadata",
    "StreamStartEvent",
    "StreamStartResponseEventType",
    "StreamStartResponseMetadata",
    "StreamTextResponseEventType",
    "SummarizeChapterResultSummarizeType",
    "SummarizeHighlightResultSummarizeType",
    "SummarizeRequest",
    "SummarizeSummaryResultSummarizeType",
    "SummarizeType",
    "SummaryResult",
    "SyncResponseFormat",
    "SyncResponseFormatJsonSchema",
    "SyncResponseFormatType",
    "TextGenerationEvent",
    "TokenUsage",
    "VideoContextAssetId",
    "VideoContextAssetIdType",
    "VideoContextBase64String",
    "VideoContextBase64StringType",
    "VideoContextUrl",
    "VideoContextUrlType",
)
