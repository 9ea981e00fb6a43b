"""The tool's shape: global options anywhere, "did you mean", help, --version, one-line usage errors."""

from __future__ import annotations

import re

import pytest

from twelvelabs_analyze import __version__
from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import API_KEY, invoke

VIDEO = "6298d673f1090f1100476d4c"
COMMANDS = ["analyze", "gist", "summarize", "batch", "tasks", "mock-server", "demo"]
TASK_COMMANDS = ["list", "get", "wait", "delete"]
HELP_ENV = {"COLUMNS": "200"}


def test_version() -> None:
    result = invoke(["--version"])
    assert (result.exit_code, result.stdout) == (0, f"twelvelabs-analyze {__version__}\n")


def test_no_arguments_shows_the_help_and_exits_0() -> None:
    result = invoke([], HELP_ENV)
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: twelvelabs-analyze [OPTIONS] COMMAND [ARGS]...")
    bare_group = invoke(["tasks"], HELP_ENV)
    assert bare_group.exit_code == 0 and "Usage: twelvelabs-analyze tasks" in bare_group.stdout


def test_top_level_help_lists_the_commands_and_the_global_options() -> None:
    result = invoke(["--help"], HELP_ENV)
    assert result.exit_code == 0
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s", result.stdout, re.MULTILINE), command
    for option in (
        "--api-key",
        "--base-url",
        "--timeout",
        "--total-timeout",
        "--max-retries",
        "--legacy-endpoints",
    ):
        assert option in result.stdout
    assert "TWELVELABS_API_KEY" in result.stdout and "twelvelabs-analyze demo" in result.stdout


@pytest.mark.parametrize("command", [*COMMANDS, *(f"tasks {c}" for c in TASK_COMMANDS)])
def test_every_command_has_help_with_an_example_and_plain_usage(command: str) -> None:
    result = invoke([*command.split(), "--help"], HELP_ENV)
    assert result.exit_code == 0, result.stderr
    assert "Example" in result.stdout
    assert f"twelvelabs-analyze {command}" in result.stdout
    usage = result.stdout.splitlines()[0]
    assert usage.startswith(f"Usage: twelvelabs-analyze {command}")
    # Like gh, uv and httpie: no braces, no <bool>, flags without a metavar.
    assert not re.search(r"[{}]", usage)
    assert "<bool>" not in result.stdout and "BOOLEAN" not in result.stdout
    if command not in ("tasks",):
        assert "Global options:" in result.stdout and "--api-key" in result.stdout


def test_a_mistyped_command_gets_a_suggestion_in_one_line() -> None:
    result = invoke(["summarise", VIDEO])
    assert result.exit_code == 2
    assert result.stderr == (
        "error: no such command 'summarise'; did you mean 'summarize'? (see 'twelvelabs-analyze --help')\n"
    )
    nested = invoke(["tasks", "lst"])
    assert "did you mean 'list'?" in nested.stderr and nested.exit_code == 2
    nothing_close = invoke(["frobnicate"])
    assert "commands: analyze, assets, batch" in nothing_close.stderr


def test_a_mistyped_option_gets_a_suggestion() -> None:
    result = invoke(["gist", VIDEO, "--jsn"])
    assert result.exit_code == 2
    assert "--jsn" in result.stderr and "--json" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_usage_errors_are_one_line_with_where_to_look() -> None:
    result = invoke(["summarize", VIDEO])
    assert result.exit_code == 2
    assert result.stderr == ("error: Missing option '--type'. (see 'twelvelabs-analyze summarize --help')\n")


@pytest.mark.parametrize("before", [True, False])
def test_global_options_work_before_and_after_the_command(
    fake: FakeTwelveLabs, cli_env: dict[str, str], base_url: str, before: bool
) -> None:
    fake.fail_next(500, times=5)
    env = {**cli_env, "TWELVELABS_BASE_URL": "http://127.0.0.1:9/unused", "TWELVELABS_API_KEY": "wrong"}
    options = ["--base-url", base_url, "--api-key", API_KEY, "--max-retries", "1", "--timeout", "5"]
    args = [*options, "gist", VIDEO] if before else ["gist", VIDEO, *options]
    result = invoke(args, env)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: 500")
    assert len(fake.requests) == 2  # one try and one retry
    assert all(r.api_key == API_KEY for r in fake.requests)


def test_a_global_option_after_the_command_wins(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    fake.fail_next(500, times=5)
    result = invoke(["--max-retries", "3", "gist", VIDEO, "--max-retries", "0"], cli_env)
    assert result.exit_code == 1
    assert len(fake.requests) == 1


def test_global_options_after_a_nested_command(scripted_env: dict[str, str]) -> None:
    result = invoke(
        ["tasks", "get", "t1", "--max-retries", "0", "--base-url", "http://127.0.0.1:9/v1.3"], scripted_env
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "127.0.0.1:9" in result.stderr


def test_bad_settings_are_refused_naming_the_option(cli_env: dict[str, str]) -> None:
    result = invoke(["gist", VIDEO, "--timeout", "0"], cli_env)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --timeout must be")
    result = invoke(["--max-retries", "-1", "gist", VIDEO], cli_env)
    assert result.exit_code == 2 and result.stderr.startswith("error: --max-retries must be")
    assert invoke(["gist", VIDEO, "--timeout", "soon"], cli_env).exit_code == 2


def test_legacy_endpoints_takes_auto_on_off() -> None:
    result = invoke(["--legacy-endpoints", "of", "gist", VIDEO])
    assert result.exit_code == 2
    assert "'of' is not one of" in result.stderr or "'of' is not one of" in result.stderr.replace('"', "'")
