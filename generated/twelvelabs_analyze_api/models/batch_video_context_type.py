from typing import Literal

BatchVideoContextType = Literal["asset_id"]

BATCH_VIDEO_CONTEXT_TYPE_VALUES: set[BatchVideoContextType] = {
    "asset_id",
}


def check_batch_video_context_type(value: str) -> BatchVideoContextType:
    if value in BATCH_VIDEO_CONTEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BATCH_VIDEO_CONTEXT_TYPE_VALUES!r}"
    )
