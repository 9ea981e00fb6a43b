from typing import Literal

VideoContextAssetIdType = Literal["asset_id"]

VIDEO_CONTEXT_ASSET_ID_TYPE_VALUES: set[VideoContextAssetIdType] = {
    "asset_id",
}


def check_video_context_asset_id_type(value: str) -> VideoContextAssetIdType:
    if value in VIDEO_CONTEXT_ASSET_ID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_CONTEXT_ASSET_ID_TYPE_VALUES!r}"
    )
