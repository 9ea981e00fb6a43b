"""Every command through typer's runner, against the fake API on a loopback port."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import srt
import webvtt

from twelvelabs_analyze.cli._timefmt import clock
from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import API_KEY, invoke

VIDEO = "6298d673f1090f1100476d4c"
COMMANDS = ["gist", "summarize", "batch", "mock-server", "demo"]


def expected(fake: FakeTwelveLabs, kind: str | None = None) -> dict[str, Any]:
    """What the fake answers for VIDEO (its answers depend only on the request)."""
    with fake.client() as client:
        result = client.gist(VIDEO) if kind is None else client.summarize(VIDEO, type=kind)
    fake.clear_requests()
    return result.to_dict()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = invoke([command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert f"twelvelabs-analyze {command}" in result.stdout


def test_top_level_help_lists_the_commands_and_the_demo() -> None:
    result = invoke(["--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.stdout
    assert "TWELVELABS_API_KEY" in result.stdout and "twelvelabs-analyze demo" in result.stdout


def test_gist_shows_a_panel(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    answer = expected(fake)
    result = invoke(["gist", VIDEO], cli_env)
    assert result.exit_code == 0, result.stderr
    assert f"Gist · {VIDEO}" in result.stdout
    assert str(answer["title"]) in result.stdout
    for topic in answer["topics"]:
        assert topic in result.stdout
    for tag in answer["hashtags"]:
        assert f"#{tag}" in result.stdout
    (request,) = fake.requests
    assert request.path.endswith("/gist") and request.api_key == API_KEY
    assert request.json == {"video_id": VIDEO, "types": ["title", "topic", "hashtag"]}


def test_gist_json_is_the_raw_result(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    answer = expected(fake)
    result = invoke(["gist", VIDEO, "--json"], cli_env)
    assert result.exit_code == 0
    assert json.loads(result.stdout) == answer


def test_gist_types_are_sent_as_given(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    result = invoke(["gist", VIDEO, "--types", "hashtag, title", "--json"], cli_env)
    assert result.exit_code == 0
    assert fake.requests[0].json["types"] == ["hashtag", "title"]
    assert set(json.loads(result.stdout)) <= {"id", "title", "hashtags", "usage"}


@pytest.mark.parametrize("types", ["title,colour", ",", ""])
def test_unknown_gist_types_are_a_usage_error(
    fake: FakeTwelveLabs, cli_env: dict[str, str], types: str
) -> None:
    result = invoke(["gist", VIDEO, "--types", types], cli_env)
    assert result.exit_code == 2
    assert "--types" in result.stderr
    assert fake.requests == []


def test_summary_panel(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    answer = expected(fake, "summary")
    result = invoke(["summarize", VIDEO, "--type", "summary"], cli_env)
    assert result.exit_code == 0
    assert f"Summary · {VIDEO}" in result.stdout
    first_words = " ".join(str(answer["summary"]).split()[:4])
    assert first_words in " ".join(result.stdout.split())


@pytest.mark.parametrize(("kind", "text_key"), [("chapter", "chapter_title"), ("highlight", "highlight")])
def test_chapters_and_highlights_are_tables_with_clock_times(
    fake: FakeTwelveLabs, cli_env: dict[str, str], kind: str, text_key: str
) -> None:
    answer = expected(fake, kind)
    result = invoke(["summarize", VIDEO, "--type", kind], cli_env)
    assert result.exit_code == 0
    segments = answer[f"{kind}s"]
    for segment in segments:
        assert clock(segment["start_sec"]) in result.stdout
        assert segment[text_key].split()[0] in result.stdout


def vtt_time(text: str) -> timedelta:
    """``HH:MM:SS.mmm`` as webvtt-py shows a cue's start in every version from the floor (0.5) on."""
    hours, minutes, seconds = text.split(":")
    return timedelta(hours=int(hours), minutes=int(minutes), seconds=float(seconds))


@pytest.mark.parametrize("kind", ["chapter", "highlight"])
def test_exports_read_back_to_the_api_answer(
    fake: FakeTwelveLabs, cli_env: dict[str, str], kind: str, tmp_path: Path
) -> None:
    segments = expected(fake, kind)[f"{kind}s"]
    text_key = "chapter_title" if kind == "chapter" else "highlight"
    starts = [timedelta(seconds=s["start_sec"]) for s in segments]
    texts = [s[text_key] for s in segments]

    vtt = invoke(["summarize", VIDEO, "--type", kind, "--format", "vtt"], cli_env)
    assert vtt.exit_code == 0
    captions = webvtt.from_string(vtt.stdout).captions
    assert [c.text for c in captions] == texts
    assert [vtt_time(c.start) for c in captions] == starts

    out = tmp_path / "cues.srt"
    result = invoke(["summarize", VIDEO, "--type", kind, "--format", "srt", "-o", str(out)], cli_env)
    assert result.exit_code == 0 and result.stdout == ""
    subtitles = list(srt.parse(out.read_text()))
    assert [s.content for s in subtitles] == texts
    assert [s.start for s in subtitles] == starts

    as_json = invoke(["summarize", VIDEO, "--type", kind, "--format", "json"], cli_env)
    assert json.loads(as_json.stdout) == segments

    youtube = invoke(["summarize", VIDEO, "--type", kind, "--format", "youtube"], cli_env)
    lines = youtube.stdout.splitlines()
    assert len(lines) >= len(segments)
    if kind == "chapter":
        assert lines[0].startswith("0:00 ")
    assert lines[-1] == f"{clock(segments[-1]['start_sec'])} {texts[-1]}"


def test_a_summary_has_nothing_to_export(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    result = invoke(["summarize", VIDEO, "--type", "summary", "--format", "srt"], cli_env)
    assert result.exit_code == 2
    assert "--format" in result.stderr
    assert fake.requests == []


def test_an_unknown_type_is_a_usage_error(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    result = invoke(["summarize", VIDEO, "--type", "novel"], cli_env)
    assert result.exit_code == 2
    assert "chapter, highlight, summary" in result.stderr


def test_a_schema_asks_for_structured_output_and_prints_the_parsed_json(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    schema = {
        "type": "object",
        "properties": {"dish": {"type": "string"}, "steps": {"type": "array", "items": {"type": "string"}}},
        "required": ["dish", "steps"],
    }
    path = tmp_path / "recipe.schema.json"
    path.write_text(json.dumps(schema))
    args = ["summarize", VIDEO, "--type", "summary", "--schema", str(path), "--prompt", "a recipe"]
    result = invoke(args, cli_env)
    assert result.exit_code == 0, result.stderr
    sent = fake.requests[0].json
    assert sent["response_format"] == {"type": "json_schema", "json_schema": schema}
    assert sent["prompt"] == "a recipe"
    assert '"dish"' in result.stdout and '"steps"' in result.stdout

    raw = invoke([*args, "--json"], cli_env)
    structured = json.loads(json.loads(raw.stdout)["summary"])
    assert set(structured) == {"dish", "steps"}


def test_a_schema_for_chapters_is_a_usage_error(cli_env: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text("{}")
    result = invoke(["summarize", VIDEO, "--type", "chapter", "--schema", str(path)], cli_env)
    assert result.exit_code == 2


def test_options_reach_the_request(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    args = ["summarize", VIDEO, "--type", "chapter", "--prompt", "for kids", "--temperature", "0.3"]
    result = invoke([*args, "--max-tokens", "500", "--json"], cli_env)
    assert result.exit_code == 0
    assert fake.requests[0].json == {
        "video_id": VIDEO,
        "type": "chapter",
        "prompt": "for kids",
        "temperature": 0.3,
        "max_tokens": 500,
    }


def test_an_api_error_is_one_line_on_stderr(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    fake.fail_next(400, body={"code": "parameter_invalid", "message": "The video_id parameter is invalid."})
    result = invoke(["gist", VIDEO], cli_env)
    assert result.exit_code == 1
    assert result.stderr == "error: 400 parameter_invalid: The video_id parameter is invalid.\n"
    assert result.stdout == ""


def test_global_options_are_used(fake: FakeTwelveLabs, cli_env: dict[str, str], base_url: str) -> None:
    fake.fail_next(500, times=5)
    env = {**cli_env, "TWELVELABS_BASE_URL": "http://127.0.0.1:9/unused", "TWELVELABS_API_KEY": "wrong"}
    args = [
        "--base-url",
        base_url,
        "--api-key",
        API_KEY,
        "--max-retries",
        "1",
        "--timeout",
        "5",
        "gist",
        VIDEO,
    ]
    result = invoke(args, env)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: 500")
    assert len(fake.requests) == 2  # one try and one retry
    assert all(r.api_key == API_KEY for r in fake.requests)


def test_a_missing_key_says_how_to_set_one(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    result = invoke(["gist", VIDEO], {**cli_env, "TWELVELABS_API_KEY": None})
    assert result.exit_code == 2
    assert result.stderr == (
        "error: no API key: set TWELVELABS_API_KEY or pass --api-key "
        "(try 'twelvelabs-analyze demo' or 'mock-server' to run without one)\n"
    )
    assert fake.requests == []


def test_a_wrong_key_is_reported(cli_env: dict[str, str]) -> None:
    result = invoke(["gist", VIDEO], {**cli_env, "TWELVELABS_API_KEY": "not-the-key"})
    assert result.exit_code == 1
    assert result.stderr.startswith("error: 401 api_key_invalid")
    assert "not-the-key" not in result.stderr


def test_verbose_logs_requests_without_the_key_and_shows_tracebacks(
    fake: FakeTwelveLabs, cli_env: dict[str, str]
) -> None:
    ok = invoke(["--verbose", "gist", VIDEO, "--json"], cli_env)
    assert ok.exit_code == 0
    assert "DEBUG twelvelabs_analyze" in ok.stderr
    assert API_KEY not in ok.stderr and API_KEY not in ok.stdout
    fake.fail_next(404)
    failed = invoke(["-v", "gist", VIDEO], cli_env)
    assert failed.exit_code == 1
    assert "Traceback (most recent call last)" in failed.stderr
    assert failed.stderr.rstrip().splitlines()[-1].startswith("error: 404")
    assert API_KEY not in failed.stderr


def test_without_verbose_there_is_no_traceback(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    fake.fail_next(404)
    result = invoke(["gist", VIDEO], cli_env)
    assert "Traceback" not in result.stderr and "DEBUG" not in result.stderr


def test_demo_needs_no_key_and_no_server() -> None:
    env: dict[str, str | None] = {
        "TWELVELABS_API_KEY": None,
        "TWELVELABS_BASE_URL": "http://127.0.0.1:9/nothing-listens-here",
        "COLUMNS": "120",
    }
    result = invoke(["demo"], env)
    assert result.exit_code == 0, result.stderr
    for heading in ("Gist ·", "Summary ·", "Chapters ·", "Highlights ·"):
        assert heading in result.stdout
    assert "\n0:00 " in result.stdout  # the YouTube chapter lines


def test_no_arguments_shows_help() -> None:
    result = invoke([], env={"COLUMNS": "200"})
    assert "Usage: twelvelabs-analyze" in result.stdout + result.stderr
    assert "batch" in result.stdout + result.stderr
