from typing import Literal

AssetsListRequestAssetTypesItem = Literal["audio", "image", "video"]

ASSETS_LIST_REQUEST_ASSET_TYPES_ITEM_VALUES: set[AssetsListRequestAssetTypesItem] = {
    "audio",
    "image",
    "video",
}


def check_assets_list_request_asset_types_item(
    value: str,
) -> AssetsListRequestAssetTypesItem:
    if value in ASSETS_LIST_REQUEST_ASSET_TYPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSETS_LIST_REQUEST_ASSET_TYPES_ITEM_VALUES!r}"
    )
