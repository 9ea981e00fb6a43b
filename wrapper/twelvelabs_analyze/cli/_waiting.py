"""Following an analysis task until it is done: a spinner with its status and the time waited.

On a terminal the status line redraws in place; elsewhere (a log, a pipe) each change of status
is one line. Ctrl-C stops *waiting* — the task goes on at TwelveLabs — and says how to pick it
up again; ``TaskTimeoutError`` says the same. The client's ``tasks.wait`` does the polling.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import TYPE_CHECKING, Any

from rich.console import Console, RenderableType
from rich.live import Live
from rich.spinner import Spinner
from rich.text import Text

from twelvelabs_analyze import AnalyzeTask, TaskProgress, TaskTimeoutError
from twelvelabs_analyze._durations import describe_duration

from ._errors import EXIT_FAILED, EXIT_INTERRUPTED, CommandError
from ._framework import PROG

if TYPE_CHECKING:
    from twelvelabs_analyze._sync._tasks import TaskWaiting

__all__ = ["TaskFollower", "follow_task", "pick_up_hint"]


def pick_up_hint(task_id: str) -> str:
    return f"pick it up with: {PROG} tasks get {task_id} (or: {PROG} tasks wait {task_id})"


class TaskFollower:
    """The ``on_progress`` of ``tasks.wait``, drawn on ``console`` (stderr)."""

    def __init__(self, console: Console, task_id: str, status: str = "created") -> None:
        self._console = console
        self._task_id = task_id
        self.status = status
        self.polls = 0
        self._started = time.monotonic()
        self._spinner = Spinner("dots", style="cyan")
        self._live: Live | None = None

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._started

    def _line(self) -> Text:
        return Text.assemble(
            (f"task {self._task_id}: ", "bold"),
            (self.status, "cyan"),
            (
                f" · {describe_duration(self.elapsed)} elapsed · Ctrl-C stops waiting (the task goes on)",
                "dim",
            ),
        )

    def __rich__(self) -> RenderableType:
        self._spinner.update(text=self._line())  # redrawn several times a second: the time stays current
        return self._spinner

    def __enter__(self) -> TaskFollower:
        if self._console.is_terminal:
            self._live = Live(self, console=self._console, refresh_per_second=8, transient=True)
            self._live.start()
        else:
            self._say()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._live is not None:
            self._live.stop()

    def __call__(self, progress: TaskProgress[Any]) -> None:
        self.polls = progress.polls
        if progress.status != self.status:
            self.status = progress.status
            if self._live is None:
                self._say()

    def _say(self) -> None:
        self._console.print(
            f"task {self._task_id}: {self.status}", style="dim", highlight=False, markup=False
        )


def follow_task(
    tasks: TaskWaiting[AnalyzeTask],
    task_id: str,
    console: Console,
    *,
    status: str = "created",
    wait: dict[str, Any],
) -> AnalyzeTask:
    """Wait for the task with a spinner; raise :class:`CommandError` (exit 130) on Ctrl-C.

    ``wait``: the options of ``tasks.wait`` (``poll_interval``, ``max_poll_interval``, ``timeout``).
    """
    follower = TaskFollower(console, task_id, status)
    try:
        with follower:
            task = tasks.wait(task_id, on_progress=follower, **wait)
    except KeyboardInterrupt:
        raise CommandError(
            f"stopped waiting after {describe_duration(follower.elapsed)}; task {task_id} goes on ({follower.status}): "
            + pick_up_hint(task_id),
            EXIT_INTERRUPTED,
        ) from None
    except TaskTimeoutError as error:
        raise CommandError(f"{error}; the task goes on: {pick_up_hint(task_id)}", EXIT_FAILED) from None
    console.print(
        f"task {task_id}: {task.status} after {describe_duration(follower.elapsed)} ({follower.polls} polls)",
        style="dim",
        highlight=False,
        markup=False,
    )
    return task
