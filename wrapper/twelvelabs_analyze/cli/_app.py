"""The ``twelvelabs-analyze`` commands (typer). What a command needs is imported when it runs."""

from __future__ import annotations

import json
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Annotated, Any

import typer

from twelvelabs_analyze._constants import API_KEY_ENV, BASE_URL_ENV, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT

from ._errors import EXIT_USAGE, enable_debug_logging, reported_errors
from ._options import (
    DEFAULT_GIST_TYPES,
    EXPORT_CHOICES,
    SUMMARIZE_TYPES,
    GlobalOptions,
    JsonOption,
    MaxTokensOption,
    PromptOption,
    SchemaOption,
    TemperatureOption,
    choice,
    gist_types,
    load_schema,
)

__all__ = ["app", "run"]

app = typer.Typer(
    name="twelvelabs-analyze",
    help="Analyze videos with TwelveLabs: gists, summaries, chapters and highlights, one video or a whole library.",
    epilog="Try it without a key: [bold]twelvelabs-analyze demo[/bold]",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

VideoIdArgument = Annotated[str, typer.Argument(metavar="VIDEO_ID", help="The id of an indexed video.")]


def _options(ctx: typer.Context) -> GlobalOptions:
    return ctx.find_object(GlobalOptions) or GlobalOptions()


def _guard(ctx: typer.Context) -> AbstractContextManager[None]:
    # typer's own exceptions (bad options, typer.Exit) keep their meaning and exit codes.
    passthrough = (typer.BadParameter, typer.Exit, typer.Abort)
    return reported_errors(_options(ctx).verbose, typer.Exit, passthrough)


@app.callback()
def _main(
    ctx: typer.Context,
    api_key: Annotated[
        str | None,
        typer.Option("--api-key", envvar=API_KEY_ENV, show_default=False, help="Your TwelveLabs API key."),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            envvar=BASE_URL_ENV,
            show_default=False,
            help="API root, e.g. a mock-server's URL. Default: https://api.twelvelabs.io/v1.3",
        ),
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.001, help="Seconds to wait for each HTTP attempt.")
    ] = DEFAULT_TIMEOUT,
    max_retries: Annotated[
        int, typer.Option("--max-retries", min=0, help="Retries of a failed call (connection, 429, 5xx).")
    ] = DEFAULT_MAX_RETRIES,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Debug logs (key redacted) and tracebacks on errors.")
    ] = False,
) -> None:
    if verbose:
        ctx.call_on_close(enable_debug_logging(api_key))
    ctx.obj = GlobalOptions(api_key, base_url, timeout, max_retries, verbose)


def _write_text(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        output.write_text(text, encoding="utf-8")
        sys.stderr.write(f"wrote {output}\n")


def _json_text(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _render(video_id: str, result: Any, structured: Any = None) -> None:
    from rich.console import Console  # noqa: PLC0415

    from ._render import render_result  # noqa: PLC0415

    render_result(Console(), video_id, result, structured=structured)


# --------------------------------------------------------------------------- one video


@app.command(
    epilog="Example: [bold]twelvelabs-analyze gist 6298d673f1090f1100476d4c --types title,hashtag[/bold]"
)
def gist(
    ctx: typer.Context,
    video_id: VideoIdArgument,
    types: Annotated[
        str, typer.Option("--types", metavar="LIST", help="Comma-separated: title, topic, hashtag.")
    ] = DEFAULT_GIST_TYPES,
    as_json: JsonOption = False,
) -> None:
    """Title, topics and hashtags of one video."""
    with _guard(ctx):
        wanted = gist_types(types)
        from twelvelabs_analyze import TwelveLabs  # noqa: PLC0415

        with TwelveLabs(**_options(ctx).client_kwargs()) as client:
            result = client.gist(video_id, types=wanted)
        if as_json:
            _write_text(_json_text(result.to_dict()), None)
        else:
            _render(video_id, result)


@app.command(
    epilog=(
        "Examples:\n\n"
        "  [bold]twelvelabs-analyze summarize 6298d673f1090f1100476d4c --type chapter[/bold]\n\n"
        "  [bold]twelvelabs-analyze summarize VIDEO_ID --type chapter --format youtube -o chapters.txt[/bold]\n\n"
        "  [bold]twelvelabs-analyze summarize VIDEO_ID --type summary --schema recipe.schema.json[/bold]"
    )
)
def summarize(
    ctx: typer.Context,
    video_id: VideoIdArgument,
    summarize_type: Annotated[
        str,
        typer.Option(
            "--type",
            parser=choice(SUMMARIZE_TYPES, "--type"),
            metavar="|".join(SUMMARIZE_TYPES),
            show_default=False,
            help="What to produce.",
        ),
    ],
    prompt: PromptOption = None,
    temperature: TemperatureOption = None,
    max_tokens: MaxTokensOption = None,
    schema: SchemaOption = None,
    as_json: JsonOption = False,
    export_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            parser=choice(EXPORT_CHOICES, "--format"),
            metavar="|".join(EXPORT_CHOICES),
            help="Export chapters/highlights: YouTube description lines, WebVTT, SRT or JSON.",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", dir_okay=False, help="Write the --format/--json output to this file."),
    ] = None,
) -> None:
    """A summary, chapters or highlights of one video."""
    with _guard(ctx):
        response_format = load_schema(schema, summarize_type)
        if export_format is not None and summarize_type == "summary":
            raise typer.BadParameter("only chapters and highlights export; use --json", param_hint="--format")
        if output is not None and export_format is None and not as_json:
            raise typer.BadParameter("needs --format or --json", param_hint="--output")
        from twelvelabs_analyze import (  # noqa: PLC0415
            ChapterResult,
            HighlightResult,
            TwelveLabs,
            parse_structured_summary,
        )

        with TwelveLabs(**_options(ctx).client_kwargs()) as client:
            result = client.summarize(
                video_id,
                type=summarize_type,
                prompt=prompt,
                temperature=temperature,
                response_format=response_format,
                max_tokens=max_tokens,
            )
        if export_format is not None and isinstance(result, (ChapterResult, HighlightResult)):
            from ._export import export  # noqa: PLC0415

            _write_text(export(result, export_format), output)
        elif export_format is not None or as_json:
            _write_text(_json_text(result.to_dict()), output)
        elif response_format is not None and not isinstance(result, (ChapterResult, HighlightResult)):
            _render(video_id, result, structured=parse_structured_summary(result))
        else:
            _render(video_id, result)


# --------------------------------------------------------------------------- a library


@app.command(
    epilog=(
        "Examples:\n\n"
        "  [bold]twelvelabs-analyze batch videos.txt --out gists.jsonl --gist[/bold]\n\n"
        "  [bold]cat videos.txt | twelvelabs-analyze batch - --out chapters.jsonl --summarize --type chapter "
        "-c 8[/bold]\n\n"
        "Each line of the results file: {video_id, ok, result | error{status, code, message}, attempts, "
        "elapsed_s}. Rerun the same command to resume; add --retry-failed to rerun failures too.\n\n"
        "Exit codes: 0 all ok, 1 some failed, 2 usage error, 3 stopped on a rate limit, "
        "130 interrupted (Ctrl-C; the videos in flight are finished first)."
    )
)
def batch(
    ctx: typer.Context,
    input_path: Annotated[
        str,
        typer.Argument(
            metavar="INPUT",
            help="Text file of video ids, one a line ('#' comments and blank lines skipped), or - for stdin.",
        ),
    ],
    out: Annotated[
        Path, typer.Option("--out", dir_okay=False, help="JSON-lines results file; appended to and resumed.")
    ],
    do_gist: Annotated[bool, typer.Option("--gist", help="Run gist on every video.")] = False,
    do_summarize: Annotated[bool, typer.Option("--summarize", help="Run summarize on every video.")] = False,
    types: Annotated[
        str | None,
        typer.Option(
            "--types",
            metavar="LIST",
            help="With --gist: comma-separated title, topic, hashtag (default all).",
        ),
    ] = None,
    summarize_type: Annotated[
        str | None,
        typer.Option(
            "--type",
            parser=choice(SUMMARIZE_TYPES, "--type"),
            metavar="|".join(SUMMARIZE_TYPES),
            help="With --summarize: what to produce.",
        ),
    ] = None,
    prompt: PromptOption = None,
    temperature: TemperatureOption = None,
    max_tokens: MaxTokensOption = None,
    schema: SchemaOption = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", "-c", min=1, max=64, help="Videos in flight at once.")
    ] = 4,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Also rerun the videos that failed in an earlier run.")
    ] = False,
    max_wait: Annotated[
        float,
        typer.Option(
            "--max-wait",
            min=0.0,
            metavar="SECONDS",
            help="Longest rate-limit pause to sit out; a later reset stops the batch (exit 3, resumable).",
        ),
    ] = 900.0,
) -> None:
    """Run gist or summarize over a list of videos, with a progress bar; resumable and crash-safe."""
    with _guard(ctx):
        if do_gist == do_summarize:
            raise typer.BadParameter("choose one of --gist or --summarize", param_hint="--gist/--summarize")
        if do_summarize and summarize_type is None:
            raise typer.BadParameter("--summarize needs --type", param_hint="--type")
        summarize_only: dict[str, object] = {
            "--type": summarize_type,
            "--prompt": prompt,
            "--temperature": temperature,
        }
        summarize_only |= {"--max-tokens": max_tokens, "--schema": schema}
        misplaced = [flag for flag, value in summarize_only.items() if value is not None] if do_gist else []
        if do_summarize and types is not None:
            misplaced = ["--types"]
        if misplaced:
            operation = "--gist" if do_gist else "--summarize"
            raise typer.BadParameter(f"does not apply to {operation}", param_hint=", ".join(misplaced))
        from ._batch_command import BatchRequest, run_batch_command  # noqa: PLC0415

        request = BatchRequest(
            operation="gist" if do_gist else "summarize",
            gist_types=gist_types(types or DEFAULT_GIST_TYPES),
            summarize_type=summarize_type,
            prompt=prompt,
            temperature=temperature,
            max_tokens=max_tokens,
            response_format=load_schema(schema, summarize_type),
        )
        code = run_batch_command(
            input_path,
            out,
            request,
            _options(ctx).client_kwargs(),
            concurrency=concurrency,
            retry_failed=retry_failed,
            max_wait=max_wait,
        )
    raise typer.Exit(code)


# --------------------------------------------------------------------------- no key needed


@app.command(
    "mock-server",
    epilog=(
        "Example: [bold]twelvelabs-analyze mock-server --port 8000 --rate-limit 5/60[/bold], then in another "
        "shell: [bold]TWELVELABS_BASE_URL=http://127.0.0.1:8000/v1.3 TWELVELABS_API_KEY=test-key "
        "twelvelabs-analyze gist VIDEO_ID[/bold]"
    ),
)
def mock_server(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="0 picks a free port.")] = 8000,
    api_key: Annotated[str, typer.Option("--api-key", help="The key the server accepts.")] = "test-key",
    rate_limit: Annotated[
        str, typer.Option("--rate-limit", metavar="N/SECONDS", help="Requests allowed per window.")
    ] = "50/86400",
) -> None:
    """Run the fake TwelveLabs API in the foreground (Ctrl-C stops it), for trying things without a key."""
    with _guard(ctx):
        limit, window = _rate_limit(rate_limit)
        from ._mock import serve_forever  # noqa: PLC0415

        serve_forever(host=host, port=port, api_key=api_key, limit=limit, window_seconds=window)


def _rate_limit(text: str) -> tuple[int, float]:
    count, _, window = text.partition("/")
    try:
        limit, seconds = int(count), float(window)
    except ValueError:
        limit, seconds = -1, -1.0
    if limit < 0 or not seconds > 0:
        raise typer.BadParameter(f"{text!r}: use N/SECONDS, e.g. 50/86400", param_hint="--rate-limit")
    return limit, seconds


@app.command(epilog="Example: [bold]twelvelabs-analyze demo[/bold]  (what [bold]make demo[/bold] runs)")
def demo(ctx: typer.Context) -> None:
    """Gist and all three summaries of a sample video, from the built-in fake API: no key, no network."""
    with _guard(ctx):
        from ._demo import run_demo  # noqa: PLC0415

        run_demo()


def run(argv: list[str] | None = None) -> int:
    """Run the app as the console script does and return its exit code."""
    command = typer.main.get_command(app)
    try:
        command.main(args=argv, prog_name="twelvelabs-analyze", standalone_mode=True)
    except SystemExit as done:
        code = done.code
        return code if isinstance(code, int) else (0 if code is None else EXIT_USAGE)
    return 0
