from typing import Literal

AssetSourceDetailsProvider = Literal["google_drive"]

ASSET_SOURCE_DETAILS_PROVIDER_VALUES: set[AssetSourceDetailsProvider] = {
    "google_drive",
}


def check_asset_source_details_provider(value: str) -> AssetSourceDetailsProvider:
    if value in ASSET_SOURCE_DETAILS_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSET_SOURCE_DETAILS_PROVIDER_VALUES!r}"
    )
