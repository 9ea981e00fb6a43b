from typing import Literal

SummarizeType = Literal["chapter", "highlight", "summary"]

SUMMARIZE_TYPE_VALUES: set[SummarizeType] = {
    "chapter",
    "highlight",
    "summary",
}


def check_summarize_type(value: str) -> SummarizeType:
    if value in SUMMARIZE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUMMARIZE_TYPE_VALUES!r}"
    )
