"""The spec pipeline: each generic fix on a tiny document, selection, precedence, renames, then
the whole pipeline (the facts it must produce are in test_spec_facts.py)."""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

import normalize
from normalize import NormalizeError

RAW = normalize.RAW_DIR
PUBLISHED = "twelvelabs-openapi-2026-07-30.json"
PUBLISHED_SHA256 = "5dbd6e8473c9447ebef427006cfe6d4c47ea51d5a04afb7300377ecca6b3d079"
SHARED_REFERENCE = normalize.ROOT.parent.parent / "shared" / "reference"


def tiny_doc(**operation: Any) -> dict[str, Any]:
    op = {"operationId": "thing", "responses": {"200": {"description": "ok"}}, **operation}
    return {
        "openapi": "3.1.1",
        "info": {"title": "T", "version": "endpoint_.thing"},
        "paths": {"/thing": {"post": op}},
    }


def two_operation_doc() -> dict[str, Any]:
    """A published-style document: two tags reusing an operationId, components used by each."""

    def op(op_id: str, tag: str, schema: str) -> dict[str, Any]:
        content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}
        return {
            "operationId": op_id,
            "tags": [tag],
            "responses": {"200": {"description": "ok", "content": content}},
        }

    return {
        "openapi": "3.1.0",
        "info": {"title": "Published", "version": "1.0.0"},
        "paths": {
            "/a/tasks": {"get": op("list", "a > tasks", "APage"), "post": op("create", "a > tasks", "ATask")},
            "/b/tasks": {"get": op("list", "b > tasks", "BPage")},
        },
        "components": {
            "schemas": {
                "APage": {"type": "object", "properties": {"info": {"$ref": "#/components/schemas/Info"}}},
                "ATask": {"type": "object"},
                "BPage": {"type": "object", "properties": {"info": {"$ref": "#/components/schemas/Info"}}},
                "Info": {"type": "object"},
                "Unused": {"type": "string"},
            }
        },
    }


def as_markdown(spec: dict[str, Any], reference: str = "https://docs.example/api-reference/things/x") -> str:
    return f"# Title\n\nReference: {reference}\n\n## OpenAPI\n\n```yaml\n{yaml.safe_dump(spec)}\n```\n\n```python\nprint()\n```\n"


def write_operations(
    path: Path, documents: list[dict[str, Any]], names: dict[str, str] | None = None
) -> Path:
    path.write_text(yaml.safe_dump({"documents": documents, "names": names or {}}))
    return path


def usage(*, extra: bool = False, required: bool = False, described: bool = False) -> dict[str, Any]:
    """The seeds' TokenUsage, or (with the flags) the published one."""
    output: dict[str, Any] = {"type": "integer"}
    if described:
        output["description"] = "The number of tokens in the generated text."
    schema: dict[str, Any] = {"type": "object", "properties": {"output_tokens": output}}
    if extra:
        schema["properties"]["input_tokens"] = {"type": "integer"}
    if required:
        schema["required"] = ["output_tokens"]
    return schema


# --------------------------------------------------------------------------- reading


def test_json_documents_are_read_as_json(tmp_path: Path) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(tiny_doc()))
    document = normalize.read_document(tmp_path / "spec.json")
    assert document.spec == tiny_doc()
    assert document.select is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", r"bad\.json: invalid JSON"),
        ('{"swagger": "2.0"}', r"bad\.json: the JSON is not an OpenAPI"),
    ],
)
def test_bad_json_documents_are_errors_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "bad.json").write_text(text)
    with pytest.raises(NormalizeError, match=message):
        normalize.build_spec(tmp_path, None, None)


def test_the_published_spec_is_kept_byte_for_byte() -> None:
    data = (RAW / PUBLISHED).read_bytes()
    assert hashlib.sha256(data).hexdigest() == PUBLISHED_SHA256
    if SHARED_REFERENCE.is_dir():
        assert data == (SHARED_REFERENCE / PUBLISHED).read_bytes()


# --------------------------------------------------------------------------- generic fixes


def test_flatten_enum_value_objects_at_any_depth() -> None:
    doc = {
        "a": {"enum": [{"value": "x"}, {"value": "y"}]},
        "b": [{"deep": {"items": {"enum": [{"value": 1}, "plain"]}}}],
        "c": {"enum": [{"value": "v", "description": "kept as is"}]},
    }
    out = normalize.flatten_enum_value_objects(doc)
    assert out["a"]["enum"] == ["x", "y"]
    assert out["b"][0]["deep"]["items"]["enum"] == [1, "plain"]
    assert out["c"]["enum"] == [{"value": "v", "description": "kept as is"}]
    assert doc["a"]["enum"] == [{"value": "x"}, {"value": "y"}], "input is not mutated"


@pytest.mark.parametrize(
    "tags", [[[]], [""], ["  "], [None, ""]], ids=["seed", "published", "blank", "mixed"]
)
def test_invalid_or_empty_tags_leave_the_operation_untagged(tags: list[Any]) -> None:
    spec = normalize.drop_invalid_tags(tiny_doc(tags=tags))
    assert "tags" not in spec["paths"]["/thing"]["post"]


def test_valid_tags_are_kept_verbatim() -> None:
    spec = normalize.drop_invalid_tags(tiny_doc(tags=["analyzeAsync > tasks", []]))
    assert spec["paths"]["/thing"]["post"]["tags"] == ["analyzeAsync > tasks"]
    declared = {**tiny_doc(), "tags": [{"name": ""}, {"name": "kept", "description": "d"}]}
    assert normalize.drop_invalid_tags(declared)["tags"] == [{"name": "kept", "description": "d"}]


def test_merged_tags_are_the_used_ones_in_order(tmp_path: Path) -> None:
    spec = normalize.merge_documents(
        [(tmp_path / "a.md", {**tiny_doc(tags=["x > y"]), "tags": [{"name": "x > y", "description": "d"}]})]
    )
    assert spec["tags"] == [{"name": "x > y", "description": "d"}]
    assert "tags" not in normalize.merge_documents([(tmp_path / "b.md", tiny_doc())])


def test_api_key_header_becomes_security_scheme() -> None:
    header = {"name": "x-api-key", "in": "header", "required": True, "schema": {"type": "string"}}
    other = {"name": "q", "in": "query", "schema": {"type": "string"}}
    spec = normalize.api_key_header_to_security_scheme(tiny_doc(parameters=[header, other]))
    assert spec["paths"]["/thing"]["post"]["parameters"] == [other]
    assert spec["components"]["securitySchemes"]["apiKey"] == {
        "type": "apiKey",
        "in": "header",
        "name": "x-api-key",
    }
    assert spec["security"] == [{"apiKey": []}]
    only = normalize.api_key_header_to_security_scheme(tiny_doc(parameters=[header]))
    assert "parameters" not in only["paths"]["/thing"]["post"]
    untouched = normalize.api_key_header_to_security_scheme(tiny_doc(parameters=[other]))
    assert "security" not in untouched


def test_published_api_key_scheme_becomes_the_single_api_key_scheme() -> None:
    doc = tiny_doc(security=[{"x-api-key": []}])
    doc["paths"]["/thing"]["parameters"] = [
        {"name": "X-API-Key", "in": "header", "schema": {"type": "string"}}
    ]
    doc["components"] = {
        "securitySchemes": {
            "x-api-key": {
                "type": "apiKey",
                "in": "header",
                "name": "x-api-key",
                "description": "Your API key.",
            },
            "oauth": {"type": "http", "scheme": "bearer"},
        }
    }
    spec = normalize.api_key_header_to_security_scheme(doc)
    assert spec["components"]["securitySchemes"] == {
        "oauth": {"type": "http", "scheme": "bearer"},
        "apiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"},
    }
    assert spec["paths"]["/thing"]["post"]["security"] == [{"apiKey": []}]
    assert "parameters" not in spec["paths"]["/thing"]
    assert spec["security"] == [{"apiKey": []}]


def test_drop_empty_content() -> None:
    responses = {
        "200": {"description": "ok", "content": {"application/json": {}}},
        "429": {"description": "x", "content": {}},
    }
    spec = normalize.drop_empty_content(tiny_doc(responses=responses))
    out = spec["paths"]["/thing"]["post"]["responses"]
    assert out["429"] == {"description": "x"}
    assert out["200"]["content"] == {"application/json": {}}


def test_error_content_that_constrains_nothing_is_dropped() -> None:
    anything = {"application/json": {"schema": {"description": "Any type"}}}
    error_body = {"application/json": {"schema": {"$ref": "#/components/schemas/E"}}}
    responses = {
        "200": {"description": "ok", "content": copy.deepcopy(anything)},
        "400": {"description": "bad", "content": error_body},
        "429": {"description": "slow down", "content": anything},
        "500": {"description": "oops", "content": {"text/plain": {"schema": True}, **error_body}},
        "503": {"description": "down", "content": {"application/json": {}}},
    }
    out = normalize.drop_unconstrained_error_content(tiny_doc(responses=responses))["paths"]["/thing"]["post"]
    assert out["responses"]["429"] == {"description": "slow down"}
    assert out["responses"]["503"] == {"description": "down"}
    assert out["responses"]["500"]["content"] == error_body
    assert out["responses"]["400"]["content"] == error_body
    assert out["responses"]["200"]["content"] == anything, "only error responses"


def test_constrains_nothing() -> None:
    assert normalize.constrains_nothing({"description": "Any type", "title": "x"})
    assert normalize.constrains_nothing(True)
    assert not normalize.constrains_nothing({"type": "object"})
    assert not normalize.constrains_nothing({"$ref": "#/components/schemas/E"})


def inline_body() -> dict[str, Any]:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    return {"content": {"application/json": {"schema": schema}}}


def test_lift_inline_request_bodies_names_them_after_the_operation() -> None:
    spec = normalize.lift_inline_request_bodies(tiny_doc(operationId="make_thing", requestBody=inline_body()))
    ref = spec["paths"]["/thing"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert ref == {"$ref": "#/components/schemas/MakeThingRequest"}
    assert spec["components"]["schemas"]["MakeThingRequest"]["properties"] == {"a": {"type": "string"}}


def test_lift_inline_request_bodies_lifts_form_data_bodies_too() -> None:
    body = {"content": {"multipart/form-data": inline_body()["content"]["application/json"]}}
    spec = normalize.lift_inline_request_bodies(tiny_doc(operationId="upload", requestBody=body))
    ref = spec["paths"]["/thing"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert ref == {"$ref": "#/components/schemas/UploadRequest"}
    assert spec["components"]["schemas"]["UploadRequest"]["properties"] == {"a": {"type": "string"}}


def test_a_body_whose_schema_requires_properties_is_required() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
    loose = {"type": "object", "properties": {"a": {"type": "string"}}}
    cases = [
        ({"content": {"application/json": {"schema": schema}}}, True),
        ({"content": {"application/json": {"schema": loose}}}, None),
        ({"required": False, "content": {"application/json": {"schema": schema}}}, False),
    ]
    for body, expected in cases:
        lifted = normalize.lift_inline_request_bodies(tiny_doc(operationId="put", requestBody=body))
        spec = normalize.require_bodies_with_required_properties(lifted)
        assert spec["paths"]["/thing"]["post"]["requestBody"].get("required") is expected, body


def test_lifted_bodies_of_tagged_operations_carry_the_tag() -> None:
    doc = tiny_doc(operationId="create", tags=["analyzeAsync > tasks"], requestBody=inline_body())
    spec = normalize.lift_inline_request_bodies(doc)
    assert list(spec["components"]["schemas"]) == ["AnalyzeAsyncTasksCreateRequest"]


def test_a_lifted_body_may_not_replace_another_component() -> None:
    doc = tiny_doc(operationId="thing", requestBody=inline_body())
    doc["components"] = {"schemas": {"ThingRequest": {"type": "string"}}}
    with pytest.raises(
        NormalizeError, match=r"doc\.json: the request body of POST /thing would be named ThingRequest"
    ):
        normalize.lift_inline_request_bodies(doc, "doc.json")


def discriminated(**extra: Any) -> dict[str, Any]:
    def variant(value: str) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {"type": {"type": "string", "enum": [value]}, value: {"type": "string"}},
            "required": ["type", value],
        }

    video = {
        "oneOf": [variant("url"), variant("asset_id"), variant("base64_string")],
        "discriminator": {"propertyName": "type"},
        **extra,
    }
    event = {
        "oneOf": [
            {"type": "object", "properties": {"event_type": {"$ref": "#/components/schemas/StartType"}}},
            {"type": "object", "properties": {"event_type": {"const": "stream_end"}}},
        ],
        "discriminator": {"propertyName": "event_type"},
    }
    return {
        **tiny_doc(),
        "components": {
            "schemas": {
                "VideoContext": video,
                "Event": event,
                "StartType": {"type": "string", "enum": ["stream_start"]},
            }
        },
    }


def test_inline_discriminated_variants_become_named_components() -> None:
    spec = normalize.lift_discriminated_variants(discriminated())
    schemas = spec["components"]["schemas"]
    video = schemas["VideoContext"]
    names = ["VideoContextUrl", "VideoContextAssetId", "VideoContextBase64String"]
    assert video["oneOf"] == [{"$ref": f"#/components/schemas/{name}"} for name in names]
    assert video["discriminator"] == {
        "propertyName": "type",
        "mapping": {
            "url": "#/components/schemas/VideoContextUrl",
            "asset_id": "#/components/schemas/VideoContextAssetId",
            "base64_string": "#/components/schemas/VideoContextBase64String",
        },
    }
    assert schemas["VideoContextAssetId"]["required"] == ["type", "asset_id"]
    # The value may come from a referenced one-value enum or from const.
    assert {"EventStreamStart", "EventStreamEnd"} <= set(schemas)
    assert normalize.lift_discriminated_variants(spec) == spec, "lifting twice changes nothing"


def test_a_variant_without_a_discriminator_value_is_an_error() -> None:
    doc = discriminated()
    del doc["components"]["schemas"]["VideoContext"]["oneOf"][1]["properties"]["type"]["enum"]
    with pytest.raises(NormalizeError, match=r"VideoContext\.oneOf\[1\] does not give one value"):
        normalize.lift_discriminated_variants(doc, "doc.json")


# --------------------------------------------------------------------------- selection


def test_select_keeps_only_matching_operations() -> None:
    doc = two_operation_doc()
    by_tag = normalize.select_operations(doc, [{"tag": "a > tasks"}], "p.json")
    assert sorted(by_tag["paths"]) == ["/a/tasks"]
    assert set(by_tag["paths"]["/a/tasks"]) == {"get", "post"}
    by_id = normalize.select_operations(doc, [{"operation": "list", "tag": "b > tasks"}], "p.json")
    assert list(by_id["paths"]) == ["/b/tasks"]
    by_path = normalize.select_operations(doc, [{"path": "/a/tasks", "method": "POST"}], "p.json")
    assert list(by_path["paths"]["/a/tasks"]) == ["post"]
    both_lists = normalize.select_operations(doc, [{"operation": "list"}], "p.json")
    assert sorted(both_lists["paths"]) == ["/a/tasks", "/b/tasks"]


def test_a_select_entry_that_matches_nothing_is_an_error_naming_it() -> None:
    with pytest.raises(
        NormalizeError, match=r"p\.json: select entry \{operation: analyze\} matches no operation"
    ):
        normalize.select_operations(
            two_operation_doc(), [{"tag": "a > tasks"}, {"operation": "analyze"}], "p.json"
        )


def test_pruning_keeps_what_selected_operations_reach_in_every_section() -> None:
    spec = normalize.select_operations(two_operation_doc(), [{"tag": "b > tasks"}], "p.json")
    spec["components"]["headers"] = {"Used": {"schema": {"type": "integer"}}, "Unused": {"schema": {}}}
    spec["paths"]["/b/tasks"]["get"]["responses"]["200"]["headers"] = {
        "U": {"$ref": "#/components/headers/Used"}
    }
    spec["components"]["securitySchemes"] = {"apiKey": {"type": "apiKey"}, "other": {"type": "apiKey"}}
    spec["security"] = [{"apiKey": []}]
    pruned = normalize.prune_unreferenced_components(spec)
    assert sorted(pruned["components"]["schemas"]) == ["BPage", "Info"]
    assert list(pruned["components"]["headers"]) == ["Used"]
    assert list(pruned["components"]["securitySchemes"]) == ["apiKey"]


def test_pruning_follows_pointers_into_components_and_discriminator_mappings() -> None:
    spec = {
        "paths": {"/x": {"post": {"requestBody": {"$ref": "#/components/schemas/A/$defs/node"}}}},
        "components": {
            "schemas": {
                "A": {"$defs": {"node": {"$ref": "#/components/schemas/B"}}},
                "B": {
                    "oneOf": [],
                    "discriminator": {"propertyName": "t", "mapping": {"c": "#/components/schemas/C"}},
                },
                "C": {},
                "Orphan": {},
            }
        },
    }
    assert sorted(normalize.prune_unreferenced_components(spec)["components"]["schemas"]) == ["A", "B", "C"]


def test_listed_documents_come_first_in_their_order_then_the_rest_by_name(tmp_path: Path) -> None:
    for name in ("a.md", "b.json", "c.md", "d.yaml"):
        (tmp_path / name).write_text("")
    selection = normalize.Selection(
        (normalize.DocumentEntry("c.md"), normalize.DocumentEntry("b.json", ({"tag": "t"},)))
    )
    assert [p.name for p in normalize.document_paths(tmp_path, selection)] == [
        "c.md",
        "b.json",
        "a.md",
        "d.yaml",
    ]
    missing = normalize.Selection((normalize.DocumentEntry("gone.json"),), source="ops.yaml")
    with pytest.raises(NormalizeError, match=r"ops\.yaml: gone\.json is not in"):
        normalize.document_paths(tmp_path, missing)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"documents": [{"select": []}]}, r"documents\[0\]: expected \{file: NAME"),
        ({"documents": [{"file": "a.md", "select": []}]}, r"select: expected a non-empty list"),
        ({"documents": [{"file": "a.md", "select": [{"verb": "x"}]}]}, r"must map some of"),
        ({"documents": [{"file": "a.md"}, {"file": "a.md"}]}, r"a\.md is listed twice"),
        ({"names": {"A": "C", "B": "C"}}, r"two components are renamed to C"),
        ({"extra": 1}, r"expected a mapping with 'documents' and 'names'"),
    ],
)
def test_operations_file_errors_name_it(tmp_path: Path, content: dict[str, Any], message: str) -> None:
    path = tmp_path / "operations.yaml"
    path.write_text(yaml.safe_dump(content))
    with pytest.raises(NormalizeError, match=r"operations\.yaml: .*" + message):
        normalize.load_selection(path)


def test_selection_prunes_a_listed_document_and_keeps_unlisted_ones_whole(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "published.json").write_text(json.dumps(two_operation_doc()))
    (raw / "extra.md").write_text(as_markdown(tiny_doc(operationId="extra")))
    operations = write_operations(
        tmp_path / "operations.yaml", [{"file": "published.json", "select": [{"tag": "b > tasks"}]}]
    )
    spec = normalize.build_spec(raw, None, operations)
    assert sorted(spec["paths"]) == ["/b/tasks", "/thing"]
    assert sorted(spec["components"]["schemas"]) == ["BPage", "Info"]
    assert [s["document"] for s in spec["info"]["x-sources"]] == ["published.json", "extra.md"]


# --------------------------------------------------------------------------- precedence


def test_a_later_compatible_superset_wins() -> None:
    seeds, published = usage(), usage(extra=True, required=True, described=True)
    assert normalize.compatible_superset_problem(seeds, published) is None
    merged = normalize.merge_components(
        [
            (Path("raw/summarize.md"), {"schemas": {"TokenUsage": seeds, "A": {}}}),
            (Path("raw/published.json"), {"schemas": {"TokenUsage": published}}),
        ]
    )
    assert merged["schemas"] == {"TokenUsage": published, "A": {}}


def test_an_earlier_superset_is_a_conflict_naming_both_files() -> None:
    with pytest.raises(NormalizeError) as caught:
        normalize.merge_components(
            [
                (Path("raw/published.json"), {"schemas": {"TokenUsage": usage(extra=True, required=True)}}),
                (Path("raw/summarize.md"), {"schemas": {"TokenUsage": usage()}}),
            ]
        )
    message = str(caught.value)
    assert "raw/published.json" in message and "raw/summarize.md" in message and "TokenUsage" in message


@pytest.mark.parametrize(
    ("later", "problem"),
    [
        ({"type": "string"}, "type"),
        (
            {"type": "object", "properties": {"output_tokens": {"type": "number"}}},
            "property output_tokens changed",
        ),
        ({"type": "object", "properties": {"other": {"type": "integer"}}}, "property output_tokens is gone"),
        (
            {
                "type": "object",
                "properties": {"output_tokens": {"type": "integer"}, "n": {}},
                "required": ["n"],
            },
            "new property n is required",
        ),
        ({**usage(), "additionalProperties": False}, "additionalProperties"),
    ],
)
def test_incompatible_changes_are_named(later: dict[str, Any], problem: str) -> None:
    found = normalize.compatible_superset_problem(usage(), later)
    assert found is not None and problem in found
    assert (
        normalize.compatible_superset_problem(usage(required=True), usage())
        == "output_tokens no longer required"
    )


def test_annotations_do_not_count_but_property_names_do() -> None:
    earlier = {"type": "object", "properties": {"description": {"type": "string"}}, "title": "A"}
    later = {"type": "object", "properties": {"description": {"type": "string", "description": "d"}}}
    assert normalize.compatible_superset_problem(earlier, later) is None
    renamed = {"type": "object", "properties": {"summary": {"type": "string"}}}
    assert normalize.compatible_superset_problem(earlier, renamed) == "property description is gone"


def test_other_component_sections_must_be_identical() -> None:
    with pytest.raises(NormalizeError, match=r"components\.headers\.H conflicts with the one in a\.md"):
        normalize.merge_components(
            [(Path("a.md"), {"headers": {"H": {"schema": {}}}}), (Path("b.md"), {"headers": {"H": {}}})]
        )


def test_precedence_follows_the_operations_file_order(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, schema in (("old.md", usage()), ("new.md", usage(extra=True, required=True))):
        doc = tiny_doc(operationId=name[:3])
        doc["paths"] = {f"/{name[:3]}": doc["paths"]["/thing"]}
        doc["paths"][f"/{name[:3]}"]["post"]["responses"]["200"]["content"] = {
            "application/json": {"schema": {"$ref": "#/components/schemas/TokenUsage"}}
        }
        doc["components"] = {"schemas": {"TokenUsage": schema}}
        (raw / name).write_text(as_markdown(doc))
    oldest_first = write_operations(tmp_path / "ops.yaml", [{"file": "old.md"}, {"file": "new.md"}])
    spec = normalize.build_spec(raw, None, oldest_first)
    assert "input_tokens" in spec["components"]["schemas"]["TokenUsage"]["properties"]
    newest_first = write_operations(tmp_path / "ops2.yaml", [{"file": "new.md"}, {"file": "old.md"}])
    with pytest.raises(NormalizeError, match=r"old\.md: components\.schemas\.TokenUsage conflicts.*new\.md"):
        normalize.build_spec(raw, None, newest_first)


def test_operation_ids_are_unique_per_tag_and_paths_globally(tmp_path: Path) -> None:
    normalize.check_unique_operation_ids([(tmp_path / "p.json", two_operation_doc())])  # list under 2 tags
    twice = two_operation_doc()
    twice["paths"]["/c"] = {"get": copy.deepcopy(twice["paths"]["/b/tasks"]["get"])}
    with pytest.raises(NormalizeError, match=r"operationId 'list' under tag 'b > tasks' is also used"):
        normalize.check_unique_operation_ids([(tmp_path / "p.json", twice)])
    with pytest.raises(NormalizeError, match=r"b\.md: operationId 'thing' among untagged operations"):
        normalize.check_unique_operation_ids([(Path("a.md"), tiny_doc()), (Path("b.md"), tiny_doc())])
    other = tiny_doc(operationId="other")
    with pytest.raises(NormalizeError, match=r"b\.md: path /thing is also defined in a\.md"):
        normalize.merge_documents([(Path("a.md"), tiny_doc()), (Path("b.md"), other)])


def test_operation_ids_repeated_under_other_tags_are_valid_and_kept_bare(tmp_path: Path) -> None:
    (tmp_path / "p.json").write_text(json.dumps(two_operation_doc()))
    spec = normalize.build_spec(tmp_path, None, None)
    assert spec["paths"]["/a/tasks"]["get"]["operationId"] == "list"
    assert spec["paths"]["/b/tasks"]["get"]["operationId"] == "list"
    assert normalize.qualified_operation_id(spec["paths"]["/b/tasks"]["get"]) == "b_tasks_list"


def test_an_invalid_selection_is_not_blamed_on_an_untouched_overlay(tmp_path: Path) -> None:
    spec = tiny_doc()
    spec["paths"]["/thing"]["post"]["responses"] = "not a mapping"
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "thing.md").write_text(as_markdown(spec))
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        yaml.safe_dump({"overlay": "1.0.0", "actions": [{"target": "$.info", "update": {"x": 1}}]})
    )
    with pytest.raises(NormalizeError, match=r"before overlay\.yaml is applied") as caught:
        normalize.build_spec(tmp_path / "raw", overlay, None)
    assert "overlay.yaml:" not in str(caught.value)


def test_an_overlay_that_breaks_the_spec_is_blamed(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "thing.md").write_text(as_markdown(tiny_doc()))
    overlay = tmp_path / "overlay.yaml"
    breaking = {"target": "$.paths['/thing'].post", "update": {"responses": "not a mapping"}}
    overlay.write_text(yaml.safe_dump({"overlay": "1.0.0", "actions": [breaking]}))
    with pytest.raises(NormalizeError, match=r"overlay\.yaml: invalid OpenAPI after normalization"):
        normalize.build_spec(tmp_path / "raw", overlay, None)


def test_tag_order_survives_normalizing_again(tmp_path: Path) -> None:
    doc = two_operation_doc()
    doc["paths"] = dict(reversed(list(doc["paths"].items())))  # "b > tasks" used first
    first, again = tmp_path / "first", tmp_path / "again"
    first.mkdir()
    again.mkdir()
    (first / "p.json").write_text(json.dumps(doc))
    once = normalize.render(first, None, None)
    (again / "p.yaml").write_text(once)
    assert [t["name"] for t in yaml.safe_load(once)["tags"]] == ["b > tasks", "a > tasks"]
    assert normalize.render(again, None, None) == once


def test_objects_only_requests_use_are_closed_by_rule() -> None:
    ref = {"$ref": "#/components/schemas/Item"}
    doc = tiny_doc(
        requestBody={"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Req"}}}},
        responses={"200": {"description": "ok", "content": {"application/json": {"schema": ref}}}},
    )
    inline = {"type": "object", "properties": {"y": {"type": "string"}}}
    doc["components"] = {
        "schemas": {
            "Req": {"type": "object", "properties": {"x": inline, "item": ref, "free": {"type": "object"}}},
            "Item": {"type": "object", "properties": {"z": {"type": "string"}}},  # a response's too
        }
    }
    closed = normalize.close_request_objects(doc)["components"]["schemas"]
    assert closed["Req"]["additionalProperties"] is False
    assert closed["Req"]["properties"]["x"]["additionalProperties"] is False
    assert "additionalProperties" not in closed["Req"]["properties"]["free"]  # free-form stays open
    assert "additionalProperties" not in closed["Item"]
    assert normalize.close_request_objects(
        normalize.close_request_objects(doc)
    ) == normalize.close_request_objects(doc)


# --------------------------------------------------------------------------- renames


def renamable() -> dict[str, Any]:
    return {
        "paths": {"/x": {"get": {"responses": {"200": {"$ref": "#/components/schemas/Old"}}}}},
        "components": {
            "schemas": {
                "Old": {"title": "Old", "$defs": {"n": {}}},
                "Union": {
                    "oneOf": [{"$ref": "#/components/schemas/Old"}],
                    "discriminator": {"propertyName": "k", "mapping": {"v": "#/components/schemas/Old"}},
                },
                "Deep": {"$ref": "#/components/schemas/Old/$defs/n"},
                "Older": {"$ref": "#/components/schemas/OldButLonger"},
                "OldButLonger": {},
            }
        },
    }


def test_renames_update_every_reference_and_the_title() -> None:
    spec = normalize.rename_components(renamable(), {"Old": "New"}, "ops.yaml")
    schemas = spec["components"]["schemas"]
    assert "Old" not in schemas and schemas["New"]["title"] == "New"
    assert spec["paths"]["/x"]["get"]["responses"]["200"] == {"$ref": "#/components/schemas/New"}
    assert schemas["Union"]["oneOf"] == [{"$ref": "#/components/schemas/New"}]
    assert schemas["Union"]["discriminator"]["mapping"] == {"v": "#/components/schemas/New"}
    assert schemas["Deep"] == {"$ref": "#/components/schemas/New/$defs/n"}
    assert schemas["Older"] == {"$ref": "#/components/schemas/OldButLonger"}, "only whole names"
    assert normalize.rename_components(spec, {"Old": "New"}, "ops.yaml") == spec, "renaming twice is a no-op"


def test_renaming_onto_an_existing_or_a_missing_name_is_an_error() -> None:
    with pytest.raises(
        NormalizeError, match=r"ops\.yaml: names: cannot rename Old to Union, which already exists"
    ):
        normalize.rename_components(renamable(), {"Old": "Union"}, "ops.yaml")
    with pytest.raises(NormalizeError, match=r"ops\.yaml: names: Gone matches no component schema"):
        normalize.rename_components(renamable(), {"Gone": "Here"}, "ops.yaml")


# --------------------------------------------------------------------------- merge and overlay


def test_merge_info_lists_sources_and_drops_endpoint_versions() -> None:
    info = normalize.merge_info(
        [
            (Path("a.md"), {"title": "A", "version": "endpoint_.a"}),
            (Path("b.md"), {"title": "B", "version": "endpoint_.b"}),
        ]
    )
    assert info["title"] == normalize.MERGED_TITLE
    assert info["version"] == "0.0.0"
    assert info["x-sources"] == [{"title": "A", "document": "a.md"}, {"title": "B", "document": "b.md"}]
    again = normalize.merge_info([(Path("spec.yaml"), info)])
    assert again == info


def test_merge_components_merges_identical_schemas_once() -> None:
    merged = normalize.merge_components(
        [
            (Path("a.md"), {"schemas": {"TokenUsage": usage(), "A": {}}}),
            (Path("b.md"), {"schemas": {"TokenUsage": usage()}}),
        ]
    )
    assert merged["schemas"] == {"TokenUsage": usage(), "A": {}}


def test_overlay_update_remove_and_idempotency() -> None:
    spec = {
        "openapi": "3.1.1",
        "servers": [{"url": "a"}],
        "paths": {"/x": {"post": {"requestBody": {"d": 1}}}},
    }
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$", "update": {"servers": [{"url": "b"}]}},
            {"target": "$.paths.*.post.requestBody", "update": {"required": True}},
            {"target": "$.paths['/x'].post.requestBody.d", "remove": True},
        ],
    }
    once = normalize.apply_overlay(spec, overlay)
    assert once["servers"] == [{"url": "a"}, {"url": "b"}]
    assert once["paths"]["/x"]["post"]["requestBody"] == {"required": True}
    assert normalize.apply_overlay(once, overlay) == once


def test_overlay_target_matching_nothing_is_an_error_naming_the_overlay() -> None:
    overlay = {"overlay": "1.0.0", "actions": [{"target": "$.nowhere", "update": {"a": 1}}]}
    with pytest.raises(NormalizeError, match=r"my-overlay\.yaml.*matches nothing"):
        normalize.apply_overlay({"openapi": "3.1.1"}, overlay, "my-overlay.yaml")


def test_overlay_anchors_do_not_share_objects(tmp_path: Path) -> None:
    path = tmp_path / "overlay.yaml"
    path.write_text("overlay: 1.0.0\nactions:\n  - {target: $, update: {a: &x {k: 1}, b: *x}}\n")
    actions = normalize.load_overlay(path)["actions"]
    assert actions[0]["update"]["a"] is not actions[0]["update"]["b"]


# --------------------------------------------------------------------------- errors name the file


def test_document_without_yaml_block_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "broken.md").write_text("# Just prose\n\nNo spec here.\n")
    with pytest.raises(NormalizeError, match=r"broken\.md.*no ```yaml block"):
        normalize.build_spec(tmp_path, None, None)


def test_invalid_yaml_is_an_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_text("```yaml\nopenapi: 3.1.1\npaths: [unclosed\n```\n")
    with pytest.raises(NormalizeError, match=r"bad\.md: invalid YAML"):
        normalize.build_spec(tmp_path, None, None)


def test_spec_failing_validation_is_an_error(tmp_path: Path) -> None:
    spec = tiny_doc()
    spec["paths"]["/thing"]["post"]["responses"] = "not a mapping"
    (tmp_path / "thing.md").write_text(as_markdown(spec))
    with pytest.raises(NormalizeError, match="invalid OpenAPI after normalization"):
        normalize.build_spec(tmp_path, None, None)


def test_conflicting_schema_across_documents_names_both(tmp_path: Path) -> None:
    for name, kind in (("one.md", "object"), ("two.md", "string")):
        spec = tiny_doc(operationId=name[:3])
        spec["paths"] = {f"/{name[:3]}": spec["paths"]["/thing"]}
        spec["components"] = {"schemas": {"Shared": {"type": kind}}}
        (tmp_path / name).write_text(as_markdown(spec))
    with pytest.raises(NormalizeError) as caught:
        normalize.build_spec(tmp_path, None, None)
    assert "one.md" in str(caught.value) and "two.md" in str(caught.value)


def test_cli_reports_errors_with_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.md").write_text("nothing")
    args = ["--raw", str(tmp_path), "--operations", str(write_operations(tmp_path / "o.yml", []))]
    assert normalize.main([*args, "--out", str(tmp_path / "o.yaml")]) == 1
    assert "empty.md" in capsys.readouterr().err


# --------------------------------------------------------------------------- the real pipeline


@pytest.fixture(scope="module")
def spec_text() -> str:
    return normalize.render()


def test_committed_spec_matches_the_pipeline(spec_text: str) -> None:
    assert normalize.SPEC_PATH.read_text() == spec_text


def test_pipeline_is_deterministic(spec_text: str) -> None:
    assert normalize.render() == spec_text


def test_normalizing_the_normalized_spec_changes_nothing(tmp_path: Path, spec_text: str) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "twelvelabs-analyze.yaml").write_text(spec_text)
    assert normalize.render(raw, normalize.OVERLAY_PATH, None) == spec_text
    names = dict(normalize.load_selection(normalize.OPERATIONS_PATH).names)
    renames_again = write_operations(tmp_path / "ops.yaml", [], names)
    assert normalize.render(raw, normalize.OVERLAY_PATH, renames_again) == spec_text


def test_no_enum_value_objects_remain(spec_text: str) -> None:
    assert "- value:" not in spec_text

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "enum":
                    assert all(not isinstance(item, dict) for item in value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(yaml.safe_load(spec_text))


def _selected_published_operations() -> set[tuple[str, str, tuple[str, ...], str]]:
    """What openapi/operations.yaml selects from the published document, read here on its own."""
    selection = yaml.safe_load(normalize.OPERATIONS_PATH.read_text())
    (entry,) = [doc for doc in selection["documents"] if doc["file"] == PUBLISHED]
    published = json.loads((RAW / PUBLISHED).read_text())
    chosen = set()
    for path, item in published["paths"].items():
        for method, op in item.items():
            tags = tuple(t for t in op.get("tags") or [] if t.strip())
            if any(
                sel.get("operation", op["operationId"]) == op["operationId"]
                and ("tag" not in sel or sel["tag"] in tags)
                and sel.get("path", path) == path
                and sel.get("method", method).lower() == method
                for sel in entry["select"]
            ):
                chosen.add((method.upper(), path, tags, op["operationId"]))
    return chosen


def test_only_the_selected_published_operations_are_in(spec_text: str) -> None:
    spec = yaml.safe_load(spec_text)
    operations = {
        (method.upper(), path, tuple(op.get("tags", [])), op["operationId"])
        for path, item in spec["paths"].items()
        for method, op in item.items()
    }
    seeds = {("POST", "/gist", (), "gist"), ("POST", "/summarize", (), "summarize")}
    assert operations == _selected_published_operations() | seeds
    used_tags = {tag for *_, tags, _ in operations for tag in tags}
    assert sorted(t["name"] for t in spec["tags"]) == sorted(used_tags)
    assert spec["security"] == [{"apiKey": []}]
    assert spec["components"]["securitySchemes"] == {
        "apiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"}
    }
    assert "x-api-key" not in json.dumps(spec["paths"]).lower(), "no per-operation key parameter"


def test_the_published_token_usage_wins_over_the_seeds(spec_text: str) -> None:
    token_usage = yaml.safe_load(spec_text)["components"]["schemas"]["TokenUsage"]
    assert set(token_usage["properties"]) == {"output_tokens", "input_tokens"}
    assert token_usage["required"] == ["output_tokens"]


def test_a_third_document_needs_no_code_change(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    copy_text = (
        (RAW / "gist.md")
        .read_text()
        .replace("/gist:", "/gist-copy:")
        .replace("operationId: gist", "operationId: gist_copy")
        # The seeds' TokenUsage is narrower than the published one, which comes earlier: a
        # document read later may only extend it (the precedence rule), so this one names its own.
        .replace("TokenUsage", "GistCopyUsage")
        .replace("gist_Response_200", "gist_copy_Response_200")
    )
    (raw / "gist-copy.md").write_text(copy_text)
    spec = normalize.build_spec(raw, normalize.OVERLAY_PATH)
    assert "/gist-copy" in spec["paths"]
    assert {"GistCopyRequest", "GistCopyUsage"} <= set(spec["components"]["schemas"])
    assert spec["info"]["x-sources"][-1] == {
        "title": "Titles, topics, and hashtags",
        "document": "gist-copy.md",
    }


# --------------------------------------------------------------------------- public names by rule


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def named_doc(schemas: dict[str, Any], paths: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.1",
        "info": {"title": "T", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


@pytest.mark.parametrize(
    ("name", "derived"),
    [
        ("AnalyzeTasksGetParametersAnalysisMode", True),
        ("IndexesIndexIdVideosVideoIdGetResponsesContentApplicationJsonSchemaEmbedding", True),
        ("AnalyzePostRequestBodyContentApplicationJsonSchemaModelName", True),
        ("indexes_list_Response_200", True),
        ("Create-indexRequestBadRequestError", True),
        ("AnalyzeTask", False),
        ("CreateAsyncAnalyzeRequestModelName", False),
        ("page_info", False),
    ],
)
def test_derived_names_are_the_ones_made_from_a_location(name: str, derived: bool) -> None:
    assert normalize.is_derived_name(name) is derived


@pytest.mark.parametrize(
    ("word", "one"),
    [
        ("indexes", "index"),
        ("batches", "batch"),
        ("entities", "entity"),
        ("videos", "video"),
        ("assets", "asset"),
        ("access", "access"),
        ("multipartUpload", "multipartUpload"),
    ],
)
def test_singular(word: str, one: str) -> None:
    assert normalize.singular(word) == one


def test_answers_are_named_by_the_kind_of_operation() -> None:
    videos = {"operationId": "list", "tags": ["indexes > videos"]}
    assert normalize.answer_name(videos, "200") == "VideoPage"
    assert normalize.answer_name({"operationId": "create", "tags": ["indexes"]}, "201") == "IndexCreated"
    assert normalize.answer_name({"operationId": "retrieve", "tags": ["indexes > videos"]}, "200") == "Video"
    assert normalize.answer_name({"operationId": "get-status", "tags": ["multipartUpload"]}, "200") == (
        "MultipartUploadGetStatusResponse"
    )
    assert normalize.answer_name(videos, "400") == "IndexesVideosListBadRequestError"
    assert normalize.answer_name(videos, "500") == "IndexesVideosListInternalServerError"


def test_derived_names_become_the_names_of_where_they_are_used() -> None:
    inline = "IndexesIndexIdVideosVideoIdGetResponsesContentApplicationJsonSchemaEmbedding"
    spec = named_doc(
        {
            "indexes_videos_retrieve_Response_200": {
                "type": "object",
                "title": "indexes_videos_retrieve_Response_200",
                "properties": {"embedding": _ref(inline)},
            },
            inline: {
                "type": "object",
                "properties": {"segments": {"type": "array", "items": _ref(inline + "Segment")}},
            },
            inline + "Segment": {"type": "object"},
            "IndexesIndexIdVideosGetParametersEmbeddingOptionSchemaItems": {
                "type": "string",
                "enum": ["visual"],
            },
            "indexes_videos_list_Response_200": {"type": "object"},
        },
        {
            "/indexes/{index-id}/videos/{video-id}": {
                "get": {
                    "operationId": "retrieve",
                    "tags": ["indexes > videos"],
                    "responses": {"200": _json(_ref("indexes_videos_retrieve_Response_200"))},
                },
            },
            "/indexes/{index-id}/videos": {
                "get": {
                    "operationId": "list",
                    "tags": ["indexes > videos"],
                    "parameters": [
                        {
                            "name": "embedding_option",
                            "in": "query",
                            "schema": {
                                "type": "array",
                                "items": _ref("IndexesIndexIdVideosGetParametersEmbeddingOptionSchemaItems"),
                            },
                        }
                    ],
                    "responses": {"200": _json(_ref("indexes_videos_list_Response_200"))},
                },
            },
        },
    )
    named = normalize.name_derived_schemas(spec)
    assert sorted(named["components"]["schemas"]) == [
        "IndexesVideosListRequestEmbeddingOptionItem",
        "Video",
        "VideoEmbedding",
        "VideoEmbeddingSegmentsItem",
        "VideoPage",
    ]
    assert named["components"]["schemas"]["Video"]["title"] == "Video"
    assert named["components"]["schemas"]["Video"]["properties"]["embedding"] == _ref("VideoEmbedding")
    assert normalize.name_derived_schemas(named) == named, "idempotent"


def test_two_schemas_given_one_name_is_an_error_naming_both() -> None:
    paths = {
        "/a": {
            "get": {
                "operationId": "list",
                "tags": ["things"],
                "responses": {"200": _json(_ref("things_list_Response_200"))},
            }
        },
        "/b": {
            "get": {
                "operationId": "list",
                "tags": ["stuff > things"],
                "responses": {"200": _json(_ref("stuff_things_list_Response_200"))},
            }
        },
    }
    schemas = {
        "things_list_Response_200": {
            "type": "object",
            "properties": {"page_info": _ref("ThingsGetResponsesPageInfo")},
        },
        "ThingsGetResponsesPageInfo": {"type": "object"},
        "stuff_things_list_Response_200": {
            "type": "object",
            "properties": {"page_info": _ref("StuffThingsGetResponsesPageInfo")},
        },
        "StuffThingsGetResponsesPageInfo": {"type": "object"},
    }
    # Two tags that end alike: both answers (and what they hold) are named with the tag in full.
    named = normalize.name_derived_schemas(named_doc(schemas, paths))["components"]["schemas"]
    assert sorted(named) == ["StuffThingPage", "StuffThingPagePageInfo", "ThingPage", "ThingPagePageInfo"]
    # Still one name when in full: an error naming both.
    paths["/a"]["get"]["tags"] = ["stuffs > things"]
    with pytest.raises(
        NormalizeError,
        match=r"(StuffThings\w+ and Things\w+|stuff_things\w+ and things\w+) would both be named StuffThingPage",
    ):
        normalize.name_derived_schemas(named_doc(schemas, paths))
    paths["/a"]["get"]["tags"] = ["things"]  # a top-level tag: in full, the same name
    taken = named_doc(
        {"things_list_Response_200": {"type": "object"}, "ThingPage": {"type": "string"}}, {"/a": paths["/a"]}
    )
    with pytest.raises(
        NormalizeError, match=r"things_list_Response_200 would be named ThingPage, which another"
    ):
        normalize.name_derived_schemas(taken)


def test_flat_error_bodies_share_error_body() -> None:
    flat = {
        "type": "object",
        "title": "x",
        "properties": {"code": {"type": "string"}, "message": {"type": "string", "description": "m"}},
    }
    odd = {"type": "object", "properties": {"error_code": {"type": "integer"}}}
    spec = named_doc(
        {
            "Create-thingRequestBadRequestError": flat,
            "Create-thingRequestNotFoundError": flat,
            "Create-thingRequestConflictError": odd,
        },
        {
            "/t": {
                "post": {
                    "operationId": "create",
                    "tags": ["things"],
                    "responses": {
                        "400": _json(_ref("Create-thingRequestBadRequestError")),
                        "404": _json(_ref("Create-thingRequestNotFoundError")),
                        "409": _json(_ref("Create-thingRequestConflictError")),
                    },
                }
            }
        },
    )
    shared = normalize.share_error_bodies(spec)
    schemas = shared["components"]["schemas"]
    assert sorted(schemas) == ["Create-thingRequestConflictError", "ErrorBody"]
    assert schemas["ErrorBody"] == {
        "type": "object",
        "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
    }
    responses = shared["paths"]["/t"]["post"]["responses"]
    assert responses["400"] == responses["404"] == _json(_ref("ErrorBody"))
    assert normalize.share_error_bodies(shared) == shared
    # The other shape is named by the location rule instead.
    assert "ThingsCreateConflictError" in normalize.name_derived_schemas(shared)["components"]["schemas"]


def _enum_doc(mode_a: list[str], mode_b: list[str]) -> dict[str, Any]:
    def create(tag: str, body: str) -> dict[str, Any]:
        return {
            "operationId": "create",
            "tags": [tag],
            "requestBody": _json(_ref(body)),
            "responses": {"200": {"description": "ok"}},
        }

    return named_doc(
        {
            "TaskRequest": {
                "type": "object",
                "properties": {"analysis_mode": _ref("TaskRequestAnalysisMode")},
            },
            "TaskRequestAnalysisMode": {"type": "string", "enum": mode_a, "description": "a"},
            "BatchRequest": {
                "type": "object",
                "properties": {"analysis_mode": _ref("BatchRequestAnalysisMode")},
            },
            "BatchRequestAnalysisMode": {"type": "string", "enum": mode_b, "description": "b"},
            "Kept": {"type": "string", "enum": mode_a},
            "Other": {"type": "object", "properties": {"analysis_mode": _ref("Kept")}},
        },
        {
            "/tasks": {"post": create("tasks", "TaskRequest")},
            "/batches": {"post": create("batches", "BatchRequest")},
        },
    )


def test_enums_of_one_property_in_several_operations_share_a_component_named_after_it() -> None:
    spec = _enum_doc(["general", "time_based_metadata"], ["general", "time_based_metadata"])
    shared = normalize.share_enums_by_property(spec, keep=["Kept"])
    schemas = shared["components"]["schemas"]
    assert schemas["AnalysisMode"] == {"type": "string", "enum": ["general", "time_based_metadata"]}, (
        "descriptions differ: dropped"
    )
    assert "TaskRequestAnalysisMode" not in schemas and "BatchRequestAnalysisMode" not in schemas
    assert schemas["TaskRequest"]["properties"]["analysis_mode"] == _ref("AnalysisMode")
    assert schemas["Other"]["properties"]["analysis_mode"] == _ref("Kept"), "a name of operations.yaml stays"
    assert normalize.share_enums_by_property(shared, keep=["Kept"]) == shared
    # Different values: nothing is shared.
    apart = _enum_doc(["general"], ["general", "time_based_metadata"])
    assert normalize.share_enums_by_property(apart, keep=["Kept"]) == apart


def test_a_shared_enum_whose_property_name_is_taken_takes_its_shortest_member_name() -> None:
    spec = _enum_doc(["general"], ["general"])
    spec["components"]["schemas"]["AnalysisMode"] = {"type": "object"}
    shared = normalize.share_enums_by_property(spec, keep=["Kept"])["components"]["schemas"]
    assert shared["AnalysisMode"] == {"type": "object"}
    assert "TaskRequestAnalysisMode" in shared and "BatchRequestAnalysisMode" not in shared
    assert shared["BatchRequest"]["properties"]["analysis_mode"] == _ref("TaskRequestAnalysisMode")
    # Two sets of values under one property name: neither takes the bare name.
    schemas: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    for thing, values in (
        ("Task", ["ready"]),
        ("Batch", ["ready"]),
        ("Entity", ["done"]),
        ("Item", ["done"]),
    ):
        schemas[f"{thing}Body"] = {"type": "object", "properties": {"status": _ref(f"{thing}BodyStatus")}}
        schemas[f"{thing}BodyStatus"] = {"type": "string", "enum": values}
        paths[f"/{thing}"] = {
            "post": {
                "operationId": "create",
                "tags": [thing],
                "requestBody": _json(_ref(f"{thing}Body")),
                "responses": {"200": {"description": "ok"}},
            }
        }
    names = set(normalize.share_enums_by_property(named_doc(schemas, paths))["components"]["schemas"])
    assert {"TaskBodyStatus", "ItemBodyStatus"} <= names, "the shortest of each"
    assert not {"Status", "BatchBodyStatus", "EntityBodyStatus"} & names


def test_a_shared_enum_is_named_after_the_words_its_owners_share() -> None:
    spec = _enum_doc(["ready"], ["ready"])
    schemas = spec["components"]["schemas"]
    schemas["AssetRequest"] = schemas.pop("TaskRequest")
    schemas["AssetDetailRequest"] = schemas.pop("BatchRequest")
    spec["paths"]["/tasks"]["post"]["requestBody"] = _json(_ref("AssetRequest"))
    spec["paths"]["/batches"]["post"]["requestBody"] = _json(_ref("AssetDetailRequest"))
    shared = normalize.share_enums_by_property(spec, keep=["Kept"])["components"]["schemas"]
    assert "AssetAnalysisMode" in shared and "AnalysisMode" not in shared
    assert shared["AssetRequest"]["properties"]["analysis_mode"] == _ref("AssetAnalysisMode")
