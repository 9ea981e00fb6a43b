"""The ``twelvelabs-analyze`` command group, and :func:`run`, which turns every outcome into an exit code."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from twelvelabs_analyze._version import __version__

from ._assets_commands import assets_group, upload_command
from ._batch_command import batch_command
from ._batches_commands import batches_group
from ._commands import analyze_command, gist_command, summarize_command
from ._errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, say
from ._extras import missing_testing_extra, require_testing_extra
from ._framework import PROG, Command, Group, running
from ._tasks_commands import tasks_group

__all__ = ["cli", "run"]

# A first-time user's batch of hundreds of videos must not stop on the mock server's quota.
MOCK_RATE_LIMIT = "100000/86400"
MOCK_API_KEY = "test-key"  # the key the mock server accepts unless --api-key says another

cli = Group(
    PROG,
    help=(
        "Analyze videos with TwelveLabs: answers to any prompt (streamed or structured), analysis tasks for "
        "long videos, gists, summaries, chapters and highlights — one video or a whole library."
    ),
    epilog="\b\nYour key: export TWELVELABS_API_KEY=..."
    + (f"\nTry it without one: {PROG} demo" if missing_testing_extra() is None else ""),
)
cli.params.append(
    click.Option(
        ["--version"],
        is_flag=True,
        expose_value=False,
        is_eager=True,
        help="Show the version and exit.",
        callback=lambda ctx, param, value: _version(ctx) if value else None,
    )
)


def _version(ctx: click.Context) -> None:
    click.echo(f"{PROG} {__version__}")
    ctx.exit(EXIT_OK)


for command in (
    analyze_command,
    gist_command,
    summarize_command,
    batch_command,
    batches_group,
    tasks_group,
    upload_command,
    assets_group,
):
    cli.add_command(command)


# --------------------------------------------------------------------------- no key needed
# Without the testing extra these two cannot run: they are left out of the help (not out of the
# tool: run anyway, they say how to get the extra).
_HIDDEN = missing_testing_extra() is not None


def _mock_server(
    ctx: click.Context,
    host: str,
    port: int,
    rate_limit: str,
    retired: bool,
    **_: Any,
) -> int:
    with running(ctx) as settings:
        require_testing_extra("mock-server")
        limit, window = _rate_limit(ctx, rate_limit)
        from ._mock import serve_forever  # noqa: PLC0415

        serve_forever(
            host=host,
            port=port,
            api_key=settings.api_key or MOCK_API_KEY,
            limit=limit,
            window_seconds=window,
            legacy_endpoints=not retired,
        )
    return EXIT_OK


def _rate_limit(ctx: click.Context, text: str) -> tuple[int, float]:
    count, _, window = text.partition("/")
    try:
        limit, seconds = int(count), float(window)
    except ValueError:
        limit, seconds = -1, -1.0
    if limit < 0 or not seconds > 0:
        raise click.BadParameter(f"{text!r}: use N/SECONDS, e.g. 50/86400", ctx, param_hint="--rate-limit")
    return limit, seconds


cli.add_command(
    Command(
        "mock-server",
        callback=click.pass_context(_mock_server),
        hidden=_HIDDEN,
        params=[
            click.Option(["--host"], default="127.0.0.1", show_default=True, help="Interface to listen on."),
            click.Option(
                ["--port"],
                type=click.IntRange(0, 65535),
                default=8000,
                show_default=True,
                help="0 picks a free port.",
            ),
            click.Option(
                ["--rate-limit"],
                metavar="N/SECONDS",
                default=MOCK_RATE_LIMIT,
                show_default=True,
                help="Requests allowed per window (e.g. 50/86400 for a free plan's day).",
            ),
            click.Option(
                ["--no-legacy-endpoints", "retired"],
                is_flag=True,
                help="Answer /gist and /summarize with 404, as the live API does since their sunset.",
            ),
        ],
        help=(
            "Run the fake TwelveLabs API in the foreground (Ctrl-C stops it), to try things without a key. "
            f"It accepts the key given with --api-key ({MOCK_API_KEY!r} by default)."
        ),
        short_help="Run the fake TwelveLabs API locally (no key needed).",
        epilog=(
            "\b\nExample:\n"
            f"  {PROG} mock-server --port 8000 --no-legacy-endpoints\n"
            "  then, in another shell:\n"
            f"  TWELVELABS_BASE_URL=http://127.0.0.1:8000/v1.3 TWELVELABS_API_KEY=test-key {PROG} gist VIDEO_ID"
        ),
    )
)


def _demo(ctx: click.Context, **_: Any) -> int:
    with running(ctx):
        require_testing_extra("demo")
        from ._demo import run_demo  # noqa: PLC0415

        run_demo()
    return EXIT_OK


cli.add_command(
    Command(
        "demo",
        callback=click.pass_context(_demo),
        hidden=_HIDDEN,
        help=(
            "Every kind of call — legacy and live endpoints, a streamed and a structured answer, an analysis "
            "task — answered by the built-in fake API: no key, no network."
        ),
        short_help="Try every command on the built-in fake API (no key, no network).",
        epilog=f"\b\nExample:\n  {PROG} demo    (what 'make demo' runs)",
    )
)


def run(argv: list[str] | None = None) -> int:
    """Run the tool as the console script does and return its exit code; errors are one line on stderr."""
    try:
        code = cli.main(args=argv, prog_name=PROG, standalone_mode=False)
    except click.UsageError as error:
        where = f" (see '{error.ctx.command_path} --help')" if error.ctx is not None else ""
        say(error.format_message() + where)
        return EXIT_USAGE
    except click.ClickException as error:
        say(error.format_message())
        return error.exit_code
    except click.Abort:
        sys.stderr.write("interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return code if isinstance(code, int) else EXIT_OK
