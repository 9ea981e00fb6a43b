"""``twelvelabs-analyze demo``: every call, answered by the fake API in-process. No key, no network."""

from __future__ import annotations

from rich.console import Console
from rich.rule import Rule

from twelvelabs_analyze import GistResult, SummarizeResult

from ._errors import CommandError
from ._export import export
from ._render import render_result

__all__ = ["SAMPLE_VIDEO_ID", "run_demo"]

SAMPLE_VIDEO_ID = "6298d673f1090f1100476d4c"  # any id works: the fake's answers are derived from the request


def _command(console: Console, arguments: str) -> None:
    console.print(f"\n$ twelvelabs-analyze {arguments}", style="dim", highlight=False, soft_wrap=True)


def _show(console: Console, arguments: str, result: GistResult | SummarizeResult) -> None:
    _command(console, arguments)
    render_result(console, SAMPLE_VIDEO_ID, result)


def run_demo(console: Console | None = None) -> None:
    try:
        from twelvelabs_analyze.testing import FakeTwelveLabs  # noqa: PLC0415 - the testing extra
    except ImportError as missing:
        raise CommandError(f"the demo runs the fake API: {missing}") from None

    console = console or Console()
    fake = FakeTwelveLabs(api_key="demo-key")
    console.print(Rule("twelvelabs-analyze demo · the fake API in-process: no key, no network"))
    with fake.client() as client:
        _show(console, f"gist {SAMPLE_VIDEO_ID}", client.gist(SAMPLE_VIDEO_ID))
        _show(
            console,
            f"summarize {SAMPLE_VIDEO_ID} --type summary",
            client.summarize(SAMPLE_VIDEO_ID, type="summary"),
        )
        chapters = client.summarize(SAMPLE_VIDEO_ID, type="chapter")
        _show(console, f"summarize {SAMPLE_VIDEO_ID} --type chapter", chapters)
        _show(
            console,
            f"summarize {SAMPLE_VIDEO_ID} --type highlight",
            client.summarize(SAMPLE_VIDEO_ID, type="highlight"),
        )
        _command(console, f"summarize {SAMPLE_VIDEO_ID} --type chapter --format youtube")
        console.print(export(chapters, "youtube"), end="", highlight=False, markup=False)
    console.print(
        "\nWith your key: export TWELVELABS_API_KEY=... and run the same commands on your own video ids;"
        "\n'twelvelabs-analyze batch --help' processes a whole library.",
        highlight=False,
    )
