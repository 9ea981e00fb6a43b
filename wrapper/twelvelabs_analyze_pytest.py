"""pytest fixtures for code that uses twelvelabs-analyze, registered through the ``pytest11`` entry point.

``twelvelabs_fake`` is a fresh :class:`twelvelabs_analyze.testing.FakeTwelveLabs` per test and
``twelvelabs_client`` a ``TwelveLabs`` bound to it in-process. Disable the plugin with
``pytest -p no:twelvelabs_analyze``.

pytest imports this module in every run of every project where the package is installed, with or
without the ``testing`` extra, so it is a top-level module and not part of ``twelvelabs_analyze``:
importing that package loads the client (httpx and the generated models, ~85 ms). Here nothing
is imported but pytest itself; the fake is imported when a test first asks for a fixture. Without
the extra, only the tests that use a fixture fail, with a message naming the extra; every other
test runs as usual.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from twelvelabs_analyze import TwelveLabs
    from twelvelabs_analyze.testing import FakeTwelveLabs

__all__ = ["twelvelabs_client", "twelvelabs_fake"]

MISSING_EXTRA = "pip install 'twelvelabs-analyze[testing]'"


def _fake_class() -> type[FakeTwelveLabs]:
    try:
        from twelvelabs_analyze.testing import FakeTwelveLabs  # noqa: PLC0415 - only when a test uses it
    except ImportError as error:
        missing = error.__cause__ or error  # the module that is not installed
    else:
        return FakeTwelveLabs
    # Outside the except block, so the report is this one line and not a chain of tracebacks.
    pytest.fail(f"twelvelabs_fake needs the testing extra: {MISSING_EXTRA} ({missing})", pytrace=False)


@pytest.fixture
def twelvelabs_fake() -> FakeTwelveLabs:
    """A fresh fake TwelveLabs API (api_key "test-key") for one test."""
    return _fake_class()()


@pytest.fixture
def twelvelabs_client(twelvelabs_fake: FakeTwelveLabs) -> Iterator[TwelveLabs]:
    """A ``TwelveLabs`` client bound in-process to ``twelvelabs_fake``; closed after the test."""
    with twelvelabs_fake.client() as client:
        yield client
