from typing import Literal

AssetsCreateRequestMethod = Literal["direct", "url"]

ASSETS_CREATE_REQUEST_METHOD_VALUES: set[AssetsCreateRequestMethod] = {
    "direct",
    "url",
}


def check_assets_create_request_method(value: str) -> AssetsCreateRequestMethod:
    if value in ASSETS_CREATE_REQUEST_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSETS_CREATE_REQUEST_METHOD_VALUES!r}"
    )
