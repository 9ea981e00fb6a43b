"""``batches list|show|results|cancel|delete``: the batches of ``/analyze/batches``."""

from __future__ import annotations

import itertools
import json
import sys
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from twelvelabs_analyze import TwelveLabs
from twelvelabs_analyze._secrets import redact_in_scope
from twelvelabs_analyze_api.resources import OPERATIONS, AnalyzeAsyncBatchesResource

from ._answers import print_json
from ._commands import stderr_console
from ._errors import EXIT_OK
from ._framework import PROG, Group, running
from ._spec_options import OptionSet

__all__ = ["batches_group"]

LIST = OPERATIONS["analyze_async.batches.list"]
LIST_OPTIONS = OptionSet([(LIST, AnalyzeAsyncBatchesResource.list)], exclude={"page"})
DEFAULT_LIMIT = 20
COUNTS = ("queued", "processing", "ready", "failed", "canceled")


def _batch_id() -> click.Argument:
    return click.Argument(["batch_id"], metavar="BATCH_ID")


def _line(data: Any) -> None:
    sys.stdout.write(redact_in_scope(json.dumps(data, ensure_ascii=False, default=str)) + "\n")


def _list(ctx: click.Context, limit: int, as_json: bool, **_: Any) -> int:
    with running(ctx, LIST_OPTIONS.explain) as settings:
        arguments = LIST_OPTIONS.arguments(ctx, LIST, "batches list")
        with TwelveLabs(**settings.client_kwargs()) as client:
            page = client.analyze_async.batches.list(**arguments)
            batches = iter(page) if limit == 0 else itertools.islice(page, limit)
            if as_json:
                for batch in batches:
                    _line(batch.to_dict())
                sys.stdout.flush()
                return EXIT_OK
            shown = list(batches)
        table = Table("batch", "status", "mode", "items", *COUNTS, "created", caption=f"{len(shown)} batches")
        for batch in shown:
            table.add_row(
                batch.batch_id,
                str(batch.status),
                str(batch.analysis_mode),
                str(batch.total_items),
                *(str(getattr(batch, f"{name}_items")) for name in COUNTS),
                batch.created_at.isoformat(timespec="seconds"),
            )
        Console().print(table)
    return EXIT_OK


def _show(ctx: click.Context, batch_id: str, **_: Any) -> int:
    with running(ctx) as settings:
        with TwelveLabs(**settings.client_kwargs()) as client:
            batch = client.analyze_async.batches.retrieve(batch_id)
        print_json(batch.to_dict())
    return EXIT_OK


def _results(ctx: click.Context, batch_id: str, **_: Any) -> int:
    with running(ctx) as settings:
        with (
            TwelveLabs(**settings.client_kwargs()) as client,
            client.analyze_async.batches.results(batch_id) as stream,
        ):
            for (
                item
            ) in stream:  # one line each, as it arrives (a line that does not parse stops with its number)
                _line(item.to_dict())
        sys.stdout.flush()
    return EXIT_OK


def _cancel(ctx: click.Context, batch_id: str, **_: Any) -> int:
    with running(ctx) as settings:
        with TwelveLabs(**settings.client_kwargs()) as client:
            batch = client.analyze_async.batches.cancel(batch_id)
        stderr_console().print(f"batch {batch_id}: {batch.status} (queued items canceled)", markup=False)
    return EXIT_OK


def _delete(ctx: click.Context, batch_id: str, **_: Any) -> int:
    with running(ctx) as settings:
        with TwelveLabs(**settings.client_kwargs()) as client:
            client.analyze_async.batches.delete(batch_id)
        stderr_console().print(f"deleted batch {batch_id}", markup=False)
    return EXIT_OK


batches_group = Group(
    "batches",
    help="Batches on TwelveLabs' batch engine (batch --server): list, show, read results, cancel, delete.",
    short_help="List, show, read, cancel and delete server-side batches.",
    epilog=f"\b\nExamples:\n  {PROG} batches list --status processing\n  {PROG} batches results BATCH_ID > out.jsonl",
)
for name, callback, params, text in (
    (
        "list",
        _list,
        [
            *LIST_OPTIONS.click_options(),
            click.Option(
                ["--limit"],
                type=click.IntRange(min=0),
                default=DEFAULT_LIMIT,
                show_default=True,
                help="Show at most this many (0: all).",
            ),
            click.Option(["--json", "as_json"], is_flag=True, help="One JSON object a line."),
        ],
        "Your batches, newest first, with their item counts.",
    ),
    ("show", _show, [_batch_id()], "A batch's status and item counts, as JSON."),
    ("results", _results, [_batch_id()], "A batch's results, one JSON line per item (also while it runs)."),
    ("cancel", _cancel, [_batch_id()], "Cancel a batch: queued items are canceled, processing ones finish."),
    ("delete", _delete, [_batch_id()], "Delete a batch that has ended (completed, canceled or expired)."),
):
    batches_group.add_command(
        Group.command_class(name, callback=click.pass_context(callback), params=params, help=text)
    )
