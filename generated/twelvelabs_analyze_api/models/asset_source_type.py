from typing import Literal

AssetSourceType = Literal["connector"]

ASSET_SOURCE_TYPE_VALUES: set[AssetSourceType] = {
    "connector",
}


def check_asset_source_type(value: str) -> AssetSourceType:
    if value in ASSET_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSET_SOURCE_TYPE_VALUES!r}"
    )
