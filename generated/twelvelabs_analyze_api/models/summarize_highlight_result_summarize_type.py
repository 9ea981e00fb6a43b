from typing import Literal

SummarizeHighlightResultSummarizeType = Literal["highlight"]

SUMMARIZE_HIGHLIGHT_RESULT_SUMMARIZE_TYPE_VALUES: set[
    SummarizeHighlightResultSummarizeType
] = {
    "highlight",
}


def check_summarize_highlight_result_summarize_type(
    value: str,
) -> SummarizeHighlightResultSummarizeType:
    if value in SUMMARIZE_HIGHLIGHT_RESULT_SUMMARIZE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUMMARIZE_HIGHLIGHT_RESULT_SUMMARIZE_TYPE_VALUES!r}"
    )
