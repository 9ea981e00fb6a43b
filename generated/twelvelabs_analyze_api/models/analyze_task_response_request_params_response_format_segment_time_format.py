from typing import Literal

AnalyzeTaskResponseRequestParamsResponseFormatSegmentTimeFormat = Literal[
    "hh:mm:ss", "hh:mm:ss.fff", "seconds"
]

ANALYZE_TASK_RESPONSE_REQUEST_PARAMS_RESPONSE_FORMAT_SEGMENT_TIME_FORMAT_VALUES: set[
    AnalyzeTaskResponseRequestParamsResponseFormatSegmentTimeFormat
] = {
    "hh:mm:ss",
    "hh:mm:ss.fff",
    "seconds",
}


def check_analyze_task_response_request_params_response_format_segment_time_format(
    value: str,
) -> AnalyzeTaskResponseRequestParamsResponseFormatSegmentTimeFormat:
    if (
        value
        in ANALYZE_TASK_RESPONSE_REQUEST_PARAMS_RESPONSE_FORMAT_SEGMENT_TIME_FORMAT_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYZE_TASK_RESPONSE_REQUEST_PARAMS_RESPONSE_FORMAT_SEGMENT_TIME_FORMAT_VALUES!r}"
    )
