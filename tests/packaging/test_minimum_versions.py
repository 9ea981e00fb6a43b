"""requirements/minimum.txt is exactly the floors in pyproject.toml, so `make test-min-versions` tests them."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PROJECT = "twelvelabs-analyze"


def pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def published_requirements() -> list[Requirement]:
    """Every runtime and extra dependency (what users install), without the project itself."""
    project = pyproject()["project"]
    assert isinstance(project, dict)
    texts = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        texts.extend(extra)
    return [r for r in map(Requirement, texts) if canonicalize_name(r.name) != PROJECT]


def floor(requirement: Requirement) -> Version:
    floors = [Version(s.version) for s in requirement.specifier if s.operator == ">="]
    assert len(floors) == 1, f"{requirement} needs exactly one >= floor"
    return floors[0]


def minimum_pins() -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in (ROOT / "requirements" / "minimum.txt").read_text().splitlines():
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        requirement = Requirement(text)
        (pin,) = requirement.specifier
        assert pin.operator == "==", f"{text}: minimum.txt pins exact versions"
        name = canonicalize_name(requirement.name)
        assert name not in pins, f"{name} pinned twice"
        pins[name] = Version(pin.version)
    return pins


def test_minimum_txt_pins_every_floor_and_nothing_else() -> None:
    floors: dict[str, Version] = {}
    for requirement in published_requirements():
        name = canonicalize_name(requirement.name)
        floors[name] = max(floors.get(name, floor(requirement)), floor(requirement))
    assert minimum_pins() == floors


def test_every_floor_admits_its_own_pin() -> None:
    # A floor with an upper bound (httpx <1) must still allow the version that is tested.
    pins = minimum_pins()
    for requirement in published_requirements():
        assert requirement.specifier.contains(pins[canonicalize_name(requirement.name)])


def test_only_the_user_facing_extras_are_published() -> None:
    # Tool pins live in PEP 735 dependency groups, which are not part of the package metadata.
    data = pyproject()
    project = data["project"]
    assert isinstance(project, dict)
    assert sorted(project["optional-dependencies"]) == ["cli", "fast", "testing"]
    groups = data["dependency-groups"]
    assert isinstance(groups, dict)
    assert {"dev", "bench"} <= set(groups)
