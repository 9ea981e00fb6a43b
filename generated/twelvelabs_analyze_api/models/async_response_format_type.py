from typing import Literal

AsyncResponseFormatType = Literal["json_schema", "segment_definitions"]

ASYNC_RESPONSE_FORMAT_TYPE_VALUES: set[AsyncResponseFormatType] = {
    "json_schema",
    "segment_definitions",
}


def check_async_response_format_type(value: str) -> AsyncResponseFormatType:
    if value in ASYNC_RESPONSE_FORMAT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASYNC_RESPONSE_FORMAT_TYPE_VALUES!r}"
    )
