from typing import Literal

AssetDetailMethod = Literal["direct", "multipart", "url"]

ASSET_DETAIL_METHOD_VALUES: set[AssetDetailMethod] = {
    "direct",
    "multipart",
    "url",
}


def check_asset_detail_method(value: str) -> AssetDetailMethod:
    if value in ASSET_DETAIL_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSET_DETAIL_METHOD_VALUES!r}"
    )
