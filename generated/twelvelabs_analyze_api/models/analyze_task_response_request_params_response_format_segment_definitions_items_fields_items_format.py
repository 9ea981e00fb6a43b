from typing import Literal

AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsFormat = Literal[
    "hh:mm:ss", "hh:mm:ss.fff", "seconds"
]

ANALYZE_TASK_RESPONSE_REQUEST_PARAMS_RESPONSE_FORMAT_SEGMENT_DEFINITIONS_ITEMS_FIELDS_ITEMS_FORMAT_VALUES: set[
    AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsFormat
] = {
    "hh:mm:ss",
    "hh:mm:ss.fff",
    "seconds",
}


def check_analyze_task_response_request_params_response_format_segment_definitions_items_fields_items_format(
    value: str,
) -> AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsFormat:
    if (
        value
        in ANALYZE_TASK_RESPONSE_REQUEST_PARAMS_RESPONSE_FORMAT_SEGMENT_DEFINITIONS_ITEMS_FIELDS_ITEMS_FORMAT_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYZE_TASK_RESPONSE_REQUEST_PARAMS_RESPONSE_FORMAT_SEGMENT_DEFINITIONS_ITEMS_FIELDS_ITEMS_FORMAT_VALUES!r}"
    )
