from typing import Literal

AnalyzeTasksGetParametersAnalysisMode = Literal["general", "time_based_metadata"]

ANALYZE_TASKS_GET_PARAMETERS_ANALYSIS_MODE_VALUES: set[
    AnalyzeTasksGetParametersAnalysisMode
] = {
    "general",
    "time_based_metadata",
}


def check_analyze_tasks_get_parameters_analysis_mode(
    value: str,
) -> AnalyzeTasksGetParametersAnalysisMode:
    if value in ANALYZE_TASKS_GET_PARAMETERS_ANALYSIS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYZE_TASKS_GET_PARAMETERS_ANALYSIS_MODE_VALUES!r}"
    )
