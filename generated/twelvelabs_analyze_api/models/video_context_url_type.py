from typing import Literal

VideoContextUrlType = Literal["url"]

VIDEO_CONTEXT_URL_TYPE_VALUES: set[VideoContextUrlType] = {
    "url",
}


def check_video_context_url_type(value: str) -> VideoContextUrlType:
    if value in VIDEO_CONTEXT_URL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_CONTEXT_URL_TYPE_VALUES!r}"
    )
