from typing import Literal

CreateAsyncAnalyzeRequestModelName = Literal["pegasus1.2", "pegasus1.5", "pegasus1.6"]

CREATE_ASYNC_ANALYZE_REQUEST_MODEL_NAME_VALUES: set[
    CreateAsyncAnalyzeRequestModelName
] = {
    "pegasus1.2",
    "pegasus1.5",
    "pegasus1.6",
}


def check_create_async_analyze_request_model_name(
    value: str,
) -> CreateAsyncAnalyzeRequestModelName:
    if value in CREATE_ASYNC_ANALYZE_REQUEST_MODEL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ASYNC_ANALYZE_REQUEST_MODEL_NAME_VALUES!r}"
    )
