from typing import Literal

SegmentFieldFormat = Literal["hh:mm:ss", "hh:mm:ss.fff", "seconds"]

SEGMENT_FIELD_FORMAT_VALUES: set[SegmentFieldFormat] = {
    "hh:mm:ss",
    "hh:mm:ss.fff",
    "seconds",
}


def check_segment_field_format(value: str) -> SegmentFieldFormat:
    if value in SEGMENT_FIELD_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEGMENT_FIELD_FORMAT_VALUES!r}"
    )
