from typing import Literal

AssetsGetParametersAssetTypesSchemaItems = Literal["audio", "image", "video"]

ASSETS_GET_PARAMETERS_ASSET_TYPES_SCHEMA_ITEMS_VALUES: set[
    AssetsGetParametersAssetTypesSchemaItems
] = {
    "audio",
    "image",
    "video",
}


def check_assets_get_parameters_asset_types_schema_items(
    value: str,
) -> AssetsGetParametersAssetTypesSchemaItems:
    if value in ASSETS_GET_PARAMETERS_ASSET_TYPES_SCHEMA_ITEMS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSETS_GET_PARAMETERS_ASSET_TYPES_SCHEMA_ITEMS_VALUES!r}"
    )
