"""``make update-spec``: take in a new published spec from a local file (no network), in a copy of
openapi/; check the summary, the files it leaves, and that a bad document leaves nothing."""

from __future__ import annotations

import datetime
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import normalize
import update_spec
from update_spec import UpdateError

PUBLISHED = "twelvelabs-openapi-2026-07-30.json"
NEW_DATE = datetime.date(2026, 8, 15)
NEW_FILE = "twelvelabs-openapi-2026-08-15.json"


class Project:
    """A scratch copy of openapi/raw and operations.yaml (the overlay is the real one, read only)."""

    def __init__(self, root: Path) -> None:
        self.raw = root / "raw"
        shutil.copytree(normalize.RAW_DIR, self.raw)
        self.operations = root / "operations.yaml"
        shutil.copyfile(normalize.OPERATIONS_PATH, self.operations)
        self.root = root

    def state(self) -> dict[str, bytes]:
        files = {p.name: p.read_bytes() for p in self.raw.iterdir()}
        return {**files, "operations.yaml": self.operations.read_bytes()}

    def new_document(self, change: Callable[[dict[str, Any]], None], name: str = "openapi.json") -> Path:
        document = json.loads((self.raw / PUBLISHED).read_text())
        change(document)
        path = self.root / name
        path.write_text(json.dumps(document, indent=2))
        return path

    def update(self, source: Path | str, date: datetime.date = NEW_DATE) -> update_spec.Update:
        return update_spec.update(str(source), date, raw_dir=self.raw, operations_path=self.operations)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(tmp_path)


def changed_upstream(document: dict[str, Any]) -> None:
    """What a new release might do: one of each kind of change, and one outside the selection."""
    schemas = document["components"]["schemas"]
    body = document["paths"]["/analyze"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["language"] = {"type": "string", "description": "The output language."}  # new field
    schemas["AnalyzeTextPrompt"]["maxLength"] = 20000  # a bound
    schemas["AnalyzePostRequestBodyContentApplicationJsonSchemaModelName"]["enum"].append("pegasus2.0")
    del schemas["NonStreamAnalyzeResponse"]["properties"]["finish_reason"]  # a response field goes
    page_limit = next(
        p for p in document["paths"]["/analyze/tasks"]["get"]["parameters"] if p["name"] == "page_limit"
    )
    page_limit["schema"]["default"] = 25
    schemas["AnalyzeTaskResponse"]["required"].append("result")
    document["paths"]["/indexes"]["get"]["summary"] = "Not selected: not reported"
    del document["paths"]["/embed"]


def test_the_summary_lists_what_changed_in_the_selected_operations(project: Project) -> None:
    source = project.new_document(changed_upstream)
    result = project.update(source)
    assert (result.old_file, result.new_file) == (PUBLISHED, NEW_FILE)
    lines = list(update_spec.report(result, project.raw, project.operations))
    assert (
        lines[0]
        == f"update-spec: stored raw/{NEW_FILE} (replaces {PUBLISHED}); operations.yaml points at it."
    )
    assert lines[1:-1] == [
        "Changes in the selected operations (normalized spec, overlay applied):",
        "  POST /analyze (analyze)",
        "    + request field language (string)",
        '    ~ request field model_name: enum + "pegasus2.0"',
        "    ~ request field prompt: maxLength none → 20000",
        "    - response 200 application/json field finish_reason",
        "  GET /analyze/tasks (list)",
        "    ~ query parameter page_limit: default 10 → 25",
        "    ~ response 200 application/json field data[].result: now required",
        "  GET /analyze/tasks/{task_id} (retrieve)",
        "    ~ response 200 application/json field result: now required",
    ]
    assert "make generate" in lines[-1] and "review" in lines[-1]


def test_the_new_document_replaces_the_old_one(project: Project) -> None:
    source = project.new_document(changed_upstream)
    before = project.operations.read_text()
    project.update(source)
    assert sorted(p.name for p in project.raw.iterdir()) == ["gist.md", "summarize.md", NEW_FILE]
    assert (project.raw / NEW_FILE).read_bytes() == source.read_bytes(), "stored byte for byte"
    assert project.operations.read_text() == before.replace(PUBLISHED, NEW_FILE), "comments and all kept"
    spec = normalize.build_spec(project.raw, normalize.OVERLAY_PATH, project.operations)
    assert "language" in spec["components"]["schemas"]["AnalyzeRequest"]["properties"]
    assert spec["info"]["x-sources"][-1]["document"] == NEW_FILE


def test_the_same_document_again_changes_nothing(project: Project) -> None:
    result = project.update(project.raw / PUBLISHED, datetime.date(2026, 7, 30))
    lines = list(update_spec.report(result, project.raw, project.operations))
    assert lines[0].endswith("(same name, new bytes); operations.yaml points at it.")
    assert lines[1] == "No changes in the selected operations."
    assert sorted(p.name for p in project.raw.iterdir()) == ["gist.md", "summarize.md", PUBLISHED]


def drop_analyze(document: dict[str, Any]) -> None:
    del document["paths"]["/analyze"]


def narrow_token_usage(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["TokenUsage"]["properties"]["output_tokens"]["type"] = "string"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (drop_analyze, r"select entry \{operation: analyze\} matches no operation"),
        (narrow_token_usage, r"components\.schemas\.TokenUsage conflicts with the one in .*summarize\.md"),
    ],
    ids=["selection-breaks", "precedence-breaks"],
)
def test_a_document_that_does_not_normalize_changes_nothing(
    project: Project, change: Callable[[dict[str, Any]], None], message: str
) -> None:
    before = project.state()
    with pytest.raises(UpdateError, match=r"does not normalize, nothing was changed:\n.*" + message):
        project.update(project.new_document(change))
    assert project.state() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{oops", "is not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"swagger": "2.0", "info": {}, "paths": {}}', "is not an OpenAPI 3.1 document"),
        (b'{"openapi": "3.1.0", "info": {"title": "t"}, "paths": {"/a": {}}}', "no info.title/info.version"),
        (b'{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}', "has no paths"),
    ],
)
def test_what_is_not_an_openapi_31_document_is_refused_first(
    project: Project, tmp_path: Path, content: bytes, message: str
) -> None:
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    before = project.state()
    with pytest.raises(UpdateError, match=message):
        project.update(source)
    assert project.state() == before


def test_the_command_line(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--raw", str(project.raw), "--operations", str(project.operations)]
    assert update_spec.main([str(project.root / "missing.json"), *args]) == 1
    assert "update-spec: error: cannot read" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        update_spec.main([str(project.raw / PUBLISHED), "--date", "15/08/2026", *args])


def test_fetch_reads_files_and_file_urls(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_bytes(b"{}")
    assert update_spec.fetch(str(path)) == update_spec.fetch(f"file://{path}") == b"{}"


def test_the_file_entry_is_replaced_once_keeping_comments() -> None:
    text = (
        "documents:\n  - file: a.md   # seeds\n  - file: 'twelvelabs-openapi-2026-07-30.json'  # published\n"
    )
    updated = update_spec.replace_file_entry(text, PUBLISHED, NEW_FILE)
    assert updated == text.replace(PUBLISHED, NEW_FILE)
    with pytest.raises(UpdateError, match=r"expected one 'file: b\.md' line"):
        update_spec.replace_file_entry(text, "b.md", NEW_FILE)


def test_exactly_one_published_document_must_be_listed() -> None:
    entries = (normalize.DocumentEntry("gist.md"),)
    with pytest.raises(UpdateError, match=r"exactly one twelvelabs-openapi-<date>\.json, found 0"):
        update_spec.published_entry(normalize.Selection(entries, source="ops.yaml"))


def test_compare_fields_names_each_kind_of_change() -> None:
    old = {
        "request field a": {"type": "string", "required": True, "description": "A."},
        "request field b": {"type": "integer", "minimum": 1},
        "request field c": {"enum": ["x", "y"]},
        "request field gone": {"type": "string"},
    }
    new = {
        "request field a": {"type": "string", "description": "A, changed."},
        "request field b": {"type": "number", "minimum": 0},
        "request field c": {"enum": ["x", "z"]},
        "request field new": {"type": "boolean", "required": True},
    }
    assert update_spec.compare_fields(old, new) == [
        "~ request field a: no longer required",
        "~ request field a: description changed",
        '~ request field b: type "integer" → "number"',
        "~ request field b: minimum 1 → 0",
        '~ request field c: enum + "z", - "y"',
        "- request field gone",
        "+ request field new (boolean), required",
    ]
