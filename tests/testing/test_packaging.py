"""Lazy imports, the missing-extra message, and the pytest plugin's registration."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

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
    assert plugins.get("twelvelabs_analyze") == "twelvelabs_analyze.testing._pytest_plugin"


def test_plugin_fixtures(twelvelabs_fake: FakeTwelveLabs, twelvelabs_client: TwelveLabs) -> None:
    assert isinstance(twelvelabs_fake, FakeTwelveLabs)
    result = twelvelabs_client.gist("v", types=["title"])
    assert result.title
    assert [(r.path, r.api_key) for r in twelvelabs_fake.requests] == [("/v1.3/gist", "test-key")]


def test_plugin_gives_each_test_a_fresh_fake(twelvelabs_fake: FakeTwelveLabs) -> None:
    assert twelvelabs_fake.requests == []
