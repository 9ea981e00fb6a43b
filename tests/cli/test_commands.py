"""``gist`` and ``summarize`` in-process against the fake API on a loopback port; errors and logging."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import srt
import webvtt

from twelvelabs_analyze.cli._timefmt import clock
from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import API_KEY, invoke, run_cli

VIDEO = "6298d673f1090f1100476d4c"
# A 404 about the video, not the endpoint (a bare 404 on /gist means the endpoint is gone).
MISSING_VIDEO = {"code": "resource_not_exist", "message": "No such video."}


def expected(fake: FakeTwelveLabs, kind: str | None = None) -> dict[str, Any]:
    """What the fake answers for VIDEO (its answers depend only on the request)."""
    with fake.client() as client:
        result = client.gist(VIDEO) if kind is None else client.summarize(VIDEO, type=kind)  # type: ignore[call-overload]
    fake.clear_requests()
    return result.to_dict()  # type: ignore[no-any-return]


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
    assert result.stderr == ""  # answered by its own endpoint: no route note
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


@pytest.mark.parametrize(
    ("types", "complaint"),
    [
        ("title,titel", "'titel' is not one of title, topic, hashtag — did you mean 'title'?"),
        ("title,colour", "'colour' is not one of title, topic, hashtag"),
        (",", "--types must not be empty"),
        ("", "--types must not be empty"),
        ("title,title", "--types"),
    ],
)
def test_bad_gist_types_are_usage_errors_naming_the_option(
    fake: FakeTwelveLabs, cli_env: dict[str, str], types: str, complaint: str
) -> None:
    result = invoke(["gist", VIDEO, "--types", types], cli_env)
    assert result.exit_code == 2
    assert complaint in result.stderr and "--types" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert fake.requests == []


def test_summary_panel(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    answer = expected(fake, "summary")
    result = invoke(["summarize", VIDEO, "--type", "summary"], cli_env)
    assert result.exit_code == 0
    assert f"Summary · {VIDEO}" in result.stdout
    first_words = " ".join(str(answer["summary"]).split()[:4])
    assert first_words in " ".join(result.stdout.split())


def test_chapters_are_numbered_as_the_api_numbers_them_under_a_header_row(
    fake: FakeTwelveLabs, cli_env: dict[str, str]
) -> None:
    chapters = expected(fake, "chapter")["chapters"]
    result = invoke(["summarize", VIDEO, "--type", "chapter"], cli_env)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    header = next(line for line in lines if "Start" in line)
    assert all(word in header for word in ("#", "Start", "End", "Chapter", "Summary"))
    rows = [line for line in lines[lines.index(header) + 1 :] if line.startswith("│")]
    numbers = [row.strip("│ ").split()[0] for row in rows if row.strip("│ ")[:1].isdigit()]
    assert numbers == [str(c["chapter_number"]) for c in chapters]
    for chapter in chapters:
        assert clock(chapter["start_sec"]) in result.stdout


def test_highlights_are_a_table_with_clock_times(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    segments = expected(fake, "highlight")["highlights"]
    result = invoke(["summarize", VIDEO, "--type", "highlight"], cli_env)
    assert result.exit_code == 0
    for segment in segments:
        assert clock(segment["start_sec"]) in result.stdout
        assert segment["highlight"].split()[0] in result.stdout


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


def test_export_formats_are_the_exporters() -> None:
    from twelvelabs_analyze.cli._export import EXPORT_FORMATS

    result = invoke(["summarize", VIDEO, "--type", "chapter", "--format", "vt"])
    assert result.exit_code == 2
    assert f"'vt' is not one of {', '.join(EXPORT_FORMATS)} — did you mean 'vtt'?" in result.stderr


def test_a_summary_has_nothing_to_export(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    result = invoke(["summarize", VIDEO, "--type", "summary", "--format", "srt"], cli_env)
    assert result.exit_code == 2
    assert "--format" in result.stderr
    assert fake.requests == []


def test_an_unknown_type_is_a_usage_error(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    result = invoke(["summarize", VIDEO, "--type", "novel"], cli_env)
    assert result.exit_code == 2
    assert "summary, chapter, highlight" in result.stderr


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


def test_a_schema_for_chapters_is_refused_by_the_clients_rule(
    fake: FakeTwelveLabs, cli_env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"type": "object"}')
    result = invoke(["summarize", VIDEO, "--type", "chapter", "--schema", str(path)], cli_env)
    assert result.exit_code == 2
    assert result.stderr == "error: --schema is only valid with --type 'summary'\n"
    assert fake.requests == []


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--temperature", "1.5", "error: --temperature must be between 0 and 1, not 1.5\n"),
        ("--max-tokens", "0", "error: --max-tokens must be between 1 and 4096, not 0\n"),
    ],
)
def test_bounds_are_the_clients_with_the_option_named(
    fake: FakeTwelveLabs, cli_env: dict[str, str], option: str, value: str, message: str
) -> None:
    result = invoke(["summarize", VIDEO, "--type", "summary", option, value], cli_env)
    assert (result.exit_code, result.stderr) == (2, message)
    assert fake.requests == []


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


def test_a_base_url_without_the_version_says_so_on_a_404(
    fake: FakeTwelveLabs, cli_env: dict[str, str], base_url: str
) -> None:
    origin = base_url.removesuffix("/v1.3")
    result = invoke(["--base-url", origin, "--max-retries", "0", "gist", VIDEO], cli_env)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: 404")
    assert f"did you mean {origin}/v1.3?" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    right = invoke(["gist", VIDEO], cli_env)
    assert right.exit_code == 0
    fake.fail_next(404, body=MISSING_VIDEO)
    missing = invoke(["gist", VIDEO], cli_env)
    assert "did you mean" not in missing.stderr  # the URL is right; the video is missing


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
    fake.fail_next(404, body=MISSING_VIDEO)
    failed = invoke(["gist", VIDEO, "-v"], cli_env)  # -v after the command works too
    assert failed.exit_code == 1
    assert "Traceback (most recent call last)" in failed.stderr
    assert failed.stderr.rstrip().splitlines()[-1].startswith("error: 404")
    assert API_KEY not in failed.stderr


def test_verbose_with_twelvelabs_log_writes_each_line_once(cli_env: dict[str, str]) -> None:
    result = run_cli(["--verbose", "gist", VIDEO, "--json"], {**cli_env, "TWELVELABS_LOG": "debug"})
    assert result.returncode == 0, result.stderr
    lines = [line.split(" ", 2)[-1] for line in result.stderr.splitlines() if " DEBUG " in line]
    assert lines, result.stderr
    assert len(lines) == len(set(lines)), result.stderr
    assert API_KEY not in result.stderr


def test_debug_logs_redact_a_key_that_appears_in_a_message(cli_env: dict[str, str]) -> None:
    import logging

    from twelvelabs_analyze._constants import LOGGER_NAME
    from twelvelabs_analyze.cli._errors import enable_debug_logging

    undo = enable_debug_logging("sk-secret-1234")
    records: list[str] = []
    handler = logging.getLogger(LOGGER_NAME).handlers[-1]
    try:
        record = logging.LogRecord(
            LOGGER_NAME, logging.DEBUG, __file__, 1, "key=%s max_tokens", ("sk-secret-1234",), None
        )
        assert handler.filter(record)
        records.append(record.getMessage())
    finally:
        undo()
    assert records == ["key=*** max_tokens"]


def test_without_verbose_there_is_no_traceback(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    fake.fail_next(404, body=MISSING_VIDEO)
    result = invoke(["gist", VIDEO], cli_env)
    assert "Traceback" not in result.stderr and "DEBUG" not in result.stderr


def comparable(output: str) -> Any:
    """Printed output with the answer's own id and token count left out."""
    if output.startswith("{"):
        return {k: v for k, v in json.loads(output).items() if k not in ("id", "usage")}
    return [" ".join(line.split()) for line in output.splitlines() if "output tokens" not in line]


@pytest.fixture
def retired_fake(fake_api_key: str) -> Iterator[tuple[FakeTwelveLabs, str]]:
    """A fake of the live API: /gist and /summarize are gone."""
    retired = FakeTwelveLabs(api_key=fake_api_key, legacy_endpoints=False)  # type: ignore[call-arg]
    with retired.serve() as base_url:
        yield retired, base_url


@pytest.mark.parametrize(
    "args",
    [
        ["gist", VIDEO],
        ["gist", VIDEO, "--json", "--types", "title"],
        ["summarize", VIDEO, "--type", "chapter"],
    ],
)
def test_gist_and_summarize_print_the_same_on_both_routes_with_a_note_on_the_retired_one(
    fake: FakeTwelveLabs, cli_env: dict[str, str], retired_fake: tuple[FakeTwelveLabs, str], args: list[str]
) -> None:
    legacy = invoke(args, cli_env)
    retired, retired_url = retired_fake
    live = invoke(args, {**cli_env, "TWELVELABS_BASE_URL": retired_url})
    assert legacy.exit_code == live.exit_code == 0, live.stderr
    assert legacy.stderr == ""
    assert live.stderr.strip() == f"served through POST /analyze (POST /{args[0]} is retired)"
    # The fake answers the same video alike on both routes, so the output is the same but for what
    # belongs to the answer itself: its id and the tokens /analyze counted for its JSON.
    assert comparable(live.stdout) == comparable(legacy.stdout)
    assert [r.path for r in retired.requests][-1].endswith("/analyze")


def test_legacy_endpoints_off_goes_straight_to_analyze(
    cli_env: dict[str, str], retired_fake: tuple[FakeTwelveLabs, str]
) -> None:
    retired, retired_url = retired_fake
    retired.reset()
    result = invoke(
        ["--legacy-endpoints", "off", "gist", VIDEO], {**cli_env, "TWELVELABS_BASE_URL": retired_url}
    )
    assert result.exit_code == 0, result.stderr
    assert [r.path.rsplit("/", 1)[-1] for r in retired.requests] == ["analyze"]
    on = invoke(["--legacy-endpoints", "on", "gist", VIDEO], {**cli_env, "TWELVELABS_BASE_URL": retired_url})
    assert on.exit_code == 1 and on.stderr.startswith("error: 404")


def test_a_missing_video_is_a_404_without_a_base_url_hint(
    fake: FakeTwelveLabs, cli_env: dict[str, str]
) -> None:
    result = invoke(["gist", "missing-0001"], cli_env)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: 404 resource_not_exist")
    assert "did you mean" not in result.stderr
