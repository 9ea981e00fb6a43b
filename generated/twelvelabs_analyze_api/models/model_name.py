from typing import Literal

ModelName = Literal["pegasus1.2", "pegasus1.5", "pegasus1.6"]

MODEL_NAME_VALUES: set[ModelName] = {
    "pegasus1.2",
    "pegasus1.5",
    "pegasus1.6",
}


def check_model_name(value: str) -> ModelName:
    if value in MODEL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODEL_NAME_VALUES!r}"
    )
