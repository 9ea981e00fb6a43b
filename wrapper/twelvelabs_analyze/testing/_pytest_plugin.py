"""pytest fixtures for code that uses twelvelabs-analyze, registered through the pytest11 entry point.

``twelvelabs_fake`` is a fresh :class:`~twelvelabs_analyze.testing.FakeTwelveLabs` per test and
``twelvelabs_client`` a ``TwelveLabs`` bound to it in-process. The fake is imported only when a
fixture is used, so the plugin costs nothing (and needs no extra) in test runs that do not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from twelvelabs_analyze import TwelveLabs

    from ._fake import FakeTwelveLabs

__all__ = ["twelvelabs_client", "twelvelabs_fake"]


@pytest.fixture
def twelvelabs_fake() -> FakeTwelveLabs:
    """A fresh fake TwelveLabs API (api_key "test-key") for one test."""
    from ._fake import FakeTwelveLabs  # noqa: PLC0415 - keeps the plugin free when unused

    return FakeTwelveLabs()


@pytest.fixture
def twelvelabs_client(twelvelabs_fake: FakeTwelveLabs) -> Iterator[TwelveLabs]:
    """A ``TwelveLabs`` client bound in-process to ``twelvelabs_fake``; closed after the test."""
    with twelvelabs_fake.client() as client:
        yield client
