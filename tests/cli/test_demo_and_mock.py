"""``demo`` and ``mock-server`` (the fake API, no key), and both without the testing extra."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from twelvelabs_analyze import NotFoundError, RateLimitError, TwelveLabs

from .conftest import invoke, subprocess_env

VIDEO = "6298d673f1090f1100476d4c"
BANNER_LINES = 5


def test_demo_shows_every_kind_of_call_without_a_key_or_a_server() -> None:
    env: dict[str, str | None] = {
        "TWELVELABS_API_KEY": None,
        "TWELVELABS_BASE_URL": "http://127.0.0.1:9/nothing-listens-here",
        "COLUMNS": "120",
    }
    result = invoke(["demo"], env)
    assert result.exit_code == 0, result.stderr
    for heading in (
        "Gist ·",
        "Summary ·",
        "Chapters ·",
        "Highlights ·",
        "A long video",
        "--schema",
        "A file on disk",
        "analyze ./clip.mp4",
    ):
        assert heading in result.stdout
    assert "\n0:00 " in result.stdout  # the YouTube chapter lines
    assert result.stdout.count("Gist ·") == 2  # on the legacy route and through /analyze
    assert "served through POST /analyze (POST /gist is retired)" in result.stderr
    assert ": ready after " in result.stderr and "finish_reason: stop" in result.stderr
    assert re.search(r"clip\.mp4: asset [0-9a-f]+ is ready", result.stderr)  # uploaded, then analyzed


@contextmanager
def mock_server(*args: str) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    command = [sys.executable, "-m", "twelvelabs_analyze", "mock-server", "--port", "0", *args]
    server = subprocess.Popen(
        command, env=subprocess_env({}), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        banner = [server.stdout.readline() for _ in range(BANNER_LINES)]
        assert banner[0].startswith("fake TwelveLabs API listening at http://127.0.0.1:"), banner
        yield server, banner
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


@pytest.mark.slow
def test_mock_server_serves_until_interrupted() -> None:
    with mock_server("--api-key", "local-key", "--rate-limit", "2/600") as (server, banner):
        base_url = banner[0].split(" at ", 1)[1].strip()
        assert banner[1].strip() == "key 'local-key', rate limit 2 requests per 600s; Ctrl-C stops it"
        assert banner[2].strip() == f"export TWELVELABS_BASE_URL={base_url} TWELVELABS_API_KEY=local-key"
        assert banner[3].strip() == "/gist and /summarize served; /analyze and /analyze/tasks served"
        assert banner[4].strip() == "video ids starting with 'missing-' answer 404 resource_not_exist"
        with TwelveLabs(api_key="local-key", base_url=base_url, max_retries=0) as client:
            assert client.gist(VIDEO).title
            assert client.summarize(VIDEO, type="summary").summary
            with pytest.raises(RateLimitError) as limited:
                client.gist(VIDEO)
        assert limited.value.remaining == 0
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=20)
    assert server.returncode == 0, err
    assert out.splitlines()[-3:] == ["POST /v1.3/gist 200", "POST /v1.3/summarize 200", "POST /v1.3/gist 429"]
    assert "stopped" in err


@pytest.mark.slow
def test_mock_server_has_a_generous_default_rate_limit() -> None:
    with mock_server() as (server, banner):
        assert "key 'test-key', rate limit 100000 requests per 86400s" in banner[1]
        server.send_signal(signal.SIGTERM)
        server.communicate(timeout=20)
    assert server.returncode == 0


@pytest.mark.slow
def test_mock_server_without_the_legacy_endpoints_answers_them_404() -> None:
    with mock_server("--no-legacy-endpoints") as (server, banner):
        base_url = banner[0].split(" at ", 1)[1].strip()
        assert "/gist and /summarize retired" in banner[3]
        with (
            TwelveLabs(api_key="test-key", base_url=base_url, max_retries=0, legacy_endpoints=True) as client,
            pytest.raises(NotFoundError),
        ):
            client.gist(VIDEO)
        server.send_signal(signal.SIGINT)
        server.communicate(timeout=20)


def without_testing_extra(*args: str) -> subprocess.CompletedProcess[str]:
    """The tool as a user without the testing extra has it: its modules cannot be imported."""
    code = (
        "import sys\n"
        "for name in ('jsonschema', 'referencing', 'uvicorn'):\n"
        "    sys.modules[name] = None\n"
        "from twelvelabs_analyze.cli import main\n"
        "main()"
    )
    env = subprocess_env({"COLUMNS": "200"})
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=False
    )


@pytest.mark.slow
def test_without_the_testing_extra_demo_and_mock_server_are_hidden_but_explain_themselves() -> None:
    listed = without_testing_extra("--help")
    assert listed.returncode == 0, listed.stderr
    assert "gist" in listed.stdout and "analyze" in listed.stdout
    assert "demo" not in listed.stdout and "mock-server" not in listed.stdout  # not even in other texts
    for command in ("demo", "mock-server"):
        done = without_testing_extra(command)
        assert done.returncode == 1
        assert done.stderr == (
            f"error: '{command}' runs the fake TwelveLabs API, which needs the testing extra "
            "(jsonschema is missing): pip install 'twelvelabs-analyze[testing]'\n"
        )
    suggested = without_testing_extra("dem")
    assert "did you mean 'demo'" not in suggested.stderr  # a hidden command is not suggested
    no_key = without_testing_extra("gist", VIDEO)
    assert no_key.stderr == "error: no API key: set TWELVELABS_API_KEY or pass --api-key\n"
