"""The batch progress bar: count, rate, ETA, failures, and a countdown while rate-limited."""

from __future__ import annotations

import time
from datetime import datetime

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
)
from rich.text import Text

from twelvelabs_analyze._durations import describe_duration

from ._timefmt import clock

__all__ = ["RichBatchProgress"]


def _run_rate(task: Task) -> float | None:
    """Videos per second over this run so far, pauses included: what the quota really allows."""
    done = int(task.fields.get("done_this_run", 0))
    elapsed = time.monotonic() - float(task.fields.get("run_started", time.monotonic()))
    return done / elapsed if done and elapsed > 0 else None


def _pause_left(task: Task) -> float:
    return max(0.0, float(task.fields.get("paused_until", 0.0)) - time.time())


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        rate = _run_rate(task)
        return Text("–/s" if rate is None else f"{rate:.1f}/s", style="cyan")


class _EtaColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        rate = _run_rate(task)
        left = (task.total or 0) - task.completed
        if left <= 0:
            return Text("")
        if rate is None:
            return Text("ETA –", style="dim")
        return Text(f"ETA {clock(max(left / rate, _pause_left(task)))}", style="dim")


class _FailuresColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        failed = int(task.fields.get("failed", 0))
        return Text(f"{failed} failed", style="red" if failed else "dim")


class _PauseColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        left = _pause_left(task)
        if left <= 0:
            return Text("")
        return Text(f"rate limit: resuming in {describe_duration(left)}", style="yellow")


class RichBatchProgress:
    """A :class:`~._batch.BatchReporter` drawing on ``console`` (stderr)."""

    def __init__(self, console: Console, label: str) -> None:
        self.console = console
        self._label = label
        self._failed = 0
        self._done = 0
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            _EtaColumn(),
            _FailuresColumn(),
            _PauseColumn(),
            console=console,
        )
        self._task: TaskID | None = None

    def start(self, total: int, done_before: int, failed_before: int) -> None:
        self._failed = failed_before
        if done_before:
            self.console.print(f"resuming: {done_before} of {total} videos already in the results file")
        self._done = 0
        self._task = self._progress.add_task(
            self._label,
            total=total,
            completed=done_before,
            failed=self._failed,
            paused_until=0.0,
            done_this_run=0,
            run_started=time.monotonic(),
        )
        self._progress.start()

    def advance(self, ok: bool) -> None:
        if self._task is None:
            return
        if not ok:
            self._failed += 1
        self._done += 1
        self._progress.update(self._task, advance=1, failed=self._failed, done_this_run=self._done)

    def paused(self, until: float) -> None:
        if self._task is not None:
            self._progress.update(self._task, paused_until=until)
        at = datetime.fromtimestamp(until).strftime("%H:%M:%S")
        self.note(
            f"rate limit reached: all workers paused for {describe_duration(until - time.time())} (until {at})"
        )

    def note(self, message: str) -> None:
        self._progress.console.print(message, markup=False, highlight=False)

    def finish(self) -> None:
        self._progress.stop()
