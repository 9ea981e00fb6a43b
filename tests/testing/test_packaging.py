"""Lazy imports, the missing-extra message, and the pytest plugin: registration, cost, no extra."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from twelvelabs_analyze import TwelveLabs
from twelvelabs_analyze.testing import FakeTwelveLabs


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_the_client_package_imports_no_testing_dependency() -> None:
    result = run_python(
        "import sys, twelvelabs_analyze\n"
        "print(sorted(m for m in ('uvicorn', 'jsonschema', 'referencing', 'twelvelabs_analyze.testing') if m in sys.modules))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_testing_imports_uvicorn_only_when_serving() -> None:
    result = run_python(
        "import sys\n"
        "from twelvelabs_analyze.testing import FakeTwelveLabs\n"
        "fake = FakeTwelveLabs(); fake.client().gist('v')\n"
        "print('uvicorn' in sys.modules)\n"
        "with fake.serve(): pass\n"
        "print('uvicorn' in sys.modules)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]


def test_without_the_extra_the_error_says_what_to_install() -> None:
    result = run_python("import sys; sys.modules['jsonschema'] = None\nimport twelvelabs_analyze.testing")
    assert result.returncode != 0
    assert "pip install 'twelvelabs-analyze[testing]'" in result.stderr


def test_the_plugin_is_registered_under_pytest11() -> None:
    plugins = {ep.name: ep.value for ep in entry_points(group="pytest11")}
    assert plugins.get("twelvelabs_analyze") == "twelvelabs_analyze_pytest"


def test_loading_the_plugin_imports_nothing_but_pytest() -> None:
    # pytest loads it in every run of every project that installs the package.
    result = run_python(
        "import sys, pytest\n"
        "before = set(sys.modules)\n"
        "import twelvelabs_analyze_pytest\n"
        "print(sorted(set(sys.modules) - before))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['twelvelabs_analyze_pytest']"


def run_pytest(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(folder),
            *args,
            str(folder),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=folder,
    )


USER_TESTS = textwrap.dedent(
    """
    def test_without_the_fake():
        assert 1 + 1 == 2

    def test_with_the_fake(twelvelabs_fake):
        assert twelvelabs_fake.requests == []

    def test_with_the_client(twelvelabs_client):
        assert twelvelabs_client.gist("v", types=["title"]).title
    """
)


@pytest.mark.slow
def test_without_the_testing_extra_only_tests_using_the_fixtures_fail(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        "import sys\nsys.modules['jsonschema'] = None  # as if not installed\n"
    )
    (tmp_path / "test_user.py").write_text(USER_TESTS)
    result = run_pytest(tmp_path, "-q")
    assert result.returncode == 1, result.stdout + result.stderr  # tests failed; not 3 (internal error)
    assert "2 errors" in result.stdout and "1 passed" in result.stdout, result.stdout
    assert (
        result.stdout.count(
            "twelvelabs_fake needs the testing extra: pip install 'twelvelabs-analyze[testing]'"
        )
        >= 2
    )
    assert "import of jsonschema halted" in result.stdout  # says what is missing


@pytest.mark.slow
def test_with_the_extra_the_fixtures_work_in_a_users_project(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(USER_TESTS)
    result = run_pytest(tmp_path, "-q")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout
    disabled = run_pytest(tmp_path, "-q", "-p", "no:twelvelabs_analyze")
    assert disabled.returncode == 1 and "fixture 'twelvelabs_fake' not found" in disabled.stdout


def test_plugin_fixtures(twelvelabs_fake: FakeTwelveLabs, twelvelabs_client: TwelveLabs) -> None:
    assert isinstance(twelvelabs_fake, FakeTwelveLabs)
    result = twelvelabs_client.gist("v", types=["title"])
    assert result.title
    assert [(r.path, r.api_key) for r in twelvelabs_fake.requests] == [("/v1.3/gist", "test-key")]


def test_plugin_gives_each_test_a_fresh_fake(twelvelabs_fake: FakeTwelveLabs) -> None:
    assert twelvelabs_fake.requests == []
