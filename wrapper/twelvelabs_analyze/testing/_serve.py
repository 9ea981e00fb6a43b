"""Run an ASGI app on a real loopback HTTP server (uvicorn) in a background thread, within limits.

uvicorn's own settings bound the request head (``h11_max_incomplete_event_size``) and idle
kept-alive connections (``timeout_keep_alive``); :mod:`._guard` adds the request-head timeout and
the connection cap uvicorn lacks (the body limits are the ASGI app's). The cap never exceeds half
the process's file-descriptor limit, nor does the listen backlog (how many connections asyncio
accepts in one go, before any is refused), so accepting seldom exhausts the descriptors; when it
does, asyncio's report of it is logged once per 10 s instead of once per failed accept.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ._asgi import DELIBERATE_CUT
from ._limits import DEFAULT_LIMITS, ServerLimits

__all__ = ["serve_asgi"]

STARTUP_TIMEOUT_S = 10.0
SHUTDOWN_TIMEOUT_S = 10.0
_POLL_S = 0.005


def _import_uvicorn() -> Any:
    try:
        import uvicorn  # noqa: PLC0415 - an optional dependency, imported on use
    except ImportError as exc:
        raise ImportError(
            "FakeTwelveLabs.serve() needs uvicorn: pip install 'twelvelabs-analyze[testing]'"
        ) from exc
    return uvicorn


def _bound_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio sets TCP_NODELAY on accepted sockets only then, and without it
    # every response waits ~40 ms on Nagle + delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


class _DeliberateCuts(logging.Filter):
    """Drops uvicorn's error for a response the fake ended early on purpose (an injected disconnect)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not DELIBERATE_CUT.get()


def descriptor_budget() -> int | None:
    """Half the process's file-descriptor limit (``RLIMIT_NOFILE``); None when there is none."""
    try:
        import resource  # noqa: PLC0415 - POSIX only
    except ImportError:  # pragma: no cover - Windows: no such limit to respect
        return None
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return None if soft == resource.RLIM_INFINITY else max(1, soft // 2)


def _default_refusal(status: int, code: str, message: str) -> bytes:
    return json.dumps({"code": code, "message": message}).encode()


def _port_is_free(host: str, port: int) -> bool:
    try:
        _bound_socket(host, port).close()
    except OSError:
        return False
    return True


@contextmanager
def serve_asgi(
    app: Any,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    limits: ServerLimits = DEFAULT_LIMITS,
    refusal: Callable[[int, str, str], bytes] = _default_refusal,
) -> Iterator[str]:
    """Yield ``http://host:port`` while uvicorn serves ``app``; stop it and release the port on exit.

    ``refusal(status, code, message)`` is the JSON body of an answer sent outside any request
    (a request head that timed out, a connection past the cap).
    """
    uvicorn = _import_uvicorn()
    from ._guard import GuardedH11Protocol, quiet_accept_errors  # noqa: PLC0415 - needs uvicorn

    # Binding here (not in uvicorn) gives the real port of port=0 before the server starts.
    sock = _bound_socket(host, port)
    bound_port = sock.getsockname()[1]
    budget = descriptor_budget()
    cap = limits.max_connections if budget is None else min(limits.max_connections, budget)
    config = uvicorn.Config(
        app,
        lifespan="off",
        log_config=None,  # leave the user's logging alone
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=1,
        http=GuardedH11Protocol.configure(
            header_timeout=limits.header_timeout, max_connections=cap, refusal=refusal
        ),
        # uvicorn answers 503 once connections or running requests reach this; connections stop
        # at the cap already (GuardedH11Protocol), so this bounds requests still running for
        # clients that left (a delayed answer), which would otherwise pile up.
        limit_concurrency=cap + 1,
        timeout_keep_alive=limits.keep_alive_timeout,
        h11_max_incomplete_event_size=limits.max_head_bytes,
        backlog=min(2048, budget or 2048),  # also how many connections asyncio accepts in a row
    )
    server = uvicorn.Server(config)
    failure: list[BaseException] = []

    async def serve() -> None:
        quiet_accept_errors()
        await server.serve(sockets=[sock])

    def run() -> None:
        try:
            asyncio.run(serve())
        except BaseException as exc:  # reported to the caller below
            failure.append(exc)

    thread = threading.Thread(target=run, name=f"fake-twelvelabs-{bound_port}", daemon=True)
    # uvicorn logs on "uvicorn.error" in the request's context, where the fake marks its own cuts.
    cuts = _DeliberateCuts()
    server_log = logging.getLogger("uvicorn.error")
    server_log.addFilter(cuts)
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                sock.close()
                raise RuntimeError(f"the fake server did not start on {host}:{bound_port}") from (
                    failure[0] if failure else None
                )
            time.sleep(_POLL_S)
        shown_host = f"[{host}]" if ":" in host else host
        try:
            yield f"http://{shown_host}:{bound_port}"
        finally:
            server.should_exit = True
            thread.join(SHUTDOWN_TIMEOUT_S)
            sock.close()
    finally:
        server_log.removeFilter(cuts)
    if thread.is_alive():
        raise RuntimeError(f"the fake server on {host}:{bound_port} did not stop")
    if not _port_is_free(host, bound_port):
        raise RuntimeError(f"the fake server's port {bound_port} is still in use")
