"""``tasks list|get|wait|delete``: the analysis tasks of ``/analyze/tasks``."""

from __future__ import annotations

import itertools
import json
import sys
from typing import Any

import click
from rich.console import Console

from twelvelabs_analyze import AnalyzeTask, TwelveLabs, Unset
from twelvelabs_analyze._secrets import redact_in_scope
from twelvelabs_analyze_api.resources import OPERATIONS, AnalyzeAsyncTasksResource

from ._answers import print_json, show_task_answer
from ._commands import stderr_console, wait_arguments, wait_options
from ._errors import EXIT_OK
from ._framework import PROG, Group, running
from ._spec_options import OptionSet

__all__ = ["tasks_group"]

LIST = OPERATIONS["analyze_async.tasks.list"]
# Pages are fetched as the listing reaches them, so the page number is not an option.
LIST_OPTIONS = OptionSet([(LIST, AnalyzeAsyncTasksResource.list)], exclude={"page"})
DEFAULT_LIMIT = 20


def _task_id() -> click.Argument:
    return click.Argument(["task_id"], metavar="TASK_ID")


def _structured(task: AnalyzeTask) -> bool:
    """Whether the task was created with a JSON schema (its answer is JSON)."""
    params = task.request_params
    if params is None or isinstance(params, Unset):
        return False
    response_format = params.response_format
    if response_format is None or isinstance(response_format, Unset):
        return False
    return str(response_format.type_) == "json_schema"


def _list(ctx: click.Context, limit: int, as_json: bool, **_: Any) -> int:
    with running(ctx, LIST_OPTIONS.explain) as settings:
        arguments = LIST_OPTIONS.arguments(ctx, LIST, "tasks list")
        with TwelveLabs(**settings.client_kwargs()) as client:
            page = client.analyze_async.tasks.list(**arguments)
            tasks = iter(page) if limit == 0 else itertools.islice(page, limit)
            if as_json:  # one task a line, each printed as soon as its page arrives
                for task in tasks:  # a failed task's message may echo the key
                    sys.stdout.write(redact_in_scope(json.dumps(task.to_dict(), ensure_ascii=False)) + "\n")
                sys.stdout.flush()
                return EXIT_OK
            shown = list(tasks)
        from ._render import tasks_table  # noqa: PLC0415

        total = page.result.page_info.total_results
        caption = f"{len(shown)} of {total} tasks" if isinstance(total, int) else f"{len(shown)} tasks"
        if isinstance(total, int) and total > len(shown):
            caption += " (--limit 0 lists them all)"
        Console().print(tasks_table(shown, caption))
    return EXIT_OK


def _get(ctx: click.Context, task_id: str, as_json: bool, **_: Any) -> int:
    with running(ctx) as settings:
        with TwelveLabs(**settings.client_kwargs()) as client:
            task = client.analyze_async.tasks.retrieve(task_id)
        if as_json:
            print_json(task.to_dict())
            return EXIT_OK
        from ._render import render_task  # noqa: PLC0415

        render_task(Console(), task)
        show_task_answer(task, stderr_console(), structured=_structured(task), as_json=False)
    return EXIT_OK


def _wait(ctx: click.Context, task_id: str, as_json: bool, **_: Any) -> int:
    with running(ctx) as settings:
        from ._waiting import follow_task  # noqa: PLC0415

        console = stderr_console()
        wait = wait_arguments(ctx.params)
        with TwelveLabs(**settings.client_kwargs()) as client:
            task = follow_task(client.analyze_async.tasks, task_id, console, wait=wait)
        show_task_answer(task, console, structured=_structured(task), as_json=as_json)
    return EXIT_OK


def _delete(ctx: click.Context, task_id: str, **_: Any) -> int:
    with running(ctx) as settings:
        with TwelveLabs(**settings.client_kwargs()) as client:
            client.analyze_async.tasks.delete(task_id)
        stderr_console().print(f"deleted task {task_id}", markup=False)
    return EXIT_OK


def _json_option() -> click.Option:
    return click.Option(["--json", "as_json"], is_flag=True, help="Print the task as JSON.")


tasks_group = Group(
    "tasks",
    help="Analysis tasks (analyze --async, batch --analyze --async): list them, follow one, delete one.",
    short_help="List, follow and delete analysis tasks.",
    epilog=f"\b\nExamples:\n  {PROG} tasks list --status processing\n  {PROG} tasks wait TASK_ID",
)
tasks_group.add_command(
    Group.command_class(
        "list",
        callback=click.pass_context(_list),
        params=[
            *LIST_OPTIONS.click_options(),
            click.Option(
                ["--limit"],
                type=click.IntRange(min=0),
                default=DEFAULT_LIMIT,
                show_default=True,
                help="Show at most this many (0: all); pages are fetched only as far as needed.",
            ),
            click.Option(["--json", "as_json"], is_flag=True, help="One JSON object a line."),
        ],
        help="Your analysis tasks, newest first.",
        epilog=f"\b\nExample:\n  {PROG} tasks list --status ready --limit 5",
    )
)
tasks_group.add_command(
    Group.command_class(
        "get",
        callback=click.pass_context(_get),
        params=[_task_id(), _json_option()],
        help="A task's status, and its answer once it is ready.",
        epilog=f"\b\nExample:\n  {PROG} tasks get TASK_ID --json",
    )
)
tasks_group.add_command(
    Group.command_class(
        "wait",
        callback=click.pass_context(_wait),
        params=[_task_id(), _json_option(), *wait_options()],
        help="Follow a task with a spinner until it is ready, then print its answer; Ctrl-C stops waiting.",
        epilog=f"\b\nExample:\n  {PROG} tasks wait TASK_ID",
    )
)
tasks_group.add_command(
    Group.command_class(
        "delete",
        callback=click.pass_context(_delete),
        params=[_task_id()],
        help="Delete a task (not while it is processing).",
        epilog=f"\b\nExample:\n  {PROG} tasks delete TASK_ID",
    )
)
