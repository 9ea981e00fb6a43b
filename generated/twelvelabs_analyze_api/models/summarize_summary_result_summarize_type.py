from typing import Literal

SummarizeSummaryResultSummarizeType = Literal["summary"]

SUMMARIZE_SUMMARY_RESULT_SUMMARIZE_TYPE_VALUES: set[
    SummarizeSummaryResultSummarizeType
] = {
    "summary",
}


def check_summarize_summary_result_summarize_type(
    value: str,
) -> SummarizeSummaryResultSummarizeType:
    if value in SUMMARIZE_SUMMARY_RESULT_SUMMARIZE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUMMARIZE_SUMMARY_RESULT_SUMMARIZE_TYPE_VALUES!r}"
    )
