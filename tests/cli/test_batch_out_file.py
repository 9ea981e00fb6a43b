"""``batch --out``: what is refused before the first request, and a results file that outlives hand edits,
append-only files and read-only directories without losing or hiding a paid answer."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from twelvelabs_analyze.cli._results import ResultsFile
from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import Result, invoke
from .scripted import ScriptedAPI, json_answer, task


def write_ids(path: Path, ids: list[str]) -> Path:
    path.write_text("".join(f"{video_id}\n" for video_id in ids))
    return path


def file_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def resolved(path: Path) -> dict[str, dict[str, Any]]:
    """The file as every run reads it: one record per id (a success beats a failure, else the later line)."""
    with ResultsFile.open(path) as results:
        records = dict(results.records)
        results.abandon()
    return records


# --------------------------------------------------------------------------- refused before any request


def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


def link_to_zeros(tmp_path: Path) -> Path:
    path = tmp_path / "zeros.jsonl"
    path.symlink_to("/dev/zero")
    return path


OUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "/dev/null": (lambda _: Path("/dev/null"), "a character device"),  # it used to create tasks, then fail
    "/dev/zero": (lambda _: Path("/dev/zero"), "a character device"),  # it used to read until killed
    "a link to /dev/zero": (link_to_zeros, "a character device"),
    "a FIFO": (fifo, "a named pipe (FIFO)"),  # it used to wait for a reader forever
}


@pytest.mark.parametrize(
    "mode", [["--gist"], ["--analyze", "--async", "--input-kind", "url", "--prompt", "p"]]
)
@pytest.mark.parametrize("kind", list(OUTS))
def test_an_out_that_is_not_a_regular_file_is_refused_before_any_request(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path, kind: str, mode: list[str]
) -> None:
    make, what = OUTS[kind]
    out = make(tmp_path)
    source = write_ids(tmp_path / "ids.txt", ["https://e.com/a.mp4", "https://e.com/b.mp4"])
    result = invoke(["batch", str(source), "--out", str(out), *mode], cli_env)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith(f"error: {out} is {what}, not a regular file")
    assert fake.requests == [] and fake.tasks == []


# --------------------------------------------------------------------------- edited while the batch runs


ANSWER = {"id": "g", "data": "an answer", "finish_reason": "stop"}
ANALYZE = ["--analyze", "--prompt", "p", "-c", "1"]


def run_with_an_edit(
    scripted: ScriptedAPI,
    env: dict[str, str],
    tmp_path: Path,
    edit: Callable[[Path], None],
    *,
    after_lines: int,
    args: list[str],
    ids: list[str],
) -> Result:
    """Run the batch (one video at a time); once ``after_lines`` lines are in the file, ``edit`` it,
    and only then let the answer the batch is waiting for arrive."""
    out = tmp_path / "out.jsonl"
    edited = threading.Event()

    def editor() -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if out.exists() and out.read_bytes().count(b"\n") >= after_lines:
                edit(out)
                break
            time.sleep(0.005)
        edited.set()

    for route in [("POST", "/analyze"), ("POST", "/analyze/tasks")]:
        answers = scripted._routes.get(route)
        if answers:
            answers[after_lines if route[1] == "/analyze" else 1].gates = {0: edited}
    thread = threading.Thread(target=editor)
    thread.start()
    try:
        return invoke(["batch", str(write_ids(tmp_path / "ids.txt", ids)), "--out", str(out), *args], env)
    finally:
        edited.set()
        thread.join(timeout=30)


def editor_save(path: Path) -> None:
    """An editor's save: the text as it was read, less one line, written to a new file renamed over it."""
    kept = path.read_text().splitlines(keepends=True)[1:]
    swap = path.with_name(".out.jsonl.swp")
    swap.write_text("".join(kept))
    swap.replace(path)


EDITS: dict[str, tuple[Callable[[Path], None], str]] = {
    "saved by an editor": (editor_save, "was replaced by another file"),
    "deleted": (lambda path: path.unlink(), "was deleted"),
    "truncated": (lambda path: path.write_text(""), "was cut short"),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_results_file_changed_mid_run_stops_the_batch_and_every_answer_is_saved(
    scripted: ScriptedAPI, scripted_env: dict[str, str], tmp_path: Path, edit: str
) -> None:
    ids = [f"v{n}" for n in range(6)]
    scripted.on("POST", "/analyze", *(json_answer({**ANSWER, "data": f"answer {n}"}) for n in range(6)))
    change, complaint = EDITS[edit]
    out = tmp_path / "out.jsonl"
    before: list[bytes] = []

    def record_and_change(path: Path) -> None:
        change(path)
        before.append(path.read_bytes() if path.exists() else b"<gone>")

    result = run_with_an_edit(
        scripted, scripted_env, tmp_path, record_and_change, after_lines=3, args=ANALYZE, ids=ids
    )
    assert result.exit_code == 1, result.stderr
    assert f"{out} {complaint}" in result.stderr and "while the batch was writing it" in result.stderr
    assert "results in" not in result.stderr and " ok," not in result.stderr  # no success reported
    (rescued,) = tmp_path.glob("out.jsonl.rescued-*")
    assert f"saved in {rescued}" in " ".join(result.stderr.split())
    answered = [r.json["video_id"] for r in scripted.received("POST", "/analyze")]
    # Seen at the append after the edit (or at the check right after the third line's write).
    assert answered in (ids[:3], ids[:4])  # nothing more was sent once the change was seen
    saved = file_lines(rescued)
    assert [line["video_id"] for line in saved] == answered  # every paid answer, once
    assert [line["result"]["data"] for line in saved] == [f"answer {n}" for n in range(len(answered))]
    assert (out.read_bytes() if out.exists() else b"<gone>") == before[0]  # the user's edit is theirs

    scripted.on("POST", "/analyze", json_answer(ANSWER))
    resumed = invoke(["batch", str(tmp_path / "ids.txt"), "--out", str(rescued), *ANALYZE], scripted_env)
    assert resumed.exit_code == 0, resumed.stderr
    assert sorted(resolved(rescued)) == ids
    resent = [r.json["video_id"] for r in scripted.received("POST", "/analyze")][len(answered) :]
    assert resent == ids[len(answered) :]


def script_tasks(scripted: ScriptedAPI, urls: list[str]) -> None:
    created = [json_answer({"task_id": f"t{n}", "status": "queued"}, 202) for n in range(len(urls))]
    scripted.on("POST", "/analyze/tasks", *created)
    for n in range(len(urls)):
        scripted.on("GET", f"/analyze/tasks/t{n}", json_answer(task(f"t{n}", "ready", data=f"answer {n}")))


ASYNC = ["--analyze", "--async", "--input-kind", "url", "--prompt", "p", "--poll-interval", "0.01", "-c", "1"]
URLS = [f"https://e.com/{n}.mp4" for n in range(3)]


def test_lines_appended_by_hand_during_an_async_run_are_never_rewritten_away(
    scripted: ScriptedAPI, scripted_env: dict[str, str], tmp_path: Path
) -> None:
    script_tasks(scripted, URLS)
    pasted = {"video_id": "https://e.com/by-hand.mp4", "ok": True, "result": {"note": "pasted"}}

    def paste(path: Path) -> None:
        with path.open("a") as file:
            file.write(json.dumps(pasted) + "\n")

    # 4 lines: the first video's creating, created and final lines, the second one's creating line.
    result = run_with_an_edit(scripted, scripted_env, tmp_path, paste, after_lines=4, args=ASYNC, ids=URLS)
    assert result.exit_code == 0, result.stderr
    assert "lines were added by something else during this run, so it was not compacted" in " ".join(
        result.stderr.split()
    )
    out = tmp_path / "out.jsonl"
    assert pasted in file_lines(out)
    records = resolved(out)
    assert sorted(records) == sorted([*URLS, pasted["video_id"]]) and records[pasted["video_id"]] == pasted
    assert all(records[url]["ok"] is True for url in URLS)

    again = invoke(["batch", str(tmp_path / "ids.txt"), "--out", str(out), *ASYNC], scripted_env)
    assert again.exit_code == 0, again.stderr
    assert [line["video_id"] for line in file_lines(out)] == [*URLS[:1], pasted["video_id"], *URLS[1:]]


# --------------------------------------------------------------------------- a file that cannot be rewritten


def chattr(flag: str, path: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", flag, str(path)], capture_output=True, check=False).returncode == 0


@pytest.mark.parametrize("how", ["os.replace refused", "chattr +a"])
def test_an_async_batch_on_an_append_only_file_finishes_and_resumes(
    scripted: ScriptedAPI,
    scripted_env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    """The compaction at the end fails; the run still succeeds, and so does every later one."""
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"")
    if how == "chattr +a":
        if not chattr("+a", out):
            pytest.skip("chattr +a is not available here (needs root and ext4/xfs/btrfs)")
    else:

        def refused(self: Path, target: Any) -> Path:
            raise PermissionError(1, "Operation not permitted", str(target))

        monkeypatch.setattr(Path, "replace", refused)
    try:
        script_tasks(scripted, URLS)
        first = invoke(
            ["batch", str(write_ids(tmp_path / "ids.txt", URLS[:2])), "--out", str(out), *ASYNC], scripted_env
        )
        assert first.exit_code == 0, first.stderr
        assert "not compacted (Operation not permitted)" in first.stderr
        assert len(file_lines(out)) == 6  # creating, created and final line of each video, all kept

        second = invoke(
            ["batch", str(write_ids(tmp_path / "ids.txt", URLS)), "--out", str(out), *ASYNC], scripted_env
        )
        assert second.exit_code == 0, second.stderr
        assert "2 skipped" in second.stderr
    finally:
        if how == "chattr +a":
            chattr("-a", out)
    assert [r.path for r in scripted.received("POST", "/analyze/tasks")] == ["/analyze/tasks"] * 3
    assert all(record["ok"] is True for record in resolved(out).values()) and sorted(resolved(out)) == URLS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ids.txt", "out.jsonl"]
