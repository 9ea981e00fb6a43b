from typing import Literal

SummarizeChapterResultSummarizeType = Literal["chapter"]

SUMMARIZE_CHAPTER_RESULT_SUMMARIZE_TYPE_VALUES: set[
    SummarizeChapterResultSummarizeType
] = {
    "chapter",
}


def check_summarize_chapter_result_summarize_type(
    value: str,
) -> SummarizeChapterResultSummarizeType:
    if value in SUMMARIZE_CHAPTER_RESULT_SUMMARIZE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUMMARIZE_CHAPTER_RESULT_SUMMARIZE_TYPE_VALUES!r}"
    )
