from typing import Literal

SegmentFieldItemsType = Literal["boolean", "integer", "number", "string"]

SEGMENT_FIELD_ITEMS_TYPE_VALUES: set[SegmentFieldItemsType] = {
    "boolean",
    "integer",
    "number",
    "string",
}


def check_segment_field_items_type(value: str) -> SegmentFieldItemsType:
    if value in SEGMENT_FIELD_ITEMS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEGMENT_FIELD_ITEMS_TYPE_VALUES!r}"
    )
