"""All the data models used in requests and responses; each is imported on first use."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .analyze_async_batches_list_response_200 import (
        AnalyzeAsyncBatchesListResponse200,
    )
    from .analyze_batch_status_response import AnalyzeBatchStatusResponse
    from .analyze_batch_status_response_analysis_mode import (
        AnalyzeBatchStatusResponseAnalysisMode,
    )
    from .analyze_batches_get_parameters_analysis_mode_schema_items import (
        AnalyzeBatchesGetParametersAnalysisModeSchemaItems,
    )
    from .analyze_image_input import AnalyzeImageInput
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
    from .analyze_task_response_request_params_image_item import (
        AnalyzeTaskResponseRequestParamsImageItem,
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
    from .analyze_task_response_request_params_response_format_segment_definitions_items_fields_items_format import (
        AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsFormat,
    )
    from .analyze_task_response_request_params_response_format_segment_definitions_items_fields_items_items import (
        AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItems,
    )
    from .analyze_task_response_request_params_response_format_segment_definitions_items_fields_items_items_fields_item import (
        AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem,
    )
    from .analyze_task_response_request_params_response_format_segment_definitions_items_fields_items_items_fields_item_items import (
        AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItemItems,
    )
    from .analyze_task_response_request_params_response_format_segment_definitions_items_media_sources_items import (
        AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsMediaSourcesItems,
    )
    from .analyze_task_response_request_params_response_format_segment_time_format import (
        AnalyzeTaskResponseRequestParamsResponseFormatSegmentTimeFormat,
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
    from .asset import Asset
    from .asset_detail import AssetDetail
    from .asset_detail_method import AssetDetailMethod
    from .asset_detail_status import AssetDetailStatus
    from .asset_error import AssetError
    from .asset_hls import AssetHLS
    from .asset_hls_status import AssetHlsStatus
    from .asset_method import AssetMethod
    from .asset_source import AssetSource
    from .asset_source_details import AssetSourceDetails
    from .asset_source_details_provider import AssetSourceDetailsProvider
    from .asset_source_type import AssetSourceType
    from .asset_status import AssetStatus
    from .asset_thumbnail import AssetThumbnail
    from .asset_thumbnail_status import AssetThumbnailStatus
    from .assets_create_request import AssetsCreateRequest
    from .assets_get_parameters_asset_types_schema_items import (
        AssetsGetParametersAssetTypesSchemaItems,
    )
    from .assets_list_response_200 import AssetsListResponse200
    from .assets_post_request_body_content_multipart_form_data_schema_method import (
        AssetsPostRequestBodyContentMultipartFormDataSchemaMethod,
    )
    from .assets_replace_user_metadata_request import AssetsReplaceUserMetadataRequest
    from .assets_update_user_metadata_request import AssetsUpdateUserMetadataRequest
    from .async_response_format import AsyncResponseFormat
    from .async_response_format_segment_time_format import (
        AsyncResponseFormatSegmentTimeFormat,
    )
    from .async_response_format_type import AsyncResponseFormatType
    from .audio_stream import AudioStream
    from .batch_defaults import BatchDefaults
    from .batch_item_error import BatchItemError
    from .batch_item_request import BatchItemRequest
    from .batch_item_status import BatchItemStatus
    from .batch_prompt import BatchPrompt
    from .batch_result_item import BatchResultItem
    from .batch_status import BatchStatus
    from .batch_video_context import BatchVideoContext
    from .batch_video_context_type import BatchVideoContextType
    from .chapter import Chapter
    from .chapter_result import ChapterResult
    from .chunk_info import ChunkInfo
    from .chunk_info_status import ChunkInfoStatus
    from .completed_chunk import CompletedChunk
    from .completed_chunk_proof_type import CompletedChunkProofType
    from .create_analyze_batch_request import CreateAnalyzeBatchRequest
    from .create_analyze_batch_request_analysis_mode import (
        CreateAnalyzeBatchRequestAnalysisMode,
    )
    from .create_analyze_batch_request_model_name import (
        CreateAnalyzeBatchRequestModelName,
    )
    from .create_analyze_batch_response import CreateAnalyzeBatchResponse
    from .create_asset_request_bad_request_error import (
        CreateAssetRequestBadRequestError,
    )
    from .create_asset_upload_request import CreateAssetUploadRequest
    from .create_asset_upload_request_type import CreateAssetUploadRequestType
    from .create_asset_upload_response import CreateAssetUploadResponse
    from .create_asset_upload_response_upload_headers import (
        CreateAssetUploadResponseUploadHeaders,
    )
    from .create_async_analyze_request import CreateAsyncAnalyzeRequest
    from .create_async_analyze_request_analysis_mode import (
        CreateAsyncAnalyzeRequestAnalysisMode,
    )
    from .create_async_analyze_request_model_name import (
        CreateAsyncAnalyzeRequestModelName,
    )
    from .create_index_request_bad_request_error import (
        CreateIndexRequestBadRequestError,
    )
    from .create_multipart_upload_request_bad_request_error import (
        CreateMultipartUploadRequestBadRequestError,
    )
    from .create_multipart_upload_request_forbidden_error import (
        CreateMultipartUploadRequestForbiddenError,
    )
    from .create_multipart_upload_request_internal_server_error import (
        CreateMultipartUploadRequestInternalServerError,
    )
    from .created_batch_item import CreatedBatchItem
    from .delete_asset_request_bad_request_error import (
        DeleteAssetRequestBadRequestError,
    )
    from .delete_asset_request_conflict_error import DeleteAssetRequestConflictError
    from .delete_asset_user_metadata_request_bad_request_error import (
        DeleteAssetUserMetadataRequestBadRequestError,
    )
    from .delete_asset_user_metadata_request_not_found_error import (
        DeleteAssetUserMetadataRequestNotFoundError,
    )
    from .delete_index_request_bad_request_error import (
        DeleteIndexRequestBadRequestError,
    )
    from .delete_video_information_request_bad_request_error import (
        DeleteVideoInformationRequestBadRequestError,
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
    from .get_upload_status_request_bad_request_error import (
        GetUploadStatusRequestBadRequestError,
    )
    from .get_upload_status_request_forbidden_error import (
        GetUploadStatusRequestForbiddenError,
    )
    from .get_upload_status_request_internal_server_error import (
        GetUploadStatusRequestInternalServerError,
    )
    from .get_upload_status_response import GetUploadStatusResponse
    from .gist_request import GistRequest
    from .gist_result import GistResult
    from .gist_type import GistType
    from .highlight import Highlight
    from .highlight_result import HighlightResult
    from .hls_object import HLSObject
    from .hls_object_status import HlsObjectStatus
    from .incomplete_upload_summary import IncompleteUploadSummary
    from .index import Index
    from .index_models_items import IndexModelsItems
    from .indexes_create_request import IndexesCreateRequest
    from .indexes_create_response_201 import IndexesCreateResponse201
    from .indexes_index_id_videos_get_parameters_duration import (
        IndexesIndexIdVideosGetParametersDuration,
    )
    from .indexes_index_id_videos_get_parameters_fps import (
        IndexesIndexIdVideosGetParametersFps,
    )
    from .indexes_index_id_videos_get_parameters_height import (
        IndexesIndexIdVideosGetParametersHeight,
    )
    from .indexes_index_id_videos_get_parameters_size import (
        IndexesIndexIdVideosGetParametersSize,
    )
    from .indexes_index_id_videos_get_parameters_width import (
        IndexesIndexIdVideosGetParametersWidth,
    )
    from .indexes_index_id_videos_video_id_get_parameters_embedding_option_schema_items import (
        IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems,
    )
    from .indexes_index_id_videos_video_id_get_responses_content_application_json_schema_embedding import (
        IndexesIndexIdVideosVideoIdGetResponsesContentApplicationJsonSchemaEmbedding,
    )
    from .indexes_index_id_videos_video_id_get_responses_content_application_json_schema_embedding_video_embedding import (
        IndexesIndexIdVideosVideoIdGetResponsesContentApplicationJsonSchemaEmbeddingVideoEmbedding,
    )
    from .indexes_index_id_videos_video_id_get_responses_content_application_json_schema_system_metadata import (
        IndexesIndexIdVideosVideoIdGetResponsesContentApplicationJsonSchemaSystemMetadata,
    )
    from .indexes_list_response_200 import IndexesListResponse200
    from .indexes_post_request_body_content_application_json_schema_models_items import (
        IndexesPostRequestBodyContentApplicationJsonSchemaModelsItems,
    )
    from .indexes_update_request import IndexesUpdateRequest
    from .indexes_videos_list_response_200 import IndexesVideosListResponse200
    from .indexes_videos_list_user_metadata import IndexesVideosListUserMetadata
    from .indexes_videos_retrieve_response_200 import IndexesVideosRetrieveResponse200
    from .indexes_videos_update_request import IndexesVideosUpdateRequest
    from .list_assets_request_bad_request_error import ListAssetsRequestBadRequestError
    from .list_async_analysis_tasks_request_bad_request_error import (
        ListAsyncAnalysisTasksRequestBadRequestError,
    )
    from .list_incomplete_uploads_request_bad_request_error import (
        ListIncompleteUploadsRequestBadRequestError,
    )
    from .list_incomplete_uploads_request_forbidden_error import (
        ListIncompleteUploadsRequestForbiddenError,
    )
    from .list_incomplete_uploads_request_internal_server_error import (
        ListIncompleteUploadsRequestInternalServerError,
    )
    from .list_incomplete_uploads_response import ListIncompleteUploadsResponse
    from .list_indexes_request_bad_request_error import (
        ListIndexesRequestBadRequestError,
    )
    from .list_videos_request_bad_request_error import ListVideosRequestBadRequestError
    from .multipart_upload_status_type import MultipartUploadStatusType
    from .page_info import PageInfo
    from .partial_update_video_information_request_bad_request_error import (
        PartialUpdateVideoInformationRequestBadRequestError,
    )
    from .presigned_url_chunk import PresignedURLChunk
    from .replace_asset_user_metadata_request_bad_request_error import (
        ReplaceAssetUserMetadataRequestBadRequestError,
    )
    from .replace_asset_user_metadata_request_not_found_error import (
        ReplaceAssetUserMetadataRequestNotFoundError,
    )
    from .report_chunk_batch_request import ReportChunkBatchRequest
    from .report_chunk_batch_request_bad_request_error import (
        ReportChunkBatchRequestBadRequestError,
    )
    from .report_chunk_batch_request_forbidden_error import (
        ReportChunkBatchRequestForbiddenError,
    )
    from .report_chunk_batch_response import ReportChunkBatchResponse
    from .request_additional_presigned_ur_ls_request import (
        RequestAdditionalPresignedURLsRequest,
    )
    from .request_additional_presigned_ur_ls_response import (
        RequestAdditionalPresignedURLsResponse,
    )
    from .request_additional_presigned_urls_request_bad_request_error import (
        RequestAdditionalPresignedUrlsRequestBadRequestError,
    )
    from .request_additional_presigned_urls_request_forbidden_error import (
        RequestAdditionalPresignedUrlsRequestForbiddenError,
    )
    from .request_additional_presigned_urls_request_internal_server_error import (
        RequestAdditionalPresignedUrlsRequestInternalServerError,
    )
    from .response_format import ResponseFormat
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_type import ResponseFormatType
    from .retrieve_asset_request_bad_request_error import (
        RetrieveAssetRequestBadRequestError,
    )
    from .retrieve_index_request_bad_request_error import (
        RetrieveIndexRequestBadRequestError,
    )
    from .retrieve_video_information_request_bad_request_error import (
        RetrieveVideoInformationRequestBadRequestError,
    )
    from .retrieve_video_information_request_not_found_error import (
        RetrieveVideoInformationRequestNotFoundError,
    )
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
    from .technical_metadata import TechnicalMetadata
    from .text_generation_event import TextGenerationEvent
    from .token_usage import TokenUsage
    from .transcription_data_items import TranscriptionDataItems
    from .update_asset_user_metadata_request_bad_request_error import (
        UpdateAssetUserMetadataRequestBadRequestError,
    )
    from .update_asset_user_metadata_request_not_found_error import (
        UpdateAssetUserMetadataRequestNotFoundError,
    )
    from .update_index_request_bad_request_error import (
        UpdateIndexRequestBadRequestError,
    )
    from .user_metadata import UserMetadata
    from .video_context_asset_id import VideoContextAssetId
    from .video_context_asset_id_type import VideoContextAssetIdType
    from .video_context_base_64_string import VideoContextBase64String
    from .video_context_base_64_string_type import VideoContextBase64StringType
    from .video_context_url import VideoContextUrl
    from .video_context_url_type import VideoContextUrlType
    from .video_segment import VideoSegment
    from .video_stream import VideoStream
    from .video_vector import VideoVector
    from .video_vector_system_metadata import VideoVectorSystemMetadata

_MODULE_OF = {
    "AnalyzeAsyncBatchesListResponse200": ".analyze_async_batches_list_response_200",
    "AnalyzeBatchStatusResponse": ".analyze_batch_status_response",
    "AnalyzeBatchStatusResponseAnalysisMode": ".analyze_batch_status_response_analysis_mode",
    "AnalyzeBatchesGetParametersAnalysisModeSchemaItems": ".analyze_batches_get_parameters_analysis_mode_schema_items",
    "AnalyzeImageInput": ".analyze_image_input",
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
    "AnalyzeTaskResponseRequestParamsImageItem": ".analyze_task_response_request_params_image_item",
    "AnalyzeTaskResponseRequestParamsPromptV2": ".analyze_task_response_request_params_prompt_v2",
    "AnalyzeTaskResponseRequestParamsPromptV2MediaSourcesItems": ".analyze_task_response_request_params_prompt_v2_media_sources_items",
    "AnalyzeTaskResponseRequestParamsResponseFormat": ".analyze_task_response_request_params_response_format",
    "AnalyzeTaskResponseRequestParamsResponseFormatJsonSchema": ".analyze_task_response_request_params_response_format_json_schema",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems": ".analyze_task_response_request_params_response_format_segment_definitions_items",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItems": ".analyze_task_response_request_params_response_format_segment_definitions_items_fields_items",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsFormat": ".analyze_task_response_request_params_response_format_segment_definitions_items_fields_items_format",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItems": ".analyze_task_response_request_params_response_format_segment_definitions_items_fields_items_items",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem": ".analyze_task_response_request_params_response_format_segment_definitions_items_fields_items_items_fields_item",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItemItems": ".analyze_task_response_request_params_response_format_segment_definitions_items_fields_items_items_fields_item_items",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsMediaSourcesItems": ".analyze_task_response_request_params_response_format_segment_definitions_items_media_sources_items",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentTimeFormat": ".analyze_task_response_request_params_response_format_segment_time_format",
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
    "Asset": ".asset",
    "AssetDetail": ".asset_detail",
    "AssetDetailMethod": ".asset_detail_method",
    "AssetDetailStatus": ".asset_detail_status",
    "AssetError": ".asset_error",
    "AssetHLS": ".asset_hls",
    "AssetHlsStatus": ".asset_hls_status",
    "AssetMethod": ".asset_method",
    "AssetSource": ".asset_source",
    "AssetSourceDetails": ".asset_source_details",
    "AssetSourceDetailsProvider": ".asset_source_details_provider",
    "AssetSourceType": ".asset_source_type",
    "AssetStatus": ".asset_status",
    "AssetThumbnail": ".asset_thumbnail",
    "AssetThumbnailStatus": ".asset_thumbnail_status",
    "AssetsCreateRequest": ".assets_create_request",
    "AssetsGetParametersAssetTypesSchemaItems": ".assets_get_parameters_asset_types_schema_items",
    "AssetsListResponse200": ".assets_list_response_200",
    "AssetsPostRequestBodyContentMultipartFormDataSchemaMethod": ".assets_post_request_body_content_multipart_form_data_schema_method",
    "AssetsReplaceUserMetadataRequest": ".assets_replace_user_metadata_request",
    "AssetsUpdateUserMetadataRequest": ".assets_update_user_metadata_request",
    "AsyncResponseFormat": ".async_response_format",
    "AsyncResponseFormatSegmentTimeFormat": ".async_response_format_segment_time_format",
    "AsyncResponseFormatType": ".async_response_format_type",
    "AudioStream": ".audio_stream",
    "BatchDefaults": ".batch_defaults",
    "BatchItemError": ".batch_item_error",
    "BatchItemRequest": ".batch_item_request",
    "BatchItemStatus": ".batch_item_status",
    "BatchPrompt": ".batch_prompt",
    "BatchResultItem": ".batch_result_item",
    "BatchStatus": ".batch_status",
    "BatchVideoContext": ".batch_video_context",
    "BatchVideoContextType": ".batch_video_context_type",
    "Chapter": ".chapter",
    "ChapterResult": ".chapter_result",
    "ChunkInfo": ".chunk_info",
    "ChunkInfoStatus": ".chunk_info_status",
    "CompletedChunk": ".completed_chunk",
    "CompletedChunkProofType": ".completed_chunk_proof_type",
    "CreateAnalyzeBatchRequest": ".create_analyze_batch_request",
    "CreateAnalyzeBatchRequestAnalysisMode": ".create_analyze_batch_request_analysis_mode",
    "CreateAnalyzeBatchRequestModelName": ".create_analyze_batch_request_model_name",
    "CreateAnalyzeBatchResponse": ".create_analyze_batch_response",
    "CreateAssetRequestBadRequestError": ".create_asset_request_bad_request_error",
    "CreateAssetUploadRequest": ".create_asset_upload_request",
    "CreateAssetUploadRequestType": ".create_asset_upload_request_type",
    "CreateAssetUploadResponse": ".create_asset_upload_response",
    "CreateAssetUploadResponseUploadHeaders": ".create_asset_upload_response_upload_headers",
    "CreateAsyncAnalyzeRequest": ".create_async_analyze_request",
    "CreateAsyncAnalyzeRequestAnalysisMode": ".create_async_analyze_request_analysis_mode",
    "CreateAsyncAnalyzeRequestModelName": ".create_async_analyze_request_model_name",
    "CreateIndexRequestBadRequestError": ".create_index_request_bad_request_error",
    "CreateMultipartUploadRequestBadRequestError": ".create_multipart_upload_request_bad_request_error",
    "CreateMultipartUploadRequestForbiddenError": ".create_multipart_upload_request_forbidden_error",
    "CreateMultipartUploadRequestInternalServerError": ".create_multipart_upload_request_internal_server_error",
    "CreatedBatchItem": ".created_batch_item",
    "DeleteAssetRequestBadRequestError": ".delete_asset_request_bad_request_error",
    "DeleteAssetRequestConflictError": ".delete_asset_request_conflict_error",
    "DeleteAssetUserMetadataRequestBadRequestError": ".delete_asset_user_metadata_request_bad_request_error",
    "DeleteAssetUserMetadataRequestNotFoundError": ".delete_asset_user_metadata_request_not_found_error",
    "DeleteIndexRequestBadRequestError": ".delete_index_request_bad_request_error",
    "DeleteVideoInformationRequestBadRequestError": ".delete_video_information_request_bad_request_error",
    "ErrorBody": ".error_body",
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorDetails": ".error_response_error_details",
    "FinishReason": ".finish_reason",
    "GenerateTextRepresentationRequestBadRequestError": ".generate_text_representation_request_bad_request_error",
    "GenerateTextRepresentationRequestNotFoundError": ".generate_text_representation_request_not_found_error",
    "GetUploadStatusRequestBadRequestError": ".get_upload_status_request_bad_request_error",
    "GetUploadStatusRequestForbiddenError": ".get_upload_status_request_forbidden_error",
    "GetUploadStatusRequestInternalServerError": ".get_upload_status_request_internal_server_error",
    "GetUploadStatusResponse": ".get_upload_status_response",
    "GistRequest": ".gist_request",
    "GistResult": ".gist_result",
    "GistType": ".gist_type",
    "Highlight": ".highlight",
    "HighlightResult": ".highlight_result",
    "HLSObject": ".hls_object",
    "HlsObjectStatus": ".hls_object_status",
    "IncompleteUploadSummary": ".incomplete_upload_summary",
    "Index": ".index",
    "IndexModelsItems": ".index_models_items",
    "IndexesCreateRequest": ".indexes_create_request",
    "IndexesCreateResponse201": ".indexes_create_response_201",
    "IndexesIndexIdVideosGetParametersDuration": ".indexes_index_id_videos_get_parameters_duration",
    "IndexesIndexIdVideosGetParametersFps": ".indexes_index_id_videos_get_parameters_fps",
    "IndexesIndexIdVideosGetParametersHeight": ".indexes_index_id_videos_get_parameters_height",
    "IndexesIndexIdVideosGetParametersSize": ".indexes_index_id_videos_get_parameters_size",
    "IndexesIndexIdVideosGetParametersWidth": ".indexes_index_id_videos_get_parameters_width",
    "IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems": ".indexes_index_id_videos_video_id_get_parameters_embedding_option_schema_items",
    "IndexesIndexIdVideosVideoIdGetResponsesContentApplicationJsonSchemaEmbedding": ".indexes_index_id_videos_video_id_get_responses_content_application_json_schema_embedding",
    "IndexesIndexIdVideosVideoIdGetResponsesContentApplicationJsonSchemaEmbeddingVideoEmbedding": ".indexes_index_id_videos_video_id_get_responses_content_application_json_schema_embedding_video_embedding",
    "IndexesIndexIdVideosVideoIdGetResponsesContentApplicationJsonSchemaSystemMetadata": ".indexes_index_id_videos_video_id_get_responses_content_application_json_schema_system_metadata",
    "IndexesListResponse200": ".indexes_list_response_200",
    "IndexesPostRequestBodyContentApplicationJsonSchemaModelsItems": ".indexes_post_request_body_content_application_json_schema_models_items",
    "IndexesUpdateRequest": ".indexes_update_request",
    "IndexesVideosListResponse200": ".indexes_videos_list_response_200",
    "IndexesVideosListUserMetadata": ".indexes_videos_list_user_metadata",
    "IndexesVideosRetrieveResponse200": ".indexes_videos_retrieve_response_200",
    "IndexesVideosUpdateRequest": ".indexes_videos_update_request",
    "ListAssetsRequestBadRequestError": ".list_assets_request_bad_request_error",
    "ListAsyncAnalysisTasksRequestBadRequestError": ".list_async_analysis_tasks_request_bad_request_error",
    "ListIncompleteUploadsRequestBadRequestError": ".list_incomplete_uploads_request_bad_request_error",
    "ListIncompleteUploadsRequestForbiddenError": ".list_incomplete_uploads_request_forbidden_error",
    "ListIncompleteUploadsRequestInternalServerError": ".list_incomplete_uploads_request_internal_server_error",
    "ListIncompleteUploadsResponse": ".list_incomplete_uploads_response",
    "ListIndexesRequestBadRequestError": ".list_indexes_request_bad_request_error",
    "ListVideosRequestBadRequestError": ".list_videos_request_bad_request_error",
    "MultipartUploadStatusType": ".multipart_upload_status_type",
    "PageInfo": ".page_info",
    "PartialUpdateVideoInformationRequestBadRequestError": ".partial_update_video_information_request_bad_request_error",
    "PresignedURLChunk": ".presigned_url_chunk",
    "ReplaceAssetUserMetadataRequestBadRequestError": ".replace_asset_user_metadata_request_bad_request_error",
    "ReplaceAssetUserMetadataRequestNotFoundError": ".replace_asset_user_metadata_request_not_found_error",
    "ReportChunkBatchRequest": ".report_chunk_batch_request",
    "ReportChunkBatchRequestBadRequestError": ".report_chunk_batch_request_bad_request_error",
    "ReportChunkBatchRequestForbiddenError": ".report_chunk_batch_request_forbidden_error",
    "ReportChunkBatchResponse": ".report_chunk_batch_response",
    "RequestAdditionalPresignedURLsRequest": ".request_additional_presigned_ur_ls_request",
    "RequestAdditionalPresignedURLsResponse": ".request_additional_presigned_ur_ls_response",
    "RequestAdditionalPresignedUrlsRequestBadRequestError": ".request_additional_presigned_urls_request_bad_request_error",
    "RequestAdditionalPresignedUrlsRequestForbiddenError": ".request_additional_presigned_urls_request_forbidden_error",
    "RequestAdditionalPresignedUrlsRequestInternalServerError": ".request_additional_presigned_urls_request_internal_server_error",
    "ResponseFormat": ".response_format",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatType": ".response_format_type",
    "RetrieveAssetRequestBadRequestError": ".retrieve_asset_request_bad_request_error",
    "RetrieveIndexRequestBadRequestError": ".retrieve_index_request_bad_request_error",
    "RetrieveVideoInformationRequestBadRequestError": ".retrieve_video_information_request_bad_request_error",
    "RetrieveVideoInformationRequestNotFoundError": ".retrieve_video_information_request_not_found_error",
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
    "TechnicalMetadata": ".technical_metadata",
    "TextGenerationEvent": ".text_generation_event",
    "TokenUsage": ".token_usage",
    "TranscriptionDataItems": ".transcription_data_items",
    "UpdateAssetUserMetadataRequestBadRequestError": ".update_asset_user_metadata_request_bad_request_error",
    "UpdateAssetUserMetadataRequestNotFoundError": ".update_asset_user_metadata_request_not_found_error",
    "UpdateIndexRequestBadRequestError": ".update_index_request_bad_request_error",
    "UserMetadata": ".user_metadata",
    "VideoContextAssetId": ".video_context_asset_id",
    "VideoContextAssetIdType": ".video_context_asset_id_type",
    "VideoContextBase64String": ".video_context_base_64_string",
    "VideoContextBase64StringType": ".video_context_base_64_string_type",
    "VideoContextUrl": ".video_context_url",
    "VideoContextUrlType": ".video_context_url_type",
    "VideoSegment": ".video_segment",
    "VideoStream": ".video_stream",
    "VideoVector": ".video_vector",
    "VideoVectorSystemMetadata": ".video_vector_system_metadata",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "AnalyzeAsyncBatchesListResponse200",
    "AnalyzeBatchesGetParametersAnalysisModeSchemaItems",
    "AnalyzeBatchStatusResponse",
    "AnalyzeBatchStatusResponseAnalysisMode",
    "AnalyzeImageInput",
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
    "AnalyzeTaskResponseRequestParamsImageItem",
    "AnalyzeTaskResponseRequestParamsPromptV2",
    "AnalyzeTaskResponseRequestParamsPromptV2MediaSourcesItems",
    "AnalyzeTaskResponseRequestParamsResponseFormat",
    "AnalyzeTaskResponseRequestParamsResponseFormatJsonSchema",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItems",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsFormat",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItems",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItemItems",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsMediaSourcesItems",
    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentTimeFormat",
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
    "Asset",
    "AssetDetail",
    "AssetDetailMethod",
    "AssetDetailStatus",
    "AssetError",
    "AssetHLS",
    "AssetHlsStatus",
    "AssetMethod",
    "AssetsCreateRequest",
    "AssetsGetParametersAssetTypesSchemaItems",
    "AssetsListResponse200",
    "AssetSource",
    "AssetSourceDetails",
    "AssetSourceDetailsProvider",
    "AssetSourceType",
    "AssetsPostRequestBodyContentMultipartFormDataSchemaMethod",
    "AssetsReplaceUserMetadataRequest",
    "AssetStatus",
    "AssetsUpdateUserMetadataRequest",
    "AssetThumbnail",
    "AssetThumbnailStatus",
    "AsyncResponseFormat",
    "AsyncResponseFormatSegmentTimeFormat",
    "AsyncResponseFormatType",
    "AudioStream",
    "BatchDefaults",
    "BatchItemError",
    "BatchItemRequest",
    "BatchItemStatus",
    "BatchPrompt",
    "BatchResultItem",
    "BatchStatus",
    "BatchVideoContext",
    "BatchVideoContextType",
    "Chapter",
    "ChapterResult",
    "ChunkInfo",
    "ChunkInfoStatus",
    "CompletedChunk",
    "CompletedChunkProofType",
    "CreateAnalyzeBatchRequest",
    "CreateAnalyzeBatchRequestAnalysisMode",
    "CreateAnalyzeBatchRequestModelName",
    "CreateAnalyzeBatchResponse",
    "CreateAssetRequestBadRequestError",
    "CreateAssetUploadRequest",
    "CreateAssetUploadRequestType",
    "CreateAssetUploadResponse",
    "CreateAssetUploadResponseUploadHeaders",
    "CreateAsyncAnalyzeRequest",
    "CreateAsyncAnalyzeRequestAnalysisMode",
    "CreateAsyncAnalyzeRequestModelName",
    "CreatedBatchItem",
    "CreateIndexRequestBadRequestError",
    "CreateMultipartUploadRequestBadRequestError",
    "CreateMultipartUploadRequestForbiddenError",
    "CreateMultipartUploadRequestInternalServerError",
    "DeleteAssetRequestBadRequestError",
    "DeleteAssetRequestConflictError",
    "DeleteAssetUserMetadataRequestBadRequestError",
    "DeleteAssetUserMetadataRequestNotFoundError",
    "DeleteIndexRequestBadRequestError",
    "DeleteVideoInformationRequestBadRequestError",
    "ErrorBody",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorDetails",
    "FinishReason",
    "GenerateTextRepresentationRequestBadRequestError",
    "GenerateTextRepresentationRequestNotFoundError",
    "GetUploadStatusRequestBadRequestError",
    "GetUploadStatusRequestForbiddenError",
    "GetUploadStatusRequestInternalServerError",
    "GetUploadStatusResponse",
    "GistRequest",
    "GistResult",
    "GistType",
    "Highlight",
    "HighlightResult",
    "HLSObject",
    "HlsObjectStatus",
    "IncompleteUploadSummary",
    "Index",
    "IndexesCreateRequest",
    "IndexesCreateResponse201",
    "IndexesIndexIdVideosGetParametersDuration",
    "IndexesIndexIdVideosGetParametersFps",
    "IndexesIndexIdVideosGetParametersHeight",
    "IndexesIndexIdVideosGetParametersSize",
    "IndexesIndexIdVideosGetParametersWidth",
    "IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems",
    "IndexesIndexIdVideosVideoIdGetResponsesContentApplicationJsonSchemaEmbedding",
    "IndexesIndexIdVideosVideoIdGetResponsesContentApplicationJsonSchemaEmbeddingVideoEmbedding",
    "IndexesIndexIdVideosVideoIdGetResponsesContentApplicationJsonSchemaSystemMetadata",
    "IndexesListResponse200",
    "IndexesPostRequestBodyContentApplicationJsonSchemaModelsItems",
    "IndexesUpdateRequest",
    "IndexesVideosListResponse200",
    "IndexesVideosListUserMetadata",
    "IndexesVideosRetrieveResponse200",
    "IndexesVideosUpdateRequest",
    "IndexModelsItems",
    "ListAssetsRequestBadRequestError",
    "ListAsyncAnalysisTasksRequestBadRequestError",
    "ListIncompleteUploadsRequestBadRequestError",
    "ListIncompleteUploadsRequestForbiddenError",
    "ListIncompleteUploadsRequestInternalServerError",
    "ListIncompleteUploadsResponse",
    "ListIndexesRequestBadRequestError",
    "ListVideosRequestBadRequestError",
    "MultipartUploadStatusType",
    "PageInfo",
    "PartialUpdateVideoInformationRequestBadRequestError",
    "PresignedURLChunk",
    "ReplaceAssetUserMetadataRequestBadRequestError",
    "ReplaceAssetUserMetadataRequestNotFoundError",
    "ReportChunkBatchRequest",
    "ReportChunkBatchRequestBadRequestError",
    "ReportChunkBatchRequestForbiddenError",
    "ReportChunkBatchResponse",
    "RequestAdditionalPresignedURLsRequest",
    "RequestAdditionalPresignedUrlsRequestBadRequestError",
    "RequestAdditionalPresignedUrlsRequestForbiddenError",
    "RequestAdditionalPresignedUrlsRequestInternalServerError",
    "RequestAdditionalPresignedURLsResponse",
    "ResponseFormat",
    "ResponseFormatJsonSchema",
    "ResponseFormatType",
    "RetrieveAssetRequestBadRequestError",
    "RetrieveIndexRequestBadRequestError",
    "RetrieveVideoInformationRequestBadRequestError",
    "RetrieveVideoInformationRequestNotFoundError",
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
    "TechnicalMetadata",
    "TextGenerationEvent",
    "TokenUsage",
    "TranscriptionDataItems",
    "UpdateAssetUserMetadataRequestBadRequestError",
    "UpdateAssetUserMetadataRequestNotFoundError",
    "UpdateIndexRequestBadRequestError",
    "UserMetadata",
    "VideoContextAssetId",
    "VideoContextAssetIdType",
    "VideoContextBase64String",
    "VideoContextBase64StringType",
    "VideoContextUrl",
    "VideoContextUrlType",
    "VideoSegment",
    "VideoStream",
    "VideoVector",
    "VideoVectorSystemMetadata",
)
