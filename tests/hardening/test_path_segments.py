"""A path parameter of ``.`` or ``..`` is refused before sending: it would move the request elsewhere.

``quote(".")`` is ``"."``, and URL normalisation (httpx's, and every server's) removes dot
segments, so ``tasks.delete(".")`` would be ``DELETE /analyze/tasks`` and ``retrieve("..")``
``GET /analyze``. The check is in ``prepare``, for every path parameter of every operation.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.unit._transport import Both, Script
from twelvelabs_analyze._operation import Field, Model, Operation
from twelvelabs_analyze._prepare import prepare

TASK = {"task_id": "x", "custom_id": None, "status": "queued", "created_at": "2026-01-01T00:00:00Z"}


@pytest.mark.parametrize("method", ["analyze_async.tasks.retrieve", "analyze_async.tasks.delete"])
@pytest.mark.parametrize("dots", [".", ".."])
def test_a_dot_segment_id_is_refused_before_sending(mode: str, method: str, dots: str) -> None:
    script = Script(httpx.Response(200, json=TASK))
    with pytest.raises(ValueError) as caught:
        Both(mode, script).call(method, dots)
    assert str(caught.value) == (
        f"task_id must not be {dots!r}: as a URL path segment it would address another resource"
    )
    assert script.requests == []


@pytest.mark.parametrize("value", ["...", ".a", "a.", "..a", ". ", "%2e"])
def test_ids_with_dots_that_are_not_dot_segments_are_sent_quoted(mode: str, value: str) -> None:
    script = Script(httpx.Response(200, json=TASK))
    Both(mode, script).call("analyze_async.tasks.retrieve", value)
    (request,) = script.requests
    assert request.url.raw_path.decode().startswith("/v1.3/analyze/tasks/")
    segment = request.url.raw_path.decode().removeprefix("/v1.3/analyze/tasks/")
    assert segment and "/" not in segment and httpx.URL(f"/{segment}").path.strip("/") != ""


def test_every_path_parameter_of_any_operation_is_checked() -> None:
    operation = Operation(
        name="tests.things.retrieve",
        method="GET",
        path="/things/{thing_id}/parts/{part_id}",
        fields=(Field("thing_id", "thing_id", "path"), Field("part", "part_id", "path")),
        result=Model("twelvelabs_analyze_api.models.gist_result:GistResult"),
        parameters_schema={
            "type": "object",
            "properties": {"thing_id": {"type": "string"}, "part_id": {"type": "string"}},
        },
    )
    arguments: dict[str, Any] = {"thing_id": "t", "part": ".."}
    with pytest.raises(ValueError, match=r"^part_id must not be '\.\.'"):
        prepare(operation, arguments, "https://api.test")
    assert prepare(operation, {"thing_id": "t", "part": "p.1"}, "https://api.test").url == (
        "https://api.test/things/t/parts/p.1"
    )
