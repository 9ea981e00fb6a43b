from typing import Literal

MultipartUploadStatusType = Literal["active", "completed", "expired", "failed"]

MULTIPART_UPLOAD_STATUS_TYPE_VALUES: set[MultipartUploadStatusType] = {
    "active",
    "completed",
    "expired",
    "failed",
}


def check_multipart_upload_status_type(value: str) -> MultipartUploadStatusType:
    if value in MULTIPART_UPLOAD_STATUS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MULTIPART_UPLOAD_STATUS_TYPE_VALUES!r}"
    )
