"""Requests for operation shapes the current spec does not have yet, built by ``prepare``.

The generator makes an :class:`Operation` from any spec operation; today every operation with a
body has no path or query parameter and sends each keyword under its own name, but a new one
may have a path parameter next to its body (``POST /things/{thing_id}``) or a keyword renamed on
the wire. ``prepare`` builds those requests too: path values quoted into the URL, query values
apart, the body under its wire names, the arguments by Python keyword.
"""

from __future__ import annotations

import json

from twelvelabs_analyze._operation import Field, Model, Operation
from twelvelabs_analyze._prepare import prepare

ROOT = "https://api.test/v1.3"
RESULT = Model("twelvelabs_analyze_api.models.gist_result:GistResult")
PARAMETERS = {
    "type": "object",
    "properties": {"thing_id": {"type": "string", "minLength": 1}, "dryRun": {"type": "boolean"}},
    "required": ["thing_id"],
    "additionalProperties": False,
}


def test_a_body_next_to_path_and_query_parameters() -> None:
    operation = Operation(
        name="tests.things.update",
        method="POST",
        path="/things/{thing_id}",
        fields=(
            Field("thing_id", "thing_id", "path"),
            Field("dry_run", "dryRun", "query"),
            Field("video_id", "video_id", "body"),
            Field("kinds", "types", "body"),
        ),
        result=RESULT,
        body_schema="#/components/schemas/GistRequest",
        parameters_schema=PARAMETERS,
    )
    arguments = {"thing_id": "a b/c", "dry_run": True, "video_id": "v", "kinds": ("title",)}
    prepared = prepare(operation, arguments, ROOT)
    assert (prepared.method, prepared.url) == ("POST", f"{ROOT}/things/a%20b%2Fc")
    assert prepared.params == {"dryRun": True}
    assert prepared.content is not None
    assert json.loads(prepared.content) == {"video_id": "v", "types": ["title"]}
    assert dict(prepared.headers) == {"content-type": "application/json"}
    assert dict(prepared.arguments) == {
        "thing_id": "a b/c",
        "dry_run": True,
        "video_id": "v",
        "kinds": ["title"],
    }


def test_a_body_alone_with_a_keyword_renamed_on_the_wire() -> None:
    operation = Operation(
        name="tests.things.create",
        method="POST",
        path="/things",
        fields=(Field("video_id", "video_id", "body"), Field("kinds", "types", "body")),
        result=RESULT,
        body_schema="#/components/schemas/GistRequest",
    )
    prepared = prepare(operation, {"video_id": "v", "kinds": ["topic", "title"]}, ROOT)
    assert (prepared.url, prepared.params) == (f"{ROOT}/things", None)
    assert prepared.content is not None
    assert json.loads(prepared.content) == {"video_id": "v", "types": ["topic", "title"]}
    assert dict(prepared.headers) == {"content-type": "application/json"}
    assert dict(prepared.arguments) == {"video_id": "v", "kinds": ["topic", "title"]}
