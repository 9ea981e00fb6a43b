"""Test your code against a fake TwelveLabs analyze API, as moto does for AWS.

>>> from twelvelabs_analyze.testing import FakeTwelveLabs
>>> fake = FakeTwelveLabs(api_key="test-key")
>>> client = fake.client()                # TwelveLabs bound to the fake in-process
>>> with fake.serve() as base_url: ...    # or a real HTTP server on 127.0.0.1
>>> fake.fail_next_stream(after_events=3)  # break the next NDJSON stream after three events
>>> fake.advance(60)                      # analysis tasks move on, no sleeping
>>> fake.fail_next_part(503)              # the next part PUT to a presigned URL fails

Needs the ``testing`` extra: ``pip install 'twelvelabs-analyze[testing]'``.
"""

from __future__ import annotations

try:
    import jsonschema  # noqa: F401 - checked here so the error names the extra
    import referencing  # noqa: F401
except ImportError as _missing:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "twelvelabs_analyze.testing needs the testing extra: pip install 'twelvelabs-analyze[testing]'"
    ) from _missing

from ._chunks import StreamFault
from ._clock import FakeClock
from ._fake import FakeTwelveLabs
from ._limits import ServerLimits
from ._spec import Operation, Spec, load_spec
from ._tasks import TaskDurations
from ._types import Disconnect, FakeResponse, RecordedRequest, Stall
from ._uploads import PresignedRequest
from ._video import MISSING_VIDEO_PREFIX

__all__ = [
    "MISSING_VIDEO_PREFIX",
    "Disconnect",
    "FakeClock",
    "FakeResponse",
    "FakeTwelveLabs",
    "Operation",
    "PresignedRequest",
    "RecordedRequest",
    "ServerLimits",
    "Spec",
    "Stall",
    "StreamFault",
    "TaskDurations",
    "load_spec",
]
