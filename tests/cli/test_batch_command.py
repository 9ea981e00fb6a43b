"""``batch`` in-process against the fake API: output, resume, failures, rate limits, every mode."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from twelvelabs_analyze.cli._input import MAX_VIDEO_ID_LENGTH
from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import invoke
from .scripted import ScriptedAPI, json_answer, task


def write_ids(path: Path, ids: list[str]) -> Path:
    path.write_text("# videos to process\n\n" + "".join(f"{video_id}\n" for video_id in ids))
    return path


def records(path: Path) -> dict[str, dict[str, Any]]:
    """The results file, checked to hold each id once."""
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    ids = [line["video_id"] for line in lines]
    assert len(ids) == len(set(ids)), f"an id appears more than once: {ids}"
    return {line["video_id"]: line for line in lines}


def statuses(fake: FakeTwelveLabs) -> list[int]:
    return [request.status for request in fake.requests]


IDS = [f"video-{n:02d}" for n in range(6)]


def test_gist_batch_writes_one_line_per_video(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    source = write_ids(tmp_path / "ids.txt", [*IDS, IDS[0]])
    out = tmp_path / "out.jsonl"
    result = invoke(["batch", str(source), "--out", str(out), "--gist", "--types", "title"], cli_env)
    assert result.exit_code == 0, result.stderr
    lines = records(out)
    assert sorted(lines) == IDS
    for line in lines.values():
        assert set(line) == {"video_id", "ok", "endpoint", "result", "attempts", "elapsed_s"}
        assert line["endpoint"] == "POST /gist"
        assert line["ok"] is True and line["attempts"] == 1
        assert set(line["result"]) <= {"id", "title", "usage"} and line["result"]["title"]
    assert sorted(r.json["video_id"] for r in fake.requests) == IDS
    assert all(r.json["types"] == ["title"] for r in fake.requests)
    assert "6 videos: 6 ok, 0 failed" in result.stderr


def test_ids_from_stdin_and_summarize_options(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    args = ["batch", "-", "--out", str(out), "--summarize", "--type", "chapter", "--prompt", "for kids"]
    result = invoke([*args, "--concurrency", "3"], cli_env, input="a1\n# skip me\nb2\n")
    assert result.exit_code == 0, result.stderr
    lines = records(out)
    assert sorted(lines) == ["a1", "b2"]
    assert all(line["result"]["summarize_type"] == "chapter" for line in lines.values())
    assert all(r.json["prompt"] == "for kids" and r.json["type"] == "chapter" for r in fake.requests)


@pytest.mark.parametrize(
    ("options", "complaint"),
    [
        ([], "choose one of --gist, --summarize or --analyze"),
        (["--gist", "--summarize", "--type", "summary"], "choose one of --gist, --summarize or --analyze"),
        (["--analyze", "--prompt", "p", "--types", "title"], "--types does not apply to --analyze"),
        (["--gist", "--async"], "--async goes with --analyze, not --gist"),
        (["--gist", "--input-kind", "url"], "--gist takes video ids only"),
        (["--analyze", "--async", "--prompt", "p"], "--analyze --async takes a video source"),
        (
            ["--summarize", "--type", "summary", "--temperature", "2"],
            "--temperature must be between 0 and 1, not 2",
        ),
        (["--analyze", "--prompt", "p", "--max-tokens", "1"], "--max-tokens must be between 2 and 4096"),
        # The batch gives each task a custom_id of its own, to find it again after an unknown outcome.
        (["--analyze", "--async", "--input-kind", "url", "--prompt", "p", "--custom-id", "x"], "--custom-id"),
        (["--summarize"], "--type"),
        (["--summarize", "--type", "chapter", "--types", "title"], "--types"),
        (["--gist", "--type", "chapter"], "--type"),
        (["--gist", "--types", "colour"], "--types"),
        (["--gist", "--concurrency", "0"], "--concurrency"),
    ],
)
def test_usage_errors_exit_2_before_any_request(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path, options: list[str], complaint: str
) -> None:
    source = write_ids(tmp_path / "ids.txt", IDS)
    out = tmp_path / "out.jsonl"
    result = invoke(["batch", str(source), "--out", str(out), *options], cli_env)
    assert result.exit_code == 2
    assert complaint in result.stderr
    assert fake.requests == [] and not out.exists()


def test_an_input_without_ids_is_a_usage_error(cli_env: dict[str, str], tmp_path: Path) -> None:
    source = write_ids(tmp_path / "ids.txt", [])
    result = invoke(["batch", str(source), "--out", str(tmp_path / "o.jsonl"), "--gist"], cli_env)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: no video ids in {source}"


def test_a_missing_input_file_is_a_usage_error(cli_env: dict[str, str], tmp_path: Path) -> None:
    result = invoke(
        ["batch", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o.jsonl"), "--gist"], cli_env
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("error: No such file or directory")


def test_a_results_file_with_foreign_lines_is_refused(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    source = write_ids(tmp_path / "ids.txt", IDS)
    out = tmp_path / "out.jsonl"
    out.write_text("hello\n{}\n")
    result = invoke(["batch", str(source), "--out", str(out), "--gist"], cli_env)
    assert result.exit_code == 2
    assert "line 1 is not a result line" in result.stderr
    assert fake.requests == [] and out.read_text() == "hello\n{}\n"


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        (b"my precious notes", "line 1 is not a result line, so this is not a results file"),
        (b"\n", "line 1 is blank, so this is not a results file"),
        (b"\x00\xff\xfe binary \x89PNG", "line 1 is not a result line"),
        (b"[" * 100_000 + b"\n", "line 1 is not a result line"),
        (b'{"video_id":"a","ok":true}\n' + b"[" * 100_000, "line 2 is not a result line"),
        (b'{"video_id":"a","ok":true}\n{"video_id":"b","ok":tr\n', "line 2 is not a result line"),
    ],
)
def test_an_out_file_not_written_by_batch_is_refused_untouched(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path, content: bytes, complaint: str
) -> None:
    source = write_ids(tmp_path / "ids.txt", IDS)
    out = tmp_path / "notes.txt"
    out.write_bytes(content)
    result = invoke(["batch", str(source), "--out", str(out), "--gist"], cli_env)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith(f"error: {out}: ")
    assert complaint in result.stderr and "nothing was changed" in result.stderr
    assert fake.requests == [] and out.read_bytes() == content


def test_a_torn_last_line_is_reported_with_its_video(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    source = write_ids(tmp_path / "ids.txt", IDS[:2])
    out = tmp_path / "out.jsonl"
    assert invoke(["batch", str(source), "--out", str(out), "--gist"], cli_env).exit_code == 0
    done = out.read_bytes()
    out.write_bytes(done + b'{"video_id":"video-02","ok":true,"res')
    source = write_ids(source, IDS[:3])
    fake.reset()
    result = invoke(["batch", str(source), "--out", str(out), "--gist"], cli_env)
    assert result.exit_code == 0, result.stderr
    assert (
        f"{out}: dropped a torn last line (line 3, 37 bytes: the unfinished result for 'video-02', "
        "cut short by an interrupted run)"
    ) in " ".join(result.stderr.split())
    assert out.read_bytes().startswith(done)
    assert list(records(out)) == IDS[:3]
    assert [r.json["video_id"] for r in fake.requests] == ["video-02"]


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        (b"\xbf\xf3 random bytes\n", "line 1 is not UTF-8 text (byte 0xbf at column 1)"),
        (b"video-1\nvideo-2\nvid\xe9o-3\n", "line 3 is not UTF-8 text (byte 0xe9 at column 4)"),
        (b"video-1\n" + b"x" * 10_000_000, "line 2 is longer than 65536 bytes"),
        (b"# ids\nvideo-1\n" + b"x" * 257 + b"\n", "line 3: 'xxxxx"),
        (b"video-1\nvideo 2\n", "line 2: 'video 2' contains ' ', which a video id cannot"),
        (b"video-1\nvideo\x002\n", "line 2: 'video\\x002' contains '\\x00'"),
        (b"video-1\r\nvideo-2\x1b[31m\r\n", "line 2: 'video-2\\x1b[31m' contains '\\x1b'"),
        ("video-1\nvideo\u200b2\n".encode(), "contains '\\u200b'"),  # zero-width space: invisible
    ],
)
def test_ids_that_cannot_be_ids_are_refused_before_any_request(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path, content: bytes, complaint: str
) -> None:
    source = tmp_path / "ids.txt"
    source.write_bytes(content)
    out = tmp_path / "out.jsonl"
    result = invoke(["batch", str(source), "--out", str(out), "--gist"], cli_env)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith(f"error: {source} line ")
    assert complaint in result.stderr
    assert len(result.stderr) < 400  # a 10 MB line is not echoed back
    assert fake.requests == [] and not out.exists()


def test_the_longest_id_is_accepted(fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path) -> None:
    longest = "v" * MAX_VIDEO_ID_LENGTH
    source = write_ids(tmp_path / "ids.txt", [longest, "vidéo-ü"])
    out = tmp_path / "out.jsonl"
    result = invoke(["batch", str(source), "--out", str(out), "--gist"], cli_env)
    assert result.exit_code == 0, result.stderr
    assert sorted(records(out)) == sorted([longest, "vidéo-ü"])


def test_bad_ids_on_stdin_name_stdin_and_the_line(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    result = invoke(["batch", "-", "--out", str(out), "--gist"], cli_env, input="a1\n# fine\nb\tc\n")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "error: <stdin> line 3: 'b\\tc' contains '\\t', which a video id cannot (printable, no spaces)\n"
    )
    assert fake.requests == [] and not out.exists()


def test_failures_are_recorded_skipped_on_resume_and_rerun_with_retry_failed(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    source = write_ids(tmp_path / "ids.txt", IDS)
    out = tmp_path / "out.jsonl"
    command = ["batch", str(source), "--out", str(out), "--gist", "--concurrency", "1"]
    fake.fail_next(
        400, times=2, body={"code": "parameter_invalid", "message": "The video_id parameter is invalid."}
    )

    first = invoke(command, cli_env)
    assert first.exit_code == 1
    lines = records(out)
    failed = sorted(v for v, line in lines.items() if not line["ok"])
    assert failed == IDS[:2]
    assert lines[IDS[0]]["error"] == {
        "status": 400,
        "code": "parameter_invalid",
        "message": "The video_id parameter is invalid.",
    }
    assert "2 failed: rerun with --retry-failed" in first.stderr

    fake.clear_requests()
    again = invoke(command, cli_env)
    assert again.exit_code == 1
    assert fake.requests == []  # everything is already in the file
    assert "6 skipped" in again.stderr

    retried = invoke([*command, "--retry-failed"], cli_env)
    assert retried.exit_code == 0, retried.stderr
    assert sorted(r.json["video_id"] for r in fake.requests) == IDS[:2]
    lines = records(out)  # the failure lines were replaced: still one line per id
    assert sorted(lines) == IDS and all(line["ok"] for line in lines.values())


def test_an_authentication_error_stops_the_whole_batch(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    source = write_ids(tmp_path / "ids.txt", IDS)
    out = tmp_path / "out.jsonl"
    result = invoke(
        ["batch", str(source), "--out", str(out), "--gist"], {**cli_env, "TWELVELABS_API_KEY": "wrong"}
    )
    assert result.exit_code == 1
    assert "error: 401 api_key_invalid" in result.stderr
    assert "every video would fail the same way" in result.stderr
    assert out.read_text() == ""
    assert len(fake.requests) <= 4  # at most the first wave of the 4 workers


def test_a_missing_key_fails_before_the_results_file_is_created(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    source = write_ids(tmp_path / "ids.txt", IDS)
    out = tmp_path / "out.jsonl"
    result = invoke(
        ["batch", str(source), "--out", str(out), "--gist"], {**cli_env, "TWELVELABS_API_KEY": None}
    )
    assert result.exit_code == 2
    assert "no API key" in result.stderr
    assert not out.exists()


def test_the_quota_is_paced_with_a_visible_pause_and_no_429(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    fake.set_rate_limit(limit=4, window_seconds=0.5)
    source = write_ids(tmp_path / "ids.txt", IDS)
    out = tmp_path / "out.jsonl"
    result = invoke(["batch", str(source), "--out", str(out), "--gist", "--concurrency", "3"], cli_env)
    assert result.exit_code == 0, result.stderr
    assert "rate limit reached: all workers paused" in result.stderr
    assert sorted(records(out)) == IDS
    assert statuses(fake) == [200] * len(IDS)


def test_a_429_pauses_the_batch_and_the_video_is_retried_not_failed(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    fake.fail_next(429, headers={"Retry-After": "1"})
    source = write_ids(tmp_path / "ids.txt", IDS[:3])
    out = tmp_path / "out.jsonl"
    args = ["--max-retries", "0", "batch", str(source), "--out", str(out), "--gist", "--concurrency", "1"]
    result = invoke(args, cli_env)
    assert result.exit_code == 0, result.stderr
    assert "rate limit reached: all workers paused for 1s" in result.stderr
    lines = records(out)
    assert all(line["ok"] for line in lines.values())
    assert lines[IDS[0]]["attempts"] == 2
    assert statuses(fake) == [429, 200, 200, 200]


def test_a_far_reset_stops_with_exit_3_and_the_file_resumes(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    fake.set_rate_limit(limit=2, window_seconds=3600)
    source = write_ids(tmp_path / "ids.txt", IDS)
    out = tmp_path / "out.jsonl"
    command = ["batch", str(source), "--out", str(out), "--gist", "--max-wait", "30"]
    stopped = invoke(command, cli_env)
    assert stopped.exit_code == 3
    assert "stopped on a rate limit" in stopped.stderr and "4 left" in stopped.stderr
    assert len(records(out)) == 2
    assert statuses(fake) == [200, 200]  # paced: it stopped without provoking a 429

    fake.set_rate_limit(limit=100, window_seconds=3600)  # the window has reset
    resumed = invoke(command, cli_env)
    assert resumed.exit_code == 0, resumed.stderr
    assert sorted(records(out)) == IDS


def test_a_429_with_a_far_retry_after_stops_with_exit_3(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    fake.fail_next(429, headers={"Retry-After": "7200"})
    source = write_ids(tmp_path / "ids.txt", IDS[:3])
    out = tmp_path / "out.jsonl"
    result = invoke(
        ["batch", str(source), "--out", str(out), "--gist", "-c", "1", "--max-wait", "60"], cli_env
    )
    assert result.exit_code == 3
    assert "longer than --max-wait (1m 00s)" in result.stderr
    assert records(out) == {}


# --------------------------------------------------------------------------- --analyze


def test_analyze_batch_sends_one_answer_request_per_video(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    source = write_ids(tmp_path / "ids.txt", IDS[:3])
    out = tmp_path / "out.jsonl"
    args = [
        "batch",
        str(source),
        "--out",
        str(out),
        "--analyze",
        "--prompt",
        "Three hashtags",
        "--temperature",
        "0.1",
    ]
    result = invoke(args, cli_env)
    assert result.exit_code == 0, result.stderr
    lines = records(out)
    assert sorted(lines) == IDS[:3]
    assert all(line["ok"] and line["endpoint"] == "POST /analyze" for line in lines.values())
    bodies = sorted((r.json for r in fake.requests), key=lambda body: body["video_id"])
    assert bodies == [
        {"video_id": v, "prompt": "Three hashtags", "temperature": 0.1, "stream": False} for v in IDS[:3]
    ]


def test_analyze_batch_of_video_sources(
    scripted: ScriptedAPI, scripted_env: dict[str, str], tmp_path: Path
) -> None:
    scripted.on("POST", "/analyze", json_answer({"id": "x", "data": "ok", "finish_reason": "stop"}))
    source = write_ids(tmp_path / "ids.txt", ["asset-1", "asset-2"])
    out = tmp_path / "out.jsonl"
    args = ["batch", str(source), "--out", str(out), "--analyze", "--prompt", "p", "--input-kind", "asset_id"]
    result = invoke(args, scripted_env)
    assert result.exit_code == 0, result.stderr
    videos = sorted(r.json["video"]["asset_id"] for r in scripted.requests)
    assert videos == ["asset-1", "asset-2"]
    assert all(r.json["video"]["type"] == "asset_id" and "video_id" not in r.json for r in scripted.requests)


def test_structured_answers_cut_short_are_failures_to_retry(
    scripted: ScriptedAPI, scripted_env: dict[str, str], tmp_path: Path
) -> None:
    cut = {
        "id": "a1",
        "data": '{"dish": "ra',
        "finish_reason": "length",
        "error": {"message": "Max length reached."},
    }
    whole = {"id": "a2", "data": '{"dish": "ramen"}', "finish_reason": "stop"}
    scripted.on("POST", "/analyze", json_answer(cut), json_answer(whole))
    source = write_ids(tmp_path / "ids.txt", ["a", "b"])
    out = tmp_path / "out.jsonl"
    schema = json.dumps({"type": "object", "properties": {"dish": {"type": "string"}}})
    args = [
        "batch",
        str(source),
        "--out",
        str(out),
        "--analyze",
        "--prompt",
        "p",
        "--schema",
        schema,
        "-c",
        "1",
    ]
    result = invoke(args, scripted_env)
    assert result.exit_code == 1
    lines = records(out)
    assert lines["a"]["ok"] is False and "truncated at the length limit" in lines["a"]["error"]["message"]
    assert lines["b"]["ok"] is True and lines["b"]["result"]["data"] == '{"dish": "ramen"}'
    assert "1 failed: rerun with --retry-failed" in result.stderr


def script_tasks(scripted: ScriptedAPI, ids: list[str], *states: str) -> None:
    scripted.on(
        "POST",
        "/analyze/tasks",
        *(json_answer({"task_id": f"task-{v}", "status": "queued"}, 202) for v in ids),
    )
    for video_id in ids:
        answers = [
            json_answer(
                task(f"task-{video_id}", state, data=f"answer {video_id}" if state == "ready" else None)
            )
            for state in states
        ]
        scripted.on("GET", f"/analyze/tasks/task-{video_id}", *answers)


ASYNC = ["--analyze", "--async", "--input-kind", "url", "--prompt", "Chapters", "--poll-interval", "0.01"]


def test_analyze_async_batch_records_each_task_then_its_answer(
    scripted: ScriptedAPI, scripted_env: dict[str, str], tmp_path: Path
) -> None:
    urls = [f"https://e.com/{n}.mp4" for n in range(3)]
    script_tasks(scripted, urls, "queued", "processing", "ready")
    source = write_ids(tmp_path / "ids.txt", urls)
    out = tmp_path / "out.jsonl"
    result = invoke(["batch", str(source), "--out", str(out), *ASYNC, "-c", "1"], scripted_env)
    assert result.exit_code == 0, result.stderr
    lines = records(out)  # compacted: the created lines were superseded
    assert list(lines) == urls
    for url in urls:
        line = lines[url]
        assert (line["ok"], line["task_id"], line["endpoint"]) == (True, f"task-{url}", "POST /analyze/tasks")
        assert line["result"]["result"]["data"] == f"answer {url}"
        assert line["attempts"] == 4  # create + three polls
    created = [r.json for r in scripted.received("POST", "/analyze/tasks")]
    custom_ids = [lines[url]["custom_id"] for url in urls]  # one of its own per task, kept in its line
    assert len(set(custom_ids)) == 3 and all(re.fullmatch(r"[A-Za-z0-9_-]{1,64}", c) for c in custom_ids)
    assert created == [
        {"video": {"type": "url", "url": url}, "prompt": "Chapters", "custom_id": custom_id}
        for url, custom_id in zip(urls, custom_ids, strict=True)
    ]
    assert "3 videos: 3 ok, 0 failed" in result.stderr


def test_urls_differing_in_their_fragment_are_two_videos_and_a_presigned_url_fits(
    scripted: ScriptedAPI, scripted_env: dict[str, str], tmp_path: Path
) -> None:
    presigned = (
        "https://bucket.s3.amazonaws.com/v.mp4?X-Amz-Security-Token="
        + "A" * 1500
        + "&X-Amz-Signature="
        + "f" * 64
    )
    urls = ["https://e.com/a.mp4#t=10", "https://e.com/a.mp4#t=20", presigned]
    scripted.on(
        "POST",
        "/analyze/tasks",
        *(json_answer({"task_id": f"t{n}", "status": "queued"}, 202) for n in range(3)),
    )
    for n in range(3):
        scripted.on("GET", f"/analyze/tasks/t{n}", json_answer(task(f"t{n}", "ready", data=f"answer {n}")))
    source = tmp_path / "urls.txt"
    source.write_text(f"# clips\n{urls[0]}\n{urls[1]}  # the second half\n{presigned}\n")
    out = tmp_path / "out.jsonl"
    result = invoke(["batch", str(source), "--out", str(out), *ASYNC, "-c", "1"], scripted_env)
    assert result.exit_code == 0, result.stderr
    assert [r.json["video"]["url"] for r in scripted.received("POST", "/analyze/tasks")] == urls
    assert list(records(out)) == urls


def test_analyze_async_batch_resumes_recorded_tasks_without_creating_them_again(
    scripted: ScriptedAPI, scripted_env: dict[str, str], tmp_path: Path
) -> None:
    urls = ["https://e.com/a.mp4", "https://e.com/b.mp4"]
    out = tmp_path / "out.jsonl"
    pending = {"video_id": urls[0], "ok": None, "status": "created", "endpoint": "POST /analyze/tasks",
               "task_id": f"task-{urls[0]}", "attempts": 1, "elapsed_s": 0.01}  # fmt: skip
    out.write_text(json.dumps(pending) + "\n")
    script_tasks(scripted, urls[1:], "ready")
    scripted.on(
        "GET", f"/analyze/tasks/task-{urls[0]}", json_answer(task(f"task-{urls[0]}", "ready", data="old"))
    )
    result = invoke(
        ["batch", str(write_ids(tmp_path / "ids.txt", urls)), "--out", str(out), *ASYNC], scripted_env
    )
    assert result.exit_code == 0, result.stderr
    assert [r.json["video"]["url"] for r in scripted.received("POST", "/analyze/tasks")] == urls[1:]
    assert records(out)[urls[0]]["result"]["result"]["data"] == "old"


def test_analyze_async_batch_leaves_slow_tasks_for_the_next_run(
    scripted: ScriptedAPI, scripted_env: dict[str, str], tmp_path: Path
) -> None:
    script_tasks(scripted, ["https://e.com/a.mp4"], "processing")
    out = tmp_path / "out.jsonl"
    source = write_ids(tmp_path / "ids.txt", ["https://e.com/a.mp4"])
    result = invoke(
        ["batch", str(source), "--out", str(out), *ASYNC, "--max-task-wait", "0.05"], scripted_env
    )
    assert result.exit_code == 1
    assert "1 tasks still running: rerun the same command to pick them up" in result.stderr
    assert records(out)["https://e.com/a.mp4"]["ok"] is None


def test_a_gist_batch_gives_the_same_lines_on_both_routes_but_for_the_endpoint(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    source = write_ids(tmp_path / "ids.txt", IDS[:3])
    legacy_out, retired_out = tmp_path / "legacy.jsonl", tmp_path / "retired.jsonl"
    assert invoke(["batch", str(source), "--out", str(legacy_out), "--gist"], cli_env).exit_code == 0
    retired = FakeTwelveLabs(api_key=cli_env["TWELVELABS_API_KEY"], legacy_endpoints=False)  # type: ignore[call-arg]
    with retired.serve() as retired_url:
        env = {**cli_env, "TWELVELABS_BASE_URL": retired_url}
        result = invoke(["batch", str(source), "--out", str(retired_out), "--gist"], env)
    assert result.exit_code == 0, result.stderr
    legacy, live = records(legacy_out), records(retired_out)
    assert {v: line["endpoint"] for v, line in live.items()} == dict.fromkeys(IDS[:3], "POST /analyze")

    def comparable(line: dict[str, Any]) -> dict[str, Any]:
        # What belongs to the answer itself differs: its id and the tokens counted for it.
        result = {k: v for k, v in line["result"].items() if k not in ("id", "usage")}
        return {"ok": line["ok"], "result": result}

    assert {v: comparable(line) for v, line in live.items()} == {
        v: comparable(line) for v, line in legacy.items()
    }


def test_a_server_that_echoes_the_key_never_gets_it_into_files_or_output(
    scripted: ScriptedAPI, scripted_env: dict[str, str], tmp_path: Path
) -> None:
    """Error bodies, texts and headers that repeat the key: the results file, the resume state
    next to it and everything printed hold the mask, never the key."""
    key = scripted_env["TWELVELABS_API_KEY"]
    echo = {"code": "parameter_invalid", "message": f"bad key {key}?", "docs_url": f"https://x.test/?k={key}"}
    scripted.on(
        "POST",
        "/analyze",
        json_answer(echo, status=400, headers={"x-echo": key}),
        json_answer({"code": "internal", "message": f"boom {key}"}, status=500),
        json_answer({"id": "g", "data": "fine", "finish_reason": "stop"}),
    )
    source = write_ids(tmp_path / "ids.txt", ["a", "b", "c"])
    out = tmp_path / "out.jsonl"
    args = [
        "batch",
        str(source),
        "--out",
        str(out),
        "--analyze",
        "--prompt",
        "p",
        "-c",
        "1",
        "--max-retries",
        "0",
    ]
    result = invoke([*args, "--verbose"], scripted_env)
    lines = records(out)
    assert [lines[v]["ok"] for v in ("a", "b", "c")] == [False, False, True], result.stderr
    assert "bad key" in json.dumps(lines["a"])  # the error is kept, masked
    written = "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file())
    for place, text in (("files", written), ("stdout", result.stdout), ("stderr", result.stderr)):
        assert key not in text, f"the key reached {place}"
