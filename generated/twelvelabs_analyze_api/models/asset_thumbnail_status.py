from typing import Literal

AssetThumbnailStatus = Literal["error", "pending", "processing", "ready"]

ASSET_THUMBNAIL_STATUS_VALUES: set[AssetThumbnailStatus] = {
    "error",
    "pending",
    "processing",
    "ready",
}


def check_asset_thumbnail_status(value: str) -> AssetThumbnailStatus:
    if value in ASSET_THUMBNAIL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSET_THUMBNAIL_STATUS_VALUES!r}"
    )
