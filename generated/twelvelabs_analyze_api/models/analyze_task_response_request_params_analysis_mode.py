from typing import Literal

AnalyzeTaskResponseRequestParamsAnalysisMode = Literal["general", "time_based_metadata"]

ANALYZE_TASK_RESPONSE_REQUEST_PARAMS_ANALYSIS_MODE_VALUES: set[
    AnalyzeTaskResponseRequestParamsAnalysisMode
] = {
    "general",
    "time_based_metadata",
}


def check_analyze_task_response_request_params_analysis_mode(
    value: str,
) -> AnalyzeTaskResponseRequestParamsAnalysisMode:
    if value in ANALYZE_TASK_RESPONSE_REQUEST_PARAMS_ANALYSIS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYZE_TASK_RESPONSE_REQUEST_PARAMS_ANALYSIS_MODE_VALUES!r}"
    )
