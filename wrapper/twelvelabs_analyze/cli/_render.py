"""Results as people read them: panels and tables drawn by rich.

API text goes into ``Text`` objects, never into markup strings, so a title like ``[draft]``
prints as written.
"""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console, RenderableType
from rich.json import JSON
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from twelvelabs_analyze import (
    AnalyzeTask,
    ChapterResult,
    GistResult,
    HighlightResult,
    SummarizeResult,
    SummaryResult,
    TokenUsage,
    Unset,
)
from twelvelabs_analyze._secrets import redact_in_scope

from ._timefmt import clock

__all__ = ["finish_line", "render_result", "render_task", "task_source", "tasks_table", "usage_text"]


def _usage(usage: TokenUsage | Unset) -> str:
    if isinstance(usage, Unset) or isinstance(usage.output_tokens, Unset):
        return ""
    return f"{usage.output_tokens} output tokens"


def _time(precise: float | Unset, whole: int | Unset) -> str:
    if not isinstance(precise, Unset):
        return clock(precise)
    if not isinstance(whole, Unset):
        return clock(whole)
    return "?"


def _text(value: str | Unset) -> Text:
    return Text("" if isinstance(value, Unset) else value)


def _gist(video_id: str, result: GistResult) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column()
    if not isinstance(result.title, Unset):
        grid.add_row("Title", Text(result.title, style="bold"))
    if not isinstance(result.topics, Unset):
        grid.add_row("Topics", Text(", ".join(result.topics)))
    if not isinstance(result.hashtags, Unset):
        tags = " ".join(tag if tag.startswith("#") else f"#{tag}" for tag in result.hashtags)
        grid.add_row("Hashtags", Text(tags, style="magenta"))
    return Panel(grid, title=f"Gist · {video_id}", title_align="left", subtitle=_usage(result.usage))


def _summary(video_id: str, result: SummaryResult, structured: Any) -> RenderableType:
    body: RenderableType = _text(result.summary)
    if structured is not None:
        body = JSON(json.dumps(structured, ensure_ascii=False))
    return Panel(body, title=f"Summary · {video_id}", title_align="left", subtitle=_usage(result.usage))


def _chapters(video_id: str, result: ChapterResult) -> RenderableType:
    # Numbered as the API numbers them (chapter_number), not by position: the two can differ.
    table = Table(title=f"Chapters · {video_id}", title_justify="left", caption=_usage(result.usage))
    table.add_column("#", justify="right", style="dim")
    table.add_column("Start", justify="right", no_wrap=True)
    table.add_column("End", justify="right", no_wrap=True)
    table.add_column("Chapter", style="bold", ratio=1)
    table.add_column("Summary", ratio=2)
    chapters = [] if isinstance(result.chapters, Unset) else result.chapters
    for number, chapter in enumerate(chapters, start=1):
        shown_number = chapter.chapter_number if not isinstance(chapter.chapter_number, Unset) else number
        table.add_row(
            str(shown_number),
            _time(chapter.start_sec, chapter.start),
            _time(chapter.end_sec, chapter.end),
            _text(chapter.chapter_title),
            _text(chapter.chapter_summary),
        )
    return table


def _highlights(video_id: str, result: HighlightResult) -> RenderableType:
    table = Table(title=f"Highlights · {video_id}", title_justify="left", caption=_usage(result.usage))
    table.add_column("Start", justify="right", no_wrap=True)
    table.add_column("End", justify="right", no_wrap=True)
    table.add_column("Highlight", style="bold", ratio=1)
    table.add_column("Summary", ratio=2)
    highlights = [] if isinstance(result.highlights, Unset) else result.highlights
    for highlight in highlights:
        table.add_row(
            _time(highlight.start_sec, highlight.start),
            _time(highlight.end_sec, highlight.end),
            _text(highlight.highlight),
            _text(highlight.highlight_summary),
        )
    return table


def render_result(
    console: Console, video_id: str, result: GistResult | SummarizeResult, *, structured: Any = None
) -> None:
    """Print a gist panel, a summary panel (``structured``: its parsed JSON) or a table of segments."""
    renderable: RenderableType
    if isinstance(result, GistResult):
        renderable = _gist(video_id, result)
    elif isinstance(result, SummaryResult):
        renderable = _summary(video_id, result, structured)
    elif isinstance(result, ChapterResult):
        renderable = _chapters(video_id, result)
    else:
        renderable = _highlights(video_id, result)
    console.print(renderable)


def usage_text(output_tokens: object, input_tokens: object = None) -> str:
    """``42 output tokens, 120 input tokens``; empty when the API gave no figures."""
    parts = []
    if isinstance(output_tokens, int):
        parts.append(f"{output_tokens} output tokens")
    if isinstance(input_tokens, int):
        parts.append(f"{input_tokens} input tokens")
    return ", ".join(parts)


def finish_line(finish_reason: object, usage: str, warning: object = None) -> Text:
    """The line an answer ends with on stderr: why it ended and what it cost."""
    reason = finish_reason if isinstance(finish_reason, str) else "unknown"
    text = Text(f"finish_reason: {reason}", style="dim" if reason == "stop" else "yellow")
    if usage:
        text.append(f" · {usage}", style="dim")
    if isinstance(warning, str) and warning:  # the API's text: it may echo the key
        text.append(f" · {redact_in_scope(warning)}", style="yellow")
    return text


def task_source(task: AnalyzeTask) -> str:
    """What the task analyses: its URL, asset id or video id."""
    source = task.video_source
    if source is None or isinstance(source, Unset):
        return ""
    for value in (source.url, source.asset_id, source.video_id):
        if isinstance(value, str) and value:
            return value
    return ""


def _when(value: object) -> str:
    return value.isoformat(timespec="seconds") if hasattr(value, "isoformat") else ""


def render_task(console: Console, task: AnalyzeTask) -> None:
    """A task's state (the result's text is printed apart, to stdout)."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column()
    grid.add_row("Status", Text(str(task.status), style="bold"))
    if task.custom_id:
        grid.add_row("Custom id", Text(task.custom_id))
    if source := task_source(task):
        grid.add_row("Video", Text(source))
    grid.add_row("Created", Text(_when(task.created_at)))
    if not isinstance(task.completed_at, Unset):
        grid.add_row("Completed", Text(_when(task.completed_at)))
    if not isinstance(task.result, Unset):
        usage = usage_text(task.result.usage.output_tokens, task.result.usage.input_tokens)
        grid.add_row("Finish", Text(f"{task.result.finish_reason}" + (f" · {usage}" if usage else "")))
    if not isinstance(task.error, Unset) and isinstance(task.error.message, str):
        grid.add_row("Message", Text(redact_in_scope(task.error.message), style="yellow"))
    console.print(Panel(grid, title=f"Task · {task.task_id}", title_align="left"))


def tasks_table(tasks: list[AnalyzeTask], caption: str = "") -> Table:
    table = Table(caption=caption or None, caption_justify="left")
    table.add_column("Task", no_wrap=True)
    table.add_column("Status", no_wrap=True)
    table.add_column("Created", no_wrap=True)
    table.add_column("Video", overflow="fold")
    table.add_column("Custom id")
    for task in tasks:
        table.add_row(
            Text(task.task_id),
            Text(str(task.status), style="green" if task.status == "ready" else ""),
            Text(_when(task.created_at)),
            Text(task_source(task)),
            Text(task.custom_id or ""),
        )
    return table
