from typing import Literal

VideoContextBase64StringType = Literal["base64_string"]

VIDEO_CONTEXT_BASE_64_STRING_TYPE_VALUES: set[VideoContextBase64StringType] = {
    "base64_string",
}


def check_video_context_base_64_string_type(value: str) -> VideoContextBase64StringType:
    if value in VIDEO_CONTEXT_BASE_64_STRING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_CONTEXT_BASE_64_STRING_TYPE_VALUES!r}"
    )
