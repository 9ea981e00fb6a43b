"""The spec pipeline: each generic fix on a tiny document, then the whole pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

import normalize
from normalize import NormalizeError

RAW = normalize.RAW_DIR


def tiny_doc(**operation: Any) -> dict[str, Any]:
    op = {"operationId": "thing", "responses": {"200": {"description": "ok"}}, **operation}
    return {
        "openapi": "3.1.1",
        "info": {"title": "T", "version": "endpoint_.thing"},
        "paths": {"/thing": {"post": op}},
    }


def as_markdown(spec: dict[str, Any], reference: str = "https://docs.example/api-reference/things/x") -> str:
    return f"# Title\n\nReference: {reference}\n\n## OpenAPI\n\n```yaml\n{yaml.safe_dump(spec)}\n```\n\n```python\nprint()\n```\n"


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


def test_fix_invalid_tags_replaces_empty_lists_and_declares_the_tag() -> None:
    spec = normalize.fix_invalid_tags(tiny_doc(tags=[[]]), "analyze-videos")
    assert spec["paths"]["/thing"]["post"]["tags"] == ["analyze-videos"]
    assert spec["tags"] == [{"name": "analyze-videos"}]
    kept = normalize.fix_invalid_tags(tiny_doc(tags=["real", []]), "other")
    assert kept["paths"]["/thing"]["post"]["tags"] == ["real"]


def test_tag_comes_from_the_reference_url() -> None:
    assert normalize.tag_from_reference("Reference: https://d/api-reference/analyze-videos/gist\n") == (
        "analyze-videos"
    )
    assert normalize.tag_from_reference("no reference line") == normalize.DEFAULT_TAG


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


def test_drop_empty_content() -> None:
    responses = {
        "200": {"description": "ok", "content": {"application/json": {}}},
        "429": {"description": "x", "content": {}},
    }
    spec = normalize.drop_empty_content(tiny_doc(responses=responses))
    out = spec["paths"]["/thing"]["post"]["responses"]
    assert out["429"] == {"description": "x"}
    assert out["200"]["content"] == {"application/json": {}}


def test_lift_inline_request_bodies_names_them_after_the_operation() -> None:
    body = {
        "content": {
            "application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}
        }
    }
    spec = normalize.lift_inline_request_bodies(tiny_doc(operationId="make_thing", requestBody=body))
    ref = spec["paths"]["/thing"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert ref == {"$ref": "#/components/schemas/MakeThingRequest"}
    assert spec["components"]["schemas"]["MakeThingRequest"]["properties"] == {"a": {"type": "string"}}


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
    usage = {"type": "object", "properties": {"output_tokens": {"type": "integer"}}}
    merged = normalize.merge_components(
        [
            (Path("a.md"), {"schemas": {"TokenUsage": usage, "A": {}}}),
            (Path("b.md"), {"schemas": {"TokenUsage": dict(usage)}}),
        ]
    )
    assert merged["schemas"] == {"TokenUsage": usage, "A": {}}


def test_merge_components_conflict_names_both_files() -> None:
    with pytest.raises(NormalizeError) as caught:
        normalize.merge_components(
            [
                (Path("raw/first.md"), {"schemas": {"TokenUsage": {"type": "object"}}}),
                (Path("raw/second.md"), {"schemas": {"TokenUsage": {"type": "string"}}}),
            ]
        )
    message = str(caught.value)
    assert "raw/first.md" in message and "raw/second.md" in message and "TokenUsage" in message


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


# --------------------------------------------------------------------------- errors name the file


def test_document_without_yaml_block_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "broken.md").write_text("# Just prose\n\nNo spec here.\n")
    with pytest.raises(NormalizeError, match=r"broken\.md.*no ```yaml block"):
        normalize.build_spec(tmp_path, None)


def test_invalid_yaml_is_an_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_text("```yaml\nopenapi: 3.1.1\npaths: [unclosed\n```\n")
    with pytest.raises(NormalizeError, match=r"bad\.md: invalid YAML"):
        normalize.build_spec(tmp_path, None)


def test_spec_failing_validation_is_an_error(tmp_path: Path) -> None:
    spec = tiny_doc()
    spec["paths"]["/thing"]["post"]["responses"] = "not a mapping"
    (tmp_path / "thing.md").write_text(as_markdown(spec))
    with pytest.raises(NormalizeError, match="invalid OpenAPI after normalization"):
        normalize.build_spec(tmp_path, None)


def test_conflicting_schema_across_documents_names_both(tmp_path: Path) -> None:
    for name, kind in (("one.md", "object"), ("two.md", "string")):
        spec = tiny_doc(operationId=name[:3])
        spec["paths"] = {f"/{name[:3]}": spec["paths"]["/thing"]}
        spec["components"] = {"schemas": {"Shared": {"type": kind}}}
        (tmp_path / name).write_text(as_markdown(spec))
    with pytest.raises(NormalizeError) as caught:
        normalize.build_spec(tmp_path, None)
    assert "one.md" in str(caught.value) and "two.md" in str(caught.value)


# --------------------------------------------------------------------------- the real pipeline


@pytest.fixture(scope="module")
def spec_text() -> str:
    return normalize.render()


def test_committed_spec_matches_the_pipeline(spec_text: str) -> None:
    assert normalize.SPEC_PATH.read_text() == spec_text


def test_pipeline_is_deterministic(spec_text: str) -> None:
    assert normalize.render() == spec_text


def test_normalizing_the_normalized_spec_changes_nothing(tmp_path: Path, spec_text: str) -> None:
    (tmp_path / "twelvelabs-analyze.yaml").write_text(spec_text)
    assert normalize.render(tmp_path) == spec_text


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


def test_overlay_facts_are_in_the_spec(spec_text: str) -> None:
    spec = yaml.safe_load(spec_text)
    schemas = spec["components"]["schemas"]
    assert spec["servers"][0]["url"] == "https://api.twelvelabs.io/v1.3"
    assert schemas["GistType"]["enum"] == ["title", "topic", "hashtag"]
    assert schemas["SummarizeType"]["enum"] == ["summary", "chapter", "highlight"]
    temperature = schemas["SummarizeRequest"]["properties"]["temperature"]
    assert (temperature["minimum"], temperature["maximum"], temperature["default"]) == (0, 1, 0.2)
    for path in ("/gist", "/summarize"):
        operation = spec["paths"][path]["post"]
        assert operation["requestBody"]["required"] is True
        assert operation["responses"]["401"]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/ErrorResponse"
        }
        assert "X-Ratelimit-Reset" in operation["responses"]["429"]["headers"]
        assert "Retry-After" in operation["responses"]["429"]["headers"]
    closed = {name for name, schema in schemas.items() if schema.get("additionalProperties") is False}
    assert closed == {"GistRequest", "SummarizeRequest", "ResponseFormat"}, "only request bodies are closed"


def test_a_third_document_needs_no_code_change(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    copy = (
        (RAW / "gist.md")
        .read_text()
        .replace("/gist:", "/gist-copy:")
        .replace("operationId: gist", "operationId: gist_copy")
    )
    (raw / "gist-copy.md").write_text(copy)
    spec = normalize.build_spec(raw, normalize.OVERLAY_PATH)
    assert sorted(spec["paths"]) == ["/gist", "/gist-copy", "/summarize"]
    assert "GistCopyRequest" in spec["components"]["schemas"]
    assert len(spec["info"]["x-sources"]) == 3


def test_cli_reports_errors_with_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.md").write_text("nothing")
    assert normalize.main(["--raw", str(tmp_path), "--out", str(tmp_path / "o.yaml")]) == 1
    assert "empty.md" in capsys.readouterr().err


def test_prune_unreferenced_schemas_keeps_what_is_reachable() -> None:
    spec = {
        "paths": {"/x": {"post": {"requestBody": {"$ref": "#/components/schemas/A"}}}},
        "components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {}, "Orphan": {}}},
    }
    assert sorted(normalize.prune_unreferenced_schemas(spec)["components"]["schemas"]) == ["A", "B"]
