from typing import Literal

HlsObjectStatus = Literal["CANCELED", "COMPLETE", "ERROR", "PROCESSING"]

HLS_OBJECT_STATUS_VALUES: set[HlsObjectStatus] = {
    "CANCELED",
    "COMPLETE",
    "ERROR",
    "PROCESSING",
}


def check_hls_object_status(value: str) -> HlsObjectStatus:
    if value in HLS_OBJECT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HLS_OBJECT_STATUS_VALUES!r}"
    )
