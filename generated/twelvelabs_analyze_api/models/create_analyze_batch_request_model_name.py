from typing import Literal

CreateAnalyzeBatchRequestModelName = Literal["pegasus1.5"]

CREATE_ANALYZE_BATCH_REQUEST_MODEL_NAME_VALUES: set[
    CreateAnalyzeBatchRequestModelName
] = {
    "pegasus1.5",
}


def check_create_analyze_batch_request_model_name(
    value: str,
) -> CreateAnalyzeBatchRequestModelName:
    if value in CREATE_ANALYZE_BATCH_REQUEST_MODEL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ANALYZE_BATCH_REQUEST_MODEL_NAME_VALUES!r}"
    )
