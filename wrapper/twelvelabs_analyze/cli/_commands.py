"""``gist``, ``summarize`` and ``analyze``: one video, one answer. Their options come from the spec."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from twelvelabs_analyze import TwelveLabs
from twelvelabs_analyze._polling import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    check_seconds,
)
from twelvelabs_analyze_api.resources import OPERATIONS, AnalyzeAsyncTasksResource

from ._answers import print_json, show_result, show_stream, show_task_answer
from ._errors import EXIT_OK
from ._export import EXPORT_FORMATS
from ._framework import PROG, SECONDS, Command, running
from ._spec_options import EnumChoice, OptionSet

__all__ = ["analyze_command", "gist_command", "route_note", "summarize_command", "wait_options"]

GIST = OPERATIONS["gist"]
SUMMARIZE = OPERATIONS["summarize"]
ANALYZE = OPERATIONS["analyze"]
CREATE_TASK = OPERATIONS["analyze_async.tasks.create"]

SCHEMA_HELP = (
    "A JSON schema the answer must follow (structured output): a file, inline JSON, or - for stdin. "
    "A whole response_format object works too."
)


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


def route_note(console: Console, endpoint: str, label: str) -> None:
    """One dim line when a legacy operation was answered by its successor."""
    if endpoint and endpoint != label:
        console.print(f"served through {endpoint} ({label} is retired)", style="dim", markup=False)


def _client(settings_kwargs: dict[str, Any]) -> TwelveLabs:
    return TwelveLabs(**settings_kwargs)


def _epilog(*examples: str) -> str:
    lines = "\n".join(f"  {PROG} {example}" for example in examples)
    return f"\b\nExamples:\n{lines}"


def input_kind_option() -> click.Option:
    return click.Option(
        ["--input-kind", "input_kind"],
        type=click.Choice(["auto", "video_id", "file"]),
        default="auto",
        show_default=True,
        help="What the argument is: an indexed video's id, or a local file to upload first "
        "(auto: a file when one exists at that path).",
    )


def legacy_on_file(settings: Any, operation: Any, method: Any, arguments: dict[str, Any], path: Path) -> Any:
    """``gist``/``summarize`` of a local file: uploaded (progress bar), then asked through ``/analyze``
    as the client serves them since the sunset (their endpoints take an indexed video's id only)."""
    import inspect  # noqa: PLC0415

    from twelvelabs_analyze._emulation import plan_emulation  # noqa: PLC0415
    from twelvelabs_analyze._prepare import prepare  # noqa: PLC0415

    from ._assets_commands import upload_with_progress  # noqa: PLC0415

    keywords = {field.name for field in operation.fields}
    given = {
        name: parameter.default
        for name, parameter in inspect.signature(method).parameters.items()
        if name in keywords and parameter.default is not inspect.Parameter.empty
    }
    given.update(arguments)
    given["video_id"] = "-"  # stands in for the asset while the call is planned
    with _client(settings.client_kwargs()) as client:
        checked = prepare(operation, given, client._config.root_url).arguments
        plan = plan_emulation(operation, checked)
        asset = upload_with_progress(client, path, stderr_console())
        ask = {key: value for key, value in plan.analyze_arguments.items() if key != "video_id"}
        return plan.legacy_result(client.analyze(video=asset, **ask))


# --------------------------------------------------------------------------- gist

GIST_OPTIONS = OptionSet([(GIST, TwelveLabs.gist)], exclude={"video_id"})


def _gist(ctx: click.Context, video_id: str, as_json: bool, input_kind: str, **_: Any) -> int:
    with running(ctx, GIST_OPTIONS.explain) as settings:
        arguments = GIST_OPTIONS.arguments(ctx, GIST, "gist")
        local = _local_file(ctx, video_id, input_kind)
        if local is not None:
            result = legacy_on_file(settings, GIST, TwelveLabs.gist, arguments, local)
            if as_json:
                print_json(result.to_dict())
            else:
                from ._render import render_result  # noqa: PLC0415

                render_result(Console(), local.name, result)
            return EXIT_OK
        console = stderr_console()
        with _client(settings.client_kwargs()) as client:
            raw = client.with_raw_response.gist(video_id, **arguments)
        route_note(console, raw.endpoint, GIST.label)
        if as_json:
            print_json(raw.parsed.to_dict())
        else:
            from ._render import render_result  # noqa: PLC0415

            render_result(Console(), video_id, raw.parsed)
    return EXIT_OK


gist_command = Command(
    "gist",
    callback=click.pass_context(_gist),
    params=[
        click.Argument(["video_id"], metavar="VIDEO_ID|FILE"),
        input_kind_option(),
        *GIST_OPTIONS.click_options(),
        click.Option(["--json", "as_json"], is_flag=True, help="Print the raw result as JSON."),
    ],
    help="Title, topics and hashtags of one video.",
    epilog=_epilog("gist 6298d673f1090f1100476d4c --types title,hashtag"),
    short_help="Title, topics and hashtags of one video.",
)


# --------------------------------------------------------------------------- summarize

SUMMARIZE_OPTIONS = OptionSet(
    [(SUMMARIZE, TwelveLabs.summarize)],
    exclude={"video_id"},
    rename={"response_format": "schema"},
    helps={"response_format": SCHEMA_HELP + " (--type summary only)."},
)


def _summarize(
    ctx: click.Context,
    video_id: str,
    as_json: bool,
    export_format: str | None,
    output: Path | None,
    input_kind: str,
    **_: Any,
) -> int:
    with running(ctx, SUMMARIZE_OPTIONS.explain) as settings:
        arguments = SUMMARIZE_OPTIONS.arguments(ctx, SUMMARIZE, "summarize")
        kind = arguments["type"]
        if export_format is not None and kind == "summary":
            raise click.BadParameter(
                "only chapters and highlights export; use --json", ctx, param_hint="--format"
            )
        if output is not None and export_format is None and not as_json:
            raise click.BadParameter("needs --format or --json", ctx, param_hint="--output")
        local = _local_file(ctx, video_id, input_kind)
        if local is not None:
            result = legacy_on_file(settings, SUMMARIZE, TwelveLabs.summarize, arguments, local)
            _show_summary(
                local.name, result, as_json, export_format, output, structured="response_format" in arguments
            )
            return EXIT_OK
        console = stderr_console()
        with _client(settings.client_kwargs()) as client:
            raw = client.with_raw_response.summarize(video_id, **arguments)
        route_note(console, raw.endpoint, SUMMARIZE.label)
        _show_summary(
            video_id, raw.parsed, as_json, export_format, output, structured="response_format" in arguments
        )
    return EXIT_OK


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        output.write_text(text, encoding="utf-8")
        sys.stderr.write(f"wrote {output}\n")


def _show_summary(
    video_id: str,
    result: Any,
    as_json: bool,
    export_format: str | None,
    output: Path | None,
    *,
    structured: bool,
) -> None:
    import json  # noqa: PLC0415

    from twelvelabs_analyze import ChapterResult, HighlightResult, parse_structured_summary  # noqa: PLC0415

    from ._render import render_result  # noqa: PLC0415

    if export_format is not None and isinstance(result, (ChapterResult, HighlightResult)):
        from ._export import export  # noqa: PLC0415

        _write(export(result, export_format), output)
    elif as_json or export_format is not None:
        _write(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n", output)
    elif structured and not isinstance(result, (ChapterResult, HighlightResult)):
        render_result(Console(), video_id, result, structured=parse_structured_summary(result))
    else:
        render_result(Console(), video_id, result)


summarize_command = Command(
    "summarize",
    callback=click.pass_context(_summarize),
    params=[
        click.Argument(["video_id"], metavar="VIDEO_ID|FILE"),
        input_kind_option(),
        *SUMMARIZE_OPTIONS.click_options(),
        click.Option(["--json", "as_json"], is_flag=True, help="Print the raw result as JSON."),
        click.Option(
            ["--format", "export_format"],
            type=EnumChoice(EXPORT_FORMATS),
            help="Export chapters or highlights: YouTube description lines, WebVTT, SRT or JSON.",
        ),
        click.Option(
            ["--output", "-o", "output"],
            type=click.Path(dir_okay=False, path_type=Path),
            help="Write the --format/--json output to this file.",
        ),
    ],
    help="A summary, chapters or highlights of one video.",
    epilog=_epilog(
        "summarize 6298d673f1090f1100476d4c --type chapter",
        "summarize VIDEO_ID --type chapter --format youtube -o chapters.txt",
        "summarize VIDEO_ID --type summary --schema recipe.schema.json",
    ),
    short_help="A summary, chapters or highlights of one video.",
)


# --------------------------------------------------------------------------- analyze

ANALYZE_OPTIONS = OptionSet(
    [(ANALYZE, TwelveLabs.analyze), (CREATE_TASK, AnalyzeAsyncTasksResource.create)],
    exclude={"video_id"},
    rename={"response_format": "schema"},
    helps={"response_format": SCHEMA_HELP},
    labels={ANALYZE.name: "without --async", CREATE_TASK.name: "--async only"},
)


def wait_options() -> list[click.Option]:
    """The options of ``tasks.wait``: how often to poll and for how long."""
    return [
        click.Option(
            ["--poll-interval"],
            type=SECONDS,
            default=DEFAULT_POLL_INTERVAL,
            show_default=True,
            help="Seconds before the second poll; the wait between polls then grows by half.",
        ),
        click.Option(
            ["--max-poll-interval"],
            type=SECONDS,
            default=DEFAULT_MAX_POLL_INTERVAL,
            show_default=True,
            help="The longest wait between two polls.",
        ),
        click.Option(
            ["--wait-timeout"],
            type=SECONDS,
            default=DEFAULT_WAIT_TIMEOUT,
            show_default=True,
            help="Stop waiting after this many seconds (the task goes on).",
        ),
    ]


# The wait options: the keyword of tasks.wait each one sets.
WAIT_OPTIONS = {
    "poll_interval": "poll_interval",
    "max_poll_interval": "max_poll_interval",
    "wait_timeout": "timeout",
}


def wait_arguments(params: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of ``tasks.wait``, checked by its own rule under the options' names."""
    for name in WAIT_OPTIONS:
        check_seconds("--" + name.replace("_", "-"), params[name], allow_zero=True)
    return {keyword: params[name] for name, keyword in WAIT_OPTIONS.items()}


def _local_file(ctx: click.Context, video: str | None, input_kind: str) -> Path | None:
    """The local file the VIDEO argument names: ``--input-kind file``, or an existing file (auto)."""
    if video is None or input_kind == "video_id":
        return None
    path = Path(video)
    if input_kind == "file" and not path.is_file():
        raise click.BadParameter(f"no such file: {video}", ctx, param_hint="VIDEO")
    return path if path.is_file() else None


def _analyze(
    ctx: click.Context,
    video_id: str | None,
    stream: bool,
    as_json: bool,
    run_async: bool,
    input_kind: str,
    **_: Any,
) -> int:
    names = {"video_id": "VIDEO_ID"}
    with running(ctx, lambda message: ANALYZE_OPTIONS.explain(message, names)) as settings:
        local = _local_file(ctx, video_id, input_kind)
        if local is not None:
            return _analyze_file(ctx, settings, local, stream, as_json, run_async)
        if run_async and video_id is not None:
            raise click.UsageError(
                "analysis tasks take a video source, not an indexed video's id: "
                f"use {ANALYZE_OPTIONS.options['video'].flags} with --async",
                ctx,
            )
        operation = CREATE_TASK if run_async else ANALYZE
        arguments = ANALYZE_OPTIONS.arguments(ctx, operation, "--async" if run_async else "analyze")
        structured = "response_format" in arguments
        console = stderr_console()
        if run_async:
            from ._waiting import follow_task  # noqa: PLC0415

            wait = wait_arguments(ctx.params)  # checked before the task is created
            with _client(settings.client_kwargs()) as client:
                tasks = client.analyze_async.tasks
                created = tasks.create(**arguments)
                console.print(f"created task {created.task_id}", style="dim", markup=False)
                task = follow_task(tasks, created.task_id, console, status=str(created.status), wait=wait)
            show_task_answer(task, console, structured=structured, as_json=as_json)
            return EXIT_OK
        if video_id is not None:
            arguments["video_id"] = video_id
        with _client(settings.client_kwargs()) as client:
            if stream:
                show_stream(
                    client.analyze_stream(**arguments), console, structured=structured, as_json=as_json
                )
            else:
                show_result(client.analyze(**arguments), console, structured=structured, as_json=as_json)
    return EXIT_OK


def _analyze_file(
    ctx: click.Context, settings: Any, path: Path, stream: bool, as_json: bool, run_async: bool
) -> int:
    """A local file: uploaded (progress bar, resumable), waited for until ready, then analyzed as an asset."""
    from ._assets_commands import upload_with_progress  # noqa: PLC0415

    operation = CREATE_TASK if run_async else ANALYZE
    arguments = ANALYZE_OPTIONS.arguments(
        ctx, operation, "--async" if run_async else "analyze", supplied=frozenset({"video"})
    )
    if "video" in arguments:
        raise click.UsageError("a local file and a --video-* option name two videos: give one", ctx)
    structured = "response_format" in arguments
    console = stderr_console()
    wait = wait_arguments(ctx.params)
    with _client(settings.client_kwargs()) as client:
        arguments["video"] = upload_with_progress(client, path, console, wait=wait)
        if run_async:
            from ._waiting import follow_task  # noqa: PLC0415

            tasks = client.analyze_async.tasks
            created = tasks.create(**arguments)
            console.print(f"created task {created.task_id}", style="dim", markup=False)
            task = follow_task(tasks, created.task_id, console, status=str(created.status), wait=wait)
            show_task_answer(task, console, structured=structured, as_json=as_json)
        elif stream:
            show_stream(client.analyze_stream(**arguments), console, structured=structured, as_json=as_json)
        else:
            show_result(client.analyze(**arguments), console, structured=structured, as_json=as_json)
    return EXIT_OK


analyze_command = Command(
    "analyze",
    callback=click.pass_context(_analyze),
    params=[
        click.Argument(["video_id"], metavar="[VIDEO_ID|FILE]", required=False),
        input_kind_option(),
        *ANALYZE_OPTIONS.click_options(),
        click.Option(
            ["--stream/--no-stream", "stream"],
            default=True,
            show_default=True,
            help="Print the text as it is generated, or wait for the whole answer.",
        ),
        click.Option(
            ["--json", "as_json"],
            is_flag=True,
            help="Print the raw result as JSON (streamed: the text and the final event).",
        ),
        click.Option(
            ["--async", "run_async"],
            is_flag=True,
            help="Create an analysis task (long videos) and wait for it with a spinner; Ctrl-C stops waiting.",
        ),
        *wait_options(),
    ],
    help=(
        "Ask anything about a video: text streamed as it is generated, or structured JSON with --schema. "
        "--async creates an analysis task instead (long videos) and waits for it."
    ),
    epilog=_epilog(
        "analyze 6298d673f1090f1100476d4c --prompt 'Three hashtags for this video'",
        "analyze VIDEO_ID --prompt 'List the recipe' --schema recipe.schema.json",
        "analyze --video-url https://example.com/talk.mp4 --prompt 'Summarize the talk' --async",
        "analyze ./clip.mp4 --prompt 'Three hashtags'   (uploads it first, with a progress bar)",
    ),
    short_help="Ask anything about a video (streamed, structured, or as a task).",
)
