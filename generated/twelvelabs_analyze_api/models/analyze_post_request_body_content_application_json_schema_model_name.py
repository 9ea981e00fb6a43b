from typing import Literal

AnalyzePostRequestBodyContentApplicationJsonSchemaModelName = Literal[
    "pegasus1.2", "pegasus1.5", "pegasus1.6"
]

ANALYZE_POST_REQUEST_BODY_CONTENT_APPLICATION_JSON_SCHEMA_MODEL_NAME_VALUES: set[
    AnalyzePostRequestBodyContentApplicationJsonSchemaModelName
] = {
    "pegasus1.2",
    "pegasus1.5",
    "pegasus1.6",
}


def check_analyze_post_request_body_content_application_json_schema_model_name(
    value: str,
) -> AnalyzePostRequestBodyContentApplicationJsonSchemaModelName:
    if (
        value
        in ANALYZE_POST_REQUEST_BODY_CONTENT_APPLICATION_JSON_SCHEMA_MODEL_NAME_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYZE_POST_REQUEST_BODY_CONTENT_APPLICATION_JSON_SCHEMA_MODEL_NAME_VALUES!r}"
    )
