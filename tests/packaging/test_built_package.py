"""The package as users get it: the sdist and wheel `python -m build` makes, installed in fresh venvs.

The sdist and wheel are built once per session (the wheel from the sdist, as ``build`` does by
default), and every venv installs that wheel with its real dependencies from the package index
(pip's cache makes reruns fast). Each venv is made without pip and filled by this interpreter's pip
(``pip --python``), which saves a few seconds each.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import textwrap
import zipfile
from email.parser import HeaderParser
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PYTEST_VERSION = pytest.__version__
MISSING_EXTRA = "twelvelabs_fake needs the testing extra: pip install 'twelvelabs-analyze[testing]'"

# What a user of the package writes: one test that uses the fixtures, one that does not.
USES_THE_FAKE = textwrap.dedent(
    """
    def test_gist_against_the_fake(twelvelabs_fake, twelvelabs_client):
        assert twelvelabs_client.gist("vid-1", types=["title"]).title
        assert [r.path for r in twelvelabs_fake.requests] == ["/v1.3/gist"]

    def test_the_fake_served_on_loopback(twelvelabs_fake):
        from twelvelabs_analyze import TwelveLabs
        with twelvelabs_fake.serve() as base_url, TwelveLabs(api_key="test-key", base_url=base_url) as client:
            assert client.summarize("vid-1", type="summary").summary
    """
)
PLAIN = textwrap.dedent(
    """
    import twelvelabs_analyze

    def test_the_client_imports():
        assert twelvelabs_analyze.TwelveLabs
    """
)


def run(*args: str | Path, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=timeout, check=False, cwd=cwd
    )


def checked(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    done = run(*args, cwd=cwd)
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    done = checked(sys.executable, "-m", "build", "--outdir", out, ROOT)
    # The wheel is built from the sdist, so the sdist holds everything a build needs.
    assert "Building wheel from sdist" in done.stdout + done.stderr
    return out


@pytest.fixture(scope="session")
def wheel(dist: Path) -> Path:
    (found,) = dist.glob("twelvelabs_analyze-*.whl")
    return found


@pytest.fixture(scope="session")
def sdist(dist: Path) -> Path:
    (found,) = dist.glob("twelvelabs_analyze-*.tar.gz")
    return found


class Venv:
    """A fresh virtual environment with the wheel and ``extra_requirements`` installed."""

    def __init__(self, path: Path, wheel: Path, extras: str, *requirements: str) -> None:
        self.path = path
        checked(sys.executable, "-m", "venv", "--without-pip", path)
        target = f"{wheel}[{extras}]" if extras else str(wheel)
        checked(
            sys.executable, "-m", "pip", "--python", self.python, "install", "--quiet",
            "--disable-pip-version-check", target, *requirements,
        )  # fmt: skip

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    def script(self, name: str) -> Path:
        return self.path / "bin" / name

    def pytest(self, project: Path) -> subprocess.CompletedProcess[str]:
        return run(self.python, "-m", "pytest", "-p", "no:cacheprovider", "-q", project, cwd=project)


def user_project(root: Path, **files: str) -> Path:
    root.mkdir()
    for name, text in files.items():
        (root / f"{name}.py").write_text(text)
    return root


def test_twine_and_check_wheel_contents_pass(dist: Path, wheel: Path, sdist: Path) -> None:
    checked(BIN / "twine", "check", "--strict", wheel, sdist)
    checked(BIN / "check-wheel-contents", "--config", ROOT / "pyproject.toml", wheel)


def test_the_wheel_holds_the_packages_the_plugin_and_the_license(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata_name,) = (n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = HeaderParser().parsestr(archive.read(metadata_name).decode())
        (entry_points,) = (n for n in names if n.endswith(".dist-info/entry_points.txt"))
        assert "twelvelabs_analyze = twelvelabs_analyze_pytest" in archive.read(entry_points).decode()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"twelvelabs_analyze", "twelvelabs_analyze_api", "twelvelabs_analyze_pytest.py"}
    assert {"twelvelabs_analyze/py.typed", "twelvelabs_analyze_api/py.typed"} <= names
    assert "twelvelabs_analyze_api/openapi.json" in names  # the fake's spec
    # Only what runs: openapi-python-client's request functions and Client classes are dropped.
    assert not [
        n for n in names if n.startswith(("twelvelabs_analyze_api/api/", "twelvelabs_analyze_api/client"))
    ]
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert metadata["License-Expression"] == "MIT" and metadata["License-File"] == "LICENSE"
    assert sorted(metadata.get_all("Provides-Extra")) == ["cli", "fast", "testing"]  # no dev tools
    classifiers = metadata.get_all("Classifier")
    assert "Typing :: Typed" in classifiers and "Programming Language :: Python :: 3.11" in classifiers
    urls = [u.split(",")[0] for u in metadata.get_all("Project-URL")]
    assert urls == ["Homepage", "Documentation", "Issues", "Changelog"]


def test_the_sdist_holds_the_license_and_the_floors(sdist: Path) -> None:
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {"LICENSE", "pyproject.toml", "README.md", "requirements/minimum.txt", "Makefile"} <= names
    assert "wrapper/twelvelabs_analyze_pytest.py" in names


def test_the_base_package_with_pytest(wheel: Path, tmp_path: Path) -> None:
    venv = Venv(tmp_path / "venv", wheel, "", f"pytest=={PYTEST_VERSION}")
    # A project that does not use the fixtures: the plugin must not get in its way.
    plain = venv.pytest(user_project(tmp_path / "plain", test_plain=PLAIN))
    assert plain.returncode == 0, plain.stdout + plain.stderr
    assert "1 passed" in plain.stdout
    # One that does: those tests fail naming the extra, the others still run.
    mixed = venv.pytest(user_project(tmp_path / "mixed", test_fake=USES_THE_FAKE, test_plain=PLAIN))
    assert mixed.returncode == 1, mixed.stdout + mixed.stderr
    assert "1 passed, 2 errors" in mixed.stdout
    assert mixed.stdout.count(MISSING_EXTRA) >= 2
    assert "Traceback" not in mixed.stdout
    # The CLI without its extra says which to install.
    cli = run(venv.script("twelvelabs-analyze"), "--help")
    assert cli.returncode == 1 and "pip install 'twelvelabs-analyze[cli]'" in cli.stderr


def test_the_testing_extra_gives_working_fixtures(wheel: Path, tmp_path: Path) -> None:
    venv = Venv(tmp_path / "venv", wheel, "testing", f"pytest=={PYTEST_VERSION}")
    done = venv.pytest(user_project(tmp_path / "project", test_fake=USES_THE_FAKE, test_plain=PLAIN))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout


def test_the_cli_extra_alone_runs_the_command(wheel: Path, tmp_path: Path) -> None:
    venv = Venv(tmp_path / "venv", wheel, "cli")
    done = run(venv.script("twelvelabs-analyze"), "--help")
    assert done.returncode == 0, done.stderr
    assert "batch" in done.stdout and "summarize" in done.stdout
    demo = run(venv.script("twelvelabs-analyze"), "demo")  # the demo runs the fake: needs testing too
    assert demo.returncode != 0 and "pip install 'twelvelabs-analyze[testing]'" in demo.stderr


def test_the_fast_extra_alone_decodes_with_orjson(wheel: Path, tmp_path: Path) -> None:
    venv = Venv(tmp_path / "venv", wheel, "fast")
    code = "import twelvelabs_analyze._json as j; print(j._backend.name == 'orjson')"
    assert checked(venv.python, "-c", code).stdout.strip() == "True"
