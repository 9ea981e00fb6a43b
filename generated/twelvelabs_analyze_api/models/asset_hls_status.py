from typing import Literal

AssetHlsStatus = Literal["error", "pending", "processing", "ready"]

ASSET_HLS_STATUS_VALUES: set[AssetHlsStatus] = {
    "error",
    "pending",
    "processing",
    "ready",
}


def check_asset_hls_status(value: str) -> AssetHlsStatus:
    if value in ASSET_HLS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSET_HLS_STATUS_VALUES!r}"
    )
