from typing import Literal

AnalysisMode = Literal["general", "time_based_metadata"]

ANALYSIS_MODE_VALUES: set[AnalysisMode] = {
    "general",
    "time_based_metadata",
}


def check_analysis_mode(value: str) -> AnalysisMode:
    if value in ANALYSIS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYSIS_MODE_VALUES!r}"
    )
