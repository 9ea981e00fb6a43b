"""``twelvelabs-analyze mock-server``: the fake API on a loopback port, in the foreground."""

from __future__ import annotations

import signal
import sys
import threading
from types import FrameType
from typing import TYPE_CHECKING

from ._errors import CommandError

if TYPE_CHECKING:
    from twelvelabs_analyze.testing import FakeTwelveLabs

__all__ = ["serve_forever"]

LOG_POLL_SECONDS = 0.2


def _log_requests(fake: FakeTwelveLabs, already: int) -> int:
    requests = fake.requests
    for request in requests[already:]:
        print(f"{request.method} {request.path} {request.status}", flush=True)
    return len(requests)


def serve_forever(*, host: str, port: int, api_key: str, limit: int, window_seconds: float) -> None:
    """Serve until SIGINT/SIGTERM, printing the base URL first and then one line per request."""
    try:
        from twelvelabs_analyze.testing import FakeTwelveLabs  # noqa: PLC0415 - the testing extra
    except ImportError as missing:
        raise CommandError(str(missing)) from None

    fake = FakeTwelveLabs(api_key=api_key, rate_limit=limit, window_seconds=window_seconds)
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {signum: signal.signal(signum, request_stop) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        with fake.serve(host=host, port=port) as base_url:
            print(f"fake TwelveLabs API listening at {base_url}", flush=True)
            print(f"  key {api_key!r}, rate limit {limit} requests per {window_seconds:g}s; Ctrl-C stops it")
            print(f"  export TWELVELABS_BASE_URL={base_url} TWELVELABS_API_KEY={api_key}", flush=True)
            logged = 0
            while not stop.wait(LOG_POLL_SECONDS):
                logged = _log_requests(fake, logged)
            _log_requests(fake, logged)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    print("stopped", file=sys.stderr)
