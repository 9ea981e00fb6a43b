"""Options derived from the spec: every schema kind, variants, refusals, and messages named by option."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from twelvelabs_analyze import TwelveLabs
from twelvelabs_analyze._operation import Field, Model, Operation
from twelvelabs_analyze._spec import spec_document
from twelvelabs_analyze._types import NOT_GIVEN, NotGiven
from twelvelabs_analyze.cli._spec_options import (
    OptionSet,
    did_you_mean,
    help_text,
    rename_parameters,
    variants_of,
)
from twelvelabs_analyze_api.resources import OPERATIONS, AnalyzeAsyncTasksResource


def parse(options: OptionSet, operation: Operation, args: list[str], mode: str = "test") -> dict[str, Any]:
    """The keyword arguments a command built from ``options`` would pass for ``args``."""
    seen: dict[str, Any] = {}

    @click.command(params=options.click_options())
    @click.pass_context
    def command(ctx: click.Context, **_: Any) -> None:
        seen.update(options.arguments(ctx, operation, mode))

    result = CliRunner().invoke(command, args, catch_exceptions=False)
    if result.exit_code != 0:
        raise AssertionError(result.output)
    return seen


def refusal(options: OptionSet, operation: Operation, args: list[str], mode: str = "test") -> str:
    @click.command(params=options.click_options())
    @click.pass_context
    def command(ctx: click.Context, **_: Any) -> None:
        options.arguments(ctx, operation, mode)

    result = CliRunner().invoke(command, args)
    assert result.exit_code == 2, result.output
    return " ".join(result.output.split())


GIST = OPERATIONS["gist"]
SUMMARIZE = OPERATIONS["summarize"]
ANALYZE = OPERATIONS["analyze"]
CREATE = OPERATIONS["analyze_async.tasks.create"]


def test_every_request_field_of_the_real_operations_becomes_an_option() -> None:
    options = OptionSet(
        [(ANALYZE, TwelveLabs.analyze), (CREATE, AnalyzeAsyncTasksResource.create)], exclude={"video_id"}
    )
    fields = {f.name for op in (ANALYZE, CREATE) for f in op.fields} - {"video_id"}
    assert set(options.options) == fields
    kinds = {name: option.kind for name, option in options.options.items()}
    assert kinds["model_name"] == "enum" and kinds["analysis_mode"] == "enum"
    assert (
        kinds["prompt"] == "string" and kinds["temperature"] == "number" and kinds["max_tokens"] == "integer"
    )
    assert kinds["video"] == kinds["response_format"] == kinds["prompt_v2"] == kinds["image"] == "json"
    assert options.options["model_name"].choices == ("pegasus1.2", "pegasus1.5", "pegasus1.6")
    assert options.options["custom_id"].operations == {CREATE.name}
    assert options.options["prompt"].operations == {ANALYZE.name, CREATE.name}
    # The video variants that need one string each, from the discriminator:
    flags = [v.flag for v in options.options["video"].variants]
    assert flags == ["--video-url", "--video-asset-id", "--video-base64-string"]
    assert options.options["video"].required_in == set()  # a task takes a video or images


def test_enum_arrays_are_comma_lists_and_defaults_come_from_the_method() -> None:
    options = OptionSet([(GIST, TwelveLabs.gist)], exclude={"video_id"})
    (types,) = options.options.values()
    assert (types.flag, types.kind, types.choices) == ("--types", "enum_list", ("title", "topic", "hashtag"))
    assert types.default == "title,topic,hashtag" and not types.required_in
    assert parse(options, GIST, ["--types", "hashtag, title"]) == {"types": ["hashtag", "title"]}
    assert parse(options, GIST, []) == {}  # absent: not sent, so the method's default applies


def test_a_wrong_enum_item_is_named_with_a_suggestion() -> None:
    options = OptionSet([(GIST, TwelveLabs.gist)], exclude={"video_id"})
    message = refusal(options, GIST, ["--types", "title,titel"])
    assert "'titel' is not one of title, topic, hashtag — did you mean 'title'?" in message
    options = OptionSet([(SUMMARIZE, TwelveLabs.summarize)], exclude={"video_id"})
    assert "'chapters' is not one of summary, chapter, highlight — did you mean 'chapter'?" in refusal(
        options, SUMMARIZE, ["--type", "chapters"]
    )
    assert "did you mean" not in refusal(options, SUMMARIZE, ["--type", "novel"])


def test_a_required_field_is_required_by_click_when_every_operation_needs_it() -> None:
    options = OptionSet([(SUMMARIZE, TwelveLabs.summarize)], exclude={"video_id"})
    assert "Missing option '--type'" in refusal(options, SUMMARIZE, [])
    both = OptionSet([(GIST, TwelveLabs.gist), (SUMMARIZE, TwelveLabs.summarize)], exclude={"video_id"})
    assert "--summarize needs --type" in refusal(both, SUMMARIZE, [], "--summarize")
    assert parse(both, GIST, [], "--gist") == {}


def test_an_option_of_another_operation_is_refused() -> None:
    both = OptionSet([(GIST, TwelveLabs.gist), (SUMMARIZE, TwelveLabs.summarize)], exclude={"video_id"})
    message = refusal(both, GIST, ["--type", "chapter", "--prompt", "x"], "--gist")
    assert "--type, --prompt does not apply to --gist" in message


def test_objects_come_inline_from_a_file_or_from_stdin(tmp_path: Path) -> None:
    options = OptionSet(
        [(ANALYZE, TwelveLabs.analyze)], exclude={"video_id"}, rename={"response_format": "schema"}
    )
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    path = tmp_path / "schema.json"
    path.write_text(json.dumps(schema))
    assert parse(options, ANALYZE, ["--schema", str(path)]) == {"response_format": schema}
    assert parse(options, ANALYZE, ["--schema", json.dumps(schema)]) == {"response_format": schema}

    @click.command(params=options.click_options())
    @click.pass_context
    def command(ctx: click.Context, **_: Any) -> None:
        click.echo(json.dumps(options.arguments(ctx, ANALYZE, "test")))

    piped = CliRunner().invoke(command, ["--schema", "-"], input=json.dumps(schema))
    assert json.loads(piped.output) == {"response_format": schema}
    assert "no such file" in refusal(options, ANALYZE, ["--schema", str(tmp_path / "nope.json")])
    path.write_text("{not json")
    assert "is not valid JSON" in refusal(options, ANALYZE, ["--schema", str(path)])


def test_variant_options_build_the_object_and_exclude_each_other() -> None:
    options = OptionSet([(ANALYZE, TwelveLabs.analyze)], exclude={"video_id"})
    assert parse(options, ANALYZE, ["--video-url", "https://x/y.mp4"]) == {
        "video": {"type": "url", "url": "https://x/y.mp4"}
    }
    assert parse(options, ANALYZE, ["--video-asset-id", "a1"]) == {
        "video": {"type": "asset_id", "asset_id": "a1"}
    }
    assert parse(options, ANALYZE, ["--video", '{"type": "url", "url": "u"}']) == {
        "video": {"type": "url", "url": "u"}
    }
    assert "use only one of --video, --video-url" in refusal(
        options, ANALYZE, ["--video-url", "u", "--video", "{}"]
    )


def test_numbers_must_be_finite_and_integers_whole() -> None:
    options = OptionSet([(SUMMARIZE, TwelveLabs.summarize)], exclude={"video_id"})
    assert parse(options, SUMMARIZE, ["--type", "summary", "--temperature", "0.5", "--max-tokens", "9"]) == {
        "type": "summary",
        "temperature": 0.5,
        "max_tokens": 9,
    }
    assert "is not a finite number" in refusal(
        options, SUMMARIZE, ["--type", "summary", "--temperature", "nan"]
    )
    assert "is not a valid integer" in refusal(
        options, SUMMARIZE, ["--type", "summary", "--max-tokens", "1.5"]
    )


def synthetic_operation(document: dict[str, Any]) -> tuple[Operation, Any]:
    """A new operation, as `make generate` would make it, whose body holds one field of each kind."""
    document["components"]["schemas"]["Sample"] = {
        "type": "object",
        "properties": {
            "label": {"type": "string", "description": "A label. More text that is not shown."},
            "count": {"type": "integer"},
            "ratio": {"type": ["number", "null"]},
            "loud": {"type": "boolean", "description": "Shout it."},
            "colour": {"$ref": "#/components/schemas/Colour"},
            "colours": {"type": "array", "items": {"$ref": "#/components/schemas/Colour"}},
            "names": {"type": "array", "items": {"type": "string"}},
            "extra": {"type": "object"},
            "source": {"$ref": "#/components/schemas/VideoContext"},
        },
        "required": ["label"],
    }
    document["components"]["schemas"]["Colour"] = {"type": "string", "enum": ["red", "green", "blue"]}
    names = ["label", "count", "ratio", "loud", "colour", "colours", "names", "extra", "source"]
    operation = Operation(
        name="sample",
        method="POST",
        path="/sample",
        fields=tuple(Field(name, name, "body") for name in names),
        result=Model(lambda data: data),
        body_schema="#/components/schemas/Sample",
    )

    def method(
        *,
        label: str,
        count: int | NotGiven = NOT_GIVEN,
        ratio: float | NotGiven = NOT_GIVEN,
        loud: bool | NotGiven = NOT_GIVEN,
        colour: str | NotGiven = NOT_GIVEN,
        colours: list[str] | NotGiven = NOT_GIVEN,
        names: list[str] | NotGiven = NOT_GIVEN,
        extra: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        source: Mapping[str, Any] | NotGiven = NOT_GIVEN,
    ) -> None: ...

    return operation, method


def test_a_new_operation_in_the_spec_gets_its_options_with_no_code_change() -> None:
    document = copy.deepcopy(dict(spec_document()))
    operation, method = synthetic_operation(document)
    options = OptionSet([(operation, method)], document=document)
    kinds = {name: option.kind for name, option in options.options.items()}
    assert kinds == {
        "label": "string",
        "count": "integer",
        "ratio": "number",
        "loud": "boolean",
        "colour": "enum",
        "colours": "enum_list",
        "names": "string_list",
        "extra": "json",
        "source": "json",
    }
    assert options.options["label"].help == "A label."
    args = [
        "--label", "x", "--count", "3", "--ratio", "0.5", "--no-loud", "--colour", "red",
        "--colours", "red,blue", "--names", "a, b", "--extra", '{"k": 1}', "--source-asset-id", "as1",
    ]  # fmt: skip
    assert parse(options, operation, args) == {
        "label": "x",
        "count": 3,
        "ratio": 0.5,
        "loud": False,
        "colour": "red",
        "colours": ["red", "blue"],
        "names": ["a", "b"],
        "extra": {"k": 1},
        "source": {"type": "asset_id", "asset_id": "as1"},
    }
    assert parse(options, operation, ["--label", "x", "--loud"]) == {"label": "x", "loud": True}
    assert "Missing option '--label'" in refusal(options, operation, [])
    assert "did you mean 'green'" in refusal(options, operation, ["--label", "x", "--colours", "red,gren"])


def test_one_field_with_two_kinds_is_a_build_error() -> None:
    document = copy.deepcopy(dict(spec_document()))
    operation, method = synthetic_operation(document)
    clash = Operation(
        name="clash",
        method="POST",
        path="/clash",
        fields=(Field("label", "label", "body"),),
        result=Model(lambda data: data),
        body_schema="#/components/schemas/Clash",
    )
    document["components"]["schemas"]["Clash"] = {
        "type": "object",
        "properties": {"label": {"type": "integer"}},
    }
    with pytest.raises(ValueError, match="label is a string in one operation and a integer in another"):
        OptionSet([(operation, method), (clash, method)], document=document)


def test_variants_of_the_task_video() -> None:
    assert [(v.value, v.prop) for v in variants_of(CREATE, "video")] == [
        ("url", "url"),
        ("asset_id", "asset_id"),
        ("base64_string", "base64_string"),
    ]
    assert variants_of(GIST, "video") == ()


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("temperature must be between 0 and 1, not 5", "--temperature must be between 0 and 1, not 5"),
        ("types[1] must be one of 'title', not 'x'", "--types (item 2) must be one of 'title', not 'x'"),
        ("response_format is only valid with type 'summary'", "--schema is only valid with --type 'summary'"),
        (
            "exactly one of video_id and video is required",
            "exactly one of VIDEO_ID and --video-url or --video is required",
        ),
        ("the 'type' of max_tokens_x stays", "the 'type' of max_tokens_x stays"),
    ],
)
def test_client_messages_name_the_options(message: str, expected: str) -> None:
    names = {
        "temperature": "--temperature",
        "types": "--types",
        "type": "--type",
        "response_format": "--schema",
        "video_id": "VIDEO_ID",
        "video": "--video-url or --video",
        "max_tokens": "--max-tokens",
    }
    assert rename_parameters(message, names) == expected


def test_explain_uses_the_option_names_of_the_set() -> None:
    options = OptionSet(
        [(SUMMARIZE, TwelveLabs.summarize)], exclude={"video_id"}, rename={"response_format": "schema"}
    )
    assert options.explain("max_tokens must be between 1 and 4096, not 0") == (
        "--max-tokens must be between 1 and 4096, not 0"
    )


def test_did_you_mean_and_help_text() -> None:
    assert did_you_mean("hashtags", ["title", "topic", "hashtag"]).endswith("did you mean 'hashtag'?")
    assert did_you_mean("zzz", ["title"]) == "'zzz' is not one of title"
    described = {"description": "Use `x` with the [docs](https://d). Then more.\n\n- a list"}
    assert help_text(described) == "Use x with the docs."
    assert help_text({}) == ""
