from typing import Literal

AnalyzeBatchesGetParametersAnalysisModeSchemaItems = Literal[
    "general", "time_based_metadata"
]

ANALYZE_BATCHES_GET_PARAMETERS_ANALYSIS_MODE_SCHEMA_ITEMS_VALUES: set[
    AnalyzeBatchesGetParametersAnalysisModeSchemaItems
] = {
    "general",
    "time_based_metadata",
}


def check_analyze_batches_get_parameters_analysis_mode_schema_items(
    value: str,
) -> AnalyzeBatchesGetParametersAnalysisModeSchemaItems:
    if value in ANALYZE_BATCHES_GET_PARAMETERS_ANALYSIS_MODE_SCHEMA_ITEMS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYZE_BATCHES_GET_PARAMETERS_ANALYSIS_MODE_SCHEMA_ITEMS_VALUES!r}"
    )
