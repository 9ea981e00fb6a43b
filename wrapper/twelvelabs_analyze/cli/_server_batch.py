"""``batch INPUT --out FILE --analyze --server``: the batch on TwelveLabs' own batch engine.

Each input line is a local file (uploaded: ``client.assets.upload``), an ``http(s)://`` URL (an
asset made from it: ``assets.create(method="url")``) or an asset id; ``--input-kind`` says which
when guessing is not wanted. Every input becomes a ready asset first — recorded in
``FILE.assets.json`` as soon as it exists, so a rerun uploads nothing twice — then the assets go
through ``client.analyze_async.batches.run_iter`` with its state in ``FILE.job.json`` (split
under the limits, at most 5 batches active, expiries resubmitted, resumable; see
``_async/_batches.py``). The results file gets one line per input in the batch format (``ok``,
``endpoint``, ``result`` or ``error``, ``attempts``, ``elapsed_s``) plus ``batch_id``, ``task_id``,
``custom_id`` and ``asset_id``; a line already there is not written again, so a rerun after any
interruption completes the file with each input exactly once.

Ctrl-C asks whether to cancel the job's active batches or leave them running (``--on-interrupt
cancel|leave`` answers without asking; without a terminal the answer is ``leave``).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from twelvelabs_analyze import TwelveLabs, TwelveLabsError
from twelvelabs_analyze._batch_plan import BatchJobError, BatchJobResult, write_atomically

from ._errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, CommandError
from ._framework import Settings
from ._input import MAX_URL_LENGTH, InputRule, VideoIdsError, read_video_ids
from ._progress import RichBatchProgress

__all__ = ["SERVER_INPUT_KINDS", "batch_defaults", "run_server_batch"]

ENDPOINT = "POST /analyze/batches"
SERVER_INPUT_KINDS = ("auto", "file", "url", "asset_id")
ON_INTERRUPT = ("ask", "cancel", "leave")
# Task options that are batch defaults under the same name (BatchDefaults); prompt becomes {input_text}.
DEFAULT_FIELDS = (
    "temperature",
    "max_tokens",
    "response_format",
    "min_segment_duration",
    "max_segment_duration",
    "start_time",
    "end_time",
)
INPUT = InputRule("a file, URL or asset id", MAX_URL_LENGTH)


def batch_defaults(arguments: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
    """The job's analysis mode and defaults from the task options given; others are refused."""
    left = dict(arguments)
    mode = str(left.pop("analysis_mode", None) or "general")
    model = left.pop("model_name", None)
    if model is not None and model != "pegasus1.5":
        raise CommandError(
            f"--server runs Pegasus 1.5 only (batches take no other model), not {model!r}", EXIT_USAGE
        )
    defaults: dict[str, Any] = {}
    prompt = left.pop("prompt", None)
    if prompt is not None:
        defaults["prompt"] = {"input_text": prompt}
    for name in DEFAULT_FIELDS:
        if name in left:
            defaults[name] = left.pop(name)
    if left:
        raise CommandError(
            f"--server does not take {', '.join(sorted(left))} (batches have no such default)", EXIT_USAGE
        )
    return mode, defaults or None


def _kind(entry: str, chosen: str) -> str:
    if chosen != "auto":
        return chosen
    if entry.startswith(("https://", "http://")):
        return "url"
    return "file" if Path(entry).is_file() else "asset_id"


def _load_assets(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        raise CommandError(
            f"{path} cannot be read ({error}); move it away to upload again", EXIT_USAGE
        ) from None
    if not isinstance(data, dict):
        raise CommandError(f"{path} is not an assets record of this tool", EXIT_USAGE)
    return data


def _make_asset(client: TwelveLabs, entry: str, kind: str) -> dict[str, Any]:
    """A ready asset for ``entry``: its id and duration (``None`` when the API does not say)."""
    if kind == "file":
        asset = client.assets.upload(entry)
    else:
        created = client.assets.create(method="url", url=entry)
        asset = client.assets.wait(str(created.id))
    duration = getattr(asset, "duration", None)
    return {
        "asset_id": str(asset.id),
        "seconds": duration if isinstance(duration, int | float) else None,
    }


def _record(entry: str, asset_id: str, result: BatchJobResult, elapsed: float) -> dict[str, Any]:
    record: dict[str, Any] = {"video_id": entry, "ok": result.status == "ready", "endpoint": ENDPOINT}
    if result.status == "ready":
        record["result"] = result.data.to_dict() if hasattr(result.data, "to_dict") else result.data
    else:
        error = result.error
        code = getattr(error, "code", None)
        message = getattr(error, "message", None) or (
            f"canceled (after {result.attempts} batches)" if result.status == "canceled" else result.status
        )
        record["error"] = {
            "status": None,
            "code": code if isinstance(code, str) else result.status,
            "message": message,
        }
    record.update(
        attempts=result.attempts,
        elapsed_s=round(elapsed, 3),
        batch_id=result.batch_id,
        task_id=result.task_id,
        custom_id=result.custom_id,
        asset_id=asset_id,
    )
    return record


def _cancel_or_leave(client: TwelveLabs, job: Path, choice: str, console: Console) -> None:
    if not job.exists():
        return
    if choice == "ask":
        asking = sys.stdin.isatty()
        choice = (
            "cancel"
            if asking and click.confirm("Cancel this job's active batches?", default=False)
            else "leave"
        )
    if choice == "cancel":
        canceled = client.analyze_async.batches.cancel_job(job)
        console.print(
            f"canceled {len(canceled)} batches: {', '.join(canceled) or '-'}", highlight=False, markup=False
        )
    else:
        console.print(
            "the batches go on; rerun the same command to collect their results",
            highlight=False,
            markup=False,
        )


def _make_assets(
    client: TwelveLabs,
    entries: list[str],
    assets: dict[str, dict[str, Any]],
    *,
    skip: set[str],
    kind: str,
    record: Path,
    progress: RichBatchProgress,
) -> None:
    """Every entry as an asset in ``assets``; an uploaded or URL asset is recorded in ``record`` at once."""
    for entry in entries:
        if entry in assets:
            continue
        chosen = _kind(entry, kind)
        if chosen == "asset_id":  # in the job even when its line is written: the job is the same
            assets[entry] = {"asset_id": entry, "seconds": None}  # nothing to record: it is the asset
            continue
        if entry in skip:
            continue
        made = _make_asset(client, entry, chosen)
        assets[entry] = {**made, "recorded": True}
        recorded = {e: a for e, a in assets.items() if a.get("recorded")}
        write_atomically(record, json.dumps(recorded).encode())  # before anything else: never twice
        progress.note(f"{chosen} {entry} is asset {made['asset_id']}")


def run_server_batch(
    input_path: str,
    out: Path,
    arguments: dict[str, Any],
    settings: Settings,
    *,
    input_kind: str,
    on_interrupt: str,
    poll_interval: float,
    max_poll_interval: float,
) -> int:
    """Run the job; the exit code: 0 every input ready, 1 some failed or canceled, 130 interrupted."""
    from ._batch_command import _open_results  # noqa: PLC0415 - one way to open a results file

    mode, defaults = batch_defaults(arguments)
    try:
        entries = read_video_ids(input_path, INPUT)
    except VideoIdsError as error:
        raise CommandError(str(error), EXIT_USAGE) from None
    if not entries:
        raise CommandError(
            f"no inputs in {'standard input' if input_path == '-' else input_path}", EXIT_USAGE
        )
    console = Console(stderr=True)
    assets_path = out.with_name(out.name + ".assets.json")
    job_path = out.with_name(out.name + ".job.json")
    assets = _load_assets(assets_path)
    results = _open_results(out, console)
    progress = RichBatchProgress(console, "analyze (server batches)")
    started = time.monotonic()
    written = {e for e in entries if e in results.records}
    failed_before = sum(1 for e in written if not results.records[e]["ok"])
    with TwelveLabs(**settings.client_kwargs()) as client:
        try:
            progress.start(len(entries), len(written), failed_before)
            _make_assets(
                client, entries, assets, skip=written, kind=input_kind, record=assets_path, progress=progress
            )
            wanted = [e for e in entries if e in assets]
            durations = {
                assets[e]["asset_id"]: assets[e]["seconds"]
                for e in wanted
                if assets[e]["seconds"] is not None
            }
            failed = failed_before
            for result in client.analyze_async.batches.run_iter(
                [assets[e]["asset_id"] for e in wanted],
                analysis_mode=mode,
                defaults=defaults,
                durations=durations,
                state=job_path,
                poll_interval=poll_interval,
                max_poll_interval=max_poll_interval,
            ):
                entry = wanted[result.index]
                if entry in written:
                    continue  # handed out again after an interruption: the file has it
                record = _record(entry, assets[entry]["asset_id"], result, time.monotonic() - started)
                results.append(record)
                written.add(entry)
                failed += not record["ok"]
                progress.advance(record["ok"])
        except KeyboardInterrupt:
            progress.finish()
            _cancel_or_leave(client, job_path, on_interrupt, console)
            results.close()
            return EXIT_INTERRUPTED
        except BatchJobError as error:
            progress.finish()
            results.close()
            raise CommandError(f"{error} (the job's state: {job_path})") from None
        except TwelveLabsError:
            progress.finish()
            results.close()
            raise
        progress.finish()
    results.close()
    missing = len(entries) - len(written)
    console.print(
        f"{len(entries)} inputs: {len(written) - failed} ok, {failed} failed or canceled"
        + (f", {missing} without a result" if missing else "")
        + f"; results in {out}",
        highlight=False,
        markup=False,
    )
    return EXIT_OK if failed == 0 and not missing else EXIT_FAILED
