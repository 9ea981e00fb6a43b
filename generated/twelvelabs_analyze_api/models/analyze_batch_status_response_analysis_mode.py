from typing import Literal

AnalyzeBatchStatusResponseAnalysisMode = Literal["general", "time_based_metadata"]

ANALYZE_BATCH_STATUS_RESPONSE_ANALYSIS_MODE_VALUES: set[
    AnalyzeBatchStatusResponseAnalysisMode
] = {
    "general",
    "time_based_metadata",
}


def check_analyze_batch_status_response_analysis_mode(
    value: str,
) -> AnalyzeBatchStatusResponseAnalysisMode:
    if value in ANALYZE_BATCH_STATUS_RESPONSE_ANALYSIS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYZE_BATCH_STATUS_RESPONSE_ANALYSIS_MODE_VALUES!r}"
    )
