"""``upload FILE...`` and ``assets list|show|delete``; :func:`upload_with_progress` for commands given a local file."""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from twelvelabs_analyze import TwelveLabs
from twelvelabs_analyze._constants import DEFAULT_UPLOAD_CONCURRENCY
from twelvelabs_analyze._secrets import redact_in_scope

from ._answers import print_json
from ._commands import stderr_console, wait_arguments, wait_options
from ._errors import EXIT_OK
from ._framework import PROG, Command, Group, running

__all__ = ["assets_group", "upload_command", "upload_with_progress"]

DEFAULT_LIMIT = 20


def upload_with_progress(
    client: TwelveLabs, path: Path, console: Console, *, wait: dict[str, Any] | None = None, **options: Any
) -> Any:
    """Upload ``path`` (resumable) with a progress bar on ``console`` (bytes, rate, ETA); the ready asset.

    What ``batch`` over local files needs as well: the asset comes back, and an interrupted
    upload of the same file resumes (``client.assets.upload``'s state record).
    """
    from rich.progress import (  # noqa: PLC0415 - only when a file is uploaded
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    from twelvelabs_analyze import UploadProgress  # noqa: PLC0415

    wait = wait or {}
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(f"uploading {path.name}", total=path.stat().st_size)

        def show(event: UploadProgress) -> None:
            if event.message:
                bar.console.print(event.message, style="dim", markup=False)
            bar.update(task, completed=event.bytes_sent, total=event.total_bytes)

        asset = client.assets.upload(
            path,
            on_progress=show,
            poll_interval=wait.get("poll_interval", 2.0),
            max_poll_interval=wait.get("max_poll_interval", 30.0),
            wait_timeout=wait.get("timeout"),
            **options,
        )
    console.print(f"{path.name}: asset {asset.id} is {asset.status}", style="dim", markup=False)
    return asset


def _upload(
    ctx: click.Context, files: tuple[Path, ...], concurrency: int, resume: bool, as_json: bool, **_: Any
) -> int:
    with running(ctx) as settings:
        console = stderr_console()
        wait = wait_arguments(ctx.params)
        with TwelveLabs(**settings.client_kwargs()) as client:
            for path in files:
                asset = upload_with_progress(
                    client, path, console, wait=wait, concurrency=concurrency, resume=resume
                )
                if as_json:
                    sys.stdout.write(redact_in_scope(json.dumps(asset.to_dict(), ensure_ascii=False)) + "\n")
                else:
                    sys.stdout.write(f"{asset.id}\t{path}\n")
                sys.stdout.flush()
    return EXIT_OK


upload_command = Command(
    "upload",
    callback=click.pass_context(_upload),
    params=[
        click.Argument(
            ["files"], nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
        ),
        click.Option(
            ["--concurrency"],
            type=click.IntRange(min=1),
            default=DEFAULT_UPLOAD_CONCURRENCY,
            show_default=True,
            help="Parts sent at once (large files); memory holds this many chunks.",
        ),
        click.Option(
            ["--resume/--no-resume"],
            default=True,
            show_default=True,
            help="Go on with an interrupted upload of the same file (unchanged since) where it stopped.",
        ),
        click.Option(["--json", "as_json"], is_flag=True, help="Print each asset as JSON (one a line)."),
        *wait_options(),
    ],
    help="Upload local files as assets (multipart above 200 MB, resumable), wait until each is ready, "
    "print their asset ids.",
    epilog=f"\b\nExample:\n  {PROG} upload clip.mp4 talk.mp4\n  {PROG} analyze clip.mp4 --prompt 'Summarize'",
    short_help="Upload local files as assets; print their ids.",
)


def _list(ctx: click.Context, limit: int, as_json: bool, **_: Any) -> int:
    with running(ctx) as settings:
        with TwelveLabs(**settings.client_kwargs()) as client:
            page = client.assets.list(page_limit=50)
            assets = iter(page) if limit == 0 else itertools.islice(page, limit)
            for asset in assets:
                if as_json:
                    sys.stdout.write(redact_in_scope(json.dumps(asset.to_dict(), ensure_ascii=False)) + "\n")
                else:
                    data = asset.to_dict()
                    sys.stdout.write(
                        f"{data.get('_id', '')}\t{data.get('status', '')}\t{data.get('filename', '')}\n"
                    )
        sys.stdout.flush()
    return EXIT_OK


def _show(ctx: click.Context, asset_id: str, **_: Any) -> int:
    with running(ctx) as settings:
        with TwelveLabs(**settings.client_kwargs()) as client:
            asset = client.assets.retrieve(asset_id)
        print_json(asset.to_dict())
    return EXIT_OK


def _delete(ctx: click.Context, asset_id: str, force: bool, **_: Any) -> int:
    with running(ctx) as settings:
        with TwelveLabs(**settings.client_kwargs()) as client:
            client.assets.delete(asset_id, force=force)
        stderr_console().print(f"deleted asset {asset_id}", markup=False)
    return EXIT_OK


assets_group = Group(
    "assets",
    help="Your uploaded assets: list them, show one, delete one.",
    short_help="List, show and delete assets.",
    epilog=f"\b\nExamples:\n  {PROG} assets list\n  {PROG} assets show ASSET_ID",
)
assets_group.add_command(
    Group.command_class(
        "list",
        callback=click.pass_context(_list),
        params=[
            click.Option(
                ["--limit"],
                type=click.IntRange(min=0),
                default=DEFAULT_LIMIT,
                show_default=True,
                help="Show at most this many (0: all).",
            ),
            click.Option(["--json", "as_json"], is_flag=True, help="One JSON object a line."),
        ],
        help="Your assets, newest first: id, status, file name.",
    )
)
assets_group.add_command(
    Group.command_class(
        "show",
        callback=click.pass_context(_show),
        params=[click.Argument(["asset_id"], metavar="ASSET_ID")],
        help="One asset as JSON.",
    )
)
assets_group.add_command(
    Group.command_class(
        "delete",
        callback=click.pass_context(_delete),
        params=[
            click.Argument(["asset_id"], metavar="ASSET_ID"),
            click.Option(["--force"], is_flag=True, help="Delete it even when indexed assets refer to it."),
        ],
        help="Delete an asset.",
    )
)
