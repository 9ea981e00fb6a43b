from typing import Literal

AsyncResponseFormatSegmentTimeFormat = Literal["hh:mm:ss", "hh:mm:ss.fff", "seconds"]

ASYNC_RESPONSE_FORMAT_SEGMENT_TIME_FORMAT_VALUES: set[
    AsyncResponseFormatSegmentTimeFormat
] = {
    "hh:mm:ss",
    "hh:mm:ss.fff",
    "seconds",
}


def check_async_response_format_segment_time_format(
    value: str,
) -> AsyncResponseFormatSegmentTimeFormat:
    if value in ASYNC_RESPONSE_FORMAT_SEGMENT_TIME_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_RESPONSE_FORMAT_SEGMENT_TIME_FORMAT_VALUES!r}"
    )
