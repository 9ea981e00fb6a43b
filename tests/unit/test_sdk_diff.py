"""``make update-spec SDK=…``: the official SDK's types read with ``ast`` and compared with the spec.

A small SDK tree written the way Fern writes TwelveLabs' SDK (Literal-or-Any aliases, pydantic
models with ``FieldMetadata`` aliases, unions of variants, ``Raw*Client`` methods calling
``httpx_client.request``) stands in for a real release: no network, nothing imported or run.
"""

from __future__ import annotations

import textwrap
import zipfile
from pathlib import Path
from typing import Any

import pytest

import normalize
import sdk_diff
import update_spec

MODULES = {
    "__init__.py": "",
    "core/__init__.py": "",
    "types/__init__.py": "from .finish_reason import FinishReason\n",
    "types/finish_reason.py": """
        import typing
        FinishReason = typing.Union[typing.Literal["stop", "length", "content_filter"], typing.Any]
    """,
    "types/task_status.py": """
        import typing
        TaskStatus = typing.Union[typing.Literal["queued", "ready", "canceled"], typing.Any]
    """,
    "types/video_context.py": """
        from __future__ import annotations
        import typing
        import typing_extensions
        from ..core.pydantic_utilities import UniversalBaseModel
        from ..core.serialization import FieldMetadata
        class VideoContext_Url(UniversalBaseModel):
            type: typing.Literal["url"] = "url"
            url: str
        class VideoContext_Base64String(UniversalBaseModel):
            type: typing.Literal["base64_string"] = "base64_string"
            base_64_string: typing_extensions.Annotated[str, FieldMetadata(alias="base64_string")]
        VideoContext = typing.Union[VideoContext_Url, VideoContext_Base64String]
    """,
    "types/image_input.py": """
        import typing
        import pydantic
        from ..core.pydantic_utilities import UniversalBaseModel
        class ImageInput(UniversalBaseModel):
            name: str = pydantic.Field()
            url: typing.Optional[str] = pydantic.Field(default=None)
    """,
    "types/analyze_result.py": """
        import typing
        import pydantic
        from ..core.pydantic_utilities import IS_PYDANTIC_V2, UniversalBaseModel
        from .finish_reason import FinishReason
        class AnalyzeResult(UniversalBaseModel):
            id: typing.Optional[str] = pydantic.Field(default=None)
            data: typing.Optional[str] = None
            finish_reason: typing.Optional[FinishReason] = None
            metadata: typing.Optional[typing.Dict[str, typing.Any]] = None
            model_config: typing.ClassVar[pydantic.ConfigDict] = pydantic.ConfigDict(extra="allow")
    """,
    "types/task.py": """
        import typing
        import pydantic
        from ..core.pydantic_utilities import UniversalBaseModel
        from .task_status import TaskStatus
        class Task(UniversalBaseModel):
            task_id: str = pydantic.Field()
            status: TaskStatus
            batch_id: typing.Optional[str] = pydantic.Field(default=None)
    """,
    "raw_base_client.py": """
        import typing
        from .types.analyze_result import AnalyzeResult
        from .types.image_input import ImageInput
        from .types.video_context import VideoContext
        from .core.serialization import convert_and_respect_annotation_metadata
        OMIT = typing.cast(typing.Any, ...)
        class RawBaseClient:
            def analyze(
                self,
                *,
                model_name: typing.Optional[typing.Union[typing.Literal["pegasus1.6", "pegasus1.5"], typing.Any]] = OMIT,
                video: typing.Optional[VideoContext] = OMIT,
                image: typing.Optional[typing.Sequence[ImageInput]] = OMIT,
                prompt: typing.Optional[str] = OMIT,
                request_options=None,
            ) -> "HttpResponse[AnalyzeResult]":
                _response = self._client_wrapper.httpx_client.request(
                    "analyze",
                    method="POST",
                    json={
                        "model_name": model_name,
                        "video": convert_and_respect_annotation_metadata(object_=video, annotation=VideoContext, direction="write"),
                        "image": convert_and_respect_annotation_metadata(object_=image, annotation=typing.Sequence[ImageInput], direction="write"),
                        "prompt": prompt,
                        "stream": False,
                    },
                )
        class AsyncRawBaseClient:
            async def analyze(self, *, prompt: str = OMIT) -> "AsyncHttpResponse[AnalyzeResult]":
                _response = await self._client_wrapper.httpx_client.request("analyze", method="POST", json={"prompt": prompt, "async_only": 1})
    """,
    "tasks/__init__.py": "",
    "tasks/raw_client.py": """
        import typing
        from ..types.task import Task
        from ..types.task_status import TaskStatus
        from ..core.jsonable_encoder import jsonable_encoder
        class RawTasksClient:
            def list(self, *, page: typing.Optional[int] = None, status: typing.Optional[TaskStatus] = None) -> HttpResponse[typing.List[Task]]:
                _response = self._client_wrapper.httpx_client.request("analyze/tasks", method="GET", params={"page": page, "status": status})
            def retrieve(self, task_id: str) -> HttpResponse[Task]:
                _response = self._client_wrapper.httpx_client.request(f"analyze/tasks/{jsonable_encoder(task_id)}", method="GET")
            def cancel(self, task_id: str) -> HttpResponse[Task]:
                _response = self._client_wrapper.httpx_client.request(f"analyze/tasks/{jsonable_encoder(task_id)}/cancel", method="POST")
            def _helper(self) -> None:
                self._client_wrapper.httpx_client.request("elsewhere", method="GET")
    """,
}


def write_sdk(root: Path, modules: dict[str, str] = MODULES) -> Path:
    for name, text in modules.items():
        path = root / "twelvelabs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return root


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/analyze": {
            "post": {
                "operationId": "analyze",
                "requestBody": json_body(
                    {
                        "type": "object",
                        "properties": {
                            "model_name": {"type": "string", "enum": ["pegasus1.2", "pegasus1.5"]},
                            "video_id": {"type": "string"},
                            "video": {"oneOf": [ref("VideoContextUrl"), ref("VideoContextBase64String")]},
                            "prompt": {"type": "string"},
                            "stream": {"type": "boolean"},
                            "response_format": {
                                "type": "object",
                                "properties": {"json_schema": {"type": "object"}},
                            },
                        },
                        "oneOf": [{"required": ["video_id"]}, {"required": ["video"]}],
                    }
                ),
                "responses": {
                    "200": json_body(ref("AnalyzeResult")),
                    "400": json_body({"type": "object", "properties": {"code": {"type": "string"}}}),
                },
            }
        },
        "/analyze/tasks": {
            "get": {
                "operationId": "list",
                "parameters": [
                    {"name": "page", "in": "query", "schema": {"type": "integer"}},
                    {"name": "status", "in": "query", "schema": ref("TaskStatus")},
                    {"name": "video_id", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {"200": json_body({"type": "array", "items": ref("Task")})},
            }
        },
        "/analyze/tasks/{task_id}": {
            "get": {
                "operationId": "retrieve",
                "parameters": [
                    {"name": "task_id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": json_body(ref("Task"))},
            },
            "delete": {"operationId": "delete", "responses": {"204": {"description": "gone"}}},
        },
    },
    "components": {
        "schemas": {
            "VideoContextUrl": {
                "type": "object",
                "properties": {"type": {"enum": ["url"]}, "url": {"type": "string"}},
            },
            "VideoContextBase64String": {
                "type": "object",
                "properties": {"type": {"enum": ["base64_string"]}, "base64_string": {"type": "string"}},
            },
            "FinishReason": {"type": "string", "enum": ["stop", "length"]},
            "TaskStatus": {"type": "string", "enum": ["queued", "ready", "failed"]},
            "AnalyzeResult": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "data": {"type": "string"},
                    "finish_reason": ref("FinishReason"),
                    "metadata": {"type": "object", "properties": {"generation_id": {"type": "string"}}},
                },
            },
            "Task": {
                "type": "object",
                "properties": {"task_id": {"type": "string"}, "status": ref("TaskStatus")},
            },
        }
    },
}

EXPECTED = [
    "POST /analyze (analyze) ~ SDK RawBaseClient.analyze",
    "  + request image (in the SDK, not in the spec; 2 fields below it)",
    '  ~ request model_name: enum + "pegasus1.6", - "pegasus1.2"',
    "  - request response_format (in the spec, not in the SDK; 1 fields below it)",
    "  - request video_id (in the spec, not in the SDK)",
    '  ~ response finish_reason: enum + "content_filter"',
    "GET /analyze/tasks (list) ~ SDK RawTasksClient.list",
    '  ~ query status: enum + "canceled", - "failed"',
    "  - query video_id (in the spec, not in the SDK)",
    "  + response [].batch_id (in the SDK, not in the spec)",
    '  ~ response [].status: enum + "canceled", - "failed"',
    "DELETE /analyze/tasks/{task_id} (delete): not in the SDK",
    "GET /analyze/tasks/{task_id} (retrieve) ~ SDK RawTasksClient.retrieve",
    "  + response batch_id (in the SDK, not in the spec)",
    '  ~ response status: enum + "canceled", - "failed"',
    "+ operation POST /analyze/tasks/{task_id}/cancel (RawTasksClient.cancel): in the SDK, not selected",
]


def test_the_differences_from_an_sdk_tree(tmp_path: Path) -> None:
    package = sdk_diff.sdk_package_dir(write_sdk(tmp_path))
    assert sdk_diff.diff(SPEC, package) == EXPECTED


def test_what_both_sides_agree_on_is_not_reported(tmp_path: Path) -> None:
    """Aliased wire names (base64_string), unions of variants, the free-form metadata dict, the
    constant ``stream`` field and the async twins add no line; nor do error bodies."""
    lines = sdk_diff.diff(SPEC, sdk_diff.sdk_package_dir(write_sdk(tmp_path)))
    assert not [line for line in lines if "video" in line and "video_id" not in line]
    assert not [line for line in lines if "metadata" in line or "stream" in line or "async_only" in line]
    assert not [line for line in lines if "code" in line]


def test_an_sdk_in_line_with_the_spec_reports_nothing(tmp_path: Path) -> None:
    modules = dict(MODULES)
    modules["types/task_status.py"] = (
        'import typing\nTaskStatus = typing.Union[typing.Literal["queued", "ready", "failed"], typing.Any]\n'
    )
    modules["types/task.py"] = MODULES["types/task.py"].replace(
        "batch_id: typing.Optional[str] = pydantic.Field(default=None)", "pass"
    )
    modules["tasks/raw_client.py"] = (
        MODULES["tasks/raw_client.py"]
        .replace(', "status": status})', ', "status": status, "video_id": None})')
        .replace("def cancel", "def _cancel")
    )
    lines = sdk_diff.diff(SPEC, sdk_diff.sdk_package_dir(write_sdk(tmp_path, modules)))
    assert [line for line in lines if "tasks" in line] == [
        "DELETE /analyze/tasks/{task_id} (delete): not in the SDK"
    ]


@pytest.mark.parametrize("form", ["folder", "package", "wheel"])
def test_the_sdk_can_be_a_folder_its_package_or_a_wheel(tmp_path: Path, form: str) -> None:
    root = write_sdk(tmp_path / "sdk")
    source = {"folder": root, "package": root / "twelvelabs"}.get(form)
    if source is None:
        source = tmp_path / "twelvelabs-9.0.0-py3-none-any.whl"
        with zipfile.ZipFile(source, "w") as wheel:
            for file in (root / "twelvelabs").rglob("*.py"):
                wheel.write(file, str(file.relative_to(root)))
            wheel.writestr("twelvelabs-9.0.0.dist-info/METADATA", "Name: twelvelabs\n")
    lines = sdk_diff.report(SPEC, str(source))
    assert lines[0].startswith("Differences between the normalized spec and twelvelabs types")
    assert [line.removeprefix("  ") for line in lines[1:]] == EXPECTED


@pytest.mark.parametrize("source", ["not-a-version-or-path", "/nowhere/at/all"])
def test_a_source_that_is_no_sdk_is_an_error(source: str) -> None:
    with pytest.raises(sdk_diff.SdkError, match="neither a version"):
        sdk_diff.report(SPEC, source)


def test_a_folder_without_the_package_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(sdk_diff.SdkError, match="no twelvelabs/ package"):
        sdk_diff.report(SPEC, str(tmp_path))


def test_update_spec_reports_the_sdk_against_the_projects_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``make update-spec SDK=PATH`` alone: the project's normalized spec against the SDK; nothing written."""
    modules = {
        name: text
        for name, text in MODULES.items()
        if name.startswith(("__init__", "core/", "types/", "tasks/"))
    }
    modules["types/task_status.py"] = MODULES["types/task_status.py"].replace('"canceled"', '"paused"')
    root = write_sdk(tmp_path, modules)
    assert update_spec.main(["--sdk-types", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    retrieve = out.index("  GET /analyze/tasks/{task_id} (retrieve) ~ SDK RawTasksClient.retrieve")
    changes = '    ~ response status: enum + "paused", - "pending", - "processing", - "failed", - "canceled"'
    assert changes in out[retrieve:]
    assert "  POST /analyze (analyze): not in the SDK" in out


def test_update_spec_needs_a_spec_or_an_sdk(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        update_spec.main([])
    assert stopped.value.code == 2 and "--sdk-types" in capsys.readouterr().err


def test_update_spec_turns_an_unreadable_sdk_into_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert update_spec.main(["--sdk-types", str(tmp_path)]) == 1
    assert "update-spec: error:" in capsys.readouterr().err


def test_a_version_is_downloaded_with_pip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``SDK=1.3.6``: pip fetches the wheel (stood in for here: no network in tests)."""
    root = write_sdk(tmp_path / "sdk")
    asked: list[str] = []

    def download(version: str, into: Path) -> Path:
        asked.append(version)
        wheel = into / f"twelvelabs-{version}-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as archive:
            for file in (root / "twelvelabs").rglob("*.py"):
                archive.write(file, str(file.relative_to(root)))
        return wheel

    monkeypatch.setattr(sdk_diff, "download_wheel", download)
    lines = sdk_diff.report(SPEC, "1.3.6")
    assert asked == ["1.3.6"]
    assert (
        lines[0]
        == "Differences between the normalized spec and twelvelabs 1.3.6 types (selected operations):"
    )


def test_the_spec_side_reaches_the_deepest_fields_of_the_project_spec() -> None:
    """Task lists nest segment fields thirteen levels down: none is cut off (nor reported as missing)."""
    spec = normalize.build_spec(normalize.RAW_DIR, normalize.OVERLAY_PATH, normalize.OPERATIONS_PATH)
    listed = sdk_diff.spec_fields(spec["paths"]["/analyze/tasks"]["get"], spec)
    deep = "response data[].request_params.response_format.segment_definitions[].fields[].items.fields[]"
    assert {f"{deep}.enum[]", f"{deep}.items.type"} <= set(listed)
