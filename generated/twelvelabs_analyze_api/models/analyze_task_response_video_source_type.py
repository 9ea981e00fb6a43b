from typing import Literal

AnalyzeTaskResponseVideoSourceType = Literal[
    "asset_id", "base64_string", "url", "video_id"
]

ANALYZE_TASK_RESPONSE_VIDEO_SOURCE_TYPE_VALUES: set[
    AnalyzeTaskResponseVideoSourceType
] = {
    "asset_id",
    "base64_string",
    "url",
    "video_id",
}


def check_analyze_task_response_video_source_type(
    value: str,
) -> AnalyzeTaskResponseVideoSourceType:
    if value in ANALYZE_TASK_RESPONSE_VIDEO_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYZE_TASK_RESPONSE_VIDEO_SOURCE_TYPE_VALUES!r}"
    )
