from typing import Literal

AssetsPostRequestBodyContentMultipartFormDataSchemaMethod = Literal["direct", "url"]

ASSETS_POST_REQUEST_BODY_CONTENT_MULTIPART_FORM_DATA_SCHEMA_METHOD_VALUES: set[
    AssetsPostRequestBodyContentMultipartFormDataSchemaMethod
] = {
    "direct",
    "url",
}


def check_assets_post_request_body_content_multipart_form_data_schema_method(
    value: str,
) -> AssetsPostRequestBodyContentMultipartFormDataSchemaMethod:
    if (
        value
        in ASSETS_POST_REQUEST_BODY_CONTENT_MULTIPART_FORM_DATA_SCHEMA_METHOD_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSETS_POST_REQUEST_BODY_CONTENT_MULTIPART_FORM_DATA_SCHEMA_METHOD_VALUES!r}"
    )
