from typing import Literal

CreateAssetUploadRequestType = Literal["audio", "image", "video"]

CREATE_ASSET_UPLOAD_REQUEST_TYPE_VALUES: set[CreateAssetUploadRequestType] = {
    "audio",
    "image",
    "video",
}


def check_create_asset_upload_request_type(value: str) -> CreateAssetUploadRequestType:
    if value in CREATE_ASSET_UPLOAD_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ASSET_UPLOAD_REQUEST_TYPE_VALUES!r}"
    )
