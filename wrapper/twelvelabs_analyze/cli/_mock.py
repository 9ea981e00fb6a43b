"""``twelvelabs-analyze mock-server``: the fake API on a loopback port, in the foreground."""

from __future__ import annotations

import signal
import sys
import threading
from types import FrameType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from twelvelabs_analyze.testing import FakeTwelveLabs

__all__ = ["serve_forever"]

LOG_POLL_SECONDS = 0.2


def _log_requests(fake: FakeTwelveLabs, seen: int) -> int:
    """Print the requests answered since ``seen`` (the fake keeps only its latest ones); the new count."""
    new, seen = fake.requests_since(seen)
    for request in new:
        print(f"{request.method} {request.path} {request.status}", flush=True)
    return seen


def serve_forever(
    *, host: str, port: int, api_key: str, limit: int, window_seconds: float, legacy_endpoints: bool
) -> None:
    """Serve until SIGINT/SIGTERM, printing the base URL first and then one line per request."""
    from twelvelabs_analyze.testing import MISSING_VIDEO_PREFIX, FakeTwelveLabs  # noqa: PLC0415 - the testing extra

    fake = FakeTwelveLabs(
        api_key=api_key, rate_limit=limit, window_seconds=window_seconds, legacy_endpoints=legacy_endpoints
    )
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {signum: signal.signal(signum, request_stop) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        with fake.serve(host=host, port=port) as base_url:
            print(f"fake TwelveLabs API listening at {base_url}", flush=True)
            print(f"  key {api_key!r}, rate limit {limit} requests per {window_seconds:g}s; Ctrl-C stops it")
            print(f"  export TWELVELABS_BASE_URL={base_url} TWELVELABS_API_KEY={api_key}")
            legacy = "served" if legacy_endpoints else "retired (404, as the live API since 2026-02-15)"
            print(f"  /gist and /summarize {legacy}; /analyze and /analyze/tasks served")
            print(f"  video ids starting with {MISSING_VIDEO_PREFIX!r} answer 404 resource_not_exist")
            limits = fake.limits
            print(
                f"  request bodies up to {limits.max_body_bytes / 2**20:g} MiB, heads within "
                f"{limits.header_timeout:g}s, bodies within {limits.body_timeout:g}s; "
                f"at most {limits.max_connections} connections",
                flush=True,
            )
            logged = 0
            while not stop.wait(LOG_POLL_SECONDS):
                logged = _log_requests(fake, logged)
            _log_requests(fake, logged)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    print("stopped", file=sys.stderr)
