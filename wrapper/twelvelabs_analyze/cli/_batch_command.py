"""``twelvelabs-analyze batch``: the input, the results file, the client and the engine, wired together.

The request options are the union of those of ``gist``, ``summarize``, ``analyze`` and task
creation, from the spec (:class:`~._spec_options.OptionSet`); an option the chosen operation does
not take is refused. ``custom_id`` is not an option: the batch gives each task its own, to find
the task again after an unknown outcome. The arguments are checked once, by the client's own
checks, before the results file is touched, so a typo does not turn into one failure line per video.

Everything that can be refused is refused before the first request: the input (see
:mod:`._input`), the options, and an ``--out`` that is not a regular file (see :mod:`._results`).
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import click
import httpx
from rich.console import Console

from twelvelabs_analyze import AsyncTwelveLabs, RawResponse, TwelveLabs, parse_structured
from twelvelabs_analyze._durations import describe_duration
from twelvelabs_analyze._operation import Operation
from twelvelabs_analyze._polling import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    check_seconds,
)
from twelvelabs_analyze._retry import backoff_delay
from twelvelabs_analyze._spec import spec_document
from twelvelabs_analyze_api.resources import OPERATIONS, AnalyzeAsyncTasksResource

from ._batch import Batch, BatchReport, CallJob, StopReason, TaskJob
from ._commands import ANALYZE, CREATE_TASK, GIST, SCHEMA_HELP, SUMMARIZE
from ._errors import EXIT_USAGE, CommandError
from ._framework import PROG, SECONDS, Command, Settings, running
from ._input import INPUT_RULES, VIDEO_ID, VideoIdsError, read_video_ids
from ._progress import RichBatchProgress
from ._results import ResultsFile, ResultsFileChanged, ResultsFileError
from ._spec_options import EnumChoice, OptionSet, Variant, variants_of

__all__ = ["BatchRequest", "batch_command", "batch_retry_wait", "run_batch"]

RETRIEVE_TASK = OPERATIONS["analyze_async.tasks.retrieve"]
LIST_TASKS = OPERATIONS["analyze_async.tasks.list"]
MODES = {"gist": GIST, "summarize": SUMMARIZE, "analyze": ANALYZE}
BATCH_OPTIONS = OptionSet(
    # analyze first: an option shared with summarize gets analyze's (more general) help.
    [
        (ANALYZE, TwelveLabs.analyze),
        (CREATE_TASK, AnalyzeAsyncTasksResource.create),
        (SUMMARIZE, TwelveLabs.summarize),
        (GIST, TwelveLabs.gist),
    ],
    exclude={"video_id", "video", "custom_id"},  # from the input lines (--input-kind); one per task
    rename={"response_format": "schema"},
    helps={"response_format": SCHEMA_HELP},
    labels={
        GIST.name: "--gist",
        SUMMARIZE.name: "--summarize",
        ANALYZE.name: "--analyze",
        CREATE_TASK.name: "--async",
    },
)
# What an input line can be: an indexed video's id, or one of the video sources /analyze takes.
VARIANTS: dict[str, Variant] = {v.value: v for v in variants_of(CREATE_TASK, "video")}
INPUT_KINDS = ("video_id", *VARIANTS)


def batch_retry_wait(max_retries: int) -> float:
    """The longest sleep the client may take inside one call: its own backoff, never a rate-limit reset.

    Longer waits (a 429 whose window resets later) come back as ``RateLimitError`` so the batch
    can pause every worker at once instead of each sleeping on its own.
    """
    return backoff_delay(max_retries - 1, rand=lambda: 0.0) if max_retries > 0 else 0.0


def _largest_page(operation: Operation) -> int | None:
    """The spec's maximum ``page_limit`` of a list operation (None: the API's default page)."""
    path = spec_document()["paths"][operation.path][operation.method.lower()]
    for parameter in path.get("parameters", ()):
        if parameter.get("name") == "page_limit":
            maximum = parameter.get("schema", {}).get("maximum")
            return maximum if isinstance(maximum, int) else None
    return None


def _list_filter(variant: Variant) -> str | None:
    """The list parameter that filters tasks by a video source of this kind (``asset_id``, ``video_url``)."""
    names = {f.name for f in LIST_TASKS.fields}
    return next((name for name in (variant.prop, f"video_{variant.prop}") if name in names), None)


def _method(client: Any, operation: Operation) -> Any:
    """The client method of an operation, by its dotted name (``analyze_async.tasks.create``)."""
    for part in operation.name.split("."):
        client = getattr(client, part)
    return client


@dataclass(frozen=True, slots=True)
class BatchRequest:
    """What is sent for every video: the operation, its arguments, and what an input line is."""

    operation: Operation
    arguments: dict[str, Any]
    input_kind: str = "video_id"
    label: str = ""

    def video_arguments(self, line: str) -> dict[str, Any]:
        if self.input_kind == "video_id":
            return {"video_id": line}
        variant = VARIANTS[self.input_kind]
        return {"video": {variant.tag: variant.value, variant.prop: line}}

    @property
    def is_task(self) -> bool:
        return self.operation is CREATE_TASK

    @property
    def structured(self) -> bool:
        return "response_format" in self.arguments

    def result(self, parsed: Any) -> dict[str, Any]:
        """The line's result: the answer as the API gave it; structured output must parse."""
        if self.structured:
            result = getattr(parsed, "result", None) if self.is_task else parsed
            if result is not None and hasattr(result, "data"):
                error = getattr(parsed, "error", None)
                parse_structured(
                    SimpleNamespace(data=result.data, finish_reason=result.finish_reason, error=error)
                )
        data: dict[str, Any] = parsed.to_dict()
        return data

    def job(self, client: AsyncTwelveLabs, options: WaitSettings) -> CallJob | TaskJob:
        raw = client.with_raw_response

        async def call(line: str) -> RawResponse[Any]:
            response: RawResponse[Any] = await _method(raw, self.operation)(
                **self.video_arguments(line), **self.arguments
            )
            return response

        if not self.is_task:
            return CallJob(call, self.operation.label, self.result)

        async def create(line: str, custom_id: str) -> RawResponse[Any]:
            response: RawResponse[Any] = await _method(raw, self.operation)(
                **self.video_arguments(line), **self.arguments, custom_id=custom_id
            )
            return response

        async def retrieve(task_id: str) -> RawResponse[Any]:
            response: RawResponse[Any] = await _method(raw, RETRIEVE_TASK)(task_id)
            return response

        by_video = _list_filter(VARIANTS[self.input_kind])
        page_limit = _largest_page(LIST_TASKS)

        async def find_page(line: str, page: int) -> RawResponse[Any]:
            arguments: dict[str, Any] = {"page": page, "page_limit": page_limit}
            if by_video is not None:  # else (base64 videos) every task is looked at
                arguments[by_video] = line
            response: RawResponse[Any] = await _method(raw, LIST_TASKS)(**arguments)
            return response

        return TaskJob(
            create=create,
            retrieve=retrieve,
            find_page=find_page,
            polling=type(client.analyze_async.tasks)._polling,
            endpoint=self.operation.label,
            poll_interval=options.poll_interval,
            max_poll_interval=options.max_poll_interval,
            max_task_wait=options.max_task_wait,
            result=self.result,
        )

    def check(self, sample: str, settings: Settings) -> None:
        """Run the client's own argument checks once (nothing is sent); raises ValueError/TypeError."""

        class Accepted(Exception):
            pass

        def refuse(request: httpx.Request) -> httpx.Response:
            raise Accepted

        kwargs = {**settings.client_kwargs(), "api_key": "argument-check", "max_retries": 0}
        kwargs["base_url"] = "http://arguments.check.invalid"
        with TwelveLabs(**kwargs, http_client=httpx.Client(transport=httpx.MockTransport(refuse))) as client:
            try:
                _method(client, self.operation)(**self.video_arguments(sample), **self.arguments)
            except Accepted:
                return


@dataclass(frozen=True, slots=True)
class WaitSettings:
    """How the batch polls its tasks (``--poll-interval``, ``--max-poll-interval``, ``--max-task-wait``)."""

    poll_interval: float = DEFAULT_POLL_INTERVAL
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL
    max_task_wait: float = DEFAULT_WAIT_TIMEOUT

    @classmethod
    def checked(cls, poll_interval: float, max_poll_interval: float, max_task_wait: float) -> WaitSettings:
        """Checked by the rule ``tasks.wait`` applies to its own options, under the options' names."""
        check_seconds("--poll-interval", poll_interval, allow_zero=True)
        check_seconds("--max-poll-interval", max_poll_interval, allow_zero=True)
        check_seconds("--max-task-wait", max_task_wait, allow_zero=True)
        return cls(poll_interval, max_poll_interval, max_task_wait)


@contextmanager
def _interrupts_go_to(batch: Batch) -> Iterator[None]:
    loop = asyncio.get_running_loop()
    installed = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, batch.interrupt)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or Windows
            continue
        installed.append(signum)
    try:
        yield
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)


async def _run(
    ids: list[str],
    request: BatchRequest,
    client_kwargs: dict[str, Any],
    out: Path,
    progress: RichBatchProgress,
    *,
    concurrency: int,
    retry_failed: bool,
    max_wait: float,
    waiting: WaitSettings,
) -> BatchReport:
    max_retries = client_kwargs.get("max_retries", 0)
    # The client first: a missing key fails before the results file is created.
    async with AsyncTwelveLabs(**client_kwargs, max_retry_wait=batch_retry_wait(max_retries)) as client:
        results = _open_results(out, progress.console)
        try:
            batch = Batch(
                ids,
                request.job(client, waiting),
                results,
                progress,
                concurrency=concurrency,
                max_wait=max_wait,
                retry_failed=retry_failed,
            )
            with _interrupts_go_to(batch):
                report = await batch.run()
            if report.stop is StopReason.OUTPUT:
                raise _not_kept(results, report.message)
            try:
                results.close()  # checks that the file is still this run's, and compacts it
            except ResultsFileChanged as error:
                raise _not_kept(results, str(error)) from None
        finally:
            results.abandon()
        _print_notes(results, progress.console)
        return report


def _not_kept(results: ResultsFile, what_happened: str) -> CommandError:
    """The error for a run whose results file did not keep its results: they are saved elsewhere first."""
    try:
        saved = results.rescue()
    except (OSError, ResultsFileError) as error:
        return CommandError(
            f"{what_happened}; the batch stopped, and its results could not be saved elsewhere "
            f"either ({error}). Rerun the same command to redo what is missing"
        )
    return CommandError(
        f"{what_happened}; the batch stopped. Everything it holds, this run's answers included "
        f"({len(results.records)} of the videos), is saved in {saved}: check it, and rerun with "
        f"--out {saved} to resume"
    )


def _print_notes(results: ResultsFile, console: Console) -> None:
    for note in results.notes:
        console.print(note, highlight=False, markup=False)
    results.notes.clear()


def _open_results(out: Path, console: Console) -> ResultsFile:
    try:
        results = ResultsFile.open(out)
    except ResultsFileError as error:
        raise CommandError(str(error), EXIT_USAGE) from None
    _print_notes(results, console)
    torn = results.torn_line
    if torn is not None:
        which = f"the unfinished result for {torn.video_id!r}" if torn.video_id is not None else "a result"
        console.print(
            f"{out}: dropped a torn last line (line {torn.number}, {torn.size} bytes: {which}, "
            "cut short by an interrupted run)",
            highlight=False,
            markup=False,
        )
    return results


def _summary(report: BatchReport, out: Path, max_wait: float) -> str:
    done = f"{report.succeeded} ok, {report.failed} failed"
    if report.skipped:
        done += f", {report.skipped} skipped (already in {out})"
    line = f"{report.total} videos: {done} in {describe_duration(report.elapsed)}; results in {out}"
    left = f"{report.not_done} left" if report.not_done else ""
    if report.stop is StopReason.RATE_LIMIT and report.stopped_until is not None:
        at = datetime.fromtimestamp(report.stopped_until).strftime("%Y-%m-%d %H:%M:%S")
        wait = describe_duration(report.stopped_until - time.time())
        line += (
            f"\nstopped on a rate limit: the window resets at {at} (in {wait}), longer than --max-wait "
            f"({describe_duration(max_wait)}); {left}. Rerun the same command after the reset to resume."
        )
    elif report.stop is StopReason.INTERRUPTED:
        line += f"\ninterrupted; {left or 'nothing left'}. Rerun the same command to resume."
    else:
        if report.running_tasks:
            line += (
                f"\n{report.running_tasks} tasks still running: rerun the same command to pick them up "
                "(they are polled, not created again)."
            )
        if report.failed_in_file:
            line += f"\n{report.failed_in_file} failed: rerun with --retry-failed to try them again."
    return line


def run_batch(
    input_path: str,
    out: Path,
    request: BatchRequest,
    settings: Settings,
    *,
    concurrency: int,
    retry_failed: bool,
    max_wait: float,
    waiting: WaitSettings,
) -> int:
    """Run the batch and return the exit code (see :attr:`BatchReport.exit_code`)."""
    try:
        ids = read_video_ids(input_path, INPUT_RULES.get(request.input_kind, VIDEO_ID))
    except VideoIdsError as error:
        raise CommandError(str(error), EXIT_USAGE) from None
    if not ids:
        raise CommandError(
            f"no video ids in {'standard input' if input_path == '-' else input_path}", EXIT_USAGE
        )
    request.check(ids[0], settings)
    console = Console(stderr=True)
    report = asyncio.run(
        _run(
            ids,
            request,
            settings.client_kwargs(),
            out,
            RichBatchProgress(console, request.label),
            concurrency=concurrency,
            retry_failed=retry_failed,
            max_wait=max_wait,
            waiting=waiting,
        )
    )
    console.print(_summary(report, out, max_wait), highlight=False, markup=False, soft_wrap=True)
    if report.stop is StopReason.AUTH:
        raise CommandError(
            f"{report.message}: every video would fail the same way; fix it and rerun to resume"
        )
    return report.exit_code


# --------------------------------------------------------------------------- the command


def _request(ctx: click.Context, params: dict[str, Any]) -> BatchRequest:
    chosen = [name for name in MODES if params[name]]
    if len(chosen) != 1:
        raise click.UsageError("choose one of --gist, --summarize or --analyze", ctx)
    mode = chosen[0]
    if params["run_async"] and mode != "analyze":
        raise click.UsageError(f"--async goes with --analyze, not --{mode}", ctx)
    operation = CREATE_TASK if params["run_async"] else MODES[mode]
    label = "--analyze --async" if params["run_async"] else f"--{mode}"
    arguments = BATCH_OPTIONS.arguments(ctx, operation, label)
    kind = params["input_kind"]
    takes = {f.name for f in operation.fields}
    if kind is None:
        if "video_id" not in takes:
            raise click.UsageError(
                f"{label} takes a video source, not an indexed video's id: "
                f"say what each input line is with --input-kind {'|'.join(VARIANTS)}",
                ctx,
            )
        kind = "video_id"
    elif ("video_id" if kind == "video_id" else "video") not in takes:
        raise click.BadParameter(f"{label} takes video ids only", ctx, param_hint="--input-kind")
    name = (
        f"{mode} {arguments['type']}"
        if mode == "summarize"
        else mode + (" (tasks)" if params["run_async"] else "")
    )
    return BatchRequest(operation, arguments, kind, name)


def _server_batch(
    ctx: click.Context, input_path: str, out: Path, settings: Settings, params: dict[str, Any]
) -> int:
    from ._server_batch import run_server_batch  # noqa: PLC0415

    if not params["analyze"] or params["gist"] or params["summarize"] or params["run_async"]:
        raise click.UsageError(
            "--server goes with --analyze (and neither --async, --gist nor --summarize)", ctx
        )
    kind = params["input_kind"] or "auto"
    if kind not in ("auto", "file", "url", "asset_id"):
        raise click.BadParameter("--server takes files, URLs or asset ids", ctx, param_hint="--input-kind")
    return run_server_batch(
        input_path,
        out,
        BATCH_OPTIONS.arguments(ctx, CREATE_TASK, "--analyze --server"),
        settings,
        input_kind=kind,
        on_interrupt=params["on_interrupt"],
        poll_interval=params["poll_interval"],
        max_poll_interval=params["max_poll_interval"],
    )


def _batch(ctx: click.Context, input_path: str, out: Path, **params: Any) -> int:
    with running(ctx, BATCH_OPTIONS.explain) as settings:
        if params["server"]:
            return _server_batch(ctx, input_path, out, settings, params)
        if params["input_kind"] == "file":
            raise click.BadParameter("file inputs go with --server", ctx, param_hint="--input-kind")
        request = _request(ctx, params)
        return run_batch(
            input_path,
            out,
            request,
            settings,
            concurrency=params["concurrency"],
            retry_failed=params["retry_failed"],
            max_wait=params["max_wait"],
            waiting=WaitSettings(
                params["poll_interval"], params["max_poll_interval"], params["max_task_wait"]
            ),
        )


def _flag(name: str, text: str) -> click.Option:
    return click.Option([f"--{name}", name], is_flag=True, help=text)


batch_command = Command(
    "batch",
    callback=click.pass_context(_batch),
    params=[
        click.Argument(["input_path"], metavar="INPUT"),
        click.Option(
            ["--out", "out"],
            required=True,
            type=click.Path(dir_okay=False, path_type=Path),
            help="JSON-lines results file (a regular file); appended to and resumed.",
        ),
        _flag("gist", "Run gist on every video."),
        _flag("summarize", "Run summarize on every video (with --type)."),
        _flag("analyze", "Run analyze on every video (with --prompt; --async for analysis tasks)."),
        click.Option(
            ["--async", "run_async"],
            is_flag=True,
            help="With --analyze: an analysis task per video, recorded before it is waited for.",
        ),
        click.Option(
            ["--input-kind", "input_kind"],
            type=EnumChoice((*INPUT_KINDS, "file")),
            help="What each input line is: an indexed video's id (the default), or a video source "
            "of /analyze (--analyze --async needs one); with --server: file, url or asset_id "
            "(default: a URL by its scheme, a file if it exists, else an asset id).",
        ),
        click.Option(
            ["--server", "server"],
            is_flag=True,
            help="With --analyze: run on TwelveLabs' batch engine (/analyze/batches: files and URLs "
            "become assets, then batches of up to 1,000; state in OUT.assets.json and OUT.job.json).",
        ),
        click.Option(
            ["--on-interrupt", "on_interrupt"],
            type=click.Choice(["ask", "cancel", "leave"]),
            default="ask",
            show_default=True,
            help="--server: on Ctrl-C, cancel the job's active batches or leave them running "
            "(ask: on a terminal; leave otherwise).",
        ),
        *BATCH_OPTIONS.click_options(),
        click.Option(
            ["--concurrency", "-c", "concurrency"],
            type=click.IntRange(1, 64),
            default=4,
            show_default=True,
            help="Videos in flight at once.",
        ),
        click.Option(
            ["--retry-failed", "retry_failed"],
            is_flag=True,
            help="Also rerun the videos that failed in an earlier run.",
        ),
        click.Option(
            ["--max-wait", "max_wait"],
            type=SECONDS,
            default=900.0,
            show_default=True,
            help="Longest rate-limit pause to sit out; a later reset stops the batch (exit 3, resumable).",
        ),
        click.Option(
            ["--poll-interval", "poll_interval"],
            type=SECONDS,
            default=DEFAULT_POLL_INTERVAL,
            show_default=True,
            help="--async: seconds before a task's second poll; the wait then grows by half.",
        ),
        click.Option(
            ["--max-poll-interval", "max_poll_interval"],
            type=SECONDS,
            default=DEFAULT_MAX_POLL_INTERVAL,
            show_default=True,
            help="--async: the longest wait between two polls of a task.",
        ),
        click.Option(
            ["--max-task-wait", "max_task_wait"],
            type=SECONDS,
            default=DEFAULT_WAIT_TIMEOUT,
            show_default=True,
            help="--async: leave a task this slow for the next run (it is polled then, not created again).",
        ),
    ],
    help="Run gist, summarize or analyze over a list of videos, with a progress bar; resumable and crash-safe.",
    short_help="Gist, summarize or analyze a whole list of videos; resumable.",
    epilog=(
        "\b\nExamples:\n"
        f"  {PROG} batch videos.txt --out gists.jsonl --gist\n"
        f"  cat videos.txt | {PROG} batch - --out chapters.jsonl --summarize --type chapter -c 8\n"
        f"  {PROG} batch urls.txt --out answers.jsonl --analyze --async --input-kind url --prompt 'Summarize'\n"
        f"  {PROG} batch library.txt --out answers.jsonl --analyze --server --prompt 'Summarize'\n"
        "\n"
        "Each line of the results file: {video_id, ok, endpoint, result | error{status, code, message}, "
        "attempts, elapsed_s} (and task_id, custom_id for tasks; a task not over yet has ok null and "
        "status creating or created). Rerun the same command to resume; add --retry-failed to rerun "
        "failures too. In the input, # starts a comment at the start of a line or after a space.\n"
        "\n"
        "With --server each line also has batch_id, task_id, custom_id and asset_id.\n"
        "\n"
        "Exit codes: 0 all ok, 1 some failed (or tasks left running), 2 usage error, 3 stopped on a rate "
        "limit, 130 interrupted (Ctrl-C; the requests in flight are finished first)."
    ),
)
