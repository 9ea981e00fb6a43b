"""``twelvelabs-analyze batch``: wires the input, the results file, the client and the engine together."""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from rich.console import Console

from twelvelabs_analyze import AsyncTwelveLabs, RawResponse
from twelvelabs_analyze._constants import INITIAL_RETRY_DELAY, MAX_RETRY_DELAY

from ._batch import Batch, BatchReport, StopReason
from ._errors import EXIT_USAGE, CommandError
from ._input import VideoIdsError, read_video_ids
from ._progress import RichBatchProgress
from ._results import ResultsFile, ResultsFileError
from ._timefmt import duration

__all__ = ["BatchRequest", "batch_retry_wait", "run_batch_command"]


@dataclass(frozen=True, slots=True)
class BatchRequest:
    """The call made for every video."""

    operation: str  # "gist" or "summarize"
    gist_types: list[str]
    summarize_type: str | None = None
    prompt: str | None = None
    temperature: float | None = None
    max_tokens: int | None = None
    response_format: dict[str, Any] | None = None

    def label(self) -> str:
        return "gist" if self.operation == "gist" else f"summarize {self.summarize_type}"

    async def send(self, client: AsyncTwelveLabs, video_id: str) -> RawResponse[Any]:
        if self.operation == "gist":
            return await client.with_raw_response.gist(video_id, types=self.gist_types)
        return await client.with_raw_response.summarize(
            video_id,
            type=self.summarize_type or "",
            prompt=self.prompt,
            temperature=self.temperature,
            response_format=self.response_format,
            max_tokens=self.max_tokens,
        )


def batch_retry_wait(max_retries: int) -> float:
    """The longest sleep the client may take inside one call: its own backoff, never a rate-limit reset.

    Longer waits (a 429 whose window resets later) come back as ``RateLimitError`` so the batch
    can pause every worker at once instead of each sleeping on its own.
    """
    if max_retries <= 0:
        return 0.0
    return min(INITIAL_RETRY_DELAY * 2.0 ** (max_retries - 1), MAX_RETRY_DELAY)


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
) -> BatchReport:
    max_retries = client_kwargs.get("max_retries", 0)
    # The client first: a missing key fails before the results file is created.
    async with AsyncTwelveLabs(**client_kwargs, max_retry_wait=batch_retry_wait(max_retries)) as client:
        results = _open_results(out, progress.console)

        async def call(video_id: str) -> RawResponse[Any]:
            return await request.send(client, video_id)

        batch = Batch(
            ids,
            call,
            results,
            progress,
            concurrency=concurrency,
            max_wait=max_wait,
            retry_failed=retry_failed,
        )
        with results, _interrupts_go_to(batch):
            return await batch.run()


def _open_results(out: Path, console: Console) -> ResultsFile:
    try:
        results = ResultsFile.open(out)
    except ResultsFileError as error:
        raise CommandError(str(error), EXIT_USAGE) from None
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
    line = f"{report.total} videos: {done} in {report.elapsed:.1f}s; results in {out}"
    left = f"{report.not_done} left" if report.not_done else ""
    if report.stop is StopReason.RATE_LIMIT and report.stopped_until is not None:
        at = datetime.fromtimestamp(report.stopped_until).strftime("%Y-%m-%d %H:%M:%S")
        wait = duration(report.stopped_until - time.time())
        line += (
            f"\nstopped on a rate limit: the window resets at {at} (in {wait}), longer than --max-wait "
            f"{max_wait:g}s; {left}. Rerun the same command after the reset to resume."
        )
    elif report.stop is StopReason.INTERRUPTED:
        line += f"\ninterrupted; {left or 'nothing left'}. Rerun the same command to resume."
    elif report.failed_in_file:
        line += f"\n{report.failed_in_file} failed: rerun with --retry-failed to try them again."
    return line


def run_batch_command(
    input_path: str,
    out: Path,
    request: BatchRequest,
    client_kwargs: dict[str, Any],
    *,
    concurrency: int,
    retry_failed: bool,
    max_wait: float,
) -> int:
    """Run the batch and return the exit code (see :attr:`BatchReport.exit_code`)."""
    try:
        ids = read_video_ids(input_path)
    except VideoIdsError as error:
        raise CommandError(str(error), EXIT_USAGE) from None
    if not ids:
        raise CommandError(
            f"no video ids in {'standard input' if input_path == '-' else input_path}", EXIT_USAGE
        )
    console = Console(stderr=True)
    report = asyncio.run(
        _run(
            ids,
            request,
            client_kwargs,
            out,
            RichBatchProgress(console, request.label()),
            concurrency=concurrency,
            retry_failed=retry_failed,
            max_wait=max_wait,
        )
    )
    console.print(_summary(report, out, max_wait), highlight=False, markup=False, soft_wrap=True)
    if report.stop is StopReason.AUTH:
        raise CommandError(
            f"{report.message}: every video would fail the same way; fix it and rerun to resume"
        )
    return report.exit_code
