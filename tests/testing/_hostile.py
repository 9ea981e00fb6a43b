"""Clients that misbehave on purpose, over raw loopback sockets, and a fake served in its own process
(so its memory and file descriptors can be measured and limited apart from pytest's)."""

from __future__ import annotations

import contextlib
import os
import re
import select
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

__all__ = [
    "WAIT_S",
    "Served",
    "connect",
    "peak_memory",
    "read_answer",
    "served_in_a_process",
    "wait_closed",
]

WAIT_S = 30.0  # the longest any test waits for the server (it needs well under a second)


def connect(base_url: str) -> socket.socket:
    url = urlsplit(base_url)
    assert url.hostname is not None and url.port is not None
    sock = socket.create_connection((url.hostname, url.port), timeout=WAIT_S)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def read_answer(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (WAIT_S at most)."""
    received = b""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            return received
        if not chunk:
            return received
        received += chunk
    raise AssertionError(f"the server did not close the connection; it sent {received[:200]!r}")


def wait_closed(sockets: list[socket.socket], *, at_least: int) -> list[socket.socket]:
    """Wait (WAIT_S at most) until at least ``at_least`` of ``sockets`` were closed by the server,
    reading and dropping what it sends; the ones closed."""
    closed: list[socket.socket] = []
    open_ = list(sockets)
    deadline = time.monotonic() + WAIT_S
    while len(closed) < at_least and open_ and time.monotonic() < deadline:
        readable, _, _ = select.select(open_, [], [], 0.2)
        for sock in readable:
            try:
                data = sock.recv(65536)
            except ConnectionResetError:
                data = b""
            if not data:
                closed.append(sock)
                open_.remove(sock)
    return closed


def _vm(pid: int, field: str) -> int:
    with Path(f"/proc/{pid}/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise AssertionError(f"no {field} for process {pid}")


def peak_memory(pid: int) -> int:
    """The process's peak resident memory so far (VmHWM), in bytes."""
    return _vm(pid, "VmHWM")


_SERVE = """
import sys
from twelvelabs_analyze.testing import FakeTwelveLabs, ServerLimits
fake = FakeTwelveLabs(api_key="test-key", limits=ServerLimits(**eval(sys.argv[1])))
with fake.serve() as base_url:
    print(base_url, flush=True)
    sys.stdin.read()  # until the test closes our stdin
"""


@dataclass
class Served:
    base_url: str
    process: subprocess.Popen[str]
    stderr_file: IO[str]

    def stderr(self) -> str:
        self.stderr_file.seek(0)
        return self.stderr_file.read()


@contextlib.contextmanager
def served_in_a_process(
    limits: dict[str, object] | None = None,
    *,
    command: list[str] | None = None,
    before: Callable[[], None] | None = None,
) -> Iterator[Served]:
    """The fake served by another Python process. ``command`` replaces the default script (it
    must print the base URL on its first line); ``before`` runs in the child before it starts
    (resource limits). Its stderr goes to a file, so a flood of it cannot block the server."""
    args = command or [sys.executable, "-c", _SERVE, repr(limits or {})]
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with tempfile.TemporaryFile("w+", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=environment,
            preexec_fn=before,  # noqa: PLW1509 - a resource limit for the child only, set before exec
        )
        try:
            assert process.stdout is not None
            first = process.stdout.readline()
            found = re.search(r"http://\S+", first)
            assert found, f"the server did not start: {first!r}"
            yield Served(found.group(0), process, stderr)
        finally:
            process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(WAIT_S)
            if process.poll() is None:
                process.kill()
                process.wait(WAIT_S)
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    stream.close()
