"""The documented facts (openapi/overlay.yaml) as they end up in the normalized spec, checked by
what they accept and refuse; and what the generator makes of the spec."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

import generate
import generate_resources
import normalize
import twelvelabs_analyze_api.models as generated_models

from .spec_support import SCHEMAS, SPEC, problems

URL_VIDEO = {"type": "url", "url": "https://example.test/video.mp4"}
IMAGE = {"name": "front_door", "url": "https://example.test/door.jpg"}
RATE_LIMIT_HEADERS = {"X-Ratelimit-Limit", "X-Ratelimit-Remaining", "X-Ratelimit-Used", "X-Ratelimit-Reset"}


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [(method, path, op) for path, item in SPEC["paths"].items() for method, op in item.items()]


def test_server_and_version() -> None:
    assert SPEC["servers"][0]["url"] == "https://api.twelvelabs.io/v1.3"
    assert SPEC["info"]["version"] == "1.3"


@pytest.mark.parametrize(
    ("method", "path", "operation"), operations(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_operation_documents_auth_and_rate_limits(
    method: str, path: str, operation: dict[str, Any]
) -> None:
    responses = operation["responses"]
    success = min(code for code in responses if code.startswith("2"))
    assert set(responses[success]["headers"]) == RATE_LIMIT_HEADERS
    assert responses["401"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorBody"
    }
    assert set(responses["429"]["headers"]) == RATE_LIMIT_HEADERS | {"Retry-After"}
    # The rate-limits page documents an empty 429 body; the published batch operations give it the
    # wrapped error shape. Either way the client reads it (both error shapes map the same).
    content = responses["429"].get("content", {})
    assert content in ({}, {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}})
    if "requestBody" in operation:  # POST /analyze/batches/{batch_id}/cancel has none
        # The newer operations (assets' user metadata, indexes) leave ``required`` out, which
        # OpenAPI reads as optional; none says a body is optional in so many words.
        assert operation["requestBody"].get("required") is not False


def test_gist_and_summarize_are_deprecated_and_nothing_else() -> None:
    deprecated = sorted(path for method, path, op in operations() if op.get("deprecated"))
    assert deprecated == ["/gist", "/summarize"]


def test_both_error_shapes_are_kept() -> None:
    assert set(SCHEMAS["ErrorBody"]["properties"]) == {"code", "message", "docs_url"}
    assert SCHEMAS["ErrorResponse"]["properties"] == {
        "error": {"$ref": "#/components/schemas/ErrorResponseError"}
    }
    tasks = SPEC["paths"]["/analyze/tasks/{task_id}"]
    assert tasks["get"]["responses"]["404"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorResponse"
    }
    assert SPEC["paths"]["/gist"]["post"]["responses"]["400"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorBody"
    }


def test_task_statuses_are_as_documented() -> None:
    tasks, task = SPEC["paths"]["/analyze/tasks"], SPEC["paths"]["/analyze/tasks/{task_id}"]
    assert sorted(tasks["post"]["responses"]) == ["202", "400", "401", "429", "500"]
    assert sorted(task["get"]["responses"]) == ["200", "401", "404", "429"]
    assert sorted(task["delete"]["responses"]) == ["200", "401", "404", "409", "429"]
    assert "content" not in task["delete"]["responses"]["200"]


def test_analyze_answers_json_or_ndjson() -> None:
    content = SPEC["paths"]["/analyze"]["post"]["responses"]["200"]["content"]
    assert content == {
        "application/json": {"schema": {"$ref": "#/components/schemas/AnalyzeResult"}},
        "application/x-ndjson": {"schema": {"$ref": "#/components/schemas/AnalyzeStreamEvent"}},
    }
    assert "analyze_Response_200" not in SCHEMAS, "the stream-or-not union is gone"
    assert SCHEMAS["AnalyzeStreamEvent"]["discriminator"]["mapping"] == {
        "stream_start": "#/components/schemas/StreamStartEvent",
        "text_generation": "#/components/schemas/TextGenerationEvent",
        "stream_end": "#/components/schemas/StreamEndEvent",
    }


def test_summarize_result_is_discriminated() -> None:
    assert SCHEMAS["SummarizeResult"]["discriminator"] == {
        "propertyName": "summarize_type",
        "mapping": {
            "summary": "#/components/schemas/SummaryResult",
            "chapter": "#/components/schemas/ChapterResult",
            "highlight": "#/components/schemas/HighlightResult",
        },
    }


def _reachable(node: Any, seen: set[str]) -> set[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.split("/")[3]
            if name not in seen:
                seen.add(name)
                _reachable(SCHEMAS[name], seen)
        for value in node.values():
            _reachable(value, seen)
    elif isinstance(node, list):
        for item in node:
            _reachable(item, seen)
    return seen


def test_request_objects_are_closed_and_responses_open() -> None:
    closed = {name for name, schema in SCHEMAS.items() if schema.get("additionalProperties") is False}
    responses = [op["responses"] for _, _, op in operations()]
    assert not closed & _reachable(responses, set()), "a response schema is closed"
    bodies = {"GistRequest", "SummarizeRequest", "AnalyzeRequest", "CreateAsyncAnalyzeRequest"}
    assert bodies | {"SyncResponseFormat", "AsyncResponseFormat", "SegmentField", "VideoContextUrl"} <= closed


# --------------------------------------------------------------------------- /summarize


def test_summarize_bounds() -> None:
    properties = SCHEMAS["SummarizeRequest"]["properties"]
    assert (properties["temperature"]["minimum"], properties["temperature"]["maximum"]) == (0, 1)
    assert (properties["max_tokens"]["minimum"], properties["max_tokens"]["maximum"]) == (1, 4096)
    assert {"x-max-tokens": 2000, "x-error-message": "prompt must be at most 2,000 tokens"} in (
        properties["prompt"]["allOf"]
    )
    assert problems("SummarizeRequest", {"video_id": "v", "type": "summary", "max_tokens": 4097}) == [
        "4097 is greater than the maximum of 4096"
    ]


def test_response_format_only_with_summaries() -> None:
    response_format = {"type": "json_schema", "json_schema": {"type": "object"}}
    assert (
        problems("SummarizeRequest", {"video_id": "v", "type": "summary", "response_format": response_format})
        == []
    )
    assert problems(
        "SummarizeRequest", {"video_id": "v", "type": "chapter", "response_format": response_format}
    ) == ["response_format is only valid with type 'summary'"]
    assert problems("SummarizeRequest", {"video_id": "v", "type": "chapter"}) == []
    assert "Valid only with `" not in json.dumps(SPEC), "the rule is JSON Schema, not prose"


# --------------------------------------------------------------------------- /analyze


@pytest.mark.parametrize(
    "body",
    [
        {"video_id": "v", "prompt": "p", "max_tokens": 4096, "temperature": 0},
        {"video": URL_VIDEO, "model_name": "pegasus1.2", "max_tokens": 2, "stream": False},
        {
            "model_name": "pegasus1.5",
            "video": URL_VIDEO,
            "prompt_v2": {"input_text": "Is there a <@tiger> in it?"},
            "max_tokens": 98304,
            "start_time": 0,
            "end_time": 30.5,
        },
        # twelvelabs 1.3.6: pegasus1.6, images, and pegasus1.5's rules without a model named.
        {"model_name": "pegasus1.6", "video": URL_VIDEO, "prompt": "p", "max_tokens": 98304, "start_time": 1},
        {"video": URL_VIDEO, "prompt_v2": {"input_text": "Is there a <@tiger> in it?"}, "max_tokens": 5000},
        {
            "model_name": "pegasus1.6",
            "image": [IMAGE, {"name": "b2", "asset_id": "a1"}, {"name": "c_3", "base64_string": "aGk="}],
            "prompt": "Compare <@front_door> with <@b2>.",
        },
    ],
)
def test_valid_analyze_requests(body: dict[str, Any]) -> None:
    assert problems("AnalyzeRequest", body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"video_id": "v", "max_tokens": 5000},
            "max_tokens must be between 2 and 4096 with model_name 'pegasus1.2'",
        ),
        ({"video_id": "v", "max_tokens": 1}, "max_tokens must be between 2 and 4096"),
        (
            {"video": URL_VIDEO, "model_name": "pegasus1.5", "max_tokens": 511},
            "max_tokens must be between 512 and 98304 with model_name 'pegasus1.5'",
        ),
        (
            {"video_id": "v", "model_name": "pegasus1.5"},
            "video_id is not supported with model_name 'pegasus1.5'",
        ),
        (
            {"video": URL_VIDEO, "model_name": "pegasus1.2", "prompt_v2": {"input_text": "x"}},
            "prompt_v2 is not supported with model_name 'pegasus1.2'",
        ),
        ({"video_id": "v", "start_time": 1}, "start_time is not supported with model_name 'pegasus1.2'"),
        (
            {"video_id": "v", "model_name": "pegasus1.2", "end_time": 9},
            "end_time is not supported with model_name 'pegasus1.2'",
        ),
        (
            {"video_id": "v", "model_name": "pegasus1.6"},
            "video_id is not supported with model_name 'pegasus1.5' or 'pegasus1.6'",
        ),
        (
            {"video": URL_VIDEO, "max_tokens": 100},
            "max_tokens must be between 512 and 98304 with model_name 'pegasus1.5' (the default)",
        ),
        (
            {"video": URL_VIDEO, "model_name": "pegasus1.6", "max_tokens": 98305},
            "max_tokens must be between 512 and 98304",
        ),
        ({"image": [IMAGE], "prompt": "p"}, "image requires model_name 'pegasus1.6'"),
        (
            {"image": [IMAGE], "model_name": "pegasus1.5", "prompt": "p"},
            "image requires model_name 'pegasus1.6'",
        ),
        ({"image": [IMAGE], "model_name": "pegasus1.6"}, "image requires prompt"),
        (
            {"image": [IMAGE], "video": URL_VIDEO, "model_name": "pegasus1.6", "prompt": "p"},
            "exactly one of video_id, video and image is required",
        ),
        (
            {"image": [IMAGE], "model_name": "pegasus1.6", "prompt": "p", "prompt_v2": {"input_text": "b"}},
            "image and prompt_v2 are mutually exclusive",
        ),
        ({"image": [], "model_name": "pegasus1.6", "prompt": "p"}, "should be non-empty"),
        ({"image": [IMAGE] * 21, "model_name": "pegasus1.6", "prompt": "p"}, "is too long"),
        (
            {
                "image": [{"name": "a b", "url": "https://e.com/a.png"}],
                "model_name": "pegasus1.6",
                "prompt": "p",
            },
            "an image name must be letters, digits and underscores",
        ),
        (
            {
                "image": [{"name": "a", "url": "http://e.com/a.png"}],
                "model_name": "pegasus1.6",
                "prompt": "p",
            },
            "an image url must be an HTTPS URL",
        ),
        (
            {
                "image": [{"name": "a", "url": "https://e.com/a.png", "asset_id": "x"}],
                "model_name": "pegasus1.6",
                "prompt": "p",
            },
            "an image needs exactly one of url, asset_id and base64_string",
        ),
        (
            {"image": [{"url": "https://e.com/a.png"}], "model_name": "pegasus1.6", "prompt": "p"},
            "'name' is a required",
        ),
        (
            {"video": URL_VIDEO, "model_name": "pegasus1.5", "prompt": "a", "prompt_v2": {"input_text": "b"}},
            "prompt and prompt_v2 are mutually exclusive",
        ),
        ({"prompt": "p"}, "exactly one of video_id, video and image is required"),
        ({"video_id": "v", "video": URL_VIDEO}, "exactly one of video_id, video and image is required"),
        ({"video_id": "v", "temperature": 1.5}, "1.5 is greater than the maximum of 1"),
        (
            {"video_id": "v", "language": "fr"},
            "Additional properties are not allowed ('language' was unexpected)",
        ),
        ({"video": {"type": "url", "asset_id": "a"}}, "is not valid under any of the given schemas"),
        (
            {"video_id": "v", "response_format": {"type": "json_schema"}},
            "'json_schema' is a required property",
        ),
    ],
)
def test_invalid_analyze_requests_say_why(body: dict[str, Any], expected: str) -> None:
    assert any(expected in problem for problem in problems("AnalyzeRequest", body)), problems(
        "AnalyzeRequest", body
    )


def test_analyze_prompt_token_limit_is_for_pegasus_12() -> None:
    pegasus12 = SCHEMAS["AnalyzeRequest"]["allOf"][0]["then"]["allOf"][0]["properties"]["prompt"]
    assert pegasus12["x-max-tokens"] == 2000
    assert "pegasus1.2" in pegasus12["x-error-message"]
    assert "x-max-tokens" not in json.dumps(SCHEMAS["AnalyzeRequest"]["allOf"][0]["else"])


def _all(key: str, node: Any) -> list[Any]:
    """Every value of ``key`` at any depth of ``node``."""
    if isinstance(node, dict):
        found = [node[key]] if key in node else []
        return found + [item for value in node.values() for item in _all(key, value)]
    if isinstance(node, list):
        return [item for value in node for item in _all(key, value)]
    return []


def test_every_rule_message_names_a_parameter_or_keyword() -> None:
    names = {name for schema in SCHEMAS.values() for name in schema.get("properties", {})}
    names |= set(SCHEMAS["SyncResponseFormatJsonSchema"]["$defs"]["keywords"]["properties"])
    messages = _all("x-error-message", SCHEMAS)
    assert len(messages) > 40
    for message in messages:
        words = set(re.findall(r"[$\w]+", message))
        assert words & names, message


# --------------------------------------------------------------------------- /analyze/tasks


def segments(**definition: Any) -> dict[str, Any]:
    return {
        "type": "segment_definitions",
        "segment_definitions": [{"id": "s", "description": "d", **definition}],
    }


TIME_BASED = {"model_name": "pegasus1.5", "analysis_mode": "time_based_metadata", "video": URL_VIDEO}


@pytest.mark.parametrize(
    "body",
    [
        {"video": URL_VIDEO, "prompt": "p", "custom_id": "run-1_a"},
        {"video": URL_VIDEO, "model_name": "pegasus1.5", "prompt_v2": {"input_text": "x"}, "max_tokens": 512},
        {**TIME_BASED, "response_format": segments(), "max_tokens": 32768, "min_segment_duration": 2},
        {**TIME_BASED, "response_format": {**segments(time_ranges=[{"start_time": 0, "end_time": 5}])}},
        {
            **TIME_BASED,
            "response_format": segments(
                fields=[
                    {"name": "when", "type": "timestamp", "description": "d", "format": "hh:mm:ss"},
                    {"name": "tags", "type": "array", "description": "d", "items": {"type": "string"}},
                ],
                media_sources=[{"name": "logo", "media_type": "image", "url": "https://example.test/l.png"}],
            ),
        },
        # twelvelabs 1.3.6: pegasus1.5's rules without a model named, pegasus1.6, images.
        {"video": URL_VIDEO, "prompt": "p", "max_tokens": 8000, "start_time": 0, "end_time": 60},
        {"video": URL_VIDEO, "analysis_mode": "time_based_metadata", "response_format": segments()},
        {**TIME_BASED, "model_name": "pegasus1.6", "response_format": segments(), "max_tokens": 2048},
        {
            "image": [IMAGE],
            "model_name": "pegasus1.6",
            "prompt": "Describe <@front_door>.",
            "custom_id": "img",
        },
    ],
)
def test_valid_task_requests(body: dict[str, Any]) -> None:
    assert problems("CreateAsyncAnalyzeRequest", body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"video": URL_VIDEO}, "general analysis (the default analysis_mode) requires prompt or prompt_v2"),
        (
            {
                "video": URL_VIDEO,
                "model_name": "pegasus1.2",
                "analysis_mode": "time_based_metadata",
                "response_format": segments(),
            },
            "analysis_mode 'time_based_metadata' is not supported with model_name 'pegasus1.2'",
        ),
        (
            TIME_BASED,
            "analysis_mode 'time_based_metadata' requires response_format with type 'segment_definitions'",
        ),
        (
            {**TIME_BASED, "response_format": {"type": "json_schema", "json_schema": {}}},
            "requires response_format with type 'segment_definitions'",
        ),
        (
            {**TIME_BASED, "response_format": segments(), "prompt": "p"},
            "prompt is not supported with analysis_mode",
        ),
        (
            {**TIME_BASED, "response_format": segments(), "max_tokens": 2047},
            "max_tokens must be between 2048 and 98304",
        ),
        (
            {"video": URL_VIDEO, "model_name": "pegasus1.5", "prompt": "p", "max_tokens": 511},
            "max_tokens must be between 512 and 98304 with analysis_mode 'general'",
        ),
        ({"video": URL_VIDEO, "prompt": "p", "max_tokens": 511}, "max_tokens must be between 512 and 98304"),
        (
            {"video": URL_VIDEO, "model_name": "pegasus1.2", "prompt": "p", "max_tokens": 4097},
            "max_tokens must be between 2 and 4096 with model_name 'pegasus1.2'",
        ),
        ({"prompt": "p"}, "exactly one of video and image is required"),
        ({"image": [IMAGE], "prompt": "p"}, "image requires model_name 'pegasus1.6'"),
        (
            {"image": [IMAGE], "video": URL_VIDEO, "model_name": "pegasus1.6", "prompt": "p"},
            "exactly one of video and image",
        ),
        (
            {"video": URL_VIDEO, "prompt": "p", "min_segment_duration": 3},
            "min_segment_duration requires analysis_mode",
        ),
        ({"video": URL_VIDEO, "prompt": "p", "custom_id": "no spaces"}, "custom_id must be 1 to 64 letters"),
        ({"video": URL_VIDEO, "prompt": "p", "custom_id": "x" * 65}, "custom_id must be 1 to 64 letters"),
        (
            {
                **TIME_BASED,
                "response_format": segments(time_ranges=[{"start_time": 0, "end_time": 5}]),
                "start_time": 1,
            },
            "start_time cannot be combined with response_format.segment_definitions[].time_ranges",
        ),
        (
            {"video": URL_VIDEO, "prompt": "p", "response_format": {"type": "json_schema"}},
            "response_format.type 'json_schema' requires response_format.json_schema",
        ),
        (
            {**TIME_BASED, "response_format": {"type": "segment_definitions"}},
            "requires response_format.segment_definitions",
        ),
        (
            {**TIME_BASED, "response_format": {"type": "segment_definitions", "segment_definitions": []}},
            "should be non-empty",
        ),
        (
            {
                **TIME_BASED,
                "response_format": segments(fields=[{"name": "t", "type": "timestamp", "description": "d"}]),
            },
            "a segment field of type timestamp requires format",
        ),
        (
            {
                **TIME_BASED,
                "response_format": segments(
                    fields=[{"name": "t", "type": "string", "description": "d", "format": "seconds"}]
                ),
            },
            "format is only valid on a segment field of type timestamp",
        ),
        (
            {
                **TIME_BASED,
                "response_format": segments(fields=[{"name": "t", "type": "array", "description": "d"}]),
            },
            "a segment field of type array requires items",
        ),
        (
            {
                **TIME_BASED,
                "response_format": segments(
                    media_sources=[
                        {"name": "l", "media_type": "image", "url": "https://e.test/l.png", "asset_id": "a"}
                    ]
                ),
            },
            "a media source needs exactly one of url, asset_id and base64_string",
        ),
        (
            {
                "video": URL_VIDEO,
                "prompt": "p",
                "response_format": {
                    "type": "json_schema",
                    "json_schema": {},
                    "segment_time_format": "seconds",
                },
            },
            "response_format.segment_time_format requires",
        ),
    ],
)
def test_invalid_task_requests_say_why(body: dict[str, Any], expected: str) -> None:
    found = problems("CreateAsyncAnalyzeRequest", body)
    assert any(expected in problem for problem in found), found


def test_task_list_parameters() -> None:
    parameters = {p["name"]: p for p in SPEC["paths"]["/analyze/tasks"]["get"]["parameters"]}
    assert parameters["page"]["schema"] == {"type": "integer", "default": 1, "minimum": 1}
    assert parameters["page_limit"]["schema"] == {
        "type": "integer",
        "default": 10,
        "minimum": 1,
        "maximum": 50,
    }
    assert parameters["video_id"]["deprecated"] is True


# --------------------------------------------------------------------------- generated code


RESULT_CLASSES = [
    "GistResult",
    "SummaryResult",
    "ChapterResult",
    "HighlightResult",
    "Chapter",
    "Highlight",
    "AnalyzeResult",
    "StreamStartEvent",
    "TextGenerationEvent",
    "StreamEndEvent",
    "AnalyzeTask",
    "AnalyzeTaskCreated",
    "AnalyzeTaskPage",
    "PageInfo",
    "VideoContextUrl",
    "VideoContextAssetId",
    "VideoContextBase64String",
    "AnalyzeRequest",
    "CreateAsyncAnalyzeRequest",
    "ErrorBody",
]


@pytest.mark.parametrize("name", RESULT_CLASSES)
def test_generated_models_have_the_public_names(name: str) -> None:
    model = getattr(generated_models, name)
    assert model.__name__ == name
    assert name in SCHEMAS


def test_the_generated_package_ships_only_what_runs() -> None:
    """openapi-python-client's request functions and Client classes are dropped: the client's
    methods are resources.py / async_resources.py, over the wrapper's one request path."""
    package = importlib.import_module("twelvelabs_analyze_api")
    folder = Path(package.__file__ or "").parent
    for name in generate.UNUSED_OUTPUT:
        assert not (folder / name).exists(), name
    sources = "\n".join(p.read_text(encoding="utf-8") for p in folder.rglob("*.py"))
    for module in ("api", "client", "errors"):
        assert f"from .{module} import" not in sources and f"twelvelabs_analyze_api.{module}" not in sources


def test_the_generator_sees_the_spec_without_the_meta_schema() -> None:
    view = generate.generator_view(SPEC)
    assert _all("$defs", view) == []
    assert not [ref for ref in _all("$ref", view) if ref.count("/") > 3], "no refs into a component"
    assert "allOf" not in view["components"]["schemas"]["SyncResponseFormatJsonSchema"]
    assert view["components"]["schemas"]["AsyncResponseFormatJsonSchema"]["allOf"] == [
        {"$ref": "#/components/schemas/SyncResponseFormatJsonSchema"}
    ]
    assert set(view["components"]["schemas"]) == set(SCHEMAS)
    # Everything else is given as is, cross-field rules included (answers' objects marked open).
    for name, schema in SCHEMAS.items():
        if name != "SyncResponseFormatJsonSchema":
            assert _without(generate.OPEN_ENUMS, view["components"]["schemas"][name]) == schema, name
    assert view["paths"] == normalize.with_qualified_operation_ids(SPEC)["paths"]
    ids = [op["operationId"] for item in view["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids)), "the generator wants operationIds unique"


def _without(key: str, node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without(key, v) for k, v in node.items() if k != key}
    if isinstance(node, list):
        return [_without(key, item) for item in node]
    return node


def test_the_generator_marks_the_objects_of_answers_and_only_those() -> None:
    view = generate.generator_view(SPEC)
    schemas = view["components"]["schemas"]
    marked = {name for name, schema in schemas.items() if schema.get(generate.OPEN_ENUMS)}
    # Every object an answer holds, nested inline ones included; no request body.
    assert {"AnalyzeResult", "AnalyzeTask", "AnalyzeTaskCreated", "StreamEndEvent", "GistResult"} <= marked
    assert schemas["AnalyzeTask"]["properties"]["result"].get(generate.OPEN_ENUMS) or (
        "$ref" in schemas["AnalyzeTask"]["properties"]["result"]
    )
    assert not marked & {"AnalyzeRequest", "CreateAsyncAnalyzeRequest", "GistRequest", "SummarizeRequest"}
    assert not {"VideoContextUrl", "AsyncResponseFormat", "SyncResponseFormat"} & marked
    assert _all(generate.OPEN_ENUMS, SPEC) == [], "the shipped spec is not marked"


def test_a_json_lines_answer_becomes_a_stream_of_typed_items() -> None:
    document = json.loads(json.dumps(SPEC))
    retrieve = document["paths"]["/analyze/tasks/{task_id}"]["get"]
    lines = json.loads(json.dumps(retrieve))
    lines["operationId"] = "lines"
    lines["responses"]["200"]["content"] = {
        "application/jsonl": {"schema": {"$ref": "#/components/schemas/AnalyzeTask"}}
    }
    document["paths"]["/analyze/tasks/{task_id}/lines"] = {"get": lines}
    modules = generate_resources.render_modules(document, generate_resources.load_conventions())
    resources = modules[generate_resources.MODULE_NAME]
    assert re.search(r"def lines\(self, task_id: str\b[^)]*\) -> Stream\[AnalyzeTask\]:", resources)
