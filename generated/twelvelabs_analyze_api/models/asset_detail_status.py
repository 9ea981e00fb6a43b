from typing import Literal

AssetDetailStatus = Literal["failed", "processing", "ready"]

ASSET_DETAIL_STATUS_VALUES: set[AssetDetailStatus] = {
    "failed",
    "processing",
    "ready",
}


def check_asset_detail_status(value: str) -> AssetDetailStatus:
    if value in ASSET_DETAIL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSET_DETAIL_STATUS_VALUES!r}"
    )
