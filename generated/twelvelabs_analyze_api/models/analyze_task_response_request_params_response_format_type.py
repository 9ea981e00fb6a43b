from typing import Literal

AnalyzeTaskResponseRequestParamsResponseFormatType = Literal[
    "json_schema", "segment_definitions"
]

ANALYZE_TASK_RESPONSE_REQUEST_PARAMS_RESPONSE_FORMAT_TYPE_VALUES: set[
    AnalyzeTaskResponseRequestParamsResponseFormatType
] = {
    "json_schema",
    "segment_definitions",
}


def check_analyze_task_response_request_params_response_format_type(
    value: str,
) -> AnalyzeTaskResponseRequestParamsResponseFormatType:
    if value in ANALYZE_TASK_RESPONSE_REQUEST_PARAMS_RESPONSE_FORMAT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYZE_TASK_RESPONSE_REQUEST_PARAMS_RESPONSE_FORMAT_TYPE_VALUES!r}"
    )
