"""``twelvelabs-analyze demo``: every kind of call, answered by the fake API in-process. No key, no network.

It prints what the commands print (the same functions draw it), preceded by the command line
that would print it: the legacy endpoints, the same calls once they are retired (served through
``/analyze``), a streamed answer, a structured one, an analysis task followed to completion, and a
file on disk uploaded in parts and analyzed.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.rule import Rule

from twelvelabs_analyze import ChapterResult, TwelveLabs

from ._answers import show_stream, show_task_answer
from ._assets_commands import upload_with_progress
from ._commands import GIST, SUMMARIZE, route_note, stderr_console
from ._export import export
from ._render import render_result
from ._waiting import follow_task

__all__ = ["SAMPLE_VIDEO_ID", "run_demo"]

SAMPLE_VIDEO_ID = "6298d673f1090f1100476d4c"  # any id works: the fake's answers are derived from it
SAMPLE_VIDEO_URL = "https://example.com/videos/keynote-2h.mp4"
RECIPE_SCHEMA = {
    "type": "object",
    "properties": {
        "dish": {"type": "string"},
        "ingredients": {"type": "array", "items": {"type": "string"}},
        "steps": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["dish", "ingredients", "steps"],
}
DEMO_POLL_INTERVAL = 0.25  # the fake's tasks take seconds, not the minutes a long video takes
# A file larger than the direct limit the demo sets, so it goes up in parts (small ones: no waiting).
DEMO_FILE_BYTES = 3 * 1024 * 1024
DEMO_CHUNK_BYTES = 1024 * 1024


def _command(console: Console, arguments: str) -> None:
    console.print(f"\n$ twelvelabs-analyze {arguments}", style="dim", highlight=False, soft_wrap=True)


def _legacy_calls(console: Console, notes: Console, client: TwelveLabs) -> None:
    _command(console, f"gist {SAMPLE_VIDEO_ID}")
    gist = client.with_raw_response.gist(SAMPLE_VIDEO_ID)
    route_note(notes, gist.endpoint, GIST.label)
    render_result(console, SAMPLE_VIDEO_ID, gist.parsed)
    chapters: ChapterResult | None = None
    for kind in ("summary", "chapter", "highlight"):
        _command(console, f"summarize {SAMPLE_VIDEO_ID} --type {kind}")
        raw = client.with_raw_response.summarize(SAMPLE_VIDEO_ID, type=kind)
        route_note(notes, raw.endpoint, SUMMARIZE.label)
        render_result(console, SAMPLE_VIDEO_ID, raw.parsed)
        if isinstance(raw.parsed, ChapterResult):
            chapters = raw.parsed
    if chapters is not None:
        _command(console, f"summarize {SAMPLE_VIDEO_ID} --type chapter --format youtube")
        console.print(export(chapters, "youtube"), end="", highlight=False, markup=False)


def _local_file(console: Console, notes: Console, fake: Any, client: TwelveLabs) -> None:
    fake.configure_uploads(chunk_size=DEMO_CHUNK_BYTES, asset_processing=0.5)
    with tempfile.TemporaryDirectory(prefix="twelvelabs-demo-") as folder:
        clip = Path(folder) / "clip.mp4"
        clip.write_bytes(bytes(DEMO_FILE_BYTES))  # stands in for a video
        prompt = "What is this clip about?"
        _command(console, f"analyze ./clip.mp4 --prompt '{prompt}'")
        wait = {"poll_interval": DEMO_POLL_INTERVAL, "max_poll_interval": DEMO_POLL_INTERVAL}
        asset = upload_with_progress(
            client, clip, notes, wait=wait, direct_limit=DEMO_CHUNK_BYTES, state_dir=Path(folder) / "state"
        )
        show_stream(client.analyze_stream(video=asset, prompt=prompt), notes, structured=False, as_json=False)


def run_demo(console: Console | None = None) -> None:
    from twelvelabs_analyze.testing import FakeTwelveLabs  # noqa: PLC0415 - the testing extra

    console = console or Console()
    notes = stderr_console()
    console.print(Rule("twelvelabs-analyze demo · the fake API in-process: no key, no network"))

    console.print(Rule("1. /gist and /summarize, as they were until 2026-02-15", style="dim"))
    with FakeTwelveLabs(api_key="demo-key").client() as client:
        _legacy_calls(console, notes, client)

    retired: dict[str, Any] = {"legacy_endpoints": False}
    live = FakeTwelveLabs(api_key="demo-key", **retired)
    console.print(
        Rule("2. The same calls on today's API: the endpoints are gone, /analyze serves them", style="dim")
    )
    with live.client() as client:
        _legacy_calls(console, notes, client)

        console.print(Rule("3. /analyze: any question, the answer streamed as it is written", style="dim"))
        prompt = "What happens in this video, in three sentences?"
        _command(console, f"analyze {SAMPLE_VIDEO_ID} --prompt '{prompt}'")
        show_stream(
            client.analyze_stream(video_id=SAMPLE_VIDEO_ID, prompt=prompt),
            notes,
            structured=False,
            as_json=False,
        )

        _command(console, f"analyze {SAMPLE_VIDEO_ID} --prompt 'The recipe' --schema recipe.schema.json")
        console.print(
            f"recipe.schema.json: {json.dumps(RECIPE_SCHEMA)}", style="dim", highlight=False, markup=False
        )
        show_stream(
            client.analyze_stream(
                video_id=SAMPLE_VIDEO_ID, prompt="The recipe", response_format=RECIPE_SCHEMA
            ),
            notes,
            structured=True,
            as_json=False,
        )

        console.print(Rule("4. A long video: an analysis task, followed until it is ready", style="dim"))
        prompt = "Chapter titles for this keynote"
        _command(console, f"analyze --video-url {SAMPLE_VIDEO_URL} --prompt '{prompt}' --async")
        created = client.analyze_async.tasks.create(
            video={"type": "url", "url": SAMPLE_VIDEO_URL}, prompt=prompt
        )
        notes.print(f"created task {created.task_id}", style="dim", markup=False)
        wait = {"poll_interval": DEMO_POLL_INTERVAL, "max_poll_interval": DEMO_POLL_INTERVAL}
        task = follow_task(
            client.analyze_async.tasks, created.task_id, notes, status=str(created.status), wait=wait
        )
        show_task_answer(task, notes, structured=False, as_json=False)

        console.print(Rule("5. A file on disk: uploaded in parts (resumable), then analyzed", style="dim"))
        _local_file(console, notes, live, client)
    console.print(
        "\nWith your key: export TWELVELABS_API_KEY=... and run the same commands on your own videos;"
        "\n'twelvelabs-analyze batch --help' processes a whole library.",
        highlight=False,
    )
