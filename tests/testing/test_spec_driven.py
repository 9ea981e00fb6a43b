"""The fake follows the spec it is given: change the spec, and the fake changes with it."""

from __future__ import annotations

import copy
import json
from typing import Any

from twelvelabs_analyze.testing import FakeTwelveLabs, load_spec
from twelvelabs_analyze.testing._spec import build_spec

from .conftest import body_of, header, post


def fake_for(change: Any) -> FakeTwelveLabs:
    document = copy.deepcopy(dict(load_spec().document))
    change(document)
    return FakeTwelveLabs(spec=build_spec(document))


def test_a_new_request_property_is_accepted_and_validated() -> None:
    def add_language(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["GistRequest"]["properties"]["language"] = {
            "type": "string",
            "enum": ["en", "fr"],
        }

    fake = fake_for(add_language)
    assert post(fake, "/v1.3/gist", {"video_id": "v", "types": ["title"], "language": "fr"}).status == 200
    wrong = post(fake, "/v1.3/gist", {"video_id": "v", "types": ["title"], "language": "de"})
    assert (wrong.status, body_of(wrong)["code"]) == (400, "parameter_invalid")
    # …and the shipped spec still calls it unknown.
    unknown = post(FakeTwelveLabs(), "/v1.3/gist", {"video_id": "v", "types": ["title"], "language": "fr"})
    assert body_of(unknown)["code"] == "parameter_unknown"


def test_a_new_enum_value_and_a_new_required_parameter() -> None:
    def change(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["GistType"]["enum"].append("emoji")
        document["components"]["schemas"]["GistRequest"]["required"].append("index_id")
        document["components"]["schemas"]["GistRequest"]["properties"]["index_id"] = {"type": "string"}

    fake = fake_for(change)
    missing = post(fake, "/v1.3/gist", {"video_id": "v", "types": ["emoji"]})
    assert body_of(missing)["message"] == "The index_id parameter is required."
    assert post(fake, "/v1.3/gist", {"video_id": "v", "types": ["emoji"], "index_id": "i"}).status == 200


def test_a_new_server_path_moves_the_routes() -> None:
    def move(document: dict[str, Any]) -> None:
        document["servers"][0]["url"] = "https://api.twelvelabs.io/v1.4"

    fake = fake_for(move)
    assert fake.base_url.endswith("/v1.4")
    assert post(fake, "/v1.4/gist", {"video_id": "v", "types": ["title"]}).status == 200
    assert post(fake, "/v1.3/gist", {"video_id": "v", "types": ["title"]}).status == 404
    assert (
        body_of(post(fake, "/v1.4/gist", {}))
        .get("docs_url", "")
        .startswith("https://docs.twelvelabs.io/v1.4/")
    )


def test_a_new_operation_is_served_from_its_response_schema() -> None:
    def add_operation(document: dict[str, Any]) -> None:
        gist = document["paths"]["/gist"]["post"]
        new = copy.deepcopy(gist)
        new["operationId"] = "embed"
        new["responses"]["200"]["content"]["application/json"]["schema"] = {
            "type": "object",
            "properties": {"embedding": {"type": "array", "items": {"type": "number"}, "minItems": 4}},
            "required": ["embedding"],
        }
        document["paths"]["/embed"] = {"post": new}

    fake = fake_for(add_operation)
    response = post(fake, "/v1.3/embed", {"video_id": "v", "types": ["title"]})
    assert response.status == 200
    assert len(body_of(response)["embedding"]) >= 4
    assert post(fake, "/v1.3/embed", {"video_id": "v"}).status == 400
    assert post(fake, "/v1.3/embed", {}, method="GET").status == 405


def test_the_response_format_rule_comes_from_the_spec_schema() -> None:
    def drop_rule(document: dict[str, Any]) -> None:
        del document["components"]["schemas"]["SummarizeRequest"]["allOf"]

    body = {"video_id": "v", "type": "chapter", "response_format": {"type": "json_schema", "json_schema": {}}}
    refused = post(FakeTwelveLabs(), "/v1.3/summarize", body)
    assert (refused.status, body_of(refused)["message"]) == (
        400,
        "response_format is only valid with type 'summary'.",
    )
    assert post(fake_for(drop_rule), "/v1.3/summarize", body).status == 200


def test_every_dedicated_behaviour_serves_an_operation_of_the_shipped_spec() -> None:
    # Hand-written behaviour is for what the spec cannot say; the other operations get
    # schema-shaped answers. A behaviour whose operation left the spec would never run.
    fake = FakeTwelveLabs()
    served = {(operation.method, operation.path) for operation in fake.spec.operations.values()}
    assert set(fake._behaviours) <= served


def test_operations_without_a_dedicated_behaviour_get_schema_shaped_answers() -> None:
    def add_operations(document: dict[str, Any]) -> None:
        # A document dropped into openapi/raw/ later: two operations the fake has never heard of.
        retrieve = copy.deepcopy(document["paths"]["/analyze/tasks/{task_id}"]["get"])
        retrieve["operationId"] = "retrieveExperiment"
        document["paths"]["/analyze/experiments/{experiment_id}"] = {
            "get": {
                **retrieve,
                "parameters": [
                    {"name": "experiment_id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
            }
        }
        create = copy.deepcopy(document["paths"]["/analyze/tasks"]["post"])
        create["operationId"] = "createExperiment"
        document["paths"]["/analyze/experiments"] = {"post": create}

    fake = fake_for(add_operations)
    created = post(
        fake,
        "/v1.3/analyze/experiments",
        {"video": {"type": "url", "url": "https://x.test/v.mp4"}, "prompt": "p"},
    )
    assert created.status == 202, created.body
    fake.spec.operations[("POST", "/v1.3/analyze/experiments")].response_validators[202].validate(
        body_of(created)
    )
    experiment = post(fake, "/v1.3/analyze/experiments/experiment-1", b"", method="GET")
    assert experiment.status == 200
    fake.spec.operations[("GET", "/v1.3/analyze/experiments/{experiment_id}")].response_validators[
        200
    ].validate(body_of(experiment))
    other = post(fake, "/v1.3/analyze/experiments/experiment-2", b"", method="GET")
    assert body_of(other) != body_of(experiment)  # the path parameter seeds the answer
    assert post(fake, "/v1.3/analyze/experiments/experiment-1", b"", method="PUT").status == 405
    invalid = post(
        fake,
        "/v1.3/analyze/experiments",
        {"video": {"type": "url", "url": "https://x.test/v"}, "analysis_mode": "general"},
    )
    # Validated like the operation it copies, and answered in the error shape it documents.
    assert (invalid.status, body_of(invalid)) == (
        400,
        {
            "error": {
                "code": "parameter_invalid",
                "message": "general analysis (the default analysis_mode) requires prompt or prompt_v2.",
            }
        },
    )


def test_an_operation_answering_json_lines_gets_lines_each_valid() -> None:
    def add_results(document: dict[str, Any]) -> None:
        results = copy.deepcopy(document["paths"]["/analyze/tasks/{task_id}"]["get"])
        results["operationId"] = "results"
        results["responses"]["200"]["content"] = {
            "application/jsonl": {"schema": {"$ref": "#/components/schemas/AnalyzeTask"}}
        }
        document["paths"]["/analyze/tasks/{task_id}/results"] = {"get": results}

    fake = fake_for(add_results)
    answer = post(fake, "/v1.3/analyze/tasks/task-1/results", b"", method="GET")
    assert answer.status == 200
    assert header(answer, "content-type") == "application/jsonl"
    lines = answer.body.decode().splitlines()
    assert lines
    operation = fake.spec.operations[("GET", "/v1.3/analyze/tasks/{task_id}/results")]
    for line in lines:
        operation.stream_validators[200].validate(json.loads(line))
