from typing import Literal

SyncResponseFormatType = Literal["json_schema"]

SYNC_RESPONSE_FORMAT_TYPE_VALUES: set[SyncResponseFormatType] = {
    "json_schema",
}


def check_sync_response_format_type(value: str) -> SyncResponseFormatType:
    if value in SYNC_RESPONSE_FORMAT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYNC_RESPONSE_FORMAT_TYPE_VALUES!r}"
    )
