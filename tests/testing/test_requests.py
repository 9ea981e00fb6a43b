"""Routing, authentication and request validation: the API's status codes and error bodies."""

from __future__ import annotations

from typing import Any

import pytest

from twelvelabs_analyze.testing import FakeTwelveLabs, load_spec

from .conftest import JSON_HEADERS, KEY, body_of, header, post

GIST = "/v1.3/gist"
SUMMARIZE = "/v1.3/summarize"
VALID_GIST = {"video_id": "v1", "types": ["title"]}
ERROR_SCHEMA = load_spec().validator_for({"$ref": load_spec().component_ref("ErrorBody")})


def assert_error(response: Any, status: int, code: str, mentions: str | None = None) -> dict[str, Any]:
    assert response.status == status, response.body
    body = body_of(response)
    ERROR_SCHEMA.validate(body)
    assert body["code"] == code
    assert body["docs_url"] == f"https://docs.twelvelabs.io/v1.3/api-reference/error-codes#{code}"
    if mentions is not None:
        assert f"The {mentions} parameter" in body["message"]
    return dict(body)


def test_routes_come_from_the_spec_servers_path() -> None:
    spec = load_spec()
    assert spec.server_path == "/v1.3"
    documented = {
        (method.upper(), "/v1.3" + path) for path, item in spec.document["paths"].items() for method in item
    }
    assert set(spec.operations) == documented
    assert {("POST", GIST), ("POST", SUMMARIZE)} <= set(spec.operations)


def test_valid_requests_are_answered(fake: FakeTwelveLabs) -> None:
    assert post(fake, GIST, VALID_GIST).status == 200
    assert post(fake, SUMMARIZE, {"video_id": "v1", "type": "summary"}).status == 200


@pytest.mark.parametrize("path", ["/v1.3/gists", "/gist", "/v1.2/gist", "/v1.3/gist/", "/"])
def test_unknown_paths_are_404(fake: FakeTwelveLabs, path: str) -> None:
    assert_error(post(fake, path, VALID_GIST), 404, "not_found")


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH"])
def test_other_methods_are_405_with_allow(fake: FakeTwelveLabs, method: str) -> None:
    response = post(fake, GIST, VALID_GIST, method=method)
    assert_error(response, 405, "method_not_allowed")
    assert header(response, "Allow") == "POST"


@pytest.mark.parametrize(
    "headers",
    [
        {"content-type": "application/json"},
        {**JSON_HEADERS, "x-api-key": "wrong"},
        {**JSON_HEADERS, "x-api-key": ""},
    ],
    ids=["missing", "wrong", "empty"],
)
def test_missing_or_wrong_key_is_401(fake: FakeTwelveLabs, headers: dict[str, str]) -> None:
    assert_error(post(fake, GIST, VALID_GIST, headers=headers), 401, "api_key_invalid")


def test_key_header_name_is_case_insensitive(fake: FakeTwelveLabs) -> None:
    assert (
        post(fake, GIST, VALID_GIST, headers={"X-API-Key": KEY, "Content-Type": "application/json"}).status
        == 200
    )


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]
)
def test_non_json_content_type_is_415(fake: FakeTwelveLabs, content_type: str) -> None:
    response = post(fake, GIST, VALID_GIST, headers={"x-api-key": KEY, "content-type": content_type})
    assert_error(response, 415, "unsupported_media_type")


def test_json_with_charset_and_suffix_types_are_accepted(fake: FakeTwelveLabs) -> None:
    for content_type in ("application/json; charset=utf-8", "application/vnd.api+json"):
        assert (
            post(fake, GIST, VALID_GIST, headers={"x-api-key": KEY, "content-type": content_type}).status
            == 200
        )


@pytest.mark.parametrize("raw", [b"{", b"not json", b"\xff\xfe", b'{"video_id": "v",}'])
def test_malformed_json_is_400(fake: FakeTwelveLabs, raw: bytes) -> None:
    assert_error(post(fake, GIST, raw), 400, "parameter_invalid")


@pytest.mark.parametrize("body", [[], "text", 3, None])
def test_a_body_that_is_not_an_object_is_400(fake: FakeTwelveLabs, body: Any) -> None:
    error = assert_error(post(fake, GIST, body), 400, "parameter_invalid")
    assert "JSON object" in error["message"]


def test_no_body_reports_the_first_required_parameter(fake: FakeTwelveLabs) -> None:
    response = fake.handle("POST", GIST, {"x-api-key": KEY}, b"")
    assert_error(response, 400, "parameter_not_provided", mentions="video_id")


@pytest.mark.parametrize(
    ("path", "body", "code", "parameter"),
    [
        (GIST, {"types": ["title"]}, "parameter_not_provided", "video_id"),
        (GIST, {"video_id": "v"}, "parameter_not_provided", "types"),
        (SUMMARIZE, {"video_id": "v"}, "parameter_not_provided", "type"),
        (SUMMARIZE, {"type": "summary"}, "parameter_not_provided", "video_id"),
        (
            SUMMARIZE,
            {"video_id": "v", "type": "summary", "response_format": {"type": "json_schema"}},
            "parameter_not_provided",
            "response_format.json_schema",
        ),
        (GIST, {**VALID_GIST, "language": "en"}, "parameter_unknown", "language"),
        (SUMMARIZE, {"video_id": "v", "type": "summary", "model": "x"}, "parameter_unknown", "model"),
        (GIST, {"video_id": 42, "types": ["title"]}, "parameter_invalid", "video_id"),
        (GIST, {"video_id": "v", "types": []}, "parameter_invalid", "types"),
        (GIST, {"video_id": "v", "types": ["summary"]}, "parameter_invalid", "types"),
        (GIST, {"video_id": "v", "types": "title"}, "parameter_invalid", "types"),
        (SUMMARIZE, {"video_id": "v", "type": "essay"}, "parameter_invalid", "type"),
        (
            SUMMARIZE,
            {"video_id": "v", "type": "summary", "temperature": 1.5},
            "parameter_invalid",
            "temperature",
        ),
        (
            SUMMARIZE,
            {"video_id": "v", "type": "summary", "temperature": "hot"},
            "parameter_invalid",
            "temperature",
        ),
        (SUMMARIZE, {"video_id": "v", "type": "summary", "max_tokens": 0}, "parameter_invalid", "max_tokens"),
        (
            SUMMARIZE,
            {"video_id": "v", "type": "summary", "max_tokens": 2.5},
            "parameter_invalid",
            "max_tokens",
        ),
        (SUMMARIZE, {"video_id": "v", "type": "summary", "prompt": ["a"]}, "parameter_invalid", "prompt"),
        (
            SUMMARIZE,
            {"video_id": "v", "type": "summary", "response_format": {"type": "xml", "json_schema": {}}},
            "parameter_invalid",
            "response_format",
        ),
    ],
)
def test_bad_parameters_get_the_api_code_naming_the_parameter(
    fake: FakeTwelveLabs, path: str, body: dict[str, Any], code: str, parameter: str
) -> None:
    assert_error(post(fake, path, body), 400, code, mentions=parameter)


def test_missing_beats_unknown_beats_invalid(fake: FakeTwelveLabs) -> None:
    both = {"types": ["nope"], "extra": 1}
    assert_error(post(fake, GIST, both), 400, "parameter_not_provided", mentions="video_id")
    assert_error(post(fake, GIST, {**both, "video_id": "v"}), 400, "parameter_unknown", mentions="extra")


@pytest.mark.parametrize("kind", ["chapter", "highlight"])
def test_response_format_is_only_valid_for_summaries(fake: FakeTwelveLabs, kind: str) -> None:
    body = {"video_id": "v", "type": kind, "response_format": {"type": "json_schema", "json_schema": {}}}
    error = assert_error(post(fake, SUMMARIZE, body), 400, "parameter_invalid")
    # The spec's x-error-message for the rule, which names the parameter.
    assert error["message"] == "response_format is only valid with type 'summary'."


@pytest.mark.parametrize(
    "json_schema",
    [{"type": 5}, {"minItems": -1}, {"type": "string", "pattern": "^(?=x)y$"}],
    ids=["bad-type", "bad-keyword-value", "unsupported-pattern"],
)
def test_unusable_json_schemas_are_parameter_invalid(
    fake: FakeTwelveLabs, json_schema: dict[str, Any]
) -> None:
    body = {
        "video_id": "v",
        "type": "summary",
        "response_format": {"type": "json_schema", "json_schema": json_schema},
    }
    assert_error(post(fake, SUMMARIZE, body), 400, "parameter_invalid", mentions="response_format")


def test_an_unsatisfiable_json_schema_gets_a_best_effort_answer(fake: FakeTwelveLabs) -> None:
    # A valid JSON schema no value satisfies is a valid request: like a model, the fake answers anyway.
    body = {
        "video_id": "v",
        "type": "summary",
        "response_format": {
            "type": "json_schema",
            "json_schema": {"type": "integer", "minimum": 5, "maximum": 1},
        },
    }
    response = post(fake, SUMMARIZE, body)
    assert response.status == 200, response


def test_route_method_key_and_body_are_checked_in_that_order(fake: FakeTwelveLabs) -> None:
    no_key = {"content-type": "text/plain"}
    assert post(fake, "/v1.3/nope", b"{", headers=no_key, method="GET").status == 404
    assert post(fake, GIST, b"{", headers=no_key, method="GET").status == 405
    assert post(fake, GIST, b"{", headers=no_key).status == 401
    assert post(fake, GIST, b"{", headers={**no_key, "x-api-key": KEY}).status == 415


def concrete(path: str) -> str:
    return path.replace("{task_id}", "some-task")


@pytest.mark.parametrize(
    "operation", sorted(load_spec().operations.values(), key=lambda op: op.label), ids=lambda op: op.label
)
def test_every_operation_needs_the_key_and_refuses_other_methods(
    fake: FakeTwelveLabs, operation: Any
) -> None:
    spec = load_spec()
    path = spec.server_path + concrete(operation.path)
    unauthenticated = post(
        fake, path, {}, headers={"content-type": "application/json"}, method=operation.method
    )
    assert_error(unauthenticated, 401, "api_key_invalid")
    allowed = sorted(op.method for op in spec.operations.values() if op.path == operation.path)
    for method in {"GET", "POST", "PUT", "PATCH", "DELETE"} - set(allowed):
        response = post(fake, path, {}, method=method)
        assert_error(response, 405, "method_not_allowed")
        assert header(response, "Allow") == ", ".join(allowed)
